#!/usr/bin/env python3
"""Measure `pyengine audit` against truth.json (stdlib only).

python measure.py --pyengine PATH [--rerun] [--verbose]
"""
import argparse, json, os, re, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
YEAR = re.compile(r'(?<!\d)(19\d\d|20\d\d)(?!\d)')


def norm(s):
    return re.sub(r'\s+', '', str(s or '')).lower()


def label_ok(flabel, entry):
    f = norm(flabel)
    lab, code = norm(entry.get('label')), norm(entry.get('code'))
    if not lab:
        return f == ''
    cands = {lab}
    if code:
        cands |= {code + lab, lab + code}
    # a label that begins with the row's label (e.g. label + Doel/Toelichting text) also names the line
    return f in cands or any(f.startswith(c) for c in cands)


def col_ok(fcol, tcol):
    if tcol is None:
        return True
    f, t = norm(fcol), norm(tcol)
    if f and t and (f in t or t in f):
        return True
    fy, ty = set(YEAR.findall(str(fcol or ''))), set(YEAR.findall(str(tcol or '')))
    return bool(fy & ty)


def cell_row(cell):
    m = re.match(r'^\$?[A-Za-z]{1,3}\$?(\d+)$', str(cell or '').strip())
    return int(m.group(1)) if m else None


def col_letter(cell):
    m = re.match(r'^\$?([A-Za-z]{1,3})\$?\d+$', str(cell or '').strip())
    return m.group(1).upper() if m else None


def at(f, entry, fmt):
    """does finding f sit at truth entry (label, column)?"""
    if not norm(f.get('column')) and entry.get('column') is not None:
        # finding without a column title: xlsx -> the cell's column letter; pdf -> the expected sum names the column
        if fmt == 'xlsx' and col_letter(f.get('cell')):
            want = entry.get('cell') and col_letter(entry['cell']) or entry.get('col_letter')
            if col_letter(f.get('cell')) != want:
                return False
        else:
            trues = [t for t in (entry.get('true'), entry.get('alt_true')) if t is not None]
            e = num(f.get('expected'))
            if e is None or not any(abs(e - t) <= 1 for t in trues):
                return False
    elif not col_ok(f.get('column'), entry.get('column')):
        return False
    if label_ok(f.get('row_label'), entry):
        return True
    # an unlabelled subtotal (bold figure without label): in xlsx also accept the cell's row
    if not norm(entry.get('label')) and fmt == 'xlsx' and entry.get('row') and cell_row(f.get('cell')) == entry['row']:
        return True
    return False


def num(x):
    try:
        if isinstance(x, str):
            x = x.replace('.', '').replace(',', '.') if re.search(r'\d\.\d{3}', x) else x.replace(',', '.')
        return float(x)
    except (TypeError, ValueError):
        return None


def run(pyengine, path, rerun):
    os.makedirs(os.path.join(HERE, 'out'), exist_ok=True)
    cache = os.path.join(HERE, 'out', os.path.basename(path) + '.json')
    if os.path.exists(cache) and not rerun:
        with open(cache) as fh:
            return json.load(fh)
    p = subprocess.run([pyengine, 'audit', path, '--json'], capture_output=True, text=True)
    res = {'rc': p.returncode, 'stdout': p.stdout, 'stderr': p.stderr[-4000:]}
    with open(cache, 'w') as fh:
        json.dump(res, fh, indent=1)
    return res


def findings_of(res):
    try:
        d = json.loads(res['stdout'])
        return d.get('findings') or [], d.get('verdict')
    except (ValueError, AttributeError):
        return [], 'UNPARSABLE'


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--pyengine', required=True)
    ap.add_argument('--rerun', action='store_true')
    ap.add_argument('--verbose', action='store_true')
    a = ap.parse_args()
    with open(os.path.join(HERE, 'truth.json')) as fh:
        truth = json.load(fh)['files']
    for fmt in ('xlsx', 'pdf'):
        clean = false = found = total = wrong = alts = exit0 = altcell = 0
        nclean = nalt = 0
        log = []
        for name, tr in sorted(truth.items()):
            stem = name[:-5]
            path = os.path.join(HERE, fmt, stem + '.' + fmt)
            res = run(a.pyengine, path, a.rerun)
            fs, verdict = findings_of(res)
            failing = tr['failing']
            is_alt = bool(tr.get('altered'))
            if not is_alt:
                nclean += 1
                if res['rc'] == 0 and not fs:
                    clean += 1
                else:
                    log.append(f'  CLEAN-NOT-CLEAN {stem}.{fmt}: rc={res["rc"]} verdict={verdict} findings={len(fs)}')
            else:
                nalt += 1
                if res['rc'] == 0:
                    exit0 += 1
                    log.append(f'  EXIT0 {stem}.{fmt}')
            # false findings
            for f in fs:
                if not any(at(f, e, fmt) for e in failing):
                    false += 1
                    log.append(f'  FALSE {stem}.{fmt}: cell={f.get("cell")} label={f.get("row_label")!r} column={f.get("column")!r} '
                               f'expected={f.get("expected")} found={f.get("found")} within_rounding={f.get("within_rounding")}')
            hit_any = False
            for e in failing:
                total += 1
                ms = [f for f in fs if at(f, e, fmt)]
                if ms:
                    found += 1; hit_any = True
                    trues = [e['true']] + ([e['alt_true']] if 'alt_true' in e else [])
                    ok = any(num(f.get('expected')) is not None and any(abs(num(f.get('expected')) - t) <= 1 for t in trues) for f in ms)
                    if not ok:
                        wrong += 1
                        log.append(f'  WRONGSUM {stem}.{fmt}: {e["code"]} {e["label"]!r} / {e["column"]!r} true={trues} '
                                   f'expected={[f.get("expected") for f in ms]}')
                else:
                    log.append(f'  MISS {stem}.{fmt}: {e.get("code","")} {e["label"]!r} / {e["column"]!r} printed={e["printed"]} true={e["true"]}')
            if is_alt:
                if hit_any:
                    alts += 1
                info = tr['altered']
                targets = []
                def with_truth(tg):
                    for e in failing:
                        if e['label'] == tg['label'] and (tg.get('column') is None or e['column'] == tg['column']):
                            return dict(e, column=tg.get('column'))
                    return tg
                if info.get('column') is not None:
                    targets.append(with_truth(dict(label=info['label'], code=info.get('code'), column=info['column'],
                                                   col_letter=info.get('col_letter'))))
                if info.get('first_total'):
                    ft = dict(info['first_total'])
                    # an unlabelled first total: take its row from the truth failing list
                    if not norm(ft.get('label')):
                        rows = [e.get('row') for e in failing if not norm(e.get('label'))]
                        ft['row'] = rows[0] if rows else None
                    if ft.get('column') is not None:
                        ft = with_truth(ft)
                    targets.append(ft)
                if any(at(f, t, fmt) for f in fs for t in targets):
                    altcell += 1
                else:
                    log.append(f'  ALTERED-CELL-MISSED {stem}.{fmt}: {info}')
        print(f'{fmt}: clean {clean}/{nclean}, false {false}, failing totals found {found}/{total}, wrong sums {wrong}, '
              f'alterations {alts}/{nalt}, exit0-unreported {exit0}')
        print(f'{fmt}: altered cell found {altcell}/{nalt}')
        if a.verbose:
            print('\n'.join(log))


if __name__ == '__main__':
    main()
