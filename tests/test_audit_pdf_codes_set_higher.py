"""pyengine audit on PDFs: a line's code printed a little higher than its line (issue 18, e50; trial32 t04).

A waterschap's KRW-maatregelen print KRW-code | Waterlichaam / maatregel | Uitgaven | Subsidies | Netto lasten, the
codes ('NL59_10', 'NL07_0021') in a column of their own left of the labels, top-aligned in their cells while the labels
and figures sit at the foot of a row a little taller than its text. In the PDF's text every code stands a quarter of a
line above its line: read as a line of text of its own between the lines of figures, it cut the groups (a group's
total checked against its last line only, the grand total against the group's other lines: false findings in the clean
table, wrong sums in altered ones)."""

from pathlib import Path

import pytest
from openpyxl.styles import Alignment

from published_tables import audited, print_named, workbook

GROUPS = [("Deelstroomgebied Vecht", "Totaal Vecht",
           [("NL59_10", "Overijsselse Vecht, herinrichting", 548, 342, 274, 171),
            ("NL59_14", "Regge, hermeandering benedenloop", 1444, 372, 722, 186),
            ("NL59_16", "Dinkel, vispassages", 1617, 437, 808, 174)]),
          ("Deelstroomgebied IJssel-Noord", "Totaal IJssel-Noord",
           [("NL07_0021", "Schipbeek, beekherstel en retentie", 3563, 5066, 1781, 1519),
            ("NL07_0025", "Dortherbeek, herinrichting", 95, 1271, 38, 508),
            ("NL07_0031", "Twentekanaal, zijtakken en oevers", 2381, 1918, 1190, 959),
            ("NL07_0044", "Berkel, hermeandering Rekken", 1908, 469, 954, 0)])]


def krw(path: Path, *, extra: int = 0) -> Path:
    """KRW-code | Waterlichaam / maatregel | Uitgaven 2024 | Uitgaven 2025 | Subsidies 2024 | Subsidies 2025, two
    groups under a heading each with their total, a grand total; the codes top-aligned, everything else at the foot of
    rows 20 pt tall; `extra` added to the last line's Uitgaven 2025, its totals left as they were."""
    rows: list[list] = [["KRW-code", "Waterlichaam / maatregel", "Uitgaven 2024", "Uitgaven 2025",
                         "Subsidies 2024", "Subsidies 2025"]]
    bold, totals = [], []
    for heading, name, lines in GROUPS:
        rows.append([None, heading])
        for code, label, *figures in lines:
            rows.append([code, label, *figures])
        rows.append([None, name, *[sum(line[k] for line in lines) for k in (2, 3, 4, 5)]])
        totals.append(rows[-1])
        bold.append(len(rows))
    rows.append([None, "Totaal KRW-maatregelen", *[sum(t[k] for t in totals) for k in (2, 3, 4, 5)]])
    bold.append(len(rows))
    rows[-3][3] += extra   # (the IJssel-Noord group's last line, Berkel)

    def each(cell):
        top = cell.column == 1 and cell.row > 1
        cell.alignment = Alignment(vertical="top" if top else "bottom")

    def style(sheet):
        for r in range(2, len(rows) + 1):
            sheet.row_dimensions[r].height = 20

    return workbook(path, rows, bold=bold, each=each, style=style,
                    widths={"A": 12, "B": 36, "C": 13, "D": 13, "E": 13, "F": 13})


@pytest.fixture(scope="module")
def printed(tmp_path_factory):
    folder = tmp_path_factory.mktemp("krw")
    return print_named({"clean": krw(folder / "krw.xlsx"), "altered": krw(folder / "krw-p1.xlsx", extra=10)})


def test_a_code_set_higher_than_its_line_belongs_to_that_line(printed, capsys):
    """Before: each code a line of its own, the groups cut there: false findings on the group totals."""
    code, data = audited(printed["clean"], capsys)
    assert (code, data["verdict"], data["findings"]) == (0, "clean", [])
    checked = {r["total"] for t in data["tables"] for r in t["relations"]}
    assert {"Totaal Vecht", "Totaal IJssel-Noord", "Totaal KRW-maatregelen"} <= checked


