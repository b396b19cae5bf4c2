"""make bench: speed figures, each with its baseline measured in the same run. Medians of repeats:
the machines are shared and noisy. Run one section with: python benchmarks/run.py allocate"""

from __future__ import annotations

import os
import statistics
import sys
import time
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))


@contextmanager
def start_method(method: str):
    """Bulk workers started by ``method`` (fork, or spawn as on Windows and macOS) within the block."""
    os.environ["PYENGINE_START_METHOD"] = method
    try:
        yield
    finally:
        os.environ.pop("PYENGINE_START_METHOD", None)


def median_seconds(fn, repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def report(label: str, value: str, target: str = "") -> None:
    print(f"  {label:<58} {value:>14}   {target}")


def load() -> str:
    """The machine's load beside a figure: on a shared machine the absolute times follow it."""
    try:
        one, five, _fifteen = os.getloadavg()
    except (AttributeError, OSError):  # Windows
        return "load n/a"
    return f"load {one:.1f}/{five:.1f} on {os.cpu_count()} CPUs"


def cpu_seconds() -> float:
    """CPU time of this process and its finished workers (user + system): less noisy than wall time."""
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def compiled_as_installed() -> None:
    """pyengine's modules compiled to bytecode, as `pip install` leaves them: a worker that a run spawns (Windows,
    macOS) then loads them instead of compiling every module again (which PYTHONDONTWRITEBYTECODE, set on some
    machines, would make it do on every start)."""
    import compileall

    compileall.compile_dir(str(Path(__file__).resolve().parent.parent / "pyengine"), quiet=1)


SECTIONS = ["allocate", "udfs", "lite", "generate", "afrekening", "verify", "audit"]

if __name__ == "__main__":
    chosen = sys.argv[1:] or SECTIONS
    compiled_as_installed()
    for name in chosen:
        module = __import__(f"bench_{name}")
        print(f"\n== {name} == ({load()})")
        module.run()
