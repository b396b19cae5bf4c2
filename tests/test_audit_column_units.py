"""pyengine audit on a total column in one unit beside columns in another: a gemeente's sportparken, per park the
natuurgras and the kunstgras each over 'ha' and '€' (a two-level header), then 'Totaal' over '€'. The Totaal € column
is the € columns only (the ha columns between them are no part of it): the table as typed audits clean, and a +1 in
one park's Kunstgras € is a finding at that park's Totaal €, expecting the € columns' sum (and one at the Kunstgras €
total below it) (as xlsx and as PDF
printed by LibreOffice)."""

from pathlib import Path

import pytest
from openpyxl.styles import Alignment

from published_tables import audited, print_named, workbook

PARKS = [  # (park, natuurgras ha, natuurgras €, kunstgras ha, kunstgras €)
    ("Sportpark De Horst", 4, 61250, 2, 84300),
    ("Sportpark Oosterveld", 6, 92800, 1, 45150),
    ("Sportpark Het Broek", 3, 47400, 3, 126900),
    ("Sportpark Zuidwijk", 5, 75600, 2, 88250),
    ("Sportpark De Vennen", 2, 31900, 1, 42700),
]


def rows(edit=None):
    """The parks and their Totaal line; `edit` (park, index, value) alters one typed figure afterwards (the totals
    stay as printed)."""
    lines = [[park, nh, ne, kh, ke, ne + ke] for park, nh, ne, kh, ke in PARKS]
    total = ["Totaal sportparken", *(sum(line[k] for line in lines) for k in range(1, 6))]
    if edit is not None:
        park, k, value = edit
        next(line for line in lines if line[0] == park)[k] = value
    return [*lines, total]


def sportparken(path: Path, lines) -> Path:
    def align(cell):
        if cell.row in (3, 4) and cell.column > 1:
            cell.alignment = Alignment(horizontal="center")

    return workbook(path, [["Gemeente Heuvelrand: onderhoud sportparken 2025"], [],
                           ["Sportpark", "Natuurgras", None, "Kunstgras", None, "Totaal"],
                           [None, "ha", "€", "ha", "€", "€"], *lines],
                    title="Sportparken", number_format="#,##0", each=align, widths={"A": 28}, merges=["B3:C3", "D3:E3"],
                    figures=lambda r, c, value: r >= 5 and isinstance(value, int))


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    folder = tmp_path_factory.mktemp("sportparken")
    sources = {"clean": sportparken(folder / "sportparken.xlsx", rows()),
               "plus": sportparken(folder / "sportparken-plus.xlsx", rows(("Sportpark Het Broek", 4, 126901)))}
    return {"xlsx": sources, "pdf": print_named(sources)}


@pytest.mark.parametrize("kind", ["xlsx", "pdf"])
def test_clean_table_has_no_findings(files, kind, capsys):
    code, data = audited(files[kind]["clean"], capsys)
    assert (code, data["verdict"], data["findings"], data["not_verified"]) == (0, "clean", [], 0)


@pytest.mark.parametrize("kind", ["xlsx", "pdf"])
def test_one_euro_figure_off_by_one_is_one_finding_at_its_total(files, kind, capsys):
    code, data = audited(files[kind]["plus"], capsys)
    assert code == 1
    # the park's Totaal € (its € columns, not its ha) and, the table being cross-footed, the Kunstgras € total
    assert sorted((f["row_label"], f["column"], f["expected"], f["found"]) for f in data["findings"]) == [
        ("Sportpark Het Broek", "Totaal €", str(47400 + 126901), str(47400 + 126900)),
        ("Totaal sportparken", "Kunstgras €", "387301", "387300")]
    if kind == "xlsx":
        assert sorted(f["cell"] for f in data["findings"]) == ["E10", "F7"]
