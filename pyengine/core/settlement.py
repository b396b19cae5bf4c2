"""The afrekening (settlement after the year): model and computation. Pure: no files, no Excel.

After the jaarrekening each deelnemer's voorschot (what it paid in advance) is settled against its
share of the real net cost. The arithmetic, exact in euros and cents:

- netto kosten = werkelijke lasten - werkelijke baten + reserve (the bestemming: a dotatie to a reserve
  is borne by the members; a negative reserve is an onttrekking that lowers their cost);
- definitieve bijdrage per deelnemer = the netto kosten split by the key with the settlement's method,
  to the cent; the bijdragen add up exactly to the netto kosten;
- verrekening per deelnemer = voorschot - definitieve bijdrage (positive: refunded to the gemeente,
  negative: the gemeente pays);
- resultaat = voorschotten + werkelijke baten - werkelijke lasten; te verrekenen = resultaat - reserve,
  and the verrekeningen add up exactly to it (sum(v - d) = V - (L - B + R)).

Amounts are positive in the model (lasten and baten as the officer writes them); the presentation
table (``tree``) carries lasten and the reserve negative, so that every total is the sum of its rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from ..errors import InputError
from ..i18n import _, amount
from .allocation import allocate, exact_quotas, method_named
from .amendment import DISPLAY_UNITS, DISPLAY_UNITS_TEXT, Check, Source
from .keys import Key
from .presentation import Node, Rounded, controlled_round, foots

LASTEN, BATEN = "lasten", "baten"
LINE_PREFIX = {LASTEN: "l:", BATEN: "b:"}
ROWS = {  # the presentation rows that are not a line: Dutch labels of the Overzicht
    "totaal_lasten": "Totaal lasten",
    "totaal_baten": "Totaal baten (exclusief bijdragen deelnemers)",
    "voorschotten": "Bijdragen deelnemers (voorschotten)",
    "resultaat": "Resultaat",
    "reserve": "Resultaatbestemming: toevoeging aan reserve",
    "te_verrekenen": "Te verrekenen met de deelnemers",
}


@dataclass(frozen=True)
class SettlementLine:
    """One line of lasten or baten: the bijgestelde begroting and the realisatie of the year (euros, >= 0)."""

    code: str
    label: str
    begroting: Decimal
    realisatie: Decimal
    new: bool = False  # declared new: not in the begroting (its begroting is 0)

    @property
    def verschil(self) -> Decimal:
        return self.realisatie - self.begroting


@dataclass(frozen=True)
class Settlement:
    year: int
    title: str
    organisation: str
    lasten: tuple[SettlementLine, ...]
    baten: tuple[SettlementLine, ...]
    voorschotten: dict[str, Decimal]  # member -> what it paid in advance (euros)
    key: Key  # the key of the year; its order is the order of the Verdeling
    reserve: Decimal = Decimal(0)  # added to a reserve by the algemeen bestuur (negative: taken from it)
    reserve_label: str = ""  # the reserve's name
    method: str = "largest_remainder"
    unit: int = 1  # display unit of the Overzicht
    kenmerk: str = ""
    toelichting: tuple[str, ...] = ()
    sources: tuple[Source, ...] = ()

    @property
    def members(self) -> list[str]:
        return self.key.names

    def lines(self, side: str) -> tuple[SettlementLine, ...]:
        return self.lasten if side == LASTEN else self.baten


@dataclass(frozen=True)
class MemberSettlement:
    name: str
    weight: Decimal
    percentage: Decimal  # aandeel in %, two decimals, the percentages add up to exactly 100.00
    voorschot: Decimal
    definitief: Decimal
    verrekening: Decimal  # voorschot - definitief: positive is refunded, negative is to be paid

    @property
    def refunded(self) -> bool:
        return self.verrekening >= 0


@dataclass(frozen=True)
class SettlementResult:
    settlement: Settlement
    totals: dict[str, tuple[Decimal, Decimal]]  # row -> (begroting, realisatie) in euros, signs as shown
    net_cost: Decimal
    resultaat: Decimal
    te_verrekenen: Decimal
    members: tuple[MemberSettlement, ...]
    tree: Node  # the Overzicht's rows, lasten and reserve negative (a parent is the sum of its children)
    exact: dict[str, tuple[Decimal, Decimal, Decimal]]  # tree row -> (begroting, verschil, realisatie)
    rounded: Rounded  # the Overzicht in whole display units: (begroting, verschil, realisatie)
    checks: tuple[Check, ...]

    @property
    def all_passed(self) -> bool:
        return all(c.passed for c in self.checks)

    def member(self, name: str) -> MemberSettlement:
        return next(m for m in self.members if m.name == name)


def line_key(side: str, code: str) -> str:
    return LINE_PREFIX[side] + code


def net_cost_of(settlement: Settlement) -> Decimal:
    """werkelijke lasten - werkelijke baten + reserve: what the members bear."""
    lasten = sum((line.realisatie for line in settlement.lasten), Decimal(0))
    baten = sum((line.realisatie for line in settlement.baten), Decimal(0))
    return lasten - baten + settlement.reserve


def member_problems(voorschotten: list[str], key_members: list[str]) -> tuple[list[str], list[str]]:
    """(members with a voorschot but not in the key, members of the key without a voorschot)."""
    return ([m for m in voorschotten if m not in key_members], [m for m in key_members if m not in voorschotten])


def validate(settlement: Settlement) -> None:
    """The refusals of the model itself (the spec readers refuse the same with the place named)."""
    problems = []
    if settlement.unit not in DISPLAY_UNITS:
        problems.append(_("eenheid must be {units} (a power of ten), got {unit}").format(
            units=DISPLAY_UNITS_TEXT, unit=settlement.unit))
    method_named(settlement.method)
    not_in_key, without = member_problems(list(settlement.voorschotten), settlement.key.names)
    if not_in_key:
        problems.append(_("voorschotten: {names} not in the verdeelsleutel").format(names=", ".join(not_in_key)))
    if without:
        problems.append(_("voorschotten: no voorschot for {names} of the verdeelsleutel").format(
            names=", ".join(without)))
    for side in (LASTEN, BATEN):
        for line in settlement.lines(side):
            if line.begroting < 0 or line.realisatie < 0:
                problems.append(_("{side} {line}: amounts are positive, got begroting {begroting}, realisatie "
                                  "{realisatie}").format(side=side, line=line.code, begroting=amount(line.begroting),
                                                         realisatie=amount(line.realisatie)))
    if problems:
        raise InputError("\n".join(problems))
    net = net_cost_of(settlement)
    if net < 0:
        raise InputError(negative_net_cost(settlement, net))


def negative_net_cost(settlement: Settlement, net: Decimal) -> str:
    lasten = sum((line.realisatie for line in settlement.lasten), Decimal(0))
    baten = sum((line.realisatie for line in settlement.baten), Decimal(0))
    return _("the net cost is negative ({net} = werkelijke lasten {lasten} - werkelijke baten {baten} + reserve "
             "{reserve}): the baten exceed the lasten, so the members would not bear a cost but receive money beyond "
             "their voorschot; check the realisatie, or let the algemeen bestuur add the surplus to a reserve "
             "(resultaatbestemming)").format(net=amount(net), lasten=amount(lasten), baten=amount(baten),
                                              reserve=amount(settlement.reserve))


def percentages(key: Key) -> list[Decimal]:
    """Each member's aandeel in the key in % to two decimals, adding up to exactly 100.00 (largest remainder)."""
    return allocate(100, key.weights, decimals=2)


