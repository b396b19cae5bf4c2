"""A gemeente's jaarrekening, programma Sociaal domein: Begroting na wijziging | Realisatie | Verschil | V/N, under
the headings 'Lasten' and 'Baten', then 'Saldo van baten en lasten'. The V/N column says voordelig or nadelig; the
Verschil beside it is read as its figures say (never a sign guessed):

- printed signed, realisatie - begroting (negatives in brackets), the V/N only repeating the direction (a lasten's
  overschrijding 155 N, a baten's meevaller 455 V): read as printed. A realisatie +1 is found at its Verschil with
  the expected figure in the printed sign (-323 where (324) is printed, not 323); a lasten line deleted leaves
  Totaal lasten's Verschil expected 1.720 (as printed, positive: nadelig), not -1.720;
- printed unsigned, the V/N giving the sign (voordeel positive: the lasten's begroting - realisatie, the baten's
  realisatie - begroting): read so, the clean table clean, a realisatie +1 found at its Verschil;
- figures that neither reading makes the difference of begroting and realisatie on most lines: the Verschil is NOT
  verified, with that reason, and no finding guessed at it.

xlsx and its print (PDF: LibreOffice prints the V/N against the figure, '(324) V').
"""

from __future__ import annotations

import pytest

from published_tables import audited, print_named, workbook

SIGNED = '[$-413]#,##0;(#,##0);"-"'
LASTEN = [("Wijkteams en toegang", 4812, 4967), ("Wmo hulp bij het huishouden", 6240, 6918),
          ("Wmo begeleiding en dagbesteding", 8935, 8611), ("Jeugdhulp zorg in natura", 15460, 17204),
          ("Jeugdhulp pgb", 1322, 1187), ("Participatiewet: uitkeringen (BUIG)", 18730, 18112),
          ("Maatschappelijke opvang", 1155, 1240)]
BATEN = [("Rijksbijdrage BUIG", 17965, 18420), ("Eigen bijdragen Wmo", 612, 548),
         ("Overige baten sociaal domein", 240, 312)]


def vn(difference, baten):
    """'N' for a lasten's overschrijding (realisatie above begroting), 'V' for a baten's meevaller; '' for none."""
    if not difference:
        return None
    return "V" if (difference > 0) == baten else "N"


def rows(signed=True, plus=0, delete=None, scramble=False):
    """The table; `plus`: added to the realisatie of 'Wmo begeleiding en dagbesteding' (its Verschil as it was);
    `delete`: a lasten line left out (the totals as they were); `scramble`: the Verschil of every line but the first
    of each section printed as a tenth of its begroting, no difference of the two."""
    def line(name, b, r, baten, k):
        d = r - b
        shown = d if signed else abs(d)
        if scramble and k:
            shown = b // 10
        return [name, b, r + (plus if name.startswith("Wmo begeleiding") else 0), shown, vn(d, baten)]

    body = [["Gemeente Brederwijk"], ["Jaarrekening 2025, programma 6 Sociaal domein"], ["x € 1.000"], [],
            ["Onderdeel", "Begroting 2025 na wijziging", "Realisatie 2025", "Verschil", "V/N"], ["Lasten"]]
    body += [line(n, b, r, False, k) for k, (n, b, r) in enumerate(LASTEN) if n != delete]
    tl = [sum(b for __, b, __ in LASTEN), sum(r for __, __, r in LASTEN)]
    dl = tl[1] - tl[0]
    body += [["Totaal lasten", *tl, dl if signed else abs(dl), vn(dl, False)], [], ["Baten"]]
    body += [line(n, b, r, True, k) for k, (n, b, r) in enumerate(BATEN)]
    tb = [sum(b for __, b, __ in BATEN), sum(r for __, __, r in BATEN)]
    db = tb[1] - tb[0]
    body += [["Totaal baten", *tb, db if signed else abs(db), vn(db, True)], []]
    saldo = [tb[0] - tl[0], tb[1] - tl[1]]
    ds = saldo[1] - saldo[0]
    body += [["Saldo van baten en lasten", *saldo, ds if signed else abs(ds), vn(ds, True)], [],
             ["V = voordelig, N = nadelig ten opzichte van de begroting na wijziging."]]
    return body


def published(path, body):
    bold = [r for r, row in enumerate(body, start=1) if row and str(row[0]).startswith(("Totaal", "Saldo"))]
    return workbook(path, body, title="Sociaal domein", number_format=SIGNED, widths={"A": 40, "B": 27, "C": 16, "D": 12, "E": 6},
                    bold=bold, orientation="portrait")


