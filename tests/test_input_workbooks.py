"""Input workbooks: the seed systems as workbooks give the TOML figures, bad cells are named, pyengine new."""

import os
import re
import shutil
import subprocess
import tomllib
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st
from python_calamine import CalamineWorkbook

import pyengine
from pyengine.bulk import FAILED, WRITTEN, collect_specs
from pyengine.cli import main as cli_main
from pyengine.core.amendment import LINE_CODES, compute
from pyengine.errors import InputError
from pyengine.inputs.spec import amendment_from_spec, read_spec
from pyengine.inputs.workbook_cells import convert
from pyengine.inputs.workbook_spec import is_spec_workbook, load_any_spec, load_workbook_spec, read_document
from pyengine.render.input_workbook import write_workbook
from pyengine.new import new_workbook
from test_bad_inputs import failed_lines
from test_verify import needs_libreoffice

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
SEEDS = {
    "regionaal-leerhuis/begrotingswijziging-2021-03.toml": "begrotingswijziging",
    "midden-limburg-west/kostenverdeling-2018-2022.toml": "kostenverdeling",
    "holland-rijnland/projectbegroting-jeugd-2018.toml": "kostenverdeling",
}
HAVE_LIBREOFFICE = bool(shutil.which("soffice") or shutil.which("libreoffice"))
HEX64 = re.compile(r"[0-9a-f]{64}")


def workbook_of(spec: str) -> Path:
    folder, name = spec.split("/")
    return EXAMPLES / "invoer" / folder / (Path(name).stem + ".xlsx")


def cell_values(path: Path, spec_name: str) -> dict:
    """Every sheet's values read by python-calamine; the input's own file name and hashes neutralised."""
    book = CalamineWorkbook.from_path(str(path))
    stem = Path(spec_name).stem
    values = {}
    for sheet in book.sheet_names:
        for r, row in enumerate(book.get_sheet_by_name(sheet).to_python()):
            for c, value in enumerate(row):
                if isinstance(value, str):
                    value = HEX64.sub("<sha>", value.replace(f"{stem}.xlsx", "<invoer>").replace(f"{stem}.toml", "<invoer>"))
                    # where inline key weights were given: a TOML section, or the workbook's cells
                    value = re.sub(r"<invoer>(, '?[^!]+'?![A-Z]+\d+(:[A-Z]+\d+)?| \[verdeelsleutel[.\w]*\])",
                                   "<invoer> <sleutel>", value)
                    # weights copied from a key file name it as their bron: "<invoer> <sleutel> (inwoners.csv, ...)"
                    value = re.sub(r"<invoer> <sleutel> \((.*)\)", r"\1", value)
                values[(sheet, r, c)] = value
    return values


@pytest.mark.parametrize("spec", list(SEEDS))
def test_each_seed_as_input_workbook_gives_the_same_workbook_as_its_toml(tmp_path, spec):
    toml = EXAMPLES / spec
    from_toml = pyengine.generate([toml], tmp_path / "toml")
    from_workbook = pyengine.generate([workbook_of(spec)], tmp_path / "xlsx")
    assert [r.status for r in from_toml] == [r.status for r in from_workbook] == [WRITTEN]
    a = cell_values(from_toml[0].path, toml.name)
    b = cell_values(from_workbook[0].path, toml.name)
    assert from_toml[0].path.name == from_workbook[0].path.name
    # Herkomst differs where it must: a key file the spec names was copied into the input workbook (it travels
    # alone), so only the spec's Herkomst lists that file; the Invoer sheets (compared) both name it as the bron
    assert {k: v for k, v in a.items() if k[0] != "Herkomst"} == {k: v for k, v in b.items() if k[0] != "Herkomst"}
    numbers = [v for v in a.values() if isinstance(v, (int, float)) and v]
    assert len(numbers) > 20  # the comparison covered real figures


@pytest.mark.parametrize("spec", list(SEEDS))
def test_the_example_workbooks_are_up_to_date(tmp_path, spec):
    target = workbook_of(spec)
    fresh = tmp_path / target.name
    fresh.write_bytes(new_workbook(SEEDS[spec], target, spec=EXAMPLES / spec))
    assert read_document(target)[0] == read_document(fresh)[0], \
        "run: python xlsx_models/build_input_workbooks.py"


def test_seed_000_figures_from_the_input_workbook():
    kind, amendment = load_workbook_spec(workbook_of("regionaal-leerhuis/begrotingswijziging-2021-03.toml"))
    first = compute(amendment).years[0]
    assert kind == "begrotingswijziging"
    shares = {name: -first.exact[f"lid:{name}"][1] for name in amendment.member_begroting}
    assert shares["Hilversum"] == Decimal("9220.00") and sum(shares.values()) == 27000


def test_the_empty_models_are_input_workbooks_and_name_what_is_missing():
    for kind, missing in (("begrotingswijziging", "Algemeen!B16"), ("kostenverdeling", "Algemeen!B7")):
        model = ROOT / "xlsx_models" / f"invoer-{kind}.xlsx"
        assert is_spec_workbook(model)
        with pytest.raises(InputError) as error:
            load_workbook_spec(model)
        assert str(error.value) == f"{model.name}, {missing}: expected a year such as 2025 (Jaren), got an empty cell"


# --- the officer's path: new -> fill in -> generate ------------------------------------------------

def names(book) -> dict[str, tuple[str, str]]:
    out = {}
    for name, defined in book.defined_names.items():
        sheet, ref = next(defined.destinations)
        out[name] = (sheet, ref.replace("$", "").split(":")[0])
    return out


def put(book, name: str, value, row: int = 0, col: int = 0) -> None:
    sheet, first = names(book)[name]
    cell = book[sheet][first].offset(row, col)
    cell.value = value


def test_officer_makes_seed_000_from_pyengine_new_and_typing(tmp_path):
    """new --key --years, then the figures typed as an officer would (some as Dutch text), then generate."""
    key = tmp_path / "verdeelsleutel.csv"
    shutil.copy(EXAMPLES / "regionaal-leerhuis" / "verdeelsleutel.csv", key)
    invoer = tmp_path / "invoer.xlsx"
    assert cli_main(["new", "begrotingswijziging", "--key", str(key), "--years", "2021-2024", "--out", str(invoer)]) == 0
    book = openpyxl.load_workbook(invoer)
    sheet, first = names(book)["invoer_bijdrage_gemeente"]
    members = [book[sheet][first].offset(r, 0).value for r in range(8)]
    assert members == ["Blaricum", "Eemnes", "Gooise Meren", "Hilversum", "Huizen", "Laren", "Weesp", "Wijdemeren"]
    assert [book[names(book)["invoer_jaren"][0]][names(book)["invoer_jaren"][1]].offset(0, i).value
            for i in range(4)] == [2021, 2022, 2023, 2024]
    spec = tomllib.loads((EXAMPLES / "regionaal-leerhuis" / "begrotingswijziging-2021-03.toml").read_text("utf-8"))
    for field in ("nummer", "titel", "organisatie", "kenmerk", "programma", "onderdeel", "taakveld", "centrumgemeente"):
        put(book, f"invoer_{field}", spec["algemeen"][field])
    put(book, "invoer_vaststelling_door", spec["vaststelling"]["door"])
    assert book[names(book)["invoer_bijdrage"][0]][names(book)["invoer_bijdrage"][1]].value == "ja"
    put(book, "invoer_bijdrage", "nee")  # the seed types its change in gemeentelijke bijdrage itself
    for i, text in enumerate(spec["toelichting"]["tekst"]):
        put(book, "invoer_toelichting", text, row=i)
    for section in ("begroting", "wijziging"):
        for code, value in spec[section].items():
            for y in range(4):
                figure = value[y] if isinstance(value, list) else value
                # every other figure typed as Dutch text, the way it looks on paper
                text = f"{figure:,}".replace(",", ".")  # 3.416.000, the way it looks on paper
                put(book, f"invoer_{section}_{code}", text if y % 2 else figure, col=y)
    for r, member in enumerate(members):
        for y, figure in enumerate(spec["bijdrage_gemeente"][member]):
            put(book, "invoer_bijdrage_gemeente", figure, row=r, col=1 + y)
    book.save(invoer)
    _, typed = load_workbook_spec(invoer)
    expected = amendment_from_spec(read_spec(EXAMPLES / "regionaal-leerhuis" / "begrotingswijziging-2021-03.toml"))
    assert replace(typed, sources=(), keys=()) == replace(expected, sources=(), keys=())
    assert [k.weights for k in typed.keys] == [k.weights for k in expected.keys]
    results = pyengine.generate([invoer], tmp_path / "out")
    assert [r.status for r in results] == [WRITTEN]
    assert cell_values(results[0].path, "invoer.xlsx")[("Begrotingswijziging", 0, 0)] is not None


def test_new_never_overwrites_and_checks_its_arguments(tmp_path, capsys):
    out = tmp_path / "x.xlsx"
    out.write_bytes(b"mine")
    assert cli_main(["new", "kostenverdeling", "--years", "2025", "--out", str(out)]) == 1
    assert capsys.readouterr().out.strip() == f"{out}: exists; not overwritten (choose another --out or remove it first)"
    assert out.read_bytes() == b"mine"
    other = tmp_path / "y.xlsx"
    assert cli_main(["new", "begrotingswijziging", "--from", str(EXAMPLES / list(SEEDS)[1]), "--out", str(other)]) == 1
    assert "is a 'kostenverdeling' spec; use pyengine new kostenverdeling" in capsys.readouterr().out
    assert cli_main(["new", "begrotingswijziging", "--years", "2025-2031", "--out", str(other)]) == 2  # usage
    assert "--years: give 1 to 5 increasing years" in capsys.readouterr().err
    assert cli_main(["new", "kostenverdeling", "--years", "2025", "--from", "a.toml", "--out", str(other)]) == 2
    assert not other.exists()


