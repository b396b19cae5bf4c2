"""Build sealed-trial36 (10 tables x 5 variants) + truth.json. Run: /work/main/.venv/bin/python build.py"""
import json, random, copy, os
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.utils import get_column_letter as L

R = random.Random(3636)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'xlsx')
NL = '[$-413]#,##0;-#,##0'
thin = Side(style='thin'); med = Side(style='medium')

def amt(lo, hi, step=10):
    return R.randrange(lo // step, hi // step) * step

# A table: cols = list of {hdr:[levels], t:'base'|'der'|'info', expr:[(coef,ci)]}
# rows = list of {k: key, typ: h|d|s|t, label, v: {ci: value} for base/info, rel: optional [(coef,key)]}
def children(rows, i):
    r = rows[i]
    if 'rel' in r:
        keys = {x['k']: x for x in rows}
        return [(c, keys[k]) for c, k in r['rel'] if k in keys]
    if r['typ'] == 's':
        out = []
        for x in reversed(rows[:i]):
            if x['typ'] in ('s', 't', 'h') or x.get('stop'):
                if x['typ'] == 'h' or x['typ'] in ('s', 't'): break
            if x['typ'] == 'd': out.append((1, x))
        return out[::-1]
    if r['typ'] == 't':
        subs, dets = [], []
        for x in reversed(rows[:i]):
            if x['typ'] == 't': break
            if x['typ'] == 's': subs.append((1, x))
            if x['typ'] == 'd': dets.append((1, x))
        return subs[::-1] if subs else dets[::-1]
    return []

def fill(tab):
    """compute sums and derived cols on the clean table (exact)."""
    rows, cols = tab['rows'], tab['cols']
    for i, r in enumerate(rows):
        if r['typ'] in ('s', 't') or 'rel' in r:
            for ci, c in enumerate(cols):
                if c['t'] == 'base':
                    r['v'][ci] = sum(co * ch['v'][ci] for co, ch in children(rows, i))
        if r['typ'] != 'h':
            for ci, c in enumerate(cols):
                if c['t'] == 'der':
                    r['v'][ci] = sum(co * r['v'][cj] for co, cj in c['expr'])
    # derived cols of sums must also foot vertically: true because linear.

def title(c):
    return ' '.join(x for x in c['hdr'] if x)

def failing(tab):
    rows, cols, unit = tab['rows'], tab['cols'], tab.get('unit', 1)
    out = []
    for i, r in enumerate(rows):
        if r['typ'] == 'h':
            continue
        ch = children(rows, i) if (r['typ'] in ('s', 't') or 'rel' in r) else []
        for ci, c in enumerate(cols):
            if c['t'] == 'info':
                continue
            p = r['v'][ci]
            tv = None
            if ch:
                t = round(sum(co * x['v'][ci] for co, x in ch), 6)
                if abs(t - p) > 1e-9: tv = t
            if tv is None and c['t'] == 'der':
                t = round(sum(co * r['v'][cj] for co, cj in c['expr']), 6)
                if abs(t - p) > 1e-9: tv = t
            if tv is not None:
                f = {'label': r['label'], 'column': title(c), 'printed': float(p), 'true': float(tv), 'unit': float(unit)}
                if r.get('code'): f['code'] = r['code']
                out.append(f)
    return out

# ---------------------------------------------------------------- writer
def write(tab, path):
    wb = Workbook(); ws = wb.active; ws.title = tab.get('sheet', 'Blad1')
    o = tab.get('opt', {})
    font = o.get('font', 'Calibri'); fs = o.get('size', 10)
    F = lambda **k: Font(name=font, size=k.pop('size', fs), **k)
    cols, rows = tab['cols'], tab['rows']
    r0 = 1
    for line in tab.get('top', []):
        ws.cell(r0, 1, line[0]).font = F(bold=line[1] if len(line) > 1 else False, size=line[2] if len(line) > 2 else fs)
        if len(line) > 3:
            ws.cell(r0, 2, line[3]).font = F(); ws.cell(r0, 2).alignment = Alignment(horizontal='left')
        r0 += 1
    r0 += 1
    lab_right = o.get('label_right')
    ncol = len(cols)
    lab_c = ncol + 1 if lab_right else 1
    first = 1 if lab_right else 2
    cpos = [first + i for i in range(ncol)]
    extra = o.get('sublabel_col')  # column index (sheet) where subtotal labels go
    nh = max(len(c['hdr']) for c in cols)
    ws.cell(r0 + nh - 1, lab_c, o.get('label_title', 'Omschrijving')).font = F(bold=True)
    if lab_right:
        ws.cell(r0 + nh - 1, lab_c).alignment = Alignment(horizontal='left', indent=2)
    for lev in range(nh):
        prev = None; start = None
        for i, c in enumerate(cols + [None]):
            v = c['hdr'][lev] if c is not None and lev < len(c['hdr']) else None
            if lev < nh - 1 and c is not None and v == prev and v:
                continue
            if lev < nh - 1 and prev and start is not None and i - 1 > start:
                ws.merge_cells(start_row=r0 + lev, start_column=cpos[start], end_row=r0 + lev, end_column=cpos[i - 1])
            if c is None: break
            cell = ws.cell(r0 + lev, cpos[i], v)
            cell.font = F(bold=True); cell.alignment = Alignment(horizontal='center' if lev < nh - 1 else 'right', wrap_text=True)
            prev, start = v, i
    for i in range(ncol):
        ws.cell(r0 + nh - 1, cpos[i]).border = Border(bottom=thin)
    ws.cell(r0 + nh - 1, lab_c).border = Border(bottom=thin)
    rr = r0 + nh
    cellmap = {}
    for r in rows:
        bold = r['typ'] in ('s', 't', 'h')
        lc = lab_c
        if r['typ'] == 's' and extra:
            lc = extra
        c = ws.cell(rr, lc, r['label']); c.font = F(bold=bold, italic=r['typ'] == 'h' and o.get('italic_h', False))
        if r['typ'] == 's' and extra:
            c.alignment = Alignment(horizontal='right')
        elif lab_right:
            c.alignment = Alignment(horizontal='left', indent=2)
        if r['typ'] != 'h':
            for i, col in enumerate(cols):
                v = r['v'].get(i)
                if v is None: continue
                cc = ws.cell(rr, cpos[i], v)
                cc.number_format = col.get('fmt', o.get('fmt', NL)); cc.font = F(bold=bold)
                if r['typ'] == 't': cc.border = Border(top=thin, bottom=Side(style='double'))
                elif r['typ'] == 's': cc.border = Border(top=thin)
                cellmap[(r['k'], i)] = f'{L(cpos[i])}{rr}'
        cellmap[(r['k'], 'row')] = rr
        rr += 1
        if o.get('spacer') and r['typ'] != 'h':
            ws.row_dimensions[rr].height = 6; rr += 1
        if r.get('gap'):
            rr += 1
    for line in tab.get('bottom', []):
        rr += 1; ws.cell(rr, lab_c if not lab_right else 1, line).font = F(italic=True, size=fs - 1)
    ws.column_dimensions[L(lab_c)].width = o.get('lw', 38)
    for i, col in enumerate(cols):
        ws.column_dimensions[L(cpos[i])].width = col.get('w', o.get('cw', 13))
    if extra:
        ws.column_dimensions[L(extra)].width = o.get('xw', 22)
    ps = ws.page_setup
    ps.orientation = o.get('orient', 'portrait'); ps.paperSize = 9
    if o.get('fit', True):
        ws.sheet_properties.pageSetUpPr.fitToPage = True; ps.fitToWidth = 1; ps.fitToHeight = o.get('fith', 1)
    if o.get('scale'):
        ps.scale = o['scale']
    if o.get('title_cols'):
        ws.print_title_cols = o['title_cols']
    if o.get('page_header'):
        ws.oddHeader.center.text = o['page_header']; ws.oddHeader.center.size = 12; ws.oddHeader.center.font = f'{font},Bold'
    ws.sheet_view.showGridLines = False
    ws.print_options.gridLines = False
    wb.save(path)
    return cellmap

# ---------------------------------------------------------------- tables
def base_cols(names, **kw):
    return [dict(hdr=n if isinstance(n, list) else [n], t='base', **kw) for n in names]

TABLES = []

def T(name, kind, cols, rows, **kw):
    d = dict(name=name, kind=kind, cols=cols, rows=rows); d.update(kw); TABLES.append(d); return d

def rowsets(groups, ncols_base, idx, lo, hi, step=10, gtotal='Totaal', sublab='Totaal {}', heading=True, infos=None):
    rows = []; k = 0; nd = 0; ns = 0
    for g, lines in groups:
        if heading:
            rows.append(dict(k=f'h{k}', typ='h', label=g, v={})); k += 1
        for ln in lines:
            v = {ci: amt(lo, hi, step) for ci in idx}
            if infos: v.update(infos(ln))
            nd += 1; rows.append(dict(k=f'r{nd}', typ='d', label=ln, v=v))
        ns += 1; rows.append(dict(k=f's{ns}', typ='s', label=sublab.format(g), v={}, gap=True))
    rows.append(dict(k='tot', typ='t', label=gtotal, v={}))
    return rows

# t01 saldibalans GR: numeric grootboeknummers, Debet / Credit
cols = [dict(hdr=['Grootboek', 'rekening'], t='info', fmt='0', w=11)] + base_cols([['Saldibalans 31-12-2025', 'Debet'], ['Saldibalans 31-12-2025', 'Credit']], w=15)
g1 = [('Balansrekeningen', [(101000, 'Immateriële vaste activa'), (102000, 'Materiële vaste activa'), (113000, 'Debiteuren deelnemers'), (115000, 'Bank BNG'), (205000, 'Algemene reserve'), (210000, 'Voorzieningen'), (220000, 'Crediteuren'), (230000, 'Overlopende passiva')]),
      ('Exploitatierekeningen', [(410000, 'Salarissen en sociale lasten'), (420000, 'Inhuur derden'), (430000, 'Huisvestingskosten'), (440000, 'ICT en licenties'), (450000, 'Kapitaallasten'), (810000, 'Bijdragen deelnemers'), (820000, 'Opbrengst dienstverlening derden'), (830000, 'Overige baten')])]
rows = []; k = 0; nd = 0; ns = 0
for g, lines in g1:
    rows.append(dict(k=f'h{k}', typ='h', label=g, v={})); k += 1
    for nr, ln in lines:
        debit = nr < 205000 or 400000 <= nr < 800000
        v = {0: nr, 1: amt(40000, 2500000) if debit else 0, 2: 0 if debit else amt(40000, 2500000)}
        nd += 1; rows.append(dict(k=f'r{nd}', typ='d', label=ln, v=v))
    ns += 1; rows.append(dict(k=f's{ns}', typ='s', label=f'Subtotaal {g.lower()}', v={}, gap=True))
# the result of the year balances the saldibalans: Debet total = Credit total (not listed as a relation)
dd = sum(r['v'][1] - r['v'][2] for r in rows if r['typ'] == 'd')
rows.insert(9, dict(k='rres', typ='d', label='Resultaat lopend boekjaar', v={0: 240000, 1: max(0, -dd), 2: max(0, dd)}))
rows.append(dict(k='tot', typ='t', label='Totaal saldibalans', v={}))
T('t01_gr_saldibalans', 'GR bedrijfsvoeringsorganisatie: saldibalans per grootboekrekening (Debet/Credit, numerieke grootboeknummers)', cols, rows,
  top=[('Proef- en saldibalans 2025 GR Bedrijfsvoering Hollands Midden', True, 13), ('bedragen in euro\'s',)],
  opt=dict(font='Arial', size=9, fmt='[$-413]#,##0;-#,##0;""', label_title='Omschrijving'),
  alt=dict(p1=('r3', 1), tot=(2, 50000), dele='r12', sub=('s2', 1, 10000)))

# t02 wagenpark: document block, numeric Bouwjaar + km-stand info columns
cols = [dict(hdr=['Bouwjaar'], t='info', fmt='0', w=9), dict(hdr=['Km-stand'], t='info', fmt=NL, w=11)] + base_cols(['Brandstof', 'Onderhoud', 'Verzekering', 'Afschrijving', 'Rente']) + [dict(hdr=['Totaal'], t='der', expr=[(1, i) for i in range(2, 7)])]
groups = [('Afdeling Buitendienst', ['Tractor Fendt 312 (BT-12-KL)', 'Veegmachine Schmidt (VZ-441-T)', 'Bedrijfsbus VW Crafter (V-288-XS)', 'Kraanwagen DAF (BX-PP-07)']),
          ('Afdeling Handhaving', ['Elektrische auto (GRJ-45-N)', 'Scooter BOA (F-123-BB)', 'Elektrische auto (GRJ-46-N)']),
          ('Afdeling Begraafplaatsen', ['Minigraver Kubota (WG-13-LP)', 'Pick-up Isuzu (3-VPG-22)'])]
rows = rowsets(groups, 0, range(2, 7), 400, 18000, infos=lambda ln: {0: R.randint(2012, 2025), 1: R.randrange(8000, 240000)})
T('t02_gemeentelijk_wagenpark', 'Gemeente: kosten gemeentelijk wagenpark per voertuig en afdeling (documentblok met versie/datum, bouwjaar en km-stand als getallen)', cols, rows,
  top=[('Gemeente Oude IJsselstreek', True, 12), ('Kosten wagenpark 2025', True, 12), ('Versie:', False, 9, 3), ('Datum:', False, 9, '14-03-2026'), ('Opgesteld door:', False, 9, 'Team Financiën, M. de Vries'), ('Status:', False, 9, 'concept')],
  opt=dict(font='Calibri', size=10, orient='landscape', lw=34, cw=11),
  alt=dict(p1=('r2', 3), tot=(7, 20000), dele='r9', sub=('s1', 4, 3000)))

# t03 kostentoedeling watersysteem: abbreviated column titles with legend
cols = base_cols(['Ing.', 'Geb.', 'Ongeb.', 'Nat.']) + [dict(hdr=['Totaal'], t='der', expr=[(1, i) for i in range(4)])]
groups = [('Watersysteembeheer', ['Peilbeheer en gemalen', 'Onderhoud watergangen', 'Keringen en dijken', 'Waterkwaliteit', 'Calamiteitenzorg']),
          ('Ondersteuning', ['Heffing en invordering', 'Bestuur', 'Overhead toegerekend'])]
rows = rowsets(groups, 0, range(4), 50000, 4000000, step=1000, gtotal='Totaal kosten watersysteembeheer', sublab='Totaal {}')
T('t03_kostentoedeling_watersysteem', 'Waterschap: kostentoedeling watersysteembeheer naar categorie belanghebbenden (afgekorte kolomtitels met legenda)', cols, rows,
  top=[('Kostentoedeling watersysteembeheer 2026 (begroting)', True, 12)],
  bottom=['Ing. = ingezetenen; Geb. = gebouwd; Ongeb. = ongebouwd (incl. wegen); Nat. = natuurterreinen.', 'Percentages conform Kostentoedelingsverordening 2024.'],
  opt=dict(font='Verdana', size=9, lw=32, cw=12),
  alt=dict(p1=('r2', 1), tot=(4, 250000), dele='r4', sub=('s1', 0, 40000)))

# t04 geluidsanering: a 'waarvan' column not in the row relation, Restant = budget - two spent
cols = base_cols([['Budget'], ['Besteed t/m 2024'], ['Besteed 2025'], ['waarvan rijksbijdrage']]) + [dict(hdr=['Restant'], t='der', expr=[(1, 0), (-1, 1), (-1, 2)])]
groups = [('Provinciale wegen', ['N302 Harderwijk', 'N310 Elburg', 'N348 Dieren-Zutphen', 'N834 Tiel', 'N785 Kootwijkerbroek']),
          ('Spoorwegen (ProRail)', ['Emplacement Ede', 'Baanvak Arnhem-Zevenaar'])]
rows = rowsets(groups, 0, range(4), 20000, 900000, gtotal='Totaal geluidsanering', sublab='Totaal {}')
for r in rows:
    if r['typ'] == 'd':
        r['v'][1] = R.randrange(0, r['v'][0] // 2000) * 1000 + 1000
        r['v'][0] = r['v'][1] * 2 + amt(10000, 300000)
        r['v'][2] = amt(0, r['v'][0] - r['v'][1])
        r['v'][3] = R.randrange(0, r['v'][2] // 10 + 1) * 10 // 2
T('t04_geluidsanering_wegverkeer', 'Provincie: saneringsprojecten geluidhinder wegverkeer en spoor (kolom waarvan rijksbijdrage, restant = budget - besteed)', cols, rows,
  top=[('Programma Geluid: uitgaven saneringsprojecten', True, 12), ('bedragen in €',)],
  opt=dict(font='Georgia', size=9, lw=30, cw=16),
  alt=dict(p1=('r3', 2), tot=(0, 500000), dele='r6', sub=('s1', 1, 25000)))

# t05 toezicht kinderopvang: spacer row after every line (half height)
cols = base_cols([['Aantal', 'locaties'], ['Aantal', 'inspecties'], ['Kosten (€)', 'GGD'], ['Kosten (€)', 'handhaving']]) + [dict(hdr=['Kosten (€)', 'totaal'], t='der', expr=[(1, 2), (1, 3)])]
groups = [('Kinderdagverblijven', ['Onderzoek voor registratie', 'Jaarlijks onderzoek', 'Incidenteel onderzoek']),
          ('Buitenschoolse opvang', ['Onderzoek voor registratie', 'Jaarlijks onderzoek']),
          ('Gastouderopvang', ['Gastouderbureaus', 'Voorzieningen gastouderopvang (steekproef)'])]
rows = rowsets(groups, 0, range(4), 3000, 90000, sublab='Subtotaal {}', gtotal='Totaal toezicht kinderopvang')
for r in rows:
    if r['typ'] == 'd':
        r['v'][0] = R.randint(3, 120); r['v'][1] = R.randint(r['v'][0] // 2 + 1, r['v'][0] + 5)
for i, r in enumerate(rows):  # make labels unique for the truth
    if r['typ'] == 'd' and r['label'] in ('Onderzoek voor registratie', 'Jaarlijks onderzoek'):
        r['label'] = r['label'] + (' KDV' if i < 6 else ' BSO')
T('t05_toezicht_kinderopvang', 'Gemeente: toezicht en handhaving kinderopvang door de GGD (aantallen en kosten, lege halve regel na elke regel)', cols, rows,
  top=[('Toezicht kinderopvang 2025', True, 12)],
  opt=dict(font='Tahoma', size=9, spacer=True, lw=40, cw=12),
  alt=dict(p1=('r2', 2), tot=(4, 30000), dele='r6', sub=('s1', 1, 20)))

# t06 regionaal investeringsfonds: ten years over two pages across, label column repeated
years = [str(y) for y in range(2023, 2033)]
cols = base_cols(years, w=12) + [dict(hdr=['Totaal 2023-2032'], t='der', expr=[(1, i) for i in range(10)], w=14)]
groups = [('Bereikbaarheid', ['Fietsroute Zwolle-Kampen', 'Mobiliteitshub station', 'Busbaan Stadshagen']),
          ('Economie en arbeidsmarkt', ['Campus Techniek', 'Innovatiefonds MKB', 'Leven Lang Ontwikkelen']),
          ('Leefbaarheid', ['Dorpsvernieuwing kleine kernen', 'Regionale sportvoorzieningen'])]
rows = rowsets(groups, 0, range(10), 0, 800000, step=5000, gtotal='Totaal regionaal investeringsfonds')
T('t06_regionaal_investeringsfonds', 'GR regio: bijdragen regionaal investeringsfonds per project per jaar 2023-2032 (over twee pagina\'s breed, labelkolom herhaald)', cols, rows,
  top=[('Regionaal Investeringsfonds', True, 12), ('Regio Zwolle, bijdragen in €', True, 10)],
  opt=dict(font='Arial', size=10, orient='portrait', fit=False, scale=80, title_cols='A:A', lw=34),
  alt=dict(p1=('r5', 6), tot=(10, 1000000), dele='r2', sub=('s2', 3, 50000)))

# t07 rekenkamer: figures first, label in the last column
cols = base_cols(['Begroting 2025', 'Realisatie 2025']) + [dict(hdr=['Verschil'], t='der', expr=[(1, 0), (-1, 1)])]
groups = [('Onderzoeken', ['Onderzoek re-integratie', 'Onderzoek grondbeleid', 'Naonderzoek aanbevelingen 2022', 'Quick scan subsidies']),
          ('Organisatie', ['Vergoeding leden', 'Ambtelijk secretaris', 'Lidmaatschap NVRR', 'Opleiding en congressen'])]
rows = rowsets(groups, 0, range(2), 1000, 60000, step=50, gtotal='Totaal rekenkamercommissie', sublab='Totaal {}')
T('t07_rekenkamercommissie', 'Gemeente: budget en besteding rekenkamercommissie per onderzoek (bedragen links, omschrijving in de laatste kolom)', cols, rows,
  top=[('Rekenkamercommissie - verantwoording budget 2025', True, 12)],
  opt=dict(font='Times New Roman', size=11, label_right=True, lw=36, cw=15),
  alt=dict(p1=('r1', 1), tot=(1, 15000), dele='r7', sub=('s1', 0, 2500)))

# t08 dwangsommen waterschap: 'Bij:' / 'Af:' headings, af-lines printed positive and subtracted
cols = base_cols(['Oppervlaktewater', 'Grondwater', 'Keur en legger']) + [dict(hdr=['Totaal'], t='der', expr=[(1, 0), (1, 1), (1, 2)])]
rows = [dict(k='beg', typ='d', label='Openstaand per 1 januari 2025', v={i: amt(20000, 150000) for i in range(3)}),
        dict(k='hb', typ='h', label='Bij:', v={}),
        dict(k='b1', typ='d', label='Verbeurde dwangsommen', v={i: amt(5000, 80000) for i in range(3)}),
        dict(k='b2', typ='d', label='Kostenverhaal bestuursdwang', v={i: amt(1000, 40000) for i in range(3)}),
        dict(k='b3', typ='d', label='Wettelijke rente', v={i: amt(100, 3000) for i in range(3)}),
        dict(k='sb', typ='s', label='Totaal bij', v={}, gap=True),
        dict(k='ha', typ='h', label='Af:', v={}),
        dict(k='a1', typ='d', label='Ontvangen betalingen', v={i: amt(5000, 60000) for i in range(3)}),
        dict(k='a2', typ='d', label='Kwijtgescholden / ingetrokken', v={i: amt(500, 10000) for i in range(3)}),
        dict(k='a3', typ='d', label='Oninbaar geleden', v={i: amt(100, 8000) for i in range(3)}),
        dict(k='sa', typ='s', label='Totaal af', v={}, gap=True),
        dict(k='tot', typ='t', label='Openstaand per 31 december 2025', v={}, rel=[(1, 'beg'), (1, 'sb'), (-1, 'sa')])]
T('t08_dwangsommen_waterschap', 'Waterschap: verloop openstaande dwangsommen en kostenverhaal handhaving (Bij:/Af:-koppen, af-regels positief en afgetrokken)', cols, rows,
  top=[('Handhaving: verloop vorderingen dwangsommen 2025', True, 12), ('(bedragen in euro\'s)',)],
  opt=dict(font='Calibri', size=11, lw=36, cw=18),
  alt=dict(p1=('b2', 1), tot=(3, 40000), dele='a2', sub=('sb', 0, 7000)))

# t09 laadpalen: subtotal labels right-aligned in a text column next to the figures, label column blank
cols = [dict(hdr=['Type'], t='info', w=14)] + base_cols([['Aantal', 'laadpunten'], ['Geleverd', 'kWh'], ['Opbrengst', 'concessie'], ['Kosten', 'netaansluiting']]) + [dict(hdr=['Saldo'], t='der', expr=[(1, 3), (-1, 4)])]
groups = [('Centrum', ['Markt', 'Havenkade', 'Parkeergarage Noord']), ('Noord', ['Julianastraat', 'Sportpark De Weide', 'Winkelcentrum Vlier']), ('Zuid', ['Stationsplein', 'Bedrijventerrein Zuid'])]
rows = rowsets(groups, 0, range(1, 5), 2000, 60000, heading=False, sublab='Subtotaal {}', gtotal='Totaal laadinfrastructuur')
for r in rows:
    if r['typ'] == 'd':
        r['v'][1] = R.randint(2, 24); r['v'][2] = r['v'][1] * R.randint(2000, 9000); r['v'][0] = R.choice(['AC 11 kW', 'AC 22 kW', 'snellader'])
T('t09_laadinfrastructuur', 'Gemeente: publieke laadpalen per locatie en wijk (laadpunten, kWh, concessievergoeding; subtotaallabels rechts in de tekstkolom naast de cijfers)', cols, rows,
  top=[('Laadinfrastructuur elektrische voertuigen - overzicht 2025', True, 12)],
  opt=dict(font='Verdana', size=9, sublabel_col=2, lw=26, cw=12, label_title='Locatie'),
  alt=dict(p1=('r1', 3), tot=(4, 25000), dele='r5', sub=('s1', 3, 4000)))

# t10 snelfietsroutes: title only in the printed page header, no title in the cells
cols = base_cols(['Raming', ['Dekking', 'provincie'], ['Dekking', 'gemeenten'], ['Dekking', 'Rijk (MIRT)']]) + [dict(hdr=['Dekking', 'totaal'], t='der', expr=[(1, 1), (1, 2), (1, 3)]), dict(hdr=['Tekort'], t='der', expr=[(1, 0), (-1, 1), (-1, 2), (-1, 3)])]
groups = [('Snelfietsroutes in uitvoering', ['F35 Enschede-Hengelo', 'F348 Deventer-Apeldoorn', 'F50 Zwolle-Dalfsen']), ('Snelfietsroutes in voorbereiding', ['F325 Arnhem-Velp', 'F15 Nijmegen-Beuningen', 'F58 Almelo-Wierden', 'F28 Hardenberg-Ommen'])]
rows = rowsets(groups, 0, range(4), 100000, 6000000, step=1000, gtotal='Totaal snelfietsroutes')
for r in rows:
    if r['typ'] == 'd':
        r['v'][0] = amt(3000000, 15000000, 1000); r['v'][1] = amt(1000000, r['v'][0] // 2, 1000); r['v'][2] = amt(200000, r['v'][0] // 4, 1000); r['v'][3] = amt(0, r['v'][0] - r['v'][1] - r['v'][2], 1000)
T('t10_snelfietsroutes', 'Provincie: investeringen snelfietsroutes en dekking (titel alleen in de paginakop van de afdruk)', cols, rows,
  opt=dict(font='Arial', size=9, page_header='Investeringsprogramma snelfietsroutes - stand per 1 januari 2026', lw=30, cw=12, orient='landscape'),
  alt=dict(p1=('r3', 2), tot=(1, 2000000), dele='r6', sub=('s1', 3, 150000)))

# ---------------------------------------------------------------- variants
truth = {}
for tab in TABLES:
    fill(tab)
    assert failing(tab) == [], tab['name']
    if tab['name'].startswith('t01'):
        assert tab['rows'][-1]['v'][1] == tab['rows'][-1]['v'][2]
    for d in tab['rows']:
        for ci, c in enumerate(tab['cols']):
            if c['t'] != 'info' and d['typ'] != 'h':
                assert isinstance(d['v'][ci], int) and (d['v'][ci] >= 0 or c['t'] == 'der'), (tab['name'], d['label'])
    labels = [r['label'] for r in tab['rows'] if r['typ'] != 'h']
    assert len(labels) == len(set(labels)), (tab['name'], labels)
    cm = write(tab, f"{OUT}/{tab['name']}.xlsx")
    truth[tab['name'] + '.xlsx'] = dict(kind=tab['kind'], variant='clean', failing=[], tolerated=[])
    a = tab['alt']
    key = {r['k']: r for r in tab['rows']}
    for var in ('p1', 'tot', 'del', 'sub'):
        t2 = copy.deepcopy(tab); k2 = {r['k']: r for r in t2['rows']}
        if var == 'p1':
            rk, ci = a['p1']; old = k2[rk]['v'][ci]; k2[rk]['v'][ci] = old + 1
            alt = dict(label=k2[rk]['label'], column=title(t2['cols'][ci]), action=f'{old} -> {old + 1}', cell=cm[(rk, ci)])
        elif var == 'tot':
            ci, d = a['tot']; old = k2['tot']['v'][ci]; k2['tot']['v'][ci] = old + d
            alt = dict(label=k2['tot']['label'], column=title(t2['cols'][ci]), action=f'{old} -> {old + d}', cell=cm[('tot', ci)])
        elif var == 'sub':
            rk, ci, d = a['sub']; old = k2[rk]['v'][ci]; k2[rk]['v'][ci] = old + d
            alt = dict(label=k2[rk]['label'], column=title(t2['cols'][ci]), action=f'{old} -> {old + d}', cell=cm[(rk, ci)])
        else:
            rk = a['dele']; assert k2[rk]['typ'] == 'd'
            alt = dict(label=k2[rk]['label'], column=None, action='row deleted', cell=f"row of '{k2[rk]['label']}' in the clean file")
            t2['rows'] = [r for r in t2['rows'] if r['k'] != rk]
        fl = failing(t2)
        assert fl, (tab['name'], var)
        write(t2, f"{OUT}/{tab['name']}_{var}.xlsx")
        truth[f"{tab['name']}_{var}.xlsx"] = dict(kind=tab['kind'], variant=var, failing=fl, tolerated=[], altered=alt)
json.dump({'files': truth}, open(os.path.join(os.path.dirname(OUT), 'truth.json'), 'w'), indent=1, ensure_ascii=False)
print(len(truth), 'files;', sum(len(v['failing']) for v in truth.values()), 'failing totals')
