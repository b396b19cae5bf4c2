"""Columns derived from other columns (issue 18): 'Begroting na wijziging' = begroting + wijziging, then a verschil
of it and the realisatie, with a 'Totaal' row under them; and a 'Begroting 2025 na wijziging' with no wijziging
beside it, which is a plain column. Each table typed as a person types it (openpyxl, figures, no formulas)."""

from decimal import Decimal
from pathlib import Path

import pytest

from published_tables import print_named, print_to_pdf, widths_of, workbook as typed
from pyengine.audit import audit, main as audit_main

D = Decimal
PROGRAMMES = [("Bestuur", 1200, 100, 1250), ("Veiligheid", 3400, -200, 3350), ("Onderwijs", 5600, 400, 5900),
              ("Zorg", 8700, 0, 8650)]


def workbook(path: Path, rows: list[list], widths: dict | None = None) -> Path:
    """The table typed plain: no number formats; with `widths` (to be printed: the titles whole, no title cut
    short) landscape, one page wide."""
    return typed(path, rows, number_format=None, widths=widths, orientation="landscape" if widths else None,
                 fit=bool(widths))


def derived(header: list[list], realisatie_first: bool = False, percent: bool = False) -> list[list]:
    """Begroting 2025 | Wijziging | Begroting na wijziging | Realisatie 2025 | verschil (| %), a 'Totaal' row
    under them: the verschil is realisatie - na wijziging (or the other way round)."""
    rows = [["Lasten per programma 2025"], [], *header]
    totals = [0] * 5
    for name, begroting, wijziging, realisatie in PROGRAMMES:
        na = begroting + wijziging
        verschil = realisatie - na if realisatie_first else na - realisatie
        figures = [begroting, wijziging, na, realisatie, verschil]
        rows.append([name, *figures] + ([round(verschil / na * 100, 1)] if percent else []))
        totals = [t + f for t, f in zip(totals, figures)]
    rows.append(["Totaal", *totals] + ([round(totals[4] / totals[2] * 100, 1)] if percent else []))
    return rows


def found(path: Path) -> list[tuple]:
    return [(f.place, f.column, f.expected, f.found) for f in audit(path).findings]


def kinds(path: Path) -> list[tuple]:
    return [(f.place, f.kind) for f in audit(path).findings]


def altered(rows: list[list], label: str, column: int, by: int) -> list[list]:
    """The table with one figure changed (column 1 is the first figure)."""
    return [row[:column] + [row[column] + by] + row[column + 1:] if row and row[0] == label else row for row in rows]


ONE_ROW = [["Programma", "Begroting 2025", "Wijziging", "Begroting na wijziging", "Realisatie 2025", "Afwijking"]]


