"""Build the sealed-trial33 corpus: 10 tables x (clean, _p1, _tot, _del, _sub) as xlsx + truth.json.

Values are integers in the printed unit, so a table foots as printed exactly when its relations hold on the cell
values. Each table is one list of rows and one list of columns; its relations (vertical sums, row relations of
derived columns) are generated from the rows that are present, so after `_del` they are rebuilt from the remaining
rows. The truth of a copy is the list of relations that fail on the printed values.

run: /work/main/.venv/bin/python build.py
"""
import copy
import json
import os
import random

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))

F_EUR = '[$-413]#,##0;-#,##0;"-"'
F_EUR0 = '[$-413]#,##0;-#,##0;0'
F_CNT = '[$-413]#,##0'
F_ACC = '[$-413]_ "€" * #,##0_ ;_ "€" * -#,##0_ ;_ "€" * "-"_ ;_ @_ '
F_KM = '[$-413]#,##0.0'

THIN = Side(style='thin', color='000000')
HAIR = Side(style='hair', color='808080')
DBL = Side(style='double', color='000000')


class Col:
    def __init__(self, key, hdr, fmt=F_EUR, width=12, summed=True, base=True, unit=1.0):
        self.key, self.hdr, self.fmt, self.width, self.summed, self.base, self.unit = \
            key, tuple(hdr), fmt, width, summed, base, unit

    @property
    def title(self):
        return ' '.join(h.replace('\n', ' ') for h in self.hdr if h)


class Row:
    def __init__(self, rid, label, kind='line', code=None, vals=None, hidden=False):
        self.id, self.label, self.kind, self.code, self.hidden = rid, label, kind, code, hidden
        self.vals = dict(vals or {})


