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


# ---------------------------------------------------------------------------------------------------------------
# A grand total printed apart (trial24 X3, X5): the totals of blocks, an empty row after each, the grand total
# opening a block of its own, then an 'Af:' line and the netto total (or the saldo the mutaties end in). The grand
# total was left unchecked ('its parts are not in the table'), the netto total with it (NOT verified: the 'Af:' line,
# negative beside a positive verschil, was not taken as printed), and a failing grand total missed.

HEFFINGEN = {"Rioolheffing": [[8120, 8350], [2210, 2190], [415, 402]],
             "Afvalstoffenheffing": [[6630, 6810], [1940, 1885]],
             "Toeristenbelasting": [[720, 805], [310, 298], [95, 120]]}
DETAILS = {"Rioolheffing": ["Eigenaren woningen", "Eigenaren niet-woningen", "Grootverbruikers"],
           "Afvalstoffenheffing": ["Eenpersoonshuishoudens", "Meerpersoonshuishoudens"],
           "Toeristenbelasting": ["Hotels en pensions", "Campings", "Vakantieparken"]}


def opbrengsten(*, grand_plus=(0, 0), total_plus=None):
    """Begroting and realisatie of three heffingen, with their verschil; `grand_plus` added to the grand total as
    printed, `total_plus` (heffing, column, amount) to a heffing's total (the grand total made from the true one)."""
    rows = [["Opbrengst gemeentelijke belastingen"], [], ["Heffing", "Begroting", "Realisatie", "Verschil"]]
    grand = [0, 0]
    for name, figures in HEFFINGEN.items():
        rows.append([name])
        rows += [[label, b, r, r - b] for label, (b, r) in zip(DETAILS[name], figures)]
        total = [sum(col) for col in zip(*figures)]
        grand = [g + t for g, t in zip(grand, total)]
        if total_plus and total_plus[0] == name:
            total[total_plus[1]] += total_plus[2]
        rows += [[f"Totaal {name.lower()}", *total, total[1] - total[0]], []]
    printed = [g + p for g, p in zip(grand, grand_plus)]
    af = [-310, -285]
    netto = [g + a for g, a in zip(grand, af)]
    rows += [["Totaal belastingopbrengsten", *printed, printed[1] - printed[0]],
             ["Af: kwijtschelding", *af, af[1] - af[0]],
             ["Netto belastingopbrengsten", *netto, netto[1] - netto[0]]]
    return rows


def test_a_grand_total_printed_apart_is_the_sum_of_the_totals_above_it(tmp_path):
    path = typed(tmp_path, opbrengsten())
    report = audit(path)
    assert (report.findings, report.unverified, report.verdict) == ((), (), "clean")
    relations = {r.total: r for t in report.tables for r in t.relations}
    assert relations["Totaal belastingopbrengsten"].parts == (
        "Totaal rioolheffing", "Totaal afvalstoffenheffing", "Totaal toeristenbelasting")
    assert relations["Netto belastingopbrengsten"].parts == ("Totaal belastingopbrengsten", "Af: kwijtschelding")
    assert audit_main(str(path)) == 0


def test_a_wrong_grand_total_printed_apart_is_found(tmp_path):
    report = audit(typed(tmp_path, opbrengsten(grand_plus=(0, 1000))))
    found = {(label, column): (expected, printed, follows) for label, column, expected, printed, follows in
             sums(report)}
    assert found[("Totaal belastingopbrengsten", "Realisatie")] == (D(20860), D(21860), False)
    assert found[("Netto belastingopbrengsten", "Realisatie")] == (D(21575), D(20575), True)


def test_a_wrong_block_total_fails_the_grand_total_as_a_consequence(tmp_path):
    report = audit(typed(tmp_path, opbrengsten(total_plus=("Afvalstoffenheffing", 0, 100))))
    found = {(label, column): (expected, printed, follows) for label, column, expected, printed, follows in
             sums(report)}
    assert found[("Totaal afvalstoffenheffing", "Begroting")] == (D(8570), D(8670), False)
    assert found[("Totaal belastingopbrengsten", "Begroting")] == (D(20540), D(20440), True)


def voorjaarsnota(*, saldo_plus=(0, 0, 0)):
    """A saldo's mutaties in two blocks with their subtotals, the mutaties' total after an empty row (printed
    '+1.234' / '-1.234'), the saldo after: start saldo + the mutaties; `saldo_plus` added to the end saldo."""
    start = [-2100, 640, 1830]
    autonoom = [[1850, 920, 2410], [-2640, -1980, -2205], [310, -120, 45]]
    beleid = [[-1420, -860, -990], [375, 410, 520]]
    sub_a = [sum(col) for col in zip(*autonoom)]
    sub_b = [sum(col) for col in zip(*beleid)]
    mutaties = [a + b for a, b in zip(sub_a, sub_b)]
    end = [s + m + p for s, m, p in zip(start, mutaties, saldo_plus)]
    return [["Verloop begrotingssaldo"], [], ["Omschrijving", "2026", "2027", "2028"],
            ["Saldo begroting 2026", *start], [],
            ["Autonome ontwikkelingen"],
            ["Algemene uitkering", *autonoom[0]], ["Loon- en prijsontwikkeling", *autonoom[1]],
            ["Kapitaallasten", *autonoom[2]], ["Subtotaal autonome ontwikkelingen", *sub_a], [],
            ["Nieuw beleid"],
            ["Programma wonen", *beleid[0]], ["Vrijval stelposten", *beleid[1]], ["Subtotaal nieuw beleid", *sub_b],
            [],
            ["Totaal mutaties", *mutaties], ["Saldo na voorjaarsnota", *end]]


