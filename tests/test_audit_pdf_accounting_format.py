"""A table in Excel's accounting format printed to PDF (tests/corpora/trial33/MECHANISMS.md class C): the format sets
the '€' at its cell's left edge and the figure at its right, a nil as '€ -'. Each lone '€' was read as a word of the
line and joined to its label ('Vogelwijk € € €'): the figures were checked, but every finding named a line that does
not exist."""

from published_tables import audited, print_named, workbook

ACCOUNTING = '_ "€" * #,##0_ ;_ "€" * -#,##0_ ;_ "€" * "-"_ ;_ @_ '
LINES = [("Bloemenbuurt", 12500, 3400, 0), ("Vogelwijk", 8750, 0, 1200), ("Rivierenwijk", 15300, 2100, 650),
         ("Centrum", 4600, 900, 0)]


def playgrounds(path, plus: int = 0):
    rows = [["Speelvoorzieningen per wijk"], [], ["Wijk", "Onderhoud", "Vervanging", "Inspectie"]]
    rows += [[label, *figures] for label, *figures in LINES]
    totals = [sum(line[i] for line in LINES) for i in (1, 2, 3)]
    totals[1] += plus
    rows.append(["Totaal", *totals])
    return workbook(path, rows, number_format=ACCOUNTING, bold=[3, 8], widths={"A": 24, "B": 16, "C": 16, "D": 16},
                    orientation=None)


def test_the_accounting_formats_currency_signs_are_no_part_of_the_labels(tmp_path, capsys):
    pdfs = print_named({"clean": playgrounds(tmp_path / "clean.xlsx"),
                        "wrong": playgrounds(tmp_path / "wrong.xlsx", 1000)}, tmp_path)
    code, clean = audited(pdfs["clean"], capsys)
    assert code == 0 and clean["verdict"] == "clean"
    code, wrong = audited(pdfs["wrong"], capsys)
    assert code == 1
    assert [(f["row_label"], f["column"], f["expected"], f["found"]) for f in wrong["findings"]] == \
        [("Totaal", "Vervanging", "6400", "7400")]
