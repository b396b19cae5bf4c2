#!/usr/bin/env python3
"""trial22: build 10 published-style Dutch tables (+4 altered copies each) as xlsx, and truth.json.

Run with /work/main/.venv/bin/python build.py ; then print the PDFs with ONE soffice call (see README.md).
Truth is computed mechanically from each table's relations, evaluated on the values AS PRINTED.
"""
import copy
import json
import os
import random
from decimal import Decimal, ROUND_HALF_UP

from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties

HERE = os.path.dirname(os.path.abspath(__file__))
NL = '[$-413]'
F_INT = NL + '#,##0;-#,##0'
F_INTD = NL + '#,##0;-#,##0;"-"'
F_PAR = NL + '#,##0;(#,##0);"-"'
F_SIGN = NL + '+#,##0;-#,##0;0'
F_K = NL + '#,##0,;-#,##0,;"-"'          # stored in euros, shown x 1.000
F_2 = NL + '#,##0.00'
F_PCT = NL + '0.00%'


def rnd(x):
    return int(Decimal(str(x)).quantize(Decimal('1'), rounding=ROUND_HALF_UP))


class Table:
    def __init__(self, key, sheet, title, subtitle, scale_line=None, note=None, unit=1, font='Arial', size=10,
                 landscape=False, fit=True, repeat_header=False, row_h=None, label_title='Omschrijving', label_width=40):
        self.__dict__.update(locals())
        del self.__dict__['self']
        self.cols = []          # dict(key,title,group,kind,fmt,width,q,summed)
        self.rows = []          # dict(id,label,code,kind,vals,bold,indent)
        self.vrels = []         # (target_id, [(sign, id)])
        self.hrels = []         # dict(target col, terms [(sign,col)], kind 'lin'|'prod')
        self.alt = {}           # target_id -> leaf parts (for 'tolerated')

    # --- structure -------------------------------------------------------
    def col(self, key, title, kind='num', group=None, fmt=F_INT, width=13, q=None, summed=True, size=None, wrap=False):
        self.cols.append(dict(key=key, title=title, kind=kind, group=group, fmt=fmt, width=width,
                              q=q if q is not None else (0.0001 if kind == 'pct' else self.unit),
                              summed=summed and kind in ('num', 'pct'), size=size, wrap=wrap))

    def hrel(self, target, terms, kind='lin'):
        self.hrels.append(dict(target=target, terms=terms, kind=kind))

    def _add(self, **kw):
        r = dict(id=len(self.rows), label='', code=None, kind='line', vals={}, bold=False, indent=0)
        r.update(kw)
        self.rows.append(r)
        return r['id']

    def head(self, label, bold=True, italic=False):
        return self._add(label=label, kind='head', bold=bold, italic=italic)

    def blank(self):
        return self._add(kind='blank')

    def line(self, label, code=None, indent=1, **vals):
        rid = self._add(label=label, code=code, kind='line', vals=dict(vals), indent=indent)
        self._derive(rid)
        return rid

    def total(self, label, parts, signs=None, code=None, kind='total', indent=0, extra=None):
        signs = signs or [1] * len(parts)
        vals = {}
        for c in self.cols:
            if c['summed']:
                vals[c['key']] = sum(s * (self.rows[p]['vals'].get(c['key']) or 0) for s, p in zip(signs, parts))
                if c['kind'] == 'pct':
                    vals[c['key']] = round(vals[c['key']], 6)
        vals.update(extra or {})
        rid = self._add(label=label, code=code, kind=kind, vals=vals, bold=True, indent=indent)
        self.vrels.append((rid, list(zip(signs, parts))))
        # leaves, for the 'tolerated' alternative reading
        leaves = []
        for s, p in zip(signs, parts):
            if p in self.alt:
                leaves += [(s * s2, p2) for s2, p2 in self.alt[p]]
            else:
                leaves.append((s, p))
        if any(p in self.alt for p in parts):
            self.alt[rid] = leaves
        else:
            self.alt[rid] = list(zip(signs, parts))
        return rid

    def text_row(self, label, italic=True):
        return self._add(label=label, kind='note', italic=italic)

    def _derive(self, rid):
        v = self.rows[rid]['vals']
        for h in self.hrels:
            if h['kind'] == 'lin':
                if all(isinstance(v.get(c), (int, float)) for _, c in h['terms']) and h['target'] not in v:
                    v[h['target']] = sum(s * v[c] for s, c in h['terms'])
            elif h['kind'] == 'prod':
                a, b = h['terms']
                if isinstance(v.get(a), (int, float)) and isinstance(v.get(b), (int, float)) and h['target'] not in v:
                    v[h['target']] = rnd(v[a] * v[b])

    def colname(self, key):
        c = self.C(key)
        return ((c['group'] or '') + ' ' + c['title']).strip()

    def C(self, key):
        return next(c for c in self.cols if c['key'] == key)

    def R(self, label):
        return next(r['id'] for r in self.rows if r['label'] == label)


