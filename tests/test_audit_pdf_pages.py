"""pyengine audit on a GR jaarrekening 'Overzicht lasten en baten per product' (x € 1.000, negatives in parentheses)
printed over two pages, the header rows repeated on the second (print titles) and a page footer on each ('Jaarrekening
2025' left, 'Pagina 1 van 2' right; or a printed date and 'Blad 2'). Columns: 'Rekening 2025' over Lasten | Baten |
Saldo, 'Begroting 2025 na wijz.' over only its Saldo, Verschil.

A table that goes on over pages is one table: the footer is no line of it nor a column's title, and the second page's
columns are the first page's. A saldo column alone in its group (no lasten or baten beside it) is a given figure: no
total of the columns before it, its lines' sum still checked against its Totaal lines."""

import random
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from openpyxl.styles import Alignment, Border, Font, Side

from pyengine.audit import audit, main as audit_main
from test_audit_pdf_print import print_to_pdf

D = Decimal
GROUPS = [("1", "Brandweerzorg", ["Repressie", "Vakbekwaamheid", "Risicobeheersing", "Brandweerkazernes",
                                  "Materieel en logistiek", "Vrijwilligersvergoedingen", "Oefencentrum"]),
          ("2", "Crisisbeheersing", ["Multidisciplinaire planvorming", "Opleiden, trainen en oefenen",
                                     "Regionaal Operationeel Team", "Bevolkingszorg"]),
          ("3", "GHOR", ["Geneeskundige keten", "Publieke gezondheid bij rampen", "Psychosociale hulpverlening"]),
          ("4", "Meldkamer", ["Meldkamer brandweer", "Meldkamer ambulancezorg", "Informatievoorziening meldkamer"]),
          ("5", "Bedrijfsvoering", ["Personeel en organisatie", "Financiën en control", "ICT en informatiemanagement",
                                    "Facilitaire zaken", "Communicatie", "Juridische zaken"]),
          ("6", "Algemene dekking", ["Bijdragen gemeenten", "Rijksbijdrage BDuR", "Rente en financiering",
                                     "Onvoorzien"])]
THIN = Side(style="thin")
FORMAT = '[$-413]#,##0;(#,##0);"-"'


