"""The audit's rules, in one list, and the one resolver that chooses among what they propose (pure: no files).

A table's lines (its rows, and, transposed, its columns) are walked from top to bottom (`fold_once`). At a
line that is called a total, or may be one, every line rule of `RULES` proposes candidate relations of its
own kind (a `Candidate`: the total, its signed parts, the rule, the figures compared, where it fails) from
what the walk knows at that line (a `Walk`: the open lines, the block since the heading, ...), and `choose`
takes the one `resolve` likes best by the stated `score`. A chosen total replaces its parts among the open
lines, so subtotals, totals and saldi are found at any depth. `best_reading` then chooses among whole
readings of the table (which totals found by chance are plain lines after all) by `reading_score`.

The table rules answer questions asked after the walk about one line (an `Ask`), and `answer` takes their
candidates through the same `resolve`, by the same score and prior (admissible by `admissible_after_walk`):
- 'repeated', asked of every reading: a total the walk left unexplained repeats a block or a line found
  elsewhere ('repeats a block' and 'repeats a line' compete). Asked per reading because a repeat changes how
  much of the table that reading explains;
- 'unexplained', asked once, of the reading chosen, for a total still unexplained whose lines before it could be
  its parts: 'own lines' (they make it in every figure, zeros all) competes with 'own lines, short of the
  total' (they fall short of it as a deleted line makes them: a finding). Asked after the reading because it
  needs the verdict's reading of the block (`tables._why_unverified`) and explains nothing the reading builds on
  (no other total is made of it);
- 'breakdown': a line with 'waarvan' lines under it ('waarvan'): a second relation of that line, beside the
  one it is the total of: it competes with nothing, and is admitted or not;
- 'balance': Totaal passiva beside Totaal activa ('balans'), two totals already chosen: it competes with
  nothing, and is admitted (a balans must balance);
- 'section': a verschil column after begroting and realisatie in a table of lasten and baten sections, each
  section asked ('voordeel by section'): begroting - realisatie for the lasten, realisatie - begroting for the
  baten; taken in place of what the walk chose for that column when both hold in three quarters of their rows;
- 'across groups': a saldo left unexplained whose figures stand under one group of columns only ('Saldo baten minus
  lasten' in the Baten columns), of the total above it ('saldo of the groups'): its baten less its lasten per own title.
No step undoes what an earlier one chose: a question after the walk is asked only about what the walk left.

Before the walk, 'total above its lines' reads the totals printed above their lines (a provincie's programmes):
the walk sees each such total in place of its lines.

Labels (Totaal, Subtotaal, Saldo, a block's heading) are priors; the figures decide.
"""

from __future__ import annotations

import functools
import itertools
import operator
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from operator import attrgetter, methodcaller
from decimal import Decimal

from ..i18n import _
from .model import EMPTY, Candidate, Line, rounding_allowance, weak_sign

ZERO = Decimal(0)
# The most lines a total is looked for among (all 342 Dutch municipalities fit, twice): keeps a sheet of 100,000
# lines with a total every few lines from taking hours (the search is quadratic in it).
MAX_PARTS = 1000
# A line whose label starts with one of these is meant to be a total of lines before it.
TOTAL_WORDS = ("totaal", "totalen", "subtotaal", "sub totaal", "eindtotaal", "generaal totaal", "som ", "saldo",
               "total", "bijgesteld", "nieuw saldo", "tot ", "begroting na wijziging", "gewijzigde begroting",
               "actuele begroting", "begroting na ")
SALDO_WORDS = ("saldo", "verschil", "resultaat", "netto")
# A line whose label starts with one of these may be a signed combination of the lines before it.
BALANCE_WORDS = SALDO_WORDS + ("stand", "eindstand", "boekwaarde", "restant", "resterend", "nog te besteden",
                               "beschikbaar", "afwijking")
# A line whose label says it is what is left to pay or to cover once the lines above it are set off: what a
# gemeenschappelijke regeling asks of its members ('Gemeentelijke bijdrage' = Totaal lasten - Bijdragen derden -
# Mutatie reserves), what the heffing must bring in ('Te dekken door belastingopbrengsten' = Netto kosten -
# Onttrekking reserve). Closing its block it is a signed combination of the lines above it (`closes_as_result`),
# and a total: left NOT verified where none is found. The members' contribution only as an adjective: 'Bijdragen
# deelnemers (voorschotten)' or 'Bijdrage gemeente Aa' closing a block of baten is a line of its own.
RESULT_WORDS = ("te dekken", "nog te dekken", "gemeentelijke bijdrage", "gemeentelijke bijdragen", "benodigde bijdrage",
                "dekkingsbehoefte", "per saldo")
# Signed combinations tried for such a line: every mix of signs with the first line added, and baten - lasten.
# Never all signs turned: a total of the wrong sign is an error, not a relation.
SIGNED_FORMS = {n: tuple(s for s in itertools.product((1, -1), repeat=n) if s[0] == 1 and -1 in s)
                for n in (2, 3, 4, 5)}
SIGNED_FORMS[2] += ((-1, 1),)
# Five parts (a staat van activa: Boekwaarde 1-1 + investeringen - desinvesteringen - afschrijvingen - bijdragen
# van derden = Boekwaarde 31-12) only where they hold in as many figures as they fail and every part's sign is
# seen to hold (`_every_sign_shown`): fifteen mixes of signs would otherwise fit lines of zero movements by chance.
SHOWN_SIGNS_FROM = 5
# A line whose label starts with one of these is a part of the line above it, not a line of the sum.
WAARVAN_WORDS = ("waarvan", "w v ", "waaronder", "hiervan", "daarvan", "inclusief", "waarin")
# A label printed after a dash or bullet ('- algemene reserve'), never '-/-' (a sign, '-/- onttrekkingen')
_DASHED = re.compile(r"\s*[-\u2013\u2014\u2022\u00b7]\s+(?!/)")


def sub_lines(lines: Sequence[Line], breaks: Mapping[int, str]) -> frozenset[int]:
    """The lines breaking down the line above them, out of any sum beside it (by index): 'waarvan ...' lines,
    and a run of dashed lines right under a line with figures ('Eigen vermogen' 88.347, then '- algemene
    reserve', '- bestemmingsreserves', '- gerealiseerd resultaat': the balans's 'Totaal vaste passiva' counts
    the Eigen vermogen, not its lines again). Two dashed lines or more, as a breakdown has (one is no breakdown: a
    PDF may print a nil '-' of the first column before a label, '- Vennootschapsbelasting'); dashed lines opening a
    block are its lines, a list."""
    found: set[int] = set()
    run: list[int] = []
    for i, line in enumerate(lines):
        if line.key.startswith(WAARVAN_WORDS):
            found.add(line.index)
        dashed = bool(_DASHED.match(line.label)) and i and line.index not in breaks and (
            bool(run) or bool(lines[i - 1].values and not _DASHED.match(lines[i - 1].label)))
        if dashed:
            run.append(line.index)
            continue
        if len(run) >= 2:
            found.update(run)
        run = []
    if len(run) >= 2:
        found.update(run)
    return frozenset(found)


COMMON_WORDS = {"totaal", "totale", "bijdrage", "bijdragen", "gemeente", "gemeenten", "lasten", "baten", "kosten",
                "overige", "begroting", "saldo", "subtotaal"}


_YEAR = re.compile(r" (19|20)\d\d\b")


def saldo_word(word: str) -> bool:
    """'saldo', or a saldo written as one word ('begrotingssaldo', 'exploitatiesaldo', 'jaarsaldo'): a saldo by its
    word's ending. Not the plural ('saldi', 'begrotingssaldi'): that names lines of saldi, a heading over them."""
    return word.endswith("saldo")


def names_saldo(label: str) -> bool:
    """A word of the label is a saldo (`saldo_word`): 'Saldo', 'Structureel begrotingssaldo', 'Berekend EMU-saldo'."""
    return any(saldo_word(w) for w in label.split())


def said_saldo(label: str) -> bool:
    """A word of the label says it may be any sign: a saldo (`saldo_word`), verschil, resultaat or netto."""
    return any(w in SALDO_WORDS or saldo_word(w) for w in label.split())


def saldo_first(label: str) -> bool:
    """The label starts with a word saying it may be any sign (SALDO_WORDS), a saldo written as one word too
    ('Begrotingssaldo na bestemming')."""
    return label.startswith(SALDO_WORDS) or saldo_word(label.split(" ", 1)[0])


def balance_first(label: str) -> bool:
    """The label starts with a word of a saldo, verschil or stand (BALANCE_WORDS), a saldo written as one word too
    ('Jaarsaldo', 'Exploitatiesaldo')."""
    return label.startswith(BALANCE_WORDS) or saldo_word(label.split(" ", 1)[0])


# A line carrying a page's sum over to the next page, its label alone: 'Transport' (the page's last line, the sum of
# its lines), 'Naar transport'. (Its counterpart on the next page, 'Van transport', is a line of the sum there.)
CARRIED_FORWARD = ("transport", "naar transport")
CARRIED_OVER = ("van transport", "transport van vorige pagina")


def uncarried(lines: Sequence[Line]) -> frozenset[int]:
    """The indexes of the lines called 'Transport' (CARRIED_FORWARD) that carry nothing forward: no 'Van transport'
    (CARRIED_OVER) after them in the table. Such a line is a cost line of that name (Personeel | Huisvesting |
    Transport | Totaal kosten), a line like any other, never a total."""
    found, seen_over = set(), False
    for line in reversed(lines):
        if line.key in CARRIED_OVER:
            seen_over = True
        elif line.key in CARRIED_FORWARD and not seen_over:
            found.add(line.index)
    return frozenset(found)


def totalish(label: str) -> bool:
    # (a year inside the words is no other word: 'begroting 2025 na wijziging' is a 'begroting na ...'; a saldo
    # written as one word first is a 'saldo ...': 'Begrotingssaldo na bestemming', 'Jaarsaldo'; a line's code before
    # a 'Totaal' is none of its words, `model.line_key` leaves it out of the key: '6 Totaal Sociaal domein' is a
    # 'totaal ...', a numbered line of a model, '1 Exploitatiesaldo vóór ...', stays a line)
    return label in CARRIED_FORWARD or not signed_part(label) and (
        label.startswith(TOTAL_WORDS) or (" 2" in label or " 1" in label) and
                                       _YEAR.sub("", label).startswith(TOTAL_WORDS) or
                                       saldo_word(label.split(" ", 1)[0]))


# A line whose label opens with 'Af:' or 'Bij:' ('Af ', 'Bij '; normalised: 'af ', 'bij ') is taken off or added to
# the total under it: 'Af: saldo incidentele baten en lasten' between 'Begrotingssaldo na bestemming' and
# 'Structureel begrotingssaldo'
# (never 'Af te dragen loonheffing', 'Af- en bijschrijvingen': a line of its own)
_SIGNED_PART = re.compile(r"(af|bij) (?!(te|en|of)\b)\S")


# A line saying by its first word that it is the change of something: 'Mutatie liquide middelen', 'Toename (afname)
# liquide middelen', 'Afname ...', 'Verandering in ...'
MOVEMENT_WORDS = ("mutatie", "toename", "afname", "verandering")


def names_a_movement(label: str) -> bool:
    """The label opens with a word of change (MOVEMENT_WORDS): right after the totals of two blocks or more such a
    line is their sum by convention (a kasstroomoverzicht's 'Mutatie liquide middelen'), so where they do not make
    it, it is left NOT verified, never passed over as a plain line."""
    return label.startswith(MOVEMENT_WORDS)


def signed_part(label: str) -> bool:
    """'Af: saldo incidentele baten en lasten', 'Bij: onttrekking reserve': a signed part of the next total, never a
    total or saldo itself, whatever words follow its 'Af:' or 'Bij:' (normalised label)."""
    return _SIGNED_PART.match(label) is not None


def under_a_signed_part(line, history, opens) -> bool:
    """The line right under a `signed_part` (`history`: the lines before it), not one itself, in the same block (no
    heading between them; `opens`: the lines opening a block, with its heading): the total it is a part of."""
    return bool(history) and signed_part(history[-1].key) and not signed_part(line.key) and \
        not opens.get(line.index)


# A begroting after its changes is the begroting plus the changes (begroting + wijziging = na wijziging).
# The units a column's title may name ('Asfaltverharding m²', 'Totaal €', 'Oppervlakte (ha)'): a total column in one
# unit adds only the columns in that unit (`title_unit`; a column whose title names none keeps its figures' units).
TITLE_UNITS = {"€": "€", "eur": "€", "euro": "€", "x € 1.000": "€", "m²": "m²", "m2": "m²", "m³": "m³", "m3": "m³",
               "ha": "ha", "km": "km", "m": "m", "kwh": "kWh", "mwh": "MWh", "ton": "ton", "kg": "kg", "fte": "fte",
               "uren": "uren", "uur": "uren", "aantal": "aantal", "stuks": "aantal", "%": "%", "procent": "%"}
_TITLE_UNIT = re.compile(r"(?:^|[\s(\[])(" + "|".join(sorted(map(re.escape, TITLE_UNITS), key=len, reverse=True)) +
                         r")[)\]]?\s*$", re.IGNORECASE)


def title_unit(title: str) -> str:
    """The unit a column's title ends with ('Asfaltverharding m²': 'm²', 'Totaal €': '€', 'Aantal' alone: ''), or ''."""
    match = _TITLE_UNIT.search(title.strip())
    return TITLE_UNITS[match.group(1).lower()] if match and match.start(1) > 0 else ""


AMENDED_WORDS = ("bijgesteld", "begroting na ", "gewijzigde begroting", "actuele begroting", "na wijziging")
CHANGE_WORDS = ("wijziging", "mutatie", "amendement", "suppletoir", "bijstelling")


def amended(label: str) -> bool:
    """'Begroting 2025 na wijziging', 'Bijgestelde begroting': a begroting after its changes."""
    return _YEAR.sub("", label).startswith(AMENDED_WORDS) or " na wijziging" in label


def is_change(label: str) -> bool:
    """'Wijziging', '2e begrotingswijziging', 'Mutaties': a change to a begroting (not the begroting after it)."""
    return any(w in label for w in CHANGE_WORDS) and not amended(label)


# The columns of an amended begroting, by their titles: the begroting before the change ('Primitief', 'Primitieve
# begroting', 'Oorspronkelijke begroting', 'Begroting 2025', 'Vastgestelde begroting'), the change ('Wijziging',
# 'Mutatie', 'Deze wijziging', 'BW 2025-3', '+/-') and the begroting after it ('Na wijziging', 'Begroting na
# wijziging', 'Gewijzigde begroting', 'Nieuwe begroting', 'Stand na wijziging', 'Actuele begroting'). Never a
# realisatie, a verschil or a share: those are no begroting before or after a change.
AFTER_WORDS = ("na wijziging", "na mutatie", "na bijstelling", "na amendement", "gewijzigde", "nieuwe begroting",
               "nieuwe raming", "begroting na ", "raming na ", "bijgesteld", "actuele begroting", "actuele raming")
BEFORE_WORDS = ("primitie", "oorspronkelijk", "begroting", "raming", "vastgesteld")
NOT_A_BEGROTING = ("realisatie", "rekening", "werkelijk", "verschil", "afwijking", "procent", "toelichting",
                   "voordeel", "nadeel", "saldo")
# a change typed as a sign ('+/-') or as an amendment's number ('BW 2025-3', 'BW 3')
_CHANGE_SIGN = re.compile(r"\s*\+\s*/\s*-\s*")
_BW = re.compile(r"\bbw\b")


def amended_column(title: str, printed: str = "") -> str | None:
    """What a column of an amended begroting is, by its title (normalised; `printed` as typed, for a '+/-'):
    'before', 'change', 'after', or None (not one of these, or the words do not say)."""
    if _CHANGE_SIGN.fullmatch(printed):
        return "change"
    if not title or any(w in title for w in NOT_A_BEGROTING):
        return None
    if any(w in f"{title} " for w in AFTER_WORDS):
        return "after"
    if any(w in title for w in CHANGE_WORDS) or _BW.search(title):
        return "change"
    if any(w in title for w in BEFORE_WORDS):
        return "before"
    return None


class Sums:
    """Running sums of a set of lines per (position, unit): what compare() of those lines needs, kept as lines come
    and go, so a total is compared with a block of thousands of lines at once. Lines are summed when first asked
    for (most own lines never are: the run search has their sums)."""

    def __init__(self, lines: Iterable[Line] = ()) -> None:
        self._entries: dict[tuple[int, str], list] = {}   # -> [sum, figures present, figures not zero]
        self._pending: list[Line] = list(lines)

    def add(self, line: Line) -> None:
        self._pending.append(line)

    @property
    def entries(self) -> dict[tuple[int, str], list]:
        if self._pending:
            entries = self._entries
            for line in self._pending:
                units = line.units
                for q, value in line.values.items():
                    key = (q, units.get(q, "") if units else "")
                    entry = entries.get(key)
                    if entry is None:
                        entries[key] = [value, 1, 1 if value else 0]
                    else:
                        entry[0] += value
                        entry[1] += 1
                        if value:
                            entry[2] += 1
            self._pending = []
        return self._entries

    def compare(self, line: Line, positions, skip, sign: int = 1, less: Line | None = None) -> tuple[int, list[int]]:
        """Exactly _compare(line, these lines (less `less`), [sign] * n, positions, skip)."""
        entries = self.entries
        checked, failed = 0, []
        for q in positions:
            if q in skip or q not in line.values:
                continue
            unit = line.units.get(q, "")
            entry = entries.get((q, unit))
            total, present, nonzero = entry if entry is not None else (ZERO, 0, 0)
            if less is not None and q in less.values and less.units.get(q, "") == unit:
                total, present, nonzero = total - less.values[q], present - 1, nonzero - (less.values[q] != 0)
            if not present or (not nonzero and line.values[q] == 0):
                continue
            checked += 1
            if sign * total != line.values[q]:
                failed.append(q)
        return checked, failed

    def plain(self, q: int) -> Decimal:
        """The lines' sum at a position, whatever their units."""
        return sum((entry[0] for (p, __), entry in self.entries.items() if p == q), ZERO)


# ----------------------------------------------------------------------------------------------------------------
# What the walk knows at a line


class _cached:
    """functools.cached_property without its lock (a Walk is made per line and read by one thread)."""

    def __init__(self, function: Callable) -> None:
        self.function = function
        self.name = function.__name__

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        value = instance.__dict__[self.name] = self.function(instance)
        return value


def is_balance(label: str) -> bool:
    """A saldo (one written as one word too: `names_saldo`), verschil, resultaat (one written as one word too:
    `names_result`) or stand: may be a signed combination (never a `signed_part`: 'Af: saldo ...')."""
    return not signed_part(label) and (balance_first(label) or
                                       any(f" {w}" in f" {label}" for w in ("saldo", "resultaat")) or
                                       names_saldo(label) or names_result(label))


def names_result(label: str) -> bool:
    """A word of the label is a resultaat written as one word, as a saldo can be ('Exploitatieresultaat voor
    subsidie', 'Jaarresultaat', 'Bedrijfsresultaat'): the result of the lines above it, as 'Resultaat ...' is."""
    return any(w.endswith("resultaat") for w in label.split())


def closes_as_result(label: str, closes: bool) -> bool:
    """A line closing its block whose label says it is what is left to pay or cover (RESULT_WORDS, a year or a
    number before the words aside: '2026 gemeentelijke bijdrage'): a signed combination of the lines above it."""
    return closes and result_label(label)


def result_label(label: str) -> bool:
    """The label says what is left to pay or cover (RESULT_WORDS), wherever the line stands."""
    return _YEAR.sub("", f" {label}").lstrip(" 0123456789.").startswith(RESULT_WORDS)


def is_labelled(label: str, closes: bool) -> bool:
    """Called a total (or a saldo), or an unnamed line closing its block: a line the rules are asked about."""
    return totalish(label) or is_balance(label) or (closes and not label) or closes_as_result(label, closes)


def repeats_heading(heading: str, label: str) -> bool:
    """The line repeats its block's heading word for word: a published convention for the block's total (a
    kasstroomoverzicht's 'Kasstroom uit operationele activiteiten' under that heading, no 'Totaal'). Not a
    heading that is itself called a total ('TOTAAL' over the grand 'Totaal'): it heads the table's foot, no block."""
    return bool(heading) and label == heading and any(len(w) >= 4 for w in heading.split()) and not totalish(label)


def closes_its_heading(heading: str, label: str) -> bool:
    """The line closing its block names the block's heading, two words or more, whole, after one word of its own:
    'Woonlasten meerpersoonshuishouden, huurder' closing the block under 'Meerpersoonshuishouden, huurder' (a
    paragraaf lokale heffingen's total per huishoudtype, no 'Totaal'; its last word cut short where the print clips
    the label in its cell, 'eigenaar-bew'). Called a total as a line repeating its heading is; not under a one-word
    heading ('Overige baten' closing the block under 'Baten' is a line of it). Or the other way round: the heading
    names the closing line, two words or more, whole, after one word of its own ('Sociaal domein' closing the block
    under 'Taakmiddelen sociaal domein')."""
    words, own = heading.split(), label.split()
    if len(own) >= 2 and any(len(w) >= 4 for w in own) and len(words) == len(own) + 1 and words[1:] == own and \
            len(words[0]) >= 4 and words[0].isalpha() and not totalish(heading):
        return True
    return len(words) >= 2 and any(len(w) >= 4 for w in words) and len(own) == len(words) + 1 and \
        own[1:-1] == words[:-1] and (own[-1] == words[-1] or len(own[-1]) >= 3 and words[-1].startswith(own[-1])) \
        and len(own[0]) >= 4 and own[0].isalpha() and not totalish(label)


# A line naming a period's start or end: 'Liquide middelen per 1 januari' ... 'per 31 december' ('31-12-2024',
# '01-01-2025')
_PERIOD_START = re.compile(r"\b(per )?(1 januari|0?1 0?1)( (19|20)\d\d)?\b")
_PERIOD_END = re.compile(r"\b(per )?(31 december|31 12)( (19|20)\d\d)?\b")
# A title that is a date alone, with its year: '1-1-2025', '01-01-2025', '1 januari 2025', '31-12-2025'
_DATED = re.compile(r"(per )?(\d{1,2} (januari|december|\d{1,2})) ((19|20)\d\d)")


