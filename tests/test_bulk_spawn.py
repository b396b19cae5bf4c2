"""Bulk as on Windows (issue 24, point 7): jobs carry their computed model to spawned workers; a key file is read
and hashed once per run however many specs name it; the Python API refuses wrong types in one line."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import pyengine
from pyengine import bulk
from pyengine.errors import InputError
from pyengine.inputs import spec as spec_module

ROOT = Path(__file__).resolve().parent.parent
LEERHUIS = ROOT / "examples" / "regionaal-leerhuis"


def _folder_of_specs(tmp_path: Path, count: int) -> Path:
    """``count`` Leerhuis specs (numbers 2021-01 ...) naming one key file."""
    folder = tmp_path / "specs"
    folder.mkdir()
    shutil.copy(LEERHUIS / "verdeelsleutel.csv", folder / "verdeelsleutel.csv")
    text = (LEERHUIS / "begrotingswijziging-2021-03.toml").read_text(encoding="utf-8")
    for i in range(count):
        changed = text.replace('nummer = "2021-03"', f'nummer = "2021-{i + 10:02d}"')
        (folder / f"wijziging-{i}.toml").write_text(changed, encoding="utf-8")
    return folder


def test_workers_started_by_spawn_use_the_jobs_model_and_never_read_the_inputs_again(tmp_path, monkeypatch):
    monkeypatch.setenv("PYENGINE_START_METHOD", "spawn")
    assert bulk.start_method() == "spawn"
    folder = _folder_of_specs(tmp_path, 3)
    key = folder / "verdeelsleutel.csv"

    def key_gone_once_validated(done: int, total: int) -> None:
        if done == 0 and key.exists():  # validation is over; a worker reading the key again would fail
            key.rename(tmp_path / "elders.csv")

    results = pyengine.generate(folder, tmp_path / "out", jobs=2, per_member=True, progress=key_gone_once_validated)
    assert bulk.cpu_count() >= 2 or pytest.skip("one processor: no workers")
    assert not key.exists()
    assert [r for r in results if r.status == bulk.FAILED] == []
    assert len([r for r in results if r.status == bulk.WRITTEN]) == 3 * 9


def test_a_key_file_named_by_many_specs_is_read_and_hashed_once(tmp_path, monkeypatch):
    folder = _folder_of_specs(tmp_path, 5)
    reads, hashes = [], []
    real_read, real_hash = spec_module.read_key, spec_module.sha256_of
    monkeypatch.setattr(spec_module, "read_key", lambda path, **kw: reads.append(Path(path).name) or real_read(path, **kw))
    monkeypatch.setattr(spec_module, "sha256_of", lambda path: hashes.append(Path(path).name) or real_hash(path))
    monkeypatch.setattr(spec_module, "_KEYS_READ", {})
    monkeypatch.setattr(spec_module, "_HASHED", {})
    results = pyengine.generate(folder, tmp_path / "out")
    assert {r.status for r in results} == {bulk.WRITTEN}
    assert reads == ["verdeelsleutel.csv"]
    assert hashes.count("verdeelsleutel.csv") == 1


def test_an_edited_key_file_is_read_again(tmp_path, monkeypatch):
    folder = _folder_of_specs(tmp_path, 1)
    key = folder / "verdeelsleutel.csv"
    first, _sha = spec_module.read_key_once(key)
    key.write_text(key.read_text(encoding="utf-8").replace("Laren,1150", "Laren,1151"), encoding="utf-8")
    second, _sha = spec_module.read_key_once(key)
    assert dict(zip(first.names, first.weights))["Laren"] == 1150
    assert dict(zip(second.names, second.weights))["Laren"] == 1151


@pytest.mark.parametrize("args, message", [
    ((123, "out"), "specs must be a spec path (a .toml file, an input workbook or a folder) or a list of them, got int 123"),
    ((None, "out"), "specs must be a spec path"),
    (([LEERHUIS / "begrotingswijziging-2021-03.toml"], 5), "out_dir must be a folder or file path, got int 5"),
    (([123], "out"), "a spec must be a file or folder path, got int 123"),
])
def test_the_python_api_refuses_wrong_types_in_one_line(args, message, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(InputError) as refused:
        pyengine.generate(*args)
    assert message in str(refused.value) and "\n" not in str(refused.value)
    assert not (tmp_path / "out").exists()


def test_a_spawned_worker_renders_with_the_templates_its_parent_read_and_never_imports_openpyxl(tmp_path):
    """What a spawned worker does (a fresh interpreter, the job and the parent's templates unpickled): it
    renders every file without importing openpyxl (and numpy behind it) to read the templates again."""
    import pickle
    import subprocess
    import sys

    from pyengine.render.template import loaded_templates

    spec = LEERHUIS / "begrotingswijziging-2021-03.toml"
    kind, result = bulk.load(spec)
    job = bulk.Job(spec, kind, bulk.plan(spec, kind, result, tmp_path / "out", True), computed=(kind, result))
    assert bulk._check_templates([job]) == []
    handed = tmp_path / "job.pickle"
    handed.write_bytes(pickle.dumps((job, loaded_templates())))
    code = ("import pickle, sys; from pyengine import bulk; job, templates = pickle.load(open(sys.argv[1], 'rb')); "
            "bulk._worker_start(templates); done = bulk.run_job(job); "
            "print(sorted({r.status for r in done}), 'openpyxl' in sys.modules, 'numpy' in sys.modules, "
            "'pydantic' in sys.modules)")
    shown = subprocess.run([sys.executable, "-c", code, str(handed)], capture_output=True, text=True, check=True)
    # nor pydantic (the spec schema's): a spawned worker's start is mostly its imports
    assert shown.stdout.split() == ["['written']", "False", "False", "False"], shown.stdout + shown.stderr
    assert len(list((tmp_path / "out").rglob("*.xlsx"))) == len(job.outputs)


def test_workers_started_early_under_spawn_are_stopped_when_the_run_is_refused(tmp_path, monkeypatch):
    """Under spawn the workers start before the specs are read (bulk.Workers); a run refused in validation
    writes nothing and leaves no worker behind."""
    import multiprocessing

    monkeypatch.setenv("PYENGINE_START_METHOD", "spawn")
    folder = _folder_of_specs(tmp_path, 2)
    (folder / "kapot.toml").write_text("soort = 'begrotingswijziging'\n[algemeen]\n", encoding="utf-8")
    results = pyengine.generate(folder, tmp_path / "out", jobs=2, per_member=True)
    assert [r.status for r in results] == [bulk.FAILED] and results[0].path.name == "kapot.toml"
    assert not (tmp_path / "out").exists()
    assert multiprocessing.active_children() == []


def test_a_job_reads_its_template_once_not_once_per_statement(tmp_path, monkeypatch):
    """Every statement of a job is rendered from the template its job read (reading and hashing the file per
    statement was a tenth of a statement's time); the files are the same as those rendered from the path."""
    from pyengine.render import template as template_module
    from pyengine.render.amendment_workbook import split_facts
    from pyengine.render.statement_workbook import render_statement

    spec = LEERHUIS / "begrotingswijziging-2021-03.toml"
    kind, result = bulk.load(spec)
    job = bulk.Job(spec, kind, bulk.plan(spec, kind, result, tmp_path / "out", True), computed=(kind, result))
    reads = []
    real = template_module.load_template
    monkeypatch.setattr(template_module, "load_template", lambda *a, **k: reads.append(a[0]) or real(*a, **k))
    done = bulk.run_job(job)
    assert {r.status for r in done} == {bulk.WRITTEN} and len(done) > 5
    assert len(reads) == 2  # the amendment's template and the statements' template, once each
    statement = done[1]
    assert statement.path.read_bytes() == render_statement(result, statement.member, split_facts(result))


def test_a_job_builds_its_workbooks_with_the_collector_paused_and_they_leave_no_cycles(tmp_path, monkeypatch):
    """run_job pauses Python's cyclic garbage collector (it scanned the growing amendment again and again): that
    holds only while a workbook makes no reference cycles, which is checked here on the amendment and a statement."""
    import gc

    from pyengine.render.amendment_workbook import render_amendment, split_facts
    from pyengine.render.statement_workbook import render_statement

    spec = LEERHUIS / "begrotingswijziging-2021-03.toml"
    kind, result = bulk.load(spec)
    facts = split_facts(result)
    render_amendment(result, facts=facts)  # the templates read first (reading one makes a few cycles, once)
    render_statement(result, sorted(result.amendment.member_begroting)[0], facts)
    seen = []
    real = bulk._write
    monkeypatch.setattr(bulk, "_write", lambda *a: seen.append(gc.isenabled()) or real(*a))
    gc.collect()
    gc.disable()
    try:
        render_amendment(result, facts=facts)
        for member in result.amendment.member_begroting:
            render_statement(result, member, facts)
        assert gc.collect() == 0
    finally:
        gc.enable()
    job = bulk.Job(spec, kind, bulk.plan(spec, kind, result, tmp_path / "out", True), computed=(kind, result))
    assert {r.status for r in bulk.run_job(job)} == {bulk.WRITTEN}
    assert seen and not any(seen) and gc.isenabled()


def test_spawned_workers_write_their_notes_and_refusals_in_the_runs_language(tmp_path, monkeypatch):
    """A spawned worker (the Windows default) starts in the default language: the job carries the run's, so the
    note a worker makes (--force keeping an edited statement) is Dutch in a Dutch run, as under fork; and the
    refusal of a spec's other files because one was edited is Dutch too (trial, entry 9)."""
    import openpyxl

    from pyengine import outfolder
    from pyengine.i18n import use_language

    monkeypatch.setenv("PYENGINE_START_METHOD", "spawn")
    assert bulk.cpu_count() >= 2 or pytest.skip("one processor: no workers")
    folder = _folder_of_specs(tmp_path, 1)
    spec, out = folder / "wijziging-0.toml", tmp_path / "out"
    with use_language("nl"):
        assert {r.status for r in pyengine.generate(spec, out, jobs=2, per_member=True)} == {bulk.WRITTEN}
    edited = sorted(out.rglob("bijdrageoverzicht-*.xlsx"))[0]
    book = openpyxl.load_workbook(edited)
    book.worksheets[0]["A1"] = "Bijgewerkt door de controller"
    book.save(edited)
    spec.write_text(spec.read_text(encoding="utf-8").replace("materiele_kosten       = 2_000",
                                                             "materiele_kosten       = 3_000").replace(
        "gemeentelijke_bijdrage = -27_000", "gemeentelijke_bijdrage = -28_000"), encoding="utf-8")

    with use_language("nl"):
        refused = {r.path: r for r in pyengine.generate(spec, out, jobs=2, per_member=True)}
    others = [r for p, r in refused.items() if p != edited and r.status == bulk.FAILED]
    assert len(others) == 8 and all(r.error == f"niet geschreven: {edited.name} van dezelfde spec {spec.name} is "
                                    "geweigerd, dus wordt geen enkel bestand van die spec geschreven" for r in others)

    with use_language("nl"):
        forced = {r.path: r for r in pyengine.generate(spec, out, jobs=2, per_member=True, force=True)}
    copies = [p for p in edited.parent.iterdir() if outfolder.is_backup(p)]
    assert forced[edited].status == bulk.WRITTEN and len(copies) == 1
    assert forced[edited].note == f"bewerkt nadat pyengine het schreef; het bewerkte bestand is bewaard als {copies[0].name}"
