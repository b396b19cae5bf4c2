"""Run xlwings' own Windows UDF registration (xlwings.udfs.xlfunc / xlarg) over our functions, on
any OS, and print the metadata xlwings would hand to Excel as JSON. Used by test_udfs.py in a
subprocess: the pywin32 modules are stubbed, which must not leak into other tests."""

import importlib
import json
import sys
from unittest import mock

for name in ("pythoncom", "pywintypes", "win32com", "win32com.client"):
    sys.modules[name] = mock.MagicMock()

import xlwings  # noqa: E402
import xlwings.udfs as windows_udfs  # noqa: E402

xlwings.func, xlwings.arg, xlwings.ret = windows_udfs.xlfunc, windows_udfs.xlarg, windows_udfs.xlret

import udfs.excel  # noqa: E402
import udfs.functions  # noqa: E402

importlib.reload(udfs.excel)
importlib.reload(udfs.functions)

out = {}
for name in udfs.functions.__dict__:
    value = getattr(udfs.functions, name)
    info = getattr(value, "__xlfunc__", None)
    if info is None:
        continue
    out[name] = {
        "name": info["name"],
        "category": info["category"],
        "doc": info["ret"]["doc"],
        "args": [
            {"name": a["name"], "doc": a["doc"], "optional": "optional" in a, "options": a["options"]}
            for a in info["args"]
        ],
    }
json.dump(out, sys.stdout)