def stand_chain_starts(lines: Sequence[Line]) -> frozenset[int]:
    """The lines naming the start of a period ('Saldo 1 januari 2025') before a line naming the same thing at its
    end ('Saldo 31 december 2025'): the opening balance of a stand chain, no total of the lines before it."""
    ends = stand_chain_ends(lines)
    subjects = {" ".join(_PERIOD_END.sub(" ", line.key).split()) for line in lines if line.index in ends}
    return frozenset(line.index for line in lines if _PERIOD_START.search(line.key)
                     and " ".join(_PERIOD_START.sub(" ", line.key).split()) in subjects)


def stand_chain_ends(lines: Sequence[Line]) -> frozenset[int]:
    """The lines naming the end of a period ('Liquide middelen per 31 december') after a line naming the same
    thing at its start ('Liquide middelen per 1 januari'): the end of a stand chain (begin + mutatie = eind),
    read as a stand is (a signed combination of the lines above). Only with that start line: a line or column
    dated at the year's end alone (a balans's '31 december 2025' beside '31 december 2024') is no chain.
    A title that is a date alone names the stand by its date (a staat of a voorziening: '1-1-2025' | Dotatie |
    Onttrekking | Vrijval | '31-12-2025'): the end of the same year as such a start, with a movement between them
    (`_dated_alone`; two dates side by side, a balans's '1-1-2025' | '31-12-2025', are two stands, no chain)."""
    started: set[str] = set()
    dated: dict[int, int] = {}   # the year of a start titled by its date alone -> where it stands in the lines
    ends = set()
    for k, line in enumerate(lines):
        alone = _dated_alone(line.key)
        if alone is not None and alone[0] == "start":
            dated[alone[1]] = k
            continue
        if alone is not None and dated.get(alone[1], k - 1) < k - 1:
            ends.add(line.index)
            continue
        subject = _PERIOD_START.sub(" ", line.key).split()
        if subject and _PERIOD_START.search(line.key):
            started.add(" ".join(subject))
            continue
        subject = _PERIOD_END.sub(" ", line.key).split()
        if subject and _PERIOD_END.search(line.key) and " ".join(subject) in started:
            ends.add(line.index)
    return frozenset(ends)


def _dated_alone(key: str) -> tuple[str, int] | None:
    """('start', year) for a title that is a date alone at a year's start ('1 1 2025', '01 01 2025', '1 januari
    2025', 'per 1 1 2025'; normalised), ('end', year) at its end ('31 12 2025', '31 december 2025'), else None."""
    found = _DATED.fullmatch(key)
    if found is None:
        return None
    day = found.group(2)
    if _PERIOD_START.fullmatch(day):
        return "start", int(found.group(4))
    if _PERIOD_END.fullmatch(day):
        return "end", int(found.group(4))
    return None


def _subject(key: str, period: re.Pattern) -> str:
    """What a line dated at a period's start or end is the stand of ('stand', 'liquide middelen', 'saldo')."""
    return " ".join(period.sub(" ", key).split())


# A stand chain's movements say by their words which way they move the stand: labels as priors for its signs
# ('Onttrekkingen' is taken off, 'Toevoegingen' added), as '(+)' and '(-/-)' are for an EMU-saldo's lines
TAKEN_OFF = ("onttrekking", "aanwending", "vrijval", "afschrijving", "desinvestering", "vermindering", "afboeking",
             "aflossing", "besteding", "verlaging")
ADDED = ("toevoeging", "dotatie", "storting", "investering", "vermeerdering", "bijschrijving", "verhoging")


def movement_sign(line: Line) -> int:
    """The sign a stand chain's movement has by its label: -1 taken off ('Onttrekkingen', 'Vermindering ter dekking
    van afschrijvingen'), 1 added ('Toevoegingen', 'Investeringen'), 0 when its words do not say (or say both). A
    movement taken off whose figures are printed with their minus (each negative or 0) counts as printed (1)."""
    words = line.key.split()
    off = any(w.startswith(TAKEN_OFF) for w in words)
    on = any(w.startswith(ADDED) for w in words)
    if off == on:
        return 0
    if on:
        return 1
    values = line.values.values()
    return 1 if any(values) and all(v <= 0 for v in values) else -1


# A table that numbers its lines ('1.', '1', '(1)', 'A', 'a.' before the label, or in a column of their own left of it,
# which the label then starts with) may state a result line's formula in its label, in those numbers: '4.
# Begrotingssaldo na bestemming (1 - 2 + 3)', '7. Structureel begrotingssaldo (4 + 5 - 6)', 'Saldo = 1 - 2',
# '(A+B)', '(1 t/m 3)' (a range: 1 up to 3, summed). The label then says how the line is made: the rule 'formula in
# the label' holds it to that, holding or failing, and no other rule is asked about it.
_CODE = r"(?:\d{1,2}|[A-Za-z])"
_LINE_CODE = re.compile(rf"\s*(?:\(\s*({_CODE})\s*\)|({_CODE})[.)]?)\s+(?=\S)")
# a line numbered inside a group of lines the formulas name by one number: 'c1', 'c2', 'c3' under 'c' (a renteschema's
# '(a - b - c)'), '1a', '1b' under '1'
_SUB_CODE = re.compile(r"\s*(?:([A-Za-z])(\d{1,2})|(\d{1,2})([a-z]))[.)]?\s+(?=\S)")
_MINUS = "-\u2013\u2212"
_SIGNS = r"(?:-\s*/\s*-|\+\s*/\s*\+|[+\-\u2013\u2212])"  # ('-/-' a minus, '+/+' a plus)
_RANGE = r"\s*(?:t\s*/\s*m|t\.\s*m\.|tot en met)\s*"
# a term: a number, a range of them, a number in brackets ('(1) - (2)'), or a bracketed formula of those
_PLAIN = rf"(?:{_CODE}(?:{_RANGE}{_CODE})?|\(\s*{_CODE}\s*\))"
_PLAIN_BODY = rf"{_PLAIN}(?:\s*{_SIGNS}\s*{_PLAIN})*"
_TERM = rf"(?:{_PLAIN}|\(\s*{_PLAIN_BODY}\s*\))"
_BODY = rf"{_TERM}(?:\s*{_SIGNS}\s*{_TERM})*"
# ('(1 - 2 + 3)', '(= 1 - 2 + 3)', '(4 = 1 - 2 + 3)': the line's own number first, '= 1 - 2 + 3', 'Kasstroom: (1) -
# (2)', 'e - (a - b - c + d)' in brackets)
_FORMULA = re.compile(rf"(?:\(\s*(?:{_CODE}?\s*=)?\s*({_BODY})\s*\)|[=:]\s*({_BODY}))\s*[.:]?\s*$")
_TOKEN = re.compile(rf"\s*(?:({_SIGNS})|({_CODE})(?:{_RANGE}({_CODE}))?|(\()|(\)))")


def _code(text: str) -> str:
    """A line's number as the formulas name it: '01' and '1' alike, 'A' and 'a' alike."""
    return str(int(text)) if text.isdigit() else text.lower()


def line_code(label: str) -> str | None:
    """The number a line's label starts with: '1. Saldo' -> '1', '(2) Toevoegingen' -> '2', 'A Lasten' -> 'a',
    'b. Baten' -> 'b'; None for a label without one ('6.4 Wmo', 'Totaal lasten')."""
    found = _LINE_CODE.match(label or "")
    return _code(found.group(1) or found.group(2)) if found else None


def group_of(label: str) -> str | None:
    """The number of the group a line's label starts in: 'c1 Rente ...' -> 'c', '1b Lasten' -> '1'; None for a label
    without such a number."""
    found = _SUB_CODE.match(label or "")
    return _code(found.group(1) or found.group(3)) if found else None


def _terms(body: str) -> list[tuple[int, str]] | None:
    """A formula's body as (sign, number) terms, a bracketed part's signs turned by the sign before it, a range
    spelled out; None where it does not read as one."""
    terms: list[tuple[int, str]] = []
    signs = [1]          # the sign each open bracket turns its terms by
    sign = 1             # the sign before the next term
    at, spelled = 0, 0
    while at < len(body):
        token = _TOKEN.match(body, at)
        if token is None or token.end() == at:
            if body[at:].strip():
                return None
            break
        at = token.end()
        given, first, last, opening, closing = token.groups()
        if given:
            sign = -1 if given[0] in _MINUS else 1
        elif opening:
            signs.append(signs[-1] * sign)
            sign = 1
        elif closing:
            if len(signs) == 1:
                return None
            signs.pop()
        elif not last:
            terms.append((signs[-1] * sign, str(int(first)) if first.isdigit() else first))
            sign = 1
        else:
            a, b = _code(first), _code(last)
            if a.isdigit() != b.isdigit() or (a.isdigit() and int(a) >= int(b)) or (not a.isdigit() and a >= b):
                return None
            span = range(int(a), int(b) + 1) if a.isdigit() else range(ord(a), ord(b) + 1)
            # (letters as the label writes them: 'A t/m C' names A, B and C)
            terms.extend((signs[-1] * sign, str(n) if a.isdigit() else
                          (chr(n).upper() if first.isupper() else chr(n))) for n in span)
            sign = 1
            spelled += 1
    if len(signs) != 1:
        return None
    return terms if len(terms) >= 2 or spelled else None


def label_formula(label: str) -> tuple[tuple[int, str], ...] | None:
    """The formula a label ends with, in the table's line numbers, as (sign, number) terms, a range spelled out:
    '... (1 - 2 + 3)' (or '(4 = 1 - 2 + 3)') -> ((1, '1'), (-1, '2'), (1, '3')); '... = A + B' or '...: (A) + (B)' ->
    ((1, 'A'), (1, 'B')); '(1 t/m 3)' -> ((1, '1'), (1, '2'), (1, '3')); '(e - (a - b))' -> ((1, 'e'), (-1, 'a'),
    (1, 'b')). None where the label states none: one number alone ('Saldo (1)' is a footnote), a sign ('(+)',
    '(-/-)'), or a range that does not run up within one kind of number."""
    found = _FORMULA.search(label or "")
    if found is None:
        return None
    terms = _terms(found.group(1) or found.group(2))
    return tuple(terms) if terms else None


def line_codes(lines: Sequence[Line]) -> dict[str, Line | None | tuple[Line, ...]]:
    """The table's lines by their numbers (None for a number two lines carry: a formula naming it could mean
    either); empty unless two lines or more are numbered (a table that numbers its lines). A number no line
    carries, that lines numbered inside it do ('c1', 'c2', 'c3' under 'c'), names those lines together."""
    codes: dict[str, Line | None | tuple[Line, ...]] = {}
    groups: dict[str, list[Line]] = {}
    for line in lines:
        code = line_code(line.label)
        if code is not None:
            codes[code] = None if code in codes else line
        elif (group := group_of(line.label)) is not None:
            groups.setdefault(group, []).append(line)
    if len(codes) < 2:
        return {}
    for group, members in groups.items():
        if group not in codes:
            codes[group] = tuple(members)
    return codes


def _in_its_lines(formulas: Mapping[int, tuple[tuple[int, str], ...]], lines: Sequence[Line],
                  codes: Mapping) -> dict[int, tuple]:
    """Each formula with the lines above it whose labels state a part of it in the same numbers taken for that part:
    '(a - b - c)' under 'Saldo (a - b)' is that saldo - c, '(e - (a - b - c + d))' is e - the line stating '(a - b - c
    + d)' (a scheme's each line builds on the one before; a line it names that is wrong makes it fail with it). The
    longest such part first; a part of two numbers or more, standing together in the formula with the signs that
    line has (or all turned)."""
    made: dict[int, tuple] = {}
    by_line = {line.index: line for line in lines}
    order = [line.index for line in lines]
    for index in order:
        terms = list(formulas.get(index) or ())
        if not terms:
            continue
        earlier = sorted(((len(f), i) for i, f in formulas.items() if i in by_line and
                          order.index(i) < order.index(index) and 2 <= len(f) < len(terms)), reverse=True)
        for __, i in earlier:
            part = [(s, _code(c)) for s, c in formulas[i]]
            for at in range(len(terms) - len(part) + 1):
                window = terms[at:at + len(part)]
                if any(isinstance(c, Line) for __, c in window):
                    continue
                signed = [(s, _code(c)) for s, c in window]
                turn = signed[0][0] * part[0][0]
                if signed == [(turn * s, c) for s, c in part]:
                    terms[at:at + len(part)] = [(turn, by_line[i])]
                    break
        made[index] = tuple(terms)
    return made


def label_formulas(lines: Sequence[Line]) -> tuple[dict[str, Line | None | tuple[Line, ...]],
                                                   dict[int, tuple[tuple[int, str | Line], ...]]]:
    """The table's numbered lines (`line_codes`) and, by index, the lines whose labels state their formula in
    those numbers (`label_formula`), a part of it that a line above states taken as that line (`_in_its_lines`);
    none where the table numbers no lines."""
    codes = line_codes(lines)
    if not codes:
        return codes, {}
    formulas = {line.index: terms for line in lines if (terms := label_formula(line.label)) is not None}
    return codes, _in_its_lines(formulas, lines, codes)


def formula_parts(line: Line, terms, codes: Mapping) -> tuple[tuple[tuple[Line, int], ...], str]:
    """The lines (with their signs) a label's formula names, or () and why they cannot be read: a number no line
    above it carries, or two lines carry; (the parts, '') when every number names one line above it (a number of
    a group, 'c' over 'c1', 'c2', 'c3', its lines)."""
    parts = []
    for sign, code in terms:
        if isinstance(code, Line):
            parts.append((code, sign))
            continue
        if _code(code) not in codes:
            return (), _("its label's formula names line {code}, which is not in the table").format(code=code)
        named = codes[_code(code)]
        if named is None:
            return (), _("its label's formula names line {code}, and two lines of the table carry that number")\
                .format(code=code)
        for part in (named if isinstance(named, tuple) else (named,)):
            if part.index >= line.index:
                return (), _("its label's formula names line {code}, which is not above it").format(code=code)
            parts.append((part, sign))
    return tuple(parts), ""


