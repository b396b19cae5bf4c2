"""How a registry row becomes two Excel functions (English and Dutch) for both xlwings runtimes.

``expose`` builds, for each name, a real Python function whose parameter names are the argument
names Excel's function wizard shows (total / totaal), attaches the xlwings metadata (help for the
wizard, 2-D ranges, error cells as text) and records it in ``EXCEL_FUNCTIONS`` so tests can check it
on Linux, where classic xlwings' decorators do nothing. A call by the Dutch name runs inside
``use_language("nl")`` and names the arguments the Dutch way, so its message is Dutch.

Two runtimes use the same ``func`` / ``arg`` decorators from ``xlwings``: classic xlwings (Windows
Excel with a local Python) and xlwings Lite (Python in Excel itself, Pyodide, ``sys.platform`` is
``emscripten``). What differs between them is handled here and in ``cells``:

- decorator options: only those each runtime documents. ``doc``, ``ndim`` and ``err_to_str`` are
  documented for both; ``category`` is classic only (``RUNTIME_OPTIONS``).
- a failed call must be an Excel error value (IFERROR catches it, SUM over it is an error), with its
  one-line message still reachable:
  * Lite: the function raises ``ExcelFunctionError``; xlwings' Office.js custom-functions code turns
    an exception into ``CustomFunctions.Error(invalidValue, message)``: the cell shows #VALUE! and the
    message shows when pointing at the error flag (see the README, "Excel functions").
  * classic: an exception would put the traceback in the cell as text (xlwings' VBA wrapper returns
    ``Err.Description``), so the function returns #VALUE! itself: a COM ``VT_ERROR`` VARIANT with
    Excel's #VALUE! code, which VBA hands to the cell as ``CVErr(xlErrValue)``. Classic Excel has no
    message on an error value, so the message goes to xlwings' console ("Show Console") and
    WHY / WAAROM returns it in a cell: ``=WAAROM("VERDEEL"; B2; C2:C9)``.
- numbers: Lite hands whole numbers over as int, classic as float; ``cells`` reads both alike.
- ranges: read as they come in Lite (``RANGE_OPTIONS``), a spilled result handed back as it is.
- blanks: see ``cells.is_blank_or_zero``.
"""

from __future__ import annotations

import inspect
import sys
from dataclasses import dataclass

import xlwings as xw

from pyengine.errors import InputError
from pyengine.i18n import _, use_language

from . import cells

CATEGORY = "pyengine"
RUNTIME = "lite" if sys.platform == "emscripten" else "classic"
# Options for xw.func per runtime; only what that runtime documents (category is classic only).
RUNTIME_OPTIONS = {"classic": {"category": CATEGORY}, "lite": {}}
# How a range argument is read. Classic: a 2-D list of cleaned values (blank None, date datetime, error
# text). Lite: xlwings' "raw" converter hands Office.js's matrix over as it comes, and cells.py reads it
# in one pass (JsNull or "" for a blank, an error as {"type": "Error", "basicValue": "#N/A"}): xlwings'
# own cell-by-cell cleaning took more time than the allocation itself (README, "Speed").
RANGE_OPTIONS = {"classic": {"ndim": 2, "err_to_str": True}, "lite": {"convert": "raw"}}
XL_ERROR_VALUE = -2146826273  # #VALUE! as a COM error code: what VBA's CVErr(xlErrValue) holds
EXCEL_HELP_LIMIT = 255  # Excel's limit on a function's or an argument's description


class ExcelFunctionError(Exception):
    """A failed call in xlwings Lite: Lite shows #VALUE! on the cell with this message on its error flag."""


@dataclass(frozen=True)
class ErrorValue:
    """#VALUE! where pywin32 is absent (classic xlwings is Windows-only; tests run on Linux)."""

    message: str
    code: str = "#VALUE!"


def classic_error(message: str) -> object:
    """#VALUE! as classic xlwings hands it to Excel: a VT_ERROR VARIANT (pywin32), the message to the console."""
    print(message, file=sys.stderr)  # xlwings' "Show Console" setting shows it
    try:
        import pythoncom
        from win32com.client import VARIANT
    except ImportError:
        return ErrorValue(message)
    return VARIANT(pythoncom.VT_ERROR, XL_ERROR_VALUE)


