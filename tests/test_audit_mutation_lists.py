"""A list of mutaties of either sign under its heading ('Mutaties decembercirculaire'), closed by the total named after
that heading ('Totaal mutaties decembercirculaire'), printed with explicit signs (+1.234 / -1.234). A line deleted
from it leaves the total short in every figure by that line, whatever its sign: the total is the block's by its
name, so its failing figures are findings with the sum of the lines left, not 'NOT verified' (issue 18, trial23
t09_meicirculaire_del: 'no lines before it add up to it (7 line(s) could be its parts)')."""

import pytest

from published_tables import audited, print_to_pdf, workbook

SIGNED = "[$-413]+#,##0;[$-413]-#,##0;0"
YEARS = ["2026", "2027", "2028"]
START = ("Algemene uitkering primitieve begroting", [54_210_400, 53_980_150, 54_402_775])
LINES = [("Accres", [812_300, 1_104_650, 1_530_200]),
         ("Ontwikkeling maatstaf inwoners", [-120_450, 64_300, -48_975]),
         ("Taakmutatie Wet open overheid", [38_410, 39_020, 39_630]),
         ("Taakmutatie Schuldhulpverlening", [-64_800, -91_250, -133_600]),
         ("Suppletie-uitkering bommenregeling", [45_200, 38_125, 41_050]),
         ("Uitname beschermd wonen", [-210_775, -205_300, -199_825])]
TOTAL = [sum(figures[k] for __, figures in LINES) for k in range(3)]   # 499885, 949545, 1228480
TASKS = [(label, [-f for f in figures]) for label, figures in LINES if label.startswith("Taakmutatie")]
TASKS_TOTAL = [sum(figures[k] for __, figures in TASKS) for k in range(3)]


def table(path, lines):
    """The mutaties and the stand after them, then (as a raadsinformatiebrief sets them apart) the taakmutaties
    taken off again, negative copies of their lines, and the saldo of the two totals."""
    rows = [["Gemeente Voorbeeld: decembercirculaire 2025"], [], ["Omschrijving", *YEARS],
            [START[0], *START[1]], ["Mutaties decembercirculaire"], *[[label, *figures] for label, figures in lines],
            ["Totaal mutaties decembercirculaire", *TOTAL]]
    bold = [3, 5, len(rows)]
    rows.append(["Algemene uitkering na decembercirculaire", *(s + t for s, t in zip(START[1], TOTAL))])
    rows += [[], ["Af: naar de budgetten (taakmutaties)"], *[[label, *figures] for label, figures in TASKS],
             ["Totaal taakmutaties", *TASKS_TOTAL], [],
             ["Per saldo voordeel (+) / nadeel (-)", *(m + t for m, t in zip(TOTAL, TASKS_TOTAL))]]
    bold += [len(rows) - 4 - len(TASKS), len(rows) - 2, len(rows)]
    return workbook(path, rows, title="Blad1", number_format=SIGNED, bold=bold,
                    widths={"A": 42, "B": 14, "C": 14, "D": 14})


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    folder = tmp_path_factory.mktemp("mutaties")
    clean = table(folder / "mutaties.xlsx", LINES)
    deleted = table(folder / "zonder_suppletie.xlsx", [line for line in LINES if not line[0].startswith("Suppletie")])
    clean_pdf, deleted_pdf = print_to_pdf([clean, deleted])
    return {"clean": clean, "deleted": deleted, "clean pdf": clean_pdf, "deleted pdf": deleted_pdf}


@pytest.mark.parametrize("name", ["clean", "clean pdf"])
def test_the_list_of_mutaties_adds_up(files, name, capsys):
    code, report = audited(files[name], capsys)
    assert (code, report["findings"], report["not_verified"]) == (0, [], 0)


@pytest.mark.parametrize("name", ["deleted", "deleted pdf"])
def test_a_deleted_mutatie_leaves_the_total_named_after_its_heading_short(files, name, capsys):
    code, report = audited(files[name], capsys)
    assert code == 1
    suppletie = LINES[4][1]
    assert [(f["row_label"], f["column"], f["expected"], f["found"]) for f in report["findings"]] == [
        ("Totaal mutaties decembercirculaire", year, str(total - missing), str(total))
        for year, total, missing in zip(YEARS, TOTAL, suppletie)]
    assert report["not_verified"] == 0
