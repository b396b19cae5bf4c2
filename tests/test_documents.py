"""Documents a council can adopt as they are (issue 19 points 2-4): the bijdrageoverzicht as a letter, the
begrotingswijziging with its besluit, footnotes and without lines that are 0 everywhere, print setup on every
sheet, years without a thousands separator in every workbook we write."""

import re
import shutil
import zipfile
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

import pyengine
from pyengine.bulk import WRITTEN

from workbook_checks import assert_clean_package, controles

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
LEERHUIS = EXAMPLES / "regionaal-leerhuis"


@pytest.fixture(scope="module")
def produced(tmp_path_factory):
    """Every kind of workbook we write: the three seeds with a statement per member, and input workbooks."""
    out = tmp_path_factory.mktemp("documenten")
    results = pyengine.generate([LEERHUIS], out / "uit", per_member=True)
    results += pyengine.generate([EXAMPLES / "midden-limburg-west", EXAMPLES / "holland-rijnland"], out / "kosten")
    assert all(r.status == WRITTEN for r in results), [r for r in results if r.status != WRITTEN][:2]
    paths = [r.path for r in results]
    paths += sorted((EXAMPLES / "invoer").rglob("*.xlsx")) + sorted((ROOT / "xlsx_models").glob("invoer-*.xlsx"))
    return paths


def _years_of(book) -> set[int]:
    found = set()
    for sheet in book.worksheets:
        for row in sheet.iter_rows(max_row=40):
            for cell in row:
                if isinstance(cell.value, str) and re.fullmatch(r"(Begroting |Jaar |Gewicht |)(19|20|21)\d\d", cell.value):
                    found.add(int(cell.value[-4:]))
    return found or set(range(2015, 2031))


def test_no_year_is_shown_with_a_thousands_separator_in_any_workbook_we_write(produced):
    """A year cell (a whole number that is one of the workbook's years, 2015-2030 when none is named) never has a
    number format that groups thousands: 2026, never 2.026."""
    checked = 0
    for path in produced:
        book = openpyxl.load_workbook(path)
        values = openpyxl.load_workbook(path, data_only=True)
        years = _years_of(values)
        for sheet in book.worksheets:
            stored = values[sheet.title]
            for row in sheet.iter_rows():
                for cell in row:
                    value = stored[cell.coordinate].value
                    if isinstance(value, (int, float)) and not isinstance(value, bool) and value in years:
                        checked += 1
                        assert "," not in cell.number_format, (path.name, sheet.title, cell.coordinate,
                                                               cell.number_format)
    assert checked > 50


def test_every_sheet_prints_on_a4_with_page_numbers_and_the_chart_labels_every_member(produced):
    for path in [p for p in produced if "invoer" not in str(p)]:
        with zipfile.ZipFile(path) as archive:
            sheets = [n for n in archive.namelist() if re.fullmatch(r"xl/worksheets/sheet\d+\.xml", n)]
            for name in sheets:
                xml = archive.read(name).decode()
                assert 'paperSize="9"' in xml, (path.name, name)
                assert "Pagina &amp;P van &amp;N" in xml, (path.name, name)
            charts = [archive.read(n).decode() for n in archive.namelist() if n.startswith("xl/charts/")]
            assert all('<c:tickLblSkip val="1"/>' in chart for chart in charts)
        assert_clean_package(path)
    book = openpyxl.load_workbook(produced[0])
    sheet = book["Begrotingswijziging"]
    assert sheet.page_setup.orientation == "landscape" and sheet.page_setup.fitToWidth == 1
    # its table prints whole on page 1: no header rows repeated (they would stand above another table);
    # a table that runs over pages repeats them (tests/test_print_setup.py, 40 members)
    assert sheet.print_title_rows is None and not sheet.row_breaks.brk


def test_the_bijdrageoverzicht_is_a_letter_to_the_college_with_what_the_member_pays(produced):
    path = next(p for p in produced if p.name == "bijdrageoverzicht-hilversum.xlsx")
    sheet = openpyxl.load_workbook(path, data_only=True)["Bijdrageoverzicht"]
    rows = [[c for c in row if c is not None] for row in sheet.iter_rows(values_only=True)]
    texts = [r[0] for r in rows if r and isinstance(r[0], str)]
    assert "Regio Gooi en Vechtstreek" in texts
    assert "Aan het college van burgemeester en wethouders van de gemeente Hilversum" in texts
    assert "Kenmerk: Corsnanr" in texts and any(t.startswith("Datum: ") for t in texts)
    header = next(r for r in rows if r and r[0] == "Jaar")
    assert header[1:4] == ["Begroting", "Wijziging", "Bijgestelde begroting"]
    assert header[5] == "Gewicht (bijdrage_2020)"
    years = [r for r in rows if r and r[0] in (2021, 2022, 2023, 2024)]
    assert [r[0] for r in years] == [2021, 2022, 2023, 2024]
    first = years[0]
    # Hilversum pays 1.338.000 begroting + 9.220 (seed 000: its share of 27.000 by 9.220 of 27.050 ... weights)
    assert first[1] == 1338000 and first[2] == 9220 and first[3] == 1347220 and first[4] == "te betalen"
    total_weight = sum(Decimal(v) for v in (1010, 932, 5952, 9220, 4343, 1150, 1950, 2443))
    assert first[5] == 9220 and Decimal(str(first[6])) == round(Decimal(9220) / total_weight * 100, 2)
    assert all(v is True for _, v in controles(path))


