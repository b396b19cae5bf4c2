#!/usr/bin/env python3
"""Build the sealed-trial27 corpus: 10 published-style Dutch tables x 5 variants, truth.json.

Every table is defined by its structure: line rows with base figures, total/subtotal rows with a
list of (row id, sign) they sum, and derived columns (colrels) as signed sums of other columns.
Clean figures are computed from that structure (so clean tables foot exactly as printed); truth is
recomputed from the printed (possibly altered) figures of each file with the same structure.
"""
import copy
import json
import os
import random

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))
XDIR = os.path.join(HERE, 'xlsx')
R = random.Random(27)


# ----------------------------------------------------------------------------- engine
def L(rid, label, vals, code=None, **kw):
    return dict(id=rid, kind='line', label=label, code=code, base=vals, **kw)


def S(rid, label, rel, kind='sub', code=None, **kw):
    return dict(id=rid, kind=kind, label=label, code=code, rel=rel, **kw)


def H(label, **kw):
    return dict(id=None, kind='head', label=label, **kw)


def B():
    return dict(id=None, kind='blank', label='')


def plus(ids):
    return [(i, 1) for i in ids]


def compute(t):
    """Fill 'vals' (list over t['cols']) for every figure row of the clean table."""
    cols = t['cols']
    base_idx = [i for i, c in enumerate(cols) if not c.get('derived')]
    byid = {r['id']: r for r in t['rows'] if r['id']}
    for r in t['rows']:
        if r['kind'] == 'line':
            v = [None] * len(cols)
            for j, i in enumerate(base_idx):
                v[i] = r['base'][j]
            r['vals'] = v

    def val(rid, i):
        r = byid[rid]
        if r.get('vals') is not None and r['vals'][i] is not None:
            return r['vals'][i]
        if r['kind'] == 'line':
            return derive(r, i)
        return sum(s * val(x, i) for x, s in r['rel'])

    def derive(r, i):
        rels = t['colrels'].get(i)
        return sum(s * (r['vals'][c] if r['vals'][c] is not None else val(r['id'], c)) for c, s in rels[0])

    for r in t['rows']:
        if r['kind'] in ('sub', 'total'):
            r['vals'] = [None] * len(cols)
    for r in t['rows']:
        if r['kind'] == 'line':
            for i in range(len(cols)):
                if r['vals'][i] is None:
                    r['vals'][i] = derive(r, i)
    for r in t['rows']:
        if r['kind'] in ('sub', 'total'):
            for i in range(len(cols)):
                r['vals'][i] = val(r['id'], i)
    # check derived columns also hold on totals
    for r in t['rows']:
        if r.get('vals'):
            for tgt, rl in t['colrels'].items():
                for rel in rl:
                    assert r['vals'][tgt] == sum(s * r['vals'][c] for c, s in rel), (t['name'], r['label'])


def failing(t, rows):
    """Every total that does not add up as printed in this file's rows."""
    cols = t['cols']
    sc = t.get('scale', 1)
    present = {r['id']: r for r in rows if r['id']}
    out = {}

    def add(r, i, true):
        key = (r['id'], i)
        pr = r['vals'][i]
        if key in out:
            if true / sc not in [out[key]['true']] + out[key].setdefault('true_other', []):
                out[key]['true_other'].append(true / sc)
            return
        e = dict(label=r['label'], column=cols[i]['title'], printed=pr / sc, true=true / sc,
                 unit=t.get('unit', 1))
        if r.get('code'):
            e['code'] = r['code']
        if r.get('sheet'):
            e['sheet'] = r['sheet']
        out[key] = e

    for r in rows:
        if r['kind'] in ('sub', 'total'):
            for i in range(len(cols)):
                true = sum(s * present[x]['vals'][i] for x, s in r['rel'] if x in present)
                if true != r['vals'][i]:
                    add(r, i, true)
        if r.get('vals') and not r.get('nocolrel'):
            for tgt, rl in t['colrels'].items():
                for rel in rl:
                    true = sum(s * r['vals'][c] for c, s in rel)
                    if true != r['vals'][tgt]:
                        add(r, tgt, true)
    res = list(out.values())
    for e in res:
        for k in ('printed', 'true'):
            e[k] = round(e[k], 2)
        if not e.get('true_other', True):
            del e['true_other']
        if 'true_other' in e:
            e['true_other'] = [round(x / 1, 2) for x in e['true_other']]
    return res


# ----------------------------------------------------------------------------- writer
THIN = Side(style='thin', color='000000')
HAIR = Side(style='hair', color='808080')


