"""Grand totals over subtotals, and the first and last lines of a block (issue 18, seen on real-style tables).

An overzicht van baten en lasten per taakveld: four programmes, each a heading, its taakvelden and 'Totaal
<programma>', an empty row between them, then 'Totaal taakvelden' = the four subtotals, seven columns of figures
under a header of two rows (a code column left of the labels). Read before as a table per block: the grand total's
parts were 'not in the table', a finding named no column (the header belonged to the first block), and with a line
deleted a total reached over its heading into the block before it ('Totaal Verkeer en vervoer = Totaal Veiligheid
+ 2.1 + 2.5', then 'Totaal taakvelden' = the last two subtotals, failing in all seven columns). A programmabegroting
whose 'Saldo van baten en lasten' stands under 'Totaal lasten' and 'Totaal baten', each block after an empty row
(exit 1 on a clean table: NOT verified). Kosten and opbrengsten per taakveld, 'Totaal kosten', 'Totaal opbrengsten'
and the saldo under one heading: a line deleted from the opbrengsten is a finding at 'Totaal opbrengsten' over its
own lines, not a sum reaching into the kosten; the first line of a block deleted is found there. Each table typed
as published (openpyxl, figures, no formulas) and printed to PDF by LibreOffice."""

import random
from decimal import Decimal
from pathlib import Path

import pytest

from published_tables import print_named, workbook as typed
from pyengine.audit import audit, main as audit_main

D = Decimal

# ---------------------------------------------------------------------------------------------------------------
# An overzicht van baten en lasten per taakveld: 4 programmes, 7 columns

GROUPS = [("Rekening", 1), ("Begroting", 3), ("Meerjarenraming", 3)]
LEAVES = ["2024", "2025 primitief", "2025 na wijziging", "2026", "2027", "2028", "2029"]
COLUMNS = ["Rekening 2024", "Begroting 2025 primitief", "Begroting 2025 na wijziging", "Begroting 2026",
           "Meerjarenraming 2027", "Meerjarenraming 2028", "Meerjarenraming 2029"]
PLAIN = ["Rekening 2024", "Begroting 2025", "Begroting 2025 na wijziging", "Begroting 2026", "Raming 2027",
         "Raming 2028", "Raming 2029"]


