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
from .produced_spec import _Table, no_weight as _no_weight
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
    cells = table.coordinates[0][first_col:first_col + count]
    years = []
    for cell in cells:  # the first header that is no year is named, with what it holds
        header = table.book.value(table.sheet, cell)
        if not re.fullmatch(r"\d{4}", str(header).strip()):
            place = a1(table.sheet, cell)
            if header is None or not str(header).strip():
                raise InputError(_("{value}: expected a year (no gaps between the years), got an empty cell")
                                 .format(value=place))
            raise InputError(_("{place}: expected a year as the column header, such as {year}, got {value}").format(
                place=place, year=years[-1] + 1 if years else 2027, value=repr(header)))
        years.append(int(header))
    return years


def _weights(table: _Table, rows: range, col: int, path: tuple, takes_part_col: int | None = None
             ) -> dict[str, Decimal]:
    """Member -> weight; a member whose takes-part cell is 0 weighs 0 (as the workbook's formulas count it)."""
    weights = {}
    for row in rows:
        name = table.value(row, 0, "text", path + ("#", row))
        name = table.place(row, 0) if (row, 0) in table.bad else name  # its problem is kept
        weight = table.value(row, col, "weight", path + ("gewichten", name))
        if weight is None:
            _no_weight(table, row, col, name)
            weight = Decimal(0)
        if takes_part_col is not None and table.value(row, takes_part_col, "int", path + ("neemt_deel", name)) == 0:
            weight = Decimal(0)
        weights[name] = weight
    return weights


def forecast_document(book: CellBook, locator: Locator) -> dict:
    _require(book, FORECAST_NAMES)
    general = _Table(book, locator, "inv_algemeen")
    doc: dict = {"soort": "meerjarenraming"}
    fields = ("titel", "organisatie", "verdeelmethode") + (("herindeling",) if general.rows() > 4 else ())
    for row, field in enumerate(fields):  # a workbook made before the herindeling row: 4 rows
        value = general.value(row, 1, "method" if field == "verdeelmethode" else "text", (field,))
        if value:
            doc[field] = value
    _explanation(book, locator, doc)
    indices = _Table(book, locator, "inv_indexatie")
    count = len(indices.coordinates[0]) - 2  # Reeks, the years, Bron
    years = _years(indices, 1, count)
    doc["jaren"] = years
    series: dict = {}
    for row in range(1, len(indices.coordinates)):
        name = indices.value(row, 0, "text", ("indexatie", "#", row))
        if not name or name.startswith("("):  # '(geen indexreeksen)'
            continue
        series[name] = {str(year): indices.filled(row, 1 + y, "amount", ("indexatie", name, str(year)), _(
            "the index figure of {series} for {year} is empty; fill in the percent (0 for no change)").format(
            series=name, year=year)) for y, year in enumerate(years) if y}
    source = _Table(book, locator, "inv_indexbron").value(0, 0, "text", ("indexatie", "bron"))
    doc["indexatie"] = {**series, **({"bron": source} if source else {})}
    lines = _Table(book, locator, "inv_regels")
    doc["lasten"], doc["baten"] = {}, {}
    for row in range(1, len(lines.coordinates)):
        code = lines.value(row, 0, "text", ("regels", row, "naam"))
        side = lines.value(row, 2, "text", ("regels", row, "soort"))
        if (row, 2) in lines.bad:  # lasten or baten: unknown; its problem is kept
            continue
        if side not in ("lasten", "baten"):
            raise InputError(_("{place}: expected lasten or baten, got {value}").format(
                place=a1(lines.sheet, lines.coordinates[row][2]), value=repr(side)))
        label = lines.value(row, 1, "text", (side, code, "omschrijving"))
        item = {"bedrag": lines.filled(row, 3, "amount", (side, code, "bedrag"), _(
                    "the amount of {line} is empty; fill in its amount of {year} (0 if it has none)").format(
                    line=label or code, year=years[0])),
                "index": lines.value(row, 4, "text", (side, code, "index")) or "geen"}
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
            member = table.place(row, 0) if (row, 0) in table.bad else member  # its problem is kept
            weight = table.value(row, 1, "weight", ("verdeelsleutel", str(year), "gewichten", member))
            takes_part = table.value(row, 2, "int", ("verdeelsleutel", str(year), "neemt_deel", member))
            if weight is None:
                _no_weight(table, row, 1, member)
            entry["gewichten"][member] = (weight or Decimal(0)) if takes_part != 0 else Decimal(0)
        fixed = table.value(len(table.coordinates) - 2, 1, "amount", ("verdeelsleutel", str(year), "vast_per_gemeente"))
        if fixed:
            entry["vast_per_gemeente"] = fixed
        origin = _origin(table, len(table.coordinates) - 1, 1, ("verdeelsleutel", str(year), "bron"))
        if origin:
            entry["bron"] = origin
        keys.append(entry)
    doc["verdeelsleutel"] = keys[0] if all(k == keys[0] for k in keys) else {
        str(year): key for year, key in zip(years, keys)}
    return doc


