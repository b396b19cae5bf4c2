"""Blocks whose heading says what they add up to (issue 18, e34; trial25's layouts): a staat van gewaarborgde
geldleningen whose block headings ('A Woningcorporaties') carry the block's total ABOVE its lines, the Totaal at the
foot over the headings; a begroting's structurele reservemutaties, 'Structurele toevoegingen' and 'Structurele
onttrekkingen' each over its reserves and the saldo of the two at the foot; a paragraaf lokale heffingen whose block
'Meerpersoonshuishouden, huurder' closes with 'Woonlasten meerpersoonshuishouden, huurder' (no word of a total); an
'Af:' line printed with its minus beside a '% van begroot'; a hidden column of account numbers typed as text. Typed as
a person types them (tests/published_tables.py), audited as workbooks."""

from decimal import Decimal

import pytest

from published_tables import audited, print_to_pdf, workbook

D = Decimal

GUARANTEES = [
    ["Staat van gewaarborgde geldleningen"],
    ["Gemeente Lingewaard-West - Jaarrekening 2025 (bedragen in euro)"],
    [],
    ["Nr.", "Geldnemer / doel", "Borg %", "Restant 1-1-2025", "Aflossing 2025", "Restant 31-12-2025"],
    ["A", "Woningcorporaties (achtervang WSW)", None, 7000000, 450000, 6550000],
    ["A.1", "Woonstichting De Linge", 0.5, 4600000, 280000, 4320000],
    ["A.2", "Stichting Thuisvester", 0.5, 2400000, 170000, 2230000],
    [],
    ["B", "Sport en recreatie", None, 1300000, 71000, 1229000],
    ["B.1", "Tennisvereniging De Kei", 1, 400000, 37000, 363000],
    ["B.2", "Hockeyclub Bemmel", 0.5, 550000, 20000, 530000],
    ["B.3", "Golfclub De Batouwe", 1, 350000, 14000, 336000],
    [],
    [None, "Totaal gewaarborgde geldleningen", None, 8300000, 521000, 7779000],
]


def _percent(cell) -> None:
    if cell.column == 3 and isinstance(cell.value, (int, float)):
        cell.number_format = "0%"


def _guarantees(path, rows):
    return workbook(path, rows, bold=[5, 9, 14], each=_percent,
                    figures=lambda r, c, v: isinstance(v, int) and c > 3)


def _relations(report):
    return {(r["total"], r["rule"]): (r["parts"], r["figures_failing"]) for t in report["tables"]
            for r in t["relations"]}


def _findings(report):
    return [(f["row_label"], f["column"], D(f["expected"]), D(f["found"])) for f in report["findings"]]


def test_block_headings_carry_their_totals_above_their_lines(tmp_path, capsys):
    """Each heading is the total of its lines, the Totaal the sum of the headings (not of the headings and their
    lines again: that doubled it, five false findings on the clean table)."""
    code, report = audited(_guarantees(tmp_path / "staat.xlsx", GUARANTEES), capsys)
    assert (code, report["findings"]) == (0, [])
    relations = _relations(report)
    assert relations[("B Sport en recreatie", "block total in its heading")] == (
        ["B.1 Tennisvereniging De Kei", "B.2 Hockeyclub Bemmel", "B.3 Golfclub De Batouwe"], 0)
    assert relations[("A Woningcorporaties (achtervang WSW)", "block total in its heading")][1] == 0
    assert [parts for (total, __), (parts, __) in relations.items()
            if total == "Totaal gewaarborgde geldleningen"] == [
        ["A Woningcorporaties (achtervang WSW)", "B Sport en recreatie"]]


def test_a_line_deleted_under_a_heading_is_found_at_that_heading(tmp_path, capsys):
    """B.2 deleted, the headings and the Totaal left as printed: B's heading exceeds its lines in every column (found
    there, with what its lines now make); the Totaal still holds over the headings."""
    rows = [row for row in GUARANTEES if not row or row[0] != "B.2"]
    code, report = audited(_guarantees(tmp_path / "staat-del.xlsx", rows), capsys)
    assert code == 1
    assert _findings(report) == [
        ("B Sport en recreatie", "Restant 1-1-2025", D(750000), D(1300000)),
        ("B Sport en recreatie", "Aflossing 2025", D(51000), D(71000)),
        ("B Sport en recreatie", "Restant 31-12-2025", D(699000), D(1229000))]


