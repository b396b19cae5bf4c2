"""The audit's text report (issue 18, e19): a finding names its line's label beside its cell and column, so an auditor
reads which line is wrong ("Blad1!E9 'Totaal baten' [Begroting 2026]"), and a table is placed by the cells it covers,
header row and every column included ('A3:E9', not 'A4..A9': its first and last labels). A PDF's table keeps its
page and line places. --json is unchanged: its 'from' and 'to' are the first and last line of figures, as before."""

import json

import pytest

from published_tables import audited, print_to_pdf, workbook

TITLES = ["Baten", "Rekening 2023", "Rekening 2024", "Begroting 2025", "Begroting 2026"]
LINES = [("Belastingen", [410, 425, 440, 455]), ("Leges", [120, 118, 125, 130]),
         ("Subsidies", [95, 102, 99, 104]), ("Huren en pachten", [61, 63, 64, 66]),
         ("Overige baten", [12, 14, 15, 15])]
TOTAL = [sum(figures[k] for __, figures in LINES) for k in range(4)]   # 698, 722, 743, 770


def baten(path, begroting_2026: int = TOTAL[3]):
    """Title in A1, an empty row, the column titles in row 3 (A3:E3), lines in rows 4-8, 'Totaal baten' in row 9
    with its Begroting 2026 (E9) as given."""
    rows = [["Gemeente Voorbeeld: baten per soort"], [], TITLES, *[[label, *figures] for label, figures in LINES],
            ["Totaal baten", *TOTAL[:3], begroting_2026]]
    return workbook(path, rows, title="Blad1", widths={"A": 26, "B": 14, "C": 14, "D": 14, "E": 14})


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    folder = tmp_path_factory.mktemp("tekst")
    books = {"clean": baten(folder / "schoon.xlsx"), "wrong": baten(folder / "fout.xlsx", 771)}
    return {**books, "wrong pdf": print_to_pdf([books["wrong"]])[0]}


def text_of(path, capsys) -> tuple[int, list[str]]:
    from pyengine.audit import main as audit_main

    code = audit_main(str(path))
    return code, capsys.readouterr().out.splitlines()


def test_a_finding_names_its_lines_label_between_cell_and_column(files, capsys):
    code, lines = text_of(files["wrong"], capsys)
    assert code == 1
    assert "  Blad1!E9 'Totaal baten' [Begroting 2026]  Totaal baten = sum of 5 lines (Belastingen ... Overige " \
           "baten): expected 770, found 771 (difference +1)" in lines, lines


def test_a_table_is_placed_by_the_cells_it_covers(files, capsys):
    code, lines = text_of(files["clean"], capsys)
    assert code == 0
    assert "table 1: Blad1 A3:E9, 6 lines of figures in 4 columns" in lines, lines


def test_tables_side_by_side_are_each_placed_by_their_own_cells(tmp_path, capsys):
    """Lasten in A3:C6 and baten in E3:G6 on one sheet, an empty column D between them: two tables, each its range."""
    rows = [["Begroting 2026"], [],
            ["Lasten", "2025", "2026", None, "Baten", "2025", "2026"],
            ["Personeel", 500, 520, None, "Belastingen", 300, 310],
            ["Huisvesting", 200, 210, None, "Subsidies", 400, 421],
            ["Totaal lasten", 700, 730, None, "Totaal baten", 700, 730]]
    code, lines = text_of(workbook(tmp_path / "naast.xlsx", rows, title="Overzicht"), capsys)
    assert code == 1
    assert [line for line in lines if line.startswith("table ")] == [
        "table 1: Overzicht A3:C6, 3 lines of figures in 2 columns", "table 2: Overzicht E3:G6, 3 lines of figures in 2 columns"], lines
    assert "  Overzicht!G6 'Totaal baten' [2026]  Totaal baten = sum of Belastingen + Subsidies: expected 731, " \
           "found 730 (difference -1)" in lines, lines


def test_a_pdfs_table_keeps_its_page_and_line_places_and_names_the_label(files, capsys):
    code, lines = text_of(files["wrong pdf"], capsys)
    assert code == 1
    assert "table 1: fout.pdf page 1, line 3..page 1, line 8, 6 lines of figures in 4 columns" in lines, lines
    assert "  fout.pdf page 1, line 8 'Totaal baten' [Begroting 2026]  Totaal baten = sum of 5 lines (Belastingen " \
           "... Overige baten): expected 770, found 771 (difference +1)" in lines, lines


def test_json_is_unchanged(files, capsys):
    """--json keeps its fields: 'from' / 'to' the first and last line of figures, no range added; a finding's cell
    and row_label apart, as before."""
    code, report = audited(files["wrong"], capsys)
    assert code == 1
    table = report["tables"][0]
    assert (table["from"], table["to"], table["rows"]) == ("A4", "A9", 6)
    # (one field added since: the columns left out by their titles whose total-line figures were not checked)
    assert set(table) == {"table", "sheet", "from", "to", "rows", "columns", "rounding_unit", "scale", "relations",
                          "not_checked", "not_verified", "parts_not_in_table", "findings", "columns_not_added_up"}
    assert [(f["cell"], f["row_label"], f["column"], f["expected"], f["found"]) for f in report["findings"]] == [
        ("E9", "Totaal baten", "Begroting 2026", "770", "771")]
    assert json.dumps(report).count("A3:E9") == 0


def test_the_scale_and_the_lines_are_written_as_the_reports_figures(tmp_path, capsys):
    """A new user read 'x EUR 1.000' beside English figures 120,235 and '6 rows' for a table of 9 rows: the scale is
    written in the report's language ('x EUR 1,000' / 'x € 1.000'), the count says what it counts (lines with
    figures; the title and the header are not counted)."""
    from pyengine.i18n import use_language

    rows = [["Baten per soort"], ["Bedragen x € 1.000"], [], TITLES, *[[label, *figures] for label, figures in LINES],
            ["Totaal baten", *TOTAL]]
    path = workbook(tmp_path / "duizenden.xlsx", rows, title="Blad1", widths={"A": 26})
    code, lines = text_of(path, capsys)
    assert code == 0
    assert lines[0].endswith(": 1 table, 6 lines of figures, 4 figures of totals checked against their lines"), lines
    assert "table 1: Blad1 A4:E10, 6 lines of figures in 4 columns, x EUR 1,000" in lines, lines
    with use_language("nl"):
        code, lines = text_of(path, capsys)
    assert lines[0].endswith(": 1 tabel, 6 regels met getallen, 4 bedragen van totalen gecontroleerd tegen hun "
                             "regels"), lines
    assert "tabel 1: Blad1 A4:E10, 6 regels met getallen in 4 kolommen, x € 1.000" in lines, lines
