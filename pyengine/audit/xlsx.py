"""Read an untrusted .xlsx into grids for the audit, through the one xlsx reader (inputs/xlsx_reader.py).

The reader gives, in one bounded streaming pass within the safe-zip bounds, every cell's formula and the
value stored with it (a total typed in among formulas is a finding), whether a formula cell carries no
stored value (a file saved by a program that does not calculate: those figures cannot be checked), and
the hidden rows and columns. A password-protected workbook, an old .xls or another non-zip file is refused
by safezip's own words. Here the reader's cells become the audit's (model.Cell) and a sheet with tables
side by side is cut into one grid per block of columns.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from pathlib import Path

from ..core.cells import column_index, column_letter
from ..errors import InputError
from ..i18n import _
from ..i18n import number as number_text
from ..inputs import xlsx_reader
from .model import MARKERS, Cell, Grid, normal, read_dutch_number
from .tables import is_year

MAX_SHEETS = 255


@dataclass(frozen=True)
class SheetGrid(Grid):
    """A sheet's grid, with how many of its formula cells carry no stored value (a file saved by openpyxl
    or another program that does not calculate): those figures cannot be checked."""

    formulas_without_value: int = 0
    # the title of the workbook's first sheet ('Kostenverdeling: invoer') when the workbook carries the defined
    # names of pyengine's input workbooks (INPUT_NAMES); '' otherwise. report.input_workbook judges it.
    input_title: str = ""


# the defined names pyengine's input workbooks carry (inputs/workbook_form.py: invoer_*; the afrekening's inv_afr_*)
INPUT_NAMES = ("invoer_", "inv_afr_")


def check_file(path: Path) -> None:
    """Refuse what is not a workbook by its name, before it is opened."""
    if not path.is_file():
        raise InputError(_("{path}: file not found").format(path=path))
    if path.suffix.lower() == ".toml":  # a spec: what it gives is audited, once generated
        raise InputError(_("{file}: a spec, not a table; audit reads produced tables (an .xlsx workbook or a PDF): "
                           "generate the workbook first (pyengine generate {path} --out uitvoer) and audit the "
                           "workbook it writes in uitvoer").format(file=path.name, path=_quoted(str(path))))
    if path.suffix.lower() not in (".xlsx", ".xlsm"):
        raise InputError((_("{file}: not an .xlsx workbook or PDF (got {suffix}); save it from Excel as .xlsx")
                          if path.suffix else
                          _("{file}: not an .xlsx workbook or PDF (no extension); save it from Excel as .xlsx"))
                         .format(file=path.name, suffix=path.suffix))


def _quoted(path: str) -> str:
    """A path as it is typed in a command: in double quotes when it holds a space."""
    return f'"{path}"' if " " in path else path


def _number(text: str) -> Decimal | None:
    try:
        value = Decimal(text)
    except InvalidOperation:
        return None
    if not value.is_finite():
        return None
    digits = value.as_tuple().digits
    if len(digits) > 15:  # binary noise from a float (0.30000000000000004): keep what Excel shows
        value = Decimal(format(float(value), ".15g"))
    return value


def read_workbook(path: Path, sheet: str | None, max_cells: int) -> tuple[list[Grid], list[str]]:
    """The workbook's visible sheets as grids (or the one named), and notes."""
    check_file(path)
    name = path.name
    notes = []
    # safezip's refusals: a password, an .xls, a zip bomb; and the cell limit while reading (a sheet far past it
    # is counted, not parsed: refused in a second)
    with xlsx_reader.Workbook(path, max_cells=max_cells) as book:
        if book.has_macros:
            notes.append(_("the workbook contains macros; they were not run, only cell values were read"))
        if len(book.sheetnames) > MAX_SHEETS:
            raise InputError(_("{name}: refused: {count} sheets (at most {max_sheets})")
                             .format(name=name, count=number_text(len(book.sheetnames)),
                                     max_sheets=number_text(MAX_SHEETS)))
        if sheet is not None and sheet not in book.sheetnames:
            raise InputError(_("{file}: no sheet '{sheet}' (sheets: {sheets})")
                             .format(file=name, sheet=sheet, sheets=", ".join(book.sheetnames)))
        grids: list[Grid] = []
        total = 0
        for title in book.sheetnames:
            if sheet is not None and title != sheet:
                continue
            if sheet is None and book.sheet_states.get(title) in ("hidden", "veryHidden"):
                notes.append(_("sheet {sheet} is hidden; it was not audited").format(sheet=repr(title)))
                continue
            grid = _grid(book.sheet(title), name, max_cells)
            area = _print_area(book.print_areas.get(title, ""), title)
            if area is not None:
                # a sheet's print area is the table its reader sees: cells outside it (a check column beside the
                # table, notes kept aside) are not printed, no part of it; a sheet without one is read whole
                kept = {rc: cell for rc, cell in grid.cells.items()
                        if any(r0 <= rc[0] <= r1 and c0 <= rc[1] <= c1 for r0, c0, r1, c1 in area)}
                if len(kept) < len(grid.cells):
                    notes.append(_("sheet {sheet}: only its print area {area} was audited; the cells outside it are "
                                   "not printed").format(sheet=repr(title), area=_area_text(book.print_areas[title])))
                    grid = dataclasses.replace(grid, cells=kept)
            total += len(grid.cells)
            if total > max_cells:
                raise InputError(_("{file}: refused: the workbook has more than {limit} cells")
                                 .format(file=name, limit=number_text(max_cells)))
            grids.extend(_column_blocks(_signed_by_columns(grid)))
        title = _input_title(book)
    if title:
        grids = [dataclasses.replace(g, input_title=title) for g in grids]
    return grids, notes


