"""The audit's work grows with a table's length, not with its square: a register of 20,000 lines is audited in
seconds (`make bench` times it; this counts instead, so a noisy machine cannot make it pass or fail). The shape that
was quadratic: every line of one long block tried as the subtotal of the lines above it."""

import sys

import openpyxl

from pyengine.audit import audit


def _register(path, lines: int):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Regel", "2025", "2026"])
    for i in range(lines):
        sheet.append([f"Regel {i}", i, 2 * i])
    sheet.append(["Totaal", sum(range(lines)), 2 * sum(range(lines))])
    book.save(path)
    return path


def _calls(path) -> int:
    count = 0

    def profile(frame, event, arg):
        nonlocal count
        if event in ("call", "c_call"):
            count += 1

    sys.setprofile(profile)
    try:
        report = audit(path)
    finally:
        sys.setprofile(None)
    assert report.verdict == "clean"
    return count


def test_twice_the_lines_is_about_twice_the_work(tmp_path):
    # (linear: 1.9 here; the quadratic block search made it 3.4)
    small = _calls(_register(tmp_path / "300.xlsx", 300))
    large = _calls(_register(tmp_path / "600.xlsx", 600))
    assert large / small < 2.5, (small, large)
