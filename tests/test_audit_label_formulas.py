"""A result line whose label states its formula in the table's line numbers (issue 18; a published 'structureel
saldo' / begrotingssaldo table the audit checked nothing in, exit 2): '1. Saldo van baten en lasten', '2.
Toevoegingen aan reserves', '3. Onttrekkingen aan reserves', '4. Begrotingssaldo na bestemming (1 - 2 + 3)', ...
'7. Structureel begrotingssaldo (4 + 5 - 6)'. The rule 'formula in the label' holds such a line to the lines its
formula names, wherever they stand above it, with their signs, holding or failing; a number naming no line (a line
deleted) leaves it NOT verified with that reason. Numbers written '1.', '1', '(1)', 'A', 'a.', or in a column of
their own left of the label; formulas '(1 - 2 + 3)', '= 1 - 2 + 3', '(A+B)', '(1 t/m 3)'; figures printed -123 or
(123). Typed tables (openpyxl) and the PDF LibreOffice prints of them."""

from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl.styles import Alignment

from published_tables import print_named, workbook as typed
from pyengine.audit import audit, main as audit_main
from pyengine.audit.rules import label_formula, line_code
from test_audit_tables import soffice

D = Decimal
YEARS = [2025, 2026, 2027, 2028]

# (name, figures of a line of its own, or the formula: (sign, line number) terms); a result line's figures are made
# from its formula. Line 8 names line 1 past six lines, and 5 and 6 again (a line may be named by two results).
SALDO = [
    ("Saldo van baten en lasten", [-1200, 350, 800, 1500]),
    ("Toevoegingen aan reserves", [2500, 1800, 1200, 900]),
    ("Onttrekkingen aan reserves", [4100, 2300, 1000, 700]),
    ("Begrotingssaldo na bestemming", [(1, 1), (-1, 2), (1, 3)]),
    ("Incidentele lasten", [900, 300, 200, 100]),
    ("Incidentele baten", [600, 400, 100, 50]),
    ("Structureel begrotingssaldo", [(1, 4), (1, 5), (-1, 6)]),
    ("Structureel saldo van baten en lasten", [(1, 1), (1, 5), (-1, 6)]),
]
# ranges: '(1 t/m 3)' is 1 + 2 + 3
RANGES = [
    ("Personeel", [1200, 1275, 1310, 1392]),
    ("Huisvesting", [400, 418, 433, 430]),
    ("ICT", [100, 127, 141, 165]),
    ("Totaal lasten", [(1, 1), (1, 2), (1, 3)]),
    ("Bijdragen gemeenten", [1500, 1563, 1629, 1688]),
    ("Rijksbijdrage", [150, 162, 171, 184]),
    ("Totaal baten", [(1, 5), (1, 6)]),
    ("Saldo", [(1, 7), (-1, 4)]),
]


def code(n: int, style: str) -> str:
    letter = "ABCDEFGHIJ"[n - 1]
    return {"1.": f"{n}.", "1": f"{n}", "(1)": f"({n})", "A": letter, "a.": f"{letter.lower()}."}[style]


def formula(terms, style: str, written: str) -> str:
    """The formula as the label writes it: '(1 - 2 + 3)', '= 1 - 2 + 3', '(1-2+3)' (tight), '(1 t/m 3)' (range)."""
    names = [code(n, style).strip("().").strip() for __, n in terms]
    if written == "range" and all(s == 1 for s, __ in terms) and len(terms) >= 2:
        return f"({names[0]} t/m {names[-1]})"
    body = names[0]
    for (sign, __), name in zip(terms[1:], names[1:]):
        body += (f" {'+' if sign > 0 else '-'} " if written != "tight" else ("+" if sign > 0 else "-")) + name
    return f"= {body}" if written == "equals" else f"({body})"


def lines(spec, style: str = "1.", written: str = "spaced") -> list[tuple[str, str, list[int]]]:
    """(number, label, figures) of each line, result lines made from their formulas."""
    figures: dict[int, list[int]] = {}
    made = []
    for n, (name, given) in enumerate(spec, start=1):
        if isinstance(given[0], tuple):
            figures[n] = [sum(s * figures[k][y] for s, k in given) for y in range(len(YEARS))]
            name = f"{name} {formula(given, style, written)}"
        else:
            figures[n] = list(given)
        made.append((code(n, style), name, figures[n]))
    return made


