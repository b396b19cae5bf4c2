"""Bulk generation: 342 statements + the amendment with 2 jobs; per-workbook throughput against the
naive openpyxl baseline (load the template, fill the same cells, save) in the same run; peak memory
at 342 and 3,420 statements; `pyengine --help` latency."""

import random
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import openpyxl

import pyengine
from pyengine.core.amendment import compute, with_key
from pyengine.render.amendment_workbook import split_facts
from pyengine.render.statement_workbook import TEMPLATE, render_statement
from pyengine.bulk import write_atomically
from pyengine.inputs.spec import amendment_from_spec, read_key, read_spec
from run import cpu_seconds, load, median_seconds, report, start_method

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "examples" / "regionaal-leerhuis" / "begrotingswijziging-2021-03.toml"


def synthetic_key(path: Path, members: int) -> Path:
    rng = random.Random(members)
    path.write_text("gemeente,inwoners\n" + "".join(f"Gemeente {i:04d},{rng.randint(900, 950_000)}\n"
                                                   for i in range(members)), encoding="utf-8")
    return path


def peak_rss_mb(amendments: int, key: Path, work: Path) -> float:
    """Peak RSS of one process generating ``amendments`` x (1 + 342) workbooks of the same size."""
    specs = work / f"specs-{amendments}"
    specs.mkdir()
    text = SPEC.read_text(encoding="utf-8")
    shutil.copy(SPEC.parent / "verdeelsleutel.csv", specs / "verdeelsleutel.csv")
    for i in range(amendments):
        (specs / f"bw-{i}.toml").write_text(text.replace('nummer = "2021-03"', f'nummer = "2021-{i + 10}"'),
                                           encoding="utf-8")
    # VmHWM, not ru_maxrss: ru_maxrss survives fork+exec and would report this benchmark's own size
    code = (f"import re, pyengine; r = pyengine.generate([{str(specs)!r}], {str(work / f'rss-{amendments}')!r}, "
            f"per_member=True, key={str(key)!r}, jobs=1); assert all(x.status == 'written' for x in r), r[:2]; "
            "print(len(r), re.search(r'VmHWM:\\s+(\\d+)', open('/proc/self/status').read()).group(1))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    count, rss = done.stdout.split()
    return int(count), int(rss) / 1024


def run() -> None:
    work = Path(tempfile.mkdtemp(prefix="pyengine-bench-"))
    try:
        key = synthetic_key(work / "key-342.csv", 342)
        counter = iter(range(100))

        def batch():
            out = work / f"batch-{next(counter)}"
            results = pyengine.generate([SPEC], out, per_member=True, key=key, jobs=2)
            assert len(results) == 343 and all(r.status == "written" for r in results)

        walls = {}
        for method in ("fork", "spawn"):  # spawn: how workers start on Windows and macOS
            with start_method(method):
                before = cpu_seconds()
                walls[method] = median_seconds(batch, repeat=5)
                cpu = (cpu_seconds() - before) / 5
            report(f"342 statements + amendment, --jobs 2, {method} (median wall)", f"{walls[method]:.2f} s",
                   f"target <= 1.5 s; {load()}")
            report(f"  CPU per run (parent + workers, mean of 5)", f"{cpu:.2f} s", "")

        # per workbook, one at a time: ours vs openpyxl load + fill + save of the same cells
        result = compute(with_key(amendment_from_spec(read_spec(SPEC)), read_key(key)))
        facts = split_facts(result)
        members = list(result.amendment.member_begroting)[:40]
        sample = work / "sample.xlsx"
        sample.write_bytes(render_statement(result, members[0], facts))
        filled = openpyxl.load_workbook(sample)
        cells = [(ws.title, c.coordinate, c.value) for ws in filled.worksheets for row in ws.iter_rows() for c in row
                 if c.value is not None]
        out = work / "ours"
        out.mkdir()

        def ours():
            for m in members:
                write_atomically(out / f"{m}.xlsx", render_statement(result, m, facts), force=True)

        def naive():
            for m in members:
                workbook = openpyxl.load_workbook(TEMPLATE)
                for title, coordinate, value in cells:
                    sheet = workbook[title] if title in workbook.sheetnames else workbook.create_sheet(title)
                    sheet[coordinate] = value
                workbook.save(work / f"naive-{m}.xlsx")

        t_ours = median_seconds(ours, repeat=3) / len(members)
        t_naive = median_seconds(naive, repeat=3) / len(members)
        report("per statement workbook, ours (median)", f"{t_ours * 1e3:.1f} ms", "")
        report("per statement workbook, openpyxl load+fill+save (baseline)", f"{t_naive * 1e3:.1f} ms", "")
        report("throughput ratio ours / baseline", f"{t_naive / t_ours:.1f}x", "target >= 5x")
        for method, wall in walls.items():  # the whole run (workers, manifest) per workbook against the baseline
            report(f"ratio baseline / (wall per workbook, {method})", f"{t_naive / (wall / 343):.1f}x", "target >= 5x")
        (n_small, rss_small), (n_large, rss_large) = peak_rss_mb(1, key, work), peak_rss_mb(10, key, work)
        report(f"peak RSS, {n_small:,} workbooks (one process)", f"{rss_small:.0f} MB", "")
        report(f"peak RSS, {n_large:,} workbooks (one process)", f"{rss_large:.0f} MB",
               f"ratio {rss_large / rss_small:.2f} (flat ~1)")
        pyengine_bin = Path(sys.executable).parent / "pyengine"
        helped = median_seconds(lambda: subprocess.run([str(pyengine_bin), "--help"], capture_output=True, check=True),
                                repeat=7)
        report("pyengine --help (median)", f"{helped:.3f} s", "target < 0.3 s")
    finally:
        shutil.rmtree(work, ignore_errors=True)
