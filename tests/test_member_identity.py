"""One rule for member identity (issue 24, point 1), through the API; the file forms are in test_bad_inputs."""

from __future__ import annotations

import unicodedata
from decimal import Decimal

import pytest
from hypothesis import given, strategies as st

from pyengine.core import members
from pyengine.core.keys import Key
from pyengine.core.members import MemberNames, identity, is_total_label
from pyengine.errors import InputError

SUDWEST = "S\u00fadwest-Frysl\u00e2n"

SAME_MEMBER = [
    ("Leiden", "LEIDEN"),
    ("Gooise Meren", "Gooise  Meren"),
    ("Gooise Meren", "Gooise\u00a0Meren"),
    ("Gooise Meren", " Gooise Meren\t"),
    (SUDWEST, unicodedata.normalize("NFD", SUDWEST)),
    ("Leiden", "Leiden\u200b"),
    ("Leiden", "\ufeffLeiden"),
    ("'s-Hertogenbosch", "'S-HERTOGENBOSCH"),
]


@pytest.mark.parametrize("first, second", SAME_MEMBER)
def test_two_ways_of_writing_one_member_are_refused_by_the_api(first, second):
    assert identity(first) == identity(second)
    with pytest.raises(InputError, match=r"verdeelsleutel, row 2: member .* appears twice: it is the same member as .* \(row 1\)"):
        Key.from_mapping({first: 1, second: 2})


def test_the_issue_example():
    with pytest.raises(InputError, match="'LEIDEN' appears twice: it is the same member as 'Leiden'"):
        Key.from_mapping({"Leiden": 1, "LEIDEN": 2})


def test_names_differing_only_by_accents_are_refused_unless_both_are_real_gemeenten(monkeypatch):
    with pytest.raises(InputError, match="'Sudwest-Fryslan' differs from 'S.dwest-Frysl.n' .* only by accents"):
        Key.from_mapping({SUDWEST: 1, "Sudwest-Fryslan": 2})
    monkeypatch.setattr(members, "_REAL_GEMEENTEN", frozenset())
    members.register_real_gemeenten(["Bergen", "B\u00e9rgen"])  # a made-up pair, for the hook only
    assert Key.from_mapping({"Bergen": 1, "B\u00e9rgen": 2}).names == ["Bergen", "B\u00e9rgen"]
    with pytest.raises(InputError, match="only by accents"):
        Key.from_mapping({SUDWEST: 1, "Sudwest-Fryslan": 2})  # one of them is no gemeente


def test_a_member_keeps_its_name_as_first_written():
    key = Key.from_mapping({"Gooise  Meren": 1, "s\u00fadwest-fryslân": 2})
    assert key.names == ["Gooise  Meren", "s\u00fadwest-fryslân"]
    register = MemberNames()
    register.add("Leiden", "row 1")
    assert "LEIDEN" in register and register.first("leiden\u200b") == "Leiden"


def test_the_invisible_character_is_shown_in_the_message():
    with pytest.raises(InputError, match=r"'Leiden<U\+200B>'"):
        Key.from_mapping({"Leiden": 1, "Leiden\u200b": 2})


@pytest.mark.parametrize("label", ["Totaal", "TOTAAL", "Totaal gemeenten", "Totaal:", "totaal.", "Subtotaal",
                                   "Sub-totaal", "SubTotaal regio", "Som", "Som:", "Generaal totaal",
                                   "GENERAAL TOTAAL:", "Total", "Sum", "  totaal  ", "Totaal\u200b"])
def test_total_labels_are_no_members(label):
    assert is_total_label(label)
    with pytest.raises(InputError, match="is a total, not a member"):
        Key.from_mapping({"Leiden": 1, label: 2})


@pytest.mark.parametrize("name", ["Someren", "Sommelsdijk", "Sluis", "Leiden", "Gooise Meren", "Súdwest-Fryslân",
                                  "Het Hogeland", "Stichtse Vecht", "'s-Gravenhage", "Tholen"])
def test_real_names_are_not_totals(name):
    assert not is_total_label(name)


@given(st.lists(st.text(alphabet=st.characters(codec="utf-8"), min_size=1, max_size=12), min_size=1, max_size=8))
def test_a_key_accepts_names_exactly_when_no_two_are_one_member(names):
    names = list(dict.fromkeys(names))
    identities = [identity(n) for n in names]
    loose = [members.without_diacritics(n) for n in names]
    acceptable = (all(identities) and len(set(identities)) == len(names) and len(set(loose)) == len(names)
                  and not any(is_total_label(n) for n in names))
    try:
        Key.from_mapping({n: 1 for n in names})
    except InputError:
        assert not acceptable
    else:
        assert acceptable