def rows_of(made, column: bool) -> list[list]:
    """The table: a title, an empty row, the header, the lines (their number before the label, or in a column of
    its own left of it)."""
    header = (["Nr", "Omschrijving"] if column else ["Omschrijving"]) + YEARS
    body = [([number, name] if column else [f"{number} {name}"]) + list(figures) for number, name, figures in made]
    return [["Begrotingssaldo en structureel saldo"], [], header, *body]


def workbook(path: Path, rows: list[list], number_format: str = "#,##0", wrap: bool = False) -> Path:
    """The table laid out to print on one page; `wrap`: the labels wrapped in a narrow column, set at the top of
    their cells (the print puts a formula's rest under the label's first line, beside the figures)."""
    def wrapped(sheet):
        for r in range(4, len(rows) + 1):
            sheet.cell(r, 1).alignment = Alignment(wrap_text=True, vertical="top")
            if len(str(sheet.cell(r, 1).value)) > 32:
                sheet.row_dimensions[r].height = 30

    numbered = isinstance(rows[2][1], str)
    # (a line number typed as a number in its own column)
    typed_rows = [[int(v) if isinstance(v, str) and v.isdigit() else v for v in row] for row in rows]
    return typed(path, typed_rows, title="Saldo", number_format="[$-413]" + number_format,
                 figures=lambda r, c, value: isinstance(value, int) and r > 3 and value not in range(1, 11),
                 widths={"A": 30, "B": 9} if wrap else {"A": 6, "B": 50} if numbered else {"A": 50, "B": 12},
                 style=wrapped if wrap else None)


def altered(made, n: int, year: int = 1, by: int = 1):
    """Line n's figure of YEARS[year] + by (a result line's too: it is then printed wrong)."""
    return [(number, name, [v + by if (k + 1 == n and y == year) else v for y, v in enumerate(figures)])
            for k, (number, name, figures) in enumerate(made)]


def deleted(made, n: int):
    return [line for k, line in enumerate(made) if k + 1 != n]


def sums(report) -> list[tuple[str, str, Decimal, Decimal]]:
    return [(f.row_label, f.column, f.expected, f.found) for f in report.findings]


def kinds(report) -> list[tuple[str, str]]:
    return [(f.row_label, f.kind) for f in report.findings]


def label(made, n: int) -> str:
    number, name, __ = made[n - 1]
    return f"{number} {name}"


@pytest.mark.parametrize("text, number", [
    ("1. Saldo van baten en lasten", "1"), ("1 Saldo", "1"), ("(1) Saldo", "1"), ("12) Saldo", "12"),
    ("A Lasten", "a"), ("a. Lasten", "a"), ("6.4 Wmo", None), ("Totaal lasten", None), ("2025 Begroting", None),
    ("A", None)])
def test_a_line_number_before_the_label(text, number):
    assert line_code(text) == number


@pytest.mark.parametrize("text, terms", [
    ("4. Begrotingssaldo na bestemming (1 - 2 + 3)", ((1, "1"), (-1, "2"), (1, "3"))),
    ("Saldo (4 - 5 + 6)", ((1, "4"), (-1, "5"), (1, "6"))),
    ("Saldo (1 + 2 + 3)", ((1, "1"), (1, "2"), (1, "3"))),
    ("Begrotingssaldo = 1 - 2", ((1, "1"), (-1, "2"))),
    ("Begrotingssaldo (4 = 1 - 2 + 3)", ((1, "1"), (-1, "2"), (1, "3"))),
    ("Begrotingssaldo (= 1 - 2 + 3)", ((1, "1"), (-1, "2"), (1, "3"))),
    ("C Totaal (A+B)", ((1, "A"), (1, "B"))), ("c. Totaal (a t/m b)", ((1, "a"), (1, "b"))),
    ("Totaal lasten (1 t/m 3)", ((1, "1"), (1, "2"), (1, "3"))),
    ("Saldo (1 t/m 3 - 4)", ((1, "1"), (1, "2"), (1, "3"), (-1, "4"))),
    ("Saldo (7 -/- 4)", ((1, "7"), (-1, "4"))),
    ("Saldo (1 \u2013 2)", ((1, "1"), (-1, "2"))),
    # no formula: one number (a footnote), a sign, a scale, years, a range running down
    ("Saldo (1)", None), ("Investeringen (-/-)", None), ("Afschrijvingen (+)", None), ("Bedragen (x € 1.000)", None),
    ("Raming (2025-2028)", None), ("Saldo (1 2 + 3)", None), ("Totaal (3 t/m 1)", None), ("Kinderen (0-4 jaar)", None)])
