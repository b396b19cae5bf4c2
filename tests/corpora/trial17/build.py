"""Build the trial17 corpus: 10 Dutch public-sector tables, 4 altered copies each, truth.json."""
import copy, json, os, random
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))
R = random.Random(1717)
F_DOT = '#,##0;-#,##0;"-"'
F_PAR = '#,##0;(#,##0);"-"'
F_PCT = '0.00'


def C(key, kind, title, group=None, width=12, fmt=F_DOT, derived=None):
    return dict(key=key, kind=kind, title=title, group=group, width=width, fmt=fmt, derived=derived)


class T:
    def __init__(self, name, kind, titles, cols):
        self.name, self.kind, self.titles, self.cols = name, kind, titles, cols
        self.rows = []
        self.setup = {}

    def add(self, typ, label='', code='', v=None, t=None, children=None, bold=None):
        r = dict(id=len(self.rows), type=typ, label=label, code=code, v=dict(v or {}), t=dict(t or {}),
                 children=children or [], bold=bold if bold is not None else typ in ('sub', 'total', 'section'))
        self.rows.append(r)
        return r['id']

    def numcols(self):
        return [c for c in self.cols if c['kind'] in ('num', 'rate', 'nums')]

    def sumcols(self):
        return [c for c in self.cols if c['kind'] == 'num']

    def finish(self):
        """compute derived columns of parts and totals (vertical), in list order."""
        for r in self.rows:
            if r['type'] in ('part', 'key'):
                for c in self.cols:
                    if c['derived']:
                        r['v'][c['key']] = sum(k * r['v'].get(s, 0) for s, k in c['derived'])
            elif r['children']:
                for c in self.sumcols():
                    r['v'][c['key']] = sum(k * self.rows[i]['v'].get(c['key'], 0) for i, k in r['children'])
        assert not self.check(), (self.name, self.check())

    def colname(self, c):
        return (c['group'] + ' ' + c['title']) if c['group'] else c['title']

    def check(self):
        """list of failing totals as printed."""
        fails = []
        alive = {r['id'] for r in self.rows if not r.get('deleted')}
        for r in self.rows:
            if r.get('deleted') or r['type'] == 'blank':
                continue
            for c in self.sumcols() + [c for c in self.cols if c['derived'] and c['kind'] != 'num']:
                key = c['key']
                if key not in r['v'] or r['v'][key] is None:
                    continue
                p = r['v'][key]
                trues = []
                if r['children'] and c['kind'] == 'num':
                    trues.append(sum(k * self.rows[i]['v'].get(key, 0) for i, k in r['children'] if i in alive))
                if c['derived']:
                    trues.append(sum(k * (r['v'].get(s) or 0) for s, k in c['derived']))
                bad = [x for x in trues if round(x, 6) != round(p, 6)]
                if bad:
                    e = dict(label=r['label'], code=r['code'], column=self.colname(c), printed=p,
                             true=round(bad[0], 6), row=r.get('xrow'))
                    if len(bad) > 1 and bad[1] != bad[0]:
                        e['alt_true'] = bad[1]
                    fails.append(e)
        return fails

    def parent_of(self, rid):
        for r in self.rows:
            if any(i == rid for i, k in r['children']):
                return r
        return None

    # ---------------------------------------------------------------- writing
    def write(self, path):
        wb = Workbook()
        ws = wb.active
        ws.title = self.setup.get('sheet', 'Blad1')
        fs = self.setup.get('font', 10)
        fn = self.setup.get('fontname', 'Arial')
        thin = Side(style='thin')
        row = 1
        for i, tl in enumerate(self.titles):
            ws.cell(row, 1, tl).font = Font(name=fn, size=fs + (3 if i == 0 else 0), bold=(i == 0))
            row += 1
        row += 1
        h1, h2 = row, row + 1
        groups = {}
        for j, c in enumerate(self.cols, 1):
            ws.column_dimensions[get_column_letter(j)].width = c['width']
            if c['group']:
                groups.setdefault(c['group'], []).append(j)
                ws.cell(h2, j, c['title'])
            else:
                ws.cell(h1, j, c['title'])
                ws.merge_cells(start_row=h1, start_column=j, end_row=h2, end_column=j)
        for g, js in groups.items():
            ws.cell(h1, js[0], g)
            if len(js) > 1:
                ws.merge_cells(start_row=h1, start_column=js[0], end_row=h1, end_column=js[-1])
        wrap = self.setup.get('wrap', False)
        for rr in (h1, h2):
            for j, c in enumerate(self.cols, 1):
                cell = ws.cell(rr, j)
                cell.font = Font(name=fn, size=fs, bold=True)
                cell.alignment = Alignment(horizontal='center' if c['kind'] in ('num', 'rate', 'nums') else 'left',
                                           vertical='bottom', wrap_text=wrap)
                if rr == h2:
                    cell.border = Border(bottom=thin)
        if wrap:
            ws.row_dimensions[h2].height = fs * 4
        row = h2 + 1
        first_data = row
        for r in self.rows:
            if r.get('deleted'):
                continue
            r['xrow'] = row
            if r['type'] == 'blank':
                row += 1
                continue
            for j, c in enumerate(self.cols, 1):
                val = None
                if c['kind'] == 'code':
                    val = r['code'] or None
                elif c['kind'] == 'label':
                    val = r['label'] or None
                elif c['kind'] == 'text':
                    val = r['t'].get(c['key'])
                else:
                    val = r['v'].get(c['key'])
                cell = ws.cell(row, j, val)
                cell.font = Font(name=fn, size=fs, bold=r['bold'])
                if c['kind'] in ('num', 'nums'):
                    cell.number_format = c['fmt']
                elif c['kind'] == 'rate':
                    cell.number_format = c['fmt']
                if c['kind'] == 'text':
                    cell.alignment = Alignment(wrap_text=wrap or c.get('wrap', False), vertical='top')
                if r['type'] == 'total' and c['kind'] in ('num',):
                    cell.border = Border(top=thin)
                if r['type'] == 'key' and c['kind'] == 'num':
                    cell.number_format = F_PCT
            row += 1
        ws.sheet_view.showGridLines = False
        ws.print_options.gridLines = False
        ps = self.setup
        ws.page_setup.orientation = ps.get('orient', 'portrait')
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        if ps.get('fitw'):
            ws.sheet_properties.pageSetUpPr.fitToPage = True
            ws.page_setup.fitToWidth = 1
            ws.page_setup.fitToHeight = 0
        if ps.get('repeat'):
            ws.print_title_rows = f'{h1}:{h2}'
        ws.page_margins.left = ws.page_margins.right = 0.5
        wb.save(path)


