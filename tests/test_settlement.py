"""The afrekening: the arithmetic recomputed independently, the refusals with their place, the workbook read back
by independent readers (openpyxl, raw XML), recomputed in LibreOffice and audited clean."""

from __future__ import annotations

import shutil
import zipfile
from decimal import Decimal as D
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from pyengine.core.members import is_total_label
from pyengine.core.keys import Key, Member
from pyengine.core.settlement import Settlement, SettlementLine, compute
from pyengine.errors import InputError
from pyengine.inputs.workbook_spec import load_any_spec
from pyengine.render.settlement_workbook import render_settlement
from workbook_checks import assert_clean_package, controles

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "afrekening-peelland" / "afrekening-2025.toml"
HAVE_LIBREOFFICE = bool(shutil.which("soffice") or shutil.which("libreoffice"))
needs_libreoffice = pytest.mark.skipif(not HAVE_LIBREOFFICE, reason="LibreOffice is not installed")

SPEC = """soort = "afrekening"
jaar = 2025
titel = "Afrekening 2025"
organisatie = "GR Test"
[lasten]
personeelskosten = { begroting = 1200000, realisatie = 1183412.17 }
materiele_kosten = { begroting = 300000, realisatie = 311876.45 }
[baten]
rijksbijdrage = { begroting = 100000, realisatie = 95000 }
[voorschotten]
Helmond = 700000
Deurne = 400000
Asten = 300000
[verdeelsleutel]
gewichten = { Helmond = 92809, Deurne = 32632, Asten = 17097 }
[resultaatbestemming]
reserve = 20000
"""


def spec_file(tmp_path: Path, text: str = SPEC) -> Path:
    path = tmp_path / "afrekening.toml"
    path.write_text(text, encoding="utf-8")
    return path


def load(path: Path):
    return compute(load_any_spec(Path(path))[1])


def independent(result) -> None:
    """Every member's definitieve bijdrage and verrekening, recomputed from the inputs with Fractions."""
    s = result.settlement
    lasten = sum(Fraction(line.realisatie) for line in s.lasten)
    baten = sum(Fraction(line.realisatie) for line in s.baten)
    net = lasten - baten + Fraction(s.reserve)
    assert Fraction(result.net_cost) == net
    weights = {m.name: Fraction(m.effective_weight) for m in s.key.members}
    total_weight = sum(weights.values())
    assert sum(m.definitief for m in result.members) == result.net_cost  # exact, to the cent
    for m in result.members:
        quota = net * weights[m.name] / total_weight
        assert abs(Fraction(m.definitief) - quota) < Fraction(1, 100), (m.name, m.definitief, float(quota))
        assert m.verrekening == s.voorschotten[m.name] - m.definitief
        assert m.definitief == m.definitief.quantize(D("0.01"))
    advance = sum(Fraction(v) for v in s.voorschotten.values())
    assert Fraction(result.resultaat) == advance + baten - lasten
    assert sum(m.verrekening for m in result.members) == result.te_verrekenen == result.resultaat - s.reserve
    assert sum(m.percentage for m in result.members) == 100
    assert result.all_passed, [c for c in result.checks if not c.passed]


def test_the_worked_example_settles_exactly():
    result = load(EXAMPLE)
    independent(result)
    assert result.net_cost == D("3036378.21")
    assert result.resultaat == D("11621.79") and result.te_verrekenen == D("1621.79")
    by_name = {m.name: m for m in result.members}
    assert by_name["Helmond"].verrekening == D("-6775.52") and not by_name["Helmond"].refunded
    assert by_name["Geldrop-Mierlo"].verrekening == D("5248.32") and by_name["Geldrop-Mierlo"].refunded


def test_a_small_spec_settles_exactly(tmp_path):
    result = load(spec_file(tmp_path))
    independent(result)
    assert result.net_cost == D("1183412.17") + D("311876.45") - 95000 + 20000


names = st.lists(st.text("abcdefghijklmnopqrstuvwxyz", min_size=3, max_size=8).filter(
    lambda x: not is_total_label(x)), min_size=1, max_size=25, unique=True).map(lambda xs: [x.capitalize() for x in xs])
cents = st.integers(min_value=0, max_value=10**11).map(lambda c: D(c) / 100)


