"""The language mechanism: which language is chosen (--lang, PYENGINE_LANG, the system's, Windows' UI language),
catalogs from a file, bytes or a dict, numbers and amounts the language's way, and the command line in both."""

from __future__ import annotations

import gettext
import io
import subprocess
import sys
from decimal import Decimal

import pytest

from pyengine import i18n
from pyengine.cli import main
from pyengine.i18n import (_, amount, catalog_as_dict, detect_language, install_catalog, language, language_of,
                           ngettext, number, set_language, system_language, use_language)


@pytest.fixture(autouse=True)
def english_afterwards():
    """The CLI sets the language of the process; the next test starts in English, the API's default."""
    saved = dict(i18n._catalogs)
    yield
    set_language("en")
    i18n._catalogs.clear()
    i18n._catalogs.update(saved)


# --- which language ------------------------------------------------------------------------------------

@pytest.mark.parametrize("environ, expected", [
    ({"LANG": "nl_NL.UTF-8"}, "nl"),
    ({"LANG": "nl_BE.UTF-8"}, "nl"),
    ({"LANG": "en_US.UTF-8"}, "en"),
    ({"LANG": "de_DE.UTF-8"}, "en"),
    ({"LANG": "C.UTF-8"}, "en"),
    ({}, "en"),
    ({"LC_MESSAGES": "nl_NL", "LANG": "en_GB"}, "nl"),  # LC_MESSAGES before LANG
    ({"LC_ALL": "en_GB.UTF-8", "LC_MESSAGES": "nl_NL", "LANG": "nl_NL"}, "en"),  # LC_ALL before both
    ({"LANGUAGE": "nl", "LC_ALL": "en_GB.UTF-8"}, "nl"),  # LANGUAGE first of all
    ({"LANGUAGE": "de:nl", "LANG": "en_GB"}, "nl"),  # a preference list: the first language we have
    ({"LANGUAGE": "de:fr", "LANG": "nl_NL"}, "nl"),  # none we have: on to the next variable
    ({"LANGUAGE": "", "LANG": "nl_NL.UTF-8"}, "nl"),  # empty counts as unset
])
def test_the_system_language_on_linux_and_macos(environ, expected):
    assert system_language(environ, platform="linux") == expected


@pytest.mark.parametrize("ui, environ, expected", [
    ("nl_NL", {}, "nl"),
    ("nl_BE", {}, "nl"),
    ("en_US", {"LANG": "nl_NL"}, "en"),  # Windows' own language wins over a stray variable
    ("de_DE", {}, "en"),
    ("de_DE", {"LANG": "nl_NL.UTF-8"}, "nl"),  # a language we do not have: a variable set by hand still counts
])
def test_the_system_language_on_windows_is_the_users_ui_language(ui, environ, expected):
    assert system_language(environ, windows_ui=ui, platform="win32") == expected


def test_the_windows_ui_language_is_read_with_get_user_default_ui_language(monkeypatch):
    """Faked Windows: GetUserDefaultUILanguage gives 0x0413 (Dutch, Netherlands), named by locale.windows_locale."""
    import ctypes
    import locale

    calls = []

    class Kernel32:
        def GetUserDefaultUILanguage(self):  # noqa: N802  (the Windows name)
            calls.append(1)
            return 0x0413

    class WinDLL:
        kernel32 = Kernel32()

    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(ctypes, "windll", WinDLL(), raising=False)
    assert locale.windows_locale[0x0413] == "nl_NL"
    assert i18n.windows_ui_language() == "nl_NL"
    assert system_language({"LANG": "en_US.UTF-8"}) == "nl"
    assert detect_language(environ={}) == "nl"
    Kernel32.GetUserDefaultUILanguage = lambda self: 0x0409  # English (United States)
    assert detect_language(environ={"LANG": "nl_NL"}) == "en"
    assert calls


def test_no_windows_call_elsewhere(monkeypatch):
    monkeypatch.setattr(sys, "platform", "linux")
    assert i18n.windows_ui_language() is None


