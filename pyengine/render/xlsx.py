"""A small, deterministic xlsx writer.

Why not openpyxl's writer: it cannot store the computed value of a formula, its output is not
byte-identical between runs, and loading + saving a template per workbook is slow. Here every
formula cell carries its value (evaluated from the formula itself, see formula.py), user text is
always an inline string (never a formula: "=HYPERLINK(...)" stays text), zip entries have fixed
dates, and styles come from the template's own stylesheet (see template.py).

The file asks Excel to recalculate on open (fullCalcOnLoad), so the formulas stay live.
"""

from __future__ import annotations

from bisect import insort
from dataclasses import dataclass, field
from decimal import Decimal

from ..inputs.xlsx_reader import HEADER_FOOTER_PARTS
from .formula import Expr, Values, cell_name, column_letter, quoted_sheet
from .xlsx_comments import COMMENTS_TYPE, comments_xml, vml_xml
from .xlsx_conditional import conditional_xml
from .xlsx_validation import validations_xml
from .xlsx_zip import ZIP_DATE, zip_parts  # noqa: F401  (ZIP_DATE: part of this interface)
from .xml_text import MAX_CELL_TEXT, NS_MAIN, xml_attr, xml_text  # noqa: F401  (MAX_CELL_TEXT: part of this interface)

NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NS_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
CT = "application/vnd.openxmlformats-officedocument"


# A formula cell's value while it is being evaluated (met again: a circular formula)
_PENDING = object()


@dataclass(slots=True)
class Cell:
    value: object = None  # Decimal, int, str, bool or None; for formulas the computed value
    formula: Expr | None = None
    style: int = 0


@dataclass
class Chart:
    """A clustered bar chart: categories and one series per (title, area) from this sheet."""

    title: str
    categories: tuple[int, int, int]  # (col, first_row, last_row)
    series: list[tuple[str, int]]  # (series title, col): values in first_row..last_row
    anchor: tuple[int, int]  # top-left cell (row, col)
    size: tuple[int, int] = (20, 10)  # rows, cols


@dataclass
class Sheet:
    name: str
    cells: dict[tuple[int, int], Cell] = field(default_factory=dict)
    widths: dict[int, float] = field(default_factory=dict)
    heights: dict[int, float] = field(default_factory=dict)
    merges: list[tuple[int, int, int, int]] = field(default_factory=list)
    landscape: bool = False
    # the orientation the template's sheet sets (Page Layout > Orientation): it wins over ``landscape``
    orientation: str | None = None
    letter: bool = False  # a letter to a member: portrait, as letters are, whatever its width or its name
    # the template's page header and footer texts (oddHeader ... firstFooter) and switches (differentFirst ...);
    # a footer the officer left empty gets our page numbering
    header_footer: dict[str, str] = field(default_factory=dict)
    header_footer_flags: dict[str, str] = field(default_factory=dict)
    fit_to_width: bool = True
    scale: int = 100  # the print scale when not fitted to the page width
    print_title_rows: tuple[int, int] | None = None
    print_title_cols: tuple[int, int] | None = None  # columns repeated on every page across
    row_breaks: list[int] = field(default_factory=list)  # a new printed page starts below each of these rows
    col_breaks: list[int] = field(default_factory=list)  # ... and right of each of these columns (over pages across)
    column_group: int = 1  # printed over pages across: groups of this many columns stay on one page
    freeze: tuple[int, int] | None = None  # the first cell not frozen (row, col)
    charts: list[Chart] = field(default_factory=list)
    show_grid: bool = True
    raw_drawing: object = None  # pictures copied from the template (template.RawDrawing); charts win
    hidden_cols: set[int] = field(default_factory=set)
    hidden_rows: set[int] = field(default_factory=set)
    # the parts of a sheet an input workbook needs, one module each: xlsx_validation.DataValidation,
    # xlsx_conditional.ConditionalFormat, xlsx_comments.Comment
    validations: list = field(default_factory=list)
    conditional: list = field(default_factory=list)
    comments: list = field(default_factory=list)
    # per area (top, left, bottom, right): its values, and its numbers sorted, for the formulas that read an
    # area once per member (COUNTIF ranks); emptied by every put, so that they never outlive a change
    areas: dict = field(default_factory=dict, repr=False, compare=False)
    puts: int = field(default=0, repr=False, compare=False)  # cells put so far (Book.evaluate_all: anything new?)

    def put(self, row: int, col: int, value: object = None, *, style: int = 0, formula: Expr | None = None) -> None:
        if isinstance(value, float):
            raise TypeError(f"{self.name}!{cell_name(row, col)}: write Decimal, not float")
        self.cells[(row, col)] = Cell(value, formula, style)
        self.puts += 1
        if self.areas:
            self.areas.clear()


