"""A saldo written as one word ('Begrotingssaldo', 'Structureel begrotingssaldo', 'Exploitatiesaldo', 'Jaarsaldo',
'Begrotingssaldo na bestemming') is a saldo as 'Saldo' is (issue 18, e2): a meerjarenraming per programma, lines of
lasten, 'Totaal lasten', lines of baten, 'Totaal baten', then the saldo = baten - lasten, and under it a structureel
saldo = that saldo - the incidentele posten. Clean: no findings, every saldo verified; +1 in a line of lasten or at
'Totaal lasten' (a part of the saldo): found at 'Totaal lasten' with its lines' sum, the saldo read; +1 at the saldo
itself: found at the saldo. Before, such a saldo was no saldo to the audit: nothing checked it.

And a balans printed in one figure column (one year): a +1 in a reserve line is found at 'Totaal eigen vermogen' with
its lines' sum (the totals above it hold on it as printed), also where that subtotal is labelled just 'Eigen vermogen'
under its lines (before: read as a plain line, the +1 passed clean)."""

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

# ------------------------------------------------------------------------------------------------------------------
# The balans in one column
ACTIVA = [("Immateriële vaste activa", 412), ("Materiële vaste activa", 84217), ("Financiële vaste activa", 6350)]
VLOTTEND = [("Voorraden", 2180), ("Uitzettingen met een rentetypische looptijd korter dan één jaar", 9644),
            ("Liquide middelen", 1215), ("Overlopende activa", 5320)]
RESERVES = [("Algemene reserve", 18450), ("Bestemmingsreserves", 22310), ("Gerealiseerd resultaat", 1875)]
VOORZ = ("Voorzieningen", 7420)
VASTE_SCHULDEN = ("Vaste schulden met een rentetypische looptijd van één jaar of langer", 41200)
VLOTTEND_P = [("Netto-vlottende schulden met een rentetypische looptijd korter dan één jaar", 12644),
              ("Overlopende passiva", 5439)]


def balans_rows(reserves=RESERVES, bare=False):
    tva = sum(v for __, v in ACTIVA); tvl = sum(v for __, v in VLOTTEND)
    body = [["ACTIVA"], ["Vaste activa"]] + [[n, v] for n, v in ACTIVA] + [["Totaal vaste activa", tva], []]
    body += [["Vlottende activa"]] + [[n, v] for n, v in VLOTTEND] + [["Totaal vlottende activa", tvl], []]
    body += [["Totaal activa", tva + tvl], [], ["PASSIVA"], ["Vaste passiva"]]
    ev = sum(v for __, v in reserves)
    ev_true = sum(v for __, v in RESERVES)
    if not bare:
        body.append(["Eigen vermogen"])
    body += [[n, v] for n, v in reserves]
    body.append(["Eigen vermogen" if bare else "Totaal eigen vermogen", ev_true])
    body += [[VOORZ[0], VOORZ[1]], [VASTE_SCHULDEN[0], VASTE_SCHULDEN[1]]]
    tvp = ev_true + VOORZ[1] + VASTE_SCHULDEN[1]
    tvlp = sum(v for __, v in VLOTTEND_P)
    body += [["Totaal vaste passiva", tvp], [], ["Vlottende passiva"]] + [[n, v] for n, v in VLOTTEND_P]
    body += [["Totaal vlottende passiva", tvlp], [], ["Totaal passiva", tvp + tvlp]]
    assert tvp + tvlp == tva + tvl
    return body


def balans(path: Path, body: list[list]) -> Path:
    book = openpyxl.Workbook(); s = book.active; s.title = "Balans"
    s.cell(1, 1, "Balans per 31 december 2025 (bedragen x € 1.000)").font = Font(bold=True)
    s.merge_cells("A1:B1")
    s.cell(3, 2, "31-12-2025").alignment = Alignment(horizontal="right")
    for r, row in enumerate(body, start=4):
        for c, v in enumerate(row, start=1):
            cell = s.cell(r, c, v)
            if c > 1:
                cell.number_format = "#,##0"
            elif len(row) == 1:
                cell.font = Font(bold=True)
    s.column_dimensions["A"].width = 70; s.column_dimensions["B"].width = 12
    fit(s); book.save(path); return path


