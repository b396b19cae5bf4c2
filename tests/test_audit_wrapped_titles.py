"""pyengine audit on the PDF of a staat van voorzieningen whose column titles wrap in their cells over different
numbers of lines (issue 18, a published table: one column was named 'Saldo 1 januari Toevoegingen' and its figures
read under the wrong titles, 15 false findings). Titles set at the top, in the middle or at the foot of the header
row, left-aligned, centred or right-aligned, in narrow and wide columns, print as lines of pieces of titles: the
PDF reading gives each column its own whole title, as the workbook reading does, and the stand chain (Saldo 1
januari + Toevoegingen (+ Rente-toevoeging) - Vrijval - Aanwendingen/Onttrekkingen = Saldo 31 december) holds on
every line. Each table typed as a person types it (openpyxl, figures, no formulas) and printed by LibreOffice."""

from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from openpyxl.styles import Alignment, Border, Font, Side

from published_tables import audited, finish, print_named
from pyengine.audit import audit
from pyengine.audit.pdf import _broken_word

D = Decimal

TITLES = {
    "aanwendingen": ["Omschrijving", "Saldo 1 januari 2025", "Toevoegingen", "Vrijval", "Aanwendingen",
                     "Saldo 31 december 2025"],
    "rente": ["Omschrijving", "Saldo 1 januari 2025", "Toevoegingen", "Rente-toevoeging", "Vrijval", "Onttrekkingen",
              "Saldo 31 december 2025"],
}
# (name, saldo 1 januari, toevoegingen, vrijval, aanwendingen) per heading
GROUPS = [("Voorzieningen voor verplichtingen en verliezen",
           [("Voorziening pensioenen wethouders", 2450000, 310000, 0, 185000),
            ("Voorziening wachtgelden", 380000, 120000, 45000, 160000),
            ("Voorziening dubieuze debiteuren", 615000, 80000, 25000, 40000)]),
          ("Onderhoudsegalisatievoorzieningen",
           [("Voorziening onderhoud gemeentelijke gebouwen", 3120000, 850000, 0, 920000),
            ("Voorziening onderhoud wegen", 1840000, 600000, 100000, 455000),
            ("Voorziening riolering", 2275000, 410000, 0, 380000)])]


def figures(kind: str, start: int, added: int, released: int, used: int) -> list[int]:
    if kind == "rente":
        interest = start // 100
        return [start, added, interest, released, used, start + added + interest - released - used]
    return [start, added, released, used, start + added - released - used]