# one area of a print area: A1:H22, whole columns A:H, whole rows 1:22 (each side may carry its '$')
_AREA = re.compile(r"\$?([A-Za-z]{1,3})?\$?(\d{1,7})?:\$?([A-Za-z]{1,3})?\$?(\d{1,7})?")


def _print_area(text: str, sheet: str) -> list[tuple[int, int, int, int]] | None:
    """The areas (first row, first column, last row, last column) of a sheet's print area as its defined name gives
    it ("'OV 2025'!$A$1:$H$22", several areas apart by commas, whole columns 'A:H' or rows '1:22'), or None where it
    has none or names anything else (another sheet, #REF!): the sheet is then read whole."""
    if not text:
        return None
    areas = []
    for part in text.split(","):
        where, _sep, ref = part.strip().rpartition("!")
        if where.strip("'").replace("''", "'") != sheet:
            return None
        match = _AREA.fullmatch(ref.strip())
        if match is None and re.fullmatch(r"\$?[A-Za-z]{1,3}\$?\d{1,7}", ref.strip()):
            match = _AREA.fullmatch(f"{ref.strip()}:{ref.strip()}")
        if match is None:
            return None
        c0, r0, c1, r1 = match.groups()
        if (c0 is None) != (c1 is None) or (r0 is None) != (r1 is None) or (c0 is None and r0 is None):
            return None
        cols = (column_index(c0.upper()), column_index(c1.upper())) if c0 is not None else (1, 16384)
        rows = (int(r0), int(r1)) if r0 is not None else (1, 1048576)
        areas.append((min(rows), min(cols), max(rows), max(cols)))
    return areas or None


def _area_text(text: str) -> str:
    """A print area as its note names it: each of its areas, without the sheet's name and the '$' signs ("'S'!$A$1:$B$9,
    'S'!$D$1:$E$9" is 'A1:B9, D1:E9'; the last area alone told the reader a part of what was audited)."""
    return ", ".join(part.strip().rpartition("!")[2].replace("$", "") for part in text.split(","))


def _input_title(book: xlsx_reader.Workbook) -> str:
    """The first text of the first visible sheet (its title line), when the workbook carries the defined names
    of an input workbook (INPUT_NAMES); '' otherwise. Read even when --sheet names another sheet."""
    if not any(name.lower().startswith(INPUT_NAMES) for name in book.defined_names):
        return ""
    first = next((t for t in book.sheetnames if book.is_worksheet(t)
                  and book.sheet_states.get(t) not in ("hidden", "veryHidden")), None)
    if first is None:
        return ""
    texts = [(rc, read.value) for rc, read in book.sheet(first).cells.items()
             if isinstance(read.value, str) and read.value.strip()]
    return min(texts)[1].strip() if texts else ""


def _grid(sheet: xlsx_reader.Sheet, name: str, max_cells: int) -> SheetGrid:
    cells: dict[tuple[int, int], Cell] = {}
    uncalculated = 0
    for (row, col), read in sheet.cells.items():
        if read.formula is not None and not read.stored:
            uncalculated += 1
        cell = _cell(read, f"{column_letter(col)}{row}")
        if cell is not None:
            cells[(row, col)] = cell
            if len(cells) > max_cells:
                raise InputError(_("{file}: refused: more than {limit} cells (sheet '{sheet}')")
                                 .format(file=name, limit=number_text(max_cells), sheet=sheet.name))
    return SheetGrid(sheet.name, cells, hidden_rows=frozenset(sheet.hidden_rows),
                     hidden_cols=frozenset(sheet.hidden_cols),
                     formulas_without_value=uncalculated, merged=frozenset(sheet.merged))


# a sign printed in a cell of its own: '+', or a minus (hyphen, en dash, minus sign)
_SIGNS = {"+": 1, "-": -1, "\u2013": -1, "\u2212": -1}


