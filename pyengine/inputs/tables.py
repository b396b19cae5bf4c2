"""The one table reader for keys, rates and groups: CSV (either delimiter), xlsx and CBS StatLine exports.

``read_table(path, header_words)`` returns a :class:`Table`: the header, the data rows with their row
numbers as a spreadsheet program shows them (the first line of the file is row 1, blank lines count),
the number convention of the file (see :mod:`pyengine.inputs.numbers`) and how to name a cell.

- CSV: UTF-8 (with or without BOM) or Windows-1252 (what Dutch Excel writes for "CSV (gescheiden door
  lijstscheidingsteken)"); delimiter ``;`` (Dutch convention for numbers) or ``,`` (dot decimals).
  Parsed by the ``csv`` module. The header is the first line naming one of ``header_words`` (else the
  first line with a delimiter); lines above it are titles (CBS StatLine exports), lines after the
  data without a delimiter are footers (``Bron: CBS``). A row with more filled fields than the header
  is an error naming the row (an unquoted decimal comma in a comma CSV: ``Alphen,4,7``).
- xlsx: inputs/xlsx_reader.py, the first (or named) sheet; title rows and blank rows above the header are
  skipped. An error cell (``#DIV/0!``) or a formula without a stored value is refused by cell.
- Limits: files above ``MAX_BYTES`` and tables above ``MAX_ROWS`` rows are refused before parsing.
"""

from __future__ import annotations

import csv
import errno
import io
import re
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from ..errors import InputError
from ..i18n import _
from ..i18n import number as number_text

MAX_BYTES = 20_000_000  # a CBS export of every municipality and many periods is a few MB
MAX_ROWS = 100_000
MAX_FIELD = 1_000  # characters in one CSV field: a name or a number, never more
# a footer line starts like this ('Bron:' with its colon: Bronckhorst is a municipality)
FOOTER = re.compile(r"^(bron|source|gegevens|toelichting)\s*:|^(©|\(c\)|centraal bureau voor de statistiek)", re.I)


@dataclass
class Row:
    number: int  # as a spreadsheet shows it
    values: dict[str, object]
    columns: dict[str, str] = field(default_factory=dict)  # header -> column letter (xlsx)
    formulas: dict[str, str] = field(default_factory=dict)  # header -> the formula of a computed cell (xlsx)


@dataclass
class Table:
    file: str  # the file's name, as messages show it
    header: list[str]
    rows: list[Row]
    convention: str  # "nl", "dot" or "cell"
    sheet: str | None = None
    header_row: int = 1

    def where(self, row: Row, column: str) -> str:
        """The place of one value: 'x.csv, row 5, column 'inwoners'' or 'x.xlsx, sheet 'Blad1', cell B5'."""
        if self.sheet is not None:
            return _("{file}, sheet '{sheet}', cell {cell}").format(
                file=self.file, sheet=self.sheet, cell=f"{_letter(self.header.index(column))}{row.number}")
        return _("{file}, row {row}, column '{column}'").format(file=self.file, row=row.number, column=column)

    def row_place(self, row: Row) -> str:
        if self.sheet is not None:
            return _("{file}, sheet '{sheet}', row {row}").format(file=self.file, sheet=self.sheet, row=row.number)
        return _("{file}, row {row}").format(file=self.file, row=row.number)

    def column(self, *names: str) -> str | None:
        """The header among ``names`` (case-insensitive, in the order given), or None."""
        lowered = {h.strip().lower(): h for h in self.header if h}
        return next((lowered[n] for n in names if n in lowered), None)