def test_a_formula_in_the_label(text, terms):
    assert label_formula(text) == terms


STYLES = [("1.", False, "spaced"), ("1", False, "equals"), ("(1)", False, "tight"), ("A", False, "spaced"),
          ("a.", False, "equals"), ("1", True, "spaced"), ("A", True, "tight")]


@pytest.mark.parametrize("style, column, written", STYLES)
def test_a_table_numbering_its_lines_is_held_to_the_formulas_in_its_labels(tmp_path, style, column, written):
    made = lines(SALDO, style, written)
    path = workbook(tmp_path / "saldo.xlsx", rows_of(made, column))
    report = audit(path)
    assert (report.findings, report.unverified, report.verdict) == ((), (), "clean")
    relations = {r.total: r for t in report.tables for r in t.relations}
    assert {r.rule for r in relations.values()} == {"formula in the label"}
    assert relations[label(made, 4)].parts == (label(made, 1), "-" + label(made, 2), label(made, 3))
    # (line 8 names line 1 past the six lines after it, and 5 and 6, which line 7 names too)
    assert relations[label(made, 8)].parts == (label(made, 1), label(made, 5), "-" + label(made, 6))
    assert audit_main(str(path)) == 0


@pytest.mark.parametrize("style, column, written", STYLES)
def test_a_figure_altered_is_found_at_the_result_lines_it_fails(tmp_path, style, column, written):
    made = lines(SALDO, style, written)
    # Toevoegingen 2026 + 1: only line 4 fails (line 7 adds up with line 4 as printed), expected 849
    path = workbook(tmp_path / "toevoegingen.xlsx", rows_of(altered(made, 2), column))
    assert sums(audit(path)) == [(label(made, 4), "2026", D(849), D(850))]
    assert audit_main(str(path)) == 1
    # Incidentele lasten 2027 + 1: both lines naming it fail (7 and 8), each with its own sum
    path = workbook(tmp_path / "incidenteel.xlsx", rows_of(altered(made, 5, 2), column))
    assert sums(audit(path)) == [(label(made, 7), "2027", D(701), D(700)), (label(made, 8), "2027", D(901), D(900))]
    # a result printed wrong (line 4 2025 + 1) is the finding, not line 7 that adds up with its true value: line 7
    # fails as printed (401 + 900 - 600 = 701, printed 700) only through it, a 'follows' finding naming line 4
    path = workbook(tmp_path / "resultaat.xlsx", rows_of(altered(made, 4, 0), column))
    report = audit(path)
    assert sums(report) == [(label(made, 4), "2025", D(400), D(401)), (label(made, 7), "2025", D(701), D(700))]
    assert kinds(report) == [(label(made, 4), "sum"), (label(made, 7), "follows")]
    assert report.findings[1].note.startswith(f"follows from {label(made, 4)!r} [2025]")


@pytest.mark.parametrize("style, column, written", STYLES)
def test_a_line_deleted_leaves_the_lines_naming_it_not_verified(tmp_path, style, column, written):
    made = lines(SALDO, style, written)
    name = code(2, style).strip("().")
    path = workbook(tmp_path / "zonder-2.xlsx", rows_of(deleted(made, 2), column))
    report = audit(path)
    # (was: exit 2, nothing checked; never passed, never read as some other sum)
    assert report.findings == ()
    assert report.unverified == ((label(made, 4), "row", f"its label's formula names line {name}, which is not in "
                                  "the table"),)
    assert {r.total for t in report.tables for r in t.relations} == {label(made, 7), label(made, 8)}
    assert audit_main(str(path)) == 1
    # Incidentele lasten deleted: both lines naming it
    report = audit(workbook(tmp_path / "zonder-5.xlsx", rows_of(deleted(made, 5), column)))
    name = code(5, style).strip("().")
    assert report.unverified == tuple((label(made, n), "row", f"its label's formula names line {name}, which is not in "
                                       "the table") for n in (7, 8))


