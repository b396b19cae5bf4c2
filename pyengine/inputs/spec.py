"""Input files -> validated models. Every error names the file and the field, row or cell.

An amendment or cost distribution is described in a TOML file (human-readable, diffable) that
points to key files: CSV or xlsx with a member column (``gemeente``) and a weight column, or a CBS
StatLine CSV export of inhabitants (semicolon-separated, "Regio's" and a "bevolking" column).
"""

from __future__ import annotations

import csv
import hashlib
import io
import tomllib
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from ..core.amendment import BATEN_CODES, LINE_CODES, Amendment, Source
from ..errors import InputError
from ..core.keys import Key, Member
from ..core.money import to_decimal

MEMBER_COLUMNS = ("gemeente", "gemeenten", "regio's", "regios", "regio", "member", "naam", "deelnemer")
KINDS = ("begrotingswijziging", "kostenverdeling")


@dataclass(frozen=True)
class SpecFile:
    """A parsed spec: its kind, its data and the files it used (for Herkomst)."""

    path: Path
    kind: str
    data: dict
    sha256: str


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def read_spec(path: str | Path) -> SpecFile:
    path = Path(path)
    if not path.is_file():
        raise InputError(f"{path}: file not found")
    raw = path.read_bytes()
    try:
        data = tomllib.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise InputError(f"{path.name}: not UTF-8 text") from None
    except tomllib.TOMLDecodeError as error:
        raise InputError(f"{path.name}: TOML syntax error: {error}") from None
    kind = data.get("soort")
    if kind not in KINDS:
        raise InputError(f"{path.name}: field 'soort' must be one of {', '.join(KINDS)}, got {kind!r}")
    return SpecFile(path, kind, data, hashlib.sha256(raw).hexdigest())


# --- small typed readers ----------------------------------------------------------------------

def _table(data: dict, name: str, where: str, required: bool = True) -> dict:
    value = data.get(name)
    if value is None:
        if required:
            raise InputError(f"{where}: section [{name}] is missing")
        return {}
    if not isinstance(value, dict):
        raise InputError(f"{where}: [{name}] must be a section (table), got {type(value).__name__}")
    return value


def _text(table: dict, field: str, where: str, default: str | None = None) -> str:
    value = table.get(field, default)
    if value is None:
        raise InputError(f"{where}: field '{field}' is missing")
    if not isinstance(value, (str, int)):
        raise InputError(f"{where}: field '{field}' must be text, got {value!r}")
    return str(value)


def _amount(value: object, where: str) -> Decimal:
    if isinstance(value, str):
        value = value.replace("_", "").strip()
    try:
        return to_decimal(value, where)
    except InputError as error:
        raise InputError(str(error)) from None


def _per_year(value: object, years: tuple[int, ...], where: str) -> tuple[Decimal, ...]:
    """One amount per year: a list with one figure per year, or a single figure for every year."""
    if isinstance(value, list):
        if len(value) != len(years):
            raise InputError(f"{where}: {len(value)} figure(s) for {len(years)} year(s) ({', '.join(map(str, years))})")
        return tuple(_amount(v, f"{where}[{year}]") for v, year in zip(value, years))
    amount = _amount(value, where)
    return (amount,) * len(years)


def _years(table: dict, where: str) -> tuple[int, ...]:
    years = table.get("jaren")
    if not isinstance(years, list) or not years or not all(isinstance(y, int) and not isinstance(y, bool) for y in years):
        raise InputError(f"{where}: field 'jaren' must be a list of years such as [2021, 2022], got {years!r}")
    if not 1 <= len(years) <= 5:
        raise InputError(f"{where}: field 'jaren' must hold 1 to 5 years, got {len(years)}")
    if any(b <= a for a, b in zip(years, years[1:])):
        raise InputError(f"{where}: field 'jaren' must be increasing, got {years}")
    return tuple(years)


# --- key files ----------------------------------------------------------------------------------

