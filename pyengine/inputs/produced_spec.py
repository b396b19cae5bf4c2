"""A produced begrotingswijziging or kostenverdeling workbook read back as a spec document (the round trip).

Its Invoer sheet holds every input in tables reached by workbook-scoped defined names (``inv_algemeen``,
``inv_bedragen``, ``inv_sleutel`` ...; see pyengine/render/), so a restyled template or a renamed
sheet still reads. Rows are taken by their position in each named table, never by their label (a
template may relabel them). The key comes back as weights per year (``gewichten``); a group row comes
back as its members (the first carrying the group's weight) and the group.
"""

from __future__ import annotations

import re
from decimal import Decimal

from ..core.amendment import LINE_CODES
from ..core.members import MemberNames
from ..errors import InputError
from ..i18n import _
from ..i18n import number as number_text
from .schema import NO_WORDS, YES_WORDS
from .workbook_cells import Locator, a1, CellBook, convert

AMENDMENT_NAMES = ("inv_algemeen", "Eenheid", "TekenBaten", "inv_jaren", "inv_bedragen", "inv_toelichting")
COST_NAMES = ("inv_algemeen", "inv_onvoorzien", "inv_kostenregels", "inv_sleutel", "inv_decimalen",
              "inv_onvoorzien_tekst")
GENERAL_FIELDS = (("algemeen", "nummer"), ("algemeen", "titel"), ("algemeen", "organisatie"), ("algemeen", "kenmerk"),
                  ("algemeen", "programma"), ("algemeen", "onderdeel"), ("algemeen", "taakveld"),
                  ("algemeen", "centrumgemeente"), ("algemeen", "verdeelmethode"), ("vaststelling", "door"),
                  ("vaststelling", "op"), ("algemeen", "bijdrage"), ("algemeen", "saldo_toegestaan"),
                  ("vaststelling", "zienswijzen"), ("algemeen", "nulregels_tonen"), ("verdeelsleutel", "bron"))


OPTIONAL_NAMES = ("inv_toelichting",)  # a block that may be absent (a restyled template without notes)


def produced_kind(names: set[str]) -> str | None:
    """The kind of a produced workbook (its Invoer sheet names its inputs); None for any other workbook.
    Recognised by its amounts' name alone, so that a workbook missing another required name is refused
    naming it (check_produced_names), not taken for some other file."""
    return next((kind for mark, kind in MARKS if mark in names), None)


def check_produced_names(book: CellBook, kind: str) -> None:
    """Refuse a produced workbook without a required defined name, naming it; members and key go together."""
    required = REQUIRED[kind]
    missing = [n for n in required if n not in OPTIONAL_NAMES and not book.has(n)]
    if kind == "begrotingswijziging" and book.has("inv_bijdrage") != book.has("inv_sleutel"):
        missing.append("inv_sleutel" if book.has("inv_bijdrage") else "inv_bijdrage")
    if missing:
        raise InputError(_("{file}: the defined name {names} is missing, so the workbook cannot be read back (was "
                           "it removed in Formulas > Name Manager?); generate it again from its input")
                         .format(file=book.name, names=", ".join(f"'{n}'" for n in missing)))


class _Table:
    """A named table on the Invoer sheet: rows of (coordinate, value).

    A cell that cannot be read (text where an amount belongs, an error value) reads as empty and its problem goes
    to ``locator.refuse``, which keeps it (workbook_spec), so that one run names every such cell; its (row, column)
    is in ``bad``, for the checks that would otherwise take it for an empty cell."""

    def __init__(self, book: CellBook, locator: Locator, name: str) -> None:
        self.book, self.locator, self.name = book, locator, name
        self.sheet, self.coordinates = book.cells(name)
        self.bad: set[tuple[int, int]] = set()

    def place(self, row: int, col: int) -> str:
        return a1(self.sheet, self.coordinates[row][col])

    def value(self, row: int, col: int, kind: str, path: tuple, *, at_once: bool = False) -> object:
        """The cell's value as the document holds it; None when empty or unreadable (``at_once``: InputError now,
        for a cell without which the rest cannot be read, such as a year)."""
        place = self.place(row, col)
        self.locator[path] = place
        try:
            value = self.book.value(self.sheet, self.coordinates[row][col])
            if value is None:
                return None
            try:
                return convert(value, kind)
            except ValueError as reason:
                raise InputError(f"{place}: {reason}") from None
        except InputError as error:
            if at_once:
                raise
            self.bad.add((row, col))
            self.locator.refuse(place, str(error))
            return None

    def filled(self, row: int, col: int, kind: str, path: tuple, empty: str) -> object:
        """As ``value``, for a cell that must not be empty: an empty one is refused with ``empty`` (what to fill
        in), kept as a problem as an unreadable cell is, so that one run names every such cell."""
        value = self.value(row, col, kind, path)
        if value is None and (row, col) not in self.bad:
            self.bad.add((row, col))
            self.locator.refuse(self.place(row, col), f"{self.place(row, col)}: {empty}")
        return value

    def rows(self) -> int:
        return len(self.coordinates)