RESERVES = [
    ["Structurele toevoegingen en onttrekkingen aan reserves"],
    [],
    ["Nr.", "Reserve", "2026", "2027", "2028", "x € 1.000"],
    [None, "Structurele toevoegingen", 2793, 2992, 3059],
    ["R01", "Algemene reserve (rente eigen vermogen)", 173, 173, 173],
    ["R12", "Reserve egalisatie afvalstoffenheffing", 869, 834, 861],
    ["R14", "Reserve onderhoud sportaccommodaties", 610, 575, 568],
    ["R21", "Reserve kapitaallasten brede school", 1141, 1410, 1457],
    [],
    [None, "Structurele onttrekkingen", 1459, 1421, 1058],
    ["R21", "Reserve kapitaallasten brede school", 404, 396, 402],
    ["R22", "Reserve kapitaallasten sporthal", 624, 618, 614],
    ["R30", "Reserve sociaal domein", 431, 407, 42],
    [],
    [],
    [None, "Saldo structurele mutaties reserves", 1334, 1571, 2001],
]


def test_the_saldo_of_two_blocks_is_the_saldo_of_their_headings(tmp_path, capsys):
    """x € 1.000: the saldo at the foot is toevoegingen - onttrekkingen, the two headings, not a sum of every line;
    its 2028 figure altered by 100 is found there with the saldo of the headings."""
    code, report = audited(workbook(tmp_path / "reserves.xlsx", RESERVES, bold=[4, 10, 16]), capsys)
    assert (code, report["findings"]) == (0, [])
    assert [value for (total, __), value in _relations(report).items()
            if total == "Saldo structurele mutaties reserves"] == [
        (["Structurele toevoegingen", "-Structurele onttrekkingen"], 0)]
    altered = [row[:4] + [2101] if len(row) > 1 and row[1] == "Saldo structurele mutaties reserves" else row
               for row in RESERVES]
    code, report = audited(workbook(tmp_path / "reserves-tot.xlsx", altered, bold=[4, 10, 16]), capsys)
    assert (code, _findings(report)) == (1, [("Saldo structurele mutaties reserves", "2028", D(2001), D(2101))])


LASTENDRUK = [
    ["Lokale lastendruk 2026"],
    [],
    ["Huishoudtype / heffing", "2025", "2026", "Verschil (€)"],
    ["Eenpersoonshuishouden, huurder"],
    ["Rioolheffing", 268, 281, 13],
    ["Afvalstoffenheffing (eenpersoons)", 248, 262, 14],
    ["Woonlasten eenpersoonshuishouden, huurder", 516, 543, 27],
    [],
    ["Meerpersoonshuishouden, eigenaar-bewoner"],
    ["OZB eigenaar", 389, 404, 15],
    ["Rioolheffing", 268, 281, 13],
    ["Afvalstoffenheffing (meerpersoons)", 317, 338, 21],
    ["Woonlasten meerpersoonshuishouden, eigenaar-bewoner", 974, 1023, 49],
]


def test_a_line_closing_its_block_in_its_headings_words_is_its_total(tmp_path, capsys):
    """'Woonlasten meerpersoonshuishouden, eigenaar-bewoner' closes the block under 'Meerpersoonshuishouden,
    eigenaar-bewoner': its total, though no word says so. Its Rioolheffing deleted (the same figures as the block
    above's: no line of another block is taken in its place), it is found short of it in each column."""
    code, report = audited(workbook(tmp_path / "lasten.xlsx", LASTENDRUK, bold=[4, 7, 9, 13]), capsys)
    assert (code, report["findings"]) == (0, [])
    relations = _relations(report)
    assert relations[("Woonlasten eenpersoonshuishouden, huurder", "run above")] == (
        ["Rioolheffing", "Afvalstoffenheffing (eenpersoons)"], 0)
    deleted = LASTENDRUK[:10] + LASTENDRUK[11:]
    code, report = audited(workbook(tmp_path / "lasten-del.xlsx", deleted, bold=[4, 7, 9, 12]), capsys)
    assert code == 1
    assert _findings(report) == [
        ("Woonlasten meerpersoonshuishouden, eigenaar-bewoner", "2025", D(706), D(974)),
        ("Woonlasten meerpersoonshuishouden, eigenaar-bewoner", "2026", D(742), D(1023)),
        ("Woonlasten meerpersoonshuishouden, eigenaar-bewoner", "Verschil (€)", D(36), D(49))]


