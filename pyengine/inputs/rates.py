"""Reading rates tables (schaal -> integral cost per FTE) from CSV or xlsx, and the shipped default.

The default is the table that seed 003 (Midden-Limburg West, 2018) implies; each row names the
line of that document it is derived from. Users supply their own table for their own CAO year.
Files go through the one table reader and number reader (see :mod:`.tables`, :mod:`.numbers`).
"""

from __future__ import annotations

from functools import lru_cache
from importlib.resources import files
from pathlib import Path

from ..core.capacity import RatesTable
from ..errors import InputError
from ..i18n import _
from ..i18n import number as number_text
from .tables import Table, number_at, read_table

DEFAULT_RATES_FILE = Path(str(files(__package__) / "data" / "schaaltarieven_seed003.csv"))
SCALE_COLUMNS = ("schaal", "scale")
COST_COLUMNS = ("kosten_per_fte", "cost_per_fte", "tarief")
YEAR_COLUMNS = ("jaar", "year")


@lru_cache(maxsize=1)
def default_rates() -> RatesTable:
    return read_rates(DEFAULT_RATES_FILE)


def rates_from_table(table: Table) -> RatesTable:
    """A RatesTable from a table with columns schaal, kosten_per_fte and optionally jaar."""
    scale_col, cost_col, year_col = table.column(*SCALE_COLUMNS), table.column(*COST_COLUMNS), table.column(*YEAR_COLUMNS)
    if scale_col is None or cost_col is None:
        raise InputError(_("{file}: needs columns 'schaal' and 'kosten_per_fte' (found: {names})").format(file=table.file, names=', '.join(h for h in table.header if h)))
    rates: dict[object, object] = {}
    first: dict[object, int] = {}
    for row in table.rows:
        if all(row.values.get(c) in (None, "") for c in (scale_col, cost_col)):
            continue
        scale = number_at(table, row, scale_col, _("scale"))
        if scale != scale.to_integral_value() or not 1 <= scale <= 99:
            raise InputError(_('{place}: a salary scale must be a whole number such as 10, got {scale}').format(place=table.where(row, scale_col), scale=number_text(scale)))
        year = None
        if year_col is not None and row.values.get(year_col) not in (None, ""):
            year = number_at(table, row, year_col, _("year"))
            if year != year.to_integral_value() or not 1900 <= year <= 2200:
                raise InputError(_('{place}: not a year: {year}').format(place=table.where(row, year_col), year=number_text(year)))
            year = int(year)
        cost = number_at(table, row, cost_col, _("cost per FTE"))
        if cost < 0:
            raise InputError(_('{place}: the cost per FTE is negative: {cost}').format(place=table.where(row, cost_col), cost=number_text(cost, grouping=False)))
        key = int(scale) if year is None else (int(scale), year)
        if key in first:
            when = "" if year is None else _(" for {year}").format(year=year)
            raise InputError(_('{place}: scale {scale}{when} appears twice (rows {first} and {row})').format(
                place=table.row_place(row), scale=int(scale), when=when, first=first[key], row=row.number))
        first[key] = row.number
        rates[key] = cost
    if not rates:
        raise InputError(_('{file}: the rates table has no rows').format(file=table.file))
    return RatesTable.of(rates, source=table.file)


def read_rates(path: str | Path) -> RatesTable:
    return rates_from_table(read_table(path, SCALE_COLUMNS + COST_COLUMNS, what=_("rates file")))