def staat(path: Path, kind: str, vertical: str, horizontal: str, widths, height: float, plus: bool = False,
          deleted: bool = False, group: str | None = None) -> Path:
    """A title, 'Bedragen in euro's', an empty row, the titles (bold, wrapped, set `vertical` and `horizontal`, a line
    under them; the row `height` points tall), then per heading its lines, an underlined subtotal 'Totaal <heading>'
    and an empty row; 'Totaal voorzieningen' last. Nil figures print '-'. With plus, the Toevoegingen of 'Voorziening
    wachtgelden' are 1 too high; with deleted, 'Voorziening onderhoud wegen' is gone under an unchanged subtotal. A
    `group` title is merged and centred over all the figures' columns in the row above the titles."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Staat"
    sheet["A1"], sheet["A2"] = "Staat van voorzieningen 2025", "Bedragen in euro's"
    sheet["A1"].font = Font(bold=True)
    titles = TITLES[kind]
    for c, title in enumerate(titles, start=1):
        cell = sheet.cell(4, c, title)
        cell.alignment = Alignment(wrap_text=True, vertical=vertical, horizontal=horizontal if c > 1 else "left")
        cell.font = Font(bold=True)
        cell.border = Border(bottom=Side(style="thin"))
    sheet.row_dimensions[4].height = height
    if group:
        sheet.cell(3, 2, group).alignment = Alignment(horizontal="center")
        sheet.merge_cells(start_row=3, start_column=2, end_row=3, end_column=len(titles))
    r = 5
    grand = None
    for heading, lines in GROUPS:
        sheet.cell(r, 1, heading).font = Font(bold=True)
        r += 1
        subtotal = None
        for name, *values in lines:
            row = figures(kind, *values)
            subtotal = row if subtotal is None else [a + b for a, b in zip(subtotal, row)]
            if deleted and name == "Voorziening onderhoud wegen":
                continue
            if plus and name == "Voorziening wachtgelden":
                row = row[:1] + [row[1] + 1] + row[2:]
            sheet.cell(r, 1, name)
            for c, value in enumerate(row, start=2):
                sheet.cell(r, c, value).number_format = '#,##0;-#,##0;"-"'
            r += 1
        sheet.cell(r, 1, "Totaal " + heading[0].lower() + heading[1:]).font = Font(bold=True)
        for c, value in enumerate(subtotal, start=2):
            cell = sheet.cell(r, c, value)
            cell.number_format, cell.font = '#,##0;-#,##0;"-"', Font(bold=True)
            cell.border = Border(top=Side(style="thin"))
        grand = subtotal if grand is None else [a + b for a, b in zip(grand, subtotal)]
        r += 2
    sheet.cell(r, 1, "Totaal voorzieningen").font = Font(bold=True)
    for c, value in enumerate(grand, start=2):
        cell = sheet.cell(r, c, value)
        cell.number_format, cell.font = '#,##0;-#,##0;"-"', Font(bold=True)
        cell.border = Border(top=Side(style="thin"), bottom=Side(style="double"))
    widths = widths if isinstance(widths, (list, tuple)) else [widths] * (len(titles) - 1)
    return finish(sheet, path, widths={"A": 52, **dict(enumerate(widths, start=2))})


# (kind, vertical, horizontal, widths, row height): 'Saldo 1 januari 2025' over two lines beside titles of one line
# set in the middle (the published table), titles broken inside a word by a narrow column ('Toevoeginge' above 'n',
# 'Toevoeging' above 'en'), at the top, at the foot, and columns of different widths
VARIANTS = {
    "middle": ("aanwendingen", "center", "center", 20, 40),
    "middle left": ("aanwendingen", "center", "left", 18, 40),
    "foot narrow": ("aanwendingen", "bottom", "left", 11, 60),
    "top right": ("aanwendingen", "top", "right", 14, 45),
    "rente middle": ("rente", "center", "left", 14, 45),
    "rente top narrow": ("rente", "top", "center", 11, 60),
    "rente foot wide": ("rente", "bottom", "right", 20, 40),
    "rente mixed": ("rente", "center", "center", [16, 11, 12, 9, 14, 20], 58),
    "mixed top": ("aanwendingen", "top", "left", [20, 10, 9, 12, 24], 60),
}
ALTERED = {"plus": ("aanwendingen", "center", "center", 20, 40), "deleted": ("aanwendingen", "center", "center", 20, 40),
           "rente plus": ("rente", "bottom", "left", 11, 60), "rente deleted": ("rente", "top", "right", 14, 45)}


@pytest.fixture(scope="module")
def printed(tmp_path_factory):
    folder = tmp_path_factory.mktemp("titels")
    sources = {name: staat(folder / f"{name.replace(' ', '-')}.xlsx", *variant) for name, variant in VARIANTS.items()}
    sources.update({name: staat(folder / f"{name.replace(' ', '-')}.xlsx", *variant, plus="plus" in name,
                                deleted="deleted" in name) for name, variant in ALTERED.items()})
    sources["group"] = staat(folder / "boekjaar.xlsx", "rente", "top", "right", 14, 45, group="Boekjaar 2025")
    pdfs = print_named(sources)
    return {name: (sources[name], pdfs[name]) for name in sources}



def tables(data: dict) -> list[tuple]:
    """What the audit read and checked per table: its columns, and each relation without its printed text."""
    return [(table["columns"], [{k: v for k, v in relation.items() if k != "text"} for relation in table["relations"]])
            for table in data["tables"]]


def findings(data: dict) -> list[tuple]:
    return [(f["row_label"], f["column"], f["expected"], f["found"]) for f in data["findings"]]


@pytest.mark.parametrize("name", VARIANTS)
def test_each_column_has_its_own_title_and_the_table_audits_clean_in_both_formats(printed, name, capsys):
    workbook, pdf = printed[name]
    code, data = audited(workbook, capsys)
    assert code == 0 and data["findings"] == [] and data["verdict"] == "clean"
    assert data["tables"][0]["columns"] == TITLES[VARIANTS[name][0]][1:]
    pdf_code, pdf_data = audited(pdf, capsys)
    assert pdf_code == 0 and pdf_data["findings"] == [] and pdf_data["verdict"] == "clean"
    # the same columns and the same relations, checked on as many figures, as the workbook's
    assert tables(pdf_data) == tables(data)
    chain = [r for r in pdf_data["tables"][0]["relations"] if r["axis"] == "column"]
    assert [r["total"] for r in chain] == ["Saldo 31 december 2025"] and chain[0]["figures_failing"] == 0


@pytest.mark.parametrize("name", ["plus", "rente plus"])
def test_one_figure_one_too_high_is_found_on_its_line_and_at_its_subtotal(printed, name, capsys):
    workbook, pdf = printed[name]
    rente = name.startswith("rente")
    end = D(298801 if rente else 295001)
    expected = [("Voorziening wachtgelden", "Saldo 31 december 2025", str(end), str(end - 1)),
                ("Totaal voorzieningen voor verplichtingen en verliezen", "Toevoegingen", "510001", "510000")]
    for path in (workbook, pdf):
        code, data = audited(path, capsys)
        assert code == 1 and findings(data) == expected, path.suffix


@pytest.mark.parametrize("name", ["deleted", "rente deleted"])
def test_a_deleted_line_is_found_at_its_subtotal_with_the_sum_of_the_lines_left(printed, name, capsys):
    workbook, pdf = printed[name]
    rente = name.startswith("rente")
    total = "Totaal onderhoudsegalisatievoorzieningen"
    expected = [(total, "Saldo 1 januari 2025", "5395000", "7235000"), (total, "Toevoegingen", "1260000", "1860000")]
    expected += [(total, "Rente-toevoeging", "53950", "72350")] if rente else []
    expected += [(total, "Vrijval", "0", "100000"),
                 (total, "Onttrekkingen" if rente else "Aanwendingen", "1300000", "1755000"),
                 (total, "Saldo 31 december 2025", "5408950" if rente else "5355000", "7312350" if rente else "7240000")]
    for path in (workbook, pdf):
        code, data = audited(path, capsys)
        assert code == 1 and findings(data) == expected, path.suffix


def test_the_published_layout_reads_saldo_1_januari_as_one_column(printed):
    """The published table: 'Saldo 1 januari' above '2025', 'Toevoegingen' beside them half a line lower. The title
    is not spread over the columns right of it (it was 'Saldo 1 januari Toevoegingen'), nor is 'Aanwendingen' read
    into 'Saldo 31 december'."""
    report = audit(printed["middle"][1])
    assert report.tables[0].columns == ("Saldo 1 januari 2025", "Toevoegingen", "Vrijval", "Aanwendingen",
                                        "Saldo 31 december 2025")
    assert report.findings == () and report.verdict == "clean"


def test_a_short_word_alone_on_a_titles_last_line_is_the_rest_of_a_broken_word():
    """'Toevoeging' filling its cell above 'en' alone on the title's last line is 'Toevoegingen' broken by the print
    (no title ends in 'en'); above 'en' with more of the title under it, 'en' may be a word of its own."""
    upper, lower = (389.0, 452.0, "Toevoeging"), (389.0, 402.0, "en")
    edges = [387.0, 456.0]
    assert _broken_word(upper, lower, edges, last=True)
    assert not _broken_word(upper, lower, edges, last=False)
    assert _broken_word(upper, (389.0, 395.0, "n"), edges)


def test_a_title_merged_over_the_columns_is_no_line_of_the_title_under_it(printed, capsys):
    """'Boekjaar 2025' merged and centred over all six columns, a row above titles set at the top: its left edge is
    where 'Rente-' (above 'toevoeging') starts, but it reaches past that column's figures, so it is no line of that
    title (it was read as 'Boekjaar 2025 Rente-' 'toevoeging'): it heads every column, as in the workbook."""
    workbook, pdf = printed["group"]
    code, data = audited(workbook, capsys)
    assert code == 0 and data["tables"][0]["columns"] == [f"Boekjaar 2025 {t}" for t in TITLES["rente"][1:]]
    pdf_code, pdf_data = audited(pdf, capsys)
    assert pdf_code == 0 and pdf_data["findings"] == [] and tables(pdf_data) == tables(data)
