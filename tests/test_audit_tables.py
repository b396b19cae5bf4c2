"""pyengine audit on tables in layouts it was never told about: synthetic workbooks and their LibreOffice PDFs."""

import os
import re
import shutil
import subprocess
import sys
import zipfile
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from hypothesis import example, given, settings, strategies as st

import pyengine
from pyengine.pdf import print_pdfs
from pyengine.audit import audit, main as audit_main
from pyengine.audit.tables import Cell, Grid, audit_grid, read_dutch_number
from pyengine.errors import InputError

ROOT = Path(__file__).resolve().parent.parent
D = Decimal
HAVE_LIBREOFFICE = bool(shutil.which("soffice") or shutil.which("libreoffice"))
if not HAVE_LIBREOFFICE and os.environ.get("REQUIRE_LIBREOFFICE") == "1":
    raise RuntimeError("REQUIRE_LIBREOFFICE=1 but LibreOffice (soffice) is not installed")


def soffice() -> str:
    if not HAVE_LIBREOFFICE:
        pytest.skip("LibreOffice is not installed (apt-get install libreoffice-calc-nogui); "
                    "set REQUIRE_LIBREOFFICE=1 to fail instead")
    from pyengine.verify import find_soffice

    return find_soffice()


def write(path: Path, rows: list[list], hidden_row: int | None = None, widths=True, hidden_col: str = "",
          formats: dict[str, str] | None = None) -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Tabel"
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row, start=1):
            if value is not None:
                sheet.cell(r, c, value)
    if widths:
        sheet.page_setup.orientation = "landscape"  # so that the PDF export keeps every column on one page
        sheet.column_dimensions["A"].width = 24
        for letter in "BCDEFG":
            sheet.column_dimensions[letter].width = 16
    if hidden_row:
        sheet.row_dimensions[hidden_row].hidden = True
    if hidden_col:
        sheet.column_dimensions[hidden_col].hidden = True
    for letter, number_format in (formats or {}).items():
        for cell in sheet[letter]:
            if isinstance(cell.value, (int, float)):
                cell.number_format = number_format
    workbook.save(path)
    return path


MEMBERS_BY_YEAR = [  # members as rows, years as columns, one wrong total (2023: 300 + 450 + 251 = 1001)
    ["Bijdrage per gemeente"], [],
    ["Gemeente", "2022", "2023", "2024"],
    ["Almere", 300, 300, 310],
    ["Baarn", 450, 450, 460],
    ["Castricum", 250, 251, 260],
    ["Totaal", 1000, 1000, 1030],
]
SUBTOTALS = [  # lines with subtotals and a grand total; 2025 subtotal materieel off by 10
    ["Exploitatie"], [],
    ["Omschrijving", "Begroting 2024", "Begroting 2025"],
    ["Personeel"],
    ["Salarissen", 1200, 1250],
    ["Inhuur", 300, 310],
    ["Subtotaal personeel", 1500, 1560],
    ["Materieel"],
    ["Huisvesting", 400, 410],
    ["ICT", 100, 120],
    ["Subtotaal materieel", 500, 540],
    ["Totaal lasten", 2000, 2090],
]
PLUG = [  # a contribution table whose members miss the total by 2, closed by an Afronding line
    ["Bijdrage 2025 (euro)"], [],
    ["Gemeente", "Bijdrage"],
    ["Amstelveen", 33333],
    ["Diemen", 33333],
    ["Ouder-Amstel", 33332],
    ["Afronding", 2],
    ["Totaal", 100000],
]
HIDDEN_PLUG = [  # the same, but the closing line is called Verschil: only its size and role give it away
    ["Bijdrage 2025 (euro)"], [],
    ["Gemeente", "Bijdrage"],
    ["Amstelveen", 33333],
    ["Diemen", 33333],
    ["Ouder-Amstel", 33332],
    ["Verschil", 2],
    ["Totaal", 100000],
]
LONG = [["Deelnemers"], [], ["Deelnemer", "2025", "2026"]] + \
    [[f"Deelnemer {i:02d}", 1000 + i, 2000 + i] for i in range(70)] + [["Totaal", 72415, 142415]]
AMENDMENT = [  # x EUR 1.000; begroting + wijziging = bijgesteld, baten positive, saldo = lasten - baten
    ["Bedragen x € 1.000"], [],
    ["", "Begroting", "Wijziging", "Bijgestelde begroting"],
    ["", "2025", "2025", "2025"],
    ["Lasten", 1200, 30, 1230],
    ["Baten", 1000, 30, 1030],
    ["Saldo", 200, 0, 200],
]
YEARS = [  # a year header out of sequence; the sums are right
    ["Meerjarenraming"], [],
    ["Post", "2024", "2025", "2027", "Totaal"],
    ["Subsidie", 10, 20, 30, 60],
    ["Leges", 5, 5, 5, 15],
    ["Totaal", 15, 25, 35, 75],
]


def summary(report):
    return sorted((f.kind, f.row_label, f.column, f.expected, f.found) for f in report.findings)


EXPECTED = {
    "members": [("sum", "Totaal", "2023", D(1001), D(1000))],
    # the subtotal printed 10 too high is the finding; 'Totaal lasten' adds up to what the subtotals should
    # have been, so it is not blamed for it: as printed it fails (1.560 + 540 = 2.100) only through it, 'follows'
    "subtotals": [("sum", "Subtotaal materieel", "Begroting 2025", D(530), D(540)),
                  ("follows", "Totaal lasten", "Begroting 2025", D(2100), D(2090))],
    "plug": [("plug", "Afronding", "Bijdrage", None, D(2))],
    "amendment": [],
    "project": [("sum", "Totale kosten", "Bedrag", D(105000), D(105001))],
    "hidden_plug": [("plug", "Verschil", "Bijdrage", None, D(2))],
    # 70 x 1000 + 0..69 = 72415 in 2025 (right), 142415 in 2026 (right) -> make one wrong below
    "long": [("sum", "Totaal", "2025", D(72415), D(72416))],
    "years": [("year", "Post", "2027", D(2026), D(2027))],
}
PROJECT = [  # a numbered list in euros (printed '€ 80,000' by an English LibreOffice): the total is 1 too high
    ["Projectbegroting 2018"], [],
    ["Nr", "Post", "Bedrag"],
    [1, "Algemeen werkbudget", 80000],
    [2, "Projectondersteuning", 10000],
    [3, "Communicatie", 10000],
    [4, "Onvoorzien 5%", 5000],
    [None, "Totale kosten", 105001],
]
FORMATS = {"project": {"C": '"€ "#,##0'}}
LONG[-1] = ["Totaal", 72416, 142415]
TABLES = {"members": MEMBERS_BY_YEAR, "subtotals": SUBTOTALS, "plug": PLUG, "hidden_plug": HIDDEN_PLUG, "long": LONG,
          "amendment": AMENDMENT, "years": YEARS, "project": PROJECT}


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory):
    folder = tmp_path_factory.mktemp("tabellen")
    return {name: write(folder / f"{name}.xlsx", rows, formats=FORMATS.get(name)) for name, rows in TABLES.items()}


@pytest.mark.parametrize("name", sorted(TABLES))
def test_each_layout_gives_exactly_its_findings(synthetic, name):
    report = audit(synthetic[name])
    assert summary(report) == sorted(EXPECTED[name])


def test_relations_found_are_reported_per_table(synthetic):
    report = audit(synthetic["subtotals"])
    described = [r.describe() for r in report.tables[0].relations]
    assert "row 'Subtotaal personeel' = Salarissen, Inhuur: holds" in described
    assert "row 'Subtotaal materieel' = Huisvesting, ICT: fails in 1 of 2" in described
    assert "row 'Totaal lasten' = Subtotaal personeel, Subtotaal materieel: fails in 1 of 2 as printed, of which 1 " \
           "only through 'Subtotaal materieel'" in described
    amendment = audit(synthetic["amendment"])
    assert amendment.tables[0].scale == "x EUR 1.000"
    assert any(r.axis == "column" and r.total.startswith("Bijgestelde") and not r.failed
               for r in amendment.tables[0].relations)
    assert any(r.total == "Saldo" and r.parts == ("Lasten", "-Baten") for r in amendment.tables[0].relations)


def test_findings_name_the_cell(synthetic):
    finding = audit(synthetic["members"]).findings[0]
    assert (finding.sheet, finding.cell, finding.difference) == ("Tabel", "C7", D(-1))


def test_hidden_rows_and_numbers_stored_as_text(tmp_path):
    rows = [row[:] for row in MEMBERS_BY_YEAR]
    rows[6] = ["Totaal", 1000, 1001, 1030]
    rows[4] = ["Baarn", "450", 450, 460]  # typed as text
    path = write(tmp_path / "verborgen.xlsx", rows, hidden_row=5, hidden_col="D")
    kinds = sorted((f.kind, f.cell) for f in audit(path).findings)
    assert kinds == [("hidden", "B5"), ("hidden", "D4"), ("text number", "B5")]


def test_typed_total_among_formula_totals():
    def cell(ref, value, formula=False):
        return Cell(str(value), D(value), ref, formula)
    cells = {(1, 1): Cell("Gemeente"), (1, 2): Cell("Jaar 1"), (1, 3): Cell("Jaar 2")}
    for r, (name, a, b) in enumerate([("A", 1, 2), ("B", 3, 4), ("Totaal", 4, 6)], start=2):
        cells[(r, 1)] = Cell(name, ref=f"A{r}")
        cells[(r, 2)] = cell(f"B{r}", a, formula=name == "Totaal")
        cells[(r, 3)] = cell(f"C{r}", b, formula=False)
    findings = audit_grid(Grid("Blad", cells))[0].findings
    assert [(f.kind, f.cell, f.found) for f in findings] == [("typed total", "C4", D(6))]


def test_dutch_numbers_are_read_exactly():
    assert read_dutch_number("1.234") == (D(1234), "")
    assert read_dutch_number("-1.234") == (D(-1234), "")
    assert read_dutch_number("(1.234)") == (D(-1234), "")
    assert read_dutch_number("1.234,5") == (D("1234.5"), "")
    assert read_dutch_number("€ 26.775") == (D(26775), "€")
    assert read_dutch_number("4,7%") == (D("4.7"), "%")
    assert read_dutch_number("0,1") == (D("0.1"), "")
    assert read_dutch_number("€ 50.000,-") == (D(50000), "€")
    for text in ("2021-03", "17.0013120", "1.23", "abc", ""):
        assert read_dutch_number(text) is None, text