@settings(max_examples=150, deadline=None)
@given(st.data())
def test_random_settlements_recompute_independently(data):
    members = data.draw(names)
    weights = [data.draw(st.one_of(st.integers(0, 10**6).map(D), st.decimals("0", "1000", places=3)))
               for _ in members]
    if not any(weights):
        weights[0] = D(1)
    lasten = tuple(SettlementLine(f"l{i}", f"L{i}", data.draw(cents), data.draw(cents))
                   for i in range(data.draw(st.integers(1, 6))))
    baten = tuple(SettlementLine(f"b{i}", f"B{i}", data.draw(cents), data.draw(cents))
                  for i in range(data.draw(st.integers(0, 4))))
    reserve = data.draw(st.integers(-10**9, 10**9).map(lambda c: D(c) / 100))
    net = sum(line.realisatie for line in lasten) - sum(line.realisatie for line in baten) + reserve
    settlement = Settlement(2025, "t", "o", lasten, baten, {m: data.draw(cents) for m in members},
                            Key(tuple(Member(m, w) for m, w in zip(members, weights))), reserve=reserve,
                            unit=data.draw(st.sampled_from([1, 1000, 100000])))
    if net < 0:
        with pytest.raises(InputError, match="net cost is negative"):
            compute(settlement)
        return
    independent(compute(settlement))


# ---- refusals, with their place --------------------------------------------------------------------------

@pytest.mark.parametrize("change, expected", [
    (("Asten = 300000", "Asten = 300000\nMierlo = 5"),
     r"afrekening.toml \[voorschotten\] Mierlo: Mierlo is not a member of the verdeelsleutel"),
    (("Asten = 300000\n", ""), r"afrekening.toml \[voorschotten\]: no voorschot for Asten, a member of the "
                               r"verdeelsleutel \(afrekening.toml \[verdeelsleutel.gewichten\] Asten\); give Asten = 0"),
    (("reserve = 20000", "reserve = -2000000"), r"afrekening.toml: the net cost is negative .*the baten exceed the "
                                                r"lasten, so the members would not bear a cost"),
    (("rijksbijdrage = { begroting = 100000, realisatie = 95000 }",
      "rijksbijdrage = { begroting = 100000, realisatie = 95000 }\nleges = { realisatie = 12.5 }"),
     r"afrekening.toml \[baten.leges\] begroting: a realisatie line the begroting lacks; give its begroting, or declare it "
     r"new \(nieuw = true\)"),
    (("personeelskosten = { begroting = 1200000, realisatie = 1183412.17 }", "personeelskosten = { begroting = 1200000 }"),
     r"\[lasten.personeelskosten\] realisatie: no realisatie"),
    (("realisatie = 95000", "realisatie = -95000"), r"\[baten.rijksbijdrage\] realisatie: amounts are positive"),
    (("Deurne = 400000", "Deurne = -400000"), r"\[voorschotten\] Deurne: a voorschot is what the member paid"),
    (("Deurne = 400000", "Deurne = 400000.001"), r"\[voorschotten\] Deurne: 400000.001 has more than two decimals"),
    (("reserve = 20000", "reserv = 20000"), r"unknown field 'reserv'; did you mean 'reserve'"),
])
def test_refused_with_the_place(tmp_path, change, expected):
    old, new = change
    assert old in SPEC
    with pytest.raises(InputError, match=expected):
        load(spec_file(tmp_path, SPEC.replace(old, new)))


def test_a_line_declared_new_is_accepted_with_begroting_zero(tmp_path):
    text = SPEC.replace("rijksbijdrage = { begroting = 100000, realisatie = 95000 }",
                        "rijksbijdrage = { begroting = 100000, realisatie = 95000 }\n"
                        "leges = { realisatie = 12.5, nieuw = true }")
    result = load(spec_file(tmp_path, text))
    leges = next(line for line in result.settlement.baten if line.code == "leges")
    assert leges.new and leges.begroting == 0 and leges.verschil == D("12.5")
    independent(result)


def test_member_names_match_by_identity_and_keep_the_keys_spelling(tmp_path):
    result = load(spec_file(tmp_path, SPEC.replace("Deurne = 400000", "DEURNE = 400000")))
    assert result.settlement.members == ["Helmond", "Deurne", "Asten"]
    assert result.member("Deurne").voorschot == 400000


