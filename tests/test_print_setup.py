"""Print setup on every sheet we write, every kind (issue 19 point 4), read back from the produced xlsx with
openpyxl: A4, 'Pagina x van y', landscape where wide, fit to the page width unless that would print too small
to read (Berekening: then a readable scale over pages across with its label column repeated), header rows
repeated on every table sheet, no text cut off by a filled cell beside it, and the chart tall enough to
label every member (40 here, read back from LibreOffice's PDF)."""

import os
import shutil
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import openpyxl
import pdfplumber
import pytest
from openpyxl.utils import get_column_letter

import pyengine
from pyengine.bulk import WRITTEN
from pyengine.render.sheets import (DEFAULT_WIDTH, LANDSCAPE_WIDTH, LETTER_SHEETS, PORTRAIT_WIDTH, READABLE_SCALE,
                                    SMALLEST_FIT, TEXT_WIDTH)

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
KINDS = {"begrotingswijziging", "bijdrageoverzicht", "kostenverdeling", "afrekening", "afrekeningsbrief", "meerjarenraming",
         "sleutelvergelijking"}
# sheets with one table under a header row, printed with that row on every page
TABLE_SHEETS = {"Begrotingswijziging", "Kostenverdeling", "Overzicht", "Verdeling", "Meerjarenraming",
                "Sleutelvergelijking", "Grafiek"}


@pytest.fixture(scope="module")
def produced(tmp_path_factory):
    out = tmp_path_factory.mktemp("print")
    results = pyengine.generate([EXAMPLES / "regionaal-leerhuis", EXAMPLES / "afrekening-peelland"], out,
                                per_member=True)
    results += pyengine.generate([EXAMPLES / "midden-limburg-west", EXAMPLES / "holland-rijnland",
                                  EXAMPLES / "vooruitblik"], out)
    assert all(r.status == WRITTEN for r in results)
    assert {r.kind for r in results} == KINDS
    inputs = sorted((EXAMPLES / "invoer").rglob("*.xlsx")) + sorted((ROOT / "xlsx_models").glob("invoer-*.xlsx"))
    return [r.path for r in results] + inputs


def width_of(sheet, col: int) -> float:
    letter = get_column_letter(col)
    dim = sheet.column_dimensions.get(letter)
    if dim is not None and dim.hidden:
        return 0.0
    return dim.width if dim is not None and dim.customWidth and dim.width else DEFAULT_WIDTH


def used_width(sheet) -> float:
    cols = {c.column for row in sheet.iter_rows() for c in row if c.value is not None}
    charts = [chart.anchor._from.col + 1 + 10 for chart in sheet._charts]  # a chart spans 10 columns
    last = max(cols | set(charts) | {1})
    return sum(width_of(sheet, c) for c in range(1, last + 1))


def test_every_sheet_is_a4_numbered_and_fits_a_readable_page(produced):
    sheets = 0
    for path in produced:
        book = openpyxl.load_workbook(path)
        for sheet in book.worksheets:
            where = (path.name, sheet.title)
            setup = sheet.page_setup
            assert setup.paperSize in (9, "9"), where
            assert sheet.oddFooter.center.text == "Pagina &P van &N", where
            width = used_width(sheet)
            if width > PORTRAIT_WIDTH and sheet.title not in LETTER_SHEETS:
                assert setup.orientation == "landscape", (where, width)
            fit = sheet.sheet_properties.pageSetUpPr is not None and sheet.sheet_properties.pageSetUpPr.fitToPage
            if fit:
                assert int(setup.fitToWidth) == 1 and int(setup.fitToHeight) == 0, where
                page = LANDSCAPE_WIDTH if setup.orientation == "landscape" else PORTRAIT_WIDTH
                assert width <= page or page / width >= SMALLEST_FIT, (where, width)  # never printed unreadably small
            else:  # too wide to fit: a readable scale over pages across, its label column on every page
                assert int(setup.scale) == READABLE_SCALE and setup.orientation == "landscape", where
                assert sheet.print_title_cols and sheet.print_title_cols.startswith("$A:"), where
            sheets += 1
    assert sheets > 60


