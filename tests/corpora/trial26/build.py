"""sealed-trial26: builds xlsx/ (10 tables x 5 variants) and truth.json.

Each table is a list of rows (id, label, kind, values per column key) plus relations
(target cell = signed sum of operand cells). Clean tables are computed from their detail
figures through the relations, so they foot exactly as printed; truth is every relation
that fails on the printed figures of a variant. Internal figures are integers in the
printed unit (euros, thousands, tenths of a million, counts).
Run: /work/main/.venv/bin/python build.py
"""
import copy
import json
import os
import random

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))
THIN = Side(style='thin')
MED = Side(style='medium')


class Table:
    def __init__(self, cols, unit=1, scale=1):
        # cols: list of (key, title) figure columns; title is the full column name used in truth
        self.cols = cols
        self.keys = [k for k, _ in cols]
        self.title = dict(cols)
        self.rows = []          # dicts: id,label,kind,vals,alias,code,text
        self.rels = []          # (rid, col, [(sign, rid, col)])
        self.unit = unit        # printed unit for truth (1 or 0.1)
        self.scale = scale      # stored cell value = internal / scale

    def row(self, rid, label, kind='item', vals=None, **kw):
        r = dict(id=rid, label=label, kind=kind, vals=dict(vals or {}))
        r.update(kw)
        self.rows.append(r)
        return rid

    def vsum(self, target, parts, cols=None, signs=None):
        for c in cols or self.keys:
            ops = [((signs or {}).get(p, 1), p, c) for p in parts]
            self.rels.append((target, c, ops))

    def hrel(self, col, ops, rids=None):
        for r in self.rows:
            if r['kind'] in ('head', 'blank', 'note'):
                continue
            if rids is not None and r['id'] not in rids:
                continue
            self.rels.append((r['id'], col, [(s, r['id'], c) for s, c in ops]))

    def byid(self):
        return {r['id']: r for r in self.rows}

    def fill(self):
        b = self.byid()
        for _ in range(8):
            for t, c, ops in self.rels:
                b[t]['vals'][c] = sum(s * b[o]['vals'].get(oc, 0) for s, o, oc in ops)
        assert not self.failing(), self.failing()

    def failing(self):
        b = self.byid()
        out = {}
        for t, c, ops in self.rels:
            if t not in b:
                continue
            ops2 = [(s, o, oc) for s, o, oc in ops if o in b]
            if not ops2:
                continue
            true = sum(s * b[o]['vals'].get(oc, 0) for s, o, oc in ops2)
            pr = b[t]['vals'].get(c, 0)
            if true != pr:
                out.setdefault((t, c), []).append(true)
        res = []
        for (t, c), trues in out.items():
            r = b[t]
            sc = self.scale
            e = dict(label=r['label'].strip(), column=self.title[c], printed=r['vals'][c] / sc,
                     true=trues[0] / sc, unit=self.unit, code=r.get('code'))
            if r.get('alias'):
                e['alias'] = r['alias']
            others = sorted(set(trues[1:]) - {trues[0]})
            if others:
                e['true_other'] = [x / sc for x in others]
            res.append(e)
        return res


# ---------------------------------------------------------------- writer
def write_table(ws, T, top, left, spec):
    """spec: header rows, fonts, formats. Returns next free row."""
    fn, fs = spec['font'], spec['size']
    f = lambda **k: Font(name=fn, size=k.pop('size', fs), **k)
    lead = spec.get('lead', [('label', spec.get('label_title', ''))])   # non-figure cols before
    trail = spec.get('trail', [])                                       # non-figure cols after
    ncols = len(lead) + len(T.keys) + len(trail)
    r = top
    for line, kw in spec.get('above', []):
        ws.cell(r, left, line).font = f(**kw)
        r += 1
    # header rows: list of lists of (text, span) over figure columns; lead titles in first header row
    hdr = spec['header']
    h0 = r
    for hi, hrow in enumerate(hdr):
        c = left + len(lead)
        for text, span in hrow:
            if text is not None:
                cell = ws.cell(r, c, text)
                cell.font = f(bold=True)
                cell.alignment = Alignment(horizontal='center' if span > 1 else 'right', wrap_text=spec.get('wrap_hdr', False), vertical=spec.get('hdr_valign', 'bottom'))
                if span > 1:
                    ws.merge_cells(start_row=r, start_column=c, end_row=r, end_column=c + span - 1)
                    for cc in range(c, c + span):
                        ws.cell(r, cc).border = Border(bottom=THIN)
            c += span
        r += 1
    for i, (k, t) in enumerate(lead):
        cell = ws.cell(h0 + len(hdr) - 1, left + i, t)
        cell.font = f(bold=True)
    for i, (k, t) in enumerate(trail):
        cell = ws.cell(h0 + len(hdr) - 1, left + len(lead) + len(T.keys) + i, t)
        cell.font = f(bold=True)
        cell.alignment = Alignment(horizontal='left')
    for cc in range(left, left + ncols):
        ws.cell(r - 1, cc).border = Border(bottom=THIN)
    if spec.get('hdr_height'):
        ws.row_dimensions[r - 1].height = spec['hdr_height']
    spec['_hdr_rows'] = (h0, r - 1)
    fmt = spec['fmt']
    for row in T.rows:
        kind = row['kind']
        if kind == 'blank':
            r += 1
            continue
        style = spec.get('styles', {}).get(kind, {})
        bold = style.get('bold', kind in ('sub', 'total'))
        ital = style.get('italic', False)
        for i, (k, t) in enumerate(lead):
            v = row['label'] if k == 'label' else row.get(k)
            if v is None:
                continue
            cell = ws.cell(r, left + i, v)
            if isinstance(v, float):
                cell.number_format = '0%'
            cell.font = f(bold=bold if kind != 'head' else spec.get('head_bold', True), italic=ital or (kind == 'head' and spec.get('head_italic', False)))
            ind = row.get('indent', 0)
            cell.alignment = Alignment(indent=ind, wrap_text=spec.get('wrap_label', False), vertical=spec.get('label_valign'))
        for j, k in enumerate(T.keys):
            if k not in row['vals'] or row['vals'][k] is None:
                continue
            v = row['vals'][k]
            cell = ws.cell(r, left + len(lead) + j, v / T.scale if T.scale != 1 else v)
            cell.number_format = spec.get('colfmt', {}).get(k, fmt)
            cell.font = f(bold=bold, italic=ital)
            if kind in ('sub', 'total') and style.get('rule', True):
                cell.border = Border(top=THIN, bottom=MED if kind == 'total' and spec.get('double', True) else None)
        for i, (k, t) in enumerate(trail):
            v = row.get(k)
            if v is None:
                continue
            cell = ws.cell(r, left + len(lead) + len(T.keys) + i, v)
            cell.font = f(size=max(fs - 1, 7))
            cell.alignment = Alignment(wrap_text=True, vertical='top')
        if row.get('height'):
            ws.row_dimensions[r].height = row['height']
        elif spec.get('row_height'):
            ws.row_dimensions[r].height = spec['row_height']
        row['_r'] = r
        r += 1
    for line, kw in spec.get('below', []):
        r += 1 if kw.pop('gap', False) else 0
        ws.cell(r, left, line).font = f(**kw)
        r += 1
    return r


