"""Acceptance: the fresh-clone trial's cases of issue 18 point 2 (notes/trial.md, findings 2 to 5), on our demo
amendment with one stored figure altered (its formula kept) or one line deleted, and on the trial's own tables: each
altered total is reported once, at the total that fails, with the sum of the parts it was checked against; the
totals built on a wrong subtotal are not blamed; every total is checked or listed as not verified."""

import re
import zipfile
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

import pyengine
from pyengine.audit import audit

ROOT = Path(__file__).resolve().parent.parent
D = Decimal


@pytest.fixture(scope="module")
def amendment(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("leerhuis")
    return pyengine.generate([ROOT / "examples" / "regionaal-leerhuis"], folder)[0].path


def set_stored(source: Path, target: Path, sheet: str, ref: str, value) -> Path:
    """A copy of the workbook with one cell's stored value changed and its formula kept (as a hand edit of the
    value a program saved, or a tampered file, makes it)."""
    with zipfile.ZipFile(source) as z:
        workbook = z.read("xl/workbook.xml").decode()
        rels = z.read("xl/_rels/workbook.xml.rels").decode()
        rid = re.search(r'<sheet [^>]*name="%s"[^>]*r:id="([^"]+)"' % re.escape(sheet), workbook).group(1)
        target_of = re.search(r'<Relationship [^>]*Id="%s"[^>]*/>' % rid, rels).group(0)
        part = "xl/" + re.search(r'Target="/?(?:xl/)?([^"]+)"', target_of).group(1)
        xml = z.read(part).decode()
        cell = re.search(r'<c r="%s"[^>]*?(/>|>.*?</c>)' % ref, xml, re.S).group(0)
        formula = re.search(r"<f[^>]*>.*?</f>|<f[^>]*/>", cell, re.S)
        attributes = re.sub(r'\s*t="[^"]*"', "", re.match(r"<c ([^>]*?)/?>", cell).group(1))
        new = f"<c {attributes}>{formula.group(0) if formula else ''}<v>{value}</v></c>"
        with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
            for item in z.infolist():
                out.writestr(item, xml.replace(cell, new, 1) if item.filename == part else z.read(item.filename))
    return target


def stored(path: Path, sheet: str, ref: str) -> Decimal:
    return D(str(openpyxl.load_workbook(path, data_only=True)[sheet][ref].value))


def found(report) -> list[tuple[str, str, Decimal, Decimal]]:
    return [(f.sheet, f.cell, f.expected, f.found) for f in report.findings]


def kinds(report) -> list[tuple[str, str]]:
    return [(f.cell, f.kind) for f in report.findings]


def test_a_wrong_total_lasten_blames_only_itself(amendment, tmp_path):
    """Trial 3 (a3): Begrotingswijziging!B18 Totaal lasten 6.559 -> 6.569: B18 is the finding; its bijgestelde
    begroting D18 (= B18 + C18 with B18's true value) and the saldo B26 hold, and are not blamed: as printed they
    fail only through B18 (6.569 + 27 = 6.596, 6.569 - 6.531 = 38), a 'follows' finding each."""
    assert stored(amendment, "Begrotingswijziging", "B18") == 6559
    report = audit(set_stored(amendment, tmp_path / "a3.xlsx", "Begrotingswijziging", "B18", 6569))
    assert found(report) == [("Begrotingswijziging", "B18", D(6559), D(6569)),
                             ("Begrotingswijziging", "D18", D(6596), D(6586)),
                             ("Begrotingswijziging", "B26", D(38), D(28))]
    assert kinds(report) == [("B18", "sum"), ("D18", "follows"), ("B26", "follows")]


def test_a_wrong_bijgestelde_line_blames_only_itself(amendment, tmp_path):
    """Trial 3 (a6): D13 bijgestelde Personeelskosten 3.441 -> 3.451: D13 is the finding; Totaal lasten D18 adds up
    with D13's true value (B13 + C13) and is not blamed: as printed it fails only through D13 (3.451 + 2.379 + 766
    = 6.596), a 'follows' finding."""
    assert stored(amendment, "Begrotingswijziging", "D13") == 3441
    report = audit(set_stored(amendment, tmp_path / "a6.xlsx", "Begrotingswijziging", "D13", 3451))
    assert found(report) == [("Begrotingswijziging", "D13", D(3441), D(3451)),
                             ("Begrotingswijziging", "D18", D(6596), D(6586))]
    assert kinds(report) == [("D13", "sum"), ("D18", "follows")]


@pytest.mark.parametrize("ref", ["B8", "B13"])
def test_one_altered_figure_on_the_berekening_is_one_finding_at_its_total(amendment, tmp_path, ref):
    """Trial 2: Materiële kosten B8 + 100 or Totaal lasten B13 + 500 on the Berekening sheet: one finding at B13
    with its five lines' sum (and, for B8, D8 = begroting + wijziging), none in the eleven columns nobody touched
    (the audit used to hold Totaal lasten to the line of zeros above it: 12 findings 'expected 0')."""
    printed = stored(amendment, "Berekening", ref)
    step = 100 if ref == "B8" else 500
    report = audit(set_stored(amendment, tmp_path / "b.xlsx", "Berekening", ref, printed + step))
    lines = sum(stored(amendment, "Berekening", f"B{r}") for r in (6, 7, 8, 11, 12))
    bijgesteld = stored(amendment, "Berekening", "D8")
    # (B13 + 500: its bijgestelde D13 and the saldo B21 fail as printed only through it, a 'follows' finding each)
    bijgesteld_totaal = stored(amendment, "Berekening", "D13")
    saldo = stored(amendment, "Berekening", "B21")
    want = {"B8": [("Berekening", "D8", bijgesteld + 100, bijgesteld), ("Berekening", "B13", lines + 100, lines)],
            "B13": [("Berekening", "B13", lines, lines + 500), ("Berekening", "D13", bijgesteld_totaal + 500,
                                                                 bijgesteld_totaal),
                    ("Berekening", "B21", saldo + 500, saldo)]}[ref]
    assert found(report) == want
    assert kinds(report) == {"B8": [("D8", "sum"), ("B13", "sum")],
                             "B13": [("B13", "sum"), ("D13", "follows"), ("B21", "follows")]}[ref]
    assert report.unverified == ()


def test_a_deleted_line_is_one_finding_per_cell_with_the_sum_of_its_real_parts(amendment, tmp_path):
    """Trial 4: the amendment's values (as a program that does not keep formulas saves them) with the Materiële
    kosten line deleted from the Begrotingswijziging: Totaal lasten is reported once per column with the sum of
    the lines left (Personeelskosten + Totaal overhead: 3.416 + 766 = 4.182), not with Totaal overhead and its
    two lines counted both, and Totaal overhead stays checked (it holds)."""
    book = openpyxl.load_workbook(amendment, data_only=True)
    sheet = book["Begrotingswijziging"]
    assert sheet["A14"].value == "Materiële kosten" and sheet["A18"].value == "Totaal lasten"
    lasten = {c: (sheet.cell(13, c).value, sheet.cell(17, c).value, sheet.cell(18, c).value) for c in range(2, 14)}
    sheet.delete_rows(14)
    book.save(tmp_path / "d1.xlsx")
    report = audit(tmp_path / "d1.xlsx")
    letters = "ABCDEFGHIJKLM"
    assert found(report) == [("Begrotingswijziging", f"{letters[c - 1]}17", D(personeel + overhead), D(total))
                             for c, (personeel, overhead, total) in lasten.items()]
    relations = {r.total: r for r in report.tables[0].relations}
    assert relations["Totaal overhead"].failed == 0
    assert relations["Totaal lasten"].parts == ("Personeelskosten", "Totaal overhead")
    assert relations["Totaal lasten"].failed == 12


def write_table(path: Path, header: list[str], rows: list) -> Path:
    """A table as the trial wrote its own (openpyxl, values): a title, an empty line, the header, then the rows
    (None: an empty row; a label alone: a heading)."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Tabel"
    sheet.cell(1, 1, "Tabel (bedragen x € 1.000)")
    for c, title in enumerate(header, start=2):
        sheet.cell(3, c, title)
    for r, row in enumerate(rows, start=4):
        if row is None:
            continue
        label, *figures = row
        sheet.cell(r, 1, label)
        for c, value in enumerate(figures, start=2):
            sheet.cell(r, c, value)
    workbook.save(path)
    return path


RESERVES = (["Stand 1-1-2025", "Toevoegingen", "Onttrekkingen", "Stand 31-12-2025"],
            [["Algemene reserve", 12100, 450, 50, 12500], ["Reserve sociaal domein", 3420, 0, 780, 2640],
             ["Reserve egalisatie afvalstoffen", 615, 120, 0, 735], ["Reserve kapitaallasten", 4975, 0, 325, 4650],
             ["Reserve groot onderhoud wegen", 1830, 600, 410, 2020], ["Totaal reserves", 22940, 1170, 1565, 22545]])
BW = (["Begroting 2025", "Wijziging", "Begroting na wijziging"],
      [["Lasten per programma"], ["Bestuur en ondersteuning", 4310017, 125000, 4435017],
       ["Veiligheid", 2270017, -40000, 2230017], ["Verkeer, vervoer en waterstaat", 3105017, 310000, 3415017],
       ["Onderwijs", 1980017, 0, 1980017], ["Sociaal domein", 11240017, 860000, 12100017],
       ["Totaal lasten", 22905085, 1255000, 24160085], None, ["Baten"],
       ["Algemene uitkering", 14900000, 950000, 15850000], ["Belastingen", 6200000, 120000, 6320000],
       ["Overige baten", 1100500, 0, 1100500], ["Totaal baten", 22200500, 1070000, 23270500], None,
       ["Saldo (baten - lasten)", -704585, -185000, -889585]])


def test_the_trials_own_tables_a_wrong_total_blames_only_itself(tmp_path):
    """Trial 3b: reserves' Totaal toevoegingen 1.170 -> 1.175 (its Stand 31-12 holds with the true value), and the
    begrotingswijziging's Totaal baten with two digits swapped (its Begroting na wijziging holds with it)."""
    header, rows = RESERVES
    assert audit(write_table(tmp_path / "r.xlsx", header, rows)).findings == ()
    rows = [row[:] for row in rows]
    rows[-1][2] = 1175
    # (its Stand 31-12 holds with the true value, not as printed: 22.940 + 1.175 - 1.565 = 22.550, a 'follows')
    report = audit(write_table(tmp_path / "r2.xlsx", header, rows))
    assert found(report) == [("Tabel", "C9", D(1170), D(1175)), ("Tabel", "E9", D(22550), D(22545))]
    assert kinds(report) == [("C9", "sum"), ("E9", "follows")]
    header, rows = BW
    assert audit(write_table(tmp_path / "b.xlsx", header, rows)).findings == ()
    rows = [row[:] if row else row for row in rows]
    rows[12][1] = 22020500
    # (its Begroting na wijziging and the saldo under it fail as printed only through it: 'follows')
    report = audit(write_table(tmp_path / "b2.xlsx", header, rows))
    assert found(report) == [("Tabel", "B16", D(22200500), D(22020500)), ("Tabel", "D16", D(23090500), D(23270500)),
                             ("Tabel", "B18", D(-884585), D(-704585))]
    assert kinds(report) == [("B16", "sum"), ("D16", "follows"), ("B18", "follows")]


LB = (["Rekening 2024", "Begroting 2025", "Begroting na wijziging 2025", "Rekening 2025"],
      [["Lasten"], ["Programma 1 Bestuur en ondersteuning", 1250, 1310, 1385, 1342],
       ["Programma 2 Veiligheid", 4875, 5020, 5120, 5011], ["Programma 3 Verkeer en vervoer", 2310, 2295, 2410, 2488],
       ["Subtotaal programma's", 8435, 8625, 8915, 8841], ["Overhead", 1830, 1875, 1900, 1921],
       ["Totaal lasten", 10265, 10500, 10815, 10762], None, ["Baten"],
       ["Programma 1 Bestuur en ondersteuning", 120, 110, 115, 131], ["Programma 2 Veiligheid", 640, 655, 690, 702],
       ["Programma 3 Verkeer en vervoer", 385, 390, 402, 377], ["Algemene dekkingsmiddelen", 9350, 9420, 9700, 9810],
       ["Totaal baten", 10495, 10575, 10907, 11020], None, ["Saldo van baten en lasten", 230, 75, 92, 258],
       ["Toevoeging aan reserves", 410, 400, 450, 455], ["Onttrekking aan reserves", 300, 290, 380, 305],
       ["Gerealiseerd resultaat", 120, -35, 22, 108]])


def test_the_trials_own_table_a_deleted_baten_line_is_found_at_totaal_baten_with_its_lines_sum(tmp_path):
    """Trial 5: the baten line 'Programma 3' deleted: Totaal baten is short of its own three lines (120 + 640 +
    9.350 = 10.110), not of those and the Totaal lasten above the heading 'Baten' (20.375); the saldo under it is
    still checked (it holds with the Totaal baten printed)."""
    header, rows = LB
    report = audit(write_table(tmp_path / "lb.xlsx", header, rows))
    assert report.findings == ()
    rows = [row for row in rows if row != ["Programma 3 Verkeer en vervoer", 385, 390, 402, 377]]
    report = audit(write_table(tmp_path / "lb-del.xlsx", header, rows))
    assert found(report) == [("Tabel", "B16", D(10110), D(10495)), ("Tabel", "C16", D(10185), D(10575)),
                             ("Tabel", "D16", D(10505), D(10907)), ("Tabel", "E16", D(10643), D(11020))]
    relations = {r.total: r for r in report.tables[0].relations}
    assert relations["Totaal baten"].rule == "run above" and relations["Saldo van baten en lasten"].failed == 0
    assert "Saldo van baten en lasten" not in report.tables[0].unchecked


def balanced_spec(folder: Path, members: int, reserves: bool = False) -> Path:
    """A sluitend amendment of `members` members (the trial's 342-member 'Landelijk Proef' in shape): lasten and
    baten balance, so the saldo van baten en lasten is 0; no reserves unless asked."""
    folder.mkdir()
    names = [f"Gemeente {i:03d}" for i in range(members)]
    (folder / "inwoners.csv").write_text("gemeente;inwoners\n" + "".join(
        f"{name};{900 + (i * 7919) % 95_000}\n" for i, name in enumerate(names)), encoding="utf-8")
    bijdrage = [-10_000_000, -10_200_000, -10_450_000]
    rows = []
    for i, name in enumerate(names):
        shares = [total // members if i < members - 1 else total - (members - 1) * (total // members)
                  for total in bijdrage]
        rows.append(f'"{name}" = [{", ".join(map(str, shares))}]')
    reserve_lines = "dotatie_reserves = [100_000, 0, 0]\nonttrekking_reserves = [-100_000, 0, 0]\n" if reserves else ""
    (folder / "wijziging.toml").write_text(f"""soort = "begrotingswijziging"
[algemeen]
nummer = "2025-02"
titel = "Landelijk Proef"
organisatie = "GR Alle Gemeenten"
jaren = [2025, 2026, 2027]
eenheid = 1000
verdeelmethode = "largest_remainder"
bijdrage = "sluitend"
[verdeelsleutel]
bestand = "inwoners.csv"
kolom = "inwoners"
[begroting]
personeelskosten = [12_500_000, 12_800_000, 13_100_000]
materiele_kosten = [3_200_000, 3_250_000, 3_300_000]
gemeentelijke_bijdrage = [{", ".join(map(str, bijdrage))}]
rijksbijdrage = [-5_700_000, -5_850_000, -5_950_000]
{reserve_lines}[wijziging]
personeelskosten = [412_346.67, 398_000, 401_250.5]
materiele_kosten = [12_000, 0, 7_777.77]
[bijdrage_gemeente]
""" + "\n".join(rows) + "\n", encoding="utf-8")
    return folder / "wijziging.toml"


def test_a_balanced_amendment_without_reserves_checks_or_lists_every_total(tmp_path):
    """Trial 10: our balanced 342-member amendment without reserves. The Begrotingswijziging prints no empty
    RESERVE(S) heading (its Saldo closes the TOTAAL block and the layout rules hold it to the saldo van baten en
    lasten); on Berekening, Totaal lasten, Totaal baten and the saldo van baten en lasten are checked, not read
    into a 'Saldo = 19 lines' that holds because every figure is 0 twice; the totals of 0 in every figure hold
    over their own lines of 0 (the Saldo over the saldo van baten en lasten and the reserves' total). An altered
    Saldo is a finding."""
    path = pyengine.generate([balanced_spec(tmp_path / "spec", 342)], tmp_path / "out")[0].path
    book = openpyxl.load_workbook(path, data_only=True)
    labels = [c.value for c in book["Begrotingswijziging"]["A"] if c.value]
    assert "RESERVE(S)" not in labels and labels.index("Saldo") == labels.index("Saldo van baten en lasten") + 1
    report = audit(path)
    assert report.findings == () and report.unverified == ()
    berekening = next(t for t in report.tables if t.sheet == "Berekening")
    checked = {r.total: r for r in berekening.relations}
    assert checked["Totaal lasten"].parts[:3] == ("Personeelskosten", "Kapitaallasten", "Materiële kosten")
    assert checked["Totaal baten"].failed == 0 and checked["Saldo van baten en lasten"].parts == (
        "Totaal lasten", "Totaal baten")
    # the totals of 0 in every figure hold over their lines of 0 (the Saldo over the saldo van baten en lasten and
    # the reserves' total, both 0), none is left unread
    assert (checked["Totaal overhead"].parts, checked["Totaal overhead"].rule) == (
        ("Overhead-primair proces", "Overhead-Regio"), "own lines")
    assert checked["Totaal mutatie reserves"].parts == ("Dotatie bestemmingsreserve(s)",
                                                        "Onttrekking bestemmingsreserve(s)")
    assert checked["Saldo"].parts == ("Saldo van baten en lasten", "Totaal mutatie reserves")
    assert berekening.parts_elsewhere == () and berekening.unverified == ()
    row = next(c.row for c in book["Begrotingswijziging"]["A"] if c.value == "Saldo")
    altered = audit(set_stored(path, tmp_path / "saldo.xlsx", "Begrotingswijziging", f"B{row}", 5))
    assert ("Begrotingswijziging", f"B{row}", D(0), D(5)) in found(altered)


def test_an_amendment_with_reserves_keeps_its_reserves_block(tmp_path):
    path = pyengine.generate([balanced_spec(tmp_path / "spec", 12, reserves=True)], tmp_path / "out")[0].path
    labels = [c.value for c in openpyxl.load_workbook(path, data_only=True)["Begrotingswijziging"]["A"] if c.value]
    assert labels.index("RESERVE(S)") < labels.index("Totaal mutatie reserves") < labels.index("Saldo")
    assert audit(path).findings == ()
