"""Our input workbooks audit clean (exit 0): a workbook that declares itself one of pyengine's input workbooks
(its first sheet titled '<Soort>: invoer', the defined names of its form) in which no line is a total says so;
any total in it is checked as in any file, and a file that does not declare itself one and holds no total is
still 'nothing checked' (exit 2)."""

import json
from pathlib import Path

import openpyxl
import pytest
from openpyxl.workbook.defined_name import DefinedName

from published_tables import print_to_pdf
from pyengine.audit import audit, main as audit_main
from pyengine.audit.model import Cell, Grid
from pyengine.audit.report import input_workbook
from pyengine.cli import main as cli_main

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
INVOER = EXAMPLES / "invoer"


def new(tmp_path: Path, kind: str, *args: str) -> Path:
    out = tmp_path / f"{kind}-{len(list(tmp_path.iterdir()))}.xlsx"
    assert cli_main(["new", kind, *args, "--out", str(out)]) == 0
    return out


@pytest.fixture(scope="module")
def input_workbooks(tmp_path_factory) -> dict[str, Path]:
    """Each kind of input workbook `pyengine new` writes: blank, from a key, from a spec; and the examples."""
    tmp_path = tmp_path_factory.mktemp("invoer")
    books = {
        "kostenverdeling blank": new(tmp_path, "kostenverdeling"),
        "begrotingswijziging blank": new(tmp_path, "begrotingswijziging"),
        "kostenverdeling key": new(tmp_path, "kostenverdeling", "--key", str(EXAMPLES / "vooruitblik" / "inwoners-2025.csv")),
        "begrotingswijziging key": new(tmp_path, "begrotingswijziging", "--key",
                                       str(EXAMPLES / "regionaal-leerhuis" / "verdeelsleutel.csv")),
        "afrekening key": new(tmp_path, "afrekening", "--year", "2025", "--key",
                              str(EXAMPLES / "afrekening-peelland" / "inwoners-2025.csv")),
        "afrekening from": new(tmp_path, "afrekening", "--from",
                               str(EXAMPLES / "afrekening-peelland" / "afrekening-2025.toml")),
    }
    for path in sorted(INVOER.glob("*/*.xlsx")):
        books[path.stem] = path
    return books


KINDS = ["kostenverdeling blank", "begrotingswijziging blank", "kostenverdeling key", "begrotingswijziging key",
         "afrekening key", "afrekening from", "afrekening-2025", "projectbegroting-jeugd-2018",
         "kostenverdeling-2018-2022", "begrotingswijziging-2021-03"]
TITLES = {"kostenverdeling": "Kostenverdeling: invoer", "begrotingswijziging": "Begrotingswijziging: invoer",
          "afrekening": "Afrekening 2025: invoer", "projectbegroting": "Kostenverdeling: invoer"}


@pytest.mark.parametrize("kind", KINDS)
def test_each_kind_of_input_workbook_audits_clean_with_exit_0(input_workbooks, kind, capsys):
    path = input_workbooks[kind]
    assert audit_main(str(path)) == 0
    out = capsys.readouterr().out
    report = audit(path)
    assert report.verdict == "clean" and report.findings == () and report.unverified == ()
    title = next(t for word, t in TITLES.items() if word in kind)
    assert report.input_workbook == title
    last = out.splitlines()[-1]
    if kind.startswith("begrotingswijziging-"):
        # its Begroting sheet lists 'Totaal ...' lines whose parts are elsewhere, its Wijziging a total that holds:
        # totals were found and checked, so the ordinary verdict stands
        assert report.figures_checked and last.startswith("no findings: every total whose lines are in the table")
    elif "blank" in kind:  # no figures at all: no table
        assert report.tables == ()
        assert last == (f"an input workbook ({title!r}) with no figures filled in yet: no line in it is a total, so "
                        "there is nothing to add up")
    else:
        assert report.tables and not report.figures_checked
        assert last.startswith(f"an input workbook ({title!r})") and "nothing to add up" in last
    assert "NOT verified" not in out and "nothing checked" not in out


