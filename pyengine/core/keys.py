"""Verdeelsleutels: named members with weights, and the ways regions combine them.

A Key is immutable. Members that do not take part in a cost keep their row with weight 0, so a
workbook can show them as such. A group row stands for several members ("Hillegom, Lisse,
Teylingen" in seed 004) and weighs the sum of theirs. A composite key gives every participating
member a fixed amount (vaste voet) and splits the rest by weight.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from functools import cached_property
from typing import Iterable, Mapping

from .allocation import allocate
from .members import MemberNames
from ..errors import InputError
from .money import round_half_away, to_decimal
from ..i18n import _


@dataclass(frozen=True)
class Member:
    name: str
    weight: Decimal
    participates: bool = True
    constituents: tuple[str, ...] = ()  # for a group row: the members it stands for

    @property
    def effective_weight(self) -> Decimal:
        return self.weight if self.participates else Decimal(0)


@dataclass(frozen=True)
class Key:
    """A verdeelsleutel: members in a fixed order (the order the workbook shows and ties follow)."""

    members: tuple[Member, ...]
    name: str = "verdeelsleutel"
    source: str = ""
    fixed_per_member: Decimal = Decimal(0)  # vaste voet: composite key when > 0
    origin: str = ""  # where the weights came from ("inwoners.csv, kolom inwoners"): kept through round trips

    def __post_init__(self) -> None:
        if not self.members:
            raise InputError(_('{name}: the key has no members').format(name=self.name))
        register = MemberNames()
        for i, member in enumerate(self.members):
            label = _("{name}, row {row}").format(name=self.name, row=i + 1)
            if not isinstance(member.name, str) or not member.name.strip():
                raise InputError(_('{label}: member name is empty').format(label=label))
            register.add(member.name, label)
            if member.weight < 0:
                raise InputError(_('{label} ({name}): weight is negative: {weight}').format(label=label, name=member.name, weight=member.weight))
        if not any(m.effective_weight for m in self.members) and not self.fixed_per_member:
            raise InputError(_('{name}: every weight is zero; nothing to split by').format(name=self.name))
        if self.fixed_per_member < 0:
            raise InputError(_('{name}: fixed amount per member is negative: {fixed_per_member}').format(name=self.name, fixed_per_member=self.fixed_per_member))

    @classmethod
    def from_mapping(cls, weights: Mapping[str, object], *, name: str = "verdeelsleutel", source: str = "",
                     not_participating: Iterable[str] = ()) -> "Key":
        if not isinstance(weights, Mapping):  # the Python API: a one-line InputError, never an AttributeError
            raise InputError(_("{name}: weights must be a mapping of member name -> weight, got {kind}").format(
                name=name, kind=type(weights).__name__))
        odd = [n for n in weights if not isinstance(n, str)]
        if odd:
            raise InputError(_("{name}: a member name must be text, got {kind} {value}").format(
                name=name, kind=type(odd[0]).__name__, value=repr(odd[0])))
        absent = set(not_participating)
        unknown = absent - set(weights)
        if unknown:
            raise InputError(_('{name}: not-participating member(s) not in the key: {names}').format(name=name, names=', '.join(sorted(unknown))))
        members = tuple(
            Member(str(n), to_decimal(w, f"{name}[{n!r}]"), participates=n not in absent) for n, w in weights.items()
        )
        return cls(members, name=name, source=source)

    @property
    def names(self) -> list[str]:
        return [m.name for m in self.members]

    def position(self, name: str) -> int:
        """The row (0-based) of the member named ``name``; KeyError when there is none."""
        return self._positions[name]

    @cached_property  # found once per key: a statement per member asks for its own row in every year
    def _positions(self) -> dict[str, int]:
        positions: dict[str, int] = {}
        for i, member in enumerate(self.members):
            positions.setdefault(member.name, i)
        return positions

    @property
    def weights(self) -> list[Decimal]:
        return [m.effective_weight for m in self.members]

    @property
    def participants(self) -> list[Member]:
        return [m for m in self.members if m.participates]

    def grouped(self, group_name: str, member_names: Iterable[str]) -> "Key":
        """A key in which ``member_names`` are replaced by one row weighing their sum (at the first one's place)."""
        names = list(member_names)
        if len(names) < 2:
            raise InputError(_('{name}: group {group_name} needs at least two members').format(name=self.name, group_name=repr(group_name)))
        by_name = {m.name: m for m in self.members}
        missing = [n for n in names if n not in by_name]
        if missing:
            raise InputError(_('{name}: group {group_name} names unknown member(s): {names}').format(name=self.name, group_name=repr(group_name), names=', '.join(missing)))
        weight = sum((by_name[n].effective_weight for n in names), Decimal(0))
        group = Member(group_name, weight, participates=True, constituents=tuple(names))
        rows: list[Member] = []
        for m in self.members:
            if m.name == names[0]:
                rows.append(group)
            elif m.name not in names:
                rows.append(m)
        return Key(tuple(rows), name=self.name, source=self.source, fixed_per_member=self.fixed_per_member)

    def with_fixed_per_member(self, amount: object) -> "Key":
        """Composite key: every participating member pays ``amount``, the rest goes by weight."""
        return Key(self.members, name=self.name, source=self.source,
                   fixed_per_member=to_decimal(amount, f"{self.name}: fixed amount per member"))

    def allocate(self, total: object, *, decimals: int = 0, method: str = "largest_remainder") -> dict[str, Decimal]:
        """Each member's share of ``total``; the shares add up exactly to the rounded total."""
        rounded_total = round_half_away(total, decimals, name="total")
        fixed = round_half_away(self.fixed_per_member, decimals, name="fixed amount per member")
        participants = self.participants
        sign = -1 if rounded_total < 0 else 1
        fixed_total = fixed * len(participants)
        rest = rounded_total - sign * fixed_total
        if fixed and (rest * sign) < 0:
            raise InputError(
                _('{name}: the fixed amounts ({fixed_total}) exceed the total ({value})').format(name=self.name, fixed_total=fixed_total, value=abs(rounded_total)))
        if any(m.effective_weight for m in self.members):
            by_weight = allocate(rest, self.weights, decimals=decimals, method=method)
        else:  # only a vaste voet: the rest must be zero
            if rest:
                raise InputError(_('{name}: every weight is zero, so {rest} cannot be split by weight').format(name=self.name, rest=rest))
            by_weight = [Decimal(0)] * len(self.members)
        return {
            m.name: share + (sign * fixed if m.participates else 0)
            for m, share in zip(self.members, by_weight)
        }
