"""pyengine new ... --from <spec or produced workbook> (issue 19 point 6): the input workbook travels alone (a key
file's weights are copied in, 'bron' names the file), and the key's bron survives every round trip
produced workbook -> input workbook -> produced workbook."""

import shutil
from pathlib import Path

import openpyxl
import pytest

import pyengine
from pyengine.bulk import WRITTEN
from pyengine.cli import main

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
AMENDMENT = EXAMPLES / "regionaal-leerhuis" / "begrotingswijziging-2021-03.toml"
COSTS = EXAMPLES / "midden-limburg-west" / "kostenverdeling-2018-2022.toml"


def sheet_values(path: Path, sheet: str) -> list[list]:
    book = openpyxl.load_workbook(path, data_only=True)
    return [[cell.value for cell in row] for row in book[sheet].iter_rows()]


def field(path: Path, sheet: str, label: str):
    found = [row[1] for row in sheet_values(path, sheet) if row and row[0] == label]
    assert len(found) == 1, (path.name, sheet, label)
    return found[0]


def generated(spec: Path, out: Path) -> Path:
    results = pyengine.generate([spec], out)
    assert [r.status for r in results] == [WRITTEN], [r.note for r in results]
    return results[0].path


def no_file_paths(workbook: Path) -> None:
    """No cell of the key sheet names a file to read: the weights are in the workbook."""
    for row in sheet_values(workbook, "Verdeelsleutel"):
        assert not any(isinstance(v, str) and v.lower().endswith((".csv", ".xlsx")) for v in row), row


@pytest.mark.parametrize("spec, kind, document", [(AMENDMENT, "begrotingswijziging", "Begrotingswijziging"),
                                                  (COSTS, "kostenverdeling", "Kostenverdeling")])
def test_new_from_a_spec_copies_the_key_weights_and_the_workbook_travels_alone(tmp_path, spec, kind, document):
    made = tmp_path / "maak" / "invoer.xlsx"
    made.parent.mkdir()
    assert main(["new", kind, "--from", str(spec), "--out", str(made)]) == 0
    no_file_paths(made)
    alone = tmp_path / "gemaild" / "invoer.xlsx"  # mailed on its own: no key file beside it
    alone.parent.mkdir()
    shutil.copy(made, alone)
    from_spec = generated(spec, tmp_path / "uit-spec")
    from_alone = generated(alone, tmp_path / "uit-alleen")
    assert sheet_values(from_alone, document) == sheet_values(from_spec, document)


def test_the_key_bron_survives_every_round_trip(tmp_path):
    first = generated(AMENDMENT, tmp_path / "p1")
    origin = "verdeelsleutel.csv, kolom bijdrage_2020"
    assert field(first, "Invoer", "Bron verdeelsleutel") == origin
    # produced workbook -> input workbook: the weights and their bron travel with it
    made = tmp_path / "invoer.xlsx"
    assert main(["new", "begrotingswijziging", "--from", str(first), "--out", str(made)]) == 0
    no_file_paths(made)
    assert field(made, "Algemeen", "Bron verdeelsleutel") == origin
    second = generated(made, tmp_path / "p2")
    assert field(second, "Invoer", "Bron verdeelsleutel") == origin
    third = generated(second, tmp_path / "p3")  # the produced workbook as input, once more
    assert field(third, "Invoer", "Bron verdeelsleutel") == origin
    assert sheet_values(third, "Begrotingswijziging") == sheet_values(first, "Begrotingswijziging")


def test_new_from_a_produced_workbook_hints_per_member(tmp_path, capsys):
    first = generated(AMENDMENT, tmp_path / "p1")
    assert main(["new", "begrotingswijziging", "--from", str(first), "--out", str(tmp_path / "x.xlsx")]) == 0
    assert "--per-member" in capsys.readouterr().out
