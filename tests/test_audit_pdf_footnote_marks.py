"""pyengine audit on a PDF whose provisional figures carry a footnote's mark set by their number format ('478.378 *',
`#,##0" *"`; the footnote '* voorlopig cijfer' under the table) (issue 18, e51; the misses of class C of
tests/corpora/trial31/MECHANISMS.md, t10). The print shows '478.378' and '*' tight together: read as one text, not a
figure, every total over it was NOT verified (a clean table did not add up, a total altered or a line deleted over it
went unreported). The mark is no part of the figure; the figure ends where its cell does. The workbook has the
figure itself."""

import pytest

from published_tables import audited, print_named, workbook

MARKED = '[$-413]#,##0" *";-#,##0" *"'
LINES = [("Meedoenregeling volwassenen", (355145, 298879)), ("Kindpakket", (952865, 789219)),
         ("Stichting Leergeld (subsidie)", (478378, 469569)), ("Jeugdfonds Sport & Cultuur", (323623, 309026)),
         ("Zwemles voor kinderen", (645139, 609393))]
PROVISIONAL = {"Stichting Leergeld (subsidie)", "Jeugdfonds Sport & Cultuur"}


def uitgaven(path, leave_out: str | None = None):
    """Uitgaven 2025 | 2024 per regeling, the 2025 figures of PROVISIONAL marked '*'; the line `leave_out` deleted,
    the total as before."""
    rows: list[list] = [["Minimaregelingen: uitgaven (€)"], [], ["Regeling", "2025", "2024"]]
    for label, figures in LINES:
        if label != leave_out:
            rows.append([label, *figures])
    rows.append(["Totaal meedoen en kinderen", *[sum(f[k] for _label, f in LINES) for k in range(2)]])
    rows += [[], ["* voorlopig cijfer; de afrekening volgt"]]

    def style(sheet):
        for row in sheet.iter_rows(min_row=4, min_col=2, max_col=2):
            for cell in row:
                if sheet.cell(cell.row, 1).value in PROVISIONAL:
                    cell.number_format = MARKED

    return workbook(path, rows, widths={"A": 34, "B": 13, "C": 13}, bold=[3, len(rows) - 2], style=style,
                    orientation="portrait")


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    folder = tmp_path_factory.mktemp("footnote-marks")
    books = {"clean": uitgaven(folder / "clean.xlsx"), "del": uitgaven(folder / "del.xlsx", "Kindpakket")}
    return {"xlsx": books, "pdf": print_named(books, folder)}


@pytest.mark.parametrize("kind", ["xlsx", "pdf"])
def test_the_marked_figures_are_read_and_the_table_adds_up(files, kind, capsys):
    code, report = audited(files[kind]["clean"], capsys)
    assert report["findings"] == [] and report["not_verified"] == 0 and code == 0
    (table,) = report["tables"]
    (total,) = table["relations"]
    assert total["total"] == "Totaal meedoen en kinderen" and total["figures_checked"] == 2


@pytest.mark.parametrize("kind", ["xlsx", "pdf"])
def test_a_line_deleted_is_found_in_the_column_of_the_marked_figures(files, kind, capsys):
    code, report = audited(files[kind]["del"], capsys)
    assert code == 1 and report["not_verified"] == 0
    found = [(f["row_label"], f["column"], f["difference"]) for f in report["findings"]]
    assert found == [("Totaal meedoen en kinderen", "2025", "952865"),
                     ("Totaal meedoen en kinderen", "2024", "789219")], found