def rnd(a, b):
    return R.randint(a, b)

# ==================================================================== tables
tables = []

# (1) waterschap belastingopbrengst
t = T('t01_ws_belastingopbrengst', 'waterschap: opbrengst belastingen per heffing, begroting vs rekening',
      ['Waterschap Maas en Peelland', 'Jaarrekening 2025 - Staat van belastingopbrengsten per heffing',
       'Opbrengsten x € 1.000; tarieven in € (gebouwd/ongebouwd/natuur: zie eenheid)'],
      [C('lab', 'label', 'Heffing', width=38), C('eh', 'text', 'Eenheid', width=16),
       C('tar', 'rate', 'Tarief 2025', width=10, fmt='#,##0.00'),
       C('be', 'nums', 'Aantal eenheden', 'Begroting 2025', 13), C('bo', 'num', 'Opbrengst', 'Begroting 2025', 11),
       C('re', 'nums', 'Aantal eenheden', 'Rekening 2025', 13), C('ro', 'num', 'Opbrengst', 'Rekening 2025', 11),
       C('vs', 'num', 'Verschil', None, 10, derived=[('ro', 1), ('bo', -1)])])
heff = [('Ingezetenen', 'woonruimte', 121.44, 312000), ('Gebouwd', 'WOZ x € 1 mln', 214.30, 68400),
        ('Ongebouwd', 'hectare', 96.12, 41200), ('Natuur', 'hectare', 4.98, 9150)]
