#!/usr/bin/env python3
"""sealed-trial23: 10 Dutch public-sector tables (+4 altered copies each) and truth.json.

Model: a table is columns + rows + relations. A relation says: target cell = signed sum of operand cells
(vertical sums, row relations, saldo lines). Clean values are filled from the relations (fixpoint), so every
clean table foots exactly as printed; truth = every relation whose printed target differs from the signed sum
of its printed operands (deleted rows drop out of the operands; relations targeting a deleted row vanish).
Ratios, products, minima, copies and percentages are NOT relations.
"""
import copy, json, os, random
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties

HERE = os.path.dirname(os.path.abspath(__file__))
NL = '[$-413]'
F_MIN = NL + '#,##0;' + NL + '-#,##0;"-"'
F_MIN0 = NL + '#,##0;' + NL + '-#,##0;0'
F_PAR = NL + '#,##0;' + NL + '(#,##0);"-"'
F_SIGN = NL + '+#,##0;' + NL + '-#,##0;0'
F_EUR = NL + '"€ "#,##0;' + NL + '"€ "-#,##0;"-"'
F_1D = NL + '#,##0.0;' + NL + '-#,##0.0;"-"'
F_2D = NL + '#,##0.00;' + NL + '-#,##0.00;"-"'
F_PCT = '0.0%'
F_PCT0 = '0%'
THIN = Side(style='thin')
DOUBLE = Side(style='double')
HAIR = Side(style='hair')


class T:
    def __init__(self, name, kind, **o):
        self.name, self.kind, self.o = name, kind, o
        self.cols = []      # dict(key, title, group, type: code|label|text|num, width, fmt)
        self.rows = []      # dict(id, label, code, kind, vals, texts)
        self.rels = []      # dict(tgt=(rid,ck), terms=[(sign,rid,ck)])
        self.scale = o.get('scale', 1)   # internal integers -> printed value = int * scale

    def col(self, key, title, typ='num', group=None, width=12, fmt=None, summed=True):
        self.cols.append(dict(key=key, title=title, type=typ, group=group, width=width, fmt=fmt, summed=summed))

    def row(self, rid, label, kind='item', code=None, vals=None, texts=None, height=None, indent=0):
        self.rows.append(dict(id=rid, label=label, kind=kind, code=code, vals=dict(vals or {}),
                              texts=dict(texts or {}), height=height, indent=indent))

    def numcols(self, summed_only=True):
        return [c['key'] for c in self.cols if c['type'] == 'num' and (c['summed'] or not summed_only)]

    def rel(self, tgt, terms):
        self.rels.append(dict(tgt=tgt, terms=terms))

    def vsum(self, tgt, parts, cols=None):
        for c in cols or self.numcols():
            terms = []
            for p in parts:
                s = -1 if p.startswith('-') else 1
                terms.append((s, p.lstrip('-'), c))
            self.rel((tgt, c), terms)

    def hsum(self, tc, parts, rows):
        for r in rows:
            terms = [(-1 if p.startswith('-') else 1, r, p.lstrip('-')) for p in parts]
            self.rel((r, tc), terms)

    def R(self, rid):
        for r in self.rows:
            if r['id'] == rid:
                return r
        raise KeyError(rid)

    def fill(self):
        for _ in range(8):
            for rl in self.rels:
                rid, c = rl['tgt']
                self.R(rid)['vals'][c] = sum(s * self.R(r)['vals'].get(cc, 0) or 0 for s, r, cc in rl['terms'])
        if self.o.get('post'):
            self.o['post'](self)
        f = evaluate(self)
        assert not f, (self.name, f)

    def coltitle(self, ck):
        c = [c for c in self.cols if c['key'] == ck][0]
        return (c['group'] + ' ' + c['title']) if c['group'] else c['title']


def evaluate(t):
    rows = {r['id']: r for r in t.rows}
    out = {}
    for rl in t.rels:
        rid, c = rl['tgt']
        if rid not in rows or rows[rid]['vals'].get(c) is None:
            continue
        tv = sum(s * (rows[r]['vals'].get(cc) or 0) for s, r, cc in rl['terms'] if r in rows)
        pv = rows[rid]['vals'][c]
        if abs(tv - pv) > 1e-9:
            key = (rid, c)
            if key in out:
                if tv != out[key]['true'] and tv not in out[key].setdefault('true_other', []):
                    out[key]['true_other'].append(tv)
            else:
                out[key] = dict(rid=rid, col=c, printed=pv, true=tv)
    res = []
    for (rid, c), e in out.items():
        r = rows[rid]
        d = dict(label=r['label'], column=t.coltitle(c), printed=e['printed'] * t.scale,
                 true=e['true'] * t.scale, unit=t.scale, code=r['code'])
        if 'true_other' in e:
            d['true_other'] = [x * t.scale for x in e['true_other']]
        d['printed'] = round(d['printed'], 6); d['true'] = round(d['true'], 6)
        res.append(d)
    return res


