"""The meerjarenraming workbook, written from a ForecastResult and a template.

Sheets: Meerjarenraming (the lines per year, the indices with their source, the contribution per member
per year), Per gemeente (per member "Uw bijdrage 2026-2029", to copy into its own begroting), Berekening
(the cumulative index factors, every line as ROUND(bedrag x factor; 0), the split of each year's net
cost), Invoer, Controles, Herkomst.

Defined names: ``inv_regels`` (the lines: naam | omschrijving | soort | bedrag | index), ``inv_indexatie``
(series x years, percent), ``inv_sleutel_<jaar>`` (per year: gemeente | gewicht | neemt deel),
``mr_bijdragen`` (members x years, the contributions)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from ..core.forecast import NO_INDEX, ForecastResult
from ..inputs.schema import MERGE_RULES, METHOD_LABELS
from .formula import ABS, LT, MAX, ROUND, Expr, Num, Ref
from .sheets import (Checks, Writer, check_against_engine, general_inputs, input_hash, lay_out_pages, new_writer,
                     no_negatives, print_setup, ranges_of, source_rows, sum_of, table_head, validate,
                     own_title, titled, write_heading, write_provenance, write_statements, write_texts, years_text)
from .splits import (KeyCells, SplitFacts, explain_split, key_inputs_hold, method_text, validate_key,
                     write_key_inputs, write_split)
from .template import TEMPLATES_DIR, load_template

KIND_WORD = "Meerjarenraming"  # the kind, as the template's title says it (a title repeating it adds nothing)
TEMPLATE = TEMPLATES_DIR / "meerjarenraming.xlsx"
ANCHORS = ("mr_titel", "mr_tabel", "pg_start", "ber_start", "inv_start", "ctl_start", "hk_start")
STYLE_KEYS = ("titel", "ondertitel", "tekst", "bron", "kop", "sectie", "label", "label_totaal", "bedrag",
              "bedrag_totaal", "euro", "getal", "factor", "invoer_tekst", "invoer_bedrag", "invoer_getal", "controle")
SIDES = (("lasten", "LASTEN"), ("baten", "BATEN"))


@dataclass(frozen=True)
class ForecastInputs:
    amounts: tuple[Ref, ...]  # per line
    percents: dict[str, tuple[Ref | None, ...]]  # per series, per year (None for the base year)
    keys: tuple[KeyCells, ...]  # per year
    tolerance: Ref


@dataclass(frozen=True)
class ForecastCalculation:
    factors: dict[str, tuple[Ref, ...]]
    lines: tuple[tuple[Ref, ...], ...]  # per line, per year
    lasten: tuple[Ref, ...]
    baten: tuple[Ref, ...]
    net: tuple[Ref, ...]
    shares: tuple[dict[str, Ref], ...]  # per year, member -> share
    distances: tuple[tuple[Ref, ...], ...]


def split_facts(result: ForecastResult) -> tuple[SplitFacts, ...]:
    f = result.forecast
    return tuple(explain_split(net, key, f.method, f.decimals) for net, key in zip(result.net, f.keys))


def forecast_input_hash(result: ForecastResult, template_sha: str) -> str:
    return input_hash(result.forecast.sources, template_sha)


def name_parts(result: ForecastResult) -> tuple[str, str]:
    """(title, years) for the output's file name."""
    f = result.forecast
    return own_title(f.title, KIND_WORD, f.years), years_text(f.years)


def check(result: ForecastResult) -> None:
    """What this workbook would refuse (a split Excel cannot redo exactly), before anything is written."""
    split_facts(result)


def input_hash_of(result: ForecastResult, template_sha: str) -> str:
    return forecast_input_hash(result, template_sha)


def render(result: ForecastResult, template_path: str | Path | None = None) -> bytes:
    return render_forecast(result, template_path)


