"""Run xlwings' own Windows UDF registration (xlwings.udfs.xlfunc / xlarg and the VBA wrapper it writes on
"Import Functions") over our functions, on any OS, and print what xlwings would hand to Excel as JSON;
also what a failing call returns through pywin32's VARIANT. Used by test_udfs.py in a subprocess: the
pywin32 modules are stubbed, which must not leak into other tests."""

import importlib
import io
import json
import sys
import types
from unittest import mock

for name in ("pywintypes", "win32com"):
    sys.modules[name] = mock.MagicMock()
pythoncom = mock.MagicMock()
pythoncom.VT_ERROR = 10  # VARENUM: VT_ERROR
sys.modules["pythoncom"] = pythoncom
client = mock.MagicMock()


class VARIANT:  # win32com.client.VARIANT: a value of an explicit COM type
    def __init__(self, varianttype, value):
        self.varianttype, self.value = varianttype, value


client.VARIANT = VARIANT
sys.modules["win32com.client"] = client

import xlwings  # noqa: E402
import xlwings.udfs as windows_udfs  # noqa: E402

xlwings.func, xlwings.arg, xlwings.ret = windows_udfs.xlfunc, windows_udfs.xlarg, windows_udfs.xlret

import udfs.excel  # noqa: E402

importlib.reload(udfs.excel)
from udfs.registry import FUNCTIONS  # noqa: E402

exposed = udfs.excel.expose_all(FUNCTIONS)
module = types.ModuleType("udfs")
module.__dict__.update(exposed)
out = {"functions": {}}
for name, value in exposed.items():
    info = value.__xlfunc__
    out["functions"][name] = {
        "name": info["name"],
        "category": info["category"],
        "doc": info["ret"]["doc"],
        "args": [
            {"name": a["name"], "doc": a["doc"], "optional": "optional" in a, "options": a["options"]}
            for a in info["args"]
        ],
    }
vba = io.StringIO()
windows_udfs.generate_vba_wrapper("udfs", module, vba, types.SimpleNamespace(Name="functions_demo.xlsm"))
out["vba"] = vba.getvalue()
failed = exposed["VERDEEL"](27.0, [[1.0], [-2.0]])
out["failure"] = {"type": type(failed).__name__, "varianttype": failed.varianttype, "value": failed.value}
json.dump(out, sys.stdout)