def random_grid(values: list[list[int]]) -> Grid:
    """Members as rows and years as columns, with a Totaal row and a Totaal column."""
    k, m = len(values), len(values[0])
    cells = {(1, c + 2): Cell(str(2020 + c)) for c in range(m)}
    cells[(1, m + 2)] = Cell("Totaal")
    cells[(1, 1)] = Cell("Gemeente")
    rows = [row + [sum(row)] for row in values]
    rows.append([sum(col) for col in zip(*rows)])
    for r, row in enumerate(rows):
        cells[(r + 2, 1)] = Cell("Totaal" if r == k else f"Gemeente {r}")
        for c, v in enumerate(row):
            cells[(r + 2, c + 2)] = Cell(str(v), D(v))
    return Grid("Blad", cells)


# No zeros: a line or column of zeros with one altered figure is, by its figures, as much a line outside
# the sum as a member with an error (the audit then names the total, not the figure).
figure = st.integers(-5000, 90000).filter(bool)
tables = st.integers(2, 7).flatmap(lambda k: st.integers(2, 4).flatmap(
    lambda m: st.lists(st.lists(figure, min_size=m, max_size=m), min_size=k, max_size=k)))


@settings(max_examples=150, deadline=None)
@given(tables, st.data())
def test_random_tables_are_clean_and_one_altered_figure_is_found_there(values, data):
    grid = random_grid(values)
    assert audit_grid(grid)[0].findings == ()
    figures = [rc for rc, cell in grid.cells.items() if cell.number is not None]
    row, col = data.draw(st.sampled_from(sorted(figures)))
    delta = data.draw(st.integers(-500, 500).filter(bool))
    cell = grid.cells[(row, col)]
    grid = Grid(grid.name, {**grid.cells, (row, col): Cell(str(cell.number + delta), cell.number + delta)})
    findings = audit_grid(grid)[0].findings
    assert findings
    assert all(f.row == row or f.col == col for f in findings)  # nothing flagged elsewhere
    # the failing totals cross at the altered figure: its row and its column are both named
    assert row in {f.row for f in findings} and col in {f.col for f in findings}


def test_cli_exit_codes_and_a_closed_pipe(synthetic, tmp_path, capsys):
    assert audit_main(str(synthetic["amendment"])) == 0
    assert "no findings" in capsys.readouterr().out
    assert audit_main(str(synthetic["members"])) == 1
    assert "table 1: Tabel A3:D7" in capsys.readouterr().out
    (tmp_path / "kapot.xlsx").write_bytes(b"PK\x03\x04 niet echt")
    assert audit_main(str(tmp_path / "kapot.xlsx")) == 2
    assert capsys.readouterr().err.startswith("pyengine audit: kapot.xlsx:")
    many = write(tmp_path / "lang.xlsx", [["Regel", "2024"]] + [[f"r{i}", i] for i in range(3000)] + [["Totaal", 4498500]])
    result = subprocess.run(f'"{sys.executable}" -m pyengine audit "{many}" --json | head -n 2', shell=True,
                            capture_output=True, text=True, timeout=120)
    assert result.stdout.startswith("{") and result.stderr == ""


def _bomb(path: Path, sheet_xml: str, sheets: int = 1) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        entries = "".join(f'<sheet name="S{i}" sheetId="{i + 1}" r:id="rId1"/>' for i in range(sheets))
        archive.writestr("xl/workbook.xml", '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                         'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
                         f"<sheets>{entries}</sheets></workbook>")
        archive.writestr("xl/_rels/workbook.xml.rels", '<Relationships xmlns="http://schemas.openxmlformats.org/package/'
                         '2006/relationships"><Relationship Id="rId1" Type="worksheet" Target="worksheets/sheet1.xml"/>'
                         "</Relationships>")
        archive.writestr("xl/worksheets/sheet1.xml", sheet_xml)
    return path


def test_hostile_workbooks_are_refused_in_a_moment(tmp_path):
    declared = _bomb(tmp_path / "dim.xlsx", '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/'
                     'main"><dimension ref="A1:XFD1048576"/><sheetData><row r="1"><c r="A1"><v>1</v></c></row>'
                     "</sheetData></worksheet>")
    assert declared.stat().st_size < 2000
    with pytest.raises(InputError, match=r"sheet 'S0' declares A1:XFD1048576 \(17,179,869,184 cells"):
        audit(declared)
    many = _bomb(tmp_path / "sheets.xlsx", '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/'
                 'main"><sheetData/></worksheet>', sheets=5000)
    with pytest.raises(InputError, match="refused: 5,000 sheets"):
        audit(many)


def test_a_scanned_pdf_is_refused(tmp_path):
    from PIL import Image

    scan = tmp_path / "scan.pdf"
    Image.new("RGB", (200, 100), "white").save(scan)
    with pytest.raises(InputError, match="no text layer"):
        audit(scan)
    assert audit_main(str(scan)) == 2


@pytest.fixture(scope="module")
def pdfs(synthetic, tmp_path_factory):
    """Our own workbooks in every layout and the synthetic tables, exported to PDF by LibreOffice in one batch."""
    program = soffice()
    folder = tmp_path_factory.mktemp("pdf")
    systems = [ROOT / "examples" / name for name in ("regionaal-leerhuis", "midden-limburg-west", "holland-rijnland")]
    ours = pyengine.generate(systems, folder / "ours") + \
        pyengine.generate([ROOT / "examples" / "regionaal-leerhuis"], folder / "statements", per_member=True)
    sources = [r.path for r in ours if r.path and r.path.suffix == ".xlsx" and folder in r.path.parents]
    sources = [p for p in sources if "bijdrageoverzicht" not in p.name] + \
        [p for p in sources if "bijdrageoverzicht" in p.name][:1]
    sources += list(synthetic.values())
    profile = tmp_path_factory.mktemp("profiel")
    subprocess.run([program, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(folder), *map(str, sources)], capture_output=True, timeout=600, check=True)
    printed = {p: folder / (p.stem + ".pdf") for p in sources}
    # ours as we hand them out: `pyengine pdf` (document sheets, Controles, Herkomst, chart); Berekening prints
    # over pages across, where the audit misreads a block (test_audit_verdicts: xfail, issue 18)
    ours_now = [p for p in sources if p not in synthetic.values()]
    assert all(r.status == "written" for r in print_pdfs(ours_now))
    printed.update({p: p.with_suffix(".pdf") for p in ours_now})
    return printed


def test_a_table_continuing_on_the_next_page_is_one_table(pdfs, synthetic):
    report = audit(pdfs[synthetic["long"]])
    assert len(report.tables) == 1 and report.tables[0].rows == 71
    last_page = report.tables[0].last.split(",")[0]
    assert report.tables[0].first.startswith("page 1,") and last_page in ("page 2", "page 3")
    assert report.findings[0].cell == report.tables[0].last  # the Totaal line, on the last page


SEED_004 = """Gemeente\tInbrengpercentage regionaal jeugdhulpbudget 2017\tBijdrage samenwerkingsagenda jeugd 2018
Alphen aan den Rijn\t4,7%\t€ 4.938
Hillegom\t5,3%\t€ 5.551
Kaag en Braassem\t0,8%\t€ 867
Katwijk\t15,9%\t€ 16.662
Leiden\t31,9%\t€ 33.484
Leiderdorp\t6,4%\t€ 6.680
Lisse\t5,0%\t€ 5.221
Nieuwkoop\t5,6%\t€ 5.831
Noordwijk\t5,0%\t€ 5.263
Noordwijkerhout\t3,8%\t€ 3.992
Oegstgeest\t4,8%\t€ 5.088
Teylingen\t9,1%\t€ 9.525
Zoeterwoude\t1,8%\t€ 1.899
Totaal\t100,0%\t€ 105.000"""


def test_a_printed_contribution_table_from_seed_004():
    """Seed 004's contribution table as printed: the euros add up to 105.001 under 105.000, the rounded
    percentages to 100,1% under 100,0%."""
    cells = {}
    for r, line in enumerate(SEED_004.splitlines(), start=1):
        for c, text in enumerate(line.split("\t"), start=1):
            parsed = read_dutch_number(text)
            cells[(r, c)] = Cell(text, parsed[0] if parsed else None, unit=parsed[1] if parsed else "")
    findings = audit_grid(Grid("seed 004", cells))[0].findings
    assert [(f.row_label, f.column[:10], f.expected, f.found) for f in findings] == [
        ("Totaal", "Inbrengper", D("100.1"), D("100.0")), ("Totaal", "Bijdrage s", D(105001), D(105000))]


def test_shares_of_one_whole_are_summed_and_a_deleted_member_is_found_in_them():
    """A verdeelsleutel's percentages under a total of 100% are shares of one whole, the one kind of percentage
    column that is summed (test_audit_percent_columns: no other is): with Leiden's line deleted, its share is
    missing at the total as its euros are."""
    cells = {}
    lines = [line for line in SEED_004.splitlines() if not line.startswith("Leiden\t")]
    for r, line in enumerate(lines, start=1):
        for c, text in enumerate(line.split("\t"), start=1):
            parsed = read_dutch_number(text)
            cells[(r, c)] = Cell(text, parsed[0] if parsed else None, unit=parsed[1] if parsed else "")
    findings = audit_grid(Grid("seed 004", cells))[0].findings
    assert [(f.row_label, f.column[:10], f.expected, f.found) for f in findings] == [
        ("Totaal", "Inbrengper", D("68.2"), D("100.0")), ("Totaal", "Bijdrage s", D(71517), D(105000))]


def test_our_workbooks_and_their_pdfs_audit_clean(pdfs, synthetic):
    ours = [p for p in pdfs if p not in synthetic.values()]
    assert len(ours) >= 4  # amendment, bijdrageoverzicht, two kostenverdelingen
    for source in ours:
        assert audit(source).findings == (), source.name
        assert audit(pdfs[source]).findings == (), pdfs[source].name


@pytest.mark.parametrize("name", sorted(TABLES))
def test_the_pdf_of_each_table_gives_the_same_findings(pdfs, synthetic, name):
    report = audit(pdfs[synthetic[name]])
    assert summary(report) == sorted(EXPECTED[name])
    assert all(f.cell.startswith("page ") and ", line " in f.cell for f in report.findings)


def grid_from_text(text: str) -> Grid:
    """A printed table, tab-separated, as the PDF reader gives it: a line of years is a heading."""
    cells = {}
    for r, line in enumerate(text.strip("\n").splitlines(), start=1):
        values = line.split("\t")
        years = all(re.fullmatch(r"(19|20)\d\d", v) for v in values[1:] if v.strip())
        for c, value in enumerate(values, start=1):
            if value.strip():
                parsed = read_dutch_number(value)
                cells[(r, c)] = Cell(value, parsed[0] if parsed else None, unit=parsed[1] if parsed else "",
                                     header=years)
    return Grid("tekst", cells)


