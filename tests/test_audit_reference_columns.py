"""A column of references (a decision's kenmerk: 'BZK/2024-118', 'PG 2023-04417') between the lines' names and their
figures is a column of its own, no part of the names: a finding names the line as its label column gives it, not
'Regeling X BZK/2024-118' (issue 18, trial23 t07_overlopende_passiva_p1: its finding at 'Nationaal Programma
Onderwijs OCW/NPO-2022' was no finding at 'Nationaal Programma Onderwijs')."""

import pytest

from published_tables import audited, print_to_pdf, workbook

TITLES = ["Regeling", "Kenmerk beschikking", "Saldo 1 januari", "Ontvangen", "Besteed", "Saldo 31 december"]
LINES = [("Regeling bodemsanering", "IenW/2022-3310", [412_500, 150_000, -287_250]),
         ("Brede aanpak dakloosheid", "VWS/2024-907", [0, 96_400, -41_800]),
         ("Versnellingsaanpak energietransitie", "PG 2023-04417", [233_100, 310_000, -402_650]),
         ("Regionale aanpak laaggeletterdheid", "OCW/RAL-24", [58_940, 61_200, -70_115])]


def table(path, wrong=None):
    rows = [["Staat van voorschotbedragen met een specifiek bestedingsdoel"], [], TITLES]
    for label, reference, figures in LINES:
        closing = sum(figures) + (1 if label == wrong else 0)
        rows.append([label, reference, *figures, closing])
    rows.append(["Totaal", None, *(sum(line[2][k] for line in LINES) for k in range(3)),
                 sum(sum(line[2]) for line in LINES)])
    return workbook(path, rows, title="Blad1", bold=[3, len(rows)],
                    widths={"A": 38, "B": 18, "C": 15, "D": 15, "E": 15, "F": 15})


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    folder = tmp_path_factory.mktemp("kenmerk")
    wrong = table(folder / "saldo_een_te_veel.xlsx", wrong="Brede aanpak dakloosheid")
    return {"xlsx": wrong, "pdf": print_to_pdf([wrong])[0]}


@pytest.mark.parametrize("name", ["xlsx", "pdf"])
def test_a_finding_names_the_line_without_its_kenmerk(files, name, capsys):
    code, report = audited(files[name], capsys)
    assert code == 1
    expected = sum(LINES[1][2])
    total = sum(sum(line[2]) for line in LINES)
    assert [(f["row_label"], f["column"], f["expected"], f["found"]) for f in report["findings"]] == [
        ("Brede aanpak dakloosheid", "Saldo 31 december", str(expected), str(expected + 1)),
        ("Totaal", "Saldo 31 december", str(total + 1), str(total))]
