"""The bijdrageoverzicht: one member's statement of what it pays under an amendment, per year.

It recomputes the member's share with live formulas from the amendment's inputs (its weight, the
sum of weights, the change to split, the fixed amount) and the same split expressions as the
amendment (``splits``), and takes from the full split only what a single member's sheet cannot know:
for the largest remainder the rank of its remainder and the units left over, for a divisor method the
threshold, its order on the threshold and the units on it (stated as inputs, with their source).
Controles compare the result with the amendment; the stored values must equal the engine's.

Inputs are reachable by defined names: ``inv_bijdrage`` (header + one row per year) and ``Tolerantie``."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from ..core.amendment import MEMBER_PREFIX, AmendmentResult
from .amendment_workbook import SPLIT_ROW, split_explanation, split_facts
from .formula import ABS, GE, IF, LT, ROUND, SIGN, Ref
from .sheets import (SHARE_NOTE, SHARE_SHOWN_FROM, Checks, Writer, input_hash, lay_out_pages, paragraph,
                     share_shown, weight_label, write_member_heading,
                     write_provenance)
from .splits import (SplitFacts, divisor_base, extra_unit, on_threshold, remainder_base, rest_by_weight,
                     share_in_euro, threshold_ceiling)
from .template import TEMPLATES_DIR, Template, template_for

TEMPLATE = TEMPLATES_DIR / "bijdrageoverzicht.xlsx"
ANCHORS = ("bo_titel", "bo_tabel", "ber_start", "inv_start", "ctl_start", "hk_start")
STYLE_KEYS = ("titel", "ondertitel", "tekst", "bron", "kop", "jaar", "sectie", "label", "label_totaal", "euro",
              "euro_totaal", "getal", "invoer_tekst", "invoer_bedrag", "invoer_getal", "controle")
COMMON_INPUTS = ("Jaar", "Te verdelen wijziging gemeentelijke bijdrage (euro)", "Gewicht gemeente", "Alle gewichten samen",
                 "Schaalfactor gewichten", "Neemt deel (1/0)", "Aantal deelnemende gemeenten",
                 "Vast bedrag per deelnemende gemeente (euro)")
METHOD_INPUTS = {"largest_remainder": ("Rang van de rest (volledige verdeling)", "Eenheden over (volledige verdeling)"),
                 "divisor": ("Drempel: teller (volledige verdeling)", "Drempel: noemer (volledige verdeling)",
                             "Volgorde op de drempel (volledige verdeling)",
                             "Eenheden op de drempel (volledige verdeling)")}
BUDGET_INPUTS = ("Begroting bijdrage (euro)", "Wijziging volgens de begrotingswijziging (euro)")


@dataclass(frozen=True)
class YearInputs:
    """One year's row on the statement's Invoer sheet."""

    year: Ref
    change: Ref  # the change in gemeentelijke bijdrage that the amendment splits
    weight: Ref
    weight_sum: Ref
    scale: Ref
    takes_part: Ref
    participants: Ref
    fixed: Ref  # euro per participating member
    from_full_split: tuple[Ref, ...]  # largest remainder: rank, left over; divisor: teller, noemer, order, units
    budget: Ref
    published: Ref  # the member's wijziging in the amendment


def statement_input_hash(result: AmendmentResult, member: str, template_sha: str) -> str:
    return input_hash(result.amendment.sources, template_sha, f"member {member}")


def _method_values(facts: SplitFacts, i: int) -> tuple[Decimal, ...]:
    if facts.method == "largest_remainder":
        return Decimal(facts.ranks[i]), Decimal(facts.left_over)
    return (Decimal(facts.threshold[0]), Decimal(facts.threshold[1]), Decimal(facts.tie_orders[i]),
            Decimal(facts.tie_units))


def render_statement(result: AmendmentResult, member: str, facts: tuple[SplitFacts, ...] | None = None,
                     template_path: str | Path | Template | None = None) -> bytes:
    """``facts``: the amendment's split per year (``split_facts``), computed once for all statements;
    ``template_path``: the template's path, or the template itself as read once for all statements."""
    template = template_for(template_path, TEMPLATE, ANCHORS, STYLE_KEYS)
    facts = split_facts(result) if facts is None else facts
    a = result.amendment
    book = template.new_book(created="2000-01-01T00:00:00Z")
    book.title = f"{template.text('titel')} {member}: begrotingswijziging {a.number}"
    w = Writer(book, template)
    spec_name = a.sources[0].name if a.sources else "invoer"
    method_kind = "largest_remainder" if facts[0].method == "largest_remainder" else "divisor"
    # Invoer
    sheet, top, left = write_member_heading(w, template.anchor("inv_start"), member, "Begrotingswijziging",
                                            f"{a.number} {a.title} ({a.organisation})")
    headers = COMMON_INPUTS + METHOD_INPUTS[method_kind] + BUDGET_INPUTS + ("Bron",)
    row = top + 6
    table_top = row
    for c, text in enumerate(headers):
        w.put(sheet, row, left + c, text, "kop")
    inputs = []
    for y, year in enumerate(a.years):
        row += 1
        split = facts[y]
        key = a.keys[y]
        i = key.position(member)
        values = [Decimal(year), result.years[y].exact[SPLIT_ROW][1], key.members[i].effective_weight,
                  Decimal(split.weight_total) / split.scale, Decimal(split.scale), Decimal(int(split.participates[i])),
                  Decimal(split.participant_count), key.fixed_per_member, *_method_values(split, i),
                  result.years[y].exact[MEMBER_PREFIX + member][0], result.years[y].exact[MEMBER_PREFIX + member][1]]
        money = (1, 7, len(values) - 2, len(values) - 1)
        refs = [w.put(sheet, row, left + c, v, "invoer_bedrag" if c in money else "invoer_getal")
                for c, v in enumerate(values)]
        w.put(sheet, row, left + len(values), f"{spec_name}; {key.source}; rang, drempel en eenheden uit de volledige "
                                                 f"verdeling (begrotingswijziging {a.number}, blad Berekening)", "bron")
        inputs.append(YearInputs(*refs[:8], tuple(refs[8:-2]), refs[-2], refs[-1]))
    w.book.define("inv_bijdrage", sheet, table_top, left, (row, left + len(headers) - 1))
    tolerance = w.put(sheet, row + 2, left + 1, Decimal("0.005"), "invoer_getal")
    w.put(sheet, row + 2, left, "Tolerantie voor controles op euro's", "label")
    w.book.define("Tolerantie", sheet, tolerance.row, tolerance.col)
    book.sheet(sheet).widths.update({left + c: 18 for c in range(len(headers))})
    # Berekening
    sheet, top, left = template.anchor("ber_start")
    w.put(sheet, top, left, "Berekening", "titel")
    if method_kind == "largest_remainder":
        w.put(sheet, top + 1, left, "Aandeel = vast bedrag + basis + eventueel een extra cent; basis = (centen naar "
                                    "gewicht x gewicht) gedeeld door de som van de gewichten, naar beneden; de extra "
                                    "cent gaat naar de grootste resten.", "tekst")
        steps = ("Basis (centen)", "Extra cent")
    else:
        w.put(sheet, top + 1, left, "Aandeel = vast bedrag + basis + eventueel een extra cent; basis = het aantal "
                                    "quotiënten gewicht / deler boven de drempel; op de drempel gaat de extra cent naar "
                                    "de eerstgenoemde gemeenten.", "tekst")
        steps = ("Plafond (gewicht x noemer / teller, omhoog)", "Basis (centen)", "Op de drempel (1/0)", "Extra cent")
    # (not "Som gewichten": a column headed "Som ..." reads as the sum of the columns before it)
    calc_headers = ("Jaar", "In centen", "Gewicht (geheel)", "Alle gewichten samen (geheel)", "Vast (centen)",
                    "Naar gewicht (centen)") + steps + ("Wijziging (euro)", "Exact aandeel (euro)", "Begroting (euro)",
                                                        "Bijgestelde begroting (euro)")
    row = top + 3
    for c, text in enumerate(calc_headers):
        w.put(sheet, row, left + c, text, "kop")
    shares, exacts, budgets, adjusted = [], [], [], []
    for y, given in enumerate(inputs):
        row += 1
        change, takes_part = given.change, given.takes_part
        col = iter(range(left, left + len(calc_headers)))
        w.formula(sheet, row, next(col), given.year, "jaar")
        cents = w.formula(sheet, row, next(col), ROUND(ABS(change) * 100, 0), "getal")
        whole = w.formula(sheet, row, next(col), ROUND(given.weight * given.scale, 0), "getal")
        whole_sum = w.formula(sheet, row, next(col), ROUND(given.weight_sum * given.scale, 0), "getal")
        fixed = w.formula(sheet, row, next(col), ROUND(given.fixed * 100, 0), "getal")
        rest = w.formula(sheet, row, next(col), rest_by_weight(cents, fixed, given.participants), "getal")
        if method_kind == "largest_remainder":
            rank, left_over = given.from_full_split
            base = w.formula(sheet, row, next(col), remainder_base(rest, whole, whole_sum), "getal")
            extra = w.formula(sheet, row, next(col), extra_unit(rank, left_over), "getal")
        else:
            numerator, denominator, order, tie_units = given.from_full_split
            method = facts[y].method
            ceiling = w.formula(sheet, row, next(col), threshold_ceiling(whole, numerator, denominator), "getal")
            base = w.formula(sheet, row, next(col), divisor_base(method, ceiling), "getal")
            tie = w.formula(sheet, row, next(col), on_threshold(method, ceiling, whole, numerator, denominator),
                            "getal")
            extra = w.formula(sheet, row, next(col), extra_unit(order, tie_units, tie), "getal")
        shares.append(w.formula(sheet, row, next(col), share_in_euro(change, base + extra + fixed * takes_part, 100),
                                "euro"))
        exacts.append(w.formula(sheet, row, next(col), SIGN(change) * (fixed * takes_part + rest * whole / whole_sum)
                                / 100, "euro"))
        budgets.append(w.formula(sheet, row, next(col), given.budget, "euro"))
        adjusted.append(w.formula(sheet, row, next(col), budgets[-1] + shares[-1], "euro"))
    book.sheet(sheet).widths.update({left + c: 18 for c in range(len(calc_headers))})
    # Bijdrageoverzicht (presentation): a letter to the member's college van B&W
    _write_letter(w, template, result, member, facts, inputs, budgets, shares, adjusted)
    # Controles and Herkomst
    checks = Checks()
    for y, (year, given) in enumerate(zip(a.years, inputs)):
        if method_kind == "largest_remainder":  # a divisor method may give more than a cent off the quota
            checks.add(f"{year}: de wijziging ligt minder dan 1 cent van het exacte aandeel",
                       LT(ABS(shares[y] - exacts[y]), Decimal("0.01")))
        checks.add(f"{year}: de wijziging is gelijk aan die in de begrotingswijziging",
                   LT(ABS(shares[y] - given.published), tolerance))
        if facts[y].fixed_units:
            checks.add(f"{year}: een deelnemende gemeente betaalt minstens het vaste bedrag (vaste voet)",
                       GE(ABS(shares[y]), given.fixed * given.takes_part))
    master = checks.write(w, template.anchor("ctl_start"))
    rows = [(f"Bron: {s.role}", f"{s.name} (SHA-256 {s.sha256})") for s in a.sources]
    rows.append(("Verdeling", split_explanation(a.method, a.keys) + " Dit overzicht rekent het aandeel van deze "
                              f"gemeente na. De volledige verdeling staat in de begrotingswijziging {a.number}."))
    write_provenance(w, template.anchor("hk_start"), rows, master, statement_input_hash(result, member, template.sha256))
    book.evaluate_all()
    for y, share in enumerate(shares):  # the statement must agree with the engine, to the cent
        engine = result.years[y].exact[MEMBER_PREFIX + member][1]
        if book.value_at(share.sheet, share.row, share.col) != engine:
            raise RuntimeError(f"internal error: bijdrageoverzicht {member} {a.years[y]} differs from the engine ({engine})")
    lay_out_pages(book)
    return book.to_bytes()


