"""Exit-0 honesty (issue 18): a table whose total fails never exits 0. A grand total over a subtotal plus loose
lines, one loose line changed or deleted, is a finding at the grand total with the subtotal and the loose lines as
they stand; a 'Resultaat' under 'Totaal saldo van baten en lasten' whose reserves line was deleted is listed as
NOT verified (never silently gone); a 'Subtotaal' over one line left of two is a finding. Typed tables (openpyxl,
no formulas), xlsx and the PDF LibreOffice prints."""

from decimal import Decimal
from pathlib import Path

from openpyxl.styles import Alignment
import pytest

from published_tables import print_named, widths_of, workbook as typed
from pyengine.audit import audit, main as audit_main
from test_audit_tables import soffice

D = Decimal
HEADER = ["Omschrijving", "Begroting 2025", "Rekening 2025", "Verschil"]
# under 'Lasten': two programmes and their subtotal, then loose lines; Totaal lasten = subtotal + loose lines
LASTEN = [["Lasten"], ["Programma A", 100, 110, -10], ["Programma B", 200, 190, 10],
          ["Subtotaal programma's", 300, 300, 0], ["Overhead", 50, 45, 5], ["Vennootschapsbelasting", 5, 6, -1],
          ["Onvoorzien", 10, 0, 10], ["Totaal lasten", 365, 351, 14]]
# the loose lines before the subtotal
LOOSE_FIRST = [["Lasten"], ["Overhead", 50, 45, 5], ["Vennootschapsbelasting", 5, 6, -1],
               ["Programma A", 100, 110, -10], ["Programma B", 200, 190, 10], ["Subtotaal programma's", 300, 300, 0],
               ["Onvoorzien", 10, 0, 10], ["Totaal lasten", 365, 351, 14]]
BATEN = [["Baten"], ["Bijdragen gemeenten", 350, 345, 5], ["Overige baten", 25, 20, 5],
         ["Totaal baten", 375, 365, 10], ["Saldo", 10, 14, -4]]
# a gemeenschappelijke regeling's formatie: two subtotals, a loose line, an empty row, the grand total
LOONSOM = [["Team", "Loonsom 2025", "Loonsom 2026"], ["Primair proces"], ["Team Vergunningen", 1200000, 1250000],
           ["Team Toezicht", 900000, 950000], ["Subtotaal primair proces", 2100000, 2200000], ["Bedrijfsvoering"],
           ["Team Financiën", 400000, 410000], ["Team ICT", 350000, 360000],
           ["Subtotaal bedrijfsvoering", 750000, 770000], ["Directie en staf", 250000, 260000], [None],
           ["Totaal loonsom", 3100000, 3230000]]
# a provincie's programma-overzicht: lasten and baten with their verschil; the loose lines after the subtotal have
# lasten only ('-' under the baten); Mutaties reserves and the resultaat under the total
PROGRAMMAS = [["Programma", "Lasten begroting", "Lasten rekening", "Verschil lasten", "Baten begroting",
               "Baten rekening", "Verschil baten"],
              ["1 Ruimte", 100, 90, 10, 40, 45, 5], ["2 Mobiliteit", 200, 210, -10, 60, 50, -10],
              ["Subtotaal programma's", 300, 300, 0, 100, 95, -5], ["Algemene dekkingsmiddelen", 20, 25, -5, 400, 410, 10],
              ["Overhead", 50, 45, 5, "-", "-", "-"], ["Onvoorzien", 10, "-", 10, "-", "-", "-"],
              ["Totaal saldo van baten en lasten", 380, 370, 10, 500, 505, 5],
              ["Mutaties reserves", 30, 20, 10, 10, 5, -5], ["Gerealiseerd resultaat", 410, 390, 20, 510, 510, 0]]
# Algemene dekkingsmiddelen deleted: the total at row 7, against Subtotaal programma's + Overhead + Onvoorzien
PROGRAMMAS_DELETED = [("B7", "Lasten begroting", D(360), D(380)), ("C7", "Lasten rekening", D(345), D(370)),
                      ("D7", "Verschil lasten", D(15), D(10)), ("E7", "Baten begroting", D(100), D(500)),
                      ("F7", "Baten rekening", D(95), D(505)), ("G7", "Verschil baten", D(-5), D(5))]
RESULTAAT = [["Omschrijving", "Begroting 2025", "Rekening 2025"], ["Lasten"], ["Personeel", 1000, 1050],
             ["Materieel", 500, 480], ["Totaal lasten", 1500, 1530], ["Baten"], ["Bijdragen gemeenten", 1400, 1420],
             ["Overige baten", 220, 230], ["Totaal baten", 1620, 1650],
             ["Totaal saldo van baten en lasten", 120, 120], ["Mutaties reserves", -30, -20], ["Resultaat", 90, 100]]


