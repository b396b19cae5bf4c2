"""Proof in LibreOffice: every workbook we produce recomputes to the values it stores."""

import os
from decimal import Decimal
import shutil
import zipfile
from pathlib import Path

import pytest

import pyengine
from pyengine.verify import LibreOfficeMissing, find_soffice, main as verify_main, verify

ROOT = Path(__file__).resolve().parent.parent

HAVE_LIBREOFFICE = bool(shutil.which("soffice") or shutil.which("libreoffice"))
if not HAVE_LIBREOFFICE and os.environ.get("REQUIRE_LIBREOFFICE") == "1":
    raise RuntimeError("REQUIRE_LIBREOFFICE=1 but LibreOffice (soffice) is not installed")
needs_libreoffice = pytest.mark.skipif(not HAVE_LIBREOFFICE, reason="LibreOffice is not installed "
                                       "(apt-get install libreoffice-calc-nogui); set REQUIRE_LIBREOFFICE=1 to fail instead")


@pytest.fixture(scope="module")
def produced(tmp_path_factory):
    """The demo's workbooks plus a sample of generated statements from a 40-member key."""
    out = tmp_path_factory.mktemp("produced")
    # the seed systems from their input workbooks (examples/ holds each also as TOML: one of the two)
    results = pyengine.generate([ROOT / "examples" / "invoer"], out / "demo")
    results += pyengine.generate([ROOT / "examples" / "invoer" / "regionaal-leerhuis"], out / "demo", per_member=True)
    key = out / "veertig.csv"
    key.write_text("gemeente,inwoners\n" + "".join(f"Gemeente {i},{1000 + 37 * i * i}\n" for i in range(40)),
                   encoding="utf-8")
    results += pyengine.generate([ROOT / "examples" / "regionaal-leerhuis"], out / "veertig", per_member=True, key=key)
    paths = sorted({r.path for r in results if r.status in ("written", "unchanged")})
    assert len(paths) >= 3 + 8 + 41
    return paths


@needs_libreoffice
def test_every_produced_workbook_recomputes_to_its_stored_values(produced):
    sample = [p for p in produced if "bijdrageoverzicht" not in p.name] + \
             [p for p in produced if "bijdrageoverzicht" in p.name][::5]
    verdicts = verify(sample)
    failures = [(v.path.name, v.error, [str(m) for m in v.mismatches[:3]]) for v in verdicts if not v.ok]
    assert not failures
    assert all(v.formulas > 0 for v in verdicts)
    assert sum(v.formulas for v in verdicts) > 2000


def corrupt(source: Path, target: Path, old: bytes, new: bytes, part: str = "xl/worksheets/sheet1.xml") -> None:
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item)
            if item.filename == part:
                assert old in data
                data = data.replace(old, new, 1)
            zout.writestr(item, data)


@needs_libreoffice
def test_negative_control_an_altered_stored_value_fails(produced, tmp_path, capsys):
    amendment = next(p for p in produced if p.name.startswith("regionaal-leerhuis-begrotingswijziging"))
    altered = tmp_path / "gewijzigd.xlsx"
    corrupt(amendment, altered, b"<v>3441</v>", b"<v>3442</v>")
    verdict = verify([altered])[0]
    assert not verdict.ok
    assert [(m.sheet, str(m.stored), str(m.recomputed)) for m in verdict.mismatches] == [("Begrotingswijziging", "3442", "3441")]
    broken_formula = tmp_path / "kapotte-formule.xlsx"
    corrupt(amendment, broken_formula, b"<f>Berekening!", b"<f>Bestaatniet!")
    assert not verify([broken_formula])[0].ok
    assert verify_main([str(amendment), str(altered)]) == 1
    out = capsys.readouterr().out
    assert "FAIL" in out and "Begrotingswijziging!" in out and "stored 3442, LibreOffice computes 3441" in out
    assert "1 passed, 1 failed" in out


@needs_libreoffice
def test_unreadable_and_missing_files_fail_clearly(tmp_path):
    junk = tmp_path / "geen.xlsx"
    junk.write_bytes(b"dit is geen werkboek")
    verdicts = verify([junk, tmp_path / "bestaat-niet.xlsx"])
    assert [v.error for v in verdicts] == ["not an .xlsx workbook (the file is not a zip package)", "file not found"]


def test_clear_message_when_libreoffice_is_missing(monkeypatch, capsys):
    monkeypatch.setenv("PATH", "/nonexistent")
    with pytest.raises(LibreOfficeMissing, match="apt-get install libreoffice-calc-nogui"):
        find_soffice()
    assert verify_main(["x.xlsx"]) == 2
    assert "LibreOffice is not installed" in capsys.readouterr().err


