"""meerjarenraming and sleutelvergelijking as input workbooks: pyengine new writes the kind's own workbook,
whose Invoer sheet holds every input; generate reads a produced workbook back (the round trip) and gives
the same figures."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

import pyengine
from pyengine.cli import main as cli_main

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "vooruitblik"


def values(path: Path) -> dict[str, list]:
    book = openpyxl.load_workbook(path, data_only=True)
    return {name: [[c.value for c in row] for row in book[name].iter_rows()] for name in book.sheetnames
            if name not in ("Herkomst", "Invoer")}  # Invoer and Herkomst name their source files


@pytest.mark.parametrize("spec", ["meerjarenraming-2026-2029.toml", "sleutelvergelijking-2026-2030.toml"])
def test_a_produced_workbook_reads_back_to_the_same_figures(tmp_path, spec):
    first = pyengine.generate([EXAMPLES / spec], tmp_path / "a")
    assert [r.status for r in first] == ["written"]
    again = pyengine.generate([first[0].path], tmp_path / "b")
    assert [r.status for r in again] == ["written"], again[0].error
    assert again[0].path.name == first[0].path.name
    assert values(again[0].path) == values(first[0].path)


def test_new_writes_input_workbooks_that_generate_reads(tmp_path, capsys):
    key = EXAMPLES / "inwoners-2025.csv"
    assert cli_main(["new", "meerjarenraming", "--key", str(key), "--years", "2026-2029",
                     "--out", str(tmp_path / "mr.xlsx")]) == 0
    assert cli_main(["new", "sleutelvergelijking", "--years", "2026-2030", "--out", str(tmp_path / "vg.xlsx")]) == 0
    assert "next: fill in the yellow cells" in capsys.readouterr().out
    book = openpyxl.load_workbook(tmp_path / "mr.xlsx")
    invoer = [[c.value for c in row] for row in book["Invoer"].iter_rows()]
    assert ["Hilversum", 93540] in [row[:2] for row in invoer]  # the key's members and weights, to edit
    # the officer types the base year's amounts and the indices over the zeros
    sheet = book["Invoer"]
    cells = {row[0].value: row for row in sheet.iter_rows() if row[0].value in ("personeelskosten", "loon")}
    cells["personeelskosten"][3].value = 1850000
    for cell, percent in zip(cells["loon"][2:5], (3.1, 2.6, 2.4)):
        cell.value = percent
    book.save(tmp_path / "mr.xlsx")
    # a form generated before it is filled in is refused, naming the first amount's cell
    refused = pyengine.generate([tmp_path / "vg.xlsx"], tmp_path / "out")[0]
    assert refused.status == "failed" and "Invoer!B14: no amounts filled in" in refused.error
    _type_amounts(tmp_path / "vg.xlsx")
    results = pyengine.generate([tmp_path / "mr.xlsx", tmp_path / "vg.xlsx"], tmp_path / "out")
    assert [r.status for r in results] == ["written", "written"], [r.error for r in results]
    produced = openpyxl.load_workbook(results[0].path, data_only=True)["Meerjarenraming"]
    rows = {r[0].value: [c.value for c in r[2:6]] for r in produced.iter_rows()}
    assert rows["Personeelskosten"] == [1850000, 1907350, 1956941, 2003908]
    assert "not a gemeente of 2026" in results[1].note  # the placeholder members


def _type_amounts(path: Path, amount: int = 1_000_000) -> None:
    """What the officer does between new and generate: type an amount over every yellow 0 amount."""
    book = openpyxl.load_workbook(path)
    sheet = book["Invoer"]
    for name in ("inv_regels", "inv_vgl_bedragen"):
        if name in book.defined_names:
            _sheet, area = next(iter(book.defined_names[name].destinations))
            rows = sheet[area.replace("$", "")]
            column = 3 if name == "inv_regels" else 1
            for row in rows[1:]:
                if row[column].value == 0:
                    row[column].value = amount
    book.save(path)


def test_new_needs_the_years(tmp_path, capsys):
    assert cli_main(["new", "meerjarenraming", "--out", str(tmp_path / "mr.xlsx")]) == 2
    assert "--years" in capsys.readouterr().err


FORECAST_SPEC = """soort = "meerjarenraming"
titel = "Regionaal Leerhuis"
organisatie = "Regio Gooi en Vechtstreek"
jaren = [2026, 2027, 2028]
verdeelmethode = "sainte_lague"
herindeling = "samenvoegen"
[lasten]
personeelskosten = { bedrag = 1850000, index = "loon", omschrijving = "Personeel" }
kapitaallasten = { bedrag = 238000, index = "geen" }
[baten]
overige_baten = { bedrag = 100000, index = "prijs", omschrijving = "Overige baten" }
[indexatie]
loon = { 2027 = 3.1, 2028 = 2.6 }
prijs = { 2027 = 2.1, 2028 = -0.5 }
bron = "CPB, Centraal Economisch Plan 2026"
[verdeelsleutel.2026]
gewichten = { Amsterdam = 931298, Weesp = 20000, Hilversum = 93540 }
bron = "CBS, inwoners 1 januari 2025"
[verdeelsleutel.2027]
gewichten = { Amsterdam = 940000, Hilversum = 94000 }
bron = "CBS, prognose"
[verdeelsleutel.2028]
bestand = "inwoners.csv"
kolom = "inwoners"
[toelichting]
tekst = ["De raming volgt de kadernota 2026.", "Bedragen in euro's."]
"""

COMPARISON_SPEC = """soort = "sleutelvergelijking"
titel = "Regionaal Leerhuis"
jaren = [2026, 2027, 2028]
bedrag = { 2026 = 2500000, 2027 = 2560000, 2028 = 2600000 }
ingroei = 2
ingroei_vanaf = 2027
herindeling = "samenvoegen"
[sleutel_a]
gewichten = { Amsterdam = 3, Weesp = 1, Hilversum = 2 }
bron = "huidige sleutel (inwoners 2020)"
[sleutel_b]
bestand = "inwoners.csv"
kolom = "inwoners"
[inwoners]
bestand = "inwoners.csv"
kolom = "inwoners"
[toelichting]
tekst = "Ingroei in twee jaar, besluit AB 12 maart 2026."
"""


def _model(path: Path):
    from pyengine.inputs.workbook_spec import load_any_spec

    return load_any_spec(path)[1]


def _fields(model) -> dict:
    """Every input of a meerjarenraming or sleutelvergelijking model, with each key's origin."""
    fields = {name: getattr(model, name) for name in ("title", "organisation", "years", "merge_rule", "explanation",
                                                      "lines", "indices", "index_source", "method", "amounts",
                                                      "steps", "start") if hasattr(model, name)}
    keys = list(getattr(model, "keys", ())) + [k for k in (getattr(model, "key_a", None),
                                                           getattr(model, "key_b", None),
                                                           getattr(model, "population", None)) if k is not None]
    fields["keys"] = [(dict(zip(k.names, k.weights)), k.fixed_per_member) for k in keys]
    fields["origins"] = [k.source.split(" (")[-1].rstrip(")") for k in keys]
    return fields


