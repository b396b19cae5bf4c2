"""Every split in native Excel formulas, written once here for all workbooks.

Methods: largest remainder, D'Hondt and Sainte-Laguë, each with an optional fixed amount per
participating member (vaste voet).

How each method is written (all in whole units, 10**-decimals euro, so that Excel computes exactly):
- every participating member first gets the fixed units; the rest is split by weight;
- largest remainder: base = QUOTIENT(rest x weight, sum of weights); the units left over go to the
  largest remainders, ranked with COUNTIF (equal remainders: the member listed first ranks higher);
- divisor methods (quotient weight / divisor, divisors 1, 2, 3 ... for D'Hondt and 1, 3, 5 ... for
  Sainte-Laguë): the threshold is the quotient that won the last unit, given as a fraction
  (teller / noemer). A member gets one unit per quotient above the threshold (a closed formula); the
  units still left go to the members whose quotient equals the threshold, in key order. A Controles row
  proves that the threshold is the right one: fewer quotients lie above it than there are units, and
  enough lie on it.

``SplitFacts`` is the engine's split explained the same way (computed once, checked against
``Key.allocate``); a single member's statement takes from it what one sheet cannot know.
``capabilities.check_renderable`` runs the same explanation before anything is written."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from itertools import accumulate
from decimal import Decimal
from fractions import Fraction

from ..core.allocation import METHOD_TEXT, allocate_units, explain_largest_remainder, method_named
from ..core.keys import Key
from ..core.money import round_half_away
from ..errors import InputError
from ..i18n import _
from ..i18n import number as number_text
from .formula import (ABS, AND, COUNTIF, CONCAT, EQ, GE, GT, IF, LE, MAX, MIN, QUOTIENT, ROUND, SIGN, SUM, Area, Expr,
                      Ref)
from .sheets import no_negatives, sum_of, validate
from ..i18n import _
from .sheets import fit_column

EXCEL_EXACT = 2**53  # integers below this are exact in Excel's doubles
UNIT_NAMES = {0: "euro's", 1: "dubbeltjes", 2: "centen"}


class SplitRefused(InputError):
    """A split the workbook formulas cannot redo exactly; ``field`` is the spec field to blame."""

    def __init__(self, message: str, field: str = "") -> None:
        super().__init__(message)
        self.field = field


@dataclass(frozen=True)
class SplitFacts:
    """One split as the engine made it, in whole units, explained as the workbook formulas redo it."""

    method: str
    decimals: int
    negative: bool
    units: int  # the amount to split, absolute, in units
    weights: tuple[int, ...]  # the weights made whole
    scale: int  # 10**(decimals of the weights)
    participates: tuple[bool, ...]
    fixed_units: int  # per participating member
    rest_units: int  # units - fixed units of all participants: split by weight
    shares: tuple[int, ...]  # per member, absolute units including the fixed part
    ranks: tuple[int, ...] = ()  # largest remainder: rank of each rest (1 = largest)
    left_over: int = 0  # largest remainder: units left after the bases
    threshold: tuple[int, int] = (1, 0)  # divisor methods: the last unit's quotient (teller, noemer)
    tie_orders: tuple[int, ...] = ()  # divisor methods: running count of members on the threshold
    tie_units: int = 0  # divisor methods: units for the members on the threshold

    @cached_property  # asked for by every member's statement: counted once
    def participant_count(self) -> int:
        return sum(self.participates)

    @cached_property
    def weight_total(self) -> int:
        """The sum of the whole weights (of every member: a member not taking part weighs 0)."""
        return sum(self.weights)


def divisor(method: str, seat: int) -> int:
    """The divisor for a member's seat-th unit (0-based)."""
    return seat + 1 if method == "dhondt" else 2 * seat + 1


