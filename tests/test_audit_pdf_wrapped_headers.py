"""pyengine audit on the PDF of a table whose column titles are long texts wrapped over three lines or more in narrow
columns (issue 18, a published EMU-saldo table: 'Omschrijving | Volgens realisatie tot en met september 2025, aangevuld
met raming resterende periode 2025 | Volgens begroting 2026 | Volgens meerjarenraming in begroting 2026 2027', lines
numbered '1 Exploitatiesaldo ...', closing with 'Berekend EMU-saldo'). Titles of neighbouring cells wrapped over
different numbers of lines and set in the middle or at the foot of their row print their lines between each other,
half a line apart; a title running over the row of years above it (a header row too low for it) prints over the years
('res2te0r2e5nde'). The PDF reading gives each column the words in its place, top to bottom, as the workbook's title
(its header rows joined with single spaces), so the findings name the workbook's column and equal the workbook's.
Layouts: titles set in the middle, at the top and at the foot, in narrow and wider columns; two to seven lines; a year
alone on a title's last line ('2026 2027'); a row of years above the titles; group titles merged above them. Each table
typed as a person types it (openpyxl, figures, no formulas) and printed by LibreOffice, all in one call."""

from pathlib import Path

import openpyxl
import pytest
from openpyxl.styles import Alignment, Border, Font, Side

from published_tables import audited, finish, print_named
from pyengine.audit.pdf import _figure, _lines

LINES = [("1", "Exploitatiesaldo vóór toevoeging aan c.q. onttrekking uit reserves", [1588, 1003, 1635]),
         ("2", "Mutatie (im)materiële vaste activa", [-3009, -8511, -9330]),
         ("3", "Mutatie voorzieningen", [218, 695, 1051]),
         ("4", "Mutatie voorraden (incl. bouwgronden in exploitatie)", [481, -2256, 460]),
         ("5", "Verwachte boekwinst bij verkoop effecten en (im)materiële vaste activa", [-492, -197, -480])]
TOTAL = "Berekend EMU-saldo"
SUMS = [sum(figures[c] for _n, _label, figures in LINES) for c in range(3)]   # -1214, -9266, -6664
TITLES = ["Volgens realisatie tot en met september 2025, aangevuld met raming resterende periode 2025",
          "Volgens begroting 2026", "Volgens meerjarenraming in begroting 2026 2027"]
# with a row of years above them, the titles end without their year
UNDER_YEARS = ["Volgens realisatie tot en met september 2025, aangevuld met raming resterende periode",
               "Volgens begroting 2026", "Volgens meerjarenraming in begroting 2026"]
YEARS = [2025, 2026, 2027]
GROUPED = ["Realisatie 2025", "Begroting 2026", "Raming voor het jaar 2027"]
GROUPS = [(3, 3, "Volgens realisatie tot en met september"), (4, 5, "Volgens begroting en meerjarenraming")]


