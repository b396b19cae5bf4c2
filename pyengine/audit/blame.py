"""Which failing totals are wrong themselves, and which fail only through a failing total among their parts.

One rule for the tables' relations (tables.py) and a begrotingswijziging's cross-section rules (begroting.py), over
plain data: a failing check is (its total's cell, its signed parts as (cell, sign, figure as printed), the parts'
signed sum as printed (expected), the total as printed (found)). A cell is anything hashable: (row, column) in a
table, (row, year group, column) in a begrotingswijziging.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from decimal import Decimal

Part = tuple[Hashable, int, Decimal]                        # a part's cell, its sign, its figure as printed
Check = tuple[Hashable, Sequence[Part], Decimal, Decimal]   # total's cell, signed parts, expected, found


def blame(failing: Sequence[Check]) -> list[tuple[Hashable, ...]]:
    """Per failing check, in order: () where its total is blamed (wrong itself), else the cells of the failing
    totals among its parts it follows through (in the parts' order).

    The rule: a failing total's true value is what its parts make as printed (its check's expected). A check is
    not blamed when at least one of its parts is a failing total and its total as printed is what its parts make
    with each failing total among them at its true value, the other parts as printed: it fails only through those
    (one error, not two: a subtotal printed wrong makes its grand total, its saldo and its bijgestelde begroting miss
    by as much, and those add up to what the subtotal should have been). Otherwise it is blamed.

    A cell whose total fails in two checks that make it differently (a row's and a column's) has both as its true
    value: a check over it is not blamed when it holds with either. So the verdicts do not depend on the order of
    the checks; each check has its own (a cell can be blamed in one check and follow in another)."""
    truths: dict[Hashable, set[Decimal]] = {}
    for cell, __, expected, __ in failing:
        truths.setdefault(cell, set()).add(expected)
    verdicts: list[tuple[Hashable, ...]] = []
    for __, parts, __, found in failing:
        through = tuple(cell for cell, __, __ in parts if cell in truths)
        if not through:
            verdicts.append(())
            continue
        printed = sum((sign * value for cell, sign, value in parts if cell not in truths), Decimal(0))
        # the sums the parts can make, each failing total among them at one of its true values
        sums = {printed}
        for cell, sign, __ in parts:
            if cell in truths:
                sums = {s + sign * truth for s in sums for truth in truths[cell]}
        verdicts.append(through if found in sums else ())
    return verdicts
