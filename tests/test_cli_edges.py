"""Edges a new user meets at the command line: usage exit codes, misleading messages, Windows paths, verify's verdict."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import zipfile
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from openpyxl.workbook.defined_name import DefinedName

import pyengine
from pyengine.cli import main as cli_main
from pyengine.core.amendment import compute
from pyengine.core.costs import compute_costs
from pyengine.errors import InputError
from pyengine.inputs import schema
from pyengine.inputs.spec import amendment_from_spec, costs_from_spec, read_spec
from pyengine.inputs.workbook_spec import load_any_spec
from pyengine import new as new_command
from pyengine.verify import main as verify_main

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
LEERHUIS = EXAMPLES / "regionaal-leerhuis" / "begrotingswijziging-2021-03.toml"
LEERHUIS_XLSX = EXAMPLES / "invoer" / "regionaal-leerhuis" / "begrotingswijziging-2021-03.xlsx"
MLW = EXAMPLES / "midden-limburg-west" / "kostenverdeling-2018-2022.toml"
HAVE_LIBREOFFICE = bool(shutil.which("soffice") or shutil.which("libreoffice"))
needs_libreoffice = pytest.mark.skipif(not HAVE_LIBREOFFICE, reason="LibreOffice is not installed")


def run(argv: list[str], capsys) -> tuple[int, str, str]:
    """The CLI in-process: (exit code, stdout, stderr); argparse's own usage errors included."""
    try:
        code = cli_main(argv)
    except SystemExit as stop:
        code = stop.code
    captured = capsys.readouterr()
    assert "Traceback" not in captured.out + captured.err
    return code, captured.out, captured.err


def files_under(folder: Path) -> list[Path]:
    return sorted(p.relative_to(folder) for p in folder.rglob("*"))


# --- 1. usage mistakes exit 2 with one line --------------------------------------------------------

@pytest.mark.parametrize("years, message", [
    ("1899-1900", "--years: years run from 1900 to 2200, got 1899 in '1899-1900'"),
    ("2199-2201", "--years: years run from 1900 to 2200, got 2201 in '2199-2201'"),
    ("1850", "--years: years run from 1900 to 2200, got 1850 in '1850'"),
    ("2024-abc", "--years: expected years such as 2025-2028 or 2025,2026, got '2024-abc'"),
    ("2025-2023", "--years: '2025-2023' runs backwards; give the first year first, such as 2023-2025"),
    ("2025-2031", "--years: give 1 to 5 increasing years, got '2025-2031'"),
    ("2026,2025", "--years: give 1 to 5 increasing years, got '2026,2025'"),
])
def test_new_refuses_a_wrong_years_option_as_usage(tmp_path, capsys, years, message):
    out = tmp_path / "invoer.xlsx"
    code, stdout, stderr = run(["new", "begrotingswijziging", "--years", years, "--out", str(out)], capsys)
    assert (code, stdout, stderr) == (2, "", message + "\n")
    assert files_under(tmp_path) == []


def test_the_years_option_takes_the_first_and_last_years_a_spec_takes(tmp_path, capsys):
    assert (schema.FIRST_YEAR, schema.LAST_YEAR) == (1900, 2200)
    for years in ("1900", "2196-2200"):
        out = tmp_path / f"{years}.xlsx"
        assert run(["new", "kostenverdeling", "--years", years, "--out", str(out)], capsys)[0] == 0
        assert out.is_file()


def test_new_still_exits_1_for_a_bad_key_file(tmp_path, capsys):
    key = tmp_path / "sleutel.csv"
    key.write_text("gemeente;inwoners\nA;5.95\n", encoding="utf-8")
    code, stdout, _ = run(["new", "begrotingswijziging", "--key", str(key), "--years", "2025",
                           "--out", str(tmp_path / "x.xlsx")], capsys)
    assert code == 1 and "'5.95' is not a number in the Dutch convention" in stdout


@pytest.mark.parametrize("make", ["missing", "file"])
def test_generate_refuses_a_templates_folder_that_is_not_one_as_usage(tmp_path, capsys, make):
    templates = tmp_path / "nope"
    if make == "file":
        templates.write_text("not a folder", encoding="utf-8")
    out = tmp_path / "out"
    code, stdout, stderr = run(["generate", str(LEERHUIS), "--templates", str(templates), "--out", str(out)], capsys)
    expected = "no such folder" if make == "missing" else "is a file, not a folder; give the folder that holds your templates"
    assert (code, stdout) == (2, "")
    assert stderr == f"pyengine generate: --templates {templates}: {expected}\n"
    assert not out.exists()
    with pytest.raises(InputError, match="--templates"):  # the API raises it too (a UsageError is an InputError)
        pyengine.generate([LEERHUIS], out, template_dir=templates)


