#!/usr/bin/env python3
"""Score `pyengine audit FILE --json` against truth.json (stdlib only).

usage: python measure.py --pyengine PATH [--rerun] [--verbose]
"""
import argparse
import concurrent.futures as cf
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def norm(s):
    s = '' if s is None else str(s)
    s = s.replace('\u00a0', ' ').lower().strip().rstrip(':').strip()
    return re.sub(r'\s+', ' ', s)


def label_match(flab, e):
    f = norm(flab)
    if not f:
        return False
    lab = norm(e['label'])
    if f == lab:
        return True
    code = norm(e.get('code'))
    if code:
        if f == norm(code + ' ' + e['label']):
            return True
        # 'code + label' with other separators, e.g. '6.6 - Maatwerk...' or '6.6. Maatwerk'
        if f.startswith(code) and re.sub(r'^[\s.\-:|]+', '', f[len(code):]).strip() == lab:
            return True
    return False


YEAR = re.compile(r'(?<!\d)(20\d\d|19\d\d)(?!\d)')


def col_score(fcol, tcol):
    """3 = same title, 2 = title contained either way, 1 = shared year, 0 = no match."""
    f, t = norm(fcol), norm(tcol)
    if not f or not t:
        return 0
    if f == t:
        return 3
    if f in t or t in f:
        return 2
    yf, yt = set(YEAR.findall(f)), set(YEAR.findall(t))
    return 1 if yf & yt else 0


def col_match(fcol, tcol):
    return col_score(fcol, tcol) > 0


def run_one(exe, path, outp, rerun):
    if os.path.exists(outp) and not rerun:
        return json.load(open(outp))
    try:
        p = subprocess.run([exe, 'audit', path, '--json'], capture_output=True, text=True, timeout=600)
        res = dict(rc=p.returncode, stdout=p.stdout, stderr=p.stderr[-4000:])
    except subprocess.TimeoutExpired:
        res = dict(rc=None, stdout='', stderr='timeout')
    json.dump(res, open(outp, 'w'))
    return res


def findings_of(res):
    try:
        d = json.loads(res['stdout'])
        return d.get('findings') or [], None
    except Exception as ex:  # not JSON
        return [], 'unparsable output: %s' % ex


def tofloat(x):
    try:
        if isinstance(x, str):
            x = x.replace('.', '').replace(',', '.') if re.search(r',\d{1,2}$', x) else x.replace(',', '')
        return float(x)
    except Exception:
        return None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--pyengine', required=True)
    ap.add_argument('--rerun', action='store_true')
    ap.add_argument('--verbose', action='store_true')
    a = ap.parse_args()
    truth = json.load(open(os.path.join(HERE, 'truth.json')))['files']
    os.makedirs(os.path.join(HERE, 'out'), exist_ok=True)
    jobs = []
    for name in truth:
        base = name[:-5]
        jobs.append(('xlsx', name, os.path.join(HERE, 'xlsx', name)))
        jobs.append(('pdf', name, os.path.join(HERE, 'pdf', base + '.pdf')))
    results = {}
    with cf.ThreadPoolExecutor(4) as ex:
        futs = {ex.submit(run_one, a.pyengine, p, os.path.join(HERE, 'out', os.path.basename(p) + '.json'), a.rerun): (fmt, n)
                for fmt, n, p in jobs if os.path.exists(p)}
        for f in cf.as_completed(futs):
            results[futs[f]] = f.result()
    for fmt in ('xlsx', 'pdf'):
        clean = false = found = total = wrong = alts = unrep = 0
        log = []
        for name, tr in truth.items():
            res = results.get((fmt, name))
            fail = tr['failing']
            total += len(fail)
            if res is None:
                log.append('  %s: file missing' % name)
                continue
            fnd, err = findings_of(res)
            if err:
                log.append('  %s: %s (rc=%s) %s' % (name, err, res['rc'], res['stderr'][-200:].replace('\n', ' ')))
            hit = set()
            for f in fnd:
                lab, col = f.get('row_label'), f.get('column')
                m = [i for i, e in enumerate(fail) if label_match(lab, e) and col_match(col, e['column'])]
                if m:
                    # best column match first; among equals, the entry whose true sum is closest to 'expected'
                    ex_ = tofloat(f.get('expected'))
                    m.sort(key=lambda i: (-col_score(col, fail[i]['column']),
                                          abs(ex_ - fail[i]['true']) if ex_ is not None else 0))
                    i = m[0]
                    hit.add(i)
                    e = fail[i]
                    exp = tofloat(f.get('expected'))
                    trues = [e['true']] + e.get('true_other', [])
                    if exp is None or min(abs(exp - t) for t in trues) > e.get('unit', 1) + 1e-9:
                        wrong += 1
                        log.append('  %s: WRONG SUM at %r / %r: expected %s, truth %s' % (name, lab, col, f.get('expected'), e['true']))
                else:
                    false += 1
                    tol = any(label_match(lab, e) and col_match(col, e['column']) for e in tr.get('tolerated', []))
                    log.append('  %s: FALSE%s %r / %r cell %s expected %s found %s' % (
                        name, ' (defensible: sum-of-details or operand of a failing row relation)' if tol else '',
                        lab, col, f.get('cell'), f.get('expected'), f.get('found')))
            found += len(hit)
            for i, e in enumerate(fail):
                if i not in hit:
                    log.append('  %s: MISS %r / %r printed %s true %s' % (name, e['label'], e['column'], e['printed'], e['true']))
            if tr['variant'] == 'clean':
                if res['rc'] == 0 and not fnd:
                    clean += 1
                else:
                    log.append('  %s: clean file rc=%s with %d findings' % (name, res['rc'], len(fnd)))
            else:
                if hit:
                    alts += 1
                if res['rc'] == 0:
                    unrep += 1
                    log.append('  %s: altered file exit 0' % name)
        nclean = sum(1 for t in truth.values() if t['variant'] == 'clean')
        nalt = len(truth) - nclean
        print('%s: clean %d/%d, false %d, failing totals found %d/%d, wrong sums %d, alterations %d/%d, exit0-unreported %d'
              % (fmt, clean, nclean, false, found, total, wrong, alts, nalt, unrep))
        if a.verbose:
            print('\n'.join('  [%s]' % fmt + l[1:] for l in log))


if __name__ == '__main__':
    main()