def test_a_blank_input_workbook_has_no_table_and_says_so(input_workbooks, capsys):
    path = input_workbooks["begrotingswijziging blank"]
    assert audit(path).tables == ()
    assert audit_main(str(path), as_json=True) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["verdict"] == "clean" and data["input_workbook"] == "Begrotingswijziging: invoer"
    assert data["tables"] == [] and data["findings"] == []


def typed(path: Path, rows: list[list], title: str | None = "Kostenverdeling: invoer",
          names: tuple[str, ...] = ("invoer_bedragen",)) -> Path:
    """A workbook typed by hand: its title line, an empty row, then the rows; with the defined names given."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Algemeen"
    start = 1
    if title is not None:
        sheet.cell(1, 1, title)
        start = 3
    for r, row in enumerate(rows, start=start):
        for c, value in enumerate(row, start=1):
            if value is not None:
                sheet.cell(r, c, value)
    for name in names:
        book.defined_names[name] = DefinedName(name, attr_text=f"Algemeen!$B${start + 1}")
    book.save(path)
    return path


LINES = [["Regel", 2025, 2026], ["Personeel", 1200, 1250], ["Huisvesting", 300, 310], ["ICT", 150, 160]]


def test_a_table_titled_as_an_input_workbook_with_a_wrong_total_still_fails(tmp_path, capsys):
    path = typed(tmp_path / "invoer.xlsx", [*LINES, ["Totaal lasten", 1650, 1730]])
    report = audit(path)
    assert report.input_workbook == "Kostenverdeling: invoer"
    assert report.verdict == "findings"
    assert [(f.place, f.expected, f.found) for f in report.findings] == [("C7", 1720, 1730)]
    assert audit_main(str(path)) == 1
    assert "an input workbook" not in capsys.readouterr().out
    # the total right: the ordinary verdict, not the input workbook's line (a total was checked)
    right = audit(typed(tmp_path / "goed.xlsx", [*LINES, ["Totaal lasten", 1650, 1720]]))
    assert right.verdict == "clean" and right.figures_checked and not right.inputs_only


def test_a_table_without_totals_that_does_not_declare_itself_an_input_workbook_still_exits_2(tmp_path, capsys):
    # no title, no names; the title without the names; the names under another title
    for name, title, names in (("kaal.xlsx", None, ()), ("titel.xlsx", "Kostenverdeling: invoer", ()),
                               ("namen.xlsx", "Kostenverdeling 2025", ("invoer_bedragen",))):
        path = typed(tmp_path / name, LINES, title, names)
        report = audit(path)
        assert report.input_workbook == "" and report.verdict == "nothing checked", name
        assert audit_main(str(path)) == 2
        assert capsys.readouterr().out.splitlines()[-1].startswith("nothing checked: no table has a total")


def pdf_grid(lines: list[list[str]]) -> Grid:
    cells = {(r, c): Cell(text) for r, line in enumerate(lines, start=2) for c, text in enumerate(line, start=1)}
    return Grid("invoer.pdf", cells, is_pdf=True)


def test_a_pdf_is_an_input_workbook_by_its_title_line_and_the_instruction_under_it():
    instruction = "Vul de gele cellen in. Deze werkmap is invoer voor: pyengine generate <dit bestand> --out uitvoer/"
    assert input_workbook([pdf_grid([["Kostenverdeling: invoer"], [instruction], ["Soort", "kostenverdeling"]])]) \
        == "Kostenverdeling: invoer"
    # the title alone (a PDF keeps no defined names) is not enough; nor the instruction under another title
    assert input_workbook([pdf_grid([["Kostenverdeling: invoer"], ["Soort", "kostenverdeling"]])]) == ""
    assert input_workbook([pdf_grid([["Overzicht baten en lasten"], [instruction]])]) == ""
    assert input_workbook([pdf_grid([["Kostenverdeling: invoer", "2025"], [instruction]])]) == ""


def test_the_pdfs_of_our_input_workbooks_audit_clean_with_exit_0(input_workbooks, tmp_path, capsys):
    sources = [input_workbooks[k] for k in ("kostenverdeling blank", "afrekening from", "kostenverdeling-2018-2022",
                                            "projectbegroting-jeugd-2018", "begrotingswijziging-2021-03")]
    for source, pdf in zip(sources, print_to_pdf(sources, tmp_path)):
        assert audit_main(str(pdf)) == 0, source.name
        last = capsys.readouterr().out.splitlines()[-1]
        report = audit(pdf)
        assert report.verdict == "clean" and report.findings == (), (source.name, report.findings[:2])
        if "begrotingswijziging" not in source.stem:
            assert report.input_workbook.endswith(": invoer") and last.startswith("an input workbook ("), source.name


@pytest.mark.parametrize("kind", ["meerjarenraming", "sleutelvergelijking"])
def test_the_workbooks_pyengine_new_writes_for_the_years_audit_clean_with_exit_0(kind, tmp_path, capsys):
    """`pyengine new meerjarenraming|sleutelvergelijking --years` writes the whole workbook, its amounts 0 until they
    are filled in. Its totals hold, 0 over 0: a clean file with exit 0 that says every figure is 0 (the blank
    sleutelvergelijking said 'nothing checked ... NOT verified', exit 2)."""
    path = new(tmp_path, kind, "--years", "2026-2029")
    capsys.readouterr()
    assert audit_main(str(path)) == 0
    out = capsys.readouterr().out
    report = audit(path)
    assert report.verdict == "clean" and report.findings == () and report.unverified == ()
    assert "NOT verified" not in out and "nothing checked" not in out
    if not report.figures_checked:
        assert out.splitlines()[-1] == ("no findings: every total adds up, and every figure in them is 0 (nothing "
                                        "filled in yet)")


def saved_as_values(source: Path, out: Path, change: dict[tuple[str, str], object] | None = None) -> Path:
    """The workbook as a calculating program leaves it, its formulas' values stored, with some cells changed."""
    book = openpyxl.load_workbook(source, data_only=True)
    for (sheet, ref), value in (change or {}).items():
        book[sheet][ref] = value
    book.save(out)
    return out


