"""A header row followed by an empty row before the first line (trial C1): the header still names the table's
columns, so column relations (begroting - realisatie = verschil, begroting + wijziging = na wijziging, stand
begin + toevoegingen - onttrekkingen = stand eind) are found and an altered figure is found where it is, in the
workbook and in its PDF. One or two empty rows (a PDF shows either as one gap); three or more: a separate table."""

from decimal import Decimal as D
from pathlib import Path

import openpyxl
import pytest

from published_tables import print_to_pdf
from pyengine.audit import audit
from pyengine.audit.tables import audit_grid
from test_audit_tables import grid_from_text

# overzicht van baten en lasten per programma, x EUR 1.000: verschil = realisatie - begroting
BATEN_LASTEN = [
    ["Overzicht van baten en lasten 2024 (bedragen x € 1.000)"],
    [],
    ["Programma", "Begroting 2024", "Realisatie 2024", "Verschil"],
    [],
    ["Lasten"],
    ["1. Bestuur en ondersteuning", 12450, 12987, 537],
    ["2. Veiligheid", 4310, 4198, -112],
    ["3. Verkeer, vervoer en waterstaat", 8765, 9012, 247],
    ["4. Onderwijs", 6120, 5987, -133],
    ["5. Sociaal domein", 48230, 49876, 1646],
    ["Totaal lasten", 79875, 82060, 2185],
    [],
    ["Baten"],
    ["1. Bestuur en ondersteuning", 1230, 1345, 115],
    ["2. Veiligheid", 210, 198, -12],
    ["3. Verkeer, vervoer en waterstaat", 1870, 1923, 53],
    ["4. Onderwijs", 980, 1012, 32],
    ["5. Sociaal domein", 9870, 10234, 364],
    ["Totaal baten", 14160, 14712, 552],
    [],
    ["Saldo van baten en lasten", -65715, -67348, -1633],
]
RESERVES = [
    ["Overzicht reserves 2024"],
    [],
    ["Reserve", "Stand 1 januari 2024", "Toevoegingen", "Onttrekkingen", "Stand 31 december 2024"],
    [],
    ["Algemene reserve", 15230, 1200, 2300, 14130],
    ["Reserve sociaal domein", 4500, 0, 1250, 3250],
    ["Reserve onderhoud gebouwen", 2870, 450, 610, 2710],
    ["Reserve dekking kapitaallasten", 6120, 0, 340, 5780],
    ["Totaal reserves", 28720, 1650, 4500, 25870],
]
WIJZIGING = [
    ["Begrotingswijziging 2024-03"],
    [],
    ["Programma", "Primitieve begroting", "Wijziging", "Begroting na wijziging"],
    [],
    ["Bestuur en ondersteuning", 12450, 320, 12770],
    ["Veiligheid", 4310, -45, 4265],
    ["Verkeer en vervoer", 8765, 150, 8915],
    ["Sociaal domein", 48230, 1200, 49430],
    ["Totaal", 73755, 1625, 75380],
]
# (rows, the altered figure: (row index, column index, value), the findings it gives with one empty row:
# (cell, column, expected, found, kind); with two empty rows each finding is one row lower). A total that fails as
# printed only through the altered figure's wrong total ('Totaal reserves' over the stand 2.701 where its line makes
# 2.710: its lines as printed make 25.861, not 25.870) is a 'follows' finding
TABLES = {
    "baten en lasten": (BATEN_LASTEN, (7, 2, 4189), [
        ("D8", "Verschil", D(-4576), D(247), "sum"), ("C11", "Realisatie 2024", D(77237), D(82060), "sum")]),
    "reserves": (RESERVES, (6, 4, 2701), [("E7", "Stand 31 december 2024", D(2710), D(2701), "sum"),
                                          ("E9", "Stand 31 december 2024", D(25861), D(25870), "follows")]),
    "begrotingswijziging": (WIJZIGING, (6, 3, 4256), [("D7", "Begroting na wijziging", D(8915), D(4256), "sum"),
                                                      ("D9", "Begroting na wijziging", D(70721), D(75380), "follows")]),
}


def write(path: Path, rows: list[list], alter=None, empty_rows: int = 1) -> Path:
    rows = [list(row) for row in rows]
    if alter:
        r, c, value = alter
        rows[r][c] = value
    rows[3:4] = [[] for __ in range(empty_rows)]  # the empty row(s) under the header
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Tabel"
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row, start=1):
            sheet.cell(r, c, value)
    sheet.page_setup.orientation = "landscape"
    sheet.column_dimensions["A"].width = 34
    for letter in "BCDE":
        sheet.column_dimensions[letter].width = 20
    book.save(path)
    return path


def lower(cell: str, by: int) -> str:
    return f"{cell[0]}{int(cell[1:]) + by}"


