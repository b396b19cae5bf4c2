"""Input workbooks -> spec documents: the dict a TOML spec gives, and a locator naming each value's cell.

render/input_workbook writes such workbooks; workbook_cells reads their cells; a produced workbook's Invoer
sheet is read by produced_spec (the round trip).

Every value is found through the workbook's defined names (workbook_form), never by sheet position.
Cells hold what the officer typed: numbers, or numbers typed as text by the rules of a Dutch
(semicolon) key file (``1.234,5``; inputs/numbers.py, convention "nl"; any other notation is
refused). A formula is read by its stored value only; a formula without one is refused with its
cell named (we never evaluate a user's formula).
"""

from __future__ import annotations

import hashlib
import re
from decimal import Decimal
from pathlib import Path

from ..core.amendment import LINE_CODES
from ..core.members import MemberNames
from ..errors import InputError
from ..i18n import _
from ..i18n import number as number_text
from .produced_outlook import READERS as OUTLOOK_READERS, outlook_kind
from .produced_spec import produced_kind, read_produced_document
from .workbook_cells import Locator, a1, CellBook, convert
from .workbook_form import FORMS, KIND_NAME, MAX_YEARS, PREFIX, Field, Fields, Lines, Table, line_name, sheets_of



# --- recognising an input workbook without opening it fully --------------------------------------

def is_spec_workbook(path: Path) -> bool:
    """True for an input workbook (the workbook-scoped name ``invoer_soort``) or a produced workbook whose
    Invoer sheet names every input (it can be generated again); False for any other file (a key).
    A workbook that cannot be read (protected with a password, damaged) may be an input: True, so that
    a folder run names it as a failure with its reason instead of leaving that document out unseen.
    Excel's own lock file beside an open workbook (``~$name.xlsx``) is never an input."""
    from .xlsx_reader import Workbook

    if path.name.startswith("~$"):
        return False
    try:
        with Workbook(path) as book:  # reads workbook.xml and styles only: no sheet is parsed
            names = set(book.defined_names)
    except InputError:
        return True
    return KIND_NAME in names or produced_kind(names) is not None


# --- the locator -------------------------------------------------------------------------------

class _Reader:
    """Reads the cells of an input workbook. A cell that cannot be read (text where an amount belongs, an error
    value, a formula without a stored value, a merged or percent-formatted cell) is not refused at once: its
    problem is kept in ``problems``, its place in ``bad``, and it reads as empty, so that one run names every
    such cell of the file (the workbook is refused all the same, before anything is written)."""

    def __init__(self, book: CellBook) -> None:
        self.book = book
        self.locator = Locator(book.name)
        self.locator.refuse = self.refuse  # the readers of produced workbooks (produced_spec) keep theirs here too
        self.problems: list[str] = []
        self.bad: set[str] = set()

    def refuse(self, place: str, problem: str) -> None:
        self.bad.add(place)
        self.problems.append(problem)

    def value(self, sheet: str, coordinate: str) -> object:
        """The cell's stored value, or None for an empty cell or one that cannot be read (its problem kept)."""
        try:
            return self.book.value(sheet, coordinate)
        except InputError as error:
            self.refuse(a1(sheet, coordinate), str(error))
            return None

    def read(self, sheet: str, coordinate: str, kind: str, path: tuple, choices: tuple = ()) -> object:
        self.locator[path] = a1(sheet, coordinate)
        value = self.value(sheet, coordinate)
        if value is None:
            return None
        return self.cell(sheet, coordinate, value, kind, path, choices)

    def table(self, table: Table) -> tuple[str, list[tuple[list[str], dict[str, object]]]]:
        """(sheet, [(coordinates, {column key: raw cell value})]) for each row that is not empty."""
        sheet, rows = self.book.cells(table.name)
        _expect_columns(self.book, table.name, sheet, rows, len(table.columns))
        out = []
        for coordinates in rows:
            raw = {column.key: self.value(sheet, coordinate)
                   for column, coordinate in zip(table.columns, coordinates) if column.kind != "label"}
            if any(v is not None for v in raw.values()):
                _refuse_hidden(self.book, sheet, table.columns, coordinates, raw)
                out.append((coordinates, raw))
        self.locator[(table.name,)] = a1(sheet, f"{rows[0][0]}:{rows[-1][-1]}")
        section = table.name[len(PREFIX):]
        section = ("verdeelsleutel", "groepen") if section.endswith("groepen") else \
            ("verdeelsleutel",) if section.startswith("verdeelsleutel") else (section,)
        self.locator.setdefault(section, self.locator[(table.name,)])
        return sheet, out

    def cell(self, sheet: str, coordinate: str, value: object, kind: str, path: tuple, choices: tuple = ()) -> object:
        """The cell's value as the document holds it, or None when it cannot be read (its problem kept)."""
        place = a1(sheet, coordinate)
        self.locator[path] = place
        if kind == "amount" and path and path[-1] == "fte":  # an amount whose text '1.777' reads two ways
            kind = "fte"
        try:
            converted = convert(value, kind, choices)
        except ValueError as reason:
            self.refuse(place, f"{place}: {reason}")
            return None
        if isinstance(value, (int, float)) and not isinstance(value, bool) and \
                "%" in self.book.number_format(sheet, coordinate):
            # Excel stores 5% as 0.05: a percentage field means 5, any other field would be off by 100x
            if path and path[-1] == "percentage":
                return converted * 100
            self.refuse(place, _('{place}: formatted as a percentage (Excel holds {value}); this field is not a percentage: format the cell as a number and type the figure itself').format(place=place, value=number_text(value, grouping=False)))
            return None
        return converted

    def stop_if_bad(self, sheet: str, coordinates: list[str]) -> None:
        """Refuse now, with the problems found so far, when one of these cells could not be read: what follows
        cannot be read without them (the kind of the form, the years)."""
        if any(a1(sheet, coordinate) in self.bad for coordinate in coordinates):
            raise InputError("\n".join(dict.fromkeys(self.problems)))


