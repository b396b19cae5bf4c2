"""Bounded runs (issue 24, point 5): bookkeeping files that are not files, an output folder inside the scanned
input folder, a run stopped by a full disk, an oversized sheet refused before it is read."""

from __future__ import annotations

import errno
import json
import os
import shutil
import zipfile
from pathlib import Path

import pytest

import pyengine
from pyengine import bulk, cli
from pyengine.errors import InputError
from pyengine.outfolder import LOCK_NAME, MANIFEST_NAME

ROOT = Path(__file__).resolve().parent.parent
LEERHUIS = ROOT / "examples" / "regionaal-leerhuis"
SPEC = "begrotingswijziging-2021-03.toml"


@pytest.fixture
def leerhuis(tmp_path) -> Path:
    folder = tmp_path / "werk"
    shutil.copytree(LEERHUIS, folder)
    return folder


@pytest.mark.parametrize("name", [MANIFEST_NAME, LOCK_NAME])
def test_a_manifest_or_lock_that_is_a_folder_is_named(leerhuis, tmp_path, name):
    out = tmp_path / "uit"
    (out / name).mkdir(parents=True)
    with pytest.raises(InputError, match=rf"output folder .*uit: {name} is a folder, not the file pyengine keeps"):
        pyengine.generate([leerhuis / SPEC], out)


def test_generate_dot_with_its_output_folder_inside_twice(leerhuis, monkeypatch, capsys):
    monkeypatch.chdir(leerhuis)
    assert cli.main(["generate", ".", "--out", "out", "--per-member"]) == 0
    capsys.readouterr()
    assert cli.main(["generate", ".", "--out", "out", "--per-member"]) == 0
    text = capsys.readouterr().out
    assert "0 written, 9 unchanged, 0 failed" in text, text


def test_generate_dot_into_the_scanned_folder_itself_is_refused_saying_why(leerhuis, monkeypatch, capsys):
    monkeypatch.chdir(leerhuis)
    before = sorted(leerhuis.iterdir())
    assert cli.main(["generate", ".", "--out", "."]) == 1
    assert ("the output folder is the folder scanned for specs, so its outputs would be read as specs; refused: give "
            "an output folder of its own, such as --out out") in capsys.readouterr().err
    assert sorted(leerhuis.iterdir()) == before
    with pytest.raises(InputError, match="the output folder is the folder scanned for specs"):
        pyengine.generate([leerhuis], leerhuis)


def test_an_earlier_output_folder_inside_the_scanned_one_is_named_where_it_clashes(leerhuis, monkeypatch, capsys):
    monkeypatch.chdir(leerhuis)
    assert cli.main(["generate", ".", "--out", "out"]) == 0
    capsys.readouterr()
    assert cli.main(["generate", ".", "--out", "out/sub"]) == 1
    text = capsys.readouterr().out
    assert ("out/regionaal-leerhuis-begrotingswijziging-2021-03.xlsx: output regionaal-leerhuis-begrotingswijziging-"
            "2021-03.xlsx is also produced by begrotingswijziging-2021-03.toml; give the specs different titles or "
            "numbers; out/regionaal-leerhuis-begrotingswijziging-2021-03.xlsx is a workbook pyengine produced earlier, "
            "in an output folder inside the scanned folder: move that folder out, or name the specs to generate") in text, text


def test_a_run_stopped_by_a_full_disk_says_which_files_it_left_and_records_them_complete(leerhuis, tmp_path,
                                                                                          monkeypatch):
    real = bulk.write_atomically
    calls = []

    def fills_up(path, data, force):
        calls.append(path)
        if len(calls) > 4:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(path, data, force)

    monkeypatch.setattr(bulk, "write_atomically", fills_up)
    out = tmp_path / "uit"
    results = pyengine.generate([leerhuis / SPEC], out, per_member=True)
    written = [r for r in results if r.status == bulk.WRITTEN]
    full = [r for r in results if r.status == bulk.FAILED]
    assert len(written) == 4 and len(full) == 5 and len(calls) == 5  # no file tried after the first refusal
    assert {r.error for r in full} == {"not written: the disk is full"}
    note = next(r.note for r in results if r.status == bulk.NOTE and "disk filled up" in r.note)
    assert "4 file(s) were written complete before it" in note and "5 file(s) were not written" in note
    assert written[0].path.name in note
    manifest = json.loads((out / MANIFEST_NAME).read_text(encoding="utf-8"))
    assert "running" not in manifest
    run = next(iter(manifest["runs"].values()))
    recorded = {k: v["sha256"] for k, v in run["files"].items()}
    assert len(recorded) == 4 and not run["complete"]
    for r in written:
        assert recorded[os.path.relpath(r.path, out).replace(os.sep, "/")] == r.sha256
    monkeypatch.setattr(bulk, "write_atomically", real)
    again = pyengine.generate([leerhuis / SPEC], out, per_member=True)
    assert sorted(r.status for r in again if r.status != bulk.NOTE) == sorted([bulk.UNCHANGED] * 4 + [bulk.WRITTEN] * 5)


def test_an_oversized_sheet_in_an_input_workbook_is_refused_before_it_is_read(tmp_path, monkeypatch):
    from pyengine.inputs import xlsx_reader

    monkeypatch.setattr(xlsx_reader, "MAX_SHEET_BYTES", 2_000_000)
    target = tmp_path / "groot.xlsx"
    source = ROOT / "examples" / "invoer" / "regionaal-leerhuis" / "begrotingswijziging-2021-03.xlsx"
    with zipfile.ZipFile(source) as archive, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as copy:
        for item in archive.infolist():
            data = archive.read(item)
            if item.filename == "xl/worksheets/sheet2.xml":  # the Begroting sheet, padded past the bound
                data = data.replace(b"</worksheet>", b"<!--" + os.urandom(1_500_000).hex().encode() + b"--></worksheet>")
            copy.writestr(item, data)
    # (refused by the bound on the part's unpacked size, which the message names, not after a read of it)
    results = pyengine.generate([target], tmp_path / "uit")
    assert [r.status for r in results] == [bulk.FAILED]
    assert "groot.xlsx: refused: sheet " in results[0].error and "unpacks to 3,0" in results[0].error
