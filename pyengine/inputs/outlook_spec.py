"""Spec documents of meerjarenraming and sleutelvergelijking -> validated Forecast and KeyComparison.

The contract is the one of :mod:`.spec`: a document and a locator in, a model out, every problem one
line naming its place."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path
from typing import Any

from ..core.amendment import Source
from ..core.comparison import KeyComparison
from ..core.forecast import NO_INDEX, Forecast, ForecastLine, compute_forecast
from ..core.indexation import check_index
from ..core.keys import Key, Member
from ..errors import InputError
from ..i18n import _, amount
from . import schema
from .gemeenten import checked_members
from .schema import Locator
from .spec import TomlLocator, SpecFile, _amendment_keys, member_places, _check_kind, _key_from_section, _raise, _validated


def _years(years: list[int], locator: Locator) -> tuple[int, ...]:
    if any(b <= a for a, b in zip(years, years[1:])):
        raise InputError(_("{place}: the years must be increasing, got {years}")
                         .format(place=locator.where(("jaren",)), years=years))
    return tuple(years)


def _notes(spec) -> tuple[str, ...]:
    texts = spec.toelichting.tekst if spec.toelichting else []
    return (texts,) if isinstance(texts, str) else tuple(texts)


# --- meerjarenraming ----------------------------------------------------------------------------------

def forecast_from_document(document: Any, locator: Locator, base_dir: str | Path, *,
                           sources: tuple[Source, ...] = (), form: bool = False) -> Forecast:
    """Validate a meerjarenraming document and read the key files it names: the Forecast. ``form``: the
    empty form pyengine new writes (every amount 0 is refused otherwise)."""
    _check_kind(document, locator, "meerjarenraming")
    spec = _validated(schema.ForecastSpec, document, locator)
    years = _years(spec.jaren, locator)
    problems: list[str] = []
    indices, index_source = _indices(spec.indexatie, years, locator, problems)
    lines = []
    for side in ("lasten", "baten"):
        for code, item in getattr(spec, side).items():
            if item.index != NO_INDEX and item.index not in indices:
                known = ", ".join([*indices, NO_INDEX])
                problems.append(_("{place}: index '{index}' is not a series of [indexatie] (known: {known})")
                                .format(place=locator.where((side, code, "index")), index=item.index, known=known))
            if item.bedrag < 0:
                problems.append(_("{place}: give the amount positive; [baten] are subtracted from [lasten]")
                                .format(place=locator.where((side, code, "bedrag"))))
            lines.append(ForecastLine(code, item.omschrijving or code.replace("_", " ").capitalize(), side,
                                      item.bedrag, item.index))
    if not spec.lasten:
        problems.append(_("{place}: no lines").format(place=locator.where(("lasten",))))
    elif not form and not problems and all(line.amount == 0 for line in lines):  # a form not filled in yet
        problems.append(_("{place}: no amounts filled in (every amount of every line is 0): type the amounts "
                          "of {year}, then generate").format(
            place=locator.where((lines[0].side, lines[0].code, "bedrag")), year=years[0]))
    _raise(problems)
    keys, key_sources = _amendment_keys(document, spec.verdeelsleutel, years, locator, Path(base_dir))
    notes: list[str] = []
    checked = []
    for year, key in zip(years, keys):
        place = locator.where(("verdeelsleutel", str(year)) if any(str(y) in spec.verdeelsleutel for y in years)
                              else ("verdeelsleutel",))
        same_members = bool(checked) and keys[len(checked) - 1].names == key.names
        path = ("verdeelsleutel", str(year)) if str(year) in spec.verdeelsleutel else ("verdeelsleutel",)
        raw = spec.verdeelsleutel.get(str(year), spec.verdeelsleutel)
        key, found = checked_members(key, year, spec.herindeling, place,
                                     member_places(locator, path, raw.get("gewichten") if isinstance(raw, dict) else None))
        checked.append(key)
        if not same_members:  # the same members as the year before: its notes said it (every year is checked)
            notes.extend(n for n in found if n not in notes)
    notes.extend(_members_between_years(years, checked, locator))
    forecast = Forecast(title=spec.titel, organisation=spec.organisatie, years=years, lines=tuple(lines),
                        indices=indices, index_source=index_source, keys=tuple(checked), method=spec.verdeelmethode,
                        notes=tuple(notes) + _notes(spec), member_notes=tuple(notes),
                        sources=tuple(sources) + tuple(key_sources), merge_rule=spec.herindeling)
    if not form:
        _refuse_negative_net(forecast, locator)
    return forecast


def _refuse_negative_net(forecast: Forecast, locator: Locator) -> None:
    """Baten above the lasten in a year: the members would receive money, not bear a cost (as the afrekening
    refuses a negative net cost), refused naming [baten] and the year's figures."""
    result = compute_forecast(forecast)
    problems = [_("{place}: the net cost of {year} is negative ({net} = lasten {lasten} - baten {baten}): the "
                  "baten exceed the lasten, so the members would not bear a cost but receive money; check the "
                  "amounts of the lasten and the baten").format(
        place=locator.where(("baten",)), year=year, net=amount(net), lasten=amount(lasten), baten=amount(baten))
        for year, net, lasten, baten in zip(forecast.years, result.net, result.lasten, result.baten) if net < 0]
    _raise(problems)


