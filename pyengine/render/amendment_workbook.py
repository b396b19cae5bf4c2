"""The begrotingswijziging workbook, written from an AmendmentResult and a template.

Sheets: Begrotingswijziging, Berekening, Invoer, Controles, Herkomst, Grafiek (FAST: inputs,
calculations, presentation and checks on separate sheets).

Blocks hand each other typed records of cell references (``InputCells``, ``ExactLayout``,
``SplitBlock``, ``Rounding``): a formula always refers to a cell the writing block published, never to a
position computed elsewhere. A member's wijziging on Berekening block A is ``splits[y].share_of(name)``,
the share written by ``splits.write_split`` in block B.

Inputs on the Invoer sheet are reachable by workbook-scoped defined names, whatever the sheet is
called (each names a table with its header row and label column):
- ``inv_algemeen``: label | value | bron rows (Nummer, Titel, Organisatie ... Vastgesteld op);
- ``Eenheid``, ``TekenBaten``, ``Tolerantie``: single cells;
- ``inv_jaren``: the row with the years (one year every second column, from the second column);
- ``inv_bedragen``: header + one row per line code label: begroting and wijziging per year, then bron;
- ``inv_bijdrage``: header + one row per member: its begroting bijdrage per year (as entered);
- ``inv_sleutel``: header + one row per member: weight and takes part (1/0) per year; then the rows
  Schaalfactor, Vast bedrag per deelnemende gemeente (euro) and Bron, one column pair per year.
"""

from __future__ import annotations


from dataclasses import dataclass
from functools import cached_property
from decimal import Decimal
from pathlib import Path

from ..core.allocation import method_named
from ..core.amendment import CLOSING_LINE, MEMBER_PREFIX, AmendmentResult
from .formula import ABS, CONCAT, EQ, GE, GT, LT, MAX, ROUND, Ref
from .sheets import (lay_out_pages, Checks, Writer, fit_column, in_units, input_hash, paragraph, ranges_of,
                     rounded_to, sum_of, unit_text, units_caption,
                     write_provenance)
from .splits import KeyCells, SplitBlock, SplitFacts, decimals_of, explain_split, method_text, write_split
from .template import TEMPLATES_DIR, load_template
from .xlsx import Chart

TEMPLATE = TEMPLATES_DIR / "begrotingswijziging.xlsx"
ANCHORS = ("bw_titel", "bw_algemeen", "bw_tabel", "ber_start", "inv_start", "ctl_start", "hk_start", "gr_start")
STYLE_KEYS = ("titel", "ondertitel", "tekst", "bron", "kop", "jaar", "sectie", "label", "label_totaal", "bedrag",
              "bedrag_totaal", "euro", "euro_totaal", "getal", "invoer_tekst", "invoer_bedrag", "invoer_getal",
              "correctie", "controle")
BATEN_ROWS = ("gemeentelijke_bijdrage", "centrumgemeente_bijdrage", "rijksbijdrage", "bijdragen_derden",
              "overige_baten", "onttrekking_voorziening", "totaal_baten", "bijdragen_totaal")
INPUT_LINES = ("personeelskosten", "kapitaallasten", "materiele_kosten", "overhead_primair_proces", "overhead_regio",
               "dotatie_voorzieningen", "gemeentelijke_bijdrage", "centrumgemeente_bijdrage", "rijksbijdrage",
               "bijdragen_derden", "overige_baten", "onttrekking_voorziening", "dotatie_reserves",
               "onttrekking_reserves")
SPLIT_ROW = CLOSING_LINE  # the line whose wijziging is split over the members


def display_rows(members: list[str]) -> list[tuple[str, str]]:
    """(kind, key) in the order of seed 000's table; kind is section, line, total or member."""
    rows = [("section", "lasten"), ("line", "personeelskosten"), ("line", "kapitaallasten"),
            ("line", "materiele_kosten"), ("line", "overhead_primair_proces"), ("line", "overhead_regio"),
            ("total", "totaal_overhead"), ("line", "dotatie_voorzieningen"), ("total", "totaal_lasten"),
            ("section", "baten"), ("line", "gemeentelijke_bijdrage"), ("line", "centrumgemeente_bijdrage"),
            ("line", "rijksbijdrage"), ("line", "bijdragen_derden"), ("line", "overige_baten"),
            ("line", "onttrekking_voorziening"), ("total", "totaal_baten"),
            ("section", "totaal"), ("total", "saldo_baten_lasten"),
            ("section", "reserves"), ("line", "dotatie_reserves"), ("line", "onttrekking_reserves"),
            ("total", "totaal_reserves"), ("total", "saldo")]
    if members:
        rows.append(("section", "bijdrage_gemeente"))
        rows += [("member", MEMBER_PREFIX + m) for m in members]
        rows += [("centrum", "centrumgemeente_bijdrage"), ("total", "bijdragen_totaal")]
    return rows


@dataclass(frozen=True)
class TableRow:
    """One row of the amendment's table: ``key`` is the engine's row key (result.exact, the row tree)."""

    kind: str  # line, total or member
    key: str
    member: str = ""  # for a member row: the member's name
    of_members: bool = False  # the gemeentelijke bijdrage with the members below it: their total

    def label(self, w: Writer) -> str:
        if self.kind == "member":
            return self.member
        text = w.text(self.key)
        if self.of_members and not text.lower().startswith("totaal"):
            return f"Totaal {text[:1].lower()}{text[1:]}"  # "Totaal" only on totals, and on every total
        return text


def table_rows(members: list[str]) -> tuple[TableRow, ...]:
    """The rows Berekening computes (no sections, no repeated centrumgemeente row)."""
    return tuple(TableRow(kind, key, key[len(MEMBER_PREFIX):] if kind == "member" else "",
                          bool(members) and key == CLOSING_LINE)
                 for kind, key in display_rows(members) if kind not in ("section", "centrum"))


