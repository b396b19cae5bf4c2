"""An exploitatierekening printed as a T-account (tests/corpora/trial34/MECHANISMS.md class C): Lasten left (A:C),
Baten right (E:G), 'Totaal lasten' and 'Totaal baten' on one row under the longer side. The shorter side's total stands
after empty rows in its own columns; it closes that side's lines however many empty rows lie between. Before, after
four empty rows it was a run of its own, in no table: a wrong 'Totaal baten' exited 0 with "every total adds up"."""

from published_tables import audited, workbook

LASTEN = [("Personeel vast", 1350623), ("Personeel flexibel", 1237026), ("Programmering", 1392977),
          ("Marketing", 179669), ("Huisvesting en energie", 592918), ("Onderhoud", 737191),
          ("Horeca inkoop", 1219673), ("Kapitaallasten", 598508), ("Algemene kosten", 1043956)]
BATEN = [("Recette", 350704), ("Horeca-omzet", 123037), ("Zaalverhuur", 977774), ("Sponsoring", 1330234),
         ("Overige opbrengsten", 1018279)]


def t_account(path, plus: int = 0):
    """`plus` added to the printed 'Totaal baten'."""
    lasten = sum(v for __, v in LASTEN)
    bijdrage = lasten - sum(v for __, v in BATEN)
    baten = [*BATEN, ("Exploitatiebijdrage gemeente", bijdrage)]
    rows = [["Exploitatierekening 2025"], [], ["Lasten", "Rekening 2025", None, None, "Baten", "Rekening 2025"]]
    for k, (label, value) in enumerate(LASTEN):
        rows.append([label, value, None, None, *(baten[k] if k < len(baten) else ())])
    rows += [[], ["Totaal lasten", lasten, None, None, "Totaal baten", lasten + plus]]
    return workbook(path, rows, bold=[3, len(rows)], widths={"A": 30, "E": 30})


def test_the_shorter_side_total_is_checked(tmp_path, capsys):
    code, report = audited(t_account(tmp_path / "clean.xlsx"), capsys)
    assert code == 0 and report["findings"] == []
    assert [r["total"] for t in report["tables"] for r in t["relations"]] == ["Totaal lasten", "Totaal baten"]


def test_a_wrong_shorter_side_total_is_found(tmp_path, capsys):
    code, report = audited(t_account(tmp_path / "tot.xlsx", plus=100000), capsys)
    assert code == 1
    assert [(f["cell"], f["row_label"], f["expected"], f["found"]) for f in report["findings"]] == [
        ("F14", "Totaal baten", "8352541", "8452541")]