def page(ws, orient='portrait', fit=True, titles=None, paper=9):
    ws.sheet_view.showGridLines = False
    ws.page_setup.orientation = orient
    ws.page_setup.paperSize = paper
    if fit:
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
    if titles:
        ws.print_title_rows = titles
    ws.oddFooter.center.text = 'Pagina &P van &N'
    ws.oddFooter.center.size = 8


def fmt_nl(pos, neg='-', nil='"-"'):
    if neg == '()':
        return '[$-413]%s;(%s);%s' % (pos, pos, nil)
    return '[$-413]%s;-%s;%s' % (pos, pos, nil)


# ---------------------------------------------------------------- tables
def rnd(seed):
    return random.Random(seed)


def t01():
    """gemeente: onderhoud wegen per kern en wijk (beheerplan wegen / paragraaf kapitaalgoederen)."""
    R = rnd(1)
    T = Table([('am2', 'Asfalt m²'), ('aeur', 'Asfalt €'), ('em2', 'Elementen m²'), ('eeur', 'Elementen €'), ('tot', 'Totaal €')])
    kernen = [('Oosterwolde', ['Centrum', 'Noordelijk Lint', 'De Esch', 'Bremenhoek', 'Industrieterrein Oost']),
              ('Haulerwijk', ['Dorpskern', 'Zuiderveld', 'Sportpark en omgeving']),
              ('Makkinga', ['Dorpskern', 'Buitengebied West', 'Buitengebied Oost', 'Recreatieterrein'])]
    subs = []
    for ki, (k, wijken) in enumerate(kernen):
        T.row('h%d' % ki, k, 'head')
        items = []
        for wi, w in enumerate(wijken):
            am2 = R.randint(800, 9500)
            em2 = R.randint(300, 7200)
            items.append(T.row('w%d_%d' % (ki, wi), '   ' + w, 'item',
                               dict(am2=am2, aeur=am2 * R.randint(18, 31) + R.randint(0, 9), em2=em2, eeur=em2 * R.randint(24, 42) + R.randint(0, 9))))
        s = T.row('s%d' % ki, 'Totaal %s' % k, 'sub')
        T.vsum(s, items)
        subs.append(s)
        T.row('b%d' % ki, '', 'blank')
    g = T.row('g', 'Totaal gemeente', 'total')
    T.vsum(g, subs)
    T.hrel('tot', [(1, 'aeur'), (1, 'eeur')])
    T.fill()
    spec = dict(font='Arial', size=10, fmt=fmt_nl('#,##0'), label_title='Kern / wijk',
                above=[('Gemeente Ooststellingwerf-Noord (fictief) - Jaarstukken 2025', dict(bold=True, size=13)),
                       ('Paragraaf onderhoud kapitaalgoederen: uitgevoerd groot onderhoud wegen 2025 per kern en wijk', dict(size=11)),
                       ('', {})],
                header=[[('Asfaltverharding', 2), ('Elementenverharding', 2), ('Totaal', 1)],
                        [('m²', 1), ('€', 1), ('m²', 1), ('€', 1), ('€', 1)]],
                styles=dict(sub=dict(bold=False, italic=True), total=dict(bold=False, italic=True)),
                below=[('Bron: wegbeheersysteem, stand 31 december 2025. Bedragen exclusief BTW.', dict(italic=True, size=8, gap=True))])
    return [(T, spec)], None, dict(orient='portrait', widths=[34, 11, 12, 11, 12, 13]), dict(p1=('w0_2', 'aeur'), tot=('g', 'eeur', 10000), dele='w2_1', sub=('s1', 'am2', 1000))