@pytest.mark.parametrize("title", ["Afwijking", "Voordeel / nadeel", "Over-/onderschrijding"])
@pytest.mark.parametrize("realisatie_first", [False, True])
def test_a_verschil_of_a_derived_column_and_the_realisatie_is_checked_at_its_figures_and_its_total(
        tmp_path, realisatie_first, title):
    """A verschil after 'Begroting na wijziging' (itself begroting + wijziging) and 'Realisatie', under a title that
    says so in other words: 'Afwijking' (which also names a check column of rounding misses, adding up to
    nothing) was skipped as not adding up (+1, a large change and a wrong total all exited 0); 'Voordeel / nadeel'
    was a plain column (an altered figure blamed on the Totaal under it). Its figures are the difference of the
    two columns before it, so it is that verschil: checked per line and in its total."""
    rows = derived([ONE_ROW[0][:-1] + [title]], realisatie_first)
    sign = 1 if realisatie_first else -1
    clean = workbook(tmp_path / "schoon.xlsx", rows)
    assert found(clean) == [] and audit_main(str(clean)) == 0
    relation = next(r for r in audit(clean).tables[0].relations if r.total == title)
    assert relation.parts == (("-Begroting na wijziging", "Realisatie 2025") if realisatie_first
                              else ("Begroting na wijziging", "-Realisatie 2025"))
    # Veiligheid: na wijziging 3.200, realisatie 3.350; Totaal: 19.200 and 19.150. The Totaal's verschil (-50 *
    # sign) holds across its row but not as the sum of the verschillen as printed: it follows from the one altered
    plus1 = workbook(tmp_path / "plus1.xlsx", altered(rows, "Veiligheid", 5, 1))
    assert found(plus1) == [("F5", title, D(150 * sign), D(150 * sign + 1)),
                            ("F8", title, D(-50 * sign + 1), D(-50 * sign))]
    assert kinds(plus1) == [("F5", "sum"), ("F8", "follows")]
    assert audit_main(str(plus1)) == 1
    large = workbook(tmp_path / "groot.xlsx", altered(rows, "Onderwijs", 5, 1000))
    assert found(large) == [("F6", title, D(-100 * sign), D(-100 * sign + 1000)),
                            ("F8", title, D(-50 * sign + 1000), D(-50 * sign))]
    assert kinds(large) == [("F6", "sum"), ("F8", "follows")]
    assert audit_main(str(large)) == 1
    total = workbook(tmp_path / "totaal.xlsx", altered(rows, "Totaal", 5, 1))
    assert found(total) == [("F8", title, D(-50 * sign), D(-50 * sign + 1))]
    assert audit_main(str(total)) == 1


def test_a_check_column_of_rounding_misses_called_afwijking_is_still_no_sum(tmp_path):
    """'Afwijking b+w-bijgesteld' (the absolute miss of rounded figures, as our own workbooks print it) is not the
    difference of the two columns before it: it stays out of the sums (its total of 0 over lines of 1 is right)."""
    rows = [["Afronding"], [], ["Regel", "Getoond begroting", "Getoond wijziging", "Getoond bijgesteld",
                                "Afwijking b+w-bijgesteld"],
            ["Personeel", 1200, 100, 1300, 0], ["Huisvesting", 301, 50, 350, 1], ["ICT", 150, 10, 161, 1],
            ["Totaal", 1651, 160, 1811, 0]]
    path = workbook(tmp_path / "afronding.xlsx", rows)
    assert found(path) == [] and audit_main(str(path)) == 0


TWO_ROWS = [[None, "Begroting", None, "Begroting", "Realisatie", None],
            ["Programma", "2025", "Wijziging", "na wijziging", "2025", "Verschil"]]


def test_a_verschil_under_the_empty_cell_beside_a_title_is_a_verschil_found_at_its_figure(tmp_path):
    """'Realisatie' over '2025', and beside it 'Verschil' under an empty cell: the column is 'Verschil Realisatie', a
    verschil, checked per line (it was 'Realisatie Verschil', a plain column: a figure altered in it was blamed on
    the Totaal row under it)."""
    rows = derived(TWO_ROWS, realisatie_first=True)
    clean = workbook(tmp_path / "schoon.xlsx", rows)
    assert found(clean) == [] and audit_main(str(clean)) == 0
    assert any(r.total == "Verschil Realisatie" for r in audit(clean).tables[0].relations)
    plus1 = workbook(tmp_path / "plus1.xlsx", altered(rows, "Veiligheid", 5, 1))
    assert found(plus1) == [("F6", "Verschil Realisatie", D(150), D(151)), ("F9", "Verschil Realisatie", D(-49), D(-50))]
    assert kinds(plus1) == [("F6", "sum"), ("F9", "follows")]
    assert audit_main(str(plus1)) == 1
    total = workbook(tmp_path / "totaal.xlsx", altered(rows, "Totaal", 5, 1))
    assert found(total) == [("F9", "Verschil Realisatie", D(-50), D(-49))]


