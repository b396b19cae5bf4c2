"""pyengine audit on four kinds of published tables (issue 18), each in two layouts, as a workbook and as the PDF
LibreOffice prints of it:
- a numbered calculation (Nr 1..5 left of the labels) closing with an unnumbered saldo: with a numbered line
  deleted (1, 2, 4, 5), the saldo is found short of the lines left, not 'nothing checked';
- a staat van reserves whose algemene reserve's line is deleted: 'Totaal reserves' after an empty row is found
  short of the bestemmingsreserves' total;
- a balans with 'Eigen vermogen' a subtotal inside the vaste passiva: a reserve altered is found at the eigen
  vermogen, a line after it deleted at the block's total with its lines' sum (not the reserves counted twice);
- baten en lasten per taakveld, each programme's number on its heading row after an empty row: one table, so the
  saldo column (baten - lasten) is checked on every line and a line's altered lasten found in its saldo too."""

from decimal import Decimal
from pathlib import Path

import pytest

from published_tables import print_named, workbook as typed
from pyengine.audit import audit

D = Decimal

EMU = [["Provincie (fictief)"], ["Berekening EMU-saldo (x € 1.000)"], [],
       ["Nr", "Omschrijving", "Rekening 2025", "Begroting 2026", "Begroting 2027"],
       ["1", "Exploitatiesaldo voor toevoeging aan reserves", 2496, 1947, 3739],
       ["2", "Mutatie (im)materiële vaste activa", -16907, -22275, -11542],
       ["3", "Mutatie voorzieningen", 278, 188, -827],
       ["4", "Mutatie voorraden", -2833, -423, 1970],
       ["5", "Verwachte boekwinst bij verkoop", -591, -691, -52],
       [], [None, "Berekend EMU-saldo", -17557, -21254, -6712], [],
       ["Een negatief bedrag verslechtert het EMU-saldo."]]
# numbers in the label, two columns, the saldo right under its lines
STRUCTUREEL = [["Gemeenschappelijke regeling (fictief)"], ["Structureel saldo (bedragen in euro's)"], [],
               ["Onderdeel", "Begroting 2026", "Begroting 2027"],
               ["1. Saldo van baten en lasten", 412500, 388100],
               ["2. Incidentele lasten", 96000, 41000],
               ["3. Incidentele baten", -150000, -20000],
               ["4. Structurele toevoegingen aan reserves", -120000, -120000],
               ["Structureel saldo", 238500, 289100]]

RESERVES = [["Regio (fictief)"], ["Staat van reserves 2025 (bedragen in euro's)"], [],
            ["Reserve", "Saldo 1-1-2025", "Toevoegingen", "Onttrekkingen", "Saldo 31-12-2025"],
            ["Algemene reserve"], ["  Algemene reserve", 6482113, 484782, None, 6966895], [],
            ["Bestemmingsreserves"],
            ["  Reserve egalisatie tarieven", 1896368, 258340, 208317, 1946391],
            ["  Reserve onderhoud gebouwen", 2544002, 230276, None, 2774278],
            ["  Reserve informatieveiligheid", 3042483, None, 494944, 2547539],
            ["Totaal bestemmingsreserves", 7482853, 488616, 703261, 7268208], [],
            ["Totaal reserves", 13964966, 973398, 703261, 14235103]]
# stands dated in words, the algemene reserves two lines under their heading
RESERVES_B = [["Gemeente (fictief)"], ["Verloop van de reserves (x € 1.000)"], [],
              ["Omschrijving", "Stand 1 januari 2025", "Vermeerderingen", "Verminderingen", "Stand 31 december 2025"],
              ["Algemene reserves"], ["  Algemene reserve", 15500, 950, None, 16450], [],
              ["Bestemmingsreserves"], ["  Reserve sociaal domein", 4200, None, 1150, 3050],
              ["  Reserve wegen", 2650, 700, 400, 2950], ["  Reserve kapitaallasten", 5300, None, 260, 5040],
              ["Totaal bestemmingsreserves", 12150, 700, 1810, 11040], [],
              ["Totaal reserves", 27650, 1650, 1810, 27490]]

BALANS = [["Waterschap (fictief)"], ["Balans per 31 december 2025 (x € 1.000)"], [],
          [None, "31-12-2025", "31-12-2024"], ["ACTIVA"], ["Vaste activa"],
          ["  Materiële vaste activa", 380213, 413934], ["  Financiële vaste activa", 3765, 8584],
          ["Totaal vaste activa", 383978, 422518], [],
          ["Vlottende activa"], ["  Uitzettingen", 20451, 17194], ["  Liquide middelen", 1822, 609],
          ["  Overlopende activa", 9015, 15229], ["Totaal vlottende activa", 31288, 33032], [],
          ["TOTAAL ACTIVA", 415266, 455550], [], ["PASSIVA"], ["Vaste passiva"],
          ["  Algemene reserve", 27864, 21485], ["  Bestemmingsreserves", 18716, 10124],
          ["  Gerealiseerd resultaat", -1233, 2898], ["Eigen vermogen", 45347, 34507],
          ["  Voorzieningen", 11427, 7504], ["  Vaste schulden", 292333, 288447],
          ["Totaal vaste passiva", 349107, 330458], [],
          ["Vlottende passiva"], ["  Netto-vlottende schulden", 48868, 113923], ["  Overlopende passiva", 17291, 11169],
          ["Totaal vlottende passiva", 66159, 125092], [], ["TOTAAL PASSIVA", 415266, 455550]]