def t02():
    """GR/gemeente: leerlingenvervoer per vervoersvorm, twee jaren begroot/realisatie, plus aantallen."""
    R = rnd(2)
    cols = [('b24', '2024 Begroot'), ('r24', '2024 Realisatie'), ('b25', '2025 Begroot'), ('r25', '2025 Realisatie'), ('v25', 'Verschil 2025')]
    T = Table(cols)
    groups = [('Aangepast vervoer (taxi en busjes)', ['Basisonderwijs', 'Speciaal basisonderwijs', 'Speciaal onderwijs (SO)', 'Voortgezet speciaal onderwijs (VSO)'], 'Subtotaal aangepast vervoer'),
              ('Vergoedingen', ['Vergoeding openbaar vervoer', 'Eigen vervoer (kilometervergoeding)', 'Fietsvergoeding', 'Begeleiding in het openbaar vervoer'], 'Subtotaal vergoedingen'),
              ('Uitvoering', ['Regie en contractmanagement', 'Indicatiestelling en advies'], 'Subtotaal uitvoering')]
    subs = []
    for gi, (h, items, sl) in enumerate(groups):
        T.row('h%d' % gi, h, 'head')
        ids = []
        for ii, it in enumerate(items):
            base = R.randint(20, 900) * 1000 + R.randint(0, 999)
            ids.append(T.row('i%d_%d' % (gi, ii), it, 'item', dict(b24=base, r24=base + R.randint(-40000, 60000), b25=base + R.randint(0, 50000), r25=base + R.randint(-30000, 90000))))
        s = T.row('s%d' % gi, sl, 'sub')
        T.vsum(s, ids, ['b24', 'r24', 'b25', 'r25', 'v25'])
        subs.append(s)
    T.row('x0', '', 'blank')
    tl = T.row('tl', 'Totaal lasten', 'total')
    T.vsum(tl, subs, ['b24', 'r24', 'b25', 'r25', 'v25'])
    eb = T.row('eb', 'Eigen bijdragen ouders', 'item', dict(b24=-41500, r24=-38712, b25=-42000, r25=-44109))
    ns = T.row('ns', 'Nadelig saldo', 'total')
    T.vsum(ns, [tl, eb], ['b24', 'r24', 'b25', 'r25', 'v25'])
    T.hrel('v25', [(1, 'r25'), (-1, 'b25')])
    T.fill()
    # second small table below: aantal leerlingen
    T2 = Table([('n24', 'Aantal leerlingen 2024'), ('n25', 'Aantal leerlingen 2025')])
    ids = []
    for i, (lab, a) in enumerate([('Aangepast vervoer', 412), ('Openbaar vervoer', 188), ('Eigen vervoer', 97), ('Fiets', 64), ('Begeleiding OV', 23)]):
        ids.append(T2.row('n%d' % i, lab, 'item', dict(n24=a, n25=a + R.randint(-15, 25))))
    t = T2.row('nt', 'Totaal', 'total')
    T2.vsum(t, ids)
    T2.fill()
    spec = dict(font='Calibri', size=11, fmt=fmt_nl('#,##0'), label_title='',
                above=[('Regionaal Bureau Leerlingenvervoer Zuid-Kempen (fictief)', dict(bold=True, size=14)),
                       ('Jaarrekening 2025 - lasten leerlingenvervoer per vervoersvorm (bedragen in €)', dict(size=11)),
                       ('', {})],
                header=[[('2024', 2), ('2025', 2), (None, 1)], [('Begroot', 1), ('Realisatie', 1), ('Begroot', 1), ('Realisatie', 1), ('Verschil', 1)]],
                styles=dict(head=dict()), head_italic=True, head_bold=False)
    spec2 = dict(font='Calibri', size=11, fmt=fmt_nl('#,##0'), label_title='Vervoersvorm',
                 above=[('', {}), ('Aantal vervoerde leerlingen (peildatum 1 oktober)', dict(bold=True))],
                 header=[[('2024', 1), ('2025', 1)]],
                 below=[('Verschil = realisatie min begroot; een negatief verschil is voordelig.', dict(italic=True, size=9, gap=True))])
    return [(T, spec), (T2, spec2)], None, dict(orient='portrait', widths=[44, 13, 13, 13, 13, 12]), dict(p1=('i1_1', 'r25'), tot=('tl', 'b25', 100000), dele='i0_2', sub=('s2', 'r24', 5000))


def t03():
    """gemeente: energieverbruik en -kosten per gebouw, met een tabel eigen opwek ernaast."""
    R = rnd(3)
    T = Table([('kwh', 'Elektriciteit kWh'), ('m3', 'Gas m³'), ('eel', 'Kosten elektriciteit'), ('egas', 'Kosten gas'), ('etot', 'Kosten totaal')])
    gebouwen = ['Stadhuis', 'Stadskantoor Vlietweg', 'Gemeentewerf', 'Sporthal De Brug', 'Sporthal Het Ven', 'Zwembad De Wetering',
                'Bibliotheek Centrum', 'MFA De Kiem', 'MFA Zuidrand', 'Cultureel centrum De Schouw', 'Kinderboerderij', 'Begraafplaats (aula)',
                'Openbare verlichting (aansluitingen)', 'Gemalen en pompen riolering']
    ids = []
    for i, g in enumerate(gebouwen):
        kwh = R.randint(9000, 640000)
        m3 = 0 if 'verlichting' in g or 'Gemalen' in g else R.randint(2000, 160000)
        ids.append(T.row('g%d' % i, g, 'item', dict(kwh=kwh, m3=m3, eel=round(kwh * 0.27) + R.randint(-99, 99), egas=round(m3 * 1.31))))
    t = T.row('t', 'Totaal', 'total')
    T.vsum(t, ids)
    T.hrel('etot', [(1, 'eel'), (1, 'egas')])
    T.fill()
    T2 = Table([('pan', 'Panelen'), ('opw', 'Opwek kWh')])
    ids2 = []
    for i, (g, p) in enumerate([('Stadhuis', 212), ('Gemeentewerf', 480), ('Sporthal De Brug', 356), ('MFA De Kiem', 140), ('Zwembad De Wetering', 610)]):
        ids2.append(T2.row('z%d' % i, g, 'item', dict(pan=p, opw=p * R.randint(310, 360))))
    tz = T2.row('zt', 'Totaal', 'total')
    T2.vsum(tz, ids2)
    T2.fill()
    spec = dict(font='Verdana', size=8, fmt=fmt_nl('#,##0'), label_title='Gebouw / object',
                above=[('Gemeente Veldhoven-Dommel (fictief)', dict(bold=True, size=12)),
                       ('Energieverbruik en energiekosten gemeentelijke gebouwen 2025 (kosten in €, incl. energiebelasting)', dict(size=9)),
                       ('', {})],
                header=[[('Verbruik', 2), ('Kosten (€)', 3)], [('kWh', 1), ('m³ gas', 1), ('Elektriciteit', 1), ('Gas', 1), ('Totaal', 1)]],
                below=[('Gas in m³ Groningen-equivalent; openbare verlichting en gemalen zonder gasaansluiting.', dict(size=7, italic=True, gap=True))])
    spec2 = dict(font='Verdana', size=8, fmt=fmt_nl('#,##0'), label_title='Locatie',
                 above=[('Eigen opwek zonnepanelen', dict(bold=True, size=9)), ('', {}), ('', {})],
                 header=[[('Aantal', 1), ('Opwek', 1)], [('panelen', 1), ('kWh', 1)]])
    return [(T, spec, 1, 1), (T2, spec2, 1, 9)], None, dict(orient='landscape', widths=[32, 11, 10, 12, 10, 12, 3, 3, 22, 9, 10]), dict(p1=('g4', 'm3'), tot=('t', 'kwh', 100000), dele='g7', sub=('g10', 'eel', 20000))


