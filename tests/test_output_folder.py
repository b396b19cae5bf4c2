"""The output folder: ordinary file modes, stale temporaries, one run at a time, the manifest,
edited files kept, stale statements, hostile files in verify, quiet Ctrl-C and closed pipes, and
kill -9 at random moments."""

import os
import random
import shutil
import signal
import stat
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import openpyxl
import pytest

import pyengine
from pyengine import outfolder
from pyengine.bulk import FAILED, NOTE, REMOVED, STALE, UNCHANGED, UPDATED, WRITTEN, cpu_count, recorded_input_hash
from pyengine.errors import InputError
from pyengine.outfolder import FolderLock, folder_state, write_atomically
from pyengine.verify import formula_values

import kill_trials
from test_verify import needs_libreoffice

ROOT = Path(__file__).resolve().parent.parent
LEERHUIS = ROOT / "examples" / "regionaal-leerhuis"
SPEC = LEERHUIS / "begrotingswijziging-2021-03.toml"
STEM = "regionaal-leerhuis-begrotingswijziging-2021-03"
posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes, signals and umask are POSIX here")


def copy_leerhuis(tmp_path: Path) -> Path:
    target = tmp_path / "specs"
    shutil.copytree(LEERHUIS, target)
    return target / SPEC.name


def statements(out: Path) -> list[Path]:
    return sorted((out / STEM).glob("bijdrageoverzicht-*.xlsx"))


# --- 1. ordinary files ------------------------------------------------------------------------

@posix_only
@pytest.mark.parametrize("umask, file_mode, folder_mode", [(0o022, 0o644, 0o755), (0o077, 0o600, 0o700)])
def test_files_and_folders_get_the_users_umask_mode_also_with_force(tmp_path, umask, file_mode, folder_mode):
    spec = copy_leerhuis(tmp_path)
    out = tmp_path / "out"
    old = os.umask(umask)
    try:
        results = pyengine.generate([spec], out, per_member=True, jobs=2)
        assert [r.status for r in results].count(WRITTEN) == 9
        spec.write_text(spec.read_text(encoding="utf-8").replace("materiele_kosten       = 2_000",
                                                                 "materiele_kosten       = 3_000").replace(
            "gemeentelijke_bijdrage = -27_000", "gemeentelijke_bijdrage = -28_000"), encoding="utf-8")
        forced = pyengine.generate([spec], out, per_member=True, force=True)
        assert [r.status for r in forced].count(UPDATED) == 9
    finally:
        os.umask(old)
    files = [out / f"{STEM}.xlsx", *statements(out), out / outfolder.MANIFEST_NAME]
    assert len(files) == 10
    assert {stat.S_IMODE(p.stat().st_mode) for p in files} == {file_mode}
    assert {stat.S_IMODE(p.stat().st_mode) for p in (out, out / STEM)} == {folder_mode}


def test_stale_temporaries_of_a_crashed_run_are_removed_and_nothing_else(tmp_path):
    out = tmp_path / "out"
    (out / STEM).mkdir(parents=True)
    ours = [out / f".{STEM}.xlsx.k2_x9abc.tmp",  # what earlier versions' mkstemp names looked like
            out / STEM / ".bijdrageoverzicht-huizen.xlsx.0123abcd.pyengine-tmp"]
    theirs = [out / ".notities.tmp", out / "eigen.xlsx.tmp", out / STEM / ".x.xlsx.ABCDEFGH.tmp"]
    for path in ours + theirs:
        path.write_bytes(b"PK half")
    results = pyengine.generate([SPEC], out, per_member=True)
    assert {r.status for r in results} == {WRITTEN}
    assert not any(p.exists() for p in ours) and all(p.exists() for p in theirs)
    assert outfolder.temporaries(out) == []


