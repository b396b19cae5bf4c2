"""Running totals: a cumulatief column, each line the line above's plus its own period figure.

A column titled cumulatief beside the column of each period's own figure, one line per period ('Jaar |
Opbrengsten Per jaar | Opbrengsten Cumulatief', a begraafplaats' or a grondexploitatie's years). Each
line's cumulatief is the one of the line above plus its own period figure; the first line's is its own figure,
unless its label says it carries a stand forward ('Stand 1-1', 't/m 2017'). No sum down: the column is left out of
the sums of the lines (a total line closing the table is no period and no part of the chain).

A column is read so only where its figures say it: the chain holds on half of its lines or more, two at least (one
figure wrong fails twice, at it and at the line after it), three lines at least. A 'Cumulatief t/m 2024' column of a list of projects, each line its own project, holds nowhere
and is left to the other rules. Pure: cells in, chains out."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal

from .model import normal

# a title naming a running total, by its own words (as `normal` gives them: 'Cum.' is 'cum')
CUMULATIVE = re.compile(r"\b(cumulatief|cumulatieve|cum|cumulative|lopend totaal)\b")
# a first line that brings a stand forward instead of opening the chain at its own figure ('t/m' is 't m')
CARRIED = re.compile(r"\b(stand|t m|tot en met|begin|beginstand|vorig|vorige|eerdere|voorgaande)\b")


@dataclasses.dataclass(frozen=True)
class RunningTotal:
    column: int                                   # the cumulatief column
    period: int                                   # the column of each period's own figure
    compared: tuple[int, ...]                     # the lines held to the chain
    failed: tuple[tuple[int, Decimal, Decimal], ...]   # (line, expected, found) where it does not hold
    first: int                                    # the chain's first line (its own figure, or a stand carried)
    # of the failing lines, those that fail only through the chain's line above's wrong cumulatief, each with that
    # line: with that figure as its chain makes it, they hold (a consequence, never blamed themselves)
    following: tuple[tuple[int, int], ...] = ()


def cumulative(title: str) -> bool:
    return CUMULATIVE.search(normal(title)) is not None


def running_totals(columns: Sequence[int], titles: Mapping[int, str], lines: Sequence[int],
                   labels: Mapping[int, str], value: Callable[[int, int], Decimal | None]) -> list[RunningTotal]:
    """The running totals among `columns` (left to right; `titles` the titles, header levels joined) over `lines`
    (top to bottom, the period lines: no total lines), `value(line, column)` the figure or None. A cumulatief column's
    period column is the one left of it, not itself cumulatief, under the same group title where the title has one
    ('Lasten Per jaar' for 'Lasten Cumulatief')."""
    found = []
    for k, c in enumerate(columns):
        if k == 0 or not cumulative(titles[c]):
            continue
        period = columns[k - 1]
        if cumulative(titles[period]) or not _same_group(titles[c], titles[period]):
            continue
        chain = [r for r in lines if value(r, c) is not None and value(r, period) is not None]
        if len(chain) < 3:
            continue
        failed = [(r, value(before, c) + value(r, period), value(r, c)) for before, r in zip(chain, chain[1:])
                  if value(r, c) != value(before, c) + value(r, period)]
        # (one cumulatief figure wrong fails twice, at it and at the line after it: the chain must hold on half of
        # its lines, two at least; a list's 'cumulatief' column holds nowhere)
        holding = len(chain) - 1 - len(failed)
        if holding < 2 or holding * 2 < len(chain) - 1:
            continue   # (no running total of this column: claim nothing)
        first = chain[0]
        compared = chain[1:]
        if not CARRIED.search(normal(labels.get(first, ""))):
            compared = chain
            if value(first, c) != value(first, period):
                failed.insert(0, (first, value(first, period), value(first, c)))
        expected = {r: e for r, e, __ in failed}
        following = tuple((r, before) for before, r in zip(chain, chain[1:]) if r in expected and before in expected
                          and value(r, c) == expected[before] + value(r, period))
        found.append(RunningTotal(c, period, tuple(compared), tuple(failed), first, following))
    return found


def _same_group(title: str, period_title: str) -> bool:
    """The words of the cumulatief column's title before its cumulative word (its group: 'Lasten') open the period
    column's title too; a title of the word alone ('Cumulatief') has no group and takes the column left of it."""
    group = normal(title)[:CUMULATIVE.search(normal(title)).start()].split()
    return normal(period_title).split()[:len(group)] == group