class Book(Values):
    def __init__(self, styles_xml: bytes, theme_xml: bytes | None, created: str = "2000-01-01T00:00:00Z") -> None:
        self.sheets: list[Sheet] = []
        self._by_name: dict[str, Sheet] = {}
        self.defined_names: dict[str, str] = {}
        self.styles_xml = styles_xml
        self.theme_xml = theme_xml
        self.created = created
        self.title = ""
        # Ask Excel to recalculate every formula on open. Off only for files whose formulas call our
        # add-in functions: without the add-in they would all show #NAME? instead of the stored values.
        self.recalculate_on_open = True
        self._evaluated: list[int] | None = None  # each sheet's puts when every formula last had its value
        # what the template put on each sheet before a renderer wrote (template.new_book): its file's name, its
        # cells as placed (a cell a renderer writes is another Cell) and its merged ranges, for template_collisions
        self.template_file = ""
        self.template_cells: dict[str, dict[tuple[int, int], Cell]] = {}
        self.template_merges: dict[str, list[tuple[int, int, int, int]]] = {}
        self.guards: list = []  # callables run on the evaluated book before its bytes are made (Checks: none FALSE)

    def sheet(self, name: str) -> Sheet:
        sheet = self._by_name.get(name)
        if sheet is None:
            sheet = self._by_name[name] = Sheet(name)
            self.sheets.append(sheet)
        return sheet

    def define(self, name: str, sheet: str, row: int, col: int, last: tuple[int, int] | None = None) -> None:
        ref = f"{quoted_sheet(sheet)}!{cell_name(row, col, True)}"
        if last:
            ref += ":" + cell_name(last[0], last[1], True)
        self.defined_names[name] = ref

    # -- evaluation ----------------------------------------------------------------------------
    def value_at(self, sheet: str, row: int, col: int) -> object:
        cell = self._by_name[sheet].cells.get((row, col))
        if cell is None:
            return None
        value = cell.value
        if value is None and cell.formula is not None:
            cell.value = _PENDING  # met again before it has its value: the formula depends on itself
            try:
                value = cell.formula.evaluate(self)
            finally:
                cell.value = None
            cell.value = value
        elif value is _PENDING:
            raise ValueError(f"circular formula at {sheet}!{cell_name(row, col)}")
        return value

    def values_in(self, sheet: str, top: int, left: int, bottom: int, right: int) -> tuple[object, ...]:
        """The values of an area, row by row (what value_at gives for each cell, with less overhead);
        kept until the sheet changes: a rank formula per member reads the same column."""
        areas = self._by_name[sheet].areas
        area = (top, left, bottom, right)
        found = areas.get(area)
        if found is None:
            found = areas[area] = tuple(self._values_in(sheet, top, left, bottom, right))
        return found

    def sorted_numbers(self, sheet: str, top: int, left: int, bottom: int, right: int) -> tuple[list[Decimal], int]:
        """The Decimal values of an area in ascending order, and the number of its cells (COUNTIF by bisection)."""
        areas = self._by_name[sheet].areas
        key = ("sorted", top, left, bottom, right)
        found = areas.get(key)
        if found is None:
            shorter = areas.get(("sorted", top, left, bottom - 1, right)) if bottom > top else None
            if shorter is not None:  # a tie-break rank reads the column above each member: one row more
                numbers = list(shorter[0])
                row = self._values_in(sheet, bottom, left, bottom, right)
                for value in row:
                    if isinstance(value, Decimal):
                        insort(numbers, value)
                found = (numbers, shorter[1] + len(row))
            else:
                values = self.values_in(sheet, top, left, bottom, right)
                found = (sorted(v for v in values if isinstance(v, Decimal)), len(values))
            areas[key] = found
        return found

    def _values_in(self, sheet: str, top: int, left: int, bottom: int, right: int) -> list[object]:
        cells = self._by_name[sheet].cells
        out = []
        for row in range(top, bottom + 1):
            for col in range(left, right + 1):
                cell = cells.get((row, col))
                if cell is None:
                    out.append(None)
                elif (cell.value is None and cell.formula is not None) or cell.value is _PENDING:
                    out.append(self.value_at(sheet, row, col))
                else:
                    out.append(cell.value)
        return out

    def evaluate_all(self) -> None:
        """Every formula cell its value (a renderer checks them against the engine, then to_bytes asks again: when
        no cell was put since, there is nothing new to evaluate)."""
        if self._evaluated == [sheet.puts for sheet in self.sheets]:
            return
        for sheet in self.sheets:
            cells = sheet.cells
            for place in sorted(cells):
                if cells[place].value is None and cells[place].formula is not None:
                    self.value_at(sheet.name, *place)
        self._evaluated = [sheet.puts for sheet in self.sheets]

    # -- writing -------------------------------------------------------------------------------
    def to_bytes(self) -> bytes:
        self.evaluate_all()
        for guard in self.guards:  # raises (InputError) for a book that must not be written
            guard(self)
        parts: list[tuple[str, bytes]] = []
        chart_no = 0
        media_types: set[str] = set()
        overrides = [("/xl/workbook.xml", f"{CT}.spreadsheetml.sheet.main+xml"),
                     ("/xl/styles.xml", f"{CT}.spreadsheetml.styles+xml"),
                     ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
                     ("/docProps/app.xml", f"{CT}.extended-properties+xml")]
        if self.theme_xml:
            overrides.append(("/xl/theme/theme1.xml", f"{CT}.theme+xml"))
        for index, sheet in enumerate(self.sheets, start=1):
            overrides.append((f"/xl/worksheets/sheet{index}.xml", f"{CT}.spreadsheetml.worksheet+xml"))
            drawing = None
            if sheet.charts:
                drawing = index
                chart_ids = []
                for chart in sheet.charts:
                    chart_no += 1
                    chart_ids.append(chart_no)
                    parts.append((f"xl/charts/chart{chart_no}.xml", _chart_xml(self, sheet, chart)))
                    overrides.append((f"/xl/charts/chart{chart_no}.xml", f"{CT}.drawingml.chart+xml"))
                parts.append((f"xl/drawings/drawing{index}.xml", _drawing_xml(sheet.charts)))
                parts.append((f"xl/drawings/_rels/drawing{index}.xml.rels", _rels(
                    [(f"rId{i + 1}", f"{NS_REL}/chart", f"../charts/chart{n}.xml") for i, n in enumerate(chart_ids)])))
                overrides.append((f"/xl/drawings/drawing{index}.xml", f"{CT}.drawing+xml"))
                parts.append((f"xl/worksheets/_rels/sheet{index}.xml.rels", _rels(
                    [("rId1", f"{NS_REL}/drawing", f"../drawings/drawing{index}.xml")])))
            elif sheet.raw_drawing is not None:
                drawing = index
                pictures = sheet.raw_drawing
                parts.append((f"xl/drawings/drawing{index}.xml", pictures.xml))
                parts.append((f"xl/drawings/_rels/drawing{index}.xml.rels", _rels(
                    [(xml_attr(rid), xml_attr(kind), xml_attr(f"../media/s{index}-{name}"))  # from the template's file
                     for rid, kind, name in pictures.links])))
                for name, data in sorted(pictures.media.items()):
                    parts.append((f"xl/media/s{index}-{name}", data))
                    media_types.add(name.rsplit(".", 1)[-1].lower())
                overrides.append((f"/xl/drawings/drawing{index}.xml", f"{CT}.drawing+xml"))
                parts.append((f"xl/worksheets/_rels/sheet{index}.xml.rels", _rels(
                    [("rId1", f"{NS_REL}/drawing", f"../drawings/drawing{index}.xml")])))
            legacy = None
            if sheet.comments:
                legacy = "rId3"  # rId1: a drawing (charts or pictures); rId2: the comments
                media_types.add("vml")
                parts.append((f"xl/comments{index}.xml", comments_xml(sheet.comments)))
                parts.append((f"xl/drawings/vmlDrawing{index}.vml", vml_xml(sheet.comments, index)))
                overrides.append((f"/xl/comments{index}.xml", COMMENTS_TYPE))
                rows = [("rId2", f"{NS_REL}/comments", f"../comments{index}.xml"),
                        (legacy, f"{NS_REL}/vmlDrawing", f"../drawings/vmlDrawing{index}.vml")]
                if drawing is not None:  # the sheet's relationships so far name only its drawing: one list for all
                    rels_name = f"xl/worksheets/_rels/sheet{index}.xml.rels"
                    parts = [part for part in parts if part[0] != rels_name]
                    rows.insert(0, ("rId1", f"{NS_REL}/drawing", f"../drawings/drawing{index}.xml"))
                parts.append((f"xl/worksheets/_rels/sheet{index}.xml.rels", _rels(rows)))
            parts.append((f"xl/worksheets/sheet{index}.xml", _sheet_xml(sheet, index == 1, drawing is not None,
                                                                        legacy)))
        parts.append(("xl/workbook.xml", self._workbook_xml()))
        workbook_rels = [(f"rId{i}", f"{NS_REL}/worksheet", f"worksheets/sheet{i}.xml")
                         for i in range(1, len(self.sheets) + 1)]
        workbook_rels.append((f"rId{len(self.sheets) + 1}", f"{NS_REL}/styles", "styles.xml"))
        if self.theme_xml:
            workbook_rels.append((f"rId{len(self.sheets) + 2}", f"{NS_REL}/theme", "theme/theme1.xml"))
            parts.append(("xl/theme/theme1.xml", self.theme_xml))
        parts.append(("xl/_rels/workbook.xml.rels", _rels(workbook_rels)))
        parts.append(("xl/styles.xml", self.styles_xml))
        parts.append(("docProps/core.xml", self._core_xml()))
        parts.append(("docProps/app.xml", self._app_xml()))
        parts.append(("_rels/.rels", _rels([
            ("rId1", f"{NS_REL}/officeDocument", "xl/workbook.xml"),
            ("rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
             "docProps/core.xml"),
            ("rId3", f"{NS_REL}/extended-properties", "docProps/app.xml")])))
        types = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
                 '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">',
                 '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>',
                 '<Default Extension="xml" ContentType="application/xml"/>']
        types += [f'<Default Extension="{ext}" ContentType="{IMAGE_TYPES.get(ext, "application/octet-stream")}"/>'
                  for ext in sorted(media_types)]
        types += [f'<Override PartName="{name}" ContentType="{kind}"/>' for name, kind in overrides]
        types.append("</Types>")
        parts.insert(0, ("[Content_Types].xml", "".join(types).encode()))
        return zip_parts(parts)

    def _workbook_xml(self) -> bytes:
        out = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
               f'<workbook xmlns="{NS_MAIN}" xmlns:r="{NS_REL}"><workbookPr/>',
               '<bookViews><workbookView activeTab="0"/></bookViews><sheets>']
        for index, sheet in enumerate(self.sheets, start=1):
            out.append(f'<sheet name="{xml_attr(sheet.name)}" sheetId="{index}" r:id="rId{index}"/>')
        out.append("</sheets>")
        names = dict(self.defined_names)
        local = []
        for index, sheet in enumerate(self.sheets):
            titles = []
            if sheet.print_title_cols:
                first, last = sheet.print_title_cols
                titles.append(f"{quoted_sheet(sheet.name)}!${column_letter(first)}:${column_letter(last)}")
            if sheet.print_title_rows:
                first, last = sheet.print_title_rows
                titles.append(f"{quoted_sheet(sheet.name)}!${first}:${last}")
            if titles:
                local.append((index, ",".join(titles)))
        if names or local:
            out.append("<definedNames>")
            for index, ref in local:
                out.append(f'<definedName name="_xlnm.Print_Titles" localSheetId="{index}">{xml_text(ref)}</definedName>')
            for name in sorted(names):
                out.append(f'<definedName name="{xml_attr(name)}">{xml_text(names[name])}</definedName>')
            out.append("</definedNames>")
        full = ' fullCalcOnLoad="1"' if self.recalculate_on_open else ""
        out.append(f'<calcPr calcId="191029"{full}/></workbook>')
        return "".join(out).encode()

    def _core_xml(self) -> bytes:
        return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
                'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
                'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
                f"<dc:title>{xml_text(self.title)}</dc:title><dc:creator>pyengine</dc:creator>"
                f'<dcterms:created xsi:type="dcterms:W3CDTF">{self.created}</dcterms:created>'
                f'<dcterms:modified xsi:type="dcterms:W3CDTF">{self.created}</dcterms:modified>'
                "</cp:coreProperties>").encode()

    def _app_xml(self) -> bytes:
        return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
                "<Application>pyengine</Application></Properties>").encode()


