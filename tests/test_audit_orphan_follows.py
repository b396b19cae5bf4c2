"""A 'follows' finding says a total fails as printed only through a wrong figure found elsewhere: that finding must
be in the report. Where the wrong figure's own total was not verified (a part's cell not read), there is none, and
the audit stopped with "unexpected error (AssertionError: a 'follows' finding without the finding it follows from)"
on two PDFs of tests/corpora/trial24 (a subtotal changed). Such a total is reported as what it is as printed: a
total its lines do not make (kind 'sum')."""

from decimal import Decimal
from pathlib import Path

import pytest

from pyengine.audit import audit
from pyengine.audit.model import Finding
from pyengine.audit.tables import blamed_over_follows

TRIAL24 = Path(__file__).resolve().parent / "corpora" / "trial24" / "pdf"


def finding(row: int, col: int, kind: str, after=(), note: str = "") -> Finding:
    return Finding("Blad1", 1, f"R{row}C{col}", "Totaal", "2026", "Totaal = sum of 3 lines", kind, Decimal(10),
                   Decimal(12), Decimal(2), row, col, note=note, follows_from=after)


def test_a_follows_without_its_wrong_figure_reported_is_a_sum_finding():
    findings = [finding(9, 3, "follows", ((7, 3),), note="follows from 'Subtotaal' [2026] (C7): ...")]
    blamed_over_follows(findings)
    assert [(f.kind, f.note, f.follows_from, f.expected, f.found) for f in findings] == [
        ("sum", "", (), Decimal(10), Decimal(12))]


def test_a_follows_with_its_wrong_figure_reported_stays_and_one_at_a_blamed_cell_goes():
    findings = [finding(7, 3, "sum"), finding(9, 3, "follows", ((7, 3),), note="follows from ..."),
                finding(7, 3, "follows", ((5, 3),))]
    blamed_over_follows(findings)
    assert [(f.row, f.col, f.kind, f.follows_from) for f in findings] == [(7, 3, "sum", ()),
                                                                           (9, 3, "follows", ((7, 3),))]


@pytest.mark.parametrize("name", ["t01_gr_omgevingsdienst_bijdragen_sub.pdf", "t04_ws_programma_watersysteem_sub.pdf"])
def test_the_pdfs_that_stopped_the_audit_are_audited(name):
    report = audit(TRIAL24 / name)
    assert report.verdict != "clean" and report.findings
    reported = {(f.sheet, f.row, f.col) for f in report.findings if f.kind != "follows"}
    assert all(reported.intersection((f.sheet, *at) for at in f.follows_from)
               for f in report.findings if f.kind == "follows")
