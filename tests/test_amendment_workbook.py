import shutil
import zipfile
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import openpyxl
import pandas as pd
import pytest
from hypothesis import given, settings, strategies as st

from pyengine import InputError, TemplateError
from pyengine.core.amendment import Amendment, LINE_CODES, compute
from pyengine.core.keys import Key
from pyengine.core.presentation import foots
from pyengine.render.amendment_workbook import TEMPLATE, render_amendment
from pyengine.inputs.spec import amendment_from_spec, read_spec

from workbook_checks import assert_clean_package, controles, formula_cells

ROOT = Path(__file__).resolve().parent.parent
LEERHUIS = ROOT / "examples" / "regionaal-leerhuis" / "begrotingswijziging-2021-03.toml"


@pytest.fixture(scope="module")
def leerhuis(tmp_path_factory):
    result = compute(amendment_from_spec(read_spec(LEERHUIS)))
    path = tmp_path_factory.mktemp("wb") / "leerhuis.xlsx"
    path.write_bytes(render_amendment(result))
    return result, path


def shown_table(path):
    """The Begrotingswijziging table as {label: [13 figures]}, read by pandas with calamine."""
    frame = pd.read_excel(path, sheet_name="Begrotingswijziging", header=None, engine="calamine")
    table = {}
    for _, row in frame.iterrows():
        label = row.iloc[0]
        values = list(row.iloc[1:13])
        if isinstance(label, str) and all(isinstance(v, (int, float)) and v == v for v in values):
            table[label] = [int(v) for v in values]
    return table


def test_seed000_years_in_order_and_every_total_foots(leerhuis):
    _, path = leerhuis
    frame = pd.read_excel(path, sheet_name="Begrotingswijziging", header=None, engine="calamine")
    year_row = next(r for _, r in frame.iterrows() if r.iloc[1] == 2021)
    assert [int(v) for v in year_row.iloc[1:13]] == [2021] * 3 + [2022] * 3 + [2023] * 3 + [2024] * 3
    t = shown_table(path)
    for g in range(4):  # each year group: begroting + wijziging = bijgesteld, on every row
        for label, v in t.items():
            assert v[3 * g] + v[3 * g + 1] == v[3 * g + 2], (label, g)
    for c in range(12):
        col = lambda label: t.get(label, [0] * 12)[c]  # noqa: E731  (a line 0 everywhere is left out)
        lasten = ["Personeelskosten", "Kapitaallasten", "Materiële kosten", "Totaal overhead",
                  "Dotatie aan voorzieningen"]
        assert col("Totaal overhead") == col("Overhead-primair proces") + col("Overhead-Regio")
        assert col("Totaal lasten") == sum(col(x) for x in lasten)
        baten = ["Totaal gemeentelijke bijdrage", "Bijdrage centrumgemeente", "Rijksbijdrage",
                 "Bijdragen derden", "Overige baten", "Onttrekking uit voorziening"]
        assert col("Totaal baten") == sum(col(x) for x in baten)
        assert col("Saldo van baten en lasten") == col("Totaal lasten") + col("Totaal baten")
        assert col("Totaal mutatie reserves") == col("Dotatie bestemmingsreserve(s)") + col("Onttrekking bestemmingsreserve(s)")
        assert col("Saldo") == col("Saldo van baten en lasten") + col("Totaal mutatie reserves") == 0
        members = ["Blaricum", "Eemnes", "Gooise Meren", "Hilversum", "Huizen", "Laren", "Weesp", "Wijdemeren"]
        assert sum(col(m) for m in members) == col("Totaal gemeentelijke bijdrage")
        assert col("Totaal bijdragen") == sum(col(m) for m in members) + col("Hilversum (centrumgem)")
    for g in range(4):  # the 27 (thousand) is split into contributions that add up to -27, not -26
        assert sum(t[m][3 * g + 1] for m in ["Blaricum", "Eemnes", "Gooise Meren", "Hilversum", "Huizen", "Laren",
                                              "Weesp", "Wijdemeren"]) == -27


