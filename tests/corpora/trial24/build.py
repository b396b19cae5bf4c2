#!/usr/bin/env python3
"""trial24: 10 Dutch public-sector tables (open corpus) (+4 altered copies each) and truth.json.

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
rnd = random.Random(2424)


def rn(a, b, step=1):
    return rnd.randrange(a // step, b // step + 1) * step


def t01():
    """M1 split row: label/code top, figures bottom in tall rows (one page)."""
    t = T('t01_gr_omgevingsdienst_bijdragen', 'GR omgevingsdienst begroting: bijdragen deelnemers per taakpakket',
          title='Bijdragen deelnemers 2026', subtitle='Begroting 2026 Omgevingsdienst, bijlage 2',
          scale_line='Bedragen in euro\'s', font='Tahoma', size=9, orient='landscape', fit=True, margins=0.5,
          valign={'label': 'top', 'code': 'top'}, fmt=F_MIN, row_height=26, indent=True,
          notes=['Basistaken volgens het landelijk basistakenpakket; plustaken en projecten volgens de dienstverleningsovereenkomst.',
                 'Aandeel = bijdrage deelnemer als percentage van het totaal van de deelnemersbijdragen.'],
          footer='Begroting 2026 - pagina &P')
    t.col('nr', 'Nr.', 'code', width=5)
    t.col('lab', 'Deelnemer', 'label', width=26)
    C = [('bas', 'Basis-taken'), ('vth', 'Plustaken VTH'), ('ene', 'Energie en klimaat'), ('bod', 'Bodem en asbest'), ('pro', 'Projecten')]
    for k, n in C:
        t.col(k, n, group='Bijdrage 2026 per taakpakket', width=11)
    t.col('tot', 'Totaal bijdrage', width=12)
    t.col('pct', 'Aandeel', width=8, fmt=NL + '0.0%', summed=False)
    t.o['head_height'] = [15, 30]
    groups = [('G', 'Gemeenten', ['Gemeente Berkelland', 'Gemeente Bronckhorst', 'Gemeente Doetinchem', 'Gemeente Hof van Twente',
                                   'Gemeente Lochem', 'Gemeente Montferland', 'Gemeente Oost Gelre', 'Gemeente Oude IJsselstreek',
                                   'Gemeente Winterswijk', 'Gemeente Zutphen', 'Gemeente Aalten', 'Gemeente Berg en Dal']),
              ('P', 'Provincie', ['Provincie Gelderland (VTH-taken bedrijven)', 'Provincie Gelderland (Wet natuurbescherming)'])]
    subs = []
    n = 0
    for gk, gn, items in groups:
        t.row('h' + gk, gn, 'head')
        ids = []
        for j, nm in enumerate(items):
            n += 1
            f = rnd.uniform(.5, 2.2) * (3 if gk == 'P' else 1)
            vals = dict(bas=int(410000 * f), vth=int(rnd.uniform(80000, 260000) * f), ene=int(rnd.uniform(15000, 60000) * f),
                        bod=int(rnd.uniform(20000, 90000) * f), pro=rn(0, 85000) if rnd.random() > .3 else 0)
            t.row(gk + str(j), nm, code='%02d' % n, vals=vals, indent=1)
            ids.append(gk + str(j))
        t.row('S' + gk, 'Subtotaal ' + gn.lower(), 'sub')
        t.vsum('S' + gk, ids, [c[0] for c in C] + ['tot'])
        subs.append('S' + gk)
        t.row('b' + gk, '', 'blank')
    t.row('TT', 'Totaal bijdragen deelnemers', 'total')
    t.vsum('TT', subs, [c[0] for c in C])
    allrows = [r['id'] for r in t.rows if r['kind'] not in ('head', 'blank')]
    t.hsum('tot', [c[0] for c in C], allrows)
    t.vsum('TT', subs, ['tot'])

    def post(t):
        tt = t.R('TT')['vals']['tot']
        for r in t.rows:
            if r['kind'] != 'blank' and r['kind'] != 'head':
                r['vals']['pct'] = round(r['vals']['tot'] / tt, 3)
        for r in t.rows:
            if 'pct' in r['vals']:
                r.setdefault('fmt', {})
    t.o['post'] = post
    t.alts = dict(p1=('G4', 'vth', 1), tot=('TT', 'ene', 10000), dele='G7', sub=('SP', 'bas', 5000))
    return t


def t02():
    """M5 page break without repeated header: long table, normal rows, 2 pages."""
    t = T('t02_prov_subsidieplafonds', 'provincie jaarstukken: uitputting subsidieplafonds per regeling',
          title='Uitputting subsidieplafonds 2025', subtitle='Bijlage bij de Jaarstukken 2025, per beleidsthema',
          scale_line='Bedragen x € 1.000', font='Calibri', size=11, orient='portrait', fit=True,
          valign={}, fmt=F_MIN, indent=True, row_height=27,
          notes=['Restant = subsidieplafond minus verleend; een negatief restant betekent een verhoogd plafond (GS-besluit).'],
          footer='Jaarstukken 2025 - pagina &P van &N')
    t.col('lab', 'Subsidieregeling', 'label', width=52)
    t.col('pl', 'Subsidie-plafond', width=11)
    t.col('aan', 'Aangevraagd', width=11)
    t.col('ver', 'Verleend', width=11)
    t.col('rest', 'Restant', width=11)
    th = [('E', 'Energietransitie', ['Isolatie maatschappelijk vastgoed', 'Energiecoöperaties ontwikkelfase', 'Warmtenetten haalbaarheid',
                                      'Zon op bedrijfsdaken (klein)', 'Netcongestie innovaties', 'Waterstofketen pilots',
                                      'Duurzame mobiliteit bedrijven', 'Energiearmoede lokale aanpak']),
          ('N', 'Natuur en landbouw', ['Agrarisch natuur- en landschapsbeheer', 'Kavelruil en grondmobiliteit', 'Stikstofreductie veehouderij',
                                        'Weidevogelbeheer', 'Bosuitbreiding en boslandschap', 'Natuurinclusieve landbouw',
                                        'Recreatieve routenetwerken', 'Groen-blauwe dooradering']),
          ('C', 'Cultuur en erfgoed', ['Restauratie rijksmonumenten', 'Herbestemming religieus erfgoed', 'Cultuurparticipatie jongeren',
                                        'Podiumkunsten regionaal', 'Archeologie en musea', 'Immaterieel erfgoed en streektaal']),
          ('M', 'Mobiliteit', ['Fietsstimulering werkgevers', 'Verkeersveiligheid scholen', 'Doelgroepenvervoer innovatie',
                               'Kleine infrastructuur gemeenten', 'Buurtbussen en vrijwilligersvervoer', 'Carpoolplaatsen',
                               'Snelfietsroutes cofinanciering'])]
    subs = []
    for gk, gn, items in th:
        t.row('h' + gk, gn, 'head')
        ids = []
        for j, nm in enumerate(items):
            pl = rn(200, 6000, 50); aan = int(pl * rnd.uniform(.6, 1.5)); ver = min(aan, int(pl * rnd.uniform(.5, 1.05)))
            t.row(gk + str(j), nm, vals=dict(pl=pl, aan=aan, ver=ver), indent=1)
            ids.append(gk + str(j))
        t.row('S' + gk, 'Totaal ' + gn.lower(), 'sub')
        t.vsum('S' + gk, ids, ['pl', 'aan', 'ver', 'rest'])
        subs.append('S' + gk)
        t.row('b' + gk, '', 'blank')
    t.row('TT', 'Totaal subsidieplafonds', 'total')
    t.vsum('TT', subs, ['pl', 'aan', 'ver', 'rest'])
    t.hsum('rest', ['pl', '-ver'], [r['id'] for r in t.rows if r['kind'] not in ('head', 'blank')])
    t.alts = dict(p1=('C3', 'aan', 1), tot=('TT', 'ver', 1000), dele='M2', sub=('SM', 'pl', 500))
    return t


def t03():
    """M2 split row after a sub-heading: subtotal, heading 'Bij:', tall detail rows label top / figures centred, total."""
    t = T('t03_gem_exploitatie_zwembaden', 'gemeente begroting: exploitatieberekening zwembaden (integrale kosten)',
          title='Exploitatie gemeentelijke zwembaden', subtitle='Integrale kostprijs per accommodatie, begroting 2026',
          scale_line='Bedragen in euro\'s', font='Segoe UI', size=9, orient='landscape', fit=True,
          valign={'label': 'top', 'num': 'center'}, fmt=F_MIN, head_valign='top', head_height=40,
          notes=['Kapitaallasten volgens de nota activabeleid; overhead toegerekend op basis van directe loonkosten.',
                 'Het exploitatiesaldo wordt gedekt uit de algemene middelen.'],
          footer='Programmabegroting 2026')
    t.col('lab', 'Exploitatie', 'label', width=40)
    Z = [('bk', 'Binnenbad De Kolk'), ('bw', 'Buitenbad Waterlelie'), ('sb', 'Sport- en recreatie-bad Het Wiel'), ('lb', 'Instructie-bad Oost')]
    for k, n in Z:
        t.col(k, n, width=14)
    def v(a, b):
        return {k: rn(a, b) for k, _ in Z}
    t.row('p', 'Directe exploitatiekosten (personeel, energie, onderhoud)', vals=v(380000, 1200000), height=26)
    t.row('i', 'Inkomsten entree, abonnementen en verhuur', vals={k: -rn(90000, 600000) for k, _ in Z}, height=26)
    t.row('D', 'Saldo directe exploitatie', 'sub')
    t.row('x1', '', 'blank')
    t.row('h', 'Bij: toe te rekenen kosten:', 'head')
    t.row('k', 'Kapitaallasten (afschrijving en rente) en toegerekende overhead', vals=v(70000, 480000), height=26)
    t.row('btw', 'Btw (niet compensabel, sportvrijstelling)', vals=dict(bk=rn(20000, 60000), bw=rn(30000, 90000), sb=0, lb=0))
    t.row('vz', 'Dotatie voorziening groot onderhoud', vals=dict(bk=rn(15000, 90000), bw=rn(15000, 90000), sb=0, lb=0))
    t.row('TK', 'Exploitatiesaldo ten laste van de algemene middelen', 'total')
    t.row('x2', '', 'blank')
    t.row('eb', 'Exploitatiebijdrage volgens uitvoeringsovereenkomst', vals={})
    t.row('dg', 'Dekkingsgraad exploitatiebijdrage', vals={})

    def post(t):
        for k, _ in Z:
            tk = t.R('TK')['vals'][k]
            p = {'bk': 1.0, 'bw': 1.0, 'sb': rnd.uniform(.7, .9), 'lb': rnd.uniform(.6, .85)}[k]
            t.R('eb')['vals'][k] = int(round(tk * p))
            t.R('dg')['vals'][k] = round(t.R('eb')['vals'][k] / tk, 3)
        t.R('dg')['rowfmt'] = F_PCT
    t.o['post'] = post
    t.x = None
    t.vsum('D', ['p', 'i']); t.vsum('TK', ['D', 'k', 'btw', 'vz'])
    t.alts = dict(p1=('k', 'sb', 1), tot=('TK', 'bw', 10000), dele='btw', sub=('D', 'bk', 5000))
    return t


def t04():
    """M3 two-line labels (top) in tall rows + a narrow letter column glued to the last figure column."""
    t = T('t04_ws_programma_watersysteem', 'waterschap jaarverslag: programma Watersysteem, lasten en baten per beleidsdoel met verschillen',
          title='Programma Watersysteem', subtitle='Wat heeft het gekost?', scale_line='Bedragen x € 1.000',
          font='Calibri', size=10, orient='portrait', fit=True, tplus=4,
          valign={'label': 'top', 'code': 'top', 'text': 'top'}, fmt=F_MIN,
          notes=['Verschil = realisatie minus begroting na wijziging; de letter verwijst naar de toelichting in paragraaf 2.5.'],
          footer='Jaarverslag 2025 Waterschap - pagina &P')
    t.col('code', 'Doel', 'code', width=6)
    t.col('lab', 'Omschrijving', 'label', width=38)
    t.col('prim', 'Primaire begroting', group='Begroting 2025', width=11)
    t.col('nw', 'Na wijziging', group='Begroting 2025', width=11)
    t.col('real', 'Realisatie 2025', width=11)
    t.col('ver', 'Verschil', width=10)
    t.col('nt', 'Nt.', 'text', width=4)
    doelen = [('W1', 'Waterkeringen op orde volgens de landelijke veiligheidsnorm (primair en regionaal)'),
              ('W2', 'Voldoende water: peilbeheer, gemalen en stuwen in stedelijk en landelijk gebied'),
              ('W3', 'Schoon en ecologisch gezond water (KRW-maatregelen en vispassages)'),
              ('W4', 'Klimaatadaptatie en wateroverlast'),
              ('W6', 'Calamiteitenzorg en crisisbeheersing hoogwater en droogte')]
    t.row('hL', 'Lasten', 'head')
    L = []
    for c, nm in doelen:
        p = rn(2500, 38000); w = p + rn(-1500, 4500); r = w + rn(-3000, 700)
        t.row('L' + c, nm, code=c, vals=dict(prim=p, nw=w, real=r), height=27 if len(nm) > 46 else None)
        L.append('L' + c)
    t.row('TL', 'Totaal lasten', 'sub')
    t.row('hB', 'Baten', 'head')
    B = []
    for c, nm in [doelen[0], doelen[2], doelen[4]]:
        p = rn(300, 9000); w = p + rn(-300, 2000); r = w + rn(-600, 900)
        t.row('B' + c, nm, code=c, vals=dict(prim=p, nw=w, real=r), height=27)
        B.append('B' + c)
    t.row('TB', 'Totaal baten', 'sub')
    t.row('S', 'Saldo van baten en lasten', 'total')
    t.row('x1', '', 'blank')
    t.row('WH', 'Dekking uit watersysteemheffing', vals=dict(prim=rn(60000, 90000), nw=rn(60000, 90000), real=rn(60000, 90000)))
    t.row('RES', 'Resultaat programma Watersysteem', 'total')
    t.vsum('TL', L); t.vsum('TB', B); t.vsum('S', ['TB', '-TL']); t.vsum('RES', ['S', 'WH'])
    t.hsum('ver', ['real', '-nw'], [r['id'] for r in t.rows if r['kind'] not in ('head', 'blank')])
    letters = iter('abcdefghij')

    def post(t):
        for r in t.rows:
            if r['kind'] == 'item' and r['id'][0] in 'LB' and abs(r['vals'].get('ver', 0)) >= 1000:
                r['texts']['nt'] = next(letters)
    t.o['post'] = post
    t.alts = dict(p1=('LW4', 'nw', 1), tot=('TB', 'real', 1000), dele='LW2', sub=('TL', 'nw', 100))
    return t


def t05():
    """M4 wrapped header title with a year range ('Verschil 2026-2025') in the header's last line + repeated header, 2 pages."""
    t = T('t05_gr_werkbedrijf_meerjarig', 'GR werkbedrijf jaarverslag: lasten per product 2022-2026 (x € 1 miljoen)',
          title='Werkbedrijf: ontwikkeling lasten per product', subtitle='Realisatie 2022-2025 en begroting 2026 (x € 1 miljoen)',
          font='Cambria', size=11, orient='portrait', fit=True, repeat_header=True, scale=0.1,
          valign={'label': 'top', 'code': 'top', 'num': 'bottom'}, fmt=F_1D, row_height=32, indent=True,
          notes=['Bron: jaarrekeningen 2022 tot en met 2025 en begroting 2026; bedragen x € 1 miljoen, afgerond.',
                 'Verschil = begroting 2026 minus realisatie 2025.'],
          footer='Jaarverslag 2025 Werkbedrijf - pagina &P van &N')
    t.col('pc', 'Pro-duct', 'code', width=6)
    t.col('lab', 'Product', 'label', width=30)
    Y = ['2022', '2023', '2024', '2025', '2026']
    for y in Y:
        t.col(y, y, group='Lasten', width=7)
    t.col('vs', 'Verschil 2026-2025', width=9)
    t.o['head_height'] = [15, 30]
    blocks = [('S', 'Sociale werkvoorziening', [('P11', 'Beschut werk binnen (productie en assemblage)'), ('P12', 'Groenvoorziening en schoonmaak (detachering)'),
                                                ('P13', 'Wsw-begeleid werken bij reguliere werkgevers'), ('P14', 'Loonkosten Wsw-medewerkers')]),
              ('R', 'Re-integratie', [('P21', 'Leerwerktrajecten en praktijkroutes'), ('P22', 'Jobcoaching en nazorg'),
                                      ('P23', 'Loonkostensubsidie (Participatiewet)'), ('P24', 'Taalscholing en inburgering werk')]),
              ('B', 'Bedrijfsvoering', [('P31', 'Huisvesting en bedrijfsmiddelen'), ('P32', 'Management en staf'),
                                        ('P33', 'ICT en informatievoorziening')])]
    subs = []
    for bk, bn, items in blocks:
        t.row('h' + bk, bn, 'head')
        ids = []
        for j, (c, nm) in enumerate(items):
            base = rn(12, 260)
            vals = {}
            for y in Y:
                base = max(4, int(base * rnd.uniform(.94, 1.1)))
                vals[y] = base
            t.row(bk + str(j), nm, code=c, vals=vals, indent=1)
            ids.append(bk + str(j))
        t.row('T' + bk, 'Totaal ' + bn.lower(), 'sub')
        t.vsum('T' + bk, ids, Y + ['vs'])
        subs.append('T' + bk)
        t.row('b' + bk, '', 'blank')
    t.row('TT', 'Totaal lasten werkbedrijf', 'total')
    t.vsum('TT', subs, Y + ['vs'])
    t.row('OP', 'Af: netto omzet en rijksbijdrage Wsw', vals={y: -rn(250, 330) for y in Y})
    t.row('NB', 'Bijdrage gemeenten', 'total')
    t.vsum('NB', ['TT', 'OP'], Y + ['vs'])
    t.hsum('vs', ['2026', '-2025'], [r['id'] for r in t.rows if r['kind'] not in ('head', 'blank')])
    t.alts = dict(p1=('R1', '2024', 1), tot=('TT', '2023', 50), dele='S1', sub=('TR', '2025', 20))
    return t


