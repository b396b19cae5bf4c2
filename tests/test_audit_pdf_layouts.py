"""pyengine audit on PDFs with tables side by side, on the PDF of a begrotingswijziging, and on workbooks
whose formulas carry no stored values."""

import json
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from openpyxl.styles import Alignment
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.pagebreak import Break

import pyengine
from published_tables import finish, print_named
from pyengine.pdf import print_pdfs
from pyengine.audit import audit, main as audit_main
from pyengine.audit.begroting import amendment_rules
from pyengine.audit.pdf import read_pdf
from pyengine.audit.xlsx import read_workbook
from pyengine.errors import InputError
from test_audit import PRINTED
from test_audit_tables import soffice

ROOT = Path(__file__).resolve().parent.parent
D = Decimal

LASTEN = [["Lasten", "2025", "2026"], ["Personeel", 1200, 1250], ["Huisvesting", 400, 410], ["ICT", 100, 120],
          ["Totaal lasten", 1700, 1780]]
BATEN = [["Baten", "2025", "2026"], ["Bijdrage gemeenten", 1500, 1560], ["Rijksbijdrage", 150, 160],
         ["Overige baten", 50, 60], ["Totaal baten", 1700, 1780]]
BATEN_WRONG = [row[:] for row in BATEN]
BATEN_WRONG[2][2] = 165  # Rijksbijdrage 2026: the lines now add up to 1.785 under a printed 1.780
MEMBERS = [["Gemeente", "Bijdrage 2025"], ["Almere", 300], ["Baarn", 450], ["Castricum", 250], ["Totaal", 1000]]
MEMBERS_WRONG = MEMBERS[:-1] + [["Totaal", 1001]]
PER_YEAR = [["Jaar", "Bedrag"], ["2023", 900], ["2024", 950], ["2025", 1000], ["Totaal", 2851]]  # 2.850 + 1
LONG_LEFT = [["Deelnemer", "2025"]] + [[f"Gemeente {i:02d}", 1000 + i] for i in range(60)] + \
    [["Totaal gemeenten", 61770]]
LONG_RIGHT = [["Post", "2025"]] + [[f"Kostenpost {i:02d}", 500 + 2 * i] for i in range(60)] + \
    [["Totaal kosten", 33541]]  # 30.000 + 3.540 = 33.540: one too many


def side_by_side(path: Path, left: list[list], right: list[list], page_break_after: int | None = None) -> Path:
    """Two tables on one sheet, one empty column between them, as a person lays out lasten beside baten."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Overzicht"
    sheet["A1"] = "Begroting 2025"
    width = max(len(row) for row in left)
    for offset, rows in ((0, left), (width + 1, right)):
        for r, row in enumerate(rows, start=3):
            for c, value in enumerate(row, start=offset + 1):
                if value is not None:
                    sheet.cell(r, c, value)
        sheet.column_dimensions[get_column_letter(offset + 1)].width = 22
    sheet.page_setup.orientation = "landscape"
    if page_break_after:
        sheet.row_breaks.append(Break(id=page_break_after))
    workbook.save(path)
    return path


def printable_seed(path: Path, spaced: bool = False) -> Path:
    """Seed 000's printed table typed into a workbook (as tests/test_audit.py does), set up to print on one
    page as the document shows it: landscape, fitted to the width, titles wrapped in their cells. Spaced:
    an empty row before each section, and a signature and a small table of its own below."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Begrotingswijziging"
    sheet["A1"] = "Begrotingswijziging 2021-03 Regionaal Leerhuis"
    sheet["A3"] = "Bedragen x €1.000"
    r = 4
    for line in PRINTED.splitlines():
        if spaced and line.split("\t")[0] in ("BATEN", "TOTAAL", "RESERVE(S)", "BIJDRAGE GEMEENTE **"):
            r += 1
        for c, text in enumerate(line.split("\t"), start=1):
            if text:
                number = text.replace(".", "")
                sheet.cell(r, c, int(number) if number.lstrip("-").isdigit() else text)
        r += 1
    if spaced:
        for offset, row in ((2, ["Vastgesteld door het algemeen bestuur op 1 maart 2021"]), (4, ["Overzicht"]),
                            (5, ["Post", "Bedrag"]), (6, ["Reiskosten", 5]), (7, ["Totaal", 5])):
            for c, value in enumerate(row, start=1):
                sheet.cell(r + offset, c, value)
    for c in range(2, 14):
        sheet.cell(4, c).alignment = Alignment(wrap_text=True)
    return finish(sheet, path, widths={"A": 34, **{c: 12 for c in range(2, 14)}})


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    """The workbooks above and our own begrotingswijziging, exported to PDF by LibreOffice in one batch."""
    soffice()  # (skips before the workbooks are made, where LibreOffice is missing)
    folder = tmp_path_factory.mktemp("naast")
    sources = {
        "clean": side_by_side(folder / "naast-elkaar.xlsx", LASTEN, BATEN),
        "wrong": side_by_side(folder / "naast-elkaar-fout.xlsx", LASTEN, BATEN_WRONG),
        "years": side_by_side(folder / "leden-en-jaren.xlsx", MEMBERS, PER_YEAR),
        "years first": side_by_side(folder / "jaren-en-leden.xlsx", PER_YEAR[:-1] + [["Totaal", 2850]], MEMBERS_WRONG),
        "long": side_by_side(folder / "lang-naast-elkaar.xlsx", LONG_LEFT, LONG_RIGHT),
        # the right-hand table's last line alone beside the left-hand table on the next page
        "last line": side_by_side(folder / "laatste-regel.xlsx", LONG_LEFT, LONG_RIGHT[:29] + [["Totaal kosten", 14757]],
                                  page_break_after=31),
        "seed": printable_seed(folder / "seed000.xlsx"),
        "seed spaced": printable_seed(folder / "seed000-ruim.xlsx", spaced=True),
        "ours": pyengine.generate([ROOT / "examples" / "regionaal-leerhuis"], folder / "ours")[0].path,
    }
    exported = {name: (sources[name], pdf) for name, pdf in print_named(sources, folder).items()}
    # ours as the council gets it: `pyengine pdf` (document sheets, Controles, Herkomst; Berekening and Invoer are
    # read in the workbook), beside the workbook
    ours = sources["ours"]
    assert [r.status for r in print_pdfs([ours])] == ["written"]
    exported["ours"] = (ours, ours.with_suffix(".pdf"))
    return exported