@pytest.mark.parametrize("text", [FORECAST_SPEC, COMPARISON_SPEC], ids=["meerjarenraming", "sleutelvergelijking"])
def test_the_round_trip_keeps_every_field(tmp_path, text):
    (tmp_path / "inwoners.csv").write_text("gemeente,inwoners\nAmsterdam,951298\nHilversum,93540\n", encoding="utf-8")
    (tmp_path / "spec.toml").write_text(text, encoding="utf-8")
    original = _fields(_model(tmp_path / "spec.toml"))
    assert original["merge_rule"] == "samenvoegen" and original["explanation"]
    produced = pyengine.generate([tmp_path / "spec.toml"], tmp_path / "a")[0].path
    again = _fields(_model(produced))
    assert again == original
    # and again from what that gives: nothing grows (a key's origin is not wrapped twice)
    second = pyengine.generate([produced], tmp_path / "b")[0].path
    assert _fields(_model(second)) == original
    invoer = openpyxl.load_workbook(second)["Invoer"]
    texts = [c.value for row in invoer.iter_rows() for c in row if isinstance(c.value, str)]
    assert not any(t.count(".xlsx") > 1 for t in texts)


def test_an_input_workbook_is_a_form_with_dutch_validation_and_input_checks(tmp_path):
    key = EXAMPLES / "inwoners-2025.csv"
    for kind, years in (("meerjarenraming", "2026-2029"), ("sleutelvergelijking", "2026-2030")):
        out = tmp_path / f"{kind}.xlsx"
        assert cli_main(["new", kind, "--key", str(key), "--years", years, "--out", str(out)]) == 0
        book = openpyxl.load_workbook(out)
        invoer = book["Invoer"]
        rules = invoer.data_validations.dataValidation
        assert rules and all(r.error.startswith("Verwacht: ") and r.errorTitle == "Ongeldige invoer" for r in rules)
        lists = {r.formula1 for r in rules if r.type == "list"}
        assert '"melden,samenvoegen"' in lists
        yellow = [c for row in invoer.iter_rows() for c in row
                  if c.fill.fill_type and c.fill.fgColor.rgb == "00FFF2CC" and isinstance(c.value, (int, float))]
        # every yellow number (amount, percent, weight, takes part, scale, years, tolerance) has a rule
        covered = {(row, col) for r in rules for rng in r.sqref.ranges
                   for row in range(rng.min_row, rng.max_row + 1) for col in range(rng.min_col, rng.max_col + 1)}
        assert yellow and {(c.row, c.column) for c in yellow} <= covered
        if kind == "meerjarenraming":
            assert '"grootste overschot,Sainte-Laguë,D\'Hondt"' in lists and '"lasten,baten"' in lists
            assert '"loon,prijs,geen"' in lists
            assert "grootste overschot" in [c.value for row in invoer.iter_rows() for c in row]
        checks = [row[0].value for row in book["Controles"].iter_rows() if row[0].value]
        assert any(str(c).startswith("Invoer: ") for c in checks)
        assert book.defined_names.get("inv_toelichting") is not None
    # what the officer types is checked live: a negative weight makes the Controles say ONWAAR in Excel
    # (here: the check's formula names the weights)
    controles = openpyxl.load_workbook(tmp_path / "meerjarenraming.xlsx")["Controles"]
    formulas = [row[1].value for row in controles.iter_rows() if str(row[0].value).startswith("Invoer: verdeel")]
    assert formulas and all("COUNTIF(Invoer!" in f and '"<0"' in f for f in formulas)


