"""pyengine audit on a sheet with a print area (issue 18, e51; class F of tests/corpora/trial31/MECHANISMS.md): a
beheerplan's table with a 'Controle' column right of it, outside the print area (a check the maker keeps beside the
table, 0 on every line as long as the line adds up). The auditor sees the printed table: the cells outside the print
area are no part of it (the check column was checked as a column of totals: a false finding at its 'Totaal' whenever a
figure of the table was altered). A sheet without a print area is read whole."""

import openpyxl
from openpyxl.styles import Font

from published_tables import audited, workbook

WIJKEN = [("Binnenstad", 412000, 188000), ("Noord", 236000, 141000), ("Zuid", 301000, 97000),
          ("Buitengebied", 158000, 212000)]


def beheerplan(path, print_area: bool = True, onderhoud_plus: int = 0):
    """Wijk | Energie | Onderhoud | Totaal kosten, then an empty column and 'Controle' (Totaal kosten - energie -
    onderhoud, per line and on the total line, as typed); Noord's onderhoud typed `onderhoud_plus` off, its Totaal
    kosten and every total as before (its Controle then shows the difference)."""
    rows: list[list] = [["Openbare verlichting 2025 (bedragen in €)"], [],
                        ["Wijk", "Energie", "Onderhoud", "Totaal kosten", None, "Controle"]]
    for name, energie, onderhoud in WIJKEN:
        typed = onderhoud + (onderhoud_plus if name == "Noord" else 0)
        rows.append([name, energie, typed, energie + onderhoud, None, energie + onderhoud - energie - typed])
    sums = [sum(w[1] for w in WIJKEN), sum(w[2] for w in WIJKEN)]
    rows.append(["Totaal", *sums, sum(sums), None, 0])

    def style(sheet):
        if print_area:
            sheet.print_area = f"A1:D{len(rows)}"
        for row in sheet.iter_rows(min_col=6, max_col=6):
            for cell in row:
                cell.font = Font(italic=True, size=9)

    return workbook(path, rows, widths={"A": 24, "B": 12, "C": 12, "D": 14, "E": 3, "F": 10},
                    bold=[3, len(rows)], style=style, orientation="portrait")


def test_the_check_column_outside_the_print_area_is_no_part_of_the_table(tmp_path, capsys):
    code, report = audited(beheerplan(tmp_path / "plan.xlsx", onderhoud_plus=1000), capsys)
    assert code == 1
    found = sorted((f["row_label"], f["column"], f["difference"]) for f in report["findings"])
    # Noord's onderhoud +1.000: its Totaal kosten and the onderhoud's Totaal fail; nothing in 'Controle'
    assert found == [("Noord", "Totaal kosten", "-1000"), ("Totaal", "Onderhoud", "-1000")], found
    (table,) = report["tables"]
    assert table["columns"] == ["Energie", "Onderhoud", "Totaal kosten"], table["columns"]
    assert any("print area A1:D8" in note for note in report["notes"]), report["notes"]


def test_the_clean_table_with_its_print_area_audits_clean(tmp_path, capsys):
    code, report = audited(beheerplan(tmp_path / "plan.xlsx"), capsys)
    assert report["findings"] == [] and code == 0


def test_a_sheet_without_a_print_area_is_read_whole(tmp_path, capsys):
    code, report = audited(beheerplan(tmp_path / "plan.xlsx", print_area=False), capsys)
    assert not any("print area" in note for note in report["notes"]), report["notes"]
    (table,) = report["tables"]
    assert table["columns"][-1] == "Controle", table["columns"]


def test_a_print_area_of_several_areas_is_named_whole(tmp_path, capsys):
    """A print area of two areas ('A1:B8' and 'C1:D8', the check column left out): the note names both, not the
    last alone."""
    path = beheerplan(tmp_path / "plan.xlsx")
    book = openpyxl.load_workbook(path)
    book.active.print_area = ["A1:B8", "C1:D8"]
    book.save(path)
    code, report = audited(path, capsys)
    assert report["findings"] == [] and code == 0
    assert [note for note in report["notes"] if "print area" in note] == [
        "sheet 'Tabel': only its print area A1:B8, C1:D8 was audited; the cells outside it are not printed"]