def test_without_hard_links_a_new_file_still_never_replaces_an_existing_one(tmp_path, monkeypatch):
    monkeypatch.delattr(os, "link")  # as on a file system or platform without hard links
    target = tmp_path / "a.xlsx"
    write_atomically(target, b"first", force=False)
    with pytest.raises(FileExistsError):
        write_atomically(target, b"second", force=False)
    assert target.read_bytes() == b"first" and sorted(p.name for p in tmp_path.iterdir()) == ["a.xlsx"]


def test_an_output_folder_that_fails_while_the_run_writes_is_one_failure_line(tmp_path, monkeypatch):
    def refuse(self):
        raise PermissionError(13, "Permission denied")  # e.g. a share that refuses the lock file

    monkeypatch.setattr(outfolder.FolderLock, "__enter__", refuse)
    [result] = pyengine.generate([SPEC], tmp_path / "out")
    assert result.status == FAILED and result.path == tmp_path / "out"
    assert result.error == "cannot write into this folder: Permission denied"


# --- 2. one run at a time; the manifest --------------------------------------------------------

def test_the_manifest_records_spec_key_engine_and_every_file_with_its_content_hash(tmp_path):
    key = kill_trials.write_key(tmp_path / "key.csv", 12, seed=5)
    out = tmp_path / "out"
    pyengine.generate([SPEC], out, per_member=True, key=key)
    manifest = outfolder.read_manifest(out)
    run = manifest["runs"][f"{STEM}.xlsx"]
    assert "running" not in manifest and run["complete"] is True
    assert run["spec"] == str(SPEC) and run["key"] == str(key) and run["engine"] == f"pyengine {pyengine.__version__}"
    assert len(run["files"]) == 13
    for name, record in run["files"].items():
        assert outfolder.sha256_file(out / name) == record["sha256"]
    assert not (out / outfolder.JOURNAL_NAME).exists()
    state = folder_state(out)
    assert state.consistent and state.recorded == 13
    assert state.lines() == [f"folder {out}: complete (13 file(s) of the last runs, as pyengine wrote them)"]


def test_the_folder_state_names_missing_changed_unfinished_and_unknown_files(tmp_path):
    out = tmp_path / "out"
    pyengine.generate([SPEC], out, per_member=True)
    first, second = statements(out)[:2]
    first.unlink()
    second.write_bytes(second.read_bytes() + b"\0")
    (out / STEM / "bijdrageoverzicht-onbekend.xlsx").write_bytes(b"PK")
    state = folder_state(out)
    assert not state.consistent
    assert state.missing == [f"{STEM}/{first.name}"] and state.changed == [f"{STEM}/{second.name}"]
    assert state.unknown == [f"{STEM}/bijdrageoverzicht-onbekend.xlsx"]
    assert state.lines()[0] == f"folder {out}: INCOMPLETE"
    manifest = outfolder.read_manifest(out)
    manifest["running"] = {"started": "2026-01-02T03:04:05+00:00"}
    outfolder.write_manifest(out, manifest)
    assert "the run started 2026-01-02T03:04:05+00:00 did not finish" in "\n".join(folder_state(out).lines())