def summary(report):
    return sorted((f.kind, f.row_label, f.column, f.expected, f.found) for f in report.findings)


def test_tables_side_by_side_are_read_as_two_clean_tables(exported):
    report = audit(exported["clean"][1])
    assert report.findings == () and report.verdict == "clean"
    assert [(t.rows, t.columns) for t in report.tables] == [(4, ("2025", "2026")), (4, ("2025", "2026"))]
    assert [(r.total, r.parts, r.failed) for t in report.tables for r in t.relations] == [
        ("Totaal lasten", ("Personeel", "Huisvesting", "ICT"), 0),
        ("Totaal baten", ("Bijdrage gemeenten", "Rijksbijdrage", "Overige baten"), 0)]


def test_an_error_in_the_right_hand_table_is_named_there(exported):
    report = audit(exported["wrong"][1])
    assert summary(report) == [("sum", "Totaal baten", "2026", D(1785), D(1780))]
    finding = report.findings[0]
    assert finding.cell == "page 1, line 6" and finding.table == 2
    assert report.tables[0].relations[0].failed == 0  # the lasten beside it still add up
    assert audit_main(str(exported["wrong"][1])) == 1


def test_a_per_member_table_beside_a_per_year_table(exported):
    """The per-year table's labels are years (figures to a reader): they still start a table of their own."""
    report = audit(exported["years"][1])
    assert len(report.tables) == 2
    assert [(r.total, r.parts, r.failed) for r in report.tables[0].relations] == [
        ("Totaal", ("Almere", "Baarn", "Castricum"), 0)]
    assert summary(report) == [("sum", "Totaal", "Bedrag", D(2850), D(2851))]
    assert report.findings[0].cell.startswith("page 1, line ")
    # and the other way round: the years on the left, a wrong member total on the right
    report = audit(exported["years first"][1])
    assert [(r.total, r.parts) for t in report.tables for r in t.relations] == [
        ("Totaal", ("2023", "2024", "2025")), ("Totaal", ("Almere", "Baarn", "Castricum"))]
    assert summary(report) == [("sum", "Totaal", "Bijdrage 2025", D(1000), D(1001))]
    assert report.findings[0].table == 2


def test_tables_side_by_side_continuing_on_the_next_page_stay_one_table_each(exported):
    report = audit(exported["long"][1])
    assert [t.rows for t in report.tables] == [61, 61]  # 60 lines and a total each, over three pages
    for table in report.tables:
        assert table.first.startswith("page 1,") and table.last.startswith(("page 2,", "page 3,"))
    assert report.tables[0].last.split(",")[0] == report.tables[1].last.split(",")[0]
    assert summary(report) == [("sum", "Totaal kosten", "2025", D(33540), D(33541))]
    assert report.findings[0].cell == report.tables[1].last and report.findings[0].table == 2


def test_the_last_line_of_a_table_beside_another_on_the_next_page_stays_in_its_table(exported):
    report = audit(exported["last line"][1])
    assert [t.rows for t in report.tables] == [61, 29]
    assert report.tables[1].last == "page 2, line 1"
    # 28 x 500 + 2 x (0 + ... + 27) = 14.756
    assert [(f.cell, f.row_label, f.expected, f.found) for f in report.findings] == [
        ("page 2, line 1", "Totaal kosten", D(14756), D(14757))]


def rule_findings(grid) -> set:
    return {(f.row_label, f.column, f.expected, f.found) for f in amendment_rules(grid)[0]}


def test_the_begrotingswijziging_rules_run_on_its_pdf(exported):
    workbook, pdf = exported["seed"]
    from_workbook = rule_findings(read_workbook(workbook, None, 300_000)[0][0])
    assert len(from_workbook) >= 20  # the seed's errors: members, gemeentelijke bijdrage, saldo, overhead, years
    assert from_workbook <= rule_findings(read_pdf(pdf)[0])
    # and in the report, merged with the generic audit's findings as on the workbook
    pdf_report = audit(pdf)
    key = lambda f: (f.row_label, f.column, f.expected, f.found)  # noqa: E731
    assert {key(f) for f in audit(workbook).findings} <= {key(f) for f in pdf_report.findings}
    assert any(note.startswith("the PDF 'seed000.pdf' is laid out as a begrotingswijziging") for note in pdf_report.notes)
    gemeentelijk = [f for f in pdf_report.findings if f.check.startswith("Gemeentelijke bijdrage = sum of the bijdragen")]
    assert gemeentelijk and all(f.cell.startswith("page 1, line ") for f in gemeentelijk)
    assert {(f.column, f.expected, f.found) for f in gemeentelijk} >= {("Wijziging 2021", D(-26), D(-27))}


