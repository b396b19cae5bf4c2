"""pyengine audit on PDFs: a column of text between the figure columns (issue 18, e46; trial29 class D).

A paragraaf lokale heffingen prints Overnachtingen 2024 | 2025 | Heffingsgrondslag | Opgelegd | Oninbaar | Netto, the
Heffingsgrondslag a left-aligned text ('per persoon per nacht', 'forfaitair per standplaats') in a column of its own
between the figures, typed as published and printed by LibreOffice. In the PDF's text each 2025 figure runs into its
line's grondslag ('24.916' 'per persoon per nacht' a point and a half apart); read as one, the table was cut in two
over the same lines there: the second table's 'labels' were the figures glued to the texts, all its totals '(no
label)' checked as sums of them (expected 0), and a deleted line was reported without its label or column. The text
column is part of the table: the row labels stay those of the first column, and the text is neither a label nor a
figure."""

from pathlib import Path

import pytest
from openpyxl.styles import Alignment

from published_tables import audited, print_named, workbook

NUMBER = '[$-413]#,##0;-#,##0;"-"'
GROUPS = [("Hotels en pensions", [("Hotels binnenstad", 23133, 24916, 60287, 761),
                                  ("Hotels buitengebied", 95821, 100995, 245667, 248),
                                  ("Pensions en bed & breakfasts", 38627, 41595, 101226, 1965),
                                  ("Kortverhuur particuliere woningen", 69548, 67709, 162939, 2331)]),
          ("Recreatieparken", [("Bungalowparken", 11662, 10974, 20985, 58),
                               ("Vaste standplaatsen", None, None, 61634, 1660),
                               ("Camperplaatsen", 10348, 11457, 22116, 542)])]


def heffingen(path: Path, deleted: str | None = None) -> Path:
    """Accommodatievorm | Nachten 2024 | Nachten 2025 | Heffingsgrondslag (text, left-aligned) | Opgelegd 2025 |
    Oninbaar | Netto, a subtotal per group and a grand total (bold); a `deleted` line left out, its subtotal as
    printed."""
    rows: list[list] = [["Accommodatievorm", "Nachten 2024", "Nachten 2025", "Heffingsgrondslag", "Opgelegd 2025",
                         "Oninbaar", "Netto"]]
    bold, subtotals = [], []
    for head, lines in GROUPS:
        rows.append([head])
        subtotal = [0] * 5
        for label, before, now, opgelegd, oninbaar in lines:
            figures = [before, now, opgelegd, oninbaar, opgelegd - oninbaar]
            subtotal = [s + (f or 0) for s, f in zip(subtotal, figures)]
            if label != deleted:
                rows.append([label, before, now, "per persoon per nacht" if now else "forfaitair per standplaats",
                             *figures[2:]])
        rows.append([f"Subtotaal {head.lower()}", *subtotal[:2], None, *subtotal[2:]])
        bold.append(len(rows))
        subtotals.append(subtotal)
    total = [sum(s[k] for s in subtotals) for k in range(5)]
    rows.append(["Totaal toeristenbelasting", *total[:2], None, *total[2:]])
    bold.append(len(rows))

    def each(cell):
        if cell.column == 4 and cell.row > 1:
            cell.alignment = Alignment(horizontal="left")

    return workbook(path, rows, number_format=NUMBER, bold=bold, each=each,
                    widths={"A": 34, "B": 13, "C": 13, "D": 24, "E": 14, "F": 12, "G": 12})


@pytest.fixture(scope="module")
def printed(tmp_path_factory):
    folder = tmp_path_factory.mktemp("tekstkolom")
    return print_named({"clean": heffingen(folder / "heffingen.xlsx"),
                        "deleted": heffingen(folder / "heffingen-weg.xlsx", deleted="Hotels buitengebied")})


def test_the_clean_table_is_one_table_with_the_workbooks_columns(printed, capsys):
    """Before: two tables over the same lines, the second's three totals '(no label)' failing (expected 0)."""
    code, data = audited(printed["clean"], capsys)
    assert (code, data["verdict"], data["findings"]) == (0, "clean", [])
    _code, from_workbook = audited(printed["clean"].with_suffix(".xlsx"), capsys)
    assert [t["columns"] for t in data["tables"]] == [t["columns"] for t in from_workbook["tables"]] == \
        [["Nachten 2024", "Nachten 2025", "Opgelegd 2025", "Oninbaar", "Netto"]]


def test_a_deleted_line_is_reported_on_its_subtotal_in_every_column_as_from_the_workbook(printed, capsys):
    """Before: the subtotal was reported as '(no label)', its parts '24.916 per persoon per nacht' ..."""
    code, data = audited(printed["deleted"], capsys)
    _code, from_workbook = audited(printed["deleted"].with_suffix(".xlsx"), capsys)

    def found(report):
        return sorted((f["row_label"], f["column"], f["expected"], f["found"]) for f in report["findings"])

    assert code == 1
    assert found(data) == found(from_workbook)
    assert {f["row_label"] for f in data["findings"]} == {"Subtotaal hotels en pensions"}
    assert len(data["findings"]) == 5
