"""A staat van langlopende leningen (issue 18, e2): lines per geldgever and lening (BNG Bank, NWB Bank, Provincie,
Overige), flat or grouped under headings with subtotals, columns Oorspronkelijk bedrag | Jaar van afsluiting | Looptijd
(jaren) | Rentepercentage | Saldo 1 januari 2025 | Opgenomen | Aflossingen | Saldo 31 december 2025 | Rentelast 2025.
Only the amounts add up; the year, the term and the rate (the Totaal row may print the average rate) are no sums;
'Saldo 1 januari 2025' opens the stand chain that 'Saldo 31 december 2025' closes, no total of the columns before it,
also after an 'Oorspronkelijk bedrag' the Totaal row sums. As xlsx (openpyxl) and as PDF printed by LibreOffice."""

from pathlib import Path

import pytest
from openpyxl.styles import Alignment

from published_tables import audited, print_named, widths_of, workbook

TITLES = ["Geldgever", "Oorspronkelijk bedrag", "Jaar van afsluiting", "Looptijd (jaren)", "Rentepercentage",
          "Saldo 1 januari 2025", "Opgenomen", "Aflossingen", "Saldo 31 december 2025", "Rentelast 2025"]
BANKS = [["BNG Bank 40.101", 5000000, 2010, 25, 3.25, 2200000, 0, 200000, 2000000, 71500],
         ["BNG Bank 40.245", 3000000, 2015, 20, 1.85, 1950000, 0, 150000, 1800000, 36075],
         ["BNG Bank 40.318", 2500000, 2025, 30, 3.10, 0, 2500000, 0, 2500000, 38750],
         ["NWB Bank 1.22.334", 4000000, 2012, 30, 2.40, 2800000, 0, 140000, 2660000, 67200]]
OTHERS = [["Provincie Utrecht", 1000000, 2018, 10, 0.75, 400000, 0, 100000, 300000, 3000],
          ["Overige", 500000, 2020, 15, 1.50, 400000, 0, 33000, 367000, 6000]]


def total(label: str, lines: list[list], average: bool) -> list:
    """The amounts summed; year, term and rate left blank, or the rate as the average weighted by the saldo."""
    row = [label] + [sum(line[i] for line in lines) if i not in (2, 3, 4) else None for i in range(1, 10)]
    if average:
        row[4] = round(sum(line[4] * line[8] for line in lines) / sum(line[8] for line in lines), 2)
    return row


def rows(variant: str, average: bool = False) -> list[list]:
    if variant == "flat":
        return [TITLES] + BANKS + OTHERS + [total("Totaal langlopende leningen", BANKS + OTHERS, average)]
    return ([TITLES, ["Onderhandse leningen van binnenlandse banken"]] + BANKS + [total("Subtotaal", BANKS, average)]
            + [["Onderhandse leningen van overige binnenlandse sectoren"]] + OTHERS
            + [total("Subtotaal", OTHERS, average), total("Totaal langlopende leningen", BANKS + OTHERS, average)])


def build(path: Path, variant: str, alter=None, delete=None, pct: str = "number", average: bool = False,
          drop: tuple = ()) -> Path:
    """The staat as typed: a title, 'Bedragen in €', the column titles wrapped and set right, the lines (the rate
    as 3.25 with two decimals, or as a percentage, 3,25%), landscape fitted to the page width; `alter` one figure
    (row, column of rows()), `delete` one line, `drop` some columns."""
    lines = [list(line) for line in rows(variant, average)]
    if alter:
        r, c, value = alter
        lines[r][c] = value
    if delete is not None:
        del lines[delete]
    lines = [[v for i, v in enumerate(line) if i not in drop] for line in lines]
    kinds = [t for i, t in enumerate(TITLES) if i not in drop]

    def layout(cell):  # the titles (row 4) and each column's kind of figure
        kind, value = kinds[cell.column - 1], cell.value
        if cell.row == 4:
            cell.alignment = Alignment(wrap_text=True, horizontal="right" if cell.column > 1 else None)
        elif cell.row > 4 and isinstance(value, (int, float)):
            if kind == "Rentepercentage":
                if pct == "percent":
                    cell.value, cell.number_format = value / 100, "0.00%"
                else:
                    cell.number_format = "0.00"
            else:
                cell.number_format = "0" if kind.startswith(("Jaar", "Looptijd")) else "#,##0"

    return workbook(path, [["Staat van langlopende leningen 2025"], ["Bedragen in €"], [], *lines], title="Leningen",
                    number_format=None, each=layout, widths=widths_of(34, 14, "BCDEFGHIJ"))