def t06():
    """X1 numbered derived lines with the formula in the label ('(a - b)'), letter column left, centred rows."""
    t = T('t06_gem_renteschema', 'gemeente begroting paragraaf financiering: renteschema (BBV-notitie rente)',
          title='Renteschema 2026-2029', subtitle='Paragraaf financiering, tabel 3',
          scale_line='(bedragen x € 1.000)', scale_right=True, font='Arial', size=9, orient='portrait', fit=True,
          valign={'label': 'center', 'code': 'center', 'num': 'center'}, fmt=F_MIN, head_valign='center',
          head_fill='E2EFDA', row_height=15, notes=['Model volgens de notitie Rente 2017 van de commissie BBV.',
                                                    'Het rentepercentage (omslagrente) is afgerond op een kwart procent.'],
          footer='&P')
    t.col('nr', '', 'code', width=5)
    t.col('lab', 'Renteschema', 'label', width=46)
    Y = ['2026', '2027', '2028', '2029']
    for y in Y:
        t.col(y, y, width=8)
    t.row('a', 'De externe rentelasten over de korte en lange financiering', code='a', vals={y: rn(2500, 4200) for y in Y})
    t.row('b', 'De externe rentebaten', code='b', vals={y: rn(150, 600) for y in Y})
    t.row('ab', 'Saldo rentelasten en rentebaten (a - b)', 'sub')
    t.row('c1', 'Rente die aan de grondexploitatie moet worden doorberekend', code='c1', vals={y: rn(60, 300) for y in Y})
    t.row('c2', 'Rente van projectfinanciering die aan het project moet worden toegerekend', code='c2', vals={y: 0 for y in Y})
    t.row('c3', 'De rentebaat van doorverstrekte leningen', code='c3', vals={y: rn(100, 400) for y in Y})
    t.row('abc', 'Aan taakvelden toe te rekenen externe rente (a - b - c)', 'sub')
    t.row('d1', 'Rente over eigen vermogen', code='d1', vals={y: 0 for y in Y})
    t.row('d2', 'Rente over voorzieningen (contante waarde)', code='d2', vals={y: 0 for y in Y})
    t.row('abcd', 'Totaal aan taakvelden toe te rekenen rente (a - b - c + d)', 'sub')
    t.row('x1', '', 'blank')
    t.row('e', 'De werkelijk aan taakvelden toegerekende rente (renteomslag)', code='e', vals={})
    t.row('f', 'Renteresultaat op het taakveld treasury (e - (a - b - c + d))', 'total', code='f')
    t.R('ab')['code'] = None
    t.vsum('ab', ['a', '-b']); t.vsum('abc', ['ab', '-c1', '-c2', '-c3']); t.vsum('abcd', ['abc', 'd1', 'd2'])
    t.vsum('f', ['e', '-abcd'])

    def pre():
        for y in Y:
            t.R('ab')['vals'][y] = t.R('a')['vals'][y] - t.R('b')['vals'][y]
    t.alts = dict(p1=('b', '2028', 1), tot=('f', '2027', 100), dele='c3', sub=('ab', '2026', 100))
    # e: rounded omslag a bit above the rente to be toegerekend
    for _ in range(3):
        for rl in t.rels[:len(Y) * 3]:
            rid, c = rl['tgt']
            t.R(rid)['vals'][c] = sum(s * (t.R(r)['vals'].get(cc) or 0) for s, r, cc in rl['terms'])
    t.R('e')['vals'] = {y: t.R('abcd')['vals'][y] + rn(-40, 90) for y in Y}
    return t


