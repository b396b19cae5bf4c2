#!/usr/bin/env python3
"""Build sealed-trial37: ten Dutch public-sector tables x 5 variants, xlsx + truth.json (openpyxl only)."""
import copy
import json
import os
import random

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter as L
from openpyxl.worksheet.properties import Outline, PageSetupProperties

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'xlsx')
NL = '[$-413]#,##0;-#,##0'


class Col:
    def __init__(self, key, h, fmt=NL, scale=1, rng=(1000, 90000), derived=None, vsum=True, width=12, unit=1):
        self.key, self.h, self.fmt, self.scale, self.rng = key, h, fmt, scale, rng
        self.derived = derived  # list of (sign, key) over printed values
        self.vsum, self.width, self.unit = vsum, width, unit

    @property
    def title(self):
        return ' '.join(x for x in self.h if x)


class Row:
    def __init__(self, rid, label, kind, parts=None, code=None, group=None):
        self.id, self.label, self.kind, self.parts, self.code, self.group = rid, label, kind, parts or [], code, group
        self.vals = {}


class Table:
    """rows: heads, lines, subs (parts = lines), totals (parts = subs or lines), extras (no relation)."""

    def __init__(self, name, cols, seed):
        self.name, self.cols, self.rows = name, cols, []
        self.rnd = random.Random(seed)
        self.colmap = {c.key: c for c in cols}

    def add(self, label, kind, parts=None, code=None, group=None):
        r = Row(len(self.rows), label, kind, parts, code, group)
        self.rows.append(r)
        return r

    def fill_line(self, r, skip=()):
        for c in self.cols:
            if c.derived is None and c.key not in skip:
                lo, hi = c.rng
                r.vals[c.key] = self.rnd.randint(lo * c.scale, hi * c.scale)

    def derive(self, r):
        for c in self.cols:
            if c.derived is not None and any(k in r.vals for _, k in c.derived):
                r.vals[c.key] = sum(s * r.vals.get(k, 0) for s, k in c.derived)

    def compute(self):
        byid = {r.id: r for r in self.rows}
        for r in self.rows:
            if r.kind in ('line', 'rowsum'):
                self.derive(r)
        for kind in ('sub', 'total', 'grand'):
            for r in self.rows:
                if r.kind == kind:
                    only = getattr(r, 'only', None)
                    for c in self.cols:
                        if c.derived is None and c.vsum and (only is None or c.key in only):
                            ps = [byid[p] for p in r.parts if c.key in byid[p].vals]
                            if ps:
                                r.vals[c.key] = sum(p.vals[c.key] for p in ps)
                    self.derive(r)
                    for c in self.cols:
                        if c.derived is not None and c.vsum and c.key not in r.vals and (only is None or c.key in only):
                            ps = [byid[p] for p in r.parts if c.key in byid[p].vals]
                            if ps:
                                r.vals[c.key] = sum(p.vals[c.key] for p in ps)

    def relations(self, rows):
        """(row, col, [part cells] or derived) evaluated on the printed values of the rows given."""
        ids = {r.id: r for r in rows}
        rel = []
        for r in rows:
            if r.kind in ('sub', 'total', 'grand'):
                for c in self.cols:
                    if c.vsum and c.key in r.vals:
                        ps = [ids[p] for p in r.parts if p in ids]
                        if any(c.key in p.vals for p in ps):
                            rel.append((r, c, sum(p.vals.get(c.key, 0) for p in ps)))
            if r.kind in ('line', 'sub', 'total', 'grand', 'rowsum'):
                for c in self.cols:
                    if c.derived is not None and c.key in r.vals and any(k in r.vals for _, k in c.derived):
                        rel.append((r, c, sum(s * r.vals.get(k, 0) for s, k in c.derived)))
        return rel

    def failing(self, rows):
        out = {}
        for r, c, true in self.relations(rows):
            if r.vals[c.key] != true:
                key = (r.id, c.key)
                sc = (lambda v, c=c: v / c.scale if c.scale != 1 else v)
                if key not in out:
                    e = dict(label=r.label, column=c.title, printed=sc(r.vals[c.key]), true=sc(true),
                             unit=c.unit)
                    if r.code:
                        e['code'] = r.code
                    out[key] = e
                elif sc(true) != out[key]['true']:
                    out[key].setdefault('true_other', []).append(sc(true))
        return list(out.values())


# ---------------------------------------------------------------- styles
thin = Side(style='thin')
medium = Side(style='medium')
hair = Side(style='hair')


def page(ws, landscape=False, fit=True, area=None):
    ws.page_setup.orientation = 'landscape' if landscape else 'portrait'
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    if fit:
        ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.sheet_view.showGridLines = False
    if area:
        ws.print_area = area


def setwidths(ws, widths):
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[L(i)].width = w


# ---------------------------------------------------------------- tables
def t01():
    cols = [Col('fte', ('Formatie (fte)',), fmt='[$-413]0.0', scale=10, rng=(1, 4), unit=0.1, width=10),
            Col('rijk', ('Rijksbijdrage (€)',), rng=(20000, 95000), width=13),
            Col('gem', ('Cofinanciering gemeente (€)',), rng=(8000, 40000), width=14),
            Col('wg', ('Cofinanciering werkgever (€)',), rng=(5000, 35000), width=14),
            Col('tot', ('Totaal (€)',), derived=[(1, 'rijk'), (1, 'gem'), (1, 'wg')], width=13)]
    t = Table('t01_buurtsportcoaches', cols, 101)
    groups = [('Sport', ['Sportservice Zuidoost', 'Omnisportvereniging De Horst', 'Zwembad De Wetering BV',
                          'Tennispark Berkenhof']),
              ('Cultuur', ['Muziekschool Amadeus', 'Bibliotheek Rivierenland', 'Theater De Schakel']),
              ('Onderwijs', ['Stichting Primair Onderwijs Kwadrant', 'Scholengemeenschap Het Baken',
                             'Praktijkschool De Linie']),
              ('Welzijn en zorg', ['Welzijnsorganisatie Samen Sterk', 'Vitaal Ouder Worden (GGD)'])]
    subs = []
    for g, lines in groups:
        t.add(g, 'head')
        ids = []
        for lab in lines:
            r = t.add('– ' + lab, 'line')
            t.fill_line(r)
            ids.append(r.id)
        subs.append(t.add('Totaal ' + g.lower(), 'sub', ids).id)
    t.add('Totaal combinatiefuncties 2025', 'total', subs)
    t.title = ['Brede Regeling Combinatiefuncties 2025',
               'Inzet buurtsportcoaches en combinatiefunctionarissen per werkgever']
    return t


