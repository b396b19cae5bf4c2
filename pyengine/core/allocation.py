"""Split a total over weights so that the rounded shares add up exactly to the rounded total.

Invariant: ``sum(allocate(total, weights, decimals=d)) == round_half_away(total, d)``, always.

Every decision is taken in exact integer arithmetic: the total becomes a whole number of units
(10**-decimals), the weights become integers over a common denominator, and the quota of member i
is ``units * w_i / sum(w)`` as an exact fraction.

Methods
- ``largest_remainder`` (Hamilton, the default): everyone gets the floor of the quota; the units left
  over go to the largest remainders. Every share is the floor or the ceiling of its exact quota.
- ``dhondt`` (Jefferson, highest averages w/(s+1)): favours large members.
- ``sainte_lague`` (Webster, highest averages w/(2s+1)): neutral between large and small members.

Tie rule (all methods): when two members have exactly the same claim on the next unit, the member
listed first gets it. Reordering members therefore changes nothing except who wins an exact tie.

A negative total (baten are negative) is split as its absolute value; the shares take its sign.
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass
import math
from decimal import Decimal
from fractions import Fraction
from itertools import repeat
from operator import mul
from typing import Iterable, Mapping, Sequence

from ..errors import InputError
from .members import MemberNames
from .money import check_decimals, round_units, to_decimal, units_to_decimal
from ..i18n import _

METHODS = ("largest_remainder", "sainte_lague", "dhondt")
# Other names users write for the same methods (case, spaces, hyphens and accents are ignored).
METHOD_SYNONYMS = {
    "hamilton": "largest_remainder", "grootste_overschot": "largest_remainder",
    "webster": "sainte_lague", "saintelague": "sainte_lague",
    "jefferson": "dhondt", "d_hondt": "dhondt",
}
# Each method with the name an officer reads in an input workbook (its drop-down list; the readers also take
# the names above) ...
METHOD_LABELS = {"largest_remainder": "grootste overschot", "sainte_lague": "Sainte-Laguë", "dhondt": "D'Hondt"}
assert tuple(METHOD_LABELS) == METHODS
# ... and as a workbook's explanation names it (the label with what it means)
METHOD_MEANINGS = {"largest_remainder": "Hamilton", "sainte_lague": "oneven delers", "dhondt": "grootste gemiddelden"}
METHOD_TEXT = {method: f"{METHOD_LABELS[method]} ({METHOD_MEANINGS[method]})" for method in METHODS}


def method_named(name: str) -> str:
    """The method for a user's name of it: 'Sainte-Laguë', "D'Hondt", 'Hamilton' are understood."""
    key = (str(name).strip().lower().replace("ë", "e").replace("-", "_").replace(" ", "_").replace("'", "_"))
    key = METHOD_SYNONYMS.get(key, key)
    if key not in METHODS:
        raise InputError(_('method {name} is unknown; choose one of {names}').format(name=repr(name), names=', '.join(METHODS)))
    return key

# Above this many weights the vectorised path pays for numpy's import and conversions.
_NUMPY_MIN_SIZE = 4096
_INT64_SAFE = 2**62


def allocate(total: object, weights: object, *, decimals: int = 0, method: str = "largest_remainder"):
    """Split ``total`` over ``weights``; the shares add up exactly to the total rounded to ``decimals``.

    ``weights`` is a sequence of non-negative numbers (int, float, Decimal or numeric strings), a
    mapping of member name -> weight (then a dict of shares in the same order is returned) or a pandas
    Series (then a Series of shares with the same index is returned). Names given with the weights
    (mapping keys, a Series' text index) follow the members' rules: one member written two ways or a
    total row is refused (core.members). ``decimals`` works like Excel's ROUND: 2 = cents, 0 = euros,
    -3 = whole thousands. Returns a list of Decimal.
    """
    if _is_pandas_series(weights):
        check_weight_names(weights.index)
        # the caller's own Series class builds the result: the core never imports pandas
        shares = allocate(total, plain_numbers(weights), decimals=decimals, method=method)
        return type(weights)(shares, index=weights.index, dtype=object, name=weights.name)
    if isinstance(weights, Mapping):
        names = list(weights)
        odd = next((n for n in names if not isinstance(n, str)), None)
        if odd is not None:
            raise InputError(_("weights: a member name must be text, got {kind} {value}").format(
                kind=type(odd).__name__, value=repr(odd)))
        check_weight_names(names)
        return dict(zip(names, allocate(total, list(weights.values()), decimals=decimals, method=method)))
    units = allocate_in_units(total, weights, decimals=decimals, method=method)
    if decimals <= 0:  # whole units: one multiplication, then Decimal(int) is exact and fast
        factor = 10 ** (-decimals)
        return _each_once(units, Decimal if factor == 1 else lambda u: Decimal(u * factor))
    return _each_once(units, lambda u: units_to_decimal(u, decimals))