def t07():
    """X2 numbered saldo of two block totals '(3) = (1) - (2)', bracket negatives, quarter columns, italic headings."""
    t = T('t07_gr_liquiditeitsprognose', 'GR (regionale uitvoeringsdienst) begroting: liquiditeitsprognose per kwartaal',
          title='Liquiditeitsprognose 2026', subtitle='Verwachte kasstromen per kwartaal',
          font='Times New Roman', size=11, orient='portrait', fit=True, merge_title=True, title_align='center',
          valign={}, fmt=F_PAR, head_italic=True, double_total=False,
          notes=['Bedragen x € 1.000; een negatieve kasstroom (tekort) staat tussen haakjes.',
                 'Het eindsaldo wordt aangehouden in de schatkist; tekorten worden met kasgeld gefinancierd.'], footer='Pagina &P van &N')
    t.col('lab', '', 'label', width=48)
    Q = ['q1', 'q2', 'q3', 'q4']
    for i, q in enumerate(Q):
        t.col(q, 'K%d' % (i + 1), group='Prognose 2026 (x € 1.000)', width=10)

    def rv(a, b):
        return {q: rn(a, b) for q in Q}
    t.row('x0', 'Liquide middelen begin kwartaal', vals={}, indent=0)
    t.row('x00', '', 'blank')
    t.row('h1', 'Ontvangsten', 'head')
    t.row('o1', 'Bijdragen deelnemende gemeenten', vals=rv(9000, 11000), indent=1)
    t.row('o2', 'Bijdrage provincie', vals=rv(3000, 4200), indent=1)
    t.row('o3', 'Opdrachten derden en leges', vals=rv(200, 1400), indent=1)
    t.row('o4', 'Subsidies (SPUK, Europese middelen)', vals=rv(0, 900), indent=1)
    t.row('T1', '(1) Totaal ontvangsten', 'sub')
    t.row('x1', '', 'blank')
    t.row('h2', 'Uitgaven', 'head')
    t.row('u1', 'Salarissen en sociale lasten', vals=rv(8200, 9400), indent=1)
    t.row('u2', 'Inhuur en uitbesteding', vals=rv(900, 3000), indent=1)
    t.row('u3', 'Huisvesting, ICT en overige materiële uitgaven', vals=rv(700, 2200), indent=1)
    t.row('u4', 'Investeringen', vals=rv(0, 1800), indent=1)
    t.row('u5', 'Rente en aflossing langlopende leningen', vals={'q1': 0, 'q2': rn(300, 600), 'q3': 0, 'q4': rn(300, 600)}, indent=1)
    t.row('T2', '(2) Totaal uitgaven', 'sub')
    t.row('x2', '', 'blank')
    t.row('T3', '(3) Kasstroom kwartaal: (1) - (2)', 'total')
    t.row('x3', '', 'blank')
    t.row('E', 'Liquide middelen einde kwartaal', 'total')
    t.vsum('T1', ['o1', 'o2', 'o3', 'o4']); t.vsum('T2', ['u1', 'u2', 'u3', 'u4', 'u5']); t.vsum('T3', ['T1', '-T2'])
    t.vsum('E', ['x0', 'T3'])
    for _ in range(3):
        for rl in t.rels[:len(Q) * 3]:
            rid, c = rl['tgt']
            t.R(rid)['vals'][c] = sum(s * (t.R(r)['vals'].get(cc) or 0) for s, r, cc in rl['terms'])
    st = 2140
    for q in Q:
        t.R('x0')['vals'][q] = st
        st = st + t.R('T3')['vals'][q]
    t.alts = dict(p1=('o3', 'q2', 1), tot=('T2', 'q3', 1000), dele='u2', sub=('T1', 'q1', 50))
    return t


