"""The Excel functions, called the way classic xlwings calls them on Windows: numbers as float,
blanks as None, text as str, dates as datetime, error cells as '#DIV/0!' (err_to_str), ranges as
2-D lists. A failed call returns #VALUE! (here, without pywin32, an ErrorValue carrying the message)."""

import datetime as dt
import inspect
import math
import json
import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

import udfs
import pyengine
from pyengine import allocate, fte_cost, hours_cost
from pyengine.core.capacity import DEFAULT_RATES
from pyengine.inputs.rates import default_rates
from udfs.excel import EXCEL_FUNCTIONS, ErrorValue
from udfs.registry import FUNCTIONS, names

from seed_figures import BELEIDSTEAM_HOURS, FORMATIE, JEUGD_PERCENTAGES, LEERHUIS_CONTRIBUTIONS

EXPOSED = ["ALLOCATE", "VERDEEL", "FTE_COST", "LOONKOSTEN", "HOURS_COST", "UURKOSTEN", "FTE", "FTE_UIT_UREN",
           "CONTINGENCY", "ONVOORZIEN", "PRORATE", "NAAR_RATO", "INDEX_AMOUNT", "INDEXEER", "PHASE_IN", "INGROEI",
           "WHY", "WAAROM"]


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


def message(result):
    """The one-line message of a failed call (None for a value)."""
    return result.message if isinstance(result, ErrorValue) else None


@pytest.mark.parametrize(
    "call, text",
    [
        (lambda: udfs.ALLOCATE(100.0, [[1.0], [2.0], [-2.0]]), "ALLOCATE: weight 3 is negative (-2)"),
        (lambda: udfs.ALLOCATE(100.0, [[1.0], ["#DIV/0!"]]), "ALLOCATE: weight 2 is an error value (#DIV/0!)"),
        (lambda: udfs.ALLOCATE(100.0, [[1.0], ["veel"]]), "ALLOCATE: weight 2 is text ('veel'), not a number"),
        (lambda: udfs.ALLOCATE(100.0, [[1.0], [True]]), "ALLOCATE: weight 2 is TRUE/FALSE, not a number"),
        (lambda: udfs.ALLOCATE(100.0, [[dt.datetime(2020, 1, 1)]]), "ALLOCATE: weight 1 is a date, not a number"),
        (lambda: udfs.ALLOCATE("#N/A", [[1.0]]), "ALLOCATE: total is an error value (#N/A)"),
        (lambda: udfs.FTE_COST(0.5, 0.0), "FTE_COST: scale is empty or 0"),
        (lambda: udfs.ALLOCATE([[1.0, 2.0]], [[1.0]]), "ALLOCATE: total must be a single cell, got a range of 2 cells"),
        (lambda: udfs.ALLOCATE(1.0, [[0.0], [None]]), "ALLOCATE: weights are all zero: nothing to split by"),
        (lambda: udfs.ALLOCATE(1.0, [[1.0]], 1.5), "ALLOCATE: decimals must be a whole number, got 1.5"),
        (lambda: udfs.ALLOCATE(1.0, [[1.0]], 1e10), "ALLOCATE: decimals must be between -15 and 15"),
        (lambda: udfs.ALLOCATE(1e20, [[1.0], [2.0]]), "ALLOCATE: total is too large for Excel: 100000000000000000000 has "
                                                    "more than 15 significant digits"),
        (lambda: udfs.ALLOCATE(1e13, [[1.0], [2.0]], 2.0), "ALLOCATE: total is too large for Excel"),
        (lambda: udfs.VERDEEL(1.0, [[1.0]], 0.0, "hare"), "VERDEEL: verdeelmethode 'hare' is onbekend"),
        (lambda: udfs.VERDEEL(100.0, [[1.0], [-2.0]]), "VERDEEL: gewicht 2 "),
        (lambda: udfs.FTE_COST(1.0, 9.0), "FTE_COST: scale 9 is not in the rates table (known scales: 8, 10, 11, 12)"),
        (lambda: udfs.FTE_COST(1.0, 10.0, [[10.0, 1.0, 2.0]]), "FTE_COST: rates must have two columns"),
        (lambda: udfs.FTE_COST(1e305, 10.0), "FTE_COST: the result is too large for Excel: 8.000E+309"),
        (lambda: udfs.LOONKOSTEN(-1.0, 10.0), "LOONKOSTEN: fte is negatief"),
        (lambda: udfs.HOURS_COST(7.0, "85 euro"), "HOURS_COST: rate is text ('85 euro'), not a number"),
        (lambda: udfs.HOURS_COST(200.0, 85.0), "HOURS_COST: hours_per_week: more hours than a week has (168), got 200"),
        (lambda: udfs.UURKOSTEN(7.0, 85.0, 60.0), "UURKOSTEN: weken: meer weken dan een jaar heeft (53): 60"),
        (lambda: udfs.VERDEEL(1.0, [[1.0], ["veel"]]), "VERDEEL: gewicht 2 is tekst ('veel'), geen getal"),
        (lambda: udfs.HOURS_COST(1e200, 1e200), "HOURS_COST: hours_per_week: more hours than a week has (168)"),
        (lambda: udfs.HOURS_COST(168.0, 1e200), "HOURS_COST: the result is too large for Excel"),
        (lambda: udfs.FTE(200.0), "FTE: hours_per_week: more hours than a week has (168), got 200"),
        (lambda: udfs.FTE(4.0, -1.0), "FTE: fulltime_hours must be positive"),
        (lambda: udfs.ONVOORZIEN(100.0, 5.0), "ONVOORZIEN: percentage moet tussen 0 en 1 liggen (0,05 = 5%), maar is 5"),
        (lambda: udfs.PRORATE(1.0, "1-9-2018", 2018.0), "PRORATE: start_date is text ('1-9-2018'), not a number"),
        (lambda: udfs.NAAR_RATO(1.0, "1-9-2018", 2018.0), "NAAR_RATO: startdatum is tekst ('1-9-2018'), geen getal"),
        (lambda: udfs.PRORATE(90000.0, dt.datetime(2018, 9, 1), None), "PRORATE: year is empty or 0"),
        (lambda: udfs.FTE_COST(0.5, 11.0, [[11.0, 90000.0], [11.0, 1.0]]),
         "FTE_COST: rates: scale 11 appears twice (rows 1 and 2)"),
        (lambda: udfs.FTE_COST(0.5, None), "FTE_COST: scale is empty"),
        (lambda: udfs.FTE_COST(0.5, 11.0, [[None, 90000.0]]), "FTE_COST: rates row 1 schaal is empty"),
        (lambda: udfs.LOONKOSTEN(0.5, 11.0, [[None, 90000.0]]), "LOONKOSTEN: tarieven rij 1 schaal is leeg"),
        (lambda: udfs.WHY("SOMETHING", 1.0), "WHY: function: no such function"),
    ],
)
def test_a_failed_call_is_an_error_value_with_a_one_line_message(call, text):
    result = call()
    assert isinstance(result, ErrorValue) and result.code == "#VALUE!", result
    assert "\n" not in result.message and result.message.startswith(text), result.message