def figures() -> dict[str, list[int]]:
    """Per product: lasten, baten, begroting saldo (fixed by the seed)."""
    rnd = random.Random(7)
    out = {}
    for g, _name, products in GROUPS:
        for product in products:
            if g == "6" and product in ("Bijdragen gemeenten", "Rijksbijdrage BDuR"):
                lasten, baten = 0, rnd.randint(9000, 64000)
            else:
                lasten = rnd.randint(300, 9000)
                baten = rnd.randint(0, lasten // 6) if rnd.random() < .6 else 0
            out[product] = [lasten, baten, baten - lasten + rnd.randint(-300, 300)]
    return out


def line(lasten: int, baten: int, begroting: int) -> list[int]:
    return [lasten, baten, baten - lasten, begroting, baten - lasten - begroting]


def added(*lines) -> list[int]:
    return [sum(column) for column in zip(*lines)]


def table(altered: dict[tuple[str, int], int] = {}, deleted: str = "") -> list[tuple[str, str, list[int] | None, str]]:
    """(code, label, figures or None, style) per row: the totals of the clean figures, then the alterations
    ((label, column index) -> figure) laid on the printed figures."""
    given = figures()
    rows, totals = [], []
    for g, name, products in GROUPS:
        rows.append(("", f"{g}  {name}", None, "heading"))
        lines = [line(*given[p]) for p in products]
        rows += [(f"{g}.{k:02d}", p, line(*given[p]), "part") for k, p in enumerate(products, 1) if p != deleted]
        totals.append(added(*lines))
        rows.append(("", f"Totaal {name}", totals[-1], "sub"))
        rows.append(("", "", None, "spacer"))
    saldo = added(*totals)
    rows.append(("", "Totaal saldo van baten en lasten", saldo, "total"))
    rows += [("", "", None, "spacer"), ("", "Mutaties reserves", None, "heading")]
    reserves = [line(896, 0, -787), line(0, 1548, 1179)]
    rows += [("", "Toevoegingen aan reserves", reserves[0], "part"), ("", "Onttrekkingen aan reserves", reserves[1],
                                                                           "part")]
    rows.append(("", "Resultaat", added(saldo, *reserves), "total"))
    out = []
    for code, label, values, style in rows:
        if values is not None:
            values = [altered.get((label, i), v) for i, v in enumerate(values)]
        out.append((code, label, values, style))
    return out


def write(path: Path, rows, footer: tuple[str, str]) -> Path:
    """As build.py of the open corpus lays it out: portrait, 10 pt, the two header rows repeated on every page."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Blad1"
    sheet.cell(1, 1, "Veiligheidsregio Gelderland-Midden-Oost - Jaarrekening 2025").font = Font(name="Arial", size=13,
                                                                                                bold=True)
    sheet.cell(2, 1, "Overzicht lasten en baten per product (x € 1.000)").font = Font(name="Arial", size=10,
                                                                                      italic=True)
    header = [["Product", "Omschrijving", "Rekening 2025", None, None, "Begroting\n2025 na wijz.", "Verschil"],
              [None, None, "Lasten", "Baten", "Saldo", "Saldo", None]]
    for r, titles in enumerate(header, start=4):
        for c, title in enumerate(titles, start=1):
            cell = sheet.cell(r, c, title)
            cell.font = Font(name="Arial", size=10, bold=True)
            cell.alignment = Alignment(horizontal="center" if c >= 2 else "left", vertical="bottom", wrap_text=True)
            if r == 5:
                cell.border = Border(bottom=THIN)
    for r1, c1, r2, c2 in ((4, 1, 5, 1), (4, 2, 5, 2), (4, 3, 4, 5), (4, 7, 5, 7)):
        sheet.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)
    sheet.row_dimensions[5].height = 28
    for r, (code, label, values, style) in enumerate(rows, start=6):
        bold = style in ("sub", "total", "heading")
        sheet.cell(r, 1, code or None).font = Font(name="Arial", size=10)
        sheet.cell(r, 2, label or None).font = Font(name="Arial", size=10, bold=bold)
        for c, value in enumerate(values or [], start=3):
            cell = sheet.cell(r, c, value)
            cell.number_format = FORMAT
            cell.font = Font(name="Arial", size=10, bold=bold)
            if style in ("sub", "total"):
                cell.border = Border(top=THIN)
        sheet.row_dimensions[r].height = 17
    for letter, width in zip("ABCDEFG", (7, 28, 8, 8, 8, 9, 8)):
        sheet.column_dimensions[letter].width = width
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.orientation = "portrait"
    sheet.print_title_rows = "4:5"
    sheet.print_options.gridLines = False
    sheet.sheet_view.showGridLines = False
    sheet.page_margins.left = sheet.page_margins.right = 0.4
    sheet.oddFooter.left.text, sheet.oddFooter.right.text = footer
    book.save(path)
    return path


GIVEN = figures()
ICT = GIVEN["ICT en informatiemanagement"]
BEVOLKING = GIVEN["Bevolkingszorg"]
CLEAN_SALDO = next(values for _c, label, values, _s in table() if label == "Totaal saldo van baten en lasten")
VARIANTS = {
    "clean": (table(), ("Jaarrekening 2025", "Pagina &P van &N")),
    "dated": (table(), ("&D", "Blad &P")),
    # no page number: the same footer at the foot of every page ('Jaarrekening 2025', the date printed)
    "footer": (table(), ("Jaarrekening 2025", "&D")),
    # a lasten figure on page 1, its programma's total on page 2
    "plus": (table({("ICT en informatiemanagement", 0): ICT[0] + 1}), ("Jaarrekening 2025", "Pagina &P van &N")),
    # a wrong figure in the begroting's saldo column (a group of its one column)
    "begroting": (table({("Bevolkingszorg", 3): BEVOLKING[2] + 10, ("Bevolkingszorg", 4): BEVOLKING[1] - BEVOLKING[0]
                         - BEVOLKING[2] - 10}), ("Jaarrekening 2025", "Pagina &P van &N")),
    # the grand total on page 2 wrong in its baten
    "total": (table({("Totaal saldo van baten en lasten", 1): CLEAN_SALDO[1] + 10}),
              ("Jaarrekening 2025", "Pagina &P van &N")),
}


@pytest.fixture(scope="module")
def printed(tmp_path_factory):
    folder = tmp_path_factory.mktemp("pages")
    sources = {name: write(folder / f"pages-{name}.xlsx", rows, footer) for name, (rows, footer) in VARIANTS.items()}
    pdfs = print_to_pdf(tmp_path_factory, folder, sources)
    return {name: (sources[name], pdfs[name]) for name in sources}


def found(report):
    return sorted((f.row_label, f.column, f.expected, f.found) for f in report.findings)


@pytest.mark.parametrize("variant", ["clean", "dated", "footer"])
def test_the_clean_table_over_two_pages_is_one_table_and_adds_up(printed, variant):
    workbook, pdf = printed[variant]
    for path in (workbook, pdf):
        report = audit(path)
        assert report.findings == (), (path.suffix, found(report))
        assert len(report.tables) == 1, path.suffix
        assert not any("pagina" in c.lower() or "blad" in c.lower() for c in report.tables[0].columns)
        assert report.verdict == "clean" and audit_main(str(path)) == 0, path.suffix
    # (the Verschil's name differs: 'Verschil Saldo' from the workbook, 'Verschil Begroting 2025 na wijz.' on the PDF)
    from_pdf, from_workbook = audit(pdf).tables[0].columns, audit(workbook).tables[0].columns
    assert from_pdf[:4] == from_workbook[:4] == ("Rekening 2025 Lasten", "Rekening 2025 Baten", "Rekening 2025 Saldo",
                                                 "Begroting 2025 na wijz. Saldo")
    assert from_pdf[4].startswith("Verschil") and from_workbook[4].startswith("Verschil")


def test_a_figure_on_page_one_is_found_at_its_total_on_page_two(printed):
    workbook, pdf = printed["plus"]
    total = added(*(line(*GIVEN[p]) for p in GROUPS[4][2]))
    for path in (workbook, pdf):
        findings = found(audit(path))
        assert ("Totaal Bedrijfsvoering", "Rekening 2025 Lasten", D(total[0] + 1), D(total[0])) in findings, findings
        assert not any("pagina" in column.lower() or not column for _l, column, _e, _f in findings)
        assert all(label in ("Totaal Bedrijfsvoering", "5.03 ICT en informatiemanagement", "ICT en informatiemanagement")
                   for label, *_rest in findings), findings


def test_a_wrong_figure_in_a_saldo_column_alone_in_its_group_is_found_at_its_total(printed):
    workbook, pdf = printed["begroting"]
    total = added(*(line(*GIVEN[p]) for p in GROUPS[1][2]))
    for path in (workbook, pdf):
        report = audit(path)
        findings = found(report)
        assert ("Totaal Crisisbeheersing", "Begroting 2025 na wijz. Saldo", D(total[3] + 10), D(total[3])) in findings, \
            findings
        assert report.verdict == "findings"


def test_a_wrong_total_on_page_two_is_found_there_and_nowhere_else(printed):
    workbook, pdf = printed["total"]
    for path in (workbook, pdf):
        findings = found(audit(path))
        assert ("Totaal saldo van baten en lasten", "Rekening 2025 Baten", D(CLEAN_SALDO[1]), D(CLEAN_SALDO[1] + 10)) \
            in findings, findings
        assert not any("pagina" in column.lower() or not column for _l, column, _e, _f in findings), findings