# ---- the workbook --------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def produced(tmp_path_factory):
    folder = tmp_path_factory.mktemp("afrekening")
    result = load(EXAMPLE)
    path = folder / "afrekening.xlsx"
    path.write_bytes(render_settlement(result))
    return result, path


def test_the_workbook_is_clean_and_its_checks_hold(produced):
    result, path = produced
    assert_clean_package(path)
    checks = controles(path)
    assert len(checks) >= 10 and all(value is True for _, value in checks), checks


def test_same_input_same_bytes(produced):
    result, path = produced
    assert render_settlement(load(EXAMPLE)) == path.read_bytes()


def test_defined_names_mark_one_cell_per_member_in_euros_in_the_same_order(produced):
    import openpyxl

    result, path = produced
    book = openpyxl.load_workbook(path, data_only=True)
    columns = {}
    for name in ("afr_deelnemers", "afr_voorschot", "afr_definitief", "afr_verrekening"):
        defined = book.defined_names[name]
        (sheet, ref), = list(defined.destinations)
        cells = [row[0] for row in book[sheet][ref.replace("$", "")]]
        columns[name] = [c.value for c in cells]
    assert columns["afr_deelnemers"] == result.settlement.members
    for m, voorschot, definitief, verrekening in zip(result.members, columns["afr_voorschot"],
                                                     columns["afr_definitief"], columns["afr_verrekening"]):
        assert D(str(voorschot)) == m.voorschot and D(str(definitief)) == m.definitief
        assert D(str(verrekening)) == m.verrekening


def test_the_overview_shows_the_controlled_rounding_and_the_words(produced):
    import openpyxl

    result, path = produced
    book = openpyxl.load_workbook(path, data_only=True)
    rows = {r[0]: r[1:4] for r in book["Overzicht"].iter_rows(values_only=True) if r and r[0]}
    assert rows["Totaal lasten"] == (3265600, 3250059, -15541)  # 3.250.058,93 and -15.541,07
    assert rows["Resultaat"][1] == 11622 and rows["Te verrekenen met de deelnemers"][1] == 1622
    verdeling = {r[0]: r for r in book["Verdeling"].iter_rows(values_only=True) if r and r[0]}
    assert verdeling["Totaal"][6] - verdeling["Totaal"][7] == pytest.approx(1621.79)
    assert verdeling["Helmond"][7] == pytest.approx(6775.52) and verdeling["Helmond"][6] == 0
    assert verdeling["Geldrop-Mierlo"][6] == pytest.approx(5248.32)
    with zipfile.ZipFile(path) as archive:
        assert "Terug te ontvangen" in archive.read("xl/worksheets/sheet2.xml").decode()


def test_the_workbook_audits_clean(produced):
    from pyengine.audit import audit

    _, path = produced
    report = audit(path)
    assert report.findings == () and report.verdict == "clean", (report.findings, report.unverified)


@needs_libreoffice
def test_libreoffice_recomputes_the_stored_values_and_the_master_check(produced, tmp_path):
    from pyengine.verify import verify

    _, path = produced
    verdicts = verify([path])
    assert all(v.ok for v in verdicts), [(v.error, [str(m) for m in v.mismatches]) for v in verdicts]
    assert verdicts[0].formulas > 300 and verdicts[0].master_value is True


# ---- the letters (--per-member) ---------------------------------------------------------------------------

@pytest.fixture(scope="module")
def letters(tmp_path_factory):
    import pyengine

    out = tmp_path_factory.mktemp("brieven")
    results = pyengine.generate([EXAMPLE], out, per_member=True)
    assert [r.status for r in results] == ["written"] * 8, [(r.path, r.error) for r in results]
    return out, results


