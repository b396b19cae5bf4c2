"""A table printed with an empty row under every line (issue 18, e68; trial36 t05):

A GGD's toezicht kinderopvang per type of onderzoek, a half-height empty row after each line (double spacing), a
heading and a 'Subtotaal' per group, a Totaal of the subtotals. With one line of a two-line group deleted, its
subtotal stood after an empty row right under the one line left: every empty row ended a block, so the subtotal
was 'not checked here (nothing comes before it in its block)' and the Totaal took it and that line as two of its
parts, failing in every column for a subtotal it did not make. A deleted line is a finding at the total that no
longer adds up, and the Totaal is not blamed for it: where every line stands under an empty row, an empty row
alone is the print's spacing, no end of a block; two together still end one.

Typed as a person types it (openpyxl, Dutch formats, the empty rows 6 points high), printed by LibreOffice."""

from pathlib import Path

import pytest

from published_tables import audited, print_to_pdf, relation, workbook

GROUPS = [
    ("Kinderdagverblijven", "Subtotaal Kinderdagverblijven", [
        ("Onderzoek voor registratie", (104, 71, 45210, 70930)),
        ("Jaarlijks onderzoek", (63, 41, 38840, 61020)),
        ("Incidenteel onderzoek", (48, 29, 6150, 59880)),
    ]),
    ("Gastouderopvang", "Subtotaal Gastouderopvang", [
        ("Gastouderbureaus", (41, 23, 7470, 70140)),
        ("Voorzieningen gastouderopvang", (72, 66, 28310, 45620)),
    ]),
]
COLUMNS = ("Aantal locaties", "Aantal inspecties", "Kosten GGD", "Kosten handhaving", "Kosten totaal")


def line(figures) -> list[int]:
    return [*figures, figures[2] + figures[3]]


def toezicht_book(path: Path, deleted: str | None = None) -> Path:
    """Omschrijving | locaties | inspecties | GGD | handhaving | totaal (= GGD + handhaving), an empty row 6 points high
    under every line and every subtotal, a full empty row before each heading and the Totaal; `deleted`: a line left
    out, the totals as they were printed with it."""
    rows = [["Toezicht kinderopvang 2025"], [], ["Omschrijving", *COLUMNS]]
    spacing = []
    subtotals = []
    for heading, subtotal, lines in GROUPS:
        rows.append([heading])
        for name, figures in lines:
            if name != deleted:
                rows += [[name, *line(figures)], []]
                spacing.append(len(rows))
        sums = line([sum(figures[k] for __, figures in lines) for k in range(4)])
        subtotals.append(sums)
        rows += [[subtotal, *sums], []]
        spacing.append(len(rows))
        rows.append([])
    rows.append(["Totaal toezicht kinderopvang", *[sum(s[k] for s in subtotals) for k in range(5)]])

    def style(sheet):
        for r in spacing:
            sheet.row_dimensions[r].height = 6

    return workbook(path, rows, widths={"A": 36, **{letter: 20 for letter in "BCDEF"}}, bold=[3, len(rows)],
                    orientation="portrait", style=style)


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    folder = tmp_path_factory.mktemp("double_spacing")
    books = {"clean": toezicht_book(folder / "toezicht.xlsx"),
             "del": toezicht_book(folder / "toezicht_del.xlsx", "Gastouderbureaus")}
    pdfs = dict(zip(books, print_to_pdf(books.values())))
    return {"xlsx": books, "pdf": pdfs}


KINDS = ["xlsx", "pdf"]


@pytest.mark.parametrize("kind", KINDS)
def test_a_double_spaced_table_adds_up(files, kind, capsys):
    code, data = audited(files[kind]["clean"], capsys)
    assert (code, data["verdict"], data["findings"], data["not_verified"]) == (0, "clean", [], 0)
    for __, subtotal, lines in GROUPS:
        assert relation(data, subtotal)["parts"] == [name for name, __ in lines]
    assert relation(data, "Totaal toezicht kinderopvang")["parts"] == [subtotal for __, subtotal, __ in GROUPS]


@pytest.mark.parametrize("kind", KINDS)
def test_a_line_deleted_from_a_double_spaced_group_is_found_at_its_subtotal(files, kind, capsys):
    code, data = audited(files[kind]["del"], capsys)
    assert code == 1 and data["not_verified"] == 0
    found = relation(data, "Subtotaal Gastouderopvang")
    assert found["parts"] == ["Voorzieningen gastouderopvang"] and found["figures_failing"] == 5
    # (the Totaal, made of the three subtotals as printed, holds: it is not blamed for the subtotal)
    assert relation(data, "Totaal toezicht kinderopvang")["figures_failing"] == 0
    got = [(f["row_label"], f["column"], f["expected"], f["found"]) for f in data["findings"]]
    left = line(GROUPS[1][2][1][1])
    printed = line([sum(figures[k] for __, figures in GROUPS[1][2]) for k in range(4)])
    assert got == [("Subtotaal Gastouderopvang", column, str(expected), str(shown))
                   for column, expected, shown in zip(COLUMNS, left, printed)]
