"""A column title typed over two lines of its cell after a dash that stands as a word of its own ('Veer Brakel -'
over 'Herwijnen', a ferry between two places: tests/corpora/trial33/MECHANISMS.md class D) is the two lines a space
apart, 'Veer Brakel - Herwijnen', as the print reads it; only a dash right after a word ('Watersysteem-' over
'beheer') or a year ('2025-' over '2024') is a break inside one word and joins without the space."""

from published_tables import audited, workbook


def ferries(path, plus: int = 0):
    rows = [["Veerdiensten"], [],
            ["Post", "Veer Brakel -\nHerwijnen", "Watersysteem-\nbeheer", "Verschil 2025-\n2024"],
            ["Personeel", 310000, 120000, 4000],
            ["Brandstof", 240158, 80000, -2500],
            ["Totaal lasten", 550158 + plus, 200000, 1500]]
    return workbook(path, rows, bold=[3, 6])


def test_a_title_broken_after_a_dash_of_its_own_keeps_the_space(tmp_path, capsys):
    code, report = audited(ferries(tmp_path / "wrong.xlsx", -1), capsys)
    assert code == 1
    assert [(f["row_label"], f["column"]) for f in report["findings"]] == [("Totaal lasten", "Veer Brakel - Herwijnen")]
    assert report["tables"][0]["columns"] == ["Veer Brakel - Herwijnen", "Watersysteem-beheer", "Verschil 2025-2024"]
