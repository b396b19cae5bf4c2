"""A saldo written as one word ('Begrotingssaldo', 'Structureel begrotingssaldo', 'Exploitatiesaldo', 'Jaarsaldo',
'Begrotingssaldo na bestemming') is a saldo as 'Saldo' is (issue 18, e2): a meerjarenraming per programma, lines of
lasten, 'Totaal lasten', lines of baten, 'Totaal baten', then the saldo = baten - lasten, and under it a structureel
saldo = that saldo - the incidentele posten. Clean: no findings, every saldo verified; +1 in a line of lasten or at
'Totaal lasten' (a part of the saldo): found at 'Totaal lasten' with its lines' sum, the saldo read; +1 at the saldo
itself: found at the saldo. Before, such a saldo was no saldo to the audit: nothing checked it."""

import json
from pathlib import Path

import openpyxl
import pytest
from openpyxl.styles import Alignment, Font

from pyengine.audit import main as audit_main
from test_audit_pdf_print import print_to_pdf

YEARS = [2026, 2027, 2028, 2029]
LASTEN = [("Salarissen en sociale lasten", [1842, 1879, 1917, 1955]),
          ("Inhuur derden", [312, 290, 275, 275]),
          ("Materiële lasten", [655, 668, 681, 695]),
          ("Kapitaallasten", [228, 241, 236, 230])]
BATEN = [("Rijksbijdragen", [1210, 1234, 1259, 1284]),
         ("Bijdragen deelnemers", [1620, 1652, 1685, 1719]),
         ("Overige opbrengsten", [143, 146, 149, 152])]
INCIDENTEEL = [75, 40, 0, -25]


def rows(saldo: str, structureel: str | None, lasten=None, saldo_plus=0, total_plus=0):
    """The table as published; `lasten` with a figure altered (the totals as they were), `saldo_plus` and
    `total_plus` added to 2027's saldo and Totaal lasten (the lines under them as they were)."""
    body = [["Lasten"]] + [[n, *v] for n, v in (lasten or LASTEN)]
    tl = [sum(v[k] for __, v in LASTEN) for k in range(4)]
    body += [["Totaal lasten", tl[0], tl[1] + total_plus, *tl[2:]], [], ["Baten"]] + [[n, *v] for n, v in BATEN]
    tb = [sum(v[k] for __, v in BATEN) for k in range(4)]
    body += [["Totaal baten", *tb], []]
    s = [tb[k] - tl[k] for k in range(4)]
    shown = list(s)
    shown[1] += saldo_plus
    body.append([saldo, *shown])
    if structureel:
        body += [["Incidentele baten en lasten", *INCIDENTEEL],
                 [structureel, *(s[k] - INCIDENTEEL[k] for k in range(4))]]
    return body


def fit(sheet) -> None:
    """Printed as a person prints it: fitted to the page width."""
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.page_setup.fitToWidth = 1; sheet.page_setup.fitToHeight = 0


def meerjarenraming(path: Path, body: list[list]) -> Path:
    book = openpyxl.Workbook(); s = book.active; s.title = "Programma 2"
    s.cell(1, 1, "Programma 2 Onderwijs en Jeugd").font = Font(bold=True, size=13)
    s.merge_cells("A1:E1")
    s.cell(2, 1, "Meerjarenraming (bedragen x € 1.000)"); s.merge_cells("A2:E2")
    s.cell(4, 1, "Omschrijving")
    for k, y in enumerate(YEARS, start=2):
        s.cell(4, k, y).alignment = Alignment(horizontal="right")
    for r, row in enumerate(body, start=5):
        for c, v in enumerate(row, start=1):
            cell = s.cell(r, c, v)
            if c > 1:
                cell.number_format = "#,##0"
            elif len(row) == 1:
                cell.font = Font(bold=True)
    s.column_dimensions["A"].width = 36
    for col in "BCDE": s.column_dimensions[col].width = 11
    fit(s); book.save(path); return path