@pytest.mark.parametrize("header", [
    [["Programma", "Begroting 2025", "Wijziging", "Begroting na wijziging", "Realisatie 2025", "Verschil", "%"]],
    [[None, "Begroting", None, "Begroting", "Realisatie", None, None],
     ["Programma", "2025", "Wijziging", "na wijziging", "2025", "Verschil", "%"]]])
def test_a_percentage_column_after_a_verschil_of_a_derived_column_is_no_sum(tmp_path, header):
    """A '%' after 'Verschil' (= realisatie - begroting na wijziging) is that verschil as a share of the begroting:
    the Totaal's -0,3% is no sum of the lines' percentages (it was a finding on a clean table); the verschil beside
    it is still checked at its figures."""
    rows = derived(header, realisatie_first=True, percent=True)
    clean = workbook(tmp_path / "schoon.xlsx", rows)
    assert found(clean) == [] and audit_main(str(clean)) == 0
    plus1 = workbook(tmp_path / "plus1.xlsx", altered(rows, "Zorg", 5, 1))
    zorg = len(header) + 6   # its row (Zorg: na wijziging 8.700, realisatie 8.650)
    title = "Verschil" if len(header) == 1 else "Verschil Realisatie"
    # the Totaal's verschil (-50) is the sum of the lines' as they should be, not as printed (-49): it follows
    assert found(plus1) == [(f"F{zorg}", title, D(-50), D(-49)), (f"F{zorg + 1}", title, D(-49), D(-50))]
    assert kinds(plus1) == [(f"F{zorg}", "sum"), (f"F{zorg + 1}", "follows")]
    assert audit_main(str(plus1)) == 1


# ---------------------------------------------------------------------------------------------------------------
# 'Begroting 2025 na wijziging' without a wijziging beside it

FIGURES = [("Bestuur", 1180, 1300, 1350), ("Veiligheid", 3310, 3200, 3400), ("Onderwijs", 5890, 6000, 6100),
           ("Zorg", 8420, 8700, 8800)]


def plain_columns(header: list[list], verschil: bool) -> list[list]:
    rows = [["Lasten per programma"], [], *header]
    totals = [0] * (4 if verschil else 3)
    for name, *figures in FIGURES:
        figures = figures + ([figures[2] - figures[1]] if verschil else [])
        rows.append([name, *figures])
        totals = [t + f for t, f in zip(totals, figures)]
    return rows + [["Totaal", *totals]]


@pytest.mark.parametrize("header, verschil", [
    ([["Programma", "Rekening 2024", "Begroting 2025 na wijziging", "Begroting 2026", "Verschil"]], True),
    ([[None, "Rekening", "Begroting", "Begroting", "Verschil"], ["Programma", "2024", "2025 na wijziging", "2026", None]],
     True),
    ([["Programma", "Begroting 2025 primitief", "Begroting 2025 na wijziging", "Realisatie 2025"]], False),
    ([[None, "Begroting", "Begroting", "Realisatie"], ["Programma", "2025 primitief", "2025 na wijziging", "2025"]],
     False)])
def test_a_begroting_na_wijziging_without_a_wijziging_beside_it_is_a_plain_column(tmp_path, header, verschil):
    """'Begroting 2025 na wijziging' is begroting + wijziging; with no wijziging column before it, it is a column
    like the others, not a total nothing adds up to (it was NOT verified: a clean table exited 1)."""
    path = workbook(tmp_path / "tabel.xlsx", plain_columns(header, verschil))
    report = audit(path)
    assert report.findings == () and report.unverified == ()
    assert [t.parts_elsewhere for t in report.tables] == [()] and [t.unchecked for t in report.tables] == [()]
    assert audit_main(str(path)) == 0
    assert ("Verschil" in [r.total for r in report.tables[0].relations]) == verschil