def r_t01(t, rows, wb):
    ws = wb.active
    ws.title = 'BRC 2025'
    f = 'Segoe UI'
    blue = '1F3864'
    ws['A1'] = t.title[0]
    ws['A1'].font = Font(name=f, size=13, bold=True)
    ws['A2'] = t.title[1]
    ws['A2'].font = Font(name=f, size=10, italic=True)
    hr = 4
    ws.cell(hr, 1, 'Werkgever').font = Font(name=f, size=9, bold=True)
    for j, c in enumerate(t.cols, 2):
        x = ws.cell(hr, j, c.h[0])
        x.font = Font(name=f, size=9, bold=True)
        x.alignment = Alignment(horizontal='right', wrap_text=True, vertical='bottom')
    for j in range(1, len(t.cols) + 2):
        ws.cell(hr, j).border = Border(bottom=thin)
    ws.row_dimensions[hr].height = 38
    y = hr + 1
    cells = {}
    for r in rows:
        lab = ws.cell(y, 1, r.label)
        if r.kind == 'head':
            lab.font = Font(name=f, size=9, bold=True)
        elif r.kind == 'line':
            lab.font = Font(name=f, size=9)
            lab.alignment = Alignment(indent=1)
        else:  # totals: only a dark blue font, no bold, no border
            lab.font = Font(name=f, size=9, color=blue)
        for j, c in enumerate(t.cols, 2):
            if c.key in r.vals:
                v = r.vals[c.key]
                x = ws.cell(y, j, v / c.scale if c.scale != 1 else v)
                x.number_format = c.fmt
                x.font = Font(name=f, size=9, color=blue if r.kind in ('sub', 'total') else None)
            cells[(r.id, c.key)] = '%s%d' % (L(j), y)
        cells[(r.id, None)] = 'A%d:%s%d' % (y, L(len(t.cols) + 1), y)
        y += 1
        if r.kind == 'sub':
            y += 1
    ws.cell(y + 1, 1, 'Bron: DUS-i beschikking 2025 en opgave werkgevers; fte volgens inzetoverzicht 1 oktober.').font = Font(
        name=f, size=8, italic=True)
    setwidths(ws, [40] + [c.width for c in t.cols])
    page(ws)
    return cells


def t02():
    yrs = ["Real. '24", "Begr. '25", "Raming '26"]
    cols = [Col('l%d' % i, ('Lasten', y), rng=(20, 900) if i == 0 else (100, 2500), width=10) for i, y in enumerate(yrs)]
    cols.append(Col('lt', ('Lasten', 'Totaal'), derived=[(1, 'l0'), (1, 'l1'), (1, 'l2')], width=10))
    cols += [Col('b%d' % i, ('Baten', y), rng=(0, 400) if i == 0 else (50, 1500), width=10) for i, y in enumerate(yrs)]
    cols.append(Col('bt', ('Baten', 'Totaal'), derived=[(1, 'b0'), (1, 'b1'), (1, 'b2')], width=10))
    cols.append(Col('saldo', ('', 'Saldo'), derived=[(1, 'bt'), (-1, 'lt')], width=10))
    t = Table('t02_aardgasvrije_wijken', cols, 202)
    groups = [('Wijken in uitvoering', ['Proeftuin Oosterpark (PAW ronde 1)', 'Hofkwartier warmtenet',
                                         'Bloemenbuurt all-electric']),
              ('Wijken in voorbereiding', ['Rivierwijk', 'Kerkdorp Oudewater-Noord', 'Bedrijventerrein Westhaven',
                                            'Stationskwartier']),
              ('Programmabrede kosten', ['Wijkaanpak en participatie', 'Energieloket en isolatiesubsidie'])]
    subs = []
    for g, lines in groups:
        t.add(g, 'head')
        ids = []
        for lab in lines:
            r = t.add(lab, 'line')
            t.fill_line(r)
            ids.append(r.id)
        subs.append(t.add('Totaal ' + g.lower(), 'sub', ids).id)
    t.add('Totaal programma aardgasvrij', 'total', subs)
    t.title = ['Programma Warmtetransitie - lasten en baten per wijk (bedragen x € 1.000)']
    return t


def r_t02(t, rows, wb):
    ws = wb.active
    ws.title = 'Warmtetransitie'
    f = 'Calibri'
    ws['A1'] = t.title[0]
    ws['A1'].font = Font(name=f, size=12, bold=True)
    h1, h2 = 3, 4
    ws.cell(h2, 1, 'Wijk / project').font = Font(name=f, size=10, bold=True)
    # group titles centred across their columns WITHOUT merging (alignment centerContinuous)
    start = 2
    for j, c in enumerate(t.cols, start):
        if c.h[0]:
            x = ws.cell(h1, j)
            if j == start or t.cols[j - start - 1].h[0] != c.h[0]:
                x.value = c.h[0]
            x.alignment = Alignment(horizontal='centerContinuous')
            x.font = Font(name=f, size=10, bold=True)
            x.border = Border(bottom=thin)
        y = ws.cell(h2, j, c.h[1])
        y.font = Font(name=f, size=10, bold=True)
        y.alignment = Alignment(horizontal='right')
        y.border = Border(bottom=medium)
    ws.cell(h2, 1).border = Border(bottom=medium)
    y = h2 + 1
    cells = {}
    for r in rows:
        lab = ws.cell(y, 1, r.label)
        bold = r.kind in ('head', 'sub', 'total')
        lab.font = Font(name=f, size=10, bold=bold, italic=r.kind == 'head')
        for j, c in enumerate(t.cols, 2):
            if c.key in r.vals:
                x = ws.cell(y, j, r.vals[c.key])
                x.number_format = '[$-413]#,##0;-#,##0'
                x.font = Font(name=f, size=10, bold=r.kind in ('sub', 'total'))
                if r.kind == 'total':
                    x.border = Border(top=thin, bottom=Side(style='double'))
                elif r.kind == 'sub':
                    x.border = Border(top=thin)
            cells[(r.id, c.key)] = '%s%d' % (L(j), y)
        cells[(r.id, None)] = 'A%d:%s%d' % (y, L(len(t.cols) + 1), y)
        y += 1
    setwidths(ws, [36] + [c.width for c in t.cols])
    page(ws, landscape=True)
    return cells