PLUS = [LASTEN[0], ("Inhuur derden", [312, 291, 275, 275])] + LASTEN[2:]   # 2027's inhuur 290 -> 291
VARIANTS = {"begroting": ("Begrotingssaldo", "Structureel begrotingssaldo"),
            "exploitatie": ("Exploitatiesaldo", None),
            "jaar": ("Jaarsaldo", None),
            "bestemming": ("Begrotingssaldo na bestemming", None)}

@pytest.fixture(scope="module")
def files(tmp_path_factory):
    folder = tmp_path_factory.mktemp("saldo")
    sources = {}
    for name, (saldo, structureel) in VARIANTS.items():
        sources[f"{name}-clean"] = meerjarenraming(folder / f"{name}-clean.xlsx", rows(saldo, structureel))
        sources[f"{name}-line"] = meerjarenraming(folder / f"{name}-line.xlsx", rows(saldo, structureel, PLUS))
        sources[f"{name}-total"] = meerjarenraming(folder / f"{name}-total.xlsx",
                                                   rows(saldo, structureel, total_plus=1))
        sources[f"{name}-saldo"] = meerjarenraming(folder / f"{name}-saldo.xlsx",
                                                   rows(saldo, structureel, saldo_plus=1))
    return sources, print_to_pdf(tmp_path_factory, folder, sources)


def audited(path: Path, capsys) -> tuple[int, dict]:
    code = audit_main(str(path), as_json=True)
    return code, json.loads(capsys.readouterr().out)


def findings(data: dict) -> list[tuple]:
    return sorted((f["row_label"], f["column"], f["expected"], f["found"]) for f in data["findings"])


def relations(data: dict) -> dict:
    return {r["total"]: (r["figures_failing"], r["parts"]) for t in data["tables"] for r in t["relations"]
            if r["axis"] == "row"}


KINDS = ["xlsx", "pdf"]


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("variant", list(VARIANTS))
def test_compound_saldo_clean_verified(files, variant, kind, capsys):
    code, data = audited(files[kind == "pdf"][f"{variant}-clean"], capsys)
    assert (code, data["verdict"], data["findings"], data["not_verified"]) == (0, "clean", [], 0)
    saldo, structureel = VARIANTS[variant]
    found = relations(data)
    assert found[saldo][0] == 0 and sorted(found[saldo][1]) == ["-Totaal lasten", "Totaal baten"]
    if structureel:
        assert found[structureel] == (0, ["Begrotingssaldo", "-Incidentele baten en lasten"])


TL = sum(v[1] for __, v in LASTEN)   # 2027's Totaal lasten
TB = sum(v[1] for __, v in BATEN)


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("variant", list(VARIANTS))
@pytest.mark.parametrize("where", ["line", "total"])
def test_compound_saldo_plus_one_in_a_part(files, variant, where, kind, capsys):
    """+1 in a line of lasten (the totals as published) or at 'Totaal lasten', a part of the saldo: found at
    Totaal lasten, with its lines' sum; the saldo is read and checked (it holds on the totals as printed, or with
    Totaal lasten's true sum: one figure wrong is blamed once, where it is wrong)."""
    code, data = audited(files[kind == "pdf"][f"{variant}-{where}"], capsys)
    saldo = VARIANTS[variant][0]
    assert code == 1
    expected, found = (TL + 1, TL) if where == "line" else (TL, TL + 1)
    assert findings(data) == [("Totaal lasten", "2027", str(expected), str(found))]
    assert sorted(relations(data)[saldo][1]) == ["-Totaal lasten", "Totaal baten"]


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("variant", list(VARIANTS))
def test_compound_saldo_plus_one_at_the_saldo(files, variant, kind, capsys):
    code, data = audited(files[kind == "pdf"][f"{variant}-saldo"], capsys)
    saldo = VARIANTS[variant][0]
    assert code == 1
    assert findings(data) == [(saldo, "2027", str(TB - TL), str(TB - TL + 1))]
