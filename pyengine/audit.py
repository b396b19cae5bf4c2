"""pyengine audit: find the totals that do not add up in a begrotingswijziging workbook.

It checks our own output and tables a person typed alike (seed 000 is such a table, with real errors).

Layout it understands: labels in one column; per year a group of Begroting / Wijziging /
Bijgestelde begroting columns with the year above or below; sections LASTEN, BATEN, TOTAAL,
RESERVE(S), BIJDRAGE GEMEENTE. Sections and lines are found by their labels, tolerant of case,
accents, asterisks and small variations.

The file is untrusted: it must be an .xlsx (a macro-enabled .xlsm is read, never run), its zip
entries' declared sizes and compression ratios are checked before anything is unpacked, and a
sheet may not exceed a cell limit.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
import zipfile
from dataclasses import asdict, dataclass
from decimal import Decimal
from pathlib import Path

from .errors import InputError

MAX_ENTRY_BYTES = 200 * 1024 * 1024
MAX_TOTAL_BYTES = 400 * 1024 * 1024
MAX_RATIO = 100  # uncompressed / compressed, for entries over 1 MB
MAX_ENTRIES = 10_000
MAX_CELLS = 2_000_000
SECTIONS = (("lasten", "lasten"), ("baten", "baten"), ("totaal", "totaal"), ("reserve", "reserves"),
            ("bijdrage gemeente", "bijdrage"))


@dataclass
class Finding:
    sheet: str
    cell: str
    check: str
    expected: float
    found: float
    difference: float


def normal(text: object) -> str:
    """'Totaal materiële kosten *' -> 'totaal materiele kosten'."""
    if not isinstance(text, str):
        return ""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.sub(r"\s+", " ", re.sub(r"[^a-z0-9() ]+", " ", plain)).strip()


def check_package(path: Path) -> list[str]:
    """Refuse what is not safe to open; return notes (e.g. 'macro-enabled') for what is."""
    if not path.is_file():
        raise InputError(f"{path}: file not found")
    if path.suffix.lower() not in (".xlsx", ".xlsm"):
        raise InputError(f"{path.name}: not an .xlsx workbook (got {path.suffix or 'no extension'}); "
                         "save it from Excel as .xlsx")
    if not zipfile.is_zipfile(path):
        raise InputError(f"{path.name}: not an .xlsx workbook (the file is not a zip package)")
    notes = []
    with zipfile.ZipFile(path) as archive:
        entries = archive.infolist()
        if len(entries) > MAX_ENTRIES:
            raise InputError(f"{path.name}: refused: {len(entries)} parts in the package (at most {MAX_ENTRIES})")
        total = 0
        for entry in entries:
            total += entry.file_size
            if entry.file_size > MAX_ENTRY_BYTES:
                raise InputError(f"{path.name}: refused: part {entry.filename} unpacks to {entry.file_size:,} bytes")
            if entry.file_size > 1024 * 1024 and entry.file_size > MAX_RATIO * max(entry.compress_size, 1):
                raise InputError(f"{path.name}: refused: part {entry.filename} is compressed {entry.file_size // max(entry.compress_size, 1)}:1 "
                                 "(looks like a zip bomb)")
        if total > MAX_TOTAL_BYTES:
            raise InputError(f"{path.name}: refused: the package unpacks to {total:,} bytes")
        names = {e.filename.lower() for e in entries}
        if "xl/workbook.xml" not in names:
            raise InputError(f"{path.name}: not an .xlsx workbook (no xl/workbook.xml)")
        if any(name.endswith("vbaproject.bin") for name in names):
            notes.append("the workbook contains macros; they were not run, only cell values were read")
    return notes


def read_grid(path: Path, sheet: str | None) -> tuple[str, dict[tuple[int, int], object]]:
    import openpyxl

    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True, keep_vba=False)
    except Exception as error:  # noqa: BLE001 - untrusted input: one clear line
        raise InputError(f"{path.name}: cannot be read as a workbook ({type(error).__name__})") from None
    try:
        candidates = [sheet] if sheet else workbook.sheetnames
        if sheet and sheet not in workbook.sheetnames:
            raise InputError(f"{path.name}: no sheet {sheet!r} (sheets: {', '.join(workbook.sheetnames)})")
        for name in candidates:
            grid: dict[tuple[int, int], object] = {}
            for row in workbook[name].iter_rows():
                for cell in row:
                    if cell.value is None or not hasattr(cell, "column"):
                        continue
                    grid[(cell.row, cell.column)] = cell.value
                    if len(grid) > MAX_CELLS:
                        raise InputError(f"{path.name}: refused: sheet {name!r} has more than {MAX_CELLS:,} cells")
            texts = {normal(v) for v in grid.values()}
            if "begroting" in texts and "wijziging" in texts:
                return name, grid
    finally:
        workbook.close()
    raise InputError(f"{path.name}: no sheet with Begroting / Wijziging columns")


def _number(value: object) -> Decimal | None:
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, (int, float, Decimal)):
        return Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
    if isinstance(value, str):
        text = value.strip().replace(".", "").replace(",", ".")
        if re.fullmatch(r"-?\d+(\.\d+)?", text):
            return Decimal(text)
    return None


def _letter(col: int) -> str:
    from openpyxl.utils import get_column_letter  # the reader's own naming: audit reads, it does not render

    return get_column_letter(col)


def audit(path: str | Path, sheet: str | None = None) -> tuple[str, list[Finding], list[str], int]:
    """Returns (sheet name, findings, notes, number of rows checked)."""
    path = Path(path)
    notes = check_package(path)
    name, grid = read_grid(path, sheet)
    # the header row: Begroting, Wijziging, Bijgestelde begroting side by side
    groups: list[tuple[int, int, int]] = []
    header_row = None
    for (row, col), value in sorted(grid.items()):
        if normal(value) == "begroting" and normal(grid.get((row, col + 1))) == "wijziging" and \
                normal(grid.get((row, col + 2))).startswith("bijgesteld"):
            if header_row is None:
                header_row = row
            if row == header_row:
                groups.append((col, col + 1, col + 2))
    if not groups:
        raise InputError(f"{path.name}: sheet {name!r}: no 'Begroting | Wijziging | Bijgestelde begroting' header")
    year_row = next((r for r in (header_row + 1, header_row - 1)
                     if all(isinstance(_number(grid.get((r, c))), Decimal) for c in groups[0])), None)
    findings: list[Finding] = []
    years = []
    if year_row is not None:
        first_year = _number(grid.get((year_row, groups[0][0])))
        for g, group in enumerate(groups):
            expected = first_year + g
            for col in group:
                found = _number(grid.get((year_row, col)))
                if found != expected:
                    findings.append(Finding(name, f"{_letter(col)}{year_row}", "jaarkop niet in volgorde "
                                            "(year header out of sequence)", float(expected), float(found or 0),
                                            float((found or 0) - expected)))
            years.append(int(expected))
    label_col = max(range(1, groups[0][0]), key=lambda c: sum(1 for (r, cc), v in grid.items()
                                                               if cc == c and r > header_row and isinstance(v, str)),
                    default=1)
    start = max(header_row, year_row or header_row) + 1
    last_row = max(r for r, _ in grid)
    rows: list[tuple[str, int, str, list[tuple[Decimal, Decimal, Decimal]]]] = []
    section = ""
    for r in range(start, last_row + 1):
        label = normal(grid.get((r, label_col)))
        numbers = [tuple(_number(grid.get((r, c))) for c in group) for group in groups]
        if all(v is None for triple in numbers for v in triple):
            for prefix, key in SECTIONS:
                if label == prefix or label.startswith(prefix + " ") or label.startswith(prefix + "("):
                    section = key
                    break
            if label.startswith("toelichting"):
                break
            continue
        triples = [(b or Decimal(0), w or Decimal(0), a if a is not None else (b or 0) + (w or 0))
                   for b, w, a in numbers]
        rows.append((section, r, label, triples))

    def where(r: int, g: int, c: int) -> str:
        return f"{_letter(groups[g][c])}{r}"

    def year_text(g: int) -> str:
        return str(years[g]) if g < len(years) else f"groep {g + 1}"

    column_names = ("Begroting", "Wijziging", "Bijgestelde begroting")

    def compare(r: int, total, parts, description: str, signs=None) -> None:
        signs = signs or [1] * len(parts)
        for g in range(len(groups)):
            for c in range(3):
                expected = sum((sign * p[g][c] for sign, p in zip(signs, parts)), Decimal(0))
                found = total[g][c]
                if found != expected:
                    findings.append(Finding(name, where(r, g, c), f"{description} {year_text(g)} ({column_names[c]})",
                                            float(expected), float(found), float(found - expected)))

    def misses(total, parts, signs) -> int:
        return sum(1 for g in range(len(groups)) for c in range(3)
                   if total[g][c] != sum((sign * p[g][c] for sign, p in zip(signs, parts)), Decimal(0)))

    for _, r, label, triples in rows:
        for g, (b, w, a) in enumerate(triples):
            if b + w != a:
                findings.append(Finding(name, where(r, g, 2), f"{label}: bijgesteld is niet begroting + wijziging "
                                        f"{year_text(g)}", float(b + w), float(a), float(a - b - w)))
    by_section: dict[str, list] = {}
    for sec, r, label, triples in rows:
        by_section.setdefault(sec, []).append((r, label, triples))

    def find(sec: str, test) -> tuple | None:
        return next((item for item in by_section.get(sec, []) if test(item[1])), None)

    lasten = by_section.get("lasten", [])
    total_lasten = find("lasten", lambda l: "totaal lasten" in l)
    overhead = find("lasten", lambda l: "totaal overhead" in l)
    overhead_parts = [x for x in lasten if x[1].startswith("overhead")]
    if overhead and overhead_parts:
        compare(overhead[0], overhead[2], [x[2] for x in overhead_parts], "Totaal overhead = som van de overheadregels")
    if total_lasten:
        lines = [x for x in lasten if x is not total_lasten and not (overhead and x in overhead_parts)]
        compare(total_lasten[0], total_lasten[2], [x[2] for x in lines], "Totaal lasten = som van de lasten")
    total_baten = find("baten", lambda l: "totaal baten" in l)
    if total_baten:
        lines = [x for x in by_section.get("baten", []) if x is not total_baten]
        compare(total_baten[0], total_baten[2], [x[2] for x in lines], "Totaal baten = som van de baten")
    saldo_bl = find("totaal", lambda l: "saldo" in l)
    if saldo_bl and total_lasten and total_baten:
        # baten are usually printed negative (saldo = lasten + baten); some print them positive
        parts = [total_lasten[2], total_baten[2]]
        if misses(saldo_bl[2], parts, [1, -1]) < misses(saldo_bl[2], parts, [1, 1]):
            notes.append("baten are printed as positive numbers: saldo checked as lasten - baten")
            compare(saldo_bl[0], saldo_bl[2], parts, "Saldo van baten en lasten = lasten - baten", [1, -1])
        else:
            compare(saldo_bl[0], saldo_bl[2], parts, "Saldo van baten en lasten = lasten + baten")
    reserves = by_section.get("reserves", [])
    total_reserves = find("reserves", lambda l: "totaal" in l and "reserve" in l)
    final_saldo = find("reserves", lambda l: l == "saldo" or l.startswith("saldo na"))
    if total_reserves:
        parts = [x for x in reserves if x is not total_reserves and x is not final_saldo]
        compare(total_reserves[0], total_reserves[2], [x[2] for x in parts], "Totaal mutatie reserves = som van de reserves")
    if final_saldo and saldo_bl and total_reserves:
        compare(final_saldo[0], final_saldo[2], [saldo_bl[2], total_reserves[2]], "Saldo = saldo baten en lasten + reserves")
    members_block = by_section.get("bijdrage", [])
    if members_block:
        total_row = members_block[-1]
        centrum = [x for x in members_block[:-1] if "centrum" in x[1]]
        members = [x for x in members_block[:-1] if x not in centrum]
        compare(total_row[0], total_row[2], [x[2] for x in members + centrum],
                "Totaal bijdrage gemeenten = som van de gemeenten")
        gemeentelijk = find("baten", lambda l: "gemeentelijke bijdrage" in l)
        centrum_line = find("baten", lambda l: "centrumgemeente" in l)
        if gemeentelijk:
            compare(gemeentelijk[0], gemeentelijk[2], [x[2] for x in members],
                    "Gemeentelijke bijdrage = som van de bijdragen per gemeente")
        if gemeentelijk and centrum_line:
            compare(total_row[0], total_row[2], [gemeentelijk[2], centrum_line[2]],
                    "Totaal bijdrage gemeenten = gemeentelijke bijdrage + centrumgemeente bijdrage")
    return name, findings, notes, len(rows)


def main(file: str, as_json: bool = False, sheet: str | None = None) -> int:
    try:
        name, findings, notes, checked = audit(file, sheet)
    except InputError as error:
        print(f"pyengine audit: {error}", file=sys.stderr)
        return 2
    if as_json:
        print(json.dumps({"file": str(file), "sheet": name, "rows_checked": checked, "notes": notes,
                          "findings": [asdict(f) for f in findings]}, indent=2, ensure_ascii=False))
    else:
        print(f"Audit of {file}, sheet {name!r}: {checked} rows checked")
        for note in notes:
            print(f"  note: {note}")
        for f in findings:
            print(f"  {f.sheet}!{f.cell}  {f.check}: expected {f.expected:,.0f}, found {f.found:,.0f} "
                  f"(difference {f.difference:+,.0f})")
        print(f"{len(findings)} finding(s)" if findings else "no findings: every total adds up")
    return 1 if findings else 0
