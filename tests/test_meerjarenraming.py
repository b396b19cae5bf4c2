"""The meerjarenraming: every indexed line and every member's contribution per year, recomputed here
independently (Fractions, our own half-away-from-zero rounding), the spec's errors, the workbook."""

from __future__ import annotations

import math
import shutil
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

import pyengine
from pyengine.core.forecast import Forecast, ForecastLine, compute_forecast
from pyengine.core.indexation import index_amount, index_factor
from pyengine.core.keys import Key
from pyengine.errors import InputError
from pyengine.inputs.outlook_spec import forecast_from_document, forecast_from_spec
from pyengine.inputs.spec import TomlLocator, read_spec

from workbook_checks import assert_clean_package, assert_printed_whole_audits_clean

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "vooruitblik" / "meerjarenraming-2026-2029.toml"


def half_away(value: Fraction) -> int:
    """Our own rounding to whole euros, half away from zero."""
    magnitude = math.floor(abs(value) + Fraction(1, 2))
    return magnitude if value >= 0 else -magnitude


def expected_line(amount: Decimal, percents: list[Decimal]) -> int:
    value = Fraction(amount)
    for p in percents:
        value *= (100 + Fraction(p)) / 100
    return half_away(value)


def test_the_issue_example_figures():
    result = compute_forecast(forecast_from_spec(read_spec(EXAMPLE)))
    amounts = {line.code: a for line, a in zip(result.forecast.lines, result.amounts)}
    # 1,850,000 x 1.031 = 1,907,350; x 1.026 = 1,956,941.1 -> 1,956,941; x 1.024 = 2,003,907.69... -> 2,003,908
    assert amounts["personeelskosten"] == (1850000, 1907350, 1956941, 2003908)
    assert amounts["materiele_kosten"] == (612000, 624852, 637349, 649459)
    assert amounts["kapitaallasten"] == (238000,) * 4
    assert amounts["overige_baten"] == (100000, 102100, 104142, 106121)
    assert result.net == (2600000, 2668102, 2728148, 2785246)
    for y, net in enumerate(result.net):
        assert sum(result.shares[y].values()) == net


def test_every_line_and_share_recomputed_from_the_spec():
    forecast = forecast_from_spec(read_spec(EXAMPLE))
    result = compute_forecast(forecast)
    for line, amounts in zip(forecast.lines, result.amounts):
        for y, year in enumerate(forecast.years):
            percents = [forecast.indices[line.index][v] for v in forecast.years[1:y + 1]] if line.index != "geen" else []
            assert amounts[y] == expected_line(line.amount, percents)
    for y, key in enumerate(forecast.keys):
        weights = dict(zip(key.names, key.weights))
        total = sum(weights.values())
        for name, share in result.shares[y].items():
            assert abs(Fraction(share) - Fraction(result.net[y]) * Fraction(weights[name]) / Fraction(total)) < 1


amounts = st.integers(min_value=0, max_value=10**9).map(lambda c: Decimal(c) / 100)
percents = st.decimals(min_value=Decimal("-5"), max_value=Decimal("12"), places=2)


@settings(max_examples=200, deadline=None)
@given(amount=amounts, series=st.lists(percents, min_size=0, max_size=6))
def test_index_amount_is_the_product_rounded_once(amount, series):
    indices = {2026 + i: p for i, p in enumerate(series, start=1)}
    year = 2026 + len(series)
    assert index_amount(amount, 2026, year, indices) == expected_line(amount, series)
    assert index_factor(indices, 2026, 2026) == 1


@settings(max_examples=60, deadline=None)
@given(lines=st.lists(st.tuples(amounts, st.sampled_from(["loon", "prijs", "geen"]), st.booleans()),
                      min_size=1, max_size=5),
       loon=st.lists(percents, min_size=3, max_size=3), prijs=st.lists(percents, min_size=3, max_size=3),
       weights=st.lists(st.integers(min_value=0, max_value=200_000), min_size=1, max_size=12))
def test_contributions_add_up_to_the_net_cost_every_year(lines, loon, prijs, weights):
    if not any(weights):
        weights[0] = 1
    years = (2026, 2027, 2028, 2029)
    key = Key.from_mapping({f"Gemeente {i:03}": w for i, w in enumerate(weights)})
    forecast = Forecast("t", "", years, tuple(ForecastLine(f"r{i}", f"r{i}", "baten" if baat else "lasten",
                                                           a.quantize(Decimal(1)), idx)
                                              for i, (a, idx, baat) in enumerate(lines)),
                        {"loon": dict(zip(years[1:], loon)), "prijs": dict(zip(years[1:], prijs))}, "", (key,) * 4)
    result = compute_forecast(forecast)
    total_weight = sum(weights)
    for y in range(4):
        lasten = sum(expected_line(line.amount, [forecast.indices[line.index][v] for v in years[1:y + 1]]
                                   if line.index != "geen" else [])
                     for line in forecast.lines if line.side == "lasten")
        baten = sum(expected_line(line.amount, [forecast.indices[line.index][v] for v in years[1:y + 1]]
                                  if line.index != "geen" else [])
                    for line in forecast.lines if line.side == "baten")
        assert result.net[y] == lasten - baten
        assert sum(result.shares[y].values()) == result.net[y]
        for (name, share), w in zip(result.shares[y].items(), weights):
            assert abs(Fraction(share) - Fraction(result.net[y]) * w / total_weight) < 1


def document(**changes):
    doc = {"soort": "meerjarenraming", "jaren": [2026, 2027],
           "lasten": {"personeel": {"bedrag": 1000, "index": "loon"}},
           "indexatie": {"loon": {"2027": 2.5}, "bron": "CPB"},
           "verdeelsleutel": {"gewichten": {"Gemeente 001": 1, "Gemeente 002": 3}}}
    doc.update(changes)
    return doc