def test_ranges_and_a_saldo_of_two_totals(tmp_path):
    made = lines(RANGES, "1.", "range")
    assert label(made, 4) == "4. Totaal lasten (1 t/m 3)"
    report = audit(workbook(tmp_path / "reeks.xlsx", rows_of(made, False)))
    assert (report.findings, report.unverified, report.verdict) == ((), (), "clean")
    relations = {r.total: (r.parts, r.rule) for t in report.tables for r in t.relations}
    assert relations["4. Totaal lasten (1 t/m 3)"] == (("1. Personeel", "2. Huisvesting", "3. ICT"),
                                                      "formula in the label")
    assert relations["8. Saldo (7 - 4)"] == (("7. Totaal baten (5 t/m 6)", "-4. Totaal lasten (1 t/m 3)"),
                                            "formula in the label")
    assert sums(audit(workbook(tmp_path / "reeks-1.xlsx", rows_of(altered(made, 2, 3), False)))) == [
        ("4. Totaal lasten (1 t/m 3)", "2028", D(1988), D(1987))]
    # the same lines summed term by term: '4. Totaal lasten (1 + 2 + 3)'
    plus = lines(RANGES, "1.", "spaced")
    assert label(plus, 4) == "4. Totaal lasten (1 + 2 + 3)"
    report = audit(workbook(tmp_path / "plus.xlsx", rows_of(plus, False)))
    assert (report.findings, report.unverified, report.verdict) == ((), (), "clean")
    assert {r.rule for t in report.tables for r in t.relations} == {"formula in the label"}
    report = audit(workbook(tmp_path / "reeks-zonder-3.xlsx", rows_of(deleted(made, 3), False)))
    assert report.findings == () and report.unverified == (
        ("4. Totaal lasten (1 t/m 3)", "row", "its label's formula names line 3, which is not in the table"),)


def test_a_formula_naming_a_line_below_it_or_a_number_two_lines_carry_is_not_verified(tmp_path):
    rows = [["Saldo"], [], ["Omschrijving", 2025, 2026],
            ["1. Lasten", 100, 110], ["2. Saldo (1 - 3)", 60, 60], ["3. Baten", 40, 50],
            ["3. Onvoorzien", 5, 5], ["4. Totaal (1 + 3)", 140, 160]]
    report = audit(workbook(tmp_path / "onder.xlsx", rows))
    assert report.findings == ()
    assert [(item[0], item[2]) for item in report.unverified] == [
        ("2. Saldo (1 - 3)", "its label's formula names line 3, and two lines of the table carry that number"),
        ("4. Totaal (1 + 3)", "its label's formula names line 3, and two lines of the table carry that number")]
    rows[6][0] = "5. Onvoorzien"
    report = audit(workbook(tmp_path / "onder-2.xlsx", rows))
    assert [(item[0], item[2]) for item in report.unverified] == [
        ("2. Saldo (1 - 3)", "its label's formula names line 3, which is not above it")]


def test_a_table_without_numbered_lines_reads_no_formula(tmp_path):
    # ('(1 - 2)' in a label of a table that numbers no lines is text: the lines are read as before)
    rows = [["Lasten"], [], ["Omschrijving", 2025, 2026], ["Personeel (1 - 2 fte)", 100, 110],
            ["Huisvesting", 50, 60], ["Totaal lasten", 150, 170]]
    report = audit(workbook(tmp_path / "tekst.xlsx", rows))
    assert (report.findings, report.unverified, report.verdict) == ((), (), "clean")
    assert [r.rule for t in report.tables for r in t.relations] == ["run above"]


# ------------------------------------------------------------------------------------------------------------------
# The PDFs LibreOffice prints of them: negatives as -1.200 and as (1.200)

PRINTS = {
    # name: (spec, style, column, written, number format, change)
    "punt": (SALDO, "1.", False, "spaced", "#,##0;(#,##0)", None),
    "punt-1": (SALDO, "1.", False, "spaced", "#,##0;(#,##0)", ("alter", 5, 2)),
    "punt-zonder-2": (SALDO, "1.", False, "spaced", "#,##0;(#,##0)", ("delete", 2)),
    "kolom": (SALDO, "A", True, "tight", "#,##0", None),
    "kolom-1": (SALDO, "A", True, "tight", "#,##0", ("alter", 2, 1)),
    "kolom-zonder-5": (SALDO, "A", True, "tight", "#,##0", ("delete", 5)),
    "haakjes": (SALDO, "(1)", False, "equals", "#,##0;(#,##0)", None),
    "haakjes-1": (SALDO, "(1)", False, "equals", "#,##0;(#,##0)", ("alter", 4, 0)),
    "reeks": (RANGES, "1", True, "range", "#,##0;(#,##0)", None),
    "reeks-1": (RANGES, "1", True, "range", "#,##0;(#,##0)", ("alter", 2, 3)),
    "reeks-zonder-3": (RANGES, "1", True, "range", "#,##0;(#,##0)", ("delete", 3)),
    # labels wrapped in their cells: '4. Begrotingssaldo na bestemming (1' over '- 2 + 3)' and its figures
    "gewikkeld": (SALDO, "1.", False, "spaced", "wrap", None),
    "gewikkeld-1": (SALDO, "1.", False, "spaced", "wrap", ("alter", 5, 2)),
}


