"""Templates are read through the one xlsx reader (issue 24 point 6): a template as Excel saves it (its styles
part with Excel's extensions, column widths written as ranges) gives the same workbook as the one we ship, its
styles part carried unchanged; reading a template needs no openpyxl; the PDF print copy is made from what the
reader reads."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from pyengine.errors import InputError
from pyengine.inputs.xlsx_reader import Workbook, wrapping_styles
from pyengine.pdf import _print_copy, printed_sheets
from pyengine.render import amendment_workbook
from pyengine.render.template import load_template, with_declaration

from workbook_checks import assert_clean_package

EXCEL_ROOT = (b'<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
              b'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac" '
              b'xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac">')
EXCEL_EXTENSIONS = (b'<extLst><ext uri="{EB79DEF2-80B8-43e5-95BD-54CBDDF9020C}" '
                    b'xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">'
                    b'<x14:slicerStyles defaultSlicerStyle="SlicerStyleLight1"/></ext></extLst></styleSheet>')


def rewritten(source: Path, target: Path, edit) -> Path:
    """A copy of the package with ``edit(name, data)`` applied to each part."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            new.writestr(info.filename, edit(info.filename, old.read(info)))
    return target


def as_excel_saves_it(name: str, data: bytes) -> bytes:
    if name == "xl/styles.xml":
        data = re.sub(rb"^(<\?xml[^>]*\?>)?<styleSheet[^>]*>", EXCEL_ROOT, data)
        return with_declaration(data.replace(b"</styleSheet>", EXCEL_EXTENSIONS))
    if name == "xl/worksheets/sheet1.xml":  # Begrotingswijziging: Excel writes equal widths side by side as one range
        return re.sub(rb"<cols>.*?</cols>", b'<cols><col min="1" max="1" width="38" customWidth="1"/>'
                      b'<col min="2" max="16" width="12" customWidth="1"/></cols>', data)
    return data


ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def leerhuis():
    from pyengine.core.amendment import compute
    from pyengine.inputs.spec import amendment_from_spec, read_spec

    return compute(amendment_from_spec(read_spec(ROOT / "examples" / "regionaal-leerhuis" /
                                                 "begrotingswijziging-2021-03.toml")))


def test_a_template_as_excel_saves_it_gives_the_same_workbook_with_its_own_styles_part(tmp_path, leerhuis):
    shipped = amendment_workbook.TEMPLATE
    excel = rewritten(shipped, tmp_path / "begrotingswijziging.xlsx", as_excel_saves_it)
    template = load_template(excel, amendment_workbook.ANCHORS, amendment_workbook.STYLE_KEYS)
    widths = next(s.widths for s in template.sheets if s.name == "Begrotingswijziging")
    assert widths == {1: 38.0, **{col: 12.0 for col in range(2, 17)}}
    with zipfile.ZipFile(excel) as package:
        assert template.styles_xml == package.read("xl/styles.xml")  # carried unchanged, extensions and all
        assert template.theme_xml == package.read("xl/theme/theme1.xml")

    ours = tmp_path / "ours.xlsx"
    ours.write_bytes(amendment_workbook.render_amendment(leerhuis, shipped))
    theirs = tmp_path / "theirs.xlsx"
    theirs.write_bytes(amendment_workbook.render_amendment(leerhuis, excel))
    assert theirs.read_bytes() == amendment_workbook.render_amendment(leerhuis, excel)  # run to run
    with Workbook(ours) as workbook:
        provenance = workbook.sheet_part("Herkomst")  # its Invoerhash covers the template's SHA-256
    with zipfile.ZipFile(ours) as a, zipfile.ZipFile(theirs) as b:
        assert a.namelist() == b.namelist()
        assert [n for n in a.namelist() if a.read(n) != b.read(n)] == sorted([provenance, "xl/styles.xml"],
                                                                             key=a.namelist().index)
        assert re.sub(rb"[0-9a-f]{64}", b"", a.read(provenance)) == re.sub(rb"[0-9a-f]{64}", b"", b.read(provenance))
        assert b.read("xl/styles.xml") == template.styles_xml
    assert_clean_package(theirs)


@pytest.mark.skipif(not shutil.which("soffice") and not shutil.which("libreoffice"), reason="LibreOffice is not installed")
def test_a_workbook_from_a_template_as_excel_saves_it_verifies_in_libreoffice(tmp_path, leerhuis):
    from pyengine.verify import verify

    excel = rewritten(amendment_workbook.TEMPLATE, tmp_path / "begrotingswijziging.xlsx", as_excel_saves_it)
    out = tmp_path / "out.xlsx"
    out.write_bytes(amendment_workbook.render_amendment(leerhuis, excel))
    verdict, = verify([out])
    assert verdict.ok, (verdict.error, verdict.mismatches[:2])


def test_a_width_range_to_the_last_column_is_kept_up_to_a_bound(tmp_path):
    def rest_of_sheet(name: str, data: bytes) -> bytes:
        if name == "xl/worksheets/sheet1.xml":
            return data.replace(b"</cols>", b'<col min="17" max="16384" width="9.5"/></cols>')
        return data

    path = rewritten(amendment_workbook.TEMPLATE, tmp_path / "t.xlsx", rest_of_sheet)
    with Workbook(path) as workbook:
        widths = workbook.sheet("Begrotingswijziging").widths
    assert widths[17] == widths[256] == 9.5 and 257 not in widths