def test_a_folder_counts_input_workbooks_and_leaves_key_workbooks_alone(tmp_path):
    shutil.copytree(EXAMPLES, tmp_path / "examples")
    folder = tmp_path / "examples" / "invoer" / "holland-rijnland"
    key = openpyxl.Workbook()
    key.active.append(["gemeente", "inwoners"])
    key.active.append(["Leiden", 125000])
    key.save(folder / "sleutel.xlsx")
    (folder / "~$projectbegroting-jeugd-2018.xlsx").write_bytes(b"lock file")
    produced = pyengine.generate([folder], tmp_path / "out")
    assert [r.status for r in produced] == [WRITTEN]
    assert collect_specs([folder]) == [folder / "projectbegroting-jeugd-2018.xlsx"]
    statements = pyengine.generate([EXAMPLES / "regionaal-leerhuis"], tmp_path / "out", per_member=True)
    shutil.copy(statements[1].path, folder / statements[1].path.name)  # a bijdrageoverzicht: not a spec
    shutil.copy(produced[0].path, folder / "terug.xlsx")  # a produced workbook: a spec (the round trip)
    assert collect_specs([folder]) == [folder / "projectbegroting-jeugd-2018.xlsx", folder / "terug.xlsx"]


# --- numbers typed as text -----------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("1.234,5", "1234.5"), ("1234,5", "1234.5"), ("-3.794.000", "-3794000"), ("1.234.567,89", "1234567.89"),
    ("0,132", "0.132"), ("12,50", "12.50"), ("-27.000,00", "-27000.00"), ("11 867", "11867"), ("27000", "27000"),
    ("2.000", "2000"), ("1234,567", "1234.567"),
])
def test_numbers_typed_as_text_follow_the_dutch_key_file_rules(text, expected):
    assert convert(text, "amount") == Decimal(expected)


@pytest.mark.parametrize("text, reason", [
    ("1,234.5", "the Dutch way"), ("1234.5", "the Dutch way"), ("5.95", "the Dutch way"), ("1,234,567", "the Dutch way"),
    ("€ 27.000", "currency"), ("1e5", "exponent"), ("n.v.t.", "got 'n.v.t.'$"), ("12.34.5", "the Dutch way"),
])
def test_foreign_or_ambiguous_number_text_is_refused(text, reason):
    with pytest.raises(ValueError, match=reason):
        convert(text, "amount")


@pytest.mark.parametrize("text, reading", [("5.952", "5952 (a dot between thousands, as in Dutch) or 5.952"),
                                           ("-1.010", "-1010 (a dot between thousands, as in Dutch) or -1.010"),
                                           ("51,950", "51.950 (a decimal comma, as in Dutch) or 51950")])
def test_a_weight_typed_as_text_that_reads_two_ways_is_refused(text, reading):
    """A weight may have three decimals (a share), so '5.952' as text is 5952 or 5.952: never guessed. An amount
    has at most two decimals: '2.000' as an amount can only be 2000 (above)."""
    with pytest.raises(ValueError, match=re.escape(f"typed as text it reads two ways: {reading}")):
        convert(text, "weight")


@pytest.mark.parametrize("text, expected", [("1.234.567", "1234567"), ("1.010,5", "1010.5"), ("5952", "5952"),
                                            ("4,7", "4.7"), ("0,125", "0.125"), ("11 867", "11867")])
def test_a_weight_typed_as_text_that_reads_one_way_is_read(text, expected):
    assert convert(text, "weight") == Decimal(expected)


def test_a_two_way_weight_in_an_input_workbook_is_refused_through_the_cli_naming_its_cell(tmp_path, capsys):
    target = tmp_path / MLW.name
    book = openpyxl.load_workbook(MLW)
    put(book, "invoer_verdeelsleutel_gewichten", "5.952", row=1, col=1)
    book.save(target)
    assert cli_main(["generate", str(target), "--out", str(tmp_path / "out")]) != 0
    captured = capsys.readouterr()
    error = captured.out + captured.err
    assert "Verdeelsleutel!B12: expected a weight (a number), got '5.952' (typed as text it reads two ways" in error
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").rglob("*.xlsx"))


# --- bad input: one located line, nothing written ---------------------------------------------------

LEERHUIS = workbook_of("regionaal-leerhuis/begrotingswijziging-2021-03.toml")
MLW = workbook_of("midden-limburg-west/kostenverdeling-2018-2022.toml")


def _edit(book, name, value, row=0, col=0):
    put(book, name, value, row, col)


def _key_file(book):
    """The example holds its weights (it travels alone): point it at its key file instead, as an officer may."""
    put(book, "invoer_verdeelsleutel_bestanden", "../../regionaal-leerhuis/verdeelsleutel.csv", col=1)
    put(book, "invoer_verdeelsleutel_bestanden", "bijdrage_2020", col=2)
    for row in range(8):
        for col in (0, 1):
            put(book, "invoer_verdeelsleutel_gewichten", None, row=row, col=col)
    put(book, "invoer_verdeelsleutel_bron", None)


def _drop_name(book, name):
    del book.defined_names[name]


def _date(book, name):
    import datetime

    put(book, name, datetime.datetime(2021, 3, 1))


BAD = [
    (LEERHUIS, lambda b: _edit(b, "invoer_begroting_personeelskosten", "n.v.t."),
     "Begroting!B5: expected an amount, got 'n.v.t.'"),
    (LEERHUIS, lambda b: _edit(b, "invoer_wijziging_materiele_kosten", "2.00", col=1),
     "Wijziging!C7: expected an amount, got '2.00' (typed as text, write it the Dutch way: dot between thousands, "
     "comma for decimals (5.952 or 1.010,5))"),
    (LEERHUIS, lambda b: _edit(b, "invoer_wijziging_materiele_kosten", "2,000.5"),
     "Wijziging!B7: expected an amount, got '2,000.5' (typed as text, write it the Dutch way"),
    (LEERHUIS, lambda b: _edit(b, "invoer_wijziging_personeelskosten", "=B6*2"),
     "Wijziging!B5: holds a formula (=B6*2) without a stored value; type the figure, or open and save"),
    (LEERHUIS, lambda b: _edit(b, "invoer_begroting_rijksbijdrage", "#DIV/0!", col=2),
     "Begroting!D13: holds the error value #DIV/0!"),
    (LEERHUIS, lambda b: _edit(b, "invoer_jaren", "twintig", col=1),
     "Algemeen!C16: expected a year such as 2025, got 'twintig'"),
    (LEERHUIS, lambda b: _edit(b, "invoer_jaren", 2020, col=2),
     "Algemeen!D16: the years must increase, got 2020 after 2022"),
    (LEERHUIS, lambda b: _edit(b, "invoer_jaren", None, col=1),
     "Algemeen!C16: expected a year (no gaps between the years), got an empty cell"),
    (LEERHUIS, lambda b: _edit(b, "invoer_begroting_kapitaallasten", 5, col=4),
     "Begroting!F6: a figure for year 5, but Algemeen gives 4 year(s); empty this cell or add the year"),
    (LEERHUIS, lambda b: _edit(b, "invoer_eenheid", 7),
     "Algemeen!B13: expected 1, 10, 100, 1000 ... 1000000, got 7"),
    (LEERHUIS, lambda b: _edit(b, "invoer_baten_negatief", "misschien"),
     "Algemeen!B14: expected ja or nee, got 'misschien'"),
    (LEERHUIS, lambda b: _edit(b, "invoer_verdeelmethode", "loting"),
     "Algemeen!B15: expected one of grootste overschot, Sainte-Laguë, D'Hondt, got 'loting'"),
    (LEERHUIS, lambda b: _edit(b, "invoer_bijdrage_gemeente", None, row=2),
     "'Bijdrage gemeenten'!A7: expected a name, got an empty cell (the row has figures)"),
    (LEERHUIS, lambda b: _edit(b, "invoer_bijdrage_gemeente", "Blaricum", row=1),
     "'Bijdrage gemeenten'!A6: member 'Blaricum' appears twice (first at 'Bijdrage gemeenten'!A5)"),
    (LEERHUIS, lambda b: _edit(b, "invoer_bijdrage_gemeente", -163001, col=1),
     "'Bijdrage gemeenten'!B5:B404: bijdrage_gemeente 2021: the members' begroting adds up to EUR -3,794,001.00"),
    (LEERHUIS, lambda b: _edit(b, "invoer_bijdrage_gemeente", "Baarn", row=6),  # a gemeente; 'Bussum' is
     ("Verdeelsleutel!B16:B23: verdeelsleutel 2021 (", "(verdeelsleutel.csv, kolom bijdrage_2020)): members differ "
      "from bijdrage_gemeente: missing Baarn; not a member: Weesp")),  # refused as a typo of Brunssum
    # a typo of a gemeente at its own cell, not as the key's members differing (e71, new user's officer's year)
    (LEERHUIS, lambda b: _edit(b, "invoer_bijdrage_gemeente", "Blaricm"),
     "'Bijdrage gemeenten'!A5: 'Blaricm' is no gemeente of 2021; did you mean 'Blaricum'?"),
    (LEERHUIS, lambda b: _edit(b, "invoer_verdeelsleutel_gewichten", "Blaricm"),
     "Verdeelsleutel!A16: 'Blaricm' is no gemeente of 2021; did you mean 'Blaricum'?"),
    # the example holds the weights (it travels alone): a key file typed beside them is one source too many
    (LEERHUIS, lambda b: _edit(b, "invoer_verdeelsleutel_bestanden", "weg.csv", col=1),
     ("Verdeelsleutel!B16: ", "weights and a key file (Verdeelsleutel!B5) for the same year; give one of them")),
    (LEERHUIS, lambda b: [_key_file(b), _edit(b, "invoer_verdeelsleutel_bestanden", "weg.csv", col=1)],
     ("Verdeelsleutel!B5: ", "weg.csv: key file not found")),
    (LEERHUIS, lambda b: [_key_file(b), _edit(b, "invoer_verdeelsleutel_bestanden", "inwonrs", col=2)],  # named at its Kolom cell
     "Verdeelsleutel!C5: verdeelsleutel.csv: no column 'inwonrs' (found: gemeente, bijdrage_2020)"),
    (LEERHUIS, lambda b: _drop_name(b, "invoer_wijziging_overhead_regio"),
     "the defined name 'invoer_wijziging_overhead_regio' is missing (Formulas > Name Manager)"),
    (LEERHUIS, lambda b: _edit(b, "invoer_titel", None),
     "Algemeen!B6: Titel is empty; fill it in"),
    (LEERHUIS, lambda b: _edit(b, "invoer_titel", "\u200b"),
     "Algemeen!B6: holds no visible character (only spaces or invisible characters); fill it in"),
    (LEERHUIS, lambda b: _date(b, "invoer_nummer"),
     "Algemeen!B5: expected text, got a date (2021-03-01); Excel turned what was typed into a date"),
    (MLW, lambda b: _edit(b, "invoer_formatie", 9, row=2, col=2),
     ("Formatie!C7: ", "scale 9 is not in the rates table")),
    (MLW, lambda b: _edit(b, "invoer_verdeelsleutel_gewichten", -16, row=1, col=1),
     "Verdeelsleutel!B12: a weight cannot be negative, got -16"),
    (MLW, lambda b: [_edit(b, "invoer_verdeelsleutel_gewichten", 0, row=r, col=1) for r in range(3)],
     "Verdeelsleutel!B11:B13: verdeelsleutel: every weight is zero; nothing to split by"),
    (LEERHUIS, lambda b: [_key_file(b)] + [_edit(b, "invoer_verdeelsleutel_bestanden", None, col=c) for c in (1, 2)]
     + [_edit(b, "invoer_verdeelsleutel_gewichten", v, row=r, col=c) for r, v in enumerate(["A", "B"])
        for c in (0,)] + [_edit(b, "invoer_verdeelsleutel_gewichten", 0, row=r, col=2) for r in range(2)],
     "Verdeelsleutel!C16:C17: verdeelsleutel 2021: every weight is zero; nothing to split by"),
    (MLW, lambda b: _edit(b, "invoer_formatie", "0,5 fte", row=0, col=3),
     "Formatie!D5: expected an amount, got '0,5 fte'"),
    # an fte typed as text: 1777 or 1,777? (an amount has two decimals at most, an fte often three: never guessed)
    (MLW, lambda b: _edit(b, "invoer_formatie", "1.777", row=0, col=3),
     "Formatie!D5: expected an amount, got '1.777' (typed as text it reads two ways: 1777 or 1.777; type the fte as a "
     "number (cell format Number, not Text), such as 1.777)"),
    (MLW, lambda b: _edit(b, "invoer_formatie", "1,777", row=0, col=3), "Formatie!D5: expected an amount, got '1,777'"),
    (MLW, lambda b: _edit(b, "invoer_decimalen", 3),
     "Algemeen!B8: expected 0, 1 or 2, got 3"),
    (MLW, lambda b: _edit(b, "invoer_formatie", "2018 en 2019", row=0, col=4),
     "Formatie!E5: expected years such as 2018 or 2018, 2019, got '2018 en 2019'"),
]