def write_table(ws, t, rows):
    st = t.get('style', {})
    fname = st.get('font', 'Calibri')
    fsize = st.get('size', 10)
    F = lambda **kw: Font(name=fname, size=kw.pop('size', fsize), **kw)
    layout = t['layout']            # display columns: 'label', 'code', 'txt', ('fig', i), ('sign', i), None (blank)
    ncol = len(layout)
    r0 = 1
    ws.cell(r0, 1, t['title']).font = F(bold=True, size=fsize + 4)
    r0 += 1
    for s in t.get('subtitles', []):
        ws.cell(r0, 1, s).font = F(italic=True)
        r0 += 1
    r0 += 1
    hdr_top = r0
    # header rows: t['header'] = list of rows, each list of (start_disp_col, span, text)
    for hn, hrow in enumerate(t['header']):
        if t.get('header_heights'):
            ws.row_dimensions[r0].height = t['header_heights'][hn]
        for (c, span, text) in hrow:
            cell = ws.cell(r0, c + 1, text)
            cell.font = F(bold=True)
            cell.alignment = Alignment(horizontal='center' if span > 1 or c > 0 else 'left',
                                       vertical='center', wrap_text=True)
            if span > 1:
                ws.merge_cells(start_row=r0, start_column=c + 1, end_row=r0, end_column=c + span)
        r0 += 1
    for c in range(ncol):
        if layout[c] is not None:
            ws.cell(r0 - 1, c + 1).border = Border(bottom=THIN)
    hdr_bot = r0 - 1
    if st.get('repeat'):
        ws.print_title_rows = '%d:%d' % (hdr_top, hdr_bot)
    fmt = t['fmt']
    shade = PatternFill('solid', fgColor=st.get('shade', 'F2F2F2'))
    cellmap = {}
    merge_next = {}
    for r in rows:
        k = r['kind']
        if k == 'blank':
            r0 += 1
            continue
        if k == 'head':
            ws.cell(r0, 1, r['label']).font = F(bold=True, italic=st.get('head_italic', False))
            r0 += 1
            continue
        if k == 'note':
            ws.cell(r0, 1, r['label']).font = F(italic=True, size=fsize - 1)
            r0 += 1
            continue
        bold = k == 'total' or (k == 'sub' and not st.get('sub_light'))
        for c, d in enumerate(layout):
            cell = ws.cell(r0, c + 1)
            if d == 'label':
                cell.value = r.get('plabel', r['label'])
                cell.alignment = Alignment(indent=0 if k != 'line' else st.get('indent', 1), wrap_text=False,
                                           vertical='center')
            elif d == 'code':
                cell.value = r.get('code')
                cell.alignment = Alignment(horizontal='left')
            elif d == 'txt':
                cell.value = r.get('txt')
            elif isinstance(d, tuple) and d[0] == 'fig':
                v = r['vals'][d[1]]
                if t.get('signcols'):
                    v = abs(v)
                sc = t.get('scale', 1)
                cell.value = v / sc if sc != 1 else v
                cell.number_format = t.get('colfmt', {}).get(d[1], fmt)
                cell.alignment = Alignment(horizontal='right')
            elif isinstance(d, tuple) and d[0] == 'sign':
                v = r['vals'][d[1]]
                cell.value = '+' if v > 0 else ('-' if v < 0 else '')
                cell.alignment = Alignment(horizontal='center')
            if d is not None:
                cell.font = F(bold=bold)
                if k in ('sub', 'total') and d != 'code':
                    if k == 'total':
                        cell.border = Border(top=THIN, bottom=Side(style='double'))
                    elif st.get('sub_light'):
                        cell.fill = shade
                    else:
                        cell.border = Border(top=HAIR)
        cellmap[r['id']] = r0
        if r.get('merge_with_next'):
            merge_next[r0] = r['id']
        r0 += 1
    # merged label cells over two rows (only when both rows are still present, consecutive)
    for rr in merge_next:
        if rr + 1 in cellmap.values():
            ws.merge_cells(start_row=rr, start_column=1, end_row=rr + 1, end_column=1)
            ws.cell(rr, 1).alignment = Alignment(vertical='center')
    for n in t.get('notes', []):
        r0 += 1
        ws.cell(r0, 1, n).font = F(italic=True, size=max(7, fsize - 1))
    for c, w in enumerate(t['widths']):
        ws.column_dimensions[get_column_letter(c + 1)].width = w
    ps = t.get('page', {})
    ws.page_setup.orientation = ps.get('orientation', 'portrait')
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    if ps.get('fitwidth', True):
        from openpyxl.worksheet.properties import PageSetupProperties
        ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
    if ps.get('margin'):
        ws.page_margins.left = ws.page_margins.right = ps['margin']
    ws.sheet_view.showGridLines = False
    ws.print_options.gridLines = False
    return cellmap


def cell_ref(t, cellmap, rid, i):
    for c, d in enumerate(t['layout']):
        if d == ('fig', i):
            return '%s%d' % (get_column_letter(c + 1), cellmap[rid])
    return None


def save(t, rows, path, t2=None, rows2=None):
    wb = Workbook()
    ws = wb.active
    ws.title = t.get('sheet', 'Tabel')[:31]
    cm = write_table(ws, t, rows)
    cm2 = None
    if t2 is not None:
        ws2 = wb.create_sheet(t2.get('sheet', 'Tabel 2')[:31])
        cm2 = write_table(ws2, t2, rows2)
    wb.save(path)
    return cm, cm2