def test_signs_printed_as_voordeel_nadeel():
    table = """Post\tBedrag\tV/N
Hogere lasten personeel\t25.000\tN
Lagere huur\t10.000\tV
Extra subsidie\t5.000\tV
Saldo\t10.000\tN"""
    assert audit_grid(grid_from_text(table))[0].findings == ()
    wrong = audit_grid(grid_from_text(table.replace("Saldo\t10.000\tN", "Saldo\t10.000\tV")))[0].findings
    assert [(f.row_label, f.expected, f.found) for f in wrong] == [("Saldo", D(-10000), D(10000))]


def test_a_figure_in_another_unit_is_left_out_of_the_sum():
    """Seed 003's formation table: fte with one line in euros; the fte columns miss their totals by 0,01."""
    table = """Functie\tBestaand\tStructureel additioneel\tTotaal structureel
Beleid jeugd\t1,00\t\t1,00
Contractmanager\t1,00\t0,66\t1,66
Beleidsondersteuner\t\t0,33\t0,33
Additionele expertise\t\t€ 50.000,00\t€ 50.000,00
Ondersteuner\t0,60\t0,26\t0,86
Totaal\t2,60\t1,26\t3,86"""
    findings = audit_grid(grid_from_text(table))[0].findings
    assert [(f.column, f.expected, f.found) for f in findings] == [
        ("Structureel additioneel", D("1.25"), D("1.26")), ("Totaal structureel", D("3.85"), D("3.86"))]


DUTCH_PROFILE = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" \
xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>nl-NL</value></prop></item>
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooLocale" oor:op="fuse"><value>nl-NL</value></prop></item>
</oor:items>
"""


def test_a_pdf_printed_in_dutch_with_thousands_and_brackets(tmp_path):
    """Exported by LibreOffice in nl-NL: 1.234.567,5 and (1.200) for a negative figure."""
    program = soffice()
    rows = [["Exploitatie (euro)"], [], ["Post", "Begroting 2025", "Begroting 2026"],
            ["Lasten", 1234567.5, 1250000], ["Baten", -1200000, -1210000.25], ["Saldo", 34567.5, 40000]]
    source = write(tmp_path / "nl.xlsx", rows)
    workbook = openpyxl.load_workbook(source)
    for row in workbook.active.iter_rows(min_row=4):
        for cell in row[1:]:
            cell.number_format = "#,##0.00;(#,##0.00)"
    workbook.save(source)
    profile = tmp_path / "profiel"
    (profile / "user").mkdir(parents=True)
    (profile / "user" / "registrymodifications.xcu").write_text(DUTCH_PROFILE, encoding="utf-8")
    subprocess.run([program, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(tmp_path), str(source)], capture_output=True, timeout=300, check=True)
    import pdfplumber

    with pdfplumber.open(tmp_path / "nl.pdf") as pdf:
        text = pdf.pages[0].extract_text()
    assert "1.234.567,50" in text and "(1.210.000,25)" in text
    report = audit(tmp_path / "nl.pdf")
    assert [(f.row_label, f.column, f.expected, f.found) for f in report.findings] == [
        ("Saldo", "Begroting 2026", D("39999.75"), D(40000))]


def sections_grid(sections: list[list[list[int]]]) -> tuple[Grid, dict[int, int]]:
    """Lines in sections, each closed by a Subtotaal line, and a Totaal at the end; years as columns.
    Returns the grid and, per line row, the row of the subtotal it feeds."""
    m = len(sections[0][0])
    cells = {(1, 1): Cell("Omschrijving")}
    cells.update({(1, c + 2): Cell(f"Begroting {2025 + c}") for c in range(m)})
    feeds, subtotal_rows, r = {}, [], 2
    totals = [0] * m

    def put(row, label, values):
        cells[(row, 1)] = Cell(label)
        for c, v in enumerate(values):
            cells[(row, c + 2)] = Cell(str(v), D(v))

    for s, lines in enumerate(sections):
        cells[(r, 1)] = Cell(f"SECTIE {s + 1}")
        r += 1
        first = r
        for i, values in enumerate(lines):
            put(r, f"Post {s + 1}.{i + 1}", values)
            r += 1
        sub = [sum(col) for col in zip(*lines)]
        put(r, f"Subtotaal sectie {s + 1}", sub)
        feeds.update({row: r for row in range(first, r)})
        subtotal_rows.append(r)
        totals = [a + b for a, b in zip(totals, sub)]
        r += 1
    put(r, "Totaal", totals)
    feeds.update({row: r for row in subtotal_rows})
    return Grid("Blad", cells), feeds


sectioned = st.integers(2, 3).flatmap(lambda m: st.lists(
    st.lists(st.lists(st.integers(1, 90000), min_size=m, max_size=m), min_size=2, max_size=4), min_size=2, max_size=3))


@settings(max_examples=100, deadline=None)
@given(sectioned, st.data())
def test_random_sections_with_subtotals_flag_the_altered_figure(sections, data):
    grid, feeds = sections_grid(sections)
    assert audit_grid(grid)[0].findings == ()
    figures = sorted(rc for rc, cell in grid.cells.items() if cell.number is not None)
    row, col = data.draw(st.sampled_from(figures))
    delta = data.draw(st.integers(-500, 500).filter(bool))
    cell = grid.cells[(row, col)]
    grid = Grid(grid.name, {**grid.cells, (row, col): Cell(str(cell.number + delta), cell.number + delta)})
    findings = audit_grid(grid)[0].findings
    sums = [f for f in findings if f.kind == "sum"]
    assert sums and all(f.col == col and f.kind in ("sum", "follows") for f in findings)
    # an altered line shows at the subtotal it feeds; an altered total at itself
    assert {f.row for f in sums} & {row, feeds.get(row)}
    # an altered subtotal: the Totaal over it fails as printed by as much, only through it (a 'follows' finding
    # naming it); nothing else follows
    follows = [(f.row, f.expected - f.found, f.follows_from) for f in findings if f.kind == "follows"]
    assert follows == ([(feeds[row], delta, ((row, col),))] if row in set(feeds.values()) and row in feeds else [])


def test_a_line_whose_figures_look_like_years_under_dated_titles_is_a_line():
    """Hypothesis's draw: 'Post 1.1' 1750 | 1901 altered to 1900 | 1901 under 'Begroting 2025 | Begroting 2026' was
    read as a second header row of years (the alteration then blamed on 'Subtotaal sectie 1' over Post 1.2
    alone, 'expected 1'). Titles that already give every column its year leave a labelled line a line."""
    grid, __ = sections_grid([[[1750, 1901], [1, 1]], [[1, 1], [1, 1]]])
    cell = grid.cells[(3, 2)]
    grid = Grid(grid.name, {**grid.cells, (3, 2): Cell(str(cell.number + 150), cell.number + 150)})
    table = audit_grid(grid)[0]
    assert table.columns == ("Begroting 2025", "Begroting 2026")
    assert [(f.place, f.expected, f.found) for f in table.findings] == [("B5", D(1901), D(1751))]


def test_a_total_typed_over_a_formula_in_our_own_workbook(tmp_path):
    """Someone types 6559000 over the SUM formula of Totaal lasten 2021 on Berekening: reported there, and
    nowhere else (the figure itself still adds up)."""

    from pyengine.inputs.xlsx_reader import Workbook

    produced = pyengine.generate([ROOT / "examples" / "regionaal-leerhuis"], tmp_path)[0].path
    edited = tmp_path / "bewerkt.xlsx"
    with zipfile.ZipFile(produced) as source, zipfile.ZipFile(edited, "w", zipfile.ZIP_DEFLATED) as target:
        with Workbook(produced) as workbook:
            part = workbook.sheet_part("Berekening")
        for item in source.infolist():
            data = source.read(item)
            if item.filename == part:
                data, count = re.subn(rb'(<c r="B13"[^>]*>)<f>[^<]*</f>', rb"\1", data)
                assert count == 1
            target.writestr(item, data)
    findings = audit(edited).findings
    assert [(f.sheet, f.cell, f.kind, f.found) for f in findings] == [("Berekening", "B13", "typed total", D(6559000))]


def test_years_down_the_rows_out_of_sequence():
    table = """Jaar\tBegroting\tWijziging\tBijgestelde begroting
2021\t-295.000\t-1.950\t-296.950
2022\t-295.000\t-1.950\t-296.950
2022\t-279.000\t-1.950\t-280.950
2024\t-279.000\t-1.950\t-280.950
Totaal\t-1.148.000\t-7.800\t-1.155.800"""
    findings = audit_grid(grid_from_text(table))[0].findings
    assert [(f.kind, f.cell, f.expected, f.found) for f in findings] == [("year", "A4", D(2023), D(2022))]


def test_a_line_repeating_the_members_block_without_the_centrumgemeente():
    """Seed 000's cross check found without its layout: the members' 2026 figures add up to -311 (their
    total says so too) while the baten line for the gemeentelijke bijdrage says -310."""
    table = """Regel\t2025\t2026\t2027\t2028\t2029