def _signed_by_columns(grid: SheetGrid) -> SheetGrid:
    """A sheet whose figures are printed unsigned, each figure column with a narrow column of signs of its own left
    of it ('+' | 874.000 | '-' | 12.000 for each year): the figures as signed, the sign cells taken out (a column
    of nothing but signs is no column of the table; its title, merged over the sign and the figure, stays). Only
    when at least two figure columns each have their sign column so: one column of '+' and '-' beside the labels
    (the EMU-saldo's '+/-') gives each line's sign for every year, read from the label (`model.label_sign`)."""
    columns: dict[int, dict[int, Cell]] = {}
    for (r, c), cell in grid.cells.items():
        columns.setdefault(c, {})[r] = cell
    by_col = {c: [r for r, cell in column.items() if cell.number is None and cell.text.strip() in _SIGNS]
              for c, column in columns.items()}
    pairs = []
    for c, rows in by_col.items():
        beside = columns.get(c + 1, {})
        # every figure beside a sign is unsigned, and every line with a figure in the next column has its sign there or
        # none (a nil): no figure of its own (a '-' typed for nothing in a column of figures)
        if len(rows) < 2 or any(r not in beside or beside[r].number is None or beside[r].number < 0 for r in rows):
            continue
        if any(cell.number is not None and beside.get(r) is not None and beside[r].number is not None
               for r, cell in columns[c].items()):
            continue
        pairs.append(c)
    # (each sign column opens its pair: right of the labels or of the figure of another pair, never right of a figure
    # column of its own, '874.000 | +' a trend beside each year, which says nothing of the next year's figure)
    while True:
        kept = [c for c in pairs if c - 1 in {p + 1 for p in pairs} or
                not any(r in columns.get(c - 1, {}) and columns[c - 1][r].number is not None for r in by_col[c])]
        if kept == pairs:
            break
        pairs = kept
    # (a '+' among them: columns of '-' alone are as likely nils typed as text)
    if not any(columns[c][r].text.strip() == "+" for c in pairs for r in by_col[c]):
        return grid
    if len(pairs) < 2:
        return grid
    cells = dict(grid.cells)
    merged = set(grid.merged)
    for c in pairs:
        for r in by_col[c]:
            sign = _SIGNS[cells.pop((r, c)).text.strip()]
            figure = cells[(r, c + 1)]
            if sign < 0 and figure.number:
                cells[(r, c + 1)] = dataclasses.replace(figure, text="-" + figure.text, number=-figure.number)
        # (a title merged over the sign and its figure, '2026' over both, heads the figure's column: it stands there)
        for r0, c0, r1, c1 in grid.merged:
            if c0 == c and c1 > c and (r0, c) in cells and (r0, c + 1) not in cells:
                cells[(r0, c + 1)] = cells.pop((r0, c))
                merged.discard((r0, c0, r1, c1))
                merged.add((r0, c + 1, r1, c1))
    return dataclasses.replace(grid, cells=cells, merged=frozenset(merged))


def _column_blocks(grid: SheetGrid) -> list[SheetGrid]:
    """A sheet with tables side by side (lasten in A:C, baten in E:G) as one grid per block of columns,
    so that each table is audited on its own. A block starts at a label column (texts, or a run of years)
    that follows a label and figures on the same rows, past an empty column, and is followed by figures;
    cells keep their references, so findings still name E7."""
    rows: dict[int, list[tuple[int, Cell]]] = {}
    for (r, c), cell in grid.cells.items():
        rows.setdefault(r, []).append((c, cell))
    candidates: dict[int, list[tuple[int, Decimal | None, int]]] = {}   # column -> (row, year, figure before)
    for r, row in rows.items():
        row.sort(key=lambda item: item[0])
        numbers = [cell.number for _col, cell in row]
        if all(is_year(n) for n in numbers if n is not None):
            continue  # a header of years
        for k in range(2, len(row) - 1):
            (before, previous), (c, cell) = row[k - 1], row[k]
            year = cell.number if is_year(cell.number) else None
            text = cell.number is None and len(re.findall(r"[^\W\d_]", cell.text)) >= 2 and \
                normal(cell.text) not in MARKERS
            figures_before = sum(1 for n in numbers[:k] if n is not None)
            labelled = numbers[0] is None or (is_year(numbers[0]) and figures_before >= 2)
            if (text or year is not None) and previous.number is not None and c - before >= 2 and labelled and \
                    figures_before and any(n is not None for n in numbers[k + 1:]):
                candidates.setdefault(c, []).append((r, year, before))
    used: dict[int, set[int]] = {}
    for r, c in grid.cells:
        used.setdefault(c, set()).add(r)
    splits = []
    for c, found in sorted(candidates.items()):
        texts = sum(1 for _row, year, _before in found if year is None)
        years = [year for _row, year, _before in sorted(found) if year is not None]
        consecutive = len(years) >= 2 and all(b == a + 1 for a, b in zip(years, years[1:]))
        if len({r for r, _year, _before in found}) < 2 or not (texts >= 2 or (texts >= 1 and consecutive)):
            continue
        # an empty column between the blocks, on every row the right-hand block fills
        right_rows = {r for r, row in rows.items() if row[-1][0] >= c}
        if any(not (used.get(g, set()) & right_rows) for g in range(max(b for _row, _year, b in found) + 1, c)):
            splits.append(c)
    if not splits:
        return [grid]
    parts: list[dict[tuple[int, int], Cell]] = [{} for _split in range(len(splits) + 1)]
    for rc, cell in grid.cells.items():
        parts[bisect.bisect(splits, rc[1])][rc] = cell
    return [SheetGrid(grid.name, cells, hidden_rows=grid.hidden_rows, hidden_cols=grid.hidden_cols,
                      formulas_without_value=grid.formulas_without_value if i == 0 else 0, merged=grid.merged)
            for i, cells in enumerate(parts) if cells]


