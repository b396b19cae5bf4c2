"""A table split over two worksheets printed one after the other (tests/corpora/trial34/MECHANISMS.md class D): the
second sheet opens with a title of its own ('... (vervolg)') and repeats the header ('Opbrengsten' over Abonnementen |
Dagtarief | Totaal, 'Kosten' over Personeel | Beheer | Totaal, Saldo). A header row repeated on a page is dropped
only where the page goes on with the table; under a title of the page's own it titles that page's table. Before,
page 2's header was dropped as repeated: its columns had no titles ('B' .. 'I'), 'Totaal Kosten' = Personeel +
Beheer was never asked there, and a wrong figure in it exited 0."""

import pytest

from published_tables import audited, print_to_pdf, widths_of

import openpyxl
from openpyxl.styles import Alignment, Font

FIRST = [("Stalling Grote Markt", 26009, 8080, 171061, 44186), ("Stalling Vismarkt", 24686, 26227, 230998, 28622),
         ("Stalling Zuiderdiep", 15661, 17913, 249993, 12831)]
SECOND = [("Stationsstalling Noord", 3550, 13579, 55242, 12713), ("Stationsstalling Zuid", 2905, 21123, 72396, 16741),
          ("Stalling Europapark", 1200, 17431, 8000, 31278)]


def _sheet(sheet, title: str, heading: str, lines, total: str, plus: int):
    sheet.append([title])
    sheet.append([])
    sheet.append([None, "Opbrengsten", None, None, "Kosten"])
    sheet.append(["Stalling", "Abonnementen", "Dagtarief", "Totaal", "Personeel", "Beheer", "Totaal", "Saldo"])
    sheet.append([heading])
    for k, (name, a, d, p, b) in enumerate(lines):
        kosten = p + b + (plus if k == 1 else 0)
        sheet.append([name, a, d, a + d, p, b, kosten, a + d - p - b])
    sums = [sum(line[i] for line in lines) for i in range(1, 5)]
    sheet.append([total, sums[0], sums[1], sums[0] + sums[1], sums[2], sums[3], sums[2] + sums[3],
                  sums[0] + sums[1] - sums[2] - sums[3]])
    sheet.merge_cells("B3:D3")
    sheet.merge_cells("E3:G3")
    for cell in ("B3", "E3"):
        sheet[cell].alignment = Alignment(horizontal="center")
    for row in sheet.iter_rows(min_row=6):
        for cell in row[1:]:
            cell.number_format = "[$-413]#,##0;-#,##0"
    for cell in sheet[sheet.max_row]:
        cell.font = Font(bold=True)
    for column, width in widths_of(30, 13, 7).items():
        sheet.column_dimensions[column].width = width
    sheet.page_setup.orientation = "landscape"
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0


def stallingen(path, plus: int = 0):
    """`plus` added to the second sheet's 'Kosten Totaal' of its second line."""
    book = openpyxl.Workbook()
    first = book.active
    first.title = "Stallingen"
    _sheet(first, "Exploitatie fietsenstallingen per stalling", "Binnenstad", FIRST, "Totaal binnenstad", 0)
    _sheet(book.create_sheet("Stallingen (vervolg)"), "Exploitatie fietsenstallingen per stalling (vervolg)",
           "Stationsgebied", SECOND, "Totaal stationsgebied", plus)
    book.save(path)
    return path


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory):
    folder = tmp_path_factory.mktemp("second-sheet")
    return print_to_pdf([stallingen(folder / "clean.xlsx"), stallingen(folder / "wrong.xlsx", plus=5000)])


def test_the_second_sheets_header_titles_its_columns(pdfs, capsys):
    code, report = audited(pdfs[0], capsys)
    assert code == 0 and report["findings"] == []
    assert len(report["tables"]) == 2
    second = report["tables"][1]
    assert second["columns"] == report["tables"][0]["columns"]
    assert "Totaal Kosten" in {r["total"] for r in second["relations"] if r["axis"] == "column"}


def test_a_wrong_figure_on_the_second_sheet_is_found(pdfs, capsys):
    code, report = audited(pdfs[1], capsys)
    assert code == 1
    found = {(f["row_label"], f["column"], f["expected"], f["found"]) for f in report["findings"]}
    assert ("Stationsstalling Zuid", "Kosten Totaal", "89137", "94137") in found