def _percent(book, name, value, col=0):
    put(book, name, value, col=col)
    sheet, first = names(book)[name]
    book[sheet][first].offset(0, col).number_format = "0%"


def _merge_two_years(book, name):
    sheet, first = names(book)[name]
    cell = book[sheet][first]
    book[sheet].merge_cells(f"{cell.coordinate}:{cell.offset(0, 1).coordinate}")


def _delete_year_column(book, sheet_name):
    """What Excel does to the defined names when a year column is deleted: each range over it loses a column."""
    import re

    from openpyxl.utils import get_column_letter

    for name, defined in list(book.defined_names.items()):
        sheet, ref = next(iter(defined.destinations))
        match = re.fullmatch(r"\$?([A-Z]+)\$?(\d+):\$?([A-Z]+)\$?(\d+)", ref)
        if sheet == sheet_name and match and match[1] != match[3]:
            from openpyxl.utils import column_index_from_string

            last = get_column_letter(column_index_from_string(match[3]) - 1)
            quoted = sheet if sheet.isalnum() else "'" + sheet + "'"
            defined.attr_text = f"{quoted}!${match[1]}${match[2]}:${last}${match[4]}"


BAD += [
    (LEERHUIS, lambda b: _merge_two_years(b, "invoer_begroting_personeelskosten"),
     "Begroting!C5: the cell is part of the merged cells B5:C5, so what is typed there is not read"),
    (LEERHUIS, lambda b: _delete_year_column(b, "Begroting"),
     ("Begroting!B5:E5: the defined name 'invoer_begroting_personeelskosten' spans 4 column(s), the form has 5: a "
      "column was deleted or inserted")),
    (LEERHUIS, lambda b: _percent(b, "invoer_wijziging_personeelskosten", 0.05, col=1),
     "Wijziging!C5: formatted as a percentage (Excel holds 0.05); this field is not a percentage"),
    (MLW, lambda b: _edit(b, "invoer_verdeelsleutel_gewichten", "5.952", row=1, col=1),
     "Verdeelsleutel!B12: expected a weight (a number), got '5.952' (typed as text it reads two ways: 5952 (a dot "
     "between thousands, as in Dutch) or 5.952 (a decimal point, as in English); type the weight as a number"),
    (MLW, lambda b: _edit(b, "invoer_verdeelsleutel_gewichten", "51,950", row=1, col=1),
     "Verdeelsleutel!B12: expected a weight (a number), got '51,950' (typed as text it reads two ways: 51.950"),
]


def test_a_percent_formatted_percentage_cell_reads_as_the_percentage_shown(tmp_path):
    """Excel stores 5% as 0.05: the Onvoorzien percentage reads 5 (exactly), as if 5 were typed."""
    results = {}
    for how, fill in (("plain", lambda b: put(b, "invoer_onvoorzien_percentage", 5)),
                      ("percent", lambda b: _percent(b, "invoer_onvoorzien_percentage", 0.05)),
                      ("percent-decimals", lambda b: _percent(b, "invoer_onvoorzien_percentage", 0.075))):
        book = openpyxl.load_workbook(MLW)
        put(book, "invoer_onvoorzien_bedrag", None)
        fill(book)
        target = tmp_path / how / MLW.name
        target.parent.mkdir()
        book.save(target)
        doc, _ = read_document(target)
        results[how] = doc["onvoorzien"]["percentage"]
    assert results == {"plain": Decimal(5), "percent": Decimal(5), "percent-decimals": Decimal("7.5")}


@pytest.mark.parametrize("source, change, message", BAD, ids=[str(i) for i in range(len(BAD))])
def test_bad_input_in_a_workbook_gives_one_located_line_and_nothing_written(tmp_path, source, change, message):
    shutil.copytree(EXAMPLES, tmp_path / "examples")  # with the key files the workbooks point to
    target = tmp_path / "examples" / source.relative_to(EXAMPLES)
    book = openpyxl.load_workbook(target)
    change(book)
    book.save(target)
    out = tmp_path / "out"
    results = pyengine.generate([target], out)
    assert [r.status for r in results] == [FAILED]
    error = results[0].error
    assert "\n" not in error and "Traceback" not in error
    assert error.startswith(f"{target.name}"), error
    assert all(part in error for part in ((message,) if isinstance(message, str) else message)), error
    assert not out.exists()


# --- LibreOffice ---------------------------------------------------------------------------------

@pytest.mark.skipif(not HAVE_LIBREOFFICE and os.environ.get("REQUIRE_LIBREOFFICE") != "1",
                    reason="LibreOffice is not installed (apt-get install libreoffice-calc-nogui)")
def test_a_workbook_saved_by_libreoffice_still_reads_and_a_stored_formula_value_counts(tmp_path):
    source = tmp_path / "in" / LEERHUIS.name
    source.parent.mkdir()
    book = openpyxl.load_workbook(LEERHUIS)
    put(book, "invoer_wijziging_personeelskosten", "=20000+5000", col=1)  # LibreOffice stores 25000
    book.save(source)
    with pytest.raises(InputError, match="Wijziging!C5: holds a formula"):
        read_document(source)
    saved = tmp_path / "saved"
    profile = (tmp_path / "profile").as_uri()
    subprocess.run([shutil.which("soffice") or "libreoffice", f"-env:UserInstallation={profile}", "--headless",
                    "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", str(saved), str(source)],
                   check=True, capture_output=True, timeout=180)
    converted = saved / LEERHUIS.name
    doc, locator = read_document(converted)
    original, _ = read_document(LEERHUIS)
    assert doc == original
    assert locator[("wijziging", "personeelskosten", 1)] == "Wijziging!C5"


# --- random amendments: TOML and workbook agree ----------------------------------------------------

def toml_value(value) -> str:
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Decimal):  # a bare TOML number, exactly as drawn
        text = f"{value:f}" if value != value.to_integral_value() or "." not in f"{value:f}" else str(int(value))
        # 1.234 reads like Dutch thousands and is refused; 1.2340 is the same number, unambiguous
        return text + "0" if re.fullmatch(r"-?[1-9]\d{0,2}\.\d{3}", text) else text
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return str(value)


