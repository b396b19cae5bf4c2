"""The sleutelvergelijking workbook, written from a ComparisonResult and a template.

Sheets: Sleutelvergelijking (per member key A, key B, the difference in euros and per inwoner, voordeel
or nadeel, for the first year; the ingroeipad per member per year), Per gemeente (a statement per
member), Grafiek (the path as a chart), Berekening (the splits by A and by B, and the exact split of the
blend per year), Invoer, Controles, Herkomst.

The blend share_A + (share_B - share_A) x k / N is split in native formulas that stay exact in Excel's
doubles: with a, b the whole weights and A, B their sums, a member's quota is (X + R / (A x B)) / N with
X = qa x (N - k) + qb x k and R = ra x B x (N - k) + rb x A x k, where qa, ra are the quotient and the
rest of units x a / A (and qb, rb of B). Every integer stays below N x A x B (checked before writing).

Defined names: ``vgl_deelnemers`` (the members), ``vgl_sleutel_a`` and ``vgl_sleutel_b`` (per member, euros,
the first year), ``vgl_pad`` (members x years, euros)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from ..core.comparison import ComparisonResult
from ..core.keys import Key
from ..inputs.schema import MERGE_RULES
from .formula import (ABS, CONCAT, COUNTIF, EQ, GT, IF, LE, LT, MAX, MIN, QUOTIENT, ROUND, SIGN, SUM, Area, Expr,
                      Ref)
from .sheets import (Checks, Writer, check_against_engine, general_inputs, input_hash, lay_out_pages, new_writer,
                     no_negatives, print_setup, ranges_of, source_rows, sum_of, table_head, validate,
                     own_title, titled, write_heading, write_provenance, write_statements, write_texts, years_text)
from .splits import EXCEL_EXACT, KeyCells, SplitRefused, decimals_of, explain_split, key_inputs_hold, write_split
from .template import TEMPLATES_DIR, load_template
from .xlsx import Chart

KIND_WORD = "Sleutelvergelijking"  # the kind, as the template's title says it (a title repeating it adds nothing)
TEMPLATE = TEMPLATES_DIR / "sleutelvergelijking.xlsx"
ANCHORS = ("vg_titel", "vg_tabel", "pg_start", "gr_start", "ber_start", "inv_start", "ctl_start", "hk_start")
STYLE_KEYS = ("titel", "ondertitel", "tekst", "bron", "kop", "jaar", "sectie", "label", "label_totaal", "bedrag",
              "bedrag_totaal", "euro", "getal", "invoer_tekst", "invoer_bedrag", "invoer_getal", "controle")


@dataclass(frozen=True)
class ComparisonInputs:
    amounts: tuple[Ref, ...]  # per year
    years: tuple[Ref, ...]  # per year, the year as a number
    steps: Ref  # N (0 = key B at once)
    start: Ref  # the year of step 1
    key_a: KeyCells
    key_b: KeyCells
    inhabitants: tuple[Ref, ...] | None
    tolerance: Ref


@dataclass(frozen=True)
class ComparisonCalculation:
    by_a: tuple[tuple[Ref, ...], ...]  # per year, per member
    by_b: tuple[tuple[Ref, ...], ...]
    path: tuple[tuple[Ref, ...], ...]
    step: tuple[Ref, ...]  # per year
    path_n: Ref  # N of the blend (1 for a change at once)
    distances: tuple[tuple[Ref, ...], ...]  # per year: path share to its exact blend quota
    from_b: tuple[tuple[Ref, ...], ...]  # per year: |path - by B|


def name_parts(result: ComparisonResult) -> tuple[str, str]:
    c = result.comparison
    return own_title(c.title, KIND_WORD, c.years), years_text(c.years)


def _whole(key: Key) -> list[int]:
    scale = 10 ** decimals_of(list(key.weights))
    return [int(w * scale) for w in key.weights]


def check(result: ComparisonResult) -> None:
    """Refuse (SplitRefused) what the formulas cannot compute exactly, before anything is written."""
    c = result.comparison
    for amount in c.amounts:
        explain_split(amount, c.key_a, "largest_remainder", c.decimals)
        explain_split(amount, c.key_b, "largest_remainder", c.decimals)
    a, b = _whole(c.key_a), _whole(c.key_b)
    units = max(abs(int(amount)) for amount in c.amounts)
    if c.path_steps * sum(a) * sum(b) >= EXCEL_EXACT or units * max(max(a), max(b)) >= EXCEL_EXACT:
        raise SplitRefused("the two keys' weights are too large for exact Excel formulas of the ingroeipad "
                           "(use fewer decimals in the keys)", "gewichten")


def input_hash_of(result: ComparisonResult, template_sha: str) -> str:
    return input_hash(result.comparison.sources, template_sha)


def render(result: ComparisonResult, template_path: str | Path | None = None) -> bytes:
    check(result)
    template = load_template(template_path or TEMPLATE, ANCHORS, STYLE_KEYS)
    c = result.comparison
    w = new_writer(template, own_title(c.title, KIND_WORD, c.years) or years_text(c.years))
    book = w.book
    inputs = _inputs(w, template.anchor("inv_start"), result)
    calc = _calculation(w, template.anchor("ber_start"), result, inputs)
    tables = _document(w, template.anchor("vg_titel"), template.anchor("vg_tabel"), result, inputs, calc)
    _per_member(w, template.anchor("pg_start"), result, calc)
    _chart(w, template.anchor("gr_start"), result, calc)
    tolerance = inputs.tolerance
    checks = Checks()
    checks.add("Invoer: geen bedrag per jaar is negatief", no_negatives(inputs.amounts))
    for label, key in (("sleutel A", inputs.key_a), ("sleutel B", inputs.key_b)):
        checks.add(f"Invoer: {label}: geen gewicht is negatief en de gewichten tellen op tot meer dan 0",
                   key_inputs_hold(key))
    for y, year in enumerate(c.years):
        for label, shares in (("sleutel A", calc.by_a[y]), ("sleutel B", calc.by_b[y]), ("het ingroeipad", calc.path[y])):
            checks.add(f"{year}: de bijdragen naar {label} tellen op tot het bedrag",
                       LT(ABS(sum_of(list(shares)) - inputs.amounts[y]), tolerance))
        checks.add(f"{year}: elke bijdrage op het pad ligt minder dan 1 euro van haar exacte aandeel in de mengsleutel",
                   LT(MAX(*ranges_of(list(calc.distances[y]))), 1))
        checks.add(f"{year}: in de laatste stap van het pad (en daarna) is de bijdrage die naar sleutel B",
                   IF(EQ(calc.step[y], calc.path_n), LT(MAX(*ranges_of(list(calc.from_b[y]))), tolerance), True))
        checks.add(f"{year}: het totaal van het ingroeipad is het bedrag",
                   LT(ABS(tables[y] - inputs.amounts[y]), tolerance))
    master = checks.write(w, template.anchor("ctl_start"))
    rows = source_rows(c.sources)
    rows += [("Sleutels", "Sleutel A en sleutel B verdelen elk het bedrag van het jaar exact (grootste overschot, "
                          "hele euro's; bij gelijke rest gaat de eerstgenoemde gemeente voor)."),
             ("Ingroeipad", "In stap k van N betaalt een gemeente de exacte verdeling van aandeel A + (aandeel B - "
                            "aandeel A) x k / N; vóór het pad sleutel A, vanaf de laatste stap sleutel B. "
                            "N = 0: sleutel B meteen.")]
    rows += [("Opmerking", note) for note in c.notes]
    write_provenance(w, template.anchor("hk_start"), rows, master, input_hash_of(result, template.sha256))
    book.evaluate_all()
    check_against_engine(book, [(ref, value, f"{ref} {year}")  # the workbook must agree with the engine, to the euro
                                for y, year in enumerate(c.years)
                                for engine, refs in ((result.by_a[y], calc.by_a[y]), (result.by_b[y], calc.by_b[y]),
                                                     (result.path[y], calc.path[y]))
                                for value, ref in zip(engine, refs)])
    lay_out_pages(book)
    return book.to_bytes()


def _inputs(w: Writer, anchor, result: ComparisonResult) -> ComparisonInputs:
    c = result.comparison
    spec_name = c.sources[0].name if c.sources else "invoer"
    sheet, row, left, (steps, start, tolerance) = general_inputs(w, anchor, [
        ("Titel", c.title, spec_name, ()), ("Organisatie", c.organisation, spec_name, ()),
        ("Herindeling (melden of samenvoegen)", c.merge_rule, spec_name, MERGE_RULES)], [
        ("Ingroei: jaren van het pad (N; 0 = sleutel B meteen)", Decimal(c.steps), f"{spec_name} ingroei", "steps"),
        ("Eerste jaar van het pad (stap 1)", Decimal(c.first_step_year), f"{spec_name} ingroei_vanaf", "year")])
    row += 2
    row = table_top = table_head(w, sheet, row, left, "BEDRAG PER JAAR (euro)", ("Jaar", "Bedrag", "Bron"))
    years, amounts = [], []
    for year, amount in zip(c.years, c.amounts):
        row += 1
        years.append(w.put(sheet, row, left, Decimal(year), "invoer_getal"))
        amounts.append(w.put(sheet, row, left + 1, amount, "invoer_bedrag"))
        w.put(sheet, row, left + 2, f"{spec_name} bedrag", "bron")
    w.book.define("inv_vgl_bedragen", sheet, table_top, left, (row, left + 2))
    validate(w, sheet, years[0], years[-1], kind="year")
    validate(w, sheet, amounts[0], amounts[-1], kind="amount")
    row += 2
    headers = ["Gemeente", "Gewicht sleutel A", "Gewicht sleutel B", "Neemt deel (1/0)"]
    if c.population is not None:
        headers.append("Inwoners")
    row = table_top = table_head(w, sheet, row, left, "SLEUTELS", headers)
    weights_a, weights_b, takes_part, inhabitants = [], [], [], []
    for i, name in enumerate(c.members):
        row += 1
        w.put(sheet, row, left, name, "invoer_tekst")
        weights_a.append(w.put(sheet, row, left + 1, c.key_a.weights[i], "invoer_getal"))
        weights_b.append(w.put(sheet, row, left + 2, c.key_b.weights[i], "invoer_getal"))
        takes_part.append(w.put(sheet, row, left + 3, Decimal(1), "invoer_getal"))
        if result.inhabitants is not None:
            inhabitants.append(w.put(sheet, row, left + 4, result.inhabitants[i], "invoer_getal"))
    row += 1
    w.put(sheet, row, left, "Schaalfactor gewichten (10^decimalen)", "label")
    scale_a = w.put(sheet, row, left + 1, Decimal(10) ** decimals_of(list(c.key_a.weights)), "invoer_getal")
    scale_b = w.put(sheet, row, left + 2, Decimal(10) ** decimals_of(list(c.key_b.weights)), "invoer_getal")
    row += 1
    w.put(sheet, row, left, "Vast bedrag per gemeente (euro)", "label")
    fixed = w.put(sheet, row, left + 1, Decimal(0), "bedrag")  # not an input: the engine splits by weight alone
    row += 1
    w.put(sheet, row, left, "Bron", "label")
    w.put(sheet, row, left + 1, c.key_a.source, "bron")
    w.put(sheet, row, left + 2, c.key_b.source, "bron")
    if c.population is not None:
        w.put(sheet, row, left + 4, c.population.source, "bron")
    w.book.define("inv_sleutels", sheet, table_top, left, (row, left + len(headers) - 1))
    if weights_a:
        for column in (weights_a, weights_b) + ((inhabitants,) if inhabitants else ()):
            validate(w, sheet, column[0], column[-1], kind="weight")
        validate(w, sheet, takes_part[0], takes_part[-1], kind="flag")
    for scale in (scale_a, scale_b):
        validate(w, sheet, scale, kind="scale")
    write_texts(w, sheet, row + 2, left, c.explanation, "inv_toelichting")
    book_sheet = w.book.sheet(sheet)
    book_sheet.widths.setdefault(left, 44)
    for col in range(left + 1, left + 6):
        book_sheet.widths.setdefault(col, 18)
    names = tuple(c.members)
    return ComparisonInputs(tuple(amounts), tuple(years), steps, start,
                            KeyCells(names, tuple(weights_a), tuple(takes_part), scale_a, fixed),
                            KeyCells(names, tuple(weights_b), tuple(takes_part), scale_b, fixed),
                            tuple(inhabitants) if result.inhabitants is not None else None, tolerance)


BLEND_HEADERS = ("Gemeente", "a (geheel)", "b (geheel)", "qa = QUOTIENT(eenheden x a; A)", "ra (rest)",
                 "qb = QUOTIENT(eenheden x b; B)", "rb (rest)", "X = qa x (N - k) + qb x k",
                 "R = ra x B x (N - k) + rb x A x k", "c = QUOTIENT(R; A x B)", "Basis = QUOTIENT(X + c; N)",
                 "Rest (in 1 / (N x A x B))", "Rang van de rest", "Extra euro", "Bijdrage (euro)",
                 "Afstand tot quotum", "Verschil met sleutel B")


def _calculation(w: Writer, anchor, result: ComparisonResult, inputs: ComparisonInputs) -> ComparisonCalculation:
    sheet, top, left = anchor
    c = result.comparison
    w.put(sheet, top, left, "Berekening", "titel")
    row = top + 2
    w.put(sheet, row, left, "A. STAP VAN HET INGROEIPAD PER JAAR: k = MAX(0; MIN(N; jaar - eerste jaar + 1))", "sectie")
    row += 1
    w.put(sheet, row, left, "N in de formule (ingroei, of 1 bij sleutel B meteen)", "label")
    path_n = w.formula(sheet, row, left + 1, MAX(1, inputs.steps), "getal")
    row += 1
    w.put(sheet, row, left, "Jaar", "kop")
    w.put(sheet, row, left + 1, "Stap k", "kop")
    steps = []
    for y in range(len(c.years)):
        row += 1
        w.formula(sheet, row, left, inputs.years[y], "jaar")  # a year, not a count: printed 2026, never 2.026
        steps.append(w.formula(sheet, row, left + 1, MAX(0, MIN(path_n, inputs.years[y] - inputs.start + 1)), "getal"))
    by_a, by_b, path, distances, from_b = [], [], [], [], []
    row += 4
    w.put(sheet, row, left, "B. VERDELING NAAR SLEUTEL A EN NAAR SLEUTEL B", "sectie")
    for y, year in enumerate(c.years):
        for label, key_cells, key, target in (("sleutel A", inputs.key_a, c.key_a, by_a),
                                              ("sleutel B", inputs.key_b, c.key_b, by_b)):
            facts = explain_split(c.amounts[y], key, "largest_remainder", c.decimals)
            block = write_split(w, sheet, row + 1, left, f"{year}, {label}: te verdelen (euro)", inputs.amounts[y],
                                key_cells, facts)
            target.append(block.shares)
            row = block.bottom + 2
    row += 2
    w.put(sheet, row, left, "C. INGROEIPAD: EXACTE VERDELING VAN AANDEEL A + (AANDEEL B - AANDEEL A) x k / N", "sectie")
    for y, year in enumerate(c.years):
        block = _blend_block(w, sheet, row + 1, left, year, inputs, steps[y], path_n, by_b[y], inputs.amounts[y])
        path.append(block[0])
        distances.append(block[1])
        from_b.append(block[2])
        row = block[3] + 2
    book_sheet = w.book.sheet(sheet)
    book_sheet.widths.setdefault(left, 44)
    for col in range(left + 1, left + len(BLEND_HEADERS) + 1):
        book_sheet.widths.setdefault(col, 16)
    return ComparisonCalculation(tuple(by_a), tuple(by_b), tuple(path), tuple(steps), path_n, tuple(distances),
                                 tuple(from_b))


def _blend_block(w: Writer, sheet: str, top: int, left: int, year: int, inputs: ComparisonInputs, step: Ref,
                 path_n: Ref, by_b: tuple[Ref, ...], amount: Ref):
    """One year's exact split of the blend in whole euros (see the module text)."""
    names = inputs.key_a.names
    first, last = top + 3, top + 2 + len(names)
    cols = range(left, left + len(BLEND_HEADERS))
    (name_col, a_col, b_col, qa_col, ra_col, qb_col, rb_col, x_col, r_col, c_col, base_col, rest_col, rank_col,
     extra_col, share_col, distance_col, from_b_col) = cols

    def area(col: int) -> Area:
        return Area(sheet, first, col, last, col)

    w.put(sheet, top, left, f"{year}: te verdelen (euro)", "label")
    to_split = w.formula(sheet, top, left + 1, amount, "euro")
    w.put(sheet, top, left + 2, "in euro's", "label")
    units = w.formula(sheet, top, left + 3, ROUND(ABS(to_split), 0), "getal")
    w.put(sheet, top, left + 4, "stap k", "label")
    k = w.formula(sheet, top, left + 5, step, "getal")
    w.put(sheet, top, left + 6, "N", "label")
    n = w.formula(sheet, top, left + 7, path_n, "getal")
    w.put(sheet, top + 1, left, "A = som a", "label")
    sum_a = w.formula(sheet, top + 1, left + 1, SUM(area(a_col)), "getal")
    w.put(sheet, top + 1, left + 2, "B = som b", "label")
    sum_b = w.formula(sheet, top + 1, left + 3, SUM(area(b_col)), "getal")
    w.put(sheet, top + 1, left + 4, "over na afronden", "label")
    available = w.formula(sheet, top + 1, left + 5, units - SUM(area(base_col)), "getal")
    for offset, text in enumerate(BLEND_HEADERS):
        w.put(sheet, top + 2, left + offset, text, "kop")
    shares, distances, from_b = [], [], []
    for i, name in enumerate(names):
        r = first + i
        w.put(sheet, r, name_col, name, "label")
        a = w.formula(sheet, r, a_col, ROUND(inputs.key_a.weights[i] * inputs.key_a.scale, 0), "getal")
        b = w.formula(sheet, r, b_col, ROUND(inputs.key_b.weights[i] * inputs.key_b.scale, 0), "getal")
        qa = w.formula(sheet, r, qa_col, QUOTIENT(units * a, sum_a), "getal")
        ra = w.formula(sheet, r, ra_col, units * a - qa * sum_a, "getal")
        qb = w.formula(sheet, r, qb_col, QUOTIENT(units * b, sum_b), "getal")
        rb = w.formula(sheet, r, rb_col, units * b - qb * sum_b, "getal")
        x = w.formula(sheet, r, x_col, qa * (n - k) + qb * k, "getal")
        big_r = w.formula(sheet, r, r_col, ra * sum_b * (n - k) + rb * sum_a * k, "getal")
        carry = w.formula(sheet, r, c_col, QUOTIENT(big_r, sum_a * sum_b), "getal")
        base = w.formula(sheet, r, base_col, QUOTIENT(x + carry, n), "getal")
        rest = w.formula(sheet, r, rest_col, (x + carry - base * n) * sum_a * sum_b + (big_r - carry * sum_a * sum_b),
                         "getal")
        above = Area(sheet, top + 2, rest_col, r - 1 if r > first else top + 2, rest_col)
        rank = w.formula(sheet, r, rank_col, COUNTIF(area(rest_col), CONCAT(">", rest)) + COUNTIF(above, rest) + 1,
                         "getal")
        extra = w.formula(sheet, r, extra_col, IF(LE(rank, available), 1, 0), "getal")
        share = w.formula(sheet, r, share_col, SIGN(to_split) * (base + extra), "bedrag")
        exact = to_split * (a / sum_a + (b / sum_b - a / sum_a) * k / n)
        distances.append(w.formula(sheet, r, distance_col, ABS(share - exact), "euro"))
        from_b.append(w.formula(sheet, r, from_b_col, ABS(share - by_b[i]), "bedrag"))
        shares.append(share)
    return tuple(shares), tuple(distances), tuple(from_b), last


