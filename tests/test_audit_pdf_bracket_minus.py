"""pyengine audit on PDFs: negatives printed as '(-) 1.234' (issue 18, e52; trial30 t06).

A municipality's accounts print the levies of its business improvement zones, the reductions and costs taken off as
'(-) 26.364' (number format `#,##0;"(-) "#,##0`): Opgelegd | Verminderingen | Oninbaar | Netto opbrengst (= the three) |
Perceptiekosten | Uitkering stichting (= netto + perceptiekosten). In the PDF '(-)' and the figure are one text that was
no figure: the three columns of negatives went into the lines' labels ('Totaal (-) 61.560 (-) 14.241 (-) 58.354'), the
row relations were not seen and the total's findings were named after that label."""

from pathlib import Path

import pytest

from published_tables import audited, print_named, workbook

BRACKET_MINUS = '[$-413]#,##0;"(-) "#,##0;"-"'
ZONES = [("BIZ Binnenstad", 706167, -26364, -5489, -20229), ("BIZ Stationsgebied", 79724, -1639, -936, -2314),
         ("BIZ Winkelcentrum De Schakel", 292346, -8355, -2200, -8453),
         ("BIZ Bedrijventerrein De Hoek", 93469, -3272, -425, -2693)]


def levies(path: Path, *, extra: int = 0, line_extra: int = 0) -> Path:
    """Zone | Opgelegd | Verminderingen | Oninbaar | Netto opbrengst | Perceptiekosten | Uitkering stichting, a bold
    'Totaal' (its Opgelegd `extra` more than its lines; the first line's Netto `line_extra` more than its parts)."""
    rows: list[list] = [["Zone", "Opgelegd (€)", "Verminderingen (€)", "Oninbaar (€)", "Netto opbrengst (€)",
                         "Perceptiekosten (€)", "Uitkering stichting (€)"]]
    for label, imposed, reduced, lost, costs in ZONES:
        net = imposed + reduced + lost
        rows.append([label, imposed, reduced, lost, net, costs, net + costs])
    rows[1][4] += line_extra
    rows[1][6] += line_extra
    total = [sum(r[k] for r in rows[1:]) for k in range(1, 7)]
    total[0] += extra
    rows.append(["Totaal", *total])
    return workbook(path, rows, number_format=BRACKET_MINUS, bold=[len(rows)],
                    widths={"A": 30, "B": 14, "C": 16, "D": 14, "E": 17, "F": 17, "G": 19})


@pytest.fixture(scope="module")
def printed(tmp_path_factory):
    folder = tmp_path_factory.mktemp("bracket")
    return print_named({"clean": levies(folder / "biz.xlsx"),
                        "total": levies(folder / "biz-tot.xlsx", extra=100000),
                        "line": levies(folder / "biz-p1.xlsx", line_extra=1000)})


COLUMNS = ["Opgelegd (€)", "Verminderingen (€)", "Oninbaar (€)", "Netto opbrengst (€)", "Perceptiekosten (€)",
           "Uitkering stichting (€)"]


def test_a_bracketed_minus_is_a_negative_figure(printed, capsys):
    """Before: three columns lost into the labels, the row relations unchecked."""
    code, data = audited(printed["clean"], capsys)
    assert (code, data["verdict"], data["findings"]) == (0, "clean", [])
    assert [t["columns"] for t in data["tables"]] == [COLUMNS]


def test_an_altered_total_beside_bracketed_negatives_is_named_totaal(printed, capsys):
    """Before: reported on the label 'Totaal (-) 39.630 (-) 9.050 (-) 33.689'."""
    code, data = audited(printed["total"], capsys)
    assert code == 1
    assert ("Totaal", "Opgelegd (€)") in {(f["row_label"], f["column"]) for f in data["findings"]}
    assert all(f["row_label"] == "Totaal" for f in data["findings"])


def test_a_line_whose_netto_is_not_its_parts_less_the_negatives(printed, capsys):
    """Netto opbrengst = Opgelegd + Verminderingen + Oninbaar, the negatives as printed with '(-)'."""
    code, data = audited(printed["line"], capsys)
    assert code == 1
    assert ("BIZ Binnenstad", "Netto opbrengst (€)") in {(f["row_label"], f["column"]) for f in data["findings"]}
