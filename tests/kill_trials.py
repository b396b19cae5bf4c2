"""kill -9 at random moments during `pyengine generate --force` runs, each followed by a check.

Used by tests/test_output_folder.py (20 trials) and by hand for the long campaign:
    .venv/bin/python tests/kill_trials.py 100
Each trial: start a --force run into a folder that holds the other key's complete run, kill -9 it
at a random moment, check that every .xlsx present is complete (zip CRCs, workbook part parses),
then run again and check that the run completes, says whether the killed run had started writing,
and leaves the folder complete: every planned file as recorded, no temporary file, no copy of a
"edited" file (pyengine's own files are never mistaken for a person's edits).
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path
from xml.etree import ElementTree

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "examples" / "regionaal-leerhuis" / "begrotingswijziging-2021-03.toml"
sys.path.insert(0, str(ROOT))

from pyengine import outfolder  # noqa: E402

# A fast start: the CLI itself, no console-script wrapper.
COMMAND = [sys.executable, "-c", "import sys; from pyengine.cli import main; sys.exit(main(sys.argv[1:]))"]


def write_key(path: Path, members: int, seed: int) -> Path:
    rng = random.Random(seed)
    path.write_text("gemeente,inwoners\n" + "".join(f"Gemeente {i:03d},{rng.randint(900, 950_000)}\n"
                                                   for i in range(members)), encoding="utf-8")
    return path


def generate(out: Path, key: Path, *extra: str) -> list[str]:
    return [*COMMAND, "generate", str(SPEC), "--per-member", "--key", str(key), "--out", str(out), "--jobs", "2",
            *extra]


def incomplete_workbooks(out: Path) -> list[str]:
    """Every .xlsx under ``out`` that is not a complete package."""
    bad = []
    for path in sorted(out.rglob("*.xlsx")):
        try:
            with zipfile.ZipFile(path) as archive:
                if archive.testzip() is not None:
                    raise zipfile.BadZipFile("CRC")
                ElementTree.fromstring(archive.read("xl/workbook.xml"))
        except (zipfile.BadZipFile, KeyError, ElementTree.ParseError, OSError) as error:
            bad.append(f"{path.name}: {error}")
    return bad


def planned_names(out: Path, members: int) -> set[str]:
    stem = "regionaal-leerhuis-begrotingswijziging-2021-03"
    return {f"{stem}.xlsx"} | {f"{stem}/bijdrageoverzicht-gemeente-{i:03d}.xlsx" for i in range(members)}


def writing_started(out: Path) -> bool:
    """The journal appears with the first file a run places (and goes when the run ends)."""
    return (out / outfolder.JOURNAL_NAME).exists()


def trial(out: Path, key: Path, members: int, rng: random.Random, timing: tuple[float, float]) -> dict:
    """One killed run and the run after it; returns the findings (empty lists when all is well).

    Most of a run's time is start-up and validation, so three kills in four land while files are
    being written (a random moment between the first file and the end of a full run), the fourth at
    a random moment of the whole run."""
    full_seconds, writing_seconds = timing
    process = subprocess.Popen(generate(out, key, "--force"), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    started = time.monotonic()
    if rng.random() < 0.75:
        while not writing_started(out) and process.poll() is None and time.monotonic() - started < 60:
            time.sleep(0.002)
        delay = rng.uniform(0, writing_seconds)
    else:
        delay = rng.uniform(0, 1.05 * full_seconds)
    time.sleep(delay)
    delay = time.monotonic() - started
    process.send_signal(signal.SIGKILL)
    process.wait()
    time.sleep(0.2)  # a worker of the killed run notices within 0.1 s and stops
    broken = incomplete_workbooks(out)
    manifest = outfolder.read_manifest(out)
    was_writing = bool(manifest.get("running"))
    temporaries_before = len(outfolder.temporaries(out))
    again = subprocess.run(generate(out, key, "--force"), capture_output=True, text=True)
    state = outfolder.folder_state(out)
    runs = outfolder.read_manifest(out).get("runs", {})
    recorded = {name for run in runs.values() for name in run.get("files", {})}
    problems = []
    if again.returncode != 0:
        problems.append(f"next run exit {again.returncode}: {again.stdout[-500:]} {again.stderr[-500:]}")
    if was_writing != ("did not finish" in again.stdout):
        problems.append(f"killed run was writing: {was_writing}, next run said: {again.stdout[:300]!r}")
    if "Traceback" in again.stderr:
        problems.append(again.stderr[-800:])
    if state is None or not state.consistent:
        problems.append("folder state: " + ("no manifest" if state is None else " | ".join(state.lines()[:6])))
    if not planned_names(out, members) <= recorded:
        problems.append(f"{len(planned_names(out, members) - recorded)} planned file(s) not recorded")
    copies = [p.name for p in out.rglob("*.xlsx") if outfolder.is_backup(p)]
    if copies:
        problems.append(f"copies of 'edited' files made: {copies[:3]}")
    return {"delay": round(delay, 3), "was_writing": was_writing, "incomplete_xlsx": broken,
            "temporaries_before": temporaries_before, "temporaries_after": len(outfolder.temporaries(out)),
            "incomplete_after": incomplete_workbooks(out), "problems": problems}


def campaign(work: Path, trials: int, seed: int = 11, large_every: int = 0) -> list[dict]:
    """``trials`` killed runs alternating between two keys (40 members, and 342 for every
    ``large_every``-th trial and the first one when large_every is set)."""
    rng = random.Random(seed)
    keys = {40: (write_key(work / "key-40a.csv", 40, 1), write_key(work / "key-40b.csv", 40, 2)),
            342: (write_key(work / "key-342a.csv", 342, 3), write_key(work / "key-342b.csv", 342, 4))}
    results = []
    for number in range(trials):
        members = 342 if large_every and number % large_every == 0 else 40
        out = work / f"out-{members}"
        first, second = keys[members]
        if not (out / outfolder.MANIFEST_NAME).exists():
            timings[members] = timed_run(generate(out, first), out)
        current = json.dumps(outfolder.read_manifest(out).get("runs", {}), sort_keys=True)
        key = second if str(first) in current else first  # the other key: a --force run that changes files
        result = trial(out, key, members, rng, timings[members])
        result.update(trial=number, members=members)
        results.append(result)
    return results


timings: dict[int, tuple[float, float]] = {}  # per key size: a full run's seconds, and those spent writing


def timed_run(command: list[str], out: Path) -> tuple[float, float]:
    started = time.monotonic()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    writing = None
    while process.poll() is None:
        if writing is None and writing_started(out):
            writing = time.monotonic()
        time.sleep(0.002)
    assert process.returncode == 0, command
    ended = time.monotonic()
    return ended - started, ended - (writing or started)


def main() -> int:
    import tempfile

    trials = int(sys.argv[1]) if len(sys.argv) > 1 else 100
    with tempfile.TemporaryDirectory(prefix="pyengine-kill-") as work:
        started = time.perf_counter()
        results = campaign(Path(work), trials, large_every=10)
        took = time.perf_counter() - started
    writing = sum(r["was_writing"] for r in results)
    print(f"{trials} kill -9 trials in {took:.0f} s ({sum(r['members'] == 342 for r in results)} of them with 342 "
          f"statements); the killed run had started writing in {writing}")
    print(f"incomplete .xlsx right after a kill: {sum(len(r['incomplete_xlsx']) for r in results)}")
    print(f"temporary files right after a kill: {sum(r['temporaries_before'] for r in results)}; "
          f"after the next run: {sum(r['temporaries_after'] for r in results)}")
    print(f"incomplete .xlsx after the next run: {sum(len(r['incomplete_after']) for r in results)}")
    failed = [r for r in results if r["problems"] or r["incomplete_xlsx"] or r["incomplete_after"]
              or r["temporaries_after"]]
    for result in failed:
        print(f"  trial {result['trial']} (kill after {result['delay']} s): {result}")
    print(f"{len(failed)} trial(s) with a problem")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