def made_for(name: str):
    spec, style, column, written, __, change = PRINTS[name]
    made = lines(spec, style, written)
    if change and change[0] == "alter":
        made = altered(made, *change[1:])
    elif change:
        made = deleted(made, change[1])
    return made


@pytest.fixture(scope="module")
def printed(tmp_path_factory):
    if soffice() is None:
        pytest.skip("LibreOffice not installed")
    folder = tmp_path_factory.mktemp("formules")
    sources = {name: workbook(folder / f"{name}.xlsx", rows_of(made_for(name), column),
                              "#,##0" if number_format == "wrap" else number_format, wrap=number_format == "wrap")
               for name, (__, __, column, __, number_format, __) in PRINTS.items()}
    return print_named(sources)


def test_the_printed_tables_are_held_to_the_formulas_in_their_labels(printed):
    for name in ("punt", "kolom", "haakjes", "reeks", "gewikkeld"):
        report = audit(printed[name])
        assert (report.findings, report.unverified, report.verdict) == ((), (), "clean"), name
        assert {r.rule for t in report.tables for r in t.relations} == {"formula in the label"}, name
        assert audit_main(str(printed[name])) == 0


def test_a_printed_figure_altered_is_found_at_the_result_lines_it_fails(printed):
    made = lines(SALDO, "1.")
    assert sums(audit(printed["punt-1"])) == [(label(made, 7), "2027", D(701), D(700)),
                                              (label(made, 8), "2027", D(901), D(900))]
    made = lines(SALDO, "A", "tight")
    assert sums(audit(printed["kolom-1"])) == [(label(made, 4), "2026", D(849), D(850))]
    made = lines(SALDO, "(1)", "equals")
    assert sums(audit(printed["haakjes-1"])) == [(label(made, 4), "2025", D(400), D(401)),
                                                 (label(made, 7), "2025", D(701), D(700))]
    assert kinds(audit(printed["haakjes-1"])) == [(label(made, 4), "sum"), (label(made, 7), "follows")]
    made = lines(RANGES, "1", "range")
    assert sums(audit(printed["reeks-1"])) == [(label(made, 4), "2028", D(1988), D(1987))]
    made = lines(SALDO, "1.")
    assert sums(audit(printed["gewikkeld-1"])) == [(label(made, 7), "2027", D(701), D(700)),
                                                   (label(made, 8), "2027", D(901), D(900))]
    for name in ("punt-1", "kolom-1", "haakjes-1", "reeks-1", "gewikkeld-1"):
        assert audit_main(str(printed[name])) == 1, name


def test_a_printed_line_deleted_leaves_the_lines_naming_it_not_verified(printed):
    cases = {"punt-zonder-2": (lines(SALDO, "1."), [(4, "2")]),
             "kolom-zonder-5": (lines(SALDO, "A", "tight"), [(7, "E"), (8, "E")]),
             "reeks-zonder-3": (lines(RANGES, "1", "range"), [(4, "3")])}
    for name, (made, named) in cases.items():
        report = audit(printed[name])
        assert report.findings == (), name
        assert report.unverified == tuple(
            (label(made, n), "row", f"its label's formula names line {code}, which is not in the table")
            for n, code in named), name
        assert audit_main(str(printed[name])) == 1, name


def test_the_formula_in_the_label_wins_over_a_sum_the_figures_make(tmp_path):
    # the figures make 'Saldo' the sum of the two lines above it (100 + 40 = 140), the label says 2 - 1: the label
    # decides, and the line fails with the formula's sum, not held to a sum nobody meant
    rows = [["Saldo"], [], ["Omschrijving", 2025, 2026],
            ["1. Lasten", 100, 110], ["2. Baten", 40, 50], ["3. Saldo (2 - 1)", 140, 160]]
    path = workbook(tmp_path / "saldo.xlsx", rows)
    report = audit(path)
    assert [(r.total, r.parts, r.rule) for t in report.tables for r in t.relations] == [
        ("3. Saldo (2 - 1)", ("2. Baten", "-1. Lasten"), "formula in the label")]
    assert [(f.cell, f.expected, f.found) for f in report.findings] == [("B6", D(-60), D(140)), ("C6", D(-60), D(160))]
    assert audit_main(str(path)) == 1
