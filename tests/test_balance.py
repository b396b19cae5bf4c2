"""Balanced by default (issue 19 point 1): an amendment whose saldo after the change is not 0 is refused,
``bijdrage = "sluitend"`` derives the change in gemeentelijke bijdrage that closes every year, and
``saldo_toegestaan = true`` lets a deliberately unbalanced amendment through, its saldo shown."""

import re
import shutil
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

import pyengine
from pyengine.bulk import FAILED, WRITTEN
from pyengine.core.amendment import MEMBER_PREFIX, compute, final_saldo
from pyengine.inputs.spec import amendment_from_spec, read_spec

from workbook_checks import assert_clean_package, controles, formula_cells

ROOT = Path(__file__).resolve().parent.parent
LEERHUIS = ROOT / "examples" / "regionaal-leerhuis"
CHANGE = "gemeentelijke_bijdrage = -27_000\n"


def leerhuis(tmp_path, old: str = "", new: str = "") -> Path:
    folder = tmp_path / "spec"
    shutil.copytree(LEERHUIS, folder)
    spec = folder / "begrotingswijziging-2021-03.toml"
    text = spec.read_text(encoding="utf-8")
    if old:
        assert old in text
        text = text.replace(old, new)
    spec.write_text(text, encoding="utf-8")
    return spec


def test_the_seed_balances_and_its_controles_say_so(tmp_path):
    amendment = amendment_from_spec(read_spec(LEERHUIS / "begrotingswijziging-2021-03.toml"))
    assert final_saldo(amendment) == (0, 0, 0, 0)
    [result] = pyengine.generate([LEERHUIS], tmp_path / "out")
    saldo_checks = [(label, ok) for label, ok in controles(result.path) if "sluitend" in label]
    assert [label[:4] for label, _ in saldo_checks] == ["2021", "2022", "2023", "2024"]
    assert all(ok for _, ok in saldo_checks)


def test_an_unbalanced_amendment_is_refused_with_years_and_amounts_and_nothing_is_written(tmp_path):
    spec = leerhuis(tmp_path, CHANGE, "")  # the change in gemeentelijke bijdrage left empty: saldo 27.000
    out = tmp_path / "out"
    [result] = pyengine.generate([spec], out, per_member=True)
    assert result.status == FAILED
    error = result.error
    assert error.startswith("begrotingswijziging-2021-03.toml [wijziging] gemeentelijke_bijdrage: ")
    for year in (2021, 2022, 2023, 2024):
        assert re.search(rf"{year}: EUR 27[.,]000[.,]00", error), error
    assert 'bijdrage = "sluitend"' in error and "saldo_toegestaan = true" in error
    assert not out.exists()


def test_only_the_unbalanced_years_are_named(tmp_path):
    spec = leerhuis(tmp_path, CHANGE, "gemeentelijke_bijdrage = [-27_000, -27_000, -26_000, -27_000]\n")
    [result] = pyengine.generate([spec], tmp_path / "out")
    assert result.status == FAILED
    assert re.search(r"2023: EUR 1[.,]000[.,]00", result.error)
    assert not re.search(r"202[124]: EUR", result.error), result.error


@pytest.mark.parametrize("change", ["[25_000, 30_000, -4_000.01, 0]", "48_000"])
def test_sluitend_closes_every_year_and_the_members_add_up_exactly(tmp_path, change):
    spec = leerhuis(tmp_path, CHANGE, "")
    text = spec.read_text(encoding="utf-8").replace("personeelskosten       = 25_000",
                                                    f"personeelskosten       = {change}")
    spec.write_text(text.replace('verdeelmethode = "largest_remainder"',
                                 'verdeelmethode = "largest_remainder"\nbijdrage = "sluitend"'), encoding="utf-8")
    amendment = amendment_from_spec(read_spec(spec))
    assert amendment.closing_bijdrage and final_saldo(amendment) == (0, 0, 0, 0)
    result = compute(amendment)
    members = list(amendment.member_begroting)
    for year in result.years:
        change_in_bijdrage = year.exact["gemeentelijke_bijdrage"][1]
        assert year.exact["saldo"][2] == 0
        assert sum(year.exact[MEMBER_PREFIX + m][1] for m in members) == change_in_bijdrage
    [written] = pyengine.generate([spec], tmp_path / "out")
    assert written.status == WRITTEN, written.error
    assert_clean_package(written.path)
    assert all(ok for _, ok in controles(written.path))
    # the derived change is a live formula on Berekening, not a typed figure
    book = openpyxl.load_workbook(written.path)
    sheet = book["Berekening"]
    label_row = next(r for r in range(1, 60) if sheet.cell(r, 1).value == "Totaal gemeentelijke bijdrage")
    formula = sheet.cell(label_row, 3).value
    assert isinstance(formula, str) and formula.startswith("=-(") and "SUM(" in formula, formula
    values = openpyxl.load_workbook(written.path, data_only=True)["Berekening"]
    assert Decimal(str(values.cell(label_row, 3).value)) == result.years[0].exact["gemeentelijke_bijdrage"][1]
    # the produced workbook is itself an input: it says sluitend and generates the same figures again
    [again] = pyengine.generate([written.path], tmp_path / "again")
    assert again.status == WRITTEN, again.error
    assert figures(again.path) == figures(written.path)


