"""Columns under group titles of two years, and a 'waarvan' column (tests/corpora/trial33/MECHANISMS.md class A):
last school year's 'Totaal meldingen' printed beside this year's columns is no total of them, and 'waarvan
proces-verbaal' beside this year's 'Totaal meldingen' is a part of that total, no term of any sum. The column walk
took the prior year's total as this year's total plus its 'waarvan', failing on every line: a finding on every line
of a table that adds up."""

from published_tables import audited, print_named, workbook

LINES = [("Basisonderwijs", 37, 152, 208), ("Speciaal onderwijs", 8, 41, 60), ("Praktijkonderwijs", 12, 90, 95),
         ("Havo", 21, 133, 170), ("Vwo", 9, 80, 77)]


def verzuim(path, plus: int = 0, prior_word: str = "Leerlingen"):
    """Schooljaar 2024/2025 over Luxe | Relatief | Totaal meldingen | a column of its own (no part of any sum),
    Schooljaar 2023/2024 over its Totaal meldingen; `plus` added to Havo's Totaal meldingen of this year."""
    rows = [["Verzuimmeldingen per schoolsoort"], [],
            ["Schoolsoort", "Schooljaar 2024/2025", None, None, None, "Schooljaar 2023/2024"],
            [None, "Luxe verzuim", "Relatief verzuim", "Totaal meldingen", prior_word, "Totaal meldingen"]]
    for label, luxe, relatief, prior in LINES:
        total = luxe + relatief + (plus if label == "Havo" else 0)
        rows.append([label, luxe, relatief, total, 400 + 3 * luxe, prior])
    rows.append(["Totaal", *(sum(row[c] for row in rows[4:]) - (plus if c == 3 else 0) for c in range(1, 6))])
    return workbook(path, rows, merges=["B3:E3"], bold=[3, 4, 10],
                    widths={"A": 24, "B": 20, "C": 20, "D": 20, "E": 20, "F": 20})


def test_last_years_total_is_no_total_of_this_years_columns(tmp_path, capsys):
    code, clean = audited(verzuim(tmp_path / "clean.xlsx"), capsys)
    assert (code, clean["verdict"], clean["findings"]) == (0, "clean", [])
    columns = [(r["total"], r["parts"], r["figures_failing"]) for r in clean["tables"][0]["relations"]
               if r["axis"] == "column"]
    assert columns == [("Totaal meldingen Schooljaar 2024/2025",
                        ["Schooljaar 2024/2025 Luxe verzuim", "Schooljaar 2024/2025 Relatief verzuim"], 0)]
    assert clean["tables"][0]["not_verified"] == []
    # one wrong figure of this year's total is still found, at its cell, with the sum of its columns (and the
    # column's Totaal line, its lines now 5 more)
    code, wrong = audited(verzuim(tmp_path / "wrong.xlsx", plus=5), capsys)
    assert code == 1
    assert [(f["cell"], f["row_label"], f["column"], f["expected"], f["found"]) for f in wrong["findings"]] == \
        [("D8", "Havo", "Schooljaar 2024/2025 Totaal meldingen", "154", "159"),
         ("D10", "Totaal", "Schooljaar 2024/2025 Totaal meldingen", "588", "583")]


