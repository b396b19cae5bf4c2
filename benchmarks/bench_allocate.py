"""allocate at 1e6 and 342 weights, against iteround.saferound on the same input in the same run."""

import random

import iteround

from pyengine import allocate
from run import median_seconds, report


def run() -> None:
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