def t03():
    cols = [Col('hn', ('Honden', 'Aantal'), rng=(3, 60), width=8),
            Col('hk', ('Honden', 'Kosten (€)'), rng=(2000, 30000), width=11),
            Col('kn', ('Katten', 'Aantal'), rng=(10, 140), width=8),
            Col('kk', ('Katten', 'Kosten (€)'), rng=(3000, 45000), width=11),
            Col('on', ('Overige dieren', 'Aantal'), rng=(1, 30), width=8),
            Col('ok', ('Overige dieren', 'Kosten (€)'), rng=(300, 6000), width=11),
            Col('tn', ('Totaal', 'Aantal'), derived=[(1, 'hn'), (1, 'kn'), (1, 'on')], width=8),
            Col('tk', ('Totaal', 'Kosten (€)'), derived=[(1, 'hk'), (1, 'kk'), (1, 'ok')], width=11)]
    t = Table('t03_dierenopvang', cols, 303)
    groups = [('Regio West', ['Zeewolde-Haven', 'Marsdijk', 'Lingedal', 'Oostervaart', 'Het Broek']),
              ('Regio Midden', ['Veldhoven-Kerk', 'Ravensbos', 'Ammerzoden-Noord', 'Bleskensgraaf']),
              ('Regio Oost', ['Hengeloord', 'Tubbergen-Dal', 'Rijssenhout', 'Enterveen', 'Markelo-Zuid'])]
    subs, lines = [], []
    for g, ls in groups:
        t.add(g, 'head')
        ids = []
        for lab in ls:
            r = t.add(lab, 'line')
            t.fill_line(r)
            ids.append(r.id)
        lines += ids
        subs.append(t.add('Subtotaal ' + g, 'sub', ids).id)
    t.add('Totaal deelnemers', 'total', subs)
    t.avg = t.add('Gemiddeld per gemeente', 'extra')
    t.nlines = len(lines)
    t.title = ['GR Dierenopvang Regio - opvang zwerfdieren 2025 per deelnemende gemeente']
    return t


def extra_t03(t, rows):
    tot = [r for r in rows if r.kind == 'total'][0]
    avg = [r for r in rows if r.kind == 'extra'][0]
    n = t.nlines
    avg.vals = {k: round(v / n) for k, v in tot.vals.items()}


def r_t03(t, rows, wb):
    ws = wb.active
    ws.title = 'Opvang 2025'
    f = 'Arial'
    ws['A1'] = t.title[0]
    ws['A1'].font = Font(name=f, size=11, bold=True)
    ws['A2'] = 'Aantal opgevangen dieren en kosten opvang (incl. dierenarts en vervoer)'
    ws['A2'].font = Font(name=f, size=9)
    h1, h2 = 4, 5
    ws.cell(h2, 1, 'Gemeente').font = Font(name=f, size=9, bold=True)
    j = 2
    while j < 2 + len(t.cols):
        c = t.cols[j - 2]
        ws.cell(h1, j, c.h[0]).font = Font(name=f, size=9, bold=True)
        ws.cell(h1, j).alignment = Alignment(horizontal='center')
        ws.merge_cells(start_row=h1, start_column=j, end_row=h1, end_column=j + 1)
        j += 2
    fill = PatternFill('solid', fgColor='E2EFDA')
    for j, c in enumerate(t.cols, 2):
        x = ws.cell(h2, j, c.h[1])
        x.font = Font(name=f, size=9, bold=True)
        x.alignment = Alignment(horizontal='right')
        ws.cell(h1, j).fill = fill
        x.fill = fill
    ws.cell(h1, 1).fill = fill
    ws.cell(h2, 1).fill = fill
    y = h2 + 1
    cells = {}
    for r in rows:
        lab = ws.cell(y, 1, r.label)
        lab.font = Font(name=f, size=9, bold=r.kind in ('head', 'sub', 'total'), italic=r.kind == 'extra')
        for j, c in enumerate(t.cols, 2):
            if c.key in r.vals:
                x = ws.cell(y, j, r.vals[c.key])
                x.number_format = '[$-409]#,##0'  # English notation: comma between thousands
                x.font = Font(name=f, size=9, bold=r.kind in ('sub', 'total'), italic=r.kind == 'extra')
                if r.kind == 'total':
                    x.border = Border(top=thin)
            cells[(r.id, c.key)] = '%s%d' % (L(j), y)
        cells[(r.id, None)] = 'A%d:%s%d' % (y, L(len(t.cols) + 1), y)
        y += 1
    setwidths(ws, [26] + [c.width for c in t.cols])
    page(ws, landscape=True)
    return cells


def t04():
    yrs = ['2022', '2023', '2024', '2025']
    cols = [Col('y%d' % i, ('Boekjaar ' + y,), fmt='[$-413]#,##0.00;-#,##0.00', scale=100, rng=(900, 48000),
                unit=0.01, width=13) for i, y in enumerate(yrs)]
    cols.append(Col('tot', ('Totaal 2022-2025',), fmt='[$-413]#,##0.00;-#,##0.00', scale=100,
                    derived=[(1, 'y0'), (1, 'y1'), (1, 'y2'), (1, 'y3')], unit=0.01, width=18))
    t = Table('t04_accountantshonoraria', cols, 404)
    groups = [('Wettelijke controle', ['Interim-controle', 'Eindejaarscontrole jaarrekening',
                                       'Controle SiSa-bijlage']),
              ('Meerwerk', ['Controle grondexploitaties', 'Aanvullende werkzaamheden WNT',
                            'Rechtmatigheidsverantwoording (eerste jaren)']),
              ('Overige opdrachten', ['Controle subsidieverantwoordingen', 'Advies btw-compensatiefonds'])]
    subs = []
    for g, lines in groups:
        t.add(g, 'head')
        ids = []
        for lab in lines:
            r = t.add(lab, 'line')
            t.fill_line(r)
            ids.append(r.id)
        subs.append(t.add('Subtotaal ' + g.lower(), 'sub', ids).id)
    t.add('Totaal accountantskosten', 'total', subs)
    t.title = ['Honoraria externe accountant 2022-2025 (incl. btw)']
    return t


