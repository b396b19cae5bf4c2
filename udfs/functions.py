"""The Excel functions' implementations: cell values in, pyengine called, the result shaped for Excel.

Their names, help texts and Dutch names live in the registry (registry.py); excel.py exposes them.

Standard library and pyengine's pure core only: this module also runs inside Excel (xlwings Lite).
"""

from __future__ import annotations

import math
from decimal import Decimal
from itertools import chain, repeat
from operator import itemgetter, mul, truediv

from pyengine import contingency, fte_cost, fte_from_hours, hours_cost, prorate, round_half_away
from pyengine.core.allocation import allocate_in_units
from pyengine.core.capacity import (DEFAULT_CONTINGENCY_RATE, DEFAULT_FULLTIME_HOURS, DEFAULT_RATES, DEFAULT_WEEKS,
                                    RatesTable, check_hours, check_weeks)
from pyengine.core.indexation import index_amount, phase_in
from pyengine.core.money import to_decimal
from pyengine.errors import InputError
from pyengine.i18n import _

from . import cells
from .cells import EXCEL_DIGITS, label

_NUMBERS = frozenset((int, float))


def _weight_label(index: int) -> str:
    return f"{label('weight')} {index + 1}"


def _weights(weights) -> tuple[list, int, int]:
    """The weights range as one flat list of numbers (ints where all are whole), its width and height.

    One pass over the cells on the common path (numbers and blanks); a cell that is anything else is
    read on its own, so that the message names it (weight 3, counted from 1 as Excel users do)."""
    rows = cells.grid(weights)
    width = len(rows[0]) if rows else 0
    if len(set(map(len, rows))) > 1:
        raise InputError(_("{name} must be a rectangular range").format(name=label("weights")))
    flat = list(chain.from_iterable(rows)) if isinstance(rows[0], list) else list(rows)
    kinds = set(map(type, flat))
    if type(None) in kinds and kinds <= _NUMBERS | {type(None)}:
        flat = [0 if value is None else value for value in flat]
        kinds.discard(type(None))
    if not kinds <= _NUMBERS or (float in kinds and not all(map(math.isfinite, flat))):
        return [cells.number(cells.cell(value), _weight_label(i), blank=Decimal(0)) for i, value in enumerate(flat)], \
            width, len(rows)
    if float in kinds:
        flat = _as_integers(flat)
    return flat, width, len(rows)


_EXACT = 10 ** EXCEL_DIGITS
_SAMPLE = 16  # weights whose repr gives the first number of places to try


def _as_integers(weights: list) -> list:
    """Decimal weights as typed in Excel (4.7, 0.132) scaled to integers over 10**places, in a few passes.

    Each weight is the double nearest to a decimal of at most 15 significant digits (Excel's). The
    integer w x 10**places is that decimal exactly when dividing it back gives the same double
    (int / int is correctly rounded) and it stays below 10**15 (then no other such decimal is that
    double). Common factors do not change an allocation, so the core's integer path gives what its
    exact decimal path would. Otherwise (negative or huge weights) the weights go to the core as
    they are, which reads each one exactly and names a bad one.

    The search starts at the most digits after the point in the shortest reprs of the first few
    weights (0.132 -> 3; fewer places cannot hold those weights, and a key's weights mostly have as
    many): usually one pass suffices. repr is slow in Pyodide, so only a sample is read that way."""
    if min(weights) < 0:
        return weights
    if all(map(float.is_integer, map(float, weights))):  # whole numbers (inhabitants): one pass
        scaled = list(map(int, weights))
        return scaled if max(scaled) < _EXACT else weights
    count = len(weights)
    texts = list(map(repr, weights[:_SAMPLE]))
    fewest = max(map(len, map(itemgetter(2), map(str.partition, texts, repeat(".", len(texts))))))
    if "e" in "".join(texts):  # 1e-05: digits after the point do not say
        fewest = 1
    for places in range(max(fewest, 1), EXCEL_DIGITS + 1):
        scale = 10 ** places
        scaled = list(map(round, map(mul, weights, repeat(scale, count))))
        if max(scaled) >= _EXACT:
            return weights
        if list(map(truediv, scaled, repeat(scale, count))) == weights:
            return scaled
    return weights


