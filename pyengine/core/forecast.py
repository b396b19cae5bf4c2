"""A meerjarenraming: the base year's begroting indexed over the next years, split per member per year.

Pure: no files.

Every line of year y is its base amount x the product of (1 + index/100) over the years after the base
year up to y, rounded once to whole euros (half away from zero); the net cost (lasten - baten) of each
year is split over the members by that year's key, exactly (the shares add up to the net cost).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from ..errors import InputError
from ..i18n import _
from .indexation import index_amount, index_factor
from .keys import Key
from .notes import MemberNotesThenExplanation

NO_INDEX = "geen"


@dataclass(frozen=True)
class ForecastLine:
    code: str  # the name in the spec, e.g. personeelskosten
    label: str  # what the workbook shows
    side: str  # "lasten" or "baten"
    amount: Decimal  # at the price level of the base year, euros (positive)
    index: str = NO_INDEX  # the name of an index series, or "geen"


@dataclass(frozen=True)
class Forecast(MemberNotesThenExplanation):
    title: str
    organisation: str
    years: tuple[int, ...]  # the first is the base year
    lines: tuple[ForecastLine, ...]
    indices: dict[str, dict[int, Decimal]]  # series name -> year -> percent
    index_source: str
    keys: tuple[Key, ...]  # one per year
    method: str = "largest_remainder"
    decimals: int = 0  # of the contributions
    notes: tuple[str, ...] = ()  # shown under the tables: member notes, then the toelichting
    member_notes: tuple[str, ...] = ()  # gemeenten of the year, herindelingen (also said by generate)
    sources: tuple = ()
    merge_rule: str = "melden"  # herindeling: "melden" or "samenvoegen" (the keys are already merged)

    @property
    def base_year(self) -> int:
        return self.years[0]

    @property
    def members(self) -> list[str]:
        """Every member of any year's key, in the order first met."""
        return list(dict.fromkeys(name for key in self.keys for name in key.names))


@dataclass(frozen=True)
class ForecastResult:
    forecast: Forecast
    factors: dict[str, tuple[Fraction, ...]]  # per series, per year
    amounts: tuple[tuple[Decimal, ...], ...]  # per line, per year (whole euros)
    lasten: tuple[Decimal, ...]
    baten: tuple[Decimal, ...]
    net: tuple[Decimal, ...]  # lasten - baten, per year: what the members pay
    shares: tuple[dict[str, Decimal], ...]  # per year, member -> contribution

    def contribution(self, member: str, y: int) -> Decimal:
        return self.shares[y].get(member, Decimal(0))


def validate(f: Forecast) -> None:
    if len(f.keys) != len(f.years):
        raise InputError(_("{count} key(s) for {years} year(s)").format(count=len(f.keys), years=len(f.years)))
    for line in f.lines:
        if line.index != NO_INDEX and line.index not in f.indices:
            raise InputError(_("line '{line}': index '{index}' is not defined (known: {known})").format(
                line=line.code, index=line.index, known=", ".join(sorted(f.indices)) or NO_INDEX))
    for name, series in f.indices.items():
        for year in f.years[1:]:
            if year not in series:
                raise InputError(_("index '{name}': no figure for {year}").format(name=name, year=year))


def compute_forecast(f: Forecast) -> ForecastResult:
    validate(f)
    factors = {name: tuple(index_factor(series, f.base_year, year, name) for year in f.years)
               for name, series in f.indices.items()}
    amounts = []
    for line in f.lines:
        if line.index == NO_INDEX:
            amounts.append(tuple(index_amount(line.amount, f.base_year, f.base_year, {}) for _ in f.years))
        else:
            series = f.indices[line.index]
            amounts.append(tuple(index_amount(line.amount, f.base_year, year, series, name=line.index)
                                 for year in f.years))
    zero = Decimal(0)
    lasten = tuple(sum((a[y] for a, line in zip(amounts, f.lines) if line.side == "lasten"), zero)
                   for y in range(len(f.years)))
    baten = tuple(sum((a[y] for a, line in zip(amounts, f.lines) if line.side == "baten"), zero)
                  for y in range(len(f.years)))
    net = tuple(cost - income for cost, income in zip(lasten, baten))
    shares = tuple(key.allocate(total, decimals=f.decimals, method=f.method) for key, total in zip(f.keys, net))
    return ForecastResult(f, factors, tuple(amounts), lasten, baten, net, shares)


__all__ = ["Forecast", "ForecastLine", "ForecastResult", "NO_INDEX", "compute_forecast", "validate"]
