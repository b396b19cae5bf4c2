"""Formulas that know their own value.

Every formula the renderer writes is built from these nodes. A node renders itself as Excel text
(``excel``) and evaluates itself exactly in Decimal (``evaluate``), so the value stored in the file
is computed from the very formula stored beside it. LibreOffice then proves that Excel arithmetic
gives the same (``pyengine verify``).

Only what the workbooks need: references, areas, numbers, + - * / &, comparisons, and the
functions SUM, ROUND, ABS, AND, QUOTIENT, COUNTIF, COUNTA, IF, SIGN, MAX, MIN.
"""

from __future__ import annotations

import decimal
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache
from decimal import Decimal
from typing import Protocol

from ..core.cells import column_letter

_CONTEXT = decimal.Context(prec=60, rounding=decimal.ROUND_HALF_EVEN)


class Values(Protocol):
    def value_at(self, sheet: str, row: int, col: int) -> object: ...


@lru_cache(maxsize=65_536)
def cell_name(row: int, col: int, absolute: bool = False) -> str:
    if absolute:
        return f"${column_letter(col)}${row}"
    return f"{column_letter(col)}{row}"


def quoted_sheet(sheet: str) -> str:
    """A sheet name as formulas and defined names write it: 'Controle''s' (quotes always allowed)."""
    return "'" + sheet.replace("'", "''") + "'"


@lru_cache(maxsize=1024)
def sheet_prefix(sheet: str, here: str) -> str:
    """'Sheet'! before a reference to another sheet; quotes only where the name needs them."""
    if sheet == here:
        return ""
    looks_like_a_cell = re.fullmatch(r"[A-Za-z]{1,3}\d+|[Rr]\d*[Cc]\d*", sheet)
    if sheet.isidentifier() and sheet.isascii() and not looks_like_a_cell:
        return f"{sheet}!"
    return quoted_sheet(sheet) + "!"


class Expr:
    # A node is never changed once made. Not enforced (frozen=True): a frozen dataclass costs three times as much
    # to make, and a workbook makes tens of thousands of nodes.
    __slots__ = ()
    array_ref: str | None = None  # the range of a classic array formula (a node of another module may have one)

    def excel(self, here: str) -> str:
        raise NotImplementedError

    def formula_text(self, here: str) -> str:
        """The text of a cell formula (without '='), as a person would write it."""
        text = self.excel(here)
        if isinstance(self, Op) and text.startswith("(") and text.endswith(")"):
            return text[1:-1]
        return text

    def evaluate(self, book: Values) -> object:
        raise NotImplementedError

    # Python operators build formulas: a + b is Op("+", a, b)
    def __add__(self, other): return Op("+", self, wrap(other))
    def __radd__(self, other): return Op("+", wrap(other), self)
    def __sub__(self, other): return Op("-", self, wrap(other))
    def __rsub__(self, other): return Op("-", wrap(other), self)
    def __mul__(self, other): return Op("*", self, wrap(other))
    def __rmul__(self, other): return Op("*", wrap(other), self)
    def __truediv__(self, other): return Op("/", self, wrap(other))
    def __neg__(self): return Neg(self)


def wrap(value: object) -> Expr:
    if isinstance(value, Expr):
        return value
    if isinstance(value, bool):
        return Bool(value)
    if isinstance(value, (int, Decimal)):
        return Num(Decimal(value))
    if isinstance(value, str):
        return Text(value)
    raise TypeError(f"cannot use {value!r} in a formula")


@lru_cache(maxsize=4096)  # the same few constants (100, 0, 2, 0.01) in thousands of formulas
def _number_text(number: Decimal) -> str:
    """A number as a formula writes it: no exponent, no trailing zeros (equal numbers: the same text)."""
    return format(number.normalize(), "f") if number else "0"


@dataclass(eq=False, slots=True)
class Num(Expr):
    number: Decimal

    def excel(self, here: str) -> str:
        return _number_text(self.number)

    def evaluate(self, book: Values) -> Decimal:
        return self.number


@dataclass(eq=False, slots=True)
class Bool(Expr):
    flag: bool

    def excel(self, here: str) -> str:
        return "TRUE" if self.flag else "FALSE"

    def evaluate(self, book: Values) -> bool:
        return self.flag


@dataclass(eq=False, slots=True)
class Text(Expr):
    text: str

    def excel(self, here: str) -> str:
        return '"' + self.text.replace('"', '""') + '"'

    def evaluate(self, book: Values) -> str:
        return self.text