def render_forecast(result: ForecastResult, template_path: str | Path | None = None) -> bytes:
    template = load_template(template_path or TEMPLATE, ANCHORS, STYLE_KEYS)
    f = result.forecast
    w = new_writer(template, own_title(f.title, KIND_WORD, f.years) or years_text(f.years))
    book = w.book
    inputs = _inputs(w, template.anchor("inv_start"), result)
    calc = _calculation(w, template.anchor("ber_start"), result, inputs, split_facts(result))
    totals = _document(w, template.anchor("mr_titel"), template.anchor("mr_tabel"), result, inputs, calc)
    _per_member(w, template.anchor("pg_start"), result, calc)
    tolerance = inputs.tolerance
    checks = Checks()
    if inputs.amounts:
        checks.add("Invoer: geen bedrag van een regel is negatief", no_negatives(inputs.amounts))
    for year, key in zip(f.years, inputs.keys):
        checks.add(f"Invoer: verdeelsleutel {year}: geen gewicht is negatief en de gewichten tellen op tot meer dan 0",
                   key_inputs_hold(key))
    for y, year in enumerate(f.years):
        checks.add(f"{year}: de bijdragen van de gemeenten tellen op tot het saldo van lasten en baten",
                   LT(ABS(sum_of(list(calc.shares[y].values())) - calc.net[y]), tolerance))
        checks.add(f"{year}: elke bijdrage ligt minder dan 1 euro van haar exacte aandeel",
                   LT(MAX(*ranges_of(list(calc.distances[y]))), 1))
        checks.add(f"{year}: saldo = totaal lasten - totaal baten",
                   LT(ABS(calc.net[y] - calc.lasten[y] + calc.baten[y]), tolerance))
        checks.add(f"{year}: het totaal van de tabel per gemeente is het saldo",
                   LT(ABS(totals[y] - calc.net[y]), tolerance))
    master = checks.write(w, template.anchor("ctl_start"))
    rows = source_rows(f.sources)
    if f.index_source:
        rows.append(("Bron indexcijfers", f.index_source))
    rows += [("Indexatie", f"Elke regel van jaar j = bedrag {f.base_year} x het product van (1 + index/100) over de "
                           f"jaren na {f.base_year} tot en met j, één keer op hele euro's afgerond (half van nul af)."),
             ("Verdeling", f"Per jaar het saldo van lasten en baten naar de verdeelsleutel van dat jaar, "
                           f"{method_text(f.method)}, in hele euro's; bij gelijke rest gaat de eerstgenoemde "
                           f"gemeente voor.")]
    rows += [("Opmerking", note) for note in f.notes]
    write_provenance(w, template.anchor("hk_start"), rows, master, forecast_input_hash(result, template.sha256))
    book.evaluate_all()
    check_against_engine(book, [(calc.lines[i][y], amounts[y], f"line {f.lines[i].code} {year}")
                                for y, year in enumerate(f.years) for i, amounts in enumerate(result.amounts)])
    check_against_engine(book, [(ref, result.shares[y][name], f"share {name} {year}")
                                for y, year in enumerate(f.years) for name, ref in calc.shares[y].items()])
    lay_out_pages(book)
    return book.to_bytes()


