"""Small table model: rows + relations; writes xlsx with openpyxl; computes truth."""
import copy
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties

NL = '[$-413]'
FMT_MIN = NL + '#,##0;' + NL + '-#,##0;"-"'
FMT_PAR = NL + '#,##0;' + NL + '(#,##0);"-"'
FMT_SIGN = NL + '+#,##0;' + NL + '-#,##0;0'
FMT_2 = NL + '#,##0.00;' + NL + '-#,##0.00;"-"'


def num(v):
    if v is None or v == '-':
        return 0
    return v


class Tab:
    def __init__(self, name, kind, sheet, titles, cols, **opts):
        self.name, self.kind, self.sheet, self.titles, self.cols = name, kind, sheet, titles, cols
        self.opts = opts
        self.rows, self.rels = [], []
        self.colidx = {c['key']: i for i, c in enumerate(cols)}

    def col(self, k):
        return self.cols[self.colidx[k]]

    def add(self, label, style='part', code=None, vals=None, text=None, indent=0):
        rid = len(self.rows)
        self.rows.append(dict(id=rid, label=label, code=code, style=style, vals=dict(vals or {}),
                              text=dict(text or {}), indent=indent))
        return rid

    def vsum(self, tgt, parts, cols, signs=None):
        for c in cols:
            self.rels.append(dict(tgt=(tgt, c), kind='v',
                                  terms=[(p, c, signs[i] if signs else 1) for i, p in enumerate(parts)]))

    def hrel(self, rid, tc, terms):
        self.rels.append(dict(tgt=(rid, tc), kind='h', terms=[(rid, c, s) for c, s in terms]))

    def fill(self):
        ch = True
        while ch:
            ch = False
            for r in self.rels:
                rid, c = r['tgt']
                if c in self.rows[rid]['vals']:
                    continue
                if all(c2 in self.rows[p]['vals'] for p, c2, _ in r['terms']):
                    self.rows[rid]['vals'][c] = sum(s * num(self.rows[p]['vals'][c2]) for p, c2, s in r['terms'])
                    ch = True
        for r in self.rels:
            assert r['tgt'][1] in self.rows[r['tgt'][0]]['vals'], (self.name, r)
        f, _ = truth(self)
        assert not f, (self.name, f)


def scale(t, ck):
    return t.col(ck).get('scale', 1)


def title_of(t, ck):
    c = t.col(ck)
    return (c.get('group', '') + ' ' + c['title']).strip()


def entry(t, rid, ck, printed, true):
    r = t.rows[rid]
    sc = scale(t, ck)
    e = dict(label=r['label'], column=title_of(t, ck), printed=round(printed / sc, 4), true=round(true / sc, 4),
             unit=1 / sc)
    if r.get('code'):
        e['code'] = r['code']
    return e


def truth(t, deleted=()):
    """failing relations as printed; tolerated = cells whose flagging is defensible but not required."""
    rows = t.rows
    alive = lambda rid: rid not in deleted
    vdef = {}
    for r in t.rels:
        if r['kind'] == 'v':
            vdef.setdefault(r['tgt'], r)
    fail, tol = {}, {}

    def val(rid, c):
        return num(rows[rid]['vals'].get(c))

    for r in t.rels:
        rid, c = r['tgt']
        if not alive(rid):
            continue
        exp = sum(s * val(p, c2) for p, c2, s in r['terms'] if alive(p))
        got = val(rid, c)
        if abs(exp - got) > 1e-9:
            key = (rid, c)
            if key in fail:
                fail[key].setdefault('true_other', []).append(round(exp / scale(t, c), 4))
            else:
                fail[key] = entry(t, rid, c, got, exp)
            if r['kind'] == 'h':
                for p, c2, s in r['terms']:
                    tol[(p, c2)] = entry(t, p, c2, val(p, c2), 0)

    # flattened vertical sums (grand total = sum of all detail lines)
    def flat(rid, c, depth=0):
        key = (rid, c)
        if key in vdef and depth < 10:
            out = []
            for p, c2, s in vdef[key]['terms']:
                if alive(p):
                    out += [(q, c3, s * s2) for q, c3, s2 in flat(p, c2, depth + 1)]
            return out
        return [(rid, c, 1)]

    for key, r in vdef.items():
        rid, c = key
        if not alive(rid) or key in fail:
            continue
        exp = sum(s * val(p, c2) for p, c2, s in flat(rid, c))
        if abs(exp - val(rid, c)) > 1e-9:
            tol[key] = entry(t, rid, c, val(rid, c), exp)
    tol = {k: v for k, v in tol.items() if k not in fail}
    return list(fail.values()), list(tol.values())


