"""Years as the lines of a table (issue 18, e44; trial27's class F): a havenbedrijf's havengelden per year, 2019 ...
2025 down the label column (typed as text), a category per column, 'Totaal 2019-2025' at the foot. With the line of
2021 deleted, every later year was reported 'year out of sequence' (expected 2021, found 2022; expected 2022, found
2023; ...) at lines whose totals hold: four false findings. Years running by one with a gap mean a line is missing:
said once, at the line after the gap, naming the year; a file with nothing else to report still does not exit 0.
Years running down by one (2025 ... 2019) are in sequence too. Typed as a person types them
(tests/published_tables.py), audited as workbooks and as LibreOffice prints them."""

from decimal import Decimal

import pytest

from published_tables import audited, print_to_pdf, workbook

D = Decimal
TITLES = ["Jaar", "Zeehavengeld", "Binnenhavengeld", "Kadegeld", "Totaal"]
YEARS = list(range(2019, 2026))


def _year(y: int) -> list[int]:
    figures = [1500000 + 53211 * (y - 2019), 330000 + 17517 * (y - 2019) % 90000, 260000 + 9133 * (y - 2019)]
    return figures + [sum(figures)]


def _rows(years=YEARS, delete: int | None = None, total: bool = True) -> list:
    rows = [["Opbrengst havengelden per categorie (bedragen in euro)"], [], TITLES]
    rows += [[str(y), *_year(y)] for y in years if y != delete]
    if total:   # (as printed before the line was deleted)
        rows.append([f"Totaal {min(years)}-{max(years)}", *[sum(_year(y)[c] for y in years) for c in range(4)]])
    return rows


def _book(path, rows):
    return workbook(path, rows, widths={"A": 22, "B": 16, "C": 18, "D": 14, "E": 14}, bold=[3],
                    orientation="portrait")


@pytest.fixture(scope="module")
def printed(tmp_path_factory):
    folder = tmp_path_factory.mktemp("jaren")
    books = {"clean": _book(folder / "jaren.xlsx", _rows()),
             "del": _book(folder / "jaren-del.xlsx", _rows(delete=2021)),
             "bare": _book(folder / "jaren-zonder-totaal.xlsx", _rows(delete=2021, total=False))}
    pdfs = print_to_pdf(books.values())
    return {key: (books[key], pdf) for key, pdf in zip(books, pdfs)}


def _years_said(report):
    return [(f["row_label"], f["check"], D(f["expected"]), D(f["found"])) for f in report["findings"]
            if f["kind"] == "year"]


@pytest.mark.parametrize("kind", [0, 1], ids=["xlsx", "pdf"])
def test_the_clean_table_of_years_is_clean(printed, capsys, kind):
    code, report = audited(printed["clean"][kind], capsys)
    assert (code, report["findings"], report["not_verified"]) == (0, [], 0)


@pytest.mark.parametrize("kind", [0, 1], ids=["xlsx", "pdf"])
def test_a_deleted_year_is_said_once_naming_it_and_the_totaal_fails(printed, capsys, kind):
    code, report = audited(printed["del"][kind], capsys)
    assert code == 1
    said = _years_said(report)
    assert len(said) == 1, said
    label, check, expected, found = said[0]
    assert (label, expected, found) == ("2022", D(2021), D(2022)) and "2021" in check and "out of sequence" not in check
    assert sorted(f["column"] for f in report["findings"] if f["kind"] != "year") == sorted(TITLES[1:])
    assert all(f["row_label"] == "Totaal 2019-2025" for f in report["findings"] if f["kind"] != "year")


@pytest.mark.parametrize("kind", [0, 1], ids=["xlsx", "pdf"])
def test_a_deleted_year_without_a_total_over_the_years_does_not_exit_0(printed, capsys, kind):
    code, report = audited(printed["bare"][kind], capsys)
    assert code == 1 and [(label, expected) for label, __, expected, __f in _years_said(report)] == [("2022", 2021)]
    assert len(report["findings"]) == 1


def test_years_running_down_are_in_sequence_and_a_gap_there_is_said_once(tmp_path, capsys):
    code, report = audited(_book(tmp_path / "af.xlsx", _rows(YEARS[::-1])), capsys)
    assert (code, report["findings"]) == (0, [])
    code, report = audited(_book(tmp_path / "af-del.xlsx", _rows(YEARS[::-1], delete=2023, total=False)), capsys)
    assert code == 1 and [(label, expected) for label, __, expected, __f in _years_said(report)] == [("2022", 2023)]


def test_years_out_of_order_are_each_said_as_before(tmp_path, capsys):
    """A year typed wrong (2012 among 2019 ... 2025) is no line missing: the lines out of sequence are said as they
    are."""
    rows = _rows()
    rows[5][0] = "2012"   # the line of 2021
    code, report = audited(_book(tmp_path / "typo.xlsx", rows), capsys)
    said = _years_said(report)
    assert code == 1 and said and all("out of sequence" in check for __, check, __e, __f in said)
    assert ("2012", D(2021), D(2012)) in [(label, expected, found) for label, __, expected, found in said]