def toml_text(doc: dict) -> str:
    lines = [f"soort = {toml_value(doc['soort'])}"]

    def table(name, content):
        lines.append(f"[{name}]")
        subtables = []
        for key, value in content.items():
            if isinstance(value, dict):
                subtables.append((f"{name}.{key}", value))
            else:
                lines.append(f"{toml_value(str(key))} = {toml_value(value)}")
        for sub, value in subtables:
            table(sub, value)

    for section, content in doc.items():
        if isinstance(content, dict):
            table(section, content)
    return "\n".join(lines) + "\n"


cents = st.decimals(min_value=Decimal("-5000000"), max_value=Decimal("5000000"), places=2, allow_nan=False)


@st.composite
def amendments(draw):
    years = list(range(2020, 2020 + draw(st.integers(1, 5))))
    n = len(years)
    members = draw(st.lists(st.sampled_from(["Blaricum", "Eemnes", "Gooise Meren", "Hilversum", "Súdwest-Fryslân",
                                             "Huizen", "Laren", "'s-Hertogenbosch"]), min_size=1, max_size=5,
                            unique=True))
    member_begroting = {m: draw(st.lists(cents, min_size=n, max_size=n)) for m in members}
    begroting = {code: draw(st.one_of(cents, st.lists(cents, min_size=n, max_size=n)))
                 for code in draw(st.lists(st.sampled_from(LINE_CODES), unique=True, max_size=6))}
    begroting["gemeentelijke_bijdrage"] = [sum(member_begroting[m][y] for m in members) for y in range(n)]
    wijziging = {code: draw(st.one_of(cents, st.lists(cents, min_size=n, max_size=n)))
                 for code in draw(st.lists(st.sampled_from(LINE_CODES), unique=True, max_size=4))}
    weights = st.decimals(min_value=Decimal(1), max_value=Decimal(100000), places=1, allow_nan=False)
    if draw(st.booleans()):
        key = {"gewichten": {m: draw(weights) for m in members}}
    else:
        key = {str(y): {"gewichten": {m: draw(weights) for m in members}} for y in years}
    return {
        "soort": "begrotingswijziging",
        "algemeen": {"nummer": draw(st.sampled_from(["2021-03", "7", "2025/1"])), "titel": "Proef \"x\" & co",
                     "organisatie": "Regio", "jaren": years, "eenheid": draw(st.sampled_from([1, 1000, 100000])),
                     "baten_negatief": draw(st.booleans()),
                     "verdeelmethode": draw(st.sampled_from(["largest_remainder", "sainte_lague", "dhondt"]))},
        "verdeelsleutel": key, "begroting": begroting, "wijziging": wijziging,
        "bijdrage_gemeente": member_begroting,
    }


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(doc=amendments())
def test_random_amendments_as_toml_and_as_workbook_give_identical_results(tmp_path, doc):
    toml = tmp_path / "wijziging.toml"
    toml.write_text(toml_text(doc), encoding="utf-8")
    workbook = tmp_path / "wijziging.xlsx"
    workbook.write_bytes(write_workbook(tomllib.loads(toml.read_text("utf-8")), None, toml.name))
    try:
        kind_a, a = load_any_spec(toml)
    except InputError:  # e.g. a wijziging that cannot be displayed: the workbook must refuse it as well
        with pytest.raises(InputError):
            load_any_spec(workbook)
        return
    kind_b, b = load_any_spec(workbook)
    assert kind_a == kind_b
    assert replace(a, sources=(), keys=()) == replace(b, sources=(), keys=())
    assert [(k.names, k.weights) for k in a.keys] == [(k.names, k.weights) for k in b.keys]
    ra, rb = compute(a), compute(b)
    assert [(y.exact, y.rounded.shown) for y in ra.years] == [(y.exact, y.rounded.shown) for y in rb.years]


@st.composite
def cost_distributions(draw):
    start = draw(st.integers(2018, 2030))
    years = list(range(start, start + draw(st.integers(1, 5))))
    money = st.decimals(min_value=Decimal(0), max_value=Decimal(500000), places=2, allow_nan=False)
    fte = st.decimals(min_value=Decimal(0), max_value=Decimal(5), places=3, allow_nan=False)
    only_in = st.one_of(st.just(None), st.lists(st.sampled_from(years), min_size=1, unique=True).map(sorted))

    def row(fields):
        return {k: v for k, v in fields.items() if v is not None}

    members = draw(st.lists(st.sampled_from(["Leudal", "Nederweert", "Weert", "Hillegom", "Lisse", "Teylingen",
                                             "Súdwest-Fryslân"]), min_size=2, max_size=6, unique=True))
    key: dict = {"gewichten": {m: draw(st.decimals(min_value=Decimal(1), max_value=Decimal(100), places=1,
                                                      allow_nan=False)) for m in members}}
    if len(members) >= 3 and draw(st.booleans()):
        key["groepen"] = {"Samen": members[:2]}
    contingency = draw(st.sampled_from([{}, {"percentage": 5}, {"percentage": Decimal("2.5")},
                                        {"bedrag": 36500, "toelichting": "Vastgesteld", "omschrijving": "Onvoorzien"}]))
    doc = {
        "soort": "kostenverdeling",
        "algemeen": {"titel": "Proef", "organisatie": "Regio", "jaren": years,
                     "decimalen": draw(st.sampled_from([0, 1, 2])), "bron": "convenant"},
        "formatie": [row({"functie": f"Functie {i}", "soort": draw(st.sampled_from([None, "Basis"])),
                          "schaal": draw(st.sampled_from([8, 10, 11, 12])), "fte": draw(fte), "jaren": draw(only_in)})
                     for i in range(draw(st.integers(0, 4)))],
        "bedrag": [row({"omschrijving": f"Bedrag {i}", "bedrag": draw(money), "jaren": draw(only_in)})
                   for i in range(draw(st.integers(1, 3)))],
        "capaciteit": [row({"naam": m, "uren_per_week": draw(st.integers(0, 40)), "uurtarief": 85,
                            "weken": draw(st.sampled_from([None, 45, 40]))}) for m in members[:draw(st.integers(0, 3))]],
        "verdeelsleutel": key,
    }
    if contingency:
        doc["onvoorzien"] = contingency
    return {k: v for k, v in doc.items() if v != []}


def cost_toml(doc: dict) -> str:
    lines = [f"soort = {toml_value(doc['soort'])}"]
    for section in ("algemeen", "onvoorzien"):
        if section in doc:
            lines.append(f"[{section}]")
            lines += [f"{k} = {toml_value(v)}" for k, v in doc[section].items()]
    for array in ("formatie", "bedrag", "capaciteit"):
        for item in doc.get(array, []):
            lines.append(f"[[{array}]]")
            lines += [f"{k} = {toml_value(v)}" for k, v in item.items()]
    lines.append("[verdeelsleutel.gewichten]")
    lines += [f"{toml_value(m)} = {toml_value(w)}" for m, w in doc["verdeelsleutel"]["gewichten"].items()]
    if "groepen" in doc["verdeelsleutel"]:
        lines.append("[verdeelsleutel.groepen]")
        lines += [f"{toml_value(g)} = {toml_value(ms)}" for g, ms in doc["verdeelsleutel"]["groepen"].items()]
    return "\n".join(lines) + "\n"


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(doc=cost_distributions())
def test_random_cost_distributions_as_toml_and_as_workbook_give_identical_results(tmp_path, doc):
    from pyengine.core.costs import compute_costs

    toml = tmp_path / "verdeling.toml"
    toml.write_text(cost_toml(doc), encoding="utf-8")
    workbook = tmp_path / "verdeling.xlsx"
    workbook.write_bytes(write_workbook(tomllib.loads(toml.read_text("utf-8")), None, toml.name))
    _, a = load_any_spec(toml)
    _, b = load_any_spec(workbook)
    assert replace(a, sources=(), key=None) == replace(b, sources=(), key=None)
    assert a.key.members == b.key.members
    ra, rb = compute_costs(a), compute_costs(b)
    assert (ra.total, ra.shares, ra.capacity_costs) == (rb.total, rb.shares, rb.capacity_costs)


def test_the_same_spec_gives_the_same_input_workbook_bytes(tmp_path):
    spec = list(SEEDS)[0]
    one = new_workbook(SEEDS[spec], tmp_path / "a.xlsx", spec=EXAMPLES / spec)
    assert one == new_workbook(SEEDS[spec], tmp_path / "a.xlsx", spec=EXAMPLES / spec)


def test_a_workbook_that_is_not_an_input_workbook_is_named_as_such(tmp_path):
    key = tmp_path / "sleutel.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["gemeente", "inwoners"])
    book.save(key)
    results = pyengine.generate([key], tmp_path / "out")
    assert results[0].error == ("sleutel.xlsx: not an input workbook (it has no defined name 'invoer_soort'); "
                                "start one with: pyengine new begrotingswijziging --out invoer.xlsx")
    statement = pyengine.generate([EXAMPLES / "regionaal-leerhuis"], tmp_path / "out", per_member=True)[1].path
    again = pyengine.generate([statement], tmp_path / "again")
    assert again[0].status == FAILED and "a workbook produced by pyengine" in again[0].error
    text = tmp_path / "notes.xlsx"
    text.write_text("not a zip", encoding="utf-8")
    assert pyengine.generate([text], tmp_path / "out")[0].error == \
        "notes.xlsx: not an .xlsx workbook (the file is not a zip package)"


