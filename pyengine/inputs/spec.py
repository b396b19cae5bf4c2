"""Spec documents -> validated models (Amendment, CostDistribution). Every error names the place.

The contract, for every input format:

1. The input is first turned into a *document*: the plain nested dict/list structure ``tomllib``
   gives for a TOML spec (same section and field names, see :mod:`pyengine.inputs.schema`), plus a
   *locator*: an object with ``where(path) -> str`` naming a field path in the user's words
   (:class:`TomlLocator`: ``begroting.toml [algemeen] verdeelmethode``, ``begroting.toml [[formatie]]
   row 3 fte``; an Excel input workbook's locator says ``Algemeen!C5``).
2. ``amendment_from_document(doc, locator, base_dir)`` / ``costs_from_document(doc, locator, base_dir)``
   validate the document against the schema, read the files it names (``bestand``, relative to
   ``base_dir``) and return the model. Problems raise :class:`pyengine.errors.InputError`, one line
   per problem (``str(error).splitlines()``), each naming its place through the locator.
3. ``read_spec`` + ``amendment_from_spec`` / ``costs_from_spec`` do the same for a TOML file.

Key files are read by :func:`read_key` through the one table reader (:mod:`.tables`) and the one
number reader (:mod:`.numbers`).
"""

from __future__ import annotations

import hashlib
import os
import re
import tomllib
from dataclasses import dataclass, replace
from decimal import Decimal
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from ..core.amendment import (BATEN_CODES, CLOSING_LINE, LINE_CODES, Amendment, Source, begroting_saldi, closing_change,
                              unbalanced_years)
from ..core.keys import Key, Member
from ..core.members import MemberNames
from ..errors import InputError
from ..i18n import N_, _, amount
from ..i18n import number as number_text
from . import gemeenten, schema  # gemeenten: the real gemeenten are known to the member-identity rule
from .schema import KINDS, MAX_MEMBERS, Locator
from .tables import check_file, number_at, read_table, text_at

MEMBER_COLUMNS = ("gemeente", "gemeenten", "regio's", "regios", "regio", "member", "naam", "deelnemer")
PERIOD_COLUMNS = ("perioden", "periode", "jaar")
MAX_SPEC_BYTES = 2_000_000


@dataclass(frozen=True)
class SpecFile:
    """A parsed spec: its kind, its document and the file's SHA-256 (for Herkomst)."""

    path: Path
    kind: str
    data: dict
    sha256: str


class TomlLocator:
    """Names a field path of a TOML document as the user wrote it: ``x.toml [verdeelsleutel.2021] bestand``."""

    def __init__(self, file_name: str, document: Any) -> None:
        self.file_name, self.document = file_name, document

    def where(self, path: tuple[str | int, ...]) -> str:
        node: Any = self.document
        section: list[str] = []
        header = ""
        parts = list(path)
        while parts:  # tables become the [header]; what is left names the field
            child = node.get(parts[0]) if isinstance(node, dict) and isinstance(parts[0], str) else None
            if isinstance(child, dict) or (child is None and not section and len(parts) > 1):
                section.append(_bare(parts.pop(0)))
                header = f"[{'.'.join(section)}]"
                node = child if isinstance(child, dict) else {}
            elif (isinstance(child, list) and len(parts) > 1 and isinstance(parts[1], int)
                  and child and all(isinstance(c, dict) for c in child)):
                section.append(_bare(parts[0]))
                header = _("[[{section}]] row {row}").format(section=".".join(section), row=parts[1] + 1)
                node = child[parts[1]] if parts[1] < len(child) else {}
                parts = parts[2:]
            else:
                break
        field = " ".join(_("(item {number})").format(number=p + 1) if isinstance(p, int) else _bare(str(p))
                         for p in parts)
        return " ".join(p for p in (self.file_name, header, field) if p)


def _bare(name: str) -> str:
    return name if re.fullmatch(r"[A-Za-z0-9_-]+", name) else f'"{name}"'


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def spec_file_path(base_dir: str | Path, written: str) -> Path:
    """A file a spec names (``bestand``), relative to the spec's folder. A path a Windows user typed
    with backslashes (``sleutels\\inwoners.csv``) that does not exist as written is tried with the
    backslashes as folder separators, so a spec made on Windows works on Linux and macOS too; when
    neither exists, the path as written is returned (and named in the error)."""
    as_written = Path(os.path.abspath(Path(base_dir) / written))  # not resolve(): a link loop raises there
    if "\\" in written and os.sep != "\\" and not os.path.lexists(as_written):
        with_slashes = Path(os.path.abspath(Path(base_dir) / written.replace("\\", "/")))
        if os.path.lexists(with_slashes):
            return with_slashes
    return as_written


def read_spec(path: str | Path) -> SpecFile:
    """Read a TOML spec file: its kind and document (the schema is checked by the *_from_spec functions)."""
    path = Path(path)
    check_file(path, _("spec"))
    raw = path.read_bytes()
    if len(raw) > MAX_SPEC_BYTES:
        raise InputError(_('{file}: a spec of {count} bytes; at most {most}').format(file=path.name, count=number_text(len(raw)), most=number_text(MAX_SPEC_BYTES)))
    try:
        text = raw.decode("utf-8-sig")
        data = tomllib.loads(text, parse_float=_float_or_grouped)
    except UnicodeDecodeError:
        raise InputError(_('{file}: not UTF-8 text; save the spec as UTF-8').format(file=path.name)) from None
    except tomllib.TOMLDecodeError as error:
        raise InputError(toml_syntax_error(path.name, text, str(error))) from None
    grouped = list(_grouped_floats(data, ()))
    if grouped:
        locator = TomlLocator(path.name, data)
        raise InputError("\n".join(_grouped_problem(locator.where(place), text, place[-1]) for place, text in grouped))
    kind = data.get("soort")
    if kind is None:  # an empty file, or a spec without its first line
        raise InputError(_("{file}: field 'soort' is missing; give one of {names} at the top (soort = "
                           "\"begrotingswijziging\", for example)").format(file=path.name, names=', '.join(KINDS)))
    if kind not in KINDS:
        raise InputError(_("{file}: field 'soort' must be one of {names}, got {kind}").format(file=path.name, names=', '.join(KINDS), kind=repr(kind)))
    return SpecFile(path, kind, data, hashlib.sha256(raw).hexdigest())


