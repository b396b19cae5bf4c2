"""Build the sealed-trial29 corpus: 10 tables x (clean, _p1, _tot, _del, _sub) as xlsx + truth.json.

Every table is a list of blocks (each with its own columns and header) holding rows; the table's relations
(vertical sums, row relations of derived columns, running totals) are generated from its structure, from the rows
that are present. The clean values are filled from the relations; the truth of an altered copy is the list of
relations that do not hold on the printed (displayed) values.
"""
import copy
import json
import math
import os
import random
import re

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.pagebreak import Break

HERE = os.path.dirname(os.path.abspath(__file__))

F_MIN = '[$-413]#,##0;-#,##0;"-"'
F_MIN2 = '[$-413]#,##0;-#,##0'
F_BR = '[$-413]#,##0;(#,##0);"-"'
F_K = '[$-413]#,##0,;(#,##0,);"-"'
F_FTE = '[$-413]#,##0.00;-#,##0.00;"-"'
F_PCT1 = '[$-413]0.0%'
F_PCT2 = '[$-413]0.00%'
F_TAR = '[$-413]0.0000'
F_IDX = '[$-413]0.0'


class Col:
    def __init__(self, key, hdr, fmt=F_MIN, scale=1, summed=True, width=13, text=False, align=None):
        self.key, self.hdr, self.fmt, self.scale, self.summed, self.width = key, tuple(hdr), fmt, scale, summed, width
        self.text, self.align = text, align   # text: a column of words (V/N, grondslag), never summed

    @property
    def title(self):
        return ' '.join(h for h in self.hdr if h)


class Row:
    def __init__(self, rid, label, kind='line', code=None, vals=None, text=None):
        self.id, self.label, self.kind, self.code = rid, label, kind, code
        self.vals = dict(vals or {})
        self.text = set(text or ())   # keys of cells stored as text

    @property
    def bold(self):
        return self.kind in ('sub', 'total', 'head', 'gtop', 'gtot')


class Block:
    def __init__(self, cols, rows, label_hdr, code_hdr=None, caption=None):
        self.cols, self.rows, self.label_hdr, self.code_hdr, self.caption = cols, rows, label_hdr, code_hdr, caption


# ---------------------------------------------------------------- relations helpers
def vsum(tgt, parts, keys, signs=None):
    out = []
    for k in keys:
        out.append(((tgt, k), [(p, k, (signs or {}).get(p, 1)) for p in parts]))
    return out


def rowrel(rids, tgt, terms):
    return [((r, tgt), [(r, k, c) for k, c in terms]) for r in rids]


def fill(table, rels):
    cells = {}
    for b in table['blocks']:
        for r in b.rows:
            cells[r.id] = r
    for _ in range(12):
        for (tr, tk), terms in rels:
            cells[tr].vals[tk] = sum(c * (cells[r].vals.get(k) or 0) for r, k, c in terms)


def disp(table, col, v):
    if v is None:
        return None
    if table.get('kscale'):
        return int(math.floor(abs(v) / 1000 + 0.5)) * (1 if v >= 0 else -1)
    return v


def evaluate(table):
    """failing list of the table as printed."""
    rows = {r.id: (r, b) for b in table['blocks'] for r in b.rows}
    cols = {c.key: c for b in table['blocks'] for c in b.cols}
    rels = table['rels'](table)
    fails = {}
    order = []
    for (tr, tk), terms in rels:
        if tr not in rows:
            continue
        terms = [t for t in terms if t[0] in rows]
        r = rows[tr][0]
        if r.vals.get(tk) is None:
            continue
        pr = disp(table, cols[tk], r.vals[tk])
        tv = sum(c * (disp(table, cols[k], rows[rr][0].vals.get(k)) or 0) for rr, k, c in terms)
        if pr != tv:
            key = (tr, tk)
            if key in fails:
                if tv not in fails[key]['_t']:
                    fails[key]['_t'].append(tv)
                continue
            sc = cols[tk].scale
            unit = 1.0 / sc
            e = {'label': r.label, 'column': cols[tk].title}
            if r.code:
                e['code'] = r.code
            if table.get('kscale'):
                e.update(printed=pr * 1000.0, true=tv * 1000.0, unit=1000.0, true_other=[float(tv)])
            else:
                e.update(printed=pr / sc, true=tv / sc, unit=unit)
            e['_t'] = [tv]
            fails[key] = e
            order.append(key)
    out = []
    for k in order:
        e = fails[k]
        extra = e.pop('_t')[1:]
        if extra:
            sc = cols[k[1]].scale
            e.setdefault('true_other', [])
            e['true_other'] += [x / sc for x in extra]
        out.append(e)
    return out


# ---------------------------------------------------------------- writer
THIN = Side(style='thin', color='000000')
HAIR = Side(style='hair', color='808080')

