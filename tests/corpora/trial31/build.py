"""Build the sealed-trial31 corpus: 10 tables x (clean, _p1, _tot, _del, _sub) as xlsx + truth.json.

Each table is a list of rows under one set of columns; its relations (vertical sums, row relations of derived
columns) are generated from the rows that are present. The clean values are filled from the relations and every
clean table is asserted to foot exactly as printed; the truth of an altered copy is the list of relations that do
not hold on the printed values (operands as printed, hierarchically: a total against its printed subtotals).

Run with /work/main/.venv/bin/python build.py
"""
import copy
import json
import os
import random

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.table import Table, TableStyleInfo

HERE = os.path.dirname(os.path.abspath(__file__))
NL = '[$-413]'
F_EUR = NL + '#,##0;-#,##0;"-"'
F_EUR0 = NL + '#,##0;-#,##0'
F_DASH = NL + '#,##0;\u2013#,##0;"\u2013"'          # en dash for negatives and zero
F_CENT = NL + '#,##0.00;-#,##0.00'
F_1D = NL + '#,##0.0;-#,##0.0'
F_2D = NL + '#,##0.00'
F_GEN = 'General'
F_PCT = NL + '0.0%'

THIN = Side(style='thin', color='000000')
HAIR = Side(style='hair', color='7F7F7F')
DOUBLE = Side(style='double', color='000000')


class Col:
    def __init__(self, key, hdr, fmt=F_EUR, scale=1, width=13, stair=False, euro=False, rel=True):
        self.key, self.hdr, self.fmt, self.scale, self.width = key, tuple(hdr), fmt, scale, width
        self.stair, self.euro, self.rel = stair, euro, rel

    @property
    def title(self):
        return ' '.join(h for h in self.hdr if h)


class Row:
    def __init__(self, rid, label, kind='line', code=None, vals=None, lc=None, pm=None, fmt=None):
        self.id, self.label, self.kind, self.code = rid, label, kind, code
        self.vals = dict(vals or {})
        self.lc = lc            # texts of the label columns (default [code,] label)
        self.pm = dict(pm or {})  # key -> text printed instead of a figure ('p.m.'); counts as 0
        self.fmt = dict(fmt or {})  # key -> number format of this cell


def vsum(tgt, parts, keys):
    return [((tgt, k), [(p, k, 1) for p in parts]) for k in keys]


def rowrel(rids, tgt, terms):
    return [((r, tgt), [(r, k, c) for k, c in terms]) for r in rids]


def rowmap(t):
    return {r.id: r for r in t['rows']}


def present(t):
    return {r.id for r in t['rows']}


def fill(t):
    rels = t['rels'](t)
    rm = rowmap(t)
    for _ in range(12):
        for (tr, tk), terms in rels:
            rm[tr].vals[tk] = sum(c * rm[r].vals.get(k, 0) for r, k, c in terms)


def evaluate(t):
    rm = rowmap(t)
    cols = {c.key: c for c in t['cols']}
    out, seen = [], {}
    for (tr, tk), terms in t['rels'](t):
        if tr not in rm or rm[tr].vals.get(tk) is None or tk in rm[tr].pm:
            continue
        terms = [x for x in terms if x[0] in rm]
        pr = rm[tr].vals[tk]
        tv = sum(c * (0 if k in rm[r].pm else rm[r].vals.get(k, 0)) for r, k, c in terms)
        if pr != tv:
            sc = cols[tk].scale
            if (tr, tk) in seen:      # one entry per cell; another relation's sum goes to true_other
                e = seen[(tr, tk)]
                if tv / sc != e['true'] and tv / sc not in e.get('true_other', []):
                    e.setdefault('true_other', []).append(tv / sc)
                continue
            e = {'label': rm[tr].label, 'column': cols[tk].title}
            if rm[tr].code:
                e['code'] = rm[tr].code
            e.update(printed=pr / sc, true=tv / sc, unit=1.0 / sc)
            out.append(e)
            seen[(tr, tk)] = e
    return out


# ---------------------------------------------------------------- writer
def layout(t):
    """sheet columns: label columns, then per figure column [euro] inner [outer]."""
    lcols = t['labelcols']          # list of (header text, width)
    pos = {}
    c = len(lcols) + 1 + t.get('lead', 0)
    spans = []
    for col in t['cols']:
        start = c
        eu = None
        if col.euro:
            eu = c
            c += 1
        inner = c
        c += 1
        outer = None
        if col.stair:
            outer = c
            c += 1
        pos[col.key] = (eu, inner, outer)
        spans.append((start, c - 1))
    return pos, spans, c - 1


def write_header(ws, t, r, font):
    lcols = t['labelcols']
    pos, spans, last = layout(t)
    nlev = max(len(c.hdr) for c in t['cols'])
    hfont = Font(name=font[0], size=font[1], bold=not t.get('hdr_plain'), italic=t.get('hdr_italic', False),
                 color=t.get('hdr_color'))
    hfill = PatternFill('solid', fgColor=t['hdr_fill']) if t.get('hdr_fill') else None
    halign = t.get('hdr_align', 'center')
    for i, (txt, w) in enumerate(lcols):
        cell = ws.cell(row=r + nlev - 1, column=i + 1, value=txt)
        cell.font = hfont
        cell.alignment = Alignment(horizontal='left', vertical='bottom', wrap_text=True)
    cols = t['cols']
    for lev in range(nlev):
        j = 0
        while j < len(cols):
            h = cols[j].hdr + (None,) * (nlev - len(cols[j].hdr))
            txt = h[lev]
            if txt is None:
                j += 1
                continue
            # horizontal run of same prefix (only above the last level)
            k = j + 1
            if lev < nlev - 1 and (lev + 1 < len(cols[j].hdr)):
                while k < len(cols):
                    h2 = cols[k].hdr + (None,) * (nlev - len(cols[k].hdr))
                    if h2[:lev + 1] == h[:lev + 1] and lev + 1 < len(cols[k].hdr):
                        k += 1
                    else:
                        break
            # vertical extent
            dv = 1
            while lev + dv < nlev and h[lev + dv] is None:
                dv += 1
            c0, c1 = spans[j][0], spans[k - 1][1]
            cell = ws.cell(row=r + lev, column=c0, value=txt)
            cell.font = hfont
            cell.alignment = Alignment(horizontal=halign, vertical=t.get('hdr_valign', 'bottom'), wrap_text=True)
            if c1 > c0 or dv > 1:
                ws.merge_cells(start_row=r + lev, start_column=c0, end_row=r + lev + dv - 1, end_column=c1)
            j = k
    for rr in range(r, r + nlev):
        for cc in range(1, last + 1):
            cell = ws.cell(row=rr, column=cc)
            if hfill:
                cell.fill = hfill
            if rr == r + nlev - 1 and not t.get('no_borders'):
                cell.border = Border(bottom=THIN)
        ws.row_dimensions[rr].height = t.get('hdr_h', [None] * nlev)[rr - r] if t.get('hdr_h') else None
    return r + nlev


