"""The officer's year (e70, found by new user nu3): documents that went out wrong without a word.

A sleutelvergelijking with cents, a negative amount, a meerjarenraming whose baten exceed its lasten, an empty
weight read back as 0, an afrekening letter for a verrekening of 0,00: each is refused (nothing written) or says
what is true; and no document whose own Controles would be ONWAAR is ever written."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

import pyengine
from pyengine.core.comparison import KeyComparison, compute_comparison
from pyengine.core.keys import Key
from pyengine.errors import InputError
from pyengine.i18n import use_language

from test_outlook_workbooks import COMPARISON_SPEC, FORECAST_SPEC
from test_settlement import SPEC as SETTLEMENT_SPEC, set_cells

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "vooruitblik"
INHABITANTS = "gemeente;inwoners\nAmsterdam;931298\nHilversum;93540\n"


def _spec(tmp_path: Path, text: str, name: str) -> Path:
    (tmp_path / "inwoners.csv").write_text(INHABITANTS, encoding="utf-8")
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _refused_dutch(specs: list[Path], out: Path) -> list[str]:
    with use_language("nl"):
        [result] = pyengine.generate(specs, out)
    assert result.status == "failed", result
    assert not out.exists() or not any(p.suffix in (".xlsx", ".pdf") for p in out.rglob("*"))
    return result.error.splitlines()


# 1. amounts in cents: the sleutelvergelijking splits whole euros (its rule), so cents are refused, not rounded
# into a document whose checks 'tellen op tot het bedrag' are all ONWAAR

def test_a_sleutelvergelijking_amount_with_cents_is_refused_naming_its_place(tmp_path):
    text = COMPARISON_SPEC.replace("2027 = 2560000", "2027 = 2560000.88")
    spec = _spec(tmp_path, text, "vgl.toml")
    assert _refused_dutch([spec], tmp_path / "uit") == [
        "vgl.toml [bedrag] 2027: het bedrag van 2027 heeft centen (EUR 2.560.000,88); een sleutelvergelijking "
        "verdeelt hele euro's: geef het bedrag in hele euro's"]


def test_no_document_whose_own_checks_are_false_is_written():
    """The guard behind every kind: a comparison with cents (were it to reach the renderer) splits whole euros,
    so its check 'tellen op tot het bedrag' is FALSE: render refuses naming that check, writes no bytes."""
    from pyengine.render.comparison_workbook import render

    key = Key.from_mapping({"A": 1, "B": 2})
    c = KeyComparison("t", "", (2027,), (Decimal("1000.88"),), key, key)
    with use_language("nl"), pytest.raises(InputError) as refused:
        render(compute_comparison(c))
    assert str(refused.value).startswith("het document zou zijn eigen controle '2027: de bijdragen naar sleutel A "
                                         "tellen op tot het bedrag' niet halen (Controles!")
    assert "ONWAAR, en dus ook de Hoofdcontrole); niets geschreven" in str(refused.value)


# 2. negative amounts: refused as the afrekening refuses a negative net cost

def test_a_negative_sleutelvergelijking_amount_is_refused(tmp_path):
    spec = _spec(tmp_path, COMPARISON_SPEC.replace("2027 = 2560000", "2027 = -2560000"), "vgl.toml")
    assert _refused_dutch([spec], tmp_path / "uit") == [
        "vgl.toml [bedrag] 2027: het bedrag van 2027 is negatief (EUR -2.560.000,00): de deelnemers zouden geen "
        "kosten dragen maar geld ontvangen; geef het te verdelen bedrag positief"]


def test_a_meerjarenraming_whose_baten_exceed_its_lasten_is_refused(tmp_path):
    text = FORECAST_SPEC.replace("overige_baten = { bedrag = 100000,", "overige_baten = { bedrag = 2100000,")
    spec = _spec(tmp_path, text, "mr.toml")
    lines = _refused_dutch([spec], tmp_path / "uit")
    assert lines[0] == ("mr.toml [baten]: de netto kosten van 2026 zijn negatief (EUR -12.000,00 = lasten "
                        "EUR 2.088.000,00 - baten EUR 2.100.000,00): de baten zijn hoger dan de lasten, dus de "
                        "deelnemers zouden geen kosten dragen maar geld ontvangen; controleer de bedragen van de "
                        "lasten en de baten")
    assert len(lines) == 1  # 2027 and 2028: the lasten are indexed above the baten


# 3. an empty weight in a produced meerjarenraming or sleutelvergelijking is refused, never read as 0

@pytest.mark.parametrize("spec, cell", [
    ("vooruitblik/meerjarenraming-2026-2029.toml", ("inv_sleutel_2028", 2, 1)),  # one year's key of the raming
    ("vooruitblik/sleutelvergelijking-2026-2030.toml", ("inv_sleutels", 2, 2)),  # key B of the vergelijking
    ("regionaal-leerhuis/begrotingswijziging-2021-03.toml", ("inv_sleutel", 2, 1)),  # and the other produced kinds
    ("midden-limburg-west/kostenverdeling-2018-2022.toml", ("inv_sleutel", 2, 1)),
])
def test_an_empty_weight_read_back_is_refused_as_the_afrekening_refuses_it(tmp_path, spec, cell):
    import openpyxl

    produced = pyengine.generate([ROOT / "examples" / spec], tmp_path / "a")[0].path
    book = openpyxl.load_workbook(produced)
    (sheet, ref), = list(book.defined_names[cell[0]].destinations)
    first = book[sheet][ref.replace("$", "").split(":")[0]]
    name = book[sheet].cell(first.row + cell[1], first.column).value
    target = book[sheet].cell(first.row + cell[1], first.column + cell[2]).coordinate
    edited = set_cells(produced, tmp_path / "fout.xlsx", {cell: None})
    assert _refused_dutch([edited], tmp_path / "b") == [
        f"fout.xlsx, Invoer!{target}: geen gewicht voor {name}; vul het gewicht in de verdeelsleutel in (0 als zij "
        "niets draagt)"]


# 4. a verrekening of 0,00: the letter says there is nothing to settle, not that money comes back

def test_a_letter_for_a_verrekening_of_zero_says_niets_te_verrekenen(tmp_path):
    import openpyxl
    from test_settlement import load, spec_file

    spec = spec_file(tmp_path)
    result = load(spec)
    asten = next(m for m in result.members if m.name == "Asten")
    text = SETTLEMENT_SPEC.replace("Asten = 300000", f"Asten = {asten.definitief}")
    spec.write_text(text, encoding="utf-8")
    assert next(m for m in load(spec).members if m.name == "Asten").verrekening == 0
    results = pyengine.generate([spec], tmp_path / "uit", per_member=True)
    assert all(r.status == "written" for r in results), [r.error for r in results]
    letter = next(r.path for r in results if r.kind == "afrekeningsbrief" and r.member == "Asten")
    texts = [row[0] for row in openpyxl.load_workbook(letter, data_only=True)["Brief"].iter_rows(values_only=True)
             if row and isinstance(row[0], str)]
    assert "Er is niets te verrekenen: de definitieve bijdrage van uw gemeente is gelijk aan het voorschot." in texts
    assert "Niets te verrekenen" in texts
    assert not any("geld terug" in t or "terug te ontvangen" in t or "bij te betalen" in t for t in texts)
