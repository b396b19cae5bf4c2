"""pyengine audit on a gemeente's 'Overzicht van baten en lasten per taakveld' (BBV, x € 1.000): the taakvelden
0.1 ... 8.3 with their codes in a column of their own ('0.1', '0.10', '6.71'), each hoofdtaakveld's subtotal BELOW
its taakvelden, coded with the hoofdtaakveld's number ('6 | Totaal Sociaal domein'), then a grand 'Totaal
taakvelden'. Columns: 'Begroting na wijziging' and 'Realisatie' (merged) each over Lasten | Baten | Saldo. The
print runs over three pages, the two header rows repeated on each (print titles), a footer on each page.

A line's code is no word of its label: '6 Totaal Sociaal domein' is called a total as 'Totaal Sociaal domein' is,
so the grand total is read over the subtotals (not over the taakvelden and their subtotals both, twice its figure),
and a subtotal altered, or a taakveld deleted or altered, is found where it is."""

import random
from pathlib import Path

import openpyxl
import pytest
from openpyxl.styles import Alignment, Font

from published_tables import DUTCH, audited, finish, print_to_pdf

HOOFDTAAKVELDEN = [
    ("0", "Bestuur en ondersteuning", [("0.1", "Bestuur"), ("0.2", "Burgerzaken"), ("0.3", "Beheer overige gebouwen"),
                                       ("0.4", "Overhead"), ("0.5", "Treasury"), ("0.61", "OZB woningen"),
                                       ("0.62", "OZB niet-woningen"), ("0.63", "Parkeerbelasting"),
                                       ("0.64", "Belastingen overig"), ("0.7", "Algemene uitkering gemeentefonds"),
                                       ("0.8", "Overige baten en lasten"), ("0.10", "Mutaties reserves")]),
    ("1", "Veiligheid", [("1.1", "Crisisbeheersing en brandweer"), ("1.2", "Openbare orde en veiligheid")]),
    ("2", "Verkeer, vervoer en waterstaat", [("2.1", "Verkeer en vervoer"), ("2.2", "Parkeren"),
                                             ("2.4", "Economische havens en waterwegen"), ("2.5", "Openbaar vervoer")]),
    ("3", "Economie", [("3.1", "Economische ontwikkeling"), ("3.2", "Fysieke bedrijfsinfrastructuur"),
                       ("3.3", "Bedrijvenloket en bedrijfsregelingen"), ("3.4", "Economische promotie")]),
    ("4", "Onderwijs", [("4.1", "Openbaar basisonderwijs"), ("4.2", "Onderwijshuisvesting"),
                        ("4.3", "Onderwijsbeleid en leerlingzaken")]),
    ("5", "Sport, cultuur en recreatie", [("5.1", "Sportbeleid en activering"), ("5.2", "Sportaccommodaties"),
                                          ("5.3", "Cultuurpresentatie en cultuurparticipatie"), ("5.4", "Musea"),
                                          ("5.5", "Cultureel erfgoed"), ("5.6", "Media"),
                                          ("5.7", "Openbaar groen en (openlucht) recreatie")]),
    ("6", "Sociaal domein", [("6.1", "Samenkracht en burgerparticipatie"), ("6.2", "Wijkteams"),
                             ("6.3", "Inkomensregelingen"), ("6.4", "Begeleide participatie"),
                             ("6.5", "Arbeidsparticipatie"), ("6.6", "Maatwerkvoorzieningen (WMO)"),
                             ("6.71", "Maatwerkdienstverlening 18+"), ("6.72", "Maatwerkdienstverlening 18-"),
                             ("6.81", "Geëscaleerde zorg 18+"), ("6.82", "Geëscaleerde zorg 18-")]),
    ("7", "Volksgezondheid en milieu", [("7.1", "Volksgezondheid"), ("7.2", "Riolering"), ("7.3", "Afval"),
                                        ("7.4", "Milieubeheer"), ("7.5", "Begraafplaatsen en crematoria")]),
    ("8", "Volkshuisvesting en stedelijke vernieuwing", [("8.1", "Ruimtelijke ordening"),
                                                         ("8.2", "Grondexploitatie"), ("8.3", "Wonen en bouwen")]),
]
HEADER = 5  # the two header rows: 5 and 6; the lines from row 7


def figures() -> dict[str, list[int]]:
    """Per taakveld: begroting lasten, baten; realisatie lasten, baten (fixed by the seed)."""
    rnd = random.Random(16)
    out = {}
    for __, __, taakvelden in HOOFDTAAKVELDEN:
        for code, __ in taakvelden:
            out[code] = [rnd.randint(30, 9000), rnd.randint(0, 6000) if rnd.random() < .85 else 0,
                         rnd.randint(30, 9000), rnd.randint(0, 6000) if rnd.random() < .85 else 0]
    return out


def with_saldi(lasten: int, baten: int, r_lasten: int, r_baten: int) -> list[int]:
    return [lasten, baten, baten - lasten, r_lasten, r_baten, r_baten - r_lasten]


def added(lines: list[list[int]]) -> list[int]:
    return [sum(column) for column in zip(*lines)]