@dataclass(frozen=True)
class Walk:
    """What the walk down a table's lines knows when it reaches `line`: the rules read it, never change it.
    `stack`: the open lines (not yet part of a total), oldest first; the current block (since the last heading)
    starts at stack[block_start]; `block_lines`: every line of the block so far, folded or not; `history`: every
    line before this one; `folded`: ids of the lines taken as totals; `closing`: lines that close their block;
    `forced`: lines to read as the total of their own lines whatever the figures say (a reading tried by
    best_reading); `opens`: the lines that open a block, with its heading ('' after an empty row); `signs`: some
    line of the table has a sign in its label ('(+)', '(-/-)'); `ends`: the lines ending a stand chain
    (`stand_chain_ends`); `saldi`: the signed combinations found so far that hold (-lasten + baten)."""
    line: Line
    stack: Sequence[Line]
    block_start: int
    block_lines: Sequence[Line]
    block_sums: Sums            # of block_lines
    own_sums: Sums              # of the own lines (since the previous total or heading)
    own_count: int              # how many they are
    heading: str
    in_block: bool
    history: Sequence[Line]
    folded: frozenset | set
    positions: Sequence[int]
    skip: frozenset | set
    unit: Decimal
    axis: str
    closing: frozenset | set
    forced: frozenset | set
    opens: Mapping[int, str] = EMPTY
    signs: bool = False
    ends: frozenset | set = frozenset()
    saldi: Sequence[Candidate] = ()
    derived: Mapping[int, tuple] = EMPTY
    codes: Mapping[str, Line | None] = EMPTY
    formulas: Mapping[int, tuple] = EMPTY
    misses: Mapping[tuple[int, int], Decimal] = EMPTY   # (id(total), position): what a total taken so far misses by
    gross: frozenset | set = frozenset()   # lines read as a bruto total (`gross_lines`)
    eras: Mapping[int, tuple[int, int]] = EMPTY   # a column's years, by the group title over it (`of_a_later_year`)

    @_cached
    def formula(self) -> tuple[tuple[int, str], ...] | None:
        """The formula its label states in the table's line numbers ('(1 - 2 + 3)'), or None (`label_formulas`)."""
        return self.formulas.get(self.line.index)

    @_cached
    def label(self) -> str:
        return self.line.key

    @_cached
    def balance(self) -> bool:
        return is_balance(self.label) or self.line.index in self.ends or self.result or self.under_a_signed_part

    @_cached
    def under_a_signed_part(self) -> bool:
        """Right under a `signed_part` ('Af: saldo incidentele baten en lasten'), not one itself: the total that line
        is taken off or added to ('Structureel begrotingssaldo'), a signed combination of the lines above it, called
        a total whatever its words (left NOT verified where none is found, never passed over as a plain line)."""
        return under_a_signed_part(self.line, self.history, self.opens)

    @_cached
    def result(self) -> bool:
        """It closes its block as what is left to pay or cover (`closes_as_result`)."""
        return closes_as_result(self.label, self.closes)

    @_cached
    def repeats_heading(self) -> bool:
        """It repeats its block's heading, with lines of the block before it (the line right under its heading is
        a line of the block, not its total)."""
        return bool(self.block_lines) and (repeats_heading(self.heading, self.label) or
                                           self.closes and closes_its_heading(self.heading, self.label))

    @_cached
    def called(self) -> bool:
        """Called a total by its words or its place: left NOT verified when nothing explains it. Not a begroting
        after its changes with no change before it in its block ('Rekening 2024 | Begroting 2025 na wijziging |
        Begroting 2026'): it is a total only of a begroting and its wijziging; without one it is a plain line
        (still read as a total where the figures make it one)."""
        return (totalish(self.label) and not (amended(self.label) and not any(
            is_change(p.key) for p in self.block_lines))) or self.repeats_heading or self.on_a_total or \
            self.formula is not None or self.result or self.saldo_set_apart or self.under_a_signed_part or \
            self.line.index in self.gross

    @_cached
    def saldo_set_apart(self) -> bool:
        """A line named a saldo ('Berekend EMU-saldo') closing the table after an empty row, under open lines: it is
        their saldo, so where nothing explains it (a line deleted, none of the numbers missing) it is left NOT
        verified with its reason, never passed over as a plain line."""
        return self.closes and not self.own_count and self.in_block and not self.heading and \
            names_saldo(self.label) and bool(self.stack) and id(self.stack[-1]) not in self.folded

    @_cached
    def on_a_total(self) -> bool:
        """A saldo or resultaat right under a total the walk took, no line of its own between them (an empty row
        or a heading at most): it is built on that total (Resultaat = Totaal saldo van baten en lasten + Mutaties
        reserves), so where nothing explains it a line of it is missing (the mutaties deleted), not 'no total'. A
        resultaat under lines of its own that no rule reads (voorschotten + baten - lasten) stays a line."""
        return is_balance(self.label) and not self.own_count and bool(self.stack) and \
            id(self.stack[-1]) in self.folded

    @_cached
    def labelled(self) -> bool:
        return is_labelled(self.label, self.closes) or self.repeats_heading or self.line.index in self.ends or \
            self.formula is not None or self.under_a_signed_part or self.line.index in self.gross

    @_cached
    def totals_above(self) -> Candidate | None:
        """For a line with a name of its own, right after the totals of two blocks or more: those totals (the
        last two or more), where they make it in every figure (but where one of them is wrong itself, by its
        miss: `_carries_a_miss`), else where they make it in at least as many figures as it fails in by a miss
        of its own (a wrong figure in it: a finding), each on a figure of a hundred units or more made of two
        of them at least, and in two figures or one of a thousand units or more (in one column of small figures
        totals add up by chance)."""
        if self.axis != "row" or not self.label or self.labelled:
            return None
        totals = list(itertools.takewhile(lambda p: id(p) in self.folded, reversed(self.stack)))[::-1]
        # (first a run explaining every figure; only then one failing in fewer figures than it holds in)
        for failing in (False, True):
            for length in range(len(totals), 1, -1):
                run = totals[-length:]
                checked, failed = self.compare(run, (1,) * length)
                own = len(failed) - sum(1 for q in failed if self._carries_a_miss(run, q))
                if not checked or (own > 0) != failing or checked - len(failed) < max(own, 1) or not _strong(
                        self.line, [(p, 1) for p in run], failed, self.positions, self.skip, self.unit):
                    continue
                if checked < 2 and all(abs(self.line.values[q]) < 1000 * self.unit for q in self.checked_positions):
                    continue
                return Candidate(self.line, tuple((p, 1) for p in run), "sum of the totals above", checked,
                                 tuple(failed))
        return None

    def _carries_a_miss(self, run: Sequence[Line], q: int) -> bool:
        """It fails at q only by what the totals of the run miss there themselves (their own wrong figure, found
        there once): it adds up with their true figures ('Mutatie liquide middelen' under a wrong 'Kasstroom uit
        operationele activiteiten')."""
        carried = sum((self.misses.get((id(p), q), ZERO) for p in run), ZERO)
        return carried != 0 and self.line.values[q] - _expected(self.line, [(p, 1) for p in run], q) == -carried

    @_cached
    def like_saldi(self) -> Candidate | None:
        """Its lines under its heading read as a saldo above reads lines of those names (`_like_the_saldi`): a
        saldo, every open line of its block (nothing folded in it yet), under a named heading."""
        own = self.own
        if self.saldi and self.heading and self.in_block and own and len(own) == len(self.stack) - self.block_start:
            return _like_the_saldi(self.line, own, self.saldi, self.positions, self.skip)
        return None

    @_cached
    def chain(self) -> tuple[int, tuple[int, ...]] | None:
        """The stand chain the labels give (length, signs), for a line ending one ('Stand 31 december' after 'Stand
        1 januari'): the open lines from the last one naming the same stand at the period's start (or at an end
        before: a second year's chain starts at the first year's end) down to it, when every line between them
        is a movement whose words say its sign (`movement_sign`); None otherwise."""
        if self.line.index not in self.ends:
            return None
        if self.line.index in self.derived:
            # a column found derived from the columns just before it (signs from the figures, not the words)
            given = self.derived[self.line.index]
            if len(self.stack) >= len(given) and tuple(p.index for p in self.stack[-len(given):]) == tuple(
                    i for i, __ in given):
                return len(given), tuple(s for __, s in given)
            return None
        subject = _subject(self.label, _PERIOD_END)
        for k in range(len(self.stack) - 1, max(-1, len(self.stack) - 1 - max(SIGNED_FORMS)), -1):
            first = self.stack[k]
            if any(period.search(first.key) and _subject(first.key, period) == subject
                   for period in (_PERIOD_START, _PERIOD_END)):
                signs = tuple(movement_sign(p) for p in self.stack[k + 1:])
                return (len(self.stack) - k, (1, *signs)) if signs and all(signs) else None
        return None

    @_cached
    def closes(self) -> bool:
        return self.line.index in self.closing

    @_cached
    def checked_positions(self) -> list[int]:
        return [q for q in self.positions if q not in self.skip and q in self.line.values]

    @_cached
    def own(self) -> list[Line]:
        """The lines since the previous total or heading (the last own_count open lines)."""
        return list(self.stack[len(self.stack) - self.own_count:])

    @_cached
    def own_exact(self) -> Candidate | None:
        """The own lines, when they make the line exactly in every figure (zeros included)."""
        own, line = self.own, self.line
        if self.labelled and (len(own) >= 2 or (own and self.closes)) and self.checked_positions and all(
                self.own_sum(q) == line.values[q] for q in self.checked_positions):
            checked, __ = self.compare_last(len(own), 1)
            return Candidate(line, tuple((p, 1) for p in own), "own lines", checked)
        if self.axis == "column" and self.closes and self.labelled and self.checked_positions and not any(
                line.values[q] for q in self.checked_positions):
            # a closing column of 0 in every figure ('Bijgestelde begroting' of a member that pays nothing): the
            # columns of 0 just before it make it, though no figure proves it (a longer run fails by chance)
            zeros = list(itertools.takewhile(lambda p: not any(p.values.get(q) for q in self.checked_positions),
                                             reversed(self.stack)))[::-1]
            if len(zeros) >= 2:
                return Candidate(line, tuple((p, 1) for p in zeros), "own lines", 0)
        return None

    def own_sum(self, q: int) -> Decimal:
        """The own lines' sum at a position, whatever their units (from the run search's sums when it has them)."""
        __ = self.runs
        sums = self._sums.get(len(self.own))
        if sums is not None and not sums[3][q]:
            return sums[0][q]
        return self.own_sums.plain(q)

    @_cached
    def own_words(self) -> list[str]:
        return [w for w in re.findall(r"[a-z]{5,}", self.label) if w not in COMMON_WORDS]

    def names(self, part: Line) -> bool:
        """The line's label names the part ('totaal overhead' and 'overhead regio')."""
        return _names(self.label, part.key)

    def compare(self, parts: Sequence[Line], signs) -> tuple[int, list[int]]:
        return _compare(self.line, parts, signs, self.positions, self.skip)

    @_cached
    def runs(self) -> dict[str, tuple]:
        """The best run of open lines just above the line, per kind ('plus': all added, 'signed': a saldo's mix of
        signs, both inside the block; 'across': reaching across the block's heading, any signs), as (score,
        length, signs, figures compared, failing positions). A run's score: the figures it holds in (a miss by
        rounding counts as a hold for the lines since the previous total of a line closing its block) less
        those it fails in, then the figures it holds in, then its length."""
        line, stack, unit = self.line, self.stack, self.unit
        checked_positions = self.checked_positions
        own_length = len(self.own)
        best: dict[str, tuple] = {}
        limit = min(len(stack), MAX_PARTS)
        if not limit or not checked_positions:
            return best
        # per position, down the open lines from the nearest: running sums, and how many figures (in the line's
        # unit) are present, not zero, or in another unit (the sums of every run at once, at C speed)
        recent = stack[:len(stack) - limit - 1 if len(stack) > limit else None:-1]
        values_of = list(map(attrgetter("values"), recent))
        plain_units = not line.units and not any(map(attrgetter("units"), recent))
        columns = {}
        for q in checked_positions:
            if plain_units:
                figures = list(map(methodcaller("get", q, ZERO), values_of))
                present = itertools.accumulate(map(methodcaller("__contains__", q), values_of))
                mixed = itertools.repeat(0, limit)
            else:
                unit_q = line.units.get(q, "")
                same = [p.units.get(q, "") == unit_q for p in recent]
                figures = [v.get(q, ZERO) if ok else ZERO for v, ok in zip(values_of, same)]
                present = itertools.accumulate(q in v and ok for v, ok in zip(values_of, same))
                mixed = itertools.accumulate(q in v and not ok for v, ok in zip(values_of, same))
            columns[q] = (list(itertools.accumulate(figures)), list(present),
                          list(itertools.accumulate(map(bool, figures))), list(mixed))
        for length in {own_length, len(stack) - self.block_start, len(stack)}:
            if 1 <= length <= limit:
                i = length - 1
                self._sums[length] = ({q: columns[q][0][i] for q in checked_positions},
                                      *({q: columns[q][k][i] > 0 for q in checked_positions} for k in (1, 2, 3)))
        # per run length: figures compared (zero = zero proves nothing) and failing
        compared, failing, differing = [], [], []
        for q in checked_positions:
            sums, present, nonzero, __ = columns[q]
            target = line.values[q]
            checks = list(map(bool, nonzero if target == 0 else present))
            compared.append(checks)
            differing.append(list(map(operator.ne, sums, itertools.repeat(target))))
            failing.append(list(map(operator.and_, checks, differing[-1])))
        checked_by_length = list(map(sum, zip(*compared)))
        failed_by_length = list(map(sum, zip(*failing)))
        support = list(map(operator.sub, checked_by_length, failed_by_length))
        net = list(map(operator.sub, support, failed_by_length))
        # a run holding in no figure fails the line wherever its sum is not the line's figure, also where the run
        # shows no figure: else the loose lines printed in the lasten only ('-' under baten) fail in fewer figures
        # than the subtotal with them, and a grand total short of a deleted loose line is blamed on them alone
        differ_by_length = list(map(sum, zip(*differing)))
        net = [-d if not s else n for s, n, d in zip(support, net, differ_by_length)]
        # (and so for a grand total its lines past the subtotals they follow: `_lower_rank_reach`)
        lower = self.lower_reach
        for length in dict.fromkeys((own_length, lower)):
            if not (self.closes and 2 <= length <= limit and failed_by_length[length - 1]):
                continue
            # a block's closing total: a miss by rounding ((n + 1) / 2 units at most) supports its own lines as a
            # hold does (a table rounded to thousands misses by 1 here and there)
            i = length - 1
            near = _near(line, stack[-length:], (1,) * length,
                         [q for q, f in zip(checked_positions, failing) if f[i]], unit)
            support[i] += near
            net[i] += 2 * near
        inside_limit = min(limit, len(stack) - self.block_start)
        # lines called a total that are 0 in every figure, in each run: on equal evidence the run with fewer wins
        # (zeros prove nothing: a run reaching over a 'Totaal lasten' of 0 holds as well as one stopping below it,
        # and would take from the saldo further down the lasten it needs)
        zero_totals = list(itertools.accumulate(
            -(totalish(p.key) and not any(p.values.get(q) for q in checked_positions)) for p in recent))
        # a run holding in no figure gets no credit for reaching past the previous total: in one column a wrong
        # 'Subtotaal huisvesting' fails over its own four lines as over them and 'Subtotaal personeel' before them
        # (trial B1: 'expected 1.994' where 1.149 is meant); the lines since the previous total are its lines
        # (but a grand total may reach past subtotals of a lower rank: 'Totaal lasten' = 'Subtotaal programma's' +
        # the loose lines after it, one of those deleted: 'expected 60' over the loose lines alone, 360 meant)
        within = [s > 0 or n <= lower for s, n in zip(support, range(1, limit + 1))]
        scores = list(zip(net, support, zero_totals, within, range(1, limit + 1)))
        # a run is two lines or more (a total equal to the one line above it is a repeat, found exactly or not at
        # all); but a group of one line under its heading, closed by its total, has that line as its run, holding
        # or failing ('Subtotaal van derden verkregen middelen' under its one voorziening, +1 in one figure: else
        # read over the group before it, failing in every figure, and the grand total over the subtotals blamed)
        # (and so the one line left between a total and the total of its own rank before it: 'Totaal kosten',
        # 'Bijdragen derden', 'Totaal opbrengsten', its other line deleted)
        single = (self.closes and self.in_block and inside_limit == 1 or self.after_a_peer) and own_length == 1 \
            and not is_labelled(stack[-1].key, False)
        for kind, first, last in (("plus", 0 if single else 1, inside_limit), ("across", max(1, inside_limit), limit)):
            found = max(itertools.compress(scores[first:last], checked_by_length[first:last]), default=None)
            if found is not None:
                i = found[-1] - 1
                best[kind] = (found, found[-1], None, checked_by_length[i],
                              [q for q, f in zip(checked_positions, failing) if f[i]])
        if self.balance:
            # a saldo, verschil or end balance: lasten - baten, realisatie - begroting, stand 1 januari +
            # toevoegingen - onttrekkingen (+ bestemming resultaat); of three lines or more only where it holds
            # in two figures or more (in one column a mix of signs fits by chance)
            # a combination in which two equal parts cancel is taken only where it explains strictly more than
            # every other (stand 1 januari equal to the onttrekkingen in every row: begin + toevoegingen -
            # onttrekkingen is still the stand chain, not '-toevoegingen + onttrekkingen' failing in half)
            cancelling: dict[str, tuple] = {}
            # a line called a total ('Saldo van baten en lasten' under the programmes): a mix of signs holding in
            # no figure is a guess that only fewer figures compared make look better, here as across a heading
            # (one programme deleted: 'Overhead - Onvoorzien'); its lines added are what it says
            guess_of_signs = totalish(self.label)
            for length in range(2, min(limit, max(SIGNED_FORMS)) + 1):
                run = stack[-length:]
                kind = "signed" if length <= inside_limit else "across"
                for signs in SIGNED_FORMS[length]:
                    cancels = length >= 3 and _cancelling(run, signs)
                    checked, failed = self.compare(run, signs)
                    if not checked or (length > 2 and checked - len(failed) < 2):
                        continue
                    if guess_of_signs and checked == len(failed):
                        continue
                    if length >= SHOWN_SIGNS_FROM and (checked - len(failed) < len(failed)
                                                       or not _every_sign_shown(run, failed, checked_positions)):
                        continue
                    if checked > len(failed) and _taken_off_unseen(run, signs, failed, checked_positions):
                        continue
                    near = _near(line, run, signs, failed, unit) if (
                        failed and length == own_length and self.closes) else 0
                    support = checked - len(failed) + near
                    score = (support - (len(failed) - near), support, zero_totals[length - 1], length)
                    chosen = cancelling if cancels else best
                    if kind not in chosen or score > chosen[kind][0]:
                        chosen[kind] = (score, length, signs, checked, failed)
            for kind, found in cancelling.items():
                if kind not in best or found[0][0] > best[kind][0][0]:
                    best[kind] = found
        if self.chain is not None:
            # the chain its labels give, holding or failing (in every figure, where the stand's end was altered in
            # every year: no mix of signs holds in two figures then; a plain sum would be reported as its sum)
            length, signs = self.chain
            checked, failed = self.compare(stack[-length:], signs)
            if checked:
                best["chain"] = ((checked - 2 * len(failed), checked - len(failed), 0, length), length, signs,
                                 checked, failed)
        return best

    @_cached
    def after_a_peer(self) -> bool:
        """Its own lines follow a total of its own rank that the walk took ('Totaal opbrengsten' after 'Totaal
        kosten' and the opbrengsten lines between them, in one block under one heading): those lines are its block
        as the lines before that total were that total's, so it closes them, holding or failing, as a total
        closing its block does (a line deleted from them is a finding there, not a total left unexplained, and the
        saldo under both then reads them as totals)."""
        own = len(self.own)
        # (a sum, not a saldo: a saldo's own lines have signs of their own, the other saldi's; and its peer in its
        # block, or across the heading that the total is named after: 'Opbrengsten' over the opbrengsten lines)
        inside = len(self.stack) - self.block_start
        return self.axis == "row" and totalish(self.label) and not self.balance and 1 <= own < len(self.stack) and \
            (own < inside or not self.in_block or _heads(self.heading, self.label)) and \
            id(self.stack[-own - 1]) in self.folded and _peers(self.label, self.stack[-own - 1].key) and \
            not any(totalish(p.key) for p in self.own) and \
            any(p.values.get(q) for p in self.own for q in self.checked_positions)

    @_cached
    def lower_reach(self) -> int:
        """How far up the open lines a run holding in no figure may reach (`_lower_rank_reach`)."""
        limit = min(len(self.stack), MAX_PARTS)
        recent = self.stack[:len(self.stack) - limit - 1 if len(self.stack) > limit else None:-1]
        return _lower_rank_reach(self.label, recent, self.folded, len(self.own), limit)

    @_cached
    def _sums(self) -> dict[int, tuple]:
        """The run search's sums of the last n open lines, for the lengths the rules ask about again: the own
        lines, the block, every open line (figure sums, figures present, not all zero, in another unit)."""
        return {}

    def compare_last(self, length: int, sign: int) -> tuple[int, list[int]]:
        """compare() of the last `length` open lines, all with `sign`: from the run search's sums when it has
        them (the same figures compared, the same failing positions), else by adding them up again."""
        if length == len(self.own) and length > MAX_PARTS:
            return self.own_sums.compare(self.line, self.positions, self.skip, sign)
        __ = self.runs
        sums = self._sums.get(length)
        if sums is None:
            return self.compare(self.stack[len(self.stack) - length:], (sign,) * length)
        running, present, nonzero, __ = sums
        checked, failed = 0, []
        for q in self.checked_positions:
            if not present[q] or (not nonzero[q] and self.line.values[q] == 0):
                continue
            checked += 1
            if sign * running[q] != self.line.values[q]:
                failed.append(q)
        return checked, failed

    def run_candidate(self, kind: str, rule: str) -> Candidate | None:
        found = self.runs.get(kind)
        if found is None:
            return None
        __, length, signs, checked, failed = found
        return Candidate(self.line, tuple(zip(self.stack[-length:], signs or (1,) * length)), rule, checked,
                         tuple(failed))


SUBTOTAL_WORDS = ("subtotaal", "sub totaal")


def _lower_rank_reach(label: str, recent: Sequence[Line], folded, own_length: int, limit: int) -> int:
    """How far up the open lines (nearest first) a run holding in no figure may reach: its own lines, and for a
    total that is no subtotal, past the subtotals among them (a 'Subtotaal' is a part of a 'Totaal'), up to the
    first other total."""
    reach = max(own_length, 1)
    if not totalish(label) or label.startswith(SUBTOTAL_WORDS):
        return reach
    for n in range(reach, limit):
        part = recent[n]
        if id(part) in folded and not part.key.startswith(SUBTOTAL_WORDS):
            break
        reach = n + 1
    return reach


def _every_sign_shown(parts: Sequence[Line], failed, positions) -> bool:
    """Each part is other than 0 in a figure where the combination holds: its sign is seen, not guessed (a line
    whose movements are all 0 fits every mix of signs)."""
    holding = [q for q in positions if q not in failed]
    return all(any(p.values.get(q) for q in holding) for p in parts)


def _taken_off_unseen(parts: Sequence[Line], signs, failed, positions) -> bool:
    """A part taken off that is 0 (or blank) in every figure where the mix holds, and whose words do not say it is
    taken off (`movement_sign`): its sign is nowhere seen, and the same lines with it added hold in as many figures
    (and more, where it shows): a mix no better than the figures' own signs. A wijziging's 'Toevoeging reserve
    (lasten)' of 250.000 in 2026 and 0 after, under a saldo wrong in 2026: the saldo is the lines as printed,
    'expected 0', never taken off to 'expected -500.000' because the years it is 0 fit either sign."""
    holding = [q for q in positions if q not in failed]
    return any(s < 0 and not any(p.values.get(q) for q in holding) and movement_sign(p) != -1
               for p, s in zip(parts, signs))


def _cancelling(parts: Sequence[Line], signs) -> bool:
    """Two of the parts, one added and one taken off, are the same figures (not all zero): x - x adds nothing, so
    such a combination explains no more than the rest of it does (Saldo = Materieel - Huisvesting + Totaal lasten
    - Bijdragen, where Materieel and Huisvesting are both 1.400, is Totaal lasten - Bijdragen)."""
    added = {tuple(sorted(p.values.items())) for p, s in zip(parts, signs) if s > 0 and any(p.values.values())}
    return any(tuple(sorted(p.values.items())) in added for p, s in zip(parts, signs) if s < 0)


def _near(line: Line, parts: Sequence[Line], signs, failed, unit: Decimal) -> int:
    """Failing figures that miss by no more than rounding each of n parts explains ((n + 1) / 2 units)."""
    return sum(1 for q in failed if abs(line.values[q] - sum(
        (s * p.values.get(q, ZERO) for p, s in zip(parts, signs)), ZERO)) * 2 <= unit * (len(parts) + 1))


# ----------------------------------------------------------------------------------------------------------------
# The line rules: each proposes candidates of one kind for the line the walk is at


def formula_in_the_label(walk: Walk) -> Iterable[Candidate]:
    """The lines its label's formula names by their numbers, each with its sign ('4. Begrotingssaldo na bestemming
    (1 - 2 + 3)'; '(1 t/m 3)' sums 1, 2 and 3), wherever they stand above it, holding or failing: the label says how
    the line is made (`choose` asks no other rule about it). Nothing where a number names no line above it, or
    two lines (the verdict lists the line as not verified, with that reason: `formula_parts`)."""
    if walk.formula is None:
        return
    parts, __ = formula_parts(walk.line, walk.formula, walk.codes)
    if parts:
        checked, failed = walk.compare([p for p, __ in parts], [s for __, s in parts])
        yield Candidate(walk.line, parts, "formula in the label", checked, tuple(failed))


def signs_in_the_labels(walk: Walk) -> Iterable[Candidate]:
    """Lines whose labels give their signs ('Afschrijvingen ... (+)', 'Investeringen ... (-/-)': the EMU-saldo's
    official model prints its figures unsigned): the run of such lines just above the line, each with the sign
    its label gives, however many they are, holding or failing. Only where those lines are every open line, or
    open their block under a heading: an unsigned line before them may be the base they adjust (Resultaat =
    Saldo - Toevoeging (-/-) + Onttrekking (+)), which no label says. A line with a sign of its own is a line of
    a sum further down: the total of the signed lines above it only where they make it exactly."""
    if not walk.signs:
        return
    stack = walk.stack
    length = 0
    while length < min(len(stack), MAX_PARTS) and stack[-1 - length].sign:
        length += 1
    if length < 2 or not (length == len(stack) or walk.opens.get(stack[-length].index)):
        return
    run = stack[-length:]
    signs = [p.sign for p in run]
    checked, failed = walk.compare(run, signs)
    if checked and not (walk.line.sign and failed):
        yield Candidate(walk.line, tuple(zip(run, signs)), "signs in the labels", checked, tuple(failed))


def signed_lines_over_a_total(walk: Walk) -> Iterable[Candidate]:
    """A saldo right under lines whose labels give their signs ('-/- Ontvangen bijdragen van derden', 'Af:
    kwijtschelding'), the fewer of its open lines: those lines, each with its sign, and one line above them that
    they adjust, the nearest total above them or an open line between them and it ('Netto uitgaven' = 'Subtotaal'
    -/- the bijdragen, a line 'Beschikbaar gesteld krediet' printed between them, no part of it), holding or
    failing (the resolver takes the one holding in the most figures; a failing one only in more figures than it
    fails, `admissible`)."""
    if not walk.signs or not (walk.balance or totalish(walk.label)):
        return
    stack = walk.stack
    length = 0
    while length < min(len(stack), MAX_PARTS) and (stack[-1 - length].sign or signed_part(stack[-1 - length].key)):
        length += 1
    if not length or length >= len(stack):
        return
    run = stack[-length:]
    signs = [p.sign or (1 if p.key.startswith("bij") or (any(p.values.values()) and all(
        v <= 0 for v in p.values.values())) else -1) for p in run]
    for base in reversed(stack[max(0, len(stack) - length - 4):len(stack) - length]):
        checked, failed = walk.compare([base, *run], [1, *signs])
        if checked:
            yield Candidate(walk.line, ((base, 1), *zip(run, signs)), "signed lines over a total", checked,
                            tuple(failed))
        if id(base) in walk.folded:
            return


def _against_the_labels(candidate: Candidate) -> bool:
    """The candidate takes a line against the sign its label gives ('Investeringen (-/-)' added, `_against_its_word`):
    the labels say how the lines make the total, so no other mix of signs is meant, however well it fits. A '+/-'
    says either sign ('Lasten +/-', a wijziging's column, is taken off in 'Saldo +/-')."""
    return any((p.sign and p.sign != s and not _EITHER_SIGN.search(p.label)) or _against_its_word(p, s)
               for p, s in candidate.parts)


_EITHER_SIGN = re.compile(r"\+\s*/\s*[-\u2212\u2013]\s*\)?\s*$")


def _against_its_word(part: Line, sign: int) -> bool:
    """A `signed_part` taken against its word: a 'Bij:' line taken off, an 'Af:' line added (unless its figures are
    printed with their minus: 'Af: afschrijvingen -3.400' may be added as printed; negative in more columns than
    not, each other one a verschil's figure perhaps: 'Af: kwijtschelding -1.680 -1.527 153' beside begroting and
    realisatie)."""
    if not signed_part(part.key):
        return False
    if part.key.startswith("bij"):
        return sign < 0
    return sign > 0 and not printed_with_its_minus(part)