def test_two_concurrent_runs_into_one_folder_wait_for_each_other_and_leave_one_consistent_folder(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    key_a = kill_trials.write_key(tmp_path / "a.csv", 60, seed=1)
    key_b = kill_trials.write_key(tmp_path / "b.csv", 30, seed=2)
    logs = [tmp_path / "a.log", tmp_path / "b.log"]
    waiting = f"waiting: another pyengine run is writing into {out} (lock {out / '.pyengine.lock'})"
    with FolderLock(out):  # hold the folder while both start, so that they must meet at the lock
        runs = [subprocess.Popen(kill_trials.generate(out, key, "--force"), stdout=subprocess.DEVNULL,
                                 stderr=log.open("w")) for key, log in zip((key_a, key_b), logs)]
        deadline = time.monotonic() + 120
        while not all(waiting in log.read_text() for log in logs) and time.monotonic() < deadline:
            assert all(run.poll() is None for run in runs), [log.read_text() for log in logs]
            time.sleep(0.1)
        assert not list(out.rglob("*.xlsx"))  # both validated and wait; nothing was written meanwhile
    assert [run.wait(timeout=180) for run in runs] == [0, 0], [log.read_text() for log in logs]
    for log in logs:
        assert log.read_text().count(waiting) == 1 and "Traceback" not in log.read_text()
    state = folder_state(out)
    assert state.consistent, state.lines()
    run = outfolder.read_manifest(out)["runs"][f"{STEM}.xlsx"]
    last = 60 if run["key"] == str(key_a) else 30
    assert len(run["files"]) == last + 1  # every file of the run that came last, as it wrote them
    assert len(state.stale) == (0 if last == 60 else 30)  # the other key's extra statements: kept, reported
    assert not [p for p in out.rglob("*.xlsx") if outfolder.is_backup(p)]
    assert kill_trials.incomplete_workbooks(out) == []


# --- 3. a person's edits are never lost ------------------------------------------------------

def resave_with_openpyxl(path: Path) -> bytes:
    book = openpyxl.load_workbook(path)
    book.worksheets[0]["A1"] = "Bijgewerkt door de controller"
    book.save(path)
    return path.read_bytes()


def test_an_edited_statement_is_reported_as_edited_and_kept_as_a_copy_even_with_force(tmp_path):
    spec = copy_leerhuis(tmp_path)
    out = tmp_path / "out"
    pyengine.generate([spec], out, per_member=True)
    edited = statements(out)[0]
    edited_bytes = resave_with_openpyxl(edited)

    results = pyengine.generate([spec], out, per_member=True)
    again = {r.path: r for r in results if r.status != NOTE}
    assert again[edited].status == FAILED and again[edited].error.startswith("edited after pyengine wrote it")
    assert sum(r.status == UNCHANGED for r in again.values()) == 8
    # the run ends with the folder's state; refused, it wrote nothing, so the earlier run still describes it
    assert [r.note for r in results if r.status == NOTE] == [
        f"folder {out}: MIXED (files that are not what the last run wrote)",
        f"changed after pyengine wrote it: {STEM}/{edited.name}"]
    spec.write_text(spec.read_text(encoding="utf-8").replace("materiele_kosten       = 2_000",
                                                             "materiele_kosten       = 3_000").replace(
            "gemeentelijke_bijdrage = -27_000", "gemeentelijke_bijdrage = -28_000"), encoding="utf-8")
    changed = {r.path: r for r in pyengine.generate([spec], out, per_member=True)}
    assert changed[edited].status == FAILED and "edited after pyengine wrote it" in changed[edited].error
    assert "input changed" not in changed[edited].error
    # the others are pyengine's and untouched (they would be updated), but a spec writes all of its files or none
    assert sum(r.error.startswith(f"not written: {edited.name} of the same spec") for r in changed.values()) == 8
    assert edited.read_bytes() == edited_bytes

    forced = {r.path: r for r in pyengine.generate([spec], out, per_member=True, force=True)}
    assert forced[edited].status == WRITTEN
    assert {r.status for p, r in forced.items() if p != edited} == {UPDATED}
    copies = [p for p in (out / STEM).iterdir() if outfolder.is_backup(p)]
    assert len(copies) == 1 and copies[0].read_bytes() == edited_bytes
    assert copies[0].name.startswith(edited.stem + ".bewerkt-") and copies[0].suffix == ".xlsx"
    assert forced[edited].note == f"edited after pyengine wrote it; the edited file is kept as {copies[0].name}"
    assert not any(r.note for p, r in forced.items() if p != edited)  # the others were ours: no copies
    assert recorded_input_hash(edited) is not None and edited.read_bytes() != edited_bytes
    assert folder_state(out).consistent


def test_force_keeps_a_copy_of_a_file_it_has_no_record_of(tmp_path):
    spec = copy_leerhuis(tmp_path)
    out = tmp_path / "out"
    pyengine.generate([spec], out)
    (out / outfolder.MANIFEST_NAME).unlink()  # e.g. a folder written by an earlier version
    spec.write_text(spec.read_text(encoding="utf-8").replace("materiele_kosten       = 2_000",
                                                             "materiele_kosten       = 3_000").replace(
            "gemeentelijke_bijdrage = -27_000", "gemeentelijke_bijdrage = -28_000"), encoding="utf-8")
    [result] = pyengine.generate([spec], out, force=True)
    assert result.status == WRITTEN and result.note.startswith("no record that pyengine wrote the old file")
    assert len([p for p in out.iterdir() if outfolder.is_backup(p)]) == 1


def test_a_file_whose_copies_cannot_be_kept_is_refused_with_that_reason(tmp_path, monkeypatch):
    """--force never replaces an edited file without its copy; when no copy name is free, the run says so
    (it used to report "another process created it meanwhile", a reason that was not true)."""
    spec = copy_leerhuis(tmp_path)
    out = tmp_path / "out"
    pyengine.generate([spec], out, per_member=True)
    edited = statements(out)[0]
    edited_bytes = resave_with_openpyxl(edited)
    monkeypatch.setattr(outfolder, "COPIES_PER_SECOND", 0)
    forced = {r.path: r for r in pyengine.generate([spec], out, per_member=True, force=True, jobs=1)}
    assert forced[edited].status == FAILED
    assert forced[edited].error == f"{edited.name}: too many copies beside it"
    assert edited.read_bytes() == edited_bytes
    assert not [p for p in out.rglob("*.xlsx") if outfolder.is_backup(p)]


@needs_libreoffice
def test_a_statement_resaved_by_libreoffice_is_kept_when_regenerated(tmp_path):
    out = tmp_path / "out"
    pyengine.generate([SPEC], out, per_member=True)
    edited = statements(out)[3]
    converted = tmp_path / "lo"
    subprocess.run([shutil.which("soffice") or "libreoffice", f"-env:UserInstallation={(tmp_path / 'p').as_uri()}",
                    "--headless", "--convert-to", "xlsx", "--outdir", str(converted), str(edited)],
                   check=True, capture_output=True, timeout=180)
    shutil.copyfile(converted / edited.name, edited)
    resaved = edited.read_bytes()
    again = {r.path: r for r in pyengine.generate([SPEC], out, per_member=True)}
    assert again[edited].status == FAILED and again[edited].error.startswith("edited after pyengine wrote it")
    forced = {r.path: r for r in pyengine.generate([SPEC], out, per_member=True, force=True)}
    copy = out / STEM / forced[edited].note.rsplit(" ", 1)[-1]
    assert copy.read_bytes() == resaved and outfolder.is_backup(copy)


# --- stale statements -------------------------------------------------------------------------

def test_statements_of_members_no_longer_in_the_key_are_kept_reported_and_removed_only_on_request(tmp_path):
    out = tmp_path / "out"
    big = kill_trials.write_key(tmp_path / "twaalf.csv", 12, seed=1)
    small = kill_trials.write_key(tmp_path / "tien.csv", 10, seed=1)
    pyengine.generate([SPEC], out, per_member=True, key=big)
    gone = [out / STEM / f"bijdrageoverzicht-gemeente-{i:03d}.xlsx" for i in (10, 11)]
    results = pyengine.generate([SPEC], out, per_member=True, key=small, force=True)
    assert sorted(r.path for r in results if r.status == STALE) == gone
    assert all(p.exists() for p in gone)
    assert [r.status for r in results].count(UPDATED) == 11
    assert folder_state(out).stale == [outfolder.relative(p, out) for p in gone]
    resave_with_openpyxl(gone[1])  # a person worked in one of them: never removed
    removed = pyengine.generate([SPEC], out, per_member=True, key=small, remove_stale=True)
    assert [(r.path, r.status) for r in removed if r.status in (STALE, REMOVED)] == [(gone[0], REMOVED),
                                                                                     (gone[1], STALE)]
    assert "NOT removed" in next(r.note for r in removed if r.status == STALE)
    assert not gone[0].exists() and gone[1].exists()
    stranger = out / STEM / "bijdrageoverzicht-eerder.xlsx"  # from before manifests: no record, never removed
    stranger.write_bytes(gone[1].read_bytes())
    twice = [pyengine.generate([SPEC], out, per_member=True, key=small, remove_stale=True) for _ in range(2)]
    assert [[(r.path, r.status) for r in run if r.status in (STALE, REMOVED)] for run in twice] == \
        [[(stranger, STALE), (gone[1], STALE)]] * 2
    assert stranger.exists()


# --- 4. hostile files in verify; Ctrl-C, closed pipes, --jobs ----------------------------------

def _package(path: Path, parts: dict[str, bytes], sheets: int = 1, sheet_xml: bytes = b"") -> Path:
    rels = "".join(f'<Relationship Id="rId{i}" Type="x/worksheet" Target="worksheets/sheet1.xml"/>'
                   for i in range(1, sheets + 1))
    names = "".join(f'<sheet name="S{i}" sheetId="{i}" r:id="rId{i}"/>' for i in range(1, sheets + 1))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/workbook.xml", '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/'
                         'main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
                         f'<sheets>{names}</sheets></workbook>')
        archive.writestr("xl/_rels/workbook.xml.rels", '<Relationships xmlns="http://schemas.openxmlformats.org/'
                         f'package/2006/relationships">{rels}</Relationships>')
        archive.writestr("xl/worksheets/sheet1.xml", sheet_xml or b'<worksheet xmlns="http://schemas.openxmlformats.'
                         b'org/spreadsheetml/2006/main"><sheetData/></worksheet>')
        for name, data in parts.items():
            archive.writestr(name, data)
    return path


