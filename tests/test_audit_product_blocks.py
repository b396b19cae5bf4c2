"""An exploitatie per product (a gemeenschappelijke regeling's layout, trial 5 gr2): each product a heading line,
then 'Lasten', 'Baten' and its 'Saldo' (-lasten + baten); a product without baten prints '-' for them; then the
saldo over the products, the bijdragen, the saldo van baten en lasten and the resultaat na bestemming. A '-' is a
figure of 0, a line of the product's saldo (it was read as a heading: the saldo reached over the product's heading
into the product before it, two false findings per column); a heading bounds a saldo's lines; a saldo left with
fewer lines than the other saldi (its Baten line deleted) is read as they are and fails where it should. Each table
typed as a person types it (openpyxl, figures, '-' typed and set right), and printed to PDF by LibreOffice."""

from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl.styles import Alignment

from published_tables import print_named, widths_of, workbook as typed
from pyengine.audit import audit, main as audit_main

D = Decimal
NIL = "-"
HEADER = ["Taakveld", "Realisatie 2023", "Begroting 2024", "Begroting 2025"]
# (heading, saldo label, lasten, baten (None: '-'))
PRODUCTS = [("Taak A Inkoop", "Saldo inkoop", (2400, 2500, 2600), (600, 650, 700)),
            ("Taak B Juridische zaken", "Saldo juridische zaken", (900, 950, 1000), None),
            ("Taak C Archief", "Saldo archief", (1300, 1250, 1200), (200, 250, 300))]


def exploitatie(products=PRODUCTS, deleted: tuple[str, str] | None = None, turned: str = "") -> list[list]:
    """The table's rows; `deleted`: (the product's heading, 'Lasten' or 'Baten'), that line left out (the saldo
    as printed before); `turned`: the heading of a product whose saldo is printed as lasten - baten."""
    rows = [["Exploitatie per taakveld"], ["Bedragen x € 1.000"], [], HEADER]
    saldi = [0, 0, 0]
    for heading, saldo_label, lasten, baten in products:
        saldo = [((b or 0) - l) * (-1 if heading == turned else 1) for l, b in zip(lasten, baten or (0, 0, 0))]
        saldi = [s + x for s, x in zip(saldi, saldo)]
        rows.append([heading])
        if deleted != (heading, "Lasten"):
            rows.append(["Lasten", *lasten])
        if deleted != (heading, "Baten"):
            rows.append(["Baten", *(baten or (NIL,) * 3)])
        rows.append([saldo_label, *saldo])
    bijdragen = [3900, 3850, 3800]
    result = [s + b for s, b in zip(saldi, bijdragen)]
    toevoeging = [-60, -30, NIL]
    rows += [[], ["Saldo taken", *saldi], ["Bijdragen gemeenten", *bijdragen], ["Saldo van baten en lasten", *result],
             ["Toevoeging aan reserves", *toevoeging],
             ["Resultaat na bestemming", *[r + (t if t != NIL else 0) for r, t in zip(result, toevoeging)]]]
    return rows


def workbook(path: Path, rows: list[list]) -> Path:
    def nil_right(cell):
        if cell.value == NIL:
            cell.alignment = Alignment(horizontal="right")   # (a dash set under the figures, as printed)

    return typed(path, rows, widths=widths_of(30, 18, "BCD"), each=nil_right)


def found(path: Path) -> list[tuple]:
    return [(f.place, f.column, f.expected, f.found) for f in audit(path).findings]


def moved(products, heading: str, index: int):
    """The products with the one named moved to `index` (the product with '-' first, in the middle or last)."""
    rest = [p for p in products if p[0] != heading]
    return rest[:index] + [next(p for p in products if p[0] == heading)] + rest[index:]


@pytest.mark.parametrize("index", [0, 1, 2])
def test_a_products_baten_printed_as_dashes_are_a_line_of_0_of_its_saldo(tmp_path, index):
    """Trial 5 gr2 (30 false findings, all five files): 'Baten | - | - | -' under a product's Lasten had no figures,
    so it was a heading; its saldo then reached over the product's heading: 'Saldo bedrijfsvoering = Saldo advies
    - Lasten', and 'Saldo producten' = that saldo alone, failing in every column. The '-' is a figure of 0: the
    saldo is -Lasten + Baten as every other product's, and the saldo over the products holds."""
    products = moved(PRODUCTS, "Taak B Juridische zaken", index)
    path = workbook(tmp_path / "schoon.xlsx", exploitatie(products))
    report = audit(path)
    assert report.findings == () and report.unverified == ()
    assert [t.unchecked for t in report.tables] == [()]
    relations = {r.total: r for r in report.tables[0].relations}
    assert relations["Saldo juridische zaken"].parts == ("-Lasten", "Baten")
    assert relations["Saldo taken"].parts == tuple(p[1] for p in products)
    assert all(r.failed == 0 for r in relations.values())
    assert audit_main(str(path)) == 0


