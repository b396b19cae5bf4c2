"""Run one batch request in Pyodide under Node (run_lite.mjs) and return its answer.

Used by tests/test_lite.py and benchmarks/bench_lite.py. Needs `node` and `npm ci` in this folder
(.ci/run does both)."""

from __future__ import annotations

import json
import shutil
import subprocess
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCRIPT = HERE / "run_lite.mjs"


def missing() -> str | None:
    """Why Pyodide cannot run here, or None."""
    if shutil.which("node") is None:
        return "node is not installed"
    if not (HERE / "node_modules" / "pyodide" / "package.json").exists():
        return f"the pyodide npm package is not installed (run: cd {HERE} && npm ci)"
    return None


def run_in_pyodide(main_py: Path, request: dict, timeout: float = 900) -> dict:
    """Load Pyodide once, load main_py with the stand-in xlwings, answer ``request`` (see harness.py)."""
    with tempfile.TemporaryDirectory() as scratch:
        request_path, response_path = Path(scratch) / "request.json", Path(scratch) / "response.json"
        request_path.write_text(json.dumps(request), encoding="utf-8")
        done = subprocess.run(["node", str(SCRIPT), str(main_py), str(request_path), str(response_path)],
                              cwd=HERE, capture_output=True, text=True, timeout=timeout)
        if done.returncode != 0:
            raise RuntimeError(f"Pyodide run failed ({done.returncode}):\n{done.stderr[-4000:]}")
        outer = json.loads(response_path.read_text(encoding="utf-8"))
    answer = json.loads(outer["response"])
    answer["pyodide_version"], answer["load_seconds"] = outer["pyodide_version"], outer["load_seconds"]
    return answer