def test_a_waarvan_column_is_no_term_of_a_sum(tmp_path, capsys):
    """'Kosten 2025' merged over Personeel | Materieel | Inhuur | waarvan uitzendkrachten | Totaal: the Totaal is
    the first three; the 'waarvan' column is inside Inhuur, never added again (under a group title too, where its
    name no longer starts with 'waarvan': 'Kosten 2025 waarvan uitzendkrachten')."""
    def kosten(path, plus: int = 0):
        rows = [["Kosten per team"], [], ["Team", "Kosten 2025"],
                [None, "Personeel", "Materieel", "Inhuur", "waarvan uitzendkrachten", "Totaal"]]
        lines = [("Noord", 1200, 450, 330), ("Oost", 980, 610, 215), ("Zuid", 1430, 275, 500), ("West", 760, 380, 90)]
        for label, personeel, materieel, inhuur in lines:
            rows.append([label, personeel, materieel, inhuur, inhuur // 3,
                         personeel + materieel + inhuur + (plus if label == "Zuid" else 0)])
        rows.append(["Totaal", *(sum(row[c] for row in rows[4:]) - (plus if c == 5 else 0) for c in range(1, 6))])
        return workbook(path, rows, merges=["B3:F3"], bold=[3, 4, 9],
                        widths={"A": 20, "B": 14, "C": 14, "D": 14, "E": 24, "F": 14})

    code, clean = audited(kosten(tmp_path / "clean.xlsx"), capsys)
    assert (code, clean["verdict"], clean["findings"]) == (0, "clean", [])
    columns = [(r["total"], r["parts"], r["figures_failing"]) for r in clean["tables"][0]["relations"]
               if r["axis"] == "column"]
    assert columns == [("Totaal Kosten 2025", ["Kosten 2025 Personeel", "Kosten 2025 Materieel", "Kosten 2025 Inhuur"],
                        0)]
    code, wrong = audited(kosten(tmp_path / "wrong.xlsx", plus=10), capsys)
    assert code == 1
    assert [(f["cell"], f["row_label"], f["column"], f["expected"], f["found"]) for f in wrong["findings"]] == \
        [("F7", "Zuid", "Kosten 2025 Totaal", "2205", "2215"), ("F9", "Totaal", "Kosten 2025 Totaal", "7230", "7220")]


def test_last_years_total_beside_this_years_columns_in_print(tmp_path, capsys):
    pdfs = print_named({"clean": verzuim(tmp_path / "clean.xlsx"), "wrong": verzuim(tmp_path / "wrong.xlsx", plus=5)},
                       tmp_path)
    code, clean = audited(pdfs["clean"], capsys)
    assert (code, clean["verdict"], clean["findings"]) == (0, "clean", [])
    code, wrong = audited(pdfs["wrong"], capsys)
    assert code == 1
    assert [(f["row_label"], f["expected"], f["found"]) for f in wrong["findings"]] == \
        [("Havo", "154", "159"), ("Totaal", "588", "583")]


def test_a_later_years_stand_is_made_of_the_year_before(tmp_path, capsys):
    """'Stand 1-1-2026' | 2026 over Mutaties | Stand 31-12-2026 | 2027 over Mutaties | Stand 31-12-2027: a year's stand
    is the year before's stand plus its mutaties, across the group titles of two years (only last year's figures are
    never made of this year's)."""
    def reserves(path, plus: int = 0):
        rows = [["Overzicht reserves"], [],
                ["Reserve", "Stand 1-1-2026", "2026", None, "2027", None],
                [None, None, "Mutaties", "Stand 31-12-2026", "Mutaties", "Stand 31-12-2027"]]
        lines = [("Algemene reserve", 14850, -1200, 350), ("Reserve sociaal domein", 3200, 400, -250),
                 ("Reserve onderhoud", 980, -180, 120), ("Reserve afval", 1100, 75, -90)]
        for label, start, first, second in lines:
            rows.append([label, start, first, start + first, second,
                         start + first + second + (plus if label == "Reserve onderhoud" else 0)])
        rows.append(["Totaal reserves", *(sum(row[c] for row in rows[4:]) - (plus if c == 5 else 0)
                                          for c in range(1, 6))])
        return workbook(path, rows, merges=["B3:B4", "C3:D3", "E3:F3"], bold=[3, 4, 9],
                        widths={"A": 26, "B": 16, "C": 12, "D": 18, "E": 12, "F": 18})

    code, clean = audited(reserves(tmp_path / "clean.xlsx"), capsys)
    assert (code, clean["verdict"], clean["findings"]) == (0, "clean", [])
    columns = [(r["total"], r["parts"]) for r in clean["tables"][0]["relations"] if r["axis"] == "column"]
    assert ("Stand 31-12-2027 2027", ["Stand 31-12-2026 2026", "2027 Mutaties"]) in columns
    code, wrong = audited(reserves(tmp_path / "wrong.xlsx", plus=7), capsys)
    assert code == 1
    assert ("F7", "Reserve onderhoud", "2027 Stand 31-12-2027", "920", "927") in \
        [(f["cell"], f["row_label"], f["column"], f["expected"], f["found"]) for f in wrong["findings"]]
