"""Group sums with no word of a total, each after its own indented lines (issue 18, e45; trial29's class B): a
gemeentefonds table prints 'Algemene uitkering' after its clusters, 'Integratie-uitkeringen' after the IU lines and
'Decentralisatie-uitkeringen' after the DU lines, none bold, none called a total, the lines above each indented and
the group sum not; then 'Totaal uitkering gemeentefonds', the sum of the three group sums. Only the first group sum
was read as a subtotal (and only where it added up), the others as lines, so the Totaal was checked over the first
group sum, the lines of the later groups and their sums again: it failed in every column of the clean table, and a
line altered or deleted under a group was missed. Each group sum is held to its own lines (the Totaal being their sum,
not the sum of every line), also where one of them fails: a finding there. Here a lastenoverzicht in the same layout,
typed as a person types it (tests/published_tables.py), audited as a workbook and as LibreOffice prints it."""

from decimal import Decimal

import pytest
from openpyxl.styles import Alignment

from published_tables import audited, print_to_pdf, workbook

D = Decimal
TITLES = [None, "Rekening 2024", "Begroting 2025", "Begroting 2026"]
GROUPS = [("Personeelslasten", [("Salarissen en sociale lasten", [18412, 19230, 20115]),
                                ("Inhuur derden", [2310, 1850, 1600]),
                                ("Opleidingen", [412, 450, 470]),
                                ("Reis- en verblijfkosten", [188, 200, 205]),
                                ("Overige personeelslasten", [655, 610, 640])]),
          ("Materiële lasten", [("Huisvesting", [3120, 3245, 3310]),
                                ("ICT en informatievoorziening", [2875, 3010, 3190]),
                                ("Kantoorkosten", [344, 360, 355])]),
          ("Kapitaallasten", [("Rente", [512, 498, 530]),
                              ("Afschrijvingen", [1880, 1925, 2040])])]


def _rows(delete: str | None = None, plus: tuple[str, int] | None = None) -> list:
    """The table: each group's lines, then its sum (no word of a total), then 'Totaal lasten' over the group sums;
    `delete` leaves a line out (its group's sum and the Totaal as printed), `plus` (line, column) prints that line's
    figure one hundred too high in that column (its group's sum as printed: only the group sum fails)."""
    rows = [["Lastenoverzicht bedrijfsvoering"], ["(bedragen x € 1.000)"], TITLES]
    sums = []
    for group, lines in GROUPS:
        total = [sum(f[c] for __, f in lines) for c in range(3)]
        sums.append(total)
        for name, figures in lines:
            if name == delete:
                continue
            shown = [f + (100 if plus == (name, c) else 0) for c, f in enumerate(figures)]
            rows.append([name, *shown])
        rows.append([group, *total])
    rows.append(["Totaal lasten", *[sum(s[c] for s in sums) for c in range(3)]])
    return rows


def _indent_the_lines(sheet) -> None:
    """The lines indented, the group sums and the Totaal not (none of the group sums bold)."""
    groups = {group for group, __ in GROUPS}
    for row in sheet.iter_rows(min_row=4):
        label = row[0].value
        if isinstance(label, str) and label not in groups and not label.startswith("Totaal"):
            row[0].alignment = Alignment(indent=2)


def _book(path, rows):
    return workbook(path, rows, widths={"A": 34, "B": 16, "C": 16, "D": 16}, bold=[3, len(rows)],
                    style=_indent_the_lines, orientation="portrait")


def _relations(report):
    return {r["total"]: (r["rule"], r["parts"], r["figures_failing"]) for t in report["tables"] for r in t["relations"]}


def _findings(report):
    return sorted((f["row_label"], f["column"], D(f["expected"]), D(f["found"])) for f in report["findings"]
                  if not f.get("follows_from"))


@pytest.fixture(scope="module")
def printed(tmp_path_factory):
    folder = tmp_path_factory.mktemp("groepen")
    books = {"clean": _book(folder / "lasten.xlsx", _rows()),
             "del": _book(folder / "lasten-del.xlsx", _rows(delete="Opleidingen")),
             "plus": _book(folder / "lasten-p1.xlsx", _rows(plus=("ICT en informatievoorziening", 2)))}
    pdfs = print_to_pdf(books.values())
    return {key: (books[key], pdf) for key, pdf in zip(books, pdfs)}


@pytest.mark.parametrize("kind", [0, 1], ids=["xlsx", "pdf"])
def test_each_group_sum_is_the_subtotal_of_its_lines_and_the_totaal_of_the_group_sums(printed, capsys, kind):
    code, report = audited(printed["clean"][kind], capsys)
    assert (code, report["findings"], report["not_verified"]) == (0, [], 0)
    relations = _relations(report)
    for group, lines in GROUPS:
        rule, parts, failing = relations[group]
        assert (parts, failing) == ([name for name, __ in lines], 0), group
    assert relations["Kapitaallasten"][0] == "group sums before their total"
    assert relations["Totaal lasten"][1:] == ([group for group, __ in GROUPS], 0)


@pytest.mark.parametrize("kind", [0, 1], ids=["xlsx", "pdf"])
def test_a_line_deleted_under_the_first_group_is_found_at_its_group_sum_in_every_column(printed, capsys, kind):
    code, report = audited(printed["del"][kind], capsys)
    assert code == 1
    got = _findings(report)
    assert [label for label, *__ in got] == ["Personeelslasten"] * 3
    assert sorted(found - expected for *__, expected, found in got) == sorted(D(f) for f in (412, 450, 470))
    assert _relations(report)["Totaal lasten"][2] == 0


@pytest.mark.parametrize("kind", [0, 1], ids=["xlsx", "pdf"])
def test_a_line_altered_under_a_middle_group_is_found_at_its_group_sum_not_the_totaal(printed, capsys, kind):
    code, report = audited(printed["plus"][kind], capsys)
    assert code == 1
    assert [(label, column, found - expected) for label, column, expected, found in _findings(report)] == \
        [("Materiële lasten", "Begroting 2026", -100)]
    assert _relations(report)["Totaal lasten"][2] == 0


def test_a_subtotal_inside_its_block_with_lines_after_it_is_no_group_sum(tmp_path, capsys):
    """A balans's 'Eigen vermogen' under the reserves, then the voorzieningen and the schulden as lines of their own
    (no sum after them) and 'Totaal vaste passiva' over the eigen vermogen and those lines: one subtotal inside its
    block, not groups each closed by its sum; the last line, no sum of the lines above it, stays a line."""
    rows = [["Balans per 31 december"], ["(bedragen x € 1.000)"], [None, "2025", "2024"],
            ["Algemene reserve", 27865, 21485], ["Bestemmingsreserves", 18716, 10124],
            ["Gerealiseerd resultaat", -1233, 2898], ["Eigen vermogen", 45348, 34507],
            ["Voorzieningen", 5420, 5110], ["Onderhandse leningen", 61200, 64800], ["Waarborgsommen", 310, 295]]
    rows.append(["Totaal vaste passiva", *[sum(r[c] for r in rows[6:]) for c in (1, 2)]])
    code, report = audited(_book(tmp_path / "balans.xlsx", rows), capsys)
    assert (code, report["findings"], report["not_verified"]) == (0, [], 0)
    relations = _relations(report)
    assert relations["Eigen vermogen"][0] == "subtotal inside its block"
    assert relations["Totaal vaste passiva"][1:] == (["Eigen vermogen", "Voorzieningen", "Onderhandse leningen",
                                                      "Waarborgsommen"], 0)
