"""pyengine audit on PDFs of tables as people lay them out for print (trial27's classes C, I and J):

- A table over three pages whose header row is printed again at the top of every page (print titles), a heading
  right under it ('Directie Ruimte'). On page 1 the header was read with that heading beside its titles, on page 2
  without it: page 2's header was then no header repeated but a header of its own, the table was cut in two at the
  first page break, and a block starting on page 1 and ending on page 2 lost its page-1 lines (its subtotal, and
  every total above it, failed). A header repeated after a page break continues the table.
"""

from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl.styles import Alignment, Border, Font, Side

from published_tables import audited, print_named, workbook

D = Decimal
DIRECTIES = [("Directie Ruimte", ["Vergunningen", "Ruimtelijke ontwikkeling", "Beheer openbare ruimte", "Mobiliteit",
                                  "Vastgoed"]),
             ("Directie Samenleving", ["Werk en inkomen", "Jeugd en onderwijs", "Zorg en welzijn", "Sport en cultuur",
                                       "Toegang sociaal domein"]),
             ("Directie Dienstverlening", ["Burgerzaken", "Klantcontactcentrum", "Belastingen", "Gegevensbeheer",
                                           "Archief"]),
             ("Directie Bedrijfsvoering", ["Financiën", "HR en organisatie", "ICT", "Inkoop", "Communicatie"])]
SOORTEN = ["vervanging bij ziekte", "piek- en projectwerk", "specialistische expertise", "vacatures"]


def inhuur(path: Path, altered: tuple[str, int] | None = None) -> Path:
    """An overzicht inhuur derden as trial27's t09 lays it out: Calibri 9, A4 portrait at full size (three pages),
    the header row (wrapped, centred titles) repeated on every page, each directie a bold heading, its afdelingen'
    lines, each afdeling's Subtotaal and the directie's Totaal; Verschil = Begroting - Realisatie. `altered` =
    (label, amount): added to that line's Begroting after the totals were made."""
    rows: list[list] = [["Gemeente Amersfoort"], ["Jaarverslag 2025 - overzicht inhuur derden (bedragen in €)"],
                        ["Verschil: positief = onderschrijding"], [],
                        ["Afdeling / soort inhuur", "Begroting 2025", "Realisatie 2025", "Verschil"]]
    headings, totals, directie_totals = set(), set(), []
    for d, (directie, afdelingen) in enumerate(DIRECTIES):
        rows.append([directie])
        headings.add(len(rows))
        subtotals = []
        for a, afdeling in enumerate(afdelingen):
            lines = []
            for s, soort in enumerate(SOORTEN):
                begroting = 20_000 + (d * 7919 + a * 3571 + s * 1777) % 240 * 1000
                realisatie = begroting + ((d + 1) * (a + 2) * (s + 3) * 1370) % 90_000 - 40_000
                lines.append([f"{afdeling}: {soort}", begroting, realisatie])
            subtotal = [f"Subtotaal {afdeling}", *[sum(line[c] for line in lines) for c in (1, 2)]]
            subtotals.append(subtotal)
            rows += lines + [subtotal]
            totals.add(len(rows))
        total = [f"Totaal {directie.lower()}", *[sum(s[c] for s in subtotals) for c in (1, 2)]]
        directie_totals.append(total)
        rows += [total, []]
        totals.add(len(rows) - 1)
    rows.append(["Totaal inhuur derden", *[sum(t[c] for t in directie_totals) for c in (1, 2)]])
    totals.add(len(rows))
    for row in rows[5:]:
        if len(row) == 3:
            row.append(row[1] - row[2])
    if altered:
        row = next(row for row in rows if row and row[0] == altered[0])
        row[1] += altered[1]

    def each(cell) -> None:
        cell.font = Font(name="Calibri", size={1: 13}.get(cell.row, 9),
                         bold=cell.row in (1, 5) or cell.row in headings or cell.row in totals)
        if cell.row == 5:
            cell.alignment = Alignment(horizontal="left" if cell.column == 1 else "center", vertical="center",
                                       wrap_text=True)
            cell.border = Border(bottom=Side(style="thin"))
        elif isinstance(cell.value, int):
            cell.alignment = Alignment(horizontal="right")

    def style(sheet) -> None:
        sheet.sheet_view.showGridLines = False
        sheet.print_title_rows = "5:5"
        sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
        sheet.page_margins.left = sheet.page_margins.right = 0.4

    return workbook(path, rows, title="Inhuur", number_format="[$-413]#,##0;-#,##0",
                    figures=lambda r, c, v: r > 5 and isinstance(v, int), widths={"A": 44, "B": 10, "C": 10, "D": 9},
                    orientation="portrait", fit=False, each=each, style=style)


@pytest.fixture(scope="module")
def printed(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("print_titles")
    return print_named({"inhuur": inhuur(folder / "inhuur.xlsx"),
                        "inhuur_p1": inhuur(folder / "inhuur_p1.xlsx", ("Zorg en welzijn: vervanging bij ziekte", 1))},
                       folder)


def pages_of(pdf: Path) -> int:
    import pdfplumber
    with pdfplumber.open(pdf) as document:
        return len(document.pages)


def test_a_header_repeated_on_every_page_continues_the_table(printed, capsys):
    pdf = printed["inhuur"]
    assert pages_of(pdf) == 3
    code, report = audited(pdf, capsys)
    assert (code, report["findings"]) == (0, [])
    assert len(report["tables"]) == 1
    # (the afdeling whose lines print on pages 1 and 2 is checked with all four of them)
    import pdfplumber
    with pdfplumber.open(pdf) as document:
        first, second = (document.pages[n].extract_text() for n in (0, 1))
    crossing = [afdeling for _d, afdelingen in DIRECTIES for afdeling in afdelingen
                if f"{afdeling}: {SOORTEN[0]}" in first and f"Subtotaal {afdeling}" in second]
    assert crossing, "no block runs over the first page break: the test no longer tests it"


def test_a_line_altered_on_page_one_of_a_block_ending_on_page_two_is_found_at_its_subtotal(printed, capsys):
    code, report = audited(printed["inhuur_p1"], capsys)
    assert code == 1
    found = {(f["row_label"], f["column"], D(str(f["found"])) - D(str(f["expected"]))) for f in report["findings"]}
    # (its four lines, two on each page, are its parts: it fails by the one, and the totals above it hold)
    assert found == {("Subtotaal Zorg en welzijn", "Begroting 2025", D(-1)),
                     ("Zorg en welzijn: vervanging bij ziekte", "Verschil", D(-1))}, found