# tomllib's error texts (English, ending in "(at line 2, column 10)" or "(at end of document)") that we explain in
# the officer's language; any other keeps the parser's own text, with the place in ours.
_TOML_AT = re.compile(r"^(?P<what>.*) \(at (?:line (?P<line>\d+), column (?P<column>\d+)|end of document)\)$", re.S)
_TOML_NAME = r"(?:[A-Za-z0-9_-]+|\"[^\"\n]*\"|'[^'\n]*')"
_TOML_KEY_LINE = re.compile(rf"^\s*({_TOML_NAME}(?:\s*\.\s*{_TOML_NAME})*)\s*=")
_TOML_HEADING_LINE = re.compile(r"^\s*\[\[?\s*([^\]\n]*?)\s*\]?\]")
_TOML_EXPLAINED = {
    "Expected ']' at the end of a table declaration":
        N_("a section heading lacks its closing ']' (write [name] on a line of its own)"),
    "Expected ']]' at the end of an array declaration":
        N_("a heading [[name]] lacks its closing ']]'"),
    "Invalid statement":
        N_("this line is neither 'name = value' nor a [section] heading"),
    "Expected newline or end of document after a statement":
        N_("more text after the value on this line: give one 'name = value' per line, and put text between quotes"),
    "Expected '=' after a key in a key/value pair":
        N_("expected '=' after the name (name = value); text between quotes"),
    "Invalid initial character for a key part":
        N_("a name cannot start here with this character: write a name of letters, digits, _ and -, or put it "
           "between quotes"),
    "Unclosed array":
        N_("a list [ ... ] is not closed with ']', or a comma is missing between its values"),
    "Unclosed inline table":
        N_("a table between braces is not closed on the same line, or a comma is missing between its fields"),
    "Unterminated string":
        N_("a text is not closed with its quote on the same line"),
    "Invalid value":
        N_("not a value: write a number (5952 or 5_952), a text between quotes, true or false, or a list [ ... ]"),
    "Unescaped '\\' in a string":
        N_("a backslash (\\) in a text between double quotes: write a path between single quotes "
           "('C:\\map\\sleutel.csv') or with forward slashes"),
    "Invalid date or datetime":
        N_("not a valid date; write a date as text between quotes"),
}


def toml_syntax_error(file: str, text: str, error: str) -> str:
    """The parser's error as one line in the officer's language: the file, the line and column, and what is wrong
    (the parser's own English text only for an error not recognised here)."""
    found = _TOML_AT.match(error)
    if found is None:
        return _('{file}: TOML syntax error: {error}').format(file=file, error=error)
    what, line = found["what"], int(found["line"]) if found["line"] else None
    lines = text.splitlines()
    source = (lines[line - 1] if line <= len(lines) else "") if line else (lines[-1] if lines else "")
    twice = re.fullmatch(r"Cannot declare \((.*)\) twice", what)
    if what in _TOML_EXPLAINED:
        explained = _(_TOML_EXPLAINED[what])
    elif what in ("Illegal character '\\n'", "Illegal character '\\r'"):  # the line ended inside a text
        explained = _(_TOML_EXPLAINED["Unterminated string"])
    elif what in ("Invalid hex value", "Escaped character is not a Unicode scalar value"):  # "C:\Users\..."
        explained = _(_TOML_EXPLAINED["Unescaped '\\' in a string"])
    elif twice:
        names = re.findall(r"'((?:[^'\\]|\\.)*)'|\"((?:[^\"\\]|\\.)*)\"", twice[1])
        explained = _("section [{name}] appears twice; put its fields under one heading").format(
            name=".".join(a or b for a, b in names))
    elif what == "Cannot overwrite a value" or what.startswith(("Duplicate inline table key",
                                                               "Cannot mutate immutable namespace")):
        key, heading = _TOML_KEY_LINE.match(source), _TOML_HEADING_LINE.match(source)
        inline = re.fullmatch(r"Duplicate inline table key '(.*)'", what)
        if inline:
            explained = _("'{name}' is given twice (a field, or a section of that name); give each field once").format(
                name=inline[1])
        elif key:
            explained = _("'{name}' is given twice (a field, or a section of that name); give each field once").format(
                name=re.sub(r"\s*\.\s*", ".", key[1]))
        elif heading:
            explained = _("section [{name}] has the name of a field given before; give one of them another "
                          "name").format(name=heading[1])
        else:
            explained = _("a value is given twice; give each field once")
    else:
        explained = what  # the parser's own words, with the place in ours
    if line is None:
        return _('{file}: TOML syntax error at the end of the file: {explanation}').format(file=file,
                                                                                          explanation=explained)
    return _('{file}: TOML syntax error at line {line}, column {column}: {explanation}').format(
        file=file, line=line, column=found["column"], explanation=explained)


class _GroupedFloat(str):
    """The source text of an unquoted TOML float such as 1.000: 1 or a Dutch 1000? Refused, never guessed."""


_GROUPED_FLOAT = re.compile(r"^[-+]?[1-9]\d{0,2}(\.\d{3})+$")


def _grouped_problem(place: str, text: str, field: object) -> str:
    """Why an unquoted 1.777 is refused, and what to write instead. Refused in every field, an fte too: a reading
    chosen by what a field's figures usually are would be a guess (README: numbers are never guessed); for an fte,
    never thousands, the message says the one way to write it."""
    if field == "fte" and text.count(".") == 1:
        return _("{place}: {text} is ambiguous: a dot before exactly three digits reads as a Dutch thousands "
                 "separator; for {decimal} fte write {text}0 (a spec takes the dot as its decimal sign; the 0 at the "
                 "end says these are decimals)").format(place=place, text=text, decimal=number_text(Decimal(text)))
    return _('{place}: {text} is ambiguous: a dot before exactly three digits reads as a Dutch thousands separator; write {value} or {value2}, or {text}0 for decimals').format(place=place, text=text, value=text.replace('.', ''), value2=text.replace('.', '_'))


def _float_or_grouped(text: str) -> float | _GroupedFloat:
    return _GroupedFloat(text) if _GROUPED_FLOAT.match(text) else float(text)