IMAGE_TYPES = {"vml": "application/vnd.openxmlformats-officedocument.vmlDrawing", "png": "image/png", "jpeg": "image/jpeg", "jpg": "image/jpeg", "gif": "image/gif",
               "emf": "image/x-emf", "wmf": "image/x-wmf", "svg": "image/svg+xml", "bmp": "image/bmp",
               "tif": "image/tiff", "tiff": "image/tiff"}


def _rels(rows: list[tuple[str, str, str]]) -> bytes:
    body = "".join(f'<Relationship Id="{i}" Type="{t}" Target="{target}"/>' for i, t, target in rows)
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            f'<Relationships xmlns="{NS_PKG_REL}">{body}</Relationships>').encode()


def number_text(value: Decimal | int) -> str:
    """A number as a cell's <v> holds it: plain digits, no exponent, no trailing zeros."""
    if type(value) is int:
        return str(value)
    if not value:
        return "0"
    text = str(value)
    if "E" in text or len(text) > 28:  # 1E+3, 1E-7 written out; more digits than 28: rounded to 28 (as ever)
        return format(value.normalize(), "f")
    if "." in text:  # what normalize() would do: 1.50 -> 1.5, 2.00 -> 2
        text = text.rstrip("0").rstrip(".")
    return text


_STYLE_ATTRIBUTE: dict[int, str] = {0: ""}