@pytest.mark.parametrize("empty_rows", [1, 2])
@pytest.mark.parametrize("name", sorted(TABLES))
def test_the_header_above_an_empty_row_names_the_columns_and_the_altered_figure_is_found(tmp_path, name,
                                                                                          empty_rows):
    rows, alter, expected = TABLES[name]
    clean = audit(write(tmp_path / "schoon.xlsx", rows, empty_rows=empty_rows))
    assert clean.verdict == "clean" and len(clean.tables) == 1
    table = clean.tables[0]
    assert table.columns == tuple(rows[2][1:])
    # the column relation the header makes findable
    assert any(r.axis == "column" and r.total == rows[2][-1] and not r.failed for r in table.relations)
    report = audit(write(tmp_path / "fout.xlsx", rows, alter, empty_rows))
    assert [(f.cell, f.column, f.expected, f.found, f.kind) for f in report.findings] == \
        [(lower(cell, empty_rows - 1), column, e, found, kind) for cell, column, e, found, kind in expected]


def test_a_header_without_a_title_over_the_label_column_heads_the_lines_under_an_empty_row():
    """A GR's bijdragen per gemeente: the header leaves the label column empty, an empty row, then the members
    (trial T04): 'Totaal bijdrage' = basistaken + maatwerk is checked, so Nijmegen's wrong figure is named."""
    text = ("\tInwoners\tBijdrage basistaken\tBijdrage maatwerk\tTotaal bijdrage 2025\n\n"
            "Nijmegen\t181.624\t10.614.066\t0\t10.609.966\nBeuningen\t26.302\t1.536.489\t48.250\t1.584.739\n"
            "Druten\t19.112\t1.116.438\t0\t1.116.438\nTotaal\t227.038\t13.262.893\t48.250\t13.311.143")
    table = audit_grid(grid_from_text(text))[0]
    assert table.columns == ("Inwoners", "Bijdrage basistaken", "Bijdrage maatwerk", "Totaal bijdrage 2025")
    assert [(f.row_label, f.column, f.expected, f.found) for f in table.findings] == [
        ("Nijmegen", "Totaal bijdrage 2025", D(10614066), D(10609966)),
        ("Totaal", "Bijdrage basistaken", D(13266993), D(13262893))]


def test_three_empty_rows_under_a_header_make_it_a_table_of_its_own(tmp_path):
    report = audit(write(tmp_path / "ver.xlsx", RESERVES, empty_rows=3))
    assert report.tables[0].columns == ("B", "C", "D", "E")  # the header is not this table's
    assert not any(r.axis == "column" for r in report.tables[0].relations)


def test_a_section_title_under_the_header_before_the_empty_row_keeps_the_header():
    header = "Reserve\tStand begin\tToevoegingen\tOnttrekkingen\tStand eind\n"
    lines = "Algemene reserve\t100\t20\t30\t90\nReserve wonen\t50\t5\t0\t55\nTotaal\t150\t25\t30\t145"
    for text in (header + "\n" + lines, header + "Bestemmingsreserves\n\n" + lines, header + "\n\n" + lines):
        table = audit_grid(grid_from_text(text))[0]
        assert table.columns == ("Stand begin", "Toevoegingen", "Onttrekkingen", "Stand eind"), text
        assert any(r.axis == "column" and r.total == "Stand eind" for r in table.relations)
    # a header that titles none of the lines' figure columns, or a line of text: not joined
    other = "Toelichting\tzie bijlage 2\tzie bijlage 3\n\n" + lines
    assert audit_grid(grid_from_text(other))[-1].columns == ("B", "C", "D", "E")
    # nor a header over lines not filled in (an input form's), with a line of figures after an empty row
    form = header + "Algemene reserve\nReserve wonen\n\nTotaal\t0\t0\t0\t0"
    assert audit_grid(grid_from_text(form)) == []


def test_the_pdf_of_a_table_with_an_empty_row_under_its_header_gives_the_same_findings(tmp_path):
    sources = [write(tmp_path / f"{name.replace(' ', '-')}.xlsx", rows, alter)
               for name, (rows, alter, __) in sorted(TABLES.items())]
    print_to_pdf(sources)
    for (name, (rows, __, expected)), source in zip(sorted(TABLES.items()), sources):
        report = audit(source.with_suffix(".pdf"))
        assert [(f.column, f.expected, f.found, f.kind) for f in report.findings] == \
            [(column, e, found, kind) for __, column, e, found, kind in expected], name
        assert report.tables[0].columns == tuple(rows[2][1:])


# a staat van reserves as its PDF prints it: dashes for nothing, an empty row between the two blocks; the algemene
# reserves have no 'Vermindering' (dashes), a bestemmingsreserve has one (trial T02)
STAAT = """\tSaldo 1-1-2024\tToevoegingen\tOnttrekkingen\tVermindering ter dekking van afschrijvingen\tSaldo 31-12-2024
Algemene reserves
Algemene reserve\t54.746\t11.067\t13.738\t-\t52.075
Reserve weerstandsvermogen\t29.586\t3.537\t942\t-\t32.181
Totaal algemene reserves\t84.332\t14.604\t14.680\t-\t84.256

Bestemmingsreserves
Reserve mobiliteit\t60.411\t7.676\t1.210\t-\t66.877
Reserve kapitaallasten\t61.482\t4.250\t-\t3.127\t62.605
Totaal bestemmingsreserves\t121.893\t11.926\t1.210\t3.127\t129.482

Totaal reserves\t206.225\t26.530\t15.890\t3.127\t213.738"""


