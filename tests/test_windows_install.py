"""What a Windows laptop without make needs: LibreOffice found where its installer puts it (Windows never puts it
on PATH), or where PYENGINE_SOFFICE says; `py -m pyengine` runs the command line."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from pyengine import verify
from pyengine.verify import LibreOfficeMissing


def test_soffice_is_found_in_program_files_when_not_on_path(tmp_path, monkeypatch):
    soffice = tmp_path / "LibreOffice" / "program" / "soffice.exe"
    soffice.parent.mkdir(parents=True)
    soffice.write_bytes(b"")
    monkeypatch.setattr(verify.shutil, "which", lambda name: None)
    for variable in ("ProgramFiles", "ProgramFiles(x86)", "ProgramW6432", "LOCALAPPDATA", "PYENGINE_SOFFICE"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("ProgramFiles", str(tmp_path))
    assert verify.find_soffice() == str(soffice)


def test_pyengine_soffice_names_it_and_a_wrong_one_is_refused(tmp_path, monkeypatch):
    portable = tmp_path / "soffice.exe"
    portable.write_bytes(b"")
    monkeypatch.setenv("PYENGINE_SOFFICE", str(portable))
    assert verify.find_soffice() == str(portable)
    monkeypatch.setenv("PYENGINE_SOFFICE", str(tmp_path / "weg.exe"))
    with pytest.raises(LibreOfficeMissing, match="PYENGINE_SOFFICE"):
        verify.find_soffice()


def test_without_libreoffice_the_message_says_where_to_get_it(tmp_path, monkeypatch):
    monkeypatch.setattr(verify.shutil, "which", lambda name: None)
    monkeypatch.setattr(verify, "_installed_soffice", lambda: [tmp_path / "none.exe"])
    monkeypatch.delenv("PYENGINE_SOFFICE", raising=False)
    with pytest.raises(LibreOfficeMissing, match="libreoffice.org.*PYENGINE_SOFFICE"):
        verify.find_soffice()


def test_python_dash_m_pyengine_is_the_command_line():
    """The guide says `py -m pyengine ...`: a --user install puts pyengine.exe in a Scripts folder not on PATH."""
    done = subprocess.run([sys.executable, "-m", "pyengine", "--lang", "nl", "--help"], capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0 and "gebruik:" in done.stdout and "opdrachten:" in done.stdout


ROOT = __import__("pathlib").Path(__file__).resolve().parent.parent
GUIDE = ROOT / "docs" / "handleiding.md"


def test_the_readme_opens_with_the_dutch_guide_and_names_the_windows_commands():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "docs/handleiding.md" in readme[:400]
    assert "py -m pip install --user" in readme and "py -m pyengine" in readme


def test_every_command_the_guide_names_exists_and_the_guide_has_no_make():
    import re

    from pyengine import cli

    guide = GUIDE.read_text(encoding="utf-8")
    used = set(re.findall(r"py -m pyengine (?:--lang \w+ )?([a-z]+)", guide)) - {"help"}
    parser_commands = set(re.findall(r'add_command\("([a-z]+)"', (ROOT / "pyengine" / "cli.py").read_text()))
    assert used and used <= parser_commands, used - parser_commands
    assert {"new", "generate", "verify", "pdf"} <= used  # the officer's path, every step
    assert not re.search(r"^\s*make\b", guide, re.M)
    for step in ("py -m pip install --user", "=VERDEEL(27; A1:A8)", "0,132", "Start** > **Invoegtoepassingen"):
        assert step in guide
    assert cli  # imported: the guide's commands are the installed command line's


def test_the_next_hint_pastes_the_way_pyengine_was_started(monkeypatch):
    """After a per-user install on Windows pyengine is not on PATH: the handleiding says `py -m pyengine`, so a
    hint printed when pyengine ran as a module says that too."""
    import types

    from pyengine.new import program_words

    assert program_words() == "pyengine"  # pytest's own __main__ is not pyengine's
    module = types.ModuleType("__main__")
    module.__spec__ = types.SimpleNamespace(name="pyengine.__main__")
    monkeypatch.setitem(sys.modules, "__main__", module)
    monkeypatch.setattr(os, "name", "nt")
    assert program_words() == "py -m pyengine"
    monkeypatch.setattr(os, "name", "posix")
    monkeypatch.setattr(sys, "executable", "/home/x/.venv/bin/python")
    assert program_words() == "python -m pyengine"