# ---- records handed from block to block -------------------------------------------------------

@dataclass(frozen=True)
class Pair:
    begroting: Ref
    wijziging: Ref


@dataclass(frozen=True)
class Amounts:
    """One table row's three figures for one year."""

    begroting: Ref
    wijziging: Ref
    bijgesteld: Ref

    def __iter__(self):
        return iter((self.begroting, self.wijziging, self.bijgesteld))


@dataclass(frozen=True)
class GeneralCells:
    kenmerk: Ref
    programma: Ref
    onderdeel: Ref
    taakveld: Ref


@dataclass(frozen=True)
class MemberInput:
    name: str
    begroting: tuple[Ref, ...]  # per year, as entered


@dataclass(frozen=True)
class InputCells:
    """Where the Invoer block put every input."""

    general: GeneralCells
    unit: Ref
    baten_sign: Ref  # 1 when baten were entered negative, -1 when positive
    tolerance: Ref
    years: tuple[Ref, ...]
    lines: dict[str, tuple[Pair, ...]]  # line code -> per year
    members: tuple[MemberInput, ...]
    keys: tuple[KeyCells, ...]  # per year

    def member(self, name: str) -> MemberInput:
        return self._by_name[name]

    @cached_property
    def _by_name(self) -> dict[str, MemberInput]:
        return {m.name: m for m in self.members}


@dataclass(frozen=True)
class ExactLayout:
    """Block A (exact euros): one row per table row, three columns per year. Published before it is
    written, so that the split (block B) can take the amount it splits from it."""

    sheet: str
    header: int
    left: int
    rows: tuple[TableRow, ...]

    @cached_property
    def _position(self) -> dict[TableRow, int]:
        return {row: i for i, row in enumerate(self.rows)}

    @cached_property
    def _by_key(self) -> dict[str, TableRow]:
        return {row.key: row for row in self.rows}

    def row_of(self, row: TableRow) -> int:
        return self.header + 1 + self._position[row]

    def amounts(self, row: TableRow, y: int) -> Amounts:
        r, col = self.row_of(row), self.left + 1 + 3 * y
        return Amounts(Ref(self.sheet, r, col), Ref(self.sheet, r, col + 1), Ref(self.sheet, r, col + 2))

    def find(self, key: str) -> TableRow:
        return self._by_key[key]

    @property
    def bottom(self) -> int:
        return self.header + len(self.rows)


@dataclass(frozen=True)
class Rounding:
    """Block C: the figures shown (per table row, per year) and the Controles' columns."""

    shown: dict[TableRow, tuple[Amounts, ...]]
    footing: tuple[tuple[Ref, ...], ...]  # per year: each total's footing error
    deviation: tuple[tuple[Ref, ...], ...]  # per year: begroting + wijziging - bijgesteld per row
    distance: tuple[tuple[Ref, ...], ...]  # per year: each row's distance to the exact figures


def amendment_input_hash(result: AmendmentResult, template_sha: str) -> str:
    return input_hash(result.amendment.sources, template_sha)


def split_facts(result: AmendmentResult) -> tuple[SplitFacts, ...]:
    """Per year, the engine's split of the change in gemeentelijke bijdrage, explained (also the
    capability check: raises InputError for what the workbook formulas cannot redo exactly)."""
    if not result.amendment.has_members:
        return ()
    return tuple(split_facts_for_year(result, y) for y in range(len(result.years)))


def split_facts_for_year(result: AmendmentResult, y: int) -> SplitFacts:
    a = result.amendment
    return explain_split(result.years[y].exact[SPLIT_ROW][1], a.keys[y], a.method)


