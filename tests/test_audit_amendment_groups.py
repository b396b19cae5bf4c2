"""pyengine audit on a GR's begrotingswijziging with 'Lasten' and 'Baten' each merged over Begroting 2026 | Wijziging |
Begroting na wijziging (trial6 T08): each group's 'Begroting na wijziging' is its Begroting + Wijziging on every line
(the column's own title says it is a total, not the group title before it); a line deleted whose wijziging was
negative leaves 'Totaal taken' short of its lines in the Wijziging columns, over them in the others: found at every
figure, as what the total misses by adds up across like a line; a label wrapped under its figures in the PDF (a cell
set at its top) is one label; 'Bedragen in €' right above the group titles names no column. As xlsx (openpyxl) and
as PDF printed by LibreOffice."""

from pathlib import Path

import pytest
from openpyxl.styles import Alignment

from published_tables import audited, print_named, widths_of, workbook

COLUMNS = ["Lasten Begroting 2026", "Lasten Wijziging", "Lasten Begroting na wijziging",
           "Baten Begroting 2026", "Baten Wijziging", "Baten Begroting na wijziging"]
TAAK_2 = "Taak 2 Algemene gezondheidszorg en infectieziektebestrijding"
LINES = [["Taak 1 Jeugdgezondheidszorg 0-18 jaar", 1000000, 50000, 1050000, 1100000, 60000, 1160000],
         [TAAK_2, 600000, 30000, 630000, 650000, 25000, 675000],
         ["Taak 3 Veilig Thuis", 400000, 0, 400000, 420000, 0, 420000],
         ["Taak 4 Toezicht kinderopvang en Wmo", 90000, -5000, 85000, 120000, -2000, 118000],
         ["Overhead", 300000, 10000, 310000, 0, 0, 0],
         ["Onvoorzien", 50000, 0, 50000, 0, 0, 0],
         ["Totaal taken", 2440000, 85000, 2525000, 2290000, 83000, 2373000],
         ["Toevoeging aan reserve frictiekosten", 20000, 0, 20000, None, None, None],
         ["Onttrekking aan egalisatiereserve", None, None, None, 170000, 2000, 172000],
         ["Totaal na mutaties in reserves", 2460000, 85000, 2545000, 2460000, 85000, 2545000]]


def amendment(path: Path, lines: list[list]) -> Path:
    """Three titles, 'Bedragen in €' set right over the last column, an empty row, 'Lasten' and 'Baten' merged over
    their three columns, the column titles, the lines (a long label wrapped in a row set at its top, 0 typed '-'),
    an empty row and a footnote; landscape, fitted to the page width."""
    def layout(cell):
        r, c = cell.row, cell.column
        if r == 4:
            cell.alignment = Alignment(horizontal="right")
        elif r == 6:
            cell.alignment = Alignment(horizontal="center")
        elif r == 7 and c > 1:
            cell.alignment = Alignment(horizontal="right", wrap_text=True, vertical="bottom")
        elif 8 <= r < 8 + len(lines):
            wrap = len(lines[r - 8][0]) > 42
            if c == 1 and wrap:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
                cell.parent.row_dimensions[r].height = 30
            elif c > 1:
                cell.number_format = "#,##0"
                cell.alignment = Alignment(horizontal="right", vertical="top" if wrap else None)

    typed = [line[:1] + ["-" if value == 0 else value for value in line[1:]] for line in lines]
    return workbook(path, [["GGD Regio Zuidkust"], ["Eerste begrotingswijziging 2026"], ["Lasten en baten per taak"],
                           [None] * 6 + ["Bedragen in €"], [], [None, "Lasten", None, None, "Baten"],
                           ["Taak"] + ["Begroting 2026", "Wijziging", "Begroting na wijziging"] * 2, *typed, [],
                           ["De wijziging betreft de loon- en prijsindexatie 2026."]],
                    title="Begrotingswijziging", number_format=None, merges=["B6:D6", "E6:G6"], each=layout,
                    widths=widths_of(40, 14, "BCDEFG"))


def altered(row: int, column: int, value: int) -> list[list]:
    lines = [list(line) for line in LINES]
    lines[row][column] = value
    return lines


# Taak 2's Lasten Wijziging 30.000 -> 30.001: its Begroting na wijziging and Totaal taken's Wijziging fail
PLUS_ONE = altered(1, 2, 30001)
# Taak 4 (a negative wijziging) deleted: Totaal taken exceeds its lines' sum in the Begroting columns and falls
# short of it in the Wijziging columns
DELETED = LINES[:3] + LINES[4:]
# and the same with 'Totaal taken' Lasten Begroting na wijziging also off: what it misses by no longer adds up across
DELETED_AND_OFF = [list(line) for line in DELETED]
DELETED_AND_OFF[5][3] = 2525500


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    folder = tmp_path_factory.mktemp("wijziging")
    sources = {name: amendment(folder / f"{name}.xlsx", lines) for name, lines in
               (("original", LINES), ("plus1", PLUS_ONE), ("deleted", DELETED), ("off", DELETED_AND_OFF))}
    return sources, print_named(sources)



