"""pyengine audit on a gemeente's 'Overzicht van baten en lasten per taakveld' (BBV, x € 1.000) that prints each
hoofdtaakveld ABOVE its taakvelden: the line '6 | Sociaal domein' (its code in the column of codes, no 'Totaal' in
its label) carries the group's figures, then come 6.1, 6.2, ... 6.82, then the next hoofdtaakveld's line; after an
empty row 'Totaal saldo van baten en lasten'. Columns: 'Begroting na wijziging' (merged) over Lasten | Baten and
'Realisatie' over Lasten | Baten | Saldo. Printed over pages, the two header rows repeated (print titles).

A line whose code is the prefix of the codes under it ('6' over '6.1', '6.2', ..., '6.82') is their group's total,
printed above them: read so before the walk (`totals_above_their_lines`), the grand total is the sum of the main
groups (not of the groups and their taakvelden both: twice its figure), and a taakveld altered or deleted is found
at its main group's line."""

import random
from pathlib import Path

import pytest
from openpyxl.styles import Alignment, Font

from published_tables import DUTCH, audited, finish, print_to_pdf
from test_audit_taakvelden import HOOFDTAAKVELDEN

HEADER = 5  # the two header rows: 5 and 6; the lines from row 7
GRAND = "Totaal saldo van baten en lasten"
COLUMNS = ["Begroting na wijziging Lasten", "Begroting na wijziging Baten", "Realisatie Lasten", "Realisatie Baten",
           "Realisatie Saldo"]


def figures() -> dict[str, list[int]]:
    """Per taakveld: begroting lasten, baten; realisatie lasten, baten (fixed by the seed)."""
    rnd = random.Random(23)
    out = {}
    for __, __, taakvelden in HOOFDTAAKVELDEN:
        for code, __ in taakvelden:
            lasten, baten = rnd.randint(40, 9000), rnd.randint(0, 3000) if rnd.random() < .8 else 0
            out[code] = [lasten, baten, lasten + rnd.randint(-300, 400), baten + rnd.randint(0, 90) if baten else 0]
    return out


def with_saldo(lasten: int, baten: int, r_lasten: int, r_baten: int) -> list[int]:
    return [lasten, baten, r_lasten, r_baten, r_baten - r_lasten]


def added(lines: list[list[int]]) -> list[int]:
    return [sum(column) for column in zip(*lines)]


def rows(plus: dict[tuple[str, int], int] = {}, deleted: str = "", coded: bool = True) -> list[list]:
    """The table's rows from row 7 down: [code, label, five figures] or an empty row; each hoofdtaakveld's line
    first, with the sums of its taakvelden (of the clean figures), then the taakvelden; `plus`: (code or label,
    column 0..4) -> added to that printed figure; `deleted`: a taakveld's code left out (its main group still
    counts it); not `coded`: the main groups' lines carry their name only, no code."""
    given = figures()
    out, groups = [], []
    for code, name, taakvelden in HOOFDTAAKVELDEN:
        lines = {c: with_saldo(*given[c]) for c, __ in taakvelden}
        groups.append(added(list(lines.values())))
        out.append([code if coded else None, name, *groups[-1]])
        out += [[c, label, *lines[c]] for c, label in taakvelden if c != deleted]
    out += [[], [None, GRAND, *added(groups)]]
    for row in out:
        for column in range(5):
            for key in row[:2]:
                if row and (key, column) in plus:
                    row[2 + column] += plus[(key, column)]
    return out


def write(path: Path, lines: list[list]) -> Path:
    """The overview as a gemeente publishes it: the main groups' lines bold, merged group titles over two header
    rows, landscape one page wide, the header rows printed on every page."""
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Taakvelden"
    sheet["A1"] = "Gemeente Westerbroek - Jaarrekening 2025"
    sheet["A1"].font = Font(bold=True, size=11)
    sheet["A2"] = "Overzicht van baten en lasten per taakveld"
    sheet["A3"] = "Bedragen x € 1.000"
    sheet["A3"].font = Font(italic=True, size=9)
    top = [["Taakveld", "Omschrijving", "Begroting na wijziging", None, "Realisatie", None, None],
           [None, None, "Lasten", "Baten", "Lasten", "Baten", "Saldo"]]
    for r, row in enumerate(top + lines, start=HEADER):
        main = len(row) > 1 and (row[0] is None or "." not in row[0])
        for c, value in enumerate(row, start=1):
            if value is None:
                continue
            cell = sheet.cell(r, c, value)
            cell.font = Font(size=9, bold=r < HEADER + 2 or main)
            if isinstance(value, int):
                cell.number_format = DUTCH
            if r < HEADER + 2:
                cell.alignment = Alignment(horizontal="center" if c > 2 else "left")
    for span in ("A5:A6", "B5:B6", "C5:D5", "E5:G5"):
        sheet.merge_cells(span)
    sheet.print_title_rows = f"{HEADER}:{HEADER + 1}"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.sheet_view.showGridLines = False
    return finish(sheet, path, widths={"A": 9, "B": 44, **{c: 12 for c in "CDEFG"}})