def _inputs(w: Writer, anchor, result: ForecastResult) -> ForecastInputs:
    f = result.forecast
    spec_name = f.sources[0].name if f.sources else "invoer"
    sheet, row, left, (tolerance,) = general_inputs(w, anchor, [
        ("Titel", f.title, spec_name, ()), ("Organisatie", f.organisation, spec_name, ()),
        ("Verdeelmethode", METHOD_LABELS[f.method], spec_name, tuple(METHOD_LABELS.values())),
        ("Herindeling (melden of samenvoegen)", f.merge_rule, spec_name, MERGE_RULES)], [])
    row += 2
    row = table_top = table_head(w, sheet, row, left, "REGELS (bedrag in prijzen van het basisjaar)",
                                 ("Naam", "Omschrijving", "Soort", f"Bedrag {f.base_year}", "Index", "Bron"))
    amounts = []
    for line in f.lines:
        row += 1
        w.put(sheet, row, left, line.code, "invoer_tekst")
        w.put(sheet, row, left + 1, line.label, "invoer_tekst")
        w.put(sheet, row, left + 2, line.side, "invoer_tekst")
        amounts.append(w.put(sheet, row, left + 3, line.amount, "invoer_bedrag"))
        w.put(sheet, row, left + 4, line.index, "invoer_tekst")
        w.put(sheet, row, left + 5, f"{spec_name} [{line.side}] {line.code}", "bron")
    w.book.define("inv_regels", sheet, table_top, left, (row, left + 5))
    if f.lines:
        first, last = table_top + 1, row
        validate(w, sheet, Ref(sheet, first, left + 2), Ref(sheet, last, left + 2), choices=("lasten", "baten"))
        validate(w, sheet, amounts[0], amounts[-1], kind="amount")
        validate(w, sheet, Ref(sheet, first, left + 4), Ref(sheet, last, left + 4),
                 choices=(*f.indices, NO_INDEX))
    row += 2
    row = table_top = table_head(w, sheet, row, left,
                                 "INDEXATIE (procent per jaar, vanaf het jaar na het basisjaar)",
                                 ["Reeks", *(str(year) for year in f.years), "Bron"])
    percents: dict[str, tuple[Ref | None, ...]] = {}
    for name, series in f.indices.items():
        row += 1
        w.put(sheet, row, left, name, "invoer_tekst")
        cells: list[Ref | None] = [None]
        w.put(sheet, row, left + 1, "basisjaar", "bron")
        for y, year in enumerate(f.years[1:], start=1):
            cells.append(w.put(sheet, row, left + 1 + y, series[year], "invoer_getal"))
        if len(cells) > 1:
            validate(w, sheet, cells[1], cells[-1], kind="percent")
        w.put(sheet, row, left + 1 + len(f.years), f.index_source or spec_name, "bron")
        percents[name] = tuple(cells)
    if not f.indices:
        row += 1
        w.put(sheet, row, left, "(geen indexreeksen)", "bron")
    w.book.define("inv_indexatie", sheet, table_top, left, (row, left + 1 + len(f.years)))
    row += 1
    w.put(sheet, row, left, "Bron indexcijfers", "label")
    w.put(sheet, row, left + 1, f.index_source, "invoer_tekst")
    w.book.define("inv_indexbron", sheet, row, left + 1)
    keys = []
    for year, key in zip(f.years, f.keys):
        row += 2
        w.put(sheet, row, left, f"VERDEELSLEUTEL {year}", "sectie")
        key_cells, table_top, row = write_key_inputs(w, sheet, row, left, key)
        w.book.define(f"inv_sleutel_{year}", sheet, table_top, left, (row, left + 3))
        validate_key(w, sheet, key_cells)
        keys.append(key_cells)
    write_texts(w, sheet, row + 2, left, f.explanation, "inv_toelichting")
    book_sheet = w.book.sheet(sheet)
    book_sheet.widths.setdefault(left, 36)
    for col in range(left + 1, left + 3 + len(f.years)):
        book_sheet.widths.setdefault(col, 16)
    return ForecastInputs(tuple(amounts), percents, tuple(keys), tolerance)


