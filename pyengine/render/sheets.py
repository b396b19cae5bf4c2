"""Shared helpers for laying out blocks, and the Controles and Herkomst sheets every workbook has.

Styled cells come from the template; sums over references merge contiguous runs into ranges."""

from __future__ import annotations

import hashlib
import re
import textwrap
from decimal import Decimal
from dataclasses import dataclass, field
from functools import lru_cache

from ..errors import InputError
from ..i18n import _
from ..inputs.xlsx_reader import number_formats, wrapping_styles
from ..version import __version__
from .formula import AND, COUNTIF, EQ, GT, IF, LT, SUM, Area, Expr, Ref, cell_name
from .template import Template, template_collisions
from .xlsx import Book
from .xlsx_validation import DataValidation, list_formula


@dataclass
class Writer:
    book: Book
    template: Template

    def put(self, sheet: str, row: int, col: int, value: object, style: str = "") -> Ref:
        self.book.sheet(sheet).put(row, col, value, style=self.template.style(style) if style else 0)
        return Ref(sheet, row, col)

    def formula(self, sheet: str, row: int, col: int, expr: Expr, style: str = "") -> Ref:
        self.book.sheet(sheet).put(row, col, None, style=self.template.style(style) if style else 0, formula=expr)
        return Ref(sheet, row, col)

    def text(self, key: str) -> str:
        return self.template.text(key)


# A share is shown in % with two decimals; one that is not zero but would show as 0,00 reads '< 0,01': the reader
# must not take a member that pays for a member that does not.
SHARE_SHOWN_FROM = Decimal("0.005")
SHARE_NOTE = "een aandeel dat niet nul is maar afgerond 0,00 zou zijn, staat er als < 0,01."


def share_shown(weight: Expr, percent: Expr) -> Expr:
    """A share in % (``percent``, of a member of ``weight``) as a letter shows it: '< 0,01' when the member has a
    weight but its share would show as 0,00, else ``percent`` itself."""
    return IF(AND(GT(weight, 0), LT(percent, SHARE_SHOWN_FROM)), "< 0,01", percent)


TOLERANCE = ("Tolerantie voor controles op euro's", Decimal("0.005"), "vaste waarde: een halve cent")


def new_writer(template: Template, title: str) -> Writer:
    """A new book from ``template`` (fixed creation time: the same input gives the same bytes), titled
    '<the template's title> <title>'."""
    book = template.new_book(created="2000-01-01T00:00:00Z")
    book.title = f"{template.text('titel')} {title}"
    return Writer(book, template)


def start_inputs(w: Writer, anchor: tuple[str, int, int]) -> tuple[str, int, int]:
    """The head of an Invoer sheet (title, explanation, the ALGEMEEN heading): (sheet, heading row, left)."""
    sheet, top, left = anchor
    w.put(sheet, top, left, "Invoer", "titel")
    w.put(sheet, top + 1, left, w.text("invoer_uitleg"), "tekst")
    w.put(sheet, top + 3, left, w.text("algemeen"), "sectie")
    return sheet, top + 3, left


def input_rows(w: Writer, sheet: str, row: int, left: int, rows: list[tuple[str, object, str]],
               style: str) -> list[Ref]:
    """Rows of label | value (an input cell in ``style``) | source, below ``row``: the value cells."""
    cells = []
    for offset, (label, value, source) in enumerate(rows, start=1):
        w.put(sheet, row + offset, left, label, "label")
        cells.append(w.put(sheet, row + offset, left + 1, value, style))
        w.put(sheet, row + offset, left + 2, source, "bron")
    return cells


def table_head(w: Writer, sheet: str, row: int, left: int, title: str, headers) -> int:
    """A section title at ``row`` and the column headings of its table below it: the headings' row."""
    w.put(sheet, row, left, title, "sectie")
    for col, text in enumerate(headers):
        w.put(sheet, row + 1, left + col, text, "kop")
    return row + 1