def r_t04(t, rows, wb):
    ws = wb.active
    ws.title = 'Accountant'
    f = 'Cambria'
    ws['A1'] = t.title[0]
    ws['A1'].font = Font(name=f, size=12, bold=True)
    ws['A2'] = ('Op verzoek van de auditcommissie zijn de gefactureerde honoraria van de externe accountant over de '
                'contractperiode hieronder per soort werkzaamheden weergegeven. Meerwerk is door de accountant vooraf '
                'gemeld en door de gemeentesecretaris akkoord bevonden; de bedragen zijn inclusief btw.')
    ws.merge_cells('A2:F2')
    ws['A2'].alignment = Alignment(wrap_text=True, vertical='top')
    ws['A2'].font = Font(name=f, size=9)
    ws.row_dimensions[2].height = 40
    hr = 4
    ws.cell(hr, 1, 'Werkzaamheden').font = Font(name=f, size=10, bold=True)
    for j, c in enumerate(t.cols, 2):
        x = ws.cell(hr, j, c.title)
        x.font = Font(name=f, size=10, bold=True)
        x.alignment = Alignment(horizontal='right', wrap_text=True)
    ws.row_dimensions[hr].height = 28
    y = hr + 1
    cells = {}
    notes = {('Controle grondexploitaties', 'y2'): 'Incl. herberekening boekwaarde complex De Velden',
             ('Eindejaarscontrole jaarrekening', 'y1'): 'Factuur 2023-114 en creditnota 2023-131',
             ('Advies btw-compensatiefonds', 'y3'): 'Offerte d.d. 12 maart 2025'}
    sub_next = {r.id: rows[i + 1].kind == 'sub' for i, r in enumerate(rows[:-1])}
    for r in rows:
        lab = ws.cell(y, 1, r.label)
        lab.font = Font(name=f, size=10, bold=r.kind in ('head', 'total'), italic=r.kind == 'sub')
        for j, c in enumerate(t.cols, 2):
            if c.key in r.vals:
                x = ws.cell(y, j, r.vals[c.key] / 100)
                x.number_format = c.fmt
                under = 'singleAccounting' if r.kind == 'line' and sub_next.get(r.id) else None
                if r.kind == 'sub':
                    under = None
                if r.kind == 'total':
                    under = 'doubleAccounting'
                x.font = Font(name=f, size=10, bold=r.kind == 'total', italic=r.kind == 'sub', underline=under)
                if (r.label, c.key) in notes:
                    x.comment = Comment(notes[(r.label, c.key)], 'Team Control')
            cells[(r.id, c.key)] = '%s%d' % (L(j), y)
        cells[(r.id, None)] = 'A%d:%s%d' % (y, L(len(t.cols) + 1), y)
        y += 1
    setwidths(ws, [40] + [c.width for c in t.cols])
    page(ws, landscape=False)
    return cells


def t05():
    cols = [Col('rijk', ('Rijk',), rng=(100000, 2500000), width=13),
            Col('prov', ('Provincie',), rng=(50000, 1200000), width=13),
            Col('gem', ('Gemeenten',), rng=(20000, 800000), width=13),
            Col('der', ('Derden',), rng=(0, 600000), width=13),
            Col('tot', ('Totaal',), derived=[(1, 'rijk'), (1, 'prov'), (1, 'gem'), (1, 'der')], width=14)]
    t = Table('t05_regio_deal', cols, 505)
    groups = [('Pijler 1 Brede welvaart en economie', [
        'Innovatiehub Agrifood Campus', 'Versnellingsprogramma MKB-digitalisering', 'Regionaal Techniekpact']),
        ('Pijler 2 Leefbaarheid kernen', ['Dorpsvernieuwing Kernen aan de Dijk', 'Mobiliteitshubs platteland',
                                          'Maatschappelijke voorzieningen (MFA-fonds)', 'Zorg in de wijk']),
        ('Pijler 3 Arbeidsmarkt en onderwijs', ['Leven Lang Ontwikkelen', 'Praktijkroute mbo-hbo',
                                                 'Regionaal Werkcentrum'])]
    subs = []
    for g, lines in groups:
        t.add(g, 'head')
        ids = []
        for lab in lines:
            r = t.add(lab, 'line')
            t.fill_line(r)
            ids.append(r.id)
        subs.append(t.add('Totaal ' + g.split(' ', 2)[0].lower() + ' ' + g.split(' ', 2)[1], 'sub', ids).id)
    r = t.add('Programmamanagement en monitoring', 'line')
    t.fill_line(r)
    subs.append(r.id)
    t.add('Totaal Regio Deal', 'total', subs)
    t.title = ['Regio Deal Rivierenland-Oost: bestedingsplan 2024-2027 naar financier (bedragen in €)']
    return t


