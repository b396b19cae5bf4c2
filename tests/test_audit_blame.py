"""Issue 18: one rule decides whether a failing total is wrong itself ('sum': blamed) or fails only through a failing
total among its parts ('follows'), for the tables' relations and a begrotingswijziging's own rules alike
(`pyengine.audit.blame.blame`, over plain data: (total's cell, signed parts (cell, sign, printed), expected, found)).
"""

from __future__ import annotations

import itertools
import sys
from decimal import Decimal as D
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from published_tables import audited, workbook  # noqa: E402

from pyengine.audit.blame import blame  # noqa: E402


def check(total, parts, found):
    """A failing check as its caller states it: expected is what the parts make as printed."""
    parts = [(cell, sign, D(value)) for cell, sign, value in parts]
    return (total, parts, sum((sign * value for __, sign, value in parts), D(0)), D(found))


# 'Subtotaal' typed 35 over 10 + 20: the grand total 80 over it and 50 holds with its true 30, fails as printed (85)
SUBTOTAL = check("sub", [("a", 1, 10), ("b", 1, 20)], 35)
GRAND = check("grand", [("sub", 1, 35), ("c", 1, 50)], 80)


def test_a_wrong_subtotal_is_blamed_and_its_grand_total_follows_from_it():
    assert blame([SUBTOTAL, GRAND]) == [(), ("sub",)]


def test_a_total_with_no_failing_total_among_its_parts_is_blamed():
    assert blame([GRAND]) == [()]
    assert blame([]) == []


def test_a_total_follows_through_two_failing_parts_and_names_both():
    # Totaal lasten 300 typed 310, Totaal baten -400 typed -390: the saldo -100 holds with both true values
    lasten = check("lasten", [("l1", 1, 100), ("l2", 1, 200)], 310)
    baten = check("baten", [("b1", 1, -150), ("b2", 1, -250)], -390)
    saldo = check("saldo", [("lasten", 1, 310), ("baten", 1, -390)], -100)
    assert blame([lasten, baten, saldo]) == [(), (), ("lasten", "baten")]
    # (with a sign: saldo = lasten - baten, the baten printed positive)
    baten = check("baten", [("b1", 1, 150), ("b2", 1, 250)], 390)
    saldo = check("saldo", [("lasten", 1, 310), ("baten", -1, 390)], -100)
    assert blame([lasten, baten, saldo]) == [(), (), ("lasten", "baten")]
    # only one of them explained: with both true values it does not hold, so it is blamed
    saldo = check("saldo", [("lasten", 1, 310), ("baten", -1, 390)], -90)
    assert blame([lasten, baten, saldo]) == [(), (), ()]


def test_a_total_that_misses_by_more_than_its_failing_part_is_blamed():
    # the subtotal 5 too high, the grand total 7 too high: wrong itself too (with the subtotal's 30 it makes 80, not 87)
    grand = check("grand", [("sub", 1, 35), ("c", 1, 50)], 87)
    assert blame([SUBTOTAL, grand]) == [(), ()]
    # and one that misses by less than its part, or the other way
    assert blame([SUBTOTAL, check("grand", [("sub", 1, 35), ("c", 1, 50)], 82)]) == [(), ()]
    assert blame([SUBTOTAL, check("grand", [("sub", 1, 35), ("c", 1, 50)], 75)]) == [(), ()]


def test_the_order_of_the_checks_does_not_change_the_verdicts():
    lasten = check("lasten", [("l1", 1, 100), ("l2", 1, 200)], 310)
    saldo = check("saldo", [("lasten", 1, 310), ("baten", 1, -400)], -100)
    wrong = check("reserves", [("r1", 1, 5), ("r2", 1, 5)], 11)
    after = check("na", [("saldo", 1, -100), ("reserves", 1, 11)], -80)   # (-89 as printed; -90 + 10 true)
    checks = [SUBTOTAL, GRAND, lasten, saldo, wrong, after]
    expected = dict(zip(range(len(checks)), blame(checks)))
    assert expected == {0: (), 1: ("sub",), 2: (), 3: ("lasten",), 4: (), 5: ("saldo", "reserves")}
    for order in itertools.permutations(range(len(checks))):
        assert dict(zip(order, blame([checks[i] for i in order]))) == expected


