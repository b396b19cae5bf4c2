"""The stated number conventions: a key reads back the same in every form; awkward but valid files are read."""

from __future__ import annotations

import shutil
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import pyengine
from pyengine import InputError
from pyengine.bulk import WRITTEN
from pyengine.core.amendment import compute
from pyengine.core.members import identity, without_diacritics
from pyengine.inputs.numbers import NumberError, parse_number
from pyengine.inputs.rates import read_rates
from pyengine.inputs.spec import amendment_from_document, amendment_from_spec, read_key, read_spec

ROOT = Path(__file__).resolve().parent.parent
LEERHUIS = ROOT / "examples" / "regionaal-leerhuis" / "begrotingswijziging-2021-03.toml"


def dutch(weight: Decimal, thousands: bool) -> str:
    """1234567.5 -> '1.234.567,5' (or '1234567,5' without thousands separators)."""
    sign = "-" if weight < 0 else ""
    whole, _, fraction = f"{abs(weight):f}".partition(".")
    if thousands:
        groups = []
        while len(whole) > 3:
            groups.insert(0, whole[-3:])
            whole = whole[:-3]
        whole = ".".join([whole, *groups])
    return sign + whole + ("," + fraction if fraction else "")


weights = st.decimals(min_value=0, max_value=10**9, places=2, allow_nan=False, allow_infinity=False)
names = st.text(alphabet="abcdefghijklmnopqrstuvwxyzé '-", min_size=1, max_size=20).map(str.strip).filter(
    lambda n: n and not n.startswith(("-", "'")))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.dictionaries(names, weights, min_size=1, max_size=12).filter(lambda d: any(d.values())).filter(
    # two names that differ only by accents are refused as one member written twice (test_member_identity)
    lambda d: len({without_diacritics(identity(n)) for n in d}) == len(d)))
def test_a_key_reads_back_the_same_in_every_form(tmp_path_factory, key):
    folder = tmp_path_factory.mktemp("key")
    members = [(f"Gemeente {name}", weight) for name, weight in key.items()]
    expected = [weight for _, weight in members]
    forms = {
        "nl-thousands.csv": "gemeente;inwoners\n" + "".join(f"{n};{dutch(w, True)}\n" for n, w in members),
        "nl-plain.csv": "gemeente;inwoners\n" + "".join(f"{n};{dutch(w, False)}\n" for n, w in members),
        "dot.csv": "gemeente,inwoners\n" + "".join(f"{n},{w:f}\n" for n, w in members),
        "dot-spaces.csv": "gemeente,inwoners\n" + "".join(f"{n},{dutch(w, True).replace('.', ' ').replace(',', '.')}\n"
                                                        for n, w in members),
    }
    read = {}
    for name, text in forms.items():
        (folder / name).write_text(text, encoding="utf-8")
        read[name] = read_key(folder / name)
    workbook = openpyxl.Workbook()
    workbook.active.append(["gemeente", "inwoners"])
    for n, w in members:
        workbook.active.append([n, float(w)])  # what Excel stores: a double, read back by its shortest repr
    workbook.save(folder / "key.xlsx")
    read["key.xlsx"] = read_key(folder / "key.xlsx")
    for name, result in read.items():
        assert result.names == [n for n, _ in members], name
        assert result.weights == expected, name


@given(st.decimals(min_value=-10**12, max_value=10**12, places=2, allow_nan=False, allow_infinity=False),
       st.booleans())
def test_the_dutch_convention_reads_what_dutch_excel_writes(number, thousands):
    assert parse_number(dutch(number, thousands), "nl") == number


@pytest.mark.parametrize("text, convention, value", [
    ("5.952", "nl", "5952"), ("1.010,5", "nl", "1010.5"), ("4,7", "nl", "4.7"), ("11 867", "nl", "11867"),
    ("12\u00a0093", "dot", "12093"), ("4.7", "dot", "4.7"), ("5.952", "dot", "5.952"), ("3_416_000", "spec", "3416000"),
    ("0.132", "spec", "0.132"), ("-27000", "cell", "-27000"),
])
def test_conventions(text, convention, value):
    assert parse_number(text, convention) == Decimal(value)


@pytest.mark.parametrize("text, convention", [
    ("5.95", "nl"), ("0.500", "nl"), ("1.2345", "nl"), ("5,952", "dot"), ("1,5", "spec"), ("25.000", "spec"),
    ("5.952", "cell"), ("1e3", "dot"), ("€ 5", "nl"), ("5%", "dot"), ("", "nl"), ("1234567890123456", "dot"),
])
def test_ambiguous_or_foreign_numbers_are_refused(text, convention):
    with pytest.raises(NumberError):
        parse_number(text, convention)


def test_a_dutch_whole_amount_may_end_in_comma_dash():
    """'180.000,-' is how a Dutch budget writes EUR 180.000: only Dutch, so read so in a semicolon CSV and as text
    in a cell; a comma CSV or a spec does not know the form."""
    for text, value in [("180.000,-", 180000), ("180.000,--", 180000), ("-1.250,-", -1250), ("25,-", 25),
                        ("1 250,-", 1250)]:
        assert parse_number(text, "nl") == parse_number(text, "cell") == Decimal(value)
    for text, convention in [("180.000,-", "dot"), ("180.000,-", "spec"), ("18.00,-", "nl"), ("1,5,-", "nl"),
                             (",-", "nl"), ("0.500,-", "cell")]:
        with pytest.raises(NumberError):
            parse_number(text, convention)


