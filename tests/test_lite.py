"""xlwings Lite: `pyengine lite` writes main.py + requirements.txt, and the generated main.py, run in real
Pyodide (Node, npm package `pyodide`) through the real xlwings (the wheel Lite installs, its Office.js
custom-functions code and conversion), returns exactly what the classic functions return: seed figures,
spill shapes, #VALUE! with the same one-line messages, and 2,400 random calls.

Each case is written once as Excel cells; the classic form (floats, None, '#N/A', datetime) and the
Lite form (JavaScript numbers, "" or null, error data-type objects, date serial numbers) are derived
from it. Pyodide starts once per test session (a few seconds) and answers every case in one batch."""

from __future__ import annotations

import ast
import datetime as dt
import json
import os
import random
import re
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

import udfs
from pyengine.cli import main as cli_main
from pyengine.core.capacity import DEFAULT_RATES
from pyengine.inputs.rates import DEFAULT_RATES_FILE, read_rates
from pyengine.lite import REQUIREMENTS, XLWINGS_VERSION, build_main_py, collect_modules, write_lite_project
from udfs.cells import EXCEL_EPOCH
from udfs.excel import EXCEL_FUNCTIONS, ErrorValue
from udfs.registry import FUNCTIONS, names

from seed_figures import BELEIDSTEAM_HOURS, FORMATIE, JEUGD_PERCENTAGES, LEERHUIS_CONTRIBUTIONS

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).parent / "pyodide"))
from runner import missing, run_in_pyodide  # noqa: E402

RANDOM_CASES = 2400
OFFICE_ERRORS = {"#DIV/0!": "Div0", "#N/A": "NotAvailable", "#NAME?": "Name", "#NULL!": "Null", "#NUM!": "Num",
                 "#REF!": "Ref", "#VALUE!": "Value"}
OMITTED = ("omitted",)


# --- cells, and how each runtime hands them to Python -----------------------------------------------

def num(x):
    return ("num", float(x))


def date(year, month, day):
    return ("date", (dt.date(year, month, day) - EXCEL_EPOCH).days)


BLANK = ("blank",)


def classic_cell(cell):
    kind = cell[0]
    if kind == "js":  # a blank as one runtime hands it over: classic xlwings reads "" and null as None
        return None if cell[1] in (None, "") else float(cell[1])
    if kind == "num":
        return float(cell[1])
    if kind == "date":  # classic xlwings reads a date-formatted cell as a datetime
        return dt.datetime.combine(EXCEL_EPOCH + dt.timedelta(days=cell[1]), dt.time())
    return None if kind == "blank" else cell[1]


def lite_cell(cell, rng):
    kind = cell[0]
    if kind == "blank":
        return rng.choice(["", None])  # Office.js sends both for empty cells
    if kind == "error":
        return {"type": "Error", "basicValue": cell[1], "errorType": OFFICE_ERRORS[cell[1]]}
    return cell[1]  # numbers (dates: their serial), text, and "js": a value exactly as Office.js sends it  # numbers (dates: their serial) cross JavaScript, where 5.0 becomes int 5


def rows_of(arg):
    return arg if isinstance(arg, list) else [[arg]]


def classic_args(name, args):
    """What classic xlwings passes: ranges squeezed unless declared ndim=2; an omitted argument as its
    default (None here), trailing omitted ones left out."""
    ranges = EXCEL_FUNCTIONS[name].ranges
    parameters = list(EXCEL_FUNCTIONS[name].arguments)
    while args and args[-1] == OMITTED:
        args = args[:-1]
    values = []
    for parameter, arg in zip(parameters, args):
        if arg == OMITTED:
            values.append(None)
            continue
        rows = [[classic_cell(c) for c in row] for row in rows_of(arg)]
        if parameter in ranges:
            values.append(rows)
        elif len(rows) == 1:
            values.append(rows[0][0] if len(rows[0]) == 1 else rows[0])
        elif len(rows[0]) == 1:
            values.append([row[0] for row in rows])
        else:
            values.append(rows)
    return values


def lite_args(args, rng):
    """What Office.js sends: a matrix per argument, null for an omitted one."""
    return [None if arg == OMITTED else [[lite_cell(c, rng) for c in row] for row in rows_of(arg)] for arg in args]


def classic_result(name, args):
    """What Excel shows for a classic call, in the form the Lite harness reports: a 2-D list of values,
    or {"error": "#VALUE!", "message": ...} for a failed call."""
    result = getattr(udfs, name)(*classic_args(name, args))
    if isinstance(result, ErrorValue):
        return {"error": result.code, "message": result.message}
    return json.loads(json.dumps(result if isinstance(result, list) else [[result]]))


def error(message):
    return {"error": "#VALUE!", "message": message}


# --- the seed figures and the messages, as Excel cells ---------------------------------------------

def column(values):
    return [[num(v)] for v in values]