def _grouped_floats(node: Any, path: tuple) -> Any:
    """(path, source text) of every unquoted float written like Dutch thousands, in document order."""
    if isinstance(node, _GroupedFloat):
        yield path, str(node)
    elif isinstance(node, dict):
        for name, child in node.items():
            yield from _grouped_floats(child, (*path, name))
    elif isinstance(node, list):
        for index, child in enumerate(node):
            yield from _grouped_floats(child, (*path, index))


# --- validation -------------------------------------------------------------------------------------

def _validated(model: type[BaseModel], document: Any, locator: Locator, prefix: tuple = (),
               full: Any = None) -> BaseModel:
    try:
        return model.model_validate(document)
    except ValidationError as error:
        full = full if full is not None else document
        problems = schema.problems_from(error, model, full, locator, prefix)
        raise InputError("\n".join(_name_years(problems, full))) from None


def schema_problems(document: dict, locator: Locator) -> list[str]:
    """What the schema says of a begrotingswijziging or kostenverdeling document, one line each ([] when it
    holds), without reading a key file or checking a figure: for an input workbook with cells that could not be
    read, whose other problems are named in the same run."""
    model = {"begrotingswijziging": schema.AmendmentSpec, "kostenverdeling": schema.CostSpec}.get(
        document.get("soort"))
    if model is None:
        return []
    try:
        _validated(model, document, locator)
    except InputError as error:
        return str(error).splitlines()
    return []


def _name_years(problems: list[str], document: Any) -> list[str]:
    """'figure 2 of the list' -> 'figure 2 (2022)' when [algemeen] jaren is a plain list of years."""
    years = document.get("algemeen", {}).get("jaren") if isinstance(document, dict) else None
    if not (isinstance(years, list) and all(type(y) is int for y in years)):
        return problems

    def year(match: re.Match) -> str:
        index = int(match.group(1))
        return _("figure {index} ({year})").format(index=index, year=years[index - 1]) if index <= len(years) \
            else match.group(0)

    # the schema's text, in the message's language: "figure 2 of the list" / "bedrag 2 van de lijst"
    pattern = re.escape(_("figure {index} of the list")).replace(re.escape("{index}"), r"(\d+)")
    return [re.sub(pattern, year, line) for line in problems]


def _check_kind(document: Any, locator: Locator, kind: str) -> None:
    if not isinstance(document, dict):
        raise InputError(_('{place}: not a spec (a table of sections)').format(place=locator.where(())))
    found = document.get("soort")
    if found != kind:
        raise InputError(_('{place}: must be "{kind}" here, got {found}').format(place=locator.where(('soort',)), kind=kind, found=repr(found)))


def _years(years: list[int], locator: Locator) -> tuple[int, ...]:
    if any(b <= a for a, b in zip(years, years[1:])):
        raise InputError(_('{place}: the years must be increasing, got {years}').format(place=locator.where(('algemeen', 'jaren')), years=years))
    return tuple(years)


def _per_year(value: Decimal | tuple[Decimal, ...], years: tuple[int, ...], path: tuple, locator: Locator,
              problems: list[str]) -> tuple[Decimal, ...]:
    if isinstance(value, tuple):
        if len(value) != len(years):
            problems.append(_('{place}: {count} figure(s) for {count2} year(s) ({names}); give one per year, or one figure for every year').format(place=locator.where(path), count=len(value), count2=len(years), names=', '.join(map(str, years))))
            return (Decimal(0),) * len(years)
        return value
    return (value,) * len(years)


def _raise(problems: list[str]) -> None:
    if problems:
        raise InputError("\n".join(dict.fromkeys(problems)))


# --- keys ---------------------------------------------------------------------------------------------

def read_key(path: str | Path, *, column: str | None = None, sheet: str | None = None, period: str | None = None,
             name: str | None = None) -> Key:
    """A verdeelsleutel from CSV/xlsx (member column + weight column) or a CBS StatLine CSV export."""
    table = read_table(path, MEMBER_COLUMNS, sheet=sheet, what=_("key file"))
    if not table.rows:
        raise InputError(_('{file}: no rows below the header (row {row})').format(file=table.file, row=table.header_row))
    member_col = table.column(*MEMBER_COLUMNS)
    headers = [h for h in table.header if h]
    if member_col is None:
        raise InputError(_("{file}: no member column; name one 'gemeente' (found: {names})").format(file=table.file, names=', '.join(headers)))
    period_col = table.column(*PERIOD_COLUMNS)
    if column is not None:
        weight_col = table.column(column.strip().lower())
        if weight_col is None:
            raise InputError(_("{file}: no column '{column}' (found: {names})").format(file=table.file, column=column, names=', '.join(headers)), argument="kolom")
    else:
        candidates = [h for h in headers if h not in (member_col, period_col) and h.strip().lower() not in ("id", "bron")]
        # Never guess: a column name that looks like a weight ('inwoners') is no reason to ignore another.
        choice = candidates
        if len(choice) != 1:
            raise InputError(_('{file}: say which column holds the weights (kolom = ...); found: {value}').format(file=table.file, value=', '.join(candidates) or _('none')))
        weight_col = choice[0]
    rows = table.rows
    if period_col is not None:
        periods = sorted({text_at(table, r, period_col) for r in rows})
        if period is not None or len(periods) > 1:
            if period is None:
                raise InputError(_('{file}: several periods ({names}); say which one (periode = ...)').format(file=table.file, names=', '.join(periods)))
            rows = [r for r in rows if text_at(table, r, period_col) == str(period).strip()]
            if not rows:
                raise InputError(_("{file}: no rows for period '{period}' (periods: {names})").format(file=table.file, period=period, names=', '.join(periods)),
                                 argument="periode")
    elif period is not None:
        raise InputError(_("{file}: periode = '{period}' given, but the file has no period column").format(file=table.file, period=period))
    members: list[Member] = []
    register = MemberNames()
    problems: list[str] = []  # every bad row at once, each with its place: one run shows them all
    for row in rows:
        try:
            member = text_at(table, row, member_col)
        except InputError as error:  # an error cell as the name: the weight beside it is still checked
            problems.append(str(error))
            member = None
        raw = row.values.get(weight_col)
        if not member and member is not None and (raw is None or str(raw).strip() == ""):
            continue
        if member == "":
            problems.append(_('{place}: the member name is empty').format(place=table.where(row, member_col)))
        elif member is not None:
            try:
                register.add(member, table.where(row, member_col))  # one member once, and a total row is no member
            except InputError as error:
                problems.append(str(error))
                continue  # a total row: its weight is no member's
        try:
            weight = number_at(table, row, weight_col, _("weight"))
        except InputError as error:
            problems.append(str(error))
            continue
        if weight < 0:
            problems.append(_('{place}: the weight is negative: {weight}').format(place=table.where(row, weight_col), weight=number_text(weight, grouping=False)))
            continue
        if member:
            members.append(Member(member, weight))
        if len(members) > MAX_MEMBERS:
            raise InputError(_('{file}: more than {most} members').format(file=table.file, most=MAX_MEMBERS))
    _raise(problems)
    if not members:
        raise InputError(_('{file}: no members below the header (row {row})').format(file=table.file, row=table.header_row))
    return Key(tuple(members), name=name or table.file, source=f"{table.file}, kolom {weight_col}")


