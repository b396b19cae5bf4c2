"""The splits in workbook formulas: every method, with and without a fixed amount per member, against the engine."""

import io
import shutil
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from hypothesis import assume, example, given, settings, strategies as st

import pyengine
from pyengine import InputError
from pyengine.core.allocation import METHODS, allocate_units
from pyengine.core.amendment import Amendment, LINE_CODES, compute
from pyengine.core.keys import Key, Member
from pyengine.render.amendment_workbook import render_amendment, split_facts
from pyengine.render.capabilities import check_renderable
from pyengine.render.splits import explain_split
from pyengine.render.statement_workbook import render_statement

from workbook_checks import assert_clean_package, controles

ROOT = Path(__file__).resolve().parent.parent
LEERHUIS = ROOT / "examples" / "regionaal-leerhuis"


def controles_of(data: bytes) -> list:
    sheet = openpyxl.load_workbook(io.BytesIO(data), data_only=True)["Controles"]
    return [(r[0], r[1]) for r in sheet.iter_rows(values_only=True) if r and r[0] and isinstance(r[1], bool)]


# ---- the explanation the formulas follow, against the engine ------------------------------------

@settings(max_examples=400, deadline=None)
@given(units=st.integers(0, 10**6), weights=st.lists(st.integers(0, 12), min_size=1, max_size=9),
       method=st.sampled_from(METHODS))
@example(units=3, weights=[1, 1, 1, 1], method="dhondt")  # more members on the threshold than units
@example(units=5, weights=[2, 1, 2, 1], method="sainte_lague")
@example(units=0, weights=[1, 2], method="sainte_lague")
def test_explanation_gives_the_engines_units_and_ties_go_to_the_member_listed_first(units, weights, method):
    assume(any(weights))
    key = Key(tuple(Member(f"g{i}", Decimal(w)) for i, w in enumerate(weights)))
    facts = explain_split(Decimal(units) / 100, key, method)  # raises if its formula path differs from the engine
    assert list(facts.shares) == allocate_units(units, weights, method)
    if method != "largest_remainder" and units:
        p, q = facts.threshold
        on = [i for i, order in enumerate(facts.tie_orders) if order and (i == 0 or order > facts.tie_orders[i - 1])]
        assert 1 <= facts.tie_units <= len(on)
        winners = on[:facts.tie_units]  # the members on the threshold listed first get the units left
        assert all(weights[i] * q % p == 0 for i in on)
        assert winners == on[:len(winners)]


# ---- whole workbooks: random amendments, every method, with and without vaste voet ---------------

money = st.integers(min_value=-2_000_000_00, max_value=2_000_000_00).map(lambda c: Decimal(c) / 100)


@settings(max_examples=60, deadline=None)
@given(data=st.data(), method=st.sampled_from(METHODS))
def test_property_every_method_renders_the_engines_figures_with_all_controles_true(data, method):
    years = tuple(range(2021, 2021 + data.draw(st.integers(1, 2))))
    n = data.draw(st.integers(1, 7))
    names = [f"Gemeente {i}" for i in range(n)]
    lines = {code: tuple((data.draw(money), data.draw(money)) for _ in years) for code in LINE_CODES}
    member_b = {name: tuple(data.draw(money) for _ in years) for name in names}
    lines["gemeentelijke_bijdrage"] = tuple(
        (sum((member_b[m][y] for m in names), Decimal(0)), lines["gemeentelijke_bijdrage"][y][1]) for y in range(len(years)))
    fixed = data.draw(st.sampled_from([Decimal(0), Decimal("0.01"), Decimal("125.50")]))
    keys = []
    for y in years:  # a key per year, each in its own member order (the order decides exact ties)
        small = data.draw(st.booleans())  # small weights make exact ties on the threshold likely
        weights = [data.draw(st.integers(0, 6) if small else st.integers(0, 10**6)) for _ in names]
        absent = data.draw(st.sets(st.sampled_from(names), max_size=n - 1))
        if not any(w for name, w in zip(names, weights) if name not in absent):
            weights[names.index(next(m for m in names if m not in absent))] = 1
        order = data.draw(st.permutations(range(n)))
        key = Key(tuple(Member(names[i], Decimal(weights[i]), participates=names[i] not in absent) for i in order))
        if fixed:
            key = key.with_fixed_per_member(fixed)
            assume(abs(lines["gemeentelijke_bijdrage"][len(keys)][1]) >= fixed * (n - len(absent)))
        keys.append(key)
    result = compute(Amendment("x", "t", "o", years, lines, member_b, tuple(keys), method=method))
    check_renderable("begrotingswijziging", result)
    book = render_amendment(result)  # raises when a stored value differs from the engine
    rows = controles_of(book)
    assert rows and all(value is True for _, value in rows), [r for r in rows if r[1] is not True]
    facts = split_facts(result)
    for name in names[:3]:
        statement = render_statement(result, name, facts)  # raises when its share differs from the engine
        assert all(value is True for _, value in controles_of(statement))