# ----------------------------------------------------------------------------------------------- writer
def write(t, path):
    o = t.o
    wb = Workbook()
    ws = wb.active
    ws.title = o.get('sheet', 'Tabel')
    ws.sheet_view.showGridLines = False
    fn, fs = o.get('font', 'Arial'), o.get('size', 10)

    def F(bold=False, italic=False, size=None, color=None):
        return Font(name=fn, size=size or fs, bold=bold, italic=italic, color=color)

    ncol = len(t.cols)
    last = get_column_letter(ncol)
    for i, c in enumerate(t.cols, 1):
        ws.column_dimensions[get_column_letter(i)].width = c['width']
    r = 1
    ws.cell(r, 1, o['title']).font = F(True, size=fs + o.get('tplus', 3))
    if o.get('merge_title'):
        ws.merge_cells('A%d:%s%d' % (r, last, r))
        ws.cell(r, 1).alignment = Alignment(horizontal=o.get('title_align', 'left'))
    r += 1
    if o.get('subtitle'):
        ws.cell(r, 1, o['subtitle']).font = F(italic=o.get('sub_italic', False), size=fs + 1)
        if o.get('merge_title'):
            ws.merge_cells('A%d:%s%d' % (r, last, r))
            ws.cell(r, 1).alignment = Alignment(horizontal=o.get('title_align', 'left'))
        r += 1
    if o.get('scale_line'):
        if o.get('scale_right'):
            cell = ws.cell(r, ncol, o['scale_line'])
            cell.alignment = Alignment(horizontal='right')
        else:
            cell = ws.cell(r, 1, o['scale_line'])
        cell.font = F(italic=True, size=fs - 1)
        r += 1
    r += 1
    hstart = r
    groups = any(c['group'] for c in t.cols)
    hv = o.get('head_valign', 'bottom')
    hb = o.get('head_border', 'bottom')
    hfill = None
    if o.get('head_fill'):
        from openpyxl.styles import PatternFill
        hfill = PatternFill('solid', fgColor=o['head_fill'])
    nhead = 2 if groups else 1
    for i, c in enumerate(t.cols, 1):
        horiz = 'left' if c['type'] in ('label', 'code', 'text') else o.get('head_halign', 'right')
        al = Alignment(horizontal=horiz, vertical=hv, wrap_text=True)
        if groups:
            if c['group']:
                ws.cell(r + 1, i, c['title']).alignment = al
                ws.cell(r + 1, i).font = F(True)
            else:
                ws.cell(r, i, c['title']).alignment = al
                ws.cell(r, i).font = F(True)
                if o.get('vmerge_head', True):
                    ws.merge_cells(start_row=r, start_column=i, end_row=r + 1, end_column=i)
                else:   # title in the lower row, upper empty
                    ws.cell(r, i).value = None
                    ws.cell(r + 1, i, c['title']).alignment = al
                    ws.cell(r + 1, i).font = F(True)
        else:
            ws.cell(r, i, c['title']).alignment = al
            ws.cell(r, i).font = F(True)
    if groups:
        i = 0
        while i < ncol:
            g = t.cols[i]['group']
            if g:
                j = i
                while j + 1 < ncol and t.cols[j + 1]['group'] == g:
                    j += 1
                ws.cell(r, i + 1, g).font = F(True)
                ws.cell(r, i + 1).alignment = Alignment(horizontal='center', vertical='bottom')
                if j > i:
                    ws.merge_cells(start_row=r, start_column=i + 1, end_row=r, end_column=j + 1)
                for k in range(i + 1, j + 2):
                    ws.cell(r, k).border = Border(bottom=THIN)
                i = j + 1
            else:
                i += 1
    for k in range(nhead):
        if o.get('head_height'):
            ws.row_dimensions[r + k].height = o['head_height'][k] if isinstance(o['head_height'], list) else o['head_height']
        for i in range(1, ncol + 1):
            if hfill:
                ws.cell(r + k, i).fill = hfill
            if k == nhead - 1 and hb:
                ws.cell(r + k, i).border = Border(bottom=THIN, top=ws.cell(r + k, i).border.top)
    r += nhead
    if o.get('repeat_header'):
        ws.print_title_rows = '%d:%d' % (hstart, r - 1)
    cellmap = {}
    va = o.get('valign', {})      # per cell type: label, code, text, num
    for row in t.rows:
        k = row['kind']
        if k == 'blank':
            if o.get('blank_height'):
                ws.row_dimensions[r].height = o['blank_height']
            r += 1
            continue
        bold = k in ('sub', 'total') or (k == 'head' and not o.get('head_italic'))
        italic = k == 'head' and o.get('head_italic')
        if row['height']:
            ws.row_dimensions[r].height = row['height']
        elif o.get('row_height') and k not in ('head',):
            ws.row_dimensions[r].height = o['row_height']
        for i, c in enumerate(t.cols, 1):
            cell = ws.cell(r, i)
            typ = c['type']
            v = None
            if typ == 'label':
                v = row['label']
                al = Alignment(horizontal='left', vertical=va.get('label'), wrap_text=o.get('wrap_labels', True),
                               indent=row['indent'] if k == 'item' and o.get('indent') else 0)
            elif typ == 'code':
                v = row['code']
                al = Alignment(horizontal=o.get('code_halign', 'left'), vertical=va.get('code'))
            elif typ == 'text':
                v = row['texts'].get(c['key'])
                al = Alignment(horizontal='left', vertical=va.get('text'), wrap_text=True)
            else:
                v = row['vals'].get(c['key'])
                if v is None:
                    v = row['texts'].get(c['key'])
                al = Alignment(horizontal='right', vertical=va.get('num'))
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    if c['fmt'] in (F_PCT, F_PCT0) or c.get('raw'):
                        pass
                    else:
                        v = round(v * t.scale, 6) if t.scale != 1 else v
                    cellmap[(row['id'], c['key'])] = cell.coordinate
            cell.value = v
            cell.alignment = al
            if typ == 'num' and isinstance(v, (int, float)):
                cell.number_format = row.get('fmt', {}).get(c['key']) if row.get('fmt') else (c['fmt'] or o.get('fmt', F_MIN))
                if row.get('rowfmt'):
                    cell.number_format = row['rowfmt']
            cell.font = F(bold, italic)
            if k == 'sub' and o.get('sub_border', True) and typ == 'num':
                cell.border = Border(top=THIN)
            if k == 'total' and typ == 'num':
                cell.border = Border(top=THIN, bottom=DOUBLE if o.get('double_total', True) else THIN)
        cellmap[(row['id'], None)] = r
        r += 1
    r += 1
    for n in o.get('notes', []):
        ws.cell(r, 1, n).font = F(italic=True, size=max(6, fs - 2))
        r += 1
    ps = ws.page_setup
    ps.paperSize = ws.PAPERSIZE_A4
    ps.orientation = o.get('orient', 'portrait')
    if o.get('fit'):
        ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
        ps.fitToWidth = 1
        ps.fitToHeight = 0
    m = o.get('margins')
    if m:
        ws.page_margins.left = ws.page_margins.right = m
        ws.page_margins.top = ws.page_margins.bottom = m + 0.1
    if o.get('footer'):
        ws.oddFooter.center.text = o['footer']
        ws.oddFooter.center.size = 8
    if o.get('center_h'):
        ws.print_options.horizontalCentered = True
    wb.save(path)
    return cellmap


# ----------------------------------------------------------------------------------------------- tables
rnd = random.Random(2323)


