"""Dashed lines breaking down the line above them (issue 18, trial6 T01): a balans prints 'Eigen vermogen' with its
figures, then '- algemene reserve', '- bestemmingsreserves', '- gerealiseerd resultaat' under it; 'Totaal vaste
passiva' counts the Eigen vermogen, not its lines again. The dashed lines are checked against the line above them
(as 'waarvan' lines), and kept out of the total further down. Dashed lines opening a block are its lines (a list);
'-/- Onttrekkingen' is a sign, not a dash. Typed tables (openpyxl), xlsx and the PDF LibreOffice prints (a long
label wrapped in its cell goes on under its figures in the print)."""

from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl.styles import Alignment

from published_tables import print_named, workbook as typed
from pyengine.audit import audit, main as audit_main
from test_audit_tables import soffice

D = Decimal
LONG = "Vaste schulden met een rentetypische looptijd van één jaar of langer"
BALANS = [
    ["Balans per 31 december 2025"], ["Bedragen x € 1.000"], [],
    ["ACTIVA", "31-12-2025", "31-12-2024"],
    ["Vaste activa"],
    ["Immateriële vaste activa", 912, 1330],
    ["Materiële vaste activa", 172275, 245203],
    ["Financiële vaste activa", 13820, 18748],
    ["Totaal vaste activa", 187007, 265281],
    ["Vlottende activa"],
    ["Voorraden", 13615, 3694],
    ["Uitzettingen met een rentetypische looptijd korter dan één jaar", 10755, 21490],
    ["Liquide middelen", 1798, 2529],
    ["Overlopende activa", 14970, 14593],
    ["Totaal vlottende activa", 41138, 42306],
    [],
    ["Totaal activa", 228145, 307587],
    [],
    ["PASSIVA", "31-12-2025", "31-12-2024"],
    ["Vaste passiva"],
    ["Eigen vermogen", 88347, 105113],                  # row 21
    ["- algemene reserve", 28794, 44787],
    ["- bestemmingsreserves", 56736, 58308],            # row 23
    ["- gerealiseerd resultaat", 2817, 2018],
    ["Voorzieningen", 11915, 6273],                     # row 25
    [LONG, 88607, 158308],
    ["Totaal vaste passiva", 188869, 269694],           # row 27
    ["Vlottende passiva"],
    ["Kortlopende schulden", 25795, 16494],
    ["Overlopende passiva", 13481, 21399],
    ["Totaal vlottende passiva", 39276, 37893],
    [],
    ["Totaal passiva", 228145, 307587],
]


def swapped() -> list[list]:
    """Two digits swapped in '- bestemmingsreserves' 2025 (56.736 -> 56.376)."""
    rows = [list(row) for row in BALANS]
    rows[22][1] = 56376
    return rows


def deleted() -> list[list]:
    """'Voorzieningen' deleted: 'Totaal vaste passiva' (now row 26) exceeds its lines by it."""
    return [row for row in BALANS if row[:1] != ["Voorzieningen"]]


def workbook(path: Path, rows: list[list]) -> Path:
    def wrap_long_labels(sheet):
        for r, row in enumerate(rows, start=1):
            if row and isinstance(row[0], str) and len(row[0]) > 46:
                # a long label wraps in its cell, set at its top (the print puts its rest under the figures)
                sheet.cell(r, 1).alignment = Alignment(wrap_text=True, vertical="top")
                sheet.row_dimensions[r].height = 30

    return typed(path, rows, title="Balans", widths={"A": 46, "B": 13, "C": 13}, orientation=None,
                 style=wrap_long_labels)


def sums(report) -> list[tuple[str, str, Decimal, Decimal]]:
    return [(f.row_label, f.column, f.expected, f.found) for f in report.findings]


def test_dashed_lines_are_the_breakdown_of_the_line_above_them(tmp_path):
    report = audit(workbook(tmp_path / "balans.xlsx", BALANS))
    assert (report.findings, report.unverified, report.verdict) == ((), (), "clean")
    relations = {r.total: r.parts for t in report.tables for r in t.relations}
    assert relations["Eigen vermogen"] == ("- algemene reserve", "- bestemmingsreserves", "- gerealiseerd resultaat")
    assert relations["Totaal vaste passiva"] == ("Eigen vermogen", "Voorzieningen", LONG)


def test_a_dashed_line_altered_is_found_at_the_line_it_breaks_down(tmp_path):
    path = workbook(tmp_path / "balans-swap.xlsx", swapped())
    report = audit(path)
    # (was: 'Totaal vaste passiva' = the dashed lines + Voorzieningen + Vaste schulden, expected 188.509)
    assert [(f.cell, f.expected, f.found) for f in report.findings] == [("B21", D(87987), D(88347))]
    assert audit_main(str(path)) == 1