def check_weight_names(labels: Iterable[object]) -> None:
    """Refuse names given with weights that the members' rules refuse: one member written two ways
    (Leiden / LEIDEN / Leiden + a zero-width space), a total row (Totaal). Labels that are not text (a
    Series' default 0, 1, 2 ... index) name no member and are left alone."""
    register = MemberNames()
    for position, label in enumerate(labels):
        if isinstance(label, str):
            register.add(label, f"weights[{position}]")


def _each_once(units: list[int], convert) -> list[Decimal]:
    """``convert`` of every unit count, each distinct count converted once: a million shares of one total
    take a few hundred distinct values, and a dictionary look-up costs less than making a Decimal
    (Decimals are immutable: sharing one object between equal shares is safe)."""
    distinct = set(units)
    if 4 * len(distinct) > len(units):
        return list(map(convert, units))
    table = {u: convert(u) for u in distinct}
    return list(map(table.__getitem__, units))


def allocate_in_units(total: object, weights: object, *, decimals: int = 0,
                      method: str = "largest_remainder") -> list[int]:
    """``allocate`` as whole numbers of 10**-decimals (signed), for callers that need no Decimal: the
    Excel functions turn each into the double nearest to it (int / int is correctly rounded)."""
    weights = plain_numbers(weights)
    check_decimals(decimals)
    method = method_named(method)
    total_units = round_units(Fraction(to_decimal(total, "total")), decimals)
    units = allocate_units(abs(total_units), integer_weights_of(weights), method)
    return [-u for u in units] if total_units < 0 else units


def plain_numbers(weights: object) -> object:
    """A numpy array or pandas Series of any numeric dtype as Python numbers (other inputs as they are).

    Integers stay exact; a float32 or float16 is read by its own shortest repr (0.1 stays 0.1, not the
    0.10000000149011612 its float64 widening gives); booleans are refused, missing values are left for
    the exact path to name by position."""
    dtype = getattr(weights, "dtype", None)
    if dtype is None or not hasattr(weights, "tolist"):
        return weights
    kind, size = getattr(dtype, "kind", "O"), getattr(dtype, "itemsize", 8)
    if kind == "b":
        raise InputError(_("weights are booleans (True/False), not numbers"))
    if kind in "iu" or (kind == "f" and size == 8):
        return weights.tolist()
    if kind == "f" and size > 8:  # longdouble: exact by its own repr (to_decimal), never through a float
        return list(weights.to_numpy() if hasattr(weights, "to_numpy") else weights)
    if kind == "f":
        values = weights.to_numpy() if hasattr(weights, "to_numpy") else weights
        return [float(str(v)) if type(v).__module__ == "numpy" else v for v in values]
    return list(weights)


def integer_weights_of(weights: object):
    """Validate weights and scale them to integers over one common denominator (exact).

    Returns a list of int or, for many float weights, an int64 numpy array (the vectorised path)."""
    if isinstance(weights, (str, bytes)) or not isinstance(weights, Iterable):
        raise InputError(_('weights must be a list of numbers, got {name}').format(name=type(weights).__name__))
    if isinstance(weights, (set, frozenset)):  # the shares come back in the weights' order: a set has none
        raise InputError(_("weights are a {name}, which keeps no order; give a list, so that each share comes "
                           "back in its weight's place").format(name=type(weights).__name__))
    values = list(weights)
    if not values:
        raise InputError(_('weights is empty: give at least one weight'))
    kinds = set(map(type, values))
    ints = values if kinds == {int} else None
    if ints is None and len(values) >= _NUMPY_MIN_SIZE and kinds == {float}:
        ints = _float_weights_numpy(values)
    if ints is None:
        ints = _scale_to_integers(values)
    if isinstance(ints, list):
        lowest, nonzero = min(ints), any(ints)
    else:
        lowest, nonzero = int(ints.min()), bool(ints.any())
    if lowest < 0:
        negative = next(i for i, w in enumerate(values) if to_decimal(w, "weight") < 0)
        raise InputError.at("weights", negative, "is negative", values[negative])
    if not nonzero:
        raise InputError(_('weights are all zero: nothing to split by'))
    return ints