def render_amendment(result: AmendmentResult, template_path: str | Path | None = None,
                     facts: tuple[SplitFacts, ...] | None = None) -> bytes:
    template = load_template(template_path or TEMPLATE, ANCHORS, STYLE_KEYS)
    amendment = result.amendment
    facts = split_facts(result) if facts is None else facts
    book = template.new_book(created="2000-01-01T00:00:00Z")
    book.title = f"Begrotingswijziging {amendment.number} {amendment.title}"
    w = Writer(book, template)
    members = list(amendment.member_begroting)
    years = amendment.years
    inputs = _write_inputs(w, template.anchor("inv_start"), result)
    exact, splits, rounding = _write_calculation(w, template.anchor("ber_start"), result, inputs, facts)
    year_headers = _write_document(w, template.anchor("bw_titel"), template.anchor("bw_algemeen"),
                                   template.anchor("bw_tabel"), result, inputs, exact, rounding)
    checks = Checks()
    for y, year in enumerate(years):
        checks.add(f"{year}: getoonde tabel telt op (elk totaal = som van zijn regels, "
                   f"{'in hele euro' if amendment.unit == 1 else 'x ' + unit_text(amendment.unit)})",
                   EQ(sum_of(list(rounding.footing[y])), 0))
        checks.add(f"{year}: getoonde begroting + wijziging = bijgestelde begroting, elke regel",
                   EQ(sum_of(list(rounding.deviation[y])), 0))
        checks.add(f"{year}: elk getoond bedrag ligt minder dan 1 eenheid van het exacte bedrag",
                   LT(MAX(*ranges_of(list(rounding.distance[y]))), 1))
        if members:
            gem = exact.amounts(exact.find(SPLIT_ROW), y)
            member_amounts = [exact.amounts(row, y) for row in exact.rows if row.kind == "member"]
            checks.add(f"{year}: bijdragen gemeenten (begroting) = gemeentelijke bijdrage (begroting)",
                       LT(ABS(gem.begroting - sum_of([m.begroting for m in member_amounts])), inputs.tolerance))
            checks.add(f"{year}: bijdragen gemeenten (wijziging) = gemeentelijke bijdrage (wijziging)",
                       LT(ABS(gem.wijziging - sum_of([m.wijziging for m in member_amounts])), inputs.tolerance))
            split = splits[y]
            checks.add(f"{year}: verdeling van de wijziging telt op tot de wijziging gemeentelijke bijdrage",
                       LT(ABS(sum_of(list(split.shares)) - gem.wijziging), inputs.tolerance))
            _add_split_checks(checks, year, split, facts[y])
    if not amendment.saldo_allowed:
        for y, year in enumerate(years):
            checks.add(f"{year}: saldo na wijziging (na mutatie reserves) is 0: de begrotingswijziging is sluitend",
                       LT(ABS(exact.amounts(exact.find("saldo"), y).bijgesteld), inputs.tolerance))
    for y in range(1, len(years)):
        checks.add(f"jaarkoppen oplopend: {years[y - 1]} voor {years[y]}", GT(year_headers[y], year_headers[y - 1]))
    master = checks.write(w, template.anchor("ctl_start"))
    corrections = sum(1 for yr in result.years for key, c in yr.rounded.corrections.items() for v in c if v)
    rows = [(f"Bron: {s.role}", f"{s.name} (SHA-256 {s.sha256})") for s in amendment.sources]
    rows += [
        ("Verdeling", split_explanation(amendment.method, amendment.keys)
         + f" De formules staan op het blad {exact.sheet}, blok B (verdeling)."),
        ("Afronding", f"De bedragen op het blad {template.anchor('bw_tabel')[0]} zijn afgerond op "
                      f"{rounded_to(amendment.unit)} met "
                      "gecontroleerde afronding: elk getoond bedrag is het exacte bedrag naar beneden of naar boven "
                      "afgerond, zo dat elk totaal precies de som van zijn regels is. Waar gewoon afronden (ROUND) "
                      f"niet optelt, staat een correctie van +1 of -1 op {exact.sheet} ({corrections} correcties)."),
        ("Teken", "Baten staan als negatieve bedragen, zoals in de begroting." if amendment.baten_negative
         else "Baten zijn als positieve bedragen ingevoerd en worden positief getoond."),
    ]
    write_provenance(w, template.anchor("hk_start"), rows, master, amendment_input_hash(result, template.sha256))
    if members:
        _write_chart(w, template.anchor("gr_start"), result, exact)
    book.evaluate_all()
    _assert_same_as_engine(book, result, exact)
    lay_out_pages(book)
    return book.to_bytes()


def split_explanation(method: str, keys) -> str:
    """The Herkomst text on how the change is split (shared with the bijdrageoverzicht)."""
    method = method_named(method)
    text = (f"De wijziging van de gemeentelijke bijdrage is per jaar in centen verdeeld naar de verdeelsleutel met de "
            f"methode {method_text(method)}: ")
    if method == "largest_remainder":
        text += ("iedere gemeente krijgt haar quotum naar beneden afgerond; de resterende centen gaan naar de grootste "
                 "resten; bij gelijke rest gaat de eerstgenoemde gemeente voor.")
    else:
        text += ("iedere cent gaat naar het grootste quotiënt gewicht / deler (delers "
                 + ("1, 2, 3, ..." if method == "dhondt" else "1, 3, 5, ...")
                 + "); bij gelijk quotiënt gaat de eerstgenoemde gemeente voor.")
    if any(key.fixed_per_member for key in keys):
        text += " Eerst krijgt iedere deelnemende gemeente het vaste bedrag (vaste voet); de rest gaat naar gewicht."
    return text


def _add_split_checks(checks: Checks, year: int, split: SplitBlock, facts: SplitFacts) -> None:
    """The Controles rows that prove a split follows its method."""
    if split.threshold_proof is None:
        checks.add(f"{year}: elk aandeel ligt minder dan 1 cent van het exacte quotum",
                   LT(MAX(*ranges_of(list(split.distances))), Decimal("0.01")))
    else:
        checks.add(f"{year}: de drempel is het quotiënt van de laatst toegekende cent (minder quotiënten erboven dan "
                   "centen, genoeg erop)", split.threshold_proof)
    if facts.fixed_units:
        checks.add(f"{year}: de vaste bedragen van alle deelnemende gemeenten passen binnen de te verdelen wijziging",
                   GE(split.by_weight, 0))


def _assert_same_as_engine(book, result: AmendmentResult, exact: ExactLayout) -> None:
    """The workbook's formulas must give the engine's exact amounts; a difference is a bug in pyengine."""
    for y, year_result in enumerate(result.years):
        for row in exact.rows:
            for column, ref in enumerate(exact.amounts(row, y)):
                value = book.value_at(ref.sheet, ref.row, ref.col)
                if value != year_result.exact[row.key][column]:
                    raise RuntimeError(f"internal error: Berekening {row.key} {year_result.year} column {column} gives "
                                       f"{value}, the engine {year_result.exact[row.key][column]}")


