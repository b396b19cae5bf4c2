"""Runs inside Pyodide (run_lite.mjs): a stand-in for xlwings Lite's decorators, the generated main.py,
then a batch of calls made the way xlwings Lite makes them.

The stand-in ``xlwings`` module records what ``func`` / ``arg`` / ``ret`` are given. ``lite_call``
hands arguments over as xlwings Lite does (xlwings' Office.js custom-function path, read in xlwings
0.37: ``custom_functions_call`` and ``to_scalar`` in pro/udfs_officejs.py, the cell cleaning in
pro/_xlofficejs.py, ``AdjustDimensionsStage`` in conversion/standard.py): every argument
arrives from Excel as a matrix of JavaScript values; a 1x1 matrix becomes its value; an empty
argument gets the parameter's default; empty cells ("" or null) become None; error cells (data type
objects {"type": "Error", "basicValue": "#N/A"}) become their text with err_to_str, else None; date
cells are plain serial numbers; then the range is squeezed (no ndim) or kept 2-D (ndim=2).
Whole numbers stay whatever Pyodide makes of a JavaScript number (an int), as in Excel.
"""

import inspect
import json
import statistics
import sys
import time
import types

RECORDED = {}


def _record(function):
    return RECORDED.setdefault(function.__name__, {"func": None, "args": {}, "ret": None, "doc": None})


def func(f=None, **options):
    def inner(function):
        entry = _record(function)
        entry["func"] = dict(options)
        entry["doc"] = function.__doc__
        entry["parameters"] = list(inspect.signature(function).parameters)
        function.__xlfunc_options__ = entry
        return function

    return inner if f is None else inner(f)


def arg(name, convert=None, **options):
    def inner(function):
        if name not in inspect.signature(function).parameters:
            raise TypeError(f"Invalid argument name '{name}'.")
        if convert is not None:
            options["convert"] = repr(convert)
        _record(function)["args"][name] = dict(options)
        return function

    return inner


def ret(convert=None, **options):
    def inner(function):
        _record(function)["ret"] = dict(options, **({"convert": repr(convert)} if convert else {}))
        return function

    return inner


stand_in = types.ModuleType("xlwings")
stand_in.func, stand_in.arg, stand_in.ret = func, arg, ret
sys.modules["xlwings"] = stand_in


def _is_empty(value):
    return value is None or value == "" or type(value).__name__ == "JsNull"


def _clean(value, err_to_str):
    if _is_empty(value):
        return None
    if isinstance(value, dict):
        if value.get("type") == "Error":
            return value["basicValue"] if err_to_str else None
        return value.get("basicValue")
    return value


def _read(matrix, options):
    rows = matrix if isinstance(matrix, list) else [[matrix]]
    if rows and not isinstance(rows[0], list):
        rows = [rows]
    rows = [[_clean(cell, options.get("err_to_str", False)) for cell in row] for row in rows]
    if options.get("ndim") == 2:
        return rows
    if len(rows) == 1:
        return rows[0][0] if len(rows[0]) == 1 else rows[0]
    if len(rows[0]) == 1:
        return [row[0] for row in rows]
    return rows


def lite_call(function, matrices):
    entry = function.__xlfunc_options__
    parameters = list(inspect.signature(function).parameters.values())
    args = []
    for parameter, matrix in zip(parameters, matrices):
        value = matrix
        if isinstance(value, list) and len(value) == 1:  # xlwings' to_scalar
            value = value[0][0] if isinstance(value[0], list) and len(value[0]) == 1 else value[0]
        if _is_empty(value) and not isinstance(value, str):
            default = parameter.default
            args.append(None if default is inspect.Parameter.empty else default)
        else:
            args.append(_read(value, entry["args"].get(parameter.name, {})))
    return function(*args)


def run(request):
    request = request if isinstance(request, dict) else request.to_py()
    import main  # the generated main.py, as xlwings Lite loads it

    results = {}
    for case in request.get("cases", []):
        function = getattr(main, case["name"])
        try:
            results[str(case["id"])] = lite_call(function, case["args"])
        except BaseException as error:  # a call must never raise: report it as a failure
            results[str(case["id"])] = f"RAISED {type(error).__name__}: {error}"
    response = {
        "results": results,
        "registered": RECORDED,
        "exports": [name for name in dir(main) if hasattr(getattr(main, name), "__xlfunc_options__")],
        "platform": sys.platform,
        "python": sys.version.split()[0],
        "loaded": sorted(name for name in sys.modules if name.split(".")[0] in
                         ("pyengine", "udfs", "numpy", "pandas", "openpyxl", "xlwings")),
    }
    bench = request.get("bench")
    if bench:
        weights = [[w] for w in bench["weights"]]
        calls, repeat = bench["calls"], bench["repeat"]
        times = []
        for _ in range(repeat):
            start = time.perf_counter()
            for _ in range(calls):
                lite_call(main.ALLOCATE, [[[bench["total"]]], weights, [[0]], None])
            times.append((time.perf_counter() - start) / calls)
        response["bench"] = {"median_seconds": statistics.median(times), "calls": calls, "repeat": repeat,
                             "result_head": lite_call(main.ALLOCATE, [[[bench["total"]]], weights])[:3]}
    return json.dumps(response)
