"""Build 10 Dutch public-sector tables + 4 altered copies each, and truth.json.
Run with a python that has openpyxl. All figures are integers in the display unit
(percentages: integer hundredths). Truth is computed mechanically from the declared
relations evaluated on the printed (altered) figures."""
import copy, json, os, random
import openpyxl
from openpyxl.styles import Font, Alignment, Border, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties

HERE = os.path.dirname(os.path.abspath(__file__))
XDIR = os.path.join(HERE, 'xlsx')
os.makedirs(XDIR, exist_ok=True)
rnd = random.Random(14)
import sys
TRUTH_ONLY = '--truth-only' in sys.argv  # rewrite truth.json only, keep the printed files
NL = '[$-413]'
THIN = Side(style='thin')


class Table:
    def __init__(s, name, kind, titles, cols, header, hmerges=(), setup=None, neg='minus'):
        s.name, s.kind, s.titles, s.cols, s.header = name, kind, titles, cols, header
        s.hmerges, s.setup, s.neg = list(hmerges), setup or {}, neg
        s.rows, s.rels = [], []
        s.ckeys = [c[0] for c in cols]

    # rows: dict(id, style, label, code, vals{key:int}, text{key:str})
    def add(s, rid, label, style='part', code=None, vals=None, text=None, **kw):
        s.rows.append(dict(id=rid, label=label, style=style, code=code, vals=dict(vals or {}),
                           text=dict(text or {}), **kw))
        return rid

    def heading(s, label):
        s.add(None, label, 'heading')

    def spacer(s):
        s.add(None, '', 'spacer')

    def vsum(s, target, parts, cols, coefs=None):
        for c in cols:
            s.rels.append(((target, c), [((coefs[i] if coefs else 1), p, c) for i, p in enumerate(parts)]))

    def hrel(s, rids, target, terms):
        for r in rids:
            s.rels.append(((r, target), [(k, r, c) for k, c in terms]))

    def numcols(s):
        return [c[0] for c in s.cols if c[3] == 'num']

    def row(s, rid):
        for r in s.rows:
            if r['id'] == rid:
                return r
        raise KeyError(rid)

    def solve(s):
        for _ in range(12):
            for (tr, tc), terms in s.rels:
                s.row(tr)['vals'][tc] = sum(k * s.row(r)['vals'].get(c, 0) for k, r, c in terms)

    def coltitle(s, key):
        i = s.ckeys.index(key)
        grid = [list(h) for h in s.header]
        for (r1, c1, r2, c2) in s.hmerges:
            v = grid[r1][c1]
            for rr in range(r1, r2 + 1):
                for cc in range(c1, c2 + 1):
                    if rr == r1 and cc == c1:
                        continue
                    grid[rr][cc] = None if cc == c1 else v
        parts = []
        for h in grid:
            if h[i] and h[i] not in parts:
                parts.append(h[i])
        return ' '.join(p.replace('-\n', '').replace('\n', ' ') for p in parts)

    def failing(s):
        ids = {r['id'] for r in s.rows if r['id']}
        dec = {c[0]: c[4] if len(c) > 4 else 0 for c in s.cols}
        out = []
        for (tr, tc), terms in s.rels:
            if tr not in ids:
                continue
            true = sum(k * s.row(r)['vals'].get(c, 0) for k, r, c in terms if r in ids)
            pr = s.row(tr)['vals'].get(tc, 0)
            if true != pr:
                d = 10 ** dec[tc]
                f = {'label': s.row(tr)['label'], 'column': s.coltitle(tc),
                     'printed': pr / d if d > 1 else pr, 'true': true / d if d > 1 else true, 'unit': 1 / d if d > 1 else 1, 'code': s.row(tr)['code'] or ''}
                if f not in out:
                    out.append(f)
        return out

    def write(s, path):
        wb = openpyxl.Workbook()
        ws = wb.active
        ws.title = s.setup.get('sheet', 'Blad1')
        fs = s.setup.get('font', 10)
        ncol = len(s.cols)
        r = 1
        for i, t in enumerate(s.titles):
            c = ws.cell(r, 1, t)
            c.font = Font(name='Arial', size=fs + (3 if i == 0 else 0), bold=(i == 0), italic=(i > 0))
            r += 1
        r += 1
        h0 = r
        wrap = s.setup.get('wrap', False)
        for hr in s.header:
            for j, v in enumerate(hr):
                c = ws.cell(r, j + 1, v)
                c.font = Font(name='Arial', size=fs, bold=True)
                c.alignment = Alignment(horizontal='center' if j >= s.setup.get('firstnum', 1) else 'left',
                                        vertical='bottom', wrap_text=wrap or (v and '\n' in v))
                c.border = Border(bottom=THIN) if r == h0 + len(s.header) - 1 else Border()
            r += 1
        for (r1, c1, r2, c2) in s.hmerges:
            ws.merge_cells(start_row=h0 + r1, start_column=c1 + 1, end_row=h0 + r2, end_column=c2 + 1)
        for j in range(ncol):
            ws.cell(h0 + len(s.header) - 1, j + 1).border = Border(bottom=THIN)
        if wrap:
            ws.row_dimensions[h0 + len(s.header) - 1].height = s.setup.get('hheight', 40)
        body0 = r
        for row in s.rows:
            st = row['style']
            bold = st in ('sub', 'total', 'heading')
            for j, (key, title, width, typ, *rest) in enumerate(s.cols):
                dec = rest[0] if rest else 0
                c = ws.cell(r, j + 1)
                if typ == 'label':
                    c.value = row['label'] or None
                    c.alignment = Alignment(indent=1 if st == 'part' and s.setup.get('indent') else 0,
                                            wrap_text=s.setup.get('wraplabel', False))
                elif typ == 'code':
                    c.value = row['code']
                    c.alignment = Alignment(horizontal='left')
                elif typ == 'text':
                    c.value = row['text'].get(key)
                    c.alignment = Alignment(wrap_text=True, vertical='top')
                elif typ == 'year':
                    c.value = row['text'].get(key)
                    c.alignment = Alignment(horizontal='center')
                elif typ == 'sign':
                    c.value = row['text'].get(key)
                    c.alignment = Alignment(horizontal='center')
                elif typ == 'num':
                    if st in ('heading', 'spacer'):
                        pass
                    elif key in row['vals'] and not (key in row.get('blank', ())):
                        v = row['vals'][key]
                        c.value = v / 10 ** dec if dec else v
                        if dec:
                            c.number_format = NL + '#,##0.' + '0' * dec
                        elif s.neg == 'paren':
                            c.number_format = NL + '#,##0;(#,##0);"-"'
                        else:
                            c.number_format = NL + '#,##0;-#,##0;"-"'
                c.font = Font(name='Arial', size=fs, bold=bold, italic=(st == 'heading' and s.setup.get('italhead', False)))
                if st == 'sub' and typ == 'num':
                    c.border = Border(top=THIN)
                if st == 'total' and typ in ('num', 'label'):
                    c.border = Border(top=THIN, bottom=Side(style='double') if typ == 'num' else None)
            ws.row_dimensions[r].height = s.setup.get('rowheight', round(fs * 1.45, 1))
            r += 1
        for j, (key, title, width, typ, *rest) in enumerate(s.cols):
            ws.column_dimensions[get_column_letter(j + 1)].width = width
        ps = ws.page_setup
        ps.paperSize = ws.PAPERSIZE_A4
        ps.orientation = s.setup.get('orientation', 'portrait')
        if s.setup.get('fitwidth'):
            ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
            ps.fitToWidth = 1
            ps.fitToHeight = 0
        if s.setup.get('titlerows'):
            ws.print_title_rows = f'{h0}:{h0 + len(s.header) - 1}'
        ws.print_options.gridLines = False
        ws.sheet_view.showGridLines = False
        ws.page_margins.left = ws.page_margins.right = s.setup.get('margin', 0.6)
        if s.setup.get('footer'):
            ws.oddFooter.left.text = s.setup['footer']
            ws.oddFooter.right.text = 'Pagina &P van &N'
        wb.save(path)