def test_the_rules_stop_where_the_begrotingswijziging_ends(exported):
    """Empty rows between the sections, then a signature and another table: the members' block ends at
    the members' total, in the workbook and in its PDF, with the same findings as the seed as printed."""
    as_printed = rule_findings(read_workbook(exported["seed"][0], None, 300_000)[0][0])
    workbook, pdf = exported["seed spaced"]
    assert rule_findings(read_workbook(workbook, None, 300_000)[0][0]) == as_printed
    assert rule_findings(read_pdf(pdf)[0]) == as_printed


def test_our_begrotingswijziging_as_pdf_audits_clean_under_its_rules(exported):
    workbook, pdf = exported["ours"]
    report = audit(pdf)
    assert report.findings == () and report.verdict == "clean" and report.layout_rows_checked >= 25
    # 'Bijgestelde' printed above 'begroting' in its cell is one title, not a title over the next columns
    assert report.tables[0].columns[:4] == ("Begroting 2021", "Wijziging 2021", "Bijgestelde begroting 2021",
                                            "Begroting 2022")
    assert any("is laid out as a begrotingswijziging" in note for note in report.notes)
    assert audit(workbook).uncalculated == {}  # our workbooks carry every formula's value


def uncalculated_workbook(path: Path, rows_per_sheet: dict[str, list[list]]) -> Path:
    """Written by openpyxl, which stores formulas without their values."""
    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    for title, rows in rows_per_sheet.items():
        sheet = workbook.create_sheet(title)
        for row in rows:
            sheet.append(row)
    workbook.save(path)
    return path


def test_a_workbook_whose_formulas_have_no_values_is_refused(tmp_path, capsys):
    path = uncalculated_workbook(tmp_path / "openpyxl.xlsx", {
        "Bijdragen": [["Gemeente", "2025", "2026"], ["Almere", 300, 310], ["Baarn", 450, 460],
                      ["Totaal", "=SUM(B2:B3)", "=SUM(C2:C3)"]],
        "Saldo": [["Post", "2025"], ["Lasten", 100], ["Baten", -100], ["Saldo", "=B2+B3"]]})
    with pytest.raises(InputError, match=r"^openpyxl.xlsx: not audited: its formulas carry no stored values "
                                         r"\(sheet 'Bijdragen': 2 formula cells without a value, sheet 'Saldo': "
                                         r"1 formula cell without a value\)"):
        audit(path)
    assert audit_main(str(path)) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and len(captured.err.strip().splitlines()) == 1
    assert "open and save it in Excel or LibreOffice, or audit its PDF" in captured.err


def test_a_workbook_with_some_formulas_without_values_is_audited_as_incomplete(tmp_path, capsys):
    rows = {"Tabel": [["Gemeente", "2025", "2026"], ["Almere", 300, 310], ["Baarn", 450, 460], ["Totaal", 750, 770]],
            "Saldo": [["Post", "2025"], ["Lasten", 100], ["Baten", -100], ["Saldo", "=B2+B3"], ["Reserve", "=B4*0"]]}
    path = uncalculated_workbook(tmp_path / "half.xlsx", rows)
    report = audit(path)
    assert report.findings == () and report.uncalculated == {"Saldo": 2} and report.verdict == "incomplete"
    assert report.figures_checked == 2  # the typed Totaal, both years
    assert any("sheet 'Saldo': 2 formula cells without a value" in note and "NOT checked" in note
               for note in report.notes)
    assert audit_main(str(path)) == 1
    out = capsys.readouterr().out
    assert "every total adds up" not in out
    assert out.rstrip().endswith("no findings in the figures that could be read, but 2 formula cells had no stored "
                                 "value and were NOT checked: the audit is incomplete")
    assert audit_main(str(path), as_json=True) == 1
    data = json.loads(capsys.readouterr().out)
    assert (data["verdict"], data["formulas_without_value"], data["figures_checked"]) == ("incomplete", {"Saldo": 2}, 2)
    # what can be read is still audited: a wrong typed total is found beside the formulas without values
    rows["Tabel"][3] = ["Totaal", 750, 790]
    wrong = audit(uncalculated_workbook(tmp_path / "half-fout.xlsx", rows))
    assert summary(wrong) == [("sum", "Totaal", "2026", D(770), D(790))]
    assert audit_main(str(tmp_path / "half-fout.xlsx")) == 1
    assert capsys.readouterr().out.rstrip().endswith("1 finding(s); 2 formula cells had no stored value and were NOT "
                                                     "checked")


def test_a_file_where_nothing_was_checked_is_not_called_clean(tmp_path, capsys):
    path = uncalculated_workbook(tmp_path / "lijst.xlsx", {"Lijst": [["Gemeente", "Inwoners"], ["Almere", 218000],
                                                                       ["Baarn", 25000], ["Castricum", 36000]]})
    report = audit(path)
    assert report.findings == () and report.figures_checked == 0 and report.verdict == "nothing checked"
    assert audit_main(str(path)) == 2
    out = capsys.readouterr().out
    assert "every total adds up" not in out and out.rstrip().endswith(
        "nothing checked: no table has a total that its lines add up to, so this file was NOT verified")