LEGES = [
    ["Leges omgevingsvergunningen 2025"],
    [],
    ["Categorie", "Aantal aanvragen", "Begroot", "Gerealiseerd", "Verschil", "% van begroot"],
    ["Woningbouw nieuwbouw", 101, 331000, 389448, 58448, 1.18],
    ["Verbouw en uitbreiding woningen", 120, 819000, 646574, -172426, 0.79],
    ["Kappen van houtopstanden", 30, 81000, 117176, 36176, 1.45],
    ["Totaal leges", 251, 1231000, 1153198, -77802, 0.94],
    ["Af: teruggaaf bij intrekking en weigering", None, -40000, -57583, -17583, 1.44],
    ["Netto legesopbrengst", None, 1191000, 1095615, -95385, 0.92],
]


def _leges(path, rows):
    def percent(cell):
        if cell.column == 6 and isinstance(cell.value, float):
            cell.number_format = "0%"
    return workbook(path, rows, bold=[7, 9], each=percent)


def test_an_af_line_printed_with_its_minus_beside_a_percentage(tmp_path, capsys):
    """'Af: teruggaaf' printed -40.000 is added as printed, whatever its '% van begroot' (144%, no amount) beside it:
    Netto legesopbrengst = Totaal leges + the Af: line (it was NOT verified: the 144% made the line look unsigned)."""
    code, report = audited(_leges(tmp_path / "leges.xlsx", LEGES), capsys)
    assert (code, report["findings"], report["not_verified"]) == (0, [], 0)
    assert _relations(report)[("Netto legesopbrengst", "run above")] == (
        ["Totaal leges", "Af: teruggaaf bij intrekking en weigering"], 0)
    altered = LEGES[:-1] + [["Netto legesopbrengst", None, 1191000, 1195615, 4615, 1.00]]
    code, report = audited(_leges(tmp_path / "leges-tot.xlsx", altered), capsys)
    assert code == 1 and ("Netto legesopbrengst", "Gerealiseerd", D(1095615), D(1195615)) in _findings(report)


def test_a_hidden_column_of_account_numbers_typed_as_text_holds_no_figures(tmp_path, capsys):
    """A 'Grootboek' column of account numbers typed as text, hidden, no total adding it: codes, no figures (it
    was reported as a hidden column holding figures). A hidden column of amounts still is."""
    rows = [["Deelneming", "Grootboek", "Boekwaarde 2024", "Boekwaarde 2025"],
            ["Enexis Holding N.V.", "710330", 377, 449],
            ["Vitens N.V.", "711620", 2387, 2387],
            ["BNG Bank N.V.", "717910", 2433, 2435],
            ["Totaal deelnemingen", None, 5197, 5271]]

    def hide(column):
        def style(sheet):
            sheet.column_dimensions[column].hidden = True
        return style

    code, report = audited(workbook(tmp_path / "codes.xlsx", rows, style=hide("B")), capsys)
    assert (code, report["findings"]) == (0, [])
    code, report = audited(workbook(tmp_path / "bedragen.xlsx", rows, style=hide("C")), capsys)
    assert [(f["kind"], f["cell"]) for f in report["findings"]] == [("hidden", "C2")]


