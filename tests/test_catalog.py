"""The message catalogs cannot drift from the source: every message a user can see has a Dutch text with
the same placeholders, the committed .mo is the .po compiled, and every marked message is a literal."""

from __future__ import annotations

import ast
import gettext
import importlib.util
import io
import sys
from pathlib import Path

import pytest

pytest.importorskip("babel", reason="Babel (in the test extra) extracts and compiles the catalogs")

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("catalog_tool", ROOT / "tools" / "catalog.py")
catalog_tool = importlib.util.module_from_spec(_spec)
sys.modules["catalog_tool"] = catalog_tool  # dataclasses look their module up there
_spec.loader.exec_module(catalog_tool)

from babel.messages.catalog import Catalog  # noqa: E402


@pytest.fixture(scope="module")
def source():
    return catalog_tool.extract()


@pytest.fixture(scope="module")
def dutch():
    return catalog_tool.read_catalog("nl")


def test_every_message_in_the_source_has_a_dutch_text_with_the_same_placeholders(source, dutch):
    assert catalog_tool.problems(source, dutch) == []


def test_the_committed_mo_is_the_po_compiled(dutch):
    """Compared as catalogs (every msgid and every text), not as bytes: Babel writes its own version into the
    header, and a newer Babel must not fail a fresh clone."""
    committed = gettext.GNUTranslations(io.BytesIO(catalog_tool.mo_path("nl").read_bytes()))
    fresh = gettext.GNUTranslations(io.BytesIO(catalog_tool.mo_bytes(dutch)))
    assert {k: v for k, v in committed._catalog.items() if k != ""} == \
        {k: v for k, v in fresh._catalog.items() if k != ""}
    assert committed.plural(1) == fresh.plural(1) == 0 and committed.plural(2) == fresh.plural(2) == 1


def test_the_po_is_as_the_tool_writes_it(source, dutch):
    """Sorted, without stale entries: re-running tools/catalog.py on a complete catalog changes nothing but
    Babel's version line."""
    def body(data: bytes) -> list[bytes]:
        return [line for line in data.splitlines() if not line.startswith(b'"Generated-By')]

    assert body(catalog_tool.po_bytes(catalog_tool.updated(dutch, source))) == \
        body(catalog_tool.po_path("nl").read_bytes())


def test_the_source_has_messages_and_the_dutch_catalog_translates_them(source, dutch):
    from pyengine.i18n import _, use_language

    assert len(source) > 0
    plain = [m for m in source if isinstance(m, str) and "{" not in m]
    for message in plain[:20]:
        with use_language("nl"):
            assert _(message) == dutch.get(message).string
        with use_language("en"):
            assert _(message) == message


# --- the checks themselves fail on what they must catch -----------------------------------------------

def _message(msgid):
    return {msgid: catalog_tool.SourceMessage(msgid, "x.py:1")}


def _catalog(*entries):
    catalog = Catalog(locale="nl", domain="pyengine")
    for msgid, text, *flags in entries:
        catalog.add(msgid, text, flags=flags)
    return catalog


def test_a_message_missing_from_the_catalog_fails():
    assert any("is not in nl" in p for p in catalog_tool.problems(_message("{place}: no total"), _catalog()))


def test_an_untranslated_message_fails():
    found = catalog_tool.problems(_message("{place}: no total"), _catalog(("{place}: no total", "")))
    assert any("has no nl translation" in p for p in found)


def test_a_fuzzy_translation_fails():
    found = catalog_tool.problems(_message("{place}: no total"),
                                  _catalog(("{place}: no total", "{place}: geen totaal", "fuzzy")))
    assert any("fuzzy" in p for p in found)


@pytest.mark.parametrize("text", ["{plaats}: geen totaal", "geen totaal", "{place}: geen totaal {value}"])
def test_a_placeholder_mismatch_fails(text):
    found = catalog_tool.problems(_message("{place}: no total"), _catalog(("{place}: no total", text)))
    assert any("placeholders" in p for p in found)


def test_a_plural_is_checked_form_by_form():
    source = {("one file", "{count} files"): catalog_tool.SourceMessage(("one file", "{count} files"), "x.py:1")}
    good = _catalog((("one file", "{count} files"), ("één bestand", "{count} bestanden")))
    bad = _catalog((("one file", "{count} files"), ("één bestand", "bestanden")))
    assert catalog_tool.problems(source, good) == []
    assert any("placeholders" in p for p in catalog_tool.problems(source, bad))


def test_an_unnamed_placeholder_and_a_stale_entry_fail():
    found = catalog_tool.problems(_message("{} rows"), _catalog(("{} rows", "{} rijen"), ("gone", "weg")))
    assert any("unnamed placeholder" in p for p in found)
    assert any("no longer in the source" in p for p in found)


def test_a_correct_catalog_passes():
    assert catalog_tool.problems(_message("{place}: no total"),
                                 _catalog(("{place}: no total", "{place}: geen totaal"))) == []


# --- what the extractor cannot see is refused in the source ----------------------------------------------

MARKERS = {"_": 1, "N_": 1, "ngettext": 2}


def _marked_calls():
    for folder in catalog_tool.SOURCE_DIRS:
        for path in sorted((ROOT / folder).rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
            for node in ast.walk(tree):
                if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in MARKERS:
                    yield path.relative_to(ROOT), node


def test_every_marked_message_is_a_plain_literal():
    """An f-string, a '+' or a .format() inside _() is invisible to the extractor and never translated. `_(NAME)`
    translates a text marked elsewhere with N_() (which must itself be a literal), so a name is allowed there."""
    bad = []
    for path, call in _marked_calls():
        texts = call.args[:MARKERS[call.func.id]]
        literal = all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in texts)
        deferred = call.func.id == "_" and all(isinstance(a, (ast.Name, ast.Attribute, ast.Subscript)) for a in texts)
        if len(texts) < MARKERS[call.func.id] or call.keywords or not (literal or deferred):
            bad.append(f"{path}:{call.lineno}: {ast.unparse(call)[:80]}")
    assert bad == []

def test_every_marked_message_is_seen_by_the_extractor(source):
    """A _() inside an f-string's braces runs, but the extractor does not see it: it would never be translated."""
    seen = {m if isinstance(m, str) else m[0] for m in source}
    unseen = [f"{path}:{call.lineno}: {call.args[0].value!r}" for path, call in _marked_calls()
              if call.args and isinstance(call.args[0], ast.Constant) and call.args[0].value not in seen]
    assert unseen == []


# One word for one thing, as Dutch Excel and Dutch public finance say it (the guide uses the same words).
GLOSSARY = {"werkboek": "werkmap", "spreadsheet": "werkmap", "sleutelverdeling": "verdeelsleutel"}


def test_the_dutch_texts_use_the_words_of_dutch_excel_and_public_finance(dutch):
    wrong = []
    for entry in dutch:
        texts = entry.string if isinstance(entry.string, (tuple, list)) else (entry.string,)
        for text in texts:
            for word, right in GLOSSARY.items():
                if word in text.lower():
                    wrong.append(f"{entry.id!r}: '{word}' (say '{right}')")
    assert wrong == []
