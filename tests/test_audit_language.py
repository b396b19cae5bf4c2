"""The audit's report in the user's language: with --lang nl no English word in what pyengine writes, with
--lang en no Dutch-only one; figures the language's way (Dutch 1.234,56); --json the same in both.

What the file itself says (its labels, sheet names, headers) is not ours to translate and is taken out before
the words are counted (word lists of the bad-input suite, plus the audit's own words). The relation and check
texts made in tables.py / model.py / begroting.py are taken out here too, and held by their own test.
"""

from __future__ import annotations

import json
import re
import sys
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from audit_corpus import LAYOUTS, alter, build, write_xlsx
from pyengine import i18n
from pyengine.audit import audit
from pyengine.audit.report import _place, read_grids
from pyengine.cli import main
from pyengine.i18n import use_language
from test_bad_inputs import DUTCH_ONLY_WORDS, ENGLISH_WORDS, _our_words

ROOT = Path(__file__).resolve().parent.parent
# the audit's own English words, beyond the bad-input suite's list
AUDIT_ENGLISH = ENGLISH_WORDS | frozenset(
    "audit table tables rows columns figures checked against their totals note findings finding holds fails "
    "lines line called verified nothing adds up difference within rounding shown explains incomplete hidden "
    "macros saved program calculate page".split())
AUDIT_DUTCH_ONLY = DUTCH_ONLY_WORDS | frozenset(
    "controle gecontroleerd tabel tabellen getallen bevinding bevindingen opmerking klopt verschil pagina regel "
    "kolom kolommen blad".split())


@pytest.fixture(autouse=True)
def english_afterwards():
    yield
    i18n.set_language("en")


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    """A produced amendment, corpus tables with findings (one rounding-sized, one large), a list without totals
    and a workbook whose formulas carry no values beside a typed total."""
    folder = tmp_path_factory.mktemp("language")
    from pyengine import generate

    generate(ROOT / "examples" / "regionaal-leerhuis" / "begrotingswijziging-2021-03.toml", folder / "out")
    made = {"amendment": next((folder / "out").glob("*.xlsx"))}
    layout = LAYOUTS[0]  # gemeente baten en lasten
    printed = build(layout, 1000)
    for kind in ("+1", "large"):
        copy, _alteration = alter(printed, kind, 3)
        made[kind] = write_xlsx(copy, folder / f"corpus-{kind.replace('+', 'plus')}.xlsx")
    book = openpyxl.Workbook()
    book.active.title = "Lijst"
    for row in [["Gemeente", "Inwoners"], ["Almere", 218000], ["Baarn", 25000], ["Castricum", 36000]]:
        book.active.append(row)
    book.save(folder / "lijst.xlsx")
    made["nothing"] = folder / "lijst.xlsx"
    book = openpyxl.Workbook()
    book.active.title = "Tabel"
    for row in [["Gemeente", "2025", "2026"], ["Almere", 300, 310], ["Baarn", 450, 460], ["Totaal", 750, 790]]:
        book.active.append(row)
    saldo = book.create_sheet("Saldo")
    for row in [["Post", "2025"], ["Lasten", 100], ["Baten", -100], ["Saldo", "=B2+B3"]]:
        saldo.append(row)
    book.save(folder / "half.xlsx")
    made["incomplete"] = folder / "half.xlsx"
    return made


def run(args, monkeypatch, capsys):
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG", "PYENGINE_LANG"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    code = main(args)
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def engines_texts(path: Path, lang: str) -> list[str]:
    """The texts of the report that tables.py / model.py / begroting.py make: relations, checks, their notes."""
    from pyengine.audit.begroting import amendment_rules, looks_like_amendment

    with use_language(lang):
        report = audit(path)
        grids, _notes = read_grids(path, None)
        layout_notes = [note for grid in grids if looks_like_amendment(grid) for note in amendment_rules(grid)[1]]
        return [r.describe() for t in report.tables for r in t.relations] + [f.check for f in report.findings] + \
            layout_notes


