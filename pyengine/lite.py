"""`pyengine lite`: write main.py and requirements.txt for xlwings Lite (Python inside Excel itself).

main.py is generated, never edited by hand: it carries the sources of the Excel functions (package
``udfs``) and of every pyengine module they import, and a small in-memory importer that imports
them under their own names. So the code that runs in Excel is the code the test suite runs, and
main.py needs nothing beyond the standard library and xlwings' own ``func`` / ``arg`` decorators.

The modules are found by following the module-level imports from ``udfs``; an import inside a
function (pandas for a Series, the commands for ``pyengine.generate``) is an optional path and is not
followed. Bundling refuses a module-level import of anything else than the standard library or
xlwings, so a dependency cannot slip into Excel unnoticed. The output is byte-identical for the
same sources: modules in name order, no timestamps.
"""

from __future__ import annotations

import ast
import io
import json
import zipfile
import hashlib
import importlib.metadata
import importlib.util
import sys
from pathlib import Path

from .errors import InputError
from .i18n import _, catalog_as_dict

ROOT_MODULE = "udfs"
ALLOWED_THIRD_PARTY = {"xlwings"}  # provided by xlwings Lite itself
PROJECT_PACKAGES = ("pyengine", "udfs")
# The xlwings release whose Office.js conversion code the Pyodide tests run (tests/pyodide/), pinned in
# requirements.txt so that a workbook runs what was tested.
XLWINGS_VERSION = "0.37.8"

REQUIREMENTS = f"""\
# requirements.txt for xlwings Lite, written by `pyengine lite`.
# pyengine's Excel functions need no other package: main.py carries their code (standard library only).
# xlwings is xlwings Lite's own package; pinned to the release pyengine's tests ran in Pyodide.
xlwings=={XLWINGS_VERSION}
"""


def _source_of(module: str) -> tuple[Path, bool]:
    spec = importlib.util.find_spec(module)
    if spec is None or spec.origin is None or not spec.origin.endswith(".py"):
        raise InputError(_('pyengine lite: cannot find the source of module {module}').format(module=module))
    return Path(spec.origin), spec.submodule_search_locations is not None


def _is_module(name: str) -> bool:
    """True for a module or package; False for a name inside a module (`from x import function`)."""
    try:
        return importlib.util.find_spec(name) is not None
    except ModuleNotFoundError:  # the parent is a module, not a package
        return False


def _module_level_imports(tree: ast.Module, module: str, is_package: bool) -> list[str]:
    """Absolute names imported when the module is imported (not those inside functions)."""
    package = module if is_package else module.rpartition(".")[0]
    found: list[str] = []

    def visit(nodes) -> None:
        for node in nodes:
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):  # run later, if ever
                continue
            if isinstance(node, ast.Import):
                found.extend(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom):
                if node.level:
                    base = package.split(".")
                    base = base[: len(base) - (node.level - 1)]
                    target = ".".join(base + ([node.module] if node.module else []))
                else:
                    target = node.module or ""
                if target == "__future__":
                    continue
                found.append(target)
                # `from . import cells` imports a submodule; `from x import name` may too.
                found.extend(f"{target}.{alias.name}" for alias in node.names if alias.name != "*")
            else:
                visit(ast.iter_child_nodes(node))

    visit(tree.body)
    return found


def collect_modules(root: str = ROOT_MODULE) -> dict[str, tuple[str, bool, str]]:
    """{module name: (path inside the project, is package, source)} for root and what it imports."""
    modules: dict[str, tuple[str, bool, str]] = {}
    own = set(PROJECT_PACKAGES) | {root.split(".")[0]}
    pending = [root]
    while pending:
        name = pending.pop()
        if name in modules:
            continue
        path, is_package = _source_of(name)
        source = path.read_text(encoding="utf-8")
        relative = "/".join(name.split(".")) + ("/__init__.py" if is_package else ".py")
        modules[name] = (relative, is_package, source)
        parent = name.rpartition(".")[0]
        if parent:
            pending.append(parent)
        for imported in _module_level_imports(ast.parse(source, relative), name, is_package):
            top = imported.split(".")[0]
            if top in own:
                if _is_module(imported):
                    pending.append(imported)
            elif top not in sys.stdlib_module_names and top not in ALLOWED_THIRD_PARTY:
                raise InputError(_('pyengine lite: {relative} imports {imported} at module level; what runs in Excel may import only the standard library (import optional packages inside the function that needs them)').format(relative=relative, imported=imported))
    return dict(sorted(modules.items()))


def _literal(source: str) -> str:
    """The source as implicitly concatenated string literals, one line each (readable, exact)."""
    lines = source.splitlines(keepends=True) or [""]
    return "(\n" + "".join(f"        {line!r}\n" for line in lines) + "    )"