# three years, the passiva's lines straight under their heading, no totaal of the balans
BALANS_B = [["Gemeenschappelijke regeling (fictief)"], ["Passiva (bedragen in euro's)"], [],
            ["Omschrijving", "2025", "2024", "2023"], ["Passiva"],
            ["  Algemene reserve", 1250400, 1180300, 990100], ["  Bestemmingsreserves", 845200, 910650, 700300],
            ["  Resultaat na bestemming", 120300, -45100, 88000], ["Eigen vermogen", 2215900, 2045850, 1778400],
            ["  Voorzieningen", 310000, 295500, 280100], ["  Langlopende leningen", 4100000, 4400000, 4700000],
            ["Totaal vaste passiva", 6625900, 6741350, 6758500]]

TAAKVELDEN = [["Gemeente (fictief) - Jaarrekening 2025"], ["Baten en lasten per taakveld (bedragen in euro's)"], [],
              ["Taakveld", "Omschrijving", "Lasten", "Baten", "Saldo"],
              ["0", "Bestuur en ondersteuning"],
              ["0.1", "Bestuur", 2659986, 538666, -2121320], ["0.2", "Burgerzaken", 5173347, 1176507, -3996840],
              ["0.5", "Treasury", 6027482, 9059569, 3032087],
              [None, "Totaal 0 Bestuur en ondersteuning", 13860815, 10774742, -3086073], [],
              ["4", "Onderwijs"],
              ["4.2", "Onderwijshuisvesting", 1042480, 200304, -842176],
              ["4.3", "Onderwijsbeleid en leerlingzaken", 5178256, 1221622, -3956634],
              [None, "Totaal 4 Onderwijs", 6220736, 1421926, -4798810], [],
              ["6", "Sociaal domein"],
              ["6.1", "Samenkracht en burgerparticipatie", 5382873, 1034372, -4348501],
              ["6.3", "Inkomensregelingen", 6286972, 17429274, 11142302],
              [None, "Totaal 6 Sociaal domein", 11669845, 18463646, 6793801], [],
              [None, "Totaal taakvelden", 31751396, 30660314, -1091082]]
# baten before lasten, saldo = baten - lasten, no code on the totals' rows, two programmes
PROGRAMMAS = [["Regio (fictief)"], ["Programmarekening 2025 (x € 1.000)"], [],
              ["Nr.", "Programma / taakveld", "Baten", "Lasten", "Saldo"],
              ["1", "Veiligheid"], ["1.1", "Crisisbeheersing en brandweer", 4176, 21890, -17714],
              ["1.2", "Openbare orde en veiligheid", 1176, 5117, -3941],
              [None, "Totaal programma 1", 5352, 27007, -21655], [],
              ["2", "Volksgezondheid"], ["7.1", "Volksgezondheid", 8204, 12960, -4756],
              ["7.2", "Riolering", 9310, 7115, 2195], ["7.3", "Afval", 11250, 10890, 360],
              [None, "Totaal programma 2", 28764, 30965, -2201]]


def without(rows: list[list], label: str) -> list[list]:
    return [row for row in rows if label not in [v for v in row if isinstance(v, str)]]


def changed(rows: list[list], label: str, column: int, value) -> list[list]:
    return [row[:column] + [value] + row[column + 1:] if label in row else row for row in rows]


def workbook(path: Path, rows: list[list]) -> Path:
    """A narrow column of numbers or taakvelden left of the labels, where the table has one."""
    numbered = rows[3][0] in ("Nr", "Nr.", "Taakveld")
    return typed(path, rows, widths={"A": 8, "B": 44, "C": 16, "D": 16, "E": 16} if numbered else
                 {"A": 44, "B": 24, "C": 24, "D": 24, "E": 24})


TABLES = {
    "emu": EMU, "emu_del": without(EMU, "Mutatie voorzieningen"),
    "emu_last_del": without(EMU, "Verwachte boekwinst bij verkoop"),
    "structureel": STRUCTUREEL, "structureel_del": without(STRUCTUREEL, "2. Incidentele lasten"),
    "reserves": RESERVES, "reserves_del": without(RESERVES, "  Algemene reserve"),
    "reserves_b": RESERVES_B,
    "reserves_b_del": without(RESERVES_B, "  Algemene reserve"),
    "balans": BALANS, "balans_p1": changed(BALANS, "  Bestemmingsreserves", 1, 18717),
    "balans_del": without(BALANS, "  Voorzieningen"),
    "balans_b": BALANS_B, "balans_b_p1": changed(BALANS_B, "  Algemene reserve", 2, 1180301),
    "balans_b_del": without(BALANS_B, "  Langlopende leningen"),
    "taakvelden": TAAKVELDEN, "taakvelden_big": changed(TAAKVELDEN, "Onderwijshuisvesting", 2, 1570720),
    "programmas": PROGRAMMAS, "programmas_big": changed(PROGRAMMAS, "Riolering", 2, 9810),
}


