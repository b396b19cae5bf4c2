"""pyengine new: write an input workbook to fill in (pre-filled from a key and years, or converted from a spec)."""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

from .errors import InputError, UsageError
from .i18n import _
from .inputs.schema import FIRST_YEAR, LAST_YEAR  # the years a spec accepts
# characters a command line takes unquoted in cmd, PowerShell and POSIX shells alike
_PLAIN_WORD = re.compile(r"[\w./:\\-]+" if os.sep == "\\" else r"[\w./:-]+")


def parse_years(text: str) -> list[int]:
    """'2025-2028' or '2025,2026' -> [2025, ...]; 1 to 5 increasing years from 1900 to 2200.
    A wrong --years is a usage error (UsageError)."""
    text = text.strip()
    match = re.fullmatch(r"(\d{4})\s*-\s*(\d{4})", text)
    if match:
        if int(match[2]) < int(match[1]):
            raise UsageError(_('--years: {text} runs backwards; give the first year first, such as {value}-{value2}').format(text=repr(text), value=match[2], value2=match[1]))
        years = list(range(int(match[1]), int(match[2]) + 1))
    elif re.fullmatch(r"\d{4}(\s*,\s*\d{4})*", text):
        years = [int(y) for y in text.split(",")]
    else:
        raise UsageError(_('--years: expected years such as 2025-2028 or 2025,2026, got {text}').format(text=repr(text)))
    if not 1 <= len(years) <= 5 or any(b <= a for a, b in zip(years, years[1:])):
        raise UsageError(_('--years: give 1 to 5 increasing years, got {text}').format(text=repr(text)))
    outside = [y for y in years if not FIRST_YEAR <= y <= LAST_YEAR]
    if outside:
        raise UsageError(_('--years: years run from {first_year} to {last_year}, got {value} in {text}').format(first_year=FIRST_YEAR, last_year=LAST_YEAR, value=outside[0], text=repr(text)))
    return years


def command_word(path: str | Path) -> str:
    """``path`` as one word of a command to paste: in double quotes when it holds a space or a
    character a shell treats specially (double quotes work in cmd, PowerShell and POSIX shells)."""
    text = str(path)
    return text if _PLAIN_WORD.fullmatch(text) else f'"{text}"'


def program_words() -> str:
    """How the user started pyengine, for a command to paste: ``pyengine``, or, when it ran as a module (the
    handleiding's Windows path: ``py -m pyengine``, since a per-user install does not put pyengine on PATH),
    the same module call."""
    spec = getattr(sys.modules.get("__main__"), "__spec__", None)
    if getattr(spec, "name", "") != "pyengine.__main__":
        return "pyengine"
    return "py -m pyengine" if os.name == "nt" else f"{os.path.basename(sys.executable)} -m pyengine"


def relative_path(target: Path, start: Path) -> str:
    """``target`` as seen from folder ``start`` with forward slashes (works on Windows too);
    absolute when no relative path exists (another drive)."""
    try:
        return Path(os.path.relpath(target.resolve(), start.resolve())).as_posix()
    except ValueError:
        return str(target.resolve())


def key_of_option(key_path: Path, column: str | None, period: str | None, years: list[int]):
    """The key of --key, its members checked as gemeenten of the first year (a likely typo is refused here,
    naming the key file, not only later by generate)."""
    from .inputs.gemeenten import checked_members
    from .inputs.spec import read_key

    try:
        key = read_key(key_path, column=column, period=period)
    except InputError as error:  # the key reader speaks of spec fields; here they are options
        raise InputError(str(error).replace("(kolom = ...)", "(--kolom)").replace("(periode = ...)", "(--periode)"))
    if years:
        checked_members(key, years[0], "melden", key.source or key_path.name)
    return key


