"""The one xlsx reader: cells (values, formulas, stored values, number formats, styles), hidden rows and columns, merged ranges and defined names.

Every reader of .xlsx files (key files, input and produced workbooks, verify, the audit's grid, the writer's
templates, the PDF print's sheet list) goes through this module,
within the safe-zip bounds of inputs/safezip.py: the package is checked before anything is unpacked, a
sheet is parsed only when asked for, streamed (ElementTree.iterparse), and a sheet part larger than
``MAX_SHEET_BYTES`` or holding more than ``MAX_CELLS`` cells is refused with its name before or while it is
read, never after. One pass gives both a formula and the value stored with it (openpyxl needs two loads
for that, and trusts a sheet's declared dimension).

Values are typed as openpyxl types them, so the readers' conversions stay the same: a number is an int
when written without a fraction or exponent, else a float (``Cell.text`` keeps the stored digits); a
number formatted as a date is a datetime; a boolean a bool; an error value (``#DIV/0!``) is ``Cell.error``.

For the writer's templates it also gives what a restyled template carries as it is: each cell's style index
(``Cell.style``, into the package's own styles part, which ``Workbook.part`` hands over unchanged with the
theme), column widths, row heights, and the package's parts by their relationships (a sheet's pictures).
"""

from __future__ import annotations

import datetime as dt
import posixpath
import re
import zipfile
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from xml.etree import ElementTree

from ..core.cells import column_index, column_letter
from ..errors import InputError
from ..i18n import _
from ..i18n import number as number_text
from .safezip import CellBudget, check_sheets, open_package, open_package_bytes

MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
REL = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
# the shortest <c> element a sheet can hold (<c r="A1"/>): a part smaller than this many bytes per cell left in
# the budget cannot pass it, so only a large part is counted before it is parsed
_SMALLEST_CELL_BYTES = 10
_CELL_TAG = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?c[\s/>]")
MAX_SHEET_BYTES = 40 * 1024 * 1024  # one sheet's XML; our own sheets are well under 1 MB
MAX_PART_BYTES = 40 * 1024 * 1024  # workbook.xml, styles.xml, sharedStrings.xml
MAX_STRINGS = 2_000_000
WIDTH_COLUMNS = 256  # a <col> range's width is kept for its columns up to this one (see _element)

# Excel's built-in number formats that a file refers to by id only (ECMA-376 part 1, 18.8.30)
BUILTIN_FORMATS = {
    0: "General", 1: "0", 2: "0.00", 3: "#,##0", 4: "#,##0.00", 9: "0%", 10: "0.00%", 11: "0.00E+00",
    12: "# ?/?", 13: "# ??/??", 14: "mm-dd-yy", 15: "d-mmm-yy", 16: "d-mmm", 17: "mmm-yy", 18: "h:mm AM/PM",
    19: "h:mm:ss AM/PM", 20: "h:mm", 21: "h:mm:ss", 22: "m/d/yy h:mm", 37: "#,##0 ;(#,##0)",
    38: "#,##0 ;[Red](#,##0)", 39: "#,##0.00;(#,##0.00)", 40: "#,##0.00;[Red](#,##0.00)", 45: "mm:ss",
    46: "[h]:mm:ss", 47: "mmss.0", 48: "##0.0E+0", 49: "@",
}
# a sheet's page header and footer texts, in the order the schema wants them, and the switches they have
HEADER_FOOTER_PARTS = ("oddHeader", "oddFooter", "evenHeader", "evenFooter", "firstHeader", "firstFooter")
HEADER_FOOTER_FLAGS = frozenset({"differentOddEven", "differentFirst", "scaleWithDoc", "alignWithMargins"})
_LITERALS = re.compile(r'"[^"]*"|\\.|\[[^\]]*\]')
_CELL_REF = re.compile(r"^\$?([A-Za-z]{1,3})\$?(\d{1,7})$")