# Key files read in this process, by file identity and the fields that select from it: a folder of N specs
# naming one key reads and hashes it once. The file's size, times and inode are part of the identity, so
# an edited file is read again.
_KEYS_READ: dict[tuple, tuple[Key, str]] = {}


_HASHED: dict[tuple, str] = {}


def _file_identity(path: Path) -> tuple | None:
    try:
        info = path.stat()
    except OSError:
        return None
    return (str(path.resolve()), info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino)


def sha256_once(path: Path) -> str:
    """:func:`sha256_of` once per file version in this process (a key named by many specs)."""
    identity = _file_identity(path)
    if identity is None:
        return sha256_of(path)
    if identity not in _HASHED:
        if len(_HASHED) >= 256:
            _HASHED.pop(next(iter(_HASHED)))
        _HASHED[identity] = sha256_of(path)
    return _HASHED[identity]


def read_key_once(path: Path, *, column: str | None = None, sheet: str | None = None, period: str | None = None,
                  name: str | None = None) -> tuple[Key, str]:
    """(key, the file's SHA-256) as :func:`read_key` gives it, read and hashed once per file version."""
    file = _file_identity(path)
    identity = None if file is None else file + (column, sheet, period)  # None: read_key names the problem
    if identity is None or identity not in _KEYS_READ:
        key = read_key(path, column=column, sheet=sheet, period=period)
        found = (key, sha256_once(path))
        if identity is None:
            return (replace(key, name=name) if name else key), found[1]
        if len(_KEYS_READ) >= 64:
            _KEYS_READ.pop(next(iter(_KEYS_READ)))
        _KEYS_READ[identity] = found
    key, sha = _KEYS_READ[identity]
    return (replace(key, name=name) if name else key), sha


def _key_from_section(section: schema.KeyFields, path: tuple, locator: Locator, base_dir: Path,
                      name: str) -> tuple[Key, Source | None]:
    place = locator.where(path)
    if (section.bestand is None) == (section.gewichten is None):
        raise InputError(_("{place}: give either 'bestand' (a key file) or 'gewichten' (member = weight), {value}").format(place=place, value=_('not both') if section.bestand is not None else _('found neither')))
    if section.gewichten is not None:
        extra = [f for f in ("kolom", "blad", "periode") if getattr(section, f) is not None]
        if extra:
            raise InputError(_("{place}: '{value}' applies to a key file ('bestand'), not to 'gewichten'").format(place=place, value=extra[0]))
        origin = (section.bron or "").strip()
        if not section.gewichten:
            raise InputError(_('{place}: no members').format(place=locator.where(path + ('gewichten',))))
        if len(section.gewichten) > MAX_MEMBERS:
            raise InputError(_('{place}: more than {most} members').format(place=locator.where(path + ('gewichten',)), most=MAX_MEMBERS))
        register = MemberNames()
        for member in section.gewichten:
            register.add(member, locator.where(path + ("gewichten", member)))
        try:
            key = Key(tuple(Member(m, w) for m, w in section.gewichten.items()), name=name,
                      source=locator.where(path + ("gewichten",)) + (f" ({origin})" if origin else ""), origin=origin)
        except InputError as error:
            raise InputError(f"{locator.where(path + ('gewichten',))}: {error}") from None
        return key, None
    if section.bron is not None:
        raise InputError(_("{place}: 'bron' says where 'gewichten' come from; a key file ('bestand') names itself").format(place=locator.where(path + ('bron',))))
    file_path = spec_file_path(base_dir, section.bestand)
    where = locator.where(path + ("bestand",))
    if not section.bestand.strip():
        raise InputError(_('{place}: the file name is empty').format(place=where))
    try:
        key, sha = read_key_once(file_path, column=section.kolom, sheet=section.blad, period=section.periode,
                                 name=name)
        key = replace(key, origin=key.source + (f", periode {section.periode}" if section.periode else ""))
        source = Source(f"verdeelsleutel ({key.source})", file_path.name, sha)
    except InputError as error:
        # a wrong kolom or periode is named at its own field (cell), not at the file name
        place = locator.where(path + (error.argument,)) if error.argument in ("kolom", "periode") else where
        raise InputError("\n".join(f"{place}: {line}" for line in str(error).splitlines())) from None  # each bad row
    except OSError as error:
        raise InputError(_('{place}: {file} cannot be read ({reason})').format(place=where, file=file_path.name, reason=error.strerror)) from None
    return key, source


def member_places(locator: Locator, path: tuple, names: Any) -> Any:
    """Where a key typed in the spec names a member (``path``: its section; ``names``: its gewichten, in
    the order typed): in an input workbook the member's name cell, in a TOML spec its weight's field.
    None for a key file (its problems name the file)."""
    if not names:
        return None
    order = {name: number for number, name in enumerate(names, start=1)}

    def place(name: str) -> str:
        for column in ("#", "naam"):  # the name cell of the member's row in an input workbook
            cell = path + (column, order.get(name, 0))
            if isinstance(locator, dict) and cell in locator:
                return locator.where(cell)
        return locator.where(path + ("gewichten", name))
    return place