# ----------------------------------------------------------------------------- tables
def rint(a, b, step=1):
    return R.randrange(a // step, b // step + 1) * step


def t01():
    gem = ['Buren', 'Culemborg', 'Tiel', 'West Betuwe']
    regs_inkomen = [('Participatiewet 21 jaar en ouder', 300, 900, 15000),
                    ('Participatiewet 18 tot 21 jaar', 15, 60, 7000),
                    ('IOAW', 10, 60, 16000), ('IOAZ', 1, 12, 16500),
                    ('Bbz 2004 levensonderhoud', 4, 25, 14000)]
    regs_minima = [('Bijzondere bijstand', 150, 600, 900), ('Individuele inkomenstoeslag', 60, 260, 520),
                   ('Collectieve zorgverzekering minima', 200, 900, 260), ('Kwijtschelding gemeentelijke heffingen', 100, 500, 310)]
    cols = [dict(title='Aantal huishoudens (gemiddeld) Totaal', derived=True)] + \
           [dict(title='Aantal huishoudens (gemiddeld) ' + g) for g in gem] + \
           [dict(title='Uitgaven 2025 (in €) Totaal', derived=True)] + [dict(title='Uitgaven 2025 (in €) ' + g) for g in gem]
    colrels = {0: [plus([1, 2, 3, 4])], 5: [plus([6, 7, 8, 9])]}
    rows = [H('Inkomensvoorzieningen (BUIG)')]
    ids1, ids2 = [], []
    for n, (lab, a, b, per) in enumerate(regs_inkomen):
        aant = [rint(a, b) for _ in gem]
        bed = [x * per + rint(-900, 900) for x in aant]
        rows.append(L('i%d' % n, lab, aant + bed))
        ids1.append('i%d' % n)
    rows.append(S('sub1', 'Subtotaal inkomensvoorzieningen', plus(ids1)))
    rows += [B(), H('Minimabeleid')]
    for n, (lab, a, b, per) in enumerate(regs_minima):
        aant = [rint(a, b) for _ in gem]
        bed = [x * per + rint(-300, 300) for x in aant]
        rows.append(L('m%d' % n, lab, aant + bed))
        ids2.append('m%d' % n)
    rows.append(S('sub2', 'Subtotaal minimabeleid', plus(ids2)))
    rows.append(B())
    rows.append(S('tot', 'Totaal regelingen', plus(['sub1', 'sub2']), kind='total'))
    layout = ['label', ('fig', 0), ('fig', 1), ('fig', 2), ('fig', 3), ('fig', 4),
              ('fig', 5), ('fig', 6), ('fig', 7), ('fig', 8), ('fig', 9)]
    header = [[(0, 1, 'Regeling'), (1, 5, 'Aantal huishoudens (gemiddeld)'), (6, 5, 'Uitgaven 2025 (in €)')],
              [(0, 1, ''), (1, 1, 'Totaal')] + [(2 + k, 1, g) for k, g in enumerate(gem)] +
              [(6, 1, 'Totaal')] + [(7 + k, 1, g) for k, g in enumerate(gem)]]
    # truth column titles as the header shows them
    return dict(name='t01_rsd_bijstand_per_regeling', kind='RSD jaarverslag: uitkeringen per regeling, aantallen en bedragen per gemeente',
                title='Regionale Sociale Dienst Rivierenland', subtitles=['Jaarverslag 2025 - uitkeringen per regeling en per deelnemende gemeente'],
                cols=cols, colrels=colrels, rows=rows, layout=layout, header=header, fmt='[$-413]#,##0;-#,##0',
                widths=[38, 9, 9, 10, 9, 11, 12, 11, 11, 11, 12], page=dict(orientation='landscape', fitwidth=True),
                style=dict(font='Arial', size=9), sub_ids=['sub1', 'sub2'], p1=('i2', 7), tot=('tot', 5, 100000),
                dele='m1', sub=('sub1', 1, 10))


def t02():
    cats = ['Zeehavengeld', 'Binnenhavengeld', 'Kadegeld', 'Liggeld jachthaven', 'Walstroom', 'Overige havengelden']
    years = list(range(2019, 2026))
    cols = [dict(title=c) for c in cats] + [dict(title='Totaal', derived=True)]
    colrels = {6: [plus(range(6))]}
    rows = []
    lvl = [1850000, 420000, 310000, 265000, 42000, 88000]
    for y in years:
        v = [int(l * (0.85 + 0.03 * (y - 2019)) + rint(-20000, 20000)) for l in lvl]
        rows.append(L('y%d' % y, str(y), v))
    rows.append(S('tot', 'Totaal 2019-2025', plus(['y%d' % y for y in years]), kind='total'))
    layout = ['label'] + [('fig', i) for i in range(7)]
    header = [[(0, 1, 'Jaar')] + [(1 + i, 1, c) for i, c in enumerate(cats)] + [(7, 1, 'Totaal')]]
    return dict(name='t02_haven_havengelden', kind='Havenbedrijf jaarverslag: opbrengst havengelden per categorie, jaren als rijen',
                title='Gemeentelijk Havenbedrijf Harlingen', subtitles=['Opbrengst havengelden 2019-2025 per categorie (bedragen in euro)'],
                cols=cols, colrels=colrels, rows=rows, layout=layout, header=header, fmt='[$-413]0',
                widths=[18, 14, 15, 12, 14, 11, 14, 13], page=dict(orientation='landscape'),
                style=dict(font='Times New Roman', size=11), p1=('y2022', 2), tot=('tot', 6, 1000000),
                dele='y2021', sub=('y2024', 0, 50000), notes=['Bron: havenadministratie; tarieven volgens de Havengeldverordening.'])


def t03():
    cats = ['Volwassenen', 'Jongeren t/m 18 jaar', 'Museumkaart', 'Groepen', 'Scholen (educatie)']
    months = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september',
              'oktober', 'november', 'december']
    cols = [dict(title=c) for c in cats] + [dict(title='Totaal bezoekers', derived=True)]
    colrels = {5: [plus(range(5))]}
    rows, kw = [], []
    for q in range(4):
        ids = []
        for m in months[3 * q:3 * q + 3]:
            v = [rint(900, 3200), rint(300, 1400), rint(1500, 5200), rint(80, 700), rint(0, 900) if m not in ('juli', 'augustus') else rint(0, 60)]
            rows.append(L(m, m.capitalize(), v))
            ids.append(m)
        rows.append(S('q%d' % (q + 1), '%de kwartaal' % (q + 1), plus(ids)))
        kw.append('q%d' % (q + 1))
    rows.append(S('tot', 'Totaal 2025', plus(kw), kind='total'))
    layout = ['label'] + [('fig', i) for i in range(6)]
    header = [[(0, 1, 'Maand'), (1, 5, 'Bezoekers naar categorie'), (6, 1, 'Totaal')],
              [(0, 1, '')] + [(1 + i, 1, c) for i, c in enumerate(cats)] + [(6, 1, 'bezoekers')]]
    t = dict(name='t03_museum_bezoek_entree', kind='Museum jaarverslag: bezoekersaantallen per maand (blad 1) en entreegelden per tarief in euro en centen (blad 2)',
             title='Stedelijk Museum Zutphen', subtitles=['Bezoekersaantallen 2025 per maand en categorie'],
             cols=cols, colrels=colrels, rows=rows, layout=layout, header=header, fmt='[$-413]#,##0',
             widths=[18, 12, 12, 12, 10, 12, 12], page=dict(orientation='portrait'), sheet='Bezoekers',
             style=dict(font='Verdana', size=9, sub_light=True, shade='E7EEF7'),
             p1=('mei', 2), tot=('tot', 5, 10000), dele='oktober')
    # sheet 2: entreegelden with cents (stored in cents, scale 100)
    cols2 = [dict(title='Begroting 2025'), dict(title='Realisatie 2025'), dict(title='Verschil', derived=True)]
    colrels2 = {2: [[(1, 1), (0, -1)]]}
    tar = [('Volwassenen regulier', 14_500_000), ('Kortingstarief (CJP, studenten)', 1_800_000),
           ('Jongeren 13-18 jaar', 900_000), ('Groepstarief', 1_250_000), ('Vergoeding Museumkaart', 9_800_000)]
    ovr = [('Rondleidingen', 1_150_000), ('Audiotour', 420_000), ('Workshops en kinderfeestjes', 610_000)]
    rows2 = [H('Kaartverkoop')]
    for n, (lab, b) in enumerate(tar):
        rows2.append(L('k%d' % n, lab, [b, b + rint(-900000, 900000)], sheet='Entreegelden'))
    rows2.append(S('s1', 'Subtotaal kaartverkoop', plus(['k%d' % n for n in range(len(tar))]), sheet='Entreegelden'))
    rows2 += [B(), H('Overige publieksinkomsten')]
    for n, (lab, b) in enumerate(ovr):
        rows2.append(L('o%d' % n, lab, [b, b + rint(-200000, 200000)], sheet='Entreegelden'))
    rows2.append(S('s2', 'Subtotaal overige publieksinkomsten', plus(['o%d' % n for n in range(len(ovr))]), sheet='Entreegelden'))
    rows2.append(B())
    rows2.append(S('tot2', 'Totaal publieksinkomsten', plus(['s1', 's2']), kind='total', sheet='Entreegelden'))
    t2 = dict(name='t03b', title='Stedelijk Museum Zutphen', subtitles=['Entreegelden en publieksinkomsten 2025 (in €)'],
              cols=cols2, colrels=colrels2, rows=rows2, layout=['label', None, ('fig', 0), ('fig', 1), ('fig', 2)],
              header=[[(0, 1, 'Omschrijving'), (2, 1, 'Begroting 2025'), (3, 1, 'Realisatie 2025'), (4, 1, 'Verschil')]],
              fmt='[$-413]#,##0.00;-#,##0.00', scale=100, unit=0.01, widths=[36, 2, 15, 15, 14],
              page=dict(orientation='portrait'), sheet='Entreegelden', style=dict(font='Verdana', size=9))
    t['second'] = t2
    t['sub2'] = ('s1', 1, 100000)   # in cents: +1.000,00
    return t


