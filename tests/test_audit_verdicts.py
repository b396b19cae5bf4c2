"""Honest verdicts: a line called a total that was not checked is NOT verified (the file does not pass), unless
its parts are simply not in the table; our own statements with shares that are not whole cents, and the
chart on the amendment's Grafiek page printed to PDF, give no findings."""

import json
import shutil
from pathlib import Path

import openpyxl
import pytest

import pyengine
from published_tables import print_to_pdf
from pyengine.pdf import print_pdfs
from pyengine.audit import audit, main as audit_main
from pyengine.audit.tables import audit_grid
from test_audit_tables import grid_from_text

ROOT = Path(__file__).resolve().parent.parent

# 'Totaal verschil baten en lasten' 20 / 20, where baten - lasten is 20 / 15: no reading explains it
UNEXPLAINED = """Regel\t2025\t2026
LASTEN
Personeel\t1.200\t1.250
Huisvesting\t300\t310
ICT\t150\t160
Totaal lasten\t1.650\t1.720
BATEN
Bijdragen gemeenten\t1.500\t1.560
Rijksbijdrage\t170\t175
Totaal baten\t1.670\t1.735
Totaal verschil baten en lasten\t20\t20
Resultaat\t20\t15"""

# seed 000's way: 'Totaal personeelskosten' is a line of the lasten, its parts are on another page
PARTS_ELSEWHERE = """Regel\t2025\t2026
LASTEN
Totaal personeelskosten\t3.416\t3.142
Totaal kapitaallasten\t0\t0
Totaal materiële kosten\t2.377\t1.667
Totaal lasten\t5.793\t4.809"""


def workbook(path: Path, text: str) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    for r, line in enumerate(text.splitlines(), start=1):
        for c, value in enumerate(line.split("\t"), start=1):
            if value:
                plain = value.replace(".", "")
                sheet.cell(r, c, int(plain) if plain.lstrip("-").isdigit() else value)
    book.save(path)
    return path


def test_a_line_called_a_total_that_nothing_adds_up_to_is_not_verified(tmp_path, capsys):
    table = audit_grid(grid_from_text(UNEXPLAINED))[0]
    assert table.findings == ()
    assert [(label, axis) for label, axis, _reason in table.unverified] == [("Totaal verschil baten en lasten", "row")]
    path = workbook(tmp_path / "verschil.xlsx", UNEXPLAINED)
    assert audit(path).verdict == "not verified"
    assert audit_main(str(path)) == 1
    out = capsys.readouterr().out
    assert "every total adds up" not in out
    assert "NOT verified: row 'Totaal verschil baten en lasten' is called a total" in out
    assert out.splitlines()[-1].startswith("no findings, but 1 line(s) called a total were NOT verified")
    assert audit_main(str(path), as_json=True) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["verdict"] == "not verified" and data["not_verified"] == 1
    assert data["tables"][0]["not_verified"][0]["total"] == "Totaal verschil baten en lasten"
    assert data["tables"][0]["not_checked"] == ["Totaal verschil baten en lasten"]


def test_a_total_whose_parts_are_not_in_the_table_does_not_fail_the_file(tmp_path, capsys):
    table = audit_grid(grid_from_text(PARTS_ELSEWHERE))[0]
    assert table.findings == () and table.unverified == ()
    assert [label for label, _axis, _reason in table.parts_elsewhere] == [
        "Totaal personeelskosten", "Totaal kapitaallasten", "Totaal materiële kosten"]
    path = workbook(tmp_path / "elders.xlsx", PARTS_ELSEWHERE)
    assert audit_main(str(path)) == 0
    last = capsys.readouterr().out.splitlines()[-1]
    # the closing line names them with their reasons, as the table lists them
    assert last == ("no findings: every total whose lines are in the table adds up; 3 line(s) called a total were "
                    "not checked here: 'Totaal personeelskosten': its parts are not in the table (nothing comes "
                    "before it in its block); 'Totaal kapitaallasten', 'Totaal materiële kosten': its parts are not "
                    "in the table (only totals of other things come before it)")
    # a bare 'Totaal' after totals claims them: when nothing adds up to it, it is not verified
    wrong = audit_grid(grid_from_text(PARTS_ELSEWHERE.replace("Totaal lasten\t5.793\t4.809", "Totaal\t5.700\t4.809")))
    assert wrong[0].findings or wrong[0].unverified