def printed_with_its_minus(line: Line) -> bool:
    """Every amount of the line negative or 0, one not 0 ('Af: teruggaaf -40.000'), or negative in most of its
    columns (a positive verschil beside them); a percentage beside them (its '% van begroot' 144%) is no amount and
    says nothing of the sign."""
    values = [v for q, v in line.values.items() if line.units.get(q) != "%"]
    negative = sum(1 for v in values if v < 0)
    return (any(values) and all(v <= 0 for v in values)) or negative > sum(1 for v in values if v > 0)


def run_above(walk: Walk) -> Iterable[Candidate]:
    """The best run of open lines just above it, inside its block, all added: two lines or more, or the one line of
    a group under its heading that it closes (`Walk.runs`)."""
    found = walk.run_candidate("plus", "run above")
    if found is not None and not _over_a_peer(walk, found):
        yield found


def _over_a_peer(walk: Walk, found: Candidate) -> bool:
    """A run holding in no figure that takes a total of the line's own rank as a part ('Totaal vlottende activa'
    over 'Totaal vaste activa' and its own lines, a 'Subtotaal' over the 'Subtotaal' before it): a line was
    deleted from its own lines, which are its parts (`short_of_the_total` holds it to them). Only a part this
    reading takes as a total counts (one undone as a plain line by `best_reading` is no total there)."""
    return found.checked == len(found.failed) and any(
        id(p) in walk.folded and _peers(walk.label, p.key) for p, __ in found.parts)


def signed_combination(walk: Walk) -> Iterable[Candidate]:
    """A saldo, verschil or stand: the best mix of signs of the open lines just above it (runs() tries signs only
    for such a line; and the stand chain its labels give, holding or failing). Not, holding in no figure, for a
    line called a total ('Totaal saldo van baten en lasten'): its lines added are what it says; a mix of signs
    failing everywhere is a guess that only fewer figures compared make look better (loose lines printed under the
    lasten alone, one of them deleted: 'Overhead - Onvoorzien')."""
    for kind in ("signed", "chain"):
        found = walk.run_candidate(kind, "signed combination")
        if found is not None and not (kind == "signed" and totalish(walk.label) and
                                      found.checked == len(found.failed)):
            yield found
    for parts, signs in _what_the_words_give(walk):
        checked, failed = walk.compare(parts, signs)
        if checked:
            yield Candidate(walk.line, tuple(zip(parts, signs)), "signed combination", checked, tuple(failed))


def two_columns_apart(walk: Walk) -> Iterable[Candidate]:
    """A column of what is left or differs ('Restant', 'Verschil', 'Saldo') that is one column less another with a
    column between them, or more, that is no part of it ('Restant' = 'Subsidieplafond' - 'Verleend', 'Aangevraagd'
    between them): each such pair among the last four open columns, holding in three figures or more and in more
    than twice as many as it fails (the signed combination takes a run of columns next to each other, never one
    leaving a column out). So is any pair of open columns whose titles name the column's own year, wherever they
    stand ('Nog in te vullen 2029' = 'Taakstelling 2029' - 'Ingevuld 2029', Ingevuld 2026-2028 between them). So is
    a column titled by two years ('Verschil 2025-2024') and two open columns of one title, one of each year, wherever
    they stand ('Uitgaven 2025' - 'Uitgaven 2024', the years running down: Uitgaven 2023 after them)."""
    if walk.axis != "column" or not walk.balance:
        return
    stack = walk.stack
    window = list(range(max(0, len(stack) - 4), len(stack)))
    pairs = [(i, j) for i in window for j in window if j - i >= 2]
    year = _year_of(walk.label)
    apart = set(pairs)
    if year is not None:
        same = [k for k, p in enumerate(stack) if _year_of(p.key) == year]
        pairs += [(i, j) for i in same for j in same if i < j and (i, j) not in apart
                  and (i, j) != (len(stack) - 2, len(stack) - 1)]
    years = _A_YEAR.findall(walk.label)
    if len(years) == 2 and years[0] != years[1]:
        kinds = {k: _A_YEAR.sub("", p.key).strip() for k, p in enumerate(stack) if _year_of(p.key) in years}
        pairs += [(i, j) for i in kinds for j in kinds if i < j and kinds[i] == kinds[j]
                  and _year_of(stack[i].key) != _year_of(stack[j].key) and (i, j) not in apart
                  and (i, j) not in pairs and (i, j) != (len(stack) - 2, len(stack) - 1)]
    line = walk.line
    for i, j in pairs:
        for signs in ((1, -1), (-1, 1)):
            checked, failed = walk.compare([stack[i], stack[j]], signs)
            # (of its year: holding where no figure of the three is 0, as x - 0 = x and x - x = 0 hold of any two)
            holds = checked - len(failed) if (i, j) in apart else sum(
                1 for q in walk.checked_positions if q not in failed and line.values[q]
                and stack[i].values.get(q) and stack[j].values.get(q))
            if holds >= 3 and checked - len(failed) > 2 * len(failed):
                yield Candidate(walk.line, ((stack[i], signs[0]), (stack[j], signs[1])), "two columns apart",
                                checked, tuple(failed))


_A_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _year_of(key: str) -> str | None:
    """The last year a title names ('nog in te vullen 2029': '2029'), or None."""
    found = _A_YEAR.findall(key)
    return found[-1] if found else None


def _what_the_words_give(walk: Walk) -> Iterable[tuple[list[Line], tuple[int, ...]]]:
    """For a line right under 'Af:' and 'Bij:' lines (`signed_part`), however many: the open line above them and
    those lines, each with the sign its word gives ('Bij' added, 'Af' taken off; an 'Af' line printed with its minus,
    each figure negative or 0, either way: the figures choose)."""
    if not walk.under_a_signed_part:
        return
    run = list(itertools.takewhile(lambda p: signed_part(p.key), reversed(walk.stack)))[::-1]
    if not run or len(run) >= len(walk.stack) or len(run) >= MAX_PARTS:
        return
    choices = [(1,) if p.key.startswith("bij") else (-1, 1) if printed_with_its_minus(p) else (-1,) for p in run]
    for signs in itertools.islice(itertools.product(*choices), 16):
        yield [walk.stack[-len(run) - 1], *run], (1, *signs)


def like_the_other_saldi_in_the_walk(walk: Walk) -> Iterable[Candidate]:
    """A saldo under its heading whose lines there are named as lines of a saldo found above it that holds, and are
    fewer than its lines: those lines with the signs their names have there (`Walk.like_saldi`), holding or
    failing ('Saldo bedrijfsvoering' over 'Lasten' alone, its 'Baten' deleted, is -Lasten as the products above
    it are -Lasten + Baten). Such a saldo reaches across no heading (`across_headings`) unless the lines there make
    it in every figure: its block holds its lines."""
    if walk.like_saldi is not None:
        yield walk.like_saldi


def _like_the_saldi(total: Line, own: Sequence[Line], saldi: Sequence[Candidate], positions, skip) -> Candidate | None:
    """A saldo over `own`, each line with the sign a line of its name has in the holding `saldi` (a saldo read like
    a saldo, a resultaat like a resultaat: the same first word) that name every one of them and more lines
    besides; None where no such saldo is, where they take a name either way (no sign is meant), or where two of
    the lines share a name."""
    words = total.key.split()
    if not own or not words or not saldo_first(total.key):
        return None
    names = [p.key for p in own]
    if len(set(names)) != len(names) or not all(names):
        return None
    signs: dict[str, int] = {}
    for saldo in saldi:
        given = {p.key: s for p, s in saldo.parts}
        if saldo.failed or len(given) != len(saldo.parts) or len(given) <= len(own) or \
                saldo.total.key.split()[:1] != words[:1] or not all(n in given for n in names):
            continue
        for n in names:
            if signs.setdefault(n, given[n]) != given[n]:
                return None
    if not signs:
        return None
    parts = tuple((p, signs[p.key]) for p in own)
    checked, failed = _compare(total, list(own), [s for __, s in parts], positions, skip)
    return Candidate(total, parts, "like the other saldi", checked, tuple(failed)) if checked else None


def own_lines(walk: Walk) -> Iterable[Candidate]:
    """The lines since the previous total (or heading) that make it exactly in every figure, zeros included (a
    block of zeros under a total of 0), even where no figure proves it."""
    if walk.own_exact is not None:
        yield walk.own_exact


def across_headings(walk: Walk) -> Iterable[Candidate]:
    """A run reaching across the block's heading (a grand total over sections): only for a line closing its
    block, a saldo, or a total that names one of those lines (a line in the middle of a block does not reach
    across headings by chance); never for a total named after its block's heading ('Totaal baten' under 'Baten'
    is the total of that block: with a line deleted from it, it is short of its own lines, not the sum of the
    'Totaal lasten' above the heading and them); nor, holding in no figure, for a total alone under its heading
    that is named after something of its own (its parts are elsewhere)."""
    found = walk.run_candidate("across", "across headings")
    if found is None or not (walk.closes or walk.balance or any(walk.names(p) for p, __ in found.parts)) or \
            _heads(walk.heading, walk.label) or (walk.like_saldi is not None and found.failed):
        # (a saldo whose lines under its heading are named as a saldo above reads its lines, its block's, unless
        # the lines across the heading make it in every figure)
        return
    if walk.heading and not walk.block_lines and walk.own_words and found.checked == len(found.failed) and \
            not saldo_first(walk.label):
        # alone under its heading, named after something of its own ('Totaal Rijksbijdrage' in an input workbook
        # whose lines without figures read as headings), holding in no figure: a line whose parts are elsewhere
        # (not after an empty row, which heads nothing: 'Totaal loonsom' printed apart under its subtotals, with
        # the loose line between them deleted, is their total failing, not a line whose parts are elsewhere)
        return
    if not _over_a_peer(walk, found) and not _past_an_earlier_block(walk, found):
        yield found


def _past_an_earlier_block(walk: Walk, found: Candidate) -> bool:
    """A run holding in no figure that reaches from a total's own lines under its heading across that heading into
    the block before it, taking that block's total ('Totaal Verkeer en vervoer' over 'Totaal Veiligheid' and its
    own two lines, after one of its three was deleted: 'expected 93.299, found 47.096'): the lines under its
    heading, every one of them open, are its parts, and a line was deleted from them (`run above` holds it to
    them, failing). A total right under the totals before it (no line of its own) still reaches across. A block
    opened by an empty row only (no heading) holds its lines as well against a total of the same rank before it
    ('Totaal Veiligheid' over 'Totaal Bestuur en ondersteuning'), not against a subtotal that a grand total
    reaches past ('Totaal lasten' over 'Subtotaal programma's' and the loose lines printed apart under it)."""
    inside = len(walk.stack) - walk.block_start
    if not (walk.in_block and inside >= 1 and len(walk.own) == inside) or \
            found.checked != len(found.failed) or len(found.parts) <= inside:
        return False
    rank = walk.label.split()[:1]
    return any(id(p) in walk.folded and (walk.heading or (totalish(walk.label) and p.key.split()[:1] == rank))
               for p, __ in found.parts[:len(found.parts) - inside])


def run_plus_one_line(walk: Walk) -> Iterable[Candidate]:
    """A run of open lines plus one line from further up, matching exactly (members + the centrumgemeente line
    above them), when no run holds: that run or a longer one; any run, or two open lines, when no run holds
    anywhere (a run that holds somewhere is not shortened to fit a coincidence). The line from further up sits
    before the block's heading or before a total: next to the run it would be a member left out."""
    line, stack, label = walk.line, walk.stack, walk.label
    reaching = walk.axis == "row" and (walk.closes or saldo_first(label) or not label) and \
        not _heads(walk.heading, label)  # ('Totaal baten' under 'Baten' has the lines under that heading as its parts)
    runs = {kind: found for kind, found in walk.runs.items() if kind != "chain"}  # (the labels' chain is no run)
    best_kind = max(runs, key=lambda k: runs[k][0]) if runs else None
    best_run = runs[best_kind] if best_kind else None
    if not reaching or len(stack) < 2 or (best_run is not None and not best_run[4]) or walk.own_exact is not None:
        return
    whole_block = walk.in_block and best_kind != "across" and best_run is not None and \
        best_run[1] == len(stack) - walk.block_start
    if best_run is None or best_run[0][1] == 0:
        lengths = None
    elif whole_block:
        lengths = range(best_run[1], len(stack) + 1)  # the lines under its heading stay its parts
    else:
        # a shorter run only when the best one fails more than it holds (a saldo of 0 caught in)
        # (or down to the lines since the previous total: the members after a Saldo)
        strong = best_run[0][1] >= len(best_run[4])
        shortest = best_run[1] if strong else max(1, best_run[1] - 1)
        lengths = range(min(shortest, max(1, len(walk.own))), len(stack) + 1)
    block_first = walk.block_lines[0].index if walk.in_block and walk.block_lines else None
    extra = _suffix_plus_one(line, stack, walk.history, walk.positions, walk.skip, lengths, walk.unit, block_first,
                             {p.index for p in walk.history if id(p) in walk.folded})
    if extra is not None:
        yield Candidate(line, tuple((p, 1) for p in extra[0]), "run plus one line", extra[1])


def whole_block(walk: Walk) -> Iterable[Candidate]:
    """Every line of its block, folded or not, when that makes it exactly: a line that happened to equal the sum
    of the lines before it (a member 2 = 1 + 1) was no subtotal (the fold undoes it). In a table without
    headings: every line so far, when that makes it in two figures or more. Never for a line of 0 in every
    figure: the block's totals counted beside their own lines make 0 whenever lasten and baten balance (a
    balanced amendment's 'Saldo' is not every line above it), which proves nothing. Nor over a line called a total,
    taken as one, whose peer closed a block before (a section's 'Subtotaal sectie 2' after 'Subtotaal sectie 1'): the
    blocks repeat their shape, the subtotal is no coincidence, and its lines beside it count them twice (two sections
    of equal subtotals: 'Totaal' 6 = 1 + 1 + 1 + 3 of the second, where the first's subtotal is typed wrong)."""
    if not (walk.labelled and (walk.in_block or len(walk.checked_positions) >= 2) and len(walk.block_lines) >= 2) \
            or not any(walk.line.values[q] for q in walk.checked_positions):
        return
    inside = {id(p) for p in walk.block_lines}
    if any(id(p) in walk.folded and totalish(p.key) and any(
            id(q) in walk.folded and id(q) not in inside and _peers(p.key, q.key) for q in walk.history)
           for p in walk.block_lines):
        return
    checked, failed = walk.block_sums.compare(walk.line, walk.positions, walk.skip)
    if checked and not failed:
        yield Candidate(walk.line, tuple((p, 1) for p in walk.block_lines), "whole block", checked)


def balances_its_block(walk: Walk) -> Iterable[Candidate]:
    """Minus the lines of its block (or of every open line): a wijziging's 'Totaal gemeentelijke bijdrage' -27.000
    against 25.000 + 2.000 of costs balances them to zero, which is what it means. Only for a total that names
    something else than its lines (a 'Saldo' or 'Totaal lasten' of the wrong sign is an error, not a balance),
    holding in two figures or more and in more than it fails."""
    if not (walk.labelled and walk.own_words and not saldo_first(walk.label)) or \
            not any(walk.line.values.get(q) for q in walk.positions if q not in walk.skip):
        return
    stack = walk.stack
    for length in dict.fromkeys((len(stack) - walk.block_start, len(stack))):
        run = stack[len(stack) - length:]
        if length < 2 or any(walk.names(p) for p in run):
            continue
        checked, failed = walk.compare_last(length, -1)
        holds = checked - len(failed)
        if holds >= 2 and holds > len(failed):
            yield Candidate(walk.line, tuple((p, -1) for p in run), "balances its block", checked, tuple(failed))
            return


def sum_of_the_totals_above(walk: Walk) -> Iterable[Candidate]:
    """A line with a name of its own (no 'Totaal') right after the totals of two blocks or more, that they make in
    every figure, or in at least as many large figures as it fails in (`Walk.totals_above`): 'Mutatie liquide
    middelen' under the three kasstromen, wrong in one year of two. Never a line called a total (the other rules
    read those); a failure carried from a total of them (`Walk._carries_a_miss`) is no failure of its own."""
    if walk.totals_above is not None:
        yield walk.totals_above


def result_closing_the_table(walk: Walk) -> Iterable[Candidate]:
    """A saldo or resultaat closing the table, when no relation is meant: the sum of the lines since the previous
    total, also where no figure holds (one column, with an error in it); or, where that sum fails, the saldo above
    those lines with their signs, where a signed form holds in more figures than the plain sum (Gerealiseerd
    resultaat = saldo van baten en lasten - toevoeging aan reserves + onttrekking aan reserves, printed one column
    a page: in one column the signed combination is no line rule's candidate, and the plain sum would be a false
    finding; in two columns, with the saldo above wrong in one, the plain sum would fail in both). The resolver
    takes the best of them by the score."""
    if walk.balance and not totalish(walk.label) and walk.closes and len(walk.own) >= 2:
        checked, failed = walk.compare_last(len(walk.own), 1)
        if checked:
            yield Candidate(walk.line, tuple((p, 1) for p in walk.own), "result closing the table", checked,
                            tuple(failed))
        # the saldo is the first of its own lines (it was left unexplained) or the line just above them
        for length in (len(walk.own), len(walk.own) + 1):
            if not failed or length > len(walk.stack) or length not in SIGNED_FORMS or \
                    not is_balance(walk.stack[-length].key):
                continue
            run = walk.stack[-length:]
            for signs in SIGNED_FORMS[length]:
                if signs[0] != 1 or (length >= 3 and _cancelling(run, signs)):
                    continue
                compared, missed = walk.compare(run, signs)
                if compared - len(missed) > checked - len(failed):
                    yield Candidate(walk.line, tuple(zip(run, signs)), "result closing the table", compared,
                                    tuple(missed))
                    if not missed:
                        return


def numbered_lines_one_missing(walk: Walk) -> Iterable[Candidate]:
    """A saldo or total closing the table under the lines it numbers 1, 2, 3, ... (a column 'Nr' or '1.' before
    the labels), when no relation is meant and a number is missing from their run (1, 2, 4, 5): a line was
    deleted, and the saldo is held to the numbered lines that are left, as printed (each with the sign its figures
    carry: an EMU-saldo's lines are printed signed). Only the open lines just above it, every one numbered, the
    numbers running up from 1 with a gap and no repeat; a run without a gap says nothing (it is left NOT verified,
    not found wrong)."""
    if not (walk.balance or totalish(walk.label)) or not walk.closes or line_code(walk.line.label) is not None:
        return
    run: list[Line] = []
    for part in reversed(walk.stack):
        code = line_code(part.label)
        if id(part) in walk.folded or code is None or not code.isdigit():
            break
        run.append(part)
    run.reverse()
    numbers = [int(line_code(p.label)) for p in run]
    if len(run) < 2 or len(run) != len(walk.stack) or numbers[0] != 1 or \
            any(b <= a for a, b in zip(numbers, numbers[1:])) or numbers[-1] == len(numbers):
        return
    checked, failed = walk.compare(run, (1,) * len(run))
    if checked and failed:
        yield Candidate(walk.line, tuple((p, 1) for p in run), "numbered lines, one missing", checked,
                        tuple(failed))


def totals_above_short_of_it(walk: Walk) -> Iterable[Candidate]:
    """A total closing the table alone after an empty row (no heading, no line of its own: a grand total printed
    apart, 'Totaal reserves' under 'Totaal bestemmingsreserves'), when no relation is meant: the totals just above
    it, where they make it in one figure or more that is not 0 and it exceeds them wherever they fail, every one of
    them of its sign there, as a deleted line makes it (the algemene reserve's line deleted: its section is left
    without lines, and the grand total is short of the sections that are left)."""
    if not totalish(walk.label) or walk.balance or not walk.closes or walk.own_count or walk.heading:
        return
    run = list(itertools.takewhile(lambda p: id(p) in walk.folded, reversed(walk.stack)))[::-1]
    if not run:
        return
    checked, failed = walk.compare(run, (1,) * len(run))
    line = walk.line
    held = [q for q in walk.checked_positions if q not in failed and line.values.get(q)]
    if not failed or not held:
        return
    for q in failed:
        value = line.values.get(q)
        figures = [v for p in run if (v := p.values.get(q))]
        if not value or any(v * value < 0 for v in figures) or abs(sum(figures, ZERO)) >= abs(value):
            return
    yield Candidate(line, tuple((p, 1) for p in run), "totals above, short of the total", checked, tuple(failed))


def totals_above_opening_a_block(walk: Walk) -> Iterable[Candidate]:
    """A total opening its block after an empty row (no heading, nothing of its block before it) in the middle of
    the table, right under the totals of two blocks or more, when no relation is meant: a grand total printed apart
    with lines under it ('Totaal belastingopbrengsten' under the heffingen's totals, then 'Af: kwijtschelding' and
    the netto opbrengst). Those totals, where they make it in more figures than it fails in, one of them not 0
    (a block's line deleted leaves its total failing, the grand total holding over it as printed)."""
    if not totalish(walk.label) or walk.balance or walk.closes or walk.heading or not walk.in_block or \
            walk.block_lines or walk.own_count:
        return
    run = list(itertools.takewhile(lambda p: id(p) in walk.folded, reversed(walk.stack)))[::-1]
    if len(run) < 2:
        return
    checked, failed = walk.compare(run, (1,) * len(run))
    held = [q for q in walk.checked_positions if q not in failed and walk.line.values.get(q)]
    if held and len(held) > len(failed):
        yield Candidate(walk.line, tuple((p, 1) for p in run), "totals above, opening a block", checked,
                        tuple(failed))


def named_after_its_heading(walk: Walk) -> Iterable[Candidate]:
    """'Totaal baten' under the heading 'Baten', when no relation is meant: the total of its block, whatever its
    figures say (it must hold in one figure; a block of one line, its group's other lines gone, in none: the line is
    its total's, never a part beside it of the total over the blocks)."""
    length = len(walk.stack) - walk.block_start
    if _heads(walk.heading, walk.label) and length >= 1:
        checked, failed = walk.compare_last(length, 1)
        if checked - len(failed) >= 1 or length == 1 and checked:
            block = walk.stack[walk.block_start:]
            yield Candidate(walk.line, tuple((p, 1) for p in block), "named after its heading", checked,
                            tuple(failed))