def r_t05(t, rows, wb):
    ws = wb.active
    ws.title = 'Bestedingsplan'
    f = 'Verdana'
    ws['A1'] = t.title[0]
    ws['A1'].font = Font(name=f, size=11, bold=True)
    ws.oddHeader.right.text = 'CONCEPT - versie PS-commissie'
    ws.oddFooter.center.text = 'Pagina &P van &N'
    hr = 3
    ws.cell(hr, 1, 'Project').font = Font(name=f, size=8, bold=True, color='FFFFFF')
    for j, c in enumerate(t.cols, 2):
        x = ws.cell(hr, j, c.title)
        x.font = Font(name=f, size=8, bold=True, color='FFFFFF')
        x.alignment = Alignment(horizontal='right')
    for j in range(1, len(t.cols) + 2):
        ws.cell(hr, j).fill = PatternFill('solid', fgColor='7B2C83')
    y = hr + 1
    cells = {}
    for r in rows:
        lab = ws.cell(y, 1, r.label)
        if r.kind == 'line' and not r.label.startswith('Programma'):
            lab.hyperlink = 'https://www.regiodeal-rivierenland.nl/projecten/%d' % (r.id + 100)
            lab.font = Font(name=f, size=8, color='0563C1', underline='single')
        else:
            lab.font = Font(name=f, size=8, bold=r.kind != 'line')
        for j, c in enumerate(t.cols, 2):
            if c.key in r.vals:
                x = ws.cell(y, j, r.vals[c.key])
                x.number_format = NL
                x.font = Font(name=f, size=8, bold=r.kind in ('sub', 'total'))
                if r.kind in ('sub', 'total'):
                    x.border = Border(top=hair, bottom=medium if r.kind == 'total' else None)
            cells[(r.id, c.key)] = '%s%d' % (L(j), y)
        cells[(r.id, None)] = 'A%d:%s%d' % (y, L(len(t.cols) + 1), y)
        y += 1
    setwidths(ws, [44] + [c.width for c in t.cols])
    page(ws, landscape=True)
    return cells


def t06():
    plain = '0;"−"0'  # no thousands separator, U+2212 minus sign
    cols = [Col('n', ('Aanvragen',), fmt=plain, rng=(4, 90), width=10),
            Col('m2', ('Oppervlakte m²',), fmt=plain, rng=(150, 4800), width=11),
            Col('toe', ('Toegekend €',), fmt=plain, rng=(3000, 96000), width=11),
            Col('terug', ('Teruggevorderd €',), fmt=plain, rng=(-4000, -100), width=13),
            Col('net', ('Netto subsidie €',), fmt=plain, derived=[(1, 'toe'), (1, 'terug')], width=12),
            Col('bet', ('Uitbetaald €',), fmt=plain, rng=(1000, 60000), width=11)]
    t = Table('t06_groene_daken', cols, 606)
    groups = [('Regeling groene daken', ['Amersfoort-Vathorst', 'Baarn', 'Bunschoten', 'Leusden', 'Soest',
                                         'Woudenberg']),
              ('Regeling afkoppelen hemelwater', ['Nijkerk', 'Renswoude', 'Scherpenzeel', 'Veenendaal',
                                                  'Barneveld-Voorthuizen'])]
    subs = []
    for g, lines in groups:
        t.add(g, 'head')
        ids = []
        for lab in lines:
            r = t.add(lab, 'line')
            t.fill_line(r)
            ids.append(r.id)
        subs.append(t.add('Subtotaal ' + g.split(' ', 1)[1], 'sub', ids).id)
    t.add('Totaal subsidieregelingen klimaatadaptatie', 'total', subs)
    t.title = ['Waterschap Vallei en Eemland-Noord', 'Subsidieregelingen klimaatadaptatie 2025 per gemeente']
    return t


def r_t06(t, rows, wb):
    ws = wb.active
    ws.title = 'Subsidies 2025'
    f = 'Tahoma'
    ws['A1'] = t.title[0]
    ws['A1'].font = Font(name=f, size=9, color='1F6F8B')
    ws['A2'] = t.title[1]
    ws['A2'].font = Font(name=f, size=12, bold=True)
    hr = 4
    ws.cell(hr, 1, 'Gemeente').font = Font(name=f, size=9, bold=True)
    for j, c in enumerate(t.cols, 2):
        x = ws.cell(hr, j, c.title)
        x.font = Font(name=f, size=9, bold=True)
        x.alignment = Alignment(horizontal='right', wrap_text=True)
        x.border = Border(bottom=thin)
    ws.cell(hr, 1).border = Border(bottom=thin)
    ws.row_dimensions[hr].height = 26
    y = hr + 1
    cells = {}
    for r in rows:
        lab = ws.cell(y, 1, r.label)
        lab.font = Font(name=f, size=9, bold=r.kind in ('sub', 'total', 'head'))
        for j, c in enumerate(t.cols, 2):
            if c.key in r.vals:
                x = ws.cell(y, j, r.vals[c.key])
                x.number_format = c.fmt
                x.font = Font(name=f, size=9, bold=r.kind in ('sub', 'total'))
                if r.kind == 'total':
                    x.border = Border(top=thin, bottom=thin)
            cells[(r.id, c.key)] = '%s%d' % (L(j), y)
        cells[(r.id, None)] = 'A%d:%s%d' % (y, L(len(t.cols) + 1), y)
        y += 1
        if r.kind == 'sub':
            y += 1
    ws.cell(y + 1, 1, 'Teruggevorderd: subsidie ingetrokken na controle ter plaatse (niet aangelegd of afwijkend).').font = Font(
        name=f, size=8, italic=True)
    setwidths(ws, [44] + [c.width for c in t.cols])
    page(ws)
    return cells


def t07():
    cols = [Col('c', ('Centrum',), rng=(4000, 9000)), Col('s', ('Stationsgebied',), rng=(2500, 7000), width=13),
            Col('u', ('Uitgaansgebied',), rng=(1500, 6500), width=13),
            Col('b', ('Bedrijventerrein De Hoek',), rng=(800, 3000), width=13),
            Col('tot', ('Totaal',), derived=[(1, 'c'), (1, 's'), (1, 'u'), (1, 'b')])]
    t = Table('t07_cameratoezicht', cols, 707)
    import datetime
    subs = []
    for half in (0, 1):
        ids = []
        for m in range(1 + 6 * half, 7 + 6 * half):
            r = t.add(datetime.date(2025, m, 1), 'line')
            t.fill_line(r)
            ids.append(r.id)
        subs.append(t.add('%se halfjaar 2025' % (half + 1), 'sub', ids).id)
    t.add('Totaal 2025', 'total', subs)
    maand = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober',
             'november', 'december']
    for r in t.rows:
        if r.kind == 'line':
            r.date = r.label
            r.label = '%s 2025' % maand[r.date.month - 1]
    t.title = ['Cameratoezicht openbare orde: kosten per cameragebied per maand 2025 (uitkijken, beheer, '
               'verbindingen en onderhoud; bedragen in euro)']
    return t