def test_every_formula_has_a_value_no_macros_no_links_no_udfs(leerhuis):
    _, path = leerhuis
    assert_clean_package(path)
    assert len(formula_cells(path)) > 500


def test_all_controles_true_and_master_check(leerhuis):
    _, path = leerhuis
    rows = controles(path)
    assert len(rows) >= 20
    assert all(value is True for _, value in rows), [r for r in rows if r[1] is not True]
    master = openpyxl.load_workbook(path, data_only=True).defined_names["Hoofdcontrole"]
    assert master is not None


def test_exact_euros_and_allocation_match_the_engine(leerhuis):
    result, path = leerhuis
    workbook = openpyxl.load_workbook(path, data_only=True)
    sheet = workbook["Berekening"]
    rows = list(sheet.iter_rows(values_only=True))
    header = next(i for i, row in enumerate(rows) if "Aandeel (euro)" in row)  # the first year's split
    column = rows[header].index("Aandeel (euro)")
    shares = {row[0]: Decimal(repr(row[column])) for row in rows[header + 1: header + 1 + 8]}
    assert list(shares) == list(result.amendment.member_begroting)
    for name, share in shares.items():
        assert share == result.member_wijziging(name)[0]
    assert sum(shares.values()) == -27000


def test_same_input_gives_identical_bytes(leerhuis):
    result, path = leerhuis
    assert render_amendment(result) == path.read_bytes()
    again = compute(amendment_from_spec(read_spec(LEERHUIS)))
    assert render_amendment(again) == path.read_bytes()


def test_user_text_that_looks_like_a_formula_stays_text(tmp_path):
    spec = LEERHUIS.read_text(encoding="utf-8").replace('titel = "Regionaal Leerhuis"',
                                                       'titel = "=HYPERLINK(\\"http://evil\\";\\"klik\\")"')
    spec = spec.replace('"Gooise Meren" =', '"=1+1" =')
    key = (LEERHUIS.parent / "verdeelsleutel.csv").read_text(encoding="utf-8").replace("Gooise Meren", "=1+1")
    (tmp_path / "verdeelsleutel.csv").write_text(key, encoding="utf-8")
    (tmp_path / "spec.toml").write_text(spec, encoding="utf-8")
    path = tmp_path / "out.xlsx"
    path.write_bytes(render_amendment(compute(amendment_from_spec(read_spec(tmp_path / "spec.toml")))))
    assert all("HYPERLINK" not in text and text != "1+1" for _, _, text, _ in formula_cells(path))
    values = [c.value for row in openpyxl.load_workbook(path)["Invoer"].iter_rows() for c in row]
    assert '=HYPERLINK("http://evil";"klik")' in values and "=1+1" in values


