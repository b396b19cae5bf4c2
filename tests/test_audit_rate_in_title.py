"""A column of amounts whose title names the rate they were computed at is summed (issue 18, e62; trial35 t10).

A municipality's verzekeringsportefeuille: Polis | Premie excl. assurantiebelasting | Assurantiebelasting 21% |
Premie incl. assurantiebelasting, subtotals per branch and a grand total. The '%' in 'Assurantiebelasting 21%' is the
rate of the tax, not the unit of its figures (euros, far beyond 100, never formatted as percent). It was read as a
column of percentages, summed by no rule: a subtotal altered in it was never asked and the file exited 0 with
"every total adds up". A title's '%' after a number of one or two digits is a rate; a year's '2026 %', a
'% van totaal', or figures printed with '%' stay percentages. Typed tables (openpyxl), xlsx and the PDF LibreOffice
prints."""

from pathlib import Path

import pytest

from published_tables import audited, print_named, workbook

HEADER = ["Polis", "Premie excl. assurantiebelasting", "Assurantiebelasting 21%", "Premie incl. assurantiebelasting"]
BRANCHES = [("Subtotaal gebouwen", [("Stadhuis", 41230), ("Sporthal Noord", 12870), ("Gemeentewerf", 9460)]),
            ("Subtotaal aansprakelijkheid", [("Algemene aansprakelijkheid", 58210), ("Cyberrisico", 23440),
                                             ("Milieuaansprakelijkheid", 7980)])]


def portfolio(path: Path, *, extra: int = 0) -> Path:
    """The portfolio; the second subtotal's Assurantiebelasting `extra` more than its lines (and its incl. along)."""
    rows: list[list] = [["Verzekeringsportefeuille 2025"], [], HEADER]
    subtotals = []
    for name, policies in BRANCHES:
        lines = [[label, premium, round(premium * 0.21), premium + round(premium * 0.21)] for label, premium in policies]
        rows.extend(lines)
        subtotals.append([name, *[sum(line[k] for line in lines) for k in (1, 2, 3)]])
        rows.append(subtotals[-1])
    subtotals[-1][2] += extra
    subtotals[-1][3] += extra
    rows.append(["Totaal verzekeringspremies", *[sum(s[k] for s in subtotals) for k in (1, 2, 3)]])
    bold = [r for r, row in enumerate(rows, start=1) if row and str(row[0]).startswith(("Subtotaal", "Totaal"))]
    return workbook(path, rows, bold=bold, widths={"A": 30, "B": 36, "C": 26, "D": 36})


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    folder = tmp_path_factory.mktemp("rate")
    books = {"clean": portfolio(folder / "polis.xlsx"), "sub": portfolio(folder / "polis-sub.xlsx", extra=3000)}
    printed = print_named(books)
    return {**books, **{f"{name}.pdf": pdf for name, pdf in printed.items()}}


@pytest.mark.parametrize("name", ["clean", "clean.pdf"])
def test_the_rated_column_adds_up_in_the_clean_table(files, name, capsys):
    code, data = audited(files[name], capsys)
    assert (code, data["verdict"], data["findings"]) == (0, "clean", [])
    assert "Assurantiebelasting 21%" in data["tables"][0]["columns"]
    # each subtotal and the grand total checked in all three columns
    assert [r["figures_checked"] for r in data["tables"][0]["relations"] if r["axis"] == "row"] == [3, 3, 3]


@pytest.mark.parametrize("name", ["sub", "sub.pdf"])
def test_a_subtotal_altered_in_the_rated_column_is_found(files, name, capsys):
    """Before: the column skipped, `no findings: every total adds up`, exit 0."""
    code, data = audited(files[name], capsys)
    assert code == 1
    first = data["findings"][0]
    assert (first["row_label"], first["column"]) == ("Subtotaal aansprakelijkheid", "Assurantiebelasting 21%")
    assert (first["expected"], first["found"]) == (
        str(sum(round(p * 0.21) for _, p in BRANCHES[1][1])), str(sum(round(p * 0.21) for _, p in BRANCHES[1][1]) + 3000))