def test_new_from_a_cbs_export_needs_and_takes_the_period(tmp_path, capsys):
    export = tmp_path / "bevolking.csv"
    export.write_text('"Regio\'s";"Perioden";"Bevolking (aantal)"\n"Blaricum";"2023";"11 867"\n"Eemnes";"2023";"9 538"\n'
                      '"Blaricum";"2024";"12 093"\n"Eemnes";"2024";"9 599"\n', encoding="utf-8")
    out = tmp_path / "invoer.xlsx"
    assert cli_main(["new", "kostenverdeling", "--key", str(export), "--years", "2025", "--out", str(out)]) == 1
    assert "several periods (2023, 2024); say which one (--periode)" in capsys.readouterr().out
    assert not out.exists()
    assert cli_main(["new", "kostenverdeling", "--key", str(export), "--periode", "2024", "--years", "2025",
                     "--out", str(out)]) == 0
    doc, locator = read_document(out)  # the weights of 2024 are copied in; the file stays named as their source
    assert doc["verdeelsleutel"] == {"bron": "bevolking.csv, kolom Bevolking (aantal), periode 2024",
                                     "gewichten": {"Blaricum": 12093, "Eemnes": 9599}}
    assert doc["algemeen"] == {"jaren": [2025], "decimalen": 2}
    assert locator[("verdeelsleutel", "bron")] == "Algemeen!B10"


def test_new_with_a_key_makes_a_workbook_that_travels_alone(tmp_path, capsys):
    """Issue 19.6: mailed without its key file, the workbook still generates, and its Herkomst still names
    the key file the weights came from (where the key's source is shown)."""
    key = tmp_path / "inwoners.csv"
    key.write_text("gemeente;inwoners\nBlaricum;11.867\nEemnes;9.538\nLaren;11.210\n", encoding="utf-8")
    out = tmp_path / "werk" / "invoer.xlsx"
    assert cli_main(["new", "begrotingswijziging", "--key", str(key), "--years", "2025-2028", "--out", str(out)]) == 0
    book = openpyxl.load_workbook(out)
    book["Algemeen"]["B5"], book["Algemeen"]["B6"] = "2025-01", "Samen"  # nummer, titel
    # 'Bijdrage sluitend maken' is ja in a new workbook: the change in gemeentelijke bijdrage is derived (-30)
    for section, code, figure in (("begroting", "personeelskosten", 300), ("begroting", "gemeentelijke_bijdrage", -300),
                                  ("wijziging", "personeelskosten", 30)):
        sheet, area = next(book.defined_names[f"invoer_{section}_{code}"].destinations)
        for cell in book[sheet][area.replace("$", "")][0][:4]:
            cell.value = figure
    members = book["Bijdrage gemeenten"]
    for r in range(1, 20):
        if members.cell(r, 1).value in ("Blaricum", "Eemnes", "Laren"):
            for col in range(2, 6):
                members.cell(r, col, -100)
    book.save(out)
    key.unlink()  # travels alone
    results = pyengine.generate([out], tmp_path / "uitvoer", per_member=True)
    assert {r.status for r in results} == {"written"}, [r.error for r in results]
    produced = CalamineWorkbook.from_path(str(results[0].path))
    texts = {name: [str(v) for row in produced.get_sheet_by_name(name).to_python() for v in row]
             for name in produced.sheet_names}
    assert [name for name, cells in texts.items() if any("(inwoners.csv, kolom inwoners)" in v for v in cells)]


def test_new_from_refuses_a_spec_the_workbook_cannot_hold(tmp_path, capsys):
    spec = tmp_path / "lang.toml"
    text = (EXAMPLES / list(SEEDS)[0]).read_text("utf-8")
    spec.write_text(text.replace("[toelichting]\ntekst = [", "[toelichting]\ntekst = [" + '"x", ' * 20), encoding="utf-8")
    shutil.copy(EXAMPLES / "regionaal-leerhuis" / "verdeelsleutel.csv", tmp_path)
    out = tmp_path / "lang.xlsx"
    assert cli_main(["new", "begrotingswijziging", "--from", str(spec), "--out", str(out)]) == 1
    assert capsys.readouterr().out.strip() == "lang.toml: 22 rows for Toelichting; the workbook has room for 20"
    assert not out.exists()


@pytest.mark.parametrize("old, new, fragment", [
    ("personeelskosten       = 25_000", 'personeelskosten = "25.000"', "'25.000' is ambiguous"),
    ("personeelskosten       = 25_000", "personeelskosten = 25.000", "25.000 is ambiguous"),
    ("jaren = [2021, 2022, 2023, 2024]", "jaren = [2021, 2021]", "the years must be increasing"),
    ("eenheid = 1000", 'eenheid = "1000"', "[algemeen] eenheid: must be a whole number, got text '1000'"),
    ("jaren = [2021, 2022, 2023, 2024]", 'jaren = "2021-2024"', "[algemeen] jaren"),
    ("verdeelmethode = ", "verdeelmethod = ", "verdeelmethod"),
], ids=["quoted-thousands", "unquoted-thousands", "duplicate-years", "eenheid-text", "jaren-text", "unknown-field"])
def test_new_from_refuses_what_generate_refuses_with_the_same_lines(tmp_path, capsys, old, new, fragment):
    source = (EXAMPLES / list(SEEDS)[0]).read_text("utf-8")
    assert old in source
    spec = tmp_path / "spec.toml"
    spec.write_text(source.replace(old, new, 1), encoding="utf-8")
    shutil.copy(EXAMPLES / "regionaal-leerhuis" / "verdeelsleutel.csv", tmp_path)
    [result] = pyengine.generate([spec], tmp_path / "uit")
    assert result.status == FAILED and fragment in result.error, result.error
    out = tmp_path / "spec.xlsx"
    assert cli_main(["new", "begrotingswijziging", "--from", str(spec), "--out", str(out)]) == 1
    printed = capsys.readouterr().out.strip()
    assert printed == result.error.strip()
    assert not out.exists() and not (tmp_path / "uit").exists()


# --- the round trip: a produced workbook is itself an input ------------------------------------------

@pytest.mark.parametrize("spec", list(SEEDS))
def test_a_produced_workbook_generates_the_same_workbook_again(tmp_path, spec):
    """TOML -> workbook -> (its Invoer sheet read back) -> workbook: the same figures in every sheet."""
    first = pyengine.generate([EXAMPLES / spec], tmp_path / "een")
    assert [r.status for r in first] == [WRITTEN]
    produced = first[0].path
    assert is_spec_workbook(produced) and collect_specs([tmp_path / "een"]) == [produced]
    second = pyengine.generate([produced], tmp_path / "twee")
    assert [r.status for r in second] == [WRITTEN], second[0].error
    a = cell_values(produced, produced.name)
    b = cell_values(second[0].path, produced.name)
    differing = {k: (a[k], b.get(k)) for k in a if a[k] != b.get(k) and k[0] not in ("Herkomst",)
                 and not (k[0] == "Invoer" and _is_source(a[k], b.get(k)))}
    assert not differing, list(differing.items())[:5]
    numbers = [k for k, v in a.items() if isinstance(v, (int, float)) and v and k[0] != "Herkomst"]
    assert numbers and all(a[k] == b[k] for k in numbers)


def _is_source(x, y) -> bool:
    """Provenance texts: the input's file name and where its key came from differ, the figures do not."""
    return isinstance(x, str) and isinstance(y, str) and any(mark in x + y for mark in (".toml", ".xlsx", ".csv"))


def test_a_restyled_produced_workbook_with_a_renamed_invoer_sheet_still_reads(tmp_path):
    produced = pyengine.generate([EXAMPLES / list(SEEDS)[0]], tmp_path / "een")[0].path
    book = openpyxl.load_workbook(produced)
    book["Invoer"].title = "Gegevens 2021"
    for defined in book.defined_names.values():  # as Excel does when a sheet is renamed
        defined.attr_text = defined.attr_text.replace("'Invoer'!", "'Gegevens 2021'!")
    book.move_sheet("Gegevens 2021", offset=-2)
    moved = tmp_path / "hernoemd.xlsx"
    book.save(moved)
    kind, amendment = load_workbook_spec(moved)
    expected = amendment_from_spec(read_spec(EXAMPLES / list(SEEDS)[0]))
    assert replace(amendment, sources=(), keys=()) == replace(expected, sources=(), keys=())
    assert [k.weights for k in amendment.keys] == [k.weights for k in expected.keys]


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(doc=amendments())
def test_random_amendments_survive_the_round_trip(tmp_path, doc):
    toml = tmp_path / "wijziging.toml"
    toml.write_text(toml_text(doc), encoding="utf-8")
    try:
        _, a = load_any_spec(toml)
        result = compute(a)
    except InputError:
        return
    from pyengine.render.amendment_workbook import render_amendment

    produced = tmp_path / "uit.xlsx"
    try:
        produced.write_bytes(render_amendment(result))
    except InputError:
        return  # the writers refuse what they cannot show (tested in the render tests)
    _, b = load_workbook_spec(produced)
    assert replace(a, sources=(), keys=()) == replace(b, sources=(), keys=())
    assert [(y.exact, y.rounded.shown) for y in result.years] == [(y.exact, y.rounded.shown) for y in compute(b).years]


# --- --key with an input workbook or a produced workbook -------------------------------------------

