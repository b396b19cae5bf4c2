"""Reading what Excel hands over (classic xlwings or xlwings Lite, see excel.py) into exact values.

Numbers arrive as float (Lite: int for whole numbers), blank cells as None (Lite: None; desktop
Excel through Office.js may send a blank as 0), text as str, date cells as datetime (classic;
Lite gives their serial number), error cells as their text ('#DIV/0!', every argument is declared
with err_to_str=True), and ranges as 2-D lists. Each reader names the argument (in the language of
the function name that was called, see ``label``) and the position in its error message.
"""

from __future__ import annotations

import contextvars
import datetime as dt
from decimal import Decimal

from pyengine.core.money import to_decimal
from pyengine.errors import InputError
from pyengine.i18n import _, language
from pyengine.i18n import number as number_text

EXCEL_ERRORS = ("#DIV/0!", "#N/A", "#NAME?", "#NULL!", "#NUM!", "#REF!", "#VALUE!", "#SPILL!", "#CALC!")
EXCEL_EPOCH = dt.date(1899, 12, 30)  # serial number 0 in Excel's 1900 date system (after its 1900 leap bug)
EXCEL_DIGITS = 15  # Excel keeps 15 significant digits of a number

# English argument name -> the name shown in messages, set per call by excel.py (Dutch for a Dutch name).
argument_names: contextvars.ContextVar[dict[str, str]] = contextvars.ContextVar("argument_names", default={})


def label(argument: str) -> str:
    """The argument's name as the caller's function name spells it (weights / gewichten)."""
    return argument_names.get().get(argument, argument)


def cell(value: object) -> object:
    """One cell of a range as xlwings Lite's raw converter hands it over, read as classic xlwings
    would give it: a blank (JsNull, "") as None, an error cell as its text, a data type as its value."""
    kind = type(value)
    if kind is float or value is None:
        return value
    if kind is int:  # Lite: a whole number crosses JavaScript as int; classic gives 5.0
        return float(value)
    if kind is dict:
        return value.get("basicValue")
    if value == "" or kind.__name__ == "JsNull":
        return None
    return value


def cells_of(value: object) -> list[list[object]]:
    """A range argument as rows of cells read as classic xlwings gives them (see ``cell``)."""
    return [[cell(item) for item in row] for row in grid(value)]


def is_blank(value: object) -> bool:
    """A blank cell, as any runtime hands it over: None, "" or a range of one blank cell."""
    return value is None or value == "" or value == [[None]] or value == [None]


def is_blank_or_zero(value: object) -> bool:
    """For arguments where 0 is not a valid value: desktop Excel hands a blank cell over as 0
    (Office.js), the web as null, classic as None; all three mean 'not given'."""
    if isinstance(value, list) and len(value) == 1:
        value = value[0][0] if isinstance(value[0], list) and len(value[0]) == 1 else value[0]
    value = cell(value)
    return is_blank(value) or (type(value) in (int, float) and value == 0)


ZERO = Decimal(0)


def number(value: object, name: str, *, blank: Decimal = ZERO) -> Decimal:
    """A single number; ``blank`` is what an empty cell means: 0 by Excel's rule (a referenced blank cell
    is 0, as desktop Excel hands it over anyway), or an argument's default. ``name`` is the label used in
    messages (see ``label``). For an argument where 0 is not valid, see ``nonzero``."""
    if isinstance(value, list):
        cells = sum(len(row) if isinstance(row, list) else 1 for row in value)
        if cells != 1:
            raise InputError(_("{name} must be a single cell, got a range of {cells} cells").format(
                name=name, cells=cells))
        value = value[0][0] if isinstance(value[0], list) else value[0]
    if value is None or value == "":
        return blank
    if isinstance(value, str):
        if value.strip() in EXCEL_ERRORS:
            raise InputError(_("{name} is an error value ({value})").format(name=name, value=value.strip()))
        raise InputError(_("{name} is text ({value}), not a number").format(name=name, value=repr(value)))
    if isinstance(value, (dt.date, dt.datetime)):
        raise InputError(_("{name} is a date, not a number").format(name=name))
    if isinstance(value, bool):
        raise InputError(_("{name} is TRUE/FALSE, not a number").format(name=name))
    return to_decimal(value, name)