def test_a_column_of_regelingen_beside_the_recipients_is_no_part_of_their_labels(tmp_path, capsys):
    """A subsidieregister: 'Nr. | Ontvanger | Regeling | Vastgesteld | Bevoorschot | Nog te betalen', the Regeling a
    few kinds repeated down the column, a vastgesteld bedrag altered by 1. A finding names the recipient (and its
    number), not the recipient followed by its regeling ('S25-003 Muziekvereniging Doorn Budgetsubsidie')."""
    rows = [["Nr.", "Ontvanger", "Regeling", "Vastgesteld", "Bevoorschot", "Nog te betalen / terug te vorderen"],
            ["S25-001", "Stichting Welzijn Driebergen", "Waarderingssubsidie", 676250, 541600, 134650],
            ["S25-002", "Zwemvereniging Driebergen", "Budgetsubsidie", 463000, 463000, 0],
            ["S25-003", "Muziekvereniging Doorn", "Budgetsubsidie", 34526, 35250, -725],
            ["S25-004", "Buurtvereniging Maarn", "Waarderingssubsidie", 51250, 51250, 0],
            ["S25-005", "Historische Kring Driebergen", "Budgetsubsidie", 67250, 53800, 13450],
            ["S25-006", "Buurtvereniging Doorn", "Waarderingssubsidie", 58250, 58250, 0],
            [None, "Totaal", None, 1350525, 1203150, 147375]]
    code, report = audited(workbook(tmp_path / "register.xlsx", rows, bold=[8]), capsys)
    assert code == 1
    assert _findings(report) == [
        ("S25-003 Muziekvereniging Doorn", "Nog te betalen / terug te vorderen", D(-724), D(-725)),
        ("Totaal", "Vastgesteld", D(1350526), D(1350525))]


def test_a_verschil_under_a_merged_group_title_is_named_as_printed(tmp_path, capsys):
    """'Leges (€)' merged over Begroot | Gerealiseerd | Verschil: the Verschil's finding names its column as printed,
    'Leges (€) Verschil', as it names the others ('Leges (€) Gerealiseerd'), not 'Verschil Leges (€)'. (A line's
    gerealiseerd altered by 1: its verschil and the Totaal's gerealiseerd fail.)"""
    rows = [["Leges omgevingsvergunningen 2025"], [],
            [None, None, "Leges (€)"],
            ["Categorie", "Aantal aanvragen", "Begroot", "Gerealiseerd", "Verschil"],
            ["Woningbouw nieuwbouw", 101, 331000, 389448, 58448],
            ["Verbouw en uitbreiding woningen", 120, 819000, 646575, -172426],
            ["Bedrijfsgebouwen", 97, 836000, 665434, -170566],
            ["Totaal leges", 318, 1986000, 1701456, -284544]]
    code, report = audited(workbook(tmp_path / "leges.xlsx", rows, merges=["C3:E3"], bold=[8]), capsys)
    assert code == 1
    assert sorted((f["row_label"], f["column"]) for f in report["findings"]) == [
        ("Totaal leges", "Leges (€) Gerealiseerd"), ("Verbouw en uitbreiding woningen", "Leges (€) Verschil")]
    assert report["tables"][0]["columns"] == ["Aantal aanvragen", "Leges (€) Begroot", "Leges (€) Gerealiseerd",
                                              "Leges (€) Verschil"]


