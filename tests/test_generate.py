import os
import random
import shutil
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from python_calamine import CalamineWorkbook

import pyengine
from pyengine import bulk as generate_module
from pyengine.bulk import FAILED, UNCHANGED, UPDATED, WRITTEN, recorded_input_hash, slug, unique_names, write_atomically

from workbook_checks import assert_clean_package, controles

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
LEERHUIS = EXAMPLES / "regionaal-leerhuis"


def copy_examples(tmp_path):
    target = tmp_path / "specs"
    # the seed systems' TOML specs only (vooruitblik: the meerjarenraming and sleutelvergelijking examples;
    # afrekening-peelland: the afrekening's, tested in test_settlement.py)
    shutil.copytree(EXAMPLES, target, ignore=shutil.ignore_patterns("invoer", "vooruitblik", "afrekening-peelland"))
    return target


def test_a_bad_spec_stops_everything_without_keep_going(tmp_path):
    specs = copy_examples(tmp_path)
    (specs / "kapot.toml").write_text('soort = "begrotingswijziging"\n[algemeen]\nnummer = "1"\n', encoding="utf-8")
    out = tmp_path / "out"
    results = pyengine.generate([specs], out)
    assert [r.status for r in results] == [FAILED]
    assert "kapot.toml" in results[0].error and "jaren" in results[0].error
    assert not out.exists()  # nothing written


def test_keep_going_reports_the_bad_spec_and_writes_the_others(tmp_path):
    specs = copy_examples(tmp_path)
    (specs / "kapot.toml").write_text('soort = "iets"\n', encoding="utf-8")
    out = tmp_path / "out"
    results = pyengine.generate([specs], out, keep_going=True)
    assert sorted(r.status for r in results) == [FAILED, WRITTEN, WRITTEN, WRITTEN]
    failed = next(r for r in results if r.status == FAILED)
    assert "kapot.toml: field 'soort' must be one of" in failed.error
    assert len(list(out.glob("*.xlsx"))) == 3


def test_existing_files_are_not_overwritten_and_unchanged_is_detected(tmp_path):
    specs = copy_examples(tmp_path)
    out = tmp_path / "out"
    first = pyengine.generate([specs / "regionaal-leerhuis"], out)
    assert [r.status for r in first] == [WRITTEN]
    path = first[0].path
    original = path.read_bytes()
    assert [r.status for r in pyengine.generate([specs / "regionaal-leerhuis"], out)] == [UNCHANGED]
    spec = specs / "regionaal-leerhuis" / "begrotingswijziging-2021-03.toml"
    spec.write_text(spec.read_text(encoding="utf-8").replace("personeelskosten       = 25_000",
                                                             "personeelskosten       = 26_000").replace(
        "gemeentelijke_bijdrage = -27_000", "gemeentelijke_bijdrage = -28_000"), encoding="utf-8")
    updated = pyengine.generate([specs / "regionaal-leerhuis"], out)  # ours and untouched: simply written again
    assert updated[0].status == UPDATED and path.read_bytes() != original
    assert recorded_input_hash(path) is not None
    assert [r.status for r in pyengine.generate([specs / "regionaal-leerhuis"], out)] == [UNCHANGED]
    book = openpyxl.load_workbook(path)  # a person writes in it: then only --force replaces it (keeping a copy)
    book.worksheets[0]["A1"] = "opmerking"
    book.save(path)
    spec.write_text(spec.read_text(encoding="utf-8").replace("personeelskosten       = 26_000",
                                                             "personeelskosten       = 27_000").replace(
        "gemeentelijke_bijdrage = -28_000", "gemeentelijke_bijdrage = -29_000"), encoding="utf-8")
    edited = path.read_bytes()
    refused = pyengine.generate([specs / "regionaal-leerhuis"], out)
    assert refused[0].status == FAILED and "--force" in refused[0].error and path.read_bytes() == edited
    forced = pyengine.generate([specs / "regionaal-leerhuis"], out, force=True)
    assert forced[0].status == WRITTEN and path.read_bytes() != edited and "kept as" in forced[0].note


