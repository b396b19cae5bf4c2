"""Stand chains (issue 18): Stand 1 januari + toevoegingen - onttrekkingen = Stand 31 december, as reserves and
voorzieningen tables print them: lines down the rows with the years across; a staat van reserves per year, each
year's block under a year printed in the label column; and a total over one line left with a figure where that
line is now empty. Each table typed as a person types it (openpyxl, figures, no formulas)."""

from decimal import Decimal
from pathlib import Path

import pytest

from published_tables import print_named, widths_of, workbook as typed
from pyengine.audit import audit, main as audit_main

D = Decimal


def workbook(path: Path, rows: list[list], widths: dict | None = None) -> Path:
    """The table typed plain: no number formats; with `widths` (to be printed: the titles whole, no title cut
    short) landscape, one page wide."""
    return typed(path, rows, number_format=None, widths=widths, orientation="landscape" if widths else None,
                 fit=bool(widths))


def found(path: Path) -> list[tuple]:
    return [(f.place, f.column, f.expected, f.found) for f in audit(path).findings]


def years_across(end: list[int], onttrekkingen: list[int] = (100, 100, 50)) -> list[list]:
    """Lines down the rows, 2026..2028 across (row 4 the years, rows 5..8 the chain)."""
    return [["Meerjarig overzicht reserves"], [], [None, "2026", "2027", "2028"],
            ["Stand 1 januari", 1000, 1100, 1150], ["Toevoegingen", 200, 150, 100],
            ["Onttrekkingen", *onttrekkingen], ["Stand 31 december", *end]]


def test_a_stand_chain_down_the_rows_failing_in_every_year_is_reported_as_the_chain(tmp_path):
    """'Stand 31 december' +10 in every year: no mix of signs holds in two figures, so the chain was no candidate
    and the plain sum was reported (expected 1.300 where 1.100 is meant: the onttrekkingen added). The labels say
    it is the chain (a start, movements whose words give their signs, an end): reported as the chain."""
    clean = workbook(tmp_path / "schoon.xlsx", years_across([1100, 1150, 1200]))
    assert found(clean) == [] and audit_main(str(clean)) == 0
    wrong = workbook(tmp_path / "fout.xlsx", years_across([1110, 1160, 1210]))
    assert found(wrong) == [("B7", "2026", D(1100), D(1110)), ("C7", "2027", D(1150), D(1160)),
                            ("D7", "2028", D(1200), D(1210))]
    assert [r.parts for r in audit(wrong).tables[0].relations] == [
        ("Stand 1 januari", "Toevoegingen", "-Onttrekkingen")]
    assert audit_main(str(wrong)) == 1
    # one year of one column: the same
    one = workbook(tmp_path / "een.xlsx", [row[:2] for row in years_across([1110, 1160, 1210])])
    assert found(one) == [("B7", "2026", D(1100), D(1110))] and audit_main(str(one)) == 1


@pytest.mark.parametrize("labels", [("Saldo per 1-1", "Dotaties", "Aanwendingen", "Saldo per 31-12"),
                                    ("Boekwaarde 1 januari", "Investeringen", "Afschrijvingen",
                                     "Boekwaarde 31 december")])
def test_the_chain_the_labels_give_beats_a_plain_sum_missing_by_less(tmp_path, labels):
    """'Saldo per 31-12' is called a total ('saldo'): its plain sum was admitted as well, and failing in every
    figure it won by missing by less (Saldo per 1-1 3.193 + 0 + 713 = 3.906 against 3.480, where 2.480 + 1.000 was
    altered). The chain its labels give is preferred to a relation explaining no more figures."""
    rows = [["Verloop"], [], [None, "2026", "2027"], [labels[0], 3193, 2480], [labels[1], 0, 210],
            [labels[2], 713, 559], [labels[3], 3480, 3131]]
    assert found(workbook(tmp_path / "fout.xlsx", rows)) == [("B7", "2026", D(2480), D(3480)),
                                                              ("C7", "2027", D(2131), D(3131))]
    rows[-1][1:] = [2480, 2131]
    assert found(workbook(tmp_path / "schoon.xlsx", rows)) == []


