"""Build the sealed-trial34 corpus: 10 tables x (clean, _p1, _tot, _del, _sub) as xlsx + truth.json.

Each table is a list of rows (id, label, kind, values in print units) plus a relations function that, given the
rows present, returns ((row, col), [(row, col, coef), ...]) pairs: vertical sums, row relations of derived columns.
Values are integers in the printed unit (scale: 100 = two decimals), so printed == stored.  Clean tables are filled
from the relations and asserted to foot; the truth of an altered copy is every relation that fails on the printed
values.  Each table has its own writer (layout).
"""
import copy
import json
import os
import random

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter as L

HERE = os.path.dirname(os.path.abspath(__file__))
THIN = Side(style='thin', color='000000')
MED = Side(style='medium', color='000000')
HAIR = Side(style='hair', color='808080')

F_EUR = '[$-413]"€ "#,##0;"€ -"#,##0'          # currency sign in every cell
F_INT = '[$-413]#,##0;-#,##0'
F_INTD = '[$-413]#,##0;-#,##0;"-"'
F_MLN = '[$-413]#,##0.00;-#,##0.00'
F_HA = '[$-413]#,##0.00'
F_POS = '[$-413]#,##0'


class Col:
    def __init__(self, key, hdr, fmt=F_INT, scale=1, width=12):
        self.key, self.hdr, self.fmt, self.scale, self.width = key, tuple(hdr), fmt, scale, width

    @property
    def title(self):
        return ' '.join(h for h in self.hdr if h)


class Row:
    def __init__(self, rid, label, kind='line', vals=None, code=None, sign=None, group=None):
        self.id, self.label, self.kind, self.code, self.sign, self.group = rid, label, kind, code, sign, group
        self.vals = dict(vals or {})


