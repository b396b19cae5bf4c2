"""The layout enforced by reading the source (ast), not by importing it: a pure core, one-way layers, no cycles.

Layers, lowest first; a module may import only from its own layer and the layers its rule lists
(imports inside functions count too):

    leaf      pyengine/errors.py, version.py, i18n.py   imports nothing of ours
    core      pyengine/core/                            leaf
    inputs    pyengine/inputs/                          leaf, core
    render    pyengine/render/                          leaf, core, inputs
    commands  the modules in pyengine/ itself: bulk, verify, cli, __main__ ..., and the
              package pyengine/audit/                    all of the above
    facade    pyengine/__init__.py (the public names)   all of the above; at import time only leaf and core
    udfs      udfs/ (the Excel functions)               leaf, core, inputs, facade
"""

from __future__ import annotations

import ast
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("pyengine", "udfs")

LAYER_RULES = {
    "leaf": set(),
    "core": {"leaf"},
    "inputs": {"leaf", "core"},
    "render": {"leaf", "core", "inputs"},
    "commands": {"leaf", "core", "inputs", "render"},
    "facade": {"leaf", "core", "inputs", "render", "commands"},
    "udfs": {"leaf", "core", "inputs", "facade"},
}

# The core computes; it reads and writes nothing. Everything it imports is on this list: pure standard
# library modules, and numpy only inside a function (an optional speed-up for large float inputs; the
# exact path runs without it). io, os, pathlib, shutil, subprocess, tempfile, zipfile, csv, sys,
# openpyxl, pandas ... are absent on purpose.
CORE_STDLIB = {"__future__", "bisect", "collections", "dataclasses", "datetime", "decimal", "enum", "fractions",
               "unicodedata",
               "functools", "heapq", "itertools", "math", "numbers", "operator", "re", "typing"}
CORE_LAZY_ONLY = {"numpy"}
CORE_FORBIDDEN_CALLS = {"open", "input", "print", "eval", "exec", "compile", "__import__", "breakpoint"}


@dataclass(frozen=True)
class Import:
    module: str  # the importing module
    target: str  # the absolute name imported (a module, or the package whose attribute is taken)
    line: int
    lazy: bool  # inside a function body


def our_modules() -> dict[str, Path]:
    modules = {}
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            parts = path.relative_to(ROOT).with_suffix("").parts
            if parts[-1] == "__init__":
                parts = parts[:-1]
            modules[".".join(parts)] = path
    return modules


MODULES = our_modules()


def imports_of(name: str, path: Path, known: dict[str, Path] | None = None) -> list[Import]:
    known = MODULES if known is None else known
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: list[Import] = []

    def visit(node: ast.AST, lazy: bool) -> None:
        if isinstance(node, ast.Import):
            found.extend(Import(name, alias.name, node.lineno, lazy) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base_parts = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                base = ".".join(base_parts + ([node.module] if node.module else []))
            else:
                base = node.module or ""
            for alias in node.names:
                candidate = f"{base}.{alias.name}"
                found.append(Import(name, candidate if candidate in known else base, node.lineno, lazy))
        inner = lazy or isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda))
        for child in ast.iter_child_nodes(node):
            visit(child, inner)

    visit(ast.parse(path.read_text(encoding="utf-8"), str(path)), False)
    return found


IMPORTS = [imp for name, path in MODULES.items() for imp in imports_of(name, path)]


def layer_of(module: str) -> str:
    if module in ("pyengine.errors", "pyengine.version", "pyengine.i18n"):
        return "leaf"
    for layer in ("core", "inputs", "render"):
        if module == f"pyengine.{layer}" or module.startswith(f"pyengine.{layer}."):
            return layer
    if module.count(".") == 1 and module.startswith("pyengine.") and MODULES[module].parent == ROOT / "pyengine":
        return "commands"  # a module in pyengine/ itself: the commands sit on top
    if module == "pyengine.audit" or module.startswith("pyengine.audit."):
        return "commands"  # the audit command, a package: its readers, its pure inference, its report
    if module == "pyengine":
        return "facade"
    if module == "udfs" or module.startswith("udfs."):
        return "udfs"
    raise AssertionError(f"{module} belongs to no layer: place it, and add it to the layer table in {__file__}")


def is_ours(target: str) -> bool:
    return target.split(".")[0] in PACKAGES


def where(imp: Import) -> str:
    return f"{MODULES[imp.module].relative_to(ROOT)}:{imp.line} imports {imp.target}" + (" (lazily)" if imp.lazy else "")


