#!/usr/bin/env python3
"""Build sealed-trial35: ten Dutch public-sector tables x 5 variants + truth.json.

Run with /work/main/.venv/bin/python build.py (openpyxl only).
Every figure is held as an integer in the table's printed unit (cents in t02); the cells hold exactly
the printed value, so printed == stored.
"""
import copy
import json
import os
import random

from openpyxl import Workbook
from openpyxl.formatting.rule import DataBarRule
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter as L
from openpyxl.worksheet.properties import PageSetupProperties

HERE = os.path.dirname(os.path.abspath(__file__))
XDIR = os.path.join(HERE, 'xlsx')

THIN = Side(style='thin')
MED = Side(style='medium')
DBL = Side(style='double')
NL0 = '[$-413]#,##0;-#,##0'


class Row:
    def __init__(self, id, label, kind='line', vals=None, code=None, ops=None):
        self.id, self.label, self.kind, self.code = id, label, kind, code
        self.vals = dict(vals or {})
        self.ops = ops  # vertical operands (row ids) for sub/total rows


class Table:
    def __init__(self, name, kind, cols, scale=1):
        self.name, self.kind, self.cols, self.scale = name, kind, cols, scale  # cols: [(key, printed title)]
        self.rows = []
        self.rrel = {}  # col -> [(coef, col)]
        self.rrel_skip = {}  # col -> set of row ids where the row relation does not apply
        self.alt = {}

    def title(self, key):
        return dict(self.cols)[key]

    def add(self, *a, **k):
        r = Row(*a, **k)
        self.rows.append(r)
        return r


def compute(t):
    """Fill derived columns of lines, then vertical sums (targets after operands), then derived of totals."""
    byid = {r.id: r for r in t.rows}
    for r in t.rows:
        if r.ops is None and r.kind == 'line':
            for c, terms in t.rrel.items():
                if r.id in t.rrel_skip.get(c, ()):
                    continue
                if all(cc in r.vals for _, cc in terms):
                    r.vals[c] = sum(k * r.vals[cc] for k, cc in terms)
    done = set(r.id for r in t.rows if r.ops is None)
    pending = [r for r in t.rows if r.ops is not None]
    while pending:
        for r in list(pending):
            if all(o in done for o in r.ops):
                for c in r.vals:
                    r.vals[c] = sum(byid[o].vals.get(c, 0) for o in r.ops)
                done.add(r.id)
                pending.remove(r)


def failing(t, rows):
    ids = set(r.id for r in rows)
    byid = {r.id: r for r in rows}
    out = {}

    def add(r, c, printed, true):
        key = (r.id, c)
        if key in out:
            if true != out[key]['true_u'] and true not in out[key].setdefault('other_u', []):
                out[key]['other_u'].append(true)
            return
        out[key] = dict(row=r, col=c, printed_u=printed, true_u=true)

    for r in rows:
        if r.ops is not None:
            ops = [o for o in r.ops if o in ids]
            for c, v in r.vals.items():
                true = sum(byid[o].vals.get(c, 0) for o in ops)
                if true != v:
                    add(r, c, v, true)
        for c, terms in t.rrel.items():
            if c in r.vals and r.id not in t.rrel_skip.get(c, ()) and all(cc in r.vals for _, cc in terms):
                true = sum(k * r.vals[cc] for k, cc in terms)
                if true != r.vals[c]:
                    add(r, c, r.vals[c], true)
    order = {r.id: i for i, r in enumerate(rows)}
    colord = {c: i for i, (c, _) in enumerate(t.cols)}
    res = []
    for (rid, c), f in sorted(out.items(), key=lambda kv: (order[kv[0][0]], colord[kv[0][1]])):
        e = dict(label=f['row'].label.strip(), column=t.title(c), printed=num(f['printed_u'], t.scale),
                 true=num(f['true_u'], t.scale), unit=num(1, t.scale))
        if f.get('other_u'):
            e['true_other'] = [num(x, t.scale) for x in f['other_u']]
        if f['row'].code:
            e['code'] = f['row'].code
        res.append(e)
    return res


def num(u, scale):
    if scale == 1:
        return u
    return round(u * scale, 2)


def fmtn(u, scale):
    return str(u) if scale == 1 else '%.2f' % (u * scale)


def cellval(u, scale):
    return u if scale == 1 else round(u * scale, 2)


# ----------------------------------------------------------------------------- rendering helpers
def setup(ws, landscape=False, fit_width=True, scale=None, font_rows=None, print_title=None):
    ws.sheet_view.showGridLines = False
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = 'landscape' if landscape else 'portrait'
    if fit_width:
        ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
    if scale:
        ws.page_setup.scale = scale
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    if print_title:
        ws.print_title_rows = print_title


def put(ws, r, c, v, font=None, fmt=None, align=None, fill=None, border=None):
    cell = ws.cell(row=r, column=c, value=v)
    if font:
        cell.font = font
    if fmt:
        cell.number_format = fmt
    if align:
        cell.alignment = align
    if fill:
        cell.fill = fill
    if border:
        cell.border = border
    return cell


def fill(hexc):
    return PatternFill('solid', start_color=hexc, end_color=hexc)


RIGHT = Alignment(horizontal='right')
WRAPC = Alignment(horizontal='center', vertical='center', wrap_text=True)
WRAPR = Alignment(horizontal='right', vertical='bottom', wrap_text=True)