def test_why_returns_the_message_of_the_call_it_names_and_nothing_for_a_good_call():
    assert udfs.WAAROM("verdeel", 27.0, [[1.0], [-2.0]]) == message(udfs.VERDEEL(27.0, [[1.0], [-2.0]]))
    assert udfs.WHY("ALLOCATE", 27.0, [[1.0], [-2.0]]) == "ALLOCATE: weight 2 is negative (-2)"
    assert udfs.WHY("HOURS_COST", [[200.0]], [[85.0]]) == message(udfs.HOURS_COST(200.0, 85.0))
    assert udfs.WHY("ALLOCATE", 27.0, [[1.0], [2.0]]) == ""
    assert udfs.WAAROM("LOONKOSTEN", 0.5, 10.0, [[10.0, 1.0, 2.0]]) == message(udfs.LOONKOSTEN(0.5, 10.0,
                                                                                           [[10.0, 1.0, 2.0]]))


BLANKS = (None, "", 0.0)


@pytest.mark.parametrize("blank", BLANKS)
def test_a_blank_as_none_empty_text_or_zero_means_the_default_where_zero_is_not_valid(blank):
    weights = column(LEERHUIS_CONTRIBUTIONS.values())
    assert udfs.ALLOCATE(27.0, weights, blank, blank) == udfs.ALLOCATE(27.0, weights) == udfs.ALLOCATE(27.0, weights, 0.0)
    assert udfs.FTE_COST(0.5, 10.0, blank) == udfs.FTE_COST(0.5, 10.0) == 40000.0
    assert udfs.FTE_COST(0.5, 10.0, [[blank]]) == 40000.0
    rates = [["schaal", "kosten per fte"], [10.0, 82000.0], [blank, blank], [11.0, 95000.0], [blank, blank]]
    assert udfs.LOONKOSTEN(0.5, 11.0, rates) == 47500.0
    assert udfs.HOURS_COST(7.0, 85.0, blank) == udfs.HOURS_COST(7.0, 85.0) == 26775.0
    assert udfs.FTE(18.0, blank) == udfs.FTE(18.0) == 0.5


