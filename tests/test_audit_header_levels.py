"""Three header rows whose totals stand a level up (tests/corpora/trial34/MECHANISMS.md class F): 'Contactmomenten'
merged over '0-4 jaar' | '4-18 jaar' | 'Totaal', the age groups over their contacts in the third row, 'Totaal' with
nothing under it; beside it 'Bijdrage (€)' over 'Uniform deel' | 'Maatwerk' | 'Totaal', nothing under them either; a
region's heading under the header. The third row's last title ('Groep 7') heads its own column only: a title in a
lower row never spans past a column titled in a row above it. Before, it was carried onto every column right of it
('Contactmomenten Totaal Groep 7', 'Bijdrage (€) Totaal Groep 7'): the two row totals were no totals, never checked."""

from published_tables import audited, workbook

PLACES = [("Den Helder", [416, 4051, 458, 432], [989696, 64655]),
          ("Schagen", [690, 3120, 512, 498], [845120, 51230]),
          ("Texel", [120, 980, 150, 141], [310450, 18870])]


def jgz(path, contact_plus: int = 0, bijdrage_plus: int = 0):
    """`contact_plus` / `bijdrage_plus` added to Schagen's printed 'Contactmomenten Totaal' / 'Bijdrage Totaal'."""
    rows = [["JGZ 2025"], [],
            [None, "Contactmomenten", None, None, None, None, "Bijdrage (€)"],
            [None, "0-4 jaar", None, "4-18 jaar", None, "Totaal", "Uniform deel", "Maatwerk", "Totaal"],
            ["Gemeente", "Huisbezoek", "Consult", "Groep 2", "Groep 7"],
            ["Regio Noord"]]
    for name, contacts, bijdrage in PLACES:
        plus = (contact_plus, bijdrage_plus) if name == "Schagen" else (0, 0)
        rows.append([name, *contacts, sum(contacts) + plus[0], *bijdrage, sum(bijdrage) + plus[1]])
    columns = list(zip(*(r[1:] for r in rows[6:])))
    rows.append(["Totaal Regio Noord", *(sum(c) for c in columns)])
    return workbook(path, rows, merges=["B3:F3", "G3:I3", "B4:C4", "D4:E4"], bold=[3, 4, 5, len(rows)])


def test_totals_a_level_up_are_their_own(tmp_path, capsys):
    code, report = audited(jgz(tmp_path / "clean.xlsx"), capsys)
    assert code == 0 and report["findings"] == []
    columns = report["tables"][0]["columns"]
    assert columns[4:] == ["Contactmomenten Totaal", "Bijdrage (€) Uniform deel", "Bijdrage (€) Maatwerk",
                           "Bijdrage (€) Totaal"]
    checked = {r["total"] for r in report["tables"][0]["relations"] if r["axis"] == "column"}
    assert {"Totaal Contactmomenten", "Totaal Bijdrage (€)"} <= checked


def test_a_wrong_row_total_under_a_group_title_is_found(tmp_path, capsys):
    code, report = audited(jgz(tmp_path / "p1.xlsx", contact_plus=1, bijdrage_plus=1000), capsys)
    assert code == 1
    found = {(f["cell"], f["row_label"], f["expected"], f["found"]) for f in report["findings"]}
    assert ("F8", "Schagen", "4820", "4821") in found
    assert ("I8", "Schagen", "896350", "897350") in found