def _write_inputs(w: Writer, anchor: tuple[str, int, int], result: AmendmentResult) -> InputCells:
    sheet, top, left = anchor
    a = result.amendment
    years = a.years
    spec_name = a.sources[0].name if a.sources else "invoer"
    w.put(sheet, top, left, "Invoer", "titel")
    w.put(sheet, top + 1, left, w.text("invoer_uitleg"), "tekst")
    row = top + 3
    w.put(sheet, row, left, w.text("algemeen"), "sectie")
    general = [("Nummer", a.number), ("Titel", a.title), ("Organisatie", a.organisation), ("Kenmerk", a.kenmerk),
               ("Programma", a.programme), ("Onderdeel", a.onderdeel), ("Taakveld", a.taakveld),
               ("Centrumgemeente (label)", a.centrumgemeente), ("Verdeelmethode", a.method),
               ("Vastgesteld door", a.adopted_by), ("Vastgesteld op", a.adopted_on),
               ("Wijziging gemeentelijke bijdrage (ingevoerd/sluitend)", "sluitend" if a.closing_bijdrage else "ingevoerd"),
               ("Saldo toegestaan (ja/nee)", "ja" if a.saldo_allowed else "nee"),
               ("Zienswijzen (regel in het besluit)", a.views),
               ("Nulregels tonen (ja/nee)", "ja" if a.show_zero_lines else "nee"),
               ("Bron verdeelsleutel", key_origin(a.keys))]
    w.put(sheet, row, left + 2, "Bron", "kop")
    written = []
    for label, value in general:
        row += 1
        w.put(sheet, row, left, label, "label")
        written.append(w.put(sheet, row, left + 1, value, "invoer_tekst"))
        w.put(sheet, row, left + 2, spec_name, "bron")
    w.book.define("inv_algemeen", sheet, row - len(general) + 1, left, (row, left + 2))
    general_cells = GeneralCells(*written[3:7])  # kenmerk, programma, onderdeel, taakveld

    def number(label: str, value: Decimal, defined: str, source: str) -> Ref:
        nonlocal row
        row += 1
        w.put(sheet, row, left, label, "label")
        ref = w.put(sheet, row, left + 1, value, "invoer_getal")
        w.book.define(defined, sheet, ref.row, ref.col)
        w.put(sheet, row, left + 2, source, "bron")
        return ref

    unit = number("Eenheid (bedragen x)", Decimal(a.unit), "Eenheid", spec_name)
    baten_sign = number("Teken baten (1 = negatief ingevoerd, -1 = positief)", Decimal(1 if a.baten_negative else -1),
                        "TekenBaten", spec_name)
    tolerance = number("Tolerantie voor controles op euro's", Decimal("0.005"), "Tolerantie",
                       "vaste waarde: een halve cent")
    row += 2
    w.put(sheet, row, left, "Jaren", "label")
    year_cells = tuple(w.put(sheet, row, left + 1 + 2 * y, Decimal(year), "invoer_getal") for y, year in enumerate(years))
    w.book.define("inv_jaren", sheet, row, left, (row, left + 2 * len(years) - 1))
    # amounts as entered (the user's sign convention), per year: begroting, wijziging
    row += 2
    w.put(sheet, row, left, "BEDRAGEN (euro, zoals ingevoerd)", "sectie")
    row += 1
    table_top = row
    w.put(sheet, row, left, "Regel", "kop")
    for y, year in enumerate(years):
        w.put(sheet, row, left + 1 + 2 * y, f"{w.text('begroting')} {year}", "kop")
        w.put(sheet, row, left + 2 + 2 * y, f"{w.text('wijziging')} {year}", "kop")
    w.put(sheet, row, left + 1 + 2 * len(years), "Bron", "kop")
    lines: dict[str, tuple[Pair, ...]] = {}
    sign = Decimal(1) if a.baten_negative else Decimal(-1)
    for code in INPUT_LINES:
        row += 1
        w.put(sheet, row, left, w.text(code), "label")
        flip = sign if code in BATEN_ROWS else 1
        derived = a.closing_bijdrage and code == CLOSING_LINE  # no input: Berekening derives it (sluitend)
        lines[code] = tuple(Pair(w.put(sheet, row, left + 1 + 2 * y, b * flip, "invoer_bedrag"),
                                 w.put(sheet, row, left + 2 + 2 * y, None if derived else change * flip, "invoer_bedrag"))
                            for y, (b, change) in enumerate(a.lines[code]))
        source = f"{spec_name} [begroting]/[wijziging] {code}"
        if derived:
            source = f"{spec_name} [begroting] {code}; de wijziging is sluitend afgeleid op het blad Berekening"
        w.put(sheet, row, left + 1 + 2 * len(years), source, "bron")
    w.book.define("inv_bedragen", sheet, table_top, left, (row, left + 1 + 2 * len(years)))
    members: list[MemberInput] = []
    keys: list[KeyCells] = []
    if a.has_members:
        row += 2
        w.put(sheet, row, left, "BIJDRAGE GEMEENTE, BEGROTING (euro, zoals ingevoerd)", "sectie")
        row += 1
        table_top = row
        w.put(sheet, row, left, "Gemeente", "kop")
        for y, year in enumerate(years):
            w.put(sheet, row, left + 1 + y, f"{w.text('begroting')} {year}", "kop")
        w.put(sheet, row, left + 1 + len(years), "Bron", "kop")
        for name, amounts in a.member_begroting.items():
            row += 1
            w.put(sheet, row, left, name, "invoer_tekst")
            members.append(MemberInput(name, tuple(w.put(sheet, row, left + 1 + y, v * sign, "invoer_bedrag")
                                                   for y, v in enumerate(amounts))))
            w.put(sheet, row, left + 1 + len(years), f"{spec_name} [bijdrage_gemeente]", "bron")
        w.book.define("inv_bijdrage", sheet, table_top, left, (row, left + 1 + len(years)))
        keys = _write_keys(w, sheet, row + 2, left, a, spec_name)
    _write_texts(w, sheet, left, a.toelichting)
    sheet_obj = w.book.sheet(sheet)
    for col in range(left + 1, left + 3 + 2 * len(years)):
        sheet_obj.widths.setdefault(col, 16)
    fit_column(w, sheet, left, [cell.value for (_r, c), cell in sheet_obj.cells.items()
                                if c == left and isinstance(cell.value, str) and len(cell.value) < 80], least=44)
    return InputCells(general_cells, unit, baten_sign, tolerance, year_cells, lines, tuple(members), tuple(keys))


