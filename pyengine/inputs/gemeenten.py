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


def _find(name: str, candidates: list[Gemeente]) -> Gemeente | None:
    code = _CODE.match(name)
    if code:
        return next((g for g in candidates if g.code == f"GM{code[1]}"), None)
    wanted = identity(name)
    found = next((g for g in candidates if identity(g.name) == wanted), None)
    if found is None:  # 's-Gravenhage / Den Haag, Nuenen c.a.: CBS's own spelling varies by punctuation
        letters = re.sub(r"[\W_]+", "", without_diacritics(name))
        found = next((g for g in candidates if re.sub(r"[\W_]+", "", without_diacritics(g.name)) == letters), None)
    return found


def nearest_gemeenten(name: str, year: int, count: int = 3) -> list[str]:
    """The names of the gemeenten of ``year`` closest to ``name`` (a likely typo), nearest first."""
    data = gemeenten_list()
    applies = _year_in_list(year, data)
    if applies is None:
        return []
    names = {identity(g.name): g.name for g in data.of_year(applies)}
    return [names[n] for n in difflib.get_close_matches(identity(name), list(names), n=count, cutoff=CLOSE_ENOUGH)]


def checked_members(key: Key, year: int, rule: str, place: str) -> tuple[Key, tuple[str, ...]]:
    """``key`` with its members checked against the gemeenten of ``year`` (see the module text), and
    the notes to show. Raises InputError for a likely typo, naming ``place`` and the nearest names."""
    data = gemeenten_list()
    applies = _year_in_list(year, data)
    if applies is None:
        return key, ()
    of_year = data.of_year(applies)
    every = list(data.gemeenten)
    notes: list[str] = []
    problems: list[str] = []
    merged: dict[str, str] = {}  # member -> its successor's name
    strangers = []
    for member in key.members:
        if _find(member.name, of_year) is not None:
            continue
        earlier = _find(member.name, [g for g in every if g.last is not None and g.last < applies])
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
