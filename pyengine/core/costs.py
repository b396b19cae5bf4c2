"""A kostenverdeling: a cost table per year, split over the members by a key. Pure: no files.

The table holds formatie (FTE x scale rate), fixed amounts and onvoorzien, plus an optional capacity
table (hours x rate x weeks per member). Seeds 003 (Midden-Limburg West) and 004 (Holland Rijnland)
are such systems.

Invariants: every year's contributions add up exactly to that year's total (rounded to the chosen
decimals); every line is computed from its inputs (never typed in), to the cent.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from .capacity import RatesTable, contingency, fte_cost, hours_cost
from ..errors import InputError
from .keys import Key
from .money import round_half_away
from ..i18n import _


@dataclass(frozen=True)
class CostLine:
    description: str
    category: str = ""  # e.g. "Bestaande basisformatie", "Structureel additioneel"
    scale: int | None = None
    fte: Decimal | None = None  # FTE x rate of scale
    amount: Decimal | None = None  # or a fixed amount
    years: tuple[int, ...] = ()  # years it applies to (empty: every year)

    def applies(self, year: int) -> bool:
        return not self.years or year in self.years


@dataclass(frozen=True)
class CapacityRow:
    name: str
    hours_per_week: Decimal
    rate: Decimal
    weeks: Decimal


@dataclass(frozen=True)
class CostDistribution:
    title: str
    organisation: str
    years: tuple[int, ...]
    lines: tuple[CostLine, ...]
    key: Key
    rates: RatesTable
    contingency_label: str = "Onvoorzien"
    contingency_rate: Decimal | None = Decimal("0.05")  # on the sum of the other lines
    contingency_amount: Decimal | None = None  # an adopted fixed amount instead of the rate
    contingency_note: str = ""
    capacity: tuple[CapacityRow, ...] = ()
    decimals: int = 2
    source_note: str = ""
    sources: tuple = ()


@dataclass(frozen=True)
class CostResult:
    distribution: CostDistribution
    line_amounts: tuple[tuple[Decimal, ...], ...]  # [line][year]
    base: tuple[Decimal, ...]
    contingency: tuple[Decimal, ...]
    five_percent_for_comparison: tuple[Decimal, ...]
    total: tuple[Decimal, ...]
    shares: tuple[dict[str, Decimal], ...]  # per year
    capacity_costs: tuple[Decimal, ...]


def compute_costs(d: CostDistribution) -> CostResult:
    if not d.lines:
        raise InputError(_('the cost table has no lines'))
    if d.contingency_rate is None and d.contingency_amount is None:
        raise InputError(_('onvoorzien: give a percentage or an amount'))
    rows = []
    for line in d.lines:
        unknown = [y for y in line.years if y not in d.years]
        if unknown:
            raise InputError(_('line {description}: year(s) {unknown} are not in jaren').format(description=repr(line.description), unknown=unknown))
        per_year = []
        for year in d.years:
            if not line.applies(year):
                per_year.append(Decimal("0.00"))
            elif line.fte is not None:
                per_year.append(fte_cost(line.fte, line.scale, d.rates, year))
            else:
                per_year.append(round_half_away(line.amount, 2))
        rows.append(tuple(per_year))
    base = tuple(sum((row[y] for row in rows), Decimal(0)) for y in range(len(d.years)))
    by_rate = tuple(contingency(b, d.contingency_rate if d.contingency_rate is not None else Decimal("0.05")) for b in base)
    if d.contingency_amount is not None:
        extra = tuple(round_half_away(d.contingency_amount, 2) for _ in d.years)
    else:
        extra = by_rate
    total = tuple(b + e for b, e in zip(base, extra))
    shares = tuple(d.key.allocate(t, decimals=d.decimals) for t in total)
    capacity = tuple(hours_cost(r.hours_per_week, r.rate, r.weeks) for r in d.capacity)
    return CostResult(d, tuple(rows), base, extra, by_rate, total, shares, capacity)
