"""The afrekening workbook, written from a SettlementResult and a template.

Sheets: Overzicht and Verdeling (presentation), Berekening (workings), Invoer, Controles, Herkomst.
Every figure on Overzicht and Verdeling is a live formula over Berekening, which computes from Invoer.

Workbook-scoped defined names:
- ``afr_deelnemers``, ``afr_voorschot``, ``afr_definitief``, ``afr_verrekening``: the member column and
  the three amounts on Verdeling, one cell per member, in euros, in the same order;
- the inputs on Invoer (read back by inputs/produced_spec.py for the round trip): ``inv_afr_algemeen``
  (label | value: Titel, Organisatie, Kenmerk, Jaar, Verdeelmethode, Reserve), ``inv_afr_eenheid``,
  ``inv_afr_reserve``, ``inv_afr_lasten`` and ``inv_afr_baten`` (header + one row per line: Code,
  Omschrijving, Begroting, Realisatie, Nieuw 1/0), ``inv_afr_deelnemers`` (header + one row per member in
  key order: Deelnemer, Gewicht, Neemt deel 1/0, Voorschot), ``inv_afr_sleutel`` (Schaalfactor, Vast
  bedrag per deelnemer), ``inv_toelichting`` and ``Tolerantie``.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from ..core.settlement import BATEN, LASTEN, ROWS, SettlementResult, line_key
from .amendment_workbook import split_explanation
from .formula import ABS, EQ, IF, LT, MAX, ROUND, Ref, wrap
from .sheets import (TEXT_WIDTH, Checks, Writer, fit_column, input_hash, lay_out_pages, paragraph, ranges_of, sum_of,
                     in_units, rounded_to, unit_text, units_caption, write_provenance)
from ..inputs.schema import method_label
from .splits import KeyCells, SplitFacts, decimals_of, explain_split, method_text, write_split
from .template import TEMPLATES_DIR, load_template

TEMPLATE = TEMPLATES_DIR / "afrekening.xlsx"
ANCHORS = ("af_titel", "af_tabel", "vd_start", "ber_start", "inv_start", "ctl_start", "hk_start")
STYLE_KEYS = ("titel", "ondertitel", "tekst", "bron", "kop", "sectie", "label", "label_totaal", "bedrag",
              "bedrag_totaal", "euro", "euro_totaal", "getal", "invoer_tekst", "invoer_bedrag", "invoer_getal",
              "correctie", "controle")
GENERAL_ROWS = ("Titel", "Organisatie", "Kenmerk", "Jaar", "Verdeelmethode", "Naam van de reserve")
LINE_HEADERS = ("Code", "Omschrijving", "Begroting (euro)", "Realisatie (euro)", "Nieuw (1/0)")
MEMBER_HEADERS = ("Deelnemer", "Gewicht", "Neemt deel (1/0)", "Voorschot (euro)")
COLUMNS = ("begroting", "realisatie", "verschil")
# a tree row's sign on the sheets: lasten and the reserve are negative in the tree, positive when shown
NEGATIVE = ("totaal_lasten", "reserve")


@dataclass(frozen=True)
class Row:
    """One row of the Overzicht: the tree's key, its label, its kind (line or total) and display sign."""

    key: str
    label: str
    kind: str  # line or total
    sign: int


@dataclass(frozen=True)
class LineInput:
    begroting: Ref
    realisatie: Ref


@dataclass(frozen=True)
class InputCells:
    unit: Ref
    reserve: Ref
    tolerance: Ref
    lines: dict[str, LineInput]  # tree key -> its input cells
    voorschot: dict[str, Ref]  # member -> its voorschot
    key: KeyCells


@dataclass(frozen=True)
class Workings:
    """What Berekening publishes: per Overzicht row its exact (begroting, realisatie, verschil) and shown
    figures, per member its share, percentage and verrekening, and the Controles' columns."""

    exact: dict[str, tuple[Ref, Ref, Ref]]
    shown: dict[str, tuple[Ref, Ref, Ref]]
    net_cost: Ref
    definitief: dict[str, Ref]
    verrekening: dict[str, Ref]
    percentage: dict[str, Ref]
    percentage_distance: tuple[Ref, ...]
    share_distance: tuple[Ref, ...]
    threshold_proof: object
    footing: tuple[Ref, ...]
    deviation: tuple[Ref, ...]
    distance: tuple[Ref, ...]


