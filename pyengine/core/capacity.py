"""Capacity costing: FTE x scale rate, hours x rate x weeks, onvoorzien, and mid-year prorating.

FTE are priced at the integral cost per FTE of their salary scale; onvoorzien is the contingency;
a position that starts mid-year is prorated by the months left.

Amounts are Decimal euros rounded half away from zero to the cent. FTE derived from hours are
exact fractions (4 hours of 36 is 1/9 FTE, not 0.111).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from typing import Mapping

from ..errors import InputError
from ..i18n import _, number
from .money import cents, to_decimal, to_fraction
from ..i18n import _, number

DEFAULT_FULLTIME_HOURS = 36  # CAO Gemeenten: a 36-hour working week
DEFAULT_WEEKS = 45  # seed 004: productive weeks a year
DEFAULT_CONTINGENCY_RATE = Decimal("0.05")
MAX_HOURS_PER_WEEK = 168  # a week has 168 hours (the spec refuses more too)
MAX_WEEKS = 53  # a year has at most 53 (ISO) weeks


@dataclass(frozen=True)
class RatesTable:
    """Integral annual cost per FTE by salary scale, optionally per year (year None = every year)."""

    rates: Mapping[tuple[int, int | None], Decimal]
    source: str = ""

    @classmethod
    def of(cls, table: "RatesTable | Mapping[object, object]", source: str = "") -> "RatesTable":
        """Accept a RatesTable, or a plain mapping {scale: cost} or {(scale, year): cost}."""
        if isinstance(table, RatesTable):
            return table
        if not isinstance(table, Mapping):
            raise InputError(_('rates must be a table of scale -> cost per FTE, got {name}').format(name=type(table).__name__))
        rates: dict[tuple[int, int | None], Decimal] = {}
        for key, cost in table.items():
            scale, year = key if isinstance(key, tuple) else (key, None)
            scale_number = _scale_number(scale, "rates")
            rate = to_decimal(cost, f"rates[schaal {scale_number}]")
            if rate < 0:
                raise InputError(_('rates[schaal {scale_number}] is negative: {rate}').format(scale_number=scale_number, rate=rate))
            rates[(scale_number, None if year is None else int(year))] = rate
        if not rates:
            raise InputError(_('rates table is empty'))
        return cls(rates, source)

    def rate(self, scale: object, year: int | None = None) -> Decimal:
        number = _scale_number(scale, "scale")
        if year is not None and (number, year) in self.rates:
            return self.rates[(number, year)]
        if (number, None) in self.rates:
            return self.rates[(number, None)]
        known = sorted({s for s, _ in self.rates})
        when = _(" for {year}").format(year=year) if year is not None else ""
        raise InputError(_('scale {number} is not in the rates table{when} (known scales: {names})').format(number=number, when=when, names=', '.join(map(str, known))))


def _scale_number(scale: object, name: str) -> int:
    if isinstance(scale, bool):
        raise InputError(_('{name} is a boolean, not a salary scale').format(name=name))
    try:
        number = to_decimal(scale, name)
    except InputError:
        raise InputError(_('{name} is not a salary scale number: {scale}').format(name=name, scale=repr(scale))) from None
    if number != number.to_integral_value() or number < 1:
        raise InputError(_('{name} must be a whole scale number such as 10, got {scale}').format(name=name, scale=repr(scale)))
    return int(number)


# The default rates table, as a literal so that the Excel functions need no file (xlwings Lite has
# none). pyengine/inputs/data/schaaltarieven_seed003.csv is its documented source (each row names
# the line of seed 003 it comes from); tests/test_lite.py keeps the two equal.
DEFAULT_RATES = RatesTable.of({8: Decimal("65000"), 10: Decimal("80000"), 11: Decimal("90000"),
                               12: Decimal("100000")}, source="schaaltarieven_seed003.csv")


def fte_cost(fte: object, scale: object, rates: object, year: int | None = None) -> Decimal:
    """Annual cost of ``fte`` in salary ``scale``: FTE x integral cost per FTE, to the cent."""
    if year is not None and (isinstance(year, bool) or not isinstance(year, int)):
        raise InputError(_("year must be a whole year such as 2018, got {value}").format(value=repr(year)))
    amount = to_fraction(fte, "fte")
    if amount < 0:
        raise InputError(_('fte is negative: {fte}').format(fte=fte))
    return cents(amount * Fraction(RatesTable.of(rates).rate(scale, year)))


def fte_from_hours(hours_per_week: object, fulltime_hours: object = DEFAULT_FULLTIME_HOURS) -> Fraction:
    """Hours per week as FTE of a ``fulltime_hours`` week (exact fraction)."""
    hours = to_fraction(hours_per_week, "hours_per_week")
    fulltime = to_fraction(fulltime_hours, "fulltime_hours")
    if hours < 0:
        raise InputError(_('hours_per_week is negative: {hours_per_week}').format(hours_per_week=hours_per_week))
    check_hours(hours, "hours_per_week")
    if fulltime <= 0:
        raise InputError(_('fulltime_hours must be positive, got {fulltime_hours}').format(fulltime_hours=fulltime_hours))
    return hours / fulltime


def hours_cost(hours_per_week: object, rate: object, weeks: object = DEFAULT_WEEKS) -> Decimal:
    """Hours per week x hourly rate x weeks a year, to the cent (seed 004: 7 x 85 x 45 = 26,775)."""
    hours = to_fraction(hours_per_week, "hours_per_week")
    hourly = to_fraction(rate, "rate")
    count = to_fraction(weeks, "weeks")
    for name, value in (("hours_per_week", hours), ("rate", hourly), ("weeks", count)):
        if value < 0:
            raise InputError(_('{name} is negative: {value}').format(name=name, value=value))
    check_hours(hours, "hours_per_week")
    check_weeks(count, "weeks")
    return cents(hours * hourly * count)


def check_hours(hours: Fraction | Decimal, name: str) -> None:
    """Refuse more hours per week than a week has (as the spec does)."""
    if hours > MAX_HOURS_PER_WEEK:
        raise InputError(_("{name}: more hours than a week has (168), got {value}").format(
            name=name, value=_plain(hours)))


def check_weeks(weeks: Fraction | Decimal, name: str) -> None:
    """Refuse more weeks than a year has (as the spec does)."""
    if weeks > MAX_WEEKS:
        raise InputError(_("{name}: more weeks than a year has (53), got {value}").format(name=name, value=_plain(weeks)))


def _plain(value: Fraction | Decimal) -> str:
    """The figure as the message's language writes it, ungrouped (168,5 in Dutch)."""
    value = Fraction(value)
    return number(value.numerator if value.denominator == 1 else Decimal(repr(float(value))), grouping=False)