def test_a_toelichting_typed_in_the_form_is_shown_and_kept(tmp_path):
    out = tmp_path / "vg.xlsx"
    assert cli_main(["new", "sleutelvergelijking", "--key", str(EXAMPLES / "inwoners-2025.csv"),
                     "--years", "2026-2028", "--out", str(out)]) == 0
    book = openpyxl.load_workbook(out)
    sheet_name, area = next(iter(book.defined_names["inv_toelichting"].destinations))
    first = area.replace("$", "").split(":")[0]
    book[sheet_name][first].value = "Besluit AB 12 maart 2026."
    book.save(out)
    _type_amounts(out)
    result = pyengine.generate([out], tmp_path / "o")[0]
    assert result.status == "written", result.error
    shown = [c.value for row in openpyxl.load_workbook(result.path)["Sleutelvergelijking"].iter_rows() for c in row]
    assert "Besluit AB 12 maart 2026." in shown


def _commands(text: str, heading: str, fence: str) -> list[list[str]]:
    """The command lines of the ``fence`` blocks in the section under ``heading`` (up to the next heading
    of the same level), as arguments of pyengine's main."""
    level = heading.split(" ")[0]
    section = text.split(heading, 1)[1]
    section = section.split(f"\n{level} ", 1)[0]
    lines = []
    for block in section.split(f"```{fence}\n")[1:]:
        for line in block.split("```", 1)[0].splitlines():
            line = line.split("#", 1)[0].strip()
            if line:
                words = line.replace("\\", "/").split()
                if words[:3] == ["py", "-m", "pyengine"]:
                    words = words[2:]
                assert words[0] == "pyengine", line
                lines.append(words[1:])
    return lines