# a page of Berekening's block C printed over pages across: only its distances and corrections are on it
ONLY_CORRECTIONS = """Regel\tAfstand tot exact 2026\tCorrectie begroting 2026
Personeelskosten\t0,70\t+1
Materiële kosten\t0,30\t0
Totaal lasten\t0,20\t0
Rijksbijdrage\t0,40\t0
Totaal baten\t0,40\t0
Saldo van baten en lasten\t0,40\t0"""


def test_totals_whose_figures_are_all_in_columns_that_do_not_add_up_are_neither_checked_nor_unverified():
    table = audit_grid(grid_from_text(ONLY_CORRECTIONS))[0]
    # no relation claimed on no figure ('Totaal lasten = Personeelskosten + Materiële kosten: holds' checked
    # nothing), and no saldo left 'not verified' where no figure could verify it
    assert table.findings == () and table.relations == () and table.unverified == ()
    assert [label for label, _axis, _reason in table.parts_elsewhere] == [
        "Totaal lasten", "Totaal baten", "Saldo van baten en lasten"]
    assert all("do not add up" in reason for _label, _axis, reason in table.parts_elsewhere)


# block C of a one-year, one-member amendment in whole euros (a draw of tests/test_audit_property.py): the lasten
# all 0, so 'Totaal lasten' 0 proves nothing and 'Totaal baten' holds over it as well as without it
ZERO_LASTEN = """Regel\tGetoond begroting 2026\tGetoond wijziging 2026\tGetoond bijgesteld 2026
Personeelskosten\t0\t0\t0
Materiële kosten\t0\t0\t0
Overhead-primair proces\t0\t0\t0
Overhead-Regio\t0\t0\t0
Totaal overhead\t0\t0\t0
Dotatie aan voorzieningen\t0\t0\t0
Totaal lasten\t0\t0\t0
Totaal gemeentelijke bijdrage\t0\t-1\t-1
Rijksbijdrage\t0\t0\t0
Overige baten\t313.922\t0\t313.922
Totaal baten\t313.922\t-1\t313.921
Saldo van baten en lasten\t313.922\t-1\t313.921
Dotatie bestemmingsreserve(s)\t664.856\t0\t664.856
Onttrekking bestemmingsreserve(s)\t0\t0\t0
Totaal mutatie reserves\t664.856\t0\t664.856
Saldo\t978.778\t-1\t978.777"""


def test_a_total_of_0_above_a_saldo_is_not_taken_into_the_total_between_them():
    table = audit_grid(grid_from_text(ZERO_LASTEN))[0]
    assert table.findings == () and table.unverified == ()
    parts = {r.total: r.parts for r in table.relations}
    assert parts["Totaal baten"] == ("Totaal gemeentelijke bijdrage", "Rijksbijdrage", "Overige baten")
    assert parts["Saldo van baten en lasten"][-2:] == ("Totaal lasten", "Totaal baten")
    assert parts["Saldo"] == ("Saldo van baten en lasten", "Totaal mutatie reserves")


def test_a_total_of_0_wherever_its_figures_add_up_is_not_left_unverified():
    # the same block with every shown figure 0: only the distances to the exact amounts are not
    text = "\n".join([line + ("\tAfstand tot exact 2026" if n == 0 else "\t0,01")
                      for n, line in enumerate(ZERO_LASTEN.splitlines())])
    text = "\n".join(line.split("\t")[0] + "\t0\t0\t0\t" + line.split("\t")[-1] if n else line
                     for n, line in enumerate(text.splitlines()))
    table = audit_grid(grid_from_text(text))[0]
    assert table.findings == () and table.unverified == ()
    # every total of 0 holds over lines of 0, or is listed with its reason; none is NOT verified
    assert {r.total for r in table.relations if r.failed == 0} >= {"Totaal overhead", "Totaal lasten", "Totaal baten",
                                                                    "Saldo van baten en lasten", "Saldo"}
    assert [label for label, __, __ in table.parts_elsewhere] == ["Totaal gemeentelijke bijdrage"]


@pytest.fixture(scope="module")
def uneven(tmp_path_factory):
    """The seed amendment with a wijziging of EUR 27.003,17: no member's share is a whole number of cents."""
    folder = tmp_path_factory.mktemp("oneven")
    for source in (ROOT / "examples" / "regionaal-leerhuis").iterdir():
        shutil.copy(source, folder / source.name)
    spec = folder / "begrotingswijziging-2021-03.toml"
    text = spec.read_text(encoding="utf-8")
    text = text.replace("personeelskosten       = 25_000", "personeelskosten       = 25_003.17")
    text = text.replace("gemeentelijke_bijdrage = -27_000", "gemeentelijke_bijdrage = -27_003.17")
    assert "27_003.17" in text and "25_003.17" in text
    spec.write_text(text, encoding="utf-8")
    results = pyengine.generate([spec], folder / "out", per_member=True)
    return [r.path for r in results if r.path and r.path.suffix == ".xlsx"]