# What an input cell of a produced workbook's Invoer sheet accepts (Excel and LibreOffice refuse anything else,
# with the Dutch text): kind -> (rule, bound 1, bound 2, operator, what is expected).
INPUT_RULES = {
    "amount": ("decimal", "0", "", "greaterThanOrEqual", "een bedrag in euro's, 0 of meer"),
    "weight": ("decimal", "0", "", "greaterThanOrEqual", "een gewicht (een getal, 0 of meer)"),
    "percent": ("decimal", "-100", "100", "between", "een percentage tussen -100 en 100, zoals 2,4"),
    "flag": ("whole", "0", "1", "between", "1 (neemt deel) of 0 (neemt niet deel)"),
    "scale": ("whole", "1", "", "greaterThanOrEqual", "1, 10, 100 ... (10 tot de macht van de decimalen)"),
    "steps": ("whole", "0", "20", "between", "een heel aantal jaren van 0 tot en met 20"),
    "year": ("whole", "1900", "2200", "between", "een jaartal zoals 2026"),
    "tolerance": ("decimal", "0", "1", "between", "een getal tussen 0 en 1, zoals 0,005"),
}


def validate(w: Writer, sheet: str, first: Ref, last: Ref | None = None, kind: str = "",
             choices: tuple[str, ...] = ()) -> None:
    """Data validation on the input cells ``first``..``last``: one of ``choices`` (a drop-down), or the rule
    of ``kind`` (INPUT_RULES); the error message says in Dutch what is expected."""
    sqref = cell_name(first.row, first.col)
    if last is not None and (last.row, last.col) != (first.row, first.col):
        sqref += ":" + cell_name(last.row, last.col)
    if choices:
        shown = ", ".join(choices[:-1]) + f" of {choices[-1]}" if len(choices) > 1 else choices[0]
        rule = DataValidation(sqref, "list", list_formula(choices), error=f"Verwacht: {shown}",
                              error_title="Ongeldige invoer")
    else:
        kind_of, bound, second, operator, expected = INPUT_RULES[kind]
        rule = DataValidation(sqref, kind_of, bound, second, operator, error=f"Verwacht: {expected}",
                              error_title="Ongeldige invoer")
    w.book.sheet(sheet).validations.append(rule)


def general_inputs(w: Writer, anchor: tuple[str, int, int], texts, numbers) -> tuple[str, int, int, list[Ref]]:
    """The ALGEMEEN block of an Invoer sheet: rows of (label, value, source, choices) as text cells (a drop-down
    where there are choices), then rows of (label, value, source, kind) as number cells and the tolerance, each
    validated (INPUT_RULES); defined as inv_algemeen, the tolerance as Tolerantie.
    Returns (sheet, the block's last row, left, the number cells with the tolerance last)."""
    sheet, row, left = start_inputs(w, anchor)
    cells = input_rows(w, sheet, row, left, [(label, value, source) for label, value, source, _ in texts],
                       "invoer_tekst")
    for cell, (*_, choices) in zip(cells, texts):
        if choices:
            validate(w, sheet, cell, choices=choices)
    numbers = [*numbers, (*TOLERANCE, "tolerance")]
    refs = input_rows(w, sheet, row + len(texts), left,
                      [(label, value, source) for label, value, source, _ in numbers], "invoer_getal")
    for ref, (*_, kind) in zip(refs, numbers):
        validate(w, sheet, ref, kind=kind)
    last = row + len(texts) + len(numbers)
    w.book.define("inv_algemeen", sheet, row + 1, left, (last, left + 2))
    w.book.define("Tolerantie", sheet, refs[-1].row, refs[-1].col)
    return sheet, last, left, refs


def no_negatives(cells: list[Ref] | tuple[Ref, ...]) -> Expr:
    """TRUE when none of ``cells`` (one column, contiguous) holds a negative number (a Controles row)."""
    first, last = cells[0], cells[-1]
    return EQ(COUNTIF(Area(first.sheet, first.row, first.col, last.row, last.col), "<0"), 0)


def write_texts(w: Writer, sheet: str, row: int, left: int, texts: tuple[str, ...], name: str) -> int:
    """The TOELICHTING block at ``row`` (its heading, then one yellow text row per text, at least one), defined
    as ``name``: the rows below the heading. Returns its last row."""
    w.put(sheet, row, left, "TOELICHTING (tekst onder de tabellen; een regel per alinea)", "sectie")
    for offset, text in enumerate(texts or ("",), start=1):
        w.put(sheet, row + offset, left, text, "invoer_tekst")
    last = row + max(1, len(texts))
    w.book.define(name, sheet, row + 1, left, (last, left))
    return last


