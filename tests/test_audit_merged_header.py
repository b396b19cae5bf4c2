"""A table whose header is two rows with every column title merged down over both (the second row empty), a column
of codes left of the labels, bold block headings without a code, each block closed by a 'Subtotaal ...' line and an
empty row before the next, and a grand 'Totaal ...' (trial22 t01/t03/t08, trial17): ONE table, under its column
titles, whose grand total is checked against every block's subtotal. The audit cut it in two after the first block
(the empty header row made the header a run of its own, so the labels' column stayed 'titled' and the second block's
heading in it read as a new header): the grand total was held to the later blocks' subtotals only, in a column
named '', a false finding in every column of the clean file. A table really below it, under a title and column
titles of its own, stays a table of its own."""

from decimal import Decimal as D

import pytest

from published_tables import print_named, workbook
from pyengine.audit import audit
from pyengine.audit import main as audit_main

COLUMNS = ["Begroting 2026", "Raming 2027", "Raming 2028"]
BLOCKS = [
    ("Openbare orde en veiligheid", [("1.01", "Cameratoezicht uitgaansgebied", [144, 202, 178]),
                                     ("1.02", "Aanpak ondermijning", [218, 0, 0]),
                                     ("1.03", "Vervanging AED-netwerk", [252, 234, 0])]),
    ("Economie en ondernemen", [("3.01", "Gevelfonds winkelkernen", [183, 67, 0]),
                                ("3.02", "Revitalisering bedrijventerrein", [191, 108, 184])]),
    ("Onderwijs", [("4.01", "Tijdelijke huisvesting IKC", [51, 397, 0]),
                   ("4.02", "Aanpak laaggeletterdheid", [484, 0, 42])]),
]
# in whole euros, so that every figure prints with its thousands dot (not only the totals: see trial22's M5)
BLOCKS = [(heading, [(code, label, [v * 1000 + 125 if v else 0 for v in figures]) for code, label, figures in lines])
          for heading, lines in BLOCKS]
HEADER_ROW = 4  # the column titles, merged down over row 5 (empty)


def subtotal(lines):
    return [sum(v) for v in zip(*(figures for __, __, figures in lines))]


def layout(*, code_on_heading: bool = False, altered: tuple[str, int, int] | None = None,
           deleted: str | None = None, merged: bool = True, after: list[list] = ()):
    """The sheet's rows, its merges and its bold rows (sheet row numbers), and where each line ended up:
    {label: sheet row}. `code_on_heading`: the code column holds the block's letter on its heading only (a staat van
    projecten: 'R' Rijksmiddelen), not the lines' codes; `altered`: (code, column index, +amount) typed into that
    line's figure, the totals left as printed; `deleted`: that line left out, the totals left as printed."""
    rows: list[list] = [["Gemeente Waalbommel"], ["Overzicht incidentele lasten per programma, bedragen in €"],
                        [], ["Nr.", "Omschrijving", *COLUMNS], []]
    bold, where, subtotals = [HEADER_ROW], {}, []
    for k, (heading, lines) in enumerate(BLOCKS):
        rows.append([chr(ord("A") + k) if code_on_heading else None, heading])
        bold.append(len(rows))
        for code, label, figures in lines:
            if code == deleted:
                continue
            figures = list(figures)
            if altered and altered[0] == code:
                figures[altered[1]] += altered[2]
            rows.append([None if code_on_heading else code, label, *figures])
            where[label] = len(rows)
        total = subtotal(lines)
        subtotals.append(total)
        rows.append([None, f"Subtotaal {heading.lower()}", *total])
        bold.append(len(rows))
        where[rows[-1][1]] = len(rows)
        rows.append([])
    rows.append([None, "Totaal incidentele lasten", *[sum(v) for v in zip(*subtotals)]])
    bold.append(len(rows))
    where["Totaal incidentele lasten"] = len(rows)
    rows.extend(after)
    merges = [(HEADER_ROW, c, HEADER_ROW + 1, c) for c in range(1, 3 + len(COLUMNS))] if merged else []
    return rows, merges, bold, where


def write(path, **options):
    rows, merges, bold, __ = layout(**options)
    return workbook(path, rows, title="Incidenteel", merges=merges, bold=bold, orientation="portrait",
                    widths={"A": 7, "B": 38, "C": 15, "D": 13, "E": 13})


GRAND = [sum(v) for v in zip(*(subtotal(lines) for __, lines in BLOCKS))]


def found(report):
    return [(f.cell, f.row_label, f.column, f.expected, f.found, f.kind) for f in report.findings]


def checked_parts(report, total):
    return next(r.parts for r in report.tables[0].relations if r.axis == "row" and r.total == total)