def comparison_document(book: CellBook, locator: Locator) -> dict:
    _require(book, COMPARISON_NAMES)
    general = _Table(book, locator, "inv_algemeen")
    doc: dict = {"soort": "sleutelvergelijking"}
    fields = ("titel", "organisatie") + (("herindeling",) if general.rows() > 5 else ())
    for row, field in enumerate(fields):  # a workbook made before the herindeling row: 5 rows
        value = general.value(row, 1, "text", (field,))
        if value:
            doc[field] = value
    doc["ingroei"] = general.value(len(fields), 1, "int", ("ingroei",))
    start = general.value(len(fields) + 1, 1, "year", ("ingroei_vanaf",))
    _explanation(book, locator, doc)
    amounts = _Table(book, locator, "inv_vgl_bedragen")
    years, figures = [], {}
    for row in range(1, len(amounts.coordinates)):  # ("jaren", 0) is the first year, as the spec's check counts
        year = amounts.filled(row, 0, "year", ("jaren", row - 1), _(
            "expected a year (no gaps between the years), got an empty cell"))
        years.append(year)
        if year is None:
            continue
        figures[str(year)] = amounts.filled(row, 1, "amount", ("bedrag", str(year)), _(
            "the amount of {year} is empty; fill in the amount to split in {year}").format(year=year))
    doc["jaren"] = years
    doc["bedrag"] = figures
    if start is not None and start != years[0]:
        doc["ingroei_vanaf"] = start
    keys = _Table(book, locator, "inv_sleutels")
    members = range(1, len(keys.coordinates) - 3)  # header, members, scale, fixed amount, bron
    sections = [("sleutel_a", 1), ("sleutel_b", 2)] + ([("inwoners", 4)] if len(keys.coordinates[0]) > 4 else [])
    for section, col in sections:
        doc[section] = {"gewichten": _weights(keys, members, col, (section,), 3 if section != "inwoners" else None)}
        origin = _origin(keys, len(keys.coordinates) - 1, col, (section, "bron"))
        if origin:
            doc[section]["bron"] = origin
    return doc


def _explanation(book: CellBook, locator: Locator, doc: dict) -> None:
    """The toelichting (inv_toelichting: one text per row; absent in workbooks made before it)."""
    if not book.has("inv_toelichting"):
        return
    table = _Table(book, locator, "inv_toelichting")
    texts = [table.value(row, 0, "text", ("toelichting", "tekst", row)) for row in range(table.rows())]
    texts = [text for text in texts if text]
    if texts:
        doc["toelichting"] = {"tekst": texts}


# a key read back from a produced workbook names its place and, in brackets, where its weights came from
_READ_BACK = re.compile(r"[^()]*\.(?:xlsx|xlsm|toml)\b[^()]*\((.+)\)\s*")


def _origin(table: _Table, row: int, col: int, path: tuple) -> str:
    """Where a key's weights came from, as its Bron row says (a key file and its column, or the bron of
    given weights): kept through every round trip, never nested ('x.xlsx (y.xlsx (CBS))' stays 'CBS')."""
    text = table.value(row, col, "text", path) or ""
    while (match := _READ_BACK.fullmatch(text)) is not None:
        text = match[1]
    return text.strip()


READERS = {"meerjarenraming": forecast_document, "sleutelvergelijking": comparison_document}

__all__ = ["MARKERS", "READERS", "outlook_kind", "comparison_document", "forecast_document"]