def test_templates_folder_with_a_missing_template_is_still_an_input_failure(tmp_path, capsys):
    """An existing folder without the template needed is bad input (exit 1), not a wrong command."""
    (tmp_path / "mijn-sjablonen").mkdir()
    code, stdout, _ = run(["generate", str(LEERHUIS), "--templates", str(tmp_path / "mijn-sjablonen"),
                           "--out", str(tmp_path / "out")], capsys)
    assert code == 1 and "template not found" in stdout


def test_per_member_on_a_kostenverdeling_is_usage_and_refuses_the_whole_run(tmp_path, capsys):
    """With --keep-going too: a wrong command is not a bad spec to skip; nothing is written."""
    specs = tmp_path / "specs"
    specs.mkdir()
    for seed in (LEERHUIS, MLW):
        for sibling in seed.parent.iterdir():
            shutil.copy(sibling, specs / sibling.name)
    out = tmp_path / "out"
    code, stdout, stderr = run(["generate", str(specs), "--per-member", "--keep-going", "--out", str(out)], capsys)
    assert (code, stdout) == (2, "")
    assert stderr.splitlines() == [
        "pyengine generate: kostenverdeling-2018-2022.toml: --per-member makes a bijdrageoverzicht per member of a "
        "begrotingswijziging; this is a kostenverdeling, whose workbook already shows every member's share (run it "
        "without --per-member)"]
    assert not out.exists()
    # the same folder without --per-member generates both
    assert run(["generate", str(specs), "--out", str(out)], capsys)[0] == 0
    assert len(list(out.glob("*.xlsx"))) == 2


# --- 2. --out under a file -------------------------------------------------------------------------

def test_new_out_under_a_file_names_that_file(tmp_path, capsys):
    afile = tmp_path / "afile"
    afile.write_bytes(b"mine")
    for out in (afile / "x.xlsx", afile / "deeper" / "x.xlsx"):
        code, stdout, _ = run(["new", "kostenverdeling", "--years", "2025", "--out", str(out)], capsys)
        assert code == 1
        assert stdout == f"--out {out}: {afile} is a file, not a folder; choose another --out\n"
    assert afile.read_bytes() == b"mine" and files_under(tmp_path) == [Path("afile")]


def test_new_out_that_is_a_folder_says_so(tmp_path, capsys):
    folder = tmp_path / "invoer.xlsx"
    folder.mkdir()
    code, stdout, _ = run(["new", "kostenverdeling", "--years", "2025", "--out", str(folder)], capsys)
    assert code == 1 and stdout.startswith(f"--out {folder}: is a folder; --out names the new workbook")


# --- 3. a named pipe as spec -----------------------------------------------------------------------

needs_mkfifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes (os.mkfifo) are POSIX only")


@needs_mkfifo
def test_a_named_pipe_as_spec_is_not_a_regular_file(tmp_path, capsys):
    pipe = tmp_path / "spec.toml"
    os.mkfifo(pipe)
    out = tmp_path / "out"
    code, _, stderr = run(["generate", str(pipe), "--out", str(out)], capsys)
    assert code == 1
    assert stderr == (f"pyengine generate: {pipe}: not a regular file (a named pipe, device or socket); "
                      f"give a .toml spec, an input workbook or a folder\n")
    code, stdout, _ = run(["new", "begrotingswijziging", "--from", str(pipe), "--out", str(tmp_path / "x.xlsx")], capsys)
    assert (code, stdout) == (1, "spec.toml: spec is not a regular file\n")
    assert not out.exists() and not (tmp_path / "x.xlsx").exists()


