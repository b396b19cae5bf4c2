"""The Excel functions. Each converts cell values, calls pyengine, and shapes the result for Excel.

Standard library and pyengine's pure core only: this module also runs inside Excel (xlwings Lite).
"""

from __future__ import annotations

import math
from decimal import Decimal

from pyengine import allocate, contingency, fte_cost, fte_from_hours, hours_cost, prorate
from pyengine.core.capacity import (DEFAULT_CONTINGENCY_RATE, DEFAULT_FULLTIME_HOURS, DEFAULT_RATES, DEFAULT_WEEKS,
                                    RatesTable)
from pyengine.errors import InputError

from . import cells
from .excel import alias, expose


def _allocate(total, weights, decimals=None, method=None):
    rows = cells.grid(weights, "weights")
    width = len(rows[0]) if rows else 0
    if any(len(row) != width for row in rows):
        raise InputError("weights must be a rectangular range")
    flat = [0.0 if v is None else v for row in rows for v in row]
    if set(map(type, flat)) != {float} or not all(map(math.isfinite, flat)):  # read cell by cell, to name it
        flat = [cells.number(value, f"weight {i + 1}", blank=Decimal(0)) for i, value in enumerate(flat)]
    elif all(map(float.is_integer, flat)):  # whole numbers (inhabitants): the core's integer path, same result
        flat = list(map(int, flat))
    shares = allocate(cells.number(total, "total"), flat,
                      decimals=cells.whole_number(decimals, "decimals", 0),
                      method=cells.text(method, "method", "largest_remainder"))
    values = list(map(cells.as_excel_number, shares))
    return [values[r * width:(r + 1) * width] for r in range(len(rows))]


def _rates_from_range(rates) -> RatesTable:
    if rates is None:
        return DEFAULT_RATES  # a literal in the core: Excel's own Python (xlwings Lite) has no files
    table = {}
    first_row: dict[int, int] = {}
    for r, row in enumerate(cells.grid(rates, "rates"), start=1):
        if len(row) != 2:
            raise InputError(f"rates must have two columns (schaal | kosten per fte), got {len(row)}")
        scale, cost = row
        if scale is None and cost is None:
            continue
        if r == 1 and isinstance(scale, str) and isinstance(cost, str):
            continue  # a header row
        number = cells.whole_number(scale, f"rates row {r} schaal", None)
        if number in first_row:  # never let the later row win silently
            raise InputError(f"rates: scale {number} appears twice (rows {first_row[number]} and {r})")
        first_row[number] = r
        table[number] = cells.number(cost, f"rates row {r} cost")
    if not table:
        raise InputError("rates range is empty")
    return RatesTable.of(table)


def _fte_cost(fte, scale, rates=None):
    amount = fte_cost(cells.number(fte, "fte"), cells.whole_number(scale, "scale", None), _rates_from_range(rates))
    return cells.as_excel_number(amount)


def _hours_cost(hours_per_week, rate, weeks=None):
    amount = hours_cost(cells.number(hours_per_week, "hours_per_week"), cells.number(rate, "rate"),
                        cells.number(weeks, "weeks", blank=Decimal(DEFAULT_WEEKS)))
    return cells.as_excel_number(amount)


def _fte(hours_per_week, fulltime_hours=None):
    fraction = fte_from_hours(cells.number(hours_per_week, "hours_per_week"),
                              cells.number(fulltime_hours, "fulltime_hours", blank=Decimal(DEFAULT_FULLTIME_HOURS)))
    return cells.as_excel_number(fraction)


def _contingency(amount, rate=None):
    result = contingency(cells.number(amount, "amount"), cells.number(rate, "rate", blank=DEFAULT_CONTINGENCY_RATE))
    return cells.as_excel_number(result)


def _prorate(amount, start_date, year):
    result = prorate(cells.number(amount, "amount"), cells.date(start_date, "start_date"),
                     cells.whole_number(year, "year", None))
    return cells.as_excel_number(result)


ALLOCATE = expose(
    _allocate, "ALLOCATE",
    "Splits a total over weights; the shares add up exactly to the total rounded to 'decimals'. "
    "Spills one share per weight, in the shape of the weights range.",
    {
        "total": "The amount to split, e.g. 27000. Negative amounts (baten) give negative shares.",
        "weights": "The verdeelsleutel: a column or row of non-negative weights (inhabitants, percentages). "
                   "Blank cells count as 0.",
        "decimals": "Optional. Rounding like ROUND: 2 = cents, 0 = euros (default), -3 = whole thousands.",
        "method": "Optional. largest_remainder (default, Hamilton), sainte_lague (Webster) or dhondt (Jefferson).",
    },
    ranges=("weights",),
)
FTE_COST = expose(
    _fte_cost, "FTE_COST",
    "Annual cost of a position: FTE x the integral cost per FTE of its salary scale, to the cent.",
    {
        "fte": "Full-time equivalents, e.g. 0.4 (use the unrounded figure, e.g. 0.132, not 0.13).",
        "scale": "Salary scale (schaal), e.g. 10.",
        "rates": "Optional. Two columns: schaal | cost per FTE. Default: the table of the Midden-Limburg West "
                 "convenant 2018 (8: 65000, 10: 80000, 11: 90000, 12: 100000).",
    },
    ranges=("rates",),
)
HOURS_COST = expose(
    _hours_cost, "HOURS_COST",
    "Annual cost of hours per week: hours x hourly rate x weeks a year, to the cent (7 x 85 x 45 = 26775).",
    {
        "hours_per_week": "Hours per week, e.g. 7.",
        "rate": "Hourly rate (inhuurtarief) in euros, e.g. 85.",
        "weeks": "Optional. Working weeks a year; default 45.",
    },
)
FTE = expose(
    _fte, "FTE",
    "Hours per week as FTE of a full working week (default 36 hours, CAO Gemeenten).",
    {
        "hours_per_week": "Hours per week, e.g. 18.",
        "fulltime_hours": "Optional. Hours of a full-time week; default 36.",
    },
)
CONTINGENCY = expose(
    _contingency, "CONTINGENCY",
    "Onvoorzien: a percentage (default 5%) of an amount, to the cent.",
    {
        "amount": "The sum of the other budget lines.",
        "rate": "Optional. The rate as a fraction: 0.05 = 5% (default).",
    },
)
PRORATE = expose(
    _prorate, "PRORATE",
    "The part of an annual amount that falls in a year for a position starting on a date: "
    "amount x months remaining / 12.",
    {
        "amount": "The annual amount, e.g. 90000.",
        "start_date": "The start date, e.g. 1-9-2018 (a start after the 1st counts from the next month).",
        "year": "The budget year, e.g. 2018.",
    },
)

# Dutch names for officers on Dutch-language Excel: the same implementations, exposed again.
VERDEEL = alias(ALLOCATE, "VERDEEL")
LOONKOSTEN = alias(FTE_COST, "LOONKOSTEN")
ONVOORZIEN = alias(CONTINGENCY, "ONVOORZIEN")