def _calculation(w: Writer, anchor, result: ForecastResult, inputs: ForecastInputs,
                 facts: tuple[SplitFacts, ...]) -> ForecastCalculation:
    sheet, top, left = anchor
    f = result.forecast
    years = f.years
    w.put(sheet, top, left, "Berekening", "titel")
    row = top + 2
    w.put(sheet, row, left, f"A. INDEXFACTOREN (ten opzichte van {f.base_year}: vorige factor x (1 + index/100))",
          "sectie")
    row += 1
    w.put(sheet, row, left, "Reeks", "kop")
    for y, year in enumerate(years):
        w.put(sheet, row, left + 1 + y, str(year), "kop")
    factors: dict[str, tuple[Ref, ...]] = {}
    for name, cells in inputs.percents.items():
        row += 1
        w.put(sheet, row, left, name, "label")
        refs = [w.put(sheet, row, left + 1, Decimal(1), "factor")]
        for y in range(1, len(years)):
            refs.append(w.formula(sheet, row, left + 1 + y, refs[-1] * (1 + cells[y] / 100), "factor"))
        factors[name] = tuple(refs)
    row += 4
    w.put(sheet, row, left, "B. REGELS PER JAAR: ROUND(bedrag x indexfactor; 0), hele euro's", "sectie")
    row += 1
    # the index before the years, as on the document sheet: a text left-aligned right after the last year's
    # figure ran into it when printed ('2,003,908loon'), for a reader and for the audit of the PDF
    w.put(sheet, row, left, "Regel", "kop")
    w.put(sheet, row, left + 1, "Index", "kop")
    for y, year in enumerate(years):
        w.put(sheet, row, left + 2 + y, str(year), "kop")
    lines: list[tuple[Ref, ...] | None] = [None] * len(f.lines)
    totals: dict[str, tuple[Ref, ...]] = {}
    for side, heading in SIDES:  # each side under its heading, then its total
        refs: list[list[Ref]] = [[] for _ in years]
        row += 1
        w.put(sheet, row, left, heading, "sectie")
        for i, (line, amount) in enumerate(zip(f.lines, inputs.amounts)):
            if line.side != side:
                continue
            row += 1
            w.put(sheet, row, left, f"{line.label} ({line.side})", "label")
            w.put(sheet, row, left + 1, line.index, "bron")
            cells = []
            for y in range(len(years)):
                expr: Expr = amount if line.index == NO_INDEX else amount * factors[line.index][y]
                cells.append(w.formula(sheet, row, left + 2 + y, ROUND(expr, 0), "bedrag"))
                refs[y].append(cells[-1])
            lines[i] = tuple(cells)
        row += 1
        w.put(sheet, row, left, f"Totaal {side}", "label_totaal")
        totals[side] = tuple(w.formula(sheet, row, left + 2 + y, sum_of(refs[y]) if refs[y] else Num(Decimal(0)),
                                       "bedrag_totaal") for y in range(len(years)))
    lasten, baten = totals["lasten"], totals["baten"]
    row += 2
    w.put(sheet, row, left, "Saldo: te verdelen over de gemeenten", "label_totaal")
    net = tuple(w.formula(sheet, row, left + 2 + y, lasten[y] - baten[y], "bedrag_totaal") for y in range(len(years)))
    row += 2
    w.put(sheet, row, left, f"C. VERDELING PER JAAR ({method_text(f.method)}; bij gelijke rest gaat de bovenste "
                            f"gemeente voor)", "sectie")
    shares, distances = [], []
    for y, year in enumerate(years):
        block = write_split(w, sheet, row + 1, left, f"{year}: te verdelen (euro)", net[y], inputs.keys[y], facts[y])
        shares.append(dict(zip(block.names, block.shares)))
        distances.append(block.distances)
        row = block.bottom + 2
    book_sheet = w.book.sheet(sheet)
    book_sheet.widths.setdefault(left, 44)
    for col in range(left + 1, left + 12 + len(years)):
        book_sheet.widths.setdefault(col, 15)
    return ForecastCalculation(factors, tuple(l for l in lines if l is not None), lasten, baten, net, tuple(shares), tuple(distances))


