"""pyengine audit on PDFs of tables as people lay them out for print (trial27's classes C, I and J):

- A table over three pages whose header row is printed again at the top of every page (print titles), a heading
  right under it ('Directie Ruimte'). On page 1 the header was read with that heading beside its titles, on page 2
  without it: page 2's header was then no header repeated but a header of its own, the table was cut in two at the
  first page break, and a block starting on page 1 and ending on page 2 lost its page-1 lines (its subtotal, and
  every total above it, failed). A header repeated after a page break continues the table.
- A group title merged and centred over five columns ('Aantal huishoudens (gemiddeld)' over Totaal | Buren |
  Culemborg | Tiel | West Betuwe): its first word happens to end where the Buren figures end, and the title was read
  as two texts there, 'Aantal' heading Buren alone and 'huishoudens (gemiddeld)' Culemborg and Tiel. It heads all
  five, whole.
- Two year groups (2024 and 2025 over Leden | Uitleningen | Fysieke bezoeken) with a narrow blank column between
  them: measured from the 2024 group's last figures, '2025' stood centred over no run of columns, and the first
  column of the 2025 group was named '2024 Leden'. Each year heads its own three columns.
"""

from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter

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


GEMEENTEN = ["Buren", "Culemborg", "Tiel", "West Betuwe"]
REGELINGEN = [("Participatiewet 21 jaar en ouder", [791, 583, 592, 501], 15_000),
              ("Participatiewet 18 tot 21 jaar", [49, 36, 31, 38], 7_000), ("IOAW", [25, 25, 41, 14], 16_000),
              ("IOAZ", [2, 10, 7, 7], 16_500), ("Bbz 2004 levensonderhoud", [15, 8, 22, 4], 14_000)]


def bijstand(path: Path, extra: int = 0) -> Path:
    """A regionale sociale dienst's uitkeringen per regeling as trial27's t01 lays it out: Arial 9, landscape, one
    page wide; two header rows, 'Aantal huishoudens (gemiddeld)' and 'Uitgaven 2025 (in €)' merged and centred over
    their five columns each, a Totaal column first; `extra` added to the Buren aantal of 'Subtotaal' after it was
    made."""
    groups = ["Aantal huishoudens (gemiddeld)", "Uitgaven 2025 (in €)"]
    rows: list[list] = [["Regionale Sociale Dienst Rivierenland"],
                        ["Jaarverslag 2025 - uitkeringen per regeling en per deelnemende gemeente"], [],
                        ["Regeling", groups[0], None, None, None, None, groups[1]],
                        [None, *(["Totaal", *GEMEENTEN] * 2)]]
    lines = []
    for label, aantallen, per in REGELINGEN:
        uitgaven = [a * per + 37 * n for n, a in enumerate(aantallen)]
        lines.append([label, sum(aantallen), *aantallen, sum(uitgaven), *uitgaven])
    subtotal = ["Subtotaal", *[sum(line[c] for line in lines) for c in range(1, 11)]]
    subtotal[2] += extra
    rows += [["Inkomensvoorzieningen (BUIG)"], *lines, subtotal]

    def each(cell) -> None:
        cell.font = Font(name="Arial", size=13 if cell.row == 1 else 9, bold=cell.row in (1, 4, 5))
        if cell.row in (4, 5):
            cell.alignment = Alignment(horizontal="center" if cell.column > 1 else "left", vertical="center",
                                       wrap_text=True)

    widths = dict(zip("ABCDEFGHIJK", [38, 9, 9, 10, 9, 11, 12, 11, 11, 11, 12]))
    return workbook(path, rows, title="Uitkeringen", number_format="[$-413]#,##0;-#,##0",
                    figures=lambda r, c, v: r > 5 and isinstance(v, int), merges=["B4:F4", "G4:K4"], widths=widths,
                    each=each)


VESTIGINGEN = [("Centrale bibliotheek", [10_108, 313_348, 101_080, 10_227, 255_675, 81_816]),
               ("Vestiging Heerenveen", [4_120, 98_880, 28_840, 4_201, 100_824, 29_407]),
               ("Vestiging Drachten", [3_870, 85_140, 30_960, 3_902, 89_746, 31_216]),
               ("Vestiging Sneek", [2_954, 76_804, 20_678, 3_011, 72_264, 21_077]),
               ("Vestiging Harlingen", [1_830, 40_260, 12_810, 1_795, 41_285, 12_565])]