def _refuse_typos_in_keys(keys: tuple[Key, ...], years: tuple[int, ...], raw: dict[str, Any], locator: Locator) -> None:
    """A key's member that is a likely typo of a gemeente, refused at the cell or field that names it (before
    the key's members are compared with bijdrage_gemeente's, which would blame the whole key)."""
    problems: list[str] = []
    checked: list[list[str]] = []
    for year, key in zip(years, keys):
        if key.names in checked:  # the same members as a year before: said once (generate checks every year)
            continue
        checked.append(key.names)
        path = ("verdeelsleutel", str(year)) if str(year) in raw else ("verdeelsleutel",)
        entry = raw.get(str(year), raw)
        typed = entry.get("gewichten") if isinstance(entry, dict) else None
        places = member_places(locator, path, typed)

        def place_of(name: str, places=places) -> str:
            named = ("verdeelsleutel", "naam", name)  # an input workbook's Verdeelsleutel sheet
            return locator.where(named) if isinstance(locator, dict) and named in locator else places(name)
        try:
            gemeenten.checked_members(key, year, "melden", locator.where(path + ("bestand",) if not typed else path),
                                      place_of if typed else None)
        except InputError as error:
            problems.extend(line for line in str(error).splitlines() if line not in problems)
    _raise(problems)


def _amendment_keys(document: dict, raw: dict[str, Any], years: tuple[int, ...], locator: Locator,
                    base_dir: Path) -> tuple[tuple[Key, ...], list[Source]]:
    """[verdeelsleutel] for every year, or [verdeelsleutel.2021] ... one per year."""
    year_tables = {k: v for k, v in raw.items() if re.fullmatch(r"\d{4}", str(k))}
    if year_tables:
        other = [k for k in raw if k not in year_tables]
        if other:
            raise InputError(_("{place}: give the key for every year or per year ([verdeelsleutel.{value}]), not both ('{value2}' next to [verdeelsleutel.{value3}])").format(place=locator.where(('verdeelsleutel',)), value=years[0], value2=other[0], value3=next(iter(year_tables))))
        unknown = [k for k in year_tables if int(k) not in years]
        if unknown:
            raise InputError(_('{place}: {value} is not one of jaren ({names})').format(place=locator.where(('verdeelsleutel', unknown[0])), value=unknown[0], names=', '.join(map(str, years))))
    keys, sources = [], []
    for year in years:
        if year_tables:
            entry, path = year_tables.get(str(year)), ("verdeelsleutel", str(year))
            if entry is None:
                raise InputError(_('{place}: no key for {year} (give [verdeelsleutel.{year}])').format(place=locator.where(('verdeelsleutel',)), year=year))
        else:
            entry, path = raw, ("verdeelsleutel",)
        section = _validated(schema.AmendmentKey, entry, locator, path, full=document)
        key, source = _key_from_section(section, path, locator, base_dir, f"verdeelsleutel {year}")
        if section.vast_per_gemeente is not None:
            key = key.with_fixed_per_member(section.vast_per_gemeente)
        keys.append(key)
        if source is not None and not any(s.name == source.name for s in sources):
            sources.append(source)
    return tuple(keys), sources


# --- begrotingswijziging ---------------------------------------------------------------------------------

def amendment_from_document(document: Any, locator: Locator, base_dir: str | Path, *,
                            sources: tuple[Source, ...] = ()) -> Amendment:
    """Validate a begrotingswijziging document and read the key files it names: the Amendment."""
    from ..core.amendment import validate

    _check_kind(document, locator, "begrotingswijziging")
    spec = _validated(schema.AmendmentSpec, document, locator)
    base_dir = Path(base_dir)
    problems: list[str] = []
    general = spec.algemeen
    years = _years(general.jaren, locator)
    if general.eenheid not in schema.UNITS:
        problems.append(_('{place}: must be {units} (a power of ten), got {eenheid}').format(place=locator.where(('algemeen', 'eenheid')), units=schema.UNITS_TEXT, eenheid=general.eenheid))
    sign = Decimal(1) if general.baten_negatief else Decimal(-1)
    zero = (Decimal(0),) * len(years)
    lines = {}
    for code in LINE_CODES:
        flip = sign if code in BATEN_CODES else 1
        b, w = getattr(spec.begroting, code), getattr(spec.wijziging, code)
        b = zero if b is None else _per_year(b, years, ("begroting", code), locator, problems)
        w = zero if w is None else _per_year(w, years, ("wijziging", code), locator, problems)
        lines[code] = tuple((bv * flip, wv * flip) for bv, wv in zip(b, w))
    if general.bijdrage == "sluitend":
        if spec.wijziging.gemeentelijke_bijdrage is not None:
            problems.append(_("{place}: bijdrage = \"sluitend\" derives the change in gemeentelijke bijdrage; "
                              "remove this figure, or remove bijdrage = \"sluitend\" to use it").format(
                place=locator.where(("wijziging", CLOSING_LINE))))
        _refuse_unbalanced_begroting(lines, years, general.saldo_toegestaan, locator, problems)
        closing = closing_change(lines, len(years))
        lines[CLOSING_LINE] = tuple((b, change) for (b, _w), change in zip(lines[CLOSING_LINE], closing))
    member_begroting: dict[str, tuple[Decimal, ...]] = {}
    register = MemberNames()
    for member, values in (spec.bijdrage_gemeente or {}).items():
        if not member.strip():
            problems.append(_('{place}: a member name is empty').format(place=locator.where(('bijdrage_gemeente',))))
        else:
            try:
                register.add(member, locator.where(("bijdrage_gemeente", member)))
            except InputError as error:
                problems.append(str(error))
        member_begroting[member] = tuple(
            v * sign for v in _per_year(values, years, ("bijdrage_gemeente", member), locator, problems))
    if len(member_begroting) > MAX_MEMBERS:
        problems.append(_('{place}: {count} members; at most {most}').format(place=locator.where(('bijdrage_gemeente',)), count=len(member_begroting), most=MAX_MEMBERS))
    named = [m for m in member_begroting if m.strip()]
    if named and not problems:  # a typo of a gemeente at its own cell, not as the key's members differing
        try:
            gemeenten.checked_members(Key.from_mapping(dict.fromkeys(named, 1), name="bijdrage_gemeente"), years[0],
                                      "melden", locator.where(("bijdrage_gemeente",)),
                                      lambda name: locator.where(("bijdrage_gemeente", name)))
        except InputError as error:
            problems.extend(str(error).splitlines())
    if member_begroting and spec.verdeelsleutel is None:
        problems.append(_('{place}: section [verdeelsleutel] is missing (needed with [bijdrage_gemeente])').format(place=locator.where(())))
    if spec.verdeelsleutel is not None and not member_begroting:
        problems.append(_("{place}: a key without [bijdrage_gemeente] is not used; give each member's begroting in [bijdrage_gemeente], or remove the key").format(place=locator.where(('verdeelsleutel',))))
    _raise(problems)
    all_sources = list(sources)
    keys: tuple[Key, ...] = ()
    if member_begroting:
        keys, key_sources = _amendment_keys(document, spec.verdeelsleutel, years, locator, base_dir)
        all_sources.extend(key_sources)
        _refuse_typos_in_keys(keys, years, spec.verdeelsleutel, locator)
    texts = spec.toelichting.tekst if spec.toelichting else []
    for index, text in enumerate([texts] if isinstance(texts, str) else texts):
        if len(text) > schema.MAX_TEXT:  # Excel would cut it without a word
            path = ("toelichting", "tekst") if isinstance(texts, str) else ("toelichting", "tekst", index)
            raise InputError(_("{place}: {length} characters; a workbook cell holds at most {limit} (Excel's "
                               "limit): shorten it").format(place=locator.where(path), length=number_text(len(text)),
                                                            limit=number_text(schema.MAX_TEXT)))
    adoption = spec.vaststelling or schema.Adoption()
    amendment = Amendment(
        number=general.nummer, title=general.titel, organisation=general.organisatie, years=years, lines=lines,
        member_begroting=member_begroting, keys=keys, kenmerk=general.kenmerk, programme=general.programma,
        onderdeel=general.onderdeel, taakveld=general.taakveld, centrumgemeente=general.centrumgemeente,
        toelichting=(texts,) if isinstance(texts, str) else tuple(texts), adopted_by=adoption.door,
        adopted_on=adoption.op, unit=general.eenheid, baten_negative=general.baten_negatief,
        method=general.verdeelmethode, sources=tuple(all_sources),
        closing_bijdrage=general.bijdrage == "sluitend", saldo_allowed=general.saldo_toegestaan,
        views=adoption.zienswijzen, show_zero_lines=general.nulregels_tonen)
    _refuse_unbalanced(amendment, locator)
    try:
        validate(amendment)
    except InputError as error:
        raise InputError(f"{locator.where(())}: {error}") from None
    return amendment


