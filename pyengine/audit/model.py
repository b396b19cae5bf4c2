"""The audit's model: the records of cells, grids, tables, lines, relations and findings (pure: no files).

What a reader makes of a file is a grid of cells; what the inference makes of a grid is tables, their
lines, the relations found between lines (each naming the rule that proposed it) and the findings.

Every record here is frozen, and so is what it holds: cells, grids, lines, relations, candidates, findings
and tables keep their collections as tuples and their mappings as `FrozenDict`s (a record turns a list or a
dict it is given into one when it is made). A table's audit collects its relations and findings first and
builds its Table once, complete; a later step that adds to a table (the layout rules' findings in report.py)
makes a new record with dataclasses.replace.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from decimal import Decimal, InvalidOperation

from ..i18n import _
from ..render.formula import column_letter

class FrozenDict(dict):
    """A mapping that cannot be changed once made (Python has no frozendict): a record's figures by position,
    a grid's cells. A dict underneath, so the walk reads it at a dict's speed; every change raises TypeError."""

    __slots__ = ()

    def _frozen(self, *args, **kwargs):
        raise TypeError(f"a {type(self).__name__} cannot be changed")

    __setitem__ = __delitem__ = __ior__ = clear = pop = popitem = setdefault = update = _frozen

    def __reduce__(self):  # (pickle and copy would otherwise fill it item by item)
        return type(self), (dict(self),)

    def __hash__(self) -> int:  # (unchanging, so it may be hashed, as a frozen record's field may)
        return hash(frozenset(self.items()))


EMPTY = FrozenDict()


def frozen(mapping: Mapping) -> FrozenDict:
    """The mapping as a FrozenDict (itself when it is one)."""
    return mapping if type(mapping) is FrozenDict else FrozenDict(mapping)


def _freeze(record, **fields) -> None:
    """Set a frozen record's fields as its __post_init__ froze them."""
    for name, value in fields.items():
        object.__setattr__(record, name, value)


# Signs printed beside a figure: voordeel counts positive, nadeel negative.
MARKERS = {"v": 1, "n": -1, "voordeel": 1, "nadeel": -1, "voordelig": 1, "nadelig": -1}
# a figure with its voordeel/nadeel sign after it, in one text: '1.192 N', '(324) V', '75 voordelig'
MARKED = re.compile(r"(.*[\d)])\s*(v|n|voordeel|nadeel|voordelig|nadelig)", flags=re.I)


@lru_cache(maxsize=1 << 16)  # a long PDF prints the same figures and words on every page
def read_dutch_number(text: str) -> tuple[Decimal, str] | None:
    """'1.234' -> 1234, '-1.234' and '(1.234)' -> -1234, '1.234,5' -> 1234.5, '€ 26.775' -> 26775 ('€'),
    '4,7%' -> 4.7 ('%'), '1.192 N' -> -1192 (nadeel), '75 V' -> 75; None for anything that is not one
    figure. Exact: no float on the way.
    (pyengine/inputs will get a shared Dutch number reader (issue 10); this one can then defer to it.)"""
    s = text.strip().replace("\u00a0", " ").replace("\u2212", "-").replace("\u2013", "-")
    # '1.192 N' (nadeel) and '75 V' (voordeel), as a printed table shows signs beside the figure
    marked = MARKED.fullmatch(s)
    if marked:
        plain = read_dutch_number(marked.group(1))
        if plain is None:
            return None
        return abs(plain[0]) * MARKERS[marked.group(2).lower()], plain[1]
    unit = ""
    for sign in ("€", "EUR", "%"):
        if sign in s:
            unit = "%" if sign == "%" else "€"
            s = s.replace(sign, "")
    s = re.sub(r",-$", "", s.replace(" ", ""))  # '€ 50.000,-'
    negative = False
    if s.startswith(("-/-", "(-)")):  # '-/- 2.821.600', as Dutch accounts write a minus ('(-) 26.364' too); '+/+' a plus
        negative, s = True, s[3:]
    elif s.startswith("+/+"):
        s = s[3:]
    if s.startswith("(") and s.endswith(")"):
        negative, s = True, s[1:-1]
    if s.startswith("-"):
        negative, s = not negative, s[1:]
    elif s.startswith("+"):
        s = s[1:]
    if s.endswith("-") and not negative:  # '1.234-' as some ledgers print
        negative, s = True, s[:-1]
    if not re.fullmatch(r"(\d{1,3}(\.\d{3})+|\d+)(,\d+)?", s):
        return None
    try:
        value = Decimal(s.replace(".", "").replace(",", "."))
    except InvalidOperation:  # pragma: no cover - the pattern admits only digits
        return None
    return (-value if negative else value), unit


