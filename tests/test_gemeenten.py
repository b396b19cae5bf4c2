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
    # CBS's counts of 1 January (2026 and later take the newest list, 2025's)
    counts = {2017: 388, 2018: 380, 2019: 355, 2020: 355, 2021: 352, 2022: 345, 2023: 342, 2024: 342, 2025: 342}
    assert {year: len(data.of_year(year)) for year in counts} == counts
    assert (data.first_year, data.last_year) == (2017, 2025)
    assert "CBS" in data.source and "2025" in data.source and "NLExtract" in data.source
    assert data.by_code["GM0363"].name == "Amsterdam"
    weesp = next(g for g in data.gemeenten if g.name == "Weesp")
    assert (weesp.code, weesp.last, weesp.successors, weesp.ended) == ("GM0457", 2022, ("GM0363",), "2022-03-24")
    haaren = next(g for g in data.gemeenten if g.name == "Haaren")  # split over four
    assert [data.by_code[c].name for c in haaren.successors] == ["Boxtel", "Oisterwijk", "Tilburg", "Vught"]


def test_the_shipped_file_is_what_the_tool_builds_from_its_cited_sources():
    import importlib.util

    tool = Path(__file__).resolve().parent.parent / "tools" / "gemeenten_list.py"
    spec = importlib.util.spec_from_file_location("gemeenten_list", tool)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    rows = module.build()  # also checks the lists against CBS's own of 2019, 2021, 2023 and the herindelingen
    shipped = [g for g in gemeenten_list().gemeenten]
    assert [(r["code"], r["naam"], r["van"], r["tot"] or None) for r in rows] == \
        [(g.code, g.name, g.first, g.last) for g in shipped]


# one gemeente per year that had merged by then (its successor), for a key of that year
MERGED_BY = {2018: ("Bellingwedde", "Westerwolde"), 2019: ("Haarlemmerliede en Spaarnwoude", "Haarlemmermeer"),
             2020: ("Noordwijkerhout", "Noordwijk"), 2021: ("Delfzijl", "Eemsdelta"),
             2022: ("Beemster", "Purmerend"), 2023: ("Weesp", "Amsterdam"), 2024: ("Brielle", "Voorne aan Zee"),
             2025: ("Hellevoetsluis", "Voorne aan Zee"), 2026: ("Westvoorne", "Voorne aan Zee")}


@pytest.mark.parametrize("year", sorted(MERGED_BY))
def test_a_key_of_every_year_from_2018_with_a_merged_gemeente(year):
    gone, successor = MERGED_BY[year]
    weights = {gone: 10, successor: 100, "Hilversum": 7}
    checked, notes = checked_members(Key.from_mapping(weights, name="s"), year, "melden", "x.toml")
    assert checked.names == [gone, successor, "Hilversum"]
    assert len(notes) == 1 and f"x.toml: {gone} is no gemeente in {year}: it merged into {successor}" in notes[0]
    merged, notes = checked_members(Key.from_mapping(weights, name="s"), year, "samenvoegen", "x.toml")
    assert dict(zip(merged.names, merged.weights)) == {successor: 110, "Hilversum": 7}
    assert f"its weight counts with {successor}'s" in notes[0]
    typo = successor[:-2] + successor[-1]  # one letter dropped
    with pytest.raises(InputError, match=rf"'{typo}' is no gemeente of {year}; did you mean '{successor}'"):
        checked_members(Key.from_mapping({typo: 1, "Hilversum": 1}, name="s"), year, "melden", "x.toml")


def test_before_its_herindeling_a_gemeente_passes_quietly_and_weesp_is_noted_in_2022():
    for year, (gone, _successor) in MERGED_BY.items():
        previous = next(g for g in gemeenten_list().gemeenten if g.name == gone).last
        checked, notes = checked_members(Key.from_mapping({gone: 1}, name="s"), previous, "samenvoegen", "x")
        assert checked.names == [gone] and (notes == () or gone == "Weesp"), year
    _checked, notes = checked_members(Key.from_mapping({"Weesp": 1}, name="s"), 2022, "samenvoegen", "x")
    assert notes == ("x: Weesp is a gemeente on 1 January 2022 and merges into Amsterdam on 24-03-2022; "
                     "it stays a member of its own in 2022",)