def amendment_from_spec(spec: SpecFile) -> Amendment:
    return amendment_from_document(spec.data, TomlLocator(spec.path.name, spec.data), spec.path.parent,
                                   sources=(Source("invoer", spec.path.name, spec.sha256),))


# --- kostenverdeling --------------------------------------------------------------------------------------

def costs_from_document(document: Any, locator: Locator, base_dir: str | Path, *, sources: tuple[Source, ...] = ()):
    """Validate a kostenverdeling document and read the files it names: the CostDistribution."""
    from ..core.capacity import RatesTable
    from ..core.costs import CapacityRow, CostDistribution, CostLine
    from .rates import DEFAULT_RATES_FILE, default_rates, read_rates

    _check_kind(document, locator, "kostenverdeling")
    spec = _validated(schema.CostSpec, document, locator)
    base_dir = Path(base_dir)
    problems: list[str] = []
    general = spec.algemeen
    years = _years(general.jaren, locator)
    all_sources = list(sources)
    rates_section = spec.tarieven or schema.Rates()
    if rates_section.bestand is not None and rates_section.tarieven is not None:
        raise InputError(_("{place}: give either 'bestand' or 'tarieven', not both").format(place=locator.where(('tarieven',))))
    if rates_section.bestand is not None:
        rates_path = spec_file_path(base_dir, rates_section.bestand)
        try:
            rates = read_rates(rates_path)
            all_sources.append(Source("schaaltarieven", rates_path.name, sha256_of(rates_path)))
        except InputError as error:
            raise InputError(f"{locator.where(('tarieven', 'bestand'))}: {error}") from None
    elif rates_section.tarieven is not None:
        table = {}
        for scale, cost in rates_section.tarieven.items():
            if not re.fullmatch(r"[1-9]\d?", scale.strip()):
                problems.append(_('{place}: a salary scale must be a whole number such as "10", got \'{scale}\'').format(place=locator.where(('tarieven', 'tarieven', scale)), scale=scale))
                continue
            if cost < 0:
                problems.append(_('{place}: must not be negative, got {cost}').format(place=locator.where(('tarieven', 'tarieven', scale)), cost=number_text(cost, grouping=False)))
            table[int(scale)] = cost
        _raise(problems)
        if not table:
            raise InputError(_('{place}: no scales').format(place=locator.where(('tarieven', 'tarieven'))))
        rates = RatesTable.of(table, source=locator.where(("tarieven", "tarieven")))
    else:
        rates = default_rates()
        all_sources.append(Source("schaaltarieven (standaard)", DEFAULT_RATES_FILE.name, sha256_of(DEFAULT_RATES_FILE)))

    def check_years(line_years: list[int] | None, path: tuple) -> tuple[int, ...]:
        unknown = [y for y in line_years or () if y not in years]
        if unknown:
            problems.append(_('{place}: year(s) {names} are not in [algemeen] jaren ({names2})').format(place=locator.where(path + ('jaren',)), names=', '.join(map(str, unknown)), names2=', '.join(map(str, years))))
        return tuple(line_years or ())

    lines = []
    for index, item in enumerate(spec.formatie):
        path = ("formatie", index)
        for year in years:
            try:
                rates.rate(item.schaal, year)
            except InputError as error:
                problems.append(f"{locator.where(path + ('schaal',))}: {error}")
                break
        lines.append(CostLine(item.functie, item.soort, item.schaal, item.fte, None, check_years(item.jaren, path)))
    for index, item in enumerate(spec.bedrag):
        lines.append(CostLine(item.omschrijving, item.soort, None, None, item.bedrag,
                              check_years(item.jaren, ("bedrag", index))))
    if not lines:
        problems.append(_('{place}: no cost lines; give [[formatie]] or [[bedrag]] rows').format(place=locator.where(())))
    contingency = spec.onvoorzien or schema.Contingency()
    if contingency.percentage is not None and contingency.bedrag is not None:
        problems.append(_("{place}: give 'percentage' or 'bedrag', not both").format(place=locator.where(('onvoorzien',))))
    percentage = Decimal(5) if contingency.percentage is None else contingency.percentage
    if percentage > 100:
        problems.append(_('{place}: must be between 0 and 100 (5 = 5%), got {percentage}').format(place=locator.where(('onvoorzien', 'percentage')), percentage=number_text(percentage, grouping=False)))
    capacity = []
    for index, item in enumerate(spec.capaciteit):
        if item.uren_per_week > 168:
            problems.append(_('{place}: more hours than a week has (168), got {uren_per_week}').format(place=locator.where(('capaciteit', index, 'uren_per_week')), uren_per_week=number_text(item.uren_per_week, grouping=False)))
        if item.weken > 53:
            problems.append(_('{place}: more weeks than a year has (53), got {weken}').format(place=locator.where(('capaciteit', index, 'weken')), weken=number_text(item.weken, grouping=False)))
        capacity.append(CapacityRow(item.naam, item.uren_per_week, item.uurtarief, item.weken))
    _raise(problems)
    key, source = _key_from_section(spec.verdeelsleutel, ("verdeelsleutel",), locator, base_dir, "verdeelsleutel")
    if source is not None:
        all_sources.append(source)
    for group_name, group_members in (spec.verdeelsleutel.groepen or {}).items():
        twice = sorted({m for m in group_members if group_members.count(m) > 1})
        if twice:  # the group would weigh that member twice
            raise InputError(_('{place}: {names} named twice').format(place=locator.where(('verdeelsleutel', 'groepen', group_name)), names=', '.join(twice)))
        try:
            key = key.grouped(group_name, group_members)
        except InputError as error:
            raise InputError(f"{locator.where(('verdeelsleutel', 'groepen', group_name))}: {error}") from None
    distribution = CostDistribution(
        title=general.titel, organisation=general.organisatie, years=years, lines=tuple(lines), key=key, rates=rates,
        contingency_label=contingency.omschrijving, contingency_rate=percentage / 100,
        contingency_amount=contingency.bedrag, contingency_note=contingency.toelichting, capacity=tuple(capacity),
        decimals=general.decimalen, source_note=general.bron, sources=tuple(all_sources))
    return distribution