def t08():
    """X4 entities as columns, text rows, Subtotaal, a non-summed line, and a '-/-' line of zeros: Netto = Subtotaal - line."""
    t = T('t08_gem_investeringskredieten', 'gemeente jaarrekening: verantwoording grote investeringskredieten (projecten als kolommen)',
          title='Verantwoording investeringskredieten > € 1 miljoen', subtitle='Bijlage 4 bij de jaarrekening 2025',
          font='Arial', size=9, orient='portrait', fit=True,
          valign={'label': 'top', 'text': 'top'}, fmt=F_EUR, head_valign='bottom', sub_border=True, double_total=False,
          notes=['Bijdragen van derden worden op het krediet in mindering gebracht zodra zij zijn ontvangen.'],
          footer='Jaarrekening 2025')
    t.col('lab', 'bedragen x € 1', 'label', width=44)
    P = [('k1', 'IKC De Horizon'), ('k2', 'Reconstructie Stationsweg'), ('k3', 'Sporthal Zuid')]
    for k, n in P:
        t.col(k, n, width=17)
    txt = lambda a, b, c: dict(k1=a, k2=b, k3=c)
    t.row('f1', 'Raadsbesluit', texts=txt('RB 2022-041', 'RB 2023-017', 'RB 2024-088'))
    t.row('f2', 'Status per 31 december 2025', texts=txt('afgerond', 'in uitvoering', 'in voorbereiding'), height=24)
    t.row('f3', 'Voortgang (gereed in %)', vals=dict(k1=1.0, k2=0.64, k3=0.15), height=24)
    t.row('x0', '', 'blank')
    t.row('hB', 'Uitgaven', 'head')
    t.row('a1', 'Uitgaven tot en met 2024', vals=dict(k1=6418260, k2=1984412, k3=211806), height=24)
    t.row('a2', 'Uitgaven 2025', vals=dict(k1=822913, k2=1517048, k3=349210))
    t.row('aS', 'Subtotaal', 'sub')
    t.row('x1', '', 'blank')
    t.row('a3', 'Beschikbaar gesteld krediet', vals=dict(k1=7400000, k2=5250000, k3=9800000), height=24)
    t.row('x2', '', 'blank')
    t.row('a4', '-/- Ontvangen bijdragen van derden (subsidies, cofinanciering)', vals=dict(k1=0, k2=0, k3=0), height=24)
    t.row('aT', 'Netto uitgaven', 'total')
    t.row('a5', 'Toelichting overschrijding', texts=txt('N.v.t.', 'N.v.t.', 'N.v.t.'), height=24)
    t.row('x3', '', 'blank')
    t.row('hG', 'Prognose', 'head')
    t.row('g1', 'Verwachte uitgaven 2026', vals=dict(k2=1412600, k3=3120000), texts=dict(k1='n.v.t.'), height=24)
    t.row('g2', 'Verwachte uitgaven 2027 en later', vals=dict(k2=310000, k3=5950000), texts=dict(k1='n.v.t.'))
    t.row('gS', 'Totaal verwachte restant uitgaven', 'sub')
    t.R('f3')['rowfmt'] = '0%'
    t.vsum('aS', ['a1', 'a2']); t.vsum('aT', ['aS', '-a4'])
    t.vsum('gS', ['g1', 'g2'], ['k2', 'k3'])
    t.alts = dict(p1=('a1', 'k2', 1), tot=('aT', 'k1', 10000), dele='a2', sub=('aS', 'k3', 1000))
    return t