def row_tree(settlement: Settlement) -> Node:
    lasten = Node("totaal_lasten", tuple(Node(line_key(LASTEN, line.code)) for line in settlement.lasten))
    baten = Node("totaal_baten", tuple(Node(line_key(BATEN, line.code)) for line in settlement.baten))
    resultaat = Node("resultaat", (lasten, baten, Node("voorschotten")))
    return Node("te_verrekenen", (resultaat, Node("reserve")))


def compute(settlement: Settlement) -> SettlementResult:
    validate(settlement)
    s = settlement
    net = net_cost_of(s)
    shares = s.key.allocate(net, decimals=2, method=s.method)
    advance = sum(s.voorschotten.values(), Decimal(0))
    percent = percentages(s.key)
    members = tuple(MemberSettlement(m.name, m.effective_weight, p, s.voorschotten[m.name], shares[m.name],
                                     s.voorschotten[m.name] - shares[m.name])
                    for m, p in zip(s.key.members, percent))
    lasten = [sum((getattr(line, f) for line in s.lasten), Decimal(0)) for f in ("begroting", "realisatie")]
    baten = [sum((getattr(line, f) for line in s.baten), Decimal(0)) for f in ("begroting", "realisatie")]
    resultaat = advance + baten[1] - lasten[1]
    te_verrekenen = resultaat - s.reserve
    tree = row_tree(s)
    leaves: dict[str, tuple[Decimal, Decimal]] = {"voorschotten": (advance, advance), "reserve": (Decimal(0), -s.reserve)}
    for side, sign in ((LASTEN, -1), (BATEN, 1)):
        for line in s.lines(side):
            leaves[line_key(side, line.code)] = (sign * line.begroting, sign * line.realisatie)
    exact: dict[str, tuple[Decimal, Decimal, Decimal]] = {}

    def add_up(node: Node) -> tuple[Decimal, Decimal]:
        if node.children:
            parts = [add_up(child) for child in node.children]
            b, r = sum((p[0] for p in parts), Decimal(0)), sum((p[1] for p in parts), Decimal(0))
        else:
            b, r = leaves.get(node.key, (Decimal(0), Decimal(0)))  # a side without lines: 0
        exact[node.key] = (b, r - b, r)
        return b, r

    add_up(tree)
    unit = Fraction(s.unit)
    rounded = controlled_round(tree, {leaf.key: (Fraction(exact[leaf.key][0]) / unit, Fraction(exact[leaf.key][1]) / unit)
                                      for leaf in tree.leaves()})
    totals = {"totaal_lasten": (lasten[0], lasten[1]), "totaal_baten": (baten[0], baten[1]),
              "voorschotten": (advance, advance)}
    result = SettlementResult(s, totals, net, resultaat, te_verrekenen, members, tree, exact, rounded, ())
    return SettlementResult(**{**result.__dict__, "checks": tuple(_checks(result))})


