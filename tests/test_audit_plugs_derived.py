"""A rounding line in a table whose columns are made of other columns (tests/corpora/trial33/MECHANISMS.md class B):
'Afrondingsverschillen' closes the Lasten and Baten of its block in thousands, and its Saldo (Baten - Lasten) and
Verschil saldo (Rekening saldo - Begroting saldo) follow from the line's own figures by the row relations. The plugs in
Lasten and Baten stay findings of kind 'plug' (README: every rounding plug is reported); the derived columns' figures
are no plugs of their own, and a verschil of two saldi (3 = 2 - (-1)) is never called more than rounding explains."""

from published_tables import audited, print_named, workbook

# label, Begroting 2025 Lasten, Baten, Rekening 2025 Lasten, Baten (x € 1.000)
LINES = [("Bestuur en directie", 161, 90, 151, 80), ("Toezicht en handhaving", 745, 20, 698, 170),
         ("Beheer terreinen", 1198, 452, 1303, 386), ("Afrondingsverschillen", 1, 0, -1, 1)]


def recreation(path, plug_label: str = "Afrondingsverschillen"):
    """Begroting 2025 | Rekening 2025 (each Lasten | Baten | Saldo) | Verschil saldo, the rounding line last."""
    rows = [["Programmarekening 2025 per onderdeel (x € 1.000)"], [],
            ["Onderdeel", "Begroting 2025", None, None, "Rekening 2025", None, None, "Verschil saldo"],
            [None, "Lasten", "Baten", "Saldo", "Lasten", "Baten", "Saldo"]]
    totals = [0] * 7
    for label, bl, bb, rl, rb in LINES:
        figures = [bl, bb, bb - bl, rl, rb, rb - rl, (rb - rl) - (bb - bl)]
        rows.append([plug_label if label == "Afrondingsverschillen" else label, *figures])
        totals = [t + f for t, f in zip(totals, figures)]
    rows.append(["Totaal organisatie", *totals])
    return workbook(path, rows, merges=["B3:D3", "E3:G3", "H3:H4", "A3:A4"], bold=[3, 4, 9],
                    widths={"A": 30, **{letter: 12 for letter in "BCDEFGH"}})


def plugs(report) -> list[tuple]:
    return [(f["row_label"], f["column"], f["kind"], f["found"], "more than rounding" in f["check"])
            for f in report["findings"]]


EXPECTED = [("Afrondingsverschillen", "Begroting 2025 Lasten", "plug", "1", False),
            ("Afrondingsverschillen", "Rekening 2025 Lasten", "plug", "-1", False),
            ("Afrondingsverschillen", "Rekening 2025 Baten", "plug", "1", False)]


def test_a_rounding_line_is_a_plug_only_in_the_columns_it_closes_not_in_the_saldi_made_of_them(tmp_path, capsys):
    path = recreation(tmp_path / "t.xlsx")
    code, report = audited(path, capsys)
    assert code == 1  # the plugs in Lasten and Baten are findings, as the README promises
    assert plugs(report) == EXPECTED
    assert [f["cell"] for f in report["findings"]] == ["B8", "E8", "F8"]
    pdf = print_named({"t": path}, tmp_path)["t"]
    code, report = audited(pdf, capsys)
    assert code == 1
    assert plugs(report) == EXPECTED


def test_a_small_unnamed_closing_line_is_no_plug_in_a_derived_column_either(tmp_path, capsys):
    """The same line called 'Verschil': a plug by its size and role alone, in Lasten and Baten only. Its figures
    in the derived columns are no evidence either way (its 3 in Verschil saldo, beside another line's 0, is not
    'far smaller than every other line'): judged with them, the line was no plug anywhere and the table exited 0."""
    code, report = audited(recreation(tmp_path / "v.xlsx", "Verschil"), capsys)
    assert code == 1
    assert [(f["cell"], f["column"], f["kind"]) for f in report["findings"]] == \
        [("B8", "Begroting 2025 Lasten", "plug"), ("E8", "Rekening 2025 Lasten", "plug"),
         ("F8", "Rekening 2025 Baten", "plug")]
