"""A staat van reserves en voorzieningen with a narrow 'Toelichting' column right of the figures, printed to PDF by
LibreOffice (issue 18, e3): a note that starts in lower case or with a digit is printed tight against the last figure
('1.250zie toelichting', '3402024 vrijval', '12.000conform besluit'), one word to pdfplumber. That line lost its
Saldo 31-12 (the clean table gave false findings at the totals, a +1 in it went unreported). The figure and the note
are taken apart where the figure ends at its column's right edge; a real figure is never cut (a figure in the
column's own format, '3.402.024' or '3402024', ends at that edge as a whole)."""

import copy
import re
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from pyengine.audit import audit, main as audit_main
from pyengine.audit.pdf import _unglued
from test_audit_pdf_print import print_to_pdf

D = Decimal
TITLES = ["Omschrijving", "Saldo 1-1-2025", "Toevoegingen", "Onttrekkingen", "Vrijval", "Saldo 31-12-2025",
          "Toelichting"]
# label, saldo begin, toevoegingen, onttrekkingen, vrijval, note (the saldo 31-12 follows)
RESERVES = [("Algemene reserve", 28685, 752, 2476, 0, "zie toelichting"),
            ("Reserve sociaal domein", 1530, 1128, 1408, 0, "2024 vrijval"),
            ("Reserve egalisatie afval", 412, 90, 162, 0, "conform besluit"),
            ("Reserve groot onderhoud", 13694, 0, 1694, 0, "1e tranche"),
            ("Reserve energietransitie", 3691, 2450, 0, 0, "")]
VOORZIENINGEN = [("Voorziening pensioenen wethouders", 25650, 2210, 3983, 0, "actuariele berekening"),
                 ("Voorziening onderhoud wegen", 28882, 2819, 0, 171, "3e herziening"),
                 ("Voorziening dubieuze debiteuren", 1698, 52, 500, 0, "")]
PLUS = "Reserve sociaal domein"   # its Saldo 31-12 (1.250, the note '2024 vrijval' glued) printed one too high


def rows(plus: bool = False) -> list:
    def line(label, begin, add, take, free, note):
        end = begin + add - take - free
        return [label, begin, add, take, free, end + (plus and label == PLUS), note]

    def total(label, lines):
        return [label] + [sum(line[c] for line in lines) for c in range(1, 6)] + [""]

    reserves = [line(*r) for r in RESERVES]
    provisions = [line(*v) for v in VOORZIENINGEN]
    tr = total("Totaal reserves", rows()[1:1 + len(RESERVES)] if plus else reserves)
    tv = total("Totaal voorzieningen", provisions)
    return [["Reserves"], *reserves, tr, [], ["Voorzieningen"], *provisions, tv, [],
            total("Totaal reserves en voorzieningen", [tr, tv])]


def workbook(path: Path, lines: list) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Staat R&V"
    sheet.cell(1, 1, "Gemeente Oosterhaven - Jaarstukken 2025").font = Font(bold=True, size=13)
    sheet.cell(2, 1, "Staat van reserves en voorzieningen (bedragen x € 1.000)")
    for c, title in enumerate(TITLES, start=1):
        cell = sheet.cell(4, c, title)
        cell.font = Font(bold=True)
        cell.alignment = Alignment(horizontal="center" if c > 1 else "left", wrap_text=True)
    for r, line in enumerate(lines, start=5):
        for c, value in enumerate(line, start=1):
            if value in (None, ""):
                continue
            cell = sheet.cell(r, c, value)
            if isinstance(value, int):
                cell.number_format = '[$-413]#,##0;-#,##0;"-"'
            elif c == len(TITLES):
                cell.alignment = Alignment(horizontal="left")
    sheet.column_dimensions["A"].width = 40
    for c in range(2, len(TITLES)):
        sheet.column_dimensions[get_column_letter(c)].width = 11
    sheet.column_dimensions[get_column_letter(len(TITLES))].width = 14   # narrow: the notes run over
    sheet.page_setup.orientation = "portrait"
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0
    book.save(path)
    return path


@pytest.fixture(scope="module")
def printed(tmp_path_factory):
    folder = tmp_path_factory.mktemp("toelichting")
    books = {"clean": workbook(folder / "staat-clean.xlsx", rows()),
             "plus": workbook(folder / "staat-plus.xlsx", rows(plus=True))}
    pdfs = print_to_pdf(tmp_path_factory, folder, books)
    return {key: (books[key], pdfs[key]) for key in books}