def test_berekening_prints_at_a_readable_scale_with_its_labels_on_every_page(produced):
    amendment = next(p for p in produced if p.name.startswith("regionaal-leerhuis-begrotingswijziging"))
    sheet = openpyxl.load_workbook(amendment)["Berekening"]
    assert sheet.sheet_properties.pageSetUpPr is None or not sheet.sheet_properties.pageSetUpPr.fitToPage
    assert int(sheet.page_setup.scale) == READABLE_SCALE and sheet.print_title_cols == "$A:$A"
    # a page across ends between a year's three columns (begroting, wijziging, bijgesteld; the corrections, the
    # shown figures), never inside them (issue 18: a page of 'Getoond bijgesteld' alone was misread), and each
    # page holds what fits at 80% beside the label column
    breaks = [b.id for b in sheet.col_breaks.brk]
    assert breaks and all((b - 1) % 3 == 0 for b in breaks) and sheet.col_breaks.manualBreakCount == len(breaks)
    edges = [1] + breaks + [sheet.max_column]
    for start, end in zip(edges, edges[1:]):
        assert width_of(sheet, 1) + sum(width_of(sheet, c) for c in range(start + 1, end + 1)) \
            <= LANDSCAPE_WIDTH * 100 / READABLE_SCALE
    # blocks B (the split over the members) and C (the rounding) each start a page: C's column titles never
    # stand alone at the foot of one, and a page across opening with block B shows its title
    titles = [c.row for c in sheet["A"] if isinstance(c.value, str) and c.value.startswith(("B. ", "C. "))]
    assert [b.id + 1 for b in sheet.row_breaks.brk] == titles and len(titles) == 2
    # no other sheet has manual breaks across
    book = openpyxl.load_workbook(amendment)
    assert [s.title for s in book.worksheets if s.col_breaks.brk] == ["Berekening"]


def test_no_figure_is_wider_than_its_column(produced):
    """A figure wider than its column prints as ### (on screen too): every column holds its widest figure as
    its number format shows it (-1.000.000,10; 196.000.000.000.000 in Berekening's 'Teller (centen x gewicht)')."""
    from pyengine.render.sheets import shown_width
    checked = 0
    for path in produced:
        book = openpyxl.load_workbook(path, data_only=True)
        for sheet in book.worksheets:
            for row in sheet.iter_rows():
                for cell in row:
                    if isinstance(cell.value, (int, float)) and not isinstance(cell.value, bool) \
                            and width_of(sheet, cell.column):  # (a hidden column shows nothing)
                        value = Decimal(str(cell.value))
                        needed = shown_width(value, cell.number_format)
                        assert needed < width_of(sheet, cell.column), (path.name, sheet.title, cell.coordinate, value)
                        checked += 1
    assert checked > 5000


def blocks_of(sheet) -> list[tuple[int, int]]:
    """(first, last) rows of each table: rows with something in them, between empty rows."""
    filled = sorted({c.row for row in sheet.iter_rows() for c in row if c.value not in (None, "")})
    blocks: list[list[int]] = []
    for r in filled:
        if blocks and r == blocks[-1][1] + 1:
            blocks[-1][1] = r
        else:
            blocks.append([r, r])
    return [tuple(b) for b in blocks]


def test_a_table_sheet_repeats_its_header_rows_unless_its_table_prints_whole(produced):
    """A table that runs over pages repeats its header rows; a sheet whose first table fits on its page does not
    (on the next page that header would stand above another table), and a table that would be split starts on
    a new page instead (a manual row break just above it)."""
    seen = set()
    for path in produced:
        if path.suffix != ".xlsx" or "invoer" in path.parts or path.parent.name == "xlsx_models":
            continue
        book = openpyxl.load_workbook(path)
        for sheet in book.worksheets:
            if sheet.title not in TABLE_SHEETS:
                continue
            seen.add(sheet.title)
            breaks = [b.id for b in sheet.row_breaks.brk]
            blocks = blocks_of(sheet)
            for brk in breaks:  # a break only between tables, never inside one
                assert not any(first <= brk < last for first, last in blocks), (path.name, sheet.title, brk)
                assert any(first == brk + 1 for first, _last in blocks), (path.name, sheet.title, brk)
            if sheet.print_title_rows:
                first = int(sheet.print_title_rows.split(":")[0].strip("$"))
                header = [c.value for c in sheet[first] if c.value is not None]
                assert header and any("20" in str(v) or str(v).istitle() for v in header), (path.name, sheet.title)
            else:
                assert len(blocks) > 1 or blocks[0][1] - blocks[0][0] < 40, (path.name, sheet.title)
    assert seen == TABLE_SHEETS


def test_no_text_is_cut_off_by_a_filled_cell_beside_it(produced):
    """A text cell whose right neighbour holds something is cut off at its column's edge, on screen and on
    paper: its column must be wide enough (merged cells count their width together)."""
    checked = 0
    for path in produced:
        book = openpyxl.load_workbook(path)
        for sheet in book.worksheets:
            merged = {}
            for area in sheet.merged_cells.ranges:
                merged[(area.min_row, area.min_col)] = area.max_col
            for row in sheet.iter_rows():
                for cell in row:
                    if not isinstance(cell.value, str) or cell.data_type == "f" or not cell.value:
                        continue
                    last = merged.get((cell.row, cell.column), cell.column)
                    beside = sheet.cell(cell.row, last + 1).value
                    if beside is None or cell.alignment.wrap_text:
                        continue
                    room = sum(width_of(sheet, c) for c in range(cell.column, last + 1))
                    needed = len(cell.value) * TEXT_WIDTH
                    assert needed <= room + 1, (path.name, sheet.title, cell.coordinate, cell.value, room)
                    checked += 1
    assert checked > 500


