"""Staggered columns (issue 18): a year merged over two columns, the lines' figures in its left column and each
total in the right one, as a kasstroomoverzicht prints them ('Totaal kasstroom uit ...', 'Mutatie liquide
middelen', 'Liquide middelen per 31 december'), and a balans ('Totaal vaste activa'). The pair is one column under
its title; a finding names the cell the total stands in. Each table typed as a person types it (openpyxl, figures,
no formulas), and printed by LibreOffice."""

from decimal import Decimal
from pathlib import Path

import pytest

from published_tables import print_named, widths_of, workbook as typed
from pyengine.audit import audit, main as audit_main

D = Decimal


def workbook(path: Path, rows: list[list], merged: tuple[str, ...] = ()) -> Path:
    """A table as a person lays it out: the titles merged over their pairs, Dutch thousands with brackets, landscape,
    fitted to the page width."""
    return typed(path, rows, number_format="[$-413]#,##0;(#,##0)", merges=merged, widths=widths_of(48, 12, 4))


def kasstroom(afschrijvingen_2025: int = 3400, bijdragen: bool = True, eind_2025: int = 1650) -> list[list]:
    """Rows 1..4 the title, the scale and the years (B4:C4 '2025', D4:E4 '2024'); the lines in B and D, the
    totals in C and E."""
    rows = [["Kasstroomoverzicht 2025"], ["Bedragen x € 1.000"], [], [None, "2025", None, "2024", None],
            ["Kasstroom uit operationele activiteiten"],
            ["Resultaat vóór bestemming", 1200, None, 900, None],
            ["Afschrijvingen", afschrijvingen_2025, None, 3100, None],
            ["Toevoegingen aan voorzieningen", 800, None, 700, None],
            ["Onttrekkingen aan voorzieningen", -500, None, -650, None],
            ["Mutatie vlottende activa", -300, None, 250, None],
            ["Totaal kasstroom uit operationele activiteiten", None, 4600, None, 4300], [],
            ["Kasstroom uit investeringsactiviteiten"],
            ["Investeringen in materiële vaste activa", -5200, None, -4100, None],
            ["Desinvesteringen", 400, None, 300, None],
            ["Bijdragen van derden", 1100, None, 900, None],
            ["Totaal kasstroom uit investeringsactiviteiten", None, -3700, None, -2900], [],
            ["Kasstroom uit financieringsactiviteiten"],
            ["Nieuw opgenomen leningen", 2000, None, 1500, None],
            ["Aflossingen", -2500, None, -2400, None],
            ["Totaal kasstroom uit financieringsactiviteiten", None, -500, None, -900], [],
            ["Mutatie liquide middelen", None, 400, None, 500],
            ["Liquide middelen per 1 januari", None, 1250, None, 750],
            ["Liquide middelen per 31 december", None, eind_2025, None, 1250]]
    if not bijdragen:
        rows = [row for row in rows if not row or row[0] != "Bijdragen van derden"]
    return rows


def balans(materieel_2024: int = 8100) -> list[list]:
    """'31-12-2025' over B:C, '31-12-2024' over D:E; the lines in B and D, each total in C and E."""
    return [["Balans"], [], [None, "31-12-2025", None, "31-12-2024", None], ["Activa"],
            ["Immateriële vaste activa", 120, None, 150, None],
            ["Materiële vaste activa", 8400, None, materieel_2024, None],
            ["Financiële vaste activa", 600, None, 650, None],
            ["Totaal vaste activa", None, 9120, None, 8900],
            ["Voorraden", 300, None, 280, None],
            ["Uitzettingen korter dan één jaar", 1400, None, 1300, None],
            ["Liquide middelen", 250, None, 320, None],
            ["Totaal vlottende activa", None, 1950, None, 1900],
            ["Totaal activa", None, 11070, None, 10800]]


YEARS = ("B4:C4", "D4:E4")
BALANS_YEARS = ("B3:C3", "D3:E3")
TABLES = {
    "kasstroom": (kasstroom(), YEARS),
    "kasstroom_plus": (kasstroom(afschrijvingen_2025=3460), YEARS),
    "kasstroom_weg": (kasstroom(bijdragen=False), YEARS),
    "kasstroom_eind": (kasstroom(eind_2025=1660), YEARS),
    "balans": (balans(), BALANS_YEARS),
    "balans_swap": (balans(materieel_2024=8010), BALANS_YEARS),
}
# what each altered table's audit finds: in the workbook its cell, in the PDF its line (empty rows not counted); the column; expected, found
FOUND = {
    "kasstroom": [],
    "kasstroom_plus": [("C11", 10, "2025", D(4660), D(4600))],
    "kasstroom_weg": [("C16", 14, "2025", D(-4800), D(-3700)), ("E16", 14, "2024", D(-3800), D(-2900))],
    "kasstroom_eind": [("C26", 22, "2025", D(1650), D(1660))],
    "balans": [],
    "balans_swap": [("E8", 7, "31-12-2024", D(8810), D(8900))],
}