def check_file(path: Path, what: str) -> Path:
    """A readable regular file, or an InputError saying what it is instead."""
    label = path.name or str(path)
    try:
        info = path.stat()
    except OSError as error:
        if error.errno == getattr(errno, "ELOOP", "no such errno"):
            raise InputError(_('{label}: {what} is a symbolic link that points to itself (a link loop)').format(label=label, what=what)) from None
        if path.is_symlink():
            raise InputError(_('{label}: {what} is a symbolic link to a file that does not exist').format(label=label, what=what)) from None
        if error.errno == errno.EACCES:
            raise InputError(_('{label}: {what} cannot be read (permission denied)').format(label=label, what=what)) from None
        raise InputError(_('{label}: {what} not found').format(label=label, what=what)) from None
    if path.is_dir():
        raise InputError(_('{label}: {what} is a folder, not a file').format(label=label, what=what))
    if not path.is_file():
        raise InputError(_('{label}: {what} is not a regular file').format(label=label, what=what))
    if info.st_size > MAX_BYTES:
        raise InputError(_('{label}: {what} is {st_size} bytes; at most {max_bytes} are read').format(label=label, what=what, st_size=number_text(info.st_size), max_bytes=number_text(MAX_BYTES)))
    return path


def read_table(path: str | Path, header_words: tuple[str, ...] = (), *, sheet: str | None = None,
               what: str = "file") -> Table:
    """Read a CSV or xlsx table; ``header_words`` (lower case) identify the header row."""
    path = check_file(Path(path), what)
    suffix = path.suffix.lower()
    if suffix in (".csv", ".txt"):
        if sheet is not None:
            raise InputError(_('{file}: a CSV file has no sheets (blad = {sheet} applies to .xlsx)').format(file=path.name, sheet=repr(sheet)))
        return _read_csv(path, header_words)
    if suffix in (".xlsx", ".xlsm"):
        return _read_xlsx(path, header_words, sheet)
    if suffix in (".xls", ".ods", ".numbers"):
        raise InputError(_('{file}: {suffix} files are not read; save it as .xlsx or .csv').format(file=path.name, suffix=suffix))
    raise InputError(_('{file}: a table must be a .csv or .xlsx file').format(file=path.name))


# --- CSV ----------------------------------------------------------------------------------------

def _decode(path: Path) -> str:
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise InputError(_('{file}: cannot be read ({reason})').format(file=path.name, reason=error.strerror)) from None
    if b"\x00" in raw:  # anywhere: a NUL after the first 4 KB would otherwise be dropped silently
        raise InputError(_("{file}: not a text file (UTF-16 or binary: byte {position} is a NUL); save it as CSV "
                           "(UTF-8 or Windows)").format(file=path.name, position=number_text(raw.index(0) + 1)))
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("cp1252")  # Dutch Excel's default CSV encoding
    except UnicodeDecodeError as error:
        raise InputError(_('{file}: neither UTF-8 nor Windows-1252 text (byte {value}); save it as CSV UTF-8').format(file=path.name, value=error.start + 1)) from None


def _records(text: str, delimiter: str, name: str) -> list[list[str]]:
    try:  # lines are at most 20,000 characters (checked before), well within csv's own field limit
        records = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True))
    except csv.Error as error:
        if "end of data" in str(error):
            raise InputError(_('{name}: a quote (") is opened but never closed').format(name=name)) from None
        raise InputError(_('{name}: not a readable CSV file ({error})').format(name=name, error=error)) from None
    return records


