#!/usr/bin/env python3
"""trial20: ten published-style Dutch tables + 4 altered copies each, and truth.json.

run: /work/main/.venv/bin/python build.py   (then soffice ... for the PDFs)
Each table is a list of rows and a list of relations (total = signed sum of parts) in 'model units'
(the last printed digit). Clean totals are computed from the relations, so every clean table foots exactly
as printed; the truth of an altered copy is the relations evaluated on its printed values.
"""
import copy
import json
import os
import random
import zlib

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties

HERE = os.path.dirname(os.path.abspath(__file__))
# print mechanisms taken over from sealed-trial19 (env MECH=comma list selects a subset; default all; 'none' = trial20)
ALL_MECH = ['valign', 'rowheight', 'margins', 'nowrap', 'borders', 'headital', 'nlfmt', 'scaleright']
MECH = set(ALL_MECH if os.environ.get('MECH', 'all') == 'all' else [m for m in os.environ['MECH'].split(',') if m != 'none'])
WRAP_TABLES = {'t03_geldleningen', 't04_gr_bijdrage', 't05_emu_saldo'}   # sealed wraps header titles in 3 of 10
NL = '[$-413]'
THIN = Side(style='thin')
MED = Side(style='medium')
R = random.Random(20)


# ---------------------------------------------------------------- model
class Table:
    def __init__(self, name, kind, **o):
        self.name, self.kind, self.o = name, kind, o
        self.text_cols = o['text_cols']      # [(key, title, width)]
        self.fig_cols = o['fig_cols']        # [dict(key, title, group?, fmt, width, unit, disp)]
        self.rows = []
        self.rels = []                       # dict(t=(rid,col), parts=[(rid,col,sign)], tol=bool)
        self.alts = o.get('alts', {})

    def row(self, rid, kind, label='', code=None, vals=None, texts=None, bold=None, indent=0):
        self.rows.append(dict(id=rid, kind=kind, label=label, code=code, vals=dict(vals or {}),
                              texts=dict(texts or {}), bold=kind in ('sub', 'total', 'title', 'hoofd') if bold is None else bold,
                              indent=indent))
        return rid

    def vsum(self, target, parts, cols, tol=False):
        for c in cols:
            self.rels.append(dict(t=(target, c), parts=[(p, c, s) for p, s in parts], tol=tol))

    def rowrel(self, rid, tcol, parts):
        self.rels.append(dict(t=(rid, tcol), parts=[(rid, c, s) for c, s in parts], tol=False))

    def col(self, key):
        return next(c for c in self.fig_cols if c['key'] == key)

    def colname(self, key):
        c = self.col(key)
        return (c.get('group', '') + ' ' + c['title']).strip() if c.get('group') else c['title']

    def compute(self):
        v = {r['id']: r['vals'] for r in self.rows}
        for rel in self.rels:
            if rel['tol']:
                continue
            rid, c = rel['t']
            v[rid][c] = sum(s * v[p][pc] for p, pc, s in rel['parts'])
        assert not self.evaluate(self.rows)[0], self.name

    def evaluate(self, rows):
        v = {r['id']: r['vals'] for r in rows}
        byid = {r['id']: r for r in rows}
        failing, tolerated, seen = [], [], {}
        for rel in self.rels:
            rid, c = rel['t']
            if rid not in v:
                continue
            true = sum(s * v[p][pc] for p, pc, s in rel['parts'] if p in v)
            printed = v[rid][c]
            if true == printed:
                continue
            e = self.entry(byid[rid], c, printed, true)
            if rel['tol']:
                if (rid, c) not in seen:
                    tolerated.append(e)
                continue
            if (rid, c) in seen:
                ex = seen[(rid, c)]
                if e['true'] != ex['true'] and e['true'] not in ex.get('true_other', []):
                    ex.setdefault('true_other', []).append(e['true'])
                continue
            seen[(rid, c)] = e
            failing.append(e)
            if rel['parts'] and all(p == rid for p, _, _ in rel['parts']):   # row relation: operands defensible
                for p, pc, s in rel['parts']:
                    tolerated.append(self.entry(byid[rid], pc, v[rid][pc], 0))
        tolerated = [t for t in tolerated if (t['label'], t['column']) not in {(f['label'], f['column']) for f in failing}]
        return failing, tolerated

    def disp(self, c, x):
        return self.col(c).get('disp', lambda x: x)(x)

    def entry(self, r, c, printed, true):
        col = self.col(c)
        e = dict(label=r['label'], column=self.colname(c), printed=float(self.disp(c, printed)),
                 true=float(self.disp(c, true)), unit=col.get('unit', 1))
        if col.get('other'):
            e['true_other'] = [float(col['other'](true))]
        if r.get('code'):
            e['code'] = str(r['code'])
        return e


