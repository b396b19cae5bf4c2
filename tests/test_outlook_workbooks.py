"""meerjarenraming and sleutelvergelijking as input workbooks: pyengine new writes the kind's own workbook,
whose Invoer sheet holds every input; generate reads a produced workbook back (the round trip) and gives
the same figures."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

import pyengine
from pyengine.cli import main as cli_main

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "vooruitblik"


def values(path: Path) -> dict[str, list]:
    book = openpyxl.load_workbook(path, data_only=True)
    return {name: [[c.value for c in row] for row in book[name].iter_rows()] for name in book.sheetnames
            if name not in ("Herkomst", "Invoer")}  # Invoer and Herkomst name their source files


@pytest.mark.parametrize("spec", ["meerjarenraming-2026-2029.toml", "sleutelvergelijking-2026-2030.toml"])
def test_a_produced_workbook_reads_back_to_the_same_figures(tmp_path, spec):
    first = pyengine.generate([EXAMPLES / spec], tmp_path / "a")
    assert [r.status for r in first] == ["written"]
    again = pyengine.generate([first[0].path], tmp_path / "b")
    assert [r.status for r in again] == ["written"], again[0].error
    assert again[0].path.name == first[0].path.name
    assert values(again[0].path) == values(first[0].path)


def test_new_writes_input_workbooks_that_generate_reads(tmp_path, capsys):
    key = EXAMPLES / "inwoners-2025.csv"
    assert cli_main(["new", "meerjarenraming", "--key", str(key), "--years", "2026-2029",
                     "--out", str(tmp_path / "mr.xlsx")]) == 0
    assert cli_main(["new", "sleutelvergelijking", "--years", "2026-2030", "--out", str(tmp_path / "vg.xlsx")]) == 0
    assert "next: fill in the yellow cells" in capsys.readouterr().out
    book = openpyxl.load_workbook(tmp_path / "mr.xlsx")
    invoer = [[c.value for c in row] for row in book["Invoer"].iter_rows()]
    assert ["Hilversum", 93540] in [row[:2] for row in invoer]  # the key's members and weights, to edit
    # the officer types the base year's amounts and the indices over the zeros
    sheet = book["Invoer"]
    cells = {row[0].value: row for row in sheet.iter_rows() if row[0].value in ("personeelskosten", "loon")}
    cells["personeelskosten"][3].value = 1850000
    for cell, percent in zip(cells["loon"][2:5], (3.1, 2.6, 2.4)):
        cell.value = percent
    book.save(tmp_path / "mr.xlsx")
    results = pyengine.generate([tmp_path / "mr.xlsx", tmp_path / "vg.xlsx"], tmp_path / "out")
    assert [r.status for r in results] == ["written", "written"], [r.error for r in results]
    produced = openpyxl.load_workbook(results[0].path, data_only=True)["Meerjarenraming"]
    rows = {r[0].value: [c.value for c in r[2:6]] for r in produced.iter_rows()}
    assert rows["Personeelskosten"] == [1850000, 1907350, 1956941, 2003908]
    assert "not a gemeente of 2026" in results[1].note  # the placeholder members


def test_new_needs_the_years(tmp_path, capsys):
    assert cli_main(["new", "meerjarenraming", "--out", str(tmp_path / "mr.xlsx")]) == 2
    assert "--years" in capsys.readouterr().err