def test_a_begroting_na_wijziging_beside_its_wijziging_is_still_a_total_and_checked(tmp_path):
    """With a wijziging before it, 'Begroting 2025 na wijziging' is their total: one figure of it altered is found
    there."""
    rows = derived([["Programma", "Begroting 2025", "Wijziging", "Begroting 2025 na wijziging", "Realisatie 2025",
                     "Verschil"]])
    path = workbook(tmp_path / "na.xlsx", altered(rows, "Zorg", 3, 5))
    # Zorg's Verschil (na wijziging - realisatie) is computed from the unaltered 8.700, and so is the Totaal's 19.200:
    # both fail as printed (8.705 - 8.650 = 55, not 50; the lines make 19.205) only through D7, a 'follows' each
    assert found(path) == [("D7", "Begroting 2025 na wijziging", D(8700), D(8705)), ("F7", "Verschil", D(55), D(50)),
                           ("D8", "Begroting 2025 na wijziging", D(19205), D(19200))]
    assert kinds(path) == [("D7", "sum"), ("F7", "follows"), ("D8", "follows")]
    assert all("follows from 'Zorg' [Begroting 2025 na wijziging] (D7)" in f.note
               for f in audit(path).findings if f.kind == "follows")
    assert audit_main(str(path)) == 1


# ---------------------------------------------------------------------------------------------------------------
# The same tables printed to PDF by LibreOffice


@pytest.fixture(scope="module")
def printed(tmp_path_factory):
    folder = tmp_path_factory.mktemp("afgeleid")
    tables = {
        "afwijking +1": altered(derived(ONE_ROW), "Veiligheid", 5, 1),
        "afwijking totaal": altered(derived(ONE_ROW), "Totaal", 5, 1),
        "na wijziging alleen": plain_columns([[None, "Rekening", "Begroting", "Begroting", "Verschil"],
                                              ["Programma", "2024", "2025 na wijziging", "2026", None]], True),
    }
    sources = {}
    for i, (name, rows) in enumerate(tables.items()):
        sources[name] = workbook(folder / f"tabel{i}.xlsx", rows, widths_of(24, 24, "BCDEF"))
    return print_named(sources)


def test_derived_columns_printed_to_pdf_are_checked_as_in_the_workbook(printed):
    assert found(printed["afwijking +1"]) == [("page 1, line 4", "Afwijking", D(-150), D(-149)),
                                              ("page 1, line 7", "Afwijking", D(51), D(50))]
    assert kinds(printed["afwijking +1"]) == [("page 1, line 4", "sum"), ("page 1, line 7", "follows")]
    assert found(printed["afwijking totaal"]) == [("page 1, line 7", "Afwijking", D(50), D(51))]
    clean = printed["na wijziging alleen"]
    assert audit(clean).unverified == () and found(clean) == [] and audit_main(str(clean)) == 0


# A grondexploitaties overview: Boekwaarde 31-12 = 1-1 + Lasten - Baten (a stand chain), then a prognose whose
# last column is opbrengsten - kosten - boekwaarde 31-12 on every line: a result derived from three columns
# before it, signs mixed, that no word and no sum of the two just before it gives (trial6 T03).
COMPLEXES = [("01 Centrumplan", 2300, 800, 450, 1200, 900), ("02 De Velden", 1900, 300, 0, 1250, 2400),
             ("03 Stationsgebied", 1000, 380, 90, 340, 3100), ("04 Kloosterhof", 2100, 70, 430, 1120, 1550),
             ("11 De Hoek", 1600, 400, 550, 1150, 880)]
GREX_HEADER = [["Complex", "Boekwaarde 1-1-2025", "Lasten", "Baten", "Boekwaarde 31-12-2025", "Nog te maken kosten",
                "Nog te realiseren opbrengsten", "Verwacht resultaat"]]


