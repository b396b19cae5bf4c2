"""pyengine audit on PDFs: a risk register of tall rows set at their top (issue 18, e46; trial29 class G).

A paragraaf weerstandsvermogen lists its risks with long descriptions, wrapped in their cells, everything top-aligned,
each row as tall as its description was estimated to take (a person sets the heights: two lines for a description
of more than one line's characters). LibreOffice prints some descriptions on fewer lines than their row was made
for ('Loonkostenstijging cao boven de indexatie in de begroting' on one line in a row of two): the next row then
starts a wrapped line's step further down than rows usually follow each other. Read as an empty row between, after a
line of the block was deleted that row stood apart from the rest of its block: the subtotal was checked over the
rows under it only (a wrong sum) and the row cut off was pushed into the grand total, which then failed (false
findings). The xlsx of the same table is right; so must the PDF be: the room under a row's text is the row's own,
an empty row stands a whole row apart."""

import math
from pathlib import Path

import pytest
from openpyxl.styles import Alignment, Font

from published_tables import audited, print_named, workbook

NUMBER = '[$-413]#,##0;-#,##0;"-"'
PERCENT = "0%"
WIDTH = 44   # the description column's width (characters)
RISKS = [("Sociaal domein", [
    ("R01", "Stijging volume en tarieven jeugdhulp boven de in de begroting opgenomen groei", 0.5, 680000),
    ("R02", "Open-einderegeling Wmo: toename aanvragen hulp bij het huishouden door het abonnementstarief", 0.25, 440000),
    ("R03", "Hogere lasten bijstand (BUIG) dan het budget door een stijgend bijstandsvolume", 0.25, 1215000)]),
    ("Bedrijfsvoering", [
        ("R04", "Loonkostenstijging cao boven de indexatie in de begroting", 0.5, 285000),
        ("R05", "Cyberincident met herstelkosten en tijdelijke uitval van systemen", 0.25, 850000),
        ("R06", "Aansprakelijkheidsclaims binnen het eigen risico van de verzekering", 0.1, 1730000)]),
    ("Verbonden partijen", [
        ("R07", "Tekort bij de veiligheidsregio door hogere kosten brandweerzorg", 0.25, 2390000),
        ("R08", "Aanspraak op de borgstelling voor de sportstichting", 0.1, 750000)])]


def register(path: Path, deleted: str | None = None) -> Path:
    """Nr. | Risico | Kans | Financieel effect (€) | Gewogen risico (€), a subtotal per domein, the total; every cell
    top-aligned, the descriptions wrapped, each risk's row as tall as its description's estimated lines; a `deleted`
    risk left out, its subtotal as printed."""
    rows: list[list] = [["Nr.", "Risico", "Kans", "Financieel effect (€)", "Gewogen risico (€)"]]
    bold, heights, subtotals = [1], {}, []
    for domain, risks in RISKS:
        rows.append([None, domain])
        bold.append(len(rows))
        for number, text, chance, effect in risks:
            if number != deleted:
                rows.append([number, text, chance, effect, round(effect * chance)])
                heights[len(rows)] = round(9 * 1.32 * math.ceil(len(text) / WIDTH) + 2, 1)
        subtotal = [sum(e for _n, _t, _c, e in risks), sum(round(e * c) for _n, _t, c, e in risks)]
        subtotals.append(subtotal)
        rows.append([None, f"Subtotaal {domain.lower()}", None, *subtotal])
        bold.append(len(rows))
        rows.append([])
    rows.append([None, "Totaal risico's", None, *(sum(s[k] for s in subtotals) for k in range(2))])
    bold.append(len(rows))

    def each(cell):
        cell.font = Font(name="Arial", size=9, bold=cell.row in bold)
        cell.alignment = Alignment(horizontal="left" if cell.column <= 2 else "right", vertical="top",
                                   wrap_text=cell.column == 2)
        if cell.column == 3 and cell.row > 1:
            cell.number_format = PERCENT

    def style(sheet):
        for r, height in heights.items():
            sheet.row_dimensions[r].height = height

    return workbook(path, rows, number_format=NUMBER, each=each, style=style, orientation="portrait",
                    widths={"A": 5, "B": WIDTH, "C": 7, "D": 14, "E": 14})


@pytest.fixture(scope="module")
def printed(tmp_path_factory):
    folder = tmp_path_factory.mktemp("risicos")
    return print_named({"clean": register(folder / "risicos.xlsx"),
                        "deleted": register(folder / "risicos-weg.xlsx", deleted="R05")})


def found(report: dict) -> list[tuple]:
    return sorted((f["row_label"], f["column"], f["expected"], f["found"]) for f in report["findings"])


def test_the_clean_register_reads_clean(printed, capsys):
    code, data = audited(printed["clean"], capsys)
    assert (code, data["verdict"], data["findings"]) == (0, "clean", [])


def test_a_deleted_risk_fails_its_subtotal_only_as_from_the_workbook(printed, capsys):
    """Before: 'Subtotaal bedrijfsvoering' checked over R06 alone (expected 1,730,000 instead of 2,015,000) and
    "Totaal risico's" over the subtotals and R04 (2 false findings)."""
    code, data = audited(printed["deleted"], capsys)
    _code, from_workbook = audited(printed["deleted"].with_suffix(".xlsx"), capsys)
    assert code == 1
    assert [(f[0], f[2]) for f in found(data)] == [("Subtotaal bedrijfsvoering", "2015000"),
                                                    ("Subtotaal bedrijfsvoering", "315500")]
    assert [(f[0], f[2], f[3]) for f in found(data)] == [(f[0], f[2], f[3]) for f in found(from_workbook)]