def read_document(path: str | Path) -> tuple[dict, Locator]:
    """The spec document (the dict a TOML spec gives) of an input workbook, and where each value sits; InputError
    names every cell that cannot be read, one line each, with what the form's fields lack besides (an empty Titel).
    The checks of the figures wait until every cell reads: they would count a bad cell as 0."""
    doc, locator, problems = _read_document(Path(path))
    if problems:
        from .spec import schema_problems

        others = [in_cells(line, locator) for line in schema_problems(doc, locator)]
        raise InputError("\n".join(dict.fromkeys(
            problems + [line for line in others if line.split(": ")[0] not in locator.bad])))
    return doc, locator


def _in_file(book: CellBook, line: str) -> str:
    return f"{book.name}, {line}" if "!" in line.split(":")[0] else line


def _read_document(path: Path) -> tuple[dict, Locator, list[str]]:
    """(document, locator, the problems of the cells that could not be read: each line names the file and cell).
    A problem that makes the rest unreadable (a column deleted, no years) raises InputError, with the problems
    found before it."""
    book = CellBook(path)
    reader = _Reader(book)
    try:
        doc = _read(book, reader)
    except InputError as error:
        # what stopped the reading, unless it only names again a cell that could not be read
        lines = list(dict.fromkeys(reader.problems + [line for line in str(error).splitlines()
                                                      if line.split(": ")[0] not in reader.bad]))
        raise InputError("\n".join(_in_file(book, line) for line in lines)) from None
    locator = reader.locator
    locator.bad = {f"{book.name}, {place}" for place in reader.bad}
    return doc, locator, [_in_file(book, line) for line in dict.fromkeys(reader.problems)]