def _write_texts(w: Writer, sheet: str, left: int, texts: tuple[str, ...]) -> None:
    """The toelichting below everything else (``inv_toelichting``), so that the sheet holds every input."""
    row = max(r for r, _ in w.book.sheet(sheet).cells) + 2
    w.put(sheet, row, left, w.text("toelichting"), "sectie")
    for offset, text in enumerate(texts or ("",), start=1):
        w.put(sheet, row + offset, left, text, "invoer_tekst")
    w.book.define("inv_toelichting", sheet, row + 1, left, (row + max(1, len(texts)), left))


def _write_keys(w: Writer, sheet: str, row: int, left: int, a, spec_name: str) -> list[KeyCells]:
    """The VERDEELSLEUTEL table: per year a weight and a takes-part column, then the key's own rows."""
    names = list(a.member_begroting)
    w.put(sheet, row, left, "VERDEELSLEUTEL (gewicht per gemeente, per jaar)", "sectie")
    row += 1
    table_top = row
    w.put(sheet, row, left, "Gemeente", "kop")
    for y, year in enumerate(a.years):
        w.put(sheet, row, left + 1 + 2 * y, f"Gewicht {year}", "kop")
        w.put(sheet, row, left + 2 + 2 * y, f"Neemt deel {year} (1/0)", "kop")
    weights: list[list[Ref]] = [[] for _ in a.years]
    takes_part: list[list[Ref]] = [[] for _ in a.years]
    for name in names:
        row += 1
        w.put(sheet, row, left, name, "label")
        for y, key in enumerate(a.keys):
            member = next(m for m in key.members if m.name == name)
            weights[y].append(w.put(sheet, row, left + 1 + 2 * y, member.effective_weight, "invoer_getal"))
            takes_part[y].append(w.put(sheet, row, left + 2 + 2 * y, Decimal(int(member.participates)), "invoer_getal"))

    def key_row(label: str, value_of, style: str) -> list[Ref]:
        nonlocal row
        row += 1
        w.put(sheet, row, left, label, "label")
        return [w.put(sheet, row, left + 1 + 2 * y, value_of(key), style) for y, key in enumerate(a.keys)]

    scales = key_row("Schaalfactor gewichten (10^decimalen, maakt ze geheel)",
                     lambda key: Decimal(10) ** decimals_of(list(key.weights)), "invoer_getal")
    fixed = key_row("Vast bedrag per deelnemende gemeente (euro, vaste voet)", lambda key: key.fixed_per_member,
                    "invoer_bedrag")
    key_row("Bron", lambda key: key.source or spec_name, "bron")
    w.book.define("inv_sleutel", sheet, table_top, left, (row, left + 2 * len(a.years)))
    # the members follow bijdrage_gemeente's order; a key's own order decides exact ties
    cells = []
    for y, key in enumerate(a.keys):
        order = [names.index(n) for n in key.names]
        cells.append(KeyCells(tuple(key.names), tuple(weights[y][i] for i in order),
                              tuple(takes_part[y][i] for i in order), scales[y], fixed[y]))
    return cells


def _write_calculation(w: Writer, anchor: tuple[str, int, int], result: AmendmentResult, inputs: InputCells,
                       facts: tuple[SplitFacts, ...]) -> tuple[ExactLayout, tuple[SplitBlock, ...], Rounding]:
    sheet, top, left = anchor
    a = result.amendment
    w.put(sheet, top, left, "Berekening", "titel")
    w.put(sheet, top + 1, left, "Exacte bedragen in euro met live formules; daaronder de verdeling over de gemeenten en "
                                "de afronding voor de presentatie.", "tekst")
    exact = ExactLayout(sheet, top + 4, left, table_rows(list(a.member_begroting)))
    splits = _write_splits(w, exact, exact.bottom + 3, result, inputs, facts)
    _write_exact(w, exact, result, inputs, splits)
    rounding_top = splits[-1].bottom + 3 if splits else exact.bottom + 3
    rounding = _write_rounding(w, exact, rounding_top, result, inputs)
    sheet_obj = w.book.sheet(sheet)
    sheet_obj.column_group = 3  # block A's three columns a year and block C's three trios: whole on a page
    # blocks B and C each start a printed page: block C's column titles never stand alone at the foot of a
    # page (the figures under them on the next, 'Afstand tot exact' nameless there and read as a sum), and over
    # pages across (down, then over) the page after block C's last line opens with block B's title, not with
    # its form row '2026: te verdelen (euro) | 0 | ...' read as one more line under 'Totaal bijdragen'
    sheet_obj.row_breaks = sorted({exact.bottom + 2, rounding_top - 1} if splits else {rounding_top - 1})
    sheet_obj.widths.setdefault(left, 40)
    for col in range(left + 1, left + 1 + 9 * len(a.years)):
        sheet_obj.widths.setdefault(col, 15)
    sheet_obj.freeze = (exact.header + 1, left + 1)
    return exact, splits, rounding