SOORTEN_BIEB = ["Leden", "Uitleningen", "Fysieke bezoeken"]


def bibliotheek(path: Path, extra: int = 0) -> Path:
    """A library's kerncijfers per vestiging as trial27's t07 lays them out: Calibri 10, landscape, one page wide;
    a Doelgroep text column, then 2024 and 2025 each merged and centred over Leden | Uitleningen | Fysieke bezoeken,
    a blank column 3 wide between the two groups; 'Totaal' under the vestigingen, `extra` added to its 2025 Leden."""
    rows: list[list] = [["Bibliotheekservice Fryslân"], ["Kerncijfers per vestiging 2024 en 2025"], [],
                        ["Vestiging", "Doelgroep", "2024", None, None, None, "2025"],
                        [None, None, *SOORTEN_BIEB, None, *SOORTEN_BIEB]]
    for name, figures in VESTIGINGEN:
        rows.append([name, "Alle", *figures[:3], None, *figures[3:]])
    total = [sum(figures[c] for _name, figures in VESTIGINGEN) for c in range(6)]
    total[3] += extra
    rows.append(["Totaal", None, *total[:3], None, *total[3:]])

    def each(cell) -> None:
        cell.font = Font(name="Calibri", size=14 if cell.row == 1 else 10, bold=cell.row in (1, 4, 5))
        if cell.row in (4, 5):
            cell.alignment = Alignment(horizontal="center" if cell.column > 1 else "left", vertical="center",
                                       wrap_text=True)

    widths = {get_column_letter(n): w for n, w in enumerate([32, 12, 9, 12, 12, 3, 9, 12, 12], start=1)}
    return workbook(path, rows, title="Vestigingen", figures=lambda r, c, v: r > 5 and isinstance(v, int),
                    merges=["C4:E4", "G4:I4"], widths=widths, each=each)


@pytest.fixture(scope="module")
def printed_groups(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("group_titles")
    return print_named({"bijstand": bijstand(folder / "bijstand.xlsx"),
                        "bijstand_sub": bijstand(folder / "bijstand_sub.xlsx", extra=10),
                        "bibliotheek": bibliotheek(folder / "bibliotheek.xlsx"),
                        "bibliotheek_sub": bibliotheek(folder / "bibliotheek_sub.xlsx", extra=-1000)}, folder)


def test_a_group_title_cut_where_a_column_ends_heads_all_its_columns_whole(printed_groups, capsys):
    import pdfplumber
    with pdfplumber.open(printed_groups["bijstand"]) as document:
        words = document.pages[0].extract_words()
    # (the print this test is about: 'Aantal' ends where the Buren figures end)
    aantal = next(w for w in words if w["text"] == "Aantal")
    buren = [w for w in words if w["text"] in ("791", "49", "25") and abs(w["x1"] - aantal["x1"]) <= 2.5]
    assert buren, "'Aantal' no longer ends at the Buren column's edge: the test no longer tests it"
    code, report = audited(printed_groups["bijstand"], capsys)
    assert report["tables"][0]["columns"] == [f"{group} {name}" for group in ("Aantal huishoudens (gemiddeld)",
                                                                              "Uitgaven 2025 (in €)")
                                              for name in ("Totaal", *GEMEENTEN)]
    code, report = audited(printed_groups["bijstand_sub"], capsys)
    assert {(f["row_label"], f["column"]) for f in report["findings"] if f["kind"] != "follows"} == {
        ("Subtotaal", "Aantal huishoudens (gemiddeld) Buren")}
    # (the group's Totaal column, first in its group, fails there only through it: a consequence, named so)
    assert {(f["row_label"], f["column"]) for f in report["findings"] if f["kind"] == "follows"} <= {
        ("Subtotaal", "Aantal huishoudens (gemiddeld) Totaal")}


def test_a_blank_column_between_two_year_groups_keeps_each_year_over_its_own_columns(printed_groups, capsys):
    code, report = audited(printed_groups["bibliotheek"], capsys)
    assert (code, report["findings"]) == (0, [])
    assert report["tables"][0]["columns"] == [f"{year} {name}" for year in (2024, 2025) for name in SOORTEN_BIEB]
    code, report = audited(printed_groups["bibliotheek_sub"], capsys)
    assert {(f["row_label"], f["column"]) for f in report["findings"]} == {("Totaal", "2025 Leden")}