VARIANTS = {"signed": {}, "signed-p1": {"plus": 1}, "signed-del": {"delete": "Jeugdhulp pgb"},
            "unsigned": {"signed": False}, "unsigned-p1": {"signed": False, "plus": 1},
            "scrambled": {"scramble": True}}


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    folder = tmp_path_factory.mktemp("vn")
    sources = {name: published(folder / f"vn-{name}.xlsx", rows(**kw)) for name, kw in VARIANTS.items()}
    return {"xlsx": sources, "pdf": print_named(sources)}


def findings(data):
    return sorted((f["row_label"], f["column"], f["expected"], f["found"]) for f in data["findings"])


KINDS = ["xlsx", "pdf"]


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("name", ["signed", "unsigned"])
def test_clean(files, kind, name, capsys):
    code, data = audited(files[kind][name], capsys)
    assert (code, data["verdict"], data["findings"], data["not_verified"]) == (0, "clean", [], 0)
    verschil = [r for t in data["tables"] for r in t["relations"] if r["axis"] == "column"]
    assert verschil and all(r["total"] == "Verschil" and r["figures_failing"] == 0 for r in verschil)


@pytest.mark.parametrize("kind", KINDS)
def test_signed_realisatie_plus_one(files, kind, capsys):
    """Realisatie 8.611 -> 8.612 under a Verschil printed (324) V: expected -323 (as printed: realisatie -
    begroting), found -324; Totaal lasten's realisatie 1 short of its lines."""
    code, data = audited(files[kind]["signed-p1"], capsys)
    assert code == 1
    tl = sum(r for __, __, r in LASTEN)
    assert findings(data) == [("Totaal lasten", "Realisatie 2025", str(tl + 1), str(tl)),
                              ("Wmo begeleiding en dagbesteding", "Verschil", "-323", "-324")]


@pytest.mark.parametrize("kind", KINDS)
def test_signed_line_deleted(files, kind, capsys):
    """'Jeugdhulp pgb' (1.322 | 1.187 | (135) V) deleted: Totaal lasten's Verschil 1.585 N is expected 1.720 (as
    printed, positive), beside its begroting and realisatie."""
    code, data = audited(files[kind]["signed-del"], capsys)
    assert code == 1
    tl = [sum(b for __, b, __ in LASTEN), sum(r for __, __, r in LASTEN)]
    assert findings(data) == [("Totaal lasten", "Begroting 2025 na wijziging", str(tl[0] - 1322), str(tl[0])),
                              ("Totaal lasten", "Realisatie 2025", str(tl[1] - 1187), str(tl[1])),
                              ("Totaal lasten", "Verschil", str(tl[1] - tl[0] + 135), str(tl[1] - tl[0]))]
    assert tl[1] - tl[0] == 1585


@pytest.mark.parametrize("kind", KINDS)
def test_unsigned_realisatie_plus_one(files, kind, capsys):
    """The Verschil printed unsigned, the V/N its sign (voordeel positive): 324 V expected 323 V."""
    code, data = audited(files[kind]["unsigned-p1"], capsys)
    assert code == 1
    tl = sum(r for __, __, r in LASTEN)
    assert findings(data) == [("Totaal lasten", "Realisatie 2025", str(tl + 1), str(tl)),
                              ("Wmo begeleiding en dagbesteding", "Verschil", "323", "324")]


@pytest.mark.parametrize("kind", KINDS)
def test_neither_reading(files, kind, capsys):
    """Every other line's Verschil no difference of its begroting and realisatie, printed or with the V/N as sign:
    the Verschil NOT verified, with that reason; no finding at it, nothing said to hold in it."""
    code, data = audited(files[kind]["scrambled"], capsys)
    assert code == 1 and data["verdict"] == "not verified"
    assert [f for f in data["findings"] if f["column"] == "Verschil"] == []
    reasons = [u for t in data["tables"] for u in t["not_verified"]]
    assert [(u["total"], u["axis"]) for u in reasons] == [("Verschil", "column")]
    assert "V/N" in reasons[0]["reason"] and "'Begroting 2025 na wijziging'" in reasons[0]["reason"]
    assert not any(r["total"] == "Verschil" or "Verschil" in r["parts"]
                   for t in data["tables"] for r in t["relations"])
