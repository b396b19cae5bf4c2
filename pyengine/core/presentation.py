"""Presentation rounding that foots: controlled rounding of a table to a display unit.

The table: rows form a tree (lines -> subtotals -> totals -> saldo), and there are three columns,
Begroting + Wijziging = Bijgesteld. Wanted: whole display units such that
- every parent row equals the sum of its children, in every column;
- Begroting + Wijziging = Bijgesteld in every row;
- every displayed figure is its exact value rounded down or up (within one unit).

Such a rounding always exists here: the row sums (a tree) and the column sum form two laminar
families, whose constraint matrix is totally unimodular (Bacharach 1966; Cox 1987), so the exact
values are a feasible real flow in the network below and an integral flow exists too. We find one
as a feasible circulation: start from ordinary rounding (half away from zero) and repair the
imbalances along shortest residual paths, so that as few figures as possible move away from their
ordinary rounding. If no rounding exists (never for this structure, but the code checks), it
raises RoundingInfeasible instead of printing a table that does not add up.
"""

from __future__ import annotations

import heapq
import math
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from ..errors import RoundingInfeasible

COLUMNS = ("begroting", "wijziging")


@dataclass(frozen=True)
class Node:
    key: str
    children: tuple["Node", ...] = ()

    def walk(self):
        yield self
        for child in self.children:
            yield from child.walk()

    def leaves(self):
        return [n for n in self.walk() if not n.children]


@dataclass(frozen=True)
class Rounded:
    """Displayed whole units per row: (begroting, wijziging, bijgesteld) and the corrections applied
    on top of ordinary rounding (displayed - ROUND(exact))."""

    shown: dict[str, tuple[int, int, int]]
    corrections: dict[str, tuple[int, int, int]]