def own_lines_failing(walk: Walk) -> Iterable[Candidate]:
    """A line called a total, when no relation is meant: the lines since the previous total, adding up exactly in
    a large figure and in at least as many figures as they fail, and missing by less than half of it elsewhere
    ('Totaal baten' holds in 2024 and misses by 1.500 in 2025); or, in a reading best_reading tries, whatever
    they make (`forced`)."""
    own, line = walk.own, walk.line
    if not totalish(walk.label) or not own or (len(own) < 2 and line.index not in walk.forced):
        # (a reading best_reading tries holds a total to its one own line too: 'Totaal Veiligheid' over the one
        # taakveld left after the totals of the programme before it)
        return
    checked, failed = walk.compare_last(len(own), 1)
    sums = walk.own_sums.entries
    # a miss by no more than rounding its lines explains ((n + 1) / 2 units) counts as holding here: in a table
    # x EUR 1.000 a total misses by 1 in two columns and by 2.100 in the third, where a figure was altered (it is
    # still a finding: an afrondingsverschil or not, the verdict says)
    rounding = _near(line, own, (1,) * len(own), failed, walk.unit) if len(own) <= MAX_PARTS else 0
    missed = [q for q in failed if abs(line.values[q] - sums.get((q, line.units.get(q, "")), (ZERO,))[0]) * 2 >
              walk.unit * (len(own) + 1)] if rounding else failed
    near = all(abs(line.values[q] - sums.get((q, line.units.get(q, "")), (ZERO,))[0]) * 2 < abs(line.values[q])
               for q in missed)
    holding = checked - len(missed) >= len(missed) and near
    signed = tuple((p, 1) for p in own) if holding or line.index in walk.forced else ()
    if (signed and holding and _strong(line, signed, missed, walk.positions, walk.skip, walk.unit)) or \
            (line.index in walk.forced and checked):
        yield Candidate(line, signed, "own lines, failing", checked, tuple(failed))


# ----------------------------------------------------------------------------------------------------------------
# The table rules: each proposes candidates for a question asked after the walk


@dataclass(frozen=True)
class Ask:
    """A question asked about one line after the walk, and what the rules answering it read (they never change it):
    - 'repeated', of every reading (`best_reading`): a line called a total that the walk left unexplained may
      repeat a figure found elsewhere in the table; `blocks`: the blocks of three lines or more other totals were
      found to add up (each with its sums and a cache of its lines by their figures); `by_stem`: the table's
      lines by the stems of their words;
    - 'unexplained', once, of the reading chosen: such a total whose lines before it could be its parts (the
      verdict's `_why_unverified` says which); `lines`: those lines, from its heading or the previous total down;
      `whole`: the total claims its block (a saldo, a bare 'Totaal', one named after its heading); `saldi`: the
      signed combinations the reading found holding in the table (on the same axis); `across`: the relations found
      holding on the other axis (Begroting na wijziging = Begroting + Wijziging), which a deleted line kept too;
      `named`: the total is named after its block's heading ('Totaal mutaties' under 'Mutaties'): the block's lines;
    - 'breakdown': a line with 'waarvan' lines under it; `lines`: those;
    - 'balance': a balans's Totaal passiva; `lines`: Totaal activa, its figures under the passiva's columns;
    - 'groups': a column of groups that repeat their own titles; `lines`: the columns it is made of, `whole`: asked
      as its group's saldo (either sign);
    - 'across groups': a saldo the walk left unexplained, its figures under one group of columns only; `lines`: the
      total above it, its figures in that group and, moved under the same columns, in the other group.
    `positions`: where the figures stand on the other axis; `skip`: positions that do not add up."""
    question: str
    line: Line
    lines: tuple[Line, ...] = ()
    positions: tuple[int, ...] = ()
    skip: frozenset = frozenset()
    unit: Decimal = Decimal(1)
    blocks: tuple = ()
    by_stem: Mapping[str, Sequence[Line]] = EMPTY
    whole: bool = False
    axis: str = "row"
    saldi: tuple = ()
    across: tuple = ()
    named: bool = False


def repeats_a_block(ask: Ask) -> Iterable[Candidate]:
    """A total repeating a block of three lines or more that another total was found to add up, whole or less one
    line ('Totaal gemeentelijke bijdrage' in the baten = the members further down, without the centrumgemeente)."""
    target, positions, skip = ask.line, ask.positions, ask.skip
    large = 10 * ask.unit
    wanted = [q for q, v in target.values.items() if q not in skip and abs(v) >= large]
    if len(wanted) < 3:
        return  # (admissible_after_walk admits none explaining fewer than three large figures: not proposed)
    for block, sums, by_figures in ask.blocks:
        parts = [p for p, __ in block.parts]
        if block.total is target or any(p is target for p in parts):
            continue
        if len(parts) <= 60:
            left_outs = [None] + parts
        else:
            # a block of hundreds of lines (400 members and the centrumgemeente line): leaving each out in turn
            # costs too much; the one line whose figures are the block's excess over the total is found at once
            making_up = _line_making_up(target, parts, positions, skip, sums, by_figures)
            left_outs = [None] + ([making_up] if making_up is not None else [])
        for left_out in left_outs:
            checked, failed = sums.compare(target, positions, skip, less=left_out)
            if sum(1 for q in wanted if q not in failed) < 3:
                continue  # (not admissible either: not proposed)
            group = tuple((p, 1) for p in parts if p is not left_out)
            yield Candidate(target, group, "repeats a block", checked, tuple(failed))


def repeats_a_line(ask: Ask) -> Iterable[Candidate]:
    """A total repeating one other line whose label shares a word with its own ('Totaal centrumgemeente bijdrage'
    and 'Hilversum (centrumgem)'), equal to it in three large figures or more."""
    target, skip = ask.line, ask.skip
    large = 10 * ask.unit
    if sum(1 for q, v in target.values.items() if q not in skip and abs(v) >= large) < 3:
        return
    related = {id(line): line for stem in _stems(target.key) for line in ask.by_stem.get(stem, ())}
    for line in sorted(related.values(), key=lambda x: x.index):
        # (a figure the line has not, or has in another unit, is not compared: it may count as explained)
        # (a page's sum carried forward, 'Transport', is the sum of the lines above it: its 'Van transport' on the
        # next page repeats it, never the other way round)
        if line is target or target.key in CARRIED_FORWARD and line.index > target.index or sum(
                1 for q, v in target.values.items() if q not in skip and abs(v) >= large and (
                line.values.get(q) in (None, v) or line.units.get(q, "") != target.units.get(q, ""))) < 3:
            continue
        checked, failed = _compare(target, [line], [1], ask.positions, skip)
        yield Candidate(target, ((line, 1),), "repeats a line", checked, tuple(failed))


def own_lines_after_the_walk(ask: Ask) -> Iterable[Candidate]:
    """(Rule 'own lines', asked after the walk.) A total nothing explains that the lines just above it make in
    every figure, zeros all ('Totaal mutatie reserves' 0 under 0 and 0 in the middle of its block): it holds,
    though no figure proves it. The walk does not take it (zero = zero proves nothing there, and a fold would
    take those lines from the totals below); its relation is stated here, its lines stay where they are."""
    total, own, skip = ask.line, ask.lines, ask.skip
    figures = [(q, v) for q, v in total.values.items() if q not in skip]
    if not figures:
        return
    shortest = 1
    if not any(v for __, v in figures):
        # a total of 0 in every figure: lines of 0 just above it make any 0, so it is held to all its lines, or
        # (a total of part of its block: 'Totaal overhead' under Personeelskosten 4.110 and two overhead lines of
        # 0) to the lines of 0 just above it, two or more; a saldo or grand total (`whole`) to all its lines
        zeros = len(list(itertools.takewhile(lambda p: not any(p.values.get(q) for q, __ in figures), reversed(own))))
        shortest = len(own) if ask.whole or zeros < 2 else zeros
    made = next((own[-k:] for k in range(len(own), shortest - 1, -1)
                 if all(sum((p.values.get(q, ZERO) for p in own[-k:]), ZERO) == v for q, v in figures)), None)
    if made:
        yield Candidate(total, tuple((p, 1) for p in made), "own lines", len(figures))


def short_of_the_total(ask: Ask) -> Iterable[Candidate]:
    """A total nothing explains, held to the lines since the previous total (or heading) where it exceeds them:
    a line deleted (admissible when it reads so: `admissible_after_walk`). Its failing figures are findings at
    the total, with those lines' sum."""
    total, own, skip = ask.line, ask.lines, ask.skip
    if not own:
        return
    failed = tuple(q for q, v in total.values.items()
                   if q not in skip and sum((p.values.get(q, ZERO) for p in own), ZERO) != v)
    if failed:
        yield Candidate(total, tuple((p, 1) for p in own), "own lines, short of the total",
                        sum(1 for q in total.values if q not in skip), failed)


def like_the_other_saldi(ask: Ask) -> Iterable[Candidate]:
    """(Rule 'like the other saldi', asked after the walk: the saldi it is read like may stand below it, the first
    product's.) A saldo nothing explains, its lines read as the table's other saldi read lines of those names."""
    found = _like_the_saldi(ask.line, ask.lines, ask.saldi, [q for q in ask.line.values if q not in ask.skip],
                            ask.skip)
    if found is not None:
        yield found


def waarvan(ask: Ask) -> Iterable[Candidate]:
    """A line with its breakdown below it ('Uitkering gemeentefonds', then 'waarvan algemene uitkering',
    'waarvan integratie-uitkering' ...): the sum of those lines."""
    parts = tuple((p, 1) for p in ask.lines)
    checked, failed = _compare(ask.line, ask.lines, [1] * len(parts), ask.positions, ask.skip)
    yield Candidate(ask.line, parts, "waarvan", checked, tuple(failed))


def lines_of_its_category(ask: Ask) -> Iterable[Candidate]:
    """A total naming one category of a column of categories beside the lines' names ('Totaal jeugd' under lines
    whose 'Doelgroep' alternates Jeugd | Volwassenen per vestiging): the sum of the lines of that category above it
    (`lines`), every other line, holding or failing."""
    parts = tuple((p, 1) for p in ask.lines)
    checked, failed = _compare(ask.line, ask.lines, [1] * len(parts), ask.positions, ask.skip)
    yield Candidate(ask.line, parts, "lines of its category", checked, tuple(failed))


def balans(ask: Ask) -> Iterable[Candidate]:
    """Totaal passiva is Totaal activa, in every column both show."""
    (activa,) = ask.lines
    yield Candidate(ask.line, ((activa, 1),), "balans", len(ask.line.values),
                    tuple(q for q, v in ask.line.values.items() if activa.values.get(q) != v))


def voordeel_by_section(ask: Ask) -> Iterable[Candidate]:
    """A verschil column of voordeel and nadeel (V/N beside an unsigned figure: voordeel counts positive): the
    lasten's voordeel is begroting - realisatie, the baten's realisatie - begroting. Asked per section, with its
    rows (`positions`) and its two columns in that order (`lines`)."""
    first, second = ask.lines
    checked, failed = _compare(ask.line, [first, second], [1, -1], ask.positions, ask.skip)
    yield Candidate(ask.line, ((first, 1), (second, -1)), "voordeel by section", checked, tuple(failed))


def column_groups(ask: Ask) -> Iterable[Candidate]:
    """A column of a group of columns that repeats its own titles in other groups ('Begroting 2025 | Wijziging |
    Begroting na wijziging', each over Lasten | Baten | Saldo), made of the columns `lines` gives: its group's saldo of
    the two others, either way round (baten - lasten or lasten - baten: the figures choose; asked so with `whole`);
    so is a column of a group titled as a saldo, of the same columns of the two groups before it; the amended group's
    column, the same column of the two groups before it added; a column titled as the begroting after a change
    (`amended_column`: 'Primitief | Wijziging | Na wijziging' under 'Lasten', or under no group title), the begroting
    before it + the changes between them."""
    parts = ask.lines
    forms = ((-1, 1), (1, -1)) if ask.whole else ((1,) * len(parts),)   # ('whole': asked as its group's saldo)
    for signs in forms:
        checked, failed = _compare(ask.line, list(parts), signs, ask.positions, ask.skip)
        yield Candidate(ask.line, tuple(zip(parts, signs)), "column groups", checked, tuple(failed))


def saldo_of_the_groups(ask: Ask) -> Iterable[Candidate]:
    """A saldo line with figures in one group's columns only ('Saldo baten minus lasten' under Baten's Begroting 2026 |
    Wijziging | Na wijziging, the Lasten's left blank), of the total above it across two groups that repeat their own
    titles: its figure in each column that total's figure there less its figure in the other group's column of the
    same own title (Baten Wijziging - Lasten Wijziging), either way round (the figures choose; asked so with the
    total's figures of the two groups as `lines`, each under the saldo's columns)."""
    first, second = ask.lines
    for signs in ((1, -1), (-1, 1)):
        checked, failed = _compare(ask.line, [first, second], signs, ask.positions, ask.skip)
        yield Candidate(ask.line, ((first, signs[0]), (second, signs[1])), "saldo of the groups", checked,
                        tuple(failed))


def breakdowns(lines: Sequence[Line], breaks: Mapping[int, str]) -> Iterable[tuple[Line, tuple[Line, ...]]]:
    """The lines with two 'waarvan' (or dashed) lines or more right under them, with those ('breakdown'
    questions)."""
    subs = sub_lines(lines, breaks)
    for i, line in enumerate(lines):
        if line.index in subs:
            continue
        below = []
        for j in range(i + 1, len(lines)):  # (not a slice: a copy of the rest of the table per line)
            if lines[j].index not in subs:
                break
            below.append(lines[j])
        if len(below) >= 2:
            yield line, tuple(below)


def repeats(lines: list[Line], results, unchecked: list[Line], positions, skip, unit: Decimal) -> list[Candidate]:
    """The 'repeated' question, asked of a reading: for each line called a total that the walk left unexplained,
    the candidate `answer` takes among what 'repeats a block' and 'repeats a line' propose."""
    by_stem: dict[str, list[Line]] = {}
    for line in lines:
        if any(line.values.values()):
            for stem in _stems(line.key):
                by_stem.setdefault(stem, []).append(line)
    blocks = tuple((c, Sums(p for p, __ in c.parts), {}) for c in results if len(c.parts) >= 3)
    found = []
    positions, skip = tuple(positions), frozenset(skip)
    __, formulas = label_formulas(lines)
    for target in unchecked:
        if target.index in formulas:
            continue  # (its label states its formula: it repeats nothing else)
        chosen = answer(Ask("repeated", target, (), positions, skip, unit, blocks, by_stem))
        if chosen is not None:
            found.append(chosen)
    return found


def totals_above_their_lines(lines: Sequence[Line], positions, breaks: Mapping[int, str], skip,
                             unit: Decimal) -> list[Candidate]:
    """Totals printed above their lines, as a provincie prints its programmes ('Totaal programma 1' over 1.1,
    1.2, 1.3; then 'Totaal programma 2' over its own; 'Totaal lasten' at the foot over the programme totals).
    Such a total opens its block (after a heading or an empty row) and its lines are the lines under it up to
    the block's end or the next line called a total; it is read so when they make it in every figure; once one
    total of the table reads so, another that opens its block in the same words ('totaal programma') is held
    to its lines under it as well, holding or failing (a line altered or deleted under it is a finding there).
    The walk then sees each such total in place of its lines, so the total at the foot is made of them, not
    of them and their lines again (that doubled 'Totaal lasten': three false findings). Never a saldo (a
    balance), nor a total with lines above it in its block (those are its parts, as the walk reads them).
    So is a main group printed above its lines with their total, named by its code and no word ('6 Sociaal domein'
    over 6.1 ... 6.82, `coded_groups`): its code is the prefix of theirs. Once one such group of the table holds
    over its lines in every figure, each is held to its own, holding or failing: the grand total at the foot is
    the sum of the main groups, and a taakveld altered or deleted is found at its main group. A main group's line
    without a code ('Sociaal domein' over 6.1 ... 6.82, the lines right under it sharing their first number) is
    read so where its figures tell: once one such holds over its lines on a large figure, each is held to its own."""
    opening: list[tuple[Line, tuple[Line, ...]]] = []
    subs = sub_lines(lines, breaks)
    for i, line in enumerate(lines):
        starts_block = i == 0 or line.index in breaks
        if not starts_block or not totalish(line.key) or balance_first(line.key):
            continue
        run: list[Line] = []
        for below in lines[i + 1:]:
            if below.index in breaks or totalish(below.key) or balance_first(below.key) or \
                    below.index in subs:
                break  # ('waarvan' lines are its breakdown: the rule 'waarvan' holds it to them)
            run.append(below)
        if run:
            opening.append((line, tuple(run)))

    def candidate(total: Line, run: tuple[Line, ...]) -> Candidate:
        checked, failed = _compare(total, list(run), [1] * len(run), positions, skip)
        return Candidate(total, tuple((p, 1) for p in run), "total above its lines", checked, tuple(failed))

    taken = {line.index for line, __ in opening}
    coded = [(candidate(total, run), by_code) for total, run, by_code in coded_groups(lines)
             if total.index not in taken and total.index not in subs]
    found = [candidate(total, run) for total, run in opening]
    # (two lines at least: one line under a total equal to it is a repeat, not a sum)
    holding = [c for c in found if len(c.parts) >= 2 and c.checked and not c.failed
               and any(c.total.values.get(q) for q in positions if q not in skip)]
    words = {" ".join(c.total.key.split()[:2]) for c in holding}
    # the table's first line, a total over every line under it ('Totaal subsidieplafonds' first): held to them
    # also where it fails, when it holds in some figure or exceeds them as a deleted line makes it (each line of
    # its sign); listed as 'parts not in the table' it let a deleted line pass with exit 0
    first = [c for c in found if c.total is lines[0] and len(c.parts) >= 2 and c.failed and
             (len(c.failed) < c.checked or _short_as_deleted(c, positions, skip))]
    # a main group over its coded lines ('6' over 6.1 ... 6.82): once one holds over them in every figure, each is
    # held to its own, holding or failing (the codes say which lines are its; a taakveld deleted is found there)
    # (a line with no code over coded lines only where its figures tell: one such holds on a large figure)
    established = {by_code for c, by_code in coded if len(c.parts) >= 2 and c.checked and not c.failed and
                   any(c.total.values.get(q) for q in positions if q not in skip) and
                   (by_code or _strong(c.total, c.parts, c.failed, positions, skip, unit))}
    return [c for c in found if c.checked and (not c.failed or " ".join(c.total.key.split()[:2]) in words
                                               or c in first)] + \
        [c for c, by_code in coded if c.checked and by_code in established]


def block_totals_in_their_headings(lines: Sequence[Line], positions, breaks: Mapping[int, str], skip,
                                   unit: Decimal) -> list[Candidate]:
    """A block's heading that carries the block's total, its figures printed on the heading's own line above the
    block's lines and no word calling it a total ('A Woningcorporaties' over A.1 ... A.4 in a staat van
    gewaarborgde geldleningen; 'Structurele toevoegingen' over the reserves, then 'Structurele onttrekkingen' over
    theirs, and the saldo of the two at the foot). Such a line opens its block (the table's first line, or the first
    after a heading or an empty row) and its lines are those under it up to the block's end (or a line called a
    total); two at least, each with a name. Only the figures can say so: once one such heading of the table makes
    its lines in every figure, on a figure of a hundred units or more, every other heading opening its block is held
    to its lines too, where they make it in some figure or it exceeds them as a deleted line makes it (a line
    altered or deleted under it is a finding there, at the heading). The walk then sees each heading in place of its
    lines: 'Totaal' at the foot is made of the headings, not of them and their lines again (that doubled it: five
    false findings on one table), and the saldo of the blocks is the saldo of their headings."""
    subs = sub_lines(lines, breaks)
    found: list[Candidate] = []
    for i, line in enumerate(lines):
        if not (i == 0 or line.index in breaks) or not line.key or totalish(line.key) or \
                balance_first(line.key) or line.index in subs or not any(line.values.values()):
            continue
        run: list[Line] = []
        for below in lines[i + 1:]:
            if below.index in breaks or totalish(below.key) or balance_first(below.key) or below.index in subs:
                break
            run.append(below)
        # (plain lines only: a saldo or a line stating its formula among them makes the opener their sum by arithmetic,
        # '1a' = '1b' + '2 Netto ... (1a - 1b)', no heading carrying a total)
        if len(run) < 2 or not all(p.key and not is_labelled(p.key, False) and label_formula(p.label) is None
                                   and not re.search(r"\(\s*\d", p.label) for p in run) or is_balance(line.key):
            continue
        checked, failed = _compare(line, run, [1] * len(run), positions, skip)
        if checked:
            found.append(Candidate(line, tuple((p, 1) for p in run), "block total in its heading", checked,
                                   tuple(failed)))
    if not any(not c.failed and _strong(c.total, c.parts, c.failed, positions, skip, unit) for c in found):
        return []
    return [c for c in found if len(c.failed) < c.checked or _short_as_deleted(c, positions, skip)]


# The most lines a block with a subtotal inside it (a balans' vaste passiva) is read over.
LONGEST_BLOCK = 250


