"""Build the sealed-trial30 corpus: 10 tables x (clean, _p1, _tot, _del, _sub) as xlsx + truth.json.

Each table is a list of blocks (placed on the sheet below or beside each other) holding rows. Relations are
generated from the structure of the rows present: vertical sums (a 'sub' or 'total' row = its parts, with signs),
row relations of derived columns (per block), and table-specific extras (a saldo line). Clean values are filled
from the relations; the truth of a copy is every relation that does not hold on the printed values.
Run with /work/main/.venv/bin/python.
"""
import copy
import json
import os
import random

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.worksheet.pagebreak import Break

HERE = os.path.dirname(os.path.abspath(__file__))

F_EUR = '[$-413]#,##0;-#,##0;"-"'
F_EUR0 = '[$-413]#,##0;-#,##0;0'
F_CNT = '[$-413]#,##0'
F_FTE1 = '[$-413]#,##0.0'
F_PCT1 = '[$-413]0.0%'
F_PCT1S = '[$-413]+0.0%;-0.0%;0.0%'
F_TAR = '[$-413]0.0000"%"'
F_VN = '[$-413]#,##0" V";#,##0" N";"0"'
F_PARMIN = '[$-413]#,##0;"(-) "#,##0;"-"'
F_DEC1 = '[$-413]0.0'

THIN = Side(style='thin', color='000000')
HAIR = Side(style='hair', color='808080')
DOUBLE = Side(style='double', color='000000')


class Col:
    def __init__(self, key, hdr, fmt=F_EUR, scale=1, summed=True, width=12, text=False):
        self.key, self.hdr, self.fmt, self.scale, self.summed, self.width, self.text = \
            key, tuple(hdr), fmt, scale, summed, width, text

    @property
    def title(self):
        return ' '.join(str(h) for h in self.hdr if h is not None and str(h) != '')


class Row:
    def __init__(self, rid, label, kind='line', code=None, vals=None, parts=None, note=None):
        self.id, self.label, self.kind, self.code = rid, label, kind, code
        self.vals = dict(vals or {})
        self.parts = list(parts or [])      # [(rid, sign)]
        self.note = note


class Block:
    def __init__(self, cols, rows, label_hdr, code_hdr=None, note_hdr=None, caption=None, rowrels=(),
                 left=0, beside=False, labelw=40, codew=7, notew=30):
        self.cols, self.rows, self.label_hdr, self.code_hdr, self.note_hdr = cols, rows, label_hdr, code_hdr, note_hdr
        self.caption, self.rowrels, self.left, self.beside = caption, list(rowrels), left, beside
        self.labelw, self.codew, self.notew = labelw, codew, notew


# ---------------------------------------------------------------- relations
def relations(t):
    out = []
    rows = {r.id: r for b in t['blocks'] for r in b.rows}
    for b in t['blocks']:
        sc = [c.key for c in b.cols if c.summed and not c.text]
        for r in b.rows:
            if r.parts:
                ps = [(p, s) for p, s in r.parts if p in rows]
                for k in sc:
                    pk = [(p, k, s) for p, s in ps if rows[p].vals.get(k) is not None]
                    if r.vals.get(k) is not None or pk:
                        out.append(((r.id, k), pk))
        for tgt, terms in b.rowrels:
            for r in b.rows:
                if r.kind in ('line', 'sub', 'total') and (r.vals.get(tgt) is not None or
                                                           all(r.vals.get(k) is not None for k, s in terms)):
                    out.append(((r.id, tgt), [(r.id, k, s) for k, s in terms]))
    for (tr, tk), terms in t.get('extra', lambda t: [])(t):
        if tr in rows:
            out.append(((tr, tk), [x for x in terms if x[0] in rows]))
    return out


def fill(t):
    rows = {r.id: r for b in t['blocks'] for r in b.rows}
    for _ in range(8):
        for (tr, tk), terms in relations(t):
            rows[tr].vals[tk] = sum(s * rows[r].vals.get(k, 0) for r, k, s in terms)
    if t.get('post'):
        t['post'](t)


def evaluate(t):
    rows = {r.id: r for b in t['blocks'] for r in b.rows}
    cols = {c.key: c for b in t['blocks'] for c in b.cols}
    colsb = {}
    for b in t['blocks']:
        for r in b.rows:
            colsb[r.id] = {c.key: c for c in b.cols}
    out, seen = [], set()
    for (tr, tk), terms in relations(t):
        r = rows[tr]
        pv = r.vals.get(tk)
        if pv is None:
            continue
        tv = sum(s * rows[rr].vals.get(k, 0) for rr, k, s in terms)
        if pv != tv and (tr, tk) not in seen:
            seen.add((tr, tk))
            c = colsb[tr][tk]
            e = {'label': r.label, 'column': c.title}
            if r.code:
                e['code'] = r.code
            e.update(printed=pv / c.scale, true=tv / c.scale, unit=1.0 / c.scale)
            out.append(e)
    return out


# ---------------------------------------------------------------- writer
def block_width(b):
    return (1 if b.code_hdr is not None else 0) + 1 + (1 if b.note_hdr is not None else 0) + len(b.cols)


