"""A column of costs per unit served ('Kosten per v.e. (€)', a waterschap's costs per vervuilingseenheid) holds
ratios: a total's figure there is its costs over its units, no sum of its lines' ratios. It is no column of amounts,
so the totals are not left NOT verified over it (issue 18, trial23 t05_ws_zuiveringsbeheer: the clean table exited
1, 'its figure in 'Kosten per v.e. (€)' lies between those of its lines ... the column's title does not say what it
holds')"""

from decimal import Decimal

import pytest

from published_tables import audited, workbook

TITLES = ["Zuivering", "Belasting (v.e.)", "Energie", "Slibafvoer", "Totaal kosten", "Kosten per v.e. (€)"]
LINES = [("Rwzi Noordhaven", 84_210, 612, 455), ("Rwzi Oudeschans", 23_950, 188, 141),
         ("Rwzi Westerpolder", 118_400, 1_034, 760)]


def per_unit(costs, units):
    return float((Decimal(costs * 1000) / Decimal(units)).quantize(Decimal("0.01")))


def table(path):
    rows = [["Kosten per rioolwaterzuivering (x € 1.000)"], [], TITLES]
    for label, units, energy, sludge in LINES:
        rows.append([label, units, energy, sludge, energy + sludge, per_unit(energy + sludge, units)])
    units, energy, sludge = (sum(line[k] for line in LINES) for k in (1, 2, 3))
    rows.append(["Totaal zuiveringen", units, energy, sludge, energy + sludge, per_unit(energy + sludge, units)])
    return workbook(path, rows, title="Blad1", bold=[3, len(rows)],
                    figures=lambda r, c, v: isinstance(v, (int, float)),
                    widths={"A": 26, "B": 16, "C": 12, "D": 12, "E": 14, "F": 18})


@pytest.fixture(scope="module")
def clean(tmp_path_factory):
    return table(tmp_path_factory.mktemp("per_ve") / "zuiveringen.xlsx")


def test_a_column_of_costs_per_unit_leaves_the_totals_verified(clean, capsys):
    code, report = audited(clean, capsys)
    assert (code, report["findings"], report["not_verified"]) == (0, [], 0)
    table = report["tables"][0]
    assert sorted((r["axis"], r["total"], r["figures_checked"], r["figures_failing"]) for r in table["relations"]) == [
        ("column", "Totaal kosten", 4, 0), ("row", "Totaal zuiveringen", 4, 0)]
