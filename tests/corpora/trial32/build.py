"""Build the sealed-trial32 corpus: 10 tables x (clean, _p1, _tot, _del, _sub) as xlsx + truth.json.

Same format as trial28 (truth fields, variants). Every table is a list of blocks (each with its own columns,
header and position on the sheet) holding rows; the relations (vertical sums, row relations of derived
columns, transport rows) are generated from the rows that are present. Clean values are filled from the
relations; the truth of an altered copy is every relation that does not hold on the printed values.
Run with /work/main/.venv/bin/python.
"""
import copy
import json
import os
import random

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.pagebreak import Break

HERE = os.path.dirname(os.path.abspath(__file__))

F_MIN = '[$-413]#,##0;-#,##0;"-"'
F_MIN0 = '[$-413]#,##0;-#,##0;0'
F_D1 = '[$-413]#,##0.0;-#,##0.0;"-"'
F_N = '[$-413]#,##0;#,##0" N";"-"'
F_PCT0 = '[$-413]0%'
F_PCT1 = '[$-413]0.0%'
F_PCT1S = '[$-413]+0.0%;-0.0%;0.0%'
F_PCT2 = '[$-413]0.00%'
F_INT = '0'


class Col:
    def __init__(self, key, hdr, fmt=F_MIN, scale=1, summed=True, width=12):
        self.key, self.hdr, self.fmt, self.scale, self.summed, self.width = key, tuple(hdr), fmt, scale, summed, width

    @property
    def title(self):
        return ' '.join(h for h in self.hdr if h)


class Row:
    def __init__(self, rid, label, kind='line', code=None, vals=None, x=None):
        self.id, self.label, self.kind, self.code = rid, label, kind, code
        self.vals = dict(vals or {})
        self.x = dict(x or {})   # text/number cells of the extra columns (Noot, Toelichting)

    @property
    def bold(self):
        return self.kind in ('sub', 'total', 'head', 'gtop', 'transport')


class Block:
    def __init__(self, cols, rows, label_hdr, code_hdr=None, caption=None, pre=(), post=(), side=False):
        self.cols, self.rows, self.label_hdr, self.code_hdr, self.caption = cols, rows, label_hdr, code_hdr, caption
        self.pre, self.post, self.side = list(pre), list(post), side   # pre/post: (key, hdr, width, wrap)


def vsum(tgt, parts, keys, signs=None):
    return [((tgt, k), [(p, k, (signs or {}).get(p, 1)) for p in parts]) for k in keys]


def rowrel(rids, tgt, terms):
    return [((r, tgt), [(r, k, c) for k, c in terms]) for r in rids]


def fill(table, rels):
    cells = {r.id: r for b in table['blocks'] for r in b.rows}
    for _ in range(12):
        for (tr, tk), terms in rels:
            cells[tr].vals[tk] = sum(c * cells[r].vals.get(k, 0) for r, k, c in terms)


def disp(table, col, v):
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
DOUBLE = Side(style='double', color='000000')


def write_block(ws, b, top, left, table, font):
    """write block b with its first sheet column at `left`; returns (next row, cellmap, sheet columns used)."""
    ncode = 1 if b.code_hdr else 0
    nlev = max(len(c.hdr) for c in b.cols)
    colsh = []   # (kind, levels, width, wrap, key)
    if ncode:
        colsh.append(('code', tuple(b.code_hdr), table.get('codew', 7), False, None))
    colsh.append(('label', tuple(b.label_hdr), table.get('labelw', 40), False, None))
    for key, hdr, w, wrap in b.pre:
        colsh.append(('pre', (hdr,), w, wrap, key))
    first_fig = len(colsh)
    for c in b.cols:
        colsh.append(('fig', c.hdr, c.width, False, c.key))
    for key, hdr, w, wrap in b.post:
        colsh.append(('post', (hdr,), w, wrap, key))
    pad = lambda lv: tuple(lv) + (None,) * (nlev - len(lv))
    levs = [pad(c[1]) for c in colsh]
    hfont = Font(name=font[0], size=font[1], bold=True)
    halign = table.get('hdr_align', 'center')
    for ci, levels in enumerate(levs):
        col = left + ci
        lev = 0
        while lev < nlev:
            txt = levels[lev]
            if txt is None:
                lev += 1
                continue
            span_v = 1
            while lev + span_v < nlev and levels[lev + span_v] is None:
                span_v += 1
            isfig = colsh[ci][0] == 'fig'
            span_h = 1
            if isfig:
                while ci + span_h < len(levs) and colsh[ci + span_h][0] == 'fig' and \
                        levs[ci + span_h][:lev + 1] == levels[:lev + 1] and lev < nlev - 1 and span_v == 1:
                    span_h += 1
            left_same = isfig and ci > 0 and colsh[ci - 1][0] == 'fig' and levs[ci - 1][:lev + 1] == levels[:lev + 1] \
                and lev < nlev - 1 and span_v == 1
            if not left_same:
                cell = ws.cell(row=top + lev, column=col, value=txt)
                cell.font = hfont
                cell.alignment = Alignment(horizontal=halign if isfig else 'left', vertical='bottom', wrap_text=True)
                if span_h > 1 or span_v > 1:
                    ws.merge_cells(start_row=top + lev, start_column=col, end_row=top + lev + span_v - 1,
                                   end_column=col + span_h - 1)
                if span_h > 1:
                    for k in range(span_h):
                        ws.cell(row=top + lev, column=col + k).border = Border(bottom=HAIR)
            lev += span_v
    for ci in range(len(colsh)):
        ws.cell(row=top + nlev - 1, column=left + ci).border = Border(bottom=THIN)
    r = top + nlev
    cellmap = {}
    tot_italic = table.get('tot_italic')
    falign = table.get('fig_align', 'right')
    for row in b.rows:
        if row.kind == 'blank':
            r += 1
            continue
        it = row.kind in ('note', 'waarvan') or (tot_italic and row.kind in ('sub', 'total'))
        bold = row.bold and not (tot_italic and row.kind in ('sub', 'total'))
        f = Font(name=font[0], size=font[1], bold=bold, italic=it)
        if ncode and row.code:
            c = ws.cell(row=r, column=left, value=row.code)
            c.font = f
            c.alignment = Alignment(horizontal='left', vertical='top')
        c = ws.cell(row=r, column=left + ncode, value=row.label)
        c.font = f
        ind = 2 if row.kind == 'waarvan' else (1 if row.kind == 'line' and table.get('indent') else 0)
        c.alignment = Alignment(indent=ind, vertical='top' if table.get('label_top') else 'bottom',
                                wrap_text=bool(table.get('label_wrap')))
        for ci, (kind, _, w, wrap, key) in enumerate(colsh):
            if kind in ('pre', 'post') and row.x.get(key) is not None:
                cc = ws.cell(row=r, column=left + ci, value=row.x[key])
                cc.font = Font(name=font[0], size=font[1] - (1 if wrap else 0), italic=False)
                cc.alignment = Alignment(wrap_text=wrap, vertical='top' if wrap else 'bottom',
                                         horizontal='left' if wrap else 'center')
        for j, col in enumerate(b.cols):
            v = row.vals.get(col.key)
            if v is None:
                continue
            cc = ws.cell(row=r, column=left + first_fig + j)
            cc.value = v / col.scale if col.scale != 1 else v
            cc.number_format = col.fmt
            cc.font = f
            cc.alignment = Alignment(horizontal=falign, vertical='top' if table.get('fig_top') else 'bottom')
            if row.kind in ('sub', 'gtop', 'transport'):
                cc.border = Border(top=HAIR)
            elif row.kind == 'total':
                cc.border = Border(top=THIN, bottom=DOUBLE if table.get('double') else None)
            cellmap[(row.id, col.key)] = '%s%d' % (get_column_letter(left + first_fig + j), r)
        if row.id in table.get('break_after', ()):
            ws.row_breaks.append(Break(id=r))
        r += 1
    for ci, c in enumerate(colsh):
        letter = get_column_letter(left + ci)
        wd = ws._t32_widths if hasattr(ws, '_t32_widths') else {}
        ws._t32_widths = wd
        wd[letter] = max(wd.get(letter, 0), c[2])
        ws.column_dimensions[letter].width = wd[letter]
    return r, cellmap, len(colsh), (top, top + nlev - 1)


