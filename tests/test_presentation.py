"""Controlled rounding: footing, the least total error (checked by brute force), and refusal."""

import itertools
import math
from fractions import Fraction

import pytest
from hypothesis import given, settings, strategies as st

from pyengine.errors import RoundingInfeasible
from pyengine.core.presentation import Node, _repair, controlled_round, foots

values = st.fractions(min_value=-30, max_value=30, max_denominator=1000)


def brute_force_least_error(root, leaf_values):
    """Try every floor/ceiling choice for every displayed figure; keep those that foot."""
    nodes = list(root.walk())
    exact = {}

    def add(node):
        if not node.children:
            exact[node.key] = leaf_values[node.key]
        else:
            parts = [add(c) for c in node.children]
            exact[node.key] = (sum(p[0] for p in parts), sum(p[1] for p in parts))
        return exact[node.key]

    add(root)
    cells = [(n.key, c) for n in nodes for c in range(3)]

    def value(key, c):
        b, w = exact[key]
        return (b, w, b + w)[c]

    options = [sorted({math.floor(value(k, c)), math.ceil(value(k, c))}) for k, c in cells]
    best = None
    for choice in itertools.product(*options):
        shown = {}
        for (key, c), v in zip(cells, choice):
            shown.setdefault(key, [0, 0, 0])[c] = v
        if foots(root, {k: tuple(v) for k, v in shown.items()}):
            continue
        error = sum(abs(v - value(k, c)) for (k, c), v in zip(cells, choice))
        best = error if best is None else min(best, error)
    return best, exact


def assert_foots_with_least_error(root, leaf_values):
    rounded = controlled_round(root, leaf_values)
    assert not foots(root, rounded.shown)
    best, exact = brute_force_least_error(root, leaf_values)
    ours = sum(abs(rounded.shown[k][c] - (exact[k][0], exact[k][1], sum(exact[k]))[c])
               for k in rounded.shown for c in range(3))
    assert ours == best


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(values, values), min_size=2, max_size=3))
def test_property_the_rounding_has_the_least_total_error_of_all_that_foot(leaves):
    root = Node("total", tuple(Node(f"line {i}") for i in range(len(leaves))))
    leaf_values = {f"line {i}": pair for i, pair in enumerate(leaves)}
    assert_foots_with_least_error(root, leaf_values)


def test_an_impossible_table_is_refused_not_printed():
    # a node that must send out one unit more than it can ever receive
    arcs = [["s", "a", 0, 0, 0], ["a", "t", 1, 1, 1], ["t", "s", 0, 1, 0]]
    with pytest.raises(RoundingInfeasible, match="admits no rounding"):
        _repair(arcs, {}, {}, [Fraction(0), Fraction(1), Fraction(0)])


def test_seed000_members_take_the_extra_unit_where_the_remainder_is_largest():
    members = {"Blaricum": 1010, "Eemnes": 932, "Gooise Meren": 5952, "Hilversum": 9220, "Huizen": 4343,
               "Laren": 1150, "Weesp": 1950, "Wijdemeren": 2443}
    root = Node("gemeentelijke bijdrage", tuple(Node(m) for m in members))
    rounded = controlled_round(root, {m: (Fraction(0), Fraction(-w, 1000)) for m, w in members.items()})
    assert [rounded.shown[m][1] for m in members] == [-1, -1, -6, -9, -4, -1, -2, -3]
    assert {k: v for k, v in rounded.corrections.items() if any(v)} == {"Wijdemeren": (0, -1, -1)}


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(values, values), min_size=3, max_size=3))
def test_property_least_error_with_a_subtotal_inside_the_total(leaves):
    root = Node("total", (Node("subtotal", (Node("line 0"), Node("line 1"))), Node("line 2")))
    leaf_values = {f"line {i}": pair for i, pair in enumerate(leaves)}
    assert_foots_with_least_error(root, leaf_values)
