"""What a line's name is, beside columns of facts about the line (issue 18, e68; trial36 t02 and t09):

1. A wagenpark's costs per vehicle with a Bouwjaar column (years, each vehicle's own) and a Km-stand between the
   vehicle's name and the cost columns. The years, no amounts, were read as a label column and joined to the name:
   a finding at 'Veegmachine (VZ-441-T) 2018', a name the table does not print. The Bouwjaar is a column of its own,
   in the workbook and in its print; years down the first column with no name left of them stay the labels.
2. Laadpalen per location with a text column 'Type' ('AC 22 kW', 'snellader') between the location and the figures;
   the same column holds the subtotals' names, right-aligned, the location column empty on those rows. The type was
   joined to the location ('Markt AC 22 kW'); the subtotal rows are named by that column as before.

Typed as a person types them (openpyxl, Dutch formats), printed by LibreOffice in one call."""

from pathlib import Path

import pytest
from openpyxl.styles import Alignment

from published_tables import audited, print_to_pdf, relation, workbook

# ------------------------------------------------------------------------------------------------- 1. Bouwjaar
VEHICLES = [
    ("Afdeling Wegen", "Totaal Afdeling Wegen", [
        ("Tractor Deutz (BT-44-RS)", 2016, 41230, (3120, 8450, 2210, 4100)),
        ("Veegmachine Bucher (VZ-908-K)", 2019, 60712, (5230, 3310, 1980, 7750)),
        ("Kraanwagen Volvo (BX-17-TT)", 2021, 150877, (9880, 6140, 3025, 11200)),
    ]),
    ("Afdeling Groen", "Totaal Afdeling Groen", [
        ("Maaimachine Toro (WM-22-HN)", 2014, 18245, (2040, 7260, 1150, 1800)),
        ("Pick-up Toyota (5-VKR-81)", 2023, 33090, (4310, 1720, 1490, 6950)),
    ]),
]
COSTS = ("Brandstof", "Onderhoud", "Verzekering", "Afschrijving")
VEEGMACHINE = "Veegmachine Bucher (VZ-908-K)"


def wagenpark_book(path: Path, changed: tuple[str, int, int] | None = None) -> Path:
    """Omschrijving | Bouwjaar | Km-stand | four costs | Totaal (= the four), a total per afdeling and a Totaal;
    `changed`: (a vehicle, a cost column, an amount added to it as printed), its Totaal and the afdeling's left."""
    rows = [["Kosten wagenpark 2025"], [], ["Omschrijving", "Bouwjaar", "Km-stand", *COSTS, "Totaal"]]
    totals = []
    for heading, total, lines in VEHICLES:
        rows.append([heading])
        for name, year, km, costs in lines:
            shown = [f + (changed[2] if changed and changed[:2] == (name, k) else 0) for k, f in enumerate(costs)]
            rows.append([name, year, km, *shown, sum(costs)])
        sums = [sum(line[3][k] for line in lines) for k in range(len(COSTS))]
        totals.append(sums)
        rows += [[total, None, None, *sums, sum(sums)], []]
    sums = [sum(t[k] for t in totals) for k in range(len(COSTS))]
    rows.append(["Totaal", None, None, *sums, sum(sums)])
    return workbook(path, rows, widths={"A": 34, **{letter: 12 for letter in "BCDEFGH"}}, bold=[3, len(rows)],
                    figures=lambda r, c, value: isinstance(value, int) and c > 2)


YEARS_FIRST = [(2021, 1200, 300), (2022, 1350, 310), (2023, 1410, 295), (2024, 1500, 330)]


def years_book(path: Path) -> Path:
    """Jaar | Baten | Lasten down the years (the years the lines' labels), a Totaal; Lasten of 2023 + 10."""
    rows = [["Baten en lasten per jaar"], [], ["Jaar", "Baten", "Lasten"]]
    for year, baten, lasten in YEARS_FIRST:
        rows.append([year, baten, lasten + (10 if year == 2023 else 0)])
    rows.append(["Totaal", sum(y[1] for y in YEARS_FIRST), sum(y[2] for y in YEARS_FIRST)])
    return workbook(path, rows, widths={"A": 12, "B": 12, "C": 12}, bold=[3, len(rows)], orientation="portrait",
                    figures=lambda r, c, value: isinstance(value, int) and c > 1)


# ------------------------------------------------------------------------------------------------- 2. Type column
LOCATIONS = [
    ("Subtotaal Oost", [("Kerkplein", "AC 22 kW", 12, 31480, 40110), ("Sporthal Oost", "AC 11 kW", 6, 22930, 15820),
                        ("Busstation", "snellader", 4, 48210, 20575)]),
    ("Subtotaal West", [("Molenweg", "AC 11 kW", 8, 17260, 24930), ("Zwembad West", "AC 22 kW", 10, 36840, 12400),
                        ("Transferium", "snellader", 6, 51120, 33870)]),
    ("Subtotaal Zuid", [("Dorpsstraat", "AC 11 kW", 4, 9310, 14260), ("Gemeentehuis", "AC 22 kW", 6, 18770, 9940)]),
]