# ----------------------------------------------------------------------------- t01
def t01():
    t = Table('t01_grondexploitaties', 'Gemeente jaarrekening: grondexploitaties per complex (boekwaarden, lasten, baten, verwacht resultaat)',
              [('bw1', 'Boekwaarde 1-1-2025'), ('las', 'Lasten 2025'), ('bat', 'Baten 2025'),
               ('bw31', 'Boekwaarde 31-12-2025'), ('res', 'Verwacht resultaat (NCW)')])
    t.rrel['bw31'] = [(1, 'bw1'), (1, 'las'), (-1, 'bat')]
    rnd = random.Random(101)
    struct = [
        ('bie', 'Bouwgrond in exploitatie (BIE)', 'Totaal bouwgrond in exploitatie', [
            ('w', 'Wonen', 'Subtotaal wonen', [
                ('Rossum', ['Rossum-Oost fase 2', 'Kloosterstraat', 'Van Heemstraweg-West']),
                ('Heerewaarden', ['Dorpsrand Heerewaarden', 'Oude Schoolterrein'])]),
            ('b', 'Werken', 'Subtotaal werken', [
                ('Alem', ['Bedrijventerrein De Vergt', 'Maasdijk-Noord']),
                ('Hurwenen', ['Bedrijvenpark Hurwenen II', 'Uitbreiding Waalbandijk'])])]),
        ('str', 'Strategische gronden (niet in exploitatie)', 'Totaal strategische gronden', [
            ('sw', 'Wonen', 'Subtotaal wonen strategisch', [
                ('Kerkdriel', ['Kerkdriel-Noord', 'Zandmeren-West']),
                ('Velddriel', ['Velddriel-Oost'])]),
            ('sb', 'Werken', 'Subtotaal werken strategisch', [
                ('Hedel', ['Hedel A2-zone', 'Voormalige steenfabriek'])])])]
    l3 = []
    for ck, ch, ct, funcs in struct:
        t.add(ck + '_h', ch, 'h1')
        l2 = []
        for fk, fh, ft, kernen in funcs:
            t.add(ck + fk + '_h', '  ' + fh, 'h2')
            l1 = []
            for kern, compl in kernen:
                t.add(ck + fk + kern + '_h', '    Kern ' + kern, 'h3')
                ids = []
                for nm in compl:
                    rid = 'c_' + nm
                    bw1 = rnd.randrange(-900, 9000) * 1000 + rnd.randrange(1000)
                    las = rnd.randrange(40000, 2400000)
                    bat = rnd.randrange(0, 3200000) if ck == 'bie' else rnd.randrange(0, 60000)
                    res = rnd.randrange(-1500, 4200) * 1000 + rnd.randrange(1000)
                    t.add(rid, '      ' + nm, 'line', dict(bw1=bw1, las=las, bat=bat, res=res))
                    ids.append(rid)
                sid = 's_' + kern
                t.add(sid, '    Subtotaal ' + kern, 'sub1', dict(bw1=0, las=0, bat=0, bw31=0, res=0), ops=ids)
                l1.append(sid)
            t.add('s2_' + ck + fk, '  ' + ft, 'sub2', dict(bw1=0, las=0, bat=0, bw31=0, res=0), ops=l1)
            l2.append('s2_' + ck + fk)
        t.add('s3_' + ck, ct, 'sub3', dict(bw1=0, las=0, bat=0, bw31=0, res=0), ops=l2)
        l3.append('s3_' + ck)
    t.add('tot', 'Totaal grondexploitaties', 'tot', dict(bw1=0, las=0, bat=0, bw31=0, res=0), ops=l3)
    t.alt = dict(p1=('c_Kloosterstraat', 'las'), tot=('tot', 'bw31', 250000), dele='c_Maasdijk-Noord',
                 sub=('s_Kerkdriel', 'bat', 12500))

    def render(rows, ws):
        ws.title = 'Grondexploitaties'
        f = 'Calibri'
        put(ws, 1, 1, 'Bijlage grondexploitaties: verloop boekwaarden 2025 (bedragen in €)', Font(name=f, size=13, bold=True))
        hdr = [t.title(c) for c, _ in t.cols]
        put(ws, 3, 1, 'Complex', Font(name=f, size=10, bold=True), fill=fill('1F4E78'))
        ws.cell(3, 1).font = Font(name=f, size=10, bold=True, color='FFFFFF')
        for i, h in enumerate(hdr):
            put(ws, 3, 2 + i, h, Font(name=f, size=10, bold=True, color='FFFFFF'), align=WRAPR, fill=fill('1F4E78'))
        ws.row_dimensions[3].height = 30
        fills = {'sub1': fill('EAF1FB'), 'sub2': fill('C9DBF2'), 'sub3': fill('9DBDE6'), 'tot': fill('1F4E78'),
                 'h1': fill('DDDDDD')}
        cm = {}
        r = 4
        for row in rows:
            bold = row.kind in ('h1', 'h2', 'h3', 'sub2', 'sub3', 'tot')
            color = 'FFFFFF' if row.kind == 'tot' else '000000'
            fo = Font(name=f, size=10, bold=bold, color=color, italic=row.kind == 'h3')
            fl = fills.get(row.kind)
            put(ws, r, 1, row.label, fo, fill=fl)
            for i, (c, _) in enumerate(t.cols):
                cell = put(ws, r, 2 + i, cellval(row.vals[c], 1) if c in row.vals else None, fo, NL0, fill=fl)
                cm[(row.id, c)] = cell.coordinate
                if row.kind in ('sub3', 'tot'):
                    cell.border = Border(top=THIN)
            cm[row.id] = 'A%d' % r
            r += 1
            if row.kind in ('sub3',):
                r += 1
        put(ws, r + 1, 1, 'Negatieve boekwaarde: de ontvangen baten overtreffen de gemaakte kosten.', Font(name=f, size=8, italic=True))
        ws.column_dimensions['A'].width = 40
        for i in range(len(t.cols)):
            ws.column_dimensions[L(2 + i)].width = 15
        setup(ws, landscape=False)
        return cm
    t.render = render
    return t


# ----------------------------------------------------------------------------- t02
def t02():
    t = Table('t02_waterschapslaboratorium', 'Waterschap jaarverslag: exploitatie waterschapslaboratorium per opdrachtgever, baten negatief (in euro met centen)',
              [('beg', 'Begroting 2025'), ('rea', 'Realisatie 2025'), ('vs', 'Verschil')], scale=0.01)
    t.rrel['vs'] = [(1, 'rea'), (-1, 'beg')]
    rnd = random.Random(202)
    baten = ['Analyses oppervlaktewater (eigen meetnet)', "Analyses afvalwater rwzi's", 'Analyses slib en compost',
             'Opdrachten Waterschap Rivierenland', 'Opdrachten Hoogheemraadschap van Delfland',
             'Opdrachten provincie (grondwatermeetnet)', 'Opdrachten drinkwaterbedrijf']
    lasten = ['Salarissen en sociale lasten', 'Inhuur analisten', 'Kapitaallasten apparatuur',
              'Chemicaliën en verbruiksmiddelen', 'Onderhoudscontracten apparatuur', 'Accreditatie en ringonderzoeken',
              'Huisvesting laboratorium', 'Doorbelaste overhead']
    t.add('hb', 'Baten', 'h1')
    bi = []
    for i, nm in enumerate(baten):
        beg = -rnd.randrange(2000000, 90000000)
        rea = beg + rnd.randrange(-900000, 900000)
        t.add('b%d' % i, nm, 'line', dict(beg=beg, rea=rea))
        bi.append('b%d' % i)
    t.add('sb', 'Totaal baten', 'sub', dict(beg=0, rea=0, vs=0), ops=bi)
    t.add('hl', 'Lasten', 'h1')
    li = []
    for i, nm in enumerate(lasten):
        beg = rnd.randrange(1500000, 110000000)
        rea = beg + rnd.randrange(-700000, 800000)
        t.add('l%d' % i, nm, 'line', dict(beg=beg, rea=rea))
        li.append('l%d' % i)
    t.add('sl', 'Totaal lasten', 'sub', dict(beg=0, rea=0, vs=0), ops=li)
    t.add('sal', 'Saldo laboratorium (negatief = voordelig)', 'tot', dict(beg=0, rea=0, vs=0), ops=['sb', 'sl'])
    t.alt = dict(p1=('l3', 'rea'), tot=('sal', 'rea', 5000000), dele='b4', sub=('sb', 'beg', -125000))

    def render(rows, ws):
        ws.title = 'Laboratorium'
        f = 'Arial'
        put(ws, 1, 1, 'Exploitatie waterschapslaboratorium 2025', Font(name=f, size=12, bold=True))
        put(ws, 2, 1, 'In dit overzicht zijn baten als negatief bedrag en lasten als positief bedrag opgenomen, '
                      'zodat een negatief saldo een voordelig resultaat betekent.', Font(name=f, size=9, italic=True))
        hf = Font(name=f, size=9, bold=True)
        put(ws, 4, 1, 'Omschrijving', hf, border=Border(bottom=THIN))
        for i, (c, h) in enumerate(t.cols):
            put(ws, 4, 2 + i, h, hf, align=RIGHT, border=Border(bottom=THIN))
        fmt = '[$-413]#,##0.00;-#,##0.00'
        cm = {}
        r = 5
        for row in rows:
            if row.kind == 'h1' and r > 5:
                r += 1
            fo = Font(name=f, size=9, bold=row.kind in ('h1', 'tot'), italic=row.kind == 'sub')
            put(ws, r, 1, row.label, fo)
            for i, (c, _) in enumerate(t.cols):
                if c in row.vals:
                    cell = put(ws, r, 2 + i, cellval(row.vals[c], t.scale), fo, fmt)
                    if row.kind == 'sub':
                        cell.border = Border(top=THIN)
                    if row.kind == 'tot':
                        cell.border = Border(top=THIN, bottom=DBL)
                    cm[(row.id, c)] = cell.coordinate
            cm[row.id] = 'A%d' % r
            r += 1
            if row.kind == 'sub':
                r += 0
        ws.column_dimensions['A'].width = 46
        for i in range(3):
            ws.column_dimensions[L(2 + i)].width = 17
        setup(ws)
        return cm
    t.render = render
    return t


