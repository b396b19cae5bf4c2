"""Reading what Excel hands over (classic xlwings or xlwings Lite, see excel.py) into exact values.

Numbers arrive as float, blank cells as None, text as str, date cells as datetime (classic; xlwings
Lite gives their serial number), error cells as their text ('#DIV/0!', because every argument is
declared with err_to_str=True), and ranges as 2-D lists. Each reader names the argument and the
position in its error message.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from pyengine.errors import InputError
from pyengine.core.money import to_decimal

EXCEL_ERRORS = ("#DIV/0!", "#N/A", "#NAME?", "#NULL!", "#NUM!", "#REF!", "#VALUE!", "#SPILL!", "#CALC!")
EXCEL_EPOCH = dt.date(1899, 12, 30)  # serial number 0 in Excel's 1900 date system (after its 1900 leap bug)


def number(value: object, label: str, *, blank: Decimal | None = None) -> Decimal:
    """A single number; ``blank`` is what an empty cell means (None: an empty cell is an error)."""
    if isinstance(value, list):
        cells = sum(len(row) if isinstance(row, list) else 1 for row in value)
        if cells != 1:
            raise InputError(f"{label} must be a single cell, got a range of {cells} cells")
        value = value[0][0] if isinstance(value[0], list) else value[0]
    if value is None or value == "":
        if blank is None:
            raise InputError(f"{label} is empty")
        return blank
    if isinstance(value, str):
        if value.strip() in EXCEL_ERRORS:
            raise InputError(f"{label} is an error value ({value.strip()})")
        raise InputError(f"{label} is text ({value!r}), not a number")
    if isinstance(value, (dt.date, dt.datetime)):
        raise InputError(f"{label} is a date, not a number")
    if isinstance(value, bool):
        raise InputError(f"{label} is TRUE/FALSE, not a number")
    return to_decimal(value, label)


def whole_number(value: object, label: str, default: int | None) -> int:
    """A whole number; ``default`` is what an empty cell means (None: an empty cell is an error)."""
    amount = number(value, label, blank=None if default is None else Decimal(default))
    if amount != amount.to_integral_value():
        raise InputError(f"{label} must be a whole number, got {amount}")
    return int(amount)


def text(value: object, label: str, default: str) -> str:
    if value is None or value == "":
        return default
    if not isinstance(value, str) or value.strip() in EXCEL_ERRORS:
        raise InputError(f"{label} must be text, got {value!r}")
    return value.strip()


def date(value: object, label: str) -> dt.date:
    """A date cell (datetime) or an Excel serial number."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    serial = number(value, label)
    if serial != serial.to_integral_value() or not 1 <= serial <= 2958465:
        raise InputError(f"{label} is not a date: {serial}")
    return EXCEL_EPOCH + dt.timedelta(days=int(serial))


def grid(value: object, label: str) -> list[list[object]]:
    """A 2-D range as a list of rows (a single cell becomes [[value]])."""
    if not isinstance(value, list):
        return [[value]]
    if value and not isinstance(value[0], list):
        return [value]
    return value


def as_excel_number(amount: object) -> float:
    """What a cell receives: Excel stores numbers as doubles."""
    return float(amount)