# --- truth ----------------------------------------------------------------
def isnum(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def evaluate(t, deleted=()):
    """All relations on the printed values. Returns {(rid, col): [true, ...]} for failing cells, and tolerated cells."""
    rows = {r['id']: r for r in t.rows if r['id'] not in deleted}
    fail, tol = {}, {}

    def disp(v, q):
        return rnd((v or 0) / q)

    def vcheck(tgt, terms, c):
        q = c['q']
        got = sum(s * disp(rows[p]['vals'].get(c['key']), q) for s, p in terms if p in rows)
        tru = sum(s * (rows[p]['vals'].get(c['key']) or 0) for s, p in terms if p in rows)
        return got != disp(rows[tgt]['vals'][c['key']], q), tru

    for tgt, terms in t.vrels:
        if tgt not in rows:
            continue
        for c in t.cols:
            if not c['summed'] or not isnum(rows[tgt]['vals'].get(c['key'])):
                continue
            bad, tru = vcheck(tgt, terms, c)
            if bad:
                fail.setdefault((tgt, c['key']), []).append(tru)
            elif t.alt.get(tgt) and t.alt[tgt] != terms:
                bad2, tru2 = vcheck(tgt, t.alt[tgt], c)
                if bad2:
                    tol[(tgt, c['key'])] = tru2
    for h in t.hrels:
        tc = t.C(h['target'])
        for rid, r in rows.items():
            v = r['vals']
            if not isnum(v.get(h['target'])):
                continue
            if h['kind'] == 'lin':
                if not all(isnum(v.get(c)) or v.get(c) is None for _, c in h['terms']):
                    continue
                if all(v.get(c) is None for _, c in h['terms']):
                    continue
                tru = sum(s * (v.get(c) or 0) for s, c in h['terms'])
                got = sum(s * disp(v.get(c), t.C(c)['q']) for s, c in h['terms'])
                bad = got != disp(v[h['target']], tc['q'])
                ops = [c for _, c in h['terms']]
            else:
                a, b = h['terms']
                if not (isnum(v.get(a)) and isnum(v.get(b))):
                    continue
                tru = rnd(v[a] * v[b])
                bad = tru != v[h['target']]
                ops = [a, b]
            if bad:
                fail.setdefault((rid, h['target']), []).append(tru)
                for c in ops:
                    tol[(rid, c)] = v.get(c)
    for k in fail:
        tol.pop(k, None)
    return fail, tol


def entry(t, rid, ck, true, printed=None):
    r = next(x for x in t.rows if x['id'] == rid)
    c = t.C(ck)
    pr = r['vals'].get(ck) if printed is None else printed
    unit = c['q'] if c['kind'] == 'pct' else t.unit if c['q'] == t.unit else c['q']
    true = [round(x, 6) if isinstance(x, float) else x for x in true]
    e = dict(label=r['label'], column=t.colname(ck), printed=pr, true=true[0], unit=unit)
    if c['kind'] == 'pct':
        e['unit'] = 0.0001
        e['true_other'] = [round(true[0] * 100, 6)]
    if len(true) > 1:
        e['true_other'] = e.get('true_other', []) + [x for x in true[1:] if x != true[0]]
    if r.get('code'):
        e['code'] = r['code']
    return e


THIN = Side(style='thin')
MED = Side(style='medium')

THIN = Side(style='thin')
MED = Side(style='medium')


def write(t, path, deleted=()):
    """Layout options on the Table (set after construction):
    t.code_title/t.code_width : a code column (Nr./Taakveld) in A, LEFT of the label (label in B)
    t.hdr2 : header written as two rows; every title merged over both rows, the second header row stays empty
    t.head_codes : {head label: code} code printed beside a bold block heading
    """
    wb = Workbook()
    ws = wb.active
    ws.title = t.sheet
    ws.sheet_view.showGridLines = False
    F = lambda **k: Font(name=t.font, size=k.pop('size', t.size), **k)
    code_title = getattr(t, 'code_title', None)
    hdr2 = getattr(t, 'hdr2', False)
    head_codes = getattr(t, 'head_codes', {})
    lab_col = 2 if code_title else 1
    VB = None if getattr(t, 'valign_mix', True) else 'top'   # None = bottom (Excel default)
    c0 = lab_col + 1
    rr = 1
    ws.cell(rr, 1, t.title).font = F(size=t.size + 3, bold=True)
    rr += 1
    ws.cell(rr, 1, t.subtitle).font = F(size=t.size)
    rr += 1
    if t.scale_line:
        ws.cell(rr, 1, t.scale_line).font = F(size=t.size)
        rr += 1
    rr += 1  # empty row
    hdr_first = rr
    groups = any(c['group'] for c in t.cols)
    if groups:
        j = 0
        while j < len(t.cols):
            g = t.cols[j]['group']
            k = j
            while k + 1 < len(t.cols) and t.cols[k + 1]['group'] == g and g:
                k += 1
            if g:
                ws.cell(rr, c0 + j, g).font = F(bold=True)
                ws.cell(rr, c0 + j).alignment = Alignment(horizontal='center')
                if k > j:
                    ws.merge_cells(start_row=rr, start_column=c0 + j, end_row=rr, end_column=c0 + k)
                for x in range(j, k + 1):
                    ws.cell(rr, c0 + x).border = Border(bottom=THIN)
            j = k + 1
        rr += 1
    h_last = rr + 1 if hdr2 else rr
    heads = []
    if code_title:
        heads.append((1, code_title, 'left'))
    heads.append((lab_col, t.label_title, 'left'))
    for j, c in enumerate(t.cols):
        heads.append((c0 + j, c['title'], 'left' if c['kind'] in ('text', 'code', 'flag') else 'center' if hdr2 else 'right'))
    for col, title, al in heads:
        cell = ws.cell(rr, col, title if title else None)
        cell.font = F(bold=True)
        cell.alignment = Alignment(horizontal=al, wrap_text=True, vertical='bottom')
        if hdr2:
            ws.cell(h_last, col).border = Border(bottom=THIN)
            ws.merge_cells(start_row=rr, start_column=col, end_row=h_last, end_column=col)
        else:
            cell.border = Border(bottom=MED)
    if max(len(c['title']) for c in t.cols) > 14 and not hdr2:
        ws.row_dimensions[rr].height = (t.size + 3) * 2
    hdr_last = h_last
    rr = h_last + 1
    cellmap = {}
    for r in t.rows:
        if r['id'] in deleted:
            continue
        if r['kind'] == 'blank':
            rr += 1
            continue
        if code_title:
            code = r.get('code') or head_codes.get(r['label']) if r['kind'] == 'head' else r.get('code')
            if code:
                cc = ws.cell(rr, 1, code)
                cc.font = F(bold=r['bold'])
                cc.alignment = Alignment(horizontal='left', vertical='top' if r['kind'] != 'head' else VB)
        lab = ws.cell(rr, lab_col, r['label'] if r['label'] else None)
        lab.font = F(bold=r['bold'], italic=r.get('italic', False))
        lab.alignment = Alignment(indent=r['indent'] if not code_title else 0, wrap_text=False, vertical=VB)
        if r['kind'] == 'note':
            rr += 1
            continue
        maxlines = 1
        for j, c in enumerate(t.cols):
            v = r['vals'].get(c['key'])
            cell = ws.cell(rr, c0 + j, v)
            cell.font = F(bold=r['bold'] and c['kind'] != 'text', size=c['size'] or t.size)
            if c['kind'] in ('num', 'pct', 'rate'):
                cell.number_format = c['fmt']
                cell.alignment = Alignment(horizontal='right', vertical=VB)
            elif c['kind'] == 'flag':
                if r['kind'] in ('sub', 'total') and not getattr(t, 'flag_totals', True):
                    cell.value = None
                cell.alignment = Alignment(horizontal=c.get('align', 'left'), vertical='top')
            else:
                cell.alignment = Alignment(horizontal='left', vertical='top', wrap_text=c['wrap'])
                if c['wrap'] and isinstance(v, str):
                    cpl = c['width'] * 11.0 / (c['size'] or t.size)
                    maxlines = max(maxlines, int(len(v) * 1.15 / cpl) + 1)
            if r['kind'] in ('total', 'sub') and c['kind'] in ('num', 'pct') and r.get('border', True):
                cell.border = Border(top=THIN)
            cellmap[(r['id'], c['key'])] = cell.coordinate
        if t.row_h:
            ws.row_dimensions[rr].height = t.row_h
        if maxlines > 1:
            ws.row_dimensions[rr].height = max(t.size + 4, maxlines * 9.5)
        rr += 1
    if t.note:
        rr += 1
        for ln in t.note.split('\n'):
            ws.cell(rr, 1, ln).font = F(size=max(7, t.size - 1), italic=True)
            rr += 1
    if code_title:
        ws.column_dimensions['A'].width = t.code_width
    ws.column_dimensions[get_column_letter(lab_col)].width = t.label_width
    for j, c in enumerate(t.cols):
        ws.column_dimensions[get_column_letter(c0 + j)].width = c['width']
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = 'landscape' if t.landscape else 'portrait'
    if t.fit:
        ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
    if t.repeat_header:
        ws.print_title_rows = '%d:%d' % (hdr_first, hdr_last)
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.oddFooter.center.text = 'Pagina &P van &N'
    wb.save(path)
    return cellmap


# --- tables -----------------------------------------------------------------
RG = random.Random(2210)


def vn_flags(t, lasten_rows, key='vs', flag='vn', pos='N'):
    """V/N text per row: for lasten rows a positive difference is nadelig (pos), for baten the opposite."""
    neg = 'V' if pos == 'N' else 'N'
    for r in t.rows:
        if r['kind'] in ('line', 'sub', 'total') and isinstance(r['vals'].get(key), int):
            d = r['vals'][key]
            if r['id'] in lasten_rows:
                r['vals'][flag] = pos if d > 0 else neg if d < 0 else ''
            else:
                r['vals'][flag] = neg if d > 0 else pos if d < 0 else ''


def t01():
    t = Table('t01_incidentele_lasten', 'Incidenteel', 'Gemeente Waalbommel',
              'Programmabegroting 2026 - Overzicht incidentele lasten per programma', scale_line='Bedragen x € 1.000',
              note='Incidenteel: lasten die ten hoogste drie jaar voorkomen (BBV art. 19).',
              font='Arial', size=9, label_title='Omschrijving', label_width=44)
    t.code_title, t.code_width, t.hdr2 = 'Nr.', 7, True
    for y in (2026, 2027, 2028, 2029):
        t.col('y%d' % y, 'Begroting %d' % y if y == 2026 else 'Raming %d' % y, fmt=F_INTD, width=11)
    blocks = [('Openbare orde en veiligheid', '1', [
        'Cameratoezicht uitgaansgebied', 'Aanpak ondermijning (regionale pilot)', 'Vervanging AED-netwerk',
        'Evaluatie noodverordening evenementen']),
        ('Economie en ondernemen', '3', ['Vitale winkelkernen: gevelfonds', 'Revitalisering bedrijventerrein De Hoef',
                                        'Ondernemersloket digitaal']),
        ('Onderwijs', '4', ['Tijdelijke huisvesting IKC De Wilgen', 'Aanpak laaggeletterdheid', 'Onderwijsachterstanden (overgangsjaar)',
                           'Sloop noodlokalen basisschool Het Anker', 'Schoolzwemmen pilot']),
        ('Wonen en ruimtelijke ordening', '8', ['Invoering Omgevingswet: implementatie',
                                                        'Woningbouwversnellingsteam', 'Actualisatie erfgoedkaart'])]
    subs = []
    for hd, nr, items in blocks:
        t.head(hd)
        li = []
        for i, lab in enumerate(items, 1):
            v = {}
            for y in (2026, 2027, 2028, 2029):
                v['y%d' % y] = RG.choice([0, RG.randint(25, 480)]) if y > 2026 else RG.randint(40, 620)
            li.append(t.line(lab, code='%s.%02d' % (nr, i), indent=0, **v))
        subs.append(t.total('Subtotaal ' + hd[0].lower() + hd[1:], li, kind='sub'))
        t.blank()
    t.total('Totaal incidentele lasten', subs)
    var = dict(p1=('Aanpak laaggeletterdheid', 'y2026'), tot=('Totaal incidentele lasten', 'y2027', 100),
               del_='Revitalisering bedrijventerrein De Hoef', sub=('Subtotaal onderwijs', 'y2026', 10))
    return t, var


def t02():
    t = Table('t02_ws_reserves', 'Reserves', 'Waterschap Drentse Veenkoloniën',
              'Jaarrekening 2025 - Staat van reserves', scale_line='Bedragen x € 1.000',
              font='Arial', size=8, landscape=True, label_title='Reserve', label_width=32)
    t.hdr2 = True
    t.col('doel', 'Bestedingsdoel', kind='text', width=44, size=7, wrap=True)
    t.col('b', 'Stand 1-1-2025', fmt=F_INTD, width=11)
    t.col('res', 'Resultaat-bestemming 2024', fmt=F_INTD, width=12)
    t.col('t', 'Toevoegingen', fmt=F_INTD, width=11)
    t.col('o', 'Onttrekkingen', fmt=F_INTD, width=11)
    t.col('e', 'Stand 31-12-2025', fmt=F_INTD, width=11)
    t.hrel('e', [(1, 'b'), (1, 'res'), (1, 't'), (-1, 'o')])
    B = [('Algemene reserves', [
        ('Algemene reserve watersysteem', 'Buffer voor het opvangen van financiële risico\'s van de taak watersysteembeheer; bandbreedte 5-10% van de bruto lasten.'),
        ('Algemene reserve zuiveringsbeheer', 'Buffer voor financiële risico\'s van het zuiveringsbeheer; overschrijding boven de bovengrens valt vrij ten gunste van de tarieven.')]),
        ('Tariefegalisatiereserves', [
        ('Egalisatiereserve watersysteemheffing', 'Geleidelijke tariefontwikkeling van de watersysteemheffing over de planperiode.'),
        ('Egalisatiereserve zuiveringsheffing', 'Dempen van tariefschommelingen in de zuiveringsheffing door investeringspieken in rwzi\'s.'),
        ('Egalisatiereserve verontreinigingsheffing', 'Opvangen van wisselende opbrengsten uit lozingen op oppervlaktewater.')]),
        ('Bestemmingsreserves', [
        ('Reserve klimaatadaptatie', 'Cofinanciering van maatregelen uit het Deltaplan Ruimtelijke Adaptatie in de periode 2025-2027.'),
        ('Reserve personeelsontwikkeling', 'Tijdelijke inzet voor strategische personeelsplanning en opleidingen.'),
        ('Reserve calamiteiten', 'Dekking van onvoorziene kosten bij hoogwater, droogte en calamiteiten in het beheergebied.'),
        ('Reserve afkoopsommen onderhoud', 'Door derden afgekochte onderhoudsverplichtingen van kunstwerken en watergangen.')])]
    subs = []
    for hd, items in B:
        t.head(hd)
        li = []
        for lab, doel in items:
            b = RG.randint(300, 9000)
            li.append(t.line(lab, doel=doel, b=b, res=RG.choice([0, RG.randint(20, 600)]), t=RG.choice([0, RG.randint(10, 900)]),
                             o=RG.randint(0, min(b, 1500))))
        subs.append(t.total('Subtotaal ' + hd[0].lower() + hd[1:], li, kind='sub'))
        t.blank()
    t.total('Totaal reserves', subs)
    var = dict(p1=('Reserve calamiteiten', 'o'), tot=('Totaal reserves', 'e', 100),
               del_='Egalisatiereserve zuiveringsheffing', sub=('Subtotaal bestemmingsreserves', 't', 10))
    return t, var


def t03():
    t = Table('t03_prov_activa', 'Vaste activa', 'Provincie Oostervelden',
              'Jaarstukken 2025 - Verloopstaat materiële vaste activa', scale_line='Bedragen in €',
              font='Calibri', size=9, landscape=True, label_title='Activacategorie', label_width=38)
    t.code_title, t.code_width, t.hdr2 = 'Code', 7, True
    t.col('b', 'Boekwaarde 1-1-2025', fmt=F_INTD, width=13)
    t.col('i', 'Investeringen', fmt=F_INTD, width=12)
    t.col('d', 'Bijdragen derden', fmt=F_INTD, width=12)
    t.col('a', 'Afschrijvingen', fmt=F_INTD, width=12)
    t.col('e', 'Boekwaarde 31-12-2025', fmt=F_INTD, width=13)
    t.hrel('e', [(1, 'b'), (1, 'i'), (-1, 'd'), (-1, 'a')])
    t.head_codes = {'Investeringen met economisch nut': 'E', 'Investeringen met maatschappelijk nut': 'M'}
    B = [('Investeringen met economisch nut', 'E', ['Gronden en terreinen', 'Bedrijfsgebouwen', 'Vervoermiddelen',
                                                        'Machines, apparaten en installaties', 'Overige materiële vaste activa']),
         ('Investeringen met maatschappelijk nut', 'M', ['Provinciale wegen en fietspaden', 'Vaarwegen en oevers',
                                                             'Bruggen, sluizen en viaducten', 'Openbaar-vervoerinfrastructuur'])]
    subs = []
    for hd, nr, items in B:
        t.head(hd)
        li = []
        for k, lab in enumerate(items, 1):
            b = RG.randint(400_000, 48_000_000)
            i = RG.randint(0, 6_000_000)
            d = RG.choice([0, RG.randint(10_000, i // 3 + 10_000)]) if nr == 'M' else 0
            a = 0 if 'Gronden' in lab else RG.randint(b // 40, b // 12)
            li.append(t.line(lab, code='%s%d' % (nr, k), indent=0, b=b, i=i, d=d, a=a))
        subs.append(t.total('Subtotaal ' + hd[0].lower() + hd[1:], li, kind='sub'))
        t.blank()
    t.total('Totaal materiële vaste activa', subs)
    var = dict(p1=('Bruggen, sluizen en viaducten', 'i'), tot=('Totaal materiële vaste activa', 'b', 100_000),
               del_='Vervoermiddelen', sub=('Subtotaal investeringen met maatschappelijk nut', 'a', 1_000))
    return t, var


def t04():
    t = Table('t04_ggd_exploitatie', 'Exploitatie', 'GGD Hollands Rivierengebied',
              'Jaarrekening 2025 - Lasten per product: begroting en realisatie', scale_line='Bedragen x € 1.000',
              note='Verschil = begroting na wijziging minus realisatie; V = voordelig, N = nadelig.',
              font='Arial', size=10, label_title='Product', label_width=40)
    t.col('prim', 'Begroting 2025 primitief', fmt=F_INTD, width=11)
    t.col('wijz', 'Wijzigingen', fmt=F_INTD, width=10)
    t.col('beg', 'Begroting na wijziging', fmt=F_INTD, width=11)
    t.col('real', 'Realisatie 2025', fmt=F_INTD, width=11)
    t.col('vs', 'Verschil', fmt=F_INTD, width=9)
    t.col('vn', 'V/N', kind='flag', width=4)
    t.hrel('beg', [(1, 'prim'), (1, 'wijz')])
    t.hrel('vs', [(1, 'beg'), (-1, 'real')])
    t.flag_totals = False     # V/N only on the product lines
    B = [('Jeugdgezondheidszorg', ['JGZ 0-4 jaar consultatiebureaus', 'JGZ 4-18 jaar', 'Rijksvaccinatieprogramma',
                                   'Stevig Ouderschap', 'Jeugdgezondheidszorg maatwerk']),
         ('Algemene gezondheidszorg', ['Infectieziektebestrijding', 'Tuberculosebestrijding', 'Seksuele gezondheid',
                                       'Medische milieukunde', 'Technische hygiënezorg', 'Epidemiologie en monitoring']),
         ('Crisis en veiligheid', ['GHOR', 'Forensische geneeskunde', 'Publieke gezondheid asielzoekers']),
         ('Bedrijfsvoering', ['Huisvesting', 'ICT en informatievoorziening', 'Personeel en organisatie', 'Financiën en control'])]
    subs = []
    for hd, items in B:
        t.head(hd)
        li = []
        for lab in items:
            p = RG.randint(180, 6400)
            w = RG.choice([0, 0, RG.randint(-120, 260)])
            li.append(t.line(lab, indent=1, prim=p, wijz=w, real=p + w + RG.randint(-320, 280)))
        subs.append(t.total('Totaal ' + hd[0].lower() + hd[1:], li, kind='sub'))
        t.blank()
    t.total('Totaal lasten', subs)
    vn_flags(t, set(), pos='N')
    for r in t.rows:   # Verschil = begroting - realisatie: positive = voordelig
        d = r['vals'].get('vs')
        if isinstance(d, int):
            r['vals']['vn'] = 'V' if d > 0 else 'N' if d < 0 else ''
    var = dict(p1=('Tuberculosebestrijding', 'real'), tot=('Totaal lasten', 'beg', 100),
               del_='Stevig Ouderschap', sub=('Totaal crisis en veiligheid', 'real', 10))
    return t, var


def t05():
    t = Table('t05_fysieke_leefomgeving', 'Programma 5', 'Gemeente Lingewaard-Noord',
              'Jaarverslag 2025 - Programma 5 Fysieke leefomgeving: lasten en baten per taakveld',
              scale_line='Bedragen x € 1.000', note='V = voordelig, N = nadelig.',
              font='Arial', size=10, landscape=True, repeat_header=True, label_title='Omschrijving', label_width=40)
    t.code_title, t.code_width = 'Taakveld', 9
    t.col('beg', 'Begroting na wijziging', fmt=F_INTD, width=11)
    t.col('real', 'Realisatie 2025', fmt=F_INTD, width=11)
    t.col('vs', 'Verschil', fmt=F_INTD, width=9)
    t.col('vn', 'V/N', kind='flag', width=4)
    t.hrel('vs', [(1, 'real'), (-1, 'beg')])
    t.flag_totals = False     # V/N only on the taakveld lines
    L = [('2.1', 'Verkeer, wegen en water'), ('2.1', 'Gladheidsbestrijding'), ('2.1', 'Openbare verlichting'),
         ('2.2', 'Parkeren'), ('2.4', 'Economische havens en waterwegen'), ('2.5', 'Openbaar vervoer'),
         ('5.7', 'Openbaar groen en (openlucht) recreatie'), ('5.7', 'Speelvoorzieningen'),
         ('7.2', 'Riolering: beheer en onderhoud'), ('7.2', 'Riolering: kapitaallasten'), ('7.3', 'Afval: inzameling'),
         ('7.3', 'Afval: verwerking'), ('7.3', 'Milieustraat'), ('7.4', 'Milieubeheer'), ('7.4', 'Bodemsanering'),
         ('7.5', 'Begraafplaatsen en crematoria'), ('8.1', 'Ruimtelijke ordening'), ('8.3', 'Wonen en bouwen'),
         ('8.3', 'Vergunningverlening en handhaving'), ('0.4', 'Overhead toegerekend')]
    Bt = [('2.1', 'Bijdragen derden wegen'), ('2.2', 'Parkeerbelasting'), ('7.2', 'Rioolheffing'),
          ('7.3', 'Afvalstoffenheffing'), ('7.3', 'Opbrengst oud papier en textiel'), ('7.5', 'Lijkbezorgingsrechten'),
          ('8.3', 'Leges omgevingsvergunningen'), ('8.3', 'Huuropbrengsten')]
    t.head('Lasten')
    li = []
    for c, lab in L:
        b = RG.randint(150, 7800)
        li.append(t.line(lab, code=c, indent=0, beg=b, real=b + RG.randint(-260, 310)))
    tl = t.total('Totaal lasten', li, kind='sub')
    t.blank()
    t.head('Baten')
    bi = []
    for c, lab in Bt:
        b = RG.randint(60, 6200)
        bi.append(t.line(lab, code=c, indent=0, beg=b, real=b + RG.randint(-240, 200)))
    tb = t.total('Totaal baten', bi, kind='sub')
    t.blank()
    sal = t.total('Saldo van baten en lasten', [tb, tl], signs=[1, -1])
    t.blank()
    mut = [t.line('Toevoegingen aan reserves', indent=0, beg=-RG.randint(300, 900), real=0),
           t.line('Onttrekkingen aan reserves', indent=0, beg=RG.randint(400, 1400), real=0)]
    for m in mut:
        t.rows[m]['vals']['real'] = t.rows[m]['vals']['beg'] + RG.randint(-60, 40)
        t.rows[m]['vals']['vs'] = t.rows[m]['vals']['real'] - t.rows[m]['vals']['beg']
    t.total('Resultaat programma 5', [sal] + mut)
    vn_flags(t, set(li) | {tl}, pos='N')
    var = dict(p1=('Afval: verwerking', 'real'), tot=('Resultaat programma 5', 'beg', 100),
               del_='Speelvoorzieningen', sub=('Totaal baten', 'real', 10))
    return t, var


def balans(t, A, P, unl):
    """A/P: list of (section, [(label, ref, v25, v24)], subtotal label); unl: set of section names with an unlabelled subtotal."""
    t.col('ref', 'Ref.', kind='code', width=6)
    t.col('y25', '31-12-2025', fmt=F_INTD, width=14)
    t.col('y24', '31-12-2024', fmt=F_INTD, width=14)
    out = {}
    for side, secs, tot in (('ACTIVA', A, 'Totaal activa'), ('PASSIVA', P, 'Totaal passiva')):
        t.head(side)
        subs = []
        for sec, items, sl in secs:
            t.head(sec, bold=False, italic=True)
            li = [t.line(l, ref=r, indent=1, y25=a, y24=b) for l, r, a, b in items]
            subs.append(t.total('' if sec in unl else sl, li, kind='sub'))
            out[sec] = (li, subs[-1])
            t.blank()
        out[side] = (subs, t.total(tot, subs))
        t.blank()
    return out


def t06():
    t = Table('t06_gem_balans', 'Balans', 'Gemeente Heerenveld',
              'Jaarrekening 2025 - Balans per 31 december (na resultaatbestemming)', scale_line='Bedragen x € 1.000',
              note='De referenties verwijzen naar de toelichting op de balans (paragraaf 6.1 en 6.2).',
              font='Arial', size=8, label_title='Omschrijving', label_width=50)
    t.hdr2 = True
    A = [('Vaste activa', [('Immateriële vaste activa', '6.1.1', 412, 538), ('Materiële vaste activa', '6.1.2', 184_926, 179_311),
                           ('Financiële vaste activa', '6.1.3', 9_844, 10_127)], 'Totaal vaste activa'),
         ('Vlottende activa', [('Voorraden (bouwgronden in exploitatie)', '6.1.4', 21_583, 24_906),
                               ('Uitzettingen met een rentetypische looptijd < 1 jaar', '6.1.5', 17_219, 15_804),
                               ('Liquide middelen', '6.1.6', 1_308, 2_716), ('Overlopende activa', '6.1.7', 8_447, 7_962)],
          'Totaal vlottende activa')]
    P = [('Vaste passiva', [('Eigen vermogen', '6.2.1', 58_214, 55_902), ('Voorzieningen', '6.2.2', 14_381, 13_640),
                            ('Vaste schulden met een rentetypische looptijd ≥ 1 jaar', '6.2.3', 0, 0)], 'Totaal vaste passiva'),
         ('Vlottende passiva', [('Netto vlottende schulden < 1 jaar', '6.2.4', 31_772, 28_015),
                                ('Overlopende passiva', '6.2.5', 12_460, 14_107)], 'Totaal vlottende passiva')]
    ta = [sum(x[2] for s in A for x in s[1]), sum(x[3] for s in A for x in s[1])]
    pa = [sum(x[2] for s in P for x in s[1]), sum(x[3] for s in P for x in s[1])]
    l = P[0][1][2]
    P[0][1][2] = (l[0], l[1], ta[0] - pa[0], ta[1] - pa[1])
    balans(t, A, P, unl={'Vlottende activa'})
    t.vrels.append((t.R('Totaal passiva'), [(1, t.R('Totaal activa'))]))
    var = dict(p1=('Overlopende activa', 'y25'), tot=('Totaal passiva', 'y24', 1_000),
               del_='Voorzieningen', sub=(('', 1), 'y25', 100))
    return t, var


def t07():
    t = Table('t07_ws_balans', 'Balans', 'Waterschap Groote Waard',
              'Jaarrekening 2025 - Geconsolideerde balans per 31 december', scale_line='Bedragen in €',
              font='Verdana', size=8, label_title='', label_width=48)
    t.hdr2 = True
    A = [('Vaste activa', [('Immateriële vaste activa', '4.1.1', 1_284_517, 1_402_236), ('Materiële vaste activa', '4.1.2', 612_443_908, 598_120_745),
                           ('Financiële vaste activa', '4.1.3', 3_816_200, 3_912_450)], 'Totaal vaste activa'),
         ('Vlottende activa', [('Uitzettingen met een rentetypische looptijd < 1 jaar', '4.1.4', 24_618_332, 21_907_512),
                               ('Liquide middelen', '4.1.5', 88_412, 1_204_977), ('Overlopende activa', '4.1.6', 9_742_105, 8_318_660)],
          'Totaal vlottende activa')]
    P = [('Vaste passiva', [('Algemene reserves', '4.2.1', 21_640_000, 20_815_000), ('Bestemmingsreserves', '4.2.1', 8_912_455, 10_408_120),
                            ('Resultaat na bestemming', '4.2.1', 1_326_804, 824_512), ('Voorzieningen', '4.2.2', 6_118_904, 5_766_300),
                            ('Vaste schulden met een rentetypische looptijd ≥ 1 jaar', '4.2.3', 0, 0)], 'Totaal vaste passiva'),
         ('Vlottende passiva', [('Netto vlottende schulden < 1 jaar', '4.2.4', 69_004_218, 62_331_505),
                                ('Overlopende passiva', '4.2.5', 14_220_316, 13_906_427)], 'Totaal vlottende passiva')]
    ta = [sum(x[2] for s in A for x in s[1]), sum(x[3] for s in A for x in s[1])]
    pa = [sum(x[2] for s in P for x in s[1]), sum(x[3] for s in P for x in s[1])]
    l = P[0][1][4]
    P[0][1][4] = (l[0], l[1], ta[0] - pa[0], ta[1] - pa[1])
    balans(t, A, P, unl={'Vaste passiva'})
    t.vrels.append((t.R('Totaal passiva'), [(1, t.R('Totaal activa'))]))
    var = dict(p1=('Liquide middelen', 'y24'), tot=('Totaal activa', 'y25', 100_000),
               del_='Bestemmingsreserves', sub=('Totaal vlottende activa', 'y25', 10_000))
    return t, var


def t08():
    t = Table('t08_rud_projecten_derden', 'Projecten derden', 'Regionale Uitvoeringsdienst Zuidoost-Fryslân',
              'Jaarrekening 2025 - Staat van projecten met middelen van derden', scale_line='Bedragen in €',
              font='Arial', size=8, landscape=True, label_title='Project', label_width=30)
    t.code_title, t.code_width, t.hdr2 = 'Nr.', 6, True
    t.col('tl', 'Toelichting', kind='text', width=48, size=7, wrap=True)
    t.col('b', 'Saldo 1-1-2025', fmt=F_INTD, width=12)
    t.col('o', 'Ontvangen 2025', fmt=F_INTD, width=12)
    t.col('u', 'Besteed 2025', fmt=F_INTD, width=12)
    t.col('e', 'Saldo 31-12-2025', fmt=F_INTD, width=12)
    t.hrel('e', [(1, 'b'), (1, 'o'), (-1, 'u')])
    B = [('Rijksmiddelen', [('Versterking toezicht BRZO-bedrijven', 'Specifieke uitkering van het Rijk voor extra inspecties bij risicovolle bedrijven; niet-bestede middelen worden terugbetaald na verantwoording via SiSa.'),
                            ('Impuls VTH-stelsel', 'Rijksbijdrage voor de uitvoering van de aanbevelingen van de commissie Van Aartsen; looptijd tot en met 2026.'),
                            ('Energiebesparingsplicht bedrijven', 'Middelen voor extra toezicht op de informatieplicht energiebesparing bij bedrijven en instellingen.')]),
         ('Provinciale middelen', [('Asbestdaken-inventarisatie', 'Bijdrage van de provincie voor het in kaart brengen van de resterende asbestdaken in het werkgebied.'),
                                   ('Stikstofregistratie veehouderijen', 'Provinciale opdracht voor het registreren en controleren van vergunde stikstofruimte.')]),
         ('Middelen van deelnemers', [('Gezamenlijke bodeminformatie', 'Door de deelnemende gemeenten gezamenlijk gefinancierd bodeminformatiesysteem; saldo wordt doorgeschoven naar 2026.'),
                                      ('Opleidingsfonds toezichthouders', 'Gebundelde opleidingsbudgetten van de deelnemers voor certificering volgens de kwaliteitscriteria.'),
                                      ('Pilot geluidsmetingen evenementen', 'Bijdrage van drie gemeenten voor metingen bij grootschalige evenementen in 2025 en 2026.')])]
    t.head_codes = {'Rijksmiddelen': 'R', 'Provinciale middelen': 'P', 'Middelen van deelnemers': 'D'}
    subs = []
    for hd, items in B:
        t.head(hd)
        li = []
        for k, (lab, tl) in enumerate(items, 1):
            b = RG.randint(20_000, 640_000)
            o = RG.choice([0, RG.randint(15_000, 400_000)])
            li.append(t.line(lab, indent=0, tl=tl, b=b, o=o, u=RG.randint(0, b + o)))
        subs.append(t.total('Subtotaal ' + hd[0].lower() + hd[1:], li, kind='sub'))
        t.blank()
    t.total('Totaal projecten derden', subs)
    var = dict(p1=('Impuls VTH-stelsel', 'u'), tot=('Totaal projecten derden', 'e', 10_000),
               del_='Opleidingsfonds toezichthouders', sub=('Subtotaal provinciale middelen', 'o', 1_000))
    return t, var


def t09():
    t = Table('t09_prov_infraprogramma', 'Infraprogramma', 'Provincie Oostervelden',
              'Meerjarig programma infrastructuur 2026-2029: bruto kosten, bijdragen derden en netto provinciaal aandeel',
              scale_line='Bedragen x € 1.000', font='Calibri', size=10, landscape=True, label_title='Project', label_width=42)
    t.code_title, t.code_width = 'Nr.', 7
    t.col('y26', '2026', fmt=F_PAR, width=10, group='Kasritme')
    t.col('y27', '2027', fmt=F_PAR, width=10, group='Kasritme')
    t.col('y28', '2028', fmt=F_PAR, width=10, group='Kasritme')
    t.col('y29', '2029', fmt=F_PAR, width=10, group='Kasritme')
    t.col('tot', 'Totaal 2026-2029', fmt=F_PAR, width=12)
    t.hrel('tot', [(1, 'y26'), (1, 'y27'), (1, 'y28'), (1, 'y29')])
    t.head_codes = {'Corridor N-wegen': 'A', 'Fietsroutes': 'B', 'Openbaar vervoer': 'C'}
    B = [('Corridor N-wegen', ['Reconstructie N371 Veenhuizen-Assen', 'Rotonde N381 Donkerbroek', 'Groot onderhoud N919',
                               'Faunapassages N34'], [('Bijdrage Rijk (MIRT)', 0.35)]),
         ('Fietsroutes', ['Snelfietsroute Groningen-Haren-Assen', 'Fietsbrug Noord-Willemskanaal', 'Verlichting fietspaden buitengebied'],
          [('Bijdrage gemeenten', 0.25), ('BDU-subsidie', 0.2)]),
         ('Openbaar vervoer', ['Hub Hoogeveen', 'Haltetoegankelijkheid', 'Busbaan Emmen-Centrum', 'Transferium A28'],
          [('Bijdrage gemeente Emmen', 0.15)])]
    nets = []
    bruto = []
    sub_all = []
    for hd, items, bijdr in B:
        nr = t.head_codes[hd]
        t.head(hd)
        li = []
        for k, lab in enumerate(items, 1):
            v = {'y%d' % y: RG.choice([0, RG.randint(150, 5200), RG.randint(150, 5200)]) for y in (26, 27, 28, 29)}
            li.append(t.line(lab, code='%s.%02d' % (nr, k), indent=0, **v))
        br = t.total('Bruto kosten ' + hd[0].lower() + hd[1:], li, kind='sub')
        t.rows[br]['bold'] = False
        t.rows[br]['border'] = True
        bl = []
        for lab, f in bijdr:
            v = {'y%d' % y: -int(t.rows[br]['vals']['y%d' % y] * f) for y in (26, 27, 28, 29)}
            bl.append(t.line(lab, indent=0, **v))
        sub_all += bl
        nets.append(t.total('Netto provinciaal aandeel ' + hd[0].lower() + hd[1:], [br] + bl, kind='sub'))
        bruto.append(br)
        t.blank()
    tb = t.total('Totaal bruto kosten', bruto, kind='sub')
    t.rows[tb]['bold'] = False
    tbd = t.total('Totaal bijdragen derden', sub_all, kind='sub')
    t.rows[tbd]['bold'] = False
    t.rows[tbd]['border'] = False
    tn = t.total('Totaal netto provinciaal aandeel', [tb, tbd])
    t.vrels.append((tn, [(1, n) for n in nets]))
    var = dict(p1=('Fietsbrug Noord-Willemskanaal', 'y27'), tot=('Totaal netto provinciaal aandeel', 'y29', 100),
               del_='Busbaan Emmen-Centrum', sub=('Netto provinciaal aandeel corridor N-wegen', 'tot', 10))
    return t, var


def t10():
    t = Table('t10_lokale_heffingen', 'Heffingen', 'Gemeente Duinwijck',
              'Jaarverslag 2025 - Paragraaf lokale heffingen: opbrengsten begroting en rekening',
              scale_line='Aantallen: aanslagen / objecten; opbrengsten x € 1.000',
              font='Arial', size=9, label_title='Heffing', label_width=36)
    t.hdr2 = False
    t.col('na', 'Aantal', fmt=F_INTD, width=10, group='Begroting 2025', summed=False)
    t.col('ba', 'Opbrengst', fmt=F_INTD, width=10, group='Begroting 2025')
    t.col('nr', 'Aantal', fmt=F_INTD, width=10, group='Rekening 2025', summed=False)
    t.col('ra', 'Opbrengst', fmt=F_INTD, width=10, group='Rekening 2025')
    t.col('vs', 'Verschil', fmt=F_INTD, width=10)
    t.hrel('vs', [(1, 'ra'), (-1, 'ba')])
    B = [('Onroerendezaakbelastingen', 'Totaal OZB', [('OZB woningen eigenaren', 31_240, 0.24), ('OZB niet-woningen eigenaren', 2_905, 3.1),
                                                      ('OZB niet-woningen gebruikers', 2_410, 2.2)]),
         ('Afvalstoffenheffing', 'Totaal afvalstoffenheffing', [('Eenpersoonshuishoudens', 11_820, 0.262), ('Meerpersoonshuishoudens', 20_470, 0.338)]),
         ('Rioolheffing', 'Totaal rioolheffing', [('Rioolheffing eigenaren', 33_150, 0.196), ('Rioolheffing grootverbruikers', 212, 1.9)]),
         ('Overige heffingen', 'Totaal overige heffingen', [('Toeristenbelasting (overnachtingen x 1.000)', 640, 2.15), ('Precariobelasting terrassen', 188, 1.4),
                                                            ('Reclamebelasting', 412, 0.55)])]
    subs = []
    for hd, tl, items in B:
        t.head(hd)
        li = []
        for lab, n, tar in items:
            n2 = n + RG.randint(-n // 50, n // 40)
            li.append(t.line(lab, indent=1, na=n, ba=int(n * tar), nr=n2, ra=int(n2 * tar) + RG.randint(-15, 15)))
        subs.append(t.total(tl, li, kind='sub'))
        t.blank()
    br = t.total('Bruto opbrengst lokale heffingen', subs, kind='sub')
    kw = t.line('Kwijtschelding', indent=0, ba=-412, ra=-447)
    t.rows[kw]['vals']['vs'] = -35
    t.total('Netto opbrengst lokale heffingen', [br, kw])
    var = dict(p1=('Meerpersoonshuishoudens', 'ra'), tot=('Netto opbrengst lokale heffingen', 'vs', 10),
               del_='Precariobelasting terrassen', sub=('Totaal afvalstoffenheffing', 'ra', 100))
    return t, var


TABLES = [t01, t02, t03, t04, t05, t06, t07, t08, t09, t10]


def find_row(t, spec):
    if isinstance(spec, tuple):      # ('', n): the n-th unlabelled row (1-based)
        ids = [r['id'] for r in t.rows if r['label'] == spec[0] and r['kind'] in ('sub', 'total')]
        return ids[spec[1] - 1]
    return t.R(spec)


def main():
    os.makedirs(os.path.join(HERE, 'xlsx'), exist_ok=True)
    truth = {}
    for fn in TABLES:
        t, var = fn()
        f0, tol0 = evaluate(t)
        assert not f0, (t.key, f0)
        for v in ('clean', 'p1', 'tot', 'del', 'sub'):
            tv = copy.deepcopy(t)
            deleted = ()
            altered = None
            name0 = t.key
            if v == 'p1':
                lab, ck = var['p1']
                rid = find_row(tv, lab)
                old = tv.rows[rid]['vals'][ck]
                assert old, (name0, lab, ck)
                step = tv.C(ck)['q']
                tv.rows[rid]['vals'][ck] = old + step
                altered = dict(label=lab, column=tv.colname(ck), action='%s -> %s' % (old, old + step))
            elif v in ('tot', 'sub'):
                lab, ck, d = var[v]
                rid = find_row(tv, lab)
                old = tv.rows[rid]['vals'][ck]
                tv.rows[rid]['vals'][ck] = old + d
                altered = dict(label=tv.rows[rid]['label'], column=tv.colname(ck), action='%s -> %s' % (old, old + d))
            elif v == 'del':
                rid = find_row(tv, var['del_'])
                deleted = (rid,)
                altered = dict(label=var['del_'], column='(whole line deleted)', action='line deleted')
            if altered is not None and tv.rows[rid].get('code'):
                altered['code'] = tv.rows[rid]['code']
            name = t.key + ('' if v == 'clean' else '_' + v) + '.xlsx'
            cells = write(tv, os.path.join(HERE, 'xlsx', name), deleted)
            fail, tol = evaluate(tv, deleted)
            order = {r['id']: i for i, r in enumerate(tv.rows)}
            ckeys = [c['key'] for c in tv.cols]
            fl = []
            for (rid2, ck2), trues in sorted(fail.items(), key=lambda kv: (order[kv[0][0]], ckeys.index(kv[0][1]))):
                e = entry(tv, rid2, ck2, trues)
                e['cell'] = cells[(rid2, ck2)]
                fl.append(e)
            tl = []
            for (rid2, ck2), tru in sorted(tol.items(), key=lambda kv: (order[kv[0][0]], ckeys.index(kv[0][1]))):
                e = entry(tv, rid2, ck2, [tru if tru is not None else 0])
                e['cell'] = cells.get((rid2, ck2))
                tl.append(e)
            rec = dict(kind=fn.__name__ + ' ' + t.subtitle, variant=v, failing=fl, tolerated=tl)
            if altered:
                rec['altered'] = altered
            truth[name] = rec
            if v != 'clean':
                assert fl, name
    json.dump(dict(files=truth), open(os.path.join(HERE, 'truth.json'), 'w'), indent=1, ensure_ascii=False)
    print('wrote %d xlsx' % len(truth))


if __name__ == '__main__':
    main()
