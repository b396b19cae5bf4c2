"""The one number reader for every table input and spec value: stated conventions, never a guess.

Pure (no I/O), so the Excel input-workbook reader and the audit can use it too.

Conventions (``convention`` argument):

- ``"nl"``: a semicolon CSV, as Dutch Excel writes it. The dot separates thousands, the comma is
  the decimal sign: ``5.952`` is 5952, ``1.010,5`` is 1010.5, ``4,7`` is 4.7. A dot must group
  exactly three digits (``5.95`` fits neither convention and is refused). A whole amount may end in ``,-``
  (``180.000,-``), as Dutch prices and budgets are often written.
- ``"dot"``: a comma CSV. The dot is the decimal sign (``4.7``); there is no thousands separator.
  A comma inside a value (quoted ``"5,952"``) is refused: it could be a thousands separator or a
  decimal comma.
- ``"spec"``: a text value in a TOML spec: like ``"dot"``, and TOML's ``_`` digit separator is allowed
  (``"3_416_000"``).
- ``"cell"``: an xlsx cell. Number cells are exact (a double is read by its shortest repr: what was
  typed); a text cell holding a number is accepted only without any separator (``"5952"``,
  ``"-12"``); ``"5.952"`` typed as text is refused (type it as a number). A text that ends in ``,-``
  (``"180.000,-"``) can only be Dutch and is read so.

In every convention a space or non-breaking space may group thousands (CBS StatLine writes
``11 867``), a leading minus sign is allowed, and nothing else: no currency sign, no percent sign, no
exponent. Every number must fit a workbook exactly: at most 15 significant digits (what an Excel
cell holds). Errors are :class:`ValueError` subclasses whose text says what is wrong and what is
expected; the caller prefixes the place (file, row, column or cell).

Why regular expressions and not Babel's ``parse_decimal``: the rules above are stricter than any
locale's (Babel's Dutch locale reads ``5.95`` as 595 in lenient mode and would still need the
exact-digits and ambiguity checks), and they fit in the patterns below.
"""

from __future__ import annotations

import datetime
import math
import re
from decimal import Decimal

from ..errors import InputError
from ..i18n import _

CONVENTIONS = ("nl", "dot", "spec", "cell")
MAX_DIGITS = 15  # significant digits a workbook cell (an IEEE double) holds exactly

_SPACE = "[ \u00a0\u202f]"
# a thousands group never starts with 0 ("0.500" is not 500 in anyone's convention)
_NL = re.compile(rf"^-?([1-9]\d{{0,2}}(\.\d{{3}})+|[1-9]\d{{0,2}}({_SPACE}\d{{3}})+|\d+)(,\d+)?$")
_DOT = re.compile(rf"^-?([1-9]\d{{0,2}}({_SPACE}\d{{3}})+|\d+)(\.\d+)?$")
_SPEC = re.compile(r"^-?\d+(_\d+)*(\.\d+(_\d+)*)?$")
_GROUPED = re.compile(r"^-?[1-9]\d{0,2}(\.\d{3})+$")
_PLAIN = re.compile(r"^-?\d+$")
# in a semicolon CSV: "51,950" is 51.95 by the Dutch convention, but reads as 51950 to an English eye
_COMMA_GROUPED = re.compile(r"^-?[1-9]\d{0,2},\d{3}$")
_NL_WHOLE = re.compile(r"^-?([1-9]\d{0,2}(\.\d{3})+|\d+)$")
# "180.000,-": a Dutch whole amount (",-" or ",--" after the euros)
_NL_DASH = re.compile(rf"^(-?([1-9]\d{{0,2}}(\.\d{{3}})+|[1-9]\d{{0,2}}({_SPACE}\d{{3}})+|\d+)),--?$")


class NumberError(InputError):
    """A value that is not a number in the stated convention (the message has no place yet)."""


