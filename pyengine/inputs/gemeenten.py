"""Members as Dutch gemeenten of a given year: the list shipped as package data, and the check of a key.

``data/gemeenten.csv`` holds one row per CBS code (GM0363) and name with the first and the last year it
is on CBS's list of 1 January (2017-2025; later years take the newest list; the source and its date are
in the file's first lines), and for a gemeente that ceased the gemeente(n) it went into and the day.
:func:`checked_members` checks a key's members against the gemeenten of the key's year:

- a gemeente of that year passes: by name (in the one member-identity rule of :mod:`core.members`),
  by CBS code, or by the name CBS gives the same code in another year (Hengelo, from 2025 Hengelo (O.));
- a gemeente that merged into another before that year (Weesp into Amsterdam, 2022) passes with a
  note naming the successor; with ``herindeling = "samenvoegen"`` its weight counts with the successor's;
  one that was split over several (Haaren, 2021) passes with a note, and is refused with "samenvoegen"
  (which share of its weight goes where is the key's decision, not ours);
- a name close to a gemeente of that year (a likely typo, 'Amsterdm'), or a name two gemeenten share
  but for CBS's province suffix ('Bergen'), is refused with the nearest names;
- a name far from every gemeente (a province, a waterschap, 'Gemeente 001') is a member that is not a
  gemeente: accepted, with a note.
"""

from __future__ import annotations

import csv
import difflib
import io
import re
from dataclasses import dataclass
from typing import Callable
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
_PROVINCE_SUFFIX = re.compile(r"\s*\([A-Za-z]{1,3}\.\)\s*$")  # CBS: Bergen (NH.), Hengelo (O.)


@dataclass(frozen=True)
class Gemeente:
    code: str  # GM0363
    name: str  # the name CBS's lists give it in these years (a code can have two: Hengelo, from 2025 Hengelo (O.))
    first: int  # first year on the list of 1 January under this name
    last: int | None  # last year on it (None: still on the newest list)
    successors: tuple[str, ...] = ()  # the codes it went into, for a gemeente that ceased (more than one: split)
    ended: str = ""  # the day of that herindeling (2022-03-24 for Weesp)

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
        """Code -> its newest row (a renamed gemeente has one row per name)."""
        return {g.code: g for g in sorted(self.gemeenten, key=lambda g: g.first)}

    def of_year(self, year: int) -> list[Gemeente]:
        return [g for g in self.gemeenten if g.exists_in(year)]

    def successors_in(self, gemeente: Gemeente, year: int) -> list[Gemeente]:
        """The gemeenten of ``year`` that ``gemeente`` became by one or more herindelingen."""
        of_year = {g.code: g for g in self.of_year(year)}
        ceased = {g.code: g for g in self.gemeenten if g.successors}
        found: list[Gemeente] = []
        todo, seen = [gemeente.code], set()
        while todo:
            code = todo.pop(0)
            if code in seen:
                continue
            seen.add(code)
            if code in of_year:
                found.append(of_year[code])
            elif code in ceased:
                todo.extend(ceased[code].successors)
        return found


@lru_cache(maxsize=1)
def gemeenten_list() -> GemeentenList:
    """The shipped list (read once)."""
    text = files("pyengine.inputs").joinpath("data", DATA_FILE).read_text(encoding="utf-8")
    comments = [line[1:].strip() for line in text.splitlines() if line.startswith("#")]
    rows = csv.DictReader(io.StringIO("\n".join(l for l in text.splitlines() if not l.startswith("#"))),
                          delimiter=";")
    gemeenten = tuple(Gemeente(r["code"], r["naam"], int(r["van"]), int(r["tot"]) if r["tot"] else None,
                               tuple((r.get("opvolger") or "").split()), r.get("einde") or "") for r in rows)
    register_real_gemeenten(g.name for g in gemeenten)
    if not gemeenten:  # an empty list checks nothing
        return GemeentenList((), " ".join(comments), 10_000, 10_000)
    years = [g.first for g in gemeenten] + [g.last + 1 for g in gemeenten if g.last]
    return GemeentenList(gemeenten, " ".join(comments), min(years), max(years))


