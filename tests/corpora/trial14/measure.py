#!/usr/bin/env python3
"""Score `pyengine audit FILE --json` against truth.json (stdlib only).

python measure.py --pyengine PATH [--rerun] [--verbose]
Outputs are cached in out/<file>.json ({"rc","stdout","stderr"}); --rerun refreshes them.
"""
import argparse, glob, json, os, re, subprocess, sys
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'out')


def run(pyengine, path, rerun):
    cache = os.path.join(OUT, os.path.basename(path) + '.json')
    if os.path.exists(cache) and not rerun:
        with open(cache) as fh:
            return json.load(fh)
    try:
        p = subprocess.run([pyengine, 'audit', path, '--json'], capture_output=True, text=True, timeout=600)
        res = {'rc': p.returncode, 'stdout': p.stdout, 'stderr': p.stderr[-4000:]}
    except subprocess.TimeoutExpired:
        res = {'rc': None, 'stdout': '', 'stderr': 'TIMEOUT'}
    with open(cache, 'w') as fh:
        json.dump(res, fh)
    return res


def findings_of(res):
    try:
        d = json.loads(res['stdout'])
    except Exception:
        return None
    f = d.get('findings') if isinstance(d, dict) else None
    return f if isinstance(f, list) else []


def nlabel(s):
    return re.sub(r'\s+', '', str(s or '')).lower()


def squash(s):
    return re.sub(r'[^0-9a-z%€]', '', str(s or '').lower())


YEAR = re.compile(r'(?:19|20)\d\d')


def col_match(truth_col, found_col):
    a, b = squash(truth_col), squash(found_col)
    if not a or not b:
        return False
    if a in b or b in a:
        return True
    ya, yb = set(YEAR.findall(str(truth_col))), set(YEAR.findall(str(found_col)))
    if ya & yb:
        ra = squash(YEAR.sub('', str(truth_col)))
        rb = squash(YEAR.sub('', str(found_col)))
        if not ra or not rb or ra in rb or rb in ra:
            return True
    return False


def num(x):
    if isinstance(x, (int, float)):
        return float(x)
    if x is None:
        return None
    s = str(x).strip().replace('€', '').replace(' ', '')
    neg = s.startswith('(') and s.endswith(')')
    s = s.strip('()')
    try:
        v = float(s)
    except ValueError:
        try:
            v = float(s.replace('.', '').replace(',', '.'))
        except ValueError:
            return None
    return -v if neg else v


CODE_PREFIX = False  # --accept-code-prefix: also accept '<code> <label>' (code = the row's printed code column)


def matches(t, f):
    fl = nlabel(f.get('row_label'))
    ok = nlabel(t['label']) == fl
    if not ok and CODE_PREFIX and t.get('code'):
        ok = nlabel(str(t['code']) + t['label']) == fl
    return ok and col_match(t['column'], f.get('column'))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--pyengine', required=True)
    ap.add_argument('--rerun', action='store_true')
    ap.add_argument('--verbose', action='store_true')
    ap.add_argument('--accept-code-prefix', action='store_true',
                    help="also match a finding labelled '<row code> <label>' (not part of the brief's matching rule)")
    a = ap.parse_args()
    global CODE_PREFIX
    CODE_PREFIX = a.accept_code_prefix
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(HERE, 'truth.json')) as fh:
        truth = json.load(fh)['files']
    jobs = []
    for ext in ('xlsx', 'pdf'):
        for p in sorted(glob.glob(os.path.join(HERE, ext, '*.' + ext))):
            jobs.append((ext, p))
    with ThreadPoolExecutor(4) as ex:
        results = list(ex.map(lambda j: run(a.pyengine, j[1], a.rerun), jobs))
    lines, verbose = [], []
    for ext in ('xlsx', 'pdf'):
        clean_ok = false = found = total = wrong = alt_ok = exit0 = 0
        for (e, p), res in zip(jobs, results):
            if e != ext:
                continue
            name = os.path.splitext(os.path.basename(p))[0] + '.xlsx'
            tr = truth[name]
            fails = tr['failing']
            fnd = findings_of(res)
            if fnd is None:
                verbose.append(f'[{ext}] {os.path.basename(p)}: no JSON output (rc={res["rc"]}) {res["stderr"][-200:]!r}')
                fnd = []
            fnd = [f for f in fnd if isinstance(f, dict)]
            altered = bool(fails)
            if not altered:
                if res['rc'] == 0 and not fnd:
                    clean_ok += 1
                else:
                    verbose.append(f'[{ext}] {os.path.basename(p)}: clean file not passed (rc={res["rc"]}, {len(fnd)} findings)')
            else:
                if res['rc'] == 0:
                    exit0 += 1
                    verbose.append(f'[{ext}] {os.path.basename(p)}: altered file exit 0')
            for f in fnd:
                if not any(matches(t, f) for t in fails):
                    false += 1
                    verbose.append(f'[{ext}] FALSE {os.path.basename(p)}: label={f.get("row_label")!r} col={f.get("column")!r} '
                                   f'cell={f.get("cell")} expected={f.get("expected")} found={f.get("found")} '
                                   f'within_rounding={f.get("within_rounding")}')
            hit_any = False
            for t in fails:
                total += 1
                m = [f for f in fnd if matches(t, f)]
                if not m:
                    verbose.append(f'[{ext}] MISS {os.path.basename(p)}: label={t["label"]!r} col={t["column"]!r} '
                                   f'printed={t["printed"]} true={t["true"]}')
                    continue
                found += 1
                hit_any = True
                unit = t.get('unit', 1)
                exps = [num(f.get('expected')) for f in m]
                if not any(x is not None and abs(x - t['true']) <= unit + 1e-9 for x in exps):
                    wrong += 1
                    verbose.append(f'[{ext}] WRONG SUM {os.path.basename(p)}: label={t["label"]!r} col={t["column"]!r} '
                                   f'expected(tool)={exps} true={t["true"]} printed={t["printed"]}')
            if altered and hit_any:
                alt_ok += 1
        lines.append(f'{ext}: clean {clean_ok}/10, false {false}, failing totals found {found}/{total}, '
                     f'wrong sums {wrong}, alterations {alt_ok}/40, exit0-unreported {exit0}')
    if a.verbose:
        print('\n'.join(verbose))
    print('\n'.join(lines))


if __name__ == '__main__':
    main()