def _write_exact(w: Writer, exact: ExactLayout, result: AmendmentResult, inputs: InputCells,
                 splits: tuple[SplitBlock, ...]) -> None:
    """Block A: exact euros, one row per table row."""
    sheet, left = exact.sheet, exact.left
    years = result.amendment.years
    w.put(sheet, exact.header - 1, left, "A. BEDRAGEN IN EURO", "sectie")
    for y, year in enumerate(years):
        for c, key in enumerate(("begroting", "wijziging", "bijgesteld")):
            w.put(sheet, exact.header, left + 1 + 3 * y + c, f"{w.text(key)} {year}", "kop")
    children = {node.key: [c.key for c in node.children] for node in result.tree.walk()}
    sign = inputs.baten_sign
    lines = [row for row in exact.rows if row.kind == "line"]
    for row in exact.rows:
        style = "euro_totaal" if row.kind == "total" else "euro"
        w.put(sheet, exact.row_of(row), left, row.label(w), "label_totaal" if row.kind == "total" else "label")
        for y in range(len(years)):
            cell = exact.amounts(row, y)
            if row.kind == "line":
                given = inputs.lines[row.key][y]
                flip = row.key in BATEN_ROWS
                begroting = given.begroting * sign if flip else given.begroting
                wijziging = given.wijziging * sign if flip else given.wijziging
                if row.key == CLOSING_LINE and result.amendment.closing_bijdrage:
                    # sluitend: minus the begroting's saldo and every other line's wijziging
                    others = [exact.amounts(line, y).wijziging for line in lines if line.key != CLOSING_LINE]
                    wijziging = -(exact.amounts(exact.find("saldo"), y).begroting + sum_of(others))
            elif row.kind == "member":
                begroting = inputs.member(row.member).begroting[y] * sign
                wijziging = splits[y].share_of(row.member)
            else:
                kids = [exact.amounts(exact.find(k), y) for k in children[row.key]]
                begroting = sum_of([k.begroting for k in kids])
                wijziging = sum_of([k.wijziging for k in kids])
            w.formula(sheet, cell.begroting.row, cell.begroting.col, begroting, style)
            w.formula(sheet, cell.wijziging.row, cell.wijziging.col, wijziging, style)
            w.formula(sheet, cell.bijgesteld.row, cell.bijgesteld.col, cell.begroting + cell.wijziging, style)


def _write_splits(w: Writer, exact: ExactLayout, top: int, result: AmendmentResult, inputs: InputCells,
                  facts: tuple[SplitFacts, ...]) -> tuple[SplitBlock, ...]:
    """Block B: per year, the change in gemeentelijke bijdrage split over the members, in cents."""
    a = result.amendment
    if not a.has_members:
        return ()
    method = method_text(a.method)
    w.put(exact.sheet, top, exact.left, f"B. VERDELING VAN DE WIJZIGING GEMEENTELIJKE BIJDRAGE ({method}, in centen; "
                                         "bij gelijke aanspraak gaat de bovenste gemeente voor)", "sectie")
    blocks: list[SplitBlock] = []
    row = top + 1
    for y, year in enumerate(a.years):
        change = exact.amounts(exact.find(SPLIT_ROW), y).wijziging
        block = write_split(w, exact.sheet, row, exact.left, f"{year}: te verdelen (euro)", change, inputs.keys[y],
                            facts[y])
        blocks.append(block)
        row = block.bottom + 3
    return tuple(blocks)


def _write_rounding(w: Writer, exact: ExactLayout, top: int, result: AmendmentResult, inputs: InputCells) -> Rounding:
    """Block C: presentation rounding, shown = ROUND(exact / eenheid; 0) + correctie."""
    sheet, left = exact.sheet, exact.left
    a = result.amendment
    unit = inputs.unit
    w.put(sheet, top, left, f"C. AFRONDING VOOR DE PRESENTATIE ({in_units(a.unit)}): getoond = "
                            "ROUND(exact / eenheid; 0) + correctie", "sectie")
    per_year = 9
    headers = ("Correctie begroting", "Correctie wijziging", "Correctie bijgesteld", "Getoond begroting",
               "Getoond wijziging", "Getoond bijgesteld", "Afwijking b+w-bijgesteld", "Afstand tot exact",
               "Telfout totaal")
    header = top + 1
    for y, year in enumerate(a.years):
        for c, text in enumerate(headers):
            w.put(sheet, header, left + 1 + per_year * y + c, f"{text} {year}", "kop")
    children = {node.key: [c.key for c in node.children] for node in result.tree.walk()}
    shown: dict[TableRow, tuple[Amounts, ...]] = {}
    footing: list[list[Ref]] = [[] for _ in a.years]
    deviation: list[list[Ref]] = [[] for _ in a.years]
    distance: list[list[Ref]] = [[] for _ in a.years]
    for i, row in enumerate(exact.rows):
        r = header + 1 + i
        total = row.kind == "total"
        w.put(sheet, r, left, row.label(w), "label_totaal" if total else "label")
        per_year_refs = []
        for y, year_result in enumerate(result.years):
            col = left + 1 + per_year * y
            corrections = year_result.rounded.corrections[row.key]
            figures = []
            for c, source in enumerate(exact.amounts(row, y)):
                correction = w.put(sheet, r, col + c, Decimal(corrections[c]), "correctie")
                figures.append(w.formula(sheet, r, col + 3 + c, ROUND(source / unit, 0) + correction,
                                         "bedrag_totaal" if total else "bedrag"))
            amounts = Amounts(*figures)
            per_year_refs.append(amounts)
            deviation[y].append(w.formula(sheet, r, col + 6, ABS(amounts.begroting + amounts.wijziging
                                                                 - amounts.bijgesteld), "getal"))
            distance[y].append(w.formula(sheet, r, col + 7, MAX(*[ABS(s - e / unit) for s, e in
                                                                  zip(amounts, exact.amounts(row, y))]), "euro"))
        shown[row] = tuple(per_year_refs)
    for row in exact.rows:  # a total's footing error, from its children's shown figures
        if row.kind != "total":
            continue
        for y in range(len(a.years)):
            kids = [shown[exact.find(k)][y] for k in children[row.key]]
            own = shown[row][y]
            error = ABS(own.begroting - sum_of([k.begroting for k in kids]))
            error = error + ABS(own.wijziging - sum_of([k.wijziging for k in kids]))
            error = error + ABS(own.bijgesteld - sum_of([k.bijgesteld for k in kids]))
            footing[y].append(w.formula(sheet, own.begroting.row, left + 1 + per_year * y + 8, error, "getal"))
    return Rounding(shown, tuple(map(tuple, footing)), tuple(map(tuple, deviation)), tuple(map(tuple, distance)))


