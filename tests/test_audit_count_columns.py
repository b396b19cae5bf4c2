"""A count among the amounts (issue 18, e3): a personeelsbegroting per afdeling, 'Afdeling | Aantal fte | Loonkosten |
Sociale lasten | Totaal', its Totaal line summing the fte as it sums the euros. A column under a count's title
('Aantal', 'Aantal fte', 'fte') whose Totaal lies among its lines' figures was taken for an average and left
unchecked: a Totaal fte of 2,5 for 12,5 (a digit lost) went unreported. A count whose Totaal is no average of its
lines (plain or weighted by a column beside it) and is printed as its lines are (no more decimals) is checked as a sum;
an 'Aantal' whose Totaal is their average or is left blank stays unchecked, a 'Tarief' too, and a 'Gem. schaal' whose
Totaal is the (fte-weighted) average of its lines is what its title says: no finding, nothing NOT verified. As xlsx
(openpyxl) and as PDF printed by LibreOffice (one call)."""

import copy
import json
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from openpyxl.styles import Alignment, Font

from pyengine.audit import main as audit_main
from test_audit_pdf_print import print_to_pdf

D = Decimal
AMOUNT, FTE = "[$-413]#,##0", "[$-413]0.0"
# afdeling, fte, gemiddelde schaal, uurtarief, loonkosten, sociale lasten
STAFF = [("Bestuursondersteuning", 2.0, 9, 68, 118000, 35400),
         ("Financien en control", 3.5, 10, 74, 201000, 60300),
         ("Publiekszaken", 4.0, 8, 61, 196000, 58800),
         ("Ruimte en wonen", 3.0, 11, 79, 187500, 56250)]
FTE_TOTAL = sum(line[1] for line in STAFF)                                        # 12,5
GEM_SCHAAL = round(sum(line[1] * line[2] for line in STAFF) / FTE_TOTAL, 1)       # 9,4 (weighted by the fte)
COUNTS = [3, 5, 4, 3]                                                            # 'Aantal' (medewerkers), integers


def layout(kind: str, total_fte=FTE_TOTAL):
    """(titles, rows, formats) of the personeelsbegroting in one of its kinds."""
    money = [sum(line[4] for line in STAFF), sum(line[5] for line in STAFF)]
    money.append(money[0] + money[1])
    lines = [[line[0], line[4], line[5], line[4] + line[5]] for line in STAFF]
    titles, formats = ["Afdeling", "Loonkosten", "Sociale lasten", "Totaal"], [None, AMOUNT, AMOUNT, AMOUNT]
    extra = {"fte": ("Aantal fte", [line[1] for line in STAFF], total_fte, FTE),
             "gem": ("Gem. schaal", [line[2] for line in STAFF], GEM_SCHAAL, FTE),
             "aantal-gem": ("Aantal", COUNTS, round(sum(COUNTS) / len(COUNTS)), "0"),
             "aantal-leeg": ("Aantal", COUNTS, None, "0"),
             "tarief": ("Uurtarief", [line[3] for line in STAFF], round(sum(line[3] for line in STAFF) / 4), "0")}
    columns = [extra["fte"]] + ([extra[kind]] if kind != "fte" else [])
    totals = [total_fte] + [total for __, __, total, __ in columns[1:]]
    for k, (title, figures, __, number_format) in enumerate(columns):
        titles.insert(1 + k, title)
        formats.insert(1 + k, number_format)
        for line, figure in zip(lines, figures):
            line.insert(1 + k, figure)
    money = totals + money
    return titles, lines + [["Totaal", *money]], formats


def build(path: Path, titles, rows, formats) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Personeel"
    sheet.cell(1, 1, "Personeelsbegroting 2025 per afdeling").font = Font(bold=True)
    for c, title in enumerate(titles, start=1):
        sheet.cell(3, c, title).alignment = Alignment(wrap_text=True, horizontal="right" if c > 1 else None)
    for r, row in enumerate(rows, start=4):
        for c, value in enumerate(row, start=1):
            if value is not None:
                cell = sheet.cell(r, c, value)
                if formats[c - 1]:
                    cell.number_format = formats[c - 1]
    sheet.column_dimensions["A"].width = 28
    book.save(path)
    return path


CASES = {"fte": layout("fte"), "fte-plus": layout("fte", 13.5), "fte-digit": layout("fte", 2.5),
         "gem": layout("gem"), "aantal-gem": layout("aantal-gem"), "aantal-leeg": layout("aantal-leeg"),
         "tarief": layout("tarief")}


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    folder = tmp_path_factory.mktemp("personeel")
    books = {name: build(folder / f"{name}.xlsx", *case) for name, case in CASES.items()}
    return books, print_to_pdf(tmp_path_factory, folder, books)


def audited(path: Path, capsys) -> tuple[int, dict]:
    code = audit_main(str(path), as_json=True)
    return code, json.loads(capsys.readouterr().out)


@pytest.mark.parametrize("kind", ["xlsx", "pdf"])
@pytest.mark.parametrize("name", ["fte", "gem", "aantal-gem", "aantal-leeg", "tarief"])
def test_the_clean_personeelsbegroting_is_clean_its_fte_summed(files, name, kind, capsys):
    code, data = audited(files[kind == "pdf"][name], capsys)
    assert (code, data["verdict"], data["findings"], data["not_verified"]) == (0, "clean", [], 0)
    foot = [r for r in data["tables"][0]["relations"] if r["axis"] == "row" and r["total"] == "Totaal"]
    # the Totaal line checked over the fte and the three amounts, never over an average, a rate or a blank
    assert len(foot) == 1 and foot[0]["figures_checked"] == 4 and foot[0]["figures_failing"] == 0


@pytest.mark.parametrize("kind", ["xlsx", "pdf"])
@pytest.mark.parametrize("name, found", [("fte-plus", "13.5"), ("fte-digit", "2.5")])
def test_a_wrong_total_of_fte_is_found(files, name, found, kind, capsys):
    code, data = audited(files[kind == "pdf"][name], capsys)
    got = [(f["row_label"], f["column"], f["expected"], f["found"], f["kind"]) for f in data["findings"]]
    assert code == 1 and got == [("Totaal", "Aantal fte", "12.5", found, "sum")]
    assert data["not_verified"] == 0
