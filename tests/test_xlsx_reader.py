"""The one xlsx reader (pyengine/inputs/xlsx_reader.py) and the readers moved onto it: verify's formula
values and master check, bulk's Invoerhash peek. Each package is written by hand, part by part, so that
each case is exactly the XML a program may write."""

from __future__ import annotations

import datetime as dt
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl.utils import column_index_from_string, get_column_letter

from pyengine.bulk import recorded_input_hash
from pyengine.core.cells import column_index, column_letter
from pyengine.errors import InputError
from pyengine.inputs.xlsx_reader import Workbook
from pyengine.verify import formula_values, master_check_cell

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def package(path: Path, sheets: dict[str, str], *, names: str = "", strings: list[str] | None = None,
            styles: str = "", extra: dict[str, bytes] | None = None, same_part: bool = False) -> Path:
    """An .xlsx with these sheets (name -> the XML inside <sheetData>), defined names and shared strings."""
    entries = "".join(f'<sheet name="{name}" sheetId="{i}" r:id="rId{i}"/>' for i, name in enumerate(sheets, 1))
    rels = "".join(f'<Relationship Id="rId{i}" Type="{RELS}/worksheet" '
                   f'Target="worksheets/sheet{1 if same_part else i}.xml"/>' for i in range(1, len(sheets) + 1))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/workbook.xml", f'<workbook xmlns="{MAIN}" xmlns:r="{RELS}"><sheets>{entries}</sheets>'
                                            f'<definedNames>{names}</definedNames></workbook>')
        archive.writestr("xl/_rels/workbook.xml.rels", '<Relationships xmlns="http://schemas.openxmlformats.org/'
                                                       f'package/2006/relationships">{rels}</Relationships>')
        for i, xml in enumerate(sheets.values(), 1):
            archive.writestr(f"xl/worksheets/sheet{i}.xml", f'<worksheet xmlns="{MAIN}"><sheetData>{xml}</sheetData>'
                                                             '</worksheet>')
        if strings is not None:
            archive.writestr("xl/sharedStrings.xml", f'<sst xmlns="{MAIN}">'
                             + "".join(f"<si><t>{s}</t></si>" for s in strings) + "</sst>")
        if styles:
            archive.writestr("xl/styles.xml", f'<styleSheet xmlns="{MAIN}">{styles}</styleSheet>')
        for name, data in (extra or {}).items():
            archive.writestr(name, data)
    return path


DATE_STYLE = '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs>'


def test_column_letters_and_indexes_are_excels_up_to_its_last_column():
    assert all(column_letter(i) == get_column_letter(i) for i in range(1, 16385))
    assert all(column_index(get_column_letter(i)) == i for i in range(1, 16385))
    assert column_index("xfd") == 16384 == column_index_from_string("XFD")


def test_a_formula_without_a_stored_value_is_told_apart(tmp_path):
    path = package(tmp_path / "f.xlsx", {"Blad": (
        '<row r="1"><c r="A1"><f>1+1</f></c>'                      # saved by a program that does not calculate
        '<c r="B1"><f>1+1</f><v>2</v></c>'
        '<c r="C1" t="str"><f>""</f><v></v></c>'                   # a stored empty text
        '<c r="D1"><f>1+1</f><v></v></c>'                          # an empty number: nothing stored
        '<c r="E1"><v>3</v></c><c r="F1" s="0"/></row>')})
    with Workbook(path) as book:
        sheet = book.sheet("Blad")
        stored = {ref: (sheet.at(ref).value, sheet.at(ref).stored) for ref in ("A1", "B1", "C1", "D1", "E1", "F1")}
    assert stored == {"A1": (None, False), "B1": (2, True), "C1": (None, True), "D1": (None, False),
                      "E1": (3, True), "F1": (None, True)}


