"""A 'Bruto ...' line printed plain (not bold, no total's word) under the projects of its block, followed by the
bijdragen derden and a 'Netto ...' line that is Bruto plus those lines: the bruto line is the total of the projects
above it. A project deleted leaves it short of them in every year it had figures in: findings at the bruto line with
the projects' sum, not a plain line passed over and an exit 0 (issue 18: trial17 t08_ws_investeringsplan_del and
trial22 t09_prov_infraprogramma_del, strict xfails until now)."""

import pytest

from published_tables import audited, print_to_pdf, workbook

YEARS = ["2026", "2027", "2028"]
BLOCKS = [("Wegen", [("Reconstructie Kanaalweg", [1_240, 2_310, 0]), ("Brug De Hoeve", [620, 1_875, 3_050]),
                     ("Rotonde Zuidrand", [0, 980, 1_410])], [("Bijdrage regio", [-310, -720, -890])]),
          ("Groen", [("Park Oostzijde", [415, 530, 275]), ("Bomenplan", [180, 210, 240]),
                     ("Speelnatuur Wijk 4", [95, 0, 310])], [("Subsidie provincie", [-120, -150, -160]),
                                                              ("Bijdrage ontwikkelaar", [-60, -40, 0])])]


def total(lines):
    return [sum(figures[k] for __, figures in lines) for k in range(3)]


def table(path, deleted=None):
    rows = [["Investeringsprogramma 2026-2028 (x € 1.000)"], [], ["Project", *YEARS]]
    bold = [3]
    for name, projects, bijdragen in BLOCKS:
        rows.append([name])
        bold.append(len(rows))
        gross = total(projects)
        rows += [[label, *figures] for label, figures in projects if label != deleted]
        rows.append([f"Bruto kosten {name.lower()}", *gross])
        rows += [[label, *figures] for label, figures in bijdragen]
        rows.append([f"Netto kosten {name.lower()}", *(g + b for g, b in zip(gross, total(bijdragen)))])
        bold.append(len(rows))
        rows.append([])
    return workbook(path, rows, title="Blad1", bold=bold, widths={"A": 34, "B": 12, "C": 12, "D": 12})


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    folder = tmp_path_factory.mktemp("bruto")
    clean = table(folder / "programma.xlsx")
    deleted = table(folder / "zonder_brug.xlsx", deleted="Brug De Hoeve")
    clean_pdf, deleted_pdf = print_to_pdf([clean, deleted])
    return {"clean": clean, "deleted": deleted, "clean pdf": clean_pdf, "deleted pdf": deleted_pdf}


@pytest.mark.parametrize("name", ["clean", "clean pdf"])
def test_the_bruto_lines_are_checked_as_totals_of_their_projects(files, name, capsys):
    code, report = audited(files[name], capsys)
    assert (code, report["findings"], report["not_verified"]) == (0, [], 0)
    checked = {(r["total"], r["figures_checked"], r["figures_failing"]) for r in report["tables"][0]["relations"]}
    assert {("Bruto kosten wegen", 3, 0), ("Bruto kosten groen", 3, 0)} <= checked


@pytest.mark.parametrize("name", ["deleted", "deleted pdf"])
def test_a_deleted_project_leaves_its_bruto_line_short(files, name, capsys):
    code, report = audited(files[name], capsys)
    assert code == 1
    projects = BLOCKS[0][1]
    gross = total(projects)
    left = total([line for line in projects if line[0] != "Brug De Hoeve"])
    assert [(f["row_label"], f["column"], f["expected"], f["found"]) for f in report["findings"]] == [
        ("Bruto kosten wegen", year, str(a), str(b)) for year, a, b in zip(YEARS, left, gross)]
