"""=ALLOCATE over 342 weights inside Pyodide (the Python of xlwings Lite, run by Node) against the same
call in CPython, both measured in this run. Inside Pyodide the call goes through the stand-in for
xlwings Lite's argument handling (tests/pyodide/harness.py), as Excel would make it."""

import random
import sys
import tempfile
from pathlib import Path

import udfs
from run import median_seconds, report

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "pyodide"))
from runner import missing, run_in_pyodide  # noqa: E402

from pyengine.lite import write_lite_project  # noqa: E402


def run() -> None:
    rng = random.Random(342)
    weights = [rng.randint(900, 950_000) for _ in range(342)]
    calls, repeat = 500, 7
    cells = [[float(w)] for w in weights]
    cpython = median_seconds(lambda: [udfs.ALLOCATE(27_000_000.0, cells, 0.0, None) for _ in range(calls)],
                             repeat=repeat) / calls
    reason = missing()
    if reason:
        report("=ALLOCATE, 342 weights, in Pyodide", "skipped", reason)
    else:
        with tempfile.TemporaryDirectory() as folder:
            write_lite_project(folder)
            answer = run_in_pyodide(Path(folder) / "main.py", {"bench": {"total": 27_000_000, "weights": weights,
                                                                         "calls": calls, "repeat": repeat}})
        expected = udfs.ALLOCATE(27_000_000.0, cells, 0.0, None)[:3]
        assert answer["bench"]["result_head"] == expected, "Pyodide and CPython disagree"
        pyodide = answer["bench"]["median_seconds"]
        report(f"=ALLOCATE, 342 weights, in Pyodide {answer['pyodide_version']} (median)", f"{pyodide * 1e3:.3f} ms",
               "target < 5 ms")
        report("Pyodide start-up (once per workbook session)", f"{answer['load_seconds']:.1f} s", "")
    report("=ALLOCATE, same call in CPython (baseline, median)", f"{cpython * 1e3:.3f} ms", "")
    if not reason:
        report("Pyodide / CPython", f"{pyodide / cpython:.1f}x", "")