def own_title(title: str, kind_word: str, years: tuple[int, ...]) -> str:
    """The title without what the document's name says anyway: 'Meerjarenraming 2026-2029' adds nothing to
    a meerjarenraming 2026-2029 (a file named 'meerjarenraming-2026-2029-meerjarenraming-2026-2029')."""
    rest = re.sub(re.escape(kind_word), " ", title, flags=re.IGNORECASE).replace(years_text(years), " ")
    rest = " ".join(rest.split()).strip(" -:,")
    return rest if any(ch.isalnum() for ch in rest) else ""


def titled(text: str, title: str) -> str:
    """'<text>: <title>', or the text alone when there is no title of its own."""
    return f"{text}: {title}" if title else text


def years_text(years: tuple[int, ...]) -> str:
    """2026-2029 (one year: 2026)."""
    return f"{years[0]}" if len(years) == 1 else f"{years[0]}-{years[-1]}"


def write_heading(w: Writer, anchor: tuple[str, int, int], title: str, organisation: str) -> None:
    """A document's title ('<the template's title> <title>') and, below it, the organisation."""
    sheet, row, col = anchor
    w.put(sheet, row, col, f"{w.text('titel')} {title}", "titel")
    if organisation:
        w.put(sheet, row + 1, col, organisation, "ondertitel")


def print_setup(w: Writer, sheet: str, title_row: int) -> None:
    """A presentation sheet: landscape, no grid lines, ``title_row`` repeated on every printed page."""
    book_sheet = w.book.sheet(sheet)
    book_sheet.landscape = True
    book_sheet.show_grid = False
    book_sheet.print_title_rows = (title_row, title_row)


# Column-width units (Excel's: the width of a '0') across an A4 page inside our margins (0.5 inch each side), as
# LibreOffice prints them (the PDF): it makes a unit about 2.5 mm, Excel about 1.9 mm, so what fits here fits both
PORTRAIT_WIDTH = 74
LANDSCAPE_WIDTH = 108
SMALLEST_FIT = 0.45  # a sheet that fits its width only below 45% prints at READABLE_SCALE over pages across
READABLE_SCALE = 80
DEFAULT_WIDTH = 9.14
TEXT_WIDTH = 0.85  # units per character of Arial 10 in Excel (LibreOffice: less), for wrapping a long text


@dataclass
class Survey:
    """What the layout steps read from a sheet's cells, gathered in one pass over them (they used to walk every
    cell four times, and a bulk run lays out hundreds of workbooks)."""

    beside: list[tuple[int, int]] = field(default_factory=list)  # (col, length): a text with something to its right
    # col -> the widest figure in a format without digit placeholders (General): as written, whatever its size
    figures: dict[int, int] = field(default_factory=dict)
    # the largest figure per (column, format, sign) in a format whose width grows with the figure's size
    largest: dict[tuple[int, str, bool], object] = field(default_factory=dict)
    wrapped: list[tuple[int, int, str]] = field(default_factory=list)  # (row, col, text) in a wrapping style
    shown_cols: set[int] = field(default_factory=set)  # columns (not hidden) that hold a cell
    last_col: int = 1  # the last column that holds a cell, hidden or not (at least 1)


def survey(sheet, wrapping: set[int], formats: dict[int, str]) -> Survey:
    """One pass over ``sheet``'s cells for widen_for_texts, widen_for_figures, fit_wrapped_rows and printed_width.
    A figure in a format with digit placeholders is never narrower than a smaller one of its sign in the same
    format: only the largest of each (column, format, sign) is kept (an amendment has 44,000 figures: they are
    gathered per column and style, and only the largest and the smallest of each are measured)."""
    found = Survey()
    cells, hidden = sheet.cells, sheet.hidden_cols
    merged = {(top, left) for top, left, _bottom, _right in sheet.merges}
    columns = {col for _row, col in cells}
    found.last_col = max(1, max(columns, default=1))
    found.shown_cols = columns - hidden
    numbers: dict[tuple[int, int], list] = {}  # (col, style) -> the figures in it, in a column not hidden
    for (row, col), cell in cells.items():
        value = cell.value
        kind = type(value)
        if kind is not Decimal and kind is not int and kind is not str:  # None, a bool, or (rare) a subclass
            kind = str if isinstance(value, str) else int if isinstance(value, (int, Decimal)) and kind is not bool \
                else None
        if kind is str:
            if cell.formula is not None:
                continue
            if cell.style in wrapping:
                if value.strip():
                    found.wrapped.append((row, col, value))
            elif (row, col) not in merged:
                right = cells.get((row, col + 1))
                if right is not None and (right.value not in (None, "") or right.formula is not None):
                    found.beside.append((col, len(value)))
        elif kind is not None and col not in hidden:
            figures = numbers.get((col, cell.style))
            if figures is None:
                numbers[(col, cell.style)] = [value]
            else:
                figures.append(value)
    for (col, style), figures in numbers.items():
        code = formats.get(style, "General")
        for negative, chosen in ((False, max(figures)), (True, min(figures))):
            if (chosen < 0) != negative:
                continue  # no figure of this sign
            if _format_section(code, negative)[2]:  # the largest of its sign (the smallest, for negative figures)
                key = (col, code, negative)
                before = found.largest.get(key)
                if before is None or abs(chosen) > abs(before):
                    found.largest[key] = chosen
            else:  # shown_width of a figure in such a format: its characters as written
                width = max(len(str(value)) for value in figures if (value < 0) == negative)
                if width > found.figures.get(col, 0):
                    found.figures[col] = width
    return found