def test_restyled_template_with_moved_blocks_and_other_fonts(tmp_path, leerhuis):
    result, _ = leerhuis
    workbook = openpyxl.load_workbook(TEMPLATE)
    workbook.defined_names["bw_tabel"].attr_text = "'Begrotingswijziging'!$C$15"
    workbook.defined_names["ctl_start"].attr_text = "'Controles'!$B$3"
    opmaak = workbook["Opmaak"]
    for row in opmaak.iter_rows(min_row=3):
        if row[0].value == "bedrag":
            row[1].font = openpyxl.styles.Font(name="Courier New", size=9, color="FF0000")
        if row[3].value == "bijgesteld":
            row[4].value = "Na wijziging"
    workbook["Begrotingswijziging"]["H1"] = "Huisstijl: Regio Voorbeeld"
    workbook["Begrotingswijziging"].column_dimensions["C"].width = 50
    from PIL import Image as Picture

    logo = tmp_path / "logo.png"
    Picture.new("RGB", (120, 40), (0, 90, 160)).save(logo)
    workbook["Begrotingswijziging"].add_image(openpyxl.drawing.image.Image(str(logo)), "J1")
    restyled = tmp_path / "huisstijl.xlsx"
    workbook.save(restyled)
    path = tmp_path / "out.xlsx"
    path.write_bytes(render_amendment(result, restyled))
    out = openpyxl.load_workbook(path)
    sheet = out["Begrotingswijziging"]
    assert sheet["D16"].value == "Begroting" and sheet["F16"].value == "Na wijziging"
    assert sheet["C18"].value == "LASTEN *"
    amount = sheet["D19"]
    assert amount.font.name == "Courier New" and amount.font.color.rgb.endswith("FF0000")
    assert sheet["H1"].value == "Huisstijl: Regio Voorbeeld"  # the template's own content is kept
    assert sheet.column_dimensions["C"].width == 50
    assert len(sheet._images) == 1 and (sheet._images[0].anchor._from.col, sheet._images[0].anchor._from.row) == (9, 0)
    assert sheet._images[0]._data() == logo.read_bytes()  # the logo, byte for byte
    assert_clean_package(path)
    assert render_amendment(result, restyled) == path.read_bytes()
    assert out["Controles"]["B3"].value == "Controles"
    assert all(v is True for _, v in controles(path))
    assert "Opmaak" not in out.sheetnames


def test_template_without_a_required_name_or_with_macros_is_refused(tmp_path, leerhuis):
    result, _ = leerhuis
    workbook = openpyxl.load_workbook(TEMPLATE)
    del workbook.defined_names["bw_tabel"]
    broken = tmp_path / "kapot.xlsx"
    workbook.save(broken)
    with pytest.raises(TemplateError, match="required defined name.s. missing: bw_tabel"):
        render_amendment(result, broken)
    macro = tmp_path / "met_macro.xlsm"
    shutil.copy(TEMPLATE, macro)
    with pytest.raises(TemplateError, match="without macros"):
        render_amendment(result, macro)
    sneaky = tmp_path / "sneaky.xlsx"
    with zipfile.ZipFile(TEMPLATE) as source, zipfile.ZipFile(sneaky, "w") as target:
        for item in source.infolist():
            target.writestr(item, source.read(item))
        target.writestr("xl/vbaProject.bin", b"\x00")
    with pytest.raises(TemplateError, match="contains macros"):
        render_amendment(result, sneaky)


def test_spec_errors_name_the_file_and_field(tmp_path):
    good = LEERHUIS.read_text(encoding="utf-8")
    shutil.copy(LEERHUIS.parent / "verdeelsleutel.csv", tmp_path / "verdeelsleutel.csv")
    cases = [
        (good.replace("jaren = [2021, 2022, 2023, 2024]", "jaren = [2021, 2023, 2022]"),
         r"spec.toml \[algemeen\] jaren: the years must be increasing"),
        (good.replace("personeelskosten         = [3_416_000, 3_142_000, 3_061_300, 3_061_300]",
                      "personeelskosten = [3_416_000, 3_142_000]"),
         r"spec.toml \[begroting\] personeelskosten: 2 figure\(s\) for 4 year\(s\)"),
        (good.replace("Eemnes         = [-14_000", "Eemnes         = [-15_000"),
         r"spec.toml: bijdrage_gemeente 2021: the members' begroting adds up to EUR -3,795,000.00"),
        (good.replace("rijksbijdrage            = [-138_000", "rijksbijdrage = [\"veel\""),
         r"spec.toml \[begroting\] rijksbijdrage: figure 1 \(2021\): 'veel' is not a number"),
        (good.replace("[wijziging]", "[wijziging]\nfoo = 1"), r"spec.toml \[wijziging\]: unknown field 'foo' \(known: personeelskosten"),
        (good.replace('kolom = "bijdrage_2020"', 'kolom = "inwoners"'),
         r"\[verdeelsleutel\] kolom: verdeelsleutel.csv: no column 'inwoners'"),
        (good + "\n[[", r"spec.toml: TOML syntax error"),
    ]
    for text, message in cases:
        (tmp_path / "spec.toml").write_text(text, encoding="utf-8")
        with pytest.raises(InputError, match=message):
            amendment_from_spec(read_spec(tmp_path / "spec.toml"))
    (tmp_path / "verdeelsleutel.csv").write_text("gemeente,bijdrage_2020\nBlaricum,-5\n", encoding="utf-8")
    (tmp_path / "spec.toml").write_text(good, encoding="utf-8")
    with pytest.raises(InputError, match=r"verdeelsleutel.csv, row 2, column 'bijdrage_2020': the weight is negative"):
        amendment_from_spec(read_spec(tmp_path / "spec.toml"))