def costs_from_spec(spec: SpecFile):
    return costs_from_document(spec.data, TomlLocator(spec.path.name, spec.data), spec.path.parent,
                               sources=(Source("invoer", spec.path.name, spec.sha256),))


# --- afrekening ----------------------------------------------------------------------------------------------

def settlement_from_document(document: Any, locator: Locator, base_dir: str | Path, *,
                             sources: tuple[Source, ...] = ()):
    """Validate an afrekening document and read the key file it names: the Settlement."""
    from ..core.members import identity
    from ..core.settlement import Settlement, SettlementLine, negative_net_cost, net_cost_of, validate

    from .gemeenten import checked_members

    _check_kind(document, locator, "afrekening")
    spec = _validated(schema.SettlementSpec, document, locator)
    problems: list[str] = []
    if spec.eenheid not in schema.UNITS:
        problems.append(_("{place}: must be {units} (a power of ten), got {eenheid}").format(
            place=locator.where(("eenheid",)), units=schema.UNITS_TEXT, eenheid=spec.eenheid))
    # what the officer writes, in the form they wrote (a spec's field or an input workbook's cell)
    in_toml = isinstance(locator, TomlLocator)
    zero, new_line = ("realisatie = 0", "nieuw = true") if in_toml else ("0", _("Nieuw = 1"))
    sides: dict[str, tuple[SettlementLine, ...]] = {}
    for side in ("lasten", "baten"):
        lines = []
        for code, item in getattr(spec, side).items():
            place = locator.where((side, code))
            if not code.strip():
                problems.append(_("{place}: a line name is empty").format(place=place))
            if item.realisatie is None:
                problems.append(_("{place}: no realisatie; give {zero} when the line had none this year").format(
                    place=locator.where((side, code, "realisatie")), zero=zero))
            if item.begroting is None and not item.nieuw:
                problems.append(_("{place}: a realisatie line the begroting lacks; give its begroting, or declare it "
                                  "new ({new_line})").format(place=locator.where((side, code, "begroting")),
                                                            new_line=new_line))
            if item.nieuw and item.begroting:
                problems.append(_("{place}: declared new ({new_line}) but it has a begroting of {value}; a new line "
                                  "has none").format(place=place, value=amount(item.begroting), new_line=new_line))
            for name in ("begroting", "realisatie"):
                value = getattr(item, name)
                if value is not None and value < 0:
                    problems.append(_("{place}: amounts are positive (a baat under [baten], a last under [lasten]), "
                                      "got {value}").format(place=locator.where((side, code, name)),
                                                            value=amount(value)))
            label = item.omschrijving.strip() or code.replace("_", " ").strip().capitalize()
            lines.append(SettlementLine(code, label, item.begroting or Decimal(0), item.realisatie or Decimal(0),
                                        item.nieuw))
        sides[side] = tuple(lines)
    if not sides["lasten"]:
        problems.append(_("{place}: no lines; give each line as name = {{ begroting = ..., realisatie = ... }}").format(
            place=locator.where(("lasten",))))
    register = MemberNames()
    for member, value in spec.voorschotten.items():
        place = locator.where(("voorschotten", member))
        try:
            register.add(member, place)
        except InputError as error:
            problems.append(str(error))
        if value < 0:
            problems.append(_("{place}: a voorschot is what the member paid, not negative; got {value}").format(
                place=place, value=amount(value)))
    if len(spec.voorschotten) > MAX_MEMBERS:
        problems.append(_("{place}: {count} members; at most {most}").format(
            place=locator.where(("voorschotten",)), count=len(spec.voorschotten), most=MAX_MEMBERS))
    _raise(problems)
    key, key_source = _key_from_section(spec.verdeelsleutel, ("verdeelsleutel",), locator, Path(base_dir),
                                        f"verdeelsleutel {spec.jaar}")
    if spec.verdeelsleutel.vast_per_gemeente is not None:
        key = key.with_fixed_per_member(spec.verdeelsleutel.vast_per_gemeente)
    key_place = locator.where(("verdeelsleutel", "bestand" if spec.verdeelsleutel.bestand else "gewichten"))
    try:  # a typo of a gemeente is refused here, at its cell, as the other kinds refuse it
        checked_members(key, spec.jaar, "melden", key_place,
                        member_places(locator, ("verdeelsleutel",), spec.verdeelsleutel.gewichten))
    except InputError as error:
        problems.extend(str(error).splitlines())
    in_key = {identity(name): name for name in key.names}

    def member_place(name: str) -> str:  # where the key names a member: its weight, or the key file
        return locator.where(("verdeelsleutel", "gewichten", name)) if spec.verdeelsleutel.gewichten else key_place

    voorschotten: dict[str, Decimal] = {}
    for member, value in spec.voorschotten.items():
        if identity(member) not in in_key:
            problems.append(_("{place}: {member} is not a member of the verdeelsleutel ({key}); remove the voorschot "
                              "or add the member to the key").format(place=locator.where(("voorschotten", member)),
                                                                     member=member, key=key_place))
        else:
            voorschotten[in_key[identity(member)]] = value
    for name in key.names:
        if name not in voorschotten and identity(name) not in {identity(m) for m in spec.voorschotten}:
            problems.append(_("{place}: no voorschot for {member}, a member of the verdeelsleutel ({key}); give "
                              "{member} = 0 if it paid nothing").format(place=locator.where(("voorschotten",)),
                                                                         member=name, key=member_place(name)))
    _raise(problems)
    texts = spec.toelichting.tekst if spec.toelichting else []
    destination = spec.resultaatbestemming or schema.Destination()
    settlement = Settlement(
        year=spec.jaar, title=spec.titel, organisation=spec.organisatie, lasten=sides["lasten"], baten=sides["baten"],
        voorschotten={name: voorschotten[name] for name in key.names}, key=key, reserve=destination.reserve,
        reserve_label=destination.omschrijving, method=spec.verdeelmethode, unit=spec.eenheid, kenmerk=spec.kenmerk,
        toelichting=(texts,) if isinstance(texts, str) else tuple(texts),
        sources=tuple(sources) + ((key_source,) if key_source else ()))
    net = net_cost_of(settlement)
    if net < 0:
        raise InputError(f"{locator.where(())}: {negative_net_cost(settlement, net)}")
    try:
        validate(settlement)
    except InputError as error:
        raise InputError("\n".join(f"{locator.where(())}: {line}" for line in str(error).splitlines())) from None
    return settlement


