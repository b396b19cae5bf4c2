"""Read an untrusted .xlsx into grids for the audit: bounded, streaming, values and formulas in one pass.

openpyxl gives either the formulas or the cached values of a workbook, not both, and in read-only mode
it trusts the sheet's declared dimension (a 1.6 KB file declaring A1:XFD1048576 makes it walk 17 billion
empty cells). The audit needs both (a total typed in among formulas is a finding) and must stay bounded,
so it streams the sheet XML with ElementTree.iterparse and stops at the limits.
"""

from __future__ import annotations

import bisect
import re
import zipfile
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from xml.etree import ElementTree

from ..errors import InputError
from ..i18n import _
from ..i18n import number as number_text
from ..render.package import MAIN, R_ID, relationships
from ..inputs.safezip import check_archive
from .model import MARKERS, Cell, Grid, normal, read_dutch_number
from .tables import is_year

MAX_SHEETS = 255
MAX_DECLARED_CELLS = 20_000_000
MAX_STRINGS = 2_000_000


@dataclass
class SheetGrid(Grid):
    """A sheet's grid, with how many of its formula cells carry no stored value (a file saved by openpyxl
    or another program that does not calculate): those figures cannot be checked."""

    formulas_without_value: int = 0


def check_package(path: Path) -> list[str]:
    """Refuse what is not safe to open; return notes (e.g. 'macro-enabled') for what is."""
    if not path.is_file():
        raise InputError(_("{path}: file not found").format(path=path))
    if path.suffix.lower() not in (".xlsx", ".xlsm"):
        raise InputError((_("{file}: not an .xlsx workbook or PDF (got {suffix}); save it from Excel as .xlsx")
                          if path.suffix else
                          _("{file}: not an .xlsx workbook or PDF (no extension); save it from Excel as .xlsx"))
                         .format(file=path.name, suffix=path.suffix))
    if not zipfile.is_zipfile(path):
        raise InputError(_("{file}: not an .xlsx workbook (the file is not a zip package)").format(file=path.name))
    notes = []
    with zipfile.ZipFile(path) as archive:
        check_archive(archive, path.name)
        entries = archive.infolist()
        names = {e.filename.lower() for e in entries}
        if "xl/workbook.xml" not in names:
            raise InputError(_("{file}: not an .xlsx workbook (no xl/workbook.xml)").format(file=path.name))
        if any(name.endswith("vbaproject.bin") for name in names):
            notes.append(_("the workbook contains macros; they were not run, only cell values were read"))
    return notes


def _split_ref(ref: str) -> tuple[int, int]:
    match = re.fullmatch(r"\$?([A-Z]{1,3})\$?(\d{1,7})", ref or "")
    if not match:
        raise ValueError(ref)
    col = 0
    for ch in match.group(1):
        col = col * 26 + ord(ch) - 64
    return int(match.group(2)), col


def _declared_cells(ref: str) -> int:
    try:
        corners = [_split_ref(part) for part in ref.split(":")]
    except ValueError:
        return 0
    if len(corners) == 1:
        return 1
    (r1, c1), (r2, c2) = corners
    return (abs(r2 - r1) + 1) * (abs(c2 - c1) + 1)


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


def _shared_strings(archive: zipfile.ZipFile, name: str) -> list[str]:
    part = next((n for n in archive.namelist() if n.lower() == "xl/sharedstrings.xml"), None)
    if part is None:
        return []
    strings: list[str] = []
    for _event, element in ElementTree.iterparse(archive.open(part)):
        if element.tag == f"{MAIN}si":
            strings.append("".join(t.text or "" for t in element.iter(f"{MAIN}t")))
            element.clear()
            if len(strings) > MAX_STRINGS:
                raise InputError(_("{file}: refused: more than {limit} shared strings")
                                 .format(file=name, limit=number_text(MAX_STRINGS)))
    return strings