def document_from_key(kind: str, key_path: Path | None, years: list[int], out: Path, column: str | None = None,
                      period: str | None = None) -> dict:
    """A blank spec document with the years and, from the key, its members and their weights. The
    weights are copied into the workbook, so that it travels alone (mailed to a colleague, it still
    generates); 'bron' keeps naming the key file they came from (shown on the Herkomst sheet)."""
    doc: dict = {"soort": kind, "algemeen": {"jaren": years}}
    if kind == "begrotingswijziging":
        # balanced by default: the change in gemeentelijke bijdrage is what closes every year
        doc["algemeen"].update({"eenheid": 1000, "baten_negatief": True, "verdeelmethode": "largest_remainder",
                                "bijdrage": "sluitend"})
    else:
        doc["algemeen"]["decimalen"] = 2
    if key_path is not None:
        key = key_of_option(key_path, column, period, years)
        origin = key.source + (f", periode {period}" if period else "")  # "inwoners.csv, kolom inwoners"
        doc["verdeelsleutel"] = {"gewichten": {member.name: member.weight for member in key.members},
                                 "bron": origin}
        if kind == "begrotingswijziging":
            doc["bijdrage_gemeente"] = {name: [] for name in key.names}  # the officer types the figures
    return doc


def document_from_spec(kind: str, spec_path: Path, out: Path) -> tuple[dict, callable]:
    """The document of a spec, an input workbook or a produced workbook (its Invoer sheet), after the very
    checks generate makes (what generate refuses is refused here). A key file it names is read and its weights
    copied in, with 'bron' naming the file: the new input workbook travels alone."""
    from .inputs.spec import (amendment_from_document, amendment_from_spec, costs_from_document, costs_from_spec,
                              read_spec, spec_file_path)

    if not spec_path.exists():
        raise InputError(_('{spec_path}: file not found').format(spec_path=spec_path))
    if spec_path.suffix.lower() == ".xlsx":
        from .inputs.workbook_spec import in_cells, read_document

        data, locator = read_document(spec_path)
        if data.get("soort") != kind:
            raise InputError(_('{file}: is a {quoted} spec; use pyengine new {kind}').format(
                file=spec_path.name, quoted=repr(data.get("soort")), kind=data.get("soort")))
        try:
            (amendment_from_document if kind == "begrotingswijziging" else costs_from_document)(
                data, locator, spec_path.parent)
        except InputError as error:
            raise InputError("\n".join(in_cells(line, locator) for line in str(error).splitlines())) from None
    else:
        spec = read_spec(spec_path)  # a folder or a named pipe is refused there, saying what it is
        if spec.kind != kind:
            raise InputError(_('{file}: is a {quoted} spec; use pyengine new {kind}').format(file=spec_path.name, quoted=repr(spec.kind), kind=spec.kind))
        (amendment_from_spec if kind == "begrotingswijziging" else costs_from_spec)(spec)
        data = spec.data
    data = dict(data)
    if isinstance(data.get("verdeelsleutel"), dict):
        data["verdeelsleutel"] = keys_copied(data["verdeelsleutel"], spec_path.parent)
    return data, lambda name: relative_path(spec_file_path(spec_path.parent, name), out.parent)


KEY_FILE_FIELDS = ("bestand", "kolom", "blad", "periode")


def keys_copied(section: dict, base: Path) -> dict:
    """[verdeelsleutel] (or each [verdeelsleutel.<year>]) with a key file read and copied in as 'gewichten',
    'bron' naming where they came from ("inwoners.csv, kolom inwoners"); other fields kept."""
    from .inputs.spec import read_key, spec_file_path

    if "bestand" not in section:
        return {name: keys_copied(value, base) if isinstance(value, dict) and name.isdigit() else value
                for name, value in section.items()}
    period = section.get("periode")
    key = read_key(spec_file_path(base, section["bestand"]), column=section.get("kolom"), sheet=section.get("blad"),
                   period=period)
    copied = {name: value for name, value in section.items() if name not in KEY_FILE_FIELDS}
    copied["gewichten"] = {member.name: member.weight for member in key.members}
    copied["bron"] = key.source + (f", periode {period}" if period else "")
    return copied


