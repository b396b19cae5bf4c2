"""A table printed over pages across with its label column repeated on every page (print titles, column A) is read
as one table: the pages' year columns side by side, each under its own title (issue 18, e63; trial36 t06, its
class C).

A GR's regionaal investeringsfonds: bijdragen per project for ten years and a 'Totaal 2026-2035' column, printed at
80 % over three pages across in portrait, column A repeated on each. The pages, each with its labels, were read as
one table continued down the page: page 2's years under page 1's titles (a finding at '2030' named '2026'), page 3
a table of its own whose 'Totaal 2026-2035' was NOT verified against two years alone (the clean file never shown to
add up). A page across whose every line opens with the first page's label, at its height and edge, joins the first
page as a page printed without labels does. Typed tables (openpyxl), the PDF LibreOffice prints."""

from pathlib import Path

import pytest

from published_tables import audited, print_named, workbook

YEARS = list(range(2026, 2036))
PROJECTS = [("Bereikbaarheid", [("Fietsroute Hattem-Heerde", 4), ("Mobiliteitshub Stadsbrug", 7),
                                ("Busbaan Berkum", 3)]),
            ("Economie", [("Campus Technologie", 5), ("Innovatiefonds MKB", 2), ("Leven Lang Leren", 6)])]


def amount(seed: int, year: int) -> int:
    """A bijdrage of whole thousands, different per project and year."""
    return ((seed * 37 + year * 11) % 23 + 1) * 15000


def fund(path: Path, *, extra: int = 0) -> Path:
    """The fund; the first project's bijdrage in 2033 `extra` more than typed (its totals as they were)."""
    rows: list[list] = [["Regionaal investeringsfonds"], ["bijdragen in euro"], [],
                        ["Project", *map(str, YEARS), f"Totaal {YEARS[0]}-{YEARS[-1]}"]]
    totals = []
    for heading, projects in PROJECTS:
        rows.append([heading])
        lines = [[name, *(amount(seed, y) for y in YEARS)] for name, seed in projects]
        for line in lines:
            line.append(sum(line[1:]))
        rows.extend(lines)
        totals.append([f"Totaal {heading.lower()}", *(sum(line[k] for line in lines) for k in range(1, 12))])
        rows.append(totals[-1])
        rows.append([])
    rows.append(["Totaal investeringsfonds", *(sum(t[k] for t in totals) for k in range(1, 12))])
    rows[5][1 + YEARS.index(2033)] += extra

    def across(sheet) -> None:
        # (not fitted to the page: 80 % over pages across, the label column printed on each)
        sheet.page_setup.scale = 80
        sheet.print_title_cols = "A:A"

    return workbook(path, rows, widths={"A": 34, **{k: 13 for k in range(2, 13)}}, orientation="portrait",
                    fit=False, style=across)


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    folder = tmp_path_factory.mktemp("repeated-labels")
    return print_named({"clean": fund(folder / "fonds.xlsx"), "p1": fund(folder / "fonds-p1.xlsx", extra=1)})


def test_the_pages_across_are_one_table_that_adds_up(files, capsys):
    """Before: two tables, pages 1 and 2 read as one continued down the page (trial36 t06: its last page's total
    column NOT verified, exit 1)."""
    code, data = audited(files["clean"], capsys)
    assert (code, data["verdict"], data["findings"]) == (0, "clean", [])
    assert len(data["tables"]) == 1
    assert data["tables"][0]["columns"] == [*map(str, YEARS), "Totaal 2026-2035"]


def test_a_figure_on_the_second_page_is_found_under_its_own_year(files, capsys):
    """Before: the finding named '2029' (page 1's title over that place), the line's row total not checked."""
    code, data = audited(files["p1"], capsys)
    assert code == 1
    column = sum(amount(seed, 2033) for __, seed in PROJECTS[0][1])
    row = sum(amount(PROJECTS[0][1][0][1], y) for y in YEARS)
    found = {(f["row_label"], f["column"]): (f["expected"], f["found"]) for f in data["findings"]}
    assert found == {("Totaal bereikbaarheid", "2033"): (str(column + 1), str(column)),
                     ("Fietsroute Hattem-Heerde", "Totaal 2026-2035"): (str(row + 1), str(row))}