def printed_width(sheet, surveyed: Survey) -> float:
    """How wide ``sheet`` prints at 100%, in column-width units: its used columns and its charts (a printed page
    takes all of them; a long text is wrapped by its renderer, see paragraph)."""
    last = max([surveyed.last_col] + [c.anchor[1] + c.size[1] for c in sheet.charts])
    starts = [0.0, 0.0]  # starts[col]: where column ``col`` begins
    for col in range(1, last + 2):
        starts.append(starts[-1] + (0 if col in sheet.hidden_cols else sheet.widths.get(col, DEFAULT_WIDTH)))
    right = 0.0
    for col in surveyed.shown_cols:
        right = max(right, starts[col + 1])
    for chart in sheet.charts:
        row, col = chart.anchor
        right = max(right, starts[col + chart.size[1]])
    return right


WIDEST_LABEL = 100.0  # a column is not widened beyond this for a text beside a figure (a longer one: a paragraph)


def widen_for_texts(sheet, surveyed: Survey) -> None:
    """A text with something in the cell to its right is cut off at its column's edge, on screen and on paper:
    widen its column to hold it (up to WIDEST_LABEL)."""
    for col, length in surveyed.beside:
        needed = min(length * TEXT_WIDTH * 1.06 + 1, WIDEST_LABEL)
        if needed > sheet.widths.get(col, DEFAULT_WIDTH):
            sheet.widths[col] = round(needed, 1)


def shown_width(value, code: str) -> int:
    """How many characters ``value`` takes in number format ``code`` ('#,##0.00;-#,##0.00;0.00': -1,000,000.10
    is 13), its sign included: near enough to size a column."""
    if isinstance(value, bool) or not isinstance(value, (int, Decimal)):
        return 0
    section, own_negative, digits = _format_section(code, value < 0)
    if not digits:
        return len(str(value))
    decimals = len(re.search(r"\.(0*)", section).group(1)) if "." in section else 0
    scaled = abs(value) * (100 if "%" in section else 1)
    shown = f"{scaled:{',' if ',' in section else ''}.{decimals}f}"
    sign = 1 if (value < 0 and (not own_negative or "-" in section)) or "+" in section else 0
    return len(shown) + sign + ("%" in section)


def widen_for_figures(sheet, surveyed: Survey) -> None:
    """A figure wider than its column prints as ### (Excel and LibreOffice, on screen and on paper): widen the
    column to hold its widest figure as shown (-1.000.000,10 in a column sized for 'in centen')."""
    for col, needed in surveyed.figures.items():
        _widen_to(sheet, col, needed)
    for (col, code, _negative), value in surveyed.largest.items():
        _widen_to(sheet, col, shown_width(value, code))


def _widen_to(sheet, col: int, needed: int) -> None:
    if needed and needed + 1 > sheet.widths.get(col, DEFAULT_WIDTH):
        sheet.widths[col] = float(needed + 1)


@lru_cache(maxsize=256)
def _format_section(code: str, negative: bool) -> tuple[str, bool, bool]:
    """The section of number format ``code`` that shows a figure of this sign, whether negative figures have a
    section of their own, and whether that section shows the figure by digit placeholders (its width grows with
    its size), not as General or a fixed text."""
    sections = code.split(";")
    section = sections[1] if negative and len(sections) > 1 else sections[0]
    return section, len(sections) > 1, code != "General" and bool(re.search(r"[0#]", section))


