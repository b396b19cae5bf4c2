"""pyengine audit on a group of columns titled as a total after groups of the same own titles: a gemeente's
kinderopvang per kern, 'Peuteropvang', 'VVE' and 'Totaal' each merged over 'Begroot' | 'Werkelijk', so 'Totaal
Begroot' = 'Peuteropvang Begroot' + 'VVE Begroot' with the Werkelijk columns between its parts ('column groups'). The
table as typed audits clean with both total columns checked; a +1 in one kern's VVE Werkelijk is a finding at that
kern's Totaal Werkelijk, expecting the two Werkelijk columns' sum (as xlsx and as PDF printed by LibreOffice)."""

from pathlib import Path

import pytest
from openpyxl.styles import Alignment

from published_tables import audited, print_named, workbook

KERNEN = [  # (kern, peuteropvang begroot, werkelijk, vve begroot, werkelijk)
    ("Kern Oudewater", 184500, 179320, 96400, 101250),
    ("Kern Hekendorp", 62300, 65180, 31800, 29740),
    ("Kern Papekop", 48700, 46210, 22500, 24630),
    ("Kern Snelrewaard", 39600, 41870, 18200, 17490),
    ("Kern Goejanverwellesluis", 27400, 26350, 12900, 13880),
]


def rows(edit=None):
    """The kernen with their Totaal columns and the Totaal line; `edit` (kern, index, value) alters one typed figure
    afterwards (the totals stay as printed)."""
    lines = [[kern, pb, pw, vb, vw, pb + vb, pw + vw] for kern, pb, pw, vb, vw in KERNEN]
    total = ["Totaal kinderopvang", *(sum(line[k] for line in lines) for k in range(1, 7))]
    if edit is not None:
        kern, k, value = edit
        next(line for line in lines if line[0] == kern)[k] = value
    return [*lines, total]


def opvang(path: Path, lines) -> Path:
    def align(cell):
        if cell.row in (3, 4) and cell.column > 1:
            cell.alignment = Alignment(horizontal="center")

    return workbook(path, [["Gemeente Lopikerwaard: kinderopvang per kern 2025"], [],
                           ["Kern", "Peuteropvang", None, "VVE", None, "Totaal", None],
                           [None, "Begroot", "Werkelijk", "Begroot", "Werkelijk", "Begroot", "Werkelijk"], *lines],
                    title="Kinderopvang", number_format="#,##0", each=align, widths={"A": 28},
                    merges=["B3:C3", "D3:E3", "F3:G3"], figures=lambda r, c, value: isinstance(value, int))


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    folder = tmp_path_factory.mktemp("kinderopvang")
    sources = {"clean": opvang(folder / "opvang.xlsx", rows()),
               "plus": opvang(folder / "opvang-plus.xlsx", rows(("Kern Papekop", 4, 24631)))}
    return {"xlsx": sources, "pdf": print_named(sources)}


@pytest.mark.parametrize("kind", ["xlsx", "pdf"])
def test_clean_table_checks_the_total_group_over_the_groups_before_it(files, kind, capsys):
    code, data = audited(files[kind]["clean"], capsys)
    assert (code, data["verdict"], data["findings"], data["not_verified"]) == (0, "clean", [], 0)
    relations = {r["total"]: r for t in data["tables"] for r in t["relations"] if r["axis"] == "column"}
    assert (relations["Totaal Begroot"]["parts"], relations["Totaal Begroot"]["figures_failing"]) == (
        ["Peuteropvang Begroot", "VVE Begroot"], 0)
    assert (relations["Totaal Werkelijk"]["parts"], relations["Totaal Werkelijk"]["figures_failing"]) == (
        ["Peuteropvang Werkelijk", "VVE Werkelijk"], 0)


@pytest.mark.parametrize("kind", ["xlsx", "pdf"])
def test_one_figure_off_by_one_is_found_at_its_lines_total_column(files, kind, capsys):
    code, data = audited(files[kind]["plus"], capsys)
    assert code == 1
    found = {(f["row_label"], f["column"], f["expected"], f["found"]) for f in data["findings"]}
    assert ("Kern Papekop", "Totaal Werkelijk", str(46210 + 24631), str(46210 + 24630)) in found
