"""Input workbooks -> spec documents: an officer's workbook read into the nested dict a TOML spec gives,
plus a locator naming each value's sheet and cell (workbook_writer writes such workbooks).

Every value is found through the workbook's defined names (workbook_form), never by sheet position.
Cells hold what the officer typed: numbers, or numbers typed as text by the key-file rules (Dutch
``1.234,5``; ambiguous text such as ``1.234`` is refused). A formula is read by its stored value only;
a formula without one is refused with its cell named (we never evaluate a user's formula).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import zipfile
from decimal import Decimal
from pathlib import Path
from xml.etree import ElementTree

from ..core.allocation import method_named
from ..core.amendment import LINE_CODES
from ..core.money import to_decimal
from ..errors import InputError
from .workbook_form import FORMS, KIND_NAME, PREFIX, UNITS, Field, Fields, Lines, Table, line_name

MAX_PACKAGE_BYTES = 50 * 1024 * 1024
MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
          "november", "december")
WORKBOOK_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"


# --- recognising an input workbook without opening it fully --------------------------------------

def is_spec_workbook(path: Path) -> bool:
    """True for an input workbook (the workbook-scoped name ``invoer_soort``) or a produced workbook whose
    Invoer sheet names every input (it can be generated again); False for any other file (a key)."""
    from .produced_spec import produced_kind

    try:
        with zipfile.ZipFile(path) as archive:
            info = archive.getinfo("xl/workbook.xml")
            if info.file_size > 10 * 1024 * 1024:
                return False
            root = ElementTree.fromstring(archive.read(info))
    except (OSError, KeyError, zipfile.BadZipFile, ElementTree.ParseError):
        return False
    names = {name.get("name") for name in root.iter(f"{WORKBOOK_NS}definedName") if name.get("localSheetId") is None}
    return KIND_NAME in names or produced_kind(names) is not None


# --- numbers typed as text ----------------------------------------------------------------------

_DUTCH = re.compile(r"\d{1,3}(\.\d{3})+(,\d+)?")
_ENGLISH = re.compile(r"\d{1,3}(,\d{3})+\.\d+")


def number_from_text(text: str) -> Decimal:
    """A number typed as text, by the key-file rules: Dutch decimal comma and dot grouping (1.234,5),
    a plain decimal point (1234.5). Raises ValueError with the reason for ambiguous or foreign text."""
    t = text.strip().replace("\u00a0", "").replace("\u202f", "").replace(" ", "").replace("€", "")
    sign = ""
    if t[:1] in ("-", "+", "\u2212"):
        sign, t = ("-" if t[0] != "+" else ""), t[1:]
    if not t or not re.fullmatch(r"[\d.,]+", t) or not t[0].isdigit():
        raise ValueError("not a number")
    if "." in t and "," in t:
        if _DUTCH.fullmatch(t):
            return Decimal(sign + t.replace(".", "").replace(",", "."))
        if _ENGLISH.fullmatch(t):
            raise ValueError("English notation; type it the Dutch way (1.234,5) or as a number")
        raise ValueError("not a number")
    for mark in (",", "."):
        if mark not in t:
            continue
        whole, _, fraction = t.partition(mark)
        if t.count(mark) > 1:
            if mark == "." and _DUTCH.fullmatch(t):
                return Decimal(sign + t.replace(".", ""))
            raise ValueError("ambiguous: grouped with commas" if mark == "," else "not a number")
        if len(fraction) == 3 and len(whole) <= 3 and whole != "0":
            raise ValueError(f"ambiguous: {sign}{t} could be {sign}{whole}{fraction} or {sign}{whole}.{fraction}; "
                             "type it as a number or with both marks (1.234,0)")
        if not fraction:
            raise ValueError("not a number")
        return Decimal(f"{sign}{whole}.{fraction}")
    return Decimal(sign + t)


# --- the locator -------------------------------------------------------------------------------

class Locator(dict):
    """Document path (tuple) -> its cell or range in the officer's words ("Begroting!D7").

    ``where(path)`` names the place with the file, as every spec locator does ("invoer.xlsx,
    Begroting!D7"); a path without a place of its own takes its nearest enclosing one. ``labels``
    holds the label beside a field's cell ("Titel" for ("algemeen", "titel"))."""

    def __init__(self, file_name: str = "") -> None:
        super().__init__()
        self.file_name = file_name
        self.labels: dict[tuple, str] = {}

    def cell(self, path: tuple) -> str:
        for end in range(len(path), 0, -1):
            if tuple(path[:end]) in self:
                return self[tuple(path[:end])]
        return ""

    def where(self, path: tuple) -> str:
        place = self.cell(tuple(path))
        return f"{self.file_name}, {place}" if place else self.file_name


def _a1(sheet: str, coordinate: str) -> str:
    quoted = sheet if re.fullmatch(r"[A-Za-z_][A-Za-z0-9_.]*", sheet) else "'" + sheet.replace("'", "''") + "'"
    return f"{quoted}!{coordinate.replace('$', '')}"


# --- reading -------------------------------------------------------------------------------------

class _Book:
    """The two views openpyxl gives of one file (formulas and stored values) and the defined names."""

    def __init__(self, path: Path) -> None:
        import openpyxl

        self.path = path
        self.name = path.name
        _check_package(path)
        try:
            self.formulas = openpyxl.load_workbook(path, data_only=False, keep_links=False)
            self.values = openpyxl.load_workbook(path, data_only=True, keep_links=False)
        except Exception as error:  # noqa: BLE001  (any parse failure is the user's file, not our bug)
            raise InputError(f"{self.name}: not a readable .xlsx workbook ({type(error).__name__})") from None

    def cells(self, name: str) -> tuple[str, list[list[str]]]:
        """The sheet and the coordinates (rows of cells) of a workbook-scoped defined name."""
        defined = self.formulas.defined_names.get(name)
        if defined is None:
            raise InputError(f"{self.name}: the defined name {name!r} is missing (Formulas > Name Manager); "
                             "start from pyengine new or xlsx_models/ and copy your figures in")
        destinations = list(defined.destinations) if "#REF!" not in str(defined.attr_text) else []
        if len(destinations) != 1 or destinations[0][0] not in self.formulas.sheetnames:
            raise InputError(f"{self.name}: the defined name {name!r} does not point to one range "
                             f"({defined.attr_text}); restore it in Formulas > Name Manager")
        sheet, ref = destinations[0]
        from openpyxl.utils.cell import range_boundaries, get_column_letter

        min_col, min_row, max_col, max_row = range_boundaries(ref.replace("$", ""))
        return sheet, [[f"{get_column_letter(c)}{r}" for c in range(min_col, max_col + 1)]
                       for r in range(min_row, max_row + 1)]

    def value(self, sheet: str, coordinate: str) -> object:
        cell = self.formulas[sheet][coordinate]
        stored = self.values[sheet][coordinate]
        raw = cell.value
        if cell.data_type == "f" or (isinstance(raw, str) and raw.startswith("=")) or \
                type(raw).__name__ in ("ArrayFormula", "DataTableFormula"):
            if stored.value is None:
                text = getattr(raw, "text", raw)
                raise InputError(f"{_a1(sheet, coordinate)}: holds a formula ({text}) without a stored value; "
                                 "type the figure, or open and save the workbook in Excel or LibreOffice first")
            raw = stored.value
        if stored.data_type == "e" or (isinstance(raw, str) and raw.strip() in (
                "#DIV/0!", "#N/A", "#NAME?", "#NULL!", "#NUM!", "#REF!", "#VALUE!")):
            raise InputError(f"{_a1(sheet, coordinate)}: holds the error value {raw}")
        if isinstance(raw, str) and not raw.strip():
            return None
        return raw


def _check_package(path: Path) -> None:
    if not path.is_file():
        raise InputError(f"{path}: file not found")
    if path.suffix.lower() != ".xlsx":
        raise InputError(f"{path.name}: an input workbook must be an .xlsx file")
    try:
        with zipfile.ZipFile(path) as archive:
            total = sum(entry.file_size for entry in archive.infolist())
    except (OSError, zipfile.BadZipFile):
        raise InputError(f"{path.name}: not an .xlsx workbook (the file is not a zip package)") from None
    if total > MAX_PACKAGE_BYTES:
        raise InputError(f"{path.name}: refused: the workbook unpacks to {total:,} bytes")


def _shown(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return repr(value) if isinstance(value, str) else str(value)


def convert(value: object, kind: str, choices: tuple = ()) -> object:
    """A cell value as the document holds it, or ValueError with what was expected."""
    if isinstance(value, (dt.datetime, dt.date, dt.time)) and kind != "date_text":
        raise ValueError(f"expected {_EXPECTED[kind]}, got a date ({value:%Y-%m-%d}); Excel turned what was typed "
                         "into a date: format the cell as Text and type it again"
                         if not isinstance(value, dt.time) else f"expected {_EXPECTED[kind]}, got a time")
    if isinstance(value, bool) and kind not in ("bool",):
        raise ValueError(f"expected {_EXPECTED[kind]}, got {value}")
    if kind in ("text", "kind"):
        if isinstance(value, float):
            return _shown(value) if value.is_integer() else repr(value)
        return str(value).strip()
    if kind == "date_text":
        if isinstance(value, (dt.datetime, dt.date)):
            return f"{value.day} {MONTHS[value.month - 1]} {value.year}"
        return _shown(value).strip() if not isinstance(value, str) else value.strip()
    if kind in ("amount", "weight"):
        number = _number(value, kind)
        if kind == "weight" and number < 0:
            raise ValueError(f"a weight cannot be negative, got {_shown(value)}")
        return number
    if kind in ("int", "unit", "decimals", "year"):
        number = _number(value, kind)
        if number != number.to_integral_value():
            raise ValueError(f"expected {_EXPECTED[kind]}, got {_shown(value)}")
        whole = int(number)
        if kind == "unit" and whole not in UNITS:
            raise ValueError(f"expected {_EXPECTED[kind]}, got {whole}")
        if kind == "decimals" and whole not in (0, 1, 2):
            raise ValueError(f"expected {_EXPECTED[kind]}, got {whole}")
        if kind == "year" and not 1900 <= whole <= 2200:
            raise ValueError(f"expected {_EXPECTED[kind]}, got {whole}")
        return whole
    if kind == "bool":
        if isinstance(value, bool):
            return value
        text = str(value).strip().lower()
        if text in ("ja", "waar", "true", "j", "yes"):
            return True
        if text in ("nee", "onwaar", "false", "n", "no"):
            return False
        raise ValueError(f"expected ja or nee, got {_shown(value)}")
    if kind == "method":
        try:
            return method_named(str(value))
        except InputError:
            raise ValueError(f"expected one of {', '.join(choices)}, got {_shown(value)}") from None
    if kind == "year_list":
        if isinstance(value, (int, float)):
            return [convert(value, "year")]
        parts = [p for p in re.split(r"[,;\s]+", str(value).strip()) if p]
        if not parts:
            raise ValueError("expected years such as 2018 or 2018, 2019")
        try:
            return [convert(p, "year") for p in parts]
        except ValueError:
            raise ValueError(f"expected years such as 2018 or 2018, 2019, got {_shown(value)}") from None
    raise AssertionError(kind)


_EXPECTED = {"text": "text", "kind": "text", "date_text": "a date or text", "amount": "an amount",
             "weight": "a weight (a number)", "int": "a whole number", "unit": "1, 10, 100, 1000 ... 1000000",
             "decimals": "0, 1 or 2", "year": "a year such as 2025", "bool": "ja or nee", "method": "a method",
             "year_list": "years"}


def _number(value: object, kind: str) -> Decimal:
    if isinstance(value, str):
        try:
            return number_from_text(value)
        except ValueError as reason:
            detail = "" if str(reason) == "not a number" else f" ({reason})"
            raise ValueError(f"expected {_EXPECTED[kind]}, got {value!r}{detail}") from None
    try:
        return to_decimal(value, "value")
    except InputError:
        raise ValueError(f"expected {_EXPECTED[kind]}, got {_shown(value)}") from None


class _Reader:
    def __init__(self, book: _Book) -> None:
        self.book = book
        self.locator = Locator(book.name)

    def read(self, sheet: str, coordinate: str, kind: str, path: tuple, choices: tuple = ()) -> object:
        place = _a1(sheet, coordinate)
        self.locator[path] = place
        value = self.book.value(sheet, coordinate)
        if value is None:
            return None
        try:
            return convert(value, kind, choices)
        except ValueError as reason:
            raise InputError(f"{place}: {reason}") from None

    def table(self, table: Table) -> tuple[str, list[tuple[list[str], dict[str, object]]]]:
        """(sheet, [(coordinates, {column key: raw cell value})]) for each row that is not empty."""
        sheet, rows = self.book.cells(table.name)
        out = []
        for coordinates in rows:
            raw = {column.key: self.book.value(sheet, coordinate)
                   for column, coordinate in zip(table.columns, coordinates) if column.kind != "label"}
            if any(v is not None for v in raw.values()):
                out.append((coordinates, raw))
        self.locator[(table.name,)] = _a1(sheet, f"{rows[0][0]}:{rows[-1][-1]}")
        section = table.name[len(PREFIX):]
        section = ("verdeelsleutel", "groepen") if section.endswith("groepen") else \
            ("verdeelsleutel",) if section.startswith("verdeelsleutel") else (section,)
        self.locator.setdefault(section, self.locator[(table.name,)])
        return sheet, out

    def cell(self, sheet: str, coordinate: str, value: object, kind: str, path: tuple) -> object:
        place = _a1(sheet, coordinate)
        self.locator[path] = place
        try:
            return convert(value, kind)
        except ValueError as reason:
            raise InputError(f"{place}: {reason}") from None


def read_document(path: str | Path) -> tuple[dict, Locator]:
    """The spec document (the dict a TOML spec gives) of an input workbook, and where each value sits."""
    path = Path(path)
    book = _Book(path)
    reader = _Reader(book)
    try:
        return _read(book, reader), reader.locator
    except InputError as error:
        raise InputError(f"{book.name}, {error}" if "!" in str(error).split(":")[0] else str(error)) from None


def _read(book: _Book, reader: _Reader) -> dict:
    if book.formulas.defined_names.get(KIND_NAME) is None:
        from .produced_spec import produced_kind, read_produced_document

        kind = produced_kind(set(book.formulas.defined_names.keys()))
        if kind is not None:  # the round trip: a produced workbook's Invoer sheet
            return read_produced_document(book, reader.locator, kind)
        produced = book.formulas.defined_names.get("Invoerhash") is not None
        raise InputError(f"{book.name}: " + (
            "a workbook produced by pyengine; generate again from the input it names on its Herkomst sheet"
            if produced else f"not an input workbook (it has no defined name {KIND_NAME!r}); "
            "start one with: pyengine new begrotingswijziging --out invoer.xlsx"))
    sheet, cells = book.cells(KIND_NAME)
    kind = reader.read(sheet, cells[0][0], "kind", ("soort",))
    if kind not in FORMS:
        raise InputError(f"{_a1(sheet, cells[0][0])}: expected begrotingswijziging or kostenverdeling, got {kind!r}")
    doc: dict = {"soort": kind}
    years: list[int] = []
    for block in FORMS[kind]:
        if isinstance(block, Fields):
            for field in block.fields[1:]:
                sheet, cells = book.cells(field.name)
                if field.kind == "years":
                    years = _read_years(reader, sheet, cells[0], field)
                    if years:
                        doc.setdefault("algemeen", {})["jaren"] = years
                    continue
                reader.locator.labels[field.path] = field.label
                reader.locator.setdefault(field.path[:1], _a1(sheet, cells[0][0]))  # a section: its first cell
                value = reader.read(sheet, cells[0][0], field.kind, field.path, field.choices)
                if value is not None and value != "":
                    doc.setdefault(field.path[0], {})[field.path[1]] = value
        elif isinstance(block, Lines):
            doc.setdefault(block.section, {})  # an empty sheet: every line 0
            for code in LINE_CODES:
                sheet, cells = book.cells(line_name(block.section, code))
                reader.locator[(block.section,)] = sheet
                reader.locator[(block.section, code)] = _a1(sheet, f"{cells[0][0]}:{cells[0][-1]}")
                values = [reader.read(sheet, c, "amount", (block.section, code, i)) for i, c in enumerate(cells[0])]
                figures = _per_year(values, years, cells[0], sheet)
                if figures is not None:
                    doc.setdefault(block.section, {})[code] = figures
        else:
            _read_table(reader, block, doc, years)
    return doc


def _read_years(reader: _Reader, sheet: str, cells: list[str], field: Field) -> list[int]:
    values = [reader.read(sheet, c, "year", ("algemeen", "jaren", i)) for i, c in enumerate(cells)]
    reader.locator[("algemeen", "jaren")] = _a1(sheet, f"{cells[0]}:{cells[-1]}")
    count = len(values) - next((i for i, v in enumerate(reversed(values)) if v is not None), len(values))
    if not count:
        raise InputError(f"{_a1(sheet, cells[0])}: expected a year such as 2025 ({field.label}), got an empty cell")
    for i in range(count):
        if values[i] is None:
            raise InputError(f"{_a1(sheet, cells[i])}: expected a year (no gaps between the years), got an empty cell")
        if i and values[i] <= values[i - 1]:
            raise InputError(f"{_a1(sheet, cells[i])}: the years must increase, got {values[i]} after {values[i - 1]}")
    return values[:count]


def _per_year(values: list, years: list[int], cells: list[str], sheet: str) -> list | None:
    """One figure per year from a row of year cells (empty cells in a used row count 0); None if all empty."""
    for i, value in enumerate(values):
        if value is not None and i >= len(years):
            raise InputError(f"{_a1(sheet, cells[i])}: a figure for year {i + 1}, but Algemeen gives "
                             f"{len(years)} year(s); empty this cell or add the year")
    if all(v is None for v in values):
        return None
    return [Decimal(0) if v is None else v for v in values[:len(years)]]


def _read_table(reader: _Reader, table: Table, doc: dict, years: list[int]) -> None:
    sheet, rows = reader.table(table)
    name = table.name[len(PREFIX):]
    columns = {c.key: c for c in table.columns}
    if name == "toelichting":
        texts = [reader.cell(sheet, coords[0], raw["tekst"], "text", ("toelichting", "tekst", i))
                 for i, (coords, raw) in enumerate(rows)]
        if texts:
            doc["toelichting"] = {"tekst": texts}
        return
    if name == "tarieven":  # schaal = kosten_per_fte
        rates: dict[str, Decimal] = {}
        for coords, raw in rows:
            if raw["schaal"] is None:
                raise InputError(f"{_a1(sheet, coords[0])}: expected a scale such as 10, got an empty cell")
            scale = str(reader.cell(sheet, coords[0], raw["schaal"], "int", ("tarieven", "tarieven", "#")))
            if scale in rates:
                raise InputError(f"{_a1(sheet, coords[0])}: scale {scale} appears twice")
            if raw["kosten_per_fte"] is None:
                raise InputError(f"{_a1(sheet, coords[1])}: expected an amount for scale {scale}, got an empty cell")
            rates[scale] = reader.cell(sheet, coords[1], raw["kosten_per_fte"], "amount", ("tarieven", "tarieven", scale))
        reader.locator.pop(("tarieven", "tarieven", "#"), None)
        if rates:
            doc.setdefault("tarieven", {})["tarieven"] = rates
            reader.locator[("tarieven", "tarieven")] = reader.locator[(table.name,)]
        return
    if name in ("formatie", "bedrag", "capaciteit"):
        items = []
        for index, (coords, raw) in enumerate(rows):
            item = {}
            for (key, column), coordinate in zip(columns.items(), coords):
                reader.locator[(name, index, key)] = _a1(sheet, coordinate)  # also empty: "fte is empty"
                if raw.get(key) is not None:
                    item[key] = reader.cell(sheet, coordinate, raw[key], column.kind, (name, index, key))
            reader.locator[(name, index)] = _a1(sheet, coords[0])
            items.append(item)
        if items:
            doc[name] = items
        return
    if name == "bijdrage_gemeente":
        members: dict[str, list] = {}
        for coords, raw in rows:
            member = _member_name(reader, sheet, coords[0], raw["naam"], name)
            values = [reader.cell(sheet, c, raw[f"jaar{i + 1}"], "amount", (name, member, i))
                      if raw[f"jaar{i + 1}"] is not None else None for i, c in enumerate(coords[1:])]
            if member in members:
                raise InputError(f"{_a1(sheet, coords[0])}: {member!r} appears twice")
            members[member] = _per_year(values, years, coords[1:], sheet) or [Decimal(0)] * len(years)
            reader.locator[(name, member)] = _a1(sheet, coords[0])
        _, all_rows = reader.book.cells(table.name)
        for i, year in enumerate(years):  # a year's column, for "the members' begroting adds up to ..."
            reader.locator[(name, f"#{year}")] = _a1(sheet, f"{all_rows[0][i + 1]}:{all_rows[-1][i + 1]}")
        if members:
            doc[name] = members
        return
    key = doc.setdefault("verdeelsleutel", {})
    if name == "verdeelsleutel_bestanden":  # amendment: row 0 for every year, rows 1.. per year
        _, all_rows = reader.book.cells(table.name)
        for position, year in enumerate(years, start=1):
            if position < len(all_rows):
                reader.locator[("verdeelsleutel", str(year))] = _a1(sheet, f"{all_rows[position][1]}:{all_rows[position][-1]}")
        for coords, raw in rows:
            position = all_rows.index(coords)
            if position > len(years):
                raise InputError(f"{_a1(sheet, coords[1])}: a key for year {position}, but Algemeen gives "
                                 f"{len(years)} year(s)")
            target = key if position == 0 else key.setdefault(str(years[position - 1]), {})
            for (field, column), coordinate in zip(columns.items(), coords):
                if column.kind != "label" and raw.get(field) is not None:
                    path = ("verdeelsleutel",) + ((str(years[position - 1]),) if position else ()) + (field,)
                    target[field] = reader.cell(sheet, coordinate, raw[field], column.kind, path)
        return
    if name == "verdeelsleutel_bestand":  # kostenverdeling: one row
        for coords, raw in rows:
            for (field, column), coordinate in zip(columns.items(), coords):
                if raw.get(field) is not None:
                    key[field] = reader.cell(sheet, coordinate, raw[field], column.kind, ("verdeelsleutel", field))
        return
    if name == "verdeelsleutel_gewichten":
        weight_keys = [c.key for c in table.columns[1:]]
        found: dict[str, dict[str, Decimal]] = {}
        seen: set[str] = set()
        for coords, raw in rows:
            member = _member_name(reader, sheet, coords[0], raw["naam"], name)
            if member in seen:
                raise InputError(f"{_a1(sheet, coords[0])}: {member!r} appears twice")
            seen.add(member)
            for wkey, coordinate in zip(weight_keys, coords[1:]):
                if raw[wkey] is not None:
                    found.setdefault(wkey, {})[member] = reader.cell(sheet, coordinate, raw[wkey], "weight",
                                                                     ("verdeelsleutel", wkey, member))
        for wkey, weights in found.items():
            column = weight_keys.index(wkey)
            missing = [(coords, raw) for coords, raw in rows if raw[wkey] is None]
            if missing:
                raise InputError(f"{_a1(sheet, missing[0][0][column + 1])}: expected a weight for "
                                 f"{str(missing[0][1]['naam']).strip()!r} (this column has weights for other members)")
            if wkey in ("alle", "gewicht"):
                target, where = key, ("verdeelsleutel",)
            else:
                position = int(wkey[4:])
                if position > len(years):
                    raise InputError(f"{_a1(sheet, rows[0][0][column + 1])}: weights for year {position}, but "
                                     f"Algemeen gives {len(years)} year(s)")
                target, where = key.setdefault(str(years[position - 1]), {}), ("verdeelsleutel", str(years[position - 1]))
            if "bestand" in target:
                raise InputError(f"{_a1(sheet, rows[0][0][column + 1])}: weights and a key file "
                                 f"({reader.locator.cell(where + ('bestand',))}) for the same year; give one of them")
            target["gewichten"] = weights
            reader.locator[where + ("gewichten",)] = _a1(sheet, f"{rows[0][0][column + 1]}:{rows[-1][0][column + 1]}")
        return
    if name == "verdeelsleutel_groepen":
        groups: dict[str, list[str]] = {}
        for coords, raw in rows:
            group = _member_name(reader, sheet, coords[0], raw["groep"], name)
            member = _member_name(reader, sheet, coords[1], raw["gemeente"], name)
            groups.setdefault(group, []).append(member)
            reader.locator.setdefault(("verdeelsleutel", "groepen", group), _a1(sheet, coords[0]))
        if groups:
            key["groepen"] = groups
            reader.locator[("verdeelsleutel", "groepen")] = reader.locator[(table.name,)]
        return
    raise AssertionError(name)


def _member_name(reader: _Reader, sheet: str, coordinate: str, value: object, table: str) -> str:
    if value is None:
        raise InputError(f"{_a1(sheet, coordinate)}: expected a name, got an empty cell (the row has figures)")
    return reader.cell(sheet, coordinate, value, "text", (table, coordinate))


# --- from a document to a model -------------------------------------------------------------------

_PLACE = re.compile(r"^(?P<file>[^\[:]+?\.xlsx)(?: \[(?P<double>\[)?(?P<section>[\w.]+)\]\]?(?: #(?P<index>\d+))?)?"
                    r"(?P<rest>.*)$", re.S)


def locate_message(message: str, locator: Locator) -> str:
    """A loader message that names a TOML place ("x.xlsx [algemeen]: field 'titel' ...") with its cell."""
    match = _PLACE.match(message)
    if not match:
        return message
    file, section, index, rest = match["file"], match["section"], match["index"], match["rest"].lstrip(": ")
    path: tuple = ()
    if section:
        path = tuple(section.split("."))
        if index:
            path += (int(index) - 1,)
        field = re.search(r"field '(\w+)'|^(\w+)[\[:]| (\w+):", rest)
        name = next((g for g in (field.groups() if field else ()) if g), None)
        if name and locator.cell(path + (name,)) != locator.cell(path):
            path += (name,)
        elif path[0] == "verdeelsleutel" and "bestand" not in path:
            path += ("bestand",) if locator.cell(path + ("bestand",)) else ()
        elif index and "scale" in rest:
            path += ("schaal",)
        rest = re.sub(r"^[\w']+(\[\d+\])?:\s*", "", rest) if name and rest.startswith(name) else rest
    else:
        member_sum = re.match(r"(bijdrage_gemeente|verdeelsleutel)(?: (\d{4}))?\b", rest)
        path = ()
        if member_sum and member_sum[1] == "bijdrage_gemeente":
            path = ("bijdrage_gemeente", f"#{member_sum[2]}")
        elif member_sum:  # that year's key: its own weights or file, else the one for every year
            year = member_sum[2] or ""
            path = next((p for p in (("verdeelsleutel", year, "gewichten"), ("verdeelsleutel", year, "bestand"),
                                     ("verdeelsleutel", "gewichten"), ("verdeelsleutel", "bestand")) if p in locator), ())
    place = locator.cell(path) if path else ""
    if path in locator.labels and re.fullmatch(r"field '\w+' is missing", rest):
        rest = f"{locator.labels[path]} is empty; fill it in"
    if not place and section:
        place = locator.cell((PREFIX + section,)) or locator.cell((section,))
    return f"{file}, {place}: {rest}" if place else message


def load_workbook_spec(path: str | Path):
    """(kind, model) from an input workbook: Amendment or CostDistribution; InputError names the cell."""
    from .spec import SpecFile, amendment_from_spec, costs_from_spec

    path = Path(path)
    doc, locator = read_document(path)
    spec = SpecFile(path, doc["soort"], doc, hashlib.sha256(path.read_bytes()).hexdigest())
    try:
        model = amendment_from_spec(spec) if spec.kind == "begrotingswijziging" else costs_from_spec(spec)
    except InputError as error:
        raise InputError(locate_message(str(error), locator)) from None
    return spec.kind, model


def in_cells(line: str, locator: Locator) -> str:
    """A few problems the loader places at a section or the whole file, placed at their cells."""
    missing = re.fullmatch(r"(.*): field '(\w+)' is missing", line)
    if missing:
        path = next((p for p in locator if len(p) > 1 and p[-1] == missing[2]
                     and locator.where(p[:-1]) == missing[1]), None)
        if path is not None:
            what = locator.labels.get(path, missing[2])
            return f"{locator.where(path)}: {what} is empty; fill it in"
        return line
    whole = re.match(rf"{re.escape(locator.file_name)}: (bijdrage_gemeente|verdeelsleutel)(?: (\d{{4}}))?\b", line)
    if whole:
        year = whole[2] or ""
        candidates = ((("bijdrage_gemeente", f"#{year}"),) if whole[1] == "bijdrage_gemeente" else
                      (("verdeelsleutel", year, "gewichten"), ("verdeelsleutel", year, "bestand"),
                       ("verdeelsleutel", "gewichten"), ("verdeelsleutel", "bestand")))
        path = next((p for p in candidates if p in locator), None)
        if path is not None:
            return f"{locator.where(path)}: {line[len(locator.file_name) + 2:]}"
    return line


def load_any_spec(path: Path):
    """(kind, model) from a .toml spec or an input workbook."""
    if path.suffix.lower() == ".xlsx":
        return load_workbook_spec(path)
    from .spec import amendment_from_spec, costs_from_spec, read_spec

    spec = read_spec(path)
    return spec.kind, amendment_from_spec(spec) if spec.kind == "begrotingswijziging" else costs_from_spec(spec)