@pytest.mark.parametrize("blank", BLANKS)
def test_where_zero_is_valid_a_blank_cell_is_zero_and_where_it_is_not_blank_and_zero_are_refused_alike(blank):
    """Excel's rule: a referenced blank cell is 0 (=AFRONDEN(B1; 2) with B1 blank is 0), and desktop Excel
    hands a blank over as 0 anyway; an omitted optional argument is its default."""
    assert udfs.ALLOCATE(blank, [[1.0], [1.0]]) == udfs.ALLOCATE(0.0, [[1.0], [1.0]]) == [[0.0], [0.0]]
    assert udfs.HOURS_COST(blank, 85.0) == udfs.HOURS_COST(7.0, blank) == 0.0
    assert udfs.FTE_COST(blank, 10.0) == udfs.FTE(blank) == udfs.CONTINGENCY(blank) == udfs.PRORATE(blank, 43344.0, 2018.0) == 0.0
    assert udfs.INDEX_AMOUNT(blank, 2026.0, 2027.0, [[2027.0, 3.0]]) == 0.0
    assert udfs.INDEX_AMOUNT(100.0, 2026.0, 2027.0, [[2027.0, blank]]) == 100.0  # a blank index: 0%
    assert udfs.PHASE_IN(100.0, [[1.0], [1.0]], [[1.0], [3.0]], blank, 2.0) == [[50.0], [50.0]]  # step 0: key A
    assert udfs.PHASE_IN(100.0, [[1.0], [1.0]], [[1.0], [3.0]], 1.0, blank) == [[25.0], [75.0]]  # 0 steps: key B
    # Where 0 is not valid, a blank and 0 give the same one message.
    for call, text in ((lambda v: udfs.FTE_COST(0.5, v), "FTE_COST: scale is empty or 0"),
                       (lambda v: udfs.LOONKOSTEN(0.5, 11.0, [[v, 90000.0]]), "LOONKOSTEN: tarieven rij 1 schaal is leeg of 0"),
                       (lambda v: udfs.LOONKOSTEN(0.5, 11.0, [[11.0, v]]), "LOONKOSTEN: tarieven rij 1 kosten is leeg of 0"),
                       (lambda v: udfs.PRORATE(1.0, v, 2018.0), "PRORATE: start_date is empty or 0"),
                       (lambda v: udfs.NAAR_RATO(1.0, 43344.0, v), "NAAR_RATO: jaar is leeg of 0"),
                       (lambda v: udfs.INDEXEER(1.0, v, 2027.0, [[2027.0, 3.0]]), "INDEXEER: basisjaar is leeg of 0"),
                       (lambda v: udfs.INDEX_AMOUNT(1.0, 2026.0, 2027.0, [[v, 3.0], [2027.0, 3.0]]),
                        "INDEX_AMOUNT: indices row 1 year is empty or 0")):
        assert message(call(blank)) == message(call(0.0)) == text
    # An omitted optional argument is its default; where 0 is valid, a 0 (desktop Excel's blank) stays 0.
    assert udfs.CONTINGENCY(100000.0, 0.0) == 0.0 and udfs.CONTINGENCY(100000.0) == 5000.0


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.integers(0, 10**6), st.decimals(0, 10**6, places=3)), min_size=1, max_size=40),
       st.integers(-2, 3), st.decimals(-10**9, 10**9, places=2))
def test_decimal_weights_read_in_one_pass_equal_the_core_exactly(weights, decimals, total):
    if not any(weights):
        return
    cells_in = [[float(w)] for w in weights]
    shares = udfs.ALLOCATE(float(total), cells_in, float(decimals))
    assert [row[0] for row in shares] == [float(s) for s in allocate(float(total), [float(w) for w in weights],
                                                                       decimals=decimals)]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(st.floats(0, 1e20, allow_nan=False), st.decimals(0, 10**6, places=6).map(float),
                          st.sampled_from([1e-05, 1.5e-07, 2.5e-05, 1e16, 123456789.012345, 0.1, 0.3])),
                min_size=1, max_size=30))