def _read_csv(path: Path, header_words: tuple[str, ...]) -> Table:
    text = _decode(path)
    lines = text.splitlines()
    if len(lines) > MAX_ROWS + 50:
        raise InputError(_('{file}: {count} lines; at most {max_rows} rows are read').format(file=path.name, count=number_text(len(lines)), max_rows=number_text(MAX_ROWS)))
    if not text.strip():
        raise InputError(_('{file}: the file is empty').format(file=path.name))
    if any(len(line) > MAX_FIELD * 20 for line in lines):
        number = next(i for i, line in enumerate(lines, start=1) if len(line) > MAX_FIELD * 20)
        raise InputError(_('{file}, row {number}: a line of more than {value} characters; not a table of names and numbers').format(file=path.name, number=number, value=number_text(MAX_FIELD * 20)))
    delimiter = _delimiter(lines, header_words, path.name)
    records = _records(text, delimiter, path.name)
    words = set(header_words)

    def cells(record: list[str]) -> list[str]:
        return [c.strip() for c in record]

    start = next((i for i, r in enumerate(records) if words & {c.lower() for c in cells(r)}), None)
    if start is None:
        start = next((i for i, r in enumerate(records) if len([c for c in r if c.strip()]) >= 2), None)
    if start is None:
        raise InputError(_("{file}: no header row with at least two columns (is the delimiter ';' or ','? found none that splits the lines)").format(file=path.name))
    header = cells(records[start])
    _check_header(header, path.name, _("row {row}").format(row=start + 1))
    rows = []
    width = len(header)
    footer = None  # the row of a 'Bron: CBS' line: from there on, notes
    for index in range(start + 1, len(records)):
        record = cells(records[index])
        number = index + 1
        filled = [c for c in record if c]
        if not filled:
            continue
        if footer is None and len(filled) == 1 and FOOTER.match(filled[0]):
            footer = number
        if footer is not None:
            if len(filled) > 1:
                raise InputError(_('{file}, row {number}: a table row after the footer line (row {footer}: {value})').format(file=path.name, number=number, footer=footer, value=repr(records[footer - 1][0].strip())))
            continue
        if any(len(c) > MAX_FIELD for c in record):
            raise InputError(_('{file}, row {number}: a field of more than {max_field} characters').format(file=path.name, number=number, max_field=MAX_FIELD))
        extra = [c for c in record[width:] if c]
        if extra:
            hint = (_(" (a decimal comma in a comma CSV? write 4.7, quote \"4,7\" or use semicolons)")
                    if delimiter == "," else "")
            raise InputError(_('{file}, row {number}: {count} fields, but the header (row {value}) has {width}{hint}').format(file=path.name, number=number, count=len(record), value=start + 1, width=width, hint=hint))
        rows.append(Row(number, {h: (record[i] if i < len(record) else "") for i, h in enumerate(header) if h}))
    _refuse_ambiguous_groups(path.name, header, rows, "nl" if delimiter == ";" else "dot")
    return Table(path.name, header, rows, "nl" if delimiter == ";" else "dot", header_row=start + 1)


def _refuse_ambiguous_groups(file: str, header: list[str], rows: list[Row], convention: str) -> None:
    from .numbers import ambiguous_grouping

    for title in header:
        if not title:
            continue
        found = ambiguous_grouping([row.values.get(title) for row in rows], convention)
        if found is None:
            continue
        grouped, plain = rows[found[0]], rows[found[1]]
        value = grouped.values[title]
        if convention == "nl":
            raise InputError(_("{file}, row {row}, column '{column}': '{value}' is ambiguous beside whole numbers "
                               "such as '{plain}' (row {plain_row}): in a semicolon CSV the comma is the decimal "
                               "sign, so it reads as {value}, but it looks like an English thousands separator "
                               "({whole}); write {whole} (or {dutch} if decimals are meant)")
                             .format(file=file, row=grouped.number, column=title, value=value.strip(),
                                     plain=plain.values[title].strip(), plain_row=plain.number,
                                     whole=value.strip().replace(",", ""), dutch=_dutch_short(value)))
        raise InputError(_("{file}, row {row}, column '{column}': '{value}' is ambiguous beside whole numbers "
                           "such as '{plain}' (row {plain_row}): in a comma CSV the dot is the decimal sign, "
                           "so it reads as {value}, but it looks like a Dutch thousands group ({whole}); write "
                           "{whole} (or {value}0 if decimals are meant), or save the file with semicolons")
                         .format(file=file, row=grouped.number, column=title, value=value,
                                 plain=plain.values[title], plain_row=plain.number,
                                 whole=value.replace(".", "")))


def _dutch_short(value: str) -> str:
    """'51,950' -> '51,95', '10,000' -> '10': the decimals written without the trailing zeros."""
    whole, _comma, fraction = value.strip().partition(",")
    fraction = fraction.rstrip("0")
    return f"{whole},{fraction}" if fraction else whole


