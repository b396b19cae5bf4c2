"""A GR begrotingswijziging with a group of columns per title, 'Begroting 2025 | Wijziging | Begroting na wijziging',
each merged over Lasten | Baten | Saldo, rows per programma and a Totaal (issue 18, e2). Every relation is checked:
the Totaal row; per group Saldo = Baten - Lasten (or Lasten - Baten: the figures decide); per sub-column Begroting na
wijziging = Begroting + Wijziging. Clean: 0 findings, exit 0; one figure altered: found at its cell with the sum. In
the PDF the merged group titles name each sub-column ('Begroting 2025 Lasten', 'Wijziging Saldo').
A group's saldo that holds neither way is NOT verified."""


import pytest
from openpyxl.styles import Alignment

from published_tables import audited, print_named, widths_of, workbook

GROUPS = ["Begroting 2025", "Wijziging", "Begroting na wijziging"]
# programma: lasten begroting, baten begroting, lasten wijziging, baten wijziging
PROGRAMMAS = [("Programma 1 Jeugdgezondheidszorg", 1250000, 1310000, 45000, 52000),
              ("Programma 2 Publieke gezondheid", 840000, 790000, 30000, 18000),
              ("Programma 3 Veilig Thuis", 460000, 480000, -12000, 0),
              ("Programma 4 Bedrijfsvoering", 390000, 360000, 8000, 13000)]

def lines(order=1):
    rows = []
    for name, lb, bb, lw, bw in PROGRAMMAS:
        row = [name]
        for l, b in ((lb, bb), (lw, bw), (lb + lw, bb + bw)):
            row += [l, b, order * (b - l)]
        rows.append(row)
    rows.append(["Totaal"] + [sum(r[i] for r in rows) for i in range(1, 10)])
    return rows

def build(path, order=1, alter=None, delete=None, rows=None):
    """Two titles, the groups merged and centred over their Lasten, Baten and Saldo (row 4), those set right (row 5),
    the lines."""
    rs = rows if rows is not None else lines(order)
    if alter: r, c, v = alter; rs[r][c] = v
    if delete is not None: del rs[delete]

    def align(cell):
        if cell.row == 4:
            cell.alignment = Alignment(horizontal="center")
        elif cell.row == 5 and cell.column > 1:
            cell.alignment = Alignment(horizontal="right")

    groups = [None]
    for g in GROUPS:
        groups += [g, None, None]
    return workbook(path, [["Gemeenschappelijke regeling GGD Regio Noord"], ["Eerste begrotingswijziging 2025"], [],
                           groups, ["Programma"] + ["Lasten", "Baten", "Saldo"] * len(GROUPS), *rs],
                    title="Wijziging", number_format="#,##0;-#,##0", figures=lambda r, c, value: r >= 6 and c > 1,
                    merges=[(4, 2 + 3 * k, 4, 4 + 3 * k) for k in range(len(GROUPS))], each=align,
                    widths=widths_of(34, 12, "BCDEFGHIJ"))

COLUMNS = [f"{g} {s}" for g in GROUPS for s in ("Lasten", "Baten", "Saldo")]


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    folder = tmp_path_factory.mktemp("groepen")
    sources = {"bl": build(folder / "bl.xlsx"), "lb": build(folder / "lb.xlsx", order=-1),
               "plus1": build(folder / "plus1.xlsx", alter=(1, 4, 30001)),        # Programma 2 Wijziging Lasten
               "saldo": build(folder / "saldo.xlsx", alter=(2, 9, 32001)),        # Programma 3 na wijziging Saldo
               "deleted": build(folder / "deleted.xlsx", delete=1)}
    return sources, print_named(sources)



def findings(data: dict) -> list[tuple]:
    return sorted((f["row_label"], f["column"], f["expected"], f["found"]) for f in data["findings"])


@pytest.mark.parametrize("kind", ["xlsx", "pdf"])
@pytest.mark.parametrize("name", ["bl", "lb"])
def test_groups_clean_check_every_relation(files, name, kind, capsys):
    code, data = audited(files[kind == "pdf"][name], capsys)
    assert (code, data["verdict"], data["findings"], data["not_verified"]) == (0, "clean", [], 0)
    table = data["tables"][0]
    assert table["columns"] == COLUMNS
    relations = {(r["axis"], r["total"]): (sorted(r["parts"]), r["figures_failing"]) for r in table["relations"]}
    assert relations[("row", "Totaal")][1] == 0
    for group in GROUPS:
        parts = [f"-{group} Lasten", f"{group} Baten"] if name == "bl" else [f"-{group} Baten", f"{group} Lasten"]
        assert relations[("column", f"{group} Saldo")] == (sorted(parts), 0)
    for sub in ("Lasten", "Baten"):
        assert relations[("column", f"Begroting na wijziging {sub}")] == (
            sorted([f"Begroting 2025 {sub}", f"Wijziging {sub}"]), 0)


@pytest.mark.parametrize("kind", ["xlsx", "pdf"])
def test_groups_plus_one_found_on_its_line_and_at_the_totaal(files, kind, capsys):
    code, data = audited(files[kind == "pdf"]["plus1"], capsys)
    assert code == 1
    # Programma 2's Wijziging Lasten 30.000 -> 30.001: its Wijziging Saldo, its Begroting na wijziging Lasten and
    # the Totaal's Wijziging Lasten each fail with the sum of the figures as printed
    assert findings(data) == sorted([
        ("Programma 2 Publieke gezondheid", "Begroting na wijziging Lasten", "870001", "870000"),
        ("Programma 2 Publieke gezondheid", "Wijziging Saldo", "-12001", "-12000"),
        ("Totaal", "Wijziging Lasten", "71001", "71000")])


@pytest.mark.parametrize("kind", ["xlsx", "pdf"])
def test_groups_altered_saldo_found_on_its_line(files, kind, capsys):
    code, data = audited(files[kind == "pdf"]["saldo"], capsys)
    assert code == 1
    # (the Totaal adds up with the line's true saldo: it is not blamed; as printed its lines make 12.001, a
    # 'follows' finding)
    assert findings(data) == [("Programma 3 Veilig Thuis", "Begroting na wijziging Saldo", "32000", "32001"),
                              ("Totaal", "Begroting na wijziging Saldo", "12001", "12000")]
    assert sorted((f["row_label"], f["kind"]) for f in data["findings"]) == [("Programma 3 Veilig Thuis", "sum"),
                                                                            ("Totaal", "follows")]


@pytest.mark.parametrize("kind", ["xlsx", "pdf"])
def test_groups_deleted_line_found_at_the_totaal(files, kind, capsys):
    code, data = audited(files[kind == "pdf"]["deleted"], capsys)
    assert (code, data["not_verified"]) == (1, 0)
    assert {(f["row_label"], f["column"]) for f in data["findings"]} == {("Totaal", c) for c in COLUMNS}


def test_a_group_saldo_neither_way_is_not_verified_never_a_sign_guessed(tmp_path, capsys):
    """'Wijziging Saldo' printed lasten - baten on two lines and baten - lasten on the other two: the figures give no
    sign, so the column is NOT verified (exit 1), not read either way nor passed over."""
    mixed = lines()
    for row in mixed[:2]:
        row[6] = -row[6]
    mixed[4][6] = sum(row[6] for row in mixed[:4])
    path = tmp_path / "gemengd.xlsx"
    build(path, rows=mixed)
    code, data = audited(path, capsys)
    assert (code, data["verdict"], data["findings"]) == (1, "not verified", [])
    assert [v["total"] for v in data["tables"][0]["not_verified"]] == ["Wijziging Saldo"]
