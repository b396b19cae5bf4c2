"""Columns known by their dates and years (trial29 classes E and F), as xlsx and as PDF printed by LibreOffice.

E: a staat of a voorziening whose stands are titled by a date alone, '1-1-2025' | 'Mutaties 2025' over Dotatie /
Onttrekking / Vrijval | '31-12-2025' (the dates merged down over both header rows, negatives in brackets): the end
is the stand chain 1-1 + dotatie - onttrekking - vrijval, checked per line, as with 'Stand 1-1-2025' and 'Stand
31-12-2025'. Two dates side by side (a balans's '1-1-2025' | '31-12-2025') are no chain.
F: 'Nog in te vullen 2029' = 'Taakstelling 2029' - 'Ingevuld 2029' with Ingevuld 2026-2028 between them: a column
relation by the year the three titles share, wherever the two stand."""

from decimal import Decimal
from pathlib import Path

import pytest

from published_tables import print_named, workbook
from pyengine.audit import audit, main as audit_main

D = Decimal
BRACKETS = '#,##0;(#,##0);"-"'
STANDS = [  # (line, 1-1, dotatie, onttrekking, vrijval)
    ("Gemaal Noord", 1862240, 136100, 0, 0),
    ("Gemaal Oost", 1548360, 254700, -271803, -43300),
    ("Gemaal Zuid", 954100, 88000, -120450, 0),
    ("Stuw West", 310500, 41000, -12000, -5000),
]
DATES = [("1-1-2025", "31-12-2025"), ("01-01-2025", "31-12-2025"), ("1 januari 2025", "31 december 2025")]


def staat(start: str, end: str, altered: int = 0) -> list[list]:
    """The voorziening per object and its Totaal; `altered` added to Gemaal Zuid's stand at 31-12."""
    lines = [[name, begin, dot, ontt, vrij, begin + dot + ontt + vrij] for name, begin, dot, ontt, vrij in STANDS]
    total = ["Totaal voorziening", *(sum(line[k] for line in lines) for k in range(1, 6))]
    lines[2][5] += altered
    return [["Waterschap Polderland: verloop voorziening groot onderhoud"], ["Bedragen in euro's"], [],
            ["Object", start, "Mutaties 2025", None, None, end], [None, None, "Dotatie", "Onttrekking", "Vrijval"],
            *lines, total]


def staat_book(path: Path, start: str, end: str, altered: int = 0) -> Path:
    return workbook(path, staat(start, end, altered), number_format=BRACKETS, merges=("B4:B5", "C4:E4", "F4:F5"),
                    widths={"A": 24, "B": 16, "C": 14, "D": 14, "E": 14, "F": 16}, bold=(10,))


def taakstellingen(altered: int = 0) -> list[list]:
    """Taakstelling 2026-2029 | Ingevuld 2026-2029 | Nog in te vullen 2029; `altered` added to T02's Nog in te
    vullen."""
    raw = [("T01 Huisvesting", (100000, 200000, 300000, 400000), (100000, 150000, 250000, 300000)),
           ("T02 Digitalisering", (50000, 100000, 150000, 250000), (50000, 100000, 100000, 120000)),
           ("T03 Inhuur derden", (0, 150000, 150000, 150000), (0, 150000, 100000, 100000)),
           ("T04 Subsidies", (75000, 75000, 125000, 175000), (75000, 60000, 60000, 60000))]
    lines = [[name, *taak, *ingevuld, taak[3] - ingevuld[3]] for name, taak, ingevuld in raw]
    total = ["Totaal taakstellingen", *(sum(line[k] for line in lines) for k in range(1, 10))]
    lines[1][9] += altered
    return [["Monitor taakstellingen"], [],
            ["Taakstelling", *(f"Taakstelling {y}" for y in range(2026, 2030)),
             *(f"Ingevuld {y}" for y in range(2026, 2030)), "Nog in te vullen 2029"], *lines, total]


def taak_book(path: Path, altered: int = 0) -> Path:
    return workbook(path, taakstellingen(altered), widths={"A": 22, **{c: 17 for c in "BCDEFGHIJ"}}, bold=(8,))


def found(path: Path) -> list[tuple]:
    return [(f.row_label, f.column, f.expected, f.found) for f in audit(path).findings]


def columns_checked(path: Path) -> list[tuple]:
    return [(r.total, r.parts) for t in audit(path).tables for r in t.relations if r.axis == "column"]