def _cell_xml(ref: str, cell: Cell, sheet_name: str) -> str:
    style = _STYLE_ATTRIBUTE.get(cell.style)
    if style is None:
        style = _STYLE_ATTRIBUTE[cell.style] = f' s="{cell.style}"'
    value = cell.value
    kind = type(value)
    if cell.formula is None:  # most cells: a label or an input
        if kind is str:
            return f'<c r="{ref}"{style} t="inlineStr"><is><t xml:space="preserve">{xml_text(value)}</t></is></c>'
        if kind is Decimal or kind is int:
            return f'<c r="{ref}"{style}><v>{number_text(value)}</v></c>'
        if kind is bool:
            return f'<c r="{ref}"{style} t="b"><v>{int(value)}</v></c>'
        if isinstance(value, str):
            return f'<c r="{ref}"{style} t="inlineStr"><is><t xml:space="preserve">{xml_text(value)}</t></is></c>'
        if isinstance(value, (Decimal, int)):
            return f'<c r="{ref}"{style}><v>{number_text(value)}</v></c>'
        return f'<c r="{ref}"{style}/>'
    array = cell.formula.array_ref  # a classic array formula over a range
    attributes = f' t="array" ref="{array}"' if array else ""
    formula = f"<f{attributes}>{xml_text(cell.formula.formula_text(sheet_name))}</f>"
    if isinstance(value, bool):
        return f'<c r="{ref}"{style} t="b">{formula}<v>{int(value)}</v></c>'
    if isinstance(value, (Decimal, int)):
        return f'<c r="{ref}"{style}>{formula}<v>{number_text(value)}</v></c>'
    if isinstance(value, str):
        return f'<c r="{ref}"{style} t="str">{formula}<v>{xml_text(value)}</v></c>'
    return f'<c r="{ref}"{style}>{formula}</c>'


