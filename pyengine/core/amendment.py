"""The begrotingswijziging (budget amendment): model and computation. Pure: no files, no Excel.

Invariants (checked in ``compute`` and again, as live formulas, on the workbook's Controles sheet):
- bijgestelde begroting = begroting + wijziging, for every line and total, every year;
- every total is the sum of its lines; saldo = lasten + baten; final saldo = saldo + reserves;
- the members' contributions add up to the gemeentelijke bijdrage, in begroting and in wijziging;
  the wijziging per member is the change in gemeentelijke bijdrage split by that year's key;
- the displayed table (x EUR 1.000) foots in every one of these relations, and every displayed
  figure is within one display unit of its exact value.

Internally baten are negative (as printed in seed 000: "Totaal gemeentelijke bijdrage -3.794").
An input that writes baten as positive numbers says so (``baten_negative=False``); the figures are
turned around on the way in and on the way out, never inside the computation.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction

from .allocation import method_named
from ..errors import InputError
from .keys import Key
from .members import identity, shown
from .presentation import Node, Rounded, controlled_round, foots, within_one_unit
from ..i18n import _, amount

LASTEN = (
    ("personeelskosten", "Totaal personeelskosten"),
    ("kapitaallasten", "Totaal kapitaallasten"),
    ("materiele_kosten", "Totaal materiële kosten"),
    ("overhead_primair_proces", "Overhead-primair proces"),
    ("overhead_regio", "Overhead-Regio"),
    ("dotatie_voorzieningen", "Dotatie aan voorzieningen"),
)
BATEN = (
    ("gemeentelijke_bijdrage", "Totaal gemeentelijke bijdrage"),
    ("centrumgemeente_bijdrage", "Totaal centrumgemeente bijdrage"),
    ("rijksbijdrage", "Totaal Rijksbijdrage"),
    ("bijdragen_derden", "Totaal bijdragen derden"),
    ("overige_baten", "Totaal overige baten"),
    ("onttrekking_voorziening", "Onttrekking uit voorziening"),
)
RESERVES = (
    ("dotatie_reserves", "Dotatie bestemmingsreserve(s)"),
    ("onttrekking_reserves", "Onttrekking bestemmingsreserve(s)"),
)
TOTALS = {
    "totaal_overhead": "Totaal overhead",
    "totaal_lasten": "Totaal lasten",
    "totaal_baten": "Totaal baten",
    "saldo_baten_lasten": "Saldo van baten en lasten",
    "totaal_reserves": "Totaal mutatie reserves",
    "saldo": "Saldo",
    "bijdragen_totaal": "Totaal bijdragen gemeenten",
}
LINE_CODES = tuple(code for code, _ in LASTEN + BATEN + RESERVES)
BATEN_CODES = tuple(code for code, _ in BATEN)
LABELS = {**dict(LASTEN + BATEN + RESERVES), **TOTALS}
MEMBER_PREFIX = "lid:"
CENTRUM_ROW = "centrumgemeente_bijdrage"
CLOSING_LINE = "gemeentelijke_bijdrage"  # the line "sluitend" derives, and whose wijziging is split


@dataclass(frozen=True)
class Source:
    role: str  # e.g. "invoer", "verdeelsleutel 2021"
    name: str
    sha256: str


@dataclass(frozen=True)
class Amendment:
    number: str
    title: str
    organisation: str
    years: tuple[int, ...]
    # line code -> per year (begroting, wijziging), exact euros, baten negative
    lines: dict[str, tuple[tuple[Decimal, Decimal], ...]]
    # member name -> per year begroting of its bijdrage (negative, like the baten line)
    member_begroting: dict[str, tuple[Decimal, ...]] = field(default_factory=dict)
    keys: tuple[Key, ...] = ()  # one per year
    kenmerk: str = ""
    programme: str = ""
    onderdeel: str = ""
    taakveld: str = ""
    centrumgemeente: str = ""
    toelichting: tuple[str, ...] = ()
    adopted_by: str = ""
    adopted_on: str = ""
    unit: int = 1000
    baten_negative: bool = True
    method: str = "largest_remainder"
    sources: tuple[Source, ...] = ()
    # the change in gemeentelijke bijdrage was derived as what closes every year (bijdrage = "sluitend")
    closing_bijdrage: bool = False
    # an unbalanced amendment may be written, its saldo shown. The core computes any amendment; the rule
    # "balanced by default" is the inputs' (amendment_from_document sets this from saldo_toegestaan, default false)
    saldo_allowed: bool = True
    views: str = ""  # the line in the besluit on the zienswijzen of the raden (optional)
    show_zero_lines: bool = False  # lines 0 in every column stay visible on the printed document

    @property
    def has_members(self) -> bool:
        return bool(self.member_begroting)


@dataclass(frozen=True)
class Check:
    description: str
    passed: bool
    detail: str = ""


@dataclass(frozen=True)
class YearResult:
    year: int
    exact: dict[str, tuple[Decimal, Decimal, Decimal]]  # row -> (begroting, wijziging, bijgesteld) in euros
    rounded: Rounded  # row -> displayed whole display units and corrections


@dataclass(frozen=True)
class AmendmentResult:
    amendment: Amendment
    tree: Node
    years: tuple[YearResult, ...]
    checks: tuple[Check, ...]

    @property
    def all_passed(self) -> bool:
        return all(c.passed for c in self.checks)

    def member_wijziging(self, name: str) -> tuple[Decimal, ...]:
        return tuple(y.exact[MEMBER_PREFIX + name][1] for y in self.years)


def row_tree(member_names: list[str]) -> Node:
    """The rows of one year's table as a tree (a parent is the sum of its children)."""
    lasten = Node("totaal_lasten", (
        Node("personeelskosten"), Node("kapitaallasten"), Node("materiele_kosten"),
        Node("totaal_overhead", (Node("overhead_primair_proces"), Node("overhead_regio"))),
        Node("dotatie_voorzieningen")))
    if member_names:
        gemeentelijk = Node("gemeentelijke_bijdrage", tuple(Node(MEMBER_PREFIX + m) for m in member_names))
        bijdragen = Node("bijdragen_totaal", (gemeentelijk, Node("centrumgemeente_bijdrage")))
        baten_children: tuple[Node, ...] = (bijdragen,)
    else:
        baten_children = (Node("gemeentelijke_bijdrage"), Node("centrumgemeente_bijdrage"))
    baten = Node("totaal_baten", baten_children + (
        Node("rijksbijdrage"), Node("bijdragen_derden"), Node("overige_baten"), Node("onttrekking_voorziening")))
    reserves = Node("totaal_reserves", (Node("dotatie_reserves"), Node("onttrekking_reserves")))
    return Node("saldo", (Node("saldo_baten_lasten", (lasten, baten)), reserves))