BATEN
Totaal gemeentelijke bijdrage\t-300\t-310\t-320\t-330\t-340
Totaal centrumgemeente bijdrage\t-50\t-50\t-50\t-50\t-50
Totaal baten\t-350\t-360\t-370\t-380\t-390
BIJDRAGE PER GEMEENTE
Almere\t-100\t-100\t-100\t-110\t-110
Baarn\t-200\t-211\t-220\t-220\t-230
Hilversum (centrumgemeente)\t-50\t-50\t-50\t-50\t-50
Totaal bijdragen\t-350\t-361\t-370\t-380\t-390"""
    findings = audit_grid(grid_from_text(table))[0].findings
    assert [(f.row_label, f.column, f.expected, f.found) for f in findings] == [
        ("Totaal gemeentelijke bijdrage", "2026", D(-311), D(-310))]


@settings(max_examples=12, deadline=None)
@given(st.integers(1, 5), st.integers(1, 25), st.sampled_from([1, 10, 1000, 100000]), st.randoms(use_true_random=False))
def test_random_amendments_we_produce_audit_clean(years, members, scale, rng):
    """Every sheet of a generated amendment (document, Berekening, Invoer) audits clean, whatever the figures
    (scale 1 and 10: budgets of a few hundred euros shown x EUR 1.000, where figures of 0, 1 and 2 repeat)."""
    import tempfile

    from pyengine.core.amendment import LINE_CODES, Amendment, compute
    from pyengine.core.keys import Key
    from pyengine.render.amendment_workbook import render_amendment

    names = [f"Gemeente {i:02d}" for i in range(members)]
    span = range(years)
    member_b = {n: tuple(D(-rng.randint(0, 50) * scale - rng.randint(0, 999)) for _ in span) for n in names}
    lines = {code: tuple((D(rng.choice([0, rng.randint(0, 900) * scale + rng.randint(0, 999)])),
                          D(rng.choice([0, rng.randint(-50, 50) * scale // 10]))) for _ in span) for code in LINE_CODES}
    lines["gemeentelijke_bijdrage"] = tuple((sum((member_b[n][y] for n in names), D(0)), D(-rng.randint(0, 90000)))
                                            for y in span)
    key = Key.from_mapping({n: rng.randint(1, 5000) for n in names})
    amendment = Amendment("2026-01", "Rand", "Regio", tuple(2026 + y for y in span), lines, member_b, (key,) * years)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "rand.xlsx"
        path.write_bytes(render_amendment(compute(amendment)))
        findings = audit(path).findings
    assert findings == (), [(f.sheet, f.cell, f.check) for f in findings[:3]]


SMALL_LASTEN = """Bedragen x €1.000
\tBegroting\tWijziging\tBijgestelde begroting
\t2026\t2026\t2026
LASTEN
Totaal personeelskosten\t1\t0\t1
Totaal kapitaallasten\t5\t0\t5
Totaal materiële kosten\t6\t0\t6
Overhead-primair proces\t0\t0\t0
Overhead-Regio\t0\t0\t0
Totaal overhead\t0\t0\t0
Dotatie aan voorzieningen\t7\t0\t7
Totaal lasten\t19\t0\t19"""


def test_a_line_that_repeats_the_two_above_it_by_chance_is_not_taken_for_their_total():
    """1 + 5 = 6 is a coincidence here: taking 'Totaal materiële kosten' for the total of the two lines
    above makes 'Totaal lasten' fail; the reading in which everything adds up wins."""
    table = audit_grid(grid_from_text(SMALL_LASTEN))[0]
    assert table.findings == ()
    lasten = next(r for r in table.relations if r.total == "Totaal lasten")
    assert not lasten.failed and {"Totaal personeelskosten", "Totaal materiële kosten"} <= set(lasten.parts)
    wrong = audit_grid(grid_from_text(SMALL_LASTEN.replace("Totaal lasten\t19\t0\t19", "Totaal lasten\t20\t0\t20")))
    assert [(f.place, f.row_label, f.expected, f.found) for f in wrong[0].findings] == [
        ("B12", "Totaal lasten", D(19), D(20)), ("D12", "Totaal lasten", D(19), D(20))]


BALANCING_FORM = """Regel\t2021\t2022\t2023
Totaal personeelskosten\t25.000\t25.000\t25.000
Totaal materiële kosten\t2.000\t2.000\t2.000
Totaal gemeentelijke bijdrage\t-27.000\t-27.000\t-27.000"""


def test_a_line_that_balances_the_lines_above_is_checked_as_a_balance():
    """An input form of a wijziging: the gemeentelijke bijdrage (baten, negative) covers the costs."""
    table = audit_grid(grid_from_text(BALANCING_FORM))[0]
    assert table.findings == ()
    assert [(r.total, r.parts, r.failed) for r in table.relations] == [
        ("Totaal gemeentelijke bijdrage", ("-Totaal personeelskosten", "-Totaal materiële kosten"), 0)]
    # one figure off is found at that figure, read against the balance the other years keep
    wrong = audit_grid(grid_from_text(BALANCING_FORM.replace("-27.000\t-27.000\t-27.000",
                                                             "-27.000\t-26.000\t-27.000")))[0]
    assert [(f.place, f.expected, f.found) for f in wrong.findings] == [("C4", D(-27000), D(-26000))]


def test_our_input_workbooks_audit_clean():
    """The Excel input workbooks we ship (examples/invoer) are tables an auditor may receive too."""
    books = sorted((ROOT / "examples" / "invoer").glob("*/*.xlsx"))
    assert len(books) == 4  # the three seeds and the afrekening
    for book in books:
        assert audit(book).findings == (), book.name


def test_the_rounding_unit_comes_from_the_figures_that_add_up():
    """A column of distances to the exact value (three decimals) does not make the table's unit 0,001."""
    table = audit_grid(grid_from_text("""Regel\tGetoond 2026\tAfstand tot exact 2026
Personeel\t1\t0,137
Huur\t2\t0,299
Totaal\t3\t0,436"""))[0]
    assert table.unit == D(1) and table.findings == ()


ROUNDED_MJR = """Meerjarenraming x € 1.000
Lasten\t2025\t2026\t2027
Salarissen\t10.412\t10.725\t11.046
Inhuur\t1.204\t1.240\t1.277
Huisvesting\t2.318\t2.388\t2.459
Totaal lasten\t13.935\t14.352\t14.788"""


def test_a_miss_within_rounding_is_told_apart_from_an_error():
    """Each shown figure rounded on its own: 13.935 for lines adding up to 13.934 is an afrondingsverschil
    (reported: the table does not add up as shown); 14.788 against 14.782 is more than rounding explains."""
    findings = audit_grid(grid_from_text(ROUNDED_MJR))[0].findings
    assert [(f.column, f.expected, f.found, f.within_rounding) for f in findings] == [
        ("2025", D(13934), D(13935), True), ("2026", D(14353), D(14352), True), ("2027", D(14782), D(14788), False)]


@pytest.mark.parametrize("rows, columns, wrong_years", [
    # 'Gemeente' 2025 2026 2028 2027 typed as numbers: a header (years out of sequence found), not a member
    ([["Bijdrage per gemeente (euro)"], [], ["Gemeente", 2025, 2026, 2028, 2027],
      ["Alkmaar", 3860494, 3976309, 4095598, 4218466], ["Bergen", 1062963, 1094852, 1127697, 1161528],
      ["Totaal", 4923457, 5071161, 5223295, 5379994]],
     ["2025", "2026", "2028", "2027"], [("D3", D(2027), D(2028)), ("E3", D(2028), D(2027))]),
    # a merged 'Begroting' over the years after 'Rekening': it heads them all
    ([[None, "Rekening", "Begroting"], ["Programma", 2025, 2026, 2028, 2027],
      ["Bestuur", 8120, 8340, 8601, 8512], ["Ruimte", 21460, 22105, 22870, 22390],
      ["Totaal lasten", 29580, 30445, 31471, 30902]],
     ["Rekening 2025", "Begroting 2026", "Begroting 2028", "Begroting 2027"],
     [("D2", D(2027), D(2028)), ("E2", D(2028), D(2027))]),
])
def test_years_as_numbers_head_the_columns(tmp_path, rows, columns, wrong_years):
    report = audit(write(tmp_path / "jaren.xlsx", rows))
    assert report.tables[0].columns == tuple(columns)
    assert [(f.cell, f.expected, f.found) for f in report.findings if f.kind == "year"] == wrong_years
    assert [f for f in report.findings if f.kind != "year"] == []
    rows[-1][2] += 1
    report = audit(write(tmp_path / "fout.xlsx", rows))
    assert [(f.row_label, f.column) for f in report.findings if f.kind == "sum"] == [(rows[-1][0], columns[1])]


AFVAL = [["Omschrijving", "Rekening 2024", "Begroting 2025", "Begroting 2026"],
         ["Inzameling en verwerking", -2412330, -2505000, -2580000], ["Kwijtschelding", -84120, -90000, -92000],
         ["Totaal lasten", -2496450, -2595000, -2672000],
         ["Opbrengst afvalstoffenheffing", 2348712, 2466350, 2540000], ["Opbrengst oud papier", 141800, 128650, 132000],
         ["Totaal baten", 2490512, 2595000, 2672000], [],
         ["Saldo van baten en lasten", -5938, 0, 0]]


def test_a_saldo_after_an_empty_row_and_a_total_that_fails_in_one_year(tmp_path):
    """The Saldo after an empty row still belongs to the table; 'Totaal baten' holds in 2024 and 2026 and
    misses by 1.500 in 2025 (a line typed wrong): found there, not dropped as 'not a total'."""
    clean = audit(write(tmp_path / "afval.xlsx", AFVAL))
    assert clean.findings == () and len(clean.tables) == 1
    assert any(r.total == "Saldo van baten en lasten" and not r.failed for r in clean.tables[0].relations)
    rows = [list(row) for row in AFVAL]
    rows[5][2] -= 1500  # oud papier 2025
    assert [(f.cell, f.row_label, f.expected, f.found) for f in audit(write(tmp_path / "fout.xlsx", rows)).findings] \
        == [("C7", "Totaal baten", D(2593500), D(2595000))]
    rows = [list(row) for row in AFVAL]
    rows[8][3] = 100  # the saldo 2026
    assert [(f.cell, f.expected, f.found) for f in audit(write(tmp_path / "saldo.xlsx", rows)).findings] == [
        ("D9", D(0), D(100))]


def test_saldo_as_baten_minus_lasten_both_printed_positive():
    table = """Programma\tRekening 2024\tBegroting 2025
Totaal lasten\t82.654\t85.733
Totaal baten\t79.509\t81.965
Saldo van baten en lasten\t-3.145\t-3.768"""
    assert audit_grid(grid_from_text(table))[0].findings == ()
    wrong = audit_grid(grid_from_text(table.replace("-3.768", "-3.668")))[0].findings
    assert [(f.place, f.expected, f.found) for f in wrong] == [("C4", D(-3768), D(-3668))]


