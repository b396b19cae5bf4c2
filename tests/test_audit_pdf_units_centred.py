"""pyengine audit on PDFs: units set by the number format and figures centred in their cells (issue 18, e48;
trial31 t03).

A winter service's evaluation prints Strooirondes | Zoutverbruik | Personeel | Materieel | Strooizout | Totaal
kosten per season, the counts and tons with their unit in the number format ('0" x"', '#,##0" ton"': '36 x',
'1.595 ton'). In the PDF's text 'ton' stands after every figure of its column, at one place, with figure columns after
it: read as the first word of a column of text between the figures (e46's mechanism for a left-aligned
'Heffingsgrondslag'), the total line's 'ton', set elsewhere, stayed on its figure and the total line's figures went one
column to the left (clean table: four false findings). Printed centred, a total wider than its column's lines
('1.546.100' over '146.597') ends further right than they do: it stood in a column of its own and the column's total
was never checked (an altered grand total went unreported)."""

from pathlib import Path

import pytest
from openpyxl.styles import Alignment

from published_tables import audited, print_named, workbook

EURO = '[$-413]#,##0'
SEASONS = [("Seizoen 2019/2020", 42, 2071, 191950, 136355, 224689),
           ("Seizoen 2020/2021", 23, 877, 123050, 119929, 70703),
           ("Seizoen 2021/2022", 22, 1052, 108006, 112592, 79966),
           ("Seizoen 2022/2023", 38, 1788, 169854, 144028, 186679),
           ("Seizoen 2023/2024", 17, 901, 93761, 111701, 88315),
           ("Seizoen 2024/2025", 61, 2809, 220863, 147726, 266065)]


def winter(path: Path, *, units: bool, centred: bool, extra: int = 0) -> Path:
    """Winterseizoen | Strooirondes | Zoutverbruik | Personeel (€) | Materieel (€) | Strooizout (€) | Totaal kosten
    (€), a bold 'Totaal 6 seizoenen' (its Personeel `extra` more than its lines); `units`: the counts and tons with
    their unit in the number format; `centred`: every figure centred in its cell."""
    rows: list[list] = [["Winterseizoen", "Strooirondes", "Zoutverbruik", "Personeel (€)", "Materieel (€)",
                         "Strooizout (€)", "Totaal kosten (€)"]]
    for label, rondes, zout, personeel, materieel, strooizout in SEASONS:
        rows.append([label, rondes, zout, personeel, materieel, strooizout, personeel + materieel + strooizout])
    total = [sum(r[k] for r in rows[1:]) for k in range(1, 7)]
    total[2] += extra
    rows.append(["Totaal 6 seizoenen", *total])
    formats = {2: '0" x"' if units else '0', 3: '[$-413]#,##0" ton"' if units else EURO}

    def each(cell):
        if cell.row > 1 and cell.column > 1:
            cell.number_format = formats.get(cell.column, EURO)
            if centred:
                cell.alignment = Alignment(horizontal="center")

    return workbook(path, rows, number_format=None, bold=[len(rows)], each=each,
                    widths={"A": 22, "B": 13, "C": 14, "D": 15, "E": 15, "F": 15, "G": 17})


@pytest.fixture(scope="module")
def printed(tmp_path_factory):
    folder = tmp_path_factory.mktemp("winter")
    return print_named({"units": winter(folder / "eenheden.xlsx", units=True, centred=True),
                        "centred": winter(folder / "gecentreerd.xlsx", units=False, centred=True),
                        "centred-altered": winter(folder / "gecentreerd-tot.xlsx", units=False, centred=True,
                                                  extra=100000)})


COLUMNS = ["Strooirondes", "Zoutverbruik", "Personeel (€)", "Materieel (€)", "Strooizout (€)", "Totaal kosten (€)"]


def test_a_unit_in_the_number_format_is_the_figures_not_a_text_column(printed, capsys):
    """Printed centred as well (the total line's 'ton' further right). Before (e46): 'ton' a text column between the
    figures, the total line's figures one column to the left: false findings on 'Totaal 6 seizoenen'."""
    code, data = audited(printed["units"], capsys)
    assert (code, data["verdict"], data["findings"]) == (0, "clean", [])
    assert [t["columns"] for t in data["tables"]] == [COLUMNS]


def test_a_centred_total_wider_than_its_lines_is_checked_in_their_column(printed, capsys):
    """Before: the total's figures in columns of their own, the grand total unchecked (an altered one unreported)."""
    code, data = audited(printed["centred"], capsys)
    assert (code, data["verdict"], data["findings"]) == (0, "clean", [])
    assert [t["columns"] for t in data["tables"]] == [COLUMNS]
    code, data = audited(printed["centred-altered"], capsys)
    assert code == 1
    # (its Totaal kosten, typed as the lines add up, no longer the sum of its own Personeel and the rest)
    assert [(f["row_label"], f["column"], int(f["found"]) - int(f["expected"])) for f in data["findings"]] == \
        [("Totaal 6 seizoenen", "Personeel (€)", 100000), ("Totaal 6 seizoenen", "Totaal kosten (€)", -100000)]
