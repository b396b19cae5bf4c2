"""=ALLOCATE over 342 weights as Excel calls it: a 2-D column of floats in, a 2-D column out."""

import random

import udfs
from pyengine import allocate
from run import median_seconds, report


def run() -> None:
    rng = random.Random(342)
    weights = [rng.randint(900, 950_000) for _ in range(342)]
    cells = [[float(w)] for w in weights]
    calls = 2000
    excel = median_seconds(lambda: [udfs.ALLOCATE(27_000_000.0, cells, 0.0, None) for _ in range(calls)]) / calls
    core = median_seconds(lambda: [allocate(27_000_000, weights) for _ in range(calls)]) / calls
    report("=ALLOCATE, 342 weights, incl. 2-D conversion (median)", f"{excel * 1e3:.3f} ms", "target < 1 ms")
    report("pyengine.allocate, same weights (baseline)", f"{core * 1e3:.3f} ms", "")
    report("Excel layer overhead (ratio to core)", f"{excel / core:.1f}x", "")