def _year_in_list(year: int, data: GemeentenList) -> int | None:
    """The year whose list applies: newer years take the newest list; before the list, none."""
    if year < data.first_year:
        return None
    return min(year, data.last_year)


def _letters(name: str) -> str:
    """'s-Gravenhage / Den Haag, Nuenen c.a.: CBS's own spelling varies by punctuation."""
    return re.sub(r"[\W_]+", "", without_diacritics(name))


def _bare(name: str) -> str:
    """The name without CBS's province suffix: 'Bergen (NH.)' -> 'bergen'."""
    return identity(_PROVINCE_SUFFIX.sub("", name))


@dataclass(frozen=True)
class _YearIndex:
    """The gemeenten of one year's list, found by name, by an older or newer CBS name of the same code,
    by the name without its province suffix, and the gemeenten that ceased before it."""
    by_code: dict[str, Gemeente]
    by_name: dict[str, Gemeente]
    by_letters: dict[str, Gemeente]
    by_bare: dict[str, tuple[Gemeente, ...]]
    ceased: dict[str, Gemeente]
    names: dict[str, str]  # identity -> name, for the near-match search


@lru_cache(maxsize=64)
def _index(year: int) -> _YearIndex:
    data = gemeenten_list()
    by_code = {g.code: g for g in data.of_year(year)}
    by_name: dict[str, Gemeente] = {}
    by_letters: dict[str, Gemeente] = {}
    bare: dict[str, list[Gemeente]] = {}
    ceased: dict[str, Gemeente] = {}
    for row in data.gemeenten:
        current = by_code.get(row.code)
        if current is not None:  # this year's gemeente, under this year's or another year's CBS name
            by_name.setdefault(identity(row.name), current)
            by_letters.setdefault(_letters(row.name), current)
        elif row.last is not None and row.last < year and row.successors:
            for found_by in (identity(row.name), _letters(row.name), identity(row.code)):
                ceased.setdefault(found_by, row)
    for gemeente in by_code.values():
        bare.setdefault(_bare(gemeente.name), []).append(gemeente)
    names = {identity(g.name): g.name for g in by_code.values()}
    return _YearIndex(by_code, by_name, by_letters, {k: tuple(v) for k, v in bare.items()}, ceased, names)


def _find(name: str, index: _YearIndex) -> Gemeente | None:
    code = _CODE.match(name)
    if code:
        return index.by_code.get(f"GM{code[1]}")
    found = index.by_name.get(identity(name))
    if found is not None:
        return found
    found = index.by_letters.get(_letters(name))
    if found is not None and _PROVINCE_SUFFIX.search(found.name) and not _PROVINCE_SUFFIX.search(name):
        return None  # 'Bergen NH' is not how CBS writes Bergen (NH.): refused as a typo, with CBS's name
    return found


def _ceased(name: str, index: _YearIndex) -> Gemeente | None:
    code = _CODE.match(name)
    if code:
        return index.ceased.get(f"gm{code[1]}")
    return index.ceased.get(identity(name)) or index.ceased.get(_letters(name))


@lru_cache(maxsize=65_536)
def _nearest(name: str, year: int, count: int) -> tuple[str, ...]:
    """Nearest names of ``year``'s list, cached per name and year (a key of 342 members over four years
    asks for each name four times)."""
    index = _index(year)
    bare = index.by_bare.get(identity(name), ())
    if len(bare) > 1:  # 'Bergen': Bergen (L.) or Bergen (NH.)
        return tuple(g.name for g in bare)
    wanted = identity(name)
    possible = [n for n in _close_to_any(wanted) if n in index.names]  # the others cannot reach CLOSE_ENOUGH
    close = difflib.get_close_matches(wanted, possible, n=count, cutoff=CLOSE_ENOUGH)
    return tuple(index.names[n] for n in close)


@lru_cache(maxsize=65_536)
def _close_to_any(wanted: str) -> tuple[str, ...]:
    """The identities of every gemeente on the list (any year) that may lie within CLOSE_ENOUGH of
    ``wanted``; the others are ruled out by a bound that never rules out a match. Per name, not per
    year, and with whole-word bit masks instead of difflib's per-letter counts: a key of 342 members
    that are no gemeente (each compared with every name) took seconds."""
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
    applies = _year_in_list(year, gemeenten_list())
    if applies is None:
        return []
    return list(_nearest(name, applies, count))