def figures(path):
    """Every formula cell and its value, but Herkomst's (it names other sources)."""
    return [cell for cell in formula_cells(path) if "Herkomst" not in cell[2] and "sheet5" not in cell[0]]


def test_sluitend_next_to_a_typed_change_is_refused(tmp_path):
    spec = leerhuis(tmp_path, 'verdeelmethode = "largest_remainder"',
                    'verdeelmethode = "largest_remainder"\nbijdrage = "sluitend"')
    [result] = pyengine.generate([spec], tmp_path / "out")
    assert result.status == FAILED
    assert result.error.startswith("begrotingswijziging-2021-03.toml [wijziging] gemeentelijke_bijdrage: ")
    assert "sluitend" in result.error


def test_saldo_toegestaan_writes_a_deliberately_unbalanced_amendment_and_shows_its_saldo(tmp_path):
    spec = leerhuis(tmp_path, CHANGE, "")
    spec.write_text(spec.read_text(encoding="utf-8").replace(
        'verdeelmethode = "largest_remainder"', 'verdeelmethode = "largest_remainder"\nsaldo_toegestaan = true'),
        encoding="utf-8")
    [result] = pyengine.generate([spec], tmp_path / "out")
    assert result.status == WRITTEN, result.error
    assert all(ok for _, ok in controles(result.path))  # no check claims it balances
    assert not any("sluitend" in label for label, _ in controles(result.path))
    sheet = openpyxl.load_workbook(result.path, data_only=True)["Begrotingswijziging"]
    texts = [c for row in sheet.iter_rows(max_row=12, values_only=True) for c in row if isinstance(c, str)]
    warning = next(t for t in texts if t.startswith("Let op"))
    assert "niet sluitend" in warning and "2021: 27" in warning and "2024: 27" in warning


def test_sluitend_refuses_a_begroting_that_does_not_balance_itself(tmp_path):
    """A begroting figure typed wrong (materiele kosten 2022 50.000 too high) with bijdrage = "sluitend": the
    derived change would bill the gap to the members; refused with the year and amount, nothing written."""
    spec = leerhuis(tmp_path, CHANGE, "")
    text = spec.read_text(encoding="utf-8").replace("[2_377_000, 1_667_000,", "[2_377_000, 1_717_000,")
    spec.write_text(text.replace('verdeelmethode = "largest_remainder"',
                                 'verdeelmethode = "largest_remainder"\nbijdrage = "sluitend"'), encoding="utf-8")
    out = tmp_path / "out"
    [result] = pyengine.generate([spec], out)
    assert result.status == FAILED
    assert result.error.startswith("begrotingswijziging-2021-03.toml [begroting]: the begroting itself does not "
                                   "balance"), result.error
    assert re.search(r"2022: EUR 50[.,]000[.,]00", result.error)
    assert not re.search(r"202[134]: EUR", result.error)  # only the year that does not balance
    assert "saldo_toegestaan = true in [algemeen]" in result.error
    assert not out.exists()
    # meant: allowed, and then the derived change closes the year (the members pay it, as the board decided)
    spec.write_text(spec.read_text(encoding="utf-8").replace('bijdrage = "sluitend"',
                                                             'bijdrage = "sluitend"\nsaldo_toegestaan = true'),
                    encoding="utf-8")
    assert final_saldo(amendment_from_spec(read_spec(spec))) == (0, 0, 0, 0)


def test_an_input_workbook_is_told_which_cells_to_set(tmp_path):
    """The ways out name the input workbook's ja/nee cells, not the spec's TOML fields."""
    book = openpyxl.load_workbook(ROOT / "examples" / "invoer" / "regionaal-leerhuis" / "begrotingswijziging-2021-03.xlsx")
    sheet, ref = next(book.defined_names["invoer_bijdrage"].destinations)
    book[sheet][ref.replace("$", "")] = "nee"
    sheet, ref = next(book.defined_names["invoer_wijziging_gemeentelijke_bijdrage"].destinations)
    for row in book[sheet][ref.replace("$", "")]:
        for cell in (row if isinstance(row, tuple) else (row,)):
            cell.value = None
    sheet, ref = next(book.defined_names["invoer_begroting_materiele_kosten"].destinations)
    workbook = tmp_path / "invoer.xlsx"
    book.save(workbook)
    [result] = pyengine.generate([workbook], tmp_path / "out")
    assert result.status == FAILED
    assert "does not balance" in result.error
    assert "'ja' in Algemeen!B18 (Bijdrage sluitend maken)" in result.error, result.error
    assert "'ja' in Algemeen!B19 (Saldo toegestaan)" in result.error
    assert "[algemeen]" not in result.error