@pytest.fixture(scope="module")
def files(tmp_path_factory) -> dict[str, dict[str, Path]]:
    folder = tmp_path_factory.mktemp("trial13")
    books = {name: workbook(folder / f"{name}.xlsx", rows) for name, rows in TABLES.items()}
    return {"xlsx": books, "pdf": print_named(books)}


def findings(report) -> list[tuple]:
    return [(f.row_label, f.column, f.expected, f.found) for f in report.findings]


@pytest.mark.parametrize("kind", ["xlsx", "pdf"])
@pytest.mark.parametrize("name", [n for n in TABLES if not n.endswith(("_del", "_p1", "_big"))])
def test_the_original_is_clean(files, kind, name):
    report = audit(files[kind][name])
    assert report.findings == () and report.verdict == "clean", (name, kind)


@pytest.mark.parametrize("kind", ["xlsx", "pdf"])
def test_a_numbered_line_deleted_is_found_at_the_saldo_under_them(files, kind):
    assert findings(audit(files[kind]["emu_del"])) == [
        ("Berekend EMU-saldo", "Rekening 2025", D(-17835), D(-17557)),
        ("Berekend EMU-saldo", "Begroting 2026", D(-21442), D(-21254)),
        ("Berekend EMU-saldo", "Begroting 2027", D(-5885), D(-6712))]
    assert findings(audit(files[kind]["structureel_del"])) == [
        ("Structureel saldo", "Begroting 2026", D(142500), D(238500)),
        ("Structureel saldo", "Begroting 2027", D(248100), D(289100))]


@pytest.mark.parametrize("kind", ["xlsx", "pdf"])
def test_the_algemene_reserve_deleted_is_found_at_totaal_reserves(files, kind):
    assert findings(audit(files[kind]["reserves_del"])) == [
        ("Totaal reserves", "Saldo 1-1-2025", D(7482853), D(13964966)),
        ("Totaal reserves", "Toevoegingen", D(488616), D(973398)),
        ("Totaal reserves", "Saldo 31-12-2025", D(7268208), D(14235103))]
    assert findings(audit(files[kind]["reserves_b_del"])) == [
        ("Totaal reserves", "Stand 1 januari 2025", D(12150), D(27650)),
        ("Totaal reserves", "Vermeerderingen", D(700), D(1650)),
        ("Totaal reserves", "Stand 31 december 2025", D(11040), D(27490))]


@pytest.mark.parametrize("kind", ["xlsx", "pdf"])
def test_eigen_vermogen_inside_the_vaste_passiva_is_the_total_of_the_reserves(files, kind):
    assert findings(audit(files[kind]["balans_p1"])) == [("Eigen vermogen", "31-12-2025", D(45348), D(45347))]
    assert findings(audit(files[kind]["balans_del"])) == [
        ("Totaal vaste passiva", "31-12-2025", D(337680), D(349107)),
        ("Totaal vaste passiva", "31-12-2024", D(322954), D(330458))]
    assert findings(audit(files[kind]["balans_b_p1"])) == [("Eigen vermogen", "2024", D(2045851), D(2045850))]
    assert findings(audit(files[kind]["balans_b_del"])) == [
        ("Totaal vaste passiva", "2025", D(2525900), D(6625900)),
        ("Totaal vaste passiva", "2024", D(2341350), D(6741350)),
        ("Totaal vaste passiva", "2023", D(2058500), D(6758500))]


@pytest.mark.parametrize("kind", ["xlsx", "pdf"])
def test_a_taakveld_altered_is_found_in_its_saldo_too(files, kind):
    found = findings(audit(files[kind]["taakvelden_big"]))
    assert ("4.2 Onderwijshuisvesting", "Saldo", D(-1370416), D(-842176)) in found, found
    assert ("Totaal 4 Onderwijs", "Lasten", D(6748976), D(6220736)) in found, found
    found = findings(audit(files[kind]["programmas_big"]))
    assert ("7.2 Riolering", "Saldo", D(2695), D(2195)) in found, found
    assert ("Totaal programma 2", "Baten", D(29264), D(28764)) in found, found


@pytest.mark.parametrize("kind", ["xlsx", "pdf"])
def test_the_last_numbered_line_deleted_leaves_the_saldo_not_verified(files, kind):
    """Lines 1 to 4 left, no number missing: nothing says a line was deleted, but the saldo set apart under them is
    theirs: NOT verified with its reason (exit 1), never 'nothing checked' as if it were a plain line."""
    report = audit(files[kind]["emu_last_del"])
    assert report.findings == () and report.verdict == "not verified", report.verdict
    assert [label for t in report.tables for label, *__ in t.unverified] == ["Berekend EMU-saldo"]