def final_saldo(amendment: Amendment) -> tuple[Decimal, ...]:
    """Per year, the saldo after the change and after reserve mutations (the sum of every line,
    begroting + wijziging, baten negative): 0 in every year for a balanced amendment."""
    return tuple(sum((sum(amendment.lines[code][y]) for code in amendment.lines), Decimal(0))
                 for y in range(len(amendment.years)))


def closing_change(lines: dict[str, tuple[tuple[Decimal, Decimal], ...]], years: int) -> tuple[Decimal, ...]:
    """Per year, the change in gemeentelijke bijdrage that makes the saldo after the change 0
    (``bijdrage = "sluitend"``): minus everything else, begroting and wijziging."""
    return tuple(-sum((b + (0 if code == CLOSING_LINE else w) for code, values in lines.items()
                       for b, w in (values[y],)), Decimal(0)) for y in range(years))


def begroting_saldi(lines: dict[str, tuple[tuple[Decimal, Decimal], ...]], years: int) -> tuple[Decimal, ...]:
    """Per year, the saldo of the begroting alone (after reserve mutations): 0 for a begroting that closes."""
    return tuple(sum((values[y][0] for values in lines.values()), Decimal(0)) for y in range(years))


def unbalanced_years(amendment: Amendment) -> tuple[tuple[int, Decimal], ...]:
    """(year, saldo) for every year whose saldo after the change is not 0."""
    return tuple((year, saldo) for year, saldo in zip(amendment.years, final_saldo(amendment)) if saldo)