def _float_weights_numpy(values: list[float]):
    """Floats scaled to integers by their shortest repr, vectorised; None when unsafe (then exact path).

    For each float find the fewest decimals k such that round(x * 10**k) / 10**k gives back exactly x:
    that k-decimal number is the float's shortest repr (IEEE division is correctly rounded, and
    integers below 2**53 are exact)."""
    try:
        import numpy as np
    except ImportError:  # pragma: no cover
        return None
    x = np.asarray(values, dtype=np.float64)
    if not np.isfinite(x).all():
        return None  # the exact path names the bad position
    magnitude = np.abs(x)
    if magnitude.max() >= 2**52:
        return None
    places = np.full(x.shape, -1, dtype=np.int64)
    mantissas = np.zeros(x.shape, dtype=np.int64)
    for k in range(16):
        open_ = places < 0
        if not open_.any():
            break
        scale = 10.0**k
        candidate = np.round(magnitude * scale)
        found = open_ & (candidate < 2**53) & (candidate / scale == magnitude)
        places[found] = k
        mantissas[found] = candidate[found].astype(np.int64)
    if (places < 0).any():
        return None
    common = int(places.max())
    factors = 10 ** (common - places)
    if int(mantissas.max()) * int(factors.max()) * len(values) >= _INT64_SAFE // 4:
        return None  # the sum could overflow int64
    signs = np.where(x < 0, -1, 1)
    return signs * mantissas * factors