def starter_document(kind: str, key_path: Path | None, years: list[int], out: Path, column: str | None = None,
                     period: str | None = None) -> dict:
    """A meerjarenraming or sleutelvergelijking to fill in: the years, the key's members (or two placeholder
    members), every amount 0 and every index 0, for the officer to type over on the Invoer sheet."""
    if not years:
        raise UsageError(_("--years: give the years, such as 2026-2029 (the first is the base year)"))
    if key_path is not None:
        key = key_of_option(key_path, column, period, years)
        weights = {"gewichten": dict(zip(key.names, key.weights)), "bron": key.source}
    else:
        weights = {"gewichten": {"Gemeente 1": 1, "Gemeente 2": 1}}
    if kind == "meerjarenraming":
        return {"soort": kind, "titel": "Meerjarenraming", "jaren": years,
                "lasten": {"personeelskosten": {"bedrag": 0, "index": "loon", "omschrijving": "Personeelskosten"},
                           "materiele_kosten": {"bedrag": 0, "index": "prijs", "omschrijving": "Materiële kosten"},
                           "kapitaallasten": {"bedrag": 0, "index": "geen", "omschrijving": "Kapitaallasten"}},
                "baten": {"overige_baten": {"bedrag": 0, "index": "prijs", "omschrijving": "Overige baten"}},
                "indexatie": {"loon": {str(y): 0 for y in years[1:]}, "prijs": {str(y): 0 for y in years[1:]}},
                "verdeelsleutel": weights}
    return {"soort": kind, "titel": "Sleutelvergelijking", "jaren": years, "bedrag": 0, "ingroei": len(years) - 1,
            "sleutel_a": weights, "sleutel_b": {"gewichten": dict(weights["gewichten"])}}


def outlook_workbook(kind: str, out: Path, *, spec: Path | None, key: Path | None, years: str | None,
                     column: str | None, period: str | None) -> bytes:
    """meerjarenraming and sleutelvergelijking: the input workbook is the kind's own workbook; its Invoer
    sheet holds every input in yellow cells, and generate reads it back (the round trip)."""
    from .bulk import single_workbook_kinds
    from .inputs.outlook_spec import comparison_from_document, forecast_from_document
    from .inputs.spec import TomlLocator, read_spec

    if spec is not None:
        if not spec.exists():
            raise InputError(_('{spec_path}: file not found').format(spec_path=spec))
        parsed = read_spec(spec)
        if parsed.kind != kind:
            raise InputError(_('{file}: is a {quoted} spec; use pyengine new {kind}').format(
                file=spec.name, quoted=repr(parsed.kind), kind=parsed.kind))
        doc, locator, base = parsed.data, TomlLocator(spec.name, parsed.data), spec.parent
    else:
        doc = starter_document(kind, key, parse_years(years) if years else [], out, column, period)
        locator, base = TomlLocator("pyengine new", doc), out.parent
    build = {"meerjarenraming": forecast_from_document, "sleutelvergelijking": comparison_from_document}[kind]
    compute, module = single_workbook_kinds()[kind]
    result = compute(build(doc, locator, base, form=True))
    module.check(result)
    return module.render(result)


def new_workbook(kind: str, out: Path, *, spec: Path | None = None, key: Path | None = None,
                 years: str | None = None, column: str | None = None, period: str | None = None,
                 year: int | None = None) -> bytes:
    """The bytes of a new input workbook; InputError for bad arguments or a spec the workbook cannot hold."""
    from .render.input_workbook import write_workbook
    from .new_settlement import new_settlement_workbook

    own = {"afrekening": new_settlement_workbook}.get(kind)  # kinds with their own input workbook
    if own is not None:
        return own(out, spec=spec, key=key, year=year, column=column, period=period)
    if kind in ("meerjarenraming", "sleutelvergelijking"):
        return outlook_workbook(kind, out, spec=spec, key=key, years=years, column=column, period=period)
    if spec is not None:
        doc, rebase = document_from_spec(kind, spec, out)
        return write_workbook(doc, rebase, spec.name)
    doc = document_from_key(kind, key, parse_years(years) if years else [], out, column, period)
    return write_workbook(doc, None, "pyengine new")