def write_xlsx(table, path):
    wb = Workbook()
    ws = wb.active
    ws.title = table.get('sheet', 'Tabel')
    ws.sheet_view.showGridLines = False
    font = table.get('font', ('Calibri', 10))
    ws.cell(row=1, column=1, value=table['title']).font = Font(name=font[0], size=font[1] + 2, bold=True)
    r = 2
    if table.get('subtitle'):
        ws.cell(row=2, column=1, value=table['subtitle']).font = Font(name=font[0], size=font[1], italic=True)
        r = 3
    if table.get('unitline'):
        ws.cell(row=r, column=1, value=table['unitline']).font = Font(name=font[0], size=font[1])
        r += 1
    r += 1
    cellmap = {}
    hdr_rows = None
    left, btop, prev_end = 1, r, r
    for bi, b in enumerate(table['blocks']):
        if b.side:
            top = btop
            left = left + used + 1
        else:
            top = prev_end
            left = 1
        btop = top
        if b.caption:
            ws.cell(row=top, column=left, value=b.caption).font = Font(name=font[0], size=font[1] + 1, bold=True)
            top += 1
        end, cm, used, hr = write_block(ws, b, top, left, table, font)
        if hdr_rows is None:
            hdr_rows = hr
        cellmap.update(cm)
        prev_end = max(prev_end, end + 1)
    r = prev_end
    for note in table.get('notes', []):
        ws.cell(row=r, column=1, value=note).font = Font(name=font[0], size=font[1] - 1, italic=True)
        r += 1
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
    if table.get('margins'):
        m = table['margins']
        ws.page_margins.left = ws.page_margins.right = m
    if table.get('repeat'):
        ws.print_title_rows = '%d:%d' % hdr_rows
    if table.get('footer'):
        ws.oddFooter.center.text = table['footer']
    wb.save(path)
    return cellmap


