"""The Excel functions, called the way classic xlwings calls them on Windows: numbers as float,
blanks as None, text as str, dates as datetime, error cells as '#DIV/0!' (err_to_str), ranges as
2-D lists."""

import datetime as dt
import inspect
import json
import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

import udfs
from pyengine import allocate, fte_cost, hours_cost
from pyengine.inputs.rates import default_rates
from udfs.excel import EXCEL_FUNCTIONS

from seed_figures import BELEIDSTEAM_HOURS, FORMATIE, JEUGD_PERCENTAGES, LEERHUIS_CONTRIBUTIONS

EXPOSED = ["ALLOCATE", "VERDEEL", "FTE_COST", "LOONKOSTEN", "HOURS_COST", "FTE", "CONTINGENCY", "ONVOORZIEN",
           "PRORATE"]


def column(values):
    return [[float(v)] for v in values]


def test_allocate_spills_a_column_for_a_column_and_a_row_for_a_row():
    weights = list(LEERHUIS_CONTRIBUTIONS.values())
    as_column = udfs.ALLOCATE(27.0, column(weights))
    assert as_column == [[1.0], [1.0], [6.0], [9.0], [4.0], [1.0], [2.0], [3.0]]
    as_row = udfs.ALLOCATE(27.0, [[float(w) for w in weights]])
    assert as_row == [[1.0, 1.0, 6.0, 9.0, 4.0, 1.0, 2.0, 3.0]]
    assert udfs.ALLOCATE(10.0, [[1.0, 1.0], [1.0, 1.0]]) == [[3.0, 3.0], [2.0, 2.0]]
    assert udfs.ALLOCATE(5.0, [[2.0]]) == [[5.0]]


def test_allocate_equals_the_engine_to_the_cent_and_adds_up():
    pct = [float(p) for p in JEUGD_PERCENTAGES.values()]
    result = udfs.ALLOCATE(105000.0, column(pct), 2.0, None)
    assert [r[0] for r in result] == [float(s) for s in allocate(105000, pct, decimals=2)]
    assert sum(Decimal(repr(r[0])) for r in result) == 105000
    assert udfs.VERDEEL(-27000.0, column(LEERHUIS_CONTRIBUTIONS.values()), -3.0, "sainte-laguë")[3] == [-9000.0]


def test_blank_weight_cells_count_as_zero():
    assert udfs.ALLOCATE(100.0, [[1.0], [None], [1.0]]) == [[50.0], [0.0], [50.0]]


def test_capacity_functions_equal_the_engine():
    rates = default_rates()
    for function, scale, existing, additional, *_ in FORMATIE:
        for fte in (existing, additional):
            if fte:
                assert udfs.FTE_COST(float(fte), float(scale)) == float(fte_cost(fte, scale, rates)), function
    for hours, printed in BELEIDSTEAM_HOURS.values():
        assert udfs.HOURS_COST(float(hours), 85.0) == float(hours_cost(hours, 85)) == printed
    assert udfs.HOURS_COST(150.0, 85.0, 45.0) == 573750.0
    assert udfs.FTE(18.0) == 0.5 and udfs.FTE(4.0) == pytest.approx(1 / 9)
    assert udfs.CONTINGENCY(100000.0) == 5000.0 == udfs.ONVOORZIEN(100000.0, 0.05)
    assert udfs.PRORATE(90000.0, dt.datetime(2018, 9, 1), 2018.0) == 30000.0
    assert udfs.PRORATE(90000.0, 43344.0, 2018.0) == 30000.0  # 43344 is Excel's serial for 1-9-2018
    custom = [["schaal", "kosten per fte"], [10.0, 82000.0], [None, None]]
    assert udfs.LOONKOSTEN(0.5, 10.0, custom) == 41000.0


@pytest.mark.parametrize(
    "call, message",
    [
        (lambda: udfs.ALLOCATE(100.0, [[1.0], [2.0], [-2.0]]), "#ALLOCATE: weight 3 is negative (-2)"),
        (lambda: udfs.ALLOCATE(100.0, [[1.0], ["#DIV/0!"]]), "#ALLOCATE: weight 2 is an error value (#DIV/0!)"),
        (lambda: udfs.ALLOCATE(100.0, [[1.0], ["veel"]]), "#ALLOCATE: weight 2 is text ('veel'), not a number"),
        (lambda: udfs.ALLOCATE(100.0, [[1.0], [True]]), "#ALLOCATE: weight 2 is TRUE/FALSE, not a number"),
        (lambda: udfs.ALLOCATE(100.0, [[dt.datetime(2020, 1, 1)]]), "#ALLOCATE: weight 1 is a date, not a number"),
        (lambda: udfs.ALLOCATE("#N/A", [[1.0]]), "#ALLOCATE: total is an error value (#N/A)"),
        (lambda: udfs.ALLOCATE(None, [[1.0]]), "#ALLOCATE: total is empty"),
        (lambda: udfs.ALLOCATE([[1.0, 2.0]], [[1.0]]), "#ALLOCATE: total must be a single cell, got a range of 2 cells"),
        (lambda: udfs.ALLOCATE(1.0, [[0.0], [None]]), "#ALLOCATE: weights are all zero: nothing to split by"),
        (lambda: udfs.ALLOCATE(1.0, [[1.0]], 1.5), "#ALLOCATE: decimals must be a whole number, got 1.5"),
        (lambda: udfs.ALLOCATE(1.0, [[1.0]], 1e10), "#ALLOCATE: decimals must be between -15 and 15"),
        (lambda: udfs.VERDEEL(1.0, [[1.0]], 0.0, "hare"), "#VERDEEL: method 'hare' is unknown"),
        (lambda: udfs.FTE_COST(1.0, 9.0), "#FTE_COST: scale 9 is not in the rates table (known scales: 8, 10, 11, 12)"),
        (lambda: udfs.FTE_COST(1.0, 10.0, [[10.0, 1.0, 2.0]]), "#FTE_COST: rates must have two columns"),
        (lambda: udfs.LOONKOSTEN(-1.0, 10.0), "#LOONKOSTEN: fte is negative"),
        (lambda: udfs.HOURS_COST(7.0, "85 euro"), "#HOURS_COST: rate is text ('85 euro'), not a number"),
        (lambda: udfs.FTE(4.0, 0.0), "#FTE: fulltime_hours must be positive"),
        (lambda: udfs.ONVOORZIEN(100.0, 5.0), "#ONVOORZIEN: rate must be between 0 and 1"),
        (lambda: udfs.PRORATE(1.0, "1-9-2018", 2018.0), "#PRORATE: start_date is text ('1-9-2018'), not a number"),
        (lambda: udfs.PRORATE(90000.0, dt.datetime(2018, 9, 1), None), "#PRORATE: year is empty"),
        (lambda: udfs.FTE_COST(0.5, 11.0, [[11.0, 90000.0], [11.0, 1.0]]),
         "#FTE_COST: rates: scale 11 appears twice (rows 1 and 2)"),
        (lambda: udfs.FTE_COST(0.5, None), "#FTE_COST: scale is empty"),
        (lambda: udfs.FTE_COST(0.5, 11.0, [[None, 90000.0]]), "#FTE_COST: rates row 1 schaal is empty"),
    ],
)
def test_bad_input_returns_one_line_starting_with_hash(call, message):
    result = call()
    assert isinstance(result, str) and "\n" not in result
    assert result.startswith(message)