LEERHUIS = column(LEERHUIS_CONTRIBUTIONS.values())
SEED_CASES = [
    ("ALLOCATE", [num(27), LEERHUIS], [[1.0], [1.0], [6.0], [9.0], [4.0], [1.0], [2.0], [3.0]]),
    ("ALLOCATE", [num(27), [[num(v) for v in LEERHUIS_CONTRIBUTIONS.values()]]], [[1.0, 1.0, 6.0, 9.0, 4.0, 1.0, 2.0, 3.0]]),
    ("ALLOCATE", [num(10), [[num(1), num(1)], [num(1), num(1)]]], [[3.0, 3.0], [2.0, 2.0]]),
    ("ALLOCATE", [num(5), num(2)], [[5.0]]),
    ("VERDEEL", [num(100), [[num(1)], [BLANK], [num(1)]], num(0), num(0)], [[50.0], [0.0], [50.0]]),
    ("ALLOCATE", [num(100), [[num(1)], [BLANK], [num(1)]]], [[50.0], [0.0], [50.0]]),
    ("ALLOCATE", [num(105000), column(JEUGD_PERCENTAGES.values()), num(2)],
     [[4930.07], [5559.44], [839.16], [16678.32], [33461.54], [6713.29], [5244.76], [5874.13], [5244.76],
      [3986.01], [5034.96], [9545.45], [1888.11]]),  # 105,000 x 4.7 / 100.1 = 4,930.0699...; sums to 105,000.00
    ("VERDEEL", [num(-27000), LEERHUIS, num(-3), ("text", "sainte-laguë")],
     [[-1000.0], [-1000.0], [-6000.0], [-9000.0], [-4000.0], [-1000.0], [-2000.0], [-3000.0]]),
    ("HOURS_COST", [num(150), num(85), num(45)], [[573750.0]]),
    ("FTE", [num(18)], [[0.5]]),
    ("CONTINGENCY", [num(100000)], [[5000.0]]),
    ("ONVOORZIEN", [num(100000), num(0.05)], [[5000.0]]),
    ("PRORATE", [num(90000), date(2018, 9, 1), num(2018)], [[30000.0]]),
    ("NAAR_RATO", [num(90000), num(43344), num(2018)], [[30000.0]]),
    ("LOONKOSTEN", [num(0.5), num(10), [[("text", "schaal"), ("text", "kosten per fte")], [num(10), num(82000)],
                                        [BLANK, BLANK]]], [[41000.0]]),
    ("LOONKOSTEN", [num(0.5), num(10), num(0)], [[40000.0]]),  # desktop Excel's 0 for a blank cell: the default
    ("UURKOSTEN", [num(7), num(85), num(0)], [[26775.0]]),
    ("FTE_UIT_UREN", [num(18), num(0)], [[0.5]]),
]
SEED_CASES += [("HOURS_COST", [num(hours), num(85)], [[float(printed)]])
               for hours, printed in BELEIDSTEAM_HOURS.values()]
SEED_CASES += [("FTE_COST", [num(fte), num(scale)], [[float(printed)]])
               for _, scale, *ftes in FORMATIE for fte, printed in ((ftes[0], ftes[2]), (ftes[1], ftes[3])) if fte]

INDICES = [[("text", "jaar"), ("text", "index")], [num(2027), num(3.1)], [num(2028), num(2.6)], [num(2029), num(2.4)]]
SEED_CASES += [  # the meerjarenraming of issue 23 and an ingroeipad (tests/test_meerjarenraming.py has the arithmetic)
    ("INDEX_AMOUNT", [num(1850000), num(2026), num(2029), INDICES], [[2003908.0]]),
    ("INDEXEER", [num(1850000), num(2026), num(2028), INDICES], [[1956941.0]]),
    ("INDEXEER", [num(238000), num(2026), num(2026), INDICES], [[238000.0]]),
    ("PHASE_IN", [num(1000), column([1, 1]), column([1, 3]), num(2), num(4)], [[375.0], [625.0]]),
    ("INGROEI", [num(2500000), column([36, 16, 48]), column([30, 30, 40]), num(1), num(4)],
     [[862500.0], [487500.0], [1150000.0]]),
    ("INGROEI", [num(2500000), column([36, 16, 48]), column([30, 30, 40]), num(4), num(4)],
     [[750000.0], [750000.0], [1000000.0]]),  # the last step is key B
]