def write_xlsx(t, path):
    wb = Workbook()
    ws = wb.active
    ws.title = t.get('sheet', 'Blad1')
    ws.sheet_view.showGridLines = t.get('show_grid', False)
    font = t.get('font', ('Calibri', 10))
    pos, spans, last = layout(t)
    r = 1
    if not t.get('title_in_header'):
        ws.cell(row=1, column=1, value=t['title']).font = Font(name=font[0], size=font[1] + 3, bold=True)
        r = 2
        if t.get('subtitle'):
            ws.cell(row=2, column=1, value=t['subtitle']).font = Font(name=font[0], size=font[1] + 1, bold=True)
            r = 3
        if t.get('unitline'):
            ws.cell(row=r, column=1, value=t['unitline']).font = Font(name=font[0], size=font[1], italic=True)
            r += 1
        r += 1
    hdr0 = r
    r = write_header(ws, t, r, font)
    hdr1 = r - 1
    first_data = r
    cellmap = {}
    dark = PatternFill('solid', fgColor=t.get('dark', '1F3864'))
    for row in t['rows']:
        k = row.kind
        if k == 'blank':
            r += 1
            continue
        if k == 'hdr':
            r = write_header(ws, t, r, font)
            continue
        bold = k in ('sub', 'total', 'head') and not (k == 'sub' and t.get('sub_plain'))
        f = Font(name=font[0], size=font[1] if k != 'note' else font[1] - 1, bold=bold,
                 italic=(k == 'note') or (k == 'head' and t.get('head_italic', False)),
                 color='FFFFFF' if (k in t.get('dark_kinds', ())) else None)
        if k == 'head' and t.get('head_merge'):
            c = ws.cell(row=r, column=1, value=row.label)
            c.font = Font(name=font[0], size=font[1], bold=True)
            c.alignment = Alignment(horizontal='center')
            c.fill = PatternFill('solid', fgColor=t.get('head_fill', 'D9D9D9'))
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=last)
            r += 1
            continue
        texts = row.lc if row.lc is not None else ([row.code] if t.get('codes') else []) + [row.label]
        for i, txt in enumerate(texts):
            if txt is None:
                continue
            c = ws.cell(row=r, column=i + 1, value=txt)
            c.font = f
            ind = t.get('indent', 0) if k == 'line' and i == len(texts) - 1 else 0
            c.alignment = Alignment(horizontal='left' if ind else None, indent=ind, wrap_text=t.get('wrap_labels', False),
                                    vertical=t.get('valign', 'bottom'))
        if k in t.get('dark_kinds', ()):
            for cc in range(1, last + 1):
                ws.cell(row=r, column=cc).fill = dark
        for col in t['cols']:
            v = row.vals.get(col.key)
            eu, inner, outer = pos[col.key]
            if v is None and col.key not in row.pm:
                continue
            target = outer if (outer and k in ('sub', 'total')) else inner
            cc = ws.cell(row=r, column=target)
            if col.key in row.pm:
                cc.value = row.pm[col.key]
                cc.alignment = Alignment(horizontal='right')
            else:
                cc.value = v / col.scale if col.scale != 1 else v
                cc.number_format = row.fmt.get(col.key, col.fmt)
                if t.get('fig_align'):
                    cc.alignment = Alignment(horizontal=t['fig_align'])
            cc.font = f
            if eu:
                e = ws.cell(row=r, column=eu, value='\u20ac')
                e.font = f
                e.alignment = Alignment(horizontal='left')
            if not t.get('no_borders') and k in ('sub', 'total') and k not in t.get('dark_kinds', ()):
                side = HAIR if k == 'sub' else THIN
                bottom = DOUBLE if (k == 'total' and t.get('double_total')) else None
                if col.stair:
                    cc.border = Border(top=side, bottom=bottom)
                else:
                    for x in range(spans[t['cols'].index(col)][0], spans[t['cols'].index(col)][1] + 1):
                        ws.cell(row=r, column=x).border = Border(top=side, bottom=bottom)
            cellmap[(row.id, col.key)] = '%s%d' % (get_column_letter(target), r)
        if k == 'line' and t.get('stair_rule_last'):
            pass
        r += 1
    last_data = r - 1
    for note in t.get('notes', []):
        r += 0
        c = ws.cell(row=r + 1, column=1, value=note)
        c.font = Font(name=font[0], size=font[1] - 1, italic=True)
        r += 1
    # widths
    for i, (txt, w) in enumerate(t['labelcols']):
        ws.column_dimensions[get_column_letter(i + 1)].width = w
    for col in t['cols']:
        eu, inner, outer = pos[col.key]
        if eu:
            ws.column_dimensions[get_column_letter(eu)].width = 3
        ws.column_dimensions[get_column_letter(inner)].width = col.width
        if outer:
            ws.column_dimensions[get_column_letter(outer)].width = col.width
    ps = ws.page_setup
    ps.paperSize = ws.PAPERSIZE_A4
    ps.orientation = t.get('orient', 'portrait')
    if t.get('fit', True):
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ps.fitToWidth = 1
        ps.fitToHeight = 0
    if t.get('scale'):
        ps.scale = t['scale']
    ws.print_options.gridLines = t.get('print_grid', False)
    if t.get('center_h'):
        ws.print_options.horizontalCentered = True
    if t.get('margins'):
        m = t['margins']
        ws.page_margins.left = ws.page_margins.right = m[0]
        ws.page_margins.top = ws.page_margins.bottom = m[1]
    if t.get('repeat'):
        ws.print_title_rows = '%d:%d' % (hdr0, hdr1)
    if t.get('title_in_header'):
        ws.oddHeader.center.text = t['title']
        ws.oddHeader.center.size = font[1] + 2
        ws.oddHeader.center.font = '%s,Bold' % font[0]
        if t.get('subtitle'):
            ws.oddHeader.left.text = t['subtitle']
    if t.get('footer'):
        ws.oddFooter.center.text = t['footer']
    if t.get('footer_right'):
        ws.oddFooter.right.text = t['footer_right']
    if t.get('hook'):
        t['hook'](t, ws, dict(hdr0=hdr0, hdr1=hdr1, first=first_data, last=last_data, lastcol=last, pos=pos))
    wb.save(path)
    return cellmap