def write(t, path, deleted=()):
    o = t.opts
    wb = Workbook()
    ws = wb.active
    ws.title = t.sheet
    fs = o.get('font', 10)
    F = lambda **kw: Font(name=o.get('fontname', 'Arial'), size=kw.pop('size', fs), **kw)
    thin, dbl = Side(style='thin'), Side(style='double')
    ncol = len(t.cols)
    r = 1
    for i, tl in enumerate(t.titles):
        c = ws.cell(r, 1, tl)
        c.font = F(bold=(i == 0), size=fs + 2 if i == 0 else fs, italic=tl.lower().startswith(('bedragen', 'x ', '(bedragen')))
        r += 1
    r += 1
    groups = any(c.get('group') for c in t.cols)
    h1 = r
    wrap = Alignment(wrap_text=True, horizontal='center', vertical='center')
    for j, c in enumerate(t.cols, 1):
        if groups:
            if c.get('group'):
                ws.cell(h1 + 1, j, c['title'])
            else:
                ws.cell(h1, j, c['title'])
                ws.merge_cells(start_row=h1, start_column=j, end_row=h1 + 1, end_column=j)
        else:
            ws.cell(h1, j, c['title'])
    if groups:
        j = 0
        while j < ncol:
            g = t.cols[j].get('group')
            if g:
                k = j
                while k + 1 < ncol and t.cols[k + 1].get('group') == g:
                    k += 1
                ws.cell(h1, j + 1, g)
                if k > j:
                    ws.merge_cells(start_row=h1, start_column=j + 1, end_row=h1, end_column=k + 1)
                j = k + 1
            else:
                j += 1
    hrows = 2 if groups else 1
    for rr in range(h1, h1 + hrows):
        for j in range(1, ncol + 1):
            cell = ws.cell(rr, j)
            cell.font = F(bold=True)
            cell.alignment = wrap if t.cols[j - 1]['type'] not in ('label',) else Alignment(wrap_text=True, vertical='center')
            cell.border = Border(bottom=thin) if rr == h1 + hrows - 1 else Border()
    if o.get('header_height'):
        ws.row_dimensions[h1 + hrows - 1].height = o['header_height']
    if o.get('repeat'):
        ws.print_title_rows = '%d:%d' % (h1, h1 + hrows - 1)
    r = h1 + hrows
    for row in t.rows:
        if row['id'] in deleted:
            continue
        st = row['style']
        if st == 'spacer':
            r += 1
            continue
        bold = st in ('sub', 'total', 'head', 'colhead')
        for j, c in enumerate(t.cols, 1):
            ck, ty = c['key'], c['type']
            cell = ws.cell(r, j)
            v = None
            if ty == 'code':
                v = row.get('code')
            elif ty == 'label':
                v = row['label']
                cell.alignment = Alignment(indent=row['indent'], wrap_text=o.get('wraplabel', False), vertical='top')
            elif ck in row['text']:
                v = row['text'][ck]
                cell.alignment = Alignment(wrap_text=True, vertical='top',
                                           horizontal='right' if ty in ('num',) else 'left')
            elif ck in row['vals']:
                v = row['vals'][ck]
                if v != '-' and v is not None:
                    v = v / c.get('scale', 1) if c.get('scale', 1) != 1 else v
                    cell.number_format = c.get('fmt', o.get('fmt', FMT_MIN))
                else:
                    cell.alignment = Alignment(horizontal='right')
                if ty == 'num':
                    cell.alignment = Alignment(horizontal='right', vertical='top')
            if v is not None:
                cell.value = v
            cell.font = F(bold=bold, italic=(st == 'head' and o.get('italic_heads', False)))
            if ty in ('num',):
                if st == 'sub':
                    cell.border = Border(top=thin)
                elif st == 'total':
                    cell.border = Border(top=thin, bottom=dbl)
            if st == 'colhead':
                cell.border = Border(bottom=thin)
        r += 1
    for j, c in enumerate(t.cols, 1):
        ws.column_dimensions[get_column_letter(j)].width = c.get('width', 12)
    ws.sheet_view.showGridLines = False
    ws.print_options.gridLines = False
    ps = ws.page_setup
    ps.paperSize = ws.PAPERSIZE_A4
    ps.orientation = o.get('orientation', 'portrait')
    if o.get('fit'):
        ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
        ps.fitToWidth = 1
        ps.fitToHeight = 0
    ws.page_margins.left = ws.page_margins.right = o.get('margin', 0.6)
    if o.get('footer'):
        ws.oddFooter.left.text = o['footer']
        ws.oddFooter.right.text = 'Pagina &P van &N'
    wb.save(path)