# The document kinds a spec names (soort), here and not in inputs/schema so that the command line reads them light.
KINDS = ("begrotingswijziging", "kostenverdeling", "meerjarenraming", "sleutelvergelijking", "afrekening")
DISPLAY_UNITS = (1, 10, 100, 1000, 10000, 100000, 1000000)  # "Bedragen x EUR 1.000": powers of ten
# the same list as a person reads it in a message or a cell's prompt: "1, 10, 100, 1000 ... 1000000"
DISPLAY_UNITS_TEXT = ", ".join(str(unit) for unit in DISPLAY_UNITS[:4]) + " ... " + str(DISPLAY_UNITS[-1])


def validate(amendment: Amendment) -> None:
    years = amendment.years
    if not 1 <= len(years) <= 5:
        raise InputError(_('jaren: give 1 to 5 years, got {count}').format(count=len(years)))
    if any(b <= a for a, b in zip(years, years[1:])):
        raise InputError(_('jaren must be increasing, got {names}').format(names=', '.join(map(str, years))))
    if amendment.unit not in DISPLAY_UNITS:
        raise InputError(_('eenheid must be {units} (a power of ten), got {unit}').format(units=DISPLAY_UNITS_TEXT, unit=amendment.unit))
    unknown = set(amendment.lines) - set(LINE_CODES)
    if unknown:
        raise InputError(_('unknown line(s): {names}; known: {names2}').format(names=', '.join(sorted(unknown)), names2=', '.join(LINE_CODES)))
    for code, values in amendment.lines.items():
        if len(values) != len(years):
            raise InputError(_('{code}: {count} year(s) of figures for {count2} year(s) in jaren').format(code=code, count=len(values), count2=len(years)))
    method_named(amendment.method)
    if not amendment.has_members:
        return
    if len(amendment.keys) != len(years):
        raise InputError(_('verdeelsleutel: one key per year needed, got {count} for {count2} years').format(count=len(amendment.keys), count2=len(years)))
    names = list(amendment.member_begroting)
    for index, (year, key) in enumerate(zip(years, amendment.keys)):
        if set(key.names) != set(names):
            refuse_spelled_two_ways(key, names, year)
            missing = sorted(set(names) - set(key.names))
            extra = sorted(set(key.names) - set(names))
            parts = [_("missing {names}").format(names=", ".join(missing)) if missing else "",
                     _("not a member: {names}").format(names=", ".join(extra)) if extra else ""]
            raise InputError(_('verdeelsleutel {year} ({source}): members differ from bijdrage_gemeente: {differences}').format(
                year=year, source=key.source or key.name, differences="; ".join(p for p in parts if p)))
        member_sum = sum((amendment.member_begroting[n][index] for n in names), Decimal(0))
        line = amendment.lines.get("gemeentelijke_bijdrage", ((Decimal(0), Decimal(0)),) * len(years))[index][0]
        if member_sum != line:
            raise InputError(_("bijdrage_gemeente {year}: the members' begroting adds up to {member_sum}, but gemeentelijke_bijdrage begroting {year} is {line} (difference {value})").format(
                year=year, member_sum=amount(member_sum), line=amount(line), value=amount(member_sum - line)))


def refuse_spelled_two_ways(key: Key, names: list[str], year: int | None = None) -> None:
    """Refuse a member the key and bijdrage_gemeente write differently ('Leiden' / 'LEIDEN'): by the one
    identity rule (core.members) it is one member, so neither 'missing' nor 'not a member' is true. It is
    refused, not matched: which spelling the workbook should show is the officer's to choose."""
    ours = {identity(n): n for n in names if n not in key.names}
    pairs = [(k, ours[identity(k)]) for k in key.names if k not in names and identity(k) in ours]
    if pairs:
        in_key, in_spec = pairs[0]
        raise InputError(_("verdeelsleutel{year} ({source}): '{in_key}' in the key and '{in_spec}' in bijdrage_gemeente "
                           "are the same member written two ways (case, spaces, invisible characters or Unicode form); "
                           "write it the same way in both").format(
            year=f" {year}" if year is not None else "", source=key.source or key.name, in_key=shown(in_key),
            in_spec=shown(in_spec)))