def t09():
    """X5 explicit-sign format (+1.234 / -1.234) on mutation lines, plain stand lines, two mutation blocks."""
    t = T('t09_prov_voorjaarsnota_saldo', 'provincie voorjaarsnota: verloop begrotingssaldo 2026-2029',
          title='Voorjaarsnota 2026: verloop van het begrotingssaldo', subtitle='Tabel 1.1 Financieel beeld 2026-2029',
          scale_line='Bedragen x € 1.000 (+ = voordeel, - = nadeel)', font='Verdana', size=8, orient='portrait', fit=True,
          valign={'label': 'center', 'num': 'center'}, fmt=F_SIGN, head_valign='bottom', head_fill='DDEBF7',
          notes=['Een positief begrotingssaldo is een overschot; mutaties met + zijn voordelen.'],
          footer='Voorjaarsnota 2026 - pagina &P')
    t.col('lab', 'Omschrijving', 'label', width=56)
    Y = ['2026', '2027', '2028', '2029']
    for y in Y:
        t.col(y, y, width=11)
    t.row('B', 'Begrotingssaldo programmabegroting 2026 (na amendementen)', vals={y: rn(-4000, 9000) for y in Y}, height=24)
    t.R('B')['rowfmt'] = F_MIN
    t.row('x0', '', 'blank')
    t.row('hA', 'Autonome ontwikkelingen', 'head')
    muts = [('m1', 'Provinciefonds: uitkomsten decembercirculaire 2025', -900, 3800),
            ('m2', 'Opcenten motorrijtuigenbelasting (actualisatie wagenpark)', -300, 1500),
            ('m3', 'Loon- en prijsbijstelling 2026', -4200, -1100),
            ('m4', 'Concessie openbaar vervoer: indexatie en reizigersaantallen', -2600, 400),
            ('m5', 'Rente en financiering (lagere kapitaallasten)', 100, 1900)]
    for k, n, a, b in muts:
        t.row(k, n, vals={y: rn(a, b) for y in Y}, height=24 if len(n) > 55 else None, indent=1)
    t.row('TA', 'Subtotaal autonome ontwikkelingen', 'sub')
    t.row('x1', '', 'blank')
    t.row('hN', 'Nieuw beleid en bestuurlijke keuzes', 'head')
    nb = [('n1', 'Uitvoering Programma Landelijk Gebied (cofinanciering)', -3000, -200),
          ('n2', 'Versnelling woningbouw: provinciale bijdrage', -1500, -300),
          ('n3', 'Vrijval stelpost onvoorzien', 200, 800)]
    for k, n, a, b in nb:
        t.row(k, n, vals={y: rn(a, b) for y in Y}, indent=1)
    t.row('TN', 'Subtotaal nieuw beleid', 'sub')
    t.row('x2', '', 'blank')
    t.row('TM', 'Totaal mutaties voorjaarsnota', 'sub')
    t.row('ST', 'Begrotingssaldo na voorjaarsnota', 'total')
    t.R('ST')['rowfmt'] = F_MIN
    t.vsum('TA', [m[0] for m in muts]); t.vsum('TN', [m[0] for m in nb]); t.vsum('TM', ['TA', 'TN']); t.vsum('ST', ['B', 'TM'])
    t.alts = dict(p1=('m3', '2028', 1), tot=('ST', '2027', 1000), dele='m2', sub=('TA', '2026', 100))
    return t


