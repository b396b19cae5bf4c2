"""A one-year bijdrageoverzicht, printed as `pyengine pdf` prints it (the letter page alone, by LibreOffice): its
table 'Jaar | Begroting | Wijziging | Bijgestelde begroting | Te betalen of terug | Gewicht | Aandeel (%)' has one
line, opening with its year. That year was read as a figure column of its own (a single year is no run of years down
the labels), the table had no label and nothing to check, and the audit stopped at 'no table with figures found'
(exit 2) for every letter of a one-year begrotingswijziging (nu3's 'bijdrageoverzicht-alkmaar.pdf')."""

import random
import re
import shutil
from decimal import Decimal
from pathlib import Path

import openpyxl

from pyengine.audit import audit
from pyengine.core.amendment import compute
from pyengine.pdf import print_pdfs
from pyengine.render.amendment_workbook import split_facts
from pyengine.render.statement_workbook import render_statement
from test_audit_property import altered, random_amendment
from test_audit_tables import soffice


def _letter_line(path: Path) -> tuple[str, int]:
    """The letter sheet's name and the row of its table's line (the one opening with a year)."""
    book = openpyxl.load_workbook(path, data_only=True)
    sheet = book.worksheets[0]
    row = next(r for r in range(1, sheet.max_row + 1) if isinstance(sheet.cell(r, 1).value, (int, float))
               and 1900 <= sheet.cell(r, 1).value <= 2100)
    assert [sheet.cell(row - 1, c).value for c in (1, 2, 3, 4)] == ["Jaar", "Begroting", "Wijziging",
                                                                   "Bijgestelde begroting"]
    return sheet.title, row


def test_a_one_year_bijdrageoverzicht_printed_audits_clean_and_an_altered_figure_is_found(tmp_path):
    soffice()
    result = compute(random_amendment(random.Random(72), 1, 3, 1))
    member = sorted(result.amendment.member_begroting)[0]
    statement = tmp_path / "bijdrageoverzicht.xlsx"
    statement.write_bytes(render_statement(result, member, split_facts(result)))
    sheet, row = _letter_line(statement)
    wrong = tmp_path / "fout" / "bijdrageoverzicht.xlsx"
    wrong.parent.mkdir()
    _copy, new = altered(statement, sheet, f"D{row}", wrong)
    assert all(r.status == "written" for r in print_pdfs([statement, wrong]))

    report = audit(statement.with_suffix(".pdf"))
    assert report.findings == () and report.verdict == "clean" and not report.unverified
    letter = report.tables[0]
    assert [(r.total, r.parts, r.checked) for r in letter.relations] == [
        ("Bijgestelde begroting", ("Begroting", "Wijziging"), 1)]

    # the stored Bijgestelde begroting raised (LibreOffice prints the stored value): found there, and only there
    book = openpyxl.load_workbook(statement, data_only=True)[sheet]
    begroting, wijziging = (Decimal(str(book.cell(row, c).value)) for c in (2, 3))
    report = audit(wrong.with_suffix(".pdf"))
    assert report.verdict != "clean"
    assert [(f.column, f.expected, f.found) for f in report.findings] == [
        ("Bijgestelde begroting", begroting + wijziging, new)]
    assert re.fullmatch(r"page 1, line \d+", report.findings[0].place)
