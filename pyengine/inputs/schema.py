"""The spec schema: every section and field of both spec kinds, declared once (type, unit, meaning).

Declared with pydantic v2 models (``extra="forbid"``, strict types: TOML's ``2020`` is not the text
``"2020"``). The declaration validates a *document* (the nested dict/list structure ``tomllib``
gives for a TOML spec, or the same structure built from another input format) and is the reference
in the README (``reference_markdown()``; a test checks the README against it).

Validation errors are translated into the user's words by :func:`problems_from` with a *locator*
(any object with ``where(path) -> str``, naming the place of a field path such as
``("formatie", 2, "fte")`` as ``begroting.toml [[formatie]] row 3 fte`` or ``Formatie!D5``). Unknown
fields get a "did you mean" from ``difflib``.
"""

from __future__ import annotations

import difflib
import types
import typing
from decimal import Decimal
from typing import Annotated, Any, Literal, Optional, Protocol, Union

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, ValidationError, create_model
from pydantic_core import PydanticCustomError

from ..core.allocation import METHOD_LABELS, METHOD_MEANINGS, METHOD_TEXT, METHODS, method_named  # noqa: F401
from ..core.amendment import DISPLAY_UNITS, DISPLAY_UNITS_TEXT, KINDS, LABELS, LINE_CODES
from ..core.members import identity
from ..errors import InputError
from ..i18n import _
from ..i18n import number as number_text
from .numbers import NumberError, parse_number

MAX_AMOUNT = Decimal(10) ** 13  # euros: 15 significant digits with the cents, what a workbook holds exactly
MAX_MEMBERS = 1000
FIRST_YEAR, LAST_YEAR = 1900, 2200

# The allowed values of the fields with a fixed list, once (the spec model, the input workbooks'
# drop-down lists and their readers all use these).
UNITS = DISPLAY_UNITS  # algemeen.eenheid
UNITS_TEXT = DISPLAY_UNITS_TEXT  # the same, as a person reads it
# algemeen.verdeelmethode: METHOD_LABELS (the name an officer reads in the input workbook) and METHOD_TEXT (as a
# workbook's explanation names it) live in core.allocation beside the methods: the workbook writers need them
# without this schema and pydantic behind it (a spawned bulk worker would import it only for them)


def method_label(value: str) -> str:
    """The officer's word for a method as an input workbook shows it (text that names no method stays as typed:
    the reader refuses it with its cell)."""
    try:
        return METHOD_LABELS[method_named(str(value))]
    except InputError:
        return str(value)


DECIMALS = (0, 1, 2)  # algemeen.decimalen of a kostenverdeling
YES_NO = ("ja", "nee")  # a true/false field in an input workbook, as written
# ... and the words a reader takes for it (what Excel and LibreOffice show for TRUE/FALSE, English, one letter)
YES_WORDS = ("ja", "waar", "true", "j", "yes")
NO_WORDS = ("nee", "onwaar", "false", "n", "no")


def yes_no(value: bool) -> str:
    """A true/false field as an input workbook shows it."""
    return YES_NO[0] if value else YES_NO[1]


class Locator(Protocol):
    """Names the place of a field path in the user's words (file and section/field, or sheet and cell)."""

    def where(self, path: tuple[str | int, ...]) -> str: ...


# --- value types ------------------------------------------------------------------------------------

def _number(value: object, *, money: bool = False, negative: bool = True) -> Decimal:
    if isinstance(value, (list, dict)):
        raise PydanticCustomError("number", _("must be a number, got a {kind}"), {"kind": _toml_type(value)})
    try:
        number = parse_number(value, "spec")
    except NumberError as error:
        raise PydanticCustomError("number", "{problem}", {"problem": str(error)}) from None
    if money and number.as_tuple().exponent < -2 and number != number.quantize(Decimal("0.01")):
        raise PydanticCustomError("number", _("{value} has more than two decimals; amounts are euros and cents"),
                                  {"value": number_text(number, grouping=False)})
    if money and abs(number) >= MAX_AMOUNT:
        raise PydanticCustomError("number", _("{value} is beyond what a workbook holds to the cent (at most "
                                  "15 digits: below {limit})"), {"value": number_text(number, grouping=False),
                                                                 "limit": number_text(Decimal(10) ** 13)})
    if not negative and number < 0:
        raise PydanticCustomError("number", _("must not be negative, got {value}"), {"value": number_text(number, grouping=False)})
    return number