BOOTSTRAP = '''
class _PyengineBundle(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    """Imports the modules above by their own names, from memory."""

    def find_spec(self, fullname, path=None, target=None):
        if fullname in _MODULES:
            return importlib.util.spec_from_loader(fullname, self, is_package=_MODULES[fullname][1])
        return None

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        relative, is_package, source = _MODULES[module.__name__]
        if is_package:
            module.__path__ = []
        module.__file__ = "<pyengine main.py>/" + relative
        exec(compile(source, module.__file__, "exec", dont_inherit=True), module.__dict__)


# xlwings Lite may run main.py again in the same Python (after an edit): start from a clean slate.
sys.meta_path[:] = [finder for finder in sys.meta_path if type(finder).__name__ != "_PyengineBundle"]
for _name in [name for name in sys.modules if name.split(".")[0] in ("pyengine", "udfs")]:
    del sys.modules[_name]
sys.meta_path.insert(0, _PyengineBundle())
'''


def build_main_py() -> str:
    """The text of main.py (deterministic for the same sources)."""
    modules = collect_modules()
    digest = hashlib.sha256()
    for name, (relative, is_package, source) in modules.items():
        digest.update(f"{name}\0{relative}\0{is_package}\0{source}\0".encode("utf-8"))
    header = (
        "# main.py for xlwings Lite: pyengine's Excel functions, by their English and Dutch names\n"
        "# (VERDEEL, LOONKOSTEN, ...; the table is udfs/registry.py).\n"
        "#\n"
        f"# GENERATED by `pyengine lite` from pyengine {_version()}: do not edit by hand, regenerate it with\n"
        "#     pyengine lite --out DIR\n"
        f"# It carries the sources of {len(modules)} pyengine modules (sha256 {digest.hexdigest()[:16]}) and needs\n"
        "# only the Python standard library and xlwings Lite's own `xlwings` package.\n"
    )
    code = (
        '"""pyengine\'s Excel functions for xlwings Lite (generated by `pyengine lite`; see the comment above)."""\n'
        "\n"
        "import importlib.abc\n"
        "import importlib.util\n"
        "import sys\n"
        "\n"
        "_MODULES = {\n"
    )
    code += "".join(f"    {name!r}: ({relative!r}, {is_package!r}, {_literal(source)}),\n"
                    for name, (relative, is_package, source) in modules.items())
    code += "}\n" + BOOTSTRAP
    # The Dutch catalog, embedded: Excel's Python has no package files (a Dutch name answers in Dutch).
    dutch = dict(sorted(catalog_as_dict("nl").items()))
    code += (
        "\n"
        "import pyengine.i18n  # noqa: E402\n"
        "\n"
        f"pyengine.i18n.install_catalog('nl', {{\n{''.join(f'    {key!r}: {text!r},{chr(10)}' for key, text in dutch.items())}}})\n"
    )
    code += (
        "\n"
        "from udfs import *  # noqa: E402,F403  (the bundle must be importable first)\n"
        "from udfs import __all__  # noqa: E402  (every name in udfs/registry.py, English and Dutch)\n"
    )
    return header + f"{CHECKSUM_PREFIX}{_sha256(code)}\n" + code


def _version() -> str:
    try:
        return importlib.metadata.version("pyengine")
    except importlib.metadata.PackageNotFoundError:  # run from a source tree that is not installed
        return "(not installed)"


CHECKSUM_PREFIX = "# sha256 of the text below this line: "


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _unedited_main_py(text: str) -> bool:
    """A main.py that `pyengine lite` wrote and nobody changed since (its checksum still matches)."""
    start = text.find(CHECKSUM_PREFIX)
    line_end = text.find("\n", start)
    if start < 0 or line_end < 0:
        return False
    return text[start + len(CHECKSUM_PREFIX):line_end] == _sha256(text[line_end + 1:])


def write_lite_project(out: str | Path, force: bool = False) -> list[Path]:
    """Write main.py and requirements.txt into ``out``; return their paths.

    A file a person may have changed (a main.py whose checksum no longer matches, another
    requirements.txt) is not overwritten without ``force``; then nothing is written at all."""
    folder = Path(out)
    if folder.exists() and not folder.is_dir():
        raise InputError(_('--out {folder}: is a file, not a folder').format(folder=folder))
    main_text = build_main_py()
    compile(main_text, "main.py", "exec")  # never write a main.py that does not compile
    files = [(folder / "main.py", main_text), (folder / "requirements.txt", REQUIREMENTS)]
    if not force:
        for path, text in files:
            if path.is_file():
                old = path.read_bytes().decode("utf-8", errors="replace")
                if old != text and not (path.name == "main.py" and _unedited_main_py(old)):
                    raise InputError(_('{path}: exists and was changed by hand; nothing written (move it away, or use --force to overwrite it)').format(path=path))
    folder.mkdir(parents=True, exist_ok=True)
    for path, text in files:
        path.write_bytes(text.encode("utf-8"))  # bytes: the same LF file on Windows
    return [path for path, _ in files]


