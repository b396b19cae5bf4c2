"""pyengine installs like any package: a pure-Python wheel that, installed in a fresh virtual environment
outside the repository, runs demo, generate, audit and verify with its own templates and examples."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import openpyxl
import pytest

import pyengine

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ("pyproject.toml", "README.md", "pyengine", "udfs", "xlsx_models", "examples")
AMENDMENT = "regionaal-leerhuis-begrotingswijziging-2021-03.xlsx"
HAVE_LIBREOFFICE = bool(shutil.which("soffice") or shutil.which("libreoffice"))


def run(*command, cwd: Path, expect: int = 0) -> str:
    done = subprocess.run([str(c) for c in command], cwd=cwd, capture_output=True, text=True, timeout=600)
    assert done.returncode == expect, f"{command} exited {done.returncode}\n{done.stdout}\n{done.stderr}"
    return done.stdout


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    """Built from a copy of the sources, so that no build/ left in the work tree can slip into it."""
    work = tmp_path_factory.mktemp("wheel")
    (work / "src").mkdir()
    for name in SOURCES:
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, work / "src" / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        else:
            shutil.copy2(ROOT / name, work / "src" / name)
    run(sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", work / "dist", work / "src", cwd=work)
    (built,) = (work / "dist").glob("*.whl")
    return built


def test_the_editable_install_reads_the_files_where_they_are_edited():
    from pyengine.cli import EXAMPLES
    from pyengine.inputs.rates import DEFAULT_RATES_FILE
    from pyengine.render.template import TEMPLATES_DIR

    if not Path(pyengine.__file__).resolve().is_relative_to(ROOT):
        pytest.skip("pyengine is not installed editable from this repository (make venv does that)")
    assert (TEMPLATES_DIR.resolve(), EXAMPLES.resolve()) == (ROOT / "xlsx_models", ROOT / "examples")
    assert DEFAULT_RATES_FILE.resolve() == ROOT / "pyengine" / "inputs" / "data" / "schaaltarieven_seed003.csv"


def test_the_wheel_is_pure_python_and_carries_its_data(wheel):
    assert wheel.name == f"pyengine-{pyengine.__version__}-py3-none-any.whl"
    names = set(zipfile.ZipFile(wheel).namelist())
    for template in sorted((ROOT / "xlsx_models").glob("*.xlsx")):
        assert f"pyengine/templates/{template.name}" in names
    for example in sorted((ROOT / "examples").rglob("*")):  # every file: a new kind needs its package-data line
        if example.is_file() and "__pycache__" not in example.parts and example.suffix != ".pyc":
            assert f"pyengine/examples/{example.relative_to(ROOT / 'examples').as_posix()}" in names
    for module in sorted([*(ROOT / "pyengine").rglob("*.py"), *(ROOT / "udfs").rglob("*.py")]):
        assert module.relative_to(ROOT).as_posix() in names  # a new package needs its line in pyproject.toml
    assert "pyengine/inputs/data/schaaltarieven_seed003.csv" in names
    assert {"pyengine/locale/nl/LC_MESSAGES/pyengine.mo", "pyengine/locale/nl/LC_MESSAGES/pyengine.po"} <= names
    assert not [n for n in names if n.startswith("tests/") or n.endswith((".pyc", ".so", ".pyd"))]


@pytest.mark.slow
def test_the_wheel_installed_outside_the_repository_runs_every_command(wheel, tmp_path):
    """Slow (a fresh virtual environment; dependencies come from the pip cache or PyPI): about a minute."""
    env_dir = tmp_path / "env"
    venv.create(env_dir, with_pip=True, clear=True)
    bin_dir = env_dir / ("Scripts" if os.name == "nt" else "bin")
    python, command = bin_dir / "python", bin_dir / "pyengine"
    run(python, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", wheel, cwd=tmp_path)
    home = tmp_path / "home"  # the run starts outside the repository, so nothing can be found by accident
    home.mkdir()

    located = run(python, "-c", "import pyengine.render.template as t, pyengine.cli as c; "
                  "print(t.TEMPLATES_DIR); print(c.EXAMPLES)", cwd=home).split()
    assert all(Path(p).is_relative_to(env_dir) for p in located), located

    # the public names, and `import pyengine; pyengine.allocate(...)` loads no heavy library
    out = run(python, "-c", "import sys, pyengine; print(pyengine.allocate(27, [3, 1]), "
              "[m for m in ('openpyxl', 'pandas', 'xlwings') if m in sys.modules]); "
              "from pyengine.errors import InputError; from pyengine import generate; import udfs; "
              "print(udfs.ALLOCATE.__name__, udfs.VERDEEL.__name__)", cwd=home)
    assert out.splitlines() == ["[Decimal('20'), Decimal('7')] []", "ALLOCATE VERDEEL"]

    assert "gebruik: pyengine" in run(command, "--lang", "nl", "--help", cwd=home)  # the wheel's Dutch catalog
    demo = run(command, "demo", "--out", home / "out", cwd=home)
    assert "11 written, 0 unchanged, 0 failed" in demo
    produced = {p.relative_to(home / "out"): p for p in sorted((home / "out").rglob("*.xlsx"))}
    assert len(produced) == 3 + 8
    for path in produced.values():  # read back by an independent reader
        workbook = openpyxl.load_workbook(path, data_only=True)
        assert any(v is not None for row in workbook.worksheets[0].values for v in row), path
    assert "Begrotingswijziging" in openpyxl.load_workbook(home / "out" / AMENDMENT).sheetnames
    # the wheel's templates and examples are the repository's: the same input gives the same bytes
    here = tmp_path / "here"
    pyengine.generate([ROOT / "examples" / "regionaal-leerhuis" / "begrotingswijziging-2021-03.toml"], here,
                      per_member=True)
    pyengine.generate([ROOT / "examples" / "midden-limburg-west", ROOT / "examples" / "holland-rijnland"], here)
    assert {p.relative_to(here): p.read_bytes() for p in here.rglob("*.xlsx")} == \
           {name: path.read_bytes() for name, path in produced.items()}

    assert "0 written, 11 unchanged" in run(command, "demo", "--out", home / "out", cwd=home)
    shutil.copytree(ROOT / "examples" / "regionaal-leerhuis", home / "leerhuis")
    assert "1 written" in run(command, "generate", home / "leerhuis", "--out", home / "gen", cwd=home)
    amendment = home / "gen" / AMENDMENT
    run(command, "audit", amendment, cwd=home)
    # xlwings Lite's main.py, bundled from the installed modules: the same bytes as from this repository
    written = run(command, "lite", "--out", home / "lite", cwd=home).split()
    assert [Path(p).name for p in written] == ["main.py", "requirements.txt"]
    from pyengine.lite import build_main_py

    assert (home / "lite" / "main.py").read_text(encoding="utf-8") == build_main_py()
    if HAVE_LIBREOFFICE:
        run(command, "verify", amendment, cwd=home)
    else:  # still installed and answering: one line, no traceback
        failed = subprocess.run([command, "verify", amendment], cwd=home, capture_output=True, text=True)
        assert failed.returncode == 2 and "LibreOffice is not installed" in failed.stdout + failed.stderr
        assert "Traceback" not in failed.stderr