# ---------------------------------------------------------------- helpers for data
def R(rng, lo, hi, step=1):
    return rng.randrange(lo // step, hi // step + 1) * step


def present(table):
    return {r.id for b in table['blocks'] for r in b.rows}


def groups_rels(t, struct, keys, total=None, totparts=None):
    """struct: [(subtotal id, [line ids])]; total = sum of the subtotals present."""
    P = present(t)
    out = []
    for s, lids in struct:
        out += vsum(s, [l for l in lids if l in P], keys)
    if total:
        out += vsum(total, totparts or [s for s, _ in struct], keys)
    return out


# ================================================================= t01 afvalstoffenheffing (gemeente)
def t01():
    rng = random.Random(3201)
    cols = [Col('r24', ['Rekening 2024']), Col('b25', ['Begroting 2025']), Col('b26', ['Begroting 2026']),
            Col('pct', ['% mutatie 2025-2026'], fmt=F_PCT1S, scale=1000, summed=False, width=11)]
    rows = [Row('h1', 'Kosten taakveld 7.3 Afval', 'head')]
    kost = [('A', 'Inzameling huishoudelijk restafval', 700000, 1400000),
            ('B', 'Inzameling GFT en etensresten', 500000, 900000),
            ('C', 'Inzameling oud papier en karton', 180000, 320000),
            ('D', 'Inzameling PMD (plastic, metalen en drankenkartons)', 300000, 600000),
            ('E', 'Milieustraat en grof huishoudelijk afval', 400000, 750000),
            ('F', 'Afvalbakken en zwerfafval (aandeel 50%)', 90000, 210000),
            ('G', 'Afvalbeleid, handhaving en communicatie', 60000, 150000)]
    lk = []
    for code, lab, lo, hi in kost:
        v24 = R(rng, lo, hi)
        v25 = int(v24 * rng.uniform(1.0, 1.09))
        v26 = int(v25 * rng.uniform(0.97, 1.12))
        rows.append(Row(code, lab, code=code, vals={'r24': v24, 'b25': v25, 'b26': v26}))
        lk.append(code)
        if code == 'A':
            rows.append(Row('wA', 'waarvan verwerkingskosten en afvalstoffenbelasting', 'waarvan',
                            vals={k: int(rows[-1].vals[k] * rng.uniform(0.52, 0.61)) for k in ('r24', 'b25', 'b26')}))
    rows.append(Row('H', 'Totaal kosten taakveld (A t/m G)', 'sub', code='H'))
    rows.append(Row('h2', 'Opbrengsten taakveld', 'head'))
    lo_ = []
    for code, lab, lo, hi in [('I', 'Vergoeding Verpact voor ingezameld PMD', 150000, 320000),
                              ('J', 'Opbrengst oud papier en karton', 60000, 140000),
                              ('K', 'Opbrengst textiel, metalen en elektrische apparaten', 15000, 45000)]:
        v24 = R(rng, lo, hi)
        rows.append(Row(code, lab, code=code, vals={'r24': v24, 'b25': int(v24 * rng.uniform(0.9, 1.1)),
                                                     'b26': int(v24 * rng.uniform(0.85, 1.15))}))
        lo_.append(code)
    rows.append(Row('L', 'Totaal opbrengsten taakveld (I t/m K)', 'sub', code='L'))
    rows.append(Row('M', 'Netto kosten taakveld (H - L)', 'sub', code='M'))
    for code, lab, lo, hi in [('N', 'Overhead (toegerekend via opslag)', 250000, 420000),
                              ('O', 'Kwijtschelding afvalstoffenheffing', 90000, 160000),
                              ('P', 'Compensabele btw', 380000, 600000)]:
        v24 = R(rng, lo, hi)
        rows.append(Row(code, lab, code=code, vals={'r24': v24, 'b25': int(v24 * rng.uniform(1.0, 1.06)),
                                                     'b26': int(v24 * rng.uniform(1.02, 1.12))}))
    rows.append(Row('Q', 'Totaal toe te rekenen kosten (M t/m P)', 'total', code='Q'))
    keys = ['r24', 'b25', 'b26']

    def rels(t):
        P = present(t)
        out = vsum('H', [x for x in lk if x in P], keys)
        out += vsum('L', [x for x in lo_ if x in P], keys)
        out += vsum('M', ['H', 'L'], keys, {'L': -1})
        out += vsum('Q', [x for x in 'MNOP' if x in P], keys)
        return out

    def post(t):
        for b in t['blocks']:
            for r in b.rows:
                if r.vals.get('b25'):
                    r.vals['pct'] = round(1000 * (r.vals['b26'] - r.vals['b25']) / r.vals['b25'])

    return dict(name='t01_afvalstoffenheffing_kostendekking', rels=rels, post=post,
                kind='gemeente begroting, paragraaf lokale heffingen: kostendekkendheid afvalstoffenheffing',
                title='Kostendekkendheid afvalstoffenheffing', subtitle='Paragraaf lokale heffingen, programmabegroting 2026',
                blocks=[Block(cols, rows, ['Omschrijving'], code_hdr=['Ref.'])], font=('Arial', 9), labelw=50, codew=5,
                notes=['Kostendekkendheid begroting 2026: 100% (opbrengst heffing gelijk aan Q, na onttrekking egalisatievoorziening).',
                       'Bedragen in euro\'s.'],
                alt={'p1': ('Inzameling GFT en etensresten', 'b26', 1), 'tot': ('Totaal toe te rekenen kosten (M t/m P)', 'b26', 100000),
                     'dele': 'Milieustraat en grof huishoudelijk afval', 'sub': ('Totaal kosten taakveld (A t/m G)', 'b25', 10000)})


# ================================================================= t02 cultuursubsidies, over two pages with transport
def t02():
    rng = random.Random(3202)
    names = ['Stichting Stadsschouwburg', 'Stichting Filmhuis De Lantaarn', 'Poppodium Het Paard van Troje',
             'Muziekschool Amadeus (cultuuronderwijs)', 'Stichting Zomerfestival aan de Kade', 'Harmonie St. Caecilia',
             'Koninklijke Zangvereniging Excelsior', 'Stichting Cultuurhuis Oost', 'Historische Vereniging Oud-Stad',
             'Stichting Stadsmuseum', 'Stichting Kunstuitleen De Ateliers', 'Jeugdtheaterschool De Spiegel',
             'Stichting Open Monumentendag', 'Stichting Bevrijdingsfestival', 'Popkoor Vocal Fusion',
             'Stichting Literaire Avonden', 'Amateurtoneelvereniging Thalia', 'Stichting Kunst in de Wijk',
             'Stichting Orgelconcerten Grote Kerk', 'Stichting Dansateliers', 'Fanfare Juliana',
             'Stichting Erfgoedcentrum', 'Stichting Straattheaterfestival', 'Stichting Cultuurcoach Primair Onderwijs',
             'Stichting Kamermuziek Plus', 'Stichting Beeldende Kunst Noord', 'Vereniging Vrienden van de Molen',
             'Stichting Jazz in het Park', 'Stichting Lokale Omroep (cultuurprogrammering)', 'Stichting Kunstroute',
             'Showband Oranje', 'Stichting Museum De Waag', 'Stichting Jongerencultuurfonds',
             'Stichting Boekenfestijn', 'Stichting Klassiek op Zondag', 'Stichting Stripdagen',
             'Mannenkoor Door Eendracht Sterk', 'Stichting Carnaval (optocht en programma)', 'Stichting Kinderkunstweek',
             'Stichting Oude Ambachten', 'Stichting Stadsdichter', 'Stichting Wijkpodium Zuid', 'Toneelgroep Maskerade',
             'Stichting Cultuurnacht']
    toel = {2: 'Vaststelling lager: twee programma\'s in het najaar geannuleerd wegens verbouwing van de zaal; het niet '
               'bestede deel is teruggevorderd.',
            4: 'Eenmalige verhoging verleend voor extra veiligheidsmaatregelen (raadsbesluit 14 maart 2025).',
            9: 'Inclusief bijdrage voor de digitalisering van de collectie (tweede tranche van drie).',
            13: 'Lager vastgesteld: festival ingekort van drie naar twee dagen door weersomstandigheden.',
            20: 'Aanvraag later ontvangen; verleend onder voorwaarde van cofinanciering door het provinciaal fonds.',
            24: 'Vaststelling conform verlening.',
            28: 'Het onderdeel jongerenprogrammering is niet uitgevoerd; dit wordt verrekend met het voorschot 2026.',
            31: 'Subsidie loopt via meerjarige beschikking 2025-2028; bedrag per jaar geïndexeerd met 3,2%.',
            35: 'Vastgesteld op basis van de ingediende jaarrekening; lager door minder voorstellingen.',
            38: 'Eenmalig: jubileumprogramma 50 jaar.',
            42: 'Nog niet vastgesteld; bedrag is voorlopig gelijk aan de verlening.'}
    rows = []
    p1ids, p2ids = [], []
    NP1 = 24
    for i, n in enumerate(names):
        vl = R(rng, 2500, 420000, 50) if i % 5 else R(rng, 150000, 1900000, 100)
        vs = vl if rng.random() < 0.45 or i == 24 or i == 42 else vl - R(rng, 100, max(200, vl // 8), 5)
        if i in (4, 20):
            vs = vl + R(rng, 1000, 15000, 50)
        rows.append(Row('c%d' % i, n, vals={'vl': vl, 'vs': vs}, x={'toel': toel.get(i)}))
        (p1ids if i < NP1 else p2ids).append('c%d' % i)
        if i == NP1 - 1:
            rows.append(Row('TR', 'Transport', 'transport'))
            rows.append(Row('VT', 'Van transport', 'transport'))
    rows.append(Row('T', 'Totaal cultuursubsidies 2025', 'total'))
    cols = [Col('vl', ['Verleend 2025']), Col('vs', ['Vastgesteld 2025']), Col('vv', ['Verschil'])]

    def rels(t):
        P = present(t)
        out = vsum('TR', [x for x in p1ids if x in P], ['vl', 'vs', 'vv'])
        out += vsum('VT', ['TR'], ['vl', 'vs', 'vv'])
        out += vsum('T', ['VT'] + [x for x in p2ids if x in P], ['vl', 'vs', 'vv'])
        out += rowrel([x for x in p1ids + ['TR', 'VT'] + p2ids + ['T'] if x in P], 'vv', [('vs', 1), ('vl', -1)])
        return out

    return dict(name='t02_cultuursubsidies_instellingen', rels=rels,
                kind='gemeente jaarverslag: cultuursubsidies per instelling, verleend en vastgesteld (over twee pagina\'s)',
                title='Subsidies kunst en cultuur 2025 per instelling', subtitle='Bijlage bij de jaarstukken 2025, programma 5 Cultuur',
                blocks=[Block(cols, rows, ['Instelling'], post=[('toel', 'Toelichting', 46, True)])],
                font=('Calibri', 10), labelw=44, break_after=['TR'], repeat=True, unitline='Bedragen in euro\'s',
                alt={'p1': ('Stichting Jazz in het Park', 'vs', 1), 'tot': ('Totaal cultuursubsidies 2025', 'vs', 50000),
                     'dele': 'Stichting Cultuurhuis Oost', 'sub': ('Transport', 'vl', 10000)})


# ================================================================= t03 fractievergoedingen, two tables side by side
def t03():
    rng = random.Random(3203)
    fr = [('VVD', 7, None), ('GroenLinks-PvdA', 6, 1), ('CDA', 4, None), ('D66', 3, None), ('Lokaal Belang', 5, None),
          ('SP', 2, None), ('ChristenUnie', 2, 2), ('BBB', 2, None), ('Partij voor de Dieren', 1, None),
          ('Fractie Jansen', 1, 3)]
    VAST, PZ = 4850, 1375
    left, right = [], []
    for i, (n, z, noot) in enumerate(fr):
        left.append(Row('L%d' % i, n, vals={'z': z, 'vv': VAST, 'pz': z * PZ}, x={'noot': noot}))
    left.append(Row('LT', 'Totaal', 'total'))
    rfr = [('VVD', 7), ('GroenLinks', 3), ('PvdA', 3), ('CDA', 4), ('D66', 3), ('Lokaal Belang', 5), ('SP', 2),
           ('ChristenUnie', 2), ('BBB', 2), ('Partij voor de Dieren', 1)]
    for i, (n, z) in enumerate(rfr):
        ont = VAST + z * 1340
        bes = ont - R(rng, 0, ont // 3, 5) if i != 5 else ont
        right.append(Row('R%d' % i, n, vals={'ont': ont, 'bes': bes}))
    right.append(Row('RT', 'Totaal', 'total'))
    lcols = [Col('z', ['Zetels'], fmt=F_INT, width=7), Col('vv', ['Vaste voet'], width=10),
             Col('pz', ['Bedrag per zetel'], width=10), Col('tt', ['Totaal 2026'], width=11)]
    rcols = [Col('ont', ['Ontvangen 2025'], width=11), Col('bes', ['Besteed 2025'], width=11),
             Col('ter', ['Terug te betalen'], width=11)]
    lids = ['L%d' % i for i in range(len(fr))]
    rids = ['R%d' % i for i in range(len(rfr))]

    def rels(t):
        P = present(t)
        out = vsum('LT', [x for x in lids if x in P], ['z', 'vv', 'pz', 'tt'])
        out += rowrel([x for x in lids + ['LT'] if x in P], 'tt', [('vv', 1), ('pz', 1)])
        out += vsum('RT', [x for x in rids if x in P], ['ont', 'bes', 'ter'])
        out += rowrel([x for x in rids + ['RT'] if x in P], 'ter', [('ont', 1), ('bes', -1)])
        return out

    return dict(name='t03_fractievergoedingen', rels=rels, tot_italic=True,
                kind='gemeenteraad: fractieondersteuning per fractie, toekenning 2026 naast verantwoording 2025',
                title='Fractieondersteuning gemeenteraad', subtitle='Verordening fractieondersteuning; bedragen in euro\'s',
                blocks=[Block(lcols, left, ['Fractie'], caption='Toekenning 2026', pre=[('noot', 'Noot', 5, False)]),
                        Block(rcols, right, ['Fractie'], caption='Verantwoording 2025', side=True)],
                font=('Calibri', 10), labelw=22, orient='landscape',
                notes=['1) GroenLinks en PvdA vormen sinds 1 januari 2026 één fractie; de vergoeding 2025 is per fractie verantwoord.',
                       '2) Inclusief vergoeding voor een fractieassistent (artikel 4, lid 2).',
                       '3) Afsplitsing per 12 november 2025; vaste voet naar rato vanaf 2026.',
                       'Vaste voet € 4.850 per fractie; bedrag per zetel € 1.375 (2025: € 1.340).'],
                alt={'p1': ('Lokaal Belang', 'bes', 1, 'R5'), 'tot': ('Totaal', 'tt', 10000, 'LT'),
                     'dele': ('CDA', 'L2'), 'sub': ('SP', 'pz', 1375, 'L5')})


# ================================================================= t04 KRW-maatregelen (waterschap), x 1.000 one decimal
def t04():
    rng = random.Random(3204)
    groups = [('Deelstroomgebied Vecht', 'Totaal Vecht',
               [('NL59_10', 'Overijsselse Vecht, herinrichting Junne-Ommen'), ('NL59_14', 'Regge, hermeandering benedenloop'),
                ('NL59_16', 'Dinkel, vispassages en natuurvriendelijke oevers'), ('NL59_22', 'Mosbeek, beekherstel bovenloop'),
                ('NL59_31', 'Drostendiep, verondieping en stuwvervanging')]),
              ('Deelstroomgebied Zwarte Water', 'Totaal Zwarte Water',
               [('NL59_03', 'Sallandse Weteringen, natuurvriendelijke oevers'), ('NL59_05', 'Soestwetering, vispassage gemaal'),
                ('NL59_07', 'Zwarte Water, uiterwaard Genne')]),
              ('Deelstroomgebied IJssel-Noord', 'Totaal IJssel-Noord',
               [('NL07_0021', 'Schipbeek, beekherstel en retentie'), ('NL07_0025', 'Dortherbeek, herinrichting'),
                ('NL07_0031', 'Twentekanaal, zijtakken en oevers'), ('NL07_0040', 'Bolksbeek, vismigratie stuwen'),
                ('NL07_0044', 'Berkel, hermeandering Rekken')])]
    cols = [Col('u24', ['Uitgaven', '2024'], fmt=F_D1, scale=10, width=10), Col('u25', ['Uitgaven', '2025'], fmt=F_D1, scale=10, width=10),
            Col('s24', ['Subsidies', '2024'], fmt=F_D1, scale=10, width=10), Col('s25', ['Subsidies', '2025'], fmt=F_D1, scale=10, width=10),
            Col('n24', ['Netto lasten', '2024'], fmt=F_D1, scale=10, width=10), Col('n25', ['Netto lasten', '2025'], fmt=F_D1, scale=10, width=10)]
    rows, struct = [], []
    for gi, (head, sub, lines) in enumerate(groups):
        rows.append(Row('h%d' % gi, head, 'head'))
        lids = []
        for li, (code, lab) in enumerate(lines):
            rid = 'g%dl%d' % (gi, li)
            u24, u25 = R(rng, 40, 3800), R(rng, 30, 5200)
            s24 = int(u24 * rng.choice([0, 0.3, 0.5, 0.5, 0.4])) if u24 > 0 else 0
            s25 = int(u25 * rng.choice([0, 0.3, 0.5, 0.5, 0.4]))
            rows.append(Row(rid, lab, code=code, vals={'u24': u24, 'u25': u25, 's24': s24, 's25': s25}))
            lids.append(rid)
        rows.append(Row('s%d' % gi, sub, 'sub'))
        struct.append(('s%d' % gi, lids))
    rows.append(Row('T', 'Totaal KRW-maatregelen', 'total'))
    keys = ['u24', 'u25', 's24', 's25', 'n24', 'n25']
    allr = [r.id for r in rows if r.kind in ('line', 'sub', 'total')]

    def rels(t):
        P = present(t)
        out = groups_rels(t, struct, keys, 'T')
        for y in ('24', '25'):
            out += rowrel([x for x in allr if x in P], 'n' + y, [('u' + y, 1), ('s' + y, -1)])
        return out

    return dict(name='t04_ws_krw_maatregelen', rels=rels,
                kind='waterschap jaarverslag: uitvoering KRW-maatregelen per waterlichaam, x € 1.000 met één decimaal',
                title='Kaderrichtlijn Water: maatregelen per waterlichaam', subtitle='Jaarverslag 2025, programma Watersysteem',
                unitline='(bedragen x € 1.000)',
                blocks=[Block(cols, rows, ['Waterlichaam / maatregel'], code_hdr=['KRW-code'])],
                font=('Cambria', 9), labelw=46, codew=10,
                notes=['Subsidies: POP3/GLB-NSP, Rijksbijdrage KRW-impuls en provinciale cofinanciering.'],
                alt={'p1': ('Dinkel, vispassages en natuurvriendelijke oevers', 'u25', 1),
                     'tot': ('Totaal KRW-maatregelen', 'u25', 1000), 'dele': 'Soestwetering, vispassage gemaal',
                     'sub': ('Totaal IJssel-Noord', 's24', 250)})


# ================================================================= t05 EU-cofinanciering (provincie), total rows above lines
def t05():
    rng = random.Random(3205)
    progs = [('EFRO 2021-2027 (Kansen voor West III)', ['Innovatiecentrum waterstof Delta', 'MKB-innovatievouchers circulaire economie',
                                                        'Campus Energietransitie', 'Fieldlab slimme maakindustrie']),
             ('Just Transition Fund (JTF)', ['Omscholing procesindustrie', 'Verduurzaming glastuinbouwcluster',
                                             'Regionaal warmtenet havengebied']),
             ('Interreg Vlaanderen-Nederland', ['Grensoverschrijdende fietsverbinding Schelde', 'Kustbescherming en natuur Zwin',
                                                'Zorgnetwerk grensregio', 'Biobased Delta']),
             ('GLB-NSP, LEADER', ['LAG Oost: leefbaarheid kleine kernen', 'LAG West: streekproducten en korte ketens']),
             ('ESF+ (regionaal arbeidsmarktbeleid)', ['Leerwerkloket', 'Digitale vaardigheden 45+', 'Jongeren aan de slag'])]
    cols = [Col('eu', ['Bijdrage EU']), Col('pct', ['% EU'], fmt=F_PCT0, scale=100, summed=False, width=7),
            Col('pr', ['Cofinanciering provincie']), Col('ov', ['Overige publieke middelen']),
            Col('tk', ['Totale project-kosten']), Col('bes', ['Besteed t/m 2025'])]
    rows, struct = [], []
    for gi, (p, projs) in enumerate(progs):
        rows.append(Row('G%d' % gi, p, 'gtop'))
        lids = []
        for li, n in enumerate(projs):
            rid = 'p%d_%d' % (gi, li)
            eu = R(rng, 300000, 6500000, 1000)
            pr = int(eu * rng.uniform(0.25, 0.7) / 1000) * 1000
            ov = R(rng, 0, 2000000, 1000) if rng.random() < 0.7 else 0
            rows.append(Row(rid, n, vals={'eu': eu, 'pr': pr, 'ov': ov}))
            lids.append(rid)
        struct.append(('G%d' % gi, lids))
        rows.append(Row('b%d' % gi, '', 'blank'))
    rows.append(Row('T', 'Totaal EU-programma\'s', 'total'))
    for r in rows:
        if r.kind == 'line':
            tk = r.vals['eu'] + r.vals['pr'] + r.vals['ov']
            r.vals['bes'] = int(tk * rng.uniform(0.05, 0.9))
    keys = ['eu', 'pr', 'ov', 'tk', 'bes']
    allr = [r.id for r in rows if r.kind in ('line', 'gtop', 'total')]

    def rels(t):
        P = present(t)
        out = groups_rels(t, struct, keys, 'T')
        out += rowrel([x for x in allr if x in P], 'tk', [('eu', 1), ('pr', 1), ('ov', 1)])
        return out

    def post(t):
        for b in t['blocks']:
            for r in b.rows:
                if r.vals.get('tk'):
                    r.vals['pct'] = round(100 * r.vals['eu'] / r.vals['tk'])

    return dict(name='t05_prov_eu_cofinanciering', rels=rels, post=post,
                kind='provincie jaarstukken: EU-programma\'s en provinciale cofinanciering per project (programmatotaal boven de projecten)',
                title='Europese programma\'s: bijdragen en provinciale cofinanciering', subtitle='Jaarstukken 2025, bijlage 7',
                blocks=[Block(cols, rows, ['Programma / project'])], font=('Arial', 9), labelw=46, orient='landscape',
                hdr_h=36, indent=True, unitline='Bedragen in euro\'s',
                alt={'p1': ('Campus Energietransitie', 'pr', 1), 'tot': ('Totaal EU-programma\'s', 'eu', 100000),
                     'dele': 'Zorgnetwerk grensregio', 'sub': ('Just Transition Fund (JTF)', 'bes', 10000)})


# ================================================================= t06 GRP investeringen riolering, landscape narrow
def t06():
    rng = random.Random(3206)
    yrs = list(range(2026, 2036))
    groups = [('Vervanging vrijvervalriolering', 'Subtotaal vervanging',
               ['Centrum fase 3 (Kerkstraat e.o.)', 'Centrum fase 4 (Havenkwartier)', None, 'Noord, Bloemenbuurt',
                'Noord, Componistenwijk', 'Oost, Vogelwijk', None, 'Buitengebied, drukriolering Achterweg']),
              ('Verbetering en klimaatadaptatie', 'Subtotaal verbetering',
               ['Afkoppelen verhard oppervlak scholen', 'Waterberging Stadspark', 'Wadi\'s Julianalaan',
                'Hemelwaterriool Industrieweg', 'Stimuleringsregeling groene daken']),
              ('Rioolgemalen en persleidingen', 'Subtotaal gemalen en persleidingen',
               ['Renovatie hoofdgemaal De Dijk', 'Elektrotechniek kleine gemalen', 'Persleiding Noord-Oost']),
              ('Overig', 'Subtotaal overig',
               ['Vervanging IBA\'s buitengebied', 'Kolken en aansluitleidingen', 'Rioolinspecties en meetnet'])]
    cols = [Col('y%d' % y, [str(y)], width=6.3) for y in yrs] + [Col('tot', ['Totaal 2026-2035'], width=8.5)]
    rows, struct = [], []
    for gi, (head, sub, lines) in enumerate(groups):
        rows.append(Row('h%d' % gi, head, 'head'))
        lids = []
        for li, n in enumerate(lines):
            if n is None:
                rows.append(Row('bk%d_%d' % (gi, li), '', 'blank'))
                continue
            rid = 'g%dl%d' % (gi, li)
            v = {}
            start = rng.randrange(0, 8)
            dur = rng.randrange(1, 4) if gi != 3 else 10
            for k, y in enumerate(yrs):
                v['y%d' % y] = R(rng, 40, 900, 5) if start <= k < start + dur else 0
            rows.append(Row(rid, n, vals=v))
            lids.append(rid)
        rows.append(Row('s%d' % gi, sub, 'sub'))
        struct.append(('s%d' % gi, lids))
    rows.append(Row('T', 'Totaal investeringen riolering', 'total'))
    keys = ['y%d' % y for y in yrs] + ['tot']
    allr = [r.id for r in rows if r.kind in ('line', 'sub', 'total')]

    def rels(t):
        P = present(t)
        out = groups_rels(t, struct, keys, 'T')
        out += rowrel([x for x in allr if x in P], 'tot', [('y%d' % y, 1) for y in yrs])
        return out

    return dict(name='t06_grp_investeringen_riolering', rels=rels,
                kind='gemeente GRP 2026-2035: investeringsprogramma riolering per project en jaar, x € 1.000',
                title='Investeringsprogramma GRP 2026-2035', subtitle='Gemeentelijk rioleringsprogramma, bijlage 3',
                unitline='x € 1.000', blocks=[Block(cols, rows, ['Project'])], font=('Arial Narrow', 8), labelw=34,
                orient='landscape', break_after=['s1'], repeat=True, margins=0.4,
                footer='GRP 2026-2035 - pagina &P van &N',
                alt={'p1': ('Waterberging Stadspark', 'y2034', 1, None), 'tot': ('Totaal investeringen riolering', 'tot', 500),
                     'dele': 'Noord, Componistenwijk', 'sub': ('Subtotaal verbetering', 'y2030', 100)})


# ================================================================= t07 wijkbudgetten, negatives as 'N'
def t07():
    rng = random.Random(3207)
    groups = [('Stadsdeel Noord', 'Totaal Noord', ['Wijkraad Bloemenbuurt', 'Wijkraad Schildersbuurt', 'Wijkraad Rivierenwijk',
                                                   'Bewonersplatform De Hoven']),
              ('Stadsdeel Oost', 'Totaal Oost', ['Wijkraad Vogelwijk', 'Wijkraad Componistenwijk', 'Dorpsraad Oosterhout',
                                                 'Dorpsraad Hemmen', 'Wijkteam Parkwijk']),
              ('Stadsdeel Zuid', 'Totaal Zuid', ['Wijkraad Zuiderpark', 'Wijkraad Molenbuurt', 'Dorpsraad Ressen']),
              ('Centrum', 'Totaal Centrum', ['Bewonersvereniging Binnenstad', 'Wijkraad Havenkwartier'])]
    cols = [Col('reg', ['Budget 2025', 'Regulier'], width=10), Col('ovh', ['Budget 2025', 'Overheveling 2024'], width=11),
            Col('bt', ['Budget 2025', 'Totaal'], width=10), Col('bes', ['Besteed 2025'], width=10),
            Col('pct', ['% besteed'], fmt=F_PCT0, scale=100, summed=False, width=8),
            Col('rest', ['Restant'], fmt=F_N, width=10)]
    rows, struct = [], []
    for gi, (head, sub, lines) in enumerate(groups):
        rows.append(Row('h%d' % gi, head, 'head'))
        lids = []
        for li, n in enumerate(lines):
            rid = 'g%dl%d' % (gi, li)
            reg = R(rng, 8000, 42000, 250)
            ovh = R(rng, 0, 9000, 5) if rng.random() < 0.6 else 0
            bes = int((reg + ovh) * rng.uniform(0.55, 1.18))
            rows.append(Row(rid, n, vals={'reg': reg, 'ovh': ovh, 'bes': bes}))
            lids.append(rid)
        rows.append(Row('s%d' % gi, sub, 'sub'))
        struct.append(('s%d' % gi, lids))
    rows.append(Row('T', 'Totaal wijk- en dorpsbudgetten', 'total'))
    keys = ['reg', 'ovh', 'bt', 'bes', 'rest']
    allr = [r.id for r in rows if r.kind in ('line', 'sub', 'total')]

    def rels(t):
        P = present(t)
        out = groups_rels(t, struct, keys, 'T')
        ap = [x for x in allr if x in P]
        out += rowrel(ap, 'bt', [('reg', 1), ('ovh', 1)])
        out += rowrel(ap, 'rest', [('bt', 1), ('bes', -1)])
        return out

    def post(t):
        for b in t['blocks']:
            for r in b.rows:
                if r.vals.get('bt'):
                    r.vals['pct'] = round(100 * r.vals['bes'] / r.vals['bt'])

    return dict(name='t07_wijkbudgetten', rels=rels, post=post,
                kind='gemeente jaarverslag: wijk- en dorpsbudgetten per wijkraad, besteding en restant',
                title='Wijk- en dorpsbudgetten 2025', subtitle='Jaarverslag 2025, programma 1 Bestuur en participatie',
                blocks=[Block(cols, rows, ['Wijkraad / dorpsraad'])], font=('Tahoma', 9), labelw=34, hdr_h=26,
                notes=['N = overschrijding; wordt verrekend met het budget 2026.', 'Bedragen in euro\'s.'],
                alt={'p1': ('Dorpsraad Hemmen', 'bes', 1), 'tot': ('Totaal wijk- en dorpsbudgetten', 'bes', 25000),
                     'dele': 'Wijkraad Molenbuurt', 'sub': ('Totaal Oost', 'reg', 5000)})


# ================================================================= t08 erfpacht (gemeente), waarvan lines, canon %
def t08():
    rng = random.Random(3208)
    groups = [('Woningbouw', 'Subtotaal woningbouw', ['Complex Zuiderpark', 'Complex Tuinstad', 'Complex De Kolk',
                                                      'Complex Oude Haven', 'Complex Veldzicht']),
              ('Bedrijventerreinen', 'Subtotaal bedrijventerreinen', ['Industrieterrein De Vaart', 'Haventerrein West',
                                                                      'Bedrijvenpark A12']),
              ('Maatschappelijk en overig', 'Subtotaal maatschappelijk en overig', ['Sportpark Noord (verenigingen)',
                                                                                  'Scholen en kinderopvang',
                                                                                  'Volkstuinen en nutsvoorzieningen'])]
    cols = [Col('nr', ['Stand 31-12-2025', 'Aantal rechten'], fmt=F_MIN, width=10),
            Col('gw', ['Stand 31-12-2025', 'Grondwaarde'], width=13),
            Col('cp', ['Canon-percentage'], fmt=F_PCT2, scale=10000, summed=False, width=10),
            Col('can', ['Opbrengst 2025', 'Canon'], width=11), Col('afk', ['Opbrengst 2025', 'Afkoop-sommen'], width=11),
            Col('to', ['Opbrengst 2025', 'Totaal'], width=11)]
    rows, struct = [], []
    waarvan = {'Complex Zuiderpark': 'waarvan eeuwigdurend afgekocht', 'Haventerrein West': 'waarvan tijdelijk (50 jaar)'}
    for gi, (head, sub, lines) in enumerate(groups):
        rows.append(Row('h%d' % gi, head, 'head'))
        lids = []
        for li, n in enumerate(lines):
            rid = 'g%dl%d' % (gi, li)
            nr = R(rng, 4, 640) if gi == 0 else R(rng, 3, 60)
            gw = nr * R(rng, 18000, 95000, 100) if gi == 0 else R(rng, 800000, 24000000, 1000)
            cp = rng.choice([215, 250, 275, 310, 325, 340])
            can = gw * cp // 10000
            afk = R(rng, 0, 900000, 10) if rng.random() < 0.5 else 0
            rows.append(Row(rid, n, vals={'nr': nr, 'gw': gw, 'cp': cp, 'can': can, 'afk': afk}))
            lids.append(rid)
            if n in waarvan:
                rows.append(Row('w' + rid, waarvan[n], 'waarvan', vals={'nr': nr * 2 // 5, 'gw': gw * 2 // 5 - 1234,
                                                                         'can': 0 if gi == 0 else can // 2}))
        rows.append(Row('s%d' % gi, sub, 'sub'))
        struct.append(('s%d' % gi, lids))
    rows.append(Row('T', 'Totaal erfpacht', 'total'))
    keys = ['nr', 'gw', 'can', 'afk', 'to']
    allr = [r.id for r in rows if r.kind in ('line', 'sub', 'total')]

    def rels(t):
        P = present(t)
        out = groups_rels(t, struct, keys, 'T')
        out += rowrel([x for x in allr if x in P], 'to', [('can', 1), ('afk', 1)])
        return out

    return dict(name='t08_erfpacht_complexen', rels=rels,
                kind='gemeente jaarrekening, toelichting: erfpachtrechten en canonopbrengst per complex',
                title='Erfpacht: uitgegeven gronden en opbrengsten per complex', subtitle='Toelichting op de jaarrekening 2025',
                blocks=[Block(cols, rows, ['Complex'])], font=('Garamond', 10), labelw=38, hdr_h=30,
                notes=['Canonpercentage: gewogen gemiddelde van de lopende tijdvakken. Bedragen in euro\'s.'],
                alt={'p1': ('Complex Tuinstad', 'can', 1), 'tot': ('Totaal erfpacht', 'gw', 100000),
                     'dele': 'Complex De Kolk', 'sub': ('Subtotaal bedrijventerreinen', 'afk', 10000)})


# ================================================================= t09 Vpb fiscale positie, years on the 2nd header row
def t09():
    rng = random.Random(3209)
    groups = [('Belaste activiteiten', 'Subtotaal belaste activiteiten',
               ['Grondexploitaties', 'Parkeergarages en betaald parkeren', 'Bedrijfsafvalinzameling', 'Crematorium',
                'Verhuur sportvelden aan derden', 'Jachthaven']),
              ('Activiteiten onder vrijstelling (getoetst)', 'Subtotaal vrijgestelde activiteiten',
               ['Sportaccommodaties (sportvrijstelling)', 'Dienstverlening aan verbonden partijen', 'Detachering personeel'])]
    cols = []
    for g, k in (('Commercieel resultaat', 'c'), ('Fiscale correcties', 'f'), ('Fiscaal resultaat', 'r')):
        for y in ('2024', '2025'):
            cols.append(Col(k + y, [g, y], width=11))
    rows, struct = [], []
    for gi, (head, sub, lines) in enumerate(groups):
        rows.append(Row('h%d' % gi, head, 'head'))
        lids = []
        for li, n in enumerate(lines):
            rid = 'g%dl%d' % (gi, li)
            v = {}
            for y in ('2024', '2025'):
                v['c' + y] = R(rng, -450000, 900000)
                v['f' + y] = R(rng, -300000, 200000)
            rows.append(Row(rid, n, vals=v))
            lids.append(rid)
        rows.append(Row('s%d' % gi, sub, 'sub'))
        struct.append(('s%d' % gi, lids))
    rows.append(Row('S', 'Fiscaal resultaat gemeente', 'sub'))
    rows.append(Row('V', 'Verrekening verliezen voorgaande jaren', vals={'c2024': 0, 'f2024': -R(rng, 100000, 400000),
                                                                        'c2025': 0, 'f2025': -R(rng, 50000, 300000)}))
    rows.append(Row('T', 'Belastbaar bedrag', 'total'))
    keys = [c.key for c in cols]
    allr = [r.id for r in rows if r.kind in ('line', 'sub', 'total')]

    def rels(t):
        P = present(t)
        out = groups_rels(t, struct, keys, 'S')
        out += vsum('T', ['S', 'V'], keys)
        for y in ('2024', '2025'):
            out += rowrel([x for x in allr if x in P], 'r' + y, [('c' + y, 1), ('f' + y, 1)])
        return out

    return dict(name='t09_vpb_fiscale_positie', rels=rels, tot_italic=True,
                kind='gemeente jaarrekening: vennootschapsbelasting, fiscaal resultaat per activiteit 2024-2025',
                title='Vennootschapsbelasting: fiscale positie per activiteit', subtitle='Jaarrekening 2025, toelichting Vpb',
                blocks=[Block(cols, rows, [''])], font=('Georgia', 9), labelw=42, orient='landscape',
                notes=['Bedragen in euro\'s. Negatief = fiscaal verlies.'],
                alt={'p1': ('Crematorium', 'f2025', 1), 'tot': ('Belastbaar bedrag', 'c2025', 100000),
                     'dele': 'Detachering personeel', 'sub': ('Subtotaal belaste activiteiten', 'c2024', 10000)})


# ================================================================= t10 evenementen, centred figures, % change last
def t10():
    rng = random.Random(3210)
    groups = [('Grote publieksevenementen', 'Totaal grote publieksevenementen',
               ['Koningsdag', 'Bevrijdingsfestival', None, 'Stadsfeesten (4 dagen)', 'Intocht Sinterklaas']),
              ('Sportevenementen', 'Totaal sportevenementen', ['Stadsloop (10 en 21 km)', 'Wielerronde Centrum', None,
                                                              'Triathlon Recreatieplas']),
              ('Cultuur en markten', 'Totaal cultuur en markten', ['Zomerpodium Stadspark', 'Kerstmarkt Binnenstad',
                                                                   'Boekenmarkt aan de Kade', 'Open Atelierroute'])]
    cols = [Col('bz', ['Bezoekers'], width=10), Col('sub', ['Subsidie']), Col('hh', ['Inzet handhaving']),
            Col('afv', ['Afval en reiniging']), Col('vk', ['Verkeers-maatregelen']),
            Col('tk', ['Totaal kosten gemeente 2025']), Col('tk24', ['Totaal kosten gemeente 2024']),
            Col('pc', ['% t.o.v. 2024'], fmt=F_PCT1S, scale=1000, summed=False, width=9)]
    rows, struct = [], []
    for gi, (head, sub, lines) in enumerate(groups):
        rows.append(Row('h%d' % gi, head, 'head'))
        lids = []
        for li, n in enumerate(lines):
            if n is None:
                rows.append(Row('bk%d_%d' % (gi, li), '', 'blank'))
                continue
            rid = 'g%dl%d' % (gi, li)
            v = {'bz': R(rng, 1500, 85000, 100), 'sub': R(rng, 0, 60000, 250), 'hh': R(rng, 1500, 38000),
                 'afv': R(rng, 800, 24000), 'vk': R(rng, 0, 19000)}
            v['tk24'] = int((v['sub'] + v['hh'] + v['afv'] + v['vk']) * rng.uniform(0.8, 1.15))
            rows.append(Row(rid, n, vals=v))
            lids.append(rid)
        rows.append(Row('s%d' % gi, sub, 'sub'))
        struct.append(('s%d' % gi, lids))
    rows.append(Row('T', 'Totaal evenementen', 'total'))
    keys = ['bz', 'sub', 'hh', 'afv', 'vk', 'tk', 'tk24']
    allr = [r.id for r in rows if r.kind in ('line', 'sub', 'total')]

    def rels(t):
        P = present(t)
        out = groups_rels(t, struct, keys, 'T')
        out += rowrel([x for x in allr if x in P], 'tk', [('sub', 1), ('hh', 1), ('afv', 1), ('vk', 1)])
        return out

    def post(t):
        for b in t['blocks']:
            for r in b.rows:
                if r.vals.get('tk24'):
                    r.vals['pc'] = round(1000 * (r.vals['tk'] - r.vals['tk24']) / r.vals['tk24'])

    return dict(name='t10_evenementen_kosten', rels=rels, post=post,
                kind='gemeente jaarverslag: evenementen, bezoekers en gemeentelijke kosten per evenement',
                title='Evenementen 2025: bezoekers en kosten gemeente', subtitle='Jaarverslag 2025, programma Economie en evenementen',
                blocks=[Block(cols, rows, ['Evenement'])], font=('Verdana', 8), labelw=30, fig_align='center', hdr_h=34,
                double=True, notes=['Bezoekers: schatting organisator. Bedragen in euro\'s.'],
                alt={'p1': ('Kerstmarkt Binnenstad', 'hh', 1), 'tot': ('Totaal evenementen', 'tk', 20000),
                     'dele': 'Stadsloop (10 en 21 km)', 'sub': ('Totaal sportevenementen', 'afv', 1000)})

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