# ----------------------------------------------------------------------------- t03
def t03():
    cols = [('kp', 'Aantal kindplaatsen'),
            ('reg', 'Reguliere subsidie peuteropvang (basisuren, 16 uur per week)'),
            ('vve', 'Aanvullende subsidie voor peuters met een VVE-indicatie (extra uren)'),
            ('kwa', 'Bijdrage kwaliteitsimpuls en scholing pedagogisch medewerkers'),
            ('tot', 'Totaal verleende subsidie 2025')]
    t = Table('t03_vve_peuteropvang', 'Gemeente jaarverslag: subsidies peuteropvang en voor- en vroegschoolse educatie (VVE) per aanbieder en locatie', cols)
    t.rrel['tot'] = [(1, 'reg'), (1, 'vve'), (1, 'kwa')]
    rnd = random.Random(303)
    groups = [('B4.1', 'Stichting Kinderopvang Het Palet', ['De Vlinderboom', 'Het Kompas', 'Peuterhuis Zonnebloem', 'De Boomhut']),
              ('B4.2', 'Peuterwerk Samen Spelen', ['Dikkertje Dap', 'Pinkeltje', "'t Hummelhonk"]),
              ('B4.3', 'Kindcentrum De Regenboog', ['Regenboog Centrum', 'Regenboog Zuid']),
              ('B4.4', 'Gastouderbureau en overige aanbieders', ['Kinderdagverblijf Olleke Bolleke', 'Speel-o-theek De Kikker'])]
    subs = []
    for gc, gn, locs in groups:
        t.add('h' + gc, gn, 'h1', code=gc)
        ids = []
        for j, ln in enumerate(locs):
            code = '%s.%d' % (gc, j + 1)
            kp = rnd.randrange(14, 64)
            t.add('l' + code, ln, 'line', dict(kp=kp, reg=kp * rnd.randrange(3800, 4300), vve=rnd.randrange(0, 90) * 1000 + rnd.randrange(1000),
                                               kwa=rnd.randrange(1500, 12000)), code=code)
            ids.append('l' + code)
        t.add('s' + gc, 'Totaal ' + gn, 'sub', dict(kp=0, reg=0, vve=0, kwa=0, tot=0), ops=ids)
        subs.append('s' + gc)
    t.add('gt', 'Totaal peuteropvang en VVE', 'tot', dict(kp=0, reg=0, vve=0, kwa=0, tot=0), ops=subs)
    t.alt = dict(p1=('lB4.2.2', 'vve'), tot=('gt', 'tot', 100000), dele='lB4.1.3', sub=('sB4.3', 'reg', 7500))

    def render(rows, ws):
        ws.title = 'VVE'
        f = 'Verdana'
        put(ws, 1, 1, 'Bijlage 4  Subsidies peuteropvang en VVE 2025', Font(name=f, size=11, bold=True))
        hf = Font(name=f, size=8, bold=True)
        put(ws, 3, 1, 'Bijlage', hf, align=Alignment(vertical='bottom'), border=Border(bottom=MED))
        put(ws, 3, 2, 'Aanbieder / locatie', hf, align=Alignment(vertical='bottom'), border=Border(bottom=MED))
        for i, (c, h) in enumerate(t.cols):
            put(ws, 3, 3 + i, h, hf, align=WRAPR, border=Border(bottom=MED))
        ws.row_dimensions[3].height = 64
        cm = {}
        r = 4
        for row in rows:
            bold = row.kind in ('h1', 'tot')
            fo = Font(name=f, size=8, bold=bold, italic=row.kind == 'sub')
            put(ws, r, 1, row.code if row.kind in ('line', 'h1') else None, fo)
            put(ws, r, 2, row.label, fo)
            for i, (c, _) in enumerate(t.cols):
                if c in row.vals:
                    cell = put(ws, r, 3 + i, row.vals[c], fo, NL0)
                    if row.kind in ('sub', 'tot'):
                        cell.border = Border(top=THIN if row.kind == 'sub' else MED)
                    cm[(row.id, c)] = cell.coordinate
            cm[row.id] = 'B%d' % r
            r += 1
            if row.kind == 'sub':
                r += 1
        ws.column_dimensions['A'].width = 9
        ws.column_dimensions['B'].width = 36
        ws.column_dimensions['C'].width = 11
        for i in range(1, 5):
            ws.column_dimensions[L(3 + i)].width = 17
        setup(ws, landscape=True)
        return cm
    t.render = render
    return t