def test_ambiguous_groups_are_found_in_both_conventions():
    from pyengine.inputs.numbers import ambiguous_grouping

    assert ambiguous_grouping(["932", "5.952"]) == (1, 0)
    assert ambiguous_grouping(["5.952", "4.7"]) is None  # decimals only: the comma CSV's own form
    assert ambiguous_grouping(["125.778", "51,950"], "nl") == (1, 0)
    assert ambiguous_grouping(["932", "51,950"], "nl") == (1, 0)
    assert ambiguous_grouping(["0,125", "932"], "nl") is None  # a group never starts with 0: a decimal
    assert ambiguous_grouping(["4,7", "51,95", "12,500"], "nl") is None  # decimals beside decimals
    assert ambiguous_grouping(["1.010,5", "51,950"], "nl") is None


# --- the misreads of issue 10, now right ---------------------------------------------------------------

def test_dutch_thousands_in_a_semicolon_key_are_thousands(tmp_path):
    """'Gooise Meren;5.952' is 5952 inhabitants: Eemnes pays EUR 932, not EUR 26,265."""
    for sibling in LEERHUIS.parent.iterdir():
        shutil.copy(sibling, tmp_path / sibling.name)
    (tmp_path / "verdeelsleutel.csv").write_text(
        "gemeente;bijdrage_2020\nBlaricum;1.010\nEemnes;932\nGooise Meren;5.952\nHilversum;9.220\nHuizen;4.343\n"
        "Laren;1.150\nWeesp;1.950\nWijdemeren;2.443\n", encoding="cp1252")
    result = compute(amendment_from_spec(read_spec(tmp_path / LEERHUIS.name)))
    assert result.years[0].exact["lid:Eemnes"][1] == Decimal("-932.00")
    assert result.years[0].exact["lid:Gooise Meren"][1] == Decimal("-5952.00")


def test_holland_rijnland_decimal_commas_are_read(tmp_path):
    key = read_key(ROOT / "examples" / "holland-rijnland" / "jeugdhulpbudget-2017.csv", column="inbrengpercentage")
    assert key.weights[:3] == [Decimal("4.7"), Decimal("5.3"), Decimal("0.8")]


# --- awkward but valid files ----------------------------------------------------------------------------

def test_cbs_export_with_title_and_footer_lines(tmp_path):
    export = tmp_path / "bevolking.csv"
    export.write_text(
        '"Bevolkingsontwikkeling; regio per maand"\n"Regio\'s";"Perioden";"Bevolking aan het einde (aantal)"\n'
        '"Blaricum";"2024";"12 093"\n"Eemnes";"2024";"9 599"\n"Bronckhorst";"2024";"37 010"\n\n"Bron: CBS"\n',
        encoding="utf-8")
    key = read_key(export)
    assert key.names == ["Blaricum", "Eemnes", "Bronckhorst"]
    assert key.weights == [Decimal(12093), Decimal(9599), Decimal(37010)]


def test_windows_1252_key_with_bom_less_accents(tmp_path):
    path = tmp_path / "sleutel.csv"
    path.write_bytes("gemeente;inwoners\nSúdwest-Fryslân;90.000\n's-Hertogenbosch;157.486\n".encode("cp1252"))
    key = read_key(path)
    assert key.names == ["Súdwest-Fryslân", "'s-Hertogenbosch"] and key.weights == [Decimal(90000), Decimal(157486)]


def test_utf8_bom_and_crlf(tmp_path):
    path = tmp_path / "sleutel.csv"
    path.write_bytes("\ufeffgemeente,inwoners\r\nLeudal,35896\r\nWeert,50122\r\n".encode("utf-8"))
    assert read_key(path).weights == [Decimal(35896), Decimal(50122)]


def test_xlsx_key_with_title_and_blank_rows_above_the_header(tmp_path):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Inwoners per gemeente, 1 januari 2024"])
    sheet.append([])
    sheet.append(["Gemeente", "Inwoners"])
    sheet.append(["Leudal", 35896])
    sheet.append(["Weert", 50122.0])
    sheet.append([])
    workbook.save(tmp_path / "sleutel.xlsx")
    key = read_key(tmp_path / "sleutel.xlsx")
    assert key.names == ["Leudal", "Weert"] and key.weights == [Decimal(35896), Decimal(50122)]


def test_latin1_rates_file(tmp_path):
    path = tmp_path / "tarieven.csv"
    path.write_bytes("schaal;kosten_per_fte;toelichting\n10;80.000;Beleidsmedewerker één\n11;90.500,50;\n"
                     .encode("latin-1"))
    rates = read_rates(path)
    assert rates.rate(10) == Decimal(80000) and rates.rate(11) == Decimal("90500.50")


