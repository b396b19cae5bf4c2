"""Exact numbers: conversion of user values to Decimal and Excel-style rounding.

Money never passes through a binary float. A float handed over by Excel is read by its shortest
repr (``0.047`` stays ``0.047``), which is what the officer typed.
"""

from __future__ import annotations

import math
from decimal import Decimal, InvalidOperation
from fractions import Fraction
from numbers import Rational

from ..errors import InputError
from ..i18n import _

Number = int | float | Decimal | str | Fraction


MAX_EXPONENT = 400  # every float fits; "1e999999" in a file would make million-digit integers


def to_decimal(value: object, name: str) -> Decimal:
    """Convert a user value to an exact, finite Decimal, or raise InputError naming ``name``."""
    number = _to_decimal(value, name)
    if number and not -MAX_EXPONENT < number.adjusted() < MAX_EXPONENT:
        raise InputError(_('{name} is out of range: {value}').format(name=name, value=value))
    return number


def _to_decimal(value: object, name: str) -> Decimal:
    if isinstance(value, bool):
        raise InputError(_('{name} is a boolean ({value}), not a number').format(name=name, value=value))
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise InputError(_('{name} is not a finite number: {value}').format(name=name, value=value))
        return Decimal(float.__repr__(value))  # a numpy float64's repr is "np.float64(1.5)"
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise InputError(_('{name} is not a finite number: {value}').format(name=name, value=value))
        return value
    if isinstance(value, Fraction):
        raise InputError(_('{name} is a fraction ({value}); give a decimal number').format(name=name, value=value))
    if isinstance(value, str):
        text = value.strip()
        try:
            number = Decimal(text)
        except InvalidOperation:
            raise InputError(_('{name} is not a number: {value}').format(name=name, value=repr(value))) from None
        if not number.is_finite():
            raise InputError(_('{name} is not a finite number: {value}').format(name=name, value=repr(value)))
        return number
    dtype = getattr(value, "dtype", None)
    if type(value).__module__ == "numpy" and getattr(dtype, "kind", "") in ("b", "i", "u", "f"):
        # a numpy scalar (np.int64, np.float32, np.longdouble): exact by its own shortest repr
        if dtype.kind == "b":
            raise InputError(_('{name} is a boolean ({value}), not a number').format(name=name, value=value))
        if dtype.kind in "iu":
            return Decimal(int(value))
        number = Decimal(str(value))
        if not number.is_finite():
            raise InputError(_('{name} is not a finite number: {value}').format(name=name, value=value))
        return number
    raise InputError(_('{name} is not a number: {value}').format(name=name, value=repr(value)[:60]))


def to_fraction(value: object, name: str) -> Fraction:
    """Like to_decimal, but also accepts exact fractions (e.g. 4/36 FTE)."""
    if isinstance(value, Rational) and not isinstance(value, bool):
        return Fraction(value)
    return Fraction(to_decimal(value, name))


MAX_DECIMALS = 15  # like Excel's ROUND, beyond about 15 digits a double has nothing left to round


def check_decimals(decimals: object) -> int:
    if isinstance(decimals, bool) or not isinstance(decimals, int):
        raise InputError(_('decimals must be a whole number, got {decimals}').format(decimals=repr(decimals)))
    if not -MAX_DECIMALS <= decimals <= MAX_DECIMALS:
        raise InputError(_('decimals must be between -{max_decimals} and {max_decimals}, got {decimals}').format(max_decimals=MAX_DECIMALS, decimals=decimals))
    return decimals


def round_units(value: Fraction, decimals: int) -> int:
    """Round ``value`` half away from zero to ``decimals`` places; return it in units of 10**-decimals."""
    check_decimals(decimals)
    scaled = value * Fraction(10) ** decimals
    magnitude = math.floor(abs(scaled) + Fraction(1, 2))
    return -magnitude if scaled < 0 else magnitude


def units_to_decimal(units: int, decimals: int) -> Decimal:
    """Exact Decimal for ``units`` x 10**-decimals (a string round trip never rounds)."""
    if decimals <= 0:
        return Decimal(units * 10 ** (-decimals))
    return Decimal(f"{units}E-{decimals}")


def round_half_away(value: object, decimals: int = 0, name: str = "value") -> Decimal:
    """Excel's ROUND: half away from zero; ``decimals`` may be negative (-3 = whole thousands)."""
    return units_to_decimal(round_units(to_fraction(value, name), check_decimals(decimals)), decimals)


def cents(value: Fraction | Decimal | int) -> Decimal:
    """An amount rounded half away from zero to the cent."""
    return units_to_decimal(round_units(Fraction(value), 2), 2)