def R(a, b):
    return rnd.randint(a, b)


def transpose(v):
    s = str(abs(v))
    for i in range(len(s) - 2, -1, -1):
        if s[i] != s[i + 1]:
            t = s[:i] + s[i + 1] + s[i] + s[i + 2:]
            return int(t) * (1 if v >= 0 else -1)
    return v + 10


TABLES = []

# ---------------------------------------------------------------- 1
def t1():
    t = Table('t01_gem_baten_lasten_programma', 'gemeente overzicht baten en lasten per programma (jaarrekening)',
              ['Gemeente Lingewaard-Oost - Jaarstukken 2025', 'Overzicht van baten en lasten per programma (bedragen x € 1.000)'],
              [('c', 'Nr.', 6, 'code'), ('l', 'Programma', 46, 'label'), ('bp', 'Begroting primitief', 13, 'num'),
               ('bw', 'Begroting na wijziging', 13, 'num'), ('re', 'Realisatie', 13, 'num'), ('vs', 'Verschil', 12, 'num')],
              [['Nr.', 'Programma', 'Begroting\nprimitief', 'Begroting na\nwijziging', 'Realisatie', 'Verschil']],
              setup=dict(orientation='landscape', font=9, hheight=28))
    progs = [('0', 'Bestuur en ondersteuning'), ('1', 'Veiligheid'), ('2', 'Verkeer, vervoer en waterstaat'),
             ('3', 'Economie'), ('4', 'Onderwijs'), ('5', 'Sport, cultuur en recreatie'), ('6', 'Sociaal domein'),
             ('7', 'Volksgezondheid en milieu'), ('8', 'Volkshuisvesting, ruimtelijke ordening en stedelijke vernieuwing')]
    sizes = [14000, 5200, 8300, 1900, 6100, 7400, 61000, 12800, 6900]
    bsz = [52000, 300, 1200, 1100, 900, 1700, 14300, 11200, 3100]
    t.heading('Lasten')
    L = []
    for (c, n), sz in zip(progs, sizes):
        bp = R(int(sz * .9), int(sz * 1.1)); bw = bp + R(-sz // 15, sz // 12); re_ = bw + R(-sz // 12, sz // 25)
        L.append(t.add('L' + c, n, code=c, vals=dict(bp=bp, bw=bw, re=re_)))
    t.add('TL', 'Totaal lasten', 'sub'); t.vsum('TL', L, ['bp', 'bw', 're'])
    t.spacer(); t.heading('Baten')
    B = []
    for (c, n), sz in zip(progs, bsz):
        bp = R(int(sz * .9), int(sz * 1.1)); bw = bp + R(-sz // 20, sz // 10); re_ = bw + R(-sz // 25, sz // 8)
        B.append(t.add('B' + c, n, code=c, vals=dict(bp=bp, bw=bw, re=re_)))
    t.add('TB', 'Totaal baten', 'sub'); t.vsum('TB', B, ['bp', 'bw', 're'])
    t.spacer()
    t.add('SBL', 'Saldo van baten en lasten', 'sub'); t.vsum('SBL', ['TB', 'TL'], ['bp', 'bw', 're'], [1, -1])
    t.add('TOE', 'Toevoegingen aan reserves', code='', vals=dict(bp=R(2000, 4000), bw=R(5000, 8000), re=R(5000, 8000)))
    t.add('ONT', 'Onttrekkingen aan reserves', vals=dict(bp=R(3000, 6000), bw=R(9000, 14000), re=R(8000, 13000)))
    t.add('MR', 'Saldo mutaties reserves', 'sub'); t.vsum('MR', ['ONT', 'TOE'], ['bp', 'bw', 're'], [1, -1])
    t.spacer()
    t.add('RES', 'Resultaat', 'total'); t.vsum('RES', ['SBL', 'MR'], ['bp', 'bw', 're'])
    allr = [r['id'] for r in t.rows if r['id']]
    t.hrel(allr, 'vs', [(1, 're'), (-1, 'bw')])
    t.alts = dict(p1=('L6', 're', 1), tot=('TL', 're', 'transpose'), dele='L3', sub=('SBL', 'bw', 10))
    return t

# ---------------------------------------------------------------- 2
def t2():
    t = Table('t02_gem_staat_reserves_voorzieningen', 'gemeente staat van reserves en voorzieningen',
              ['Gemeente Westerkwartier-Zuid', 'Bijlage 3  Staat van reserves en voorzieningen 2025', 'bedragen in €'],
              [('l', 'Omschrijving', 34, 'label'), ('b', 'Saldo 1-1-2025', 13, 'num'), ('t', 'Toevoegingen', 12, 'num'),
               ('o', 'Onttrekkingen', 12, 'num'), ('v', 'Vrijval', 10, 'num'), ('e', 'Saldo 31-12-2025', 13, 'num'),
               ('x', 'Toelichting', 40, 'text')],
              [['Omschrijving', 'Saldo\n1-1-2025', 'Toevoegingen', 'Onttrekkingen', 'Vrijval', 'Saldo\n31-12-2025', 'Toelichting']],
              setup=dict(orientation='landscape', fitwidth=True, font=8, wrap=True, hheight=26))
    def grp(prefix, items, big):
        ids = []
        for i, (n, txt) in enumerate(items):
            b = R(big // 10, big); tt = R(0, b // 3) if rnd.random() < .7 else 0
            o = R(0, (b + tt) // 2) if rnd.random() < .8 else 0
            v = R(0, (b + tt - o) // 4) if prefix == 'V' and rnd.random() < .5 else 0
            ids.append(t.add(f'{prefix}{i}', n, vals=dict(b=b, t=tt, o=o, v=v), text=dict(x=txt)))
        return ids
    t.heading('Algemene reserves')
    A = grp('A', [('Algemene reserve', 'Weerstandsvermogen; saldo rekening 2024 toegevoegd'),
                  ('Reserve grondexploitatie', 'Winstneming complex De Hoven')], 18000000)
    t.add('TA', 'Totaal algemene reserves', 'sub'); t.vsum('TA', A, list('btove'))
    t.spacer(); t.heading('Bestemmingsreserves')
    Bn = [('Reserve sociaal domein', 'Dekking tekort jeugdzorg'), ('Reserve kapitaallasten', 'Dekking afschrijving MFA'),
          ('Reserve onderhoud gebouwen', 'Conform meerjarig onderhoudsplan'), ('Reserve duurzaamheid', 'Nieuw ingesteld bij kadernota'),
          ('Reserve wegen', ''), ('Reserve egalisatie afvalstoffenheffing', 'Egalisatie tarieven'),
          ('Reserve cultuurhistorie', ''), ('Reserve woningbouwimpuls', 'Bijdrage rijk woningbouw')]
    Bi = grp('B', Bn, 6000000)
    t.add('TB', 'Totaal bestemmingsreserves', 'sub'); t.vsum('TB', Bi, list('btove'))
    t.spacer()
    t.add('TR', 'Totaal reserves', 'sub'); t.vsum('TR', ['TA', 'TB'], list('btove'))
    t.spacer(); t.heading('Voorzieningen')
    V = grp('V', [('Voorziening pensioenen wethouders', 'Actuariële herrekening'), ('Voorziening onderhoud wegen', ''),
                  ('Voorziening dubieuze debiteuren', 'Vrijval na beoordeling debiteuren'),
                  ('Voorziening riolering', 'Egalisatie rioolheffing'), ('Voorziening groot onderhoud sportaccommodaties', '')], 4000000)
    t.add('TV', 'Totaal voorzieningen', 'sub'); t.vsum('TV', V, list('btove'))
    t.spacer()
    t.add('TT', 'Totaal reserves en voorzieningen', 'total'); t.vsum('TT', ['TR', 'TV'], list('btove'))
    allr = [r['id'] for r in t.rows if r['id']]
    t.hrel(allr, 'e', [(1, 'b'), (1, 't'), (-1, 'o'), (-1, 'v')])
    t.alts = dict(p1=('B2', 'o', 1), tot=('TT', 'e', 'transpose'), dele='V1', sub=('TB', 't', 1000))
    return t

# ---------------------------------------------------------------- 3
def t3():
    t = Table('t03_prov_balans', 'provincie balans per 31 december',
              ['Provincie Noordwaarts', 'Balans per 31 december 2025 (bedragen x € 1.000)'],
              [('l', '', 48, 'label'), ('a', '31-12-2025', 12, 'num'), ('b', '31-12-2024', 12, 'num')],
              [['ACTIVA', '31-12-2025', '31-12-2024']],
              setup=dict(orientation='portrait', font=10, indent=True))
    def items(lst):
        ids = []
        for rid, n, sz in lst:
            ids.append(t.add(rid, n, vals=dict(a=R(sz // 2, sz), b=R(sz // 2, sz))))
        return ids
    t.heading('Vaste activa')
    VA = items([('IVA', 'Immateriële vaste activa', 3000), ('MVA', 'Materiële vaste activa', 480000),
                ('FVA', 'Financiële vaste activa', 160000)])
    t.add('TVA', 'Totaal vaste activa', 'sub'); t.vsum('TVA', VA, 'ab')
    t.spacer(); t.heading('Vlottende activa')
    VL = items([('VRD', 'Voorraden', 900), ('UIT', 'Uitzettingen met een rentetypische looptijd korter dan één jaar', 95000),
                ('LIQ', 'Liquide middelen', 4000), ('OVA', 'Overlopende activa', 60000)])
    t.add('TVL', 'Totaal vlottende activa', 'sub'); t.vsum('TVL', VL, 'ab')
    t.spacer()
    t.add('TAC', 'Totaal activa', 'total'); t.vsum('TAC', ['TVA', 'TVL'], 'ab')
    t.spacer(); t.spacer()
    t.add(None, 'PASSIVA', 'heading')
    t.heading('Vaste passiva')
    EV = items([('ALG', 'Algemene reserve', 140000), ('BER', 'Bestemmingsreserves', 260000),
                ('GRS', 'Gerealiseerd resultaat', 20000)])
    t.add('TEV', 'Totaal eigen vermogen', 'sub'); t.vsum('TEV', EV, 'ab')
    VZ = items([('VZ', 'Voorzieningen', 40000), ('VS', 'Vaste schulden met een rentetypische looptijd van één jaar of langer', 120000)])
    t.add('TVP', 'Totaal vaste passiva', 'sub'); t.vsum('TVP', ['TEV'] + VZ, 'ab')
    t.spacer(); t.heading('Vlottende passiva')
    t.add('NVS', 'Netto vlottende schulden met een rentetypische looptijd korter dan één jaar', vals=dict(a=R(40000, 80000), b=R(40000, 80000)))
    t.add('OVP', 'Overlopende passiva', vals={})
    t.add('TVLP', 'Totaal vlottende passiva', 'sub'); t.vsum('TVLP', ['NVS', 'OVP'], 'ab')
    t.spacer()
    t.add('TPA', 'Totaal passiva', 'total'); t.vsum('TPA', ['TVP', 'TVLP'], 'ab')
    t.solve()
    for c in 'ab':  # balancing item: overlopende passiva
        diff = t.row('TAC')['vals'][c] - t.row('TPA')['vals'][c]
        assert diff > 0, diff
        t.row('OVP')['vals'][c] = diff
    t.add(None, '', 'spacer')
    t.rows.append(dict(id=None, label='Gewaarborgde geldleningen en garantstellingen: € 412.650.000', style='heading',
                       code=None, vals={}, text={}))
    t.alts = dict(p1=('MVA', 'b', 1), tot=('TPA', 'a', 'transpose'), dele='LIQ', sub=('TEV', 'a', 100))
    return t

# ---------------------------------------------------------------- 4
def t4():
    t = Table('t04_ws_begrotingswijziging', 'waterschap begrotingswijziging (two-row header)',
              ['Waterschap Hunze en Dollard-Oost', '1e Begrotingswijziging 2026', 'bedragen x € 1.000'],
              [('l', 'Programma', 30, 'label'), ('lb', 'Begroting 2026', 11, 'num'), ('lw', 'Wijziging', 10, 'num'),
               ('ln', 'Na wijziging', 11, 'num'), ('bb', 'Begroting 2026', 11, 'num'), ('bw', 'Wijziging', 10, 'num'),
               ('bn', 'Na wijziging', 11, 'num')],
              [['Programma', 'Lasten', None, None, 'Baten', None, None],
               [None, 'Begroting\n2026', 'Wijziging', 'Na\nwijziging', 'Begroting\n2026', 'Wijziging', 'Na\nwijziging']],
              hmerges=[(0, 0, 1, 0), (0, 1, 0, 3), (0, 4, 0, 6)],
              setup=dict(orientation='portrait', fitwidth=True, font=9, wrap=True, hheight=26, wraplabel=True))
    P = [('Watersysteem', 42000, 2500), ('Zuiveringsbeheer', 38000, 3100), ('Wegenbeheer', 6500, 800),
         ('Waterketen', 2100, 150), ('Bestuur en organisatie', 9800, 400),
         ('Belastingheffing en invordering', 3900, 0), ('Watersysteemheffing', 0, 47000),
         ('Zuiveringsheffing', 0, 41000), ('Wegenheffing', 0, 5200), ('Algemene dekkingsmiddelen', 600, 2900)]
    ids = []
    for i, (n, l, b) in enumerate(P):
        v = {}
        v['lb'] = R(int(l * .95), l) if l else 0
        v['lw'] = (R(-400, 900) if rnd.random() < .7 else 0) if l else 0
        v['bb'] = R(int(b * .95), b) if b else 0
        v['bw'] = (R(-150, 500) if rnd.random() < .5 else 0) if b else 0
        ids.append(t.add(f'P{i}', n, vals=v))
    ids.append(t.add('TOE', 'Toevoegingen aan reserves', vals=dict(lb=1200, lw=R(200, 600), bb=0, bw=0)))
    ids.append(t.add('ONT', 'Onttrekkingen aan reserves', vals=dict(lb=0, lw=0, bb=R(1500, 3000), bw=R(300, 1500))))
    t.add('TOT', 'Totaal', 'total'); t.vsum('TOT', ids, ['lb', 'lw', 'bb', 'bw', 'ln', 'bn'])
    t.hrel(ids + ['TOT'], 'ln', [(1, 'lb'), (1, 'lw')])
    t.hrel(ids + ['TOT'], 'bn', [(1, 'bb'), (1, 'bw')])
    t.spacer()
    t.add('SAL', 'Saldo baten minus lasten', 'sub', blank=('lb', 'lw', 'ln'))
    for c, l in (('bb', 'lb'), ('bw', 'lw'), ('bn', 'ln')):
        t.rels.append((('SAL', c), [(1, 'TOT', c), (-1, 'TOT', l)]))
    t.solve()
    # make the primitive begroting sluitend: adjust algemene dekkingsmiddelen baten
    d = t.row('SAL')['vals']['bb']
    t.row('P9')['vals']['bb'] -= d
    t.solve()
    t.alts = dict(p1=('P1', 'lw', 1), tot=('TOT', 'bn', 10), dele='P4', sub=('TOT', 'lb', 'transpose'))
    return t

# ---------------------------------------------------------------- 5
def t5():
    t = Table('t05_gr_bijdrage_deelnemers', 'GR bijdrage per deelnemende gemeente',
              ['Gemeenschappelijke regeling Omgevingsdienst Rivierenland-Noord', 'Begroting 2026 - Bijdrage per deelnemer (verdeelsleutel inwoners 1-1-2025)'],
              [('l', 'Gemeente', 18, 'label'), ('i', 'Inwoners 1-1-2025', 11, 'num'), ('p', 'Aandeel %', 8, 'num', 2),
               ('b5', 'Bijdrage 2025', 12, 'num'), ('b6', 'Bijdrage 2026', 12, 'num'), ('d', 'Verschil', 10, 'num')],
              [['Gemeente', 'Inwoners\n1-1-2025', 'Aandeel\n%', 'Bijdrage 2025\n(€)', 'Bijdrage 2026\n(€)', 'Verschil\n(€)']],
              setup=dict(orientation='portrait', font=10, wrap=True, hheight=30))
    names = ['Buren', 'Culemborg', 'Maasdriel', 'Neder-Betuwe', 'Tiel', 'West Betuwe', 'West Maas en Waal',
             'Zaltbommel', 'Geldermalsen-Noord', 'Lingewaal', 'Asperen', 'Heukelum']
    inw = [R(9000, 55000) for _ in names]
    tot = sum(inw)
    def apportion(total, w, scale):
        raw = [total * x / sum(w) for x in w]
        fl = [int(x) for x in raw]
        rest = total - sum(fl)
        for k in sorted(range(len(w)), key=lambda k: -(raw[k] - fl[k]))[:rest]:
            fl[k] += 1
        return fl
    pct = apportion(10000, inw, 1)
    b5 = apportion(4_812_300, inw, 1)
    b6 = apportion(5_096_450, inw, 1)
    ids = []
    for k, n in enumerate(names):
        ids.append(t.add(f'G{k}', n, vals=dict(i=inw[k], p=pct[k], b5=b5[k], b6=b6[k])))
    t.add('TOT', 'Totaal', 'total'); t.vsum('TOT', ids, ['i', 'p', 'b5', 'b6', 'd'])
    t.hrel(ids + ['TOT'], 'd', [(1, 'b6'), (-1, 'b5')])
    t.alts = dict(p1=('G4', 'i', 1), tot=('TOT', 'b6', 'transpose'), dele='G7', sub=('G2', 'p', 'transpose'))
    return t

# ---------------------------------------------------------------- 6
def t6():
    t = Table('t06_prov_meerjarenraming', 'provincie meerjarenraming per programma met structureel begrotingssaldo',
              ['Provincie Zuidervaart - Begroting 2026', 'Meerjarenraming 2026-2029 per programma', 'bedragen x € 1.000; negatief = nadelig'],
              [('c', 'Progr.', 6, 'code'), ('l', 'Omschrijving', 36, 'label'), ('y6', '2026', 8, 'num'), ('y7', '2027', 8, 'num'),
               ('y8', '2028', 8, 'num'), ('y9', '2029', 8, 'num')],
              [['Progr.', 'Omschrijving', '2026', '2027', '2028', '2029']],
              setup=dict(orientation='portrait', font=8, indent=True, margin=0.5))
    Y = ['y6', 'y7', 'y8', 'y9']
    progs = [('1', 'Ruimte en wonen', 28000, 6000), ('2', 'Mobiliteit', 145000, 32000), ('3', 'Natuur en landelijk gebied', 98000, 41000),
             ('4', 'Economie en innovatie', 36000, 4000), ('5', 'Energie en klimaat', 22000, 2500), ('6', 'Cultuur en erfgoed', 31000, 900),
             ('7', 'Bestuur en middelen', 47000, 3100)]
    def series(base):
        v = {}; x = base
        for y in Y:
            v[y] = x; x = x + R(-base // 20, base // 25)
        return v
    t.heading('Lasten')
    L = [t.add('L' + c, n, code=c, vals=series(R(int(l * .9), l))) for c, n, l, b in progs]
    t.add('TL', 'Totaal lasten', 'sub'); t.vsum('TL', L, Y)
    t.spacer(); t.heading('Baten')
    B = [t.add('B' + c, n, code=c, vals=series(R(int(b * .9), b))) for c, n, l, b in progs]
    t.add('TB', 'Totaal baten', 'sub'); t.vsum('TB', B, Y)
    t.spacer()
    t.add('S1', 'Saldo van baten en lasten programma\'s', 'sub'); t.vsum('S1', ['TB', 'TL'], Y, [1, -1])
    t.spacer(); t.heading('Algemene dekkingsmiddelen')
    AD = [t.add('PF', 'Provinciefonds', code='8', vals=series(R(200000, 215000))),
          t.add('MRB', 'Opcenten motorrijtuigenbelasting', code='8', vals=series(R(105000, 112000))),
          t.add('DIV', 'Dividenden en rente', code='8', vals=series(R(9000, 12000)))]
    t.add('TAD', 'Totaal algemene dekkingsmiddelen', 'sub'); t.vsum('TAD', AD, Y)
    t.add('S2', 'Saldo na algemene dekkingsmiddelen', 'sub'); t.vsum('S2', ['S1', 'TAD'], Y)
    t.spacer(); t.heading('Mutaties reserves')
    t.add('TOE', 'Toevoegingen aan reserves', vals=series(R(18000, 24000)))
    t.add('ONT', 'Onttrekkingen aan reserves', vals=series(R(30000, 42000)))
    t.add('MR', 'Saldo mutaties reserves', 'sub'); t.vsum('MR', ['ONT', 'TOE'], Y, [1, -1])
    t.spacer()
    t.add('BS', 'Begrotingssaldo na bestemming', 'total'); t.vsum('BS', ['S2', 'MR'], Y)
    t.add('INC', 'Af: saldo incidentele baten en lasten', vals={y: R(-9000, 6000) for y in Y})
    t.add('SBS', 'Structureel begrotingssaldo', 'total'); t.vsum('SBS', ['BS', 'INC'], Y, [1, -1])
    t.alts = dict(p1=('B3', 'y8', 1), tot=('SBS', 'y7', 10), dele='DIV', sub=('TL', 'y9', 'transpose'))
    return t

# ---------------------------------------------------------------- 7
def t7():
    t = Table('t07_gem_investeringskredieten', 'gemeente staat van investeringskredieten',
              ['Gemeente Hollands Kroon-West', 'Jaarrekening 2025 - Staat van lopende investeringskredieten', 'bedragen in euro\'s'],
              [('c', 'Nr.', 7, 'code'), ('l', 'Omschrijving investering', 34, 'label'), ('j', 'Jaar besluit', 7, 'year'),
               ('k', 'Krediet', 12, 'num'), ('u1', 'Uitgaven t/m 2024', 12, 'num'), ('u2', 'Uitgaven 2025', 12, 'num'),
               ('r', 'Restant krediet', 12, 'num'), ('x', 'Afsluiten', 8, 'text')],
              [['Nr.', 'Omschrijving investering', 'Jaar\nbesluit', 'Krediet', 'Uitgaven\nt/m 2024', 'Uitgaven\n2025', 'Restant\nkrediet', 'Afsluiten']],
              setup=dict(orientation='landscape', font=7, wrap=True, hheight=22, margin=0.4))
    groups = [('Verkeer, vervoer en waterstaat', ['Reconstructie Dorpsstraat', 'Rotonde N241/Westerweg', 'Vervanging openbare verlichting LED',
                                                  'Fietspad Kolhorn-Barsingerhorn', 'Herinrichting stationsomgeving']),
              ('Onderwijs', ['Nieuwbouw IKC De Zandloper', 'Uitbreiding OBS Anna Paulowna', 'Tijdelijke huisvesting Wieringerwerf']),
              ('Sport, cultuur en recreatie', ['Kunstgrasveld VV Succes', 'Renovatie zwembad De Wiel', 'Speelvoorzieningen 2025']),
              ('Volksgezondheid en milieu', ['Vervanging riolering Middenmeer', 'Klimaatadaptatie Slootdorp', 'Ondergrondse containers'])]
    gids = []
    n = 1
    for gi, (g, items) in enumerate(groups):
        t.heading(g)
        ids = []
        for it in items:
            k = R(15, 900) * 5000
            u1 = R(0, int(k * .7)) if rnd.random() < .75 else 0
            u2 = R(0, int(k * .5))
            if rnd.random() < .12:
                u2 = k - u1 + R(1000, 40000)  # overschrijding
            yr = 2025 if u1 == 0 else R(2021, 2024)
            ids.append(t.add(f'K{n}', it, code=f'{7000 + n * 13}', vals=dict(k=k, u1=u1, u2=u2),
                             text=dict(j=yr, x='ja' if k - u1 - u2 < k * .1 else 'nee')))
            n += 1
        sid = t.add(f'S{gi}', f'Subtotaal {g}', 'sub'); t.vsum(sid, ids, ['k', 'u1', 'u2', 'r'])
        gids.append(sid)
        t.spacer()
    t.add('TOT', 'Totaal investeringskredieten', 'total'); t.vsum('TOT', gids, ['k', 'u1', 'u2', 'r'])
    allr = [r['id'] for r in t.rows if r['id']]
    t.hrel(allr, 'r', [(1, 'k'), (-1, 'u1'), (-1, 'u2')])
    t.alts = dict(p1=('K9', 'u2', 1), tot=('TOT', 'k', 10), dele='K4', sub=('S1', 'u1', 'transpose'))
    return t

# ---------------------------------------------------------------- 8
def t8():
    t = Table('t08_ws_kosten_per_taak', 'waterschap kosten per taak x kostensoort',
              ['Waterschap Vallei en Veluwe-Noord - Begroting 2026', 'Kostentoerekening per taak naar kostensoort (x € 1.000)'],
              [('l', 'Kostensoort', 40, 'label'), ('ws', 'Watersysteembeheer', 14, 'num'), ('zb', 'Zuiveringsbeheer', 14, 'num'),
               ('wg', 'Wegenbeheer', 12, 'num'), ('tt', 'Totaal', 13, 'num')],
              [['Kostensoort', 'Watersysteem-\nbeheer', 'Zuiverings-\nbeheer', 'Wegen-\nbeheer', 'Totaal']],
              setup=dict(orientation='landscape', font=10, wrap=True, hheight=30, fitwidth=True))
    T = ['ws', 'zb', 'wg']
    def it(rid, n, a, b, c):
        return t.add(rid, n, vals=dict(ws=R(a // 2, a) if a else 0, zb=R(b // 2, b) if b else 0, wg=R(c // 2, c) if c else 0))
    t.heading('Kapitaallasten')
    K = [it('REN', 'Rente', 4200, 3900, 300), it('AFS', 'Afschrijvingen', 14500, 16800, 1900)]
    t.add('TK', 'Totaal kapitaallasten', 'sub'); t.vsum('TK', K, T + ['tt'])
    t.spacer(); t.heading('Exploitatielasten')
    E = [it('PER', 'Personeelslasten', 19800, 11200, 1800), it('GD', 'Goederen en diensten van derden', 16400, 21300, 2600),
         it('BIJ', 'Bijdragen aan derden', 3100, 900, 0), it('TVZ', 'Toevoegingen aan voorzieningen', 700, 1200, 250),
         it('ONV', 'Onvoorzien', 200, 200, 50)]
    t.add('TE', 'Totaal exploitatielasten', 'sub'); t.vsum('TE', E, T + ['tt'])
    t.spacer()
    t.add('TKO', 'Totaal kosten', 'total'); t.vsum('TKO', ['TK', 'TE'], T + ['tt'])
    t.spacer(); t.heading('Opbrengsten')
    O = [it('FB', 'Financiële baten', 300, 150, 0), it('BD', 'Bijdragen van derden', 2100, 800, 700),
         it('OO', 'Overige opbrengsten', 900, 3100, 200)]
    t.add('TO', 'Totaal opbrengsten', 'sub'); t.vsum('TO', O, T + ['tt'])
    t.spacer()
    t.add('NK', 'Netto kosten (te dekken uit belastingen)', 'total'); t.vsum('NK', ['TKO', 'TO'], T + ['tt'], [1, -1])
    allr = [r['id'] for r in t.rows if r['id']]
    t.hrel(allr, 'tt', [(1, 'ws'), (1, 'zb'), (1, 'wg')])
    t.alts = dict(p1=('GD', 'zb', 1), tot=('TKO', 'tt', 'transpose'), dele='BIJ', sub=('TK', 'ws', 100))
    return t

# ---------------------------------------------------------------- 9
def t9():
    t = Table('t09_gem_emu_saldo', 'gemeente EMU-saldo berekening',
              ['Gemeente Oosterzand - Begroting 2026', 'Paragraaf Financiering: Berekening EMU-saldo (bedragen x € 1.000)'],
              [('c', 'Nr.', 5, 'code'), ('l', 'Omschrijving', 44, 'label'), ('s', '+/-', 5, 'sign'), ('a', '2025 Volgens realisatie', 12, 'num'),
               ('b', '2026 Volgens begroting', 12, 'num'), ('d', '2027 Volgens meerjarenraming', 12, 'num')],
              [['Nr.', 'Omschrijving', '+/-', '2025', '2026', '2027'],
               [None, None, None, 'Volgens\nrealisatie', 'Volgens\nbegroting', 'Volgens\nmeerjaren-\nraming']],
              hmerges=[(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2)],
              setup=dict(orientation='portrait', font=8, fitwidth=True, wrap=True, hheight=36, wraplabel=True, rowheight=24))
    lines = [('+', 'Saldo van baten en lasten', (-3000, 4000)),
             ('+', 'Afschrijvingen ten laste van de exploitatie', (6000, 8000)),
             ('+', 'Bruto dotaties aan de post voorzieningen ten laste van de exploitatie', (800, 1600)),
             ('-', 'Investeringen in (im)materiële vaste activa die op de balans worden geactiveerd', (9000, 18000)),
             ('+', 'Baten uit bijdragen van andere overheden, de Europese Unie en overigen, die niet op de exploitatie worden verantwoord', (0, 2500)),
             ('+', 'Desinvesteringen in (im)materiële vaste activa: baten uit desinvesteringen (tegen verkoopprijs)', (0, 600)),
             ('-', 'Aankoop van grond en uitgaven aan bouw-, woonrijp maken e.d. (grondexploitatie)', (1000, 4000)),
             ('+', 'Baten bouwgrondexploitatie: baten voor zover transacties niet op exploitatie verantwoord', (1500, 5000)),
             ('-', 'Lasten op balanspost Voorzieningen voor zover deze transacties met derden betreffen', (500, 1500)),
             ('-', 'Lasten i.v.m. transacties met derden die niet via de exploitatie lopen maar direct op de reserves', (0, 400)),
             ('+/-', 'Verkoop van effecten: boekwinst of -verlies t.o.v. boekwaarde', (0, 0))]
    ids = []
    for i, (sg, n, (a, b)) in enumerate(lines, 1):
        v = {c: (R(a, b) if b else 0) for c in 'abd'}
        if i == 6:
            v['d'] = 0
        ids.append(t.add(f'N{i}', n, code=str(i), vals=v, text=dict(s=sg)))
    t.add('N12', 'Berekend EMU-saldo', 'total', code='12')
    t.vsum('N12', ids, 'abd', [(-1 if sg == '-' else 1) for sg, _, _ in lines])
    t.alts = dict(p1=('N3', 'b', 1), tot=('N12', 'a', 10), dele='N6', sub=('N12', 'd', 'signerr:N4'))
    return t

# ---------------------------------------------------------------- 10
def t10():
    t = Table('t10_gr_jaarrekening_producten', 'GR jaarrekening lasten/baten per product (2 pagina\'s, negatief tussen haakjes)',
              ['Veiligheidsregio Gelderland-Midden-Oost - Jaarrekening 2025', 'Overzicht lasten en baten per product (x € 1.000)'],
              [('c', 'Product', 7, 'code'), ('l', 'Omschrijving', 28, 'label'), ('la', 'Lasten', 8, 'num'), ('ba', 'Baten', 8, 'num'),
               ('sr', 'Saldo rekening 2025', 8, 'num'), ('sb', 'Saldo begroting 2025 na wijziging', 9, 'num'), ('vs', 'Verschil', 8, 'num')],
              [['Product', 'Omschrijving', 'Rekening 2025', None, None, 'Begroting\n2025 na wijz.', 'Verschil'],
               [None, None, 'Lasten', 'Baten', 'Saldo', 'Saldo', None]],
              hmerges=[(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 4), (0, 6, 1, 6)],
              setup=dict(orientation='portrait', font=10, titlerows=True, rowheight=17, wrap=True, hheight=28,
                         footer='Jaarrekening 2025', margin=0.4), neg='paren')
    groups = [('1', 'Brandweerzorg', ['Repressie', 'Vakbekwaamheid', 'Risicobeheersing', 'Brandweerkazernes', 'Materieel en logistiek', 'Vrijwilligersvergoedingen', 'Oefencentrum']),
              ('2', 'Crisisbeheersing', ['Multidisciplinaire planvorming', 'Opleiden, trainen en oefenen', 'Regionaal Operationeel Team', 'Bevolkingszorg']),
              ('3', 'GHOR', ['Geneeskundige keten', 'Publieke gezondheid bij rampen', 'Psychosociale hulpverlening']),
              ('4', 'Meldkamer', ['Meldkamer brandweer', 'Meldkamer ambulancezorg', 'Informatievoorziening meldkamer']),
              ('5', 'Bedrijfsvoering', ['Personeel en organisatie', 'Financiën en control', 'ICT en informatiemanagement', 'Facilitaire zaken', 'Communicatie', 'Juridische zaken']),
              ('6', 'Algemene dekking', ['Bijdragen gemeenten', 'Rijksbijdrage BDuR', 'Rente en financiering', 'Onvoorzien'])]
    gids = []
    for g, gname, prods in groups:
        t.heading(f'{g}  {gname}')
        ids = []
        for k, p in enumerate(prods, 1):
            if g == '6' and p in ('Bijdragen gemeenten', 'Rijksbijdrage BDuR'):
                la, ba = 0, R(9000, 38000) if p == 'Rijksbijdrage BDuR' else R(60000, 64000)
            else:
                la = R(300, 9000); ba = R(0, la // 6) if rnd.random() < .6 else 0
            sb = (ba - la) + R(-300, 300)
            ids.append(t.add(f'P{g}{k}', p, code=f'{g}.{k:02d}', vals=dict(la=la, ba=ba, sb=sb)))
        sid = t.add(f'S{g}', f'Totaal {gname}', 'sub'); t.vsum(sid, ids, ['la', 'ba', 'sr', 'sb', 'vs'])
        gids.append(sid)
        t.spacer()
    t.add('TOT', 'Totaal saldo van baten en lasten', 'total'); t.vsum('TOT', gids, ['la', 'ba', 'sr', 'sb', 'vs'])
    t.spacer(); t.heading('Mutaties reserves')
    t.add('TOE', 'Toevoegingen aan reserves', vals=dict(la=R(500, 1500), ba=0, sb=-R(500, 1500)))
    t.add('ONT', 'Onttrekkingen aan reserves', vals=dict(la=0, ba=R(800, 2500), sb=R(800, 2500)))
    t.add('RES', 'Resultaat', 'total'); t.vsum('RES', ['TOT', 'TOE', 'ONT'], ['la', 'ba', 'sr', 'sb', 'vs'])
    allr = [r['id'] for r in t.rows if r['id']]
    t.hrel(allr, 'sr', [(1, 'ba'), (-1, 'la')])
    t.hrel(allr, 'vs', [(1, 'sr'), (-1, 'sb')])
    t.alts = dict(p1=('P53', 'la', 1), tot=('RES', 'sr', 'transpose'), dele='P24', sub=('S1', 'ba', 10))
    return t


def alter(t, kind):
    a = copy.deepcopy(t)
    spec = t.alts[kind]
    if kind == 'dele':
        a.rows = [r for r in a.rows if r['id'] != spec]
        return a, f"row '{t.row(spec)['label']}' deleted"
    rid, col, how = spec
    v = a.row(rid)['vals'].get(col, 0)
    if how == 'transpose':
        nv = transpose(v); desc = f'transposition {v} -> {nv}'
    elif isinstance(how, str) and how.startswith('signerr:'):
        other = how.split(':')[1]
        nv = v + 2 * a.row(other)['vals'][col]; desc = f'total computed with wrong sign of line {other[1:]}: {v} -> {nv}'
    else:
        nv = v + how; desc = f'{v} -> {nv} ({how:+d})'
    a.row(rid)['vals'][col] = nv
    return a, f"'{t.row(rid)['label']}' / {t.coltitle(col)}: {desc}"


def main():
    truth = {'files': {}}
    notes = []
    for f in (t1, t2, t3, t4, t5, t6, t7, t8, t9, t10):
        t = f()
        t.solve()
        if f is t3:
            pass
        assert t.failing() == [], (t.name, t.failing())
        if not TRUTH_ONLY:
            t.write(os.path.join(XDIR, t.name + '.xlsx'))
        truth['files'][t.name + '.xlsx'] = {'kind': t.kind, 'failing': [], 'alteration': None}
        for k, suf in (('p1', '_p1'), ('tot', '_tot'), ('dele', '_del'), ('sub', '_sub')):
            a, desc = alter(t, k)
            fl = a.failing()
            assert fl, (t.name, k)
            fn = t.name + suf + '.xlsx'
            if not TRUTH_ONLY:
                a.write(os.path.join(XDIR, fn))
            truth['files'][fn] = {'kind': t.kind, 'failing': fl, 'alteration': desc}
        notes.append((t.name, len([r for r in t.rows]), t.setup))
    with open(os.path.join(HERE, 'truth.json'), 'w') as fh:
        json.dump(truth, fh, indent=1, ensure_ascii=False)
    for n in notes:
        print(n)


if __name__ == '__main__':
    main()