def test_difference_and_end_balance_columns(tmp_path):
    """Verschil = realisatie - begroting, and stand 31 december = stand 1 januari + toevoegingen -
    onttrekkingen, checked row by row: a typo in one row is found there, even when the column total follows it
    (the total row then fails its own row's relation too)."""
    verschil = [["Taakveld", "Begroting na wijziging", "Realisatie", "Verschil"],
                ["0.1 Bestuur", 1245300, 1301845, 56545], ["0.4 Overhead", 6870150, 6702333, -167817],
                ["2.1 Verkeer", 3405870, 3612019, 206149], ["7.4 Milieubeheer", 1118250, 1090876, -27374],
                ["Totaal", 12639570, 12707073, 67503]]
    assert audit(write(tmp_path / "v.xlsx", verschil)).findings == ()
    verschil[3][3], verschil[5][3] = 260149, 121503  # 206.149 typed 260.149, the total following it
    found = audit(write(tmp_path / "v2.xlsx", verschil)).findings
    # the typed row, and the total row whose verschil no longer is its realisatie - begroting
    assert [(f.cell, f.row_label, f.expected, f.found) for f in found] == [
        ("D4", "2.1 Verkeer", D(206149), D(260149)), ("D6", "Totaal", D(67503), D(121503))]
    reserves = [["Reserve", "Stand 1 januari", "Toevoegingen", "Onttrekkingen", "Stand 31 december"],
                ["Algemene reserve", 18412300, 1250000, 2312450, 17349850],
                ["Reserve sociaal domein", 3250000, 0, 875000, 2375000],
                ["Egalisatiereserve", 6118740, 412000, 538220, 5992520],
                ["Totaal reserves", 27781040, 1662000, 3725670, 25717370]]
    assert audit(write(tmp_path / "r.xlsx", reserves)).findings == ()
    reserves[2][4], reserves[4][4] = 2357000, 25699370
    found = audit(write(tmp_path / "r2.xlsx", reserves)).findings
    assert [(f.cell, f.expected, f.found) for f in found] == [("E3", D(2375000), D(2357000)),
                                                              ("E5", D(25717370), D(25699370))]


def test_a_small_unnamed_correction_line_in_a_table_with_key_shares_is_a_plug(tmp_path):
    rows = [["Gemeente", "Verdeelsleutel", 2025, 2026], ["Alkmaar", 0.3127, 3860494, 3976309],
            ["Bergen", 0.0861, 1062963, 1094852], ["Castricum", 0.6012, 7422223, 7644889],
            ["Correctie", None, -2, -1], ["Totaal", 1, 12345678, 12716049]]
    found = audit(write(tmp_path / "c.xlsx", rows)).findings
    assert [(f.cell, f.kind, f.found) for f in found] == [("C5", "plug", D(-2)), ("D5", "plug", D(-1))]


def test_a_sign_printed_as_voordeel_or_nadeel_beside_the_figure_is_read():
    assert read_dutch_number("1.192 N") == (D(-1192), "")
    assert read_dutch_number("75V") == (D(75), "")
    assert read_dutch_number("(62) nadeel") == (D(-62), "")
    assert read_dutch_number("N") is None and read_dutch_number("12 van") is None


def test_a_balans_must_balance():
    """Two tables on one sheet: each side adds up on its own, and Totaal passiva must equal Totaal activa."""
    table = """ACTIVA\t31-12-2025\t31-12-2024
Vaste activa\t118.829\t115.648
Vlottende activa\t30.095\t30.932
Totaal activa\t148.924\t146.580

PASSIVA\t31-12-2025\t31-12-2024
Eigen vermogen\t37.590\t36.657
Voorzieningen\t8.432\t7.911
Vaste schulden\t91.702\t91.532
Vlottende passiva\t11.200\t10.480
Totaal passiva\t148.924\t146.580"""
    tables = audit_grid(grid_from_text(table))
    assert len(tables) == 2 and [f for t in tables for f in t.findings] == []  # 2025 beside 2024: no year finding
    assert any(r.total == "Totaal passiva" and r.parts == ("Totaal activa",) for r in tables[1].relations)
    wrong = table.replace("Vlottende passiva\t11.200", "Vlottende passiva\t11.250").replace(
        "Totaal passiva\t148.924", "Totaal passiva\t148.974")
    findings = [f for t in audit_grid(grid_from_text(wrong)) for f in t.findings]
    assert [(f.place, f.row_label, f.column, f.expected, f.found) for f in findings] == [
        ("B11", "Totaal passiva", "31-12-2025", D(148924), D(148974))]


def test_waarvan_lines_are_inside_their_line_not_beside_it():
    block = """Onderdeel\t2026\t2027
Jeugdhulp\t15.340\t15.710
   waarvan persoonsgebonden budget\t1.210\t1.240
Wmo-voorzieningen\t8.930\t9.150
Wijkteams\t4.120\t4.180
Totaal sociaal domein\t28.390\t29.040"""
    assert audit_grid(grid_from_text(block))[0].findings == ()
    first = """Uitkering gemeentefonds x € 1.000\t2026\t2027\t2028
Totaal uitkering gemeentefonds\t85.876\t87.140\t87.157
waarvan algemene uitkering\t78.412\t79.950\t80.210
waarvan integratie-uitkering\t6.120\t5.980\t5.845
waarvan decentralisatie-uitkeringen\t1.344\t1.210\t1.102"""
    assert audit_grid(grid_from_text(first))[0].findings == ()
    wrong = audit_grid(grid_from_text(first.replace("87.157", "87.207")))[0].findings
    assert [(f.place, f.expected, f.found) for f in wrong] == [("D2", D(87157), D(87207))]


def test_a_typed_total_among_the_tables_other_formula_totals():
    def cell(value, formula):
        return Cell(str(value), D(value), "", formula)
    rows = [("Wegen", 100, False), ("Bruggen", 50, False), ("Totaal wegen", 150, True), ("Panden", 70, False),
            ("Scholen", 30, False), ("Totaal gebouwen", 100, False), ("Totaal kapitaallasten", 250, True)]
    cells = {(1, 1): Cell("Post"), (1, 2): Cell("2026")}
    for r, (name, value, formula) in enumerate(rows, start=2):
        cells[(r, 1)] = Cell(name)
        cells[(r, 2)] = cell(value, formula)
    findings = audit_grid(Grid("Blad", cells))[0].findings
    assert [(f.kind, f.place, f.found) for f in findings] == [("typed total", "B7", D(100))]


def test_columns_that_combine_other_columns_and_columns_that_do_not_add_up(tmp_path):
    rows = [["Project", "Krediet", "Besteed t/m 2024", "Besteed 2025", "Restant krediet", "Groei %"],
            ["Stationsweg", 2500000, 1200000, 600000, 700000, 0.016],
            ["Sporthal", 1800000, 150000, 900000, 750000, 0.034],
            ["Voertuigen", 400000, 0, 310000, 90000, 0.01],
            ["Totaal", 4700000, 1350000, 1810000, 1540000, 0.027]]
    assert audit(write(tmp_path / "k.xlsx", rows)).findings == ()  # a growth % is not summed
    rows[2][4] += 10000
    # the wrong Restant krediet of the Sporthal is the finding; the Totaal's 1.540.000 is what the restanten add up
    # to with the Sporthal's true restant (Krediet - Besteed), so it is not blamed for it: as printed the restanten
    # make 1.550.000, a 'follows' finding
    assert [(f.cell, f.row_label, f.column, f.kind, f.expected, f.found)
            for f in audit(write(tmp_path / "k2.xlsx", rows)).findings] == [
        ("E3", "Sporthal", "Restant krediet", "sum", D(750000), D(760000)),
        ("E5", "Totaal", "Restant krediet", "follows", D(1550000), D(1540000))]


def test_an_emu_saldo_and_a_resultaat_with_the_wrong_sign():
    emu = """EMU-saldo x € 1.000\tBegroting 2026\tBegroting 2027
Exploitatiesaldo voor reserves\t-1.250\t-830
Afschrijvingen\t6.400\t6.520
Bruto investeringen\t-12.780\t-9.400
Desinvesteringen\t1.210\t800
EMU-saldo\t-6.420\t-2.910"""
    assert audit_grid(grid_from_text(emu))[0].findings == ()
    wrong = audit_grid(grid_from_text(emu.replace("-12.780", "-12.870")))[0].findings
    assert [(f.place, f.row_label, f.expected, f.found) for f in wrong] == [("B6", "EMU-saldo", D(-6510), D(-6420))]
    result = """Programma\tBegroting 2025\tRekening 2025
Bestuur\t-3.120\t-3.005
Sociaal\t-41.200\t-42.115
Algemene dekkingsmiddelen\t44.320\t44.554
Resultaat\t0\t(566)"""
    assert audit_grid(grid_from_text(result))[0].findings == ()
    wrong = audit_grid(grid_from_text(result.replace("(566)", "566")))[0].findings
    assert [(f.place, f.expected, f.found) for f in wrong] == [("C5", D(-566), D(566))]


def test_the_rounding_allowance_grows_with_the_spread_not_the_worst_case():
    from pyengine.audit.tables import _rounding_allowance
    assert [_rounding_allowance(n) for n in (1, 3, 6, 22)] == [1, 2, 3, 5]


def grid_of(header: list[str], rows: list[list]) -> Grid:
    cells = {(1, c): Cell(h) for c, h in enumerate(header, start=1)}
    for r, row in enumerate(rows, start=2):
        for c, value in enumerate(row, start=1):
            cells[(r, c)] = Cell(value) if isinstance(value, str) else Cell(str(value), D(value))
    return Grid("Blad", cells)


reserve = st.tuples(st.integers(1000, 9_000_000), st.integers(0, 3_000_000), st.integers(0, 3_000_000))


@settings(max_examples=100, deadline=None)
@given(st.lists(reserve, min_size=2, max_size=7), st.data())
def test_random_reserve_movements_are_clean_and_an_altered_figure_is_found_there(movements, data):
    """Stand 1 januari + toevoegingen - onttrekkingen = stand 31 december, per reserve and in total."""
    header = ["Reserve", "Stand 1 januari", "Toevoegingen", "Onttrekkingen", "Stand 31 december"]
    rows = [[f"Reserve {chr(65 + i)}", b, t, o, b + t - o] for i, (b, t, o) in enumerate(movements)]
    rows.append(["Totaal"] + [sum(row[c] for row in rows) for c in range(1, 5)])
    assert audit_grid(grid_of(header, rows))[0].findings == ()
    r = data.draw(st.integers(0, len(movements) - 1))
    c = data.draw(st.sampled_from([1, 4]))  # a stand: the figures a typo most often hits
    rows[r][c] += data.draw(st.sampled_from([1, -1, 9, 1000, -90000]))
    findings = audit_grid(grid_of(header, rows))[0].findings
    assert findings and all(f.row == r + 2 or f.col == c + 1 for f in findings)


@settings(max_examples=100, deadline=None)
@given(st.integers(1, 5).flatmap(lambda width: st.lists(st.tuples(*[st.integers(0, 90_000_000)] * width),
                                                        min_size=2, max_size=12)))