def test_key_replaces_the_key_of_an_input_workbook_and_of_a_produced_workbook_as_of_its_toml(tmp_path):
    """generate --key reads the spec as what it is (TOML, input workbook, produced workbook): the same
    figures and the same note on added/dropped members from all three."""
    toml = EXAMPLES / "regionaal-leerhuis" / "begrotingswijziging-2021-03.toml"
    lines = (EXAMPLES / "regionaal-leerhuis" / "verdeelsleutel.csv").read_text(encoding="utf-8").splitlines()
    key = tmp_path / "nieuw.csv"
    key.write_text("\n".join(lines[:6] + ["Nieuwdorp,1000"]) + "\n", encoding="utf-8")
    from_toml = pyengine.generate([toml], tmp_path / "toml", key=key)
    produced = tmp_path / "toml" / from_toml[0].path.name
    runs = {"toml": from_toml,
            "invoer": pyengine.generate([workbook_of("regionaal-leerhuis/begrotingswijziging-2021-03.toml")],
                                        tmp_path / "invoer", key=key),
            "produced": pyengine.generate([produced], tmp_path / "produced", key=key)}
    for name, results in runs.items():
        assert [r.status for r in results] == [WRITTEN], (name, results)
    note = ("--key nieuw.csv: added 1 member(s) (Nieuwdorp); dropped 3 member(s) (Laren, Weesp, Wijdemeren) "
            "compared with [bijdrage_gemeente]; every member's begroting is split again by the new key")
    # Nieuwdorp is no Dutch gemeente: a member all the same, with a note (inputs/gemeenten.py)
    member_note = "[verdeelsleutel] 2021: Nieuwdorp taken as member(s) that are not a gemeente of 2021 (not on CBS's list)"
    assert runs["toml"][0].note == runs["invoer"][0].note == f"{note}; {member_note}"
    # the produced workbook already has the new key's members: nothing added or dropped
    assert runs["produced"][0].note == member_note
    figures = {name: {k: v for k, v in cell_values(results[0].path, "x").items()
                      if not isinstance(v, str) and k[0] != "Herkomst"}  # Herkomst lists the inputs read
               for name, results in runs.items()}
    assert figures["toml"] == figures["invoer"] == figures["produced"]
    members = {v for (sheet, r, c), v in cell_values(runs["invoer"][0].path, "x").items() if v == "Nieuwdorp"}
    assert members == {"Nieuwdorp"}


def test_an_empty_key_sheet_is_no_key_and_generates_as_the_toml_without_one(tmp_path):
    """The model with Nummer, Titel, one year and a few figures; Verdeelsleutel and Bijdrage gemeenten
    left empty as their sheets say: no [verdeelsleutel], the same workbook as the TOML without one."""
    book = openpyxl.load_workbook(ROOT / "xlsx_models" / "invoer-begrotingswijziging.xlsx")
    put(book, "invoer_nummer", "2025-01")
    put(book, "invoer_titel", "Kleine wijziging")
    put(book, "invoer_jaren", 2025)
    for section, figures in (("begroting", (1000, -1000)), ("wijziging", (100, -100))):
        put(book, f"invoer_{section}_personeelskosten", figures[0])
        put(book, f"invoer_{section}_rijksbijdrage", figures[1])
    invoer = tmp_path / "kleine.xlsx"
    book.save(invoer)
    doc, _ = read_document(invoer)
    assert "verdeelsleutel" not in doc and "bijdrage_gemeente" not in doc
    toml = tmp_path / "kleine.toml"
    toml.write_text('soort = "begrotingswijziging"\n[algemeen]\nnummer = "2025-01"\ntitel = "Kleine wijziging"\n'
                    "jaren = [2025]\n[begroting]\npersoneelskosten = [1000]\nrijksbijdrage = [-1000]\n"
                    "[wijziging]\npersoneelskosten = [100]\nrijksbijdrage = [-100]\n", encoding="utf-8")
    from_workbook = pyengine.generate([invoer], tmp_path / "uit-xlsx")
    from_toml = pyengine.generate([toml], tmp_path / "uit-toml")
    assert [r.status for r in from_workbook + from_toml] == [WRITTEN, WRITTEN], from_workbook + from_toml
    assert cell_values(from_workbook[0].path, "kleine") == cell_values(from_toml[0].path, "kleine")
    again = pyengine.generate([from_workbook[0].path], tmp_path / "weer")  # the produced workbook as input
    assert [r.status for r in again] == [WRITTEN], again
    # members but still no key: one line at the key sheet, nothing written
    put(book, "invoer_bijdrage_gemeente", "Leiden")
    put(book, "invoer_bijdrage_gemeente", 0, col=1)
    book.save(invoer)
    refused = pyengine.generate([invoer], tmp_path / "geweigerd")
    assert [r.status for r in refused] == [FAILED]
    assert refused[0].error == ("kleine.xlsx, Verdeelsleutel!A5:F10: no verdeelsleutel, but Bijdrage "
                                "gemeenten has members; give a key file here or the weights below, or empty "
                                "Bijdrage gemeenten"), refused[0].error
    assert not (tmp_path / "geweigerd").exists()


def test_every_formula_of_an_input_workbook_carries_the_value_it_shows(tmp_path):
    """A previewer or an auditor's tool (no recalculation) sees 2021 or 'Jaar 1', not an empty cell."""
    import zipfile

    fresh = tmp_path / "nieuw.xlsx"
    assert cli_main(["new", "begrotingswijziging", "--key", str(EXAMPLES / "regionaal-leerhuis" / "verdeelsleutel.csv"),
                     "--out", str(fresh)]) == 0
    books = [workbook_of(spec) for spec in SEEDS] + [fresh] + sorted((ROOT / "xlsx_models").glob("invoer-*.xlsx"))
    for book in books:
        with zipfile.ZipFile(book) as archive:
            for name in archive.namelist():
                if name.startswith("xl/worksheets/sheet"):
                    xml = archive.read(name).decode()
                    assert not re.search(r"</f><v\s*/>|</f></c>", xml), (book.name, name)
    shown = CalamineWorkbook.from_path(str(workbook_of(list(SEEDS)[0]))).get_sheet_by_name("Wijziging").to_python()
    assert [int(v) for v in shown[3][1:5]] == [2021, 2022, 2023, 2024]
    empty = CalamineWorkbook.from_path(str(fresh)).get_sheet_by_name("Wijziging").to_python()
    assert empty[3][1:3] == ["Jaar 1", "Jaar 2"]


def _new_amendment(tmp_path, years="2025-2028") -> Path:
    key = tmp_path / "inwoners.csv"
    key.write_text("gemeente,inwoners\nAlpha,1000\nBeta,2500\n", encoding="utf-8")
    out = tmp_path / "invoer.xlsx"
    assert cli_main(["new", "begrotingswijziging", "--key", str(key), "--years", years, "--out", str(out)]) == 0
    return out


def test_unused_year_columns_are_hidden_and_no_year_cell_has_a_thousands_format(tmp_path, capsys):
    book = openpyxl.load_workbook(_new_amendment(tmp_path))
    hidden = {ws.title: sorted(k for k, d in ws.column_dimensions.items() if d.hidden) for ws in book.worksheets}
    # the fifth year's column on every sheet with year columns (Algemeen: F of the Jaren row)
    assert hidden == {"Algemeen": ["F"], "Begroting": ["F"], "Wijziging": ["F"], "Bijdrage gemeenten": ["F"],
                      "Verdeelsleutel": ["G"], "Controles": ["F"]}
    verdeelsleutel = book["Verdeelsleutel"]
    assert [verdeelsleutel.cell(r, 1).value for r, d in verdeelsleutel.row_dimensions.items() if d.hidden] == [
        '=IF((Algemeen!$F$16=""),"Jaar 5",Algemeen!$F$16)']
    for ws in book.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                shows_year = isinstance(cell.value, int) and 1900 <= cell.value <= 2200 and ws.title == "Algemeen" \
                    or isinstance(cell.value, str) and cell.value.startswith("=IF((Algemeen!")
                if shows_year:
                    assert "," not in cell.number_format and "#" not in cell.number_format, (ws.title, cell.coordinate)
    (tmp_path / "vijf").mkdir()
    every_year = openpyxl.load_workbook(_new_amendment(tmp_path / "vijf", "2025-2029"))
    assert not any(d.hidden for ws in every_year.worksheets for d in ws.column_dimensions.values())


def test_validation_and_comments_are_dutch_and_the_method_list_maps_to_the_same_methods(tmp_path, capsys):
    path = _new_amendment(tmp_path)
    book = openpyxl.load_workbook(path)
    messages = {dv.error for ws in book.worksheets for dv in ws.data_validations.dataValidation}
    assert "Verwacht: een bedrag" in messages and "Verwacht: ja of nee" in messages
    english = re.compile(r"\b(an?|or|expected|amount|weight|number|year)\b")
    assert not [m for m in messages if english.search(m)], messages
    comments = [cell.comment.text for ws in book.worksheets for row in ws.iter_rows() for cell in row if cell.comment]
    assert comments and not [c for c in comments if re.search(r"\b(expected|an amount|or)\b", c)]
    method = next(dv for dv in book["Algemeen"].data_validations.dataValidation if "Hondt" in (dv.formula1 or ""))
    assert method.formula1 == '"grootste overschot,Sainte-Laguë,D\'Hondt"'
    assert book["Algemeen"][str(method.sqref)].value == "grootste overschot"
    for typed, meant in (("grootste overschot", "largest_remainder"), ("Sainte-Laguë", "sainte_lague"),
                         ("D'Hondt", "dhondt"), ("sainte_lague", "sainte_lague"), ("largest_remainder",
                                                                                   "largest_remainder")):
        book["Algemeen"][str(method.sqref)] = typed
        book.save(path)
        assert read_document(path)[0]["algemeen"]["verdeelmethode"] == meant, typed


def _controles(path: Path) -> dict[str, list]:
    """The check rows of an input workbook's Controles sheet as stored (label -> values per year)."""
    rows = CalamineWorkbook.from_path(str(path)).get_sheet_by_name("Controles").to_python()
    return {row[0]: row[1:] for row in rows if row and isinstance(row[0], str) and row[1:] and
            any(isinstance(v, bool) for v in row[1:])}


def _unbalanced_leerhuis() -> dict:
    doc = tomllib.loads((EXAMPLES / "regionaal-leerhuis" / "begrotingswijziging-2021-03.toml").read_text("utf-8"))
    doc["wijziging"]["gemeentelijke_bijdrage"] = -20_000  # 7,000 a year short
    doc["begroting"]["personeelskosten"][2] += 1  # 2023's begroting one euro off
    doc["bijdrage_gemeente"]["Eemnes"][0] -= 5  # the members 5 more than the gemeentelijke bijdrage in 2021
    return doc