def test_the_walker_sees_relative_lazy_and_attribute_imports():
    found = {(i.module, i.target, i.lazy) for i in IMPORTS}
    assert ("pyengine.inputs.spec", "pyengine.core.amendment", False) in found  # from ..core.amendment import
    assert ("pyengine.inputs.spec", "pyengine.inputs.rates", True) in found  # inside costs_from_spec
    assert ("pyengine", "pyengine.bulk", True) in found  # the facade's lazy generate
    assert ("udfs.functions", "pyengine", False) in found  # from pyengine import allocate
    assert ("udfs.functions", "udfs.cells", False) in found  # from . import cells
    assert len(MODULES) > 25


def test_every_module_has_a_layer():
    for module in MODULES:
        layer_of(module)


def test_nothing_below_imports_from_above():
    wrong = [where(imp) for imp in IMPORTS if is_ours(imp.target)
             and layer_of(imp.target) != layer_of(imp.module)
             and layer_of(imp.target) not in LAYER_RULES[layer_of(imp.module)]]
    assert not wrong, "\n".join(wrong)


def test_the_leaf_imports_nothing_of_ours():
    wrong = [where(imp) for imp in IMPORTS if layer_of(imp.module) == "leaf" and is_ours(imp.target)]
    assert not wrong, "\n".join(wrong)


def test_the_facade_loads_only_the_core_at_import_time():
    wrong = [where(imp) for imp in IMPORTS if imp.module == "pyengine" and not imp.lazy and is_ours(imp.target)
             and layer_of(imp.target) not in ("leaf", "core")]
    assert not wrong, "\n".join(wrong)


def test_no_import_cycles():
    graph: dict[str, set[str]] = {module: set() for module in MODULES}
    for imp in IMPORTS:
        if is_ours(imp.target) and imp.target != imp.module:
            graph[imp.module].add(imp.target)
    done: set[str] = set()

    def cycle_from(module: str, path: list[str]) -> list[str] | None:
        if module in path:
            return path[path.index(module):] + [module]
        if module in done:
            return None
        for target in sorted(graph[module]):
            found = cycle_from(target, path + [module])
            if found:
                return found
        done.add(module)
        return None

    for module in sorted(graph):
        cycle = cycle_from(module, [])
        assert cycle is None, "import cycle: " + " -> ".join(cycle)


def test_the_core_imports_no_io_library():
    wrong = []
    for imp in IMPORTS:
        if layer_of(imp.module) != "core" or is_ours(imp.target):
            continue
        top = imp.target.split(".")[0]
        if top in CORE_STDLIB or (top in CORE_LAZY_ONLY and imp.lazy):
            continue
        wrong.append(where(imp))
    assert not wrong, "the core must stay pure (see CORE_STDLIB):\n" + "\n".join(wrong)


def test_the_core_calls_no_io_builtin_and_imports_nothing_dynamically():
    wrong = []
    for module, path in MODULES.items():
        if layer_of(module) != "core":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in CORE_FORBIDDEN_CALLS:
                wrong.append(f"{path.relative_to(ROOT)}:{node.lineno} calls {node.func.id}()")
    assert not wrong, "\n".join(wrong)


def test_nothing_of_ours_imports_dynamically():
    """import_module or __import__ would hide an import from the tests above."""
    wrong = []
    for path in MODULES.values():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            name = getattr(node, "id", None) or getattr(node, "attr", None)
            if isinstance(node, (ast.Name, ast.Attribute)) and name in ("import_module", "__import__"):
                wrong.append(f"{path.relative_to(ROOT)}:{node.lineno} uses {name}")
    assert not wrong, "\n".join(wrong)


def test_xlwings_only_in_the_excel_layer():
    wrong = [where(imp) for imp in IMPORTS if imp.target.split(".")[0] == "xlwings" and layer_of(imp.module) != "udfs"]
    assert not wrong, "\n".join(wrong)


def test_every_module_opens_with_one_line_on_its_job():
    wrong = []
    for path in MODULES.values():
        doc = ast.get_docstring(ast.parse(path.read_text(encoding="utf-8")), clean=False)
        lines = (doc or "").splitlines()
        if not lines or not lines[0].strip().endswith(".") or (len(lines) > 1 and lines[1].strip()):
            wrong.append(f"{path.relative_to(ROOT)}: {lines[:2]}")
    assert not wrong, "the docstring must open with one complete line (then a blank line):\n" + "\n".join(wrong)


@pytest.mark.parametrize("code", [
    "import pyengine; assert pyengine.allocate(27, [3, 1]) == [20, 7]",
    "import pyengine.cli",  # `pyengine --help` answers at once
    "from pyengine.errors import InputError",
])
def test_light_imports_load_no_heavy_library(code):
    heavy = ("openpyxl", "pandas", "xlwings", "numpy")
    check = f"{code}\nimport sys\nprint(','.join(m for m in {heavy!r} if m in sys.modules))"
    loaded = subprocess.run([sys.executable, "-c", check], capture_output=True, text=True, check=True).stdout.strip()
    assert loaded == "", f"{code!r} loaded {loaded}"


