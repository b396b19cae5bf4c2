"""A sleutelvergelijking: one amount per year split by key A and by key B, and the ingroeipad between them.

Per member both shares, the difference (in euros and per inwoner) and the path from A to B. Pure: no files.

In step k of a path of N years a member pays the exact split of share_A + (share_B - share_A) x k / N
(:func:`indexation.phase_in_weights`); the shares add up to the year's amount and the last step is key B.
Years before the path are at key A, years after it at key B.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from .allocation import allocate
from .indexation import phase_in_weights
from .keys import Key
from .notes import MemberNotesThenExplanation


@dataclass(frozen=True)
class KeyComparison(MemberNotesThenExplanation):
    title: str
    organisation: str
    years: tuple[int, ...]
    amounts: tuple[Decimal, ...]  # per year
    key_a: Key  # both keys over the same members, in the same order
    key_b: Key
    steps: int = 0  # ingroei: years of the path; 0 = key B at once
    start: int | None = None  # the year of step 1 (default: the first year)
    population: Key | None = None  # inhabitants per member, for the difference per inwoner
    decimals: int = 0
    notes: tuple[str, ...] = ()  # shown under the tables: member notes, then the toelichting
    member_notes: tuple[str, ...] = ()  # gemeenten of the year, herindelingen (also said by generate)
    sources: tuple = ()
    merge_rule: str = "melden"  # herindeling: "melden" or "samenvoegen" (the keys are already merged)

    @property
    def members(self) -> list[str]:
        return self.key_a.names

    def step(self, year: int) -> int:
        """The step of the path in ``year``: 0 before it (key A), N from its last year on (key B)."""
        if self.steps == 0:
            return 1 if year >= self.first_step_year else 0
        return max(0, min(self.steps, year - self.first_step_year + 1))

    @property
    def first_step_year(self) -> int:
        return self.start if self.start is not None else self.years[0]

    @property
    def path_steps(self) -> int:
        """N of the blend k / N (1 for a change at once)."""
        return self.steps or 1


@dataclass(frozen=True)
class ComparisonResult:
    comparison: KeyComparison
    by_a: tuple[tuple[Decimal, ...], ...]  # per year, per member: the amount split by key A
    by_b: tuple[tuple[Decimal, ...], ...]
    path: tuple[tuple[Decimal, ...], ...]  # per year, per member: the contribution on the path
    inhabitants: tuple[Decimal, ...] | None  # per member

    def difference(self, y: int = 0) -> tuple[Decimal, ...]:
        """Key B - key A per member in year ``y``: positive is a nadeel (the member pays more)."""
        return tuple(b - a for a, b in zip(self.by_a[y], self.by_b[y]))

    def per_inhabitant(self, y: int = 0) -> tuple[Fraction, ...] | None:
        if self.inhabitants is None:
            return None
        return tuple(Fraction(d) / Fraction(n) if n else Fraction(0)
                     for d, n in zip(self.difference(y), self.inhabitants))


def compute_comparison(c: KeyComparison) -> ComparisonResult:
    by_a, by_b, path = [], [], []
    for year, amount in zip(c.years, c.amounts):
        by_a.append(tuple(allocate(amount, c.key_a.weights, decimals=c.decimals)))
        by_b.append(tuple(allocate(amount, c.key_b.weights, decimals=c.decimals)))
        weights = phase_in_weights(c.key_a.weights, c.key_b.weights, c.step(year), c.path_steps)
        path.append(tuple(allocate(amount, weights, decimals=c.decimals)))
    inhabitants = None
    if c.population is not None:
        counts = dict(zip(c.population.names, c.population.weights))
        inhabitants = tuple(counts.get(name, Decimal(0)) for name in c.members)
    return ComparisonResult(c, tuple(by_a), tuple(by_b), tuple(path), inhabitants)


__all__ = ["ComparisonResult", "KeyComparison", "compute_comparison"]
