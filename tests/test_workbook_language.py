"""The workbooks speak Dutch: no English word in the texts a person reads in a produced or an input workbook
(cells, sheet names, cell comments, data-validation prompts and messages, chart texts).

Limits: a word list, not a grammar (it catches an English note or prompt left behind, not a clumsy Dutch one);
text in quotes, file names, --options, formulas, cell references and hashes are not checked; the English names
of the Excel functions (=ALLOCATE) are Excel's vocabulary, not text."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import openpyxl
import pytest

from pyengine.bulk import generate

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
# Words that are English and not Dutch ("week", "is", "in", "of", "per" are both, so they are not here).
ENGLISH_WORDS = frozenset(
    "the and not must got give expected found missing file folder sheet row column cell number cannot only with "
    "without which this that amount member members key written failed unchanged error empty negative between "
    "least most year years figure unknown field section than more but should does has have twice each every for "
    "from or an no be are was use save write type text name names value values when there it its at to by total "
    "share shares weight weights check checks input output rate rates cost costs hours weeks source sum "
    "difference rounding please enter select click here see chart title note notes".split())


def _words(text: str) -> set[str]:
    text = re.sub(r"'[^'\n]*'|\"[^\"\n]*\"", " ", text)
    text = re.sub(r"\S+\.(?:toml|csv|xlsx|xlsm|pdf|py|txt)\b|--[\w-]+|\b[0-9a-f]{16,}\b|=[A-Z_.]+\(", " ", text)
    text = re.sub(r"\b\$?[A-Z]{1,3}\$?[0-9]+\b", " ", text)
    return set(re.findall(r"[a-zA-Z]+", text.lower()))


def _texts(path: Path):
    book = openpyxl.load_workbook(path)
    for sheet in book.worksheets:
        yield sheet.title, sheet.title
        for row in sheet.iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and not cell.value.startswith("="):
                    yield f"{sheet.title}!{cell.coordinate}", cell.value
                if cell.comment:
                    yield f"{sheet.title}!{cell.coordinate} (comment)", cell.comment.text
        for validation in sheet.data_validations.dataValidation:
            for part in ("promptTitle", "prompt", "errorTitle", "error"):
                if getattr(validation, part):
                    yield f"{sheet.title} {validation.sqref} ({part})", getattr(validation, part)
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if name.startswith("xl/charts/") and name.endswith(".xml"):
                for text in re.findall(r"<a:t>([^<]*)</a:t>", archive.read(name).decode("utf-8")):
                    yield f"{name} (chart text)", text


def _english(paths: list[Path]) -> list[str]:
    found = []
    for path in paths:
        for where, text in _texts(path):
            words = _words(text) & ENGLISH_WORDS
            if words:
                found.append(f"{path.name} {where}: {sorted(words)} in {text[:100]!r}")
    return found


def test_the_input_workbooks_and_templates_are_dutch():
    paths = sorted((ROOT / "xlsx_models").glob("*.xlsx")) + sorted((EXAMPLES / "invoer").rglob("*.xlsx")) + \
        sorted((EXAMPLES / "excel").glob("*.xlsx"))
    assert len(paths) >= 5
    assert _english(paths) == []


@pytest.fixture(scope="module")
def produced(tmp_path_factory) -> list[Path]:
    out = tmp_path_factory.mktemp("produced")
    results = generate([EXAMPLES / "regionaal-leerhuis"], out, per_member=True)
    results += generate([EXAMPLES / "midden-limburg-west", EXAMPLES / "holland-rijnland"], out)
    assert not [r for r in results if r.status == "failed"]
    return sorted(out.rglob("*.xlsx"))


def test_the_produced_workbooks_are_dutch(produced):
    assert len(produced) >= 11
    assert _english(produced) == []


def test_the_check_finds_english_where_it_is():
    assert _words("Please enter an amount") & ENGLISH_WORDS == {"please", "enter", "an", "amount"}
    assert _words("Uren per week x uurtarief, zie 'the file' en invoer.xlsx --key") & ENGLISH_WORDS == set()


def test_the_input_workbooks_say_werkmap_never_werkboek():
    """Dutch Excel calls a workbook a 'werkmap' (the glossary of tests/test_catalog.py); the officer reads the
    input workbook's instructions beside Excel's own menus."""
    paths = sorted((ROOT / "xlsx_models").glob("invoer-*.xlsx")) + sorted((EXAMPLES / "invoer").rglob("*.xlsx"))
    assert len(paths) >= 4
    found = [f"{path.name} {where}: {text[:80]!r}" for path in paths for where, text in _texts(path)
             if "werkboek" in text.lower()]
    assert found == []
