"""The kostenverdeling workbook (seeds 003 and 004), written from a CostResult and a template.

Sheets: Kostenverdeling, Berekening, Invoer, Controles, Herkomst. Cost lines are computed from FTE x
rate or fixed amounts, onvoorzien from the other lines, and each year's total is split over the
members with the split formulas of ``splits``.

Inputs on the Invoer sheet are reachable by defined names: ``inv_algemeen`` (label | value | bron),
``inv_onvoorzien`` (the onvoorzien rows and the tolerance), ``inv_kostenregels`` (header + one row per cost
line), ``inv_capaciteit`` (header + one row per member, when there is capacity), ``inv_sleutel`` (header +
one row per member: weight, takes part, stands for; then the rows Schaalfactor, Vast bedrag and Bron)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from ..core.costs import CostResult
from .formula import ABS, LT, MAX, ROUND, Ref
from .sheets import (Checks, Writer, check_against_engine, input_hash, input_rows, lay_out_pages, new_writer, ranges_of,
                     source_rows, start_inputs, sum_of, table_head, write_provenance)
from .splits import KeyCells, SplitFacts, decimals_of, explain_split, write_key_inputs, write_split
from .template import TEMPLATES_DIR, load_template

TEMPLATE = TEMPLATES_DIR / "kostenverdeling.xlsx"
ANCHORS = ("kv_titel", "kv_tabel", "ber_start", "inv_start", "ctl_start", "hk_start")
STYLE_KEYS = ("titel", "ondertitel", "tekst", "bron", "kop", "sectie", "label", "label_totaal", "bedrag",
              "bedrag_totaal", "euro", "euro_totaal", "getal", "invoer_tekst", "invoer_bedrag", "invoer_getal",
              "controle")


@dataclass(frozen=True)
class LineCells:
    """One cost line's inputs: fte and rate, or a fixed amount; per year whether it applies (1/0)."""

    applies: tuple[Ref, ...]
    fte: Ref | None = None
    rate: Ref | None = None
    amount: Ref | None = None


@dataclass(frozen=True)
class CostInputs:
    contingency_rate: Ref
    contingency_amount: Ref | None
    tolerance: Ref
    lines: tuple[LineCells, ...]
    capacity: tuple[tuple[Ref, Ref, Ref], ...]  # per capacity row: hours per week, rate, weeks
    key: KeyCells


@dataclass(frozen=True)
class CostCalculation:
    """What the Berekening sheet publishes, per year unless said otherwise."""

    lines: tuple[tuple[Ref, ...], ...]  # per year, per cost line
    contingency: tuple[Ref, ...]
    total: tuple[Ref, ...]
    shares: tuple[tuple[Ref, ...], ...]  # per year, per member (key order)
    distances: tuple[tuple[Ref, ...], ...]
    capacity: tuple[Ref, ...]  # per capacity row
    capacity_total: Ref | None


def split_facts(result: CostResult) -> tuple[SplitFacts, ...]:
    """Per year, the engine's split of the total, explained (and checked: the capability check)."""
    d = result.distribution
    return tuple(explain_split(total, d.key, "largest_remainder", d.decimals) for total in result.total)


def cost_input_hash(result: CostResult, template_sha: str) -> str:
    return input_hash(result.distribution.sources, template_sha)


def render_costs(result: CostResult, template_path: str | Path | None = None) -> bytes:
    template = load_template(template_path or TEMPLATE, ANCHORS, STYLE_KEYS)
    d = result.distribution
    w = new_writer(template, d.title)
    book = w.book
    inputs = _inputs(w, template.anchor("inv_start"), result)
    calc = _calculation(w, template.anchor("ber_start"), result, inputs, split_facts(result))
    _document(w, template.anchor("kv_titel"), template.anchor("kv_tabel"), result, inputs, calc)
    tolerance = inputs.tolerance
    unit = Decimal(1).scaleb(-d.decimals)
    checks = Checks()
    for y, year in enumerate(d.years):
        checks.add(f"{year}: de bijdragen van de gemeenten tellen op tot het totaal",
                   LT(ABS(sum_of(list(calc.shares[y])) - calc.total[y]), tolerance))
        checks.add(f"{year}: elke bijdrage ligt minder dan {unit} euro van haar exacte aandeel",
                   LT(MAX(*ranges_of(list(calc.distances[y]))), unit))
        checks.add(f"{year}: totaal = kostenregels + onvoorzien",
                   LT(ABS(calc.total[y] - sum_of(list(calc.lines[y])) - calc.contingency[y]), tolerance))
    master = checks.write(w, template.anchor("ctl_start"))
    rows = source_rows(d.sources)
    if d.source_note:
        rows.append(("Document", d.source_note))
    rows += [("Kosten", "Formatieregels: fte x integrale kosten per fte van de schaal, op de cent afgerond. "
                        "Onvoorzien: " + ("een vastgesteld bedrag; het percentage van de overige regels staat ter "
                                          "vergelijking op Berekening." if d.contingency_amount is not None
                                          else f"{(d.contingency_rate or 0) * 100:f}% van de som van de overige regels.")),
             ("Verdeling", "Per jaar naar de verdeelsleutel met de methode van de grootste overschotten (Hamilton), in "
                           f"eenheden van {unit} euro; bij gelijke rest gaat de eerstgenoemde gemeente voor.")]
    write_provenance(w, template.anchor("hk_start"), rows, master, cost_input_hash(result, template.sha256))
    book.evaluate_all()
    check_against_engine(book, [(calc.total[y], total, f"total {year}")  # to the cent
                                for y, (year, total) in enumerate(zip(d.years, result.total))])
    check_against_engine(book, [(share, result.shares[y][name], f"share {name} {year}")
                                for y, year in enumerate(d.years) for name, share in zip(d.key.names, calc.shares[y])])
    lay_out_pages(book)
    return book.to_bytes()