# ---- LibreOffice: a sample of every method and of vaste voet recomputes to the stored values -------

def spec_with(tmp_path: Path, name: str, method: str, fixed: str = "") -> Path:
    text = (LEERHUIS / "begrotingswijziging-2021-03.toml").read_text(encoding="utf-8")
    text = text.replace('verdeelmethode = "largest_remainder"', f'verdeelmethode = "{method}"')
    text = text.replace('titel = "Regionaal Leerhuis"', f'titel = "{name}"')
    if fixed:
        text = text.replace('kolom = "bijdrage_2020"', f'kolom = "bijdrage_2020"\nvast_per_gemeente = {fixed}')
    shutil.copy(LEERHUIS / "verdeelsleutel.csv", tmp_path / "verdeelsleutel.csv")
    path = tmp_path / f"{name}.toml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.skipif(not shutil.which("soffice") and not shutil.which("libreoffice"), reason="LibreOffice is not installed")
def test_dhondt_sainte_lague_and_vaste_voet_verify_in_libreoffice(tmp_path):
    from pyengine.verify import verify

    specs = [spec_with(tmp_path, "DHondt", "dhondt"), spec_with(tmp_path, "Webster", "sainte_lague"),
             spec_with(tmp_path, "Vast", "largest_remainder", "1000.01"),
             spec_with(tmp_path, "VastSL", "sainte_lague", "2500")]
    results = pyengine.generate(specs, tmp_path / "out", per_member=True)
    assert all(r.status == "written" for r in results), [r for r in results if r.status != "written"]
    sample = [r.path for r in results if r.kind == "begrotingswijziging"] + \
             [r.path for r in results if r.kind == "bijdrageoverzicht"][::3]
    verdicts = verify(sample)
    assert all(v.ok for v in verdicts), [(v.path.name, v.error, v.mismatches[:2]) for v in verdicts if not v.ok]
    for path in sample:
        assert_clean_package(path)
        rows = controles(path)
        assert rows and all(value is True for _, value in rows), (path.name, [r for r in rows if r[1] is not True])
    labels = {r.path.name.split("-")[0]: [label for label, _ in controles(r.path)] for r in results
              if r.kind == "begrotingswijziging"}
    assert sum("de drempel is het quotiënt" in label for label in labels["dhondt"]) == 4  # one per year
    assert not any("drempel" in label for label in labels["vast"])  # largest remainder: the quota check instead
    assert sum("vaste bedragen" in label for label in labels["vast"]) == 4
    assert sum("vaste bedragen" in label for label in labels["vastsl"]) == 4
    assert sum("drempel" in label for label in labels["vastsl"]) == 4
    vast = next(r.path for r in results if r.kind == "begrotingswijziging" and r.path.name.startswith("vast-"))
    text = {c.value for row in openpyxl.load_workbook(vast)["Herkomst"].iter_rows() for c in row}
    assert any("vaste voet" in str(t) for t in text)


# ---- refused before anything is written ----------------------------------------------------------

