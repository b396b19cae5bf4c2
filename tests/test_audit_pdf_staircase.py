"""pyengine audit on PDFs: staircase ('trapsgewijze') columns whose title is set right (issue 18, e49; trial31
class B, t01).

A jaarverslag prints Lasten and Bijdragen derden each over two sheet columns, merged in the header: the lines'
figures in the inner (left) column, the subtotals and the total in the outer one right of it, and a Netto lasten
column after them. The workbook reader reads each pair as one column under its title (`tables._staggered`). With the
titles set right in their merged cells, the PDF prints 'Lasten' over the outer column only and the lines' column
under no title: read so, the subtotals stood in columns of their own, a pair's subtotals were checked against
nothing, and Netto lasten took the columns for others (its subtotals 'expected -1.010.559, found 1.010.559'). The
PDF now reads as the workbook does: the title heads the pair. Each table typed as a person types it (openpyxl,
figures, no formulas), printed by LibreOffice."""

from pathlib import Path

import pytest
from openpyxl.styles import Alignment, Border, Side

from published_tables import audited, print_named, workbook

EURO = '[$-413]#,##0'
GROUPS = [("Saneringen", "Totaal saneringen", [("Gasfabriek Havenkwartier", 460101, 109730),
                                                ("Tankstation Stationsweg", 398661, 117639),
                                                ("Stortplaats Hooge Weide", 55741, 20255)]),
          ("Nazorg", "Totaal nazorg", [("Stortplaats De Kampen", 106057, 26619),
                                       ("Grondwater Industrieweg", 27118, 6399)]),
          ("Onderzoek", "Totaal onderzoek", [("Bodemkwaliteitskaart", 71319, 5727),
                                             ("PFAS-onderzoek bermen", 50355, 0),
                                             ("Bodemadvies vergunningen", 93854, 10017)])]
COLUMNS = ["Lasten 2025", "Bijdragen derden 2025", "Netto lasten 2025"]


def staircase(path: Path, *, align: str = "right", extra: int = 0) -> Path:
    """Locatie | Lasten 2025 (B:C) | Bijdragen derden 2025 (D:E) | Netto lasten 2025 (F), the titles set `align` in
    their merged cells; the lines in B and D, each group's 'Totaal ...' and the grand total in C and E under a rule;
    the first line's Lasten `extra` more than its group's subtotal and its Netto lasten say."""
    rows: list[list] = [["Bodemsanering per locatie"], [],
                        ["Locatie", "Lasten 2025", None, "Bijdragen derden 2025", None, "Netto lasten 2025"]]
    totals = []
    for heading, total, lines in GROUPS:
        rows.append([heading])
        for k, (label, lasten, bijdragen) in enumerate(lines):
            rows.append([label, lasten + (extra if not totals and not k else 0), None, bijdragen, None,
                         lasten - bijdragen])
        lasten, bijdragen = sum(x[1] for x in lines), sum(x[2] for x in lines)
        totals.append((lasten, bijdragen))
        rows.append([total, None, lasten, None, bijdragen, lasten - bijdragen])
        rows.append([])
    lasten, bijdragen = sum(t[0] for t in totals), sum(t[1] for t in totals)
    rows.append(["Totaal bodemsanering", None, lasten, None, bijdragen, lasten - bijdragen])
    rule = Side(style="thin")

    def each(cell):
        if cell.row == 3 and cell.column > 1:
            cell.alignment = Alignment(horizontal=align, wrap_text=True)
        elif cell.row > 3 and cell.column > 1:
            cell.number_format = EURO
            if str(rows[cell.row - 1][0]).startswith("Totaal"):
                cell.border = Border(top=rule)

    return workbook(path, rows, number_format=None, each=each, merges=("B3:C3", "D3:E3"),
                    bold=[r for r, row in enumerate(rows, start=1) if row and str(row[0]).startswith("Totaal")],
                    widths={"A": 30, "B": 12, "C": 12, "D": 12, "E": 12, "F": 13}, orientation="portrait")


@pytest.fixture(scope="module")
def printed(tmp_path_factory):
    folder = tmp_path_factory.mktemp("trapsgewijs")
    return print_named({"right": staircase(folder / "rechts.xlsx"),
                        "right-altered": staircase(folder / "rechts-p1.xlsx", extra=1000),
                        "centred": staircase(folder / "midden.xlsx", align="center")})


@pytest.mark.parametrize("name", ["right", "centred"])
def test_a_staircase_title_heads_its_pair_as_in_the_workbook(printed, name, capsys):
    """Before (titles set right): the subtotals in columns of their own, 'Bijdragen derden' subtotals against nothing,
    every Netto lasten subtotal with the wrong sign: false findings on a table that adds up."""
    code, data = audited(printed[name], capsys)
    assert (code, data["verdict"], data["findings"]) == (0, "clean", [])
    assert [t["columns"] for t in data["tables"]] == [COLUMNS]


def test_a_line_altered_under_a_staircase_title_is_found_at_its_subtotal(printed, capsys):
    """The first line's Lasten 1.000 more than its subtotal and its Netto lasten say: found at 'Totaal saneringen'
    in Lasten and at the line in Netto lasten, as in the workbook; nothing else."""
    code, data = audited(printed["right-altered"], capsys)
    assert code == 1
    assert sorted((f["row_label"], f["column"], int(f["found"]) - int(f["expected"])) for f in data["findings"]) == [
        ("Gasfabriek Havenkwartier", "Netto lasten 2025", -1000), ("Totaal saneringen", "Lasten 2025", -1000)]