def test_macros_and_sheets_sharing_a_part_and_a_shared_string_out_of_range(tmp_path):
    with Workbook(package(tmp_path / "m.xlsm", {"A": ""}, extra={"xl/vbaProject.bin": b"\0"})) as book:
        assert book.has_macros
    with Workbook(package(tmp_path / "n.xlsx", {"A": ""})) as book:
        assert not book.has_macros
    with pytest.raises(InputError, match="sheets 'A' and 'B' point at the same part xl/worksheets/sheet1.xml"):
        Workbook(package(tmp_path / "s.xlsx", {"A": "", "B": ""}, same_part=True))
    path = package(tmp_path / "t.xlsx", {"A": '<row r="1"><c r="A1" t="s"><v>5</v></c></row>'}, strings=["x"])
    with Workbook(path) as book, pytest.raises(InputError, match=r"^t.xlsx: sheet 'A' cannot be read \(IndexError\)"):
        book.sheet("A")


def test_a_password_protected_workbook_is_named_as_such(tmp_path):
    """Excel encrypts a workbook with a password into an OLE compound file holding EncryptionInfo."""
    path = tmp_path / "geheim.xlsx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500) + "EncryptionInfo".encode("utf-16-le") + bytes(99))
    with pytest.raises(InputError, match="^geheim.xlsx: the workbook is protected with a password: save it without one"):
        Workbook(path)
    with pytest.raises(InputError, match="protected with a password"):
        formula_values(path)
    assert recorded_input_hash(path) is None


def test_verify_reads_every_formulas_stored_value_exactly(tmp_path):
    path = package(tmp_path / "v.xlsx", {
        "Berekening": ('<row r="1"><c r="A1"><f>B1*3</f><v>0.30000000000000004</v></c>'
                       '<c r="B1"><v>0.1</v></c>'
                       '<c r="C1" s="1"><f>TODAY()</f><v>46023</v></c>'
                       '<c r="D1" t="b"><f>TRUE()</f><v>1</v></c>'
                       '<c r="E1" t="str"><f>"a"&amp;"b"</f><v>ab</v></c>'
                       '<c r="F1" t="e"><f>1/0</f><v>#DIV/0!</v></c>'
                       '<c r="G1"><f>1+1</f></c></row>'),
        "Controles": '<row r="4"><c r="B4" t="b"><f>AND(TRUE())</f><v>1</v></c></row>'},
        styles=DATE_STYLE, names="<definedName name=\"Hoofdcontrole\">Controles!$B$4</definedName>")
    assert formula_values(path) == {
        ("Berekening", "A1"): Decimal("0.30000000000000004"), ("Berekening", "C1"): Decimal(46023),
        ("Berekening", "D1"): True, ("Berekening", "E1"): "ab", ("Berekening", "F1"): "#ERR #DIV/0!",
        ("Berekening", "G1"): None, ("Controles", "B4"): True}
    assert master_check_cell(path) == ("Controles", "B4")
    with Workbook(path) as book:  # the reader itself types the date-formatted figure as a date
        assert book.sheet("Berekening").at("C1").value == dt.datetime(2026, 1, 1)


@pytest.mark.parametrize("text, expected", [
    ("'Controle''s'!$B$4", ("Controle's", "B4")), ("Controles!B4", ("Controles", "B4")), (None, None)])
def test_the_master_check_cell(tmp_path, text, expected):
    names = "" if text is None else f'<definedName name="Hoofdcontrole">{text}</definedName>'
    assert master_check_cell(package(tmp_path / "h.xlsx", {"Controles": ""}, names=names)) == expected


@pytest.mark.parametrize("text", ["#REF!", "Controles!$B$4:$B$5"])
def test_a_master_check_that_points_at_no_cell_is_refused_not_skipped(tmp_path, text):
    path = package(tmp_path / "h.xlsx", {"Controles": ""}, names=f'<definedName name="Hoofdcontrole">{text}</definedName>')
    with pytest.raises(InputError, match="^h.xlsx: the defined name Hoofdcontrole points at"):
        master_check_cell(path)