def t10():
    """X3 grand total over block totals separated by blank rows + 'Af:' line + Netto; row relation Verschil column."""
    t = T('t10_ws_belastingopbrengsten', 'waterschap jaarrekening: opbrengst belastingen per heffing en categorie',
          title='Opbrengst waterschapsbelastingen 2025', subtitle='Jaarrekening 2025, toelichting op de baten',
          scale_line='Bedragen x € 1.000', font='Arial Narrow', size=10, orient='landscape', fit=True, margins=0.4,
          valign={}, fmt=F_MIN, head_valign='center',
          notes=['Verschil = realisatie 2025 minus begroting 2025 na wijziging.'],
          footer='Jaarrekening 2025 - pagina &P van &N')
    t.col('lab', 'Heffing / categorie', 'label', width=44)
    t.col('r24', 'Realisatie 2024', width=11)
    t.col('b25', 'Begroting 2025', width=11)
    t.col('r25', 'Realisatie 2025', width=11)
    t.col('vs', 'Verschil', width=10)
    blocks = [('W', 'Watersysteemheffing', ['Ingezetenen', 'Gebouwd', 'Ongebouwd (excl. wegen)', 'Natuurterreinen', 'Wegen (verhoogd tarief)']),
              ('Z', 'Zuiveringsheffing', ['Woonruimten', 'Bedrijven (forfaitair en tabel)', 'Bedrijven (meting en bemonstering)']),
              ('V', 'Verontreinigingsheffing', ['Lozingen op oppervlaktewater (woonruimten)', 'Lozingen op oppervlaktewater (bedrijven)'])]
    subs = []
    for bk, bn, items in blocks:
        t.row('h' + bk, bn, 'head')
        ids = []
        for j, nm in enumerate(items):
            a = rn(300, 38000); b = int(a * rnd.uniform(1.0, 1.08)); c = int(b * rnd.uniform(.97, 1.04))
            t.row(bk + str(j), nm, vals=dict(r24=a, b25=b, r25=c), indent=1)
            ids.append(bk + str(j))
        t.row('T' + bk, 'Totaal ' + bn.lower(), 'sub')
        t.vsum('T' + bk, ids, ['r24', 'b25', 'r25', 'vs'])
        subs.append('T' + bk)
        t.row('b' + bk, '', 'blank')
    t.row('TT', 'Totaal belastingopbrengsten', 'total')
    t.vsum('TT', subs, ['r24', 'b25', 'r25', 'vs'])
    t.row('KW', 'Af: kwijtschelding en oninbaar', vals=dict(r24=-rn(1500, 2600), b25=-rn(1500, 2600), r25=-rn(1500, 2600)))
    t.row('NO', 'Netto opbrengst belastingen', 'total')
    t.vsum('NO', ['TT', 'KW'], ['r24', 'b25', 'r25', 'vs'])
    t.hsum('vs', ['r25', '-b25'], [r['id'] for r in t.rows if r['kind'] not in ('head', 'blank')])
    t.alts = dict(p1=('Z1', 'r24', 1), tot=('TT', 'r25', 1000), dele='W1', sub=('TZ', 'b25', 100))
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