def subtotals_inside_their_block(lines: Sequence[Line], positions, breaks: Mapping[int, str], skip,
                                 unit: Decimal) -> list[Candidate]:
    """A line with a name of its own in the middle of a block, the subtotal of the lines above it there, as a
    balans prints 'Eigen vermogen' under the reserves and the resultaat, inside 'Vaste passiva' (then the
    voorzieningen and the vaste schulden, then 'Totaal vaste passiva'). Its block opens under a heading (or the
    table's top) with two lines or more, each with a name of its own, then the line, then one line or more, and
    closes with a line called a total. Read so when the lines above make it on a figure of a hundred units or more
    of two parts or more, and either in every figure, or (one of them altered: a finding there) the block's total
    holds over it and the lines after it in every figure, or (it is the one figure wrong: 'Eigen vermogen' +10 in one
    year) the block's total fails over it just there and holds over its lines and the lines after it in every
    figure (found once, at it, not at the block's total); in one figure column (a balans of one year), where they
    miss it, when the block's total holds over it and the lines after it on a figure of a hundred units or more (no
    other figure can tell: a reserve altered by 1 is then found at 'Eigen vermogen'). The walk then sees it in place
    of its lines: the block's total is made of it and the lines after it, not of them and its lines again (with a
    line after it deleted, the block's total is short of that line: its lines' sum is then what is expected, not a
    sum counting the reserves twice). So is a line with no name in such a block (a balans printing its subtotals in
    bold without a label: the eigen vermogen, and the vaste passiva closing the block with no name either, or called
    a total), one at most, its other lines named, where it fails over its lines (holding, the walk reads it): an
    unlabelled eigen vermogen +10.000 is found there, not at the vaste passiva read over it."""
    subs = sub_lines(lines, breaks)
    found: list[Candidate] = []

    def plain(line: Line) -> bool:
        return bool(line.key) and line.index not in subs and line.index not in breaks and \
            not is_labelled(line.key, False) and line_code(line.label) is None

    def unnamed(line: Line) -> bool:
        return not line.key and line.index not in subs and line.index not in breaks

    # (a block opens under a heading, at the table's top, or under a line called a total: a balans printed
    # without sub-headings runs 'Totaal vaste passiva' and the vlottende passiva on under one 'PASSIVA')
    starts = [i for i, line in enumerate(lines) if i == 0 or line.index in breaks or totalish(lines[i - 1].key)]
    for n, start in enumerate(starts):
        end = starts[n + 1] if n + 1 < len(starts) else len(lines)
        block = list(lines[start:end])
        # (a balans block holds tens of lines; trying every line of a long register as its subtotal costs the
        # square of its length: 20,000 lines took minutes)
        if len(block) > LONGEST_BLOCK:
            continue
        # (a balans may print its subtotals in bold without a label: the block's total, and the subtotal inside it,
        # each a line with no name, one such inside the block at most)
        if len(block) < 5 or not (unnamed(block[-1]) or totalish(block[-1].key) and not balance_first(block[-1].key)
                                  and not is_balance(block[-1].key) and is_labelled(block[-1].key, True)) or \
                lines[start].index in subs:
            continue
        total, inner = block[-1], block[:-1]
        if not all(line.key and line.index not in subs and not totalish(line.key) or unnamed(line) for line in inner) \
                or sum(1 for line in inner if not line.key) > 1 or any(line.index in breaks for line in inner[1:]):
            continue
        for k in range(2, len(inner) - 1):
            line, above, after = inner[k], inner[:k], inner[k + 1:]
            if not plain(line) and not unnamed(line):
                continue
            if not all(p.key for p in above + after):
                continue
            checked, failed = _compare(line, above, [1] * len(above), positions, skip)
            t_checked, t_failed = _compare(total, [line, *after], [1] * (len(after) + 1), positions, skip)
            if checked == 1 and failed:
                # (one figure column: no figure beside the failing one can hold; the block's total, holding over
                # it and the lines after it on a large figure, decides alone)
                if t_failed or not t_checked or not _strong(total, [(p, 1) for p in (line, *after)], t_failed,
                                                            positions, skip, unit) or not _nearly_made(line, above):
                    continue
            elif not checked or not _strong(line, [(p, 1) for p in above], failed, positions, skip, unit):
                continue
            elif failed and (len(failed) > checked - len(failed) or not t_checked or
                             t_failed and not _own_error(total, above, after, failed, t_failed, positions, skip)):
                continue
            if unnamed(line) and not failed:
                break   # (a line with no name holding over the lines above it in every figure: the walk reads it)
            found.append(Candidate(line, tuple((p, 1) for p in above), "subtotal inside its block", checked,
                                   tuple(failed)))
            break
    return found


# A numbered part of the year as a line's whole label, with its year or not: '1e kwartaal', 'Tweede halfjaar',
# 'Kwartaal 3', 'Q4 2025', '2e trimester', '1e kwadrimester' (normalised labels)
PERIOD_WORDS = ("kwartaal", "halfjaar", "half jaar", "semester", "trimester", "tertaal", "tertiaal", "kwadrimester")
_ORDINAL_WORDS = {"eerste": 1, "tweede": 2, "derde": 3, "vierde": 4, "vijfde": 5, "zesde": 6}
_PERIOD = "|".join(PERIOD_WORDS)
_NUMBERED_PERIOD = re.compile(
    rf"(?:(?P<n>\d)(?:e|ste|de)|(?P<w>{'|'.join(_ORDINAL_WORDS)})) (?P<p>{_PERIOD})(?: (?:19|20)\d\d)?"
    rf"|(?P<p2>{_PERIOD}) (?P<n2>\d)(?: (?:19|20)\d\d)?|(?P<q>q)(?P<n3>[1-4])(?: (?:19|20)\d\d)?")


def numbered_period(label: str) -> tuple[str, int] | None:
    """('kwartaal', 2) for '2e kwartaal', 'Tweede kwartaal 2025', 'Kwartaal 2' or 'Q2' (a normalised label that is
    that period and nothing more); None for any other label ('Kwartaalbijdrage', 'Totaal 2e kwartaal')."""
    match = _NUMBERED_PERIOD.fullmatch(label)
    if match is None:
        return None
    kind = match["p"] or match["p2"] or ("kwartaal" if match["q"] else "")
    number = int(match["n"] or match["n2"] or match["n3"] or _ORDINAL_WORDS.get(match["w"] or "", 0))
    return (kind.replace("half jaar", "halfjaar"), number) if number else None


def period_subtotals(lines: Sequence[Line], positions, breaks: Mapping[int, str], skip,
                     unit: Decimal) -> list[Candidate]:
    """Lines labelled only by a numbered part of the year ('1e kwartaal' ... '4e kwartaal', '1e halfjaar'), no word of
    a total, each after its months: a museum's bezoekers per maand with a quarter line after every three months,
    marked by a fill at most, then 'Totaal 2025'. Two such lines or more of one kind, numbered up by one (1e, 2e,
    3e ...), each after two lines or more of its own (the lines since the previous one, or since the block's
    heading), none of them called a total or a period: each is the sum of its own lines, holding or failing, once
    as many of them make their lines in every figure (on a figure of a hundred units or more, two parts or more) as
    fail, one at least, and each one failing holds in some figure or comes within half of its lines (a month altered
    or deleted under it: a finding there). The walk then sees them in place of their lines, so 'Totaal 2025' is the
    sum of the quarters, not of the first quarter, the months and the other quarters again. Quarters as the lines
    of a table ('1e kwartaal' ... '4e kwartaal', 'Totaal') have no lines of their own: no candidate."""
    subs = sub_lines(lines, breaks)
    marks = [(i, numbered_period(line.key)) for i, line in enumerate(lines) if line.index not in subs]
    marks = [(i, period) for i, period in marks if period is not None]
    # sequences of one kind, numbered up by one (a new '1e' opens the next year's)
    sequences: list[list[tuple[int, tuple[str, int]]]] = []
    for i, period in marks:
        for sequence in sequences:
            if sequence[-1][1] == (period[0], period[1] - 1):
                sequence.append((i, period))
                break
        else:
            sequences.append([(i, period)])
    found: list[Candidate] = []
    for sequence in sequences:
        if len(sequence) < 2:
            continue
        candidates, holding, failing = [], 0, 0
        previous = -1
        for i, __ in sequence:
            own: list[Line] = []
            for j in range(i - 1, previous, -1):
                if lines[j].index in subs:
                    continue
                own.insert(0, lines[j])
                if lines[j].index in breaks:
                    break   # (a heading opens the block: its lines start there)
            previous = i
            if len(own) < 2 or any(not p.key or is_labelled(p.key, False) or numbered_period(p.key) for p in own):
                candidates = []
                break
            line = lines[i]
            checked, failed = _compare(line, own, [1] * len(own), positions, skip)
            if not checked:
                candidates = []
                break
            if not failed and _strong(line, [(p, 1) for p in own], failed, positions, skip, unit):
                holding += 1
            elif failed and (len(failed) < checked or _nearly_made(line, own)):
                failing += 1
            elif failed:
                candidates = []
                break
            candidates.append(Candidate(line, tuple((p, 1) for p in own), "numbered period subtotals", checked,
                                        tuple(failed)))
        if candidates and holding >= max(1, failing):
            found.extend(candidates)
    return found


def group_sums_before_their_total(lines: Sequence[Line], positions, breaks: Mapping[int, str], skip,
                                  unit: Decimal) -> list[Candidate]:
    """Group sums with a name of their own and no word of a total, each right after its own lines, and a total
    closing the block that is the sum of the group sums, not of every line: a gemeentefonds table's 'Algemene
    uitkering' after its clusters, 'Integratie-uitkeringen' after the IU lines, 'Decentralisatie-uitkeringen' after
    the DU lines, then 'Totaal uitkering gemeentefonds' (the lines printed indented, the group sums not: no word, no
    bold). The block (under a heading, at the table's top, or after a line called a total) closes with a line called
    a total; every line before it is one of two groups or more, each two lines or more and then its sum. Read from the
    top (each group sum the sum of the lines since the previous one, in every figure) and from the foot (the line
    right above the total the sum of a run of lines just above it, the line above that run the previous group's
    sum, and so on), the two readings meeting; where they do not, the one line between them where they stop is the
    group sum that fails over its lines (a line altered or deleted under it: a finding there), when it holds in some
    figure or comes within half of its lines. Read so only when the total is the sum of the group sums in more
    figures than it fails (and they are not all its lines: a total over all lines is no total of groups), one group
    sum at least holds on a figure of a hundred units or more, and one at most fails. The walk then sees the group
    sums in place of their lines: the total is made of them, not of them and the lines of the last groups again."""
    subs = sub_lines(lines, breaks)

    def plain(line: Line) -> bool:
        return bool(line.key) and line.index not in subs and not is_labelled(line.key, False) and \
            not signed_part(line.key) and line.sign == 0

    def holds(total: Line, run: Sequence[Line]) -> tuple[int, list[int]]:
        return _compare(total, list(run), [1] * len(run), positions, skip)

    found: list[Candidate] = []
    starts = [i for i, line in enumerate(lines) if i == 0 or line.index in breaks or totalish(lines[i - 1].key)]
    for n, start in enumerate(starts):
        end = starts[n + 1] if n + 1 < len(starts) else len(lines)
        block = list(lines[start:end])
        if len(block) < 7 or len(block) > LONGEST_BLOCK:
            continue
        total, inner = block[-1], block[:-1]
        if not totalish(total.key) or balance_first(total.key) or is_balance(total.key) or \
                total.index in subs or not all(plain(line) for line in inner) or \
                any(line.index in breaks for line in inner[1:]):
            continue
        # from the top: each group sum the sum of the lines since the previous one, in every figure
        sums: list[tuple[int, int]] = []   # (first line of the group, its sum's place) in `inner`
        first = 0
        for k in range(2, len(inner)):
            checked, failed = holds(inner[k], inner[first:k])
            if checked and not failed:
                sums.append((first, k))
                first = k + 1
        # from the foot: the line above the total the sum of the shortest run just above it, and so on up
        from_foot: list[tuple[int, int]] = []
        k = len(inner) - 1
        while k - first >= 2:
            for q in range(k - 2, first - 1, -1):
                checked, failed = holds(inner[k], inner[q:k])
                if checked and not failed:
                    break
            else:
                break
            from_foot.append((q, k))
            k = q - 1
        failing: tuple[int, int] | None = None
        if k >= first:   # the two readings do not meet: the line where they stop fails over its lines
            if k - first < 2:
                continue
            failing = (first, k)
        groups = sums + ([failing] if failing else []) + from_foot[::-1]
        if len(groups) < 2 or groups[-1][1] != len(inner) - 1:
            continue
        candidates: list[Candidate] = []
        for a, b in groups:
            checked, failed = holds(inner[b], inner[a:b])
            candidates.append(Candidate(inner[b], tuple((p, 1) for p in inner[a:b]), "group sums before their total",
                                        checked, tuple(failed)))
        if failing is not None:
            bad = candidates[len(sums)]
            if not bad.checked or not (len(bad.failed) < bad.checked or _nearly_made(bad.total, inner[first:k])):
                continue
        if not any(not c.failed and _strong(c.total, c.parts, c.failed, positions, skip, unit) for c in candidates):
            continue
        t_checked, t_failed = holds(total, [c.total for c in candidates])
        __, a_failed = holds(total, inner)
        if not t_checked or 2 * len(t_failed) >= t_checked or not set(a_failed) - set(t_failed):
            continue
        found.extend(candidates)
    return found


def _nearly_made(line: Line, above: Sequence[Line]) -> bool:
    """In the one figure column, two of the lines above or more have a figure and together come within half of the
    line's own (one of them altered, or the line: 'Eigen vermogen' 42.635 over reserves making 42.636), never a line
    over figures of nothing ('Post 2' 1 under two lines of 0)."""
    for c, value in line.values.items():
        parts = [p.values[c] for p in above if p.values.get(c)]
        if value and len(parts) >= 2 and abs(value - sum(parts)) * 2 < abs(value):
            return True
    return False


def _own_error(total: Line, above, after, failed, t_failed, positions, skip) -> bool:
    """The subtotal itself is the one figure wrong ('Eigen vermogen' +10 in one year): the block's total fails over
    it and the lines after it just where it fails over its lines, and holds over its lines and the lines after it
    in every figure (so it is found there, once, not at the block's total)."""
    checked, failed_all = _compare(total, [*above, *after], [1] * (len(above) + len(after)), positions, skip)
    return set(t_failed) == set(failed) and checked > len(failed) and not failed_all


@dataclass(frozen=True)
class Rule:
    """A named rule: what it proposes (`meaning`; its name is --json's "rule"), and when it is asked:
    'before the walk' (`first`) over the table's lines, what the walk then sees in place of their parts; 'line'
    rules (`propose`) for the line the walk is at; 'last resort' ones only when no line rule's candidate is
    admissible; 'table' rules (`answer`) after the walk, for a `question` (`Ask`) about one line. A rule may
    be asked both ways ('own lines')."""
    name: str
    propose: Callable[[Walk], Iterable[Candidate]] | None
    meaning: str
    stage: str = "line"
    answer: Callable[[Ask], Iterable[Candidate]] | None = None
    question: str = ""
    first: Callable[..., list[Candidate]] | None = None


# The rules, in the order of their prior: on an otherwise equal score the earlier one's candidate is chosen
# (README: "The audit's rules", in this order; tests/test_audit_rules.py: one small table each).
RULES: list[Rule] = [
    Rule("total above its lines", None, "a total opening its block, over the lines under it (a provincie's "
         "'Totaal programma 1' above 1.1, 1.2, 1.3): read before the walk", "before the walk",
         first=totals_above_their_lines),
    Rule("block total in its heading", None, "a block's heading with figures and no word of a total, over the "
         "lines under it up to the block's end ('A Woningcorporaties' over A.1 ... A.4): read before the walk where "
         "one such heading of the table makes its lines in every figure", "before the walk",
         first=block_totals_in_their_headings),
    Rule("numbered period subtotals", None, "lines labelled only by a numbered part of the year ('1e kwartaal' ... "
         "'4e kwartaal', '1e halfjaar', 'Q3'), no word of a total, each over its own lines since the previous one, "
         "once as many of them make their lines as fail: read before the walk", "before the walk",
         first=period_subtotals),
    Rule("group sums before their total", None, "lines with a name of their own and no word of a total, each right "
         "after its own lines, and a total closing the block that is their sum, not the sum of every line "
         "('Algemene uitkering', 'Integratie-uitkeringen', 'Decentralisatie-uitkeringen', then 'Totaal uitkering "
         "gemeentefonds'); one of them failing over its lines is a finding there: read before the walk",
         "before the walk", first=group_sums_before_their_total),
    Rule("subtotal inside its block", None, "a line with a name of its own in the middle of its block, over the "
         "lines above it there ('Eigen vermogen' under the reserves, inside 'Vaste passiva'; or a bold subtotal with "
         "no name, failing there): read before the walk",
         "before the walk", first=subtotals_inside_their_block),
    Rule("formula in the label", formula_in_the_label, "the lines its label's formula names by their numbers, "
         "each with its sign ('7. Structureel begrotingssaldo (4 + 5 - 6)', '(1 t/m 3)', 'e - (a - b - c + d)' with "
         "c the lines c1, c2, c3), a part a line above states taken as that line, wherever they stand above it, "
         "holding or failing"),
    Rule("signs in the labels", signs_in_the_labels, "the run of lines just above it whose labels give their "
         "signs ('(+)', '(-/-)'), each with its sign"),
    Rule("signed lines over a total", signed_lines_over_a_total, "a saldo right under lines whose labels give "
         "their signs ('-/- Ontvangen bijdragen'), the fewer of its open lines: those lines with their signs and the "
         "line above them they adjust, the nearest total or a line between them and it"),
    Rule("run above", run_above, "the sum of a run of lines just above it (holds in the most figures, then the "
         "longest)"),
    Rule("signed combination", signed_combination, "a saldo, verschil or stand: lasten - baten, realisatie - "
         "begroting, begin + toevoegingen - onttrekkingen"),
    Rule("two columns apart", two_columns_apart, "a column of what is left or differs: one column less another, "
         "a column between them no part of it ('Restant' = 'Subsidieplafond' - 'Verleend', 'Aangevraagd' between "
         "them), or two of its own year wherever they stand ('Nog in te vullen 2029' = 'Taakstelling 2029' - "
         "'Ingevuld 2029'), or of its two years ('Verschil 2025-2024' = 'Uitgaven 2025' - 'Uitgaven 2024')"),
    Rule("own lines", own_lines, "exactly the lines since the previous total or heading, zeros included",
         answer=own_lines_after_the_walk, question="unexplained"),
    Rule("like the other saldi", like_the_other_saldi_in_the_walk, "a saldo over fewer lines under its heading "
         "than the table's other saldi, each with the sign its name has there ('Saldo' = -Lasten where the Baten "
         "line is deleted)", answer=like_the_other_saldi, question="unexplained"),
    Rule("across headings", across_headings, "a sum of lines reaching across a heading (a grand total over "
         "sections)"),
    Rule("run plus one line", run_plus_one_line, "a run of lines plus one line further up (the members plus the "
         "centrumgemeente line)"),
    Rule("whole block", whole_block, "every line of its block, undoing a coincidental subtotal inside it"),
    Rule("balances its block", balances_its_block, "minus the lines of its block (a wijziging's gemeentelijke "
         "bijdrage covering its costs)"),
    Rule("sum of the totals above", sum_of_the_totals_above, "a line with a name of its own right after the "
         "totals of two blocks or more, holding as their sum in every figure ('Mutatie liquide middelen' under the "
         "three kasstromen)"),
    Rule("result closing the table", result_closing_the_table, "a resultaat closing the table, held to the lines "
         "since the previous total", "last resort"),
    Rule("numbered lines, one missing", numbered_lines_one_missing, "a saldo closing the table under lines "
         "numbered 1, 2, 4, 5 (a number missing: a line deleted), held to the numbered lines left", "last resort"),
    Rule("totals above, short of the total", totals_above_short_of_it, "a total closing the table alone after an "
         "empty row, held to the totals just above it where it exceeds them as a deleted line makes it (holding in "
         "a figure that is not 0)", "last resort"),
    Rule("totals above, opening a block", totals_above_opening_a_block, "a total opening its block after an "
         "empty row in the middle of the table, right under the totals of two blocks or more: their sum, holding in "
         "more figures than it fails (a grand total printed apart, an 'Af:' line and a netto total under it)",
         "last resort"),
    Rule("named after its heading", named_after_its_heading, "'Totaal baten' under the heading 'Baten': the total "
         "of its block", "last resort"),
    Rule("own lines, failing", own_lines_failing, "the lines since the previous total, adding up in a large figure, "
         "failing elsewhere", "last resort"),
    Rule("own lines, short of the total", None, "the lines since the previous total, where the total exceeds them "
         "as a deleted line would make it (every line of the total's sign): a finding at the total", "table",
         short_of_the_total, "unexplained"),
    Rule("repeats a block", None, "a total repeating a block found elsewhere in the table, or that block less one "
         "line", "table", repeats_a_block, "repeated"),
    Rule("repeats a line", None, "a total repeating one line of the table that it names (Totaal centrumgemeente "
         "bijdrage)", "table", repeats_a_line, "repeated"),
    Rule("waarvan", None, "a line with its breakdown below it ('waarvan' lines)", "table", waarvan, "breakdown"),
    Rule("lines of its category", None, "a total naming one category of a column of categories beside the lines' "
         "names, over the lines of that category above it, every other line ('Totaal jeugd' over the Jeugd lines of "
         "each vestiging, a 'Doelgroep' column saying which)", "table", lines_of_its_category, "category"),
    Rule("balans", None, "Totaal passiva equals Totaal activa", "table", balans, "balance"),
    Rule("column groups", None, "a column of groups that repeat their own titles: its group's saldo of the two "
         "others (the figures give the signs), or the amended group's column = the same columns of the begroting and "
         "wijziging groups before it; a saldo group's column = the same columns of the two groups before it; a total "
         "group's column = the same columns of the groups of the same own titles right before it ('Totaal uren "
         "Begroot' = Basistaken Begroot + Plustaken Begroot, the Realisatie columns between them); a column "
         "titled as the begroting after a change = the begroting and changes right before it (Primitief + Wijziging = "
         "Na wijziging)", "table", column_groups, "groups"),
    Rule("voordeel by section", None, "a verschil column of voordeel and nadeel: begroting - realisatie for the "
         "lasten, realisatie - begroting for the baten", "table", voordeel_by_section, "section"),
    Rule("saldo of the groups", None, "a saldo with figures under one group of columns only, of the total above it: "
         "that total's figure in each column less its figure in the other group's column of the same own title "
         "(Saldo baten minus lasten = Totaal Baten Wijziging - Totaal Lasten Wijziging)", "table",
         saldo_of_the_groups, "across groups"),
]
PRIOR = {rule.name: i for i, rule in enumerate(RULES)}
LINE_RULES = [rule for rule in RULES if rule.stage == "line"]
LAST_RESORT = [rule for rule in RULES if rule.stage == "last resort"]
# the questions asked after the walk, and the rules that answer each
QUESTIONS = ("repeated", "unexplained", "breakdown", "category", "balance", "section", "groups", "across groups")
ANSWERING = {question: [rule for rule in RULES if rule.question == question] for question in QUESTIONS}


