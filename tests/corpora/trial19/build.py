"""Build sealed-trial19: 10 tables x (clean, p1, tot, del, sub) as xlsx, plus truth.json.

run: /work/main/.venv/bin/python build.py   (then the soffice call in README.md for the PDFs)
"""
import copy
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from model import write_xlsx  # noqa: E402
from tables import ALL  # noqa: E402


def entries(t, addr):
    """The failing list of table t as printed, with alternative (scale) readings."""
    fl = t.failing()
    alt_by_key = {}
    if t.alt_unit:   # printed rounded in thousands: also the sums of the printed (rounded) figures
        for e in t.failing(displayed=lambda v: round(v / 1000)):
            alt_by_key[(e['row_id'], e['column'])] = e
    pct_rows = getattr(t, 'pct_rows', set())
    out = []
    for e in fl:
        e = dict(e)
        alts = []
        if t.alt_unit:
            d = alt_by_key.get((e['row_id'], e['column']))
            alts.append([round(e['true'] / 1000, 3), 1])
            if d:
                alts.append([d['true'], 1])
                e['printed_display'] = d['printed']
        if e['row_id'] in pct_rows:
            e['unit'] = 0.0001
            alts.append([round(e['true'] * 100, 4), 0.01])
        if alts:
            e['alt'] = alts
        out.append(e)
    # a failure visible only in the rounded print would be missed above: add it
    if t.alt_unit:
        keys = {(e['row_id'], e['column']) for e in out}
        for k, d in alt_by_key.items():
            if k not in keys:
                d = dict(d)
                d['alt'] = [[d['true'], 1]]
                d['printed_display'] = d['printed']
                d['true'] = d['true'] * 1000
                d['printed'] = d['printed'] * 1000
                out.append(d)
    for e in out:
        c = addr.get((e.pop('row_id', None), e.pop('ck', None)))
        if c:
            e['cell'] = c
    return out


def main():
    os.makedirs(os.path.join(HERE, 'xlsx'), exist_ok=True)
    truth = {}
    for build in ALL:
        t, alts = build()
        assert not t.failing(), (t.name, t.failing())
        if t.alt_unit:
            assert not t.failing(displayed=lambda v: round(v / 1000)), t.name
        addr, rowno = write_xlsx(t, os.path.join(HERE, 'xlsx', t.name + '.xlsx'))
        truth[t.name + '.xlsx'] = dict(kind=t.kind, variant='clean', failing=[])
        for var in ('p1', 'tot', 'del', 'sub'):
            a = copy.deepcopy(t)
            if var == 'del':
                rid = alts['dele']
                r = a.row(rid)
                a.rows.remove(r)
                altered = dict(label=r.label, column='(whole line deleted)', cell='row %d' % rowno[rid],
                               action='line deleted')
                if r.code:
                    altered['code'] = r.code
            else:
                rid, ck, delta = alts[var]
                r = a.row(rid)
                old = r.vals[ck]
                r.vals[ck] = round(old + delta, 6)
                altered = dict(label=r.label, column=a.col(ck).name, cell=addr[(rid, ck)],
                               action='%s -> %s' % (old, r.vals[ck]))
                if r.code:
                    altered['code'] = r.code
            name = '%s_%s.xlsx' % (t.name, var)
            a_addr, _ = write_xlsx(a, os.path.join(HERE, 'xlsx', name))
            fl = entries(a, a_addr)
            assert fl, name
            truth[name] = dict(kind=t.kind, variant=var, altered=altered, failing=fl)
    json.dump(dict(files=truth), open(os.path.join(HERE, 'truth.json'), 'w'), ensure_ascii=False, indent=1)
    n = sum(len(v['failing']) for v in truth.values())
    print('%d files, %d failing totals' % (len(truth), n))


if __name__ == '__main__':
    main()