@dataclass(frozen=True)
class Cell:
    """One cell as stored: its value (the stored value of a formula), formula, number format and error."""

    value: object = None
    formula: str | None = None  # "=B2*2"; a cell of a shared formula without its own text: "=(shared)"
    number_format: str = "General"
    error: str | None = None  # "#DIV/0!" for an error value
    text: str | None = None  # the stored digits of a number, as written in the file
    stored: bool = True  # False: a formula cell saved without its value (by a program that does not calculate)
    style: int = 0  # the cell's index into the styles part's cellXfs (its 's')

    @property
    def is_percent(self) -> bool:
        return "%" in _LITERALS.sub("", self.number_format)


@dataclass
class Sheet:
    name: str
    cells: dict[tuple[int, int], Cell] = field(default_factory=dict)  # (row, column), both from 1
    hidden_rows: set[int] = field(default_factory=set)
    hidden_cols: set[int] = field(default_factory=set)
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)  # (min_row, min_col, max_row, max_col)
    widths: dict[int, float] = field(default_factory=dict)  # column -> width (characters), where the file sets one
    heights: dict[int, float] = field(default_factory=dict)  # row -> height (points), where the file sets one
    orientation: str | None = None  # the page setup's "portrait" or "landscape", where the file says which
    # the page header and footer texts as written (oddHeader, oddFooter, evenHeader, ...: '&LText&RPagina &P'),
    # and the headerFooter element's switches (differentOddEven, differentFirst, ...), where the file has them
    header_footer: dict[str, str] = field(default_factory=dict)
    header_footer_flags: dict[str, str] = field(default_factory=dict)
    max_row: int = 0
    max_col: int = 0

    def cell(self, row: int, col: int) -> Cell | None:
        return self.cells.get((row, col))

    def at(self, coordinate: str) -> Cell | None:
        row, col = split_ref(coordinate)
        return self.cells.get((row, col))

    def rows(self) -> list[list[Cell | None]]:
        """Rows 1..max_row, each with columns 1..(its last filled column)."""
        by_row: dict[int, dict[int, Cell]] = {}
        for (r, c), value in self.cells.items():
            by_row.setdefault(r, {})[c] = value
        return [[by_row.get(r, {}).get(c) for c in range(1, max(by_row.get(r, {0: None})) + 1)]
                for r in range(1, self.max_row + 1)]

    def merged_over(self, row: int, col: int) -> tuple[int, int, int, int] | None:
        """The merged range covering (row, col), if any."""
        return next((m for m in self.merged if m[0] <= row <= m[2] and m[1] <= col <= m[3]), None)


def split_ref(coordinate: str) -> tuple[int, int]:
    """'B12' or '$B$12' -> (12, 2)."""
    match = _CELL_REF.match(coordinate.strip())
    if not match:
        raise ValueError(coordinate)
    return int(match.group(2)), column_index(match.group(1))


def range_bounds(ref: str) -> tuple[int, int, int, int]:
    """'A1:C3' -> (min_row, min_col, max_row, max_col); 'B2' -> (2, 2, 2, 2)."""
    first, _sep, last = ref.replace("$", "").partition(":")
    r1, c1 = split_ref(first)
    r2, c2 = split_ref(last) if last else (r1, c1)
    return min(r1, r2), min(c1, c2), max(r1, r2), max(c1, c2)


def rels_part(part: str) -> str:
    """The relationships part of ``part``: xl/worksheets/_rels/sheet1.xml.rels for xl/worksheets/sheet1.xml."""
    folder, base = posixpath.split(part)
    return posixpath.join(folder, "_rels", base + ".rels")


@lru_cache(maxsize=64)
def number_formats(styles_xml: bytes) -> dict[int, str]:
    """The number format code of each style index (cellXfs) of a styles part: its own (numFmts) or a built-in
    one ('General' where unknown)."""
    try:
        root = ElementTree.fromstring(styles_xml)
    except ElementTree.ParseError:
        return {}
    codes = dict(BUILTIN_FORMATS)
    for item in root.iter(f"{MAIN}numFmt"):
        if (item.get("numFmtId") or "").isdigit():
            codes[int(item.get("numFmtId"))] = item.get("formatCode") or "General"
    xfs = root.find(f"{MAIN}cellXfs")
    if xfs is None:
        return {}
    return {index: codes.get(int(xf.get("numFmtId") or 0), "General")
            for index, xf in enumerate(xfs.findall(f"{MAIN}xf"))}