def _scale_to_integers(values: Sequence[object]) -> list[int]:
    ratios = []
    for i, w in enumerate(values):
        if type(w) is int:
            ratios.append((w, 1))
        elif type(w) is float and w.is_integer():  # whole floats (Excel's inhabitants) are exact
            ratios.append((int(w), 1))
        else:
            ratios.append(to_decimal(w, f"weights[{i}]").as_integer_ratio())
    common = 1
    for den in {den for _, den in ratios}:
        common = common * den // math.gcd(common, den)
    return [num * (common // den) for num, den in ratios]


def allocate_units(units: int, weights, method: str = "largest_remainder") -> list[int]:
    """Split ``units`` (>= 0) whole units over non-negative integer ``weights`` (not all zero)."""
    if not isinstance(weights, list):  # an int64 array from the vectorised float path
        if method == "largest_remainder" and units * int(weights.max()) < _INT64_SAFE:
            return _largest_remainder_numpy(units, weights, int(weights.sum()))
        weights = weights.tolist()
    if method == "largest_remainder":
        return _largest_remainder(units, weights)
    if method == "dhondt":
        return _highest_averages(units, weights, divisor_offset=Fraction(1))
    if method == "sainte_lague":
        return _highest_averages(units, weights, divisor_offset=Fraction(1, 2))
    raise InputError(_('method {method} is unknown; choose one of {names}').format(method=repr(method), names=', '.join(METHODS)))


def _largest_remainder(units: int, weights: list[int]) -> list[int]:
    total_weight = sum(weights)
    if len(weights) >= _NUMPY_MIN_SIZE and units * max(weights) < _INT64_SAFE and total_weight < _INT64_SAFE:
        fast = _largest_remainder_numpy(units, weights, total_weight)
        if fast is not None:
            return fast
    # divmod(units * w, total_weight) for every weight, in C-level passes (the Excel functions call this
    # for every cell that recalculates, in Pyodide too, where a Python loop costs most).
    count = len(weights)
    shares, remainders = map(list, zip(*map(divmod, map(mul, weights, repeat(units, count)),
                                              repeat(total_weight, count))))
    left = units - sum(shares)
    if left:
        # Stable sort: equal remainders keep their order, so the member listed first wins a tie.
        for i in sorted(range(len(weights)), key=remainders.__getitem__, reverse=True)[:left]:
            shares[i] += 1
    return shares


def _largest_remainder_numpy(units: int, weights, total_weight: int) -> list[int] | None:
    try:
        import numpy as np
    except ImportError:  # pragma: no cover - numpy comes with pandas
        return None
    w = np.asarray(weights, dtype=np.int64)  # no copy when already an int64 array
    products = w * units  # exact: guarded by units * max(w) < 2**62
    shares, remainders = np.divmod(products, total_weight)
    left = units - int(shares.sum())
    if left:
        # The left-th largest remainder is the threshold: everyone above it gets a unit; of those
        # exactly at it, the members listed first (flatnonzero keeps index order). O(n), no sort.
        threshold = np.partition(remainders, len(remainders) - left)[len(remainders) - left]
        above = remainders > threshold
        shares[above] += 1
        at = np.flatnonzero(remainders == threshold)[: left - int(above.sum())]
        shares[at] += 1
    return shares.tolist()


def _highest_averages(units: int, weights: list[int], divisor_offset: Fraction) -> list[int]:
    """Divisor method with divisors s + offset. Starts near the answer, then moves seat by seat."""
    total_weight = sum(weights)
    # Start from the quota rounded down (D'Hondt never gives less; Sainte-Lague is corrected below).
    seats = [units * w // total_weight for w in weights]

    def claim_next(i: int) -> Fraction:  # priority of member i for one more unit
        return Fraction(weights[i]) / (seats[i] + divisor_offset)

    def claim_last(i: int) -> Fraction:  # priority with which member i won its last unit
        return Fraction(weights[i]) / (seats[i] - 1 + divisor_offset)

    # Remove units while the weakest held unit is weaker than the strongest claim (Sainte-Lague).
    assigned = sum(seats)
    while assigned > units:  # pragma: no cover - floors never exceed the total
        i = min((i for i in range(len(seats)) if seats[i] > 0), key=lambda i: (claim_last(i), -i))
        seats[i] -= 1
        assigned -= 1
    heap = [(-claim_next(i), i) for i in range(len(weights)) if weights[i] > 0]
    heapq.heapify(heap)
    while assigned < units:
        _value, i = heapq.heappop(heap)
        seats[i] += 1
        assigned += 1
        heapq.heappush(heap, (-claim_next(i), i))
    # Move units while some held unit is weaker than an unmet claim (Sainte-Lague can start above
    # its answer), or equally strong but held by a member listed later (the tie rule).
    while True:
        holders = [i for i in range(len(seats)) if seats[i] > 0]
        if not holders:
            return seats
        weakest = min(holders, key=lambda i: (claim_last(i), -i))
        strongest = min((i for i in range(len(seats)) if weights[i] > 0), key=lambda i: (-claim_next(i), i))
        held, wanted = claim_last(weakest), claim_next(strongest)
        if weakest == strongest or held > wanted or (held == wanted and weakest < strongest):
            return seats
        seats[weakest] -= 1
        seats[strongest] += 1


def _is_pandas_series(value: object) -> bool:
    kind = type(value)
    return kind.__name__ == "Series" and kind.__module__.startswith("pandas")


def exact_quotas(total: object, weights: object, decimals: int = 0) -> list[Fraction]:
    """The exact (unrounded) share of each weight, in units of 10**-decimals; for checks and tests."""
    total_units = round_units(Fraction(to_decimal(total, "total")), decimals)
    ints = integer_weights_of(weights)
    whole = sum(ints)
    return [Fraction(total_units * w, whole) for w in ints]


@dataclass(frozen=True)
class RemainderExplanation:
    """How a largest-remainder split came about, member by member, as the workbook formulas show it."""

    units: int  # the total in whole units (absolute value)
    weights: list[int]  # the weights made whole
    bases: list[int]  # quota rounded down
    rests: list[int]  # numerator - base x sum of weights
    ranks: list[int]  # 1 = largest rest; ties: the member listed first ranks higher
    left_over: int  # units left after the bases; members with rank <= left_over get one more

    @property
    def shares(self) -> list[int]:
        return [b + (1 if r <= self.left_over else 0) for b, r in zip(self.bases, self.ranks)]


def explain_largest_remainder(units: int, weights: list[int]) -> RemainderExplanation:
    total = sum(weights)
    bases = [units * w // total for w in weights]
    rests = [units * w - b * total for w, b in zip(weights, bases)]
    order = sorted(range(len(weights)), key=rests.__getitem__, reverse=True)  # stable: earlier first on ties
    ranks = [0] * len(weights)
    for position, index in enumerate(order, start=1):
        ranks[index] = position
    return RemainderExplanation(units, list(weights), bases, rests, ranks, units - sum(bases))