def _marker(difference: Ref) -> Expr:
    return IF(LT(difference, 0), "voordeel", IF(GT(difference, 0), "nadeel", "gelijk"))


def _document(w: Writer, title_anchor, table_anchor, result: ComparisonResult, inputs: ComparisonInputs,
              calc: ComparisonCalculation) -> tuple[Ref, ...]:
    """The presentation sheet; returns the per-year totals of the path table (for Controles)."""
    c = result.comparison
    years = c.years
    write_heading(w, title_anchor, titled(years_text(years), own_title(c.title, KIND_WORD, years)), c.organisation)
    sheet, top, left = table_anchor
    row = top
    w.put(sheet, row, left, f"A. SLEUTEL A EN SLEUTEL B IN {years[0]} (euro; verschil = B - A, positief is een nadeel)",
          "sectie")
    row += 1
    headers = ["Gemeente", "Voordeel / nadeel", "Sleutel A", "Sleutel B", "Verschil"]
    if inputs.inhabitants is not None:
        headers += ["Inwoners", "Verschil per inwoner"]
    for offset, text in enumerate(headers):
        w.put(sheet, row, left + offset, text, "kop")
    first = row + 1
    for i, name in enumerate(c.members):
        row += 1
        w.put(sheet, row, left, name, "label")
        a = w.formula(sheet, row, left + 2, calc.by_a[0][i], "bedrag")
        b = w.formula(sheet, row, left + 3, calc.by_b[0][i], "bedrag")
        difference = w.formula(sheet, row, left + 4, b - a, "bedrag")
        w.formula(sheet, row, left + 1, _marker(difference), "label")
        if inputs.inhabitants is not None:
            people = w.formula(sheet, row, left + 5, inputs.inhabitants[i], "getal")
            w.formula(sheet, row, left + 6, IF(GT(people, 0), ROUND(difference / people, 2), 0), "euro")
    last = row
    w.book.define("vgl_deelnemers", sheet, first, left, (last, left))
    w.book.define("vgl_sleutel_a", sheet, first, left + 2, (last, left + 2))
    w.book.define("vgl_sleutel_b", sheet, first, left + 3, (last, left + 3))
    row += 1
    w.put(sheet, row, left, "Totaal", "label_totaal")
    for offset in (2, 3, 4):
        w.formula(sheet, row, left + offset, SUM(Area(sheet, first, left + offset, last, left + offset)),
                  "bedrag_totaal")
    if inputs.inhabitants is not None:
        w.formula(sheet, row, left + 5, SUM(Area(sheet, first, left + 5, last, left + 5)), "bedrag_totaal")
    row += 4
    w.put(sheet, row, left, f"B. INGROEIPAD: BIJDRAGE PER GEMEENTE PER JAAR (euro; {c.steps} jaar ingroei)"
          if c.steps else "B. BIJDRAGE PER GEMEENTE PER JAAR (euro; sleutel B meteen)", "sectie")
    row += 1
    w.put(sheet, row, left, "Gemeente", "kop")
    w.put(sheet, row, left + 1, "", "kop")
    for y, year in enumerate(years):
        w.put(sheet, row, left + 2 + y, str(year), "kop")
    first = row + 1
    for i, name in enumerate(c.members):
        row += 1
        w.put(sheet, row, left, name, "label")
        w.put(sheet, row, left + 1, "bijdrage", "label")
        for y in range(len(years)):
            w.formula(sheet, row, left + 2 + y, calc.path[y][i], "bedrag")
    last = row
    w.book.define("vgl_pad", sheet, first, left + 2, (last, left + 1 + len(years)))
    row += 1
    w.put(sheet, row, left, "Totaal", "label_totaal")
    totals = tuple(w.formula(sheet, row, left + 2 + y, SUM(Area(sheet, first, left + 2 + y, last, left + 2 + y)),
                             "bedrag_totaal") for y in range(len(years)))
    row += 4
    w.put(sheet, row, left, "C. STAP VAN HET PAD PER JAAR (k van N: aandeel A + (aandeel B - aandeel A) x k / N)",
          "sectie")
    row += 1
    w.put(sheet, row, left, "Jaar", "kop")
    w.put(sheet, row, left + 1, "", "kop")
    for y, year in enumerate(years):
        w.put(sheet, row, left + 2 + y, str(year), "kop")
    row += 1
    w.put(sheet, row, left, "Stap k", "label")
    w.put(sheet, row, left + 1, "van N", "label")
    for y in range(len(years)):
        w.formula(sheet, row, left + 2 + y, calc.step[y], "getal")
    for note in c.notes:
        row += 1
        w.put(sheet, row, left, note, "bron")
    book_sheet = w.book.sheet(sheet)
    book_sheet.widths.setdefault(left, 30)
    book_sheet.widths.setdefault(left + 1, 16)
    print_setup(w, sheet, top + 1)
    return totals