MESSAGE_CASES = [
    ("ALLOCATE", [num(100), [[num(1)], [num(2)], [num(-2)]]], "ALLOCATE: weight 3 is negative (-2)"),
    ("VERDEEL", [num(100), [[num(1)], [num(2)], [num(-2)]]], "VERDEEL: gewicht 3 is negatief (-2)"),
    ("ALLOCATE", [num(100), [[num(1)], [("error", "#DIV/0!")]]], "ALLOCATE: weight 2 is an error value (#DIV/0!)"),
    ("ALLOCATE", [num(100), [[num(1)], [("text", "veel")]]], "ALLOCATE: weight 2 is text ('veel'), not a number"),
    # A Dutch name answers in Dutch in Lite too: main.py carries the Dutch catalog.
    ("VERDEEL", [num(100), [[num(1)], [("text", "veel")]]], "VERDEEL: gewicht 2 is tekst ('veel'), geen getal"),
    ("UURKOSTEN", [num(200), num(85)], "UURKOSTEN: uren_per_week: meer uren dan een week heeft (168): 200"),
    ("ALLOCATE", [num(100), [[num(1)], [("bool", True)]]], "ALLOCATE: weight 2 is TRUE/FALSE, not a number"),
    ("ALLOCATE", [("error", "#N/A"), num(1)], "ALLOCATE: total is an error value (#N/A)"),
    ("LOONKOSTEN", [num(1), BLANK], "LOONKOSTEN: schaal is leeg of 0"),
    ("ALLOCATE", [[[num(1), num(2)]], num(1)], "ALLOCATE: total must be a single cell, got a range of 2 cells"),
    ("ALLOCATE", [num(1), [[num(0)], [BLANK]]], "ALLOCATE: weights are all zero: nothing to split by"),
    ("ALLOCATE", [num(1), num(1), num(1.5)], "ALLOCATE: decimals must be a whole number, got 1.5"),
    ("ALLOCATE", [num(1), num(1), num(1e10)], "ALLOCATE: decimals must be between -15 and 15, got 10000000000"),
    ("ALLOCATE", [num(1e20), [[num(1)], [num(2)]]],
     "ALLOCATE: total is too large for Excel: 100000000000000000000 has more than 15 significant digits"),
    ("VERDEEL", [num(1), num(1), num(0), ("text", "hare")],
     "VERDEEL: verdeelmethode 'hare' is onbekend; kies een van largest_remainder, sainte_lague, dhondt"),
    ("FTE_COST", [num(1), num(9)], "FTE_COST: scale 9 is not in the rates table (known scales: 8, 10, 11, 12)"),
    ("FTE_COST", [num(1), num(10), [[num(10), num(1), num(2)]]],
     "FTE_COST: rates must have two columns (schaal | cost per FTE), got 3"),
    ("FTE_COST", [num(1e305), num(10)], "FTE_COST: the result is too large for Excel: 8.000E+309 has more than 15 "
                                        "significant digits"),
    ("LOONKOSTEN", [num(-1), num(10)], "LOONKOSTEN: fte is negatief: -1"),
    ("HOURS_COST", [num(7), ("text", "85 euro")], "HOURS_COST: rate is text ('85 euro'), not a number"),
    ("HOURS_COST", [num(200), num(85)], "HOURS_COST: hours_per_week: more hours than a week has (168), got 200"),
    ("UURKOSTEN", [num(7), num(85), num(60)], "UURKOSTEN: weken: meer weken dan een jaar heeft (53): 60"),
    ("FTE", [num(4), num(-1)], "FTE: fulltime_hours must be positive, got -1"),
    ("ONVOORZIEN", [num(100), num(5)], "ONVOORZIEN: percentage moet tussen 0 en 1 liggen (0,05 = 5%), maar is 5"),
    ("PRORATE", [num(1), ("text", "1-9-2018"), num(2018)], "PRORATE: start_date is text ('1-9-2018'), not a number"),
    ("CONTINGENCY", [num(100), num(-0.5)], "CONTINGENCY: rate must be between 0 and 1 (0.05 = 5%), got -0.5"),
    ("FTE_UIT_UREN", [num(18), num(-1.5)], "FTE_UIT_UREN: voltijd_uren moet positief zijn, maar is -1,5"),
    ("UURKOSTEN", [num(-0.5), num(85)], "UURKOSTEN: uren_per_week is negatief: -0,5"),
    ("NAAR_RATO", [num(1), num(1.5), num(2018)], "NAAR_RATO: startdatum is geen datum: 1,5"),
    ("INDEX_AMOUNT", [num(1000), num(2026), num(2030), INDICES], "INDEX_AMOUNT: indices: no index for 2030"),
    ("INDEXEER", [num(1000), num(2026), num(2028), [[num(2027), num(31.5)], [num(2028), num(310.5)]]],
     "INDEXEER: indices 2028: een index van 310,5% ligt buiten -100..100; schrijf procenten (3,1 = 3,1%)"),
    ("PHASE_IN", [num(100), column([1, 1]), column([1]), num(1), num(2)],
     "PHASE_IN: key_a and key_b must have the same shape (2 x 1)"),
    ("INGROEI", [num(100), column([1, -1]), column([1, 1]), num(1), num(2)], "INGROEI: sleutel_a gewicht 2 is negatief (-1)"),
    ("WHY", [("text", "SOMETHING"), num(1)],
     "WHY: function: no such function; give the name of one of pyengine's functions, e.g. \"VERDEEL\""),
    ("WAAROM", [("bool", True), num(1)], "WAAROM: functie is WAAR/ONWAAR, geen tekst"),
]
# WHY / WAAROM give the message of the call they name, as text, in a cell.
WHY_CASES = [
    ("WAAROM", [("text", "VERDEEL"), num(100), [[num(1)], [num(-2)]]], [["VERDEEL: gewicht 2 is negatief (-2)"]]),
    ("WHY", [("text", "ALLOCATE"), num(100), [[num(1)], [num(2)]]], [[""]]),
]

# A blank cell as each platform hands it over (the None, "" and 0): Excel on the web null or "",
# desktop Excel 0. Where 0 is not valid all three mean the default or give the same message; where 0 is
# valid a blank is 0 (Excel's rule), so all three agree everywhere.
BLANK_FORMS = {"web null": ("js", None), "empty text": ("js", ""), "desktop 0": ("js", 0)}