def main(args) -> int:
    from .bulk import write_atomically

    out = Path(args.out)
    if out.suffix.lower() != ".xlsx":
        print(_('--out: the input workbook must end in .xlsx, got {name}').format(name=out.name), file=sys.stderr)
        return 2
    if args.spec and (args.key or args.years or args.kolom or args.periode):
        print(_('--from converts a spec as it is; give --key, --years, --kolom and --periode only without --from'),
              file=sys.stderr)
        return 2
    year = getattr(args, "year", None)
    if year is not None and args.kind != "afrekening":
        print(_("--year goes with afrekening; give a begrotingswijziging or kostenverdeling its --years"),
              file=sys.stderr)
        return 2
    if args.years and args.kind == "afrekening":
        print(_("--years: an afrekening settles one year; give --year, such as --year 2025"), file=sys.stderr)
        return 2
    if (args.kolom or args.periode) and not args.key:
        print(_('--kolom and --periode go with --key'), file=sys.stderr)
        return 2
    try:
        if args.years:
            parse_years(args.years)
    except UsageError as error:
        print(error, file=sys.stderr)
        return 2
    blocked = _blocking_file(out)
    if blocked is not None:
        print(_('--out {out}: {blocked} is a file, not a folder; choose another --out').format(out=out, blocked=blocked))
        return 1
    if out.is_dir():
        print(_('--out {out}: is a folder; --out names the new workbook, such as {value}').format(out=out, value=out / 'invoer.xlsx'))
        return 1
    if out.exists() or out.is_symlink():
        print(_('{out}: exists; not overwritten (choose another --out or remove it first)').format(out=out))
        return 1
    try:
        data = new_workbook(args.kind, out, spec=Path(args.spec) if args.spec else None,
                            key=Path(args.key) if args.key else None, years=args.years,
                            column=args.kolom, period=args.periode, year=year)
        write_atomically(out, data, force=False)
    except FileExistsError:
        print(_('{out}: exists; not overwritten (choose another --out or remove it first)').format(out=out))
        return 1
    except UsageError as error:
        print(error, file=sys.stderr)
        return 2
    except (InputError, OSError) as error:
        print(str(error))
        return 1
    print(_("written: {path}").format(path=out))
    print(_("next: fill in the yellow cells, then: {command}").format(command=next_command(args, out)))
    return 0


def next_command(args, out: Path) -> str:
    """The generate command the officer most likely runs next: with --per-member for a
    begrotingswijziging whose members are known (from --key, or the spec's bijdrage_gemeente), since
    each member then gets its bijdrageoverzicht."""
    if args.kind == "afrekening":  # a letter per deelnemer
        return f"{program_words()} generate {command_word(out)} --per-member --out uitvoer/"
    per_member = args.kind == "begrotingswijziging" and bool(args.key or (args.spec and _spec_has_members(Path(args.spec))))
    return f"{program_words()} generate {command_word(out)}" + (" --per-member" if per_member else "") + " --out uitvoer/"


def _spec_has_members(spec: Path) -> bool:
    from .inputs.spec import read_spec
    from .inputs.workbook_spec import read_document

    try:
        data = read_document(spec)[0] if spec.suffix.lower() == ".xlsx" else read_spec(spec).data
        return bool(data.get("bijdrage_gemeente"))
    except InputError:  # it was read a moment ago; a spec that changed meanwhile gets the plain hint
        return False


def _blocking_file(out: Path) -> Path | None:
    """The folder on the way to ``out`` that exists but is a file (``afile`` in afile/x.xlsx), or None."""
    for folder in out.parents:
        if folder.exists():
            return None if folder.is_dir() else folder
    return None
