"""A produced meerjarenraming or sleutelvergelijking workbook read back as a spec document (the round trip).

As :mod:`.produced_spec` does for the other kinds: every input is on the Invoer sheet in tables reached by
defined names (render/forecast_workbook.py, render/comparison_workbook.py), read by position, never by
label. Keys come back as weights (``gewichten``), one per year where the years differ.
"""

from __future__ import annotations

import re
from decimal import Decimal

from ..errors import InputError
from ..i18n import _
from .produced_spec import _Table
from .workbook_cells import CellBook, Locator, a1

FORECAST_NAMES = ("inv_algemeen", "inv_regels", "inv_indexatie", "inv_indexbron")
COMPARISON_NAMES = ("inv_algemeen", "inv_vgl_bedragen", "inv_sleutels")
MARKERS = {"inv_regels": "meerjarenraming", "inv_vgl_bedragen": "sleutelvergelijking"}


def outlook_kind(names: set[str]) -> str | None:
    """meerjarenraming or sleutelvergelijking for a workbook of that kind we produced, else None."""
    return next((kind for marker, kind in MARKERS.items() if marker in names), None)


def _require(book: CellBook, names: tuple[str, ...]) -> None:
    missing = [n for n in names if not book.has(n)]
    if missing:
        raise InputError(_("{file}: the defined name {names} is missing, so the workbook cannot be read back (was "
                           "it removed in Formulas > Name Manager?); generate it again from its input")
                         .format(file=book.name, names=", ".join(f"'{n}'" for n in missing)))


def _years(table: _Table, first_col: int, count: int) -> list[int]:
    header = [table.book.value(table.sheet, c) for c in table.coordinates[0][first_col:first_col + count]]
    years = [int(h) for h in header if re.fullmatch(r"\d{4}", str(h).strip())]
    if len(years) != count:
        raise InputError(_("{place}: expected the years as column headers, got {found}").format(
            place=a1(table.sheet, table.coordinates[0][first_col]), found=repr(header)))
    return years


def _weights(table: _Table, rows: range, col: int, path: tuple) -> dict[str, Decimal]:
    weights = {}
    for row in rows:
        name = table.value(row, 0, "text", path + ("#", row))
        weights[name] = table.value(row, col, "weight", path + ("gewichten", name)) or Decimal(0)
    return weights


def forecast_document(book: CellBook, locator: Locator) -> dict:
    _require(book, FORECAST_NAMES)
    general = _Table(book, locator, "inv_algemeen")
    doc: dict = {"soort": "meerjarenraming"}
    for row, field in enumerate(("titel", "organisatie", "verdeelmethode")):
        value = general.value(row, 1, "text", (field,))
        if value:
            doc[field] = value
    indices = _Table(book, locator, "inv_indexatie")
    count = len(indices.coordinates[0]) - 2  # Reeks, the years, Bron
    years = _years(indices, 1, count)
    doc["jaren"] = years
    series: dict = {}
    for row in range(1, len(indices.coordinates)):
        name = indices.value(row, 0, "text", ("indexatie", "#", row))
        if not name or name.startswith("("):  # '(geen indexreeksen)'
            continue
        series[name] = {str(year): indices.value(row, 1 + y, "amount", ("indexatie", name, str(year)))
                        for y, year in enumerate(years) if y}
    source = _Table(book, locator, "inv_indexbron").value(0, 0, "text", ("indexatie", "bron"))
    doc["indexatie"] = {**series, **({"bron": source} if source else {})}
    lines = _Table(book, locator, "inv_regels")
    doc["lasten"], doc["baten"] = {}, {}
    for row in range(1, len(lines.coordinates)):
        code = lines.value(row, 0, "text", ("regels", row, "naam"))
        side = lines.value(row, 2, "text", ("regels", row, "soort"))
        if side not in ("lasten", "baten"):
            raise InputError(_("{place}: expected lasten or baten, got {value}").format(
                place=a1(lines.sheet, lines.coordinates[row][2]), value=repr(side)))
        item = {"bedrag": lines.value(row, 3, "amount", (side, code, "bedrag")),
                "index": lines.value(row, 4, "text", (side, code, "index")) or "geen"}
        label = lines.value(row, 1, "text", (side, code, "omschrijving"))
        if label:
            item["omschrijving"] = label
        doc[side][code] = item
    keys = []
    for year in years:
        name = f"inv_sleutel_{year}"
        _require(book, (name,))
        table = _Table(book, locator, name)
        members = range(1, len(table.coordinates) - 3)  # header, members, scale, fixed amount, bron
        entry: dict = {"gewichten": {}}
        for row in members:
            member = table.value(row, 0, "text", ("verdeelsleutel", str(year), "#", row))
            weight = table.value(row, 1, "weight", ("verdeelsleutel", str(year), "gewichten", member))
            takes_part = table.value(row, 2, "int", ("verdeelsleutel", str(year), "neemt_deel", member))
            entry["gewichten"][member] = (weight or Decimal(0)) if takes_part != 0 else Decimal(0)
        fixed = table.value(len(table.coordinates) - 2, 1, "amount", ("verdeelsleutel", str(year), "vast_per_gemeente"))
        if fixed:
            entry["vast_per_gemeente"] = fixed
        keys.append(entry)
    doc["verdeelsleutel"] = keys[0] if all(k == keys[0] for k in keys) else {
        str(year): key for year, key in zip(years, keys)}
    return doc


def comparison_document(book: CellBook, locator: Locator) -> dict:
    _require(book, COMPARISON_NAMES)
    general = _Table(book, locator, "inv_algemeen")
    doc: dict = {"soort": "sleutelvergelijking"}
    for row, field in enumerate(("titel", "organisatie")):
        value = general.value(row, 1, "text", (field,))
        if value:
            doc[field] = value
    doc["ingroei"] = general.value(2, 1, "int", ("ingroei",))
    start = general.value(3, 1, "year", ("ingroei_vanaf",))
    amounts = _Table(book, locator, "inv_vgl_bedragen")
    years, figures = [], {}
    for row in range(1, len(amounts.coordinates)):
        year = amounts.value(row, 0, "year", ("jaren", row))
        years.append(year)
        figures[str(year)] = amounts.value(row, 1, "amount", ("bedrag", str(year)))
    doc["jaren"] = years
    doc["bedrag"] = figures
    if start is not None and start != years[0]:
        doc["ingroei_vanaf"] = start
    keys = _Table(book, locator, "inv_sleutels")
    members = range(1, len(keys.coordinates) - 3)  # header, members, scale, fixed amount, bron
    doc["sleutel_a"] = {"gewichten": _weights(keys, members, 1, ("sleutel_a",))}
    doc["sleutel_b"] = {"gewichten": _weights(keys, members, 2, ("sleutel_b",))}
    if len(keys.coordinates[0]) > 4:
        doc["inwoners"] = {"gewichten": _weights(keys, members, 4, ("inwoners",))}
    return doc


READERS = {"meerjarenraming": forecast_document, "sleutelvergelijking": comparison_document}

__all__ = ["MARKERS", "READERS", "outlook_kind", "comparison_document", "forecast_document"]