def test_names_are_sanitised_and_never_collide():
    assert slug("Gooise Meren") == "gooise-meren"
    assert slug("../../etc/passwd") == "etc-passwd"
    assert slug("CON") == "x-con" and slug("") == "naamloos" and slug("..") == "naamloos"
    assert slug("Súdwest-Fryslân") == "sudwest-fryslan"
    assert unique_names(["Den Haag", "den haag", "Den/Haag", "Leiden"]) == ["den-haag", "den-haag-2", "den-haag-3", "leiden"]


def test_member_names_that_sanitise_alike_get_their_own_files(tmp_path):
    specs = copy_examples(tmp_path)
    key = specs / "regionaal-leerhuis" / "verdeelsleutel.csv"
    key.write_text(key.read_text(encoding="utf-8").replace("Laren", "Eemnes!").replace("Weesp", "../Eemnes"),
                   encoding="utf-8")
    spec = specs / "regionaal-leerhuis" / "begrotingswijziging-2021-03.toml"
    spec.write_text(spec.read_text(encoding="utf-8").replace("Laren ", '"Eemnes!" ').replace("Weesp ", '"../Eemnes" '),
                    encoding="utf-8")
    results = pyengine.generate([spec], tmp_path / "out", per_member=True)
    names = sorted(r.path.name for r in results if r.kind == "bijdrageoverzicht")
    assert "bijdrageoverzicht-eemnes.xlsx" in names and "bijdrageoverzicht-eemnes-2.xlsx" in names
    assert "bijdrageoverzicht-eemnes-3.xlsx" in names
    assert all(r.path.parent.parent == tmp_path / "out" for r in results if r.kind == "bijdrageoverzicht")


def test_a_crash_mid_write_leaves_no_partial_file(tmp_path, monkeypatch):
    target = tmp_path / "out" / "werkboek.xlsx"

    def crash(fd):
        raise KeyboardInterrupt  # as if Ctrl-C arrived while the bytes were being flushed

    monkeypatch.setattr(generate_module.os, "fsync", crash)
    with pytest.raises(KeyboardInterrupt):
        write_atomically(target, b"PK" + b"x" * 10000, force=False)
    assert list((tmp_path / "out").iterdir()) == []  # neither the file nor a temporary file


def test_write_atomically_never_replaces_without_force(tmp_path):
    target = tmp_path / "a.xlsx"
    target.write_bytes(b"old")
    with pytest.raises(FileExistsError):
        write_atomically(target, b"new", force=False)
    assert target.read_bytes() == b"old" and len(list(tmp_path.iterdir())) == 1
    write_atomically(target, b"new", force=True)
    assert target.read_bytes() == b"new"


def synthetic_key(path: Path, members: int, seed: int = 342) -> list[str]:
    rng = random.Random(seed)
    names = [f"Gemeente {i:03d}" for i in range(members)]
    path.write_text("gemeente,inwoners\n" + "".join(f"{n},{rng.randint(900, 950_000)}\n" for n in names), encoding="utf-8")
    return names


def test_342_statements_add_up_exactly_to_the_amendment(tmp_path):
    key = tmp_path / "alle-gemeenten.csv"
    names = synthetic_key(key, 342)
    out = tmp_path / "out"
    results = pyengine.generate([LEERHUIS / "begrotingswijziging-2021-03.toml"], out, per_member=True, key=key, jobs=2)
    assert all(r.status == WRITTEN for r in results), [r for r in results if r.status != WRITTEN][:3]
    statements = [r for r in results if r.kind == "bijdrageoverzicht"]
    assert len(statements) == 342
    assert [s.member for s in statements] == names  # one statement per member of the key, in key order
    totals = [Decimal(0)] * 4
    for statement in statements:
        rows = CalamineWorkbook.from_path(str(statement.path)).get_sheet_by_name("Bijdrageoverzicht").to_python()
        year_rows = [r for r in rows if isinstance(r[0], (int, float)) and 2021 <= r[0] <= 2024]
        assert len(year_rows) == 4
        for y, row in enumerate(year_rows):
            totals[y] += Decimal(repr(row[2]))
    assert totals == [Decimal(27000)] * 4  # every year, to the cent (what the members pay: positive)
    amendment = next(r for r in results if r.kind == "begrotingswijziging")
    assert_clean_package(amendment.path)
    assert all(v is True for _, v in controles(amendment.path))
    sample = statements[::57]
    for statement in sample:
        assert_clean_package(statement.path)
        assert all(v is True for _, v in controles(statement.path))


