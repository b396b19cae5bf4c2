"""A row of units under the column titles (tests/corpora/trial33/MECHANISMS.md class H): 'aantal' under the count of
vehicles, 'x € 1.000' merged over the amounts. It is no third title level: 'aantal' was spread onto every column
('Realisatie 2025 Totaal aantal', 'Verschil aantal'), so the year's 'Totaal' was no total and never checked as the
four quarters' sum, and the table's scale made a count's +1 'an afrondingsverschil'. Each unit holds for its own
columns only; the titles are those above it."""

from openpyxl.styles import Alignment, Font

from published_tables import audited, print_named, workbook

# label, vehicles, four quarters (x € 1.000), begroting
SECTIONS = [("Personenauto's", [("Benzine", 58710, 1238, 1219, 1371, 1288, 4853),
                                ("Diesel", 105391, 4737, 5019, 4870, 5096, 18886),
                                ("Volledig elektrisch", 223848, 3734, 3947, 3594, 3630, 14228)]),
            ("Bestelauto's", [("Bestelauto ondernemer", 91204, 2120, 2207, 2188, 2231, 8500),
                              ("Bestelauto particulier", 12877, 310, 295, 322, 301, 1250)])]


def vehicles(path, change: tuple[str, int, int] | None = None):
    """Voertuigcategorie | Voertuigen per 1-1-2025 | Realisatie 2025 (1e .. 4e kwartaal, Totaal) | Begroting 2025 |
    Verschil, the units row under them; `change`: (label, column from 1, by) altered after the table is made."""
    rows = [["Opbrengst opcenten motorrijtuigenbelasting 2025"], [],
            ["Voertuigcategorie", "Voertuigen per 1-1-2025", "Realisatie 2025", None, None, None, None,
             "Begroting 2025", "Verschil"],
            [None, None, "1e kwartaal", "2e kwartaal", "3e kwartaal", "4e kwartaal", "Totaal"],
            [None, "aantal", "x € 1.000"]]
    grand = [0] * 8
    for section, lines in SECTIONS:
        rows.append([section])
        totals = [0] * 8
        for label, count, *quarters, begroting in lines:
            figures = [count, *quarters, sum(quarters), begroting, sum(quarters) - begroting]
            rows.append([label, *figures])
            totals = [t + f for t, f in zip(totals, figures)]
        rows.append([f"Totaal {section.lower()}", *totals])
        grand = [g + t for g, t in zip(grand, totals)]
    rows.append(["Totaal opcenten motorrijtuigenbelasting", *grand])
    if change is not None:
        label, column, by = change
        row = next(row for row in rows if row and row[0] == label)
        row[column] += by
    return workbook(path, rows, merges=["A3:A4", "B3:B4", "C3:G3", "H3:H4", "I3:I4", "C5:I5"],
                    style=titles, widths={"A": 38, "B": 12, **{letter: 10 for letter in "CDEFGHI"}})


def titles(sheet) -> None:
    """Set as the province prints it: Arial 9, the titles bold and wrapped at the bottom of rows of 26 points (the
    group title centred), the units italic and smaller, centred."""
    for row in sheet.iter_rows():
        for cell in row:
            cell.font = Font(name="Arial", size=9, bold=cell.row in (3, 4) or str(cell.value).startswith("Totaal"))
    for r in (3, 4):
        sheet.row_dimensions[r].height = 26
        for cell in sheet[r]:
            cell.alignment = Alignment(wrap_text=True, vertical="bottom",
                                       horizontal="left" if cell.column == 1 else "center" if cell.coordinate == "C3"
                                       else "right")
    for cell in sheet[5]:
        cell.font = Font(name="Arial", size=8, italic=True)
        cell.alignment = Alignment(horizontal="center")


def columns(report) -> list[str]:
    return report["tables"][0]["columns"]


def year_total(report) -> list:
    return [(r["total"], r["parts"]) for r in report["tables"][0]["relations"] if r["axis"] == "column"
            and r["total"] == "Totaal Realisatie 2025"]


QUARTERS = [f"Realisatie 2025 {n}e kwartaal" for n in range(1, 5)]


def test_a_units_row_is_no_title_level_and_the_year_total_is_checked_as_its_quarters(tmp_path, capsys):
    code, report = audited(vehicles(tmp_path / "schoon.xlsx"), capsys)
    assert code == 0, report["findings"]
    assert columns(report) == ["Voertuigen per 1-1-2025", *QUARTERS, "Realisatie 2025 Totaal", "Begroting 2025",
                               "Verschil"]
    assert year_total(report) == [("Totaal Realisatie 2025", QUARTERS)]
    # a quarter's figure altered on a line: its year total on that line no longer adds up, found there
    code, report = audited(vehicles(tmp_path / "q.xlsx", ("Diesel", 3, 100)), capsys)
    assert code == 1
    assert ("G8", "Realisatie 2025 Totaal", "19822", "19722") in {
        (f["cell"], f["column"], f["expected"], f["found"]) for f in report["findings"]}


def test_the_scale_of_the_amounts_does_not_round_a_count(tmp_path, capsys):
    """'x € 1.000' heads the amounts: a miss of 1 in the count of vehicles is a plain finding, no
    afrondingsverschil."""
    code, report = audited(vehicles(tmp_path / "p1.xlsx", ("Totaal bestelauto's", 1, 1)), capsys)
    assert code == 1
    assert [(f["cell"], f["column"], f["kind"], f["expected"], f["found"], f["within_rounding"])
            for f in report["findings"]] == [("B14", "Voertuigen per 1-1-2025", "sum", "104081", "104082", False),
                                             ("B15", "Voertuigen per 1-1-2025", "follows", "492031", "492030", False)]


def test_a_units_row_in_a_pdf_is_no_title_level_either(tmp_path, capsys):
    pdfs = print_named({"schoon": vehicles(tmp_path / "schoon.xlsx"),
                        "q": vehicles(tmp_path / "q.xlsx", ("Diesel", 3, 100))}, tmp_path)
    code, report = audited(pdfs["schoon"], capsys)
    assert code == 0, report["findings"]
    assert not any(column.endswith("aantal") for column in columns(report)), columns(report)
    assert [parts for __, parts in year_total(report)] == [QUARTERS]
    code, report = audited(pdfs["q"], capsys)
    assert code == 1
    assert ("Diesel", "Realisatie 2025 Totaal", "19822", "19722") in {
        (f["row_label"], f["column"], f["expected"], f["found"]) for f in report["findings"]}
