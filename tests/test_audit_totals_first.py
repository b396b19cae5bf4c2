"""pyengine audit on column groups whose 'Totaal' column comes FIRST, its parts right of it (issue 18, e42; class G of
tests/corpora/trial27/MECHANISMS.md): a sociale dienst's uitkeringen per regeling, 'Aantal huishoudens' merged over
Totaal | Buren | Culemborg | Tiel and 'Uitgaven 2025' merged over the same. The first group's Totaal was never
checked (nothing before it in its block) and the second's was read backwards: the LAST gemeente as Totaal - the
others, so a gemeente's figure +1 was blamed on Tiel. Each group's Totaal is the sum of the gemeenten right of it:
checked, and a figure +1 found at the Totaal of its group. Only a column titled 'Totaal' (or 'Total') alone: a
group opening with 'Bijgestelde begroting' is not turned (tests/test_audit_property.py: our own statements)."""

from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl.styles import Alignment, Font

from published_tables import audited, print_named, workbook as typed

GEMEENTEN = ("Buren", "Culemborg", "Tiel")
LINES = [("Participatiewet", (412, 655, 803), (6180412, 9825310, 12044870)),
         ("IOAW", (31, 44, 52), (496110, 704220, 832150)),
         ("IOAZ", (6, 9, 11), (99050, 148400, 181300)),
         ("Bijzondere bijstand", (380, 512, 590), (342500, 460900, 531100))]


def groups_workbook(path: Path, plus_one: tuple[int, int] | None = None) -> Path:
    """Regeling | Aantal huishoudens (Totaal, 3 gemeenten) | Uitgaven 2025 (Totaal, 3 gemeenten), a Totaal regelingen
    under the lines; `plus_one` (line, column of the 6 gemeente columns) adds 1 there, the totals printed as before."""
    rows: list[list] = [["Regionale Sociale Dienst"], ["Uitkeringen per regeling en per gemeente"], [],
                        ["Regeling", "Aantal huishoudens", None, None, None, "Uitgaven 2025 (in €)", None, None, None],
                        [None, "Totaal", *GEMEENTEN, "Totaal", *GEMEENTEN]]
    sums = [0] * 8
    for k, (label, aantal, uitgaven) in enumerate(LINES):
        figures = [sum(aantal), *aantal, sum(uitgaven), *uitgaven]
        sums = [s + v for s, v in zip(sums, figures)]
        if plus_one is not None and plus_one[0] == k:
            figures[1 + plus_one[1] + (plus_one[1] >= 3)] += 1
        rows.append([label, *figures])
    rows.append(["Totaal regelingen", *sums])

    def each(cell):
        cell.font = Font(name="Arial", size=9, bold=cell.row in (4, 5, len(rows)))
        if cell.row in (4, 5) and cell.column > 1:
            cell.alignment = Alignment(horizontal="center")

    return typed(path, rows, merges=["B4:E4", "F4:I4"], widths={"A": 30, **{c: 12 for c in "BCDEFGHI"}}, each=each)


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    folder = tmp_path_factory.mktemp("totals-first")
    books = {"clean": groups_workbook(folder / "clean.xlsx"),
             "aantal": groups_workbook(folder / "aantal.xlsx", plus_one=(1, 1)),      # IOAW, Culemborg's aantal
             "uitgaven": groups_workbook(folder / "uitgaven.xlsx", plus_one=(2, 4))}  # IOAZ, Culemborg's uitgaven
    return {"xlsx": books, "pdf": print_named(books, folder)}


@pytest.mark.parametrize("kind", ["xlsx", "pdf"])
def test_each_groups_totaal_first_is_the_sum_of_the_columns_right_of_it(files, kind, capsys):
    code, report = audited(files[kind]["clean"], capsys)
    assert report["findings"] == [] and code == 0
    (table,) = report["tables"]
    columns = {r["total"]: r for r in table["relations"] if r["axis"] == "column"}
    assert sorted(columns) == ["Totaal Aantal huishoudens", "Totaal Uitgaven 2025 (in €)"], columns
    for total, relation in columns.items():
        group = total.removeprefix("Totaal ")
        assert sorted(relation["parts"]) == sorted(f"{group} {g}" for g in GEMEENTEN), relation
        assert relation["figures_failing"] == 0
    assert table["not_checked"] == [] and table["not_verified"] == []


@pytest.mark.parametrize("kind", ["xlsx", "pdf"])
@pytest.mark.parametrize("name, line, group, cells", [("aantal", "IOAW", "Aantal huishoudens", ["B7", "D10"]),
                                                      ("uitgaven", "IOAZ", "Uitgaven 2025 (in €)", ["F8", "H10"])])
def test_a_gemeente_plus_one_is_found_at_its_groups_totaal(files, capsys, kind, name, line, group, cells):
    code, report = audited(files[kind][name], capsys)
    assert code == 1
    found = sorted((f["row_label"], f["column"], Decimal(f["found"]) - Decimal(f["expected"]))
                   for f in report["findings"])
    # at the line's Totaal of its group (not at the group's last gemeente as the Totaal less the others), and at the
    # Totaal regelingen of the gemeente's column
    assert found == sorted([(line, f"{group} Totaal", -1), ("Totaal regelingen", f"{group} Culemborg", -1)]), found
    if kind == "xlsx":
        assert sorted(f["cell"] for f in report["findings"]) == cells