def test_statements_with_shares_that_are_not_whole_cents_audit_clean(uneven, capsys):
    statements = [p for p in uneven if "bijdrageoverzicht" in p.name]
    assert len(statements) >= 8
    for path in statements + [p for p in uneven if "bijdrageoverzicht" not in p.name]:
        report = audit(path)
        assert report.findings == () and report.verdict == "clean", (path.name, report.findings[:2])
    calculation = next(t for t in audit(statements[0]).tables if t.sheet == "Berekening")
    assert [r.parts for r in calculation.relations] == [("Wijziging (euro)", "Begroting (euro)")]


def test_the_pdfs_of_our_amendment_and_statement_audit_clean_and_the_chart_is_no_table(uneven, tmp_path):
    amendment = next(p for p in uneven if "bijdrageoverzicht" not in p.name)
    statement = next(p for p in uneven if "bijdrageoverzicht" in p.name)
    assert all(r.status in ("written", "updated", "unchanged") for r in print_pdfs([amendment, statement]))
    for source in (amendment, statement):  # as `pyengine pdf` prints them for the council
        report = audit(source.with_suffix(".pdf"))
        assert report.findings == () and report.verdict == "clean", (source.name, report.findings[:2])
    # the Grafiek page: its table of members by year, without the chart's axis figures and legend years
    chart_page = audit(amendment.with_suffix(".pdf")).tables[-1]
    assert chart_page.columns == ("2021", "2022", "2023", "2024") and chart_page.rows == 8


def test_a_print_of_every_sheet_of_our_amendment_audits_clean(uneven, tmp_path):
    """LibreOffice's own print of every sheet: Berekening at 80% over pages across, its label column repeated;
    block C's headings wrap in rows as tall as their lines, pages of only corrections and distances check
    nothing, a page of members without the 'Telfout totaal' figures keeps the columns of the page before."""
    amendment = next(p for p in uneven if "bijdrageoverzicht" not in p.name)
    report = audit(print_to_pdf([amendment], tmp_path)[0])
    assert report.findings == () and report.verdict == "clean", report.findings[:2]


def test_a_closing_column_of_0_is_made_by_the_columns_of_0_before_it_not_failed_by_a_longer_run():
    # a bijdrageoverzicht's Berekening for a member whose share is 0 (weight 2 of 10.000.002)
    text = """Jaar\tIn centen\tGewicht (geheel)\tVast (centen)\tWijziging (euro)\tBegroting (euro)\tBijgestelde begroting (euro)
2026\t100.000\t2\t0\t0\t0\t0
2027\t4\t2\t0\t0\t0\t0"""
    table = audit_grid(grid_from_text(text))[0]
    assert table.findings == () and table.unverified == ()
    # the same table with its bijgesteld printed wrong is still found
    wrong = audit_grid(grid_from_text(text.replace("\t0\t0\t0\n2027", "\t0\t7\t0\n2027")))[0]
    assert [(f.row_label, f.column) for f in wrong.findings] == [("2026", "Bijgestelde begroting (euro)")]


# 'Totaal personeel' typed 0 under lines of 100 and 50 that 'Totaal lasten' counts: nothing shows it right
ZERO_UNDER_LINES = """Regel\t2025\t2026
LASTEN
Personeel\t100\t110
Huisvesting\t50\t60
Totaal personeel\t0\t0
ICT\t10\t10
Totaal lasten\t160\t180"""


def test_a_total_of_0_is_checked_against_its_lines_never_passed_as_0(tmp_path, capsys):
    """A total of 0 in every figure used to be 'not checked here (it is 0 in every figure ...)' and the file exited
    0 saying its totals' parts were elsewhere. Over lines of 0 it holds (said so); over lines that are not 0 and do
    not make 0 it is NOT verified, exit 1; over lines that make 0 (100 - 100) it holds."""
    table = audit_grid(grid_from_text(ZERO_UNDER_LINES))[0]
    assert [(label, axis) for label, axis, __ in table.unverified] == [("Totaal personeel", "row")]
    assert table.parts_elsewhere == ()
    path = workbook(tmp_path / "nul.xlsx", ZERO_UNDER_LINES)
    assert audit_main(str(path)) == 1
    out = capsys.readouterr().out
    assert "NOT verified: row 'Totaal personeel' is called a total, but it is 0 in every figure and the lines " \
           "before it that could be its parts do not add up to 0 (2 line(s))" in out
    assert "every total" not in out.splitlines()[-1]
    zeros = audit_grid(grid_from_text(ZERO_UNDER_LINES.replace("100\t110", "0\t0").replace("50\t60", "0\t0")
                                      .replace("160\t180", "10\t10")))[0]
    assert zeros.unverified == () and zeros.parts_elsewhere == () and zeros.findings == ()
    assert ("Totaal personeel", ("Personeel", "Huisvesting"), 0) in [(r.total, r.parts, r.failed)
                                                                     for r in zeros.relations]
    balanced = audit_grid(grid_from_text(ZERO_UNDER_LINES.replace("50\t60", "-100\t-110")
                                         .replace("160\t180", "10\t10")))[0]
    assert balanced.unverified == () and balanced.findings == ()
    assert ("Totaal personeel", ("Personeel", "Huisvesting"), 0) in [(r.total, r.parts, r.failed)
                                                                     for r in balanced.relations]