def explain_split(amount: Decimal, key: Key, method: str, decimals: int = 2) -> SplitFacts:
    """The engine's split of ``amount`` by ``key``, explained; raises InputError when Excel cannot
    redo it exactly, RuntimeError when the explanation disagrees with ``Key.allocate`` (a bug)."""
    method = method_named(method)
    rounded = round_half_away(amount, decimals, name="total")
    per_unit = Decimal(10) ** decimals
    units = int(abs(rounded) * per_unit)
    participates = tuple(m.participates for m in key.members)
    fixed_units = int(round_half_away(key.fixed_per_member, decimals, name="vast_per_gemeente") * per_unit)
    rest = units - fixed_units * sum(participates)
    scale = 10 ** decimals_of(list(key.weights))
    weights = tuple(int(w * scale) for w in key.weights)
    if not any(weights):
        raise SplitRefused(_('every weight is zero, so only the fixed amount per member is split; the workbook formulas need at least one weight above zero'), "vast_per_gemeente")
    if rest < 0:
        raise SplitRefused(_('the fixed amounts ({value} units) exceed the amount to split ({units} units)').format(value=fixed_units * sum(participates), units=units), "vast_per_gemeente")
    seats = allocate_units(rest, list(weights), method)
    shares = tuple(s + (fixed_units if part else 0) for s, part in zip(seats, participates))
    engine = key.allocate(amount, decimals=decimals, method=method)
    if [abs(engine[n]) * per_unit for n in key.names] != list(shares):
        raise RuntimeError(_('internal error: the {method} split of {amount} differs from Key.allocate').format(method=method, amount=amount))
    common = (method, decimals, rounded < 0, units, weights, scale, participates, fixed_units, rest, shares)
    if method == "largest_remainder":
        _exact_in_excel(units, rest * max(weights), sum(weights), key=key, units=units)
        explained = explain_largest_remainder(rest, list(weights))
        formula_seats = explained.shares
        facts = SplitFacts(*common, ranks=tuple(explained.ranks), left_over=explained.left_over)
    else:
        p, q = _threshold(method, weights, seats) if rest else (1, 0)
        _exact_in_excel(units, sum(weights), max(weights) * q + p, key=key, units=units)
        bases, ties = [], []
        for w in weights:  # as the formulas do: threshold_ceiling, divisor_base, on_threshold
            ceiling = -(-(w * q) // p)
            bases.append(max(0, ceiling - 1) if method == "dhondt" else ceiling // 2)
            on = ceiling * p == w * q
            ties.append((min(ceiling, 1) if method == "dhondt" else ceiling % 2) if on else 0)
        orders = list(accumulate(ties))  # running count of members on the threshold
        tie_units = rest - sum(bases)
        formula_seats = [b + (t if o <= tie_units else 0) for b, t, o in zip(bases, ties, orders)]
        facts = SplitFacts(*common, threshold=(p, q), tie_orders=tuple(orders), tie_units=tie_units)
    if list(formula_seats) != list(seats):
        raise RuntimeError(_("internal error: the workbook's {method} formulas would not give the engine's split").format(method=method))
    return facts


def _threshold(method: str, weights: tuple[int, ...], seats: list[int]) -> tuple[int, int]:
    """The quotient that won the last unit, as (weight, divisor): the smallest quotient any member holds."""
    held = [(Fraction(w, divisor(method, s - 1)), w, divisor(method, s - 1)) for w, s in zip(weights, seats) if s]
    _quotient, weight, last_divisor = min(held)
    return weight, last_divisor


def _exact_in_excel(*integers: int, key: Key | None = None, units: int = 0) -> None:
    """Excel computes the split exactly only while every integer in it stays below 2**53."""
    if max(integers) >= EXCEL_EXACT:
        if key is None:
            raise SplitRefused(_("amount and weights are too large for exact Excel formulas (use fewer decimals "
                                 "in the key)"))
        raise SplitRefused(_too_large(key, units))


def _too_large(key: Key, units: int) -> str:
    """Why a key's split is beyond Excel's exact integers, naming a member, with advice that applies:
    the most decimals that would fit, or (whole numbers already too large) fewer significant digits."""
    weights = [m.effective_weight for m in key.members]
    places = decimals_of(weights)
    largest, total = max(weights), sum(weights)

    def fits(decimals: int) -> bool:  # the largest remainder's integers: amount x weight, sum of weights
        scale = 10 ** decimals
        return max(units, 1) * largest * scale < EXCEL_EXACT and total * scale < EXCEL_EXACT

    source = key.source or key.name
    if places and fits(0):
        member = next(m for m in key.members if decimals_of([m.effective_weight]) == places)
        most = max(d for d in range(places) if fits(d))
        return (_("the weights of {source} have up to {places} decimals ({member}: {weight}); with this amount the "
                  "split is beyond what Excel's formulas compute exactly: round the weights to at most {most} "
                  "decimals, or give the figures they are computed from")
                .format(source=source, places=places, member=member.name,
                        weight=number_text(member.effective_weight, grouping=False), most=most))
    member = next((m for m in key.members if max(units, 1) * m.effective_weight >= EXCEL_EXACT
                   or m.effective_weight == largest), key.members[0])
    return (_("the weights of {source} are too large ({member}: {weight}, {digits} digits before the decimal sign); "
              "with this amount the split is beyond what Excel's formulas compute exactly (about 15 digits): give the "
              "weights in fewer significant digits (such as thousands instead of units), or give the figures they "
              "are computed from")
            .format(source=source, member=member.name, weight=number_text(member.effective_weight, grouping=False),
                    digits=len(str(int(member.effective_weight)))))


def decimals_of(values: list[Decimal]) -> int:
    """The most decimal places any of ``values`` has (0.047 -> 3)."""
    places = 0
    for value in values:
        exponent = value.normalize().as_tuple().exponent
        if isinstance(exponent, int) and exponent < 0:
            places = max(places, -exponent)
    return places


# ---- one member's share: the expressions every workbook uses ---------------------------------

def rest_by_weight(units: Expr, fixed_units: Expr, participants: Expr) -> Expr:
    """The units split by weight: the amount less every participant's fixed units."""
    return units - fixed_units * participants


def remainder_base(rest: Expr, weight: Expr, weight_sum: Expr) -> Expr:
    """Largest remainder: the quota rounded down."""
    return QUOTIENT(rest * weight, weight_sum)


def threshold_ceiling(weight: Expr, numerator: Expr, denominator: Expr) -> Expr:
    """weight x noemer / teller rounded up: how far the member's quotients reach down to the threshold."""
    return QUOTIENT(weight * denominator + numerator - 1, numerator)


def divisor_base(method: str, ceiling: Expr) -> Expr:
    """Divisor methods: the member's quotients strictly above the threshold (units it surely gets)."""
    return MAX(0, ceiling - 1) if method == "dhondt" else QUOTIENT(ceiling, 2)


def on_threshold(method: str, ceiling: Expr, weight: Expr, numerator: Expr, denominator: Expr) -> Expr:
    """1 when one of the member's quotients equals the threshold exactly, else 0."""
    odd_or_positive = MIN(ceiling, 1) if method == "dhondt" else ceiling - 2 * QUOTIENT(ceiling, 2)
    return IF(EQ(ceiling * numerator, weight * denominator), odd_or_positive, 0)


def extra_unit(rank_or_order: Expr, available: Expr, eligible: object = 1) -> Expr:
    """One more unit when the member's rank (or order on the threshold) is within the units available."""
    return IF(LE(rank_or_order, available), eligible, 0)


def share_in_euro(amount: Expr, units: Expr, per_unit: int) -> Expr:
    return SIGN(amount) * units / per_unit


# ---- the whole split over all members ---------------------------------------------------------

@dataclass(frozen=True)
class KeyCells:
    """Where a key's inputs are: per member (key order) its weight and whether it takes part; the
    factor that makes the weights whole; the fixed amount per participating member (euro)."""

    names: tuple[str, ...]
    weights: tuple[Ref, ...]
    participates: tuple[Ref, ...]
    scale: Ref
    fixed: Ref


def write_key_inputs(w, sheet: str, row: int, left: int, key: Key) -> tuple[KeyCells, int, int]:
    """A key's inputs on an Invoer sheet below ``row``: a header, one row per member (weight, takes part,
    stands for), the scale factor of the weights, the fixed amount per member and the source.
    Returns the key's cells, the header row and the last row."""
    row += 1
    top = row
    for c, text in enumerate(("Gemeente", "Gewicht", "Neemt deel (1/0)", "Staat voor")):
        w.put(sheet, row, left + c, text, "kop")
    weights, takes_part = [], []
    for member in key.members:
        row += 1
        w.put(sheet, row, left, member.name, "invoer_tekst")
        weights.append(w.put(sheet, row, left + 1, member.effective_weight, "invoer_getal"))
        takes_part.append(w.put(sheet, row, left + 2, Decimal(int(member.participates)), "invoer_getal"))
        w.put(sheet, row, left + 3, ", ".join(member.constituents), "bron")
    row += 1
    w.put(sheet, row, left, "Schaalfactor gewichten (10^decimalen)", "label")
    scale = w.put(sheet, row, left + 1, Decimal(10) ** decimals_of(list(key.weights)), "invoer_getal")
    row += 1
    w.put(sheet, row, left, "Vast bedrag per deelnemende gemeente (euro, vaste voet)", "label")
    fixed = w.put(sheet, row, left + 1, key.fixed_per_member, "invoer_bedrag")
    row += 1
    w.put(sheet, row, left, "Bron", "label")
    w.put(sheet, row, left + 1, key.source, "bron")
    return KeyCells(tuple(key.names), tuple(weights), tuple(takes_part), scale, fixed), top, row


def validate_key(w, sheet: str, cells: KeyCells) -> None:
    """Data validation on a key's input cells (write_key_inputs): weights 0 or more, takes part 1 or 0,
    the scale factor a whole number, the fixed amount 0 or more."""
    if cells.weights:
        validate(w, sheet, cells.weights[0], cells.weights[-1], kind="weight")
        validate(w, sheet, cells.participates[0], cells.participates[-1], kind="flag")
    validate(w, sheet, cells.scale, kind="scale")
    validate(w, sheet, cells.fixed, kind="amount")


def key_inputs_hold(cells: KeyCells) -> Expr:
    """A Controles row for a key's inputs: no weight negative, and the weights add up to more than 0."""
    if not cells.weights:
        return EQ(1, 1)
    return AND(no_negatives(cells.weights), GT(sum_of(list(cells.weights)), 0))


@dataclass(frozen=True)
class SplitBlock:
    """A split as written: each member's share (key order) and what the Controles rows need."""

    names: tuple[str, ...]
    shares: tuple[Ref, ...]
    distances: tuple[Ref, ...]  # each share's distance to its exact quota (euro)
    to_split: Ref
    units: Ref
    by_weight: Ref  # the units split by weight, after the fixed amounts
    bottom: int  # the block's last row
    threshold_proof: Expr | None  # divisor methods: the threshold is the last unit's quotient

    def share_of(self, name: str) -> Ref:
        return self._by_name[name]

    @cached_property
    def _by_name(self) -> dict[str, Ref]:
        return dict(zip(self.names, self.shares))


def write_split(w, sheet: str, top: int, left: int, title: str, amount: Ref, key: KeyCells, facts: SplitFacts
                ) -> SplitBlock:
    """The split of ``amount`` by ``key`` in native formulas, one row per member, below a two-row head."""
    per_unit = 10**facts.decimals
    unit_name = UNIT_NAMES[facts.decimals]
    method = facts.method
    first, last = top + 3, top + 2 + len(key.names)
    # one column each; step1/step2 are numerator/rest (largest remainder) or ceiling/on-threshold (divisor)
    (name_col, participates_col, weight_col, step1_col, base_col, step2_col, order_col, extra_col, fixed_col,
     share_col, distance_col) = range(left, left + 11)

    def area(col: int) -> Area:
        return Area(sheet, first, col, last, col)

    w.put(sheet, top, left, title, "label")
    to_split = w.formula(sheet, top, left + 1, amount, "euro")
    w.put(sheet, top, left + 2, f"in {unit_name}", "label")
    units = w.formula(sheet, top, left + 3, ROUND(ABS(to_split) * per_unit, 0), "getal")
    w.put(sheet, top, left + 4, "som gewichten", "label")
    weight_sum = w.formula(sheet, top, left + 5, SUM(area(weight_col)), "getal")
    w.put(sheet, top, left + 6, f"vast per deelnemer ({unit_name})", "label")
    fixed = w.formula(sheet, top, left + 7, ROUND(key.fixed * per_unit, 0), "getal")
    w.put(sheet, top, left + 8, "naar gewicht te verdelen", "label")
    rest = w.formula(sheet, top, left + 9, rest_by_weight(units, fixed, SUM(area(participates_col))), "getal")
    if method == "largest_remainder":
        w.put(sheet, top + 1, left, "over na afronden", "label")
        available = w.formula(sheet, top + 1, left + 1, rest - SUM(area(base_col)), "getal")
        headers = ("Gemeente", "Neemt deel (1/0)", "Gewicht (geheel)", f"Teller ({unit_name} x gewicht)",
                   "Basis (quotum omlaag)", "Rest", "Rang van de rest", "Extra eenheid", f"Vast ({unit_name})",
                   "Aandeel (euro)", "Afstand tot quotum")
    else:
        numerator_value, denominator_value = facts.threshold
        w.put(sheet, top + 1, left, "drempel: teller (gewicht)", "label")
        numerator = w.put(sheet, top + 1, left + 1, Decimal(numerator_value), "getal")
        w.put(sheet, top + 1, left + 2, "noemer (deler)", "label")
        denominator = w.put(sheet, top + 1, left + 3, Decimal(denominator_value), "getal")
        w.put(sheet, top + 1, left + 4, "eenheden op de drempel", "label")
        available = w.formula(sheet, top + 1, left + 5, rest - SUM(area(base_col)), "getal")
        w.put(sheet, top + 1, left + 6, "drempel = quotiënt van de laatste eenheid (pyengine); Controles rekent na",
              "bron")
        headers = ("Gemeente", "Neemt deel (1/0)", "Gewicht (geheel)", "Plafond (gewicht x noemer / teller, omhoog)",
                   "Basis (quotiënten boven de drempel)", "Op de drempel (1/0)", "Volgorde op de drempel",
                   "Extra eenheid", f"Vast ({unit_name})", "Aandeel (euro)", "Afstand tot quotum")
    for c, text in enumerate(headers):
        w.put(sheet, top + 2, left + c, text, "kop")
    cells = w.book.sheet(sheet).cells
    for row in (top, top + 1):  # a label beside its figure: its column wide enough to show it whole
        for col in range(left, left + 10):
            cell = cells.get((row, col))
            if cell is not None and isinstance(cell.value, str) and (row, col + 1) in cells:
                fit_column(w, sheet, col, [cell.value])
    shares, distances = [], []
    for i, name in enumerate(key.names):
        r = first + i
        w.put(sheet, r, name_col, name, "label")
        takes_part = w.formula(sheet, r, participates_col, key.participates[i], "getal")
        weight = w.formula(sheet, r, weight_col, ROUND(key.weights[i] * key.scale, 0), "getal")
        if method == "largest_remainder":
            numerator_cell = w.formula(sheet, r, step1_col, rest * weight, "getal")
            base = w.formula(sheet, r, base_col, remainder_base(rest, weight, weight_sum), "getal")
            rest_cell = w.formula(sheet, r, step2_col, numerator_cell - base * weight_sum, "getal")
            above = Area(sheet, top + 2, step2_col, r - 1 if r > first else top + 2, step2_col)
            rank = w.formula(sheet, r, order_col, COUNTIF(area(step2_col), CONCAT(">", rest_cell))
                             + COUNTIF(above, rest_cell) + 1, "getal")
            extra = w.formula(sheet, r, extra_col, extra_unit(rank, available), "getal")
        else:
            ceiling = w.formula(sheet, r, step1_col, threshold_ceiling(weight, numerator, denominator), "getal")
            base = w.formula(sheet, r, base_col, divisor_base(method, ceiling), "getal")
            tie = w.formula(sheet, r, step2_col, on_threshold(method, ceiling, weight, numerator, denominator),
                            "getal")
            order = w.formula(sheet, r, order_col, SUM(Area(sheet, first, step2_col, r, step2_col)),
                              "getal")
            extra = w.formula(sheet, r, extra_col, extra_unit(order, available, tie), "getal")
        own_fixed = w.formula(sheet, r, fixed_col, fixed * takes_part, "getal")
        share = w.formula(sheet, r, share_col, share_in_euro(to_split, base + extra + own_fixed, per_unit), "euro")
        exact = SIGN(to_split) * (own_fixed + rest * weight / weight_sum) / per_unit
        shares.append(share)
        distances.append(w.formula(sheet, r, distance_col, ABS(share - exact), "euro"))
    proof = None
    if method != "largest_remainder":
        proof = AND(GE(available, MIN(1, rest)), LE(available, SUM(area(step2_col))))
    return SplitBlock(tuple(key.names), tuple(shares), tuple(distances), to_split, units, rest, last, proof)


def method_text(method: str) -> str:
    return METHOD_TEXT[method_named(method)]