# ----------------------------------------------------------------------------- t04
def t04():
    cols = [('n', 'Aantal aanvragen'), ('sch', 'Getaxeerde schade'), ('er', 'Eigen risico'),
            ('teg', 'Tegemoetkoming'), ('tax', 'Taxatiekosten'), ('tu', 'Totaal uitgaven')]
    t = Table('t04_faunaschade', 'Provincie jaarverslag: tegemoetkomingen in faunaschade per diersoort (via BIJ12)', cols)
    t.rrel['teg'] = [(1, 'sch'), (1, 'er')]
    t.rrel['tu'] = [(1, 'teg'), (1, 'tax')]
    rnd = random.Random(404)
    groups = [('g', 'Ganzen', ['Grauwe gans', 'Kolgans', 'Brandgans', 'Rotgans', 'Nijlgans']),
              ('v', 'Overige vogels', ['Smient', 'Wilde eend', 'Houtduif', 'Zwarte kraai', 'Spreeuw']),
              ('z', 'Zoogdieren', ['Das', 'Wild zwijn', 'Ree', 'Haas', 'Konijn', 'Edelhert'])]
    subs = []
    for gk, gn, soorten in groups:
        t.add('h' + gk, gn, 'h1')
        ids = []
        for s in soorten:
            n = rnd.randrange(3, 240)
            sch = n * rnd.randrange(900, 7000)
            er = -round(sch * rnd.choice([0.2, 0.2, 0.4, 0.6]))
            t.add('l' + s, s, 'line', dict(n=n, sch=sch, er=er, tax=n * rnd.randrange(180, 340)))
            ids.append('l' + s)
        t.add('s' + gk, 'Subtotaal ' + gn.lower(), 'sub', dict(n=0, sch=0, er=0, teg=0, tax=0, tu=0), ops=ids)
        subs.append('s' + gk)
    t.add('gt', 'Totaal faunaschade 2025', 'tot', dict(n=0, sch=0, er=0, teg=0, tax=0, tu=0), ops=subs)
    t.alt = dict(p1=('lHoutduif', 'sch'), tot=('gt', 'tu', -200000), dele='lRotgans', sub=('sz', 'er', -15000))

    def render(rows, ws):
        ws.title = 'Faunaschade'
        f = 'Arial Narrow'
        put(ws, 1, 1, 'Tegemoetkomingen faunaschade 2025 per diersoort', Font(name=f, size=12, bold=True))
        put(ws, 2, 1, 'bedragen in euro; eigen risico en kortingen tussen haakjes', Font(name=f, size=9, italic=True))
        hf = Font(name=f, size=10, bold=True)
        put(ws, 4, 1, 'Diersoort', hf, border=Border(bottom=THIN, top=THIN))
        for i, (c, h) in enumerate(t.cols):
            put(ws, 4, 2 + i, h, hf, align=WRAPR, border=Border(bottom=THIN, top=THIN))
        ws.row_dimensions[4].height = 28
        fmt = '[$-413]#,##0;[Red](#,##0);0'
        blue = '1F4E9A'
        cm = {}
        r = 5
        for row in rows:
            bold = row.kind in ('h1', 'sub', 'tot')
            for i, (c, _) in enumerate(t.cols):
                if c in row.vals:
                    fo = Font(name=f, size=10, bold=bold, color=blue if c == 'teg' else None)
                    cell = put(ws, r, 2 + i, row.vals[c], fo, fmt)
                    if row.kind == 'sub':
                        cell.border = Border(top=THIN)
                    if row.kind == 'tot':
                        cell.border = Border(top=THIN, bottom=MED)
                    cm[(row.id, c)] = cell.coordinate
            put(ws, r, 1, row.label, Font(name=f, size=10, bold=bold))
            cm[row.id] = 'A%d' % r
            r += 1
            if row.kind == 'sub':
                r += 1
        ws.column_dimensions['A'].width = 24
        for i in range(len(t.cols)):
            ws.column_dimensions[L(2 + i)].width = 16
        setup(ws)
        return cm
    t.render = render
    return t


# ----------------------------------------------------------------------------- t05
def t05():
    cols = [('n', 'Aantal loonstroken'), ('beg', 'Begroting 2025'), ('rea', 'Realisatie 2025'), ('vs', 'Verschil')]
    t = Table('t05_salarisadministratie_gr', 'Gemeenschappelijke regeling bedrijfsvoering: salarisadministratie per deelnemer (A) en meerwerk (B) met totaal A + B', cols)
    t.rrel['vs'] = [(1, 'beg'), (-1, 'rea')]
    rnd = random.Random(505)
    t.add('ha', 'A. Vaste dienstverlening (DVO) per deelnemer', 'cap')
    t.add('hda', '', 'hdrA')
    t.add('hg', 'Gemeenten', 'h1')
    gem = ['Gemeente Oldebroek', 'Gemeente Hattem', 'Gemeente Heerde', 'Gemeente Elburg', 'Gemeente Nunspeet', 'Gemeente Epe']
    ids = []
    for g in gem:
        n = rnd.randrange(2400, 9800)
        beg = n * 31 + rnd.randrange(20000, 60000)
        t.add('a' + g, g, 'line', dict(n=n, beg=beg, rea=beg + rnd.randrange(-9000, 12000)))
        ids.append('a' + g)
    t.add('sg', 'Subtotaal gemeenten', 'sub', dict(n=0, beg=0, rea=0, vs=0), ops=ids)
    t.add('ho', 'Overige deelnemers', 'h1')
    ov = ['Omgevingsdienst Noord-Veluwe', 'Veiligheidsregio (brandweer vrijwilligers)', 'Sociaal Werkbedrijf Noord-Veluwe']
    ids2 = []
    for g in ov:
        n = rnd.randrange(1200, 6000)
        beg = n * 31 + rnd.randrange(5000, 20000)
        t.add('a' + g, g, 'line', dict(n=n, beg=beg, rea=beg + rnd.randrange(-6000, 8000)))
        ids2.append('a' + g)
    t.add('so', 'Subtotaal overige deelnemers', 'sub', dict(n=0, beg=0, rea=0, vs=0), ops=ids2)
    t.add('ta', 'Totaal A', 'tot', dict(n=0, beg=0, rea=0, vs=0), ops=['sg', 'so'])
    t.add('hb', 'B. Meerwerk en projecten (op offerte)', 'cap')
    t.add('hdb', '', 'hdrB')
    pr = ['Implementatie nieuw salarispakket', 'Invoering IKB-budget en fiscale regeling', 'Herberekening transitievergoedingen',
          'Ondersteuning reorganisatie Gemeente Heerde', 'Detachering salarisadviseur Gemeente Epe']
    ids3 = []
    for p in pr:
        beg = rnd.randrange(8, 140) * 1000
        t.add('p' + p, p, 'line', dict(beg=beg, rea=beg + rnd.randrange(-15000, 25000)))
        ids3.append('p' + p)
    t.add('tb', 'Totaal B', 'tot', dict(beg=0, rea=0, vs=0), ops=ids3)
    t.add('gab', 'Totaal bijdragen A + B', 'grand', dict(beg=0, rea=0, vs=0), ops=['ta', 'tb'])
    t.alt = dict(p1=('aGemeente Elburg', 'rea'), tot=('gab', 'rea', 75000), dele='pHerberekening transitievergoedingen',
                 sub=('sg', 'beg', 4000))

    def render(rows, ws):
        ws.title = 'Salarisadministratie'
        f = 'Segoe UI'
        put(ws, 1, 1, 'Bijdragen deelnemers salarisadministratie 2025 (bedragen in €)', Font(name=f, size=12, bold=True))
        cm = {}
        r = 3
        for row in rows:
            if row.kind == 'cap':
                if r > 3:
                    r += 2
                put(ws, r, 1, row.label, Font(name=f, size=11, bold=True, color='2F5597'))
                r += 1
                continue
            if row.kind in ('hdrA', 'hdrB'):
                hf = Font(name=f, size=9, bold=True)
                put(ws, r, 1, 'Deelnemer' if row.kind == 'hdrA' else 'Project / opdracht', hf, fill=fill('D9E1F2'))
                for i, (c, h) in enumerate(t.cols):
                    show = row.kind == 'hdrA' or c != 'n'
                    put(ws, r, 2 + i, h if show else None, hf, align=WRAPR, fill=fill('D9E1F2'))
                r += 1
                continue
            bold = row.kind in ('tot', 'grand', 'h1')
            fo = Font(name=f, size=9, bold=bold, italic=row.id.startswith('p'))
            put(ws, r, 1, row.label, fo)
            for i, (c, _) in enumerate(t.cols):
                if c in row.vals:
                    cell = put(ws, r, 2 + i, row.vals[c], fo, NL0)
                    if row.kind in ('sub', 'tot'):
                        cell.border = Border(top=THIN)
                    if row.kind == 'grand':
                        cell.border = Border(top=MED, bottom=DBL)
                    cm[(row.id, c)] = cell.coordinate
            cm[row.id] = 'A%d' % r
            r += 1
            if row.kind == 'tot' and row.id == 'tb':
                r += 1
        ws.column_dimensions['A'].width = 44
        for i in range(len(t.cols)):
            ws.column_dimensions[L(2 + i)].width = 15
        setup(ws)
        return cm
    t.render = render
    return t


