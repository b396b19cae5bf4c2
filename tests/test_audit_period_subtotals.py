"""Numbered period subtotals without a word of a total (issue 18, e44; trial27's class A): a museum's bezoekers per
maand with a line '1e kwartaal' ... '4e kwartaal' after every three months (a light fill, not bold, no 'Totaal'), then
'Totaal 2025'. Only the first quarter was read as a subtotal (the first run that adds up), the others as lines, so
'Totaal 2025' was checked over 13 lines and failed in every column of the clean table. Each numbered period
(kwartaal, halfjaar, trimester, kwadrimester) that makes the lines just above it is their subtotal, and 'Totaal' the
sum of the periods. Quarters as the lines of a table (no months under them) stay lines. Typed as a person types
them (tests/published_tables.py), audited as workbooks and as LibreOffice prints them."""

from decimal import Decimal

import pytest
from openpyxl.styles import PatternFill

from published_tables import audited, print_to_pdf, workbook

D = Decimal
MONTHS = ["Januari", "Februari", "Maart", "April", "Mei", "Juni", "Juli", "Augustus", "September", "Oktober",
          "November", "December"]
TITLES = ["Maand", "Volwassenen", "Jongeren t/m 18 jaar", "Groepen", "Totaal bezoekers"]


def _month(m: int) -> list[int]:
    figures = [3100 + 417 * m % 1900, 1200 + 233 * m % 900, 300 + 71 * m % 250]
    return figures + [sum(figures)]


def _rows(periods: int = 4, word: str = "kwartaal", delete: str | None = None, plus: str | None = None) -> list:
    """The table: `periods` numbered periods of 12/periods months each, then 'Totaal 2025'; `delete` leaves a month's
    line out (its period and the Totaal as printed), `plus` prints a month's Volwassenen one too high (its Totaal
    bezoekers as well, so only its period fails)."""
    rows = [["Bezoekersaantallen museum 2025"], [], TITLES]
    per = 12 // periods
    subtotals = []
    for p in range(periods):
        months = [(MONTHS[m], _month(m)) for m in range(p * per, (p + 1) * per)]
        total = [sum(f[c] for __, f in months) for c in range(4)]
        subtotals.append(total)
        for name, figures in months:
            if name == delete:
                continue
            shown = [figures[0] + 1, *figures[1:3], figures[3] + 1] if name == plus else figures
            rows.append([name, *shown])
        rows.append([f"{p + 1}e {word}", *total])
    rows.append(["Totaal 2025", *[sum(t[c] for t in subtotals) for c in range(4)]])
    return rows


def _light_fill(sheet) -> None:
    """The period lines marked by a light fill only, as the museum marks them (not bold)."""
    for row in sheet.iter_rows():
        if isinstance(row[0].value, str) and row[0].value[:2] in ("1e", "2e", "3e", "4e"):
            for cell in row:
                cell.fill = PatternFill("solid", fgColor="DDEBF7")


def _book(path, rows):
    return workbook(path, rows, widths={"A": 24, "B": 14, "C": 20, "D": 12, "E": 16}, bold=[3, len(rows)],
                    style=_light_fill, orientation="portrait")


def _relations(report):
    return {r["total"]: (r["rule"], r["parts"], r["figures_failing"]) for t in report["tables"] for r in t["relations"]}


def _findings(report):
    return sorted((f["row_label"], f["column"], D(f["expected"]), D(f["found"])) for f in report["findings"])


@pytest.fixture(scope="module")
def printed(tmp_path_factory):
    folder = tmp_path_factory.mktemp("kwartalen")
    books = {"clean": _book(folder / "kwartalen.xlsx", _rows()),
             "del": _book(folder / "kwartalen-del.xlsx", _rows(delete="November")),
             "plus": _book(folder / "kwartalen-p1.xlsx", _rows(plus="Mei"))}
    pdfs = print_to_pdf(books.values())
    return {key: (books[key], pdf) for key, pdf in zip(books, pdfs)}


@pytest.mark.parametrize("kind", [0, 1], ids=["xlsx", "pdf"])
def test_each_quarter_is_the_subtotal_of_its_months_and_the_totaal_of_the_quarters(printed, capsys, kind):
    code, report = audited(printed["clean"][kind], capsys)
    assert (code, report["findings"], report["not_verified"]) == (0, [], 0)
    relations = _relations(report)
    for q, months in enumerate(("Januari", "April", "Juli", "Oktober"), start=1):
        rule, parts, failing = relations[f"{q}e kwartaal"]
        assert parts[0] == months and len(parts) == 3 and failing == 0
    assert relations["2e kwartaal"][0] == "numbered period subtotals"
    assert relations["Totaal 2025"][1:] == (["1e kwartaal", "2e kwartaal", "3e kwartaal", "4e kwartaal"], 0)


@pytest.mark.parametrize("kind", [0, 1], ids=["xlsx", "pdf"])
def test_a_deleted_month_is_found_at_its_quarter_in_every_column_not_at_the_totaal(printed, capsys, kind):
    code, report = audited(printed["del"][kind], capsys)
    assert code == 1
    november = _month(10)
    got = _findings(report)
    assert [label for label, *__ in got] == ["4e kwartaal"] * 4
    assert sorted(found - expected for *__, expected, found in got) == sorted(november)


@pytest.mark.parametrize("kind", [0, 1], ids=["xlsx", "pdf"])
def test_a_month_one_too_high_is_found_at_its_quarter(printed, capsys, kind):
    code, report = audited(printed["plus"][kind], capsys)
    assert code == 1
    assert [(label, found - expected) for label, __, expected, found in _findings(report)] == \
        [("2e kwartaal", -1)] * 2   # Volwassenen and Totaal bezoekers: their months make one more
    assert _relations(report)["Totaal 2025"][2] == 0


def test_half_years_and_trimesters_are_subtotals_too(tmp_path, capsys):
    for periods, word in ((2, "halfjaar"), (3, "kwadrimester")):
        code, report = audited(_book(tmp_path / f"{word}.xlsx", _rows(periods, word)), capsys)
        assert (code, report["findings"], report["not_verified"]) == (0, [], 0), word
        assert _relations(report)["Totaal 2025"][1] == [f"{p}e {word}" for p in range(1, periods + 1)]


def test_quarters_as_the_lines_of_a_table_stay_lines(tmp_path, capsys):
    """No months under them: '1e kwartaal' ... '4e kwartaal' are the lines 'Totaal 2025' adds up, none a subtotal."""
    rows = [["Bezoekersaantallen museum 2025"], [], TITLES]
    quarters = [[f"{q}e kwartaal", *_month(3 * q)] for q in range(1, 5)]
    rows += quarters + [["Totaal 2025", *[sum(r[c] for r in quarters) for c in range(1, 5)]]]
    code, report = audited(_book(tmp_path / "kwartalen-regels.xlsx", rows), capsys)
    assert (code, report["findings"], report["not_verified"]) == (0, [], 0)
    assert set(_relations(report)) == {"Totaal 2025", "Totaal bezoekers"}