# ---------------------------------------------------------------- helpers for data
def R(rng, lo, hi, step=1):
    return rng.randrange(lo // step, hi // step + 1) * step


def ids(rows, kind='line'):
    return [r.id for r in rows if r.kind == kind]


def present(table):
    return {r.id for b in table['blocks'] for r in b.rows}


def allrows(table):
    return [r for b in table['blocks'] for r in b.rows]




# ---------------------------------------------------------------- writer
DOUBLE = Side(style='double', color='000000')


def write_block(ws, b, top, table, font):
    """Write one block; returns (next free row, cellmap {(row id, col key): 'C12'}, header rows)."""
    ncode = 1 if b.code_hdr is not None else 0
    lspan = table.get('label_span', 1)
    labcol = 1 + ncode
    first_fig = labcol + lspan
    nlev = max(len(c.hdr) for c in b.cols)
    valign = table.get('valign', 'bottom')
    hfont = Font(name=font[0], size=font[1], bold=table.get('hdr_bold', True), italic=table.get('hdr_italic', False))
    fill = PatternFill('solid', fgColor=table['hdr_fill']) if table.get('hdr_fill') else None
    halign = table.get('hdr_align', 'center')
    # label / code header: merged down over the header rows (and across the label columns)
    if ncode:
        c = ws.cell(row=top, column=1, value=b.code_hdr)
        c.font = hfont
        c.alignment = Alignment(horizontal='left', vertical=table.get('hdr_valign', 'bottom'), wrap_text=True)
        if nlev > 1:
            ws.merge_cells(start_row=top, start_column=1, end_row=top + nlev - 1, end_column=1)
    c = ws.cell(row=top, column=labcol, value=b.label_hdr)
    c.font = hfont
    c.alignment = Alignment(horizontal='left', vertical=table.get('hdr_valign', 'bottom'), wrap_text=True)
    if nlev > 1 or lspan > 1:
        ws.merge_cells(start_row=top, start_column=labcol, end_row=top + nlev - 1, end_column=labcol + lspan - 1)
    # figure headers
    grid = [c.hdr + (None,) * (nlev - len(c.hdr)) for c in b.cols]
    for j, levels in enumerate(grid):
        col = first_fig + j
        lev = 0
        while lev < nlev:
            txt = levels[lev]
            if txt is None:
                lev += 1
                continue
            span_v = 1
            while lev + span_v < nlev and levels[lev + span_v] is None:
                span_v += 1
            if lev < nlev - 1 and span_v == 1:
                if j > 0 and grid[j - 1][:lev + 1] == levels[:lev + 1]:
                    lev += 1
                    continue
                span_h = 1
                while j + span_h < len(grid) and grid[j + span_h][:lev + 1] == levels[:lev + 1]:
                    span_h += 1
            else:
                span_h = 1
            cell = ws.cell(row=top + lev, column=col, value=txt)
            cell.font = hfont
            cell.alignment = Alignment(horizontal=halign if span_h == 1 else 'center',
                                       vertical=table.get('hdr_valign', 'bottom'), wrap_text=True)
            if span_h > 1 or span_v > 1:
                ws.merge_cells(start_row=top + lev, start_column=col, end_row=top + lev + span_v - 1,
                               end_column=col + span_h - 1)
            if span_h > 1 and table.get('group_rule', True):
                for cc in range(col, col + span_h):
                    ws.cell(row=top + lev, column=cc).border = Border(bottom=HAIR)
            lev += span_v
    last = first_fig + len(b.cols) - 1
    if fill:
        for rr in range(top, top + nlev):
            for cc in range(1, last + 1):
                ws.cell(row=rr, column=cc).fill = fill
    hdr_rows = (top, top + nlev - 1)
    r = top + nlev
    if table.get('hdr_blank'):
        # an empty second header row (the rule under it), as people leave a spare row
        r += 1
        hdr_rows = (top, top + nlev)
    for cc in range(1, last + 1):
        ws.cell(row=r - 1, column=cc).border = Border(bottom=THIN)
    cellmap = {}
    subbold = table.get('subbold', True)
    for row in b.rows:
        if row.kind == 'blank':
            r += 1
            continue
        bold = row.bold if (row.kind != 'sub' or subbold) else False
        italic = row.kind == 'note' or (row.kind == 'head' and table.get('head_italic'))
        f = Font(name=font[0], size=font[1], bold=bold, italic=italic)
        if ncode and row.code:
            c = ws.cell(row=r, column=1, value=row.code)
            c.font = f
            c.alignment = Alignment(horizontal='left', vertical=valign)
        c = ws.cell(row=r, column=labcol, value=row.label)
        c.font = f
        ind = table.get('indent', 0) if row.kind == 'line' else 0
        c.alignment = Alignment(horizontal='left' if ind else None, indent=ind, vertical=table.get('label_valign', valign), wrap_text=table.get('wrap', False))
        if lspan > 1:
            ws.merge_cells(start_row=r, start_column=labcol, end_row=r, end_column=labcol + lspan - 1)
        for j, col in enumerate(b.cols):
            v = row.vals.get(col.key)
            cc = ws.cell(row=r, column=first_fig + j)
            if row.kind in ('sub', 'total', 'gtot'):
                side = HAIR if row.kind == 'sub' else THIN
                cc.border = Border(top=side, bottom=DOUBLE if row.kind == 'gtot' and table.get('double') else None)
            if v is None:
                continue
            if col.text:
                cc.value = v
                cc.alignment = Alignment(horizontal=col.align or 'center', vertical=valign)
            else:
                cc.value = v / col.scale if col.scale != 1 else v
                cc.number_format = col.fmt
                cc.alignment = Alignment(horizontal=col.align, vertical=valign)
            cc.font = f
            cellmap[(row.id, col.key)] = '%s%d' % (get_column_letter(first_fig + j), r)
        if table.get('row_h') and row.kind == 'line':
            ws.row_dimensions[r].height = table['row_h']
        elif table.get('wrap') and row.label:
            # the height Excel would give a wrapped label (openpyxl does not autofit)
            nl = math.ceil(len(row.label) / (table.get('labelw', 42) * table.get('wrapfac', 1.0)))
            if nl > 1:
                ws.row_dimensions[r].height = round(font[1] * 1.32 * nl + 2, 1)
        r += 1
    return r, cellmap, hdr_rows


def write_xlsx(table, path):
    wb = Workbook()
    ws = wb.active
    ws.title = table.get('sheet', 'Tabel')
    ws.sheet_view.showGridLines = table.get('grid', False)
    font = table.get('font', ('Calibri', 10))
    r = 1
    ws.cell(row=r, column=1, value=table['title']).font = Font(name=font[0], size=font[1] + 2, bold=True)
    r += 1
    if table.get('subtitle'):
        ws.cell(row=r, column=1, value=table['subtitle']).font = Font(name=font[0], size=font[1], italic=True)
        r += 1
    if table.get('unitline'):
        b0 = table['blocks'][0]
        ucol = 1 if not table.get('unit_right') else (1 + (b0.code_hdr is not None) + table.get('label_span', 1)
                                                      + len(b0.cols) - 1)
        c = ws.cell(row=r, column=ucol, value=table['unitline'])
        c.font = Font(name=font[0], size=font[1] - 1)
        if table.get('unit_right'):
            c.alignment = Alignment(horizontal='right')
        r += 1
    r += 1
    cellmap = {}
    hdr_rows = None
    for bi, b in enumerate(table['blocks']):
        if b.caption:
            ws.cell(row=r, column=1, value=b.caption).font = Font(name=font[0], size=font[1] + 1, bold=True)
            r += 1
        r, cm, hr = write_block(ws, b, r, table, font)
        if bi == 0:
            hdr_rows = hr
        cellmap.update(cm)
        r += 1
    for note in table.get('notes', []):
        ws.cell(row=r, column=1, value=note).font = Font(name=font[0], size=font[1] - 1, italic=True)
        r += 1
    b0 = table['blocks'][0]
    ncode = 1 if b0.code_hdr is not None else 0
    if ncode:
        ws.column_dimensions['A'].width = table.get('codew', 7)
    lspan = table.get('label_span', 1)
    lw = table.get('labelw', 42)
    if lspan == 1:
        ws.column_dimensions[get_column_letter(1 + ncode)].width = lw
    else:
        for k, w in enumerate(table.get('labelws', [lw / lspan] * lspan)):
            ws.column_dimensions[get_column_letter(1 + ncode + k)].width = w
    for j, c in enumerate(b0.cols):
        ws.column_dimensions[get_column_letter(1 + ncode + lspan + j)].width = c.width
    for rr in range(hdr_rows[0], hdr_rows[1] + 1):
        if table.get('hdr_h'):
            ws.row_dimensions[rr].height = table['hdr_h']
    ps = ws.page_setup
    ps.paperSize = ws.PAPERSIZE_A4
    ps.orientation = table.get('orient', 'portrait')
    if table.get('fit', True):
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ps.fitToWidth = 1
        ps.fitToHeight = 0
    if table.get('scale_pct'):
        ps.scale = table['scale_pct']
    if table.get('repeat'):
        ws.print_title_rows = '%d:%d' % hdr_rows
    if table.get('repeat_cols'):
        ws.print_title_cols = table['repeat_cols']
    if table.get('margins'):
        m = table['margins']
        ws.page_margins.left = ws.page_margins.right = m[0]
        ws.page_margins.top = ws.page_margins.bottom = m[1]
    if table.get('center_h'):
        ws.print_options.horizontalCentered = True
    if table.get('col_break'):
        # a manual page break after this sheet column: the table prints on two pages side by side
        ws.col_breaks.append(Break(id=table['col_break']))
    if table.get('footer'):
        ws.oddFooter.center.text = table['footer']
    if table.get('header_txt'):
        ws.oddHeader.right.text = table['header_txt']
    wb.save(path)
    return cellmap


F_1D = '[$-413]#,##0.0;-#,##0.0;"-"'
F_1DBR = '[$-413]#,##0.0;(#,##0.0);"-"'
F_PCT0 = '[$-413]0%'
F_EUR2 = '[$-413]"€ "#,##0.00'
F_PLAIN = '[$-413]#,##0'


def grouped(groups, mk, blank=True):
    """groups: dicts head, headcode, lines [(code, label)], sub, subcode. mk(rng-free) -> vals per line."""
    rows, struct, n = [], [], 0
    for gi, g in enumerate(groups):
        if g.get('head'):
            rows.append(Row('h%d' % gi, g['head'], 'head', code=g.get('headcode')))
        lids = []
        for li, (code, lab) in enumerate(g['lines']):
            rid = 'l%d_%d' % (gi, li)
            vals, text = mk(gi, li, lab)
            rows.append(Row(rid, lab, code=code, vals=vals, text=text))
            lids.append(rid)
        if g.get('sub'):
            rows.append(Row('s%d' % gi, g['sub'], 'sub', code=g.get('subcode')))
            struct.append(('s%d' % gi, lids))
        if blank:
            rows.append(Row('bk%d' % gi, '', 'blank'))
    return rows, struct


def figrows(t, kinds=('line', 'sub', 'total', 'gtot')):
    return [r.id for r in allrows(t) if r.kind in kinds]


def grouprels(t, struct, keys, total='T'):
    P = present(t)
    out = []
    for s, lids in struct:
        out += vsum(s, [x for x in lids if x in P], keys)
    if total:
        out += vsum(total, [s for s, _ in struct], keys)
    return out


# ================================================================= t01 Wmo maatwerk per voorziening (gemeente)
def t01():
    rng = random.Random(2901)
    cols = [Col('n', ['Aantal indicaties'], width=10), Col('b', ['Begroting 2025']), Col('r', ['Realisatie 2025']),
            Col('v', ['Verschil']), Col('vn', ['V/N'], text=True, width=5)]
    groups = [
        dict(head='Hulp bij het huishouden', sub='Totaal hulp bij het huishouden', subcode='W1',
             lines=[('W1.1', 'HbH categorie 1 (schoon en leefbaar huis)'), ('W1.2', 'HbH categorie 2 (incl. wasverzorging)'),
                    ('W1.3', 'HbH in de vorm van een pgb'), ('W1.4', 'Huishoudelijke ondersteuning bij calamiteiten')]),
        dict(head='Begeleiding en dagbesteding', sub='Totaal begeleiding en dagbesteding', subcode='W2',
             lines=[('W2.1', 'Individuele begeleiding basis'), ('W2.2', 'Individuele begeleiding specialistisch'),
                    ('W2.3', 'Dagbesteding regulier'), ('W2.4', 'Dagbesteding intensief'),
                    ('W2.5', 'Kortdurend verblijf (respijtzorg)'), ('W2.6', 'Begeleiding in de vorm van een pgb')]),
        dict(head='Hulpmiddelen en woonvoorzieningen', sub='Totaal hulpmiddelen en woonvoorzieningen', subcode='W3',
             lines=[('W3.1', 'Rolstoelen (huur en onderhoud)'), ('W3.2', 'Scootmobielen'),
                    ('W3.3', 'Kleine woningaanpassingen'), ('W3.4', 'Grote woningaanpassingen'),
                    ('W3.5', 'Trapliften')]),
        dict(head='Vervoersvoorzieningen', sub='Totaal vervoersvoorzieningen', subcode='W4',
             lines=[('W4.1', 'Collectief vraagafhankelijk vervoer (Regiotaxi)'),
                    ('W4.2', 'Individuele vervoersvoorziening'), ('W4.3', 'Vervoer naar dagbesteding')]),
    ]

    def mk(gi, li, lab):
        n = R(rng, 12, 1400)
        b = R(rng, 60000, 4200000, 100)
        r = int(b * rng.uniform(0.84, 1.17))
        return {'n': n, 'b': b, 'r': r}, None

    rows, struct = grouped(groups, mk)
    rows += [Row('T', 'Totaal Wmo-maatwerkvoorzieningen', 'total'),
             Row('EB', 'Eigen bijdragen (via CAK)', vals={'b': -R(rng, 600000, 900000, 1000), 'r': -R(rng, 540000, 880000)}),
             Row('N', 'Netto lasten Wmo-maatwerk', 'gtot')]

    def rels(t):
        out = grouprels(t, struct, ['n', 'b', 'r', 'v'])
        out += vsum('N', ['T', 'EB'], ['b', 'r', 'v'])
        out += rowrel(figrows(t), 'v', [('b', 1), ('r', -1)])
        return out

    def post(t):
        for r in allrows(t):
            if r.vals.get('v') is not None:
                r.vals['vn'] = 'V' if r.vals['v'] >= 0 else 'N'

    return dict(name='t01_wmo_maatwerk', kind='gemeente jaarverslag: lasten Wmo-maatwerkvoorzieningen per voorziening (codes W1-W4, V/N)',
                title='Gemeente Oosterzande - Jaarverslag 2025',
                subtitle='Programma 3 Zorg en welzijn: Wmo-maatwerkvoorzieningen per voorziening',
                blocks=[Block(cols, rows, 'Voorziening', code_hdr='Code')], rels=rels, post=post,
                font=('Arial', 9), codew=6, labelw=46, head_italic=True, indent=1, hdr_fill='D9E1F2', hdr_h=26,
                notes=['Verschil = begroting minus realisatie (V = voordelig, N = nadelig).',
                       'Aantal indicaties: unieke indicaties per voorziening; een cliënt kan meer indicaties hebben.'],
                alt=dict(p1=('Dagbesteding regulier', 'r', 1), tot=('Totaal Wmo-maatwerkvoorzieningen', 'b', 250000),
                         dele='Trapliften', sub=('Totaal begeleiding en dagbesteding', 'r', -40000)))


# ================================================================= t02 onderwijshuisvesting (gemeente), Totaal far left
def t02():
    rng = random.Random(2902)
    cols = [Col('tot', ['Totaal 2026-2029'], width=11), Col('y26', ['Kasritme', '2026'], width=9),
            Col('y27', ['Kasritme', '2027'], width=9), Col('y28', ['Kasritme', '2028'], width=9),
            Col('y29', ['Kasritme', '2029'], width=9)]
    groups = [
        dict(head='Primair onderwijs', sub='Subtotaal primair onderwijs',
             lines=[(None, 'Nieuwbouw IKC De Regenboog'), (None, 'Uitbreiding OBS De Wissel (2 groepen)'),
                    (None, 'Renovatie CBS Het Anker'), (None, 'Verduurzaming RKBS St. Jozef'),
                    (None, 'Tijdelijke huisvesting IKC De Regenboog'), (None, 'Eerste inrichting IKC De Regenboog'),
                    (None, 'Onderwijsleerpakket en meubilair OBS De Wissel'), (None, 'Sloop oud gebouw De Regenboog')]),
        dict(head='Speciaal (basis)onderwijs', sub='Subtotaal speciaal onderwijs',
             lines=[(None, 'Nieuwbouw SO/VSO De Horizon'), (None, 'Gymzaal De Horizon'),
                    (None, 'Aanpassing toegankelijkheid SBO Het Kompas')]),
        dict(head='Voortgezet onderwijs', sub='Subtotaal voortgezet onderwijs',
             lines=[(None, 'Uitbreiding Stedelijk College'), (None, 'Renovatie gymzalen Stedelijk College'),
                    (None, 'Noodlokalen Vakcollege De Brug'), (None, 'Verduurzaming Vakcollege De Brug')]),
        dict(head='Bewegingsonderwijs en overig', sub='Subtotaal bewegingsonderwijs en overig',
             lines=[(None, 'Vervangende nieuwbouw gymzaal Noord'), (None, 'Huur tijdelijke lokalen'),
                    (None, 'Voorbereidingskrediet IHP 2030')]),
    ]

    def mk(gi, li, lab):
        big = lab.startswith(('Nieuwbouw', 'Uitbreiding', 'Vervangende'))
        mid = lab.startswith(('Renovatie', 'Verduurzaming', 'Tijdelijke', 'Aanpassing', 'Gymzaal'))
        total = R(rng, 5200, 14800) if big else R(rng, 900, 4200) if mid else R(rng, 60, 780)
        start = rng.randrange(0, 3)
        n = 1 if total < 800 else rng.randrange(2, 4)
        n = min(n, 4 - start)
        w = [rng.uniform(0.4, 1.0) for _ in range(n)]
        parts = [int(total * x / sum(w)) for x in w]
        parts[-1] = total - sum(parts[:-1])
        v = {}
        for k, y in enumerate(('y26', 'y27', 'y28', 'y29')):
            v[y] = parts[k - start] if start <= k < start + n else 0
        return v, None

    rows, struct = grouped(groups, mk)
    rows.append(Row('T', 'Totaal onderwijshuisvesting', 'gtot'))

    def rels(t):
        out = grouprels(t, struct, ['tot', 'y26', 'y27', 'y28', 'y29'])
        out += rowrel(figrows(t), 'tot', [('y26', 1), ('y27', 1), ('y28', 1), ('y29', 1)])
        return out

    return dict(name='t02_onderwijshuisvesting', kind='gemeente begroting: investeringen onderwijshuisvesting (IHP) 2026-2029, x € 1.000, Totaal links',
                title='Gemeente Oosterzande - Programmabegroting 2026-2029',
                subtitle='Bijlage 4: investeringen onderwijshuisvesting (Integraal Huisvestingsplan)',
                unitline='x € 1.000', unit_right=True,
                blocks=[Block(cols, rows, 'School / maatregel')], rels=rels, label_span=2, labelws=[30, 16],
                font=('Calibri', 10), hdr_h=18, double=True,
                notes=['Kasritme volgens IHP, vastgesteld door de raad op 3 juli 2025.'],
                alt=dict(p1=('Gymzaal De Horizon', 'y27', 1, 'l1_1'), tot=('Totaal onderwijshuisvesting', 'tot', 1000),
                         dele='Noodlokalen Vakcollege De Brug', sub=('Subtotaal voortgezet onderwijs', 'y26', 200)))


# ================================================================= t03 SNL natuurbeheer (provincie), % beside amounts
def t03():
    rng = random.Random(2903)
    cols = [Col('ha', ['Oppervlakte (ha)'], F_1D, scale=10, width=10),
            Col('ver', ['Verleend 2025 (€)'], width=13), Col('pv', ['% van totaal'], F_PCT1, summed=False, width=8),
            Col('vs', ['Vastgesteld (€)'], width=13), Col('pvs', ['% vastgesteld'], F_PCT1, summed=False, width=9),
            Col('rest', ['Nog vast te stellen (€)'], width=13)]
    groups = [
        dict(head='Natuurbeheer (SNL natuurtypen)', sub='Subtotaal natuurbeheer',
             lines=[('N05.01', 'Moeras'), ('N06.04', 'Vochtige heide'), ('N07.01', 'Droge heide'),
                    ('N10.02', 'Vochtig hooiland'), ('N12.02', 'Kruiden- en faunarijk grasland'),
                    ('N14.03', 'Haagbeuken- en essenbos'), ('N16.03', 'Droog bos met productie'),
                    ('N17.03', 'Park- en stinzenbos')]),
        dict(head='Landschapsbeheer', sub='Subtotaal landschapsbeheer',
             lines=[('L01.02', 'Houtwal en houtsingel'), ('L01.03', 'Elzensingel'), ('L01.06', 'Knip- of scheerheg'),
                    ('L01.09', 'Hoogstamboomgaard'), ('L01.11', 'Hakhoutbosje')]),
        dict(head='Agrarisch natuur- en landschapsbeheer (ANLb)', sub='Subtotaal agrarisch natuurbeheer',
             lines=[('C01', 'Collectief Veen en Weide'), ('C02', 'Collectief Rivierenland-Oost'),
                    ('C03', 'Collectief Zandgronden Zuid'), ('C04', 'Collectief Waterland en Dijken')]),
    ]

    def mk(gi, li, lab):
        ha = R(rng, 45, 26000) if gi != 1 else R(rng, 30, 900)
        rate = rng.uniform(90, 420) if gi != 1 else rng.uniform(600, 2400)
        ver = int(ha / 10 * rate)
        vs = int(ver * rng.uniform(0.55, 1.0)) if rng.random() > 0.15 else ver
        return {'ha': ha, 'ver': ver, 'vs': vs}, None

    rows, struct = grouped(groups, mk)
    rows.append(Row('T', 'Totaal SNL-subsidies 2025', 'total'))

    def rels(t):
        out = grouprels(t, struct, ['ha', 'ver', 'vs', 'rest'])
        out += rowrel(figrows(t), 'rest', [('ver', 1), ('vs', -1)])
        return out

    def post(t):
        tot = [r for r in allrows(t) if r.id == 'T'][0].vals['ver']
        for r in allrows(t):
            if r.vals.get('ver') is not None:
                r.vals['pv'] = round(r.vals['ver'] / tot, 3)
                r.vals['pvs'] = round(r.vals['vs'] / r.vals['ver'], 3)

    return dict(name='t03_snl_natuurbeheer', kind='provincie jaarverslag: subsidies Subsidiestelsel Natuur en Landschap per beheertype, met %-kolommen',
                title='Provincie Gelderveen - Jaarstukken 2025',
                subtitle='Programma 2 Natuur en landschap: verleende en vastgestelde SNL-subsidies per beheertype',
                blocks=[Block(cols, rows, 'Beheertype', code_hdr='Code')], rels=rels, post=post,
                font=('Verdana', 8), codew=8, labelw=36, orient='landscape', hdr_fill='E2EFDA', hdr_align='right',
                hdr_h=24, indent=1,
                notes=['% van totaal: aandeel in het totaal verleende bedrag; % vastgesteld: vastgesteld / verleend.',
                       'Bron: subsidieadministratie provincie en RVO (ANLb), peildatum 31 januari 2026.'],
                alt=dict(p1=('Vochtig hooiland', 'vs', 1), tot=('Totaal SNL-subsidies 2025', 'ver', 500000),
                         dele='Hakhoutbosje', sub=('Subtotaal natuurbeheer', 'ha', 100)))


# ================================================================= t04 gemalen / peilbeheer (waterschap), dates as titles
def t04():
    rng = random.Random(2904)
    cols = [Col('s0', ['1-1-2025'], F_BR, width=12), Col('dot', ['Mutaties 2025', 'Dotatie'], F_BR, width=11),
            Col('ont', ['Mutaties 2025', 'Onttrekking'], F_BR, width=11),
            Col('vri', ['Mutaties 2025', 'Vrijval'], F_BR, width=10), Col('s1', ['31-12-2025'], F_BR, width=12)]
    groups = [
        dict(head='District Noord', sub='Totaal district Noord',
             lines=[(None, 'Gemaal De Drie Sluizen'), (None, 'Gemaal Oostpolder'), (None, 'Gemaal J.L. Hooglandt'),
                    (None, 'Gemaal Zuidervaart'), (None, 'Stuwen en inlaten district Noord')]),
        dict(head='District Midden', sub='Totaal district Midden',
             lines=[(None, 'Gemaal Veenhoop'), (None, 'Gemaal Kromme Sloot'), (None, 'Gemaal Het Zwet'),
                    (None, 'Gemaal Leijen'), (None, 'Telemetrie en peilbeheersysteem')]),
        dict(head='District Zuid', sub='Totaal district Zuid',
             lines=[(None, 'Gemaal Rietvelden'), (None, 'Gemaal De Vlieter'), (None, 'Gemaal Oude Molen'),
                    (None, 'Vijzelgemaal Broekzijde'), (None, 'Stuwen en inlaten district Zuid')]),
    ]

    def mk(gi, li, lab):
        s0 = R(rng, 40000, 1900000, 10)
        dot = R(rng, 15000, 260000, 100) if rng.random() > 0.12 else 0
        ont = -R(rng, 5000, min((s0 + dot) * 2 // 3, 700000)) if rng.random() > 0.3 else 0
        vri = -R(rng, 2000, min(60000, (s0 + dot + ont) // 2), 100) if rng.random() > 0.8 else 0
        return {'s0': s0, 'dot': dot, 'ont': ont, 'vri': vri}, None

    rows, struct = grouped(groups, mk)
    rows.append(Row('T', 'Totaal voorziening groot onderhoud gemalen', 'gtot'))

    def rels(t):
        out = grouprels(t, struct, ['s0', 'dot', 'ont', 'vri', 's1'])
        out += rowrel(figrows(t), 's1', [('s0', 1), ('dot', 1), ('ont', 1), ('vri', 1)])
        return out

    return dict(name='t04_gemalen_peilbeheer', kind='waterschap jaarrekening: voorziening groot onderhoud gemalen en peilbeheer per gemaal (standen op datum)',
                title='Waterschap Hollandse Delta-Oost - Jaarrekening 2025',
                subtitle='Toelichting op de balans: verloop voorziening groot onderhoud gemalen en stuwen (peilbeheer)',
                unitline='Bedragen in euro\'s',
                blocks=[Block(cols, rows, 'Gemaal / object')], rels=rels, font=('Times New Roman', 10),
                labelw=38, hdr_h=15, hdr_align='right', indent=2, double=True,
                notes=['Onttrekkingen en vrijval zijn tussen haakjes weergegeven; - = geen mutatie.',
                       'De voorziening is gebaseerd op het beheerplan gemalen 2024-2033 (AB 14 maart 2024).'],
                alt=dict(p1=('Gemaal Het Zwet', 'dot', 1), tot=('Totaal voorziening groot onderhoud gemalen', 's1', 100000),
                         dele='Gemaal Oude Molen', sub=('Totaal district Midden', 'ont', -25000)))


# ================================================================= t05 RES projecten (regio), Totaal in the middle, part A/B
def t05():
    rng = random.Random(2905)
    cols = [Col('zon', ['Vermogen (MW)', 'Zon'], F_1D, scale=10, width=8),
            Col('wind', ['Vermogen (MW)', 'Wind'], F_1D, scale=10, width=8),
            Col('tmw', ['Vermogen (MW)', 'Totaal'], F_1D, scale=10, width=8),
            Col('gwh', ['Opwek (GWh/jaar)'], F_1D, scale=10, width=10),
            Col('inv', ['Investering (x € 1.000)'], width=12),
            Col('bij', ['Bijdrage regiofonds (x € 1.000)'], width=12)]
    groups = [
        dict(head='A. Projecten in uitvoering of gerealiseerd', sub='Totaal A',
             lines=[(None, 'Zonnepark Hoge Veld'), (None, 'Windpark Kanaalzone (3 turbines)'),
                    (None, 'Zon op dak bedrijventerrein De Vaart'), (None, 'Zonnepark stortplaats Zeveneiken'),
                    (None, 'Windturbine coöperatie Eendracht'), (None, 'Zon op dak sportaccommodaties'),
                    (None, 'Zonneveld knooppunt A12')]),
        dict(head='B. Projecten in voorbereiding (vergunningfase)', sub='Totaal B',
             lines=[(None, 'Windpark Polder Oost (5 turbines)'), (None, 'Zonnepark Laarbroek'),
                    (None, 'Zon op parkeerterrein transferium'), (None, 'Energielandgoed Wolfsweide (wind en zon)'),
                    (None, 'Zonnepark rwzi Oostdijk'), (None, 'Drijvend zonnepark plas De Zandwinning')]),
    ]

    def mk(gi, li, lab):
        low = lab.lower()
        wind = R(rng, 42, 280) if re.search(r'\bwind', low) else 0
        zon = R(rng, 8, 420) if re.search(r'\bzon', low) else 0
        gwh = int(zon * rng.uniform(0.85, 1.0) + wind * rng.uniform(2.3, 2.9))
        inv = int((zon * 62 + wind * 128) * rng.uniform(0.9, 1.15))
        bij = R(rng, 0, 450, 5) if rng.random() > 0.25 else 0
        return {'zon': zon, 'wind': wind, 'gwh': gwh, 'inv': inv, 'bij': bij}, None

    rows, struct = grouped(groups, mk)
    rows.append(Row('T', 'Generaal totaal', 'gtot'))

    def rels(t):
        out = grouprels(t, struct, ['zon', 'wind', 'tmw', 'gwh', 'inv', 'bij'])
        out += rowrel(figrows(t), 'tmw', [('zon', 1), ('wind', 1)])
        return out

    return dict(name='t05_res_projecten', kind='RES-regio voortgangsrapportage: projecten duurzame opwek, deel A en B, Totaal MW in het midden, Generaal totaal',
                title='Regionale Energiestrategie Vallei-Oost - Voortgangsrapportage 2025',
                subtitle='Overzicht projecten grootschalige opwek (peildatum 1 oktober 2025)',
                blocks=[Block(cols, rows, 'Project')], rels=rels, font=('Tahoma', 9), labelw=40,
                orient='landscape', hdr_fill='FFF2CC', valign='center', hdr_valign='center', hdr_h=30,
                notes=['Opwek: verwachte jaarproductie bij volledige inbedrijfname.',
                       'Bijdrage regiofonds: toegekende bijdrage uit het Regionaal Energiefonds (participatie en netcongestie).'],
                alt=dict(p1=('Zonnepark Laarbroek', 'gwh', 1), tot=('Generaal totaal', 'inv', 10000),
                         dele='Zon op dak sportaccommodaties', sub=('Totaal B', 'zon', 50)))


# ================================================================= t06 toeristenbelasting (gemeente), text column between figures
def t06():
    rng = random.Random(2906)
    cols = [Col('o24', ['Overnachtingen', '2024'], width=11), Col('o25', ['Overnachtingen', '2025'], width=11),
            Col('gr', ['Heffingsgrondslag'], text=True, align='left', width=24),
            Col('tar', ['Tarief 2025'], F_EUR2, summed=False, width=10),
            Col('opg', ['Opgelegd 2025 (€)'], width=12), Col('onb', ['Oninbaar en kwijtschelding (€)'], width=13),
            Col('net', ['Netto opbrengst (€)'], width=12)]
    FORF = {'Vaste standplaatsen recreatiewoningen': ('forfaitair per standplaats', 168.40),
            'Jachthavens vaste ligplaatsen': ('forfaitair per ligplaats', 61.25)}
    groups = [
        dict(head='Hotels en pensions', sub='Subtotaal hotels en pensions',
             lines=[(None, 'Hotels binnenstad'), (None, 'Hotels buitengebied'), (None, 'Pensions en bed & breakfasts'),
                    (None, 'Kortverhuur particuliere woningen')]),
        dict(head='Recreatieparken en campings', sub='Subtotaal recreatieparken en campings',
             lines=[(None, 'Bungalowparken'), (None, 'Campings (toeristische plaatsen)'),
                    (None, 'Vaste standplaatsen recreatiewoningen'), (None, 'Camperplaatsen')]),
        dict(head='Water en groepsaccommodaties', sub='Subtotaal water en groepsaccommodaties',
             lines=[(None, 'Jachthavens passanten'), (None, 'Jachthavens vaste ligplaatsen'),
                    (None, 'Groepsaccommodaties')]),
    ]

    def mk(gi, li, lab):
        if lab in FORF:
            gr, tar = FORF[lab]
            aant = R(rng, 140, 620)
            opg = int(round(aant * tar))
            return {'gr': gr, 'tar': tar, 'opg': opg, 'onb': R(rng, 0, 2400, 10)}, None
        o25 = R(rng, 3200, 14000) if lab.startswith(('Camper', 'Campings')) else R(rng, 9000, 125000)
        o24 = int(o25 * rng.uniform(0.86, 1.1))
        tar = 2.45 if gi == 0 else 1.95
        opg = int(round(o25 * tar * rng.uniform(0.97, 1.0)))
        return {'o24': o24, 'o25': o25, 'gr': 'per persoon per nacht', 'tar': tar, 'opg': opg,
                'onb': R(rng, 0, int(opg * 0.03))}, None

    rows, struct = grouped(groups, mk)
    rows.append(Row('T', 'Totaal toeristenbelasting', 'total'))

    def rels(t):
        out = grouprels(t, struct, ['o24', 'o25', 'opg', 'onb', 'net'])
        out += rowrel(figrows(t), 'net', [('opg', 1), ('onb', -1)])
        return out

    return dict(name='t06_toeristenbelasting', kind='gemeente jaarverslag paragraaf lokale heffingen: toeristenbelasting per accommodatievorm (tekstkolom tussen de cijfers)',
                title='Gemeente Kustwijk - Jaarverslag 2025',
                subtitle='Paragraaf lokale heffingen: opbrengst toeristenbelasting per accommodatievorm',
                blocks=[Block(cols, rows, 'Accommodatievorm')], rels=rels, font=('Cambria', 10), labelw=34,
                orient='landscape', hdr_h=30, hdr_valign='top', indent=1,
                notes=['Forfaitaire aanslagen: het aantal overnachtingen wordt niet geregistreerd.'],
                alt=dict(p1=('Camperplaatsen', 'o25', 1), tot=('Totaal toeristenbelasting', 'opg', 50000),
                         dele='Hotels buitengebied', sub=('Subtotaal recreatieparken en campings', 'net', -10000)))


# ================================================================= t07 risicoparagraaf (gemeente), blank second header row, Kans %
def t07():
    rng = random.Random(2907)
    cols = [Col('ks', ['Kans'], F_PCT0, summed=False, width=7), Col('is', ['I/S'], text=True, width=5),
            Col('eff', ['Financieel effect (€)'], width=13), Col('gew', ['Gewogen risico (€)'], width=13)]
    groups = [
        dict(head='Sociaal domein', sub='Subtotaal sociaal domein',
             lines=[('R01', 'Stijging volume en tarieven jeugdhulp boven de in de begroting opgenomen groei'),
                    ('R02', 'Open-einderegeling Wmo: toename aanvragen hulp bij het huishouden door het abonnementstarief'),
                    ('R03', 'Hogere lasten bijstand (BUIG) dan het budget door een stijgend bijstandsvolume'),
                    ('R04', 'Faillissement zorgaanbieder; continuïteit van zorg tegen hogere tarieven')]),
        dict(head='Ruimte en grondzaken', sub='Subtotaal ruimte en grondzaken',
             lines=[('R05', 'Vertraging grondexploitatie Veldhoven-Zuid leidt tot hogere rentelasten'),
                    ('R06', 'Lagere grondopbrengsten bij een daling van de woningmarkt'),
                    ('R07', 'Planschadeclaims na herziening bestemmingsplan Centrum'),
                    ('R08', 'Bodemsanering voormalige gasfabriekslocatie')]),
        dict(head='Bedrijfsvoering', sub='Subtotaal bedrijfsvoering',
             lines=[('R09', 'Loonkostenstijging cao boven de indexatie in de begroting'),
                    ('R10', 'Cyberincident met herstelkosten en tijdelijke uitval van systemen'),
                    ('R11', 'Aansprakelijkheidsclaims binnen het eigen risico van de verzekering')]),
        dict(head='Verbonden partijen', sub='Subtotaal verbonden partijen',
             lines=[('R12', 'Tekort bij de veiligheidsregio door hogere kosten brandweerzorg'),
                    ('R13', 'Aanvullende bijdrage GR sociale werkvoorziening bij de afbouw'),
                    ('R14', 'Aanspraak op de borgstelling voor de sportstichting')]),
    ]

    def mk(gi, li, lab):
        ks = rng.choice([0.1, 0.25, 0.25, 0.5, 0.5, 0.75, 0.9])
        eff = R(rng, 50000, 2400000, 5000)
        return {'ks': ks, 'is': rng.choice(['I', 'I', 'S']), 'eff': eff, 'gew': int(round(eff * ks))}, None

    rows, struct = grouped(groups, mk)
    rows.append(Row('T', 'Totaal risico\'s', 'total'))

    def rels(t):
        return grouprels(t, struct, ['eff', 'gew'])

    return dict(name='t07_risicoparagraaf', kind='gemeente begroting paragraaf weerstandsvermogen: risicoprofiel met Kans %, I/S en gewogen risico',
                title='Gemeente Veldhoven-Oost - Programmabegroting 2026',
                subtitle='Paragraaf weerstandsvermogen en risicobeheersing: belangrijkste risico\'s',
                blocks=[Block(cols, rows, 'Risico', code_hdr='Nr.')], rels=rels, font=('Century Gothic', 9),
                codew=5, labelw=44, wrap=True, valign='top', hdr_blank=True, hdr_align='right', head_italic=False,
                notes=['Gewogen risico = financieel effect x kans. I = incidenteel, S = structureel.'],
                alt=dict(p1=('Planschadeclaims na herziening bestemmingsplan Centrum', 'gew', 1),
                         tot=('Totaal risico\'s', 'eff', 1000000),
                         dele='Cyberincident met herstelkosten en tijdelijke uitval van systemen',
                         sub=('Subtotaal verbonden partijen', 'gew', 20000)))


# ================================================================= t08 taakstellingen (gemeente), 9 columns, two pages across
def t08():
    rng = random.Random(2908)
    cols = [Col('t%d' % y, ['Taakstelling', '%d' % (2000 + y)], width=12) for y in (26, 27, 28, 29)] + \
           [Col('i%d' % y, ['Ingevuld', '%d' % (2000 + y)], width=12) for y in (26, 27, 28, 29)] + \
           [Col('rest', ['Nog in te vullen 2029'], width=13)]
    groups = [
        dict(head='Bedrijfsvoering', sub='Subtotaal bedrijfsvoering',
             lines=[('T01', 'Efficiency huisvesting (afstoten Stadskantoor-Noord)'), ('T02', 'Digitalisering dienstverlening'),
                    ('T03', 'Reductie inhuur derden'), ('T04', 'Versobering facilitaire dienstverlening')]),
        dict(head='Sociaal domein', sub='Subtotaal sociaal domein',
             lines=[('T05', 'Herijking minimabeleid'), ('T06', 'Strakkere toegang Wmo-begeleiding'),
                    ('T07', 'Normalisering jeugdhulp (POH-jeugd)'), ('T08', 'Afbouw subsidie welzijn (lumpsum)')]),
        dict(head='Fysiek domein', sub='Subtotaal fysiek domein',
             lines=[('T09', 'Verlaging onderhoudsniveau openbare ruimte'), ('T10', 'Kostendekkende leges'),
                    ('T11', 'Verkoop gemeentelijk vastgoed (exploitatievoordeel)')]),
        dict(head='Organisatiebreed', sub='Subtotaal organisatiebreed',
             lines=[('T12', 'Vacaturestop 2026'), ('T13', 'Taakstelling verbonden partijen (5%)')]),
    ]

    def mk(gi, li, lab):
        v = {}
        base = R(rng, 40000, 600000, 5000)
        cur = 0
        f = rng.choice([1, 1, 0.8, 0.6, 0.5, 0.25, 0])
        for y in (26, 27, 28, 29):
            cur += base if y == 26 else R(rng, 0, 250000, 5000)
            v['t%d' % y] = cur
            fy = 1 if (y == 26 and f > 0) else f
            v['i%d' % y] = int(cur * fy) // 1000 * 1000
        return v, None

    rows, struct = grouped(groups, mk)
    rows.append(Row('T', 'Totaal taakstellingen', 'total'))
    keys = [c.key for c in cols]

    def rels(t):
        out = grouprels(t, struct, keys)
        out += rowrel(figrows(t), 'rest', [('t29', 1), ('i29', -1)])
        return out

    return dict(name='t08_taakstellingen', kind='gemeente voorjaarsnota: monitor taakstellingen 2026-2029, 9 kolommen over twee pagina\'s naast elkaar',
                title='Gemeente Rijnstede - Voorjaarsnota 2026',
                subtitle='Bijlage 2: monitor taakstellingen en bezuinigingen (bedragen in euro\'s)',
                blocks=[Block(cols, rows, 'Omschrijving taakstelling', code_hdr='Nr.')], rels=rels,
                font=('Calibri', 10), codew=6, labelw=46, fit=False, repeat=True, repeat_cols='A:B', orient='landscape',
                col_break=6, scale_pct=85, margins=(0.5, 0.6),
                hdr_h=16, footer='Voorjaarsnota 2026 - pagina &P',
                notes=['Ingevuld: met concrete maatregelen ingevuld en in de begroting verwerkt.'],
                alt=dict(p1=('Kostendekkende leges', 'i28', 1), tot=('Totaal taakstellingen', 't29', 500000),
                         dele='Reductie inhuur derden', sub=('Subtotaal sociaal domein', 'i27', -30000)))


# ================================================================= t09 gemeentefonds per cluster (gemeente), x € 1 mln 1 dec
def t09():
    rng = random.Random(2909)
    cols = [Col('b26', ['Begroting 2026'], F_1D, scale=10, width=12), Col('m27', ['Raming 2027'], F_1D, scale=10, width=12),
            Col('m28', ['Raming 2028'], F_1D, scale=10, width=12), Col('m29', ['Raming 2029'], F_1D, scale=10, width=12)]
    clusters = ['Algemene ondersteuning', 'Bestuur', 'Brandweer en rampenbestrijding', 'Openbare orde en veiligheid',
                'Cultuur en ontspanning', 'Educatie', 'Infrastructuur en gebiedsontwikkeling',
                'Volkshuisvesting, ruimtelijke ordening en stedelijke vernieuwing', 'Werk en inkomen', 'Participatie',
                'Maatschappelijke ondersteuning', 'Jeugd', 'Riolering', 'Reiniging', 'Eigen middelen']
    groups = [
        dict(sub='Algemene uitkering', lines=[(None, c) for c in clusters]),
        dict(sub='Integratie-uitkeringen', lines=[(None, 'IU Participatie (Wsw)'), (None, 'IU Voogdij/18+'),
                                                  (None, 'IU Inburgering (Wet inburgering 2021)')]),
        dict(sub='Decentralisatie-uitkeringen', lines=[(None, 'DU Gezond en Actief Leven (GALA)'),
                                                       (None, 'DU Brede aanpak dakloosheid'),
                                                       (None, 'DU Impuls klimaatadaptatie'),
                                                       (None, 'DU Preventie met gezag')]),
    ]

    MAG = {'Algemene ondersteuning': 280, 'Bestuur': 90, 'Brandweer en rampenbestrijding': 80,
           'Openbare orde en veiligheid': 60, 'Cultuur en ontspanning': 120, 'Educatie': 110,
           'Infrastructuur en gebiedsontwikkeling': 180, 'Werk en inkomen': 170, 'Participatie': 120,
           'Maatschappelijke ondersteuning': 380, 'Jeugd': 450, 'Riolering': 12, 'Reiniging': 15,
           'IU Participatie (Wsw)': 140, 'IU Voogdij/18+': 30, 'IU Inburgering (Wet inburgering 2021)': 25,
           'DU Gezond en Actief Leven (GALA)': 11, 'DU Brede aanpak dakloosheid': 8, 'DU Impuls klimaatadaptatie': 13,
           'DU Preventie met gezag': 6}

    def mk(gi, li, lab):
        if lab == 'Eigen middelen':
            b = -R(rng, 220, 260)
        else:
            m = MAG.get(lab, 140)
            b = max(1, int(m * rng.uniform(0.85, 1.15)))
        v = {'b26': b}
        cur = b
        for k in ('m27', 'm28', 'm29'):
            cur = max(1, cur + (R(rng, -4, 9) if b > 30 else R(rng, -1, 1))) if b > 0 else cur - R(rng, 2, 8)
            if gi == 2 and lab.endswith('klimaatadaptatie') and k == 'm29':
                cur = 0
            v[k] = cur
        return v, None

    rows, struct = grouped(groups, mk, blank=False)
    rows.append(Row('T', 'Totaal uitkering gemeentefonds', 'gtot'))

    def rels(t):
        return grouprels(t, struct, ['b26', 'm27', 'm28', 'm29'])

    return dict(name='t09_gemeentefonds_clusters', kind='gemeente begroting: uitkering gemeentefonds per cluster, x € 1 miljoen met één decimaal, subtotaal na ingesprongen regels',
                title='Gemeente Rijnstede - Programmabegroting 2026-2029',
                subtitle='Algemene dekkingsmiddelen: uitkering uit het gemeentefonds (meicirculaire 2025)',
                unitline='(bedragen x € 1 miljoen)',
                blocks=[Block(cols, rows, '')], rels=rels, font=('Garamond', 11), labelw=60, indent=2,
                subbold=False, hdr_h=30, hdr_align='right', hdr_bold=False, hdr_italic=True,
                notes=['Eigen middelen: verevening van de OZB-capaciteit (negatief).'],
                alt=dict(p1=('Educatie', 'm28', 1), tot=('Totaal uitkering gemeentefonds', 'b26', 100),
                         dele='Reiniging', sub=('Integratie-uitkeringen', 'm29', 5)))


# ================================================================= t10 schuldhulpverlening (gemeente), 60 lines, 2 pages
def t10():
    rng = random.Random(2910)
    cols = [Col('n', ['Aantal trajecten'], F_PLAIN, width=10), Col('b', ['Begroting 2025']), Col('r', ['Realisatie 2025']),
            Col('v', ['Verschil (begroting - realisatie)'], width=14)]
    K = [
        ('K1', 'Vroegsignalering en toegang', [
            'Signalen woningcorporatie Woonkracht', 'Signalen woningcorporatie De Linie', 'Signalen energieleveranciers',
            'Signalen drinkwaterbedrijf', 'Signalen zorgverzekeraars', 'Huisbezoeken na betalingsachterstand',
            'Inloopspreekuur Geldzaken wijkcentrum Noord', 'Inloopspreekuur Geldzaken wijkcentrum Zuid',
            'Intake en stabilisatie', 'Adviesgesprekken (kortdurend)', 'Geldloket bibliotheek',
            'Telefonische helpdesk schulden', 'Ondersteuning ondernemers (Bbz)', 'Screening jongeren 18-27 jaar',
            'Regionale meldingenapp (licentie)']),
        ('K2', 'Schuldregeling', [
            'Minnelijke schuldregeling', 'Saneringskredieten', 'Schuldbemiddeling', 'Moratorium en breed moratorium',
            'Verzoeken dwangakkoord', 'Verklaringen art. 285 Faillissementswet', 'Jongeren Perspectief Fonds',
            'Kredietbank: beheerkosten', 'Kredietbank: renteverlies saneringskredieten', 'Inhuur schuldhulpverleners',
            'Juridische ondersteuning', 'Begeleiding Wsnp', 'Nazorg na schuldregeling (eerste jaar)',
            'Vergoeding bewindvoerders Wsnp', 'Afwikkeling oude dossiers']),
        ('K3', 'Budgetbeheer en bewind', [
            'Budgetbeheer basis', 'Budgetbeheer plus', 'Budgetcoaching', 'Beschermingsbewind: Fides Bewind',
            'Beschermingsbewind: Balans Bewindvoering', 'Beschermingsbewind: Helder Financieel',
            'Beschermingsbewind: Stichting Rentree', 'Beschermingsbewind: overige kantoren',
            'Uitstroom bewind naar budgetbeheer', 'Doorbetaling vaste lasten', 'Leefgeldkaarten',
            'Hulp bij toeslagen', 'Brede ondersteuning gedupeerden toeslagen', 'Collectieve zorgverzekering minima',
            'Mentorschap en curatele']),
        ('K4', 'Preventie en nazorg', [
            'Voorlichting scholen (Geldwijs)', 'Budgetcursussen', 'Vrijwillige thuisadministratie',
            'SchuldHulpMaatje', 'Formulierenbrigade', 'Armoedepact: projectsubsidies', 'Nazorgtrajecten',
            'Geldcafé wijkcentra', 'Campagne Geldzorgen bespreekbaar', 'Training professionals',
            'Ouder- en kindcoaching financiën', 'Werkgeversaanpak loonbeslag', 'Monitoring en onderzoek',
            'Communicatie en website', 'Lokaal budget preventie']),
    ]
    groups = [dict(head='%s %s' % (k, h), sub='Totaal %s' % h.lower(), subcode=k,
                   lines=[('%s.%02d' % (k, i + 1), lab) for i, lab in enumerate(ls)]) for k, h, ls in K]
    nocount = ('licentie', 'beheerkosten', 'renteverlies', 'Campagne', 'Monitoring', 'Communicatie', 'Lokaal budget',
               'Armoedepact', 'Training', 'Afwikkeling', 'Juridische')

    def mk(gi, li, lab):
        b = R(rng, 4000, 420000, 500)
        r = int(b * rng.uniform(0.7, 1.25))
        v = {'b': b, 'r': r}
        if not any(w in lab for w in nocount):
            v['n'] = R(rng, 3, 640)
        return v, None

    rows, struct = grouped(groups, mk)
    for r in rows:
        if r.kind == 'head':
            r.code, r.label = None, r.label
    rows.append(Row('T', 'Totaal schuldhulpverlening', 'gtot'))

    def rels(t):
        out = grouprels(t, struct, ['n', 'b', 'r', 'v'])
        out += rowrel(figrows(t), 'v', [('b', 1), ('r', -1)])
        return out

    return dict(name='t10_schuldhulpverlening', kind='gemeente jaarverslag: schuldhulpverlening per product, 60 regels in K1-K4 over twee pagina\'s',
                title='Gemeente Kustwijk - Jaarverslag 2025',
                subtitle='Programma 6 Werk en inkomen: lasten integrale schuldhulpverlening per product',
                blocks=[Block(cols, rows, 'Product', code_hdr='Code')], rels=rels, font=('Arial', 9), codew=7,
                labelw=44, repeat=True, hdr_h=26, footer='Pagina &P van &N', indent=1, double=True,
                margins=(0.6, 0.8),
                notes=['Aantal trajecten: gestarte trajecten in 2025; bij producten zonder trajecten is geen aantal vermeld.'],
                alt=dict(p1=('Budgetcursussen', 'r', 1), tot=('Totaal schuldhulpverlening', 'r', 100000),
                         dele='Formulierenbrigade', sub=('Totaal budgetbeheer en bewind', 'b', 25000)))
# ================================================================= driver
def find_row(table, label, rid=None):
    for b in table['blocks']:
        for r in b.rows:
            if (rid and r.id == rid) or (not rid and r.label == label):
                return b, r
    raise KeyError(label)


def colobj(table, key):
    for b in table['blocks']:
        for c in b.cols:
            if c.key == key:
                return c


def main():
    os.makedirs(os.path.join(HERE, 'xlsx'), exist_ok=True)
    truth = {}
    for fn in (t01, t02, t03, t04, t05, t06, t07, t08, t09, t10):
        t = fn()
        fill(t, t['rels'](t))
        if t.get('post'):
            t['post'](t)
        # clean tables foot as printed
        assert evaluate(t) == [], (t['name'], evaluate(t))
        # numbers stored as text must be read as printed
        base = t['name']
        alt = t['alt']
        for variant in ('clean', 'p1', 'tot', 'del', 'sub'):
            tv = copy.deepcopy(t)
            tv['rels'] = t['rels']
            altered = None
            if variant in ('p1', 'tot', 'sub'):
                a = alt[variant]
                lab, key, delta = a[0], a[1], a[2]
                b, r = find_row(tv, lab, a[3] if len(a) > 3 else None)
                old = r.vals[key]
                r.vals[key] = old + delta
                c = colobj(tv, key)
                altered = {'label': r.label, 'column': c.title,
                           'action': '%s -> %s' % (old / c.scale if c.scale != 1 else old,
                                                   r.vals[key] / c.scale if c.scale != 1 else r.vals[key])}
                if r.code:
                    altered['code'] = r.code
                akey = (r.id, key)
            elif variant == 'del':
                a = alt['dele']
                lab, rid = (a if isinstance(a, tuple) else (a, None))
                b, r = find_row(tv, lab, rid)
                b.rows.remove(r)
                altered = {'label': r.label, 'column': None, 'action': 'row deleted'}
                if r.code:
                    altered['code'] = r.code
                akey = None
            name = base + ('' if variant == 'clean' else '_' + variant) + '.xlsx'
            cm = write_xlsx(tv, os.path.join(HERE, 'xlsx', name))
            fails = evaluate(tv)
            if variant != 'clean':
                assert fails, name
                if akey:
                    altered['cell'] = cm[akey]
                else:
                    # the row as it stood in the clean file
                    altered['cell'] = 'row of %r in the clean file' % r.label
            truth[name] = {'kind': t['kind'], 'variant': variant, 'failing': fails, 'tolerated': []}
            if altered:
                truth[name]['altered'] = altered
    json.dump({'files': truth}, open(os.path.join(HERE, 'truth.json'), 'w'), indent=1, ensure_ascii=False)
    print('written', len(truth), 'xlsx; failing totals', sum(len(v['failing']) for v in truth.values()))


if __name__ == '__main__':
    main()