@example(exact=[(0,), (0,), (500,), (99000,)])  # 'Post 2' (1 under two lines of 0) read as their subtotal, once
@example(exact=[(0, 0, 500), (0, 500, 500), (0, 1000, 500)])  # '2027' read as '2025' + '2026' (0 + 1 = 1 by chance)
def test_random_tables_rounded_to_thousands_give_only_rounding_sized_misses(exact):
    """Each figure and the total rounded on its own (x EUR 1.000): whatever does not add up as shown misses
    by no more than half a unit per line and for the total, the most rounding can do (which of those the
    audit calls an afrondingsverschil is held by test_a_miss_within_rounding_is_told_apart_from_an_error)."""
    def shown(value):
        return int((D(value) / 1000).quantize(D(1), rounding="ROUND_HALF_UP"))
    header = ["Lasten x € 1.000"] + [str(2025 + i) for i in range(len(exact[0]))]
    rows = [[f"Post {i}"] + [shown(v) for v in line] for i, line in enumerate(exact)]
    rows.append(["Totaal"] + [shown(sum(column)) for column in zip(*exact)])
    findings = audit_grid(grid_of(header, rows))[0].findings
    assert all(f.kind == "sum" and f.row == len(rows) + 1 and abs(f.difference) * 2 <= len(rows) for f in findings)


def test_minus_written_as_slashes_a_mutatie_percentage_and_a_totaal_column_first():
    assert read_dutch_number("-/- 2.821.600") == (D(-2821600), "")
    assert read_dutch_number("+/+ 12") == (D(12), "")
    mutatie = """Lasten\t2025\t2026\tMutatie %
Personeel\t1.200\t1.250\t4,2
Inhuur\t300\t290\t-3,3
Totaal lasten\t1.500\t1.540\t2,7"""
    assert audit_grid(grid_from_text(mutatie))[0].findings == ()
    first = """Project\tTotaal\tRijk\tProvincie\tGemeenten
Fietsroute\t2.000.000\t1.000.000\t600.000\t400.000
Natuurbrug\t4.550.000\t3.000.000\t1.000.000\t550.000
Totaal\t6.550.000\t4.000.000\t1.600.000\t950.000"""
    assert audit_grid(grid_from_text(first))[0].findings == ()
    wrong = first.replace("4.550.000", "4.450.000").replace("6.550.000", "6.450.000")  # the total follows the typo
    assert [(f.place, f.expected, f.found) for f in audit_grid(grid_from_text(wrong))[0].findings] == [
        ("B3", D(4550000), D(4450000)), ("B4", D(6550000), D(6450000))]


def test_a_wrong_taakveld_total_is_named_not_the_subtotal_above_it():
    """One column: 'Totaal taakveld 6.4' printed 3.535.000 over products of 3.435.000; the subtotal above it
    was made from the right figures. The error is named at the taakveld total; the subtotal, which no
    longer equals 6.3 + 6.4 as printed, is not blamed for it (it adds up to what 6.4 should have been): a 'follows'
    finding, with 6.3 + 6.4 as printed."""
    table = """Programma / taakveld / product\tBegroting 2025
Product Bijstandsuitkeringen\t18.450.000
Product Inkomensvoorzieningen zelfstandigen\t640.000
Totaal taakveld 6.3 Inkomensregelingen\t19.090.000
Product Re-integratie\t2.310.000
Product Beschut werk\t1.125.000
Totaal taakveld 6.4 Participatie\t3.535.000
Subtotaal Werk en inkomen\t22.525.000"""
    findings = audit_grid(grid_from_text(table))[0].findings
    assert [(f.row_label, f.expected, f.found, f.kind) for f in findings] == [
        ("Totaal taakveld 6.4 Participatie", D(3435000), D(3535000), "sum"),
        ("Subtotaal Werk en inkomen", D(22625000), D(22525000), "follows")]
    assert audit_grid(grid_from_text(table.replace("3.535.000", "3.435.000")))[0].findings == ()


def test_a_run_that_holds_beats_a_longer_one_that_holds_more_often_but_fails():
    """Totaal overhead = the two overhead lines (1.501 in 2027); the five lines above it also make 0 = -5 + 5
    somewhere, but fail twice: the exact pair is its parts, and Totaal lasten then adds up."""
    table = """\tBegroting 2026\tWijziging 2026\tBijgesteld 2026\tBegroting 2027\tWijziging 2027\tBijgesteld 2027
Totaal personeelskosten\t0\t0\t0\t0\t0\t0
Totaal kapitaallasten\t0\t0\t0\t0\t-5\t-5
Totaal materiële kosten\t0\t-5\t-5\t0\t5\t5
Overhead-primair proces\t0\t0\t0\t0\t0\t0
Overhead-Regio\t0\t0\t0\t1.501\t0\t1.501
Totaal overhead\t0\t0\t0\t1.501\t0\t1.501
Dotatie aan voorzieningen\t0\t0\t0\t1.769\t0\t1.769
Totaal lasten\t0\t-5\t-5\t3.270\t0\t3.270"""
    table_ = audit_grid(grid_from_text(table))[0]
    assert table_.findings == ()
    assert any(r.total == "Totaal overhead" and r.parts == ("Overhead-primair proces", "Overhead-Regio")
               for r in table_.relations)


def test_a_result_closing_a_one_column_table_is_held_to_its_lines():
    table = """Omschrijving\tBedrag
Saldo van baten en lasten\t-/- 1.254.300
Toevoeging algemene reserve\t-/- 250.000
Onttrekking reserve sociaal domein\t1.180.000
Onttrekking reserve onderhoud\t412.600
Gerealiseerd resultaat\t88.300"""
    assert audit_grid(grid_from_text(table))[0].findings == ()
    wrong = audit_grid(grid_from_text(table.replace("88.300", "98.300")))[0].findings
    assert [(f.row_label, f.expected, f.found) for f in wrong] == [("Gerealiseerd resultaat", D(88300), D(98300))]


CHAINED = """Regel\tGetoond begroting 2026\tGetoond wijziging 2026\tGetoond bijgesteld 2026\tGetoond begroting 2027\tGetoond wijziging 2027\tGetoond bijgesteld 2027\tGetoond begroting 2028\tGetoond wijziging 2028\tGetoond bijgesteld 2028
Totaal personeelskosten\t0\t0\t0\t0\t0\t0\t0\t0\t0
Totaal kapitaallasten\t0\t0\t0\t0\t0\t0\t0\t0\t0
Totaal materiële kosten\t0\t0\t0\t0\t0\t0\t0\t0\t0
Overhead-primair proces\t0\t0\t0\t0\t0\t0\t0\t0\t0
Overhead-Regio\t0\t0\t0\t0\t0\t0\t0\t0\t0
Totaal overhead\t0\t0\t0\t0\t0\t0\t0\t0\t0
Dotatie aan voorzieningen\t1\t0\t1\t0\t0\t0\t0\t0\t0
Totaal lasten\t1\t0\t1\t0\t0\t0\t0\t0\t0
Totaal gemeentelijke bijdrage\t-12\t-13\t-25\t-8\t-1\t-9\t-9\t-13\t-22
Totaal centrumgemeente bijdrage\t0\t0\t0\t0\t0\t0\t1\t0\t1
Totaal Rijksbijdrage\t0\t0\t0\t0\t0\t0\t0\t0\t0
Totaal bijdragen derden\t0\t0\t0\t0\t0\t0\t1\t0\t1
Totaal overige baten\t0\t0\t0\t0\t0\t0\t1\t0\t1
Onttrekking uit voorziening\t0\t0\t0\t0\t0\t0\t0\t0\t0
Totaal baten\t-12\t-13\t-25\t-8\t-1\t-9\t-6\t-13\t-19
Saldo van baten en lasten\t-11\t-13\t-24\t-8\t-1\t-9\t-6\t-13\t-19
Dotatie bestemmingsreserve(s)\t0\t0\t0\t0\t0\t0\t0\t0\t0
Onttrekking bestemmingsreserve(s)\t0\t0\t0\t0\t0\t0\t0\t0\t0
Totaal mutatie reserves\t0\t0\t0\t0\t0\t0\t0\t0\t0
Saldo\t-11\t-13\t-24\t-8\t-1\t-9\t-6\t-13\t-19
Gemeente 00\t-1\t0\t-1\t-1\t0\t-1\t0\t0\t0
Gemeente 01\t-1\t-1\t-2\t-1\t0\t-1\t0\t-1\t-1
Gemeente 02\t0\t0\t0\t0\t0\t0\t0\t-1\t-1
Gemeente 03\t-1\t-1\t-2\t0\t0\t0\t-1\t-1\t-2
Gemeente 04\t0\t0\t0\t0\t0\t0\t0\t0\t0
Gemeente 05\t-1\t0\t-1\t0\t0\t0\t0\t0\t0
Gemeente 06\t0\t-1\t-1\t-1\t0\t-1\t-1\t-1\t-2
Gemeente 07\t-1\t0\t-1\t-1\t0\t-1\t0\t0\t0
Gemeente 08\t0\t0\t0\t0\t0\t0\t-1\t0\t-1
Gemeente 09\t-1\t0\t-1\t0\t0\t0\t-1\t0\t-1
Gemeente 10\t-1\t0\t-1\t0\t0\t0\t-1\t0\t-1
Gemeente 11\t0\t0\t0\t0\t0\t0\t0\t0\t0
Gemeente 12\t-1\t-1\t-2\t-1\t0\t-1\t-1\t0\t-1
Gemeente 13\t-1\t-2\t-3\t0\t0\t0\t0\t-2\t-2
Gemeente 14\t0\t-1\t-1\t0\t0\t0\t0\t-1\t-1
Gemeente 15\t-1\t-2\t-3\t0\t-1\t-1\t0\t-2\t-2
Gemeente 16\t0\t0\t0\t0\t0\t0\t-1\t0\t-1
Gemeente 17\t0\t-1\t-1\t-1\t0\t-1\t0\t-1\t-1
Gemeente 18\t0\t0\t0\t-1\t0\t-1\t0\t0\t0
Gemeente 19\t-1\t-1\t-2\t0\t0\t0\t0\t-1\t-1
Gemeente 20\t0\t0\t0\t0\t0\t0\t-1\t0\t-1
Gemeente 21\t0\t-1\t-1\t-1\t0\t-1\t0\t-1\t-1
Gemeente 22\t0\t-1\t-1\t0\t0\t0\t0\t-1\t-1
Gemeente 23\t0\t0\t0\t0\t0\t0\t0\t0\t0
Gemeente 24\t-1\t0\t-1\t0\t0\t0\t-1\t0\t-1
Totaal bijdragen\t-12\t-13\t-25\t-8\t-1\t-9\t-8\t-13\t-21"""