def test_a_row_with_a_wrapped_text_is_as_tall_as_its_lines(produced):
    """Neither Excel nor LibreOffice grows a row on opening a file; LibreOffice prints a heading wrapped in a row
    of one line over the row above it ('Correctie' of 'Correctie begroting 2021' inside the title of block C):
    a row with a wrapped text (column headings) is written with the height of its lines."""
    checked = 0
    for path in produced:
        book = openpyxl.load_workbook(path)
        for sheet in book.worksheets:
            merged = {(area.min_row, area.min_col): area.max_col for area in sheet.merged_cells.ranges}
            for row in sheet.iter_rows():
                for cell in row:
                    if not isinstance(cell.value, str) or not cell.alignment.wrap_text or not cell.value.strip():
                        continue
                    last = merged.get((cell.row, cell.column), cell.column)
                    room = sum(width_of(sheet, c) for c in range(cell.column, last + 1))
                    per_line = max(1, int((room - 1) / TEXT_WIDTH))
                    lines, length = 1, 0
                    for word in cell.value.split():
                        if length and length + 1 + len(word) > per_line:
                            lines, length = lines + 1, len(word)
                        else:
                            length += (1 if length else 0) + len(word)
                    height = sheet.row_dimensions[cell.row].height or 15
                    assert height >= 12.75 * lines, (path.name, sheet.title, cell.coordinate, cell.value, height)
                    checked += lines > 1
    assert checked > 20
    berekening = openpyxl.load_workbook(next(p for p in produced if "begrotingswijziging" in p.name))["Berekening"]
    head = next(r for r in berekening.iter_rows() if r[1].value == "Correctie begroting 2021")
    assert berekening.row_dimensions[head[0].row].height >= 2 * 12.75


def forty_members(folder: Path) -> Path:
    names = []
    for line in (ROOT / "pyengine" / "inputs" / "data" / "gemeenten.csv").read_text(encoding="utf-8").splitlines():
        if line.startswith("GM"):
            _code, name, _van, tot, *_rest = line.split(";")
            if not tot and "'" not in name and "(" not in name and name not in names:
                names.append(name)
    names = names[:40]
    (folder / "inwoners.csv").write_text("gemeente,inwoners\n" + "".join(
        f"{name},{10_000 + 997 * i}\n" for i, name in enumerate(names)), encoding="utf-8")
    contributions = "".join(f'"{name}" = [-10_000, -10_000]\n' for name in names)
    spec = folder / "begrotingswijziging-2026-01.toml"
    spec.write_text(f"""soort = "begrotingswijziging"
[algemeen]
nummer = "2026-01"
titel = "Veertig gemeenten"
organisatie = "GR Veertig"
jaren = [2026, 2027]
eenheid = 1000
bijdrage = "sluitend"
[verdeelsleutel]
bestand = "inwoners.csv"
kolom = "inwoners"
[begroting]
personeelskosten = 400_000
gemeentelijke_bijdrage = -400_000
[wijziging]
personeelskosten = 48_000
[bijdrage_gemeente]
{contributions}""", encoding="utf-8")
    return spec


@pytest.mark.skipif(not (shutil.which("soffice") or shutil.which("libreoffice")), reason="LibreOffice is not installed")
def test_the_chart_labels_every_one_of_forty_members(tmp_path):
    forty_members(tmp_path)
    results = pyengine.generate([tmp_path / "begrotingswijziging-2026-01.toml"], tmp_path / "uit")
    assert [r.status for r in results] == [WRITTEN], [r.note for r in results]
    workbook = results[0].path
    env = {**os.environ, "PYTHONPATH": str(ROOT), "LANG": "en_US.UTF-8", "LC_ALL": "en_US.UTF-8"}
    done = subprocess.run([sys.executable, "-m", "pyengine", "pdf", str(workbook)], env=env, capture_output=True,
                          text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    book = openpyxl.load_workbook(workbook)
    members = [c.value for c in book["Grafiek"]["A"][3:] if c.value]
    assert len(members) == 40
    assert book["Begrotingswijziging"].print_title_rows  # 40 members: the table runs over pages, header on each
    with pdfplumber.open(workbook.with_suffix(".pdf")) as pdf:
        pages = [p.extract_text() or "" for p in pdf.pages]
    chart_pages = "\n".join(p for p in pages if "Bijdrage per gemeente" in p)
    lines = chart_pages.splitlines()
    for name in members:  # once in the table beside the chart, once on the chart's axis: none skipped
        assert sum(line.strip().startswith(name) or line.strip().endswith(name) or f" {name} " in f" {line} "
                   for line in lines) >= 2, name
