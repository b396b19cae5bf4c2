"""trial25 (sealed): ten Dutch public-sector table kinds no earlier corpus has.

Run: /work/main/.venv/bin/python build.py   (writes xlsx/ and truth.json)
Then: soffice --headless --convert-to pdf --outdir pdf xlsx/*.xlsx

Each table declares its relations (target cell = signed sum of operand cells). Clean derived cells are filled
from the relations (fixed point), every clean relation is asserted to hold as printed, and truth.json lists,
per altered file, every relation whose printed target differs from the signed sum of its printed operands
(deleted rows drop out as operands; relations on a deleted row disappear).
"""
import json
import os
import random
import shutil

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties

HERE = os.path.dirname(os.path.abspath(__file__))
THIN = Side(style='thin')
MED = Side(style='medium')

F_PLAIN = '[$-413]#,##0;-#,##0'
F_DASH = '[$-413]#,##0;-#,##0;"-"'
F_RED = '[$-413]#,##0;[Red]-#,##0'
F_REDDASH = '[$-413]#,##0;[Red]-#,##0;"-"'
F_PAR = '[$-413]#,##0;(#,##0);"-"'
F_FTE = '[$-413]#,##0.00'
F_EUR = '[$-413]"€" #,##0;"€" -#,##0;"-"'


class Col:
    def __init__(self, key, title, group=None, kind='num', fmt=None, width=12, hidden=False, span=1, scale=1):
        self.key, self.title, self.group, self.kind = key, title, group, kind
        self.fmt, self.width, self.hidden, self.span, self.scale = fmt, width, hidden, span, scale

    @property
    def tname(self):
        return (self.group + ' ' + self.title) if self.group else self.title


class Table:
    def __init__(self, name, kind, title, subtitle, font='Arial', size=10, fmt=F_PLAIN, landscape=False):
        self.name, self.kind, self.title, self.subtitle = name, kind, title, subtitle
        self.font, self.size, self.fmt, self.landscape = font, size, fmt, landscape
        self.cols, self.rows, self.rels = [], [], []
        self.vals = {}          # (row_id, key) -> int (in display units; fte in hundredths)
        self.texts = {}         # (row_id, key) -> str
        self.scale_cell = None  # text put right of the (last) header row
        self.scale_line = None  # text line above the header
        self.notes = []
        self.freeze = False
        self.repeat_header = False
        self.merge_cells = False
        self.header_height = None
        self.spacer_after = None  # key of column after which a very narrow empty column is put
        self.alter = {}

    def col(self, *a, **k):
        self.cols.append(Col(*a, **k))

    def row(self, rid, label, kind='detail', code=None, indent=0, italic=False):
        self.rows.append(dict(id=rid, label=label, kind=kind, code=code, indent=indent, italic=italic))

    def numcols(self):
        return [c.key for c in self.cols if c.kind in ('num', 'fte')]

    def vsum(self, target, rows, cols=None, signs=None):
        for k in cols or self.numcols():
            self.rels.append(((target, k), [((signs or {}).get(r, 1), (r, k)) for r in rows]))

    def hrel(self, rows, target, terms):
        for r in rows:
            self.rels.append(((r, target), [(s, (r, k)) for s, k in terms]))

    def fill(self):
        changed = True
        while changed:
            changed = False
            for tgt, ops in self.rels:
                if tgt not in self.vals and all(o in self.vals for _, o in ops):
                    self.vals[tgt] = sum(s * self.vals[o] for s, o in ops)
                    changed = True
        for tgt, ops in self.rels:
            assert tgt in self.vals, (self.name, tgt)
            assert self.vals[tgt] == sum(s * self.vals[o] for s, o in ops), (self.name, tgt)


def rowinfo(t, rid):
    return next(r for r in t.rows if r['id'] == rid)


def colinfo(t, key):
    return next(c for c in t.cols if c.key == key)


def failing(t, vals, deleted):
    out, seen = [], {}
    for tgt, ops in t.rels:
        if tgt[0] in deleted:
            continue
        true = sum(s * vals[o] for s, o in ops if o[0] not in deleted)
        c = colinfo(t, tgt[1])
        if vals[tgt] != true:
            if tgt in seen:
                e = seen[tgt]
                tv = true / c.scale
                if tv != e['true'] and tv not in e.setdefault('true_other', []):
                    e['true_other'].append(tv)
                continue
            r = rowinfo(t, tgt[0])
            e = dict(label=r['label'], column=c.tname, printed=vals[tgt] / c.scale, true=true / c.scale,
                     unit=1.0 / c.scale, code=r['code'] or '')
            seen[tgt] = e
            out.append(e)
    return out