def _sheet_xml(sheet: Sheet, selected: bool, has_drawing: bool, legacy_drawing: str | None = None) -> bytes:
    cells = sheet.cells
    places = sorted(cells)  # row by row, left to right
    out = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
           f'<worksheet xmlns="{NS_MAIN}" xmlns:r="{NS_REL}">']
    if sheet.fit_to_width:
        out.append('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>')
    if places:
        last_row = places[-1][0]
        last_col = max(c for _, c in places)
        out.append(f'<dimension ref="A1:{cell_name(last_row, last_col)}"/>')
    view = '<sheetView workbookViewId="0"' + (' tabSelected="1"' if selected else "") + \
        ("" if sheet.show_grid else ' showGridLines="0"')
    if sheet.freeze:
        row, col = sheet.freeze
        pane = ""
        if col > 1:
            pane += f' xSplit="{col - 1}"'
        if row > 1:
            pane += f' ySplit="{row - 1}"'
        out.append(f'<sheetViews>{view}><pane{pane} topLeftCell="{cell_name(row, col)}" state="frozen"/></sheetView></sheetViews>')
    else:
        out.append(f"<sheetViews>{view}/></sheetViews>")
    out.append('<sheetFormatPr defaultRowHeight="15"/>')
    if sheet.widths or sheet.hidden_cols:
        out.append("<cols>")
        for col in sorted(set(sheet.widths) | sheet.hidden_cols):
            hidden = ' hidden="1"' if col in sheet.hidden_cols else ""
            out.append(f'<col min="{col}" max="{col}" width="{sheet.widths.get(col, 9.14):.2f}"{hidden} customWidth="1"/>')
        out.append("</cols>")
    out.append("<sheetData>")
    name, heights, hidden_rows, current = sheet.name, sheet.heights, sheet.hidden_rows, None
    letters = {col: column_letter(col) for col in {col for _row, col in places}}  # a cell's name: letters + row
    number = ""
    for place in places:
        row, col = place
        if row != current:
            if current is not None:
                out.append("</row>")
            current, number = row, str(row)
            height = heights.get(row)
            attrs = f' ht="{height:.2f}" customHeight="1"' if height else ""
            if row in hidden_rows:
                attrs += ' hidden="1"'
            out.append(f'<row r="{row}"{attrs}>')
        out.append(_cell_xml(letters[col] + number, cells[place], name))
    if current is not None:
        out.append("</row>")
    out.append("</sheetData>")
    if sheet.merges:
        out.append(f'<mergeCells count="{len(sheet.merges)}">')
        out.extend(f'<mergeCell ref="{cell_name(a, b)}:{cell_name(c, d)}"/>' for a, b, c, d in sheet.merges)
        out.append("</mergeCells>")
    if sheet.conditional:
        out.append(conditional_xml(sheet.conditional))
    if sheet.validations:
        out.append(validations_xml(sheet.validations))
    out.append('<pageMargins left="0.5" right="0.5" top="0.6" bottom="0.45" header="0.3" footer="0.2"/>')
    orientation = sheet.orientation or ("landscape" if sheet.landscape else "portrait")
    fit = ' fitToWidth="1" fitToHeight="0"' if sheet.fit_to_width else ""
    fit += f' scale="{sheet.scale}"' if not sheet.fit_to_width and sheet.scale != 100 else ""
    out.append(f'<pageSetup paperSize="9" orientation="{orientation}"{fit}/>')
    out.append(_header_footer_xml(sheet))
    if sheet.row_breaks:
        out.append(f'<rowBreaks count="{len(sheet.row_breaks)}" manualBreakCount="{len(sheet.row_breaks)}">')
        out.extend(f'<brk id="{row}" max="16383" man="1"/>' for row in sorted(sheet.row_breaks))
        out.append("</rowBreaks>")
    if sheet.col_breaks:
        out.append(f'<colBreaks count="{len(sheet.col_breaks)}" manualBreakCount="{len(sheet.col_breaks)}">')
        out.extend(f'<brk id="{col}" max="1048575" man="1"/>' for col in sorted(sheet.col_breaks))
        out.append("</colBreaks>")
    if has_drawing:
        out.append('<drawing r:id="rId1"/>')
    if legacy_drawing:
        out.append(f'<legacyDrawing r:id="{legacy_drawing}"/>')
    out.append("</worksheet>")
    return "".join(out).encode()