@pytest.mark.parametrize("weights, message", [
    ("Leiden", "verdeelsleutel: weights must be a mapping of member name -> weight, got str"),
    ([("Leiden", 1)], "verdeelsleutel: weights must be a mapping of member name -> weight, got list"),
    ({1: 2, "Leiden": 1}, "verdeelsleutel: a member name must be text, got int 1"),
    ({None: 2}, "verdeelsleutel: a member name must be text, got NoneType None"),
])
def test_the_api_refuses_a_wrong_type_with_one_line(weights, message):
    """Issue 24 point 4: wrong types give a one-line InputError, never an AttributeError or a member named '1'."""
    with pytest.raises(InputError) as refused:
        Key.from_mapping(weights)
    assert str(refused.value) == message


# --- names given with the weights to allocate (issue 24 point 1: every reader and the API) ---------------------

@pytest.mark.parametrize("index, message", [
    (["Leiden", "LEIDEN"], r"weights\[1\]: member 'LEIDEN' appears twice: it is the same member as 'Leiden' \(weights\[0\]\)"),
    (["Leiden", "Leiden\u200b"], r"weights\[1\]: member 'Leiden<U\+200B>' appears twice"),
    (["Leiden", "Leiden"], r"weights\[1\]: member 'Leiden' appears twice \(first at weights\[0\]\)"),
    (["Leiden", "Delft", "Totaal"], r"weights\[2\]: 'Totaal' is a total, not a member"),
    (["Leiden", "\uff2c\uff45\uff49\uff44\uff45\uff4e"], r"weights\[1\]: member '\uff2c\uff45\uff49\uff44\uff45\uff4e' appears twice"),
])
def test_allocate_applies_the_member_rules_to_a_series_index_and_to_mapping_keys(index, message):
    pd = pytest.importorskip("pandas")
    from pyengine import allocate

    weights = list(range(1, len(index) + 1))
    with pytest.raises(InputError, match=message):
        allocate(27, pd.Series(weights, index=index))
    if len(set(index)) == len(index):
        with pytest.raises(InputError, match=message):
            allocate(27, dict(zip(index, weights)))


def test_allocate_takes_a_mapping_and_gives_the_shares_by_name_in_its_order():
    from pyengine import allocate

    assert allocate(27, {"Leiden": 1, "Delft": 2}) == {"Leiden": Decimal(9), "Delft": Decimal(18)}
    assert list(allocate(27, {"Delft": 2, "Leiden": 1})) == ["Delft", "Leiden"]
    with pytest.raises(InputError, match="weights: a member name must be text, got int 1"):
        allocate(27, {1: 2, "Leiden": 1})


def test_a_series_with_its_default_index_names_no_member():
    pd = pytest.importorskip("pandas")
    from pyengine import allocate

    assert list(allocate(27, pd.Series([1, 2]))) == [Decimal(9), Decimal(18)]


@pytest.mark.parametrize("weights", [{1, 2}, frozenset({1, 2})])
def test_allocate_refuses_a_set_whose_order_is_not_the_callers(weights):
    from pyengine import allocate

    with pytest.raises(InputError, match="which keeps no order; give a list"):
        allocate(27, weights)


def test_numpy_scalars_and_longdouble_weights_are_read_exactly():
    np = pytest.importorskip("numpy")
    from pyengine import allocate

    key = Key.from_mapping({"a": np.int64(3), "b": np.float32(0.1), "c": np.longdouble("0.1")})
    assert key.weights == [Decimal(3), Decimal("0.1"), Decimal("0.1")]
    third = np.longdouble(1) / 3
    assert allocate(27, np.array([np.longdouble("0.1"), third]), decimals=2) == \
        allocate(27, [Decimal("0.1"), Decimal(str(third))], decimals=2)
    assert str(third) != repr(float(third))  # the longdouble's digits, not a float's
    with pytest.raises(InputError, match="is a boolean"):
        Key.from_mapping({"a": np.bool_(True)})


def test_full_width_letters_are_the_same_member():
    assert identity("\uff2c\uff45\uff49\uff44\uff45\uff4e") == identity("Leiden")
    key = Key.from_mapping({"\uff2c\uff45\uff49\uff44\uff45\uff4e": 1, "Delft": 2})
    assert key.names[0] == "\uff2c\uff45\uff49\uff44\uff45\uff4e"  # kept as written


def test_a_member_the_key_and_bijdrage_gemeente_write_two_ways_is_named_as_one_member():
    from pyengine.core.amendment import with_key
    from pyengine.inputs.spec import amendment_from_spec, read_spec
    from pathlib import Path

    seed = Path(__file__).resolve().parent.parent / "examples" / "regionaal-leerhuis" / "begrotingswijziging-2021-03.toml"
    amendment = amendment_from_spec(read_spec(seed))
    names = list(amendment.member_begroting)
    weights = {name.upper() if index == 0 else name: 1 for index, name in enumerate(names)}
    with pytest.raises(InputError, match=f"'{names[0].upper()}' in the key and '{names[0]}' in bijdrage_gemeente are "
                                         "the same member written two ways"):
        with_key(amendment, Key.from_mapping(weights, source="nieuw.csv"))
