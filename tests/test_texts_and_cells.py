"""Texts and cells read one way only (issue 24, point 3): method names in every input form, produced workbooks
missing a defined name, a duplicated member in a produced workbook's Invoer."""

from __future__ import annotations

import shutil
from pathlib import Path

import openpyxl
import pytest

import pyengine
from pyengine.bulk import FAILED, WRITTEN
from pyengine.inputs.spec import amendment_from_spec, read_spec

ROOT = Path(__file__).resolve().parent.parent
LEERHUIS = ROOT / "examples" / "regionaal-leerhuis"
SPEC = "begrotingswijziging-2021-03.toml"


def _leerhuis(tmp_path: Path, old: str = "", new: str = "") -> Path:
    folder = tmp_path / "in"
    shutil.copytree(LEERHUIS, folder)
    path = folder / SPEC
    path.write_text(path.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")
    return path


@pytest.mark.parametrize("written, method", [("Hamilton", "largest_remainder"), ("Sainte-Laguë", "sainte_lague"),
                                             ("D'Hondt", "dhondt"), ("grootste overschot", "largest_remainder"), ("loting", None)])
def test_the_toml_spec_takes_the_method_names_the_input_workbook_takes(tmp_path, written, method):
    from pyengine.core.allocation import method_named
    from pyengine.errors import InputError

    path = _leerhuis(tmp_path, 'verdeelmethode = "largest_remainder"', f'verdeelmethode = "{written}"')
    try:
        expected = method_named(written)
    except InputError:
        expected = None
    assert expected == method
    if method is None:
        with pytest.raises(InputError, match="verdeelmethode"):
            amendment_from_spec(read_spec(path))
    else:
        assert amendment_from_spec(read_spec(path)).method == method


@pytest.mark.parametrize("spec", ["afrekening-peelland/afrekening-2025.toml", "vooruitblik/meerjarenraming-2026-2029.toml"])
@pytest.mark.parametrize("written, method", [("Hamilton", "largest_remainder"), ("grootste overschot", "largest_remainder"),
                                             ("D'Hondt", "dhondt"), ("loting", None)])
def test_every_kinds_spec_takes_the_method_names_its_input_workbook_takes(tmp_path, capsys, spec, written, method):
    """The afrekening's and meerjarenraming's TOML refused 'Hamilton' and even 'grootste overschot', the word their
    own input workbooks show (issue 24 point 3: the same method names in every input form)."""
    from pyengine import cli

    folder = tmp_path / "in"
    shutil.copytree((ROOT / "examples" / spec).parent, folder)
    path = folder / Path(spec).name
    text = path.read_text(encoding="utf-8")
    line = next((l for l in text.splitlines() if l.startswith("verdeelmethode")), None)
    changed = text.replace(line, f'verdeelmethode = "{written}"') if line else \
        text.replace("\n[", f'\nverdeelmethode = "{written}"\n\n[', 1)
    assert changed != text
    path.write_text(changed, encoding="utf-8")
    code = cli.main(["generate", str(path), "--out", str(tmp_path / "uit")])
    out = capsys.readouterr().out
    assert code == (0 if method else 1), out
    if method is None:
        assert "verdeelmethode: must be one of" in out and "got text 'loting'" in out

@pytest.fixture(scope="module")
def produced(tmp_path_factory) -> Path:
    tmp_path = tmp_path_factory.mktemp("produced")
    results = pyengine.generate([_leerhuis(tmp_path)], tmp_path / "out")
    return next(r.path for r in results if r.status == WRITTEN and r.kind == "begrotingswijziging")


def _again(tmp_path: Path, produced: Path, change) -> list:
    target = tmp_path / produced.name
    book = openpyxl.load_workbook(produced)
    change(book)
    book.save(target)
    return pyengine.generate([target], tmp_path / "opnieuw")


def test_a_produced_workbook_without_a_required_defined_name_is_refused_naming_it(tmp_path, produced):
    results = _again(tmp_path, produced, lambda book: book.defined_names.pop("inv_bijdrage"))
    assert [r.status for r in results] == [FAILED]
    assert "the defined name 'inv_bijdrage' is missing, so the workbook cannot be read back" in results[0].error
    results = _again(tmp_path, produced, lambda book: book.defined_names.pop("inv_algemeen"))
    assert "the defined name 'inv_algemeen' is missing" in results[0].error


def test_a_produced_workbook_without_its_optional_toelichting_block_reads(tmp_path, produced):
    results = _again(tmp_path, produced, lambda book: book.defined_names.pop("inv_toelichting"))
    assert FAILED not in [r.status for r in results], [r.error for r in results]


def test_a_member_twice_in_a_produced_workbooks_invoer_is_named_as_a_duplicate(tmp_path, produced):
    def twice(book):
        sheet, ref = next(iter(book.defined_names["inv_bijdrage"].destinations))
        first = ref.replace("$", "").split(":")[0]
        cell = book[sheet][first]
        cell.offset(2, 0).value = cell.offset(1, 0).value  # the second member's name on the third member's row
    results = _again(tmp_path, produced, twice)
    assert [r.status for r in results] == [FAILED]
    assert "member 'Blaricum' appears twice (first at" in results[0].error, results[0].error


@pytest.mark.parametrize("lang, expected", [("en", "geheim.xlsx: the workbook is protected with a password: save it "
                                                   "without one"),
                                            ("nl", "geheim.xlsx: de werkmap is beveiligd met een wachtwoord")])
def test_an_encrypted_workbook_is_named_as_such_by_generate_verify_and_audit(tmp_path, capsys, lang, expected):
    """Issue 24 point 3: the same words in every command, through the command line as the officer runs it."""
    from pyengine import cli

    path = tmp_path / "geheim.xlsx"  # what Excel writes for File > Info > Encrypt with Password: an OLE file
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500) + "EncryptionInfo".encode("utf-16-le") + bytes(99))
    # exit codes as documented: generate and verify 1 (a failed file), audit 2 (nothing could be audited)
    for argv, exit_code in ((["generate", str(path), "--out", str(tmp_path / "uit")], 1), (["verify", str(path)], 1),
                            (["audit", str(path)], 2)):
        try:
            code = cli.main(["--lang", lang, *argv])
        except SystemExit as stop:
            code = stop.code
        text = capsys.readouterr()
        assert code == exit_code, (argv, text)
        assert expected in text.out + text.err, (argv, text)
        assert "Traceback" not in text.out + text.err
    assert not (tmp_path / "uit").exists()