def test_an_altered_saldo_of_a_product_with_dashes_is_found_at_that_saldo(tmp_path):
    """The saldo of the product whose baten are '-', +1 in one column: the finding is there, with -Lasten + 0; the
    saldo over the products adds up with its true value (not blamed: it fails as printed, its products as printed
    making 1 more, a 'follows' finding naming that saldo)."""
    rows = [row[:2] + [row[2] + 1] + row[3:] if row and row[0] == "Saldo juridische zaken" else row
            for row in exploitatie()]
    path = workbook(tmp_path / "plus1.xlsx", rows)
    assert found(path) == [("C12", "Begroting 2024", D(-950), D(-949)), ("C18", "Begroting 2024", D(-3799), D(-3800))]
    report = audit(path)
    assert [f.kind for f in report.findings] == ["sum", "follows"]
    assert report.findings[1].note.startswith("follows from 'Saldo juridische zaken' [Begroting 2024] (C12)")
    assert audit_main(str(path)) == 1


@pytest.mark.parametrize("heading, line, row, expected, printed", [
    # the first product's Baten deleted: its saldo is -Lasten alone (trial 5 gr2__delete: nothing was reported)
    ("Taak A Inkoop", "Baten", 7, (-2400, -2500, -2600), (-1800, -1850, -1900)),
    # the last product's Lasten deleted: its saldo is its Baten alone
    ("Taak C Archief", "Lasten", 15, (200, 250, 300), (-1100, -1000, -900)),
])
def test_a_product_saldo_left_with_one_line_by_a_deleted_one_is_read_like_the_other_saldi(
        tmp_path, heading, line, row, expected, printed):
    """A line of a product deleted: its saldo has one line left under its heading, so no saldo of two lines or more
    is there to find (it was NOT verified, or with the first product's Baten deleted, nothing at all). The other
    products' saldi are -Lasten + Baten: the line left is read with the sign its name has there, and the saldo
    fails in every column, a finding at each figure with what that line makes of it."""
    path = workbook(tmp_path / "weg.xlsx", exploitatie(deleted=(heading, line)))
    report = audit(path)
    assert found(path) == [(f"{letter}{row}", column, D(e), D(p))
                           for letter, column, e, p in zip("BCD", HEADER[1:], expected, printed)]
    assert report.unverified == ()
    relation = next(r for r in report.tables[0].relations if r.total == PRODUCTS[0 if row == 7 else 2][1])
    assert (relation.rule, relation.parts, relation.failed) == (
        "like the other saldi", ("-Lasten",) if line == "Baten" else ("Baten",), 3)
    assert audit_main(str(path)) == 1


@pytest.mark.parametrize("heading, line, row, expected, printed", [
    ("Taak A Inkoop", "Baten", 7, (-2400, -2500, -2600), (-1800, -1850, -1900)),
    ("Taak B Juridische zaken", "Lasten", 11, (0, 0, 0), (-900, -950, -1000)),   # its Baten are '-': 0
    ("Taak C Archief", "Lasten", 15, (200, 250, 300), (-1100, -1000, -900)),
])
def test_a_bare_saldo_left_with_one_line_reaches_over_no_heading(tmp_path, heading, line, row, expected, printed):
    """Each product's saldo printed as a bare 'Saldo' (its label names nothing of its heading): with a line of a
    product deleted, the saldo reached over the product's heading to the saldo before it ('Saldo = Saldo - Baten'),
    and the saldo over the products then failed too. Its one line is named as a line of the saldi above it: it is
    read like them, within its heading, a finding there and nowhere else."""
    bare = [(h, "Saldo", lasten, baten) for h, __, lasten, baten in PRODUCTS]
    path = workbook(tmp_path / "kaal.xlsx", exploitatie(bare, deleted=(heading, line)))
    assert found(path) == [(f"{letter}{row}", column, D(e), D(p))
                           for letter, column, e, p in zip("BCD", HEADER[1:], expected, printed)]
    assert audit(path).unverified == () and audit_main(str(path)) == 1


def test_a_product_printed_without_a_baten_line_is_checked_like_the_others(tmp_path):
    """A product that prints no Baten line at all (its saldo is -Lasten): held to its Lasten like the other saldi,
    clean, exit 0 (it was NOT verified: exit 1 on a table that adds up)."""
    path = workbook(tmp_path / "zonder-baten.xlsx", exploitatie(deleted=("Taak B Juridische zaken", "Baten")))
    report = audit(path)
    assert report.findings == () and report.unverified == ()
    relation = next(r for r in report.tables[0].relations if r.total == "Saldo juridische zaken")
    assert (relation.rule, relation.parts, relation.failed) == ("like the other saldi", ("-Lasten",), 0)
    assert audit_main(str(path)) == 0