def t04():
    """gemeente: weerstandsvermogen, beschikbare en benodigde capaciteit, x € 1 miljoen met één decimaal."""
    T = Table([('j25', 'Jaarrekening 2025'), ('b26', 'Begroting 2026'), ('b27', 'Begroting 2027')], unit=0.1, scale=10)
    inc = [('Algemene reserve (vrij besteedbaar)', (412, 388, 371)), ('Reserve grondexploitatie (boven minimum)', (57, 49, 52)),
           ('Stille reserves (verkoopbare panden)', (38, 38, 31)), ('Vrij deel bestemmingsreserves', (76, 64, 60))]
    st = [('Onbenutte belastingcapaciteit OZB', (93, 98, 104)), ('Onbenutte ruimte rioolheffing', (12, 9, 7)),
          ('Post onvoorzien', (4, 4, 4)), ('Ruimte in begrotingssaldo', (0, 18, 23))]
    T.row('hi', 'Incidentele weerstandscapaciteit', 'head')
    ii = [T.row('i%d' % i, '  ' + l, 'item', dict(zip(['j25', 'b26', 'b27'], v))) for i, (l, v) in enumerate(inc)]
    si = T.row('si', '', 'sub', alias='Incidentele weerstandscapaciteit')
    T.vsum(si, ii)
    T.row('hs', 'Structurele weerstandscapaciteit', 'head')
    ss = [T.row('s%d' % i, '  ' + l, 'item', dict(zip(['j25', 'b26', 'b27'], v))) for i, (l, v) in enumerate(st)]
    ssub = T.row('ss', '', 'sub', alias='Structurele weerstandscapaciteit')
    T.vsum(ssub, ss)
    T.row('bx', '', 'blank')
    tt = T.row('tt', 'Totale beschikbare weerstandscapaciteit', 'total')
    T.vsum(tt, [si, ssub])
    T.fill()
    T2 = Table([('kans', 'Kans'), ('max', 'Maximaal bedrag'), ('ben', 'Benodigd')], unit=0.1, scale=10)
    risks = [('Open-einderegelingen jeugdzorg', 50, 82), ('Wmo huishoudelijke ondersteuning', 50, 45), ('Grondexploitatie De Hoven fase 2', 25, 96),
             ('Garantstellingen sportverenigingen', 10, 31), ('Planschade en claims', 25, 18), ('Loon- en prijsstijgingen boven index', 75, 27),
             ('Bodemsanering voormalige stortplaats', 10, 64), ('Cyberincidenten en datalekken', 25, 12)]
    rid = []
    for i, (l, k, m) in enumerate(risks):
        ben = round(m * k / 100)
        rid.append(T2.row('r%d' % i, l, 'item', dict(kans=None, max=m, ben=ben), kans=k / 100))
    rt = T2.row('rt', 'Totaal benodigde weerstandscapaciteit', 'total')
    T2.vsum(rt, rid, ['max', 'ben'])
    T2.fill()
    for r in T2.rows:
        if r['kind'] == 'item':
            r['vals']['kans'] = None
    T2.keys = ['max', 'ben']
    ratio = '%.1f' % (T.byid()['tt']['vals']['b26'] / 10)
    bn = '%.1f' % (T2.byid()['rt']['vals']['ben'] / 10)
    rv = '%.1f' % (T.byid()['tt']['vals']['b26'] / T2.byid()['rt']['vals']['ben'])
    spec = dict(font='Georgia', size=10, fmt=fmt_nl('#,##0.0'), label_title='Beschikbaar',
                above=[('Provincie-gemeente Rijnwaarden-Oost (fictief) - Programmabegroting 2026', dict(bold=True, size=12)),
                       ('Paragraaf weerstandsvermogen en risicobeheersing', dict(size=11)),
                       ('bedragen x € 1 miljoen', dict(italic=True, size=9))],
                header=[[('Jaarrekening 2025', 1), ('Begroting 2026', 1), ('Begroting 2027', 1)]], wrap_hdr=True, hdr_height=28,
                head_italic=True, head_bold=False)
    spec2 = dict(font='Georgia', size=10, fmt=fmt_nl('#,##0.0'), lead=[('label', 'Risico'), ('kans', 'Kans')],
                 colfmt=dict(), above=[('', {}), ('Benodigde weerstandscapaciteit (top-8 risico\'s, begroting 2026)', dict(bold=True))],
                 header=[[('Maximaal bedrag', 1), ('Benodigd', 1)]], wrap_hdr=True, hdr_height=28,
                 below=[('Ratio weerstandsvermogen 2026 = %s / %s = %s' % (ratio.replace('.', ','), bn.replace('.', ','), rv.replace('.', ',')), dict(size=9, gap=True))])
    return [(T, spec), (T2, spec2)], None, dict(orient='portrait', widths=[46, 12, 12, 12]), dict(p1=('i1', 'b26'), tot=('tt', 'b27', 10), dele='s2', sub=('si', 'j25', 20))


