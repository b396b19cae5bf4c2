"""Templates restyled the way the README invites: sheets renamed (apostrophes, spaces, accents), blocks moved
to other sheets. The outputs must still be right, verify in LibreOffice and have every Controle TRUE."""

import shutil
import zipfile
from pathlib import Path

import openpyxl
import pytest
from openpyxl.workbook.defined_name import DefinedName

import pyengine
from pyengine.bulk import recorded_input_hash
from pyengine.render import amendment_workbook, cost_workbook, statement_workbook

from workbook_checks import assert_clean_package

ROOT = Path(__file__).resolve().parent.parent
RENAMES = {"Begrotingswijziging": "BW 'concept' 2021", "Bijdrageoverzicht": "Overzicht van één gemeente",
           "Kostenverdeling": "Kosten & verdeling", "Berekening": "Berekening (Ü)", "Invoer": "Invoer en bronnen",
           "Controles": "Controle's", "Herkomst": "Herkomst & bron's", "Grafiek": "Grafiek ä", "Opmaak": "Stijl ç"}
# block -> (sheet it moves to, before renaming; cell)
MOVES = {"begrotingswijziging.xlsx": {"inv_start": ("Grafiek", "$A$40"), "hk_start": ("Controles", "$E$1")},
         "bijdrageoverzicht.xlsx": {"inv_start": ("Berekening", "$A$30"), "ctl_start": ("Herkomst", "$D$1")},
         "kostenverdeling.xlsx": {"inv_start": ("Kostenverdeling", "$Q$1")}}


def quoted(sheet: str) -> str:
    return "'" + sheet.replace("'", "''") + "'"


def restyle(source: Path, target: Path) -> None:
    workbook = openpyxl.load_workbook(source)
    names = {}
    for name, defined in workbook.defined_names.items():
        (sheet, ref), = defined.destinations
        sheet, ref = MOVES.get(source.name, {}).get(name, (sheet.replace("''", "'"), ref))
        names[name] = (RENAMES[sheet], ref)
    for worksheet in workbook.worksheets:
        worksheet.title = RENAMES[worksheet.title]
    for name, (sheet, ref) in names.items():  # openpyxl does not follow a rename: write every name anew
        del workbook.defined_names[name]
        workbook.defined_names[name] = DefinedName(name, attr_text=f"{quoted(sheet)}!{ref}")
    workbook.save(target)


def checks_of(path: Path) -> list:
    """Every (label, TRUE/FALSE) on the sheet that holds Hoofdcontrole."""
    workbook = openpyxl.load_workbook(path, data_only=True)
    (sheet, _), = workbook.defined_names["Hoofdcontrole"].destinations
    rows = workbook[sheet.replace("''", "'")].iter_rows(values_only=True)
    return [(r[i], r[i + 1]) for r in rows for i in range(len(r) - 1) if isinstance(r[i + 1], bool) and r[i]]


def generate_all(out: Path, template_dir: Path) -> list:
    """The three example systems: the amendment with a statement per member, and the two cost workbooks."""
    examples = ROOT / "examples"
    return (pyengine.generate([examples / "regionaal-leerhuis"], out, per_member=True, template_dir=template_dir)
            + pyengine.generate([examples / "midden-limburg-west", examples / "holland-rijnland"], out,
                                template_dir=template_dir))


@pytest.fixture(scope="module")
def restyled(tmp_path_factory):
    folder = tmp_path_factory.mktemp("huisstijl")
    for module in (amendment_workbook, statement_workbook, cost_workbook):
        restyle(module.TEMPLATE, folder / module.TEMPLATE.name)
    out = folder / "out"
    results = generate_all(out, folder)
    assert results and all(r.status == "written" for r in results), [r for r in results if r.status != "written"]
    return folder, results


