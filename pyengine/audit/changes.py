"""A change printed between the two figures it compares ('Lasten | 2024 | Mutatie | 2025'): their difference.

The column titled as a change (mutatie, verschil, toename) is the difference of its
neighbours, the right one less the left one (or the left less the right, whichever its figures keep), checked on
every line. The rules read a column's relation from the columns before it; this one sits between its two.

Read so only where the neighbours are figures of one kind (their titles the same but for a year or date), the
change's own title has no year or date, and the
difference holds on three lines of four or more, three lines at least: a 'Verschil' between 'Begroting' and
'Realisatie' is the rules' (two columns apart), and a column that holds nowhere is claimed by nothing. Pure."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal

from .model import normal

# the words of a change's title
# ('wijziging' is no such word: 'Begroting 2023 | Wijziging 2023 | Begroting 2024' is an amendment's change of 2023)
CHANGE_WORDS = ("mutatie", "mutaties", "verschil", "toename", "afname", "change")
_DATED = re.compile(r"\b(\d{1,2} \d{1,2} )?(19|20)\d\d\b|\b\d{1,2} \d{1,2}\b")


@dataclasses.dataclass(frozen=True)
class Change:
    column: int                                   # the change
    left: int
    right: int
    sign: int                                     # +1: right - left; -1: left - right
    compared: tuple[int, ...]
    failed: tuple[tuple[int, Decimal, Decimal], ...]   # (line, expected, found)


def _kind(title: str) -> str:
    return " ".join(_DATED.sub(" ", normal(title)).split())


def changes_between(columns: Sequence[int], titles: Mapping[int, str], lines: Sequence[int],
                    value: Callable[[int, int], Decimal | None]) -> list[Change]:
    """The changes among `columns` (left to right, `titles` their titles, header levels joined) over `lines`,
    `value(line, column)` the figure or None."""
    found = []
    for k in range(1, len(columns) - 1):
        c, left, right = columns[k], columns[k - 1], columns[k + 1]
        if _DATED.search(normal(titles[c])):
            continue   # (a change of its own year or date is no change between its neighbours)
        words = _kind(titles[c]).split()
        rest = " ".join(w for w in words if w not in CHANGE_WORDS)
        # (its title a change word, alone or under the neighbours' group title: 'Lasten Mutatie')
        if len(rest.split()) == len(words) or rest not in ("", _kind(titles[left])):
            continue
        if _kind(titles[left]) != _kind(titles[right]) or normal(titles[left]) == normal(titles[right]):
            continue
        compared = [r for r in lines if None not in (value(r, c), value(r, left), value(r, right))]
        if len(compared) < 3:
            continue
        best = None
        for sign in (1, -1):
            failed = [(r, sign * (value(r, right) - value(r, left)), value(r, c)) for r in compared
                      if value(r, c) != sign * (value(r, right) - value(r, left))]
            if best is None or len(failed) < len(best[1]):
                best = (sign, failed)
        sign, failed = best
        if len(failed) * 4 > len(compared):
            continue
        found.append(Change(c, left, right, sign, tuple(compared), tuple(failed)))
    return found