@pytest.mark.parametrize("start, end", DATES)
def test_a_stand_titled_by_its_date_alone_is_the_chain_of_the_movements(tmp_path, start, end):
    clean = staat_book(tmp_path / "schoon.xlsx", start, end)
    assert columns_checked(clean) == [(end, (start, "Mutaties 2025 Dotatie", "Mutaties 2025 Onttrekking",
                                             "Mutaties 2025 Vrijval"))]
    assert found(clean) == [] and audit_main(str(clean)) == 0
    wrong = staat_book(tmp_path / "fout.xlsx", start, end, altered=1)
    # (the end stand altered on its line: its chain fails there, and the Totaal's sum of the ends under it)
    assert found(wrong) == [("Gemaal Zuid", end, D(921650), D(921651)),
                            ("Totaal voorziening", end, D(4742448), D(4742447))]
    assert audit_main(str(wrong)) == 1


def test_two_dates_side_by_side_are_two_stands_not_a_chain(tmp_path):
    """A balans at its start and end of the year: no movements between them, no chain (nor a total)."""
    rows = [["Balans"], [], ["Activa", "1-1-2025", "31-12-2025"], ["Gebouwen", 1000, 1200],
            ["Gronden", 500, 450], ["Vorderingen", 300, 320], ["Totaal activa", 1800, 1970]]
    path = workbook(tmp_path / "balans.xlsx", rows)
    assert columns_checked(path) == [] and found(path) == [] and audit_main(str(path)) == 0


def test_a_column_the_difference_of_two_of_its_year_apart_is_checked(tmp_path):
    clean = taak_book(tmp_path / "schoon.xlsx")
    assert columns_checked(clean) == [("Nog in te vullen 2029", ("Taakstelling 2029", "-Ingevuld 2029"))]
    assert found(clean) == [] and audit_main(str(clean)) == 0
    wrong = taak_book(tmp_path / "fout.xlsx", altered=1000)
    assert ("T02 Digitalisering", "Nog in te vullen 2029", D(130000), D(131000)) in found(wrong)
    assert audit_main(str(wrong)) == 1


@pytest.fixture(scope="module")
def printed(tmp_path_factory):
    folder = tmp_path_factory.mktemp("datums")
    sources = {f"staat {k}": staat_book(folder / f"staat{k}.xlsx", *DATES[k], altered=1) for k in (0, 2)}
    sources["staat schoon"] = staat_book(folder / "staatschoon.xlsx", *DATES[0])
    sources["taak"] = taak_book(folder / "taak.xlsx", altered=1000)
    sources["taak schoon"] = taak_book(folder / "taakschoon.xlsx")
    return print_named(sources)


def test_dated_stands_and_a_difference_of_its_year_printed_to_pdf_are_checked(printed):
    for k in (0, 2):
        end = DATES[k][1]
        assert found(printed[f"staat {k}"]) == [("Gemaal Zuid", end, D(921650), D(921651)),
                                                ("Totaal voorziening", end, D(4742448), D(4742447))]
    clean = printed["staat schoon"]
    # (the print centres 'Mutaties 2025' over Dotatie alone here: how the group title is spanned is not asked)
    assert [(total, parts[0], len(parts)) for total, parts in columns_checked(clean)] == [("31-12-2025", "1-1-2025", 4)]
    assert found(clean) == [] and audit_main(str(clean)) == 0
    assert ("T02 Digitalisering", "Nog in te vullen 2029", D(130000), D(131000)) in found(printed["taak"])
    assert columns_checked(printed["taak schoon"]) == [("Nog in te vullen 2029", ("Taakstelling 2029",
                                                                                  "-Ingevuld 2029"))]
    assert found(printed["taak schoon"]) == []


def test_dates_typed_as_titles_are_dates_not_figures(tmp_path):
    """Excel makes a typed '1-1-2025' a date: a number (45658) formatted as one. Read as a figure, the header row
    was a line of figures, the columns were named 'B' .. 'F' and the stand chain was lost (a new user's voorzieningen
    staat: a changed stand named no line). A date is a text: its day, month and year, as the Dutch write them."""
    import datetime as dt

    import openpyxl

    def book(path: Path, altered: int = 0) -> Path:
        rows = staat("1-1-2025", "31-12-2025", altered)
        rows[3][1], rows[3][5] = dt.datetime(2025, 1, 1), dt.datetime(2025, 12, 31)
        staat_book(path, "1-1-2025", "31-12-2025", altered)
        sheet_book = openpyxl.load_workbook(path)
        sheet = sheet_book.active
        sheet["B4"], sheet["F4"] = rows[3][1], rows[3][5]
        sheet["B4"].number_format = sheet["F4"].number_format = "d-m-yyyy"
        sheet_book.save(path)
        return path

    clean, wrong = audit(book(tmp_path / "clean.xlsx")), audit(book(tmp_path / "wrong.xlsx", altered=1))
    assert clean.verdict == "clean" and clean.tables[0].columns[0] == "1-1-2025" and \
        clean.tables[0].columns[-1] == "31-12-2025"
    assert [(f.row_label, f.column) for f in wrong.findings if f.kind == "sum"] == [("Gemaal Zuid", "31-12-2025")]