def test_tables_side_by_side_in_a_workbook_are_audited_apart(tmp_path):
    """The workbook the PDFs above come from: the same blocks, findings naming their cells."""
    clean = audit(side_by_side(tmp_path / "naast-elkaar.xlsx", LASTEN, BATEN))
    assert clean.findings == () and [(t.first, t.last) for t in clean.tables] == [("A4", "A7"), ("E4", "E7")]
    wrong = audit(side_by_side(tmp_path / "naast-elkaar-fout.xlsx", LASTEN, BATEN_WRONG))
    assert [(f.cell, f.row_label, f.column, f.expected, f.found) for f in wrong.findings] == [
        ("G7", "Totaal baten", "2026", D(1785), D(1780))]
    years = audit(side_by_side(tmp_path / "jaren-en-leden.xlsx", PER_YEAR[:-1] + [["Totaal", 2850]], MEMBERS_WRONG))
    assert [(f.cell, f.row_label, f.expected, f.found) for f in years.findings] == [("E7", "Totaal", D(1000), D(1001))]


def test_a_text_column_inside_one_table_does_not_split_it(tmp_path):
    """A remark column between two figure columns, with no empty column before it, stays in its table."""
    rows = [["Gemeente", "Inwoners", "Toelichting", "Bijdrage"], ["Almere", 218000, "groei", 5000],
            ["Baarn", 25000, "stabiel", 600], ["Castricum", 36000, "krimp", 900], ["Totaal", 279000, None, 6501]]
    path = uncalculated_workbook(tmp_path / "toelichting.xlsx", {"Tabel": rows})
    report = audit(path)
    assert len(report.tables) == 1
    assert [(f.cell, f.row_label, f.column, f.expected, f.found) for f in report.findings] == [
        ("D5", "Totaal", "Bijdrage", D(6500), D(6501))]


# Lines of a page as the PDF reader holds them: (top, chunks (x0, x1, text), line number, type size); the
# figures are LibreOffice's print of Berekening at 80% (block C, 8 pt type, its headings wrapped in their cells)
def _page(*lines):
    return [(top, [tuple(c) for c in chunks], n, 8.0) for n, (top, chunks) in enumerate(lines, start=1)]


def test_a_centred_heading_as_wide_as_its_second_line_is_joined_unless_it_is_a_line_of_a_form():
    from pyengine.audit.pdf import _join_wrapped
    page = _page((140.5, [(36.8, 491.2, "C. AFRONDING VOOR DE PRESENTATIE")]),
                 (163.5, [(268.0, 335.9, "Afwijking b+w-"), (346.7, 425.1, "Afstand tot exact"),
                          (439.1, 500.6, "Telfout totaal"), (533.3, 574.6, "Correctie")]),
                 (172.8, [(266.9, 337.0, "bijgesteld 2022"), (374.7, 397.0, "2022"), (458.7, 481.0, "2022"),
                          (519.1, 588.6, "begroting 2023")]),
                 (184.8, [(36.8, 107.0, "Personeelskosten"), (338.0, 343.1, "0"), (409.3, 427.1, "0.00")]))
    joined = _join_wrapped(page, True)
    assert [c[2] for c in joined[1][1]] == ["Afwijking b+w-bijgesteld 2022", "Afstand tot exact 2022",
                                            "Telfout totaal 2022", "Correctie begroting 2023"]
    # two titles over two years: lines a cell's line apart (9.3 pt at 8 pt type) are one heading each
    only_years = _join_wrapped(_page((163.5, [(346.7, 425.1, "Afstand tot exact"), (439.1, 500.6, "Telfout totaal")]),
                                     (172.8, [(374.7, 397.0, "2024"), (458.7, 481.0, "2024")])), True)
    assert [c[2] for c in only_years[0][1]] == ["Afstand tot exact 2024", "Telfout totaal 2024"]
    # the same years a row apart (15 pt) are a row of their own, under titles that did not wrap
    rows = _join_wrapped(_page((160.0, [(346.7, 425.1, "Afstand tot exact"), (439.1, 500.6, "Telfout totaal")]),
                               (175.0, [(374.7, 397.0, "2024"), (458.7, 481.0, "2024")])), True)
    assert len(rows) == 2
    # lines of a form start at the page's margin, aligned on their left edges: never joined
    form = _join_wrapped(_page((100.0, [(36.8, 80.0, "Kenmerk"), (150.0, 190.0, "Corsnanr")]),
                               (109.3, [(36.8, 81.0, "Programma"), (150.0, 230.0, "Regionaal Leerhuis")])), True)
    assert len(form) == 2


def test_a_page_that_continues_a_table_without_one_of_its_columns_keeps_the_columns_of_the_page_before():
    from pyengine.audit.pdf import _continued_columns
    before = [[343.0, 343.0, 338.0], [427.0, 427.0, 409.0], [511.0, 511.0, 506.0], [595.0, 595.0, 583.0]]
    members_only = [[343.0, 343.0, 338.0], [427.0, 427.0, 409.0], [595.0, 595.0, 590.0]]  # no 'Telfout totaal'
    assert _continued_columns(members_only, before) is before
    other_table = [[343.0, 343.0, 338.0], [470.0, 470.0, 450.0]]  # a column where none stood: a table of its own
    assert _continued_columns(other_table, before) is other_table
    assert _continued_columns(before, members_only) is before