def write(t, path, vals, deleted):
    wb = Workbook()
    ws = wb.active
    ws.title = ''.join(ch for ch in t.title if ch not in '[]:*?/\\')[:28].strip()
    ws.sheet_view.showGridLines = False
    fn = lambda **k: Font(name=t.font, size=t.size, **k)
    # sheet column positions
    pos, c = {}, 1
    for col in t.cols:
        pos[col.key] = c
        ws.column_dimensions[get_column_letter(c)].width = col.width / col.span
        if col.span > 1:
            for j in range(1, col.span):
                ws.column_dimensions[get_column_letter(c + j)].width = col.width / col.span
        if col.hidden:
            ws.column_dimensions[get_column_letter(c)].hidden = True
        c += col.span
        if t.spacer_after == col.key:
            ws.column_dimensions[get_column_letter(c)].width = 0.8
            c += 1
    lastc = c - 1
    r = 1
    ws.cell(r, 1, t.title).font = Font(name=t.font, size=t.size + 4, bold=True)
    r += 1
    ws.cell(r, 1, t.subtitle).font = Font(name=t.font, size=t.size, italic=True)
    r += 1
    if t.scale_line:
        ws.cell(r, 1, t.scale_line).font = fn(italic=True)
        r += 1
    r += 1
    hdr_first = r
    groups = any(col.group for col in t.cols)
    if groups:
        done = set()
        for col in t.cols:
            if col.group and col.group not in done:
                done.add(col.group)
                ks = [x for x in t.cols if x.group == col.group]
                a, b = pos[ks[0].key], pos[ks[-1].key] + ks[-1].span - 1
                ws.cell(r, a, col.group).font = fn(bold=True)
                ws.cell(r, a).alignment = Alignment(horizontal='center')
                if b > a:
                    ws.merge_cells(start_row=r, start_column=a, end_row=r, end_column=b)
                for x in range(a, b + 1):
                    ws.cell(r, x).border = Border(bottom=THIN)
        r += 1
    for col in t.cols:
        cc = ws.cell(r, pos[col.key], col.title)
        cc.font = fn(bold=True)
        cc.alignment = Alignment(wrap_text=True, horizontal='left' if col.kind in ('label', 'code', 'text') else 'right',
                                 vertical='bottom')
        if col.span > 1:
            ws.merge_cells(start_row=r, start_column=pos[col.key], end_row=r, end_column=pos[col.key] + col.span - 1)
    for x in range(1, lastc + 1):
        ws.cell(r, x).border = Border(bottom=MED)
    if t.header_height:
        ws.row_dimensions[r].height = t.header_height
    if t.scale_cell:
        ws.cell(r, lastc + 1, t.scale_cell).font = fn(italic=True)
        ws.column_dimensions[get_column_letter(lastc + 1)].width = 10
    hdr_last = r
    r += 1
    cells = {}
    for row in t.rows:
        if row['id'] in deleted:
            continue
        k = row['kind']
        bold = k in ('sub', 'total', 'headtotal', 'heading')
        if k == 'blank':
            r += 1
            continue
        for col in t.cols:
            cp = pos[col.key]
            v = None
            if col.kind == 'label':
                v = ('   ' * row['indent']) + row['label'] if row['indent'] and False else row['label']
            elif col.kind == 'code':
                v = row['code']
            elif (row['id'], col.key) in t.texts:
                v = t.texts[(row['id'], col.key)]
            elif (row['id'], col.key) in vals:
                v = vals[(row['id'], col.key)]
                if col.scale != 1:
                    v = v / col.scale
            if v is None:
                continue
            cc = ws.cell(r, cp, v)
            cells[(row['id'], col.key)] = cc.coordinate
            cc.font = fn(bold=bold, italic=row['italic'])
            if col.kind in ('num', 'fte', 'pct', 'ratio'):
                cc.number_format = col.fmt or t.fmt
                cc.alignment = Alignment(horizontal='right')
            elif col.kind == 'label':
                cc.alignment = Alignment(indent=row['indent'])
            if col.span > 1:
                ws.merge_cells(start_row=r, start_column=cp, end_row=r, end_column=cp + col.span - 1)
        if k in ('sub', 'total'):
            for x in range(1, lastc + 1):
                ws.cell(r, x).border = Border(top=THIN, bottom=(MED if k == 'total' else None))
        r += 1
    r += 1
    for n in t.notes:
        ws.cell(r, 1, n).font = Font(name=t.font, size=max(7, t.size - 2), italic=True)
        r += 1
    ps = ws.page_setup
    ps.orientation = 'landscape' if t.landscape else 'portrait'
    ps.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ps.fitToWidth = 1
    ps.fitToHeight = 0
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.oddFooter.center.text = '&P'
    ws.oddFooter.left.text = t.subtitle[:60]
    if t.repeat_header:
        ws.print_title_rows = '%d:%d' % (hdr_first, hdr_last)
    if t.freeze:
        ws.freeze_panes = ws.cell(hdr_last + 1, 2 if t.cols[0].kind == 'label' else 3)
    wb.save(path)
    return cells


# ----------------------------------------------------------------------------------------------------------
def t01():
    rnd = random.Random(101)
    t = Table('t01_afval_fracties', 'gemeente jaarverslag: ingezameld huishoudelijk afval per fractie, ton en euro',
              'Ingezameld huishoudelijk afval per fractie 2025', 'Gemeente Oosterwolde - Jaarverslag 2025, programma 7 Volksgezondheid en milieu',
              font='Calibri', size=10, fmt=F_DASH)
    t.col('lab', 'Fractie', kind='label', width=34)
    t.col('t24', '2024', group='Hoeveelheid (ton)', width=10)
    t.col('t25', '2025', group='Hoeveelheid (ton)', width=10)
    t.col('kg', 'kg per inwoner 2025', kind='ratio', fmt='[$-413]#,##0.0', width=11)
    t.col('inz', 'Inzameling', group='Kosten 2025 (€)', width=13)
    t.col('ver', 'Verwerking', group='Kosten 2025 (€)', width=13)
    t.col('opb', 'Opbrengst', group='Kosten 2025 (€)', width=13)
    t.col('net', 'Netto kosten', group='Kosten 2025 (€)', width=13)
    t.header_height = 30
    t.freeze = True
    a = [('rest', 'Restafval'), ('gft', 'Groente-, fruit- en tuinafval'), ('pap', 'Oud papier en karton'),
         ('pmd', 'Plastic, metaal en drankkartons'), ('glas', 'Glas'), ('tex', 'Textiel 1)')]
    b = [('grof', 'Grof huishoudelijk afval'), ('hout', 'Hout A/B'), ('puin', 'Bouw- en sloopafval (puin)'),
         ('snoei', 'Snoei- en tuinafval'), ('wbg', 'Wit- en bruingoed 2)'), ('kca', 'Klein chemisch afval')]
    t.row('h1', 'Huis-aan-huis en verzamelcontainers', kind='heading')
    for rid, lab in a:
        t.row(rid, lab, indent=1)
    t.row('s1', 'Subtotaal inzameling', kind='sub')
    t.row('b1', '', kind='blank')
    t.row('h2', 'Milieustraat', kind='heading')
    for rid, lab in b:
        t.row(rid, lab, indent=1)
    t.row('b2', '', kind='blank')
    t.row('tot', 'Totaal alle fracties', kind='total')
    for rid, _ in a + b:
        ton = rnd.randint(40, 9000) if rid not in ('rest', 'gft') else rnd.randint(6000, 11000)
        t.vals[(rid, 't25')] = ton
        t.vals[(rid, 't24')] = ton + rnd.randint(-400, 400) if ton > 500 else ton + rnd.randint(-20, 20)
        t.vals[(rid, 'inz')] = rnd.randint(20, 900) * 1000 + rnd.randint(0, 999)
        t.vals[(rid, 'ver')] = 0 if rid in ('tex', 'wbg') else rnd.randint(5, 1500) * 1000 + rnd.randint(0, 999)
        t.vals[(rid, 'opb')] = -(rnd.randint(10, 400) * 1000 + rnd.randint(0, 999)) if rid in ('pap', 'glas', 'tex', 'pmd', 'hout', 'wbg') else 0
    t.hrel([x for x, _ in a + b] + ['s1', 'tot'], 'net', [(1, 'inz'), (1, 'ver'), (1, 'opb')])
    t.vsum('s1', [x for x, _ in a], ['t24', 't25', 'inz', 'ver', 'opb', 'net'])
    t.vsum('tot', ['s1'] + [x for x, _ in b], ['t24', 't25', 'inz', 'ver', 'opb', 'net'])
    t.fill()
    for rid in [x for x, _ in a + b] + ['s1', 'tot']:
        t.vals[(rid, 'kg')] = round(t.vals[(rid, 't25')] * 1000 / 58412, 1)
    t.notes = ['1) Textiel wordt ingezameld door een kringloopbedrijf; de gemeente betaalt alleen de inzameling.',
               '2) Wit- en bruingoed valt onder de producentenverantwoordelijkheid (geen verwerkingskosten).',
               'Aantal inwoners 1-1-2025: 58.412. Bron: afvalregistratie en financiële administratie.']
    t.alter = dict(p1=('pap', 'inz'), tot=('tot', 'net', 100000), dele='hout', sub=('s1', 't25', 1000))
    return t


