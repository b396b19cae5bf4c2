"""pyengine audit on tables printed over two pages WITHOUT their header rows repeated on the second (no print titles):
page 2 starts with lines whose figures stand where page 1's columns stood, so they are page 1's table going on, read
under page 1's header.

- A raadsvoorstel's begrotingswijziging (trial18's t09): the reserve lines and the 'Saldo begrotingswijziging' land
  on page 2, and under them a note runs over the columns in one sentence. One of the note's words ends where the
  2026 column's figures end: the note was read as two texts, the second a title in the 2027 column, and the lines
  of page 2 as another table whose saldo is the sum of the two reserve lines alone (4 false findings).
- An investeringsplan (trial18's t08): 'Krediet' = 2026 + 2027 + 2028 + 2029 on every line, 40 lines over two
  pages. A year's figure altered fails its line's Krediet and its category's Totaal in that year: the finding is at
  the Krediet (the sum the line states), not at the 2029 figure (no figure derived from the other years).
- A second table printed on page 2, its own title and header, its figures in other columns: a table of its own.
"""

from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl.styles import Alignment, Font

from published_tables import DUTCH, audited, print_to_pdf, workbook

D = Decimal
SIGNED = "[$-413]+#,##0;-#,##0;0"
YEARS = (2026, 2027, 2028, 2029)
NOTE = ("I = incidenteel, S = structureel. Het saldo 2026 wordt gedekt door een onttrekking aan de algemene reserve; "
        "het saldo 2027-2029 komt ten laste van het begrotingssaldo.")
PROGRAMMES = [
    ("1 Veiligheid", [("Uitbreiding boa-capaciteit (lasten)", "S", 142_000, 142_000, 142_000, 142_000),
                      ("Bijdrage veiligheidsregio indexatie (lasten)", "S", 61_350, 63_200, 65_100, 67_050)]),
    ("2 Verkeer en vervoer", [("Onderhoud wegen: achterstallig onderhoud (lasten)", "I", 385_000, 0, 0, 0),
                              ("Rijksbijdrage verkeersveiligheid (baten)", "I", -210_000, 0, 0, 0)]),
    ("4 Onderwijs", [("Leerlingenvervoer aanbesteding (lasten)", "S", 96_400, 98_300, 100_250, 102_250),
                     ("Kapitaallasten IKC De Horizon (lasten)", "S", 0, 187_500, 183_750, 180_000)]),
    ("6 Sociaal domein", [("Jeugdhulp: hogere volumes (lasten)", "S", 1_250_000, 900_000, 750_000, 600_000),
                          ("Wmo huishoudelijke hulp abonnementstarief (lasten)", "S", 318_000, 318_000, 318_000,
                           318_000),
                          ("Rijksbijdrage BUIG (baten)", "I", -422_500, 0, 0, 0),
                          ("Eigen bijdragen Wmo (baten)", "S", 14_500, 14_500, 14_500, 14_500)]),
    ("7 Volksgezondheid en milieu", [("Afvalinzameling tarief verwerking (lasten)", "S", 187_300, 191_000, 194_800,
                                      198_700),
                                     ("Afvalstoffenheffing (baten)", "S", -187_300, -191_000, -194_800, -198_700)]),
    ("0 Bestuur en ondersteuning", [("Cao-ontwikkeling personeel (lasten)", "S", 624_000, 641_000, 658_000, 676_000),
                                    ("Algemene uitkering meicirculaire (baten)", "S", -1_105_800, -1_276_400,
                                     -1_311_900, -1_352_600)]),
]