def emu(path: Path, vertical: str, width: float, height: float | None, titles=TITLES, years=None, groups=None,
        centred: bool = False, plus: bool = False, deleted: bool = False) -> Path:
    """The EMU-saldo table: a title, an empty row, (group titles merged over their columns, a row of years,) the
    titles (bold, wrapped, centred, set `vertical`, a line under them, the row `height` points tall: None leaves it
    one line high; 'Omschrijving' left-aligned, or `centred` as the published table has it), the numbered lines and
    'Berekend EMU-saldo'. With plus, line 2 'Volgens begroting' is 1 higher
    under an unchanged total; with deleted, line 3 is gone under an unchanged total."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "EMU-saldo"
    sheet["A1"] = "Berekening EMU-saldo (bedragen x € 1.000)"
    sheet["A1"].font = Font(bold=True)
    r = 3
    if groups:
        for first, last, text in groups:
            sheet.cell(r, first, text).alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            if last > first:
                sheet.merge_cells(start_row=r, start_column=first, end_row=r, end_column=last)
        sheet.row_dimensions[r].height = 30
        r += 1
    if years:
        for c, year in enumerate(years, start=3):
            sheet.cell(r, c, year).alignment = Alignment(horizontal="center", vertical="bottom")
        r += 1
    for c, title in enumerate(["Omschrijving", *titles], start=2):
        cell = sheet.cell(r, c, title)
        cell.font = Font(bold=True)
        cell.alignment = Alignment(horizontal="center" if c > 2 or centred else "left", vertical=vertical,
                                   wrap_text=True)
        cell.border = Border(bottom=Side(style="thin"))
    if height:
        sheet.row_dimensions[r].height = height
    r += 1
    for number, label, figures in LINES:
        if deleted and number == "3":
            continue
        if plus and number == "2":
            figures = [figures[0], figures[1] + 1, figures[2]]
        sheet.cell(r, 1, number)
        sheet.cell(r, 2, label)
        for c, value in enumerate(figures, start=3):
            sheet.cell(r, c, value).number_format = "[$-413]#,##0;-#,##0"
        r += 1
    sheet.cell(r, 2, TOTAL).font = Font(bold=True)
    for c, value in enumerate(SUMS, start=3):
        cell = sheet.cell(r, c, value)
        cell.number_format, cell.font = "[$-413]#,##0;-#,##0", Font(bold=True)
        cell.border = Border(top=Side(style="thin"))
    return finish(sheet, path, widths={"A": 5, "B": 62, **{c: width for c in range(3, 6)}}, orientation=None)


# name: (vertical, column width, row height, options). 'narrow middle': the first title over seven lines, the second
# over two, the third over four ending in '2026 2027' alone, all in the middle: their lines print half a line apart
LAYOUTS = {
    "middle": ("center", 22, 60, {}),
    "narrow middle": ("center", 16, 90, {}),
    "top": ("top", 24, 60, {}),
    "foot": ("bottom", 20, 70, {"centred": True}),
    "years above": ("center", 16, 90, {"titles": UNDER_YEARS, "years": YEARS}),
    "groups above": ("center", 16, 40, {"titles": GROUPED, "groups": GROUPS}),
}
ALTERED = ["narrow middle", "years above", "foot"]
# the published print: a row of years, under it the titles in a row one line high, set at its foot: the title runs
# over the years above it, and the print shows its last lines only
OVERPRINTED = ("bottom", 16, None, {"titles": UNDER_YEARS, "years": YEARS, "centred": True})


def columns_of(layout: dict) -> list[str]:
    titles = layout.get("titles", TITLES)
    if layout.get("years"):
        return [f"{year} {title}" for year, title in zip(layout["years"], titles)]
    if layout.get("groups"):
        return [f"{group} {title}" for (_f, _l, group), title in
                zip([GROUPS[0], GROUPS[1], GROUPS[1]], titles)]
    return list(titles)


@pytest.fixture(scope="module")
def printed(tmp_path_factory):
    folder = tmp_path_factory.mktemp("emu")
    sources = {}
    for name, (vertical, width, height, options) in LAYOUTS.items():
        stem = name.replace(" ", "-")
        sources[name] = emu(folder / f"{stem}.xlsx", vertical, width, height, **options)
        if name in ALTERED:
            sources[f"{name} plus"] = emu(folder / f"{stem}-plus.xlsx", vertical, width, height, plus=True, **options)
            sources[f"{name} deleted"] = emu(folder / f"{stem}-del.xlsx", vertical, width, height, deleted=True,
                                             **options)
    vertical, width, height, options = OVERPRINTED
    sources["overprinted"] = emu(folder / "overprinted.xlsx", vertical, width, height, **options)
    sources["overprinted deleted"] = emu(folder / "overprinted-del.xlsx", vertical, width, height, deleted=True,
                                         **options)
    pdfs = print_named(sources)
    return {name: (sources[name], pdfs[name]) for name in sources}



def findings(data: dict) -> list[tuple]:
    return [(f["row_label"], f["column"], f["expected"], f["found"]) for f in data["findings"]]


@pytest.mark.parametrize("name", LAYOUTS)
def test_each_column_is_named_by_its_whole_title_and_the_table_audits_clean(printed, name, capsys):
    workbook, pdf = printed[name]
    titles = columns_of(LAYOUTS[name][3])
    for path in (workbook, pdf):
        code, data = audited(path, capsys)
        assert code == 0 and data["findings"] == [] and data["verdict"] == "clean", path.suffix
        assert data["tables"][0]["columns"] == titles, path.suffix
        checked = [r for r in data["tables"][0]["relations"] if r["total"] == TOTAL]
        assert checked and all(r["figures_failing"] == 0 for r in checked), path.suffix


@pytest.mark.parametrize("name", ALTERED)
def test_one_figure_one_too_high_is_found_on_the_total_under_its_column(printed, name, capsys):
    workbook, pdf = printed[f"{name} plus"]
    column = columns_of(LAYOUTS[name][3])[1]
    expected = [(TOTAL, column, str(SUMS[1] + 1), str(SUMS[1]))]
    for path in (workbook, pdf):
        code, data = audited(path, capsys)
        assert code == 1 and findings(data) == expected, path.suffix


@pytest.mark.parametrize("name", ALTERED)
def test_a_deleted_line_is_found_on_the_total_in_every_column(printed, name, capsys):
    workbook, pdf = printed[f"{name} deleted"]
    names = columns_of(LAYOUTS[name][3])
    left = [SUMS[c] - LINES[2][2][c] for c in range(3)]
    expected = [(TOTAL, names[c], str(left[c]), str(SUMS[c])) for c in range(3)]
    for path in (workbook, pdf):
        code, data = audited(path, capsys)
        assert code == 1 and findings(data) == expected, path.suffix


def test_a_title_printed_over_the_years_above_it_is_read_apart_from_them(printed, capsys):
    """The published print: each column's title is its year, then what the print shows of its title, top to bottom
    (never 'res2te0r2e5nde', 'resterende 2025 Omschrijving periode' or 'in begroting 2027 2026'); on the copy with a
    line deleted, the total fails in all three columns, as in the workbook, each under its year."""
    _workbook, pdf = printed["overprinted"]
    code, data = audited(pdf, capsys)
    assert code == 0 and data["findings"] == []
    columns = data["tables"][0]["columns"]
    assert [c.split()[0] for c in columns] == ["2025", "2026", "2027"]
    for column, title in zip(columns, UNDER_YEARS):
        shown = column.split()[1:]
        words = title.split()
        assert shown and shown == words[len(words) - len(shown):], column   # the title's last lines, in order
    workbook, pdf = printed["overprinted deleted"]
    _code, from_workbook = audited(workbook, capsys)
    code, from_pdf = audited(pdf, capsys)
    assert code == 1
    assert [(row, column.split()[0], e, f) for row, column, e, f in findings(from_pdf)] == \
        [(row, column.split()[0], e, f) for row, column, e, f in findings(from_workbook)]
    assert len(findings(from_pdf)) == 3


def test_words_of_two_lines_printed_over_each_other_stay_two_lines():
    """'2025' of a row of years and 'resterende' of the title under it, a point and a half lower, overlapping: two
    lines, not one chunk 'resterende 2025'."""
    def word(text, x0, x1, top):
        return {"text": text, "x0": x0, "x1": x1, "top": top, "bottom": top + 6.6, "size": 6.6}

    lines = _lines([word("2025", 359.8, 378.2, 99.2), word("2026", 427.0, 445.4, 99.2),
                    word("resterende", 349.0, 388.9, 100.5), word("Volgens", 421.5, 450.8, 100.5),
                    word("periode", 355.0, 383.0, 108.2)])
    assert [[chunk[2] for chunk in chunks] for _top, chunks, _size in lines] == \
        [["2025", "2026"], ["resterende", "Volgens"], ["periode"]]


def test_two_years_set_apart_are_no_figure():
    assert _figure("2026 2027", False) is None and _figure("2025 2026 2027", False) is None
    assert _figure("12 345", False)[0] == 12345 and _figure("1 234 567", False)[0] == 1234567