def _amount(value: object) -> Decimal:
    return _number(value, money=True)


def _non_negative(value: object) -> Decimal:
    return _number(value, negative=False)


def _amount_per_year(value: object) -> tuple[Decimal, ...] | Decimal:
    if isinstance(value, list):
        figures = []
        for index, item in enumerate(value, start=1):
            try:
                figures.append(_amount(item))
            except PydanticCustomError as error:
                raise PydanticCustomError("number", _("figure {index} of the list") + ": {problem}",
                                          {"index": index, "problem": error.message()}) from None
        return tuple(figures)
    return _amount(value)


MAX_TEXT = 32_767  # characters in one Excel cell: a longer text would be cut without a word


def _text(value: object) -> object:
    if isinstance(value, str) and len(value) > MAX_TEXT:
        raise PydanticCustomError("text", _("{length} characters; a workbook cell holds at most {limit} (Excel's "
                                            "limit): shorten it"), {"length": number_text(len(value)),
                                                                     "limit": number_text(MAX_TEXT)})
    return value


def _required_text(value: object) -> object:
    value = _text(value)
    # Blank is "no visible character": spaces, zero-width spaces and byte-order marks alike, the same
    # invisible characters the member-identity rule removes (core.members.identity).
    if isinstance(value, str) and not identity(value):
        raise PydanticCustomError("text", _("is empty; fill it in") if not value else
                                  _("holds no visible character (only spaces or invisible characters); fill it in"))
    return value


def _method(value: object) -> object:
    """The same method names in every input form: 'Hamilton', 'Sainte-Laguë', "D'Hondt" as in a workbook."""
    if isinstance(value, str):
        try:
            return method_named(value)
        except InputError:
            return value  # the Literal's own message lists the methods
    return value


Text = Annotated[str, BeforeValidator(_text)]
Method = Annotated[Literal[METHODS], BeforeValidator(_method)]  # type: ignore[valid-type]
RequiredText = Annotated[str, BeforeValidator(_required_text)]
Amount = Annotated[Decimal, BeforeValidator(_amount), Field(json_schema_extra={"unit": "euro"})]
Weight = Annotated[Decimal, BeforeValidator(_non_negative)]
NonNegative = Annotated[Decimal, BeforeValidator(_non_negative)]
AmountPerYear = Annotated[Any, BeforeValidator(_amount_per_year)]
Year = Annotated[int, Field(ge=FIRST_YEAR, le=LAST_YEAR)]


def field(default: Any = ..., meaning: str = "", unit: str = "", **limits: Any) -> Any:
    """A declared field: its meaning and unit go into the README reference."""
    return Field(default, description=meaning, json_schema_extra={"unit": unit} if unit else None, **limits)