def _leerhuis_with_statements(tmp_path):
    out = tmp_path / "uitvoer"
    results = pyengine.generate([ROOT / "examples" / "regionaal-leerhuis"], out, per_member=True)
    assert [r.status for r in results].count("written") == 9
    return out


def test_a_folder_is_searched_recursively_leaving_out_kept_copies_and_lock_files(tmp_path):
    from pyengine.errors import InputError
    from pyengine.verify import collect_workbooks

    out = _leerhuis_with_statements(tmp_path)
    statement = next((out / "regionaal-leerhuis-begrotingswijziging-2021-03").glob("*.xlsx"))
    shutil.copyfile(statement, statement.with_name(statement.stem + ".bewerkt-20261203-101500.xlsx"))
    (out / "~$regionaal-leerhuis-begrotingswijziging-2021-03.xlsx").write_bytes(b"lock")
    found = collect_workbooks([out])
    assert len(found) == 9 and found[0] == out / "regionaal-leerhuis-begrotingswijziging-2021-03.xlsx"
    assert all(".bewerkt-" not in p.name and not p.name.startswith("~$") for p in found)
    assert collect_workbooks([out, found[0]]) == found  # named twice, checked once
    (tmp_path / "leeg").mkdir()
    with pytest.raises(InputError, match="leeg: no workbooks"):
        collect_workbooks([tmp_path / "leeg"])


def test_verify_says_how_many_files_it_checked_and_which_of_a_folder_it_did_not(tmp_path, monkeypatch, capsys):
    """`verify uitvoer/*.xlsx` (the shell's glob) names only the amendment, not the statements in the
    folder beside it: verify says so instead of letting 'complete' read as all verified."""
    import pyengine.verify as verify_module

    out = _leerhuis_with_statements(tmp_path)
    seen = []

    def recomputed(paths):  # stands for LibreOffice: every file recomputes to its stored values
        seen.append(list(paths))
        return [verify_module.Verdict(p, formulas=10, master=("Controles", "B4"), master_value=True) for p in paths]

    monkeypatch.setattr(verify_module, "verify", recomputed)
    assert verify_main([str(p) for p in sorted(out.glob("*.xlsx"))]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[-1] == "1 file(s) checked: 1 passed, 0 failed"
    assert lines[-2] == (f"  8 of its 9 file(s) were not recomputed in this run, such as regionaal-leerhuis-"
                         f"begrotingswijziging-2021-03/bijdrageoverzicht-blaricum.xlsx; pyengine verify {out} "
                         f"recomputes them all")
    assert verify_main([str(out)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(seen[-1]) == 9 and lines[-1] == "9 file(s) checked: 9 passed, 0 failed"
    assert lines[-2] == f"folder {out}: complete (9 file(s) of the last runs, as pyengine wrote them)"
    (tmp_path / "leeg").mkdir()
    assert verify_main([str(tmp_path / "leeg")]) == 2
    assert "no workbooks (.xlsx)" in capsys.readouterr().err


def test_verify_names_a_manifest_replaced_by_a_folder_and_fails(tmp_path, monkeypatch, capsys):
    """A manifest that is a folder is no 'folder without a manifest': the folder's state cannot be told."""
    import pyengine.verify as verify_module
    from pyengine.outfolder import MANIFEST_NAME

    out = _leerhuis_with_statements(tmp_path)
    (out / MANIFEST_NAME).unlink()
    (out / MANIFEST_NAME).mkdir()
    monkeypatch.setattr(verify_module, "verify", lambda paths: [
        verify_module.Verdict(p, formulas=10, master=("Controles", "B4"), master_value=True) for p in paths])
    assert verify_main([str(out)]) == 1
    assert (f"output folder {out}: {MANIFEST_NAME} is a folder, not the file pyengine keeps there; remove it "
            "(pyengine makes the file again)") in capsys.readouterr().out.splitlines()


@needs_libreoffice
def test_verify_a_folder_recomputes_every_file_in_it(tmp_path, capsys):
    out = _leerhuis_with_statements(tmp_path)
    assert verify_main([str(out)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert sum(line.startswith("ok    ") for line in lines) == 9
    assert lines[-1] == "9 file(s) checked: 9 passed, 0 failed"


def test_a_mismatch_reads_as_a_person_writes_values_in_both_languages():
    from pyengine.i18n import use_language
    from pyengine.verify import Mismatch

    with use_language("nl"):
        assert str(Mismatch("Blad1", "B2", None, Decimal("2026.5"))) == "Blad1!B2: opgeslagen leeg, LibreOffice berekent 2026,5"
        assert str(Mismatch("Blad1", "B3", True, False)) == "Blad1!B3: opgeslagen WAAR, LibreOffice berekent ONWAAR"
    with use_language("en"):
        assert str(Mismatch("Blad1", "B2", None, Decimal("2026.5"))) == "Blad1!B2: stored empty, LibreOffice computes 2026.5"