LETTER_COLUMNS = (("Jaar", 7), ("Begroting", 16), ("Wijziging", 13), ("Bijgestelde begroting", 17),
                  ("Te betalen of terug", 19), ("Gewicht", 16), ("Aandeel (%)", 9))
LETTER_WIDTH = 96  # characters of Arial 10 across the columns above: a wrapped line stays on the A4 page


def _write_letter(w: Writer, template, result: AmendmentResult, member: str, facts: tuple[SplitFacts, ...],
                  inputs: list[YearInputs], budgets: list[Ref], shares: list[Ref], adjusted: list[Ref]) -> None:
    """The statement as a letter: addressed to the college van B&W, the GR, kenmerk and date, then per year what
    the member pays (a positive amount; a refund says so), its weight in the key and its share."""
    a = result.amendment
    sheet, row, left = template.anchor("bo_titel")
    organisation = a.organisation or a.title
    w.put(sheet, row, left, organisation, "titel")
    w.put(sheet, row + 1, left, f"{w.text('titel')} begrotingswijziging {a.number} {a.title}", "ondertitel")
    row += 3
    w.put(sheet, row, left, f"Aan het college van burgemeester en wethouders van de gemeente {member}", "tekst")
    row += 2
    for label, value in (("Kenmerk", a.kenmerk or "..."), ("Datum", a.adopted_on or "..."),
                         ("Onderwerp", f"Uw bijdrage na begrotingswijziging {a.number} {a.title}")):
        w.put(sheet, row, left, f"{label}: {value}", "tekst")
        row += 1
    row += 1
    w.put(sheet, row, left, "Geacht college,", "tekst")
    row = paragraph(w, sheet, row + 2, left, (
        f"Met begrotingswijziging {a.number} {a.title} verandert de bijdrage van de gemeenten aan {organisation}. "
        "De wijziging van de gemeentelijke bijdrage is over de gemeenten verdeeld naar de verdeelsleutel. Hieronder "
        f"staat per jaar wat dit betekent voor de gemeente {member}: uw bijdrage volgens de begroting, de wijziging "
        "en uw bijdrage volgens de bijgestelde begroting, in euro. Een positief bedrag betaalt u; een negatief bedrag "
        "ontvangt u terug."), LETTER_WIDTH)
    top = max(row + 1, template.anchor("bo_tabel")[1])
    tiny = []  # per year: the member has a weight, but its share would show as 0,00 (shown as '< 0,01')
    for key, split in zip(a.keys, facts):
        i = key.position(member)
        scaled = key.members[i].effective_weight * split.scale if split.participates[i] else 0
        tiny.append(0 < scaled * 100 < SHARE_SHOWN_FROM * split.weight_total)
    weight_name = weight_label(a.keys[0].origin or a.keys[0].source) if a.keys else "Gewicht"
    # the headings the officer can reword in the template's table teksten (Opmaak)
    own = {"Begroting": w.text("begroting"), "Wijziging": w.text("wijziging"),
           "Bijgestelde begroting": w.text("bijgesteld"),
           "Gewicht": w.text("gewicht") + weight_name[len("Gewicht"):]}
    for c, (text, _width) in enumerate(LETTER_COLUMNS):
        w.put(sheet, top, left + c, own.get(text, text), "kop")
    for y, given in enumerate(inputs):
        r = top + 1 + y
        w.formula(sheet, r, left, given.year, "jaar")
        # a contribution is a baat of the GR (negative there): the member reads what it pays, positive
        w.formula(sheet, r, left + 1, -budgets[y], "euro")
        w.formula(sheet, r, left + 2, -shares[y], "euro")
        pays = w.formula(sheet, r, left + 3, -adjusted[y], "euro")
        # centred under its heading, clear of the amount beside it
        w.formula(sheet, r, left + 4, IF(LT(pays, 0), "terug te ontvangen", "te betalen"), "jaar")
        w.formula(sheet, r, left + 5, given.weight * given.takes_part, "getal")
        weight = given.weight * given.takes_part
        # '< 0,01' is text: centred as the text beside it, clear of the weight before it ('7< 0,01' misreads)
        w.formula(sheet, r, left + 6, share_shown(weight, ROUND(weight / given.weight_sum * 100, 2)),
                  "jaar" if tiny[y] else "percentage")
    row = top + 1 + len(inputs)
    row = paragraph(w, sheet, row + 1, left, (
        f"Aandeel: het gewicht van uw gemeente als percentage van de som van de gewichten van de deelnemende "
        f"gemeenten (verdeelsleutel: {(a.keys[0].origin or a.keys[0].source) if a.keys else ''})"
        + ("; " + SHARE_NOTE if any(tiny) else ".")), LETTER_WIDTH, "bron")
    row = paragraph(w, sheet, row + 1, left, "Met vriendelijke groet,", LETTER_WIDTH)
    sender = a.adopted_by or f"het dagelijks bestuur van {organisation}"
    w.put(sheet, row, left, sender[:1].upper() + sender[1:], "tekst")
    sheet_obj = w.book.sheet(sheet)
    for c, (_text, width) in enumerate(LETTER_COLUMNS):  # where the template sets none (ours sets these)
        sheet_obj.widths.setdefault(left + c, width)
    sheet_obj.show_grid = False
    sheet_obj.print_title_rows = None
    sheet_obj.letter = True  # portrait, whatever the officer calls the sheet

