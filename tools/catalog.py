"""The message catalogs: extract the messages from the source, update the Dutch .po, compile the .mo.

    python tools/catalog.py            extract + update pyengine/locale/nl/LC_MESSAGES/pyengine.po + compile .mo
    python tools/catalog.py --check    say what is missing, untranslated or mismatched (exit 1), write nothing
    make catalog                       the same as the first line

The .po is the source a person edits (fill in each empty msgstr); the .mo beside it is compiled from
it and committed, so that the wheel and an editable install carry it. tests/test_catalog.py fails
when the two drift apart or when a message in the source has no Dutch text with the same placeholders.

Babel (a test/dev dependency, not a runtime one) extracts and compiles; the runtime reads the .mo
with the standard library's gettext.
"""

from __future__ import annotations

import argparse
import io
import re
import string
import sys
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
SOURCE_DIRS = ("pyengine", "udfs")  # everything a user can see a message of
LOCALE_DIR = ROOT / "pyengine" / "locale"
DOMAIN = "pyengine"
TRANSLATED = ("nl",)
# The calls that mark a message: _(), N_() and ngettext(singular, plural, n); nothing else.
KEYWORDS = {name: DEFAULT_KEYWORDS[name] for name in ("_", "N_", "ngettext")}
# Fixed, so that re-running the tool changes nothing when no message changed.
HEADER_COMMENT = """\
# The Dutch messages of pyengine. The msgid is the English text; fill in each empty msgstr with the
# same {placeholders}, then run `python tools/catalog.py` (or `make catalog`) to compile the .mo.
# Terms: begroting, wijziging, bijgestelde begroting, verdeelsleutel, deelnemer, afrondingsverschil,
# niet gecontroleerd; amounts come in through amount()/number() already written the Dutch way."""
FIXED_DATE = datetime(2026, 1, 1, tzinfo=timezone.utc)


def po_path(lang: str) -> Path:
    return LOCALE_DIR / lang / "LC_MESSAGES" / f"{DOMAIN}.po"


def mo_path(lang: str) -> Path:
    return LOCALE_DIR / lang / "LC_MESSAGES" / f"{DOMAIN}.mo"


@dataclass(frozen=True)
class SourceMessage:
    msgid: str | tuple[str, str]  # a tuple for ngettext (singular, plural)
    where: str  # file:line of its first use


def extract(root: Path = ROOT) -> dict[str | tuple[str, str], SourceMessage]:
    """Every message marked in the source, with the place of its first use."""
    found: dict[str | tuple[str, str], SourceMessage] = {}
    for folder in SOURCE_DIRS:
        for filename, lineno, message, _comments, _context in extract_from_dir(
                root / folder, method_map=[("**.py", "python")], keywords=KEYWORDS, comment_tags=(),
                strip_comment_tags=True):
            if isinstance(message, tuple):  # ngettext: (singular, plural) (and None for the count)
                message = tuple(m for m in message if m is not None)[:2]
            if not message:
                continue
            found.setdefault(message, SourceMessage(message, f"{folder}/{filename}:{lineno}"))
    return found


PERCENT = re.compile(r"%(\([a-z_]+\)[srd]|[srd])")


def fields(text: str) -> list[str]:
    """The placeholders of a str.format text, sorted: '{place}: got {value}' -> ['place', 'value'].
    An unnamed field ('{}' or '{0}') is returned as '' / '0' so that it can be refused."""
    names = []
    for _literal, name, _spec, _conversion in string.Formatter().parse(text):
        if name is not None:
            names.append(name.split(".")[0].split("[")[0])
    # argparse's own messages (cli.ARGPARSE_MESSAGES) use %-placeholders: %s, %r, %(prog)s
    names += [f"%{match}" for match in PERCENT.findall(text)]
    return sorted(names)


