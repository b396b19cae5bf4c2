"""pyengine audit on a table whose years run down over the columns, newest first (issue 18, e51; classes C and D of
tests/corpora/trial31/MECHANISMS.md): 'Aantal toekenningen' over 2025 | 2024 and 'Uitgaven (€)' over 2025 | 2024 |
2023, each merged and centred over its years, then 'Verschil 2025-2024 (€)' merged down over both header rows, set at
its foot and wrapped after the dash, so that its last line '2024 (€)' stands on the line of the years.

C (PDF): the wrapped title tied the line of the group titles and the line of the years into one row (its first line
stands just under the group titles, the years' line follows as a cell's next line): 'Aantal toekenningen' went into
the label column's title and the years' line was checked as years out of sequence ('expected 2023, found 2025').

D (both): the Verschil 2025-2024 is Uitgaven 2025 - Uitgaven 2024, two columns side by side but not the two just
before it (Uitgaven 2023 stands between them and the Verschil): it was never checked, a Verschil typed wrong went
unreported. A column titled by two years is the difference of two columns of one title, one of each year."""

from openpyxl.styles import Alignment, Font

import pytest

from published_tables import audited, print_named, workbook

LINES = [("Individuele inkomenstoeslag", (1766, 2003), (356567, 396182, 363976)),
         ("Bijzondere bijstand", (682, 674), (114686, 112064, 105373)),
         ("Energietoeslag", (21, 387), (8544, 352150, 1388501))]


def years_down(path, verschil_plus: int = 0):
    """The table, newest year first; its Verschil 2025-2024 = Uitgaven 2025 - Uitgaven 2024 on every line (the
    second line's typed `verschil_plus` off)."""
    rows: list[list] = [["Gemeente Zuidervoorde"], [],
                        [None, "Aantal toekenningen", None, "Uitgaven (€)", None, None, "Verschil 2025-\n2024 (€)"],
                        ["Regeling", "2025", "2024", "2025", "2024", "2023"]]
    sums = [0] * 5
    for label, counts, amounts in LINES:
        figures = [*counts, *amounts]
        sums = [s + f for s, f in zip(sums, figures)]
        rows.append([label, *figures, amounts[0] - amounts[1] + (verschil_plus if len(rows) == 5 else 0)])
    rows.append(["Totaal minimaregelingen", *sums, sums[2] - sums[3]])

    def each(cell):
        cell.font = Font(name="Calibri", size=10, bold=cell.row in (3, 4, len(rows)))
        if cell.row in (3, 4) and cell.column > 1:
            cell.alignment = Alignment(horizontal="center", vertical="bottom", wrap_text=True)

    def style(sheet):
        sheet.row_dimensions[3].height = 15
        sheet.row_dimensions[4].height = 15

    return workbook(path, rows, merges=["B3:C3", "D3:F3", "G3:G4"],
                    widths={"A": 46, "B": 10, "C": 10, "D": 12, "E": 12, "F": 12, "G": 14}, each=each, style=style)


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    folder = tmp_path_factory.mktemp("years-down")
    books = {"clean": years_down(folder / "clean.xlsx"), "verschil": years_down(folder / "verschil.xlsx", 1000)}
    return {"xlsx": books, "pdf": print_named(books, folder)}


@pytest.mark.parametrize("kind", ["xlsx", "pdf"])
def test_the_years_under_their_group_titles_head_their_columns(files, kind, capsys):
    code, report = audited(files[kind]["clean"], capsys)
    assert report["findings"] == [] and code == 0
    (table,) = report["tables"]
    assert table["columns"] == ["Aantal toekenningen 2025", "Aantal toekenningen 2024", "Uitgaven (€) 2025",
                                "Uitgaven (€) 2024", "Uitgaven (€) 2023", "Verschil 2025-2024 (€)"], table["columns"]


@pytest.mark.parametrize("kind", ["xlsx", "pdf"])
def test_the_verschil_of_two_years_is_checked_as_the_difference_of_their_columns(files, kind, capsys):
    code, report = audited(files[kind]["clean"], capsys)
    (table,) = report["tables"]
    found = [(r["total"], r["parts"], r["rule"], r["figures_failing"]) for r in table["relations"]
             if r["axis"] == "column"]
    assert found == [("Verschil 2025-2024 (€)", ["Uitgaven (€) 2025", "-Uitgaven (€) 2024"], "two columns apart", 0)], \
        found


@pytest.mark.parametrize("kind", ["xlsx", "pdf"])
def test_a_verschil_typed_wrong_is_found_on_its_line(files, kind, capsys):
    code, report = audited(files[kind]["verschil"], capsys)
    assert code == 1
    found = [(f["row_label"], f["column"], f["expected"], f["found"]) for f in report["findings"]]
    # (and the Totaal's Verschil, the sum of the lines' as printed, 1.000 short of them)
    assert found == [("Bijzondere bijstand", "Verschil 2025-2024 (€)", "2622", "3622"),
                     ("Totaal minimaregelingen", "Verschil 2025-2024 (€)", "-379599", "-380599")], found