class Section(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


# --- shared sections --------------------------------------------------------------------------------

class KeyFields(Section):
    """[verdeelsleutel]: a key file, or the weights inline."""

    bestand: str | None = field(None, "key file, relative to the spec: CSV or xlsx with a member column "
                                "('gemeente') and a weight column, or a CBS StatLine CSV export")
    kolom: str | None = field(None, "the weight column of the key file (needed when it has several)")
    blad: str | None = field(None, "the sheet of an xlsx key file (default: the first)")
    periode: str | None = field(None, "the period of a CBS export with several periods, e.g. \"2024\"")
    gewichten: dict[str, Weight] | None = field(None, "instead of bestand: member = weight, one line per "
                                                "member (numbers, or text such as \"5_952\")")
    bron: str | None = field(None, "with gewichten: where the weights come from, such as the key file they were "
                             "copied from (\"inwoners.csv, kolom inwoners\"); shown on the Herkomst sheet")


class AmendmentKey(KeyFields):
    vast_per_gemeente: Amount | None = field(None, "fixed amount per member before the rest is split by "
                                             "weight (vaste voet)", "euro")


class CostKey(KeyFields):
    groepen: dict[str, list[str]] | None = field(None, "[verdeelsleutel.groepen]: group name = [members]; "
                                                 "one row standing for several members, weighing their sum")


class Years(Section):
    jaren: list[Year] = field(..., "the years, increasing, 1 to 5, e.g. [2021, 2022]", "year",
                              min_length=1, max_length=5)


# --- begrotingswijziging ------------------------------------------------------------------------------

class AmendmentGeneral(Years):
    nummer: RequiredText = field(..., "number of the amendment, e.g. \"2021-03\"")
    titel: RequiredText = field(..., "title, e.g. the programme")
    organisatie: Text = field("", "the organisation (regio, gemeenschappelijke regeling)")
    kenmerk: Text = field("", "reference (kenmerk) shown in the heading")
    programma: Text = field("", "programme")
    onderdeel: Text = field("", "part (onderdeel)")
    taakveld: Text = field("", "taakveld")
    centrumgemeente: Text = field("", "label of the centrumgemeente row")
    eenheid: int = field(1000, f"display unit: 1000 shows 'Bedragen x EUR 1.000', 1 'Bedragen in euro' (whole euros) ({UNITS_TEXT})", "euro")
    baten_negatief: bool = field(True, "true: baten are written and shown negative (as in the seed); "
                                 "false: positive")
    verdeelmethode: Method = field("largest_remainder", "how the wijziging is split: "  # type: ignore[valid-type]
                                             + ", ".join(METHODS))
    bijdrage: Literal["ingevoerd", "sluitend"] = field(
        "ingevoerd", "the change in gemeentelijke bijdrage: \"ingevoerd\" as typed in [wijziging], or \"sluitend\": "
        "derived as exactly what closes every year (saldo 0 after the change), split over the members by the key")
    nulregels_tonen: bool = field(False, "true: lines that are 0 in every year and column are shown; false: left "
                                  "out of the begrotingswijziging sheet (Berekening keeps them)")
    saldo_toegestaan: bool = field(False, "true: a deliberately unbalanced amendment (saldo after the change not 0) "
                                   "is written, its saldo shown; false: it is refused")


Lines = create_model(  # one field per line code of the begroting
    "Lines", __base__=Section, __doc__="One figure per year (a list) or one figure for every year.",
    **{code: (Optional[AmountPerYear], field(None, f"{LABELS[code]}: one figure per year, or one for every year",
                                             "euro")) for code in LINE_CODES})


class Explanation(Section):
    tekst: str | list[str] = field([], "notes printed under the table (text or a list of texts)")


class Adoption(Section):
    door: Text = field("", "adopted by, e.g. \"het algemeen bestuur\"")
    op: Text = field("", "adopted on (date as text)")
    zienswijzen: Text = field("", "optional line in the besluit on the raden's views, e.g. \"gelet op de "
                              "zienswijzen van de raden van de deelnemende gemeenten\"")


class AmendmentSpec(Section):
    soort: Literal["begrotingswijziging"] = field(..., "the kind of spec")
    algemeen: AmendmentGeneral = field(..., "[algemeen]: heading and settings")
    begroting: Lines = field(..., "[begroting]: the adopted budget per line, euros")  # type: ignore[valid-type]
    wijziging: Lines = field(..., "[wijziging]: the change per line, euros")  # type: ignore[valid-type]
    bijdrage_gemeente: dict[str, AmountPerYear] | None = field(
        None, "[bijdrage_gemeente]: member = its begroting of the gemeentelijke bijdrage per year; must add "
              "up to gemeentelijke_bijdrage", "euro")
    verdeelsleutel: dict[str, Any] | None = field(
        None, "[verdeelsleutel] (or [verdeelsleutel.2021] ... one per year): the key that splits the wijziging "
              "of the gemeentelijke bijdrage; needed with [bijdrage_gemeente]")
    toelichting: Explanation | None = field(None, "[toelichting]: notes")
    vaststelling: Adoption | None = field(None, "[vaststelling]: who adopted it and when")


# --- kostenverdeling ------------------------------------------------------------------------------------

class CostGeneral(Years):
    titel: RequiredText = field(..., "title")
    organisatie: Text = field("", "the members or the organisation")
    decimalen: int = field(2, "decimals of the contributions: 0, 1 or 2", ge=0, le=2)
    bron: Text = field("", "source document, shown on the workbook")


class Rates(Section):
    bestand: str | None = field(None, "rates file (CSV or xlsx: schaal, kosten_per_fte, optional jaar); "
                                "default: the table of seed 003")
    tarieven: dict[str, Amount] | None = field(None, "instead of bestand: schaal = kosten_per_fte, e.g. "
                                               "\"10\" = 80000", "euro per FTE")


class Position(Section):
    functie: RequiredText = field(..., "the position")
    soort: Text = field("", "category, e.g. \"Structureel additioneel\"")
    schaal: int = field(..., "salary scale (in the rates table)", ge=1, le=99)
    fte: NonNegative = field(..., "full-time equivalents, unrounded (0.132, not 0.13)", "FTE")
    jaren: list[Year] | None = field(None, "the years it applies to (default: every year)", "year")


class FixedLine(Section):
    omschrijving: RequiredText = field(..., "description")
    soort: Text = field("", "category")
    bedrag: Amount = field(..., "amount per year", "euro")
    jaren: list[Year] | None = field(None, "the years it applies to (default: every year)", "year")


class Contingency(Section):
    omschrijving: Text = field("Onvoorzien", "label of the line")
    percentage: NonNegative | None = field(None, "percentage of the other lines (default 5)", "%")
    bedrag: Amount | None = field(None, "an adopted fixed amount instead of the percentage", "euro")
    toelichting: Text = field("", "explanation shown with the amount")


class Capacity(Section):
    naam: RequiredText = field(..., "member (or group) providing the hours")
    uren_per_week: NonNegative = field(..., "hours per week", "hours")
    uurtarief: NonNegative = field(..., "hourly rate", "euro")
    weken: NonNegative = field(Decimal(45), "working weeks a year", "weeks")


class CostSpec(Section):
    soort: Literal["kostenverdeling"] = field(..., "the kind of spec")
    algemeen: CostGeneral = field(..., "[algemeen]: heading and settings")
    tarieven: Rates | None = field(None, "[tarieven]: cost per FTE by salary scale")
    formatie: list[Position] = field([], "[[formatie]] rows: FTE x the rate of the scale")
    bedrag: list[FixedLine] = field([], "[[bedrag]] rows: fixed amounts")
    onvoorzien: Contingency | None = field(None, "[onvoorzien]: contingency, 5% unless said otherwise")
    capaciteit: list[Capacity] = field([], "[[capaciteit]] rows: hours x rate x weeks per member")
    verdeelsleutel: CostKey = field(..., "[verdeelsleutel]: the key that splits the total")


# --- afrekening -------------------------------------------------------------------------------------------

class SettlementLine(Section):
    """One line of [lasten] or [baten]: name = { begroting = ..., realisatie = ... }."""

    begroting: Amount | None = field(None, "the bijgestelde begroting of the line (after the wijzigingen), "
                                     "positive", "euro")
    realisatie: Amount | None = field(None, "the realisatie of the year (the jaarrekening), positive", "euro")
    nieuw: bool = field(False, "true: a line the begroting lacks (its begroting is 0)")
    omschrijving: str = field("", "the label in the workbook (default: the line's name)")


class Destination(Section):
    reserve: Amount = field(Decimal(0), "added to a reserve by the algemeen bestuur (negative: taken from it); "
                            "the members bear it", "euro")
    omschrijving: str = field("", "the name of the reserve, shown on the Overzicht")


class SettlementSpec(Section):
    soort: Literal["afrekening"] = field(..., "the kind of spec")
    jaar: Year = field(..., "the year settled, e.g. 2025", "year")
    titel: str = field(..., "title, e.g. \"Afrekening 2025\"")
    organisatie: str = field("", "the gemeenschappelijke regeling")
    kenmerk: str = field("", "reference (kenmerk) shown in the heading")
    eenheid: int = field(1, "display unit of the Overzicht: 1 shows whole euros, 1000 'Bedragen x EUR 1.000'",
                         "euro")
    verdeelmethode: Method = field("largest_remainder", "how the net cost is split: "  # type: ignore[valid-type]
                                             + ", ".join(METHODS))
    lasten: dict[str, SettlementLine] = field(..., "[lasten]: per line its begroting and realisatie, euros")
    baten: dict[str, SettlementLine] = field({}, "[baten]: the baten other than the members' contributions")
    voorschotten: dict[str, Amount] = field(..., "[voorschotten]: member = what it paid in advance", "euro")
    verdeelsleutel: AmendmentKey = field(..., "[verdeelsleutel]: the key of the year (file and column, or weights)")
    resultaatbestemming: Destination | None = field(None, "[resultaatbestemming]: what goes to or from a reserve")
    toelichting: Explanation | None = field(None, "[toelichting]: notes")



# --- meerjarenraming ------------------------------------------------------------------------------------

MERGE_RULES = ("melden", "samenvoegen")


class IndexedLine(Section):
    """One line of [lasten] or [baten]: name = { bedrag = ..., index = "loon" }."""

    bedrag: Amount = field(..., "the amount at the price level of the base year (the first of jaren), positive",
                           "euro")
    index: str = field("geen", "the index series of [indexatie] that raises it (\"loon\", \"prijs\"), or "
                       "\"geen\"")
    omschrijving: str = field("", "the label in the workbook (default: the line's name)")


class ForecastSpec(Section):
    soort: Literal["meerjarenraming"] = field(..., "the kind of spec")
    jaren: list[Year] = field(..., "the years, increasing, the first is the base year, e.g. [2026, 2027, 2028, "
                              "2029]", "year", min_length=1, max_length=10)
    titel: str = field("Meerjarenraming", "title")
    organisatie: str = field("", "the gemeenschappelijke regeling")
    verdeelmethode: Method = field("largest_remainder", "how the net cost is split: "  # type: ignore[valid-type]
                                             + ", ".join(METHODS))
    herindeling: Literal[MERGE_RULES] = field("melden", "a member that merged into another gemeente: \"melden\" "  # type: ignore[valid-type]
                                              "(a note) or \"samenvoegen\" (its weight counts with the successor's)")
    lasten: dict[str, IndexedLine] = field(..., "[lasten]: name = { bedrag = ..., index = ... }")
    baten: dict[str, IndexedLine] = field({}, "[baten]: name = { bedrag = ..., index = ... }; what the members "
                                          "do not pay")
    indexatie: dict[str, Any] = field({}, "[indexatie]: series = { 2027 = 3.1, ... } in percent per year after "
                                      "the base year, and bron = the source (e.g. \"CPB, Centraal Economisch "
                                      "Plan 2026\")")
    verdeelsleutel: dict[str, Any] = field(..., "[verdeelsleutel] (or [verdeelsleutel.2026] ... one per year): "
                                           "the key that splits the net cost")
    toelichting: Explanation | None = field(None, "[toelichting]: notes")


# --- sleutelvergelijking ---------------------------------------------------------------------------------

class ComparisonSpec(Section):
    soort: Literal["sleutelvergelijking"] = field(..., "the kind of spec")
    jaren: list[Year] = field(..., "the years, increasing, e.g. [2026, 2027, 2028, 2029, 2030]", "year",
                              min_length=1, max_length=10)
    titel: str = field("Sleutelvergelijking", "title")
    organisatie: str = field("", "the gemeenschappelijke regeling")
    bedrag: AmountPerYear | dict[str, Amount] = field(..., "the amount split each year: one figure for every "
                                                      "year, or a table { 2026 = ..., 2027 = ... }", "euro")
    ingroei: int = field(0, "years of the ingroeipad: in year k of the path a member pays the exact split of "
                         "share_A + (share_B - share_A) x k / ingroei; 0 = key B at once", "year", ge=0, le=20)
    ingroei_vanaf: Year | None = field(None, "the first year of the path (step 1); default the first of jaren",
                                       "year")
    herindeling: Literal[MERGE_RULES] = field("melden", "a member that merged into another gemeente: \"melden\" "  # type: ignore[valid-type]
                                              "(a note) or \"samenvoegen\" (its weight counts with the successor's)")
    sleutel_a: KeyFields = field(..., "[sleutel_a]: the current key (file and column, or weights)")
    sleutel_b: KeyFields = field(..., "[sleutel_b]: the new key, same form")
    inwoners: KeyFields | None = field(None, "[inwoners]: the number of inhabitants per member, same form; "
                                       "gives the difference per inwoner")
    toelichting: Explanation | None = field(None, "[toelichting]: notes")


SPEC_MODELS = {"begrotingswijziging": AmendmentSpec, "kostenverdeling": CostSpec, "meerjarenraming": ForecastSpec,
               "sleutelvergelijking": ComparisonSpec, "afrekening": SettlementSpec}


# --- errors in the user's words ---------------------------------------------------------------------------

def _toml_type(value: object) -> str:
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int):
        return _("whole number")
    if isinstance(value, float):
        return _("number with decimals")
    if isinstance(value, str):
        return _("text")
    if isinstance(value, list):
        return _("list")
    if isinstance(value, dict):
        return _("section (table)")
    if value is None:
        return _("an empty cell")
    return _("something else")  # never Python's name of a type