def _sheet(dimension: str, cells: int) -> bytes:
    row = "".join(f'<c r="A{i}"><v>1</v></c>' for i in range(1, cells + 1))
    return (f'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="{dimension}"/>'
            f'<sheetData><row r="1">{row}</row></sheetData></worksheet>').encode()


def test_verify_refuses_hostile_packages_before_unpacking_them(tmp_path, monkeypatch):
    bomb = _package(tmp_path / "bom.xlsx", {"xl/media/zeros.bin": bytes(60 * 1024 * 1024)})
    assert bomb.stat().st_size < 200_000
    with pytest.raises(InputError, match=r"^bom.xlsx: refused: part xl/media/zeros.bin is compressed 1,028:1 "
                                         r"\(looks like a zip bomb\)$"):
        formula_values(bomb)
    wide = _package(tmp_path / "breed.xlsx", {}, sheet_xml=_sheet("A1:XFD1048576", 1))
    assert wide.stat().st_size < 2_000
    with pytest.raises(InputError, match=r"breed.xlsx: refused: sheet 'S1' declares A1:XFD1048576 "
                                         r"\(17,179,869,184 cells; at most 10,000,000\)"):
        formula_values(wide)
    many = _package(tmp_path / "bladen.xlsx", {}, sheets=5000)
    with pytest.raises(InputError, match=r"bladen.xlsx: refused: 5,000 sheets \(at most 1,000\)"):
        formula_values(many)
    shared = _package(tmp_path / "gedeeld.xlsx", {}, sheets=2)
    with pytest.raises(InputError, match="sheets 'S1' and 'S2' point at the same part xl/worksheets/sheet1.xml"):
        formula_values(shared)
    monkeypatch.setattr("pyengine.inputs.safezip.MAX_CELLS", 500)
    cells = _package(tmp_path / "cellen.xlsx", {}, sheet_xml=_sheet("A1:A501", 501))
    with pytest.raises(InputError, match="cellen.xlsx: refused: more than 500 cells"):
        formula_values(cells)
    assert formula_values(_package(tmp_path / "klein.xlsx", {}, sheet_xml=_sheet("A1:A500", 500))) == {}