def test_renamed_sheets_and_moved_blocks_give_right_workbooks(restyled):
    folder, results = restyled
    amendment = next(r.path for r in results if r.kind == "begrotingswijziging")
    workbook = openpyxl.load_workbook(amendment)
    assert workbook.sheetnames == ["BW 'concept' 2021", "Berekening (Ü)", "Invoer en bronnen", "Controle's",
                                   "Herkomst & bron's", "Grafiek ä"]  # no extra sheets, the style sheet left out
    with zipfile.ZipFile(amendment) as archive:
        text = archive.read("xl/workbook.xml").decode()
    assert "<definedName name=\"Hoofdcontrole\">'Controle''s'!$B$4</definedName>" in text
    # print titles on a renamed sheet, quoted (the amendment's table fits one page: its header is not repeated;
    # Berekening prints over pages across with its label column repeated)
    assert "localSheetId=\"1\">'Berekening (Ü)'!$A:$A</definedName>" in text
    assert "<definedName name=\"Eenheid\">'Grafiek ä'!$B$" in text  # inv_start moved to the chart's sheet
    assert "<definedName name=\"Invoerhash\">'Controle''s'!$F$" in text  # hk_start moved too
    grafiek = workbook["Grafiek ä"]
    assert grafiek["A40"].value == "Invoer" and grafiek["B55"].value is not None
    for result in results:
        assert_clean_package(result.path)
        checks = checks_of(result.path)
        assert len(checks) >= 3 and all(value is True for _, value in checks), (result.path.name, checks)
        assert recorded_input_hash(result.path)  # found through the renamed, quoted Herkomst sheet
    again = generate_all(folder / "out", folder)
    assert {r.status for r in again} == {"unchanged"}


@pytest.mark.skipif(not shutil.which("soffice") and not shutil.which("libreoffice"), reason="LibreOffice is not installed")
def test_restyled_outputs_verify_in_libreoffice(restyled):
    from pyengine.verify import verify

    _, results = restyled
    sample = [r.path for r in results if r.kind != "bijdrageoverzicht"] + \
             [r.path for r in results if r.kind == "bijdrageoverzicht"][::4]
    verdicts = verify(sample)
    assert all(v.ok for v in verdicts), [(v.path.name, v.error, v.mismatches[:2]) for v in verdicts if not v.ok]


def named_table(workbook, name: str) -> list[list]:
    """The cells a workbook-scoped defined name covers, row by row."""
    (sheet, ref), = workbook.defined_names[name].destinations
    cells = workbook[sheet.replace("''", "'")][ref.replace("$", "")]
    rows = cells if isinstance(cells, tuple) else ((cells,),)
    return [[c.value for c in row] for row in rows]


def test_every_input_block_is_found_by_its_defined_name_after_renaming(restyled):
    _, results = restyled
    amendment = openpyxl.load_workbook(next(r.path for r in results if r.kind == "begrotingswijziging"))
    assert [v for v in named_table(amendment, "inv_jaren")[0] if v is not None] == ["Jaren", 2021, 2022, 2023, 2024]
    general = {row[0]: row[1] for row in named_table(amendment, "inv_algemeen")}
    assert general["Nummer"] == "2021-03" and general["Verdeelmethode"] == "largest_remainder"
    amounts = named_table(amendment, "inv_bedragen")
    assert amounts[0][:3] == ["Regel", "Begroting 2021", "Wijziging 2021"] and amounts[0][-1] == "Bron"
    assert amounts[1][:3] == ["Personeelskosten", 3416000, 25000]
    members = named_table(amendment, "inv_bijdrage")
    assert members[1][:2] == ["Blaricum", -163000] and len(members) == 1 + 8
    key = named_table(amendment, "inv_sleutel")
    assert key[0][:3] == ["Gemeente", "Gewicht 2021", "Neemt deel 2021 (1/0)"] and key[1][:3] == ["Blaricum", 1010, 1]
    assert [row[0] for row in key[-3:]] == ["Schaalfactor gewichten (10^decimalen, maakt ze geheel)",
                                             "Vast bedrag per deelnemende gemeente (euro, vaste voet)", "Bron"]
    assert named_table(amendment, "Eenheid") == [[1000]] and named_table(amendment, "Tolerantie") == [[0.005]]
    costs = openpyxl.load_workbook(next(r.path for r in results if r.kind == "kostenverdeling"))
    assert named_table(costs, "inv_kostenregels")[0][:4] == ["Omschrijving", "Soort", "Schaal", "Fte"]
    assert named_table(costs, "inv_sleutel")[0] == ["Gemeente", "Gewicht", "Neemt deel (1/0)", "Staat voor"]
    statement = openpyxl.load_workbook(next(r.path for r in results if r.kind == "bijdrageoverzicht"))
    rows = named_table(statement, "inv_bijdrage")
    assert rows[0][0] == "Jaar" and [row[0] for row in rows[1:]] == [2021, 2022, 2023, 2024]


