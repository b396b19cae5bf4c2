"""Build the sealed-trial28 corpus: 10 tables x (clean, _p1, _tot, _del, _sub) as xlsx + truth.json.

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

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter

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
    def __init__(self, key, hdr, fmt=F_MIN, scale=1, summed=True, width=13):
        self.key, self.hdr, self.fmt, self.scale, self.summed, self.width = key, tuple(hdr), fmt, scale, summed, width

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
        return self.kind in ('sub', 'total', 'head', 'gtop')


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
            cells[tr].vals[tk] = sum(c * cells[r].vals.get(k, 0) for r, k, c in terms)


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
        tv = sum(c * disp(table, cols[k], rows[rr][0].vals[k]) for rr, k, c in terms)
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


def header_grid(b, ncodecol):
    """levels per sheet column: label columns then figure columns."""
    nlev = max(len(c.hdr) for c in b.cols)
    colsh = []
    if ncodecol:
        colsh.append(tuple(b.code_hdr) + (None,) * (nlev - len(b.code_hdr)))
    colsh.append(tuple(b.label_hdr) + (None,) * (nlev - len(b.label_hdr)))
    for c in b.cols:
        colsh.append(c.hdr + (None,) * (nlev - len(c.hdr)))
    return nlev, colsh


def write_block(ws, b, top, table, font):
    ncode = 1 if table.get('codes') else 0
    nlev, colsh = header_grid(b, ncode)
    first_fig = 1 + ncode + 1  # 1-based sheet column of first figure column
    hfont = Font(name=font[0], size=font[1], bold=True)
    # header cells
    for ci, levels in enumerate(colsh):
        col = ci + 1
        lev = 0
        while lev < nlev:
            txt = levels[lev]
            if txt is None:
                lev += 1
                continue
            # vertical extent: following None levels
            span_v = 1
            while lev + span_v < nlev and levels[lev + span_v] is None:
                span_v += 1
            # horizontal merge: same text and same levels above in the next columns (figure columns only)
            span_h = 1
            if col >= first_fig:
                while ci + span_h < len(colsh) and colsh[ci + span_h][:lev + 1] == levels[:lev + 1] and \
                        lev < nlev - 1 and span_v == 1:
                    span_h += 1
            left_same = ci > 0 and col - 1 >= first_fig and colsh[ci - 1][:lev + 1] == levels[:lev + 1] and lev < nlev - 1 and span_v == 1
            if not left_same:
                cell = ws.cell(row=top + lev, column=col, value=txt)
                cell.font = hfont
                cell.alignment = Alignment(horizontal='left' if col < first_fig else 'center', vertical='bottom',
                                           wrap_text=True)
                if span_h > 1 or span_v > 1:
                    ws.merge_cells(start_row=top + lev, start_column=col, end_row=top + lev + span_v - 1,
                                   end_column=col + span_h - 1)
            lev += span_v
    for ci in range(len(colsh)):
        ws.cell(row=top + nlev - 1, column=ci + 1).border = Border(bottom=THIN)
    r = top + nlev
    cellmap = {}
    for row in b.rows:
        f = Font(name=font[0], size=font[1], bold=row.bold, italic=row.kind == 'note')
        if row.kind == 'blank':
            r += 1
            continue
        if ncode and row.code:
            c = ws.cell(row=r, column=1, value=row.code)
            c.font = f
            c.alignment = Alignment(horizontal='left')
        c = ws.cell(row=r, column=1 + ncode, value=row.label)
        c.font = f
        c.alignment = Alignment(indent=1 if row.kind == 'line' and table.get('indent') else 0)
        for j, col in enumerate(b.cols):
            v = row.vals.get(col.key)
            if v is None:
                continue
            cc = ws.cell(row=r, column=first_fig + j)
            if col.key in row.text:
                dv = disp(table, col, v)
                s = '{:,}'.format(abs(dv)).replace(',', '.')
                cc.value = ('-' if dv < 0 else '') + s
                cc.alignment = Alignment(horizontal='right')
                cc.data_type = 's'
            else:
                cc.value = v / col.scale if col.scale != 1 else v
                cc.number_format = col.fmt
            cc.font = f
            if row.kind in ('sub', 'total', 'gtop'):
                cc.border = Border(top=HAIR if row.kind == 'sub' else THIN)
            cellmap[(row.id, col.key)] = '%s%d' % (get_column_letter(first_fig + j), r)
        r += 1
    return r, cellmap


def write_xlsx(table, path):
    wb = Workbook()
    ws = wb.active
    ws.title = table.get('sheet', 'Tabel')
    ws.sheet_view.showGridLines = False
    font = table.get('font', ('Calibri', 10))
    ws.cell(row=1, column=1, value=table['title']).font = Font(name=font[0], size=font[1] + 3, bold=True)
    ws.cell(row=2, column=1, value=table['subtitle']).font = Font(name=font[0], size=font[1], italic=True)
    r = 3
    if table.get('unitline'):
        ws.cell(row=3, column=1, value=table['unitline']).font = Font(name=font[0], size=font[1])
        r = 4
    r += 1
    cellmap = {}
    hdr_rows = None
    for bi, b in enumerate(table['blocks']):
        if b.caption:
            ws.cell(row=r, column=1, value=b.caption).font = Font(name=font[0], size=font[1] + 1, bold=True)
            r += 1
        if bi == 0:
            nlev = max(len(c.hdr) for c in b.cols)
            hdr_rows = (r, r + nlev - 1)
        r, cm = write_block(ws, b, r, table, font)
        cellmap.update(cm)
        r += 1
    for note in table.get('notes', []):
        ws.cell(row=r, column=1, value=note).font = Font(name=font[0], size=font[1] - 1, italic=True)
        r += 1
    ncode = 1 if table.get('codes') else 0
    if ncode:
        ws.column_dimensions['A'].width = table.get('codew', 7)
    ws.column_dimensions[get_column_letter(1 + ncode)].width = table.get('labelw', 42)
    maxc = max(len(b.cols) for b in table['blocks'])
    for j in range(maxc):
        w = max((b.cols[j].width for b in table['blocks'] if j < len(b.cols)))
        ws.column_dimensions[get_column_letter(2 + ncode + j)].width = w
    for rr in range(hdr_rows[0], hdr_rows[1] + 1):
        ws.row_dimensions[rr].height = table.get('hdr_h', 28)
    ps = ws.page_setup
    ps.paperSize = ws.PAPERSIZE_A4
    ps.orientation = table.get('orient', 'portrait')
    if table.get('fit', True):
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ps.fitToWidth = 1
        ps.fitToHeight = 0
    if table.get('repeat'):
        ws.print_title_rows = '%d:%d' % hdr_rows
    if table.get('footer'):
        ws.oddFooter.center.text = table['footer']
    wb.save(path)
    return cellmap


# ---------------------------------------------------------------- helpers for data
def R(rng, lo, hi, step=1):
    return rng.randrange(lo // step, hi // step + 1) * step


def ids(rows, kind='line'):
    return [r.id for r in rows if r.kind == kind]


def present(table):
    return {r.id for b in table['blocks'] for r in b.rows}


def allrows(table):
    return [r for b in table['blocks'] for r in b.rows]


# ================================================================= t01 jeugdhulp (GR)
def t01():
    rng = random.Random(101)
    cols = [Col('b0', ['Primitieve begroting 2025']), Col('b1', ['Begroting 2025 na wijziging']),
            Col('r', ['Realisatie 2025']), Col('v', ['Verschil begroting - realisatie']),
            Col('pct', ['% realisatie'], fmt=F_PCT1, scale=1000, summed=False, width=10)]
    groups = [
        ('Jeugdhulp zonder verblijf', 'Subtotaal jeugdhulp zonder verblijf',
         ['Ambulante jeugdhulp individueel', 'Ambulante jeugdhulp in groepsverband', 'Dagbehandeling',
          'Jeugd-GGZ ambulant (specialistisch)', 'Dyslexiezorg (EED)', 'Begeleiding en persoonlijke verzorging']),
        ('Jeugdhulp met verblijf', 'Subtotaal jeugdhulp met verblijf',
         ['Pleegzorg', 'Gezinshuizen', 'Residentiële jeugdhulp', 'Gesloten jeugdhulp (JeugdzorgPlus)',
          'Kortdurend verblijf en logeeropvang']),
        ('Jeugdbescherming en jeugdreclassering', 'Subtotaal jeugdbescherming en jeugdreclassering',
         ['Ondertoezichtstelling (OTS)', 'Voogdij', 'Jeugdreclassering', 'Veilig Thuis (aandeel jeugd)']),
        ('Overige lasten jeugdhulp', 'Subtotaal overige lasten',
         ['Persoonsgebonden budget (pgb) jeugd', 'Vervoer naar jeugdhulp', 'Regionaal inkoopbureau',
          'Toegang en gecertificeerde instellingen']),
    ]
    rows, struct, n = [], [], 0
    for head, sub, lines in groups:
        rows.append(Row('h%d' % n, head, 'head'))
        lids = []
        for lab in lines:
            rid = 'l%d' % len(rows)
            b0 = R(rng, 180000, 9500000, 100)
            b1 = b0 + R(rng, -300000, 900000, 100)
            r = int(b1 * rng.uniform(0.86, 1.14))
            rows.append(Row(rid, lab, vals={'b0': b0, 'b1': b1, 'r': r}))
            lids.append(rid)
        rows.append(Row('s%d' % n, sub, 'sub'))
        struct.append(('s%d' % n, lids))
        rows.append(Row('bk%d' % n, '', 'blank'))
        n += 1
    rows.append(Row('T', 'Totaal lasten jeugdhulp', 'total'))

    def rels(t):
        P = present(t)
        out = []
        for s, lids in struct:
            out += vsum(s, [x for x in lids if x in P], ['b0', 'b1', 'r', 'v'])
        out += vsum('T', [s for s, _ in struct], ['b0', 'b1', 'r', 'v'])
        fig = [r.id for r in allrows(t) if r.kind in ('line', 'sub', 'total')]
        out += rowrel(fig, 'v', [('b1', 1), ('r', -1)])
        return out

    def post(t):
        for r in allrows(t):
            if r.kind in ('line', 'sub', 'total'):
                r.vals['pct'] = round(r.vals['r'] / r.vals['b1'] * 1000)

    return dict(name='t01_jeugdhulp_zorgvorm', kind='GR jeugdhulpregio jaarstukken: lasten jeugdhulp per zorgvorm',
                title='GR Jeugdhulp Regio Lingestroom - Jaarstukken 2025',
                subtitle='Lasten jeugdhulp per zorgvorm (bedragen in euro)',
                blocks=[Block(cols, rows, ['Zorgvorm'])], rels=rels, post=post,
                labelw=44, font=('Arial', 9), indent=True,
                notes=['% realisatie = realisatie als percentage van de begroting na wijziging.'],
                alt=dict(p1=('Pleegzorg', 'r', 1), tot=('Totaal lasten jeugdhulp', 'b1', 100000),
                         dele='Dyslexiezorg (EED)', sub=('Subtotaal jeugdhulp met verblijf', 'r', 10000)))


# ================================================================= t02 treasury (provincie), total on top
def t02():
    rng = random.Random(202)
    cols = [Col('s0', ['Stand 31-12-2024'], F_BR), Col('n', ['Nieuwe uitzettingen'], F_BR),
            Col('a', ['Aflossingen en verkopen'], F_BR), Col('h', ['Herwaardering'], F_BR),
            Col('s1', ['Stand 31-12-2025'], F_BR),
            Col('rd', ['Rendement 2025'], F_PCT2, scale=10000, summed=False, width=10),
            Col('o', ['Opbrengst 2025'], F_BR)]
    groups = [
        ('Schatkistbankieren', [('Rekening-courant Ministerie van Financiën', False),
                                ("Deposito's bij het Rijk (looptijd < 1 jaar)", False)]),
        ('Leningen u/g aan openbare lichamen', [('Lening Waterschap Veluwerand 2019-2034', False),
                                                ('Lening gemeente Oosterdal 2021-2031', False),
                                                ('Lening GR Openbaar Vervoer Noordmarken', False)]),
        ('Obligaties en onderhandse leningen', [('Staatsobligaties NL 0,50% 2028', True),
                                                ('Obligaties BNG Bank 1,25% 2030', True),
                                                ('Obligaties NWB Bank 0,75% 2029', True),
                                                ('Onderhandse lening Enexis Holding', False)]),
        ('Leningen aan derden', [('Energiefonds Noordmarken (revolverend)', False),
                                 ('Lening Woningstichting Het Anker', False),
                                 ('Startersleningen (via SVn)', False)]),
    ]
    rows = [Row('T', 'Totaal treasuryportefeuille', 'gtop'), Row('bk', '', 'blank')]
    struct = []
    for gi, (g, lines) in enumerate(groups):
        gid = 'g%d' % gi
        rows.append(Row(gid, g, 'head'))
        lids = []
        for li, (lab, obl) in enumerate(lines):
            rid = '%s_%d' % (gid, li)
            s0 = R(rng, 2500, 145000, 5)
            n = R(rng, 0, 30000, 5) if rng.random() < 0.55 else 0
            a = -min(s0, R(rng, 500, 40000, 5)) if rng.random() < 0.8 else 0
            h = R(rng, -900, 700) if obl else 0
            rd = R(rng, 5, 420)
            o = round((s0 + n / 2) * rd / 10000)
            rows.append(Row(rid, lab, vals={'s0': s0, 'n': n, 'a': a, 'h': h, 'rd': rd, 'o': o}))
            lids.append(rid)
        struct.append((gid, lids))
        rows.append(Row('bk%d' % gi, '', 'blank'))
    rows.pop()
    keys = ['s0', 'n', 'a', 'h', 's1', 'o']

    def rels(t):
        P = present(t)
        out = vsum('T', [g for g, _ in struct], keys)
        for g, lids in struct:
            out += vsum(g, [x for x in lids if x in P], keys)
        fig = [r.id for r in allrows(t) if r.kind in ('line', 'head', 'gtop')]
        out += rowrel(fig, 's1', [('s0', 1), ('n', 1), ('a', 1), ('h', 1)])
        return out

    def post(t):
        for r in allrows(t):
            if r.kind in ('head', 'gtop'):
                r.vals['rd'] = round(r.vals['o'] * 10000 / max(1, r.vals['s0']))

    return dict(name='t02_treasuryportefeuille', kind='provincie jaarverslag, paragraaf financiering: treasuryportefeuille (totaal bovenaan)',
                title='Provincie Noordmarken - Jaarverslag 2025',
                subtitle='Paragraaf financiering: samenstelling en verloop treasuryportefeuille',
                unitline='Bedragen x € 1.000', blocks=[Block(cols, rows, ['Uitzetting / belegging'])],
                rels=rels, post=post, labelw=44, orient='landscape', indent=True, font=('Calibri', 10),
                notes=['Aflossingen en verkopen en negatieve herwaarderingen staan tussen haakjes.',
                       'Rendement = opbrengst 2025 gedeeld door de stand per 31-12-2024.'],
                alt=dict(p1=('Obligaties BNG Bank 1,25% 2030', 's0', 1), tot=('Totaal treasuryportefeuille', 's1', 5000),
                         dele='Lening gemeente Oosterdal 2021-2031', sub=('Obligaties en onderhandse leningen', 'o', 100)))


# ================================================================= t03 sportaccommodaties (gemeente)
def t03():
    rng = random.Random(303)
    cols = [Col('l4', ['Lasten', '2024']), Col('lm', ['Lasten', 'Mutatie']), Col('l5', ['Lasten', '2025']),
            Col('b4', ['Baten', '2024']), Col('bm', ['Baten', 'Mutatie']), Col('b5', ['Baten', '2025']),
            Col('s5', ['Saldo 2025', None])]
    groups = [('Totaal sporthallen', ['Sporthal De Kamp', 'Sporthal Oostermeer', 'Sportcentrum Westerpark']),
              ('Totaal gymzalen', ['Gymzaal Kerkstraat', 'Gymzaal De Wissel', 'Gymzaal Burg. Visserlaan',
                                   'Gymzaal Het Palet']),
              ('Totaal sportparken', ['Sportpark De Brink', 'Sportpark Zuidwolde', 'Sportpark Het Veld',
                                      'Tennispark De Lobben']),
              ('Totaal overige accommodaties', ['Atletiekbaan Oosterdal', 'Skatebaan en Cruyff Court',
                                                'Kunstgrasvelden (vervangingsfonds)'])]
    rows, struct = [], []
    for gi, (sub, lines) in enumerate(groups):
        lids = []
        for li, lab in enumerate(lines):
            rid = 'l%d_%d' % (gi, li)
            l4 = R(rng, 40000, 900000)
            l5 = l4 + R(rng, -60000, 120000)
            b4 = int(l4 * rng.uniform(0.15, 0.75))
            b5 = b4 + R(rng, -30000, 40000)
            rows.append(Row(rid, lab, vals={'l4': l4, 'l5': l5, 'b4': b4, 'b5': b5}))
            lids.append(rid)
        rows.append(Row('s%d' % gi, sub, 'sub'))
        struct.append(('s%d' % gi, lids))
        rows.append(Row('bk%d' % gi, '', 'blank'))
    rows.append(Row('T', 'Totaal sportaccommodaties', 'total'))
    keys = ['l4', 'lm', 'l5', 'b4', 'bm', 'b5', 's5']

    def rels(t):
        P = present(t)
        out = []
        for s, lids in struct:
            out += vsum(s, [x for x in lids if x in P], keys)
        out += vsum('T', [s for s, _ in struct], keys)
        fig = [r.id for r in allrows(t) if r.kind in ('line', 'sub', 'total')]
        out += rowrel(fig, 'lm', [('l5', 1), ('l4', -1)])
        out += rowrel(fig, 'bm', [('b5', 1), ('b4', -1)])
        out += rowrel(fig, 's5', [('b5', 1), ('l5', -1)])
        return out

    return dict(name='t03_sportaccommodaties', kind='gemeente jaarrekening: exploitatie sportaccommodaties, mutatie tussen twee jaren',
                title='Gemeente Oosterdal - Jaarrekening 2025',
                subtitle='Exploitatie gemeentelijke sportaccommodaties (bedragen in euro)',
                blocks=[Block(cols, rows, ['Accommodatie', None])], rels=rels, labelw=36,
                orient='landscape', font=('Verdana', 8), hdr_h=16,
                notes=['Saldo 2025 = baten 2025 minus lasten 2025; een negatief saldo is een tekort.'],
                alt=dict(p1=('Gymzaal De Wissel', 'l5', 1), tot=('Totaal sportaccommodaties', 'b4', 10000),
                         dele='Sportpark Zuidwolde', sub=('Totaal gymzalen', 'lm', 1000)))


# ================================================================= t04 dijkversterking (waterschap)
def t04():
    rng = random.Random(404)
    cols = [Col('b', ['Begroting 2025'], F_BR), Col('r', ['Realisatie 2025'], F_BR),
            Col('v', ['Verschil'], F_BR)]
    lasten = ['Dijkversterking Tiel-Waardenburg', 'Dijkversterking Gorinchem-Waardenburg',
              'Dijkversterking Neder-Betuwe', 'Dijkversterking Wolferen-Sprok',
              'Verkenning Culemborgse Veer-Beesd', 'Grondverwerving en schadeloosstellingen',
              'Projectbeheersing en programmabureau']
    baten = ['Subsidie HWBP (90% subsidiabele kosten)', 'Bijdrage provincie Gelderland (ruimtelijke kwaliteit)',
             'Bijdrage Rijkswaterstaat (kabels en leidingen)', 'Bijdragen gemeenten en derden']
    rows = [Row('hL', 'Lasten', 'head')]
    for i, lab in enumerate(lasten):
        b = R(rng, 900, 38000)
        rows.append(Row('L%d' % i, lab, vals={'b': b, 'r': int(b * rng.uniform(0.55, 1.2))}))
    rows += [Row('TL', 'Totaal lasten', 'sub'), Row('bk1', '', 'blank'), Row('hB', 'Baten', 'head')]
    for i, lab in enumerate(baten):
        b = R(rng, 300, 60000)
        rows.append(Row('B%d' % i, lab, vals={'b': b, 'r': int(b * rng.uniform(0.6, 1.15))}))
    rows += [Row('TB', 'Totaal baten', 'sub'), Row('bk2', '', 'blank'),
             Row('S', 'Saldo baten en lasten', 'total')]

    def rels(t):
        P = present(t)
        out = vsum('TL', [r.id for r in allrows(t) if r.id.startswith('L') and r.id in P], ['b', 'r', 'v'])
        out += vsum('TB', [r.id for r in allrows(t) if r.id.startswith('B') and r.id in P], ['b', 'r', 'v'])
        out += vsum('S', ['TB', 'TL'], ['b', 'r', 'v'], signs={'TL': -1})
        fig = [r.id for r in allrows(t) if r.kind in ('line', 'sub', 'total')]
        out += rowrel(fig, 'v', [('r', 1), ('b', -1)])
        return out

    return dict(name='t04_dijkversterking', kind='waterschap jaarrekening: dijkversterkingsprojecten HWBP, lasten- en batenblok met saldo',
                title='Waterschap Maas en Linge - Jaarrekening 2025',
                subtitle='Dijkversterkingsprojecten Hoogwaterbeschermingsprogramma',
                unitline='(x € 1.000)', blocks=[Block(cols, rows, ['Project'])], rels=rels,
                labelw=50, font=('Calibri', 11), indent=True,
                notes=['Verschil = realisatie minus begroting; bedragen tussen haakjes zijn negatief.',
                       'Bron: projectadministratie HWBP, stand 31 december 2025.'],
                alt=dict(p1=('Dijkversterking Neder-Betuwe', 'r', 1), tot=('Saldo baten en lasten', 'r', 1000),
                         dele='Bijdragen gemeenten en derden', sub=('Totaal lasten', 'b', 1000)))


# ================================================================= t05 begraafplaatsen (gemeente), running totals
def t05():
    rng = random.Random(505)
    cols = [Col('o', ['Opbrengsten', 'Per jaar']), Col('oc', ['Opbrengsten', 'Cumulatief']),
            Col('l', ['Lasten', 'Per jaar']), Col('lc', ['Lasten', 'Cumulatief']),
            Col('s', ['Saldo', 'Per jaar']), Col('sc', ['Saldo', 'Cumulatief'])]
    rows = []
    for y in range(2018, 2028):
        lab = str(y) if y <= 2025 else '%d (raming)' % y
        o = R(rng, 520000, 760000)
        l = R(rng, 540000, 720000)
        rows.append(Row('y%d' % y, lab, vals={'o': o, 'l': l}))
    rows += [Row('bk', '', 'blank'), Row('T', 'Totaal 2018-2027', 'total')]

    def rels(t):
        yr = [r.id for r in allrows(t) if r.kind == 'line']
        out = []
        for k in ('o', 'l'):
            out += [((yr[0], k + 'c'), [(yr[0], k, 1)])]
            out += [((yr[i], k + 'c'), [(yr[i - 1], k + 'c', 1), (yr[i], k, 1)]) for i in range(1, len(yr))]
        out += rowrel(yr + ['T'], 's', [('o', 1), ('l', -1)])
        out += [((yr[0], 'sc'), [(yr[0], 's', 1)])]
        out += [((yr[i], 'sc'), [(yr[i - 1], 'sc', 1), (yr[i], 's', 1)]) for i in range(1, len(yr))]
        out += rowrel(yr, 'sc', [('oc', 1), ('lc', -1)])
        out += vsum('T', yr, ['o', 'l', 's'])
        return out

    return dict(name='t05_begraafplaatsen', kind='gemeente: begraafplaatsen kosten en opbrengsten per jaar met cumulatieve kolommen',
                title='Gemeente Heuvelrug-Zuid - Evaluatie tarieven begraafplaatsen',
                subtitle='Kosten en opbrengsten gemeentelijke begraafplaatsen 2018-2027 (bedragen in euro)',
                blocks=[Block(cols, rows, ['Jaar', None])], rels=rels, labelw=18,
                font=('Times New Roman', 10), hdr_h=18,
                notes=['2018-2025 realisatie, 2026-2027 raming. Het cumulatieve saldo is de stand van de egalisatievoorziening begraafrechten.'],
                alt=dict(p1=('2021', 'l', 1), tot=('Totaal 2018-2027', 'o', 10000),
                         dele='2022', sub=('2019', 'o', 5000)))


# ================================================================= t06 grondwaterheffing (provincie), 2 tables
def t06():
    rng = random.Random(606)
    cols = [Col('n', ['Aantal vergunningen'], F_MIN, width=11),
            Col('vol', ['Onttrokken volume (x 1.000 m³)'], F_MIN, width=13),
            Col('tar', ['Tarief per m³ (€)'], F_TAR, scale=10000, summed=False, width=10),
            Col('opb', ['Opbrengst 2025 (€)'], F_MIN, width=13),
            Col('idx', ['Index opbrengst (2021 = 100)'], F_IDX, scale=10, summed=False, width=11)]
    rows = [Row('h1', 'Openbare drinkwatervoorziening', 'head')]
    dw = ['Drinkwaterbedrijf Oostland NV', 'Waterleiding Maatschappij Noord-Oost', 'Drinkwater Veluwerand BV']
    ov = ['Industriële onttrekkingen', 'Bodemenergiesystemen (open WKO)', 'Bronbemalingen > 50.000 m³',
          'Proceswater voedingsmiddelenindustrie', 'Overige vergunde onttrekkingen']
    for i, lab in enumerate(dw):
        vol = R(rng, 18000, 61000)
        rows.append(Row('d%d' % i, lab, vals={'n': R(rng, 4, 19), 'vol': vol, 'tar': 131}))
    rows += [Row('SD', 'Subtotaal drinkwatervoorziening', 'sub'), Row('bk1', '', 'blank'),
             Row('h2', 'Overige onttrekkingen', 'head')]
    for i, lab in enumerate(ov):
        vol = R(rng, 600, 9000)
        rows.append(Row('o%d' % i, lab, vals={'n': R(rng, 8, 160), 'vol': vol, 'tar': 118}))
    rows += [Row('SO', 'Subtotaal overige onttrekkingen', 'sub'), Row('bk2', '', 'blank'),
             Row('T', 'Totaal grondwaterheffing', 'total')]
    for r in rows:
        if r.kind == 'line':
            r.vals['opb'] = round(r.vals['vol'] * 1000 * r.vals['tar'] / 10000)
    cols2 = [Col('b2', ['Begroting 2025']), Col('r2', ['Realisatie 2025'])]
    best = ['Provinciaal grondwatermeetnet', 'Onderzoek verdroging en grondwaterkwaliteit',
            'Grondwaterregister en vergunningverlening', 'Handhaving onttrekkingen',
            'Perceptiekosten heffing', 'Toevoeging bestemmingsreserve grondwater']
    rows2 = []
    for i, lab in enumerate(best):
        b = R(rng, 60000, 420000, 500)
        rows2.append(Row('x%d' % i, lab, vals={'b2': b, 'r2': b + R(rng, -40000, 30000)}))
    rows2.append(Row('TX', 'Totaal besteding', 'total'))
    keys = ['n', 'vol', 'opb']

    def rels(t):
        P = present(t)
        out = vsum('SD', [r for r in ['d0', 'd1', 'd2'] if r in P], keys)
        out += vsum('SO', [r for r in ['o%d' % i for i in range(5)] if r in P], keys)
        out += vsum('T', ['SD', 'SO'], keys)
        out += vsum('TX', [r for r in ['x%d' % i for i in range(6)] if r in P], ['b2', 'r2'])
        return out

    def post(t):
        for r in allrows(t):
            if 'opb' in r.vals:
                r.vals['idx'] = R(rng, 930, 1180)

    return dict(name='t06_grondwaterheffing', kind='provincie: grondwaterheffing per categorie met index, tweede tabel besteding eronder',
                title='Provincie Oostland - Jaarverslag 2025',
                subtitle='Grondwaterheffing: opbrengst per categorie onttrekking en besteding',
                blocks=[Block(cols, rows, ['Categorie onttrekking'], caption='Tabel 1. Opbrengst grondwaterheffing 2025'),
                        Block(cols2, rows2, ['Besteding'], caption='Tabel 2. Besteding opbrengst grondwaterheffing (€)')],
                rels=rels, post=post, labelw=42, hdr_h=42, font=('Arial', 9), indent=True,
                notes=['Bron: Grondwaterregister provincie Oostland, stand 1 maart 2026. Tarief en index worden niet opgeteld.'],
                alt=dict(p1=('Waterleiding Maatschappij Noord-Oost', 'opb', 1), tot=('Totaal grondwaterheffing', 'opb', 10000),
                         dele='Bronbemalingen > 50.000 m³', sub=('Subtotaal drinkwatervoorziening', 'vol', 1000)))


# ================================================================= t07 verbonden partijen (waterschap)
def t07():
    rng = random.Random(707)
    cols = [Col('bb', ['Bijdrage 2025', 'begroot']), Col('bw', ['Bijdrage 2025', 'werkelijk']),
            Col('e0', ['Eigen vermogen', '1-1-2025']), Col('res', ['Resultaat', '2025']),
            Col('e1', ['Eigen vermogen', '31-12-2025']), Col('vv', ['Vreemd vermogen', '31-12-2025'])]
    groups = [
        ('Gemeenschappelijke regelingen', 'Subtotaal gemeenschappelijke regelingen',
         ['Het Waterschapshuis (bijdrage 2024: 1.102)', 'Belastingsamenwerking Noord-Oost (aandeel 38,5%)',
          'Aquon laboratorium (incl. 215 eenmalig transitie)', 'GR Regionaal Archief Drie Stromen']),
        ('Vennootschappen en coöperaties', 'Subtotaal vennootschappen en coöperaties',
         ['NV Nederlandse Waterschapsbank (2.240 aandelen)', 'Coöperatie Slibverwerking Noord (SNB)']),
        ('Stichtingen en verenigingen', 'Subtotaal stichtingen en verenigingen',
         ['Unie van Waterschappen (contributie 2024 was 612)', 'Stichting RIONED', 'STOWA',
          'Stichting Digitaal Loket Waterschappen']),
    ]
    rows, struct = [], []
    for gi, (head, sub, lines) in enumerate(groups):
        rows.append(Row('h%d' % gi, head, 'head'))
        lids = []
        for li, lab in enumerate(lines):
            rid = 'p%d_%d' % (gi, li)
            bb = R(rng, 40, 3200) if 'Waterschapsbank' not in lab else 0
            bw = bb + (R(rng, -60, 90) if bb else 0)
            big = 'Waterschapsbank' in lab
            e0 = R(rng, 1500000, 2500000) if big else R(rng, 100, 9000)
            res = R(rng, 40000, 120000) if big else R(rng, -900, 700)
            vv = R(rng, 80000000, 99000000) if big else R(rng, 200, 25000)
            rows.append(Row(rid, lab, vals={'bb': bb, 'bw': bw, 'e0': e0, 'res': res, 'vv': vv}))
            lids.append(rid)
        rows.append(Row('s%d' % gi, sub, 'sub'))
        struct.append(('s%d' % gi, lids))
        rows.append(Row('bk%d' % gi, '', 'blank'))
    rows.append(Row('T', 'Totaal verbonden partijen', 'total'))
    keys = ['bb', 'bw', 'e0', 'res', 'e1', 'vv']

    def rels(t):
        P = present(t)
        out = []
        for s, lids in struct:
            out += vsum(s, [x for x in lids if x in P], keys)
        out += vsum('T', [s for s, _ in struct], keys)
        fig = [r.id for r in allrows(t) if r.kind in ('line', 'sub', 'total')]
        out += rowrel(fig, 'e1', [('e0', 1), ('res', 1)])
        return out

    return dict(name='t07_verbonden_partijen', kind='waterschap begroting/jaarstukken: paragraaf verbonden partijen, financiële kerngegevens',
                title='Waterschap De Drie Stromen - Jaarstukken 2025',
                subtitle='Paragraaf verbonden partijen: bijdragen en financiële positie',
                unitline='Bedragen x € 1.000', blocks=[Block(cols, rows, ['Verbonden partij', None])], rels=rels,
                labelw=52, orient='landscape', font=('Calibri', 10), hdr_h=16,
                notes=['Eigen en vreemd vermogen volgens de laatst vastgestelde jaarrekening van de verbonden partij.',
                       'Bedragen tussen haakjes in de namen zijn ter informatie en tellen niet mee.'],
                alt=dict(p1=('Het Waterschapshuis (bijdrage 2024: 1.102)', 'res', 1),
                         tot=('Totaal verbonden partijen', 'vv', 100000), dele='STOWA',
                         sub=('Subtotaal gemeenschappelijke regelingen', 'bw', 1000)))


# ================================================================= t08 ICT per applicatie (GR), numbers stored as text
def t08():
    rng = random.Random(808)
    cols = [Col('lic', ['Licenties']), Col('ond', ['Onderhoud en support']), Col('hos', ['Hosting en beheer']),
            Col('tot', ['Totaal 2026']), Col('b25', ['Begroting 2025']), Col('v', ['Verschil'])]
    groups = [
        ('Burgerzaken', ['BRP-applicatie (basisregistratie personen)', 'Reisdocumenten en rijbewijzen',
                         'Verkiezingssoftware', 'Burgerzaken-portaal']),
        ('Sociaal domein', ['Suite sociaal domein (Wmo/Jeugd)', 'Participatie en inkomen',
                            'Schuldhulpverlening', 'Leerplicht en RMC']),
        ('Ruimte en omgeving', ['Omgevingswet-software (DSO-koppeling)', 'BAG/BGT-beheer', 'GIS-viewer',
                                'WOZ-taxatie']),
        ('Financiën en HR', ['Financieel systeem', 'Salarisadministratie', 'Inkoop- en contractbeheer']),
        ('Werkplek en samenwerking', ['Zaaksysteem', 'Documentmanagement en archief', 'Office-licenties',
                                     'Telefonie en mobiel beheer', 'Beveiliging en back-up']),
    ]
    rows, struct = [], []
    textcells = {('g1_1', 'ond'), ('g2_0', 'lic'), ('g4_2', 'lic'), ('g4_3', 'hos')}
    for gi, (g, lines) in enumerate(groups):
        rows.append(Row('h%d' % gi, g, 'head'))
        lids = []
        for li, lab in enumerate(lines):
            rid = 'g%d_%d' % (gi, li)
            lic = R(rng, 4000, 160000)
            ond = R(rng, 2000, 90000)
            hos = R(rng, 0, 60000) if rng.random() < 0.8 else 0
            b25 = lic + ond + hos + R(rng, -25000, 18000)
            rows.append(Row(rid, lab, vals={'lic': lic, 'ond': ond, 'hos': hos, 'b25': b25},
                            text={k for (r, k) in textcells if r == rid}))
            lids.append(rid)
        rows.append(Row('s%d' % gi, 'Subtotaal ' + g, 'sub'))
        struct.append(('s%d' % gi, lids))
    rows += [Row('bk', '', 'blank'), Row('T', 'Totaal ICT-kosten applicaties', 'total')]
    keys = ['lic', 'ond', 'hos', 'tot', 'b25', 'v']

    def rels(t):
        P = present(t)
        out = []
        for s, lids in struct:
            out += vsum(s, [x for x in lids if x in P], keys)
        out += vsum('T', [s for s, _ in struct], keys)
        fig = [r.id for r in allrows(t) if r.kind in ('line', 'sub', 'total')]
        out += rowrel(fig, 'tot', [('lic', 1), ('ond', 1), ('hos', 1)])
        out += rowrel(fig, 'v', [('tot', 1), ('b25', -1)])
        return out

    return dict(name='t08_ict_applicaties', kind='GR ICT-samenwerking begroting: ICT-kosten per applicatie, enkele getallen als tekst',
                title='ICT Samenwerkingsverband Vechtdal (GR) - Begroting 2026',
                subtitle='ICT-kosten per applicatie (bedragen in euro)', blocks=[Block(cols, rows, ['Applicatie'])],
                rels=rels, labelw=44, font=('Segoe UI', 9), indent=True, hdr_h=30,
                alt=dict(p1=('Financieel systeem', 'lic', 1), tot=('Totaal ICT-kosten applicaties', 'b25', 10000),
                         dele='Verkiezingssoftware', sub=('Subtotaal Sociaal domein', 'tot', 1000)))


# ================================================================= t09 formatie en loonsom (waterschap), 3-row header, 9 cols
def t09():
    rng = random.Random(909)
    cols = []
    for y in ('2025', '2026'):
        cols += [Col('fv' + y, ['Begroting ' + y, 'Formatie (fte)', 'Vast'], F_FTE, scale=100, width=9),
                 Col('ft' + y, ['Begroting ' + y, 'Formatie (fte)', 'Tijdelijk'], F_FTE, scale=100, width=9),
                 Col('sa' + y, ['Begroting ' + y, 'Loonsom (€)', 'Salarissen'], F_MIN2, width=12),
                 Col('so' + y, ['Begroting ' + y, 'Loonsom (€)', 'Sociale lasten'], F_MIN2, width=12)]
    cols.append(Col('m', ['Mutatie loonsom', None, None], F_MIN2, width=12))
    sectors = [('Directie en staf', ['Directie', 'Bestuursondersteuning', 'Communicatie', 'Strategie en control']),
               ('Watersysteem', ['Beleid watersysteem', 'Peilbeheer en gemalen', 'Waterkeringen',
                                 'Gebiedsprocessen', 'Vergunningverlening en handhaving']),
               ('Waterketen', ['Zuiveringsbeheer', 'Procestechnologie', 'Laboratorium']),
               ('Bedrijfsvoering', ['Financiën', 'HRM', 'ICT en informatiebeheer', 'Facilitaire zaken',
                                    'Juridische zaken en inkoop'])]
    rows, struct = [], []
    for si, (sec, afds) in enumerate(sectors):
        rows.append(Row('h%d' % si, 'Sector ' + sec, 'head'))
        lids = []
        for ai, afd in enumerate(afds):
            rid = 'a%d_%d' % (si, ai)
            v = {}
            fv = R(rng, 300, 3800, 5)
            ft = R(rng, 0, 450, 5)
            for y, grow in (('2025', 0), ('2026', 1)):
                fvy = fv + grow * R(rng, -100, 200, 5)
                fty = max(0, ft + grow * R(rng, -100, 100, 5))
                sal = round((fvy + fty) / 100 * rng.uniform(61000, 74000)) + grow * R(rng, 0, 9000)
                v.update({'fv' + y: fvy, 'ft' + y: fty, 'sa' + y: sal, 'so' + y: round(sal * rng.uniform(0.29, 0.33))})
            rows.append(Row(rid, afd, vals=v))
            lids.append(rid)
        rows.append(Row('s%d' % si, 'Totaal sector ' + sec, 'sub'))
        struct.append(('s%d' % si, lids))
    rows += [Row('bk', '', 'blank'), Row('T', 'Totaal hoogheemraadschap', 'total')]
    keys = [c.key for c in cols]

    def rels(t):
        P = present(t)
        out = []
        for s, lids in struct:
            out += vsum(s, [x for x in lids if x in P], keys)
        out += vsum('T', [s for s, _ in struct], keys)
        fig = [r.id for r in allrows(t) if r.kind in ('line', 'sub', 'total')]
        out += rowrel(fig, 'm', [('sa2026', 1), ('so2026', 1), ('sa2025', -1), ('so2025', -1)])
        return out

    return dict(name='t09_formatie_loonsom', kind='waterschap begroting: formatie en loonsom per afdeling, driedubbele kolomkop, 9 kolommen',
                title='Hoogheemraadschap Kennemerland-Noord - Begroting 2026',
                subtitle='Formatie en loonsom per afdeling', blocks=[Block(cols, rows, ['Afdeling', None, None])],
                rels=rels, labelw=34, orient='landscape', font=('Arial', 8), hdr_h=14, indent=True,
                repeat=True, footer='Begroting 2026 - bijlage formatie',
                notes=['Mutatie loonsom = totale loonsom 2026 minus totale loonsom 2025.'],
                alt=dict(p1=('Peilbeheer en gemalen', 'sa2026', 1), tot=('Totaal hoogheemraadschap', 'so2025', 100000),
                         dele='Communicatie', sub=('Totaal sector Watersysteem', 'fv2025', 500)))


# ================================================================= t10 groenonderhoud (gemeente), x 1.000 scaled, 2 pages
def t10():
    rng = random.Random(1010)
    cols = [Col('b', ['Begroting 2025'], F_K), Col('r', ['Realisatie 2025'], F_K),
            Col('v', ['Verschil'], F_K)]
    wijken = ['Centrum', 'Oud-West', 'Lindenhof', 'De Weiden', 'Molenkamp', 'Vogelbuurt', 'Bedrijventerrein De Vaart',
              'Noorderhout', 'Kerkdorp Emst', 'Kerkdorp Wissel', 'Buitengebied Noord', 'Buitengebied Zuid']
    elem = ['Bomen', 'Plantsoenen en heesters', 'Gazons en bermen', 'Hagen', 'Waterpartijen en oevers']

    def offsets(n):
        while True:
            e = [rng.randint(-240, 240) for _ in range(n)]
            if abs(sum(e)) <= 30:
                return e

    rows, struct = [], []
    for wi, w in enumerate(wijken):
        lids = []
        eb, er = offsets(len(elem)), offsets(len(elem))
        for ei, el in enumerate(elem):
            rid = 'w%d_%d' % (wi, ei)
            kb = R(rng, 12, 420)
            kr = kb + R(rng, -45, 40)
            rows.append(Row(rid, el, code='%02d.%d' % (wi + 1, ei + 1),
                            vals={'b': kb * 1000 + eb[ei], 'r': kr * 1000 + er[ei]}))
            lids.append(rid)
        rows.append(Row('s%d' % wi, 'Totaal wijk ' + w, 'sub', code='%02d' % (wi + 1)))
        struct.append(('s%d' % wi, lids))
        rows.append(Row('bk%d' % wi, '', 'blank'))
    rows.append(Row('T', 'Totaal openbaar groen', 'total'))

    def rels(t):
        P = present(t)
        out = []
        for s, lids in struct:
            out += vsum(s, [x for x in lids if x in P], ['b', 'r', 'v'])
        out += vsum('T', [s for s, _ in struct], ['b', 'r', 'v'])
        fig = [r.id for r in allrows(t) if r.kind in ('line', 'sub', 'total')]
        out += rowrel(fig, 'v', [('b', 1), ('r', -1)])
        return out

    return dict(name='t10_groenonderhoud', kind='gemeente jaarverslag: onderhoud openbaar groen per wijk en beheerelement (x € 1.000 afgerond, 2 pagina\'s)',
                title='Gemeente Lindewaard - Jaarverslag 2025',
                subtitle='Paragraaf onderhoud kapitaalgoederen: onderhoud openbaar groen per wijk',
                unitline='Bedragen x € 1.000', blocks=[Block(cols, rows, ['Wijk / beheerelement'], code_hdr=['Nr.'])],
                rels=rels, codes=True, kscale=True, labelw=40, font=('Calibri', 10), repeat=True,
                footer='Gemeente Lindewaard - Jaarverslag 2025', hdr_h=16, indent=True,
                notes=['Verschil = begroting minus realisatie; een overschrijding staat tussen haakjes.',
                       'Bedragen zijn afgerond op duizenden euro\'s.'],
                alt=dict(p1=('Gazons en bermen', 'r', 1000, 'w4_2'), tot=('Totaal openbaar groen', 'b', 100000),
                         dele=('Hagen', 'w7_3'), sub=('Totaal wijk Vogelbuurt', 'r', 50000)))


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