SUBTOTALS = tuple(f"Subtotaal {heading.lower()}" for heading, __ in BLOCKS)


@pytest.mark.parametrize("code_on_heading", [False, True])
@pytest.mark.parametrize("merged", [True, False])
def test_the_sheet_is_one_table_under_its_titles_and_its_grand_total_holds(tmp_path, code_on_heading, merged):
    """(unmerged, the empty second header row alone made the header a run of its own: the same cut)"""
    report = audit(write(tmp_path / "schoon.xlsx", code_on_heading=code_on_heading, merged=merged))
    assert len(report.tables) == 1 and report.tables[0].columns == tuple(COLUMNS)
    assert report.findings == () and report.unverified == ()
    assert checked_parts(report, "Totaal incidentele lasten") == SUBTOTALS
    assert audit_main(str(tmp_path / "schoon.xlsx")) == 0


def test_an_altered_line_is_found_at_its_subtotal_in_its_column(tmp_path):
    report = audit(write(tmp_path / "p1.xlsx", altered=("3.02", 0, 1)))
    __, __, __, where = layout()
    row = where["Subtotaal economie en ondernemen"]
    assert len(report.tables) == 1
    printed = subtotal(BLOCKS[1][1])[0]
    assert found(report) == [(f"C{row}", "Subtotaal economie en ondernemen", "Begroting 2026", D(printed + 1),
                              D(printed), "sum")]


def test_an_altered_grand_total_is_found_in_its_column_only(tmp_path):
    rows, merges, bold, where = layout()
    row = where["Totaal incidentele lasten"]
    rows[row - 1][3] += 100
    path = workbook(tmp_path / "tot.xlsx", rows, title="Incidenteel", merges=merges, bold=bold)
    assert found(audit(path)) == [(f"D{row}", "Totaal incidentele lasten", "Raming 2027", D(GRAND[1]),
                                   D(GRAND[1] + 100), "sum")]


def test_a_deleted_line_is_found_at_its_subtotal_in_every_column(tmp_path):
    report = audit(write(tmp_path / "del.xlsx", deleted="1.02"))
    __, __, __, where = layout(deleted="1.02")
    row = where["Subtotaal openbare orde en veiligheid"]
    printed = subtotal(BLOCKS[0][1])
    left = [p - v for p, v in zip(printed, BLOCKS[0][1][1][2])]
    assert found(report) == [(f"{letter}{row}", "Subtotaal openbare orde en veiligheid", column, D(e), D(p), "sum")
                             for letter, column, e, p in zip("CDE", COLUMNS, left, printed) if e != p]


# a second table below, after two empty rows, under a title and column titles of its own
RESERVES = [[], [], ["Overzicht reserves (bedragen in €)"], [],
            ["Nr.", "Reserve", "Stand 1-1", "Toevoegingen", "Stand 31-12"], [],
            [None, "Algemene reserve", 1200000, 300000, 1500000],
            [None, "Reserve wonen", 400000, 50000, 450000],
            [None, "Totaal reserves", 1600000, 350000, 1950000]]


def test_a_table_under_its_own_title_and_column_titles_stays_a_table_of_its_own(tmp_path):
    report = audit(write(tmp_path / "twee.xlsx", after=RESERVES))
    assert [t.columns for t in report.tables] == [tuple(COLUMNS), ("Stand 1-1", "Toevoegingen", "Stand 31-12")]
    assert report.findings == ()


# ---------------------------------------------------------------------------------------------------------------
# The same tables printed to PDF by LibreOffice (one call)


@pytest.fixture(scope="module")
def printed(tmp_path_factory):
    folder = tmp_path_factory.mktemp("samengevoegde-kop")
    sources = {"schoon": write(folder / "schoon.xlsx"), "kopcode": write(folder / "kopcode.xlsx", code_on_heading=True),
               "p1": write(folder / "p1.xlsx", altered=("3.02", 0, 1))}
    return print_named(sources)


@pytest.mark.parametrize("name", ["schoon", "kopcode"])
def test_the_printed_table_is_one_table_and_clean(printed, name):
    report = audit(printed[name])
    assert len(report.tables) == 1 and report.tables[0].columns == tuple(COLUMNS)
    assert report.findings == () and report.unverified == ()
    assert checked_parts(report, "Totaal incidentele lasten") == SUBTOTALS


def test_the_printed_altered_line_is_found_at_its_subtotal(printed):
    subtotal_printed = subtotal(BLOCKS[1][1])[0]
    assert [(f.row_label, f.column, f.expected, f.found, f.kind) for f in audit(printed["p1"]).findings] == [
        ("Subtotaal economie en ondernemen", "Begroting 2026", D(subtotal_printed + 1), D(subtotal_printed), "sum")]