def blank_cases(b):
    rates = [[("text", "schaal"), ("text", "kosten per fte")], [num(10), num(82000)], [b, b], [num(11), num(95000)], [b, b]]
    return [
        ("VERDEEL", [num(27), LEERHUIS, b, b], [[1.0], [1.0], [6.0], [9.0], [4.0], [1.0], [2.0], [3.0]]),
        ("ALLOCATE", [num(27), LEERHUIS, b], [[1.0], [1.0], [6.0], [9.0], [4.0], [1.0], [2.0], [3.0]]),
        ("LOONKOSTEN", [num(0.5), num(10), b], [[40000.0]]),
        ("FTE_COST", [num(0.5), num(11), rates], [[47500.0]]),
        ("UURKOSTEN", [num(7), num(85), b], [[26775.0]]),
        ("FTE_UIT_UREN", [num(18), b], [[0.5]]),
        ("VERDEEL", [b, column([1, 1])], [[0.0], [0.0]]),
        ("UURKOSTEN", [b, num(85)], [[0.0]]),
        ("INGROEI", [num(100), column([1, 1]), column([1, 3]), b, num(2)], [[50.0], [50.0]]),
        ("INDEXEER", [num(100), num(2026), num(2027), [[num(2027), b]]], [[100.0]]),
        ("LOONKOSTEN", [num(0.5), b], error("LOONKOSTEN: schaal is leeg of 0")),
        ("NAAR_RATO", [num(1), b, num(2018)], error("NAAR_RATO: startdatum is leeg of 0")),
        ("FTE_COST", [num(0.5), num(11), [[num(11), b]]], error("FTE_COST: rates row 1 cost is empty or 0")),
    ]


BLANK_CASES = [(form, name, args, expected) for form, b in BLANK_FORMS.items() for name, args, expected in blank_cases(b)]

# The one documented difference (README): Office.js cannot see a cell's date format, so xlwings Lite
# hands a date among the weights over as its serial number, where classic xlwings refuses it.
DATE_WEIGHT = ("ALLOCATE", [num(10), [[date(2020, 1, 1)], [num(1)]]])
DATE_WEIGHT_CLASSIC = error("ALLOCATE: weight 1 is a date, not a number")
DATE_WEIGHT_LITE = [[10.0], [0.0]]  # 43,831 : 1


# --- random cases ------------------------------------------------------------------------------------

WORDS = ["veel", "abc", "10", " 5 ", "x", "n.v.t.", "largest_remainder", "dhondt", "Sainte-Laguë", "D'Hondt", "hamilton",
         "webster", "hare", "schaal", "kosten per fte"]


def rand_number(rng, negative=0.1):
    pick = rng.random()
    if pick < 0.4:
        x = float(rng.randint(0, 1_000_000))
    elif pick < 0.8:
        x = round(rng.uniform(0, 1_000_000), rng.randint(0, 4))
    else:
        x = rng.choice([0.0, 0.5, 1e-7, 0.1, 0.2, 0.3, 2.5e-3, 123456789012.0, 1e15, 7.0, 36.0, 1e300, 1e-300])
    return -x if rng.random() < negative else x


def bad_cell(rng, dates=False):
    kinds = ["text", "bool", "error", "blank", "negative"]
    kind = rng.choice(kinds)
    if kind == "text":
        return ("text", rng.choice(WORDS))
    if kind == "bool":
        return ("bool", rng.random() < 0.5)
    if kind == "error":
        return ("error", rng.choice(sorted(OFFICE_ERRORS)))
    if kind == "blank":
        return BLANK
    return num(-rand_number(rng, negative=0) or -1)


def cell(rng, good, bad_rate=0.12):
    return bad_cell(rng) if rng.random() < bad_rate else good


def maybe_range(rng, value, rate=0.04):
    if rng.random() < rate:
        return [[value, cell(rng, num(rand_number(rng)))]] if rng.random() < 0.5 else [[value], [BLANK]]
    return value


def optional(rng, make, omit=0.4, blank=0.1):
    pick = rng.random()
    if pick < omit:
        return OMITTED
    if pick < omit + blank:
        return BLANK
    return make()


def random_date(rng):
    day = dt.date(1990, 1, 1) + dt.timedelta(days=rng.randint(0, 365 * 41))
    return date(day.year, day.month, day.day)


ENGLISH = {row.naam: row.name for row in FUNCTIONS}


