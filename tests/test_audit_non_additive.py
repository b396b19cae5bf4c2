"""Columns that are no amounts in published staten (issue 18, e5): a staat van investeringskredieten, leningen u/g,
gewaarborgde geldleningen, subsidies. Beside the amounts ('Krediet', 'Uitgaven t/m 2024', 'Uitgaven 2025', 'Totaal
uitgaven', 'Restant krediet', 'Saldo') stand a 'Nr.' or 'Projectnr.' left of the labels, years right of them ('Jaar
besluit', 'Raadsbesluit', 'Jaar gereed', in no order, or all different), a term, a rate ('Rente', the Totaal printing
the average rate), a 'Percentage' among the amounts, 'Aantal' and 'Fte'. None of them is ever summed or made a total's
part (no 'year out of sequence' in a column of besluit years); the row totals across ('Totaal uitgaven', 'Restant
krediet') are checked per line over the amounts only, the Totaal line's amounts as usual. A column whose Totaal figure
lies between its lines' figures under a title that says nothing is NOT verified, with its reason. As xlsx (openpyxl,
typed values) and as PDF printed by LibreOffice (all in one call)."""

import copy
import datetime
import json
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl.styles import Alignment

from published_tables import audited, print_named, workbook


def _investering(n, name, year, krediet, t24, u25, gereed):
    return [n, name, year, krediet, t24, u25, t24 + u25, krediet - t24 - u25, gereed]


def _total(label, lines, width, columns, extra=None):
    row = [None, label] + [sum(line[i] for line in lines) if i in columns else None for i in range(2, width)]
    for i, value in (extra or {}).items():
        row[i] = value
    return row


# 1. A staat van investeringskredieten: Nr. | Omschrijving | Jaar besluit | amounts | Jaar gereed, per programma
INV_TITLES = ["Nr.", "Omschrijving", "Jaar besluit", "Krediet", "Uitgaven t/m 2024", "Uitgaven 2025",
              "Totaal uitgaven", "Restant krediet", "Jaar gereed"]
P1 = [_investering(1, "Vervanging brandweerkazerne Noord", 2021, 2450000, 1830000, 412000, 2026),
      _investering(2, "Herinrichting Marktplein", 2022, 1200000, 640000, 385000, 2025),
      _investering(3, "Reconstructie Stationsweg", 2023, 3100000, 250000, 1640000, 2027)]
P2 = [_investering(4, "Nieuwbouw IKC De Linde", 2020, 6800000, 5210000, 1390000, 2025),
      _investering(5, "Uitbreiding sporthal Oost", 2024, 950000, 0, 310000, 2026),
      _investering(6, "Vervanging kunstgrasvelden", 2023, 780000, 405000, 290000, 2025)]
INV_AMOUNTS = (3, 4, 5, 6, 7)
INV_FORMATS = ["0", None, "0", "#,##0", "#,##0", "#,##0", "#,##0", "#,##0", "0"]
INV_FLAT = P1 + P2 + [_total("Totaal", P1 + P2, 9, INV_AMOUNTS)]
INV_GROUPED = ([[None, "Programma 1 Veiligheid en bereikbaarheid"]] + P1
               + [_total("Subtotaal programma 1", P1, 9, INV_AMOUNTS)]
               + [[None, "Programma 2 Onderwijs en sport"]] + P2 + [_total("Subtotaal programma 2", P2, 9, INV_AMOUNTS)]
               + [_total("Totaal", P1 + P2, 9, INV_AMOUNTS)])

# 2. Projectnummers, the years of besluit all different, a 'Percentage' (of the krediet spent) among the amounts
PRJ_TITLES = ["Projectnr.", "Omschrijving", "Jaar van besluit", "Krediet", "Uitgaven t/m 2024", "Uitgaven 2025",
              "Percentage", "Restant krediet", "Jaar gereed"]
PRJ = [[7100123 + 8 * i, line[1], 2019 + i, line[3], line[4], line[5], round(100 * line[6] / line[3]), line[7], line[8]]
       for i, line in enumerate(P1 + P2[:2])]
PRJ_ROWS = PRJ + [_total("Totaal", PRJ, 9, (3, 4, 5, 7))]
PRJ_FORMATS = ["0", None, "0", "#,##0", "#,##0", "#,##0", "0", "#,##0", "0"]