def _write_document(w: Writer, title_anchor, general_anchor, table_anchor, result: AmendmentResult,
                    inputs: InputCells, exact: ExactLayout, rounding: Rounding) -> list[Ref]:
    """The Begrotingswijziging sheet; returns the year headers (one per year)."""
    a = result.amendment
    years = a.years
    sheet, row, col = title_anchor
    w.put(sheet, row, col, f"{w.text('titel')} {a.number} {a.title}", "titel")
    if a.organisation:
        w.put(sheet, row + 1, col, a.organisation, "ondertitel")
    g_sheet, g_row, g_col = general_anchor
    w.put(g_sheet, g_row, g_col, w.text("algemeen"), "sectie")
    general = inputs.general
    fields = (("kenmerk", general.kenmerk, a.kenmerk), ("programma", general.programma, a.programme),
              ("onderdeel", general.onderdeel, a.onderdeel), ("taakveld", general.taakveld, a.taakveld))
    given = [(key, source) for key, source, value in fields if str(value or "").strip()]  # an empty field: no line
    for offset, (key, source) in enumerate(given, start=1):
        w.put(g_sheet, g_row + offset, g_col, w.text(key), "label")
        # &"" keeps an empty field text: a bare reference to an empty cell is 0 in Excel and LibreOffice
        w.formula(g_sheet, g_row + offset, g_col + 1, CONCAT(source, ""), "tekst")
    t_sheet, top, left = table_anchor
    sign = inputs.baten_sign
    unbalanced = [(year_result.year, year_result.rounded.shown["saldo"][2]) for year_result in result.years
                  if year_result.exact["saldo"][2]]
    if unbalanced:  # only with saldo_toegestaan (refused otherwise): said before the table, not only in it
        figures = ", ".join(f"{year}: {dutch_number(saldo)}" for year, saldo in unbalanced)
        w.put(t_sheet, top - 1, left, f"Let op: deze begrotingswijziging is niet sluitend (saldo toegestaan). Saldo na "
                                      f"wijziging {figures} ({in_units(a.unit)}).", "sectie")
    w.put(t_sheet, top, left, units_caption(a.unit, w.text('eenheid')), "bron")
    year_headers = []
    for y in range(len(years)):
        for c, key in enumerate(("begroting", "wijziging", "bijgesteld")):
            w.put(t_sheet, top + 1, left + 1 + 3 * y + c, w.text(key), "kop")
            ref = w.formula(t_sheet, top + 2, left + 1 + 3 * y + c, inputs.years[y], "jaar")
            if c == 0:
                year_headers.append(ref)
    row = top + 2
    members = list(a.member_begroting)
    # lines 0 in every column are left out (the document's formulas refer to Berekening, not to each other)
    left_out = set() if a.show_zero_lines else zero_rows(result, display_rows(members))
    marks: list[str] = []
    for index, (kind, key) in enumerate(display_rows(members)):
        if index in left_out:
            continue
        row += 1
        if kind == "section":
            heading = w.text(key)
            w.put(t_sheet, row, left, heading, "sectie")
            mark = heading.rsplit(" ", 1)[-1] if heading.rstrip().endswith("*") else ""
            if mark:
                marks.append(mark)
            continue
        if kind == "centrum":
            label = a.centrumgemeente or w.text("centrumgemeente_bijdrage")
        else:
            label = exact.find(key).label(w)
        total = kind == "total"
        w.put(t_sheet, row, left, label, "label_totaal" if total else "label")
        flip = key in BATEN_ROWS or kind in ("member", "centrum")
        shown = rounding.shown[exact.find(key)]
        for y in range(len(years)):
            for c, source in enumerate(shown[y]):
                w.formula(t_sheet, row, left + 1 + 3 * y + c, source * sign if flip else source,
                          "bedrag_totaal" if total else "bedrag")
    width = 12 * 3 * len(years) + 38  # characters across the table: a wrapped line stays within it
    row += 2
    w.put(t_sheet, row, left, w.text("toelichting"), "sectie")
    row += 1
    for text in a.toelichting:
        row = paragraph(w, t_sheet, row, left, text, width)
    for mark in marks:  # every mark in the table explained, by the toelichting or here
        if not any(text.lstrip().startswith(mark + " ") for text in a.toelichting):
            row = paragraph(w, t_sheet, row, left, f"{mark} {FOOTNOTES.get(mark, '')}".format(
                rounded=("afgerond op hele euro's" if a.unit == 1 else f"in euro's afgerond op {rounded_to(a.unit)}"),
                key=_key_sources(a)), width)
    row = _write_besluit(w, t_sheet, row + 1, left, a, width)
    sheet_obj = w.book.sheet(t_sheet)
    sheet_obj.landscape = True
    sheet_obj.print_title_rows = (top + 1, top + 2)
    sheet_obj.freeze = (top + 3, left + 1)
    sheet_obj.show_grid = False
    return year_headers


FOOTNOTES = {
    "*": "Lasten en baten {rounded}, zo dat elk totaal de som van zijn regels is; de exacte "
         "bedragen en de afronding staan op het blad Berekening.",
    "**": "De wijziging van de bijdrage per gemeente is de wijziging van de gemeentelijke bijdrage, verdeeld naar de "
          "verdeelsleutel ({key}); de verdeling staat op het blad Berekening.",
}