def _read(book: CellBook, reader: _Reader) -> dict:
    _refuse_missing_sheets(book)
    if not book.has(KIND_NAME):
        outlook = outlook_kind(set(book.defined_names))
        if outlook is not None:  # a meerjarenraming or sleutelvergelijking: its own Invoer sheet is its input
            return OUTLOOK_READERS[outlook](book, reader.locator)
        kind = produced_kind(set(book.defined_names))
        if kind is not None:  # the round trip: a produced workbook's Invoer sheet
            return read_produced_document(book, reader.locator, kind)
        produced = book.has("Invoerhash")
        raise InputError(f"{book.name}: " + (
            _('a workbook produced by pyengine; generate again from the input it names on its Herkomst sheet')
            if produced else _('not an input workbook (it has no defined name {kind_name}); start one with: pyengine new begrotingswijziging --out invoer.xlsx').format(kind_name=repr(KIND_NAME))))
    sheet, cells = book.cells(KIND_NAME)
    kind = reader.read(sheet, cells[0][0], "kind", ("soort",))
    reader.stop_if_bad(sheet, cells[0][:1])  # without its kind the form cannot be read
    if kind not in FORMS:
        raise InputError(_('{value}: expected begrotingswijziging or kostenverdeling, got {kind}').format(value=a1(sheet, cells[0][0]), kind=repr(kind)))
    doc: dict = {"soort": kind}
    years: list[int] = []
    for block in FORMS[kind]:
        if isinstance(block, Fields):
            for field in block.fields:
                if field.kind == "kind":  # read above
                    continue
                sheet, cells = book.cells(field.name)
                if field.kind == "years":
                    _expect_columns(book, field.name, sheet, cells, MAX_YEARS)
                    years = _read_years(reader, sheet, cells[0], field)
                    if years:
                        doc.setdefault("algemeen", {})["jaren"] = years
                    continue
                reader.locator.labels[field.path] = field.label
                reader.locator.setdefault(field.path[:1], a1(sheet, cells[0][0]))  # a section: its first cell
                value = reader.read(sheet, cells[0][0], field.kind, field.path, field.choices)
                if value is not None and value != "":
                    doc.setdefault(field.path[0], {})[field.path[1]] = value
        elif isinstance(block, Lines):
            doc.setdefault(block.section, {})  # an empty sheet: every line 0
            for code in LINE_CODES:
                sheet, cells = book.cells(line_name(block.section, code))
                _expect_columns(book, line_name(block.section, code), sheet, cells, MAX_YEARS)
                reader.locator[(block.section,)] = sheet
                reader.locator[(block.section, code)] = a1(sheet, f"{cells[0][0]}:{cells[0][-1]}")
                values = [reader.read(sheet, c, "amount", (block.section, code, i)) for i, c in enumerate(cells[0])]
                figures = _per_year(values, years, cells[0], sheet)
                if figures is not None:
                    doc.setdefault(block.section, {})[code] = figures
        else:
            _read_table(reader, block, doc, years)
    if kind == "begrotingswijziging" and doc.get("verdeelsleutel") == {}:
        # empty key sheets: no key, as a TOML spec without [verdeelsleutel] (a kostenverdeling needs one
        # and keeps the located "give either 'bestand' or 'gewichten'")
        del doc["verdeelsleutel"]
    return doc


def _refuse_missing_sheets(book: CellBook) -> None:
    """A sheet the reader needs that was deleted: named, one line each, before its defined names are read (they
    point nowhere: #REF!)."""
    if book.has(KIND_NAME):
        made_on = {name: sheet for kind in FORMS for name, sheet in sheets_of(kind).items()}
    else:  # a produced workbook or an afrekening: every input on its Invoer sheet
        made_on = {name: "Invoer" for name in book.defined_names if name.startswith("inv_")}
    if book.has("Invoerhash"):  # produced by pyengine: its Herkomst sheet names its input
        advice = _("{file}: sheet {sheet} is missing (was it deleted?); the workbook cannot be read without it: "
                   "undo the deletion (Ctrl+Z), or generate the workbook again from the input its Herkomst sheet "
                   "names")
    else:
        advice = _("{file}: sheet {sheet} is missing (was it deleted?); the workbook cannot be read without it: "
                   "undo the deletion (Ctrl+Z), or start from pyengine new and copy your figures in")
    missing = book.missing_sheets(made_on)
    if missing:
        raise InputError("\n".join(advice.format(file=book.name, sheet=sheet) for sheet in missing))


def _expect_columns(book: CellBook, name: str, sheet: str, cells: list[list[str]], width: int) -> None:
    """A deleted (or inserted) column shrinks (or widens) the defined names across it, and every column
    after it would be read as the one before: refused, naming the range."""
    if len(cells[0]) != width:
        place = a1(sheet, f"{cells[0][0]}:{cells[-1][-1]}")
        raise InputError(_("{place}: the defined name '{name}' spans {found} column(s), the form has {width}: "
                           "a column was deleted or inserted, and the figures after it would shift to other years "
                           "or fields; undo that (Ctrl+Z), or start from pyengine new and copy your figures in")
                         .format(place=place, name=name, found=len(cells[0]), width=width))