def test_the_check_rows_hold_what_the_figures_say_and_turn_green_or_red(tmp_path):
    balanced = tmp_path / "sluitend.xlsx"
    balanced.write_bytes(new_workbook("begrotingswijziging", balanced,
                                      spec=EXAMPLES / "regionaal-leerhuis" / "begrotingswijziging-2021-03.toml"))
    assert _controles(balanced) == {
        "Begroting sluitend (saldo na reserves 0)": [True] * 4 + [True],
        "Wijziging sluitend (saldo na reserves 0)": [True] * 5,
        "Bijdragen gemeenten tellen op tot de gemeentelijke bijdrage (begroting)": [True] * 5,
        "Alle controles": [True, "", "", "", ""]}
    unbalanced = tmp_path / "niet-sluitend.xlsx"
    unbalanced.write_bytes(write_workbook(_unbalanced_leerhuis(), None, "test"))
    assert _controles(unbalanced) == {
        "Begroting sluitend (saldo na reserves 0)": [True, True, False, True, True],
        "Wijziging sluitend (saldo na reserves 0)": [False] * 4 + [True],  # the fifth year is not used
        "Bijdragen gemeenten tellen op tot de gemeentelijke bijdrage (begroting)": [False, True, True, True, True],
        "Alle controles": [False, "", "", "", ""]}
    book = openpyxl.load_workbook(unbalanced)
    saldo = book["Wijziging"]
    row = next(r for r in range(1, 40) if saldo.cell(r, 1).value == "Sluitend")
    rules = [(str(cf.sqref), rule.operator, rule.formula, rule.dxf.fill.bgColor.rgb)
             for cf in saldo.conditional_formatting for rule in cf.rules]
    assert rules == [(f"B{row}:F{row}", "equal", ["TRUE"], "FFC6EFCE"), (f"B{row}:F{row}", "equal", ["FALSE"], "FFFFC7CE")]
    controles = book["Controles"]
    assert [str(cf.sqref) for cf in controles.conditional_formatting] == ["B5:F7 B9"]
    assert book.defined_names["invoer_controles"].attr_text == "'Controles'!$B$9"


@needs_libreoffice
def test_libreoffice_computes_the_check_rows_as_stored(tmp_path):
    """The stored TRUE/FALSE of every check (and every other formula) is what LibreOffice computes."""
    from pyengine.verify import verify

    unbalanced = tmp_path / "niet-sluitend.xlsx"
    unbalanced.write_bytes(write_workbook(_unbalanced_leerhuis(), None, "test"))
    paths = [unbalanced, ROOT / "examples" / "invoer" / "regionaal-leerhuis" / "begrotingswijziging-2021-03.xlsx"]
    verdicts = verify(paths)
    assert [(v.error, [str(m) for m in v.mismatches]) for v in verdicts] == [("", [])] * len(paths)
    assert all(v.formulas >= 5 for v in verdicts)


def test_input_workbooks_are_written_by_the_project_writer_not_by_openpyxl():
    """Issue 24.6: one writer; no openpyxl output patched afterwards."""
    sources = {path: path.read_text(encoding="utf-8") for path in (ROOT / "pyengine").rglob("*.py")}
    assert not [path for path, text in sources.items() if "openpyxl.Workbook(" in text or ".save(" in text
                and "openpyxl" in text]
    assert not [path for path, text in sources.items() if "_with_cached_values" in text or "_fixed_dates" in text]


def test_the_bijdrage_sluitend_cell_is_ja_in_a_new_workbook_and_maps_to_the_spec_field(tmp_path, capsys):
    path = _new_amendment(tmp_path)
    doc, locator = read_document(path)
    assert doc["algemeen"]["bijdrage"] == "sluitend" and "saldo_toegestaan" not in doc["algemeen"]
    sheet, cell = locator[("algemeen", "bijdrage")].split("!")
    book = openpyxl.load_workbook(path)
    assert book[sheet][cell].value == "ja"
    assert any(dv.formula1 == '"ja,nee"' and cell in str(dv.sqref) for dv in book[sheet].data_validations.dataValidation)
    book[sheet][cell] = "nee"
    saldo_sheet, saldo_cell = locator[("algemeen", "saldo_toegestaan")].split("!")
    book[saldo_sheet][saldo_cell] = "ja"
    book.save(path)
    doc, _ = read_document(path)
    assert doc["algemeen"]["bijdrage"] == "ingevoerd" and doc["algemeen"]["saldo_toegestaan"] is True
    # a spec without the field gets an empty cell (the spec's default, ingevoerd); sluitend gives ja
    leerhuis = tomllib.loads((EXAMPLES / "regionaal-leerhuis" / "begrotingswijziging-2021-03.toml").read_text("utf-8"))
    plain = tmp_path / "plain.xlsx"
    plain.write_bytes(write_workbook(leerhuis, None, "test"))
    assert "bijdrage" not in read_document(plain)[0]["algemeen"]
    del leerhuis["wijziging"]["gemeentelijke_bijdrage"]
    leerhuis["algemeen"]["bijdrage"] = "sluitend"
    derived = tmp_path / "sluitend.xlsx"
    derived.write_bytes(write_workbook(leerhuis, None, "test"))
    assert read_document(derived)[0]["algemeen"]["bijdrage"] == "sluitend"
    assert _controles(derived)["Wijziging sluitend (saldo na reserves 0)"] == [True] * 5  # closed by pyengine


@pytest.mark.parametrize("source, change, message", BAD, ids=[str(i) for i in range(len(BAD))])
def test_bad_input_in_a_workbook_in_dutch_too(tmp_path, source, change, message):
    """The same cases in Dutch: translated, the same cells named, no English word left (see tests/test_bad_inputs.py
    for the word lists and their limits)."""
    from test_bad_inputs import DUTCH_ONLY_WORDS, ENGLISH_WORDS, _our_words, _places

    from pyengine.i18n import use_language

    errors = {}
    for lang in ("en", "nl"):
        shutil.copytree(EXAMPLES, tmp_path / lang / "examples")
        target = tmp_path / lang / "examples" / source.relative_to(EXAMPLES)
        book = openpyxl.load_workbook(target)
        change(book)
        book.save(target)
        with use_language(lang):
            results = pyengine.generate([target], tmp_path / lang / "out")
        assert [r.status for r in results] == [FAILED]
        errors[lang] = results[0].error
    english, dutch = errors["en"], errors["nl"]
    assert dutch != english and "\n" not in dutch and "Traceback" not in dutch
    assert _places(english) <= _places(dutch) | {"'..."}, (english, dutch)
    assert sorted(set(_our_words(dutch)) & ENGLISH_WORDS) == [], dutch
    assert sorted(set(_our_words(english)) & DUTCH_ONLY_WORDS) == [], english


@pytest.mark.parametrize("hide", ["row", "column"])
def test_a_hidden_row_or_column_of_weights_is_refused_naming_it(tmp_path, hide):
    """A member's row hidden on Verdeelsleutel would be charged without anyone seeing it (issue 24 point 2, as a
    key file's hidden row is refused); nothing is written."""
    source = Path(__file__).resolve().parent.parent / "examples" / "invoer" / "regionaal-leerhuis" / \
        "begrotingswijziging-2021-03.xlsx"
    book = openpyxl.load_workbook(source)
    sheet, ref = next(book.defined_names["invoer_verdeelsleutel_gewichten"].destinations)
    first = ref.replace("$", "").split(":")[0]
    cell = book[sheet][first].offset(2, 1)  # the third member's weight
    assert cell.value is not None
    if hide == "row":
        book[sheet].row_dimensions[cell.row].hidden = True
        expected = f"{sheet}!{book[sheet][first].column_letter}{cell.row}: the row {cell.row} is hidden"  # the name
    else:
        book[sheet].column_dimensions[cell.column_letter].hidden = True
        expected = f"{sheet}!{cell.column_letter}{book[sheet][first].row}: the column {cell.column_letter} is hidden"
    workbook = tmp_path / "invoer.xlsx"
    book.save(workbook)
    out = tmp_path / "out"
    [result] = pyengine.generate([workbook], out)
    assert result.status == FAILED
    assert expected in result.error, result.error
    assert not out.exists()


# --- every cell that cannot be read, at once (README: "The command prints them all") ---------------------------

def _three_mistakes(book):
    _edit(book, "invoer_begroting_personeelskosten", "veel")
    _edit(book, "invoer_begroting_personeelskosten", "2.00", col=1)
    _edit(book, "invoer_titel", None)


@pytest.mark.parametrize("lang, lines", [
    ("en", ["drie.xlsx, Begroting!B5: expected an amount, got 'veel'",
            "drie.xlsx, Begroting!C5: expected an amount, got '2.00' (typed as text, write it the Dutch way: dot "
            "between thousands, comma for decimals (5.952 or 1.010,5))",
            "drie.xlsx, Algemeen!B6: Titel is empty; fill it in"]),
    ("nl", ["drie.xlsx, Begroting!B5: verwacht een bedrag, maar kreeg 'veel'",
            "drie.xlsx, Begroting!C5: verwacht een bedrag, maar kreeg '2.00' (als tekst getypt; schrijf het op de "
            "Nederlandse manier: punt tussen duizendtallen, komma voor decimalen (5.952 of 1.010,5))",
            "drie.xlsx, Algemeen!B6: Titel is leeg; vul het in"]),
])
def test_an_input_workbook_with_three_mistakes_names_all_three_and_writes_nothing(tmp_path, capsys, lang, lines):
    shutil.copytree(EXAMPLES, tmp_path / "examples")
    target = tmp_path / "examples" / LEERHUIS.relative_to(EXAMPLES)
    book = openpyxl.load_workbook(target)
    _three_mistakes(book)
    drie = target.with_name("drie.xlsx")
    book.save(drie)
    out = tmp_path / "out"
    code = cli_main(["--lang", lang, "generate", str(drie), "--out", str(out)])
    printed = capsys.readouterr().out
    failed = failed_lines(printed)
    assert code == 1, printed
    assert failed == lines, printed
    assert not out.exists()