@dataclass(eq=False, slots=True)
class Ref(Expr):
    sheet: str
    row: int
    col: int
    absolute: bool = False

    def excel(self, here: str) -> str:
        if self.sheet == here:
            return cell_name(self.row, self.col, self.absolute)
        return sheet_prefix(self.sheet, here) + cell_name(self.row, self.col, self.absolute)

    def evaluate(self, book: Values) -> object:
        value = book.value_at(self.sheet, self.row, self.col)
        return Decimal(0) if value is None else value


@dataclass(eq=False, slots=True)
class Area(Expr):
    sheet: str
    top: int
    left: int
    bottom: int
    right: int
    absolute: bool = False

    def excel(self, here: str) -> str:
        first = cell_name(self.top, self.left, self.absolute)
        last = cell_name(self.bottom, self.right, self.absolute)
        return f"{sheet_prefix(self.sheet, here)}{first}:{last}"

    def cells(self, book: Values) -> list[object]:
        values_in = getattr(book, "values_in", None)
        if values_in is not None:  # the workbook's fast path (COUNTIF over a column, once per member)
            return values_in(self.sheet, self.top, self.left, self.bottom, self.right)
        value_at, sheet = book.value_at, self.sheet
        return [value_at(sheet, r, c) for r in range(self.top, self.bottom + 1) for c in range(self.left, self.right + 1)]

    def evaluate(self, book: Values) -> object:
        raise TypeError("an area is only valid inside a function such as SUM")


_COMPARE = {"=": lambda a, b: a == b, "<>": lambda a, b: a != b, "<": lambda a, b: a < b,
            ">": lambda a, b: a > b, "<=": lambda a, b: a <= b, ">=": lambda a, b: a >= b}


@dataclass(eq=False, slots=True)
class Op(Expr):
    op: str
    left: Expr
    right: Expr

    def excel(self, here: str) -> str:
        # Every operation in parentheses: precedence can never surprise (the cell drops the outer pair).
        return f"({self.left.excel(here)}{self.op}{self.right.excel(here)})"

    def evaluate(self, book: Values) -> object:
        a, b = self.left.evaluate(book), self.right.evaluate(book)
        arithmetic = _ARITHMETIC.get(self.op)
        if arithmetic is not None:  # nearly always two Decimals: _as_number only for the others
            return arithmetic(a if type(a) is Decimal else _as_number(a), b if type(b) is Decimal else _as_number(b))
        if self.op == "&":
            return _as_text(a) + _as_text(b)
        if self.op in _COMPARE:
            return _COMPARE[self.op](a, b)
        raise ValueError(self.op)


def _divide(a: Decimal, b: Decimal) -> Decimal:
    if not b:
        raise ZeroDivisionError("#DIV/0!")
    return _CONTEXT.divide(a, b)


_ARITHMETIC = {"+": _CONTEXT.add, "-": _CONTEXT.subtract, "*": _CONTEXT.multiply, "/": _divide}


@dataclass(eq=False, slots=True)
class Neg(Expr):
    inner: Expr

    def excel(self, here: str) -> str:
        return f"-{self.inner.excel(here)}"

    def evaluate(self, book: Values) -> Decimal:
        return -_as_number(self.inner.evaluate(book))


@dataclass(eq=False, slots=True)
class Call(Expr):
    name: str
    args: tuple[Expr, ...]

    def excel(self, here: str) -> str:
        return f"{self.name}({','.join([a.excel(here) for a in self.args])})"

    def evaluate(self, book: Values) -> object:
        return _FUNCTIONS[self.name](book, *self.args)


def _numbers(book: Values, args: tuple[Expr, ...]) -> list[Decimal]:
    out: list[Decimal] = []
    for arg in args:
        if isinstance(arg, Area):  # SUM skips text and blanks in ranges, like Excel
            out.extend(v for v in arg.cells(book) if isinstance(v, Decimal))
        else:
            out.append(_as_number(arg.evaluate(book)))
    return out


def _round(book: Values, value: Expr, digits: Expr) -> Decimal:
    number = _as_number(value.evaluate(book))
    places = int(_as_number(digits.evaluate(book)))
    quantum = Decimal(1).scaleb(-places)
    return number.quantize(quantum, rounding=decimal.ROUND_HALF_UP, context=_CONTEXT)


def _quotient(book: Values, a: Expr, b: Expr) -> Decimal:
    x, y = _as_number(a.evaluate(book)), _as_number(b.evaluate(book))
    if not y:
        raise ZeroDivisionError("#DIV/0!")
    return _CONTEXT.divide_int(x, y)