# ---------------------------------------------------------------- writer
def write(t, rows, path):
    o = t.o
    wb = Workbook()
    ws = wb.active
    ws.title = o.get('sheet', 'Tabel')
    ws.sheet_view.showGridLines = False
    fname, fsize = o['font']
    F = lambda **k: Font(name=fname, size=k.pop('size', fsize), **k)
    ncols = len(t.text_cols) + len(t.fig_cols)
    keys = [k for k, _, _ in t.text_cols] + [c['key'] for c in t.fig_cols]
    cidx = {k: i + 1 for i, k in enumerate(keys)}
    for i, (k, _, w) in enumerate(t.text_cols):
        ws.column_dimensions[get_column_letter(i + 1)].width = w
    for c in t.fig_cols:
        ws.column_dimensions[get_column_letter(cidx[c['key']])].width = c.get('width', 12)
    r = 1
    ws.cell(r, 1, o['title']).font = F(bold=True, size=fsize + 4)
    r += 1
    if o.get('subtitle'):
        ws.cell(r, 1, o['subtitle']).font = F(italic=True, size=fsize + 1)
        r += 1
    for line in o.get('pre', []):
        right = o.get('pre_right') or 'scaleright' in MECH
        cell = ws.cell(r, ncols if right else 1, line)
        cell.font = F(italic=True)
        if right:
            cell.alignment = Alignment(horizontal='right')
        r += 1
    r += 1
    addr = {}
    hwrap = 'nowrap' not in MECH or t.name in WRAP_TABLES
    VT = None if 'valign' in MECH else 'top'     # sealed: figures/codes/texts keep the default (bottom) vertical alignment

    def header(r0):
        groups = any(c.get('group') is not None for c in t.fig_cols) and not o.get('no_group_row')
        h = r0
        if groups:
            i = 0
            fc = t.fig_cols
            while i < len(fc):
                j = i
                while j + 1 < len(fc) and fc[j + 1].get('group') == fc[i].get('group'):
                    j += 1
                a, b = cidx[fc[i]['key']], cidx[fc[j]['key']]
                cell = ws.cell(h, a, fc[i].get('group') or None)
                cell.font = F(bold=True)
                cell.alignment = Alignment(horizontal='center', wrap_text='nowrap' not in MECH)
                if b > a:
                    ws.merge_cells(start_row=h, start_column=a, end_row=h, end_column=b)
                for cc in range(a, b + 1):
                    ws.cell(h, cc).border = Border(bottom=THIN)
                i = j + 1
            h += 1
        for k, title, _ in t.text_cols:
            cell = ws.cell(h, cidx[k], title or None)
            cell.font = F(bold=True)
            cell.alignment = Alignment(wrap_text=hwrap, vertical='bottom')
        for c in t.fig_cols:
            cell = ws.cell(h, cidx[c['key']], c['title'])
            cell.font = F(bold=True)
            cell.alignment = Alignment(horizontal='right', wrap_text=hwrap, vertical='bottom')
        for cc in range(1, ncols + 1):
            ws.cell(h, cc).border = Border(bottom=THIN)
        if o.get('header_height'):
            ws.row_dimensions[h].height = o['header_height']
        return r0, h

    if not o.get('body_headers'):
        h1, h2 = header(r)
        if o.get('repeat_header'):
            ws.print_title_rows = '%d:%d' % (h1, h2)
        r = h2 + 1
    lab = cidx['label']
    for row in rows:
        k = row['kind']
        if k == 'blank':
            r += 1
            continue
        if k == 'hdr':
            _, h2 = header(r)
            r = h2 + 1
            continue
        if o.get('row_height') and 'rowheight' not in MECH:
            ws.row_dimensions[r].height = o['row_height']
        if o.get('wrap_labels'):
            import math
            w = t.text_cols[[k for k, _, _ in t.text_cols].index('label')][2]
            ws.row_dimensions[r].height = (fsize * 1.35) * max(1, math.ceil(len(row['label']) * 1.05 / w))
        bold = row['bold']
        cell = ws.cell(r, lab, row['label'])
        cell.font = F(bold=bold or ('headital' in MECH and k in ('title', 'prog')),
                      italic=(k == 'prog') or ('headital' in MECH and k in ('title', 'prog')))
        cell.alignment = Alignment(indent=row['indent'], wrap_text=bool(o.get('wrap_labels')), vertical='top')
        if row.get('code') is not None and 'code' in cidx:
            cc = ws.cell(r, cidx['code'], row['code'])
            cc.font = F(bold=bold)
            cc.alignment = Alignment(horizontal='left', vertical=VT)
            if isinstance(row['code'], str):
                cc.number_format = '@'
        for key, txt in row['texts'].items():
            cc = ws.cell(r, cidx[key], txt)
            cc.font = F(bold=bold)
            cc.alignment = Alignment(horizontal='right' if key in [c['key'] for c in t.fig_cols] else 'left', vertical=VT)
        for c in t.fig_cols:
            if c['key'] in row['vals']:
                x = row['vals'][c['key']]
                cell = ws.cell(r, cidx[c['key']], c.get('cell', lambda x, rid: x)(x, row['id']))
                cell.number_format = c['fmt']
                if 'nlfmt' in MECH and not c['fmt'].startswith('[$'):
                    cell.number_format = NL + c['fmt']
                cell.font = F(bold=bold)
                if VT:
                    cell.alignment = Alignment(vertical=VT)
                addr[(row['id'], c['key'])] = cell.coordinate
        if k in ('sub', 'total') and 'borders' in MECH:   # sealed: lines under the figure cells only, total: thin top + medium bottom
            for c in t.fig_cols:
                if c['key'] in row['vals']:
                    ws.cell(r, cidx[c['key']]).border = Border(top=THIN, bottom=MED if k == 'total' else None)
        elif k in ('sub', 'total'):
            for cc in range(1, ncols + 1):
                ws.cell(r, cc).border = Border(top=THIN, bottom=THIN if k == 'total' else None)
        addr[(row['id'], None)] = 'A%d' % r
        r += 1
    r += 1
    for n in o.get('notes', []):
        ws.cell(r, 1, n).font = F(italic=True, size=max(fsize - 1, 6 if 'margins' in MECH else 7))
        r += 1
    ps = ws.page_setup
    ps.orientation = o.get('orientation', 'portrait')
    ps.paperSize = ws.PAPERSIZE_A4
    if o.get('fit', True):
        ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
        ps.fitToWidth = 1
        ps.fitToHeight = 0
    if o.get('footer'):
        ws.oddFooter.center.text = o['footer']
    ws.print_options.horizontalCentered = bool(o.get('center'))
    if 'margins' in MECH:
        ws.page_margins.left = ws.page_margins.right = 0.5
    wb.save(path)
    return addr


# ---------------------------------------------------------------- helpers
def fmt_paren():
    return NL + '#,##0;(#,##0);"-"'


def money(lo, hi, step=1):
    return R.randrange(lo, hi, step)