def test_weights_made_whole_are_the_typed_decimals_over_one_power_of_ten_or_left_as_they_are(weights):
    from udfs.functions import _as_integers

    scaled = _as_integers(list(weights))
    if scaled == weights and all(type(w) is float for w in scaled):
        return  # left for the core's exact path
    exact = [Decimal(repr(w)) for w in weights]
    places = next(p for p in range(0, 16) if all(e.scaleb(p) == e.scaleb(p).to_integral_value() for e in exact))
    assert scaled == [int(e.scaleb(places)) for e in exact]


cell_values = st.one_of(
    st.none(), st.floats(allow_nan=True, allow_infinity=True), st.text(max_size=8), st.booleans(),
    st.sampled_from(["#DIV/0!", "#N/A", "#REF!"]), st.datetimes(min_value=dt.datetime(1900, 3, 1)),
)
grids = st.lists(st.lists(cell_values, min_size=1, max_size=3), min_size=1, max_size=4)


@settings(max_examples=600, deadline=None)
@given(st.sampled_from(EXPOSED), st.lists(st.one_of(cell_values, grids), min_size=1, max_size=5))
def test_no_input_ever_raises_out_of_a_function_or_returns_inf_or_nan(name, args):
    function = getattr(udfs, name)
    arity = len(inspect.signature(function).parameters)
    required = sum(1 for p in inspect.signature(function).parameters.values() if p.default is inspect._empty)
    args = (args + [None] * arity)[: max(required, min(len(args), arity))]
    result = function(*args)
    if isinstance(result, ErrorValue):
        assert result.message.startswith(f"{name}: ") and "\n" not in result.message
        assert "unexpected" not in result.message, result.message
    elif isinstance(result, list):
        assert all(isinstance(x, float) and math.isfinite(x) for row in result for x in row)
    elif name not in ("WHY", "WAAROM"):
        assert isinstance(result, float) and math.isfinite(result)


def test_every_name_in_the_registry_is_exposed_with_its_own_argument_names_and_help():
    assert names() == EXPOSED == list(udfs.__all__) == list(EXCEL_FUNCTIONS)
    for row in FUNCTIONS:
        for name, dutch in ((row.name, False), (row.naam, True)):
            function, spec = getattr(udfs, name), EXCEL_FUNCTIONS[name]
            assert function.__name__ == name  # xlwings calls a UDF by its __name__
            parameters = list(inspect.signature(function).parameters.values())
            assert [p.name for p in parameters] == [a.naam if dutch else a.name for a in row.arguments]
            assert all(p.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD for p in parameters)
            assert function.__doc__ == spec.description == (row.hulp if dutch else row.help)
            assert len(spec.description) <= 255 and all(0 < len(text) <= 255 for text in spec.arguments.values())
            assert spec.language == ("nl" if dutch else "en")
        assert row.name != row.naam and EXCEL_FUNCTIONS[row.naam].implementation is EXCEL_FUNCTIONS[row.name].implementation
        # Dutch help of its own for the function and every argument (the wizard's text), optional ones marked alike
        assert row.hulp != row.help and all(a.hulp != a.help for a in row.arguments)
        required = len(row.arguments) - len(row.implementation.__defaults__ or ())
        assert [a.help.startswith("Optional. ") for a in row.arguments] == \
            [a.hulp.startswith("Optioneel. ") for a in row.arguments] == [i >= required for i in range(len(row.arguments))]
        assert getattr(udfs, row.naam) is not getattr(udfs, row.name)


