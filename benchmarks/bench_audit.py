"""pyengine audit: seconds for our own amendment, a 20,000-line table, and the hostile workbooks it must
refuse at once (a sheet declaring A1:XFD1048576, 5,000 sheets pointing at one part, a 450-page PDF)."""

import sys
import tempfile
import zipfile
from pathlib import Path

import openpyxl

import pyengine
from pyengine.audit import audit
from pyengine.errors import InputError
from run import median_seconds, report

ROOT = Path(__file__).resolve().parent.parent
SHEET = '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">{}</worksheet>'


def hostile(path: Path, sheet_xml: str, sheets: int) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        entries = "".join(f'<sheet name="S{i}" sheetId="{i + 1}" r:id="rId1"/>' for i in range(sheets))
        archive.writestr("xl/workbook.xml", '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/'
                         'main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
                         f"<sheets>{entries}</sheets></workbook>")
        archive.writestr("xl/_rels/workbook.xml.rels", '<Relationships xmlns="http://schemas.openxmlformats.org/'
                         'package/2006/relationships"><Relationship Id="rId1" Type="worksheet" '
                         'Target="worksheets/sheet1.xml"/></Relationships>')
        archive.writestr("xl/worksheets/sheet1.xml", sheet_xml)
    return path


def refused(path: Path) -> None:
    try:
        audit(path)
    except InputError:
        return
    raise AssertionError(f"{path.name} was not refused")


def run() -> None:
    work = Path(tempfile.mkdtemp(prefix="pyengine-bench-audit-"))
    amendment = pyengine.generate([ROOT / "examples" / "regionaal-leerhuis"], work / "out")[0].path
    report("audit our amendment (6 sheets, 12 tables)", f"{median_seconds(lambda: audit(amendment)):.2f} s",
           "target < 0.2 s")
    # a real table as a PDF: a gemeente's overzicht van baten en lasten (tests/audit_corpus.py), printed by
    # LibreOffice when it is installed
    sys.path.insert(0, str(ROOT / "tests"))
    from audit_corpus import LAYOUTS, build, print_pdfs, write_xlsx

    table = write_xlsx(build(LAYOUTS[0], 1000), work / "baten-en-lasten.xlsx")
    report("audit a gemeente's baten en lasten (xlsx)", f"{median_seconds(lambda: audit(table)):.3f} s",
           "target < 1 s")
    try:
        print_pdfs([(table, None, None)], work)
    except Exception:  # noqa: BLE001 - no LibreOffice: the PDF figure is left out
        print("  (LibreOffice not found: the PDF figure is left out)")
    else:
        printed = table.with_suffix(".pdf")
        report("audit the same table printed to PDF", f"{median_seconds(lambda: audit(printed)):.3f} s",
               "target < 1 s")
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Regel", "2025", "2026"])
    for i in range(20_000):
        sheet.append([f"Regel {i}", i, 2 * i])
    sheet.append(["Totaal", sum(range(20_000)), 2 * sum(range(20_000))])
    big = work / "groot.xlsx"
    workbook.save(big)
    report("audit a 20,000-line table (60,000 cells)", f"{median_seconds(lambda: audit(big), 3):.2f} s",
           "target < 10 s")
    # the hard case for the inference: a 'Totaal' every ten lines that its lines do not make (small
    # figures), so every total is searched for among all lines before it and the table is read again
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Regel", "2025", "2026", "2027"])
    for i in range(5_000):
        label = f"Totaal groep {i}" if i % 10 == 9 else f"Regel {i}"
        sheet.append([label, (i * 7) % 10, (i * 3) % 10, (i * 11) % 10])
    sheet.append(["Totaal", 1, 2, 3])
    hard = work / "totalen.xlsx"
    workbook.save(hard)
    report("audit 5,000 lines with 500 totals that do not hold", f"{median_seconds(lambda: audit(hard), 3):.2f} s",
           "target < 10 s")
    declared = hostile(work / "dim.xlsx", SHEET.format('<dimension ref="A1:XFD1048576"/><sheetData/>'), 1)
    many = hostile(work / "sheets.xlsx", SHEET.format("<sheetData/>"), 5000)
    report("refuse a sheet declaring A1:XFD1048576", f"{median_seconds(lambda: refused(declared)):.3f} s",
           "target < 1 s")
    report("refuse 5,000 sheets pointing at one part", f"{median_seconds(lambda: refused(many)):.3f} s",
           "target < 1 s")
    # a PDF past the character bound (450 pages, 3.1 million characters): refused, not read to the end
    from test_pdf_bounds import text_pdf

    thick = text_pdf(work / "dik.pdf", 450, 6_900)
    report("refuse a 450-page PDF of 3.1 million characters", f"{median_seconds(lambda: refused(thick), 3):.2f} s",
           "target < 10 s")