def R(rng, lo, hi, step=1):
    return rng.randrange(lo // step, hi // step + 1) * step


# ----------------------------------------------------------------- relations
def vsum(tgt, parts, keys, signs=None):
    return [((tgt, k), [(p, k, (signs or {}).get(p, 1)) for p in parts]) for k in keys]


def rowrel(rids, tgt, terms):
    return [((r, tgt), [(r, k, c) for k, c in terms]) for r in rids]


def fill(t):
    rows = {r.id: r for r in t['rows']}
    rels = t['rels'](t, {r.id for r in t['rows']})
    for _ in range(10):
        for (tr, tk), terms in rels:
            rows[tr].vals[tk] = sum(c * rows[r].vals.get(k, 0) for r, k, c in terms)
    for f in t.get('post', []):
        f(t)


def evaluate(t):
    rows = {r.id: r for r in t['rows']}
    cols = {c.key: c for c in t['cols']}
    out = []
    for (tr, tk), terms in t['rels'](t, set(rows)):
        if tr not in rows or rows[tr].vals.get(tk) is None:
            continue
        tv = sum(c * rows[r].vals.get(k, 0) for r, k, c in terms if r in rows)
        pv = rows[tr].vals[tk]
        if pv != tv:
            u = cols[tk].unit
            e = {'label': rows[tr].label, 'column': cols[tk].title}
            if rows[tr].code:
                e['code'] = rows[tr].code
            e.update(printed=round(pv * u, 6), true=round(tv * u, 6), unit=float(u))
            out.append(e)
    return out


def lines_of(t, present, group):
    return [r.id for r in t['rows'] if r.id in present and r.kind == 'line' and r.id.startswith(group + '.')]


# ----------------------------------------------------------------- writer
def write_xlsx(t, path):
    wb = Workbook()
    ws = wb.active
    ws.title = t.get('sheet', 'Blad1')
    ws.sheet_view.showGridLines = False
    fn, fs = t.get('font', ('Calibri', 10))
    F = lambda **k: Font(name=fn, size=k.pop('size', fs), **k)
    r = 1
    for txt, st in t['titles']:
        c = ws.cell(row=r, column=1, value=txt)
        c.font = F(bold=st == 'b', italic=st == 'i', size=fs + (3 if st == 'b' else 0))
        r += 1
    r += 1
    lab0 = 1
    idx = t.get('idx')
    if idx:
        lab0 = 2
    ncol0 = lab0 + 1
    cols = t['cols']
    nlev = max(len(c.hdr) for c in cols)
    hdr_top = r
    grid = t.get('grid')
    hfill = PatternFill('solid', fgColor=t['hfill']) if t.get('hfill') else None
    hal = t.get('hdr_align', 'right')

    def hcell(rr, cc, v, al=hal):
        x = ws.cell(row=rr, column=cc, value=v)
        x.font = F(bold=True)
        x.alignment = Alignment(horizontal=al, vertical='bottom', wrap_text=True)
        if hfill:
            x.fill = hfill
        return x
    # label header
    if idx:
        hcell(hdr_top + nlev - 1, 1, idx, 'center')
        if nlev > 1:
            ws.merge_cells(start_row=hdr_top, start_column=1, end_row=hdr_top + nlev - 1, end_column=1)
    hcell(hdr_top, lab0, t['label_hdr'], 'left')
    if nlev > 1:
        ws.merge_cells(start_row=hdr_top, start_column=lab0, end_row=hdr_top + nlev - 1, end_column=lab0)
    for lev in range(nlev):
        j = 0
        while j < len(cols):
            h = cols[j].hdr + (None,) * (nlev - len(cols[j].hdr))
            if len(cols[j].hdr) < nlev and lev >= len(cols[j].hdr) - 1:
                # short header: its last level merged down to the bottom
                if lev == len(cols[j].hdr) - 1:
                    hcell(hdr_top + lev, ncol0 + j, h[lev])
                    ws.merge_cells(start_row=hdr_top + lev, start_column=ncol0 + j, end_row=hdr_top + nlev - 1,
                                   end_column=ncol0 + j)
                j += 1
                continue
            span = 1
            if lev < nlev - 1:
                while j + span < len(cols) and len(cols[j + span].hdr) == nlev and \
                        cols[j + span].hdr[:lev + 1] == cols[j].hdr[:lev + 1]:
                    span += 1
            x = hcell(hdr_top + lev, ncol0 + j, h[lev], 'center' if span > 1 else hal)
            if span > 1:
                ws.merge_cells(start_row=hdr_top + lev, start_column=ncol0 + j, end_row=hdr_top + lev,
                               end_column=ncol0 + j + span - 1)
            j += span
    r = hdr_top + nlev
    lastc = ncol0 + len(cols) - 1
    if t.get('unitrow'):
        ur = t['unitrow']
        j = 0
        while j < len(cols):
            u = ur.get(cols[j].key)
            span = 1
            while u and j + span < len(cols) and ur.get(cols[j + span].key) == u:
                span += 1
            if u:
                x = ws.cell(row=r, column=ncol0 + j, value=u)
                x.font = F(italic=True, size=fs - 1)
                x.alignment = Alignment(horizontal='center')
                if span > 1:
                    ws.merge_cells(start_row=r, start_column=ncol0 + j, end_row=r, end_column=ncol0 + j + span - 1)
            j += span
        r += 1
    hdr_bottom = r - 1
    for cc in range(1, lastc + 1):
        x = ws.cell(row=hdr_bottom, column=cc)
        x.border = Border(bottom=THIN)
    rowmap, cellmap = {}, {}
    n = 0
    for row in t['rows']:
        if row.kind == 'blank':
            r += 1
            continue
        bold = row.kind in ('sub', 'total', 'head', 'cap')
        f = F(bold=bold, italic=row.kind in ('head', 'note', 'avg') and t.get('italic_heads', True) and row.kind != 'cap')
        if idx and row.kind == 'line':
            n += 1
            x = ws.cell(row=r, column=1, value=n)
            x.font = F()
            x.alignment = Alignment(horizontal='center')
        lab = row.label if not (row.code and t.get('code_in_label')) else '%s %s' % (row.code, row.label)
        x = ws.cell(row=r, column=lab0, value=lab)
        x.font = f
        al = Alignment(indent=1 if row.kind == 'line' and t.get('indent') else 0)
        if row.kind in ('sub', 'total') and t.get('total_right'):
            al = Alignment(horizontal='right')
        if t.get('leaders') and row.kind == 'line':
            x.number_format = '@*.'
        x.alignment = al
        for j, c in enumerate(cols):
            v = row.vals.get(c.key)
            cc = ws.cell(row=r, column=ncol0 + j)
            if v is not None:
                cc.value = v
                cc.number_format = c.fmt
                cc.font = f
                cellmap[(row.id, c.key)] = '%s%d' % (get_column_letter(ncol0 + j), r)
            if t.get('fig_align'):
                cc.alignment = Alignment(horizontal=t['fig_align'])
            if row.kind in ('sub', 'total') and not grid:
                cc.border = Border(top=THIN if row.kind == 'sub' else THIN,
                                   bottom=DBL if row.kind == 'total' and t.get('dbl') else None)
        if grid:
            for cc in range(1, lastc + 1):
                ws.cell(row=r, column=cc).border = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
        if row.kind in ('sub', 'total') and t.get('total_fill'):
            for cc in range(1, lastc + 1):
                ws.cell(row=r, column=cc).fill = PatternFill('solid', fgColor=t['total_fill'])
        if row.hidden:
            ws.row_dimensions[r].hidden = True
        rowmap[row.id] = r
        r += 1
    r += 1
    for note in t.get('notes', []):
        x = ws.cell(row=r, column=1, value=note)
        x.font = F(italic=True, size=fs - 1)
        r += 1
    if idx:
        ws.column_dimensions['A'].width = t.get('idxw', 5)
    ws.column_dimensions[get_column_letter(lab0)].width = t.get('labelw', 40)
    for j, c in enumerate(cols):
        ws.column_dimensions[get_column_letter(ncol0 + j)].width = c.width
    for rr in range(hdr_top, hdr_top + nlev):
        if t.get('hdr_h'):
            ws.row_dimensions[rr].height = t['hdr_h']
    ps = ws.page_setup
    ps.paperSize = ws.PAPERSIZE_A4
    ps.orientation = t.get('orient', 'portrait')
    if t.get('fit', True):
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ps.fitToWidth = 1
        ps.fitToHeight = 0
    elif t.get('scale'):
        ps.scale = t['scale']
    if t.get('repeat'):
        ws.print_title_rows = '%d:%d' % (hdr_top, hdr_bottom)
    if t.get('footer'):
        for pos, txt in t['footer'].items():
            getattr(ws.oddFooter, pos).text = txt
    if t.get('header'):
        for pos, txt in t['header'].items():
            getattr(ws.oddHeader, pos).text = txt
    if t.get('margins'):
        for k, v in t['margins'].items():
            setattr(ws.page_margins, k, v)
    if t.get('center'):
        ws.print_options.horizontalCentered = True
    ws.print_area = 'A1:%s%d' % (get_column_letter(lastc), r)
    if t.get('after_write'):
        t['after_write'](ws, rowmap)
    wb.save(path)
    return cellmap


# ================================================================= t01 opcenten MRB per kwartaal (provincie)
def t01():
    rng = random.Random(3301)
    cols = [Col('n', ['Voertuigen', 'per 1-1-2025'], F_CNT, 12),
            Col('q1', ['Realisatie 2025', '1e kwartaal'], width=10), Col('q2', ['Realisatie 2025', '2e kwartaal'], width=10),
            Col('q3', ['Realisatie 2025', '3e kwartaal'], width=10), Col('q4', ['Realisatie 2025', '4e kwartaal'], width=10),
            Col('tot', ['Realisatie 2025', 'Totaal'], width=10, base=False),
            Col('beg', ['Begroting', '2025'], width=10), Col('ver', ['Verschil', ''], width=10, base=False)]
    cols[-1].hdr = ('Verschil',)
    cols[-2].hdr = ('Begroting 2025',)
    cols[0].hdr = ('Voertuigen per 1-1-2025',)
    groups = [('A', "Personenauto's", "Totaal personenauto's",
               ['Benzine', 'Diesel', 'LPG en overige brandstoffen', 'Volledig elektrisch (vanaf 2025 75%)',
                'Plug-in hybride']),
              ('B', "Bestelauto's", "Totaal bestelauto's", ['Bestelauto ondernemer', 'Bestelauto particulier',
                                                            'Bestelauto gehandicaptenvervoer']),
              ('C', 'Motorrijwielen', 'Totaal motorrijwielen', ['Motorrijwielen', 'Motorrijwielen kwarttarief']),
              ('D', "Vrachtauto's en bussen", "Totaal vrachtauto's en bussen",
               ["Vrachtauto's tot 12 ton", 'Autobussen', 'Kampeerauto verhuur']),
              ('E', 'Overig', 'Totaal overig', ['Kampeerauto particulier', 'Naheffingen en boetes',
                                                'Oninbaar en oninbare aanslagen'])]
    rows = []
    for g, head, sub, lines in groups:
        rows.append(Row(g, head, 'head'))
        for i, lab in enumerate(lines):
            n = R(rng, 2000, 260000, 1)
            y = int(n * rng.uniform(0.06, 0.21)) if 'Naheffingen' not in lab and 'Oninbaar' not in lab else R(rng, 900, 4000)
            q = [int(y * rng.uniform(0.23, 0.27)) for _ in range(4)]
            if 'Oninbaar' in lab:
                q = [-x // 20 for x in q]
                n = None
            if 'Naheffingen' in lab:
                n = None
            vals = {'q1': q[0], 'q2': q[1], 'q3': q[2], 'q4': q[3], 'beg': sum(q) + R(rng, -1500, 1500)}
            if n is not None:
                vals['n'] = n
            rows.append(Row('%s.%d' % (g, i), lab, vals=vals))
        rows.append(Row('S' + g, sub, 'sub'))
    rows.append(Row('T', 'Totaal opcenten motorrijtuigenbelasting', 'total'))

    def rels(t, P):
        out = []
        lines = [r.id for r in t['rows'] if r.kind == 'line' and r.id in P]
        out += rowrel(lines + ['S' + g[0] for g in groups] + ['T'], 'tot', [('q1', 1), ('q2', 1), ('q3', 1), ('q4', 1)])
        for g in groups:
            out += vsum('S' + g[0], lines_of(t, P, g[0]), ['n', 'q1', 'q2', 'q3', 'q4', 'tot', 'beg', 'ver'])
        out += vsum('T', ['S' + g[0] for g in groups], ['n', 'q1', 'q2', 'q3', 'q4', 'tot', 'beg', 'ver'])
        out += rowrel(lines + ['S' + g[0] for g in groups] + ['T'], 'ver', [('tot', 1), ('beg', -1)])
        return out
    return dict(name='t01_prov_opcenten_mrb', kind='Provincie jaarstukken: opbrengst opcenten motorrijtuigenbelasting per voertuigcategorie per kwartaal',
                sheet='Opcenten MRB', font=('Arial', 9), cols=cols, rows=rows, rels=rels,
                titles=[('Opbrengst opcenten motorrijtuigenbelasting 2025', 'b'),
                        ('Bron: Belastingdienst, afdrachten per kwartaal (stand februari 2026)', 'i')],
                label_hdr='Voertuigcategorie', unitrow={'n': 'aantal', **{k: 'x € 1.000' for k in
                                                                            ('q1', 'q2', 'q3', 'q4', 'tot', 'beg', 'ver')}},
                orient='landscape', labelw=38, unitcols=1000, big=1000, subdelta=250,
                notes=['Verschil: positief = meer opbrengst dan begroot.'], hdr_h=26,
                margins={'top': 0.5, 'bottom': 0.5, 'left': 0.5, 'right': 0.5})


# ================================================================= t02 verkiezingen per stembureau (gemeente)
def t02():
    rng = random.Random(3302)
    cols = [Col('kg', ['Kiesgerechtigden'], F_CNT, 13), Col('op', ['Opgekomen kiezers'], F_CNT, 11),
            Col('vl', ['Vergoeding stembureau-leden'], width=12), Col('hu', ['Huur en schoonmaak locatie'], width=12),
            Col('ma', ['Materiaal en vervoer'], width=11), Col('tk', ['Totaal kosten'], width=12, base=False)]
    names = {
        'A': ('Stadsdeel Centrum', 'Subtotaal Centrum',
              ['Stadhuis, hal', 'Bibliotheek Centrum', 'Kerkgebouw De Ark', 'Buurthuis De Poort',
               'OBS De Vlinderboom', 'Station, reizigershal', 'Wijkcentrum Lindenhof', 'Sporthal Binnenstad',
               'Muziekschool', 'Zorgcentrum Het Baken']),
        'B': ('Stadsdeel Noord', 'Subtotaal Noord',
              ['Wijkcentrum De Kolk', 'CBS De Regenboog', 'Sportpark Noord, kantine', 'Gezondheidscentrum Noord',
               'Dorpshuis Oosterweel', 'IKC De Kameleon', 'Scoutinggebouw Noordveld', 'Zorgcentrum Weidehof',
               'Kerk De Morgenster', 'Winkelcentrum Noordhove (mobiel)', 'Basisschool Het Kompas']),
        'C': ('Stadsdeel Zuid', 'Subtotaal Zuid',
              ['Wijkcentrum Zuidpoort', 'OBS Het Palet', 'Sporthal De Meent', 'Brede school Zuidwijk',
               'Verenigingsgebouw Ons Huis', 'Zorgcentrum De Hoven', 'Dorpshuis Westerbroek', 'Tennispark De Linde',
               'Kinderboerderij De Wei', 'Muziekcentrum Zuid']),
        'D': ('Overig', 'Subtotaal overig',
              ['Mobiel stembureau (2 dagen)', 'Vervroegd stemmen (maandag en dinsdag)', 'Centrale stemopneming',
               'Briefstemmen buitenland']),
    }
    rows = []
    for g, (head, sub, lines) in names.items():
        rows.append(Row(g, head, 'head'))
        for i, lab in enumerate(lines):
            kg = R(rng, 1400, 2900) if g != 'D' else (R(rng, 300, 900) if i < 2 else None)
            op = int(kg * rng.uniform(0.62, 0.84)) if kg else None
            vl = R(rng, 1100, 2200, 5) if g != 'D' else R(rng, 1800, 9500, 5)
            hu = R(rng, 0, 650, 5) if g != 'D' else R(rng, 200, 2400, 5)
            ma = R(rng, 120, 480) if g != 'D' else R(rng, 300, 2600)
            vals = {'vl': vl, 'hu': hu, 'ma': ma}
            if kg:
                vals.update(kg=kg, op=op)
            rows.append(Row('%s.%d' % (g, i), lab, vals=vals))
        rows.append(Row('S' + g, sub, 'sub'))
        rows.append(Row('b' + g, '', 'blank'))
    rows.append(Row('T', 'Totaal Tweede Kamerverkiezing 2025', 'total'))

    def rels(t, P):
        out = []
        lines = [r.id for r in t['rows'] if r.kind == 'line' and r.id in P]
        subs = ['S' + g for g in names]
        out += rowrel(lines + subs + ['T'], 'tk', [('vl', 1), ('hu', 1), ('ma', 1)])
        for g in names:
            out += vsum('S' + g, lines_of(t, P, g), ['kg', 'op', 'vl', 'hu', 'ma', 'tk'])
        out += vsum('T', subs, ['kg', 'op', 'vl', 'hu', 'ma', 'tk'])
        return out
    return dict(name='t02_gem_verkiezingen_stembureaus', kind='Gemeente evaluatie verkiezingen: kosten Tweede Kamerverkiezing 2025 per stembureau',
                sheet='TK2025', font=('Calibri', 10), cols=cols, rows=rows, rels=rels, idx='Nr.',
                titles=[('Evaluatie Tweede Kamerverkiezing 29 oktober 2025', 'b'),
                        ('Bijlage 2: kiezers en kosten per stembureau (bedragen in euro\'s)', 'i')],
                label_hdr='Stembureau', labelw=36, repeat=True, hdr_h=44,
                footer={'left': 'Evaluatie verkiezingen 2025', 'right': 'Pagina &P van &N'},
                header={'right': 'Bijlage 2'}, margins={'top': 1.0, 'bottom': 1.0},
                big=10000, subdelta=1000, after_write=pagebreak_t02, alts={'tot': ('T', 'vl')})


def pagebreak_t02(ws, rowmap):
    from openpyxl.worksheet.pagebreak import Break
    ws.row_breaks.append(Break(id=rowmap['SB'] + 1))


# ================================================================= t03 veerdiensten, transposed (provincie)
def t03():
    rng = random.Random(3303)
    veren = [('v1', ['Veer Brakel -', 'Herwijnen']), ('v2', ['Veer Opheusden -', 'Eck en Wiel']),
             ('v3', ['Veer Millingen -', 'Pannerden']), ('v4', ['Veer Nieuwpoort -', 'Schoonhoven']),
             ('v5', ['Veer Wijk bij', 'Duurstede'])]
    cols = [Col(k, ['\n'.join(h)], width=12) for k, h in veren] + [Col('tot', ['Totaal'], width=12, base=False)]
    baten = ['Kaartverkoop', 'Abonnementen en meerrittenkaarten', 'Bijdragen gemeenten', 'Overige baten']
    lasten = ['Personeel (schippers en matrozen)', 'Brandstof', 'Onderhoud en dokking', 'Kapitaallasten pont',
              'Verzekeringen en havengeld', 'Toegerekende overhead']
    rows = [Row('ovt', 'Aantal overtochten', vals={k: R(rng, 9000, 42000) for k, _ in veren}),
            Row('bo', '', 'blank'), Row('B', 'Baten', 'head')]
    for i, lab in enumerate(baten):
        lo, hi = [(40000, 260000), (5000, 60000), (0, 45000), (0, 12000)][i]
        rows.append(Row('B.%d' % i, lab, vals={k: R(rng, lo, hi) for k, _ in veren}))
    rows.append(Row('TB', 'Totaal baten', 'sub'))
    rows += [Row('b1', '', 'blank'), Row('L', 'Lasten', 'head')]
    for i, lab in enumerate(lasten):
        lo, hi = [(180000, 420000), (30000, 110000), (20000, 140000), (15000, 90000), (4000, 16000), (20000, 60000)][i]
        rows.append(Row('L.%d' % i, lab, vals={k: R(rng, lo, hi) for k, _ in veren}))
    rows.append(Row('TL', 'Totaal lasten', 'sub'))
    rows += [Row('b2', '', 'blank'), Row('T', 'Saldo exploitatie (baten - lasten)', 'total')]

    def rels(t, P):
        vk = [k for k, _ in veren]
        out = rowrel([r.id for r in t['rows'] if r.kind in ('line', 'sub', 'total') and r.id in P], 'tot',
                     [(k, 1) for k in vk])
        out += vsum('TB', lines_of(t, P, 'B'), vk + ['tot'])
        out += vsum('TL', lines_of(t, P, 'L'), vk + ['tot'])
        out += vsum('T', ['TB', 'TL'], vk + ['tot'], {'TL': -1})
        return out
    return dict(name='t03_prov_veerdiensten', kind='Provincie jaarverslag: exploitatie veerverbindingen (veren across, posten down)',
                sheet='Veren', font=('Calibri', 10), cols=cols, rows=rows, rels=rels,
                titles=[('Exploitatie provinciale veerverbindingen 2025', 'b'),
                        ("Bedragen in euro's; saldo negatief = exploitatietekort", 'i')],
                label_hdr='', labelw=34, hdr_h=44, orient='landscape', hdr_align='center',
                notes=['Het veer Wijk bij Duurstede is van 1 april tot en met 31 oktober in de vaart.'],
                big=100000, subdelta=5000, nofirstline=True)


BASES04 = {'1.1': (3800000, 4300000), '1.2': (150000, 400000), '1.3': (40000, 90000), '1.4': (60000, 140000),
           '2.1': (900000, 1200000), '2.2': (180000, 320000), '2.3': (90000, 160000), '2.4': (60000, 140000),
           '3.1': (80000, 220000), '3.2': (250000, 600000), '3.3': (30000, 90000), '3.4': (40000, 80000),
           '4.1': (300000, 520000), '4.2': (60000, 120000), '4.3': (150000, 380000), '4.4': (20000, 50000)}


# ================================================================= t04 GR archief, kostensoorten met nummering
def t04():
    rng = random.Random(3304)
    yrs = [('r24', 'Rekening 2024'), ('b25', 'Begroting 2025'), ('b26', 'Begroting 2026'),
           ('m27', 'Raming 2027'), ('m28', 'Raming 2028'), ('m29', 'Raming 2029')]
    cols = [Col(k, [h], width=12) for k, h in yrs]
    groups = [('1', 'Personeelslasten', 'Totaal personeelslasten',
               [('1.1', 'Salarissen en sociale lasten'), ('1.2', 'Inhuur en tijdelijk personeel'),
                ('1.3', 'Opleidingen'), ('1.4', 'Overige personeelskosten')]),
              ('2', 'Huisvesting', 'Totaal huisvesting',
               [('2.1', 'Huur depot en studiezaal'), ('2.2', 'Energie en klimaatbeheersing'),
                ('2.3', 'Schoonmaak en beveiliging'), ('2.4', 'Onderhoud installaties')]),
              ('3', 'Collectiebeheer en dienstverlening', 'Totaal collectiebeheer',
               [('3.1', 'Restauratie en conservering'), ('3.2', 'Digitalisering en e-depot'),
                ('3.3', 'Publieksactiviteiten'), ('3.4', 'Archiefinspectie deelnemers')]),
              ('4', 'Bedrijfsvoering', 'Totaal bedrijfsvoering',
               [('4.1', 'ICT en applicaties'), ('4.2', 'Financiële administratie (extern)'),
                ('4.3', 'Kapitaallasten'), ('4.4', 'Onvoorzien')])]
    rows = []
    for g, head, sub, lines in groups:
        rows.append(Row(g, head, 'head', code=g))
        for code, lab in lines:
            lo, hi = BASES04[code]
            base = R(rng, lo, hi, 100)
            v = {}
            for k, _ in yrs:
                v[k] = int(base * rng.uniform(0.93, 1.08)) // 100 * 100
            rows.append(Row('%s.%s' % (g, code), lab, code=code, vals=v))
        rows.append(Row('S' + g, sub, 'sub'))
    rows.append(Row('TL', 'Totaal lasten', 'total'))
    rows.append(Row('b5', '', 'blank'))
    rows.append(Row('5', 'Baten', 'head', code='5'))
    bat = [('5.1', 'Bijdrage gemeente Arnhem'), ('5.2', 'Bijdrage gemeente Renkum'), ('5.3', 'Bijdrage gemeente Rheden'),
           ('5.4', 'Bijdrage gemeente Rozendaal'), ('5.5', 'Dienstverlening aan derden'),
           ('5.6', 'Reproducties en studiezaal')]
    for code, lab in bat:
        base = R(rng, 30000, 240000, 100) if code == '5.5' else R(rng, 8000, 40000, 100)
        rows.append(Row('5.' + code, lab, code=code, vals={k: int(base * rng.uniform(0.95, 1.06)) // 100 * 100 for k, _ in yrs}))
    # deelnemersbijdragen cover the lasten less the other baten, leaving a small saldo
    for k, _ in yrs:
        L = sum(r.vals[k] for r in rows if r.kind == 'line' and r.code and r.code[0] in '1234')
        other = sum(r.vals[k] for r in rows if r.kind == 'line' and r.code in ('5.5', '5.6'))
        need = L - other + R(rng, -60000, 90000, 100)
        shares = [0.52, 0.21, 0.23, 0.04]
        parts = [int(need * s_) // 100 * 100 for s_ in shares]
        parts[0] += need - sum(parts)
        for r in rows:
            if r.code in ('5.1', '5.2', '5.3', '5.4'):
                r.vals[k] = parts[int(r.code[2]) - 1]
    rows.append(Row('S5', 'Totaal baten', 'sub'))
    rows.append(Row('b6', '', 'blank'))
    rows.append(Row('T', 'Saldo van baten en lasten', 'total'))

    def rels(t, P):
        ks = [k for k, _ in yrs]
        out = []
        for g in groups:
            out += vsum('S' + g[0], lines_of(t, P, g[0]), ks)
        out += vsum('TL', ['S' + g[0] for g in groups], ks)
        out += vsum('S5', lines_of(t, P, '5'), ks)
        out += vsum('T', ['S5', 'TL'], ks, {'TL': -1})
        return out
    return dict(name='t04_gr_archief_kostensoorten', kind='GR regionaal archief begroting 2026: lasten en baten naar kostensoort (genummerde posten)',
                sheet='Begroting', font=('Arial', 9), cols=cols, rows=rows, rels=rels, code_in_label=True,
                titles=[('Gemeenschappelijke regeling Gelders Archief Midden', 'b'),
                        ('Begroting 2026 en meerjarenraming 2027-2029, lasten en baten naar kostensoort', 'i')],
                label_hdr='Kostensoort', labelw=40, hdr_h=28, italic_heads=False,
                big=100000, subdelta=10000, center=True)


# ================================================================= t05 slibverwerking, two tables sharing columns
def t05():
    rng = random.Random(3305)
    cols = [Col('vb', ['Verbranding'], F_CNT, 12), Col('vg', ['Vergisting extern'], F_CNT, 12),
            Col('cp', ['Compostering en droging'], F_CNT, 12), Col('t25', ['Totaal 2025'], F_CNT, 12, base=False),
            Col('t24', ['Totaal 2024'], F_CNT, 12)]
    kringen = [('Zuiveringskring West', ['Rwzi Katwijk', 'Rwzi Leiden Noord', 'Rwzi Leiden Zuid-West', 'Rwzi Alphen aan den Rijn']),
               ('Zuiveringskring Oost', ['Rwzi Bodegraven', 'Rwzi Woerden', 'Rwzi Gouda', 'Rwzi Nieuwkoop', 'Rwzi Zoetermeer'])]
    rows = []
    tons = {}
    for part, cap, unitp in (('A', 'A. Afgevoerd slib (ton droge stof)', None), ('B', 'B. Kosten slibverwerking (euro)', None)):
        rows.append(Row(part, cap, 'cap'))
        for ki, (kr, rw) in enumerate(kringen):
            g = '%s%d' % (part, ki)
            rows.append(Row(g, kr, 'head'))
            for i, lab in enumerate(rw):
                if part == 'A':
                    v = {'vb': R(rng, 300, 4200), 'vg': R(rng, 0, 1500), 'cp': R(rng, 0, 900)}
                    v['t24'] = int((v['vb'] + v['vg'] + v['cp']) * rng.uniform(0.9, 1.1))
                    tons[(ki, i)] = v
                else:
                    a = tons[(ki, i)]
                    v = {'vb': int(a['vb'] * rng.uniform(560, 640)), 'vg': int(a['vg'] * rng.uniform(380, 460)),
                         'cp': int(a['cp'] * rng.uniform(300, 360)), 't24': int(a['t24'] * rng.uniform(480, 540))}
                rows.append(Row('%s.%d' % (g, i), lab, vals=v))
            rows.append(Row('S' + g, 'Subtotaal ' + kr.split()[-1].lower() if False else 'Totaal ' + kr.lower(), 'sub'))
        rows.append(Row('T' + part, 'Totaal afgevoerd slib' if part == 'A' else 'Totaal kosten slibverwerking', 'total'))
        if part == 'A':
            rows.append(Row('bA', '', 'blank'))

    def rels(t, P):
        ks = ['vb', 'vg', 'cp', 't25', 't24']
        out = []
        lines = [r.id for r in t['rows'] if r.kind in ('line', 'sub', 'total') and r.id in P]
        out += rowrel(lines, 't25', [('vb', 1), ('vg', 1), ('cp', 1)])
        for part in 'AB':
            for ki in range(2):
                g = '%s%d' % (part, ki)
                out += vsum('S' + g, lines_of(t, P, g), ks)
            out += vsum('T' + part, ['S%s0' % part, 'S%s1' % part], ks)
        return out
    return dict(name='t05_ws_slibverwerking', kind='Waterschap jaarverslag: slibverwerking per rwzi, hoeveelheden en kosten in twee tabellen onder elkaar',
                sheet='Slib', font=('Verdana', 8), cols=cols, rows=rows, rels=rels, indent=True,
                titles=[('Slibverwerking 2025 naar verwerkingsroute', 'b'),
                        ('Hoeveelheden in ton droge stof (A) en kosten in euro (B), per zuiveringskring', 'i')],
                label_hdr='Rwzi', labelw=34, hdr_h=24, italic_heads=True,
                notes=['Bron: slibregistratie SNB en facturen verwerkers. Kosten inclusief transport.'],
                big=1000, subdelta=100, alts={'tot': ('TA', 'vb'), 'sub': ('SB0', 'vg'), 'del': 'A1.2', 'p1': ('B1.1', 'vb')})


# ================================================================= t06 speelvoorzieningen, accounting format (gemeente)
def t06():
    rng = random.Random(3306)
    cols = [Col('sp', ['Speel-plekken'], F_CNT, 8), Col('ts', ['Speel-toestellen'], F_CNT, 10),
            Col('in', ['Inspectie'], F_ACC, 12), Col('on', ['Onderhoud'], F_ACC, 12),
            Col('vv', ['Vervanging'], F_ACC, 12), Col('tt', ['Totaal'], F_ACC, 13, base=False)]
    sd = [('N', 'Noord', ['Bloemenbuurt', 'Vogelwijk', 'Bedrijventerrein Noord', 'Oude Molen', 'Park Noord']),
          ('C', 'Centrum', ['Binnenstad', 'Stationsgebied', 'Havenkwartier', 'Singelpark']),
          ('Z', 'Zuid', ['Zuiderhout', 'De Akkers', 'Rijnvliet', 'Buitengebied Zuid', 'De Vijfhoek'])]
    rows = []
    for g, name, wk in sd:
        rows.append(Row(g, 'Stadsdeel ' + name, 'head'))
        for i, lab in enumerate(wk):
            if lab.startswith(('Bedrijventerrein', 'Buitengebied', 'Stationsgebied')):
                rows.append(Row('%s.%d' % (g, i), lab, vals={'sp': 0, 'ts': 0, 'in': 0, 'on': 0, 'vv': 0},
                                hidden=True))
                continue
            sp = R(rng, 3, 24)
            ts = sp * R(rng, 3, 6)
            v = {'sp': sp, 'ts': ts, 'in': ts * R(rng, 45, 70), 'on': R(rng, 2000, 26000, 5),
                 'vv': rng.choice([0, R(rng, 4000, 60000, 50)])}
            rows.append(Row('%s.%d' % (g, i), lab, vals=v))
        rows.append(Row('S' + g, 'Totaal ' + name, 'sub'))
    rows.append(Row('bT', '', 'blank'))
    rows.append(Row('T', 'Totaal gemeente', 'total'))
    rows.append(Row('AVG', 'Gemiddeld per speelplek', 'avg'))

    def rels(t, P):
        ks = ['sp', 'ts', 'in', 'on', 'vv', 'tt']
        out = []
        lines = [r.id for r in t['rows'] if r.kind in ('line', 'sub', 'total') and r.id in P]
        out += rowrel(lines, 'tt', [('in', 1), ('on', 1), ('vv', 1)])
        for g, _, _ in sd:
            out += vsum('S' + g, lines_of(t, P, g), ks)
        out += vsum('T', ['S' + g for g, _, _ in sd], ks)
        return out

    def avg(t):
        rows = {r.id: r for r in t['rows']}
        T = rows['T'].vals
        rows['AVG'].vals = {k: int(round(T[k] / T['sp'])) for k in ('in', 'on', 'vv', 'tt')}
    return dict(name='t06_gem_speelvoorzieningen', kind='Gemeente beheerplan spelen: kosten speelvoorzieningen per wijk en stadsdeel',
                sheet='Spelen', font=('Calibri', 11), cols=cols, rows=rows, rels=rels, post=[avg],
                titles=[('Beheer speelvoorzieningen 2025', 'b'), ('Kosten per wijk, werkelijk 2025', 'i')],
                label_hdr='Wijk', labelw=30, hdr_h=46, total_right=True, dbl=True,
                notes=['Wijken zonder openbare speelvoorzieningen zijn niet opgenomen.'],
                big=10000, subdelta=1000, alts={'del': 'Z.1', 'tot': ('T', 'on')})


# ================================================================= t07 recreatieschap, afrondingsverschillen (GR)
def t07():
    rng = random.Random(3307)
    cols = [Col('bl', ['Begroting\n2025', 'Lasten'], width=10), Col('bb', ['Begroting\n2025', 'Baten'], width=10),
            Col('bs', ['Begroting\n2025', 'Saldo'], width=10, base=False),
            Col('rl', ['Rekening\n2025', 'Lasten'], width=10), Col('rb', ['Rekening\n2025', 'Baten'], width=10),
            Col('rs', ['Rekening\n2025', 'Saldo'], width=10, base=False),
            Col('vs', ['Verschil\nsaldo', ''], width=10, base=False)]
    cols[-1].hdr = ('Verschil\nsaldo',)
    groups = [('G', 'Recreatiegebieden', 'Totaal recreatiegebieden',
               ['Plas Bussloo', 'Kievitsveld en Teuge', 'Het Grote Veld', 'De Hooge Veluwe-rand (Beekbergen)',
                'Strandbad Heerde', 'IJsseluiterwaarden', 'Stuwwal Tongeren', 'Vakantiepark De Wildhoef']),
              ('O', 'Organisatie', 'Totaal organisatie',
               ['Bestuur en directie', 'Toezicht en handhaving (boa\'s)', 'Afrondingsverschillen'])]
    rows = []
    for g, head, sub, lines in groups:
        rows.append(Row(g, head, 'head'))
        for i, lab in enumerate(lines):
            if lab == 'Afrondingsverschillen':
                v = {'bl': 1, 'bb': 0, 'rl': -1, 'rb': 1}
            else:
                bl = R(rng, 80, 1400)
                bb = int(bl * rng.uniform(0.2, 1.1)) if g == 'G' else R(rng, 0, 40)
                v = {'bl': bl, 'bb': bb, 'rl': int(bl * rng.uniform(0.9, 1.12)), 'rb': int(bb * rng.uniform(0.85, 1.15))}
            rows.append(Row('%s.%d' % (g, i), lab, vals=v))
        rows.append(Row('S' + g, sub, 'sub'))
        rows.append(Row('b' + g, '', 'blank'))
    rows.append(Row('D', 'Bijdragen deelnemers', 'head'))
    for i, lab in enumerate(['Gemeente Apeldoorn', 'Gemeente Epe', 'Gemeente Heerde', 'Gemeente Voorst',
                             'Provincie Gelderland']):
        x = R(rng, 150, 2300)
        rows.append(Row('D.%d' % i, lab, vals={'bl': 0, 'bb': x, 'rl': 0, 'rb': x}))
    rows.append(Row('SD', 'Totaal bijdragen deelnemers', 'sub'))
    rows.append(Row('bD', '', 'blank'))
    rows.append(Row('T', 'Resultaat recreatieschap', 'total'))

    def rels(t, P):
        ks = ['bl', 'bb', 'bs', 'rl', 'rb', 'rs', 'vs']
        lines = [r.id for r in t['rows'] if r.kind in ('line', 'sub', 'total') and r.id in P]
        out = rowrel(lines, 'bs', [('bb', 1), ('bl', -1)])
        out += rowrel(lines, 'rs', [('rb', 1), ('rl', -1)])
        out += rowrel(lines, 'vs', [('rs', 1), ('bs', -1)])
        for g in ('G', 'O', 'D'):
            out += vsum('S' + g, lines_of(t, P, g), ks)
        out += vsum('T', ['SG', 'SO', 'SD'], ks)
        return out

    def fix_result(t):
        pass
    return dict(name='t07_gr_recreatieschap', kind='GR recreatieschap jaarrekening: exploitatie per recreatiegebied, x € 1.000 met afrondingsverschillen',
                sheet='Gebieden', font=('Cambria', 10), cols=cols, rows=rows, rels=rels,
                titles=[('Recreatieschap Veluwe-IJssel', 'b'), ('Programmarekening 2025 per gebied (x € 1.000)', '')],
                label_hdr='Gebied / onderdeel', labelw=34, hdr_h=30, orient='portrait', hdr_align='center',
                big=100, subdelta=50, alts={'p1': ('G.4', 'rl'), 'del': 'G.1'})


# ================================================================= t08 leerplicht verzuim, dotted leaders (gemeente)
def t08():
    rng = random.Random(3308)
    cols = [Col('lu', ['Schooljaar 2024/2025', 'Luxe verzuim'], F_CNT, 9),
            Col('re', ['Schooljaar 2024/2025', 'Relatief verzuim'], F_CNT, 9),
            Col('ab', ['Schooljaar 2024/2025', 'Absoluut verzuim'], F_CNT, 9),
            Col('si', ['Schooljaar 2024/2025', 'Signaal-verzuim'], F_CNT, 9),
            Col('to', ['Schooljaar 2024/2025', 'Totaal meldingen'], F_CNT, 9, base=False),
            Col('pv', ['Schooljaar 2024/2025', 'waarvan proces-verbaal'], F_CNT, 10, summed=True),
            Col('vj', ['Schooljaar 2023/2024', 'Totaal meldingen'], F_CNT, 10)]
    groups = [('P', 'Primair onderwijs', 'Totaal primair onderwijs',
               ['Openbaar basisonderwijs', 'Christelijk basisonderwijs', 'Katholiek basisonderwijs',
                'Speciaal basisonderwijs', 'Speciaal onderwijs (SO)']),
              ('V', 'Voortgezet onderwijs', 'Totaal voortgezet onderwijs',
               ['Praktijkonderwijs', 'Vmbo basis- en kaderberoepsgericht', 'Vmbo gemengd en theoretisch',
                'Havo', 'Vwo en gymnasium', 'Voortgezet speciaal onderwijs (VSO)']),
              ('M', 'Middelbaar beroepsonderwijs (tot 18 jaar)', 'Totaal mbo',
               ['Mbo niveau 1 (entree)', 'Mbo niveau 2', 'Mbo niveau 3 en 4'])]
    rows = []
    for g, head, sub, lines in groups:
        rows.append(Row(g, head, 'head'))
        for i, lab in enumerate(lines):
            v = {'lu': R(rng, 0, 60) if g == 'P' else R(rng, 0, 25), 're': R(rng, 4, 180), 'ab': R(rng, 0, 12),
                 'si': R(rng, 0, 70)}
            tot = v['lu'] + v['re'] + v['ab'] + v['si']
            v['pv'] = int(tot * rng.uniform(0.02, 0.14))
            v['vj'] = int(tot * rng.uniform(0.8, 1.25))
            rows.append(Row('%s.%d' % (g, i), lab, vals=v))
        rows.append(Row('S' + g, sub, 'sub'))
        rows.append(Row('b' + g, '', 'blank'))
    rows.append(Row('T', 'Totaal leerplicht', 'total'))

    def rels(t, P):
        ks = ['lu', 're', 'ab', 'si', 'to', 'pv', 'vj']
        lines = [r.id for r in t['rows'] if r.kind in ('line', 'sub', 'total') and r.id in P]
        out = rowrel(lines, 'to', [('lu', 1), ('re', 1), ('ab', 1), ('si', 1)])
        for g in groups:
            out += vsum('S' + g[0], lines_of(t, P, g[0]), ks)
        out += vsum('T', ['S' + g[0] for g in groups], ks)
        return out
    return dict(name='t08_gem_leerplicht_verzuim', kind='Gemeente jaarverslag leerplicht: verzuimmeldingen per schoolsoort',
                sheet='Verzuim', font=('Georgia', 9), cols=cols, rows=rows, rels=rels, leaders=True,
                titles=[('Jaarverslag leerplicht en RMC 2024/2025', 'b'),
                        ('Tabel 3. Verzuimmeldingen naar soort verzuim en schoolsoort (aantallen)', 'i')],
                label_hdr='Schoolsoort', labelw=38, hdr_h=28, italic_heads=False,
                notes=['Een leerling met meer meldingen telt per melding. Proces-verbaal: waarvan-kolom, '
                       'ook opgenomen in de meldingen.'],
                big=100, subdelta=20)


# ================================================================= t09 ambulanceritten per maand (GR RAV)
MND = ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec']


def t09():
    rng = random.Random(3309)
    cols = [Col('m%d' % i, [m], F_CNT, 6.2) for i, m in enumerate(MND)] + \
           [Col('tot', ['Totaal 2025'], F_CNT, 8.5, base=False), Col('v24', ['Totaal 2024'], F_CNT, 8.5)]
    sub = [('N', 'Regio Noord', ['Zwolle', 'Kampen', 'Dalfsen', 'Staphorst', 'Zwartewaterland', 'Hardenberg',
                                 'Ommen', 'Steenwijkerland']),
           ('Z', 'Regio Zuid', ['Deventer', 'Raalte', 'Olst-Wijhe', 'Hellendoorn', 'Rijssen-Holten'])]
    rows = []
    for g, head, gm in sub:
        rows.append(Row(g, head, 'head'))
        for i, lab in enumerate(gm):
            base = R(rng, 90, 1500)
            v = {'m%d' % k: int(base * rng.uniform(0.85, 1.18)) for k in range(12)}
            v['v24'] = int(sum(v.values()) * rng.uniform(0.93, 1.02))
            rows.append(Row('%s.%d' % (g, i), lab, vals=v))
        rows.append(Row('S' + g, 'Totaal ' + head.lower().replace('regio', 'regio'), 'sub'))
    rows.append(Row('T', 'Totaal RAV IJsselland', 'total'))

    def rels(t, P):
        ks = ['m%d' % i for i in range(12)] + ['tot', 'v24']
        lines = [r.id for r in t['rows'] if r.kind in ('line', 'sub', 'total') and r.id in P]
        out = rowrel(lines, 'tot', [('m%d' % i, 1) for i in range(12)])
        for g, _, _ in sub:
            out += vsum('S' + g, lines_of(t, P, g), ks)
        out += vsum('T', ['SN', 'SZ'], ks)
        return out
    return dict(name='t09_rav_ambulanceritten', kind='GR ambulancezorg (RAV) jaarverslag: ambulanceritten per gemeente per maand',
                sheet='Ritten', font=('Arial Narrow', 8), cols=cols, rows=rows, rels=rels,
                titles=[('Ambulanceritten (A1, A2 en B) naar gemeente van bestemming, 2025', 'b'),
                        ('Aantal ritten per maand', 'i')],
                label_hdr='Gemeente', labelw=22, hdr_h=16, orient='landscape', hdr_align='right',
                total_fill='D9E1F2', notes=['Inclusief ritten van ambulances uit buurregio\'s binnen het verzorgingsgebied.'],
                big=1000, subdelta=100)


# ================================================================= t10 maaibeheer watergangen, full grid (waterschap)
def t10():
    rng = random.Random(3310)
    cols = [Col('km', ['Lengte watergang (km)'], F_KM, 10, unit=0.1),
            Col('ma', ['Kosten (€)', 'Maaien'], width=11), Col('af', ['Kosten (€)', 'Afvoer maaisel'], width=11),
            Col('sc', ['Kosten (€)', 'Schouw'], width=11), Col('tt', ['Kosten (€)', 'Totaal'], width=12, base=False)]
    gebieden = [('K', 'Kringgebied Krimpenerwaard', ['Polder Bergambacht', 'Polder Stolwijk', 'Polder Berkenwoude',
                                                    'Polder Lopik-Oost', 'Vlist']),
                ('L', 'Kringgebied Lopikerwaard', ['Polder Willige Langerak', 'Polder Benschop', 'Polder Polsbroek',
                                                  'Polder Cabauw']),
                ('A', 'Kringgebied Alblasserwaard', ['Polder Nieuw-Lekkerland', 'Polder Graafstroom', 'Polder Molenwaard',
                                                    'Polder Giessenlanden', 'Polder Papendrecht', 'Polder Sliedrecht'])]
    rows = []
    for g, head, pl in gebieden:
        rows.append(Row(g, head, 'head'))
        for i, lab in enumerate(pl):
            km = R(rng, 180, 1450)  # tenths of km
            v = {'km': km, 'ma': km * R(rng, 28, 44), 'af': km * R(rng, 6, 14), 'sc': R(rng, 1200, 7800, 10)}
            rows.append(Row('%s.%d' % (g, i), lab, vals=v))
        rows.append(Row('S' + g, 'Totaal ' + head.split()[-1], 'sub'))
    rows.append(Row('T', 'Totaal generaal', 'total'))

    def rels(t, P):
        ks = ['km', 'ma', 'af', 'sc', 'tt']
        lines = [r.id for r in t['rows'] if r.kind in ('line', 'sub', 'total') and r.id in P]
        out = rowrel(lines, 'tt', [('ma', 1), ('af', 1), ('sc', 1)])
        for g, _, _ in gebieden:
            out += vsum('S' + g, lines_of(t, P, g), ks)
        out += vsum('T', ['S' + g for g, _, _ in gebieden], ks)
        return out

    def km_to_float(t):
        pass
    return dict(name='t10_ws_maaibeheer', kind='Waterschap jaarverslag: maaionderhoud en schouw watergangen per polder en kringgebied',
                sheet='Maaibeheer', font=('Times New Roman', 10), cols=cols, rows=rows, rels=rels, grid=True,
                titles=[('Onderhoud watergangen 2025: maaien, afvoeren en schouwen', 'b'),
                        ('Hoofdwatergangen in beheer bij het waterschap, per polder', 'i')],
                label_hdr='Polder', labelw=30, hdr_h=18, hfill='DDDDDD', italic_heads=False,
                big=10000, subdelta=1000, floatcols={'km': 10}, alts={'p1': ('L.2', 'ma')})


# ----------------------------------------------------------------- variants
def realize(t):
    """km (t10) stored as tenths: write as floats."""
    fc = t.get('floatcols', {})
    if not fc:
        return t
    t = copy.deepcopy(t)
    for r in t['rows']:
        for k, d in fc.items():
            if k in r.vals and r.vals[k] is not None:
                r.vals[k] = round(r.vals[k] / d, 1)
    return t


def choose(t):
    rows = t['rows']
    lines = [r for r in rows if r.kind == 'line' and not r.hidden]
    bases = [c.key for c in t['cols'] if c.base]
    subs = [r for r in rows if r.kind == 'sub']
    alts = dict(t.get('alts', {}))
    if 'p1' not in alts:
        r = lines[len(lines) // 2]
        k = next(k for k in bases if r.vals.get(k))
        alts['p1'] = (r.id, k)
    if 'tot' not in alts:
        tot = [r for r in rows if r.kind == 'total'][-1]
        alts['tot'] = (tot.id, bases[1] if len(bases) > 1 else bases[0])
    if 'del' not in alts:
        g2 = [r for r in lines if r.id.split('.')[0] == lines[-1].id.split('.')[0]]
        alts['del'] = g2[1].id if len(g2) > 2 else lines[1].id
    if 'sub' not in alts:
        alts['sub'] = (subs[0].id, bases[-1])
    return alts


def main():
    os.makedirs(os.path.join(HERE, 'xlsx'), exist_ok=True)
    truth = {}
    for mk in (t01, t02, t03, t04, t05, t06, t07, t08, t09, t10):
        t = mk()
        fill(t)
        assert evaluate(t) == [], (t['name'], evaluate(t))
        # every figure non-negative where a count; sanity
        alts = choose(t)
        byid = {r.id: r for r in t['rows']}
        colt = {c.key: c for c in t['cols']}
        for var in ('clean', 'p1', 'tot', 'del', 'sub'):
            v = copy.deepcopy(t)
            rows = {r.id: r for r in v['rows']}
            altered = None
            if var == 'p1':
                rid, k = alts['p1']
                old = rows[rid].vals[k]
                rows[rid].vals[k] = old + 1
                altered = dict(label=rows[rid].label, column=colt[k].title, action='%s -> %s' % (old, old + 1))
            elif var == 'tot':
                rid, k = alts['tot']
                old = rows[rid].vals[k]
                rows[rid].vals[k] = old + t['big']
                altered = dict(label=rows[rid].label, column=colt[k].title, action='%s -> %s' % (old, old + t['big']))
            elif var == 'sub':
                rid, k = alts['sub']
                old = rows[rid].vals[k]
                rows[rid].vals[k] = old + t['subdelta']
                altered = dict(label=rows[rid].label, column=colt[k].title, action='%s -> %s' % (old, old + t['subdelta']))
            elif var == 'del':
                rid = alts['del']
                altered = dict(label=rows[rid].label, column=None, action='row deleted',
                               cell="row of '%s' in the clean file" % rows[rid].label)
                v['rows'] = [r for r in v['rows'] if r.id != rid]
            if altered and rows[(alts[var] if var == 'del' else alts[var][0])].code:
                altered['code'] = rows[(alts[var] if var == 'del' else alts[var][0])].code
            failing = evaluate(v)
            if var == 'clean':
                assert failing == []
            else:
                assert failing, (t['name'], var)
            fname = t['name'] + ('' if var == 'clean' else '_' + var) + '.xlsx'
            cm = write_xlsx(realize(v), os.path.join(HERE, 'xlsx', fname))
            if altered and var != 'del':
                altered['cell'] = cm[alts[var]]
            e = dict(kind=t['kind'], variant=var, failing=failing, tolerated=[])
            if altered:
                e['altered'] = altered
            truth[fname] = e
    json.dump({'files': truth}, open(os.path.join(HERE, 'truth.json'), 'w'), indent=1, ensure_ascii=False)
    print('wrote', len(truth), 'files;', sum(len(e['failing']) for e in truth.values()), 'failing totals')


if __name__ == '__main__':
    main()