def test_a_letter_per_member_says_what_it_gets_back_or_pays_and_why(letters):
    import openpyxl

    out, results = letters
    result = load(EXAMPLE)
    paths = {r.member: r.path for r in results if r.kind == "afrekeningsbrief"}
    assert sorted(paths) == sorted(result.settlement.members)
    for member in result.members:
        path = paths[member.name]
        assert path.name.startswith("brief-") and path.parent.name.endswith("afrekening-2025")
        assert_clean_package(path)
        assert all(value is True for _, value in controles(path))
        sheet = openpyxl.load_workbook(path, data_only=True)["Brief"]
        rows = {r[0]: r for r in sheet.iter_rows(values_only=True) if r and isinstance(r[0], str)}
        own = rows[f"Gemeente {member.name}"]
        assert (D(str(own[1])), D(str(own[2])), D(str(own[3]))) == (member.voorschot, member.definitief,
                                                                     member.verrekening)
        assert D(str(rows["Totaal alle deelnemers"][3])) == result.te_verrekenen
        if member.refunded:
            assert D(str(rows["Door uw gemeente terug te ontvangen"][3])) == member.verrekening
            assert any("krijgt geld terug" in text for text in rows)
        else:
            assert D(str(rows["Door uw gemeente bij te betalen"][3])) == -member.verrekening
            assert any("betaalt bij" in text for text in rows)
        assert "Aan het college van burgemeester en wethouders van de gemeente " + member.name in rows


def test_a_share_that_is_not_zero_never_shows_as_0_in_the_letter(tmp_path):
    """Asten of weight 1 in 125.442 gets 0,00% by the rounded percentages, yet pays: its letter reads '< 0,01'."""
    import pyengine

    spec = spec_file(tmp_path, SPEC.replace("Asten = 17097", "Asten = 1"))
    results = pyengine.generate([spec], tmp_path / "uit", per_member=True)
    assert [r.status for r in results] == ["written"] * 4, [r.error for r in results]
    assert next(m for m in load(spec).members if m.name == "Asten").percentage == 0

    def brief(member):
        path = next(r.path for r in results if r.member == member)
        rows = list(openpyxl_values(path, "Brief"))
        share = next(r for r in rows if r and r[0] == "Aandeel van uw gemeente in de verdeelsleutel (%)")
        return share[3], " ".join(r[0] for r in rows if r and isinstance(r[0], str)), path

    shown, texts, path = brief("Asten")
    assert shown == "< 0,01" and "Een aandeel dat niet nul is maar afgerond 0,00 zou zijn, staat er als < 0,01." in texts
    assert all(v is True for _, v in controles(path))
    shown, texts, _path = brief("Helmond")
    assert shown == float(next(m for m in load(spec).members if m.name == "Helmond").percentage)
    assert "< 0,01" not in texts


def openpyxl_values(path: Path, sheet: str):
    import openpyxl

    return openpyxl.load_workbook(path, data_only=True)[sheet].iter_rows(values_only=True)

def test_letters_audit_clean(letters):
    from pyengine.audit import audit

    out, results = letters
    for r in results:
        report = audit(r.path)
        assert report.findings == () and not report.unverified, (r.path.name, report.findings, report.unverified)


@needs_libreoffice
def test_libreoffice_recomputes_every_letter(letters):
    from pyengine.verify import verify

    out, results = letters
    verdicts = verify([r.path for r in results])
    assert all(v.ok for v in verdicts), [(v.path.name, v.error, [str(m) for m in v.mismatches]) for v in verdicts]


# ---- input workbooks and the round trip -----------------------------------------------------------------------

EXAMPLE_XLSX = ROOT / "examples" / "invoer" / "afrekening-peelland" / "afrekening-2025.xlsx"


def figures(result):
    return ([(m.name, m.weight, m.percentage, m.voorschot, m.definitief, m.verrekening) for m in result.members],
            result.net_cost, result.resultaat, result.te_verrekenen, result.rounded.shown)


def test_the_example_generates_from_the_spec_and_from_the_input_workbook_with_the_same_figures(tmp_path):
    from pyengine.cli import main

    from_spec, from_workbook = load(EXAMPLE), load(EXAMPLE_XLSX)
    assert figures(from_workbook) == figures(from_spec)
    independent(from_workbook)
    # the shipped input workbook is what `pyengine new afrekening --from` makes of the spec today
    assert main(["new", "afrekening", "--from", str(EXAMPLE), "--out", str(tmp_path / "x.xlsx")]) == 0
    assert (tmp_path / "x.xlsx").read_bytes() == EXAMPLE_XLSX.read_bytes()