def _delimiter(lines: list[str], header_words: tuple[str, ...], name: str) -> str:
    """';' or ','; decided on the header line (the first naming a header word), else by counting."""
    for line in lines[:50]:
        for delimiter in (";", ","):
            fields = {f.strip().strip('"').strip().lower() for f in line.split(delimiter)}
            if len(fields) > 1 and fields & set(header_words):
                return delimiter
    sample = lines[:50]
    semicolons = sum(line.count(";") for line in sample)
    commas = sum(line.count(",") for line in sample)
    if semicolons == commas == 0:
        raise InputError(_("{name}: no ';' or ',' separates the columns").format(name=name))
    return ";" if semicolons >= commas else ","


def _check_header(header: list[str], name: str, where: str) -> None:
    seen: dict[str, int] = {}
    for index, title in enumerate(header):
        if not title:
            continue
        key = title.lower()
        if key in seen:
            raise InputError(_("{name}, {place}: column '{title}' appears twice (columns {value} and {value2})").format(name=name, place=where, title=title, value=seen[key] + 1, value2=index + 1))
        seen[key] = index


# --- xlsx -----------------------------------------------------------------------------------------

def _letter(index: int) -> str:
    from ..core.cells import column_letter

    return column_letter(index + 1)


def _read_xlsx(path: Path, header_words: tuple[str, ...], sheet: str | None) -> Table:
    from .xlsx_reader import Workbook

    with Workbook(path) as book:
        if sheet is not None and sheet not in book.sheetnames:
            raise InputError(_("{file}: no sheet '{sheet}' (sheets: {names})").format(file=path.name, sheet=sheet, names=', '.join(book.sheetnames)))
        if not book.sheetnames:
            raise InputError(_('{file}: the workbook has no sheets').format(file=path.name))
        name = sheet or book.sheetnames[0]
        grid = book.sheet(name)
    if grid.max_row > MAX_ROWS:
        raise InputError(_("{file}, sheet '{name}': more than {max_rows} rows").format(file=path.name, name=name, max_rows=number_text(MAX_ROWS)))
    rows: list[tuple[int, list[object]]] = []
    formulas: dict[int, list[str | None]] = {}
    for number, cells in enumerate(grid.rows(), start=1):
        values: list[object] = []
        formulas[number] = [cell.formula if cell is not None else None for cell in cells]
        for cell in cells:
            if cell is None:
                values.append(None)
            elif cell.error is not None:
                values.append(_Refused(_("an error value ({value})").format(value=cell.error)))
            elif cell.value is None and cell.formula is not None:
                values.append(_Refused(_("a formula without a stored value (open and save the file in Excel first)")))
            else:
                values.append(cell.value)
        rows.append((number, values))
    words = set(header_words)

    def texts(values: list[object]) -> list[str]:
        return [str(v).strip() if v is not None and not isinstance(v, _Refused) else "" for v in values]

    start = next((i for i, (_row, v) in enumerate(rows) if words & {t.lower() for t in texts(v)}), None)
    if start is None:
        start = next((i for i, (_row, v) in enumerate(rows) if len([t for t in texts(v) if t]) >= 2), None)
    if start is None:
        raise InputError(_("{file}, sheet '{name}': no header row with at least two columns").format(file=path.name, name=name))
    header_number, header_values = rows[start]
    for index, value in enumerate(header_values):
        if isinstance(value, _Refused):
            raise InputError(_("{file}, sheet '{name}', cell {value}{header_number}: {value2}").format(file=path.name, name=name, value=_letter(index), header_number=header_number, value2=value))
    header = texts(header_values)
    _check_header(header, path.name, _("sheet '{sheet}', row {row}").format(sheet=name, row=header_number))
    data = []
    for number, values in rows[start + 1:]:
        if all(v is None or (isinstance(v, str) and not v.strip()) for v in values):
            continue
        for index, value in enumerate(values):
            if index >= len(header) or not header[index]:
                if value is not None and not isinstance(value, _Refused) and str(value).strip():
                    raise InputError(_("{file}, sheet '{name}', cell {value}{number}: a value in a column without a header ({value2})").format(file=path.name, name=name, value=_letter(index), number=number, value2=repr(value)))
                continue
        computed = {h: formulas[number][i] for i, h in enumerate(header)
                    if h and i < len(formulas[number]) and formulas[number][i]}
        data.append(Row(number, {h: (values[i] if i < len(values) else None) for i, h in enumerate(header) if h},
                        formulas=computed))
    _refuse_hidden_figures(grid, header, header_number, path.name)
    _refuse_mixed_percentages(grid, header, header_number, path.name)
    return Table(path.name, header, data, "cell", sheet=name, header_row=header_number)


