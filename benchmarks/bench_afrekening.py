"""The afrekening: 342 deelnemers with a letter each (--per-member, --jobs 2; lock, manifest and journal
included), against the begrotingswijziging with 342 bijdrageoverzichten measured in the same run."""

import random
import shutil
import tempfile
from pathlib import Path

import pyengine
from bench_generate import SPEC, synthetic_key
from run import load, median_seconds, report, start_method


def synthetic_settlement(path: Path, members: int) -> Path:
    """A GR of ``members`` gemeenten: realisatie figures with cents, voorschotten that do not round nicely."""
    rng = random.Random(members)
    names = [f"Gemeente {i:04d}" for i in range(members)]
    weights = {n: rng.randint(900, 950_000) for n in names}
    lines = "\n".join(f'regel_{i} = {{ begroting = {rng.randint(10_000, 9_000_000)}, realisatie = '
                      f'{rng.randint(10_000, 9_000_000)}.{rng.randint(0, 99):02d} }}' for i in range(12))
    baten = "\n".join(f'baat_{i} = {{ begroting = {rng.randint(1_000, 400_000)}, realisatie = '
                      f'{rng.randint(1_000, 400_000)}.{rng.randint(0, 99):02d} }}' for i in range(3))
    text = (f'soort = "afrekening"\njaar = 2025\ntitel = "Afrekening 2025"\norganisatie = "GR Bench {members}"\n'
            f"[lasten]\n{lines}\n[baten]\n{baten}\n[voorschotten]\n"
            + "".join(f'"{n}" = {rng.randint(1_000, 900_000)}.{rng.randint(0, 99):02d}\n' for n in names)
            + "[verdeelsleutel.gewichten]\n" + "".join(f'"{n}" = {w}\n' for n, w in weights.items())
            + "[resultaatbestemming]\nreserve = 12345.67\n")
    path.write_text(text, encoding="utf-8")
    return path


def run() -> None:
    work = Path(tempfile.mkdtemp(prefix="pyengine-bench-afrekening-"))
    try:
        spec = synthetic_settlement(work / "afrekening.toml", 342)
        key = synthetic_key(work / "key-342.csv", 342)
        counter = iter(range(100))

        def settlement(jobs: int):
            out = work / f"afr-{next(counter)}"
            results = pyengine.generate([spec], out, per_member=True, jobs=jobs)
            assert len(results) == 343 and all(r.status == "written" for r in results), results[:2]

        def amendment():
            out = work / f"bw-{next(counter)}"
            results = pyengine.generate([SPEC], out, per_member=True, key=key, jobs=2)
            assert len(results) == 343 and all(r.status == "written" for r in results)

        walls = {}
        for method in ("fork", "spawn"):  # spawn: how workers start on Windows and macOS
            with start_method(method):
                walls[method] = median_seconds(lambda: settlement(2), repeat=5)
            report(f"afrekening, 342 deelnemers + 342 letters, --jobs 2, {method}", f"{walls[method]:.2f} s",
                   f"target < 3 s; {load()}")
        single = median_seconds(lambda: settlement(1), repeat=3)
        baseline = median_seconds(amendment, repeat=3)
        report("  the same with --jobs 1 (no workers)", f"{single:.2f} s",
               f"--jobs 2 fork / --jobs 1: {walls['fork'] / single:.2f}")
        report("  baseline: begrotingswijziging + 342 bijdrageoverzichten, --jobs 2", f"{baseline:.2f} s",
               f"ratio {walls['fork'] / baseline:.2f}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    run()