def set_cells(path: Path, target: Path, changes: dict[tuple[str, int, int], object]) -> Path:
    """Edit input cells as an officer would (openpyxl; stored formula values are not needed on Invoer)."""
    import openpyxl

    book = openpyxl.load_workbook(path)
    for (name, row, col), value in changes.items():
        (sheet, ref), = list(book.defined_names[name].destinations)
        first = book[sheet][ref.replace("$", "").split(":")[0]]
        book[sheet].cell(first.row + row, first.column + col).value = value
    book.save(target)
    return target


def test_a_produced_afrekening_is_an_input_change_a_realisatie_cell_and_generate_again(produced, tmp_path):
    import pyengine

    result, path = produced
    again = load(path)
    assert figures(again) == figures(result)
    # personeelskosten is the first line under the header of inv_afr_lasten: realisatie in the fourth column
    edited = set_cells(path, tmp_path / "bewerkt.xlsx", {("inv_afr_lasten", 1, 3): 2400000.01})
    changed = load(edited)
    independent(changed)
    assert changed.net_cost == result.net_cost + D("2400000.01") - D("2392876.43")
    outputs = pyengine.generate([edited], tmp_path / "uit", per_member=True)
    assert [o.status for o in outputs] == ["written"] * 8
    assert figures(load(outputs[0].path)) == figures(changed)


def test_a_bad_cell_in_a_produced_afrekening_is_named(produced, tmp_path):
    _, path = produced
    edited = set_cells(path, tmp_path / "fout.xlsx", {("inv_afr_lasten", 1, 3): "veel"})
    with pytest.raises(InputError, match=r"fout.xlsx, Invoer!D\d+: "):
        load(edited)
    emptied = set_cells(path, tmp_path / "leeg.xlsx", {("inv_afr_deelnemers", 2, 3): None})
    with pytest.raises(InputError, match=r"Invoer!D\d+: no voorschot for Deurne"):
        load(emptied)



def test_every_bad_cell_of_an_afrekening_workbook_is_named_in_one_run_and_nothing_is_written(tmp_path, capsys):
    """As an input workbook does: each cell that cannot be read, and each empty weight or voorschot, at its cell,
    all in one run (not the first alone), in the officer's language."""
    from pyengine.cli import main

    edited = set_cells(EXAMPLE_XLSX, tmp_path / "fout.xlsx", {
        ("inv_afr_lasten", 1, 3): "veel", ("inv_afr_lasten", 2, 2): "x", ("inv_afr_deelnemers", 2, 1): "zwaar",
        ("inv_afr_deelnemers", 3, 3): None, ("inv_afr_deelnemers", 4, 1): None})
    with pytest.raises(InputError) as error:
        load(edited)
    assert str(error.value).splitlines() == [
        "fout.xlsx, Invoer!D18: expected an amount, got 'veel'",
        "fout.xlsx, Invoer!C19: expected an amount, got 'x'",
        "fout.xlsx, Invoer!B75: expected a weight (a number), got 'zwaar'",
        "fout.xlsx, Invoer!D76: no voorschot for Geldrop-Mierlo; fill in what it paid in advance (0 if nothing)",
        "fout.xlsx, Invoer!B77: no weight for Gemert-Bakel; fill in its weight in the verdeelsleutel (0 if it bears "
        "nothing)"]
    out = tmp_path / "uit"
    assert main(["--lang", "nl", "generate", str(edited), "--out", str(out)]) == 1
    printed = capsys.readouterr().out
    for line in ("Invoer!D18: verwacht een bedrag, maar kreeg 'veel'", "Invoer!C19: verwacht een bedrag",
                 "Invoer!B75: verwacht een gewicht", "Invoer!D76: ", "Invoer!B77: "):
        assert line in printed, printed
    assert not out.exists()


