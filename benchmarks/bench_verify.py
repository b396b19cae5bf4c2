"""pyengine verify: files per second in one LibreOffice instance. 'Warm' is the marginal rate
between a small and a large batch, which takes LibreOffice's start-up out of the figure."""

import shutil
import tempfile
import time
from pathlib import Path

import pyengine
from pyengine.verify import verify
from run import report

ROOT = Path(__file__).resolve().parent.parent


def run() -> None:
    if not (shutil.which("soffice") or shutil.which("libreoffice")):
        print("  LibreOffice is not installed: verify benchmark skipped")
        return
    work = Path(tempfile.mkdtemp(prefix="pyengine-bench-verify-"))
    try:
        key = work / "key.csv"
        key.write_text("gemeente,inwoners\n" + "".join(f"Gemeente {i},{1000 + 13 * i}\n" for i in range(40)),
                       encoding="utf-8")
        results = pyengine.generate([ROOT / "examples" / "regionaal-leerhuis"], work / "out", per_member=True, key=key)
        statements = [r.path for r in results if r.kind == "bijdrageoverzicht"]
        timings = {}
        for size in (5, 40):
            runs = []
            for _ in range(3):
                start = time.perf_counter()
                verdicts = verify(statements[:size])
                runs.append(time.perf_counter() - start)
                assert all(v.ok for v in verdicts)
            timings[size] = sorted(runs)[1]
        warm = (40 - 5) / (timings[40] - timings[5])
        report("verify 5 statements, one LibreOffice start (median)", f"{timings[5]:.2f} s", "")
        report("verify 40 statements, one LibreOffice start (median)", f"{timings[40]:.2f} s", "")
        report("verify, warm files per second (marginal)", f"{warm:.1f} /s", "target >= 5 /s")
        amendment = next(r.path for r in results if r.kind == "begrotingswijziging")
        start = time.perf_counter()
        assert verify([amendment])[0].ok
        report("verify the 40-member amendment (cold, incl. start-up)", f"{time.perf_counter() - start:.2f} s", "")
    finally:
        shutil.rmtree(work, ignore_errors=True)