def t04():
    years = [2026, 2027, 2028, 2029]
    cols = [dict(title=str(y)) for y in years]
    blocks = [
        ('Accres en uitkeringsbasis', 'a', [('Accres algemene uitkering', 250, 900), ('Ontwikkeling uitkeringsbasis (aantallen)', -300, 350),
                                            ('Herijking: suppletie-uitkering', -200, 200)]),
        ('Taakmutaties', 't', [('Wet inburgering: uitvoeringskosten', -90, 120), ('Jeugd: Hervormingsagenda', -500, -100),
                               ('Klimaatakkoord: uitvoeringskosten', 80, 260), ('Wet open overheid', 20, 60),
                               ('Uitvoering Omgevingswet (uitname)', -180, -40), ('Compensatie Wmo-abonnementstarief', -120, 150)]),
        ('Integratie- en decentralisatie-uitkeringen', 'd', [('IU Voogdij/18+', 30, 120), ('DU Beschermd wonen', -250, 250),
                                                              ('DU Brede SPUK sport', 10, 70)]),
    ]
    rows, subs = [], []
    for title, p, items in blocks:
        rows.append(H(title))
        ids = []
        for n, (lab, a, b) in enumerate(items):
            v = []
            for y in years:
                x = rint(a * 1000, b * 1000, 1000)
                v.append(x if x != 0 else 5000)
            rows.append(L('%s%d' % (p, n), lab, v))
            ids.append('%s%d' % (p, n))
        rows.append(S('s' + p, 'Subtotaal ' + title.lower(), plus(ids)))
        subs.append('s' + p)
        rows.append(B())
    rows.append(S('tot', 'Totaal effect decembercirculaire', plus(subs), kind='total'))
    # ensure no zero in sums (a zero has no sign)
    layout = ['label']
    for i in range(4):
        layout += [('sign', i), ('fig', i)]
    header = [[(0, 1, 'Mutatie (+ = voordeel, - = nadeel)')] + [(1 + 2 * i, 2, str(y)) for i, y in enumerate(years)]]
    return dict(name='t04_gem_decembercirculaire', kind='Gemeente raadsinformatiebrief: effecten decembercirculaire gemeentefonds met +/- tekenkolom naast de bedragen',
                title='Gemeente Oosterhout', subtitles=['Raadsinformatiebrief: financiële effecten decembercirculaire 2025 (bedragen in €)'],
                cols=cols, colrels={}, rows=rows, layout=layout, header=header, fmt='[$-413]#,##0', signcols=True,
                widths=[44, 3, 12, 3, 12, 3, 12, 3, 12], page=dict(orientation='portrait', fitwidth=True),
                style=dict(font='Calibri', size=10, head_italic=True), p1=('t1', 2), tot=('tot', 1, 200000),
                dele='t3', sub=('st', 3, 100000))


