"""A PDF's notation (Dutch 1.854 / 0,75 or English 1,854 / 0.75) is read from its figures, not from its line codes
(trial22 t01): a table in thousands of euros whose lines carry codes '1.01' ... '4.05' and whose figures stay below
1.000 except the subtotals ('Subtotaal onderwijs 1.854') was read as English, its subtotals as 1,854, and every one
of them reported (18 false findings). The codes lead their lines and do not vote."""

import pytest

from published_tables import audited, print_to_pdf, workbook

BLOCKS = [("Onderwijs", [("4.01", "Tijdelijke huisvesting", [51, 397]), ("4.02", "Laaggeletterdheid", [484, 0]),
                         ("4.03", "Onderwijsachterstanden", [457, 213]), ("4.04", "Sloop noodlokalen", [303, 314]),
                         ("4.05", "Schoolzwemmen", [559, 0])]),
          ("Wonen", [("8.01", "Omgevingswet", [418, 89]), ("8.02", "Woningbouwversnelling", [576, 460]),
                     ("8.03", "Erfgoedkaart", [564, 0])])]


def table(path, plus: int = 0):
    """Codes typed as text; the first line's 2026 raised by `plus` (its subtotal and total left as they were)."""
    rows = [["Incidentele lasten"], ["Bedragen x € 1.000"], ["Nr.", "Omschrijving", "Begroting 2026", "Raming 2027"]]
    grand = [0, 0]
    for name, lines in BLOCKS:
        rows.append([None, name])
        sub = [sum(f[k] for __, __, f in lines) for k in range(2)]
        rows += [[code, label, *figures] for code, label, figures in lines]
        rows.append([None, f"Subtotaal {name.lower()}", *sub])
        grand = [g + s for g, s in zip(grand, sub)]
    rows.append([None, "Totaal incidentele lasten", *grand])
    rows[4][2] += plus
    return workbook(path, rows, title="Blad1", widths={"A": 7, "B": 30, "C": 15, "D": 15}, orientation=None)


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory):
    folder = tmp_path_factory.mktemp("notatie")
    clean, plus = print_to_pdf([table(folder / "schoon.xlsx"), table(folder / "plus_een.xlsx", 1)])
    return {"clean": clean, "plus one": plus}


def test_subtotals_in_thousands_beside_line_codes_read_dutch(pdfs, capsys):
    code, report = audited(pdfs["clean"], capsys)
    assert (code, report["findings"]) == (0, [])
    assert [(r["total"], r["figures_failing"]) for r in report["tables"][0]["relations"]
            if r["total"].startswith(("Subtotaal", "Totaal"))] == [
        ("Subtotaal onderwijs", 0), ("Subtotaal wonen", 0), ("Totaal incidentele lasten", 0)]


def test_a_line_raised_by_one_is_found_at_its_subtotal_in_thousands(pdfs, capsys):
    code, report = audited(pdfs["plus one"], capsys)
    assert code == 1
    assert [(f["row_label"], f["column"], f["expected"], f["found"]) for f in report["findings"]
            if f["kind"] == "sum"] == [("Subtotaal onderwijs", "Begroting 2026", "1855", "1854")]
