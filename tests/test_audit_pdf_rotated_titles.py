"""pyengine audit on PDFs: column titles rotated 90° in a tall header row (issue 18, e52; trial30 t09).

A tax cooperation's annual report counts the WOZ objections per municipality in narrow columns, figures centred, the
titles rotated to read upwards: Objecten | Bezwaren ontvangen | Gegrond | Ongegrond | Ingetrokken | In behandeling 31-12
| Bezwaar %, 'Afgehandeld' merged (a rule under it) over the three in the middle. pdfplumber gives the rotated letters
as words of a letter or three stacked in one narrow column, not in their order: the date '31-12' of 'In behandeling
31-12' came out as the figures '13' and '21' on lines of their own, checked as a table of their own (a false finding in
the clean table), and the figure columns had no titles (findings on the total named after no column)."""

from pathlib import Path

import pytest
from openpyxl.styles import Alignment, Border, Side

from published_tables import audited, print_named, workbook

COUNT = '[$-413]#,##0'
PLACES = [("Alphen-Zuid", 39253, 123, 478, 70, 70), ("Bodegraven-Reeuwijk", 12312, 40, 99, 11, 8),
          ("Gouda", 22628, 85, 325, 42, 44), ("Kaag en Braassem", 17410, 61, 240, 35, 23),
          ("Krimpenerwaard", 21977, 77, 301, 38, 31), ("Nieuwkoop", 11985, 30, 122, 19, 12)]


def objections(path: Path, extra: int = 0) -> Path:
    """Deelnemer | WOZ-objecten | Bezwaren ontvangen (= the three afgehandeld and in behandeling) | Afgehandeld:
    Gegrond, Ongegrond, Ingetrokken | In behandeling 31-12 | Bezwaar % (not summed), titles rotated 90°, figures
    centred in narrow columns; a bold 'Totaal' (its Ongegrond `extra` more than its lines)."""
    rows: list[list] = [[None, None, None, "Afgehandeld", None, None, None, None],
                        ["Deelnemer", "WOZ-objecten", "Bezwaren ontvangen", "Gegrond", "Ongegrond", "Ingetrokken",
                         "In behandeling 31-12", "Bezwaar %"]]
    for label, objects, upheld, rejected, withdrawn, pending in PLACES:
        received = upheld + rejected + withdrawn + pending
        rows.append([label, objects, received, upheld, rejected, withdrawn, pending, round(received / objects, 4)])
    total = [sum(r[k] for r in rows[2:]) for k in range(1, 7)]
    total[3] += extra
    rows.append(["Totaal", *total, round(total[1] / total[0], 4)])

    def each(cell):
        if cell.row == 2 and cell.column > 1:
            cell.alignment = Alignment(horizontal="center", vertical="bottom", text_rotation=90, wrap_text=True)
        elif cell.row == 1:
            cell.alignment = Alignment(horizontal="center", vertical="bottom")
        elif cell.row > 2 and cell.column > 1:
            cell.number_format = '[$-413]0.00%' if cell.column == 8 else COUNT
            cell.alignment = Alignment(horizontal="center")

    def style(sheet):
        sheet.row_dimensions[2].height = 95
        for column in range(4, 7):
            sheet.cell(1, column).border = Border(bottom=Side(style="hair"))

    return workbook(path, rows, number_format=None, bold=[len(rows)], each=each, style=style, merges=["D1:F1"],
                    orientation="portrait",
                    widths={"A": 22, "B": 9, "C": 6, "D": 5.5, "E": 5.5, "F": 5.5, "G": 6, "H": 7})


@pytest.fixture(scope="module")
def printed(tmp_path_factory):
    folder = tmp_path_factory.mktemp("rotated")
    return print_named({"clean": objections(folder / "bezwaren.xlsx"),
                        "altered": objections(folder / "bezwaren-tot.xlsx", extra=1000)})


COLUMNS = ["WOZ-objecten", "Bezwaren ontvangen", "Afgehandeld Gegrond", "Afgehandeld Ongegrond",
           "Afgehandeld Ingetrokken", "In behandeling 31-12", "Bezwaar %"]


def test_rotated_titles_are_read_as_titles_not_as_figures(printed, capsys):
    """Before: '31-12' read as '13' and '21', a table of its own failing; the columns untitled."""
    code, data = audited(printed["clean"], capsys)
    assert (code, data["verdict"], data["findings"]) == (0, "clean", [])
    assert [t["columns"] for t in data["tables"]] == [COLUMNS]


def test_an_altered_total_is_named_after_its_rotated_title(printed, capsys):
    """The group title merged over three of the narrow centred columns heads those three (its rule says which: centred,
    it is as centred over the middle one alone, or over five)."""
    code, data = audited(printed["altered"], capsys)
    assert code == 1
    assert {(f["row_label"], f["column"]) for f in data["findings"]} >= {("Totaal", "Afgehandeld Ongegrond")}
    assert all(f["row_label"] == "Totaal" and f["column"] in COLUMNS for f in data["findings"])