def failure(message: str) -> object:
    """A failed call as an Excel error value in the runtime at hand (raises in Lite)."""
    if RUNTIME == "lite":
        raise ExcelFunctionError(message)
    return classic_error(message)


@dataclass(frozen=True)
class ExcelFunction:
    name: str
    language: str  # "en" or "nl": the language of its argument names, help and messages
    description: str
    arguments: dict[str, str]  # argument name as Excel shows it -> help for the function wizard
    ranges: tuple[str, ...]  # arguments read as 2-D ranges (ndim=2)
    implementation: object
    function: object
    row: object  # the registry row it comes from


EXCEL_FUNCTIONS: dict[str, ExcelFunction] = {}


def outcome(name: str, language: str, shown: dict[str, str], implementation, args) -> tuple[object, str | None]:
    """Run ``implementation``: (its result, None), or (None, the one-line message in ``language``)."""
    token = cells.argument_names.set(shown)
    try:
        with use_language(language):
            try:
                return implementation(*args), None
            except InputError as error:
                return None, f"{name}: {error}"
            except Exception as error:  # noqa: BLE001 - a cell must never show a traceback
                return None, f"{name}: " + _("unexpected {kind}; please report this with the inputs used").format(
                    kind=type(error).__name__)
    finally:
        cells.argument_names.reset(token)


def names_shown(row, dutch: bool) -> dict[str, str]:
    shown = {}
    for argument in row.arguments:
        shown[argument.name] = argument.naam if dutch else argument.name
        if argument.item:
            shown[argument.item] = argument.onderdeel if dutch else argument.item
    return shown


def expose(row, dutch: bool):
    """The Excel function for one name of a registry row (English, or Dutch when ``dutch``)."""
    name = row.naam if dutch else row.name
    language = "nl" if dutch else "en"
    description = row.hulp if dutch else row.help
    parameters = [argument.naam if dutch else argument.name for argument in row.arguments]
    implementation = row.implementation
    defaults = implementation.__defaults__ or ()
    required = len(parameters) - len(defaults)
    shown = names_shown(row, dutch)
    lite = RUNTIME == "lite"

    def excel_call(*args):
        if lite:  # a whole number crosses JavaScript as int: as classic gives it (5.0), so messages agree
            args = [float(value) if type(value) is int else value for value in args]
        result, message = outcome(name, language, shown, implementation, args)
        return result if message is None else failure(message)

    # A real function with the argument names Excel shows: xlwings reads them from the signature.
    signature = ", ".join(p if i < required else f"{p}=None" for i, p in enumerate(parameters))
    namespace = {"_excel_call": excel_call}
    exec(f"def {name}({signature}):\n    return _excel_call({', '.join(parameters)})\n", namespace)  # noqa: S102
    function = namespace[name]
    function.__signature__ = inspect.signature(function)  # xlwings Lite inspects it on every call: once here
    function.__doc__ = description
    function.__module__ = __name__
    decorated = function
    ranges = []
    for argument, parameter in reversed(list(zip(row.arguments, parameters))):
        options = {"doc": argument.hulp if dutch else argument.help}
        if argument.range:
            ranges.append(parameter)
            options.update(RANGE_OPTIONS[RUNTIME])
        else:
            options["err_to_str"] = True
        decorated = xw.arg(parameter, **options)(decorated)
    if row.spills and RUNTIME == "lite":
        decorated = xw.ret("raw")(decorated)  # already a 2-D list of floats: nothing to convert
    decorated = xw.func(**RUNTIME_OPTIONS[RUNTIME])(decorated)
    EXCEL_FUNCTIONS[name] = ExcelFunction(
        name, language, description,
        {p: (a.hulp if dutch else a.help) for a, p in zip(row.arguments, parameters)},
        tuple(reversed(ranges)), implementation, decorated, row)
    return decorated


def expose_all(rows) -> dict[str, object]:
    """Both names of every registry row: {Excel name: function}."""
    exposed = {}
    for row in rows:
        for dutch in (False, True):
            function = expose(row, dutch)
            exposed[function.__name__] = function
    return exposed