def test_the_input_workbook_refuses_what_the_spec_refuses_in_its_own_words(tmp_path):
    """A workbook user is told which cell to type in, not a TOML field (nieuw = true / realisatie = 0)."""
    new_line = set_cells(EXAMPLE_XLSX, tmp_path / "nieuw.xlsx", {("inv_afr_lasten", 8, 0): "leges",
                                                                 ("inv_afr_lasten", 8, 3): 12.5})
    with pytest.raises(InputError, match=r"nieuw.xlsx, Invoer!C25: a realisatie line the begroting lacks; give its "
                                         r"begroting, or declare it new \(Nieuw = 1\)$"):
        load(new_line)
    no_real = set_cells(EXAMPLE_XLSX, tmp_path / "leeg.xlsx", {("inv_afr_lasten", 1, 3): None})
    with pytest.raises(InputError, match=r"leeg.xlsx, Invoer!D18: no realisatie; give 0 when the line had none"):
        load(no_real)
    blank = set_cells(EXAMPLE_XLSX, tmp_path / "blank.xlsx", {("inv_afr_algemeen", 0, 1): "   "})
    with pytest.raises(InputError, match=r"^blank.xlsx, Invoer!B5: titel is empty; fill it in$"):  # not the file only
        load(blank)
    negative = set_cells(EXAMPLE_XLSX, tmp_path / "neg.xlsx", {("inv_afr_reserve", 0, 0): -5_000_000})
    with pytest.raises(InputError, match=r"neg.xlsx: the net cost is negative"):
        load(negative)

def test_new_from_a_key_and_a_year_leaves_the_figures_to_fill_in(tmp_path):
    from pyengine.cli import main

    out = tmp_path / "invoer.xlsx"
    key = EXAMPLE.parent / "inwoners-2025.csv"
    assert main(["new", "afrekening", "--key", str(key), "--year", "2025", "--out", str(out)]) == 0
    with pytest.raises(InputError, match=r"Invoer!D\d+: no voorschot for Asten"):
        load(out)
    members = ["Asten", "Deurne", "Geldrop-Mierlo", "Gemert-Bakel", "Helmond", "Laarbeek", "Someren"]
    changes = {("inv_afr_deelnemers", 1 + i, 3): 1000 * (i + 1) for i in range(len(members))}
    changes.update({("inv_afr_lasten", 1, 0): "personeel", ("inv_afr_lasten", 1, 2): 30000,
                    ("inv_afr_lasten", 1, 3): 31234.56})
    result = load(set_cells(out, tmp_path / "ingevuld.xlsx", changes))
    independent(result)
    assert result.settlement.members == members and result.settlement.year == 2025
    assert result.net_cost == D("31234.56")


def test_new_from_a_begrotingswijziging_takes_its_begroting_and_voorschotten(tmp_path, capsys):
    from pyengine.cli import main
    from pyengine.core.amendment import compute as compute_amendment
    from pyengine.inputs.spec import amendment_from_spec, read_spec

    leerhuis = ROOT / "examples" / "regionaal-leerhuis" / "begrotingswijziging-2021-03.toml"
    out = tmp_path / "afrekening.xlsx"
    assert main(["new", "afrekening", "--from", str(leerhuis), "--out", str(out)]) == 2
    assert "say which year" in capsys.readouterr().err and not out.exists()
    assert main(["new", "afrekening", "--from", str(leerhuis), "--year", "2022", "--out", str(out)]) == 0
    amendment = compute_amendment(amendment_from_spec(read_spec(leerhuis)))
    year = amendment.years[1].exact
    lasten_rows = {}
    import openpyxl

    book = openpyxl.load_workbook(out)
    for name in ("inv_afr_lasten", "inv_afr_deelnemers"):
        (sheet, ref), = list(book.defined_names[name].destinations)
        lasten_rows[name] = [r for r in book[sheet][ref.replace("$", "")] if r[0].value][1:]
    personeel = next(r for r in lasten_rows["inv_afr_lasten"] if r[0].value == "personeelskosten")
    assert D(str(personeel[2].value)) == year["personeelskosten"][2] and personeel[3].value is None
    voorschot = {r[0].value: D(str(r[3].value)) for r in lasten_rows["inv_afr_deelnemers"]}
    assert voorschot["Hilversum"] == -year["lid:Hilversum"][2]
    assert sum(voorschot.values()) == -year["gemeentelijke_bijdrage"][2]
    with pytest.raises(InputError, match=r"Invoer!D\d+: no realisatie"):
        load(out)



