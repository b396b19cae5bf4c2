"""Lines whose label states their formula in the letters or numbers of the table's code column (issue 18; trial24's
X1 and X2): a renteschema (BBV) numbers its lines a, b, c1, c2, c3, d1, d2, e in a column left of the label and
states the derived lines' formulas as '(a - b)', '(a - b - c)', '(a - b - c + d)' and 'e - (a - b - c + d)': 'c'
names the lines c1, c2, c3 together, a bracket inside the formula turns its signs, and a part of the formula that a
line above states is that line (the scheme builds each line on the one before: with a line of c deleted, '(a - b -
c)' fails, not '(a - b - c + d)' as well). A liquiditeitsprognose states '(3) Kasstroom: (1) - (2)' after a colon,
its numbers in brackets. The audit exited 1 on the clean renteschema with no finding (two lines 'NOT verified':
'its label's formula names line c, which is not in the table') and missed the failing kasstroom."""

from decimal import Decimal

import pytest

from published_tables import workbook
from pyengine.audit import audit, main as audit_main
from pyengine.audit.rules import group_of, label_formula

D = Decimal
YEARS = ["2025", "2026", "2027"]


def renteschema(*, a=(5120, 4870, 5310), b=(615, 598, 702), c=((140, 95, 210), (0, 0, 0), (260, 240, 310)),
                d=((35, 0, 0), (0, 12, 0)), e=(4100, 4050, 4255), saldo_ab=None, delete=None, f_plus=(0, 0, 0)):
    """A renteschema typed as a gemeente prints it: the letters in column A, the derived lines without one; each
    derived figure made from the lines as typed, `saldo_ab` printed instead of a - b where given (the lines below
    made from the true a - b), `f_plus` added to f as printed; `delete`: the name
    of a line left out after the figures were made (its derived lines left as printed)."""
    ab = [x - y for x, y in zip(a, b)]
    abc = [s - sum(col) for s, col in zip(ab, zip(*c))]
    abcd = [s + sum(col) for s, col in zip(abc, zip(*d))]
    f = [x - y + z for x, y, z in zip(e, abcd, f_plus)]
    body = [
        ["a", "Externe rentelasten over korte en lange financiering", *a],
        ["b", "Externe rentebaten", *b],
        [None, "Saldo externe rente (a - b)", *(ab if saldo_ab is None else saldo_ab)],
        ["c1", "Rente doorberekend aan grondexploitaties", *c[0]],
        ["c2", "Rente projectfinanciering toegerekend aan projecten", *c[1]],
        ["c3", "Rentebaten van doorverstrekte leningen", *c[2]],
        [None, "Toe te rekenen externe rente (a - b - c)", *abc],
        ["d1", "Rente over het eigen vermogen", *d[0]],
        ["d2", "Rente over de voorzieningen", *d[1]],
        [None, "Totaal toe te rekenen rente (a - b - c + d)", *abcd],
        None,
        ["e", "Aan taakvelden toegerekende rente (renteomslag)", *e],
        ["f", "Renteresultaat taakveld treasury (e - (a - b - c + d))", *f],
    ]
    rows = [["Renteschema begroting 2025"], ["bedragen x € 1.000"], [None, "Renteschema", *YEARS]]
    rows += [[] if line is None else line for line in body if line is None or line[1] != delete]
    return rows


def kasstroom(*, ontvangsten_plus=(0, 0, 0, 0)):
    """A liquiditeitsprognose: begin saldo, (1) and (2) the totals of two blocks under headings, (3) = (1) - (2)
    stated after a colon with its numbers in brackets, the eind saldo."""
    quarters = ["K1", "K2", "K3", "K4"]
    ontvangsten = [[4210, 5030, 4775, 4410], [1120, 880, 905, 1290], [230, 415, 180, 312]]
    uitgaven = [[3880, 3710, 3950, 4020], [1450, 620, 840, 1515], [0, 210, 0, 245]]
    one = [sum(col) for col in zip(*ontvangsten)]
    two = [sum(col) for col in zip(*uitgaven)]
    three = [x - y for x, y in zip(one, two)]
    printed_one = [x + p for x, p in zip(one, ontvangsten_plus)]
    begin = [900]
    for k in range(3):
        begin.append(begin[k] + three[k])
    eind = [x + y for x, y in zip(begin, three)]
    return [["Liquiditeitsprognose 2026"], [], [None, *quarters],
            ["Liquide middelen begin kwartaal", *begin], [],
            ["Ontvangsten"],
            ["Bijdragen deelnemers", *ontvangsten[0]], ["Rijksbijdragen", *ontvangsten[1]],
            ["Overige ontvangsten", *ontvangsten[2]],
            ["(1) Totaal ontvangsten", *printed_one], [],
            ["Uitgaven"],
            ["Personeel", *uitgaven[0]], ["Materiële uitgaven", *uitgaven[1]], ["Aflossingen", *uitgaven[2]],
            ["(2) Totaal uitgaven", *two], [],
            ["(3) Kasstroom in het kwartaal: (1) - (2)", *three], [],
            ["Liquide middelen einde kwartaal", *eind]]


