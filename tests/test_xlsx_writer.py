"""The xlsx writer: one small workbook's package, part by part, against checked-in expected files.

tests/expected/small_workbook/ holds every part as the writer must produce it. After a deliberate change
to the writer, regenerate with  PYENGINE_UPDATE_EXPECTED=1 .venv/bin/python -m pytest tests/test_xlsx_writer.py
and review the diff of those files like code.
"""

from __future__ import annotations

import io
import os
import zipfile
from decimal import Decimal
from difflib import unified_diff
from pathlib import Path
from xml.dom import minidom

import openpyxl
import pytest
from python_calamine import CalamineWorkbook

from pyengine.render.formula import IF, LT, ROUND, SUM, Area, Ref
from pyengine.render.xlsx import ZIP_DATE, Book, Chart
from test_formula import STYLES

EXPECTED = Path(__file__).resolve().parent / "expected" / "small_workbook"


def small_workbook() -> Book:
    """Two sheets: texts (one that looks like a formula), numbers, formulas with their values, a boolean,
    a cross-sheet reference, widths, a height, a merge, a frozen pane, print titles, a defined name, a chart."""
    book = Book(STYLES, None, created="2021-03-01T00:00:00Z")
    book.title = 'Begrotingswijziging "2021-03" & co'
    sheet = book.sheet("Verdeling")
    sheet.put(1, 1, "Gemeente")
    sheet.put(1, 2, "Bijdrage")
    for row, (name, amount) in enumerate([("Blaricum", "1010.00"), ("Eemnes", "932.50"), ("Gooise Meren", "-5952")],
                                         start=2):
        sheet.put(row, 1, name)
        sheet.put(row, 2, Decimal(amount))
    sheet.put(5, 1, "Totaal")
    sheet.put(5, 2, formula=SUM(Area("Verdeling", 2, 2, 4, 2)))
    sheet.put(6, 1, "=HYPERLINK(\"http://x\")\x01 <b>")  # user text: written as text, never as a formula
    sheet.put(6, 2, formula=LT(Ref("Verdeling", 5, 2), 0))
    sheet.put(7, 2, formula=IF(LT(Ref("Verdeling", 5, 2), 0), "tekort", "ok"))
    sheet.widths = {1: 24, 2: 12.5}
    sheet.heights = {1: 30}
    sheet.merges = [(8, 1, 8, 2)]
    sheet.put(8, 1, "Bedragen in euro's")
    sheet.freeze = (2, 2)
    sheet.print_title_rows = (1, 1)
    sheet.landscape = True
    sheet.charts.append(Chart("Bijdrage per gemeente", (1, 2, 4), [("Bijdrage", 2)], anchor=(10, 1), size=(8, 4)))
    other = book.sheet("Mijn blad")
    other.put(1, 1, formula=ROUND(Ref("Verdeling", 3, 2), 0))
    other.put(2, 1, True)
    other.show_grid = False
    other.fit_to_width = False
    book.define("totaal", "Verdeling", 5, 2)
    return book


def pretty(data: bytes) -> list[str]:
    return minidom.parseString(data).toprettyxml(indent=" ").splitlines()


def test_every_part_is_as_expected():
    data = small_workbook().to_bytes()
    archive = zipfile.ZipFile(io.BytesIO(data))
    parts = {info.filename: archive.read(info) for info in archive.infolist()}
    if os.environ.get("PYENGINE_UPDATE_EXPECTED") == "1":
        for name, content in parts.items():
            (EXPECTED / name).parent.mkdir(parents=True, exist_ok=True)
            (EXPECTED / name).write_bytes(content)
    expected = {path.relative_to(EXPECTED).as_posix(): path.read_bytes()
                for path in sorted(EXPECTED.rglob("*")) if path.is_file()}
    assert sorted(parts) == sorted(expected)
    for name, content in parts.items():
        diff = "\n".join(unified_diff(pretty(expected[name]), pretty(content), "expected", "written", lineterm=""))
        assert content == expected[name], f"{name} differs:\n{diff}"


def test_the_package_is_deterministic_and_its_entries_are_dated_and_ordered():
    first, second = small_workbook().to_bytes(), small_workbook().to_bytes()
    assert first == second
    infos = zipfile.ZipFile(io.BytesIO(first)).infolist()
    assert infos[0].filename == "[Content_Types].xml"
    assert {info.date_time for info in infos} == {ZIP_DATE}


def test_independent_readers_see_the_values_and_formulas(tmp_path):
    path = tmp_path / "small.xlsx"
    path.write_bytes(small_workbook().to_bytes())
    values = openpyxl.load_workbook(path, data_only=True)
    formulas = openpyxl.load_workbook(path)
    assert values.sheetnames == ["Verdeling", "Mijn blad"]
    sheet = values["Verdeling"]
    assert [sheet.cell(r, 2).value for r in range(2, 8)] == [1010, 932.5, -5952, -4009.5, True, "tekort"]
    assert formulas["Verdeling"]["B5"].value == "=SUM(B2:B4)"
    assert formulas["Verdeling"]["A6"].value == '=HYPERLINK("http://x") <b>'  # text, the control character gone
    assert formulas["Verdeling"]["A6"].data_type == "s"
    assert formulas["Mijn blad"]["A1"].value == "=ROUND(Verdeling!B3,0)"
    assert values["Mijn blad"]["A1"].value == 933  # 932.5 rounds half away from zero
    assert values.defined_names["totaal"].attr_text == "'Verdeling'!$B$5"
    assert str(sheet.merged_cells) == "A8:B8" and sheet.freeze_panes == "B2"
    calamine = CalamineWorkbook.from_path(str(path)).get_sheet_by_name("Verdeling").to_python()
    assert calamine[4][1] == -4009.5 and calamine[6][1] == "tekort"


def test_floats_are_refused():
    with pytest.raises(TypeError, match="Decimal, not float"):
        Book(STYLES, None).sheet("x").put(1, 1, 0.1)


# --- the fast path of xml_text (most texts need no escaping) gives what escaping gives -------------------

from hypothesis import given, strategies as st  # noqa: E402


@given(st.text(alphabet=st.sampled_from("ab &<>\"'\x00\x01\x0b\t\n\r\ufffe\uffffé€"), max_size=30))
def test_xml_text_fast_path_equals_full_escaping(text):
    import re
    from xml.sax.saxutils import escape

    from pyengine.render.xml_text import MAX_CELL_TEXT, xml_text

    full = escape(re.sub("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]", "", text)[:MAX_CELL_TEXT])
    assert xml_text(text) == full


def test_xml_text_cuts_at_excels_limit_even_without_special_characters():
    from pyengine.render.xml_text import MAX_CELL_TEXT, xml_text

    assert len(xml_text("a" * (MAX_CELL_TEXT + 5))) == MAX_CELL_TEXT