# --- the code inside a workbook -----------------------------------------------------------------------
#
# xlwings Lite keeps a workbook's code in the workbook itself, as the properties of its Office web
# extension (established from workbooks that xlwings Lite saved, add-in versions 1.0.0.0-11 and -18):
# xl/webextensions/webextension1.xml references the add-in by its store id (wa200008175, storeType
# OMEX) and holds <we:property name="main.py" value="..."/> and name="requirements.txt", each value the
# file's text as a JSON string; xl/webextensions/taskpanes.xml docks its task pane, and the package's
# root relationships and [Content_Types].xml name both parts. Lite adds its own version properties when
# it saves the workbook.

LITE_ADDIN_STORE_ID = "wa200008175"  # xlwings Lite in Microsoft's add-in store
_WEBEXTENSION = "xl/webextensions/webextension1.xml"
_TASKPANES = "xl/webextensions/taskpanes.xml"
_TASKPANES_RELS = "xl/webextensions/_rels/taskpanes.xml.rels"
_NS_WE = "http://schemas.microsoft.com/office/webextensions/webextension/2010/11"
_NS_WETP = "http://schemas.microsoft.com/office/webextensions/taskpanes/2010/11"
_NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def _webextension_xml(main_text: str, requirements: str) -> str:
    from .render.xlsx import xml_attr

    digest = hashlib.sha256(main_text.encode("utf-8")).hexdigest()
    guid = f"{digest[:8]}-{digest[8:12]}-{digest[12:16]}-{digest[16:20]}-{digest[20:32]}".upper()
    properties = "".join(
        f'<we:property name="{name}" value="{xml_attr(json.dumps(text, ensure_ascii=False))}"/>'
        for name, text in (("main.py", main_text), ("requirements.txt", requirements)))
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<we:webextension xmlns:we="{_NS_WE}" id="{{{guid}}}">'
            f'<we:reference id="{LITE_ADDIN_STORE_ID}" version="1.0.0.0" store="en-US" storeType="OMEX"/>'
            f'<we:alternateReferences><we:reference id="{LITE_ADDIN_STORE_ID.upper()}" version="1.0.0.0" '
            f'store="{LITE_ADDIN_STORE_ID.upper()}" storeType="OMEX"/></we:alternateReferences>'
            f"<we:properties>{properties}</we:properties><we:bindings/>"
            f'<we:snapshot xmlns:r="{_NS_R}"/></we:webextension>')


def workbook_with_code(xlsx: bytes, main_text: str, requirements: str) -> bytes:
    """The workbook with main.py and requirements.txt inside, as xlwings Lite stores them: a colleague
    opens it and starts xlwings Lite (Home > xlwings Lite); the functions are there, no copy-paste."""
    from .inputs.xlsx_reader import Workbook
    from .render.xlsx import ZIP_DATE

    with Workbook(xlsx, name="functions_demo.xlsx") as source:  # the one reader, within its bounds
        names = source.part_names()
        if any(name.startswith("xl/webextensions/") for name in names):
            raise InputError("pyengine lite: the workbook already holds an Office add-in's parts; nothing written")
        parts = {name: source.part(name) or b"" for name in names}
    types = parts["[Content_Types].xml"].decode("utf-8")
    parts["[Content_Types].xml"] = types.replace("</Types>", (
        f'<Override PartName="/{_TASKPANES}" ContentType="application/vnd.ms-office.webextensiontaskpanes+xml"/>'
        f'<Override PartName="/{_WEBEXTENSION}" ContentType="application/vnd.ms-office.webextension+xml"/>'
        "</Types>")).encode("utf-8")
    rels = parts["_rels/.rels"].decode("utf-8")
    parts["_rels/.rels"] = rels.replace("</Relationships>", (
        '<Relationship Id="rIdXlwingsLite" Type="http://schemas.microsoft.com/office/2011/relationships/'
        f'webextensiontaskpanes" Target="{_TASKPANES}"/></Relationships>')).encode("utf-8")
    parts[_TASKPANES] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                         f'<wetp:taskpanes xmlns:wetp="{_NS_WETP}"><wetp:taskpane dockstate="right" visibility="1" '
                         f'width="438" row="10"><wetp:webextensionref xmlns:r="{_NS_R}" r:id="rId1"/>'
                         "</wetp:taskpane></wetp:taskpanes>").encode("utf-8")
    parts[_TASKPANES_RELS] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                              '<Relationship Id="rId1" Type="http://schemas.microsoft.com/office/2011/relationships/'
                              'webextension" Target="webextension1.xml"/></Relationships>').encode("utf-8")
    parts[_WEBEXTENSION] = _webextension_xml(main_text, requirements).encode("utf-8")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, data in parts.items():
            info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, data, compresslevel=6)
    return out.getvalue()