def t02():
    rnd = random.Random(202)
    t = Table('t02_gewaarborgde_leningen', 'gemeente jaarrekening: staat van gewaarborgde geldleningen en garantstellingen',
              'Staat van gewaarborgde geldleningen', 'Gemeente Lingewaard-West - Jaarrekening 2025, bijlage 4 (bedragen in euro)',
              font='Arial', size=8, fmt=F_PLAIN, landscape=True)
    t.col('code', 'Nr.', kind='code', width=6)
    t.col('lab', 'Geldnemer / doel', kind='label', width=40)
    t.col('pct', 'Borg %', kind='pct', fmt='0%', width=7)
    t.col('oor', 'Oorspronkelijk bedrag', width=14)
    t.col('r11', 'Restant 1-1-2025', width=14)
    t.col('afl', 'Aflossing 2025', width=13)
    t.col('r3112', 'Restant 31-12-2025', width=14)
    t.col('gw', 'Gewaarborgd deel 31-12-2025', width=15)
    t.header_height = 24
    blocks = [('A', 'Woningcorporaties (achtervang WSW)', ['Woonstichting De Linge', 'Stichting Thuisvester', 'Woonzorg Betuwe', 'Vivare Wonen']),
              ('B', 'Sport en recreatie', ['Tennisvereniging De Kei', 'Hockeyclub Bemmel', 'Stichting Zwembad De Helster', 'Voetbalvereniging Angeren', 'Golfclub De Batouwe']),
              ('C', 'Zorg, welzijn en onderwijs', ['Stichting Kinderopvang Rijnwaarden', 'Stichting Dorpshuis Doornenburg', 'Zorgcentrum Huissen'])]
    heads = []
    n = 0
    for bc, bl, items in blocks:
        hid = 'h' + bc
        heads.append(hid)
        t.row(hid, bl, kind='headtotal', code=bc)
        ids = []
        for it in items:
            n += 1
            rid = 'l%d' % n
            ids.append(rid)
            t.row(rid, it, code='%s.%d' % (bc, len(ids)), indent=1)
            pct = 0.5 if bc == 'A' else rnd.choice([1.0, 1.0, 0.5])
            oor = rnd.randint(80, 9000) * 1000 if bc == 'A' else rnd.randint(40, 900) * 1000
            r11 = int(oor * rnd.uniform(0.3, 0.95))
            afl = int(r11 * rnd.uniform(0.02, 0.12)) if it != 'Golfclub De Batouwe' else 0
            t.vals[(rid, 'oor')], t.vals[(rid, 'r11')], t.vals[(rid, 'afl')] = oor, r11, afl
            t.vals[(rid, 'gw')] = round((r11 - afl) * pct)
            t.vals[(rid, 'pct')] = pct
        t.vsum(hid, ids, ['oor', 'r11', 'afl', 'r3112', 'gw'])
        t.hrel(ids, 'r3112', [(1, 'r11'), (-1, 'afl')])
        t.row('b' + bc, '', kind='blank')
    t.row('tot', 'Totaal gewaarborgde geldleningen', kind='total')
    t.vsum('tot', heads, ['oor', 'r11', 'afl', 'r3112', 'gw'])
    t.hrel(heads + ['tot'], 'r3112', [(1, 'r11'), (-1, 'afl')])
    t.fill()
    t.notes = ['Borg %: het deel van de lening waarvoor de gemeente garant staat. Bij WSW-leningen is de gemeente achtervanger (50%).']
    t.alter = dict(p1=('l6', 'r11'), tot=('tot', 'r3112', 500000), dele='l3', sub=('hB', 'afl', 10000))
    return t


