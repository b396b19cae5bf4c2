"""pyengine audit on unsigned figures with a narrow sign column of their own left of each figure column (issue 18, e42;
class B of tests/corpora/trial27/MECHANISMS.md): a raadsinformatiebrief's mutaties per year, each year merged over a
'+' / '-' column and the amount, the amount printed without its sign. In the workbook the signs were ignored (every
subtotal checked as a sum of absolute amounts: false findings on a clean table); in LibreOffice's print the '-' went
with its figure but each '+' was read into the line's label ('Totaal effect + + + +'). The signs are the figures'
own: the clean table audits clean as .xlsx and as PDF, its labels as printed, and a line's figure +1 is found at its
subtotal in that year's column. One column of '+' and '-' beside the labels (the EMU-saldo's '+/-', for every year
at once) stays the labels' sign: tests/test_audit_emu_saldo_signs.py."""

from pathlib import Path

import pytest
from openpyxl.styles import Alignment, Font

from published_tables import audited, print_named, workbook as typed

YEARS = (2026, 2027, 2028, 2029)
BLOCKS = [("Accres en uitkeringsbasis", [("Accres algemene uitkering", (694000, 575000, 563000, 294000)),
                                         ("Ontwikkeling uitkeringsbasis", (-171000, -195000, 110000, -212000)),
                                         ("Herijking suppletie-uitkering", (-9000, -96000, -116000, 185000))]),
          ("Taakmutaties", [("Wet inburgering", (49000, 98000, 91000, -85000)),
                            ("Jeugd: Hervormingsagenda", (-405000, -273000, -475000, -203000)),
                            ("Klimaatakkoord", (232000, 213000, 193000, 234000)),
                            ("Wet open overheid", (23000, 34000, 37000, 54000))])]


def rows_of(plus_one: tuple[int, int] | None = None) -> tuple[list[list], set[int]]:
    """Header (a year merged over its sign and amount column), then each block: its heading, its lines, its subtotal;
    then the total. `plus_one` (line, year) adds 1 to that line's figure, the totals printed as before."""
    def signed(values) -> list:
        out: list = []
        for v in values:
            out += ["+" if v > 0 else "-" if v < 0 else None, abs(v)]
        return out

    rows: list[list] = [["Gemeente Oosterhout"], ["Effecten decembercirculaire (bedragen in €)"], [],
                        ["Mutatie (+ = voordeel, - = nadeel)", *[y for year in YEARS for y in (str(year), None)]]]
    bold = set()
    subtotals = []
    n = 0
    for heading, lines in BLOCKS:
        rows.append([heading])
        sums = [0] * len(YEARS)
        for label, values in lines:
            printed = list(values)
            if plus_one is not None and plus_one[0] == n:
                printed[plus_one[1]] += 1
            rows.append([label, *signed(printed)])
            sums = [s + v for s, v in zip(sums, values)]
            n += 1
        rows.append([f"Subtotaal {heading.lower()}", *signed(sums)])
        bold.add(len(rows))
        subtotals.append(sums)
        rows.append([])
    rows.append(["Totaal effect decembercirculaire", *signed([sum(s) for s in zip(*subtotals)])])
    bold.add(len(rows))
    return rows, bold


def sign_workbook(path: Path, plus_one: tuple[int, int] | None = None) -> Path:
    rows, bold = rows_of(plus_one)

    def each(cell):
        cell.font = Font(name="Calibri", size=10, bold=cell.row in bold or cell.row == 4)
        if cell.column > 1 and isinstance(cell.value, str):
            cell.alignment = Alignment(horizontal="center")

    merges = [(4, 2 + 2 * k, 4, 3 + 2 * k) for k in range(len(YEARS))]
    widths = {1: 40, **{2 + 2 * k: 3 for k in range(len(YEARS))}, **{3 + 2 * k: 12 for k in range(len(YEARS))}}
    return typed(path, rows, merges=merges, widths=widths, each=each, orientation="portrait")


SOURCES = {"signs": lambda p: sign_workbook(p), "signs-p1": lambda p: sign_workbook(p, plus_one=(4, 2))}


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    folder = tmp_path_factory.mktemp("signs")
    books = {name: make(folder / f"{name}.xlsx") for name, make in SOURCES.items()}
    return {"xlsx": books, "pdf": print_named(books, folder)}


@pytest.mark.parametrize("kind", ["xlsx", "pdf"])
def test_the_clean_table_adds_up_with_the_signs_of_its_sign_columns(files, kind, capsys):
    code, report = audited(files[kind]["signs"], capsys)
    assert report["findings"] == []
    assert code == 0
    (table,) = report["tables"]
    assert table["columns"] == [str(y) for y in YEARS]
    totals = sorted(r["total"] for r in table["relations"])
    # every total checked under its label as printed (no '+' of a sign column read into it)
    assert totals == ["Subtotaal accres en uitkeringsbasis", "Subtotaal taakmutaties",
                      "Totaal effect decembercirculaire"], totals
    assert all(r["figures_failing"] == 0 for r in table["relations"])


@pytest.mark.parametrize("kind", ["xlsx", "pdf"])
def test_a_line_plus_one_is_found_at_its_subtotal_in_its_year(files, kind, capsys):
    code, report = audited(files[kind]["signs-p1"], capsys)
    assert code == 1
    found = [(f["row_label"], f["column"], f["expected"], f["found"]) for f in report["findings"]]
    # Jeugd: Hervormingsagenda 2028 printed '-' 474.999: its lines make 91.000 - 474.999 + 193.000 + 37.000 = -153.999,
    # the subtotal printed '-' 154.000 (read as the absolute amounts: 795.999 against 154.000)
    assert found == [("Subtotaal taakmutaties", "2028", "-153999", "-154000")], found


def trend_workbook(path: Path) -> Path:
    """The same lines, every figure as a positive amount with a trend sign RIGHT of it ('874.000 | +': up on the year
    before, '-' down): a column of signs after each figure column says nothing of the next year's figure."""
    rows: list[list] = [["Gemeente Oosterhout"], ["Uitgaven per taak (bedragen in €)"], [],
                        ["Taak", *[y for year in YEARS for y in (str(year), None)]]]
    lines = [(label, [abs(v) for v in values]) for _heading, items in BLOCKS for label, values in items]
    for label, values in lines:
        rows.append([label, *[x for k, v in enumerate(values)
                              for x in (v, "+" if k and v > values[k - 1] else "-" if k else None)]])
    totals = [sum(values[k] for _label, values in lines) for k in range(len(YEARS))]
    rows.append(["Totaal", *[x for k, v in enumerate(totals)
                             for x in (v, "+" if k and v > totals[k - 1] else "-" if k else None)]])
    merges = [(4, 2 + 2 * k, 4, 3 + 2 * k) for k in range(len(YEARS))]
    return typed(path, rows, merges=merges, widths={1: 40}, bold=[len(rows)], orientation="portrait")


def test_a_trend_sign_right_of_each_figure_signs_no_figure(tmp_path, capsys):
    code, report = audited(trend_workbook(tmp_path / "trend.xlsx"), capsys)
    assert report["findings"] == [] and code == 0
    (table,) = report["tables"]
    (total,) = table["relations"]
    assert total["total"] == "Totaal" and total["figures_failing"] == 0