def t05():
    """gemeente: ouderdomsanalyse vorderingen (jaarrekening, toelichting op de balans)."""
    R = rnd(5)
    T = Table([('d30', '0-30 dagen'), ('d90', '31-90 dagen'), ('d365', '91-365 dagen'), ('d1j', '> 1 jaar'), ('tot', 'Totaal'),
               ('vz', 'Voorziening dubieuze debiteuren'), ('net', 'Netto')])
    groups = [('Belastingdebiteuren', ['Onroerendezaakbelastingen', 'Rioolheffing', 'Hondenbelasting', 'Precariobelasting']),
              ('Sociaal domein', ['Terugvordering Participatiewet', 'Leenbijstand', 'Bbz-kredieten zelfstandigen', 'Terugvordering pgb Wmo']),
              ('Privaatrechtelijke vorderingen', ['Huur en pacht', 'Erfpacht', 'Overige debiteuren'])]
    subs = []
    for gi, (h, items) in enumerate(groups):
        T.row('h%d' % gi, h, 'head')
        ids = []
        for ii, it in enumerate(items):
            v = dict(d30=R.randint(2000, 380000), d90=R.randint(500, 90000), d365=R.randint(300, 70000), d1j=R.randint(0, 240000))
            v['vz'] = -round((v['d365'] * 0.5 + v['d1j'] * 0.9))
            ids.append(T.row('i%d_%d' % (gi, ii), it, 'item', v, indent=1))
        s = T.row('s%d' % gi, '', 'sub', alias=h)
        T.vsum(s, ids)
        subs.append(s)
        T.row('b%d' % gi, '', 'blank')
    g = T.row('g', 'Totaal vorderingen', 'total')
    T.vsum(g, subs)
    T.hrel('tot', [(1, 'd30'), (1, 'd90'), (1, 'd365'), (1, 'd1j')])
    T.hrel('net', [(1, 'tot'), (1, 'vz')])
    T.fill()
    spec = dict(font='Arial', size=9, fmt=fmt_nl('#,##0', '()'), label_title='Soort vordering',
                above=[('Gemeente Lingewaard-West (fictief) - Jaarrekening 2025', dict(bold=True, size=12)),
                       ('Toelichting op de balans: ouderdomsanalyse uitzettingen met een rentetypische looptijd korter dan één jaar (in €)', dict(size=9)),
                       ('', {})],
                header=[[('Ouderdom per 31-12-2025', 4), (None, 1), (None, 1), (None, 1)],
                        [('0-30 dagen', 1), ('31-90 dagen', 1), ('91-365 dagen', 1), ('> 1 jaar', 1), ('Totaal', 1), ('Voorziening dubieuze debiteuren', 1), ('Netto', 1)]],
                wrap_hdr=True, hdr_height=40)
    return [(T, spec)], None, dict(orient='landscape', widths=[38, 12, 12, 12, 12, 13, 15, 13]), dict(p1=('i1_0', 'd90'), tot=('g', 'tot', 100000), dele='i0_3', sub=('s1', 'd1j', 10000))


def t06():
    """GR omgevingsdienst: urenverantwoording per deelnemer en financiële afrekening."""
    R = rnd(6)
    deel = ['Aalten', 'Berkelland', 'Bronckhorst', 'Doetinchem', 'Lochem', 'Montferland', 'Oost Gelre', 'Oude IJsselstreek', 'Winterswijk',
            'Zutphen', 'Brummen', 'Apeldoorn-Noord (deel)', 'Provincie Gelderland']
    T = Table([('bb', 'Basistaken Begroot'), ('br', 'Basistaken Realisatie'), ('pb', 'Plustaken Begroot'), ('pr', 'Plustaken Realisatie'),
               ('tb', 'Totaal Begroot'), ('tr', 'Totaal Realisatie'), ('vs', 'Verschil')])
    ids = []
    for i, d in enumerate(deel):
        bb = R.randint(1800, 14000)
        pb = R.randint(200, 6000)
        ids.append(T.row('d%d' % i, d, 'item', dict(bb=bb, br=bb + R.randint(-600, 500), pb=pb, pr=pb + R.randint(-400, 700))))
    t = T.row('t', 'Totaal', 'total')
    T.vsum(t, ids)
    T.hrel('tb', [(1, 'bb'), (1, 'pb')])
    T.hrel('tr', [(1, 'br'), (1, 'pr')])
    T.hrel('vs', [(1, 'tr'), (-1, 'tb')])
    T.fill()
    T2 = Table([('vo', 'Voorschot 2025'), ('wk', 'Werkelijke kosten 2025'), ('sa', 'Saldo afrekening')])
    ids2 = []
    for i, d in enumerate(deel):
        vo = R.randint(180, 1900) * 1000
        ids2.append(T2.row('a%d' % i, d, 'item', dict(vo=vo, wk=vo + R.randint(-90000, 60000))))
    t2 = T2.row('at', 'Totaal', 'total')
    T2.vsum(t2, ids2)
    T2.hrel('sa', [(1, 'vo'), (-1, 'wk')])
    T2.fill()
    spec = dict(font='Calibri', size=11, fmt=fmt_nl('#,##0'), label_title='Deelnemer', row_height=19,
                above=[('Omgevingsdienst Achterhoek-IJssel (fictief)', dict(bold=True, size=14)),
                       ('Jaarverslag 2025 - geleverde uren per deelnemer', dict(size=11)), ('', {})],
                header=[[('Basistaken', 2), ('Plustaken', 2), ('Totaal uren', 2), (None, 1)],
                        [('Begroot', 1), ('Realisatie', 1), ('Begroot', 1), ('Realisatie', 1), ('Begroot', 1), ('Realisatie', 1), ('Verschil', 1)]])
    spec2 = dict(font='Calibri', size=11, fmt=fmt_nl('#,##0'), label_title='Deelnemer', row_height=19,
                 above=[('', {}), ('Financiële afrekening per deelnemer (in €)', dict(bold=True, size=12)), ('', {})],
                 header=[[('Voorschot 2025', 1), ('Werkelijke kosten', 1), ('Saldo afrekening', 1)]], wrap_hdr=True, hdr_height=30,
                 below=[('Een positief saldo wordt aan de deelnemer terugbetaald, een negatief saldo wordt nagevorderd.', dict(size=9, italic=True, gap=True))])
    return [(T, spec), (T2, spec2)], None, dict(orient='portrait', widths=[26, 11, 11, 11, 11, 11, 11, 10]), dict(p1=('d4', 'pr'), tot=('t', 'tb', 1000), dele='d9', sub=('d2', 'br', 1000))


