"""Issue 18, point 6: every total that does not add up AS PRINTED is a finding, with its place, label, column,
expected and found, while a wrong figure is still blamed once, where it is wrong.

A wrong subtotal makes its grand total, its saldo and its stand chain's end miss by as much: those totals hold
with the subtotal's true value, so they are not blamed for it (the finding stays at the wrong figure, kind 'sum'),
but they fail as printed: each is a finding of kind 'follows' at its own cell, expected the signed sum of its parts
as printed, with a note naming the wrong total it follows from; its relation never reads 'holds'."""

from __future__ import annotations

import sys
from decimal import Decimal as D
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from published_tables import audited, print_to_pdf, workbook  # noqa: E402
from test_audit_tables import grid_from_text  # noqa: E402

from pyengine.audit import audit  # noqa: E402
from pyengine.audit.begroting import amendment_rules  # noqa: E402
from pyengine.audit.report import to_text  # noqa: E402
from pyengine.audit.tables import audit_grid  # noqa: E402

# 'Totaal baten' typed 500 too high in the Begroting: the saldo under it (baten - lasten) is printed as it was
BATEN_LASTEN = [["Programma", "Begroting 2025", "Realisatie 2025"],
                ["Personeel", 1200, 1250], ["Huisvesting", 300, 310], ["Totaal lasten", 1500, 1560],
                ["Belastingen", 900, 950], ["Uitkering", 700, 690], ["Totaal baten", 1600 + 500, 1640],
                ["Saldo van baten en lasten", 100, 80]]
CLEAN = [row if row[0] != "Totaal baten" else ["Totaal baten", 1600, 1640] for row in BATEN_LASTEN]
# 'Totaal bestemmingsreserves' typed 100 too high in its Toevoegingen: 'Totaal reserves' under it and its own
# stand chain (begin + toevoegingen - onttrekkingen = eind) fail as printed through it
RESERVES = [["Staat van reserves", None, None, None, None],
            ["Reserve", "Saldo 1-1-2025", "Toevoegingen", "Onttrekkingen", "Saldo 31-12-2025"],
            ["Algemene reserve", 5000, 1000, 500, 5500],
            ["Weerstandsreserve", 2000, 0, 300, 1700],
            ["Totaal algemene reserves", 7000, 1000, 800, 7200],
            ["Reserve onderhoud", 1500, 400, 200, 1700],
            ["Reserve automatisering", 800, 100, 250, 650],
            ["Totaal bestemmingsreserves", 2300, 500 + 100, 450, 2350],
            ["Totaal reserves", 9300, 1500, 1250, 9550]]


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    folder = tmp_path_factory.mktemp("volgt")
    widths = {"A": 32, "B": 18, "C": 18, "D": 18, "E": 18}   # (every label and header printed whole)
    books = {name: workbook(folder / f"{name}.xlsx", rows, widths=widths) for name, rows in
             (("baten_lasten", BATEN_LASTEN), ("schoon", CLEAN), ("reserves", RESERVES))}
    pdfs = print_to_pdf(books.values())
    return {**{f"{name}.xlsx": path for name, path in books.items()},
            **{f"{name}.pdf": path for name, path in zip(books, pdfs)}}


def _findings(report):
    return [(f.place, f.row_label, f.column, f.kind, f.expected, f.found) for f in report.findings]