LINE_HEIGHT = 12.75  # points per line of Arial 10 (Excel's and LibreOffice's row of one line, without padding)
ROW_PADDING = 2.25   # points above and below the lines of a row (15 pt for one line, Excel's default row)


def fit_wrapped_rows(sheet, surveyed: Survey) -> None:
    """A row with a text that wraps (a column heading in 'kop', 'Correctie begroting 2021' in a column of 15)
    gets the height of its lines: neither Excel nor LibreOffice grows a row on opening a file, and LibreOffice
    prints a wrapped text in a row of one line over the row above it (its first words in the title above, the
    rest under the heading). Widths in column units as printed_width measures them; a merged cell takes the
    width of its columns."""
    spans = {(top, left): (bottom, right) for top, left, bottom, right in sheet.merges}
    needed: dict[int, int] = {}
    for row, col, text in surveyed.wrapped:
        bottom, right = spans.get((row, col), (row, col))
        if bottom != row:
            continue  # a cell merged down has the height of its rows
        width = sum(sheet.widths.get(c, DEFAULT_WIDTH) for c in range(col, right + 1) if c not in sheet.hidden_cols)
        lines = len(_wrapped(text, max(1, int((width - 1) / TEXT_WIDTH))))
        needed[row] = max(needed.get(row, 1), lines)
    for row, lines in needed.items():
        height = LINE_HEIGHT * lines + ROW_PADDING
        if lines > 1 and sheet.heights.get(row, 0) < height:
            sheet.heights[row] = height


LETTER_SHEETS = frozenset({"Brief", "Bijdrageoverzicht"})  # a letter to a member: portrait, as letters are


STATEMENT_SHEETS = frozenset({"Per gemeente"})  # a small table per member: each on one page
PAGE_ROWS = {True: 33, False: 50}  # rows of 15 pt on an A4 page at 100% inside our margins (landscape, portrait)


def keep_tables_whole(sheet, width: float) -> None:
    """A document sheet with several tables (blocks of rows between empty rows) prints each on one page where
    it fits: a table that would be split starts on a new page instead. The header rows of the first table are
    repeated only when that table itself runs over pages (over another table they would be the wrong header)."""
    page_width = LANDSCAPE_WIDTH if sheet.landscape else PORTRAIT_WIDTH
    per_page = int(PAGE_ROWS[sheet.landscape] / min(1.0, page_width / width if width else 1.0))
    filled = sorted({row for (row, _col), cell in sheet.cells.items() if cell.value not in (None, "")
                     or cell.formula is not None})
    blocks: list[list[int]] = []
    for row in filled:
        if blocks and row == blocks[-1][-1] + 1:
            blocks[-1].append(row)
        else:
            blocks.append([row])
    page_top, breaks = 1, []
    for block in blocks:
        first, last = block[0], block[-1]
        if last - page_top + 1 > per_page and last - first + 1 <= per_page and first > page_top:
            breaks.append(first - 1)  # the table starts the next page
            page_top = first
        while last - page_top + 1 > per_page:  # a table longer than a page: its own pages
            page_top += per_page
    sheet.row_breaks = breaks
    if not sheet.print_title_rows:
        return
    title_first = sheet.print_title_rows[0]
    title_block = next((b for b in blocks if b[0] <= title_first <= b[-1]), None)
    # an estimate (taller rows, LibreOffice's own measure): the header goes only where its table fits with room
    if title_block is not None and title_block[-1] - title_block[0] + 1 <= 0.8 * per_page:
        spans = any(title_block[0] <= brk < title_block[-1] for brk in breaks)
        if not spans:
            sheet.print_title_rows = None  # its table prints whole on one page