PAGE_NUMBERS = "&CPagina &P van &N"
FOOTERS_IN_USE = (("oddFooter", ""), ("evenFooter", "differentOddEven"), ("firstFooter", "differentFirst"))


def _header_footer_xml(sheet: Sheet) -> str:
    """The page header and footer: the template's as the officer set them; each footer in use that the officer
    left empty says "Pagina 1 van 3", alone on its line (a PDF reader, pyengine audit too, knows it)."""
    parts = dict(sheet.header_footer)
    flags = sheet.header_footer_flags
    for part, switch in FOOTERS_IN_USE:
        if (not switch or flags.get(switch) in ("1", "true")) and not parts.get(part, "").strip():
            parts[part] = PAGE_NUMBERS
    attributes = "".join(f' {key}="{xml_attr(value)}"' for key, value in sorted(flags.items()))
    body = "".join(f"<{part}>{xml_text(parts[part])}</{part}>" for part in HEADER_FOOTER_PARTS if part in parts)
    return f"<headerFooter{attributes}>{body}</headerFooter>"


def _drawing_xml(charts: list[Chart]) -> bytes:
    out = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
           '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" '
           'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">']
    for number, chart in enumerate(charts, start=1):
        row, col = chart.anchor
        rows, cols = chart.size
        out.append(
            f"<xdr:twoCellAnchor><xdr:from><xdr:col>{col - 1}</xdr:col><xdr:colOff>0</xdr:colOff>"
            f"<xdr:row>{row - 1}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>"
            f"<xdr:to><xdr:col>{col - 1 + cols}</xdr:col><xdr:colOff>0</xdr:colOff>"
            f"<xdr:row>{row - 1 + rows}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>"
            f'<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="{number + 1}" name="Grafiek {number}"/>'
            "<xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>"
            '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>'
            '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">'
            f'<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="{NS_REL}" r:id="rId{number}"/>'
            "</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>")
    out.append("</xdr:wsDr>")
    return "".join(out).encode()