def wijziging(path: Path, altered: dict[str, int] | None = None) -> Path:
    """The begrotingswijziging as trial18's t09 lays it out (Verdana 9, landscape, one page wide, no print titles):
    `altered` adds to a line's 2028 figure, by label, after the totals were made."""
    rows: list[list] = [["Gemeente Heuvelrug-Oost"], ["Raadsvoorstel 2026-041: 4e begrotingswijziging 2026"],
                        ["Bedragen in euro's; lasten +, baten - ; een positief saldo is nadelig"], [],
                        ["Programma / omschrijving", "I/S", *map(str, YEARS)]]
    lines = []
    for programme, items in PROGRAMMES:
        rows.append([programme])
        for label, kind, *figures in items:
            rows.append([label, kind, *figures])
            lines.append(figures)
    subtotal = [sum(column) for column in zip(*lines)]
    toevoeging = [250_000, 0, 0, 0]
    onttrekking = [-subtotal[0] - 250_000, 0, 0, 0]
    saldo = [a + b + c for a, b, c in zip(subtotal, onttrekking, toevoeging)]
    rows += [[], ["Subtotaal mutaties programma's", None, *subtotal], [], ["Mutaties reserves"],
             ["Onttrekking algemene reserve (baten)", "I", *onttrekking],
             ["Toevoeging reserve sociaal domein (lasten)", "I", *toevoeging], [],
             ["Saldo begrotingswijziging", None, *saldo], [], [NOTE]]
    for label, amount in (altered or {}).items():
        next(row for row in rows if row and row[0] == label)[4] += amount

    def each(cell) -> None:
        italic = cell.column == 1 and (cell.value == NOTE or cell.value == "Mutaties reserves" or
                                       any(cell.value == p for p, _items in PROGRAMMES)) or cell.row == 2
        size = {1: 13, 2: 10}.get(cell.row, 7 if cell.value == NOTE else 9)
        cell.font = Font(name="Verdana", size=size, italic=italic, bold=cell.row in (1, 5) or
                         str(cell.value).startswith(("Subtotaal", "Saldo")))
        cell.alignment = Alignment(horizontal="right" if cell.column >= 3 else None,
                                   vertical="bottom" if cell.row == 5 else "top")

    def style(sheet) -> None:
        sheet.sheet_view.showGridLines = False
        sheet.oddFooter.center.text = "Pagina &P van &N"
        sheet.page_margins.left = sheet.page_margins.right = 0.5
        sheet.page_setup.paperSize = sheet.PAPERSIZE_A4

    return workbook(path, rows, title="Begrotingswijziging", number_format=SIGNED,
                    figures=lambda r, c, v: c >= 3 and isinstance(v, int), widths={"A": 56, "B": 5, "C": 12, "D": 12,
                                                                                   "E": 12, "F": 12},
                    each=each, style=style)


CATEGORIES = [(1, "Onderwijshuisvesting", 7), (2, "Wegen, bruggen en kunstwerken", 8), (3, "Riolering en water", 6),
              (4, "Sport en recreatie", 7), (5, "Openbare ruimte", 6), (6, "ICT en bedrijfsvoering", 8)]


def plan_lines() -> dict[int, list[tuple[str, list[int]]]]:
    """Per category its investeringen: (code, the four years' figures), fixed numbers."""
    out = {}
    for number, _name, count in CATEGORIES:
        out[number] = [(f"{number}.{k:02d}", [(number * 137 + k * 53 + y * 29) % 900 * (y % 2 + 1)
                                              for y in range(4)]) for k in range(1, count + 1)]
    return out