def settlement_from_spec(spec: SpecFile):
    return settlement_from_document(spec.data, TomlLocator(spec.path.name, spec.data), spec.path.parent,
                                    sources=(Source("invoer", spec.path.name, spec.sha256),))


__all__ = ["KINDS", "MEMBER_COLUMNS", "SpecFile", "Source", "TomlLocator", "amendment_from_document",
           "amendment_from_spec", "costs_from_document", "costs_from_spec", "read_key", "read_spec",
           "settlement_from_document", "settlement_from_spec", "sha256_of"]


def _ways_out(locator: Locator) -> tuple[str, str]:
    """How to let pyengine close the amendment and how to allow a saldo, in the form the input has: the spec's
    fields, or the input workbook's ja/nee cells."""
    if isinstance(locator, TomlLocator):
        return _('bijdrage = "sluitend" in [algemeen]'), _("saldo_toegestaan = true in [algemeen]")
    return tuple(_("'ja' in {cell} ({label})").format(
        cell=locator.cell(("algemeen", field)) or locator.where(("algemeen", field)),
        label=locator.labels.get(("algemeen", field), field)) for field in ("bijdrage", "saldo_toegestaan"))


def _refuse_unbalanced_begroting(lines: dict, years: tuple[int, ...], saldo_allowed: bool, locator: Locator,
                                 problems: list[str]) -> None:
    """With bijdrage = "sluitend" the change in gemeentelijke bijdrage closes every year; if the begroting itself
    does not close (a figure typed wrong), that change would charge the gap to the members without a word."""
    unbalanced = [(year, saldo) for year, saldo in zip(years, begroting_saldi(lines, len(years))) if saldo]
    if not unbalanced or saldo_allowed:
        return
    shown = ", ".join(_("{year}: {amount}").format(year=year, amount=amount(saldo)) for year, saldo in unbalanced)
    problems.append(_(
        "{place}: the begroting itself does not balance: its saldo (after reserve mutations) is not 0 in {years}. "
        "With the change in gemeentelijke bijdrage derived, the members would pay for that gap: correct the "
        "begroting figures (the adopted begroting balances), or, if the gap is meant, allow it with {allow}").format(
        place=locator.where(("begroting",)), years=shown, allow=_ways_out(locator)[1]))


def _refuse_unbalanced(amendment: Amendment, locator: Locator) -> None:
    """Balanced by default: a saldo after the change (after reserve mutations) other than 0 is refused,
    naming the years and amounts and the ways out, unless saldo_toegestaan = true says it is meant."""
    unbalanced = unbalanced_years(amendment)
    if not unbalanced or amendment.saldo_allowed:
        return
    years = ", ".join(_("{year}: {amount}").format(year=year, amount=amount(saldo)) for year, saldo in unbalanced)
    derive, allow = _ways_out(locator)
    raise InputError(_(
        "{place}: the begrotingswijziging does not balance: the saldo after the change (after reserve mutations) is "
        "not 0 in {years}. Type the change in gemeentelijke bijdrage that closes it here, or let pyengine derive it: "
        "{derive}; for a deliberately unbalanced amendment: {allow}").format(
        place=locator.where(("wijziging", CLOSING_LINE)), years=years, derive=derive, allow=allow))
