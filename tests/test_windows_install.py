"""What a Windows laptop without make needs: LibreOffice found where its installer puts it (Windows never puts it
on PATH), or where PYENGINE_SOFFICE says; `py -m pyengine` runs the command line."""

from __future__ import annotations

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