def contingency(base: object, rate: object = DEFAULT_CONTINGENCY_RATE) -> Decimal:
    """Onvoorzien: ``rate`` (default 5%) of ``base``, to the cent."""
    fraction = to_fraction(rate, "rate")
    if fraction < 0 or fraction > 1:
        raise InputError(_('rate must be between 0 and 1 (0.05 = 5%), got {rate}').format(rate=rate))
    return cents(to_fraction(base, "base") * fraction)


def months_in_year(start: dt.date, year: int) -> int:
    """Months of ``year`` a position starting on ``start`` is filled. A start after the first of a
    month counts from the next month, as salary administrations do."""
    if start.year > year:
        return 0
    if start.year < year:
        return 12
    first_month = start.month if start.day == 1 else start.month + 1
    return max(0, 13 - first_month)


def prorate(amount: object, start: object, year: object) -> Decimal:
    """The part of an annual ``amount`` that falls in ``year`` for a position starting on ``start``:
    amount x months remaining / 12 (seed 003: "uitbreiding vanaf 1-9-2018" gives 4/12 in 2018)."""
    if isinstance(start, dt.datetime):
        start = start.date()
    if not isinstance(start, dt.date):
        raise InputError(_('start must be a date, got {start}').format(start=repr(start)))
    year_number = to_decimal(year, "year")
    if year_number != year_number.to_integral_value() or not 1900 <= year_number <= 9999:
        raise InputError(_('year must be a year such as 2018, got {year}').format(year=repr(year)))
    months = months_in_year(start, int(year_number))
    return cents(to_fraction(amount, "amount") * Fraction(months, 12))


@dataclass(frozen=True)
class BudgetLine:
    label: str
    amount: Decimal


@dataclass(frozen=True)
class Budget:
    """Budget lines plus an "Onvoorzien" line computed on the sum of the other lines."""

    lines: tuple[BudgetLine, ...]
    contingency_rate: Decimal
    contingency_amount: Decimal

    @property
    def base(self) -> Decimal:
        return sum((line.amount for line in self.lines), Decimal(0))

    @property
    def total(self) -> Decimal:
        return self.base + self.contingency_amount

    @property
    def contingency_label(self) -> str:
        percent = (self.contingency_rate * 100).normalize()
        return f"Onvoorzien {percent:f}%"


def budget_with_contingency(lines: Mapping[str, object] | list[tuple[str, object]],
                            rate: object = DEFAULT_CONTINGENCY_RATE) -> Budget:
    """Seed 004: 80,000 + 10,000 + 10,000 and 5% onvoorzien on their sum = 105,000."""
    if isinstance(lines, (str, bytes)) or not isinstance(lines, (Mapping, list, tuple)):
        raise InputError(_("budget lines must be a mapping of label -> amount or a list of (label, amount) pairs, "
                           "got {kind}").format(kind=type(lines).__name__))
    items = list(lines.items()) if isinstance(lines, Mapping) else list(lines)
    if not all(isinstance(item, (list, tuple)) and len(item) == 2 for item in items):
        raise InputError(_("budget lines must be (label, amount) pairs"))
    if not items:
        raise InputError(_('budget has no lines'))
    budget_lines = tuple(BudgetLine(str(label), cents(to_decimal(amount, f"budget line {label!r}")))
                         for label, amount in items)
    base = sum((line.amount for line in budget_lines), Decimal(0))
    return Budget(budget_lines, to_decimal(rate, "rate"), contingency(base, rate))
