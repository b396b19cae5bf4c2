"""Column letters as Excel writes them: column 1 is A, 27 is AA, 16384 is XFD.

Pure, so that the xlsx reader (inputs/) and the writer (render/) share one definition.
"""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=4096)  # pure, and asked for every cell a workbook writes
def column_letter(index: int) -> str:
    """1 -> 'A', 28 -> 'AB'."""
    letters = ""
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def column_index(letters: str) -> int:
    """'A' -> 1, 'ab' -> 28."""
    value = 0
    for letter in letters.upper():
        value = value * 26 + ord(letter) - 64
    return value