def typed(tmp_path, rows, name="tabel.xlsx"):
    return workbook(tmp_path / name, rows, number_format="[$-413]#,##0;[$-413]-#,##0;\"-\"",
                    figures=lambda r, c, value: isinstance(value, int) and r > 3)


def sums(report):
    return [(f.row_label, f.column, f.expected, f.found, bool(f.follows_from)) for f in report.findings]


@pytest.mark.parametrize("text, terms", [
    ("Renteresultaat (e - (a - b - c + d))", ((1, "e"), (-1, "a"), (1, "b"), (1, "c"), (-1, "d"))),
    ("Toe te rekenen externe rente (a - b - c)", ((1, "a"), (-1, "b"), (-1, "c"))),
    ("(3) Kasstroom in het kwartaal: (1) - (2)", ((1, "1"), (-1, "2"))),
    ("Saldo = 1 - (2 + 3)", ((1, "1"), (-1, "2"), (-1, "3"))),
    # no formula: an unclosed bracket, one number after a colon, a scale
    ("Saldo (a - (b)", None), ("Toelichting: (1)", None), ("Bedragen: x € 1.000", None)])
def test_a_formula_with_brackets_inside_or_after_a_colon(text, terms):
    assert label_formula(text) == terms


@pytest.mark.parametrize("text, group", [("c1 Rente grondexploitaties", "c"), ("D2 Voorzieningen", "d"),
                                         ("1b Lasten", "1"), ("2025 Lasten", None), ("c Rente", None)])
def test_a_line_numbered_inside_a_group(text, group):
    assert group_of(text) == group


def test_a_renteschema_is_held_to_the_formulas_its_labels_state(tmp_path):
    path = typed(tmp_path, renteschema())
    report = audit(path)
    assert (report.findings, report.unverified, report.verdict) == ((), (), "clean")
    relations = {r.total: r for t in report.tables for r in t.relations}
    assert relations["Saldo externe rente (a - b)"].parts == (
        "a Externe rentelasten over korte en lange financiering", "-b Externe rentebaten")
    # 'c' is c1, c2 and c3; 'a - b' is the line stating it
    assert relations["Toe te rekenen externe rente (a - b - c)"].parts == (
        "Saldo externe rente (a - b)", "-c1 Rente doorberekend aan grondexploitaties",
        "-c2 Rente projectfinanciering toegerekend aan projecten", "-c3 Rentebaten van doorverstrekte leningen")
    assert relations["Totaal toe te rekenen rente (a - b - c + d)"].parts == (
        "Toe te rekenen externe rente (a - b - c)", "d1 Rente over het eigen vermogen",
        "d2 Rente over de voorzieningen")
    assert relations["f Renteresultaat taakveld treasury (e - (a - b - c + d))"].parts == (
        "e Aan taakvelden toegerekende rente (renteomslag)", "-Totaal toe te rekenen rente (a - b - c + d)")
    assert {r.rule for r in relations.values()} == {"formula in the label"}
    assert audit_main(str(path)) == 0


def test_a_line_of_a_group_deleted_fails_the_line_naming_the_group_only(tmp_path):
    report = audit(typed(tmp_path, renteschema(delete="Rentebaten van doorverstrekte leningen")))
    assert sums(report) == [("Toe te rekenen externe rente (a - b - c)", year, D(expected), D(found), False)
                            for year, expected, found in (("2025", 4365, 4105), ("2026", 4177, 3937),
                                                          ("2027", 4398, 4088))]


def test_a_wrong_saldo_fails_the_line_built_on_it_as_a_consequence(tmp_path):
    report = audit(typed(tmp_path, renteschema(saldo_ab=(4605, 4272, 4608))))
    # (as printed, 4.605 - 400 = 4.205 where 4.105 stands: a consequence of the wrong saldo, nothing more)
    assert sums(report) == [("Saldo externe rente (a - b)", "2025", D(4505), D(4605), False),
                            ("Toe te rekenen externe rente (a - b - c)", "2025", D(4205), D(4105), True)]


def test_a_wrong_renteresultaat_is_found(tmp_path):
    report = audit(typed(tmp_path, renteschema(f_plus=(0, 100, 0))))
    assert sums(report) == [("f Renteresultaat taakveld treasury (e - (a - b - c + d))", "2026", D(101), D(201),
                             False)]


def test_a_kasstroom_stated_as_numbered_totals_is_held_to_them(tmp_path):
    clean = audit(typed(tmp_path, kasstroom()))
    assert (clean.findings, clean.unverified, clean.verdict) == ((), (), "clean")
    relations = {r.total: r for t in clean.tables for r in t.relations}
    assert relations["(3) Kasstroom in het kwartaal: (1) - (2)"].parts == ("(1) Totaal ontvangsten", "-(2) Totaal uitgaven")
    report = audit(typed(tmp_path, kasstroom(ontvangsten_plus=(0, 0, 50, 0)), "tot.xlsx"))
    assert sums(report) == [("(1) Totaal ontvangsten", "K3", D(5860), D(5910), False),
                            ("(3) Kasstroom in het kwartaal: (1) - (2)", "K3", D(1120), D(1070), True)]
