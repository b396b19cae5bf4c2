#!/usr/bin/env python3
"""sealed-trial38: ten Dutch public-sector tables x 5 variants, truth.json computed from printed values."""
import json
import os
import random

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))
R = random.Random(38)
THIN = Side(style='thin')
MED = Side(style='medium')
NUMF = '[$-413]#,##0;-#,##0'


# ---------------------------------------------------------------- model
class T:
    """rows: list of dicts id, kind (head/line/sub/tot), label, vals (lines), ch [(id, sign)] (sub/tot), code.
    cols: list of dicts key, title (list of header levels), f [(key, sign)] for derived columns."""

    def __init__(self, name, kind, cols, rows, unit=1):
        self.name, self.kind, self.cols, self.rows, self.unit = name, kind, cols, rows, unit
        self.byid = {r['id']: r for r in rows}
        self.compute()

    def ctitle(self, key):
        c = [c for c in self.cols if c['key'] == key][0]
        return ' '.join(x for x in c['title'] if x)

    def compute(self):
        base = [c['key'] for c in self.cols if not c.get('f')]
        der = [c for c in self.cols if c.get('f')]
        done = {}

        def val(rid):
            if rid in done:
                return done[rid]
            r = self.byid[rid]
            v = {}
            if r['kind'] == 'line':
                for k in base:
                    v[k] = r['vals'][k]
            else:
                for k in base:
                    v[k] = sum(s * val(c)[k] for c, s in r['ch'])
            for c in der:
                v[c['key']] = sum(s * v[k] for k, s in c['f'])
            done[rid] = v
            return v
        for r in self.rows:
            if r['kind'] != 'head':
                r['v'] = val(r['id'])

    def failing(self, P, present):
        """P: {rid: {key: printed}}; present: set of row ids printed."""
        out = []
        for r in self.rows:
            if r['id'] not in present or r['kind'] == 'head':
                continue
            for c in self.cols:
                k = c['key']
                trues = []
                if r['kind'] != 'line':
                    trues.append(sum(s * P[ch][k] for ch, s in r['ch'] if ch in present))
                if c.get('f'):
                    trues.append(sum(s * P[r['id']][kk] for kk, s in c['f']))
                bad = [t for t in trues if abs(t - P[r['id']][k]) > 1e-9]
                if bad:
                    e = dict(label=r['label'], column=self.ctitle(k), printed=P[r['id']][k] / self.div,
                             true=bad[0] / self.div, unit=self.unit)
                    if len(bad) > 1 and abs(bad[1] - bad[0]) > 1e-9:
                        e['true_other'] = [bad[1] / self.div]
                    if r.get('code'):
                        e['code'] = r['code']
                    out.append(e)
        return out

    div = 1


def lines(prefix, labels, gen):
    return [dict(id='%s%d' % (prefix, i), kind='line', label=l, vals=gen(i, l)) for i, l in enumerate(labels)]


def grp(gid, head, total, ls, headkind=True):
    rows = []
    if head:
        rows.append(dict(id=gid + 'h', kind='head', label=head))
    rows += ls
    rows.append(dict(id=gid + 's', kind='sub', label=total, ch=[(x['id'], 1) for x in ls]))
    return rows


