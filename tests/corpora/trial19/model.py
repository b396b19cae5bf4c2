"""Table model, relations, recompute, truth evaluation and xlsx writer for sealed-trial19."""
import copy

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties

EPS = 1e-6


class Col:
    def __init__(self, key, title, group='', kind='num', fmt='#,##0', width=12, summed=True, unit=None):
        self.unit = unit
        self.key, self.title, self.group, self.kind, self.fmt, self.width = key, title, group, kind, fmt, width
        self.summed = summed and kind in ('num', 'pct')

    @property
    def name(self):
        return (self.group + ' ' + self.title).strip()


class Row:
    def __init__(self, rid, label, code=None, vals=None, style='detail', text=None):
        self.id, self.label, self.code = rid, label, code
        self.vals = dict(vals or {})
        self.style = style      # detail, sub, total, head, blank, colhead (repeated header inside table), note
        self.text = dict(text or {})  # text cells by column key


class Table:
    def __init__(self, name, kind):
        self.name, self.kind = name, kind
        self.title = ''
        self.subtitle = ''
        self.scale = ''
        self.notes = []
        self.cols = []          # figure / text columns (after the label columns)
        self.code_col = None    # title of a separate code column, or None (code printed inside the label)
        self.code_in_label = False
        self.label_title = 'Omschrijving'
        self.label_width = 45
        self.rows = []
        self.vrel = []          # (target id, [(sign, part id)], [col keys])
        self.hrel = []          # (target col, [(sign, col)], [row ids] or None = every row having the target)
        self.unit = 1
        self.alt_unit = []      # extra (factor, unit) pairs for truth (e.g. printed in thousands)
        # layout
        self.font = 'Calibri'
        self.size = 10
        self.landscape = False
        self.fit_width = True
        self.repeat_header = False
        self.paper = None
        self.neg_paren = False
        self.header_wrap = False
        self.header_height = None
        self.footer = None
        self.total_border = True
        self.extra_blocks = []   # list of (title_row_text, header row) used by t10 (handled in rows)

    # --- structure helpers
    def col(self, key):
        return next(c for c in self.cols if c.key == key)

    def row(self, rid):
        return next((r for r in self.rows if r.id == rid), None)

    def add(self, *a, **k):
        r = Row(*a, **k)
        self.rows.append(r)
        return r

    def vsum(self, target, parts, cols=None, signs=None):
        cols = cols or [c.key for c in self.cols if c.summed]
        signs = signs or [1] * len(parts)
        self.vrel.append((target, list(zip(signs, parts)), cols))

    def hsum(self, target, parts, rows=None):
        self.hrel.append((target, parts, rows))

    def recompute(self):
        vt = {t for t, _, _ in self.vrel}
        for tc, parts, rows in self.hrel:
            for r in self.rows:
                if r.id in vt or (rows is not None and r.id not in rows):
                    continue
                if all(isinstance(r.vals.get(c), (int, float)) for _, c in parts):
                    r.vals[tc] = _clean(sum(s * r.vals[c] for s, c in parts))
        for t, parts, cols in self.vrel:
            tr = self.row(t)
            for c in cols:
                tr.vals[c] = _clean(sum(s * self.row(p).vals.get(c, 0) for s, p in parts if self.row(p)))
        for tc, parts, rows in self.hrel:   # derived cells of total rows (linear, so consistent)
            for r in self.rows:
                if r.id in vt and (rows is None or r.id in rows) and tc in r.vals:
                    if all(isinstance(r.vals.get(c), (int, float)) for _, c in parts):
                        r.vals[tc] = _clean(sum(s * r.vals[c] for s, c in parts))

    # --- truth: every relation that does not hold as printed
    def failing(self, displayed=None):
        """displayed: function value->printed value (for rounding checks); default identity."""
        f = displayed or (lambda v: v)
        out = {}
        order = []
        present = {r.id for r in self.rows}

        def put(r, ck, printed, true):
            key = (r.id, ck)
            if key in out:
                if all(abs(true - t) > EPS for t in [out[key]['true']] + out[key].get('true_other', [])):
                    out[key].setdefault('true_other', []).append(true)
                return
            e = dict(label=r.label, column=self.col(ck).name, printed=printed, true=true, unit=self.col(ck).unit or self.unit, row_id=r.id, ck=ck)
            if r.code:
                e['code'] = r.code
            out[key] = e
            order.append(key)

        for t, parts, cols in self.vrel:
            if t not in present:
                continue
            tr = self.row(t)
            for c in cols:
                pv = tr.vals.get(c)
                if not isinstance(pv, (int, float)):
                    continue
                true = _clean(sum(s * f(self.row(p).vals.get(c, 0) or 0) for s, p in parts if p in present))
                if abs(f(pv) - true) > EPS:
                    put(tr, c, f(pv), true)
        for tc, parts, rows in self.hrel:
            for r in self.rows:
                if rows is not None and r.id not in rows:
                    continue
                pv = r.vals.get(tc)
                if not isinstance(pv, (int, float)):
                    continue
                if not all(isinstance(r.vals.get(c), (int, float)) for _, c in parts):
                    continue
                true = _clean(sum(s * f(r.vals[c]) for s, c in parts))
                if abs(f(pv) - true) > EPS:
                    put(r, tc, f(pv), true)
        return [out[k] for k in order]


def _clean(x):
    if isinstance(x, float):
        x = round(x, 6)
        if abs(x - round(x)) < EPS:
            return int(round(x))
    return x


# ---------------------------------------------------------------- xlsx writer
THIN = Side(style='thin')
MED = Side(style='medium')