# ----------------------------------------------------------------------------------------------------------------
# The resolver


def admissible(walk: Walk, candidate: Candidate) -> bool:
    """Whether the line's label and figures let the candidate be meant (labels as priors):
    - a saldo, verschil or stand (not called a total): where the figures say so: it holds everywhere it is
      compared, or in two figures or more and in more than it fails, or in two large figures (a hundred units or
      more, two parts or more) and in at least as many as it fails, or, closing the table, in one large figure;
    - a line called a total: when it closes its block or says subtotaal; in the middle of a block (a 'Totaal
      personeelskosten' is often a plain line) when it holds in one figure or more and in more than it fails
      (or misses by a few units), and holds everywhere, or is a column, or misses by rounding a figure twenty
      times the miss, or names its parts;
    - an unnamed line: when it holds everywhere in two figures or more, on parts that are not all zero.
    Never a candidate holding in no figure whose total has the opposite sign to every part (`_opposed`), nor one
    taking a line against the sign its label gives (`_against_the_labels`). The rules 'signs in the labels' and
    'like the other saldi' (the signs are given: by the labels, by the other saldi) and a last-resort rule state
    their own conditions."""
    if walk.signs and _against_the_labels(candidate):
        return False
    if walk.label and not walk.labelled:
        # a line with a name of its own is asked only as the sum of the totals just above it (as proposed: it holds)
        return candidate.rule == "sum of the totals above"
    if candidate.rule not in LINE_RULE_NAMES or candidate.rule in ("signs in the labels", "like the other saldi"):
        return True
    line, unit = walk.line, walk.unit
    parts = candidate.parts
    failed = candidate.failed
    holds = candidate.checked - len(failed)
    if not holds and _opposed(candidate):
        return False
    if _given_by_the_labels(walk, candidate):
        return True  # (the labels say it is the chain: holding or failing; the figures choose one explaining more)
    if walk.balance and not totalish(walk.label):
        strong_holds = sum(1 for q in walk.positions if q not in walk.skip and q in line.values and q not in failed
                           and _strong(line, parts, failed, [q], walk.skip, unit, zero=walk.closes))
        return (not failed and holds >= 1) or (holds >= 2 and holds > len(failed)) or (
            strong_holds >= 2 and strong_holds >= len(failed)) or (walk.closes and strong_holds >= 1)
    if walk.labelled:
        if walk.closes or walk.label.startswith("subtotaal") or not failed:
            return walk.closes or walk.label.startswith("subtotaal") or holds >= 1
        if walk.after_a_peer and len(parts) == len(walk.own) and all(
                p is q and s == 1 for (p, s), q in zip(parts, walk.own)) and not (
                holds and _heads(walk.heading, walk.label)):
            # (its own lines after a total of its rank: `Walk.after_a_peer`; one named after its heading that holds
            # somewhere is that heading's total, `named after its heading`)
            return True
        if holds < 1:
            return False
        misses = [abs(line.values[q] - sum((s * p.values.get(q, ZERO) for p, s in parts), ZERO)) for q in failed]
        small = all(miss <= unit * len(parts) for miss in misses)
        rounding = small and all(miss * 20 <= abs(line.values[q]) for miss, q in zip(misses, failed))
        return (holds > len(failed) or small) and (
            walk.axis == "column" or rounding or any(walk.names(p) for p, __ in parts)
            or _overwhelming(walk, candidate))
    return not failed and candidate.checked >= 2 and any(
        p.values.get(q, ZERO) != 0 for p, __ in parts for q in walk.positions)


def _given_by_the_labels(walk: Walk, candidate: Candidate) -> bool:
    """The candidate is the stand chain the labels give (`Walk.chain`): its lines and their signs."""
    if walk.chain is None:
        return False
    length, signs = walk.chain
    return len(candidate.parts) == length and all(
        p is q and s == t for (p, s), q, t in zip(candidate.parts, walk.stack[-length:], signs))


def _opposed(candidate: Candidate) -> bool:
    """The total has the opposite sign to every part (as signed) wherever it is compared, and is not their sum
    turned round: no sum is meant (an input workbook's 'Totaal gemeentelijke bijdrage' -2.973.106 after 'Totaal
    personeelskosten' 2.406.849 and 'Totaal materiële kosten' 749.989, each a line of its own), where a total of
    the wrong sign (-X for parts making X) is an error in it."""
    total = candidate.total
    for q in candidate.failed:
        value = total.values.get(q, ZERO)
        figures = [s * v for p, s in candidate.parts if (v := p.values.get(q))]
        if not value or not figures or any(f * value > 0 for f in figures) or candidate.expected(q) == -value:
            return False
    return bool(candidate.failed)


def _overwhelming(walk: Walk, candidate: Candidate) -> bool:
    """The figures leave no doubt that the line is meant to be that total: it holds in three figures or more of ten
    units or more, each made of two parts or more (small figures add up by chance; these do not), and fails in at
    most a quarter of the figures compared (one figure of a line altered: 'Totaal lasten' over its five lines in
    eleven columns of twelve; a saldo of baten - lasten with one of them wrong in one column of four)."""
    failed, line = candidate.failed, walk.line
    if len(failed) * 4 > candidate.checked:
        return False
    large = 10 * walk.unit
    held = sum(1 for q in walk.checked_positions if q not in failed and abs(line.values[q]) >= large
               and sum(1 for p, __ in candidate.parts if p.values.get(q)) >= 2)
    return held >= 3


LINE_RULE_NAMES = frozenset(rule.name for rule in RULES if rule.stage == "line")
REPEATS = frozenset(("repeats a block", "repeats a line"))


def admissible_after_walk(ask: Ask, candidate: Candidate) -> bool:
    """Whether a table rule's candidate can be meant (each rule's conditions, as `admissible` states the line
    rules'):
    - a repeat (of a block or a line): it explains three large figures or more (ten units or more: small figures
      repeat by chance) and fails in at most a quarter of the figures compared;
    - own lines, short of the total: never a line closing as what is left to pay or cover (`result_label`: its
      lines are set off against each other); not a saldo, verschil, resultaat or netto (those may be any sign); every line
      has the total's sign, or is 0, in every figure but a column that is a part of a relation across
      (`_tied_across`: a Wijziging column mixes signs), held as below, or (a total named after its block's
      heading, `Ask.named`, failing in every figure: its lines are the block's by its name) of either sign; where it fails the total exceeds their sum, as a deleted
      line makes it, or (a column of changes, where the deleted line's wijziging may be negative) the amounts it
      misses by there and elsewhere, read as the deleted line, add up across as every line does
      (`_missing_line_adds_up`); and the lines are not all 0 where it fails (a total over a line of zeros is not
      short of it by a deleted line: its lines are elsewhere);
    - waarvan: it holds in at least as many figures as it fails, and on a figure of a hundred units or more made
      of two lines or more (a 'waarvan' naming only part of its line is no sum);
    - column groups: it holds in three quarters of its figures or more (the figures give a saldo's signs);
    - saldo of the groups: it holds in two figures or more and in more than it fails, on large figures (`_strong`);
    - own lines (asked after the walk) and balans: as proposed (the first holds in every figure; a balans must
      balance, there is nothing else the two totals could mean).
    Never one taking a line against the sign its label gives (`_against_the_labels`), as in the walk."""
    rule, total, skip = candidate.rule, candidate.total, ask.skip
    if _against_the_labels(candidate):
        return False
    if rule in REPEATS:
        return _large_explained(ask, candidate) >= 3 and len(candidate.failed) * 4 <= candidate.checked
    if rule == "own lines, short of the total":
        # a saldo's columns may mix signs (lasten | baten | saldo): it is short of a deleted line when it fails in
        # every figure and exceeds its lines in two columns or more whose lines all have its sign
        saldo = said_saldo(total.key)
        if result_label(total.key):
            return False  # (what is left to pay or cover sets lines off against each other: no sum short of one)
        compared = [q for q in total.values if q not in skip]
        if saldo and (ask.axis != "row" or len(candidate.failed) < len(compared)):
            return False  # (a column is no line that can be deleted: a saldo column is never short of one)
        one_signed = 0
        exceeded = []
        for q in compared:
            value = total.values[q]
            figures = [v for p, __ in candidate.parts if (v := p.values.get(q))]
            if any(v * value < 0 for v in figures):
                if saldo:
                    continue
                if ask.named and len(candidate.failed) == len(compared):
                    # (a total named after its heading says its lines are the block's, of either sign: a list of
                    # mutaties +1.234 / -1.234 under 'Mutaties', short of one in every figure as a deleted line
                    # makes it)
                    continue
                if _tied_across(ask, q):
                    # (a column of changes, its lines of either sign: the deleted line's figure there is held to
                    # the relation across, as where the lines exceed the total)
                    exceeded.append(q)
                    continue
                return False
            if q in candidate.failed and (not value or abs(sum(figures, ZERO)) >= abs(value)):
                if saldo:
                    continue  # (a verschil column of a saldo: the deleted line may have had the other sign)
                exceeded.append(q)
                continue
            one_signed += 1
        if saldo and (one_signed < 2 or 2 * one_signed <= len(compared)):
            return False
        if exceeded and (len(exceeded) == len(candidate.failed) or not _missing_line_adds_up(ask, candidate,
                                                                                              exceeded)):
            return False
        # lines of 0 in every figure are no total's remaining lines: its lines are not these (not verified)
        return bool(candidate.failed) and any(p.values.get(q) for p, __ in candidate.parts for q in candidate.failed)
    if rule == "column groups":  # (the figures decide: it holds in most of them, on figures that are not 0)
        return candidate.checked >= 2 and len(candidate.failed) * 4 <= candidate.checked
    if rule == "voordeel by section":
        return candidate.checked >= 2 and len(candidate.failed) * 4 <= candidate.checked
    if rule == "saldo of the groups":
        # (two figures or more holding, more than fail, one of them made of large figures: a saldo of 0 of a
        # sluitende begroting is 101.490 - 101.490)
        holds = candidate.checked - len(candidate.failed)
        return holds >= 2 and holds > len(candidate.failed) and _strong(
            total, candidate.parts, candidate.failed, ask.positions, skip, ask.unit, zero=True)
    if rule == "lines of its category":
        # (holding in a figure, or short of its lines wherever it fails, as a deleted line makes it: its label and
        # the column of categories say what it adds up; lines of 0 only prove nothing)
        failing = [q for q in candidate.failed]
        return any(p.values.get(q) for p, __ in candidate.parts for q in total.values if q not in skip) and (
            candidate.checked > len(failing) or all(
                abs(total.values[q]) > abs(candidate.expected(q)) and total.values[q] * candidate.expected(q) >= 0
                for q in failing))
    if rule == "waarvan":
        return candidate.checked - len(candidate.failed) >= len(candidate.failed) and _strong(
            total, candidate.parts, candidate.failed, ask.positions, skip, ask.unit)
    return True


def _tied_across(ask: Ask, q: int) -> bool:
    """The column is a part of a relation found holding across (Begroting na wijziging = Begroting + Wijziging):
    a column of changes may mix signs, a deleted line's figure in it is held by that relation."""
    return any(q in [p.index for p, __ in relation.parts] for relation in ask.across)


def _missing_line_adds_up(ask: Ask, candidate: Candidate, exceeded: Sequence[int]) -> bool:
    """What a total misses its lines by, read as one line (the line deleted), keeps every relation found holding on
    the other axis over the places where the total fails (Begroting na wijziging = Begroting + Wijziging: 937.978
    - 36.253 = 901.725), one at least, and one such relation takes in each place where the lines exceed the total
    (there the deleted line was negative: a negative wijziging)."""
    total, skip = candidate.total, ask.skip
    missing = {q: v - sum((p.values.get(q, ZERO) for p, __ in candidate.parts), ZERO)
               for q, v in total.values.items() if q not in skip}
    covered: set[int] = set()
    for relation in ask.across:
        places = [relation.total.index, *(p.index for p, __ in relation.parts)]
        if not all(q in missing for q in places) or not any(q in candidate.failed for q in places):
            continue
        if missing[relation.total.index] != sum((s * missing[p.index] for p, s in relation.parts), ZERO):
            return False
        covered.update(places)
    return all(q in covered for q in exceeded)


def _large_explained(ask: Ask, candidate: Candidate) -> int:
    """The figures of ten units or more a candidate explains (figures of a few units prove nothing)."""
    large = 10 * ask.unit
    return sum(1 for q in ask.positions if q not in ask.skip and q not in candidate.failed
               and abs(candidate.total.values.get(q, ZERO)) >= large)


def score(candidate: Candidate, near: int = 0, explained: int | None = None) -> tuple:
    """The one score candidates compete by, higher is better: (holds exactly, figures explained less figures
    failing, figures explained, for one that fails: the most lines, the least total error). A figure is
    explained where the candidate holds (for a repeat: only a figure of ten units or more), or (`near`) where it
    misses by no more than rounding its own lines explains. Between two that fail on equal evidence, the one over
    more lines (a total with an error in it closes over all its lines, not over a fragment of them that happens
    to come closer), then the one that misses by less."""
    failing = len(candidate.failed) - near
    explained = (candidate.checked - len(candidate.failed) if explained is None else explained) + near
    if not candidate.failed:
        return (True, explained, explained, 0, ZERO)
    error = sum((abs(candidate.miss(q)) for q in candidate.failed), ZERO)
    return (False, explained - failing, explained, len(candidate.parts), -error)


def resolve(candidates: Iterable[Candidate], admit: Callable[[Candidate], bool],
            near: Callable[[Candidate], int] | None = None,
            explained: Callable[[Candidate], int | None] | None = None,
            given: Callable[[Candidate], bool] | None = None) -> Candidate | None:
    """The one resolver every relation the audit checks is chosen by: among the candidates `admit` admits, the
    one with the best `score` (`near`: its figures missing by rounding only; `explained`: its figures explained,
    where a rule counts them its own way; `given`: the relation the labels give, preferred to others explaining as
    many figures, before the lines and the error are weighed), then the earliest rule in RULES (the prior); on a
    full tie, the first proposed. None when no candidate is admissible."""
    best, best_key = None, None
    for candidate in candidates:
        if not admit(candidate):
            continue
        key = score(candidate, near(candidate) if near is not None else 0,
                    explained(candidate) if explained is not None else None)
        key = key[:3] + (given is not None and given(candidate),) + key[3:] + (-PRIOR[candidate.rule],)
        if best_key is None or key > best_key:
            best, best_key = candidate, key
    return best


def choose(walk: Walk) -> Candidate | None:
    """The relation the line the walk is at is taken for, among what the line rules propose (`resolve`):
    1. admissible (`admissible`: the label's conditions on the figures);
    2. holds exactly beats fails somewhere;
    3. most figures explained less figures failing (a miss by rounding counts as explained for the own lines of a
       line closing its block), then most figures explained;
    3b. the stand chain its labels give (`Walk.chain`) before any other relation explaining as much;
    4. for one that fails: the most lines, then the least total error;
    5. the rule's prior: its place in RULES.
    Only when no line rule's candidate is admissible are the last-resort rules asked (each states its own
    conditions), and `resolve` takes the best of theirs by the same score and prior. None: the line is a plain
    line (or a total nothing adds up to). Whatever the stage, no candidate takes a line against the sign its
    label gives (`_against_the_labels`)."""

    if walk.formula is not None:
        # the label states how the line is made: its formula's lines, holding or failing, and no other relation
        # (none where a number names no line above it: the line is then not verified, with that reason)
        return resolve(formula_in_the_label(walk), lambda candidate: True)

    def keeps_the_labels(candidate: Candidate) -> bool:
        return not (walk.signs and _against_the_labels(candidate))

    def near(candidate: Candidate) -> int:
        # (the own lines, or a grand total's reach past the subtotals before them: both as runs() credits them)
        if walk.closes and candidate.failed and (len(candidate.parts) == len(walk.own) or (
                len(candidate.parts) == walk.lower_reach and
                all(p is q for (p, __), q in zip(candidate.parts[::-1], walk.stack[::-1])))):
            return _near(walk.line, [p for p, __ in candidate.parts], [s for __, s in candidate.parts],
                         candidate.failed, walk.unit)
        return 0

    def proposed(rules: Sequence[Rule]) -> Iterable[Candidate]:
        # (no rule takes a column under last year's group title as the total of this year's: `of_a_later_year`)
        return (candidate for rule in rules for candidate in rule.propose(walk)
                if not of_a_later_year(walk.eras, candidate) and not of_other_years(candidate))

    best = resolve(proposed(LINE_RULES), functools.partial(admissible, walk), near,
                   given=functools.partial(_given_by_the_labels, walk))
    if best is not None:
        return best
    if walk.line.index in walk.forced:
        # a reading best_reading tries: the line is the total its best candidate says, wherever that holds in one
        # figure or more (a saldo of baten - lasten wrong in one of its two columns: the resultaat under it then
        # adds up with its true value; the reading score decides whether this reading explains the table better)
        best = resolve(proposed(LINE_RULES),
                       lambda candidate: _holds_somewhere(candidate) and keeps_the_labels(candidate), near)
        if best is not None:
            return best
    return resolve(proposed(LAST_RESORT), keeps_the_labels)


def of_a_later_year(eras: Mapping[int, tuple[int, int]], candidate: Candidate) -> bool:
    """A column under a group title of one year (or school year, '2023/2024') taken as the total of a column under
    a later year's title ('Totaal meldingen' of 2023/2024 over this year's 'Totaal meldingen' and its 'waarvan'):
    last year's figures are given beside this year's, never made of them (a later year's may be made of an earlier
    one's: 'Stand 31-12-2027' under 2027 = 'Stand 31-12-2026' under 2026 + the 2027 mutaties). Years are another
    year's where neither title's years hold the other's ('2024/2025' is not '2023/2024'; a 'Totaal 2025-2028' holds
    '2026')."""
    own = eras.get(candidate.total.index)
    return own is not None and any((theirs := eras.get(p.index)) is not None and not nested_years(own, theirs)
                                   and own[1] < theirs[1] for p, __ in candidate.parts)


def of_other_years(candidate: Candidate) -> bool:
    """A line titled by one year ('2027', 'Begroting 2027') taken as made of lines of the same title for other years
    only ('2025' + '2026'): each year's figures stand beside the other years', never made of them (in 2025 | 2026 |
    2027 rounded to thousands, 0 + 1 = 1 holds on most lines by chance)."""
    own = _title_and_year(candidate.total.key)
    return own is not None and all(
        (theirs := _title_and_year(p.key)) is not None and theirs[0] == own[0] and theirs[1] != own[1]
        for p, __ in candidate.parts)


def _title_and_year(key: str) -> tuple[str, str] | None:
    """A title naming one year: the rest of its words and the year ('begroting 2027': ('begroting', '2027'))."""
    years = _A_YEAR.findall(key)
    return (_A_YEAR.sub("", key).strip(), years[0]) if len(years) == 1 else None


def nested_years(one: tuple[int, int], other: tuple[int, int]) -> bool:
    """One span of years holds the other (first, last)."""
    return one[0] <= other[0] <= other[1] <= one[1] or other[0] <= one[0] <= one[1] <= other[1]


# A relation of columns missing by more than rounding in this many lines or more, nine in ten of those compared, is
# a misreading (`misread`): one wrong figure fails in its own line only
MISREAD_LINES = 3


def misread(candidate: Candidate, unit: Decimal) -> bool:
    """A relation of columns that misses by more than rounding explains in nearly every line it is compared on (in
    nine of ten, three at least): no wrong figure does that (one fails in its own line; a deleted line leaves the
    others' relation as it was), the columns were misread ('Totaal meldingen' of last school year read as the total
    of this year's and its 'waarvan'): NOT verified, never a finding on every line. Asked of columns only: a total
    line failing in every column is what a line deleted from its parts makes."""
    allowance = unit * rounding_allowance(len(candidate.parts))
    beyond = sum(1 for q in candidate.failed if abs(candidate.miss(q)) > allowance)
    return beyond >= MISREAD_LINES and 10 * beyond >= 9 * candidate.checked


def _holds_somewhere(candidate: Candidate) -> bool:
    return candidate.checked > len(candidate.failed) and not _opposed(candidate)


def answer(ask: Ask) -> Candidate | None:
    """The relation a question asked after the walk is answered with: among what the rules answering it propose
    (ANSWERING), the one `resolve` takes, admissible by `admissible_after_walk`, by the same score and prior as
    the walk's. None: nothing answers it (the total stays unexplained; the line has no breakdown; ...)."""
    return resolve((candidate for rule in ANSWERING[ask.question] for candidate in rule.answer(ask)),
                   functools.partial(admissible_after_walk, ask),
                   explained=lambda candidate: _large_explained(ask, candidate) if candidate.rule in REPEATS
                   else None)


# ----------------------------------------------------------------------------------------------------------------
# The walk


