"""The begrotingswijziging layout's own audit rules (seed 000), run in addition to the generic audit.

Checks between sections that the generic audit cannot always infer from figures alone, e.g. the
'gemeentelijke bijdrage' line against the members' block.

Layout: labels in one column; per year a group of Begroting / Wijziging / Bijgestelde begroting columns
with the year above or below; sections LASTEN, BATEN, TOTAAL, RESERVE(S), BIJDRAGE GEMEENTE, found by
their labels, tolerant of case, accents, asterisks and small variations.
"""

from __future__ import annotations

from decimal import Decimal

from ..i18n import _
from .blame import blame
from .model import Finding, Grid, normal
from .tables import blamed_over_follows, follows_text, is_year

SECTIONS = (("lasten", "lasten"), ("baten", "baten"), ("totaal", "totaal"), ("reserve", "reserves"),
            ("bijdrage gemeente", "bijdrage"))


def _number(value: object) -> Decimal | None:
    return value if isinstance(value, Decimal) else None


def looks_like_amendment(grid: Grid) -> bool:
    texts = {normal(c.text) for c in grid.cells.values() if c.number is None}
    return "begroting" in texts and "wijziging" in texts


def amendment_rules(sheet: Grid) -> tuple[list[Finding], list[str], int]:
    """(findings, notes, rows checked) of the seed-000 layout rules; nothing when the layout is absent."""
    name = sheet.name
    notes: list[str] = []
    grid = {rc: (cell.number if cell.number is not None else cell.text) for rc, cell in sheet.cells.items()}

    def heading(row: int, col: int) -> str:
        """A column title, also when it wraps over two lines (a PDF prints 'Bijgestelde' above 'begroting')."""
        text, above = _text(grid.get((row, col))), grid.get((row - 1, col))
        if normal(text) == "begroting" and normal(above).startswith("bijgesteld"):
            return f"{_text(above)} {text}"
        return text

    # the header row: Begroting, Wijziging, Bijgestelde begroting side by side
    groups: list[tuple[int, int, int]] = []
    header_row = None
    for (row, col), value in sorted(grid.items()):
        if normal(heading(row, col)) == "begroting" and normal(heading(row, col + 1)) == "wijziging" and \
                normal(heading(row, col + 2)).startswith("bijgesteld"):
            if header_row is None:
                header_row = row
            if row == header_row:
                groups.append((col, col + 1, col + 2))
    if not groups:
        return [], [], 0
    year_row = next((r for r in (header_row + 1, header_row - 1)
                     if all(is_year(_number(grid.get((r, c)))) for c in groups[0])), None)
    findings: list[Finding] = []
    years = []
    if year_row is not None:
        first_year = _number(grid.get((year_row, groups[0][0])))
        for g, group in enumerate(groups):
            expected = first_year + g
            for col in group:
                found = _number(grid.get((year_row, col)))
                if found != expected:
                    findings.append(Finding(name, 0, sheet.place(year_row, col), "", heading(header_row, col),
                                            _("year header out of sequence"), "year",
                                            Decimal(expected), found, (found or 0) - expected, year_row, col))
            years.append(int(expected))
    label_col = max(range(1, groups[0][0]), key=lambda c: sum(1 for (r, cc), v in grid.items()
                                                               if cc == c and r > header_row and isinstance(v, str)),
                    default=1)
    start = max(header_row, year_row or header_row) + 1
    last_row = max(r for r, __ in grid)
    # the table ends at an empty row that is not followed by a section heading or a line of figures in its
    # columns: what follows (a signature, the next table's title; in a PDF the rest of the document) is
    # not part of it
    columns = [c for group in groups for c in group]

    def goes_on(r: int) -> bool:
        label = normal(grid.get((r, label_col)))
        return any(_number(grid.get((r, c))) is not None for c in columns) or any(
            label == prefix or label.startswith((prefix + " ", prefix + "(")) for prefix, __ in SECTIONS)

    following = sorted({r for r, __ in grid if r >= start})
    for r, after in zip(following, following[1:]):
        if after > r + 1 and not goes_on(after):
            last_row = r
            break
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


    def add(r: int, g: int, c: int, check: str, expected, found, kind: str = "sum", note: str = "",
            after: tuple[tuple[int, int], ...] = ()) -> None:
        col = groups[g][c]
        findings.append(Finding(name, 0, sheet.place(r, col), _text(grid.get((r, label_col))),
                                f"{column_names[c]} {year_text(g)}", check, kind, expected, found,
                                found - expected, r, col, note=note, follows_from=after))

    def year_text(g: int) -> str:
        return str(years[g]) if g < len(years) else _("group {number}").format(number=g + 1)

    column_names = ("Begroting", "Wijziging", "Bijgestelde begroting")
    # every check that fails, as (total's cell, check text, its parts' cells with their signs, expected, found);
    # reported at the end, once every failing total's true value (the sum of its parts) is known
    failing: list[tuple[tuple[int, int, int], str, list[tuple[tuple[int, int, int], int, Decimal]], Decimal,
                        Decimal]] = []

    def compare(r: int, total, parts, description: str, signs=None) -> None:
        """`parts`: (row, figures) of each part."""
        signs = signs or [1] * len(parts)
        for g in range(len(groups)):
            for c in range(3):
                expected = sum((sign * p[g][c] for sign, (__, p) in zip(signs, parts)), Decimal(0))
                found = total[g][c]
                if found != expected:
                    failing.append(((r, g, c), f"{description} {year_text(g)} ({column_names[c]})",
                                    [((pr, g, c), sign, p[g][c]) for sign, (pr, p) in zip(signs, parts)],
                                    expected, found))

    def misses(total, parts, signs) -> int:
        return sum(1 for g in range(len(groups)) for c in range(3)
                   if total[g][c] != sum((sign * p[g][c] for sign, (__, p) in zip(signs, parts)), Decimal(0)))

    for __, r, label, triples in rows:
        for g, (b, w, a) in enumerate(triples):
            if b + w != a:
                failing.append(((r, g, 2), _("{label}: bijgesteld is not begroting + wijziging {year}").format(
                    label=label, year=year_text(g)), [((r, g, 0), 1, b), ((r, g, 1), 1, w)], b + w, a))
    by_section: dict[str, list] = {}
    for sec, r, label, triples in rows:
        by_section.setdefault(sec, []).append((r, label, triples))

    def find(sec: str, test) -> tuple | None:
        return next((item for item in by_section.get(sec, []) if test(item[1])), None)

    def figures(items) -> list:
        return [(x[0], x[2]) for x in items]

    lasten = by_section.get("lasten", [])
    total_lasten = find("lasten", lambda l: "totaal lasten" in l)
    overhead = find("lasten", lambda l: "totaal overhead" in l)
    overhead_parts = [x for x in lasten if x[1].startswith("overhead")]
    if overhead and overhead_parts:
        compare(overhead[0], overhead[2], figures(overhead_parts), _("Totaal overhead = sum of the overhead lines"))
    if total_lasten:
        lines = [x for x in lasten if x is not total_lasten and not (overhead and x in overhead_parts)]
        compare(total_lasten[0], total_lasten[2], figures(lines), _("Totaal lasten = sum of the lasten"))
    total_baten = find("baten", lambda l: "totaal baten" in l)
    if total_baten:
        lines = [x for x in by_section.get("baten", []) if x is not total_baten]
        compare(total_baten[0], total_baten[2], figures(lines), _("Totaal baten = sum of the baten"))
    saldo_bl = find("totaal", lambda l: "saldo" in l)
    if saldo_bl and total_lasten and total_baten:
        # baten are usually printed negative (saldo = lasten + baten); some print them positive
        parts = figures([total_lasten, total_baten])
        if misses(saldo_bl[2], parts, [1, -1]) < misses(saldo_bl[2], parts, [1, 1]):
            notes.append(_("baten are printed as positive numbers: saldo checked as lasten - baten"))
            compare(saldo_bl[0], saldo_bl[2], parts, "Saldo van baten en lasten = lasten - baten", [1, -1])
        else:
            compare(saldo_bl[0], saldo_bl[2], parts, "Saldo van baten en lasten = lasten + baten")
    reserves = by_section.get("reserves", [])
    total_reserves = find("reserves", lambda l: "totaal" in l and "reserve" in l)
    final_saldo = find("reserves", lambda l: l == "saldo" or l.startswith("saldo na"))
    if total_reserves:
        parts = [x for x in reserves if x is not total_reserves and x is not final_saldo]
        compare(total_reserves[0], total_reserves[2], figures(parts), _("Totaal mutatie reserves = sum of the reserves"))
    if final_saldo and saldo_bl and total_reserves:
        compare(final_saldo[0], final_saldo[2], figures([saldo_bl, total_reserves]),
                "Saldo = saldo baten en lasten + reserves")
    # no reserves (no RESERVE(S) block): the Saldo closes the TOTAAL block and is the saldo van baten en lasten
    bare_saldo = find("totaal", lambda l: l == "saldo" or l.startswith("saldo na"))
    if bare_saldo and saldo_bl and bare_saldo is not saldo_bl and not reserves:
        compare(bare_saldo[0], bare_saldo[2], figures([saldo_bl]), "Saldo = saldo baten en lasten")
    members_block = by_section.get("bijdrage", [])
    if members_block:
        total_row = members_block[-1]
        centrum = [x for x in members_block[:-1] if "centrum" in x[1]]
        members = [x for x in members_block[:-1] if x not in centrum]
        compare(total_row[0], total_row[2], figures(members + centrum),
                _("Totaal bijdrage gemeenten = sum of the gemeenten"))
        gemeentelijk = find("baten", lambda l: "gemeentelijke bijdrage" in l)
        centrum_line = find("baten", lambda l: "centrumgemeente" in l)
        if gemeentelijk:
            compare(gemeentelijk[0], gemeentelijk[2], figures(members),
                    _("Gemeentelijke bijdrage = sum of the bijdragen per gemeente"))
        if gemeentelijk and centrum_line:
            compare(total_row[0], total_row[2], figures([gemeentelijk, centrum_line]),
                    "Totaal bijdrage gemeenten = gemeentelijke bijdrage + centrumgemeente bijdrage")
    # a total that holds with the true values of the failing totals among its parts is not blamed for them (a
    # wrong Totaal lasten makes its bijgestelde begroting and the saldo miss by as much): it still fails as
    # printed, a 'follows' finding naming the totals it follows from (`blame.blame`, as the tables' relations)
    verdicts = blame([(at, parts, expected, found) for at, __, parts, expected, found in failing])
    for ((r, g, c), check, parts, expected, found), through in zip(failing, verdicts):
        if not through:
            add(r, g, c, check, expected, found)
            continue
        named = ", ".join(f"{_text(grid.get((pr, label_col)))!r} [{column_names[pc]} {year_text(pg)}] "
                          f"({sheet.place(pr, groups[pg][pc])})" for pr, pg, pc in through)
        add(r, g, c, check, expected, found, "follows",
            follows_text(named, len(through)),
            tuple((pr, groups[pg][pc]) for pr, pg, pc in through))
    # a cell blamed by one rule is not also a 'follows' of another (one finding per cell)
    blamed_over_follows(findings)
    findings.sort(key=lambda f: (f.row, f.col))
    return findings, notes, len(rows)


def _text(value: object) -> str:
    return value.strip() if isinstance(value, str) else ("" if value is None else str(value))