# a number format's quoted texts, escaped characters ('\\,'), padding and fill ('_)', '*-'), and [brackets]
# (a colour, a condition, a locale '[$-413]'): none of them scales a figure
_FORMAT_LITERAL = re.compile(r'"[^"]*"?|\\.|_.|\*.|\[[^\]]*\]?')


def shown_figure(value: Decimal, code: str) -> Decimal | None:
    """The figure a number format shows of ``value`` when the format scales it (commas after its last digit
    placeholder: '#,##0,' shows 1.234.567 as 1.235, in thousands; '#,##0,,' as 1, in millions), rounded half away
    from zero to the decimals the format shows, as Excel and LibreOffice show it; None when the format does not
    scale (a comma between digits, '#,##0', only groups them; a quoted '","' is a text). The section that shows a
    negative figure (after the first ';') scales it by its own commas."""
    sections = _FORMAT_LITERAL.sub(" ", code).split(";")  # (a literal becomes a space: a comma after it scales nothing)
    section = sections[1] if value < 0 and len(sections) > 1 and sections[1].strip() else sections[0]
    if "%" in section or re.search(r"[eE][+-]", section):
        return None
    placeholders = [m.start() for m in re.finditer(r"[0#?]", section)]
    if not placeholders:
        return None
    last = placeholders[-1]
    commas = len(section[last + 1:]) - len(section[last + 1:].lstrip(","))
    if not commas:
        return None
    point = section.find(".")
    decimals = sum(1 for p in placeholders if p > point) if 0 <= point < last else 0
    return value.scaleb(-3 * commas).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP) + 0


def _cell(read: xlsx_reader.Cell, ref: str) -> Cell | None:
    """The audit's cell of one the reader read: a figure (stored digits, exact), a text (a Dutch figure typed
    as text is a figure too, marked as text), a boolean or an error value as text; None for an empty cell."""
    formula = read.formula is not None
    if read.error is not None:
        return Cell(read.error, ref=ref, formula=formula)
    if isinstance(read.value, bool):
        return Cell("TRUE" if read.value else "FALSE", ref=ref, formula=formula)
    if isinstance(read.value, dt.datetime):
        # a date is no figure: a column's title ('1-1-2025' typed in Excel becomes a date) or a line's date, as the
        # Dutch write it; summed as its serial number it made a header row a line of figures
        shown = f"{read.value.day}-{read.value.month}-{read.value.year}"
        if (read.value.hour, read.value.minute) != (0, 0):
            shown += f" {read.value.hour:02d}:{read.value.minute:02d}"
        return Cell(shown, ref=ref, formula=formula)
    if read.text is not None:  # a number: its digits as stored
        number = _number(read.text)
        shown = None if number is None or xlsx_reader.is_date_format(read.number_format) else \
            shown_figure(number, read.number_format)
        if shown is not None:  # euros shown in thousands by the format ('#,##0,'): the figure as shown
            return Cell(str(shown), shown, ref, formula)
        # (a figure formatted as percent, 0,125 shown as 12,5%, carries its '%' as a printed one does)
        return Cell(read.text, ref=ref, formula=formula) if number is None else \
            Cell(read.text, number, ref, formula, unit="%" if read.is_percent else "")
    if not isinstance(read.value, str) or not read.value.strip():
        return None
    parsed = read_dutch_number(read.value)
    if parsed is None:
        return Cell(read.value, ref=ref, formula=formula)
    return Cell(read.value, parsed[0], ref, formula, as_text=not formula, unit=parsed[1])
