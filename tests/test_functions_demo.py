"""The example workbook for Excel users: the seed systems laid out with our functions."""

import re
import sys
from pathlib import Path

import openpyxl

from workbook_checks import formula_cells

ROOT = Path(__file__).resolve().parent.parent
DEMO = ROOT / "xlsx_models" / "examples" / "functions_demo.xlsx"


def test_demo_workbook_is_up_to_date_with_its_build_script():
    sys.path.insert(0, str(DEMO.parent))
    try:
        import build_functions_demo
    finally:
        sys.path.pop(0)
    assert build_functions_demo.build() == DEMO.read_bytes(), "run python xlsx_models/examples/build_functions_demo.py"


def test_demo_uses_every_function_and_stores_their_values():
    cells = formula_cells(DEMO)
    used = {m for _, _, text, _ in cells for m in re.findall(r"\b([A-Z_]+)\(", text)}
    assert {"ALLOCATE", "VERDEEL", "FTE_COST", "LOONKOSTEN", "HOURS_COST", "FTE", "CONTINGENCY", "ONVOORZIEN",
            "PRORATE"} <= used
    assert all(value is not None for *_, value in cells)


def test_demo_allocations_add_up_to_their_totals():
    workbook = openpyxl.load_workbook(DEMO, data_only=True)
    leerhuis = workbook["Regionaal Leerhuis"]
    assert [leerhuis.cell(r, 4).value for r in range(6, 14)] == [1, 1, 6, 9, 4, 1, 2, 3]
    assert sum(leerhuis.cell(r, 3).value for r in range(6, 14)) == 27000
    rijnland = workbook["Holland Rijnland"]
    column = [row[2] for row in rijnland.iter_rows(values_only=True)]
    first = column.index("=ALLOCATE (euro)") + 1
    assert sum(column[first:first + 13]) == 105000