# ----------------------------------------------------------------------------- t06
def t06():
    cols = [('beg', 'Begroting 2025'), ('wrk', 'Werkelijk 2025'), ('vs', 'Verschil')]
    t = Table('t06_appa_oud_wethouders', 'Gemeente jaarrekening: wachtgelden en pensioenen voormalige wethouders (Appa)', cols)
    t.rrel['vs'] = [(1, 'beg'), (-1, 'wrk')]
    rnd = random.Random(606)
    blocks = [('w', 'Wachtgelden (Appa, hoofdstuk 6)', 'TOTAAL WACHTGELDEN', [
        'Oud-wethouder A (100%, t/m 31-03-2025)', 'Oud-wethouder B (80%, t/m 30-06-2026)',
        'Oud-wethouder C (70%, t/m 31-12-2027)', 'Oud-wethouder D (aanvulling tot 75%, t/m 15-10-2025)']),
        ('p', 'Pensioenen (Appa, hoofdstuk 3)', 'TOTAAL PENSIOENEN', [
            'Oud-wethouder E (ingang 01-03-2019)', 'Oud-wethouder F (ingang 01-09-2021)',
            'Oud-wethouder G (ingang 01-01-2023, 50% nabestaanden)', 'Oud-wethouder H (ingang 01-07-2024)',
            'Oud-wethouder I (ingang 01-05-2025)']),
        ('o', 'Waardeoverdrachten en uitvoering', 'TOTAAL OVERIGE', [
            'Waardeoverdracht ABP oud-wethouder J (2025)', 'Uitvoeringskosten APG (2,5% van de uitkeringen)',
            'Actuariële herberekening 31-12-2025'])]
    subs = []
    for bk, bh, bt, lines in blocks:
        t.add('h' + bk, bh, 'h1')
        ids = []
        for i, nm in enumerate(lines):
            beg = rnd.randrange(4000, 78000)
            wrk = max(0, beg + rnd.randrange(-9000, 9000))
            t.add('%s%d' % (bk, i), nm, 'line', dict(beg=beg, wrk=wrk))
            ids.append('%s%d' % (bk, i))
        t.add('s' + bk, bt, 'sub', dict(beg=0, wrk=0, vs=0), ops=ids)
        subs.append('s' + bk)
    t.add('gt', 'TOTAAL APPA-LASTEN 2025', 'tot', dict(beg=0, wrk=0, vs=0), ops=subs)
    t.alt = dict(p1=('p2', 'wrk'), tot=('gt', 'wrk', 30000), dele='w3', sub=('sp', 'beg', 2500))

    def render(rows, ws):
        ws.title = 'Appa'
        f = 'Times New Roman'
        put(ws, 1, 1, 'Hieronder staan de in 2025 betaalde wachtgelden en pensioenen van voormalige wethouders, '
                      'vergeleken met de begroting (bedragen in euro).', Font(name=f, size=11, bold=True),
            align=Alignment(wrap_text=True, vertical='top'))
        ws.merge_cells('A1:D1')
        ws.row_dimensions[1].height = 30
        hf = Font(name=f, size=10, bold=True)
        put(ws, 3, 1, None, hf, border=Border(bottom=THIN))
        for i, (c, h) in enumerate(t.cols):
            put(ws, 3, 2 + i, h, hf, align=RIGHT, border=Border(bottom=THIN))
        cm = {}
        r = 4
        for row in rows:
            fo = Font(name=f, size=10, bold=row.kind in ('h1', 'tot'), underline='single' if row.kind == 'h1' else None)
            put(ws, r, 1, row.label, fo)
            for i, (c, _) in enumerate(t.cols):
                if c in row.vals:
                    cell = put(ws, r, 2 + i, row.vals[c], Font(name=f, size=10, bold=row.kind == 'tot'), NL0)
                    if row.kind == 'sub':
                        cell.border = Border(top=THIN)
                    if row.kind == 'tot':
                        cell.border = Border(top=THIN, bottom=DBL)
                    cm[(row.id, c)] = cell.coordinate
            cm[row.id] = 'A%d' % r
            r += 1
            if row.kind == 'sub':
                r += 1
        ws.column_dimensions['A'].width = 52
        for i in range(3):
            ws.column_dimensions[L(2 + i)].width = 14
        setup(ws)
        return cm
    t.render = render
    return t


