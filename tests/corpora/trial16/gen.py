"""Generate the corpus: python gen.py (needs openpyxl)."""
import copy, json, os
from lib import write, truth, num, title_of
from tables import ALL


def transpose(v):
    s = str(abs(v))
    for i in range(1, len(s) - 1) if len(s) > 2 else range(0, len(s) - 1):
        if s[i] != s[i + 1]:
            s2 = s[:i] + s[i + 1] + s[i] + s[i + 2:]
            return int(s2) * (1 if v >= 0 else -1)
    return v + 10


os.makedirs('xlsx', exist_ok=True)
T = {'files': {}}
for fn in ALL:
    t, alt = fn()
    f, tol = truth(t)
    assert not f
    write(t, 'xlsx/%s.xlsx' % t.name)
    T['files'][t.name + '.xlsx'] = dict(kind=t.kind, variant='clean', failing=[], tolerated=tol)
    for suf, spec in (('p1', alt['p1']), ('tot', alt['tot']), ('del', alt['dele']), ('sub', alt['sub'])):
        a = copy.deepcopy(t)
        deleted = ()
        if suf == 'del':
            rid = spec
            deleted = (rid,)
            r = a.rows[rid]
            altered = dict(label=r['label'], column='(whole line deleted)', action='line deleted')
        else:
            rid, ck, how = spec
            r = a.rows[rid]
            old = num(r['vals'][ck])
            if how == 'transpose':
                new = transpose(old)
            elif how == 'negate':
                new = -old if old else old + 10
            else:
                new = old + how
            assert new != old
            r['vals'][ck] = new
            altered = dict(label=r['label'], column=title_of(a, ck), action='%s -> %s' % (old, new))
        if r.get('code'):
            altered['code'] = r['code']
        f, tol = truth(a, deleted)
        assert f, (t.name, suf)
        nm = '%s_%s.xlsx' % (t.name, suf)
        write(a, 'xlsx/' + nm, deleted)
        T['files'][nm] = dict(kind=t.kind, variant=suf, altered=altered, failing=f, tolerated=tol)
json.dump(T, open('truth.json', 'w'), indent=1, ensure_ascii=False)
for k, v in T['files'].items():
    print(k, len(v['failing']), [(e['label'][:30], e['column'], e['printed'], e['true']) for e in v['failing']])