# an overzicht van baten en lasten over two columns, Begroting and Rekening, the saldo typed 10 too high in Rekening
BEGROTING_REKENING = """Overzicht baten en lasten\tBegroting\tRekening
Lasten
Personeel\t1.250\t1.310
Materieel\t4.875\t5.020
Totaal lasten\t6.125\t6.330
Baten
Belastingen\t6.000\t6.100
Uitkering\t360\t300
Totaal baten\t6.360\t6.400
Saldo van baten en lasten\t235\t80
Toevoeging aan reserves\t410\t400
Onttrekking aan reserves\t300\t290
Resultaat\t125\t-40"""


def test_a_saldo_wrong_in_one_of_two_columns_is_the_finding_not_the_resultaat_under_it(tmp_path, capsys):
    """Before: 'NOT verified: Saldo van baten en lasten' and a finding at the resultaat in Rekening (expected -30),
    the total that was right. Now the saldo fails at Rekening with its parts and the sum they make (70), and the
    resultaat, which adds up with the saldo's true value, is not blamed: it fails as printed (80 - 400 + 290 = -30)
    only through the saldo, a finding 'as a consequence', and its relation says so (never 'holds')."""
    path = workbook(tmp_path / "rekening.xlsx", BEGROTING_REKENING)
    assert audit_main(str(path)) == 1
    out = capsys.readouterr().out
    assert "NOT verified" not in out
    assert "Sheet!C10 'Saldo van baten en lasten' [Rekening]  Saldo van baten en lasten = sum of -Totaal lasten + " \
           "Totaal baten: expected 70, found 80 (difference +10)" in out
    assert "checked: row 'Resultaat' = Saldo van baten en lasten, -Toevoeging aan reserves, Onttrekking aan " \
           "reserves: fails in 1 of 2 as printed, of which 1 only through 'Saldo van baten en lasten'" in out
    assert "Sheet!C13 'Resultaat' [Rekening]  as a consequence: Resultaat = sum of Saldo van baten en lasten - " \
           "Toevoeging aan reserves + Onttrekking aan reserves: as printed its lines make -30, here -40 (difference " \
           "-10)\n      note: follows from 'Saldo van baten en lasten' [Rekening] (C10): with that figure as its own " \
           "lines make it, this total holds; the figure printed here is not wrong itself" in out
    assert out.rstrip().endswith("2 finding(s); 1 of them only as a consequence of a wrong figure found elsewhere (a "
                                 "total that fails as printed only through it)")
    report = audit(path)
    assert [(f.cell, f.expected, f.found, f.kind) for f in report.findings] == [("C10", 70, 80, "sum"),
                                                                              ("C13", -30, -40, "follows")]
    assert audit(workbook(tmp_path / "goed.xlsx", BEGROTING_REKENING.replace("235\t80", "235\t70"))).verdict == "clean"


def test_the_letter_paragraph_above_a_statement_s_table_is_no_title_of_its_columns(uneven):
    """A bijdrageoverzicht's table has no label column: its lines open with the year. The letter's paragraph above
    it, set from the page's margin, was read as a title merged over its columns ('Bijgestelde begroting Met
    begrotingswijziging 2021-03 ... ontvangt u terug.' = 'verdeeld naar de verdeelsleutel. ... Begroting')."""
    statement = next(p for p in uneven if "bijdrageoverzicht" in p.name)
    assert all(r.status in ("written", "updated", "unchanged") for r in print_pdfs([statement]))
    table = audit(statement.with_suffix(".pdf")).tables[0]
    assert [(r.total, r.parts) for r in table.relations] == [("Bijgestelde begroting", ("Begroting", "Wijziging"))]
