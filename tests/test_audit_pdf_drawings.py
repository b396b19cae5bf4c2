"""A chart's text in a PDF is no table, but a shaded range of cells is one (issue 18 point 3, trial finding 1).

LibreOffice paints a page's footer first, then the cells (a fill before its text), then the drawing layer.
A bijdrageoverzicht split by D'Hondt or Sainte-Laguë prints its Berekening over pages across with the shaded
year column repeated on every page: its fill, 60 pt and more, came after the footer's text and was taken for
a chart, so the years were dropped, the last year read as a total of the years above (false findings) and
the next page's columns as lines without labels (NOT verified). The PDFs here are written by hand, in the
order LibreOffice paints them."""

from __future__ import annotations

from pathlib import Path

import pdfplumber
import pytest

from pyengine.audit import audit
from pyengine.audit.pdf import _drawing_text

YEARS = (2025, 2026, 2027, 2028, 2029)
# Jaar | In centen | Wijziging | Begroting | Bijgestelde begroting: the last year is no total of the years above
ROWS = [(2025, "2.290.533", "-22.905,33", "-692.561,67", "-715.467,00"),
        (2026, "3.618.461", "-36.184,61", "-28.339,03", "-64.523,64"),
        (2027, "5.853.369", "-58.533,69", "-736.373,70", "-794.907,39"),
        (2028, "2.423.872", "-24.238,72", "-155.183,31", "-179.422,03"),
        (2029, "1.244.320", "-12.443,20", "-462.555,47", "-474.998,67")]
COLUMNS = ("In centen", "Wijziging (euro)", "Begroting (euro)", "Bijgestelde begroting (euro)")


def text(x: float, y: float, value: str, right: bool = False) -> bytes:
    width = 4.45 * len(value)  # Helvetica 8: a digit is 4.45 pt wide
    return b"BT /F1 8 Tf %.2f %.2f Td (%s) Tj ET\n" % (x - width if right else x, y, value.encode("latin-1"))


def fill(x: float, y: float, w: float, h: float) -> bytes:
    return b"0.87 0.92 0.97 rg %.2f %.2f %.2f %.2f re f 0 0 0 rg\n" % (x, y, w, h)


def one_page_pdf(path: Path, stream: bytes) -> Path:
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [5 0 R] /Count 1 >>",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
               b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 842 595] /Resources << /Font << /F1 3 0 R >> >> "
               b"/Contents 4 0 R >>"]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    path.write_bytes(bytes(out))
    return path


def chart(left: float, bottom: float) -> bytes:
    """A chart as LibreOffice paints it: its background, then its title, axis figures, years and legend."""
    stream = fill(left, bottom, 240, 200)
    stream += text(left + 60, bottom + 185, "Bijdrage per jaar") + text(left + 180, bottom + 20, "Legenda")
    for i, figure in enumerate(("0", "2.000.000", "4.000.000", "6.000.000")):
        stream += text(left + 55, bottom + 33 + 37 * i, figure, right=True)
    for i, year in enumerate(YEARS):
        stream += text(left + 60 + 30 * i, bottom + 6, str(year))
    return stream


def berekening_page(path: Path, title_column_apart: bool, charts: tuple[tuple[float, float], ...] = ()) -> Path:
    """The footer, the shaded header row and year column, then the cells' text: row by row, or (a repeated
    title column, as LibreOffice paints it) the years first and the other cells after them; then ``charts``
    (left, bottom) after the cells."""
    tops = [480 - 12 * i for i in range(len(ROWS))]
    stream = text(385, 20, "Pagina 2 van 3") + text(37, 550, "Berekening")
    stream += fill(36, 488, 500, 14) + fill(36, 424, 101, 62)
    stream += text(78, 492, "Jaar") + b"".join(text(x, 492, title, right=True)
                                               for x, title in zip((237, 338, 438, 560), COLUMNS))
    if title_column_apart:
        stream += b"".join(text(98, top, str(row[0]), right=True) for row, top in zip(ROWS, tops))
    for row, top in zip(ROWS, tops):
        if not title_column_apart:
            stream += text(98, top, str(row[0]), right=True)
        stream += b"".join(text(x, top, value, right=True) for x, value in zip((237, 338, 438, 560), row[1:]))
    stream += b"".join(chart(left, bottom) for left, bottom in charts)
    return one_page_pdf(path, stream)