VARIANTS = {"flat": {"variant": "flat"}, "grouped": {"variant": "grouped"},
            "flat-average": {"variant": "flat", "average": True},
            "grouped-percent": {"variant": "grouped", "average": True, "pct": "percent"},
            "short": {"variant": "grouped", "drop": (1, 2, 3)}}
# (row in rows(), column in TITLES): Aflossingen of BNG Bank 40.245 +1; the NWB Bank line deleted
ALTERED = {"plus1": {"alter": (2, 7, 150001)}, "deleted": {"delete": 4}}


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    folder = tmp_path_factory.mktemp("leningen")
    sources = {}
    for name, options in VARIANTS.items():
        for change, more in {"clean": {}, **ALTERED}.items():
            if options["variant"] == "grouped":  # (a heading row above the lines)
                more = {"delete": 5} if change == "deleted" else {"alter": (3, 7, 150001)} if more else more
            sources[(name, change)] = build(folder / f"{name}-{change}.xlsx", **options, **more)
    return sources, print_named(sources)



@pytest.mark.parametrize("kind", ["xlsx", "pdf"])
@pytest.mark.parametrize("name", list(VARIANTS))
def test_a_staat_van_leningen_as_published_is_clean(files, name, kind, capsys):
    code, data = audited(files[kind == "pdf"][(name, "clean")], capsys)
    assert (code, data["verdict"], data["findings"], data["not_verified"]) == (0, "clean", [], 0)
    relations = {(r["axis"], r["total"]): r for r in data["tables"][0]["relations"]}
    chain = relations[("column", "Saldo 31 december 2025")]
    assert (chain["parts"], chain["figures_failing"]) == (
        ["Saldo 1 januari 2025", "Opgenomen", "-Aflossingen"], 0)
    assert relations[("row", "Totaal langlopende leningen")]["figures_failing"] == 0


@pytest.mark.parametrize("kind", ["xlsx", "pdf"])
@pytest.mark.parametrize("name", list(VARIANTS))
def test_a_staat_van_leningen_plus_one_is_found_on_its_line_and_at_the_totals(files, name, kind, capsys):
    code, data = audited(files[kind == "pdf"][(name, "plus1")], capsys)
    assert code == 1
    got = sorted((f["row_label"], f["column"], f["expected"], f["found"]) for f in data["findings"])
    total = "Subtotaal" if VARIANTS[name]["variant"] == "grouped" else "Totaal langlopende leningen"
    expected = [("BNG Bank 40.245", "Saldo 31 december 2025", "1799999", "1800000")]
    if VARIANTS[name]["variant"] == "grouped":
        expected.append(("Subtotaal", "Aflossingen", "490001", "490000"))
    else:
        expected.append((total, "Aflossingen", "623001", "623000"))
    assert got == sorted(expected)


@pytest.mark.parametrize("kind", ["xlsx", "pdf"])
@pytest.mark.parametrize("name", list(VARIANTS))
def test_a_staat_van_leningen_deleted_line_is_found_at_its_total(files, name, kind, capsys):
    code, data = audited(files[kind == "pdf"][(name, "deleted")], capsys)
    assert code == 1 and data["not_verified"] == 0
    got = {(f["row_label"], f["column"]): (f["expected"], f["found"]) for f in data["findings"]}
    total = "Subtotaal" if VARIANTS[name]["variant"] == "grouped" else "Totaal langlopende leningen"
    assert {label for label, __ in got} == {total}
    # the NWB Bank line: Saldo 1 januari 2.800.000, Aflossingen 140.000, Saldo 31 december 2.660.000
    assert got[(total, "Saldo 1 januari 2025")][1] == str(int(got[(total, "Saldo 1 januari 2025")][0]) + 2800000)
    assert got[(total, "Saldo 31 december 2025")][1] == str(int(got[(total, "Saldo 31 december 2025")][0]) + 2660000)
    assert (total, "Jaar van afsluiting") not in got and (total, "Rentepercentage") not in got