def rnd(lo, hi, step=1):
    return R.randrange(lo // step, hi // step + 1) * step


# ---------------------------------------------------------------- tables
TABLES = []


def t01():
    cols = [dict(key=k, title=[t]) for k, t in [('veg', 'Mechanisch vegen'), ('kolk', 'Kolken zuigen'),
                                                ('zwerf', 'Zwerfafval'), ('onkr', 'Onkruid verharding'),
                                                ('bak', 'Afvalbakken legen')]]
    cols.append(dict(key='tot', title=['Totaal'], f=[(k, 1) for k in ('veg', 'kolk', 'zwerf', 'onkr', 'bak')]))
    g = lambda i, l: {k: rnd(3000, 90000, 10) for k in ('veg', 'kolk', 'zwerf', 'onkr', 'bak')}
    groups = [('Centrum', ['Binnenstad', 'Stationskwartier', 'Havenkwartier']),
              ('Noord', ['Oosterpark', 'De Hoven', 'Vogelwijk', 'Bedrijventerrein Noord']),
              ('Zuid', ['Zuiderhout', 'Molenwijk', 'Rietveld']),
              ('Buitengebied', ['Kernen Oost', 'Kernen West'])]
    rows, subs = [], []
    for gi, (gname, ls) in enumerate(groups):
        rows += grp('g%d' % gi, None, 'Totaal ' + gname.lower(), lines('g%dl' % gi, ls, g))
        rows[-1]['group'] = gname
        subs.append('g%ds' % gi)
    rows.append(dict(id='T', kind='tot', label='Totaal gemeente', ch=[(s, 1) for s in subs]))
    return T('t01_straatreiniging_per_wijk',
             'Gemeente jaarrekening: kosten straatreiniging en zwerfafval per wijk en stadsdeel (stadsdeel als 90 graden gedraaide, verticaal samengevoegde kolom links van de wijken)',
             cols, rows)


def t02():
    locs = ['De Klimop', 'Het Wilgenhof', 'Stadsboerderij Oost', 'De Hooiberg']
    cols = [dict(key='l%d' % i, title=[l]) for i, l in enumerate(locs)]
    cols.append(dict(key='tot', title=['Totaal'], f=[('l%d' % i, 1) for i in range(4)]))
    g = lambda i, l: {'l%d' % j: rnd(1000, 60000, 50) for j in range(4)}
    rows = [dict(id='Lh', kind='head', label='Lasten')]
    ll = lines('L', ['Personeel beheerders', 'Voer en strooisel', 'Dierenarts', 'Onderhoud stallen',
                     'Energie en water', 'Educatieve activiteiten'], g)
    rows += ll + [dict(id='Ls', kind='sub', label='Totaal lasten', ch=[(x['id'], 1) for x in ll])]
    rows.append(dict(id='Bh', kind='head', label='Baten'))
    bl = lines('B', ['Verkoop producten', 'Kinderfeestjes', 'Donaties vriendenstichting', 'Schoolbezoeken'],
               lambda i, l: {'l%d' % j: rnd(500, 15000, 50) for j in range(4)})
    rows += bl + [dict(id='Bs', kind='sub', label='Totaal baten', ch=[(x['id'], 1) for x in bl])]
    rows.append(dict(id='T', kind='tot', label='Gemeentelijke bijdrage (lasten - baten)', ch=[('Ls', 1), ('Bs', -1)]))
    return T('t02_kinderboerderijen', 'Gemeente jaarverslag: exploitatie kinderboerderijen per locatie (kolommen), met diagonaal gedeelde hoekcel Kostensoort / Locatie',
             cols, rows)


def t03():
    cols = [dict(key='b', title=['Begroting 2025']), dict(key='r', title=['Realisatie 2025']),
            dict(key='v', title=['Verschil'], f=[('b', 1), ('r', -1)])]
    g = lambda i, l: (lambda b: {'b': b, 'r': b + rnd(-9000, 9000, 10)})(rnd(10000, 160000, 100))
    groups = [('Externe advocatuur', ['Ruimtelijke ordening en omgevingsrecht', 'Personeel en arbeidsrecht',
                                      'Sociaal domein (Wmo, Jeugdwet, Participatiewet)', 'Aanbestedingen en contracten']),
              ('Proceskosten en griffierechten', ['Griffierechten', 'Proceskostenveroordelingen',
                                                  'Deskundigen en taxaties']),
              ('Schadevergoedingen', ['Planschade en nadeelcompensatie', 'Aansprakelijkheid openbare ruimte',
                                      'Schikkingen'])]
    rows, subs = [], []
    for gi, (h, ls) in enumerate(groups):
        rows += grp('g%d' % gi, h, 'Subtotaal ' + h.lower(), lines('g%dl' % gi, ls, g))
        subs.append('g%ds' % gi)
    rows.append(dict(id='T', kind='tot', label='Totaal juridische kosten', ch=[(s, 1) for s in subs]))
    return T('t03_juridische_kosten', 'Gemeente: juridische kosten (externe advocatuur, proceskosten, schadevergoedingen) per rechtsgebied, begroting en realisatie, cijfers links uitgelijnd',
             cols, rows)


def t04():
    cols = [dict(key='ins', title=['Onderhoud', 'Inspecties']), dict(key='klein', title=['Onderhoud', 'Klein onderhoud']),
            dict(key='groot', title=['Onderhoud', 'Groot onderhoud']),
            dict(key='tot', title=['Onderhoud', 'Totaal'], f=[('ins', 1), ('klein', 1), ('groot', 1)]),
            dict(key='begr', title=['Begroting', '2025'])]
    g = lambda i, l: {'ins': rnd(500, 8000, 10), 'klein': rnd(2000, 40000, 10), 'groot': R.choice([0, rnd(20000, 250000, 100)]),
                      'begr': rnd(30000, 300000, 1000)}
    groups = [('Bruggen', ['KW-011 Brug Molenstraat', 'KW-014 Ophaalbrug Havenkade', 'KW-020 Fietsbrug Parklaan',
                           'KW-027 Voetbrug Singel']),
              ('Viaducten en tunnels', ['KW-103 Viaduct A12-afrit', 'KW-108 Fietstunnel Spoorlaan', 'KW-111 Onderdoorgang Dorpsweg']),
              ('Kademuren en beschoeiingen', ['KW-201 Kademuur Oude Haven', 'KW-206 Beschoeiing Vaartweg',
                                              'KW-209 Damwand Industriehaven'])]
    rows, subs = [], []
    for gi, (h, ls) in enumerate(groups):
        rows += grp('g%d' % gi, None, '\u03a3 ' + h, lines('g%dl' % gi, ls, g))
        subs.append('g%ds' % gi)
    rows.append(dict(id='T', kind='tot', label='\u03a3\u03a3 Totaal kunstwerken', ch=[(s, 1) for s in subs]))
    return T('t04_kunstwerken_onderhoud', 'Gemeente: onderhoud civiele kunstwerken (bruggen, viaducten, kademuren) per object, subtotalen gemarkeerd met \u03a3 en het totaal met \u03a3\u03a3',
             cols, rows)


def t05():
    cols = [dict(key='fte', title=['Formatie (fte)']), dict(key='pers', title=['Personeelskosten']),
            dict(key='inh', title=['Inhuur']), dict(key='mat', title=['Materiële kosten']),
            dict(key='tot', title=['Totaal kosten'], f=[('pers', 1), ('inh', 1), ('mat', 1)])]
    g = lambda i, l: (lambda f: {'fte': f, 'pers': f * rnd(70000, 82000, 100), 'inh': rnd(0, 90000, 500),
                                 'mat': rnd(8000, 30000, 100)})(rnd(4, 16))
    groups = [('Wijkteams jeugd en gezin', ['Wijkteam Centrum', 'Wijkteam Noord', 'Wijkteam Zuid', 'Wijkteam Oost']),
              ('Wijkteams volwassenen', ['Wijkteam Centrum-West', 'Wijkteam Noord-Oost', 'Wijkteam Zuid-West']),
              ('Ondersteuning', ['Toegang en backoffice', 'Gedragswetenschappers'])]
    kp = iter(['KP 6101', 'KP 6102', 'KP 6103', 'KP 6104', 'KP 6199', 'KP 6111', 'KP 6112', 'KP 6113', 'KP 6119',
               'KP 6121', 'KP 6122', 'KP 6129', 'KP 6100'])
    rows, subs = [], []
    for gi, (h, ls) in enumerate(groups):
        rows += grp('g%d' % gi, h, 'Totaal ' + h.lower(), lines('g%dl' % gi, ls, g))
        subs.append('g%ds' % gi)
    rows.append(dict(id='T', kind='tot', label='Totaal sociale wijkteams', ch=[(s, 1) for s in subs]))
    for r in rows:
        if r['kind'] != 'head':
            r['kp'] = next(kp)
    return T('t05_sociale_wijkteams', 'Gemeente: formatie en kosten sociale wijkteams per team, met een kolom kostenplaats rechts van de bedragen',
             cols, rows)


def t06():
    cols = [dict(key='verl', title=['Subsidie (€)', 'Verleend']), dict(key='uitb', title=['Subsidie (€)', 'Uitbetaald t/m 2025']),
            dict(key='rest', title=['Subsidie (€)', 'Nog te betalen'], f=[('verl', 1), ('uitb', -1)]),
            dict(key='aansl', title=['Aansluitingen', 'Aantal'])]
    g = lambda i, l: (lambda v: {'verl': v, 'uitb': v - rnd(0, v // 2, 100) // 100 * 100, 'aansl': rnd(80, 2400)})(rnd(50000, 900000, 1000))
    names = [['Achterveld', 'Bergharen', 'Culemborg', 'Dodewaard', 'Echteld', 'Geldermalsen'],
             ['Hedel', 'Kerkdriel', 'Lienden', 'Maurik', 'Ochten'],
             ['Rossum', 'Tiel-Buitengebied', 'Varik', 'Wamel', 'Zaltbommel-Noord', 'Zoelen']]
    rows, subs, n = [], [], 1
    for gi, ls in enumerate(names):
        ll = lines('g%dl' % gi, ls, g)
        for x in ll:
            x['code'] = str(n)
            n += 1
        a, b = ll[0]['code'], ll[-1]['code']
        rows += ll + [dict(id='g%ds' % gi, kind='sub', label='Subtotaal %s t/m %s' % (a, b), ch=[(x['id'], 1) for x in ll])]
        subs.append('g%ds' % gi)
    rows.append(dict(id='T', kind='tot', label='Totaal 1 t/m %d' % (n - 1), ch=[(s, 1) for s in subs]))
    return T('t06_breedband_buitengebied', 'Provincie: subsidies glasvezel in het buitengebied per projectgebied, verleend / uitbetaald / nog te betalen, subtotalen benoemd met nummerreeks (Subtotaal 1 t/m 6)',
             cols, rows)


def t07():
    ks = [('pers', 'Eigen personeel'), ('over', 'Overwerk'), ('mat', 'Materieel'), ('zand', 'Zandzakken'),
          ('pomp', 'Noodpompen'), ('derd', 'Aannemers'), ('cat', 'Catering'), ('comm', 'Communicatie'),
          ('herst', 'Herstel')]
    cols = [dict(key=k, title=[t]) for k, t in ks]
    cols.append(dict(key='tot', title=['Totaal'], f=[(k, 1) for k, _ in ks]))
    g = lambda i, l: {k: R.choice([0, rnd(500, 60000, 10)]) if k in ('zand', 'pomp', 'cat') else rnd(1000, 90000, 10) for k, _ in ks}
    groups = [('Hoogwater', ['Hoogwater Maas januari', 'Hoogwater Rijn februari', 'Storm Ciara-achtig maart']),
              ('Droogte', ['Droogte juli: waterverdeling', 'Droogte augustus: dijkinspecties']),
              ('Wateroverlast', ['Wolkbreuk Noord juni', 'Wolkbreuk Zuid september', 'Inundatie polder oktober'])]
    rows, subs = [], []
    for gi, (h, ls) in enumerate(groups):
        rows += grp('g%d' % gi, h, 'Totaal ' + h.lower(), lines('g%dl' % gi, ls, g))
        subs.append('g%ds' % gi)
    rows.append(dict(id='T', kind='tot', label='Totaal calamiteitenzorg', ch=[(s, 1) for s in subs]))
    return T('t07_calamiteitenzorg', 'Waterschap: kosten calamiteitenzorg per gebeurtenis (hoogwater, droogte, wateroverlast) naar kostensoort, labels links en rechts herhaald, liggend',
             cols, rows)


def t08():
    cols = [dict(key='r24', title=['Rekening 2024']), dict(key='b25', title=['Begroting 2025']),
            dict(key='r25', title=['Rekening 2025'])]
    g = lambda i, l: (lambda b: {'b25': b, 'r24': b + rnd(-20000, 20000, 100), 'r25': b + rnd(-25000, 25000, 100)})(rnd(20000, 700000, 1000))
    groups = [('I', 'Huisvestingslasten', ['Huur en erfpacht', 'Onderhoud gebouw', 'Schoonmaak', 'Energie']),
              ('II', 'Facilitaire diensten', ['Beveiliging en receptie', 'Catering en vergaderzalen', 'Post en archief']),
              ('III', 'Statenzaal en ontvangsten', ['Techniek Statenzaal', 'Representatie en ontvangsten']),
              ('IV', 'Opbrengsten (negatief)', ['Verhuur vergaderruimten', 'Doorbelasting huurders'])]
    rows, subs = [], []
    for gi, (rn, h, ls) in enumerate(groups):
        ll = lines('g%dl' % gi, ls, g)
        if rn == 'IV':
            for x in ll:
                for k in x['vals']:
                    x['vals'][k] = -x['vals'][k] // 10
        rows += grp('g%d' % gi, rn + '   ' + h, 'Totaal ' + rn, ll)
        subs.append('g%ds' % gi)
    rows.append(dict(id='T', kind='tot', label='Totaal I t/m IV', ch=[(s, 1) for s in subs]))
    return T('t08_provinciehuis', 'Provincie: exploitatie provinciehuis per kostensoort, groepen met Romeinse cijfers (I ... IV), Totaal I t/m IV',
             cols, rows)


def t09():
    cols = [dict(key='bud', title=['Budget 2025']), dict(key='best', title=['Besteed 2025']),
            dict(key='over', title=['Restant'], f=[('bud', 1), ('best', -1)])]
    # values in cents
    def g(i, l):
        cents = R.random() < 0.5
        b = rnd(2000, 250000, 100) * 100
        s = b - (rnd(0, b // 5) if cents else rnd(0, b // 500) * 100)
        return {'bud': b, 'best': s}
    groups = [('Re-integratietrajecten', ['Participatiebanen (loonkostensubsidie)', 'Jobcoaching', 'Werkfit-trajecten',
                                          'Scholing en certificaten']),
              ('Beschut werk', ['Begeleiding beschut werk', 'Werkplekaanpassingen']),
              ('Activering', ['Taaltrajecten', 'Vrijwilligerswerk met behoud van uitkering', 'Dagbesteding arbeidsmatig'])]
    rows, subs = [], []
    for gi, (h, ls) in enumerate(groups):
        rows += grp('g%d' % gi, h, 'Totaal ' + h.lower(), lines('g%dl' % gi, ls, g))
        subs.append('g%ds' % gi)
    rows.append(dict(id='T', kind='tot', label='Totaal participatiebudget', ch=[(s, 1) for s in subs]))
    t = T('t09_reintegratie_werkbedrijf', 'GR regionaal werkbedrijf: besteding participatiebudget re-integratie per instrument, getalnotatie per regel verschillend (hele euro\'s of met centen)',
          cols, rows, unit=0.01)
    t.div = 100
    return t


def t10():
    cols = [dict(key='hh', title=['Aantal huishoudens']), dict(key='uit', title=['Uitgaven 2025']),
            dict(key='rijk', title=['Rijksvergoeding 2025']),
            dict(key='saldo', title=['Saldo ten laste gemeente'], f=[('uit', 1), ('rijk', -1)])]
    g = lambda i, l: (lambda u: {'hh': rnd(3, 140), 'uit': u, 'rijk': u - rnd(0, u // 4, 10)})(rnd(8000, 260000, 10))
    groups = [('Financiën', ['Schuldhulpverlening en schuldregeling', 'Budgetcoaching', 'Kwijtschelding lokale heffingen']),
              ('Wonen', ['Huurachterstanden', 'Verhuiskosten', 'Inrichtingskosten']),
              ('Zorg en welzijn', ['Psychosociale ondersteuning', 'Gezinsondersteuning', 'Herstelgesprekken']),
              ('Werk en opleiding', ['Scholing', 'Begeleiding naar werk'])]
    rows, subs = [], []
    for gi, (h, ls) in enumerate(groups):
        rows += grp('g%d' % gi, h, 'Totaal ' + h.lower(), lines('g%dl' % gi, ls, g))
        subs.append('g%ds' % gi)
    rows.append(dict(id='T', kind='tot', label='Totaal brede ondersteuning', ch=[(s, 1) for s in subs]))
    return T('t10_herstel_toeslagen', 'Gemeente: brede ondersteuning gedupeerden hersteloperatie kinderopvangtoeslag per leefgebied, aantal huishoudens links van de omschrijving, bedragen rechts',
             cols, rows)


# ---------------------------------------------------------------- writers
def fmt_cell(c, font=None, num=NUMF, align=None):
    if font:
        c.font = font
    if num:
        c.number_format = num
    if align:
        c.alignment = align


def write(t, P, present, path):
    wb = Workbook()
    ws = wb.active
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.page_setup.paperSize = 9
    ws.sheet_view.showGridLines = False
    name = t.name[4:]
    rows = [r for r in t.rows if r['id'] in present]
    cells = {}  # (rid, key) -> coordinate
    W = globals()['w_' + t.name[:3]]
    W(t, ws, rows, P, cells)
    wb.save(path)
    return cells


def hdr_font(fn, sz, b=True, color=None):
    return Font(name=fn, size=sz, bold=b, color=color)


def put_vals(t, ws, r, rr, P, cells, c0, keys, font, num=NUMF, align=None):
    for j, k in enumerate(keys):
        if r['kind'] == 'head':
            continue
        c = ws.cell(rr, c0 + j, P[r['id']][k] / t.div if t.div != 1 else P[r['id']][k])
        fmt_cell(c, font, num, align)
        cells[(r['id'], k)] = c.coordinate


def simple_header(ws, row, c0, titles, font, fill=None, border=None, wrap=True, height=None):
    for j, tt in enumerate(titles):
        c = ws.cell(row, c0 + j, tt)
        c.font = font
        c.alignment = Alignment(horizontal='right' if j else 'left', vertical='bottom', wrap_text=wrap)
        if fill:
            c.fill = fill
        if border:
            c.border = border
    if height:
        ws.row_dimensions[row].height = height


def w_t01(t, ws, rows, P, cells):
    keys = [c['key'] for c in t.cols]
    fn = 'Calibri'
    ws['A1'] = 'Straatreiniging 2025: kosten per wijk (bedragen in €)'
    ws['A1'].font = Font(name=fn, size=13, bold=True)
    simple_header(ws, 3, 2, ['Wijk'] + [t.ctitle(k) for k in keys], hdr_font(fn, 10), border=Border(bottom=THIN), height=30)
    ws.cell(3, 1, 'Stadsdeel').font = hdr_font(fn, 10)
    ws.cell(3, 1).alignment = Alignment(text_rotation=90, vertical='bottom', horizontal='center')
    ws.cell(3, 1).border = Border(bottom=THIN)
    ws.row_dimensions[3].height = 62
    rr = 4
    gstart = rr
    for r in rows:
        b = r['kind'] != 'line'
        f = Font(name=fn, size=10, bold=b)
        ws.cell(rr, 2, r['label']).font = f
        put_vals(t, ws, r, rr, P, cells, 3, keys, f)
        if r['kind'] == 'sub':
            for c in range(2, 3 + len(keys)):
                ws.cell(rr, c).border = Border(top=THIN)
            ws.cell(gstart, 1, r['group']).font = Font(name=fn, size=10, bold=True)
            ws.cell(gstart, 1).alignment = Alignment(text_rotation=90, vertical='center', horizontal='center')
            ws.cell(gstart, 1).fill = PatternFill('solid', fgColor='DDEBF7')
            ws.merge_cells(start_row=gstart, start_column=1, end_row=rr, end_column=1)
            for x in range(gstart, rr + 1):
                ws.cell(x, 1).border = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
            rr += 1
            gstart = rr
            continue
        if r['kind'] == 'tot':
            for c in range(2, 3 + len(keys)):
                ws.cell(rr, c).border = Border(top=MED, bottom=MED)
        rr += 1
    ws.column_dimensions['A'].width = 5
    ws.column_dimensions['B'].width = 24
    for j in range(len(keys)):
        ws.column_dimensions[get_column_letter(3 + j)].width = 12
    ws.page_setup.orientation = 'landscape'


def w_t02(t, ws, rows, P, cells):
    keys = [c['key'] for c in t.cols]
    fn = 'Arial'
    ws['A1'] = 'Exploitatie kinderboerderijen 2025'
    ws['A1'].font = Font(name=fn, size=12, bold=True)
    c = ws.cell(3, 1, '                      Locatie\nKostensoort')
    c.alignment = Alignment(wrap_text=True, vertical='center')
    c.font = hdr_font(fn, 9)
    c.border = Border(diagonal=THIN, diagonalDown=True, top=THIN, bottom=THIN, left=THIN, right=THIN)
    ws.row_dimensions[3].height = 32
    for j, k in enumerate(keys):
        h = ws.cell(3, 2 + j, t.ctitle(k))
        h.font = hdr_font(fn, 9)
        h.alignment = Alignment(horizontal='center', vertical='center', wrap_text=True)
        h.border = Border(top=THIN, bottom=THIN, left=THIN, right=THIN)
    rr = 4
    for r in rows:
        b = r['kind'] != 'line'
        f = Font(name=fn, size=9, bold=b)
        ws.cell(rr, 1, r['label']).font = f
        put_vals(t, ws, r, rr, P, cells, 2, keys, f)
        for cc in range(1, 2 + len(keys)):
            ws.cell(rr, cc).border = Border(left=THIN, right=THIN, top=THIN if r['kind'] != 'line' else None,
                                             bottom=THIN if r['kind'] != 'line' else None)
        rr += 1
        if r['kind'] == 'sub':
            rr += 1
    ws.column_dimensions['A'].width = 38
    for j in range(len(keys)):
        ws.column_dimensions[get_column_letter(2 + j)].width = 14


def w_t03(t, ws, rows, P, cells):
    keys = [c['key'] for c in t.cols]
    fn = 'Verdana'
    ws['A1'] = 'Juridische kosten 2025'
    ws['A1'].font = Font(name=fn, size=11, bold=True)
    ws['A2'] = 'bedragen in euro\'s'
    ws['A2'].font = Font(name=fn, size=8, italic=True)
    simple_header(ws, 4, 1, ['Omschrijving'] + [t.ctitle(k) for k in keys], hdr_font(fn, 8), border=Border(bottom=THIN))
    for j in range(len(keys)):
        ws.cell(4, 2 + j).alignment = Alignment(horizontal='left', wrap_text=True)
    rr = 5
    for r in rows:
        b = r['kind'] != 'line'
        f = Font(name=fn, size=8, bold=b)
        ws.cell(rr, 1, r['label']).font = f
        put_vals(t, ws, r, rr, P, cells, 2, keys, f, align=Alignment(horizontal='left'))
        if r['kind'] in ('sub', 'tot'):
            for cc in range(1, 2 + len(keys)):
                ws.cell(rr, cc).border = Border(top=THIN, bottom=Side(style='double') if r['kind'] == 'tot' else None)
            rr += 1
        rr += 1
    ws.column_dimensions['A'].width = 46
    for j in range(len(keys)):
        ws.column_dimensions[get_column_letter(2 + j)].width = 16


def w_t04(t, ws, rows, P, cells):
    keys = [c['key'] for c in t.cols]
    fn = 'Cambria'
    ws['A1'] = 'Onderhoud kunstwerken 2025'
    ws['A1'].font = Font(name=fn, size=12, bold=True)
    # two-level header
    ws.cell(3, 1, 'Object').font = hdr_font(fn, 9)
    ws.cell(3, 2, 'Onderhoud').font = hdr_font(fn, 9)
    ws.cell(3, 2).alignment = Alignment(horizontal='center')
    ws.merge_cells(start_row=3, start_column=2, end_row=3, end_column=5)
    ws.cell(3, 6, 'Begroting').font = hdr_font(fn, 9)
    ws.cell(3, 6).alignment = Alignment(horizontal='right')
    for j, c in enumerate(t.cols):
        h = ws.cell(4, 2 + j, c['title'][1])
        h.font = hdr_font(fn, 9)
        h.alignment = Alignment(horizontal='right', wrap_text=True)
        h.border = Border(bottom=THIN)
    ws.cell(4, 1).border = Border(bottom=THIN)
    rr = 5
    for r in rows:
        f = Font(name=fn, size=9, bold=r['kind'] == 'tot', italic=r['kind'] == 'sub')
        ws.cell(rr, 1, r['label']).font = f
        put_vals(t, ws, r, rr, P, cells, 2, keys, f)
        rr += 1
        if r['kind'] == 'sub':
            rr += 1
    ws.column_dimensions['A'].width = 36
    for j in range(len(keys)):
        ws.column_dimensions[get_column_letter(2 + j)].width = 13


def w_t05(t, ws, rows, P, cells):
    keys = [c['key'] for c in t.cols]
    fn = 'Segoe UI'
    ws['A1'] = 'Sociale wijkteams: formatie en kosten 2025'
    ws['A1'].font = Font(name=fn, size=12, bold=True)
    titles = ['Team'] + [t.ctitle(k) for k in keys] + ['Kostenplaats']
    simple_header(ws, 3, 1, titles, hdr_font(fn, 9, color='FFFFFF'), fill=PatternFill('solid', fgColor='1F4E78'), height=28)
    ws.cell(3, len(titles)).alignment = Alignment(horizontal='left', vertical='bottom', indent=2)
    rr = 4
    for r in rows:
        b = r['kind'] != 'line'
        f = Font(name=fn, size=9, bold=b)
        ws.cell(rr, 1, r['label']).font = f
        if r['kind'] != 'head':
            put_vals(t, ws, r, rr, P, cells, 2, keys, f)
            ws.cell(rr, 2).number_format = '0'
            k = ws.cell(rr, 2 + len(keys), r['kp'])
            k.font = Font(name=fn, size=8, color='595959')
            k.alignment = Alignment(horizontal='left', indent=2)
        if r['kind'] in ('sub', 'tot'):
            for cc in range(1, 3 + len(keys)):
                ws.cell(rr, cc).fill = PatternFill('solid', fgColor='D9E1F2' if r['kind'] == 'sub' else 'B4C6E7')
        rr += 1
    ws.column_dimensions['A'].width = 30
    for j in range(len(keys)):
        ws.column_dimensions[get_column_letter(2 + j)].width = 14
    ws.column_dimensions[get_column_letter(2 + len(keys))].width = 15
    ws.page_setup.orientation = 'landscape'


def w_t06(t, ws, rows, P, cells):
    keys = [c['key'] for c in t.cols]
    fn = 'Arial'
    ws['A1'] = 'Subsidieregeling glasvezel buitengebied - stand per 31 december 2025'
    ws['A1'].font = Font(name=fn, size=11, bold=True)
    ws.cell(3, 3, 'Subsidie (€)').font = hdr_font(fn, 9)
    ws.cell(3, 3).alignment = Alignment(horizontal='center')
    ws.merge_cells('C3:E3')
    ws.cell(3, 6, 'Aansluitingen').font = hdr_font(fn, 9)
    ws.cell(3, 6).alignment = Alignment(horizontal='right')
    simple_header(ws, 4, 1, ['Nr.', 'Projectgebied'] + [c['title'][1] for c in t.cols], hdr_font(fn, 9), border=Border(bottom=THIN))
    ws.cell(4, 1).alignment = Alignment(horizontal='center')
    ws.cell(4, 2).alignment = Alignment(horizontal='left')
    rr = 5
    for r in rows:
        b = r['kind'] != 'line'
        f = Font(name=fn, size=9, bold=b)
        if r.get('code'):
            ws.cell(rr, 1, int(r['code'])).font = f
            ws.cell(rr, 1).alignment = Alignment(horizontal='center')
        ws.cell(rr, 2, r['label']).font = f
        put_vals(t, ws, r, rr, P, cells, 3, keys, f)
        if b:
            for cc in range(1, 3 + len(keys)):
                ws.cell(rr, cc).border = Border(top=THIN, bottom=THIN)
        rr += 1
    ws.column_dimensions['A'].width = 6
    ws.column_dimensions['B'].width = 26
    for j in range(len(keys)):
        ws.column_dimensions[get_column_letter(3 + j)].width = 15


def w_t07(t, ws, rows, P, cells):
    keys = [c['key'] for c in t.cols]
    fn = 'Arial Narrow'
    ws['A1'] = 'Calamiteitenzorg 2025 - kosten per gebeurtenis en kostensoort (in euro)'
    ws['A1'].font = Font(name=fn, size=12, bold=True)
    n = len(keys)
    simple_header(ws, 3, 1, ['Gebeurtenis'] + [t.ctitle(k) for k in keys] + ['Gebeurtenis'], hdr_font(fn, 9),
                  border=Border(bottom=MED), height=28)
    ws.cell(3, n + 2).alignment = Alignment(horizontal='left', vertical='bottom', indent=2)
    rr = 4
    for r in rows:
        b = r['kind'] != 'line'
        f = Font(name=fn, size=9, bold=b)
        ws.cell(rr, 1, r['label']).font = f
        ws.cell(rr, n + 2, r['label']).font = f
        ws.cell(rr, n + 2).alignment = Alignment(horizontal='left', indent=2)
        put_vals(t, ws, r, rr, P, cells, 2, keys, f)
        if r['kind'] in ('sub', 'tot'):
            for cc in range(1, n + 3):
                ws.cell(rr, cc).border = Border(top=THIN, bottom=MED if r['kind'] == 'tot' else None)
            rr += 1
        rr += 1
    ws.column_dimensions['A'].width = 28
    ws.column_dimensions[get_column_letter(n + 2)].width = 30
    for j in range(n):
        ws.column_dimensions[get_column_letter(2 + j)].width = 12.5
    ws.page_setup.orientation = 'landscape'


def w_t08(t, ws, rows, P, cells):
    keys = [c['key'] for c in t.cols]
    fn = 'Georgia'
    ws['A1'] = 'Provinciehuis - exploitatie 2025'
    ws['A1'].font = Font(name=fn, size=12, bold=True)
    simple_header(ws, 3, 1, [''] + [t.ctitle(k) for k in keys], hdr_font(fn, 9), border=Border(bottom=THIN, top=THIN))
    rr = 4
    for r in rows:
        f = Font(name=fn, size=9, bold=r['kind'] in ('head', 'tot'), italic=r['kind'] == 'sub')
        lab = r['label'] if r['kind'] != 'line' else '      ' + r['label']
        ws.cell(rr, 1, lab).font = f
        put_vals(t, ws, r, rr, P, cells, 2, keys, f)
        if r['kind'] == 'sub':
            for cc in range(2, 2 + len(keys)):
                ws.cell(rr, cc).border = Border(top=THIN)
            rr += 1
        if r['kind'] == 'tot':
            for cc in range(1, 2 + len(keys)):
                ws.cell(rr, cc).border = Border(top=THIN, bottom=Side(style='double'))
        rr += 1
    ws.column_dimensions['A'].width = 40
    for j in range(len(keys)):
        ws.column_dimensions[get_column_letter(2 + j)].width = 15


def w_t09(t, ws, rows, P, cells):
    keys = [c['key'] for c in t.cols]
    fn = 'Calibri'
    ws['A1'] = 'Participatiebudget re-integratie 2025'
    ws['A1'].font = Font(name=fn, size=12, bold=True)
    simple_header(ws, 3, 1, ['Instrument'] + [t.ctitle(k) for k in keys], hdr_font(fn, 10), border=Border(bottom=THIN))
    rr = 4
    for r in rows:
        b = r['kind'] != 'line'
        f = Font(name=fn, size=10, bold=b)
        ws.cell(rr, 1, r['label']).font = f
        if r['kind'] != 'head':
            whole = all(P[r['id']][k] % 100 == 0 for k in keys)
            num = '[$-413]#,##0;-#,##0' if whole else '[$-413]#,##0.00;-#,##0.00'
            put_vals(t, ws, r, rr, P, cells, 2, keys, f, num=num)
        if r['kind'] == 'tot':
            for cc in range(1, 2 + len(keys)):
                ws.cell(rr, cc).border = Border(top=THIN, bottom=THIN)
        rr += 1
    ws.column_dimensions['A'].width = 42
    for j in range(len(keys)):
        ws.column_dimensions[get_column_letter(2 + j)].width = 15


def w_t10(t, ws, rows, P, cells):
    fn = 'Tahoma'
    ws['A1'] = 'Hersteloperatie kinderopvangtoeslag: brede ondersteuning 2025'
    ws['A1'].font = Font(name=fn, size=11, bold=True)
    money = ['uit', 'rijk', 'saldo']
    simple_header(ws, 3, 1, [t.ctitle('hh'), 'Leefgebied / voorziening'] + [t.ctitle(k) for k in money], hdr_font(fn, 8),
                  border=Border(bottom=THIN), height=30)
    ws.cell(3, 1).alignment = Alignment(horizontal='right', wrap_text=True, vertical='bottom')
    ws.cell(3, 2).alignment = Alignment(horizontal='left', vertical='bottom', indent=2)
    rr = 4
    for r in rows:
        b = r['kind'] != 'line'
        f = Font(name=fn, size=8, bold=b)
        ws.cell(rr, 2, r['label'] if r['kind'] != 'line' else '  ' + r['label']).font = f
        ws.cell(rr, 2).alignment = Alignment(horizontal='left', indent=2)
        put_vals(t, ws, r, rr, P, cells, 1, ['hh'], f)
        put_vals(t, ws, r, rr, P, cells, 3, money, f)
        if b and r['kind'] != 'head':
            for cc in range(1, 6):
                ws.cell(rr, cc).border = Border(top=THIN)
        rr += 1
        if r['kind'] == 'sub':
            rr += 1
    ws.column_dimensions['A'].width = 12
    ws.column_dimensions['B'].width = 40
    for j in range(3):
        ws.column_dimensions[get_column_letter(3 + j)].width = 15


# ---------------------------------------------------------------- variants
def main():
    os.makedirs(os.path.join(HERE, 'xlsx'), exist_ok=True)
    truth = {}
    for mk in (t01, t02, t03, t04, t05, t06, t07, t08, t09, t10):
        t = mk()
        P0 = {r['id']: dict(r['v']) for r in t.rows if r['kind'] != 'head'}
        allids = {r['id'] for r in t.rows}
        assert t.failing(P0, allids) == [], t.name
        linesl = [r for r in t.rows if r['kind'] == 'line']
        subs = [r for r in t.rows if r['kind'] == 'sub']
        tot = [r for r in t.rows if r['kind'] == 'tot'][-1]
        base = [c['key'] for c in t.cols if not c.get('f')]
        money = [k for k in base if k not in ('fte', 'hh', 'aansl')]
        big = 100000 if t.div == 1 else 10000000
        for var in ('clean', 'p1', 'tot', 'del', 'sub'):
            P = {k: dict(v) for k, v in P0.items()}
            present = set(allids)
            alt = None
            if var == 'p1':
                ln = linesl[R.randrange(len(linesl))]
                k = R.choice(money)
                P[ln['id']][k] += 1
                alt = dict(rid=ln['id'], key=k, label=ln['label'], action='%s -> %s' % (fmtv(P0[ln['id']][k], t), fmtv(P[ln['id']][k], t)))
            elif var == 'tot':
                k = R.choice(money)
                P[tot['id']][k] += big
                alt = dict(rid=tot['id'], key=k, label=tot['label'], action='%s -> %s' % (fmtv(P0[tot['id']][k], t), fmtv(P[tot['id']][k], t)))
            elif var == 'del':
                cands = [l for l in linesl if any(P0[l['id']][k] for k in base)]
                ln = cands[R.randrange(len(cands))]
                present.discard(ln['id'])
                alt = dict(rid=None, key=None, label=ln['label'], action='line deleted')
            elif var == 'sub':
                s = subs[R.randrange(len(subs))]
                k = R.choice(money)
                P[s['id']][k] += big // 10 * 3
                alt = dict(rid=s['id'], key=k, label=s['label'], action='%s -> %s' % (fmtv(P0[s['id']][k], t), fmtv(P[s['id']][k], t)))
            fname = t.name + ('' if var == 'clean' else '_' + var) + '.xlsx'
            cells = write(t, P, present, os.path.join(HERE, 'xlsx', fname))
            fail = t.failing(P, present)
            if var == 'clean':
                assert not fail
            else:
                assert fail, fname
            e = dict(kind=t.kind, variant=var, failing=fail, tolerated=[])
            if alt:
                a = dict(label=alt['label'], column=t.ctitle(alt['key']) if alt['key'] else '', action=alt['action'],
                         cell=cells.get((alt['rid'], alt['key']), '') if alt['rid'] else '')
                if var == 'del':
                    a['column'] = None
                    a['action'] = 'row deleted'
                    a['cell'] = "row of '%s' in the clean file" % alt['label']
                r = t.byid.get(alt['rid']) if alt['rid'] else None
                if r and r.get('code'):
                    a['code'] = r['code']
                e['altered'] = a
            truth[fname] = e
    json.dump(dict(files=truth), open(os.path.join(HERE, 'truth.json'), 'w'), indent=1, ensure_ascii=False)
    print(len(truth), 'files;', sum(len(v['failing']) for v in truth.values()), 'failing totals')


def fmtv(v, t):
    return ('%.2f' % (v / t.div)) if t.div != 1 else str(v)


if __name__ == '__main__':
    main()
