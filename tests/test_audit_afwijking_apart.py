"""pyengine audit on an 'Afwijking' column that is the difference of two columns apart: a gemeente's markten, per markt
'Begroot resultaat' | 'Opbrengsten' | 'Kosten' | 'Resultaat' | 'Afwijking', the Afwijking being Resultaat - Begroot
resultaat, with the realisatie's Opbrengsten and Kosten between them. Such an Afwijking adds up (it is a verschil, no
column of deviations left out of every sum): the table as typed audits clean with it checked; a +1 in one markt's
Afwijking is a finding at that figure, expecting Resultaat - Begroot resultaat (as xlsx and as PDF printed by
LibreOffice)."""

from pathlib import Path

import pytest

from published_tables import audited, print_named, workbook

MARKTEN = [  # (markt, begroot resultaat, opbrengsten, kosten)
    ("Weekmarkt centrum", 38500, 127400, 84650),
    ("Zaterdagmarkt Oost", 12200, 58300, 49870),
    ("Avondmarkt zomer", -4500, 21600, 27350),
    ("Biologische markt", 6800, 34900, 26120),
    ("Kerstmarkt", 9400, 41250, 30980),
]


def rows(edit=None):
    """The markten and their Totaal line; `edit` (markt, index, value) alters one typed figure afterwards (the totals
    stay as printed)."""
    lines = [[name, begroot, opbrengsten, kosten, opbrengsten - kosten, opbrengsten - kosten - begroot]
             for name, begroot, opbrengsten, kosten in MARKTEN]
    total = ["Totaal markten", *(sum(line[k] for line in lines) for k in range(1, 6))]
    if edit is not None:
        name, k, value = edit
        next(line for line in lines if line[0] == name)[k] = value
    return [*lines, total]


def markten(path: Path, lines) -> Path:
    return workbook(path, [["Gemeente Waterrijk: exploitatie markten 2025 (bedragen in €)"], [],
                           ["Markt", "Begroot resultaat", "Opbrengsten", "Kosten", "Resultaat", "Afwijking"], *lines],
                    title="Markten", number_format="#,##0;-#,##0", widths={"A": 26, "B": 18, "C": 14, "D": 14,
                                                                           "E": 14, "F": 14},
                    figures=lambda r, c, value: isinstance(value, int))


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    folder = tmp_path_factory.mktemp("markten")
    sources = {"clean": markten(folder / "markten.xlsx", rows()),
               "plus": markten(folder / "markten-plus.xlsx", rows(("Biologische markt", 5, 34900 - 26120 - 6800 + 1)))}
    return {"xlsx": sources, "pdf": print_named(sources)}


@pytest.mark.parametrize("kind", ["xlsx", "pdf"])
def test_clean_table_checks_the_afwijking(files, kind, capsys):
    code, data = audited(files[kind]["clean"], capsys)
    assert (code, data["verdict"], data["findings"], data["not_verified"]) == (0, "clean", [], 0)
    relations = {r["total"]: r for t in data["tables"] for r in t["relations"] if r["axis"] == "column"}
    assert sorted(relations["Afwijking"]["parts"]) == ["-Begroot resultaat", "Resultaat"]
    assert relations["Afwijking"]["figures_failing"] == 0


@pytest.mark.parametrize("kind", ["xlsx", "pdf"])
def test_an_afwijking_off_by_one_is_found_at_that_figure(files, kind, capsys):
    code, data = audited(files[kind]["plus"], capsys)
    assert code == 1
    found = {(f["row_label"], f["column"], f["expected"], f["found"]) for f in data["findings"]}
    assert ("Biologische markt", "Afwijking", str(34900 - 26120 - 6800), str(34900 - 26120 - 6800 + 1)) in found