def test_onttrekkingen_printed_with_their_minus_count_as_printed_in_the_chain(tmp_path):
    """An onttrekking printed -100 is taken off already: the chain adds it (expected 1.100, not 1.300)."""
    wrong = workbook(tmp_path / "min.xlsx", years_across([1110, 1160, 1210], [-100, -100, -50]))
    assert found(wrong) == [("B7", "2026", D(1100), D(1110)), ("C7", "2027", D(1150), D(1160)),
                            ("D7", "2028", D(1200), D(1210))]


def test_each_reserves_chain_under_its_heading_is_its_own_chain(tmp_path):
    """A chain per reserve, each under its heading; the first reserve's end altered in both years."""
    rows = [["Verloop reserves"], [], [None, "2026", "2027"], ["Algemene reserve"],
            ["Stand 1 januari", 1000, 1100], ["Toevoegingen", 200, 150], ["Onttrekkingen", 100, 100],
            ["Stand 31 december", 1110, 1160], ["Egalisatiereserve"], ["Stand 1 januari", 500, 450],
            ["Toevoegingen", 50, 60], ["Onttrekkingen", 100, 110], ["Stand 31 december", 450, 400]]
    assert found(workbook(tmp_path / "fout.xlsx", rows)) == [("B8", "2026", D(1100), D(1110)),
                                                              ("C8", "2027", D(1150), D(1160))]


def staat(year_as_text: bool) -> list[list]:
    """'Staat van reserves' with each year's block under its year, printed in the label column (rows 4 and 10), the
    columns Stand 1-1 | Toevoegingen | Onttrekkingen | Stand 31-12 titled once, above the first block."""
    rows = [["Staat van reserves 2026-2027"], [],
            ["Reserve", "Stand 1-1", "Toevoegingen", "Onttrekkingen", "Stand 31-12"]]
    for year, reserves in ((2026, [("Algemene reserve", 1200, 150, 80), ("Egalisatiereserve", 450, 60, 110),
                                   ("Reserve huisvesting", 900, 0, 45)]),
                           (2027, [("Algemene reserve", 1270, 140, 95), ("Egalisatiereserve", 400, 75, 60),
                                   ("Reserve huisvesting", 855, 0, 45)])):
        rows.append([str(year) if year_as_text else year])
        block = [[name, begin, plus, minus, begin + plus - minus] for name, begin, plus, minus in reserves]
        rows += block + [["Totaal reserves", *(sum(r[k] for r in block) for k in range(1, 5))], []]
    return rows[:-1]


@pytest.mark.parametrize("year_as_text", [False, True])
def test_a_staat_van_reserves_per_year_is_one_table_and_the_second_years_chain_is_checked(tmp_path, year_as_text):
    """The second year's block (after an empty row, under '2027' in the label column) was a table of its own
    without column titles: its chain Stand 1-1 + Toevoegingen - Onttrekkingen = Stand 31-12 was never checked (an
    altered Stand 31-12 there exited 0). A year beside the labels heads a block; it titles no column."""
    rows = staat(year_as_text)
    clean = workbook(tmp_path / "schoon.xlsx", rows)
    report = audit(clean)
    assert len(report.tables) == 1 and report.tables[0].columns == (
        "Stand 1-1", "Toevoegingen", "Onttrekkingen", "Stand 31-12")
    described = [r.describe() for r in report.tables[0].relations]
    assert "column 'Stand 31-12' = Stand 1-1, Toevoegingen, -Onttrekkingen: holds" in described
    assert sum(d.startswith("row 'Totaal reserves' = Algemene reserve") for d in described) == 2
    assert found(clean) == [] and audit_main(str(clean)) == 0
    rows[11][4] += 10  # Egalisatiereserve 2027 (row 12): 415 printed 425
    # (its block's Totaal reserves, 2.540, fails as printed, its lines making 2.550, only through it: 'follows')
    wrong = workbook(tmp_path / "fout.xlsx", rows)
    assert found(wrong) == [("E12", "Stand 31-12", D(415), D(425)), ("E14", "Stand 31-12", D(2550), D(2540))]
    assert [f.kind for f in audit(wrong).findings] == ["sum", "follows"] and audit_main(str(wrong)) == 1
    rows[11][4] -= 10
    rows[5][4] += 10  # and in the first year's block (row 6), as before
    first = workbook(tmp_path / "eerste.xlsx", rows)
    assert found(first) == [("E6", "Stand 31-12", D(400), D(410)), ("E8", "Stand 31-12", D(2535), D(2525))]
    assert [f.kind for f in audit(first).findings] == ["sum", "follows"]