def test_the_saldo_na_reserves_of_a_begrotingswijziging_is_checked_in_both_tables(tmp_path, capsys):
    """The begrotingswijziging input workbook's 'Saldo na reserves (moet 0 zijn)' stands after an empty row, with a
    row 'Sluitend' of TRUE under it and a figure in the hidden column 'Jaar 5': it is the sum of the lines above it,
    checked in the Begroting (14 lines) and in the Wijziging (the costs and the 'Totaal gemeentelijke bijdrage'
    balancing them, empty input lines between). It was in no table: never checked, never listed."""
    spec = EXAMPLES / "regionaal-leerhuis" / "begrotingswijziging-2021-03.toml"
    path = new(tmp_path, "begrotingswijziging", "--from", str(spec))
    capsys.readouterr()
    assert audit_main(str(path)) == 0
    assert "NOT verified" not in capsys.readouterr().out
    report = audit(path)
    assert report.findings == () and report.unverified == ()
    saldi = {t.sheet: r for t in report.tables for r in t.relations if r.total.startswith("Saldo na reserves")}
    assert set(saldi) == {"Begroting", "Wijziging"}
    assert len(saldi["Begroting"].parts) == 14 and not saldi["Begroting"].failed
    assert saldi["Wijziging"].parts == ("Totaal personeelskosten", "Totaal materiële kosten",
                                        "Totaal gemeentelijke bijdrage") and not saldi["Wijziging"].failed
    # a line altered under a saldo that still says 0: a finding at the saldo, with the lines' sum
    altered = audit(saved_as_values(path, tmp_path / "gewijzigd.xlsx", {("Begroting", "C7"): 1668000}))
    assert [(f.sheet, f.cell, f.expected, f.found) for f in altered.findings if f.kind == "sum"] == [
        ("Begroting", "C20", 1000, 0)]
    # the saldo itself altered: not passed (today it is NOT verified, named, rather than a finding at D20)
    altered = audit(saved_as_values(path, tmp_path / "saldo.xlsx", {("Wijziging", "D20"): 5}))
    assert altered.verdict != "clean"
    assert [u[0] for u in altered.unverified] == ["Saldo na reserves (moet 0 zijn)"]