def lay_out_pages(book: Book) -> None:
    """Every sheet printable on A4 (issue 19 point 4): landscape when it is wider than a portrait page (a letter
    stays portrait, whatever its sheet is called; a template's sheet with an orientation of its own keeps it);
    a sheet so wide that fitting it to the page width would print it too small to read (Berekening: nine
    columns a year) prints at READABLE_SCALE over pages across instead, its label column repeated on every
    page. The rest of the page setup (A4, fit to width, 'Pagina x van y', the header rows a
    renderer repeats) is the writer's and the renderer's."""
    template_collisions(book)  # a template's merged cells or texts where a block wrote: refused
    wrapping = wrapping_styles(book.styles_xml)
    formats = number_formats(book.styles_xml)
    for sheet in book.sheets:
        surveyed = survey(sheet, wrapping, formats)
        widen_for_texts(sheet, surveyed)
        widen_for_figures(sheet, surveyed)
        fit_wrapped_rows(sheet, surveyed)
        width = printed_width(sheet, surveyed)
        if sheet.orientation is not None:  # the officer's, from the template
            sheet.landscape = sheet.orientation == "landscape"
        elif width > PORTRAIT_WIDTH and not sheet.letter and sheet.name not in LETTER_SHEETS:
            sheet.landscape = True
        if (sheet.print_title_rows or sheet.name in STATEMENT_SHEETS) and sheet.fit_to_width:
            keep_tables_whole(sheet, width)
        if width * SMALLEST_FIT > LANDSCAPE_WIDTH:
            sheet.fit_to_width = False
            sheet.scale = READABLE_SCALE
            first = min((col for (_row, col) in sheet.cells), default=1)
            sheet.print_title_cols = sheet.print_title_cols or (first, first)
            keep_column_groups(sheet)


def keep_column_groups(sheet) -> None:
    """Over pages across, a page ends between two groups of ``sheet.column_group`` columns, never inside one
    (Berekening: a year's begroting, wijziging and bijgesteld stay side by side; the rest of its three on
    the next page would leave each page one figure of the three that add up)."""
    if sheet.column_group < 2 or sheet.print_title_cols is None:
        return
    titles = sum(sheet.widths.get(c, DEFAULT_WIDTH) for c in range(sheet.print_title_cols[0],
                                                                    sheet.print_title_cols[1] + 1))
    # a little to spare: LibreOffice prints about 110 units across at 100% (108 is a little short of it), Excel more
    room = 0.97 * LANDSCAPE_WIDTH * 100 / sheet.scale - titles
    last = max(col for (_row, col) in sheet.cells)
    breaks, used = [], 0.0
    for start in range(sheet.print_title_cols[1] + 1, last + 1, sheet.column_group):
        group = sum(0 if c in sheet.hidden_cols else sheet.widths.get(c, DEFAULT_WIDTH)
                    for c in range(start, start + sheet.column_group))
        if used and used + group > room:
            breaks.append(start - 1)
            used = 0.0
        used += group
    sheet.col_breaks = breaks


def sum_of(refs: list[Ref]) -> Expr:
    """SUM over references, with contiguous runs in one column written as a range."""
    return SUM(*ranges_of(refs))


def ranges_of(refs: list[Ref]) -> list[Expr]:
    """References with contiguous runs in one column merged into ranges (for SUM, MAX, AND)."""
    runs: list[list[Ref]] = []
    for ref in refs:
        last = runs[-1][-1] if runs else None
        if last and last.sheet == ref.sheet and last.col == ref.col and ref.row == last.row + 1:
            runs[-1].append(ref)
        else:
            runs.append([ref])
    parts: list[Expr] = []
    for run in runs:
        if len(run) == 1:
            parts.append(run[0])
        else:
            parts.append(Area(run[0].sheet, run[0].row, run[0].col, run[-1].row, run[-1].col))
    return parts


@dataclass
class Checks:
    """Rows for the Controles sheet: description and a live TRUE/FALSE formula."""

    rows: list[tuple[str, Expr]] = field(default_factory=list)

    def add(self, description: str, expr: Expr) -> None:
        self.rows.append((description, expr))

    def write(self, writer: Writer, anchor: tuple[str, int, int]) -> Ref:
        sheet, row, col = anchor
        writer.put(sheet, row, col, "Controles", "titel")
        writer.put(sheet, row + 1, col, writer.text("controles_uitleg"), "tekst")
        first = row + 5
        refs = []
        for offset, (description, expr) in enumerate(self.rows):
            writer.put(sheet, first + offset, col, description, "label")
            refs.append(writer.formula(sheet, first + offset, col + 1, expr, "controle"))
        writer.put(sheet, row + 3, col, writer.text("hoofdcontrole"), "sectie")
        # AND takes at most 255 arguments: one range over the check column
        master_expr = AND(Area(sheet, first, col + 1, first + len(refs) - 1, col + 1)) if refs else EQ(1, 1)
        master = writer.formula(sheet, row + 3, col + 1, master_expr, "controle")
        writer.book.define("Hoofdcontrole", sheet, master.row, master.col)
        checks = [(description, ref) for (description, _expr), ref in zip(self.rows, refs)]
        writer.book.guards.append(lambda book: refuse_false_checks(book, checks))
        fit_column(writer, sheet, col, [description for description, _ in self.rows], least=70)
        writer.book.sheet(sheet).landscape = True  # the descriptions are long: read at a size on A4
        writer.book.sheet(sheet).widths.setdefault(col + 1, 14)
        return master


