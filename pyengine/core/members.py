"""Member identity: when two written names are one member, and which labels are totals, not members.

One rule for every reader and the API (issue 24): two names are the same member when they are equal
after Unicode NFKC (NFC, and full-width letters as plain ones), removal of invisible characters
(zero-width spaces, soft hyphens, byte-order marks: Unicode category Cf), collapsing of whitespace
(non-breaking spaces included) and case folding. ``Leiden`` / ``LEIDEN`` / ``Leiden`` + a zero-width space, ``Gooise Meren`` /
``Gooise  Meren`` and ``Súdwest-Fryslân`` in NFC and in NFD are each one member, so a second row is
refused with both places. Names that differ only by diacritics (``Súdwest-Fryslân`` /
``Sudwest-Fryslan``) are refused as probably the same member, unless both are real gemeenten
(:func:`real_gemeenten`). A member keeps its name as first written; the rule only compares.

Labels that start with Totaal, Subtotaal, Som, Generaal totaal (any case, any punctuation) are
totals or notes, never members: charging one would double the budget.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Iterable

from ..errors import InputError
from ..i18n import _

# The first words of a label that is a total: "Totaal", "Totaal gemeenten", "TOTAAL:", "Sub-totaal",
# "Som", "Generaal totaal"; English too, as key files exported from other tools write them.
_TOTAL_FIRST_WORDS = ("totaal", "totalen", "subtotaal", "subtotalen", "som", "total", "totals", "subtotal", "sum")
_TOTAL_OPENINGS = ("sub totaal", "generaal totaal", "grand total", "sub total")
_PUNCTUATION = re.compile(r"[\W_]+")


@lru_cache(maxsize=65_536)  # called for every comparison with the list of gemeenten: a name is folded once
def identity(name: str) -> str:
    """The form two names are compared in: NFKC, no invisible characters, one space, case folded.

    NFKC rather than NFC: full-width 'Ｌｅｉｄｅｎ' (an East-Asian keyboard) or a ligature is the
    same name to a reader, so it is the same member (refused as written two ways, never split as two)."""
    text = unicodedata.normalize("NFKC", str(name))
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Cf")
    text = " ".join(text.split())  # str.split knows every Unicode space, the non-breaking one too
    return unicodedata.normalize("NFKC", text.casefold())


@lru_cache(maxsize=65_536)
def without_diacritics(name: str) -> str:
    """The identity with accents removed: 'súdwest-fryslân' -> 'sudwest-fryslan'."""
    decomposed = unicodedata.normalize("NFD", identity(name))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def is_total_label(name: str) -> bool:
    """True for a label that sums other rows (Totaal, Totaal gemeenten, Subtotaal:, Som, Generaal totaal)."""
    words = _PUNCTUATION.sub(" ", identity(name)).split()
    if not words:
        return False
    joined = " ".join(words)
    if any(joined == opening or joined.startswith(opening + " ") for opening in _TOTAL_OPENINGS):
        return True
    first = words[0]
    return first in _TOTAL_FIRST_WORDS or first.startswith(("totaal", "subtotaal"))


# The hook for the list of real gemeenten (package data of the meerjaren work): two real gemeenten
# whose names differ only by accents are two members. Until that list is here, none is known, so
# every accent-only difference is refused.
_REAL_GEMEENTEN: frozenset[str] = frozenset()


def real_gemeenten() -> frozenset[str]:
    """The identities (:func:`identity`) of the real Dutch gemeenten known to this package."""
    return _REAL_GEMEENTEN


def register_real_gemeenten(names: Iterable[str]) -> None:
    """Make ``names`` known as real gemeenten (called once by whoever holds the list)."""
    global _REAL_GEMEENTEN
    _REAL_GEMEENTEN = frozenset(identity(n) for n in names)


def shown(name: str) -> str:
    """A name as a message shows it: invisible characters made visible (<U+200B>)."""
    text = "".join(f"<U+{ord(ch):04X}>" if unicodedata.category(ch) == "Cf" else ch for ch in name)
    return text if unicodedata.is_normalized("NFC", name) else text + _(" (decomposed Unicode)")


def _short(first_place: str, place: str) -> str:
    """``first_place`` without the leading parts it shares with ``place`` (the same file is named once)."""
    first, now = first_place.split(", "), place.split(", ")
    shared = 0
    while shared < min(len(first), len(now)) - 1 and first[shared] == now[shared]:
        shared += 1
    return ", ".join(first[shared:])


class MemberNames:
    """The members met so far in one list (a key, a section), each with its place.

    ``add(name, place)`` refuses, naming both places, a name that is the same member as an earlier
    one or differs from it only by accents, and refuses a total label; it returns the name as written.
    """

    def __init__(self) -> None:
        self._by_identity: dict[str, tuple[str, str]] = {}
        self._by_letters: dict[str, tuple[str, str]] = {}

    def __contains__(self, name: str) -> bool:
        return identity(name) in self._by_identity

    def first(self, name: str) -> str | None:
        """The name as first written of the member ``name`` is, or None."""
        found = self._by_identity.get(identity(name))
        return found[0] if found else None

    def add(self, name: str, place: str) -> str:
        if is_total_label(name):
            raise InputError(_("{place}: '{name}' is a total, not a member; remove the total row (or rename it "
                               "if it is a member)").format(place=place, name=shown(name)))
        key = identity(name)
        if not key:
            raise InputError(_("{place}: the member name is empty").format(place=place))
        earlier = self._by_identity.get(key)
        if earlier is not None:
            first_name, first_place = earlier[0], _short(earlier[1], place)
            if first_name == name:
                raise InputError(_("{place}: member '{name}' appears twice (first at {first_place}); give each "
                                   "member once").format(place=place, name=shown(name), first_place=first_place))
            raise InputError(_("{place}: member '{name}' appears twice: it is the same member as '{first}' "
                               "({first_place}), written differently (case, spaces, invisible characters or Unicode form); "
                               "give each member once").format(place=place, name=shown(name), first=shown(first_name),
                                                               first_place=first_place))
        letters = without_diacritics(name)
        earlier = self._by_letters.get(letters)
        if earlier is not None:
            first_name, first_place = earlier[0], _short(earlier[1], place)
            known = real_gemeenten()
            if not (key in known and identity(first_name) in known):
                raise InputError(_("{place}: '{name}' differs from '{first}' ({first_place}) only by accents; "
                                   "probably the same member written twice: give it once, written one way")
                                 .format(place=place, name=shown(name), first=shown(first_name), first_place=first_place))
        self._by_identity[key] = (name, place)
        self._by_letters.setdefault(letters, (name, place))
        return name


def check_members(names_and_places: Iterable[tuple[str, str]]) -> None:
    """Refuse a list of (name, place) with two names for one member, or a total among them."""
    register = MemberNames()
    for name, place in names_and_places:
        register.add(name, place)