# ---------------------------------------------------------------- t01 incidentele baten en lasten
def t01():
    years = ['2026', '2027', '2028', '2029']
    fc = [dict(key=y, title=y, group='Begroting' if y == '2026' else 'Meerjarenraming', fmt=fmt_paren(), width=11)
          for y in years]
    t = Table('t01_incidenteel', 'gemeente programmabegroting: overzicht incidentele baten en lasten (art. 19 BBV)',
              title='Overzicht incidentele baten en lasten', subtitle='Programmabegroting 2026 gemeente Heuvelrand',
              pre=['bedragen x € 1.000'], text_cols=[('label', 'Omschrijving', 52)], fig_cols=fc,
              font=('Arial', 9), orientation='portrait',
              notes=['Bron: begroting 2026; incidenteel zijn baten en lasten die maximaal drie jaar voorkomen (art. 19 lid 1 sub c BBV).'])
    lasten = [
        ('Programma 1 Bestuur en dienstverlening', ['Implementatie nieuw zaaksysteem', 'Gemeenteraadsverkiezingen 2026', 'Vrijval voorziening wachtgelden']),
        ('Programma 3 Ruimte en wonen', ['Uitvoering Omgevingswet', 'Actualisatie omgevingsplan', 'Tijdelijke huisvesting statushouders']),
        ('Programma 4 Sociaal domein', ['Pilot preventie jeugdzorg', 'Extra inzet schuldhulpverlening']),
        ('Programma 6 Leefomgeving', ['Groot onderhoud sporthal De Meent', 'Inhaalslag bomenonderhoud', 'Energiescans maatschappelijk vastgoed']),
    ]
    baten = [
        ('Programma 1 Bestuur en dienstverlening', ['Verkoop voormalig gemeentehuis Oostdorp']),
        ('Programma 3 Ruimte en wonen', ['Rijksbijdrage versnelling woningbouw', 'Onttrekking reserve omgevingswet']),
        ('Programma 4 Sociaal domein', ['Specifieke uitkering preventie', 'Onttrekking reserve sociaal domein']),
    ]
    t.row('tl', 'title', 'Incidentele lasten')
    li, bi = [], []
    n = 0
    for prog, items in lasten:
        t.row('pl%d' % n, 'prog', prog)
        for it in items:
            n += 1
            span = R.choice([1, 2, 3, 4])
            vals = {y: (money(40, 900, 5) if i < span else 0) for i, y in enumerate(years)}
            if it.startswith('Vrijval'):
                vals = {y: (-money(60, 250) if i < 2 else 0) for i, y in enumerate(years)}
            li.append(t.row('l%d' % n, 'item', it, vals=vals, indent=2))
    t.row('tlt', 'sub', 'Totaal incidentele lasten')
    t.row('b1', 'blank')
    t.row('tb', 'title', 'Incidentele baten')
    for prog, items in baten:
        t.row('pb%d' % n, 'prog', prog)
        for it in items:
            n += 1
            span = R.choice([1, 2, 3])
            vals = {y: (money(50, 1200, 5) if i < span else 0) for i, y in enumerate(years)}
            bi.append(t.row('b%d' % n, 'item', it, vals=vals, indent=2))
    t.row('tbt', 'sub', 'Totaal incidentele baten')
    t.row('b2', 'blank')
    t.row('saldo', 'total', 'Saldo incidentele baten en lasten')
    t.vsum('tlt', [(x, 1) for x in li], years)
    t.vsum('tbt', [(x, 1) for x in bi], years)
    t.vsum('saldo', [('tbt', 1), ('tlt', -1)], years)
    t.alts = dict(p1=('l5', '2027'), tot=('saldo', '2026', 100), dele='b%d' % (n - 1), sub=('tlt', '2028', 90))
    # make sure the chosen cells are non-zero
    for rid, c in [('l5', '2027'), ('l5', '2026')]:
        rr = next(r for r in t.rows if r['id'] == rid)
        if rr['vals'][c] == 0:
            rr['vals'][c] = 135
    return t


# ---------------------------------------------------------------- t02 taakvelden
TAAKVELDEN = [
    ('0', 'Bestuur en ondersteuning', [('0.1', 'Bestuur'), ('0.2', 'Burgerzaken'), ('0.3', 'Beheer overige gebouwen en gronden'),
                                      ('0.4', 'Overhead'), ('0.5', 'Treasury'), ('0.61', 'OZB woningen'), ('0.62', 'OZB niet-woningen'),
                                      ('0.63', 'Parkeerbelasting'), ('0.64', 'Belastingen overig'),
                                      ('0.7', 'Algemene uitkering en overige uitkeringen gemeentefonds'), ('0.8', 'Overige baten en lasten'),
                                      ('0.9', 'Vennootschapsbelasting (VpB)'), ('0.10', 'Mutaties reserves')]),
    ('1', 'Veiligheid', [('1.1', 'Crisisbeheersing en brandweer'), ('1.2', 'Openbare orde en veiligheid')]),
    ('2', 'Verkeer, vervoer en waterstaat', [('2.1', 'Verkeer en vervoer'), ('2.2', 'Parkeren'), ('2.3', 'Recreatieve havens'),
                                             ('2.4', 'Economische havens en waterwegen'), ('2.5', 'Openbaar vervoer')]),
    ('3', 'Economie', [('3.1', 'Economische ontwikkeling'), ('3.2', 'Fysieke bedrijfsinfrastructuur'),
                       ('3.3', 'Bedrijvenloket en bedrijfsregelingen'), ('3.4', 'Economische promotie')]),
    ('4', 'Onderwijs', [('4.1', 'Openbaar basisonderwijs'), ('4.2', 'Onderwijshuisvesting'), ('4.3', 'Onderwijsbeleid en leerlingzaken')]),
    ('5', 'Sport, cultuur en recreatie', [('5.1', 'Sportbeleid en activering'), ('5.2', 'Sportaccommodaties'),
                                          ('5.3', 'Cultuurpresentatie, cultuurproductie en cultuurparticipatie'), ('5.4', 'Musea'),
                                          ('5.5', 'Cultureel erfgoed'), ('5.6', 'Media'), ('5.7', 'Openbaar groen en (openlucht) recreatie')]),
    ('6', 'Sociaal domein', [('6.1', 'Samenkracht en burgerparticipatie'), ('6.2', 'Wijkteams'), ('6.3', 'Inkomensregelingen'),
                             ('6.4', 'Begeleide participatie'), ('6.5', 'Arbeidsparticipatie'), ('6.6', 'Maatwerkvoorzieningen (WMO)'),
                             ('6.71', 'Maatwerkdienstverlening 18+'), ('6.72', 'Maatwerkdienstverlening 18-'),
                             ('6.81', 'Geëscaleerde zorg 18+'), ('6.82', 'Geëscaleerde zorg 18-')]),
    ('7', 'Volksgezondheid en milieu', [('7.1', 'Volksgezondheid'), ('7.2', 'Riolering'), ('7.3', 'Afval'), ('7.4', 'Milieubeheer'),
                                        ('7.5', 'Begraafplaatsen en crematoria')]),
    ('8', 'Volkshuisvesting, leefomgeving en stedelijke vernieuwing', [('8.1', 'Ruimtelijke ordening'),
                                                                        ('8.2', 'Grondexploitatie (niet-bedrijventerreinen)'),
                                                                        ('8.3', 'Wonen en bouwen')]),
]


