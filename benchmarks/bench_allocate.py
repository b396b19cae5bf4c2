"""allocate at 1e6 and 342 weights, against iteround.saferound on the same input in the same run."""

import random

import iteround

from pyengine import allocate
from run import median_seconds, report


FIRST_CALL = """
import random, sys, time
rng = random.Random(2024)
weights = [rng.randint(900, 950_000) for _ in range(1_000_000)]
total = 123_456_789
if sys.argv[1] == "ours":
    from pyengine import allocate
    start = time.perf_counter(); allocate(total, weights)
else:
    import iteround
    whole = sum(weights); quotas = [total * w / whole for w in weights]
    start = time.perf_counter(); iteround.saferound(quotas, 0)
print(time.perf_counter() - start)
"""


def first_call(which: str) -> float:
    """Seconds of the first call in a fresh process (lazy imports such as numpy included), median of 3."""
    import statistics
    import subprocess
    import sys

    return statistics.median(float(subprocess.run([sys.executable, "-c", FIRST_CALL, which], capture_output=True,
                                                  text=True, check=True).stdout) for _ in range(3))


def run() -> None:
    cold_ours, cold_theirs = first_call("ours"), first_call("iteround")
    report("allocate, 1,000,000 int weights, first call in a fresh process", f"{cold_ours:.3f} s", "")
    report("iteround.saferound, same, first call in a fresh process", f"{cold_theirs:.3f} s", "baseline")
    report("speed-up vs iteround, first calls", f"{cold_theirs / cold_ours:.1f}x", "target >= 10x")
    rng = random.Random(2024)
    total = 123_456_789
    int_weights = [rng.randint(900, 950_000) for _ in range(1_000_000)]  # inhabitants-like
    float_weights = [w / 1000 for w in int_weights]  # what Excel hands over: floats with decimals
    ours_int = median_seconds(lambda: allocate(total, int_weights))
    ours_float = median_seconds(lambda: allocate(total, float_weights))
    whole = sum(int_weights)
    quotas = [total * w / whole for w in int_weights]  # iteround needs the quotas; not timed (in its favour)
    theirs = median_seconds(lambda: iteround.saferound(quotas, 0), repeat=3)
    report("allocate, 1,000,000 int weights (median)", f"{ours_int:.3f} s", "target <= 0.5 s")
    report("allocate, 1,000,000 float weights (median)", f"{ours_float:.3f} s", "target <= 0.5 s")
    report("iteround.saferound, same 1,000,000 quotas (median)", f"{theirs:.3f} s", "baseline")
    report("speed-up vs iteround (int weights)", f"{theirs / ours_int:.1f}x", "target >= 10x")
    report("speed-up vs iteround (float weights)", f"{theirs / ours_float:.1f}x", "target >= 10x")
    small = [rng.randint(900, 950_000) for _ in range(342)]
    ours_small = median_seconds(lambda: [allocate(total, small) for _ in range(1000)]) / 1000
    report("allocate, 342 weights (every Dutch municipality)", f"{ours_small * 1e3:.3f} ms", "target < 1 ms")