def test_a_title_over_a_column_is_no_label_where_a_form_row_sets_a_text_tight_against_a_figure():
    """Berekening printed over pages across (issue 18 point 3), a page of block C's corrections under block B's
    form row '2027: te verdelen (euro) | -629.085,43 | in centen' (as LibreOffice printed it, English locale).
    LibreOffice sets 'in centen' tight against the figure (one chunk), which made the label column reach under
    'Correctie begroting 2026', centred in a column wider than its figures of 0: that title was read as a
    label, its column had no name and was checked as a sum ('Totaal bijdragen': expected -1, found 0)."""
    from pyengine.audit.pdf import _grid
    members = [(222.6 + 12 * i, [(36.8, 96.4, f"Gemeente 00{i}"), (338.0, 343.1, "1"), (375.2, 415.9, "8,309,619"),
                                 (441.4, 527.9, "522,746,024,175,117")], 14 + i) for i in range(2)]
    corrections = [(399.0 + 12 * i, [(36.8, 107.0, label), (338.0, 343.1, "0"), (410.8, 415.9, "0"),
                                     (522.8, 527.9, "0")], 26 + i)
                   for i, label in enumerate(("Personeelskosten", "Kapitaallasten", "Totaal lasten"))]
    lines = [(176.5, [(36.8, 134.9, "2027: te verdelen (euro)"), (294.4, 382.1, "-629,085.43 in centen"),
                      (482.1, 527.9, "62,908,543")], 10),
             (188.5, [(36.8, 105.7, "over na afronden"), (338.0, 343.1, "5")], 11),
             (210.6, [(125.0, 171.0, "Gemeente"), (264.0, 339.9, "Neemt deel (1/0)"), (361.4, 399.2, "Gewicht (geheel)"),
                      (437.3, 508.2, "Teller (centen x gewicht)")], 13),
             *members,
             (354.6, [(36.8, 471.4, "C. AFRONDING VOOR DE PRESENTATIE (x € 1): getoond = ROUND(exact / eenheid; 0) "
                                    "+ correctie")], 23),
             (386.9, [(267.2, 336.7, "Correctie begroting 2026"), (347.7, 412.9, "Correctie wijziging 2026"),
                      (428.2, 517.3, "Correctie bijgesteld 2026")], 25),
             *corrections]
    grid = _grid("berekening.pdf", [(4, lines)], True)
    titles = {col: cell.text for (_row, col), cell in grid.cells.items() if cell.text.startswith("Correctie")}
    assert titles == {2: "Correctie begroting 2026", 3: "Correctie wijziging 2026", 4: "Correctie bijgesteld 2026"}


def test_a_title_seen_pages_before_opens_another_table_not_a_repeated_header():
    """Berekening of a 400-member amendment over pages across, printed down then over: the page after block C's
    last line ('Totaal bijdragen') is the next pages-across' top of block B, opening with its title, which
    stood on earlier pages too. It is no header row repeated from the page before (it was dropped as one, and
    block B's form row became one more line under 'Totaal bijdragen': not verified); a header row that did
    stand on the page before is still dropped."""
    from pyengine.audit.pdf import _grid
    title = "B. VERDELING VAN DE WIJZIGING GEMEENTELIJKE BIJDRAGE"
    form = (50.0, [(36.8, 134.9, "2026: te verdelen (euro)"), (338.0, 343.1, "0"), (482.1, 527.9, "55,071")], 2)
    members = [(62.0 + 12 * i, [(36.8, 96.4, f"Gemeente {i}"), (336.0, 343.1, str(-i - 1)),
                                (410.8, 415.9, "0"), (518.8, 527.9, str(-i - 1))], 3 + i) for i in range(3)]
    header = (40.0, [(36.8, 96.4, "Gemeente"), (300.0, 343.1, "Getoond begroting"),
                     (370.0, 415.9, "Getoond wijziging"), (470.0, 527.9, "Getoond bijgesteld")], 1)
    pages = [(1, [(38.0, [(36.8, 400.0, title)], 1), form]),
             (2, [header, *members]),
             (3, [header, *[(t + 12 * 3, c, i + 3) for t, c, i in members],
                  (110.0, [(36.8, 96.4, "Totaal bijdragen"), (336.0, 343.1, "-21"), (410.8, 415.9, "0"),
                           (518.8, 527.9, "-21")], 7)]),
             (4, [(38.0, [(36.8, 400.0, title)], 1), form])]
    grid = _grid("berekening.pdf", pages, True)
    kept = {grid.places[r]: cell.text for (r, c), cell in grid.cells.items() if c == 1}
    assert kept.get("page 4, line 1") == title       # opens block B again: a table of its own follows
    assert "page 3, line 1" not in kept              # the header repeated from page 2: dropped
    total = next(r for (r, c), cell in grid.cells.items() if cell.text == "Totaal bijdragen")
    assert (total + 1, 1) not in grid.cells          # an empty row after the total: its table ends there


