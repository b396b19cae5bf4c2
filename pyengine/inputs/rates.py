"""Reading rates tables (schaal -> integral cost per FTE) from CSV or xlsx, and the shipped default.

The default is the table that seed 003 (Midden-Limburg West, 2018) implies; each row names the
line of that document it is derived from. Users supply their own table for their own CAO year.
"""

from __future__ import annotations

import csv
from functools import lru_cache
from importlib.resources import files
from pathlib import Path

from ..core.capacity import RatesTable
from ..errors import InputError
from ..core.money import to_decimal

DEFAULT_RATES_FILE = Path(str(files(__package__) / "data" / "schaaltarieven_seed003.csv"))
SCALE_COLUMNS = ("schaal", "scale")
COST_COLUMNS = ("kosten_per_fte", "cost_per_fte", "tarief")
YEAR_COLUMNS = ("jaar", "year")


@lru_cache(maxsize=1)
def default_rates() -> RatesTable:
    return read_rates(DEFAULT_RATES_FILE)


def rates_from_rows(rows: list[dict[str, object]], where: str) -> RatesTable:
    """Build a RatesTable from dict rows with columns schaal, kosten_per_fte and optionally jaar."""
    if not rows:
        raise InputError(f"{where}: the rates table has no rows")
    columns = {c.strip().lower(): c for c in rows[0].keys() if c is not None}
    scale_col = next((columns[c] for c in SCALE_COLUMNS if c in columns), None)
    cost_col = next((columns[c] for c in COST_COLUMNS if c in columns), None)
    year_col = next((columns[c] for c in YEAR_COLUMNS if c in columns), None)
    if scale_col is None or cost_col is None:
        raise InputError(f"{where}: needs columns 'schaal' and 'kosten_per_fte' (found: {', '.join(columns)})")
    table: dict[object, object] = {}
    for number, row in enumerate(rows, start=2):  # row 1 is the header
        scale, cost = row.get(scale_col), row.get(cost_col)
        if scale in (None, "") and cost in (None, ""):
            continue
        year = row.get(year_col) if year_col else None
        try:
            key = (scale, int(to_decimal(year, "jaar"))) if year not in (None, "") else scale
            table[key] = cost
            RatesTable.of({key: cost})
        except InputError as error:
            raise InputError(f"{where}, row {number}: {error}") from None
    return RatesTable.of(table, source=where)


def read_rates(path: str | Path) -> RatesTable:
    path = Path(path)
    if path.suffix.lower() == ".csv":
        with path.open(newline="", encoding="utf-8-sig") as handle:
            return rates_from_rows(list(csv.DictReader(handle)), path.name)
    if path.suffix.lower() == ".xlsx":
        from .tables import read_table_xlsx

        return rates_from_rows(read_table_xlsx(path), path.name)
    raise InputError(f"{path.name}: a rates table must be a .csv or .xlsx file")
