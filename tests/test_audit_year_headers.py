"""Year headers by kind of column (issue 18, trial5 r9): a begroting prints Rekening t-2 beside Begroting t, so a gap
between kinds ('Rekening 2024 | Begroting 2026') is no error; within one kind (Raming 2027 | 2028 | ...) a year
skipped, repeated or going back is. The same columns again for another side (Lasten | Baten whose merged titles
are lost: 'Rekening 2025' twice) repeat their years. Typed tables (openpyxl), xlsx and the PDF LibreOffice
prints."""

from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl.styles import Alignment

from published_tables import print_named, widths_of, workbook as typed
from pyengine.audit import audit, main as audit_main
from test_audit_tables import soffice

D = Decimal
# (the lines under any header: Bestuur + Veiligheid = Totaal in every column)
LINES = [("Bestuur", 500), ("Veiligheid", 300)]


def table(header: list[str]) -> list[list]:
    """A table with these column titles; every total adds up."""
    rows = [["Lasten per programma"], ["Bedragen x € 1.000"], [], ["Programma"] + header]
    for label, base in LINES:
        rows.append([label] + [base + 10 * i for i in range(len(header))])
    rows.append(["Totaal"] + [sum(base + 10 * i for __, base in LINES) for i in range(len(header))])
    return rows


def workbook(path: Path, rows: list[list], style=None) -> Path:
    """The years of the header row (4) typed plain, the figures below it with Dutch thousands."""
    return typed(path, rows, widths=widths_of(24, 22, "BCDEFG"), style=style,
                 figures=lambda r, c, value: isinstance(value, int) and r > 4)


CASES = {
    # (column titles, the year findings as (cell, expected, found))
    "rekening t-2 beside begroting t": (["Rekening 2024", "Begroting 2026"], []),
    "rekening, begroting, ramingen": (["Rekening 2023", "Begroting 2025", "Raming 2026", "Raming 2027"], []),
    "a raming skipped": (["Rekening 2023", "Begroting 2025", "Raming 2026", "Raming 2027", "Raming 2029"],
                         [("F4", D(2028), D(2029))]),
    "a raming repeated": (["Rekening 2024", "Begroting 2026", "Raming 2027", "Raming 2027"],
                          [("E4", D(2028), D(2027))]),
    "a raming going back": (["Rekening 2024", "Begroting 2026", "Raming 2028", "Raming 2027"],
                            [("E4", D(2029), D(2027))]),
    "the same columns for another side": (["Begroting", "Rekening 2025", "Begroting", "Rekening 2025"], []),
    # bare years: one kind (unchanged)
    "bare years with a gap": (["2024", "2025", "2027"], [("D4", D(2026), D(2027))]),
}


@pytest.mark.parametrize("case", CASES)
def test_year_headers_are_held_to_a_sequence_per_kind_of_column(tmp_path, case):
    header, expected = CASES[case]
    path = workbook(tmp_path / "jaren.xlsx", table(header))
    report = audit(path)
    assert [(f.cell, f.expected, f.found) for f in report.findings if f.kind == "year"] == expected
    assert [f for f in report.findings if f.kind != "year"] == [] and report.unverified == ()
    assert audit_main(str(path)) == (1 if expected else 0)


@pytest.fixture(scope="module")
def printed(tmp_path_factory):
    if soffice() is None:
        pytest.skip("LibreOffice not installed")
    folder = tmp_path_factory.mktemp("jaren")
    sources = {name: workbook(folder / f"jaren-{i}.xlsx", table(CASES[name][0]))
               for i, name in enumerate(("rekening t-2 beside begroting t", "a raming skipped"))}
    return print_named(sources)


def test_the_printed_year_headers_read_as_the_workbooks(printed):
    gap = audit(printed["rekening t-2 beside begroting t"])
    assert (gap.findings, gap.unverified, gap.verdict) == ((), (), "clean")
    assert audit_main(str(printed["rekening t-2 beside begroting t"])) == 0
    skipped = audit(printed["a raming skipped"])
    assert [(f.column, f.expected, f.found) for f in skipped.findings] == [("Raming 2029", D(2028), D(2029))]
    assert audit_main(str(printed["a raming skipped"])) == 1


# Years over groups of columns (trial6 T07): 'Begroting 2026' then 'Begroting 2025', each over 'Bedrag | %' (a
# jaarstuk prints the current year first): descending groups are a sequence; a group skipped is not
GROUPED = {
    "groups down": ((2026, 2025), []),
    "groups up": ((2025, 2026), []),
    "groups down, a year skipped": ((2026, 2025, 2023), [("F4", D(2024), D(2023)), ("G4", D(2024), D(2023))]),
}


def grouped(years: tuple[int, ...]) -> list[list]:
    """'Begroting <year>' over Bedrag | % per year; every total adds up."""
    rows = [["Opbrengst per categorie"], ["Bedragen x € 1.000"], [],
            [None] + [x for y in years for x in (f"Begroting {y}", None)],
            ["Categorie"] + ["Bedrag", "%"] * len(years)]
    for label, base in LINES:
        rows.append([label] + [x for i in range(len(years)) for x in (base + 10 * i, round(100 * base / 800))])
    rows.append(["Totaal"] + [x for i in range(len(years)) for x in (800 + 20 * i, 100)])
    return rows


def grouped_workbook(path: Path, years: tuple[int, ...]) -> Path:
    """The grouped table, each year's title merged over its Bedrag and % (centred, as a jaarstuk prints it)."""
    def merge(sheet):
        for i in range(len(years)):
            sheet.merge_cells(start_row=4, start_column=2 + 2 * i, end_row=4, end_column=3 + 2 * i)
            sheet.cell(4, 2 + 2 * i).alignment = Alignment(horizontal="center")

    return workbook(path, grouped(years), style=merge)


@pytest.mark.parametrize("case", GROUPED)
def test_year_groups_run_up_or_down(tmp_path, case):
    years, expected = GROUPED[case]
    path = grouped_workbook(tmp_path / "groepen.xlsx", years)
    report = audit(path)
    # (was: 'Begroting 2026 | Begroting 2025': year expected 2027, found 2025 under Bedrag and %)
    assert [(f.cell, f.expected, f.found) for f in report.findings if f.kind == "year"] == expected
    assert [f for f in report.findings if f.kind != "year"] == [] and report.unverified == ()
    assert audit_main(str(path)) == (1 if expected else 0)


@pytest.fixture(scope="module")
def printed_groups(tmp_path_factory):
    if soffice() is None:
        pytest.skip("LibreOffice not installed")
    folder = tmp_path_factory.mktemp("groepen")
    sources = {name: grouped_workbook(folder / f"groepen-{i}.xlsx", GROUPED[name][0])
               for i, name in enumerate(("groups down", "groups down, a year skipped"))}
    return print_named(sources)


def test_the_printed_year_groups_read_as_the_workbooks(printed_groups):
    down = audit(printed_groups["groups down"])
    assert (down.findings, down.unverified, down.verdict) == ((), (), "clean")
    assert audit_main(str(printed_groups["groups down"])) == 0
    skipped = audit(printed_groups["groups down, a year skipped"])
    assert [(f.column, f.expected, f.found) for f in skipped.findings] == [
        ("Begroting 2023 Bedrag", D(2024), D(2023)), ("Begroting 2023 %", D(2024), D(2023))]
    assert audit_main(str(printed_groups["groups down, a year skipped"])) == 1
