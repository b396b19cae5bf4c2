"""Saldo lines that are items, and saldi whose figures carry their signs (issue 18, trial18 t06 and t09). Typed tables
(openpyxl, no formulas), xlsx and the PDF LibreOffice prints.

- A gemeente's overzicht algemene dekkingsmiddelen: lokale heffingen and their total, then algemene uitkering,
  dividend, 'Saldo financieringsfunctie' (a net amount, negative), onvoorzien, and the grand total of them all. The
  saldo is a line of that total, printed beside the lines that could be its parts and counted with them: no saldo
  of them (it was NOT verified: 'called a total, but no lines before it add up to it', the clean file exit 1).
  A saldo of its lines with one of them deleted, under which a resultaat takes the saldo in place of its lines,
  stays NOT verified.
- A raadsvoorstel's begrotingswijziging (lasten +, baten -, each figure signed as it counts): the programmes'
  subtotal, 'Onttrekking algemene reserve (baten)' and 'Toevoeging reserve sociaal domein (lasten)', shown in 2026
  only (0 after), and 'Saldo begrotingswijziging' = their sum. The saldo typed wrong in 2026 is a finding of the lines
  as printed (expected 0), not of the toevoeging taken off because the years where it is 0 fit either sign (it was
  'expected -500.000')."""

from decimal import Decimal
from pathlib import Path

import pytest

from published_tables import print_named, widths_of, workbook as typed
from pyengine.audit import audit, main as audit_main
from test_audit_tables import soffice

D = Decimal
HEFFINGEN = [("OZB eigenaren woningen", 9412, 9601, 9793), ("OZB niet-woningen", 5382, 5490, 5600),
             ("Toeristenbelasting", 685, 699, 713), ("Hondenbelasting", 212, 212, 0)]


def dekkingsmiddelen(saldo_label: str = "Saldo financieringsfunctie", total_change: tuple[int, int] | None = None
                     ) -> list[list]:
    """The overzicht from its title down (x € 1.000); `total_change`: (year column 1..3, amount) added to the grand
    total's figure there."""
    heffingen = [sum(line[k] for line in HEFFINGEN) for k in (1, 2, 3)]
    items = [("Algemene uitkering gemeentefonds", 61874, 62310, 61955), ("Dividend", 1140, 1140, 1095),
             (saldo_label, -386, -512, -644), ("Onvoorzien", -150, -150, -150)]
    total = [heffingen[k] + sum(line[k + 1] for line in items) for k in range(3)]
    if total_change:
        total[total_change[0] - 1] += total_change[1]
    return [["Gemeente Beekdal (fictief)"], ["Programmabegroting 2026-2029: overzicht algemene dekkingsmiddelen"],
            ["(x € 1.000)"], [],
            ["Algemene dekkingsmiddelen", "Begroting 2026", "Raming 2027", "Raming 2028"],
            ["Lokale heffingen"], *[list(line) for line in HEFFINGEN], ["Totaal lokale heffingen", *heffingen], [],
            *[list(line) for line in items], [], ["Totaal algemene dekkingsmiddelen", *total]]


# a saldo of its lines (opbrengst less kosten), one of them deleted, and the resultaat that takes it with the reserve
LEGES = [["Gemeente Beekdal (fictief)"], ["Leges omgevingsvergunningen"], ["(x € 1.000)"], [],
         ["Omschrijving", "Begroting 2026", "Raming 2027"],
         ["Opbrengst leges", 500, 520], ["Saldo leges", 80, 90], [],
         ["Onttrekking egalisatiereserve", 20, 20], ["Resultaat", 100, 110]]

PROGRAMMES = [("1 Veiligheid", [("Uitbreiding boa-capaciteit (lasten)", 142000, 142000, 142000),
                                ("Rijksbijdrage verkeersveiligheid (baten)", -210000, 0, 0)]),
              ("6 Sociaal domein", [("Jeugdhulp: hogere volumes (lasten)", 1250000, 900000, 750000),
                                    ("Rijksbijdrage BUIG (baten)", -422500, 0, 0)]),
              ("0 Bestuur en ondersteuning", [("Cao-ontwikkeling personeel (lasten)", 624000, 641000, 658000),
                                              ("Algemene uitkering meicirculaire (baten)", -1105800, -1276400,
                                               -1311900)])]


def wijziging(saldo_change: int = 0) -> list[list]:
    """The begrotingswijziging from its title down (euros, signed); `saldo_change` added to the saldo's 2026."""
    rows = [["Gemeente Heuvelrug-Oost (fictief)"], ["Raadsvoorstel: 4e begrotingswijziging 2026"],
            ["Bedragen in euro's; lasten +, baten -"], [], ["Programma / omschrijving", "2026", "2027", "2028"]]
    lines = []
    for heading, items in PROGRAMMES:
        rows.append([heading])
        rows += [list(item) for item in items]
        lines += items
    subtotal = [sum(line[k] for line in lines) for k in (1, 2, 3)]
    ontrekking, toevoeging = [-subtotal[0] - 250000, 0, 0], [250000, 0, 0]
    saldo = [s + o + t for s, o, t in zip(subtotal, ontrekking, toevoeging)]
    saldo[0] += saldo_change
    return rows + [[], ["Subtotaal mutaties programma's", *subtotal], [], ["Mutaties reserves"],
                   ["Onttrekking algemene reserve (baten)", *ontrekking],
                   ["Toevoeging reserve sociaal domein (lasten)", *toevoeging], [],
                   ["Saldo begrotingswijziging", *saldo]]


