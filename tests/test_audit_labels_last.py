"""A table whose label column stands LAST, right of its figures, is read with those labels (issue 18, e63; trial36
t07, its class A).

A municipality's sportsubsidies per vereniging laid out figures first: Toegekend 2025 | Vastgesteld 2025 | Verschil |
Vereniging, the names (headings, lines, 'Totaal ...') in the last column. The run's leftmost column was taken for
the labels: in the workbook Toegekend's figures became the lines' names, no line was called a total and the file
was NOT verified (exit 2, a subtotal altered never found); in the PDF the totals were found by their sums alone and
named '' ('(no label)'), with Toegekend's title read as the label column's. A run whose lines hold no text left of
their figures and their text in one column right of them has its labels there. Typed tables (openpyxl), xlsx and the
PDF LibreOffice prints."""

from pathlib import Path

import pytest
from openpyxl.styles import Alignment

from published_tables import audited, print_named, workbook

HEADER = ["Toegekend 2025", "Vastgesteld 2025", "Verschil", "Vereniging"]
GROUPS = [("Buitensport", "Totaal buitensport", [("Voetbalvereniging De Zwaluwen", 18400, 17250),
                                                 ("Hockeyclub Oranje-Wit", 12650, 13980),
                                                 ("Atletiekvereniging Sprint", 7300, 6815)]),
          ("Binnensport", "Totaal binnensport", [("Zwemvereniging De Dolfijn", 22100, 21460),
                                                 ("Judoschool Kata", 4150, 4150),
                                                 ("Volleybalclub Smash", 6900, 7420)])]
GRAND = "Totaal sportsubsidies"


def subsidies(path: Path, *, line_extra: int = 0, subtotal_extra: int = 0) -> Path:
    """The table; the first line's Vastgesteld `line_extra` more than typed (its Verschil and subtotal left as they
    were), the second subtotal's Toegekend `subtotal_extra` more than its lines (its Verschil along)."""
    rows: list[list] = [["Sportsubsidies 2025"], [], HEADER]
    bold = []
    subtotals = []
    for k, (heading, total, lines) in enumerate(GROUPS):
        rows.append([None, None, None, heading])
        typed = [[granted, settled, granted - settled, name] for name, granted, settled in lines]
        rows.extend(typed)
        subtotals.append([sum(line[i] for line in typed) for i in range(3)] + [total])
        if k == 1:
            subtotals[-1][0] += subtotal_extra
            subtotals[-1][2] += subtotal_extra
        rows.append(subtotals[-1])
        bold.append(len(rows))
        rows.append([])
    rows[4][1] += line_extra
    rows.append([sum(s[i] for s in subtotals) for i in range(3)] + [GRAND])
    bold.append(len(rows))

    def aligned(cell) -> None:
        # (the titles of the figures right-aligned over them; the names indented, as the figures-first table prints)
        if cell.column < 4 and cell.row == 3:
            cell.alignment = Alignment(horizontal="right")
        elif cell.column == 4 and cell.row >= 3:
            cell.alignment = Alignment(horizontal="left", indent=2)

    return workbook(path, rows, bold=bold, widths={"A": 16, "B": 16, "C": 14, "D": 36}, each=aligned)


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    folder = tmp_path_factory.mktemp("labels-last")
    books = {"clean": subsidies(folder / "sport.xlsx"), "p1": subsidies(folder / "sport-p1.xlsx", line_extra=1),
             "sub": subsidies(folder / "sport-sub.xlsx", subtotal_extra=2500)}
    printed = print_named(books)
    return {**books, **{f"{name}.pdf": pdf for name, pdf in printed.items()}}


@pytest.mark.parametrize("name", ["clean", "clean.pdf"])
def test_the_clean_table_is_checked_by_its_labels(files, name, capsys):
    """Before: xlsx exit 2 'no totals found'; PDF 'row (no label) = (no label), ...'."""
    code, data = audited(files[name], capsys)
    assert (code, data["verdict"], data["findings"]) == (0, "clean", [])
    table = data["tables"][0]
    assert table["columns"] == HEADER[:3]
    rows = [r for r in table["relations"] if r["axis"] == "row"]
    assert [r["total"] for r in rows] == ["Totaal buitensport", "Totaal binnensport", GRAND]
    assert rows[0]["parts"] == [name for name, *__ in GROUPS[0][2]]
    assert all(r["figures_checked"] == 3 for r in rows)


@pytest.mark.parametrize("name", ["sub", "sub.pdf"])
def test_an_altered_subtotal_is_found_at_its_label(files, name, capsys):
    """Before: xlsx exit 2 (NOT verified); PDF a finding named '' in a column named ''."""
    code, data = audited(files[name], capsys)
    assert code == 1
    granted = sum(line[1] for line in GROUPS[1][2])
    found = {(f["row_label"], f["column"]): (f["expected"], f["found"]) for f in data["findings"]}
    assert found[("Totaal binnensport", "Toegekend 2025")] == (str(granted), str(granted + 2500))
    assert all(label in ("Totaal binnensport", GRAND) for label, __ in found)


@pytest.mark.parametrize("name", ["p1", "p1.pdf"])
def test_an_altered_line_is_found_at_its_label(files, name, capsys):
    """Before: xlsx exit 2; PDF '(total)' / '(line)' findings without a name."""
    code, data = audited(files[name], capsys)
    assert code == 1
    name0, granted, settled = GROUPS[0][2][0]
    found = {(f["row_label"], f["column"]): (f["expected"], f["found"]) for f in data["findings"]}
    assert found[(name0, "Verschil")] == (str(granted - settled - 1), str(granted - settled))
    settled_sum = sum(line[2] for line in GROUPS[0][2])
    assert found[("Totaal buitensport", "Vastgesteld 2025")] == (str(settled_sum + 1), str(settled_sum))