def test_inline_weights_and_rates_in_a_document(tmp_path):
    """The inline forms the Excel input workbook uses: [verdeelsleutel] gewichten and [tarieven] tarieven."""
    from pyengine.core.costs import compute_costs
    from pyengine.inputs.spec import TomlLocator, costs_from_document

    document = {
        "soort": "kostenverdeling", "algemeen": {"titel": "Inline", "jaren": [2024], "decimalen": 0},
        "tarieven": {"tarieven": {"10": 80000, "11": "90_000"}},
        "formatie": [{"functie": "Beleid", "schaal": 11, "fte": "0.5"}, {"functie": "Control", "schaal": 10, "fte": 1}],
        "onvoorzien": {"percentage": 0},
        "verdeelsleutel": {"gewichten": {"Leudal": 36, "Nederweert": "16", "Weert": 48.0}},
    }
    result = compute_costs(costs_from_document(document, TomlLocator("invoer.xlsx", document), tmp_path))
    assert result.total == (Decimal("125000.00"),)
    assert result.shares[0] == {"Leudal": Decimal(45000), "Nederweert": Decimal(20000), "Weert": Decimal(60000)}


def test_document_errors_use_the_callers_locator(tmp_path):
    class Cells:
        def where(self, path):
            return {("algemeen",): "Algemeen", ("algemeen", "jaren"): "Algemeen!C5"}.get(tuple(path), f"Invoer {path}")

    document = {"soort": "begrotingswijziging", "algemeen": {"nummer": "1", "titel": "t", "jaren": 2021},
                "begroting": {}, "wijziging": {}}
    with pytest.raises(InputError, match=r"^Algemeen!C5: must be a list such as \[2021, 2022\], got whole number 2021$"):
        amendment_from_document(document, Cells(), tmp_path)


def test_generate_accepts_one_path_as_str_and_path(tmp_path):
    for one in (str(LEERHUIS.parent), LEERHUIS):
        out = tmp_path / f"out-{type(one).__name__}"
        results = pyengine.generate(one, out)
        assert [r.status for r in results] == [WRITTEN]


def test_api_misuse_raises_input_error(tmp_path):
    with pytest.raises(InputError, match="no specs"):
        pyengine.generate(tmp_path, tmp_path / "out")
    with pytest.raises(InputError, match="jobs must be at least 1"):
        pyengine.generate(LEERHUIS, tmp_path / "out", jobs=0)
    (tmp_path / "bestand").write_text("x", encoding="utf-8")
    with pytest.raises(InputError, match="is a file, not a folder"):
        pyengine.generate(LEERHUIS, tmp_path / "bestand" / "out")
    assert not (tmp_path / "out").exists()


def test_output_folder_not_writable(tmp_path, monkeypatch):
    import os

    monkeypatch.setattr(os, "access", lambda path, mode: False)
    with pytest.raises(InputError, match=r"output folder .* is not writable \(it would be made in "):
        pyengine.generate(LEERHUIS, tmp_path / "nieuw" / "out")


def test_key_option_says_which_members_were_added_and_dropped(tmp_path):
    key = tmp_path / "nieuw.csv"
    key.write_text("gemeente,inwoners\nBlaricum,1\nEemnes,2\nAmsterdam,3\n", encoding="utf-8")
    results = pyengine.generate(LEERHUIS, tmp_path / "out", key=key)
    main = next(r for r in results if r.kind == "begrotingswijziging")
    assert main.status == WRITTEN
    assert "added 1 member(s) (Amsterdam)" in main.note
    assert "dropped 6 member(s) (Gooise Meren, Hilversum, Huizen, Laren, Weesp, Wijdemeren)" in main.note
    assert "split again by the new key" in main.note
    same = tmp_path / "zelfde.csv"
    shutil.copy(LEERHUIS.parent / "verdeelsleutel.csv", same)
    again = pyengine.generate(LEERHUIS, tmp_path / "out2", key=same)
    assert again[0].note == ""


# --- no input makes the readers fail other than with a located InputError ------------------------------

@given(st.text(max_size=30), st.sampled_from(["nl", "dot", "spec", "cell"]))
def test_the_number_reader_answers_every_text(text, convention):
    try:
        number = parse_number(text, convention)
    except NumberError:
        return
    assert number.is_finite() and len(number.as_tuple().digits) <= 40


csv_lines = st.lists(st.text(alphabet="gemeninwor;,.\"' 0123456789\n\r-€%é\x00", max_size=40), max_size=8)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(csv_lines, st.sampled_from(["utf-8", "cp1252", "utf-16"]))
def test_any_csv_gives_a_key_or_located_messages(tmp_path_factory, lines, encoding):
    """A key or its problems, one located line each (every bad row at once: several lines, each naming the file)."""
    path = tmp_path_factory.mktemp("fuzz") / "sleutel.csv"
    path.write_bytes(("gemeente;inwoners\n" + "\n".join(lines)).encode(encoding, errors="replace"))
    try:
        key = read_key(path)
    except InputError as error:
        problems = str(error).split("\n")
        assert all(line.startswith("sleutel.csv") for line in problems) and len(set(problems)) == len(problems)
        return
    assert all(w >= 0 for w in key.weights) and len(set(key.names)) == len(key.names)