def workbook(path: Path, rows: list[list], wide: bool = False) -> Path:
    def nil_right(cell):  # (a nil figure stands where its figures stand)
        if cell.value == "-":
            cell.alignment = Alignment(horizontal="right")

    # (the titles fit their columns: a title cut in the PDF is another matter, issue 18 item 4); wide: as a table of
    # seven columns is printed, landscape, fitted to the page width
    return typed(path, rows, widths=widths_of(36, 18, "BCDEFG" if wide else "BCDEF"), each=nil_right,
                 orientation="landscape" if wide else None, fit=wide)


def without(rows: list[list], label: str) -> list[list]:
    return [row for row in rows if row[0] != label]


def changed(rows: list[list], label: str, column: int, value: int) -> list[list]:
    return [row[:column] + [value] + row[column + 1:] if row[0] == label else row for row in rows]


def sums(report, label: str) -> list[tuple]:
    return [(f.place, f.column, f.expected, f.found) for f in report.findings if f.row_label == label and f.kind == "sum"]


CASES = {
    # (the table, the total, its findings as (cell, column, expected, found))
    "clean": ([HEADER] + LASTEN, "Totaal lasten", []),
    "overhead changed": ([HEADER] + changed(LASTEN, "Overhead", 1, 55), "Totaal lasten",
                         [("B9", "Begroting 2025", D(370), D(365))]),
    "vennootschapsbelasting deleted": ([HEADER] + without(LASTEN, "Vennootschapsbelasting"), "Totaal lasten",
                                       [("B8", "Begroting 2025", D(360), D(365)), ("C8", "Rekening 2025", D(345), D(351)),
                                        ("D8", "Verschil", D(15), D(14))]),
    "overhead deleted": ([HEADER] + without(LASTEN, "Overhead"), "Totaal lasten",
                         [("B8", "Begroting 2025", D(315), D(365)), ("C8", "Rekening 2025", D(306), D(351)),
                          ("D8", "Verschil", D(9), D(14))]),
    "loose lines first, one deleted": ([HEADER] + without(LOOSE_FIRST, "Vennootschapsbelasting"), "Totaal lasten",
                                       [("B8", "Begroting 2025", D(360), D(365)), ("C8", "Rekening 2025", D(345), D(351)),
                                        ("D8", "Verschil", D(15), D(14))]),
    "baten and saldo after, one deleted": ([HEADER] + without(LASTEN, "Vennootschapsbelasting") + BATEN,
                                           "Totaal lasten",
                                           [("B8", "Begroting 2025", D(360), D(365)),
                                            ("C8", "Rekening 2025", D(345), D(351)), ("D8", "Verschil", D(15), D(14))]),
    "baten and saldo after, onvoorzien changed": ([HEADER] + changed(LASTEN, "Onvoorzien", 2, 3) + BATEN,
                                                  "Totaal lasten", [("C9", "Rekening 2025", D(354), D(351))]),
    # two columns: a subtotal over one programme left of two (it names it, yet it totals the lines above it)
    "subtotal over one line left": ([HEADER[:3]] + [row[:3] for row in without(LASTEN, "Programma A")],
                                    "Subtotaal programma's",
                                    [("B4", "Begroting 2025", D(200), D(300)), ("C4", "Rekening 2025", D(190), D(300))]),
    # the same with 'Totaal programma's', a line of 'Totaal lasten' (was: 'it names one line of it', exit 0)
    "total over one line left": ([HEADER[:3], ["Lasten"], ["Programma B", 200, 190], ["Totaal programma's", 300, 300],
                                  ["Overhead", 50, 45], ["Totaal lasten", 350, 345]], "Totaal programma's",
                                 [("B4", "Begroting 2025", D(200), D(300)), ("C4", "Rekening 2025", D(190), D(300))]),
    # a grand total printed apart (an empty row above it) under two subtotals and a loose line, the loose line
    # deleted (was: 'not checked here (nothing comes before it in its block)', exit 0)
    "grand total apart, loose line deleted": (without(LOONSOM, "Directie en staf"), "Totaal loonsom",
                                              [("B11", "Loonsom 2025", D(2850000), D(3100000)),
                                               ("C11", "Loonsom 2026", D(2970000), D(3230000))]),
    "grand total apart, clean": (LOONSOM, "Totaal loonsom", []),
    # the loose lines set apart by an empty row under the subtotal, one deleted: the subtotal is still a part
    # (was: 'expected 60' over the loose lines alone, a miss of 1 in the verschil read as their rounding)
    "loose lines after an empty row, one deleted": ([HEADER] + without(LASTEN[:4] + [[None]] + LASTEN[4:],
                                                                       "Vennootschapsbelasting"), "Totaal lasten",
                                                    [("B9", "Begroting 2025", D(360), D(365)),
                                                     ("C9", "Rekening 2025", D(345), D(351)),
                                                     ("D9", "Verschil", D(15), D(14))]),
    "loose lines after an empty row, clean": ([HEADER] + LASTEN[:4] + [[None]] + LASTEN[4:], "Totaal lasten", []),
    # loose lines with figures under the lasten only ('-' under the baten), Mutaties reserves and a resultaat
    # after the total: one loose line deleted is a finding in every column with the subtotal and the loose lines
    # left (was: NOT verified, no finding; a verschil whose deleted figure had the other sign is found too)
    "lasten-only loose lines, one deleted": (without(PROGRAMMAS, "Algemene dekkingsmiddelen"),
                                             "Totaal saldo van baten en lasten", PROGRAMMAS_DELETED),
    # the same total closing the table (the walk chooses it): the subtotal and the loose lines, not
    # 'Overhead - Onvoorzien' (a mix of signs compared in fewer figures) nor the loose lines alone
    "lasten-only loose lines, one deleted, closing": (without(PROGRAMMAS, "Algemene dekkingsmiddelen")[:-2],
                                                      "Totaal saldo van baten en lasten", PROGRAMMAS_DELETED),
    "lasten-only loose lines, overhead deleted, closing": (without(PROGRAMMAS, "Overhead")[:-2],
                                                           "Totaal saldo van baten en lasten",
                                                           [("B7", "Lasten begroting", D(330), D(380)),
                                                            ("C7", "Lasten rekening", D(325), D(370)),
                                                            ("D7", "Verschil lasten", D(5), D(10))]),
    "lasten-only loose lines, clean": (PROGRAMMAS, "Totaal saldo van baten en lasten", []),
    "lasten-only loose lines, clean, closing": (PROGRAMMAS[:-2], "Totaal saldo van baten en lasten", []),
}


