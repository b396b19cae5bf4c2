"""Runs inside Pyodide (run_lite.mjs): the real xlwings (the pure-Python wheel xlwings Lite installs),
the generated main.py, then a batch of calls made the way xlwings Lite makes them.

Each call goes through xlwings' own Office.js custom-functions path, ``custom_functions_call`` in
xlwings/pro/udfs_officejs.py: Office.js hands every argument over as a matrix of JavaScript values
(null for an omitted argument), xlwings squeezes it (``to_scalar``), gives an omitted argument its
default, converts the rest with ``conversion.read`` (engine "officejs": empty cells and JsNull become
None, error cells their text with err_to_str, ndim=2 keeps a range 2-D), calls the function and
converts its result with ``conversion.async_write``. An exception leaves ``custom_functions_call``;
xlwings' Office.js code turns it into ``CustomFunctions.Error(invalidValue, message)``, i.e. #VALUE!
with the message on the cell's error flag (xlwings/pro/custom_functions_code.js, ``showError``). The
harness records that as {"error": "#VALUE!", "message": ...}: what IFERROR and SUM see is the error.

xlwings Lite runs this code path itself; here two settings select it in a plain Pyodide:
XLWINGS_ON_SERVER (xw.func is then the Office.js decorator) and a license key for xlwings' PRO
modules (xlwings Lite is free; "noncommercial" is the key xlwings' own code accepts without a server).
"""

import asyncio
import json
import os
import statistics
import sys
import time

os.environ.setdefault("XLWINGS_ON_SERVER", "true")
os.environ.setdefault("XLWINGS_LICENSE_KEY", "noncommercial")

TIMES = {}
_start = time.perf_counter()
import xlwings as xw  # noqa: E402
from xlwings.pro import udfs_officejs  # noqa: E402

TIMES["import_xlwings"] = time.perf_counter() - _start


def data_for(name, matrices):
    return {"func_name": name, "args": matrices, "version": xw.__version__, "client": "Office.js", "runtime": "1.4",
            "culture_info_name": "nl-NL", "date_format": "d-m-yyyy"}


async def lite_call(module, name, matrices):
    """One call as xlwings Lite makes it; an exception becomes the error value Excel shows."""
    try:
        return await udfs_officejs.custom_functions_call(data_for(name, matrices), module)
    except Exception as error:  # noqa: BLE001 - what xlwings' JavaScript shows on the cell
        return {"error": "#VALUE!", "message": str(error), "type": type(error).__name__}


async def bench(module, request):
    """Per kind of weights, three timings interleaved repeat by repeat (so that each sees the same load):
    the call as xlwings Lite makes it, the function alone (our cell reading + the core + the result), and
    the core alone (allocate_in_units on the weights made whole). Seconds per call: median and least."""
    from decimal import Decimal

    from pyengine.core.allocation import allocate_in_units
    from udfs.functions import _weights

    out = {}
    for kind, spec in request.items():
        matrices = [[[spec["total"]]], [[w] for w in spec["weights"]], [[spec.get("decimals", 0)]], None]
        calls, repeat = spec["calls"], spec["repeat"]
        function = module.ALLOCATE
        weights = [[w] for w in spec["weights"]]
        total, places = spec["total"], spec.get("decimals", 0)
        whole, _width, _height = _weights(weights)
        exact_total = Decimal(repr(float(total)))
        times = {"lite": [], "function": [], "core": []}
        for _ in range(repeat):
            start = time.perf_counter()
            for _ in range(calls):
                await udfs_officejs.custom_functions_call(data_for("ALLOCATE", matrices), module)
            times["lite"].append((time.perf_counter() - start) / calls)
            start = time.perf_counter()
            for _ in range(calls):
                function(total, weights, places)
            times["function"].append((time.perf_counter() - start) / calls)
            start = time.perf_counter()
            for _ in range(calls):
                allocate_in_units(exact_total, whole, decimals=places)
            times["core"].append((time.perf_counter() - start) / calls)
        result = await lite_call(module, "ALLOCATE", matrices)
        out[kind] = {**{f"{part}_median_seconds": statistics.median(values) for part, values in times.items()},
                     **{f"{part}_least_seconds": min(values) for part, values in times.items()},
                     "calls": calls, "repeat": repeat, "sum": sum(row[0] for row in result),
                     "result_head": result[:3]}
    return out


async def profile(module, request):
    """cProfile of the Lite path per kind of weights: where the time goes inside Pyodide."""
    import cProfile
    import io
    import pstats

    out = {}
    for kind, spec in request.items():
        matrices = [[[spec["total"]]], [[w] for w in spec["weights"]], [[spec.get("decimals", 0)]], None]
        profiler = cProfile.Profile(builtins=spec.get("builtins", True))
        profiler.enable()
        for _ in range(spec["calls"]):
            await udfs_officejs.custom_functions_call(data_for("ALLOCATE", matrices), module)
        profiler.disable()
        text = io.StringIO()
        pstats.Stats(profiler, stream=text).sort_stats("tottime").print_stats(spec.get("top", 25))
        out[kind] = text.getvalue()
    return out


async def run(request):
    request = request if isinstance(request, dict) else request.to_py()
    start = time.perf_counter()
    import main  # the generated main.py, as xlwings Lite loads it

    TIMES["import_main"] = time.perf_counter() - start
    results = {}
    for case in request.get("cases", []):
        results[str(case["id"])] = await lite_call(main, case["name"], case["args"])
    response = {
        "results": results,
        "meta": udfs_officejs.custom_functions_meta(main),  # what Excel's function wizard receives
        "platform": sys.platform,
        "python": sys.version.split()[0],
        "xlwings": xw.__version__,
        "xw_func": xw.func.__module__,
        "times": TIMES,
        "loaded": sorted(name for name in sys.modules if name.split(".")[0] in
                         ("pyengine", "udfs", "numpy", "pandas", "openpyxl")),
    }
    if request.get("bench"):
        response["bench"] = await bench(main, request["bench"])
    if request.get("profile"):
        response["profile"] = await profile(main, request["profile"])
    return json.dumps(response)