def write_block(ws, b, top, c0, t):
    """write block b with its top-left at (top, c0); returns (next row, cellmap, header rows)."""
    font = t['font']
    hfont = Font(name=font[0], size=font[1], bold=True, italic=t.get('hdr_italic', False))
    nlev = max(len(c.hdr) for c in b.cols)
    lab_cols = []
    c = c0
    if b.code_hdr is not None:
        lab_cols.append(('code', c, b.code_hdr)); c += 1
    lab_cols.append(('label', c, b.label_hdr)); c += 1
    notes_after_label = t.get('notes_pos') == 'after_label'
    if b.note_hdr is not None and notes_after_label:
        lab_cols.append(('note', c, b.note_hdr)); c += 1
    fig0 = c
    figcol = {}
    for j, col in enumerate(b.cols):
        figcol[col.key] = fig0 + j
    endc = fig0 + len(b.cols)
    if b.note_hdr is not None and not notes_after_label:
        lab_cols.append(('note', endc, b.note_hdr)); endc += 1
    # widths
    for what, cc, _ in lab_cols:
        w = {'code': b.codew, 'label': b.labelw, 'note': b.notew}[what]
        ws.column_dimensions[ws.cell(row=1, column=cc).column_letter].width = w
    for col in b.cols:
        ws.column_dimensions[ws.cell(row=1, column=figcol[col.key]).column_letter].width = col.width
    # label headers merged down
    for what, cc, txt in lab_cols:
        cell = ws.cell(row=top, column=cc, value=txt)
        cell.font = hfont
        cell.alignment = Alignment(horizontal='left', vertical=t.get('hdr_valign', 'bottom'), wrap_text=True)
        if nlev > 1 and t.get('merge_label_hdr', True):
            ws.merge_cells(start_row=top, start_column=cc, end_row=top + nlev - 1, end_column=cc)
    # figure headers
    levels = [col.hdr + (None,) * (nlev - len(col.hdr)) for col in b.cols]
    for j, lv in enumerate(levels):
        lev = 0
        while lev < nlev:
            txt = lv[lev]
            if txt is None:
                lev += 1
                continue
            span_v = 1
            while lev + span_v < nlev and lv[lev + span_v] is None:
                span_v += 1
            span_h = 1
            if lev < nlev - 1 and span_v == 1:
                while j + span_h < len(levels) and levels[j + span_h][:lev + 1] == lv[:lev + 1]:
                    span_h += 1
            left_same = j > 0 and lev < nlev - 1 and span_v == 1 and levels[j - 1][:lev + 1] == lv[:lev + 1]
            if not left_same:
                cell = ws.cell(row=top + lev, column=fig0 + j, value=txt)
                cell.font = hfont
                rot = t.get('hdr_rot', 0) if (lev + span_v == nlev and span_h == 1) else 0
                cell.alignment = Alignment(horizontal=t.get('hdr_halign', 'right') if span_h == 1 else 'center',
                                           vertical=t.get('hdr_valign', 'bottom'), wrap_text=True,
                                           text_rotation=rot)
                if span_h > 1:
                    for k in range(span_h):
                        ws.cell(row=top + lev, column=fig0 + j + k).border = Border(bottom=HAIR)
                if span_h > 1 or span_v > 1:
                    ws.merge_cells(start_row=top + lev, start_column=fig0 + j, end_row=top + lev + span_v - 1,
                                   end_column=fig0 + j + span_h - 1)
            lev += span_v
    for cc in range(c0, endc):
        ws.cell(row=top + nlev - 1, column=cc).border = Border(bottom=THIN)
    hdr_rows = (top, top + nlev - 1)
    r = top + nlev
    cellmap = {}
    rowmap = {}
    sub_style = t.get('sub_style', 'bold')
    for row in b.rows:
        if row.kind == 'blank':
            r += 1
            continue
        bold = row.kind in ('total', 'head') or (row.kind == 'sub' and sub_style == 'bold')
        ital = (row.kind == 'sub' and sub_style == 'italic') or (row.kind == 'head' and t.get('head_italic'))
        f = Font(name=font[0], size=font[1], bold=bold, italic=ital)
        for what, cc, _ in lab_cols:
            v = {'code': row.code, 'label': row.label, 'note': row.note}[what]
            if v is None:
                continue
            cell = ws.cell(row=r, column=cc, value=v)
            cell.font = Font(name=font[0], size=font[1] - (1 if what == 'note' else 0), bold=bold, italic=ital)
            cell.alignment = Alignment(horizontal='left', wrap_text=t.get('wrap', False) and what != 'code',
                                       vertical=t.get('label_valign', 'bottom'),
                                       indent=1 if ((what == 'label' and row.kind == 'line' and t.get('indent'))
                                                    or what == 'note') else 0)
        for col in b.cols:
            v = row.vals.get(col.key)
            if v is None:
                continue
            cell = ws.cell(row=r, column=figcol[col.key])
            if col.text or isinstance(v, str):
                cell.value = v
                cell.alignment = Alignment(horizontal=t.get('text_halign', 'center'), vertical='bottom')
            else:
                cell.value = v / col.scale if col.scale != 1 else v
                cell.number_format = col.fmt
                cell.alignment = Alignment(horizontal=t.get('fig_halign', 'general'), vertical='bottom')
            cell.font = f
            cellmap[(row.id, col.key)] = cell.coordinate
        if row.kind in ('sub', 'total'):
            for cc in range(fig0, fig0 + len(b.cols)):
                top_side = THIN if (row.kind == 'total' or sub_style != 'italic') else HAIR
                bot = DOUBLE if (row.kind == 'total' and t.get('double_total')) else None
                ws.cell(row=r, column=cc).border = Border(top=top_side, bottom=bot)
        rowmap[row.id] = r
        r += 1
    return r, cellmap, hdr_rows, rowmap, endc


def write_xlsx(t, path):
    wb = Workbook()
    ws = wb.active
    ws.title = t.get('sheet', 'Blad1')
    ws.sheet_view.showGridLines = False
    font = t['font']
    ws.cell(row=1, column=1, value=t['title']).font = Font(name=font[0], size=font[1] + 2, bold=True)
    r = 2
    if t.get('subtitle'):
        ws.cell(row=r, column=1, value=t['subtitle']).font = Font(name=font[0], size=font[1], italic=True)
        r += 1
    if t.get('unitline'):
        ws.cell(row=r, column=1, value=t['unitline']).font = Font(name=font[0], size=font[1])
        r += 1
    r += 1
    cellmap, rowmap, first_hdr = {}, {}, None
    prev_top, prev_end, maxr = r, 1, r
    for b in t['blocks']:
        if b.beside:
            top, c0 = prev_top, prev_end + 1 + b.left
        else:
            top, c0 = maxr, 1 + b.left
        if b.caption:
            ws.cell(row=top, column=c0, value=b.caption).font = Font(name=font[0], size=font[1] + 1, bold=True)
            top += 1
        nr, cm, hdr, rm, endc = write_block(ws, b, top, c0, t)
        prev_top = top - (1 if b.caption else 0)
        prev_end = endc
        if first_hdr is None:
            first_hdr = hdr
        cellmap.update(cm)
        rowmap.update(rm)
        maxr = max(maxr, nr + 1)
    r = maxr
    for note in t.get('notes', []):
        ws.cell(row=r, column=1, value=note).font = Font(name=font[0], size=font[1] - 1, italic=True)
        r += 1
    for rr in range(first_hdr[0], first_hdr[1] + 1):
        ws.row_dimensions[rr].height = t.get('hdr_h', 26) if rr < first_hdr[1] or first_hdr[0] == first_hdr[1] \
            else t.get('hdr_h_last', t.get('hdr_h', 26))
    for rid in t.get('break_after', []):
        if rid in rowmap:
            ws.row_breaks.append(Break(id=rowmap[rid]))
    ps = ws.page_setup
    ps.paperSize = ws.PAPERSIZE_A4
    ps.orientation = t.get('orient', 'portrait')
    if t.get('fit', True):
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ps.fitToWidth = 1
        ps.fitToHeight = 0
    if t.get('margins'):
        ws.page_margins.left = ws.page_margins.right = t['margins']
    if t.get('repeat'):
        ws.print_title_rows = '%d:%d' % first_hdr
    if t.get('footer'):
        ws.oddFooter.left.text = t['footer']
        ws.oddFooter.right.text = 'Pagina &P van &N'
    wb.save(path)
    return cellmap