def test_a_changed_line_is_found_at_its_group_total(printed, capsys):
    """Before: the group total was checked against its last line only (a wrong sum stated as fact)."""
    code, data = audited(printed["altered"], capsys)
    assert code == 1
    found = {(f["row_label"], f["column"], int(f["expected"]) - int(f["found"])) for f in data["findings"]}
    assert found == {("Totaal IJssel-Noord", "Uitgaven 2025", 10)}


COSTS = [("A", "Inzameling huishoudelijk restafval", 1347803, 1421398, 1589942),
         ("B", "Inzameling GFT en etensresten", 623837, 664713, 674593),
         ("C", "Inzameling oud papier en karton", 311263, 311950, 346320),
         ("D", "Inzameling PMD", 548809, 568035, 602179),
         ("E", "Milieustraat en grof huishoudelijk afval", 605751, 621054, 642377),
         ("F", "Afvalbakken en zwerfafval", 187557, 198387, 214346),
         ("G", "Afvalbeleid, handhaving en communicatie", 135673, 136866, 143199)]
REVENUES = [("I", "Vergoeding Verpact voor ingezameld PMD", 227838, 226317, 257935),
            ("J", "Opbrengst oud papier en karton", 82422, 76245, 72414),
            ("K", "Opbrengst textiel en metalen", 25623, 25327, 24747)]


def lettered(path: Path, *, deleted: str = "") -> Path:
    """Ref. | Omschrijving | Rekening 2024 | Begroting 2025 | Begroting 2026 (a kostendekkendheid's table), each line's
    reference letter top-aligned in its cell, everything else at the foot of rows 20 pt tall: costs A to G and 'H
    Totaal kosten taakveld (A t/m G)', revenues I to K and 'L Totaal opbrengsten taakveld (I t/m K)'; `deleted`: the
    line of that letter left out, the totals left as printed."""
    rows: list[list] = [["Ref.", "Omschrijving", "Rekening 2024", "Begroting 2025", "Begroting 2026"]]
    bold = []
    for heading, lines, letter, name in (("Kosten taakveld", COSTS, "H", "Totaal kosten taakveld (A t/m G)"),
                                         ("Opbrengsten taakveld", REVENUES, "L",
                                          "Totaal opbrengsten taakveld (I t/m K)")):
        rows.append([None, heading])
        rows += [[code, label, *figures] for code, label, *figures in lines if code != deleted]
        rows.append([letter, name, *[sum(line[k] for line in lines) for k in (2, 3, 4)]])
        bold.append(len(rows))

    def each(cell):
        cell.alignment = Alignment(vertical="top" if cell.column == 1 and cell.row > 1 else "bottom")

    def style(sheet):
        for r in range(2, len(rows) + 1):
            sheet.row_dimensions[r].height = 20

    return workbook(path, rows, bold=bold, each=each, style=style,
                    widths={"A": 6, "B": 40, "C": 15, "D": 15, "E": 15})


@pytest.fixture(scope="module")
def printed_letters(tmp_path_factory):
    folder = tmp_path_factory.mktemp("ref")
    return print_named({"clean": lettered(folder / "ref.xlsx"), "deleted": lettered(folder / "ref-del.xlsx", deleted="E")})


def test_a_reference_letter_set_higher_than_its_line_belongs_to_that_line(printed_letters, capsys):
    """The letter is the line's: 'H Totaal kosten taakveld (A t/m G)', checked against lines A to G."""
    code, data = audited(printed_letters["clean"], capsys)
    assert (code, data["verdict"], data["findings"]) == (0, "clean", [])
    assert [r["total"] for t in data["tables"] for r in t["relations"]] == \
        ["H Totaal kosten taakveld (A t/m G)", "L Totaal opbrengsten taakveld (I t/m K)"]


def test_a_deleted_lettered_line_leaves_its_total_not_verified(printed_letters, capsys):
    """Before: each letter a line of its own, 'H' a heading over its total: the total 'not checked here (nothing
    comes before it in its block)' and, the other total holding, the file exited 0 with its failing total
    unreported. Now, as the workbook says: NOT verified, its label's formula names line E, which is not there."""
    code, data = audited(printed_letters["deleted"], capsys)
    assert (code, data["verdict"]) == (1, "not verified")
    assert [(v["total"], v["reason"]) for t in data["tables"] for v in t["not_verified"]] == \
        [("H Totaal kosten taakveld (A t/m G)", "its label's formula names line E, which is not in the table")]