def _chart_xml(book: Book, sheet: Sheet, chart: Chart) -> bytes:
    col, first, last = chart.categories
    ref = quoted_sheet(sheet.name) + "!"
    names = [book.value_at(sheet.name, r, col) for r in range(first, last + 1)]
    cat = (f"<c:cat><c:strRef><c:f>{xml_text(ref)}${column_letter(col)}${first}:${column_letter(col)}${last}</c:f>"
           f'<c:strCache><c:ptCount val="{len(names)}"/>'
           + "".join(f'<c:pt idx="{i}"><c:v>{xml_text(str(n or ""))}</c:v></c:pt>' for i, n in enumerate(names))
           + "</c:strCache></c:strRef></c:cat>")
    series = []
    for index, (title, value_col) in enumerate(chart.series):
        values = [book.value_at(sheet.name, r, value_col) for r in range(first, last + 1)]
        letter = column_letter(value_col)
        series.append(
            f'<c:ser><c:idx val="{index}"/><c:order val="{index}"/><c:tx><c:v>{xml_text(title)}</c:v></c:tx>'
            f"{cat}<c:val><c:numRef><c:f>{xml_text(ref)}${letter}${first}:${letter}${last}</c:f>"
            f'<c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="{len(values)}"/>'
            + "".join(f'<c:pt idx="{i}"><c:v>{number_text(v)}</c:v></c:pt>'
                      for i, v in enumerate(values) if isinstance(v, (Decimal, int)))
            + "</c:numCache></c:numRef></c:val></c:ser>")
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" '
        f'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="{NS_REL}">'
        '<c:roundedCorners val="0"/><c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r>'
        f"<a:t>{xml_text(chart.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val=\"0\"/></c:title>"
        '<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/><c:barChart><c:barDir val="bar"/>'
        '<c:grouping val="clustered"/><c:varyColors val="0"/>' + "".join(series)
        + '<c:gapWidth val="60"/><c:axId val="1001"/><c:axId val="1002"/></c:barChart>'
        '<c:catAx><c:axId val="1001"/><c:scaling><c:orientation val="maxMin"/></c:scaling><c:delete val="0"/>'
        '<c:axPos val="l"/><c:numFmt formatCode="General" sourceLinked="0"/><c:tickLblPos val="low"/>'
        '<c:crossAx val="1002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/>'
        '<c:lblOffset val="100"/><c:tickLblSkip val="1"/></c:catAx>'
        '<c:valAx><c:axId val="1002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>'
        '<c:axPos val="b"/><c:majorGridlines/><c:numFmt formatCode="#,##0" sourceLinked="0"/>'
        '<c:tickLblPos val="nextTo"/><c:crossAx val="1001"/><c:crosses val="autoZero"/>'
        '<c:crossBetween val="between"/></c:valAx></c:plotArea>'
        '<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/>'
        "</c:chart></c:chartSpace>").encode()
