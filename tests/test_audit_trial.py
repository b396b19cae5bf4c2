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


def test_a_wrong_total_lasten_blames_only_itself(amendment, tmp_path):
    """Trial 3 (a3): Begrotingswijziging!B18 Totaal lasten 6.559 -> 6.569: B18 is the finding; its bijgestelde
    begroting D18 (= B18 + C18 with B18's true value) and the saldo B26 hold, and are not blamed."""
    assert stored(amendment, "Begrotingswijziging", "B18") == 6559
    report = audit(set_stored(amendment, tmp_path / "a3.xlsx", "Begrotingswijziging", "B18", 6569))
    assert found(report) == [("Begrotingswijziging", "B18", D(6559), D(6569))]


def test_a_wrong_bijgestelde_line_blames_only_itself(amendment, tmp_path):
    """Trial 3 (a6): D13 bijgestelde Personeelskosten 3.441 -> 3.451: D13 is the finding; Totaal lasten D18 adds up
    with D13's true value (B13 + C13) and is not blamed."""
    assert stored(amendment, "Begrotingswijziging", "D13") == 3441
    report = audit(set_stored(amendment, tmp_path / "a6.xlsx", "Begrotingswijziging", "D13", 3451))
    assert found(report) == [("Begrotingswijziging", "D13", D(3441), D(3451))]


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
    want = {"B8": [("Berekening", "D8", bijgesteld + 100, bijgesteld), ("Berekening", "B13", lines + 100, lines)],
            "B13": [("Berekening", "B13", lines, lines + 500)]}[ref]
    assert found(report) == want
    assert report.unverified == ()


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
    assert found(audit(write_table(tmp_path / "r2.xlsx", header, rows))) == [("Tabel", "C9", D(1170), D(1175))]
    header, rows = BW
    assert audit(write_table(tmp_path / "b.xlsx", header, rows)).findings == ()
    rows = [row[:] if row else row for row in rows]
    rows[12][1] = 22020500
    assert found(audit(write_table(tmp_path / "b2.xlsx", header, rows))) == [
        ("Tabel", "B16", D(22200500), D(22020500))]