def refuse_false_checks(book: Book, checks: list[tuple[str, Ref]]) -> None:
    """Before a document is written: every check of its Controles sheet must be TRUE, or it is refused naming
    the first that is not (a document that fails its own Hoofdcontrole is never written)."""
    for description, ref in checks:
        if book.value_at(ref.sheet, ref.row, ref.col) is not True:
            raise InputError(_("the document would fail its own check '{check}' ({cell} is FALSE, so the "
                               "Hoofdcontrole too); nothing written: check the input of this check")
                             .format(check=description, cell=f"{ref.sheet}!{cell_name(ref.row, ref.col)}"))


def write_member_heading(writer: Writer, anchor: tuple[str, int, int], member: str, document: str,
                         description: str) -> tuple[str, int, int]:
    """The head of a per-member workbook's Invoer sheet: title, explanation, the gemeente and its document."""
    sheet, top, left = anchor
    writer.put(sheet, top, left, "Invoer", "titel")
    writer.put(sheet, top + 1, left, writer.text("invoer_uitleg"), "tekst")
    writer.put(sheet, top + 3, left, "Gemeente", "label")
    writer.put(sheet, top + 3, left + 1, member, "invoer_tekst")
    writer.put(sheet, top + 4, left, document, "label")
    writer.put(sheet, top + 4, left + 1, description, "invoer_tekst")
    return anchor


def write_provenance(writer: Writer, anchor: tuple[str, int, int], rows: list[tuple[str, str]],
                     master: Ref, input_hash: str) -> None:
    sheet, row, col = anchor
    writer.put(sheet, row, col, writer.text("herkomst_titel"), "titel")
    lines = [("Gemaakt met", f"pyengine {__version__} (Python); geen macro's, geen koppelingen naar andere bestanden"),
             ("Sjabloon", f"{writer.template.path.name} (SHA-256 {writer.template.sha256})")]
    lines += rows
    labels = [label for label, _value in lines] + ["Herberekenen", "Hoofdcontrole", "Invoer-hash"]
    label_width = min(max(24.0, max(len(label) for label in labels) * TEXT_WIDTH + 2), 40.0)  # wrapped beyond
    value_width = LANDSCAPE_WIDTH - label_width  # label and value across one landscape A4 page
    lines += [("Herberekenen", "Excel rekent alle formules opnieuw uit bij openen; de opgeslagen waarden zijn door "
                               "pyengine uit dezelfde formules berekend en in LibreOffice nagerekend (pyengine verify).")]
    end = row + 2
    for label, value in lines:  # a long text as several lines, so that it stays on the page
        below_label = paragraph(writer, sheet, end, col, label, int((label_width - 2) / TEXT_WIDTH), "label")
        end = max(below_label, paragraph(writer, sheet, end, col + 1, value, int((value_width - 2) / TEXT_WIDTH)))
    writer.put(sheet, end, col, "Hoofdcontrole", "label")
    writer.formula(sheet, end, col + 1, master, "controle")
    writer.put(sheet, end + 1, col, "Invoer-hash", "label")
    hash_ref = writer.put(sheet, end + 1, col + 1, input_hash, "bron")
    writer.book.define("Invoerhash", sheet, hash_ref.row, hash_ref.col)
    writer.book.sheet(sheet).widths[col] = label_width
    writer.book.sheet(sheet).widths[col + 1] = value_width
    writer.book.sheet(sheet).landscape = True


def source_rows(sources) -> list[tuple[str, str]]:
    """Herkomst rows naming each input file with its SHA-256."""
    return [(f"Bron: {s.role}", f"{s.name} (SHA-256 {s.sha256})") for s in sources]


def check_against_engine(book: Book, figures) -> None:
    """After evaluate_all: every (reference, the engine's value, what it is) must hold in the workbook, to the
    unit; a difference is our bug, never written out."""
    for ref, value, what in figures:
        if book.value_at(ref.sheet, ref.row, ref.col) != value:
            raise RuntimeError(f"internal error: workbook {what} differs from the engine ({value})")


