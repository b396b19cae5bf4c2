"""A column of signs between the labels and the figures ('+' for what comes in, '-' for what goes out, '=' on the
result; trial34 t03): the sign is read, each line added or taken off as it says, but it is no part of the line's
name. The audit named its findings 'Schoonmaak -' and 'Saldo exploitatie =', names the table does not print as a
line's name: a finding names 'Schoonmaak'. In a PDF the sign prints beside the label and is read as its last word:
where every line ends in one, it is that column still."""

from decimal import Decimal as D

import pytest

from published_tables import print_named, workbook
from pyengine.audit import audit
from pyengine.audit import main as audit_main

HOUSES = ["De Schakel", "Het Trefpunt", "De Linde"]
LINES = [("Zaalverhuur", "+", [19700, 28490, 32530]),
         ("Horeca-omzet", "+", [33230, 34530, 12650]),
         ("Huur vaste gebruikers", "+", [23550, 27870, 20260]),
         ("Energie en water", "-", [9270, 7980, 7530]),
         ("Schoonmaak", "-", [7940, 6360, 5120]),
         ("Administratie", "-", [15170, 9080, 8840])]
SALDO = [sum((1 if sign == "+" else -1) * figures[k] for __, sign, figures in LINES) for k in range(len(HOUSES))]
FIRST = 5   # the sheet row of the first line


def layout(altered: tuple[str, int, int] | None = None):
    """The sheet's rows: `altered` (line, house, +amount) typed into that line's figure, the totals as printed."""
    rows: list[list] = [["Gemeente Westerdal"], ["Exploitatie dorpshuizen 2025"], [],
                        ["Omschrijving", None, *HOUSES, "Totaal"]]
    for label, sign, figures in LINES:
        typed = list(figures)
        if altered and altered[0] == label:
            typed[altered[1]] += altered[2]
        rows.append([label, sign, *typed, sum(figures)])
    rows.append(["Saldo exploitatie", "=", *SALDO, sum(SALDO)])
    return rows


def write(path, **options):
    return workbook(path, layout(**options), title="Dorpshuizen", bold=[4, FIRST + len(LINES)],
                    widths={"A": 28, "B": 4, "C": 13, "D": 13, "E": 13, "F": 13})


def found(report):
    return [(f.row_label, f.column, f.expected, f.found) for f in report.findings]


SCHOONMAAK = [figures for label, __, figures in LINES if label == "Schoonmaak"][0]
EXPECTED = [("Schoonmaak", "Totaal", D(sum(SCHOONMAAK) + 1), D(sum(SCHOONMAAK))),
            ("Saldo exploitatie", "De Schakel", D(SALDO[0] - 1), D(SALDO[0]))]


def test_the_signs_are_read_and_no_line_is_named_with_its_sign(tmp_path):
    report = audit(write(tmp_path / "schoon.xlsx"))
    assert report.findings == () and report.unverified == ()
    relations = {r.total: r.parts for r in report.tables[0].relations if r.axis == "row"}
    # (the result: what comes in less what goes out, each line named as printed, its sign apart)
    assert relations == {"Saldo exploitatie": ("Zaalverhuur", "Horeca-omzet", "Huur vaste gebruikers",
                                               "-Energie en water", "-Schoonmaak", "-Administratie")}
    assert audit_main(str(tmp_path / "schoon.xlsx")) == 0


def test_a_finding_names_the_line_without_its_sign(tmp_path):
    report = audit(write(tmp_path / "p1.xlsx", altered=("Schoonmaak", 0, 1)))
    assert found(report) == EXPECTED
    assert [f.cell for f in report.findings] == [f"F{FIRST + 4}", f"C{FIRST + len(LINES)}"]


@pytest.fixture(scope="module")
def printed(tmp_path_factory):
    folder = tmp_path_factory.mktemp("tekens")
    return print_named({"p1": write(folder / "p1.xlsx", altered=("Schoonmaak", 0, 1))})


def test_the_printed_finding_names_the_line_without_its_sign(printed):
    assert found(audit(printed["p1"])) == EXPECTED