def test_a_last_column_the_sum_of_the_two_before_it_on_every_line_is_their_sum(tmp_path, capsys):
    """'Kapitaallasten 2026' after 'Afschrijving 2026' and 'Rente 2026', no word of a total: their sum on every line
    (and on the subtotals), so checked as such; a line's afschrijving altered by 1 is found on that line too, not only
    at its subtotal."""
    rows = [["Bedragen x € 1.000"], [],
            ["Taakveld", "Omschrijving", "Kapitaallasten 2025", "Afschrijving 2026", "Rente 2026",
             "Kapitaallasten 2026"],
            ["5.1", "Sportbeleid en activering", 430, 347, 67, 414],
            ["5.2", "Sportaccommodaties", 419, 284, 131, 415],
            ["5.7", "Openbaar groen en (openlucht) recreatie", 639, 452, 190, 642],
            ["5", "Totaal Sport, cultuur en recreatie", 1488, 1083, 388, 1471],
            ["6.1", "Samenkracht en burgerparticipatie", 458, 291, 136, 427],
            ["6.71", "Maatwerkdienstverlening 18+", 1115, 855, 261, 1116],
            ["6", "Totaal Sociaal domein", 1573, 1146, 397, 1543]]
    code, report = audited(workbook(tmp_path / "kapitaallasten.xlsx", rows, bold=[7, 10]), capsys)
    assert (code, report["findings"]) == (0, [])
    assert _relations(report)[("Kapitaallasten 2026", "run above")] == (["Afschrijving 2026", "Rente 2026"], 0)
    rows[4][3] = 285
    code, report = audited(workbook(tmp_path / "kapitaallasten-p1.xlsx", rows, bold=[7, 10]), capsys)
    assert code == 1
    assert _findings(report) == [("5.2 Sportaccommodaties", "Kapitaallasten 2026", D(416), D(415)),
                                 ("5 Totaal Sport, cultuur en recreatie", "Afschrijving 2026", D(1084), D(1083))]


# ------------------------------------------------------------------------------------------------- printed (PDF)
def _taakvelden(path):
    """A code column of taakvelden typed as text ('2.1', and the hoofdtaakveld's '2' on its subtotal), x € 1.000, one
    page with a footer (the document and the page's number: a line with a figure, at the margin where the codes
    start)."""
    groups = [("0", "Bestuur en ondersteuning", [("0.1", "Bestuur", 859, 204), ("0.10", "Mutaties reserves", 0, 0),
                                                ("0.4", "Overhead", 1838, 507)]),
              ("2", "Verkeer, vervoer en waterstaat", [("2.1", "Verkeer en vervoer", 1955, 419),
                                                      ("2.2", "Parkeren", 1854, 384)]),
              ("6", "Sociaal domein", [("6.1", "Samenkracht en burgerparticipatie", 291, 136),
                                       ("6.71", "Maatwerkdienstverlening 18+", 855, 261)])]
    rows = [["Kapitaallasten per taakveld"], ["Bedragen x € 1.000"], [],
            ["Taak-veld", "Omschrijving", "Afschrijving 2026", "Rente 2026", "Kapitaallasten 2026"]]
    bold = []
    for code, name, lines in groups:
        rows += [[c, label, a, r, a + r] for c, label, a, r in lines]
        rows.append([code, f"Totaal {name}", sum(x[2] for x in lines), sum(x[3] for x in lines),
                     sum(x[2] + x[3] for x in lines)])
        bold.append(len(rows))
    return workbook(path, rows, bold=bold, widths={"A": 7, "B": 40, "C": 16, "D": 14, "E": 16},
                    orientation="portrait", style=_footer)


def _footer(sheet):
    """A footer at each page's foot: the document on the left, the page's number in the middle."""
    sheet.oddFooter.left.text = "Gemeente Beekdal - Programmabegroting 2026"
    sheet.oddFooter.center.text = "&P"


def _register(path):
    """A subsidieregister over three pages, its header row repeated on each, a footer of a text and the page's number
    on every page."""
    rows = [["Subsidieregister 2025"], [],
            ["Nr.", "Ontvanger", "Vastgesteld", "Bevoorschot", "Nog te betalen"]]
    bold, header = [], len(rows)
    number = 0
    for programma in range(1, 4):
        rows.append([None, f"Programma {programma}"])
        bold.append(len(rows))
        first = len(rows) + 1
        for k in range(30):
            number += 1
            vastgesteld = 10000 + 137 * number
            voorschot = vastgesteld - (250 if number % 3 else 0)
            rows.append([f"S25-{number:03d}", f"Ontvanger {number}", vastgesteld, voorschot, vastgesteld - voorschot])
        lines = rows[first - 1:]
        rows.append([None, f"Subtotaal programma {programma}", *[sum(line[c] for line in lines) for c in (2, 3, 4)]])
        bold.append(len(rows))
        rows.append([])
    subtotals = [row for row in rows if len(row) > 1 and str(row[1]).startswith("Subtotaal")]
    rows.append([None, "Totaal subsidieregister", *[sum(row[c] for row in subtotals) for c in (2, 3, 4)]])
    bold.append(len(rows))

    def page(sheet):
        _footer(sheet)
        sheet.print_title_rows = f"{header}:{header}"

    return workbook(path, rows, bold=bold, widths={"A": 9, "B": 30, "C": 14, "D": 14, "E": 14},
                    orientation="portrait", style=page)