def read_workbook(path: Path, sheet: str | None, max_cells: int) -> tuple[list[Grid], list[str]]:
    """The workbook's visible sheets as grids (or the one named), and notes."""
    notes = check_package(path)
    name = path.name
    try:
        with zipfile.ZipFile(path) as archive:
            workbook = ElementTree.fromstring(archive.read(next(n for n in archive.namelist()
                                                                 if n.lower() == "xl/workbook.xml")))
            declared = list(workbook.iter(f"{MAIN}sheet"))
            if len(declared) > MAX_SHEETS:
                raise InputError(_("{name}: refused: {count} sheets (at most {max_sheets})")
                                 .format(name=name, count=number_text(len(declared)), max_sheets=number_text(MAX_SHEETS)))
            targets = {rid: target for rid, _type, target in relationships(archive, "xl/workbook.xml")}
            names = [s.get("name") for s in declared]
            if sheet is not None and sheet not in names:
                raise InputError(_("{file}: no sheet '{sheet}' (sheets: {sheets})")
                                 .format(file=name, sheet=sheet, sheets=", ".join(names)))
            strings = _shared_strings(archive, name)
            grids = []
            total = 0
            for element in declared:
                title = element.get("name")
                if sheet is not None and title != sheet:
                    continue
                if sheet is None and element.get("state") in ("hidden", "veryHidden"):
                    notes.append(_("sheet {sheet} is hidden; it was not audited").format(sheet=repr(title)))
                    continue
                part = targets.get(element.get(R_ID))
                if part is None or part not in archive.namelist():
                    continue
                grid = _read_sheet(archive, part, title, strings, name, max_cells)
                total += len(grid.cells)
                if total > max_cells:
                    raise InputError(_("{file}: refused: the workbook has more than {limit} cells")
                                     .format(file=name, limit=number_text(max_cells)))
                grids.extend(_column_blocks(grid))
    except InputError:
        raise
    except (zipfile.BadZipFile, ElementTree.ParseError, KeyError, StopIteration, OSError, ValueError) as error:
        raise InputError(_("{file}: not a readable .xlsx workbook ({reason})")
                         .format(file=name, reason=type(error).__name__)) from None
    return grids, notes


def _read_sheet(archive: zipfile.ZipFile, part: str, title: str, strings: list[str], name: str,
                max_cells: int) -> Grid:
    cells: dict[tuple[int, int], Cell] = {}
    uncalculated = 0
    hidden_rows: set[int] = set()
    hidden_cols: set[int] = set()
    for _event, element in ElementTree.iterparse(archive.open(part)):
        tag = element.tag
        if tag == f"{MAIN}dimension":
            ref = element.get("ref", "")
            if _declared_cells(ref) > MAX_DECLARED_CELLS:
                raise InputError(_("{file}: refused: sheet '{sheet}' declares {ref} ({cells} cells; at most {limit})")
                                 .format(file=name, sheet=title, ref=ref, cells=number_text(_declared_cells(ref)),
                                         limit=number_text(MAX_DECLARED_CELLS)))
        elif tag == f"{MAIN}col":
            if element.get("hidden") in ("1", "true"):
                low, high = int(element.get("min", "0")), int(element.get("max", "0"))
                if high - low > 16384:
                    continue
                hidden_cols.update(range(low, high + 1))
        elif tag == f"{MAIN}row":
            if element.get("hidden") in ("1", "true") and element.get("r", "").isdigit():
                hidden_rows.add(int(element.get("r")))
            element.clear()
        elif tag == f"{MAIN}c":
            uncalculated += _without_value(element)
            cell = _cell(element, strings)
            ref = element.get("r")
            if cell is not None and ref:
                try:
                    cells[_split_ref(ref)] = cell
                except ValueError:
                    raise InputError(_("{file}: sheet '{sheet}': cell reference {ref} is not valid")
                                     .format(file=name, sheet=title, ref=repr(ref))) from None
                if len(cells) > max_cells:
                    raise InputError(_("{file}: refused: more than {limit} cells (sheet '{sheet}')")
                                     .format(file=name, limit=number_text(max_cells), sheet=title))
    return SheetGrid(title, cells, hidden_rows=hidden_rows, hidden_cols=hidden_cols, formulas_without_value=uncalculated)


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
                      formulas_without_value=grid.formulas_without_value if i == 0 else 0)
            for i, cells in enumerate(parts) if cells]


def _without_value(element) -> int:
    """1 for a formula cell with no stored value: no <v>, or an empty one that is not a cached empty text."""
    if element.find(f"{MAIN}f") is None:
        return 0
    value = element.find(f"{MAIN}v")
    if value is not None and (value.text or element.get("t") in ("str", "s", "inlineStr")):
        return 0
    return 0 if element.get("t") == "inlineStr" and element.find(f"{MAIN}is") is not None else 1


def _cell(element, strings: list[str]) -> Cell | None:
    kind = element.get("t", "n")
    formula = element.find(f"{MAIN}f") is not None
    value = element.find(f"{MAIN}v")
    text = value.text if value is not None else None
    ref = element.get("r", "")
    if kind == "inlineStr":
        text = "".join(t.text or "" for t in element.iter(f"{MAIN}t"))
        kind = "str"
    if text is None:
        return None
    if kind == "s":
        try:
            text = strings[int(text)]
        except (ValueError, IndexError):
            return None
        kind = "str"
    if kind == "str":
        if not text.strip():
            return None
        parsed = read_dutch_number(text)
        if parsed is None:
            return Cell(text, ref=ref, formula=formula)
        return Cell(text, parsed[0], ref, formula, as_text=not formula, unit=parsed[1])
    if kind in ("b", "e"):
        return Cell({"1": "TRUE", "0": "FALSE"}.get(text, text) if kind == "b" else text, ref=ref, formula=formula)
    number = _number(text)
    if number is None:
        return Cell(text, ref=ref, formula=formula)
    return Cell(text, number, ref, formula)