def t05():
    years = ['Begroting 2025', 'Begroting 2026', 'Raming 2027', 'Raming 2028']
    cols = [dict(title=y) for y in years]
    def grow(b):
        return [int(b * (1 + 0.03 * k)) + rint(-3000, 3000) for k in range(4)]
    rows = [H('Kosten taakveld 7.2 Riolering')]
    k = [('Personeelslasten', 610000), ('Kapitaallasten (rente en afschrijving)', 1840000),
         ('Onderhoud en exploitatie', 925000), ('Toevoeging voorziening vervanging riolering', 700000)]
    for n, (lab, b) in enumerate(k):
        rows.append(L('k%d' % n, lab, grow(b)))
    rows.append(S('sk', 'Totaal kosten taakveld', plus(['k%d' % n for n in range(4)])))
    inb = [('Bijdrage waterschap (afvalwaterketen)', 145000), ('Overige baten riolering', 38000)]
    for n, (lab, b) in enumerate(inb):
        rows.append(L('b%d' % n, lab, [-x for x in grow(b)], plabel=lab))
    rows.append(S('nk', 'Netto kosten taakveld', [('sk', 1), ('b0', 1), ('b1', 1)]))
    rows += [B(), H('Toe te rekenen kosten')]
    tt = [('Overhead', 212000), ('Kwijtschelding rioolheffing', 64000), ('Straatreiniging (25%)', 81000),
          ('Compensabele BTW', 395000)]
    for n, (lab, b) in enumerate(tt):
        rows.append(L('t%d' % n, lab, grow(b)))
    rows.append(S('st', 'Totaal toe te rekenen kosten', plus(['t%d' % n for n in range(4)])))
    rows.append(B())
    rows.append(S('tk', 'Totale kosten', [('nk', 1), ('st', 1)], kind='total'))
    layout = ['label', ('fig', 0), ('fig', 1), ('fig', 2), ('fig', 3)]
    header = [[(0, 1, 'Kostendekkendheid rioolheffing')] + [(1 + i, 1, y) for i, y in enumerate(years)]]
    return dict(name='t05_gem_rioolheffing_kostendekking', kind='Gemeente begroting paragraaf lokale heffingen: kostendekkendheid rioolheffing incl. BTW, -/- negatieven',
                title='Gemeente Nunspeet', subtitles=['Paragraaf lokale heffingen - berekening kostendekkendheid rioolheffing (in €)'],
                cols=cols, colrels={}, rows=rows, layout=layout, header=header,
                fmt='[$-413]#,##0;"-/- "#,##0', widths=[44, 15, 15, 15, 15], page=dict(orientation='portrait'),
                style=dict(font='Georgia', size=10, sub_light=True, shade='EDEDED'),
                notes=['Kostendekkendheid: 100% in alle jaren; de opbrengst rioolheffing is gelijk aan de totale kosten.'],
                p1=('k2', 1), tot=('tk', 2, 100000), dele='t2', sub=('sk', 0, 10000))


def t06():
    years = ['Rekening 2022', 'Rekening 2023', 'Rekening 2024', 'Begroting 2025', 'Begroting 2026']
    cols = [dict(title=y) for y in years]
    regions = [('Subregio Noord', ['Hardenberg', 'Ommen', 'Dalfsen', 'Staphorst', 'Zwartewaterland', 'Kampen', 'Zwolle']),
               ('Subregio Zuid', ['Deventer', 'Olst-Wijhe', 'Raalte', 'Hellendoorn', 'Twenterand', 'Rijssen-Holten', 'Steenwijkerland'])]
    inw = {}
    rows, subs = [], []
    for rn, (reg, gs) in enumerate(regions):
        rows.append(H(reg))
        ids = []
        for g in gs:
            n = rint(12000, 130000)
            v = [int(n * (21.4 + 0.9 * k)) + rint(-500, 500) for k in range(5)]
            gid = 'g_' + g
            rows.append(L(gid, g, v))
            ids.append(gid)
        rows.append(S('r%d' % rn, 'Totaal ' + reg.lower(), plus(ids)))
        subs.append('r%d' % rn)
        rows.append(B())
    rows.append(S('tot', 'Totaal deelnemersbijdragen', plus(subs), kind='total'))
    layout = ['label'] + [('fig', i) for i in range(5)]
    header = [[(0, 1, 'Gemeente'), (1, 3, 'Rekening'), (4, 2, 'Begroting')],
              [(0, 1, '')] + [(1 + i, 1, y) for i, y in enumerate(years)]]
    return dict(name='t06_ggd_deelnemersbijdragen', kind='GGD begroting: inwonerbijdrage per deelnemende gemeente 2022-2026, spatie als duizendtalscheiding',
                title='GGD IJsselland', subtitles=['Bijdragen deelnemende gemeenten 2022-2026 (bedragen in euro)'],
                cols=cols, colrels={}, rows=rows, layout=layout, header=header,
                fmt='[>=1000000]0\\ 000\\ 000;[>=1000]0\\ 000;0', widths=[30, 15, 15, 15, 15, 15],
                page=dict(orientation='landscape'), style=dict(font='Arial', size=10),
                p1=('g_Raalte', 3), tot=('tot', 4, 1000000), dele='g_Ommen', sub=('r1', 0, 10000))