def random_case(rng):
    name = rng.choice(sorted(n for n in EXCEL_FUNCTIONS if n not in ("WHY", "WAAROM")))
    kind = ENGLISH.get(name, name)
    if kind == "ALLOCATE":
        shape = rng.choice([(rng.randint(1, 12), 1), (1, rng.randint(2, 8)), (2, 3), (3, 2)])
        weights = [[cell(rng, num(rand_number(rng, negative=0)), bad_rate=0.03) for _ in range(shape[1])]
                   for _ in range(shape[0])]
        if rng.random() < 0.3:
            weights = [[cell(rng, num(rng.randint(0, 50))) for _ in row] for row in weights]
        args = [maybe_range(rng, cell(rng, num(rand_number(rng, negative=0.3)), 0.08)), weights,
                optional(rng, lambda: cell(rng, num(rng.randint(-3, 4)), 0.1)),
                optional(rng, lambda: cell(rng, ("text", rng.choice(WORDS[6:12])), 0.1))]
    elif kind == "FTE_COST":
        def rates():
            table = [[num(rng.choice([8, 10, 11, 12, 9])), num(rng.randint(40, 120) * 1000)]
                     for _ in range(rng.randint(1, 4))]
            if rng.random() < 0.4:
                table.insert(0, [("text", "schaal"), ("text", "kosten per fte")])
            if rng.random() < 0.2:
                table.append([BLANK, BLANK])
            if rng.random() < 0.1:
                table = [row + [num(1)] for row in table]
            if rng.random() < 0.1:
                table[-1][rng.randint(0, 1)] = bad_cell(rng)
            return table
        args = [maybe_range(rng, cell(rng, num(round(rng.uniform(0, 2), rng.randint(0, 3))))),
                cell(rng, num(rng.choice([8, 10, 11, 12, 9, 10.5, 0]))), optional(rng, rates, omit=0.6)]
    elif kind == "HOURS_COST":
        args = [cell(rng, num(rng.randint(0, 120) / 2)), cell(rng, num(round(rng.uniform(40, 150), rng.randint(0, 2)))),
                optional(rng, lambda: cell(rng, num(rng.choice([45, 40, 52, 44.5, 0]))))]
    elif kind == "FTE":
        args = [cell(rng, num(rng.randint(0, 80) / 2)), optional(rng, lambda: cell(rng, num(rng.choice([36, 40, 38, 0]))))]
    elif kind == "CONTINGENCY":
        args = [cell(rng, num(rand_number(rng, negative=0.2))),
                optional(rng, lambda: cell(rng, num(rng.choice([0.05, 0.1, 0, 1, 0.025, 5, 0.333]))))]
    elif kind == "INDEX_AMOUNT":
        base = rng.choice([2024, 2026, 2030])
        table = [[num(base + i), num(round(rng.uniform(-3, 8), rng.randint(0, 2)))] for i in range(1, rng.randint(2, 6))]
        if rng.random() < 0.3:
            table.insert(0, [("text", "jaar"), ("text", "index")])
        if rng.random() < 0.08:
            table[-1][rng.randint(0, 1)] = bad_cell(rng)
        args = [cell(rng, num(rand_number(rng, negative=0.2))), cell(rng, num(base)),
                cell(rng, num(base + rng.randint(-1, 5))), table]
    elif kind == "PHASE_IN":
        size = rng.randint(1, 8)
        steps = rng.randint(0, 6)
        args = [maybe_range(rng, cell(rng, num(rand_number(rng, negative=0.3)), 0.08)),
                [[cell(rng, num(rng.randint(0, 500)), bad_rate=0.03)] for _ in range(size)],
                [[cell(rng, num(rng.randint(0, 500)), bad_rate=0.03)] for _ in range(size if rng.random() < 0.95 else size + 1)],
                cell(rng, num(rng.randint(0, steps + 1))), cell(rng, num(steps))]
    else:  # PRORATE: a date cell (classic: datetime; Lite: its serial number) or a serial number
        start = rng.choice([random_date(rng), random_date(rng), ("num", float(random_date(rng)[1])), bad_cell(rng),
                            num(rng.choice([0, 1.5, 3e6]))])
        args = [cell(rng, num(rand_number(rng, negative=0.1))), start,
                cell(rng, num(rng.choice([2015, 2018, 2020, 2025, 1800, 2018.5, rng.randint(1990, 2031)])))]
    return name, args


# --- one Pyodide session for the whole test run ------------------------------------------------------

@pytest.fixture(scope="session")
def lite_project(tmp_path_factory):
    out = tmp_path_factory.mktemp("lite")
    assert cli_main(["lite", "--out", str(out)]) == 0
    return out


@pytest.fixture(scope="session")
def pyodide_answer(lite_project):
    reason = missing()
    if reason:
        if os.environ.get("REQUIRE_PYODIDE"):
            pytest.fail(f"REQUIRE_PYODIDE is set but {reason}")
        pytest.skip(reason)
    rng = random.Random(13)
    cases = [(name, args) for name, args, _ in SEED_CASES + MESSAGE_CASES + WHY_CASES]
    cases += [random_case(rng) for _ in range(RANDOM_CASES)]
    cases.append(DATE_WEIGHT)
    cases += [(name, args) for _, name, args, _ in BLANK_CASES]
    request = {"cases": [{"id": i, "name": name, "args": lite_args(args, rng)} for i, (name, args) in enumerate(cases)]}
    answer = run_in_pyodide(lite_project / "main.py", request)
    answer["cases"] = cases
    return answer


def lite_result(answer, index):
    result = answer["results"][str(index)]
    if isinstance(result, dict):  # what IFERROR sees: an error value (the type is the exception's class)
        result = dict(result)
        assert result.pop("type") == "ExcelFunctionError", result
    return result


def test_lite_writes_main_py_and_requirements(lite_project):
    assert sorted(p.name for p in lite_project.iterdir()) == ["main.py", "requirements.txt"]
    main_py = (lite_project / "main.py").read_text(encoding="utf-8")
    assert main_py.startswith("# main.py for xlwings Lite") and "GENERATED by `pyengine lite`" in main_py
    assert "do not edit by hand" in main_py
    assert main_py == build_main_py()  # deterministic: same sources, same bytes
    requirements = (lite_project / "requirements.txt").read_text(encoding="utf-8")
    assert requirements == REQUIREMENTS
    assert [line for line in requirements.splitlines() if not line.startswith("#")] == [f"xlwings=={XLWINGS_VERSION}"]


def test_main_py_imports_only_the_standard_library_and_xlwings(lite_project):
    tree = ast.parse((lite_project / "main.py").read_text(encoding="utf-8"))
    top_level = {alias.name.split(".")[0] for node in tree.body if isinstance(node, ast.Import) for alias in node.names}
    top_level |= {node.module.split(".")[0] for node in tree.body if isinstance(node, ast.ImportFrom)}
    assert top_level == {"importlib", "sys", "pyengine", "udfs"}  # pyengine: its Dutch catalog is installed
    modules = collect_modules()
    assert {"pyengine", "pyengine.core.allocation", "pyengine.core.capacity", "pyengine.core.money",
            "pyengine.errors", "pyengine.i18n", "udfs", "udfs.cells", "udfs.excel", "udfs.functions",
            "udfs.registry"} <= set(modules)
    # The facade, the leaf modules, the pure core and the functions; no reader, writer or command.
    assert not [m for m in modules if m.startswith(("pyengine.inputs", "pyengine.render"))
                or m in ("pyengine.bulk", "pyengine.cli", "pyengine.verify", "pyengine.audit", "pyengine.lite")]
    for name, (relative, _, source) in modules.items():  # the embedded text is the module's source, unchanged
        assert source == (ROOT / relative).read_text(encoding="utf-8"), name