def overview_rows(result: SettlementResult) -> list[tuple[str, Row | None]]:
    """(section heading or '', row) in the Overzicht's order; a heading comes with row None."""
    s = result.settlement
    out: list[tuple[str, Row | None]] = [("lasten", None)]
    out += [("", Row(line_key(LASTEN, line.code), line.label, "line", -1)) for line in s.lasten]
    out += [("", Row("totaal_lasten", _total_label(LASTEN, s.lasten), "total", -1)), ("baten", None)]
    out += [("", Row(line_key(BATEN, line.code), line.label, "line", 1)) for line in s.baten]
    reserve = ROWS["reserve"] + (f" ({s.reserve_label})" if s.reserve_label else "")
    out += [("", Row("totaal_baten", _total_label(BATEN, s.baten), "total", 1)),
            ("", Row("voorschotten", ROWS["voorschotten"], "line", 1)), ("resultaat", None),
            ("", Row("resultaat", ROWS["resultaat"], "total", 1)), ("", Row("reserve", reserve, "line", -1)),
            ("", Row("te_verrekenen", ROWS["te_verrekenen"], "total", 1))]
    return out


def _total_label(side: str, lines: tuple) -> str:
    """'Totaal lasten' over two lines or more; a single line (or none) is no sum, and an auditor's tool
    would rightly refuse to call it verified."""
    if len(lines) >= 2:
        return ROWS[f"totaal_{side}"]
    what = "Lasten" if side == LASTEN else "Baten (exclusief bijdragen deelnemers)"
    return f"{what}: {'één regel' if lines else 'geen regels'}"


def settlement_input_hash(result: SettlementResult, template_sha: str) -> str:
    return input_hash(result.settlement.sources, template_sha, "afrekening")


def split_facts(result: SettlementResult) -> SplitFacts:
    """The engine's split of the net cost, explained as the formulas redo it (raises SplitRefused when Excel
    cannot redo it exactly: the capability check)."""
    s = result.settlement
    return explain_split(result.net_cost, s.key, s.method)


def render_settlement(result: SettlementResult, template_path: str | Path | None = None) -> bytes:
    template = load_template(template_path or TEMPLATE, ANCHORS, STYLE_KEYS)
    s = result.settlement
    book = template.new_book(created="2000-01-01T00:00:00Z")
    book.title = f"{s.title} {s.organisation}".strip()
    w = Writer(book, template)
    inputs = _write_inputs(w, template.anchor("inv_start"), draft_of(result))
    facts = split_facts(result)
    work = _write_workings(w, template.anchor("ber_start"), result, inputs, facts)
    _write_overview(w, template.anchor("af_titel"), template.anchor("af_tabel"), result, work)
    verdeling = _write_distribution(w, template.anchor("vd_start"), result, inputs, work)
    checks = Checks()
    unit = "in hele euro" if s.unit == 1 else f"x {unit_text(s.unit)}"
    checks.add(f"Overzicht telt op (elk totaal = som van zijn regels, resultaat = voorschotten + baten - lasten, te "
               f"verrekenen = resultaat - reserve; {unit})", EQ(sum_of(list(work.footing)), 0))
    checks.add("Overzicht: begroting + verschil = realisatie, elke regel", EQ(sum_of(list(work.deviation)), 0))
    checks.add("Overzicht: elk getoond bedrag ligt minder dan 1 eenheid van het exacte bedrag",
               LT(MAX(*ranges_of(list(work.distance))), 1))
    definitief = list(work.definitief.values())
    verrekening = list(work.verrekening.values())
    checks.add("definitieve bijdragen tellen op tot de netto kosten",
               LT(ABS(sum_of(definitief) - work.net_cost), inputs.tolerance))
    checks.add("verrekeningen tellen op tot resultaat - reserve (te verrekenen)",
               LT(ABS(sum_of(verrekening) - work.exact["te_verrekenen"][1]), inputs.tolerance))
    checks.add("netto kosten = voorschotten - te verrekenen",
               LT(ABS(sum_of(list(inputs.voorschot.values())) - work.exact["te_verrekenen"][1] - work.net_cost),
                  inputs.tolerance))
    checks.add("voorschotten op Verdeling = bijdragen deelnemers op Berekening",
               LT(ABS(verdeling["voorschot"] - work.exact["voorschotten"][1]), inputs.tolerance))
    checks.add("Verdeling: terug te ontvangen - bij te betalen = verrekening",
               LT(ABS(verdeling["terug"] - verdeling["bij"] - verdeling["verrekening"]), inputs.tolerance))
    if work.threshold_proof is None:
        checks.add("elke definitieve bijdrage ligt minder dan 1 cent van het exacte quotum",
                   LT(MAX(*ranges_of(list(work.share_distance))), Decimal("0.01")))
    else:
        checks.add("de drempel is het quotiënt van de laatst toegekende cent", work.threshold_proof)
    checks.add("aandelen in % tellen op tot 100,00", LT(ABS(sum_of(list(work.percentage.values())) - 100),
                                                      Decimal("0.005")))
    checks.add("elk aandeel in % ligt minder dan 0,01 van het exacte aandeel",
               LT(MAX(*ranges_of(list(work.percentage_distance))), Decimal("0.01")))
    master = checks.write(w, template.anchor("ctl_start"))
    corrections = sum(1 for c in result.rounded.corrections.values() for v in c if v)
    rows = [(f"Bron: {src.role}", f"{src.name} (SHA-256 {src.sha256})") for src in s.sources]
    rows += [
        ("Rekenregels", "Netto kosten = werkelijke lasten - werkelijke baten + toevoeging aan reserve. Definitieve "
                        "bijdrage = de netto kosten verdeeld naar de verdeelsleutel. Verrekening = voorschot - "
                        "definitieve bijdrage. Resultaat = voorschotten + werkelijke baten - werkelijke lasten; de "
                        "verrekeningen tellen op tot resultaat - reserve."),
        ("Verdeling", split_explanation(s.method, (s.key,)).replace("De wijziging van de gemeentelijke bijdrage is per "
                                                                     "jaar", "De netto kosten zijn")
         + " De formules staan op het blad Berekening, blok B."),
        ("Afronding", f"De bedragen op het blad Overzicht zijn afgerond op {rounded_to(s.unit)} met gecontroleerde "
                      "afronding: "
                      "elk getoond bedrag is het exacte bedrag naar beneden of naar boven afgerond, zo dat elk totaal "
                      "precies de som van zijn regels is. Waar gewoon afronden (ROUND) niet optelt, staat een correctie "
                      f"van +1 of -1 op Berekening, blok D ({corrections} correcties). Het blad Verdeling toont euro's "
                      "en centen, exact."),
    ]
    write_provenance(w, template.anchor("hk_start"), rows, master, settlement_input_hash(result, template.sha256))
    book.evaluate_all()
    _assert_same_as_engine(book, result, work)
    lay_out_pages(book)
    return book.to_bytes()