def nonzero(value: object, name: str) -> Decimal:
    """A number where 0 is not valid (a scale, a year, a date, a cost per FTE): a blank cell, however it
    arrives (None, "", desktop Excel's 0), and 0 itself are refused alike."""
    if is_blank_or_zero(value):
        raise InputError(_("{name} is empty or 0").format(name=name))
    return number(value, name)


def whole_number(value: object, name: str, default: int | None) -> int:
    """A whole number; ``default`` is what an empty cell means (None: 0 is not valid, see ``nonzero``)."""
    amount = nonzero(value, name) if default is None else number(value, name, blank=Decimal(default))
    if amount != amount.to_integral_value():
        raise InputError(_("{name} must be a whole number, got {value}").format(name=name, value=plain(amount)))
    return int(amount)


def text(value: object, name: str, default: str) -> str:
    """Text; a blank (None, "" or desktop Excel's 0 for a blank cell) means ``default``."""
    if is_blank_or_zero(value):
        return default
    if isinstance(value, list) and len(value) == 1:
        value = value[0][0] if isinstance(value[0], list) and len(value[0]) == 1 else value[0]
    if isinstance(value, str) and value.strip() in EXCEL_ERRORS:
        raise InputError(_("{name} is an error value ({value})").format(name=name, value=value.strip()))
    if isinstance(value, bool):
        raise InputError(_("{name} is TRUE/FALSE, not text").format(name=name))
    if type(value) in (int, float):
        raise InputError(_("{name} must be text, got {value}").format(name=name, value=plain(value)))
    if not isinstance(value, str):
        raise InputError(_("{name} must be text, got {value}").format(name=name, value=repr(value)))
    return value.strip()


def date(value: object, name: str) -> dt.date:
    """A date cell (datetime) or an Excel serial number."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    serial = nonzero(value, name)
    if serial != serial.to_integral_value() or not 1 <= serial <= 2958465:
        raise InputError(_("{name} is not a date: {value}").format(name=name, value=plain(serial)))
    return EXCEL_EPOCH + dt.timedelta(days=int(serial))


def grid(value: object) -> list[list[object]]:
    """A 2-D range as a list of rows (a single cell becomes [[value]])."""
    if not isinstance(value, list):
        return [[value]]
    if value and not isinstance(value[0], list):
        return [value]
    return value


def plain(value: object) -> str:
    """A number in a message as the caller's language writes it, ungrouped: -2.0 reads -2, 1.5 reads
    1,5 in a Dutch message (the figure the officer typed, in Excel's own notation)."""
    try:
        return number_text(Decimal(str(value)).normalize(), grouping=False)
    except ArithmeticError:
        return str(value)


def not_negative(amount: Decimal, name: str) -> Decimal:
    if amount < 0:
        raise InputError(_("{name} is negative: {value}").format(name=name, value=plain(amount)))
    return amount


def positive(amount: Decimal, name: str) -> Decimal:
    if amount <= 0:
        raise InputError(_("{name} must be positive, got {value}").format(name=name, value=plain(amount)))
    return amount


def within_excel_digits(amount: Decimal, decimals: int, name: str) -> Decimal:
    """Refuse an amount that a cell (a double, 15 significant digits) cannot hold to ``decimals``
    places: beyond that, shares would no longer add up as Excel sees them (or become inf)."""
    limit = Decimal(10) ** (EXCEL_DIGITS - max(decimals, 0))
    if abs(amount) >= limit:
        raise InputError(_("{name} is too large for Excel: {value} has more than 15 significant digits").format(
            name=name, value=_scientific(amount) if amount.adjusted() > 20 else plain(amount)))
    return amount


def _scientific(amount: Decimal) -> str:
    """1.000E+300 as Excel writes it in the caller's language (1,000E+300 in Dutch)."""
    text = format(amount, ".3E")
    return text.replace(".", ",") if language() == "nl" else text


def as_excel_number(amount: Decimal, name: str, decimals: int = 2) -> float:
    """What a cell receives: Excel stores numbers as doubles (refused beyond 15 significant digits)."""
    return float(within_excel_digits(amount, decimals, name))
