"""The begrotingswijziging workbook, laid out FAST: inputs, calculations, presentation, checks apart.

Sheets: Begrotingswijziging, Berekening, Invoer, Controles, Herkomst, Grafiek.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from ..core.amendment import MEMBER_PREFIX, AmendmentResult
from ..errors import InputError
from .formula import ABS, EQ, GT, LT, MAX, ROUND, Ref
from .sheets import (Checks, Writer, decimals_of, input_hash, ranges_of, sum_of, unit_text,
                     write_largest_remainder, write_provenance)
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


def amendment_input_hash(result: AmendmentResult, template_sha: str) -> str:
    return input_hash(result.amendment.sources, template_sha)


def render_amendment(result: AmendmentResult, template_path: str | Path | None = None) -> bytes:
    template = load_template(template_path or TEMPLATE, ANCHORS, STYLE_KEYS)
    amendment = result.amendment
    book = template.new_book(created="2000-01-01T00:00:00Z")
    book.title = f"Begrotingswijziging {amendment.number} {amendment.title}"
    w = Writer(book, template)
    members = list(amendment.member_begroting)
    years = amendment.years
    inputs = _write_inputs(w, template.anchor("inv_start"), result)
    calc = _write_calculation(w, template.anchor("ber_start"), result, inputs)
    shown = calc["shown"]
    main = _write_document(w, template.anchor("bw_titel"), template.anchor("bw_algemeen"),
                           template.anchor("bw_tabel"), result, inputs, shown)
    checks = Checks()
    for y, year in enumerate(years):
        checks.add(f"{year}: getoonde tabel telt op (elk totaal = som van zijn regels, x {unit_text(amendment.unit)})",
                   EQ(sum_of(calc["footing"][y]), 0))
        checks.add(f"{year}: getoonde begroting + wijziging = bijgestelde begroting, elke regel",
                   EQ(sum_of(calc["deviation"][y]), 0))
        checks.add(f"{year}: elk getoond bedrag ligt minder dan 1 eenheid van het exacte bedrag",
                   LT(MAX(*ranges_of(calc["distance"][y])), 1))
        if members:
            gem = calc["euro"]["gemeentelijke_bijdrage"][y]
            member_refs = [calc["euro"][MEMBER_PREFIX + m][y] for m in members]
            for column, label in ((0, "begroting"), (1, "wijziging")):
                checks.add(f"{year}: bijdragen gemeenten ({label}) = gemeentelijke bijdrage ({label})",
                           LT(ABS(gem[column] - sum_of([r[column] for r in member_refs])), Ref("Invoer", *inputs["Tolerantie"])))
            checks.add(f"{year}: verdeling van de wijziging telt op tot de wijziging gemeentelijke bijdrage",
                       LT(ABS(sum_of(calc["shares"][y]) - gem[1]), Ref("Invoer", *inputs["Tolerantie"])))
            checks.add(f"{year}: elk aandeel ligt minder dan 1 cent van het exacte quotum",
                       LT(MAX(*ranges_of(calc["share_distances"][y])), Decimal("0.01")))
    for y in range(1, len(years)):
        previous, current = main["year_headers"][y - 1], main["year_headers"][y]
        checks.add(f"jaarkoppen oplopend: {years[y - 1]} voor {years[y]}", GT(current, previous))
    master = checks.write(w, template.anchor("ctl_start"))
    corrections = sum(1 for yr in result.years for key, c in yr.rounded.corrections.items() for v in c if v)
    rows = [(f"Bron: {s.role}", f"{s.name} (SHA-256 {s.sha256})") for s in amendment.sources]
    rows += [
        ("Verdeling", "De wijziging van de gemeentelijke bijdrage is per jaar verdeeld naar de verdeelsleutel met de "
                      "methode van de grootste overschotten (Hamilton), in centen: iedere gemeente krijgt haar quotum "
                      "naar beneden afgerond; de resterende centen gaan naar de grootste resten; bij gelijke rest gaat "
                      "de eerstgenoemde gemeente voor. De formules staan op Berekening, blok Verdeling."),
        ("Afronding", f"De bedragen op het blad Begrotingswijziging zijn afgerond op x € {unit_text(amendment.unit)} met "
                      "gecontroleerde afronding: elk getoond bedrag is het exacte bedrag naar beneden of naar boven "
                      "afgerond, zo dat elk totaal precies de som van zijn regels is. Waar gewoon afronden (ROUND) "
                      f"niet optelt, staat een correctie van +1 of -1 op Berekening ({corrections} correcties)."),
        ("Teken", "Baten staan als negatieve bedragen, zoals in de begroting." if amendment.baten_negative
         else "Baten zijn als positieve bedragen ingevoerd en worden positief getoond."),
    ]
    write_provenance(w, template.anchor("hk_start"), rows, master, amendment_input_hash(result, template.sha256))
    if members:
        _write_chart(w, template.anchor("gr_start"), result, calc)
    book.evaluate_all()
    _assert_same_as_engine(book, result, calc["euro"])
    return book.to_bytes()


def _assert_same_as_engine(book, result: AmendmentResult, euro: dict) -> None:
    """The workbook's formulas must give the engine's exact amounts; a difference is a bug in pyengine."""
    for y, year_result in enumerate(result.years):
        for key, refs in euro.items():
            for column in range(3):
                ref = refs[y][column]
                value = book.value_at(ref.sheet, ref.row, ref.col)
                if value != year_result.exact[key][column]:
                    raise RuntimeError(f"internal error: Berekening {key} {year_result.year} column {column} gives "
                                       f"{value}, the engine {year_result.exact[key][column]}")


def _write_inputs(w: Writer, anchor: tuple[str, int, int], result: AmendmentResult) -> dict:
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
               ("Vastgesteld door", a.adopted_by), ("Vastgesteld op", a.adopted_on)]
    refs: dict = {"general": {}}
    w.put(sheet, row, left + 2, "Bron", "kop")
    for label, value in general:
        row += 1
        w.put(sheet, row, left, label, "label")
        refs["general"][label] = w.put(sheet, row, left + 1, value, "invoer_tekst")
        w.put(sheet, row, left + 2, spec_name, "bron")
    numbers = [("Eenheid (bedragen x)", Decimal(a.unit), "Eenheid"),
               ("Teken baten (1 = negatief ingevoerd, -1 = positief)", Decimal(1 if a.baten_negative else -1), "TekenBaten"),
               ("Tolerantie voor controles op euro's", Decimal("0.005"), "Tolerantie")]
    for label, value, defined in numbers:
        row += 1
        w.put(sheet, row, left, label, "label")
        ref = w.put(sheet, row, left + 1, value, "invoer_getal")
        w.book.define(defined, sheet, ref.row, ref.col)
        w.put(sheet, row, left + 2, spec_name if defined != "Tolerantie" else "vaste waarde: een halve cent", "bron")
        refs[defined] = (ref.row, ref.col)
    row += 2
    w.put(sheet, row, left, "Jaren", "label")
    refs["years"] = [w.put(sheet, row, left + 1 + 2 * y, Decimal(year), "invoer_getal") for y, year in enumerate(years)]
    # amounts as entered (the user's sign convention), per year: begroting, wijziging
    row += 2
    w.put(sheet, row, left, "BEDRAGEN (euro, zoals ingevoerd)", "sectie")
    row += 1
    w.put(sheet, row, left, "Regel", "kop")
    for y, year in enumerate(years):
        w.put(sheet, row, left + 1 + 2 * y, f"{w.text('begroting')} {year}", "kop")
        w.put(sheet, row, left + 2 + 2 * y, f"{w.text('wijziging')} {year}", "kop")
    w.put(sheet, row, left + 1 + 2 * len(years), "Bron", "kop")
    refs["lines"] = {}
    sign = Decimal(1) if a.baten_negative else Decimal(-1)
    for code in INPUT_LINES:
        row += 1
        w.put(sheet, row, left, w.text(code), "label")
        flip = sign if code in BATEN_ROWS else 1
        pairs = []
        for y, (b, change) in enumerate(a.lines[code]):
            rb = w.put(sheet, row, left + 1 + 2 * y, b * flip, "invoer_bedrag")
            rw = w.put(sheet, row, left + 2 + 2 * y, change * flip, "invoer_bedrag")
            pairs.append((rb, rw))
        refs["lines"][code] = pairs
        w.put(sheet, row, left + 1 + 2 * len(years), f"{spec_name} [begroting]/[wijziging] {code}", "bron")
    refs["members"] = {}
    refs["weights"] = {}
    refs["scale"] = []
    if a.has_members:
        row += 2
        w.put(sheet, row, left, "BIJDRAGE GEMEENTE, BEGROTING (euro, zoals ingevoerd)", "sectie")
        row += 1
        w.put(sheet, row, left, "Gemeente", "kop")
        for y, year in enumerate(years):
            w.put(sheet, row, left + 1 + y, f"{w.text('begroting')} {year}", "kop")
        for name, values in a.member_begroting.items():
            row += 1
            w.put(sheet, row, left, name, "invoer_tekst")
            refs["members"][name] = [w.put(sheet, row, left + 1 + y, v * sign, "invoer_bedrag")
                                     for y, v in enumerate(values)]
            w.put(sheet, row, left + 1 + len(years), f"{spec_name} [bijdrage_gemeente]", "bron")
        row += 2
        w.put(sheet, row, left, "VERDEELSLEUTEL (gewicht per gemeente, per jaar)", "sectie")
        row += 1
        w.put(sheet, row, left, "Gemeente", "kop")
        for y, year in enumerate(years):
            w.put(sheet, row, left + 1 + y, f"Gewicht {year}", "kop")
        for name in a.member_begroting:
            row += 1
            w.put(sheet, row, left, name, "label")
            weights = []
            for y, key in enumerate(a.keys):
                member = next(m for m in key.members if m.name == name)
                weights.append(w.put(sheet, row, left + 1 + y, member.effective_weight, "invoer_getal"))
            refs["weights"][name] = weights
        row += 1
        w.put(sheet, row, left, "Schaalfactor gewichten (10^decimalen, maakt ze geheel)", "label")
        for y, key in enumerate(a.keys):
            if key.fixed_per_member:
                raise InputError(f"verdeelsleutel {years[y]}: a fixed amount per member (vast_per_gemeente) is not "
                                 "supported in begrotingswijziging workbooks yet")
            factor = Decimal(10) ** decimals_of(list(key.weights))
            refs["scale"].append(w.put(sheet, row, left + 1 + y, factor, "invoer_getal"))
        row += 1
        w.put(sheet, row, left, "Bron", "label")
        for y, key in enumerate(a.keys):
            w.put(sheet, row, left + 1 + y, key.source, "bron")
    sheet_obj = w.book.sheet(sheet)
    for col in range(left + 1, left + 3 + 2 * len(years)):
        sheet_obj.widths.setdefault(col, 16)
    sheet_obj.widths.setdefault(left, 44)
    return refs


def _write_calculation(w: Writer, anchor: tuple[str, int, int], result: AmendmentResult, inputs: dict) -> dict:
    sheet, top, left = anchor
    a = result.amendment
    years = a.years
    members = list(a.member_begroting)
    unit = Ref("Invoer", *inputs["Eenheid"])
    sign = Ref("Invoer", *inputs["TekenBaten"])
    w.put(sheet, top, left, "Berekening", "titel")
    w.put(sheet, top + 1, left, "Exacte bedragen in euro met live formules; daaronder de verdeling over de gemeenten en "
                                "de afronding voor de presentatie.", "tekst")
    # Block A: exact euros, one row per table row
    row = top + 3
    w.put(sheet, row, left, "A. BEDRAGEN IN EURO", "sectie")
    header = row + 1
    for y, year in enumerate(years):
        for c, key in enumerate(("begroting", "wijziging", "bijgesteld")):
            w.put(sheet, header, left + 1 + 3 * y + c, f"{w.text(key)} {year}", "kop")
    rows = [(kind, key) for kind, key in display_rows(members) if kind not in ("section", "centrum")]
    row_of = {key: header + 1 + i for i, (_, key) in enumerate(rows)}
    children = {node.key: [c.key for c in node.children] for node in result.tree.walk()}
    euro: dict[str, list[tuple[Ref, Ref, Ref]]] = {}
    share_refs: list[list[Ref]] = []
    distance_refs: list[list[Ref]] = []
    # the allocation block needs to know where block A's gemeentelijke bijdrage is; place it after A and C
    block_c_top = header + len(rows) + 3
    block_b_top = block_c_top + len(rows) + 4
    for kind, key in rows:
        r = row_of[key]
        label = key[len(MEMBER_PREFIX):] if key.startswith(MEMBER_PREFIX) else w.text(key)
        total = kind == "total"
        w.put(sheet, r, left, label, "label_totaal" if total else "label")
        euro[key] = []
        for y in range(len(years)):
            col = left + 1 + 3 * y
            style = "euro_totaal" if total else "euro"
            if kind == "line":
                b_in, w_in = inputs["lines"][key][y]
                factor = sign if key in BATEN_ROWS else None
                b = w.formula(sheet, r, col, b_in * factor if factor is not None else b_in, style)
                c = w.formula(sheet, r, col + 1, w_in * factor if factor is not None else w_in, style)
            elif kind == "member":
                name = key[len(MEMBER_PREFIX):]
                b = w.formula(sheet, r, col, inputs["members"][name][y] * sign, style)
                share_row = block_b_top + 3 + y * (len(members) + 6) + members.index(name)
                c = w.formula(sheet, r, col + 1, Ref(sheet, share_row, left + 7), style)
            else:
                kids = [row_of[k] for k in children[key]]
                b = w.formula(sheet, r, col, sum_of([Ref(sheet, k, col) for k in kids]), style)
                c = w.formula(sheet, r, col + 1, sum_of([Ref(sheet, k, col + 1) for k in kids]), style)
            total_ref = w.formula(sheet, r, col + 2, b + c, style)
            euro[key].append((b, c, total_ref))
    # Block C: presentation rounding
    w.put(sheet, block_c_top - 1, left, f"C. AFRONDING VOOR DE PRESENTATIE (x € {unit_text(a.unit)}): getoond = "
                                        "ROUND(exact / eenheid; 0) + correctie", "sectie")
    per_year = 9
    headers = ("Correctie begroting", "Correctie wijziging", "Correctie bijgesteld", "Getoond begroting",
               "Getoond wijziging", "Getoond bijgesteld", "Afwijking b+w-bijgesteld", "Afstand tot exact",
               "Telfout totaal")
    for y, year in enumerate(years):
        for c, text in enumerate(headers):
            w.put(sheet, block_c_top, left + 1 + per_year * y + c, f"{text} {year}", "kop")
    shown: dict[str, list[tuple[Ref, Ref, Ref]]] = {}
    footing = [[] for _ in years]
    deviation = [[] for _ in years]
    distance = [[] for _ in years]
    c_row = {key: block_c_top + 1 + i for i, (_, key) in enumerate(rows)}
    for kind, key in rows:
        r = c_row[key]
        label = key[len(MEMBER_PREFIX):] if key.startswith(MEMBER_PREFIX) else w.text(key)
        w.put(sheet, r, left, label, "label_totaal" if kind == "total" else "label")
        shown[key] = []
        for y, year_result in enumerate(result.years):
            col = left + 1 + per_year * y
            corrections = year_result.rounded.corrections[key]
            refs = []
            for c in range(3):
                corr = w.put(sheet, r, col + c, Decimal(corrections[c]), "correctie")
                refs.append(w.formula(sheet, r, col + 3 + c, ROUND(euro[key][y][c] / unit, 0) + corr,
                                      "bedrag_totaal" if kind == "total" else "bedrag"))
            shown[key].append(tuple(refs))
            deviation[y].append(w.formula(sheet, r, col + 6, ABS(refs[0] + refs[1] - refs[2]), "getal"))
            distance[y].append(w.formula(sheet, r, col + 7, MAX(*[ABS(refs[c] - euro[key][y][c] / unit) for c in range(3)]),
                                         "euro"))
            if kind == "total":
                kids = [c_row[k] for k in children[key]]
                error = ABS(refs[0] - sum_of([Ref(sheet, k, col + 3) for k in kids]))
                error = error + ABS(refs[1] - sum_of([Ref(sheet, k, col + 4) for k in kids]))
                error = error + ABS(refs[2] - sum_of([Ref(sheet, k, col + 5) for k in kids]))
                footing[y].append(w.formula(sheet, r, col + 8, error, "getal"))
    # Block B: the split of the change in gemeentelijke bijdrage, largest remainder in whole cents
    if members:
        w.put(sheet, block_b_top - 1, left, "B. VERDELING VAN DE WIJZIGING GEMEENTELIJKE BIJDRAGE (grootste overschot, "
                                            "in centen; bij gelijke rest gaat de bovenste gemeente voor)", "sectie")
        for y, year in enumerate(years):
            top_y = block_b_top + y * (len(members) + 6)
            weights = [inputs["weights"][name][y] for name in members]
            shares, distances = write_largest_remainder(
                w, sheet, top_y, left, f"{year}: te verdelen (euro)", euro["gemeentelijke_bijdrage"][y][1], members,
                weights, inputs["scale"][y], a.keys[y])
            share_refs.append(shares)
            distance_refs.append(distances)
    sheet_obj = w.book.sheet(sheet)
    sheet_obj.widths.setdefault(left, 40)
    for col in range(left + 1, left + 1 + per_year * len(years)):
        sheet_obj.widths.setdefault(col, 15)
    sheet_obj.freeze = (header + 1, left + 1)
    return {"euro": euro, "shown": shown, "footing": footing, "deviation": deviation, "distance": distance,
            "shares": share_refs, "share_distances": distance_refs}


def _write_document(w: Writer, title_anchor, general_anchor, table_anchor, result: AmendmentResult, inputs: dict,
                    shown: dict) -> dict:
    a = result.amendment
    years = a.years
    sheet, row, col = title_anchor
    w.put(sheet, row, col, f"{w.text('titel')} {a.number} {a.title}", "titel")
    if a.organisation:
        w.put(sheet, row + 1, col, a.organisation, "ondertitel")
    g_sheet, g_row, g_col = general_anchor
    w.put(g_sheet, g_row, g_col, w.text("algemeen"), "sectie")
    for offset, (key, label) in enumerate((("kenmerk", "Kenmerk"), ("programma", "Programma"),
                                           ("onderdeel", "Onderdeel"), ("taakveld", "Taakveld")), start=1):
        w.put(g_sheet, g_row + offset, g_col, w.text(key), "label")
        w.formula(g_sheet, g_row + offset, g_col + 1, inputs["general"][label], "tekst")
    t_sheet, top, left = table_anchor
    sign = Ref("Invoer", *inputs["TekenBaten"])
    w.put(t_sheet, top, left, f"{w.text('eenheid')}{unit_text(a.unit)}", "bron")
    year_headers = []
    for y in range(len(years)):
        for c, key in enumerate(("begroting", "wijziging", "bijgesteld")):
            w.put(t_sheet, top + 1, left + 1 + 3 * y + c, w.text(key), "kop")
            ref = w.formula(t_sheet, top + 2, left + 1 + 3 * y + c, inputs["years"][y], "jaar")
            if c == 0:
                year_headers.append(ref)
    row = top + 2
    members = list(a.member_begroting)
    for kind, key in display_rows(members):
        row += 1
        if kind == "section":
            w.put(t_sheet, row, left, w.text(key), "sectie")
            continue
        if kind == "member":
            label = key[len(MEMBER_PREFIX):]
        elif kind == "centrum":
            label = a.centrumgemeente or w.text("centrumgemeente_bijdrage")
        else:
            label = w.text(key)
        total = kind == "total"
        w.put(t_sheet, row, left, label, "label_totaal" if total else "label")
        flip = key in BATEN_ROWS or kind in ("member", "centrum")
        for y in range(len(years)):
            for c in range(3):
                source = shown[key][y][c]
                expr = source * sign if flip else source
                w.formula(t_sheet, row, left + 1 + 3 * y + c, expr, "bedrag_totaal" if total else "bedrag")
    row += 2
    w.put(t_sheet, row, left, w.text("toelichting"), "sectie")
    for text in a.toelichting:
        row += 1
        w.put(t_sheet, row, left, text, "tekst")
    row += 2
    adopted = f"{w.text('vastgesteld')} {a.adopted_by or '...'} {w.text('op')} {a.adopted_on or '...'}"
    w.put(t_sheet, row, left, adopted, "tekst")
    row += 3
    w.put(t_sheet, row, left, w.text("secretaris"), "tekst")
    w.put(t_sheet, row, left + 4, w.text("voorzitter"), "tekst")
    sheet_obj = w.book.sheet(t_sheet)
    sheet_obj.landscape = True
    sheet_obj.print_title_rows = (top + 1, top + 2)
    sheet_obj.freeze = (top + 3, left + 1)
    sheet_obj.show_grid = False
    return {"year_headers": year_headers}


def _write_chart(w: Writer, anchor: tuple[str, int, int], result: AmendmentResult, calc: dict) -> None:
    sheet, top, left = anchor
    a = result.amendment
    members = list(a.member_begroting)
    w.put(sheet, top, left, w.text("grafiek_titel"), "titel")
    w.put(sheet, top + 2, left, "Gemeente", "kop")
    for y, year in enumerate(a.years):
        w.put(sheet, top + 2, left + 1 + y, f"{year}", "kop")
    for i, name in enumerate(members):
        r = top + 3 + i
        w.put(sheet, r, left, name, "label")
        for y in range(len(a.years)):
            # a contribution is a baat (negative): the chart shows what each member pays
            w.formula(sheet, r, left + 1 + y, -calc["euro"][MEMBER_PREFIX + name][y][2], "euro")
    first, last = top + 3, top + 2 + len(members)
    chart = Chart(w.text("grafiek_titel"), (left, first, last),
                  [(str(year), left + 1 + y) for y, year in enumerate(a.years)],
                  anchor=(top + 2, left + 2 + len(a.years)), size=(max(16, len(members) + 4), 10))
    w.book.sheet(sheet).charts.append(chart)
    for col in range(left + 1, left + 1 + len(a.years)):
        w.book.sheet(sheet).widths.setdefault(col, 14)