def test_xlwings_own_windows_registration_accepts_every_function_and_returns_value_errors():
    root = Path(__file__).resolve().parent.parent
    script = Path(__file__).parent / "xlwings_windows_registration.py"
    env = {**os.environ, "PYTHONPATH": str(root)}
    done = subprocess.run([sys.executable, str(script)], cwd=root, env=env, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    answer = json.loads(done.stdout)
    info = answer["functions"]
    assert sorted(info) == sorted(EXPOSED)
    assert info["ALLOCATE"]["name"] == "ALLOCATE" and info["VERDEEL"]["name"] == "VERDEEL"
    assert {function["category"] for function in info.values()} == {"pyengine"}  # classic-only option
    args = {a["name"]: a for a in info["VERDEEL"]["args"]}
    assert list(args) == ["totaal", "gewichten", "decimalen", "methode"]
    assert args["gewichten"]["options"] == {"ndim": 2, "err_to_str": True}
    assert args["totaal"]["options"] == {"err_to_str": True}
    assert args["gewichten"]["doc"].startswith("De verdeelsleutel")
    assert [a["optional"] for a in info["ALLOCATE"]["args"]] == [False, False, True, True]
    for function in info.values():
        assert len(function["doc"]) <= 255
        assert all(len(a["doc"]) <= 255 and not a["doc"].startswith("Positional argument") for a in function["args"])
    # The VBA xlwings writes on "Import Functions" names the Dutch arguments as the wizard shows them.
    assert "Function VERDEEL(totaal, gewichten, Optional decimalen, Optional methode)" in answer["vba"]
    assert "Function UURKOSTEN(uren_per_week, uurtarief, Optional weken)" in answer["vba"]
    # A failed call hands Excel a VT_ERROR VARIANT holding #VALUE! (what VBA's CVErr(xlErrValue) holds).
    assert answer["failure"] == {"type": "VARIANT", "varianttype": 10, "value": -2146826273}


def test_non_finite_float_is_named_one_based():
    assert message(udfs.ALLOCATE(1.0, [[1.0], [float("nan")]])).startswith("ALLOCATE: weight 2 is not a finite number")


@pytest.mark.parametrize("call", [
    lambda: pyengine.allocate(100, [1, 2], decimals="2"),
    lambda: pyengine.allocate(None, [1, 2]),
    lambda: pyengine.allocate(100, 5),
    lambda: pyengine.allocate(100, [None, 1]),
    lambda: pyengine.allocate(100, [1, 2], method=3),
    lambda: pyengine.fte_cost("x", 10, DEFAULT_RATES),
    lambda: pyengine.fte_cost(1, 10, None),
    lambda: pyengine.fte_cost(1, 10, DEFAULT_RATES, year="2020"),
    lambda: pyengine.hours_cost([7], 85),
    lambda: pyengine.hours_cost(200, 85),
    lambda: pyengine.hours_cost(7, 85, 60),
    lambda: pyengine.fte_from_hours(None),
    lambda: pyengine.fte_from_hours(169),
    lambda: pyengine.contingency({}, 0.05),
    lambda: pyengine.prorate(100, "2018-01-01", 2018),
    lambda: pyengine.budget_with_contingency(5),
    lambda: pyengine.budget_with_contingency([5, 6]),
    lambda: pyengine.round_half_away("x", 2),
])
def test_the_python_api_of_the_functions_refuses_wrong_types_with_one_line_input_errors(call):
    with pytest.raises(pyengine.InputError) as refused:
        call()
    assert "\n" not in str(refused.value) and not isinstance(refused.value, TypeError)


def test_index_amount_and_phase_in_are_the_core_in_excel_cells():
    """INDEXEER / INGROEI (issue 23): the core's exact arithmetic behind Excel's cells and messages."""
    indices = [["jaar", "index"], [2027.0, 3.1], [2028.0, 2.6], [2029.0, 2.4]]
    assert udfs.INDEX_AMOUNT(1850000.0, 2026.0, 2029.0, indices) == 2003908.0
    assert udfs.INDEXEER(238000.0, 2026.0, 2026.0, indices) == 238000.0
    assert udfs.PHASE_IN(1000.0, [[1.0], [1.0]], [[1.0], [3.0]], 2.0, 4.0) == [[375.0], [625.0]]
    assert udfs.INGROEI(100.0, [[1.0, 1.0]], [[1.0, 3.0]], 4.0, 4.0) == [[25.0, 75.0]]  # the last step: key B
    assert udfs.WHY("INDEX_AMOUNT", 1000.0, 2026.0, 2030.0, indices) == "INDEX_AMOUNT: indices: no index for 2030"
    assert udfs.WHY("PHASE_IN", 100.0, [[1.0], [1.0]], [[1.0]], 1.0, 2.0).startswith("PHASE_IN: key_a and key_b must have "
                                                                               "the same shape")
