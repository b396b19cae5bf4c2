"""A title broken inside its word by the print in the first column of figures (tests/corpora/trial33/MECHANISMS.md
class E): 'Kiesgerechtigden' in a column just too narrow for it prints 'Kiesgerechtigd' over 'en'. A word is read
as broken when it fills its cell, measured from the previous column's figures; left of the first column of figures
stand the labels, which end anywhere short of their column's edge, so the word seemed to have room to spare and the
column was named 'Kiesgerechtigd en'. The border drawn over the figure columns (above the subtotal) starts where the
label column ends: the cell's left edge."""

from openpyxl.styles import Alignment, Border, Font, Side

from published_tables import audited, finish, print_named

LINES = [("Stadhuis, hal", 1534, 1137, 1210), ("Bibliotheek Centrum", 1973, 1648, 1310),
         ("Kerkgebouw De Ark", 2210, 1702, 1455), ("Buurthuis De Poort", 1880, 1391, 1120)]
THIN = Side(style="thin")


def polling_stations(path, plus: int = 0):
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "TK2025"
    sheet.cell(1, 1, "Kiezers en kosten per stembureau").font = Font(name="Calibri", size=10, bold=True)
    for column, title in enumerate(["Nr.", "Stembureau", "Kiesgerechtigden", "Opgekomen kiezers",
                                    "Vergoeding stembureau-leden"], start=1):
        cell = sheet.cell(3, column, title)
        cell.font = Font(name="Calibri", size=10, bold=True)
        cell.alignment = Alignment(horizontal="right" if column > 2 else "left", vertical="bottom", wrap_text=True)
        cell.border = Border(bottom=THIN)
    sheet.row_dimensions[3].height = 44
    sheet.cell(4, 2, "Stadsdeel Centrum").font = Font(name="Calibri", size=10, bold=True, italic=True)
    for row, (label, *figures) in enumerate(LINES, start=5):
        sheet.cell(row, 1, row - 4).font = Font(name="Calibri", size=10)
        sheet.cell(row, 1).alignment = Alignment(horizontal="center")
        sheet.cell(row, 2, label).font = Font(name="Calibri", size=10)
        for column, figure in enumerate(figures, start=3):
            cell = sheet.cell(row, column, figure)
            cell.number_format = "[$-413]#,##0"
            cell.font = Font(name="Calibri", size=10)
    total = len(LINES) + 5
    sheet.cell(total, 2, "Subtotaal Centrum").font = Font(name="Calibri", size=10, bold=True)
    for column in (3, 4, 5):
        cell = sheet.cell(total, column, sum(line[column - 2] for line in LINES) + (plus if column == 3 else 0))
        cell.number_format = "[$-413]#,##0"
        cell.font = Font(name="Calibri", size=10, bold=True)
        cell.border = Border(top=THIN)   # the subtotal's rule over the figure columns only
    return finish(sheet, path, widths={"A": 5, "B": 36, "C": 13, "D": 11, "E": 12}, orientation="portrait")


def test_a_title_broken_in_the_first_column_of_figures_is_one_word(tmp_path, capsys):
    pdfs = print_named({"clean": polling_stations(tmp_path / "clean.xlsx"),
                        "wrong": polling_stations(tmp_path / "wrong.xlsx", 1)}, tmp_path)
    code, clean = audited(pdfs["clean"], capsys)
    assert code == 0 and clean["verdict"] == "clean"
    assert clean["tables"][0]["columns"][:2] == ["Kiesgerechtigden", "Opgekomen kiezers"]
    code, wrong = audited(pdfs["wrong"], capsys)
    assert code == 1
    assert [(f["row_label"], f["column"], f["expected"], f["found"]) for f in wrong["findings"]] == \
        [("Subtotaal Centrum", "Kiesgerechtigden", "7597", "7598")]


def test_the_first_column_takes_its_left_edge_from_a_border():
    """Geometry of trial33's t02 print: the labels end at 211, the rule above the subtotals starts at 231.9."""
    from pyengine.audit.pdf import _broken_word

    edges = [68.7, 287.7, 335.4]
    word, rest = (234.8, 287.6, "Kiesgerechtigd"), (279.1, 287.7, "en")
    assert not _broken_word(word, rest, edges, True)
    assert _broken_word(word, rest, edges, True, [53.9, 231.9])
    assert not _broken_word(word, rest, edges, False, [53.9, 231.9])   # 'en' not on the title's last line
    assert not _broken_word((234.8, 258.0, "Aantal"), (279.1, 287.7, "km"), edges, True, [53.9, 231.9])


def test_a_broken_title_right_over_the_first_line_of_figures_is_one_word(tmp_path, capsys):
    """No heading between the header row and the first line of figures: the figure under the rest 'en' is no line of
    the title, so 'en' is still its last line (a short word is a rest only there)."""
    def without_heading(path, plus: int = 0):
        import openpyxl

        polling_stations(path, plus)
        book = openpyxl.load_workbook(path)
        book.active.delete_rows(4)
        book.save(path)
        return path

    pdfs = print_named({"clean": without_heading(tmp_path / "clean.xlsx"),
                        "wrong": without_heading(tmp_path / "wrong.xlsx", 1)}, tmp_path)
    code, clean = audited(pdfs["clean"], capsys)
    assert code == 0 and clean["tables"][0]["columns"][:2] == ["Kiesgerechtigden", "Opgekomen kiezers"]
    code, wrong = audited(pdfs["wrong"], capsys)
    assert [(f["row_label"], f["column"], f["expected"], f["found"]) for f in wrong["findings"]] == \
        [("Subtotaal Centrum", "Kiesgerechtigden", "7597", "7598")]
