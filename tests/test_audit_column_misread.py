"""A relation of columns that misses by far more than rounding on (nearly) every line is a misreading, not an error in
the table (tests/corpora/trial33/MECHANISMS.md class A, its third cause): one wrong figure fails in its own line, a
deleted line makes its total fail, not every line. Such a relation is NOT verified, with its reason (the file does
not exit 0 and does not say every total adds up), never a finding on every line."""

from published_tables import audited, workbook

# (label, personeel, materieel, kapitaallasten): the kapitaallasten are in the Totaal, but not printed
LINES = [("Bestuur", 1200, 450, 300), ("Burgerzaken", 980, 610, 120), ("Wegen", 1430, 275, 900),
         ("Groen", 760, 380, 210), ("Sport", 540, 220, 480), ("Cultuur", 610, 145, 95)]


def lasten(path, *, hidden: bool = True, plus: int = 0, without: str = "", scale: bool = False):
    """Personeel | Materieel | Totaal per taakveld and a 'Totaal lasten' line; the Totaal includes the kapitaallasten
    not printed (`hidden`) or is Personeel + Materieel; `plus` added to Wegen's Totaal; the line `without` left out
    after the Totaal lasten line was computed (a deleted line); `scale`: a table 'x € 1.000' whose Totaal misses
    each line by 1 (an afrondingsverschil)."""
    rows = [["Lasten per taakveld" + (" (x € 1.000)" if scale else "")], [],
            ["Taakveld", "Personeel", "Materieel", "Totaal"]]
    totals = [0, 0, 0]
    for label, personeel, materieel, kapitaal in LINES:
        total = personeel + materieel + (kapitaal if hidden else 0) + (1 if scale else 0)
        figures = [personeel, materieel, total]
        totals = [a + b for a, b in zip(totals, figures)]
        if label != without:
            rows.append([label, *figures[:2], total + (plus if label == "Wegen" else 0)])
    rows.append(["Totaal lasten", *totals[:2], totals[2] - (len(LINES) if scale else 0)])
    return workbook(path, rows, bold=[3, len(rows)], widths={"A": 24, "B": 14, "C": 14, "D": 14})


def test_a_relation_failing_on_every_line_is_not_verified(tmp_path, capsys):
    code, report = audited(lasten(tmp_path / "misread.xlsx"), capsys)
    assert (code, report["verdict"], report["findings"]) == (1, "not verified", [])
    assert [(u["total"], u["axis"]) for u in report["tables"][0]["not_verified"]] == [("Totaal", "column")]
    assert report["tables"][0]["not_verified"][0]["reason"].startswith(
        "Personeel + Materieel miss it by more than rounding in 7 of the 7 lines compared")
    assert not [r for r in report["tables"][0]["relations"] if r["axis"] == "column"]


def test_one_wrong_figure_is_still_a_finding(tmp_path, capsys):
    code, report = audited(lasten(tmp_path / "wrong.xlsx", hidden=False, plus=100), capsys)
    assert (code, report["verdict"]) == (1, "findings")
    assert [(f["cell"], f["row_label"], f["column"], f["expected"], f["found"]) for f in report["findings"]] == \
        [("D6", "Wegen", "Totaal", "1705", "1805"), ("D10", "Totaal lasten", "Totaal", "7700", "7600")]
    assert report["tables"][0]["not_verified"] == []


def test_a_deleted_line_is_a_finding_at_its_total(tmp_path, capsys):
    code, report = audited(lasten(tmp_path / "deleted.xlsx", hidden=False, without="Groen"), capsys)
    assert (code, report["verdict"]) == (1, "findings")
    assert [(f["cell"], f["row_label"], f["column"], f["expected"], f["found"]) for f in report["findings"]] == \
        [("B9", "Totaal lasten", "Personeel", "4760", "5520"), ("C9", "Totaal lasten", "Materieel", "1700", "2080"),
         ("D9", "Totaal lasten", "Totaal", "6460", "7600")]
    assert report["tables"][0]["not_verified"] == []


def test_a_miss_by_rounding_on_every_line_is_no_misreading(tmp_path, capsys):
    code, report = audited(lasten(tmp_path / "rounded.xlsx", hidden=False, scale=True), capsys)
    assert report["tables"][0]["not_verified"] == []
    assert [(f["cell"], f["within_rounding"]) for f in report["findings"] if f["row_label"] != "Totaal lasten"] == \
        [(f"D{row}", True) for row in range(4, 10)]