def parse_number(value: object, convention: str) -> Decimal:
    """``value`` (text, or for ``"cell"``/``"spec"`` also int or float) as an exact Decimal.

    Raises :class:`NumberError` saying what is wrong and what is expected."""
    if convention not in CONVENTIONS:
        raise ValueError(_('unknown number convention {convention}').format(convention=repr(convention)))
    if isinstance(value, bool):
        raise NumberError(_('{value} is not a number').format(value='TRUE/FALSE' if convention == 'cell' else str(value).lower()))
    if isinstance(value, int):
        return check_digits(Decimal(value), value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise NumberError(_('{value} is not a finite number').format(value=value))
        return check_digits(Decimal(repr(value)), value)
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise NumberError(_('{value} is not a finite number').format(value=value))
        return check_digits(value, value)
    if isinstance(value, (datetime.date, datetime.time)):
        raise NumberError(_('{value} is a date or time, not a number').format(value=value))
    if value is None:  # an empty cell: say so, never Python's name for nothing
        raise NumberError(_('the value is empty'))
    if not isinstance(value, str):
        raise NumberError(_('{value} is not a number').format(value=repr(value)[:60]))
    text = value.strip().strip("\u00a0\u202f")
    if not text:
        raise NumberError(_('the value is empty'))
    if text.startswith("+"):
        text = text[1:]
    dash = _NL_DASH.match(text) if convention in ("nl", "cell") else None
    if dash:  # "180.000,-" is Dutch whatever the convention of the rest of the file
        return check_digits(Decimal(re.sub(_SPACE, "", dash.group(1)).replace(".", "")), value)
    if convention == "nl":
        if not _NL.match(text):
            raise NumberError(_explain(value, convention))
        normal = re.sub(_SPACE, "", text).replace(".", "").replace(",", ".")
    elif convention == "dot":
        if not _DOT.match(text):
            raise NumberError(_explain(value, convention))
        normal = re.sub(_SPACE, "", text)
    elif convention == "spec":
        if not _SPEC.match(text):
            raise NumberError(_explain(value, convention))
        if _GROUPED.match(text):  # "25.000": 25 or a Dutch 25000? never guess
            whole, grouped = text.replace(".", ""), text.replace(".", "_")  # the digits typed, never an example's
            if text.count(".") == 1:
                raise NumberError(_('{value} is ambiguous: a dot before exactly three digits reads as a Dutch thousands '
                                    'separator; write {whole} or {grouped}, or {text}0 for decimals').format(
                    value=_short(value), whole=whole, grouped=grouped, text=text))
            raise NumberError(_('{value} is ambiguous: a dot before exactly three digits reads as a Dutch thousands '
                                'separator; write {whole} or {grouped}').format(value=_short(value), whole=whole,
                                                                                grouped=grouped))
        normal = text.replace("_", "")
    else:
        if not _PLAIN.match(re.sub(_SPACE, "", text)):
            raise NumberError(_explain(value, convention))
        normal = re.sub(_SPACE, "", text)
    return check_digits(Decimal(normal), value)


def ambiguous_grouping(values: list[object], convention: str = "dot") -> tuple[int, int] | None:
    """In a CSV column: (index of a value that reads as a thousands group of the other convention, index of a
    whole number) when both occur; None when the column does not mix the two. Never guess:

    - comma CSV (``"dot"``): ``5.952`` beside ``932`` is probably a Dutch thousands group (5952), but reads
      as 5.952;
    - semicolon CSV (``"nl"``): ``51,950`` beside ``932`` or ``125.778`` is probably an English thousands
      group (51950), but reads as 51,95."""
    pattern, whole = (_COMMA_GROUPED, _NL_WHOLE) if convention == "nl" else (_GROUPED, _PLAIN)
    grouped = plain = None
    for index, value in enumerate(values):
        text = value.strip() if isinstance(value, str) else ""
        if grouped is None and pattern.match(text):
            grouped = index
        elif plain is None and whole.match(text):
            plain = index
        if grouped is not None and plain is not None:
            return grouped, plain
    return None


def check_digits(number: Decimal, shown: object) -> Decimal:
    """Refuse a number a workbook cannot hold exactly (more than 15 significant digits)."""
    digits = "".join(map(str, number.as_tuple().digits)).lstrip("0")
    if number.as_tuple().exponent < 0:  # trailing zeros after the decimal sign carry no information
        digits = digits.rstrip("0")
    if len(digits.rstrip("0")) > MAX_DIGITS:  # normalize() would round beyond 28 digits: count by hand
        raise NumberError(_('{value} has more than {max_digits} significant digits; a workbook holds at most {max_digits} exactly').format(value=_short(shown), max_digits=MAX_DIGITS))
    return number


def _short(value: object) -> str:
    text = repr(value) if isinstance(value, str) else str(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _explain(value: str, convention: str) -> str:
    shown = _short(value)
    text = value.strip()
    if re.search(r"\d[eE][-+]?\d", text):
        return _('{shown} is written with an exponent; write the number in full').format(shown=shown)
    if re.search(r"[€$%]", text):
        return _('{shown} holds a currency or percent sign; write the number only').format(shown=shown)
    if convention == "nl":
        return (_('{shown} is not a number in the Dutch convention of a semicolon CSV (dot = thousands separator in groups of three, comma = decimal sign: 5.952 or 1.010,5)').format(shown=shown))
    if convention == "dot":
        if "," in text:
            return (_('{shown} is ambiguous in a comma CSV (thousands separator or decimal comma?); write 4.7 or 5952, or save the file with semicolons (Dutch convention)').format(shown=shown))
        return _('{shown} is not a number (in a comma CSV the dot is the decimal sign: 4.7)').format(shown=shown)
    if convention == "spec":
        if "," in text:
            return _('{shown} has a comma; in a spec the dot is the decimal sign (4.7) and _ groups digits (5_952)').format(shown=shown)
        return _('{shown} is not a number (write 4.7, 5952 or 5_952)').format(shown=shown)
    return _('{shown} is text, not a number; type it as a number in the cell').format(shown=shown)