def _inputs(w: Writer, anchor, result: CostResult) -> CostInputs:
    d = result.distribution
    spec_name = d.sources[0].name if d.sources else "invoer"
    rates_name = d.sources[1].name if len(d.sources) > 1 else "schaaltarieven"
    sheet, row, left = start_inputs(w, anchor)
    input_rows(w, sheet, row, left, [(label, value, spec_name) for label, value in (
        ("Titel", d.title), ("Organisatie", d.organisation), ("Document", d.source_note))], "invoer_tekst")
    row += 3
    w.book.define("inv_algemeen", sheet, row - 2, left, (row, left + 2))
    first_number = row + 1

    def number(label: str, value: Decimal, source: str) -> Ref:
        nonlocal row
        row += 1
        w.put(sheet, row, left, label, "label")
        ref = w.put(sheet, row, left + 1, value, "invoer_getal")
        w.put(sheet, row, left + 2, source, "bron")
        return ref

    contingency_rate = number("Onvoorzien: percentage van de overige regels", d.contingency_rate or Decimal(0),
                              spec_name)
    fixed = None
    if d.contingency_amount is not None:
        fixed = number("Onvoorzien: vastgesteld bedrag", d.contingency_amount, spec_name)
    tolerance = number("Tolerantie voor controles op euro's", Decimal("0.005"), "vaste waarde: een halve cent")
    w.book.define("inv_onvoorzien", sheet, first_number, left, (row, left + 2))
    w.book.define("Tolerantie", sheet, tolerance.row, tolerance.col)
    row += 2
    row = table_top = table_head(w, sheet, row, left, "KOSTENREGELS",
                                 ["Omschrijving", "Soort", "Schaal", "Fte", "Kosten per fte", "Vast bedrag"]
                                 + [f"Geldt in {year} (1/0)" for year in d.years] + ["Bron"])
    lines = []
    for line in d.lines:
        row += 1
        w.put(sheet, row, left, line.description, "invoer_tekst")
        w.put(sheet, row, left + 1, line.category, "invoer_tekst")
        if line.fte is not None:
            w.put(sheet, row, left + 2, Decimal(line.scale), "invoer_getal")
            fte = w.put(sheet, row, left + 3, line.fte, "invoer_getal")
            fte_cost = w.put(sheet, row, left + 4, d.rates.rate(line.scale, d.years[0]), "invoer_bedrag")
            amount = None
            source = f"{spec_name} [[formatie]]; tarief schaal {line.scale}: {rates_name}"
        else:
            fte = fte_cost = None
            amount = w.put(sheet, row, left + 5, line.amount, "invoer_bedrag")
            source = f"{spec_name} [[bedrag]]"
        applies = tuple(w.put(sheet, row, left + 6 + y, Decimal(1 if line.applies(year) else 0), "invoer_getal")
                        for y, year in enumerate(d.years))
        w.put(sheet, row, left + 6 + len(d.years), source, "bron")
        lines.append(LineCells(applies, fte, fte_cost, amount))
    w.book.define("inv_kostenregels", sheet, table_top, left, (row, left + 6 + len(d.years)))
    capacity = []
    if d.capacity:
        row += 2
        row = table_top = table_head(w, sheet, row, left, "CAPACITEIT",
                                     ("Gemeente", "Uren per week", "Uurtarief", "Weken", "Bron"))
        for item in d.capacity:
            row += 1
            w.put(sheet, row, left, item.name, "invoer_tekst")
            capacity.append(tuple(w.put(sheet, row, left + 1 + c, v, "invoer_getal")
                                  for c, v in enumerate((item.hours_per_week, item.rate, item.weeks))))
            w.put(sheet, row, left + 4, f"{spec_name} [[capaciteit]]", "bron")
        w.book.define("inv_capaciteit", sheet, table_top, left, (row, left + 4))
    row += 2
    w.put(sheet, row, left, "VERDEELSLEUTEL", "sectie")
    key, table_top, row = write_key_inputs(w, sheet, row, left, d.key)
    row -= 1  # the key's last row (Bron) is one below the row the lines after it count from
    w.book.define("inv_sleutel", sheet, table_top, left, (row + 1, left + 3))
    # the remaining inputs, so that the sheet holds every one (pyengine generate reads it back)
    row += 3
    w.put(sheet, row, left, "Decimalen bijdragen", "label")
    w.put(sheet, row, left + 1, Decimal(d.decimals), "invoer_getal")
    w.book.define("inv_decimalen", sheet, row, left + 1)
    for offset, (label, text) in enumerate((("Onvoorzien: omschrijving", d.contingency_label),
                                            ("Onvoorzien: toelichting", d.contingency_note)), start=1):
        w.put(sheet, row + offset, left, label, "label")
        w.put(sheet, row + offset, left + 1, text, "invoer_tekst")
    w.book.define("inv_onvoorzien_tekst", sheet, row + 1, left + 1, (row + 2, left + 1))
    book_sheet = w.book.sheet(sheet)
    book_sheet.widths.setdefault(left, 36)
    for col in range(left + 1, left + 8 + len(d.years)):
        book_sheet.widths.setdefault(col, 15)
    return CostInputs(contingency_rate, fixed, tolerance, tuple(lines), tuple(capacity), key)