def row_of(code_or_label: str, lines: list[list]) -> int:
    return HEADER + 2 + next(k for k, row in enumerate(lines) if len(row) > 1 and code_or_label in (row[0], row[1]))


def group(code: str, coded: bool = True) -> str:
    """The main group's line as the audit labels it: its code and its name (its name alone, not `coded`)."""
    return next(f"{c} {name}" if coded else name for c, name, __ in HOOFDTAAKVELDEN if c == code)


VARIANTS = {
    "clean": {},
    # a taakveld's realisatie lasten +1: its Saldo and its main group's line fail (not the grand total)
    "p1": {"plus": {("6.6", 2): 1}},
    # a taakveld deleted: its main group's line exceeds the taakvelden left, in every column where it had figures
    "del": {"deleted": "5.4"},
    # a main group's realisatie lasten +10: it fails against its taakvelden (and against its own Saldo)
    "sub": {"plus": {("2", 2): 10}},
    # the grand total's realisatie baten altered
    "tot": {"plus": {(GRAND, 3): 9000}},
    # the main groups' lines without their codes ('Sociaal domein' over 6.1 ... 6.82): their figures tell
    "uncoded": {"coded": False},
    "del_uncoded": {"deleted": "5.4", "coded": False},
}


@pytest.fixture(scope="module")
def files(tmp_path_factory) -> dict[str, tuple[Path, Path, list[list]]]:
    folder = tmp_path_factory.mktemp("taakvelden_above")
    made = {}
    for name, how in VARIANTS.items():
        lines = rows(how.get("plus", {}), how.get("deleted", ""), how.get("coded", True))
        made[name] = (write(folder / f"taakvelden_above_{name}.xlsx", lines), lines)
    pdfs = print_to_pdf([path for path, __ in made.values()])
    return {name: (path, pdf, lines) for (name, (path, lines)), pdf in zip(made.items(), pdfs)}


def found(report: dict) -> set[tuple[str, str, int, int]]:
    """(label, column, expected, found) of every finding."""
    return {(f["row_label"], f["column"], int(f["expected"]), int(f["found"])) for f in report["findings"]}


def relation(report: dict, total: str) -> list[dict]:
    return [r for t in report["tables"] for r in t["relations"] if r["total"] == total]


def clean_line(code_or_label: str) -> list:
    return next(row for row in rows() if len(row) > 1 and code_or_label in (row[0], row[1]))


def test_the_printed_table_runs_over_pages(files):
    import pdfplumber

    with pdfplumber.open(files["clean"][1]) as pdf:
        assert len(pdf.pages) >= 2
        assert all("Realisatie" in page.extract_text() for page in pdf.pages)


@pytest.mark.parametrize("kind", ["xlsx", "pdf"])
def test_the_clean_table_reads_each_main_group_over_its_taakvelden(files, kind, capsys):
    path = files["clean"][0 if kind == "xlsx" else 1]
    code, report = audited(path, capsys)
    assert code == 0, report["findings"]
    assert not report["findings"] and not report["not_verified"]
    grand = relation(report, GRAND)
    assert len(grand) == 1 and not grand[0]["figures_failing"]
    assert grand[0]["parts"] == [group(c) for c, __, __ in HOOFDTAAKVELDEN]
    for c, __, taakvelden in HOOFDTAAKVELDEN:
        read = relation(report, group(c))
        assert len(read) == 1 and len(read[0]["parts"]) == len(taakvelden) and not read[0]["figures_failing"]


@pytest.mark.parametrize("kind", ["xlsx", "pdf"])
def test_a_taakveld_plus_one_fails_at_its_main_group_and_saldo(files, kind, capsys):
    path, pdf, lines = files["p1"]
    sub, taakveld = clean_line("6"), clean_line("6.6")
    code, report = audited(path if kind == "xlsx" else pdf, capsys)
    assert code == 1
    assert (group("6"), "Realisatie Lasten", sub[4] + 1, sub[4]) in found(report)
    assert not [f for f in report["findings"] if f["row_label"] == GRAND]
    assert {f["row_label"] for f in report["findings"]} == {group("6"), "6.6 Maatwerkvoorzieningen (WMO)"}
    assert not any(r["figures_failing"] for r in relation(report, GRAND))
    if kind == "xlsx":
        assert {f["cell"] for f in report["findings"]} == {f"E{row_of('6', lines)}", f"G{row_of('6.6', lines)}"}
        saldo = next(f for f in report["findings"] if f["cell"] == f"G{row_of('6.6', lines)}")
        assert int(saldo["found"]) == taakveld[6]