@needs_libreoffice
def test_verify_says_refused_in_one_line_and_reports_the_output_folder(tmp_path, capsys):
    from pyengine.verify import main as verify_main

    bomb = _package(tmp_path / "bom.xlsx", {"xl/media/zeros.bin": bytes(60 * 1024 * 1024)})
    out = tmp_path / "out"
    pyengine.generate([SPEC], out, per_member=True)
    edited = statements(out)[0]
    resave_with_openpyxl(edited)
    assert verify_main([str(bomb), str(statements(out)[1])]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith(f"FAIL  {bomb}: refused: part xl/media/zeros.bin is compressed ")
    assert lines[0].endswith(":1 (looks like a zip bomb)")
    assert lines[1].startswith("ok    ")
    assert lines[2:] == [f"folder {out}: MIXED (files that are not what the last run wrote)",
                         f"  changed after pyengine wrote it: {STEM}/{edited.name}",
                         f"  8 of its 9 file(s) were not recomputed in this run, such as {STEM}.xlsx; "
                         f"pyengine verify {out} recomputes them all", "2 file(s) checked: 1 passed, 1 failed"]


CLI = [sys.executable, "-c", "import sys; from pyengine.cli import main; sys.exit(main(sys.argv[1:]))"]


@posix_only
@pytest.mark.parametrize("command", [["--version"], ["generate", str(SPEC), "--out", "{out}"],
                                     ["demo", "--out", "{out}"], ["audit", "{amendment}", "--json"]])
def test_a_closed_pipe_ends_quietly(tmp_path, command):
    if "{amendment}" in command:
        pyengine.generate([SPEC], tmp_path / "in")
    amendment = str(tmp_path / "in" / f"{STEM}.xlsx")
    args = [part.replace("{out}", str(tmp_path / "out")).replace("{amendment}", amendment) for part in command]
    process = subprocess.Popen([*CLI, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    process.stdout.close()  # the reader is gone before the command prints (like `| head -0`)
    stderr = process.stderr.read().decode()
    assert process.wait(timeout=120) == 141 and stderr == ""


@posix_only
def test_ctrl_c_during_a_parallel_run_ends_quietly_and_the_next_run_completes(tmp_path):
    key = kill_trials.write_key(tmp_path / "key.csv", 342, seed=9)
    out = tmp_path / "out"
    process = subprocess.Popen(kill_trials.generate(out, key), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True, start_new_session=True)
    deadline = time.monotonic() + 120
    while len(list((out / STEM).glob("*.xlsx"))) < 20 and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.02)
    os.killpg(process.pid, signal.SIGINT)  # as a terminal does: the whole process group
    stdout, stderr = process.communicate(timeout=120)
    if process.returncode == 0:
        pytest.skip("the run finished before Ctrl-C arrived")
    assert process.returncode == 130
    assert stderr.strip() == "stopped (Ctrl-C); no half-written files are left behind"
    assert outfolder.temporaries(out) == [] and kill_trials.incomplete_workbooks(out) == []
    again = subprocess.run(kill_trials.generate(out, key), capture_output=True, text=True, timeout=300)
    assert again.returncode == 0 and "did not finish" in again.stdout, again.stdout[-500:]
    assert folder_state(out).consistent


def test_jobs_are_capped_at_the_number_of_cpus(tmp_path):
    done = subprocess.run([*CLI, "generate", str(SPEC), "--out", str(tmp_path / "out"), "--jobs", "999"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0
    cpus = os.cpu_count() or 1
    assert done.stderr == f"--jobs 999: this machine has {cpus} processor(s); using {cpus}\n"
    assert pyengine.generate([SPEC], tmp_path / "api", jobs=999)[0].status == WRITTEN


# --- 5. kill -9 at random moments ------------------------------------------------------------

@posix_only
def test_kill_9_at_random_moments_leaves_complete_workbooks_and_the_next_run_repairs_the_folder(tmp_path):
    """10 trials (the first with 342 statements, the others with 40); 100 by hand:
    `.venv/bin/python tests/kill_trials.py 100`."""
    results = kill_trials.campaign(tmp_path, 10, seed=random.randrange(1 << 30), large_every=10)
    assert [r["members"] for r in results].count(342) == 1
    for result in results:
        assert result["incomplete_xlsx"] == [] and result["incomplete_after"] == [], result
        assert result["temporaries_after"] == 0 and result["problems"] == [], result
    assert any(r["was_writing"] for r in results)  # the kills did land while files were being written


# --- nothing written for a refused spec; the journal of a crashed run outlives the next runs -----

@pytest.mark.parametrize("jobs", [1, 2])
def test_a_spec_with_a_refused_file_writes_none_of_its_files(tmp_path, jobs):
    out = tmp_path / "out"
    key = kill_trials.write_key(tmp_path / "big.csv", 40, seed=1)
    first = pyengine.generate([SPEC], out, per_member=True, key=key, jobs=jobs)
    assert [r.status for r in first].count(WRITTEN) == 41
    resave_with_openpyxl(out / f"{STEM}.xlsx")  # a person works in the amendment
    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}

    results = [r for r in pyengine.generate([SPEC], out, per_member=True, jobs=jobs) if r.status != NOTE]
    assert len(results) == 9 and {r.status for r in results} == {FAILED}
    assert results[0].path == out / f"{STEM}.xlsx"
    assert results[0].error.startswith("edited after pyengine wrote it; left as it is")
    for statement in results[1:]:
        assert not statement.path.exists()
        assert statement.error == (f"not written: {STEM}.xlsx of the same spec {SPEC.name} was refused, "
                                   "so none of its files is written")
    assert {p: p.read_bytes() for p in out.rglob("*") if p.is_file() and p.name != outfolder.MANIFEST_NAME} == {
        p: b for p, b in before.items() if p.name != outfolder.MANIFEST_NAME}
    assert folder_state(out).changed == [f"{STEM}.xlsx"]  # the earlier run still describes the folder

    forced = pyengine.generate([SPEC], out, per_member=True, force=True, jobs=jobs)
    assert [r.status for r in forced].count(WRITTEN) == 9


class _Killed(BaseException):
    """Stands for kill -9: the run stops between two files, nothing after it runs."""


def test_files_an_interrupted_run_wrote_are_never_taken_for_edits_by_later_runs(tmp_path, monkeypatch):
    out = tmp_path / "out"
    key_a = kill_trials.write_key(tmp_path / "a.csv", 40, seed=1)
    key_b = kill_trials.write_key(tmp_path / "b.csv", 40, seed=2)
    assert [r.status for r in pyengine.generate([SPEC], out, per_member=True, key=key_a)].count(WRITTEN) == 41

    import pyengine.bulk as bulk
    real, placed = bulk.write_atomically, []

    def dies_after_six(path, data, force):
        if len(placed) == 6:
            raise _Killed
        real(path, data, force)
        placed.append(path)

    monkeypatch.setattr(bulk, "write_atomically", dies_after_six)
    with pytest.raises(_Killed):
        pyengine.generate([SPEC], out, per_member=True, key=key_b, force=True)
    monkeypatch.setattr(bulk, "write_atomically", real)
    assert len(placed) == 6

    state = folder_state(out)
    assert state.changed == [] and sorted(state.unfinished_files) == sorted(outfolder.relative(p, out) for p in placed)
    # the next run knows these six files are pyengine's: it brings them back to key A without --force
    again = pyengine.generate([SPEC], out, per_member=True, key=key_a)
    assert sorted(r.path for r in again if r.status == UPDATED) == sorted(placed)
    assert [r.status for r in again].count(UNCHANGED) == 35 and not any(r.status == FAILED for r in again)
    assert not any("kept as" in r.note for r in again)  # no copies of "edited" files
    assert not [p for p in out.rglob("*.xlsx") if outfolder.is_backup(p)]
    assert folder_state(out).consistent and not (out / outfolder.JOURNAL_NAME).exists()