def read_table_xlsx(path: Path, sheet: str | None = None) -> list[dict[str, object]]:
    """Rows of the first (or named) sheet as dicts keyed by the header row."""
    import openpyxl

    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as error:  # noqa: BLE001
        raise InputError(f"{path.name}: not a readable .xlsx file ({type(error).__name__})") from None
    try:
        if sheet is not None and sheet not in workbook.sheetnames:
            raise InputError(f"{path.name}: no sheet {sheet!r} (sheets: {', '.join(workbook.sheetnames)})")
        worksheet = workbook[sheet] if sheet else workbook.worksheets[0]
        rows = list(worksheet.iter_rows(values_only=True))
    finally:
        workbook.close()
    if not rows:
        raise InputError(f"{path.name}: the sheet is empty")
    header = [str(h).strip() if h is not None else "" for h in rows[0]]
    return [dict(zip(header, row)) for row in rows[1:]]


def _read_csv_rows(path: Path) -> tuple[list[dict[str, object]], str]:
    text = path.read_bytes().decode("utf-8-sig", errors="strict")
    lines = [line for line in text.splitlines() if line.strip()]
    if not lines:
        raise InputError(f"{path.name}: the file is empty")
    # CBS StatLine exports start with title lines (which may hold a ';'): the header is the first line
    # naming a member column; failing that, the first line with a delimiter
    def fields(line: str, delimiter: str) -> list[str]:
        return [f.strip().strip('"').strip().lower() for f in line.split(delimiter)]

    delimiter = max((";", ","), key=lambda d: sum(line.count(d) for line in lines[:20]))
    start = next((i for i, line in enumerate(lines) if set(fields(line, delimiter)) & set(MEMBER_COLUMNS)),
                 next((i for i, line in enumerate(lines) if delimiter in line), 0))
    reader = csv.DictReader(io.StringIO("\n".join(lines[start:])), delimiter=delimiter)
    return [dict(row) for row in reader], delimiter


def _number_cell(value: object, delimiter: str, where: str) -> Decimal:
    if isinstance(value, str):
        text = value.strip().replace("\u00a0", "").replace(" ", "")
        if delimiter == ";" and "," in text:  # Dutch CSV: 1.234,5
            text = text.replace(".", "").replace(",", ".")
        value = text
    if value in (None, "", "."):
        raise InputError(f"{where}: the weight is empty")
    return _amount(value, where)


def read_key(path: str | Path, *, column: str | None = None, sheet: str | None = None, period: str | None = None,
             name: str | None = None) -> Key:
    """A verdeelsleutel from CSV/xlsx (member column + weight column) or a CBS StatLine CSV export."""
    path = Path(path)
    if not path.is_file():
        raise InputError(f"{path}: key file not found")
    suffix = path.suffix.lower()
    if suffix == ".csv":
        try:
            rows, delimiter = _read_csv_rows(path)
        except UnicodeDecodeError:
            raise InputError(f"{path.name}: not UTF-8 text; save the CSV as UTF-8") from None
    elif suffix == ".xlsx":
        rows, delimiter = read_table_xlsx(path, sheet), ","
    else:
        raise InputError(f"{path.name}: a key must be a .csv or .xlsx file")
    if not rows:
        raise InputError(f"{path.name}: no rows below the header")
    headers = [h for h in rows[0].keys() if h]
    lowered = {h.strip().lower(): h for h in headers}
    member_col = next((lowered[c] for c in MEMBER_COLUMNS if c in lowered), None)
    if member_col is None:
        raise InputError(f"{path.name}: no member column; name one 'gemeente' (found: {', '.join(headers)})")
    period_col = next((lowered[c] for c in ("perioden", "periode", "jaar") if c in lowered), None)
    if column is not None:
        weight_col = lowered.get(column.strip().lower())
        if weight_col is None:
            raise InputError(f"{path.name}: no column {column!r} (found: {', '.join(headers)})")
    else:
        candidates = [h for h in headers if h not in (member_col, period_col) and h.strip().lower() not in ("id", "bron")]
        preferred = [h for h in candidates if any(w in h.lower() for w in ("bevolking", "inwoner", "gewicht", "weight"))]
        choice = preferred or candidates
        if len(choice) != 1:
            raise InputError(f"{path.name}: say which column holds the weights (kolom = ...); found: {', '.join(candidates)}")
        weight_col = choice[0]
    if period_col is not None:
        periods = sorted({str(r.get(period_col, "")).strip() for r in rows})
        if len(periods) > 1:
            if period is None:
                raise InputError(f"{path.name}: several periods ({', '.join(periods)}); say which one (periode = ...)")
            rows = [r for r in rows if str(r.get(period_col, "")).strip() == period]
            if not rows:
                raise InputError(f"{path.name}: no rows for period {period!r} (periods: {', '.join(periods)})")
    members = []
    for number, row in enumerate(rows, start=2):
        member = row.get(member_col)
        member = "" if member is None else str(member).strip()
        weight_value = row.get(weight_col)
        if not member and weight_value in (None, ""):
            continue
        where = f"{path.name}, row {number}, column {weight_col!r}"
        if not member:
            raise InputError(f"{path.name}, row {number}: member name is empty")
        weight = _number_cell(weight_value, delimiter, where)
        if weight < 0:
            raise InputError(f"{where}: weight is negative: {weight}")
        members.append(Member(member, weight))
    return Key(tuple(members), name=name or path.name, source=f"{path.name}, kolom {weight_col}")