def _checks(result: SettlementResult) -> list[Check]:
    s = result.settlement
    members = result.members
    definitief = sum((m.definitief for m in members), Decimal(0))
    verrekening = sum((m.verrekening for m in members), Decimal(0))
    quotas = exact_quotas(result.net_cost, [m.effective_weight for m in s.key.members], 2) \
        if method_named(s.method) == "largest_remainder" and not s.key.fixed_per_member and result.net_cost else None
    far = [m.name for m, q in zip(members, quotas or ()) if abs(Fraction(m.definitief) * 100 - q) >= 1]
    problems = foots(result.tree, result.rounded.shown)
    distant = [key for key, shown in result.rounded.shown.items()
               if any(abs(Fraction(v) - Fraction(e) / s.unit) >= 1 for v, e in zip(shown, result.exact[key]))]
    return [
        Check("definitieve bijdragen tellen op tot de netto kosten", definitief == result.net_cost,
              f"{definitief} vs {result.net_cost}"),
        Check("verrekeningen tellen op tot resultaat - reserve", verrekening == result.te_verrekenen,
              f"{verrekening} vs {result.te_verrekenen}"),
        Check("elke definitieve bijdrage ligt minder dan 1 cent van het exacte quotum", not far, ", ".join(far)),
        Check("getoond overzicht telt op", not problems, "; ".join(problems)),
        Check("elk getoond bedrag ligt binnen 1 eenheid van het exacte bedrag", not distant, ", ".join(distant)),
    ]
