"""pyengine audit on a change printed between the two figures it compares (issue 18): 'Lasten | 2024 | Mutatie |
2025' (exploitatie sportaccommodaties), 'Stand 1-1-2025 | Toename | Stand 31-12-2025'. The change column is the right
neighbour less the left one, checked on every line (rule 'change between its neighbours' in --json), where the
neighbours are figures of one kind and the difference holds on two lines of three or more."""

from decimal import Decimal

from pyengine.audit.tables import audit_grid
from test_audit_rules import grid_of

D = Decimal
LINES = [("Sporthal De Kamp", 73195, 76157, 53526, 49072), ("Sporthal Oostermeer", 136343, 224768, 97900, 101805),
         ("Gymzaal Kerkstraat", 469611, 533567, 292948, 274519), ("Gymzaal De Wissel", 309001, 387556, 147191, 121410)]
TITLES = ["Accommodatie", "Lasten 2024", "Lasten Mutatie", "Lasten 2025", "Baten 2024", "Baten Mutatie", "Baten 2025"]


def rows(lines=LINES):
    out = [[label, l24, l25 - l24, l25, b24, b25 - b24, b25] for label, l24, l25, b24, b25 in lines]
    return out + [["Totaal", *[sum(line[c] for line in out) for c in range(1, 7)]]]


def test_a_mutatie_between_two_years_is_their_difference_on_every_line():
    table = audit_grid(grid_of(TITLES, rows()))[0]
    assert table.findings == ()
    changes = [(r.total, r.parts, r.checked, r.failed) for r in table.relations
               if r.rule == "change between its neighbours"]
    assert ("Lasten Mutatie", ("Lasten 2025", "-Lasten 2024"), 5, 0) in changes
    # (each mutatie in a relation: this one, or the year after it read as the year before plus its mutatie)
    assert all(any(title in (r.total, *r.parts) for r in table.relations) for title in ("Lasten Mutatie",
                                                                                         "Baten Mutatie"))


def test_a_figure_of_the_later_year_plus_one_is_found_at_its_mutatie():
    lines = rows()
    lines[3][3] += 1    # Lasten 2025 of Gymzaal De Wissel, its mutatie and the total as printed before
    found = {(f.row_label, f.column, f.expected, f.found) for f in audit_grid(grid_of(TITLES, lines))[0].findings}
    assert ("Gymzaal De Wissel", "Lasten Mutatie", D(78556), D(78555)) in found
    assert any(label == "Totaal" and column == "Lasten 2025" for label, column, _e, _f in found)


def test_a_toename_between_two_dates_of_a_stand_is_the_walks_stand_chain():
    titles = ["Voorziening", "Stand 1-1-2025", "Toename", "Stand 31-12-2025"]
    lines = [["Onderhoud gebouwen", 1200, 300, 1500], ["Wachtgelden", 400, -50, 350], ["Pensioenen", 900, 100, 1000],
             ["Totaal", 2500, 350, 2850]]
    lines[1][2] = -40
    # (read as the stand chain it also is, 'Stand 31-12' = 'Stand 1-1' + 'Toename', the walk's relation; it was
    # clean once, 'Toename' taken for a growth rate and never added)
    table = audit_grid(grid_of(titles, lines))[0]
    assert {(f.row_label, f.column, f.expected, f.found) for f in table.findings} == {
        ("Wachtgelden", "Stand 31-12-2025", D(360), D(350)), ("Totaal", "Toename", D(360), D(350))}
    assert not any(r.rule == "change between its neighbours" for r in table.relations)   # (held already)


def test_a_column_between_figures_of_two_kinds_or_holding_nowhere_is_claimed_by_nothing():
    titles = ["Post", "Begroting 2025", "Verschil", "Realisatie 2025"]
    lines = [["A", 100, 7, 90], ["B", 200, 3, 260], ["C", 50, 9, 40], ["Totaal", 350, 19, 390]]
    table = audit_grid(grid_of(titles, lines))[0]
    assert not any(r.rule == "change between its neighbours" for r in table.relations)
    lines = [["A", 100, 7, 90], ["B", 200, 3, 260], ["C", 50, 9, 40], ["Totaal", 350, 19, 390]]
    table = audit_grid(grid_of(["Post", "Lasten 2024", "Mutatie", "Lasten 2025"], lines))[0]
    assert not any(r.rule == "change between its neighbours" for r in table.relations)
