"""Messages in the user's language (Dutch or English) through standard gettext catalogs.

Every text a person reads (errors, notes, progress, summaries, help, reports) goes through `_()`,
with *named* placeholders filled in afterwards, so that the catalog can move them:

    raise InputError(_("{place}: expected an amount, got {value}").format(place=where, value=shown))

Never an f-string inside `_()` (the extractor cannot see it). The msgid is the English text; the
Dutch text lives in `pyengine/locale/nl/LC_MESSAGES/pyengine.po` (compiled to `.mo` beside it).
Amounts and numbers inside a message go through `amount()` / `number()`, which write them the
way the message's language does (Dutch: 1.234,56; English: 1,234.56).

The language is a context variable (default English), set once by the command line from
`--lang`, `PYENGINE_LANG` or the system's language, and per call by the Excel layer (a Dutch
function name answers in Dutch): `use_language("nl")`.
"""

from __future__ import annotations

import contextvars
import gettext
from contextlib import contextmanager
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Iterator

LANGUAGES = ("nl", "en")
DOMAIN = "pyengine"
LOCALE_DIR = Path(__file__).resolve().parent / "locale"

_current: contextvars.ContextVar[str] = contextvars.ContextVar("pyengine_language", default="en")
_catalogs: dict[str, gettext.NullTranslations] = {}


def _catalog(lang: str) -> gettext.NullTranslations:
    if lang not in _catalogs:
        _catalogs[lang] = gettext.translation(DOMAIN, localedir=str(LOCALE_DIR), languages=[lang], fallback=True)
    return _catalogs[lang]


def language() -> str:
    """The language messages are written in now: 'nl' or 'en'."""
    return _current.get()


def set_language(lang: str) -> None:
    if lang not in LANGUAGES:
        raise ValueError(f"language must be one of {', '.join(LANGUAGES)}, not {lang!r}")
    _current.set(lang)


@contextmanager
def use_language(lang: str) -> Iterator[None]:
    if lang not in LANGUAGES:
        raise ValueError(f"language must be one of {', '.join(LANGUAGES)}, not {lang!r}")
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


def number(value: object, decimals: int | None = None) -> str:
    """A number written the current language's way: Dutch 1.234,5 / English 1,234.5.

    With `decimals`, rounded half away from zero to that many places (as Excel's ROUND)."""
    amount_ = value if isinstance(value, Decimal) else Decimal(str(value))
    if decimals is not None:
        amount_ = amount_.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    sign = "-" if amount_ < 0 else ""
    text = format(abs(amount_), "f")
    whole, _dot, fraction = text.partition(".")
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    if _current.get() == "nl":
        return sign + ".".join(groups) + ("," + fraction if fraction else "")
    return sign + ",".join(groups) + ("." + fraction if fraction else "")


def amount(value: object, decimals: int = 2) -> str:
    """An amount in euros with the currency: Dutch EUR 5.952,00 / English EUR 5,952.00."""
    return "EUR " + number(value, decimals)