_NOT_WORD = re.compile(r"[^a-z0-9()%+ ]+")
_SPACES = re.compile(r"\s+")


def normal(text: object) -> str:
    """'Totaal materiële kosten *' -> 'totaal materiele kosten'."""
    if not isinstance(text, str):
        return ""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return _SPACES.sub(" ", _NOT_WORD.sub(" ", plain)).strip()


# A code a line's label starts with before the word calling it a total, typed in or from a column of codes joined to
# it: a hoofdtaakveld's '6' on its subtotal ('6 | Totaal Sociaal domein'), '0.10', '6.71', a number '1.' or '(2)', a
# group's code of letters and digits ('K4 | Totaal preventie en nazorg' over K4.01 ... K4.15, 'W2').
# (Only there: a numbered line's other words keep their place, '1 Exploitatiesaldo ...' opening an EMU-saldo is no
# saldo of lines above it.)
_CODED_TOTAL = re.compile(r"\s*(?:\(\d{1,2}\)|(?:[A-Za-z]{1,3})?\d{1,2}(?:\.\d{1,2})*\.?)\s+(?=(?:totaal|subtotaal|sub totaal|eindtotaal|"
                          r"generaal totaal|total)\b)", re.IGNORECASE)


def line_key(label: object) -> str:
    """The label normalised (`normal`), without the code it starts with where a total's word follows it: a line's
    code is no word of its label, so '6 Totaal Sociaal domein' is called a total as 'Totaal Sociaal domein' is."""
    if not isinstance(label, str):
        return ""
    found = _CODED_TOTAL.match(label)
    return normal(label[found.end():] if found is not None else label)


# A code of a column of codes beside the labels: a letter or up to three ('I', 'S', 'V', 'N', 'inc'), or its title of
# such codes ('I/S', 'V/N')
SHORT_CODE = re.compile(r"[^\W\d_]{1,3}\.?(\s*/\s*[^\W\d_]{1,3}\.?)*")
# at most this many different codes in such a column: a small set, never a column of names
MAX_CODES = 4


def wordy(text: str) -> bool:
    """A text of words, more than three letters: a label, not a code ('S', 'inc', '6.71')."""
    return len(re.findall(r"[^\W\d_]", text)) > 3


def short_code(text: str) -> bool:
    """One code of a column of short codes on a line with figures (SHORT_CODE; not a title of codes, 'I/S')."""
    return SHORT_CODE.fullmatch(text.strip()) is not None and "/" not in text


def short_codes(texts: list[str]) -> bool:
    """Whether a column's texts on the lines with figures (those it holds) make a column of short codes, a column of
    its own beside the labels when a label of words stands left of it (an I/S column: incidenteel or structureel;
    V/N): two at least, each a `short_code`, from a small set (at most MAX_CODES different ones, 'S' and 's.' one).
    One rule for the grid (tables._code_columns) and for a PDF's words before the grid is made (pdf._code_column)."""
    return len(texts) >= 2 and all(short_code(text) for text in texts) and \
        len({text.strip().lower().rstrip(".") for text in texts}) <= MAX_CODES


# a line's number or code standing in a column of its own: '1.1', '2.02', '8.1', 'A12', '11a'
_LINE_CODE = re.compile(r"[^\W\d_]{0,3}\d{1,4}(?:[.\-/]\d{1,4})*[^\W\d_]?")
# a code with a word before it, or alone: 'Programma 1', 'Taakveld 0.1', 'Nr. 3', 'P1', '(2)', '1.'
_NAMED_CODE = re.compile(r"(?:[^\W\d_]+\.?\s+)?\(?[^\W\d_]{0,3}\d{1,4}(?:[.\-/]\d{1,4})*[^\W\d_]?\)?\.?")


def _reference(text: str) -> bool:
    """A reference such as a decision's kenmerk: letters and digits in at most three parts, each with a digit or
    without small letters ('VWS/2023-412', 'JenV/2024-3', 'PG 2024-018823', 'ESF+ 2023-R05'); no words ('Fase 2',
    'zie noot 3'), no number alone ('2022')."""
    parts = text.split()
    return bool(re.search(r"\d", text)) and bool(re.search(r"[^\W\d_]", text)) and 1 <= len(parts) <= 3 and all(
        re.search(r"\d", part) or not re.search(r"[a-z]", part) for part in parts)