def read(doc):
    return forecast_from_document(doc, TomlLocator("m.toml", doc), ".")


def test_spec_errors_name_their_place():
    with pytest.raises(InputError, match=r"m.toml \[lasten.personeel\] index: index 'lonen' is not a series"):
        read(document(lasten={"personeel": {"bedrag": 1000, "index": "lonen"}}))
    with pytest.raises(InputError, match=r"m.toml \[indexatie.loon\]: no figure for 2027"):
        read(document(indexatie={"loon": {}}))
    with pytest.raises(InputError, match=r"\[indexatie.loon\] 2031: 2031 is not one of the years after the base year"):
        read(document(indexatie={"loon": {"2027": 1, "2031": 2}}))
    with pytest.raises(InputError, match=r"outside -100..100"):
        read(document(indexatie={"loon": {"2027": 310}}))
    with pytest.raises(InputError, match=r"\[lasten.personeel\] bedrag: give the amount positive"):
        read(document(lasten={"personeel": {"bedrag": -5, "index": "loon"}}))
    assert read(document()).indices == {"loon": {2027: Decimal("2.5")}}


def test_per_year_keys():
    doc = document(verdeelsleutel={"2026": {"gewichten": {"Gemeente 001": 1, "Gemeente 002": 1}},
                                   "2027": {"gewichten": {"Gemeente 001": 1, "Gemeente 002": 3}}})
    result = compute_forecast(read(doc))
    assert result.shares[0] == {"Gemeente 001": 500, "Gemeente 002": 500}
    assert result.shares[1] == {"Gemeente 001": 256, "Gemeente 002": 769}  # 1025 by 1:3, 256.25 / 768.75


@pytest.fixture(scope="module")
def produced(tmp_path_factory):
    out = tmp_path_factory.mktemp("mr")
    results = pyengine.generate([EXAMPLE], out)
    assert [r.status for r in results] == ["written"], results
    return results[0].path


def test_the_workbook_is_clean_and_agrees_with_the_engine(produced):
    import openpyxl

    assert produced.name == "regionaal-leerhuis-meerjarenraming-2026-2029.xlsx"
    assert_clean_package(produced)
    book = openpyxl.load_workbook(produced, data_only=True)
    formulas = openpyxl.load_workbook(produced)
    sheet = book["Meerjarenraming"]
    rows = {sheet.cell(r, 1).value: [sheet.cell(r, c).value for c in range(3, 7)] for r in range(1, sheet.max_row + 1)}
    assert rows["Personeelskosten"] == [1850000, 1907350, 1956941, 2003908]
    assert rows["Saldo: bijdrage van de gemeenten"] == [2600000, 2668102, 2728148, 2785246]
    assert book["Controles"]["B4"].value is True
    # the line is shown with its formula: ROUND(bedrag x indexfactor; 0)
    texts = [c.value for row in formulas["Berekening"].iter_rows() for c in row if isinstance(c.value, str)]
    assert "=ROUND((Invoer!D13*C5),0)" in texts  # personeelskosten 2027: bedrag x the loon factor
    statements = [c.value for c in book["Per gemeente"]["A"] if isinstance(c.value, str)]
    assert "Uw bijdrage 2026-2029: Hilversum" in statements


def test_the_workbook_audits_clean(produced):
    from pyengine.audit import audit

    report = audit(produced)
    assert report.verdict == "clean", [str(f) for f in report.findings]


needs_libreoffice = pytest.mark.skipif(not (shutil.which("soffice") or shutil.which("libreoffice")),
                                       reason="LibreOffice is not installed")


@needs_libreoffice
def test_the_workbook_recomputes_in_libreoffice(produced):
    from pyengine.verify import verify

    verdict, = verify([produced])
    assert verdict.ok, (verdict.error, [str(m) for m in verdict.mismatches[:3]])
    assert verdict.formulas > 300


def test_every_sheet_printed_by_libreoffice_audits_clean(produced, tmp_path):
    """LibreOffice's print of the whole workbook: Berekening had its Index column left-aligned right after the last
    year's figure ('2,003,908loon': that year's lines read as text, Totaal baten NOT verified, 4 false findings)."""
    assert_printed_whole_audits_clean(produced, tmp_path)


def test_a_name_written_otherwise_in_one_years_key_is_refused_and_differing_members_are_named():
    """e71 (new user's officer's year): 'Bergen NH' in the key of one year was taken for Bergen (NH.) by its
    letters, became a member of its own beside 'Bergen (NH.)' of the other years, and Bergen (NH.) paid 0 that
    year, with no word said."""
    keys = {str(year): {"gewichten": {"Alkmaar": 111905, "Bergen (NH.)": 29945, "Heiloo": 24427}}
            for year in (2026, 2027)}
    keys["2027"] = {"gewichten": {"Alkmaar": 111905, "Bergen NH": 29945, "Heiloo": 24427}}
    with pytest.raises(InputError) as error:
        read(document(verdeelsleutel=keys))
    assert str(error.value) == ("m.toml [verdeelsleutel.2027.gewichten] \"Bergen NH\": 'Bergen NH' is no gemeente of "
                                "2027; did you mean 'Bergen (NH.)'? (a member that is not a gemeente needs a name "
                                "that is not this close to one)")
    keys["2027"] = {"gewichten": {"Alkmaar": 111905, "Heiloo": 24427, "Schagen": 47411}}  # a member leaves, one joins
    forecast = read(document(verdeelsleutel=keys))
    assert forecast.member_notes == (
        "m.toml [verdeelsleutel]: not every year's key has the same members: Bergen (NH.) (2026); Schagen (2027) "
        "(the years whose key has it); a member pays nothing in a year whose key lacks it",)