def run_cli(*args, cwd=ROOT):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "pyengine", *args], cwd=cwd, env=env, capture_output=True, text=True,
                          timeout=300)


def test_cli_exit_codes_summary_and_quiet_progress(tmp_path):
    specs = copy_examples(tmp_path)
    done = run_cli("generate", str(specs), "--out", str(tmp_path / "out"), "--jobs", "2")
    assert done.returncode == 0, done.stderr
    assert "3 written, 0 unchanged, 0 failed" in done.stdout
    assert "[" not in done.stderr  # no progress bar when output is not a terminal
    (specs / "kapot.toml").write_text("dit is geen toml", encoding="utf-8")
    failed = run_cli("generate", str(specs), "--out", str(tmp_path / "out2"))
    assert failed.returncode == 1
    assert "kapot.toml: TOML syntax error" in failed.stdout and "Traceback" not in failed.stdout + failed.stderr
    assert not (tmp_path / "out2").exists()
    helped = run_cli("--help")
    assert helped.returncode == 0 and "generate" in helped.stdout and "verify" in helped.stdout


def test_the_daily_loop_an_unedited_output_is_updated_after_an_input_change_with_exit_0(tmp_path):
    """Issue 19.7: one toelichting line changed; the ten files pyengine wrote and nobody touched are
    simply written again ("updated"), exit 0; only a hand-edited file asks for --force."""
    specs = copy_examples(tmp_path)
    spec = specs / "regionaal-leerhuis" / "begrotingswijziging-2021-03.toml"
    out = tmp_path / "uitvoer"
    first = run_cli("generate", str(spec), "--per-member", "--out", str(out))
    assert first.returncode == 0 and "9 written, 0 unchanged, 0 failed" in first.stdout, first.stdout
    text = spec.read_text(encoding="utf-8")
    spec.write_text(text.replace("tekst = [\n", "tekst = [\n    \"Een nieuwe eerste regel.\",\n", 1), encoding="utf-8")
    again = run_cli("generate", str(spec), "--per-member", "--out", str(out))
    assert again.returncode == 0, again.stdout + again.stderr
    assert "0 written, 9 updated, 0 unchanged, 0 failed" in again.stdout and "failed:" not in again.stdout
    main = out / "regionaal-leerhuis-begrotingswijziging-2021-03.xlsx"
    assert any("Een nieuwe eerste regel." in str(v) for row in CalamineWorkbook.from_path(str(main)).get_sheet_by_index(0)
               .to_python() for v in row)
    assert not [p for p in out.rglob("*.xlsx") if ".bewerkt-" in p.name]  # nothing of a person's to keep
    settled = run_cli("generate", str(spec), "--per-member", "--out", str(out))  # and unchanged once up to date
    assert settled.returncode == 0 and "0 written, 9 unchanged, 0 failed" in settled.stdout
    spec.write_text(text.replace("tekst = [\n", "tekst = [\n    \"Nog een regel.\",\n", 1), encoding="utf-8")
    dutch = run_cli("--lang", "nl", "generate", str(spec), "--per-member", "--out", str(out))
    assert dutch.returncode == 0 and "0 geschreven, 9 bijgewerkt, 0 ongewijzigd, 0 mislukt" in dutch.stdout, dutch.stdout