def test_styles_come_from_the_cells_style_index_into_the_templates_own_styles_part():
    template = load_template(amendment_workbook.TEMPLATE, amendment_workbook.ANCHORS, amendment_workbook.STYLE_KEYS)
    with Workbook(amendment_workbook.TEMPLATE) as workbook:
        sheet_name, (top, left, bottom, _right) = workbook.destination("stijlen")
        opmaak = workbook.sheet(sheet_name)
        expected = {opmaak.cell(r, left).value.strip(): opmaak.cell(r, left + 1).style
                    for r in range(top, bottom + 1) if opmaak.cell(r, left) is not None}
    # percentages take 'euro' (ours shows no currency) where the table has no row 'percentage'
    assert template.styles == {**expected, "percentage": expected["euro"]} and len(set(expected.values())) > 5
    assert wrapping_styles(template.styles_xml) <= set(range(len(re.findall(rb"<xf\b", template.styles_xml))))


def test_reading_a_template_imports_no_openpyxl():
    code = ("import sys\nfrom pyengine.render import amendment_workbook as m\n"
            "from pyengine.render.template import load_template\n"
            "load_template(m.TEMPLATE, m.ANCHORS, m.STYLE_KEYS)\n"
            "print('openpyxl' in sys.modules)")
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True).stdout.strip() == "False"


def test_an_unreadable_template_is_refused_in_one_line(tmp_path):
    from pyengine.errors import TemplateError

    broken = tmp_path / "kapot.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(TemplateError, match="kapot.xlsx"):
        load_template(broken, amendment_workbook.ANCHORS, amendment_workbook.STYLE_KEYS)


# --- the PDF's print copy ----------------------------------------------------------------------------------

def test_the_print_copy_hides_the_working_sheets_read_through_the_reader(tmp_path, leerhuis):
    produced = tmp_path / "bw.xlsx"
    produced.write_bytes(amendment_workbook.render_amendment(leerhuis))
    copy = tmp_path / "kopie.xlsx"
    _print_copy(produced, copy)
    with Workbook(produced) as original, Workbook(copy) as printed:
        names = original.sheetnames
        assert printed.sheetnames == names
        shown = [n for n in names if printed.sheet_states[n] == "visible"]
        assert shown == [names[i] for i in printed_sheets(names)] and "Berekening" not in shown
        assert {n for n in names if n not in shown} == {n for n in names if printed.sheet_states[n] == "hidden"}
        assert sorted(printed.part_names()) == sorted(original.part_names())


def test_a_workbook_whose_sheet_entries_cannot_be_matched_is_not_printed(tmp_path, leerhuis):
    produced = tmp_path / "bw.xlsx"
    produced.write_bytes(amendment_workbook.render_amendment(leerhuis))

    def prefixed(name: str, data: bytes) -> bytes:  # valid XML, but no <sheet .../> for the print copy to mark
        if name == "xl/workbook.xml":
            data = data.replace(b"<workbook ", b'<workbook xmlns:x="http://schemas.openxmlformats.org/'
                                               b'spreadsheetml/2006/main" ', 1)
            return re.sub(rb"<sheet ", b"<x:sheet ", data)
        return data

    odd = rewritten(produced, tmp_path / "vreemd.xlsx", prefixed)
    with pytest.raises(InputError, match="vreemd.xlsx.*xl/workbook.xml"):
        _print_copy(odd, tmp_path / "kopie.xlsx")


# --- pictures ------------------------------------------------------------------------------------------

def with_logo(source: Path, target: Path, tmp_path: Path) -> Path:
    import openpyxl
    from openpyxl.drawing.image import Image
    from PIL import Image as Picture

    logo = tmp_path / "logo.png"
    Picture.new("RGB", (120, 40), (0, 90, 160)).save(logo)
    workbook = openpyxl.load_workbook(source)
    workbook["Begrotingswijziging"].add_image(Image(str(logo)), "J1")
    workbook.save(target)
    return target


def test_a_logos_relationships_are_written_anew_for_its_copy(tmp_path, leerhuis):
    template_path = with_logo(amendment_workbook.TEMPLATE, tmp_path / "logo.xlsx", tmp_path)
    out = tmp_path / "out.xlsx"
    out.write_bytes(amendment_workbook.render_amendment(leerhuis, template_path))
    with Workbook(out) as workbook:
        sheet_part = workbook.sheet_part("Begrotingswijziging")
        (_rid, _kind, drawing), = workbook.relationships(sheet_part)
        (rid, kind, target), = workbook.relationships(drawing)
        assert kind.endswith("/image") and target.startswith("xl/media/s1-") and target in workbook.part_names()
        assert f'r:embed="{rid}"'.encode() in workbook.part(drawing)
    with zipfile.ZipFile(template_path) as package:
        media = [n for n in package.namelist() if n.startswith("xl/media/")]
        assert [package.read(n) for n in media] == [zipfile.ZipFile(out).read(target)]


def test_a_picture_linked_to_a_file_outside_the_template_is_not_carried(tmp_path):
    template_path = with_logo(amendment_workbook.TEMPLATE, tmp_path / "logo.xlsx", tmp_path)

    def linked(name: str, data: bytes) -> bytes:
        if name.startswith("xl/drawings/_rels/"):
            return re.sub(rb'Target="[^"]*"', b'Target="file:///C:/logo.png" TargetMode="External"', data)
        return data

    template = load_template(rewritten(template_path, tmp_path / "gekoppeld.xlsx", linked),
                             amendment_workbook.ANCHORS, amendment_workbook.STYLE_KEYS)
    assert all(sheet.drawing is None for sheet in template.sheets)
    assert any(sheet.drawing is not None for sheet in load_template(
        template_path, amendment_workbook.ANCHORS, amendment_workbook.STYLE_KEYS).sheets)