# ---------------------------------------------------------------- helpers
def R(rng, lo, hi, step=1):
    return rng.randrange(lo // step, hi // step + 1) * step


def rowdict(t):
    return {r.id: r for b in t['blocks'] for r in b.rows}


def group_rows(groups, mk, sub_label, total_label, head=True, blank=True, sub_kind='sub'):
    """groups: [(head text, sub text, [line specs])]; mk(spec, rid) -> Row. Returns rows (sub = its lines,
    total = its subs)."""
    rows, subs = [], []
    n = 0
    for gi, (h, s, lines) in enumerate(groups):
        if head and h:
            rows.append(Row('h%d' % gi, h, 'head'))
        lids = []
        for spec in lines:
            rid = 'l%d' % n
            n += 1
            rows.append(mk(spec, rid))
            lids.append(rid)
        sid = 's%d' % gi
        rows.append(Row(sid, s, sub_kind, parts=[(x, 1) for x in lids]))
        subs.append(sid)
        if blank:
            rows.append(Row('b%d' % gi, '', 'blank'))
    if blank:
        rows.pop()
    rows.append(Row('T', total_label, 'total', parts=[(x, 1) for x in subs]))
    return rows


# ================================================================= t01 marktgelden en precario (side by side)
def t01():
    rng = random.Random(3001)
    colsA = [Col('sp', ['Standplaatsen'], F_CNT, width=11), Col('m', ['Strekkende meters'], F_CNT, width=10),
             Col('o24', ['Opbrengst 2024'], width=11), Col('o25', ['Opbrengst 2025'], width=11),
             Col('v', ['Verschil'], width=10)]
    markets = ['Weekmarkt Centrum (zaterdag)', 'Weekmarkt Centrum (woensdag)', 'Warenmarkt Noordwijk (dinsdag)',
               'Markt Het Oude Dorp (donderdag)', 'Biologische boerenmarkt (vrijdag)', 'Avondmarkt Havenkade (zomer)',
               'Jaarmarkt Koningsdag', 'Kerstmarkt Kerkplein', 'Standplaatsen buiten de markten']
    rowsA = []
    for i, m in enumerate(markets):
        sp = R(rng, 4, 96)
        meters = sp * R(rng, 4, 9)
        o25 = meters * R(rng, 38, 52) + R(rng, 0, 999)
        o24 = int(o25 * rng.uniform(0.9, 1.08))
        rowsA.append(Row('a%d' % i, m, vals={'sp': sp, 'm': meters, 'o24': o24, 'o25': o25}))
    rowsA.append(Row('aT', 'Totaal marktgelden', 'total', parts=[('a%d' % i, 1) for i in range(len(markets))]))
    colsB = [Col('m2', ['m²'], F_CNT, width=8), Col('n', ['Aanslagen'], F_CNT, width=9),
             Col('p25', ['Opbrengst 2025'], width=11)]
    groupsB = [('Terrassen', 'Subtotaal terrassen', ['Zone A (Markt, Kerkplein)', 'Zone B (binnenstad overig)',
                                                     'Zone C (Havenkade, Boulevard)', 'Overige locaties']),
               ('Uitstallingen en reclame', 'Subtotaal uitstallingen',
                ['Uitstallingen goederen', 'Reclameborden (driehoeksborden)', 'Bouwketen en containers'])]

    def mkB(lab, rid):
        m2 = R(rng, 40, 2400)
        n = max(3, m2 // R(rng, 18, 40))
        return Row('B' + rid, lab, vals={'m2': m2, 'n': n, 'p25': m2 * R(rng, 21, 39) + R(rng, 0, 99)})
    rowsB = group_rows(groupsB, mkB, None, 'Totaal precariobelasting')
    for r in rowsB:
        if not r.id.startswith('B'):
            r.id = 'B' + r.id
            r.parts = [('B' + p if not p.startswith('B') else p, s) for p, s in r.parts]
    bA = Block(colsA, rowsA, 'Markt', caption='A. Marktgelden', rowrels=[('v', [('o25', 1), ('o24', -1)])], labelw=31)
    bB = Block(colsB, rowsB, 'Precario: locatie / zone', caption='B. Precariobelasting 2025', beside=True, labelw=29)
    return dict(name='t01_marktgelden_precario', sheet='Markt en precario',
                kind='Gemeente jaarverslag, paragraaf lokale heffingen: opbrengst marktgelden per markt en '
                     'precariobelasting (terrassen, uitstallingen), two tables side by side',
                title='Opbrengst marktgelden en precariobelasting 2025',
                subtitle='Bedragen in euro\'s', font=('Arial', 9), orient='landscape', blocks=[bA, bB],
                notes=['Bron: belastingadministratie, stand 15 januari 2026.'],
                alter=dict(p1=('a3', 'o25'), tot=('BT', 'p25', 10000), dele='a5', sub=('Bs0', 'p25', 1000)))


# ================================================================= t02 OAB per school
def t02():
    rng = random.Random(3002)
    cols = [Col('l24', ['Leerlingen', '1-10-2024'], F_CNT, width=9), Col('l25', ['Leerlingen', '1-10-2025'], F_CNT, width=9),
            Col('b25', ['OAB-budget (€)', '2025'], width=11), Col('b26', ['OAB-budget (€)', '2026'], width=11),
            Col('me', ['Mutatie', '€'], width=10), Col('mp', ['Mutatie', '%'], F_PCT1S, scale=1000, summed=False, width=8)]
    besturen = [('Stichting Openbaar Onderwijs Rivierenland', ['OBS De Regenboog', 'OBS Het Palet', 'OBS De Wilgenhoek',
                                                               'Openbare Montessorischool', 'OBS De Vlinderboom']),
                ('Stichting Katholiek Onderwijs Sint-Maarten', ['RKBS De Klimop', 'RKBS Sint-Jozef', 'RKBS De Wegwijzer']),
                ('Vereniging Christelijk Primair Onderwijs', ['CBS De Fontein', 'CBS Het Mosterdzaadje', 'CBS De Ark',
                                                              'CBS Eben-Haëzer']),
                ('Stichting Samenwerkingsschool De Kern', ['Samenwerkingsschool De Kern', 'IKC De Horizon'])]
    groups = []
    for b, ss in besturen:
        groups.append((b, 'Subtotaal ' + b, ss))

    def mk(lab, rid):
        l24 = R(rng, 90, 540)
        l25 = l24 + R(rng, -35, 30)
        b25 = R(rng, 12000, 260000)
        b26 = int(b25 * rng.uniform(0.88, 1.12))
        code = '%02d%s%s' % (rng.randrange(1, 31), chr(65 + rng.randrange(26)), chr(65 + rng.randrange(26)))
        return Row(rid, lab, code=code, vals={'l24': l24, 'l25': l25, 'b25': b25, 'b26': b26})
    rows = group_rows(groups, mk, None, 'Totaal gemeente', blank=False)

    def post(t):
        for r in rowdict(t).values():
            if r.vals.get('b25'):
                r.vals['mp'] = round(1000 * (r.vals['b26'] - r.vals['b25']) / r.vals['b25'])
    b = Block(cols, rows, 'School', code_hdr='Brin', rowrels=[('me', [('b26', 1), ('b25', -1)])], labelw=52, codew=6)
    return dict(name='t02_oab_middelen', kind='Gemeente: leerlingaantallen en verdeling OAB-middelen '
                '(onderwijsachterstandenbeleid) per basisschool en schoolbestuur',
                title='Onderwijsachterstandenmiddelen (OAB) per school', font=('Calibri', 10), blocks=[b],
                subtitle='Verdeling op basis van CBS-schoolscores; peildatum leerlingen 1 oktober',
                sub_style='italic', indent=True, hdr_halign='center', post=post,
                notes=['Mutatie % = mutatie OAB-budget 2026 ten opzichte van 2025.'],
                alter=dict(p1=('l6', 'l25'), tot=('T', 'b26', 100000), dele='l2', sub=('s2', 'b25', 10000)))


# ================================================================= t03 stikstof/natuur provincie
def t03():
    rng = random.Random(3003)
    years = list(range(2024, 2031))
    cols = [Col('y%d' % y, [y], width=6.5) for y in years] + [Col('tot', ['Totaal 2024-2030'], width=8)]
    gebieden = ['Gelderse Vallei', 'Veluwe randzone west', 'Veluwe randzone oost', 'Achterhoek-Liemers',
                'Rivierenland', 'Rijk van Nijmegen', 'Stedendriehoek', 'Provinciebreed: piekbelasting',
                'Provinciebreed: kennis en monitoring']
    rows = [Row('hL', 'Lasten gebiedsprogramma', 'head')]
    for i, g in enumerate(gebieden):
        v = {}
        base = R(rng, 900, 14000)
        for y in years:
            v['y%d' % y] = max(0, int(base * rng.uniform(0.4, 1.6))) if y > 2024 else R(rng, 120, 2400)
        rows.append(Row('g%d' % i, g, vals=v))
    rows.append(Row('TL', 'Totaal lasten', 'sub', parts=[('g%d' % i, 1) for i in range(len(gebieden))]))
    rows.append(Row('bx', '', 'blank'))
    rows.append(Row('hD', 'Dekking', 'head'))
    dek = ['Rijksbijdrage Transitiefonds (SPUK)', 'Provinciale middelen coalitieakkoord',
           'Onttrekking reserve landelijk gebied', 'Bijdragen derden (waterschappen, gemeenten)']
    for i, d in enumerate(dek):
        rows.append(Row('d%d' % i, d, vals={}))
    rows.append(Row('TD', 'Totaal dekking', 'sub', parts=[('d%d' % i, 1) for i in range(len(dek))]))
    rows.append(Row('by', '', 'blank'))
    rows.append(Row('S', 'Saldo dekking - lasten', 'total', vals={}))
    t = dict(name='t03_stikstof_gebiedsprogramma',
             kind='Provincie programmabegroting: gebiedsprogramma stikstof en natuur, meerjarenraming lasten per '
                  'gebied en dekking, x € 1.000',
             title='Programma Vitaal Landelijk Gebied - meerjarenraming gebiedsprogramma stikstof en natuur',
             unitline='(bedragen x € 1.000)', font=('Arial Narrow', 7), orient='landscape', blocks=None,
             hdr_halign='right', margins=0.4)
    b = Block(cols, rows, '', rowrels=[('tot', [('y%d' % y, 1) for y in years])], labelw=30)
    t['blocks'] = [b]
    # fill lasten first, then set dekking to cover most of it per year
    fill(t)
    rd = rowdict(t)
    for y in years:
        k = 'y%d' % y
        L = rd['TL'].vals[k]
        shares = [0.55, 0.25, 0.12]
        rest = L
        for i, s in enumerate(shares):
            rd['d%d' % i].vals[k] = int(L * s * rng.uniform(0.9, 1.05))
            rest -= rd['d%d' % i].vals[k]
        rd['d3'].vals[k] = max(0, rest - R(rng, -150, 900))
    t['extra'] = lambda t: [(('S', k), [('TD', k, 1), ('TL', k, -1)]) for k in [c.key for c in cols]]
    rd['S'].vals = {c.key: 0 for c in cols}
    t['alter'] = dict(p1=('g3', 'y2027'), tot=('TL', 'tot', 10000), dele='g5', sub=('TD', 'y2026', 500))
    return t


# ================================================================= t04 ziekteverzuim GR
def t04():
    rng = random.Random(3004)
    cols = [Col('fte', ['Gem. bezetting (fte)'], F_FTE1, scale=10, width=9),
            Col('k', ['Verzuimdagen', 'Kort (1-7 dagen)'], F_CNT, width=9),
            Col('ml', ['Verzuimdagen', 'Middel-lang (8-42 dagen)'], F_CNT, width=9),
            Col('la', ['Verzuimdagen', 'Lang (43-365 dagen)'], F_CNT, width=9),
            Col('ld', ['Verzuimdagen', 'Langdurig (> 1 jaar)'], F_CNT, width=9),
            Col('vt', ['Verzuimdagen', 'Totaal'], F_CNT, width=9),
            Col('mel', ['Ziekmeldingen (aantal)'], F_CNT, width=12),
            Col('pct', ['Verzuim-percentage'], F_PCT1, scale=1000, summed=False, width=9),
            Col('mf', ['Meldings-frequentie'], F_DEC1, scale=10, summed=False, width=9)]
    dirs = [('Directie Dienstverlening', 'Totaal Dienstverlening', ['Klantcontactcentrum', 'Burgerzaken',
                                                                   'Vergunningen en handhaving', 'Sociaal domein (toegang)']),
            ('Directie Ruimte', 'Totaal Ruimte', ['Ruimtelijke ontwikkeling', 'Beheer openbare ruimte',
                                                 'Buitendienst (werf)', 'Vastgoed en grondzaken']),
            ('Directie Bedrijfsvoering', 'Totaal Bedrijfsvoering', ['Financiën en control', 'HRM', 'Informatievoorziening en ICT',
                                                                   'Facilitaire zaken', 'Juridische zaken'])]

    def mk(lab, rid):
        fte = R(rng, 60, 620)  # tenths
        days = fte / 10 * 365
        tot_pct = rng.uniform(0.03, 0.095)
        tv = days * tot_pct
        k = int(tv * rng.uniform(0.12, 0.2))
        ml = int(tv * rng.uniform(0.2, 0.3))
        ld = int(tv * rng.uniform(0, 0.15)) if rng.random() < 0.6 else 0
        la = int(tv) - k - ml - ld
        mel = int(fte / 10 * rng.uniform(0.8, 1.6))
        return Row(rid, lab, vals={'fte': fte, 'k': k, 'ml': ml, 'la': la, 'ld': ld, 'mel': mel})
    rows = group_rows(dirs, mk, None, 'Totaal werkorganisatie')

    def post(t):
        for r in rowdict(t).values():
            if r.vals.get('fte'):
                r.vals['pct'] = round(1000 * r.vals['vt'] / (r.vals['fte'] / 10 * 365))
                r.vals['mf'] = round(10 * r.vals['mel'] / (r.vals['fte'] / 10))
    b = Block(cols, rows, 'Afdeling', rowrels=[('vt', [('k', 1), ('ml', 1), ('la', 1), ('ld', 1)])], labelw=30)
    return dict(name='t04_ziekteverzuim', kind='GR werkorganisatie jaarverslag, sociaal jaarverslag: '
                'ziekteverzuim per directie en afdeling', title='Ziekteverzuim 2025 per afdeling',
                subtitle='Werkorganisatie (gemeenschappelijke regeling) - sociaal jaarverslag', font=('Verdana', 8),
                orient='landscape', blocks=[b], post=post, hdr_halign='center', hdr_valign='center', hdr_h=30,
                double_total=True, notes=['Verzuimpercentage exclusief zwangerschapsverlof; meldingsfrequentie = '
                                          'aantal ziekmeldingen per fte.'],
                alter=dict(p1=('l5', 'la'), tot=('T', 'vt', 1000), dele='l9', sub=('s0', 'mel', 50)))


# ================================================================= t05 leges burgerzaken (Ref. letters, notes with numbers)
def t05():
    rng = random.Random(3005)
    cols = [Col('n', ['Aantal 2025'], F_CNT, width=9), Col('br', ['Leges bruto (€)'], width=11),
            Col('af', ['Afdracht Rijk (€)'], width=11), Col('ne', ['Netto leges (€)'], width=11),
            Col('bg', ['Begroting 2025 (€)'], width=11), Col('vs', ['Verschil (€)'], width=10)]
    groups = [('Reisdocumenten', 'Subtotaal reisdocumenten', [
                ('Paspoort 18 jaar en ouder', (3000, 5200), 83.35, 64.80, 'tarief € 83,35; 1.204 spoed'),
                ('Paspoort jonger dan 18 jaar', (900, 1600), 60.95, 42.40, 'tarief € 60,95'),
                ('Identiteitskaart 18 jaar en ouder', (1500, 3000), 77.80, 59.25, 'vraag +18% t.o.v. 2024'),
                ('Identiteitskaart jonger dan 18 jaar', (1200, 2400), 41.25, 23.60, None),
                ('Toeslag spoedlevering', (900, 1400), 58.60, 30.45, 'waarvan 312 bij vermissing')]),
              ('Rijbewijzen', 'Subtotaal rijbewijzen', [
                ('Rijbewijs (nieuw en vernieuwing)', (2500, 4200), 45.60, 26.20, 'tarief € 45,60'),
                ('Spoedtoeslag rijbewijs', (80, 300), 38.10, 21.50, None)]),
              ('Burgerlijke stand', 'Subtotaal burgerlijke stand', [
                ('Huwelijk / partnerschap (ma-vr)', (88, 88), 395.00, 0, 'totaal 126 voltrekkingen'),
                ('Huwelijk / partnerschap (za)', (38, 38), 625.00, 0, None),
                ('Afschriften en uittreksels BRP', (1500, 3000), 15.55, 0, 'vanaf 1-7-2025 digitaal € 12,80'),
                ('Verklaring omtrent gedrag', (400, 900), 41.35, 33.85, None)]),
              ('Overige producten', 'Subtotaal overige producten', [
                ('Naturalisatie (ceremonie)', (87, 87), 0, 0, '87 nieuwe Nederlanders'),
                ('Adresonderzoek op verzoek', (20, 80), 58.00, 0, None),
                ('Gehandicaptenparkeerkaart', (250, 450), 144.00, 0, 'zie ook programma 6, 2.310 kaarten actief')])]
    letters = iter('abcdefghijklmnopqrstuvwxyz')

    def mk(spec, rid):
        lab, (lo, hi), tar, afd, note = spec
        n = R(rng, lo, hi)
        br = int(round(n * tar))
        af = int(round(n * afd))
        bg = int(round((br - af) * rng.uniform(0.85, 1.1), -2))
        return Row(rid, lab, code=next(letters), vals={'n': n, 'br': br, 'af': af, 'bg': bg}, note=note)
    rows = group_rows(groups, mk, None, 'Totaal leges burgerzaken', blank=False)
    for r in rows:
        if r.kind == 'line' and r.vals['br'] == 0:
            r.vals['bg'] = 0
    b = Block(cols, rows, 'Product', code_hdr='Ref.', note_hdr='Toelichting',
              rowrels=[('ne', [('br', 1), ('af', -1)]), ('vs', [('ne', 1), ('bg', -1)])], labelw=33, codew=5, notew=28)
    return dict(name='t05_leges_burgerzaken', kind='Gemeente jaarverslag: opbrengst leges burgerzaken per product, '
                'bruto, afdracht rijksleges, netto, begroting', title='Leges burgerzaken 2025',
                subtitle='Realisatie ten opzichte van begroting', font=('Times New Roman', 10), blocks=[b],
                wrap=True, footer='Jaarverslag 2025 - bijlage 4',
                alter=dict(p1=('l2', 'br'), tot=('T', 'ne', 10000), dele='l8', sub=('s1', 'af', 1000)))


# ================================================================= t06 BIZ-bijdragen ('(-)' negatives)
def t06():
    rng = random.Random(3006)
    cols = [Col('obj', ['Objecten'], F_CNT, width=8), Col('woz', ['WOZ-waarde (€)'], width=13),
            Col('tar', ['Tarief'], F_TAR, scale=10000, summed=False, width=8),
            Col('aan', ['Opgelegd (€)'], width=10), Col('ver', ['Vermin-deringen (€)'], F_PARMIN, width=10),
            Col('oni', ['Oninbaar (€)'], F_PARMIN, width=10), Col('net', ['Netto opbrengst (€)'], F_PARMIN, width=10),
            Col('per', ['Perceptie-kosten (€)'], F_PARMIN, width=10), Col('uit', ['Uitkering stichting (€)'], width=10)]
    zones = ['BIZ Binnenstad', 'BIZ Stationsgebied', 'BIZ Winkelcentrum De Schakel', 'BIZ Bedrijventerrein De Hoek',
             'BIZ Bedrijvenpark A12-Zuid', 'BIZ Haven en Industrieweg', 'BIZ Kernwinkelgebied Dorpsstraat']
    rows = []
    for i, z in enumerate(zones):
        obj = R(rng, 35, 420)
        woz = obj * R(rng, 380000, 1900000, 1000)
        tar = R(rng, 250, 1100)  # 1/10000 %
        aan = int(woz * tar / 10000 / 100)
        ver = -int(aan * rng.uniform(0.0, 0.04))
        oni = -int(aan * rng.uniform(0.0, 0.015))
        per = -int((aan + ver + oni) * 0.03)
        rows.append(Row('z%d' % i, z, vals={'obj': obj, 'woz': woz, 'tar': tar, 'aan': aan, 'ver': ver,
                                            'oni': oni, 'per': per}))
    rows.append(Row('T', 'Totaal', 'total', parts=[('z%d' % i, 1) for i in range(len(zones))]))

    def post(t):
        rowdict(t)['T'].vals.pop('tar', None)
    b = Block(cols, rows, 'Zone', rowrels=[('net', [('aan', 1), ('ver', 1), ('oni', 1)]),
                                           ('uit', [('net', 1), ('per', 1)])], labelw=30)
    return dict(name='t06_biz_bijdragen', kind='Gemeente jaarrekening, toelichting: BIZ-bijdragen per '
                'bedrijveninvesteringszone, opgelegd, verminderingen, oninbaar, perceptiekosten, uitkering stichting',
                title='Bedrijveninvesteringszones (BIZ): heffing en uitkering 2025', font=('Tahoma', 9), blocks=[b],
                post=post, orient='landscape',
                notes=['Tarief in % van de WOZ-waarde (peildatum 1-1-2024). Bedragen met (-) zijn verminderingen '
                       'op de opbrengst.'],
                alter=dict(p1=('z2', 'aan'), tot=('T', 'uit', 10000), dele='z4', sub=('z5', 'net', 5000)))


# ================================================================= t07 muskusrattenbestrijding (subtotal above page break)
def t07():
    rng = random.Random(3007)
    cols = [Col('mr', ['Vangsten', 'Muskusrat'], F_CNT, width=8), Col('br', ['Vangsten', 'Beverrat'], F_CNT, width=8),
            Col('vt', ['Vangsten', 'Totaal'], F_CNT, width=8), Col('u', ['Inzet', 'Uren'], F_CNT, width=8),
            Col('kp', ['Kosten (€)', 'Personeel'], width=10), Col('km', ['Kosten (€)', 'Middelen en vervoer'], width=10),
            Col('kt', ['Kosten (€)', 'Totaal'], width=10)]
    rayons = [('Rayon Noord', ['Polder Oostzaan', 'Polder Westzaan', 'Wijde Wormer', 'Purmer', 'Beemster noord',
                               'Beemster zuid', 'Schermer', 'Starnmeer', 'Zeevang', 'Waterland oost', 'Waterland west']),
              ('Rayon West', ['Heiloo en Limmen', 'Castricum', 'Uitgeest', 'Heemskerk-Beverwijk', 'Velsen-Noord',
                              'Duinstreek', 'Egmond en Bergen', 'Alkmaar-Oudorp', 'Langedijk']),
              ('Rayon Oost', ['Wieringermeer noord', 'Wieringermeer zuid', 'Medemblik', 'Andijk en Wervershoof',
                              'Drechterland', 'Hoorn-Zwaag', 'Koggenland', 'Opmeer-Spanbroek']),
              ('Rayon Kop', ['Wieringen', 'Anna Paulowna', 'Zijpe', 'Den Helder', 'Texel (monitoring)', 'Callantsoog',
                             'Schagen-Noord', 'Harenkarspel', 'Niedorp'])]
    groups = [(r, 'Totaal ' + r, ls) for r, ls in rayons]

    def mk(lab, rid):
        mr = R(rng, 0, 420)
        br = R(rng, 0, 9) if rng.random() < 0.4 else 0
        u = R(rng, 180, 1500)
        kp = u * R(rng, 58, 66) + R(rng, 0, 57)
        km = R(rng, 1200, 18000)
        return Row(rid, lab, vals={'mr': mr, 'br': br, 'u': u, 'kp': kp, 'km': km})
    rows = group_rows(groups, mk, None, 'Totaal beheergebied')
    b = Block(cols, rows, 'Rayon / werkgebied', rowrels=[('vt', [('mr', 1), ('br', 1)]), ('kt', [('kp', 1), ('km', 1)])],
              labelw=28)
    return dict(name='t07_muskusrattenbeheer', kind='Waterschap jaarverslag: muskus- en beverrattenbeheer, '
                'vangsten, uren en kosten per rayon en werkgebied', title='Muskus- en beverrattenbeheer 2025',
                subtitle='Vangsten, inzet en kosten per werkgebied', font=('Calibri', 9), blocks=[b], indent=True,
                repeat=True, break_after=['s1'], footer='Hoogheemraadschap - jaarverslag 2025',
                alter=dict(p1=('l14', 'mr'), tot=('T', 'kt', 100000), dele='l3', sub=('s1', 'u', 100)))


# ================================================================= t08 opvang ontheemden (V/N saldo)
def t08():
    rng = random.Random(3008)
    cols = [Col('cap', ['Capaciteit (plaatsen)'], F_CNT, width=9), Col('bez', ['Gem. bezetting'], F_CNT, width=9),
            Col('kh', ['Kosten (€)', 'Huisvesting'], width=11), Col('kl', ['Kosten (€)', 'Leefgeld'], width=11),
            Col('kb', ['Kosten (€)', 'Begeleiding en zorg'], width=11), Col('kt', ['Kosten (€)', 'Totaal'], width=11),
            Col('nv', ['Normbijdrage Rijk (€)'], width=11), Col('sa', ['Saldo (€)'], F_VN, width=11)]
    groups = [('Gemeentelijke opvanglocaties', 'Subtotaal gemeentelijke opvang', [
                'Voormalig kantoorpand Stationsweg 12 (modulaire units)', 'Hotel De Linde (huurovereenkomst)',
                'Paviljoen sportpark Oost', 'Klooster Mariënhof, zuidvleugel', 'Tijdelijke woonunits Kanaaldijk']),
              ('Particuliere opvang', 'Subtotaal particuliere opvang', [
                'Particuliere opvang bij gastgezinnen (POH)', 'Zelfstandige huisvesting via corporatie']),
              ('Overige kosten', 'Subtotaal overige kosten', [
                'Projectorganisatie en coördinatie', 'Vervoer, tolken en onderwijsondersteuning'])]

    def mk(lab, rid):
        if lab.startswith(('Projectorganisatie', 'Vervoer')):
            return Row(rid, lab, vals={'kh': 0, 'kl': 0, 'kb': R(rng, 60000, 240000), 'nv': 0})
        cap = R(rng, 20, 160)
        bez = int(cap * rng.uniform(0.7, 0.98))
        kh = bez * R(rng, 5200, 11800)
        kl = bez * R(rng, 2900, 3300)
        kb = bez * R(rng, 800, 2100)
        nv = bez * R(rng, 9500, 15500)  # normbedrag per gemiddeld bezette plaats
        return Row(rid, lab, vals={'cap': cap, 'bez': bez, 'kh': kh, 'kl': kl, 'kb': kb, 'nv': nv})
    rows = group_rows(groups, mk, None, 'Totaal opvang ontheemden', blank=False)
    for r in rows:
        if r.id == 's2':
            r.parts = r.parts
    b = Block(cols, rows, 'Locatie', rowrels=[('kt', [('kh', 1), ('kl', 1), ('kb', 1)]), ('sa', [('nv', 1), ('kt', -1)])],
              labelw=30)
    t = dict(name='t08_opvang_ontheemden', kind='Gemeente tussenrapportage: opvang ontheemden uit Oekraïne, kosten en '
             'normbijdrage Rijk per locatie, saldo voordelig/nadelig', title='Opvang ontheemden Oekraïne 2025',
             subtitle='Kosten en normbijdrage per opvanglocatie (V = voordelig, N = nadelig)', font=('Trebuchet MS', 9),
             blocks=[b], wrap=True, orient='landscape', hdr_halign='center',
             alter=dict(p1=('l1', 'kl'), tot=('T', 'kt', 100000), dele='l3', sub=('s0', 'nv', 10000)))
    return t


# ================================================================= t09 WOZ-bezwaren GR (rotated headers)
def t09():
    rng = random.Random(3009)
    cols = [Col('obj', ['WOZ-objecten'], F_CNT, width=9), Col('ont', ['Bezwaren ontvangen'], F_CNT, width=6),
            Col('g', ['Afgehandeld', 'Gegrond'], F_CNT, width=5.5), Col('dg', ['Afgehandeld', 'Deels gegrond'], F_CNT, width=5.5),
            Col('og', ['Afgehandeld', 'Ongegrond'], F_CNT, width=5.5),
            Col('nio', ['Afgehandeld', 'Niet-ontvankelijk'], F_CNT, width=5.5),
            Col('ing', ['Afgehandeld', 'Ingetrokken'], F_CNT, width=5.5),
            Col('ib', ['In behandeling 31-12'], F_CNT, width=6),
            Col('nc', ['Waarvan no-cure-no-pay'], F_CNT, width=6),
            Col('pct', ['Bezwaar %'], '[$-413]0.00%', scale=10000, summed=False, width=7)]
    gem = ['Alphen-Zuid', 'Bodegraven-Reeuwijk', 'Gouda', 'Kaag en Braassem', 'Krimpenerwaard', 'Nieuwkoop',
           'Waddinxveen', 'Zuidplas']
    rows = []
    for i, g in enumerate(gem):
        obj = R(rng, 9000, 62000)
        ont = int(obj * rng.uniform(0.008, 0.03))
        ib = int(ont * rng.uniform(0.02, 0.12))
        rest = ont - ib
        g_ = int(rest * rng.uniform(0.15, 0.3))
        dg = int(rest * rng.uniform(0.05, 0.12))
        nio = int(rest * rng.uniform(0.01, 0.04))
        ing = int(rest * rng.uniform(0.05, 0.15))
        og = rest - g_ - dg - nio - ing
        nc = int(ont * rng.uniform(0.4, 0.7))
        rows.append(Row('m%d' % i, g, vals={'obj': obj, 'g': g_, 'dg': dg, 'og': og, 'nio': nio, 'ing': ing,
                                            'ib': ib, 'nc': nc}))
    rows.append(Row('T', 'Totaal', 'total', parts=[('m%d' % i, 1) for i in range(len(gem))]))

    def post(t):
        for r in rowdict(t).values():
            r.vals['pct'] = round(10000 * r.vals['ont'] / r.vals['obj'])
    b = Block(cols, rows, 'Deelnemer', rowrels=[('ont', [('g', 1), ('dg', 1), ('og', 1), ('nio', 1), ('ing', 1), ('ib', 1)])],
              labelw=22)
    return dict(name='t09_woz_bezwaren', kind='GR belastingsamenwerking jaarverslag: afhandeling WOZ-bezwaarschriften '
                'per deelnemende gemeente', title='Bezwaarschriften WOZ-beschikkingen 2025 per deelnemer',
                subtitle='Belastingsamenwerking (GR) - jaarverslag', font=('Arial', 8), blocks=[b], post=post,
                hdr_rot=90, hdr_h=22, hdr_h_last=92, hdr_halign='center', fig_halign='center', hdr_valign='bottom',
                notes=['No-cure-no-pay: bezwaren ingediend door een bureau dat bij (gedeeltelijke) gegrondverklaring '
                       'een proceskostenvergoeding ontvangt.'],
                alter=dict(p1=('m3', 'og'), tot=('T', 'ont', 1000), dele='m6', sub=('m1', 'ont', 50)))


# ================================================================= t10 kapitaalkredieten
def t10():
    rng = random.Random(3010)
    cols = [Col('jg', ['Jaar gereed'], '0', summed=False, width=6), Col('at', ['Afschr. termijn'], '0', summed=False, width=6),
            Col('kr', ['Krediet (€)'], width=11), Col('u0', ['Uitgaven t/m 2024'], width=11),
            Col('u1', ['Uitgaven 2025'], width=11), Col('ut', ['Totaal uitgaven'], width=11),
            Col('rs', ['Restant krediet'], width=11), Col('af', ['Af-sluiten'], text=True, summed=False, width=6)]
    progs = [('Programma 2 Verkeer en vervoer', [
                ('2021-047', 'Reconstructie Burgemeester Smitstraat', 40), ('2022-013', 'Fietsbrug over de Linge', 40),
                ('2023-058', 'Vervanging openbare verlichting (LED) fase 2', 20), ('2024-006', 'Herinrichting stationsplein', 30)]),
             ('Programma 4 Onderwijs', [
                ('2022-031', 'Nieuwbouw IKC De Horizon', 40), ('2023-019', 'Uitbreiding gymlokaal Dorpsstraat', 40),
                ('2024-022', 'Tijdelijke huisvesting OBS Het Palet', 10)]),
             ('Programma 5 Sport, cultuur en recreatie', [
                ('2021-102', 'Kunstgrasvelden sportpark Oost', 12), ('2023-077', 'Renovatie zwembad De Wetering', 25),
                ('2024-041', 'Speelvoorzieningen wijken 2024-2026', 15)]),
             ('Programma 7 Volksgezondheid en milieu', [
                ('2020-088', 'Vervanging riolering Oude Dorp', 60), ('2023-004', 'Gemalen en drukriolering buitengebied', 45),
                ('2024-063', 'Ondergrondse containers centrum', 10)])]
    groups = []
    for p, ls in progs:
        groups.append((p, 'Subtotaal ' + p.split(' ', 2)[2].lower(), ls))

    def mk(spec, rid):
        code, lab, at = spec
        kr = R(rng, 180000, 6400000, 1000)
        frac = rng.uniform(0.2, 1.08)
        spent = int(kr * frac)
        u0 = int(spent * rng.uniform(0.2, 0.8)) if int(code[:4]) < 2024 else int(spent * rng.uniform(0, 0.2))
        u1 = spent - u0
        jg = int(code[:4]) + R(rng, 2, 4)
        return Row(rid, lab, code=code, vals={'jg': jg, 'at': at, 'kr': kr, 'u0': u0, 'u1': u1,
                                              'af': 'ja' if jg <= 2025 else 'nee'})
    rows = group_rows(groups, mk, None, 'Totaal lopende kapitaalkredieten')
    b = Block(cols, rows, 'Omschrijving krediet', code_hdr='Raadsbesluit',
              rowrels=[('ut', [('u0', 1), ('u1', 1)]), ('rs', [('kr', 1), ('ut', -1)])], labelw=34, codew=11)
    return dict(name='t10_kapitaalkredieten', kind='Gemeente jaarrekening bijlage: staat van lopende kapitaalkredieten '
                'per programma, met jaar gereed, afschrijvingstermijn en restant', title='Staat van lopende kapitaalkredieten per 31-12-2025',
                subtitle='Bedragen in euro\'s; een negatief restant is een overschrijding', font=('Cambria', 9),
                blocks=[b], wrap=True, orient='landscape', text_halign='center', hdr_h=30,
                alter=dict(p1=('l4', 'u1'), tot=('T', 'kr', 1000000), dele='l8', sub=('s1', 'u1', 25000)))


TABLES = [t01, t02, t03, t04, t05, t06, t07, t08, t09, t10]


def main():
    truth = {}
    for fn in TABLES:
        t = fn()
        if t['name'] != 't03_stikstof_gebiedsprogramma':
            fill(t)
        else:
            fill(t)
        clean_fail = evaluate(t)
        assert not clean_fail, (t['name'], clean_fail[:3])
        kind = t['kind']
        path = os.path.join(HERE, 'xlsx', t['name'] + '.xlsx')
        cm_clean = write_xlsx(t, path)
        truth[t['name'] + '.xlsx'] = dict(kind=kind, variant='clean', failing=[], tolerated=[])
        A = t['alter']
        for var in ('p1', 'tot', 'del', 'sub'):
            tv = copy.deepcopy(t)
            rd = rowdict(tv)
            if var == 'del':
                rid = A['dele']
                lab = rd[rid].label
                for b in tv['blocks']:
                    b.rows = [r for r in b.rows if r.id != rid]
                alt = dict(label=lab, column=None, action='row deleted', cell="row of '%s' in the clean file" % lab)
                if rd[rid].code:
                    alt['code'] = rd[rid].code
            else:
                spec = A[var]
                rid, key = spec[0], spec[1]
                delta = 1 if var == 'p1' else spec[2]
                r = rd[rid]
                col = {c.key: c for b in tv['blocks'] for c in b.cols if any(x.id == rid for x in b.rows)}[key]
                old = r.vals[key]
                r.vals[key] = old + delta
                alt = dict(label=r.label, column=col.title,
                           action='%s -> %s' % (old / col.scale if col.scale != 1 else old,
                                                r.vals[key] / col.scale if col.scale != 1 else r.vals[key]))
                if r.code:
                    alt['code'] = r.code
            fails = evaluate(tv)
            assert fails, (t['name'], var)
            name = '%s_%s.xlsx' % (t['name'], var)
            cm = write_xlsx(tv, os.path.join(HERE, 'xlsx', name))
            if var != 'del':
                alt['cell'] = cm[(rid, key)]
            truth[name] = dict(kind=kind, variant=var, failing=fails, tolerated=[], altered=alt)
    json.dump({'files': truth}, open(os.path.join(HERE, 'truth.json'), 'w'), indent=1, ensure_ascii=False)
    print('tables', len(TABLES), 'files', len(truth), 'failing', sum(len(v['failing']) for v in truth.values()))


if __name__ == '__main__':
    main()
