"""A group left with one line (tests/corpora/trial34/MECHANISMS.md class H): 'Commissaris van de Koning' over
'Kabinet CdK' and 'Rijkstaken CdK', 'Totaal Commissaris van de Koning', then 'Totaal bestuursorganen' over the three
groups' totals. With 'Kabinet CdK' deleted (the totals as printed) the group's total fails in every column: it is the
total of its one line, named after its heading, a finding there; the grand total still holds over the groups' totals
and is not blamed. Before, the total was left open and the one line taken beside it as a part of the grand total,
which then failed (a false finding, issue 18: "when a subtotal fails, its grand total is not blamed")."""

from published_tables import audited, workbook

# (Begroting, 1e wijziging, 2e wijziging, Realisatie: the Rijkstaken unchanged by the wijzigingen, so that a grand
# total taking the one line beside its total fails in two columns only, and its total alone in all four)
GROUPS = [("Provinciale Staten", [("Vergoedingen Statenleden", 2940200, -38900, 23600, 2935422),
                                  ("Fractievoorzieningen", 2290600, 0, 23600, 2349088),
                                  ("Griffie", 2038000, -35700, 0, 1937542)]),
          ("Gedeputeerde Staten", [("Bezoldiging gedeputeerden", 430500, 80600, 0, 482869),
                                   ("Representatie en reiskosten", 2372000, 82300, 28600, 2502149)]),
          ("Commissaris van de Koning", [("Kabinet CdK", 437400, -53700, 38300, 494945),
                                         ("Rijkstaken CdK", 1058600, 0, 0, 996318)])]


def bestuur(path, without: str | None = None):
    rows = [["Lasten bestuursorganen"], [],
            ["Onderdeel", "Begroting 2025", "1e wijziging", "2e wijziging", "Realisatie 2025"]]
    grand = [0, 0, 0, 0]
    for heading, lines in GROUPS:
        rows.append([heading])
        rows += [[label, *figures] for label, *figures in lines if label != without]
        total = [sum(line[k] for line in lines) for k in (1, 2, 3, 4)]
        rows.append([f"Totaal {heading}", *total])
        grand = [g + t for g, t in zip(grand, total)]
    rows.append(["Totaal bestuursorganen", *grand])
    return workbook(path, rows, bold=[3])


def test_a_group_of_one_line_is_its_totals_alone(tmp_path, capsys):
    code, report = audited(bestuur(tmp_path / "del.xlsx", without="Kabinet CdK"), capsys)
    assert code == 1
    assert [(f["cell"], f["row_label"], f["expected"], f["found"]) for f in report["findings"]] == [
        ("B15", "Totaal Commissaris van de Koning", "1058600", "1496000"),
        ("C15", "Totaal Commissaris van de Koning", "0", "-53700"),
        ("D15", "Totaal Commissaris van de Koning", "0", "38300"),
        ("E15", "Totaal Commissaris van de Koning", "996318", "1491263")]
    grand = [r for r in report["tables"][0]["relations"] if r["total"] == "Totaal bestuursorganen"]
    assert [(r["parts"], r["figures_failing"]) for r in grand] == [
        (["Totaal Provinciale Staten", "Totaal Gedeputeerde Staten", "Totaal Commissaris van de Koning"], 0)]


def test_the_clean_table_adds_up(tmp_path, capsys):
    code, report = audited(bestuur(tmp_path / "clean.xlsx"), capsys)
    assert code == 0 and report["findings"] == []