def _assert_same_as_engine(book, result: SettlementResult, work: Workings) -> None:
    """The workbook's formulas must give the engine's amounts; a difference is a bug in pyengine."""
    for member in result.members:
        for what, ref, engine in (("definitieve bijdrage", work.definitief[member.name], member.definitief),
                                  ("verrekening", work.verrekening[member.name], member.verrekening),
                                  ("aandeel %", work.percentage[member.name], member.percentage)):
            value = book.value_at(ref.sheet, ref.row, ref.col)
            if value != engine:
                raise RuntimeError(f"internal error: {what} {member.name} is {value} in the workbook, the engine "
                                   f"{engine}")
    for key, shown in result.rounded.shown.items():
        sign = -1 if key.startswith("l:") or key in NEGATIVE else 1
        refs = work.shown[key]
        got = [book.value_at(r.sheet, r.row, r.col) for r in refs]
        want = [sign * shown[0], sign * shown[2], sign * shown[1]]  # begroting, realisatie, verschil
        if got != [Decimal(v) for v in want]:
            raise RuntimeError(f"internal error: Overzicht {key} shows {got}, the engine {want}")


# ---- Invoer --------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class DraftLine:
    code: str
    label: str
    begroting: Decimal | None
    realisatie: Decimal | None
    new: bool = False


@dataclass(frozen=True)
class DraftMember:
    name: str
    weight: Decimal
    participates: bool = True
    voorschot: Decimal | None = None


@dataclass(frozen=True)
class Draft:
    """What the Invoer sheet holds: the settlement's inputs, or an input workbook's (figures may be empty)."""

    title: str
    organisation: str
    kenmerk: str
    year: int | None
    method: str
    unit: int
    reserve: Decimal | None
    reserve_label: str
    lasten: tuple[DraftLine, ...]
    baten: tuple[DraftLine, ...]
    members: tuple[DraftMember, ...]
    fixed: Decimal
    key_source: str
    toelichting: tuple[str, ...]
    source_name: str
    blank_rows: int = 0  # empty rows below the lines of each side, for the officer's own lines

    def lines(self, side: str) -> tuple[DraftLine, ...]:
        return self.lasten if side == LASTEN else self.baten