def _document(w: Writer, title_anchor, table_anchor, result: ForecastResult, inputs: ForecastInputs,
              calc: ForecastCalculation) -> tuple[Ref, ...]:
    """The presentation sheet; returns the per-year totals of the table per member (for Controles)."""
    f = result.forecast
    years = f.years
    write_heading(w, title_anchor, titled(years_text(years), own_title(f.title, KIND_WORD, years)), f.organisation)
    sheet, top, left = table_anchor
    row = top

    def year_header(first_label: str) -> None:
        w.put(sheet, row, left, first_label, "kop")
        w.put(sheet, row, left + 1, "Index", "kop")
        for y, year in enumerate(years):
            w.put(sheet, row, left + 2 + y, str(year), "kop")

    w.put(sheet, row, left, "Bedragen in euro's; de jaren na het basisjaar zijn geïndexeerd (zie INDEXATIE).", "bron")
    row += 1
    year_header("Omschrijving")
    for side, heading in SIDES:
        row += 1
        w.put(sheet, row, left, heading, "sectie")
        for line, cells in zip(f.lines, calc.lines):
            if line.side != side:
                continue
            row += 1
            w.put(sheet, row, left, line.label, "label")
            w.put(sheet, row, left + 1, line.index, "label")
            for y in range(len(years)):
                w.formula(sheet, row, left + 2 + y, cells[y], "bedrag")
        row += 1
        w.put(sheet, row, left, f"Totaal {side}", "label_totaal")
        totals = calc.lasten if side == "lasten" else calc.baten
        for y in range(len(years)):
            w.formula(sheet, row, left + 2 + y, totals[y], "bedrag_totaal")
    row += 2
    w.put(sheet, row, left, "Saldo: bijdrage van de gemeenten", "label_totaal")
    for y in range(len(years)):
        w.formula(sheet, row, left + 2 + y, calc.net[y], "bedrag_totaal")
    row += 4  # three empty rows: a table of its own
    w.put(sheet, row, left, "BIJDRAGE PER GEMEENTE (euro)", "sectie")
    row += 1
    year_header("Gemeente")
    w.put(sheet, row, left + 1, "Sleutel", "kop")
    first = row + 1
    for member in f.members:
        row += 1
        w.put(sheet, row, left, member, "label")
        w.put(sheet, row, left + 1, "per jaar", "label")
        for y in range(len(years)):
            share = calc.shares[y].get(member)
            w.formula(sheet, row, left + 2 + y, share if share is not None else Num(Decimal(0)), "bedrag")
    w.book.define("mr_bijdragen", sheet, first, left + 2, (row, left + 1 + len(years)))
    row += 1
    w.put(sheet, row, left, "Totaal", "label_totaal")
    totals = tuple(w.formula(sheet, row, left + 2 + y,
                             sum_of([Ref(sheet, r, left + 2 + y) for r in range(first, row)]), "bedrag_totaal")
                   for y in range(len(years)))
    row += 4
    w.put(sheet, row, left, "INDEXATIE (procent per jaar)", "sectie")
    row += 1
    year_header("Reeks")
    w.put(sheet, row, left + 1, "Eenheid", "kop")
    for name, cells in inputs.percents.items():
        row += 1
        w.put(sheet, row, left, name, "label")
        w.put(sheet, row, left + 1, "procent", "label")
        # a percentage as a reader writes it (3,10), unless it has more decimals than that shows (then all six)
        given = [w.book.value_at(c.sheet, c.row, c.col) for c in cells if c is not None]
        style = "percentage" if all(Decimal(str(v)) == Decimal(str(v)).quantize(Decimal("0.01")) for v in given
                              if v is not None) else "factor"
        for y, cell in enumerate(cells):
            if cell is None:
                w.put(sheet, row, left + 2 + y, "basisjaar", "bron")
            else:
                w.formula(sheet, row, left + 2 + y, cell, style)
    row += 1
    w.put(sheet, row, left, f"Bron: {f.index_source}" if f.index_source else "Bron: -", "bron")
    for note in f.notes:
        row += 1
        w.put(sheet, row, left, note, "bron")
    book_sheet = w.book.sheet(sheet)
    book_sheet.widths.setdefault(left, 40)
    print_setup(w, sheet, top + 1)
    return totals


def _per_member(w: Writer, anchor, result: ForecastResult, calc: ForecastCalculation) -> None:
    """Per member the statement 'Uw bijdrage 2026-2029' it copies into its own begroting."""
    f = result.forecast
    def share(y: int, member: str) -> Expr:
        found = calc.shares[y].get(member)
        return found if found is not None else Num(Decimal(0))

    statements = [(member, [("Bijdrage (euro, raming)", [share(y, member) for y in range(len(f.years))])])
                  for member in f.members]
    write_statements(w, anchor, titled(f"Bijdrage per gemeente {years_text(f.years)}",
                                       own_title(f.title, KIND_WORD, f.years)), f.years, statements,
                     "Uw bijdrage is het saldo van lasten en baten, verdeeld naar de verdeelsleutel van het jaar; "
                     "de jaren na het basisjaar zijn geïndexeerd.", label_width=40, value_width=14)


__all__ = ["ANCHORS", "TEMPLATE", "forecast_input_hash", "render_forecast", "split_facts"]