def test_coincidences_that_show_one_after_another_are_undone_in_rounds():
    """A generated amendment's shown figures (x EUR 1.000, Berekening section C): bijdragen derden 1 =
    centrumgemeente 1 + rijks 0, and once that is undone, overige baten 1 = rijks 0 + derden 1. Only
    undoing both lets Totaal baten be its own lines; a single round left it to a block further down."""
    table = audit_grid(grid_from_text(CHAINED))[0]
    assert table.findings == ()
    assert any(r.total == "Totaal baten" and not r.failed and "Totaal overige baten" in r.parts
               for r in table.relations)


def test_two_wrong_totals_in_a_one_year_table_are_findings_not_a_column_that_does_not_add_up(tmp_path):
    """Trial R1: Totaal lasten 1.650 over lines making 2.010 and Totaal baten 1.649 over 1.650 (a balanced GR
    budget). Both failing in the table's only column made it 'a column that does not add up' (ranks, rates):
    both were reported as holding, 'every total adds up', exit 0. A column is read so only where the same
    relations hold in the other columns."""
    rows = [[None, "2025"], ["Personeel", 1200], ["Huisvesting", 300], ["ICT", 510], ["Totaal lasten", 1650],
            [None, None], ["Bijdragen", 1400], ["Overige", 250], ["Totaal baten", 1649]]
    report = audit(write(tmp_path / "r1.xlsx", rows))
    assert sorted((f.cell, f.expected, f.found) for f in report.findings) == [
        ("B5", D(2010), D(1650)), ("B9", D(1650), D(1649))]
    assert report.verdict == "findings"
    assert all("holds" not in r.describe() for r in report.tables[0].relations)


def test_a_ratio_column_whose_totals_fail_where_the_amounts_add_up_is_not_summed(tmp_path):
    # 'Dekking (%)' = baten / lasten: its subtotals and total are no sums, while the lasten and baten add up
    rows = [[None, "Lasten", "Baten", "Dekking (%)"], ["Afval", 1000, 900, 90], ["Riolering", 2000, 2100, 105],
            ["Subtotaal heffingen", 3000, 3000, 100], ["Leges", 500, 250, 50], ["Markt", 100, 50, 50],
            ["Subtotaal overig", 600, 300, 50], ["Totaal", 3600, 3300, 92]]
    report = audit(write(tmp_path / "dekking.xlsx", rows))
    assert report.findings == (), [(f.cell, f.check) for f in report.findings]
    rows[4][1] = 510  # Leges lasten: now a finding at Subtotaal overig in the Lasten column (and not at Totaal)
    report = audit(write(tmp_path / "dekking-fout.xlsx", rows))
    assert [(f.cell, f.expected, f.found) for f in report.findings] == [("B7", D(610), D(600))]


PROGRAMMES = [[None, "Begroting 2025 vóór wijziging", "Wijziging", "Begroting 2025 na wijziging"],
              ["Totaal programma 1 Ruimte", 300, 20, 320], ["1.1 Ruimtelijke ontwikkeling", 100, 20, 120],
              ["1.2 Wonen", 200, 0, 200], [None], ["Totaal programma 2 Mobiliteit", 70, -5, 65],
              ["2.1 Wegen", 30, -5, 25], ["2.2 Openbaar vervoer", 40, 0, 40], [None], ["Totaal lasten", 370, 15, 385]]


def test_totals_printed_above_their_lines_hold_them_and_the_foot_holds_the_totals(tmp_path):
    """Trial R3 / T08, a provincie's begrotingswijziging: 'Totaal programma 1' above its lines. 'Totaal lasten'
    was summed over the programme totals and their lines again (expected 740, found 370: three false findings
    a file) and the programme totals were 'not checked here'. 'Begroting 2025 na wijziging' (a year inside the
    words) is a total column: vóór + wijziging."""
    report = audit(write(tmp_path / "programmas.xlsx", PROGRAMMES))
    assert report.findings == () and report.verdict == "clean", [(f.cell, f.check) for f in report.findings]
    described = [r.describe() for r in report.tables[0].relations]
    assert "row 'Totaal programma 1 Ruimte' = 1.1 Ruimtelijke ontwikkeling, 1.2 Wonen: holds" in described
    assert "row 'Totaal lasten' = Totaal programma 1 Ruimte, Totaal programma 2 Mobiliteit: holds" in described
    assert any(r.axis == "column" and r.total == "Begroting 2025 na wijziging" and not r.failed
               for r in report.tables[0].relations)


def test_a_line_deleted_under_a_total_above_its_lines_is_a_finding_there(tmp_path):
    rows = [row[:] for row in PROGRAMMES]
    del rows[7]  # 2.2 Openbaar vervoer: 'Totaal programma 2' now stands over 2.1 alone
    report = audit(write(tmp_path / "geschrapt.xlsx", rows))
    assert sorted((f.cell, f.expected, f.found) for f in report.findings) == [
        ("B6", D(30), D(70)), ("D6", D(25), D(65))], [(f.cell, f.check) for f in report.findings]


def test_a_total_opening_its_block_over_lines_that_do_not_make_it_is_no_total_above_them(tmp_path):
    # 'Totaal lasten' opening the baten's block of a balanced budget: the baten's lines do not make it (the
    # lasten above do), and nothing else in the table is read above its lines
    rows = [[None, "2025"], ["Personeel", 1200], ["Huisvesting", 450], [None], ["Totaal lasten", 1650],
            ["Bijdragen", 1400], ["Overige", 200], ["Totaal baten", 1600]]
    described = [r.describe() for r in audit(write(tmp_path / "balans.xlsx", rows)).tables[0].relations]
    assert not any("= Bijdragen, Overige" in d and d.startswith("row 'Totaal lasten'") for d in described), described


def test_a_stand_chain_whose_begin_equals_its_onttrekkingen_in_every_row_is_still_the_chain():
    """Hypothesis found it: stand 1 januari equal to the onttrekkingen in every row (1.000, 1.000, 1.000; 3.000)
    made begin + toevoegingen - onttrekkingen a combination of two cancelling parts, passed over, and the column
    was held to '-Toevoegingen + Onttrekkingen' instead: two false findings."""
    header = ["Reserve", "Stand 1 januari", "Toevoegingen", "Onttrekkingen", "Stand 31 december"]
    rows = [["Reserve A", 1000, 0, 1000, 0], ["Reserve B", 1000, 500, 1000, 500], ["Reserve C", 1000, 500, 1000, 500],
            ["Totaal", 3000, 1000, 3000, 1000]]
    table = audit_grid(grid_of(header, rows))[0]
    assert table.findings == ()
    assert any(r.total == "Stand 31 december" and r.parts == ("Stand 1 januari", "Toevoegingen", "-Onttrekkingen")
               and not r.failed for r in table.relations), [r.describe() for r in table.relations]


def test_a_pdfs_dashes_for_nil_are_figures_places_so_two_blocks_after_an_empty_row_stay_one_table():
    """Trial T02 as a PDF: the zeros printed as '-', the first block's 'Vermindering' column all dashes. The
    dashes counted as column titles, so the second block (after an empty row) was another table without column
    names: its stand chain unchecked, 'Totaal reserves' not checked, findings naming no column. And the opening
    balance 'Saldo 1-1-2024' is no total left unchecked."""
    header = ["Reserve", "Saldo 1-1-2024", "Toevoegingen", "Onttrekkingen", "Vermindering", "Saldo 31-12-2024"]
    rows = [["Algemene reserves"], ["Algemene reserve", 5000, 1100, 1300, "-", 4800],
            ["Reserve weerstand", 2900, 300, "-", "-", 3200], ["Totaal algemene reserves", 7900, 1400, 1300, "-", 8000],
            [], ["Bestemmingsreserves"], ["Reserve mobiliteit", 6000, 700, 100, "-", 6600],
            ["Reserve kapitaallasten", 6100, 400, "-", 300, 6200],
            ["Totaal bestemmingsreserves", 12100, 1100, 100, 300, 12800], [],
            ["Totaal reserves", 20000, 2500, 1400, 300, 20800]]
    tables = audit_grid(grid_of(header, rows))
    assert len(tables) == 1 and tables[0].findings == () and tables[0].unchecked == (), tables[0].unchecked
    described = [r.describe() for r in tables[0].relations]
    assert "row 'Totaal reserves' = Totaal algemene reserves, Totaal bestemmingsreserves: holds" in described
    assert any(d.startswith("column 'Saldo 31-12-2024' = Saldo 1-1-2024, Toevoegingen, -Onttrekkingen") for d in
               described), described
    rows[6][5] = 6601  # Reserve mobiliteit's stand: found at its row, in its column
    # (its block's total, 12.800, fails as printed, 6.601 + 6.200 = 12.801, only through it: 'follows')
    findings = audit_grid(grid_of(header, rows))[0].findings
    assert [(f.row_label, f.column, f.kind, f.expected, f.found) for f in findings] == [
        ("Reserve mobiliteit", "Saldo 31-12-2024", "sum", D(6600), D(6601)),
        ("Totaal bestemmingsreserves", "Saldo 31-12-2024", "follows", D(12801), D(12800))], findings


def test_a_total_over_lines_empty_in_a_column_is_held_to_0_there(tmp_path):
    """Trial R6 / T06: zeros printed as empty cells; after a line was deleted 'Subtotaal onderhoudsvoorzieningen'
    stood with 170.729 toevoegingen over two empty cells. It was passed ('holds', exit 0): the lines make 0."""
    rows = [[None, "Saldo 1 januari 2024", "Toevoegingen", "Aanwendingen"],
            ["Onderhoud gemeentelijke gebouwen", 2500000, None, 100000],
            ["Onderhoud openbare verlichting", 1158323, None, 48260],
            ["Subtotaal onderhoudsvoorzieningen", 3658323, 170729, 148260]]
    report = audit(write(tmp_path / "leeg.xlsx", rows))
    assert [(f.cell, f.expected, f.found) for f in report.findings] == [("C4", D(0), D(170729))]
    rows[3][2] = None  # nothing there: nothing to hold
    assert audit(write(tmp_path / "niets.xlsx", rows)).findings == ()