def t07():
    """provincie: exploitatie openbaar vervoer per concessie, x € 1.000."""
    R = rnd(7)
    T = Table([('k', 'Kosten vervoerder'), ('ro', 'Reizigersopbrengsten'), ('et', 'Exploitatietekort'), ('bdu', 'BDU-bijdrage Rijk'),
               ('gem', 'Bijdrage gemeenten'), ('prov', 'Provinciale bijdrage')])
    groups = [('Busconcessies', ['Concessie Noord-Veluwe', 'Concessie Rivierenland', 'Concessie Stadsvervoer Arnhem-Nijmegen', 'Buurtbussen'], 'Subtotaal bus'),
              ('Regionale treinen', ['Lijn Zutphen-Winterswijk', 'Lijn Arnhem-Tiel'], 'Subtotaal trein'),
              ('Vraagafhankelijk vervoer', ['Regiotaxi', 'Hubtaxi', 'Sociaal-recreatief vervoer'], 'Subtotaal vraagafhankelijk')]
    subs = []
    for gi, (h, items, sl) in enumerate(groups):
        T.row('h%d' % gi, h, 'head')
        ids = []
        for ii, it in enumerate(items):
            k = R.randint(900, 48000)
            ro = round(k * R.uniform(0.1, 0.55))
            tek = k - ro
            bdu = round(tek * R.uniform(0.4, 0.8))
            gem = round(tek * R.uniform(0, 0.15)) if gi == 2 else 0
            ids.append(T.row('i%d_%d' % (gi, ii), it, 'item', dict(k=k, ro=ro, bdu=bdu, gem=gem)))
        s = T.row('s%d' % gi, sl, 'sub')
        T.vsum(s, ids)
        subs.append(s)
    g = T.row('g', 'Totaal openbaar vervoer', 'total')
    T.vsum(g, subs)
    T.hrel('et', [(1, 'k'), (-1, 'ro')])
    T.hrel('prov', [(1, 'et'), (-1, 'bdu'), (-1, 'gem')])
    T.fill()
    spec = dict(font='Times New Roman', size=10, fmt=fmt_nl('#,##0'), label_title='Concessie',
                above=[('Provincie Gelre-Veluwe (fictief) - Jaarstukken 2025', dict(bold=True, size=13)),
                       ('Programma 3 Bereikbaarheid: exploitatie openbaar vervoer per concessie', dict(size=11)),
                       ('bedragen x € 1.000', dict(italic=True, size=9))],
                header=[[('Kosten vervoerder', 1), ('Reizigers-opbrengsten', 1), ('Exploitatie-tekort', 1), ('BDU-bijdrage Rijk', 1), ('Bijdrage gemeenten', 1), ('Provinciale bijdrage', 1)]],
                wrap_hdr=True, hdr_height=42,
                below=[('Exploitatietekort = kosten - reizigersopbrengsten; provinciale bijdrage = tekort - BDU - gemeenten.', dict(size=8, gap=True))])
    return [(T, spec)], None, dict(orient='portrait', widths=[40, 11, 12, 11, 11, 11, 11]), dict(p1=('i0_1', 'ro'), tot=('g', 'k', 1000), dele='i2_1', sub=('s0', 'bdu', 500))


def t08():
    """veiligheidsregio: incidenten per gemeente naar soort, districten, totalen cursief."""
    R = rnd(8)
    T = Table([('bb', 'Brand Binnen'), ('bu', 'Brand Buiten'), ('ho', 'Hulpverlening Ongeval'), ('hd', 'Hulpverlening Dier'), ('hw', 'Hulpverlening Water en overig'),
               ('lo', 'Loos alarm OMS'), ('lv', 'Loos alarm Overig'), ('tot', 'Totaal')])
    districts = [('District Noord', ['Heerenveen', 'Weststellingwerf', 'Ooststellingwerf', 'Opsterland']),
                 ('District Midden', ['Smallingerland', 'Tytsjerksteradiel', 'Achtkarspelen', 'Dantumadiel']),
                 ('District Zuid', ['De Fryske Marren', 'Súdwest-Fryslân', 'Harlingen', 'Waadhoeke'])]
    subs = []
    for di, (d, gems) in enumerate(districts):
        T.row('h%d' % di, d, 'head')
        ids = []
        for gi, gm in enumerate(gems):
            ids.append(T.row('g%d_%d' % (di, gi), gm, 'item', dict(bb=R.randint(20, 160), bu=R.randint(15, 140), ho=R.randint(10, 120), hd=R.randint(2, 30),
                                                               hw=R.randint(5, 90), lo=R.randint(20, 310), lv=R.randint(5, 60)), indent=1))
        s = T.row('s%d' % di, 'Totaal ' + d.replace('District', 'district'), 'sub')
        T.vsum(s, ids)
        subs.append(s)
    g = T.row('g', 'Totaal veiligheidsregio', 'total')
    T.vsum(g, subs)
    T.hrel('tot', [(1, k) for k in ['bb', 'bu', 'ho', 'hd', 'hw', 'lo', 'lv']])
    T.fill()
    spec = dict(font='Arial', size=9, fmt=fmt_nl('#,##0'), label_title='Gemeente',
                above=[('Veiligheidsregio Fryslân-Zuid (fictief) - Jaarverslag 2025', dict(bold=True, size=12)),
                       ('Aantal incidenten waarvoor de brandweer is gealarmeerd, per gemeente en soort incident', dict(size=9)), ('', {})],
                header=[[('Brand', 2), ('Hulpverlening', 3), ('Loos alarm', 2), (None, 1)],
                        [('Binnen', 1), ('Buiten', 1), ('Ongeval', 1), ('Dier', 1), ('Water en overig', 1), ('OMS', 1), ('Overig', 1), ('Totaal', 1)]],
                styles=dict(sub=dict(bold=False, italic=True), total=dict(bold=False, italic=True)), wrap_hdr=True, hdr_height=26,
                below=[('OMS = openbaar meldsysteem (automatische brandmelding). Bron: meldkamer, incidentregistratie 2025.', dict(size=8, gap=True))])
    return [(T, spec)], None, dict(orient='landscape', widths=[30, 9, 9, 10, 9, 11, 9, 9, 10], titles=True), dict(p1=('g1_2', 'hd'), tot=('g', 'tot', 100), dele='g2_0', sub=('s1', 'lo', 50))