def beside_the_names(lines: list[tuple[str, str]]) -> bool:
    """Whether a column of text right of the lines' names is a column of its own, no part of their labels: given, on
    each line with figures where the column holds a text, (the line's name as the columns left of it give it, that
    text). So when every line there has a name of words of its own (not a code: 'Programma 1' with its name right of
    it is one label, as is a heading repeated down a column of groups), two lines at least, and the column holds

    - the lines' numbers or codes, each its own ('1.1', '2.02': a Nr. column right of the label; not whole numbers,
      '2022' the year of a decision typed as text, which the label keeps as the workbook's figure), or
    - a description, a sentence or more on every line, longer than the names (a 'Doel' or 'Toelichting': 'Voorziening
      groot onderhoud kazernes' beside 'Egalisatie van de kosten van groot onderhoud aan de 23 kazernes ...'), or
    - references, each its own (`_reference`: a 'Kenmerk beschikking' column, 'VWS/2023-412', 'PG 2024-018823'), or
    - a kind each line is of, a few words repeated down the column: four lines or more, at most half as many kinds
      as lines (a subsidieregister's 'Regeling' beside the recipients: 'Budgetsubsidie', 'Incidentele subsidie').

    A name in two columns ('Sociaal domein' | 'Wmo'; a name and its short note) stays one label."""
    names = [name.strip() for name, __ in lines]
    texts = [text.strip() for __, text in lines]
    if len(lines) < 2 or len(set(names)) < len(names) or not all(
            wordy(name) and not _NAMED_CODE.fullmatch(name) for name in names):
        return False
    if all(_LINE_CODE.fullmatch(text) and re.search(r"\d", text) and not text.isdigit() for text in texts):
        return len(set(texts)) == len(texts)
    if all(map(_reference, texts)):
        return len(set(texts)) == len(texts)
    if len(texts) >= 4 and all(wordy(text) for text in texts) and 2 * len(set(texts)) <= len(texts):
        return True
    return all(len(text.split()) >= 4 for text in texts) and \
        sum(map(len, texts)) >= 1.5 * sum(map(len, names))


@dataclass(frozen=True)
class Cell:
    text: str
    number: Decimal | None = None
    ref: str = ""            # 'B22' in a workbook; '' in a PDF
    formula: bool = False
    as_text: bool = False    # a figure typed as text in a workbook
    unit: str = ""           # '€' or '%' when the figure carries one
    header: bool = False     # printed as a heading (a PDF line of years set apart from the figures)


@dataclass(frozen=True)
class Grid:
    name: str                                   # sheet name, or the PDF's file name
    cells: Mapping[tuple[int, int], Cell]
    places: Mapping[int, str] = EMPTY   # row -> 'page 2, line 7' (PDF)
    hidden_rows: frozenset[int] = frozenset()
    hidden_cols: frozenset[int] = frozenset()
    is_pdf: bool = False
    # a workbook's merged ranges (first row, first column, last row, last column): a title merged over some columns
    # heads those, not the empty cells after them
    merged: frozenset[tuple[int, int, int, int]] = frozenset()

    def __post_init__(self) -> None:
        _freeze(self, cells=frozen(self.cells), places=frozen(self.places),
                hidden_rows=frozenset(self.hidden_rows), hidden_cols=frozenset(self.hidden_cols),
                merged=frozenset(tuple(m) for m in self.merged))

    def place(self, row: int, col: int) -> str:
        cell = self.cells.get((row, col))
        if cell is not None and cell.ref:
            return cell.ref
        if not self.is_pdf:
            return f"{column_letter(col)}{row}"
        return self.places.get(row, f"row {row}")


@dataclass(frozen=True)
class Finding:
    sheet: str
    table: int
    place: str           # 'B22', or 'page 2, line 7'
    row_label: str
    column: str          # the column's header (its year)
    check: str
    kind: str            # 'sum', 'plug', 'year', 'hidden', 'typed total', 'text number'
    expected: Decimal | None = None
    found: Decimal | None = None
    difference: Decimal | None = None
    row: int = 0
    col: int = 0
    # a sum that misses by no more than rounding each shown figure on its own can explain: the table does
    # not add up as shown, but no amount is wrong by more than its rounding
    within_rounding: bool = False
    # beside the finding, what the auditor should see: one figure making this total and another failing one by
    # the same amount ('likely the altered figure'); '' for none
    note: str = ""
    # a 'follows' finding (a total that fails as printed but holds with the true value of a failing total among its
    # parts): the cells (row, column) of those failing totals, each blamed in a finding of its own
    follows_from: tuple[tuple[int, int], ...] = ()

    def __post_init__(self) -> None:
        _freeze(self, follows_from=tuple(tuple(cell) for cell in self.follows_from))

    @property
    def cell(self) -> str:  # the workbook cell, or the PDF place
        return self.place