def _countif(book: Values, area: Expr, criterion: Expr) -> Decimal:
    assert isinstance(area, Area)
    wanted = criterion.evaluate(book)
    op, target = "=", wanted
    if isinstance(wanted, str):
        for candidate in ("<=", ">=", "<>", "<", ">", "="):
            if wanted.startswith(candidate):
                op, target = candidate, Decimal(wanted[len(candidate):])
                break
    test = _COMPARE[op]
    ranked = getattr(book, "sorted_numbers", None)
    if ranked is not None and isinstance(target, (Decimal, int)):  # a rank per member: bisection, not a scan
        numbers, size = ranked(area.sheet, area.top, area.left, area.bottom, area.right)
        below, up_to = bisect_left(numbers, target), bisect_right(numbers, target)
        count = {"=": up_to - below, "<>": size - (up_to - below), "<": below, "<=": up_to,
                 ">": len(numbers) - up_to, ">=": len(numbers) - below}[op]
        return Decimal(count)
    if op == "<>":  # as in Excel and LibreOffice: text and blank cells are "not equal" to the number too
        return Decimal(sum(1 for v in area.cells(book) if not (isinstance(v, Decimal) and v == target)))
    return Decimal(sum(1 for v in area.cells(book) if isinstance(v, Decimal) and test(v, target)))


def _if(book: Values, condition: Expr, yes: Expr, no: Expr) -> object:
    return yes.evaluate(book) if condition.evaluate(book) else no.evaluate(book)


def _sign(book: Values, value: Expr) -> Decimal:
    number = _as_number(value.evaluate(book))
    return Decimal((number > 0) - (number < 0))


_FUNCTIONS = {
    "SUM": lambda book, *args: sum(_numbers(book, args), Decimal(0)),
    "ROUND": _round,
    "ABS": lambda book, value: abs(_as_number(value.evaluate(book))),
    "AND": lambda book, *args: all(_truth(v) for a in args
                                   for v in (a.cells(book) if isinstance(a, Area) else [a.evaluate(book)])),
    "QUOTIENT": _quotient,
    "COUNTIF": _countif,
    "IF": _if,
    "SIGN": _sign,
    "MAX": lambda book, *args: max(_numbers(book, args)),
    "MIN": lambda book, *args: min(_numbers(book, args)),
    # cells that are not empty (text, numbers, booleans), as Excel counts them
    "COUNTA": lambda book, *args: Decimal(sum(1 for a in args for v in (
        a.cells(book) if isinstance(a, Area) else [a.evaluate(book)]) if v is not None and v != "")),
}


def _truth(value: object) -> bool:
    return bool(value)


def _as_number(value: object) -> Decimal:
    if type(value) is Decimal:  # nearly always
        return value
    if isinstance(value, bool):
        return Decimal(int(value))
    if isinstance(value, Decimal):
        return value
    if value is None:
        return Decimal(0)
    if isinstance(value, int):
        return Decimal(value)
    raise TypeError(f"#VALUE! ({value!r} is not a number)")


def _as_text(value: object) -> str:
    if isinstance(value, Decimal):
        return format(value.normalize(), "f") if value else "0"
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    return str(value)


# Short constructors for the renderers
def SUM(*args: Expr) -> Call: return Call("SUM", tuple(args))
def ROUND(value: Expr, digits: object) -> Call: return Call("ROUND", (wrap(value), wrap(digits)))
def ABS(value: Expr) -> Call: return Call("ABS", (wrap(value),))
def AND(*args: Expr) -> Call: return Call("AND", tuple(args))
def QUOTIENT(a: Expr, b: Expr) -> Call: return Call("QUOTIENT", (wrap(a), wrap(b)))
def COUNTIF(area: Area, criterion: Expr) -> Call: return Call("COUNTIF", (area, wrap(criterion)))
def IF(condition: Expr, yes: object, no: object) -> Call: return Call("IF", (condition, wrap(yes), wrap(no)))
def SIGN(value: Expr) -> Call: return Call("SIGN", (wrap(value),))
def MAX(*args: Expr) -> Call: return Call("MAX", tuple(wrap(a) for a in args))
def MIN(*args: object) -> Call: return Call("MIN", tuple(wrap(a) for a in args))
def COUNTA(*args: Expr) -> Call: return Call("COUNTA", tuple(args))
def EQ(a: object, b: object) -> Op: return Op("=", wrap(a), wrap(b))
def LE(a: object, b: object) -> Op: return Op("<=", wrap(a), wrap(b))
def LT(a: object, b: object) -> Op: return Op("<", wrap(a), wrap(b))
def GE(a: object, b: object) -> Op: return Op(">=", wrap(a), wrap(b))
def GT(a: object, b: object) -> Op: return Op(">", wrap(a), wrap(b))
def CONCAT(a: object, b: object) -> Op: return Op("&", wrap(a), wrap(b))