def test_a_shaded_year_column_painted_with_its_row_keeps_its_years_as_labels(tmp_path):
    report = audit(berekening_page(tmp_path / "rij.pdf", title_column_apart=False))
    assert report.findings == () and report.verdict == "clean" and not report.unverified, report.findings[:2]
    table = report.tables[0]
    assert table.rows == 5 and table.columns == COLUMNS and table.relations


def test_a_repeated_year_column_painted_apart_keeps_its_years_as_labels(tmp_path):
    # (its fill and its years one run, as a chart's; but every year stands on a line of figures outside it)
    path = berekening_page(tmp_path / "titelkolom.pdf", title_column_apart=True)
    with pdfplumber.open(path) as document:
        assert _drawing_text(document.pages[0]) == set()
    report = audit(path)
    assert report.findings == () and report.verdict == "clean" and not report.unverified, report.findings[:2]
    assert report.tables[0].columns == COLUMNS


@pytest.mark.parametrize("charts", [((580, 250),), ((40, 60), (420, 60))])
def test_a_chart_painted_after_the_cells_is_still_no_table(tmp_path, charts):
    # beside the table; or two charts side by side, their texts on the same lines (each is outside the other)
    path = berekening_page(tmp_path / "grafiek.pdf", title_column_apart=True, charts=charts)
    with pdfplumber.open(path) as document:
        page = document.pages[0]
        drawn = _drawing_text(page)
        drawn = "".join(c["text"] for c in page.chars if id(c) in drawn).replace(" ", "")
    assert drawn.count("Bijdrageperjaar") == len(charts) and drawn.count("6.000.000") == len(charts)
    assert drawn.count("20252026202720282029") == len(charts) and "2.290.533" not in drawn
    report = audit(path)
    assert report.findings == () and report.verdict == "clean" and not report.unverified, report.findings[:2]
    assert len(report.tables) == 1 and report.tables[0].rows == 5


def test_a_tall_shaded_header_row_whose_titles_stand_on_no_other_line_keeps_its_titles(tmp_path):
    """The Invoer sheet of a D'Hondt statement printed whole by LibreOffice: its header row, shaded, three lines
    of wrapped titles (42 pt, 686 pt wide), is filled after the footer and its titles stand on no line of
    figures. Taken for a chart, the titles were dropped: the next page across (its own titles dropped too) was
    read as more lines of the same table, its year a 'year out of sequence' (false finding). The cells' text
    painted after the fill outside it (the sheet's title, the lines of figures) shows it is no drawing."""
    tops = [454 - 12 * i for i in range(len(ROWS))]
    stream = text(385, 20, "Pagina 5 van 10") + fill(36, 462, 686, 42)
    stream += text(37, 550, "Invoer") + text(37, 538, "Alle invoer van dit werkboek.")
    stream += text(40, 466, "Jaar")
    for x, title in zip((237, 338, 438, 560), COLUMNS):  # each title wrapped over two lines in its cell
        first, _space, rest = title.partition(" ")
        stream += text(x, 478, first, right=True) + text(x, 466, rest or " ", right=True)
    for row, top in zip(ROWS, tops):
        stream += text(60, top, str(row[0]), right=True)
        stream += b"".join(text(x, top, value, right=True) for x, value in zip((237, 338, 438, 560), row[1:]))
    path = one_page_pdf(tmp_path / "invoer.pdf", stream)
    with pdfplumber.open(path) as document:
        assert _drawing_text(document.pages[0]) == set()
    report = audit(path)
    assert report.findings == () and not report.unverified, report.findings[:2]
    assert report.tables[0].rows == 5 and "Jaar" not in report.tables[0].columns
    assert any("Wijziging" in column for column in report.tables[0].columns), report.tables[0].columns
