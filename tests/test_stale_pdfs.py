"""PDFs beside workbooks that changed (issue e59, a new user's folder /work/nu/w2): `pyengine pdf` records each PDF
with the workbook content it was printed from (the manifest's PDF section); generate names the PDFs its run left
outdated and says how to refresh them, verify reports them as not good, and --remove-stale removes the PDF of a
statement it removes (keeping one a person changed); and the copy --force keeps of an edited file is announced as
soon as it is made. The PDFs here are placed through pdf._place (the recording step) with stand-in bytes, so
that no test but the verify and --pdf ones needs LibreOffice."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

import pyengine
from pyengine import bulk, outfolder
from pyengine.bulk import NOTE, REMOVED, STALE, UPDATED, WRITTEN
from pyengine.outfolder import folder_state
from pyengine.pdf import _place

import kill_trials
from test_output_folder import SPEC, STEM, copy_leerhuis, resave_with_openpyxl, statements
from test_verify import needs_libreoffice

ROOT = Path(__file__).resolve().parent.parent


def printed(workbook: Path, text: str = "stand-in") -> Path:
    """A PDF beside ``workbook``, recorded as `pyengine pdf` records the one it prints."""
    done = _place(workbook, f"%PDF-1.4 {text} {workbook.name}".encode(), False, None)
    assert done.status == WRITTEN, done
    return done.path


def change_input(spec: Path) -> None:
    spec.write_text(spec.read_text(encoding="utf-8").replace("materiele_kosten       = 2_000",
                                                             "materiele_kosten       = 3_000").replace(
            "gemeentelijke_bijdrage = -27_000", "gemeentelijke_bijdrage = -28_000"), encoding="utf-8")


def cli(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "pyengine", *args], env=env, capture_output=True, text=True,
                          timeout=600)


def test_generate_names_the_pdfs_its_update_left_outdated_and_how_to_refresh_them(tmp_path):
    spec = copy_leerhuis(tmp_path)
    out = tmp_path / "out"
    pyengine.generate([spec], out, per_member=True)
    main = out / f"{STEM}.xlsx"
    pdfs = [printed(main), printed(statements(out)[0])]
    assert not [r for r in pyengine.generate([spec], out, per_member=True) if r.kind == "pdf"]  # in line: no word

    change_input(spec)
    results = pyengine.generate([spec], out, per_member=True)
    assert [r.status for r in results if r.status != NOTE] == [UPDATED] * 9
    assert [(r.path, r.note) for r in results if r.kind == "pdf"] == [
        (pdfs[0], f"PDF printed from an earlier version of its workbook (outdated): {pdfs[0]}"),
        (pdfs[1], f"PDF printed from an earlier version of its workbook (outdated): {pdfs[1]}"),
        (out, f"pyengine pdf {out} prints the outdated PDFs again (or generate ... --pdf)")]
    assert folder_state(out).outdated_pdfs == [outfolder.relative(p, out) for p in pdfs]
    assert not folder_state(out).consistent and folder_state(out).files_consistent

    # the officer's run, in Dutch: the summary line and then every outdated PDF by name, and the remedy
    again = cli("--lang", "nl", "generate", str(spec), "--per-member", "--out", str(out))
    assert again.returncode == 0, again.stderr
    assert again.stdout.splitlines() == [
        "0 geschreven, 9 ongewijzigd, 0 mislukt",
        f"  let op: PDF afgedrukt van een eerdere versie van de werkmap (verouderd): {pdfs[0]}",
        f"  let op: PDF afgedrukt van een eerdere versie van de werkmap (verouderd): {pdfs[1]}",
        f"  let op: pyengine pdf {out} drukt de verouderde PDF's opnieuw af (of generate ... --pdf)"]

    for workbook in (main, statements(out)[0]):  # printed again: nothing more to say
        assert _place(workbook, f"%PDF-1.4 opnieuw {workbook.name}".encode(), False, None).status == UPDATED
    assert not [r for r in pyengine.generate([spec], out, per_member=True) if r.kind == "pdf"]
    assert folder_state(out).consistent


@needs_libreoffice
def test_verify_reports_an_outdated_pdf_as_not_good_and_names_it(tmp_path, capsys):
    from pyengine.verify import main as verify_main

    spec = copy_leerhuis(tmp_path)
    out = tmp_path / "out"
    pyengine.generate([spec], out)
    workbook = out / f"{STEM}.xlsx"
    pdf = printed(workbook)
    change_input(spec)
    pyengine.generate([spec], out)
    assert verify_main([str(out)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith(f"ok    {workbook} (")
    assert lines[1:] == [f"folder {out}: MIXED (files that are not what the last run wrote)",
                         f"  PDF printed from an earlier version of its workbook (outdated): {pdf.name}",
                         f"  pyengine pdf {out} prints the outdated PDFs again (or generate ... --pdf)",
                         "1 file(s) checked: 1 passed, 0 failed; 1 PDF no longer matches its workbook (named above)"]


def test_remove_stale_removes_the_pdf_of_a_removed_statement_and_keeps_one_a_person_changed(tmp_path):
    out = tmp_path / "out"
    big = kill_trials.write_key(tmp_path / "twaalf.csv", 12, seed=1)
    small = kill_trials.write_key(tmp_path / "tien.csv", 10, seed=1)
    pyengine.generate([SPEC], out, per_member=True, key=big)
    gone = [out / STEM / f"bijdrageoverzicht-gemeente-{i:03d}.xlsx" for i in (10, 11)]
    pdfs = [printed(workbook) for workbook in gone]
    pdfs[1].write_bytes(b"%PDF-1.4 met de aantekeningen van de controller")  # a person's edit

    removed = pyengine.generate([SPEC], out, per_member=True, key=small, remove_stale=True)
    assert [(r.path, r.status) for r in removed if r.status in (STALE, REMOVED)] == [
        (gone[0], REMOVED), (gone[1], REMOVED), (pdfs[0], REMOVED), (pdfs[1], STALE)]
    notes = {r.path: r.note for r in removed}
    assert notes[pdfs[0]] == ("PDF of a statement of a member no longer in the key, whose workbook is gone; "
                              "removed (--remove-stale)")
    assert notes[pdfs[1]] == ("PDF of a statement of a member no longer in the key; NOT removed: it is not as "
                              "pyengine printed it (edited), remove it yourself")
    assert not pdfs[0].exists() and pdfs[1].read_bytes().endswith(b"controller")
    assert outfolder.relative(pdfs[0], out) not in outfolder.read_manifest(out)["pdf"]
    assert folder_state(out).orphan_pdfs == [outfolder.relative(pdfs[1], out)]

    # later runs go on naming the one kept, once; without --remove-stale it is said how to remove it
    for remove_stale, note in ((True, notes[pdfs[1]]), (False, "PDF of a statement of a member no longer in the "
                                                              "key, whose workbook is gone; kept (--remove-stale "
                                                              "removes it)")):
        later = pyengine.generate([SPEC], out, per_member=True, key=small, remove_stale=remove_stale)
        assert [(r.path, r.status, r.note) for r in later if r.kind == "pdf"] == [(pdfs[1], STALE, note)]
    assert pdfs[1].exists()


def test_the_copy_of_an_edited_file_is_announced_when_it_is_made_even_if_the_run_is_then_interrupted(
        tmp_path, monkeypatch, capsys):
    spec = copy_leerhuis(tmp_path)
    out = tmp_path / "out"
    pyengine.generate([spec], out, per_member=True)
    edited = statements(out)[0]
    edited_bytes = resave_with_openpyxl(edited)
    change_input(spec)
    replace_file = bulk.write_atomically

    def ctrl_c_at_the_edited_file(path, data, force):
        if path == edited:
            raise KeyboardInterrupt  # Ctrl-C after the copy was made, before the file was replaced
        return replace_file(path, data, force)

    monkeypatch.setattr(bulk, "write_atomically", ctrl_c_at_the_edited_file)
    capsys.readouterr()
    with pytest.raises(KeyboardInterrupt):
        pyengine.generate([spec], out, per_member=True, force=True, jobs=1)
    [copy] = [p for p in (out / STEM).iterdir() if outfolder.is_backup(p)]
    assert copy.read_bytes() == edited_bytes == edited.read_bytes()
    assert capsys.readouterr().err.splitlines() == [
        f"copy kept: {copy} ({edited.name} as it was, before --force replaces it)"]


@needs_libreoffice
def test_generate_pdf_does_not_call_outdated_the_pdfs_it_prints_again(tmp_path):
    spec = copy_leerhuis(tmp_path)
    out = tmp_path / "out"
    pyengine.generate([spec], out)
    pdf = printed(out / f"{STEM}.xlsx")
    change_input(spec)
    done = cli("generate", str(spec), "--out", str(out), "--pdf")
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["0 written, 1 updated, 0 unchanged, 0 failed", f"updated: {pdf}"]
    assert pdf.read_bytes().startswith(b"%PDF") and b"stand-in" not in pdf.read_bytes()
    assert folder_state(out).consistent


def test_a_pdf_that_cannot_be_removed_is_kept_and_named_and_the_run_completes(tmp_path, monkeypatch):
    """On Windows a PDF open in a reader cannot be removed: --remove-stale says so and the run still ends with its
    manifest written (no 'cannot write into this folder', no run left marked as running)."""
    out = tmp_path / "out"
    big = kill_trials.write_key(tmp_path / "twaalf.csv", 12, seed=1)
    small = kill_trials.write_key(tmp_path / "tien.csv", 10, seed=1)
    pyengine.generate([SPEC], out, per_member=True, key=big)
    gone = out / STEM / "bijdrageoverzicht-gemeente-011.xlsx"
    pdf = printed(gone)
    remove = os.unlink

    def open_in_a_reader(path, *args, **kwargs):
        if str(path).endswith(".pdf"):
            raise PermissionError(13, "Permission denied", str(path))
        return remove(path, *args, **kwargs)

    monkeypatch.setattr(os, "unlink", open_in_a_reader)
    results = pyengine.generate([SPEC], out, per_member=True, key=small, remove_stale=True)
    assert [(r.path, r.status, r.note) for r in results if r.kind == "pdf"] == [
        (pdf, STALE, "PDF of a statement of a member no longer in the key; NOT removed: Permission denied (is it open "
                     "in a PDF reader?); close it and run again with --remove-stale")]
    assert pdf.exists() and not gone.exists() and "running" not in outfolder.read_manifest(out)
    monkeypatch.setattr(os, "unlink", remove)  # closed: the next run removes it
    again = pyengine.generate([SPEC], out, per_member=True, key=small, remove_stale=True)
    assert [(r.path, r.status) for r in again if r.kind == "pdf"] == [(pdf, REMOVED)] and not pdf.exists()