def investeringsplan(path: Path, altered: tuple[str, int, int] | None = None,
                     second: bool = False) -> Path:
    """An investeringsplan x € 1.000: Nr. | Omschrijving | Krediet | 2026 .. 2029, per category its lines and
    'Totaal <category>', then 'Totaal investeringsplan'; rows set tall, so it prints on two pages, the header only on
    the first. `altered` = (code, year index, amount): added to that line's year figure after the totals were made.
    `second`: a sheet after it with a table of its own (another title, other columns), printed on the next page."""
    rows: list[list] = [["Investeringsplan 2026-2029"], ["Bedragen x € 1.000"], [],
                        ["Nr.", "Omschrijving", "Krediet", *map(str, YEARS)]]
    totals = []
    for number, name, _count in CATEGORIES:
        rows.append([None, name])
        lines = plan_lines()[number]
        for code, years in lines:
            figures = list(years)
            if altered and altered[0] == code:
                figures[altered[1]] += altered[2]
            rows.append([code, f"Investering {code}", sum(years), *figures])
        total = [sum(column) for column in zip(*[[sum(y), *y] for _c, y in lines])]
        totals.append(total)
        rows += [[None, f"Totaal {name.lower()}", *total], []]
    rows.append([None, "Totaal investeringsplan", *[sum(column) for column in zip(*totals)]])
    end = len(rows)

    def style(sheet) -> None:
        for r in range(5, end + 1):
            sheet.row_dimensions[r].height = 20
        if second:  # its own sheet, printed on the page after the plan's: a label column 30 wide, figures 14
            other = sheet.parent.create_sheet("Dekking")
            for row in [["Dekking kapitaallasten x € 1.000"], [], ["Dekkingsmiddel", "2026", "2027"],
                        ["Algemene middelen", 812, 845], ["Reserve kapitaallasten", 120, 95], [],
                        ["Totaal dekking", 932, 940]]:
                other.append(row)
                for cell in other[other.max_row]:
                    if isinstance(cell.value, int):
                        cell.number_format = DUTCH
            other.column_dimensions["A"].width = 30
            other.column_dimensions["B"].width = other.column_dimensions["C"].width = 14

    return workbook(path, rows, title="Investeringsplan", orientation="portrait",
                    figures=lambda r, c, v: c >= 3 and isinstance(v, int), widths={"A": 6, "B": 44, "C": 11,
                                                                                   "D": 10, "E": 10, "F": 10, "G": 10},
                    style=style)