def test_a_total_failing_two_checks_has_both_true_values_whatever_their_order():
    # the cell 'x' (a row's total and a column's) fails both, each making it differently (102 and 105): a total
    # over it holds with either, so it follows, in every order of the checks
    as_row = check("x", [("r1", 1, 50), ("r2", 1, 52)], 100)
    as_column = check("x", [("k1", 1, 60), ("k2", 1, 45)], 100)
    over = check("y", [("x", 1, 100), ("z", 1, 10)], 115)
    for order in itertools.permutations([as_row, as_column, over]):
        verdicts = dict(zip((id(c) for c in order), blame(list(order))))
        assert verdicts == {id(as_row): (), id(as_column): (), id(over): ("x",)}
    # with neither value it holds: blamed
    over = check("y", [("x", 1, 100), ("z", 1, 10)], 120)
    assert blame([as_row, as_column, over]) == [(), (), ()]


def test_each_check_has_its_own_verdict_at_a_cell_failing_two():
    # the bijgestelde begroting of 'Totaal lasten' fails as begroting + wijziging only through its begroting (typed
    # 350 for 300), and as the sum of the lasten's bijgestelde begroting (110 + 225, no failing total among them) by
    # itself: that check is blamed, the other follows (a begrotingswijziging's rules blamed both, the cell being
    # blamed in one; the tables never did: `blamed_over_follows` then leaves the one finding at the cell, 'sum')
    begroting = check(("tl", 0), [(("l1", 0), 1, 100), (("l2", 0), 1, 200)], 350)
    by_row = check(("tl", 2), [(("tl", 0), 1, 350), (("tl", 1), 1, 30)], 330)
    by_column = check(("tl", 2), [(("l1", 2), 1, 110), (("l2", 2), 1, 225)], 330)
    assert blame([begroting, by_row, by_column]) == [(), (("tl", 0),), ()]


# the same wrong subtotal, as a person types the table: the audit's findings are what `blame` says
LASTEN = [["Programma", "Begroting 2025", "Realisatie 2025"],
          ["Personeel", 1200, 1250], ["Huisvesting", 300, 310], ["Subtotaal apparaat", 1500 + 40, 1560],
          ["Subsidies", 700, 690], ["Totaal lasten", 2200, 2250]]


def test_a_workbook_s_wrong_subtotal_is_blamed_and_its_total_follows(tmp_path, capsys):
    path = workbook(tmp_path / "lasten.xlsx", LASTEN, widths={"A": 30, "B": 18, "C": 18})
    code, report = audited(path, capsys)
    assert code == 1
    assert [(f["cell"], f["row_label"], f["column"], f["kind"], D(f["expected"]), D(f["found"]))
            for f in report["findings"]] == [
        ("B4", "Subtotaal apparaat", "Begroting 2025", "sum", D(1500), D(1540)),
        ("B6", "Totaal lasten", "Begroting 2025", "follows", D(2240), D(2200))]


@pytest.mark.parametrize("found, kind", [(2240, None), (2250, "sum")])
def test_a_workbook_s_total_missing_by_another_amount_is_blamed(tmp_path, capsys, found, kind):
    rows = [row if row[0] != "Totaal lasten" else ["Totaal lasten", found, 2250] for row in LASTEN]
    path = workbook(tmp_path / "lasten.xlsx", rows, widths={"A": 30, "B": 18, "C": 18})
    code, report = audited(path, capsys)
    totals = [(f["cell"], f["kind"]) for f in report["findings"] if f["row_label"] == "Totaal lasten"]
    assert totals == ([] if kind is None else [("B6", kind)])