def gross_lines(lines: Sequence[Line], breaks: Mapping[int, str], skip) -> frozenset[int]:
    """The lines named bruto ('Bruto kosten corridor N-wegen', printed plain, no total's word), under two lines or
    more of their block, that the netto line further down the block makes with the lines between them (Netto =
    Bruto + bijdragen derden) in every figure, one not 0 at least: a bruto figure is the total of the lines above
    it in its block, called a total (a line of them deleted, it is short of them: a finding, not a plain line)."""
    found = set()
    above = 0
    for i, line in enumerate(lines):
        if line.index in breaks:
            above = 0
        above += 1
        if not line.key.startswith("bruto ") or is_labelled(line.key, False) or above < 3:
            continue
        between: list[Line] = []
        for later in lines[i + 1:]:
            if later.index in breaks:
                break
            if later.key.startswith("netto "):
                compared = [q for q in later.values if q not in skip]
                if compared and any(later.values[q] for q in compared) and all(
                        later.values[q] == line.values.get(q, ZERO) + sum(
                            (p.values.get(q, ZERO) for p in between), ZERO) for q in compared):
                    found.add(line.index)
                break
            between.append(later)
    return frozenset(found)


def fold_once(lines: list[Line], positions: list[int], breaks: dict[int, str], closing: set[int], axis: str,
              unit: Decimal, skip_positions: set[int], plain: frozenset, forced: frozenset = frozenset(),
              differences: frozenset = frozenset(), derived: Mapping[int, tuple] = EMPTY,
              eras: Mapping[int, tuple[int, int]] = EMPTY):
    """Walk the lines in order, keeping the open lines (a stack); at each line that may be a total, take the
    candidate `choose` picks: its parts leave the open lines and the total takes their place. Returns the chosen
    candidates, their relations, and the labels of lines called a total that no lines add up to. Lines in
    `plain` are never taken for a total; lines in `forced` may be read as the total of their own lines; lines in
    `differences` (whatever their titles) are asked as a verschil is; `derived` gives some of them the columns and
    signs they are made of (`Walk.chain`); `eras` the years of the group title over a column (`of_a_later_year`)."""
    stack: list[Line] = []
    history: list[Line] = []
    block_start = 0          # stack length at the last heading: totals prefer parts in their own block
    results: list[Candidate] = []
    relations = []
    unchecked: list[Line] = []   # labelled as totals, but no lines of the table add up to them (lines, not labels:
    # two bare 'Subtotaal' lines are two totals)
    block_lines: list[Line] = []   # every line since the last heading, folded or not
    block_sums = Sums()
    own_sums = Sums()              # of the open lines since the previous total or heading
    own_count = 0
    folded: set[int] = set()       # ids of the lines taken as totals
    # (the labels give signs: only then are they asked about; a lone dash or a '+/-' ending a label only beside
    # others; 'Af:' and 'Bij:' give theirs by their words)
    signs = any((line.sign and not weak_sign(line.label)) or signed_part(line.key) for line in lines)
    ends = stand_chain_ends(lines) | differences
    saldi: list[Candidate] = []    # the signed combinations found that hold, for a saldo read like them
    heading = ""                   # the current block's heading ('baten'), when it has one
    in_block = False
    subs = sub_lines(lines, breaks)
    codes, formulas = label_formulas(lines)   # (lines numbered, and the labels stating their formula in those numbers)
    misses: dict[tuple[int, int], Decimal] = {}   # what each total taken misses by, where it fails
    gross = gross_lines(lines, breaks, skip_positions) if axis == "row" else frozenset()
    lone = uncarried(lines)   # ('Transport' with no 'Van transport' after it: a line of that name)

    def into_block(line: Line) -> None:
        block_lines.append(line)
        block_sums.add(line)

    def keep_open(line: Line) -> None:
        stack.append(line)
        own_sums.add(line)
        history.append(line)
        into_block(line)

    for line in lines:
        if line.index in breaks:
            heading = breaks[line.index]
            block_start = len(stack)
            block_lines = []
            block_sums = Sums()
            own_sums, own_count = Sums(), 0
            in_block = True
        label = line.key
        if line.index in subs:
            continue  # 'waarvan persoonsgebonden budget' is inside the line above it, not beside it
        # a line with its own name (a member, a cost line) is never taken for a total by chance; only right after
        # the totals of two blocks or more is it asked whether they make it (`Walk.totals_above`)
        named = label and not is_labelled(label, line.index in closing) and line.index not in ends and \
            not (block_lines and (repeats_heading(heading, label) or
                                  line.index in closing and closes_its_heading(heading, label))) and \
            line.index not in formulas and \
            not under_a_signed_part(line, history, breaks) and line.index not in gross or line.index in lone
        after_totals = named and len(stack) >= 2 and id(stack[-1]) in folded and id(stack[-2]) in folded
        if (named and not after_totals) or (line.index in plain and line.index not in formulas):
            keep_open(line)
            own_count += 1
            continue
        walk = Walk(line, stack, block_start, block_lines, block_sums, own_sums, own_count, heading, in_block,
                    history, folded, positions, skip_positions, unit, axis, closing, forced, breaks, signs, ends,
                    saldi, derived, codes, formulas, misses, gross, eras)
        if named and walk.totals_above is None:
            keep_open(line)
            own_count += 1
            if names_a_movement(label):
                unchecked.append(line)  # (a mutatie after the blocks' totals: NOT verified, never passed over)
            continue
        chosen = choose(walk)
        if chosen is None:
            called = walk.called  # (read before the line joins the open lines the walk reads)
            keep_open(line)
            own_count += 1
            if called:  # may still repeat a block found further down (repeats)
                unchecked.append(line)
            continue
        into_block(line)
        history.append(line)
        used = {id(part) for part, __ in chosen.parts}
        # a total read as a plain line among the parts (whole block) was a coincidence: its relation is undone
        # (not where a label's formula names them: '(1 + 2 + 4)' after '4 (1 + 2)' is what it says)
        undone = [i for i, earlier in enumerate(results) if id(earlier.total) in used
                  and all(id(p) in used for p, __ in earlier.parts)] if chosen.rule != "formula in the label" else []
        for i in reversed(undone):
            del results[i], relations[i]
        stack[:] = [p for p in stack if id(p) not in used]
        stack.append(line)
        own_sums, own_count = Sums(), 0  # the total is folded: the next total's own lines start after it
        folded.add(id(line))
        block_start = min(block_start, len(stack) - 1)
        results.append(chosen)
        misses.update(((id(line), q), chosen.miss(q)) for q in chosen.failed)
        if undone:
            saldi[:] = [c for c in results if c.rule == "signed combination" and not c.failed]
        if chosen.rule == "signed combination" and not chosen.failed:
            saldi.append(chosen)
        relations.append(chosen.relation(axis, walk.labelled))
    return results, relations, unchecked


# ----------------------------------------------------------------------------------------------------------------
# The resolver over whole readings


def reading_score(reading, unit: Decimal = Decimal(1)) -> tuple:
    """How well a whole reading of a table explains it, lower is better: (figures failing, large figures
    explained (negated: the more the better), the sum of the failing figures' differences, totals left
    unexplained). A total that misses only by what a failing part of it misses (a subtotal printed right over a
    wrong taakveld total) is that one error, counted once. A large figure explained is one a total holds in of a
    hundred units or more, made of two parts or more (small figures add up by chance: 1 + 5 = 6). Explained
    before differences: a 'Totaal lasten' short of a deleted line fails as much over 'Totaal overhead' as over
    'Totaal overhead' and its two lines again (which comes closer), but only the first reading keeps Totaal
    overhead's figures explained."""
    results, __, unchecked = reading
    misses = {(id(c.total), q): c.miss(q) for c in results for q in c.failed}
    own = [miss for (total_id, q), miss in misses.items()
           if not any(miss + sum((misses.get((id(p), q), ZERO) for p, __ in c.parts), ZERO) == 0
                      and any((id(p), q) in misses for p, __ in c.parts)
                      for c in results if id(c.total) == total_id)]
    large = 100 * unit
    explained = sum(1 for c in results for q, v in c.total.values.items()
                    if q not in c.failed and abs(v) >= large and sum(1 for p, __ in c.parts if p.values.get(q)) >= 2)
    return len(own), -explained, sum((abs(miss) for miss in own), ZERO), len(unchecked)


def best_reading(lines: list[Line], positions: list[int], breaks: dict[int, str], closing: set[int], axis: str,
                 unit: Decimal, skip_positions: set[int], cross: bool = False, differences: frozenset = frozenset(),
                 derived: Mapping[int, tuple] = EMPTY, eras: Mapping[int, tuple[int, int]] = EMPTY):
    """The reading of the table that `reading_score` likes best, among: the walk as it goes; the walk with one
    (or two) of the totals it found taken as plain lines (small figures repeat by chance: 'Totaal materiële
    kosten' 6 = personeelskosten 1 + kapitaallasten 5, and such a fold makes the block's real total fail);
    and the walk with one unexplained total read as the total of its own lines. A bounded local search, not
    an exhaustive one: up to three rounds, each from the best reading so far, undoing only folds resting on
    small figures, within a budget of walks that shrinks with the table's length (20,000 lines: none); on a
    tie, the first (the fewest totals undone). With `cross`, a total still unexplained may repeat a block
    found elsewhere (`repeats`)."""

    def reading(plain: frozenset, forced: frozenset = frozenset()):
        results, relations, unchecked = fold_once(lines, positions, breaks, closing, axis, unit, skip_positions,
                                                  plain, forced, differences, derived, eras)
        if cross:
            more = repeats(lines, results, unchecked, positions, skip_positions, unit)
            results, relations = results + more, relations + [c.relation("row") for c in more]
            unchecked = [u for u in unchecked if all(c.total is not u for c in more)]
        return results, relations, unchecked

    best = reading(frozenset())
    best_score = reading_score(best, unit)
    if best_score[0] == 0 and best_score[2:] == (ZERO, 0):
        return best
    # each try walks the whole table again: a long table gets fewer (20,000 lines: none)
    budget = max(0, 40_000 // max(1, len(lines)) - 1)
    undone: frozenset = frozenset()
    # A reading that undoes one fold may show the next coincidence (overige baten 1 = rijks 0 + derden 1,
    # once derden 1 = centrum 1 + rijks 0 is undone): a few rounds, each from the best reading so far.
    for __ in range(3):
        troubled = [c.total.index for c in best[0] if c.failed] + [u.index for u in best[2]]
        if not troubled:
            break
        # only a fold resting on small figures may be a coincidence (1 + 5 = 6); one that holds on a figure
        # of a hundred units or more, with two parts or more in it, stays (but when a total fails in every
        # figure, something above it is misread: then any fold above it may be)
        hopeless = any(c.failed and len(c.failed) == sum(1 for q in positions if q in c.total.values
                                                         and q not in skip_positions) for c in best[0])
        # (nor a fold whose total is 0 in every figure: as a plain line it adds nothing to any sum; undone, it only
        # gives its parts back, which add up to 0, for a total further down to count again: in a balanced table
        # 'Saldo van baten en lasten' = lasten + baten, and the reserves' total of 0 over lasten, baten and it)
        # (but never, holding strongly, a total of the rank of one failing: no peer is a part of the other, so
        # undoing it rescues nothing, and only leaves the failing one unexplained: 'Totaal kosten' undone to spare
        # 'Totaal opbrengsten' after it, one of its lines deleted, and the saldo of the two NOT verified)
        failing = [c.total.key for c in best[0] if c.failed]
        before = [c.total.index for c in best[0] if not c.failed and c.total.index < max(troubled)
                  and c.total.index not in closing
                  and any(v for q, v in c.total.values.items() if q not in skip_positions)
                  and (hopeless or not _strong(c.total, c.parts, c.failed, positions, skip_positions, unit))
                  and not (any(_peers(key, c.total.key) for key in failing)
                           and _strong(c.total, c.parts, c.failed, positions, skip_positions, unit))]
        tries = [undone | {a} for a in before]
        tries += [undone | {a, b} for i, a in enumerate(before) for b in before[i + 1:]][:45]
        tries, budget = tries[:budget], budget - len(tries[:budget])
        improved = None
        for plain in tries:
            other = reading(plain)
            other_score = reading_score(other, unit)
            if other_score < best_score:
                best, best_score, improved = other, other_score, plain
                if best_score[0] == 0 and best_score[2:] == (ZERO, 0):
                    return best
        if improved is None:
            break
        undone = improved
    if best_score[0] and len(lines) <= 2000:
        # A total that fails may be reading a wrong subtotal as a line of its own ('Totaal taakveld 6.4'
        # 3.535.000 over products of 3.435.000): take each unexplained total as the total of the lines
        # since the previous one, and keep that reading when it explains more with smaller differences.
        for unexplained in best[2]:
            other = reading(frozenset(), frozenset([unexplained.index]))
            other_score = reading_score(other, unit)
            if other_score < best_score:
                best, best_score = other, other_score
    return best


# ----------------------------------------------------------------------------------------------------------------
# Helpers


def _heads(heading: str, label: str) -> bool:
    """The block's heading names the total: 'baten' and 'totaal baten', 'sectie 1' and 'subtotaal sectie 1'; or
    the total repeats it ('kasstroom uit operationele activiteiten' under that heading), or names it after one word
    of its own ('woonlasten meerpersoonshuishouden huurder' under 'meerpersoonshuishouden huurder')."""
    words = [w for w in heading.replace("*", " ").split() if w]
    named = label.split()[1:]  # after 'totaal' or 'subtotaal': exactly the heading ('totaal overige baten' is not)
    return bool(words) and any(len(w) >= 4 for w in words) and (
        (totalish(label) and named == words) or repeats_heading(" ".join(words), label) or
        closes_its_heading(" ".join(words), label))


def _strong(total: Line, signed, failed, positions, skip, unit: Decimal, zero: bool = False) -> bool:
    """The relation holds on a figure of a hundred units or more made of two parts or more. With `zero`,
    also on large parts adding up to exactly 0 (a resultaat of 0): telling for a line that closes the
    table, not for a line in the middle (the lines of a balanced wijziging add up to 0 under any line)."""
    return any(q not in skip and q not in failed and q in total.values
               and max([abs(total.values[q])] + ([abs(p.values.get(q, ZERO)) for p, __ in signed] if zero else []))
               >= 100 * unit and sum(1 for p, __ in signed if p.values.get(q)) >= 2 for q in positions)


def _line_making_up(target: Line, parts: list[Line], positions, skip, sums: Sums,
                    by_figures: dict) -> Line | None:
    """The one line of `parts` whose figures are what the parts add up to beyond `target`, in every figure the
    target shows (the block less that line makes the target exactly); None when no line does. (`sums`: the
    parts' sums; `by_figures`: a cache, per choice of positions, of the first part with given figures.)"""
    checked = tuple(q for q in positions if q not in skip and q in target.values)
    if not checked:
        return None
    excess = tuple(sums.plain(q) - target.values[q] for q in checked)
    if not any(excess):
        return None
    if checked not in by_figures:
        index: dict[tuple, Line] = {}
        for p in parts:
            index.setdefault(tuple(p.values.get(q, ZERO) for q in checked), p)
        by_figures[checked] = index
    return by_figures[checked].get(excess)


@functools.lru_cache(maxsize=4096)
def _peers(total: str, other: str) -> bool:
    """Two totals of one rank, neither a part of the other: the same label ('subtotaal' twice), or labels that
    differ in one word only ('totaal vaste activa' and 'totaal vlottende activa', 'totaal lasten' and 'totaal
    baten'); 'totaal' over 'totaal lasten' is a grand total, no peer. Two lines called a subtotal are peers whatever
    they name: 'subtotaal zorg en welzijn' is never made of 'subtotaal jeugd en onderwijs'."""
    if not (totalish(total) and totalish(other)):
        return False
    words, others = total.split(), other.split()
    if words[0].startswith("subtota") and others[0].startswith("subtota"):
        return True
    return len(words) == len(others) and sum(a != b for a, b in zip(words, others)) <= (len(words) > 1)


def _stems(label: str) -> frozenset[str]:
    return frozenset(w[:6] for w in re.findall(r"[a-z]{5,}", label) if w not in COMMON_WORDS)


def _names(total: str, part: str) -> bool:
    """The total's label names the part: 'totaal overhead' and 'overhead regio', 'totaal mutatie reserves'
    and 'dotatie bestemmingsreserve(s)', 'saldo van baten en lasten' and 'totaal lasten'."""
    return any(w in part for w in _name_stems(total))


@functools.lru_cache(maxsize=4096)
def _name_stems(total: str) -> tuple[str, ...]:
    return tuple(w[:6] for w in re.findall(r"[a-z]{5,}", total) if w not in COMMON_WORDS)


def _suffix_plus_one(line: Line, stack: list[Line], history: list[Line], positions,
                     skip, lengths: range | None, unit: Decimal, block_first: int | None = None,
                     totals: set[int] = frozenset()) -> tuple[list[Line], int] | None:
    """Parts that are a run of the last open lines plus one earlier line (Totaal = members + the
    centrumgemeente line further up), or two open lines (Totaal = subtotaal + onvoorzien), matching
    exactly: (parts, figures compared)."""
    checked = [q for q in positions if q not in skip and q in line.values]
    if not checked or (len(checked) < 2 and abs(line.values[checked[0]]) < 1000 * unit):
        return None  # in one column of small figures some line further up makes the sum by chance

    def vector(p: Line) -> tuple:
        return tuple(p.values.get(q, ZERO) for q in checked)

    target = vector(line)
    lookup: dict[tuple, Line] = {}
    for p in history[-MAX_PARTS:]:
        lookup.setdefault(vector(p), p)
    running = [ZERO] * len(checked)
    for length in range(1, min(len(stack), MAX_PARTS) + 1):
        running = [a + b for a, b in zip(running, vector(stack[-length]))]
        if lengths is not None and length not in lengths:
            continue
        residual = tuple(t - r for t, r in zip(target, running))
        if not any(residual) and any(target):
            return stack[-length:], len(checked)  # a block of one line: its total repeats it
        found = lookup.get(residual)
        if found is not None and any(residual) and all(found is not p for p in stack[-length:]) \
                and found is not line and ((block_first is not None and found.index < block_first)
                                           or any(found.index < t < stack[-length].index for t in totals)):
            return [found] + stack[-length:], len(checked)
    if lengths is not None:
        return None
    by_vector = {vector(p): p for p in stack[-MAX_PARTS:]}
    for p in stack[-MAX_PARTS:]:
        other = by_vector.get(tuple(t - v for t, v in zip(target, vector(p))))
        if other is not None and other is not p and any(vector(p)) and any(vector(other)):
            first, second = sorted((p, other), key=lambda x: x.index)
            return [first, second], len(checked)
    return None


def _compare(line: Line, parts: list[Line], signs, positions, skip) -> tuple[int, list[int]]:
    """(figures compared, positions where the total differs): only where the total has a figure and
    some part or the total is not zero (zero = zero proves nothing)."""
    checked, failed = 0, []
    for q in positions:
        if q in skip or q not in line.values:
            continue
        unit = line.units.get(q, "")
        values = [p.values.get(q) if p.units.get(q, "") == unit else None for p in parts]
        if all(not v for v in values) and line.values[q] == 0:
            continue  # zero = zero proves nothing
        if all(v is None for v in values):
            continue
        expected = sum((s * (v or ZERO) for s, v in zip(signs, values)), ZERO)
        checked += 1
        if expected != line.values[q]:
            failed.append(q)
    return checked, failed


def _expected(total: Line, signed, position: int) -> Decimal:
    unit = total.units.get(position, "")
    return sum((s * p.values.get(position, ZERO) for p, s in signed if p.units.get(position, "") == unit), ZERO)


# ----------------------------------------------------------------------------------------------------------------
# Totals printed above their lines: read before the walk


# The dotted code a line's label opens with, as the BBV numbers its taakvelden: '6', '6.1', '0.10', '6.71' ('1.' too)
_GROUP_CODE = re.compile(r"\s*(\d{1,2}(?:\.\d{1,2})*)\.?\s+\S")


def group_code(label: str) -> str | None:
    """The dotted code a label opens with ('6 Sociaal domein' -> '6', '6.71 Maatwerkdienstverlening 18+' -> '6.71'),
    or None."""
    found = _GROUP_CODE.match(label or "")
    return found.group(1) if found is not None else None


def coded_groups(lines: Sequence[Line]) -> list[tuple[Line, tuple[Line, ...], bool]]:
    """Each line over a run of coded lines right under it, as a main group printed above its lines: by its code,
    the prefix of theirs ('6' over '6.1', '6.2', ..., '6.82', up to the first line coded otherwise: True), or, a
    line with a name and no code ('Sociaal domein'), over the lines right under it whose codes share their first
    number ('6.1' ... '6.82', up to the next line without one: False; then its figures must tell). With its own
    lines among them: those not under another line of the run that heads lines of its own ('1' over '1.1' over
    '1.1.1' and '1.1.2': 1.1 is a line of 1, its lines are 1.1's)."""
    codes = [group_code(line.label) for line in lines]
    ends: dict[int, tuple[int, bool]] = {}
    for i, code in enumerate(codes):
        by_code = code is not None
        if not by_code:
            after = codes[i + 1] if i + 1 < len(codes) else None
            if not lines[i].key or after is None or "." not in after or totalish(lines[i].key) or \
                    balance_first(lines[i].key):
                continue
            code = after.split(".")[0]
        j = i + 1
        while j < len(lines) and codes[j] is not None and codes[j].startswith(code + "."):
            j += 1
        if j > i + (1 if by_code else 2):
            ends[i] = (j, by_code)
    found = []
    for i, (end, by_code) in ends.items():
        own, k = [], i + 1
        while k < end:
            own.append(lines[k])
            k = ends[k][0] if k in ends else k + 1
        found.append((lines[i], tuple(own), by_code))
    return found


def _short_as_deleted(candidate: Candidate, positions, skip) -> bool:
    """Where every line has the total's sign (or is 0), the total exceeds their sum wherever it fails, as a deleted
    line makes it, in one figure at least (a column of signed differences, a verschil, tells nothing either way)."""
    decided = 0
    for q in candidate.failed:
        value = candidate.total.values.get(q)
        if q in skip or not value:
            continue
        figures = [v for p, __ in candidate.parts if (v := p.values.get(q))]
        if any(v * value < 0 for v in figures):
            continue
        if abs(sum(figures, ZERO)) >= abs(value):
            return False
        decided += 1
    return decided > 0