@pytest.mark.parametrize("suffix", ["xlsx", "pdf"])
def test_a_wrong_totaal_baten_is_blamed_and_the_saldo_follows_from_it(files, suffix):
    report = audit(files[f"baten_lasten.{suffix}"])
    where = ("B7", "B8") if suffix == "xlsx" else ("page 1, line 7", "page 1, line 8")
    assert _findings(report) == [
        (where[0], "Totaal baten", "Begroting 2025", "sum", D(1600), D(2100)),
        # the saldo as printed: 2.100 - 1.500 = 600, printed 100 (it holds with Totaal baten's true 1.600)
        (where[1], "Saldo van baten en lasten", "Begroting 2025", "follows", D(600), D(100))]
    saldo = report.findings[1]
    assert saldo.difference == D(-500)
    place = "B7" if suffix == "xlsx" else "page 1, line 7"
    assert saldo.note == f"follows from 'Totaal baten' [Begroting 2025] ({place}): with that figure as its own " \
                         "lines make it, this total holds; the figure printed here is not wrong itself"
    texts = [r.describe() for t in report.tables for r in t.relations]
    assert "row 'Saldo van baten en lasten' = -Totaal lasten, Totaal baten: fails in 1 of 2 as printed, of which 1 " \
           "only through 'Totaal baten'" in texts
    assert not any(text.endswith("holds") and "Saldo" in text for text in texts)
    # 'fails in N' agrees with the findings, and the conclusion says how many follow from others
    assert sum(r.failed for t in report.tables for r in t.relations) == len(report.findings)
    text = to_text(str(files[f"baten_lasten.{suffix}"]), report)
    assert "as a consequence: Saldo van baten en lasten = sum of -Totaal lasten + Totaal baten: as printed its lines " \
           "make 600, here 100 (difference -500)" in text
    assert text.splitlines()[-1] == "2 finding(s); 1 of them only as a consequence of a wrong figure found " \
                                    "elsewhere (a total that fails as printed only through it)"
    assert report.verdict == "findings"


def test_json_gives_the_kind_follows(files, capsys):
    code, report = audited(files["baten_lasten.xlsx"], capsys)
    assert code == 1
    assert [(f["cell"], f["kind"], f["expected"], f["found"], f["difference"]) for f in report["findings"]] == [
        ("B7", "sum", "1600", "2100", "500"), ("B8", "follows", "600", "100", "-500")]
    assert report["findings"][1]["note"].startswith("follows from 'Totaal baten' [Begroting 2025] (B7)")


@pytest.mark.parametrize("suffix", ["xlsx", "pdf"])
def test_a_wrong_subtotal_of_reserves_makes_its_grand_total_and_its_stand_follow(files, suffix):
    report = audit(files[f"reserves.{suffix}"])
    places = ("C8", "E8", "C9") if suffix == "xlsx" else ("page 1, line 8",) * 2 + ("page 1, line 9",)
    assert _findings(report) == [
        (places[0], "Totaal bestemmingsreserves", "Toevoegingen", "sum", D(500), D(600)),
        # its own stand: 2.300 + 600 - 450 = 2.450 as printed, 2.350 printed
        (places[1], "Totaal bestemmingsreserves", "Saldo 31-12-2025", "follows", D(2450), D(2350)),
        # the grand total: 1.000 + 600 = 1.600 as printed, 1.500 printed
        (places[2], "Totaal reserves", "Toevoegingen", "follows", D(1600), D(1500))]
    assert {f.note for f in report.findings[1:]} == {
        f"follows from 'Totaal bestemmingsreserves' [Toevoegingen] ({places[0]}): with that figure as its own "
        "lines make it, this total holds; the figure printed here is not wrong itself"}
    relations = {r.total: r for t in report.tables for r in t.relations}
    assert (relations["Totaal reserves"].failed, relations["Totaal reserves"].follows) == (1, 1)
    assert relations["Totaal reserves"].through == ("Totaal bestemmingsreserves",)
    assert sum(r.failed for r in relations.values()) == len(report.findings)


@pytest.mark.parametrize("suffix", ["xlsx", "pdf"])
def test_a_clean_table_has_no_follows_finding(files, suffix):
    report = audit(files[f"schoon.{suffix}"])
    assert report.findings == () and report.verdict == "clean"
    assert all(r.describe().endswith("holds") for t in report.tables for r in t.relations)