def _members_between_years(years: tuple[int, ...], keys: list[Key], locator: Locator) -> list[str]:
    """A note naming each member that not every year's key has, with the years whose key has it: a name typed
    one way in one year and another way in the next would otherwise be two members, each paying nothing in
    the other's years, and nobody told."""
    from ..core.members import identity

    in_years: dict[str, list[int]] = {}
    names: dict[str, str] = {}
    for year, key in zip(years, keys):
        for name in key.names:
            names.setdefault(identity(name), name)
            in_years.setdefault(identity(name), []).append(year)
    partial = [f"{names[k]} ({', '.join(map(str, found))})" for k, found in in_years.items() if len(found) < len(years)]
    if not partial:
        return []
    return [_("{place}: not every year's key has the same members: {members} (the years whose key has it); a "
              "member pays nothing in a year whose key lacks it").format(
        place=locator.where(("verdeelsleutel",)), members="; ".join(partial))]


def _indices(raw: dict[str, Any], years: tuple[int, ...], locator: Locator, problems: list[str]
             ) -> tuple[dict[str, dict[int, Decimal]], str]:
    """[indexatie]: series = { year = percent } for every year after the base year, and bron."""
    source = raw.get("bron", "")
    if not isinstance(source, str):
        problems.append(_("{place}: must be text (in quotes)").format(place=locator.where(("indexatie", "bron"))))
        source = ""
    indices: dict[str, dict[int, Decimal]] = {}
    for name, series in raw.items():
        if name == "bron":
            continue
        path = ("indexatie", name)
        if name == NO_INDEX:
            problems.append(_("{place}: '{name}' means no index; name the series otherwise")
                            .format(place=locator.where(path), name=name))
            continue
        if not isinstance(series, dict):
            problems.append(_("{place}: must be a table of year = percent, such as {{ {year} = 2.5 }}")
                            .format(place=locator.where(path), year=years[-1]))
            continue
        figures: dict[int, Decimal] = {}
        for year_text, value in series.items():
            where = locator.where(path + (year_text,))
            if not re.fullmatch(r"\d{4}", str(year_text)) or int(year_text) not in years[1:]:
                problems.append(_("{place}: {year} is not one of the years after the base year ({years})")
                                .format(place=where, year=year_text, years=", ".join(map(str, years[1:])) or "-"))
                continue
            if isinstance(value, bool) or not isinstance(value, (int, float, str, Decimal)):
                problems.append(_("{place}: must be a number (percent)").format(place=where))
                continue
            try:
                figures[int(year_text)] = check_index(value if not isinstance(value, float) else repr(value), where)
            except InputError as error:
                problems.append(str(error))
        missing = [y for y in years[1:] if y not in figures]
        if missing and len(figures) == len(series):
            problems.append(_("{place}: no figure for {years}")
                            .format(place=locator.where(path), years=", ".join(map(str, missing))))
        indices[name] = figures
    return indices, source


def forecast_from_spec(spec: SpecFile) -> Forecast:
    return forecast_from_document(spec.data, TomlLocator(spec.path.name, spec.data), spec.path.parent,
                                  sources=(Source("invoer", spec.path.name, spec.sha256),))


# --- sleutelvergelijking -----------------------------------------------------------------------------------