@pytest.fixture(scope="module")
def workbooks(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("getrapt")
    return {name: workbook(folder / f"{name}.xlsx", rows, merged) for name, (rows, merged) in TABLES.items()}


@pytest.fixture(scope="module")
def printed(tmp_path_factory, workbooks) -> dict[str, Path]:
    return print_named(workbooks, tmp_path_factory.mktemp("getrapt_pdf"))


@pytest.mark.parametrize("name", list(TABLES))
def test_staggered_totals_are_checked_against_the_lines_in_the_column_left_of_them(workbooks, name):
    """'Totaal kasstroom uit operationele activiteiten' in C over its lines in B was NOT verified ('no lines before
    it add up to it'), the file exit 1, and every altered line went unfound; now the pair is one column under its
    year: the clean table exits 0, each alteration is found at the total's own cell with the lines' sum."""
    report = audit(workbooks[name])
    assert [(f.place, f.column, f.expected, f.found) for f in report.findings] == \
        [(cell, column, expected, found) for cell, __, column, expected, found in FOUND[name]]
    assert audit_main(str(workbooks[name])) == (1 if FOUND[name] else 0)
    assert report.tables[0].columns == (("2025", "2024") if name.startswith("kasstroom") else
                                        ("31-12-2025", "31-12-2024"))
    assert not report.tables[0].unverified


def test_the_kasstroomoverzicht_is_read_section_by_section(workbooks):
    """Each section's total is its lines, the mutatie the three totals, 31 december = 1 januari + mutatie."""
    relations = {r.total: (r.parts, r.checked, r.failed) for r in audit(workbooks["kasstroom"]).tables[0].relations}
    assert relations["Totaal kasstroom uit financieringsactiviteiten"] == (
        ("Nieuw opgenomen leningen", "Aflossingen"), 2, 0)
    assert relations["Mutatie liquide middelen"] == (
        ("Totaal kasstroom uit operationele activiteiten", "Totaal kasstroom uit investeringsactiviteiten",
         "Totaal kasstroom uit financieringsactiviteiten"), 2, 0)
    assert sorted(relations["Liquide middelen per 31 december"][0]) == [
        "Liquide middelen per 1 januari", "Mutatie liquide middelen"]
    assert relations["Totaal kasstroom uit investeringsactiviteiten"][1:] == (2, 0)


@pytest.mark.parametrize("name", list(TABLES))
def test_staggered_totals_printed_by_libreoffice(printed, name):
    """The same tables printed to PDF: the same findings, at the total's line, under the pair's year."""
    report = audit(printed[name])
    assert [(f.place, f.column, f.expected, f.found) for f in report.findings] == \
        [(f"page 1, line {line}", column, expected, found)
         for __, line, column, expected, found in FOUND[name]]
    assert audit_main(str(printed[name])) == (1 if FOUND[name] else 0)


def test_a_balans_with_its_totals_staggered_is_held_to_balance_at_the_total_s_own_cell(tmp_path):
    """Totaal passiva beside Totaal activa, both in the right column of the pair: every sum holds, the passiva are
    100 short of the activa in 2024: found at E21, the cell 'Totaal passiva' stands in (not D21, an empty cell)."""
    rows = balans() + [["Passiva"], ["Eigen vermogen", 4000, None, 3900, None],
                       ["Voorzieningen", 1070, None, 800, None], ["Totaal vaste passiva", None, 5070, None, 4700],
                       ["Vlottende schulden", 4500, None, 4400, None], ["Overlopende passiva", 1500, None, 1600, None],
                       ["Totaal vlottende passiva", None, 6000, None, 6000],
                       ["Totaal passiva", None, 11070, None, 10700]]
    path = workbook(tmp_path / "balans.xlsx", rows, BALANS_YEARS)
    assert [(f.place, f.column, f.expected, f.found) for f in audit(path).findings] == [
        ("E21", "31-12-2024", D(10800), D(10700))]
    assert audit_main(str(path)) == 1


def test_a_line_with_figures_in_both_columns_keeps_them_apart(tmp_path):
    """A title over two columns whose lines show figures in both (a begroting and an untitled second figure) is no
    staggered pair: each column is checked on its own, the total of the right one failing at its own cell."""
    rows = [["Overzicht"], [], [None, "2025", None], ["Personeel", 100, 10], ["Huisvesting", 200, 20],
            ["ICT", 50, 5], ["Totaal lasten", 350, 45]]
    path = workbook(tmp_path / "twee.xlsx", rows, ("B3:C3",))
    assert [(f.place, f.expected, f.found) for f in audit(path).findings] == [("C7", D(35), D(45))]


def test_lines_subtotals_and_the_total_each_a_column_further_right_under_one_title(tmp_path):
    """'2025' merged over three columns: the lines in B, the subtotals in C, the grand total in D. One column: the
    altered line is found at its subtotal's cell, the grand total over the printed subtotals holds."""
    rows = [["Staat van lasten"], [], [None, "2025"], ["Personeel", 500], ["Inhuur", 120],
            ["Subtotaal personeel", None, 630], ["Huisvesting", 200], ["Energie", 80],
            ["Subtotaal huisvesting", None, 280], ["Totaal lasten", None, None, 910]]
    path = workbook(tmp_path / "drie.xlsx", rows, ("B3:D3",))
    assert [(f.place, f.column, f.expected, f.found) for f in audit(path).findings] == [
        ("C6", "2025", D(620), D(630))]
    assert audit_main(str(path)) == 1
