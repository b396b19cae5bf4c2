"""A resultaat written as one word ('Exploitatieresultaat', 'Exploitatieresultaat voor subsidie', 'Jaarresultaat') is
a resultaat as 'Resultaat ...' is (tests/corpora/trial34/MECHANISMS.md class A): an exploitatie of village halls with a
column of signs ('+' for inkomsten, '-' for uitgaven, all printed positive, '=' on a result), 'Exploitatieresultaat
voor subsidie' = the '+' lines minus the '-' lines, 'Exploitatieresultaat' = that + the subsidie. Before, such a line
was a plain line to the audit: nothing checked it, and with a line deleted the table exited 0 with "every total adds
up"."""

from published_tables import audited, workbook

HALLS = ["De Schakel", "De Linde", "De Wieken"]
LINES = [("Zaalverhuur", "+", [1970, 32530, 10820]),
         ("Horeca-omzet", "+", [33230, 12650, 28160]),
         ("Sponsoring en acties", "+", [4200, 1800, 2650]),
         ("Inkoop horeca", "-", [2830, 15780, 1660]),
         ("Energie en water", "-", [9270, 7530, 15810]),
         ("Administratie", "-", [15170, 11910, 8980])]
SUBSIDIE = [14400, 20500, 14250]


def halls(path, without: str | None = None):
    """The table as published; `without`: that line left out, the results as they were."""
    def signed(sign, values):
        return [v if sign == "+" else -v for v in values]
    before = [sum(col) for col in zip(*(signed(s, v) for __, s, v in LINES))]
    rows = [["Exploitatie dorpshuizen 2025"], [], ["Omschrijving", None, *HALLS, "Totaal"]]
    rows += [[label, sign, *values, sum(values)] for label, sign, values in LINES if label != without]
    rows += [["Exploitatieresultaat voor subsidie", "=", *before, sum(before)],
             ["Exploitatiesubsidie gemeente", "+", *SUBSIDIE, sum(SUBSIDIE)],
             ["Exploitatieresultaat", "=", *(b + s for b, s in zip(before, SUBSIDIE)), sum(before) + sum(SUBSIDIE)]]
    return workbook(path, rows, bold=[3])


def test_a_result_written_as_one_word_is_checked(tmp_path, capsys):
    code, report = audited(halls(tmp_path / "clean.xlsx"), capsys)
    assert code == 0 and report["findings"] == []
    totals = [(r["axis"], r["total"], r["figures_checked"], r["figures_failing"])
              for r in report["tables"][0]["relations"]]
    # (named without the column of signs beside them: `tables._sign_columns`)
    assert ("row", "Exploitatieresultaat voor subsidie", 4, 0) in totals
    assert ("row", "Exploitatieresultaat", 4, 0) in totals


def test_a_deleted_line_is_found_at_the_result(tmp_path, capsys):
    code, report = audited(halls(tmp_path / "del.xlsx", without="Sponsoring en acties"), capsys)
    assert code == 1
    found = [(f["cell"], f["column"], f["expected"], f["found"]) for f in report["findings"]]
    # (each short by the deleted line's figure: 4,200, 1,800, 2,650 and their 8,650)
    assert found == [("C9", "De Schakel", "7930", "12130"),
                     ("D9", "De Linde", "9960", "11760"),
                     ("E9", "De Wieken", "12530", "15180"),
                     ("F9", "Totaal", "30420", "39070")]