# ----------------------------------------------------------------------------- t07
def t07():
    real = list(range(2019, 2026))
    prog = list(range(2026, 2031))
    G1, G2 = 'Opgeleverde woningen (gerealiseerd)', 'Prognose woningbouw'
    cols = [('r%d' % y, '%s %d' % (G1, y)) for y in real] + [('rt', G1 + ' Totaal')] + \
           [('p%d' % y, '%s %d' % (G2, y)) for y in prog] + [('pt', G2 + ' Totaal')] + \
           [('all', 'Totaal 2019-2030'), ('bij', 'Provinciale bijdrage woningbouwimpuls (€)')]
    t = Table('t07_woondeal_woningbouw', 'Provincie: woondeal, woningbouwproductie gerealiseerd en prognose per gemeente met provinciale bijdrage (16 kolommen liggend)', cols)
    t.rrel['rt'] = [(1, 'r%d' % y) for y in real]
    t.rrel['pt'] = [(1, 'p%d' % y) for y in prog]
    t.rrel['all'] = [(1, 'rt'), (1, 'pt')]
    rnd = random.Random(707)
    regs = [('fv', 'Regio Foodvalley', ['Ede', 'Barneveld', 'Scherpenzeel', 'Renswoude', 'Veenendaal']),
            ('ra', 'Regio Arnhem-Nijmegen', ['Arnhem', 'Nijmegen', 'Overbetuwe', 'Lingewaard', 'Wijchen']),
            ('ac', 'Regio Achterhoek', ['Doetinchem', 'Winterswijk', 'Aalten', 'Oost Gelre'])]
    subs = []
    for rk, rn, gems in regs:
        t.add('h' + rk, rn, 'h1')
        ids = []
        for g in gems:
            base = rnd.randrange(40, 1400)
            v = {}
            for y in real + prog:
                v[('r%d' % y) if y < 2026 else ('p%d' % y)] = max(0, base + rnd.randrange(-base // 2, base // 2 + 1))
            v['bij'] = rnd.randrange(0, 60) * 50000
            t.add('g' + g, g, 'line', v)
            ids.append('g' + g)
        zero = {c: 0 for c, _ in cols}
        t.add('s' + rk, 'Totaal ' + rn, 'sub', zero, ops=ids)
        subs.append('s' + rk)
    t.add('gt', 'Totaal provincie Gelderland', 'tot', {c: 0 for c, _ in cols}, ops=subs)
    t.alt = dict(p1=('gBarneveld', 'r2023'), tot=('gt', 'all', 1000), dele='gRenswoude', sub=('sac', 'p2027', 150))

    def render(rows, ws):
        ws.title = 'Woondeal'
        f = 'Calibri'
        put(ws, 1, 1, 'Woondeal Gelderland: woningbouwproductie 2019-2030 en provinciale bijdragen', Font(name=f, size=12, bold=True))
        hf = Font(name=f, size=9, bold=True)
        hfp = Font(name=f, size=9, bold=True, italic=True, color='7F7F7F')
        put(ws, 3, 1, 'Gemeente', hf, border=Border(bottom=THIN))
        ws.merge_cells('A3:A4')
        # group titles
        put(ws, 3, 2, G1, hf, align=WRAPC)
        ws.merge_cells(start_row=3, start_column=2, end_row=3, end_column=9)
        put(ws, 3, 10, G2, hfp, align=WRAPC)
        ws.merge_cells(start_row=3, start_column=10, end_row=3, end_column=15)
        put(ws, 3, 16, 'Totaal 2019-2030', hf, align=WRAPR)
        ws.merge_cells('P3:P4')
        put(ws, 3, 17, 'Provinciale bijdrage woningbouwimpuls (€)', hf, align=WRAPR)
        ws.merge_cells('Q3:Q4')
        for i, (c, h) in enumerate(t.cols[:14]):
            sub = h.split(' ')[-1]
            put(ws, 4, 2 + i, int(sub) if sub.isdigit() else sub, hfp if c.startswith('p') else hf, align=RIGHT,
                border=Border(bottom=THIN), fmt='0')
        for cc in (1, 16, 17):
            ws.cell(4, cc).border = Border(bottom=THIN)
        ws.row_dimensions[3].height = 26
        cm = {}
        r = 5
        for row in rows:
            bold = row.kind in ('h1', 'sub', 'tot')
            put(ws, r, 1, row.label, Font(name=f, size=9, bold=bold))
            for i, (c, _) in enumerate(t.cols):
                if c in row.vals:
                    prg = c.startswith('p')
                    fo = Font(name=f, size=9, bold=bold, italic=prg, color='7F7F7F' if prg else None)
                    cell = put(ws, r, 2 + i, row.vals[c], fo, NL0)
                    if row.kind == 'sub':
                        cell.border = Border(top=THIN)
                    if row.kind == 'tot':
                        cell.border = Border(top=MED)
                    cm[(row.id, c)] = cell.coordinate
            cm[row.id] = 'A%d' % r
            r += 1
        ws.column_dimensions['A'].width = 26
        for i in range(16):
            ws.column_dimensions[L(2 + i)].width = 8.5
        for cc in ('I', 'O'):
            ws.column_dimensions[cc].width = 10
        ws.column_dimensions['P'].width = 16
        ws.column_dimensions['Q'].width = 24
        setup(ws, landscape=True)
        return cm
    t.render = render
    return t


# ----------------------------------------------------------------------------- t08
def t08():
    cols = [('st', 'Startersleningen'), ('du', 'Duurzaamheidsleningen'), ('bl', 'Blijversleningen'), ('tot', 'Totaal')]
    t = Table('t08_svn_revolverend_fonds', 'Gemeente jaarverslag: revolverend fonds startersleningen, duurzaamheids- en blijversleningen (SVn), verloop 2024 en 2025', cols)
    t.rrel['tot'] = [(1, 'st'), (1, 'du'), (1, 'bl')]
    rnd = random.Random(808)
    muts = [('sto', 'Storting door gemeente', 1), ('ver', 'Verstrekte leningen', -1), ('afl', 'Ontvangen aflossingen', 1),
            ('ren', 'Ontvangen rente', 1), ('kos', 'Beheerkosten SVn', -1)]
    prev = None
    for y in (2024, 2025):
        sid = 'open%d' % y
        if prev is None:
            v = dict(st=rnd.randrange(900000, 2500000), du=rnd.randrange(300000, 900000), bl=rnd.randrange(100000, 400000))
            t.add(sid, 'Stand fonds per 1 januari %d' % y, 'line', v)
        else:
            t.add(sid, 'Stand fonds per 1 januari %d' % y, 'line', dict(prev.vals))  # carried; set after compute
        ids = []
        for mk, mn, sg in muts:
            v = {}
            for c in ('st', 'du', 'bl'):
                if mk == 'sto':
                    v[c] = rnd.choice([0, 0, 250000, 500000]) if c != 'bl' else rnd.choice([0, 100000])
                elif mk == 'kos':
                    v[c] = -rnd.randrange(2000, 9000)
                else:
                    v[c] = sg * rnd.randrange(20000, 420000) if mk != 'ren' else rnd.randrange(3000, 30000)
            t.add('%s%d' % (mk, y), mn, 'line', v)
            ids.append('%s%d' % (mk, y))
        t.add('mut%d' % y, 'Totaal mutaties %d' % y, 'sub', dict(st=0, du=0, bl=0, tot=0), ops=ids)
        prev = t.add('close%d' % y, 'Stand fonds per 31 december %d' % y, 'tot', dict(st=0, du=0, bl=0, tot=0),
                      ops=[sid, 'mut%d' % y])
    # compute 2024 first, then carry the closing balance to 1-1-2025
    compute(t)
    byid = {r.id: r for r in t.rows}
    byid['open2025'].vals = {c: byid['close2024'].vals[c] for c in ('st', 'du', 'bl')}
    t.alt = dict(p1=('afl2025', 'du'), tot=('close2025', 'tot', 100000), dele='ren2024', sub=('mut2025', 'st', -20000))

    def render(rows, ws):
        ws.title = 'SVn-fonds'
        f = 'Georgia'
        put(ws, 1, 1, 'Revolverend fonds Stimuleringsleningen (SVn): verloop 2024 en 2025', Font(name=f, size=11, bold=True))
        put(ws, 2, 1, 'bedragen in €', Font(name=f, size=8, italic=True))
        hf = Font(name=f, size=9, bold=True)
        for i, (c, h) in enumerate(t.cols):
            put(ws, 4, 3 + i, h, hf, align=WRAPR, border=Border(bottom=THIN))
        ws.cell(4, 1).border = ws.cell(4, 2).border = Border(bottom=THIN)
        ws.row_dimensions[4].height = 26
        cm = {}
        r = 5
        mstart = None
        for row in rows:
            if row.id.startswith('open'):
                put(ws, r, 1, 'Jaar %s' % row.id[-4:], Font(name=f, size=9, bold=True, color='C00000'))
                r += 1
            is_mut = row.kind == 'line' and not row.id.startswith('open')
            if is_mut and mstart is None:
                mstart = r
            if not is_mut and mstart is not None:
                ws.merge_cells(start_row=mstart, start_column=1, end_row=r - 1, end_column=1)
                put(ws, mstart, 1, 'Mutaties', Font(name=f, size=9, italic=True),
                    align=Alignment(vertical='center', horizontal='center'),
                    border=Border(left=THIN, right=THIN, top=THIN, bottom=THIN))
                mstart = None
            bold = row.kind in ('tot',) or row.id.startswith('open')
            fo = Font(name=f, size=9, bold=bold, italic=row.kind == 'sub')
            put(ws, r, 2, row.label, fo)
            for i, (c, _) in enumerate(t.cols):
                if c in row.vals:
                    cell = put(ws, r, 3 + i, row.vals[c], fo, NL0)
                    if row.kind == 'sub':
                        cell.border = Border(top=THIN)
                    if row.kind == 'tot':
                        cell.border = Border(top=THIN, bottom=DBL)
                    cm[(row.id, c)] = cell.coordinate
            cm[row.id] = 'B%d' % r
            r += 1
            if row.kind == 'tot':
                r += 1
        ws.column_dimensions['A'].width = 10
        ws.column_dimensions['B'].width = 34
        for i in range(4):
            ws.column_dimensions[L(3 + i)].width = 24
        setup(ws)
        return cm
    t.render = render
    return t


# ----------------------------------------------------------------------------- t09
def t09():
    cols = [('c24', 'Contacten 2024'), ('c25', 'Contacten 2025'), ('vs', 'Verschil 2025-2024'), ('kos', 'Kosten 2025 (€)')]
    t = Table('t09_klantcontactcentrum', 'Gemeente jaarverslag: klantcontactcentrum, contacten per kanaal 2024-2025 en kosten', cols)
    t.rrel['vs'] = [(1, 'c25'), (-1, 'c24')]
    rnd = random.Random(909)
    groups = [('f', 'Fysiek', 'Subtotaal fysiek', ['Balie stadhuis (op afspraak)', 'Servicepunt bibliotheek', 'Huisbezoek']),
              ('t', 'Telefonisch', 'Subtotaal telefonisch', ['14-nummer', 'Terugbelverzoeken', 'Doorverbonden naar vakafdeling']),
              ('d', 'Digitaal', 'Subtotaal digitaal', ['E-mail', 'Webformulieren', 'Livechat', 'WhatsApp', 'Social media (DM)'])]
    notes = {'Huisbezoek': 'alleen Wmo-cliënten', 'WhatsApp': 'gestart 1 maart 2024', 'Livechat': 'chatbot niet meegeteld',
             '14-nummer': 'incl. storing 12-2025'}
    subs = []
    t.notes = {}
    for gk, gn, gt, lines in groups:
        t.add('h' + gk, gn, 'h1')
        ids = []
        for nm in lines:
            c24 = rnd.randrange(300, 62000)
            c25 = max(0, c24 + rnd.randrange(-c24 // 3, c24 // 3))
            t.add('l' + nm, nm, 'line', dict(c24=c24, c25=c25, kos=c25 * rnd.randrange(3, 19)))
            ids.append('l' + nm)
            if nm in notes:
                t.notes['l' + nm] = notes[nm]
        t.add('s' + gk, gt, 'sub', dict(c24=0, c25=0, vs=0, kos=0), ops=ids)
        subs.append('s' + gk)
    t.add('gt', 'Totaal klantcontacten', 'tot', dict(c24=0, c25=0, vs=0, kos=0), ops=subs)
    t.alt = dict(p1=('lE-mail', 'c25'), tot=('gt', 'kos', 50000), dele='lTerugbelverzoeken', sub=('sf', 'c24', 900))

    def render(rows, ws):
        ws.title = 'KCC'
        f = 'Tahoma'
        put(ws, 1, 1, 'Klantcontactcentrum: contacten per kanaal', Font(name=f, size=11, bold=True))
        hf = Font(name=f, size=8, bold=True)
        put(ws, 3, 1, 'Kanaal', hf, border=Border(bottom=THIN))
        for i, (c, h) in enumerate(t.cols):
            put(ws, 3, 2 + i, h, hf, align=WRAPR, border=Border(bottom=THIN))
        put(ws, 3, 7, 'Opmerking', hf, border=Border(bottom=THIN))
        ws.row_dimensions[3].height = 24
        cm = {}
        r = 4
        bars = []
        for row in rows:
            bold = row.kind in ('h1', 'tot')
            fo = Font(name=f, size=8, bold=bold)
            put(ws, r, 1, row.label, fo, fill=fill('F2F2F2') if row.kind == 'sub' else None)
            for i, (c, _) in enumerate(t.cols):
                if c in row.vals:
                    cell = put(ws, r, 2 + i, row.vals[c], fo, NL0, fill=fill('F2F2F2') if row.kind == 'sub' else None)
                    if row.kind == 'tot':
                        cell.border = Border(top=MED, bottom=MED)
                    cm[(row.id, c)] = cell.coordinate
            if row.kind == 'line':
                bars.append(r)
            if row.id in t.notes:
                put(ws, r, 7, t.notes[row.id], Font(name=f, size=7, italic=True, color='595959'))
            cm[row.id] = 'A%d' % r
            r += 1
        # data bars on the 2025 contacts of the channel lines (per block of consecutive lines)
        blocks, cur = [], []
        for x in bars:
            if cur and x != cur[-1] + 1:
                blocks.append(cur)
                cur = []
            cur.append(x)
        if cur:
            blocks.append(cur)
        rng = ' '.join('C%d:C%d' % (b[0], b[-1]) for b in blocks)
        ws.conditional_formatting.add(rng, DataBarRule(start_type='num', start_value=0, end_type='max', color='5B9BD5'))
        ws.column_dimensions['A'].width = 30
        for i in range(4):
            ws.column_dimensions[L(2 + i)].width = 16
        ws.column_dimensions['F'].width = 3
        ws.column_dimensions['G'].width = 24
        setup(ws)
        return cm
    t.render = render
    return t


# ----------------------------------------------------------------------------- t10
def t10():
    cols = [('pr', 'Premie 2025 excl. assurantiebelasting'), ('ab', 'Assurantiebelasting 21%'),
            ('tot', 'Premie 2025 incl. assurantiebelasting')]
    t = Table('t10_verzekeringsportefeuille', 'Gemeenschappelijke regeling / gemeente: verzekeringsportefeuille, premies per polis over twee pagina\'s', cols)
    t.rrel['tot'] = [(1, 'pr'), (1, 'ab')]
    rnd = random.Random(1010)
    vz = ['Centraal Beheer', 'Nationale-Nederlanden', 'Achmea', 'Allianz', 'Aegon', 'Chubb', 'AIG', 'Lloyd\'s via Aon']
    kent = lambda: '%s-%03d-%s' % (rnd.choice(['VK', 'BX', 'VZ', 'BN', 'WX', 'VT']), rnd.randrange(1, 999), rnd.choice('BDFGHJKLNPRSTVXZ'))
    groups = [('geb', 'Gebouwen en inventaris', ['Stadhuis, Markt 1', 'Stadskantoor, Stationsplein 5', 'Gemeentewerf De Hoek',
                                                 'Zwembad De Wetering', 'Sporthal Noord', 'Sporthal Zuid', 'Brandweerkazerne Centrum',
                                                 'Bibliotheek en muziekschool', 'Dorpshuis De Linde', 'Kinderboerderij',
                                                 'Monumentale toren Grote Kerk', 'Inventaris en kunstcollectie',
                                                 'Elektronica en ICT-apparatuur', 'Glas (alle gebouwen)']),
              ('mot', 'Motorrijtuigen en werkmaterieel', ['Vrachtwagen DAF CF (%s)', 'Vrachtwagen DAF LF (%s)', 'Veegwagen Schmidt (%s)',
                                                           'Strooiwagen (%s)', 'Bestelbus Renault Master (%s)', 'Bestelbus VW Crafter (%s)',
                                                           'Bestelbus VW Transporter (%s)', 'Elektrische bestelauto (%s)',
                                                           'Dienstauto burgemeester (%s)', 'Tractor John Deere (%s)',
                                                           'Shovel Volvo (%s)', 'Maaimachine Toro (%s)',
                                                           'Aanhangwagen (%s)', 'Pool-e-bikes handhaving (12 stuks)',
                                                           'Werkmaterieel niet-kentekenplichtig']),
              ('aan', 'Aansprakelijkheid', ['Algemene aansprakelijkheid', 'Bestuurdersaansprakelijkheid',
                                            'Milieuaansprakelijkheid', 'Werkgeversaansprakelijkheid', 'Cyberrisico']),
              ('per', 'Personeel', ['Collectieve ongevallen', 'Zakenreis en dienstreis', 'Verzuimverzekering (eigenrisicodrager)',
                                    'WGA-hiaat', 'Rechtsbijstand personeel', 'Vrijwilligersverzekering (via VNG)']),
              ('ove', 'Overige', ['Evenementen en kermis', 'Transport kunstcollectie', 'Geldtransport en kasgeld',
                                  'Bouw/montage CAR projecten', 'Fraude en vertrouwensschade'])]
    subs = []
    t.pol = {}
    for gk, gn, items in groups:
        t.add('h' + gk, gn, 'h1')
        ids = []
        for it in items:
            nm = it % kent() if '%s' in it else it
            rid = 'l%s%d' % (gk, len(ids))
            pr = rnd.randrange(400, 48000)
            if gk == 'aan':
                pr = rnd.randrange(12000, 160000)
            t.add(rid, nm, 'line', dict(pr=pr, ab=round(pr * 0.21)))
            t.pol[rid] = ('%02d.%03d.%03d' % (rnd.randrange(10, 99), rnd.randrange(1000), rnd.randrange(1000)), rnd.choice(vz))
            ids.append(rid)
        t.add('s' + gk, 'Subtotaal ' + gn.lower(), 'sub', dict(pr=0, ab=0, tot=0), ops=ids)
        subs.append('s' + gk)
    t.add('gt', 'Totaal verzekeringspremies 2025', 'tot', dict(pr=0, ab=0, tot=0), ops=subs)
    t.alt = dict(p1=('lmot4', 'pr'), tot=('gt', 'tot', 40000), dele='lgeb9', sub=('saan', 'ab', 3000))

    def render(rows, ws):
        ws.title = 'Verzekeringen'
        f = 'Calibri'
        put(ws, 1, 1, 'Verzekeringsportefeuille 2025 (bedragen in €)', Font(name=f, size=12, bold=True))
        hf = Font(name=f, size=9, bold=True)
        heads = ['Verzekering / object', 'Polisnummer', 'Verzekeraar'] + [h for _, h in t.cols]
        for i, h in enumerate(heads):
            put(ws, 3, 1 + i, h, hf, align=WRAPR if i >= 3 else Alignment(vertical='bottom'),
                border=Border(bottom=THIN), fill=fill('E2EFDA'))
        ws.row_dimensions[3].height = 38
        cm = {}
        r = 4
        for row in rows:
            bold = row.kind in ('h1', 'tot')
            fo = Font(name=f, size=9, bold=bold, italic=row.kind == 'sub')
            put(ws, r, 1, row.label, fo)
            if row.id in t.pol:
                pn, v = t.pol[row.id]
                put(ws, r, 2, pn, Font(name=f, size=9), align=Alignment(horizontal='center'), fmt='@')
                put(ws, r, 3, v, Font(name=f, size=9))
            for i, (c, _) in enumerate(t.cols):
                if c in row.vals:
                    cell = put(ws, r, 4 + i, row.vals[c], fo, NL0)
                    if row.kind == 'sub':
                        cell.border = Border(top=THIN)
                    if row.kind == 'tot':
                        cell.border = Border(top=MED, bottom=DBL)
                    cm[(row.id, c)] = cell.coordinate
            cm[row.id] = 'A%d' % r
            r += 1
            if row.kind == 'sub':
                r += 1
        ws.column_dimensions['A'].width = 38
        ws.column_dimensions['B'].width = 14
        ws.column_dimensions['C'].width = 18
        for i in range(3):
            ws.column_dimensions[L(4 + i)].width = 19
        setup(ws, landscape=True, fit_width=False, scale=80, print_title='3:3')
        return cm
    t.render = render
    return t


# ----------------------------------------------------------------------------- variants and truth
def save(t, rows, fname):
    wb = Workbook()
    ws = wb.active
    cm = t.render(rows, ws)
    wb.save(os.path.join(XDIR, fname))
    return cm


def main():
    os.makedirs(XDIR, exist_ok=True)
    for fn in os.listdir(XDIR):
        os.remove(os.path.join(XDIR, fn))
    files = {}
    for mk in (t01, t02, t03, t04, t05, t06, t07, t08, t09, t10):
        t = mk()
        compute(t)
        # clean must foot exactly as printed
        assert failing(t, t.rows) == [], (t.name, failing(t, t.rows))
        byid = {r.id: r for r in t.rows}
        for var in ('clean', 'p1', 'tot', 'del', 'sub'):
            rows = copy.deepcopy(t.rows)
            rb = {r.id: r for r in rows}
            fname = t.name + ('' if var == 'clean' else '_' + var) + '.xlsx'
            altered = None
            if var == 'p1':
                rid, c = t.alt['p1']
                rb[rid].vals[c] += 1
                altered = dict(label=rb[rid].label.strip(), column=t.title(c), action='+1 unit (detail figure)')
            elif var == 'tot':
                rid, c, d = t.alt['tot']
                rb[rid].vals[c] += d
                altered = dict(label=rb[rid].label.strip(), column=t.title(c), action='grand total changed by %s' % fmtn(d, t.scale))
            elif var == 'sub':
                rid, c, d = t.alt['sub']
                rb[rid].vals[c] += d
                altered = dict(label=rb[rid].label.strip(), column=t.title(c), action='subtotal changed by %s' % fmtn(d, t.scale))
            elif var == 'del':
                rid = t.alt['dele']
                c = None
                assert rb[rid].kind == 'line'
                altered = dict(label=rb[rid].label.strip(), column='', action='detail line deleted, totals left as printed')
                clean_cm = save(t, t.rows, '_tmp.xlsx')
                os.remove(os.path.join(XDIR, '_tmp.xlsx'))
                rows = [r for r in rows if r.id != rid]
            cm = save(t, rows, fname)
            if altered:
                if var == 'del':
                    altered['cell'] = clean_cm[rid]
                else:
                    altered['cell'] = cm[(rid, c)]
                if byid[rid].code:
                    altered['code'] = byid[rid].code
            fl = failing(t, rows)
            if var != 'clean':
                assert fl, (fname, 'no failing total')
            files[fname] = dict(kind=t.kind, variant=var, altered=altered, failing=fl, tolerated=[])
    json.dump({'files': files}, open(os.path.join(HERE, 'truth.json'), 'w'), indent=1, ensure_ascii=False)
    n = sum(len(v['failing']) for v in files.values())
    print('%d files, %d failing totals' % (len(files), n))
    for k, v in files.items():
        if v['variant'] != 'clean':
            print('  %-45s %2d' % (k, len(v['failing'])))


if __name__ == '__main__':
    main()