def controlled_round(root: Node, leaf_values: dict[str, tuple[Fraction, Fraction]]) -> Rounded:
    """Round the tree's exact (begroting, wijziging) leaf values, given in display units."""
    # Exact integer arithmetic throughout: every value scaled by one common denominator (a few hundred
    # Fraction operations per table instead of tens of thousands).
    denominator = 1
    for pair in leaf_values.values():
        for value in pair:
            denominator = math.lcm(denominator, _fraction(value).denominator)
    scaled_leaves = {key: tuple(_scaled(value, denominator) for value in pair) for key, pair in leaf_values.items()}
    exact: dict[str, tuple[int, int]] = {}

    def total(node: Node) -> tuple[int, int]:
        if not node.children:
            exact[node.key] = scaled_leaves[node.key]
        else:
            parts = [total(child) for child in node.children]
            exact[node.key] = (sum(p[0] for p in parts), sum(p[1] for p in parts))
        return exact[node.key]

    total(root)

    def floor(value: int) -> int:
        return value // denominator

    def ceil(value: int) -> int:
        return -(-value // denominator)

    def ordinary(value: int) -> int:  # half away from zero (Excel's ROUND), as money.round_units
        magnitude = (2 * abs(value) + denominator) // (2 * denominator)
        return -magnitude if value < 0 else magnitude

    # Network: s -> column trees (begroting, wijziging) -> leaves -> bijgesteld tree -> t -> s.
    arcs: list[list] = []  # [tail, head, low, high, flow]
    # The exact value each arc carries (scaled), or None for an arc that repeats a figure another arc already
    # carries (a leaf's cell joining its bijgesteld node; the grand total back to s): it costs nothing,
    # so that every displayed figure's error counts exactly once.
    exact_of: list[int | None] = []
    out_arcs: dict[str, list[int]] = {}
    in_arcs: dict[str, list[int]] = {}
    carrying: dict[tuple[str, int], int] = {}  # (row, column index 0/1/2) -> arc index

    def arc(tail: str, head: str, value: int, label: tuple[str, int]) -> None:
        arcs.append([tail, head, floor(value), ceil(value), ordinary(value)])
        exact_of.append(value)
        index = len(arcs) - 1
        out_arcs.setdefault(tail, []).append(index)
        in_arcs.setdefault(head, []).append(index)
        carrying[label] = index

    for column in (0, 1):
        arc("s", f"{column}:{root.key}", exact[root.key][column], (root.key, column))
    arc(f"2:{root.key}", "t", sum(exact[root.key]), (root.key, 2))
    for node in root.walk():
        for child in node.children:
            for column in (0, 1):
                arc(f"{column}:{node.key}", f"{column}:{child.key}", exact[child.key][column], (child.key, column))
            arc(f"2:{child.key}", f"2:{node.key}", sum(exact[child.key]), (child.key, 2))
        if not node.children:
            for column in (0, 1):  # the leaf's own cells join its bijgesteld node
                value = exact[node.key][column]
                arcs.append([f"{column}:{node.key}", f"2:{node.key}", floor(value), ceil(value),
                             arcs[carrying[(node.key, column)]][4]])
                exact_of.append(None)
                index = len(arcs) - 1
                out_arcs.setdefault(f"{column}:{node.key}", []).append(index)
                in_arcs.setdefault(f"2:{node.key}", []).append(index)
    total_value = sum(exact[root.key])
    arcs.append(["t", "s", floor(total_value), ceil(total_value), ordinary(total_value)])
    exact_of.append(None)
    out_arcs.setdefault("t", []).append(len(arcs) - 1)
    in_arcs.setdefault("s", []).append(len(arcs) - 1)
    _repair(arcs, out_arcs, in_arcs, exact_of, denominator)

    shown: dict[str, tuple[int, int, int]] = {}
    corrections: dict[str, tuple[int, int, int]] = {}
    for node in root.walk():
        values = tuple(arcs[carrying[(node.key, c)]][4] for c in (0, 1, 2))
        b, w = exact[node.key]
        shown[node.key] = values  # type: ignore[assignment]
        corrections[node.key] = tuple(v - o for v, o in zip(values, (ordinary(b), ordinary(w), ordinary(b + w))))  # type: ignore[assignment]
    return Rounded(shown, corrections)


def _fraction(value: Fraction | int) -> Fraction:
    return value if isinstance(value, Fraction) else Fraction(value)


def _scaled(value: Fraction | int, denominator: int) -> int:
    """``value`` x ``denominator`` (a multiple of its own denominator): exact."""
    value = _fraction(value)
    return value.numerator * (denominator // value.denominator)


def _repair(arcs: list[list], out_arcs: dict[str, list[int]], in_arcs: dict[str, list[int]],
            exact_of: list[Fraction | int | None], denominator: int | None = None) -> None:
    """Move units along cheapest residual paths until every node balances. The cost of moving an
    arc's figure by one is the rounding error it adds (|shown - exact| after minus before), so the
    result is a rounding with the least total error among all that foot: successive shortest paths
    from ordinary rounding, which is optimal per figure, so every residual cost starts >= 0 and
    Dijkstra with potentials applies. Costs are exact integers (values scaled to one denominator): ``exact_of``
    holds Fractions, or integers already scaled by ``denominator``."""
    nodes = list(dict.fromkeys([a[0] for a in arcs] + [a[1] for a in arcs]))
    index_of = {n: i for i, n in enumerate(nodes)}
    if denominator is None:
        denominator = 1
        for value in exact_of:
            if value is not None:
                denominator = math.lcm(denominator, _fraction(value).denominator)
        scaled = [None if value is None else _scaled(value, denominator) for value in exact_of]
    else:
        scaled = list(exact_of)
    tails = [index_of[a[0]] for a in arcs]
    heads = [index_of[a[1]] for a in arcs]
    lows = [a[2] for a in arcs]
    highs = [a[3] for a in arcs]
    flows = [a[4] for a in arcs]
    outgoing: list[list[int]] = [[] for _ in nodes]
    incoming: list[list[int]] = [[] for _ in nodes]
    for i in range(len(arcs)):
        outgoing[tails[i]].append(i)
        incoming[heads[i]].append(i)
    excess = [0] * len(nodes)
    for i in range(len(arcs)):
        excess[tails[i]] -= flows[i]
        excess[heads[i]] += flows[i]
    potential = [0] * len(nodes)

    def step_cost(i: int, direction: int) -> int:
        if scaled[i] is None:
            return 0
        now = flows[i] * denominator - scaled[i]
        return abs(now + direction * denominator) - abs(now)

    # the cost of moving each arc's figure one unit up or down, kept up to date as flows change
    up = [step_cost(i, +1) for i in range(len(arcs))]
    down = [step_cost(i, -1) for i in range(len(arcs))]
    unreached = len(nodes) * [None]
    source = 0  # a node's surplus only ever shrinks: the next one with a surplus is never before this one
    while True:
        while source < len(nodes) and excess[source] <= 0:
            source += 1
        if source == len(nodes):
            break
        distance: list[int | None] = list(unreached)
        distance[source] = 0
        previous: dict[int, tuple[int, int, int]] = {}
        done = [False] * len(nodes)
        settled: list[int] = []
        heap = [(0, source)]
        target = None
        while heap:
            dist, node = heapq.heappop(heap)
            if done[node]:
                continue
            done[node] = True
            settled.append(node)
            if excess[node] < 0:
                target = node
                break
            base = dist + potential[node]
            for i in outgoing[node]:
                if flows[i] < highs[i]:
                    other = heads[i]
                    if done[other]:
                        continue
                    candidate = base + up[i] - potential[other]
                    known = distance[other]
                    if known is None or candidate < known:
                        distance[other] = candidate
                        previous[other] = (node, i, +1)
                        heapq.heappush(heap, (candidate, other))
            for i in incoming[node]:
                if flows[i] > lows[i]:
                    other = tails[i]
                    if done[other]:
                        continue
                    candidate = base + down[i] - potential[other]
                    known = distance[other]
                    if known is None or candidate < known:
                        distance[other] = candidate
                        previous[other] = (node, i, -1)
                        heapq.heappush(heap, (candidate, other))
        if target is None:
            raise RoundingInfeasible(
                "this table admits no rounding to whole display units in which every total equals the sum of "
                "its parts; show the amounts in a smaller unit")
        limit = distance[target]
        # keep reduced costs non-negative for the next search: every node's potential rises by the limit, a
        # settled node's by its distance (only differences of potentials count: the others stay as they are)
        for node in settled:
            potential[node] += distance[node] - limit
        node = target
        while node != source:
            parent, i, direction = previous[node]
            flows[i] += direction
            up[i], down[i] = step_cost(i, +1), step_cost(i, -1)
            node = parent
        excess[source] -= 1
        excess[target] += 1
    for i, flow in enumerate(flows):
        arcs[i][4] = flow


def within_one_unit(shown: int, exact: Decimal | Fraction | int, unit: int) -> bool:
    """Whether ``shown`` whole units of ``unit`` lie within one unit of ``exact`` (exact integer arithmetic)."""
    numerator, denominator = exact.as_integer_ratio()
    return abs(shown * unit * denominator - numerator) < unit * denominator


def foots(root: Node, shown: dict[str, tuple[int, int, int]]) -> list[str]:
    """Every violation of footing in a displayed table (empty when it foots)."""
    problems = []
    for node in root.walk():
        b, w, a = shown[node.key]
        if b + w != a:
            problems.append(f"{node.key}: {b} + {w} != {a}")
        if node.children:
            for column in range(3):
                parts = sum(shown[child.key][column] for child in node.children)
                if parts != shown[node.key][column]:
                    problems.append(f"{node.key} column {column}: parts {parts} != total {shown[node.key][column]}")
    return problems