def laadpalen_book(path: Path, changed: tuple[str, int] | None = None) -> Path:
    """Locatie | Type | Laadpunten | Opbrengst | Kosten | Saldo (= Opbrengst - Kosten), a subtotal per wijk typed
    right-aligned in the Type column (Locatie empty there), a Totaal; `changed`: (a location, an amount added to its
    Opbrengst as printed), its Saldo and the subtotal left as they were."""
    rows = [["Publieke laadpalen 2025"], [], ["Locatie", "Type", "Laadpunten", "Opbrengst", "Kosten", "Saldo"]]
    subtotal_rows, subtotals = [], []
    for subtotal, lines in LOCATIONS:
        for name, kind, points, opbrengst, kosten in lines:
            shown = opbrengst + (changed[1] if changed and changed[0] == name else 0)
            rows.append([name, kind, points, shown, kosten, opbrengst - kosten])
        sums = [sum(line[k] for line in lines) for k in (2, 3, 4)]
        subtotals.append(sums)
        rows.append([None, subtotal, *sums, sums[1] - sums[2]])
        subtotal_rows.append(len(rows))
        rows.append([])
    sums = [sum(s[k] for s in subtotals) for k in range(3)]
    rows.append(["Totaal laadpalen", None, *sums, sums[1] - sums[2]])

    def style(sheet):
        for r in subtotal_rows:
            sheet.cell(r, 2).alignment = Alignment(horizontal="right")

    return workbook(path, rows, widths={"A": 26, "B": 18, "C": 12, "D": 12, "E": 12, "F": 12},
                    bold=[3, len(rows)], orientation="portrait", style=style)


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    folder = tmp_path_factory.mktemp("line_names")
    books = {"wagenpark": wagenpark_book(folder / "wagenpark.xlsx"),
             "wagenpark_p1": wagenpark_book(folder / "wagenpark_p1.xlsx", (VEEGMACHINE, 1, 1)),
             "years": years_book(folder / "years.xlsx"),
             "laadpalen": laadpalen_book(folder / "laadpalen.xlsx"),
             "laadpalen_p1": laadpalen_book(folder / "laadpalen_p1.xlsx", ("Kerkplein", 1))}
    pdfs = dict(zip(books, print_to_pdf(books.values())))
    return {"xlsx": books, "pdf": pdfs}


KINDS = ["xlsx", "pdf"]


# 1. ---------------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("kind", KINDS)
def test_the_bouwjaar_is_no_word_of_the_vehicles_name(files, kind, capsys):
    code, data = audited(files[kind]["wagenpark"], capsys)
    assert (code, data["verdict"], data["findings"], data["not_verified"]) == (0, "clean", [], 0)
    for __, total, lines in VEHICLES:
        assert relation(data, total)["parts"] == [name for name, *__ in lines]


@pytest.mark.parametrize("kind", KINDS)
def test_a_finding_beside_a_bouwjaar_carries_the_vehicles_own_name(files, kind, capsys):
    code, data = audited(files[kind]["wagenpark_p1"], capsys)
    got = sorted((f["row_label"], f["column"], f["expected"], f["found"], f["cell"]) for f in data["findings"])
    assert code == 1 and data["not_verified"] == 0
    # the Onderhoud of the veegmachine printed 3.311: its Totaal and the afdeling's Onderhoud fail, by 1
    line, total = ("H6", "E8") if kind == "xlsx" else ("page 1, line 5", "page 1, line 7")
    assert got == [("Totaal Afdeling Wegen", "Onderhoud", "17901", "17900", total),
                   (VEEGMACHINE, "Totaal", "18271", "18270", line)]


@pytest.mark.parametrize("kind", KINDS)
def test_years_down_the_first_column_stay_the_lines_labels(files, kind, capsys):
    code, data = audited(files[kind]["years"], capsys)
    assert relation(data, "Totaal")["parts"] == [str(year) for year, *__ in YEARS_FIRST]
    got = [(f["row_label"], f["column"], f["expected"], f["found"]) for f in data["findings"]]
    assert code == 1 and got == [("Totaal", "Lasten", "1245", "1235")]


# 2. ---------------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("kind", KINDS)
def test_the_type_is_no_word_of_the_locations_name(files, kind, capsys):
    code, data = audited(files[kind]["laadpalen"], capsys)
    assert (code, data["verdict"], data["findings"], data["not_verified"]) == (0, "clean", [], 0)
    for subtotal, lines in LOCATIONS:
        assert relation(data, subtotal)["parts"] == [name for name, *__ in lines]
    assert relation(data, "Totaal laadpalen")["parts"] == [subtotal for subtotal, __ in LOCATIONS]


@pytest.mark.parametrize("kind", KINDS)
def test_a_finding_beside_a_type_carries_the_locations_own_name(files, kind, capsys):
    code, data = audited(files[kind]["laadpalen_p1"], capsys)
    got = sorted((f["row_label"], f["column"], f["expected"], f["found"]) for f in data["findings"])
    assert code == 1 and data["not_verified"] == 0
    # the Opbrengst of the Kerkplein printed 31.481: its Saldo and the Subtotaal Oost's Opbrengst fail, by 1
    assert got == [("Kerkplein", "Saldo", "-8629", "-8630"), ("Subtotaal Oost", "Opbrengst", "102621", "102620")]
