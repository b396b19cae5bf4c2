#!/usr/bin/env python3
"""trial18: build 10 published-style Dutch tables (+4 altered copies each) as xlsx, and truth.json.

Run with /work/main/.venv/bin/python build.py ; then print the PDFs with ONE soffice call (see README.md).
Truth is computed mechanically from each table's relations, evaluated on the values AS PRINTED.
"""
import copy
import json
import os
import random
from decimal import Decimal, ROUND_HALF_UP

from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties

HERE = os.path.dirname(os.path.abspath(__file__))
NL = '[$-413]'
F_INT = NL + '#,##0;-#,##0'
F_INTD = NL + '#,##0;-#,##0;"-"'
F_PAR = NL + '#,##0;(#,##0);"-"'
F_SIGN = NL + '+#,##0;-#,##0;0'
F_K = NL + '#,##0,;-#,##0,;"-"'          # stored in euros, shown x 1.000
F_2 = NL + '#,##0.00'
F_PCT = NL + '0.00%'


def rnd(x):
    return int(Decimal(str(x)).quantize(Decimal('1'), rounding=ROUND_HALF_UP))


class Table:
    def __init__(self, key, sheet, title, subtitle, scale_line=None, note=None, unit=1, font='Arial', size=10,
                 landscape=False, fit=True, repeat_header=False, row_h=None, label_title='Omschrijving', label_width=40):
        self.__dict__.update(locals())
        del self.__dict__['self']
        self.cols = []          # dict(key,title,group,kind,fmt,width,q,summed)
        self.rows = []          # dict(id,label,code,kind,vals,bold,indent)
        self.vrels = []         # (target_id, [(sign, id)])
        self.hrels = []         # dict(target col, terms [(sign,col)], kind 'lin'|'prod')
        self.alt = {}           # target_id -> leaf parts (for 'tolerated')

    # --- structure -------------------------------------------------------
    def col(self, key, title, kind='num', group=None, fmt=F_INT, width=13, q=None, summed=True, size=None, wrap=False):
        self.cols.append(dict(key=key, title=title, kind=kind, group=group, fmt=fmt, width=width,
                              q=q if q is not None else (0.0001 if kind == 'pct' else self.unit),
                              summed=summed and kind in ('num', 'pct'), size=size, wrap=wrap))

    def hrel(self, target, terms, kind='lin'):
        self.hrels.append(dict(target=target, terms=terms, kind=kind))

    def _add(self, **kw):
        r = dict(id=len(self.rows), label='', code=None, kind='line', vals={}, bold=False, indent=0)
        r.update(kw)
        self.rows.append(r)
        return r['id']

    def head(self, label, bold=True, italic=False):
        return self._add(label=label, kind='head', bold=bold, italic=italic)

    def blank(self):
        return self._add(kind='blank')

    def line(self, label, code=None, indent=1, **vals):
        rid = self._add(label=label, code=code, kind='line', vals=dict(vals), indent=indent)
        self._derive(rid)
        return rid

    def total(self, label, parts, signs=None, code=None, kind='total', indent=0, extra=None):
        signs = signs or [1] * len(parts)
        vals = {}
        for c in self.cols:
            if c['summed']:
                vals[c['key']] = sum(s * (self.rows[p]['vals'].get(c['key']) or 0) for s, p in zip(signs, parts))
                if c['kind'] == 'pct':
                    vals[c['key']] = round(vals[c['key']], 6)
        vals.update(extra or {})
        rid = self._add(label=label, code=code, kind=kind, vals=vals, bold=True, indent=indent)
        self.vrels.append((rid, list(zip(signs, parts))))
        # leaves, for the 'tolerated' alternative reading
        leaves = []
        for s, p in zip(signs, parts):
            if p in self.alt:
                leaves += [(s * s2, p2) for s2, p2 in self.alt[p]]
            else:
                leaves.append((s, p))
        if any(p in self.alt for p in parts):
            self.alt[rid] = leaves
        else:
            self.alt[rid] = list(zip(signs, parts))
        return rid

    def text_row(self, label, italic=True):
        return self._add(label=label, kind='note', italic=italic)

    def _derive(self, rid):
        v = self.rows[rid]['vals']
        for h in self.hrels:
            if h['kind'] == 'lin':
                if all(isinstance(v.get(c), (int, float)) for _, c in h['terms']) and h['target'] not in v:
                    v[h['target']] = sum(s * v[c] for s, c in h['terms'])
            elif h['kind'] == 'prod':
                a, b = h['terms']
                if isinstance(v.get(a), (int, float)) and isinstance(v.get(b), (int, float)) and h['target'] not in v:
                    v[h['target']] = rnd(v[a] * v[b])

    def colname(self, key):
        c = self.C(key)
        return ((c['group'] or '') + ' ' + c['title']).strip()

    def C(self, key):
        return next(c for c in self.cols if c['key'] == key)

    def R(self, label):
        return next(r['id'] for r in self.rows if r['label'] == label)