def _calculation(w: Writer, anchor, result: CostResult, inputs: CostInputs, facts: tuple[SplitFacts, ...]
                 ) -> CostCalculation:
    sheet, top, left = anchor
    d = result.distribution
    years = d.years
    w.put(sheet, top, left, "Berekening", "titel")
    row = top + 2
    w.put(sheet, row, left, "A. KOSTEN PER JAAR (euro)", "sectie")
    row += 1
    w.put(sheet, row, left, "Omschrijving", "kop")
    for y, year in enumerate(years):
        w.put(sheet, row, left + 1 + y, str(year), "kop")
    lines: list[list[Ref]] = [[] for _ in years]
    for line, cells in zip(d.lines, inputs.lines):
        row += 1
        w.put(sheet, row, left, f"{line.description} ({line.category})" if line.category else line.description, "label")
        for y in range(len(years)):
            if cells.fte is not None:
                expr = ROUND(cells.fte * cells.rate, 2) * cells.applies[y]
            else:
                expr = ROUND(cells.amount, 2) * cells.applies[y]
            lines[y].append(w.formula(sheet, row, left + 1 + y, expr, "euro"))
    row += 1
    w.put(sheet, row, left, "Subtotaal (basis voor onvoorzien)", "label_totaal")
    base = [w.formula(sheet, row, left + 1 + y, sum_of(lines[y]), "euro_totaal") for y in range(len(years))]
    row += 1
    pct = inputs.contingency_rate
    w.put(sheet, row, left, "Percentage van de basis", "label")
    by_rate = [w.formula(sheet, row, left + 1 + y, ROUND(base[y] * pct, 2), "euro") for y in range(len(years))]
    row += 1
    w.put(sheet, row, left, d.contingency_label, "label")
    if inputs.contingency_amount is not None:
        fixed = inputs.contingency_amount
        contingency = [w.formula(sheet, row, left + 1 + y, ROUND(fixed, 2), "euro") for y in range(len(years))]
        row += 1
        w.put(sheet, row, left, "Verschil vastgesteld bedrag - percentage (ter informatie)", "label")
        for y in range(len(years)):
            w.formula(sheet, row, left + 1 + y, contingency[y] - by_rate[y], "euro")
    else:
        contingency = [w.formula(sheet, row, left + 1 + y, by_rate[y], "euro") for y in range(len(years))]
    row += 1
    w.put(sheet, row, left, "Totaal", "label_totaal")
    total = [w.formula(sheet, row, left + 1 + y, base[y] + contingency[y], "euro_totaal") for y in range(len(years))]
    capacity = []
    if d.capacity:
        row += 2
        w.put(sheet, row, left, "B. CAPACITEIT: uren per week x uurtarief x weken (euro)", "sectie")
        row += 1
        w.put(sheet, row, left, "Gemeente", "kop")
        w.put(sheet, row, left + 1, "Bedrag", "kop")
        for item, (hours, rate, weeks) in zip(d.capacity, inputs.capacity):
            row += 1
            w.put(sheet, row, left, item.name, "label")
            capacity.append(w.formula(sheet, row, left + 1, ROUND(hours * rate * weeks, 2), "euro"))
        row += 1
        w.put(sheet, row, left, "Totaal", "label_totaal")
        capacity_total = w.formula(sheet, row, left + 1, sum_of(capacity), "euro_totaal")
    else:
        capacity_total = None
    row += 2
    w.put(sheet, row, left, "C. VERDELING PER JAAR (grootste overschot; bij gelijke rest gaat de bovenste gemeente voor)",
          "sectie")
    shares, distances = [], []
    for y, year in enumerate(years):
        block = write_split(w, sheet, row + 1, left, f"{year}: te verdelen (euro)", total[y], inputs.key, facts[y])
        shares.append(block.shares)
        distances.append(block.distances)
        row = block.bottom + 2
    book_sheet = w.book.sheet(sheet)
    book_sheet.widths.setdefault(left, 50)
    for col in range(left + 1, left + 10 + len(years)):
        book_sheet.widths.setdefault(col, 15)
    return CostCalculation(tuple(map(tuple, lines)), tuple(contingency), tuple(total), tuple(shares),
                           tuple(distances), tuple(capacity), capacity_total)