def t02():
    f = NL + '#,##0;-#,##0'
    cols = ['Lasten', 'Baten', 'Saldo']
    fc = [dict(key=c, title=c, fmt=f, width=14) for c in cols]
    t = Table('t02_taakvelden', 'gemeente begroting: overzicht van baten en lasten per taakveld (hoofdtaakvelden boven hun taakvelden)',
              title='Overzicht baten en lasten per taakveld', subtitle='Begroting 2026, bedragen in euro',
              text_cols=[('code', 'Taakveld', 8), ('label', 'Omschrijving', 44)], fig_cols=fc, font=('Verdana', 8),
              orientation='portrait', repeat_header=True, footer='Pagina &P van &N', row_height=18,
              notes=['Saldo = baten minus lasten; een negatief saldo is een nadeel.',
                     'Taakvelden volgens de Regeling informatie voor derden (Iv3), versie 2026.'])
    hoofd = []
    allitems = []
    for code, name, tvs in TAAKVELDEN:
        h = t.row('h' + code, 'hoofd', name, code=code)
        hoofd.append(h)
        items = []
        for c, n in tvs:
            lasten = money(50_000, 9_000_000)
            baten = money(0, lasten // 2) if R.random() < 0.8 else 0
            if c in ('0.61', '0.62', '0.7'):
                baten, lasten = money(3_000_000, 60_000_000), money(20_000, 400_000)
            items.append(t.row('tv' + c, 'item', n, code=c, vals=dict(Lasten=lasten, Baten=baten), bold=False))
        for x in items:
            t.rowrel(x, 'Saldo', [('Baten', 1), ('Lasten', -1)])
        t.vsum(h, [(x, 1) for x in items], cols)
        t.rowrel(h, 'Saldo', [('Baten', 1), ('Lasten', -1)])
        allitems += items
    t.row('tot', 'total', 'Totaal taakvelden')
    t.vsum('tot', [(x, 1) for x in hoofd], cols)
    t.vsum('tot', [(x, 1) for x in allitems], cols, tol=True)
    t.rowrel('tot', 'Saldo', [('Baten', 1), ('Lasten', -1)])
    t.alts = dict(p1=('tv6.71', 'Lasten'), tot=('tot', 'Baten', 100_000), dele='tv5.4', sub=('h2', 'Lasten', 10_000))
    return t


# ---------------------------------------------------------------- t03 geldleningen
def t03():
    f = NL + '#,##0;-#,##0;"-"'
    fc = [dict(key='rente_pct', title='Rente %', fmt=NL + '0.000', width=8, nosum=True),
          dict(key='eind', title='Looptijd tot en met', fmt='0', width=9, nosum=True),
          dict(key='s11', title='Stand per 1 januari 2026', fmt=f, width=13),
          dict(key='opg', title='Opgenomen in 2026', fmt=f, width=12),
          dict(key='afl', title='Aflossing in 2026', fmt=f, width=12),
          dict(key='s3112', title='Stand per 31 december 2026', fmt=f, width=13),
          dict(key='rente', title='Rentelast 2026', fmt=f, width=12)]
    t = Table('t03_geldleningen', 'staat van langlopende geldleningen (Nr., geldgever, rente %, looptijd; stand 1-1 + opgenomen - aflossing = stand 31-12)',
              title='Staat van langlopende geldleningen', subtitle='Jaarstukken 2026 gemeente Waalbergen, bedragen in euro',
              text_cols=[('code', 'Nr.', 6), ('label', 'Geldgever', 30)], fig_cols=fc, font=('Times New Roman', 9),
              orientation='landscape', header_height=40)
    lenders = ['BNG Bank', 'BNG Bank', 'NWB Bank', 'BNG Bank', 'Pensioenfonds Zorg en Welzijn', 'NWB Bank', 'BNG Bank',
               'ASR Levensverzekering', 'NWB Bank', 'BNG Bank', 'Provincie Gelderland', 'BNG Bank', 'NWB Bank',
               'Stichting Pensioenfonds ABP', 'BNG Bank', 'NWB Bank', 'BNG Bank', 'ASR Levensverzekering', 'BNG Bank', 'NWB Bank']
    ids = []
    for i, ln in enumerate(lenders):
        nr = 1001 + i * 3
        s11 = money(400, 12_000) * 1000
        opg = 0 if i not in (16, 19) else 0
        s11 = 0 if i in (16, 19) else s11
        if i in (16, 19):
            opg = money(2000, 8000) * 1000
        eind = R.randrange(2027, 2056)
        afl = 0 if i in (16, 19) else min(s11, (s11 // max(1, eind - 2025)) // 1000 * 1000 + money(0, 999))
        pct = R.randrange(150, 4800) / 1000
        rente = round((s11 - afl / 2) * pct / 100)
        ids.append(t.row('n%d' % nr, 'item', ln, code=nr,
                         vals=dict(rente_pct=pct, eind=eind, s11=s11, opg=opg, afl=afl, rente=rente)))
        t.rowrel('n%d' % nr, 's3112', [('s11', 1), ('opg', 1), ('afl', -1)])
    t.row('b', 'blank')
    t.row('tot', 'total', 'Totaal')
    t.vsum('tot', [(x, 1) for x in ids], ['s11', 'opg', 'afl', 's3112', 'rente'])
    t.rowrel('tot', 's3112', [('s11', 1), ('opg', 1), ('afl', -1)])
    t.alts = dict(p1=('n1013', 'afl'), tot=('tot', 'rente', 10_000), dele='n1022', sub=('n1031', 's3112', 50_000))
    return t


# ---------------------------------------------------------------- t04 GR bijdrage
def largest_remainder(weights, total):
    s = sum(weights)
    raw = [w * total / s for w in weights]
    base = [int(x) for x in raw]
    rest = total - sum(base)
    order = sorted(range(len(raw)), key=lambda i: -(raw[i] - base[i]))
    for i in order[:rest]:
        base[i] += 1
    return base


def t04():
    eur = NL + '"€" #,##0;"€" -#,##0'
    fc = [dict(key='inw', title='Inwoners per 1 januari 2025', fmt=NL + '#,##0', width=13),
          dict(key='aandeel', title='Aandeel in de kosten %', fmt=NL + '0.00', width=11, unit=0.01, disp=lambda x: x / 100,
               cell=lambda x, rid: x / 100),
          dict(key='b26', title='Bijdrage begroting 2026', fmt=eur, width=15),
          dict(key='b27', title='Bijdrage begroting 2027', fmt=eur, width=15),
          dict(key='tot', title='Totaal bijdragen 2026 en 2027', fmt=eur, width=16)]
    t = Table('t04_gr_bijdrage', 'gemeenschappelijke regeling: bijdrage per gemeente naar inwonertal (aandeel %, bijdrage 2026 en 2027)',
              title='Gemeentelijke bijdragen naar inwonertal', subtitle='Omgevingsdienst Rivierenland, begroting 2026',
              text_cols=[('label', 'Deelnemende gemeente', 26)], fig_cols=fc, font=('Cambria', 10), header_height=58,
              notes=['Aandeel berekend op basis van het aantal inwoners volgens CBS per 1 januari 2025.'])
    gem = ['Tiel', 'Culemborg', 'West Betuwe', 'Neder-Betuwe', 'Buren', 'Maasdriel', 'Zaltbommel', 'West Maas en Waal',
           'Druten', 'Wijchen', 'Beuningen', 'Overbetuwe']
    inw = [42_512, 29_873, 52_604, 25_118, 27_940, 25_311, 30_244, 19_987, 19_302, 41_756, 26_430, 49_912]
    sh = largest_remainder(inw, 10000)
    b26 = largest_remainder(inw, 8_412_300)
    b27 = largest_remainder(inw, 8_688_950)
    ids = []
    for i, g in enumerate(gem):
        ids.append(t.row('g%d' % i, 'item', g, vals=dict(inw=inw[i], aandeel=sh[i], b26=b26[i], b27=b27[i])))
        t.rowrel('g%d' % i, 'tot', [('b26', 1), ('b27', 1)])
    t.row('T', 'total', 'Totaal')
    t.vsum('T', [(x, 1) for x in ids], ['inw', 'aandeel', 'b26', 'b27', 'tot'])
    t.rowrel('T', 'tot', [('b26', 1), ('b27', 1)])
    t.alts = dict(p1=('g6', 'b27'), tot=('T', 'b26', 100_000), dele='g3', sub=('g9', 'tot', 10_000))
    return t


# ---------------------------------------------------------------- t05 EMU
def t05():
    f = NL + '#,##0;-#,##0;"-"'
    fc = [dict(key='y25', title='2025 Volgens realisatie tot en met september, aangevuld met raming resterende periode', fmt=f, width=17),
          dict(key='y26', title='2026 Volgens begroting, inclusief de tot en met september vastgestelde wijzigingen', fmt=f, width=17),
          dict(key='y27', title='2027 Volgens meerjarenraming in de begroting, na verwerking van de voorjaarsnota', fmt=f, width=17)]
    t = Table('t05_emu_saldo', 'gemeente begroting: berekening EMU-saldo volgens het officiële model',
              title='Berekening EMU-saldo', subtitle='Begroting 2026 (x € 1.000)',
              text_cols=[('code', 'Nr.', 5), ('label', 'Omschrijving', 62)], fig_cols=fc, font=('Calibri', 10),
              wrap_labels=True, header_height=92)
    ys = ['y25', 'y26', 'y27']
    lines = [
        ('1', 'Exploitatiesaldo vóór toevoeging aan c.q. onttrekking uit reserves (zie BBV, art. 17c) (+)', 1),
        ('2', 'Afschrijvingen ten laste van de exploitatie (+)', 1),
        ('3', 'Bruto dotaties aan de post voorzieningen ten laste van de exploitatie (+)', 1),
        ('4', 'Investeringen in (im)materiële vaste activa die op de balans worden geactiveerd (-/-)', -1),
        ('5', 'Baten uit bijdragen van andere overheden, de Europese Unie en overigen, die niet op de exploitatie worden '
              'verantwoord, maar direct worden toegerekend aan de investeringen in (im)materiële vaste activa (+)', 1),
        ('6', 'Desinvesteringen in (im)materiële vaste activa: baten uit desinvesteringen in (im)materiële vaste activa '
              '(tegen verkoopprijs), voor zover niet op exploitatie verantwoord (+)', 1),
        ('7', 'Aankoop van grond en de uitgaven aan bouw-, woonrijp maken e.d. (indien transacties niet op exploitatie verantwoord) (-/-)', -1),
        ('8', 'Baten bouwgrondexploitatie: baten voor zover transacties niet op de exploitatie worden verantwoord (+)', 1),
        ('9', 'Betalingen ten laste van de voorzieningen (-/-)', -1),
        ('10', 'Betalingen die niet via de exploitatie lopen, maar direct ten laste van de reserves (en die nog niet vallen '
               'onder één van de bovenstaande posten) (-/-)', -1),
    ]
    parts = []
    for code, lab, s in lines:
        vals = {y: money(100, 9000) for y in ys}
        if code == '1':
            vals = {'y25': -1234, 'y26': 412, 'y27': 1877}
        if code == '6':
            vals = {'y25': 0, 'y26': 350, 'y27': 0}
        parts.append((t.row('e' + code, 'item', lab, code=code, vals=vals, bold=False), s))
    t.row('e11', 'prog', 'Verkoop van effecten:', code='11')
    t.row('e11a', 'item', 'Gaat u effecten verkopen (ja/nee)?', code='11a', texts={y: 'nee' for y in ys})
    parts.append((t.row('e11b', 'item', 'Indien ja, wat is de verwachte boekwinst op de verkoop van effecten? (+)', code='11b',
                        vals={y: 0 for y in ys}), 1))
    t.row('b', 'blank')
    t.row('emu', 'total', 'Berekend EMU-saldo')
    t.vsum('emu', parts, ys)
    t.alts = dict(p1=('e3', 'y26'), tot=('emu', 'y27', 1000), dele='e8', sub=('e2', 'y25', 500))
    return t


# ---------------------------------------------------------------- t06 overhead in thousands by format
def rem(x, rid, key):
    if x == 0:
        return 0
    h = zlib.crc32(('%s|%s' % (rid, key)).encode()) % 997
    return h - 498 if h != 498 else 137


def t06():
    f = NL + '#,##0,'
    mk = lambda k: dict(key=k, title=k, fmt=f, width=13, unit=1000, disp=lambda x: x * 1000, other=lambda x: x,
                        cell=lambda x, rid, k=k: x * 1000 + rem(x, rid, k))
    fc = [mk('Lasten'), mk('Baten'), mk('Saldo')]
    t = Table('t06_overhead', 'gemeente begroting: overzicht overhead per kostenplaats (euros in the cells, shown in thousands by the format)',
              title='Overzicht overhead per kostenplaats', subtitle='Begroting 2026 gemeente Lingedal, taakveld 0.4 Overhead',
              pre=['(x € 1.000)'], pre_right=True, text_cols=[('label', 'Kostenplaats', 42)], fig_cols=fc, font=('Georgia', 10),
              notes=['Saldo = lasten minus baten (netto overhead).'])
    kp = ['Directie en managementondersteuning', 'Personeel en organisatie', 'Financiën en control', 'Informatievoorziening en ICT',
          'Facilitaire zaken en huisvesting', 'Juridische zaken en inkoop', 'Communicatie', 'Documentaire informatievoorziening',
          'Bestuursondersteuning', 'Kwaliteit en bedrijfsvoering']
    ids = []
    for i, k in enumerate(kp):
        la = money(300, 6000)
        ba = money(0, la // 5) if i % 3 else 0
        ids.append(t.row('k%d' % i, 'item', k, vals=dict(Lasten=la, Baten=ba)))
        t.rowrel('k%d' % i, 'Saldo', [('Lasten', 1), ('Baten', -1)])
    t.row('T', 'total', 'Totaal overhead')
    t.vsum('T', [(x, 1) for x in ids], ['Lasten', 'Baten', 'Saldo'])
    t.rowrel('T', 'Saldo', [('Lasten', 1), ('Baten', -1)])
    t.alts = dict(p1=('k4', 'Lasten'), tot=('T', 'Lasten', 100), dele='k6', sub=('k2', 'Saldo', 50))
    return t


# ---------------------------------------------------------------- t07 reserves en voorzieningen
def t07():
    f = fmt_paren()
    cols = ['s11', 'toev', 'ontt', 's3112']
    fc = [dict(key='s11', title='Saldo 1-1-2026', fmt=f, width=15), dict(key='toev', title='Toevoeging', fmt=f, width=14),
          dict(key='ontt', title='Onttrekking', fmt=f, width=14), dict(key='s3112', title='Saldo 31-12-2026', fmt=f, width=15)]
    t = Table('t07_reserves_voorzieningen', 'gemeente jaarstukken: staat van reserves en voorzieningen (per soort, subtotal, grand total)',
              title='Staat van reserves en voorzieningen', subtitle='Jaarstukken 2026, bedragen in euro',
              text_cols=[('label', 'Omschrijving', 44)], fig_cols=fc, font=('Segoe UI', 9), orientation='landscape')
    soorten = [
        ('ar', 'Algemene reserves', 'Totaal algemene reserves', ['Algemene reserve', 'Reserve weerstandsvermogen', 'Reserve grondexploitatie']),
        ('br', 'Bestemmingsreserves', 'Totaal bestemmingsreserves', ['Reserve sociaal domein', 'Reserve kapitaallasten huisvesting',
                                                                     'Reserve onderhoud wegen', 'Reserve duurzaamheid',
                                                                     'Reserve egalisatie afvalstoffenheffing', 'Reserve cultuurhistorie']),
        ('vz', 'Voorzieningen', 'Totaal voorzieningen', ['Voorziening groot onderhoud gebouwen', 'Voorziening wethouderspensioenen',
                                                         'Voorziening riolering (egalisatie)', 'Voorziening dubieuze debiteuren']),
    ]
    subs = []
    for sid, head, tot, items in soorten:
        t.row(sid + 'h', 'title', head)
        ids = []
        for i, it in enumerate(items):
            s11 = money(50_000, 8_000_000)
            toev = money(10_000, 900_000) if R.random() < 0.7 else 0
            ontt = money(10_000, min(s11, 900_000)) if R.random() < 0.7 else 0
            if it == 'Reserve sociaal domein':
                s11, toev, ontt = 412_500, 0, 1_030_000
            ids.append(t.row('%s%d' % (sid, i), 'item', it, vals=dict(s11=s11, toev=toev, ontt=ontt), indent=1))
            t.rowrel('%s%d' % (sid, i), 's3112', [('s11', 1), ('toev', 1), ('ontt', -1)])
        t.row(sid + 't', 'sub', tot)
        t.vsum(sid + 't', [(x, 1) for x in ids], cols)
        t.rowrel(sid + 't', 's3112', [('s11', 1), ('toev', 1), ('ontt', -1)])
        subs.append(sid + 't')
        t.row(sid + 'b', 'blank')
    t.row('T', 'total', 'Totaal reserves en voorzieningen')
    t.vsum('T', [(x, 1) for x in subs], cols)
    t.rowrel('T', 's3112', [('s11', 1), ('toev', 1), ('ontt', -1)])
    t.alts = dict(p1=('br2', 'toev'), tot=('T', 's11', 1_000_000), dele='vz1', sub=('art', 'ontt', 100_000))
    return t


# ---------------------------------------------------------------- t08 begrotingswijziging
def t08():
    f = NL + '#,##0;-#,##0;0'
    fc = []
    for y in ('2026', '2027'):
        for c in ('Lasten', 'Baten', 'Saldo'):
            fc.append(dict(key=y + c, title=c, group=y, fmt=f, width=12))
    t = Table('t08_begrotingswijziging', 'gemeente: begrotingswijziging met mutaties per programma, I/S kolom, 2026 en 2027',
              title='4e begrotingswijziging 2026', subtitle='Najaarsnota 2026 gemeente Zeeveld, bedragen in euro',
              text_cols=[('label', 'Programma / mutatie', 48), ('is', 'I/S', 5)], fig_cols=fc, font=('Arial Narrow', 9),
              orientation='landscape', repeat_header=True, row_height=16,
              notes=['I = incidenteel, S = structureel. Saldo = baten minus lasten; een negatief saldo is een nadeel.',
                     'Vastgesteld door de raad op 10 december 2026.'])
    progs = [('Programma 1 Bestuur en veiligheid', ['Hogere kosten brandweer (GR VRZ)', 'Verkiezingen: extra stembureaus',
                                                    'Vrijval budget handhaving', 'Inhuur juridische ondersteuning']),
             ('Programma 2 Verkeer en mobiliteit', ['Onderhoud wegen na vorstschade', 'Bijdrage provincie fietspad Dorpsweg',
                                                    'Lagere energiekosten openbare verlichting', 'Parkeerinkomsten', 'Herinrichting Marktplein']),
             ('Programma 3 Economie en toerisme', ['Toeristenbelasting hogere opbrengst', 'Subsidie ondernemersfonds',
                                                   'Evenementen zomer 2026']),
             ('Programma 4 Onderwijs', ['Leerlingenvervoer', 'Huisvesting tijdelijke lokalen', 'Specifieke uitkering onderwijsachterstanden']),
             ('Programma 5 Sport en cultuur', ['Kunstgrasveld sportpark Noord', 'Bibliotheek indexatie', 'Verhuur sporthallen']),
             ('Programma 6 Sociaal domein', ['Jeugdzorg hogere volumes', 'WMO huishoudelijke hulp', 'Bijstandsuitkeringen (BUIG)',
                                             'Rijksbijdrage BUIG', 'Schuldhulpverlening', 'Vrijval voorziening jeugd']),
             ('Programma 7 Volksgezondheid en milieu', ['Afvalinzameling indexatie contract', 'Afvalstoffenheffing',
                                                        'Rioolheffing', 'Klimaatadaptatie']),
             ('Programma 8 Wonen en ruimte', ['Bouwleges lagere opbrengst', 'Omgevingsvisie uitwerking', 'Grondexploitatie tussentijdse winstneming'])]
    ptots = []
    allitems = []
    for pi, (p, items) in enumerate(progs):
        t.row('p%d' % pi, 'prog', p, bold=True)
        ids = []
        for ii, it in enumerate(items):
            vals = {}
            kind = R.choice(['l', 'l', 'b', 'lb'])
            if 'Vrijval' in it or 'Lagere' in it:
                kind = 'neg'
            for y in ('2026', '2027'):
                la = ba = 0
                if kind in ('l', 'lb'):
                    la = money(5_000, 400_000, 500)
                if kind in ('b', 'lb'):
                    ba = money(5_000, 300_000, 500)
                if kind == 'neg':
                    la = -money(10_000, 150_000, 1000)
                if y == '2027' and R.random() < 0.4:
                    la = ba = 0
                vals[y + 'Lasten'], vals[y + 'Baten'] = la, ba
            rid = 'm%d_%d' % (pi, ii)
            ids.append(t.row(rid, 'item', it, vals=vals, texts={'is': 'S' if R.random() < 0.4 else 'I'}, indent=1))
            for y in ('2026', '2027'):
                t.rowrel(rid, y + 'Saldo', [(y + 'Baten', 1), (y + 'Lasten', -1)])
        tid = 'pt%d' % pi
        t.row(tid, 'sub', 'Totaal ' + p)
        t.vsum(tid, [(x, 1) for x in ids], [c['key'] for c in fc])
        for y in ('2026', '2027'):
            t.rowrel(tid, y + 'Saldo', [(y + 'Baten', 1), (y + 'Lasten', -1)])
        ptots.append(tid)
        allitems += ids
        t.row('bl%d' % pi, 'blank')
    t.row('T', 'total', 'Totaal begrotingswijziging')
    t.vsum('T', [(x, 1) for x in ptots], [c['key'] for c in fc])
    t.vsum('T', [(x, 1) for x in allitems], [c['key'] for c in fc], tol=True)
    for y in ('2026', '2027'):
        t.rowrel('T', y + 'Saldo', [(y + 'Baten', 1), (y + 'Lasten', -1)])
    t.alts = dict(p1=('m5_0', '2026Lasten'), tot=('T', '2027Baten', 100_000), dele='m1_3', sub=('pt3', '2026Lasten', 10_000))
    # make sure the altered cells are non-trivial
    for r in t.rows:
        if r['id'] == 'm5_0':
            r['vals']['2026Lasten'] = 612_500
        if r['id'] == 'm1_3':
            r['vals'].update({'2026Lasten': 0, '2026Baten': 84_000, '2027Lasten': 0, '2027Baten': 88_500})
    return t


# ---------------------------------------------------------------- t09 balans
def t09():
    f = NL + '#,##0.0;-#,##0.0'
    ye = ['31-12-2026', '31-12-2027', '31-12-2028', '31-12-2029']
    fc = [dict(key=y, title=y, group='Geprognosticeerde balans per', fmt=f, width=12, unit=0.1,
               disp=lambda x: round(x / 10, 1), cell=lambda x, rid: round(x / 10, 1)) for y in ye]
    t = Table('t09_balans', 'gemeente begroting: geprognosticeerde balans per 31-12-2026 .. 31-12-2029, x € 1 miljoen',
              title='Geprognosticeerde balans', subtitle='Uiteenzetting financiële positie, bedragen x € 1 miljoen',
              text_cols=[('label', '', 62)], fig_cols=fc, font=('Calibri', 11))
    act = [('va', 'Vaste activa', 'Totaal vaste activa', ['Immateriële vaste activa', 'Materiële vaste activa', 'Financiële vaste activa']),
           ('vla', 'Vlottende activa', 'Totaal vlottende activa', ['Voorraden', 'Uitzettingen met een rentetypische looptijd < 1 jaar',
                                                                  'Liquide middelen', 'Overlopende activa'])]
    pas = [('vp', 'Vaste passiva', 'Totaal vaste passiva', ['Eigen vermogen', 'Voorzieningen',
                                                            'Vaste schulden met een rentetypische looptijd ≥ 1 jaar']),
           ('vlp', 'Vlottende passiva', 'Totaal vlottende passiva', ['Netto vlottende schulden met een rentetypische looptijd < 1 jaar',
                                                                    'Overlopende passiva'])]

    def side(groups, title, tot, amounts):
        t.row(title + 'h', 'title', title.upper())
        subs, items_all = [], []
        k = 0
        for gid, head, st, items in groups:
            t.row(gid + 'h', 'title', head, bold=True)
            ids = []
            for i, it in enumerate(items):
                ids.append(t.row('%s%d' % (gid, i), 'item', it, vals={y: amounts[k][j] for j, y in enumerate(ye)}, indent=1))
                k += 1
            t.row(gid + 't', 'sub', st)
            t.vsum(gid + 't', [(x, 1) for x in ids], ye)
            subs.append(gid + 't')
            items_all += ids
        t.row(tot, 'total', 'Totaal ' + title)
        t.vsum(tot, [(x, 1) for x in subs], ye)
        t.vsum(tot, [(x, 1) for x in items_all], ye, tol=True)
        t.row(tot + 'b', 'blank')

    a_am = [[R.randrange(0, 30) for _ in ye] for _ in range(7)]
    a_am[1] = [R.randrange(2500, 3400) for _ in ye]
    a_am[2] = [R.randrange(150, 400) for _ in ye]
    a_am[4] = [R.randrange(80, 300) for _ in ye]
    sa = [sum(a[j] for a in a_am) for j in range(4)]
    p_am = [[R.randrange(600, 900) for _ in ye], [R.randrange(100, 250) for _ in ye], [R.randrange(1500, 2100) for _ in ye],
            [0] * 4, [R.randrange(60, 180) for _ in ye]]
    for j in range(4):
        p_am[3][j] = sa[j] - sum(p[j] for p in p_am)
        assert p_am[3][j] > 0
    side(act, 'activa', 'Tact', a_am)
    side(pas, 'passiva', 'Tpas', p_am)
    t.alts = dict(p1=('va1', '31-12-2027'), tot=('Tpas', '31-12-2026', 100), dele='vla3', sub=('vpt', '31-12-2028', 50))
    return t


# ---------------------------------------------------------------- t10 waterschap kostentoedeling
def t10():
    cats = [('ing', 'Ingezetenen'), ('geb', 'Gebouwd'), ('ong', 'Ongebouwd'), ('nat', 'Natuur')]
    pct = NL + '0.00%'
    eur = NL + '#,##0;-#,##0'
    fcA = [dict(key=k, title=n, fmt=pct, width=13, unit=0.01, disp=lambda x: x / 100, other=lambda x: x / 10000,
                cell=lambda x, rid: x / 10000) for k, n in cats] + \
          [dict(key='tot', title='Totaal', fmt=pct, width=13, unit=0.01, disp=lambda x: x / 100, other=lambda x: x / 10000,
                cell=lambda x, rid: x / 10000)]
    t = Table('t10_kostentoedeling', 'waterschap: kostentoedeling watersysteembeheer naar categorieën (A: percentages, B: bedragen)',
              title='Kostentoedeling watersysteembeheer', subtitle='Waterschap De Stroomvallei, begroting 2026',
              text_cols=[('label', 'Taak', 40)], fig_cols=fcA, font=('Tahoma', 9), orientation='landscape', body_headers=True,
              notes=['Toedelingspercentages volgens de Kostentoedelingsverordening watersysteemheffing 2024.'])
    # the B block uses the same column keys but euro formatting: handled by per-row 'fmt' swap in cell()
    taken = ['Beheer en onderhoud watergangen', 'Peilbeheer en gemalen', 'Waterkeringen', 'Waterkwaliteit en ecologie',
             'Muskusrattenbestrijding', 'Calamiteitenzorg', 'Beleid en planvorming watersysteem']
    shares = []
    for i in range(len(taken)):
        w = [R.randrange(2000, 6000), R.randrange(1500, 4000), R.randrange(800, 3000), R.randrange(50, 400)]
        shares.append(largest_remainder(w, 10000))
    t.row('Ahd', 'title', 'A. Toedelingspercentages per taak')
    t.row('Ah', 'hdr')
    for i, tk in enumerate(taken):
        t.row('a%d' % i, 'item', tk, vals={k: shares[i][j] for j, (k, _) in enumerate(cats)})
        t.rowrel('a%d' % i, 'tot', [(k, 1) for k, _ in cats])
    t.row('b0', 'blank')
    t.row('Bhd', 'title', 'B. Toegedeelde netto kosten (in euro)')
    t.row('Bh', 'hdr')
    bids = []
    for i, tk in enumerate(taken):
        cost = money(400_000, 9_000_000)
        am = largest_remainder(shares[i], cost)
        bids.append(t.row('e%d' % i, 'item', tk, vals={k: am[j] for j, (k, _) in enumerate(cats)}))
        t.rowrel('e%d' % i, 'tot', [(k, 1) for k, _ in cats])
    t.row('BT', 'total', 'Totaal')
    t.vsum('BT', [(x, 1) for x in bids], [k for k, _ in cats] + ['tot'])
    t.rowrel('BT', 'tot', [(k, 1) for k, _ in cats])
    t.brows = set(bids) | {'BT'}
    t.alts = dict(p1=('e2', 'ong'), tot=('BT', 'geb', 100_000), dele='e4', sub=('a3', 'ing', 100))
    # block B: euro cells and euro truth
    for c in fcA:
        c['cell'] = (lambda x, rid: x if rid in t.brows else x / 10000)
        c['fmt_b'] = eur
    return t


# ---------------------------------------------------------------- build
def make_rows(t, variant):
    rows = copy.deepcopy(t.rows)
    byid = {r['id']: r for r in rows}
    a = t.alts
    if variant == 'p1':
        rid, c = a['p1']
        byid[rid]['vals'][c] += 1
        return rows, dict(label=byid[rid]['label'], column=t.colname(c), rid=rid, col=c, action='+1 (last printed digit)',
                          code=byid[rid]['code'])
    if variant in ('tot', 'sub'):
        rid, c, d = a[variant]
        byid[rid]['vals'][c] += d
        return rows, dict(label=byid[rid]['label'], column=t.colname(c), rid=rid, col=c,
                          action='+%s (model units of the last printed digit)' % d, code=byid[rid]['code'])
    if variant == 'del':
        rid = a['dele']
        r = byid[rid]
        rows.remove(r)
        return rows, dict(label=r['label'], column='(whole line deleted)', rid=rid, col=None, action='line deleted', code=r['code'])
    return rows, None


def main():
    os.makedirs(os.path.join(HERE, 'xlsx'), exist_ok=True)
    tables = [t01(), t02(), t03(), t04(), t05(), t06(), t07(), t08(), t09(), t10()]
    truth = {}
    for t in tables:
        t.compute()
        # t10: block B rows are euros, not percentages
        if hasattr(t, 'brows'):
            orig_entry = t.entry

            def entry(r, c, printed, true, t=t, orig=orig_entry):
                if r['id'] in t.brows:
                    e = dict(label=r['label'], column=t.colname(c), printed=float(printed), true=float(true), unit=1)
                    return e
                return orig(r, c, printed, true)
            t.entry = entry
        clean_addr = None
        for variant in ('clean', 'p1', 'tot', 'del', 'sub'):
            rows, alt = make_rows(t, variant)
            fname = t.name + ('' if variant == 'clean' else '_' + variant) + '.xlsx'
            addr = write_t(t, rows, os.path.join(HERE, 'xlsx', fname))
            if variant == 'clean':
                clean_addr = addr
            failing, tolerated = t.evaluate(rows)
            if variant != 'clean':
                assert failing, fname
                if alt['col'] and not any(f['label'] == alt['label'] and f['column'] == alt['column'] for f in failing):
                    tolerated.append(dict(label=alt['label'], column=alt['column'], printed=0.0, true=0.0, unit=1,
                                          **({'code': str(alt['code'])} if alt['code'] else {})))
            else:
                assert not failing
            d = dict(kind=t.kind, variant=variant, failing=failing, tolerated=tolerated)
            if alt:
                cell = (addr if alt['col'] else clean_addr).get((alt['rid'], alt['col']))
                d['altered'] = {k: v for k, v in dict(label=alt['label'], column=alt['column'], cell=cell, action=alt['action'],
                                                       code=str(alt['code']) if alt['code'] else None).items() if v is not None}
            truth[fname] = d
    json.dump(dict(files=truth), open(os.path.join(HERE, 'truth.json'), 'w'), indent=1, ensure_ascii=False)
    n = sum(len(v['failing']) for v in truth.values())
    print('%d files, %d failing totals' % (len(truth), n))


def write_t(t, rows, path):
    if hasattr(t, 'brows'):
        # block B: swap number formats per row
        saved = [c['fmt'] for c in t.fig_cols]
        addr = write(t, rows, path)
        from openpyxl import load_workbook
        wb = load_workbook(path)
        ws = wb.active
        keys = {c['key']: c for c in t.fig_cols}
        for (rid, key), a in addr.items():
            if key and rid in t.brows:
                ws[a].number_format = keys[key]['fmt_b']
        wb.save(path)
        return addr
    return write(t, rows, path)


if __name__ == '__main__':
    main()
