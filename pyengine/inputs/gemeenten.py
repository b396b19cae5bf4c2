"""Members as Dutch gemeenten of a given year: the list shipped as package data, and the check of a key.

``data/gemeenten.csv`` holds one row per gemeente and CBS code (GM0363) with the first and the last
year it is on CBS's list of 1 January (its source and date are in the file's first lines), and for a
gemeente that was merged away its successor. :func:`checked_members` checks a key's members against
the gemeenten of the key's year:

- a gemeente of that year (by name, in the one member-identity rule of :mod:`core.members`, or by CBS
  code) passes;
- a gemeente that merged into another before that year (Weesp into Amsterdam, 2022) passes with a
  note naming the successor; with ``herindeling = "samenvoegen"`` its weight counts with the successor's;
- a name close to a gemeente of that year (a likely typo, 'Amsterdm') is refused with the nearest names;
- a name far from every gemeente (a province, a waterschap, 'Gemeente 001') is a member that is not a
  gemeente: accepted, with a note.
"""

from __future__ import annotations

import csv
import difflib
import io
import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from importlib.resources import files

from ..core.keys import Key, Member
from ..core.members import identity, register_real_gemeenten, without_diacritics
from ..errors import InputError
from ..i18n import _

DATA_FILE = "gemeenten.csv"
CLOSE_ENOUGH = 0.8  # difflib ratio from which an unknown name is taken for a typo of a gemeente
_CODE = re.compile(r"(?i)^\s*(?:GM)?(\d{4})\s*$")


@dataclass(frozen=True)
class Gemeente:
    code: str  # GM0363
    name: str
    first: int  # first year on the list of 1 January
    last: int | None  # last year on it (None: still on the newest list)
    successor: str = ""  # the code it merged into, for a gemeente that was merged away

    def exists_in(self, year: int) -> bool:
        return self.first <= year and (self.last is None or year <= self.last)


@dataclass(frozen=True)
class GemeentenList:
    gemeenten: tuple[Gemeente, ...]
    source: str  # the citation in the file's header
    first_year: int
    last_year: int

    @property
    def by_code(self) -> dict[str, Gemeente]:
        return {g.code: g for g in self.gemeenten}

    def of_year(self, year: int) -> list[Gemeente]:
        return [g for g in self.gemeenten if g.exists_in(year)]

    def successor_in(self, gemeente: Gemeente, year: int) -> Gemeente | None:
        """The gemeente of ``year`` that ``gemeente`` became by one or more herindelingen."""
        seen = set()
        current = gemeente
        while not current.exists_in(year) and current.successor and current.code not in seen:
            seen.add(current.code)
            current = self.by_code.get(current.successor, current)
        return current if current.exists_in(year) else None


@lru_cache(maxsize=1)
def gemeenten_list() -> GemeentenList:
    """The shipped list (read once)."""
    text = files("pyengine.inputs").joinpath("data", DATA_FILE).read_text(encoding="utf-8")
    comments = [line[1:].strip() for line in text.splitlines() if line.startswith("#")]
    rows = csv.DictReader(io.StringIO("\n".join(l for l in text.splitlines() if not l.startswith("#"))),
                          delimiter=";")
    gemeenten = tuple(Gemeente(r["code"], r["naam"], int(r["van"]), int(r["tot"]) if r["tot"] else None,
                               r.get("opvolger") or "") for r in rows)
    years = [g.first for g in gemeenten] + [g.last + 1 for g in gemeenten if g.last]
    register_real_gemeenten(g.name for g in gemeenten)
    if not years:  # an empty list checks nothing
        return GemeentenList((), " ".join(comments), 10_000, 10_000)
    return GemeentenList(gemeenten, " ".join(comments), min(years), max(years))


def _year_in_list(year: int, data: GemeentenList) -> int | None:
    """The year whose list applies: newer years take the newest list; before the list, none."""
    if year < data.first_year:
        return None
    return min(year, data.last_year)


def _letters(name: str) -> str:
    """A name without punctuation, spaces or diacritics (CBS's own spelling varies by punctuation)."""
    return re.sub(r"[\W_]+", "", without_diacritics(name))


@dataclass(frozen=True)
class _Index:
    """Gemeenten looked up by CBS code, by member identity and by letters, each the first in list order
    (what a scan of the list would find first), so that a member costs three dictionary look-ups."""

    by_code: dict[str, Gemeente]
    by_identity: dict[str, Gemeente]
    by_letters: dict[str, Gemeente]

    @classmethod
    def of(cls, gemeenten: list[Gemeente]) -> "_Index":
        by_code: dict[str, Gemeente] = {}
        by_identity: dict[str, Gemeente] = {}
        by_letters: dict[str, Gemeente] = {}
        for g in gemeenten:
            by_code.setdefault(g.code, g)
            by_identity.setdefault(identity(g.name), g)
            by_letters.setdefault(_letters(g.name), g)
        return cls(by_code, by_identity, by_letters)

    def find(self, name: str) -> Gemeente | None:
        code = _CODE.match(name)
        if code:
            return self.by_code.get(f"GM{code[1]}")
        # 's-Gravenhage / Den Haag, Nuenen c.a.: CBS's own spelling varies by punctuation
        return self.by_identity.get(identity(name)) or self.by_letters.get(_letters(name))


@lru_cache(maxsize=64)
def _indexes(applies: int) -> tuple[_Index, _Index]:
    """For the list of ``applies``: the index of its gemeenten and of those merged away before it."""
    data = gemeenten_list()
    return (_Index.of(data.of_year(applies)),
            _Index.of([g for g in data.gemeenten if g.last is not None and g.last < applies]))


