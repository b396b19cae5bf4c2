"""The bijdrageoverzicht: one member's statement of what it pays under an amendment, per year.

It recomputes the member's share with live formulas from the amendment's inputs (its weight, the
sum of weights, the change to split) and takes from the full split only what a single member's
sheet cannot know: the rank of its remainder among all members and the units left over (both
stated as inputs, with their source). Controles compare the result with the amendment."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from ..core.allocation import explain_largest_remainder
from ..core.amendment import MEMBER_PREFIX, AmendmentResult
from .formula import ABS, IF, LE, LT, QUOTIENT, ROUND, SIGN
from .sheets import Checks, Writer, decimals_of, input_hash, write_provenance
from .template import TEMPLATES_DIR, load_template

TEMPLATE = TEMPLATES_DIR / "bijdrageoverzicht.xlsx"
ANCHORS = ("bo_titel", "bo_tabel", "ber_start", "inv_start", "ctl_start", "hk_start")
STYLE_KEYS = ("titel", "ondertitel", "tekst", "bron", "kop", "sectie", "label", "label_totaal", "euro", "euro_totaal",
              "getal", "invoer_tekst", "invoer_bedrag", "invoer_getal", "controle")


class SplitFacts:
    """Per year, the whole-cent split of the change over all members (computed once per amendment)."""

    def __init__(self, result: AmendmentResult) -> None:
        self.by_year = []
        for y, key in enumerate(result.amendment.keys):
            factor = 10 ** decimals_of(list(key.weights))
            weights = [int(w * factor) for w in key.weights]
            change = result.years[y].exact["gemeentelijke_bijdrage"][1]
            explained = explain_largest_remainder(int(abs(change) * 100), weights)
            self.by_year.append((factor, sum(weights), {n: i for i, n in enumerate(key.names)}, explained))


def statement_input_hash(result: AmendmentResult, member: str, template_sha: str) -> str:
    return input_hash(result.amendment.sources, template_sha, f"member {member}")


def render_statement(result: AmendmentResult, member: str, facts: SplitFacts | None = None,
                     template_path: str | Path | None = None) -> bytes:
    template = load_template(template_path or TEMPLATE, ANCHORS, STYLE_KEYS)
    facts = facts or SplitFacts(result)
    a = result.amendment
    book = template.new_book(created="2000-01-01T00:00:00Z")
    book.title = f"{template.text('titel')} {member}: begrotingswijziging {a.number}"
    w = Writer(book, template)
    spec_name = a.sources[0].name if a.sources else "invoer"
    # Invoer
    sheet, top, left = template.anchor("inv_start")
    w.put(sheet, top, left, "Invoer", "titel")
    w.put(sheet, top + 1, left, w.text("invoer_uitleg"), "tekst")
    w.put(sheet, top + 3, left, "Gemeente", "label")
    w.put(sheet, top + 3, left + 1, member, "invoer_tekst")
    w.put(sheet, top + 4, left, "Begrotingswijziging", "label")
    w.put(sheet, top + 4, left + 1, f"{a.number} {a.title} ({a.organisation})", "invoer_tekst")
    headers = ["Jaar", "Te verdelen wijziging gemeentelijke bijdrage (euro)", "Gewicht gemeente", "Som gewichten",
               "Schaalfactor gewichten", "Rang van de rest (volledige verdeling)", "Eenheden over (volledige verdeling)",
               "Begroting bijdrage (euro)", "Wijziging volgens de begrotingswijziging (euro)", "Bron"]
    row = top + 6
    for c, text in enumerate(headers):
        w.put(sheet, row, left + c, text, "kop")
    inputs = []
    for y, year in enumerate(a.years):
        row += 1
        factor, weight_sum, index, explained = facts.by_year[y]
        i = index[member]
        key = a.keys[y]
        values = [Decimal(year), result.years[y].exact["gemeentelijke_bijdrage"][1], key.weights[i],
                  Decimal(weight_sum) / factor, Decimal(factor), Decimal(explained.ranks[i]),
                  Decimal(explained.left_over), result.years[y].exact[MEMBER_PREFIX + member][0],
                  result.years[y].exact[MEMBER_PREFIX + member][1]]
        refs = [w.put(sheet, row, left + c, v, "invoer_getal" if c in (0, 2, 3, 4, 5, 6) else "invoer_bedrag")
                for c, v in enumerate(values)]
        w.put(sheet, row, left + len(values), f"{spec_name}; {key.source}; rang en eenheden over uit de volledige "
                                                 f"verdeling (begrotingswijziging {a.number}, blad Berekening)", "bron")
        inputs.append(refs)
    tolerance = w.put(sheet, row + 2, left + 1, Decimal("0.005"), "invoer_getal")
    w.put(sheet, row + 2, left, "Tolerantie voor controles op euro's", "label")
    book.sheet(sheet).widths.update({left + c: 18 for c in range(len(headers))})
    # Berekening
    sheet, top, left = template.anchor("ber_start")
    w.put(sheet, top, left, "Berekening", "titel")
    w.put(sheet, top + 1, left, "Aandeel = basis + eventueel een extra cent; basis = (centen x gewicht) gedeeld door "
                                "de som van de gewichten, naar beneden; de extra cent gaat naar de grootste resten.",
          "tekst")
    calc_headers = ["Jaar", "In centen", "Gewicht (geheel)", "Som gewichten (geheel)", "Basis (centen)", "Extra cent",
                    "Wijziging (euro)", "Exact aandeel (euro)", "Begroting (euro)", "Bijgestelde begroting (euro)"]
    row = top + 3
    for c, text in enumerate(calc_headers):
        w.put(sheet, row, left + c, text, "kop")
    shares, exacts, budgets, adjusted = [], [], [], []
    for y, refs in enumerate(inputs):
        row += 1
        year, change, weight, weight_sum, factor, rank, left_over, budget, published = refs
        w.formula(sheet, row, left, year, "getal")
        cents = w.formula(sheet, row, left + 1, ROUND(ABS(change) * 100, 0), "getal")
        whole = w.formula(sheet, row, left + 2, ROUND(weight * factor, 0), "getal")
        whole_sum = w.formula(sheet, row, left + 3, ROUND(weight_sum * factor, 0), "getal")
        base = w.formula(sheet, row, left + 4, QUOTIENT(cents * whole, whole_sum), "getal")
        extra = w.formula(sheet, row, left + 5, IF(LE(rank, left_over), 1, 0), "getal")
        shares.append(w.formula(sheet, row, left + 6, SIGN(change) * (base + extra) / 100, "euro"))
        exacts.append(w.formula(sheet, row, left + 7, change * whole / whole_sum, "euro"))
        budgets.append(w.formula(sheet, row, left + 8, budget, "euro"))
        adjusted.append(w.formula(sheet, row, left + 9, budgets[-1] + shares[-1], "euro"))
    book.sheet(sheet).widths.update({left + c: 18 for c in range(len(calc_headers))})
    # Bijdrageoverzicht (presentation)
    sheet, row, col = template.anchor("bo_titel")
    w.put(sheet, row, col, f"{w.text('titel')} {member}", "titel")
    w.put(sheet, row + 1, col, f"Begrotingswijziging {a.number} {a.title}, {a.organisation}", "ondertitel")
    sheet, top, left = template.anchor("bo_tabel")
    w.put(sheet, top, left, w.text("uitleg"), "tekst")
    for c, text in enumerate(("Jaar", w.text("begroting"), w.text("wijziging"), w.text("bijgesteld"))):
        w.put(sheet, top + 2, left + c, text, "kop")
    for y, refs in enumerate(inputs):
        r = top + 3 + y
        w.formula(sheet, r, left, refs[0], "getal")
        w.formula(sheet, r, left + 1, budgets[y], "euro")
        w.formula(sheet, r, left + 2, shares[y], "euro")
        w.formula(sheet, r, left + 3, adjusted[y], "euro")
    book.sheet(sheet).show_grid = False
    # Controles and Herkomst
    checks = Checks()
    for y, (year, refs) in enumerate(zip(a.years, inputs)):
        checks.add(f"{year}: de wijziging ligt minder dan 1 cent van het exacte aandeel", LT(ABS(shares[y] - exacts[y]),
                                                                                              Decimal("0.01")))
        checks.add(f"{year}: de wijziging is gelijk aan die in de begrotingswijziging", LT(ABS(shares[y] - refs[8]), tolerance))
    master = checks.write(w, template.anchor("ctl_start"))
    rows = [(f"Bron: {s.role}", f"{s.name} (SHA-256 {s.sha256})") for s in a.sources]
    rows.append(("Verdeling", "Grootste overschot (Hamilton) in centen over alle gemeenten van de verdeelsleutel; dit "
                              "overzicht rekent het aandeel van deze gemeente na. De volledige verdeling staat in de "
                              f"begrotingswijziging {a.number}."))
    write_provenance(w, template.anchor("hk_start"), rows, master, statement_input_hash(result, member, template.sha256))
    return book.to_bytes()