# --- amendment --------------------------------------------------------------------------------

def amendment_from_spec(spec: SpecFile) -> Amendment:
    where = spec.path.name
    data = spec.data
    general = _table(data, "algemeen", where)
    years = _years(general, f"{where} [algemeen]")
    baten_negative = general.get("baten_negatief", True)
    if not isinstance(baten_negative, bool):
        raise InputError(f"{where} [algemeen]: field 'baten_negatief' must be true or false")
    unit = general.get("eenheid", 1000)
    if not isinstance(unit, int) or isinstance(unit, bool):
        raise InputError(f"{where} [algemeen]: field 'eenheid' must be a whole number such as 1000")
    sign = Decimal(1) if baten_negative else Decimal(-1)
    begroting = _table(data, "begroting", where)
    wijziging = _table(data, "wijziging", where)
    for section, table in (("begroting", begroting), ("wijziging", wijziging)):
        unknown = [k for k in table if k not in LINE_CODES]
        if unknown:
            raise InputError(f"{where} [{section}]: unknown line(s) {', '.join(unknown)}; known: {', '.join(LINE_CODES)}")
    zero = (Decimal(0),) * len(years)
    lines = {}
    for code in LINE_CODES:
        flip = sign if code in BATEN_CODES else 1
        b = _per_year(begroting[code], years, f"{where} [begroting] {code}") if code in begroting else zero
        w = _per_year(wijziging[code], years, f"{where} [wijziging] {code}") if code in wijziging else zero
        lines[code] = tuple((bv * flip, wv * flip) for bv, wv in zip(b, w))
    sources = [Source("invoer", spec.path.name, spec.sha256)]
    member_table = _table(data, "bijdrage_gemeente", where, required=False)
    member_begroting: dict[str, tuple[Decimal, ...]] = {}
    keys: tuple[Key, ...] = ()
    if member_table:
        for member, values in member_table.items():
            member_begroting[str(member)] = tuple(
                v * sign for v in _per_year(values, years, f"{where} [bijdrage_gemeente] {member!r}"))
        keys, key_sources = _keys(data, spec.path, years)
        sources.extend(key_sources)
    toelichting = data.get("toelichting", {})
    texts = toelichting.get("tekst", []) if isinstance(toelichting, dict) else []
    if isinstance(texts, str):
        texts = [texts]
    adoption = _table(data, "vaststelling", where, required=False)
    amendment = Amendment(
        number=_text(general, "nummer", f"{where} [algemeen]"),
        title=_text(general, "titel", f"{where} [algemeen]"),
        organisation=_text(general, "organisatie", f"{where} [algemeen]", ""),
        years=years, lines=lines, member_begroting=member_begroting, keys=keys,
        kenmerk=_text(general, "kenmerk", where, ""), programme=_text(general, "programma", where, ""),
        onderdeel=_text(general, "onderdeel", where, ""), taakveld=_text(general, "taakveld", where, ""),
        centrumgemeente=_text(general, "centrumgemeente", where, ""),
        toelichting=tuple(str(t) for t in texts), adopted_by=_text(adoption, "door", where, ""),
        adopted_on=_text(adoption, "op", where, ""), unit=unit, baten_negative=baten_negative,
        method=_text(general, "verdeelmethode", where, "largest_remainder"), sources=tuple(sources))
    from ..core.amendment import validate

    try:
        validate(amendment)
    except InputError as error:
        raise InputError(f"{where}: {error}") from None
    return amendment