def r_t07(t, rows, wb):
    ws = wb.active
    ws.title = 'Camera 2025'
    f = 'Arial'
    ws['A1'] = t.title[0]
    ws['A1'].font = Font(name=f, size=10, bold=True)
    ws.merge_cells('A1:F1')
    ws['A1'].alignment = Alignment(wrap_text=True)
    ws.row_dimensions[1].height = 28
    hr = 3
    ws.cell(hr, 1, 'Maand').font = Font(name=f, size=9, bold=True)
    for j, c in enumerate(t.cols, 2):
        x = ws.cell(hr, j, c.title)
        x.font = Font(name=f, size=9, bold=True)
        x.alignment = Alignment(horizontal='right', wrap_text=True)
    for j in range(1, len(t.cols) + 2):
        ws.cell(hr, j).border = Border(bottom=thin, top=thin)
    ws.row_dimensions[hr].height = 26
    y = hr + 1
    cells = {}
    for r in rows:
        if r.kind == 'line':
            lab = ws.cell(y, 1, r.date)  # a real date, shown as its month
            lab.number_format = '[$-413]mmmm yyyy'
            lab.alignment = Alignment(horizontal='left')
        else:
            lab = ws.cell(y, 1, r.label)
        lab.font = Font(name=f, size=9, bold=r.kind != 'line')
        for j, c in enumerate(t.cols, 2):
            if c.key in r.vals:
                x = ws.cell(y, j, r.vals[c.key])
                x.number_format = NL
                x.font = Font(name=f, size=9, bold=r.kind != 'line')
                if r.kind == 'sub':
                    x.fill = PatternFill('solid', fgColor='F2F2F2')
            if r.kind == 'sub':
                ws.cell(y, 1).fill = PatternFill('solid', fgColor='F2F2F2')
            cells[(r.id, c.key)] = '%s%d' % (L(j), y)
        cells[(r.id, None)] = 'A%d:%s%d' % (y, L(len(t.cols) + 1), y)
        y += 1
    setwidths(ws, [20] + [c.width for c in t.cols])
    page(ws)
    return cells


def t08():
    cols = [Col('beg', ('Verplichting 1 januari',), rng=(50000, 900000), width=13),
            Col('nieuw', ('Nieuwe beschikkingen',), rng=(0, 400000), width=13),
            Col('vrij', ('Vrijval',), rng=(0, 40000), width=10),
            Col('bet', ('Betaald',), rng=(20000, 300000), width=11),
            Col('eind', ('Verplichting 31 december',), derived=[(1, 'beg'), (1, 'nieuw'), (-1, 'vrij'), (-1, 'bet')],
                width=13)]
    t = Table('t08_bedrijventerreinen', cols, 808)
    groups = [('Regio Noord', ['Herstructurering De Vaart III', 'Revitalisering Hessenpoort-Oud',
                               'Zuidwending-Industrieweg', 'Transformatie Havenkwartier']),
              ('Regio Zuid', ['Parkmanagement Bedrijvenpark A28', 'Verduurzaming Kloosterveen-Zuid',
                              'Herinrichting Bedrijventerrein De Stuw']),
              ('Regio West', ['Kavelruil Westermaat', 'Zonnedaken bedrijventerrein Twentekanaal',
                              'Ontsluiting Haven Lochem'])]
    subs = []
    for g, lines in groups:
        t.add(g, 'head')
        ids = []
        for lab in lines:
            r = t.add(lab, 'line')
            t.fill_line(r)
            ids.append(r.id)
        subs.append(t.add('Totaal ' + g, 'sub', ids).id)
    t.add('Totaal subsidieregeling bedrijventerreinen', 'total', subs)
    for r in t.rows:  # no negative closing balances
        if r.kind == 'line':
            r.vals['bet'] = min(r.vals['bet'], r.vals['beg'] + r.vals['nieuw'] - r.vals['vrij'] - t.rnd.randint(4000, 40000))
    t.title = ['Verloop openstaande verplichtingen subsidieregeling herstructurering bedrijventerreinen 2025']
    return t


def r_t08(t, rows, wb):
    ws = wb.active
    ws.title = 'Verplichtingen'
    f = 'Calibri'
    ws['A1'] = t.title[0]
    ws['A1'].font = Font(name=f, size=12, bold=True)
    ws['A2'] = 'bedragen in euro'
    ws['A2'].font = Font(name=f, size=10, italic=True)
    hr = 4
    ws.cell(hr, 1, 'Terrein / project').font = Font(name=f, size=10, bold=True)
    for j, c in enumerate(t.cols, 3):  # column B is an empty spacer the long labels run into
        x = ws.cell(hr, j, c.title)
        x.font = Font(name=f, size=10, bold=True)
        x.alignment = Alignment(horizontal='right', wrap_text=True)
    for j in range(1, len(t.cols) + 3):
        ws.cell(hr, j).border = Border(bottom=thin)
    ws.row_dimensions[hr].height = 30
    ws.sheet_properties.outlinePr = Outline(summaryBelow=True)
    y = hr + 1
    cells = {}
    for r in rows:
        lab = ws.cell(y, 1, r.label)
        lab.font = Font(name=f, size=10, bold=r.kind != 'line')
        if r.kind == 'line':
            ws.row_dimensions[y].outlineLevel = 2
        elif r.kind in ('head', 'sub'):
            ws.row_dimensions[y].outlineLevel = 1
        for j, c in enumerate(t.cols, 3):
            if c.key in r.vals:
                x = ws.cell(y, j, r.vals[c.key])
                x.number_format = NL
                x.font = Font(name=f, size=10, bold=r.kind in ('sub', 'total'))
                if r.kind in ('sub', 'total'):
                    x.border = Border(top=thin)
            cells[(r.id, c.key)] = '%s%d' % (L(j), y)
        cells[(r.id, None)] = 'A%d:%s%d' % (y, L(len(t.cols) + 2), y)
        y += 1
    setwidths(ws, [26, 16] + [c.width for c in t.cols])
    page(ws, landscape=False)
    return cells


