"""Run one batch request in Pyodide under Node (run_lite.mjs) and return its answer.

Used by tests/test_lite.py and benchmarks/bench_lite.py. Needs `node`, `npm ci` in this folder
(.ci/run does both) and the xlwings wheel that xlwings Lite installs (the pure-Python wheel of the
release pinned in pyengine.lite.XLWINGS_VERSION), downloaded from PyPI with pip on first use into
wheels/ here (not committed)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from pyengine.lite import XLWINGS_VERSION

HERE = Path(__file__).resolve().parent
SCRIPT = HERE / "run_lite.mjs"
WHEELS = HERE / "wheels"


def xlwings_wheel() -> Path | None:
    """The pure-Python xlwings wheel of the pinned release (downloaded once), or None."""
    found = sorted(WHEELS.glob(f"xlwings-{XLWINGS_VERSION}-py3-none-any.whl"))
    if not found:
        WHEELS.mkdir(exist_ok=True)
        subprocess.run([sys.executable, "-m", "pip", "download", f"xlwings=={XLWINGS_VERSION}", "--no-deps",
                        "--only-binary=:all:", "--platform", "any", "--python-version", "3.13", "--quiet",
                        "--disable-pip-version-check", "-d", str(WHEELS)], capture_output=True, timeout=300)
        found = sorted(WHEELS.glob(f"xlwings-{XLWINGS_VERSION}-py3-none-any.whl"))
    return found[0] if found else None


def missing() -> str | None:
    """Why Pyodide cannot run here, or None."""
    if shutil.which("node") is None:
        return "node is not installed"
    if not (HERE / "node_modules" / "pyodide" / "package.json").exists():
        return f"the pyodide npm package is not installed (run: cd {HERE} && npm ci)"
    if xlwings_wheel() is None:
        return f"the xlwings {XLWINGS_VERSION} wheel could not be downloaded from PyPI into {WHEELS}"
    return None


def run_in_pyodide(main_py: Path, request: dict, timeout: float = 900) -> dict:
    """Load Pyodide once, install xlwings, load main_py, answer ``request`` (see harness.py)."""
    with tempfile.TemporaryDirectory() as scratch:
        request_path, response_path = Path(scratch) / "request.json", Path(scratch) / "response.json"
        request_path.write_text(json.dumps(request), encoding="utf-8")
        done = subprocess.run(["node", str(SCRIPT), str(main_py), str(xlwings_wheel()), str(request_path),
                               str(response_path)], cwd=HERE, capture_output=True, text=True, timeout=timeout)
        if done.returncode != 0:
            # Node prints Pyodide's minified source around an error: show the Python traceback when there is one
            start = done.stderr.find("Traceback (most recent call last)")
            shown = done.stderr[start:start + 6000] if start >= 0 else done.stderr[-4000:]
            raise RuntimeError(f"Pyodide run failed ({done.returncode}):\n{shown}")
        outer = json.loads(response_path.read_text(encoding="utf-8"))
    answer = json.loads(outer.pop("response"))
    answer.update(outer)
    return answer