# 3. Leningen u/g: Nr. | Geldnemer | Ingangsdatum | Looptijd | Rente (the Totaal: the average weighted by the saldo)
LEN_TITLES = ["Nr.", "Geldnemer", "Ingangsdatum", "Looptijd", "Rente", "Hoofdsom", "Saldo 1-1-2025", "Aflossing 2025",
              "Saldo 31-12-2025"]
LEN = [[n, name, datetime.date(*start), term, rate, principal, saldo, paid, saldo - paid]
       for n, name, start, term, rate, principal, saldo, paid in [
           (1, "Woningstichting Thuis", (2008, 7, 1), 30, 4.15, 2500000, 1416000, 84000),
           (2, "Stichting Sporthal De Hoef", (2015, 1, 1), 20, 2.10, 600000, 330000, 30000),
           (3, "Tennisvereniging Smash", (2019, 4, 1), 15, 1.25, 150000, 100000, 10000),
           (4, "Starterslening SVn", (2021, 1, 1), 30, 1.80, 900000, 810000, 30000),
           (5, "Stichting Dorpshuis", (2012, 10, 1), 25, 3.40, 400000, 208000, 16000)]]
LEN_ROWS = LEN + [_total("Totaal", LEN, 9, (5, 6, 7, 8), {4: round(sum(line[4] * line[8] for line in LEN)
                                                                   / sum(line[8] for line in LEN), 2)})]
LEN_FORMATS = ["0", None, "dd-mm-yyyy", "0", "0.00", "#,##0", "#,##0", "#,##0", "#,##0"]

# 4. Gewaarborgde geldleningen: Code | Geldnemer | Jaar (all different, in no order) | Aantal | Percentage | amounts
GAR_TITLES = ["Code", "Geldnemer", "Jaar", "Aantal", "Percentage", "Oorspronkelijk bedrag", "Restant 31-12-2025",
              "Garantie gemeente"]