@dataclass(frozen=True)
class Relation:
    axis: str            # 'row' or 'column'
    total: str           # the total line's label
    parts: tuple[str, ...]
    checked: int         # figures compared
    failed: int
    labelled: bool
    rule: str = ""       # the rule that proposed it (rules.RULES)
    # of the `failed` figures, those that fail as printed only through a failing total among the parts (they hold
    # with its true value: 'follows' findings), and the labels of those totals
    follows: int = 0
    through: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        _freeze(self, parts=tuple(self.parts), through=tuple(self.through))

    def describe(self) -> str:
        parts = ", ".join(self.parts[:4]) + (_(" ... ({count} lines)").format(count=len(self.parts))
                                             if len(self.parts) > 4 else "")
        if not self.failed:
            state = _("holds")
        elif not self.follows:
            state = _("fails in {failed} of {checked}").format(failed=self.failed, checked=self.checked)
        else:  # never 'holds' where it fails as printed, even where only a wrong total among its parts makes it
            state = _("fails in {failed} of {checked} as printed, of which {follows} only through {through}").format(
                failed=self.failed, checked=self.checked, follows=self.follows,
                through=", ".join(repr(label) for label in self.through))
        axis = _("row") if self.axis == "row" else _("column")
        return _("{axis} {total!r} = {parts}: {state}").format(axis=axis, total=self.total, parts=parts, state=state)


@dataclass(frozen=True)
class Table:
    number: int
    sheet: str
    first: str           # place of its first and last line of figures (the label's cell, or a PDF's page and line)
    last: str
    rows: int
    columns: tuple[str, ...]
    unit: Decimal
    scale: str = ""      # 'x EUR 1.000' when a line above says so
    span: tuple[int, int] = (0, 0)   # first and last grid row of the table
    relations: tuple[Relation, ...] = ()
    findings: tuple[Finding, ...] = ()
    unchecked: tuple[str, ...] = ()   # called a total, but nothing in the table adds up to it
    # of those: (label, axis, reason) for a total that has lines before it which could be its parts, yet none
    # add up to it (NOT verified: the file is not clean), and for one whose parts are not in the table (a
    # 'Totaal personeelskosten' printed as a line under its heading; 'Som gewichten' beside one weight)
    unverified: tuple[tuple[str, str, str], ...] = ()
    parts_elsewhere: tuple[tuple[str, str, str], ...] = ()
    # 'totaal activa' / 'totaal passiva' -> (label, {column header: (figure, row, column)}): a balans must balance
    sides: Mapping[str, tuple[str, Mapping[str, tuple[Decimal, int, int]]]] = EMPTY
    # the cells the table covers in a workbook, its top-left to its bottom-right cell, header rows and every column
    # included ('A3:E9'); '' for a PDF, whose lines are placed by page and line (first, last)
    extent: str = ""
    # columns left out of the sums by their titles ('Correctie', 'Gemiddeld', 'Tarief') that have a figure on a line
    # read as a total: those figures were not checked (said so, never under 'every total adds up')
    unsummed: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        _freeze(self, columns=tuple(self.columns), span=tuple(self.span), relations=tuple(self.relations),
                findings=tuple(self.findings), unchecked=tuple(self.unchecked),
                unverified=tuple(tuple(item) for item in self.unverified),
                parts_elsewhere=tuple(tuple(item) for item in self.parts_elsewhere), unsummed=tuple(self.unsummed),
                sides=FrozenDict({side: (label, frozen(figures)) for side, (label, figures) in self.sides.items()}))


# A sign a line's label gives it, at the label's end: '(+)' added, '(-/-)' or '(-)' taken off (the EMU-saldo's
# official model prints its figures unsigned and the signs in the labels); '(+/-)' a figure that carries its own sign
# (a boekwinst or -verlies), counted as printed. Typed bare in a column of their own right of the labels ('+', '-',
# '-/-', '+/-': the label then ends with them), they say the same.
_LABEL_SIGN = re.compile(r"\(\s*(\+|\+\s*/\s*\+|-\s*/\s*-|-|\+\s*/\s*-|-\s*/\s*\+)\s*\)$")
_BARE_SIGN = re.compile(r"\S\s+(\+|-\s*/\s*-|-|\+\s*/\s*-|-\s*/\s*\+)$")
# or before the label: '-/- Ontvangen bijdragen van derden' taken off, '+/+ Bijdragen' added
_LEADING_SIGN = re.compile(r"\s*(-\s*/\s*-|\+\s*/\s*\+)\s+(?=\S)")