def compute(amendment: Amendment) -> AmendmentResult:
    validate(amendment)
    names = list(amendment.member_begroting)
    tree = row_tree(names)
    zero = (Decimal(0), Decimal(0))
    results = []
    for index, year in enumerate(amendment.years):
        leaves: dict[str, tuple[Decimal, Decimal]] = {
            code: amendment.lines.get(code, (zero,) * len(amendment.years))[index] for code in LINE_CODES}
        if names:
            change = leaves["gemeentelijke_bijdrage"][1]
            shares = amendment.keys[index].allocate(change, decimals=2, method=amendment.method)
            for name in names:
                leaves[MEMBER_PREFIX + name] = (amendment.member_begroting[name][index], shares[name])
        exact: dict[str, tuple[Decimal, Decimal, Decimal]] = {}

        def add_up(node: Node) -> tuple[Decimal, Decimal]:
            if node.children:
                parts = [add_up(child) for child in node.children]
                b = sum((p[0] for p in parts), Decimal(0))
                w = sum((p[1] for p in parts), Decimal(0))
            else:
                b, w = leaves[node.key]
            exact[node.key] = (b, w, b + w)
            return b, w

        add_up(tree)
        unit = Fraction(amendment.unit)
        rounded = controlled_round(tree, {leaf.key: (Fraction(exact[leaf.key][0]) / unit,
                                                     Fraction(exact[leaf.key][1]) / unit)
                                          for leaf in tree.leaves()})
        results.append(YearResult(year, exact, rounded))
    return AmendmentResult(amendment, tree, tuple(results), tuple(_checks(amendment, tree, results)))


def _checks(amendment: Amendment, tree: Node, years: list[YearResult]) -> list[Check]:
    checks = []
    for result in years:
        problems = foots(tree, result.rounded.shown)
        checks.append(Check(f"{result.year}: getoonde tabel telt op (x {amendment.unit})", not problems,
                            "; ".join(problems)))
        far = [key for key, shown in result.rounded.shown.items()
               if any(not within_one_unit(s, e, amendment.unit) for s, e in zip(shown, result.exact[key]))]
        checks.append(Check(f"{result.year}: elk getoond bedrag ligt binnen 1 eenheid van het exacte bedrag",
                            not far, ", ".join(far)))
        if amendment.has_members:
            change = result.exact["gemeentelijke_bijdrage"][1]
            members = sum((result.exact[MEMBER_PREFIX + n][1] for n in amendment.member_begroting), Decimal(0))
            checks.append(Check(f"{result.year}: wijziging per gemeente telt op tot de wijziging gemeentelijke bijdrage",
                                members == change, f"{members} vs {change}"))
    return checks


def with_key(amendment: Amendment, key: Key, source: Source | None = None) -> Amendment:
    """The amendment with ``key`` for every year (``pyengine generate --key``).

    When the key's members differ from the amendment's, each member's begroting is not known from
    the input either: it is then the begroting of the gemeentelijke bijdrage split by the same key,
    so that the members still add up to it (stated in the workbook's Herkomst)."""
    from dataclasses import replace

    names = key.names
    member_begroting = dict(amendment.member_begroting)
    if set(names) != set(member_begroting):
        refuse_spelled_two_ways(key, list(member_begroting))
        line = amendment.lines.get("gemeentelijke_bijdrage", ((Decimal(0), Decimal(0)),) * len(amendment.years))
        per_year = [key.allocate(line[y][0], decimals=2) for y in range(len(amendment.years))]
        member_begroting = {n: tuple(per_year[y][n] for y in range(len(amendment.years))) for n in names}
    sources = amendment.sources + ((source,) if source else ())
    return replace(amendment, member_begroting=member_begroting, keys=(key,) * len(amendment.years), sources=sources)