def write_xlsx(t, path):
    """Write the table; return {(row id, col key): cell address} and {row id: excel row}."""
    wb = Workbook()
    ws = wb.active
    ws.title = t.sheet if hasattr(t, 'sheet') else 'Tabel'
    ws.sheet_view.showGridLines = False
    F = lambda **k: Font(name=t.font, size=k.pop('size', t.size), **k)
    lead = []
    if t.code_col:
        lead.append(('code', t.code_col, 8))
    lead.append(('label', t.label_title, t.label_width))
    ncols = len(lead) + len(t.cols)
    for i, (_, _, w) in enumerate(lead):
        ws.column_dimensions[get_column_letter(i + 1)].width = w
    for j, c in enumerate(t.cols):
        ws.column_dimensions[get_column_letter(len(lead) + j + 1)].width = c.width
    r = 1
    ws.cell(r, 1, t.title).font = F(bold=True, size=t.size + 4)
    r += 1
    if t.subtitle:
        ws.cell(r, 1, t.subtitle).font = F(italic=True, size=t.size + 1)
        r += 1
    if t.scale:
        c = ws.cell(r, ncols, t.scale)
        c.font = F(italic=True)
        c.alignment = Alignment(horizontal='right')
        r += 1
    r += 1  # empty separator row
    head_first = r
    if not getattr(t, 'no_header', False):
        r = _write_header(t, ws, r, lead, F)
    head_last = r - 1
    if t.repeat_header:
        ws.print_title_rows = '%d:%d' % (head_first, head_last)
    addr = {}
    rowno = {}
    for row in t.rows:
        if row.style == 'blank':
            r += 1
            continue
        if row.style == 'colhead':
            r = _write_header(t, ws, r, lead, F, cols=row.text.get('cols'), label=row.label)
            continue
        rowno[row.id] = r
        bold = row.style in ('sub', 'total', 'head') or row.style == 'headsum'
        italic = row.style == 'head'
        label = row.label
        if t.code_in_label and row.code:
            label = '%s %s' % (row.code, row.label)
        k = 1
        if t.code_col:
            cc = ws.cell(r, 1, row.code or None)
            cc.font = F(bold=bold)
            cc.alignment = Alignment(horizontal='left')
            k = 2
        lc = ws.cell(r, k, label)
        lc.font = F(bold=bold, italic=italic)
        indent = getattr(row, 'indent', 0) if row.style == 'detail' else 0
        wrap = getattr(t, 'label_wrap', False)
        lc.alignment = Alignment(indent=indent, wrap_text=wrap, vertical='top')
        if wrap:
            lines = -(-len(label) // int(t.label_width * 1.05))
            if lines > 1:
                ws.row_dimensions[r].height = lines * (t.size * 1.35)
        for j, c in enumerate(t.cols):
            col = len(lead) + j + 1
            cell = ws.cell(r, col)
            v = row.vals.get(c.key)
            if v is None:
                v = row.text.get(c.key)
            if v is None:
                if row.style in ('head',) or not row.vals:
                    continue
            cell.value = v
            cell.font = F(bold=bold)
            if isinstance(v, (int, float)):
                fmt = getattr(row, 'fmt', None) or c.fmt
                cell.number_format = fmt if fmt.startswith('[$') else '[$-413]' + fmt
                addr[(row.id, c.key)] = cell.coordinate
            else:
                cell.alignment = Alignment(horizontal='right' if c.kind != 'text' else 'left')
            if row.style == 'total' and t.total_border:
                cell.border = Border(top=THIN, bottom=MED)
            elif row.style == 'sub' and t.total_border:
                cell.border = Border(top=THIN)
        r += 1
    r += 1
    for n in t.notes:
        ws.cell(r, 1, n).font = F(italic=True, size=max(t.size - 1, 6))
        r += 1
    # page setup
    ws.page_setup.orientation = 'landscape' if t.landscape else 'portrait'
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    if t.fit_width:
        ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
    if t.footer:
        ws.oddFooter.center.text = t.footer
    ws.page_margins.left = ws.page_margins.right = 0.5
    wb.save(path)
    return addr, rowno


def _write_header(t, ws, r, lead, F, cols=None, label=None):
    cols = cols or t.cols
    groups = any(c.group for c in t.cols)
    start = len(lead) + 1
    al = Alignment(horizontal='center', vertical='bottom', wrap_text=t.header_wrap)
    if groups:
        j = 0
        while j < len(t.cols):
            g = t.cols[j].group
            k = j
            while k + 1 < len(t.cols) and t.cols[k + 1].group == g:
                k += 1
            if g:
                c = ws.cell(r, start + j, g)
                c.font = F(bold=True)
                c.alignment = Alignment(horizontal='center')
                if k > j:
                    ws.merge_cells(start_row=r, start_column=start + j, end_row=r, end_column=start + k)
                for q in range(j, k + 1):
                    ws.cell(r, start + q).border = Border(bottom=THIN)
            j = k + 1
        r += 1
    for i, (key, title, _) in enumerate(lead):
        c = ws.cell(r, i + 1, title if key != 'label' or label is None else label)
        c.font = F(bold=True)
        c.alignment = Alignment(vertical='bottom', wrap_text=t.header_wrap)
        c.border = Border(bottom=THIN)
    for j, col in enumerate(t.cols):
        c = ws.cell(r, start + j, col.title if not isinstance(cols, list) or not isinstance(cols[0], str) else cols[j])
        c.font = F(bold=True)
        c.alignment = Alignment(horizontal='right' if col.kind != 'text' else 'left', vertical='bottom',
                                wrap_text=t.header_wrap)
        c.border = Border(bottom=THIN)
    if t.header_height:
        ws.row_dimensions[r].height = t.header_height
    return r + 1