def rows(plus: dict[tuple[str, int], int] = {}, deleted: str = "") -> list[list]:
    """The table's rows from row 7 down: [code, label, six figures] or an empty row; `plus`: (code or label, column
    0..5) -> added to that printed figure (the sums are of the clean figures); `deleted`: a taakveld's code left out
    (its hoofdtaakveld's subtotal still counts it)."""
    given = figures()
    out, subtotals = [], []
    for code, name, taakvelden in HOOFDTAAKVELDEN:
        lines = {c: with_saldi(*given[c]) for c, __ in taakvelden}
        out += [[c, label, *lines[c]] for c, label in taakvelden if c != deleted]
        subtotals.append(added(list(lines.values())))
        out.append([code, f"Totaal {name}", *subtotals[-1]])
        out.append([])
    out.append([None, "Totaal taakvelden", *added(subtotals)])
    for row in out:
        for column in range(6):
            if row and (row[0], column) in plus:
                row[2 + column] += plus[(row[0], column)]
            if row and (row[1], column) in plus:
                row[2 + column] += plus[(row[1], column)]
    return out


def write(path: Path, lines: list[list]) -> Path:
    """The annex as a gemeente publishes it: merged group titles over two header rows, 9 pt, landscape one page
    wide, the header rows printed on every page, a footer."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Taakvelden"
    sheet["A1"] = "Gemeente Oostervoort - Jaarstukken 2025"
    sheet["A1"].font = Font(bold=True, size=11)
    sheet["A2"] = "Overzicht van baten en lasten per taakveld"
    sheet["A3"] = "Bedragen x € 1.000"
    sheet["A3"].font = Font(italic=True, size=9)
    top = [["Taakveld", "Omschrijving", "Begroting na wijziging", None, None, "Realisatie", None, None],
           [None, None, "Lasten", "Baten", "Saldo", "Lasten", "Baten", "Saldo"]]
    for r, row in enumerate(top + lines, start=HEADER):
        total = len(row) > 1 and isinstance(row[1], str) and row[1].startswith("Totaal")
        for c, value in enumerate(row, start=1):
            if value is None:
                continue
            cell = sheet.cell(r, c, value)
            cell.font = Font(size=9, bold=r < HEADER + 2 or total)
            if isinstance(value, int):
                cell.number_format = DUTCH
            if r < HEADER + 2:
                cell.alignment = Alignment(horizontal="center" if c > 2 else "left")
    for span in ("A5:A6", "B5:B6", "C5:E5", "F5:H5"):
        sheet.merge_cells(span)
    sheet.print_title_rows = f"{HEADER}:{HEADER + 1}"
    sheet.oddFooter.left.text = "Jaarstukken 2025"
    sheet.oddFooter.right.text = "Pagina &P van &N"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.sheet_view.showGridLines = False
    return finish(sheet, path, widths={"A": 9, "B": 44, **{c: 11 for c in "CDEFGH"}})


def row_of(label: str, lines: list[list]) -> int:
    return HEADER + 2 + next(k for k, row in enumerate(lines) if len(row) > 1 and label in (row[0], row[1]))


VARIANTS = {
    "clean": {},
    # a subtotal +10: it fails against its taakvelden, and so does the grand total against the subtotals
    "sub": {"plus": {("Totaal Verkeer, vervoer en waterstaat", 0): 10}},
    # a taakveld's realisatie lasten +1: its Saldo and its hoofdtaakveld's subtotal fail (not the grand total)
    "p1": {"plus": {("6.6", 3): 1}},
    # a taakveld deleted: its hoofdtaakveld's subtotal exceeds the taakvelden left, in every column
    "del": {"deleted": "5.4"},
    # the grand total's realisatie baten altered
    "tot": {"plus": {("Totaal taakvelden", 4): 9000}},
}


@pytest.fixture(scope="module")
def files(tmp_path_factory) -> dict[str, tuple[Path, Path, list[list]]]:
    folder = tmp_path_factory.mktemp("taakvelden")
    made = {}
    for name, how in VARIANTS.items():
        lines = rows(how.get("plus", {}), how.get("deleted", ""))
        made[name] = (write(folder / f"taakvelden_{name}.xlsx", lines), lines)
    pdfs = print_to_pdf([path for path, __ in made.values()])
    return {name: (path, pdf, lines) for (name, (path, lines)), pdf in zip(made.items(), pdfs)}


def found(report: dict) -> set[tuple[str, str, int, int]]:
    """(label, column, expected, found) of every finding."""
    return {(f["row_label"], f["column"], int(f["expected"]), int(f["found"])) for f in report["findings"]}


def at(report: dict, label: str) -> list[dict]:
    return [f for f in report["findings"] if f["row_label"].endswith(label)]


def test_the_printed_table_runs_over_three_pages(files):
    import pdfplumber

    with pdfplumber.open(files["clean"][1]) as pdf:
        assert len(pdf.pages) >= 3
        assert all("Realisatie" in page.extract_text() for page in pdf.pages)


@pytest.mark.parametrize("kind", ["xlsx", "pdf"])
def test_the_clean_table_adds_up_over_the_subtotals(files, kind, capsys):
    path = files["clean"][0 if kind == "xlsx" else 1]
    code, report = audited(path, capsys)
    assert code == 0, report["findings"]
    assert not report["findings"] and not report["not_verified"]
    grand = [r for t in report["tables"] for r in t["relations"] if r["total"] == "Totaal taakvelden"]
    assert len(grand) == 1 and len(grand[0]["parts"]) == 9 and not grand[0]["figures_failing"]
    assert all("Totaal" in part for part in grand[0]["parts"])


@pytest.mark.parametrize("kind", ["xlsx", "pdf"])
def test_an_altered_subtotal_is_the_finding_and_the_grand_total_over_it_is_not_blamed(files, kind, capsys):
    """A subtotal +10: it fails against its taakvelden. The grand total adds up to what the subtotals should have
    been (and so does the subtotal's Saldo, Baten - Lasten): not blamed for it, one error found once. As printed
    both fail (by 10) only through it: a 'follows' finding each, no 'sum' one."""
    path, pdf, lines = files["sub"]
    clean = {row[1]: row for row in rows() if len(row) > 1}
    sub = clean["Totaal Verkeer, vervoer en waterstaat"]
    total = clean["Totaal taakvelden"]
    code, report = audited(path if kind == "xlsx" else pdf, capsys)
    assert code == 1
    assert found(report) == {("2 Totaal Verkeer, vervoer en waterstaat", "Begroting na wijziging Lasten", sub[2],
                              sub[2] + 10),
                             ("2 Totaal Verkeer, vervoer en waterstaat", "Begroting na wijziging Saldo", sub[4] - 10,
                              sub[4]),
                             ("Totaal taakvelden", "Begroting na wijziging Lasten", total[2] + 10, total[2])}
    assert sorted((f["row_label"], f["kind"]) for f in report["findings"]) == [
        ("2 Totaal Verkeer, vervoer en waterstaat", "follows"), ("2 Totaal Verkeer, vervoer en waterstaat", "sum"),
        ("Totaal taakvelden", "follows")]
    grand = [r for t in report["tables"] for r in t["relations"] if r["total"] == "Totaal taakvelden"]
    assert len(grand) == 1 and len(grand[0]["parts"]) == 9 and grand[0]["figures_failing"] == 1
    assert grand[0]["text"].endswith("of which 1 only through '2 Totaal Verkeer, vervoer en waterstaat'")
    if kind == "xlsx":
        assert report["findings"][0]["cell"] == f"C{row_of('2', lines)}"


@pytest.mark.parametrize("kind", ["xlsx", "pdf"])
def test_a_taakveld_plus_one_fails_at_its_subtotal_and_saldo(files, kind, capsys):
    path, pdf, lines = files["p1"]
    clean = {row[1]: row for row in rows() if len(row) > 1}
    sub = clean["Totaal Sociaal domein"]
    code, report = audited(path if kind == "xlsx" else pdf, capsys)
    assert code == 1
    subtotal = at(report, "Totaal Sociaal domein")
    assert [(int(f["expected"]), int(f["found"])) for f in subtotal] == [(sub[5] + 1, sub[5])]
    assert not at(report, "Totaal taakvelden")
    if kind == "xlsx":
        assert subtotal[0]["cell"] == f"F{row_of('6', lines)}"
        assert {f["cell"] for f in report["findings"]} == {f"F{row_of('6', lines)}", f"H{row_of('6.6', lines)}"}


@pytest.mark.parametrize("kind", ["xlsx", "pdf"])
def test_a_deleted_taakveld_leaves_its_subtotal_short(files, kind, capsys):
    path, pdf, lines = files["del"]
    clean = {row[0]: row for row in rows() if row}
    sub, musea = clean["5"], clean["5.4"]
    code, report = audited(path if kind == "xlsx" else pdf, capsys)
    assert code == 1
    subtotal = at(report, "Totaal Sport, cultuur en recreatie")
    assert sorted((int(f["expected"]), int(f["found"])) for f in subtotal) == \
        sorted((s - m, s) for s, m in zip(sub[2:], musea[2:]) if m)
    assert len(report["findings"]) == len(subtotal)


@pytest.mark.parametrize("kind", ["xlsx", "pdf"])
def test_an_altered_grand_total_is_found_against_the_subtotals(files, kind, capsys):
    """The grand total's realisatie baten +9.000: found against the subtotals (not twice them); its Saldo adds up to
    what the true baten make, so it is not blamed for it: as printed it is 9.000 off, a 'follows' finding."""
    path, pdf, lines = files["tot"]
    clean = {row[1]: row for row in rows() if len(row) > 1}
    grand = clean["Totaal taakvelden"]
    code, report = audited(path if kind == "xlsx" else pdf, capsys)
    assert code == 1
    assert found(report) == {("Totaal taakvelden", "Realisatie Baten", grand[6], grand[6] + 9000),
                             ("Totaal taakvelden", "Realisatie Saldo", grand[7] + 9000, grand[7])}
    assert [f["kind"] for f in report["findings"]] == ["sum", "follows"]
    if kind == "xlsx":
        assert report["findings"][0]["cell"] == f"G{row_of('Totaal taakvelden', lines)}"