def file_texts(path: Path) -> list[str]:
    grids, _notes = read_grids(path, None)
    return [cell.text for grid in grids for cell in grid.cells.values() if cell.number is None] + \
        [grid.name for grid in grids]


def ours(text: str, path: Path, lang: str) -> list[str]:
    """The words pyengine wrote: without the file's own texts and the engine's relation/check texts."""
    for fragment in sorted(engines_texts(path, lang) + file_texts(path), key=len, reverse=True):
        if fragment.strip():
            text = text.replace(fragment, " ")
    return _our_words(text)


CASES = ["amendment", "+1", "large", "nothing", "incomplete"]


@pytest.mark.parametrize("case", CASES)
def test_the_audit_report_in_dutch_has_no_english_word(case, files, monkeypatch, capsys):
    path = files[case]
    code_nl, dutch = run(["--lang", "nl", "audit", str(path)], monkeypatch, capsys)
    code_en, english = run(["--lang", "en", "audit", str(path)], monkeypatch, capsys)
    assert code_nl == code_en and dutch != english
    assert "Traceback" not in dutch
    assert sorted(set(ours(dutch, path, "nl")) & AUDIT_ENGLISH) == [], dutch
    assert sorted(set(ours(english, path, "en")) & AUDIT_DUTCH_ONLY) == [], english


def test_what_the_dutch_report_says(files, monkeypatch, capsys):
    code, dutch = run(["--lang", "nl", "audit", str(files["amendment"])], monkeypatch, capsys)
    assert code == 0
    assert re.match(r"Controle van \S+: \d+ tabellen, [\d.]+ regels met getallen, [\d.]+ bedragen van totalen "
                    r"gecontroleerd tegen hun regels", dutch)
    assert "  opmerking: blad 'Begrotingswijziging' is opgemaakt als een begrotingswijziging" in dutch
    assert "    gecontroleerd: " in dutch and "geen totalen gevonden" in dutch
    # (its Berekening's corrections and count errors on the total lines are no sums: said, in Dutch)
    assert dutch.rstrip().endswith("geen bevindingen: elk totaal klopt in de kolommen die optellen; de cijfers op de "
                                   "totaalregels van 24 kolommen waarvan de titels geen som noemen, zijn niet "
                                   "gecontroleerd")
    code, dutch = run(["--lang", "nl", "audit", str(files["+1"])], monkeypatch, capsys)
    assert code == 1
    assert re.search(r"verwacht -?[\d.]+, gevonden -?[\d.]+ \(verschil [+-][\d.]+: een afrondingsverschil, binnen "
                     r"wat de afronding van elk getoond getal verklaart\)", dutch), dutch
    assert re.search(r"^(\d+) bevinding\(en\), waarvan \1 afrondingsverschil\(len\): de tabel klopt niet", dutch, re.M)
    code, dutch = run(["--lang", "nl", "audit", str(files["incomplete"])], monkeypatch, capsys)
    assert "blad 'Saldo': 1 formulecel zonder waarde" in dutch and "NIET gecontroleerd" in dutch
    assert dutch.rstrip().endswith("1 bevinding(en); 1 formulecel had geen opgeslagen waarde en is NIET gecontroleerd")
    code, dutch = run(["--lang", "nl", "audit", str(files["nothing"])], monkeypatch, capsys)
    assert code == 2 and dutch.rstrip().endswith("dus dit bestand is NIET geverifieerd")