def problems(source: dict, catalog: Catalog) -> list[str]:
    """What keeps the catalog from matching the source, one line each (empty: all is well)."""
    found = []
    for key, message in sorted(source.items(), key=lambda item: str(item[0])):
        msgids = key if isinstance(key, tuple) else (key,)
        for msgid in msgids:
            try:
                names = fields(msgid)
            except ValueError as error:
                found.append(f"{message.where}: {msgid!r} is not a valid format text ({error})")
                continue
            unnamed = [n for n in names if not n or n.isdigit()]
            if unnamed:
                found.append(f"{message.where}: {msgid!r} has an unnamed placeholder; name it ({{place}})")
        entry = catalog.get(key[0] if isinstance(key, tuple) else key)
        if entry is None:
            found.append(f"{message.where}: {msgids[0]!r} is not in {catalog.locale} (run tools/catalog.py)")
            continue
        texts = entry.string if isinstance(entry.string, (tuple, list)) else (entry.string,)
        if entry.fuzzy:
            found.append(f"{message.where}: {msgids[0]!r} is fuzzy in {catalog.locale}: check the text, "
                         f"then remove the fuzzy flag")
        if isinstance(key, tuple) != entry.pluralizable:
            found.append(f"{message.where}: {msgids[0]!r} is plural in one of source and catalog only")
            continue
        if not all(texts):
            found.append(f"{message.where}: {msgids[0]!r} has no {catalog.locale} translation")
            continue
        for msgid, text in zip(msgids, texts):  # the singular with the singular, the plural with the plural
            try:
                theirs = set(fields(text))
            except ValueError as error:
                found.append(f"{message.where}: the translation of {msgid!r} is not a valid format text ({error})")
                continue
            if theirs != set(fields(msgid)):
                found.append(f"{message.where}: the translation of {msgid!r} has placeholders {sorted(theirs)}, "
                             f"the message {sorted(set(fields(msgid)))}")
    source_ids = {key[0] if isinstance(key, tuple) else key for key in source}
    for entry in catalog:
        if entry.id and (entry.id[0] if isinstance(entry.id, tuple) else entry.id) not in source_ids:
            found.append(f"{po_path(str(catalog.locale)).relative_to(ROOT)}: {entry.id!r} is no longer in "
                         f"the source (run tools/catalog.py to drop it)")
    return found


def read_catalog(lang: str, path: Path | None = None) -> Catalog:
    path = path or po_path(lang)
    if not path.exists():
        return new_catalog(lang)
    with path.open("rb") as stream:
        return read_po(stream, locale=lang, domain=DOMAIN)


def new_catalog(lang: str) -> Catalog:
    return Catalog(locale=lang, domain=DOMAIN, project="pyengine", version="", charset="utf-8",
                   header_comment=HEADER_COMMENT,
                   creation_date=FIXED_DATE, revision_date=FIXED_DATE, fuzzy=False,
                   last_translator="pyengine", language_team="pyengine")


def updated(catalog: Catalog, source: dict) -> Catalog:
    """The catalog with every source message (new ones untranslated) and without the ones gone."""
    template = Catalog(domain=DOMAIN, charset="utf-8", fuzzy=False)
    for key in sorted(source, key=str):
        template.add(key)
    result = new_catalog(str(catalog.locale))
    for entry in template:
        if not entry.id:
            continue
        old = catalog.get(entry.id[0] if isinstance(entry.id, tuple) else entry.id)
        if old is not None and old.pluralizable == entry.pluralizable:
            result.add(entry.id, old.string, flags=old.flags, auto_comments=old.auto_comments,
                       user_comments=old.user_comments)
        else:
            result.add(entry.id, ("", "") if isinstance(entry.id, tuple) else "")
    return result


def po_bytes(catalog: Catalog) -> bytes:
    out = io.BytesIO()
    write_po(out, catalog, width=0, no_location=True, omit_header=False, sort_output=True,
             include_previous=False)
    return out.getvalue()


def mo_bytes(catalog: Catalog) -> bytes:
    out = io.BytesIO()
    write_mo(out, catalog, use_fuzzy=False)
    return out.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="report problems, write nothing")
    args = parser.parse_args(argv)
    source = extract()
    status = 0
    for lang in TRANSLATED:
        catalog = read_catalog(lang)
        if not args.check:
            catalog = updated(catalog, source)
            po_path(lang).parent.mkdir(parents=True, exist_ok=True)
            po_path(lang).write_bytes(po_bytes(catalog))
            catalog = read_catalog(lang)
            mo_path(lang).write_bytes(mo_bytes(catalog))
        found = problems(source, catalog)
        for line in found:
            print(line)
        untranslated = sum(1 for e in catalog if e.id and not all(
            e.string if isinstance(e.string, (tuple, list)) else (e.string,)))
        print(f"{lang}: {len(source)} messages in the source, {len(source) - untranslated} translated, "
              f"{len(found)} problem(s)", file=sys.stderr)
        status = status or (1 if found else 0)
    return status


if __name__ == "__main__":
    sys.exit(main())
