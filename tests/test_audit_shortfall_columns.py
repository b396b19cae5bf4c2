"""pyengine audit on a result column in the middle of a table titled as a tekort, no total's or saldo's word: a
gemeente's sportaccommodaties, per accommodatie 'Lasten' | 'Opbrengsten' | 'Exploitatietekort' | 'Bijdrage
sportbond' | 'Gemeentelijk deel', the tekort being Lasten - Opbrengsten with two columns after it. The tekort column
is asked as a verschil is, wherever it stands: the table as typed audits clean with it checked; a +1 in one
accommodatie's tekort is a finding at that figure, expecting Lasten - Opbrengsten (as xlsx and as PDF printed by
LibreOffice)."""

from pathlib import Path

import pytest

from published_tables import audited, print_named, workbook

ACCOMMODATIES = [  # (accommodatie, lasten, opbrengsten, bijdrage sportbond)
    ("Sporthal De Kolk", 412300, 158700, 42000),
    ("Zwembad Het Baken", 986400, 431250, 115000),
    ("Sportpark Molenwijk", 264800, 71350, 18500),
    ("Gymzaal Kerkstraat", 58900, 21400, 0),
    ("Tennispark De Lobben", 74200, 49800, 6200),
]


def rows(edit=None):
    """The accommodaties and their Totaal line; `edit` (accommodatie, index, value) alters one typed figure afterwards
    (the totals stay as printed)."""
    lines = [[name, lasten, opbrengsten, lasten - opbrengsten, bond, lasten - opbrengsten - bond]
             for name, lasten, opbrengsten, bond in ACCOMMODATIES]
    total = ["Totaal sportaccommodaties", *(sum(line[k] for line in lines) for k in range(1, 6))]
    if edit is not None:
        name, k, value = edit
        next(line for line in lines if line[0] == name)[k] = value
    return [*lines, total]


def sport(path: Path, lines) -> Path:
    return workbook(path, [["Gemeente Dijkland: exploitatie sportaccommodaties 2025 (bedragen in €)"], [],
                           ["Accommodatie", "Lasten", "Opbrengsten", "Exploitatietekort", "Bijdrage sportbond",
                            "Gemeentelijk deel"], *lines],
                    title="Sport", number_format="#,##0", widths={"A": 28, "B": 13, "C": 13, "D": 17, "E": 18,
                                                                  "F": 17},
                    figures=lambda r, c, value: isinstance(value, int))


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    folder = tmp_path_factory.mktemp("sport")
    sources = {"clean": sport(folder / "sport.xlsx", rows()),
               "plus": sport(folder / "sport-plus.xlsx", rows(("Sportpark Molenwijk", 3, 264800 - 71350 + 1)))}
    return {"xlsx": sources, "pdf": print_named(sources)}


@pytest.mark.parametrize("kind", ["xlsx", "pdf"])
def test_clean_table_checks_the_tekort_in_the_middle(files, kind, capsys):
    code, data = audited(files[kind]["clean"], capsys)
    assert (code, data["verdict"], data["findings"], data["not_verified"]) == (0, "clean", [], 0)
    relations = {r["total"]: r for t in data["tables"] for r in t["relations"] if r["axis"] == "column"}
    assert (relations["Exploitatietekort"]["parts"], relations["Exploitatietekort"]["figures_failing"]) == (
        ["Lasten", "-Opbrengsten"], 0)


@pytest.mark.parametrize("kind", ["xlsx", "pdf"])
def test_a_tekort_off_by_one_is_found_at_that_figure(files, kind, capsys):
    code, data = audited(files[kind]["plus"], capsys)
    assert code == 1
    found = {(f["row_label"], f["column"], f["expected"], f["found"]) for f in data["findings"]}
    assert ("Sportpark Molenwijk", "Exploitatietekort", str(264800 - 71350), str(264800 - 71350 + 1)) in found