def t09():
    kernen = ['Ootmarsum', 'Denekamp', 'Weerselo', 'Rossum', 'Tilligte', 'Lattrop']
    cols = [Col('k%d' % i, (k,), rng=(500, 9000), width=10) for i, k in enumerate(kernen)]
    cols.append(Col('tot', ('Totaal',), derived=[(1, 'k%d' % i) for i in range(len(kernen))], width=11))
    t = Table('t09_mantelzorg', cols, 909)
    inw = t.add('Inwoners 1 januari 2025', 'rowsum')
    for i, c in enumerate(t.cols[:-1]):
        inw.vals[c.key] = t.rnd.randint(800, 11000)
    groups = [('Waardering', ['Mantelzorgcompliment', 'Dag van de mantelzorg']),
              ('Ondersteuning', ['Steunpunt mantelzorg', 'Respijtzorg logeerhuis', 'Dagopvang ouderen',
                                 'Jonge mantelzorgers'])]
    subs = []
    for g, lines in groups:
        t.add(g, 'head')
        ids = []
        for lab in lines:
            r = t.add(lab, 'line')
            t.fill_line(r)
            ids.append(r.id)
        subs.append(t.add('Totaal ' + g.lower(), 'sub', ids).id)
    t.add('Totaal mantelzorgondersteuning', 'total', subs)
    t.add('Per inwoner (€)', 'extra')
    t.title = ['Mantelzorgondersteuning 2025 naar kern (realisatie, bedragen in euro)']
    return t


def extra_t09(t, rows):
    tot = [r for r in rows if r.kind == 'total'][0]
    inw = [r for r in rows if r.kind == 'rowsum'][0]
    per = [r for r in rows if r.kind == 'extra'][0]
    per.vals = {k: round(tot.vals[k] / inw.vals[k], 2) for k in tot.vals}


def r_t09(t, rows, wb):
    ws = wb.active
    ws.title = 'Mantelzorg'
    f = 'Calibri'
    ws['A1'] = t.title[0]
    ws['A1'].font = Font(name=f, size=12, bold=True)
    hr = 3
    dark = PatternFill('solid', fgColor='375623')
    ws.cell(hr, 1, 'Kern').font = Font(name=f, size=10, bold=True, color='FFFFFF')
    for j, c in enumerate(t.cols, 2):
        x = ws.cell(hr, j, c.title)
        x.font = Font(name=f, size=10, bold=True, color='FFFFFF')
        x.alignment = Alignment(horizontal='right')
    for j in range(1, len(t.cols) + 2):
        ws.cell(hr, j).fill = dark
    y = hr + 1
    cells = {}
    for r in rows:
        lab = ws.cell(y, 1, r.label)
        lab.font = Font(name=f, size=10, bold=r.kind in ('head', 'sub', 'total'), italic=r.kind in ('rowsum', 'extra'))
        for j, c in enumerate(t.cols, 2):
            if c.key in r.vals:
                x = ws.cell(y, j, r.vals[c.key])
                x.number_format = '[$-413]#,##0.00' if r.kind == 'extra' else NL
                x.font = Font(name=f, size=10, bold=r.kind in ('sub', 'total'), italic=r.kind in ('rowsum', 'extra'))
                if r.kind == 'total':
                    x.border = Border(top=thin, bottom=thin)
            cells[(r.id, c.key)] = '%s%d' % (L(j), y)
        cells[(r.id, None)] = 'A%d:%s%d' % (y, L(len(t.cols) + 1), y)
        y += 1
        if r.kind in ('rowsum', 'total'):
            y += 1
    setwidths(ws, [32] + [c.width for c in t.cols])
    page(ws, landscape=True)
    return cells


def t10():
    eur = '[$-413]#,##0",-"'
    cols = [Col('sch', ('Scholen',), rng=(3, 25), width=9),
            Col('ll', ('Leerlingen bereikt',), rng=(200, 3500), width=11),
            Col('inw', ('Inwonerbijdrage',), fmt=eur, rng=(8000, 60000), width=13),
            Col('prog', ('Afgenomen programma\'s',), fmt=eur, rng=(1000, 20000), width=13),
            Col('tot', ('Totaal bijdrage',), fmt=eur, derived=[(1, 'inw'), (1, 'prog')], width=13)]
    t = Table('t10_nme_centrum', cols, 1010)
    ids = []
    for g in ['Apeldoorn-Zuid', 'Brummen', 'Epe', 'Heerde', 'Hattem', 'Voorst', 'Lochem', 'Zutphen', 'Deventer-Oost']:
        r = t.add(g, 'line')
        t.fill_line(r)
        ids.append(r.id)
    s = t.add('Totaal gemeenten', 'sub', ids)
    extra = []
    for lab in ('Bijdrage provincie (natuureducatie)', 'Bijdrage waterschap (lespakket water)'):
        r = t.add(lab, 'line')
        r.vals = {'tot': t.rnd.randint(15000, 60000)}
        extra.append(r.id)
    tb = t.add('Totaal baten NME-centrum 2025', 'total', [s.id] + extra)
    tb.only = {'tot'}
    t.title = ['Natuur- en milieueducatie: deelnemersbijdragen en bereik 2025']
    return t