def _read_years(reader: _Reader, sheet: str, cells: list[str], field: Field) -> list[int]:
    values = [reader.read(sheet, c, "year", ("algemeen", "jaren", i)) for i, c in enumerate(cells)]
    reader.locator[("algemeen", "jaren")] = a1(sheet, f"{cells[0]}:{cells[-1]}")
    reader.stop_if_bad(sheet, cells)  # a year that cannot be read: no figure can be placed by year
    count = len(values) - next((i for i, v in enumerate(reversed(values)) if v is not None), len(values))
    if not count:
        raise InputError(_('{value}: expected a year such as 2025 ({label}), got an empty cell').format(value=a1(sheet, cells[0]), label=field.label))
    for i in range(count):
        if values[i] is None:
            raise InputError(_('{value}: expected a year (no gaps between the years), got an empty cell').format(value=a1(sheet, cells[i])))
        if i and values[i] <= values[i - 1]:
            raise InputError(_('{value}: the years must increase, got {value2} after {value3}').format(value=a1(sheet, cells[i]), value2=values[i], value3=values[i - 1]))
    return values[:count]


def _per_year(values: list, years: list[int], cells: list[str], sheet: str) -> list | None:
    """One figure per year from a row of year cells (empty cells in a used row count 0); None if all empty."""
    for i, value in enumerate(values):
        if value is not None and i >= len(years):
            raise InputError(_('{value}: a figure for year {value2}, but Algemeen gives {count} year(s); empty this cell or add the year').format(value=a1(sheet, cells[i]), value2=i + 1, count=len(years)))
    if all(v is None for v in values):
        return None
    return [Decimal(0) if v is None else v for v in values[:len(years)]]