def t03():
    rnd = random.Random(303)
    t = Table('t03_deelnemingen_dividend', 'provincie jaarstukken: deelnemingen, boekwaarde en dividend',
              'Deelnemingen: boekwaarde en dividendopbrengst', 'Provincie Noordmark - Jaarstukken 2025, paragraaf verbonden partijen',
              font='Times New Roman', size=10, fmt=F_PLAIN)
    t.col('lab', 'Deelneming', kind='label', width=34)
    t.col('gb', 'Grootboek', kind='text', width=9, hidden=True)
    t.col('aand', 'Aantal aandelen', kind='ratio', fmt='[$-413]#,##0', width=13)
    t.col('bel', 'Belang', kind='pct', fmt='[$-413]0.0%', width=8)
    t.col('bw24', 'Boekwaarde 31-12-2024', width=12)
    t.col('bw25', 'Boekwaarde 31-12-2025', width=12)
    t.col('d24', 'Dividend 2024', width=11)
    t.col('d25', 'Dividend 2025', width=11)
    t.col('vd', 'Verschil dividend', fmt=F_RED, width=11)
    t.scale_cell = 'x € 1.000'
    t.header_height = 28
    names = ['Enexis Holding N.V.', 'Vitens N.V.', 'BNG Bank N.V.', 'Waterbedrijf Noordmark N.V.', 'Attero Holding N.V.',
             'Groningen Seaports N.V. 1)', 'N.V. Regionale Ontwikkelingsmaatschappij', 'Luchthaven Eelde N.V.',
             'Nederlandse Waterschapsbank N.V.', 'Publiek Belang Elektriciteitsproductie B.V.']
    ids = []
    for i, nm in enumerate(names):
        rid = 'd%d' % i
        ids.append(rid)
        t.row(rid, nm)
        t.vals[(rid, 'gb')] = 710000 + rnd.randint(1, 999) * 10
        t.vals[(rid, 'aand')] = rnd.randint(1000, 4000000)
        t.vals[(rid, 'bel')] = rnd.randint(5, 600) / 1000
        bw = rnd.randint(1, 3000)
        t.vals[(rid, 'bw24')] = bw
        t.vals[(rid, 'bw25')] = bw + (rnd.choice([0, 0, rnd.randint(-60, 200)]))
        t.vals[(rid, 'd24')] = rnd.randint(0, 5200) if i not in (7, 9) else 0
        t.vals[(rid, 'd25')] = max(0, t.vals[(rid, 'd24')] + rnd.randint(-900, 700)) if i not in (7, 9) else 0
    t.row('tot', 'Totaal deelnemingen', kind='total')
    t.hrel(ids + ['tot'], 'vd', [(1, 'd25'), (-1, 'd24')])
    t.vsum('tot', ids, ['bw24', 'bw25', 'd24', 'd25', 'vd'])
    t.fill()
    for k in ('gb', 'aand', 'bel'):
        for rid in ids:
            if k == 'gb':
                t.texts[(rid, k)] = str(t.vals.pop((rid, k)))
    t.notes = ['1) Per 1 juli 2025 is het belang in Groningen Seaports verminderd; boekwaarde tegen verkrijgingsprijs.',
               'Dividend wordt verantwoond in het jaar waarin het wordt uitgekeerd.']
    t.alter = dict(p1=('d2', 'd25'), tot=('tot', 'bw25', 1000), dele='d4', sub=('d0', 'd24', 2000))
    return t


def t04():
    rnd = random.Random(404)
    t = Table('t04_vr_brandweerposten', 'veiligheidsregio begroting: kosten per brandweerpost met formatie',
              'Kosten per brandweerpost 2026', 'Veiligheidsregio Rivierenland-Zuid - Programmabegroting 2026, programma Brandweerzorg',
              font='Arial Narrow', size=9, fmt=F_RED, landscape=True)
    t.col('lab', 'Brandweerpost', kind='label', width=24)
    t.col('vw', 'Vrijwilligers (aantal)', width=10)
    t.col('fte', 'Beroeps (fte)', kind='fte', fmt=F_FTE, width=9, scale=100)
    t.col('per', 'Personeel', group='Begroting 2026 (€)', width=12)
    t.col('huis', 'Huisvesting', group='Begroting 2026 (€)', width=12)
    t.col('mat', 'Materieel', group='Begroting 2026 (€)', width=12)
    t.col('kap', 'Kapitaallasten', group='Begroting 2026 (€)', width=12)
    t.col('t26', 'Totaal 2026', group='Begroting 2026 (€)', width=12)
    t.col('t25', 'Begroting 2025', width=12)
    t.col('vs', 'Verschil', width=11)
    t.spacer_after = 'fte'
    t.freeze = True
    t.header_height = 28
    districts = [('N', 'District Noord', ['Tiel', 'Culemborg', 'Geldermalsen', 'Buren', 'Beesd']),
                 ('Z', 'District Zuid', ['Zaltbommel', 'Kerkdriel', 'Ammerzoden', 'Brakel']),
                 ('O', 'District Oost', ['Druten', 'Beneden-Leeuwen', 'Wijchen', 'Dodewaard', 'Ochten', 'Kesteren'])]
    subs = []
    for dc, dn, posts in districts:
        t.row('h' + dc, dn, kind='heading')
        ids = []
        for p in posts:
            rid = dc + p[:4]
            ids.append(rid)
            t.row(rid, 'Post ' + p, indent=1)
            beroeps = rnd.random() < 0.3
            t.vals[(rid, 'vw')] = rnd.randint(18, 42)
            t.vals[(rid, 'fte')] = rnd.randint(1200, 2600) if beroeps else rnd.choice([0, 0, rnd.randint(20, 150)])
            t.vals[(rid, 'per')] = rnd.randint(150000, 420000) + (t.vals[(rid, 'fte')] * 720)
            t.vals[(rid, 'huis')] = rnd.randint(40000, 160000)
            t.vals[(rid, 'mat')] = rnd.randint(60000, 240000)
            t.vals[(rid, 'kap')] = rnd.randint(30000, 210000)
        for rid in ids:
            pass
        t.row('s' + dc, 'Totaal ' + dn.lower().replace('district', 'district'), kind='sub')
        subs.append('s' + dc)
        t.vsum('s' + dc, ids)
        t.rows.append(dict(id='b' + dc, label='', kind='blank', code=None, indent=0, italic=False))
        for rid in ids:
            t.vals[(rid, 't25')] = 0  # placeholder, set below
    t.row('tot', 'Totaal brandweerposten', kind='total')
    t.vsum('tot', subs)
    det = [r['id'] for r in t.rows if r['kind'] == 'detail']
    t.hrel(det + subs + ['tot'], 't26', [(1, 'per'), (1, 'huis'), (1, 'mat'), (1, 'kap')])
    t.hrel(det + subs + ['tot'], 'vs', [(1, 't26'), (-1, 't25')])
    for rid in det:
        tot = sum(t.vals[(rid, k)] for k in ('per', 'huis', 'mat', 'kap'))
        t.vals[(rid, 't25')] = tot + rnd.randint(-60000, 30000)
    t.fill()
    t.notes = ['Posten met beroepspersoneel: kazernebezetting in dagdienst. Verschil = totaal 2026 min begroting 2025 (negatief = lager).']
    t.alter = dict(p1=('ZKerk', 'huis'), tot=('tot', 't26', 100000), dele='OWijc', sub=('sN', 'mat', 10000))
    return t