def draft_of(result: SettlementResult) -> Draft:
    s = result.settlement
    return Draft(
        s.title, s.organisation, s.kenmerk, s.year, s.method, s.unit, s.reserve, s.reserve_label,
        *(tuple(DraftLine(line.code, line.label, line.begroting, line.realisatie, line.new) for line in s.lines(side))
          for side in (LASTEN, BATEN)),
        tuple(DraftMember(m.name, m.effective_weight, m.participates, s.voorschotten[m.name]) for m in s.key.members),
        s.key.fixed_per_member, s.key.source, s.toelichting, s.sources[0].name if s.sources else "invoer")


def _write_inputs(w: Writer, anchor: tuple[str, int, int], draft: Draft, intro: str = "") -> InputCells:
    """The Invoer sheet; the produced workbook's and the input workbook's are the same, so that one reader
    (inputs/produced_spec.py) reads both."""
    sheet, top, left = anchor
    d = draft
    w.put(sheet, top, left, "Invoer" if not intro else f"{d.title or 'Afrekening'}: invoer", "titel")
    w.put(sheet, top + 1, left, intro or w.text("invoer_uitleg"), "tekst")
    row = top + 3
    w.put(sheet, row, left, "ALGEMEEN", "sectie")
    general = (d.title, d.organisation, d.kenmerk, None if d.year is None else Decimal(d.year), method_label(d.method),
               d.reserve_label)
    for offset, (label, value) in enumerate(zip(GENERAL_ROWS, general), start=1):
        w.put(sheet, row + offset, left, label, "label")
        w.put(sheet, row + offset, left + 1, value, "invoer_getal" if label == "Jaar" else "invoer_tekst")
        w.put(sheet, row + offset, left + 2, d.source_name, "bron")
    w.book.define("inv_afr_algemeen", sheet, row + 1, left, (row + len(GENERAL_ROWS), left + 2))
    row += len(GENERAL_ROWS) + 2
    w.put(sheet, row, left, "Eenheid van het Overzicht (bedragen x)", "label")
    unit = w.put(sheet, row, left + 1, Decimal(d.unit), "invoer_getal")
    w.book.define("inv_afr_eenheid", sheet, unit.row, unit.col)
    row += 1
    w.put(sheet, row, left, "Resultaatbestemming: toevoeging aan reserve (euro; negatief: onttrekking)", "label")
    reserve = w.put(sheet, row, left + 1, d.reserve, "invoer_bedrag")
    w.put(sheet, row, left + 2, d.source_name, "bron")
    w.book.define("inv_afr_reserve", sheet, reserve.row, reserve.col)
    row += 1
    w.put(sheet, row, left, "Tolerantie voor controles op euro's", "label")
    tolerance = w.put(sheet, row, left + 1, Decimal("0.005"), "invoer_getal")
    w.book.define("Tolerantie", sheet, tolerance.row, tolerance.col)
    lines: dict[str, LineInput] = {}
    for side, title in ((LASTEN, "LASTEN"), (BATEN, "BATEN (exclusief bijdragen deelnemers)")):
        row += 2
        w.put(sheet, row, left, title, "sectie")
        row += 1
        header = row
        for c, text in enumerate(LINE_HEADERS):
            w.put(sheet, row, left + c, text, "kop")
        for line in d.lines(side) + (None,) * d.blank_rows:
            row += 1
            w.put(sheet, row, left, line and line.code, "invoer_tekst")
            w.put(sheet, row, left + 1, line and line.label, "invoer_tekst")
            b = w.put(sheet, row, left + 2, line and line.begroting, "invoer_bedrag")
            r = w.put(sheet, row, left + 3, line and line.realisatie, "invoer_bedrag")
            w.put(sheet, row, left + 4, line and Decimal(int(line.new)), "invoer_getal")
            if line is not None:
                lines[line_key(side, line.code)] = LineInput(b, r)
        w.book.define(f"inv_afr_{side}", sheet, header, left, (row, left + len(LINE_HEADERS) - 1))
    row += 2
    w.put(sheet, row, left, "DEELNEMERS: verdeelsleutel en voorschot (in de volgorde van de verdeelsleutel)", "sectie")
    row += 1
    header = row
    for c, text in enumerate(MEMBER_HEADERS):
        w.put(sheet, row, left + c, text, "kop")
    weights, takes_part, voorschot = [], [], {}
    for member in d.members:
        row += 1
        w.put(sheet, row, left, member.name, "label" if not intro else "invoer_tekst")
        weights.append(w.put(sheet, row, left + 1, member.weight, "invoer_getal"))
        takes_part.append(w.put(sheet, row, left + 2, Decimal(int(member.participates)), "invoer_getal"))
        voorschot[member.name] = w.put(sheet, row, left + 3, member.voorschot, "invoer_bedrag")
    w.book.define("inv_afr_deelnemers", sheet, header, left, (row, left + len(MEMBER_HEADERS) - 1))
    row += 2
    w.put(sheet, row, left, "Schaalfactor gewichten (10^decimalen, maakt ze geheel)", "label")
    scale = w.put(sheet, row, left + 1, Decimal(10) ** decimals_of([m.weight for m in d.members]), "invoer_getal")
    w.put(sheet, row + 1, left, "Vast bedrag per deelnemende gemeente (euro, vaste voet)", "label")
    fixed = w.put(sheet, row + 1, left + 1, d.fixed, "invoer_bedrag")
    w.put(sheet, row + 2, left, "Bron verdeelsleutel", "label")
    w.put(sheet, row + 2, left + 1, d.key_source or d.source_name, "bron")
    w.book.define("inv_afr_sleutel", sheet, row, left, (row + 2, left + 1))
    row += 4
    w.put(sheet, row, left, "TOELICHTING", "sectie")
    texts = d.toelichting + ("",) * (d.blank_rows // 4 if intro else 0)
    for offset, text in enumerate(texts or ("",), start=1):
        w.put(sheet, row + offset, left, text, "invoer_tekst")
    w.book.define("inv_toelichting", sheet, row + 1, left, (row + max(1, len(texts)), left))
    sheet_obj = w.book.sheet(sheet)
    sheet_obj.widths.setdefault(left, 48)
    for col in range(left + 1, left + 5):
        sheet_obj.widths.setdefault(col, 18)
    key = KeyCells(tuple(m.name for m in d.members), tuple(weights), tuple(takes_part), scale, fixed)
    return InputCells(unit, reserve, tolerance, lines, voorschot, key)


def render_input(draft: Draft, intro: str, template_path: str | Path | None = None) -> bytes:
    """An input workbook (``pyengine new afrekening``): the Invoer sheet alone, with empty cells to fill in;
    generate reads it as it reads a produced afrekening's Invoer."""
    from .xlsx import Book

    template = load_template(template_path or TEMPLATE, ANCHORS, STYLE_KEYS)
    book = Book(template.styles_xml, template.theme_xml, created="2000-01-01T00:00:00Z")
    book.title = f"{draft.title}: invoer".strip()
    _write_inputs(Writer(book, template), ("Invoer", 1, 1), draft, intro)
    book.sheet("Invoer").print_title_rows = None
    lay_out_pages(book)
    return book.to_bytes()


# ---- Berekening -----------------------------------------------------------------------------------------

def _write_workings(w: Writer, anchor: tuple[str, int, int], result: SettlementResult, inputs: InputCells,
                    facts: SplitFacts) -> Workings:
    sheet, top, left = anchor
    s = result.settlement
    w.put(sheet, top, left, "Berekening", "titel")
    w.put(sheet, top + 1, left, "Exacte bedragen in euro met live formules: A. het overzicht, B. de verdeling van de "
                                "netto kosten, C. per deelnemer de verrekening, D. de afronding voor het Overzicht.",
          "tekst")
    rows = [row for _heading, row in overview_rows(result) if row is not None]
    # A. exact euros, signs as shown (lasten and the reserve positive)
    header = top + 4
    w.put(sheet, header - 1, left, "A. BEDRAGEN IN EURO", "sectie")
    for c, text in enumerate(("Begroting", "Realisatie", "Verschil (realisatie - begroting)")):
        w.put(sheet, header, left + 1 + c, text, "kop")
    position = {row.key: header + 1 + i for i, row in enumerate(rows)}
    exact: dict[str, tuple[Ref, Ref, Ref]] = {
        row.key: tuple(Ref(sheet, position[row.key], left + 1 + c) for c in range(3)) for row in rows}  # type: ignore[misc]
    lasten = [line_key(LASTEN, line.code) for line in s.lasten]
    baten = [line_key(BATEN, line.code) for line in s.baten]
    voorschot_total = sum_of(list(inputs.voorschot.values()))
    for row in rows:
        r = position[row.key]
        total = row.kind == "total"
        w.put(sheet, r, left, row.label, "label_totaal" if total else "label")
        b, real, _verschil = exact[row.key]
        if row.key in inputs.lines:
            given = inputs.lines[row.key]
            parts = (given.begroting, given.realisatie)
        elif row.key in ("totaal_lasten", "totaal_baten"):
            members = lasten if row.key == "totaal_lasten" else baten
            parts = tuple(sum_of([exact[k][c] for k in members]) if members else 0 for c in (0, 1))
        elif row.key == "voorschotten":
            parts = (voorschot_total, voorschot_total)
        elif row.key == "reserve":
            parts = (0, inputs.reserve)
        elif row.key == "resultaat":
            parts = tuple(exact["voorschotten"][c] + exact["totaal_baten"][c] - exact["totaal_lasten"][c]
                          for c in (0, 1))
        else:  # te verrekenen
            parts = tuple(exact["resultaat"][c] - exact["reserve"][c] for c in (0, 1))
        style = "euro_totaal" if total else "euro"
        w.formula(sheet, r, left + 1, wrap(parts[0]), style)
        w.formula(sheet, r, left + 2, wrap(parts[1]), style)
        w.formula(sheet, r, left + 3, real - b, style)
    bottom = header + len(rows)
    net_row = bottom + 2
    w.put(sheet, net_row, left, "Netto kosten voor de deelnemers (werkelijke lasten - werkelijke baten + reserve)",
          "label_totaal")
    net_cost = w.formula(sheet, net_row, left + 2, exact["totaal_lasten"][1] - exact["totaal_baten"][1]
                         + exact["reserve"][1], "euro_totaal")
    # B. the split of the net cost
    top_b = net_row + 3
    w.put(sheet, top_b, left, f"B. VERDELING VAN DE NETTO KOSTEN ({method_text(s.method)}, in centen; bij gelijke "
                              "aanspraak gaat de bovenste deelnemer voor)", "sectie")
    split = write_split(w, sheet, top_b + 1, left, "te verdelen (euro)", net_cost, inputs.key, facts)
    # C. per member: percentage, definitieve bijdrage, verrekening
    top_c = split.bottom + 3
    w.put(sheet, top_c, left, "C. PER DEELNEMER: aandeel in % (afgerond op 0,01 met correctie, telt op tot 100), "
                              "definitieve bijdrage en verrekening (voorschot - definitieve bijdrage)", "sectie")
    headers = ("Deelnemer", "Exact aandeel %", "Correctie (0,01)", "Aandeel %", "Afstand tot exact %", "Voorschot",
               "Definitieve bijdrage", "Verrekening")
    for c, text in enumerate(headers):
        w.put(sheet, top_c + 1, left + c, text, "kop")
    weight_sum = sum_of(list(inputs.key.weights))
    percentage, distance, definitief, verrekening = {}, [], {}, {}
    for i, member in enumerate(result.members):
        r = top_c + 2 + i
        w.put(sheet, r, left, member.name, "label")
        exact_pct = w.formula(sheet, r, left + 1, inputs.key.weights[i] / weight_sum * 100, "getal")
        correction = member.percentage - Decimal(ROUND(exact_pct, 2).evaluate(w.book))
        fix = w.put(sheet, r, left + 2, correction, "correctie")
        percentage[member.name] = w.formula(sheet, r, left + 3, ROUND(exact_pct, 2) + fix, "euro")
        distance.append(w.formula(sheet, r, left + 4, ABS(percentage[member.name] - exact_pct), "getal"))
        voorschot = w.formula(sheet, r, left + 5, inputs.voorschot[member.name], "euro")
        definitief[member.name] = w.formula(sheet, r, left + 6, split.share_of(member.name), "euro")
        verrekening[member.name] = w.formula(sheet, r, left + 7, voorschot - definitief[member.name], "euro")
    # D. rounding for the Overzicht
    top_d = top_c + 3 + len(result.members)
    shown, footing, deviation, distances = _write_rounding(w, sheet, top_d, left, result, rows, exact, inputs.unit)
    sheet_obj = w.book.sheet(sheet)
    sheet_obj.widths.setdefault(left, 44)
    for col in range(left + 1, left + 12):
        sheet_obj.widths.setdefault(col, 16)
    sheet_obj.freeze = (header + 1, left + 1)
    return Workings(exact, shown, net_cost, definitief, verrekening, percentage, tuple(distance),
                    tuple(split.distances), split.threshold_proof, footing, deviation, distances)


def _write_rounding(w: Writer, sheet: str, top: int, left: int, result: SettlementResult, rows: list[Row],
                    exact: dict[str, tuple[Ref, Ref, Ref]], unit: Ref):
    """Block D: shown = ROUND(exact / eenheid; 0) + correctie, for begroting, realisatie and verschil."""
    s = result.settlement
    w.put(sheet, top, left, f"D. AFRONDING VOOR HET OVERZICHT ({in_units(s.unit)}): getoond = ROUND(exact / "
                            "eenheid; 0) + correctie", "sectie")
    headers = ("Correctie begroting", "Correctie realisatie", "Correctie verschil", "Getoond begroting",
               "Getoond realisatie", "Getoond verschil", "Afwijking b+v-r", "Afstand tot exact", "Telfout totaal")
    for c, text in enumerate(headers):
        w.put(sheet, top + 1, left + 1 + c, text, "kop")
    shown: dict[str, tuple[Ref, Ref, Ref]] = {}
    deviation, distance, footing = [], [], []
    for i, row in enumerate(rows):
        r = top + 2 + i
        total = row.kind == "total"
        w.put(sheet, r, left, row.label, "label_totaal" if total else "label")
        tree_correction = result.rounded.corrections[row.key]  # (begroting, verschil, realisatie) in tree signs
        corrections = (tree_correction[0], tree_correction[2], tree_correction[1])
        figures = []
        for c in range(3):
            fix = w.put(sheet, r, left + 1 + c, Decimal(row.sign * corrections[c]), "correctie")
            figures.append(w.formula(sheet, r, left + 4 + c, ROUND(exact[row.key][c] / unit, 0) + fix,
                                     "bedrag_totaal" if total else "bedrag"))
        shown[row.key] = tuple(figures)  # type: ignore[assignment]
        b, real, verschil = figures
        deviation.append(w.formula(sheet, r, left + 7, ABS(b + verschil - real), "getal"))
        distance.append(w.formula(sheet, r, left + 8, MAX(*[ABS(f - e / unit) for f, e in zip(figures, exact[row.key])]),
                                  "euro"))
    lasten = [line_key(LASTEN, line.code) for line in s.lasten]
    baten = [line_key(BATEN, line.code) for line in s.baten]
    for row in rows:
        if row.kind != "total":
            continue
        own = shown[row.key]
        if row.key in ("totaal_lasten", "totaal_baten"):
            members = lasten if row.key == "totaal_lasten" else baten
            parts = [sum_of([shown[k][c] for k in members]) if members else 0 for c in range(3)]
        elif row.key == "resultaat":
            parts = [shown["voorschotten"][c] + shown["totaal_baten"][c] - shown["totaal_lasten"][c] for c in range(3)]
        else:
            parts = [shown["resultaat"][c] - shown["reserve"][c] for c in range(3)]
        error = ABS(own[0] - parts[0]) + ABS(own[1] - parts[1]) + ABS(own[2] - parts[2])
        footing.append(w.formula(sheet, own[0].row, left + 9, error, "getal"))
    return shown, tuple(footing), tuple(deviation), tuple(distance)


# ---- Overzicht and Verdeling (presentation) ---------------------------------------------------------------

def _write_overview(w: Writer, title_anchor, table_anchor, result: SettlementResult, work: Workings) -> None:
    s = result.settlement
    sheet, row, col = title_anchor
    w.put(sheet, row, col, f"{s.title}", "titel")
    w.put(sheet, row + 1, col, " - ".join(p for p in (s.organisation, f"jaar {s.year}", s.kenmerk) if p), "ondertitel")
    t_sheet, top, left = table_anchor
    labels = [item.label for _heading, item in overview_rows(result) if item is not None]
    fit_column(w, t_sheet, left, labels, least=w.book.sheet(t_sheet).widths.get(left, 0))
    table = int((w.book.sheet(t_sheet).widths[left] + 3 * w.book.sheet(t_sheet).widths.get(left + 1, 18)) / TEXT_WIDTH)
    if paragraph(w, sheet, row + 2, col, w.text("overzicht_uitleg"), table) > top:
        raise RuntimeError("internal error: the Overzicht's explanation runs into its table")
    w.put(t_sheet, top, left, units_caption(s.unit, w.text('eenheid')), "bron")
    for c, key in enumerate(COLUMNS):
        w.put(t_sheet, top + 1, left + 1 + c, w.text(key), "kop")
    r = top + 1
    for heading, item in overview_rows(result):
        r += 1
        if item is None:
            w.put(t_sheet, r, left, w.text(heading), "sectie")
            continue
        total = item.kind == "total"
        w.put(t_sheet, r, left, item.label, "label_totaal" if total else "label")
        for c in range(3):
            w.formula(t_sheet, r, left + 1 + c, work.shown[item.key][c], "bedrag_totaal" if total else "bedrag")
    if s.toelichting:
        r += 2
        w.put(t_sheet, r, left, w.text("toelichting"), "sectie")
        r += 1
        for text in s.toelichting:
            r = paragraph(w, t_sheet, r, left, text, table)
    sheet_obj = w.book.sheet(t_sheet)
    sheet_obj.print_title_rows = (top + 1, top + 1)
    sheet_obj.show_grid = False


def _write_distribution(w: Writer, anchor, result: SettlementResult, inputs: InputCells, work: Workings) -> dict:
    sheet, top, left = anchor
    s = result.settlement
    w.put(sheet, top, left, f"{w.text('verdeling_titel')}: {s.title}", "titel")
    w.put(sheet, top + 1, left, " - ".join(p for p in (s.organisation, f"jaar {s.year}") if p), "ondertitel")
    if paragraph(w, sheet, top + 2, left, w.text("verdeling_uitleg"), int((36 + 7 * 17) / TEXT_WIDTH)) > top + 4:
        raise RuntimeError("internal error: the Verdeling's explanation runs into its table")
    w.put(sheet, top + 4, left, "Netto kosten (werkelijke lasten - werkelijke baten + reserve)", "label_totaal")
    w.formula(sheet, top + 4, left + 4, work.net_cost, "euro_totaal")
    headers = ("Deelnemer", "Gewicht", "Aandeel %", "Voorschot", "Definitieve bijdrage", "Verrekening",
               "Terug te ontvangen", "Bij te betalen")
    header = top + 6
    for c, text in enumerate(headers):
        w.put(sheet, header, left + c, text, "kop")
    columns: dict[str, list[Ref]] = {k: [] for k in ("voorschot", "definitief", "verrekening", "terug", "bij")}
    weights, percents = [], []
    for i, member in enumerate(result.members):
        r = header + 1 + i
        w.put(sheet, r, left, member.name, "label")
        weights.append(w.formula(sheet, r, left + 1, inputs.key.weights[i], "getal"))
        percents.append(w.formula(sheet, r, left + 2, work.percentage[member.name], "euro"))
        columns["voorschot"].append(w.formula(sheet, r, left + 3, inputs.voorschot[member.name], "euro"))
        columns["definitief"].append(w.formula(sheet, r, left + 4, work.definitief[member.name], "euro"))
        verrekening = w.formula(sheet, r, left + 5, work.verrekening[member.name], "euro")
        columns["verrekening"].append(verrekening)
        columns["terug"].append(w.formula(sheet, r, left + 6, IF(LT(verrekening, 0), 0, verrekening), "euro"))
        columns["bij"].append(w.formula(sheet, r, left + 7, IF(LT(verrekening, 0), -verrekening, 0), "euro"))
    first, last = header + 1, header + len(result.members)
    total_row = last + 1
    w.put(sheet, total_row, left, "Totaal", "label_totaal")
    w.formula(sheet, total_row, left + 1, sum_of(weights), "getal")
    w.formula(sheet, total_row, left + 2, sum_of(percents), "euro_totaal")
    totals = {}
    for c, key in enumerate(("voorschot", "definitief", "verrekening", "terug", "bij"), start=3):
        totals[key] = w.formula(sheet, total_row, left + c, sum_of(columns[key]), "euro_totaal")
    for name, col in (("afr_deelnemers", left), ("afr_voorschot", left + 3), ("afr_definitief", left + 4),
                      ("afr_verrekening", left + 5)):
        w.book.define(name, sheet, first, col, (last, col))
    sheet_obj = w.book.sheet(sheet)
    sheet_obj.widths.setdefault(left, 36)
    for col in range(left + 1, left + 8):
        sheet_obj.widths.setdefault(col, 17)
    sheet_obj.landscape = True
    sheet_obj.print_title_rows = (header, header)
    sheet_obj.freeze = (header + 1, left + 1)
    sheet_obj.show_grid = False
    return totals


__all__ = ["ANCHORS", "STYLE_KEYS", "TEMPLATE", "render_settlement", "settlement_input_hash", "split_facts"]