def r_t10(t, rows, wb):
    ws = wb.active
    ws.title = 'NME 2025'
    f = 'Georgia'
    ws['A1'] = t.title[0]
    ws['A1'].font = Font(name=f, size=11, bold=True)
    hr = 3
    ws.cell(hr, 1, 'Deelnemer').font = Font(name=f, size=9, bold=True)
    for j, c in enumerate(t.cols, 2):
        x = ws.cell(hr, j, c.title)
        x.font = Font(name=f, size=9, bold=True)
        x.alignment = Alignment(horizontal='right', wrap_text=True)
        x.border = Border(bottom=thin)
    ws.cell(hr, 1).border = Border(bottom=thin)
    ws.row_dimensions[hr].height = 26
    y = hr + 1
    cells = {}
    for r in rows:
        lab = ws.cell(y, 1, r.label)
        lab.font = Font(name=f, size=9, bold=r.kind in ('sub', 'total'))
        for j, c in enumerate(t.cols, 2):
            if c.key in r.vals:
                x = ws.cell(y, j, r.vals[c.key])
                x.number_format = c.fmt if c.fmt != NL else NL
                x.font = Font(name=f, size=9, bold=r.kind in ('sub', 'total'))
                if r.kind in ('sub', 'total'):
                    x.border = Border(top=thin)
            cells[(r.id, c.key)] = '%s%d' % (L(j), y)
        cells[(r.id, None)] = 'A%d:%s%d' % (y, L(len(t.cols) + 1), y)
        y += 1
        if r.kind == 'sub':
            y += 1
    setwidths(ws, [36] + [c.width for c in t.cols])
    page(ws)
    return cells


TABLES = [(t01, r_t01, None), (t02, r_t02, None), (t03, r_t03, extra_t03), (t04, r_t04, None), (t05, r_t05, None),
          (t06, r_t06, None), (t07, r_t07, None), (t08, r_t08, None), (t09, r_t09, extra_t09), (t10, r_t10, None)]

# alterations: (p1 line index, p1 col), (tot col, delta), (del line index), (sub index, sub col, delta)
ALT = {
    't01_buurtsportcoaches': dict(p1=(5, 'gem'), tot=('rijk', 50000), dl=2, sub=(1, 'wg', -3000)),
    't02_aardgasvrije_wijken': dict(p1=(4, 'l1'), tot=('b1', 500), dl=5, sub=(0, 'l2', 120)),
    't03_dierenopvang': dict(p1=(7, 'kn'), tot=('kk', 20000), dl=11, sub=(2, 'hk', -2500)),
    't04_accountantshonoraria': dict(p1=(1, 'y2'), tot=('y1', 1000000), dl=4, sub=(0, 'y3', 150000)),
    't05_regio_deal': dict(p1=(3, 'prov'), tot=('gem', 250000), dl=8, sub=(1, 'rijk', 100000)),
    't06_groene_daken': dict(p1=(2, 'toe'), tot=('bet', 25000), dl=8, sub=(1, 'm2', 400)),
    't07_cameratoezicht': dict(p1=(8, 's'), tot=('c', 10000), dl=3, sub=(0, 'u', -1500)),
    't08_bedrijventerreinen': dict(p1=(6, 'nieuw'), tot=('bet', 100000), dl=1, sub=(2, 'beg', 50000)),
    't09_mantelzorg': dict(p1=(3, 'k2'), tot=('k4', 5000), dl=1, sub=(1, 'k0', -2000)),
    't10_nme_centrum': dict(p1=(4, 'inw'), tot=('tot', 10000), dl=6, sub=(0, 'inw', 5000)),
}


def main():
    os.makedirs(OUT, exist_ok=True)
    truth = {}
    for mk, render, extra in TABLES:
        t = mk()
        t.compute()
        if extra:
            extra(t, t.rows)
        base = t.name
        assert not t.failing(t.rows), (base, t.failing(t.rows))
        a = ALT[base]
        lines = [r for r in t.rows if r.kind == 'line' and any(c.derived is None and c.key in r.vals for c in t.cols)]
        subs = [r for r in t.rows if r.kind == 'sub']
        total = [r for r in t.rows if r.kind == 'total'][0]
        variants = []
        variants.append(('clean', t.rows, None))
        rows = copy.deepcopy(t.rows)
        tgt = [r for r in rows if r.id == lines[a['p1'][0]].id][0]
        tgt.vals[a['p1'][1]] += t.colmap[a['p1'][1]].scale
        variants.append(('p1', rows, (tgt.id, a['p1'][1], '+1 (one unit) in a detail figure')))
        rows = copy.deepcopy(t.rows)
        tgt = [r for r in rows if r.id == total.id][0]
        c = t.colmap[a['tot'][0]]
        tgt.vals[c.key] += a['tot'][1] * c.scale
        variants.append(('tot', rows, (tgt.id, c.key, 'grand total changed by %+d' % a['tot'][1])))
        rows = copy.deepcopy(t.rows)
        dl = lines[a['dl']]
        rows = [r for r in rows if r.id != dl.id]
        variants.append(('del', rows, (dl.id, None, 'detail line deleted, totals left as printed')))
        rows = copy.deepcopy(t.rows)
        tgt = [r for r in rows if r.id == subs[a['sub'][0]].id][0]
        c = t.colmap[a['sub'][1]]
        tgt.vals[c.key] += a['sub'][2] * c.scale
        variants.append(('sub', rows, (tgt.id, c.key, 'subtotal changed by %+d' % a['sub'][2])))
        clean_cells = None
        for var, rows, alt in variants:
            wb = Workbook()
            cells = render(t, rows, wb)
            if var == 'clean':
                clean_cells = cells
            name = base + ('' if var == 'clean' else '_' + var) + '.xlsx'
            wb.save(os.path.join(OUT, name))
            fail = t.failing(rows)
            if var == 'clean':
                assert not fail
            else:
                assert fail, (name, 'alteration makes nothing fail')
            entry = dict(kind=base, variant=var, altered=None, failing=fail, tolerated=[])
            if alt:
                rid, ck, action = alt
                r = [x for x in t.rows if x.id == rid][0]
                altd = dict(label=r.label, column=t.colmap[ck].title if ck else None, action=action,
                            cell=(cells if ck else clean_cells)[(rid, ck)])
                if r.code:
                    altd['code'] = r.code
                entry['altered'] = altd
            truth[name] = entry
    json.dump({'files': truth}, open(os.path.join(HERE, 'truth.json'), 'w'), indent=1, ensure_ascii=False)
    n = sum(len(e['failing']) for e in truth.values())
    print('%d files, %d failing totals' % (len(truth), n))


if __name__ == '__main__':
    main()