def t07():
    vest = ['Centrale bibliotheek Leeuwarden', 'Vestiging Heerenveen', 'Vestiging Drachten', 'Vestiging Sneek',
            'Vestiging Harlingen', 'Vestiging Dokkum']
    cols = []
    for y in ('2024', '2025'):
        for c in ('Leden', 'Uitleningen', 'Fysieke bezoeken'):
            cols.append(dict(title='%s %s' % (y, c)))
    rows, jj, vv = [], [], []
    for n, v in enumerate(vest):
        big = 3.0 if n == 0 else 1.0
        for cat in ('jeugd', 'volwassenen'):
            lm = int(big * rint(2500, 6000)) if cat == 'jeugd' else int(big * rint(1800, 4500))
            vals = []
            for yy in range(2):
                leden = lm + rint(-200, 300)
                vals += [leden, leden * rint(18, 32), leden * rint(6, 11)]
            rid = 'v%d%s' % (n, cat[0])
            rows.append(L(rid, '%s - %s' % (v, cat), vals, txt=cat.capitalize(), plabel=v,
                          merge_with_next=(cat == 'jeugd')))
            (jj if cat == 'jeugd' else vv).append(rid)
    rows.append(B())
    rows.append(S('tj', 'Totaal jeugd', plus(jj)))
    rows.append(S('tv', 'Totaal volwassenen', plus(vv)))
    rows.append(S('tot', 'Totaal bibliotheek', plus(['tj', 'tv']), kind='total'))
    layout = ['label', 'txt', ('fig', 0), ('fig', 1), ('fig', 2), None, ('fig', 3), ('fig', 4), ('fig', 5)]
    header = [[(0, 1, 'Vestiging'), (1, 1, 'Doelgroep'), (2, 3, '2024'), (6, 3, '2025')],
              [(0, 1, ''), (1, 1, '')] + [(2 + i, 1, c) for i, c in enumerate(['Leden', 'Uitleningen', 'Fysieke bezoeken'])]
              + [(6 + i, 1, c) for i, c in enumerate(['Leden', 'Uitleningen', 'Fysieke bezoeken'])]]
    return dict(name='t07_bibliotheek_vestigingen', kind='Bibliotheek jaarverslag: leden, uitleningen en bezoeken per vestiging en doelgroep, vestiging samengevoegd over twee rijen, lege kolom tussen jaren',
                title='Bibliotheekservice Fryslân', subtitles=['Kerncijfers per vestiging 2024 en 2025'],
                cols=cols, colrels={}, rows=rows, layout=layout, header=header, fmt='[$-413]#,##0',
                widths=[32, 12, 9, 12, 12, 3, 9, 12, 12], page=dict(orientation='landscape', fitwidth=True),
                style=dict(font='Calibri', size=10), p1=('v3v', 4), tot=('tot', 1, 100000), dele='v4j',
                sub=('tj', 3, 1000))


