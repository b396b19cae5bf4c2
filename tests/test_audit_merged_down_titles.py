"""A two-level header with single-level titles merged down beside a group (issue 18, e45; trial29's class H): 'Vermogen
(MW)' merged over Zon | Wind | Totaal, then 'Opwek (GWh/jaar)' and 'Bijdrage regiofonds', each merged down over both
header rows, and a section title ('A. Projecten in uitvoering') under the header. The workbook's reader spread the
sub-title 'Totaal' onto the empty cells right of it under the merged-down titles: 'Opwek (GWh/jaar) Totaal',
'Bijdrage regiofonds Totaal', names the table does not print (a finding there named a column no one can find). A
title merged down over both header rows has no sub-title."""

from decimal import Decimal as D

import pytest

from published_tables import workbook
from pyengine.audit import audit

LINES = [("Zonnepark Hoge Veld", [34.8, 0, 34.8, 34.5, 0]),
         ("Windpark Kanaalzone", [0, 21.4, 21.4, 54.4, 350]),
         ("Zon op dak De Vaart", [6.2, 0, 6.2, 5.9, 120]),
         ("Zonnepark Zeveneiken", [12.5, 0, 12.5, 12.1, 275])]
COLUMNS = ("Vermogen (MW) Zon", "Vermogen (MW) Wind", "Vermogen (MW) Totaal", "Opwek (GWh/jaar)",
           "Bijdrage regiofonds")


def _book(path, section: bool = True, altered: int = 0):
    rows = [["Voortgangsrapportage grootschalige opwek"], [],
            ["Project", "Vermogen (MW)", None, None, "Opwek (GWh/jaar)", "Bijdrage regiofonds"],
            [None, "Zon", "Wind", "Totaal"]]
    if section:
        rows.append(["A. Projecten in uitvoering"])
    rows += [[name, *figures] for name, figures in LINES]
    total = [round(sum(D(str(f[c])) for __, f in LINES), 1) for c in range(5)]
    total[4] += altered
    rows.append(["Totaal A", *total])
    return workbook(path, rows, merges=["B3:D3", "A3:A4", "E3:E4", "F3:F4"], bold=[3, 4, len(rows)],
                    figures=lambda r, c, v: isinstance(v, (int, float, D)) and c > 1, number_format="#,##0.0")


@pytest.mark.parametrize("section", [True, False], ids=["section title under the header", "lines right under it"])
def test_a_title_merged_down_over_both_header_rows_has_no_sub_title(tmp_path, section):
    tables = audit(_book(tmp_path / "opwek.xlsx", section)).tables
    assert tables[0].columns == COLUMNS
    assert tables[0].findings == ()


def test_a_wrong_total_under_a_merged_down_title_is_named_by_that_title(tmp_path):
    findings = audit(_book(tmp_path / "opwek-tot.xlsx", altered=75)).tables[0].findings
    assert [(f.row_label, f.column, f.found - f.expected) for f in findings] == \
        [("Totaal A", "Bijdrage regiofonds", 75)]