def test_a_cell_that_cannot_be_read_is_not_named_twice_nor_counted_as_zero(tmp_path):
    """A bad name, a bad weight and an error value in one workbook: each named once at its cell; no follow-on
    problem from reading them as empty (no 'expected a name', no unbalanced begroting, no differing members)."""
    shutil.copytree(EXAMPLES, tmp_path / "examples")
    target = tmp_path / "examples" / LEERHUIS.relative_to(EXAMPLES)
    book = openpyxl.load_workbook(target)
    import datetime

    _edit(book, "invoer_bijdrage_gemeente", datetime.datetime(2021, 3, 1), row=1)  # a name Excel made a date
    _edit(book, "invoer_wijziging_personeelskosten", "#DIV/0!", col=2)
    _edit(book, "invoer_nummer", datetime.datetime(2021, 3, 1))
    book.save(target)
    with pytest.raises(InputError) as error:
        load_workbook_spec(target)
    lines = str(error.value).splitlines()
    assert [line.split(": ")[0] for line in lines] == [f"{target.name}, Algemeen!B5", f"{target.name}, Wijziging!D5",
                                                       f"{target.name}, 'Bijdrage gemeenten'!A6"], lines
    assert "got a date" in lines[0] and "#DIV/0!" in lines[1] and "got a date" in lines[2]


def test_new_from_a_workbook_with_three_mistakes_names_all_three_and_writes_nothing(tmp_path, capsys):
    """pyengine new --from reads the workbook as generate does: the same three lines, no new workbook."""
    shutil.copytree(EXAMPLES, tmp_path / "examples")
    target = tmp_path / "examples" / LEERHUIS.relative_to(EXAMPLES)
    book = openpyxl.load_workbook(target)
    _three_mistakes(book)
    drie = target.with_name("drie.xlsx")
    book.save(drie)
    code = cli_main(["--lang", "en", "new", "begrotingswijziging", "--from", str(drie), "--out",
                     str(tmp_path / "nieuw.xlsx")])
    printed = capsys.readouterr()
    assert code == 1, printed
    for place in ("drie.xlsx, Begroting!B5: ", "drie.xlsx, Begroting!C5: ", "drie.xlsx, Algemeen!B6: Titel is empty"):
        assert place in printed.out + printed.err, printed
    assert not (tmp_path / "nieuw.xlsx").exists()


@pytest.mark.parametrize("spec, changes, places", [
    ("regionaal-leerhuis/begrotingswijziging-2021-03.toml",
     {("inv_bedragen", 1, 1): "veel", ("inv_bedragen", 2, 2): "x", ("inv_bijdrage", 1, 1): "nul",
      ("inv_bijdrage", 2, 0): True, ("inv_sleutel", 2, 1): "zwaar"},
     ["Invoer!B29: expected an amount, got 'veel'", "Invoer!C30: expected an amount, got 'x'",
      "Invoer!B46: expected an amount, got 'nul'", "Invoer!A47: expected text, got True",
      "Invoer!B58: expected a weight (a number), got 'zwaar'"]),
    ("midden-limburg-west/kostenverdeling-2018-2022.toml",
     {("inv_kostenregels", 1, 3): "veel", ("inv_kostenregels", 2, 2): "x", ("inv_sleutel", 2, 1): "zwaar",
      ("inv_decimalen", 0, 0): 7},
     ["Invoer!B39: expected 0, 1 or 2, got 7", "Invoer!D14: expected an amount, got 'veel'",
      "Invoer!C15: expected a whole number, got 'x'", "Invoer!B33: expected a weight (a number), got 'zwaar'"]),
])
def test_a_produced_workbook_with_several_bad_cells_names_every_one_and_writes_nothing(tmp_path, spec, changes,
                                                                                        places):
    """As an input workbook does: one run names every cell of the Invoer sheet that cannot be read, not the first."""
    from test_settlement import set_cells

    produced = pyengine.generate([EXAMPLES / spec], tmp_path / "een")[0].path
    edited = set_cells(produced, tmp_path / "fout.xlsx", changes)
    with pytest.raises(InputError) as error:
        load_workbook_spec(edited)
    assert str(error.value).splitlines() == [f"fout.xlsx, {place}" for place in places]
    [result] = pyengine.generate([edited], tmp_path / "twee")
    assert result.status == FAILED and result.error.splitlines() == str(error.value).splitlines()
    assert not (tmp_path / "twee").exists()


def _delete_sheets(source: Path, target: Path, sheets: tuple[str, ...], as_excel: bool) -> Path:
    """Delete sheets as an officer would: Excel turns the defined names on them into #REF!, LibreOffice and
    openpyxl keep the sheet's name in them."""
    book = openpyxl.load_workbook(source)
    for sheet in sheets:
        del book[sheet]
        if as_excel:
            for defined in book.defined_names.values():
                if defined.attr_text.startswith((f"'{sheet}'!", f"{sheet}!")):
                    defined.attr_text = "#REF!" + defined.attr_text.split("!", 1)[1]
    book.save(target)
    return target


@pytest.mark.parametrize("as_excel", [True, False])
def test_a_deleted_sheet_is_named_as_missing_each_one(tmp_path, capsys, as_excel):
    """Not 'the defined name ... does not point to one range': the file and the sheet, one line per deleted sheet."""
    leerhuis = workbook_of("regionaal-leerhuis/begrotingswijziging-2021-03.toml")
    one = _delete_sheets(leerhuis, tmp_path / "zonder.xlsx", ("Wijziging",), as_excel)
    with pytest.raises(InputError) as error:
        load_workbook_spec(one)
    assert str(error.value) == ("zonder.xlsx: sheet Wijziging is missing (was it deleted?); the workbook cannot be "
                                "read without it: undo the deletion (Ctrl+Z), or start from pyengine new and copy "
                                "your figures in")
    produced = pyengine.generate([leerhuis], tmp_path / "een")[0].path
    without = _delete_sheets(produced, tmp_path / "geen-invoer.xlsx", ("Invoer",), as_excel)
    with pytest.raises(InputError, match=r"^geen-invoer.xlsx: sheet Invoer is missing \(was it deleted\?\); the "
                                         r"workbook cannot be read without it: undo the deletion \(Ctrl\+Z\), or "
                                         r"generate the workbook again from the input its Herkomst sheet names$"):
        load_workbook_spec(without)
    two = _delete_sheets(leerhuis, tmp_path / "twee.xlsx", ("Bijdrage gemeenten", "Verdeelsleutel"), as_excel)
    out = tmp_path / "uit"
    assert cli_main(["--lang", "nl", "generate", str(two), "--out", str(out)]) == 1
    printed = capsys.readouterr().out
    assert "twee.xlsx: blad Bijdrage gemeenten ontbreekt (verwijderd?); zonder dat blad is de werkmap niet te lezen: " \
           "maak het verwijderen ongedaan (Ctrl+Z), of begin met pyengine new en kopieer uw cijfers erin" in printed
    assert "twee.xlsx: blad Verdeelsleutel ontbreekt (verwijderd?)" in printed and "gedefinieerde naam" not in printed
    assert not out.exists()


def test_a_name_broken_on_a_sheet_that_is_there_is_not_called_a_missing_sheet(tmp_path):
    """A #REF! name whose sheet exists (its row was deleted) or was renamed: the defined name is named, no sheet is
    said to be missing."""
    book = openpyxl.load_workbook(workbook_of("regionaal-leerhuis/begrotingswijziging-2021-03.toml"))
    book["Wijziging"].title = "Wijziging 2021"
    for defined in book.defined_names.values():
        defined.attr_text = defined.attr_text.replace("'Wijziging'!", "'Wijziging 2021'!")
    book.defined_names["invoer_wijziging_personeelskosten"].attr_text = "#REF!$B$5:$F$5"
    book.save(tmp_path / "rij.xlsx")
    with pytest.raises(InputError) as error:
        load_workbook_spec(tmp_path / "rij.xlsx")
    assert "'invoer_wijziging_personeelskosten' does not point to one range" in str(error.value)
    assert "is missing" not in str(error.value)


def test_an_fte_typed_as_text_that_reads_two_ways_is_refused_in_a_produced_workbook_too(tmp_path):
    """The Invoer sheet of a produced kostenverdeling: text '1.777' in a Fte cell is 1777 or 1,777: refused with its
    cell; '0,5' reads one way and is read."""
    from test_settlement import set_cells

    produced = pyengine.generate([EXAMPLES / "midden-limburg-west/kostenverdeling-2018-2022.toml"],
                                 tmp_path / "een")[0].path
    with pytest.raises(InputError) as error:
        load_workbook_spec(set_cells(produced, tmp_path / "fte.xlsx", {("inv_kostenregels", 1, 3): "1.777"}))
    assert str(error.value) == ("fte.xlsx, Invoer!D14: expected an amount, got '1.777' (typed as text it reads two "
                                "ways: 1777 or 1.777; type the fte as a number (cell format Number, not Text), such "
                                "as 1.777)")
    _kind, costs = load_workbook_spec(set_cells(produced, tmp_path / "half.xlsx", {("inv_kostenregels", 1, 3): "0,5"}))
    assert Decimal("0.5") in [line.fte for line in costs.lines]