def t08():
    regs = [('OCW', 'Onderwijsachterstandenbeleid 2019-2026 (OAB)'), ('OCW', 'Specifieke uitkering IJsselmeergebied'),
            ('BZK', 'Regeling specifieke uitkering Volkshuisvestingsfonds'), ('BZK', 'Regeling reductie energiegebruik woningen'),
            ('IenW', 'Brede doeluitkering verkeer en vervoer (BDU)'), ('IenW', 'Specifieke uitkering Stimulering Verkeersveiligheidsmaatregelen'),
            ('VWS', 'Specifieke uitkering sportakkoord'), ('VWS', 'Regeling specifieke uitkering lokale preventie'),
            ('SZW', 'Tijdelijke regeling specifieke uitkering Breed offensief'), ('JenV', 'Regeling specifieke uitkering vroegsignalering schulden')]
    cols = [dict(title='Saldo 1-1-2025'), dict(title='Ontvangen 2025'), dict(title='Besteed 2025'),
            dict(title='Terugbetaald'), dict(title='Saldo 31-12-2025', derived=True)]
    colrels = {4: [[(0, 1), (1, 1), (2, -1), (3, -1)]]}
    rows, ids = [], []
    for n, (dep, lab) in enumerate(regs):
        s0 = rint(-80000, 600000, 100)
        ont = rint(50000, 1500000, 100)
        bes = ont + rint(-200000, 250000, 10) + (abs(s0) // 3 if s0 > 0 else 0)
        bes = max(bes, 1000)
        ter = rint(0, 40000, 10) if R.random() < 0.4 else 0
        rows.append(L('s%d' % n, lab, [s0, ont, bes, ter], code=dep))
        ids.append('s%d' % n)
    rows.append(B())
    rows.append(S('tot', 'Totaal specifieke uitkeringen', plus(ids), kind='total'))
    t = dict(name='t08_gem_sisa_specifieke_uitkeringen', kind='Gemeente jaarrekening: verloop specifieke uitkeringen (SiSa), negatieven met min achteraan, toelichting met bedragen in de tekst',
             title='Gemeente Venlo', subtitles=['Jaarrekening 2025 - verloop ontvangen specifieke uitkeringen (in €)'],
             cols=cols, colrels=colrels, rows=rows,
             layout=['code', 'label', ('fig', 0), ('fig', 1), ('fig', 2), ('fig', 3), ('fig', 4)],
             header=[[(0, 1, 'Dep.'), (1, 1, 'Regeling'), (2, 1, 'Saldo 1-1-2025'), (3, 1, 'Ontvangen 2025'),
                      (4, 1, 'Besteed 2025'), (5, 1, 'Terugbetaald'), (6, 1, 'Saldo 31-12-2025')]],
             fmt='[$-413]#,##0;#,##0-', widths=[7, 58, 14, 14, 14, 13, 15],
             page=dict(orientation='landscape', fitwidth=True), style=dict(font='Arial', size=8),
             p1=('s4', 1), tot=('tot', 4, 100000), dele='s6', sub=('s2', 2, 50000))
    compute(t)
    tot = [r for r in rows if r['id'] == 'tot'][0]['vals']
    pos = sum(r['vals'][4] for r in rows if r['kind'] == 'line' and r['vals'][4] > 0)
    neg = sum(r['vals'][4] for r in rows if r['kind'] == 'line' and r['vals'][4] < 0)
    nl = lambda x: '{:,}'.format(x).replace(',', '.')
    t['notes'] = ['Toelichting: van het saldo per 31-12-2025 van € %s is € %s opgenomen onder de overlopende passiva '
                  '(vooruit ontvangen) en € %s onder de overlopende activa (nog te ontvangen).' % (nl(tot[4]), nl(pos), nl(-neg)),
                  'In 2025 is in totaal € %s ontvangen en € %s besteed.' % (nl(tot[1]), nl(tot[2]))]
    t['computed'] = True
    return t


def t09():
    dirs = [('Directie Ruimte', ['Vergunningen', 'Ruimtelijke ontwikkeling', 'Beheer openbare ruimte', 'Mobiliteit', 'Vastgoed', 'Milieu en duurzaamheid']),
            ('Directie Samenleving', ['Werk en inkomen', 'Jeugd en onderwijs', 'Zorg en welzijn', 'Sport en cultuur', 'Toegang sociaal domein', 'Veiligheid']),
            ('Directie Dienstverlening', ['Burgerzaken', 'Klantcontactcentrum', 'Belastingen', 'Documentaire info (DIV)', 'Gegevensbeheer', 'Archief']),
            ('Directie Bedrijfsvoering', ['Financiën', 'HR en organisatie', 'ICT', 'Inkoop', 'Communicatie', 'Juridische zaken'])]
    cats = ['vervanging bij ziekte', 'piek- en projectwerk', 'specialistische expertise', 'vacatures']
    cols = [dict(title='Begroting 2025'), dict(title='Realisatie 2025'), dict(title='Verschil', derived=True)]
    colrels = {2: [[(0, 1), (1, -1)]]}
    rows, dsubs = [], []
    for dn, (d, afds) in enumerate(dirs):
        rows.append(H(d))
        asubs = []
        for an, a in enumerate(afds[:5]):
            ids = []
            for cn, c in enumerate(cats):
                b = rint(20000, 260000, 1000)
                rid = 'l%d_%d_%d' % (dn, an, cn)
                rows.append(L(rid, '%s: %s' % (a, c), [b, max(b + rint(-60000, 90000, 10), rint(4000, 9000, 10))]))
                ids.append(rid)
            rows.append(S('a%d_%d' % (dn, an), 'Subtotaal ' + a, plus(ids)))
            asubs.append('a%d_%d' % (dn, an))
        rows.append(S('d%d' % dn, 'Totaal ' + d.lower(), plus(asubs)))
        dsubs.append('d%d' % dn)
        rows.append(B())
    rows.append(S('tot', 'Totaal inhuur derden', plus(dsubs), kind='total'))
    return dict(name='t09_gem_inhuur_derden', kind='Gemeente jaarverslag: overzicht inhuur derden per directie en afdeling, tabel over drie pagina\'s met herhaalde kopregels',
                title='Gemeente Amersfoort', subtitles=['Jaarverslag 2025 - overzicht inhuur derden (bedragen in €)', 'Verschil: positief = onderschrijding'],
                cols=cols, colrels=colrels, rows=rows, layout=['label', ('fig', 0), ('fig', 1), ('fig', 2)],
                header=[[(0, 1, 'Afdeling / soort inhuur'), (1, 1, 'Begroting 2025'), (2, 1, 'Realisatie 2025'), (3, 1, 'Verschil')]],
                fmt='[$-413]#,##0;-#,##0', widths=[44, 10, 10, 9], page=dict(orientation='portrait', fitwidth=False, margin=0.4),
                style=dict(font='Calibri', size=9, repeat=True), p1=('l2_3_1', 1), tot=('tot', 1, 1000000),
                dele='l1_2_0', sub=('d2', 0, 10000))


def t10():
    progs = [('1', 'Bestuur en dienstverlening', [('Digitalisering archief', 180), ('Verkiezingen gemeenteraad: restant', 45)]),
             ('2', 'Veiligheid', [('Aanpak ondermijning', 95)]),
             ('3', 'Ruimte en wonen', [('Omgevingsvisie fase 2', 210), ('Woningbouwversnelling', 640), ('Onderzoek warmtenet', 120)]),
             ('4', 'Sociaal domein', [('Preventieakkoord', 150), ('Pilot schuldhulp', 85), ('Inburgering: taalcoaching', 70)]),
             ('5', 'Economie en cultuur', [('Citymarketing', 60), ('Restauratie molen', 230)])]
    cols = [dict(title='Budget 2025'), dict(title='Besteed 2025'), dict(title='Restant', derived=True),
            dict(title='Over te hevelen naar 2026'), dict(title='Vrijval ten gunste van resultaat', derived=True)]
    colrels = {2: [[(0, 1), (1, 1)]], 4: [[(2, 1), (3, -1)]]}
    rows, subs = [], []
    for pc, pn, items in progs:
        rows.append(H('Programma %s %s' % (pc, pn)))
        ids = []
        for n, (lab, b) in enumerate(items):
            bes = -rint(b // 4, b * 3 // 4)
            rest = b + bes
            ov = rest - rint(0, rest // 3)
            rid = 'p%s_%d' % (pc, n)
            rows.append(L(rid, lab, [b, bes, ov]))
            ids.append(rid)
        rows.append(S('s' + pc, 'Totaal programma ' + pc, plus(ids), code=None))
        subs.append('s' + pc)
        rows.append(B())
    rows.append(S('tot', 'Totaal budgetoverhevelingen', plus(subs), kind='total'))
    return dict(name='t10_gem_budgetoverhevelingen', kind='Gemeente jaarrekening: voorstel budgetoverhevelingen per programma, x € 1.000, besteed als (negatief), lege kolom tussen kolomgroepen',
                title='Gemeente Hilversum', subtitles=['Voorstel budgetoverhevelingen 2025 naar 2026', 'bedragen x € 1.000'],
                cols=cols, colrels=colrels, rows=rows,
                layout=['label', ('fig', 0), ('fig', 1), ('fig', 2), None, ('fig', 3), ('fig', 4)],
                header=[[(0, 1, ''), (1, 3, 'Uitvoering 2025'), (5, 2, 'Bestemming restant')],
                        [(0, 1, 'Omschrijving'), (1, 1, 'Budget 2025'), (2, 1, 'Besteed 2025'), (3, 1, 'Restant'),
                         (5, 1, 'Over te hevelen naar 2026'), (6, 1, 'Vrijval ten gunste van resultaat')]],
                fmt='[$-413]#,##0;(#,##0)', widths=[40, 11, 11, 11, 3, 13, 15], header_heights=[18, 45], page=dict(orientation='portrait'),
                style=dict(font='Cambria', size=11), p1=('p3_1', 3), tot=('tot', 2, 100), dele='p4_0',
                sub=('s3', 0, 100))


# ----------------------------------------------------------------------------- variants
def find(rows, rid):
    for r in rows:
        if r['id'] == rid:
            return r
    raise KeyError(rid)


def main():
    os.makedirs(XDIR, exist_ok=True)
    truth = {}
    for mk in (t01, t02, t03, t04, t05, t06, t07, t08, t09, t10):
        t = mk()
        if not t.get('computed'):
            compute(t)
        if t['name'].startswith('t05'):
            tk = find(t['rows'], 'tk')
            t['rows'].append(dict(id='opb', kind='fixed', label='Opbrengst rioolheffing', vals=list(tk['vals'])))
        t2 = t.get('second')
        if t2:
            compute(t2)
        sc = t.get('scale', 1)
        for var in ('clean', 'p1', 'tot', 'del', 'sub'):
            rows = copy.deepcopy(t['rows'])
            rows2 = copy.deepcopy(t2['rows']) if t2 else None
            alt = None
            tt, rr = t, rows
            if var == 'p1':
                rid, i = t['p1']
                r = find(rows, rid)
                old = r['vals'][i]
                r['vals'][i] += 1
                alt = dict(label=r['label'], column=t['cols'][i]['title'], action='%s -> %s' % (old, r['vals'][i]), rid=rid, i=i)
            elif var == 'tot':
                rid, i, d = t['tot']
                r = find(rows, rid)
                old = r['vals'][i]
                r['vals'][i] += d
                alt = dict(label=r['label'], column=t['cols'][i]['title'], action='%s -> %s' % (old, r['vals'][i]), rid=rid, i=i)
            elif var == 'del':
                rid = t['dele']
                r = find(rows, rid)
                rows.remove(r)
                alt = dict(label=r['label'], column='(whole line deleted)', action='line deleted')
            elif var == 'sub':
                if t2 and t.get('sub2'):
                    tt, rr = t2, rows2
                    rid, i, d = t['sub2']
                else:
                    rid, i, d = t['sub']
                r = find(rr, rid)
                old = r['vals'][i]
                r['vals'][i] += d
                alt = dict(label=r['label'], column=tt['cols'][i]['title'], action='%s -> %s' % (old, r['vals'][i]), rid=rid, i=i)
                if tt is t2:
                    alt['sheet'] = t2['sheet']
            fname = t['name'] + ('' if var == 'clean' else '_' + var) + '.xlsx'
            cm, cm2 = save(t, rows, os.path.join(XDIR, fname), t2, rows2)
            fail = failing(t, rows) + (failing(t2, rows2) if t2 else [])
            entry = dict(kind=t['kind'], variant=var, failing=fail)
            if alt:
                if 'rid' in alt:
                    alt['cell'] = cell_ref(tt, cm2 if tt is t2 else cm, alt.pop('rid'), alt.pop('i'))
                r0 = find(t['rows'], t['dele']) if var == 'del' else None
                if r0 and r0.get('code'):
                    alt['code'] = r0['code']
                entry['altered'] = alt
                assert fail, fname
            else:
                assert not fail, (fname, fail)
            truth[fname] = entry
    json.dump(dict(files=truth), open(os.path.join(HERE, 'truth.json'), 'w'), indent=1, ensure_ascii=False)
    print('wrote %d xlsx, %d failing totals' % (len(truth), sum(len(e['failing']) for e in truth.values())))


if __name__ == '__main__':
    main()
