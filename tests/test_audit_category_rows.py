"""pyengine audit on lines that alternate per category: a regio's leerlingenvervoer, per gemeente one line for
'Basisonderwijs' and one for 'Speciaal onderwijs' (a column 'Onderwijssoort' beside the gemeente says which), and
under them 'Totaal basisonderwijs' and 'Totaal speciaal onderwijs', each the sum of every other line (the lines of its
category), then the grand total of both. Each category total is checked over the lines of its category ('lines of its
category'): the table as typed audits clean; a +1 in one gemeente's basisonderwijs line is a finding at 'Totaal
basisonderwijs'; a speciaal onderwijs line deleted is a finding at 'Totaal speciaal onderwijs' in every column (as xlsx
and as PDF printed by LibreOffice)."""

from pathlib import Path

import pytest

from published_tables import audited, print_named, workbook

GEMEENTEN = [  # (gemeente, basisonderwijs: leerlingen, kosten 2024, kosten 2025; speciaal onderwijs: the same)
    ("Gemeente Oosterwolde", (112, 184300, 191250), (64, 402100, 415800)),
    ("Gemeente Brederveld", (87, 139650, 146900), (41, 268400, 277350)),
    ("Gemeente Lindenhout", (153, 251800, 262400), (92, 581250, 598700)),
    ("Gemeente Zandvoorde", (68, 108900, 113450), (37, 229800, 240150)),
    ("Gemeente Hollandsveen", (131, 215600, 224350), (77, 478650, 496200)),
]
KINDS = ("Basisonderwijs", "Speciaal onderwijs")


def rows(edit=None, delete=None):
    """The lines per gemeente and category, an empty row, the category totals and the grand total; `edit` (gemeente,
    kind, index, value) alters one typed figure afterwards, `delete` (gemeente, kind) leaves a line out (the totals
    stay as printed)."""
    lines = [[gemeente, kind, *figures[k]] for gemeente, *figures in GEMEENTEN for k, kind in enumerate(KINDS)]
    totals = [[f"Totaal {kind.lower()}", None, *(sum(line[k] for line in lines if line[1] == kind)
                                                  for k in range(2, 5))] for kind in KINDS]
    grand = ["Totaal leerlingenvervoer", None, *(sum(line[k] for line in lines) for k in range(2, 5))]
    if edit is not None:
        gemeente, kind, k, value = edit
        next(line for line in lines if line[:2] == [gemeente, kind])[k] = value
    if delete is not None:
        lines = [line for line in lines if line[:2] != list(delete)]
    return [*lines, [], *totals, grand]


def vervoer(path: Path, lines) -> Path:
    return workbook(path, [["Regio Veenland: leerlingenvervoer per gemeente en onderwijssoort"], [],
                           ["Gemeente", "Onderwijssoort", "Leerlingen", "Kosten 2024", "Kosten 2025"], *lines],
                    title="Leerlingenvervoer", number_format="#,##0", widths={"A": 26, "B": 20, "C": 12, "D": 14,
                                                                                "E": 14},
                    figures=lambda r, c, value: isinstance(value, int))


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    folder = tmp_path_factory.mktemp("leerlingenvervoer")
    sources = {"clean": vervoer(folder / "vervoer.xlsx", rows()),
               "plus": vervoer(folder / "vervoer-plus.xlsx", rows(edit=("Gemeente Lindenhout", "Basisonderwijs", 3,
                                                                        251801))),
               "deleted": vervoer(folder / "vervoer-del.xlsx", rows(delete=("Gemeente Zandvoorde",
                                                                            "Speciaal onderwijs")))}
    return {"xlsx": sources, "pdf": print_named(sources)}


@pytest.mark.parametrize("kind", ["xlsx", "pdf"])
def test_clean_table_checks_each_category_total_over_its_lines(files, kind, capsys):
    code, data = audited(files[kind]["clean"], capsys)
    assert (code, data["verdict"], data["findings"], data["not_verified"]) == (0, "clean", [], 0)
    relations = {r["total"]: r for t in data["tables"] for r in t["relations"] if r["axis"] == "row"}
    for kind_name in KINDS:
        relation = relations[f"Totaal {kind_name.lower()}"]
        assert relation["rule"] == "lines of its category"
        assert len(relation["parts"]) == len(GEMEENTEN)
        assert relation["figures_failing"] == 0
    assert not any(t["parts_not_in_table"] for t in data["tables"])


@pytest.mark.parametrize("kind", ["xlsx", "pdf"])
def test_a_line_plus_one_is_found_at_its_category_total(files, kind, capsys):
    code, data = audited(files[kind]["plus"], capsys)
    assert code == 1
    found = {(f["row_label"], f["column"], f["expected"], f["found"]) for f in data["findings"]}
    assert ("Totaal basisonderwijs", "Kosten 2024", str(184300 + 139650 + 251801 + 108900 + 215600),
            str(184300 + 139650 + 251800 + 108900 + 215600)) in found


@pytest.mark.parametrize("kind", ["xlsx", "pdf"])
def test_a_deleted_line_is_found_at_its_category_total_in_every_column(files, kind, capsys):
    code, data = audited(files[kind]["deleted"], capsys)
    assert code == 1
    columns = {f["column"] for f in data["findings"] if f["row_label"] == "Totaal speciaal onderwijs"}
    assert columns == {"Leerlingen", "Kosten 2024", "Kosten 2025"}
    assert not any(f["row_label"] == "Totaal basisonderwijs" for f in data["findings"])