def _read_table(reader: _Reader, table: Table, doc: dict, years: list[int]) -> None:
    sheet, rows = reader.table(table)
    name = table.name[len(PREFIX):]
    columns = {c.key: c for c in table.columns}
    if name == "toelichting":
        texts = [text for text in (reader.cell(sheet, coords[0], raw["tekst"], "text", ("toelichting", "tekst", i))
                                   for i, (coords, raw) in enumerate(rows)) if text is not None]
        if texts:
            doc["toelichting"] = {"tekst": texts}
        return
    if name == "tarieven":  # schaal = kosten_per_fte
        rates: dict[str, Decimal] = {}
        for coords, raw in rows:
            if raw["schaal"] is None:
                raise InputError(_('{value}: expected a scale such as 10, got an empty cell').format(value=a1(sheet, coords[0])))
            scale = reader.cell(sheet, coords[0], raw["schaal"], "int", ("tarieven", "tarieven", "#"))
            if scale is None:  # its problem is kept
                continue
            scale = str(scale)
            if scale in rates:
                raise InputError(_('{value}: scale {scale} appears twice').format(value=a1(sheet, coords[0]), scale=scale))
            if raw["kosten_per_fte"] is None:
                raise InputError(_('{value}: expected an amount for scale {scale}, got an empty cell').format(value=a1(sheet, coords[1]), scale=scale))
            rate = reader.cell(sheet, coords[1], raw["kosten_per_fte"], "amount", ("tarieven", "tarieven", scale))
            if rate is not None:
                rates[scale] = rate
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
                reader.locator[(name, index, key)] = a1(sheet, coordinate)  # also empty: "fte is empty"
                if raw.get(key) is not None:
                    value = reader.cell(sheet, coordinate, raw[key], column.kind, (name, index, key))
                    if value is not None:
                        item[key] = value
            reader.locator[(name, index)] = a1(sheet, coords[0])
            items.append(item)
        if items:
            doc[name] = items
        return
    if name == "bijdrage_gemeente":
        members: dict[str, list] = {}
        register = MemberNames()
        for coords, raw in rows:
            member = _member_name(reader, sheet, coords[0], raw["naam"], name)
            if member is None:  # a name that cannot be read: its problem is kept
                continue
            register.add(member, a1(sheet, coords[0]))
            values = [reader.cell(sheet, c, raw[f"jaar{i + 1}"], "amount", (name, member, i))
                      if raw[f"jaar{i + 1}"] is not None else None for i, c in enumerate(coords[1:])]
            members[member] = _per_year(values, years, coords[1:], sheet) or [Decimal(0)] * len(years)
            reader.locator[(name, member)] = a1(sheet, coords[0])
        _sheet, all_rows = reader.book.cells(table.name)
        for i, year in enumerate(years):  # a year's column, for "the members' begroting adds up to ..."
            reader.locator[(name, f"#{year}")] = a1(sheet, f"{all_rows[0][i + 1]}:{all_rows[-1][i + 1]}")
        if members:
            doc[name] = members
        return
    key = doc.setdefault("verdeelsleutel", {})
    if name == "verdeelsleutel_bestanden":  # amendment: row 0 for every year, rows 1.. per year
        _sheet, all_rows = reader.book.cells(table.name)
        for position, year in enumerate(years, start=1):
            if position < len(all_rows):
                reader.locator[("verdeelsleutel", str(year))] = a1(sheet, f"{all_rows[position][1]}:{all_rows[position][-1]}")
        for coords, raw in rows:
            position = all_rows.index(coords)
            if position > len(years):
                raise InputError(_('{value}: a key for year {position}, but Algemeen gives {count} year(s)').format(value=a1(sheet, coords[1]), position=position, count=len(years)))
            target = key if position == 0 else key.setdefault(str(years[position - 1]), {})
            for (field, column), coordinate in zip(columns.items(), coords):
                if column.kind != "label" and raw.get(field) is not None:
                    path = ("verdeelsleutel",) + ((str(years[position - 1]),) if position else ()) + (field,)
                    value = reader.cell(sheet, coordinate, raw[field], column.kind, path)
                    if value is not None:
                        target[field] = value
        return
    if name == "verdeelsleutel_bestand":  # kostenverdeling: one row
        for coords, raw in rows:
            for (field, column), coordinate in zip(columns.items(), coords):
                if raw.get(field) is not None:
                    value = reader.cell(sheet, coordinate, raw[field], column.kind, ("verdeelsleutel", field))
                    if value is not None:
                        key[field] = value
        return
    if name == "verdeelsleutel_gewichten":
        weight_keys = [c.key for c in table.columns[1:]]
        found: dict[str, dict[str, Decimal]] = {}
        register = MemberNames()
        for coords, raw in rows:
            member = _member_name(reader, sheet, coords[0], raw["naam"], name)
            if member is None:  # a name that cannot be read: its problem is kept
                continue
            register.add(member, a1(sheet, coords[0]))
            reader.locator[("verdeelsleutel", "naam", member)] = a1(sheet, coords[0])  # its problems' place
            for wkey, coordinate in zip(weight_keys, coords[1:]):
                if raw[wkey] is not None:
                    weight = reader.cell(sheet, coordinate, raw[wkey], "weight", ("verdeelsleutel", wkey, member))
                    if weight is not None:
                        found.setdefault(wkey, {})[member] = weight
        for wkey, weights in found.items():
            column = weight_keys.index(wkey)
            missing = [(coords, raw) for coords, raw in rows if raw[wkey] is None]
            if missing:
                raise InputError(_('{value}: expected a weight for {value2} (this column has weights for other members)').format(value=a1(sheet, missing[0][0][column + 1]), value2=repr(str(missing[0][1]['naam']).strip())))
            if wkey in ("alle", "gewicht"):
                target, where = key, ("verdeelsleutel",)
            else:
                position = int(wkey[4:])
                if position > len(years):
                    raise InputError(_('{value}: weights for year {position}, but Algemeen gives {count} year(s)').format(value=a1(sheet, rows[0][0][column + 1]), position=position, count=len(years)))
                target, where = key.setdefault(str(years[position - 1]), {}), ("verdeelsleutel", str(years[position - 1]))
            if "bestand" in target:
                raise InputError(_('{value}: weights and a key file ({value2}) for the same year; give one of them').format(value=a1(sheet, rows[0][0][column + 1]), value2=reader.locator.cell(where + ('bestand',))))
            target["gewichten"] = weights
            reader.locator[where + ("gewichten",)] = a1(sheet, f"{rows[0][0][column + 1]}:{rows[-1][0][column + 1]}")
        return
    if name == "verdeelsleutel_groepen":
        groups: dict[str, list[str]] = {}
        for coords, raw in rows:
            group = _member_name(reader, sheet, coords[0], raw["groep"], name)
            member = _member_name(reader, sheet, coords[1], raw["gemeente"], name)
            if group is None or member is None:  # a name that cannot be read: its problem is kept
                continue
            groups.setdefault(group, []).append(member)
            reader.locator.setdefault(("verdeelsleutel", "groepen", group), a1(sheet, coords[0]))
        if groups:
            key["groepen"] = groups
            reader.locator[("verdeelsleutel", "groepen")] = reader.locator[(table.name,)]
        return
    raise AssertionError(name)


