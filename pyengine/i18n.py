"""Messages in the user's language (Dutch or English) through standard gettext catalogs.

Every text a person reads (errors, notes, progress, summaries, help, reports) goes through `_()`,
with *named* placeholders filled in afterwards, so that the catalog can move them:

    raise InputError(_("{place}: expected an amount, got {value}").format(place=where, value=shown))

Never an f-string inside `_()` (the extractor cannot see it). The msgid is the English text; the
Dutch text lives in `pyengine/locale/nl/LC_MESSAGES/pyengine.po` (compiled to `.mo` beside it).
Amounts and numbers inside a message go through `amount()` / `number()`, which write them the
way the message's language does (Dutch: 1.234,56; English: 1,234.56).

The language is a context variable, set once by the command line from `--lang`, `PYENGINE_LANG`
or the system's language (`detect_language()`), and per call by the Excel layer (a Dutch function
name answers in Dutch): `use_language("nl")`.

The Python API (`import pyengine`) writes English until told otherwise: a library's messages do
not change with the machine it runs on (a script's log, a test's expected text). A script that
wants the officer's language says so once: `set_language(detect_language())`.

Where there are no package files (xlwings Lite's main.py), a catalog is given as the bytes of
the `.mo` file or as a dict: `install_catalog("nl", catalog_as_dict("nl"))`.
"""

from __future__ import annotations

import contextvars
import gettext
import io
import os
import sys
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

LANGUAGES = ("nl", "en")
DOMAIN = "pyengine"
LOCALE_DIR = Path(__file__).resolve().parent / "locale"

_current: contextvars.ContextVar[str] = contextvars.ContextVar("pyengine_language", default="en")
_catalogs: dict[str, gettext.NullTranslations] = {}


def _catalog(lang: str) -> gettext.NullTranslations:
    if lang not in _catalogs:
        _catalogs[lang] = gettext.translation(DOMAIN, localedir=str(LOCALE_DIR), languages=[lang], fallback=True)
    return _catalogs[lang]


class _DictTranslations(gettext.NullTranslations):
    """A catalog from a dict: msgid -> text, or msgid (the singular) -> [singular, plural] texts.

    Dutch and English both use the plural form for every count but 1."""

    def __init__(self, messages: Mapping[str, object]) -> None:
        super().__init__()
        self._messages = dict(messages)

    def gettext(self, message: str) -> str:
        text = self._messages.get(message)
        return text if isinstance(text, str) and text else message

    def ngettext(self, msgid1: str, msgid2: str, n: int) -> str:
        forms = self._messages.get(msgid1)
        if isinstance(forms, (list, tuple)) and len(forms) == 2 and all(forms):
            return forms[0] if n == 1 else forms[1]
        return msgid1 if n == 1 else msgid2


def install_catalog(lang: str, catalog: bytes | Mapping[str, object] | gettext.NullTranslations) -> None:
    """Use this catalog for `lang` from now on: the bytes of a compiled .mo file, a dict as
    `catalog_as_dict()` gives it, or a gettext translations object."""
    _check(lang)
    if isinstance(catalog, (bytes, bytearray, memoryview)):
        catalog = gettext.GNUTranslations(io.BytesIO(bytes(catalog)))
    elif isinstance(catalog, Mapping):
        catalog = _DictTranslations(catalog)
    elif not isinstance(catalog, gettext.NullTranslations):
        raise TypeError(f"a catalog is .mo bytes, a dict or gettext translations, not {type(catalog).__name__}")
    _catalogs[lang] = catalog


def catalog_as_dict(lang: str) -> dict[str, object]:
    """The catalog of `lang` as a plain dict (JSON-able), to embed where there are no package files:
    msgid -> text, and for a plural message its singular msgid -> [singular text, plural text]."""
    _check(lang)
    catalog = _catalog(lang)
    if isinstance(catalog, _DictTranslations):
        return dict(catalog._messages)
    raw = getattr(catalog, "_catalog", {})
    messages: dict[str, object] = {}
    for key, text in sorted(raw.items(), key=lambda item: str(item[0])):
        if isinstance(key, tuple):  # (singular msgid, form index)
            forms = messages.setdefault(key[0], ["", ""])
            if isinstance(forms, list) and key[1] < 2:
                forms[key[1]] = text
        elif key:  # "" is the .mo header
            messages[key] = text
    return messages


def language() -> str:
    """The language messages are written in now: 'nl' or 'en'."""
    return _current.get()


def _check(lang: str) -> None:
    if lang not in LANGUAGES:
        raise ValueError(f"language must be one of {', '.join(LANGUAGES)}, not {lang!r}")


def set_language(lang: str) -> None:
    _check(lang)
    _current.set(lang)