def test_a_saldo_with_one_line_is_not_read_like_saldi_that_take_that_line_either_way(tmp_path):
    """Where the table's saldi take a line of that name with both signs (one product's 'Lasten' added, another's
    taken off), no sign is meant: the saldo with one line left stays NOT verified, not a finding."""
    rows = exploitatie(deleted=("Taak A Inkoop", "Baten"), turned="Taak C Archief")
    report = audit(workbook(tmp_path / "beide.xlsx", rows))
    assert [f for f in report.findings if f.row_label == "Saldo inkoop"] == []
    assert [u[0] for t in report.tables for u in t.unverified] == ["Saldo inkoop"]


# ---------------------------------------------------------------------------------------------------------------
# The same tables printed to PDF by LibreOffice

# a product's heading long enough to run on over the empty cells beside it, most of the way to the figures
LONG = PRODUCTS[:2] + [("Taak C Archief en documentaire informatie", "Saldo archief en documentaire informatie",
                        *PRODUCTS[2][2:])]


@pytest.fixture(scope="module")
def printed(tmp_path_factory):
    folder = tmp_path_factory.mktemp("producten")
    tables = {"schoon": exploitatie(), "baten weg": exploitatie(deleted=("Taak A Inkoop", "Baten")),
              "lange kop": exploitatie(LONG, deleted=(LONG[2][0], "Baten"))}
    sources = {name: workbook(folder / f"tabel{i}.xlsx", rows) for i, (name, rows) in enumerate(tables.items())}
    return print_named(sources)


def test_product_blocks_printed_to_pdf_are_read_as_in_the_workbook(printed):
    clean = printed["schoon"]
    report = audit(clean)
    assert report.findings == () and report.unverified == ()
    assert next(r for r in report.tables[0].relations if r.total == "Saldo juridische zaken").parts == (
        "-Lasten", "Baten")
    assert audit_main(str(clean)) == 0
    deleted = printed["baten weg"]
    assert found(deleted) == [("page 1, line 6", column, D(e), D(p))
                              for column, e, p in zip(HEADER[1:], (-2400, -2500, -2600), (-1800, -1850, -1900))]
    assert audit_main(str(deleted)) == 1


def test_a_long_product_heading_printed_to_pdf_is_a_heading_not_the_first_line_of_the_label_under_it(printed):
    """A heading that runs on most of the way to the figures read as a label wrapped onto the line under it ('Product 3
    Advies en specialistische taken Lasten'): the product lost its heading, and with its Baten deleted the saldo
    reached over it into the products before it (three findings with a wrong sum there, three false ones at the
    saldo over the products). 'Lasten' starts with a capital, as no wrapped text goes on: the heading stands, the
    saldo is -Lasten as the others read, a finding at each of its figures and nowhere else. (The saldo's label is
    cut short by its cell in print, 'Saldo archief en documentaire informa'.)"""
    report = audit(printed["lange kop"])
    assert [(f.place, f.row_label, f.column, f.expected, f.found) for f in report.findings] == [
        ("page 1, line 14", "Saldo archief en documentaire informa", column, D(e), D(p))
        for column, e, p in zip(HEADER[1:], (-1300, -1250, -1200), (-1100, -1000, -900))]
    assert "Lasten" in [r.parts[0][1:] for r in report.tables[0].relations
                        if r.total == "Saldo archief en documentaire informa"]


def test_a_saldo_made_in_every_figure_by_lines_across_its_heading_is_still_that_saldo(tmp_path):
    """The rule reads a saldo's one line like the saldi above only where nothing else makes it: a 'Saldo' under a
    heading of its own over the product's saldo above the heading and its one 'Baten' line, holding in every
    figure, stays that sum (clean), not 'Saldo = Baten' failing in every figure."""
    rows = [["Exploitatie"], ["Bedragen x € 1.000"], [], HEADER[:3],
            ["Product 1 Toezicht"], ["Lasten", 700, 750], ["Baten", 100, 120], ["Saldo toezicht", -600, -630],
            ["Dekking"], ["Baten", 650, 700], ["Saldo", 50, 70]]
    path = workbook(tmp_path / "dekking.xlsx", rows)
    report = audit(path)
    assert report.findings == () and report.unverified == ()
    assert [r.parts for r in report.tables[0].relations if r.total == "Saldo"] == [("Saldo toezicht", "Baten")]
    assert audit_main(str(path)) == 0