def test_a_line_of_ratios_is_no_amount_a_total_column_adds_up(tmp_path):
    # trial2 U10: 'Ratio weerstandsvermogen' 3,4 | 1,1 | 2,8 under Incidenteel | Structureel | Totaal: no finding
    rows = [[None, "Incidenteel", "Structureel", "Totaal"], ["Grondexploitaties", 1149000, 0, 1149000],
            ["Garantstellingen", 3388000, 1582000, 4970000], ["Totaal benodigd", 4537000, 1582000, 6119000],
            [None], ["Ratio weerstandsvermogen", 3.4, 1.1, 2.8]]
    report = audit(write(tmp_path / "ratio.xlsx", rows))
    assert report.findings == () and report.verdict == "clean", [(f.cell, f.check) for f in report.findings]
    rows[2][3] = 4970001  # an amount still is one (and the Totaal benodigd under it follows: 6.119.001 as printed)
    assert [(f.cell, f.kind, f.expected, f.found) for f in audit(write(tmp_path / "fout.xlsx", rows)).findings] == [
        ("D3", "sum", D(4970000), D(4970001)), ("D4", "follows", D(6119001), D(6119000))]


def test_a_total_as_the_tables_first_line_is_held_to_the_lines_under_it_also_when_one_is_deleted(tmp_path):
    """Trial2 U07: 'Totaal subsidieplafonds' first, its regelingen under it. It was 'not checked here (its parts
    are not in the table)': with a line deleted the file said 'no findings' and exited 0."""
    rows = [[None, "Plafond 2025", "Plafond 2026", "Verschil"], ["Totaal subsidieplafonds", 23500, 24100, 600],
            ["Cultuurparticipatie", 11100, 10900, -200], ["Erfgoed en monumenten", 5400, 6700, 1300],
            ["Vitale kernen", 7000, 6500, -500]]
    assert audit(write(tmp_path / "plafonds.xlsx", rows)).findings == ()
    del rows[3]
    report = audit(write(tmp_path / "geschrapt.xlsx", rows))
    assert sorted((f.cell, f.expected, f.found) for f in report.findings) == [
        ("B2", D(18100), D(23500)), ("C2", D(17400), D(24100)), ("D2", D(-700), D(600))]
    assert report.verdict == "findings"


def test_a_title_repeated_over_the_first_and_last_column_heads_only_those(tmp_path):
    # trial2 U04: 'Saldo' over '1 januari 2024' and again over '31 december 2024': the movements between them
    # are no 'Saldo Toevoegingen' (read as totals and left NOT verified, exit 1)
    rows = [[None, "Saldo", None, None, "Saldo"], [None, "1 januari 2024", "Toevoegingen", "Aanwendingen",
                                                    "31 december 2024"],
            ["Voorziening gemalen", 4409, 667, 218, 4858], ["Voorziening zuiveringen", 1348, 847, 307, 1888],
            ["Totaal", 5757, 1514, 525, 6746]]
    report = audit(write(tmp_path / "voorzieningen.xlsx", rows))
    assert report.findings == () and report.verdict == "clean" and not report.unverified, report.unverified
    assert report.tables[0].columns == ("Saldo 1 januari 2024", "Toevoegingen", "Aanwendingen",
                                        "Saldo 31 december 2024")


# Trial3 V10, R3: a waterschap's kosten per taak, x € 1.000. 'Taak' merged over the three taken in the first header
# row; 'Totaal' beside them is the total across them. Personeelslasten / Watersysteembeheer altered 100 -> 101.
TAKEN = [["Kosten per taak (bedragen x € 1.000)"],
         [None, "Taak", None, None, None],
         [None, "Watersysteembeheer", "Zuiveringsbeheer", "Wegenbeheer", "Totaal"],
         ["Personeelslasten", 101, 200, 30, 330],
         ["Goederen en diensten van derden", 400, 500, 60, 960],
         ["Totaal kosten", 500, 700, 90, 1290]]


def test_a_totaal_column_beside_a_group_title_merged_over_the_columns_it_adds_is_checked(tmp_path):
    """The 'Totaal' column was named 'Taak Totaal' (the group title spanned onto it), called no total, and never
    checked: its row total E4 (331 of its taken, 330 printed) went unreported. Its own title says what it is."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Tabel"
    for row in TAKEN:
        sheet.append(row)
    sheet.merge_cells("B2:D2")
    book.save(tmp_path / "taken.xlsx")
    report = audit(tmp_path / "taken.xlsx")
    assert sorted((f.cell, f.expected, f.found) for f in report.findings) == [
        ("B6", D(501), D(500)), ("E4", D(331), D(330))]
    # (merged over B2:D2, 'Taak' heads the three taken only: the column beside them is the workbook's 'Totaal')
    assert any(r.total == "Totaal" and r.axis == "column" and r.failed == 1 for t in report.tables
               for r in t.relations)
    # the original adds up, and says so
    sheet["B4"] = 100
    book.save(tmp_path / "taken-goed.xlsx")
    assert audit(tmp_path / "taken-goed.xlsx").findings == ()


def test_a_totaal_column_beside_a_group_title_is_checked_also_under_a_section_title(tmp_path):
    """Trial3 V10: the same header with the section title 'Kosten' under it, a header row without figures too: the
    column's own title is the lowest one over it."""
    book = openpyxl.Workbook()
    sheet = book.active
    for row in TAKEN[:3] + [["Kosten"]] + TAKEN[3:]:
        sheet.append(row)
    sheet.merge_cells("B2:D2")
    book.save(tmp_path / "taken.xlsx")
    assert sorted((f.cell, f.expected, f.found) for f in audit(tmp_path / "taken.xlsx").findings) == [
        ("B7", D(501), D(500)), ("E5", D(331), D(330))]


def test_a_group_title_printed_over_the_middle_column_leaves_the_totaal_column_a_total():
    """The same table as a PDF gives it: 'Taak' centred, so over the middle taak only; spanned to the right it
    named the totals 'Taak Totaal'."""
    text = "\n".join("\t".join("" if v is None else f"{v:,}".replace(",", ".") if isinstance(v, int) else v
                               for v in row) for row in TAKEN[2:])
    grid = grid_from_text("\t\tTaak\n" + text)
    table = audit_grid(grid)[0]
    assert sorted((f.row_label, f.column, f.expected, f.found) for f in table.findings) == [
        ("Personeelslasten", "Totaal Taak", D(331), D(330)),
        ("Totaal kosten", "Watersysteembeheer", D(501), D(500))]


# Trial3 V01, R4: a staat van langlopende geldleningen. 'Rente %' is no amount (the Totaal row leaves it blank); in
# the PDF the leningnummers (40.101 ...) before it are read as a column of figures, blank in the Totaal row too.
LENINGEN = """Lening\t\tRente %\tSaldo 1-1-2024\tAflossingen 2024\tSaldo 31-12-2024
BNG Bank\t40.101\t3,85\t1.200.000\t100.000\t1.100.000
NWB Bank\t40.107\t0,98\t800.000\t50.000\t750.000
Totaal\t\t\t2.000.000\t150.000\t1.850.000"""


@pytest.mark.parametrize("numbers", [True, False])
def test_the_first_saldo_after_columns_the_totals_leave_blank_is_an_opening_balance(numbers):
    """'Saldo 1-1-2024' after 'Rente %' (and the leningnummers) was called a total that nothing before it adds up
    to: NOT verified, so a staat van leningen that adds up exited 1 (and at 234c8aa 9 false findings in the PDF)."""
    text = LENINGEN if numbers else "\n".join("\t".join(v for i, v in enumerate(line.split("\t")) if i != 1)
                                              for line in LENINGEN.splitlines())
    table = audit_grid(grid_from_text(text))[0]
    assert table.findings == () and table.unverified == () and table.unchecked == ()
    assert [(r.total, r.failed) for r in table.relations] == [("Totaal", 0), ("Saldo 31-12-2024", 0)]
    # an altered aflossing is still found, at both totals it makes
    table = audit_grid(grid_from_text(text.replace("\t100.000\t", "\t100.500\t")))[0]
    assert sorted((f.row_label, f.column, f.expected, f.found) for f in table.findings) == [
        ("BNG Bank", "Saldo 31-12-2024", D(1099500), D(1100000)), ("Totaal", "Aflossingen 2024", D(150500), D(150000))]


def test_a_wrong_section_subtotal_is_not_hidden_by_a_second_section_of_the_same_sum():
    """Hypothesis found it: two sections of three lines of 1, 'Subtotaal sectie 1' typed 4 in one year. 'Totaal' 6
    was read as every line of the second section with its own subtotal (1 + 1 + 1 + 3, rule 'whole block'), which
    holds, and so was not the consequence of the wrong subtotal it is."""
    grid, feeds = sections_grid([[[1, 1], [1, 1], [1, 1]], [[1, 1], [1, 1], [1, 1]]])
    grid = Grid(grid.name, {**grid.cells, (6, 2): Cell("4", D(4))})
    findings = audit_grid(grid)[0].findings
    assert [(f.row, f.col, f.kind, f.follows_from) for f in findings] == \
        [(6, 2, "sum", ()), (12, 2, "follows", ((6, 2),))]


# a new user's gemeentefonds: the sum of a block named by its heading's last words ('Sociaal domein' under
# 'Taakmiddelen sociaal domein'), no 'Totaal' in it
NAMED_BY_ITS_HEADING = """Onderdeel\t2026\t2027\t2028
Algemene uitkering
Uitkering basis\t45210\t46120\t46900
Suppletie-uitkering herijking\t1120\t980\t760
Algemene uitkering\t46330\t47100\t47660
Taakmiddelen sociaal domein
Jeugd\t12400\t12650\t12800
Wmo 2015\t8300\t8420\t8510
Participatie\t4100\t4050\t4000
Sociaal domein\t24800\t25120\t25310
Decentralisatie-uitkeringen
Vrouwenopvang\t900\t910\t920
Armoedebestrijding kinderen\t350\t350\t0
Decentralisatie-uitkeringen\t1250\t1260\t920
Totaal gemeentefonds\t72380\t73480\t73890"""


def test_a_block_closed_by_its_heading_s_last_words_is_a_subtotal():
    """'Sociaal domein' closing the block under 'Taakmiddelen sociaal domein' was read as a line: 'Totaal
    gemeentefonds' was checked over it and its own lines (three false findings on a clean table)."""
    table = audit_grid(grid_from_text(NAMED_BY_ITS_HEADING))[0]
    assert table.findings == () and table.unverified == ()
    assert ("Totaal gemeentefonds", ("Algemene uitkering", "Sociaal domein", "Decentralisatie-uitkeringen")) in \
        [(r.total, r.parts) for r in table.relations]
    wrong = audit_grid(grid_from_text(NAMED_BY_ITS_HEADING.replace("Wmo 2015\t8300", "Wmo 2015\t8400")))[0]
    assert [(f.row_label, f.column) for f in wrong.findings] == [("Sociaal domein", "2026")]