@lru_cache(maxsize=4096)
def _close_to_any(wanted: str) -> tuple[str, ...]:
    """The identities of every gemeente on the list (any year) that may lie within CLOSE_ENOUGH of
    ``wanted``: the others are ruled out by a bound that never rules out a match. Per name, not per
    year: a key of 342 members over four years costs 342 searches, not 1,368."""
    bits, candidates = _candidate_letters()
    mask = 0
    unknown = 0  # letters of ``wanted`` that no gemeente's name has
    for letter in set(wanted):
        if letter in bits:
            mask |= bits[letter]
        else:
            unknown += 1
    length = len(wanted)
    # difflib's ratio is 2M / (both lengths), M the characters matched. M cannot exceed the characters of
    # either name whose letter occurs in the other: each distinct letter missing from the other name takes
    # one away at least. Below CLOSE_ENOUGH with that M, never a match (the float division is monotone, so
    # this rules out only what difflib would rule out too).
    return tuple(candidate for candidate, size, its_mask in candidates
                 if 2.0 * min(length - unknown - (mask & ~its_mask).bit_count(),
                              size - (its_mask & ~mask).bit_count()) / (length + size) >= CLOSE_ENOUGH)


@lru_cache(maxsize=1)
def _candidate_letters() -> tuple[dict[str, int], tuple[tuple[str, int, int], ...]]:
    """Every gemeente's identity (any year) with its length and its letters as a bit mask."""
    names = list(dict.fromkeys(identity(g.name) for g in gemeenten_list().gemeenten))
    bits = {letter: 1 << i for i, letter in enumerate(sorted({letter for name in names for letter in name}))}
    return bits, tuple((name, len(name), sum(bits[letter] for letter in set(name))) for name in names)


def nearest_gemeenten(name: str, year: int, count: int = 3) -> list[str]:
    """The names of the gemeenten of ``year`` closest to ``name`` (a likely typo), nearest first."""
    data = gemeenten_list()
    applies = _year_in_list(year, data)
    if applies is None:
        return []
    names = _names_of_year(applies)
    wanted = identity(name)
    possible = [n for n in _close_to_any(wanted) if n in names]
    return [names[n] for n in difflib.get_close_matches(wanted, possible, n=count, cutoff=CLOSE_ENOUGH)]


@lru_cache(maxsize=64)
def _names_of_year(applies: int) -> dict[str, str]:
    return {identity(g.name): g.name for g in gemeenten_list().of_year(applies)}


def checked_members(key: Key, year: int, rule: str, place: str) -> tuple[Key, tuple[str, ...]]:
    """``key`` with its members checked against the gemeenten of ``year`` (see the module text), and
    the notes to show. Raises InputError for a likely typo, naming ``place`` and the nearest names."""
    data = gemeenten_list()
    applies = _year_in_list(year, data)
    if applies is None:
        return key, ()
    of_year, merged_away = _indexes(applies)
    notes: list[str] = []
    problems: list[str] = []
    merged: dict[str, str] = {}  # member -> its successor's name
    strangers = []
    for member in key.members:
        if of_year.find(member.name) is not None:
            continue
        earlier = merged_away.find(member.name)
        successor = data.successor_in(earlier, applies) if earlier is not None else None
        if successor is not None:
            merged[member.name] = successor.name
            notes.append(_("{place}: {name} is no gemeente in {year}: it merged into {successor} "
                           "(herindeling {merged}){action}").format(
                place=place, name=member.name, year=year, successor=successor.name, merged=earlier.last + 1,
                action=_("; its weight counts with {successor}'s (herindeling = \"samenvoegen\")")
                .format(successor=successor.name) if rule == "samenvoegen" else
                _("; it stays a member of its own (herindeling = \"samenvoegen\" counts it with the successor)")))
            continue
        close = nearest_gemeenten(member.name, applies)
        if close:
            problems.append(_("{place}: '{name}' is no gemeente of {year}; did you mean {names}? (a member that "
                              "is not a gemeente needs a name that is not this close to one)").format(
                place=place, name=member.name, year=year, names=" or ".join(f"'{n}'" for n in close)))
            continue
        strangers.append(member.name)
    if problems:
        raise InputError("\n".join(problems))
    if strangers:
        notes.append(_("{place}: {names} taken as member(s) that are not a gemeente of {year} (not on CBS's list)")
                     .format(place=place, names=", ".join(strangers), year=year))
    if rule == "samenvoegen" and merged:
        key = _merged(key, merged)
    return key, tuple(notes)


def _merged(key: Key, merged: dict[str, str]) -> Key:
    """The key with each merged member's weight added to its successor's row (created at the first
    merged member's place when the successor is not in the key)."""
    rows: dict[str, list] = {}
    for member in key.members:
        target = merged.get(member.name, member.name)
        existing = next((name for name in rows if identity(name) == identity(target)), None)
        if existing is None:
            rows[target] = [member.effective_weight, (member.name,) if member.name != target else ()]
        else:
            rows[existing][0] += member.effective_weight
            if member.name != target:
                rows[existing][1] += (member.name,)
    members = tuple(Member(name, Decimal(weight), True, constituents) for name, (weight, constituents) in rows.items())
    return Key(members, name=key.name, source=key.source, fixed_per_member=key.fixed_per_member)


__all__ = ["Gemeente", "GemeentenList", "checked_members", "gemeenten_list", "nearest_gemeenten"]


gemeenten_list()  # the real gemeenten, known to the member-identity rule (core.members) from the start
