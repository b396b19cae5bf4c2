"""A PDF past its page or character limit is refused before its layout is read (issue 24, point 5)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from pyengine.errors import InputError
from pyengine.inputs.pdf_bounds import check_pdf_bounds


def text_pdf(path: Path, pages: int, chars_per_page: int) -> Path:
    """A plain PDF of ``pages`` pages, each with ``chars_per_page`` characters of text in 100-character lines."""
    line = b"Totaal lasten 1.234.567 " * 4 + b"abcd"
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", None, b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    kids = []
    for _page in range(pages):
        rows = chars_per_page // len(line)
        stream = b"BT /F1 4 Tf 10 830 Td 5 TL " + b" ".join(b"(" + line + b") '" for _row in range(rows)) + b" ET"
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        content = len(objects)
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> "
                       b"/Contents %d 0 R >>" % content)
        kids.append(len(objects))
    objects[1] = b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids) + b"] /Count %d >>" % pages
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    path.write_bytes(bytes(out))
    return path


def test_a_small_pdf_is_counted(tmp_path):
    assert 2 * 1000 <= check_pdf_bounds(text_pdf(tmp_path / "klein.pdf", 2, 1000)) <= 2 * 1100


def test_too_many_pages_is_refused_at_once(tmp_path):
    with pytest.raises(InputError, match=r"lang.pdf: refused: 501 pages \(at most 500\)"):
        check_pdf_bounds(text_pdf(tmp_path / "lang.pdf", 501, 10))


def test_450_pages_of_3_1_million_characters_refused_within_500_mb(tmp_path):
    # (its time, under 10 s, is a figure of `make bench`)
    path = text_pdf(tmp_path / "dik.pdf", 450, 6_900)
    # VmHWM, not ru_maxrss: ru_maxrss survives fork + exec and would report this test process's own peak
    code = ("import re, sys; from pathlib import Path; from pyengine.inputs.pdf_bounds import "
            "check_pdf_bounds; from pyengine.errors import InputError\n"
            f"try:\n    check_pdf_bounds(Path({str(path)!r}))\nexcept InputError as e:\n    print(e)\n"
            "print("
            "re.search(r'VmHWM:\\s+(\\d+)', open('/proc/self/status').read()).group(1))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    message, figures = done.stdout.strip().splitlines()
    peak_kb = figures.strip()
    assert message.startswith("dik.pdf: refused: more than 3,000,000 characters of text (reached on page 4")
    assert int(peak_kb) < 500 * 1024
