"""pyengine audit on PDFs whose column titles are wider than their narrow columns, printed by LibreOffice:

- a staat van investeringskredieten (Omschrijving | Jaar besluit | Krediet | Uitgaven t/m 2024 | Uitgaven 2025 |
  Restant krediet), titles right-aligned in narrow cells: 'Jaar besluit' juts a few points into the place of the
  column beside it, whose own title ('Krediet') stands wholly over it; the year column keeps its title and every
  column its name (a year read as money, a finding named after the wrong column);
- a begrotingswijziging with a header of two rows, 'Lasten' and 'Baten' merged over Begroting 2026 | Wijziging
  2026-07 | Begroting na wijziging: each column named by its group and its own title ('Lasten Wijziging 2026-07'),
  in the workbook and in its PDF, never two columns' titles glued ('Begroting na wijziging Wijziging 2026-07')."""

import json
from pathlib import Path

import openpyxl
import pytest
from openpyxl.styles import Alignment
from openpyxl.utils import get_column_letter

from pyengine.audit import main as audit_main
from test_audit_pdf_print import print_to_pdf

RIGHT = Alignment(horizontal="right")
RIGHT_WRAPPED = Alignment(horizontal="right", wrap_text=True)
NUMBER = "[$-413]#,##0"


def workbook(path: Path, header: list[list], lines: list[list], widths: dict[int, float], merges=(),
             alignments: dict[tuple[int, int], Alignment] | None = None, plain: frozenset[int] = frozenset()) -> Path:
    """A title, 'Bedragen x € 1.000', an empty row, the header rows from row 4, then the lines; figures in the Dutch
    thousands format (the columns in `plain` as typed: years), fitted to the page width."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Tabel"
    sheet["A1"], sheet["A2"] = "Begroting 2026", "Bedragen x € 1.000"
    for r, row in enumerate(header + lines, start=4):
        for c, value in enumerate(row, start=1):
            if value is not None:
                cell = sheet.cell(r, c, value)
                if isinstance(value, int) and c not in plain:
                    cell.number_format = NUMBER
    for (r, c), alignment in (alignments or {}).items():
        sheet.cell(r, c).alignment = alignment
    for merged in merges:
        sheet.merge_cells(merged)
    for c, width in widths.items():
        sheet.column_dimensions[get_column_letter(c)].width = width
    sheet.page_setup.orientation = "portrait"
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0
    book.save(path)
    return path


# Krediet - uitgaven t/m 2024 - uitgaven 2025 = restant krediet on every line; the Totaal the sum of the lines.
KREDIETEN_TITLES = [["Omschrijving", "Jaar besluit", "Krediet", "Uitgaven", "Uitgaven", "Restant krediet"],
                    [None, None, None, "t/m 2024", "2025", None]]
KREDIETEN_COLUMNS = ["Krediet", "Uitgaven t/m 2024", "Uitgaven 2025", "Restant krediet"]
KREDIETEN = [["Vervanging riolering Dorpsstraat", 2021, 1850, 1210, 415, 225],
             ["Renovatie sporthal De Wissel", 2022, 3400, 950, 1780, 670],
             ["Aanleg fietspad Noordweg", 2023, 1275, 120, 640, 515],
             ["Verduurzaming gemeentehuis", 2024, 2600, 0, 905, 1695],
             ["Totaal", None, 9125, 2280, 3740, 3105]]


def kredieten(path: Path, lines: list[list], years: str) -> Path:
    """Titles right-aligned in narrow cells over two header rows ('Uitgaven' over 't/m 2024'); the year of the
    council's decision typed as a number, centred in its cell (`years` 'centred') or right-aligned with a margin
    ('padded': the format '0_-_-'), so the title 'Jaar besluit' ends a few points right of the years."""
    alignments = {(r, c): RIGHT for c in range(2, 7) for r in (4, 5)}
    if years == "centred":
        alignments.update({(r, 2): Alignment(horizontal="center") for r in range(6, 6 + len(lines))})
    path = workbook(path, KREDIETEN_TITLES, lines, {1: 30, 2: 9, 3: 9, 4: 11, 5: 11, 6: 14},
                    alignments=alignments, plain=frozenset({2}))
    if years == "padded":
        book = openpyxl.load_workbook(path)
        for r in range(6, 6 + len(lines)):
            book.active.cell(r, 2).number_format = "0_-_-"
        book.save(path)
    return path


def restant_plus_one(lines: list[list], line: int) -> list[list]:
    """A line's restant krediet 1 too high, and the Totaal's with it (the column adds up, the line's chain fails)."""
    altered = [list(row) for row in lines]
    altered[line][5] += 1
    altered[-1][5] += 1
    return altered


# Per programme: lasten and baten, each Begroting 2026 + Wijziging 2026-07 = Begroting na wijziging.
LEAVES = ["Begroting 2026", "Wijziging 2026-07", "Begroting na wijziging"]
PROGRAMMES = [("Programma 1 Veiligheid", 4210, 150, 310, -20), ("Programma 2 Verkeer", 6875, -240, 1120, 80),
              ("Programma 3 Economie", 1530, 75, 405, 0), ("Programma 4 Onderwijs", 9120, 310, 2250, 45)]


def wijziging_lines(plus: bool = False) -> list[list]:
    lines = [[name, lasten, change, lasten + change, baten, baten_change, baten + baten_change]
             for name, lasten, change, baten, baten_change in PROGRAMMES]
    lines.append(["Totaal"] + [sum(line[c] for line in lines) for c in range(1, 7)])
    if plus:
        lines[1][2] += 1  # Programma 2's lasten wijziging 1 too high: its line and the Totaal's wijziging fail
    return lines


def wijziging(path: Path, lines: list[list], wrapped: bool) -> Path:
    """'Lasten' and 'Baten' merged and centred over their three columns; the leaves right-aligned under them (or
    wrapped in narrower cells: 'Begroting na' / 'wijziging')."""
    header = [[None, "Lasten", None, None, "Baten", None, None], ["Programma"] + LEAVES * 2]
    alignments = {(4, 2): Alignment(horizontal="center"), (4, 5): Alignment(horizontal="center")}
    alignments.update({(5, c): RIGHT_WRAPPED if wrapped else RIGHT for c in range(2, 8)})
    widths = {1: 26, **{c: 10 if wrapped else 20 for c in range(2, 8)}}
    path = workbook(path, header, lines, widths, ["B4:D4", "E4:G4"], alignments)
    if wrapped:  # the leaves' row as tall as two lines of their titles
        book = openpyxl.load_workbook(path)
        book.active.row_dimensions[5].height = 26
        book.save(path)
    return path


YEARS = ("centred", "padded")


@pytest.fixture(scope="module")
def printed(tmp_path_factory):
    folder = tmp_path_factory.mktemp("titels")
    sources = {
        **{f"kredieten {years}": kredieten(folder / f"kredieten-{years}.xlsx", KREDIETEN, years)
           for years in YEARS},
        **{f"kredieten {years} plus": kredieten(folder / f"kredieten-{years}-plus.xlsx",
                                                restant_plus_one(KREDIETEN, 1), years) for years in YEARS},
        "wijziging": wijziging(folder / "wijziging.xlsx", wijziging_lines(), wrapped=False),
        "wijziging plus": wijziging(folder / "wijziging-plus.xlsx", wijziging_lines(plus=True), wrapped=False),
        "wijziging wrapped": wijziging(folder / "wijziging-smal.xlsx", wijziging_lines(), wrapped=True),
        "wijziging wrapped plus": wijziging(folder / "wijziging-smal-plus.xlsx", wijziging_lines(plus=True),
                                            wrapped=True),
    }
    return print_to_pdf(tmp_path_factory, folder, sources)


def audited(path: Path, capsys) -> tuple[int, dict]:
    code = audit_main(str(path), as_json=True)
    return code, json.loads(capsys.readouterr().out)


def findings(data: dict) -> list[tuple]:
    return sorted((f["row_label"], f["column"], f["expected"], f["found"]) for f in data["findings"])


@pytest.mark.parametrize("suffix", [".pdf", ".xlsx"])
@pytest.mark.parametrize("years", YEARS)
def test_a_title_jutting_into_the_next_columns_place_heads_its_own_column(printed, years, suffix, capsys):
    """'Jaar besluit', right-aligned, ends a few points right of its years, in the place of the Krediet column, over
    which 'Krediet' stands on the same line: it is not the Krediet's title (it was: 'Jaar besluit' named the Krediet
    column and 'Krediet' was read into the labels). The years are no column of amounts: they stay with the labels,
    as the workbook has them."""
    code, data = audited(printed[f"kredieten {years}"].with_suffix(suffix), capsys)
    assert (code, data["verdict"], data["findings"]) == (0, "clean", [])
    assert [t["columns"] for t in data["tables"]] == [KREDIETEN_COLUMNS]


@pytest.mark.parametrize("suffix", [".pdf", ".xlsx"])
@pytest.mark.parametrize("years", YEARS)
def test_a_restant_krediet_one_too_high_is_found_in_its_own_column(printed, years, suffix, capsys):
    code, data = audited(printed[f"kredieten {years} plus"].with_suffix(suffix), capsys)
    # (the line's name without its Jaar besluit: a column of years beside the names is no word of them, e68)
    assert code == 1 and findings(data) == [("Renovatie sporthal De Wissel", "Restant krediet", "670", "671"),
                                            ("Totaal", "Restant krediet", "3105", "3106")]


WIJZIGING_COLUMNS = [f"{group} {leaf}" for group in ("Lasten", "Baten") for leaf in LEAVES]


@pytest.mark.parametrize("suffix", [".pdf", ".xlsx"])
@pytest.mark.parametrize("name", ["wijziging", "wijziging wrapped"])
def test_each_column_under_a_group_is_named_by_its_group_and_its_own_title(printed, name, suffix, capsys):
    """In the narrow layout the PDF named the middle columns only ('Lasten Wijziging 2026-07' beside a bare 'Begroting
    2026'): 'Lasten', a row above the leaves wrapped in their cells, was read as the first line of 'Wijziging'
    (a cell's line apart), and 'Baten', starting where 'Wijziging' starts, as the first line of its cell, though
    that cell is set right ('Wijziging' over '2026-07' share their right edge only)."""
    code, data = audited(printed[name].with_suffix(suffix), capsys)
    assert (code, data["verdict"], data["findings"]) == (0, "clean", [])
    assert [t["columns"] for t in data["tables"]] == [WIJZIGING_COLUMNS]


@pytest.mark.parametrize("suffix", [".pdf", ".xlsx"])
@pytest.mark.parametrize("name", ["wijziging plus", "wijziging wrapped plus"])
def test_a_wijziging_one_too_high_is_found_under_its_group_and_title(printed, name, suffix, capsys):
    code, data = audited(printed[name].with_suffix(suffix), capsys)
    found = findings(data)
    assert code == 1 and found and {column for _label, column, _expected, _found in found} <= {
        "Lasten Wijziging 2026-07", "Lasten Begroting na wijziging"}
    assert any(label == "Programma 2 Verkeer" for label, *_rest in found)