def test_a_sheet_name_excel_would_refuse_is_refused_before_anything_is_written(tmp_path):
    from pyengine.render.template import sheet_name_problem

    workbook = openpyxl.load_workbook(amendment_workbook.TEMPLATE)
    workbook["Herkomst"].title = "Herkomst 'bron'"  # Excel allows no apostrophe at the start or the end
    workbook.save(tmp_path / amendment_workbook.TEMPLATE.name)
    results = pyengine.generate([ROOT / "examples" / "regionaal-leerhuis"], tmp_path / "out", template_dir=tmp_path)
    assert [r.status for r in results] == ["failed"]
    assert "sheet name \"Herkomst 'bron'\" starts or ends with an apostrophe; rename the sheet" in results[0].error
    assert not (tmp_path / "out").exists()
    assert sheet_name_problem("Controle's") == "" and sheet_name_problem("a" * 32) == "is longer than 31 characters"
    assert sheet_name_problem("Q1/Q2") == "contains /"


# --- the officer's page setup (Page Layout in Excel): orientation, page header and footer -----------------------

LETTERHEAD = "Gemeenschappelijke regeling Regio Gooi en Vechtstreek"


def page_setup_of(path: Path) -> dict:
    """sheet name -> (orientation, the headerFooter element as written) of a produced workbook."""
    import re

    with zipfile.ZipFile(path) as archive:
        names = re.findall(r'<sheet name="([^"]*)"', archive.read("xl/workbook.xml").decode())
        found = {}
        for index, name in enumerate(names, start=1):
            xml = archive.read(f"xl/worksheets/sheet{index}.xml").decode()
            found[name.replace("&apos;", "'")] = (re.search(r'orientation="(\w+)"', xml).group(1),
                                                  re.search(r"<headerFooter.*?</headerFooter>", xml).group(0))
    return found


def officer_page_setup(template_dir: Path, edits: dict) -> None:
    """Copies of the amendment's and the statement's templates with ``edits``: file -> (sheet, edit(worksheet)),
    the sheet renamed first when ``rename`` is given (Excel's rename: the defined names follow)."""
    for module in (amendment_workbook, statement_workbook):
        workbook = openpyxl.load_workbook(module.TEMPLATE)
        for sheet, (rename, edit) in edits.get(module.TEMPLATE.name, {}).items():
            if rename:
                names = {}
                for name, defined in workbook.defined_names.items():
                    (where, ref), = defined.destinations
                    names[name] = (rename if where == sheet else where.replace("''", "'"), ref)
                workbook[sheet].title = rename
                for name, (where, ref) in names.items():
                    del workbook.defined_names[name]
                    workbook.defined_names[name] = DefinedName(name, attr_text=f"{quoted(where)}!{ref}")
                sheet = rename
            edit(workbook[sheet])
        workbook.save(template_dir / module.TEMPLATE.name)