def one_reserve(toevoegingen: int | None) -> list[list]:
    """Reserves per programme; 'Algemene dekkingsmiddelen' a group of one reserve (row 11) under its heading, its
    total on row 12 with toevoegingen 455.077 (the group's other reserve deleted)."""
    return [["Reserves per programma"], [],
            ["Reserve", "Saldo 1 januari 2025", "Toevoegingen", "Onttrekkingen", "Saldo 31 december 2025"],
            ["Programma 1 Veiligheid"], ["Reserve brandweer", 861207, 281614, 180337, 962484],
            ["Reserve veiligheidshuis", 3970181, 407480, 689925, 3687736],
            ["Totaal programma 1", 4831388, 689094, 870262, 4650220],
            [], ["Algemene dekkingsmiddelen"], ["Reserve weerstandsvermogen", 2940395, toevoegingen, None, 2940395 + (toevoegingen or 0)],
            ["Totaal algemene dekkingsmiddelen", 2940395, 455077, None, 3395472]]


def test_a_total_over_its_one_line_empty_where_the_total_has_a_figure_is_held_to_0_there(tmp_path):
    """Trial5 g4: after a line was deleted, 'Totaal algemene dekkingsmiddelen' stood with 455.077 toevoegingen over
    its one remaining reserve, empty there: not compared, so not reported (its other figures were). Its lines,
    here its one line, make 0: a finding, expected 0."""
    clean = workbook(tmp_path / "schoon.xlsx", one_reserve(455077))
    assert found(clean) == [] and audit_main(str(clean)) == 0
    deleted = workbook(tmp_path / "geschrapt.xlsx", one_reserve(None))
    assert ("C11", "Toevoegingen", D(0), D(455077)) in found(deleted)
    assert audit_main(str(deleted)) == 1


# ---------------------------------------------------------------------------------------------------------------
# The same tables printed to PDF by LibreOffice


@pytest.fixture(scope="module")
def printed(tmp_path_factory):
    folder = tmp_path_factory.mktemp("standen")
    wrong_staat = staat(True)
    wrong_staat[11][4] += 10
    tables = {"years across": years_across([1110, 1160, 1210]), "staat": wrong_staat,
              "staat schoon": staat(False), "one reserve": one_reserve(None)}
    sources = {}
    for i, (name, rows) in enumerate(tables.items()):
        sources[name] = workbook(folder / f"tabel{i}.xlsx", rows, widths_of(34, 22, "BCDE"))
    return print_named(sources)


def test_stand_chains_printed_to_pdf_are_checked_as_in_the_workbook(printed):
    assert found(printed["years across"]) == [
        ("page 1, line 6", "2026", D(1100), D(1110)), ("page 1, line 6", "2027", D(1150), D(1160)),
        ("page 1, line 6", "2028", D(1200), D(1210))]
    assert found(printed["staat"]) == [("page 1, line 10", "Stand 31-12", D(415), D(425)),
                                       ("page 1, line 12", "Stand 31-12", D(2550), D(2540))]
    assert [f.kind for f in audit(printed["staat"]).findings] == ["sum", "follows"]
    # (its years typed as numbers: the print sets them right, over the first column of figures)
    clean = printed["staat schoon"]
    assert [t.columns for t in audit(clean).tables] == [("Stand 1-1", "Toevoegingen", "Onttrekkingen", "Stand 31-12")]
    assert found(clean) == [] and audit_main(str(clean)) == 0
    assert ("page 1, line 9", "Toevoegingen", D(0), D(455077)) in found(printed["one reserve"])