def test_a_page_opening_with_a_title_of_its_own_does_not_take_the_columns_of_the_page_before():
    """A 1-year amendment's Berekening printed by LibreOffice with blocks B and C each on a page of their own:
    block C's page opens with its own title. It took block B's columns (the page before had more, each of C's
    right edges among them), whose left edges lie right of C's centred titles: 'Correctie begroting 2026' fell
    into the label column and its column, nameless, was checked as a sum (false findings at 'Totaal
    bijdragen'). Only a page that carries on with figures keeps the columns of the page before."""
    from pyengine.audit.pdf import _grid
    block_b = [
        (44.1, [(36.5, 338.1, 'B. VERDELING VAN DE WIJZIGING GEMEENTELIJKE BIJDRAGE (grootste overschot (Hamilton), in centen;'), (340.0, 502.3, 'bij gelijke aanspraak gaat de bovenste gemeente voor)')], 1),
        (51.9, [(36.5, 100.4, '2026: te verdelen (euro)'), (215.5, 261.0, '-381.93in centen'), (317.3, 376.2, '38,193som gewichten'), (417.3, 522.7, '26,961,787vast per deelnemer (centen)'), (608.9, 678.5, '0naar gewicht te verdelen'), (747.5, 765.7, '38,193')], 2),
        (59.7, [(36.5, 81.4, 'over na afronden'), (232.3, 235.6, '2')], 3),
        (80.7, [(93.8, 123.7, 'Gemeente'), (184.2, 233.5, 'Neemt deel (1/0)'), (244.7, 269.3, 'Gewicht (geheel)'), (283.9, 329.9, 'Teller (centen x gewicht)'), (343.4, 385.6, 'Basis (quotum omlaag)'), (413.8, 426.9, 'Rest'), (477.9, 527.7, 'Rang van de rest'), (565.0, 605.8, 'Extra eenheid'), (642.3, 682.0, 'Vast (centen)'), (717.1, 760.8, 'Aandeel (euro)'), (770.4, 793.1, 'Afstand tot quotum')], 6),
        (88.5, [(36.5, 75.3, 'Gemeente 000'), (232.3, 235.6, '1'), (250.8, 277.3, '9,799,568'), (290.8, 335.5, '374,274,900,624'), (374.3, 392.5, '13,881'), (417.3, 447.1, '18,335,277'), (554.3, 557.6, '2'), (608.9, 612.2, '1'), (707.9, 711.2, '0'), (745.6, 765.7, '-138.82'), (785.2, 796.8, '0.00')], 7),
        (96.3, [(36.5, 75.3, 'Gemeente 001'), (232.3, 235.6, '1'), (250.8, 277.3, '8,980,511'), (290.8, 335.5, '342,992,656,623'), (374.3, 392.5, '12,721'), (417.3, 447.1, '11,764,196'), (554.3, 557.6, '3'), (608.9, 612.2, '0'), (707.9, 711.2, '0'), (745.6, 765.7, '-127.21'), (785.2, 796.8, '0.00')], 8)]
    block_c = [
        (44.1, [(36.5, 331.7, 'C. AFRONDING VOOR DE PRESENTATIE (x € 1.000): getoond = ROUND(exact / eenheid; 0) + correctie')], 1),
        (59.0, [(336.8, 446.6, 'Getoond begroting Getoond wijziging')], 3),
        (65.1, [(186.2, 231.4, 'Correctie begroting 2026'), (243.6, 270.4, 'Correctie wijziging 2026'), (284.1, 329.6, 'Correctie bijgesteld 2026'), (357.3, 371.8, '2026'), (413.0, 427.5, '2026'), (466.9, 538.9, 'Getoond bijgesteld 2026'), (562.6, 608.2, 'Afwijking b+w-bijgesteld 2026'), (628.6, 695.8, 'Afstand tot exact 2026'), (719.0, 759.0, 'Telfout totaal 2026')], 4),
        (72.9, [(36.5, 82.0, 'Personeelskosten'), (232.3, 235.6, '0'), (274.0, 277.3, '0'), (332.2, 335.5, '0'), (389.2, 392.5, '0'), (440.5, 447.1, '83'), (551.0, 557.6, '83'), (608.9, 612.2, '0'), (699.6, 711.2, '0.14')], 5),
        (135.3, [(36.5, 114.2, 'Totaal gemeentelijke bijdrage'), (230.4, 235.6, '-1'), (274.0, 277.3, '0'), (332.2, 335.5, '0'), (380.7, 392.5, '-147'), (443.8, 447.1, '0'), (545.8, 557.6, '-147'), (608.9, 612.2, '0'), (699.6, 711.2, '0.65')], 13)]
    grid = _grid("berekening.pdf", [(5, block_b), (6, block_c)], True)
    titles = {grid.places[r]: (c, cell.text) for (r, c), cell in grid.cells.items() if "Correctie begroting" in cell.text}
    assert titles == {"page 6, line 4": (2, "Correctie begroting 2026")}