def allocate_cells(total, weights, decimals=None, method=None):
    flat, width, height = _weights(weights)
    places = cells.whole_number(decimals, label("decimals"), 0)
    amount = cells.number(total, label("total"))
    if -15 <= places <= 15:  # else the core refuses the decimals themselves
        cells.within_excel_digits(round_half_away(amount, places), places, label("total"))
    method_name = cells.text(method, label("method"), "largest_remainder")
    try:  # whole units of 10**-places: no Decimal per share
        units = allocate_in_units(amount, flat, decimals=places, method=method_name)
    except InputError as error:
        if error.argument == "weights" and error.index is not None:  # Excel counts from 1 (the core's only
            raise InputError(_("{name} is negative ({value})").format(  # item error: a negative weight)
                name=_weight_label(error.index), value=cells.plain(error.value))) from None
        raise
    # Each share becomes the double nearest to it: int / int is correctly rounded (= float(Decimal share)).
    if places > 0:
        values = list(map(truediv, units, repeat(10 ** places, len(units))))
    else:
        values = list(map(float, units if places == 0 else [u * 10 ** -places for u in units]))
    if height == 1:
        return [values]
    if width == 1:  # a column (the usual key): one C-level pass
        return list(map(list, zip(values)))
    return [values[r * width:(r + 1) * width] for r in range(height)]


def _keyed_rows(value, name: str, wrong_width: str, key_label: str, value_label: str, twice, check_key=None,
                check_value=None, read_value=cells.number) -> dict[int, Decimal]:
    """A two-column range (rates: schaal | cost; indices: year | percent) as {whole number: number}, rows
    counted from 1 as Excel users do; blank rows (desktop Excel hands their cells over as 0) and a header row
    of text are skipped, a key given twice is refused (``twice(key, first row, second row)``: the message)."""
    table: dict[int, Decimal] = {}
    first_row: dict[int, int] = {}
    for r, row in enumerate(cells.cells_of(value), start=1):
        if len(row) != 2:
            raise InputError(wrong_width.format(name=name, count=len(row)))
        first, second = row
        if cells.is_blank_or_zero(first) and cells.is_blank_or_zero(second):
            continue
        if r == 1 and isinstance(first, str) and isinstance(second, str):
            continue  # a header row
        number = cells.whole_number(first, key_label.format(name=name, row=r), None)
        if check_key:
            check_key(number, key_label.format(name=name, row=r))
        if number in first_row:  # never let the later row win silently
            raise InputError(twice(number, first_row[number], r))
        first_row[number] = r
        table[number] = read_value(second, value_label.format(name=name, row=r))
        if check_value:
            check_value(table[number], value_label.format(name=name, row=r))
    return table


def _rates_from_range(rates) -> RatesTable:
    if cells.is_blank_or_zero(rates):
        return DEFAULT_RATES  # a literal in the core: Excel's own Python (xlwings Lite) has no files
    name = label("rates")
    table = _keyed_rows(rates, name, _("{name} must have two columns (schaal | cost per FTE), got {count}"),
                        _("{name} row {row} schaal"), _("{name} row {row} cost"),
                        lambda scale, first, second: _("{name}: scale {scale} appears twice (rows {first} and "
                                                       "{second})").format(name=name, scale=scale, first=first,
                                                                           second=second),
                        check_key=_scale, check_value=cells.not_negative, read_value=cells.nonzero)
    if not table:
        raise InputError(_("{name} range is empty").format(name=name))
    return RatesTable.of(table)


def _result(amount: Decimal) -> float:
    return cells.as_excel_number(amount, _("the result"))


def _scale(number: int, name: str) -> int:
    if number < 1:
        raise InputError(_("{name} must be a whole scale number such as 10, got {scale}").format(
            name=name, scale=number))
    return number


def fte_cost_cells(fte, scale, rates=None):
    amount = cells.not_negative(cells.number(fte, label("fte")), label("fte"))
    return _result(fte_cost(amount, _scale(cells.whole_number(scale, label("scale"), None), label("scale")),
                            _rates_from_range(rates)))