def _keys(data: dict, spec_path: Path, years: tuple[int, ...]) -> tuple[tuple[Key, ...], list[Source]]:
    """[verdeelsleutel] for every year, or [verdeelsleutel.2021] ... per year."""
    where = spec_path.name
    section = _table(data, "verdeelsleutel", where)
    per_year = {k: v for k, v in section.items() if isinstance(v, dict) and k != "gewichten"}
    keys, sources = [], []
    for year in years:
        entry = per_year.get(str(year), section if not per_year else None)
        if entry is None:
            raise InputError(f"{where} [verdeelsleutel]: no key for {year} (give [verdeelsleutel.{year}])")
        label = f"{where} [verdeelsleutel{'.' + str(year) if per_year else ''}]"
        if "gewichten" in entry:  # inline: [verdeelsleutel.gewichten] member = weight
            try:
                key = Key.from_mapping(entry["gewichten"], name=f"verdeelsleutel {year}", source=f"{label} gewichten")
            except AttributeError:
                raise InputError(f"{label} gewichten: must be a table of member = weight") from None
            except InputError as error:
                raise InputError(f"{label} gewichten: {error}") from None
            keys.append(key if entry.get("vast_per_gemeente") is None else
                        key.with_fixed_per_member(_amount(entry["vast_per_gemeente"], f"{label} vast_per_gemeente")))
            continue
        file_name = _text(entry, "bestand", label)
        path = (spec_path.parent / file_name).resolve()
        try:
            key = read_key(path, column=entry.get("kolom"), sheet=entry.get("blad"), period=entry.get("periode"),
                           name=f"verdeelsleutel {year}")
        except InputError as error:
            raise InputError(f"{label}: {error}") from None
        fixed = entry.get("vast_per_gemeente")
        if fixed is not None:
            key = key.with_fixed_per_member(_amount(fixed, f"{label} vast_per_gemeente"))
        keys.append(key)
        if not any(s.name == path.name for s in sources):
            sources.append(Source(f"verdeelsleutel ({key.source})", path.name, sha256_of(path)))
    return tuple(keys), sources


# --- cost distribution (kostenverdeling) -----------------------------------------------------