def t05():
    rnd = random.Random(505)
    t = Table('t05_structurele_reservemutaties', 'gemeente begroting: overzicht structurele toevoegingen en onttrekkingen aan reserves',
              'Structurele toevoegingen en onttrekkingen aan reserves', 'Gemeente Hoogeveld - Programmabegroting 2026-2029 (art. 19 lid c BBV)',
              font='Verdana', size=9, fmt=F_DASH)
    t.col('code', 'Nr.', kind='code', width=6)
    t.col('lab', 'Reserve', kind='label', width=44)
    for y in (2026, 2027, 2028, 2029):
        t.col('y%d' % y, str(y), width=10)
    t.scale_cell = 'x € 1.000'
    ys = ['y2026', 'y2027', 'y2028', 'y2029']
    toe = [('R01', 'Algemene reserve (rente eigen vermogen)'), ('R12', 'Reserve egalisatie afvalstoffenheffing'),
           ('R14', 'Reserve onderhoud sportaccommodaties'), ('R17', 'Reserve vervanging ICT'),
           ('R21', 'Reserve kapitaallasten brede school'), ('R23', 'Reserve duurzaamheid en energietransitie')]
    ont = [('R21', 'Reserve kapitaallasten brede school'), ('R22', 'Reserve kapitaallasten sporthal De Bongerd'),
           ('R14', 'Reserve onderhoud sportaccommodaties'), ('R30', 'Reserve sociaal domein'),
           ('R17', 'Reserve vervanging ICT')]
    t.row('ht', 'Structurele toevoegingen', kind='headtotal')
    ti = []
    for i, (c, l) in enumerate(toe):
        rid = 't%d' % i
        ti.append(rid)
        t.row(rid, l, code=c, indent=1)
        base = rnd.randint(20, 900)
        for j, y in enumerate(ys):
            t.vals[(rid, y)] = 0 if (c == 'R23' and j == 0) else base + rnd.choice([0, 0, rnd.randint(1, 60)])
    t.row('b1', '', kind='blank')
    t.row('ho', 'Structurele onttrekkingen', kind='headtotal')
    oi = []
    for i, (c, l) in enumerate(ont):
        rid = 'o%d' % i
        oi.append(rid)
        t.row(rid, l, code=c, indent=1)
        base = rnd.randint(30, 700)
        for j, y in enumerate(ys):
            t.vals[(rid, y)] = base - j * rnd.randint(0, 12) if c != 'R30' or j < 2 else 0
    t.row('b2', '', kind='blank')
    t.row('b3', '', kind='blank')
    t.row('sal', 'Saldo structurele mutaties reserves', kind='total')
    t.vsum('ht', ti)
    t.vsum('ho', oi)
    t.vsum('sal', ['ht', 'ho'], signs={'ho': -1})
    t.fill()
    t.notes = ['Onttrekkingen zijn positief weergegeven; het saldo is toevoegingen min onttrekkingen.',
               'Een structurele mutatie is een toevoeging of onttrekking die in alle jaren van de meerjarenraming terugkeert.']
    t.alter = dict(p1=('t2', 'y2027'), tot=('sal', 'y2029', 100), dele='o1', sub=('ht', 'y2026', 100))
    return t


def t06():
    rnd = random.Random(606)
    t = Table('t06_ws_resultaatbestemming', 'waterschap jaarrekening: gerealiseerd resultaat en voorstel resultaatbestemming',
              'Resultaat en voorstel resultaatbestemming', 'Waterschap Vechtstromen-Oost - Jaarrekening 2025',
              font='Cambria', size=11, fmt=F_PAR)
    t.col('lab', '', kind='label', width=50)
    t.col('r24', 'Rekening 2024', width=13)
    t.col('nt', 'Zie toel.', kind='text', width=7)
    t.col('r25', 'Rekening 2025', width=13)
    t.scale_line = 'Bedragen x € 1.000'
    ys = ['r24', 'r25']
    progs = [('p1', 'Watersysteembeheer'), ('p2', 'Zuiveringsbeheer'), ('p3', 'Waterketen en keringen'), ('p4', 'Bestuur en organisatie')]
    t.row('hp', 'Saldo van baten en lasten per programma', kind='heading', italic=True)
    for rid, l in progs:
        t.row(rid, l, indent=1)
        for y in ys:
            t.vals[(rid, y)] = rnd.randint(-9000, 14000)
    t.texts[('p2', 'nt')] = 'a'
    t.texts[('p4', 'nt')] = 'b'
    t.row('sbl', 'Saldo van baten en lasten', kind='sub')
    t.row('b1', '', kind='blank')
    t.row('tr', 'Toevoegingen aan reserves', indent=1)
    t.row('or', 'Onttrekkingen aan reserves', indent=1)
    t.texts[('or', 'nt')] = 'c'
    for y in ys:
        t.vals[('tr', y)] = -rnd.randint(500, 4000)
        t.vals[('or', y)] = rnd.randint(300, 5000)
    t.row('gr', 'Gerealiseerd resultaat', kind='sub')
    t.row('b2', '', kind='blank')
    t.row('hb', 'Voorgestelde bestemming:', kind='heading', italic=True)
    best = [('v1', 'Tariefegalisatiereserve watersysteembeheer'), ('v2', 'Tariefegalisatiereserve zuiveringsbeheer'),
            ('v3', 'Budgetoverheveling projecten KRW'), ('v4', 'Algemene reserve')]
    for rid, l in best:
        t.row(rid, l, indent=1)
    t.texts[('v3', 'nt')] = 'd'
    t.row('tb', 'Totaal bestemming', kind='sub')
    t.row('res', 'Resterend na bestemming', kind='total')
    t.vsum('sbl', [p for p, _ in progs], ys)
    t.vsum('gr', ['sbl', 'tr', 'or'], ys)
    t.vsum('tb', [v for v, _ in best], ys)
    t.vsum('res', ['gr', 'tb'], ys, signs={'tb': -1})
    # make bestemming close the resultaat exactly: v4 = rest
    for y in ys:
        sbl = sum(t.vals[(p, y)] for p, _ in progs)
        gr = sbl + t.vals[('tr', y)] + t.vals[('or', y)]
        t.vals[('v1', y)] = round(gr * 0.3)
        t.vals[('v2', y)] = round(gr * 0.25)
        t.vals[('v3', y)] = rnd.randint(200, 900)
        t.vals[('v4', y)] = gr - t.vals[('v1', y)] - t.vals[('v2', y)] - t.vals[('v3', y)]
    t.fill()
    t.notes = ['Positief = voordelig, tussen haakjes = nadelig. De letters verwijzen naar de toelichting op pagina 64.']
    t.alter = dict(p1=('p3', 'r25'), tot=('res', 'r24', 1000), dele='p2', sub=('sbl', 'r25', 1000))
    return t


