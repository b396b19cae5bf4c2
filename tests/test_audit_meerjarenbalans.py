"""A gemeente's meerjarenbalans printed without sub-headings: under 'ACTIVA' and 'PASSIVA' the lines, the
subtotals 'Totaal vaste activa', 'Totaal vlottende activa' and 'Totaal activa'; under PASSIVA the reserves, the
gerealiseerd resultaat, 'Eigen vermogen' (their subtotal), Voorzieningen, Vaste schulden, 'Totaal vaste passiva',
then 'Netto vlottende schulden < 1 jaar' (a line, named netto), Overlopende passiva, 'Totaal vlottende passiva'
and 'Totaal passiva'. One column per year's end under 'Begroting / meerjarenraming'.

The clean table is clean (exit 0, the netto line a part of its total); Voorzieningen deleted is found at 'Totaal
vaste passiva' in every year (read over Eigen vermogen, not over the reserves again); 'Totaal activa' transposed
in one year is found there, once (the balans does not blame 'Totaal passiva', which its lines make). xlsx and PDF.
"""

from __future__ import annotations

import pytest

from published_tables import audited, print_named, widths_of, workbook

YEARS = ["31-12-2025", "31-12-2026", "31-12-2027", "31-12-2028"]
VASTE_A = [("Immateriële vaste activa", [1240, 1094, 859, 701]),
           ("Materiële vaste activa", [186430, 192627, 198861, 205012]),
           ("Financiële vaste activa", [14220, 13529, 12871, 12245])]
VLOTTEND_A = [("Voorraden (bouwgronden in exploitatie)", [12870, 10728, 8666, 6617]),
              ("Uitzettingen met een looptijd < 1 jaar", [15640, 15714, 15914, 15988]),
              ("Liquide middelen", [940, 955, 919, 977]),
              ("Overlopende activa", [6310, 6298, 6262, 6261])]
RESERVES = [("Algemene reserve", [38210, 37283, 36456, 35478]),
            ("Bestemmingsreserves", [27480, 26225, 24847, 23537]),
            ("Gerealiseerd resultaat", [0, 0, 0, 0])]
VOORZIENINGEN = ("Voorzieningen", [9860, 10245, 10587, 10939])
SCHULDEN = ("Vaste schulden met een rentetypische looptijd ≥ 1 jaar", [121400, 128847, 136190, 143648])
OVERLOPEND_P = ("Overlopende passiva", [9150, 9325, 9540, 9710])
NETTO = "Netto vlottende schulden < 1 jaar"


def total(lines):
    return [sum(v[k] for __, v in lines) for k in range(4)]


def rows(delete_voorzieningen=False, activa_2026=None):
    """The balans as published; `delete_voorzieningen`: that line's row removed (the totals as they were);
    `activa_2026`: 'Totaal activa' 31-12-2026 as printed."""
    va, vla = total(VASTE_A), total(VLOTTEND_A)
    activa = [a + b for a, b in zip(va, vla)]
    ev = total(RESERVES)
    tvp = total([("", ev), VOORZIENINGEN, SCHULDEN])
    netto = [activa[k] - tvp[k] - OVERLOPEND_P[1][k] for k in range(4)]
    tvlp = [netto[k] + OVERLOPEND_P[1][k] for k in range(4)]
    printed_activa = list(activa)
    if activa_2026 is not None:
        printed_activa[1] = activa_2026
    body = [["Gemeente Westerbroek"], ["Programmabegroting 2026 - Geprognosticeerde balans 2025-2028"],
            ["Bedragen x € 1.000"], [None, "Verwacht", "Begroting / meerjarenraming"], ["Balanspost", *YEARS],
            ["ACTIVA"]]
    body += [[n, *v] for n, v in VASTE_A] + [["Totaal vaste activa", *va]]
    body += [[n, *v] for n, v in VLOTTEND_A] + [["Totaal vlottende activa", *vla]]
    body += [["Totaal activa", *printed_activa], [], ["PASSIVA"]]
    body += [[n, *v] for n, v in RESERVES] + [["Eigen vermogen", *ev]]
    body += [[n, *v] for n, v in ([SCHULDEN] if delete_voorzieningen else [VOORZIENINGEN, SCHULDEN])]
    body += [["Totaal vaste passiva", *tvp], [NETTO, *netto], [OVERLOPEND_P[0], *OVERLOPEND_P[1]]]
    body += [["Totaal vlottende passiva", *tvlp], ["Totaal passiva", *[tvp[k] + tvlp[k] for k in range(4)]]]
    return body


def published(path, body):
    bold = [r for r, row in enumerate(body, start=1)
            if row and row[0] and (len(row) == 1 or str(row[0]).startswith(("Totaal", "Eigen vermogen")))]
    return workbook(path, body, title="meerjarenbalans", merges=["C4:E4"], widths=widths_of(28, 10, 4),
                    bold=bold, orientation="portrait")


VARIANTS = {"clean": {}, "del": {"delete_voorzieningen": True}, "tot": {"activa_2026": 204945}}


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    folder = tmp_path_factory.mktemp("meerjarenbalans")
    sources = {name: published(folder / f"meerjarenbalans-{name}.xlsx", rows(**kw)) for name, kw in VARIANTS.items()}
    return {"xlsx": sources, "pdf": print_named(sources)}


def findings(data):
    return sorted((f["row_label"], f["column"][-10:], f["expected"], f["found"]) for f in data["findings"])


def relations(data):
    # (a label wrapped in the PDF's narrow label column is read by its first line)
    return {r["total"]: (r["figures_failing"], [p[:30] for p in r["parts"]]) for t in data["tables"]
            for r in t["relations"] if r["axis"] == "row" and r["rule"] != "balans"}


KINDS = ["xlsx", "pdf"]


@pytest.mark.parametrize("kind", KINDS)
def test_meerjarenbalans_clean(files, kind, capsys):
    code, data = audited(files[kind]["clean"], capsys)
    assert (code, data["verdict"], data["findings"], data["not_verified"]) == (0, "clean", [], 0)
    found = relations(data)
    assert found["Eigen vermogen"] == (0, [n for n, __ in RESERVES])
    assert found["Totaal vaste passiva"] == (0, ["Eigen vermogen", VOORZIENINGEN[0], SCHULDEN[0][:30]])
    assert found["Totaal vlottende passiva"] == (0, [NETTO[:30], OVERLOPEND_P[0]])


@pytest.mark.parametrize("kind", KINDS)
def test_meerjarenbalans_line_deleted(files, kind, capsys):
    """Voorzieningen deleted: 'Totaal vaste passiva' exceeds Eigen vermogen + Vaste schulden in every year."""
    code, data = audited(files[kind]["del"], capsys)
    assert code == 1
    ev = total(RESERVES)
    assert findings(data) == sorted(("Totaal vaste passiva", YEARS[k], str(ev[k] + SCHULDEN[1][k]),
                                     str(ev[k] + SCHULDEN[1][k] + VOORZIENINGEN[1][k])) for k in range(4))


@pytest.mark.parametrize("kind", KINDS)
def test_meerjarenbalans_activa_transposed(files, kind, capsys):
    """'Totaal activa' 31-12-2026 240945 printed 204945: found there, not at 'Totaal passiva'."""
    code, data = audited(files[kind]["tot"], capsys)
    assert code == 1
    assert findings(data) == [("Totaal activa", "31-12-2026", "240945", "204945")]