def _run_as_written(commands: list[list[str]], folder: Path, monkeypatch) -> None:
    import shutil

    monkeypatch.chdir(folder)
    for args in commands:
        if args[0] == "verify" and not shutil.which("soffice"):
            continue  # LibreOffice is what verify runs; tests/test_verify.py covers its absence
        assert cli_main(args) == 0, args
        if args[0] == "new":  # 'fill in the yellow cells'
            _type_amounts(folder / args[args.index("--out") + 1])


def test_the_readme_commands_run_as_written(tmp_path, monkeypatch, capsys):
    (tmp_path / "examples").symlink_to(ROOT / "examples")
    commands = _commands((ROOT / "README.md").read_text(encoding="utf-8"),
                         "### Looking ahead: meerjarenraming and sleutelvergelijking", "bash")
    assert len(commands) >= 7 and {c[0] for c in commands} == {"generate", "new", "verify", "audit"}
    _run_as_written(commands, tmp_path, monkeypatch)
    produced = sorted(p.name for p in (tmp_path / "uitvoer").glob("*.xlsx"))
    assert "regionaal-leerhuis-meerjarenraming-2026-2029.xlsx" in produced and len(produced) == 4


def test_the_handleiding_commands_run_as_written(tmp_path, monkeypatch, capsys):
    (tmp_path / "examples").symlink_to(ROOT / "examples")
    (tmp_path / "inwoners.csv").write_bytes((EXAMPLES / "inwoners-2025.csv").read_bytes())  # 'uw eigen inwoners.csv'
    commands = _commands((ROOT / "docs" / "handleiding.md").read_text(encoding="utf-8"),
                         "## 2a. Vooruitkijken", "bat")
    assert [c[:2] for c in commands] == [["generate", "examples/vooruitblik"], ["verify", "uitvoer"],
                                         ["new", "meerjarenraming"], ["generate", "raming.xlsx"],
                                         ["new", "sleutelvergelijking"], ["generate", "vergelijking.xlsx"]]
    _run_as_written(commands, tmp_path, monkeypatch)
    assert len(list((tmp_path / "uitvoer").glob("*.xlsx"))) == 4


def test_new_checks_the_key_files_gemeenten_and_an_untitled_workbook_is_named_by_its_kind(tmp_path, capsys):
    (tmp_path / "typo.csv").write_text("gemeente,inwoners\nSmalingerland,56000\nBergen,30000\nHilversum,93000\n",
                                       encoding="utf-8")
    for kind in ("meerjarenraming", "begrotingswijziging"):
        assert cli_main(["new", kind, "--key", str(tmp_path / "typo.csv"), "--years", "2026-2029",
                         "--out", str(tmp_path / f"{kind}.xlsx")]) != 0
        printed = capsys.readouterr()
        error = printed.err + printed.out
        assert "typo.csv, kolom inwoners: 'Smalingerland' is no gemeente of 2026; did you mean 'Smallingerland'" in error
        assert "did you mean 'Bergen (L.)' or 'Bergen (NH.)'" in error
        assert not (tmp_path / f"{kind}.xlsx").exists()
    assert cli_main(["new", "meerjarenraming", "--years", "2026-2029", "--out", str(tmp_path / "m.xlsx")]) == 0
    book = openpyxl.load_workbook(tmp_path / "m.xlsx")
    for row in book["Invoer"].iter_rows():
        if row[0].value == "Titel":
            row[1].value = "Meerjarenraming 2026-2029"  # says nothing the kind and its years do not
    book.save(tmp_path / "m.xlsx")
    _type_amounts(tmp_path / "m.xlsx")
    result = pyengine.generate([tmp_path / "m.xlsx"], tmp_path / "o")[0]
    assert result.path.name == "meerjarenraming-2026-2029.xlsx", result.error
    produced = openpyxl.load_workbook(result.path)
    assert produced["Meerjarenraming"]["A1"].value == "Meerjarenraming 2026-2029"
    assert produced["Per gemeente"]["A1"].value == "Bijdrage per gemeente 2026-2029"
    assert result.note.count("not a gemeente") == 1  # the same members every year: said once