def test_figures_are_written_the_languages_way(files, monkeypatch, capsys):
    """A large change in thousands: Dutch 1.234 in the Dutch report, 1,234 in the English one; --json keeps
    the exact figure as digits and its English keys in both."""
    path = files["large"]
    _code, dutch = run(["--lang", "nl", "audit", str(path)], monkeypatch, capsys)
    _code, english = run(["--lang", "en", "audit", str(path)], monkeypatch, capsys)
    nl = re.search(r"verwacht (-?[\d.]+), gevonden (-?[\d.]+) \(verschil ([+-][\d.]+)\)", dutch)
    en = re.search(r"expected (-?[\d,]+), found (-?[\d,]+) \(difference ([+-][\d,]+)\)", english)
    assert nl and en, (dutch, english)
    assert [g.replace(".", "") for g in nl.groups()] == [g.replace(",", "") for g in en.groups()]
    assert any(len(g.lstrip("+-")) > 3 for g in nl.groups()) and "." in nl.group(1) + nl.group(2)
    _code, json_nl = run(["--lang", "nl", "audit", "--json", str(path)], monkeypatch, capsys)
    _code, json_en = run(["--lang", "en", "audit", "--json", str(path)], monkeypatch, capsys)
    data_nl, data_en = json.loads(json_nl), json.loads(json_en)
    assert data_nl.keys() == data_en.keys() and data_nl["verdict"] == data_en["verdict"] == "findings"
    assert [f["expected"] for f in data_nl["findings"]] == [f["expected"] for f in data_en["findings"]]
    assert all(Decimal(f["expected"]) == Decimal(nl.group(1).replace(".", "")) for f in data_nl["findings"][:1])


def test_a_pdf_place_in_the_report_language():
    assert _place("page 2, line 14") == "page 2, line 14"
    with use_language("nl"):
        assert _place("page 2, line 14") == "pagina 2, regel 14"
        assert _place("B12") == "B12"


def test_the_audits_refusals_in_dutch(tmp_path, monkeypatch, capsys):
    (tmp_path / "tabel.ods").write_bytes(b"x")
    code, dutch = run(["--lang", "nl", "audit", str(tmp_path / "tabel.ods")], monkeypatch, capsys)
    assert code == 2 and dutch.startswith("pyengine audit: tabel.ods: geen .xlsx-werkmap of pdf (maar .ods)"), dutch
    (tmp_path / "kapot.xlsx").write_bytes(b"geen zip")
    code, dutch = run(["--lang", "nl", "audit", str(tmp_path / "kapot.xlsx")], monkeypatch, capsys)
    assert code == 2 and "geen .xlsx-werkmap (het bestand is geen zip-pakket)" in dutch, dutch
    code, dutch = run(["--lang", "nl", "audit", str(tmp_path / "weg.pdf")], monkeypatch, capsys)
    assert code == 2 and "bestand niet gevonden" in dutch, dutch


@pytest.mark.parametrize("case", ["amendment", "+1", "large"])
def test_the_engines_relation_and_check_texts_in_dutch(case, files):
    texts = " ".join(engines_texts(files[case], "nl"))
    for fragment in file_texts(files[case]):
        texts = texts.replace(fragment, " ")
    assert sorted(set(_our_words(texts)) & AUDIT_ENGLISH) == [], texts


def test_a_spec_given_to_audit_is_told_to_generate_first(tmp_path, monkeypatch, capsys):
    """Not 'save it from Excel as .xlsx': a .toml is a spec, audit reads what it produces, and the command says how."""
    spec = tmp_path / "begrotingswijziging.toml"
    spec.write_text('soort = "begrotingswijziging"\n', encoding="utf-8")
    code, dutch = run(["--lang", "nl", "audit", str(spec)], monkeypatch, capsys)
    assert code == 2 and dutch.strip() == (
        f"pyengine audit: begrotingswijziging.toml: een specificatie, geen tabel; audit leest gemaakte tabellen (een "
        f".xlsx-werkmap of een pdf): maak eerst de werkmap (pyengine generate {spec} --out uitvoer) en controleer de "
        f"werkmap die daarmee in uitvoer komt"), dutch
    code, english = run(["--lang", "en", "audit", str(spec)], monkeypatch, capsys)
    assert code == 2 and "a spec, not a table" in english and f"pyengine generate {spec} --out uitvoer" in english
    assert "save it from Excel" not in english + dutch