def test_the_recorded_input_hash(tmp_path):
    name = '<definedName name="Invoerhash">Herkomst!$B$9</definedName>'
    inline = '<row r="9"><c r="B9" t="inlineStr"><is><t>abc123</t></is></c></row>'
    assert recorded_input_hash(package(tmp_path / "a.xlsx", {"Herkomst": inline}, names=name)) == "abc123"
    assert recorded_input_hash(package(tmp_path / "b.xlsx", {"Herkomst": inline})) is None  # no name
    assert recorded_input_hash(package(tmp_path / "c.xlsx", {"Herkomst": '<row r="9"><c r="B9"><v>7</v></c></row>'},
                                       names=name)) is None  # not a text
    assert recorded_input_hash(package(tmp_path / "d.xlsx", {"Herkomst": inline},
                                       names=name.replace("Herkomst!", "Weg!"))) is None  # no such sheet
    (tmp_path / "e.xlsx").write_bytes(b"not a zip")
    assert recorded_input_hash(tmp_path / "e.xlsx") is None


def test_a_package_in_memory_is_read_within_the_same_bounds(tmp_path):
    path = package(tmp_path / "f.xlsx", {"Blad": '<row r="1"><c r="A1"><v>5952</v></c></row>'})
    with Workbook(path.read_bytes(), name="in-memory.xlsx") as workbook:
        assert workbook.name == "in-memory.xlsx" and workbook.sheet("Blad").at("A1").value == 5952
        assert "xl/workbook.xml" in workbook.part_names()
    with pytest.raises(InputError, match="^in-memory.xlsx: not an .xlsx workbook"):
        Workbook(b"not a zip", name="in-memory.xlsx")


@pytest.mark.parametrize("cell", ['<c r="{col}{row}"><v>1</v></c>', '<c r="{col}{row}" s="0"/>', '<c><v>2</v></c>'])
def test_a_sheet_far_past_the_cell_limit_is_counted_and_refused_before_it_is_parsed(tmp_path, monkeypatch, cell):
    """Issue 24 point 5: the audit's 312k-cell sheet was refused after 18 s of parsing; now its <c> tags are
    counted in the unpacked bytes first (every way a writer spells a cell), and nothing is parsed."""
    rows = "".join(f'<row r="{r}">' + "".join(cell.format(col=c, row=r) for c in "ABC") + "</row>"
                   for r in range(1, 40_001))
    path = package(tmp_path / "groot.xlsx", {"Klein": '<row r="1"><c r="A1"><v>1</v></c></row>', "Ruwe data": rows})
    parsed = []
    real = Workbook._element
    monkeypatch.setattr(Workbook, "_element", lambda self, sheet, *rest: (parsed.append(sheet.name), real(self, sheet, *rest))[1])
    with Workbook(path, max_cells=100_000) as book:
        assert book.sheet("Klein").cells
        with pytest.raises(InputError, match=r"groot.xlsx: refused: more than 100,000 cells \(sheet 'Ruwe data'\)"):
            book.sheet("Ruwe data")
    assert "Ruwe data" not in parsed
    with Workbook(path, max_cells=120_001) as book:  # within the limit: read whole, the count was exact
        assert len(book.sheet("Ruwe data").cells) == 120_000


def test_the_audit_refuses_a_sheet_past_its_cell_limit_before_parsing_it(tmp_path, monkeypatch):
    from pyengine.audit import xlsx as audit_xlsx

    rows = "".join(f'<row r="{r}"><c r="A{r}"><v>{r}</v></c><c r="B{r}"><v>1</v></c></row>' for r in range(1, 1_001))
    path = package(tmp_path / "invoer.xlsx", {"Ruwe data": rows})
    monkeypatch.setattr(Workbook, "_element", lambda *args: pytest.fail("the sheet was parsed"))
    with pytest.raises(InputError, match=r"invoer.xlsx: refused: more than 1,500 cells \(sheet 'Ruwe data'\)"):
        audit_xlsx.read_workbook(path, None, 1_500)
