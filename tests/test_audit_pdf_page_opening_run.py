"""A table running on over a page break whose next page, further down, prints a table of its own with a column
elsewhere (issue 18: our amendment's Invoer sheet set in Carlito, the metric twin of Calibri: 'BEDRAGEN' broke
after 'Gemeentelijke bijdrage', and page 8 went on with the rest of its lines above 'VERDEELSLEUTEL', whose
'Neemt deel' column stood where page 7 had none). The page was read as another table because one of its columns
stood elsewhere, so the table was cut at the page break and its last line there, a gemeentelijke bijdrage, was
read as the result closing the table: 'Gemeentelijke bijdrage = sum of 6 lines ...: expected 327.028,07, found
-1,25', false. Now a page opening with lines of figures is judged by those lines' columns: they carry the table on.
The page break here is a manual one, so the layout is the same in every font."""

import openpyxl
from openpyxl.worksheet.pagebreak import Break

from published_tables import audited, finish, print_to_pdf

LINES = [("Personeelskosten", 1200), ("Kapitaallasten", 340), ("Materiële kosten", 560),
         ("Overhead-primair proces", 75), ("Overhead-Regio", 2900), ("Dotatie aan voorzieningen", 370),
         ("Gemeentelijke bijdrage", -125)]
# no line of these tables is a total: nothing to check, and nothing false reported
EXIT, VERDICT = 2, "nothing checked"
NEXT = [("Bijdrage centrumgemeente", 33), ("Rijksbijdrage", 416), ("Bijdragen derden", 700), ("Overige baten", 12)]


def _workbook(path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Invoer"
    sheet.append(["BEDRAGEN (euro, zoals ingevoerd)"])
    sheet.append(["Regel", "Begroting 2026"])
    for label, figure in LINES:
        sheet.append([label, figure])
    sheet.row_breaks.append(Break(id=sheet.max_row))   # the page ends under 'Gemeentelijke bijdrage'
    for label, figure in NEXT:
        sheet.append([label, figure])
    sheet.append([])
    sheet.append(["VERDEELSLEUTEL (gewicht per gemeente)"])
    sheet.append(["Gemeente", "Gewicht 2026", "Neemt deel 2026 (1/0)"])
    sheet.append(["Gemeente Aa", 5630, 1])
    sheet.append(["Gemeente Bb", 4370, 1])
    return finish(sheet, path, widths={"A": 34, "B": 16, "C": 24}, orientation="portrait")


def test_a_table_carried_on_over_a_page_break_is_one_table_and_its_last_line_there_closes_nothing(tmp_path, capsys):
    pdf, = print_to_pdf([_workbook(tmp_path / "invoer.xlsx")])
    code, report = audited(pdf, capsys)
    assert report["findings"] == [], report["findings"]
    assert (code, report["verdict"]) == (EXIT, VERDICT), (code, report["verdict"])
    bedragen = next(t for t in report["tables"] if t["from"] == "page 1, line 3")
    # one table from page 1 to page 2: 'Gemeentelijke bijdrage' is a line of it, no result closing it
    assert bedragen["to"] == "page 2, line 4" and bedragen["rows"] == len(LINES) + len(NEXT), bedragen
    assert bedragen["relations"] == [], bedragen["relations"]