def signed_figures(tmp_path, rows, name):
    """Mutaties printed with their sign ('+1.234'), the saldi plain."""
    plain = "[$-413]#,##0;[$-413]-#,##0;\"-\""
    signed = "[$-413]+#,##0;[$-413]-#,##0;0"
    mutation_rows = {7, 8, 9, 10, 13, 14, 15, 17}
    from openpyxl.styles import Alignment  # noqa: F401  (the format is all the table sets)
    return workbook(tmp_path / name, rows, number_format=None,
                    style=lambda sheet: [setattr(cell, "number_format", signed if cell.row in mutation_rows else plain)
                                         for row in sheet.iter_rows(min_row=4) for cell in row
                                         if isinstance(cell.value, int)])


def test_the_mutaties_total_after_an_empty_row_is_the_sum_of_the_subtotals(tmp_path):
    path = signed_figures(tmp_path, voorjaarsnota(), "clean.xlsx")
    report = audit(path)
    assert (report.findings, report.unverified, report.verdict) == ((), (), "clean")
    relations = {r.total: r for t in report.tables for r in t.relations}
    assert relations["Totaal mutaties"].parts == ("Subtotaal autonome ontwikkelingen", "Subtotaal nieuw beleid")
    assert relations["Saldo na voorjaarsnota"].parts == ("Saldo begroting 2026", "Totaal mutaties")
    # a wrong end saldo is one finding there, not the saldo failing against every line above it
    report = audit(signed_figures(tmp_path, voorjaarsnota(saldo_plus=(0, 1000, 0)), "tot.xlsx"))
    assert sums(report) == [("Saldo na voorjaarsnota", "2027", D(-990), D(10), False)]


# ---------------------------------------------------------------------------------------------------------------
# A line taken off by a '-/-' before its label (trial24 X4): projects as columns, 'Subtotaal' of two lines, the
# krediet printed under it (no part of it), a '-/-' line of zeros printed '-', 'Netto uitgaven' = Subtotaal -/- that
# line. A wrong 'Netto uitgaven' was missed (exit 0).

def kredieten(*, netto_plus=(0, 0, 0)):
    tot = [3125400, 811250, 96400]
    dit_jaar = [402800, 1260330, 185120]
    sub = [a + b for a, b in zip(tot, dit_jaar)]
    netto = [s + p for s, p in zip(sub, netto_plus)]
    return [["Investeringskredieten"], [], ["bedragen x € 1", "Brede school Noord", "Rotonde Dorpsstraat", "Gemaal"],
            ["Uitgaven tot en met 2024", *tot], ["Uitgaven 2025", *dit_jaar], ["Subtotaal", *sub], [],
            ["Beschikbaar krediet", 3600000, 2400000, 1150000], [],
            ["-/- Bijdragen van derden", 0, 0, 0], ["Netto uitgaven", *netto]]


def test_a_line_taken_off_by_its_label_under_a_subtotal(tmp_path):
    path = typed(tmp_path, kredieten())
    report = audit(path)
    assert report.findings == ()
    relations = {r.total: r for t in report.tables for r in t.relations}
    assert relations["Netto uitgaven"].parts == ("Subtotaal", "--/- Bijdragen van derden")
    assert relations["Netto uitgaven"].rule == "signed lines over a total"
    report = audit(typed(tmp_path, kredieten(netto_plus=(0, 0, 5000)), "tot.xlsx"))
    assert sums(report) == [("Netto uitgaven", "Gemaal", D(281520), D(286520), False)]
    assert audit_main(str(tmp_path / "tot.xlsx")) == 1


# ---------------------------------------------------------------------------------------------------------------
# A column of what is left, one column less another with a column between them (trial24 t02): 'Restant' =
# 'Subsidieplafond' - 'Verleend', 'Aangevraagd' between them. No relation was found for it, so a wrong 'Verleend'
# in a total row left its 'Restant' failing unreported.

REGELINGEN = {"Klimaat": [("Isolatie scholen", 900, 1040, 815), ("Warmtenetten", 2400, 1985, 1985),
                          ("Zon op daken", 750, 910, 702)],
              "Erfgoed": [("Restauratie", 1800, 2210, 1740), ("Herbestemming kerken", 1200, 1160, 1160)]}


def plafonds(*, verleend_plus=0):
    rows = [["Uitputting subsidieplafonds"], [], ["Regeling", "Plafond", "Aangevraagd", "Verleend", "Restant"]]
    grand = [0, 0, 0]
    for theme, lines in REGELINGEN.items():
        rows.append([theme])
        rows += [[name, p, a, v, p - v] for name, p, a, v in lines]
        total = [sum(col) for col in zip(*[line[1:] for line in lines])]
        grand = [g + t for g, t in zip(grand, total)]
        rows += [[f"Totaal {theme.lower()}", *total, total[0] - total[2]], []]
    # (the grand total's Verleend altered, its Restant left as made)
    rows.append(["Totaal", grand[0], grand[1], grand[2] + verleend_plus, grand[0] - grand[2]])
    return rows


def test_a_restant_is_the_plafond_less_what_was_granted(tmp_path):
    path = typed(tmp_path, plafonds())
    report = audit(path)
    assert (report.findings, report.unverified, report.verdict) == ((), (), "clean")
    relations = {r.total: r for t in report.tables for r in t.relations}
    assert (relations["Restant"].parts, relations["Restant"].rule) == (("Plafond", "-Verleend"), "two columns apart")
    report = audit(typed(tmp_path, plafonds(verleend_plus=1000), "tot.xlsx"))
    assert sums(report) == [("Totaal", "Verleend", D(6402), D(7402), False),
                            ("Totaal", "Restant", D(-352), D(648), True)]