def test_a_dutch_run_held_back_by_one_edited_statement_says_so_in_dutch_once_not_per_file(tmp_path):
    """Trial entry 9: one edited statement refuses its spec's run; the other files are not counted as failed one by
    one in English (8 lines of 'not written ...'), but as 'niet geschreven', in one Dutch line for the spec; under
    spawn (Windows) as under fork."""
    specs = copy_examples(tmp_path)
    spec = specs / "regionaal-leerhuis" / "begrotingswijziging-2021-03.toml"
    out = tmp_path / "uitvoer"
    assert run_cli("generate", str(spec), "--per-member", "--out", str(out)).returncode == 0
    edited = sorted(out.rglob("bijdrageoverzicht-*.xlsx"))[0]
    book = openpyxl.load_workbook(edited)
    book.worksheets[0]["A1"] = "Bijgewerkt door de controller"
    book.save(edited)
    text = spec.read_text(encoding="utf-8")
    spec.write_text(text.replace("tekst = [\n", "tekst = [\n    \"Nog een regel.\",\n", 1), encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYENGINE_START_METHOD": "spawn"}
    done = subprocess.run([sys.executable, "-m", "pyengine", "--lang", "nl", "generate", str(spec), "--per-member",
                           "--jobs", "2", "--out", str(out)], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 1, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == "0 geschreven, 0 ongewijzigd, 1 mislukt, 8 niet geschreven", done.stdout
    assert f"  {spec}: 8 bestand(en) niet geschreven: {edited.name} van dezelfde spec {spec.name} is geweigerd, dus " \
           "wordt geen enkel bestand van die spec geschreven" in lines
    assert [line for line in lines if line.startswith("  mislukt:")] == [
        f"  mislukt: {edited}: met de hand gewijzigd nadat pyengine het schreef; gelaten zoals het is (--force maakt "
        "het opnieuw en bewaart het gewijzigde bestand als kopie ernaast)"]
    assert "not written" not in done.stdout and "refused" not in done.stdout


def test_demo_writes_the_three_seed_workbooks(tmp_path):
    done = run_cli("demo", "--out", str(tmp_path / "out"))
    assert done.returncode == 0, done.stdout + done.stderr
    files = sorted(p.name for p in (tmp_path / "out").glob("*.xlsx"))
    assert files == ["regionaal-leerhuis-begrotingswijziging-2021-03.xlsx",
                     "regionale-samenwerkingsagenda-jeugd-projectbegroting-2018-kostenverdeling-2018.xlsx",
                     "samenwerking-sociaal-domein-midden-limburg-west-kostenverdeling-2018-2022.xlsx"]
    assert len(list((tmp_path / "out" / "regionaal-leerhuis-begrotingswijziging-2021-03").glob("*.xlsx"))) == 8
    for path in (tmp_path / "out").rglob("*.xlsx"):
        assert_clean_package(path)
        assert all(v is True for _, v in controles(path)), path


def test_a_bad_template_folder_is_refused_before_anything_is_written(tmp_path):
    templates = tmp_path / "huisstijl"
    templates.mkdir()
    import openpyxl

    workbook = openpyxl.load_workbook(ROOT / "xlsx_models" / "begrotingswijziging.xlsx")
    del workbook.defined_names["ber_start"]
    workbook.save(templates / "begrotingswijziging.xlsx")
    results = pyengine.generate([LEERHUIS], tmp_path / "out", template_dir=templates)
    assert [r.status for r in results] == [FAILED]
    assert "required defined name(s) missing: ber_start" in results[0].error
    assert not (tmp_path / "out").exists()


def test_the_python_example_in_the_readme_runs(tmp_path):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    code = readme.split("### From Python\n\n```python\n", 1)[1].split("```", 1)[0]
    (tmp_path / "examples").symlink_to(ROOT / "examples")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert done.stdout.count("written") == 9 and (tmp_path / "out").is_dir()


@pytest.mark.parametrize("lang, figures", [("nl", ("EUR 27.000", "3.986,00", "9.220,00", "573.750,00")),
                                           ("en", ("EUR 27,000", "3,986.00", "9,220.00", "573,750.00"))])
def test_the_demo_prints_whole_names_and_amounts_in_its_language(capsys, lang, figures):
    from pyengine.cli import _print_seed_figures
    from pyengine.i18n import use_language

    with use_language(lang):
        _print_seed_figures()
    printed = capsys.readouterr().out
    for name in ("Noordwijkerhout", "Alphen aan den Rijn", "Kaag en Braassem", "Gooise Meren"):
        assert name in printed
    for figure in figures:
        assert figure in printed
    hilversum = next(line for line in printed.splitlines() if "Hilversum" in line)
    assert hilversum.split() == ["Hilversum", "EUR", figures[2], "x", "1.000:", "9"]
