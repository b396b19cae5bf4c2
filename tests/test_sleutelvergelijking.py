"""The sleutelvergelijking: every step of an ingroeipad recomputed here independently (the blend as an
exact fraction, our own largest remainder), the comparison per member, the spec's errors, the workbook."""

from __future__ import annotations

import shutil
import zipfile
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

import pyengine
from pyengine.core.comparison import KeyComparison, compute_comparison
from pyengine.core.indexation import blend_share, phase_in, phase_in_weights
from pyengine.core.keys import Key
from pyengine.errors import InputError
from pyengine.inputs.outlook_spec import comparison_from_document
from pyengine.inputs.spec import TomlLocator

from workbook_checks import assert_clean_package, assert_printed_whole_audits_clean

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "vooruitblik" / "sleutelvergelijking-2026-2030.toml"


def hamilton(total: int, quotas: list[Fraction]) -> list[int]:
    """Our own largest remainder over exact quotas (ties: the member listed first)."""
    floors = [q.numerator // q.denominator for q in quotas]
    left = total - sum(floors)
    order = sorted(range(len(quotas)), key=lambda i: (-(quotas[i] - floors[i]), i))
    return [f + (1 if i in order[:left] else 0) for i, f in enumerate(floors)]


def blend(a: list[int], b: list[int], k: int, n: int) -> list[Fraction]:
    sa, sb = sum(a), sum(b)
    return [Fraction(x, sa) + (Fraction(y, sb) - Fraction(x, sa)) * Fraction(k, n) for x, y in zip(a, b)]


weights = st.lists(st.integers(min_value=0, max_value=500_000), min_size=1, max_size=15)


@settings(max_examples=300, deadline=None)
@given(data=st.data(), total=st.integers(min_value=0, max_value=10**8), n=st.integers(min_value=1, max_value=6))
def test_every_step_is_the_exact_split_of_the_blend(data, total, n):
    a = data.draw(weights)
    b = data.draw(st.lists(st.integers(min_value=0, max_value=500_000), min_size=len(a), max_size=len(a)))
    if not any(a):
        a[0] = 1
    if not any(b):
        b[-1] = 1
    for k in range(n + 1):
        shares = blend(a, b, k, n)
        assert sum(shares) == 1  # the blend is a key: its shares add up to one, exactly
        for i in range(len(a)):
            assert blend_share(a[i], sum(a), b[i], sum(b), k, n) == shares[i]
        split = phase_in(total, a, b, k, n)
        assert sum(split) == total
        assert split == hamilton(total, [total * s for s in shares])
    assert phase_in(total, a, b, n, n) == hamilton(total, [Fraction(total * y, sum(b)) for y in b])  # last step: B
    assert phase_in(total, a, b, 0, n) == hamilton(total, [Fraction(total * x, sum(a)) for x in a])  # step 0: A


def test_zero_steps_is_key_b_at_once_and_steps_beyond_stay_at_b():
    assert phase_in_weights([1, 1], [1, 3], 1, 0) == [1, 3]
    assert phase_in_weights([1, 1], [1, 3], 7, 4) == [1, 3]
    assert phase_in(1000, [1, 1], [1, 3], 2, 4) == [375, 625]  # halfway: (0.5 + 0.25) / 2 = 0.375
    with pytest.raises(InputError):
        phase_in_weights([1, 1], [1], 1, 2)


def comparison(steps=4, start=None, years=(2026, 2027, 2028, 2029, 2030), amount=2_500_000):
    key_a = Key.from_mapping({"Gemeente 001": 36, "Gemeente 002": 16, "Gemeente 003": 48})
    key_b = Key.from_mapping({"Gemeente 001": 30, "Gemeente 002": 30, "Gemeente 003": 40})
    people = Key.from_mapping({"Gemeente 001": 50_000, "Gemeente 002": 20_000, "Gemeente 003": 70_000})
    return KeyComparison("t", "", years, (Decimal(amount),) * len(years), key_a, key_b, steps, start, people)


def test_the_path_year_by_year():
    result = compute_comparison(comparison())
    assert result.by_a[0] == (900_000, 400_000, 1_200_000)
    assert result.by_b[0] == (750_000, 750_000, 1_000_000)
    assert result.difference() == (-150_000, 350_000, -200_000)
    assert result.per_inhabitant() == (Fraction(-3), Fraction(35, 2), Fraction(-20, 7))
    # 2026 is step 1 of 4: 36% + (30% - 36%) / 4 = 34.5% ...
    assert result.path[0] == (862_500, 487_500, 1_150_000)
    assert result.path[3] == result.by_b[3] and result.path[4] == result.by_b[4]  # the last step is key B
    later = compute_comparison(comparison(start=2027))
    assert later.path[0] == later.by_a[0]  # before the path: key A


def document(**changes):
    doc = {"soort": "sleutelvergelijking", "jaren": [2026, 2027], "bedrag": 1000, "ingroei": 2,
           "sleutel_a": {"gewichten": {"Gemeente 001": 1, "Gemeente 002": 1}},
           "sleutel_b": {"gewichten": {"Gemeente 001": 1, "Gemeente 002": 3}}}
    doc.update(changes)
    return doc


def read(doc):
    return comparison_from_document(doc, TomlLocator("v.toml", doc), ".")


def test_spec_forms_and_errors():
    assert read(document()).amounts == (1000, 1000)
    assert read(document(bedrag={"2026": 1000, "2027": 1100})).amounts == (1000, 1100)
    with pytest.raises(InputError, match=r"v.toml \[bedrag\]: no amount for 2027"):
        read(document(bedrag={"2026": 1000}))
    with pytest.raises(InputError, match=r"v.toml bedrag: 3 figure\(s\) for 2 year\(s\)"):
        read(document(bedrag=[1, 2, 3]))
    with pytest.raises(InputError, match=r"v.toml ingroei: must be at least 0"):
        read(document(ingroei=-1))
    # a member only in key B weighs 0 in key A (it joins with the new key)
    joined = read(document(sleutel_b={"gewichten": {"Gemeente 001": 1, "Gemeente 003": 1}}))
    assert joined.members == ["Gemeente 001", "Gemeente 002", "Gemeente 003"]
    assert joined.key_a.weights == [1, 1, 0] and joined.key_b.weights == [1, 0, 1]


@pytest.fixture(scope="module")
def produced(tmp_path_factory):
    out = tmp_path_factory.mktemp("vgl")
    results = pyengine.generate([EXAMPLE], out)
    assert [r.status for r in results] == ["written"], results
    return results[0].path


def test_the_workbook_names_its_figures_and_agrees_with_the_engine(produced):
    import openpyxl

    from pyengine.inputs.outlook_spec import comparison_from_spec
    from pyengine.inputs.spec import read_spec

    assert_clean_package(produced)
    result = compute_comparison(comparison_from_spec(read_spec(EXAMPLE)))
    book = openpyxl.load_workbook(produced, data_only=True)
    assert book["Controles"]["B4"].value is True

    def named(name):
        sheet, cells = next(iter(book.defined_names[name].destinations))
        return [[c.value for c in row] for row in book[sheet][cells.replace("$", "")]]

    assert [r[0] for r in named("vgl_deelnemers")] == result.comparison.members
    assert [r[0] for r in named("vgl_sleutel_a")] == list(result.by_a[0])
    assert [r[0] for r in named("vgl_sleutel_b")] == list(result.by_b[0])
    pad = named("vgl_pad")
    assert [list(row) for row in zip(*pad)] == [list(p) for p in result.path]
    with zipfile.ZipFile(produced) as archive:
        assert any(n.startswith("xl/charts/chart") for n in archive.namelist())  # the path as a chart


def test_the_workbook_audits_clean(produced):
    from pyengine.audit import audit

    report = audit(produced)
    assert report.verdict == "clean", [str(f) for f in report.findings]


@pytest.mark.skipif(not (shutil.which("soffice") or shutil.which("libreoffice")), reason="LibreOffice is not installed")
def test_the_workbook_recomputes_in_libreoffice(produced):
    from pyengine.verify import verify

    verdict, = verify([produced])
    assert verdict.ok, (verdict.error, [str(m) for m in verdict.mismatches[:3]])
    assert verdict.formulas > 1000


def test_every_sheet_printed_by_libreoffice_audits_clean(produced, tmp_path):
    """LibreOffice's print of the whole workbook: Berekening printed its years as counts ('2,026': 5 lines of
    figures without labels, NOT verified)."""
    assert_printed_whole_audits_clean(produced, tmp_path)