def test_a_label_ends_before_a_figure_glued_to_a_text_not_before_figures_glued_together():
    from pyengine.audit.pdf import _before_first_figure, _figure

    def is_figure(text):
        return _figure(text, True) is not None

    form = [(36.8, 134.9, "2027: te verdelen (euro)"), (294.4, 382.1, "-629,085.43 in centen"), (482.1, 527.9, "1")]
    assert [c[2] for c in _before_first_figure(form, is_figure)] == ["2027: te verdelen (euro)"]
    # a 5-year begrotingswijziging printed small: figures set tight against each other stay figures, not text
    small = [(36.0, 90.0, "Totaal"), (95.0, 120.0, "gemeentelijke bijdrage"), (121.0, 140.0, "-1 0 -1"),
             (150.0, 160.0, "0")]
    assert [c[2] for c in _before_first_figure(small, is_figure)] == ["Totaal", "gemeentelijke bijdrage", "-1 0 -1"]


def _reserves_over_three_pages(path: Path, last_total: int, nil_dash: bool = False) -> Path:
    """A staat van reserves too wide for a portrait page, printed as LibreOffice prints it by default: the names and
    two columns on page 1, three on page 2, 'Begroot 2027' alone on page 3 (no labels there)."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet["A1"] = "Staat van reserves 2025"
    titles = ["Reserve", "Stand 1-1-2025", "Toevoeging", "Onttrekking", "Stand 31-12-2025", "Begroot 2026", "Begroot 2027"]
    lines = [["Algemene reserve", 1000, 200, 100], ["Reserve egalisatie", 500, 50, 80],
             ["Reserve huisvesting", 300, 0, 0 if nil_dash else 40], ["Reserve ICT", 120, 30, 10]]
    for c, title in enumerate(titles, start=1):
        sheet.cell(3, c, title)
    for r, (name, start, added, taken) in enumerate(lines, start=4):
        end = start + added - taken
        for c, value in enumerate([name, start, added, taken, end, end + 10, end + 20], start=1):
            sheet.cell(r, c, value)
    totals = [sum(sheet.cell(r, c).value for r in range(4, 8)) for c in range(2, 8)]
    for c, value in enumerate(["Totaal", *totals[:-1], last_total], start=1):
        sheet.cell(8, c, value)
    if nil_dash:  # nil printed as '-': page 2's line of Reserve huisvesting opens with it
        for row in sheet.iter_rows(min_row=4, max_row=8, min_col=2):
            for cell in row:
                cell.number_format = '#,##0;-#,##0;"-"'
    return finish(sheet, path, widths={"A": 30, **{get_column_letter(c): 18 for c in range(2, 8)}},
                  orientation=None, fit=False)


def test_a_last_column_alone_on_its_page_across_is_checked_even_when_its_total_looks_like_a_year(tmp_path):
    """'Begroot 2027' printed alone on a third page: its total 2.051 (one too many) opens its last line, and was
    taken for a year label: the page was not joined to the table, its column vanished and the file said 'no
    findings: every total adds up', exit 0."""
    soffice()
    pdfs = print_named({"clean": _reserves_over_three_pages(tmp_path / "clean.xlsx", 2050),
                        "wrong": _reserves_over_three_pages(tmp_path / "wrong.xlsx", 2051)}, tmp_path)
    clean, wrong = audit(pdfs["clean"]), audit(pdfs["wrong"])
    assert clean.verdict == "clean" and clean.tables[0].columns[-1] == "Begroot 2027"
    assert [(f.row_label, f.column, f.expected, f.found) for f in wrong.findings] == \
        [("Totaal", "Begroot 2027", D(2050), D(2051))]


def test_a_page_across_whose_line_opens_with_a_nil_dash_is_joined_to_its_table(tmp_path):
    """A new user's staat printed over pages across: page 2's line of a reserve with no onttrekking opens with '-'
    (nil), so the page was not taken for a page of figures only: read as a table of its own with no labels, every
    line '(no label)', the stand chain never checked, and the file said 'every total adds up'."""
    soffice()
    total = 1920 + 280 - 190 + 20 * 4
    pdfs = print_named({"clean": _reserves_over_three_pages(tmp_path / "clean.xlsx", total, nil_dash=True),
                        "wrong": _reserves_over_three_pages(tmp_path / "wrong.xlsx", total + 1, nil_dash=True)},
                       tmp_path)
    clean, wrong = audit(pdfs["clean"]), audit(pdfs["wrong"])
    assert clean.verdict == "clean" and len(clean.tables) == 1 and clean.tables[0].columns[-1] == "Begroot 2027"
    assert [(f.row_label, f.column) for f in wrong.findings] == [("Totaal", "Begroot 2027")]


def _meerjarenraming_with_new_policy(path: Path, wrong: bool, label: str | None = "Nieuw beleid",
                                     count: int = 12) -> Path:
    """A meerjarenraming from 2025 printed over pages across, with a line 'Nieuw beleid' whose amounts start in
    2031: on the first page it is a label without figures (or, with no label, nothing at all)."""
    book = openpyxl.Workbook()
    sheet = book.active
    years = list(range(2025, 2025 + count))
    # (figures that follow no pattern: an even step would make columns the sums and differences of each other)
    lines = {"Personeel": [31939, 40753, 14522, 95531, 52912, 63767, 21312, 12809, 9718, 3597, 53637, 73011],
             "Huisvesting": [38929, 8713, 30088, 69201, 71343, 48218, 37265, 23631, 14917, 35304, 29101, 4360],
             label: [None] * 6 + [84976, 35112, 36618, 26353, 22603, 41612],
             "ICT": [38963, 83178, 96930, 49810, 12366, 80410, 45224, 89041, 51847, 67316, 33620, 24303]}
    sheet.append(["Onderdeel", *(f"Begroting {year}" for year in years)])
    for name, amounts in lines.items():
        sheet.append([name, *amounts[:count]])
    totals = [sum(amounts[i] or 0 for amounts in lines.values()) for i in range(count)]
    totals[-1 if count < 12 else 9] += 1 if wrong else 0  # the last year, or Begroting 2034 on the third page
    sheet.append(["Totaal", *totals])
    return finish(sheet, path, widths={"A": 30, **{get_column_letter(c): 16 for c in range(2, 2 + count)}},
                  orientation=None, fit=False)