def label_sign(label: str, values: Mapping[int, Decimal]) -> int:
    """The sign the label gives its line: 1 for '... (+)' or '... +', -1 for '... (-/-)', '... (-)', '... -/-' or
    '... -', 1 for '... (+/-)' or '... +/-' (the figure is signed as printed), -1 for '-/- ...' and 1 for '+/+ ...'
    before the label, 0 for none. A line labelled '(-/-)'
    whose figures are printed with their minus (each one negative or 0) is taken off already: it counts as printed
    (1), not taken off twice."""
    text = label.rstrip().replace("\u2212", "-").replace("\u2013", "-")
    found = _LABEL_SIGN.search(text) if text.endswith(")") else _BARE_SIGN.search(text)
    if found is None:
        found = _LEADING_SIGN.match(text)
    if found is None:
        return 0
    sign = found.group(1).replace(" ", "")
    if sign in ("+", "+/+", "+/-", "-/+"):
        return 1
    return 1 if any(values.values()) and all(v <= 0 for v in values.values()) else -1


def weak_sign(label: str) -> bool:
    """The label's sign says little on its own: a lone dash ending it ('Vennootschapsbelasting -': a sign in a
    column of signs, or a nil printed beside the label), or '+/-' ('Lasten +/-', a wijziging's column): a sign only
    where other labels give theirs too."""
    return re.search(r"(\s[-\u2212\u2013]|\+\s*/\s*[-\u2212\u2013]\s*\)?)$", label.rstrip()) is not None


@dataclass(frozen=True)
class Line:
    index: int           # row (or column) on the grid
    label: str           # as shown
    values: Mapping[int, Decimal]   # other axis -> figure
    units: Mapping[int, str] = EMPTY   # '€' or '%' where a figure carries one
    key: str = ""        # the label, normalised
    sign: int = 0        # the sign its label gives it ('(+)' 1, '(-/-)' -1, none 0: `label_sign`)

    def __post_init__(self) -> None:
        _freeze(self, key=line_key(self.label), values=frozen(self.values), units=frozen(self.units),
                sign=label_sign(self.label, self.values))




def rounding_allowance(parts: int) -> Decimal:
    """How many units n parts and their total, each rounded on its own, plausibly miss by: at most
    (n + 1) / 2, and in practice within four standard deviations of the sum of n + 1 rounding errors
    (each uniform within half a unit: variance 1/12; beyond it 1 in 15,000), never less than one unit.
    3 lines: 2; 6: 3; 22: 5 (a miss of 9 in 22 members is not rounding)."""
    spread = 4 * (Decimal(parts + 1) / 12).sqrt()
    return max(Decimal(1), min(Decimal(parts + 1) / 2, spread)).to_integral_value(rounding="ROUND_FLOOR")


@dataclass(frozen=True)
class Candidate:
    """A relation one rule proposes: `total` is the signed sum of `parts`, as `rule` (rules.RULES) says; its
    evidence: the figures compared (`checked`) and the positions on the other axis where it fails (`failed`).
    Unpacks as (total, signed parts, failing positions), as the fold's steps read a chosen relation."""
    total: Line
    parts: tuple[tuple[Line, int], ...]
    rule: str
    checked: int
    failed: tuple[int, ...] = ()

    def __post_init__(self) -> None:
        _freeze(self, parts=tuple(self.parts), failed=tuple(self.failed))

    def __iter__(self):
        return iter((self.total, self.parts, self.failed))

    def expected(self, position: int) -> Decimal:
        """The parts' signed sum at a position (a part in another unit, '%' beside '€', is left out)."""
        unit = self.total.units.get(position, "")
        return sum((s * p.values.get(position, Decimal(0)) for p, s in self.parts
                    if p.units.get(position, "") == unit), Decimal(0))

    def miss(self, position: int) -> Decimal:
        return self.total.values.get(position, Decimal(0)) - self.expected(position)

    def evidence(self, unit: Decimal) -> str:
        """'holds'; 'misses by rounding' (every miss within what rounding each shown figure explains); 'fails'."""
        if not self.failed:
            return "holds"
        allowance = unit * rounding_allowance(len(self.parts))
        return "misses by rounding" if all(abs(self.miss(q)) <= allowance for q in self.failed) else "fails"

    def relation(self, axis: str, labelled: bool = True, checked: int | None = None) -> Relation:
        return Relation(axis, self.total.label or "(no label)",
                        tuple(("-" if s < 0 else "") + (p.label or "(no label)") for p, s in self.parts),
                        self.checked if checked is None else checked, len(self.failed), labelled, self.rule)