def t09():
    """gemeente: parkeerexploitatie per product met toelichting in hoge rijen, voordelig saldo."""
    R = rnd(9)
    T = Table([('bs', 'Begroot saldo 2025'), ('op', 'Opbrengsten'), ('la', 'Lasten'), ('sr', 'Saldo realisatie'), ('af', 'Afwijking')])
    groups = [('Parkeergarages', [('Garage Stadhuisplein', 'Bezetting 61% (begroot 68%); hogere energiekosten na renovatie liften.'),
                                  ('Garage Stationskwartier', 'Nieuwe tariefstructuur per 1 april; abonnementen boven verwachting.'),
                                  ('Garage Havenkwartier', 'Eerste volledige jaar; aanloopverlies conform raadsvoorstel.')], 'Subtotaal garages'),
              ('Straatparkeren', [('Betaald parkeren zone A (centrum)', 'Meer digitale transacties; lagere kosten automaten.'),
                                  ('Betaald parkeren zone B (schil)', None),
                                  ('Blauwe zone en venstertijden', 'Alleen handhavingskosten, geen opbrengsten.')], 'Subtotaal straatparkeren'),
              ('Vergunningen en handhaving', [('Bewonersvergunningen', 'Aantal vergunningen 2.140 (2024: 2.012).'),
                                              ('Naheffingsaanslagen', 'Inhuur handhavers bij ziekte; opbrengst naheffingen lager dan begroot.')], 'Subtotaal vergunningen en handhaving')]
    subs = []
    for gi, (h, items, sl) in enumerate(groups):
        T.row('h%d' % gi, h, 'head')
        ids = []
        for ii, (it, tx) in enumerate(items):
            op = 0 if 'Blauwe' in it else R.randint(80, 2600) * 1000 + R.randint(0, 999)
            la = R.randint(60, 1900) * 1000 + R.randint(0, 999)
            bs = op - la + R.randint(-90000, 90000)
            ids.append(T.row('i%d_%d' % (gi, ii), it, 'item', dict(bs=bs, op=op, la=la), toel=tx, height=42 if tx and len(tx) > 48 else (28 if tx else None)))
        s = T.row('s%d' % gi, sl, 'sub')
        T.vsum(s, ids)
        subs.append(s)
    T.row('bx', '', 'blank')
    g = T.row('g', 'Voordelig saldo parkeerexploitatie', 'total')
    T.vsum(g, subs)
    T.hrel('sr', [(1, 'op'), (-1, 'la')])
    T.hrel('af', [(1, 'sr'), (-1, 'bs')])
    T.fill()
    assert T.byid()['g']['vals']['sr'] > 0
    spec = dict(font='Calibri', size=10, fmt=fmt_nl('#,##0', '()'), label_title='Product', trail=[('toel', 'Toelichting')],
                above=[('Gemeente Zeestad (fictief) - Tweede tussenrapportage 2025', dict(bold=True, size=13)),
                       ('Parkeerexploitatie: prognose per product (bedragen in €, nadelig tussen haakjes)', dict(size=10)), ('', {})],
                header=[[('Begroot saldo', 1), ('Prognose 2025', 3), (None, 1)], [(None, 1), ('Opbrengsten', 1), ('Lasten', 1), ('Saldo', 1), ('Afwijking', 1)]],
                wrap_hdr=True)
    return [(T, spec)], None, dict(orient='portrait', widths=[34, 12, 12, 12, 12, 11, 38]), dict(p1=('i0_0', 'la'), tot=('g', 'bs', 100000), dele='i1_1', sub=('s1', 'op', 40000))


def t10():
    """gemeente: staat van verkochte objecten (vastgoed) met boekresultaat, over twee pagina's."""
    R = rnd(10)
    T = Table([('vp', 'Verkoopprijs'), ('bw', 'Boekwaarde'), ('vk', 'Verkoopkosten'), ('br', 'Boekresultaat')])
    straten = ['Kerkstraat', 'Molenweg', 'Dorpsstraat', 'Schoolstraat', 'Julianalaan', 'Beatrixstraat', 'Nieuwstraat', 'Veldweg', 'Esdoornlaan',
               'Lindelaan', 'Stationsweg', 'Parallelweg', 'Havenstraat', 'Burgemeester Visserlaan', 'Eikenlaan', 'Populierenweg', 'Raadhuisplein',
               'Kanaaldijk', 'Marktplein', 'Zandstraat']
    groups = [('Woningen', 13, 'W', (165, 420)), ('Maatschappelijk vastgoed', 7, 'M', (240, 1650)), ('Gronden en snippergroen', 19, 'G', (2, 140))]
    subs = []
    n = 0
    for gi, (h, cnt, pre, (lo, hi)) in enumerate(groups):
        T.row('h%d' % gi, h, 'head')
        ids = []
        for ii in range(cnt):
            st = straten[(ii * 7 + gi * 3) % len(straten)]
            lab = ('%s %d' % (st, R.randint(1, 180))) if pre != 'G' else ('Perceel %s (%s)' % (R.choice(['A', 'B', 'C', 'K']) + str(R.randint(1000, 9999)), st))
            if pre == 'M':
                lab = ['Voormalige school ' + st, 'Dorpshuis ' + st, 'Gymzaal ' + st, 'Kantoorpand ' + st, 'Voormalig raadhuis', 'Peuterspeelzaal ' + st, 'Opslagloods ' + st][ii]
            vp = R.randint(lo, hi) * 1000 + R.choice([0, 0, 500, 250])
            bw = round(vp * R.uniform(0.3, 1.15))
            vk = R.randint(400, 9000) if pre != 'G' else R.randint(150, 1200)
            n += 1
            ids.append(T.row('i%d_%d' % (gi, ii), lab, 'item', dict(vp=vp, bw=bw, vk=vk), code='%s25-%02d' % (pre, ii + 1)))
        s = T.row('s%d' % gi, 'Subtotaal ' + h.lower(), 'sub')
        T.vsum(s, ids)
        subs.append(s)
        T.row('b%d' % gi, '', 'blank')
    g = T.row('g', 'Totaal verkopen 2025', 'total')
    T.vsum(g, subs)
    T.hrel('br', [(1, 'vp'), (-1, 'bw'), (-1, 'vk')])
    T.fill()
    spec = dict(font='Arial', size=11, fmt=fmt_nl('#,##0'), lead=[('code', 'Nr.'), ('label', 'Object')], row_height=24,
                above=[('Gemeente Bergen-Maasland (fictief) - Jaarstukken 2025', dict(bold=True, size=13)),
                       ('Bijlage: staat van verkochte gemeentelijke eigendommen 2025 (in €)', dict(size=11)), ('', {})],
                header=[[('Verkoopprijs', 1), ('Boekwaarde', 1), ('Verkoopkosten', 1), ('Boekresultaat', 1)]],
                below=[('Boekresultaat = verkoopprijs - boekwaarde - verkoopkosten; een boekverlies is negatief.', dict(size=9, gap=True))])
    return [(T, spec)], None, dict(orient='portrait', widths=[8, 34, 12, 12, 12, 13], titles=True, fit=True, tall=3), dict(p1=('i2_4', 'bw'), tot=('g', 'vk', 10000), dele='i0_6', sub=('s2', 'vp', 10000))