def test_the_templates_page_orientation_is_used(tmp_path):
    """A portrait amendment (wide: we would print it landscape) stays portrait; a statement letter the officer
    sets landscape prints landscape; a sheet without an orientation of its own keeps ours (Berekening landscape)."""
    def portrait(ws):
        ws.page_setup.orientation = "portrait"

    def landscape(ws):
        ws.page_setup.orientation = "landscape"

    officer_page_setup(tmp_path, {"begrotingswijziging.xlsx": {"Begrotingswijziging": (None, portrait)},
                                  "bijdrageoverzicht.xlsx": {"Bijdrageoverzicht": (None, landscape)}})
    results = pyengine.generate([ROOT / "examples" / "regionaal-leerhuis"], tmp_path / "out", per_member=True,
                                template_dir=tmp_path)
    assert results and all(r.status == "written" for r in results)
    amendment = page_setup_of(next(r.path for r in results if r.kind == "begrotingswijziging"))
    assert amendment["Begrotingswijziging"][0] == "portrait" and amendment["Berekening"][0] == "landscape"
    statements = [page_setup_of(r.path) for r in results if r.kind == "bijdrageoverzicht"]
    assert len(statements) == 8
    assert {s["Bijdrageoverzicht"][0] for s in statements} == {"landscape"}


def test_a_renamed_letter_sheet_stays_a_portrait_letter(tmp_path):
    officer_page_setup(tmp_path, {"bijdrageoverzicht.xlsx": {"Bijdrageoverzicht": ("Uw bijdrage", lambda ws: None)}})
    results = pyengine.generate([ROOT / "examples" / "regionaal-leerhuis"], tmp_path / "out", per_member=True,
                                template_dir=tmp_path)
    statements = [page_setup_of(r.path) for r in results if r.kind == "bijdrageoverzicht"]
    assert len(statements) == 8
    assert {s["Uw bijdrage"][0] for s in statements} == {"portrait"}


def test_the_templates_page_header_and_footer_are_kept(tmp_path):
    """The officer's header and footer are printed as set; a footer left empty gets our page numbering."""
    def header_and_footer(ws):
        ws.oddHeader.center.text = LETTERHEAD + " - afdeling Financiën"
        ws.oddFooter.left.text = LETTERHEAD
        ws.oddFooter.right.text = "Pagina &P van &N"

    def header_only(ws):
        ws.oddHeader.left.text = LETTERHEAD

    officer_page_setup(tmp_path, {"begrotingswijziging.xlsx": {"Begrotingswijziging": (None, header_and_footer)},
                                  "bijdrageoverzicht.xlsx": {"Bijdrageoverzicht": ("Uw bijdrage", header_only)}})
    results = pyengine.generate([ROOT / "examples" / "regionaal-leerhuis"], tmp_path / "out", per_member=True,
                                template_dir=tmp_path)
    amendment = page_setup_of(next(r.path for r in results if r.kind == "begrotingswijziging"))
    assert amendment["Begrotingswijziging"][1] == (
        f"<headerFooter><oddHeader>&amp;C{LETTERHEAD} - afdeling Financiën</oddHeader>"
        f"<oddFooter>&amp;L{LETTERHEAD}&amp;RPagina &amp;P van &amp;N</oddFooter></headerFooter>")
    # a sheet the officer gave no footer: ours
    assert amendment["Berekening"][1] == "<headerFooter><oddFooter>&amp;CPagina &amp;P van &amp;N</oddFooter></headerFooter>"
    for result in results:
        if result.kind == "bijdrageoverzicht":
            assert page_setup_of(result.path)["Uw bijdrage"][1] == (
                f"<headerFooter><oddHeader>&amp;L{LETTERHEAD}</oddHeader>"
                "<oddFooter>&amp;CPagina &amp;P van &amp;N</oddFooter></headerFooter>")
        assert_clean_package(result.path)
    again = pyengine.generate([ROOT / "examples" / "regionaal-leerhuis"], tmp_path / "out", per_member=True,
                              template_dir=tmp_path)
    assert {r.status for r in again} == {"unchanged"}