@pytest.mark.parametrize("requested, environ, expected", [
    ("en", {"PYENGINE_LANG": "nl", "LANG": "nl_NL"}, "en"),  # --lang first
    ("nl", {"LANG": "en_US"}, "nl"),
    (None, {"PYENGINE_LANG": "nl", "LANG": "en_US"}, "nl"),  # then PYENGINE_LANG
    (None, {"PYENGINE_LANG": "EN ", "LANG": "nl_NL"}, "en"),
    (None, {"PYENGINE_LANG": "", "LANG": "nl_NL"}, "nl"),  # empty: not set
    (None, {"LANG": "nl_NL.UTF-8"}, "nl"),  # then the system
])
def test_lang_then_pyengine_lang_then_the_system(requested, environ, expected):
    assert detect_language(requested, environ=environ, platform="linux") == expected


@pytest.mark.parametrize("requested, environ", [("de", {}), (None, {"PYENGINE_LANG": "dutch"})])
def test_an_unknown_language_asked_for_is_refused_not_ignored(requested, environ):
    with pytest.raises(ValueError):
        detect_language(requested, environ=environ, platform="linux")


@pytest.mark.parametrize("name, expected", [("nl_NL.UTF-8", "nl"), ("Dutch_Netherlands.1252", "nl"), ("nl-BE", "nl"),
                                            ("en", "en"), ("C", "en"), ("POSIX", "en"), ("fy_NL", None),
                                            ("", None), (None, None)])
def test_language_of_a_locale_name(name, expected):
    assert language_of(name) == expected


def test_the_python_api_writes_english_until_told_otherwise():
    code = ("import pyengine.i18n as i; print(i.language())")
    env = {"LANG": "nl_NL.UTF-8", "PYENGINE_LANG": "nl", "PATH": ""}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    assert done.stdout.strip() == "en"


# --- catalogs ----------------------------------------------------------------------------------------

MESSAGE = "{written} written, {unchanged} unchanged, {failed} failed"


def test_the_dutch_catalog_is_read_from_the_package():
    with use_language("nl"):
        assert _(MESSAGE).format(written=1, unchanged=2, failed=0) == "1 geschreven, 2 ongewijzigd, 0 mislukt"
    assert _(MESSAGE) == MESSAGE
    assert language() == "en"


def test_a_catalog_given_as_mo_bytes():
    data = i18n.LOCALE_DIR.joinpath("nl", "LC_MESSAGES", "pyengine.mo").read_bytes()
    i18n._catalogs.clear()
    install_catalog("nl", data)
    with use_language("nl"):
        assert _("written") == "geschreven"


def test_a_catalog_given_as_a_dict_is_the_package_catalog():
    messages = catalog_as_dict("nl")
    assert messages["written"] == "geschreven"
    plural = "{count} bijdrageoverzicht, one per member"
    assert messages[plural] == ["{count} bijdrageoverzicht, één per deelnemer",
                                "{count} bijdrageoverzichten, één per deelnemer"]
    import json

    i18n._catalogs.clear()
    install_catalog("nl", json.loads(json.dumps(messages)))  # as embedded in a main.py
    with use_language("nl"):
        assert _("written") == "geschreven"
        assert _("not a message") == "not a message"
        assert ngettext(plural, "{count} bijdrageoverzichten, one per member", 1).format(count=1) == \
            "1 bijdrageoverzicht, één per deelnemer"
        assert ngettext(plural, "{count} bijdrageoverzichten, one per member", 3).format(count=3) == \
            "3 bijdrageoverzichten, één per deelnemer"
    assert catalog_as_dict("nl") == messages


def test_a_catalog_given_as_translations_and_a_wrong_one():
    install_catalog("nl", gettext.NullTranslations())
    with use_language("nl"):
        assert _("written") == "written"
    with pytest.raises(TypeError):
        install_catalog("nl", ["written"])
    with pytest.raises(ValueError):
        install_catalog("de", {})


def test_english_plurals_without_a_catalog():
    assert ngettext("one file", "{count} files", 1) == "one file"
    assert ngettext("one file", "{count} files", 0) == "{count} files"


# --- numbers and amounts ---------------------------------------------------------------------------------