@pytest.mark.parametrize("spec, changes, places", [
    ("meerjarenraming-2026-2029.toml",
     {("inv_regels", 1, 3): "veel", ("inv_regels", 2, 2): True, ("inv_sleutel_2026", 1, 0): True,
      ("inv_sleutel_2026", 2, 1): "zwaar"},
     ["Invoer!D13: expected an amount, got 'veel'", "Invoer!C14: expected text, got True",
      "Invoer!A26: expected text, got True", "Invoer!B27: expected a weight (a number), got 'zwaar'"]),
    ("sleutelvergelijking-2026-2030.toml",
     {("inv_vgl_bedragen", 1, 1): "veel", ("inv_vgl_bedragen", 2, 0): "x", ("inv_sleutels", 1, 0): True,
      ("inv_sleutels", 2, 1): "zwaar"},
     ["Invoer!B14: expected an amount, got 'veel'", "Invoer!A15: expected a year such as 2025, got 'x'",
      "Invoer!A22: expected text, got True", "Invoer!B23: expected a weight (a number), got 'zwaar'"]),
])
def test_a_produced_workbook_with_several_bad_cells_names_every_one(tmp_path, spec, changes, places):
    """One run names every cell of the Invoer sheet that cannot be read (an input workbook does), not the first."""
    from test_settlement import set_cells

    produced = pyengine.generate([EXAMPLES / spec], tmp_path / "a")[0].path
    edited = set_cells(produced, tmp_path / "fout.xlsx", changes)
    [result] = pyengine.generate([edited], tmp_path / "b")
    assert result.status == "failed" and result.error.splitlines() == [f"fout.xlsx, {p}" for p in places]
    assert not (tmp_path / "b").exists()


@pytest.mark.parametrize("spec, changes, places", [
    ("meerjarenraming-2026-2029.toml", {("inv_regels", 1, 3): None, ("inv_indexatie", 1, 2): None},
     ["Invoer!C20: the index figure of loon for 2027 is empty; fill in the percent (0 for no change)",
      "Invoer!D13: the amount of Personeelskosten is empty; fill in its amount of 2026 (0 if it has none)"]),
    ("meerjarenraming-2026-2029.toml", {("inv_indexatie", 0, 2): None},
     ["Invoer!C19: expected a year (no gaps between the years), got an empty cell"]),
    ("sleutelvergelijking-2026-2030.toml", {("inv_vgl_bedragen", 2, 0): None, ("inv_vgl_bedragen", 3, 1): None},
     ["Invoer!A15: expected a year (no gaps between the years), got an empty cell",
      "Invoer!B16: the amount of 2028 is empty; fill in the amount to split in 2028"]),
])
def test_an_empty_cell_of_a_produced_outlook_workbook_is_named_with_what_to_fill_in(tmp_path, spec, changes, places):
    """e71 (new user's officer's year): an empty amount said 'NoneType is not a number', an empty year was
    blamed on the year above it ('must be a whole number, got NoneType None'), an empty amount of a
    sleutelvergelijking gave two lines without a cell, an empty year header showed Python's list."""
    from test_settlement import set_cells

    produced = pyengine.generate([EXAMPLES / spec], tmp_path / "a")[0].path
    edited = set_cells(produced, tmp_path / "leeg.xlsx", changes)
    [result] = pyengine.generate([edited], tmp_path / "b")
    assert result.status == "failed" and result.error.splitlines() == [f"leeg.xlsx, {p}" for p in places]
    assert "NoneType" not in result.error and "None" not in result.error
    assert not (tmp_path / "b").exists()