def _figures(seed: int, low: int, high: int, n: int = 7) -> list[int]:
    """Figures of one line, the same from run to run: a base, each year a little up or down."""
    draw = random.Random(seed)
    base = draw.randrange(low, high)
    return [base + draw.randrange(-base // 20, base // 20 + 1) for __ in range(n)]


PROGRAMMES = [
    ("Bestuur en ondersteuning", [("0.1", "Bestuur"), ("0.2", "Burgerzaken"), ("0.4", "Overhead"),
                                  ("0.8", "Overige baten en lasten")]),
    ("Veiligheid", [("1.1", "Crisisbeheersing en brandweer"), ("1.2", "Openbare orde en veiligheid")]),
    ("Verkeer en vervoer", [("2.1", "Verkeer en vervoer"), ("2.2", "Parkeren"), ("2.5", "Openbaar vervoer")]),
    ("Sociaal domein", [("6.1", "Samenkracht en burgerparticipatie"), ("6.3", "Inkomensregelingen"),
                        ("6.71", "Maatwerkdienstverlening 18+")]),
]
LINES = {code: _figures(i + 3, 800, 40000) for i, code in
         enumerate(code for __, items in PROGRAMMES for code, __ in items)}
SUBTOTALS = {name: [sum(v) for v in zip(*(LINES[c] for c, __ in items))] for name, items in PROGRAMMES}
GRAND = [sum(v) for v in zip(*SUBTOTALS.values())]


def taakvelden(codes: bool = True, blanks: bool = True, groups: bool = True, headings: bool = True,
               deleted: str = "", plus: tuple[str, int] | None = None) -> tuple[list[list], dict[str, int]]:
    """The table's rows and the row of each line (by code, a programme's name, 'Totaal taakvelden'). `headings`:
    each programme under its heading; `deleted`: a taakveld's code, its line left out; `plus`: (a code, a
    programme's name or 'Totaal taakvelden'; a column), that figure printed 1 higher."""
    lead = [None] if codes else []
    rows: list[list] = [["Overzicht van baten en lasten per taakveld"], ["Bedragen x € 1.000"], []]
    if groups:
        header = [None, None] if codes else [None]
        for title, span in GROUPS:
            header += [title] + [None] * (span - 1)
        rows += [header, (["Taakveld", "Omschrijving"] if codes else ["Taakveld"]) + LEAVES]
    else:
        rows += [(["Taakveld", "Omschrijving"] if codes else ["Taakveld"]) + PLAIN]
    where: dict[str, int] = {}

    def line(key: str, label: list, figures: list[int]) -> None:
        if plus and plus[0] == key:
            figures = [v + (k == plus[1]) for k, v in enumerate(figures)]
        rows.append(label + figures)
        where[key] = len(rows)

    for p, (name, items) in enumerate(PROGRAMMES):
        if headings:
            rows.append(lead + [f"Programma {p + 1} {name}"])
        for code, label in items:
            if code != deleted:
                line(code, [code, label] if codes else [f"{code} {label}"], LINES[code])
        line(name, lead + [f"Totaal {name}"], SUBTOTALS[name])
        if blanks:
            rows.append([])
    line("Totaal taakvelden", lead + ["Totaal taakvelden"], GRAND)
    return rows, where


def workbook(path: Path, rows: list[list], merges: bool = True) -> Path:
    """As published: figures typed with Dutch thousands, codes as text, group titles merged over their columns."""
    spans = []
    if merges:
        for r, row in enumerate(rows, start=1):
            if row and row[0] is None and any(isinstance(v, str) and v in dict(GROUPS) for v in row):
                c = row.index(next(v for v in row if v is not None)) + 1
                for title, span in GROUPS:
                    if span > 1:
                        spans.append((r, c, r, c + span - 1))
                    c += span
    # (a column of codes or numbers left of the labels: narrow, as printed)
    codes = any(row[:1] == [None] and len(row) > 1 and isinstance(row[1], str) for row in rows[3:]) or \
        any(isinstance(row[0], (int, float)) or row[0] in dict(LINES) for row in rows[3:] if row)
    first = 2 if codes else 1
    widths = {"A": 8, "B": 40} if codes else {"A": 40}
    return typed(path, rows, title="Taakvelden", number_format="[$-413]#,##0;-#,##0", merges=spans,
                 widths={**widths, **{c: 17 for c in range(first + 1, first + 8)}})


def found(report) -> list[tuple]:
    return [(f.row_label, f.column, f.expected, f.found) for f in report.findings]


def relation(report, total: str):
    return next(r for t in report.tables for r in t.relations if r.total == total)


LAYOUTS = {"codes, empty rows, two header rows": dict(codes=True, blanks=True, groups=True),
           "labels only, no empty rows, one header row": dict(codes=False, blanks=False, groups=False),
           "no headings, codes, empty rows": dict(codes=True, blanks=True, groups=True, headings=False),
           "no headings, labels only, no empty rows": dict(codes=False, blanks=False, groups=False, headings=False)}


def names(layout: dict) -> list[str]:
    return COLUMNS if layout["groups"] else PLAIN


@pytest.mark.parametrize("layout", LAYOUTS.values(), ids=LAYOUTS.keys())
def test_a_clean_overzicht_per_taakveld_adds_up_with_its_grand_total_over_the_subtotals(tmp_path, layout):
    rows, __ = taakvelden(**layout)
    path = workbook(tmp_path / "schoon.xlsx", rows)
    report = audit(path)
    assert report.findings == () and report.unverified == ()
    assert len(report.tables) == 1 and list(report.tables[0].columns) == names(layout)
    grand = relation(report, "Totaal taakvelden")
    assert grand.parts == tuple(f"Totaal {name}" for name, __ in PROGRAMMES) and grand.failed == 0
    assert audit_main(str(path)) == 0


def test_a_toelichting_right_of_the_figures_keeps_the_blocks_after_empty_rows_one_table(tmp_path):
    """A column 'Toelichting' right of the figures, titled in the header and with text on some lines of each block:
    the blocks after the empty rows are still lines of the one table (their text stands under a title of text,
    not of figures), so the grand total is checked over the subtotals, and a deleted line is found in its block."""
    def explained(rows):
        out = []
        for r, row in enumerate(rows):
            if row[:2] == ["Taakveld", "Omschrijving"]:
                row = row + ["Toelichting"]
            elif len(row) > 2 and isinstance(row[0], str) and row[0][:1].isdigit() and r % 2:
                row = row + ["Zie paragraaf " + row[0]]
            out.append(row)
        return out

    report = audit(workbook(tmp_path / "schoon.xlsx", explained(taakvelden()[0])))
    assert report.findings == () and report.unverified == () and len(report.tables) == 1
    assert relation(report, "Totaal taakvelden").parts == tuple(f"Totaal {n}" for n, __ in PROGRAMMES)
    report = audit(workbook(tmp_path / "weg.xlsx", explained(taakvelden(deleted="6.3")[0])))
    assert {f.row_label for f in report.findings} == {"Totaal Sociaal domein"} and len(report.findings) == 7


@pytest.mark.parametrize("layout", LAYOUTS.values(), ids=LAYOUTS.keys())
@pytest.mark.parametrize("column", [0, 3, 6])
def test_the_grand_total_one_too_high_is_found_against_the_subtotals_in_its_column(tmp_path, layout, column):
    rows, where = taakvelden(**layout, plus=("Totaal taakvelden", column))
    report = audit(workbook(tmp_path / "plus1.xlsx", rows))
    assert found(report) == [("Totaal taakvelden", names(layout)[column], D(GRAND[column]), D(GRAND[column] + 1))]
    assert report.findings[0].place.endswith(str(where["Totaal taakvelden"]))
    assert relation(report, "Totaal taakvelden").parts == tuple(f"Totaal {n}" for n, __ in PROGRAMMES)


@pytest.mark.parametrize("layout", LAYOUTS.values(), ids=LAYOUTS.keys())
@pytest.mark.parametrize("code, name", [("0.2", "Bestuur en ondersteuning"), ("1.2", "Veiligheid"),
                                        ("2.5", "Verkeer en vervoer"), ("6.3", "Sociaal domein")])
def test_a_part_one_too_high_is_found_at_its_own_subtotal_not_at_the_grand_total(tmp_path, layout, code, name):
    rows, __ = taakvelden(**layout, plus=(code, 4))
    report = audit(workbook(tmp_path / "plus1.xlsx", rows))
    assert found(report) == [(f"Totaal {name}", names(layout)[4], D(SUBTOTALS[name][4] + 1), D(SUBTOTALS[name][4]))]
    assert audit_main(str(tmp_path / "plus1.xlsx")) == 1


@pytest.mark.parametrize("layout", LAYOUTS.values(), ids=LAYOUTS.keys())
@pytest.mark.parametrize("code", [code for __, items in PROGRAMMES for code, __ in items])
def test_any_deleted_taakveld_is_found_at_its_own_subtotal_in_every_column(tmp_path, layout, code):
    """Every line deleted in turn, the first of a block included: the finding is its programme's total over the
    lines left under its heading, in all seven columns, each named; the grand total over the subtotals holds (the
    subtotal printed is the true one); nothing reaches over a heading into the block before."""
    name, items = next((n, items) for n, items in PROGRAMMES if any(c == code for c, __ in items))
    rows, __ = taakvelden(**layout, deleted=code)
    path = workbook(tmp_path / "weg.xlsx", rows)
    report = audit(path)
    left = [c for c, __ in items if c != code]
    expected = [sum(v) for v in zip(*(LINES[c] for c in left))]
    assert found(report) == [(f"Totaal {name}", column, D(e), D(p))
                             for column, e, p in zip(names(layout), expected, SUBTOTALS[name])]
    parts = relation(report, f"Totaal {name}").parts
    assert len(parts) == len(left) and all(p.split()[0] in left or p.startswith(tuple(left)) for p in parts)
    grand = relation(report, "Totaal taakvelden")
    assert grand.parts == tuple(f"Totaal {n}" for n, __ in PROGRAMMES) and grand.failed == 0
    assert report.unverified == () and audit_main(str(path)) == 1


# ---------------------------------------------------------------------------------------------------------------
# A programmabegroting: lasten and baten per programme, each block after an empty row, then the saldo

YEARS = ["Rekening 2024", "Begroting 2025", "Begroting 2026", "Raming 2027", "Raming 2028", "Raming 2029"]
PROGRAMMA = ["Bestuur en dienstverlening", "Veiligheid", "Verkeer en vervoer", "Onderwijs", "Sociaal domein"]
LASTEN = [_figures(40 + i, 1500, 40000, 6) for i in range(len(PROGRAMMA))]
BATEN = [_figures(60 + i, 200, 9000, 6) for i in range(len(PROGRAMMA))] + [_figures(80, 95000, 99000, 6)]
TOTAAL_LASTEN = [sum(v) for v in zip(*LASTEN)]
TOTAAL_BATEN = [sum(v) for v in zip(*BATEN)]


def programmabegroting(codes: bool = True, turned: bool = False, deleted: str = "",
                       plus: tuple[str, int] | None = None) -> list[list]:
    """Lasten, baten, 'Saldo van baten en lasten' (baten - lasten; `turned`: lasten - baten), the reserves and
    the resultaat. `deleted`: 'lasten 1' / 'baten 1' ..., that line left out; `plus`: (a label, a column)."""
    sign = -1 if turned else 1
    saldo = [sign * (b - l) for l, b in zip(TOTAAL_LASTEN, TOTAAL_BATEN)]
    toevoeging = _figures(90, 1000, 4000, 6)
    onttrekking = _figures(91, 2000, 7000, 6)
    mutaties = [o - t for o, t in zip(onttrekking, toevoeging)]
    rows: list[list] = [["Programmabegroting 2026"], ["Overzicht van baten en lasten (bedragen x € 1.000)"], []]
    rows.append((["Nr.", "Programma"] if codes else ["Programma"]) + YEARS)

    def line(number, label: str, figures: list[int]) -> None:
        if plus and plus[0] == label:
            figures = [v + (k == plus[1]) for k, v in enumerate(figures)]
        rows.append(([number, label] if codes else [label]) + figures)

    for side, lines, total in (("Lasten", LASTEN, TOTAAL_LASTEN), ("Baten", BATEN, TOTAAL_BATEN)):
        rows.append(([None, side] if codes else [side]))
        for i, figures in enumerate(lines):
            if deleted != f"{side.lower()} {i + 1}":
                line(i + 1, PROGRAMMA[i] if i < len(PROGRAMMA) else "Algemene dekkingsmiddelen", figures)
        line(None, f"Totaal {side.lower()}", total)
        rows.append([])
    line(None, "Saldo van baten en lasten", saldo)
    line(None, "Toevoegingen aan reserves", toevoeging)
    line(None, "Onttrekkingen aan reserves", onttrekking)
    line(None, "Saldo mutaties reserves", mutaties)
    line(None, "Geraamd resultaat", [s + m for s, m in zip(saldo if not turned else [-v for v in saldo], mutaties)])
    return rows


BEGROTINGEN = {"numbered, baten - lasten": dict(codes=True), "numbered, lasten - baten": dict(codes=True, turned=True),
               "labels only, baten - lasten": dict(codes=False)}


@pytest.mark.parametrize("layout", BEGROTINGEN.values(), ids=BEGROTINGEN.keys())
def test_the_saldo_van_baten_en_lasten_under_blocks_after_empty_rows_is_verified(tmp_path, layout):
    """'Saldo van baten en lasten' under 'Totaal lasten' and 'Totaal baten', each block after an empty row, a
    column of line numbers left of the labels: one table (the labels of the second block stand under the header's
    'Programma' as the first block's do), the saldo their difference, the sign as the figures give it."""
    path = workbook(tmp_path / "schoon.xlsx", programmabegroting(**layout))
    report = audit(path)
    assert report.findings == () and report.unverified == ()
    assert len(report.tables) == 1 and list(report.tables[0].columns) == YEARS
    saldo = relation(report, "Saldo van baten en lasten")
    assert saldo.parts == (("Totaal lasten", "-Totaal baten") if layout.get("turned") else
                           ("-Totaal lasten", "Totaal baten")) and saldo.failed == 0
    assert audit_main(str(path)) == 0


@pytest.mark.parametrize("layout", BEGROTINGEN.values(), ids=BEGROTINGEN.keys())
def test_a_saldo_one_too_high_is_found_in_its_column(tmp_path, layout):
    report = audit(workbook(tmp_path / "plus1.xlsx", programmabegroting(**layout, plus=("Saldo van baten en lasten", 2))))
    sign = -1 if layout.get("turned") else 1
    expected = sign * (TOTAAL_BATEN[2] - TOTAAL_LASTEN[2])
    # the Geraamd resultaat under it (the saldo + the mutaties) fails as printed only through it: a 'follows'
    resultaat = TOTAAL_BATEN[2] - TOTAAL_LASTEN[2] + _figures(91, 2000, 7000, 6)[2] - _figures(90, 1000, 4000, 6)[2]
    assert found(report) == [("Saldo van baten en lasten", YEARS[2], D(expected), D(expected + 1)),
                             ("Geraamd resultaat", YEARS[2], D(resultaat + sign), D(resultaat))]
    assert [f.kind for f in report.findings] == ["sum", "follows"]


@pytest.mark.parametrize("layout", BEGROTINGEN.values(), ids=BEGROTINGEN.keys())
@pytest.mark.parametrize("deleted", ["lasten 1", "lasten 3", "baten 1", "baten 6"])
def test_a_deleted_line_of_lasten_or_baten_is_found_at_its_total_and_the_saldo_holds(tmp_path, layout, deleted):
    side, number = deleted.split()
    lines, total = (LASTEN, TOTAAL_LASTEN) if side == "lasten" else (BATEN, TOTAAL_BATEN)
    left = [sum(v) for v in zip(*(f for i, f in enumerate(lines) if i != int(number) - 1))]
    path = workbook(tmp_path / "weg.xlsx", programmabegroting(**layout, deleted=deleted))
    report = audit(path)
    assert found(report) == [(f"Totaal {side}", column, D(e), D(p)) for column, e, p in zip(YEARS, left, total)]
    assert relation(report, "Saldo van baten en lasten").failed == 0
    assert report.unverified == () and audit_main(str(path)) == 1


# ---------------------------------------------------------------------------------------------------------------
# Kosten and opbrengsten per taakveld: two totals and their saldo under each taakveld's heading

KOSTEN = ["Kosten taakveld(en)", "Kapitaallasten", "Doorbelaste overhead"]
OPBRENGSTEN = ["Opbrengsten taakveld(en)", "Bijdragen derden", "Onttrekking reserve"]
TAAKVELDEN = ["0.4 Overhead", "2.1 Verkeer en vervoer", "7.2 Riolering"]
KO_COLUMNS = ["Rekening 2024", "Begroting 2025", "Begroting 2026"]
KO = {(t, label): _figures(100 + 10 * i + j, 20000 if label == KOSTEN[0] else 300, 60000 if label == KOSTEN[0]
                           else 9000, 3)
      for i, t in enumerate(TAAKVELDEN) for j, label in enumerate(KOSTEN + OPBRENGSTEN)}


def per_taakveld(deleted: tuple[str, str] | None = None, turned: bool = False, heading: bool = True) -> list[list]:
    """Each taakveld: its heading, the kosten and 'Totaal kosten', the opbrengsten and 'Totaal opbrengsten', the
    saldo (opbrengsten - kosten; `turned`: kosten - opbrengsten), an empty row. `heading`: 'Opbrengsten' heads
    the opbrengsten."""
    rows: list[list] = [["Kosten en opbrengsten per taakveld"], ["Bedragen in euro's"], [], ["Omschrijving",
                                                                                          *KO_COLUMNS]]
    for t in TAAKVELDEN:
        rows.append([f"Taakveld {t}"])
        totals = []
        for side, labels in (("kosten", KOSTEN), ("opbrengsten", OPBRENGSTEN)):
            if side == "opbrengsten" and heading:
                rows.append(["Opbrengsten"])
            for label in labels:
                if deleted != (t, label):
                    rows.append([label, *KO[(t, label)]])
            totals.append([sum(v) for v in zip(*(KO[(t, label)] for label in labels))])
            rows.append([f"Totaal {side}", *totals[-1]])
        rows.append([f"Saldo taakveld {t.split()[0]}", *[(o - k) * (-1 if turned else 1) for k, o in zip(*totals)]])
        rows.append([])
    return rows


PER_TAAKVELD = {"opbrengsten - kosten": dict(), "kosten - opbrengsten": dict(turned=True),
                "no heading over the opbrengsten": dict(heading=False)}


@pytest.mark.parametrize("layout", PER_TAAKVELD.values(), ids=PER_TAAKVELD.keys())
def test_kosten_and_opbrengsten_per_taakveld_clean(tmp_path, layout):
    path = workbook(tmp_path / "schoon.xlsx", per_taakveld(**layout))
    report = audit(path)
    assert report.findings == () and report.unverified == ()
    saldi = [r for r in report.tables[0].relations if r.total.startswith("Saldo")]
    assert [r.parts for r in saldi] == [("Totaal kosten", "-Totaal opbrengsten") if layout.get("turned") else
                                        ("-Totaal kosten", "Totaal opbrengsten")] * 3
    assert audit_main(str(path)) == 0


@pytest.mark.parametrize("layout", PER_TAAKVELD.values(), ids=PER_TAAKVELD.keys())
@pytest.mark.parametrize("deleted", [(t, label) for t in TAAKVELDEN[1:] for label in (KOSTEN[0], KOSTEN[2],
                                                                                      OPBRENGSTEN[0], OPBRENGSTEN[1])])
def test_a_deleted_kosten_or_opbrengsten_line_is_found_at_its_own_total(tmp_path, layout, deleted):
    """A line deleted, the first under the heading ('Kosten taakveld(en)') or the first after 'Totaal kosten'
    included: the finding is its own total over the lines left of its own block (never 'Totaal opbrengsten' over
    the kosten and opbrengsten together, nor one left unexplained: exit 0), each column; the saldo of the two
    totals as printed holds."""
    t, label = deleted
    side, labels = ("kosten", KOSTEN) if label in KOSTEN else ("opbrengsten", OPBRENGSTEN)
    left = [sum(v) for v in zip(*(KO[(t, other)] for other in labels if other != label))]
    printed = [sum(v) for v in zip(*(KO[(t, other)] for other in labels))]
    path = workbook(tmp_path / "weg.xlsx", per_taakveld(deleted=deleted, **layout))
    report = audit(path)
    assert found(report) == [(f"Totaal {side}", column, D(e), D(p)) for column, e, p in zip(KO_COLUMNS, left, printed)]
    checked = next(r for r in report.tables[0].relations if r.total == f"Totaal {side}" and r.failed)
    assert checked.parts == tuple(other for other in labels if other != label)
    saldi = [r for r in report.tables[0].relations if r.total.startswith("Saldo")]
    assert len(saldi) == 3 and all(r.failed == 0 for r in saldi)
    assert report.unverified == () and audit_main(str(path)) == 1


# ---------------------------------------------------------------------------------------------------------------
# The same tables printed to PDF by LibreOffice (one call for all)


@pytest.fixture(scope="module")
def printed(tmp_path_factory):
    folder = tmp_path_factory.mktemp("groottotalen")
    tables = {"taakvelden": taakvelden()[0],
              "taakvelden plus": taakvelden(plus=("Totaal taakvelden", 5))[0],
              "taakvelden weg": taakvelden(deleted="2.1")[0],
              "begroting": programmabegroting(),
              "begroting weg": programmabegroting(deleted="baten 1"),
              "per taakveld": per_taakveld(),
              "per taakveld weg": per_taakveld(deleted=(TAAKVELDEN[1], OPBRENGSTEN[0]))}
    sources = {name: workbook(folder / f"tabel{i}.xlsx", rows) for i, (name, rows) in enumerate(tables.items())}
    return print_named(sources)


@pytest.mark.parametrize("name", ["taakvelden", "begroting", "per taakveld"])
def test_the_printed_tables_are_clean(printed, name):
    report = audit(printed[name])
    assert report.findings == () and report.unverified == ()
    assert audit_main(str(printed[name])) == 0


def test_the_printed_grand_total_is_checked_against_the_subtotals_each_finding_naming_its_column(printed):
    report = audit(printed["taakvelden"])
    assert len(report.tables) == 1 and report.tables[0].columns == tuple(COLUMNS)
    assert relation(report, "Totaal taakvelden").parts == tuple(f"Totaal {n}" for n, __ in PROGRAMMES)
    assert found(audit(printed["taakvelden plus"])) == [
        ("Totaal taakvelden", COLUMNS[5], D(GRAND[5]), D(GRAND[5] + 1))]
    left = [sum(v) for v in zip(*(LINES[c] for c in ("2.2", "2.5")))]
    assert found(audit(printed["taakvelden weg"])) == [
        ("Totaal Verkeer en vervoer", column, D(e), D(p))
        for column, e, p in zip(COLUMNS, left, SUBTOTALS["Verkeer en vervoer"])]


def test_the_printed_deleted_lines_are_found_at_their_own_totals(printed):
    left = [sum(v) for v in zip(*BATEN[1:])]
    report = audit(printed["begroting weg"])
    assert found(report) == [("Totaal baten", column, D(e), D(p)) for column, e, p in zip(YEARS, left, TOTAAL_BATEN)]
    assert relation(report, "Saldo van baten en lasten").failed == 0 and report.unverified == ()
    t = TAAKVELDEN[1]
    left = [sum(v) for v in zip(*(KO[(t, label)] for label in OPBRENGSTEN[1:]))]
    printed_total = [sum(v) for v in zip(*(KO[(t, label)] for label in OPBRENGSTEN))]
    report = audit(printed["per taakveld weg"])
    assert found(report) == [("Totaal opbrengsten", column, D(e), D(p))
                             for column, e, p in zip(KO_COLUMNS, left, printed_total)]
    assert report.unverified == () and audit_main(str(printed["per taakveld weg"])) == 1