def test_a_line_whose_figures_start_on_a_later_page_across_joins_that_page_to_its_table(tmp_path):
    """'Nieuw beleid' has figures from 2031 on only: the pages across with 2031 and later had one line of figures
    more than the first page, were not joined to it and were read as tables of their own, every line '(no label)':
    a failing total was reported nameless, and a failing total with its lines on such a page was never read as one."""
    soffice()
    pdfs = print_named({"clean": _meerjarenraming_with_new_policy(tmp_path / "clean.xlsx", False),
                        "wrong": _meerjarenraming_with_new_policy(tmp_path / "wrong.xlsx", True)}, tmp_path)
    clean, wrong = audit(pdfs["clean"]), audit(pdfs["wrong"])
    assert clean.verdict == "clean" and len(clean.tables) == 1 and len(clean.tables[0].columns) == 12
    assert [(f.row_label, f.column) for f in wrong.findings] == [("Totaal", "Begroting 2034")]


def test_a_line_without_a_label_whose_figures_start_on_a_later_page_across_is_a_line_of_that_table(tmp_path):
    """The same with no label on the new line and eleven years, the last page across holding 'Begroting 2035' alone:
    the pages with that line were not joined (it stood where the first page printed nothing), the last page's single
    column was read as labels without figures, and its failing total went unreported: 'every total adds up', exit 0."""
    soffice()
    pdfs = print_named({"clean": _meerjarenraming_with_new_policy(tmp_path / "clean.xlsx", False, None, 11),
                        "wrong": _meerjarenraming_with_new_policy(tmp_path / "wrong.xlsx", True, None, 11)}, tmp_path)
    clean, wrong = audit(pdfs["clean"]), audit(pdfs["wrong"])
    assert clean.verdict == "clean" and len(clean.tables) == 1 and len(clean.tables[0].columns) == 11
    assert [(f.row_label, f.column, f.place) for f in wrong.findings] == \
        [("Totaal", "Begroting 2035", "page 4, line 6")]


def _lasten_en_baten_over_pages_across(path: Path, wrong: bool) -> Path:
    """Lasten and Baten 2025-2028, each title merged and centred over its four years, printed in portrait on three
    pages across: two years on the first page, two of Lasten and one of Baten on the second, three on the third."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Taakveld", "Lasten", None, None, None, "Baten", None, None, None])
    sheet.append([None, *(str(year) for year in range(2025, 2029)), *(str(year) for year in range(2025, 2029))])
    sheet.merge_cells("B1:E1")
    sheet.merge_cells("F1:I1")
    for cell in ("B1", "F1"):
        sheet[cell].alignment = Alignment(horizontal="center")
    lines = [[60294, 74370, 62033, 60222, 67563, 77989, 25890, 25203],
             [68096, 63359, 83559, 81472, 25402, 13336, 59535, 40767],
             [19585, 12884, 71607, 91890, 84158, 6489, 79045, 52925],
             [60374, 86710, 97851, 81683, 86206, 21643, 82674, 2966],
             [70255, 9279, 8805, 5673, 25930, 32711, 79593, 4942]]
    for number, amounts in enumerate(lines, start=1):
        sheet.append([f"Taakveld {number}", *amounts])
    totals = [sum(column) for column in zip(*lines)]
    totals[6] += 1 if wrong else 0  # Baten 2027, on the third page
    sheet.append(["Totaal", *totals])
    return finish(sheet, path, widths={"A": 30, **{get_column_letter(c): 18 for c in range(2, 10)}},
                  orientation=None, fit=False)


def test_a_title_merged_over_columns_on_both_sides_of_a_page_edge_heads_them_all(tmp_path):
    """A new user's Lasten | Baten over four years each, printed across three pages: LibreOffice prints a merged
    title on every page its range touches, centred over the whole range as if the page went on ('Lasten' past the
    first page's last column and again before the second page's first). Read as two titles each over its own page's
    columns, the first year stood untitled, Baten's 2025 was called 'Lasten 2025' and 'out of sequence' after 2028:
    a false finding on a clean table."""
    soffice()
    pdfs = print_named({"clean": _lasten_en_baten_over_pages_across(tmp_path / "clean.xlsx", False),
                        "wrong": _lasten_en_baten_over_pages_across(tmp_path / "wrong.xlsx", True)}, tmp_path)
    clean, wrong = audit(pdfs["clean"]), audit(pdfs["wrong"])
    assert clean.verdict == "clean" and len(clean.tables) == 1
    assert list(clean.tables[0].columns) == [f"{side} {year}" for side in ("Lasten", "Baten")
                                            for year in range(2025, 2029)]
    assert [(f.row_label, f.column, f.place) for f in wrong.findings] == [("Totaal", "Baten 2027", "page 3, line 8")]