def test_the_amendment_rules_give_a_follows_finding_too():
    """A begrotingswijziging's 'Totaal lasten' typed 100 too high in its Begroting: blamed there; its bijgestelde
    begroting (begroting + wijziging) and the saldo van baten en lasten fail as printed only through it."""
    text = """\tBegroting\tWijziging\tBijgestelde begroting
\t2025\t2025\t2025
LASTEN
Personeel\t1000\t100\t1100
Huisvesting\t500\t0\t500
Totaal lasten\t1600\t100\t1600
BATEN
Bijdrage gemeenten\t-1400\t-100\t-1500
Totaal baten\t-1400\t-100\t-1500
TOTAAL
Saldo van baten en lasten\t100\t0\t100"""
    findings, __, __ = amendment_rules(grid_from_text(text))
    assert [(f.place, f.row_label, f.column, f.kind, f.expected, f.found) for f in findings] == [
        ("B6", "Totaal lasten", "Begroting 2025", "sum", D(1500), D(1600)),
        ("D6", "Totaal lasten", "Bijgestelde begroting 2025", "follows", D(1700), D(1600)),
        ("B11", "Saldo van baten en lasten", "Begroting 2025", "follows", D(200), D(100))]
    assert findings[1].note == "follows from 'Totaal lasten' [Begroting 2025] (B6): with that figure as its own " \
                               "lines make it, this total holds; the figure printed here is not wrong itself"
    assert all(f.follows_from == ((6, 2),) for f in findings[1:])


def test_a_figure_blamed_on_one_axis_is_not_also_a_follows_of_the_other():
    """Two figures typed wrong in a staat van reserves: Algemene reserve's stand E2 (5.600, its row makes 5.500) and
    the grand total's stand E8 (9.650, its row makes 9.550). E8 fails on its row: blamed ('sum'). Down its column it
    also fails as printed (7.200 + 2.350 = 9.550), and would hold with Totaal algemene reserves' true 7.300: that is
    no second finding at E8 (one finding per cell and column), though its column's relation still counts it,
    truly: it fails there as printed, only through 'Totaal algemene reserves'."""
    text = """Reserve\tSaldo 1-1-2025\tToevoegingen\tOnttrekkingen\tSaldo 31-12-2025
Algemene reserve\t5000\t1000\t500\t5600
Weerstandsreserve\t2000\t0\t300\t1700
Totaal algemene reserves\t7000\t1000\t800\t7200
Reserve onderhoud\t1500\t400\t200\t1700
Reserve automatisering\t800\t100\t250\t650
Totaal bestemmingsreserves\t2300\t500\t450\t2350
Totaal reserves\t9300\t1500\t1250\t9650"""
    table = audit_grid(grid_from_text(text))[0]
    assert [(f.place, f.kind, f.expected, f.found) for f in table.findings] == [
        ("E2", "sum", D(5500), D(5600)), ("E4", "follows", D(7300), D(7200)), ("E8", "sum", D(9550), D(9650))]
    assert table.findings[2].check.startswith("Saldo 31-12-2025 = ")  # its row's stand chain
    column = next(r for r in table.relations if r.axis == "row" and r.total == "Totaal reserves")
    assert (column.failed, column.follows, column.through) == (1, 1, ("Totaal algemene reserves",))


def test_in_dutch_a_follows_finding_says_its_own_figure_is_not_wrong_and_names_pdf_places_in_dutch(files):
    """A new user's trial: 'expected 600, found 100' at the saldo read as if the printed 100 were wrong, and the note
    and the table's range named a PDF's places in English inside a Dutch report."""
    from pyengine.i18n import use_language

    with use_language("nl"):
        report = audit(files["baten_lasten.pdf"])
        text = to_text("baten_lasten.pdf", report)
    assert "als gevolg: Saldo van baten en lasten = som van -Totaal lasten + Totaal baten: zoals afgedrukt maken de " \
           "regels 600, hier staat 100 (verschil -500)" in text
    assert "opmerking: volgt uit 'Totaal baten' [Begroting 2025] (pagina 1, regel 7): met dat bedrag zoals de eigen " \
           "regels het maken klopt dit totaal; het bedrag hier is zelf niet fout" in text
    assert "page" not in text and "line" not in text and "pagina 1, regel" in text.splitlines()[1]
    assert text.splitlines()[-1] == "2 bevinding(en); daarvan 1 alleen als gevolg van een elders gevonden fout bedrag " \
                                    "(een totaal dat zoals afgedrukt alleen daardoor niet klopt)"