def R(rng, a, b, step=1):
    return rng.randrange(a // step, b // step + 1) * step


def vsum(tgt, parts, keys, coef=None):
    return [((tgt, k), [(p, k, (coef or {}).get(p, 1)) for p in parts]) for k in keys]


def rowrel(rids, tgt, terms):
    return [((r, tgt), [(r, k, c) for k, c in terms]) for r in rids]


def present(t):
    return {r.id for r in t['rows']}


def fill(t):
    cells = {r.id: r for r in t['rows']}
    rels = t['rels'](t)
    for _ in range(15):
        for (tr, tk), terms in rels:
            cells[tr].vals[tk] = sum(c * cells[r].vals.get(k, 0) for r, k, c in terms)


def evaluate(t):
    rows = {r.id: r for r in t['rows']}
    cols = {c.key: c for c in t['cols']}
    fails, order = {}, []
    for (tr, tk), terms in t['rels'](t):
        if tr not in rows or rows[tr].vals.get(tk) is None:
            continue
        terms = [x for x in terms if x[0] in rows]
        pr = rows[tr].vals[tk]
        tv = sum(c * rows[rr].vals[k] for rr, k, c in terms)
        if pr == tv:
            continue
        key = (tr, tk)
        if key in fails:
            if tv not in fails[key]['_t']:
                fails[key]['_t'].append(tv)
            continue
        sc = cols[tk].scale
        e = {'label': rows[tr].label, 'column': t.get('coltitle', {}).get(tk, cols[tk].title)}
        if rows[tr].code:
            e['code'] = rows[tr].code
        e.update(printed=pr / sc, true=tv / sc, unit=1.0 / sc, _t=[tv])
        fails[key] = e
        order.append(key)
    out = []
    for k in order:
        e = fails[k]
        extra = e.pop('_t')[1:]
        if extra:
            e['true_other'] = [x / cols[k[1]].scale for x in extra]
        out.append(e)
    return out


def val(c, v):
    if v is None:
        return None
    return v / c.scale if c.scale != 1 else v


# ---------------------------------------------------------------- generic block writer
def write_block(ws, t, top, left, rows, cols, opts, sheetname=None):
    """Write header + rows; label column(s) at `left`; returns (cellmap, next free row)."""
    font = opts.get('font', ('Arial', 9))
    labcols = opts.get('labcols', 1)          # 2 = hierarchical: headings/totals in first, lines in second
    signcol = opts.get('signcol', False)
    gaps = opts.get('gaps', {})               # col key -> empty sheet columns before it
    nlev = max(len(c.hdr) for c in cols)
    fig0 = left + labcols + (1 if signcol else 0) + (1 if opts.get('groupcol') else 0)
    pos, x = {}, fig0
    for c in cols:
        x += gaps.get(c.key, 0)
        pos[c.key] = x
        x += 1
    lastcol = x - 1
    hf = Font(name=font[0], size=font[1], bold=opts.get('hdr_bold', True), italic=opts.get('hdr_italic', False))
    # label header
    for i, h in enumerate(opts.get('label_hdr', [])):
        if h:
            ws.cell(row=top + nlev - 1, column=left + i, value=h).font = hf
    # figure headers, merging equal upper levels of adjacent columns
    for lev in range(nlev):
        i = 0
        while i < len(cols):
            c = cols[i]
            off = nlev - len(c.hdr)
            h = c.hdr[lev - off] if 0 <= lev - off < len(c.hdr) else None
            if h is None:
                i += 1
                continue
            j = i
            if lev < nlev - 1:
                while j + 1 < len(cols) and off == 0 and len(cols[j + 1].hdr) == nlev and \
                        cols[j + 1].hdr[:lev + 1] == c.hdr[:lev + 1] and \
                        pos[cols[j + 1].key] == pos[cols[j].key] + 1:
                    j += 1
            if not h:
                i += 1
                continue
            cell = ws.cell(row=top + lev, column=pos[c.key], value=h)
            cell.font = hf
            cell.alignment = Alignment(horizontal=opts.get('hdr_align', 'center'), vertical='bottom', wrap_text=True)
            if j > i:
                ws.merge_cells(start_row=top + lev, start_column=pos[c.key], end_row=top + lev,
                               end_column=pos[cols[j].key])
                for k in range(i, j + 1):
                    ws.cell(row=top + lev, column=pos[cols[k].key]).border = Border(bottom=HAIR)
            i = j + 1
    if opts.get('hdr_h'):
        for lev in range(nlev):
            ws.row_dimensions[top + lev].height = opts['hdr_h']
    if opts.get('hdr_rule', True):
        for cc in range(left, lastcol + 1):
            ws.cell(row=top + nlev - 1, column=cc).border = Border(bottom=THIN)
    r = top + nlev
    cm = {}
    totstyle = opts.get('totstyle', 'bold')
    for row in rows:
        if row.kind == 'blank':
            r += 1
            continue
        tot = row.kind in ('sub', 'total')
        bold = (tot and totstyle == 'bold') or row.kind == 'head' or (row.kind == 'total' and totstyle == 'boldtotal')
        f = Font(name=font[0], size=font[1], bold=bold, italic=row.kind == 'note')
        lc = left + (1 if (labcols == 2 and row.kind == 'line') else 0)
        lab = (row.code + ' ' + row.label) if (row.code and opts.get('code_in_label')) else row.label
        if opts.get('groupcol') and row.group is not None:
            if row.group:
                g = ws.cell(row=r, column=left, value=row.group)
                g.font = f
            lc = left + 1
        if opts.get('codecol') and row.code and row.kind == 'line':
            ws.cell(row=r, column=left, value=row.code).font = f
        c = ws.cell(row=r, column=lc, value=lab)
        c.font = f
        c.alignment = Alignment(indent=opts.get('indent', 0) if row.kind == 'line' else 0,
                                wrap_text=opts.get('wrap', False), vertical='top' if opts.get('wrap') else None)
        if signcol and row.sign:
            s = ws.cell(row=r, column=fig0 - 1, value=row.sign)
            s.font = f
            s.alignment = Alignment(horizontal='center')
        for col in cols:
            v = row.vals.get(col.key)
            if v is None:
                continue
            cell = ws.cell(row=r, column=pos[col.key], value=val(col, v))
            cell.number_format = col.fmt
            cell.font = f
            cell.alignment = Alignment(horizontal=opts.get('fig_align', 'right'))
            if tot and totstyle in ('topborder', 'bold'):
                side = THIN if row.kind == 'sub' or totstyle == 'bold' else MED
                if totstyle == 'topborder' or opts.get('tot_rule', True):
                    cell.border = Border(top=side, bottom=(THIN if row.kind == 'total' and opts.get('double') else None))
            ref = '%s%d' % (L(pos[col.key]), r)
            cm[(row.id, col.key)] = (sheetname + '!' + ref) if sheetname else ref
        r += 1
    for col in cols:
        ws.column_dimensions[L(pos[col.key])].width = col.width
    return cm, r, lastcol


def page(ws, orient='portrait', fitw=False, margins=None, footer=None, repeat=None, paper=9, grid=False, scale=None):
    ws.page_setup.orientation = orient
    ws.page_setup.paperSize = paper
    ws.sheet_view.showGridLines = grid
    if fitw:
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
    if scale:
        ws.page_setup.scale = scale
    if margins:
        ws.page_margins.left, ws.page_margins.right, ws.page_margins.top, ws.page_margins.bottom = margins
    if footer:
        ws.oddFooter.left.text = footer
        ws.oddFooter.right.text = 'Pagina &P van &N'
    if repeat:
        ws.print_title_rows = repeat


def titles(ws, lines, font, col=1):
    r = 1
    for i, s in enumerate(lines):
        if s is None:
            r += 1
            continue
        c = ws.cell(row=r, column=col, value=s)
        c.font = Font(name=font[0], size=font[1] + (3 if i == 0 else 0), bold=i == 0, italic=i > 1)
        r += 1
    return r + 1


# ================================================================= t01 meldkamer: € in every cell, top-border totals
def t01():
    rng = random.Random(3401)
    disc = [('bw', 'Brandweer'), ('amb', 'Ambulancezorg'), ('pol', 'Politie'), ('kmar', 'KMar')]
    cols = [Col(k, [n], F_EUR, width=13.5) for k, n in disc] + [Col('tot', ['Totaal'], F_EUR, width=13)]
    groups = [('Personeel', ['Centralisten', 'Calamiteitencoördinatoren', 'Teamleiding en roostering',
                             'Opleiden, trainen en oefenen']),
              ('Huisvesting', ['Huur meldkamergebouw', 'Energie en schoonmaak', 'Beveiliging']),
              ('Techniek en ICT', ['GMS en koppelingen', 'C2000 randapparatuur', 'Telefonie 112',
                                   'Uitwijklocatie']),
              ('Overig', ['Bestuurs- en beheerkosten', 'Onvoorzien'])]
    share = {'bw': 0.22, 'amb': 0.31, 'pol': 0.41, 'kmar': 0.06}
    rows, struct = [], []
    for gi, (g, items) in enumerate(groups):
        rows.append(Row('h%d' % gi, g, 'head'))
        lids = []
        for ii, it in enumerate(items):
            base = R(rng, 90000, 2400000)
            v = {k: int(round(base * share[k] * rng.uniform(0.8, 1.2), -1)) for k, _ in disc}
            rid = 'l%d_%d' % (gi, ii)
            rows.append(Row(rid, it, vals=v))
            lids.append(rid)
        rows.append(Row('s%d' % gi, 'Totaal ' + g.lower(), 'sub'))
        struct.append(('s%d' % gi, lids))
        rows.append(Row('b%d' % gi, '', 'blank'))
    rows.append(Row('T', 'Totale kosten meldkamer', 'total'))
    keys = [c.key for c in cols]

    def rels(t):
        P = present(t)
        out = []
        for s, lids in struct:
            out += vsum(s, [x for x in lids if x in P], keys)
        out += vsum('T', [s for s, _ in struct], keys)
        fig = [r.id for r in t['rows'] if r.kind in ('line', 'sub', 'total')]
        out += rowrel(fig, 'tot', [(k, 1) for k, _ in disc])
        return out

    def write(t, path):
        wb = Workbook()
        ws = wb.active
        ws.title = 'Kostenverdeling'
        font = ('Calibri', 10)
        top = titles(ws, ['GR Meldkamer Noord-Holland Noord - Jaarrekening 2025',
                          'Verdeling exploitatiekosten meldkamer naar discipline (bedragen in euro)'], font)
        cm, r, _ = write_block(ws, t, top, 1, t['rows'], t['cols'],
                               dict(font=font, totstyle='topborder', label_hdr=['Kostensoort'], indent=1,
                                    hdr_align='right'))
        ws.cell(row=r + 1, column=1, value='Verdeling conform convenant meldkamer 2023 (kostenverdeelsleutel per discipline).').font = Font(name='Calibri', size=8, italic=True)
        ws.column_dimensions['A'].width = 30
        page(ws, 'portrait', margins=(0.4, 0.4, 0.6, 0.6), footer='Jaarrekening 2025 GR Meldkamer', scale=72)
        wb.save(path)
        return cm

    return dict(name='t01_meldkamer_kostenverdeling', rows=rows, cols=cols, rels=rels, write=write,
                kind='GR meldkamer jaarrekening: exploitatiekosten per kostensoort verdeeld naar discipline (€ in elke cel, totalen alleen met bovenrand)',
                alt=dict(p1=('Telefonie 112', 'amb', 1), tot=('Totale kosten meldkamer', 'tot', 100000),
                         dele='Beveiliging', sub=('Totaal personeel', 'pol', 20000)))


# ================================================================= t02 NNN grondverwerving: letter groups, x € 1 mln 2 dec
def t02():
    rng = random.Random(3402)
    cols = [Col('ha', ['Verworven', 'ha'], F_HA, 100, 9), Col('aank', ['Aankoopsom', '€ mln'], F_MLN, 100, 9.5),
            Col('inr', ['Inrichting', '€ mln'], F_MLN, 100, 9.5), Col('tot', ['Totaal', '€ mln'], F_MLN, 100, 9.5),
            Col('begr', ['Begroot', '€ mln'], F_MLN, 100, 9.5), Col('v', ['Verschil', '€ mln'], F_MLN, 100, 9.5)]
    groups = [('A', 'Veluwe', ['Veluwe-Noord (Epe-Heerde)', 'Veluwe-Zuid (Ede-Renkum)', 'Leuvenumse beek',
                               'Hierdense beek']),
              ('B', 'Rivierengebied', ['Gelderse Poort', 'Rijnstrangen', 'Uiterwaarden Waal']),
              ('C', 'Achterhoek en Liemers', ['Baakse beek', 'Slinge en Berkel', 'Zwarte Veen', 'Korenburgerveen']),
              ('D', 'Vallei en Gelderse IJssel', ['Binnenveld', 'IJsselvallei'])]
    rows, struct = [], []
    for gi, (L_, g, items) in enumerate(groups):
        rows.append(Row('h%d' % gi, g, 'head', code=L_))
        lids = []
        for ii, it in enumerate(items):
            ha = R(rng, 800, 21000)
            aank = int(round(ha / 100 * rng.uniform(5.5, 8.5) / 100 * 100))  # mln*100 ~ ha * 60k-85k
            inr = int(round(aank * rng.uniform(0.15, 0.45)))
            rid = 'l%d_%d' % (gi, ii)
            rows.append(Row(rid, it, vals={'ha': ha, 'aank': aank, 'inr': inr, 'begr': aank + inr + R(rng, -60, 80)},
                            code='%s%d' % (L_, ii + 1)))
            lids.append(rid)
        rows.append(Row('s%d' % gi, 'Subtotaal ' + L_, 'sub'))
        struct.append(('s%d' % gi, lids))
    rows.append(Row('T', 'Totaal Natuurnetwerk Gelderland', 'total'))
    keys = [c.key for c in cols]

    def rels(t):
        P = present(t)
        out = []
        for s, lids in struct:
            out += vsum(s, [x for x in lids if x in P], keys)
        out += vsum('T', [s for s, _ in struct], keys)
        fig = [r.id for r in t['rows'] if r.kind in ('line', 'sub', 'total')]
        out += rowrel(fig, 'tot', [('aank', 1), ('inr', 1)])
        out += rowrel(fig, 'v', [('begr', 1), ('tot', -1)])
        return out

    def write(t, path):
        wb = Workbook()
        ws = wb.active
        ws.title = 'NNN'
        font = ('Arial', 9)
        top = titles(ws, ['Provincie Gelderland - Jaarverslag 2025',
                          'Natuurnetwerk Nederland: grondverwerving en inrichting per deelgebied',
                          'Bedragen x € 1 miljoen; oppervlakte in hectare'], font)
        cm, r, _ = write_block(ws, t, top, 1, t['rows'], t['cols'],
                               dict(font=font, labcols=2, label_hdr=['Code', 'Deelgebied'], codecol=True))
        ws.column_dimensions['A'].width = 6
        ws.column_dimensions['B'].width = 28
        page(ws, 'portrait', fitw=True, margins=(0.5, 0.5, 0.75, 0.75), footer='Jaarverslag 2025 - programma Natuur')
        wb.save(path)
        return cm

    def prep(t):
        for row in t['rows']:
            if row.kind == 'head':
                row.label = row.code + '  ' + row.label
                row.code = None
    return dict(name='t02_nnn_grondverwerving', rows=rows, cols=cols, rels=rels, write=write, prep=prep,
                kind='Provincie jaarverslag: NNN grondverwerving en inrichting per deelgebied, lettergroepen A-D met subtotalen, x € 1 miljoen met twee decimalen',
                alt=dict(p1=('Rijnstrangen', 'aank', 1), tot=('Totaal Natuurnetwerk Gelderland', 'begr', 500),
                         dele='Zwarte Veen', sub=('Subtotaal A', 'inr', 25)))


# ================================================================= t03 dorpshuizen: +/- sign column
def t03():
    rng = random.Random(3403)
    huizen = [('h1', "De Schakel"), ('h2', "'t Trefpunt"), ('h3', 'De Linde'), ('h4', 'Het Kruispunt'),
              ('h5', 'De Wieken')]
    cols = [Col(k, [n], F_POS, width=11) for k, n in huizen] + [Col('tot', ['Totaal'], F_POS, width=12)]
    plus = ['Zaalverhuur', 'Horeca-omzet (netto)', 'Huur vaste gebruikers', 'Sponsoring en acties']
    minus = ['Inkoop horeca', 'Energie en water', 'Schoonmaak', 'Klein onderhoud', 'Verzekeringen en belastingen',
             'Beheerder (vergoeding)', 'Administratie']
    rows = []
    for i, p in enumerate(plus):
        rows.append(Row('p%d' % i, p, sign='+', vals={k: R(rng, 1500, 38000, 10) for k, _ in huizen}))
    for i, m in enumerate(minus):
        rows.append(Row('m%d' % i, m, sign='-', vals={k: R(rng, 900, 17000, 10) for k, _ in huizen}))
    rows.append(Row('S1', 'Exploitatieresultaat voor subsidie', 'sub', sign='='))
    rows.append(Row('sub', 'Exploitatiesubsidie gemeente', sign='+', vals={k: R(rng, 4000, 22000, 50) for k, _ in huizen}))
    rows.append(Row('T', 'Exploitatieresultaat', 'total', sign='='))
    keys = [c.key for c in cols]

    def rels(t):
        P = present(t)
        coef = {r.id: (1 if r.sign == '+' else -1) for r in t['rows']}
        out = vsum('S1', [x for x in ['p%d' % i for i in range(len(plus))] + ['m%d' % i for i in range(len(minus))]
                          if x in P], keys, coef)
        out += vsum('T', ['S1', 'sub'], keys)
        fig = [r.id for r in t['rows']]
        out += rowrel(fig, 'tot', [(k, 1) for k, _ in huizen])
        return out

    def write(t, path):
        wb = Workbook()
        ws = wb.active
        ws.title = 'Dorpshuizen'
        font = ('Verdana', 8)
        top = titles(ws, ['Gemeente Westerkwartier-Oost', 'Jaarverslag 2025 - exploitatie dorpshuizen',
                          'Bedragen in euro; uitgaven met - , inkomsten met +'], font)
        cm, r, _ = write_block(ws, t, top, 1, t['rows'], t['cols'],
                               dict(font=font, signcol=True, label_hdr=['Omschrijving', ''], totstyle='bold'))
        ws.column_dimensions['A'].width = 36
        ws.column_dimensions['B'].width = 3
        page(ws, 'landscape', footer='Jaarverslag 2025', scale=90)
        wb.save(path)
        return cm

    return dict(name='t03_dorpshuizen_exploitatie', rows=rows, cols=cols, rels=rels, write=write,
                kind="Gemeente jaarverslag: exploitatie dorpshuizen (5 huizen als kolommen), tekenkolom '+'/'-' links van de bedragen, bedragen positief gedrukt",
                alt=dict(p1=('Schoonmaak', 'h3', 1), tot=('Exploitatieresultaat', 'tot', 10000),
                         dele='Sponsoring en acties', sub=('Exploitatieresultaat voor subsidie', 'h2', 1000)))


# ================================================================= t04 fietsenstallingen: split over two sheets
def t04():
    rng = random.Random(3404)
    cols = [Col('pl', ['Plaatsen'], F_POS, width=9), Col('ab', ['Opbrengsten', 'Abonnementen'], F_INTD, width=13),
            Col('dag', ['Opbrengsten', 'Dagtarief'], F_INTD, width=11),
            Col('ob', ['Opbrengsten', 'Totaal'], F_INTD, width=11),
            Col('pers', ['Kosten', 'Personeel'], F_INTD, width=11), Col('bh', ['Kosten', 'Beheer en huur'], F_INTD, width=14),
            Col('kt', ['Kosten', 'Totaal'], F_INTD, width=11), Col('sal', ['Saldo'], F_INT, width=11)]
    groups = [('Binnenstad', ['Stalling Grote Markt', 'Stalling Vismarkt', 'Stalling Oude Boteringestraat',
                              'Stalling Zuiderdiep', 'Stalling Herestraat']),
              ('Stationsgebied', ['Stationsstalling Noordzijde', 'Stationsstalling Zuidzijde (ondergronds)',
                                  'Stalling Europapark']),
              ('Wijken', ['Stalling Winkelcentrum Paddepoel', 'Stalling Zernike', 'Stalling Helpman',
                          'Stalling Hoogkerk'])]
    rows, struct = [], []
    for gi, (g, items) in enumerate(groups):
        rows.append(Row('h%d' % gi, g, 'head'))
        lids = []
        for ii, it in enumerate(items):
            pl = R(rng, 120, 5200, 10)
            bem = gi < 2 and ii != 2
            v = {'pl': pl, 'ab': R(rng, 0, pl * 9) if bem else 0, 'dag': R(rng, 2000, pl * 12),
                 'pers': R(rng, 40000, 260000) if bem else 0, 'bh': R(rng, 3000, pl * 14)}
            rid = 'l%d_%d' % (gi, ii)
            rows.append(Row(rid, it, vals=v))
            lids.append(rid)
        rows.append(Row('s%d' % gi, 'Totaal ' + g.lower(), 'sub'))
        struct.append(('s%d' % gi, lids))
        rows.append(Row('b%d' % gi, '', 'blank'))
    rows.append(Row('T', 'Totaal fietsparkeren', 'total'))
    keys = [c.key for c in cols]

    def rels(t):
        P = present(t)
        out = []
        for s, lids in struct:
            out += vsum(s, [x for x in lids if x in P], keys)
        out += vsum('T', [s for s, _ in struct], keys)
        fig = [r.id for r in t['rows'] if r.kind in ('line', 'sub', 'total')]
        out += rowrel(fig, 'ob', [('ab', 1), ('dag', 1)])
        out += rowrel(fig, 'kt', [('pers', 1), ('bh', 1)])
        out += rowrel(fig, 'sal', [('ob', 1), ('kt', -1)])
        return out

    def write(t, path):
        wb = Workbook()
        font = ('Calibri', 10)
        ids = [r.id for r in t['rows']]
        cut = ids.index('b0') + 1
        parts = [t['rows'][:cut], t['rows'][cut:]]
        cm = {}
        for si, part in enumerate(parts):
            ws = wb.active if si == 0 else wb.create_sheet()
            ws.title = 'Stallingen' if si == 0 else 'Stallingen (vervolg)'
            lines = ['Gemeente Groningen - Jaarrekening 2025', 'Exploitatie fietsenstallingen per stalling (bedragen in euro)'] \
                if si == 0 else ['Exploitatie fietsenstallingen per stalling (vervolg)']
            top = titles(ws, lines, font)
            m, r, _ = write_block(ws, t, top, 1, part, t['cols'],
                                  dict(font=font, label_hdr=['Stalling'], indent=1), sheetname=ws.title)
            cm.update(m)
            ws.column_dimensions['A'].width = 40
            page(ws, 'landscape', fitw=True, footer='Jaarrekening 2025 - bijlage fietsparkeren')
        wb.save(path)
        return cm

    return dict(name='t04_fietsenstallingen', rows=rows, cols=cols, rels=rels, write=write,
                kind='Gemeente jaarrekening: exploitatie fietsenstallingen per stalling, tabel verdeeld over twee werkbladen (totaal op blad 2 telt subtotaal van blad 1 mee)',
                alt=dict(p1=('Stalling Vismarkt', 'dag', 1), tot=('Totaal fietsparkeren', 'pers', 50000),
                         dele='Stalling Helpman', sub=('Totaal binnenstad', 'bh', 5000)))


# ================================================================= t05 JGZ: landscape, fit to one page wide, tiny print
def t05():
    rng = random.Random(3405)
    cm_ = [('hb', '0-4 jaar', 'Huisbezoek'), ('c1', '0-4 jaar', 'Consult 0-1 jr'), ('c4', '0-4 jaar', 'Consult 1-4 jr'),
           ('g2', '4-18 jaar', 'Groep 2'), ('g7', '4-18 jaar', 'Groep 7'), ('k2', '4-18 jaar', 'Klas 2 VO'),
           ('ex', '4-18 jaar', 'Extra contact')]
    cols = [Col('kind', ['Kinderen 0-18', None, None], F_POS, width=8)]
    cols += [Col(k, ['Contactmomenten', a, b], F_POS, width=7.5) for k, a, b in cm_]
    cols += [Col('ctot', ['Contactmomenten', 'Totaal', None], F_POS, width=8),
             Col('uni', ['Bijdrage (€)', 'Uniform deel', None], F_INT, width=10),
             Col('mw', ['Bijdrage (€)', 'Maatwerk', None], F_INT, width=9),
             Col('vac', ['Bijdrage (€)', 'Vaccinaties RVP', None], F_INT, width=9),
             Col('btot', ['Bijdrage (€)', 'Totaal', None], F_INT, width=11)]
    regios = [('Regio Noord', ['Den Helder', 'Hollands Kroon', 'Schagen', 'Texel']),
              ('Regio West', ['Alkmaar', 'Bergen', 'Castricum', 'Heiloo', 'Dijk en Waard']),
              ('Regio Oost', ['Hoorn', 'Drechterland', 'Enkhuizen', 'Koggenland', 'Medemblik', 'Opmeer', 'Stede Broec'])]
    rows, struct = [], []
    for gi, (g, items) in enumerate(regios):
        rows.append(Row('h%d' % gi, g, 'head'))
        lids = []
        for ii, it in enumerate(items):
            k = R(rng, 2400, 26000)
            v = {'kind': k, 'hb': k // 19 + R(rng, -30, 30), 'c1': k // 2 + R(rng, -200, 200),
                 'c4': k // 4 + R(rng, -100, 100), 'g2': k // 18, 'g7': k // 19 + R(rng, -20, 20),
                 'k2': k // 20 + R(rng, -20, 20), 'ex': R(rng, 40, k // 15),
                 'uni': int(k * rng.uniform(118, 124)), 'mw': R(rng, 0, 95000, 5) if ii % 3 else 0,
                 'vac': int(k * rng.uniform(6, 9))}
            rid = 'l%d_%d' % (gi, ii)
            rows.append(Row(rid, it, vals=v))
            lids.append(rid)
        rows.append(Row('s%d' % gi, 'Subtotaal ' + g, 'sub'))
        struct.append(('s%d' % gi, lids))
    rows.append(Row('T', 'Totaal GGD Hollands Noorden', 'total'))
    keys = [c.key for c in cols]

    def rels(t):
        P = present(t)
        out = []
        for s, lids in struct:
            out += vsum(s, [x for x in lids if x in P], keys)
        out += vsum('T', [s for s, _ in struct], keys)
        fig = [r.id for r in t['rows'] if r.kind in ('line', 'sub', 'total')]
        out += rowrel(fig, 'ctot', [(k, 1) for k, _, _ in cm_])
        out += rowrel(fig, 'btot', [('uni', 1), ('mw', 1), ('vac', 1)])
        return out

    def write(t, path):
        wb = Workbook()
        ws = wb.active
        ws.title = 'JGZ'
        font = ('Arial Narrow', 7)
        top = titles(ws, ['GGD Hollands Noorden - Jaarverslag 2025',
                          'Jeugdgezondheidszorg: bereik contactmomenten en gemeentelijke bijdrage per gemeente'], font)
        cm, r, _ = write_block(ws, t, top, 1, t['rows'], t['cols'],
                               dict(font=font, label_hdr=['Gemeente', None, None], indent=1, hdr_align='center', hdr_h=19))
        ws.column_dimensions['A'].width = 24
        page(ws, 'landscape', fitw=True, margins=(0.3, 0.3, 0.4, 0.4), footer='JGZ jaarverslag 2025')
        ws.print_options.horizontalCentered = True
        wb.save(path)
        return cm

    return dict(name='t05_jgz_contactmomenten', rows=rows, cols=cols, rels=rels, write=write,
                kind='GGD jaarverslag: JGZ contactmomenten en bijdrage per gemeente, 13 cijferkolommen, liggend op één pagina breed (kleine druk), driedubbele kop',
                alt=dict(p1=('Castricum', 'c4', 1), tot=('Totaal GGD Hollands Noorden', 'uni', 100000),
                         dele='Opmeer', sub=('Subtotaal Regio West', 'g7', 100)))


# ================================================================= t06 monumentensubsidie: flat export with a Regio column, Mutatie of two stands
def t06():
    rng = random.Random(3406)
    cols = [Col('n', ['Aantal', 'monumenten'], F_POS, width=12),
            Col('s0', ['Openstaande verplichtingen', '31-12-2024'], F_INT, width=13),
            Col('s1', ['Openstaande verplichtingen', '31-12-2025'], F_INT, width=13),
            Col('mut', ['Mutatie', None], F_INT, width=12)]
    regs = [('Noord-Veluwe', ['Elburg', 'Ermelo', 'Harderwijk', 'Nunspeet', 'Oldebroek']),
            ('Rivierenland', ['Buren', 'Culemborg', 'Maasdriel', 'Tiel', 'West Betuwe', 'Zaltbommel']),
            ('Achterhoek', ['Aalten', 'Berkelland', 'Bronckhorst', 'Lochem', 'Winterswijk'])]
    rows, struct = [], []
    for gi, (g, items) in enumerate(regs):
        lids = []
        for ii, it in enumerate(items):
            s0 = R(rng, 0, 1400000, 50)
            rid = 'l%d_%d' % (gi, ii)
            rows.append(Row(rid, it, group=g, vals={'n': R(rng, 2, 31), 's0': s0,
                                                   's1': max(0, s0 + R(rng, -600000, 700000, 50))}))
            lids.append(rid)
        rows.append(Row('s%d' % gi, 'Totaal ' + g, 'sub', group=''))
        struct.append(('s%d' % gi, lids))
    rows.append(Row('T', 'Totaal provincie', 'total', group=''))
    keys = [c.key for c in cols]

    def rels(t):
        P = present(t)
        out = []
        for s, lids in struct:
            out += vsum(s, [x for x in lids if x in P], keys)
        out += vsum('T', [s for s, _ in struct], keys)
        fig = [r.id for r in t['rows']]
        out += rowrel(fig, 'mut', [('s1', 1), ('s0', -1)])
        return out

    def write(t, path):
        wb = Workbook()
        ws = wb.active
        ws.title = 'Export'
        font = ('Calibri', 11)
        top = titles(ws, ['Restauratiesubsidies monumenten', 'Openstaande verplichtingen per gemeente (euro)'], font)
        cm, r, _ = write_block(ws, t, top, 1, t['rows'], t['cols'],
                               dict(font=font, groupcol=True, label_hdr=['Regio', 'Gemeente'], totstyle='boldtotal',
                                    tot_rule=False, hdr_bold=True, hdr_align='left'))
        ws.column_dimensions['A'].width = 16
        ws.column_dimensions['B'].width = 20
        ws.auto_filter.ref = 'A%d:F%d' % (top + 1, r - 1)
        page(ws, 'portrait', grid=True, scale=75)
        ws.print_options.gridLines = True
        wb.save(path)
        return cm

    return dict(name='t06_monumentensubsidie', rows=rows, cols=cols, rels=rels, write=write,
                kind="Provincie: openstaande verplichtingen restauratiesubsidies monumenten per gemeente, platte export met kolom 'Regio' per regel, Mutatie = stand 2025 - stand 2024, rasterlijnen afgedrukt",
                alt=dict(p1=('Culemborg', 's1', 1), tot=('Totaal provincie', 's0', 100000),
                         dele='Lochem', sub=('Totaal Noord-Veluwe', 's1', 10000)))


# ================================================================= t07 VRI onderhoud: totals only by a top border
def t07():
    rng = random.Random(3407)
    cols = [Col('n', ['Aantal', 'VRI'], F_POS, width=7), Col('ond', ['Onderhoud', 'contract'], F_INT, width=10),
            Col('sto', ['Storingen', ''], F_INT, width=9), Col('en', ['Energie', ''], F_INT, width=8),
            Col('ver', ['Vervanging', 'regelaars'], F_INT, width=10), Col('tot', ['Totaal', ''], F_INT, width=10)]
    dist = [('Noord', ['Kruising Zwolseweg / Ringweg', 'Kruising Deventerstraat / Spoorlaan', 'Rotonde-VRI Hanzeweg',
                       'Kruising Burg. Kolfschotenlaan', 'Voetgangers-VRI Stationsplein']),
            ('Zuid', ['Kruising Zutphenseweg / N348', 'Kruising Brinkgreverweg', 'Kruising Laan van Borgele',
                      'Fietsers-VRI Snipperlingsdijk']),
            ('Buitengebied', ['Kruising N337 / Bathmen', 'Kruising Holterweg / Schalkhaar', 'Bus-VRI Colmschate'])]
    rows, struct = [], []
    for gi, (g, items) in enumerate(dist):
        rows.append(Row('h%d' % gi, 'District ' + g, 'head'))
        lids = []
        for ii, it in enumerate(items):
            n = R(rng, 1, 4)
            rid = 'l%d_%d' % (gi, ii)
            rows.append(Row(rid, it, vals={'n': n, 'ond': n * R(rng, 2100, 3400), 'sto': R(rng, 0, 9500, 5),
                                           'en': n * R(rng, 380, 900), 'ver': R(rng, 0, 2) * R(rng, 9000, 31000, 100)}))
            lids.append(rid)
        rows.append(Row('s%d' % gi, 'district ' + g, 'sub'))
        struct.append(('s%d' % gi, lids))
    rows.append(Row('T', 'Totaal verkeersregelinstallaties', 'total'))
    keys = [c.key for c in cols]

    def rels(t):
        P = present(t)
        out = []
        for s, lids in struct:
            out += vsum(s, [x for x in lids if x in P], keys)
        out += vsum('T', [s for s, _ in struct], keys)
        fig = [r.id for r in t['rows'] if r.kind in ('line', 'sub', 'total')]
        out += rowrel(fig, 'tot', [('ond', 1), ('sto', 1), ('en', 1), ('ver', 1)])
        return out

    def write(t, path):
        wb = Workbook()
        ws = wb.active
        ws.title = 'VRI'
        font = ('Times New Roman', 10)
        top = titles(ws, ['Gemeente Deventer', 'Beheer verkeersregelinstallaties 2025 - kosten per installatie',
                          'Bedragen in euro, excl. btw'], font)
        cm, r, _ = write_block(ws, t, top, 1, t['rows'], t['cols'],
                               dict(font=font, totstyle='topborder', label_hdr=['Locatie', None], hdr_bold=False,
                                    hdr_italic=True, indent=2))
        ws.column_dimensions['A'].width = 34
        page(ws, 'landscape', margins=(0.7, 0.5, 0.8, 0.8))
        wb.save(path)
        return cm

    return dict(name='t07_vri_onderhoud', rows=rows, cols=cols, rels=rels, write=write,
                kind="Gemeente: kosten verkeersregelinstallaties per kruispunt en district, subtotalen alleen met bovenrand (niet vet, label 'district Noord'), cursieve kop",
                alt=dict(p1=('Bus-VRI Colmschate', 'en', 1), tot=('Totaal verkeersregelinstallaties', 'tot', 10000),
                         dele='Kruising Brinkgreverweg', sub=('district Noord', 'ond', 1000)))


# ================================================================= t08 provinciale bestuursorganen: BNW in a second sheet area
def t08():
    rng = random.Random(3408)
    cols = [Col('prim', ['Primitieve', 'begroting'], F_INT, width=12), Col('w1', ['1e', 'wijziging'], F_INT, width=10),
            Col('w2', ['2e', 'wijziging'], F_INT, width=10), Col('w3', ['3e', 'wijziging'], F_INT, width=10),
            Col('bnw', ['Begroting', 'na wijziging'], F_INT, width=13), Col('real', ['Realisatie', '2025'], F_INT, width=12),
            Col('v', ['Verschil', ''], F_INT, width=11)]
    groups = [('Provinciale Staten', ['Vergoedingen Statenleden', 'Fractievoorzieningen en -ondersteuning',
                                      'Commissies en Staatscommissies', 'Griffie']),
              ('Gedeputeerde Staten', ['Bezoldiging gedeputeerden', 'Pensioenen en uitkeringen gewezen gedeputeerden',
                                       'Representatie en reiskosten']),
              ('Commissaris van de Koning', ['Kabinet CdK', 'Rijkstaken CdK'])]
    rows, struct = [], []
    for gi, (g, items) in enumerate(groups):
        rows.append(Row('h%d' % gi, g, 'head'))
        lids = []
        for ii, it in enumerate(items):
            p = R(rng, 150000, 3200000, 100)
            v = {'prim': p, 'w1': R(rng, -1, 1) * R(rng, 0, 90000, 100), 'w2': R(rng, 0, 1) * R(rng, 0, 60000, 100),
                 'w3': R(rng, -1, 1) * R(rng, 0, 40000, 100)}
            rid = 'l%d_%d' % (gi, ii)
            rows.append(Row(rid, it, vals=v))
            lids.append(rid)
        rows.append(Row('s%d' % gi, 'Totaal ' + g, 'sub'))
        struct.append(('s%d' % gi, lids))
    rows.append(Row('T', 'Totaal bestuursorganen', 'total'))
    keys = [c.key for c in cols]

    def rels(t):
        P = present(t)
        out = []
        for s, lids in struct:
            out += vsum(s, [x for x in lids if x in P], keys)
        out += vsum('T', [s for s, _ in struct], keys)
        fig = [r.id for r in t['rows'] if r.kind in ('line', 'sub', 'total')]
        out += rowrel(fig, 'bnw', [('prim', 1), ('w1', 1), ('w2', 1), ('w3', 1)])
        out += rowrel(fig, 'v', [('bnw', 1), ('real', -1)])
        return out

    def post(t):
        rng2 = random.Random(34081)
        for r in t['rows']:
            if r.kind == 'line':
                r.vals['real'] = r.vals['bnw'] + R(rng2, -80000, 50000)
        fill(t)

    def write(t, path):
        wb = Workbook()
        ws = wb.active
        ws.title = 'Bestuur'
        font = ('Georgia', 9)
        top = titles(ws, ['Provincie Flevoland - Jaarstukken 2025', 'Programma 1 Bestuur: lasten bestuursorganen',
                          'Bedragen in euro'], font)
        # second area: Begroting na wijziging, Realisatie, Verschil after two empty columns, with a boxed header
        cm, r, last = write_block(ws, t, top, 1, t['rows'], t['cols'],
                                  dict(font=font, label_hdr=['Onderdeel', None], indent=1, gaps={'bnw': 2}))
        ws.cell(row=top - 1, column=2, value='Begrotingswijzigingen 2025').font = Font(name='Georgia', size=9, italic=True)
        ws.cell(row=top - 1, column=8, value='Verantwoording').font = Font(name='Georgia', size=9, italic=True)
        ws.column_dimensions['A'].width = 42
        ws.column_dimensions['F'].width = 2
        ws.column_dimensions['G'].width = 2
        page(ws, 'landscape', fitw=True, footer='Jaarstukken 2025 Provincie Flevoland')
        wb.save(path)
        return cm

    return dict(name='t08_prov_bestuursorganen', rows=rows, cols=cols, rels=rels, write=write, post=post,
                kind="Provincie jaarstukken: lasten bestuursorganen (PS, GS, CdK); 'Begroting na wijziging' = primitief + 3 wijzigingen, in een tweede blok rechts na twee lege kolommen",
                alt=dict(p1=('Griffie', 'w1', 1), tot=('Totaal bestuursorganen', 'real', 100000),
                         dele='Kabinet CdK', sub=('Totaal Gedeputeerde Staten', 'prim', 10000)))


# ================================================================= t09 schouwburg: T-account lasten left, baten right
def t09():
    rng = random.Random(3409)
    cols = [Col('lr', ['Rekening 2025'], F_INT, width=12), Col('lb', ['Begroting 2025'], F_INT, width=12),
            Col('br', ['Rekening 2025'], F_INT, width=12), Col('bb', ['Begroting 2025'], F_INT, width=12)]
    lasten = ['Personeel vast', 'Personeel flexibel en techniek', 'Programmering (uitkoopsommen en partages)',
              'Marketing en kaartverkoop', 'Huisvesting en energie', 'Onderhoud theatertechniek', 'Horeca inkoop',
              'Kapitaallasten', 'Algemene kosten']
    baten = ['Recette voorstellingen', 'Horeca-omzet', 'Zaalverhuur en congressen', 'Sponsoring en fondsen',
             'Overige opbrengsten']
    rows = []
    for i, l in enumerate(lasten):
        b = R(rng, 60000, 1400000, 100)
        rows.append(Row('L%d' % i, l, vals={'lr': b + R(rng, -40000, 60000), 'lb': b}, group='L'))
    for i, l in enumerate(baten):
        b = R(rng, 40000, 1900000, 100)
        rows.append(Row('B%d' % i, l, vals={'br': b + R(rng, -50000, 40000), 'bb': b}, group='B'))
    rows.append(Row('Bg', 'Exploitatiebijdrage gemeente', group='B'))
    rows.append(Row('TL', 'Totaal lasten', 'total', group='L'))
    rows.append(Row('TB', 'Totaal baten', 'total', group='B'))

    def rels(t):
        P = present(t)
        out = vsum('TL', [r.id for r in t['rows'] if r.group == 'L' and r.kind == 'line'], ['lr', 'lb'])
        out += vsum('TB', [r.id for r in t['rows'] if r.group == 'B' and r.kind == 'line'], ['br', 'bb'])
        return out

    def post(t):
        rows_ = {r.id: r for r in t['rows']}
        fill(t)
        for k, lk in (('br', 'lr'), ('bb', 'lb')):
            rows_['Bg'].vals[k] = rows_['TL'].vals[lk] - rows_['TB'].vals[k]
        fill(t)

    def write(t, path):
        wb = Workbook()
        ws = wb.active
        ws.title = 'Exploitatie'
        font = ('Arial', 9)
        bf = Font(name=font[0], size=font[1], bold=True)
        top = titles(ws, ['Stadsschouwburg De Harmonie (gemeentelijk theater)', 'Exploitatierekening 2025',
                          'Bedragen in euro'], font)
        hdr = [(1, 'Lasten'), (2, 'Rekening 2025'), (3, 'Begroting 2025'), (5, 'Baten'), (6, 'Rekening 2025'),
               (7, 'Begroting 2025')]
        for c, h in hdr:
            cell = ws.cell(row=top, column=c, value=h)
            cell.font = bf
            cell.alignment = Alignment(horizontal='left' if c in (1, 5) else 'right', wrap_text=True)
            cell.border = Border(bottom=THIN)
        for rr in range(top, top + 3 + max(len(lasten), len(baten) + 1)):
            ws.cell(row=rr, column=4).border = Border(right=THIN)
        cm = {}
        side = {'L': (1, ['lr', 'lb']), 'B': (5, ['br', 'bb'])}
        colo = {c.key: c for c in t['cols']}
        nxt = {'L': top + 1, 'B': top + 1}
        totrow = top + 2 + max(len([r for r in t['rows'] if r.group == g and r.kind == 'line']) for g in 'LB')
        for row in t['rows']:
            c0, keys = side[row.group]
            rr = totrow if row.kind == 'total' else nxt[row.group]
            if row.kind != 'total':
                nxt[row.group] += 1
            f = Font(name=font[0], size=font[1], bold=row.kind == 'total')
            ws.cell(row=rr, column=c0, value=row.label).font = f
            for j, k in enumerate(keys):
                cell = ws.cell(row=rr, column=c0 + 1 + j, value=row.vals[k])
                cell.number_format = colo[k].fmt
                cell.font = f
                if row.kind == 'total':
                    cell.border = Border(top=THIN, bottom=Side(style='double'))
                cm[(row.id, k)] = '%s%d' % (L(c0 + 1 + j), rr)
        ws.column_dimensions['A'].width = 36
        ws.column_dimensions['E'].width = 30
        for c in 'BCFG':
            ws.column_dimensions[c].width = 12
        ws.column_dimensions['D'].width = 2
        page(ws, 'landscape', footer='Jaarverslag 2025 Stadsschouwburg', scale=80)
        wb.save(path)
        return cm

    return dict(name='t09_schouwburg_exploitatie', rows=rows, cols=cols, rels=rels, write=write, post=post,
                kind='Gemeentelijk theater: exploitatierekening in T-vorm (lasten links, baten rechts op één pagina, totalen op dezelfde regel, dubbel onderstreept)',
                alt=dict(p1=('Horeca inkoop', 'lr', 1), tot=('Totaal baten', 'bb', 100000),
                         dele='Marketing en kaartverkoop', sub=('Exploitatiebijdrage gemeente', 'br', 5000)))


# ================================================================= t10 beschermd wonen: hierarchical label columns, merged label cells
def t10():
    rng = random.Random(3410)
    cols = [Col('r24', ['Realisatie', '2024'], F_INTD, width=11), Col('b25', ['Begroting', '2025'], F_INTD, width=11),
            Col('r25', ['Realisatie', '2025'], F_INTD, width=11), Col('v', ['Verschil', '2025'], F_INT, width=11)]
    groups = [('Beschermd wonen', ['Zorg in natura GGZ-C profiel 3', 'Zorg in natura GGZ-C profiel 4',
                                   'Zorg in natura GGZ-C profiel 5/6', 'Persoonsgebonden budget',
                                   'Beschermd thuis (ambulant)']),
              ('Maatschappelijke opvang', ['Nachtopvang', '24-uursopvang', 'Zwerfjongeren', 'Housing First']),
              ('Vrouwenopvang en huiselijk geweld', ['Vrouwenopvang', 'Veilig Thuis (regionaal aandeel)']),
              ('Uitvoering centrumgemeente', ['Toegang en indicatiestelling', 'Contractmanagement'])]
    rows, struct = [], []
    for gi, (g, items) in enumerate(groups):
        rows.append(Row('h%d' % gi, g, 'head'))
        lids = []
        for ii, it in enumerate(items):
            b = R(rng, 250000, 9800000, 1000)
            rid = 'l%d_%d' % (gi, ii)
            rows.append(Row(rid, it, vals={'r24': int(b * rng.uniform(0.85, 1.05)), 'b25': b,
                                           'r25': int(b * rng.uniform(0.9, 1.1))}))
            lids.append(rid)
        rows.append(Row('s%d' % gi, 'Subtotaal', 'sub'))
        struct.append(('s%d' % gi, lids))
    rows.append(Row('T', 'Totaal lasten regio', 'total'))
    keys = [c.key for c in cols]

    def rels(t):
        P = present(t)
        out = []
        for s, lids in struct:
            out += vsum(s, [x for x in lids if x in P], keys)
        out += vsum('T', [s for s, _ in struct], keys)
        fig = [r.id for r in t['rows'] if r.kind in ('line', 'sub', 'total')]
        out += rowrel(fig, 'v', [('b25', 1), ('r25', -1)])
        return out

    def prep(t):
        # subtotal labels carry the group name so they are unique
        for gi in range(len(groups)):
            for r in t['rows']:
                if r.id == 's%d' % gi:
                    r.label = 'Subtotaal ' + groups[gi][0].lower()

    def write(t, path):
        wb = Workbook()
        ws = wb.active
        ws.title = 'BW MO'
        font = ('Tahoma', 9)
        top = titles(ws, ['Regio Zuid-Limburg - centrumgemeente Maastricht',
                          'Verantwoording beschermd wonen en maatschappelijke opvang 2025 (bedragen in euro)'], font)
        cm, r, _ = write_block(ws, t, top, 1, t['rows'], t['cols'],
                               dict(font=font, labcols=2, label_hdr=['Product', None], totstyle='bold'))
        # headings and (sub)totals sit in column A and are merged over A:B; lines sit in column B
        for rr in range(top + 2, r):
            if ws.cell(row=rr, column=1).value is not None:
                ws.merge_cells(start_row=rr, start_column=1, end_row=rr, end_column=2)
        ws.column_dimensions['A'].width = 4
        ws.column_dimensions['B'].width = 36
        page(ws, 'portrait', fitw=True, footer='Jaarverslag BW/MO 2025', repeat='%d:%d' % (top, top + 1))
        wb.save(path)
        return cm

    return dict(name='t10_beschermd_wonen', rows=rows, cols=cols, rels=rels, write=write, prep=prep,
                kind='Centrumgemeente jaarverslag: beschermd wonen en maatschappelijke opvang per product; koppen en totalen in kolom A samengevoegd over A:B, regels ingesprongen in kolom B',
                alt=dict(p1=('Housing First', 'r25', 1), tot=('Totaal lasten regio', 'b25', 100000),
                         dele='Zwerfjongeren', sub=('Subtotaal beschermd wonen', 'r24', 10000)))


# ================================================================= driver
def main():
    os.makedirs(os.path.join(HERE, 'xlsx'), exist_ok=True)
    truth = {}
    for fn in (t01, t02, t03, t04, t05, t06, t07, t08, t09, t10):
        t = fn()
        if t.get('prep'):
            t['prep'](t)
        fill(t)
        if t.get('post'):
            t['post'](t)
        assert evaluate(t) == [], (t['name'], evaluate(t))
        labels = [r.label for r in t['rows'] if r.kind != 'blank']
        assert len(labels) == len(set(labels)), (t['name'], 'duplicate labels')
        alt = t['alt']
        for variant in ('clean', 'p1', 'tot', 'del', 'sub'):
            if variant == 'sub' and alt.get('sub') is None:
                continue
            tv = dict(t)
            tv['rows'] = copy.deepcopy(t['rows'])
            altered, akey = None, None
            if variant in ('p1', 'tot', 'sub'):
                lab, key, delta = alt[variant]
                r = [x for x in tv['rows'] if x.label == lab][0]
                c = [x for x in tv['cols'] if x.key == key][0]
                old = r.vals[key]
                r.vals[key] = old + delta
                altered = {'label': r.label, 'column': c.title,
                           'action': '%s -> %s' % (val(c, old), val(c, r.vals[key]))}
                akey = (r.id, key)
            elif variant == 'del':
                r = [x for x in tv['rows'] if x.label == alt['dele']][0]
                tv['rows'].remove(r)
                altered = {'label': r.label, 'column': None, 'action': 'row deleted',
                           'cell': "row of %r in the clean file" % r.label}
            name = t['name'] + ('' if variant == 'clean' else '_' + variant) + '.xlsx'
            cm = t['write'](tv, os.path.join(HERE, 'xlsx', name))
            fails = evaluate(tv)
            if variant != 'clean':
                assert fails, name
                if akey:
                    altered['cell'] = cm[akey]
            truth[name] = {'kind': t['kind'], 'variant': variant, 'failing': fails, 'tolerated': []}
            if altered:
                truth[name]['altered'] = altered
    json.dump({'files': truth}, open(os.path.join(HERE, 'truth.json'), 'w'), indent=1, ensure_ascii=False)
    print('written', len(truth), 'xlsx; failing totals', sum(len(v['failing']) for v in truth.values()))


if __name__ == '__main__':
    main()
