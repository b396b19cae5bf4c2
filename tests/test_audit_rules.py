"""The audit's rules, each on a small table of its own (issue 18): what each one proposes, and how the resolver
chooses among competing candidates."""

from decimal import Decimal

from pyengine.audit.tables import Cell, Grid, audit_grid

D = Decimal


def grid_of(header: list[str], rows: list[list]) -> Grid:
    cells = {(1, c): Cell(h) for c, h in enumerate(header, start=1)}
    for r, row in enumerate(rows, start=2):
        for c, value in enumerate(row, start=1):
            if value is None:
                continue
            cells[(r, c)] = Cell(value) if isinstance(value, str) else Cell(str(value), D(value))
    return Grid("Blad", cells)


def relation(table, total: str):
    return next(r for r in table.relations if r.total == total)


def test_a_total_above_hundreds_of_members_is_their_sum_not_theirs_plus_the_centrum_line():
    """Our amendment: 'Totaal gemeentelijke bijdrage' in the baten, and far below it the members, then the
    'Bijdrage centrumgemeente' line (not 0 in two of six columns), then their 'Totaal bijdragen'. The members
    alone make the gemeentelijke bijdrage exactly; the block with the centrum line misses by it, a few units,
    which is no reason to report a rounding difference."""
    members = 70  # more than a block whose lines are each left out in turn
    years = ["B 2026", "W 2026", "BB 2026", "B 2027", "W 2027", "BB 2027"]
    rows = [[f"Gemeente {i:03d}", -(i * 37 % 500), -(i % 3), -(i * 37 % 500) - (i % 3),
             -(i * 91 % 700), -1, -(i * 91 % 700) - 1] for i in range(members)]
    member_total = [sum(r[c] for r in rows) for c in range(1, 7)]
    centrum = [0, 0, 0, 0, 3, 3]
    baten = [["BATEN"], ["Totaal gemeentelijke bijdrage", *member_total],
             ["Rijksbijdrage", 10, 0, 10, 20, 0, 20],
             ["Totaal baten", *[m + x for m, x in zip(member_total, [10, 0, 10, 20, 0, 20])]]]
    table = audit_grid(grid_of(["Regel", *years], baten + [["BIJDRAGE GEMEENTE"]] + rows + [
        ["Bijdrage centrumgemeente", *centrum],
        ["Totaal bijdragen", *[m + c for m, c in zip(member_total, centrum)]]]))[0]
    assert table.findings == []
    held = relation(table, "Totaal gemeentelijke bijdrage")
    assert held.failed == 0 and len(held.parts) == members and "Bijdrage centrumgemeente" not in held.parts
    assert relation(table, "Totaal bijdragen").failed == 0