def heffrow(t, lab, eh, tar, n):
    nb = n; nr = n + rnd(-n // 60, n // 50)
    return t.add('part', lab, v=dict(tar=tar, be=nb, bo=round(tar * nb / 1000), re=nr, ro=round(tar * nr / 1000)), t=dict(eh=eh))
t.add('section', 'Watersysteemheffing')
ids = [heffrow(t, 'Watersysteemheffing ' + a.lower(), b, c, d) for a, b, c, d in heff]
s1 = t.add('sub', 'Totaal watersysteemheffing', children=[(i, 1) for i in ids])
t.add('blank'); t.add('section', 'Zuiveringsheffing')
ids2 = [heffrow(t, 'Zuiveringsheffing huishoudens', 'v.e.', 62.85, 598000),
        heffrow(t, 'Zuiveringsheffing bedrijven', 'v.e.', 62.85, 301500)]
s2 = t.add('sub', 'Totaal zuiveringsheffing', children=[(i, 1) for i in ids2])
t.add('blank'); t.add('section', 'Verontreinigingsheffing')
ids3 = [heffrow(t, 'Verontreinigingsheffing huishoudens', 'v.e.', 62.85, 4100),
        heffrow(t, 'Verontreinigingsheffing bedrijven', 'v.e.', 62.85, 6800)]
s3 = t.add('sub', 'Totaal verontreinigingsheffing', children=[(i, 1) for i in ids3])
t.add('blank')
g = t.add('sub', 'Bruto belastingopbrengst', children=[(s1, 1), (s2, 1), (s3, 1)])
k1 = t.add('part', 'Kwijtschelding', v=dict(bo=-2840, ro=-2712))
k2 = t.add('part', 'Oninbaar en vervolgingskosten per saldo', v=dict(bo=-410, ro=-455))
t.add('total', 'Netto belastingopbrengst', children=[(g, 1), (k1, 1), (k2, 1)])
t.setup = dict(fitw=True, orient='portrait', font=9, sheet='Belastingen')
t.alt = dict(p1=(ids[2], 'ro'), tot=('last', 'bo', 'transpose'), dele=ids2[1], sub=(s1, 'ro', 100))
tables.append(t)

# (2) provincie staat van subsidies
t = T('t02_prov_subsidies', 'provincie: staat van subsidies per beleidsdoel',
      ['Provincie Gelderland', 'Jaarstukken 2025 - Bijlage 4 Staat van subsidieplafonds', 'Bedragen in €'],
      [C('code', 'code', 'Doel', width=7), C('lab', 'label', 'Subsidieregeling', width=40),
       C('pl', 'num', 'Subsidieplafond 2025', width=12), C('ve', 'num', 'Verleend', width=12),
       C('vs', 'num', 'Vastgesteld', width=12), C('rs', 'num', 'Restant plafond', width=12, derived=[('pl', 1), ('ve', -1)])])
doelen = [('1.1', 'Bereikbaarheid', ['Fietsinfrastructuur gemeenten', 'Verkeersveiligheid scholen', 'Openbaar vervoer kleine kernen', 'Mobiliteitshubs']),
          ('2.3', 'Energietransitie', ['Energiecoöperaties opstartkosten', 'Verduurzaming maatschappelijk vastgoed', 'Warmtenetten haalbaarheid']),
          ('3.2', 'Natuur en landschap', ['Natuurbeheer particulieren (SNL)', 'Landschapselementen', 'Agrarisch natuurbeheer', 'Soortenbescherming', 'Groene schoolpleinen']),
          ('5.1', 'Cultuur en erfgoed', ['Restauratie rijksmonumenten', 'Podiumkunsten', 'Immaterieel erfgoed'])]
subs = []
for code, nm, regs in doelen:
    t.add('section', nm, code)
    ids = []
    for k, rg in enumerate(regs):
        pl = rnd(8, 120) * 25000
        ve = pl - rnd(0, pl // 4000) * 1000 - rnd(0, 999)
        vs = int(ve * R.uniform(0.3, 0.9))
        ids.append(t.add('part', rg, f'{code}.{k+1}', v=dict(pl=pl, ve=ve, vs=vs)))
    subs.append(t.add('sub', 'Subtotaal ' + nm.lower(), code, children=[(i, 1) for i in ids]))
    t.add('blank')
t.add('total', 'Totaal subsidieplafonds', children=[(i, 1) for i in subs])
t.setup = dict(fitw=True, orient='portrait', wrap=True, font=9, sheet='Subsidies')
t.alt = dict(p1=(subs[0] - 2, 've'), tot=('last', 'vs', 10), dele=subs[2] - 3, sub=(subs[1], 'pl', 10000))
tables.append(t)

# (3) gemeente reserves meerjarig
cols = [C('code', 'code', 'Nr.', width=5), C('lab', 'label', 'Reserve', width=34), C('s0', 'num', 'Stand 1-1-2026', width=10)]
prev = 's0'
for y in (2026, 2027, 2028, 2029):
    cols.append(C(f'm{y}', 'num', 'Mutaties', str(y), 9))
    cols.append(C(f's{y}', 'num', f'Stand 31-12-{y}', str(y), 10, derived=[(prev, 1), (f'm{y}', 1)]))
    prev = f's{y}'
t = T('t03_gem_reserves_meerjarig', 'gemeente: overzicht reserves meerjarig',
      ['Gemeente Zutphen', 'Programmabegroting 2026-2029 - Overzicht geraamde reserves', 'bedragen x € 1.000'], cols)
t.add('section', 'Algemene reserves')
a = [t.add('part', n, c, v=dict(s0=s, **{f'm{y}': m for y, m in zip(range(2026, 2030), ms)}))
     for c, n, s, ms in [('100', 'Algemene reserve', 14850, [-1200, 350, 420, 0]), ('101', 'Reserve weerstandsvermogen grondexploitaties', 3250, [0, -500, 0, 250])]]
sa = t.add('sub', 'Totaal algemene reserves', children=[(i, 1) for i in a])
t.add('blank'); t.add('section', 'Bestemmingsreserves')
bn = ['Reserve sociaal domein', 'Reserve kapitaallasten nieuwbouw IKC', 'Reserve onderhoud gebouwen', 'Reserve egalisatie afvalstoffenheffing',
      'Reserve egalisatie rioolheffing', 'Reserve klimaatadaptatie', 'Reserve investeringsagenda binnenstad', 'Reserve Omgevingswet',
      'Reserve frictiekosten', 'Reserve cultuurhistorisch erfgoed']
b = []
for k, n in enumerate(bn):
    s = rnd(2, 60) * 50 + rnd(0, 49)
    ms, cur = [], s
    for y in range(4):
        m = rnd(-cur // 3, cur // 4) if cur > 0 else rnd(0, 100)
        ms.append(m); cur += m
    b.append(t.add('part', n, str(201 + k), v=dict(s0=s, **{f'm{y}': m for y, m in zip(range(2026, 2030), ms)})))
sb = t.add('sub', 'Totaal bestemmingsreserves', children=[(i, 1) for i in b])
t.add('blank')
t.add('total', 'Totaal reserves', children=[(sa, 1), (sb, 1)])
t.setup = dict(fitw=True, orient='landscape', font=9, sheet='Reserves')
t.alt = dict(p1=(b[3], 'm2027'), tot=('last', 's2028', 10), dele=b[6], sub=(sb, 'm2026', 100))
tables.append(t)

# (4) GR kostenverdeelstaat
deeln = ['Apeldoorn', 'Brummen', 'Epe', 'Heerde', 'Lochem', 'Voorst']
cols = [C('code', 'code', 'Product', width=8), C('lab', 'label', 'Omschrijving', width=44)]
cols += [C(f'd{i}', 'num', d, 'Bijdrage per deelnemer', 11) for i, d in enumerate(deeln)]
cols += [C('tot', 'num', 'Totaal', width=12, derived=[(f'd{i}', 1) for i in range(6)])]
t = T('t04_gr_kostenverdeelstaat', 'GR: kostenverdeelstaat over 6 deelnemers',
      ['Gemeenschappelijke regeling Omgevingsdienst Veluwe IJssel', 'Begroting 2026 - Kostenverdeelstaat deelnemers',
       'Bedragen in €; verdeelsleutel conform artikel 31 GR (inwoneraantallen 1-1-2025)'], cols)
pct = [46.12, 9.31, 10.84, 6.37, 11.70, 15.66]
t.add('key', 'Verdeelsleutel (%)', v={f'd{i}': p for i, p in enumerate(pct)}, bold=False)
t.rows[-1]['v']['tot'] = 100.0
t.add('blank')
def alloc(total):
    parts = [round(total * p / 100) for p in pct]
    parts[-1] += total - sum(parts)
    return parts
sec = []
for title, prods in [('Programma Vergunningverlening en toezicht', [('P101', 'Vergunningverlening Wabo-basistaken'), ('P102', 'Toezicht en handhaving bedrijven'), ('P103', 'Bodem en ondergrond'), ('P104', 'Asbest en sloop')]),
                     ('Programma Advies en expertise', [('P201', 'Geluid en lucht'), ('P202', 'Externe veiligheid'), ('P203', 'Energiebesparing bedrijven')]),
                     ('Bedrijfsvoering', [('B301', 'Overhead (huisvesting, ICT, P&O)'), ('B302', 'Kapitaallasten'), ('B303', 'Onvoorzien')])]:
    t.add('section', title)
    ids = []
    for c, n in prods:
        tot = rnd(80, 2400) * 1000 + rnd(0, 999)
        ids.append(t.add('part', n, c, v={f'd{i}': x for i, x in enumerate(alloc(tot))}))
    sec.append(t.add('sub', 'Totaal ' + title[0].lower() + title[1:], children=[(i, 1) for i in ids]))
    t.add('blank')
t.add('total', 'Totaal bijdragen deelnemers', children=[(i, 1) for i in sec])
for r in t.rows:
    if r['type'] == 'part':
        r['v']['tot'] = sum(r['v'][f'd{i}'] for i in range(6))
t.setup = dict(fitw=True, orient='landscape', font=9, sheet='Kostenverdeling')
t.alt = dict(p1=(sec[0] - 3, 'd2'), tot=('last', 'tot', 'transpose'), dele=sec[1] - 1, sub=(sec[2], 'd0', 100))
tables.append(t)

# (5) gemeente sociaal domein exploitatie
t = T('t05_gem_sociaal_domein', 'gemeente: sociaal domein exploitatie begroting/wijzigingen/realisatie met V/N',
      ['Gemeente Oss', 'Jaarverslag 2025 - Exploitatie sociaal domein per taakveld', 'bedragen x € 1.000; lasten negatief, baten positief'],
      [C('code', 'code', 'Taakveld', width=8), C('lab', 'label', 'Omschrijving', width=36),
       C('bp', 'num', 'Primitief', 'Begroting 2025', 10), C('w1', 'num', '1e wijziging', 'Begroting 2025', 10), C('w2', 'num', '2e wijziging', 'Begroting 2025', 10),
       C('bn', 'num', 'Begroting na wijziging', None, 11, derived=[('bp', 1), ('w1', 1), ('w2', 1)]),
       C('re', 'num', 'Realisatie 2025', None, 11), C('vs', 'num', 'Verschil', None, 10, derived=[('re', 1), ('bn', -1)]),
       C('vn', 'text', 'V/N', width=5)])
saldi = []
dom = [('Wmo', [('6.1', 'Samenkracht en burgerparticipatie'), ('6.2', 'Toegang en eerstelijnsvoorzieningen'), ('6.6', 'Maatwerkvoorzieningen (Wmo)'),
                ('6.71', 'Maatwerkdienstverlening 18+: huishoudelijke hulp'), ('6.71', 'Maatwerkdienstverlening 18+: begeleiding'),
                ('6.81', 'Geëscaleerde zorg 18+: beschermd wonen'), ('6.81', 'Geëscaleerde zorg 18+: maatschappelijke opvang'), ('0.4', 'Overhead toegerekend Wmo')],
        [('6.71', 'Eigen bijdragen Wmo (CAK)'), ('6.81', 'Bijdrage centrumgemeente beschermd wonen')]),
       ('Jeugd', [('6.2', 'Toegang jeugd (wijkteams)'), ('6.72', 'Maatwerkdienstverlening 18-: ambulante jeugdhulp'), ('6.72', 'Maatwerkdienstverlening 18-: dyslexie'),
                  ('6.72', 'Leerlingenvervoer jeugd-ggz'), ('6.82', 'Geëscaleerde zorg 18-: jeugdhulp met verblijf'), ('6.82', 'Jeugdbescherming en jeugdreclassering'),
                  ('6.82', 'Veilig Thuis (regionaal)'), ('0.4', 'Overhead toegerekend jeugd')],
        [('6.72', 'Rijksbijdrage Hervormingsagenda Jeugd'), ('6.82', 'Terugvordering zorgaanbieders')]),
       ('Participatie', [('6.3', 'Inkomensregelingen: bijstandsuitkeringen'), ('6.3', 'Inkomensregelingen: IOAW/IOAZ'), ('6.3', 'Bijzondere bijstand en minimabeleid'),
                         ('6.4', 'Begeleide participatie (Wsw)'), ('6.5', 'Arbeidsparticipatie re-integratie'), ('6.5', 'Inburgering'), ('0.4', 'Overhead toegerekend participatie')],
        [('6.3', 'Rijksbijdrage BUIG'), ('6.3', 'Terugvordering en verhaal bijstand'), ('6.5', 'Rijksbijdrage inburgering')])]
for dn, las, bat in dom:
    t.add('section', dn)
    def mk(code, n, sign):
        bp = sign * (rnd(3, 240) * 50 + rnd(0, 49))
        w1 = sign * rnd(-3, 8) * 25 if R.random() < .6 else 0
        w2 = sign * rnd(-5, 12) * 10 if R.random() < .5 else 0
        bn_ = bp + w1 + w2
        re_ = bn_ + rnd(-abs(bn_) // 12, abs(bn_) // 12)
        vs = re_ - bn_
        return t.add('part', n, code, v=dict(bp=bp, w1=w1, w2=w2, re=re_), t=dict(vn='V' if vs > 0 else ('N' if vs < 0 else '')))
    li = [mk(c, n, -1) for c, n in las]
    tl = t.add('sub', 'Totaal lasten ' + dn, children=[(i, 1) for i in li])
    bi = [mk(c, n, 1) for c, n in bat]
    tb = t.add('sub', 'Totaal baten ' + dn, children=[(i, 1) for i in bi])
    saldi.append(t.add('sub', 'Saldo ' + dn, children=[(tl, 1), (tb, 1)]))
    t.add('blank')
t.add('total', 'Saldo sociaal domein', children=[(i, 1) for i in saldi])
t.setup = dict(fitw=True, orient='landscape', font=10, repeat=True, wrap=True, sheet='Sociaal domein')
t.alt = dict(p1=(saldi[1] - 8, 're'), tot=('last', 'bn', 10), dele=saldi[2] - 6, sub=(saldi[0] - 4, 'bp', 'transpose'))
tables.append(t)

# (6) algemene dekkingsmiddelen
t = T('t06_gem_algemene_dekkingsmiddelen', 'gemeente: overzicht algemene dekkingsmiddelen 4 jaar met saldo na dekkingsmiddelen',
      ['Gemeente Hof van Twente', 'Begroting 2026 - Overzicht algemene dekkingsmiddelen', 'x € 1.000'],
      [C('lab', 'label', 'Omschrijving', width=42), C('y26', 'num', '2026', 'Begroting', 10, F_PAR),
       C('y27', 'num', '2027', 'Meerjarenraming', 10, F_PAR), C('y28', 'num', '2028', 'Meerjarenraming', 10, F_PAR), C('y29', 'num', '2029', 'Meerjarenraming', 10, F_PAR)])
def yr(base, grow=0.02, jit=30):
    out, cur = {}, base
    for y in ('y26', 'y27', 'y28', 'y29'):
        out[y] = int(cur) + (rnd(-jit, jit) if jit else 0); cur *= 1 + grow
    return out
blocks = [('Lokale heffingen', [('OZB woningen eigenaren', 7420), ('OZB niet-woningen eigenaren', 3110), ('OZB niet-woningen gebruikers', 2245),
                                ('Precariobelasting', 185), ('Toeristenbelasting', 640), ('Hondenbelasting', 0)]),
          ('Gemeentefonds', [('Algemene uitkering', 48760), ('Decentralisatie-uitkeringen', 1920), ('Integratie-uitkering Voogdij/18+', 655),
                             ('Taakmutaties meicirculaire 2025', 310)]),
          ('Dividenden en deelnemingen', [('Dividend BNG Bank', 95), ('Dividend Alliander N.V.', 410), ('Dividend Vitens N.V.', 0), ('Dividend Twence B.V.', 268)]),
          ('Overige dekkingsmiddelen', [('Saldo financieringsfunctie', 812), ('Onvoorzien', -100), ('Stelpost loon- en prijscompensatie', -650)])]
subs = []
for bnm, items in blocks:
    t.add('section', bnm)
    ids = []
    for n, base in items:
        v = yr(base, R.choice([0.0, 0.015, 0.025]), 0 if abs(base) < 200 else 25) if base else {y: 0 for y in ('y26', 'y27', 'y28', 'y29')}
        ids.append(t.add('part', n, v=v))
    subs.append(t.add('sub', 'Totaal ' + bnm.lower(), children=[(i, 1) for i in ids], bold=False))
    t.add('blank')
tt = t.add('sub', 'Totaal algemene dekkingsmiddelen', children=[(i, 1) for i in subs])
sp = t.add('part', "Saldo van baten en lasten programma's (excl. dekkingsmiddelen)", v=dict(y26=-66110, y27=-67485, y28=-68950, y29=-70302))
t.add('blank')
t.add('total', 'Saldo na dekkingsmiddelen', children=[(tt, 1), (sp, 1)])
t.setup = dict(fitw=True, orient='portrait', font=10, sheet='ADM')
t.alt = dict(p1=(subs[1] - 4, 'y28'), tot=('last', 'y27', 10), dele=subs[2] - 1, sub=(subs[0], 'y26', 'transpose'))
tables.append(t)

# (7) provincie staat van voorzieningen
t = T('t07_prov_voorzieningen', 'provincie: staat van voorzieningen met Doel-kolom, 7 pt',
      ['Provincie Overijssel', 'Jaarstukken 2025 - Staat van voorzieningen', 'bedragen x € 1.000'],
      [C('code', 'code', 'Nr.', width=5), C('lab', 'label', 'Voorziening', width=30), C('doel', 'text', 'Doel', width=46),
       C('s0', 'num', 'Saldo 1-1-2025', width=9), C('tv', 'num', 'Toevoeging', width=9), C('vr', 'num', 'Vrijval', width=9),
       C('aw', 'num', 'Aanwending', width=9), C('s1', 'num', 'Saldo 31-12-2025', width=9, derived=[('s0', 1), ('tv', 1), ('vr', -1), ('aw', -1)])])
vgroups = [('Voorzieningen voor verplichtingen, verliezen en risico\'s', [
    ('Pensioenen gedeputeerden', 'Dekking van pensioenaanspraken van (gewezen) gedeputeerden conform de Appa.'),
    ('Wachtgelden gewezen bestuurders', 'Dekking van wachtgeldverplichtingen aan voormalige gedeputeerden.'),
    ('Juridische geschillen', 'Afdekking van lopende claims en schadeprocedures waarvan de uitkomst waarschijnlijk nadelig is.'),
    ('Bodemsanering voormalige stortplaatsen', 'Nazorg en sanering van provinciale stortlocaties op grond van de Wet milieubeheer.')]),
    ('Voorzieningen voor onderhoud (egalisatie)', [
    ('Groot onderhoud wegen', 'Egalisatie van lasten van groot onderhoud aan provinciale wegen volgens het beheerplan 2024-2033.'),
    ('Groot onderhoud vaarwegen en kunstwerken', 'Egalisatie van onderhoudslasten aan bruggen, sluizen en vaarwegen.'),
    ('Onderhoud provinciehuis', 'Meerjarig onderhoudsplan provinciehuis en steunpunten.')]),
    ('Door derden beklemde middelen', [
    ('Rijksmiddelen Regio Deal', 'Van het Rijk ontvangen middelen met een specifieke bestedingsverplichting.'),
    ('Europese subsidies POP3 (cofinanciering)', 'Ontvangen voorschotten EU-subsidies nog te besteden aan projecten.'),
    ('Bodemsaneringsgelden Wbb', 'Rijksbijdragen voor bodemsanering met terugbetalingsverplichting.')])]
subs = []
nr = 1
for gn, items in vgroups:
    t.add('section', gn)
    ids = []
    for n, d in items:
        s0 = rnd(50, 9000); tv = rnd(0, s0 // 3) if R.random() < .8 else 0
        vr = rnd(0, s0 // 8) if R.random() < .4 else 0
        aw = rnd(0, (s0 + tv - vr) // 2)
        ids.append(t.add('part', n, f'{nr}', v=dict(s0=s0, tv=tv, vr=vr, aw=aw), t=dict(doel=d))); nr += 1
    subs.append(t.add('sub', 'Subtotaal', children=[(i, 1) for i in ids]))
    t.rows[-1]['label'] = {0: "Subtotaal voorzieningen verplichtingen en risico's", 1: 'Subtotaal onderhoudsvoorzieningen', 2: 'Subtotaal door derden beklemde middelen'}[len(subs) - 1]
    t.add('blank')
t.add('total', 'Totaal voorzieningen', children=[(i, 1) for i in subs])
t.cols[2]['wrap'] = True
t.setup = dict(fitw=True, orient='landscape', font=7, sheet='Voorzieningen')
t.alt = dict(p1=(subs[0] - 2, 'tv'), tot=('last', 's1', 'transpose'), dele=subs[1] - 2, sub=(subs[2], 'aw', 10))
tables.append(t)

# (8) waterschap investeringsplan
t = T('t08_ws_investeringsplan', 'waterschap: investeringsplan 2026-2029 bruto/subsidies/netto per programma',
      ['Waterschap Rivierenland', 'Meerjarenbegroting 2026-2029 - Investeringsplan', 'bedragen x € 1.000'],
      [C('code', 'code', 'Nr.', width=7), C('lab', 'label', 'Programma / project', width=44)]
      + [C(f'y{y}', 'num', str(y), 'Uitgaven per jaar', 10, F_PAR) for y in (2026, 2027, 2028, 2029)]
      + [C('tot', 'num', 'Totaal 2026-2029', None, 12, F_PAR, derived=[(f'y{y}', 1) for y in (2026, 2027, 2028, 2029)])])
YS = [f'y{y}' for y in (2026, 2027, 2028, 2029)]
progs = [('1', 'Waterveiligheid', ['Dijkversterking Gorinchem-Waardenburg', 'Dijkversterking Tiel-Waardenburg', 'Kunstwerken primaire keringen', 'Regionale keringen Linge'],
          [('HWBP-subsidie (90%)', 0.9)]),
         ('2', 'Watersysteem', ['Gemalen renovatieprogramma', 'Stuwen en inlaten', 'KRW-maatregelen beekherstel', 'Baggerprogramma watergangen', 'Klimaatadaptatie stedelijk water'],
          [('Subsidie KRW (Rijk)', 0.3), ('Bijdrage provincie Gelderland', 0.1)]),
         ('3', 'Zuiveren', ['Renovatie rwzi Nijmegen', 'Nieuwbouw slibverwerking', 'Rioolgemalen en persleidingen', 'Energieneutrale zuivering (zon-PV)'],
          [('Subsidie SDE++', 0.15)]),
         ('4', 'Bedrijfsvoering', ['ICT-vervangingen', 'Huisvesting kantoor Tiel', 'Vervanging materieel'], [])]
nets = []; bruts = []; subsall = []
for pc, pn, projs, sbs in progs:
    t.add('section', f'Programma {pn}', pc)
    ids = []
    for k, p in enumerate(projs):
        v = {y: (rnd(0, 90) * 100 + rnd(0, 99) if R.random() < .85 else 0) for y in YS}
        ids.append(t.add('part', p, f'{pc}.{k+1:02d}', v=v))
    br = t.add('sub', f'Bruto investering {pn.lower()}', children=[(i, 1) for i in ids], bold=False)
    sids = []
    for sn, frac in sbs:
        base = t.rows[ids[0]]['v'] if frac > 0.5 else None
        v = {}
        for y in YS:
            tot_y = sum(t.rows[i]['v'][y] for i in ids)
            v[y] = -int((t.rows[ids[0]]['v'][y] if frac > 0.5 else tot_y) * frac)
        sids.append(t.add('part', sn, v=v))
    ch = [(br, 1)] + [(i, 1) for i in sids]
    nets.append(t.add('sub', f'Netto investering {pn.lower()}', children=ch))
    bruts.append(br); subsall += sids
    t.add('blank')
tb = t.add('sub', 'Totaal bruto investeringen', children=[(i, 1) for i in bruts], bold=False)
ts = t.add('sub', 'Totaal subsidies en bijdragen', children=[(i, 1) for i in subsall], bold=False)
t.add('total', 'Totaal netto investeringen', children=[(tb, 1), (ts, 1)])
t.setup = dict(fitw=True, orient='landscape', font=9, sheet='Investeringsplan')
t.alt = dict(p1=(bruts[1] - 2, 'y2027'), tot=('last', 'y2029', 10), dele=bruts[2] - 1, sub=(nets[0], 'tot', 'transpose'))
tables.append(t)

# (9) begrotingswijziging raadsvoorstel
t = T('t09_gem_begrotingswijziging', 'gemeente: begrotingswijziging bijlage raadsvoorstel met I/S',
      ['Gemeente Venlo', 'Bijlage bij raadsvoorstel 2026-041: 3e begrotingswijziging 2026', 'bedragen in €; + = hoger, - = lager'],
      [C('code', 'code', 'Programma', width=10), C('lab', 'label', 'Omschrijving', width=46),
       C('la', 'num', 'Lasten (+ = hoger)', width=13), C('ba', 'num', 'Baten (+ = hoger)', width=13),
       C('sa', 'num', 'Saldo', width=12, derived=[('ba', 1), ('la', -1)]), C('is', 'text', 'I/S', width=5)])
changes = [('1', 'Veiligheid: bijdrage Veiligheidsregio Limburg-Noord (indexatie)', 'S'), ('1', 'Handhaving openbare ruimte: extra BOA-capaciteit', 'S'),
           ('2', 'Onderhoud wegen: bijstelling na schouw', 'I'), ('2', 'Parkeren: hogere opbrengst parkeervergunningen', 'S'),
           ('3', 'Economie: bijdrage Greenport Venlo', 'I'), ('4', 'Onderwijshuisvesting: tijdelijke huisvesting IKC Blerick', 'I'),
           ('5', 'Sport: energiekosten sportaccommodaties', 'S'), ('5', 'Cultuur: subsidie Poppodium Grenswerk', 'I'),
           ('6', 'Jeugd: hogere kosten jeugdhulp met verblijf', 'S'), ('6', 'Wmo: uitkomst meicirculaire (huishoudelijke hulp)', 'S'),
           ('6', 'Participatie: lagere BUIG-uitkering', 'S'), ('7', 'Volksgezondheid: GGD-bijdrage', 'S'),
           ('8', 'Ruimtelijke ordening: leges omgevingsvergunningen', 'I'), ('8', 'Grondexploitatie Trade Port Noord: tussentijdse winstneming', 'I'),
           ('0', 'Bestuur: kosten tweede termijn burgemeestersbenoeming', 'I'), ('0', 'Overhead: ICT-licenties', 'S')]
ids = []
for pc, om, i_s in changes:
    la = R.choice([1, 1, -1, 0]) * rnd(5, 900) * 500
    ba = R.choice([0, 0, 1, -1]) * rnd(5, 600) * 500
    if la == 0 and ba == 0:
        la = 25000
    ids.append(t.add('part', om, pc, v=dict(la=la, ba=ba), t={'is': i_s}))
t.add('blank')
sb = t.add('sub', 'Saldo van baten en lasten', children=[(i, 1) for i in ids])
t.add('section', 'Mutaties reserves')
m1 = t.add('part', 'Onttrekking reserve sociaal domein', '6', v=dict(la=0, ba=850000), t={'is': 'I'})
m2 = t.add('part', 'Toevoeging reserve grondexploitatie', '8', v=dict(la=412500, ba=0), t={'is': 'I'})
sm = t.add('sub', 'Saldo mutaties reserves', children=[(m1, 1), (m2, 1)], bold=False)
t.add('blank')
t.add('total', 'Totaal begrotingswijziging (resultaat)', children=[(sb, 1), (sm, 1)])
t.setup = dict(fitw=True, orient='portrait', font=10, sheet='Begrotingswijziging')
t.alt = dict(p1=(ids[8], 'la'), tot=('last', 'sa', 'transpose'), dele=ids[4], sub=(sb, 'ba', 10))
tables.append(t)

# (10) GR balans
t = T('t10_gr_balans', 'GR: balans per 31-12 met vorig jaar, Ref.-kolom, gelabelde en ongelabelde subtotalen',
      ['Veiligheidsregio Noord- en Oost-Gelderland', 'Jaarrekening 2025 - Balans per 31 december', 'bedragen in €'],
      [C('lab', 'label', 'Omschrijving', width=44), C('ref', 'text', 'Ref.', width=6),
       C('c', 'num', '31-12-2025', width=14), C('p', 'num', '31-12-2024', width=14)])
def bp(lab, ref, lo, hi):
    return t.add('part', lab, v=dict(c=rnd(lo, hi), p=rnd(lo, hi)), t=dict(ref=ref))
t.add('section', 'ACTIVA')
t.add('section', 'Vaste activa', bold=False)
va = [bp('Immateriële vaste activa', '5.1.1', 40000, 300000), bp('Materiële vaste activa', '5.1.2', 31000000, 38000000), bp('Financiële vaste activa', '5.1.3', 100000, 900000)]
tva = t.add('sub', 'Totaal vaste activa', children=[(i, 1) for i in va])
t.add('blank')
t.add('section', 'Vlottende activa', bold=False)
vla = [bp('Voorraden', '5.1.4', 50000, 250000), bp('Uitzettingen met een rentetypische looptijd < 1 jaar', '5.1.5', 2000000, 6000000),
       bp('Liquide middelen', '5.1.6', 5000, 90000), bp('Overlopende activa', '5.1.7', 900000, 3500000)]
uvl = t.add('sub', '', children=[(i, 1) for i in vla])
t.add('blank')
ta = t.add('total', 'Totaal activa', children=[(tva, 1), (uvl, 1)])
t.add('blank')
t.add('section', 'PASSIVA')
t.add('section', 'Vaste passiva', bold=False)
ev = [bp('Algemene reserve', '5.2.1', 1500000, 2500000), bp('Bestemmingsreserves', '5.2.1', 800000, 3000000), bp('Gerealiseerd resultaat', '5.2.1', -400000, 900000)]
tev = t.add('sub', 'Totaal eigen vermogen', children=[(i, 1) for i in ev], bold=False)
vz = bp('Voorzieningen', '5.2.2', 400000, 1500000)
vs_ = bp('Vaste schulden met een rentetypische looptijd ≥ 1 jaar', '5.2.3', 18000000, 24000000)
uvp = t.add('sub', '', children=[(tev, 1), (vz, 1), (vs_, 1)])
t.add('blank')
t.add('section', 'Vlottende passiva', bold=False)
vlp = [bp('Netto vlottende schulden < 1 jaar', '5.2.4', 3000000, 7000000), bp('Overlopende passiva', '5.2.5', 2000000, 5000000)]
# make balance: adjust overlopende passiva so that totals match
t.finish()
for key in ('c', 'p'):
    act = t.rows[ta]['v'][key]
    pas = t.rows[uvp]['v'][key] + t.rows[vlp[0]]['v'][key]
    t.rows[vlp[1]]['v'][key] = act - pas
    assert act - pas > 500000, act - pas
tvp = t.add('sub', 'Totaal vlottende passiva', children=[(i, 1) for i in vlp])
t.add('blank')
t.add('total', 'Totaal passiva', children=[(uvp, 1), (tvp, 1)])
t.setup = dict(fitw=True, orient='portrait', font=8, sheet='Balans')
t.alt = dict(p1=(vla[2], 'c'), tot=('last', 'p', 'transpose'), dele=ev[1], sub=(uvl, 'c', 1000))
tables.append(t)


# ==================================================================== build
def transpose(x):
    s = str(abs(int(x)))
    for i in range(len(s) - 2, -1, -1):
        if s[i] != s[i + 1]:
            ns = s[:i] + s[i + 1] + s[i] + s[i + 2:]
            return int(ns) * (1 if x >= 0 else -1)
    return x + 10


def main():
    os.makedirs(os.path.join(HERE, 'xlsx'), exist_ok=True)
    truth = {'files': {}}
    for t in tables:
        t.finish()
        t.write(os.path.join(HERE, 'xlsx', t.name + '.xlsx'))
        f = t.check(); assert not f
        truth['files'][t.name + '.xlsx'] = dict(kind=t.kind, failing=[], setup=t.setup)
        keymap = {c['key']: c for c in t.cols}
        keymap.update({'y' + c['key'][1:]: c for c in t.cols if c['key'].startswith('y')})
        for alt in ('p1', 'tot', 'dele', 'sub'):
            a = copy.deepcopy(t)
            spec = t.alt[alt]
            info = {}
            if alt == 'p1':
                rid, key = spec
                key = key if key in keymap else key
                r = a.rows[rid]; assert r['type'] == 'part', (t.name, r)
                col = a.cols[[c['key'] for c in a.cols].index(key)]
                r['v'][key] = (r['v'].get(key) or 0) + 1
                par = a.parent_of(rid)
                info = dict(label=r['label'], code=r['code'], column=a.colname(col),
                            first_total=dict(label=par['label'], code=par['code'], column=a.colname(col)), what='part +1')
            elif alt == 'dele':
                r = a.rows[spec]; assert r['type'] == 'part', (t.name, r)
                r['deleted'] = True
                par = a.parent_of(spec)
                info = dict(label=r['label'], code=r['code'], column=None,
                            first_total=dict(label=par['label'], code=par['code'], column=None), what='line deleted')
            else:
                rid, key, how = spec
                if rid == 'last':
                    rid = len(a.rows) - 1
                r = a.rows[rid]; assert r['children'] or r['type'] == 'total'
                col = a.cols[[c['key'] for c in a.cols].index(key)]
                old = r['v'][key]
                r['v'][key] = transpose(old) if how == 'transpose' else old + how
                info = dict(label=r['label'], code=r['code'], column=a.colname(col),
                            what=f'{"total" if alt == "tot" else "subtotal"} {old} -> {r["v"][key]}')
            nm = f'{t.name}_{alt.replace("dele", "del")}.xlsx'
            a.write(os.path.join(HERE, 'xlsx', nm))
            fails = a.check()
            assert fails, nm
            truth['files'][nm] = dict(kind=t.kind, failing=fails, altered=info, setup=t.setup)
    with open(os.path.join(HERE, 'truth.json'), 'w') as fh:
        json.dump(truth, fh, indent=1, ensure_ascii=False)
    print(len(truth['files']), 'files')


if __name__ == '__main__':
    main()