def test_a_refund_reads_as_a_refund(tmp_path):
    folder = tmp_path / "spec"
    shutil.copytree(LEERHUIS, folder)
    spec = folder / "begrotingswijziging-2021-03.toml"
    text = spec.read_text(encoding="utf-8").replace("Eemnes         = [-14_000, -14_000, -14_000, -14_000]",
                                                    "Eemnes         = [2_000, -14_000, -14_000, -14_000]")
    text = text.replace("Blaricum       = [-163_000,", "Blaricum       = [-179_000,")
    spec.write_text(text, encoding="utf-8")
    results = pyengine.generate([spec], tmp_path / "out", per_member=True)
    assert all(r.status == WRITTEN for r in results), results[0].error
    path = next(r.path for r in results if r.member == "Eemnes")
    sheet = openpyxl.load_workbook(path, data_only=True)["Bijdrageoverzicht"]
    row = next(r for r in sheet.iter_rows(values_only=True) if r[0] == 2021)
    assert row[3] < 0 and row[4] == "terug te ontvangen"


def test_a_share_that_is_not_zero_never_shows_as_0(tmp_path):
    """A member of weight 1 in 26.069 pays cents: its share in the letter reads '< 0,01' (with a note saying so),
    not 0,00; the others keep two decimals and have no such note."""
    folder = tmp_path / "spec"
    shutil.copytree(LEERHUIS, folder)
    key = folder / "verdeelsleutel.csv"
    key.write_text(key.read_text(encoding="utf-8").replace("Eemnes,932", "Eemnes,1"), encoding="utf-8")
    results = pyengine.generate([folder / "begrotingswijziging-2021-03.toml"], tmp_path / "out", per_member=True)
    assert all(r.status == WRITTEN for r in results), results[0].error

    def letter(member):
        path = next(r.path for r in results if r.member == member)
        sheet = openpyxl.load_workbook(path, data_only=True)["Bijdrageoverzicht"]
        rows = [r for r in sheet.iter_rows(values_only=True) if r[0] in (2021, 2022, 2023, 2024)]
        texts = " ".join(r[0] for r in sheet.iter_rows(values_only=True) if isinstance(r[0], str))
        return path, rows, texts

    path, rows, texts = letter("Eemnes")
    assert [(r[5], r[6]) for r in rows] == [(1, "< 0,01")] * 4
    assert rows[0][2] != 0  # it does pay: a share of the change, in cents
    assert "een aandeel dat niet nul is maar afgerond 0,00 zou zijn, staat er als < 0,01." in texts
    assert all(v is True for _, v in controles(path))
    _path, rows, texts = letter("Hilversum")
    assert Decimal(str(rows[0][6])) == round(Decimal(9220) / Decimal(27000 - 932 + 1) * 100, 2)
    assert "< 0,01" not in texts

X_ONE = re.compile(r"x\s*(€|EUR)?\s*1(?![.,\d])")  # 'x € 1', 'x €1', 'x 1': no unit of one euro is said


def _texts(path: Path) -> list[tuple[str, str, str]]:
    book = openpyxl.load_workbook(path)
    return [(sheet.title, cell.coordinate, cell.value) for sheet in book.worksheets for row in sheet.iter_rows()
            for cell in row if isinstance(cell.value, str)]


def test_amounts_in_a_unit_of_one_euro_are_said_in_euros_not_x_1(tmp_path):
    """eenheid = 1: 'Bedragen in euro' above the table and 'afgerond op hele euro's', nowhere 'x € 1' (a begrotings-
    wijziging with its letters, an afrekening with its letters); eenheid = 1000 keeps 'x € 1.000'."""
    folder = tmp_path / "spec"
    shutil.copytree(LEERHUIS, folder)
    spec = folder / "begrotingswijziging-2021-03.toml"
    spec.write_text(spec.read_text(encoding="utf-8").replace("eenheid = 1000 ", "eenheid = 1    ", 1),
                    encoding="utf-8")
    results = pyengine.generate([spec, EXAMPLES / "afrekening-peelland" / "afrekening-2025.toml"], tmp_path / "out",
                                per_member=True)
    assert all(r.status == WRITTEN for r in results) and len(results) > 10, [r.error for r in results]
    said = [(r.path.name, *t) for r in results for t in _texts(r.path) if X_ONE.search(t[2])]
    assert not said, said[:5]
    amendment = _texts(results[0].path)
    assert ("Begrotingswijziging", "A9", "Bedragen in euro") in amendment
    assert any("afgerond op hele euro's" in text for _s, _c, text in amendment)
    settlement = next(r.path for r in results if r.path.name.endswith("afrekening-2025.xlsx"))
    assert any("afgerond op hele euro's" in text for _s, _c, text in _texts(settlement))
    thousands = pyengine.generate([LEERHUIS], tmp_path / "duizend")[0].path
    assert ("Begrotingswijziging", "A9", "Bedragen x €1.000") in _texts(thousands)