def test_a_split_gemeente_is_noted_and_refused_for_samenvoegen():
    _checked, notes = checked_members(Key.from_mapping({"Haaren": 1, "Tilburg": 5}, name="s"), 2021, "melden", "x")
    assert "Haaren is no gemeente in 2021: it was split over Boxtel + Oisterwijk + Tilburg + Vught" in notes[0]
    with pytest.raises(InputError, match="Winsum is no gemeente in 2019: it was split over Het Hogeland \\+ "
                                         "Westerkwartier .*divide it over them"):
        checked_members(Key.from_mapping({"Winsum": 1, "Het Hogeland": 5}, name="s"), 2019, "samenvoegen", "x")


def test_cbs_names_with_a_province_suffix():
    # from 2025 CBS writes Hengelo (O.); the code is the same gemeente under either name, in every year
    for year in (2023, 2025, 2026):
        for names in (("Hengelo", "Laren (NH.)"), ("Hengelo (O.)", "Laren")):
            _checked, notes = checked_members(Key.from_mapping(dict.fromkeys(names, 1), name="s"), year, "melden", "x")
            assert notes == (), (year, names)
    # 'Bergen' is two gemeenten: refused, never guessed
    with pytest.raises(InputError, match=r"'Bergen' is no gemeente of 2024; did you mean 'Bergen \(L.\)' or "
                                         r"'Bergen \(NH.\)'"):
        checked_members(Key.from_mapping({"Bergen": 1, "Alkmaar": 1}, name="s"), 2024, "melden", "x")


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
    """The plain search the pre-filtered one replaces: difflib over every gemeente of the year."""
    import difflib

    from pyengine.core.members import identity
    from pyengine.inputs import gemeenten

    applies = min(year, gemeenten_list().last_year)
    index = gemeenten._index(applies)
    bare = index.by_bare.get(identity(name), ())
    if len(bare) > 1:
        return [g.name for g in bare]
    return [index.names[n] for n in difflib.get_close_matches(identity(name), list(index.names), n=3,
                                                               cutoff=gemeenten.CLOSE_ENOUGH)]


from hypothesis import given, settings, strategies as st  # noqa: E402

_EDITS = st.lists(st.tuples(st.sampled_from("dis"), st.integers(0, 40), st.sampled_from("aeiouxyz -'é0")),
                  max_size=3)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from([g.name for g in gemeenten_list().gemeenten]), _EDITS, st.sampled_from([2017, 2019, 2021, 2022, 2023, 2025, 2026]))
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


def test_many_members_that_are_no_gemeente_are_counted_and_the_first_few_named():
    """300 regions in a key: one note with the count and the first five names, not 300 names on one line."""
    from pyengine.i18n import use_language

    regions = {f"Regio {i:03d}": 1 for i in range(300)}
    with use_language("en"):
        _checked, notes = checked_members(Key.from_mapping(regions, name="s"), 2023, "melden", "x.toml")
    assert notes == ("x.toml: 300 members taken as not a gemeente of 2023 (not on CBS's list), among them "
                     "Regio 000, Regio 001, Regio 002, Regio 003, Regio 004 and 295 more",)
    with use_language("nl"):
        _checked, notes = checked_members(Key.from_mapping(regions, name="s"), 2023, "melden", "x.toml")
    assert notes == ("x.toml: 300 deelnemers opgevat als geen gemeente van 2023 (niet op de lijst van het CBS), "
                     "waaronder Regio 000, Regio 001, Regio 002, Regio 003, Regio 004 en nog 295",)
    five = {f"Regio {i:03d}": 1 for i in range(5)}  # up to five: every name, as before
    _checked, notes = checked_members(Key.from_mapping(five, name="s"), 2023, "melden", "x.toml")
    assert "Regio 004 taken as member(s)" in notes[0] and "more" not in notes[0]
