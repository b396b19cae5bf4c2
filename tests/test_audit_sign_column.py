"""A column of signs beside the labels ('+' inkomsten, '-' uitgaven, '=' a result; tests/corpora/trial34/MECHANISMS.md
class B) gives each line its sign but is no word of its name: a finding names 'Zaalverhuur', not 'Zaalverhuur +'
(in a PDF the sign prints on the label's line and is read into it; the same holds there)."""

import openpyxl

from published_tables import audited
from test_audit_result_words import halls


def test_a_finding_names_the_line_without_its_sign(tmp_path, capsys):
    path = halls(tmp_path / "p1.xlsx")
    book = openpyxl.load_workbook(path)
    book.active["C4"] = book.active["C4"].value + 1   # 'Zaalverhuur' at De Schakel, its totals as they were
    book.save(path)
    code, report = audited(path, capsys)
    assert code == 1
    assert {(f["cell"], f["row_label"], f["column"]) for f in report["findings"]} == {
        ("F4", "Zaalverhuur", "Totaal"), ("C10", "Exploitatieresultaat voor subsidie", "De Schakel")}
