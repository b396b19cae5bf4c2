"""The Invoer sheet of an afrekening (produced, or an input workbook from `pyengine new`) read back as a spec document.

The tables are reached by their defined names (render/settlement_workbook.py writes them) and read by
position within each table, never by label: ``inv_afr_algemeen`` (Titel, Organisatie, Kenmerk, Jaar,
Verdeelmethode, Naam van de reserve), ``inv_afr_eenheid``, ``inv_afr_reserve``, ``inv_afr_lasten`` and
``inv_afr_baten`` (header, then Code, Omschrijving, Begroting, Realisatie, Nieuw 1/0 per line; empty rows
are skipped), ``inv_afr_deelnemers`` (header, then Deelnemer, Gewicht, Neemt deel 1/0, Voorschot),
``inv_afr_sleutel`` (Schaalfactor, Vast bedrag per deelnemer, Bron) and ``inv_toelichting``. Every value
keeps its cell in the locator, so a problem is named at its cell (``Invoer!D21``).
"""

from __future__ import annotations

from decimal import Decimal

from ..core.members import MemberNames
from ..i18n import _
from .workbook_cells import CellBook, Locator, a1

GENERAL = (("titel", "text"), ("organisatie", "text"), ("kenmerk", "text"), ("jaar", "year"),
           ("verdeelmethode", "method"), ("reserve_omschrijving", "text"))
LINE_COLUMNS = (("code", "text"), ("omschrijving", "text"), ("begroting", "amount"), ("realisatie", "amount"),
                ("nieuw", "int"))


def read_settlement(book: CellBook, locator: Locator, table_type) -> dict:
    """The spec document of an afrekening's Invoer sheet (``table_type`` reads one named table)."""
    doc: dict = {"soort": "afrekening"}
    general = table_type(book, locator, "inv_afr_algemeen")
    reserve_label = ""
    for row, (field, kind) in enumerate(GENERAL):
        path = ("resultaatbestemming", "omschrijving") if field == "reserve_omschrijving" else (field,)
        value = general.value(row, 1, kind, path)
        if field == "reserve_omschrijving":
            reserve_label = value or ""
        elif value not in (None, ""):
            doc[field] = value
    doc["eenheid"] = table_type(book, locator, "inv_afr_eenheid").value(0, 0, "unit", ("eenheid",))
    reserve = table_type(book, locator, "inv_afr_reserve").value(0, 0, "amount", ("resultaatbestemming", "reserve"))
    if reserve is not None or reserve_label:
        doc["resultaatbestemming"] = {k: v for k, v in (("reserve", reserve), ("omschrijving", reserve_label)) if v}
    for side in ("lasten", "baten"):
        doc[side] = _lines(table_type(book, locator, f"inv_afr_{side}"), side, locator)
    members = table_type(book, locator, "inv_afr_deelnemers")
    weights: dict[str, Decimal] = {}
    voorschotten: dict[str, Decimal] = {}
    register = MemberNames()
    locator[("voorschotten",)] = a1(members.sheet, f"{members.coordinates[0][0]}:{members.coordinates[-1][-1]}")
    for row in range(1, members.rows()):
        name = members.value(row, 0, "text", ("verdeelsleutel", "naam", row))
        weight = members.value(row, 1, "weight", ("verdeelsleutel", "gewichten", name or row))
        takes_part = members.value(row, 2, "int", ("verdeelsleutel", "neemt_deel", name or row))
        voorschot = members.value(row, 3, "amount", ("voorschotten", name or row))
        if (row, 0) in members.bad:
            continue  # its problem is kept
        if not name:
            if weight is None and voorschot is None and (row, 1) not in members.bad and (row, 3) not in members.bad:
                continue  # an empty row
            locator.refuse(members.place(row, 0), _("{place}: a row with figures but no deelnemer; fill in the name "
                                                    "or empty the row").format(place=members.place(row, 0)))
            continue
        register.add(name, members.place(row, 0))
        locator[("voorschotten", name)] = members.place(row, 3)
        # an empty weight or voorschot is named with every other cell (one that cannot be read is named already)
        if weight is None and (row, 1) not in members.bad:
            locator.refuse(members.place(row, 1), _("{place}: no weight for {member}; fill in its weight in the "
                                                    "verdeelsleutel (0 if it bears nothing)").format(
                place=members.place(row, 1), member=name))
        if voorschot is None and (row, 3) not in members.bad:
            locator.refuse(members.place(row, 3), _("{place}: no voorschot for {member}; fill in what it paid in "
                                                    "advance (0 if nothing)").format(place=members.place(row, 3),
                                                                                     member=name))
        if weight is None or voorschot is None:
            continue
        weights[name] = weight if takes_part != 0 else Decimal(0)
        voorschotten[name] = voorschot
    key_rows = table_type(book, locator, "inv_afr_sleutel")
    key: dict = {"gewichten": weights}
    locator[("verdeelsleutel", "gewichten")] = locator[("voorschotten",)]
    fixed = key_rows.value(1, 1, "amount", ("verdeelsleutel", "vast_per_gemeente"))
    if fixed:
        key["vast_per_gemeente"] = fixed
    if key_rows.rows() > 2:
        source = key_rows.value(2, 1, "text", ("verdeelsleutel", "bron"))
        if source:
            key["bron"] = source
    doc["verdeelsleutel"] = key
    doc["voorschotten"] = voorschotten
    texts = [t for r in range(table_type(book, locator, "inv_toelichting").rows())
             if (t := table_type(book, locator, "inv_toelichting").value(r, 0, "text", ("toelichting", "tekst", r)))]
    if texts:
        doc["toelichting"] = {"tekst": texts}
    return doc


def _lines(table, side: str, locator: Locator) -> dict:
    lines: dict[str, dict] = {}
    locator[(side,)] = a1(table.sheet, f"{table.coordinates[0][0]}:{table.coordinates[-1][-1]}")
    for row in range(1, table.rows()):
        raw = [table.book.value(table.sheet, c) for c in table.coordinates[row]]
        if all(v is None or (isinstance(v, str) and not v.strip()) for v in raw):
            continue  # an empty row
        code = table.value(row, 0, "text", (side, "#code", row))
        if (row, 0) in table.bad:
            continue  # its problem is kept
        if not code:
            locator.refuse(table.place(row, 0), _("{place}: a line with figures but no code; give it a short name "
                                                  "such as personeelskosten").format(place=table.place(row, 0)))
            continue
        if code in lines:
            locator.refuse(table.place(row, 0), _("{place}: the code {code} appears twice in {side}").format(
                place=table.place(row, 0), code=code, side=side))
            continue
        locator[(side, code)] = a1(table.sheet, table.coordinates[row][0])
        item: dict = {}
        for col, (field, kind) in enumerate(LINE_COLUMNS[1:], start=1):
            value = table.value(row, col, kind, (side, code, field))
            if field == "nieuw":
                if value not in (None, 0, 1):
                    locator.refuse(table.place(row, col), _("{place}: Nieuw is 1 (a line the begroting lacks) or 0, "
                                                            "got {value}").format(place=table.place(row, col),
                                                                                  value=value))
                if value:
                    item["nieuw"] = True
            elif value not in (None, ""):
                item[field] = value
        lines[code] = item
    return lines


__all__ = ["read_settlement"]