RESULTAAT = [
    ["Resultaat en voorstel resultaatbestemming"], ["Bedragen x € 1.000"], [],
    [None, "Rekening 2024", "Zie toel.", "Rekening 2025"],
    ["Watersysteembeheer", -7152, None, 2879],
    ["Zuiveringsbeheer", 12832, "a", 5227],
    ["Waterketen en keringen", 12623, None, 2476],
    ["Bestuur en organisatie", -4630, "b", 5880],
    ["Saldo van baten en lasten", 13673, None, 16462],
    ["Toevoegingen aan reserves", -2444, None, -1170],
    ["Onttrekkingen aan reserves", 4009, "c", 1772],
    ["Gerealiseerd resultaat", 15238, None, 17064],
]


def _resultaat(path, rows=RESULTAAT):
    return workbook(path, rows, number_format='[$-413]#,##0;(#,##0);"-"', bold=[9, 12],
                    widths={"A": 50, "B": 13, "C": 7, "D": 13}, orientation="portrait")


def _reserves(path, rows=RESERVES):
    return workbook(path, rows, bold=[4, 10, 16], widths={"A": 6, "B": 45, "C": 10, "D": 10, "E": 10, "F": 10},
                    orientation="portrait")


@pytest.fixture(scope="module")
def printed(tmp_path_factory):
    folder = tmp_path_factory.mktemp("printed")
    altered = [row[:-1] + [15239] if row and row[0] == "Gerealiseerd resultaat" else row for row in RESULTAAT]
    reserves = [row[:4] + [2101] if len(row) > 1 and row[1] == "Saldo structurele mutaties reserves" else row
                for row in RESERVES]
    books = [_taakvelden(folder / "taakvelden.xlsx"), _register(folder / "register.xlsx"),
             _resultaat(folder / "resultaat.xlsx"), _resultaat(folder / "resultaat-tot.xlsx", altered),
             _reserves(folder / "reserves-tot.xlsx", reserves)]
    return dict(zip(["taakvelden", "register", "resultaat", "resultaat-tot", "reserves-tot"], print_to_pdf(books)))


def test_a_hoofdtaakveld_code_before_its_total_is_no_figure_in_print(printed, capsys):
    """The print of a taakvelden table: '2' before 'Totaal Verkeer ...' stands where the labels start, a code, no
    column of figures (read as one, each subtotal was 'expected 0, found 2')."""
    code, report = audited(printed["taakvelden"], capsys)
    assert (code, report["findings"]) == (0, [])
    assert report["tables"][0]["columns"] == ["Afschrijving 2026", "Rente 2026", "Kapitaallasten 2026"]
    totals = [r["total"] for t in report["tables"] for r in t["relations"] if r["axis"] == "row"]
    assert totals == ["0 Totaal Bestuur en ondersteuning", "2 Totaal Verkeer, vervoer en waterstaat",
                      "6 Totaal Sociaal domein"]


def test_a_footer_with_the_pages_number_is_no_line_of_the_table(printed, capsys):
    """Three pages, each ending in 'Gemeente Beekdal - Programmabegroting 2026' and its number: no line of figures
    (read as one, it split the table at the first page's foot and was taken into the next subtotal)."""
    code, report = audited(printed["register"], capsys)
    assert (code, report["findings"]) == (0, [])
    assert len(report["tables"]) == 1
    relations = {r["total"]: r for r in report["tables"][0]["relations"] if r["axis"] == "row"}
    assert [len(relations[f"Subtotaal programma {p}"]["parts"]) for p in (1, 2, 3)] == [30, 30, 30]
    assert relations["Totaal subsidieregister"]["figures_failing"] == 0