# Members that are no gemeente are named in a note up to this many; more are counted, the first few named.
STRANGERS_NAMED = 5


def checked_members(key: Key, year: int, rule: str, place: str,
                    place_of: Callable[[str], str] | None = None) -> tuple[Key, tuple[str, ...]]:
    """``key`` with its members checked against the gemeenten of ``year`` (see the module text), and
    the notes to show. Raises InputError for a likely typo, naming the nearest names and the member's own
    place (``place_of(name)``: its cell or field, when the key is typed in the spec) or else ``place``."""
    data = gemeenten_list()
    applies = _year_in_list(year, data)
    if applies is None:
        return key, ()
    index = _index(applies)
    notes: list[str] = []
    problems: list[str] = []
    merged: dict[str, str] = {}  # member -> its successor's name
    strangers = []
    for member in key.members:
        found = _find(member.name, index)
        if found is not None:
            if found.successors and found.last == applies and found.ended[5:] != "01-01":
                notes.append(_("{place}: {name} is a gemeente on 1 January {year} and merges into {successor} on "
                               "{day}; it stays a member of its own in {year}").format(
                    place=place, name=member.name, year=year, day=_day(found.ended),
                    successor=" + ".join(g.name for g in data.successors_in(found, applies + 1))))
            continue
        earlier = _ceased(member.name, index)
        successors = data.successors_in(earlier, applies) if earlier is not None else []
        if len(successors) == 1:
            successor = successors[0]
            merged[member.name] = successor.name
            notes.append(_("{place}: {name} is no gemeente in {year}: it merged into {successor} "
                           "(herindeling {merged}){action}").format(
                place=place, name=member.name, year=year, successor=successor.name, merged=earlier.last + 1,
                action=_("; its weight counts with {successor}'s (herindeling = \"samenvoegen\")")
                .format(successor=successor.name) if rule == "samenvoegen" else
                _("; it stays a member of its own (herindeling = \"samenvoegen\" counts it with the successor)")))
            continue
        if successors:
            names = " + ".join(g.name for g in successors)
            if rule == "samenvoegen":
                problems.append(_("{place}: {name} is no gemeente in {year}: it was split over {successors} "
                                  "(herindeling {merged}); herindeling = \"samenvoegen\" cannot count its weight "
                                  "with one of them: divide it over them in the key").format(
                    place=place_of(member.name) if place_of else place, name=member.name, year=year, successors=names, merged=earlier.last + 1))
            else:
                notes.append(_("{place}: {name} is no gemeente in {year}: it was split over {successors} "
                               "(herindeling {merged}); it stays a member of its own").format(
                    place=place, name=member.name, year=year, successors=names, merged=earlier.last + 1))
            continue
        close = _nearest(member.name, applies, 3)
        if close:
            problems.append(_("{place}: '{name}' is no gemeente of {year}; did you mean {names}? (a member that "
                              "is not a gemeente needs a name that is not this close to one)").format(
                place=place_of(member.name) if place_of else place, name=member.name, year=year, names=_(" or ").join(f"'{n}'" for n in close)))
            continue
        strangers.append(member.name)
    if problems:
        raise InputError("\n".join(problems))
    if len(strangers) > STRANGERS_NAMED:  # a key of 300 regions: a count and the first few, not one long line
        notes.append(_("{place}: {count} members taken as not a gemeente of {year} (not on CBS's list), among them "
                       "{names} and {more} more").format(place=place, count=len(strangers), year=year,
                                                         names=", ".join(strangers[:STRANGERS_NAMED]),
                                                         more=len(strangers) - STRANGERS_NAMED))
    elif strangers:
        notes.append(_("{place}: {names} taken as member(s) that are not a gemeente of {year} (not on CBS's list)")
                     .format(place=place, names=", ".join(strangers), year=year))
    if rule == "samenvoegen" and merged:
        key = _merged(key, merged)
    return key, tuple(notes)


def _day(iso: str) -> str:
    """2022-03-24 -> 24-03-2022 (the Dutch order)."""
    year, month, day = iso.split("-")
    return f"{day}-{month}-{year}"


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