def comparison_from_document(document: Any, locator: Locator, base_dir: str | Path, *,
                             sources: tuple[Source, ...] = (), form: bool = False) -> KeyComparison:
    """Validate a sleutelvergelijking document and read the key files it names: the KeyComparison.
    ``form``: the empty form pyengine new writes (every amount 0 is refused otherwise)."""
    _check_kind(document, locator, "sleutelvergelijking")
    spec = _validated(schema.ComparisonSpec, document, locator)
    years = _years(spec.jaren, locator)
    problems: list[str] = []
    amounts = _amounts(spec.bedrag, years, locator, problems)
    for year, figure in zip(years, amounts if not problems else ()):
        place = locator.where(("bedrag", str(year)) if isinstance(spec.bedrag, dict) else ("bedrag",))
        if figure < 0:  # as the afrekening refuses a negative net cost: the members would receive, not pay
            problems.append(_("{place}: the amount of {year} is negative ({amount}): the members would not bear a "
                              "cost but receive money; give the amount to split positive").format(
                place=place, year=year, amount=amount(figure)))
        elif figure != figure.to_integral_value():  # the keys split whole euros (the workbook's formulas too)
            problems.append(_("{place}: the amount of {year} has cents ({amount}); a sleutelvergelijking splits "
                              "whole euros: give the amount in whole euros").format(
                place=place, year=year, amount=amount(figure)))
        if not isinstance(spec.bedrag, dict):
            break  # one figure for every year: said once
    if not form and not problems and all(amount == 0 for amount in amounts):  # a form generated before it was filled in
        place = locator.where(("bedrag", str(years[0])) if isinstance(spec.bedrag, dict) else ("bedrag",))
        problems.append(_("{place}: no amounts filled in (the amount of every year is 0): type the amount of "
                          "each year, then generate").format(place=place))
    start = spec.ingroei_vanaf if spec.ingroei_vanaf is not None else years[0]
    _raise(problems)
    base_dir = Path(base_dir)
    all_sources = list(sources)
    keys: dict[str, Key] = {}
    notes: list[str] = []
    first_year = years[0]
    for section in ("sleutel_a", "sleutel_b", "inwoners"):
        fields = getattr(spec, section)
        if fields is None:
            continue
        key, source = _key_from_section(fields, (section,), locator, base_dir, section)
        key, found = checked_members(key, first_year, spec.herindeling, locator.where((section,)),
                                     member_places(locator, (section,), fields.gewichten))
        notes.extend(n for n in found if n not in notes)
        if source is not None:
            all_sources.append(Source(f"{section} ({key.source})", source.name, source.sha256))
        keys[section] = key
    key_a, key_b = _same_members(keys["sleutel_a"], keys["sleutel_b"])
    population = keys.get("inwoners")
    if population is not None:
        missing = [n for n in key_a.names if n not in population.names]
        if missing:
            raise InputError(_("{place}: no inhabitants for {names}")
                             .format(place=locator.where(("inwoners",)), names=", ".join(missing)))
    return KeyComparison(title=spec.titel, organisation=spec.organisatie, years=years, amounts=amounts,
                         key_a=key_a, key_b=key_b, steps=spec.ingroei, start=start, population=population,
                         notes=tuple(notes) + _notes(spec), member_notes=tuple(notes), sources=tuple(all_sources),
                         merge_rule=spec.herindeling)


def _amounts(value: Any, years: tuple[int, ...], locator: Locator, problems: list[str]) -> tuple[Decimal, ...]:
    if isinstance(value, dict):
        unknown = [k for k in value if not re.fullmatch(r"\d{4}", k) or int(k) not in years]
        for k in unknown:
            problems.append(_("{place}: {year} is not one of jaren ({years})").format(
                place=locator.where(("bedrag", k)), year=k, years=", ".join(map(str, years))))
        missing = [y for y in years if str(y) not in value]
        if missing:
            problems.append(_("{place}: no amount for {years}")
                            .format(place=locator.where(("bedrag",)), years=", ".join(map(str, missing))))
        return tuple(value.get(str(y), Decimal(0)) for y in years)
    if isinstance(value, tuple):
        if len(value) != len(years):
            problems.append(_("{place}: {count} figure(s) for {years} year(s); give one per year, or one figure "
                              "for every year").format(place=locator.where(("bedrag",)), count=len(value),
                                                       years=len(years)))
            return (Decimal(0),) * len(years)
        return value
    return (value,) * len(years)


def _same_members(key_a: Key, key_b: Key) -> tuple[Key, Key]:
    """Both keys over the same members (A's order, then B's newcomers); a member missing from one key
    weighs 0 there (it joins or leaves with the new key)."""
    names = list(dict.fromkeys(key_a.names + key_b.names))

    def widened(key: Key) -> Key:
        weights = dict(zip(key.names, key.weights))
        return Key(tuple(Member(n, weights.get(n, Decimal(0))) for n in names), name=key.name, source=key.source)

    return widened(key_a), widened(key_b)


def comparison_from_spec(spec: SpecFile) -> KeyComparison:
    return comparison_from_document(spec.data, TomlLocator(spec.path.name, spec.data), spec.path.parent,
                                    sources=(Source("invoer", spec.path.name, spec.sha256),))


__all__ = ["comparison_from_document", "comparison_from_spec", "forecast_from_document", "forecast_from_spec"]