@pytest.mark.parametrize("case", CASES)
def test_a_grand_total_over_a_subtotal_and_loose_lines_is_checked_at_itself(tmp_path, case):
    rows, total, expected = CASES[case]
    path = workbook(tmp_path / "lasten.xlsx", rows)
    report = audit(path)
    assert sums(report, total) == expected
    assert report.unverified == ()
    assert audit_main(str(path)) == (1 if expected else 0)
    if not expected:
        assert report.findings == () and report.verdict == "clean"


def test_a_clean_lasten_baten_saldo_table_stays_clean(tmp_path):
    for rows in ([HEADER] + LASTEN + BATEN, [HEADER] + LOOSE_FIRST + BATEN):
        path = workbook(tmp_path / "schoon.xlsx", rows)
        report = audit(path)
        assert (report.findings, report.unverified, report.verdict) == ((), (), "clean")
        assert audit_main(str(path)) == 0


def test_totaal_saldo_van_baten_en_lasten_is_baten_less_lasten_across_their_headings(tmp_path):
    report = audit(workbook(tmp_path / "saldo.xlsx", RESULTAAT))
    texts = [r.describe() for t in report.tables for r in t.relations]
    assert "row 'Totaal saldo van baten en lasten' = -Totaal lasten, Totaal baten: holds" in texts
    assert "row 'Resultaat' = Totaal saldo van baten en lasten, Mutaties reserves: holds" in texts


@pytest.mark.parametrize("label, gap", [("Resultaat", False), ("Geraamd resultaat", False), ("Resultaat", True)])
def test_a_resultaat_whose_line_was_deleted_is_listed_not_verified(tmp_path, capsys, label, gap):
    rows = without(RESULTAAT, "Mutaties reserves")
    rows = [[label] + row[1:] if row[0] == "Resultaat" else row for row in rows]
    if gap:  # an empty row sets the resultaat apart
        rows = rows[:-1] + [[None]] + rows[-1:]
    path = workbook(tmp_path / "resultaat.xlsx", rows)
    report = audit(path)
    assert [(name, axis) for name, axis, __ in report.unverified] == [(label, "row")]
    assert report.verdict == "not verified"
    assert audit_main(str(path)) == 1
    out = capsys.readouterr().out
    assert f"NOT verified: row {label!r} is called a total" in out
    assert "every total adds up" not in out


def test_a_resultaat_that_is_a_part_of_a_relation_is_a_line(tmp_path):
    """'Bestemming resultaat' in a staat van reserves is a movement of the stand chain, not a total left unchecked."""
    rows = [["Reserve", "Stand 1-1-2025", "Bestemming resultaat", "Toevoegingen", "Onttrekkingen", "Stand 31-12-2025"],
            ["Algemene reserve", 1000, 200, 300, 100, 1400], ["Reserve wegen", 500, 0, 50, 150, 400],
            ["Reserve sociaal domein", 800, 100, 0, 300, 600], ["Totaal reserves", 2300, 300, 350, 550, 2400]]
    path = workbook(tmp_path / "reserves.xlsx", rows)
    report = audit(path)
    assert (report.findings, report.unverified, report.verdict) == ((), (), "clean")