TABLES = [('t01_onderhoud_wegen', t01, 'gemeente jaarstukken: onderhoud wegen per kern en wijk'),
          ('t02_leerlingenvervoer', t02, 'jaarrekening: leerlingenvervoer per vervoersvorm'),
          ('t03_energiekosten_gebouwen', t03, 'gemeente: energieverbruik en -kosten per gebouw'),
          ('t04_weerstandsvermogen', t04, 'begroting: paragraaf weerstandsvermogen (x € 1 miljoen)'),
          ('t05_ouderdom_vorderingen', t05, 'jaarrekening: ouderdomsanalyse vorderingen'),
          ('t06_od_urenverantwoording', t06, 'omgevingsdienst: uren en afrekening per deelnemer'),
          ('t07_prov_ov_concessies', t07, 'provincie: exploitatie openbaar vervoer per concessie'),
          ('t08_vr_incidenten', t08, 'veiligheidsregio: incidenten per gemeente en soort'),
          ('t09_parkeerexploitatie', t09, 'tussenrapportage: parkeerexploitatie per product'),
          ('t10_verkopen_vastgoed', t10, 'jaarstukken: staat van verkochte objecten')]


def normalize(res):
    parts, _, layout, alts = res
    out = []
    for p in parts:
        T, spec = p[0], p[1]
        pos = (p[2], p[3]) if len(p) > 2 else None
        out.append((T, spec, pos))
    return out, layout, alts


def write(name, parts, layout):
    wb = Workbook()
    ws = wb.active
    ws.title = layout.get('sheet', 'Tabel')
    r = 1
    titles = None
    for T, spec, pos in parts:
        spec = copy.deepcopy(spec)
        if pos:
            nr = write_table(ws, T, pos[0], pos[1], spec)
        else:
            nr = write_table(ws, T, r, 1, spec)
            r = nr
        if titles is None:
            titles = spec['_hdr_rows']
    for i, w in enumerate(layout['widths']):
        ws.column_dimensions[get_column_letter(i + 1)].width = w
    page(ws, layout['orient'], layout.get('fit', True), '%d:%d' % titles if layout.get('titles') else None)
    if layout.get('tall'):
        ws.page_setup.fitToHeight = layout['tall']
    wb.save(os.path.join(HERE, 'xlsx', name))


def main():
    os.makedirs(os.path.join(HERE, 'xlsx'), exist_ok=True)
    truth = {}
    for base, fn, kind in TABLES:
        parts, layout, alts = normalize(fn())
        T0 = parts[0][0]
        variants = [('clean', None)] + [(v, alts[k]) for v, k in (('p1', 'p1'), ('tot', 'tot'), ('del', 'dele'), ('sub', 'sub'))]
        for v, a in variants:
            ps = [(copy.deepcopy(T), s, p) for T, s, p in parts]
            T = ps[0][0]
            b = T.byid()
            altered = None
            if v == 'p1':
                rid, c = a
                b[rid]['vals'][c] += 1
                altered = dict(label=b[rid]['label'].strip(), column=T.title[c], action='+1')
            elif v in ('tot', 'sub'):
                rid, c, d = a
                old = b[rid]['vals'][c]
                b[rid]['vals'][c] += d
                altered = dict(label=b[rid]['label'].strip() or b[rid].get('alias'), column=T.title[c],
                               action='%s -> %s' % (old / T.scale, b[rid]['vals'][c] / T.scale))
            elif v == 'del':
                altered = dict(label=b[a]['label'].strip(), column=None, action='row deleted')
                T.rows = [r for r in T.rows if r['id'] != a]
            fname = base + ('' if v == 'clean' else '_' + v) + '.xlsx'
            failing = []
            for TT, _, _ in ps:
                failing += TT.failing()
            if v == 'clean':
                assert not failing
            else:
                assert failing, fname
            write(fname, ps, layout)
            if altered and v != 'del':
                rr = T.byid()[a[0]]
                col = T.keys.index([k for k in T.keys if T.title[k] == altered['column']][0])
                lead = len(ps[0][1].get('lead', [('label', '')]))
                left = ps[0][2][1] if ps[0][2] else 1
                altered['cell'] = '%s%d' % (get_column_letter(left + lead + col), rr['_r'])
            truth[fname] = dict(kind=kind, variant=v, failing=failing, **({'altered': altered} if altered else {}))
    json.dump(dict(files=truth), open(os.path.join(HERE, 'truth.json'), 'w'), indent=1, ensure_ascii=False)
    print('%d files, %d failing totals' % (len(truth), sum(len(t['failing']) for t in truth.values())))


if __name__ == '__main__':
    main()
