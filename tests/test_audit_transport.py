"""pyengine audit: a page's sum carried forward, 'Transport' and 'Van transport' (issue 18, e50; trial32 t02).

A list of subsidies per instelling over two pages ends page 1 with 'Transport' (the sum of the page's lines) and opens
page 2 with 'Van transport' (the same figures, a line of the grand total's sum). 'Transport' was called nothing: a
line deleted on page 1 left it failing and unreported, and the file exited 0 ('every total adds up'); a changed
Transport was missed. Its 'Van transport', equal to it and sharing its word, read as what it repeats ('Transport =
Van transport: holds') is no reading of it: a sum carried forward is the sum of the lines above it."""

from pathlib import Path

import pytest

from published_tables import audited, workbook

PAGE_1 = [("Stichting Stadsschouwburg", 1297600, 1227215), ("Stichting Filmhuis De Lantaarn", 281200, 257900),
          ("Poppodium Het Paard", 38900, 34655), ("Muziekschool Amadeus", 419500, 419500),
          ("Harmonie St. Caecilia", 247200, 234875), ("Stichting Cultuurhuis Oost", 22000, 19870)]
PAGE_2 = [("Stichting Kamermuziek Plus", 92650, 92650), ("Stichting Beeldende Kunst Noord", 1846100, 1781125),
          ("Vereniging Vrienden van de Molen", 135550, 135550)]


def subsidies(path: Path, *, deleted: str = "", transport: int = 0) -> Path:
    """Instelling | Verleend 2025 | Vastgesteld 2025 | Verschil; page 1's lines, 'Transport', 'Van transport', page 2's
    lines, 'Totaal cultuursubsidies 2025'; `deleted`: that line left out (the figures left as printed); `transport`
    added to Transport's Verleend."""
    rows: list[list] = [["Instelling", "Verleend 2025", "Vastgesteld 2025", "Verschil"]]
    rows += [[name, a, b, b - a] for name, a, b in PAGE_1 if name != deleted]
    carried = [sum(line[k] for line in PAGE_1) for k in (1, 2)]
    rows.append(["Transport", carried[0] + transport, carried[1], carried[1] - carried[0]])
    rows.append(["Van transport", carried[0], carried[1], carried[1] - carried[0]])
    rows += [[name, a, b, b - a] for name, a, b in PAGE_2]
    total = [carried[k - 1] + sum(line[k] for line in PAGE_2) for k in (1, 2)]
    rows.append(["Totaal cultuursubsidies 2025", total[0], total[1], total[1] - total[0]])
    return workbook(path, rows, bold=[len(rows)], widths={"A": 36, "B": 15, "C": 15, "D": 15})


@pytest.fixture(scope="module")
def tables(tmp_path_factory):
    folder = tmp_path_factory.mktemp("transport")
    return {"clean": subsidies(folder / "clean.xlsx"),
            "deleted": subsidies(folder / "del.xlsx", deleted="Muziekschool Amadeus"),
            "changed": subsidies(folder / "sub.xlsx", transport=10000)}


def test_transport_is_the_sum_of_the_lines_above_it(tables, capsys):
    code, data = audited(tables["clean"], capsys)
    assert (code, data["verdict"], data["findings"]) == (0, "clean", [])
    rows = {r["total"]: r["parts"] for t in data["tables"] for r in t["relations"] if r["axis"] == "row"}
    assert rows["Transport"] == [name for name, *__ in PAGE_1]
    assert rows["Totaal cultuursubsidies 2025"] == ["Van transport"] + [name for name, *__ in PAGE_2]


def test_a_line_deleted_above_transport_is_never_passed(tables, capsys):
    """Before: Transport was no total (the file exited 0, 'every total adds up'), then, called one, read as a repeat
    of the 'Van transport' under it."""
    code, data = audited(tables["deleted"], capsys)
    assert code == 1 and data["verdict"] != "clean"
    flagged = [v["total"] for t in data["tables"] for v in t["not_verified"]] + \
        [f["row_label"] for f in data["findings"]]
    assert "Transport" in flagged


def test_a_changed_transport_is_found(tables, capsys):
    code, data = audited(tables["changed"], capsys)
    assert code == 1
    assert ("Transport", "Verleend 2025", 10000) in \
        {(f["row_label"], f["column"], int(f["found"]) - int(f["expected"])) for f in data["findings"]}


def test_a_cost_line_called_transport_is_a_line(tmp_path, capsys):
    """'Transport' is a page's sum carried forward only where its 'Van transport' follows: a cost line of that name
    (Personeel | Huisvesting | Transport | Totaal) is a line of the total under it, never NOT verified."""
    rows = [["Kostensoort", "Begroting 2025", "Begroting 2026"], ["Personeel", 412000, 425500],
            ["Huisvesting", 96500, 98200], ["Transport", 38400, 41250], ["Kantoorkosten", 12750, 13100]]
    rows.append(["Totaal kosten", *[sum(r[k] for r in rows[1:]) for k in (1, 2)]])
    code, data = audited(workbook(tmp_path / "kosten.xlsx", rows, bold=[len(rows)], widths={"A": 30}), capsys)
    assert (code, data["verdict"], data["findings"]) == (0, "clean", [])
    assert [r["parts"] for t in data["tables"] for r in t["relations"] if r["axis"] == "row"] == \
        [["Personeel", "Huisvesting", "Transport", "Kantoorkosten"]]