def write_statements(writer: Writer, anchor: tuple[str, int, int], title: str, years: tuple[int, ...],
                     statements, footnote: str, label_width: float, value_width: float | None = None) -> None:
    """The Per gemeente sheet: per member a small table of its own, 'Uw bijdrage 2026-2029: <member>', a row
    Jaar | the years, then per (label, one formula per year) a row of amounts, and ``footnote`` below it.
    ``statements`` holds (member, rows) pairs."""
    sheet, top, left = anchor
    writer.put(sheet, top, left, title, "titel")
    row = top + 2
    for member, rows in statements:
        writer.put(sheet, row, left, f"Uw bijdrage {years_text(years)}: {member}", "ondertitel")
        row += 1
        writer.put(sheet, row, left, "Jaar", "kop")
        for y, year in enumerate(years):
            writer.put(sheet, row, left + 1 + y, str(year), "kop")
        for label, cells in rows:
            row += 1
            writer.put(sheet, row, left, label, "label")
            for y, cell in enumerate(cells):
                writer.formula(sheet, row, left + 1 + y, cell, "bedrag")
        row += 1
        writer.put(sheet, row, left, footnote, "bron")
        row += 4  # three empty rows: each statement is a table of its own
    book_sheet = writer.book.sheet(sheet)
    book_sheet.widths.setdefault(left, label_width)
    if value_width is not None:
        for col in range(left + 1, left + 1 + len(years)):
            book_sheet.widths.setdefault(col, value_width)
    book_sheet.show_grid = False



def input_hash(sources, template_sha: str, *extra: str) -> str:
    """What an output depends on: its input files, its template and the engine version. Recorded on
    the Herkomst sheet, so that regenerating from unchanged input is recognised as unchanged."""
    parts = [f"pyengine {__version__}", f"template {template_sha}", *extra]
    parts += [f"{s.role} {s.name} {s.sha256}" for s in sources]
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()


def unit_text(unit: int) -> str:
    """1000 -> '1.000' (Dutch thousands separator)."""
    return f"{unit:,}".replace(",", ".")


# Amounts shown in a unit of 1 are whole euros: 'x € 1' is said nowhere ('Bedragen x € 1', 'afgerond op x € 1').
def rounded_to(unit: int) -> str:
    """What shown amounts are rounded to, after 'afgerond op': 'x € 1.000', or for 1: "hele euro's"."""
    return "hele euro's" if unit == 1 else f"x € {unit_text(unit)}"


def in_units(unit: int) -> str:
    """The unit of shown amounts, as in 'Saldo 12 (x € 1.000)': 'x € 1.000', or for 1: "in hele euro's"."""
    return "in hele euro's" if unit == 1 else f"x € {unit_text(unit)}"


def units_caption(unit: int, caption: str) -> str:
    """The line above a table of shown amounts: the template's caption ('Bedragen x € ') and the unit, or for 1
    'Bedragen in euro' (the caption would say 'x € 1')."""
    return "Bedragen in euro" if unit == 1 else f"{caption}{unit_text(unit)}"


def paragraph(writer: Writer, sheet: str, row: int, col: int, text: str, width: int, style: str = "tekst") -> int:
    """A text too long for one printed line, as lines of at most ``width`` characters in the rows from ``row``
    down (a cell's text is never cut off at the page edge, whatever renders it); returns the row below it."""
    for line in _wrapped(text, width):
        writer.put(sheet, row, col, line, style)
        row += 1
    return row


@lru_cache(maxsize=4096)  # the same explanations in every statement of a run: wrapped once
def _wrapped(text: str, width: int) -> tuple[str, ...]:
    return tuple(textwrap.wrap(text, width, break_long_words=False, break_on_hyphens=False) or [""])


def fit_column(writer: Writer, sheet: str, col: int, texts: list[str], least: float = 0, most: float = 160) -> None:
    """Make a label column wide enough for its longest text (a template's narrower column would cut it off on
    paper, with a figure in the next cell); ``most`` keeps a sheet from printing too small."""
    longest = max((len(text) for text in texts), default=0)
    widths = writer.book.sheet(sheet).widths
    widths[col] = max(widths.get(col, 0), least, min(longest * 1.05 + 2, most))


def weight_label(source: str) -> str:
    """The weight column a key came from, as a heading: 'inwoners.csv, kolom inwoners' -> 'Gewicht (inwoners)'."""
    found = re.search(r"kolom (.+)$", source or "")
    return f"Gewicht ({found.group(1).strip()})" if found else "Gewicht"

