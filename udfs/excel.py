"""How a Python function becomes an Excel function, in one place, for both xlwings runtimes.

``expose`` wraps an implementation so that any error becomes one short line in the cell starting
with ``#NAME:`` (classic xlwings would otherwise write the whole traceback into the cell), attaches
the xlwings metadata (descriptions for the function wizard, 2-D ranges, error cells as text), and
records that metadata in ``EXCEL_FUNCTIONS`` so tests can check it on Linux, where the xlwings
decorators do nothing. An alias (VERDEEL for ALLOCATE) is the same implementation exposed again
under another name: a new function object, because xlwings finds a UDF by its ``__name__``.

Two runtimes use the same ``func`` / ``arg`` decorators from ``xlwings``: classic xlwings (Windows
Excel with a local Python) and xlwings Lite (Python in Excel itself, Pyodide, ``sys.platform`` is
``emscripten``). Everything that differs between them is handled here and nowhere else:

- decorator options: only those each runtime documents. ``doc``, ``ndim`` and ``err_to_str`` are
  documented for both; ``category`` is classic only, so Lite does not get it (``RUNTIME_OPTIONS``).
- values: Lite hands numbers over through JavaScript, where a whole number such as 5 arrives as
  ``int 5``; classic always gives ``5.0``. ``as_classic_values`` turns them into the floats classic
  gives, so both runtimes compute and word their messages identically.
- an empty cell given for an argument: Lite passes the parameter's default, classic passes None, or
  [[None]] for a range argument (ndim=2); ``excel_call`` makes that [[None]] a None too, so a blank
  cell for FTE_COST's rates means the default table in both.
- dates: classic hands a date cell over as a ``datetime``; Lite (Office.js) cannot see a cell's
  date format and gives the serial number. The readers in ``cells`` accept both where a date is
  meant (PRORATE's start_date); elsewhere Lite reads a date cell as its number.
"""

from __future__ import annotations

import functools
import inspect
import sys
from decimal import Decimal
from dataclasses import dataclass

import xlwings as xw

from pyengine.errors import InputError

CATEGORY = "pyengine"
RUNTIME = "lite" if sys.platform == "emscripten" else "classic"
# Options for xw.func per runtime; only what that runtime documents (category is classic only).
RUNTIME_OPTIONS = {"classic": {"category": CATEGORY}, "lite": {}}


EMPTY_CELL = [[None]]  # one blank cell handed to a range (ndim=2) argument


def as_classic_values(value: object) -> object:
    """A value as classic xlwings would hand it over: whole numbers from JavaScript become floats.
    Arguments are at most 2-D (a range), so two levels of lists are all there is."""
    kind = type(value)
    if kind is int:
        return float(value)
    if kind is list:
        return [[float(cell) if type(cell) is int else cell for cell in item] if type(item) is list
                else float(item) if type(item) is int else item for item in value]
    return value


@dataclass(frozen=True)
class ExcelFunction:
    name: str
    description: str
    arguments: dict[str, str]  # argument name -> description for the function wizard
    ranges: tuple[str, ...]  # arguments read as 2-D ranges (ndim=2)
    implementation: object
    function: object


EXCEL_FUNCTIONS: dict[str, ExcelFunction] = {}


def cell_error(name: str, message: str) -> str:
    """The one line a cell shows for bad input, e.g. '#ALLOCATE: weight 3 is negative (-2)'."""
    return f"#{name}: {message}"


def _plain(value: object) -> str:
    """-2.0 and Decimal('-2.0') read as -2 in a message."""
    try:
        return format(Decimal(str(value)).normalize(), "f")
    except ArithmeticError:
        return str(value)


def expose(implementation, name: str, description: str, arguments: dict[str, str], ranges: tuple[str, ...] = ()):
    parameters = list(inspect.signature(implementation).parameters)
    if list(arguments) != parameters:
        raise TypeError(f"{name}: describe exactly the arguments {parameters}")

    lite = RUNTIME == "lite"

    @functools.wraps(implementation)
    def excel_call(*args):
        try:
            if lite:
                args = [as_classic_values(value) for value in args]
            args = [None if value == EMPTY_CELL else value for value in args]
            return implementation(*args)
        except InputError as error:
            if error.argument == "weights" and error.index is not None:  # Excel counts from 1
                return cell_error(name, f"weight {error.index + 1} {error.problem} ({_plain(error.value)})")
            return cell_error(name, str(error))
        except Exception as error:  # noqa: BLE001 - a cell must never show a traceback
            return cell_error(name, f"unexpected {type(error).__name__}; please report this with the inputs used")

    excel_call.__name__ = excel_call.__qualname__ = name
    excel_call.__doc__ = description
    decorated = excel_call
    for argument, text in reversed(arguments.items()):
        options = {"doc": text, "err_to_str": True}
        if argument in ranges:
            options["ndim"] = 2
        decorated = xw.arg(argument, **options)(decorated)
    decorated = xw.func(**RUNTIME_OPTIONS[RUNTIME])(decorated)
    EXCEL_FUNCTIONS[name] = ExcelFunction(name, description, dict(arguments), tuple(ranges), implementation, decorated)
    return decorated


def alias(original, name: str):
    """Expose the implementation behind ``original`` once more under a (Dutch) name."""
    spec = EXCEL_FUNCTIONS[original.__name__]
    description = f"{spec.description} (Nederlandse naam voor {spec.name}.)"
    return expose(spec.implementation, name, description, spec.arguments, spec.ranges)