# --- merged cells in a template over what a block writes -----------------------------------------------------

def test_merged_template_cells_that_would_hide_a_heading_are_refused_naming_file_sheet_and_range(tmp_path):
    """'Begroting' merged over the next two headings would hide 'Wijziging' and 'Bijgestelde begroting' (Excel
    shows a merged range's first cell only): refused, in Dutch, with the file, the sheet and the range; a
    merged letterhead clear of the blocks is fine."""
    from pyengine.i18n import use_language

    def merge_headings(ws):
        ws["B10"] = "2021"
        ws.merge_cells("B10:D10")

    def merge_letterhead(ws):  # to the right of the letter, where no block writes
        ws["J1"] = "Regio Gooi en Vechtstreek"
        ws.merge_cells("J1:L2")

    officer_page_setup(tmp_path, {"begrotingswijziging.xlsx": {"Begrotingswijziging": (None, merge_headings)},
                                  "bijdrageoverzicht.xlsx": {"Bijdrageoverzicht": ("Uw bijdrage", merge_letterhead)}})
    with use_language("nl"):
        results = pyengine.generate([ROOT / "examples" / "regionaal-leerhuis"], tmp_path / "out", per_member=True,
                                    template_dir=tmp_path)
    amendment = next(r for r in results if r.kind == "begrotingswijziging")
    assert amendment.status == "failed" and not amendment.held
    assert amendment.error == ("begrotingswijziging.xlsx: blad 'Begrotingswijziging': de samengevoegde cellen "
                               "B10:D10 verbergen wat pyengine schrijft in C10, D10; maak de samenvoeging ongedaan "
                               "in het sjabloon (Start > Samenvoegen en centreren) of zet ze buiten het blok")
    # found before anything is written (the first file of each template is rendered on trial): the spec's other
    # files are not written either
    statements = [r for r in results if r.kind == "bijdrageoverzicht"]
    assert len(statements) == 8 and all(r.status == "failed" and r.held for r in statements)
    assert not any(r.path.exists() for r in results if r.kind)
    # a merged letterhead clear of the blocks is fine
    officer_page_setup(tmp_path, {"bijdrageoverzicht.xlsx": {"Bijdrageoverzicht": ("Uw bijdrage", merge_letterhead)}})
    results = pyengine.generate([ROOT / "examples" / "regionaal-leerhuis"], tmp_path / "out", per_member=True,
                                template_dir=tmp_path)
    statements = [r for r in results if r.kind == "bijdrageoverzicht"]
    assert len(statements) == 8 and {r.status for r in statements} == {"written"}
    assert [m.coord for m in openpyxl.load_workbook(statements[0].path)["Uw bijdrage"].merged_cells.ranges] == ["J1:L2"]


def test_a_merged_heading_in_the_letter_is_refused(tmp_path):
    def merge_headings(ws):
        ws.merge_cells("B18:C18")

    officer_page_setup(tmp_path, {"bijdrageoverzicht.xlsx": {"Bijdrageoverzicht": (None, merge_headings)}})
    results = pyengine.generate([ROOT / "examples" / "regionaal-leerhuis"], tmp_path / "out", per_member=True,
                                template_dir=tmp_path)
    statements = [r for r in results if r.kind == "bijdrageoverzicht"]
    assert len(statements) == 8 and {r.status for r in statements} == {"failed"}
    assert not any(r.path.exists() for r in results if r.kind)
    assert statements[0].error == ("bijdrageoverzicht.xlsx: sheet 'Bijdrageoverzicht': the merged cells B18:C18 "
                                   "hide what pyengine writes in C18; unmerge them in the template "
                                   "(Home > Merge & Center) or move them clear of the block")
    assert all(r.held for r in statements[1:])