cell_values = st.one_of(
    st.none(), st.floats(allow_nan=True, allow_infinity=True), st.text(max_size=8), st.booleans(),
    st.sampled_from(["#DIV/0!", "#N/A", "#REF!"]), st.datetimes(min_value=dt.datetime(1900, 3, 1)),
)
grids = st.lists(st.lists(cell_values, min_size=1, max_size=3), min_size=1, max_size=4)


@settings(max_examples=600, deadline=None)
@given(st.sampled_from(EXPOSED), st.lists(st.one_of(cell_values, grids), min_size=1, max_size=4))
def test_no_input_ever_raises_out_of_a_function(name, args):
    function = getattr(udfs, name)
    arity = len(inspect.signature(function).parameters)
    required = sum(1 for p in inspect.signature(function).parameters.values() if p.default is inspect._empty)
    args = (args + [None] * arity)[: max(required, min(len(args), arity))]
    result = function(*args)
    assert isinstance(result, (float, list)) or (isinstance(result, str) and result.startswith(f"#{name}: "))


def test_every_function_obeys_xlwings_signature_rules_and_the_wizard_limit():
    assert sorted(EXCEL_FUNCTIONS) == sorted(EXPOSED)
    for name, spec in EXCEL_FUNCTIONS.items():
        function = getattr(udfs, name)
        assert function.__name__ == name  # xlwings calls a UDF by its __name__
        parameters = inspect.signature(function).parameters.values()
        kinds = {p.kind for p in parameters}
        assert kinds <= {inspect.Parameter.POSITIONAL_OR_KEYWORD, inspect.Parameter.VAR_POSITIONAL}
        has_defaults = any(p.default is not inspect._empty for p in parameters)
        assert not (inspect.Parameter.VAR_POSITIONAL in kinds and has_defaults)
        assert len(spec.description) <= 255 and function.__doc__ == spec.description
        assert list(spec.arguments) == [p.name for p in parameters]
        assert all(0 < len(text) <= 255 for text in spec.arguments.values()), name


def test_aliases_share_the_implementation_but_are_their_own_functions():
    for dutch, english in (("VERDEEL", "ALLOCATE"), ("LOONKOSTEN", "FTE_COST"), ("ONVOORZIEN", "CONTINGENCY")):
        assert getattr(udfs, dutch) is not getattr(udfs, english)
        assert EXCEL_FUNCTIONS[dutch].implementation is EXCEL_FUNCTIONS[english].implementation


def test_xlwings_own_windows_registration_accepts_every_function():
    root = Path(__file__).resolve().parent.parent
    script = Path(__file__).parent / "xlwings_windows_registration.py"
    env = {**os.environ, "PYTHONPATH": str(root)}
    done = subprocess.run([sys.executable, str(script)], cwd=root, env=env, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    info = json.loads(done.stdout)
    assert sorted(info) == sorted(EXPOSED)
    allocate_info = info["ALLOCATE"]
    assert allocate_info["name"] == "ALLOCATE" and info["VERDEEL"]["name"] == "VERDEEL"
    assert {function["category"] for function in info.values()} == {"pyengine"}  # classic-only option
    args = {a["name"]: a for a in allocate_info["args"]}
    assert args["weights"]["options"] == {"ndim": 2, "err_to_str": True}
    assert args["total"]["options"] == {"err_to_str": True}
    assert [a["optional"] for a in allocate_info["args"]] == [False, False, True, True]
    assert info["FTE_COST"]["args"][2]["options"]["ndim"] == 2
    for function in info.values():
        assert len(function["doc"]) <= 255
        assert all(len(a["doc"]) <= 255 and not a["doc"].startswith("Positional argument") for a in function["args"])


def test_non_finite_float_is_named_one_based():
    assert udfs.ALLOCATE(1.0, [[1.0], [float("nan")]]).startswith("#ALLOCATE: weight 2 is not a finite number")