def _refuse_hidden(book, sheet: str, columns, coordinates: list[str], raw: dict[str, object]) -> None:
    """A hidden row or column of an input table that holds figures would be read without anyone seeing it (a
    member charged, a line counted): refused with its place, as in a key file."""
    for column, coordinate in zip(columns, coordinates):
        if column.kind != "label" and raw.get(column.key) is not None:
            hidden = book.hidden(sheet, coordinate)
            if hidden:
                raise InputError(_("{place}: the {hidden} is hidden but holds values that would be read; unhide it "
                                   "(select the rows or columns around it, right-click > Unhide) or clear it")
                                 .format(place=a1(sheet, coordinate), hidden=hidden))


def _member_name(reader: _Reader, sheet: str, coordinate: str, value: object, table: str) -> str | None:
    if value is None:
        if a1(sheet, coordinate) not in reader.bad:  # not a cell that could not be read: that one is named already
            reader.refuse(a1(sheet, coordinate), _('{value}: expected a name, got an empty cell (the row has figures)').format(value=a1(sheet, coordinate)))
        return None
    return reader.cell(sheet, coordinate, value, "text", (table, coordinate))


# --- from a document to a model -------------------------------------------------------------------

def load_workbook_spec(path: str | Path):
    """(kind, model) from an input workbook: Amendment or CostDistribution; InputError names the cells."""
    from ..core.amendment import Source
    from .outlook_spec import comparison_from_document, forecast_from_document
    from .spec import amendment_from_document, costs_from_document, settlement_from_document

    path = Path(path)
    doc, locator = read_document(path)
    sources = (Source("invoer", path.name, hashlib.sha256(path.read_bytes()).hexdigest()),)
    build = {"begrotingswijziging": amendment_from_document, "kostenverdeling": costs_from_document,
             "meerjarenraming": forecast_from_document, "sleutelvergelijking": comparison_from_document,
             "afrekening": settlement_from_document}[doc["soort"]]
    try:
        return doc["soort"], build(doc, locator, path.parent, sources=sources)
    except InputError as error:
        raise InputError("\n".join(in_cells(line, locator) for line in str(error).splitlines())) from None


def _pattern(message: str) -> re.Pattern:
    """A translated message with {placeholders} as a regular expression with named groups: the loader's lines
    are matched in the language they were written in."""
    parts = re.split(r"\{(\w+)\}", message)
    return re.compile("".join(re.escape(part) if i % 2 == 0 else f"(?P<{part}>.*?)" for i, part in enumerate(parts))
                      + "$")


def in_cells(line: str, locator: Locator) -> str:
    """A few problems the loader places at a section or the whole file, placed at their cells."""
    missing = _pattern("{place}: " + _("field {name} is missing")).match(line)
    if missing and re.fullmatch(r"'\w+'", missing["name"]):
        name = missing["name"].strip("'")
        path = next((p for p in locator if len(p) >= 1 and p[-1] == name
                     and locator.where(p[:-1]) == missing["place"]), None)
        if path is not None:
            what = locator.labels.get(path, name)
            return _("{place}: {what} is empty; fill it in").format(place=locator.where(path), what=what)
        return line
    if line == _("{place}: section [verdeelsleutel] is missing (needed with [bijdrage_gemeente])").format(
            place=locator.file_name) and ("invoer_verdeelsleutel_bestanden",) in locator:  # key sheets left empty
        return _("{place}: no verdeelsleutel, but Bijdrage gemeenten has members; give a key file here or the "
                 "weights below, or empty Bijdrage gemeenten").format(
            place=locator.where(("invoer_verdeelsleutel_bestanden",)))
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
    from .outlook_spec import comparison_from_spec, forecast_from_spec
    from .spec import amendment_from_spec, costs_from_spec, read_spec, settlement_from_spec

    spec = read_spec(path)
    readers = {"begrotingswijziging": amendment_from_spec, "kostenverdeling": costs_from_spec,
               "meerjarenraming": forecast_from_spec, "sleutelvergelijking": comparison_from_spec,
               "afrekening": settlement_from_spec}
    return spec.kind, readers[spec.kind](spec)