def test_a_split_excel_cannot_do_exactly_is_refused_in_validation_naming_the_spec_field(tmp_path):
    spec = spec_with(tmp_path, "Groot", "dhondt")
    key = (tmp_path / "verdeelsleutel.csv").read_text(encoding="utf-8").splitlines()
    # nine decimals make every weight a whole number near 10**12: 27,000 euro in cents x weight passes 2**53
    (tmp_path / "verdeelsleutel.csv").write_text("\n".join(key[:1] + [line + ".123456789" for line in key[1:]]) + "\n",
                                                 encoding="utf-8")
    from pyengine.bulk import load

    kind, result = load(spec)
    with pytest.raises(InputError, match=r"\[verdeelsleutel\] \(2021\): the weights of verdeelsleutel.csv, kolom bijdrage_2020 "
                                         r"have up to 9 decimals \(Blaricum: 1010.123456789\); with this amount the split is "
                                         r"beyond what Excel.s formulas compute exactly"):
        check_renderable(kind, result)
    out = tmp_path / "out"
    results = pyengine.generate([spec], out, per_member=True)
    assert [r.status for r in results] == ["failed"]
    assert results[0].error.startswith("Groot.toml [verdeelsleutel] (2021): the weights of verdeelsleutel.csv, kolom bijdrage_2020 have up to 9 decimals")
    assert not out.exists() or not any(out.rglob("*"))  # nothing written, statements included


def test_fixed_amounts_that_leave_only_the_fixed_part_need_a_weight(tmp_path):
    key = Key((Member("A", Decimal(0)), Member("B", Decimal(0))), fixed_per_member=Decimal(5))
    lines = {code: ((Decimal(0), Decimal(0)),) for code in LINE_CODES}
    lines["gemeentelijke_bijdrage"] = ((Decimal(-10), Decimal(-10)),)
    result = compute(Amendment("x", "t", "o", (2021,), lines, {"A": (Decimal(-5),), "B": (Decimal(-5),)}, (key,)))
    with pytest.raises(InputError, match=r"\[verdeelsleutel\] \(2021\) vast_per_gemeente: every weight is zero"):
        check_renderable("begrotingswijziging", result)


def test_sheet_names_are_quoted_where_formulas_need_it_and_min_ge_evaluate():
    from pyengine.render.formula import GE, MIN, Num, Ref, quoted_sheet

    assert quoted_sheet("Controle's") == "'Controle''s'"
    assert Ref("Controle's", 4, 2).excel("Elders") == "'Controle''s'!B4"
    assert Ref("Berekening (Ü)", 1, 1).excel("Elders") == "'Berekening (Ü)'!A1"
    assert Ref("Invoer", 1, 1).excel("Elders") == "Invoer!A1" and Ref("Invoer", 1, 1).excel("Invoer") == "A1"
    expr = MIN(Num(Decimal(1)), Num(Decimal(-3)))
    assert expr.excel("x") == "MIN(1,-3)" and expr.evaluate(None) == Decimal(-3)
    assert GE(Num(Decimal(2)), 2).evaluate(None) is True and GE(1, 2).evaluate(None) is False


@pytest.mark.skipif(not shutil.which("soffice") and not shutil.which("libreoffice"), reason="LibreOffice is not installed")
def test_exact_ties_on_the_threshold_and_empty_text_fields_verify_in_libreoffice(tmp_path):
    from pyengine.verify import verify

    names = ["A", "B", "C", "D", "E"]
    lines = {code: ((Decimal(0), Decimal(0)),) for code in LINE_CODES}
    lines["gemeentelijke_bijdrage"] = ((Decimal(-500), Decimal("-0.07")),)  # 7 cents over equal claims
    begroting = {name: (Decimal(-100),) for name in names}
    paths = []
    for method, fixed in (("dhondt", 0), ("sainte_lague", 0), ("largest_remainder", 0), ("sainte_lague", "0.01")):
        key = Key(tuple(Member(n, Decimal(w)) for n, w in zip(names, [2, 1, 2, 1, 2])),
                  fixed_per_member=Decimal(fixed))
        result = compute(Amendment("x", "t", "", (2021,), lines, begroting, (key,), method=method))  # no kenmerk &c.
        path = tmp_path / f"{method}-{fixed}.xlsx"
        path.write_bytes(render_amendment(result))
        statement = tmp_path / f"{method}-{fixed}-E.xlsx"
        statement.write_bytes(render_statement(result, "E"))
        paths += [path, statement]
        if method != "largest_remainder" and not fixed:
            assert split_facts(result)[0].tie_units >= 1  # the case is really decided on the threshold
    verdicts = verify(paths)
    assert all(v.ok for v in verdicts), [(v.path.name, v.error, v.mismatches[:2]) for v in verdicts if not v.ok]
    assert all(value is True for path in paths for _, value in controles(path))