# --- the officer's own texts and formulas ------------------------------------------------------------------------

def test_a_text_of_the_officers_that_a_block_would_write_over_is_refused_naming_sheet_and_cell(tmp_path):
    """A note beside the table is kept; a note where the table comes (A30, below its first lines) would be
    overwritten without a word: refused, naming the sheet and the cell."""
    def notes(ws):
        ws["P14"] = "Bron: jaarrekening 2025"  # right of the table: kept
        ws["A30"] = "Let op: voorlopige cijfers"

    officer_page_setup(tmp_path, {"begrotingswijziging.xlsx": {"Begrotingswijziging": ("Begroting GR", notes)}})
    results = pyengine.generate([ROOT / "examples" / "regionaal-leerhuis"], tmp_path / "out", template_dir=tmp_path)
    results = [r for r in results if r.status != "note"]
    assert [r.status for r in results] == ["failed"] and not results[0].path.exists()
    assert results[0].error == ("begrotingswijziging.xlsx: sheet 'Begroting GR': pyengine writes over your text in "
                                "A30; move it clear of the blocks (a block writes down and to the right of its "
                                "named cell)")

    def note_beside(ws):
        ws["P14"] = "Bron: jaarrekening 2025"

    officer_page_setup(tmp_path, {"begrotingswijziging.xlsx": {"Begrotingswijziging": ("Begroting GR", note_beside)}})
    results = pyengine.generate([ROOT / "examples" / "regionaal-leerhuis"], tmp_path / "out", template_dir=tmp_path)
    assert [r.status for r in results] == ["written"]
    assert openpyxl.load_workbook(results[0].path)["Begroting GR"]["P14"].value == "Bron: jaarrekening 2025"


def test_a_formula_of_the_officers_is_refused_before_anything_is_written_not_dropped(tmp_path):
    """A template's own formula used to vanish from the output without a word; pyengine cannot give it a value
    (the file stores every formula's value, its PDF prints what is stored): refused, naming each cell, in Dutch."""
    from pyengine.i18n import use_language

    def own_check(ws):
        ws["P13"] = "Controle lasten"
        ws["P14"] = "=SUM(B13:B16)"
        ws["Q14"] = '=IF(P14=B17,"ok","VERSCHIL")'

    officer_page_setup(tmp_path, {"begrotingswijziging.xlsx": {"Begrotingswijziging": ("Begroting GR", own_check)}})
    with use_language("nl"):
        results = pyengine.generate([ROOT / "examples" / "regionaal-leerhuis"], tmp_path / "out", per_member=True,
                                    template_dir=tmp_path)
    assert {r.status for r in results} == {"failed"} and not (tmp_path / "out").exists()
    assert results[0].error == (
        "begrotingswijziging.xlsx: eigen formules kunnen niet worden meegenomen naar de uitvoer (pyengine kan ze geen "
        "waarde geven voor het bestand en de PDF): 'Begroting GR'!P14, 'Begroting GR'!Q14; typ de tekst of het getal "
        "in plaats daarvan, of laat de cel leeg")


def test_the_statements_headings_follow_the_templates_teksten(tmp_path):
    """begroting, wijziging, bijgesteld and gewicht in the table teksten head the letter's columns (they used
    to be ignored: the letter always said Begroting, Wijziging, Bijgestelde begroting)."""
    def reword(ws):
        for row in ws.iter_rows():
            for cell in row:
                new = {"begroting": "Primitieve begroting", "wijziging": "Mutatie", "bijgesteld": "Na wijziging",
                       "gewicht": "Inwoners"}.get(cell.value)
                if new and cell.column == 4:  # the key column of teksten (D); its text is beside it
                    ws.cell(cell.row, 5).value = new

    officer_page_setup(tmp_path, {"bijdrageoverzicht.xlsx": {"Opmaak": (None, reword)}})
    results = pyengine.generate([ROOT / "examples" / "regionaal-leerhuis"], tmp_path / "out", per_member=True,
                                template_dir=tmp_path)
    statement = next(r.path for r in results if r.kind == "bijdrageoverzicht")
    rows = list(openpyxl.load_workbook(statement)["Bijdrageoverzicht"].iter_rows(values_only=True))
    headings = next(row for row in rows if row[0] == "Jaar")
    assert headings[:7] == ("Jaar", "Primitieve begroting", "Mutatie", "Na wijziging", "Te betalen of terug",
                            "Inwoners (bijdrage_2020)", "Aandeel (%)")