def R(rng, lo, hi, step=1):
    return rng.randrange(lo // step, hi // step + 1) * step


def ids(t, kind='line'):
    return [r.id for r in t['rows'] if r.kind == kind]


def grouped(rng, groups, gen, subfmt='Totaal {}', code=None):
    """rows for groups of lines with a subtotal each; returns rows, struct [(sub_id, [line ids])]."""
    rows, struct = [], []
    for gi, (head, sublab, lines) in enumerate(groups):
        if head:
            rows.append(Row('h%d' % gi, head, 'head'))
        lids = []
        for li, lab in enumerate(lines):
            rid = 'l%d_%d' % (gi, li)
            rows.append(Row(rid, lab, vals=gen(rng, gi, li)))
            lids.append(rid)
        rows.append(Row('s%d' % gi, sublab, 'sub'))
        struct.append(('s%d' % gi, lids))
    return rows, struct


# ================================================================= t01 bodemsanering (gemeente), staircase columns
def t01():
    rng = random.Random(3101)
    cols = [Col('l', ['Lasten 2025'], F_EUR0, stair=True, width=12),
            Col('b', ['Bijdragen derden 2025'], F_EUR0, stair=True, width=12),
            Col('n', ['Netto lasten 2025'], F_EUR0, width=13)]
    groups = [
        ('Saneringen in uitvoering', 'Totaal saneringen in uitvoering',
         ['Voormalige gasfabriek Havenkwartier', 'Stationsweg 14-18 (voormalig tankstation)',
          'Chemische wasserij De Zwaan, Kerkstraat', 'Voormalige stortplaats Hooge Weide',
          'Asbest in erfverharding Schoolpad-Oost']),
        ('Nazorg en monitoring', 'Totaal nazorg en monitoring',
         ['Nazorg stortplaats De Kampen', 'Grondwatermonitoring Industrieweg',
          'Beheer grondwaterzuivering Havenkwartier']),
        ('Onderzoek en advies', 'Totaal onderzoek en advies',
         ['Historisch bodemonderzoek gemeentelijke percelen', 'Actualisatie bodemkwaliteitskaart',
          'PFAS-onderzoek bermen en baggerdepots', 'Bodemadvies omgevingsvergunningen (omgevingsdienst)']),
    ]

    def gen(rng, gi, li):
        l = R(rng, 18000, 690000, 1) if gi == 0 else R(rng, 9000, 160000, 1)
        share = [0.55, 0.3, 0.2][gi] * rng.uniform(0.4, 1.3)
        b = int(l * share) if rng.random() < 0.85 else 0
        return {'l': l, 'b': b}

    rows, struct = grouped(rng, groups, gen)
    rows.insert(0, Row('bk', '', 'blank'))
    rows = [x for x in rows if x.kind != 'blank']
    out = []
    for x in rows:
        out.append(x)
        if x.kind == 'sub':
            out.append(Row('b' + x.id, '', 'blank'))
    out.append(Row('T', 'Totaal bodemsanering en -onderzoek', 'total'))

    def rels(t):
        P = present(t)
        o = []
        for s, lids in struct:
            o += vsum(s, [x for x in lids if x in P], ['l', 'b', 'n'])
        o += vsum('T', [s for s, _ in struct], ['l', 'b', 'n'])
        fig = [r.id for r in t['rows'] if r.kind in ('line', 'sub', 'total')]
        o += rowrel(fig, 'n', [('l', 1), ('b', -1)])
        return o

    return dict(name='t01_bodemsanering', kind='Gemeente jaarverslag: bodemsanering en bodemonderzoek, lasten en bijdragen per locatie',
                title='Gemeente Vechtstede', subtitle='Jaarverslag 2025 - Bodemsanering en bodemonderzoek per locatie',
                unitline='Bedragen in euro\'s', cols=cols, rows=out, rels=rels,
                labelcols=[('Locatie / activiteit', 46)], font=('Book Antiqua', 10), indent=1,
                hdr_align='right', orient='portrait',
                notes=['Bijdragen derden: provincie (bodemconvenant), Rijk (SPUK) en veroorzakers.',
                       'Subtotalen en totaal staan in de rechterkolom van elk bedrag.'],
                alt=dict(p1=('Actualisatie bodemkwaliteitskaart', 'l', 1), tot=('Totaal bodemsanering en -onderzoek', 'l', 100000),
                         dele=('Grondwatermonitoring Industrieweg',), sub=('Totaal saneringen in uitvoering', 'b', 10000)))


# ================================================================= t02 openbare verlichting: Excel table with totals row
def t02():
    rng = random.Random(3102)
    cols = [Col('lp', ['Lichtpunten'], F_GEN, width=12), Col('kwh', ['Energie (kWh)'], F_GEN, width=14),
            Col('en', ['Energiekosten'], F_EUR0, width=15), Col('oh', ['Onderhoud en storingen'], F_EUR0, width=13),
            Col('vv', ['Vervanging armaturen'], F_EUR0, width=13), Col('tk', ['Totaal kosten'], F_EUR0, width=13),
            Col('led', ['Aandeel LED'], F_PCT, scale=1000, width=10, rel=False)]
    wijken = ['Binnenstad', 'Oude Haven', 'Schepenbuurt', 'Molenwijk', 'Het Ven', 'Rozengaarde', 'Hoogland-Noord',
              'Hoogland-Zuid', 'De Wetering', 'Bedrijventerrein Kanaalzone', 'Bedrijventerrein Eemhof',
              'Kern Westbroek', 'Kern Achterveld', 'Buitengebied']
    rows = []
    for i, w in enumerate(wijken):
        lp = R(rng, 140, 2300)
        led = rng.uniform(0.22, 0.93)
        kwh = int(lp * (210 * led + 520 * (1 - led)) * rng.uniform(0.9, 1.1))
        en = int(kwh * 0.271)
        oh = int(lp * rng.uniform(17, 29))
        vv = R(rng, 0, 120000, 1) if rng.random() < 0.8 else 0
        rows.append(Row('w%d' % i, w, vals={'lp': lp, 'kwh': kwh, 'en': en, 'oh': oh, 'vv': vv,
                                            'led': int(round(led * 1000))}))
    rows.append(Row('T', 'Totaal', 'total'))

    def rels(t):
        P = present(t)
        lids = [r.id for r in t['rows'] if r.kind == 'line']
        o = vsum('T', lids, ['lp', 'kwh', 'en', 'oh', 'vv', 'tk'])
        o += rowrel(lids + ['T'], 'tk', [('en', 1), ('oh', 1), ('vv', 1)])
        return o

    def post(t):
        rm = rowmap(t)
        lids = [r.id for r in t['rows'] if r.kind == 'line']
        ledc = sum(rm[x].vals['lp'] * rm[x].vals['led'] for x in lids) / sum(rm[x].vals['lp'] for x in lids)
        rm['T'].vals['led'] = int(round(ledc))

    def hook(t, ws, m):
        ref = 'A%d:%s%d' % (m['hdr0'], get_column_letter(m['lastcol']), m['last'])
        from openpyxl.worksheet.filters import AutoFilter
        tab = Table(displayName='tblVerlichting', ref=ref, totalsRowCount=1,
                    autoFilter=AutoFilter(ref='A%d:%s%d' % (m['hdr0'], get_column_letter(m['lastcol']), m['last'] - 1)))
        tab.tableStyleInfo = TableStyleInfo(name='TableStyleMedium9', showRowStripes=True, showColumnStripes=False)
        tab._initialise_columns()
        tab.tableColumns[0].totalsRowLabel = 'Totaal'
        ws.add_table(tab)
        # the beheerder's check column, outside the print area
        cc = m['lastcol'] + 2
        ws.cell(row=m['hdr0'], column=cc, value='Controle').font = Font(name='Calibri', size=9, italic=True)
        ws.column_dimensions[get_column_letter(cc)].width = 9
        pos = m['pos']
        for i, row in enumerate(t['rows']):
            v = row.vals
            chk = v['tk'] - v['en'] - v['oh'] - v['vv']
            c = ws.cell(row=m['first'] + i, column=cc, value=chk)
            c.font = Font(name='Calibri', size=9, italic=True, color='808080')
        ws.print_area = 'A1:%s%d' % (get_column_letter(m['lastcol']), m['last'] + 3)

    return dict(name='t02_openbare_verlichting', kind='Gemeente beheerplan openbare verlichting: lichtpunten, energie en kosten per wijk (Excel-tabel met totaalrij)',
                title='Openbare verlichting 2025 per wijk', subtitle='Gemeente Eemsterhout - paragraaf onderhoud kapitaalgoederen',
                cols=cols, rows=rows, rels=rels, post=post, hook=hook, no_borders=True,
                labelcols=[('Wijk', 28)], font=('Calibri', 11), hdr_align='left', hdr_h=[30], orient='landscape',
                hdr_color='FFFFFF', hdr_fill='4F81BD', sheet='OV 2025',
                notes=['Bron: beheersysteem openbare verlichting (stand 31-12-2025); energiekosten incl. netbeheer.'],
                alt=dict(p1=('Molenwijk', 'oh', 1), tot=('Totaal', 'tk', 100000), dele=('Het Ven',),
                         sub=('Kern Westbroek', 'tk', 5000)))


# ================================================================= t03 gladheidbestrijding per winterseizoen, title in page header
def t03():
    rng = random.Random(3103)
    cols = [Col('sr', ['Strooi-rondes'], NL + '0" x"', width=10), Col('zt', ['Zout-verbruik'], NL + '#,##0" ton"', width=12),
            Col('pe', ['Personeel (€)'], F_EUR0, width=12), Col('ma', ['Materieel (€)'], F_EUR0, width=12),
            Col('zk', ['Strooizout (€)'], F_EUR0, width=12), Col('tk', ['Totaal kosten (€)'], F_EUR0, width=13)]
    seasons = ['%d/%d' % (y, y + 1) for y in range(2015, 2025)]
    rows = []
    for i, s in enumerate(seasons):
        sr = R(rng, 9, 58)
        zt = int(sr * rng.uniform(38, 55))
        pe = int(sr * rng.uniform(2900, 3600)) + 41000
        ma = int(sr * rng.uniform(1100, 1500)) + 88000
        zk = int(zt * rng.uniform(68, 112))
        rows.append(Row('s%d' % i, 'Seizoen ' + s, vals={'sr': sr, 'zt': zt, 'pe': pe, 'ma': ma, 'zk': zk}))
    # make the ten-season totals divisible by 10 so the averages are whole
    for k in ('sr', 'zt', 'pe', 'ma', 'zk'):
        tot = sum(r.vals[k] for r in rows)
        rows[-1].vals[k] += (10 - tot % 10) % 10
    rows.append(Row('T', 'Totaal 10 seizoenen', 'total'))
    rows.append(Row('G', 'Gemiddeld per seizoen', 'avg'))

    def rels(t):
        lids = [r.id for r in t['rows'] if r.kind == 'line']
        o = vsum('T', lids, ['sr', 'zt', 'pe', 'ma', 'zk', 'tk'])
        o += rowrel(lids + ['T'], 'tk', [('pe', 1), ('ma', 1), ('zk', 1)])
        return o

    def post(t):
        rm = rowmap(t)
        for k in ('sr', 'zt', 'pe', 'ma', 'zk', 'tk'):
            assert rm['T'].vals[k] % 10 == 0
            rm['G'].vals[k] = rm['T'].vals[k] // 10
        g = rm['G'].vals
        assert g['tk'] == g['pe'] + g['ma'] + g['zk']

    return dict(name='t03_gladheidbestrijding', kind='Gemeente evaluatie gladheidbestrijding: strooirondes, zout en kosten per winterseizoen 2015/2016-2024/2025',
                title='Gladheidbestrijding: kosten per winterseizoen', subtitle='Gemeente Dalfsenburg',
                title_in_header=True, cols=cols, rows=rows, rels=rels, post=post,
                labelcols=[('Winterseizoen', 22)], font=('Calibri', 11), hdr_align='center', fig_align='center',
                hdr_h=[30], orient='portrait', footer='Evaluatie winterdienst 2024/2025', show_grid=True,
                notes=['Strooizout: gemiddelde inkoopprijs per seizoen; materieel incl. afschrijving strooiers.'],
                alt=dict(p1=('Seizoen 2020/2021', 'ma', 1), tot=('Totaal 10 seizoenen', 'pe', 100000),
                         dele=('Seizoen 2018/2019',), sub=('Seizoen 2022/2023', 'tk', 5000)))


# ================================================================= t04 kwijtschelding (GR belastingen), cents, euro column, printed gridlines
def t04():
    rng = random.Random(3104)
    cols = [Col('ont', ['Aantal verzoeken', 'Ontvangen'], F_EUR0, width=10),
            Col('geh', ['Aantal verzoeken', 'Geheel toegewezen'], F_EUR0, width=10),
            Col('ged', ['Aantal verzoeken', 'Gedeeltelijk toegewezen'], F_EUR0, width=11),
            Col('afw', ['Aantal verzoeken', 'Afgewezen'], F_EUR0, width=10),
            Col('bed', ['Kwijtgescholden bedrag'], F_CENT, scale=100, euro=True, width=13)]
    heff = ['Afvalstoffenheffing', 'Rioolheffing gebruikers', 'Hondenbelasting']
    tarief = {'Afvalstoffenheffing': (298.40, 351.20), 'Rioolheffing gebruikers': (142.10, 198.60),
              'Hondenbelasting': (58.20, 96.00)}
    deel = [('Gemeente Aldenburg', heff), ('Gemeente Wezelo', heff), ('Gemeente Rhienen', heff[:2]),
            ('Gemeente Oosterbeemd', heff),
            ('Waterschap Veluwerand', ['Watersysteemheffing ingezetenen', 'Zuiveringsheffing woonruimte'])]
    tarief['Watersysteemheffing ingezetenen'] = (121.84, 121.84)
    tarief['Zuiveringsheffing woonruimte'] = (251.46, 377.19)
    groups = [(None, 'Totaal ' + d.replace('Gemeente ', '').replace('Waterschap ', 'waterschap '), h) for d, h in deel]
    rows, struct = [], []
    for gi, (d, h) in enumerate(deel):
        rows.append(Row('h%d' % gi, d, 'head'))
        lids = []
        size = rng.uniform(0.5, 1.6) if gi < 4 else 3.2
        for li, lab in enumerate(h):
            rid = 'l%d_%d' % (gi, li)
            ont = int(R(rng, 260, 900) * size * (0.35 if lab == 'Hondenbelasting' else 1))
            geh = int(ont * rng.uniform(0.58, 0.74))
            ged = int(ont * rng.uniform(0.05, 0.11))
            afw = ont - geh - ged
            lo, hi = tarief[lab]
            bed = int(round((geh * rng.uniform(lo, hi) + ged * rng.uniform(lo, hi) * 0.45) * 100))
            rows.append(Row(rid, lab, vals={'geh': geh, 'ged': ged, 'afw': afw, 'bed': bed}))
            lids.append(rid)
        rows.append(Row('s%d' % gi, groups[gi][1], 'sub'))
        struct.append(('s%d' % gi, lids))
        rows.append(Row('b%d' % gi, '', 'blank'))
    rows.append(Row('T', 'Totaal Belastingsamenwerking Rivierenland-Oost', 'total'))

    def rels(t):
        P = present(t)
        o = []
        for s, lids in struct:
            o += vsum(s, [x for x in lids if x in P], ['ont', 'geh', 'ged', 'afw', 'bed'])
        o += vsum('T', [s for s, _ in struct], ['ont', 'geh', 'ged', 'afw', 'bed'])
        fig = [r.id for r in t['rows'] if r.kind in ('line', 'sub', 'total')]
        o += rowrel(fig, 'ont', [('geh', 1), ('ged', 1), ('afw', 1)])
        return o

    return dict(name='t04_kwijtschelding', kind='GR belastingsamenwerking jaarverslag: kwijtschelding lokale belastingen per deelnemer en heffing (bedragen in centen)',
                title='Belastingsamenwerking Rivierenland-Oost', subtitle='Jaarverslag 2025 - Kwijtschelding per deelnemer en heffing',
                cols=cols, rows=rows, rels=rels, labelcols=[('Deelnemer / heffing', 40)], font=('Arial', 10),
                print_grid=True, no_borders=True, indent=2, hdr_align='center', hdr_h=[15, 42], orient='portrait',
                notes=['Een verzoek geldt per aanslagregel; gedeeltelijke kwijtschelding bij betalingscapaciteit boven nihil.'],
                alt=dict(p1=('Hondenbelasting', 'bed', 1, 'l1_2'), tot=('Totaal Belastingsamenwerking Rivierenland-Oost', 'ont', 1000),
                         dele=('Rioolheffing gebruikers', 'l3_1'), sub=('Totaal Wezelo', 'bed', 100000)))


# ================================================================= t05 inburgering meerjarig, p.m. cells, merged centred headings
def t05():
    rng = random.Random(3105)
    yrs = ['2026', '2027', '2028', '2029']
    cols = [Col('y%d' % i, ['Raming ' + y], F_EUR, width=12) for i, y in enumerate(yrs)]
    K = [c.key for c in cols]
    lasten = ['Brede intake en persoonlijk plan (PIP)', 'Ontzorgen eerste zes maanden', 'Leerroute B1',
              'Onderwijsroute', 'Zelfredzaamheidsroute (Z-route)', 'Participatieverklaringstraject (PVT)',
              'Module Arbeidsmarkt en Participatie (MAP)', 'Tolkkosten', 'Uitvoeringskosten klantmanagers inburgering']
    dekking = ['Decentralisatie-uitkering inburgering', 'Bijdrage COA maatschappelijke begeleiding',
               'Onttrekking reserve sociaal domein']
    rows = [Row('hA', 'A. Lasten', 'head')]
    lids, dids = [], []
    for i, lab in enumerate(lasten):
        base = R(rng, 28000, 410000, 100)
        v = {}
        for j, k in enumerate(K):
            base = int(base * rng.uniform(0.94, 1.05) / 100) * 100
            v[k] = base
        pm = {}
        if lab == 'Tolkkosten':
            pm = {'y2': 'p.m.', 'y3': 'p.m.'}
            v['y2'] = v['y3'] = 0
        rows.append(Row('a%d' % i, lab, vals=v, pm=pm))
        lids.append('a%d' % i)
    rows.append(Row('TA', 'Totaal lasten', 'sub'))
    rows.append(Row('hB', 'B. Dekking', 'head'))
    for i, lab in enumerate(dekking):
        v, pm = {}, {}
        for j, k in enumerate(K):
            v[k] = R(rng, 1450000, 1650000, 100) if i == 0 else (R(rng, 60000, 140000, 100) if i == 1 else 0)
        if i == 2:
            v['y0'], v['y1'] = 150000, 100000
            pm = {'y2': 'p.m.', 'y3': 'p.m.'}
        rows.append(Row('d%d' % i, lab, vals=v, pm=pm))
        dids.append('d%d' % i)
    rows.append(Row('TB', 'Totaal dekking', 'sub'))
    rows.append(Row('bk', '', 'blank'))
    rows.append(Row('S', 'Saldo (B - A)', 'total'))

    def rels(t):
        P = present(t)
        o = vsum('TA', [x for x in lids if x in P], K) + vsum('TB', [x for x in dids if x in P], K)
        o += [(('S', k), [('TB', k, 1), ('TA', k, -1)]) for k in K]
        return o

    return dict(name='t05_inburgering', kind='Gemeente begroting: meerjarenraming uitvoering Wet inburgering 2021, lasten en dekking 2026-2029',
                title='Gemeente Heerenbroek - Programmabegroting 2026-2029',
                subtitle='Uitvoering Wet inburgering 2021: meerjarenraming', unitline='Bedragen in €',
                cols=cols, rows=rows, rels=rels, labelcols=[('Onderdeel', 44)], font=('Calibri', 10),
                head_merge=True, head_fill='DDEBF7', indent=1, hdr_align='right', double_total=True,
                orient='portrait',
                notes=['p.m. = pro memorie: bedrag nog niet te ramen (tolkvoorziening na 2027, inzet reserve na 2027).'],
                alt=dict(p1=('Onderwijsroute', 'y1', 1), tot=('Saldo (B - A)', 'y0', -100000), dele=('Ontzorgen eerste zes maanden',),
                         sub=('Totaal lasten', 'y3', 10000)))


# ================================================================= t06 baggerprogramma (waterschap), column numbering row, dark subtotal rows
def t06():
    rng = random.Random(3106)
    cols = [Col('m3', ['Volume (m³)', '(1)'], F_EUR0, width=11),
            Col('bg', ['Baggeren (€)', '(2)'], F_EUR0, width=12),
            Col('tv', ['Transport en verwerking (€)', '(3)'], F_EUR0, width=13),
            Col('tk', ['Totaal kosten (€)', '(4) = (2) + (3)'], F_EUR0, width=13),
            Col('pm3', ['Kosten per m³ (€)', '(5) = (4) : (1)'], F_2D, scale=100, width=12, rel=False)]
    districts = [
        ('District Lingebroek', ['Peilvak Hoog-Lingebroek', 'Peilvak Laag-Lingebroek', 'Boezemkade Oost (hoofdwatergang)',
                                 'Polder Achterweide', 'Tochtsloot De Vliet']),
        ('District Merwezoom', ['Polder Bruinsveld', 'Peilvak Merwezoom-Noord', 'Peilvak Merwezoom-Zuid',
                                'Stedelijk water Zoomstad', 'Singels Gorkum-Oost', 'Havenkom Sluiskil']),
        ('District Alblasveen', ['Polder Alblasveen-West', 'Polder Alblasveen-Oost', 'Veenweide Nieuwkoop-Polder',
                                 'Hoofdwatergang Kortenhoeve']),
    ]
    rows, struct = [], []
    for gi, (d, ws_) in enumerate(districts):
        lids = []
        for li, lab in enumerate(ws_):
            rid = 'l%d_%d' % (gi, li)
            m3 = R(rng, 1800, 26000, 10)
            bg = int(m3 * rng.uniform(6.2, 11.5))
            tv = int(m3 * rng.uniform(4.0, 19.0))
            rows.append(Row(rid, lab, vals={'m3': m3, 'bg': bg, 'tv': tv}))
            lids.append(rid)
        rows.append(Row('s%d' % gi, 'Totaal district ' + d.split()[1], 'sub'))
        struct.append(('s%d' % gi, lids))
    rows.append(Row('T', 'Totaal baggerprogramma 2025', 'total'))

    def rels(t):
        P = present(t)
        o = []
        for s, lids in struct:
            o += vsum(s, [x for x in lids if x in P], ['m3', 'bg', 'tv', 'tk'])
        o += vsum('T', [s for s, _ in struct], ['m3', 'bg', 'tv', 'tk'])
        fig = [r.id for r in t['rows'] if r.kind in ('line', 'sub', 'total')]
        o += rowrel(fig, 'tk', [('bg', 1), ('tv', 1)])
        return o

    def post(t):
        for r in t['rows']:
            if 'm3' in r.vals:
                r.vals['pm3'] = int(round(r.vals['tk'] * 100 / r.vals['m3']))

    return dict(name='t06_baggerprogramma', kind='Waterschap jaarverslag: uitgevoerd baggerprogramma per district en peilvak (volume en kosten)',
                title='Waterschap Linge en Merwede', subtitle='Jaarverslag 2025 - Uitgevoerd baggerprogramma per district',
                cols=cols, rows=rows, rels=rels, post=post, labelcols=[('Peilvak / watergang', 38)],
                font=('Verdana', 8), dark_kinds=('sub', 'total'), dark='1F3864', hdr_fill='D9E1F2',
                hdr_align='center', hdr_h=[24, 13], orient='landscape', margins=(0.5, 0.8),
                footer='Waterschap Linge en Merwede', footer_right='&P',
                notes=['Kolom (5) is een kengetal en wordt niet opgeteld.',
                       'Verwerking: klasse A/B hergebruikt op de kant, niet-toepasbare bagger afgevoerd naar depot.'],
                alt=dict(p1=('Polder Bruinsveld', 'tv', 1), tot=('Totaal baggerprogramma 2025', 'bg', 100000),
                         dele=('Tochtsloot De Vliet',), sub=('Totaal district Merwezoom', 'm3', 1000)))


# ================================================================= t07 sociale werkvoorziening (GR), with recapitulatie
def t07():
    rng = random.Random(3107)
    cols = [Col('se', ['Wsw-werknemers', 'SE (arbeidsjaren)'], F_1D, scale=10, width=11),
            Col('rb', ['Bijdragen 2025 (€)', 'Rijksbijdrage Wsw'], F_EUR0, width=13),
            Col('gb', ['Bijdragen 2025 (€)', 'Gemeentelijke bijdrage'], F_EUR0, width=13),
            Col('tb', ['Bijdragen 2025 (€)', 'Totaal'], F_EUR0, width=13)]
    K = ['se', 'rb', 'gb', 'tb']
    regios = [('Subregio Noord', ['Hardenbroek', 'Oldewijk', 'Staphorst-Zuid', 'Nieuwleusen-Dalmsholte']),
              ('Subregio Zuid', ['Raalterveen', 'Wijhe-Olst', 'Heino', 'Lemelerberg', 'Hellendoorn-Nijverdal'])]
    rows, struct = [], []
    for gi, (reg, gems) in enumerate(regios):
        rows.append(Row('h%d' % gi, reg, 'head'))
        lids = []
        for li, g in enumerate(gems):
            rid = 'l%d_%d' % (gi, li)
            se = R(rng, 180, 2650)   # tenths
            rb = int(se / 10 * rng.uniform(26800, 27400))
            gb = int(se / 10 * rng.uniform(2100, 4300))
            rows.append(Row(rid, g, vals={'se': se, 'rb': rb, 'gb': gb}))
            lids.append(rid)
        rows.append(Row('s%d' % gi, 'Totaal subregio ' + reg.split()[1], 'sub'))
        struct.append(('s%d' % gi, lids))
        rows.append(Row('b%d' % gi, '', 'blank'))
    rows.append(Row('T', 'Totaal deelnemers', 'total'))
    rows.append(Row('b9', '', 'blank'))
    rows.append(Row('b10', '', 'blank'))
    rows.append(Row('hR', 'Recapitulatie', 'head'))
    rows.append(Row('r0', 'Subregio Noord', 'line'))
    rows.append(Row('r1', 'Subregio Zuid', 'line'))
    rows.append(Row('RT', 'Totaal', 'total'))

    def rels(t):
        P = present(t)
        o = []
        for s, lids in struct:
            o += vsum(s, [x for x in lids if x in P], K)
        o += vsum('T', [s for s, _ in struct], K)
        o += vsum('RT', [x for x in ('r0', 'r1') if x in P], K)
        fig = [r.id for r in t['rows'] if r.kind in ('line', 'sub', 'total')]
        o += rowrel(fig, 'tb', [('rb', 1), ('gb', 1)])
        return o

    def post(t):
        rm = rowmap(t)
        for i in range(2):
            rm['r%d' % i].vals = {k: rm['s%d' % i].vals[k] for k in ('se', 'rb', 'gb')}
        fill(t)

    return dict(name='t07_sociale_werkvoorziening', kind='GR sociale werkvoorziening jaarrekening: Wsw-arbeidsjaren en bijdragen per deelnemende gemeente, met recapitulatie',
                title='Werkvoorzieningschap Vechtdal-IJssel', subtitle='Jaarrekening 2025 - Wsw-arbeidsjaren en bijdragen per deelnemer',
                cols=cols, rows=rows, rels=rels, post=post, labelcols=[('Deelnemende gemeente', 32)],
                font=('Tahoma', 9), indent=1, hdr_align='center', hdr_h=[28, 28], orient='portrait', double_total=True,
                notes=['SE = standaardeenheid (arbeidsjaar Wsw), gemiddeld over 2025.'],
                alt=dict(p1=('Heino', 'gb', 1), tot=('Totaal deelnemers', 'rb', 1000000), dele=('Oldewijk',),
                         sub=('Totaal subregio Zuid', 'gb', 10000)))


# ================================================================= t08 verhuur maatschappelijk vastgoed, header repeated per block, en-dash negatives
def t08():
    rng = random.Random(3108)
    cols = [Col('hb', ['Huur begroot 2025'], F_DASH, width=12), Col('gf', ['Gefactureerd 2025'], F_DASH, width=12),
            Col('ld', ['Leegstand en derving'], F_DASH, width=12), Col('nh', ['Netto huur 2025'], F_DASH, width=12),
            Col('vs', ['Verschil met begroting'], F_DASH, width=12)]
    K = ['hb', 'gf', 'ld', 'nh', 'vs']
    cats = [('Sportaccommodaties', ['Sporthal De Bongerd', 'Sportpark Zuidrand (kantine en kleedkamers)',
                                    'Gymzaal Lindelaan', 'Gymzaal Prins Hendrikstraat', 'Tennispark Het Hoge Veld']),
            ('Onderwijs en kinderopvang', ['Kindcentrum De Regenboog (kinderopvangdeel)', 'Voormalig schoolgebouw Kerkpad',
                                           'Noodlokalen Esdoornstraat']),
            ('Cultuur en welzijn', ['Dorpshuis De Schakel', 'Muziekschool Oude Raadhuis', 'Wijkcentrum Het Anker',
                                    'Atelierruimte Havenloods', 'Scoutinggebouw Boslaan']),
            ('Commercieel vastgoed', ['Winkelruimte Markt 7', 'Horecapand Stadswal 2', 'Bedrijfsunits Industrieweg 40-46',
                                      'Woning Molenstraat 12'])]
    rows, struct = [], []
    for gi, (cat, objs) in enumerate(cats):
        if gi > 0:
            rows.append(Row('bb%d' % gi, '', 'blank'))
            rows.append(Row('hh%d' % gi, '', 'hdr'))
        rows.append(Row('h%d' % gi, cat, 'head'))
        lids = []
        for li, o in enumerate(objs):
            rid = 'l%d_%d' % (gi, li)
            hb = R(rng, 4800, 96000, 100)
            gf = int(hb * rng.uniform(0.9, 1.06))
            ld = -int(hb * rng.uniform(0.02, 0.45)) if rng.random() < 0.45 else 0
            rows.append(Row(rid, o, vals={'hb': hb, 'gf': gf, 'ld': ld}))
            lids.append(rid)
        rows.append(Row('s%d' % gi, 'Subtotaal ' + cat.lower(), 'sub'))
        struct.append(('s%d' % gi, lids))
    rows.append(Row('bT', '', 'blank'))
    rows.append(Row('T', 'Totaal huuropbrengsten maatschappelijk vastgoed', 'total'))

    def rels(t):
        P = present(t)
        o = []
        for s, lids in struct:
            o += vsum(s, [x for x in lids if x in P], K)
        o += vsum('T', [s for s, _ in struct], K)
        fig = [r.id for r in t['rows'] if r.kind in ('line', 'sub', 'total')]
        o += rowrel(fig, 'nh', [('gf', 1), ('ld', 1)])
        o += rowrel(fig, 'vs', [('nh', 1), ('hb', -1)])
        return o

    return dict(name='t08_verhuur_vastgoed', kind='Gemeente jaarrekening: huuropbrengsten maatschappelijk vastgoed per object en categorie',
                title='Gemeente Brakelstein', subtitle='Jaarrekening 2025 - Huuropbrengsten maatschappelijk vastgoed',
                unitline='bedragen in euro\'s; een negatief bedrag met een streepje (\u2013)',
                cols=cols, rows=rows, rels=rels, labelcols=[('Object', 40)], font=('Franklin Gothic Book', 9),
                indent=1, hdr_align='right', hdr_h=[26], orient='portrait', head_italic=True, margins=(0.7, 0.75),
                footer='Jaarrekening 2025 Gemeente Brakelstein',
                alt=dict(p1=('Dorpshuis De Schakel', 'gf', 1), tot=('Totaal huuropbrengsten maatschappelijk vastgoed', 'hb', 100000),
                         dele=('Noodlokalen Esdoornstraat',), sub=('Subtotaal sportaccommodaties', 'ld', -5000)))


# ================================================================= t09 bediening bruggen en sluizen (provincie), pivot table tabular form
def t09():
    rng = random.Random(3109)
    cols = [Col('nb', ['Som van Bedieningen'], NL + '#,##0', width=12),
            Col('bk', ['Som van Bedieningskosten'], NL + '#,##0', width=17),
            Col('oh', ['Som van Onderhoud'], NL + '#,##0', width=12),
            Col('en', ['Som van Energie'], NL + '#,##0', width=11),
            Col('tk', ['Som van Totaal kosten'], NL + '#,##0', width=13)]
    K = [c.key for c in cols]
    vw = [('Lemstervaart', ['Brug Follega', 'Brug Tacozijl', 'Sluis Tacozijl']),
          ('Prinses Margrietkanaal (prov. deel)', ['Brug Terherne', 'Brug Uitwellingerga', 'Sluis Spannenburg',
                                                  'Brug Grou-Oost']),
          ('Dokkumer Ee', ['Brug Bartlehiem', 'Brug Burdaard', 'Brug Birdaard-Zuid', 'Sluis Dokkum', 'Brug Lionserhuis']),
          ('Turfroute', ['Sluis Ravenswoud', 'Brug Appelscha', 'Brug Donkerbroek', 'Sluis Oldeberkoop'])]
    rows, struct = [], []
    for gi, (v, objs) in enumerate(vw):
        lids = []
        for li, o in enumerate(objs):
            rid = 'l%d_%d' % (gi, li)
            nb = R(rng, 900, 7400)
            sl = o.startswith('Sluis')
            bk = int(nb * rng.uniform(11, 19)) + (40000 if sl else 12000)
            oh = R(rng, 8000, 95000) + (60000 if sl else 0)
            en = R(rng, 1800, 14000)
            rows.append(Row(rid, o, vals={'nb': nb, 'bk': bk, 'oh': oh, 'en': en}, lc=[v if li == 0 else None, o]))
            lids.append(rid)
        rows.append(Row('s%d' % gi, v + ' Totaal', 'sub', lc=[v + ' Totaal', None]))
        struct.append(('s%d' % gi, lids))
    rows.append(Row('T', 'Eindtotaal', 'total', lc=['Eindtotaal', None]))

    def rels(t):
        P = present(t)
        o = []
        for s, lids in struct:
            o += vsum(s, [x for x in lids if x in P], K)
        o += vsum('T', [s for s, _ in struct], K)
        fig = [r.id for r in t['rows'] if r.kind in ('line', 'sub', 'total')]
        o += rowrel(fig, 'tk', [('bk', 1), ('oh', 1), ('en', 1)])
        return o

    def hook(t, ws, m):
        # pivot look: light fill on header and subtotal rows, rule under the header
        fl = PatternFill('solid', fgColor='DCE6F1')
        r = m['first']
        for row in t['rows']:
            if row.kind in ('sub', 'total'):
                for c in range(1, m['lastcol'] + 1):
                    ws.cell(row=r, column=c).fill = fl
            r += 1

    return dict(name='t09_bediening_bruggen_sluizen', kind='Provincie jaarverslag vaarwegen: bediening en kosten per brug en sluis per vaarweg (draaitabel, tabelvorm)',
                title='Vaarwegen: bediening bruggen en sluizen 2025', subtitle=None,
                cols=cols, rows=rows, rels=rels, hook=hook, labelcols=[('Vaarweg', 30), ('Object', 22)],
                font=('Calibri', 11), hdr_align='left', hdr_fill='DCE6F1', orient='landscape', sheet='Draaitabel',
                notes=['Bron: bedieningsregistratie en financiële administratie provincie, peildatum 31-12-2025.'],
                alt=dict(p1=('Brug Burdaard', 'en', 1), tot=('Eindtotaal', 'bk', 100000), dele=('Brug Uitwellingerga',),
                         sub=('Turfroute Totaal', 'oh', 10000)))


# ================================================================= t10 minimaregelingen, years descending, provisional '*' figures
def t10():
    rng = random.Random(3110)
    prov = NL + '#,##0" *";-#,##0" *"'
    cols = [Col('a25', ['Aantal toekenningen', '2025'], F_EUR, width=10),
            Col('a24', ['Aantal toekenningen', '2024'], F_EUR, width=10),
            Col('u25', ['Uitgaven (€)', '2025'], F_EUR, width=12),
            Col('u24', ['Uitgaven (€)', '2024'], F_EUR, width=12),
            Col('u23', ['Uitgaven (€)', '2023'], F_EUR, width=12),
            Col('vs', ['Verschil 2025-2024 (€)'], F_EUR, width=12)]
    K = [c.key for c in cols]
    groups = [
        ('Inkomensondersteuning', 'Totaal inkomensondersteuning',
         ['Individuele inkomenstoeslag', 'Bijzondere bijstand', 'Tegemoetkoming meerkosten chronisch zieken',
          'Energietoeslag (restant afwikkeling)']),
        ('Meedoen en kinderen', 'Totaal meedoen en kinderen',
         ['Meedoenregeling volwassenen', 'Kindpakket (schoolkosten, fiets, laptop)', 'Stichting Leergeld (subsidie)',
          'Jeugdfonds Sport & Cultuur (subsidie)', 'Zwemles voor kinderen uit minimagezinnen']),
        ('Zorg en gezondheid', 'Totaal zorg en gezondheid',
         ['Collectieve zorgverzekering minima (premiebijdrage)', 'Eigen risico-compensatie', 'Uitvaartkosten (bijzondere bijstand)']),
    ]
    rows, struct = [], []
    for gi, (head, sub, lines) in enumerate(groups):
        rows.append(Row('h%d' % gi, head, 'head'))
        lids = []
        for li, lab in enumerate(lines):
            rid = 'l%d_%d' % (gi, li)
            a24 = R(rng, 40, 2400)
            a25 = int(a24 * rng.uniform(0.85, 1.2))
            per = rng.uniform(90, 620)
            u24 = int(a24 * per)
            u25 = int(a25 * per * rng.uniform(1.0, 1.08))
            u23 = int(u24 * rng.uniform(0.8, 1.05))
            if 'Energietoeslag' in lab:
                a25, u25 = R(rng, 10, 40), R(rng, 3000, 9000)
                a24, u24 = R(rng, 300, 600), R(rng, 250000, 420000)
                u23 = R(rng, 1200000, 1900000)
            rows.append(Row(rid, lab, vals={'a25': a25, 'a24': a24, 'u25': u25, 'u24': u24, 'u23': u23}))
            lids.append(rid)
        rows.append(Row('s%d' % gi, sub, 'sub'))
        struct.append(('s%d' % gi, lids))
    rows.append(Row('T', 'Totaal minimaregelingen', 'total'))
    # provisional 2025 figures (afrekening volgt)
    for r in rows:
        if r.label in ('Stichting Leergeld (subsidie)', 'Jeugdfonds Sport & Cultuur (subsidie)',
                       'Collectieve zorgverzekering minima (premiebijdrage)'):
            r.fmt['u25'] = prov

    def rels(t):
        P = present(t)
        o = []
        for s, lids in struct:
            o += vsum(s, [x for x in lids if x in P], K)
        o += vsum('T', [s for s, _ in struct], K)
        fig = [r.id for r in t['rows'] if r.kind in ('line', 'sub', 'total')]
        o += rowrel(fig, 'vs', [('u25', 1), ('u24', -1)])
        return o

    return dict(name='t10_minimaregelingen', kind='Gemeente jaarverslag: armoede- en minimaregelingen, toekenningen en uitgaven 2025-2023 per regeling',
                title='Gemeente Zuidervoorde - Jaarverslag 2025', subtitle='Armoedebeleid: toekenningen en uitgaven per minimaregeling',
                cols=cols, rows=rows, rels=rels, labelcols=[('Regeling', 46)], font=('Palatino Linotype', 10),
                indent=1, hdr_align='center', hdr_h=[15, 15], orient='landscape', head_italic=True, sub_plain=False,
                notes=['* voorlopig cijfer: de subsidie wordt in 2026 vastgesteld.',
                       'Verschil = uitgaven 2025 min uitgaven 2024.'],
                alt=dict(p1=('Bijzondere bijstand', 'u24', 1), tot=('Totaal minimaregelingen', 'u25', 100000),
                         dele=('Zwemles voor kinderen uit minimagezinnen',), sub=('Totaal zorg en gezondheid', 'a25', 100)))


# ================================================================= driver
def find_row(t, label, rid=None):
    for r in t['rows']:
        if (rid and r.id == rid) or (not rid and r.label == label):
            return r
    raise KeyError(label)


def colobj(t, key):
    return [c for c in t['cols'] if c.key == key][0]


def fmtv(v, c):
    return v / c.scale if c.scale != 1 else v


def main():
    os.makedirs(os.path.join(HERE, 'xlsx'), exist_ok=True)
    truth = {}
    for fn in (t01, t02, t03, t04, t05, t06, t07, t08, t09, t10):
        t = fn()
        fill(t)
        if t.get('post'):
            t['post'](t)
        assert evaluate(t) == [], (t['name'], evaluate(t))   # every clean table foots exactly as printed
        for r in t['rows']:
            for k in r.vals:
                assert isinstance(r.vals[k], int), (t['name'], r.label, k)
        alt = t['alt']
        for variant in ('clean', 'p1', 'tot', 'del', 'sub'):
            tv = copy.copy(t)
            tv['rows'] = copy.deepcopy(t['rows'])
            altered, akey = None, None
            if variant in ('p1', 'tot', 'sub'):
                a = alt[variant]
                r = find_row(tv, a[0], a[3] if len(a) > 3 else None)
                c = colobj(tv, a[1])
                old = r.vals[a[1]]
                assert a[1] not in r.pm
                r.vals[a[1]] = old + a[2]
                altered = {'label': r.label, 'column': c.title,
                           'action': '%s -> %s' % (fmtv(old, c), fmtv(r.vals[a[1]], c))}
                if r.code:
                    altered['code'] = r.code
                akey = (r.id, a[1])
            elif variant == 'del':
                a = alt['dele']
                r = find_row(tv, a[0], a[1] if len(a) > 1 else None)
                assert r.kind == 'line'
                tv['rows'].remove(r)
                altered = {'label': r.label, 'column': None, 'action': 'row deleted'}
                if r.code:
                    altered['code'] = r.code
            name = t['name'] + ('' if variant == 'clean' else '_' + variant) + '.xlsx'
            cm = write_xlsx(tv, os.path.join(HERE, 'xlsx', name))
            fails = evaluate(tv)
            if variant != 'clean':
                assert fails, name
                altered['cell'] = cm[akey] if akey else 'row of %r in the clean file' % r.label
            truth[name] = {'kind': t['kind'], 'variant': variant, 'failing': fails, 'tolerated': []}
            if altered:
                truth[name]['altered'] = altered
    json.dump({'files': truth}, open(os.path.join(HERE, 'truth.json'), 'w'), indent=1, ensure_ascii=False)
    print('written', len(truth), 'xlsx; failing totals', sum(len(v['failing']) for v in truth.values()))


if __name__ == '__main__':
    main()