# --- truth ----------------------------------------------------------------
def isnum(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def evaluate(t, deleted=()):
    """All relations on the printed values. Returns {(rid, col): [true, ...]} for failing cells, and tolerated cells."""
    rows = {r['id']: r for r in t.rows if r['id'] not in deleted}
    fail, tol = {}, {}

    def disp(v, q):
        return rnd((v or 0) / q)

    def vcheck(tgt, terms, c):
        q = c['q']
        got = sum(s * disp(rows[p]['vals'].get(c['key']), q) for s, p in terms if p in rows)
        tru = sum(s * (rows[p]['vals'].get(c['key']) or 0) for s, p in terms if p in rows)
        return got != disp(rows[tgt]['vals'][c['key']], q), tru

    for tgt, terms in t.vrels:
        if tgt not in rows:
            continue
        for c in t.cols:
            if not c['summed'] or not isnum(rows[tgt]['vals'].get(c['key'])):
                continue
            bad, tru = vcheck(tgt, terms, c)
            if bad:
                fail.setdefault((tgt, c['key']), []).append(tru)
            elif t.alt.get(tgt) and t.alt[tgt] != terms:
                bad2, tru2 = vcheck(tgt, t.alt[tgt], c)
                if bad2:
                    tol[(tgt, c['key'])] = tru2
    for h in t.hrels:
        tc = t.C(h['target'])
        for rid, r in rows.items():
            v = r['vals']
            if not isnum(v.get(h['target'])):
                continue
            if h['kind'] == 'lin':
                if not all(isnum(v.get(c)) or v.get(c) is None for _, c in h['terms']):
                    continue
                if all(v.get(c) is None for _, c in h['terms']):
                    continue
                tru = sum(s * (v.get(c) or 0) for s, c in h['terms'])
                got = sum(s * disp(v.get(c), t.C(c)['q']) for s, c in h['terms'])
                bad = got != disp(v[h['target']], tc['q'])
                ops = [c for _, c in h['terms']]
            else:
                a, b = h['terms']
                if not (isnum(v.get(a)) and isnum(v.get(b))):
                    continue
                tru = rnd(v[a] * v[b])
                bad = tru != v[h['target']]
                ops = [a, b]
            if bad:
                fail.setdefault((rid, h['target']), []).append(tru)
                for c in ops:
                    tol[(rid, c)] = v.get(c)
    for k in fail:
        tol.pop(k, None)
    return fail, tol


def entry(t, rid, ck, true, printed=None):
    r = next(x for x in t.rows if x['id'] == rid)
    c = t.C(ck)
    pr = r['vals'].get(ck) if printed is None else printed
    unit = c['q'] if c['kind'] == 'pct' else t.unit if c['q'] == t.unit else c['q']
    true = [round(x, 6) if isinstance(x, float) else x for x in true]
    e = dict(label=r['label'], column=t.colname(ck), printed=pr, true=true[0], unit=unit)
    if c['kind'] == 'pct':
        e['unit'] = 0.0001
        e['true_other'] = [round(true[0] * 100, 6)]
    if len(true) > 1:
        e['true_other'] = e.get('true_other', []) + [x for x in true[1:] if x != true[0]]
    if r.get('code'):
        e['code'] = r['code']
    return e


# --- xlsx writer ----------------------------------------------------------
THIN = Side(style='thin')
MED = Side(style='medium')


def write(t, path, deleted=()):
    wb = Workbook()
    ws = wb.active
    ws.title = t.sheet
    ws.sheet_view.showGridLines = False
    F = lambda **k: Font(name=t.font, size=k.pop('size', t.size), **k)
    ncols = 1 + len(t.cols)
    rr = 1
    ws.cell(rr, 1, t.title).font = F(size=t.size + 4, bold=True)
    rr += 1
    ws.cell(rr, 1, t.subtitle).font = F(size=t.size + 1, italic=True)
    rr += 1
    if t.scale_line:
        ws.cell(rr, 1, t.scale_line).font = F(size=t.size)
        rr += 1
    rr += 1  # empty row
    hdr_first = rr
    groups = any(c['group'] for c in t.cols)
    if groups:
        j = 0
        while j < len(t.cols):
            g = t.cols[j]['group']
            k = j
            while k + 1 < len(t.cols) and t.cols[k + 1]['group'] == g and g:
                k += 1
            if g:
                ws.cell(rr, 2 + j, g).font = F(bold=True)
                ws.cell(rr, 2 + j).alignment = Alignment(horizontal='center')
                if k > j:
                    ws.merge_cells(start_row=rr, start_column=2 + j, end_row=rr, end_column=2 + k)
                for x in range(j, k + 1):
                    ws.cell(rr, 2 + x).border = Border(bottom=THIN)
            j = k + 1
        rr += 1
    ws.cell(rr, 1, t.label_title).font = F(bold=True)
    ws.cell(rr, 1).border = Border(bottom=MED)
    for j, c in enumerate(t.cols):
        cell = ws.cell(rr, 2 + j, c['title'])
        cell.font = F(bold=True)
        cell.alignment = Alignment(horizontal='left' if c['kind'] in ('text', 'code') else 'right', wrap_text=True,
                                   vertical='bottom')
        cell.border = Border(bottom=MED)
    if max(len(c['title']) for c in t.cols) > 14:
        ws.row_dimensions[rr].height = (t.size + 3) * 2
    hdr_last = rr
    rr += 1
    cellmap = {}
    for r in t.rows:
        if r['id'] in deleted:
            continue
        if r['kind'] == 'blank':
            rr += 1
            continue
        lab = ws.cell(rr, 1, r['label'] if r['label'] else None)
        lab.font = F(bold=r['bold'], italic=r.get('italic', False))
        lab.alignment = Alignment(indent=r['indent'], wrap_text=False, vertical='top')
        if r['kind'] == 'note':
            rr += 1
            continue
        maxlines = 1
        for j, c in enumerate(t.cols):
            v = r['vals'].get(c['key'])
            cell = ws.cell(rr, 2 + j, v)
            cell.font = F(bold=r['bold'] and c['kind'] != 'text', size=c['size'] or t.size)
            if c['kind'] in ('num', 'pct', 'rate'):
                cell.number_format = c['fmt']
                cell.alignment = Alignment(horizontal='right', vertical='top')
            else:
                cell.alignment = Alignment(horizontal='left' if c['kind'] != 'flag' else 'center', vertical='top',
                                           wrap_text=c['wrap'])
                if c['wrap'] and isinstance(v, str):
                    cpl = c['width'] * 11.0 / (c['size'] or t.size)
                    maxlines = max(maxlines, int(len(v) * 1.15 / cpl) + 1)
            if r['kind'] in ('total', 'sub') and c['kind'] in ('num', 'pct'):
                cell.border = Border(top=THIN if r['kind'] == 'sub' else MED)
            cellmap[(r['id'], c['key'])] = cell.coordinate
        if t.row_h:
            ws.row_dimensions[rr].height = t.row_h
        if maxlines > 1:
            ws.row_dimensions[rr].height = max(t.size + 4, maxlines * 9.5)
        rr += 1
    if t.note:
        rr += 1
        for ln in t.note.split('\n'):
            ws.cell(rr, 1, ln).font = F(size=max(7, t.size - 2), italic=True)
            rr += 1
    ws.column_dimensions['A'].width = t.label_width
    for j, c in enumerate(t.cols):
        ws.column_dimensions[get_column_letter(2 + j)].width = c['width']
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = 'landscape' if t.landscape else 'portrait'
    if t.fit:
        ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
    if t.repeat_header:
        ws.print_title_rows = '%d:%d' % (hdr_first, hdr_last)
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.oddFooter.center.text = 'Pagina &P van &N'
    wb.save(path)
    return cellmap


# --- tables -----------------------------------------------------------------
def t01():
    t = Table('t01_belastingopbrengst', 'Belastingopbrengst', 'Waterschap Hunze en Leekdal',
              'Opbrengst waterschapsbelastingen 2026 naar belastingcategorie',
              note='Bron: kohieroverzicht per 1 januari 2026; tarieven volgens de belastingverordeningen 2026.\n'
                   'Gebouwd: tarief per € 100.000 WOZ-waarde.',
              font='Arial', size=10, label_title='Belastingcategorie', label_width=34)
    t.col('eh', 'Eenheid', kind='text', width=20)
    t.col('n', 'Eenheden', fmt=F_INT, width=13, summed=False)
    t.col('tar', 'Tarief 2026 (€)', kind='rate', fmt=F_2, width=12, summed=False)
    t.col('opb', 'Opbrengst 2026', fmt=F_INT, width=15)
    t.col('b25', 'Begroting 2025', fmt=F_INT, width=15)
    t.hrel('opb', ['n', 'tar'], kind='prod')
    t.head('Watersysteemheffing')
    a = [t.line('Ingezetenen', eh='woonruimte', n=198452, tar=121.86, b25=23_418_500),
         t.line('Gebouwd', eh='€ 100.000 WOZ', n=412377, tar=21.37, b25=8_512_300),
         t.line('Ongebouwd overig', eh='hectare', n=61244, tar=98.47, b25=5_861_900),
         t.line('Ongebouwd wegen', eh='hectare', n=4817, tar=196.94, b25=921_400),
         t.line('Natuur', eh='hectare', n=9362, tar=4.12, b25=37_800)]
    s1 = t.total('Totaal watersysteemheffing', a, kind='sub')
    t.blank()
    t.head('Verontreinigingsheffing')
    b = [t.line('Woonruimten', eh='vervuilingseenheid', n=3126, tar=68.74, b25=207_100),
         t.line('Bedrijven', eh='vervuilingseenheid', n=8744, tar=68.74, b25=571_250),
         t.line('Bedrijven (meetbedrijven)', eh='vervuilingseenheid', n=2391, tar=68.74, b25=152_700)]
    s2 = t.total('Totaal verontreinigingsheffing', b, kind='sub')
    t.blank()
    t.total('Totaal opbrengst', [s1, s2])
    var = dict(p1=('Ongebouwd overig', 'opb'), tot=('Totaal opbrengst', 'opb', 100_000), del_='Ongebouwd wegen',
               sub=('Totaal verontreinigingsheffing', 'b25', 10_000))
    return t, var


def t02():
    t = Table('t02_subsidieplafonds', 'Subsidieplafonds', 'Provincie Zeeveld',
              'Subsidieplafonds 2026 per beleidsdoel, stand verleningen per 1 oktober 2026',
              note='Restant = subsidieplafond minus verleend. Bedragen in euro\'s.',
              font='Calibri', size=10, repeat_header=True, label_title='Beleidsdoel / regeling', label_width=52)
    t.col('nr', 'Nr.', kind='code', width=7)
    t.col('aanv', 'Aantal aanvragen', fmt=F_INTD, width=12)
    t.col('pl', 'Subsidie-plafond', fmt=F_INTD, width=16)
    t.col('vl', 'Verleend', fmt=F_INTD, width=14)
    t.col('rest', 'Restant', fmt=F_INTD, width=14)
    t.hrel('rest', [(1, 'pl'), (-1, 'vl')])
    doelen = [
        ('Doel 1 Sterke regionale economie', [
            ('1.1', 'Innovatievouchers MKB', 214, 1_500_000, 1_284_000),
            ('1.2', 'Regionale arbeidsmarktprojecten', 18, 2_250_000, 1_962_750),
            ('1.3', 'Vrijetijdseconomie en toerisme', 37, 850_000, 612_430),
            ('1.4', 'Herstructurering bedrijventerreinen', 6, 3_000_000, 3_000_000)]),
        ('Doel 2 Bereikbaar en verkeersveilig', [
            ('2.1', 'Verkeersveiligheid gemeenten (BDU)', 41, 4_800_000, 4_312_660),
            ('2.2', 'Fietsinfrastructuur', 22, 6_500_000, 6_581_200),
            ('2.3', 'Kleine infrastructurele maatregelen', 15, 1_200_000, 1_048_500)]),
        ('Doel 3 Klimaat en energie', [
            ('3.1', 'Energiecoöperaties startsubsidie', 29, 600_000, 412_500),
            ('3.2', 'Verduurzaming maatschappelijk vastgoed', 64, 5_000_000, 3_876_420),
            ('3.3', 'Klimaatadaptatie in de wijk', 19, 1_750_000, 1_133_000),
            ('3.4', 'Waterstofketen pilots', 3, 2_400_000, 1_900_000),
            ('3.5', 'Netcongestie-oplossingen bedrijven', 11, 1_000_000, 285_000)]),
        ('Doel 4 Vitale samenleving en cultuur', [
            ('4.1', 'Cultuurparticipatie jeugd', 88, 950_000, 947_300),
            ('4.2', 'Erfgoed en monumenten', 47, 2_100_000, 1_688_915),
            ('4.3', 'Leefbaarheid kleine kernen', 133, 1_300_000, 1_096_240)]),
    ]
    subs = []
    for i, (dn, regs) in enumerate(doelen):
        t.head(dn)
        ids = [t.line(nm, code=nr, nr=nr, aanv=a, pl=p, vl=v) for nr, nm, a, p, v in regs]
        subs.append(t.total('Subtotaal doel %d' % (i + 1), ids, kind='sub'))
        t.blank()
    t.total('Totaal subsidieplafonds 2026', subs)
    var = dict(p1=('Klimaatadaptatie in de wijk', 'vl'), tot=('Totaal subsidieplafonds 2026', 'pl', 1_000_000),
               del_='Vrijetijdseconomie en toerisme', sub=('Subtotaal doel 3', 'rest', 100_000))
    return t, var


def t03():
    t = Table('t03_reserves_meerjarig', 'Reserves', 'Gemeente Oosterwolde-Langedijk',
              'Staat van reserves 2026-2028 (meerjarig verloop)', scale_line='Bedragen x € 1.000',
              note='Stand 1-1 van een jaar is de stand 31-12 van het voorgaande jaar.',
              font='Arial', size=8, landscape=True, label_title='Reserve', label_width=38)
    for y in (2026, 2027, 2028):
        g = str(y)
        t.col('b%d' % y, 'Stand 1-1-%d' % y, group=g, fmt=F_INTD, width=10)
        t.col('t%d' % y, 'Toevoeging', group=g, fmt=F_INTD, width=10)
        t.col('o%d' % y, 'Onttrekking', group=g, fmt=F_INTD, width=10)
        t.col('e%d' % y, 'Stand 31-12-%d' % y, group=g, fmt=F_INTD, width=10)
        t.hrel('e%d' % y, [(1, 'b%d' % y), (1, 't%d' % y), (-1, 'o%d' % y)])
        if y > 2026:
            t.hrel('b%d' % y, [(1, 'e%d' % (y - 1))])

    def res(label, b, moves):
        vals = {}
        for y, (tv, ov) in zip((2026, 2027, 2028), moves):
            vals['b%d' % y] = b
            vals['t%d' % y] = tv
            vals['o%d' % y] = ov
            b = b + tv - ov
            vals['e%d' % y] = b
        return t.line(label, **vals)

    t.head('Algemene reserves')
    a = [res('Algemene reserve', 18_412, [(1_250, 2_310), (0, 1_480), (600, 0)]),
         res('Reserve weerstandsvermogen grondexploitaties', 4_350, [(0, 0), (275, 0), (0, 425)])]
    sa = t.total('Subtotaal algemene reserves', a, kind='sub')
    t.blank()
    t.head('Bestemmingsreserves')
    b = [res('Reserve kapitaallasten nieuwbouw IKC', 9_874, [(0, 412), (0, 409), (0, 405)]),
         res('Reserve sociaal domein', 3_120, [(500, 1_275), (0, 850), (0, 600)]),
         res('Reserve onderhoud gemeentelijke gebouwen', 2_466, [(780, 1_020), (780, 655), (780, 1_310)]),
         res('Reserve wegen en kunstwerken', 1_905, [(450, 700), (450, 380), (450, 910)]),
         res('Reserve energietransitie', 2_750, [(0, 925), (0, 900), (0, 925)]),
         res('Reserve egalisatie afvalstoffenheffing', 612, [(85, 0), (0, 140), (0, 160)]),
         res('Reserve egalisatie rioolheffing', 1_388, [(0, 215), (120, 0), (95, 0)]),
         res('Reserve cultuurhistorisch erfgoed', 455, [(50, 75), (50, 60), (50, 0)]),
         res('Reserve nog uit te voeren werkzaamheden', 1_237, [(0, 1_237), (0, 0), (0, 0)])]
    sb = t.total('Subtotaal bestemmingsreserves', b, kind='sub')
    t.blank()
    t.total('Totaal reserves', [sa, sb])
    var = dict(p1=('Reserve sociaal domein', 'o2027'), tot=('Totaal reserves', 'e2028', 1_000),
               del_='Reserve wegen en kunstwerken', sub=('Subtotaal algemene reserves', 't2026', 100))
    return t, var


def t04():
    t = Table('t04_kostenverdeelstaat', 'Kostenverdeling', 'Omgevingsdienst Maas en Peel',
              'Kostenverdeelstaat 2026: bijdrage per deelnemende gemeente', scale_line='Bedragen in euro\'s',
              note='Verdeelsleutel: aandeel in de gemiddelde productie-uren 2022-2024 (vastgesteld AB 3 juli 2025).',
              font='Verdana', size=9, label_title='Gemeente', label_width=20)
    prods = [('vv', 'Vergunning-verlening', 2_184_300), ('th', 'Toezicht en handhaving', 3_412_750),
             ('mb', 'Milieu en bodem', 1_096_400), ('ev', 'Externe veiligheid', 418_900),
             ('as', 'Asbest', 271_650)]
    t.col('pct', 'Verdeel-sleutel', kind='pct', fmt=F_PCT, width=10)
    for k, nm, _ in prods:
        t.col(k, nm, fmt=F_INT, width=13)
    t.col('tot', 'Totaal', fmt=F_INT, width=14)
    t.hrel('tot', [(1, k) for k, _, _ in prods])
    gem = [('Venlo-Noord', 1912), ('Horst aan de Maas', 1187), ('Peel en Maas', 1034), ('Venray', 1221),
           ('Beesel', 412), ('Bergen', 388), ('Gennep', 455), ('Mook en Middelaar', 263), ('Nederweert', 512),
           ('Leudal', 1008), ('Helden', 367), ('Meijel', 1241 - 0)]
    bp = [b for _, b in gem]
    # shares in basis points summing to 10000
    tot_b = sum(bp)
    raw = [b * 10000 / tot_b for b in bp]
    bps = [int(x) for x in raw]
    for i in sorted(range(len(raw)), key=lambda i: -(raw[i] - bps[i]))[:10000 - sum(bps)]:
        bps[i] += 1
    alloc = {}
    for k, _, total in prods:
        raw = [total * b / 10000 for b in bps]
        v = [int(x) for x in raw]
        for i in sorted(range(len(raw)), key=lambda i: -(raw[i] - v[i]))[:total - sum(v)]:
            v[i] += 1
        alloc[k] = v
    ids = []
    for i, (g, _) in enumerate(gem):
        vals = dict(pct=bps[i] / 10000)
        for k, _, _ in prods:
            vals[k] = alloc[k][i]
        ids.append(t.line(g, indent=0, **vals))
    t.blank()
    t.total('Totaal', ids)
    var = dict(p1=('Venray', 'th'), tot=('Totaal', 'tot', 100_000), del_='Gennep', sub=('Leudal', 'mb', 25_000))
    return t, var


def t05():
    t = Table('t05_sociaal_domein', 'Sociaal domein', 'Gemeente Brederwijk',
              'Jaarrekening 2025, programma 6 Sociaal domein: exploitatie', scale_line='x € 1.000',
              note='V = voordelig, N = nadelig ten opzichte van de begroting na wijziging.',
              font='Cambria', size=10, label_title='Onderdeel', label_width=40)
    t.col('beg', 'Begroting 2025 na wijziging', fmt=F_PAR, width=14)
    t.col('real', 'Realisatie 2025', fmt=F_PAR, width=13)
    t.col('vs', 'Verschil', fmt=F_PAR, width=11)
    t.col('vn', 'V/N', kind='flag', width=5)
    t.hrel('vs', [(1, 'real'), (-1, 'beg')])
    t.head('Lasten')
    L = [('Wijkteams en toegang', 4_812, 4_967), ('Wmo hulp bij het huishouden', 6_240, 6_918),
         ('Wmo begeleiding en dagbesteding', 8_935, 8_611), ('Wmo hulpmiddelen en woningaanpassingen', 2_108, 2_377),
         ('Jeugdhulp zorg in natura', 15_460, 17_204), ('Jeugdhulp pgb', 1_322, 1_187),
         ('Jeugdbescherming en jeugdreclassering', 2_015, 2_015), ('Participatiewet: uitkeringen (BUIG)', 18_730, 18_112),
         ('Re-integratie en beschut werk', 3_486, 3_201), ('Schuldhulpverlening en minimabeleid', 2_904, 3_088),
         ('Maatschappelijke opvang', 1_155, 1_240)]
    li = []
    for nm, b, r in L:
        d = r - b
        li.append(t.line(nm, beg=b, real=r, vn='N' if d > 0 else 'V' if d < 0 else ''))
    tl = t.total('Totaal lasten', li, kind='sub')
    t.blank()
    t.head('Baten')
    B = [('Rijksbijdrage BUIG', 17_965, 18_420), ('Eigen bijdragen Wmo', 612, 548),
         ('Terugvordering en verhaal uitkeringen', 410, 497), ('Specifieke uitkering Gezond en Actief Leven', 356, 356),
         ('Overige baten sociaal domein', 240, 312)]
    bi = []
    for nm, b, r in B:
        d = r - b
        bi.append(t.line(nm, beg=b, real=r, vn='V' if d > 0 else 'N' if d < 0 else ''))
    tb = t.total('Totaal baten', bi, kind='sub')
    t.blank()
    s = t.total('Saldo van baten en lasten', [tl, tb], signs=[-1, 1])
    sv = t.rows[s]['vals']['vs']
    t.rows[s]['vals']['vn'] = 'V' if sv > 0 else 'N'
    for x, lv in ((tl, 'N'), (tb, 'V')):
        d = t.rows[x]['vals']['vs']
        t.rows[x]['vals']['vn'] = (lv if d > 0 else ('V' if lv == 'N' else 'N')) if d else ''
    var = dict(p1=('Wmo begeleiding en dagbesteding', 'real'), tot=('Saldo van baten en lasten', 'real', 1_000),
               del_='Jeugdhulp pgb', sub=('Totaal baten', 'beg', 100))
    return t, var


def t06():
    t = Table('t06_algemene_dekkingsmiddelen', 'Dekkingsmiddelen', 'Gemeente Rijnsaterwoude',
              'Programmabegroting 2026-2029: overzicht algemene dekkingsmiddelen', scale_line='(x € 1.000)',
              font='Calibri', size=11, unit=1000, label_title='Algemene dekkingsmiddelen', label_width=36)
    for y in (2026, 2027, 2028, 2029):
        t.col('y%d' % y, ('Begroting %d' if y == 2026 else 'Raming %d') % y, fmt=F_K, width=11)
    rng = random.Random(6)

    def v(*ks):
        # euros, each a whole number of thousands plus a small remainder; remainders per column kept small in sum
        return {('y%d' % y): k * 1000 + (rng.randint(-45, 45) if k else 0) for y, k in zip((2026, 2027, 2028, 2029), ks)}

    t.head('Lokale heffingen')
    lh = [t.line('OZB eigenaren woningen', **v(9_412, 9_601, 9_793, 9_989)),
          t.line('OZB eigenaren niet-woningen', **v(3_108, 3_170, 3_234, 3_298)),
          t.line('OZB gebruikers niet-woningen', **v(2_274, 2_320, 2_366, 2_413)),
          t.line('Toeristenbelasting', **v(685, 699, 713, 727)),
          t.line('Hondenbelasting', **v(212, 212, 0, 0)),
          t.line('Precariobelasting', **v(48, 48, 48, 48))]
    sl = t.total('Totaal lokale heffingen', lh, kind='sub')
    t.blank()
    au = t.line('Algemene uitkering gemeentefonds', indent=0, **v(61_874, 62_310, 61_955, 62_480))
    dv = t.line('Dividend', indent=0, **v(1_140, 1_140, 1_095, 1_095))
    sf = t.line('Saldo financieringsfunctie', indent=0, **v(-386, -512, -644, -701))
    on = t.line('Onvoorzien', indent=0, **v(-150, -150, -150, -150))
    t.blank()
    t.total('Totaal algemene dekkingsmiddelen', [sl, au, dv, sf, on])
    var = dict(p1=('Toeristenbelasting', 'y2028'), tot=('Totaal algemene dekkingsmiddelen', 'y2027', 250_000),
               del_='OZB gebruikers niet-woningen', sub=('Totaal lokale heffingen', 'y2029', 100_000))
    return t, var


def t07():
    t = Table('t07_voorzieningen', 'Voorzieningen', 'Veiligheidsregio Noord-Maasland',
              'Jaarstukken 2025, staat van voorzieningen', scale_line='Bedragen in euro\'s',
              font='Arial', size=9, landscape=True, label_title='Voorziening', label_width=30)
    t.col('doel', 'Doel', kind='text', width=46, size=7, wrap=True)
    t.col('b', 'Stand 1-1-2025', fmt=F_INTD, width=13)
    t.col('t', 'Toevoeging', fmt=F_INTD, width=12)
    t.col('a', 'Aanwending', fmt=F_INTD, width=12)
    t.col('v', 'Vrijval', fmt=F_INTD, width=11)
    t.col('e', 'Stand 31-12-2025', fmt=F_INTD, width=13)
    t.hrel('e', [(1, 'b'), (1, 't'), (-1, 'a'), (-1, 'v')])
    t.head("Voorzieningen voor verplichtingen, verliezen en risico's")
    g1 = [t.line('Voorziening wachtgelden bestuurders', doel='Dekking van de wachtgeldverplichtingen van voormalige '
                 'leden van het dagelijks bestuur conform de Appa; jaarlijks geactualiseerd op basis van de '
                 'verwachte duur en hoogte van de uitkeringen.', b=312_480, t=48_000, a=96_214, v=0),
          t.line('Voorziening FLO-overgangsrecht', doel='Financiering van het overgangsrecht functioneel '
                 'leeftijdsontslag voor repressief brandweerpersoneel; berekend met een actuariële waardering '
                 'per 31 december, inclusief werkgeverslasten.', b=2_846_900, t=415_000, a=688_412, v=124_300),
          t.line('Voorziening arbeidsgeschillen', doel='Afwikkeling van lopende arbeidsrechtelijke geschillen en '
                 'daaruit voortvloeiende vergoedingen.', b=85_000, t=0, a=41_250, v=43_750),
          t.line('Voorziening persoonlijk levensfasebudget', doel='Opgebouwde maar nog niet opgenomen PLB-uren van '
                 'medewerkers van 55 jaar en ouder, gewaardeerd tegen het actuele uurloon.', b=221_560, t=37_840,
                 a=29_115, v=0)]
    s1 = t.total("Subtotaal verplichtingen, verliezen en risico's", g1, kind='sub')
    t.blank()
    t.head('Onderhoudsegalisatievoorzieningen')
    g2 = [t.line('Voorziening groot onderhoud kazernes', doel='Egalisatie van de kosten van groot onderhoud aan '
                 'de 23 kazernes op basis van het meerjarig onderhoudsplan 2024-2033, vastgesteld door het '
                 'algemeen bestuur.', b=1_934_250, t=612_000, a=455_870, v=0),
          t.line('Voorziening onderhoud oefencentrum', doel='Gelijkmatige verdeling van de onderhoudslasten van het '
                 'regionaal oefencentrum over de looptijd van het beheerplan.', b=377_400, t=95_000, a=131_620, v=0),
          t.line('Voorziening vervanging ademluchtapparatuur', doel='Egalisatie van periodiek onderhoud en keuring '
                 'van ademluchttoestellen en flessen.', b=148_300, t=42_500, a=58_985, v=12_000)]
    s2 = t.total('Subtotaal onderhoudsegalisatievoorzieningen', g2, kind='sub')
    t.blank()
    t.head('Voorzieningen middelen derden met een bestemming')
    g3 = [t.line('Voorziening BDuR-gelden innovatie', doel='Van het Rijk ontvangen Brede Doeluitkering '
                 'Rampenbestrijding voor innovatieprojecten die nog niet zijn besteed en bij niet-besteding moeten '
                 'worden terugbetaald.', b=264_000, t=120_000, a=187_450, v=0)]
    s3 = t.total('Subtotaal middelen derden', g3, kind='sub')
    t.blank()
    t.total('Totaal voorzieningen', [s1, s2, s3])
    var = dict(p1=('Voorziening groot onderhoud kazernes', 'a'), tot=('Totaal voorzieningen', 'b', 100_000),
               del_='Voorziening arbeidsgeschillen', sub=('Subtotaal onderhoudsegalisatievoorzieningen', 't', 50_000))
    return t, var


def t08():
    t = Table('t08_investeringsplan', 'Investeringsplan', 'Gemeente Westerkwartier-Zuid',
              'Investeringsplan 2026-2029 (bijlage bij de programmabegroting)', scale_line='Bedragen x € 1.000',
              note='Krediet = totaal van de jaarschijven 2026-2029. Nieuwe kredieten worden bij de vaststelling van '
                   'de begroting beschikbaar gesteld.',
              font='Arial', size=10, row_h=17, label_title='Investering', label_width=44)
    t.col('nr', 'Nr.', kind='code', width=7)
    t.col('kr', 'Krediet', fmt=F_INTD, width=11)
    for y in (2026, 2027, 2028, 2029):
        t.col('y%d' % y, str(y), fmt=F_INTD, width=9)
    t.hrel('kr', [(1, 'y%d' % y) for y in (2026, 2027, 2028, 2029)])
    rng = random.Random(8)
    cats = [
        ('Onderwijshuisvesting', ['Nieuwbouw IKC De Horizon', 'Uitbreiding OBS Het Palet', 'Renovatie gymzaal Molenweg',
                                  'Tijdelijke huisvesting VO', 'Duurzaamheidsmaatregelen scholen', 'Eerste inrichting IKC',
                                  'Vervanging meubilair onderwijs']),
        ('Wegen, bruggen en kunstwerken', ['Reconstructie Stationsweg', 'Vervanging brug Oude Vaart',
                                            'Groot onderhoud asfalt', 'Herinrichting centrum fase 2',
                                            'Fietspad Dorpsstraat-Noord', 'Verkeersveiligheid schoolomgevingen',
                                            'Vervanging beschoeiingen', 'Kademuur Havenkom']),
        ('Riolering en water', ['Vervanging vrijverval riolering', 'Gemalen en pompen', 'Klimaatadaptatie Wijk Oost',
                                'Afkoppelen hemelwater', 'Drukriolering buitengebied', 'Bergingsvijver Zuid']),
        ('Sport en recreatie', ['Kunstgrasveld VV Westerkwartier', 'Renovatie zwembad De Dolfijn',
                                'Speelvoorzieningen wijken', 'Skatepark', 'LED-veldverlichting sportparken',
                                'Tribune sportpark Noord']),
        ('Gemeentelijk vastgoed', ['Verduurzaming gemeentehuis', 'Dak en installaties werf',
                                   'Herbestemming Oude School', 'Laadpleinen gemeentelijke panden',
                                   'Toegankelijkheid gemeentehuis', 'Zonnepanelen gemeentelijke daken']),
        ('ICT, vervoermiddelen en bedrijfsvoering', ['Vervanging werkplekken', 'Netwerk en servers',
                                                      'Zaaksysteem', 'Vervanging veegwagen',
                                                      'Elektrische bedrijfsauto\'s', 'Tractor met maaiarm',
                                                      'Containers ondergronds', 'Camerasysteem handhaving',
                                                      'Vergaderinstallatie raadzaal'])]
    subs = []
    n = 0
    for ci, (cn, items) in enumerate(cats):
        t.head(cn)
        ids = []
        for j, it in enumerate(items):
            n += 1
            vals = {}
            start = rng.randint(0, 3)
            span = rng.randint(1, 3)
            for y in (2026, 2027, 2028, 2029):
                k = y - 2026
                vals['y%d' % y] = rng.choice([45, 80, 120, 175, 240, 310, 450, 620, 890, 1250]) + rng.randint(0, 40) \
                    if start <= k < start + span else 0
            ids.append(t.line(it, code='%d.%02d' % (ci + 1, j + 1), nr='%d.%02d' % (ci + 1, j + 1), **vals))
        subs.append(t.total('Totaal ' + cn.lower(), ids, kind='sub'))
        t.blank()
    t.total('Totaal investeringsplan', subs)
    var = dict(p1=('Vervanging brug Oude Vaart', 'y2028'), tot=('Totaal investeringsplan', 'y2029', 1_000),
               del_='Containers ondergronds', sub=('Totaal riolering en water', 'kr', 500))
    return t, var


def t09():
    t = Table('t09_begrotingswijziging', 'Begrotingswijziging', 'Gemeente Heuvelrug-Oost',
              'Raadsvoorstel 2026-041: 4e begrotingswijziging 2026 (Voorjaarsnota)',
              scale_line='Bedragen in euro\'s; lasten +, baten - ; een positief saldo is nadelig',
              note='I = incidenteel, S = structureel. Het saldo 2026 wordt gedekt door een onttrekking aan de '
                   'algemene reserve; het saldo 2027-2029 komt ten laste van het begrotingssaldo.',
              font='Verdana', size=9, landscape=True, label_title='Programma / omschrijving', label_width=56)
    t.col('is', 'I/S', kind='flag', width=5)
    for y in (2026, 2027, 2028, 2029):
        t.col('y%d' % y, str(y), fmt=F_SIGN, width=12)
    L = [
        ('1 Veiligheid', [('Uitbreiding boa-capaciteit (lasten)', 'S', 142_000, 142_000, 142_000, 142_000),
                          ('Bijdrage veiligheidsregio indexatie (lasten)', 'S', 61_350, 63_200, 65_100, 67_050)]),
        ('2 Verkeer en vervoer', [('Onderhoud wegen: achterstallig onderhoud (lasten)', 'I', 385_000, 0, 0, 0),
                                  ('Rijksbijdrage verkeersveiligheid (baten)', 'I', -210_000, 0, 0, 0)]),
        ('4 Onderwijs', [('Leerlingenvervoer aanbesteding (lasten)', 'S', 96_400, 98_300, 100_250, 102_250),
                         ('Kapitaallasten IKC De Horizon (lasten)', 'S', 0, 187_500, 183_750, 180_000)]),
        ('6 Sociaal domein', [('Jeugdhulp: hogere volumes (lasten)', 'S', 1_250_000, 900_000, 750_000, 600_000),
                              ('Wmo huishoudelijke hulp abonnementstarief (lasten)', 'S', 318_000, 318_000, 318_000, 318_000),
                              ('Rijksbijdrage BUIG (baten)', 'I', -422_500, 0, 0, 0),
                              ('Eigen bijdragen Wmo (baten)', 'S', 14_500, 14_500, 14_500, 14_500)]),
        ('7 Volksgezondheid en milieu', [('Afvalinzameling tarief verwerking (lasten)', 'S', 187_300, 191_000, 194_800, 198_700),
                                         ('Afvalstoffenheffing (baten)', 'S', -187_300, -191_000, -194_800, -198_700)]),
        ('0 Bestuur en ondersteuning', [('Cao-ontwikkeling personeel (lasten)', 'S', 624_000, 641_000, 658_000, 676_000),
                                        ('Algemene uitkering meicirculaire (baten)', 'S', -1_105_800, -1_276_400,
                                         -1_311_900, -1_352_600)]),
    ]
    ids = []
    for prog, items in L:
        t.head(prog, bold=False, italic=True)
        for nm, s, *ys in items:
            ids.append(t.line(nm, **{'is': s}, **{'y%d' % y: v for y, v in zip((2026, 2027, 2028, 2029), ys)}))
    t.blank()
    sp = t.total('Subtotaal mutaties programma\'s', ids, kind='sub')
    t.blank()
    t.head('Mutaties reserves', bold=False, italic=True)
    tot26 = t.rows[sp]['vals']['y2026']
    r1 = t.line('Onttrekking algemene reserve (baten)', **{'is': 'I', 'y2026': -tot26, 'y2027': 0, 'y2028': 0,
                                                            'y2029': 0})
    r2 = t.line('Toevoeging reserve sociaal domein (lasten)', **{'is': 'I', 'y2026': 0, 'y2027': 0, 'y2028': 0,
                                                                 'y2029': 0})
    t.rows[r2]['vals'].update({'y2026': 250_000})
    t.rows[r1]['vals'].update({'y2026': -tot26 - 250_000})
    t.blank()
    t.total('Saldo begrotingswijziging', [sp, r1, r2])
    var = dict(p1=('Leerlingenvervoer aanbesteding (lasten)', 'y2028'), tot=('Saldo begrotingswijziging', 'y2026', 100_000),
               del_='Wmo huishoudelijke hulp abonnementstarief (lasten)',
               sub=('Subtotaal mutaties programma\'s', 'y2027', 100_000))
    return t, var


def t10():
    t = Table('t10_gr_balans', 'Balans', 'Gemeenschappelijke regeling Werkbedrijf Rivierenland',
              'Jaarrekening 2025, balans per 31 december', scale_line='Bedragen in euro\'s',
              note='De nummers in de kolom Ref. verwijzen naar de toelichting op de balans.',
              font='Arial', size=10, label_title='', label_width=66)
    t.col('ref', 'Ref.', kind='code', width=6)
    t.col('y25', '31-12-2025', fmt=F_INT, width=14)
    t.col('y24', '31-12-2024', fmt=F_INT, width=14)
    t.head('ACTIVA')
    t.blank()
    t.head('Vaste activa', bold=False, italic=True)
    va = [t.line('Immateriële vaste activa', ref=1, y25=84_200, y24=126_300),
          t.line('Materiële vaste activa', ref=2, y25=6_412_875, y24=6_895_410),
          t.line('Financiële vaste activa', ref=3, y25=250_000, y24=275_000)]
    sva = t.total('', va, kind='sub')
    t.blank()
    t.head('Vlottende activa', bold=False, italic=True)
    vla = [t.line('Voorraden', ref=4, y25=41_380, y24=38_915),
           t.line('Uitzettingen met een rentetypische looptijd korter dan één jaar', ref=5, y25=2_187_644,
                  y24=1_954_206),
           t.line('Liquide middelen', ref=6, y25=12_870, y24=9_455),
           t.line('Overlopende activa', ref=7, y25=918_336, y24=1_204_773)]
    svla = t.total('', vla, kind='sub')
    t.blank()
    ta = t.total('Totaal activa', [sva, svla])
    t.blank()
    t.head('PASSIVA')
    t.blank()
    t.head('Vaste passiva', bold=False, italic=True)
    ev = [t.line('Algemene reserve', ref='8.1', y25=1_250_000, y24=1_250_000),
          t.line('Bestemmingsreserves', ref='8.2', y25=736_420, y24=812_600),
          t.line('Gerealiseerd resultaat', ref='8.3', y25=214_977, y24=-76_180)]
    sev = t.total('', ev, kind='sub', indent=1)
    vp = [t.line('Voorzieningen', ref=9, y25=482_300, y24=455_000),
          t.line('Vaste schulden met een rentetypische looptijd van één jaar of langer', ref=10, y25=3_900_000,
                 y24=4_350_000)]
    svp = t.total('', [sev] + vp, kind='sub')
    t.blank()
    t.head('Vlottende passiva', bold=False, italic=True)
    vlp = [t.line('Netto vlottende schulden met een rentetypische looptijd korter dan één jaar', ref=11,
                  y25=2_311_942, y24=2_507_316),
           t.line('Overlopende passiva', ref=12, y25=1_011_666, y24=1_200_723)]
    # make the balans balance: put the difference into Overlopende passiva
    svlp = None
    act = t.rows[ta]['vals']
    pas_ex = {k: t.rows[svp]['vals'][k] + sum(t.rows[i]['vals'][k] for i in vlp) for k in ('y25', 'y24')}
    for k in ('y25', 'y24'):
        t.rows[vlp[1]]['vals'][k] += act[k] - pas_ex[k]
    svlp = t.total('', vlp, kind='sub')
    t.blank()
    tp = t.total('Totaal passiva', [svp, svlp])
    t.vrels.append((tp, [(1, ta)]))   # balans: Totaal passiva = Totaal activa
    var = dict(p1=('Materiële vaste activa', 'y24'), tot=('Totaal passiva', 'y25', 100_000),
               del_='Voorraden', sub=(('', 3), 'y25', 10_000))
    return t, var


TABLES = [t01, t02, t03, t04, t05, t06, t07, t08, t09, t10]


def find_row(t, spec):
    if isinstance(spec, tuple):      # ('', n): the n-th unlabelled row (1-based)
        ids = [r['id'] for r in t.rows if r['label'] == spec[0] and r['kind'] in ('sub', 'total')]
        return ids[spec[1] - 1]
    return t.R(spec)


def main():
    os.makedirs(os.path.join(HERE, 'xlsx'), exist_ok=True)
    truth = {}
    for fn in TABLES:
        t, var = fn()
        f0, tol0 = evaluate(t)
        assert not f0, (t.key, f0)
        for v in ('clean', 'p1', 'tot', 'del', 'sub'):
            tv = copy.deepcopy(t)
            deleted = ()
            altered = None
            name0 = t.key
            if v == 'p1':
                lab, ck = var['p1']
                rid = find_row(tv, lab)
                old = tv.rows[rid]['vals'][ck]
                assert old, (name0, lab, ck)
                step = tv.C(ck)['q']
                tv.rows[rid]['vals'][ck] = old + step
                altered = dict(label=lab, column=tv.colname(ck), action='%s -> %s' % (old, old + step))
            elif v in ('tot', 'sub'):
                lab, ck, d = var[v]
                rid = find_row(tv, lab)
                old = tv.rows[rid]['vals'][ck]
                tv.rows[rid]['vals'][ck] = old + d
                altered = dict(label=tv.rows[rid]['label'], column=tv.colname(ck), action='%s -> %s' % (old, old + d))
            elif v == 'del':
                rid = find_row(tv, var['del_'])
                deleted = (rid,)
                altered = dict(label=var['del_'], column='(whole line deleted)', action='line deleted')
            if altered is not None and tv.rows[rid].get('code'):
                altered['code'] = tv.rows[rid]['code']
            name = t.key + ('' if v == 'clean' else '_' + v) + '.xlsx'
            cells = write(tv, os.path.join(HERE, 'xlsx', name), deleted)
            fail, tol = evaluate(tv, deleted)
            order = {r['id']: i for i, r in enumerate(tv.rows)}
            ckeys = [c['key'] for c in tv.cols]
            fl = []
            for (rid2, ck2), trues in sorted(fail.items(), key=lambda kv: (order[kv[0][0]], ckeys.index(kv[0][1]))):
                e = entry(tv, rid2, ck2, trues)
                e['cell'] = cells[(rid2, ck2)]
                fl.append(e)
            tl = []
            for (rid2, ck2), tru in sorted(tol.items(), key=lambda kv: (order[kv[0][0]], ckeys.index(kv[0][1]))):
                e = entry(tv, rid2, ck2, [tru if tru is not None else 0])
                e['cell'] = cells.get((rid2, ck2))
                tl.append(e)
            rec = dict(kind=fn.__name__ + ' ' + t.subtitle, variant=v, failing=fl, tolerated=tl)
            if altered:
                rec['altered'] = altered
            truth[name] = rec
            if v != 'clean':
                assert fl, name
    json.dump(dict(files=truth), open(os.path.join(HERE, 'truth.json'), 'w'), indent=1, ensure_ascii=False)
    print('wrote %d xlsx' % len(truth))


if __name__ == '__main__':
    main()