def test_the_notes_print_tight_against_the_figures(printed):
    import pdfplumber

    with pdfplumber.open(printed["clean"][1]) as document:
        words = [w["text"] for w in document.pages[0].extract_words(x_tolerance=1.5)]
    glued = [w for w in words if re.fullmatch(r"[\d.]+[a-z\d]\w*", w) and not re.fullmatch(r"[\d.]+", w)]
    assert {"1.250zie", "12.000conform"} & set(glued) or glued, words
    assert any(re.fullmatch(r"1\.2502024", w) for w in words), words


def test_the_clean_staat_is_clean_and_each_figure_read_right(printed):
    book, pdf = printed["clean"]
    report = audit(pdf)
    assert report.findings == () and report.unverified == () and audit_main(str(pdf)) == 0
    table = report.tables[0]
    assert table.columns == tuple(TITLES[1:6])
    xlsx = audit(book)
    assert report.figures_checked == xlsx.figures_checked
    assert [(r.total, r.parts, r.checked) for r in table.relations] == \
        [(r.total, r.parts, r.checked) for r in xlsx.tables[0].relations]


def test_a_plus_one_in_a_line_with_a_glued_note_is_found_at_its_saldo(printed):
    book, pdf = printed["plus"]
    report = audit(pdf)
    got = {(f.row_label, f.column, f.expected, f.found) for f in report.findings}
    assert (PLUS, "Saldo 31-12-2025", D(1250), D(1251)) in got
    assert got == {(f.row_label, f.column, f.expected, f.found) for f in audit(book).findings}
    assert audit_main(str(pdf)) == 1


def _word(text, x0, top=100, width=4.5):
    chars = [{"text": ch, "x0": x0 + i * width, "x1": x0 + (i + 1) * width} for i, ch in enumerate(text)]
    return {"text": text, "x0": x0, "x1": x0 + len(text) * width, "top": top, "size": 9, "chars": chars}


def test_a_glued_note_starting_low_or_with_a_digit_is_cut_at_the_column_edge_only():
    """A column's figures end at x = 200, each line with a figure left of it (ending at 150); a word running past that
    edge is cut where its figure part ends at it; a real figure ('3.402.024', '3402024') ending at the edge is never
    cut, nor a word of a label column, a page number or a year over no line of figures, a figure of another format."""
    edge = 200

    def at_edge(text, top, figure, left=True, then=None):   # its first `figure` letters end at the edge
        word = _word(text, edge - 4.5 * figure, top)
        return ([_word("1.000", 150 - 22.5, top)] if left else []) + [word] + (
            [_word(then, word["x1"] + 2.5, top)] if then else [])

    def texts(words):
        return [w["text"] for w in _unglued(copy.deepcopy(words)) if w["x0"] > 140 and w["text"] not in ("vrijval", "tranche", "van", "EUR")]

    words = [*at_edge("28.685", 10, 6), *at_edge("3.402.024", 20, 9), *at_edge("3402024", 30, 7, then="vrijval"),
             *at_edge("1.2502024", 40, 5, then="vrijval"), *at_edge("3402024", 50, 3, then="vrijval"),
             *at_edge("12.000conform", 60, 6), *at_edge("-zie", 70, 1), *at_edge("(1.250)zie", 80, 7),
             *at_edge("1e", 90, 1), *at_edge("12.0001e", 95, 6, then="tranche"), _word("2024vrijval", 20, 100)]
    assert texts(words) == ["28.685", "3.402.024", "3402024", "1.250", "2024", "340", "2024", "12.000", "conform",
                            "-", "zie", "(1.250)", "zie", "1e", "12.000", "1e"]
    # not cut: a note of digits followed by no word ('3402024' as a whole, '1.2502024'), a page's number ('Pagina 11
    # van 21', no figure left of it), a figure after its decimals ('12,53e') or in another format ('8,168.12 EUR'),
    # a note starting with a 0
    others = [*at_edge("3402024", 110, 3), *at_edge("1.2502024", 120, 5), *at_edge("11", 130, 1, False, "van"),
              *at_edge("12,53e", 140, 4), *at_edge("8,168.12", 150, 4, then="EUR"),
              *at_edge("1.250024", 160, 5, then="vrijval")]
    assert texts(words[:8] + others) == texts(words[:8]) + ["3402024", "1.2502024", "11", "12,53e", "8,168.12",
                                                            "1.250024"]
    # the same note on three lines ('2024 vrijval' after 340, 560, 120) ends at one place too, but at fewer figures
    # than the column's edge (the figures of the lines without a note and the totals)
    repeated = words[:8] + [*at_edge("28.685", 97, 6)] + [w for n in (340, 560, 120)
                                                         for w in at_edge(f"{n}2024", 110 + n, 3, then="vrijval")]
    assert texts(repeated)[-7:] == ["28.685", "340", "2024", "560", "2024", "120", "2024"]