PLUS_RES = [RESERVES[0], ("Bestemmingsreserves", 22311), RESERVES[2]]
TRUE_EV = sum(v for __, v in RESERVES)


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
    for bare in (False, True):
        tag = "bare" if bare else "totaal"
        sources[f"balans-{tag}-clean"] = balans(folder / f"balans-{tag}-clean.xlsx", balans_rows(bare=bare))
        sources[f"balans-{tag}-plus"] = balans(folder / f"balans-{tag}-plus.xlsx", balans_rows(PLUS_RES, bare))
    return sources, print_to_pdf(tmp_path_factory, folder, sources)


def audited(path: Path, capsys) -> tuple[int, dict]:
    code = audit_main(str(path), as_json=True)
    return code, json.loads(capsys.readouterr().out)


def findings(data: dict) -> list[tuple]:
    return sorted((f["row_label"], f["column"], f["expected"], f["found"]) for f in data["findings"])


def kinds(data: dict) -> list[tuple]:
    return sorted((f["row_label"], f["kind"]) for f in data["findings"])


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
    wrong = [("Totaal lasten", "2027", str(expected), str(found))]
    if where == "line":  # the saldo holds on the totals as printed
        assert findings(data) == wrong
        assert kinds(data) == [("Totaal lasten", "sum")]
    else:  # the saldo fails as printed (its parts make 1 less) only through Totaal lasten: a 'follows' finding
        assert findings(data) == sorted(wrong + [(saldo, "2027", str(TB - TL - 1), str(TB - TL))])
        assert kinds(data) == sorted([("Totaal lasten", "sum"), (saldo, "follows")])
        assert relations(data)[saldo][0] == 1
    assert sorted(relations(data)[saldo][1]) == ["-Totaal lasten", "Totaal baten"]


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("variant", list(VARIANTS))
def test_compound_saldo_plus_one_at_the_saldo(files, variant, kind, capsys):
    code, data = audited(files[kind == "pdf"][f"{variant}-saldo"], capsys)
    saldo, structureel = VARIANTS[variant]
    assert code == 1
    wrong = [(saldo, "2027", str(TB - TL), str(TB - TL + 1))]
    if not structureel:
        assert findings(data) == wrong
        assert kinds(data) == [(saldo, "sum")]
    else:  # the structureel saldo under it fails as printed (its parts make 1 more) only through the saldo
        s = TB - TL - INCIDENTEEL[1]
        assert findings(data) == sorted(wrong + [(structureel, "2027", str(s + 1), str(s))])
        assert kinds(data) == sorted([(saldo, "sum"), (structureel, "follows")])


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("tag", ["totaal", "bare"])
def test_balans_one_column_clean(files, tag, kind, capsys):
    code, data = audited(files[kind == "pdf"][f"balans-{tag}-clean"], capsys)
    assert (code, data["verdict"], data["findings"], data["not_verified"]) == (0, "clean", [], 0)
    found = relations(data)
    label = "Eigen vermogen" if tag == "bare" else "Totaal eigen vermogen"
    assert found[label] == (0, [n for n, __ in RESERVES])


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("tag", ["totaal", "bare"])
def test_balans_one_column_plus_one_in_a_reserve(files, tag, kind, capsys):
    code, data = audited(files[kind == "pdf"][f"balans-{tag}-plus"], capsys)
    label = "Eigen vermogen" if tag == "bare" else "Totaal eigen vermogen"
    assert code == 1
    # the reserve 22.310 -> 22.311: Totaal eigen vermogen is 1 short of its lines; the totals above it add up
    # with the subtotal as printed
    assert findings(data) == [(label, "31-12-2025", str(TRUE_EV + 1), str(TRUE_EV))]