GAR = [[code, name, year, count, share, original, rest, rest * share // 100]
       for code, name, year, count, share, original, rest in [
           (101, "Woningcorporatie Wonen Plus", 2003, 4, 50, 8400000, 5120000),
           (102, "Stichting Zorgcentrum De Beuk", 2009, 2, 100, 3600000, 2250000),
           (103, "Voetbalvereniging SVV", 2014, 1, 50, 250000, 110000),
           (104, "Stichting Kinderopvang", 2017, 3, 100, 520000, 384000),
           (105, "Golfclub De Duinen", 2011, 1, 50, 1200000, 640000)]]
GAR_ROWS = GAR + [_total("Totaal", GAR, 8, (5, 6, 7))]
GAR_FORMATS = ["0", None, "0", "0", "0", "#,##0", "#,##0", "#,##0"]

# 5. Subsidies: Nr. | Subsidieontvanger | Raadsbesluit (years, one twice) | Aantal | Fte | amounts; the Totaal sums
# the Fte (a count adds up) and leaves the Aantal blank
SUB_TITLES = ["Nr.", "Subsidieontvanger", "Raadsbesluit", "Aantal", "Fte", "Subsidie 2025", "Voorschot 2025",
              "Restant"]
SUB = [[n, name, year, count, fte, grant, paid, grant - paid] for n, name, year, count, fte, grant, paid in [
    (1, "Stichting Welzijn Midden", 2022, 12, 8.4, 845000, 760500),
    (2, "Bibliotheek De Schakel", 2021, 3, 14.2, 1210000, 1089000),
    (3, "Muziekschool Crescendo", 2024, 40, 5.6, 312000, 280800),
    (4, "Vluchtelingenwerk", 2023, 18, 3.1, 198000, 178200),
    (5, "Stichting Jeugdwerk", 2022, 6, 6.8, 455000, 409500)]]
SUB_ROWS = SUB + [_total("Totaal", SUB, 8, (5, 6, 7), {4: round(sum(line[4] for line in SUB), 1)})]
SUB_FORMATS = ["0", None, "0", "0", "0.0", "#,##0", "#,##0", "#,##0"]


def _shared(title):
    """The investeringsstaat with a column of the share spent (its Totaal: the share of the whole) under `title`."""
    lines = [[line[0], line[1], line[2], line[3], line[4], line[5], round(100 * line[6] / line[3]), line[7]]
             for line in P1 + P2[:2]]
    whole = round(100 * sum(line[6] for line in P1 + P2[:2]) / sum(line[3] for line in P1 + P2[:2]))
    return ["Nr.", "Omschrijving", "Besluit", "Krediet", "Uitgaven t/m 2024", "Uitgaven 2025", title,
            "Restant krediet"], lines + [_total("Totaal", lines, 8, (3, 4, 5, 7), {6: whole})]


SHARE_FORMATS = ["0", None, "0", "#,##0", "#,##0", "#,##0", "0", "#,##0"]

# name: (titles, rows, formats, widths, the amount columns, (row, column) given +1, the row deleted)
LAYOUTS = {
    "investeringen": (INV_TITLES, INV_FLAT, INV_FORMATS, [6, 34, 9, 12, 12, 12, 12, 12, 9], INV_AMOUNTS, (1, 5), 2),
    "investeringen-programma": (INV_TITLES, INV_GROUPED, INV_FORMATS, [6, 34, 9, 12, 12, 12, 12, 12, 9], INV_AMOUNTS,
                                (2, 5), 3),
    "projecten": (PRJ_TITLES, PRJ_ROWS, PRJ_FORMATS, [10, 34, 9, 12, 12, 12, 9, 12, 9], (3, 4, 5, 7), (1, 5), 2),
    "leningen": (LEN_TITLES, LEN_ROWS, LEN_FORMATS, [6, 30, 12, 9, 8, 12, 12, 12, 12], (5, 6, 7, 8), (1, 7), 2),
    "garanties": (GAR_TITLES, GAR_ROWS, GAR_FORMATS, [7, 32, 7, 7, 10, 14, 14, 14], (5, 6, 7), (1, 6), 2),
    "subsidies": (SUB_TITLES, SUB_ROWS, SUB_FORMATS, [6, 30, 10, 7, 7, 12, 12, 12], (4, 5, 6, 7), (1, 6), 2),
    "voortgang": (*_shared("Voortgang"), SHARE_FORMATS, [6, 34, 9, 12, 12, 12, 9, 12], (3, 4, 5, 7), (1, 5), 2),
}
UNTITLED = _shared("Stand")
# small amounts that add up (x € 1.000), a programma without a subtotal above one with: its Subtotaal (5 + 8 = 13)
# lies between the figures of all the lines above it (5 .. 60), yet it is a sum, and checked as one
SMALL = (["Nr.", "Omschrijving", "Krediet", "Uitgaven 2025", "Bijdrage derden"],
         [[None, "Programma 1 Veiligheid"], [1, "Brandweerkazerne Noord", 2450, 412, 50],
          [2, "Marktplein", 1200, 385, 60], [None, "Programma 2 Onderwijs"], [3, "IKC De Linde", 6800, 1390, 5],
          [4, "Sporthal Oost", 950, 310, 8], [None, "Subtotaal programma 2", 7750, 1700, 13],
          [None, "Totaal", 11400, 2497, 123]], ["0", None, "#,##0", "#,##0", "#,##0"], [6, 30, 12, 12, 12])


def build(path: Path, titles, lines, formats, widths) -> Path:
    """The staat as typed: a title, 'Bedragen in €', the column titles wrapped, the lines, landscape to the width."""
    def titles_wrapped(sheet):
        for c in range(1, len(titles) + 1):
            sheet.cell(4, c).alignment = Alignment(wrap_text=True, horizontal="right" if formats[c - 1] else None)

    def formatted(cell):  # each column's own format (None: a column of text)
        if cell.row >= 5 and formats[cell.column - 1] and not isinstance(cell.value, str):
            cell.number_format = formats[cell.column - 1]

    return workbook(path, [["Staat 2025"], ["Bedragen in €"], [], titles, *lines], title="Staat", number_format=None,
                    each=formatted, style=titles_wrapped, widths=dict(enumerate(widths, start=1)))


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    folder = tmp_path_factory.mktemp("staten")
    sources = {}
    for name, (titles, rows, formats, widths, __, (r, c), deleted) in LAYOUTS.items():
        plus = copy.deepcopy(rows)
        plus[r][c] += 1
        for change, lines in {"clean": rows, "plus1": plus, "deleted": rows[:deleted] + rows[deleted + 1:]}.items():
            sources[(name, change)] = build(folder / f"{name}-{change}.xlsx", titles, lines, formats, widths)
    sources[("stand", "clean")] = build(folder / "stand-clean.xlsx", *UNTITLED, SHARE_FORMATS,
                                        [6, 34, 9, 12, 12, 12, 9, 12])
    small = copy.deepcopy(SMALL[1])
    small[5][4] += 1
    sources[("small", "clean")] = build(folder / "small-clean.xlsx", *SMALL)
    sources[("small", "plus1")] = build(folder / "small-plus1.xlsx", SMALL[0], small, *SMALL[2:])
    return sources, print_named(sources)



@pytest.mark.parametrize("kind", ["xlsx", "pdf"])
@pytest.mark.parametrize("name", list(LAYOUTS))
def test_a_staat_with_columns_that_are_no_amounts_is_clean(files, name, kind, capsys):
    code, data = audited(files[kind == "pdf"][(name, "clean")], capsys)
    assert (code, data["verdict"], data["findings"], data["not_verified"]) == (0, "clean", [], 0)
    titles, __, __, __, amounts, __, __ = LAYOUTS[name]
    foot = [r for r in data["tables"][0]["relations"] if r["axis"] == "row" and r["total"] == "Totaal"]
    # the Totaal line checked over the amounts only: never over a Nr., a year, a term, a rate, a percentage
    assert len(foot) == 1 and foot[0]["figures_checked"] == len(amounts) and foot[0]["figures_failing"] == 0
    others = {titles[i] for i in range(2, len(titles)) if i not in amounts}
    assert not any(set(r["parts"] + [r["total"]]) & others for r in data["tables"][0]["relations"]
                   if r["axis"] == "column")


@pytest.mark.parametrize("kind", ["xlsx", "pdf"])
@pytest.mark.parametrize("name", list(LAYOUTS))
def test_a_staat_plus_one_is_found_on_its_line_and_at_its_total(files, name, kind, capsys):
    code, data = audited(files[kind == "pdf"][(name, "plus1")], capsys)
    titles, rows, __, __, amounts, (r, c), __ = LAYOUTS[name]
    assert code == 1 and data["not_verified"] == 0
    got = {(f["row_label"], f["column"], f["expected"], f["found"]) for f in data["findings"]}
    total = "Subtotaal programma 1" if name == "investeringen-programma" else "Totaal"
    parts = sum(line[c] for line in (P1 if name == "investeringen-programma" else rows[:-1]) if line[0] is not None)
    assert (total, titles[c], str(parts + 1), str(parts)) in got
    # the row total across the amounts on the altered line ('Totaal uitgaven' or 'Restant krediet' / the saldo)
    # (none in a staat of garanties: its columns make no sum across)
    line = [f for f in data["findings"] if f["row_label"] != total]
    across = name != "garanties"
    assert len(line) == across and all(rows[r][1] in f["row_label"] and f["column"] in titles[c + 1:]
                                       for f in line)
    assert len(got) == 1 + across and all(f["kind"] == "sum" for f in data["findings"])


@pytest.mark.parametrize("kind", ["xlsx", "pdf"])
@pytest.mark.parametrize("name", list(LAYOUTS))
def test_a_staat_deleted_line_is_found_at_its_total_in_the_amounts_only(files, name, kind, capsys):
    code, data = audited(files[kind == "pdf"][(name, "deleted")], capsys)
    titles, rows, __, __, amounts, __, deleted = LAYOUTS[name]
    assert code == 1 and data["not_verified"] == 0
    total = "Subtotaal programma 1" if name == "investeringen-programma" else "Totaal"
    got = {f["column"]: (f["expected"], f["found"]) for f in data["findings"]}
    assert {f["row_label"] for f in data["findings"]} == {total} and all(f["kind"] == "sum" for f in data["findings"])
    # every amount the Totaal prints short of it by the deleted line's figure (a 0 of it: no miss), nothing else
    missed = {titles[c] for c in amounts if rows[deleted][c]}
    assert set(got) == missed
    for c in amounts:
        if rows[deleted][c]:
            expected, found = got[titles[c]]
            assert Decimal(found) - Decimal(expected) == Decimal(str(rows[deleted][c]))


@pytest.mark.parametrize("kind", ["xlsx", "pdf"])
def test_a_share_column_whose_title_says_nothing_is_not_verified_with_its_reason(files, kind, capsys):
    code, data = audited(files[kind == "pdf"][("stand", "clean")], capsys)
    assert (code, data["findings"], data["not_verified"]) == (1, [], 1)
    assert data["verdict"] != "clean"
    reason = json.dumps(data["tables"][0]["not_verified"])
    assert "Stand" in reason and "Totaal" in reason


@pytest.mark.parametrize("kind", ["xlsx", "pdf"])
def test_small_amounts_whose_subtotal_lies_among_earlier_lines_are_still_summed(files, kind, capsys):
    code, data = audited(files[kind == "pdf"][("small", "clean")], capsys)
    assert (code, data["verdict"], data["findings"], data["not_verified"]) == (0, "clean", [], 0)
    relations = {r["total"]: r for r in data["tables"][0]["relations"] if r["axis"] == "row"}
    assert relations["Subtotaal programma 2"]["figures_checked"] == 3
    code, data = audited(files[kind == "pdf"][("small", "plus1")], capsys)
    got = {(f["row_label"], f["column"], f["expected"], f["found"]) for f in data["findings"]}
    assert code == 1 and ("Subtotaal programma 2", "Bijdrage derden", "14", "13") in got


def test_a_staat_van_reserves_with_toename_and_afname_columns_adds_them_up():
    """'Reserve | Stand 1-1-2025 | Toename | Afname | Stand 31-12-2025': amounts, not growth rates. A Toename typed
    600 for 500 is found (the reserve's stand chain and the column's total); it exited 0 with 'every total adds up',
    'Toename' and 'Afname' taken for rates and never checked. 'Groei %' stays no sum."""
    from pyengine.audit.tables import audit_grid
    from test_audit_rules import grid_of

    titles = ["Reserve", "Stand 1-1-2025", "Toename", "Afname", "Stand 31-12-2025"]
    lines = [["Algemene reserve", 12000, 3000, 1000, 14000], ["Reserve sociaal domein", 4000, 600, 1500, 3000],
             ["Reserve onderhoud", 900, 100, 0, 1000], ["Totaal reserves", 16900, 3600, 2500, 18000]]
    table = audit_grid(grid_of(titles, lines))[0]
    assert {(f.row_label, f.column) for f in table.findings} == {("Reserve sociaal domein", "Stand 31-12-2025"),
                                                                  ("Totaal reserves", "Toename")}
    growth = audit_grid(grid_of(["Post", "Bedrag", "Groei %"], [["A", 100, 3], ["B", 200, 5], ["Totaal", 300, 4]]))
    assert growth[0].findings == ()


def test_a_column_left_out_by_its_title_with_a_figure_on_a_total_line_is_said_not_checked(capsys, tmp_path):
    """'Begroting | Correctie | Begroting na correctie': the titles name no sums (a correctie, as our own
    presentation rounding prints), so their figures on the Totaal line are not checked; the summary says so and names
    them, never 'every total adds up' (a Correctie typed -25 for -20 said exactly that)."""
    import openpyxl

    book = openpyxl.Workbook()
    for row in (["Post", "Begroting 2025", "Correctie", "Begroting na correctie"], ["Personeel", 1200, 30, 1230],
                ["Huisvesting", 400, -25, 380], ["ICT", 900, 10, 910], ["Totaal", 2500, 20, 2520]):
        book.active.append(row)
    book.save(tmp_path / "correctie.xlsx")
    code, report = audited(tmp_path / "correctie.xlsx", capsys)
    assert code == 0 and report["findings"] == []
    assert report["tables"][0]["columns_not_added_up"] == ["Correctie", "Begroting na correctie"]
    from pyengine.audit import main as audit_main

    audit_main(str(tmp_path / "correctie.xlsx"))
    text = capsys.readouterr().out
    assert "'Correctie', 'Begroting na correctie'" in text, text
    assert text.rstrip().endswith("no findings: every total adds up in the columns that add up; the figures on the "
                                  "total lines of 2 columns whose titles name no sum were not checked"), text
