"""Each allowed-value list lives in the schema once (issue 24 point 6): display units, method names and their
texts, yes/no words, kinds. A second literal copy elsewhere in pyengine/ is a defect: the copies drift apart."""

from __future__ import annotations

import re
from pathlib import Path

import openpyxl

from pyengine.core import allocation
from pyengine.core.allocation import METHODS
from pyengine.core.amendment import DISPLAY_UNITS
from pyengine.inputs import schema

ROOT = Path(__file__).resolve().parent.parent
SOURCES = {p: p.read_text(encoding="utf-8") for p in (ROOT / "pyengine").rglob("*.py")}

# A literal that spells out a whole list: where it may stand (its one definition).
LISTS = {
    r"\(1, 10, 100, 1_?000, 10_?000": {"pyengine/core/amendment.py"},  # display units
    r"1, 10, 100(, 1000)? \.\.\. 1_?000_?000": {"pyengine/core/amendment.py"},  # display units as text (DISPLAY_UNITS_TEXT)
    r"\"largest_remainder\":\s*\"": {"pyengine/core/allocation.py"},  # method -> its Dutch words
    r"\(\"ja\", \"nee\"\)|\{\"ja\": True": {"pyengine/inputs/schema.py"},  # yes/no
    r"\"waar\", \"true\"": {"pyengine/inputs/schema.py"},
    r"\(\"begrotingswijziging\", \"kostenverdeling\"": {"pyengine/core/amendment.py"},  # kinds (light: the CLI)
}


def test_each_allowed_value_list_is_written_once():
    for pattern, allowed in LISTS.items():
        found = {str(p.relative_to(ROOT)) for p, text in SOURCES.items() if re.search(pattern, text)}
        assert found == allowed, (pattern, sorted(found))


def test_the_schemas_lists_are_the_cores():
    assert schema.UNITS is DISPLAY_UNITS
    assert schema.METHOD_TEXT is allocation.METHOD_TEXT and schema.METHOD_LABELS is allocation.METHOD_LABELS
    assert tuple(schema.METHOD_LABELS) == tuple(schema.METHOD_TEXT) == METHODS
    assert all(schema.METHOD_TEXT[m].startswith(schema.METHOD_LABELS[m]) for m in METHODS)
    assert schema.YES_NO == (schema.YES_WORDS[0], schema.NO_WORDS[0])
    assert [schema.method_label(m) for m in ("largest_remainder", "Hamilton", "dhondt", "sainte_lague")] == [
        "grootste overschot", "grootste overschot", "D'Hondt", "Sainte-Laguë"]
    assert schema.method_label("onbekend") == "onbekend"  # refused by the reader, with its cell


def test_the_afrekening_names_its_method_in_the_officers_words(tmp_path):
    """Not 'largest_remainder' on the Invoer nor 'largest remainder' in the letter (the new-user trial)."""
    from pyengine import cli

    spec = ROOT / "examples" / "afrekening-peelland"
    spec = next(spec.glob("*.toml"))
    assert cli.main(["generate", str(spec), "--out", str(tmp_path), "--per-member"]) == 0
    produced = sorted(tmp_path.rglob("*.xlsx"))
    assert len(produced) > 2
    for path in produced:
        book = openpyxl.load_workbook(path)
        texts = [c.value for ws in book for row in ws.iter_rows() for c in row if isinstance(c.value, str)]
        assert not [t for t in texts if re.search(r"largest.remainder", t, re.I)], path
        assert any("grootste overschot" in t for t in texts), path