def test_a_euro_sign_on_the_euro_style_stays_off_the_percentages(tmp_path):
    """The letter's 'Aandeel (%)' used the style 'euro': an officer who gave 'euro' a euro sign got it on the
    percentages too. Without a row 'percentage' in stijlen, the percentages take 'euro' without its currency."""
    euro_format = '[$€-413] #,##0.00;[$€-413] -#,##0.00;[$€-413] 0.00'

    def euro_sign(ws):
        for row in ws.iter_rows(min_col=1, max_col=1):
            if row[0].value == "euro":
                ws.cell(row[0].row, 2).number_format = euro_format

    officer_page_setup(tmp_path, {"bijdrageoverzicht.xlsx": {"Opmaak": (None, euro_sign)}})
    results = pyengine.generate([ROOT / "examples" / "regionaal-leerhuis"], tmp_path / "out", per_member=True,
                                template_dir=tmp_path)
    statement = next(r.path for r in results if r.kind == "bijdrageoverzicht")
    assert_clean_package(statement)
    sheet = openpyxl.load_workbook(statement)["Bijdrageoverzicht"]
    heading = next(row for row in sheet.iter_rows() if row[0].value == "Jaar")
    below = [sheet.cell(heading[0].row + 1 + y, c) for y in range(4) for c in (2, 7)]
    assert [cell.number_format for cell in below[::2]] == [euro_format] * 4  # Begroting: the officer's euro
    assert [cell.number_format for cell in below[1::2]] == ["#,##0.00"] * 4  # Aandeel (%): no euro sign
    assert below[1].font.name == below[0].font.name  # otherwise as 'euro'


def test_the_statements_column_widths_are_the_templates(tmp_path):
    """The letter's columns used to be set to A 7, B 16, C 13 ... whatever the template said (the other
    templates keep theirs); our template now carries those widths, and an officer's own are used."""
    shipped = openpyxl.load_workbook(statement_workbook.TEMPLATE)["Bijdrageoverzicht"]
    assert [shipped.column_dimensions[c].width for c in "ABCDEFG"] == [7, 16, 13, 17, 19, 16, 9]

    def widths(ws):
        ws.column_dimensions["A"].width = 10
        for letter in "BCDEFG":
            ws.column_dimensions[letter].width = 18

    officer_page_setup(tmp_path, {"bijdrageoverzicht.xlsx": {"Bijdrageoverzicht": (None, widths)}})
    results = pyengine.generate([ROOT / "examples" / "regionaal-leerhuis"], tmp_path / "out", per_member=True,
                                template_dir=tmp_path)
    statement = next(r.path for r in results if r.kind == "bijdrageoverzicht")
    sheet = openpyxl.load_workbook(statement)["Bijdrageoverzicht"]
    assert [sheet.column_dimensions[c].width for c in "ABCDEFG"] == [10, 18, 18, 18, 18, 18, 18]


# --- which templates a --templates folder gives ----------------------------------------------------------------

