"""pyengine new afrekening: an input workbook for the settlement, from a key and a year or from a begrotingswijziging.

From ``--key K --year 2025``: the deelnemers and their weights of the key, empty rows for the lines, the
voorschotten to fill in. From ``--from`` a begrotingswijziging (its .toml spec, input workbook or produced
workbook): per line the bijgestelde begroting of the year, per deelnemer its bijgestelde bijdrage as the
voorschot, the key of that year; only the realisatie is left to fill in. From ``--from`` an afrekening spec:
the spec as it is. The workbook is the afrekening's own Invoer sheet, so generate reads it as it reads a
produced afrekening.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from .errors import InputError, UsageError
from .i18n import _

BLANK_ROWS = 20
INTRO = ("Vul de gele cellen in: per regel de begroting en de realisatie van het jaar (in euro, positief; Nieuw = 1 "
         "voor een regel die de begroting niet kende), per deelnemer het voorschot, en de resultaatbestemming. "
         "Daarna: pyengine generate <dit bestand> --out uitvoer/")


def new_settlement_workbook(out: Path, *, spec: Path | None = None, key: Path | None = None, year: int | None = None,
                            column: str | None = None, period: str | None = None) -> bytes:
    from .render.settlement_workbook import render_input

    if spec is not None:
        draft = _draft_from(spec, year)
    elif key is not None:
        if year is None:
            raise UsageError(_("--year: say which year the afrekening settles, such as --year 2025"))
        draft = _draft_from_key(key, year, column, period)
    else:
        raise UsageError(_("pyengine new afrekening needs --key (the deelnemers and their weights) with --year, or "
                           "--from a begrotingswijziging or afrekening spec"))
    return render_input(draft, INTRO)


def _draft_from_key(key_path: Path, year: int, column: str | None, period: str | None):
    from .inputs.spec import read_key
    from .render.settlement_workbook import Draft, DraftMember

    try:
        key = read_key(key_path, column=column, period=period)
    except InputError as error:  # the key reader speaks of spec fields; here they are options
        raise InputError(str(error).replace("(kolom = ...)", "(--kolom)").replace("(periode = ...)", "(--periode)"))
    members = tuple(DraftMember(m.name, m.effective_weight) for m in key.members)
    return Draft(f"Afrekening {year}", "", "", year, "largest_remainder", 1, None, "", (), (), members, Decimal(0),
                 f"{key_path.name}: {key.source}", (), key_path.name, BLANK_ROWS)


def _draft_from(spec_path: Path, year: int | None):
    from .core.settlement import compute
    from .inputs.workbook_spec import load_any_spec
    from .render.settlement_workbook import draft_of

    if not spec_path.exists():
        raise InputError(_("{path}: file not found").format(path=spec_path))
    kind, model = load_any_spec(spec_path)
    if kind == "afrekening":
        if year is not None and year != model.year:
            raise UsageError(_("--year {year}: {spec} settles {own}").format(year=year, spec=spec_path.name,
                                                                            own=model.year))
        from dataclasses import replace

        return replace(draft_of(compute(model)), blank_rows=BLANK_ROWS)
    if kind != "begrotingswijziging":
        raise InputError(_("{spec}: is a {kind}; an afrekening starts from a begrotingswijziging (its spec or its "
                           "workbook) or from an afrekening spec").format(spec=spec_path.name, kind=kind))
    return _draft_from_amendment(spec_path, model, year)


def _draft_from_amendment(spec_path: Path, amendment, year: int | None):
    from .core.amendment import BATEN, LASTEN, MEMBER_PREFIX, RESERVES, compute
    from .render.settlement_workbook import Draft, DraftLine, DraftMember

    years = amendment.years
    if year is None:
        if len(years) > 1:
            raise UsageError(_("{spec}: the begrotingswijziging covers {years}; say which year the afrekening settles "
                               "with --year").format(spec=spec_path.name, years=", ".join(map(str, years))))
        year = years[0]
    if year not in years:
        raise UsageError(_("--year {year}: {spec} covers {years}").format(year=year, spec=spec_path.name,
                                                                         years=", ".join(map(str, years))))
    if not amendment.has_members:
        raise InputError(_("{spec}: the begrotingswijziging has no members ([bijdrage_gemeente]); an afrekening "
                           "needs each member's voorschot").format(spec=spec_path.name))
    result = compute(amendment)
    y = years.index(year)
    exact = result.years[y].exact
    lasten = tuple(DraftLine(code, label, exact[code][2], None) for code, label in LASTEN + RESERVES[:1]
                   if exact[code][2])
    baten = tuple(DraftLine(code, label, -exact[code][2], None) for code, label in BATEN + RESERVES[1:]
                  if code != "gemeentelijke_bijdrage" and exact[code][2])
    key = amendment.keys[y]
    members = tuple(DraftMember(m.name, m.effective_weight, m.participates, -exact[MEMBER_PREFIX + m.name][2])
                    for m in key.members)
    return Draft(f"Afrekening {year}", amendment.organisation, "", year, amendment.method, 1, None, "", lasten, baten,
                 members, key.fixed_per_member, key.source or spec_path.name,
                 (_begroting_note(amendment, year),), spec_path.name, BLANK_ROWS)


def _begroting_note(amendment, year: int) -> str:
    return (f"Begroting en voorschotten: de bijgestelde begroting {year} na begrotingswijziging {amendment.number} "
            f"({amendment.title}).")


__all__ = ["new_settlement_workbook"]