def test_lite_refuses_a_folder_that_is_a_file(tmp_path, capsys):
    target = tmp_path / "main.py"
    target.write_text("keep me")
    assert cli_main(["lite", "--out", str(target)]) == 1
    assert target.read_text() == "keep me"
    assert capsys.readouterr().err.strip().count("\n") == 0


def test_bundler_refuses_a_module_level_import_outside_the_standard_library(tmp_path, monkeypatch):
    package = tmp_path / "udfs_probe"
    package.mkdir()
    (package / "__init__.py").write_text("import json\nfrom . import heavy\n")
    (package / "heavy.py").write_text("import math\nimport openpyxl\n\ndef later():\n    import pandas\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    from pyengine.errors import InputError

    with pytest.raises(InputError, match=r"udfs_probe/heavy.py imports openpyxl at module level"):
        collect_modules("udfs_probe")


def test_default_rates_literal_equals_the_documented_csv():
    assert read_rates(DEFAULT_RATES_FILE) == DEFAULT_RATES
    assert DEFAULT_RATES.rate(11) == Decimal("90000")


def test_pyodide_registers_every_name_with_its_own_argument_names_and_help(pyodide_answer):
    """What xlwings Lite hands Excel for its function wizard (custom_functions_meta), from the registry."""
    assert pyodide_answer["platform"] == "emscripten" and pyodide_answer["xlwings"] == XLWINGS_VERSION
    assert pyodide_answer["xw_func"] == "xlwings.pro.udfs_officejs"  # the Office.js decorators, as in Lite
    meta = {function["name"]: function for function in pyodide_answer["meta"]["functions"]}
    assert sorted(meta) == sorted(names()) == sorted(EXCEL_FUNCTIONS)
    for row in FUNCTIONS:
        for name, dutch in ((row.name, False), (row.naam, True)):
            registered = meta[name]
            assert registered["description"] == (row.hulp if dutch else row.help)
            assert [p["name"] for p in registered["parameters"]] == [a.naam if dutch else a.name for a in row.arguments]
            assert [p["description"] for p in registered["parameters"]] == [a.hulp if dutch else a.help
                                                                              for a in row.arguments]
            required = len(row.arguments) - len(row.implementation.__defaults__ or ())
            assert [p.get("optional", False) for p in registered["parameters"]] == \
                [i >= required for i in range(len(row.arguments))]
    # Only the pure core and the functions were loaded: no pandas, numpy or openpyxl inside Excel.
    assert [m for m in pyodide_answer["loaded"] if m.split(".")[0] not in ("pyengine", "udfs")] == []
    assert not any(m.startswith(("pyengine.inputs", "pyengine.render")) for m in pyodide_answer["loaded"])


def test_seed_figures_in_pyodide_equal_the_printed_ones_and_the_classic_functions(pyodide_answer):
    for index, (name, args, expected) in enumerate(SEED_CASES):
        assert lite_result(pyodide_answer, index) == expected, (name, args)
        assert classic_result(name, args) == expected, (name, args)


def test_failures_in_pyodide_are_value_errors_with_the_classic_one_line_messages(pyodide_answer):
    offset = len(SEED_CASES)
    for index, (name, args, message) in enumerate(MESSAGE_CASES, start=offset):
        assert lite_result(pyodide_answer, index) == error(message), (name, args)
        assert classic_result(name, args) == error(message), (name, args)
    for index, (name, args, expected) in enumerate(WHY_CASES, start=offset + len(MESSAGE_CASES)):
        assert lite_result(pyodide_answer, index) == expected == classic_result(name, args), (name, args)


def test_random_cases_in_pyodide_equal_the_classic_functions(pyodide_answer):
    cases = pyodide_answer["cases"]
    start = len(SEED_CASES) + len(MESSAGE_CASES) + len(WHY_CASES)
    kinds = {"number": 0, "spill": 0, "error": 0}
    differences = []
    for index in range(start, start + RANDOM_CASES):
        name, args = cases[index]
        expected, got = classic_result(name, args), lite_result(pyodide_answer, index)
        if got != expected:
            differences.append((name, args, expected, got))
        kinds["error" if isinstance(expected, dict) else "spill" if len(expected) * len(expected[0]) > 1 else "number"] += 1
        if isinstance(expected, dict):
            assert expected["message"].startswith(f"{name}: ") and "\n" not in expected["message"]
    assert not differences, differences[:5]
    assert RANDOM_CASES >= 2000
    assert min(kinds.values()) >= 250, kinds  # every kind of answer is well represented


def test_main_py_runs_again_in_the_same_python_from_its_own_copy(lite_project, tmp_path):
    """xlwings Lite runs main.py again after an edit: the second run must use its own (new) modules,
    never a pyengine installed beside it. Checked in CPython, with a stand-in xlwings."""
    script = tmp_path / "probe.py"
    script.write_text(f'''
import importlib, json, sys, types
stand_in = types.ModuleType("xlwings")
stand_in.func = lambda f=None, **options: (lambda g: g) if f is None else f
stand_in.arg = stand_in.ret = lambda *args, **options: (lambda g: g)
sys.modules["xlwings"] = stand_in
sys.path.insert(0, {str(lite_project)!r})
import pyengine  # the installed package first: the bundle must replace it
import main
first = main.ALLOCATE
main = importlib.reload(main)
print(json.dumps({{"same": first is main.ALLOCATE, "file": sys.modules["pyengine.core.money"].__file__,
                  "result": main.ALLOCATE(27, [[1010], [932], [5952], [9220], [4343], [1150], [1950], [2443]])}}))
''')
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=60, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    answer = json.loads(done.stdout)
    assert answer["same"] is False
    assert answer["file"] == "<pyengine main.py>/pyengine/core/money.py"
    assert answer["result"] == [[1.0], [1.0], [6.0], [9.0], [4.0], [1.0], [2.0], [3.0]]


def test_lite_replaces_its_own_main_py_but_never_a_hand_edited_one(tmp_path, capsys):
    from pyengine.lite import CHECKSUM_PREFIX

    out = tmp_path / "lite"
    assert cli_main(["lite", "--out", str(out)]) == 0
    main_py = out / "main.py"
    generated = main_py.read_text(encoding="utf-8")
    # An unedited main.py from an older pyengine (its checksum matches) is simply replaced.
    head, _, code = generated.partition(CHECKSUM_PREFIX)
    older_code = code.split("\n", 1)[1].replace("__all__ = ", "OLDER = 1\n__all__ = ")
    import hashlib

    older = head + CHECKSUM_PREFIX + hashlib.sha256(older_code.encode()).hexdigest() + "\n" + older_code
    main_py.write_text(older, encoding="utf-8")
    assert cli_main(["lite", "--out", str(out)]) == 0
    assert main_py.read_text(encoding="utf-8") == generated
    # A hand edit is refused with one line, and nothing is written; --force overwrites it.
    edited = generated.replace('"65000"', '"65500"')
    main_py.write_text(edited, encoding="utf-8")
    (out / "requirements.txt").unlink()
    capsys.readouterr()
    assert cli_main(["lite", "--out", str(out)]) == 1
    assert capsys.readouterr().err == (f"pyengine lite: {main_py}: exists and was changed by hand; nothing written "
                                       "(move it away, or use --force to overwrite it)\n")
    assert main_py.read_text(encoding="utf-8") == edited and not (out / "requirements.txt").exists()
    assert cli_main(["lite", "--out", str(out), "--force"]) == 0
    assert main_py.read_text(encoding="utf-8") == generated


def test_a_blank_as_null_empty_text_or_0_gives_the_same_in_pyodide_and_classic(pyodide_answer):
    start = len(pyodide_answer["cases"]) - len(BLANK_CASES)
    for index, (form, name, args, expected) in enumerate(BLANK_CASES, start=start):
        assert lite_result(pyodide_answer, index) == expected, (form, name)
        assert classic_result(name, args) == expected, (form, name)


def iferror(result, fallback):
    """What Excel's IFERROR (ALS.FOUT) makes of a cell's result."""
    return fallback if isinstance(result, dict) and result.get("error") == "#VALUE!" else result


def test_every_name_fails_as_an_error_value_that_iferror_catches_in_pyodide_and_classic(pyodide_answer):
    """An IFERROR-like check for every function, English and Dutch: a failed call is an error value (the
    harness records the exception xlwings' Office.js code turns into #VALUE!), never text or a number;
    IFERROR replaces it, and a good call passes through IFERROR unchanged."""
    failed, passed = set(), set()
    for index, (name, args) in enumerate(pyodide_answer["cases"]):
        result = lite_result(pyodide_answer, index)
        if iferror(result, "caught") == "caught":
            assert set(result) == {"error", "message"} and result["message"].startswith(f"{name}: "), result
            failed.add(name)
        else:
            assert iferror(result, "caught") == result and isinstance(result, list)
            if name not in ("WHY", "WAAROM"):  # WHY gives text by design; every other result is numbers
                assert all(type(x) is float for row in result for x in row), (name, result)
            passed.add(name)
    assert failed == passed == set(names())


def test_a_date_among_the_weights_is_the_one_documented_difference(pyodide_answer):
    index = len(pyodide_answer["cases"]) - 1 - len(BLANK_CASES)
    assert pyodide_answer["cases"][index] == DATE_WEIGHT
    assert classic_result(*DATE_WEIGHT) == DATE_WEIGHT_CLASSIC
    assert lite_result(pyodide_answer, index) == DATE_WEIGHT_LITE


# --- the ready-made files for an officer without Python (examples/excel/) ----------------------------

READY = ROOT / "examples" / "excel"
OUT_OF_DATE = "out of date: run `make lite-files` (after changing udfs/, the pure core or the Dutch catalog)"


def code_in_workbook(xlsx: bytes) -> dict:
    """What xlwings Lite reads from a workbook: the web extension's main.py and requirements.txt properties."""
    import io
    import xml.etree.ElementTree as ElementTree
    import zipfile

    with zipfile.ZipFile(io.BytesIO(xlsx)) as archive:
        root = ElementTree.fromstring(archive.read("xl/webextensions/webextension1.xml"))
        types = archive.read("[Content_Types].xml").decode()
        rels = archive.read("_rels/.rels").decode()
        panes = archive.read("xl/webextensions/taskpanes.xml").decode()
    we = "{http://schemas.microsoft.com/office/webextensions/webextension/2010/11}"
    assert root.find(f"{we}reference").get("id") == "wa200008175"  # xlwings Lite in the add-in store
    assert root.find(f"{we}reference").get("storeType") == "OMEX"
    assert 'PartName="/xl/webextensions/webextension1.xml"' in types and "webextensiontaskpanes" in rels
    assert 'r:id="rId1"' in panes
    return {p.get("name"): json.loads(p.get("value")) for p in root.iter(f"{we}property")}


def test_the_shipped_main_py_and_requirements_are_what_pyengine_lite_writes(lite_project):
    assert (READY / "main.py").read_bytes() == (lite_project / "main.py").read_bytes(), f"examples/excel/main.py {OUT_OF_DATE}"
    assert (READY / "requirements.txt").read_bytes() == (lite_project / "requirements.txt").read_bytes(), \
        f"examples/excel/requirements.txt {OUT_OF_DATE}"


def test_the_shipped_lite_workbook_carries_the_code_as_xlwings_lite_stores_it():
    import openpyxl

    shipped = (READY / "functions_demo_lite.xlsx").read_bytes()
    demo = (ROOT / "xlsx_models" / "examples" / "functions_demo.xlsx").read_bytes()
    from pyengine.lite import workbook_with_code

    assert shipped == workbook_with_code(demo, build_main_py(), REQUIREMENTS), f"functions_demo_lite.xlsx {OUT_OF_DATE}"
    assert code_in_workbook(shipped) == {"main.py": build_main_py(), "requirements.txt": REQUIREMENTS}
    # Otherwise the same workbook: every sheet, value and formula of the demo.
    import io

    lite_book, plain_book = openpyxl.load_workbook(io.BytesIO(shipped)), openpyxl.load_workbook(io.BytesIO(demo))
    assert lite_book.sheetnames == plain_book.sheetnames
    def shown(value):
        return getattr(value, "text", value)  # an array formula by its text

    for name in plain_book.sheetnames:
        assert [[shown(c.value) for c in row] for row in lite_book[name].iter_rows()] == \
            [[shown(c.value) for c in row] for row in plain_book[name].iter_rows()]
    with pytest.raises(InputErrorType):
        workbook_with_code(shipped, "x", "y")  # never a second add-in part set


from pyengine.errors import InputError as InputErrorType  # noqa: E402


# --- a Dutch name answers in Dutch, an English name in English (both runtimes: Lite equals classic) ------

ENGLISH_WORDS = re.compile(r"\b(is negative|must|got|not a number|not text|TRUE/FALSE|empty|error value|the result|"
                           r"too large|hours|weeks|rates?|scale|weights?|total|fulltime|amount|row|appears|unknown|"
                           r"choose|start|decimals|method|step|key)\b")
DUTCH_WORDS = re.compile(r"\b(negatief|moet|niet|geen|leeg|foutwaarde|uitkomst|rij|gewicht|totaal|tarieven|uren|"
                         r"weken|bedrag|jaar|decimalen|methode|stap|sleutel|WAAR|ONWAAR|tekst)\b")
USER_TEXT = re.compile(r"'[^']*'|\"[^\"]*\"|#[A-Z0-9/!?]+")  # echoed cell text and error codes: as typed


def test_a_dutch_name_answers_in_dutch_and_an_english_name_in_english():
    """Every message of a Dutch name is Dutch (argument names, words, 1,5 with a decimal comma); every
    message of an English name is English. Over random calls of every function, and the message cases."""
    rng = random.Random(21)
    calls = [random_case(rng) for _ in range(6000)] + [(name, args) for name, args, _ in MESSAGE_CASES]
    checked = {"nl": 0, "en": 0}
    for name, args in calls:
        result = classic_result(name, args)
        if not isinstance(result, dict):
            continue
        text = USER_TEXT.sub("", result["message"].partition(": ")[2])
        if name in ENGLISH:
            assert not ENGLISH_WORDS.search(text), result["message"]
            assert not re.search(r"\d\.\d", text), result["message"]  # 1,5 in a Dutch message
            checked["nl"] += 1
        else:
            assert not DUTCH_WORDS.search(text), result["message"]
            assert not re.search(r"\d,\d", text), result["message"]
            checked["en"] += 1
    assert min(checked.values()) >= 1000, checked


def test_the_demo_workbooks_uitleg_shows_what_excel_receives_for_its_function_wizard(pyodide_answer):
    """Uitleg lists every Dutch function as Excel shows it: its name, its argument names ([ ] optional), its
    description and each argument's help, exactly as xlwings Lite registers them (custom_functions_meta)."""
    import openpyxl

    sheet = openpyxl.load_workbook(ROOT / "xlsx_models" / "examples" / "functions_demo.xlsx")["Uitleg"]
    lines = [row[0] for row in sheet.iter_rows(values_only=True) if row[0]]
    meta = {function["name"]: function for function in pyodide_answer["meta"]["functions"]}
    for row in FUNCTIONS:
        registered = meta[row.naam]
        shown = "; ".join(f"[{p['name']}]" if p.get("optional") else p["name"] for p in registered["parameters"])
        first = lines.index(f"={row.naam}({shown})  ({row.name}): {registered['description']}")
        assert lines[first + 1:first + 1 + len(registered["parameters"])] == [
            f"      {p['name']}: {p['description']}" for p in registered["parameters"]]