@pytest.fixture(scope="module")
def printed(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("continued")
    books = {"wijziging": wijziging(folder / "wijziging.xlsx"),
             "wijziging_p1": wijziging(folder / "wijziging_p1.xlsx", {"Leerlingenvervoer aanbesteding (lasten)": 1}),
             "plan": investeringsplan(folder / "plan.xlsx"),
             "plan_p1": investeringsplan(folder / "plan_p1.xlsx", ("2.03", 2, 1)),
             "plan_p100": investeringsplan(folder / "plan_p100.xlsx", ("5.04", 2, 100)),
             "plan_second": investeringsplan(folder / "plan_second.xlsx", second=True)}
    return {**{name + ".xlsx": path for name, path in books.items()},
            **{name + ".pdf": pdf for name, pdf in zip(books, print_to_pdf(books.values()))}}


def findings(report: dict) -> list[tuple]:
    return [(f["cell"], f["column"], D(str(f["expected"])), D(str(f["found"]))) for f in report["findings"]]


def pages_of(pdf: Path) -> int:
    import pdfplumber
    with pdfplumber.open(pdf) as document:
        return len(document.pages)


def test_a_begrotingswijziging_going_on_on_page_two_is_one_table_under_a_note_over_its_columns(printed, capsys):
    pdf = printed["wijziging.pdf"]
    assert pages_of(pdf) == 2
    code, report = audited(pdf, capsys)
    assert code == 0 and findings(report) == []
    [table] = report["tables"]
    assert (table["from"], table["to"]) == ("page 1, line 6", "page 2, line 3")
    assert table["columns"] == ["2026", "2027", "2028", "2029"]
    # the saldo is the subtotal and the two reserve lines, all four years (the I/S column is a column of its own,
    # not part of the labels)
    checked = [r for r in table["relations"] if r["total"] == "Saldo begrotingswijziging"]
    assert [r["parts"] for r in checked] == [["Subtotaal mutaties programma's", "Onttrekking algemene reserve "
                                              "(baten)", "Toevoeging reserve sociaal domein (lasten)"]]
    # as the workbook reads it
    code, report = audited(printed["wijziging.xlsx"], capsys)
    assert code == 0 and findings(report) == []


def test_a_line_altered_on_page_one_is_found_there_not_at_the_saldo_on_page_two(printed, capsys):
    code, report = audited(printed["wijziging_p1.pdf"], capsys)
    assert code == 1
    assert findings(report) == [("page 1, line 25", "2028", D(919701), D(919700))]


def test_an_investeringsplan_over_two_pages_without_its_header_on_the_second(printed, capsys):
    pdf = printed["plan.pdf"]
    assert pages_of(pdf) == 2
    code, report = audited(pdf, capsys)
    assert code == 0 and findings(report) == []
    [table] = report["tables"]
    assert table["columns"] == ["Krediet", "2026", "2027", "2028", "2029"]
    assert (table["from"], table["to"]) == ("page 1, line 5", "page 2, line 16")
    # the lines of page 2 are checked under page 1's columns: the grand total adds up its six categories
    grand = [r for r in table["relations"] if r["total"] == "Totaal investeringsplan"]
    assert len(grand) == 1 and len(grand[0]["parts"]) == 6


@pytest.mark.parametrize("kind", ["xlsx", "pdf"])
def test_a_year_figure_altered_by_one_is_found_at_its_krediet_and_its_categorys_total(printed, capsys, kind):
    code, report = audited(printed[f"plan_p1.{kind}"], capsys)
    got = [(f["row_label"], f["column"], D(str(f["expected"])), D(str(f["found"])))
           for f in report["findings"]]
    years = dict(plan_lines()[2])["2.03"]
    total_2028 = sum(y[2] for _c, y in plan_lines()[2])
    assert got == [("2.03 Investering 2.03", "Krediet", D(sum(years) + 1), D(sum(years))),
                   ("Totaal wegen, bruggen en kunstwerken", "2028", D(total_2028 + 1), D(total_2028))]


@pytest.mark.parametrize("kind", ["xlsx", "pdf"])
def test_a_year_figure_altered_on_page_two_names_the_figure_both_totals_are_made_with(printed, capsys, kind):
    code, report = audited(printed[f"plan_p100.{kind}"], capsys)
    assert code == 1
    found = [f for f in report["findings"]]
    years = dict(plan_lines()[5])["5.04"]
    total_2028 = sum(y[2] for _c, y in plan_lines()[5])
    assert [(f["row_label"], f["column"], D(str(f["expected"])), D(str(f["found"]))) for f in found] == [
        ("5.04 Investering 5.04", "Krediet", D(sum(years) + 100), D(sum(years))),
        ("Totaal openbare ruimte", "2028", D(total_2028 + 100), D(total_2028))]
    assert all("likely the altered figure" in f["note"] for f in found)
    if kind == "pdf":  # on page 2, under page 1's header: the line's Krediet and the category's Totaal in 2028
        assert [(f["cell"], f["note"]) for f in found] == [
            ("page 2, line 2", "page 2, line 5 [2028] fails by the same amount and both are made with page 2, line 2 "
                               "[2028]: likely the altered figure"),
            ("page 2, line 5", "page 2, line 2 [Krediet] fails by the same amount and both are made with page 2, "
                               "line 2 [2028]: likely the altered figure")]


def test_a_table_of_its_own_on_page_two_keeps_its_own_columns(printed, capsys):
    code, report = audited(printed["plan_second.pdf"], capsys)
    assert code == 0 and findings(report) == []
    first, second = report["tables"]
    assert first["columns"] == ["Krediet", "2026", "2027", "2028", "2029"]
    assert second["columns"] == ["2026", "2027"]
    assert (first["from"], first["to"], second["from"], second["to"]) == (
        "page 1, line 5", "page 2, line 16", "page 3, line 3", "page 3, line 5")
    assert [(r["total"], r["parts"]) for r in second["relations"]] == [
        ("Totaal dekking", ["Algemene middelen", "Reserve kapitaallasten"])]