def test_the_begrotingswijziging_has_a_besluit_footnotes_and_hides_lines_that_are_0_everywhere(produced):
    path = produced[0]
    assert "begrotingswijziging" in path.name
    book = openpyxl.load_workbook(path, data_only=True)
    sheet = book["Begrotingswijziging"]
    labels = {sheet.cell(r, 1).value: r for r in range(1, sheet.max_row + 1) if sheet.cell(r, 1).value}
    for zero in ("Kapitaallasten", "Dotatie aan voorzieningen", "Overige baten", "Onttrekking uit voorziening"):
        assert zero not in labels  # 0 in every year and column: left out of the document
    assert {"Saldo", "Personeelskosten", "Totaal overhead", "Totaal mutatie reserves"} <= set(labels)
    assert "Kapitaallasten" in [c.value for c in book["Berekening"]["A"]]  # still computed
    # "Totaal" only on totals
    assert "Totaal personeelskosten" not in labels and "Totaal lasten" in labels and "Totaal baten" in labels
    texts = [sheet.cell(r, 1).value for r in range(1, sheet.max_row + 1) if isinstance(sheet.cell(r, 1).value, str)]
    for mark in ("*", "**"):
        assert any(t.startswith(mark + " ") for t in texts), mark
    besluit = texts[texts.index("BESLUIT"):]
    assert besluit[1].startswith("Het algemeen bestuur") and besluit[2] == (
        "besluit begrotingswijziging 2021-03 Regionaal Leerhuis vast te stellen.")
    assert any(t.startswith("Aldus vastgesteld in de vergadering van") for t in besluit)


def test_zienswijzen_footnotes_without_toelichting_and_nulregels_tonen(tmp_path):
    folder = tmp_path / "spec"
    shutil.copytree(LEERHUIS, folder)
    spec = folder / "begrotingswijziging-2021-03.toml"
    text = spec.read_text(encoding="utf-8")
    text = text[:text.index("[toelichting]")] + text[text.index("[vaststelling]"):]
    text = text.replace('op = ""', 'op = "12 maart 2026"\nzienswijzen = "gelet op de zienswijzen van de raden"')
    text = text.replace('verdeelmethode = "largest_remainder"', 'verdeelmethode = "largest_remainder"\nnulregels_tonen = true')
    spec.write_text(text, encoding="utf-8")
    [result] = pyengine.generate([spec], tmp_path / "out")
    assert result.status == WRITTEN, result.error
    sheet = openpyxl.load_workbook(result.path, data_only=True)["Begrotingswijziging"]
    labels = [sheet.cell(r, 1).value for r in range(1, sheet.max_row + 1)]
    assert "Kapitaallasten" in labels and "Overige baten" in labels
    texts = [sheet.cell(r, 1).value for r in range(1, sheet.max_row + 1) if isinstance(sheet.cell(r, 1).value, str)]
    assert any(t.startswith("* Lasten en baten in euro's afgerond op x € 1.000") for t in texts)
    assert any(t.startswith("** De wijziging van de bijdrage per gemeente") for t in texts)
    assert "gelet op de zienswijzen van de raden," in texts
    assert "Aldus vastgesteld in de vergadering van 12 maart 2026." in texts
    # the produced workbook carries the new fields on Invoer: generated again, the same document
    [again] = pyengine.generate([result.path], tmp_path / "weer")
    assert again.status == WRITTEN, again.error
    sheet2 = openpyxl.load_workbook(again.path, data_only=True)["Begrotingswijziging"]
    def shown(sheet):  # the ** footnote names the key's source, which is now the produced workbook
        rows = [[c.value for c in row] for row in sheet.iter_rows()]
        return rows[:[r[0] for r in rows].index("TOELICHTING")]

    assert shown(sheet2) == shown(sheet)


def test_long_texts_are_wrapped_on_herkomst_and_controles_are_wide_enough(produced):
    book = openpyxl.load_workbook(produced[0])
    herkomst = book["Herkomst"]
    longest = max(len(c.value) for row in herkomst.iter_rows() for c in row[1:2] if isinstance(c.value, str))
    assert longest <= 110 + 70  # a SHA-256 line may run a little longer than the wrap width, never a paragraph
    checks = book["Controles"]
    width = checks.column_dimensions["A"].width
    labels = [row[0].value for row in checks.iter_rows(min_row=5) if row[0].value and row[1].value is not None]
    assert len(labels) > 20 and all(len(label) <= width for label in labels)
