"""Shared helpers for laying out blocks: styled cells from the template, sums over references, and
the Controles and Herkomst sheets every workbook has."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from decimal import Decimal

from ..version import __version__
from ..errors import InputError
from ..core.keys import Key
from .formula import ABS, AND, CONCAT, COUNTIF, EQ, IF, LE, QUOTIENT, ROUND, SIGN, SUM, Area, Expr, Ref

EXCEL_EXACT = 2**53  # integers below this are exact in Excel's doubles
from .template import Template
from .xlsx import Book


@dataclass
class Writer:
    book: Book
    template: Template

    def put(self, sheet: str, row: int, col: int, value: object, style: str = "") -> Ref:
        self.book.sheet(sheet).put(row, col, value, style=self.template.style(style) if style else 0)
        return Ref(sheet, row, col)

    def formula(self, sheet: str, row: int, col: int, expr: Expr, style: str = "") -> Ref:
        self.book.sheet(sheet).put(row, col, None, style=self.template.style(style) if style else 0, formula=expr)
        return Ref(sheet, row, col)

    def text(self, key: str) -> str:
        return self.template.text(key)


def sum_of(refs: list[Ref]) -> Expr:
    """SUM over references, with contiguous runs in one column written as a range."""
    return SUM(*ranges_of(refs))


def ranges_of(refs: list[Ref]) -> list[Expr]:
    """References with contiguous runs in one column merged into ranges (for SUM, MAX, AND)."""
    runs: list[list[Ref]] = []
    for ref in refs:
        last = runs[-1][-1] if runs else None
        if last and last.sheet == ref.sheet and last.col == ref.col and ref.row == last.row + 1:
            runs[-1].append(ref)
        else:
            runs.append([ref])
    parts: list[Expr] = []
    for run in runs:
        if len(run) == 1:
            parts.append(run[0])
        else:
            parts.append(Area(run[0].sheet, run[0].row, run[0].col, run[-1].row, run[-1].col))
    return parts


@dataclass
class Checks:
    """Rows for the Controles sheet: description and a live TRUE/FALSE formula."""

    rows: list[tuple[str, Expr]] = field(default_factory=list)

    def add(self, description: str, expr: Expr) -> None:
        self.rows.append((description, expr))

    def write(self, writer: Writer, anchor: tuple[str, int, int]) -> Ref:
        sheet, row, col = anchor
        writer.put(sheet, row, col, "Controles", "titel")
        writer.put(sheet, row + 1, col, writer.text("controles_uitleg"), "tekst")
        first = row + 5
        refs = []
        for offset, (description, expr) in enumerate(self.rows):
            writer.put(sheet, first + offset, col, description, "label")
            refs.append(writer.formula(sheet, first + offset, col + 1, expr, "controle"))
        writer.put(sheet, row + 3, col, writer.text("hoofdcontrole"), "sectie")
        # AND takes at most 255 arguments: one range over the check column
        master_expr = AND(Area(sheet, first, col + 1, first + len(refs) - 1, col + 1)) if refs else EQ(1, 1)
        master = writer.formula(sheet, row + 3, col + 1, master_expr, "controle")
        writer.book.define("Hoofdcontrole", sheet, master.row, master.col)
        writer.book.sheet(sheet).widths.setdefault(col, 70)
        writer.book.sheet(sheet).widths.setdefault(col + 1, 14)
        return master


def write_provenance(writer: Writer, anchor: tuple[str, int, int], rows: list[tuple[str, str]],
                     master: Ref, input_hash: str) -> None:
    sheet, row, col = anchor
    writer.put(sheet, row, col, writer.text("herkomst_titel"), "titel")
    lines = [("Gemaakt met", f"pyengine {__version__} (Python); geen macro's, geen koppelingen naar andere bestanden"),
             ("Sjabloon", f"{writer.template.path.name} (SHA-256 {writer.template.sha256})")]
    lines += rows
    lines += [("Herberekenen", "Excel rekent alle formules opnieuw uit bij openen; de opgeslagen waarden zijn door "
                               "pyengine uit dezelfde formules berekend en in LibreOffice nagerekend (pyengine verify).")]
    for offset, (label, value) in enumerate(lines, start=2):
        writer.put(sheet, row + offset, col, label, "label")
        writer.put(sheet, row + offset, col + 1, value, "tekst")
    end = row + 2 + len(lines)
    writer.put(sheet, end, col, "Hoofdcontrole", "label")
    writer.formula(sheet, end, col + 1, master, "controle")
    writer.put(sheet, end + 1, col, "Invoer-hash", "label")
    hash_ref = writer.put(sheet, end + 1, col + 1, input_hash, "bron")
    writer.book.define("Invoerhash", sheet, hash_ref.row, hash_ref.col)
    writer.book.sheet(sheet).widths.setdefault(col, 28)
    writer.book.sheet(sheet).widths.setdefault(col + 1, 120)


def input_hash(sources, template_sha: str, *extra: str) -> str:
    """What an output depends on: its input files, its template and the engine version. Recorded on
    the Herkomst sheet, so that regenerating from unchanged input is recognised as unchanged."""
    parts = [f"pyengine {__version__}", f"template {template_sha}", *extra]
    parts += [f"{s.role} {s.name} {s.sha256}" for s in sources]
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()


def decimals_of(values: list[Decimal]) -> int:
    """The most decimal places any of ``values`` has (0.047 -> 3)."""
    places = 0
    for value in values:
        exponent = value.normalize().as_tuple().exponent
        if isinstance(exponent, int) and exponent < 0:
            places = max(places, -exponent)
    return places


def unit_text(unit: int) -> str:
    """1000 -> '1.000' (Dutch thousands separator)."""
    return f"{unit:,}".replace(",", ".")


def write_largest_remainder(w: Writer, sheet: str, top: int, left: int, title: str, amount: Ref, names: list[str],
                            weights: list[Ref], scale: Ref, key: Key, decimals: int = 2) -> tuple[list[Ref], list[Ref]]:
    """The largest-remainder split of ``amount`` in native formulas, in whole units of 10**-decimals
    (cents by default), one row per member: weight made whole -> numerator (units x weight) -> base
    (quotient) -> rest -> rank of the rest (ties: the member higher up first) -> an extra unit when
    the rank is within the units left over -> share. A last column shows each share's distance to
    its exact quota. Integers stay below 2**53, so Excel computes them exactly.
    Returns (shares, distances)."""
    units_per_euro = 10**decimals
    unit_name = {0: "euro's", 1: "dubbeltjes", 2: "centen"}[decimals]
    w.put(sheet, top, left, title, "label")
    to_split = w.formula(sheet, top, left + 1, amount, "euro")
    w.put(sheet, top, left + 2, f"in {unit_name}", "label")
    units = w.formula(sheet, top, left + 3, ROUND(ABS(to_split) * units_per_euro, 0), "getal")
    w.put(sheet, top, left + 4, "som gewichten", "label")
    first, last = top + 3, top + 2 + len(names)
    weight_sum = w.formula(sheet, top, left + 5, SUM(Area(sheet, first, left + 1, last, left + 1)), "getal")
    w.put(sheet, top, left + 6, "over na afronden", "label")
    left_over = w.formula(sheet, top, left + 7, units - SUM(Area(sheet, first, left + 3, last, left + 3)), "getal")
    for c, text in enumerate(("Gemeente", "Gewicht (geheel)", f"Teller ({unit_name} x gewicht)", "Basis (quotum omlaag)",
                              "Rest", "Rang van de rest", "Extra eenheid", "Aandeel (euro)", "Afstand tot quotum")):
        w.put(sheet, top + 2, left + c, text, "kop")
    _check_excel_exact(w.book.value_at(amount.sheet, amount.row, amount.col) * units_per_euro, key)
    shares, distances = [], []
    rests = Area(sheet, first, left + 4, last, left + 4)
    for i, name in enumerate(names):
        r = first + i
        w.put(sheet, r, left, name, "label")
        weight = w.formula(sheet, r, left + 1, ROUND(weights[i] * scale, 0), "getal")
        numerator = w.formula(sheet, r, left + 2, units * weight, "getal")
        base = w.formula(sheet, r, left + 3, QUOTIENT(numerator, weight_sum), "getal")
        rest = w.formula(sheet, r, left + 4, numerator - base * weight_sum, "getal")
        above = Area(sheet, top + 2, left + 4, r - 1 if r > first else top + 2, left + 4)
        rank = w.formula(sheet, r, left + 5, COUNTIF(rests, CONCAT(">", rest)) + COUNTIF(above, rest) + 1, "getal")
        extra = w.formula(sheet, r, left + 6, IF(LE(rank, left_over), 1, 0), "getal")
        share = w.formula(sheet, r, left + 7, SIGN(to_split) * (base + extra) / units_per_euro, "euro")
        shares.append(share)
        distances.append(w.formula(sheet, r, left + 8, ABS(share - to_split * weight / weight_sum), "euro"))
    return shares, distances


def _check_excel_exact(units: Decimal, key: Key) -> None:
    """Excel computes the split exactly only while every integer in it stays below 2**53."""
    factor = 10 ** decimals_of(list(key.weights))
    integers = [int(weight * factor) for weight in key.weights]
    if abs(int(units)) * max(integers) >= EXCEL_EXACT or sum(integers) >= EXCEL_EXACT:
        raise InputError(f"{key.name}: amount and weights are too large for exact Excel formulas "
                         "(use fewer decimals in the key)")