def costs_from_spec(spec: SpecFile):
    from ..core.costs import CapacityRow, CostDistribution, CostLine
    from .rates import DEFAULT_RATES_FILE, default_rates, read_rates

    where = spec.path.name
    data = spec.data
    general = _table(data, "algemeen", where)
    years = _years(general, f"{where} [algemeen]")
    sources = [Source("invoer", spec.path.name, spec.sha256)]
    rates_section = _table(data, "tarieven", where, required=False)
    if rates_section.get("bestand"):
        rates_path = (spec.path.parent / str(rates_section["bestand"])).resolve()
        try:
            rates = read_rates(rates_path)
        except InputError as error:
            raise InputError(f"{where} [tarieven]: {error}") from None
        sources.append(Source("schaaltarieven", rates_path.name, sha256_of(rates_path)))
    else:
        rates = default_rates()
        sources.append(Source("schaaltarieven (standaard)", DEFAULT_RATES_FILE.name, sha256_of(DEFAULT_RATES_FILE)))
    lines = []
    for index, item in enumerate(data.get("formatie", []), start=1):
        label = f"{where} [[formatie]] #{index}"
        if not isinstance(item, dict):
            raise InputError(f"{label}: must be a table")
        line_years = tuple(item.get("jaren", ()))
        scale = item.get("schaal")
        try:
            rates.rate(scale, years[0])
        except InputError as error:
            raise InputError(f"{label} ({item.get('functie', '?')}): {error}") from None
        fte = _amount(item.get("fte"), f"{label} fte")
        if fte < 0:
            raise InputError(f"{label}: fte is negative: {fte}")
        lines.append(CostLine(_text(item, "functie", label), _text(item, "soort", label, ""), int(scale), fte,
                              None, line_years))
    for index, item in enumerate(data.get("bedrag", []), start=1):
        label = f"{where} [[bedrag]] #{index}"
        lines.append(CostLine(_text(item, "omschrijving", label), _text(item, "soort", label, ""), None, None,
                              _amount(item.get("bedrag"), f"{label} bedrag"), tuple(item.get("jaren", ()))))
    contingency_section = _table(data, "onvoorzien", where, required=False)
    rate = contingency_section.get("percentage", 5)
    fixed = contingency_section.get("bedrag")
    capacity = []
    for index, item in enumerate(data.get("capaciteit", []), start=1):
        label = f"{where} [[capaciteit]] #{index}"
        capacity.append(CapacityRow(_text(item, "naam", label), _amount(item.get("uren_per_week"), f"{label} uren_per_week"),
                                    _amount(item.get("uurtarief"), f"{label} uurtarief"),
                                    _amount(item.get("weken", 45), f"{label} weken")))
    key_section = _table(data, "verdeelsleutel", where)
    if "gewichten" in key_section:
        weights = key_section["gewichten"]
        if not isinstance(weights, dict):
            raise InputError(f"{where} [verdeelsleutel.gewichten]: must be a table of member = weight")
        try:
            key = Key.from_mapping(weights, name="verdeelsleutel", source=f"{where} [verdeelsleutel.gewichten]")
        except InputError as error:
            raise InputError(f"{where}: {error}") from None
    else:
        path = (spec.path.parent / _text(key_section, "bestand", f"{where} [verdeelsleutel]")).resolve()
        try:
            key = read_key(path, column=key_section.get("kolom"), sheet=key_section.get("blad"),
                           period=key_section.get("periode"), name="verdeelsleutel")
        except InputError as error:
            raise InputError(f"{where} [verdeelsleutel]: {error}") from None
        sources.append(Source(f"verdeelsleutel ({key.source})", path.name, sha256_of(path)))
    groups = key_section.get("groepen", {})
    for group_name, group_members in groups.items():
        try:
            key = key.grouped(group_name, group_members)
        except InputError as error:
            raise InputError(f"{where} [verdeelsleutel.groepen]: {error}") from None
    decimals = general.get("decimalen", 2)
    if not isinstance(decimals, int) or not 0 <= decimals <= 2:
        raise InputError(f"{where} [algemeen]: field 'decimalen' must be 0, 1 or 2")
    return CostDistribution(
        title=_text(general, "titel", f"{where} [algemeen]"), organisation=_text(general, "organisatie", where, ""),
        years=years, lines=tuple(lines), key=key, rates=rates,
        contingency_label=_text(contingency_section, "omschrijving", where, "Onvoorzien"),
        contingency_rate=_amount(rate, f"{where} [onvoorzien] percentage") / 100,
        contingency_amount=None if fixed is None else _amount(fixed, f"{where} [onvoorzien] bedrag"),
        contingency_note=_text(contingency_section, "toelichting", where, ""), capacity=tuple(capacity),
        decimals=decimals, source_note=_text(general, "bron", where, ""), sources=tuple(sources))
