"""Indexation of a budget line over the years of a meerjarenraming, and the phase-in of a new key.

Both are pure and exact (Fractions), so that the Excel functions INDEX_AMOUNT and PHASE_IN, the
workbooks and the tests compute the same euros.

- ``index_factor``: the product of (1 + index/100) over the years after the base year up to the year.
- ``index_amount``: an amount raised by that factor, rounded once, at the end, half away from zero.
- ``phase_in_weights``: the blend share_A + (share_B - share_A) x step / steps as whole weights, so that
  the split by them is the exact split of the blend (its last step is key B itself).
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from math import gcd
from typing import Mapping, Sequence

from ..errors import InputError
from ..i18n import _, number
from .allocation import allocate, integer_weights_of
from .money import round_half_away, to_decimal, to_fraction

MAX_INDEX_PERCENT = Decimal(100)  # a yearly index beyond +-100% is a typo (31 for 3.1), not an index


def check_index(percent: object, name: str) -> Decimal:
    """A yearly index in percent: a number above -100 and at most 100 (3.1 = 3.1%)."""
    value = to_decimal(percent, name)
    if not -MAX_INDEX_PERCENT < value <= MAX_INDEX_PERCENT:
        raise InputError(_("{name}: an index of {value}% is outside -100..100; write percent (3.1 = 3.1%)")
                         .format(name=name, value=number(value.normalize(), grouping=False)))
    return value


def index_factor(indices: Mapping[int, object], base_year: int, year: int, name: str = "index") -> Fraction:
    """The product of (1 + index/100) over the years base_year+1 .. year; 1 for the base year itself."""
    if year < base_year:
        raise InputError(_("{name}: year {year} lies before the base year {base}")
                         .format(name=name, year=year, base=base_year))
    factor = Fraction(1)
    for y in range(base_year + 1, year + 1):
        if y not in indices:
            raise InputError(_("{name}: no index for {year}").format(name=name, year=y))
        factor *= 1 + Fraction(check_index(indices[y], f"{name} {y}")) / 100
    return factor


def index_amount(amount: object, base_year: int, year: int, indices: Mapping[int, object], *,
                 decimals: int = 0, name: str = "index") -> Decimal:
    """``amount`` at the price level of ``year``: amount x index_factor, rounded once (half away from zero)."""
    exact = to_fraction(amount, "amount") * index_factor(indices, base_year, year, name)
    return round_half_away(exact, decimals)


def phase_in_weights(key_a: Sequence[object], key_b: Sequence[object], step: int, steps: int) -> list[int]:
    """Whole weights proportional to share_A + (share_B - share_A) x step / steps, member by member.

    With a_i, b_i the weights made whole and A, B their sums, the blend of member i times A x B x steps is
    a_i x B x (steps - step) + b_i x A x step: whole numbers, so the split by them is exact. ``steps`` = 0
    means key B at once; a step beyond ``steps`` stays at key B."""
    if len(key_a) != len(key_b):
        raise InputError(_("key A has {a} weight(s), key B {b}; give both for the same members")
                         .format(a=len(key_a), b=len(key_b)))
    if isinstance(steps, bool) or not isinstance(steps, int) or steps < 0:
        raise InputError(_("the number of steps must be a whole number from 0, got {value}").format(value=steps))
    if isinstance(step, bool) or not isinstance(step, int) or step < 0:
        raise InputError(_("the step must be a whole number from 0, got {value}").format(value=step))
    if steps == 0:
        step, steps = 1, 1
    step = min(step, steps)
    if step == steps:
        return [int(w) for w in integer_weights_of(list(key_b))]
    a = [int(w) for w in integer_weights_of(list(key_a))]
    if step == 0:
        return a
    b = [int(w) for w in integer_weights_of(list(key_b))]
    total_a, total_b = sum(a), sum(b)
    blended = [x * total_b * (steps - step) + y * total_a * step for x, y in zip(a, b)]
    common = 0
    for value in blended:
        common = gcd(common, value)
    return [v // common for v in blended] if common else blended


def blend_share(weight_a: object, total_a: object, weight_b: object, total_b: object, step: int,
                steps: int) -> Fraction:
    """One member's blended share, exact: share_A + (share_B - share_A) x step / steps."""
    share_a = to_fraction(weight_a, "weight A") / to_fraction(total_a, "sum A")
    share_b = to_fraction(weight_b, "weight B") / to_fraction(total_b, "sum B")
    if steps == 0:
        return share_b
    return share_a + (share_b - share_a) * Fraction(min(step, steps), steps)


def phase_in(total: object, key_a: Sequence[object], key_b: Sequence[object], step: int, steps: int, *,
             decimals: int = 0, method: str = "largest_remainder") -> list[Decimal]:
    """The exact split of ``total`` by the blend of key A and key B at ``step`` of ``steps``; the shares
    add up exactly to the rounded total."""
    return allocate(total, phase_in_weights(key_a, key_b, step, steps), decimals=decimals, method=method)


__all__ = ["blend_share", "check_index", "index_amount", "index_factor", "phase_in", "phase_in_weights"]