def test_new_from_a_produced_begrotingswijziging_gives_what_its_spec_gives(tmp_path):
    """Issue 22 point 1: --from takes the produced begrotingswijziging as well as its spec, with the same figures."""
    import openpyxl
    import pyengine
    from pyengine.cli import main

    leerhuis = ROOT / "examples" / "regionaal-leerhuis" / "begrotingswijziging-2021-03.toml"
    produced = pyengine.generate([leerhuis], tmp_path / "uit")[0].path
    for source, out in ((leerhuis, tmp_path / "van-spec.xlsx"), (produced, tmp_path / "van-werkmap.xlsx")):
        assert main(["new", "afrekening", "--from", str(source), "--year", "2022", "--out", str(out)]) == 0

    def figures(path: Path) -> dict:
        book = openpyxl.load_workbook(path)
        found = {}
        for name in ("inv_afr_lasten", "inv_afr_baten", "inv_afr_deelnemers"):
            (sheet, ref), = list(book.defined_names[name].destinations)
            found[name] = [[c.value for c in row] for row in book[sheet][ref.replace("$", "")] if row[0].value]
        return found

    from_spec, from_workbook = figures(tmp_path / "van-spec.xlsx"), figures(tmp_path / "van-werkmap.xlsx")
    assert len(from_spec["inv_afr_deelnemers"]) > 5 and len(from_spec["inv_afr_lasten"]) > 3
    assert from_workbook == from_spec

def test_the_input_workbook_audits_and_is_byte_identical(tmp_path):
    from pyengine.cli import main

    a, b = tmp_path / "a.xlsx", tmp_path / "b.xlsx"
    key = EXAMPLE.parent / "inwoners-2025.csv"
    for out in (a, b):
        assert main(["new", "afrekening", "--key", str(key), "--year", "2025", "--out", str(out)]) == 0
    assert a.read_bytes() == b.read_bytes()
    assert_clean_package(a)


@needs_libreoffice
def test_the_printed_afrekening_and_a_letter_audit_clean(letters):
    from pyengine.audit import audit
    from pyengine.pdf import print_pdfs

    out, results = letters
    paths = [results[0].path, next(r.path for r in results if r.member == "Helmond")]
    printed = print_pdfs(paths)
    assert [p.status for p in printed] == ["written", "written"], printed
    for p in printed:
        report = audit(p.path)
        assert report.findings == () and report.verdict == "clean", (p.path.name, report.findings, report.unverified)


def test_a_typo_of_a_gemeente_in_an_afrekening_is_refused_at_its_cell_and_nothing_is_written(tmp_path, capsys):
    """As the meerjarenraming and the sleutelvergelijking refuse it (e71, new user's officer's year): the
    afrekening wrote brief-uitgest.xlsx 'van de gemeente Uitgest'."""
    from pyengine.cli import main

    edited = set_cells(EXAMPLE_XLSX, tmp_path / "spel.xlsx", {("inv_afr_deelnemers", 2, 0): "Deurn"})
    with pytest.raises(InputError) as error:
        load(edited)
    assert str(error.value).splitlines() == [
        "spel.xlsx, Invoer!A75: 'Deurn' is no gemeente of 2025; did you mean 'Deurne'? (a member that is not a "
        "gemeente needs a name that is not this close to one)"]
    # the spec names the weight's field; 'Bergen NH' is not CBS's name (it was taken for Bergen (NH.) by its
    # letters, and a key of another year that writes 'Bergen (NH.)' then had a member more)
    path = spec_file(tmp_path, SPEC.replace("Deurne", "Deurn").replace("Asten", '"Bergen NH"'))
    with pytest.raises(InputError) as error:
        load(path)
    assert str(error.value).splitlines() == [
        "afrekening.toml [verdeelsleutel.gewichten] Deurn: 'Deurn' is no gemeente of 2025; did you mean 'Deurne'? "
        "(a member that is not a gemeente needs a name that is not this close to one)",
        "afrekening.toml [verdeelsleutel.gewichten] \"Bergen NH\": 'Bergen NH' is no gemeente of 2025; did you mean "
        "'Bergen (NH.)'? (a member that is not a gemeente needs a name that is not this close to one)"]
    out = tmp_path / "uit"
    assert main(["--lang", "nl", "generate", str(edited), "--per-member", "--out", str(out)]) == 1
    assert ("spel.xlsx, Invoer!A75: 'Deurn' is geen gemeente van 2025; bedoelt u 'Deurne'?"
            in capsys.readouterr().out)
    assert not out.exists()