def test_a_template_saved_as_xlsm_is_refused_as_such_and_a_missing_one_is_ours_with_a_note(tmp_path):
    """Excel's 'Save As > Excel Macro-Enabled Workbook' leaves begrotingswijziging.xlsm: refused because it is an
    .xlsm (it used to say 'sjabloon niet gevonden: .../begrotingswijziging.xlsx'). A folder that restyles only
    the amendment gets pyengine's own bijdrageoverzicht, and says so."""
    macro = tmp_path / "macro"
    macro.mkdir()
    shutil.copy(amendment_workbook.TEMPLATE, macro / "begrotingswijziging.xlsm")
    results = pyengine.generate([ROOT / "examples" / "regionaal-leerhuis"], tmp_path / "out", template_dir=macro)
    assert [r.status for r in results] == ["failed"] and not (tmp_path / "out").exists()
    assert results[0].path == macro / "begrotingswijziging.xlsm"
    assert results[0].error == "begrotingswijziging.xlsm: templates must be .xlsx without macros (got .xlsm)"

    some = tmp_path / "some"
    some.mkdir()
    shutil.copy(amendment_workbook.TEMPLATE, some / "begrotingswijziging.xlsx")
    results = pyengine.generate([ROOT / "examples" / "regionaal-leerhuis"], tmp_path / "out", per_member=True,
                                template_dir=some)
    assert [r.note for r in results if r.status == "note"] == [
        f"{some} holds no bijdrageoverzicht.xlsx: pyengine's own template of that name is used"]
    assert len([r for r in results if r.status == "written"]) == 9


def test_a_name_turned_into_ref_is_called_broken_and_both_messages_say_how_to_fix_it(tmp_path):
    """A deleted sheet leaves its names as #REF!: they used to be reported as missing. Both messages point at
    Formules > Namen beheren."""
    from pyengine.i18n import use_language

    workbook = openpyxl.load_workbook(amendment_workbook.TEMPLATE)
    workbook.defined_names["gr_start"].attr_text = "#REF!"
    del workbook.defined_names["hk_start"]
    workbook.save(tmp_path / "begrotingswijziging.xlsx")
    with use_language("nl"):
        results = pyengine.generate([ROOT / "examples" / "regionaal-leerhuis"], tmp_path / "out",
                                    template_dir=tmp_path)
    assert [r.status for r in results] == ["failed"] and not (tmp_path / "out").exists()
    assert results[0].error == (
        "begrotingswijziging.xlsx: de gedefinieerde naam/namen gr_start wijzen naar geen cel (#REF!): de cel of het "
        "blad waar ze naar wezen is verwijderd; laat ze weer wijzen naar de cel waar hun blok begint (Formules > "
        "Namen beheren > Bewerken)")
    workbook.defined_names["gr_start"].attr_text = "'Grafiek'!$A$1"
    workbook.save(tmp_path / "begrotingswijziging.xlsx")
    with use_language("nl"):
        results = pyengine.generate([ROOT / "examples" / "regionaal-leerhuis"], tmp_path / "out",
                                    template_dir=tmp_path)
    assert results[0].error == (
        "begrotingswijziging.xlsx: verplichte gedefinieerde naam/namen ontbreken: hk_start; maak elk aan voor de cel "
        "waar zijn blok begint (Formules > Namen beheren > Nieuw), of begin opnieuw met het eigen sjabloon van "
        "pyengine")


def test_a_templates_folder_with_none_of_the_templates_needed_is_refused(tmp_path):
    """The wrong folder, most likely: refused, not quietly all of pyengine's own."""
    (tmp_path / "leeg").mkdir()
    shutil.copy(cost_workbook.TEMPLATE, tmp_path / "leeg" / cost_workbook.TEMPLATE.name)  # not needed by this run
    results = pyengine.generate([ROOT / "examples" / "regionaal-leerhuis"], tmp_path / "out", per_member=True,
                                template_dir=tmp_path / "leeg")
    assert [r.status for r in results] == ["failed"] and not (tmp_path / "out").exists()
    assert results[0].error == (f"template not found: {tmp_path / 'leeg'} holds none of the templates this run "
                                "needs (begrotingswijziging.xlsx, bijdrageoverzicht.xlsx)")