def test_a_line_deleted_beside_the_broken_down_line_is_found_at_the_total(tmp_path):
    path = workbook(tmp_path / "balans-delete.xlsx", deleted())
    report = audit(path)
    # (was: Totaal vaste passiva = '- gerealiseerd resultaat' + Vaste schulden, expected 91.424)
    assert [(f.cell, f.expected, f.found) for f in report.findings] == [
        ("B26", D(176954), D(188869)), ("C26", D(263421), D(269694))]
    assert audit_main(str(path)) == 1


def test_dashed_lines_opening_a_block_are_its_lines(tmp_path):
    rows = [["Lasten"], [], ["Soort", 2025, 2024],
            ["Kosten"], ["- personeel", 100, 110], ["- materieel", 50, 60], ["Totaal kosten", 150, 170]]
    report = audit(workbook(tmp_path / "lijst.xlsx", rows))
    assert (report.findings, report.unverified, report.verdict) == ((), (), "clean")
    relations = {r.total: r.parts for t in report.tables for r in t.relations}
    assert relations["Totaal kosten"] == ("- personeel", "- materieel")
    altered = [list(row) for row in rows]
    altered[4][1] = 101
    assert [(f.cell, f.expected, f.found) for f in audit(workbook(tmp_path / "lijst-1.xlsx", altered)).findings] \
        == [("B7", D(151), D(150))]


def test_a_sign_before_a_label_is_no_dash(tmp_path):
    rows = [["Reserve"], [], ["Post", 2025, 2024],
            ["Stand 1 januari", 100, 90], ["Toevoegingen", 20, 30], ["-/- Onttrekkingen", 10, 20],
            ["Stand 31 december", 110, 100]]
    report = audit(workbook(tmp_path / "stand.xlsx", rows))
    assert (report.findings, report.unverified, report.verdict) == ((), (), "clean")
    relations = {r.total: r.parts for t in report.tables for r in t.relations}
    assert relations["Stand 31 december"] == ("Stand 1 januari", "Toevoegingen", "--/- Onttrekkingen")


@pytest.fixture(scope="module")
def printed(tmp_path_factory):
    if soffice() is None:
        pytest.skip("LibreOffice not installed")
    folder = tmp_path_factory.mktemp("balans")
    sources = {name: workbook(folder / f"balans-{name}.xlsx", rows)
               for name, rows in (("original", BALANS), ("swap", swapped()), ("delete", deleted()))}
    return print_named(sources)


def test_the_printed_balans_reads_as_the_workbook(printed):
    clean = audit(printed["original"])
    assert (clean.findings, clean.unverified, clean.verdict) == ((), (), "clean")
    relations = {r.total: r.parts for t in clean.tables for r in t.relations}
    # the long label's rest, printed under its figures, is joined to it (not a heading splitting the block)
    assert relations["Totaal vaste passiva"] == ("Eigen vermogen", "Voorzieningen", LONG)
    assert audit_main(str(printed["original"])) == 0
    assert sums(audit(printed["swap"])) == [("Eigen vermogen", "31-12-2025", D(87987), D(88347))]
    assert audit_main(str(printed["swap"])) == 1
    # (was: exit 0, 'Totaal vaste passiva' not checked: its parts are not in the table)
    assert sums(audit(printed["delete"])) == [("Totaal vaste passiva", "31-12-2025", D(176954), D(188869)),
                                              ("Totaal vaste passiva", "31-12-2024", D(263421), D(269694))]
    assert audit_main(str(printed["delete"])) == 1


def test_one_dashed_line_is_no_breakdown(tmp_path):
    # (a PDF may print the nil '-' of the first column before a label: '- Vennootschapsbelasting', one line,
    # is a line of the sum, not the breakdown of 'Onvoorzien' above it)
    rows = [["Lasten"], [], ["Post", 2025, 2024],
            ["Overhead", 400, 410], ["Onvoorzien", 50, 60], ["- Vennootschapsbelasting", 14, 0],
            ["Totaal lasten", 464, 470]]
    report = audit(workbook(tmp_path / "een.xlsx", rows))
    assert (report.findings, report.unverified, report.verdict) == ((), (), "clean")
    relations = {r.total: r.parts for t in report.tables for r in t.relations}
    assert relations["Totaal lasten"] == ("Overhead", "Onvoorzien", "- Vennootschapsbelasting")