def test_note_letters_beside_the_figures_are_neither_figure_nor_label(printed, capsys):
    """'Zie toel.': a letter set tight after a figure of the Rekening 2024 ('12.832a'); the figure is read, the letter
    is no word of the label; the Gerealiseerd resultaat altered in 2025 is found there."""
    code, report = audited(printed["resultaat"], capsys)
    assert (code, report["findings"]) == (0, [])
    parts = {r["total"]: r["parts"] for t in report["tables"] for r in t["relations"]}
    assert parts["Saldo van baten en lasten"] == ["Watersysteembeheer", "Zuiveringsbeheer", "Waterketen en keringen",
                                                  "Bestuur en organisatie"]
    code, report = audited(printed["resultaat-tot"], capsys)
    assert code == 1 and [(f["row_label"], D(f["expected"]), D(f["found"])) for f in report["findings"]] == [
        ("Gerealiseerd resultaat", D(17064), D(15239))]


def test_a_scale_note_right_of_the_last_title_names_no_column_in_print(printed, capsys):
    """'2029 x € 1.000' on the header line of the print: the column is '2028' (the last here), the note its table's
    scale; the headings carry their blocks' totals as in the workbook."""
    code, report = audited(printed["reserves-tot"], capsys)
    assert code == 1
    assert report["tables"][0]["columns"] == ["2026", "2027", "2028"]
    assert _findings(report) == [("Saldo structurele mutaties reserves", "2028", D(2001), D(2101))]


def test_a_line_names_its_heading_after_one_word_of_its_own():
    """'Woonlasten meerpersoonshuishouden, eigenaar-bewoner' under 'Meerpersoonshuishouden, eigenaar-bewoner' (its last
    word cut short where a print clips it in its cell); not 'Overige baten' under 'Baten', nor a line whose words
    differ."""
    from pyengine.audit.rules import closes_its_heading

    heading = "meerpersoonshuishouden eigenaar bewoner"
    assert closes_its_heading(heading, "woonlasten meerpersoonshuishouden eigenaar bewoner")
    assert closes_its_heading(heading, "woonlasten meerpersoonshuishouden eigenaar bew")
    assert not closes_its_heading(heading, "woonlasten meerpersoonshuishouden eigenaar")
    assert not closes_its_heading(heading, "meerpersoonshuishouden eigenaar bewoner")
    assert not closes_its_heading("baten", "overige baten")
    assert not closes_its_heading("eenpersoonshuishouden huurder", "woonlasten meerpersoonshuishouden huurder")


def test_a_first_line_made_by_a_difference_under_it_carries_no_block_total(tmp_path, capsys):
    """A renterisiconorm (trial23's): '1a' over '1b' and '2 Netto ... (1a - 1b)' adds up only by arithmetic (a - b = c,
    so a = b + c), and '10 Renterisiconorm' over '7' and '11 Ruimte (10 - 7)' likewise: no heading carrying a block's
    total, so '8 Begrotingstotaal' opening the next block is held to nothing (it was: 'expected 82.000, found 410.000')."""
    rows = [["Nr.", "Omschrijving", "2026", "2027"],
            ["1a", "Renteherzieningen op vaste schuld o/g", 6800, 2900],
            ["1b", "Renteherzieningen op vaste schuld u/g", 700, 1200],
            ["2", "Netto renteherziening op vaste schuld (1a - 1b)", 6100, 1700],
            [],
            [None, "Renterisiconorm"],
            ["8", "Begrotingstotaal", 410000, 401000],
            ["9", "Renterisiconorm (20% van 8)", 82000, 80200],
            [],
            ["10", "Renterisiconorm", 82000, 80200],
            ["7", "Renterisico op vaste schuld", 28500, 14100],
            ["11", "Ruimte (+) / Overschrijding (-) (10 - 7)", 53500, 66100]]
    code, report = audited(workbook(tmp_path / "norm.xlsx", rows, bold=[4, 12]), capsys)
    assert report["findings"] == []
    assert not [r for t in report["tables"] for r in t["relations"] if r["rule"] == "block total in its heading"]
