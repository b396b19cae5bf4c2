"""A workbook whose cells hold euros and whose number format SHOWS them in thousands (issue 18, trial20's t06): a
trailing comma in a format scales the figure by 1.000 ('#,##0,' shows 1.199.612 as 1.200), two commas by a million
('#,##0.0,,' shows 12.438.211 as 12,4). The table under '(x € 1.000)' adds up as shown, in thousands, and not in
the euros behind them (each shown thousand is rounded). An auditor checks the table as shown: every displayed table
adds up in its display unit. So the audit reads such a cell as the figure it shows (the euros divided by 1.000,
rounded half away from zero to the decimals the format shows), and reports expected and found in that unit, as it
does for the PDF printed from the workbook: a clean table is clean, a +1 in a shown thousand is found at the cells
whose totals it breaks, with the sums in thousands, the same findings as in the PDF. A comma in quotes ('#,##0","')
is a text printed after the figure: no scaling, the euros are read as they are."""

from decimal import Decimal

import pytest

from published_tables import audited, print_to_pdf, widths_of, workbook
from pyengine.audit.xlsx import shown_figure

D = Decimal
THOUSANDS = "[$-413]#,##0,;-#,##0,"
MILLIONS = "#,##0.0,,"
QUOTED_COMMA = '#,##0","'

# shown in thousands: Lasten 1.200 850 2.430 640 (5.120), Baten 0 120 310 45 (475), Saldo = Lasten - Baten
# 1.200 730 2.120 595 (4.645); the euros in the cells do not add up (5.120.403 is no sum of its lines' euros)
HEADER = [["Overzicht overhead per kostenplaats"], ["(x € 1.000)"], ["Kostenplaats", "Lasten", "Baten", "Saldo"]]
LINES = [
    ["Directie", 1_199_612, 0, 1_200_289],
    ["Personeel en organisatie", 850_437, 119_706, 729_566],
    ["Financiën en control", 2_429_501, 310_444, 2_120_377],
    ["Communicatie", 640_388, 44_851, 594_702],
    ["Totaal overhead", 5_120_403, 474_623, 4_644_512],
]


def overhead(path, lines=LINES, number_format=THOUSANDS):
    return workbook(path, HEADER + lines, number_format=number_format, widths=widths_of(34, 13, "BCD"))


def plus_one_thousand():
    """Financiën en control's Lasten shown 2.431 (2.430.501 euros): one thousand more as shown."""
    lines = [list(line) for line in LINES]
    lines[2][1] = 2_430_501
    return lines


def sums(report):
    return [(f["cell"], f["row_label"], f["column"], f["expected"], f["found"], f["difference"], f["within_rounding"])
            for f in report["findings"]]


@pytest.mark.parametrize(("value", "code", "shown"), [
    (1_199_612, "#,##0,", D(1200)),
    (2_429_501, "#,##0,", D(2430)),                      # half away from zero
    (-1_500, "#,##0,", D(-2)),
    (1_234_567, THOUSANDS, D(1235)),
    (-1_234_567, THOUSANDS, D(-1235)),
    (-1_234_567, "#,##0,_);(#,##0,)", D(-1235)),          # the negative section, its padding and parentheses
    (1_234_567, '#,##0,;(#,##0,);"-"', D(1235)),
    (12_438_211, MILLIONS, D("12.4")),                   # two commas: millions, with the decimal the format shows
    (1_234_567, "#,##0,,", D(1)),
    (1_234_567, "#.##0,", D("1234.567")),                # a '.' in a file's format is its decimal point
    (1_234_567, '0,"k"', D(1235)),
    (499, "#,##0,", D(0)),
])
def test_the_figure_a_scaling_format_shows(value, code, shown):
    figure = shown_figure(D(value), code)
    assert figure == shown and str(figure) == str(shown)


@pytest.mark.parametrize("code", ["#,##0", "[$-413]#,##0", QUOTED_COMMA, "#,##0\\,", "0.00", "General", "0.0%", "@"])
def test_a_format_that_does_not_scale(code):
    assert shown_figure(D(1_234_567), code) is None


def test_a_table_that_adds_up_as_shown_is_clean(tmp_path, capsys):
    code, report = audited(overhead(tmp_path / "overhead.xlsx"), capsys)
    assert (code, report["findings"]) == (0, [])
    [table] = report["tables"]
    assert table["scale"] == "x EUR 1.000"
    relations = {(r["axis"], r["total"]): (r["parts"], r["figures_checked"], r["figures_failing"])
                 for r in table["relations"]}
    assert relations == {
        ("row", "Totaal overhead"): (["Directie", "Personeel en organisatie", "Financiën en control",
                                      "Communicatie"], 3, 0),
        ("column", "Saldo"): (["Lasten", "-Baten"], 5, 0),
    }


def test_one_thousand_more_is_found_in_thousands_as_in_the_pdf(tmp_path, capsys):
    clean = overhead(tmp_path / "schoon.xlsx")
    altered = overhead(tmp_path / "plus1.xlsx", plus_one_thousand())
    code, report = audited(altered, capsys)
    assert code == 1
    assert sums(report) == [
        ("D6", "Financiën en control", "Saldo", "2121", "2120", "-1", True),
        ("B8", "Totaal overhead", "Lasten", "5121", "5120", "-1", True),
    ]
    # the PDF LibreOffice prints of both: the same findings, in the same unit
    clean_pdf, altered_pdf = print_to_pdf([clean, altered])
    assert audited(clean_pdf, capsys)[1]["findings"] == []
    code_pdf, printed = audited(altered_pdf, capsys)
    assert code_pdf == 1
    assert [item[1:] for item in sums(printed)] == [item[1:] for item in sums(report)]


def test_a_format_with_two_commas_shows_millions(tmp_path, capsys):
    rows = [["Investeringen"], ["(x € 1 miljoen)"], ["Project", "Raming"],
            ["Sporthal", 12_438_211], ["Brug", 8_652_907], ["Fietspad", 3_149_990], ["Totaal", 24_160_004]]
    path = workbook(tmp_path / "miljoenen.xlsx", rows, number_format=MILLIONS, widths=widths_of(30, 13, "B"))
    code, report = audited(path, capsys)
    assert (code, report["findings"]) == (0, [])
    assert [r["figures_checked"] for r in report["tables"][0]["relations"]] == [1]
    rows[-1][1] = 24_260_004  # shown 24,3
    code, report = audited(workbook(tmp_path / "miljoenen_tot.xlsx", rows, number_format=MILLIONS), capsys)
    assert code == 1
    assert sums(report) == [("B7", "Totaal", "Raming", "24.2", "24.3", "0.1", True)]


def test_a_comma_in_quotes_scales_nothing(tmp_path, capsys):
    # the same euros shown as they are ('1,199,612,'): they do not add up, each total missing by its euros
    code, report = audited(overhead(tmp_path / "komma.xlsx", number_format=QUOTED_COMMA), capsys)
    assert code == 1
    found = {(f["cell"], f["expected"], f["found"]) for f in report["findings"]}
    assert ("B8", "5119938", "5120403") in found
    assert ("C8", "475001", "474623") in found
