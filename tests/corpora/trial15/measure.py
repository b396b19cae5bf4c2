#!/usr/bin/env python3
"""Black-box measurement of `pyengine audit` against truth.json (stdlib only).
usage: python measure.py --pyengine PATH [--rerun] [--verbose]"""
import argparse, json, os, re, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))

def norm(s):
    return re.sub(r'\s+', ' ', str(s or '')).strip().lower()

def squash(s):
    return re.sub(r'[^0-9a-zà-ÿ%]', '', norm(s))

def strip_code(s):
    return re.sub(r'^[0-9a-z]{0,4}[0-9][0-9.]*\s+', '', norm(s))

def label_match(t, found):
    """truth entry t ({label, code}) vs finding row_label: case/space-insensitive; a leading code may be present."""
    f = norm(found)
    cands = {norm(t['label'])}
    if t.get('code'):
        cands |= {norm(t['code'] + ' ' + t['label']), norm(t['code'])}
    if f in cands or strip_code(f) == norm(t['label']):
        return True
    # a PDF/xlsx line label may carry the code plus trailing text cells of the same line (e.g. a date)
    for c in cands | {norm(t['label'])}:
        if f.startswith(c + ' ') and not re.search(r'[a-z]', f[len(c):]):
            return True
    return False

def col_match(tc, fc):
    a, b = squash(tc), squash(fc)
    if a and b and (a in b or b in a):
        return True
    ya, yb = set(re.findall(r'20\d\d', str(tc))), set(re.findall(r'20\d\d', str(fc)))
    return bool(ya and yb and ya == yb and len(ya) == 1 and (not re.sub(r'20\d\d|[^a-z]', '', a) or not re.sub(r'20\d\d|[^a-z]', '', b)))

def num(x):
    if isinstance(x, (int, float)):
        return float(x)
    if x is None:
        return None
    s = str(x).strip().replace('€', '').replace(' ', '')
    neg = s.startswith('(') and s.endswith(')')
    s = s.strip('()')
    if re.fullmatch(r'[-+]?\d{1,3}(\.\d{3})*(,\d+)?', s):
        s = s.replace('.', '').replace(',', '.')
    else:
        s = s.replace(',', '')
    try:
        v = float(s)
    except ValueError:
        return None
    return -v if neg else v

def run(pyengine, path, rerun):
    os.makedirs(os.path.join(HERE, 'out'), exist_ok=True)
    cache = os.path.join(HERE, 'out', os.path.basename(path) + '.json')
    if os.path.exists(cache) and not rerun:
        return json.load(open(cache))
    p = subprocess.run([pyengine, 'audit', path, '--json'], capture_output=True, text=True)
    try:
        data = json.loads(p.stdout)
    except Exception:
        data = None
    res = dict(rc=p.returncode, data=data, stderr=p.stderr[-2000:])
    json.dump(res, open(cache, 'w'), indent=1, ensure_ascii=False)
    return res

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--pyengine', required=True)
    ap.add_argument('--rerun', action='store_true')
    ap.add_argument('--verbose', action='store_true')
    a = ap.parse_args()
    truth = json.load(open(os.path.join(HERE, 'truth.json')))['files']
    for fmt in ('xlsx', 'pdf'):
        clean = false = found = total = wrong = alt = alts = exit0 = 0
        log = []
        for name, t in sorted(truth.items()):
            fn = os.path.join(HERE, fmt, name[:-5] + '.' + fmt)
            res = run(a.pyengine, fn, a.rerun)
            fnd = ((res.get('data') or {}).get('findings')) or []
            failing = t['failing']
            is_clean = not failing
            if is_clean and res['rc'] == 0 and not fnd:
                clean += 1
            if not is_clean:
                alts += 1
                if res['rc'] == 0:
                    exit0 += 1
            hit_any = False
            matched = set()
            for f in fnd:
                idx = [i for i, tf in enumerate(failing)
                       if label_match(tf, f.get('row_label')) and col_match(tf['column'], f.get('column'))]
                if not idx:
                    false += 1
                    log.append('  FALSE %s: %r / %r expected=%s found=%s' % (os.path.basename(fn), f.get('row_label'), f.get('column'), f.get('expected'), f.get('found')))
                    continue
                hit_any = True
                for i in idx:
                    matched.add(i)
                tf = failing[idx[0]]
                e = num(f.get('expected'))
                if e is None or abs(e - tf['true']) > tf.get('unit', 1) + 1e-9:
                    wrong += 1
                    log.append('  WRONGSUM %s: %r / %r expected=%s truth=%s' % (os.path.basename(fn), f.get('row_label'), f.get('column'), f.get('expected'), tf['true']))
            total += len(failing)
            found += len(matched)
            for i, tf in enumerate(failing):
                if i not in matched:
                    log.append('  MISS %s: %r / %r printed=%s true=%s (rc=%s)' % (os.path.basename(fn), tf['label'], tf['column'], tf['printed'], tf['true'], res['rc']))
            if not is_clean and hit_any:
                alt += 1
            if is_clean and (res['rc'] != 0 or fnd):
                log.append('  CLEAN-NOT-OK %s: rc=%s findings=%d' % (os.path.basename(fn), res['rc'], len(fnd)))
        print('%s: clean %d/10, false %d, failing totals found %d/%d, wrong sums %d, alterations %d/%d, exit0-unreported %d'
              % (fmt, clean, false, found, total, wrong, alt, alts, exit0))
        if a.verbose:
            print('\n'.join(log))

if __name__ == '__main__':
    main()