def workbook(path: Path, rows: list[list]) -> Path:
    return typed(path, rows, widths=widths_of(44, 15, "BCD"), orientation="portrait",
                 figures=lambda r, c, value: isinstance(value, int) and r > 5)


SALDO_LABELS = ("Saldo financieringsfunctie", "Saldo treasury", "Saldo van kostenplaatsen")


@pytest.mark.parametrize("label", SALDO_LABELS)
def test_a_saldo_printed_as_a_line_of_the_dekkingsmiddelen_is_a_line_of_their_total(tmp_path, label):
    path = workbook(tmp_path / "dekking.xlsx", dekkingsmiddelen(label))
    report = audit(path)
    # (was: NOT verified 'Saldo financieringsfunctie': 'no lines before it add up to it (2 line(s) could be its
    # parts)', exit 1)
    assert (report.findings, report.unverified, report.verdict) == ((), (), "clean")
    totals = {r.total: r for t in report.tables for r in t.relations}
    assert totals["Totaal algemene dekkingsmiddelen"].parts == (
        "Totaal lokale heffingen", "Algemene uitkering gemeentefonds", "Dividend", label, "Onvoorzien")
    assert totals["Totaal algemene dekkingsmiddelen"].failed == 0 and label not in totals
    assert audit_main(str(path)) == 0


def test_the_grand_total_typed_wrong_is_found_and_its_saldo_line_still_read_as_a_line(tmp_path):
    path = workbook(tmp_path / "dekking_tot.xlsx", dekkingsmiddelen(total_change=(2, 250)))
    report = audit(path)
    assert [(f.cell, f.column, f.expected, f.found) for f in report.findings] == [
        ("C18", "Raming 2027", D(78790), D(79040))]
    assert report.unverified == ()
    assert audit_main(str(path)) == 1


def test_a_saldo_of_its_lines_with_one_deleted_stays_not_verified(tmp_path):
    path = workbook(tmp_path / "leges.xlsx", LEGES)
    report = audit(path)
    assert report.findings == ()
    assert [u[0] for u in report.unverified] == ["Saldo leges"]
    assert audit_main(str(path)) == 1


def test_a_saldo_of_signed_lines_wrong_where_a_reserve_shows_is_their_sum_as_printed(tmp_path):
    clean = audit(workbook(tmp_path / "bw.xlsx", wijziging()))
    assert (clean.findings, clean.unverified, clean.verdict) == ((), (), "clean")
    path = workbook(tmp_path / "bw_tot.xlsx", wijziging(100000))
    report = audit(path)
    # (was: expected -500,000: the toevoeging taken off, as the years where it is 0 fit either sign)
    assert [(f.cell, f.column, f.expected, f.found) for f in report.findings] == [
        ("B22", "2026", D(0), D(100000))]
    saldo = next(r for t in report.tables for r in t.relations if r.total == "Saldo begrotingswijziging")
    assert saldo.parts == ("Subtotaal mutaties programma's", "Onttrekking algemene reserve (baten)",
                           "Toevoeging reserve sociaal domein (lasten)")
    assert audit_main(str(path)) == 1


@pytest.fixture(scope="module")
def printed(tmp_path_factory):
    if soffice() is None:
        pytest.skip("LibreOffice not installed")
    folder = tmp_path_factory.mktemp("saldo_items")
    sources = {"dekking": workbook(folder / "dekking.xlsx", dekkingsmiddelen()),
               "dekking_tot": workbook(folder / "dekking_tot.xlsx", dekkingsmiddelen(total_change=(2, 250))),
               "bw_tot": workbook(folder / "bw_tot.xlsx", wijziging(100000))}
    return print_named(sources)


def test_the_printed_tables_read_as_the_workbooks(printed):
    clean = audit(printed["dekking"])
    assert (clean.findings, clean.unverified, clean.verdict) == ((), (), "clean")
    assert audit_main(str(printed["dekking"])) == 0
    total = audit(printed["dekking_tot"])
    assert [(f.column, f.row_label, f.expected, f.found) for f in total.findings] == [
        ("Raming 2027", "Totaal algemene dekkingsmiddelen", D(78790), D(79040))]
    assert total.unverified == ()
    saldo = audit(printed["bw_tot"])
    assert [(f.column, f.row_label, f.expected, f.found) for f in saldo.findings] == [
        ("2026", "Saldo begrotingswijziging", D(0), D(100000))]