@needs_mkfifo
def test_verify_says_a_named_pipe_is_not_a_regular_file(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr("pyengine.verify.find_soffice", lambda: "soffice (never started: nothing to convert)")
    pipe = tmp_path / "werkboek.xlsx"
    os.mkfifo(pipe)
    assert verify_main([str(pipe)]) == 1
    assert capsys.readouterr().out.splitlines() == [
        f"FAIL  {pipe}: not a regular file (a named pipe, device or socket)", "1 file(s) checked: 0 passed, 1 failed"]


# --- 4. key paths typed with backslashes -----------------------------------------------------------

def test_a_key_path_with_backslashes_is_found_on_every_platform(tmp_path):
    (tmp_path / "sleutels").mkdir()
    shutil.copy(LEERHUIS.parent / "verdeelsleutel.csv", tmp_path / "sleutels" / "verdeelsleutel.csv")
    spec = tmp_path / LEERHUIS.name
    text = LEERHUIS.read_text(encoding="utf-8")
    assert 'bestand = "verdeelsleutel.csv"' in text
    spec.write_text(text.replace('bestand = "verdeelsleutel.csv"', 'bestand = "sleutels\\\\verdeelsleutel.csv"'),
                    encoding="utf-8")
    assert read_spec(spec).data["verdeelsleutel"]["bestand"] == "sleutels\\verdeelsleutel.csv"
    first = compute(amendment_from_spec(read_spec(spec))).years[0]
    seed = compute(amendment_from_spec(read_spec(LEERHUIS))).years[0]
    assert -first.exact["lid:Hilversum"][1] == Decimal("9220.00")
    assert first.exact == seed.exact
    results = pyengine.generate([spec], tmp_path / "out", per_member=True)
    assert [r.status for r in results] == ["written"] * 9


def test_a_key_path_with_backslashes_that_exists_nowhere_is_named_as_written(tmp_path):
    spec = tmp_path / LEERHUIS.name
    spec.write_text(LEERHUIS.read_text(encoding="utf-8").replace(
        'bestand = "verdeelsleutel.csv"', 'bestand = "sleutels\\\\weg.csv"'), encoding="utf-8")
    with pytest.raises(InputError) as error:
        amendment_from_spec(read_spec(spec))
    assert str(error.value) == ("begrotingswijziging-2021-03.toml [verdeelsleutel] bestand: "
                                "sleutels\\weg.csv: key file not found")


def test_a_rates_path_with_backslashes_is_found(tmp_path):
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "tarieven.csv").write_text("schaal,kosten_per_fte\n8,65000\n10,80000\n11,90000\n12,100000\n",
                                                    encoding="utf-8")
    spec = tmp_path / MLW.name
    text = MLW.read_text(encoding="utf-8")
    assert "[tarieven]" not in text
    spec.write_text(text.replace("[[formatie]]", '[tarieven]\nbestand = "data\\\\tarieven.csv"\n\n[[formatie]]', 1),
                    encoding="utf-8")
    assert compute_costs(costs_from_spec(read_spec(spec))).total == compute_costs(costs_from_spec(read_spec(MLW))).total


def test_an_input_workbook_key_path_with_backslashes_is_found(tmp_path):
    (tmp_path / "sleutels").mkdir()
    shutil.copy(LEERHUIS.parent / "verdeelsleutel.csv", tmp_path / "sleutels" / "verdeelsleutel.csv")
    book = openpyxl.load_workbook(LEERHUIS_XLSX)
    sheet, ref = next(book.defined_names["invoer_verdeelsleutel_bestanden"].destinations)
    cell = book[sheet][ref.replace("$", "").split(":")[0]].offset(0, 1)
    assert cell.value is None  # the example holds its weights (it travels alone): point it at a key file instead
    cell.value = "sleutels\\verdeelsleutel.csv"
    cell.offset(0, 1).value = "bijdrage_2020"
    sheet, ref = next(book.defined_names["invoer_verdeelsleutel_gewichten"].destinations)
    first = book[sheet][ref.replace("$", "").split(":")[0]]
    for row in range(8):
        first.offset(row, 0).value = first.offset(row, 1).value = None
    sheet, ref = next(book.defined_names["invoer_verdeelsleutel_bron"].destinations)
    book[sheet][ref.replace("$", "")].value = None
    workbook = tmp_path / "invoer.xlsx"
    book.save(workbook)
    kind, amendment = load_any_spec(workbook)
    assert kind == "begrotingswijziging"
    assert compute(amendment).years[0].exact == compute(amendment_from_spec(read_spec(LEERHUIS))).years[0].exact
    # new --from a spec with such a path finds the key and copies its weights in: the workbook travels alone
    spec = tmp_path / "spec.toml"
    spec.write_text(LEERHUIS.read_text(encoding="utf-8").replace(
        'bestand = "verdeelsleutel.csv"', 'bestand = "sleutels\\\\verdeelsleutel.csv"'), encoding="utf-8")
    (tmp_path / "werk").mkdir()
    converted = tmp_path / "werk" / "invoer.xlsx"
    assert cli_main(["new", "begrotingswijziging", "--from", str(spec), "--out", str(converted)]) == 0
    book = openpyxl.load_workbook(converted)
    sheet, ref = next(book.defined_names["invoer_verdeelsleutel_bestanden"].destinations)
    assert book[sheet][ref.replace("$", "").split(":")[0]].offset(0, 1).value is None
    sheet, ref = next(book.defined_names["invoer_verdeelsleutel_bron"].destinations)
    assert book[sheet][ref.replace("$", "")].value == "verdeelsleutel.csv, kolom bijdrage_2020"
    assert load_any_spec(converted)[0] == "begrotingswijziging"