def test_the_audit_inference_is_pure():
    """The audit's model and inference read no file: the readers (xlsx, pdf) and the report do."""
    for name in ("pyengine.audit.model", "pyengine.audit.rules", "pyengine.audit.tables", "pyengine.audit.blame",
                 "pyengine.audit.running", "pyengine.audit.changes"):
        for imp in imports_of(name, MODULES[name]):
            if is_ours(imp.target):
                # (the pure core reads no file either: test_the_core_imports_no_io_library)
                assert imp.target.startswith(("pyengine.audit.model", "pyengine.audit.rules", "pyengine.i18n",
                                              "pyengine.core.cells", "pyengine.render.formula", "pyengine.audit.blame",
                                              "pyengine.audit.running", "pyengine.audit.changes")) \
                    or imp.target == "pyengine.audit", where(imp)
            else:
                assert imp.target.split(".")[0] in CORE_STDLIB, where(imp)


# --- one xlsx reader (issue 24, point 6) --------------------------------------------------------------------
# Reading an .xlsx (openpyxl.load_workbook, zipfile + ElementTree on a package) happens in inputs/xlsx_reader.py
# (within inputs/safezip.py's bounds) for every reader: keys, specs, input and produced workbooks, verify, bulk's
# Invoerhash, the audit, the writer's templates (cells, style indices, the raw styles and theme parts, widths,
# heights, merges, defined names, pictures) and the PDF print's sheet list. The list may shrink, never grow.
XLSX_READING_ALLOWED = {
    "pyengine.inputs.xlsx_reader": "the one reader",
    "pyengine.inputs.safezip": "opens a package for the reader, within its bounds (never parses a part)",
}


def _opens_a_zip_to_read(call: ast.Call) -> bool:
    """ZipFile(x) or ZipFile(x, 'r') (writing a package, ZipFile(x, 'w'), is the writers' job), open_package(x)."""
    func = call.func
    name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
    if name.startswith("open_package"):
        return True
    if name != "ZipFile":
        return False
    mode = call.args[1] if len(call.args) > 1 else next((k.value for k in call.keywords if k.arg == "mode"), None)
    return mode is None or (isinstance(mode, ast.Constant) and mode.value == "r")


def _reads_xlsx(path: Path) -> bool:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = {n.attr for n in ast.walk(tree) if isinstance(n, ast.Attribute)} | \
        {n.id for n in ast.walk(tree) if isinstance(n, ast.Name)}
    imported = {alias.name.split(".")[0] for n in ast.walk(tree) if isinstance(n, (ast.Import, ast.ImportFrom))
                for alias in n.names} | {(n.module or "").split(".")[0] for n in ast.walk(tree)
                                         if isinstance(n, ast.ImportFrom)}
    return "load_workbook" in names or ("zipfile" in imported and ("ElementTree" in imported or "iterparse" in names
                                                                    or "fromstring" in names)) \
        or any(_opens_a_zip_to_read(n) for n in ast.walk(tree) if isinstance(n, ast.Call))


def test_xlsx_files_are_read_in_one_place():
    readers = {module for module, path in MODULES.items() if _reads_xlsx(path)}
    unexpected = sorted(m for m in readers if m not in XLSX_READING_ALLOWED)
    assert not unexpected, "read .xlsx files through pyengine.inputs.xlsx_reader: " + ", ".join(unexpected)
    for module in ("pyengine.inputs.tables", "pyengine.inputs.workbook_cells", "pyengine.inputs.workbook_spec",
                   "pyengine.inputs.produced_spec", "pyengine.verify", "pyengine.bulk", "pyengine.audit.xlsx",
                   "pyengine.render.template", "pyengine.render.xlsx", "pyengine.pdf", "pyengine.lite"):
        assert module not in readers and module in MODULES
    assert "pyengine.inputs.xlsx_reader" in readers  # the walker sees a reader
    assert "pyengine.inputs.safezip" in readers  # ... and a zip opened to read


def test_the_walker_sees_a_zip_opened_to_read_and_not_one_opened_to_write():
    def reads(code: str) -> bool:
        return any(_opens_a_zip_to_read(n) for n in ast.walk(ast.parse(code)) if isinstance(n, ast.Call))

    assert reads("zipfile.ZipFile(path)") and reads("ZipFile(io.BytesIO(data), 'r')") and reads("open_package(p)")
    assert reads("zipfile.ZipFile(path, mode='r')")
    assert not reads("zipfile.ZipFile(target, 'w', zipfile.ZIP_DEFLATED)") and not reads("ZipFile(b, mode='w')")