def test_a_block_after_an_empty_row_with_figures_in_a_column_the_block_above_left_dashed_continues_the_table():
    tables = audit_grid(grid_from_text(STAAT))
    assert len(tables) == 1 and tables[0].findings == ()
    checked = {(r.axis, r.total) for r in tables[0].relations}
    assert {("row", "Totaal reserves"), ("row", "Totaal bestemmingsreserves"),
            ("column", "Saldo 31-12-2024")} <= checked
    wrong = audit_grid(grid_from_text(STAAT.replace("61.482\t4.250", "61.482\t4.205")))[0]
    assert [(f.row_label, f.column, f.expected, f.found) for f in wrong.findings] == [
        ("Reserve kapitaallasten", "Saldo 31-12-2024", D(62560), D(62605)),
        ("Totaal bestemmingsreserves", "Toevoegingen", D(11881), D(11926))]


def test_a_line_deleted_from_a_block_of_two_under_a_section_title_is_a_finding_at_its_total():
    """'Algemene reserve' deleted: 'Totaal algemene reserves' stands over one line. The section title under the
    column titles heads the block, so the total is held to its line (a finding in each column, with that line's
    figures), not passed as a total that only names a line whose parts are elsewhere (which exited 0)."""
    text = "\n".join(line for line in STAAT.splitlines() if not line.startswith("Algemene reserve\t"))
    table = audit_grid(grid_from_text(text))[0]
    assert table.unverified == () and not any(label == "Totaal algemene reserves"
                                              for label, __, __why in table.parts_elsewhere)
    assert [(f.row_label, f.column, f.expected, f.found) for f in table.findings] == [
        ("Totaal algemene reserves", "Saldo 1-1-2024", D(29586), D(84332)),
        ("Totaal algemene reserves", "Toevoegingen", D(3537), D(14604)),
        ("Totaal algemene reserves", "Onttrekkingen", D(942), D(14680)),
        ("Totaal algemene reserves", "Saldo 31-12-2024", D(32181), D(84256))]


WHOLE_EUROS = """Reserve\tSaldo 1-1-2024\tToevoegingen\tOnttrekkingen\tSaldo 31-12-2024
Reserve mobiliteit\t60.411.243\t7.676.646\t1.210.586\t66.877.303
Reserve kapitaallasten\t61.482.950\t4.250.000\t3.127.644\t62.605.306
Totaal reserves\t121.894.193\t11.926.646\t4.338.230\t129.482.609"""


def test_in_whole_euros_typed_as_they_are_a_miss_of_1_is_an_error_not_an_afrondingsverschil():
    """E2: nothing in a table of whole euros is rounded, so 'Saldo 31-12' 1 off is a finding, not an
    afrondingsverschil; the same miss in a table 'x € 1.000' (each figure rounded on its own) is one."""
    wrong = WHOLE_EUROS.replace("66.877.303", "66.877.302")
    # (the Totaal's 129.482.609 holds with the line's true figure, not with the lines as printed: a 'follows')
    [finding, follows] = audit_grid(grid_from_text(wrong))[0].findings
    assert (finding.row_label, finding.column, finding.difference, finding.within_rounding, finding.kind) == \
        ("Reserve mobiliteit", "Saldo 31-12-2024", D(-1), False, "sum")
    assert (follows.row_label, follows.column, follows.expected, follows.found, follows.within_rounding,
            follows.kind) == ("Totaal reserves", "Saldo 31-12-2024", D(129482608), D(129482609), False, "follows")
    [scaled, scaled_follows] = audit_grid(grid_from_text("Bedragen x € 1.000\n" + wrong))[0].findings
    assert (scaled.difference, scaled.within_rounding) == (D(-1), True)
    assert (scaled_follows.kind, scaled_follows.difference, scaled_follows.within_rounding) == ("follows", D(1), True)


def test_whole_euros_beside_fte_with_decimals_are_still_not_rounded():
    """A formatie en loonsom table: fte with two decimals beside the loonsom in whole euros. The fte's decimals round
    nothing in the euros: a Salarissen total 1 off is a finding, not an afrondingsverschil (it was one, the table's
    smallest unit taken for every column's)."""
    table = """Afdeling\tFormatie (fte)\tSalarissen
Directie\t13,50\t1.134.165
Communicatie\t32,60\t2.285.822
Totaal\t46,10\t3.419.986"""
    [finding] = audit_grid(grid_from_text(table))[0].findings
    assert (finding.row_label, finding.column, finding.difference, finding.within_rounding) == \
        ("Totaal", "Salarissen", D(-1), False)