def _hours(hours_per_week) -> Decimal:
    hours = cells.not_negative(cells.number(hours_per_week, label("hours_per_week")), label("hours_per_week"))
    check_hours(hours, label("hours_per_week"))  # here too, to name the argument as the caller does
    return hours


def hours_cost_cells(hours_per_week, rate, weeks=None):
    hours = _hours(hours_per_week)
    hourly = cells.not_negative(cells.number(rate, label("rate")), label("rate"))
    count = (Decimal(DEFAULT_WEEKS) if cells.is_blank_or_zero(weeks)
             else cells.not_negative(cells.number(weeks, label("weeks")), label("weeks")))
    check_weeks(count, label("weeks"))
    return _result(hours_cost(hours, hourly, count))


def fte_cells(hours_per_week, fulltime_hours=None):
    hours = _hours(hours_per_week)
    fulltime = (Decimal(DEFAULT_FULLTIME_HOURS) if cells.is_blank_or_zero(fulltime_hours)
                else cells.positive(cells.number(fulltime_hours, label("fulltime_hours")), label("fulltime_hours")))
    fraction = fte_from_hours(hours, fulltime)
    return float(fraction)  # at most 168 / (a positive number): finite


def contingency_cells(amount, rate=None):
    fraction = cells.number(rate, label("rate"), blank=DEFAULT_CONTINGENCY_RATE)
    if not 0 <= fraction <= 1:
        raise InputError(_("{name} must be between 0 and 1 (0.05 = 5%), got {value}").format(
            name=label("rate"), value=cells.plain(fraction)))
    return _result(contingency(cells.number(amount, label("amount")), fraction))


def prorate_cells(amount, start_date, year):
    return _result(prorate(cells.number(amount, label("amount")), cells.date(start_date, label("start_date")),
                           cells.whole_number(year, label("year"), None)))


def _index_table(indices) -> dict[int, Decimal]:
    """The indices range: two columns, year | index in percent (a header row and blank rows are skipped)."""
    name = label("indices")
    table = _keyed_rows(indices, name, _("{name} must have two columns (year | index in percent), got {count}"),
                        _("{name} row {row} year"), _("{name} row {row} index"),
                        lambda year, first, second: _("{name}: year {year} appears twice (rows {first} and "
                                                      "{second})").format(name=name, year=year, first=first,
                                                                          second=second))
    return table


def index_amount_cells(amount, base_year, year, indices):
    """INDEX_AMOUNT: the amount at the price level of ``year``, rounded once to whole euros."""
    return _result(index_amount(cells.number(amount, label("amount")),
                                cells.whole_number(base_year, label("base_year"), None),
                                cells.whole_number(year, label("year"), None), _index_table(indices),
                                name=label("indices")))


def phase_in_cells(total, key_a, key_b, step, steps):
    """PHASE_IN: the exact split of the blend of key A and key B at step ``step`` of ``steps``, in euros."""
    flat_a, width, height = _weights(key_a)
    flat_b, width_b, height_b = _weights(key_b)
    if (width, height) != (width_b, height_b):
        raise InputError(_("{a} and {b} must have the same shape ({rows} x {cols})").format(
            a=label("key_a"), b=label("key_b"), rows=height, cols=width))
    amount = cells.number(total, label("total"))
    cells.within_excel_digits(round_half_away(amount, 0), 0, label("total"))
    for flat, argument in ((flat_a, "key_a"), (flat_b, "key_b")):
        for index, weight in enumerate(flat):  # named as Excel users count: key_a weight 3
            if weight < 0:
                raise InputError(_("{key} {weight} is negative ({value})").format(
                    key=label(argument), weight=_weight_label(index),
                    value=cells.plain(to_decimal(weight, label(argument)))))
    shares = phase_in(amount, flat_a, flat_b, cells.whole_number(step, label("step"), 0),
                      cells.whole_number(steps, label("steps"), 0))
    values = list(map(float, shares))
    if height == 1:
        return [values]
    return [values[r * width:(r + 1) * width] for r in range(height)]