def findings(data: dict) -> list[tuple]:
    return sorted((f["row_label"], f["column"], f["expected"], f["found"]) for f in data["findings"])


@pytest.mark.parametrize("kind", ["xlsx", "pdf"])
def test_amendment_groups_original_is_clean_and_checks_each_group(files, kind, capsys):
    code, data = audited(files[kind == "pdf"]["original"], capsys)
    assert (code, data["verdict"], data["findings"], data["not_verified"]) == (0, "clean", [], 0)
    table = data["tables"][0]
    assert table["columns"] == COLUMNS
    relations = {(r["axis"], r["total"]): (r["parts"], r["figures_failing"]) for r in table["relations"]}
    assert relations[("column", "Begroting na wijziging Lasten")] == (COLUMNS[:2], 0)
    assert relations[("column", "Begroting na wijziging Baten")] == (COLUMNS[3:5], 0)
    parts, failing = relations[("row", "Totaal taken")]
    assert (len(parts), parts[1], failing) == (6, TAAK_2, 0)


@pytest.mark.parametrize("kind", ["xlsx", "pdf"])
def test_amendment_groups_plus_one_found_at_the_line_and_the_total(files, kind, capsys):
    code, data = audited(files[kind == "pdf"]["plus1"], capsys)
    assert code == 1
    assert findings(data) == [(TAAK_2, "Lasten Begroting na wijziging", "630001", "630000"),
                              ("Totaal taken", "Lasten Wijziging", "85001", "85000")]
    if kind == "xlsx":
        assert sorted(f["cell"] for f in data["findings"]) == ["C14", "D9"]


@pytest.mark.parametrize("kind", ["xlsx", "pdf"])
def test_amendment_groups_deleted_line_with_a_negative_wijziging_found_in_every_column(files, kind, capsys):
    code, data = audited(files[kind == "pdf"]["deleted"], capsys)
    assert (code, data["not_verified"]) == (1, 0)
    assert findings(data) == sorted([
        ("Totaal taken", "Lasten Begroting 2026", "2350000", "2440000"),
        ("Totaal taken", "Lasten Wijziging", "90000", "85000"),
        ("Totaal taken", "Lasten Begroting na wijziging", "2440000", "2525000"),
        ("Totaal taken", "Baten Begroting 2026", "2170000", "2290000"),
        ("Totaal taken", "Baten Wijziging", "85000", "83000"),
        ("Totaal taken", "Baten Begroting na wijziging", "2255000", "2373000")])
    if kind == "xlsx":
        assert sorted(f["cell"] for f in data["findings"]) == ["B13", "C13", "D13", "E13", "F13", "G13"]


def test_amendment_groups_deleted_line_that_adds_up_across_by_no_relation_is_not_taken(files, capsys):
    """What the total misses by in the Wijziging columns is no deleted line where the rest does not add up across:
    the total stays NOT verified (no finding made of lines that exceed it), the file exits 1."""
    code, data = audited(files[0]["off"], capsys)
    assert (code, data["verdict"], data["not_verified"]) == (1, "findings", 1)
    assert [v["total"] for v in data["tables"][0]["not_verified"]] == ["Totaal taken"]


def test_one_group_checks_its_begroting_na_wijziging_under_the_printed_name(tmp_path, capsys):
    """'Lasten' merged over its three columns alone (no group repeats it): the column is read as 'Begroting na
    wijziging Lasten', a total, and shown as printed."""
    titles = ["Taak", "Begroting 2026", "Wijziging", "Begroting na wijziging"]
    workbook(tmp_path / "lasten.xlsx", [[None, "Lasten"], titles, *[row[:4] for row in PLUS_ONE[:3]],
                                        ["Totaal", 2000000, 80000, 2080000]],
             title="Sheet", number_format=None, merges=["B1:D1"], orientation=None, fit=False)
    code, data = audited(tmp_path / "lasten.xlsx", capsys)
    assert code == 1
    assert sorted((f["cell"], f["row_label"], f["column"], f["expected"], f["found"]) for f in data["findings"]) == [
        ("C6", "Totaal", "Lasten Wijziging", "80001", "80000"),
        ("D4", TAAK_2, "Lasten Begroting na wijziging", "630001", "630000")]