# --- 5. verify says what it checked ----------------------------------------------------------------

def _workbook(path: Path, *, formulas: bool, master: bool = False, master_true: bool = True) -> Path:
    """A small workbook of our own making, with stored formula values (openpyxl stores none: patched in)."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Controle's"
    sheet["A1"] = 1
    sheet["A2"] = "tekst"
    if formulas:
        sheet["B1"] = "=A1=1" if master_true else "=A1=2"
        sheet["C1"] = "=A1+1"
    if master:
        book.defined_names["Hoofdcontrole"] = DefinedName("Hoofdcontrole", attr_text="'Controle''s'!$B$1")
    book.save(path)
    if formulas:
        with zipfile.ZipFile(path) as zin:
            parts = {item.filename: zin.read(item) for item in zin.infolist()}
        xml = parts["xl/worksheets/sheet1.xml"].decode()
        for old, new in ((f'<c r="B1"><f>A1={1 if master_true else 2}</f><v />',
                          f'<c r="B1" t="b"><f>A1={1 if master_true else 2}</f><v>{int(master_true)}</v>'),
                         ('<c r="C1"><f>A1+1</f><v />', '<c r="C1"><f>A1+1</f><v>2</v>')):
            assert old in xml, xml
            xml = xml.replace(old, new)
        parts["xl/worksheets/sheet1.xml"] = xml.encode()
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
            for name, data in parts.items():
                zout.writestr(name, data)
    return path


def test_verify_does_not_call_a_workbook_without_formulas_verified(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr("pyengine.verify.find_soffice", lambda: "soffice (never started: nothing to convert)")
    plain = _workbook(tmp_path / "waarden.xlsx", formulas=False)
    assert verify_main([str(plain)]) == 1
    assert capsys.readouterr().out.splitlines() == [
        f"FAIL  {plain}: nothing to verify: waarden.xlsx has no formulas (verify recomputes formulas in LibreOffice "
        f"and compares them with the values stored in the file)", "1 file(s) checked: 0 passed, 1 failed"]


def test_verify_refuses_an_empty_input_workbook_as_nothing_to_verify(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr("pyengine.verify.find_soffice", lambda: "soffice (never started: nothing to convert)")
    invoer = tmp_path / "invoer.xlsx"
    assert cli_main(["new", "kostenverdeling", "--years", "2025", "--out", str(invoer)]) == 0
    capsys.readouterr()
    assert verify_main([str(invoer)]) == 1
    assert "nothing to verify: invoer.xlsx has no formulas" in capsys.readouterr().out


@needs_libreoffice
def test_verify_says_what_it_checked(tmp_path, capsys):
    foreign = _workbook(tmp_path / "ander.xlsx", formulas=True)
    failing = _workbook(tmp_path / "onwaar.xlsx", formulas=True, master=True, master_true=False)
    holding = _workbook(tmp_path / "waar.xlsx", formulas=True, master=True)
    produced = [r.path for r in pyengine.generate([MLW], tmp_path / "out")]
    assert verify_main([str(foreign), str(failing), str(holding), str(produced[0])]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == (f"ok    {foreign} (2 formulas recomputed by LibreOffice, all equal to the stored values; "
                        f"no Hoofdcontrole, so not a workbook pyengine produced: only its formulas were checked)")
    assert lines[1] == (f"FAIL  {failing}: Hoofdcontrole (Controle's!B1) is FALSE after recalculation, not TRUE: "
                        f"a check on its Controles sheet fails")
    assert lines[2] == (f"ok    {holding} (2 formulas recomputed by LibreOffice, all equal to the stored values; "
                        f"Hoofdcontrole (Controle's!B1) TRUE)")
    assert re.fullmatch(rf"ok    {re.escape(str(produced[0]))} \(\d{{3}} formulas recomputed by LibreOffice, all "
                        r"equal to the stored values; Hoofdcontrole \(Controles!B4\) TRUE\)", lines[3]), lines[3]
    assert lines[-1] == "4 file(s) checked: 3 passed, 1 failed"


# --- 6. the next: hint can be pasted -----------------------------------------------------------------

@pytest.mark.parametrize("path, word", [
    ("invoer.xlsx", "invoer.xlsx"),
    ("werk/invoer-2025.xlsx", "werk/invoer-2025.xlsx"),
    ("Mijn documenten/invoer.xlsx", '"Mijn documenten/invoer.xlsx"'),
    ("R&D/invoer.xlsx", '"R&D/invoer.xlsx"'),
    ("begroting (concept).xlsx", '"begroting (concept).xlsx"'),
    ("a;b.xlsx", '"a;b.xlsx"'),
    ("gemeente's.xlsx", '"gemeente\'s.xlsx"'),
    ("zuidoost,noord.xlsx", '"zuidoost,noord.xlsx"'),
    ("één.xlsx", "één.xlsx"),
])
def test_command_word_quotes_what_a_shell_would_split(path, word):
    assert new_command.command_word(path) == word


@pytest.mark.skipif(sys.platform == "win32", reason="pastes the hint into a POSIX shell")
def test_the_next_hint_after_new_pastes_into_a_shell(tmp_path, capsys):
    folder = tmp_path / "Mijn documenten (2025)"
    folder.mkdir()
    out = folder / "in voer.xlsx"
    code, stdout, _ = run(["new", "kostenverdeling", "--years", "2025", "--out", str(out)], capsys)
    assert code == 0
    hint = stdout.splitlines()[-1]
    assert hint == f'next: fill in the yellow cells, then: pyengine generate "{out}" --out uitvoer/'
    command = hint.split("then: ", 1)[1]
    # the shell splits the pasted command into exactly the words meant
    words = subprocess.run(["sh", "-c", f'for w in {command.removeprefix("pyengine ")}; do echo "$w"; done'],
                           capture_output=True, text=True, check=True).stdout.splitlines()
    assert words == ["generate", str(out), "--out", "uitvoer/"]


@pytest.mark.parametrize("extra, expected", [
    (["begrotingswijziging", "--key", "KEY", "--years", "2025-2028"], " --per-member --out uitvoer/"),
    (["begrotingswijziging", "--from", str(ROOT / "examples" / "regionaal-leerhuis" / "begrotingswijziging-2021-03.toml")],
     " --per-member --out uitvoer/"),
    (["begrotingswijziging", "--years", "2025"], " --out uitvoer/"),  # no members known yet
    (["kostenverdeling", "--key", "KEY", "--years", "2025"], " --out uitvoer/"),  # its workbook shows every member
])
def test_the_next_hint_is_the_command_the_officer_most_likely_wants(tmp_path, capsys, extra, expected):
    key = tmp_path / "inwoners.csv"
    key.write_text("gemeente,inwoners\nAlpha,100\nBeta,300\n", encoding="utf-8")
    out = tmp_path / "invoer.xlsx"
    code, stdout, _ = run(["new", *[str(key) if word == "KEY" else word for word in extra], "--out", str(out)], capsys)
    assert code == 0
    assert stdout.splitlines()[-1] == f"next: fill in the yellow cells, then: pyengine generate {out}{expected}"


def test_an_unexpected_error_has_an_exit_code_of_its_own(tmp_path, capsys, monkeypatch):
    """A bug of ours must not look like findings or bad input (1) to a script that runs the audit over a folder:
    it exits 3, says what to report, and shows no traceback."""
    table = tmp_path / "tabel.xlsx"
    table.write_bytes(b"")

    def broken(*args, **kwargs):
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr("pyengine.audit.main", broken)
    assert cli_main(["--lang", "en", "audit", str(table), "--json"]) == 3
    err = capsys.readouterr().err
    assert err == ("pyengine audit: unexpected error (ZeroDivisionError: division by zero); nothing more was "
                   "written; please report this with the input\n")
