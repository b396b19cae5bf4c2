"""pyengine audit on running totals (issue 18): a column titled cumulatief beside each period's own figure, one line
per year (kosten en opbrengsten begraafplaatsen 2018-2027, an egalisatievoorziening's cumulatieve saldo). Each
line's cumulatief is the line above's plus its own figure: checked line by line (rule 'running total' in --json),
never added down; a list whose 'Cumulatief' column is no running total of its lines is left to the other rules."""

from decimal import Decimal

from pyengine.audit.running import running_totals
from pyengine.audit.tables import audit_grid
from test_audit_rules import grid_of

D = Decimal
YEARS = [("2018", 559218, 607333), ("2019", 741330, 618489), ("2020", 593531, 628611), ("2021", 703933, 663286),
         ("2022", 597040, 679918), ("2023", 728407, 679858), ("2024", 688968, 631835)]
TITLES = ["Jaar", "Opbrengsten Per jaar", "Opbrengsten Cumulatief", "Lasten Per jaar", "Lasten Cumulatief",
          "Saldo Per jaar", "Saldo Cumulatief"]


def rows(years=YEARS, plus=None):
    """The years with their running totals as the table prints them (`plus`: (year, column) one higher, the
    cumulatief left as printed before), and 'Totaal' closing the per-year columns."""
    out, cumulative = [], [0, 0, 0]
    for year, baten, lasten in years:
        figures = [baten, lasten, baten - lasten]
        cumulative = [c + f for c, f in zip(cumulative, figures)]
        line = [year, figures[0], cumulative[0], figures[1], cumulative[1], figures[2], cumulative[2]]
        if plus and plus[0] == year:
            line[plus[1]] += 1
        out.append(line)
    total = [sum(line[c] for line in out) for c in (1, 3, 5)]
    return out + [[None], ["Totaal", total[0], None, total[1], None, total[2], None]]


def audited(lines):
    return audit_grid(grid_of(TITLES, lines))[0]


def test_a_clean_table_holds_in_every_running_total_and_no_cumulatief_is_added_down():
    table = audited(rows())
    assert table.findings == ()
    chains = [r for r in table.relations if r.rule == "running total"]
    assert [(r.total, r.parts[1], r.checked, r.failed) for r in chains] == [
        ("Opbrengsten Cumulatief", "Opbrengsten Per jaar", 7, 0), ("Lasten Cumulatief", "Lasten Per jaar", 7, 0),
        ("Saldo Cumulatief", "Saldo Per jaar", 7, 0)]


def test_a_cumulatief_figure_wrong_is_found_there_and_at_the_line_after_it():
    lines = rows()
    lines[3][4] += 1000   # Lasten Cumulatief 2021
    found = {(f.row_label, f.column, f.expected, f.found) for f in audited(lines).findings}
    assert ("2021", "Lasten Cumulatief", D(2517719), D(2518719)) in found
    assert ("2022", "Lasten Cumulatief", D(2518719 + 679918), D(3197637)) in found


def test_a_years_figure_plus_one_is_found_in_its_cumulatief_too():
    # (the cumulatief printed before the change: as printed, it no longer holds there)
    lines = rows()
    lines[3][3] += 1      # Lasten Per jaar 2021
    found = {(f.row_label, f.column) for f in audited(lines).findings}
    assert {("2021", "Lasten Cumulatief"), ("Totaal", "Lasten Per jaar")} <= found
    assert ("2022", "Lasten Cumulatief") not in found


def test_a_deleted_year_is_found_at_the_year_after_it_in_each_running_total():
    lines = rows()
    del lines[2]          # 2020
    found = {(f.row_label, f.column) for f in audited(lines).findings}
    assert {("2021", "Opbrengsten Cumulatief"), ("2021", "Lasten Cumulatief"), ("2021", "Saldo Cumulatief")} <= found


def test_a_first_line_carrying_a_stand_forward_opens_the_chain():
    lines = rows()
    lines.insert(0, ["Stand t/m 2017", 100000, 100000, 90000, 90000, 10000, 10000])
    for line in lines[1:8]:
        for c in (2, 4, 6):
            line[c] += lines[0][c]
    lines[-1] = ["Totaal", *[sum(line[c] for line in lines[:8]) if c % 2 else None for c in range(1, 7)]]
    assert audited(lines).findings == ()
    chains = running_totals([2, 3], {2: "Bedrag", 3: "Cumulatief"}, [1, 2, 3], {1: "Stand 1-1", 2: "a", 3: "b"},
                            lambda r, c: {(1, 2): D(5), (1, 3): D(50), (2, 2): D(1), (2, 3): D(51), (3, 2): D(2),
                                          (3, 3): D(53)}.get((r, c)))
    assert [(c.column, c.period, c.compared, c.failed) for c in chains] == [(3, 2, (2, 3), ())]


def test_a_cumulatief_column_of_a_list_is_no_running_total():
    # (a grondexploitatie per project: 'Kosten cumulatief t/m 2024' of each project, no chain down the lines)
    lines = [["Project A", 500, 1200], ["Project B", 300, 4000], ["Project C", 250, 900], ["Totaal", 1050, 6100]]
    table = audit_grid(grid_of(["Project", "Kosten 2025", "Kosten cumulatief t/m 2024"], lines))[0]
    assert table.findings == () and not any(r.rule == "running total" for r in table.relations)
    assert any(r.total == "Totaal" and r.failed == 0 for r in table.relations)


def test_a_cumulatief_figure_altered_in_a_short_chain_is_found_and_the_line_after_it_is_its_consequence():
    # (six years: the altered figure fails twice, at it and at the line after it; it was read as no running total
    # then, and the file exited 0)
    lines = rows(YEARS[:6])
    lines[3][2] += 1      # Opbrengsten Cumulatief 2021
    table = audited(lines)
    found = {(f.row_label, f.column, f.kind) for f in table.findings}
    assert ("2021", "Opbrengsten Cumulatief", "sum") in found
    assert ("2022", "Opbrengsten Cumulatief", "follows") in found
    chain = next(r for r in table.relations if r.total == "Opbrengsten Cumulatief")
    assert (chain.rule, chain.failed, chain.follows) == ("running total", 2, 1)