def _document(w: Writer, title_anchor, table_anchor, result: CostResult, inputs: CostInputs,
              calc: CostCalculation) -> None:
    d = result.distribution
    sheet, row, col = title_anchor
    w.put(sheet, row, col, f"{w.text('titel')}: {d.title}", "titel")
    if d.organisation:
        w.put(sheet, row + 1, col, d.organisation, "ondertitel")
    sheet, top, left = table_anchor
    money = "euro" if d.decimals else "bedrag"
    money_total = "euro_totaal" if d.decimals else "bedrag_totaal"
    row = top
    w.put(sheet, row, left, w.text("kosten"), "sectie")
    row += 1
    w.put(sheet, row, left, w.text("omschrijving"), "kop")
    w.put(sheet, row, left + 1, "Soort", "kop")
    for y, year in enumerate(d.years):
        w.put(sheet, row, left + 2 + y, str(year), "kop")
    w.book.sheet(sheet).print_title_rows = (row, row)  # the years over every page (the Verdeling's are the same)
    for i, line in enumerate(d.lines):
        row += 1
        w.put(sheet, row, left, line.description, "label")
        w.put(sheet, row, left + 1, line.category, "label")
        for y in range(len(d.years)):
            w.formula(sheet, row, left + 2 + y, calc.lines[y][i], money)
    row += 1
    w.put(sheet, row, left, d.contingency_label, "label")
    for y in range(len(d.years)):
        w.formula(sheet, row, left + 2 + y, calc.contingency[y], money)
    row += 1
    w.put(sheet, row, left, w.text("totaal"), "label_totaal")
    for y in range(len(d.years)):
        w.formula(sheet, row, left + 2 + y, calc.total[y], money_total)
    if d.contingency_note:
        row += 1
        w.put(sheet, row, left, d.contingency_note, "bron")
    row += 2
    w.put(sheet, row, left, w.text("verdeling"), "sectie")
    row += 1
    w.put(sheet, row, left, w.text("gemeente"), "kop")
    w.put(sheet, row, left + 1, w.text("sleutel"), "kop")
    for y, year in enumerate(d.years):
        w.put(sheet, row, left + 2 + y, str(year), "kop")
    first = row + 1
    weight_style = "getal" if not decimals_of(list(d.key.weights)) else "euro"
    for i, member in enumerate(d.key.members):
        row += 1
        w.put(sheet, row, left, member.name, "label")
        w.formula(sheet, row, left + 1, inputs.key.weights[i], weight_style)
        for y in range(len(d.years)):
            w.formula(sheet, row, left + 2 + y, calc.shares[y][i], money)
    row += 1
    w.put(sheet, row, left, w.text("totaal"), "label_totaal")
    for y in range(len(d.years)):
        w.formula(sheet, row, left + 2 + y, sum_of([Ref(sheet, r, left + 2 + y) for r in range(first, row)]), money_total)
    if d.capacity:
        row += 2
        w.put(sheet, row, left, w.text("capaciteit"), "sectie")
        row += 1
        for c, key in enumerate(("gemeente", "uren", "uurtarief", "weken", "bedrag")):
            w.put(sheet, row, left + c, w.text(key), "kop")
        first = row + 1
        for i, item in enumerate(d.capacity):
            row += 1
            w.put(sheet, row, left, item.name, "label")
            for c in range(3):
                w.formula(sheet, row, left + 1 + c, inputs.capacity[i][c], "getal")
            w.formula(sheet, row, left + 4, calc.capacity[i], money)
        row += 1
        w.put(sheet, row, left, w.text("totaal"), "label_totaal")
        w.formula(sheet, row, left + 1, sum_of([Ref(sheet, r, left + 1) for r in range(first, row)]), "bedrag_totaal")
        w.formula(sheet, row, left + 4, calc.capacity_total, money_total)
    book_sheet = w.book.sheet(sheet)
    book_sheet.landscape = True
    book_sheet.show_grid = False