def grondexploitaties(combination=lambda end, kosten, opbrengsten: opbrengsten - kosten - end) -> list[list]:
    rows = [["Overzicht grondexploitaties 2025"], [], *GREX_HEADER]
    totals = [0] * 7
    for name, begin, lasten, baten, kosten, opbrengsten in COMPLEXES:
        end = begin + lasten - baten
        figures = [begin, lasten, baten, end, kosten, opbrengsten, combination(end, kosten, opbrengsten)]
        rows.append([name, *figures])
        totals = [t + f for t, f in zip(totals, figures)]
    rows.append(["Totaal grondexploitaties", *totals])
    return rows


def test_a_result_column_derived_from_three_columns_before_it_is_checked_per_line(tmp_path):
    """'Nog te maken kosten' of one complex 36 too high: its Verwacht resultaat (printed with the true kosten)
    fails on that line, and the Totaal of the kosten fails by the same 36; the clean table audits clean."""
    clean = workbook(tmp_path / "grex.xlsx", grondexploitaties())
    assert found(clean) == [] and audit_main(str(clean)) == 0
    relation = [r for r in audit(clean).tables[0].relations if r.total == "Verwacht resultaat"]
    assert [(r.axis, r.parts, r.failed) for r in relation] == [
        ("column", ("-Boekwaarde 31-12-2025", "-Nog te maken kosten", "Nog te realiseren opbrengsten"), 0)]
    wrong = workbook(tmp_path / "grex-fout.xlsx", altered(grondexploitaties(), "03 Stationsgebied", 5, 36))
    assert found(wrong) == [("H6", "Verwacht resultaat", D(1434), D(1470)),
                            ("F9", "Nog te maken kosten", D(5096), D(5060))]
    assert audit_main(str(wrong)) == 1


def test_a_last_column_that_is_such_a_combination_in_some_rows_only_is_not_checked_as_one(tmp_path):
    """Strict: a last column matching opbrengsten - kosten - boekwaarde on three lines of five (a column of its own
    that happens to agree) is no derived column: no relation, no finding."""
    rows = grondexploitaties()
    for label, by in (("02 De Velden", 7), ("04 Kloosterhof", -12)):
        rows = altered(rows, label, 7, by)
    rows = [row[:7] + [sum(r[7] for r in rows[3:8])] if row and row[0] == "Totaal grondexploitaties" else row
            for row in rows]
    path = workbook(tmp_path / "grex-eigen.xlsx", rows)
    assert not [r for r in audit(path).tables[0].relations if r.total == "Verwacht resultaat" and r.axis == "column"]
    assert found(path) == []


def test_a_result_column_derived_from_three_columns_is_checked_in_the_pdf_as_in_the_workbook(tmp_path_factory):
    folder = tmp_path_factory.mktemp("grex")
    path = workbook(folder / "grex-fout.xlsx", altered(grondexploitaties(), "03 Stationsgebied", 5, 36),
                    widths_of(24, 26, "BCDEFGH"))  # (the titles whole on one line)
    pdf, = print_to_pdf([path])
    assert found(pdf) == [("page 1, line 5", "Verwacht resultaat", D(1434), D(1470)),
                          ("page 1, line 8", "Nog te maken kosten", D(5096), D(5060))]
    assert audit_main(str(pdf)) == 1


def test_flat_years_are_no_signed_combination_of_each_other():
    """Bijdragen per gemeente 2025-2028, the same every year but one indexed figure in 2028: '2028 = 2025 + 2026 -
    2027' holds wherever the years are equal (x - x adds nothing) and failed at the indexed figure, a false finding.
    No such combination is read: nothing is checked (exit 2), nothing found."""
    from pyengine.audit.tables import audit_grid
    from test_audit_rules import grid_of

    lines = [[name, v, v, v, v] for name, v in (("Hilversum", 1347220), ("Huizen", 612400), ("Gooise Meren", 880100),
                                                ("Blaricum", 150300), ("Laren", 201200))]
    lines[0][4] = 1375000
    table = audit_grid(grid_of(["Gemeente", "2025", "2026", "2027", "2028"], lines))[0]
    assert table.findings == () and table.relations == ()