def no_weight(table: _Table, row: int, col: int, member: str) -> None:
    """An empty weight is refused with its cell, as the afrekening and the begrotingswijziging do: it is never
    taken for 0 (one that cannot be read is named already)."""
    if (row, col) not in table.bad and (row, 0) not in table.bad:
        place = table.place(row, col)
        table.locator.refuse(place, _("{place}: no weight for {member}; fill in its weight in the verdeelsleutel "
                                      "(0 if it bears nothing)").format(place=place, member=member))


def read_produced_document(book: CellBook, locator: Locator, kind: str) -> dict:
    """The spec document of a produced workbook of ``kind`` (see produced_kind)."""
    check_produced_names(book, kind)
    return READERS[kind](book, locator)


def _member(table: _Table, row: int, register: MemberNames, path: tuple) -> str:
    """The member named in the first column of ``row``, registered (twice the same member is refused); a name
    that cannot be read (its problem is kept) stands as its place, so that the rows after it keep their members."""
    name = table.value(row, 0, "text", path)
    if (row, 0) in table.bad:
        return table.place(row, 0)
    register.add(name or "", table.place(row, 0))
    return name


def _texts(table: _Table, path: tuple) -> list[str]:
    texts = [table.value(r, 0, "text", path + (r,)) for r in range(table.rows())]
    return [t for t in texts if t]


def _amendment(book: CellBook, locator: Locator) -> dict:
    doc: dict = {"soort": "begrotingswijziging", "algemeen": {}, "begroting": {}, "wijziging": {}}
    general = _Table(book, locator, "inv_algemeen")
    for row, path in enumerate(GENERAL_FIELDS[:general.rows()]):  # older workbooks lack the last rows
        value = general.value(row, 1, "method" if path[1] == "verdeelmethode" else "text", path)
        if path[1] in ("saldo_toegestaan", "nulregels_tonen") and isinstance(value, str):
            word = value.strip().lower()  # other text: refused by the schema, with its cell
            value = True if word in YES_WORDS else False if word in NO_WORDS else value
        if value:
            doc.setdefault(path[0], {})[path[1]] = value
    for name, field, kind in (("Eenheid", "eenheid", "unit"), ("TekenBaten", "baten_negatief", "int")):
        value = _Table(book, locator, name).value(0, 0, kind, ("algemeen", field))
        doc["algemeen"][field] = value if field == "eenheid" else value == 1
    years_row = _Table(book, locator, "inv_jaren")
    years = []
    for col in range(1, len(years_row.coordinates[0]), 2):  # one year every second column
        # a year that cannot be read: no figure can be placed by year (refused now, with the cells before it)
        year = years_row.value(0, col, "year", ("algemeen", "jaren", len(years)), at_once=True)
        if year is not None:
            years.append(year)
    doc["algemeen"]["jaren"] = years
    amounts = _Table(book, locator, "inv_bedragen")
    for index, code in enumerate(LINE_CODES, start=1):
        for part, section in ((1, "begroting"), (2, "wijziging")):
            values = [amounts.value(index, part + 2 * y, "amount", (section, code, y)) for y in range(len(years))]
            if any(v for v in values):
                doc[section][code] = [v or Decimal(0) for v in values]
    texts = _texts(_Table(book, locator, "inv_toelichting"), ("toelichting", "tekst")) \
        if book.has("inv_toelichting") else []
    if texts:
        doc["toelichting"] = {"tekst": texts}
    if book.has("inv_bijdrage"):
        members = _Table(book, locator, "inv_bijdrage")
        bijdrage = {}
        register = MemberNames()
        for row in range(1, members.rows()):
            name = _member(members, row, register, ("bijdrage_gemeente", row))
            bijdrage[name] = [members.value(row, 1 + y, "amount", ("bijdrage_gemeente", name, y)) or Decimal(0)
                              for y in range(len(years))]
        doc["bijdrage_gemeente"] = bijdrage
        origin = doc.get("verdeelsleutel", {}).get("bron")
        doc["verdeelsleutel"] = _amendment_key(_Table(book, locator, "inv_sleutel"), list(bijdrage), years)
        if origin:  # where the weights came from: kept through every round trip
            for entry in ([doc["verdeelsleutel"]] if "gewichten" in doc["verdeelsleutel"]
                          else doc["verdeelsleutel"].values()):
                entry["bron"] = origin
    else:
        doc.pop("verdeelsleutel", None)
    return doc