def key_origin(keys) -> str:
    """Where the weights came from, as 'bron' says it ("inwoners.csv, kolom inwoners"): a key file's own
    description, or the 'bron' given with 'gewichten' (the round trip keeps it); '' when nothing says."""
    return "; ".join(origin for origin in dict.fromkeys(key.origin for key in keys) if origin)


def _key_sources(a) -> str:
    # where the weights came from (a key file, or the bron given with them), not the cells they were typed in
    return "; ".join(dict.fromkeys(key.origin or key.source or key.name for key in a.keys)) or "geen"


CENTRUM_LINE = "centrumgemeente_bijdrage"


def zero_rows(result: AmendmentResult, rows: list[tuple[str, str]]) -> set[int]:
    """Indexes of the display rows to leave out: lines 0 in every year and column (exact euros) whose block keeps
    at least two lines (a total over a single line would read as a repeated line), a block that is 0 altogether
    (its total too), a centrumgemeente line that is 0 (there is none), and a section left empty. The saldi, the totals of lasten and baten and every member always show.
    A RESERVE(S) section left with only the final Saldo is left out too: its heading over a Saldo alone would
    read as a block of reserves with nothing in it, and the Saldo then closes the TOTAAL block under the saldo
    van baten en lasten it repeats (no reserves: the saldo is the saldo van baten en lasten)."""
    always = {"saldo", "saldo_baten_lasten", "totaal_lasten", "totaal_baten"}
    zero = {key for key in result.years[0].exact if all(not any(year.exact[key]) for year in result.years)}
    parents = {child.key: node for node in result.tree.walk() for child in node.children}

    nodes = {node.key: node for node in result.tree.walk()}

    def left_out(key: str) -> bool:
        parent = parents.get(key)
        if key in always or key not in zero:
            return False
        if key == CENTRUM_LINE or (nodes.get(key) is not None and nodes[key].children
                                   and all(child.key in zero for child in nodes[key].children)):
            return True  # no centrumgemeente at all; a block that is 0 altogether, its total too
        if parent is None:
            return False
        if parent.key in zero and parent.key not in always:
            return True  # the whole block is 0
        return sum(1 for child in parent.children if child.key not in zero) >= 2

    out = {index for index, (kind, key) in enumerate(rows) if kind in ("line", "centrum", "total") and left_out(key)}
    section = None
    members: list[int] = []
    for index, (kind, _key) in enumerate(rows + [("section", "")]):
        if kind == "section":
            if section is not None and members and all(m in out or rows[m][1] == "saldo" for m in members):
                out.add(section)
            section, members = index, []
        else:
            members.append(index)
    return out


def _write_besluit(w: Writer, sheet: str, row: int, left: int, a, width: int) -> int:
    """The besluit the algemeen bestuur adopts: who, (the zienswijzen), what, when, and the signatures."""
    board = a.adopted_by or "het algemeen bestuur" + (f" van {a.organisation}" if a.organisation else "")
    w.put(sheet, row, left, "BESLUIT", "sectie")
    row += 1
    row = paragraph(w, sheet, row, left, f"{board[:1].upper()}{board[1:]},", width)
    if a.views:
        row = paragraph(w, sheet, row, left, a.views.rstrip(",;") + ",", width)
    row = paragraph(w, sheet, row, left, f"besluit begrotingswijziging {a.number} {a.title} vast te stellen.", width)
    row += 1
    w.put(sheet, row, left, f"Aldus vastgesteld in de vergadering van {a.adopted_on}." if a.adopted_on
          else "Aldus vastgesteld in de vergadering van ...", "tekst")
    row += 3
    w.put(sheet, row, left, w.text("secretaris"), "tekst")
    w.put(sheet, row, left + 4, w.text("voorzitter"), "tekst")
    return row + 1


def chart_rows(members: int, years: int) -> int:
    """Rows of 15 pt for the bar chart: room for every member's bars and label (none skipped), title and legend."""
    return max(16, -(-members * (years + 1) * 3 // 5) + 6)


def dutch_number(value) -> str:
    """A whole number the Dutch way (1.845, -27), for text that is not a cell's number format."""
    return f"{int(value):,}".replace(",", ".")


def _write_chart(w: Writer, anchor: tuple[str, int, int], result: AmendmentResult, exact: ExactLayout) -> None:
    sheet, top, left = anchor
    a = result.amendment
    member_rows = [row for row in exact.rows if row.kind == "member"]
    w.put(sheet, top, left, w.text("grafiek_titel"), "titel")
    w.put(sheet, top + 2, left, "Gemeente", "kop")
    for y, year in enumerate(a.years):
        w.put(sheet, top + 2, left + 1 + y, f"{year}", "kop")
    for i, member in enumerate(member_rows):
        r = top + 3 + i
        w.put(sheet, r, left, member.member, "label")
        for y in range(len(a.years)):
            # a contribution is a baat (negative): the chart shows what each member pays
            w.formula(sheet, r, left + 1 + y, -exact.amounts(member, y).bijgesteld, "euro")
    first, last = top + 3, top + 2 + len(member_rows)
    chart = Chart(w.text("grafiek_titel"), (left, first, last),
                  [(str(year), left + 1 + y) for y, year in enumerate(a.years)],
                  anchor=(top + 2, left + 2 + len(a.years)), size=(chart_rows(len(member_rows), len(a.years)), 10))
    w.book.sheet(sheet).charts.append(chart)
    w.book.sheet(sheet).print_title_rows = (top + 2, top + 2)
    for col in range(left + 1, left + 1 + len(a.years)):
        w.book.sheet(sheet).widths.setdefault(col, 14)
