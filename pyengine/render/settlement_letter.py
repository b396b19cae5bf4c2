"""The afrekening letter to one deelnemer (``--per-member``), a workbook like the others.

It states the gemeente's voorschot, definitieve bijdrage and the amount to be refunded or paid, the
reason in one sentence, and the regeling's totals beside it.

A letter is a workbook like the others (Brief, Berekening, Invoer, Controles, Herkomst): the figures on
Brief are live formulas over Berekening, which computes from Invoer. The member's definitieve bijdrage is
taken from the full split (the afrekening's Berekening, block B) and checked here against its exact quota
(netto kosten x gewicht / som gewichten, within one cent for the largest remainder).

Inputs are reachable by defined names: ``inv_brief`` (label | value | bron rows) and ``Tolerantie``.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from ..core.allocation import method_named
from .splits import method_text
from ..core.settlement import ROWS, SettlementResult
from .formula import ABS, GT, IF, LT
from .sheets import (SHARE_NOTE, SHARE_SHOWN_FROM, Checks, Writer, input_hash, lay_out_pages, share_shown,
                     write_member_heading, write_provenance)
from .splits import method_text
from .template import TEMPLATES_DIR, Template, template_for

TEMPLATE = TEMPLATES_DIR / "afrekening-brief.xlsx"
ANCHORS = ("br_start", "ber_start", "inv_start", "ctl_start", "hk_start")
STYLE_KEYS = ("titel", "ondertitel", "tekst", "bron", "kop", "sectie", "label", "label_totaal", "euro", "euro_totaal",
              "getal", "invoer_tekst", "invoer_bedrag", "invoer_getal", "controle")
INPUTS = ("Voorschot van de gemeente (euro)", "Definitieve bijdrage van de gemeente (euro, uit de volledige verdeling)",
          "Gewicht van de gemeente in de verdeelsleutel", "Gewichten van alle deelnemers samen", "Aandeel in de verdeelsleutel (%)",
          "Voorschotten alle deelnemers (euro)", "Werkelijke lasten (euro)", "Werkelijke baten (euro, exclusief "
          "bijdragen deelnemers)", "Toevoeging aan reserve (euro)")


def letter_input_hash(result: SettlementResult, member: str, template_sha: str) -> str:
    return input_hash(result.settlement.sources, template_sha, f"afrekeningsbrief {member}")


def render_letter(result: SettlementResult, member: str, template_path: str | Path | Template | None = None) -> bytes:
    """``template_path``: the template's path, or the template itself as read once for all letters."""
    template = template_for(template_path, TEMPLATE, ANCHORS, STYLE_KEYS)
    s = result.settlement
    own = result.member(member)
    book = template.new_book(created="2000-01-01T00:00:00Z")
    book.title = f"{s.title} {member}"
    w = Writer(book, template)
    source = s.sources[0].name if s.sources else "invoer"
    # Invoer
    sheet, top, left = write_member_heading(w, template.anchor("inv_start"), member, "Afrekening",
                                            f"{s.title}, {s.organisation}, jaar {s.year}")
    lasten = sum((line.realisatie for line in s.lasten), Decimal(0))
    baten = sum((line.realisatie for line in s.baten), Decimal(0))
    values = (own.voorschot, own.definitief, own.weight, sum(s.key.weights, Decimal(0)), own.percentage,
              sum(s.voorschotten.values(), Decimal(0)), lasten, baten, s.reserve)
    first = top + 6
    refs = []
    for offset, (label, value) in enumerate(zip(INPUTS, values)):
        r = first + offset
        w.put(sheet, r, left, label, "label")
        money = "euro" in label
        refs.append(w.put(sheet, r, left + 1, value, "invoer_bedrag" if money else "invoer_getal"))
        w.put(sheet, r, left + 2, f"{source}; de afrekening (blad Berekening)" if offset in (1, 4) else source, "bron")
    w.book.define("inv_brief", sheet, first, left, (first + len(INPUTS) - 1, left + 2))
    tolerance = w.put(sheet, first + len(INPUTS) + 1, left + 1, Decimal("0.005"), "invoer_getal")
    w.put(sheet, first + len(INPUTS) + 1, left, "Tolerantie voor controles op euro's", "label")
    w.book.define("Tolerantie", sheet, tolerance.row, tolerance.col)
    book.sheet(sheet).widths.update({left: 60, left + 1: 18, left + 2: 50})
    voorschot, definitief, weight, weight_sum, percentage, advances, real_lasten, real_baten, reserve = refs
    # Berekening
    sheet, top, left = template.anchor("ber_start")
    w.put(sheet, top, left, "Berekening", "titel")
    w.put(sheet, top + 1, left, "Netto kosten = werkelijke lasten - werkelijke baten + reserve; verrekening = voorschot "
                                "- definitieve bijdrage; resultaat = voorschotten + werkelijke baten - werkelijke "
                                "lasten.", "tekst")
    steps = {}
    rows = (("netto", "Netto kosten (alle deelnemers)", real_lasten - real_baten + reserve),
            ("quotum", "Exact aandeel in de netto kosten (netto kosten x gewicht / som gewichten)", None),
            ("verrekening", "Verrekening van de gemeente (voorschot - definitieve bijdrage)", voorschot - definitief),
            ("resultaat", "Resultaat (voorschotten + werkelijke baten - werkelijke lasten)",
             advances + real_baten - real_lasten),
            ("te_verrekenen", "Te verrekenen met alle deelnemers (resultaat - reserve)", None),
            ("overig_voorschot", "Voorschotten van de overige deelnemers", advances - voorschot),
            ("overig_definitief", "Definitieve bijdragen van de overige deelnemers", None),
            ("overig_verrekening", "Verrekening van de overige deelnemers", None))
    for offset, (key, label, expr) in enumerate(rows, start=3):
        r = top + offset
        w.put(sheet, r, left, label, "label")
        if key == "quotum":
            expr = steps["netto"] * weight / weight_sum
        elif key == "te_verrekenen":
            expr = steps["resultaat"] - reserve
        elif key == "overig_definitief":
            expr = steps["netto"] - definitief
        elif key == "overig_verrekening":
            expr = steps["overig_voorschot"] - steps["overig_definitief"]
        steps[key] = w.formula(sheet, r, left + 1, expr, "euro")
    book.sheet(sheet).widths.update({left: 70, left + 1: 18})
    # Brief
    sheet, top, left = template.anchor("br_start")
    w.put(sheet, top, left, s.organisation or s.title, "titel")
    w.put(sheet, top + 2, left, f"Aan het college van burgemeester en wethouders van de gemeente {member}", "tekst")
    w.put(sheet, top + 4, left, f"Onderwerp: {s.title}" + (f" (kenmerk {s.kenmerk})" if s.kenmerk else ""), "ondertitel")
    w.put(sheet, top + 6, left, w.text("aanhef"), "tekst")
    # a verrekening of 0,00 is neither refunded nor paid: 'niets te verrekenen', never 'krijgt geld terug'
    refund = IF(LT(steps["verrekening"], 0), "Door uw gemeente bij te betalen",
                IF(GT(steps["verrekening"], 0), "Door uw gemeente terug te ontvangen", "Niets te verrekenen"))
    w.put(sheet, top + 8, left, f"Het algemeen bestuur heeft de jaarrekening {s.year} vastgesteld. Hieronder staat de "
                                f"afrekening", "tekst")
    w.put(sheet, top + 9, left, f"van de bijdrage van uw gemeente over {s.year}.", "tekst")
    # short lines: the letter prints portrait at a size one reads (a long line would shrink the page)
    w.formula(sheet, top + 10, left, IF(
        LT(steps["verrekening"], 0),
        "Uw gemeente betaalt bij: haar definitieve bijdrage is hoger dan het voorschot.",
        IF(GT(steps["verrekening"], 0),
           "Uw gemeente krijgt geld terug: haar definitieve bijdrage is lager dan het voorschot.",
           "Er is niets te verrekenen: de definitieve bijdrage van uw gemeente is gelijk aan het voorschot.")),
        "tekst")
    header = top + 12
    for c, text in enumerate(("Bedragen in euro", "Voorschot", "Definitieve bijdrage", "Verrekening")):
        w.put(sheet, header, left + c, text, "kop")
    table = ((f"Gemeente {member}", voorschot, definitief, steps["verrekening"], "label"),
             ("Overige deelnemers", steps["overig_voorschot"], steps["overig_definitief"],
              steps["overig_verrekening"], "label"),
             ("Totaal alle deelnemers", advances, steps["netto"], steps["te_verrekenen"], "label_totaal"))
    shown = []
    for offset, (label, *amounts, style) in enumerate(table, start=1):
        r = header + offset
        w.put(sheet, r, left, label, style)
        shown.append([w.formula(sheet, r, left + 1 + c, amount, "euro_totaal" if style == "label_totaal" else "euro")
                      for c, amount in enumerate(amounts)])
    r = header + len(table) + 2
    w.formula(sheet, r, left, refund, "label_totaal")
    settle = w.formula(sheet, r, left + 3, ABS(steps["verrekening"]), "euro_totaal")
    r += 2
    w.put(sheet, r, left, "Aandeel van uw gemeente in de verdeelsleutel (%)", "label")
    # a share that is not zero never shows as 0,00 (the reader would take the member for one that pays nothing)
    w.formula(sheet, r, left + 3, share_shown(weight, percentage), "percentage")
    w.put(sheet, r + 1, left, f"Verdeelmethode: {method_text(s.method)}; de volledige verdeling "
                              f"staat in de afrekening {s.year} (blad Verdeling).", "bron")
    if own.weight > 0 and own.percentage < SHARE_SHOWN_FROM:
        w.put(sheet, r + 2, left, SHARE_NOTE[:1].upper() + SHARE_NOTE[1:], "bron")
    r += 3
    w.put(sheet, r, left, "De regeling als geheel (euro)", "sectie")
    totals = (("Werkelijke lasten", real_lasten), (ROWS["totaal_baten"].replace("Totaal baten", "Werkelijke baten"),
                                                   real_baten),
              (ROWS["voorschotten"], advances), (ROWS["resultaat"], steps["resultaat"]),
              (ROWS["reserve"] + (f" ({s.reserve_label})" if s.reserve_label else ""), reserve),
              (ROWS["te_verrekenen"], steps["te_verrekenen"]))
    for offset, (text, ref) in enumerate(totals, start=1):
        w.put(sheet, r + offset, left, text, "label")
        w.formula(sheet, r + offset, left + 3, ref, "euro")
    r += len(totals) + 3
    w.put(sheet, r, left, w.text("slot"), "tekst")
    w.put(sheet, r + 1, left, f"Het dagelijks bestuur van de {s.organisation}" if s.organisation else "Het dagelijks "
                                                                                                     "bestuur", "tekst")
    brief = book.sheet(sheet)
    brief.show_grid = False
    brief.letter = True  # portrait, whatever the officer calls the sheet
    brief.widths.update({left: 44, left + 1: 14, left + 2: 17, left + 3: 14})  # ~90 units: 80% on A4
    # Controles and Herkomst
    checks = Checks()
    tol = tolerance
    if method_named(s.method) == "largest_remainder" and not s.key.fixed_per_member:
        checks.add("de definitieve bijdrage ligt minder dan 1 cent van het exacte aandeel in de netto kosten",
                   LT(ABS(definitief - steps["quotum"]), Decimal("0.01")))
    checks.add("verrekening = voorschot - definitieve bijdrage",
               LT(ABS(shown[0][0] - shown[0][1] - shown[0][2]), tol))
    checks.add("gemeente + overige deelnemers = totaal alle deelnemers, elke kolom",
               LT(ABS(shown[0][0] + shown[1][0] - shown[2][0]) + ABS(shown[0][1] + shown[1][1] - shown[2][1])
                  + ABS(shown[0][2] + shown[1][2] - shown[2][2]), tol))
    checks.add("te verrekenen = voorschotten - netto kosten", LT(ABS(advances - steps["netto"] - steps["te_verrekenen"]),
                                                                tol))
    checks.add("het bedrag terug of bij = de verrekening", LT(ABS(settle - ABS(shown[0][2])), tol))
    master = checks.write(w, template.anchor("ctl_start"))
    rows_hk = [(f"Bron: {src.role}", f"{src.name} (SHA-256 {src.sha256})") for src in s.sources]
    rows_hk.append(("Afrekening", f"Deze brief volgt uit de afrekening {s.year} van de {s.organisation or s.title}; "
                                  "daar staat de verdeling over alle deelnemers, met formules."))
    write_provenance(w, template.anchor("hk_start"), rows_hk, master, letter_input_hash(result, member, template.sha256))
    book.evaluate_all()
    for what, ref, engine in (("verrekening", steps["verrekening"], own.verrekening),
                              ("te verrekenen", steps["te_verrekenen"], result.te_verrekenen),
                              ("netto kosten", steps["netto"], result.net_cost)):
        if book.value_at(ref.sheet, ref.row, ref.col) != engine:
            raise RuntimeError(f"internal error: the letter to {member} gives {what} "
                               f"{book.value_at(ref.sheet, ref.row, ref.col)}, the engine {engine}")
    lay_out_pages(book)
    return book.to_bytes()


__all__ = ["ANCHORS", "STYLE_KEYS", "TEMPLATE", "letter_input_hash", "render_letter"]