def t07():
    rnd = random.Random(707)
    t = Table('t07_subsidieregister', 'gemeente jaarverslag: subsidieregister per programma',
              'Subsidieregister 2025', 'Gemeente Heuvelrug-Zuid - Jaarverslag 2025, bijlage 7 (bedragen in euro)',
              font='Calibri', size=9, fmt=F_RED, landscape=True)
    t.col('code', 'Nr.', kind='code', width=9)
    t.col('lab', 'Ontvanger', kind='label', width=38)
    t.col('reg', 'Regeling', kind='text', width=26)
    t.col('ver', 'Verleend', width=12)
    t.col('vas', 'Vastgesteld', width=12)
    t.col('voo', 'Bevoorschot', width=12)
    t.col('rest', 'Nog te betalen / terug te vorderen', width=14)
    t.repeat_header = True
    t.freeze = True
    t.header_height = 26
    progs = [(1, 'Programma 1 Sociaal domein', 16), (2, 'Programma 2 Onderwijs en jeugd', 10), (3, 'Programma 3 Sport en cultuur', 14),
             (4, 'Programma 4 Wonen en leefomgeving', 7), (5, 'Programma 5 Economie en toerisme', 8)]
    orgs = ['Stichting Welzijn', 'Vereniging Dorpsbelang', 'Stichting Vluchtelingenwerk', 'Humanitas afdeling', 'Voedselbank',
            'Muziekvereniging Harmonie', 'Toneelvereniging De Planken', 'Sportclub', 'Stichting Bibliotheek', 'Historische Kring',
            'Scouting', 'Stichting Jeugdwerk', 'Ondernemersvereniging', 'Stichting Streekmuseum', 'Buurtvereniging',
            'Stichting Mantelzorg', 'Zwemvereniging', 'IVN afdeling', 'Stichting Peuterwerk', 'Stichting Kunstroute']
    places = ['Doorn', 'Leersum', 'Amerongen', 'Maarn', 'Driebergen', 'Overberg', 'Maarsbergen']
    regs = ['Algemene subsidieverordening', 'Nadere regels welzijn', 'Beleidsregel amateurkunst', 'Incidentele subsidie',
            'Regeling sportstimulering', 'Waarderingssubsidie', 'Budgetsubsidie']
    subs = []
    n = 0
    for pn, pl, cnt in progs:
        t.row('h%d' % pn, pl, kind='heading')
        ids = []
        for i in range(cnt):
            n += 1
            rid = 'x%d' % n
            ids.append(rid)
            t.row(rid, '%s %s' % (rnd.choice(orgs), rnd.choice(places)), code='S25-%03d' % n)
            t.texts[(rid, 'reg')] = rnd.choice(regs)
            ver = rnd.randint(1, 300) * 250 if rnd.random() < 0.8 else rnd.randint(300, 1800) * 500
            vas = ver if rnd.random() < 0.7 else ver - rnd.randint(1, 40) * 25
            voo = ver if rnd.random() < 0.6 else round(ver * 0.8)
            t.vals[(rid, 'ver')], t.vals[(rid, 'vas')], t.vals[(rid, 'voo')] = ver, vas, voo
        t.row('s%d' % pn, 'Subtotaal programma %d' % pn, kind='sub')
        subs.append('s%d' % pn)
        t.vsum('s%d' % pn, ids)
        t.hrel(ids + ['s%d' % pn], 'rest', [(1, 'vas'), (-1, 'voo')])
        t.rows.append(dict(id='b%d' % pn, label='', kind='blank', code=None, indent=0, italic=False))
        t.rows.append(dict(id='bb%d' % pn, label='', kind='blank', code=None, indent=0, italic=False))
    t.row('tot', 'Totaal subsidieregister', kind='total')
    t.vsum('tot', subs)
    t.hrel(['tot'], 'rest', [(1, 'vas'), (-1, 'voo')])
    t.fill()
    t.notes = ['Nog te betalen (positief) of terug te vorderen (negatief) = vastgesteld min bevoorschot.',
               'Subsidies tot € 5.000 worden direct vastgesteld.']
    t.alter = dict(p1=('x20', 'vas'), tot=('tot', 'ver', 10000), dele='x33', sub=('s3', 'voo', 10000))
    return t