@lru_cache(maxsize=64)
def wrapping_styles(styles_xml: bytes) -> frozenset[int]:
    """The style indices (cellXfs) of a styles part that wrap their text (alignment wrapText)."""
    try:
        root = ElementTree.fromstring(styles_xml)
    except ElementTree.ParseError:
        return frozenset()
    xfs = root.find(f"{MAIN}cellXfs")
    if xfs is None:
        return frozenset()
    found = set()
    for index, xf in enumerate(xfs.findall(f"{MAIN}xf")):
        alignment = xf.find(f"{MAIN}alignment")
        if alignment is not None and alignment.get("wrapText") in ("1", "true"):
            found.add(index)
    return frozenset(found)


def is_date_format(code: str) -> bool:
    text = _LITERALS.sub("", code).lower()
    return text not in ("general", "@") and re.search(r"[dmyhs]", text) is not None


class Workbook:
    """An .xlsx package opened within bounds; sheets are read when asked for (``sheet(name)``)."""

    def __init__(self, path: str | Path | bytes, *, max_cells: int | None = None, name: str = "") -> None:
        """``path``: the file, or the package's bytes (then ``name`` names it in messages); ``max_cells``: the
        <c> elements read over all sheets (default safezip.MAX_CELLS)."""
        if isinstance(path, bytes):
            self.path = Path(name or "workbook.xlsx")
            self.name = self.path.name
            self._archive = open_package_bytes(path, self.name)
        else:
            self.path = Path(path)
            self.name = self.path.name
            self._archive = open_package(self.path)
        self._budget = CellBudget(self.name, max_cells)
        self._sheets: dict[str, Sheet] = {}
        try:
            self._read_workbook()
        except InputError:
            self.close()
            raise
        except (KeyError, ValueError, ElementTree.ParseError, zipfile.BadZipFile, OSError, EOFError) as error:
            self.close()
            raise InputError(_("{file}: not a readable .xlsx workbook ({reason})")
                             .format(file=self.name, reason=type(error).__name__)) from None

    # --- the package ------------------------------------------------------------------------------

    def close(self) -> None:
        self._archive.close()

    def __enter__(self) -> "Workbook":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _part(self, name: str, limit: int = MAX_PART_BYTES) -> bytes | None:
        info = self._entries.get(name.lower())
        if info is None:
            return None
        if info.file_size > limit:
            raise InputError(_("{file}: refused: part {part} unpacks to {size} bytes (at most {limit} are read)")
                             .format(file=self.name, part=info.filename, size=number_text(info.file_size),
                                     limit=number_text(limit)))
        return self._archive.read(info)

    def part(self, name: str) -> bytes | None:
        """A part of the package as stored (None when absent), within the part-size bound."""
        return self._part(name)

    def part_names(self) -> list[str]:
        """Every part of the package, in the zip's order."""
        return [info.filename for info in self._archive.infolist()]

    def relationships(self, part: str, *, external: bool = False) -> list[tuple[str, str, str]]:
        """(id, type, target part) of ``part``'s relationships; a target is resolved relative to the part, or
        from the package root when absolute (openpyxl writes '/xl/worksheets/sheet1.xml'); external targets
        (a hyperlink, a linked picture) are left out, or with ``external`` given as written."""
        data = self._part(rels_part(part))
        if data is None:
            return []
        folder = posixpath.dirname(part)
        found = []
        for rel in ElementTree.fromstring(data).iter(REL):
            target = rel.get("Target", "")
            if rel.get("TargetMode") == "External":
                if external:
                    found.append((rel.get("Id", ""), rel.get("Type", ""), target))
                continue
            found.append((rel.get("Id", ""), rel.get("Type", ""),
                          target.lstrip("/") if target.startswith("/")
                          else posixpath.normpath(posixpath.join(folder, target))))
        return found

    def sheet_part(self, name: str) -> str | None:
        """The part holding sheet ``name`` (None for a sheet whose part is missing)."""
        return self._sheet_parts[name]

    def is_worksheet(self, name: str) -> bool:
        """A sheet of cells (not a chart sheet or a dialog sheet)."""
        return self._sheet_kinds.get(name, "").endswith("/worksheet")

    def related_part(self, part: str, kind: str) -> str | None:
        """The first part ``part`` relates to whose relationship type ends with ``/kind`` ('styles', 'theme')."""
        return next((target for _rid, rel_type, target in self.relationships(part)
                     if rel_type.endswith("/" + kind)), None)

    def _read_workbook(self) -> None:
        self._entries = {info.filename.lower(): info for info in self._archive.infolist()}
        data = self._part("xl/workbook.xml")
        if data is None:
            raise InputError(_("{file}: not an .xlsx workbook (no xl/workbook.xml)").format(file=self.name))
        root = ElementTree.fromstring(data)
        properties = root.find(f"{MAIN}workbookPr")
        self.date1904 = properties is not None and properties.get("date1904") in ("1", "true")
        relationships = self.relationships("xl/workbook.xml")
        targets = {rid: target for rid, _kind, target in relationships}
        kinds = {rid: kind for rid, kind, _target in relationships}
        self._sheet_parts: dict[str, str | None] = {}
        self._sheet_kinds: dict[str, str] = {}
        self.sheet_states: dict[str, str] = {}
        for element in root.iter(f"{MAIN}sheet"):
            name = element.get("name", "")
            self._sheet_parts[name] = targets.get(element.get(R_ID, ""))
            self._sheet_kinds[name] = kinds.get(element.get(R_ID, ""), "")
            self.sheet_states[name] = element.get("state", "visible")
        self.sheetnames = list(self._sheet_parts)
        check_sheets([(name, part) for name, part in self._sheet_parts.items() if part is not None], self.name)
        self.defined_names: dict[str, str] = {}  # workbook-scoped names -> their formula text
        # each sheet's print area, as its formula text ("'OV 2025'!$A$1:$H$22"): the sheet-scoped _xlnm.Print_Area
        self.print_areas: dict[str, str] = {}
        for element in root.iter(f"{MAIN}definedName"):
            if element.get("localSheetId") is None:
                self.defined_names[element.get("name", "")] = (element.text or "").strip()
            elif element.get("name", "").lower() == "_xlnm.print_area" and element.get("localSheetId", "").isdigit() \
                    and int(element.get("localSheetId", "")) < len(self.sheetnames):
                self.print_areas[self.sheetnames[int(element.get("localSheetId", ""))]] = (element.text or "").strip()
        self._formats = self._read_styles(next((target for _rid, kind, target in relationships
                                                if kind.endswith("/styles")), "xl/styles.xml"))
        self._strings: list[str] | None = None

    def _read_styles(self, part: str) -> list[str]:
        data = self._part(part)
        if data is None:
            return []
        root = ElementTree.fromstring(data)
        codes = dict(BUILTIN_FORMATS)
        for element in root.iter(f"{MAIN}numFmt"):
            codes[int(element.get("numFmtId", "0"))] = element.get("formatCode", "General")
        xfs = root.find(f"{MAIN}cellXfs")
        if xfs is None:
            return []
        return [codes.get(int(xf.get("numFmtId", "0")), "General") for xf in xfs.findall(f"{MAIN}xf")]

    def _shared_strings(self) -> list[str]:
        if self._strings is None:
            self._strings = []
            info = self._entries.get("xl/sharedstrings.xml")
            if info is not None:
                if info.file_size > MAX_PART_BYTES:
                    self._part("xl/sharedstrings.xml")  # refuses with the sizes
                with self._archive.open(info) as stream:
                    for _event, element in ElementTree.iterparse(stream, events=("end",)):
                        if element.tag == f"{MAIN}si":
                            self._strings.append(_inline_text(element))
                            element.clear()
                            if len(self._strings) > MAX_STRINGS:
                                raise InputError(_("{file}: refused: more than {limit} shared strings")
                                                 .format(file=self.name, limit=number_text(MAX_STRINGS)))
        return self._strings

    @property
    def has_macros(self) -> bool:
        """The package holds a VBA project (an .xlsm): never run, but worth saying."""
        return any(name.endswith("vbaproject.bin") for name in self._entries)

    # --- defined names ------------------------------------------------------------------------------

    def destination(self, name: str) -> tuple[str, tuple[int, int, int, int]] | None:
        """(sheet, bounds) of a workbook-scoped name pointing at one range; None when it points elsewhere
        (#REF!, several areas, a constant, a sheet that does not exist). KeyError when the name is absent."""
        text = self.defined_names[name]
        match = re.fullmatch(r"(?:'((?:[^']|'')+)'|([^'!]+))!(\$?[A-Za-z]{1,3}\$?\d{1,7}(?::\$?[A-Za-z]{1,3}\$?\d{1,7})?)",
                             text)
        if not match:
            return None
        sheet = match.group(1).replace("''", "'") if match.group(1) is not None else match.group(2)
        if sheet not in self._sheet_parts:
            return None
        return sheet, range_bounds(match.group(3))

    # --- sheets -----------------------------------------------------------------------------------

    def sheet(self, name: str) -> Sheet:
        if name not in self._sheets:
            if name not in self._sheet_parts:
                raise InputError(_("{file}: no sheet '{sheet}' (sheets: {sheets})")
                                 .format(file=self.name, sheet=name, sheets=", ".join(self.sheetnames)))
            try:
                self._sheets[name] = self._read_sheet(name, self._sheet_parts[name])
            except InputError:
                raise
            except (KeyError, ValueError, IndexError, ElementTree.ParseError, zipfile.BadZipFile, OSError,
                    EOFError) as error:
                raise InputError(_("{file}: sheet '{sheet}' cannot be read ({reason})")
                                 .format(file=self.name, sheet=name, reason=type(error).__name__)) from None
        return self._sheets[name]

    def _read_sheet(self, name: str, part: str | None) -> Sheet:
        sheet = Sheet(name)
        info = self._entries.get((part or "").lower())
        if info is None:
            return sheet  # a chart sheet or a missing part: no cells
        if info.file_size > MAX_SHEET_BYTES:
            raise InputError(_("{file}: refused: sheet '{sheet}' unpacks to {size} bytes (at most {limit} are "
                               "read); remove what the sheet does not need, or move it to another file")
                             .format(file=self.name, sheet=name, size=number_text(info.file_size),
                                     limit=number_text(MAX_SHEET_BYTES)))
        if info.file_size > (self._budget.limit - self._budget.used) * _SMALLEST_CELL_BYTES:
            self._budget.check_count(name, self._count_cells(info))  # refused in a second, not after parsing
        formats, row_number, col_number = self._formats, 0, 0
        with self._archive.open(info) as stream:
            for event, element in ElementTree.iterparse(stream, events=("start", "end")):
                if event == "start":
                    if element.tag == f"{MAIN}row":  # its number before its cells
                        r = element.get("r")
                        row_number = int(r) if r and r.isdigit() else row_number + 1
                        col_number = 0
                    continue
                row_number, col_number = self._element(sheet, element, formats, row_number, col_number)
        return sheet

    def _count_cells(self, info: zipfile.ZipInfo) -> int:
        """The <c> elements in a sheet part, counted in its unpacked bytes without parsing (a streamed scan in C,
        within the part's size bound): a sheet far past the cell limit is refused before it is parsed."""
        count, tail = 0, b""
        with self._archive.open(info) as stream:
            while chunk := stream.read(1 << 20):
                block = tail + chunk
                count += len(_CELL_TAG.findall(block))
                # a tag cut at the block's end is counted with the next block: keep its start
                cut = block.rfind(b"<", max(0, len(block) - 16))
                tail = block[cut:] if cut >= 0 and not _CELL_TAG.match(block, cut) else b""
        return count

    def _element(self, sheet: Sheet, element: ElementTree.Element, formats: list[str], row_number: int,
                 col_number: int) -> tuple[int, int]:
        tag = element.tag
        if tag == f"{MAIN}c":
            self._budget.take(sheet.name)
            ref = element.get("r")
            if ref:
                row_number, col_number = split_ref(ref)
            else:
                col_number += 1
            style = int(element.get("s", "0") or 0)
            number_format = formats[style] if style < len(formats) else "General"
            sheet.cells[(row_number, col_number)] = self._cell(element, number_format, style)
            sheet.max_row = max(sheet.max_row, row_number)
            sheet.max_col = max(sheet.max_col, col_number)
            element.clear()
        elif tag == f"{MAIN}row":
            if element.get("hidden") in ("1", "true"):
                sheet.hidden_rows.add(row_number)
            height = element.get("ht")
            if height:
                sheet.heights[row_number] = float(height)
            element.clear()
        elif tag == f"{MAIN}dimension":
            self._budget.check_dimension(sheet.name, element.get("ref", ""))
        elif tag == f"{MAIN}col":
            low, high = int(element.get("min", "1")), int(element.get("max", "1"))
            if element.get("hidden") in ("1", "true"):
                sheet.hidden_cols.update(range(low, min(high, low + 16384) + 1))
            width = element.get("width")
            if width:
                # a range ending at Excel's last column formats 'the rest of the sheet': its widths are kept up
                # to WIDTH_COLUMNS (more than any sheet of ours uses), not for 16,384 columns
                for col in range(low, max(low, min(high, WIDTH_COLUMNS)) + 1):
                    sheet.widths[col] = float(width)
        elif tag == f"{MAIN}pageSetup":
            if element.get("orientation") in ("portrait", "landscape"):
                sheet.orientation = element.get("orientation")
        elif tag == f"{MAIN}headerFooter":
            for child in element:
                part = child.tag.removeprefix(MAIN)
                if part in HEADER_FOOTER_PARTS and (child.text or "").strip():
                    sheet.header_footer[part] = child.text or ""
            sheet.header_footer_flags = {key: value for key, value in sorted(element.attrib.items())
                                         if key in HEADER_FOOTER_FLAGS}
            element.clear()
        elif tag == f"{MAIN}mergeCell":
            try:
                sheet.merged.append(range_bounds(element.get("ref", "")))
            except ValueError:
                pass
        return row_number, col_number

    def _cell(self, element: ElementTree.Element, number_format: str, style: int) -> Cell:
        kind = element.get("t", "n")
        formula_element = element.find(f"{MAIN}f")
        formula = None
        if formula_element is not None:
            formula = "=" + (formula_element.text or "(shared)")
        value_element = element.find(f"{MAIN}v")
        text = value_element.text if value_element is not None else None
        if kind == "inlineStr":
            inline = element.find(f"{MAIN}is")
            return Cell(_inline_text(inline) if inline is not None else None, formula, number_format,
                        stored=inline is not None or formula is None, style=style)
        if text is None:
            # a formula with nothing stored: saved by a program that does not calculate (an empty <v/> of a
            # text result is a stored empty text)
            stored = formula is None or (value_element is not None and kind in ("str", "s"))
            return Cell(None, formula, number_format, stored=stored, style=style)
        if kind == "s":
            return Cell(self._shared_strings()[int(text)], formula, number_format, style=style)
        if kind in ("str", "d"):
            return Cell(text, formula, number_format, style=style)
        if kind == "b":
            return Cell(text.strip() in ("1", "true"), formula, number_format, style=style)
        if kind == "e":
            return Cell(text, formula, number_format, error=text, style=style)
        value: object = int(text) if re.fullmatch(r"-?\d+", text.strip()) else float(text)
        if is_date_format(number_format):
            epoch = dt.datetime(1904, 1, 1) if self.date1904 else dt.datetime(1899, 12, 30)
            try:
                value = epoch + dt.timedelta(days=float(value))
            except (OverflowError, ValueError):
                pass
        return Cell(value, formula, number_format, text=text, style=style)


def _inline_text(element: ElementTree.Element) -> str:
    """The text of an <si> or <is>: its <t>, or its rich-text runs' <t> (phonetic runs left out)."""
    parts = []
    for child in element:
        if child.tag == f"{MAIN}t":
            parts.append(child.text or "")
        elif child.tag == f"{MAIN}r":
            parts.extend(t.text or "" for t in child.iter(f"{MAIN}t"))
    return "".join(parts)
