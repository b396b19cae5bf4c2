"""Members as Dutch gemeenten of a year: the shipped CBS list, typos, non-gemeenten and herindelingen."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

import pyengine
from pyengine.core.comparison import compute_comparison
from pyengine.core.keys import Key
from pyengine.errors import InputError
from pyengine.inputs.gemeenten import checked_members, gemeenten_list, nearest_gemeenten
from pyengine.inputs.outlook_spec import comparison_from_document
from pyengine.inputs.spec import TomlLocator


def test_the_list_has_the_cbs_counts_per_year_and_cites_its_source():
    data = gemeenten_list()
    assert [len(data.of_year(y)) for y in (2021, 2022, 2023)] == [352, 345, 342]
    assert "CBS" in data.source and "2023" in data.source
    assert data.by_code["GM0363"].name == "Amsterdam"
    weesp = next(g for g in data.gemeenten if g.name == "Weesp")
    assert (weesp.code, weesp.last, weesp.successor) == ("GM0457", 2022, "GM0363")  # on the list of 1 January 2022


def key(**weights):
    return Key.from_mapping({name.replace("_", " "): w for name, w in weights.items()}, name="sleutel")


def test_a_likely_typo_is_refused_with_the_nearest_names():
    with pytest.raises(InputError, match=r"x.toml: 'Amsterdm' is no gemeente of 2023; did you mean 'Amsterdam'"):
        checked_members(key(Amsterdm=1, Hilversum=2), 2023, "melden", "x.toml")
    assert nearest_gemeenten("Wijdmeren", 2021) == ["Wijdemeren"]  # the seed's own typo


def test_a_name_far_from_every_gemeente_is_a_member_with_a_note():
    checked, notes = checked_members(key(Provincie_Utrecht=1, Waterschap_Rivierenland=1, **{"Gemeente 001": 1}),
                                     2023, "melden", "x.toml")
    assert checked.names == ["Provincie Utrecht", "Waterschap Rivierenland", "Gemeente 001"]
    assert len(notes) == 1 and "not a gemeente of 2023" in notes[0] and "Gemeente 001" in notes[0]


def test_real_gemeenten_and_cbs_codes_pass_quietly():
    checked, notes = checked_members(key(Amsterdam=1, GM0402=1, **{"'s-Gravenhage": 1, "Súdwest-Fryslân": 1}),
                                     2023, "melden", "x.toml")
    assert notes == ()
    checked, notes = checked_members(key(Weesp=1, Amsterdam=3), 2021, "melden", "x.toml")
    assert notes == ()  # Weesp was a gemeente in 2021 (and on 1 January 2022)


def test_a_merged_gemeente_is_noted_and_with_samenvoegen_counted_with_its_successor():
    checked, notes = checked_members(key(Weesp=1950, Amsterdam=900_000, Hilversum=9220), 2023, "melden", "x.toml")
    assert checked.names == ["Weesp", "Amsterdam", "Hilversum"]
    assert "Weesp is no gemeente in 2023: it merged into Amsterdam (herindeling 2023)" in notes[0]
    merged, notes = checked_members(key(Weesp=1950, Amsterdam=900_000, Hilversum=9220), 2023, "samenvoegen", "x.toml")
    assert dict(zip(merged.names, merged.weights)) == {"Amsterdam": 901_950, "Hilversum": 9220}
    assert "its weight counts with Amsterdam's" in notes[0]
    # the successor absent from the key: the merged members become one row named after it
    alone, _ = checked_members(key(Heerhugowaard=3, Langedijk=2, Alkmaar=5), 2022, "samenvoegen", "x.toml")
    assert dict(zip(alone.names, alone.weights)) == {"Dijk en Waard": 5, "Alkmaar": 5}
    assert alone.members[0].constituents == ("Heerhugowaard", "Langedijk")


def test_herindeling_in_a_sleutelvergelijking_spec():
    doc = {"soort": "sleutelvergelijking", "jaren": [2023], "bedrag": 1000, "herindeling": "samenvoegen",
           "sleutel_a": {"gewichten": {"Weesp": 1, "Amsterdam": 3}},
           "sleutel_b": {"gewichten": {"Amsterdam": 1, "Hilversum": 1}}}
    comparison = comparison_from_document(doc, TomlLocator("v.toml", doc), ".")
    assert comparison.members == ["Amsterdam", "Hilversum"]
    assert comparison.key_a.weights == [Decimal(4), Decimal(0)]
    assert compute_comparison(comparison).by_a[0] == (1000, 0)
    assert "v.toml [sleutel_a]: Weesp is no gemeente in 2023" in comparison.member_notes[0]
    doc["sleutel_a"]["gewichten"]["Hilversm"] = 1
    with pytest.raises(InputError, match=r"'Hilversm' is no gemeente of 2023; did you mean 'Hilversum'"):
        comparison_from_document(doc, TomlLocator("v.toml", doc), ".")


def test_generate_checks_the_members_of_every_kind(tmp_path):
    spec = Path(__file__).resolve().parent.parent / "examples" / "regionaal-leerhuis" / "begrotingswijziging-2021-03.toml"
    text = spec.read_text(encoding="utf-8")
    (tmp_path / "b.toml").write_text(text, encoding="utf-8")
    key_text = (spec.parent / "verdeelsleutel.csv").read_text(encoding="utf-8")
    (tmp_path / "verdeelsleutel.csv").write_text(key_text.replace("Wijdemeren", "Wijdmeren"), encoding="utf-8")
    members = (tmp_path / "b.toml").read_text(encoding="utf-8").replace("Wijdemeren", "Wijdmeren")
    (tmp_path / "b.toml").write_text(members, encoding="utf-8")
    results = pyengine.generate([tmp_path / "b.toml"], tmp_path / "out")
    assert results[0].status == "failed"
    assert "'Wijdmeren' is no gemeente of 2021; did you mean 'Wijdemeren'" in results[0].error


# --- the near-match search is cached per name and pre-filtered (issue 24 point 7); it answers as difflib does --

def _difflib_nearest(name: str, year: int) -> list[str]:
    """The plain search the cached one replaces: difflib over every gemeente of the year."""
    import difflib

    from pyengine.core.members import identity
    from pyengine.inputs.gemeenten import CLOSE_ENOUGH

    names = {identity(g.name): g.name for g in gemeenten_list().of_year(min(year, gemeenten_list().last_year))}
    return [names[n] for n in difflib.get_close_matches(identity(name), list(names), n=3, cutoff=CLOSE_ENOUGH)]


from hypothesis import given, settings, strategies as st  # noqa: E402

_EDITS = st.lists(st.tuples(st.sampled_from("dis"), st.integers(0, 40), st.sampled_from("aeiouxyz -'é0")),
                  max_size=3)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from([g.name for g in gemeenten_list().gemeenten]), _EDITS, st.sampled_from([2021, 2022, 2023, 2026]))
def test_the_nearest_gemeenten_are_those_difflib_finds_over_the_whole_list(name, edits, year):
    typo = list(name)
    for kind, at, letter in edits:  # delete, insert or substitute one letter: a typo of a real name
        at = at % (len(typo) + 1)
        if kind == "d" and at < len(typo) and len(typo) > 1:
            del typo[at]
        elif kind == "i":
            typo.insert(at, letter)
        elif at < len(typo):
            typo[at] = letter
    typo = "".join(typo)
    assert nearest_gemeenten(typo, year) == _difflib_nearest(typo, year)


def test_far_and_near_names_alike_as_difflib():
    for name in ["Gemeente 0001", "Provincie Utrecht", "Amsterdm", "Den Haag", "s Gravenhage", "Weesp", "", "x",
                 "Súdwest Fryslan", "GM0363", "Nuenen"]:
        for year in (2021, 2023):
            assert nearest_gemeenten(name, year) == _difflib_nearest(name, year), (name, year)


def test_a_member_is_found_by_code_identity_or_letters_as_first_on_the_list():
    checked, notes = checked_members(key(GM0363=1, **{"'s Gravenhage": 1, "Nuenen Gerwen en Nederwetten": 1, "LEIDEN": 1}),
                                     2023, "melden", "x.toml")
    assert notes == ()