def t08():
    rnd = random.Random(808)
    t = Table('t08_leges_omgevingsvergunningen', 'gemeente jaarverslag: legesopbrengst omgevingsvergunningen per categorie',
              'Leges omgevingsvergunningen 2025', 'Gemeente Waterland-Noord - Jaarverslag 2025, paragraaf lokale heffingen',
              font='Segoe UI', size=9, fmt=F_RED)
    t.col('lab', 'Categorie', kind='label', width=36)
    t.col('aan', 'Aantal aanvragen', width=10)
    t.col('bs', 'Bouwsom (€)', width=14)
    t.col('beg', 'Begroot', group='Leges (€)', width=12)
    t.col('rea', 'Gerealiseerd', group='Leges (€)', width=12)
    t.col('vs', 'Verschil', group='Leges (€)', width=12)
    t.col('pct', '% van begroot', kind='pct', fmt='[$-413]0%', width=9)
    t.header_height = 26
    g1 = [('w1', 'Woningbouw nieuwbouw'), ('w2', 'Verbouw en uitbreiding woningen'), ('w3', 'Bedrijfsgebouwen'),
          ('w4', 'Agrarische bebouwing'), ('w5', 'Maatschappelijk vastgoed')]
    g2 = [('o1', 'Kappen van houtopstanden'), ('o2', 'Uitrit en inrit'), ('o3', 'Reclame en handelsreclame'),
          ('o4', 'Milieuactiviteit'), ('o5', 'Afwijken omgevingsplan'), ('o6', 'Monumentenactiviteit')]
    t.row('h1', 'Bouwactiviteiten', kind='heading')
    for rid, l in g1:
        t.row(rid, l, indent=1)
        t.vals[(rid, 'aan')] = rnd.randint(8, 260)
        t.vals[(rid, 'bs')] = rnd.randint(500, 30000) * 1000 + rnd.randint(0, 999)
        t.vals[(rid, 'beg')] = rnd.randint(40, 900) * 1000
        t.vals[(rid, 'rea')] = int(t.vals[(rid, 'beg')] * rnd.uniform(0.6, 1.4))
    t.row('s1', 'Subtotaal bouwactiviteiten', kind='sub')
    t.row('h2', 'Overige activiteiten', kind='heading')
    for rid, l in g2:
        t.row(rid, l, indent=1)
        t.vals[(rid, 'aan')] = rnd.randint(3, 140)
        t.vals[(rid, 'bs')] = 0
        t.vals[(rid, 'beg')] = rnd.randint(5, 90) * 1000
        t.vals[(rid, 'rea')] = int(t.vals[(rid, 'beg')] * rnd.uniform(0.5, 1.5))
    t.row('s2', 'Subtotaal overige activiteiten', kind='sub')
    t.row('b1', '', kind='blank')
    t.row('tl', 'Totaal leges', kind='sub')
    t.row('af', 'Af: teruggaaf bij intrekking en weigering', indent=1)
    t.vals[('af', 'beg')] = -40000
    t.vals[('af', 'rea')] = -rnd.randint(20000, 70000)
    t.row('net', 'Netto legesopbrengst', kind='total')
    cols = ['aan', 'bs', 'beg', 'rea', 'vs']
    t.vsum('s1', [r for r, _ in g1], cols)
    t.vsum('s2', [r for r, _ in g2], cols)
    t.vsum('tl', ['s1', 's2'], cols)
    t.vsum('net', ['tl', 'af'], ['beg', 'rea', 'vs'])
    t.hrel([r for r, _ in g1 + g2] + ['s1', 's2', 'tl', 'af', 'net'], 'vs', [(1, 'rea'), (-1, 'beg')])
    t.fill()
    for r in t.rows:
        if (r['id'], 'beg') in t.vals and t.vals[(r['id'], 'beg')]:
            t.vals[(r['id'], 'pct')] = round(t.vals[(r['id'], 'rea')] / t.vals[(r['id'], 'beg')], 2)
    t.notes = ['Bouwsom: opgegeven bouwkosten van de verleende vergunningen; niet voor overige activiteiten.',
               'Verschil = gerealiseerd min begroot; negatief is een lagere opbrengst.']
    t.alter = dict(p1=('w2', 'rea'), tot=('net', 'rea', 100000), dele='o3', sub=('s1', 'beg', 10000))
    return t


def t09():
    rnd = random.Random(909)
    t = Table('t09_kapitaallasten_taakveld', 'gemeente begroting: kapitaallasten per taakveld',
              'Kapitaallasten per taakveld', 'Gemeente Beekdal - Programmabegroting 2026, bijlage kapitaallasten',
              font='Georgia', size=10, fmt=F_PLAIN)
    t.col('code', 'Taak-veld', kind='code', width=7)
    t.col('lab', 'Omschrijving', kind='label', width=40, span=2)
    t.col('bw', 'Boekwaarde 1-1-2026', width=16, span=2)
    t.col('k25', 'Kapitaallasten 2025', width=16, span=2)
    t.col('afs', 'Afschrijving 2026', width=16, span=2)
    t.col('ren', 'Rente 2026', width=14, span=2)
    t.col('k26', 'Kapitaallasten 2026', width=16, span=2)
    t.merge_cells = True
    t.header_height = 30
    t.scale_line = 'Bedragen x € 1.000'
    groups = [('0', 'Bestuur en ondersteuning', [('0.1', 'Bestuur'), ('0.10', 'Mutaties reserves'), ('0.3', 'Beheer overige gebouwen en gronden'), ('0.4', 'Overhead')]),
              ('2', 'Verkeer, vervoer en waterstaat', [('2.1', 'Verkeer en vervoer'), ('2.2', 'Parkeren'), ('2.4', 'Economische havens en waterwegen')]),
              ('5', 'Sport, cultuur en recreatie', [('5.1', 'Sportbeleid en activering'), ('5.2', 'Sportaccommodaties'), ('5.7', 'Openbaar groen en (openlucht) recreatie')]),
              ('6', 'Sociaal domein', [('6.1', 'Samenkracht en burgerparticipatie'), ('6.71', 'Maatwerkdienstverlening 18+'), ('6.72', 'Maatwerkdienstverlening 18-')]),
              ('7', 'Volksgezondheid en milieu', [('7.2', 'Riolering'), ('7.3', 'Afval'), ('7.5', 'Begraafplaatsen en crematoria')])]
    subs = []
    for gc, gl, items in groups:
        ids = []
        for c, l in items:
            rid = 'c' + c
            ids.append(rid)
            t.row(rid, l, code=c)
            bw = rnd.randint(100, 40000) if c != '0.10' else 0
            t.vals[(rid, 'bw')] = bw
            t.vals[(rid, 'afs')] = round(bw * rnd.uniform(0.03, 0.08))
            t.vals[(rid, 'ren')] = round(bw * 0.015)
            t.vals[(rid, 'k25')] = t.vals[(rid, 'afs')] + t.vals[(rid, 'ren')] + rnd.randint(-30, 40) if bw else 0
        t.row('s' + gc, 'Totaal ' + gl, kind='sub', code=gc)
        subs.append('s' + gc)
        t.vsum('s' + gc, ids)
        t.hrel(ids + ['s' + gc], 'k26', [(1, 'afs'), (1, 'ren')])
    t.row('b', '', kind='blank')
    t.row('tot', 'Totaal kapitaallasten', kind='total')
    t.vsum('tot', subs)
    t.hrel(['tot'], 'k26', [(1, 'afs'), (1, 'ren')])
    t.fill()
    t.notes = ['Rente: omslagrente 1,5% over de boekwaarde per 1 januari. Taakveld 0.10 heeft geen activa.']
    t.alter = dict(p1=('c5.2', 'afs'), tot=('tot', 'bw', 1000), dele='c6.71', sub=('s2', 'ren', 100))
    return t


