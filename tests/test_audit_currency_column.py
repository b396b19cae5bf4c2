"""pyengine audit on amounts with a narrow '€' column of their own left of them (issue 18, e51; class E of
tests/corpora/trial31/MECHANISMS.md): the amount's title ('Kwijtgescholden bedrag') merged over both header rows and
over the '€' column and the amounts, typed in the '€' column's cell. The findings were right but named after a column
with no title (''), as the workbook's merged title stood over the '€' column, which holds no figure. The title heads
the amounts it is merged over."""

from openpyxl.styles import Alignment

from published_tables import audited, workbook

LINES = [("Afvalstoffenheffing", 475, 327, 148, 11689672),
         ("Rioolheffing gebruikers", 505, 352, 153, 5742154),
         ("Hondenbelasting", 89, 58, 31, 535511)]


def euro_workbook(path, plus=0):
    """Aantal verzoeken over Ontvangen | Toegewezen | Afgewezen, then 'Kwijtgescholden bedrag' merged over a '€'
    column and the amounts (in cents); the total's amount printed `plus` cents off."""
    rows: list[list] = [["Kwijtschelding 2025"], [],
                        [None, "Aantal verzoeken", None, None, "Kwijtgescholden bedrag"],
                        ["Heffing", "Ontvangen", "Toegewezen", "Afgewezen"]]
    for label, ont, toe, afw, cents in LINES:
        rows.append([label, ont, toe, afw, "€", cents / 100])
    total = [sum(line[k] for line in LINES) for k in range(1, 5)]
    rows.append(["Totaal", *total[:3], "€", (total[3] + plus) / 100])

    def each(cell):
        if isinstance(cell.value, float):
            cell.number_format = "#,##0.00"
        if cell.row in (3, 4) and cell.column > 1:
            cell.alignment = Alignment(horizontal="center", wrap_text=True)

    return workbook(path, rows, merges=["B3:D3", "E3:F4"], widths={"A": 30, "E": 3, "F": 14}, bold=[len(rows)],
                    each=each, orientation="portrait")


def test_the_amounts_under_a_title_merged_over_their_euro_column_carry_that_title(tmp_path, capsys):
    code, report = audited(euro_workbook(tmp_path / "euro.xlsx"), capsys)
    assert report["findings"] == [] and code == 0
    (table,) = report["tables"]
    assert table["columns"][-1] == "Kwijtgescholden bedrag", table["columns"]


def test_a_wrong_amount_total_is_named_after_the_title_over_its_euro_column(tmp_path, capsys):
    code, report = audited(euro_workbook(tmp_path / "euro-plus.xlsx", plus=100000), capsys)
    assert code == 1
    found = [(f["cell"], f["row_label"], f["column"], f["expected"], f["found"]) for f in report["findings"]]
    assert found == [("F8", "Totaal", "Kwijtgescholden bedrag", "179673.37", "180673.37")], found