def _amendment_key(table: _Table, members: list[str], years: list[int]) -> dict:
    per_year = []
    fixed_row = 1 + len(members) + 1  # header, members, the scale row, then the fixed amount
    for y, year in enumerate(years):
        weights = {}
        for row, name in enumerate(members, start=1):
            weight = table.value(row, 1 + 2 * y, "weight", ("verdeelsleutel", str(year), "gewichten", name))
            takes_part = table.value(row, 2 + 2 * y, "int", ("verdeelsleutel", str(year), "neemt_deel", name))
            if weight is None:
                no_weight(table, row, 1 + 2 * y, name)
            weights[name] = (weight or Decimal(0)) if takes_part != 0 else Decimal(0)
        entry: dict = {"gewichten": weights}
        fixed = table.value(fixed_row, 1 + 2 * y, "amount", ("verdeelsleutel", str(year), "vast_per_gemeente"))
        if fixed:
            entry["vast_per_gemeente"] = fixed
        per_year.append(entry)
    if all(entry == per_year[0] for entry in per_year):
        return per_year[0]
    return {str(year): entry for year, entry in zip(years, per_year)}


def _costs(book: CellBook, locator: Locator) -> dict:
    doc: dict = {"soort": "kostenverdeling", "algemeen": {}}
    general = _Table(book, locator, "inv_algemeen")
    for row, field in enumerate(("titel", "organisatie", "bron")):
        value = general.value(row, 1, "text", ("algemeen", field))
        if value:
            doc["algemeen"][field] = value
    doc["algemeen"]["decimalen"] = _Table(book, locator, "inv_decimalen").value(0, 0, "decimals",
                                                                                  ("algemeen", "decimalen"))
    lines = _Table(book, locator, "inv_kostenregels")
    header = [book.value(lines.sheet, c) for c in lines.coordinates[0]]
    years = [int(m[0]) for m in (re.search(r"\d{4}", str(h)) for h in header[6:-1]) if m]
    if len(years) != len(header) - 7:
        raise InputError(_("{value}: expected the years in the headers 'Geldt in <jaar> (1/0)', got {value2}").format(value=a1(lines.sheet, lines.coordinates[0][6]), value2=repr(header[6:-1])))
    doc["algemeen"]["jaren"] = years
    contingency = _Table(book, locator, "inv_onvoorzien")
    texts = _Table(book, locator, "inv_onvoorzien_tekst")
    onvoorzien: dict = {}
    label = texts.value(0, 0, "text", ("onvoorzien", "omschrijving"))
    note = texts.value(1, 0, "text", ("onvoorzien", "toelichting"))
    if contingency.rows() == 3:  # rate, adopted amount, tolerance: the amount replaces the rate
        onvoorzien["bedrag"] = contingency.value(1, 1, "amount", ("onvoorzien", "bedrag"))
    else:
        rate = contingency.value(0, 1, "amount", ("onvoorzien", "percentage"))
        onvoorzien["percentage"] = (rate or Decimal(0)) * 100
    onvoorzien.update({k: v for k, v in (("omschrijving", label), ("toelichting", note)) if v})
    doc["onvoorzien"] = onvoorzien
    rates: dict[str, Decimal] = {}
    for row in range(1, lines.rows()):  # formatie rows (with a scale), then bedrag rows
        scale = lines.value(row, 2, "int", ("kostenregels", row, "schaal"))
        if (row, 2) in lines.bad:  # a formatie row or a bedrag row: unknown; its problem is kept
            continue
        section = "bedrag" if scale is None else "formatie"
        index = len(doc.get(section, []))
        item: dict = {"functie" if scale is not None else "omschrijving":
                      lines.value(row, 0, "text", (section, index, "functie" if scale is not None else "omschrijving"))}
        category = lines.value(row, 1, "text", (section, index, "soort"))
        if category:
            item["soort"] = category
        applies = [lines.value(row, 6 + y, "int", (section, index, "jaren", y)) for y in range(len(years))]
        if not all(applies):
            item["jaren"] = [year for year, on in zip(years, applies) if on]
        if scale is not None:
            item["schaal"] = scale
            item["fte"] = lines.value(row, 3, "fte", (section, index, "fte"))
            cost = lines.value(row, 4, "amount", ("tarieven", "tarieven", str(scale)))
            if (row, 4) not in lines.bad and rates.setdefault(str(scale), cost) != cost:
                raise InputError(_('{value}: scale {scale} has two rates').format(value=a1(lines.sheet, lines.coordinates[row][4]), scale=scale))
        else:
            item["bedrag"] = lines.value(row, 5, "amount", (section, index, "bedrag"))
        doc.setdefault(section, []).append(item)
    if rates:
        doc["tarieven"] = {"tarieven": rates}
    if book.has("inv_capaciteit"):
        capacity = _Table(book, locator, "inv_capaciteit")
        doc["capaciteit"] = [
            {"naam": capacity.value(row, 0, "text", ("capaciteit", row - 1, "naam")),
             **{field: capacity.value(row, 1 + c, "amount", ("capaciteit", row - 1, field))
                for c, field in enumerate(("uren_per_week", "uurtarief", "weken"))}}
            for row in range(1, capacity.rows())]
    key = _Table(book, locator, "inv_sleutel")
    weights: dict[str, Decimal] = {}
    groups: dict[str, list[str]] = {}
    register = MemberNames()
    for row in range(1, key.rows() - 3):  # header, members, then scale, fixed amount and source rows
        name = _member(key, row, register, ("verdeelsleutel", "lid", row))
        weight = key.value(row, 1, "weight", ("verdeelsleutel", "gewichten", name))
        if weight is None:
            no_weight(key, row, 1, name)
            weight = Decimal(0)
        takes_part = key.value(row, 2, "int", ("verdeelsleutel", "neemt_deel", name))
        stands_for = key.value(row, 3, "text", ("verdeelsleutel", "groepen", name))
        weight = weight if takes_part != 0 else Decimal(0)
        if stands_for:  # a group: its members again, the first carrying the group's weight
            constituents = [m.strip() for m in stands_for.split(",")]
            groups[name] = constituents
            weights.update({m: (weight if i == 0 else Decimal(0)) for i, m in enumerate(constituents)})
        else:
            weights[name] = weight
    doc["verdeelsleutel"] = {"gewichten": weights, **({"groepen": groups} if groups else {})}
    return doc


def _settlement(book: CellBook, locator: Locator) -> dict:
    from .settlement_invoer import read_settlement

    return read_settlement(book, locator, _Table)


# Per kind: the name that marks its Invoer sheet, the names it needs, and its reader (one row per kind).
MARKS = (("inv_bedragen", "begrotingswijziging"), ("inv_kostenregels", "kostenverdeling"),
         ("inv_afr_lasten", "afrekening"))
SETTLEMENT_NAMES = ("inv_afr_algemeen", "inv_afr_eenheid", "inv_afr_reserve", "inv_afr_lasten", "inv_afr_baten",
                    "inv_afr_deelnemers", "inv_afr_sleutel", "inv_toelichting")
REQUIRED = {"begrotingswijziging": AMENDMENT_NAMES, "kostenverdeling": COST_NAMES, "afrekening": SETTLEMENT_NAMES}
READERS = {"begrotingswijziging": _amendment, "kostenverdeling": _costs, "afrekening": _settlement}

__all__ = ["produced_kind", "read_produced_document"]
