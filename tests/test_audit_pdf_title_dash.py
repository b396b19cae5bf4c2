"""pyengine audit on the PDF of a table whose column title holds a dash as a word of its own, wrapped right after it
('Verschil begroting -' above 'realisatie', a GR's jaarstukken). The title reads as the workbook's ('Verschil
begroting - realisatie'), not as a word broken at its hyphen ('begroting -realisatie'), so a finding in that column
names it as printed (a word broken at its hyphen, 'Watersysteem-' above 'beheer', still joins whole: the last
column here, and tests/test_audit_pdf_wrapped_headers.py)."""

import openpyxl
from openpyxl.styles import Alignment, Font

from published_tables import audited, finish, print_named

TITLES = ["Zorgvorm", "Begroting 2025 na wijziging", "Realisatie 2025", "Verschil begroting - realisatie",
          "Watersysteem-beheer"]
LINES = [("Ambulante jeugdhulp", 7816200, 8709949), ("Dagbehandeling", 9401100, 8649636),
         ("Pleegzorg", 5120400, 5254469), ("Gezinshuizen", 2310000, 2200150)]


def table(path, plus: bool):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Tabel"
    sheet["A1"] = "Lasten jeugdhulp per zorgvorm (bedragen in euro)"
    sheet["A1"].font = Font(bold=True)
    for c, title in enumerate(TITLES, start=1):
        cell = sheet.cell(3, c, title)
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="bottom", horizontal="left" if c == 1 else "right")
    sheet.row_dimensions[3].height = 40
    rows = [(label, begroot, real, begroot - real, 1000 + i) for i, (label, begroot, real) in enumerate(LINES)]
    rows.append(("Totaal lasten jeugdhulp", *(sum(r[c] for r in rows) for c in range(1, 5))))
    for r, row in enumerate(rows, start=4):
        for c, value in enumerate(row, start=1):
            cell = sheet.cell(r, c, value + (1 if plus and r == 6 and c == 4 else 0) if c > 1 else value)
            if c > 1:
                cell.number_format = "#,##0;-#,##0"
            if r == 3 + len(rows):
                cell.font = Font(bold=True)
    return finish(sheet, path, widths={"A": 30, "B": 13, "C": 13, "D": 13, "E": 11}, orientation=None)


def test_a_dash_standing_as_a_word_keeps_its_spaces_when_the_title_wraps_after_it(tmp_path, capsys):
    pdfs = print_named({"clean": table(tmp_path / "schoon.xlsx", False), "plus": table(tmp_path / "plus.xlsx", True)})
    code, report = audited(pdfs["clean"], capsys)
    assert code == 0, report
    code, report = audited(pdfs["plus"], capsys)
    assert code == 1
    found = {(f["row_label"], f["column"]) for f in report["findings"]}
    assert ("Pleegzorg", "Verschil begroting - realisatie") in found, found
    assert all(column in TITLES for _label, column in found), found
    code, report = audited(tmp_path / "plus.xlsx", capsys)
    assert ("Pleegzorg", "Verschil begroting - realisatie") in {(f["row_label"], f["column"])
                                                                for f in report["findings"]}