def rn(a, b, step=1):
    return rnd.randrange(a // step, b // step + 1) * step


def t01():
    t = T('t01_prov_programmaverantwoording', 'provincie jaarstukken: programmaverantwoording "Wat heeft het gekost?" met afwijkingen',
          title='Programma 3 Bereikbaarheid', subtitle='Wat heeft het gekost?', scale_line='Bedragen x € 1.000',
          font='Calibri', size=10, orient='portrait', fit=True, merge_title=False, tplus=4,
          valign={'label': 'top', 'code': 'top', 'text': 'top'}, fmt=F_MIN, indent=False,
          notes=['Afwijking = realisatie minus begroting na wijziging; een negatief bedrag bij de lasten is een onderschrijding.',
                 'De letters in de kolom Toel. verwijzen naar de toelichting op de afwijkingen in paragraaf 3.4.'],
          footer='Jaarstukken 2025 Provincie - pagina &P')
    t.col('code', 'Doel', 'code', width=6)
    t.col('lab', 'Omschrijving', 'label', width=40)
    t.col('prim', 'Primitief', group='Begroting 2025', width=11)
    t.col('nw', 'Na wijziging', group='Begroting 2025', width=11)
    t.col('real', 'Realisatie 2025', width=11)
    t.col('afw', 'Afwijking', width=11)
    t.col('toel', 'Toel.', 'text', width=6)
    doelen = [('3.1', 'Een goed onderhouden en veilig netwerk van provinciale wegen, bruggen en vaarwegen'),
              ('3.2', 'Betrouwbaar en betaalbaar openbaar vervoer in stad en regio'),
              ('3.3', 'Meer en veiliger fietsgebruik (fietsroutes, snelfietspaden en stallingen)'),
              ('3.4', 'Verkeersveiligheid en gedragsbeïnvloeding'),
              ('3.5', 'Slimme en duurzame mobiliteit (laadinfrastructuur, mobiliteitshubs)'),
              ('3.6', 'Vaarwegen en havens')]
    t.row('hL', 'Lasten', 'head')
    L = []
    for c, n in doelen:
        p = rn(3000, 60000); w = p + rn(-2500, 6000); rr = w + rn(-4000, 900)
        t.row('L' + c, n, code=c, vals=dict(prim=p, nw=w, real=rr), height=27 if len(n) > 48 else None)
        L.append('L' + c)
    t.row('TL', 'Totaal lasten', 'sub')
    t.row('hB', 'Baten', 'head')
    B = []
    for c, n in [doelen[0], doelen[1], doelen[4]]:
        p = rn(500, 20000); w = p + rn(-500, 3000); rr = w + rn(-800, 1500)
        t.row('B' + c, n, code=c, vals=dict(prim=p, nw=w, real=rr), height=27 if len(n) > 48 else None)
        B.append('B' + c)
    t.row('TB', 'Totaal baten', 'sub')
    t.row('S', 'Saldo van baten en lasten', 'total')
    t.row('x1', '', 'blank')
    t.row('hR', 'Mutaties reserves', 'head')
    t.row('RT', 'Toevoegingen aan reserves', code=None, vals=dict(prim=rn(1000, 4000), nw=rn(4000, 9000), real=rn(4000, 9000)))
    t.row('RO', 'Onttrekkingen aan reserves', code=None, vals=dict(prim=rn(5000, 12000), nw=rn(12000, 20000), real=rn(9000, 15000)))
    t.row('SR', 'Saldo mutaties reserves', 'sub')
    t.row('x2', '', 'blank')
    t.row('RES', 'Gerealiseerd resultaat programma 3', 'total')
    t.vsum('TL', L); t.vsum('TB', B); t.vsum('S', ['TB', '-TL']); t.vsum('SR', ['RO', '-RT']); t.vsum('RES', ['S', 'SR'])
    t.hsum('afw', ['real', '-nw'], [r['id'] for r in t.rows if r['kind'] not in ('head', 'blank')])
    letters = iter('ABCDEFGH')
    for r in t.rows:
        if r['id'][0] in 'LB' and r['id'] not in ('TL', 'TB') and r['kind'] == 'item':
            pass
    t.alts = dict(p1=('L3.3', 'real', 1), tot=('TL', 'nw', 1000), dele='L3.4', sub=('TB', 'real', 100))

    def post(t):
        for r in t.rows:
            if r['kind'] == 'item' and r['id'][0] in 'LB' and abs(r['vals'].get('afw', 0)) >= 1000:
                r['texts']['toel'] = next(letters)
    t.o['post'] = post
    return t


def t02():
    t = T('t02_renterisiconorm', 'begroting paragraaf financiering: renterisiconorm en renterisico op de vaste schuld',
          title='Renterisiconorm en renterisico vaste schuld 2026-2029', subtitle='Paragraaf financiering, tabel 4.3',
          scale_line='(bedragen x € 1.000)', scale_right=True, font='Arial', size=9, orient='portrait', fit=True,
          valign={'label': 'center', 'code': 'center', 'num': 'center'}, fmt=F_MIN, head_valign='center',
          head_fill='D9E1F2', row_height=15, notes=['Regel 6 is het laagste bedrag van regel 4 en regel 5.',
                                                    'Bron: Wet fido en Uitvoeringsregeling financiering decentrale overheden (Ruddo), model renterisiconorm.'],
          footer='&P')
    t.col('nr', 'Nr.', 'code', width=5)
    t.col('lab', 'Omschrijving', 'label', width=38)
    yrs = ['2026', '2027', '2028', '2029']
    for y in yrs:
        t.col(y, y, width=8)
    v = {}
    for y in yrs:
        d = {}
        d['1a'] = rn(0, 12000, 100); d['1b'] = rn(0, 2000, 100); d['2'] = d['1a'] - d['1b']
        d['3a'] = rn(8000, 40000, 500); d['3b'] = rn(0, 3000, 100); d['4'] = d['3a'] - d['3b']
        d['5'] = rn(9000, 30000, 100); d['6'] = min(d['4'], d['5']); d['7'] = d['2'] + d['6']
        d['8'] = rn(395000, 420000, 1000); d['10'] = round(d['8'] * 0.2)
        d['11'] = d['10'] - d['7']
        v[y] = d

    def vals(k):
        return {y: v[y][k] for y in yrs}
    t.row('r1a', 'Renteherzieningen op vaste schuld o/g', code='1a', vals=vals('1a'))
    t.row('r1b', 'Renteherzieningen op vaste schuld u/g', code='1b', vals=vals('1b'))
    t.row('r2', 'Netto renteherziening op vaste schuld (1a - 1b)', 'sub', code='2')
    t.row('x1', '', 'blank')
    t.row('r3a', 'Nieuw aangetrokken vaste schuld', code='3a', vals=vals('3a'))
    t.row('r3b', 'Nieuw verstrekte lange leningen', code='3b', vals=vals('3b'))
    t.row('r4', 'Netto nieuw aangetrokken vaste schuld (3a - 3b)', 'sub', code='4')
    t.row('r5', 'Betaalde aflossingen', code='5', vals=vals('5'))
    t.row('r6', 'Herfinanciering (laagste van 4 en 5)', code='6', vals=vals('6'))
    t.row('x2', '', 'blank')
    t.row('r7', 'Renterisico op vaste schuld (2 + 6)', 'total', code='7')
    t.row('x3', '', 'blank')
    t.row('h8', 'Renterisiconorm', 'head')
    t.row('r8', 'Begrotingstotaal', code='8', vals=vals('8'))
    t.row('r9', 'Het bij ministeriële regeling vastgestelde percentage', code='9', vals={y: 0.2 for y in yrs})
    t.row('r10', 'Renterisiconorm (8 x 9 / 100)', code='10', vals=vals('10'))
    t.row('x4', '', 'blank')
    t.row('h11', 'Toets renterisiconorm', 'head')
    t.row('r10b', 'Renterisiconorm', code='10', vals=vals('10'))
    t.row('r7b', 'Renterisico op vaste schuld', code='7', vals=vals('7'))
    t.row('r11', 'Ruimte (+) / Overschrijding (-) (10 - 7)', 'total', code='11')
    t.R('r9')['rowfmt'] = F_PCT0
    t.vsum('r2', ['r1a', '-r1b']); t.vsum('r4', ['r3a', '-r3b']); t.vsum('r7', ['r2', 'r6']); t.vsum('r11', ['r10b', '-r7b'])
    t.alts = dict(p1=('r1a', '2027', 1), tot=('r7', '2028', 100), dele='r3b', sub=('r4', '2026', 1000))
    return t


def t03():
    t = T('t03_kasgeldlimiet', 'jaarstukken paragraaf financiering: toets kasgeldlimiet per kwartaal',
          title='Kasgeldlimiet 2025', subtitle='Liquiditeitspositie per kwartaal (gemiddelde stand)',
          font='Times New Roman', size=11, orient='portrait', fit=True, merge_title=True, title_align='center',
          valign={}, fmt=F_PAR, head_italic=True, double_total=False,
          notes=['Bedragen x € 1.000; een netto vlottend overschot wordt tussen haakjes weergegeven.'], footer='Pagina &P van &N')
    t.col('lab', '', 'label', width=46)
    Q = ['q1', 'q2', 'q3', 'q4']
    for i, q in enumerate(Q):
        t.col(q, '%de kwartaal' % (i + 1), group='2025 (x € 1.000)', width=11)
    def rv(a, b):
        return {q: rn(a, b) for q in Q}
    t.row('h1', 'Vlottende korte schuld', 'head')
    t.row('s1', 'Opgenomen gelden < 1 jaar', vals=rv(0, 15000), indent=1)
    t.row('s2', 'Schuld in rekening-courant', vals=rv(200, 4000), indent=1)
    t.row('s3', 'Gestorte gelden door derden < 1 jaar', vals={q: 0 for q in Q}, indent=1)
    t.row('s4', 'Overige geldleningen niet zijnde vaste schuld', vals=rv(0, 900), indent=1)
    t.row('T1', '(1) Totaal vlottende schuld', 'sub')
    t.row('x1', '', 'blank')
    t.row('h2', 'Vlottende middelen', 'head')
    t.row('m1', 'Contante gelden in kas', vals=rv(1, 9), indent=1)
    t.row('m2', 'Tegoeden in rekening-courant', vals=rv(300, 9000), indent=1)
    t.row('m3', 'Overige uitstaande gelden < 1 jaar', vals=rv(0, 5000), indent=1)
    t.row('T2', '(2) Totaal vlottende middelen', 'sub')
    t.row('x2', '', 'blank')
    t.row('T3', '(3) Netto vlottende schuld (1) - (2)', 'total')
    t.row('x3', '', 'blank')
    t.row('h3', 'Toets kasgeldlimiet', 'head')
    bt = 248716
    t.row('k1', 'Begrotingstotaal 2025', vals={q: bt for q in Q}, indent=1)
    t.row('k2', 'Percentage regeling', vals={q: 0.085 for q in Q}, indent=1)
    t.row('k3', '(4) Kasgeldlimiet', vals={q: round(bt * 0.085) for q in Q}, indent=1)
    t.row('k4', '(3) Netto vlottende schuld', vals={}, indent=1)
    t.row('T5', '(5) Ruimte (+) / Overschrijding (-) (4) - (3)', 'total')
    t.R('k2')['rowfmt'] = '0.0%'
    t.vsum('T1', ['s1', 's2', 's3', 's4']); t.vsum('T2', ['m1', 'm2', 'm3']); t.vsum('T3', ['T1', '-T2']); t.vsum('T5', ['k3', '-k4'])

    def post(t):
        pass
    # k4 is a copy of T3 (not a relation): fill it before the fixpoint
    for _ in range(3):
        for rl in t.rels[:len(Q) * 3]:
            rid, c = rl['tgt']
            t.R(rid)['vals'][c] = sum(s * (t.R(r)['vals'].get(cc) or 0) for s, r, cc in rl['terms'])
    t.R('k4')['vals'] = dict(t.R('T3')['vals'])
    t.alts = dict(p1=('m2', 'q3', 1), tot=('T1', 'q2', 1000), dele='s2', sub=('T2', 'q4', 50))
    return t


def t04():
    t = T('t04_kostendekkendheid_heffingen', 'begroting paragraaf lokale heffingen: kostendekkendheid per heffing',
          title='Paragraaf Lokale heffingen', subtitle='Tabel 5.2 Kostendekkendheid heffingen en leges 2026',
          scale_line='Bedragen in euro\'s', font='Segoe UI', size=9, orient='landscape', fit=True,
          valign={'label': 'top', 'num': 'center'}, fmt=F_MIN, head_valign='top', head_height=40,
          notes=['Toe te rekenen overhead volgens de notitie Overhead (BBV) op basis van de directe personeelslasten per taakveld.',
                 'De BTW betreft compensabele BTW die aan de heffing wordt toegerekend.'],
          footer='Programmabegroting 2026')
    t.col('lab', 'Kostendekkendheid', 'label', width=38)
    H = [('afv', 'Afvalstoffen-heffing'), ('rio', 'Rioolheffing'), ('lijk', 'Lijkbezorgings-rechten'),
         ('omg', 'Leges omgevings-vergunning'), ('bur', 'Leges burgerzaken'), ('mark', 'Marktgelden'),
         ('hav', 'Haven- en ligplaatsgelden')]
    for k, n in H:
        t.col(k, n, width=13)
    size = dict(afv=(5200000, 7400000), rio=(4800000, 6900000), lijk=(380000, 720000), omg=(1200000, 2300000),
                bur=(500000, 900000), mark=(40000, 90000), hav=(150000, 260000))
    kos, ink, ovh, btw, kw, opb = {}, {}, {}, {}, {}, {}
    for k, _ in H:
        a, b = size[k]
        kos[k] = rn(a, b); ink[k] = -rn(0, a // 6); ovh[k] = rn(a // 20, a // 6)
        btw[k] = rn(a // 12, a // 6) if k in ('afv', 'rio') else 0
        kw[k] = rn(60000, 190000) if k in ('afv', 'rio') else 0
    t.row('k', 'Kosten taakveld(en), incl. (omslag)rente', vals=kos, height=26)
    t.row('i', 'Inkomsten taakveld(en), excl. heffingen', vals=ink, height=26)
    t.row('N', 'Netto kosten taakveld', 'sub')
    t.row('x1', '', 'blank')
    t.row('h', 'Toe te rekenen kosten:', 'head')
    t.row('o', 'Overhead incl. onderdeel personeelslasten', vals=ovh, height=26)
    t.row('b', 'BTW', vals=btw)
    t.row('kw', 'Kwijtschelding', vals=kw)
    t.row('TK', 'Totale kosten', 'total')
    t.row('x2', '', 'blank')
    t.row('op', 'Opbrengst heffingen', vals={})
    t.row('pct', 'Dekkingspercentage', vals={})
    t.vsum('N', ['k', 'i']); t.vsum('TK', ['N', 'o', 'b', 'kw'])

    def post(t):
        for k, _ in H:
            tk = t.R('TK')['vals'][k]
            p = {'afv': 1.0, 'rio': 1.0, 'lijk': rnd.uniform(.6, .9), 'omg': rnd.uniform(.7, .95),
                 'bur': rnd.uniform(.5, .8), 'mark': rnd.uniform(.4, .7), 'hav': rnd.uniform(.6, .85)}[k]
            op = int(round(tk * p))
            t.R('op')['vals'][k] = op
            t.R('pct')['vals'][k] = round(op / tk, 3)
        t.R('pct')['rowfmt'] = F_PCT
    t.o['post'] = post
    t.alts = dict(p1=('o', 'rio', 1), tot=('TK', 'afv', 10000), dele='b', sub=('N', 'omg', 5000))
    return t


def t05():
    t = T('t05_ws_zuiveringsbeheer', 'waterschap jaarverslag: kosten zuiveringsbeheer per rwzi',
          title='Zuiveringsbeheer: kosten per rioolwaterzuivering 2025', subtitle='Jaarverslag 2025, hoofdstuk 4 Schoon water',
          font='Tahoma', size=10, orient='landscape', fit=True, margins=0.5,
          valign={'label': 'top', 'code': 'top'}, fmt=F_MIN, row_height=24, indent=True,
          notes=['Capaciteit in inwonerequivalenten (i.e.) volgens de watervergunning; belasting in vervuilingseenheden (v.e.) van 150 g TZV.',
                 'Kosten per v.e. = totale kosten / belasting; de kosten van transport en slibverwerking zijn niet aan de zuiveringen toegerekend.'],
          footer='Pagina &P')
    t.col('nr', 'Rwzi', 'code', width=6)
    t.col('lab', 'Zuivering', 'label', width=24)
    t.col('cap', 'Capaciteit (i.e.)', width=11, summed=False)
    t.col('bel', 'Belasting (v.e.)', width=11)
    C = [('en', 'Energie'), ('ch', 'Chemi-caliën'), ('sl', 'Slibafvoer'), ('op', 'Onderhoud en personeel'), ('kl', 'Kapitaal-lasten'), ('tot', 'Totaal')]
    for k, n in C:
        t.col(k, n, group='Kosten 2025 (x € 1.000)', width=10)
    t.col('pve', 'Kosten per v.e. (€)', width=10, fmt=F_2D, summed=False)
    t.o['head_height'] = [15, 30]
    clusters = [('N', 'Cluster Noord', ['Ameland', 'Dokkum', 'Franeker', 'Harlingen', 'Leeuwarden', 'Oosterwolde', 'Sneek', 'Terschelling']),
                ('M', 'Cluster Midden', ['Akkrum', 'Drachten', 'Gorredijk', 'Heerenveen', 'Joure', 'Wolvega', 'Grou']),
                ('Z', 'Cluster Zuid', ['Lemmer', 'Bolsward', 'Workum', 'Stavoren', 'Balk', 'Oosterend', 'Wijckel'])]
    subs = []
    for ck, cn, names in clusters:
        t.row('h' + ck, cn, 'head')
        ids = []
        for j, n in enumerate(names):
            cap = rn(6000, 180000, 500); bel = int(cap * rnd.uniform(.55, .85))
            f = bel / 1000.
            vals = dict(cap=cap, bel=bel, en=int(f * rnd.uniform(6, 11)), ch=int(f * rnd.uniform(1, 4)),
                        sl=int(f * rnd.uniform(5, 9)), op=int(f * rnd.uniform(8, 15)), kl=int(f * rnd.uniform(10, 22)))
            lab = 'Rwzi ' + n
            if j == 2:
                lab = 'Rwzi ' + n + ' (incl. voorbehandeling industrieel afvalwater)'
            t.row(ck + str(j), lab, code='%s%02d' % (ck, j + 1), vals=vals, indent=1)
            ids.append(ck + str(j))
        t.row('S' + ck, 'Subtotaal ' + cn.lower(), 'sub')
        t.vsum('S' + ck, ids, ['bel', 'en', 'ch', 'sl', 'op', 'kl'])
        subs.append('S' + ck)
        t.row('b' + ck, '', 'blank')
    t.row('TR', "Totaal rwzi's", 'sub')
    t.vsum('TR', subs, ['bel', 'en', 'ch', 'sl', 'op', 'kl'])
    t.row('TP', 'Transportstelsel (rioolgemalen en persleidingen)', vals=dict(en=rn(900, 1500), op=rn(1500, 3000), kl=rn(2000, 4000), ch=0, sl=0))
    t.row('SV', 'Slibverwerking (aandeel in slibverbrandingsinstallatie)', vals=dict(en=0, ch=0, sl=rn(4000, 7000), op=0, kl=rn(300, 900)))
    t.row('TZ', 'Totaal zuiveringsbeheer', 'total')
    t.vsum('TZ', ['TR', 'TP', 'SV'], ['en', 'ch', 'sl', 'op', 'kl'])
    allrows = [r['id'] for r in t.rows if r['kind'] not in ('head', 'blank')]
    t.hsum('tot', ['en', 'ch', 'sl', 'op', 'kl'], allrows)
    t.vsum('TZ', ['TR', 'TP', 'SV'], ['tot'])

    def post(t):
        for r in t.rows:
            if r['kind'] in ('item', 'sub') and r['vals'].get('bel'):
                r['vals']['pve'] = round(r['vals']['tot'] * 1000 / r['vals']['bel'], 2)
    t.o['post'] = post
    t.alts = dict(p1=('M3', 'en', 1), tot=('TZ', 'tot', 100), dele='N5', sub=('SZ', 'kl', 50))
    return t


def t06():
    t = T('t06_sociaal_domein_regelingen', 'gemeente jaarverslag: ontwikkeling lasten sociaal domein per regeling 2021-2025',
          title='Ontwikkeling sociaal domein 2021-2025', subtitle='Gerealiseerde lasten per regeling (x € 1 miljoen)',
          font='Cambria', size=11, orient='portrait', fit=True, repeat_header=True, scale=0.1,
          valign={'label': 'top', 'code': 'top', 'num': 'bottom'}, fmt=F_1D, row_height=32, indent=True,
          notes=['Bron: jaarrekeningen 2021 tot en met 2025; bedragen x € 1 miljoen, afgerond op één decimaal.',
                 'Mutatie = realisatie 2025 minus realisatie 2024.'],
          footer='Jaarverslag 2025 - Sociaal domein - pagina &P van &N')
    t.col('tv', 'Taak-veld', 'code', width=6)
    t.col('lab', 'Regeling', 'label', width=30)
    Y = ['2021', '2022', '2023', '2024', '2025']
    for y in Y:
        t.col(y, y, group='Realisatie', width=7)
    t.col('mut', 'Mutatie 2025-2024', width=9)
    t.o['head_height'] = [15, 30]
    blocks = [('W', 'Wmo', [('6.71a', 'Hulp bij het huishouden'), ('6.71b', 'Begeleiding en dagbesteding (individueel en groep)'),
                            ('6.71c', 'Hulpmiddelen en woonvoorzieningen'), ('6.71c', 'Vervoersvoorzieningen en regiotaxi'),
                            ('6.81', 'Beschermd wonen en maatschappelijke opvang (centrumgemeente)'),
                            ('6.1', 'Toegang Wmo en onafhankelijke cliëntondersteuning')]),
              ('J', 'Jeugd', [('6.72', 'Jeugdhulp zonder verblijf (ambulant, incl. pgb)'), ('6.82', 'Jeugdhulp met verblijf (pleegzorg, residentieel)'),
                              ('6.82', 'Jeugdbescherming en jeugdreclassering'), ('6.1', 'Lokale jeugdteams en toegang')]),
              ('P', 'Participatie', [('6.3', 'Bijstandsuitkeringen (BUIG)'), ('6.3', 'Bijzondere bijstand en minimabeleid'),
                                     ('6.3', 'Schuldhulpverlening'), ('6.4', 'Re-integratie en participatievoorzieningen'),
                                     ('6.4', 'Beschut werk en Wsw (bijdrage werkbedrijf)')])]
    subs = []
    for bk, bn, items in blocks:
        t.row('h' + bk, bn, 'head')
        ids = []
        for j, (c, n) in enumerate(items):
            base = rn(15, 420)
            vals = {}
            for y in Y:
                base = max(5, int(base * rnd.uniform(.95, 1.12)))
                vals[y] = base
            t.row(bk + str(j), n, code=c, vals=vals, indent=1)
            ids.append(bk + str(j))
        t.row('S' + bk, 'Totaal ' + bn, 'sub')
        t.vsum('S' + bk, ids, Y)
        subs.append('S' + bk)
        t.row('b' + bk, '', 'blank')
    t.row('TS', 'Totaal lasten sociaal domein', 'total')
    t.vsum('TS', subs, Y)
    t.row('AF', 'Af: rijksbijdrage BUIG en eigen bijdragen', vals={y: -rn(300, 420) for y in Y})
    t.row('NL', 'Netto lasten sociaal domein', 'total')
    t.vsum('NL', ['TS', 'AF'], Y)
    t.hsum('mut', ['2025', '-2024'], [r['id'] for r in t.rows if r['kind'] not in ('head', 'blank')])
    t.alts = dict(p1=('J1', '2023', 1), tot=('TS', '2025', 50), dele='W3', sub=('SP', '2022', 20))
    return t


def t07():
    t = T('t07_overlopende_passiva', 'gemeente jaarrekening: staat van overlopende passiva, voorschotbedragen met specifiek bestedingsdoel (art. 49 BBV)',
          title='Staat van overlopende passiva', subtitle='Van Europese en Nederlandse overheidslichamen ontvangen voorschotbedragen voor uitkeringen met een specifiek bestedingsdoel (art. 49 lid b BBV)',
          font='Times New Roman', size=9, orient='landscape', fit=True, merge_title=True,
          valign={'label': 'center', 'code': 'top', 'num': 'bottom'}, fmt=F_MIN0, head_valign='center',
          vmerge_head=False, sub_border=True, blank_height=6,
          notes=['Vrijgevallen bedragen zijn als negatief bedrag opgenomen.'], footer='Jaarrekening 2025')
    t.col('lab', 'Verstrekker / regeling', 'label', width=48)
    t.col('ken', 'Kenmerk beschikking', 'text', width=20)
    t.col('s1', 'Saldo 1 januari 2025', width=14)
    t.col('toe', 'Toevoegingen', width=14)
    t.col('vr', 'Vrijgevallen bedragen', width=14)
    t.col('s31', 'Saldo 31 december 2025', width=14)
    groups = [('R', 'Rijk', [('SPUK Lokale Sportakkoorden en Gezond en Actief Leven', 'VWS/2023-412'),
                            ('SPUK Impuls Aanpak Geldzorgen, Armoede en Schulden', 'SZW/2023-1187'),
                            ('Regeling specifieke uitkering brede aanpak dakloosheid', 'VWS/2024-77'),
                            ('Volkshuisvestingsfonds (tranche 2)', 'BZK/2022-560'),
                            ('Nationaal Programma Onderwijs', 'OCW/NPO-2022'),
                            ('Regeling reductie energiegebruik woningen (RREW)', 'BZK/2023-90'),
                            ('Specifieke uitkering aanpak ondermijning', 'JenV/2024-3')]),
              ('P', 'Provincie', [('Subsidie mobiliteitsvisie en fietsnetwerk', 'PG 2024-018823'),
                                  ('Regionale Energiestrategie (RES) uitvoering', 'PG 2023-77410'),
                                  ('Leefbaarheid kleine kernen', 'PG 2025-00215')]),
              ('O', 'Overige overheidslichamen', [('ESF+ regio Rivierenland (EU)', 'ESF+ 2023-R05'),
                                                  ('LEADER Achterhoek (EU/POP3)', 'POP3-L-22'),
                                                  ('Waterschap: klimaatadaptatie stedelijk gebied', 'WRIJ-2024-51')])]
    subs = []
    for gk, gn, items in groups:
        t.row('h' + gk, gn, 'head')
        ids = []
        for j, (n, ken) in enumerate(items):
            s1 = rn(0, 900000); toe = rn(0, 1200000); vr = -min(s1 + toe, rn(0, 800000))
            if j == 2 and gk == 'R':
                s1 = 0
            t.row(gk + str(j), n, vals=dict(s1=s1, toe=toe, vr=vr), texts=dict(ken=ken), height=25 if len(n) > 44 else None)
            ids.append(gk + str(j))
        t.row('S' + gk, 'Subtotaal ' + gn.lower(), 'sub')
        t.vsum('S' + gk, ids, ['s1', 'toe', 'vr'])
        subs.append('S' + gk)
        t.row('b' + gk, '', 'blank')
    t.row('TT', 'Totaal ontvangen voorschotbedragen specifiek bestedingsdoel', 'total', height=25)
    t.vsum('TT', subs, ['s1', 'toe', 'vr'])
    t.hsum('s31', ['s1', 'toe', 'vr'], [r['id'] for r in t.rows if r['kind'] not in ('head', 'blank')])
    t.alts = dict(p1=('R4', 'toe', 1), tot=('TT', 's31', 10000), dele='P1', sub=('SR', 'vr', -1000))
    return t


def t08():
    t = T('t08_wnt_bezoldiging', 'GR jaarrekening: WNT-verantwoording bezoldiging topfunctionarissen',
          title='Verantwoording Wet normering topinkomens (WNT)', subtitle='1a. Leidinggevende topfunctionarissen met dienstbetrekking',
          font='Arial', size=9, orient='portrait', fit=True,
          valign={'label': 'top', 'text': 'top'}, fmt=F_EUR, head_valign='bottom', sub_border=True, double_total=False,
          notes=['Het bezoldigingsmaximum 2025 voor de GR bedraagt € 246.000 (klasse IV, algemeen bezoldigingsmaximum).'],
          footer='Jaarrekening 2025 Veiligheidsregio')
    t.col('lab', 'bedragen x € 1', 'label', width=44)
    P = [('p1', 'M.J. van der Berg'), ('p2', 'S. Öztürk'), ('p3', 'drs. H.A. Kramer')]
    for k, n in P:
        t.col(k, n, width=17)
    txt = lambda a, b, c: dict(p1=a, p2=b, p3=c)
    t.row('f1', 'Functiegegevens', 'item', texts=txt('Algemeen directeur', 'Directeur bedrijfsvoering', 'Commandant brandweer'))
    t.row('f2', 'Aanvang en einde functievervulling in 2025', texts=txt('01/01 - 31/12', '01/01 - 31/12', '01/04 - 31/12'), height=24)
    t.row('f3', 'Omvang dienstverband (als deeltijdfactor in fte)', vals=dict(p1=1.0, p2=0.89, p3=1.0), height=24)
    t.row('f4', 'Dienstbetrekking?', texts=txt('ja', 'ja', 'ja'))
    t.row('x0', '', 'blank')
    t.row('hB', 'Bezoldiging', 'head')
    t.row('a1', 'Beloning plus belastbare onkostenvergoedingen', vals=dict(p1=171340, p2=128877, p3=109215), height=24)
    t.row('a2', 'Beloningen betaalbaar op termijn', vals=dict(p1=26419, p2=20112, p3=17306))
    t.row('aS', 'Subtotaal', 'sub')
    t.row('x1', '', 'blank')
    t.row('a3', 'Individueel toepasselijk bezoldigingsmaximum', vals=dict(p1=246000, p2=218940, p3=184911), height=24)
    t.row('x2', '', 'blank')
    t.row('a4', '-/- Onverschuldigd betaald en nog niet terugontvangen bedrag', vals=dict(p1=0, p2=0, p3=0), height=24)
    t.row('aT', 'Bezoldiging', 'total')
    t.row('a5', 'Reden waarom de overschrijding al dan niet is toegestaan', texts=txt('N.v.t.', 'N.v.t.', 'N.v.t.'), height=24)
    t.row('x3', '', 'blank')
    t.row('hG', 'Gegevens 2024', 'head')
    t.row('g1', 'Aanvang en einde functievervulling in 2024', texts=txt('01/01 - 31/12', '01/01 - 31/12', 'n.v.t.'), height=24)
    t.row('g2', 'Omvang dienstverband 2024 (als deeltijdfactor in fte)', vals=dict(p1=1.0, p2=0.89), texts=dict(p3='n.v.t.'), height=24)
    t.row('g3', 'Beloning plus belastbare onkostenvergoedingen', vals=dict(p1=163902, p2=121544), texts=dict(p3='n.v.t.'), height=24)
    t.row('g4', 'Beloningen betaalbaar op termijn', vals=dict(p1=24815, p2=18760), texts=dict(p3='n.v.t.'))
    t.row('gS', 'Subtotaal', 'sub')
    t.row('g5', 'Individueel toepasselijk bezoldigingsmaximum 2024', vals=dict(p1=233000, p2=207370), texts=dict(p3='n.v.t.'), height=24)
    t.row('gT', 'Bezoldiging 2024', 'total')
    for r in ('f3', 'g2'):
        t.R(r)['rowfmt'] = NL + '0.00'
    t.vsum('aS', ['a1', 'a2']); t.vsum('aT', ['aS', '-a4'])
    t.vsum('gS', ['g3', 'g4'], ['p1', 'p2']); t.vsum('gT', ['gS'], ['p1', 'p2'])
    t.alts = dict(p1=('a1', 'p2', 1), tot=('aT', 'p1', 1000), dele='a2', sub=('aS', 'p3', 1000))
    return t


def t09():
    t = T('t09_meicirculaire', 'gemeente raadsinformatiebrief: financiële gevolgen meicirculaire gemeentefonds',
          title='Meicirculaire 2026 gemeentefonds', subtitle='Bijlage bij raadsinformatiebrief: mutaties algemene uitkering 2026-2029',
          scale_line='Bedragen in € (+ = voordeel, - = nadeel)', font='Verdana', size=8, orient='portrait', fit=True,
          valign={'label': 'center', 'num': 'center'}, fmt=F_SIGN, head_valign='bottom', head_fill='FCE4D6',
          notes=['Taakmutaties worden budgettair neutraal aan de betreffende programma\'s toegevoegd.',
                 'Bron: meicirculaire gemeentefonds 2026, eigen berekening met actuele maatstaven per 1 januari 2026.'],
          footer='pagina &P')
    t.col('lab', 'Omschrijving', 'label', width=56)
    Y = ['2026', '2027', '2028', '2029']
    for y in Y:
        t.col(y, y, width=13)
    base = {y: 118_400_000 + rn(-900_000, 2_400_000) for y in Y}
    t.row('B', 'Algemene uitkering volgens begroting 2026 (stand septembercirculaire 2025)', vals=base, height=24)
    t.R('B')['rowfmt'] = F_MIN
    t.row('hM', 'Mutaties meicirculaire 2026', 'head')
    muts = [('m1', 'Accres (volume- en prijsontwikkeling rijksuitgaven)', 900_000, 2_600_000, 1),
            ('m2', 'Hoeveelheidsverschillen (ontwikkeling maatstaven)', -400_000, 700_000, 1),
            ('m3', 'Uitkeringsfactor en verevening', -1_500_000, 300_000, 1),
            ('m4', 'Taakmutatie Wet verbetering beschikbaarheid jeugdzorgaanbieders', 30_000, 140_000, 1),
            ('m5', 'Taakmutatie Vergoeding raadsleden en wethouders', 20_000, 90_000, 1),
            ('m6', 'Taakmutatie Inburgering (Wet inburgering 2021)', -200_000, 250_000, 1),
            ('m7', 'Integratie-uitkering Voogdij/18+ (overheveling)', 100_000, 300_000, 1),
            ('m8', 'Decentralisatie-uitkering Vrouwenopvang', 10_000, 60_000, 1)]
    for k, n, a, b, _ in muts:
        t.row(k, n, vals={y: rn(a, b) for y in Y}, height=24 if len(n) > 55 else None, indent=1)
    t.row('TM', 'Totaal mutaties meicirculaire 2026', 'sub')
    t.row('ST', 'Algemene uitkering volgens meicirculaire 2026', 'total')
    t.row('x1', '', 'blank')
    t.row('hA', 'Af: toevoegen aan budgetten (taakmutaties)', 'head')
    for k in ('m4', 'm5', 'm6'):
        n = [m[1] for m in muts if m[0] == k][0]
        t.row('a' + k, n, vals={y: -t.R(k)['vals'][y] for y in Y}, height=24 if len(n) > 55 else None, indent=1)
    t.row('TA', 'Totaal taakmutaties', 'sub')
    t.row('x2', '', 'blank')
    t.row('PS', 'Per saldo voordeel (+) / nadeel (-) meicirculaire', 'total')
    t.vsum('TM', [m[0] for m in muts]); t.vsum('ST', ['B', 'TM']); t.vsum('TA', ['am4', 'am5', 'am6']); t.vsum('PS', ['TM', 'TA'])
    t.R('ST')['rowfmt'] = F_MIN
    t.alts = dict(p1=('m2', '2029', 1), tot=('PS', '2027', 100000), dele='m8', sub=('TM', '2028', 10000))
    return t


def t10():
    t = T('t10_mjop_gebouwen', 'gemeente begroting paragraaf onderhoud kapitaalgoederen: meerjarenonderhoudsplan gebouwen en verloop voorziening',
          title='Meerjarenonderhoudsplan gemeentelijke gebouwen 2026-2031', subtitle='Paragraaf onderhoud kapitaalgoederen - gebouwen',
          font='Arial Narrow', size=10, orient='landscape', fit=True, margins=0.4,
          valign={'label': 'bottom', 'code': 'top', 'num': 'bottom'}, fmt=F_PAR, head_valign='center',
          notes=['Planning volgens MJOP (conditiemeting NEN 2767, peildatum 1 oktober 2025), prijspeil 2026.',
                 'Onttrekkingen aan de voorziening zijn tussen haakjes weergegeven.'], footer='Begroting 2026 - pagina &P van &N')
    t.col('code', 'Object', 'code', width=8)
    t.col('lab', 'Omschrijving', 'label', width=36)
    Y = [str(y) for y in range(2026, 2032)]
    for y in Y:
        t.col(y, y, group='Planning onderhoud (x € 1.000)', width=9)
    t.col('tot', 'Totaal 2026-2031', width=11)
    G = [('S', 'Sportaccommodaties', ['Sporthal De Wissel', 'Zwembad Het Baken', 'Sportpark Noord (kleedaccommodaties)', 'Gymzaal Molenstraat']),
         ('C', 'Cultuur en welzijn', ['Bibliotheek en theater Het Kruispunt', 'Muziekschool', 'Wijkcentrum De Schakel']),
         ('K', 'Kantoren en overig vastgoed', ['Stadhuis', 'Gemeentewerf en zoutloods', 'Brandweerkazerne (verhuurd aan VR)', 'Begraafplaats (aula en dienstwoning)'])]
    subs = []
    n = 0
    for gk, gn, items in G:
        t.row('h' + gk, gn, 'head')
        ids = []
        for j, nm in enumerate(items):
            n += 1
            t.row(gk + str(j), nm, code='G-%03d' % (n * 7), vals={y: rn(0, 420) if rnd.random() > .2 else 0 for y in Y}, indent=1)
            ids.append(gk + str(j))
        t.row('S' + gk, 'Subtotaal ' + gn.lower(), 'sub')
        t.vsum('S' + gk, ids, Y)
        subs.append('S' + gk)
    t.row('TO', 'Totaal onderhoudskosten', 'total')
    t.vsum('TO', subs, Y)
    t.row('x1', '', 'blank')
    t.row('hV', 'Verloop voorziening onderhoud gebouwen', 'head')
    t.row('V1', 'Stand 1 januari', vals={})
    t.row('V2', 'Dotatie', vals={y: 1150 for y in Y})
    t.row('V3', 'Onttrekking (uitgevoerd onderhoud)', vals={})
    t.row('V4', 'Stand 31 december', 'sub')
    rows_h = [r['id'] for r in t.rows if r['kind'] not in ('head', 'blank') and r['id'] not in ('V1', 'V4')]
    t.hsum('tot', Y, rows_h)
    t.vsum('V4', ['V1', 'V2', 'V3'], Y)
    # fill the chain (copies, not relations): stand 1-1 = stand 31-12 previous year; onttrekking = -totaal
    for _ in range(3):
        for rl in t.rels:
            rid, c = rl['tgt']
            if rid in ('V4',):
                continue
            t.R(rid)['vals'][c] = sum(s * (t.R(r)['vals'].get(cc) or 0) for s, r, cc in rl['terms'])
    st = 2870
    for y in Y:
        t.R('V1')['vals'][y] = st
        t.R('V3')['vals'][y] = -t.R('TO')['vals'][y]
        st = st + 1150 - t.R('TO')['vals'][y]
    t.alts = dict(p1=('C1', '2029', 1), tot=('TO', '2027', 100), dele='S2', sub=('SK', '2029', 50))
    return t


TABLES = [t01, t02, t03, t04, t05, t06, t07, t08, t09, t10]


def main():
    os.makedirs(os.path.join(HERE, 'xlsx'), exist_ok=True)
    truth = {}
    summary = []
    for fn in TABLES:
        t = fn()
        t.fill()
        # hsum on V2/V3 'tot' was cleared for t10 after fill: remove relations targeting None cells is automatic
        clean = t
        cm = write(clean, os.path.join(HERE, 'xlsx', t.name + '.xlsx'))
        truth[t.name + '.xlsx'] = dict(kind=t.kind, variant='clean', failing=[])
        for var in ('p1', 'tot', 'del', 'sub'):
            a = copy.deepcopy(clean)
            if var == 'del':
                rid = clean.alts['dele']
                row = a.R(rid)
                a.rows = [r for r in a.rows if r['id'] != rid]
                altered = dict(label=row['label'], column='(whole line deleted)', cell='row %d' % cm[(rid, None)], code=row['code'])
            else:
                rid, ck, d = clean.alts[var]
                if var == 'p1':
                    d = 1
                r = a.R(rid)
                old = r['vals'][ck]
                r['vals'][ck] = old + d
                altered = dict(label=r['label'], column=clean.coltitle(ck), cell=cm[(rid, ck)], code=r['code'],
                               action='%s -> %s' % (round(old * t.scale, 6), round((old + d) * t.scale, 6)))
            fail = evaluate(a)
            assert fail, (t.name, var)
            nm = '%s_%s.xlsx' % (t.name, var)
            write(a, os.path.join(HERE, 'xlsx', nm))
            truth[nm] = dict(kind=t.kind, variant=var, altered=altered, failing=fail)
            summary.append('%s: %s; %d failing' % (nm, altered.get('action', 'deleted'), len(fail)))
    json.dump(dict(files=truth), open(os.path.join(HERE, 'truth.json'), 'w'), indent=1, ensure_ascii=False)
    print('\n'.join(summary))


if __name__ == '__main__':
    main()
