"""A line deleted from a table leaves its total short in every column (issue 18's new user: 'a deleted line's finding
does not say a line may be missing, though the gap is that line's figures in every year'). Such a total's findings
get a note saying a line of its parts may be missing; one wrong figure, failing in its own column only, does not.
The findings themselves (place, expected, found) stay as they were."""

import pytest

from published_tables import audited, print_to_pdf, workbook

TITLES = ["Lasten", "Rekening 2024", "Begroting 2025", "Begroting 2026"]
LINES = [("Personeel", [1200, 1250, 1300]), ("Huisvesting", [310, 320, 335]), ("ICT", [140, 150, 165]),
         ("Inhuur", [90, 60, 70])]
TOTAL = [sum(figures[k] for __, figures in LINES) for k in range(3)]   # 1740, 1780, 1870
NOTE = "this total fails in every column it is checked in: a line of its parts may be missing"


def table(path, lines):
    rows = [["Gemeente Voorbeeld: lasten"], [], TITLES, *[[label, *figures] for label, figures in lines],
            ["Totaal lasten", *TOTAL]]
    return workbook(path, rows, title="Blad1", widths={"A": 26, "B": 15, "C": 15, "D": 15})


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    folder = tmp_path_factory.mktemp("ontbrekend")
    deleted = table(folder / "zonder_ict.xlsx", [line for line in LINES if line[0] != "ICT"])
    plus_one = table(folder / "plus_een.xlsx", [(label, [f + (label == "ICT" and k == 1) for k, f in
                                                         enumerate(figures)]) for label, figures in LINES])
    return {"deleted": deleted, "plus one": plus_one, "deleted pdf": print_to_pdf([deleted])[0]}


@pytest.mark.parametrize("name", ["deleted", "deleted pdf"])
def test_a_deleted_line_is_said_to_be_possibly_missing_at_its_total(files, name, capsys):
    code, report = audited(files[name], capsys)
    assert code == 1
    assert [(f["row_label"], f["column"], f["expected"], f["found"], f["note"]) for f in report["findings"]] == [
        ("Totaal lasten", column, str(total - ict), str(total), NOTE)
        for column, total, ict in zip(TITLES[1:], TOTAL, LINES[2][1])]


def test_one_wrong_figure_says_nothing_of_a_missing_line(files, capsys):
    code, report = audited(files["plus one"], capsys)
    assert code == 1
    assert [(f["row_label"], f["column"], f["expected"], f["found"], f["note"]) for f in report["findings"]] == [
        ("Totaal lasten", "Begroting 2025", "1781", "1780", "")]