def t10():
    rnd = random.Random(1010)
    t = Table('t10_woonlasten', 'gemeente begroting: lokale lastendruk (woonlasten) per huishoudtype',
              'Lokale lastendruk 2026', 'Gemeente Maasoever - Programmabegroting 2026, paragraaf lokale heffingen',
              font='Arial', size=11, fmt=F_EUR)
    t.col('lab', 'Huishoudtype / heffing', kind='label', width=40)
    t.col('y25', '2025', width=12)
    t.col('y26', '2026', width=12)
    t.col('vs', 'Verschil (€)', width=12, fmt='[$-413]"€" #,##0;[Red]"€" -#,##0;"-"')
    t.col('pct', 'Verschil (%)', kind='pct', fmt='[$-413]0.0%;[Red]-0.0%', width=11)
    blocks = [('A', 'Eenpersoonshuishouden, huurder', [('rio', 'Rioolheffing'), ('afv', 'Afvalstoffenheffing (eenpersoons)')]),
              ('B', 'Meerpersoonshuishouden, huurder', [('rio', 'Rioolheffing'), ('afv', 'Afvalstoffenheffing (meerpersoons)')]),
              ('C', 'Meerpersoonshuishouden, eigenaar-bewoner', [('ozb', 'OZB eigenaar (WOZ-waarde € 342.000)'), ('rio', 'Rioolheffing'),
                                                                 ('afv', 'Afvalstoffenheffing (meerpersoons)'), ('wsv', 'Waterschapslasten (ter informatie)')])]
    base = {'rio': (268, 281), 'ozb': (389, 404)}
    for bc, bl, items in blocks:
        t.row('h' + bc, bl, kind='heading', italic=True)
        ids = []
        for k, l in items:
            rid = bc + k
            ids.append(rid)
            t.row(rid, l, indent=1)
            if k == 'rio':
                a, b = base['rio']
            elif k == 'ozb':
                a, b = base['ozb']
            elif k == 'afv':
                a = 248 if 'eenpersoons' in l else 317
                b = a + (14 if 'eenpersoons' in l else 21)
            else:
                a, b = 0, 0
            if k == 'wsv':
                a, b = 0, 0
            t.vals[(rid, 'y25')], t.vals[(rid, 'y26')] = a, b
        if bc == 'C':
            ids.remove('Cwsv')
        t.row('s' + bc, 'Woonlasten ' + bl.lower(), kind='sub')
        t.vsum('s' + bc, ids, ['y25', 'y26', 'vs'])
        t.hrel([r for r in ids] + ['s' + bc] + (['Cwsv'] if bc == 'C' else []), 'vs', [(1, 'y26'), (-1, 'y25')])
        t.rows.append(dict(id='b' + bc, label='', kind='blank', code=None, indent=0, italic=False))
    # the waterschap line is printed '-' (not part of the gemeentelijke woonlasten)
    t.fill()
    for r in t.rows:
        if (r['id'], 'y25') in t.vals and t.vals[(r['id'], 'y25')]:
            t.vals[(r['id'], 'pct')] = round(t.vals[(r['id'], 'vs')] / t.vals[(r['id'], 'y25')], 3)
    t.notes = ['Bron: COELO-systematiek; bedragen per huishouden per jaar, na aftrek van heffingskorting.',
               'Waterschapslasten worden door het waterschap geheven en tellen niet mee in de gemeentelijke woonlasten.']
    t.alter = dict(p1=('Bafv', 'y26'), tot=('sC', 'y26', 100), dele='Arie' if False else 'Crio', sub=('sA', 'y25', 100))
    return t


def main():
    os.chdir(HERE)
    for d in ('xlsx', 'pdf'):
        shutil.rmtree(d, ignore_errors=True)
        os.makedirs(d)
    truth = {}
    for f in (t01, t02, t03, t04, t05, t06, t07, t08, t09, t10):
        t = f()
        assert not failing(t, t.vals, set()), t.name
        cells = write(t, 'xlsx/%s.xlsx' % t.name, t.vals, set())
        truth[t.name + '.xlsx'] = dict(kind=t.kind, variant='clean', failing=[])
        for var in ('p1', 'tot', 'del', 'sub'):
            vals = dict(t.vals)
            deleted = set()
            if var == 'del':
                rid = t.alter['dele']
                deleted.add(rid)
                r = rowinfo(t, rid)
                altered = dict(label=r['label'], column=None, cell=cells[(rid, 'lab')] if (rid, 'lab') in cells else None,
                               action='row deleted')
            else:
                spec = t.alter[var]
                rid, k = spec[0], spec[1]
                delta = 1 if var == 'p1' else spec[2]
                c = colinfo(t, k)
                old = vals[(rid, k)]
                vals[(rid, k)] = old + delta * c.scale
                altered = dict(label=rowinfo(t, rid)['label'], column=c.tname, cell=cells[(rid, k)],
                               action='%s -> %s' % (old / c.scale, vals[(rid, k)] / c.scale))
            fl = failing(t, vals, deleted)
            assert fl, (t.name, var)
            fn = '%s_%s.xlsx' % (t.name, var)
            write(t, 'xlsx/' + fn, vals, deleted)
            truth[fn] = dict(kind=t.kind, variant=var, altered=altered, failing=fl)
    json.dump({'files': truth}, open('truth.json', 'w'), indent=1, ensure_ascii=False)
    print(len(truth), 'files;', sum(len(v['failing']) for v in truth.values()), 'failing totals')


if __name__ == '__main__':
    main()