@pytest.fixture(scope="module")
def printed(tmp_path_factory):
    if soffice() is None:
        pytest.skip("LibreOffice not installed")
    folder = tmp_path_factory.mktemp("honesty")
    sources = {
        "clean": workbook(folder / "schoon.xlsx", [HEADER] + LASTEN + BATEN),
        "deleted": workbook(folder / "verwijderd.xlsx", [HEADER] + without(LASTEN, "Vennootschapsbelasting") + BATEN),
        "changed": workbook(folder / "gewijzigd.xlsx", [HEADER] + changed(LASTEN, "Overhead", 1, 55) + BATEN),
        "resultaat": workbook(folder / "resultaat.xlsx", without(RESULTAAT, "Mutaties reserves")),
        "resultaat clean": workbook(folder / "resultaat-schoon.xlsx", RESULTAAT),
        "loonsom deleted": workbook(folder / "loonsom.xlsx", without(LOONSOM, "Directie en staf")),
        "programmas deleted": workbook(folder / "programmas.xlsx", without(PROGRAMMAS, "Algemene dekkingsmiddelen"),
                                       wide=True),
        "programmas clean": workbook(folder / "programmas-schoon.xlsx", PROGRAMMAS, wide=True),
    }
    return print_named(sources)


def test_the_printed_tables_exit_as_their_workbooks(printed):
    clean = audit(printed["clean"])
    assert (clean.findings, clean.unverified, clean.verdict) == ((), (), "clean")
    deleted = audit(printed["deleted"])
    assert [(f.column, f.expected, f.found) for f in deleted.findings if f.row_label == "Totaal lasten"] == [
        ("Begroting 2025", D(360), D(365)), ("Rekening 2025", D(345), D(351)), ("Verschil", D(15), D(14))]
    changed_ = audit(printed["changed"])
    assert [(f.column, f.expected, f.found) for f in changed_.findings if f.row_label == "Totaal lasten"] == [
        ("Begroting 2025", D(370), D(365))]
    for name in ("deleted", "changed"):
        assert audit_main(str(printed[name])) == 1
    assert audit_main(str(printed["clean"])) == 0


def test_the_printed_grand_totals_over_subtotals_and_loose_lines_are_findings(printed):
    """The PDF LibreOffice prints: the grand total apart under its subtotals, its loose line deleted, and the
    programma-overzicht's total over its subtotal and lasten-only loose lines, one deleted, are findings at the
    total with the sums the xlsx gives, exit 1; the clean programma-overzicht exits 0."""
    loonsom = audit(printed["loonsom deleted"])
    assert [(f.row_label, f.column, f.expected, f.found) for f in loonsom.findings] == [
        ("Totaal loonsom", "Loonsom 2025", D(2850000), D(3100000)),
        ("Totaal loonsom", "Loonsom 2026", D(2970000), D(3230000))]
    programmas = audit(printed["programmas deleted"])
    assert [(f.column, f.expected, f.found) for f in programmas.findings
            if f.row_label == "Totaal saldo van baten en lasten"] == [(c, e, f) for __, c, e, f in PROGRAMMAS_DELETED]
    assert programmas.unverified == ()
    for name in ("loonsom deleted", "programmas deleted"):
        assert audit_main(str(printed[name])) == 1
    clean = audit(printed["programmas clean"])
    assert (clean.findings, clean.unverified, clean.verdict) == ((), (), "clean")
    assert audit_main(str(printed["programmas clean"])) == 0


def test_the_printed_resultaat_exits_as_its_workbook(printed):
    """The PDF LibreOffice prints: 'Resultaat' under 'Totaal saldo van baten en lasten', its Mutaties reserves
    deleted, is NOT verified, exit 1; with the line, Totaal saldo (baten - lasten, across their headings) and the
    Resultaat hold, exit 0."""
    deleted = audit(printed["resultaat"])
    assert [(name, axis) for name, axis, __ in deleted.unverified] == [("Resultaat", "row")]
    assert audit_main(str(printed["resultaat"])) == 1
    clean = audit(printed["resultaat clean"])
    assert (clean.findings, clean.unverified, clean.verdict) == ((), (), "clean")
    texts = [r.describe() for t in clean.tables for r in t.relations]
    assert "row 'Resultaat' = Totaal saldo van baten en lasten, Mutaties reserves: holds" in texts
    assert audit_main(str(printed["resultaat clean"])) == 0