def _per_member(w: Writer, anchor, result: ComparisonResult, calc: ComparisonCalculation) -> None:
    c = result.comparison
    statements = [(name, [(label, [refs[y][i] for y in range(len(c.years))])
                          for label, refs in (("Naar sleutel A (huidig)", calc.by_a),
                                              ("Naar sleutel B (nieuw)", calc.by_b),
                                              ("Op het ingroeipad (uw bijdrage)", calc.path))])
                  for i, name in enumerate(c.members)]
    write_statements(w, anchor, titled(f"Sleutelvergelijking per gemeente {years_text(c.years)}",
                                       own_title(c.title, KIND_WORD, c.years)), c.years,
                     statements, "Verschil sleutel B - sleutel A: positief is een nadeel, negatief een voordeel.",
                     label_width=36)


def _chart(w: Writer, anchor, result: ComparisonResult, calc: ComparisonCalculation) -> None:
    sheet, top, left = anchor
    c = result.comparison
    w.put(sheet, top, left, w.text("grafiek_titel"), "titel")
    w.put(sheet, top + 2, left, "Gemeente", "kop")
    for y, year in enumerate(c.years):
        w.put(sheet, top + 2, left + 1 + y, f"{year}", "kop")
    for i, name in enumerate(c.members):
        r = top + 3 + i
        w.put(sheet, r, left, name, "label")
        for y in range(len(c.years)):
            w.formula(sheet, r, left + 1 + y, calc.path[y][i], "bedrag")
    first, last = top + 3, top + 2 + len(c.members)
    chart = Chart(w.text("grafiek_titel"), (left, first, last),
                  [(str(year), left + 1 + y) for y, year in enumerate(c.years)],
                  anchor=(top + 2, left + 2 + len(c.years)), size=(max(16, len(c.members) + 4), 10))
    w.book.sheet(sheet).charts.append(chart)
    w.book.sheet(sheet).print_title_rows = (top + 2, top + 2)
    for col in range(left + 1, left + 1 + len(c.years)):
        w.book.sheet(sheet).widths.setdefault(col, 14)


__all__ = ["ANCHORS", "TEMPLATE", "check", "input_hash_of", "name_parts", "render"]