def _shown(value: object) -> str:
    if isinstance(value, dict):
        return _("a section")
    if value is None:  # an empty cell of an input workbook: its kind says so
        return ""
    text = repr(value) if isinstance(value, str) else "true" if value is True else "false" if value is False else str(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _unwrap(annotation: Any) -> Any:
    """The model inside Optional[...], list[...], dict[str, ...] or Annotated[...], if any."""
    origin = typing.get_origin(annotation)
    if origin is Annotated:
        return _unwrap(typing.get_args(annotation)[0])
    if origin in (Union, types.UnionType):
        for arg in typing.get_args(annotation):
            found = _unwrap(arg)
            if isinstance(found, type) and issubclass(found, BaseModel):
                return found
        return None
    if origin in (list, dict):
        return _unwrap(typing.get_args(annotation)[-1])
    return annotation


def model_at(model: type[BaseModel], path: tuple[str | int, ...]) -> type[BaseModel] | None:
    """The section model that declares the fields at ``path`` (None for a free table such as gewichten)."""
    current: Any = model
    for part in path:
        if isinstance(part, int):
            continue
        if not (isinstance(current, type) and issubclass(current, BaseModel)) or part not in current.model_fields:
            return None
        current = _unwrap(current.model_fields[part].annotation)
    return current if isinstance(current, type) and issubclass(current, BaseModel) else None


UNION_TAGS = ("str", "list[str]", "int", "bool", "decimal", "dict[str,any]")


def _declared(model: type[BaseModel], path: tuple[str | int, ...], prefix: tuple) -> bool:
    """Whether ``path`` ends in a declared field of several types (so pydantic tags its errors by type)."""
    owner = model_at(model, path[len(prefix):-1]) if len(path) > len(prefix) else None
    if owner is None or path[-1] not in owner.model_fields:
        return False
    annotation = owner.model_fields[path[-1]].annotation
    choices = [a for a in typing.get_args(annotation) if a is not type(None)]
    return typing.get_origin(annotation) in (Union, types.UnionType) and len(choices) > 1


def _value_at(document: Any, path: tuple[str | int, ...]) -> Any:
    for part in path:
        try:
            document = document[part]
        except (KeyError, IndexError, TypeError):
            return None
    return document


def _expected(error: dict) -> str:
    kind = error["type"]
    ctx = error.get("ctx") or {}
    if kind == "string_type":
        return _("text (in quotes)")
    if kind == "int_type" or kind == "int_from_float":
        return _("a whole number")
    if kind == "bool_type":
        return _("true or false")
    if kind == "list_type":
        return _("a list such as [2021, 2022]") if error["loc"][-1] == "jaren" else _("a list [...]")
    if kind in ("model_type", "dict_type", "model_attributes_type"):
        return _("a section (table)")
    if kind == "literal_error":
        return _("one of {choices}").format(choices=ctx.get("expected", "").replace(" or ", " " + _("or") + " "))
    if kind == "greater_than_equal":
        return _("at least {limit}").format(limit=ctx["ge"])
    if kind == "less_than_equal":
        return _("at most {limit}").format(limit=ctx["le"])
    if kind == "too_short":
        return _("at least {count} item(s)").format(count=ctx.get("min_length"))
    if kind == "too_long":
        return _("at most {count} item(s)").format(count=ctx.get("max_length"))
    return ""


def problems_from(error: ValidationError, model: type[BaseModel], document: Any, locator: Locator,
                  prefix: tuple[str | int, ...] = ()) -> list[str]:
    """One line per problem, in the user's words (field names as typed, places by the locator)."""
    lines: list[str] = []
    alternatives: dict[tuple, tuple[list[str], int]] = {}
    for item in error.errors(include_url=False):
        path = prefix + tuple(item["loc"])
        kind = item["type"]
        # strict unions report each alternative: the path names the field, the value says what it is
        # (only after the declared field: a member name such as 'str' elsewhere stays)
        while len(path) > 1 and path[-1] in UNION_TAGS and _declared(model, path[:-1], prefix):
            path = path[:-1]
        value = _value_at(document, path)
        if kind == "extra_forbidden":
            parent, name = path[:-1], str(path[-1])
            known = list(getattr(model_at(model, parent[len(prefix):]) or model_at(model, parent), "model_fields", {}))
            guess = difflib.get_close_matches(name, known, n=1, cutoff=0.7)
            if isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
                what = _("unknown section {section}").format(section=f"[[{name}]]")
                hint = _("; did you mean {name}?").format(name=f"[[{guess[0]}]]") if guess else ""
            elif isinstance(value, dict):
                what = _("unknown section {section}").format(section=f"[{'.'.join(map(str, parent + (name,)))}]")
                hint = _("; did you mean {name}?").format(name=f"[{'.'.join(map(str, parent + (guess[0],)))}]") \
                    if guess else ""
            else:
                what = _("unknown field {name}").format(name=f"'{name}'")
                hint = _("; did you mean {name}?").format(name=f"'{guess[0]}'") if guess else ""
            place = locator.where(parent)
            allowed = _(" (known: {names})").format(names=", ".join(known)) if known and not guess else ""
            lines.append(f"{place}: {what}{hint}{allowed}")
            continue
        if kind == "missing":
            parent, name = path[:-1], str(path[-1])
            sub = model_at(model, path[len(prefix):]) or model_at(model, path)
            what = _("section {section} is missing").format(section=f"[{name}]") if sub is not None and not parent \
                else _("field {name} is missing").format(name=f"'{name}'")
            lines.append(f"{locator.where(parent)}: {what}")
            continue
        place = locator.where(path)
        if kind == "number":
            lines.append(f"{place}: {item['msg']}")
            continue
        expected = _expected(item)
        if kind in ("too_short", "too_long", "greater_than_equal", "less_than_equal"):
            lines.append(_("{place}: must be {expected}, got {value}").format(place=place, expected=expected,
                                                                               value=_shown(value)))
        elif expected:
            # a field of several allowed types (text or a list) reports each: say them in one line
            if path in alternatives:
                alternatives[path][0].append(expected)
                continue
            alternatives[path] = ([expected], len(lines))
            lines.append("")
        else:
            lines.append(_("{place}: {problem} (got {value})").format(place=place, problem=item["msg"],
                                                                       value=_shown(value)))
    for path, (expected, index) in alternatives.items():
        value = _value_at(document, path)
        lines[index] = _("{place}: must be {expected}, got {kind} {value}").format(
            place=locator.where(path), expected=(" " + _("or") + " ").join(dict.fromkeys(expected)),
            kind=_toml_type(value), value=_shown(value)).rstrip()
    return list(dict.fromkeys(lines))


# --- the reference (README) ----------------------------------------------------------------------------------

def _type_name(annotation: Any) -> str:
    origin = typing.get_origin(annotation)
    if origin is Annotated:
        base, *meta = typing.get_args(annotation)
        if any(getattr(m, "func", None) in (_amount_per_year,) for m in meta):
            return "number or list of numbers"
        if any(getattr(m, "func", None) in (_amount, _non_negative) for m in meta):
            return "number"
        return _type_name(base)
    if origin in (Union, types.UnionType):
        names = [_type_name(a) for a in typing.get_args(annotation) if a is not type(None)]
        return " or ".join(names)
    if origin is list:
        return f"list of {_type_name(typing.get_args(annotation)[0])}"
    if origin is dict:
        return f"table of {_type_name(typing.get_args(annotation)[1])}"
    if origin is Literal:
        return "one of " + ", ".join(f'"{a}"' for a in typing.get_args(annotation))
    if annotation is str:
        return "text"
    if annotation is int:
        return "whole number"
    if annotation is bool:
        return "true/false"
    if annotation is Decimal:
        return "number"
    if annotation is Any:
        return "section"
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return "section"
    return str(annotation)


def _rows(model: type[BaseModel], section: str) -> list[str]:
    rows = []
    for name, info in model.model_fields.items():
        sub = _unwrap(info.annotation)
        extra = info.json_schema_extra if isinstance(info.json_schema_extra, dict) else {}
        meta_unit = next((m.json_schema_extra.get("unit") for m in info.metadata
                          if isinstance(getattr(m, "json_schema_extra", None), dict)), "")
        unit = extra.get("unit") or meta_unit or ""
        if info.is_required():
            default = "required"
        elif info.default in (None, [], ""):
            default = ""
        else:
            value = info.default
            default = f"default {str(value).lower() if isinstance(value, bool) else value}"
        if isinstance(sub, type) and issubclass(sub, BaseModel):
            continue
        rows.append(f"| `{section}` | `{name}` | {_type_name(info.annotation)} | {unit} | {default} | "
                    f"{info.description} |")
    return rows


def reference_markdown() -> str:
    """The spec fields of both kinds as Markdown tables (README's reference is this text)."""
    out = []
    for kind, model in SPEC_MODELS.items():
        out.append(f"`soort = \"{kind}\"`\n")
        out.append("| section | field | type | unit | default | meaning |")
        out.append("|---|---|---|---|---|---|")
        out.extend(_rows(model, "(top)"))
        for name, info in model.model_fields.items():
            sub = _unwrap(info.annotation)
            if isinstance(sub, type) and issubclass(sub, BaseModel):
                brackets = f"[[{name}]]" if typing.get_origin(_strip_optional(info.annotation)) is list else f"[{name}]"
                out.extend(_rows(sub, brackets))
            if name == "verdeelsleutel" and kind in ("begrotingswijziging", "meerjarenraming"):
                out.extend(_rows(AmendmentKey, "[verdeelsleutel]"))
        out.append("")
    return "\n".join(out)


def _strip_optional(annotation: Any) -> Any:
    if typing.get_origin(annotation) in (Union, types.UnionType):
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        return args[0] if len(args) == 1 else annotation
    return annotation