@contextmanager
def use_language(lang: str) -> Iterator[None]:
    _check(lang)
    token = _current.set(lang)
    try:
        yield
    finally:
        _current.reset(token)


def _(message: str) -> str:
    """The message in the current language (the English msgid when there is no translation)."""
    lang = _current.get()
    return message if lang == "en" else _catalog(lang).gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    lang = _current.get()
    if lang == "en":
        return singular if n == 1 else plural
    return _catalog(lang).ngettext(singular, plural, n)


def N_(message: str) -> str:
    """Marks a message for extraction without translating it now (translated where it is shown)."""
    return message


def number(value: object, decimals: int | None = None, grouping: bool = True) -> str:
    """A number written the current language's way: Dutch 1.234,5 / English 1,234.5.

    With `decimals`, rounded half away from zero to that many places (as Excel's ROUND). Without
    `grouping`, no thousands separator: a figure echoed back as the user typed it (25000,001)."""
    amount_ = value if isinstance(value, Decimal) else Decimal(str(value))
    if decimals is not None:
        amount_ = amount_.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    sign = "-" if amount_ < 0 else ""
    text = format(abs(amount_), "f")
    whole, _dot, fraction = text.partition(".")
    groups = []
    while grouping and len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    if _current.get() == "nl":
        return sign + ".".join(groups) + ("," + fraction if fraction else "")
    return sign + ",".join(groups) + ("." + fraction if fraction else "")


def amount(value: object, decimals: int = 2) -> str:
    """An amount in euros with the currency: Dutch EUR 5.952,00 / English EUR 5,952.00."""
    return "EUR " + number(value, decimals)


# --- which language: --lang, else PYENGINE_LANG, else the system's ---------------------------------

ENVIRONMENT_VARIABLE = "PYENGINE_LANG"
# Where POSIX systems name the language of messages, strongest first (gettext's own order).
_POSIX_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


def language_of(name: str | None) -> str | None:
    """'nl' or 'en' for a locale or language name ('nl_NL.UTF-8', 'Dutch_Netherlands', 'nl-BE',
    'en', 'C'), None for another language or an empty name."""
    if not name:
        return None
    base = name.strip().lower().replace("-", "_").split(".")[0].split("@")[0].split("_")[0]
    if base in ("nl", "dutch", "nld", "nederlands"):
        return "nl"
    if base in ("en", "english", "eng", "c", "posix"):
        return "en"
    return None


def windows_ui_language() -> str | None:
    """The Windows user's display language as a locale name ('nl_NL'), None elsewhere.

    Windows does not set LANG; the language the user reads menus in is GetUserDefaultUILanguage,
    a language id that locale.windows_locale names."""
    if sys.platform != "win32":
        return None
    try:
        import ctypes
        import locale

        lang_id = ctypes.windll.kernel32.GetUserDefaultUILanguage()  # type: ignore[attr-defined]
        return locale.windows_locale.get(lang_id)
    except (AttributeError, OSError, ValueError):
        return None


def system_language(environ: Mapping[str, str] | None = None, windows_ui: str | None = None,
                    platform: str | None = None) -> str:
    """'nl' when the system's language is Dutch, else 'en'.

    On Windows: the user's UI language (a variable set by hand, as in Git Bash, still counts when
    Windows gives none). Elsewhere: the first of LANGUAGE, LC_ALL, LC_MESSAGES, LANG that is set,
    as gettext reads them; LANGUAGE is a preference list ('de:nl'), of which the first language we
    have counts (English always is)."""
    environ = os.environ if environ is None else environ
    platform = sys.platform if platform is None else platform
    if platform == "win32":
        found = language_of(windows_ui if windows_ui is not None else windows_ui_language())
        if found:
            return found
    for variable in _POSIX_VARIABLES:
        value = environ.get(variable)
        if not value:
            continue
        if variable == "LANGUAGE":
            for name in value.split(":"):
                if language_of(name):
                    return language_of(name)  # type: ignore[return-value]
            continue
        return language_of(value) or "en"
    return "en"


def detect_language(requested: str | None = None, environ: Mapping[str, str] | None = None,
                    windows_ui: str | None = None, platform: str | None = None) -> str:
    """The language to answer in: `requested` (--lang), else PYENGINE_LANG, else the system's.

    A requested or PYENGINE_LANG value that is neither nl nor en is an error (ValueError), not a
    silent English."""
    environ = os.environ if environ is None else environ
    for given, source in ((requested, "--lang"), (environ.get(ENVIRONMENT_VARIABLE), ENVIRONMENT_VARIABLE)):
        if given:
            found = given.strip().lower()
            if found not in LANGUAGES:
                raise ValueError(f"{source}: the language is nl or en, not {given!r}")
            return found
    return system_language(environ, windows_ui=windows_ui, platform=platform)