def _filled(cell) -> bool:
    return cell is not None and (cell.formula is not None or (cell.value is not None and str(cell.value).strip() != ""))


def _refuse_hidden_figures(grid, header: list[str], header_row: int, file: str) -> None:
    """A hidden row or column below the header that holds anything would be read without being seen."""
    for row in sorted(grid.hidden_rows):
        if row > header_row and any(_filled(grid.cell(row, c)) for c in range(1, grid.max_col + 1)):
            raise InputError(_("{file}, sheet '{sheet}', row {row}: the row is hidden but holds values; a key is "
                               "read as it is seen: unhide the row (Format > Hide & Unhide) or delete it")
                             .format(file=file, sheet=grid.name, row=row))
    for col in sorted(grid.hidden_cols):
        if any(_filled(grid.cell(r, col)) for r in range(header_row, grid.max_row + 1)):
            raise InputError(_("{file}, sheet '{sheet}', column {column}: the column is hidden but holds values; "
                               "unhide it or delete it").format(file=file, sheet=grid.name, column=_letter(col - 1)))


def _refuse_mixed_percentages(grid, header: list[str], header_row: int, file: str) -> None:
    """Excel holds 4,7% as 0.047: beside plain 5.3 and 0.8 in one column, the two cannot both be right."""
    for index, title in enumerate(header):
        if not title:
            continue
        percent = plain = None
        for row in range(header_row + 1, grid.max_row + 1):
            cell = grid.cell(row, index + 1)
            if cell is None or isinstance(cell.value, (bool, str)) or not isinstance(cell.value, (int, float)):
                continue
            if cell.is_percent:
                percent = percent or row
            else:
                plain = plain or row
        if percent and plain:
            letter = _letter(index)
            raise InputError(_("{file}, sheet '{sheet}', column '{column}': cell {letter}{percent} is formatted as "
                               "a percentage (Excel holds {shown} as {held}) and cell {letter}{plain} is not; format "
                               "the whole column one way").format(file=file, sheet=grid.name, column=title,
                                                                  letter=letter, percent=percent, plain=plain,
                                                                  shown=number_text("4.7") + "%",
                                                                  held=number_text("0.047")))


class _Refused:
    """A cell whose value may not be used (error value, formula without a stored value)."""

    def __init__(self, reason: str) -> None:
        self.reason = reason

    def __str__(self) -> str:
        return self.reason

    def __repr__(self) -> str:
        return self.reason


def cell_value(table: Table, row: Row, column: str) -> object:
    """The raw value of one cell; an error cell or a formula without a value is refused by place."""
    value = row.values.get(column)
    if isinstance(value, _Refused):
        raise InputError(f"{table.where(row, column)}: {value.reason}")
    return value


def number_at(table: Table, row: Row, column: str, what: str = "value") -> Decimal:
    """The number in one cell by the table's convention, or an InputError naming the cell and the value."""
    from .numbers import NumberError, parse_number

    value = cell_value(table, row, column)
    if value is None or (isinstance(value, str) and not value.strip()):
        raise InputError(_('{place}: the {what} is empty').format(place=table.where(row, column), what=what))
    try:
        return parse_number(value, table.convention)
    except NumberError as error:
        formula = row.formulas.get(column)
        if formula is not None:  # a share computed as =B2/SUM(B$2:B$4) holds 17 binary digits
            raise InputError(_("{place}: {problem}; the cell computes {formula}: give the key the figures the shares "
                               "are computed from (kolom = that column), or paste the shares as values rounded to "
                               "at most 9 decimals (=ROUND(...; 9))").format(place=table.where(row, column),
                                                                            problem=error, formula=formula)) from None
        raise InputError(f"{table.where(row, column)}: {error}") from None


def text_at(table: Table, row: Row, column: str) -> str:
    value = cell_value(table, row, column)
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()