# ---- controlled rounding over many random amendments ------------------------------------------

money = st.integers(min_value=-5_000_000_00, max_value=5_000_000_00).map(lambda c: Decimal(c) / 100)


@settings(max_examples=120, deadline=None)
@given(st.data())
def test_property_every_random_amendment_table_foots_within_one_unit(data):
    years = tuple(range(2021, 2021 + data.draw(st.integers(1, 3))))
    n = data.draw(st.integers(1, 12))
    names = [f"Gemeente {i}" for i in range(n)]
    lines = {code: tuple((data.draw(money), data.draw(money)) for _ in years) for code in LINE_CODES}
    member_b = {name: tuple(data.draw(money) for _ in years) for name in names}
    lines["gemeentelijke_bijdrage"] = tuple(
        (sum((member_b[m][y] for m in names), Decimal(0)), lines["gemeentelijke_bijdrage"][y][1]) for y in range(len(years)))
    weights = {name: data.draw(st.integers(0, 10**6)) for name in names}
    if not any(weights.values()):
        weights[names[0]] = 1
    key = Key.from_mapping(weights)
    unit = data.draw(st.sampled_from([1, 1000, 100000]))
    result = compute(Amendment("x", "t", "o", years, lines, member_b, (key,) * len(years), unit=unit))
    assert result.all_passed, [c for c in result.checks if not c.passed]
    for year in result.years:
        assert not foots(result.tree, year.rounded.shown)
        for key_, shown in year.rounded.shown.items():
            for s, e in zip(shown, year.exact[key_]):
                assert abs(Fraction(s) - Fraction(e) / unit) < 1


def test_baten_written_positive_are_shown_positive_and_still_foot(tmp_path):
    from pyengine.audit import audit

    text = LEERHUIS.read_text(encoding="utf-8").replace("baten_negatief = true", "baten_negatief = false")
    baten = ("gemeentelijke_bijdrage", "centrumgemeente_bijdrage", "rijksbijdrage", "bijdragen_derden")
    lines, section = [], ""
    for line in text.splitlines():
        if line.startswith("["):
            section = line
        name = line.split("=")[0].strip().strip('"')
        if "=" in line and not line.startswith("#") and (section.startswith("[bijdrage_gemeente]") or name in baten):
            head, values = line.split("=", 1)
            line = head + "=" + values.replace("-", "")
        lines.append(line)
    (tmp_path / "spec.toml").write_text("\n".join(lines), encoding="utf-8")
    shutil.copy(LEERHUIS.parent / "verdeelsleutel.csv", tmp_path)
    path = tmp_path / "positief.xlsx"
    path.write_bytes(render_amendment(compute(amendment_from_spec(read_spec(tmp_path / "spec.toml")))))
    t = shown_table(path)
    assert t["Totaal baten"][:3] == [6531, 27, 6558]
    assert t["Saldo van baten en lasten"][:3] == [28, 0, 28]
    assert sum(t[m][1] for m in ["Blaricum", "Eemnes", "Gooise Meren", "Hilversum", "Huizen", "Laren", "Weesp",
                                 "Wijdemeren"]) == 27
    assert all(v is True for _, v in controles(path))
    _, findings, notes, _ = audit(path)
    assert findings == () and "baten are printed as positive numbers" in notes[0]