@pytest.mark.parametrize("value, decimals, nl, en", [
    (Decimal("1234.56"), None, "1.234,56", "1,234.56"),
    (Decimal("5952"), 2, "5.952,00", "5,952.00"),
    (2.5, None, "2,5", "2.5"),
    (Decimal("-1234567.005"), 2, "-1.234.567,01", "-1,234,567.01"),  # half away from zero
    (Decimal("0.125"), 2, "0,13", "0.13"),
    (48000, None, "48.000", "48,000"),
])
def test_numbers_the_languages_way(value, decimals, nl, en):
    with use_language("nl"):
        assert number(value, decimals) == nl
    assert number(value, decimals) == en


def test_amounts_with_the_currency():
    with use_language("nl"):
        assert amount(Decimal("5952")) == "EUR 5.952,00"
    assert amount(Decimal("5952")) == "EUR 5,952.00"


# --- the command line -----------------------------------------------------------------------------------

def run_cli(args, monkeypatch, capsys, environ=None):
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG", "PYENGINE_LANG"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    for variable, value in (environ or {}).items():
        monkeypatch.setenv(variable, value)
    try:
        code = main(args)
    except SystemExit as stop:
        code = stop.code
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("args, environ, dutch", [
    (["--help"], {"LANG": "nl_NL.UTF-8"}, True),
    (["--help"], {"LANG": "en_GB.UTF-8"}, False),
    (["--lang", "nl", "--help"], {}, True),
    (["--lang=en", "--help"], {"LANG": "nl_NL.UTF-8"}, False),
    (["generate", "--help", "--lang", "nl"], {}, True),
    (["verify", "--help"], {"PYENGINE_LANG": "nl"}, True),
    (["verify", "--help"], {"PYENGINE_LANG": "nl", "LANG": "nl_NL"}, True),
    (["--lang", "en", "verify", "--help"], {"PYENGINE_LANG": "nl"}, False),
])
def test_help_in_the_users_language(args, environ, dutch, monkeypatch, capsys):
    code, out, _err = run_cli(args, monkeypatch, capsys, environ)
    assert code == 0
    assert ("gebruik:" in out and "opties:" in out) == dutch
    assert ("usage:" in out and "options:" in out) == (not dutch)


def test_argparse_errors_in_dutch(monkeypatch, capsys):
    code, _out, err = run_cli(["--lang", "nl", "generate", "x.toml"], monkeypatch, capsys)
    assert code == 2
    assert "fout: deze argumenten zijn verplicht: --out" in err


def test_lang_is_accepted_after_the_command_and_a_wrong_one_is_refused(monkeypatch, capsys):
    code, _out, err = run_cli(["generate", "--lang", "nl", "--jobs", "0", "x", "--out", "o"], monkeypatch, capsys)
    assert code == 2 and "moet ten minste 1 zijn, maar is 0" in err
    code, _out, err = run_cli(["--lang", "de", "--help"], monkeypatch, capsys)
    assert code == 2 and "nl of en" in err
    code, _out, err = run_cli(["--help"], monkeypatch, capsys, {"PYENGINE_LANG": "fr"})
    assert code == 2 and "PYENGINE_LANG" in err


def test_every_commands_help_is_dutch_in_dutch(monkeypatch, capsys):
    """--help of the program and of each command, in Dutch, holds no English word (word list of the bad-input suite;
    option names and METAVARS are the command line's own words)."""
    import re
    from pathlib import Path

    from test_bad_inputs import ENGLISH_WORDS, _our_words

    source = (Path(__file__).resolve().parent.parent / "pyengine" / "cli.py").read_text(encoding="utf-8")
    commands = re.findall(r'add_command\(\s*"([a-z]+)"', source)
    assert {"generate", "new", "verify", "audit"} <= set(commands)
    for command in [None, *commands]:
        code, out, _err = run_cli([*([command] if command else []), "--help"], monkeypatch, capsys,
                                  {"LANG": "nl_NL.UTF-8"})
        assert code == 0 and "gebruik:" in out
        words = set(_our_words(re.sub(r"\b[A-Z_]{2,}\b|\{[a-z,]+\}", " ", out))) & ENGLISH_WORDS
        assert sorted(words) == [], (command, out)