@pytest.mark.parametrize("kind", ["xlsx", "pdf"])
def test_a_deleted_taakveld_leaves_its_main_group_over(files, kind, capsys):
    path, pdf, lines = files["del"]
    sub, musea = clean_line("5"), clean_line("5.4")
    code, report = audited(path if kind == "xlsx" else pdf, capsys)
    assert code == 1
    assert found(report) == {(group("5"), column, s - m, s)
                             for column, s, m in zip(COLUMNS, sub[2:], musea[2:]) if m}
    if kind == "xlsx":
        assert {f["cell"][1:] for f in report["findings"]} == {str(row_of("5", lines))}


@pytest.mark.parametrize("kind", ["xlsx", "pdf"])
def test_an_altered_main_group_is_found_at_its_line(files, kind, capsys):
    """A main group's realisatie lasten +10: found at its line against its taakvelden; the grand total over the main
    groups is read (9 parts) and blamed for nothing else than that figure (if at all)."""
    path, pdf, lines = files["sub"]
    sub = clean_line("2")
    code, report = audited(path if kind == "xlsx" else pdf, capsys)
    assert code == 1
    assert (group("2"), "Realisatie Lasten", sub[4], sub[4] + 10) in found(report)
    assert {f["row_label"] for f in report["findings"]} <= {group("2"), GRAND}
    assert all(f["column"] == "Realisatie Lasten" for f in report["findings"] if f["row_label"] == GRAND)
    grand = relation(report, GRAND)
    assert len(grand) == 1 and len(grand[0]["parts"]) == 9
    if kind == "xlsx":
        assert f"E{row_of('2', lines)}" in {f["cell"] for f in report["findings"]}


@pytest.mark.parametrize("kind", ["xlsx", "pdf"])
def test_an_altered_grand_total_is_found_against_the_main_groups(files, kind, capsys):
    """The grand total's realisatie baten +9.000: found against the main groups (not twice them); its realisatie
    saldo across (baten - lasten) fails as printed only through it, a 'follows' finding with the 9.000."""
    path, pdf, lines = files["tot"]
    grand = clean_line(GRAND)
    code, report = audited(path if kind == "xlsx" else pdf, capsys)
    assert code == 1
    assert (GRAND, "Realisatie Baten", grand[5], grand[5] + 9000) in found(report)
    assert {f["row_label"] for f in report["findings"]} == {GRAND}
    assert all(int(f["expected"]) == grand[2 + COLUMNS.index(f["column"])] for f in report["findings"]
               if f["kind"] == "sum")
    saldo = grand[2 + COLUMNS.index("Realisatie Saldo")]
    assert [(f["column"], int(f["expected"]), int(f["found"])) for f in report["findings"] if f["kind"] != "sum"] == \
        [("Realisatie Saldo", saldo + 9000, saldo)]
    if kind == "xlsx":
        assert f"F{row_of(GRAND, lines)}" in {f["cell"] for f in report["findings"]}


@pytest.mark.parametrize("kind", ["xlsx", "pdf"])
def test_main_groups_without_codes_are_read_by_their_figures(files, kind, capsys):
    """The main groups' lines carry their names only ('Sociaal domein' over 6.1 ... 6.82): each makes the sum of the
    coded lines under it, so it is read as their total, and the grand total as the sum of the main groups."""
    path, pdf, lines = files["uncoded"]
    code, report = audited(path if kind == "xlsx" else pdf, capsys)
    assert code == 0, report["findings"]
    assert not report["findings"] and not report["not_verified"]
    grand = relation(report, GRAND)
    assert len(grand) == 1 and not grand[0]["figures_failing"]
    assert grand[0]["parts"] == [group(c, coded=False) for c, __, __ in HOOFDTAAKVELDEN]


@pytest.mark.parametrize("kind", ["xlsx", "pdf"])
def test_a_deleted_taakveld_under_a_main_group_without_code(files, kind, capsys):
    path, pdf, lines = files["del_uncoded"]
    sub, musea = clean_line("5"), clean_line("5.4")
    code, report = audited(path if kind == "xlsx" else pdf, capsys)
    assert code == 1
    assert found(report) == {(group("5", coded=False), column, s - m, s)
                             for column, s, m in zip(COLUMNS, sub[2:], musea[2:]) if m}
