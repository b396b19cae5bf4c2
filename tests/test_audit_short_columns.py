"""Short texts among a table's columns (issue 18, e24; trial20 t05, t08, t10 and trial18 t09):

1. An EMU-saldo in the official model (Nr. | Omschrijving | three years under long wrapped titles, labels wrapped and
   ending '(+)' or '(-/-)'), its line 11a 'Gaat u effecten verkopen (ja/nee)?' answered 'nee' in the year columns.
   A line whose figure cells hold short words is a line of the table: the PDF cut the table there, 'Berekend
   EMU-saldo' stood alone, NOT verified, and the clean file exited 1. Now it is one table, the saldo checked over its
   eleven lines with the signs their labels give, clean; one figure altered is found at the saldo with its sum.
2. A begrotingswijziging with an I/S column (incidenteel or structureel) between the labels and the figures. The 'I'
   or 'S' was joined to the label ('Jeugdzorg hogere volumes S'): a finding carried a label that is not the line's.
   A column of short codes from a small set right of the labels is a column of its own; the label is the label's.
3. A waterschap's kostentoedeling, block A the percentages of each taak over its categories with a Totaal column of
   100,00%, block B the euros. Percentages were never summed, so a share altered (the taak's parts making 101,00%)
   went unreported and the file exited 0. Shares across a line with a Totaal column of 100% (or making their Totaal
   on the other lines) are checked across; a column of rates with a Totaal that is their average is not.

Typed as a person types them (openpyxl: Dutch formats, wrapped cells), printed by LibreOffice in one call."""

from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl.styles import Alignment, Font

from published_tables import audited, print_to_pdf, workbook

D = Decimal
NL = '[$-413]#,##0;-#,##0;"-"'
PCT = "[$-413]0.00%"

# ---------------------------------------------------------------------------------------------- 1. EMU-saldo
YEARS = ("2025 Volgens realisatie tot en met september, aangevuld met raming resterende periode",
         "2026 Volgens begroting, inclusief de tot en met september vastgestelde wijzigingen",
         "2027 Volgens meerjarenraming in de begroting, na verwerking van de voorjaarsnota")
EMU = [
    ("1", "Exploitatiesaldo vóór toevoeging aan c.q. onttrekking uit reserves (zie BBV, art. 17c) (+)", (-1234, 412, 1877)),
    ("2", "Afschrijvingen ten laste van de exploitatie (+)", (5307, 1493, 2492)),
    ("3", "Bruto dotaties aan de post voorzieningen ten laste van de exploitatie (+)", (4424, 4345, 1671)),
    ("4", "Investeringen in (im)materiële vaste activa die op de balans worden geactiveerd (-/-)", (2268, 5084, 1341)),
    ("5", "Baten uit bijdragen van andere overheden, de Europese Unie en overigen, die niet op de exploitatie worden "
          "verantwoord, maar direct worden toegerekend aan de investeringen in (im)materiële vaste activa (+)",
     (8214, 746, 8357)),
    ("6", "Desinvesteringen in (im)materiële vaste activa: baten uit desinvesteringen in (im)materiële vaste activa "
          "(tegen verkoopprijs), voor zover niet op exploitatie verantwoord (+)", (0, 350, 0)),
    ("7", "Aankoop van grond en de uitgaven aan bouw-, woonrijp maken e.d. (indien transacties niet op exploitatie "
          "verantwoord) (-/-)", (6512, 8430, 1660)),
    ("8", "Baten bouwgrondexploitatie: baten voor zover transacties niet op de exploitatie worden verantwoord (+)",
     (2306, 5188, 8330)),
    ("9", "Betalingen ten laste van de voorzieningen (-/-)", (6962, 2902, 7564)),
    ("10", "Betalingen die niet via de exploitatie lopen, maar direct ten laste van de reserves (en die nog niet vallen "
           "onder één van de bovenstaande posten) (-/-)", (7358, 8594, 8024)),
]
EFFECTEN = "Indien ja, wat is de verwachte boekwinst op de verkoop van effecten? (+)"


def emu_saldo(lines) -> list[int]:
    return [sum((-1 if label.endswith("(-/-)") else 1) * figures[k] for __, label, figures in lines) + 0
            for k in range(3)]


def emu_book(path: Path, lines=EMU, saldo=None) -> Path:
    """The model's table as trial20's t05 types it: codes as text, labels wrapped at the top of tall rows, 11a answered
    'nee' in every year, 11b '-' (0), an empty row, then 'Berekend EMU-saldo'."""
    rows = [["Berekening EMU-saldo"], ["Begroting 2026 (x € 1.000)"], [], ["Nr.", "Omschrijving", *YEARS]]
    rows += [[code, label, *figures] for code, label, figures in lines]
    rows += [["11", "Verkoop van effecten:"], ["11a", "Gaat u effecten verkopen (ja/nee)?", "nee", "nee", "nee"],
             ["11b", EFFECTEN, 0, 0, 0], [], [None, "Berekend EMU-saldo", *(saldo or emu_saldo(lines))]]

    def style(sheet):
        sheet.row_dimensions[4].height = 92
        for row in sheet.iter_rows(min_row=4):
            for cell in row:
                cell.font = Font(name="Calibri", size=10, bold=cell.row in (4, sheet.max_row))
                cell.alignment = Alignment(wrap_text=cell.column == 2 or cell.row == 4,
                                           vertical="bottom" if cell.row == 4 else "top",
                                           horizontal="right" if cell.column > 2 else "left")
                if cell.column == 1 and cell.row > 4:
                    cell.number_format = "@"
        for r in range(5, sheet.max_row + 1):
            label = sheet.cell(r, 2).value or ""
            sheet.row_dimensions[r].height = 13.5 * max(1, -(-len(label) * 105 // 6200))

    return workbook(path, rows, number_format=NL, orientation="portrait", style=style,
                    figures=lambda r, c, value: isinstance(value, int) and c > 2,
                    widths={"A": 5, "B": 62, "C": 17, "D": 17, "E": 17})


# ------------------------------------------------------------------------------------ 2. begrotingswijziging, I/S
WIJZIGING = [
    ("Programma 1 Bestuur en veiligheid", [("Hogere kosten brandweer (GR VRZ)", "I", 53000, 0),
                                           ("Verkiezingen: extra stembureaus", "I", 176500, 126500),
                                           ("Vrijval budget handhaving", "S", -83000, 0)]),
    ("Programma 6 Sociaal domein", [("Jeugdzorg hogere volumes", "S", 612500, 191500),
                                    ("WMO huishoudelijke hulp", "I", 168000, 0),
                                    ("Bijstandsuitkeringen (BUIG)", "S", 0, 31000),
                                    ("Rijksbijdrage BUIG", "I", 0, 220500)]),
]


def wijziging_book(path: Path, changed: tuple[str, int] | None = None) -> Path:
    """Programma | I/S | Lasten | Baten | Saldo (= Baten - Lasten), a Totaal per programma and for the wijziging;
    `changed`: one line's Lasten + an amount, its Saldo and the totals left as they were."""
    rows = [["2e begrotingswijziging 2026"], ["Najaarsnota 2026, bedragen in euro"], [],
            ["Programma / mutatie", "I/S", "Lasten", "Baten", "Saldo"]]
    totals = []
    for programma, lines in WIJZIGING:
        rows.append([programma])
        for label, code, lasten, baten in lines:
            shown = lasten + (changed[1] if changed and changed[0] == label else 0)
            rows.append([label, code, shown, baten, baten - lasten])
        lasten, baten = sum(line[2] for line in lines), sum(line[3] for line in lines)
        totals.append((lasten, baten))
        rows += [[f"Totaal {programma}", None, lasten, baten, baten - lasten], []]
    lasten, baten = sum(t[0] for t in totals), sum(t[1] for t in totals)
    rows.append(["Totaal begrotingswijziging", None, lasten, baten, baten - lasten])
    return workbook(path, rows, widths={"A": 44, "B": 6, "C": 13, "D": 13, "E": 13},
                    bold=[r for r, row in enumerate(rows, start=1) if row and str(row[0]).startswith("Totaal")])


# ------------------------------------------------------------------------------------ 3. kostentoedeling, block A %
CATEGORIES = ("Ingezetenen", "Gebouwd", "Ongebouwd", "Natuur")
SHARES = [("Beheer en onderhoud watergangen", ("0.5070", "0.3127", "0.1659", "0.0144"), 7115616),
          ("Peilbeheer en gemalen", ("0.5593", "0.1704", "0.2530", "0.0173"), 1481405),
          ("Waterkeringen", ("0.3827", "0.3457", "0.2504", "0.0212"), 822618),
          ("Waterkwaliteit en ecologie", ("0.3568", "0.3554", "0.2580", "0.0298"), 2816893)]


def euros(total: int, shares) -> list[int]:
    """The taak's total over its categories, the last one taking what rounding left."""
    parts = [int(D(total) * D(s)) for s in shares[:-1]]
    return [*parts, total - sum(parts)]


def toedeling_book(path: Path, altered: tuple[int, int, str] | None = None) -> Path:
    """Block A (percentages, '0,00%', each taak's Totaal 100,00%) and block B (euros, with a Totaal line), each with
    its lettered title and header; `altered`: (taak, category, its share as typed instead), the Totaal left 100%."""
    header = ["Taak", *CATEGORIES, "Totaal"]
    rows = [["Kostentoedeling watersysteembeheer"], ["Waterschap De Stroomvallei, begroting 2026"], [],
            ["A. Toedelingspercentages per taak"], header]
    for k, (taak, shares, __) in enumerate(SHARES):
        typed = [D(altered[2]) if altered and altered[:2] == (k, c) else D(s) for c, s in enumerate(shares)]
        rows.append([taak, *typed, D(1)])
    rows += [[], ["B. Toegedeelde netto kosten (in euro)"], header]
    block_b = [[taak, *euros(total, shares), total] for taak, shares, total in SHARES]
    rows += block_b + [["Totaal", *(sum(line[c] for line in block_b) for c in range(1, 6))]]
    block_a = range(6, 6 + len(SHARES))

    def style(sheet):
        for row in sheet.iter_rows(min_row=6):
            for cell in row[1:]:
                cell.number_format = PCT if cell.row in block_a else "[$-413]#,##0"

    return workbook(path, rows, number_format=None, style=style,
                    widths={"A": 36, "B": 13, "C": 13, "D": 13, "E": 13, "F": 13})


# a guard: the bezettingsgraad per hal, its Totaal the average (weighted by the hours): rates, no sum
BEZETTING = [("Januari", "0.8000", "0.9000", "0.8600"), ("Februari", "0.7000", "0.6000", "0.6400"),
             ("Maart", "0.7500", "0.8500", "0.8100")]


def bezetting_book(path: Path) -> Path:
    rows = [["Bezettingsgraad sporthallen 2026"], [], ["Maand", "Sporthal Noord", "Sporthal Zuid", "Totaal"]]
    rows += [[month, *(D(v) for v in figures)] for month, *figures in BEZETTING]

    def style(sheet):
        for row in sheet.iter_rows(min_row=4):
            for cell in row[1:]:
                cell.number_format = PCT

    return workbook(path, rows, number_format=None, style=style, widths={"A": 24, "B": 15, "C": 15, "D": 15})


ALTERED_EMU = [line if line[0] != "3" else (line[0], line[1], (4424, 4345 + 1, 1671)) for line in EMU]


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    folder = tmp_path_factory.mktemp("short_columns")
    books = {"emu": emu_book(folder / "emu.xlsx"),
             "emu_p1": emu_book(folder / "emu_p1.xlsx", ALTERED_EMU, saldo=emu_saldo(EMU)),
             "wijziging": wijziging_book(folder / "wijziging.xlsx"),
             "wijziging_p1": wijziging_book(folder / "wijziging_p1.xlsx", ("Jeugdzorg hogere volumes", 1)),
             "toedeling": toedeling_book(folder / "toedeling.xlsx"),
             "toedeling_sub": toedeling_book(folder / "toedeling_sub.xlsx", (3, 3, "0.0398")),
             "bezetting": bezetting_book(folder / "bezetting.xlsx")}
    pdfs = dict(zip(books, print_to_pdf(books.values())))
    return {"xlsx": books, "pdf": pdfs}


KINDS = ["xlsx", "pdf"]


# 1. ---------------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("kind", KINDS)
def test_the_emu_saldo_answered_nee_is_one_table_and_clean(files, kind, capsys):
    code, data = audited(files[kind]["emu"], capsys)
    assert (code, data["verdict"], data["findings"], data["not_verified"]) == (0, "clean", [], 0)
    assert len(data["tables"]) == 1
    saldo = [r for r in data["tables"][0]["relations"] if r["total"] == "Berekend EMU-saldo"]
    # its eleven lines (1 to 10 and 11b), the (-/-) lines taken off, each label whole
    assert len(saldo) == 1 and (saldo[0]["figures_checked"], saldo[0]["figures_failing"]) == (3, 0)
    parts = saldo[0]["parts"]
    assert len(parts) == 11 and parts[-1] == f"11b {EFFECTEN}"
    assert [p.startswith("-") for p in parts] == [False, False, False, True, False, False, True, False, True, True,
                                                  False]
    assert parts[0] == f"1 {EMU[0][1]}" and parts[5] == f"6 {EMU[5][1]}"


@pytest.mark.parametrize("kind", KINDS)
def test_a_figure_altered_in_the_emu_saldo_is_found_at_the_saldo(files, kind, capsys):
    code, data = audited(files[kind]["emu_p1"], capsys)
    got = [(f["row_label"], f["column"], f["expected"], f["found"], f["kind"]) for f in data["findings"]]
    assert code == 1 and data["not_verified"] == 0
    assert got == [("Berekend EMU-saldo", YEARS[1], str(emu_saldo(EMU)[1] + 1), str(emu_saldo(EMU)[1]), "sum")]
    assert data["findings"][0]["cell"] == ("D19" if kind == "xlsx" else "page 1, line 30")


# 2. ---------------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("kind", KINDS)
def test_the_i_s_column_is_no_part_of_the_labels(files, kind, capsys):
    code, data = audited(files[kind]["wijziging"], capsys)
    assert (code, data["verdict"], data["findings"], data["not_verified"]) == (0, "clean", [], 0)
    programma = [r for r in data["tables"][0]["relations"] if r["total"] == "Totaal Programma 6 Sociaal domein"]
    assert len(programma) == 1 and programma[0]["parts"] == [line[0] for line in WIJZIGING[1][1]]
    assert programma[0]["figures_checked"] == 3 and programma[0]["figures_failing"] == 0
    whole = [r for r in data["tables"][0]["relations"] if r["total"] == "Totaal begrotingswijziging"]
    assert len(whole) == 1 and whole[0]["figures_failing"] == 0


@pytest.mark.parametrize("kind", KINDS)
def test_a_finding_on_a_coded_line_carries_the_lines_own_label(files, kind, capsys):
    code, data = audited(files[kind]["wijziging_p1"], capsys)
    got = sorted((f["row_label"], f["column"], f["expected"], f["found"]) for f in data["findings"])
    assert code == 1 and data["not_verified"] == 0
    # Saldo = Baten - Lasten fails on the line (its Lasten 612.501), and the programma's Totaal Lasten
    assert got == [("Jeugdzorg hogere volumes", "Saldo", "-421001", "-421000"),
                   ("Totaal Programma 6 Sociaal domein", "Lasten", "780501", "780500")]
    total = next(f for f in data["findings"] if f["row_label"].startswith("Totaal"))
    assert total["check"] == ("Totaal Programma 6 Sociaal domein = sum of Jeugdzorg hogere volumes + WMO huishoudelijke "
                              "hulp + Bijstandsuitkeringen (BUIG) + Rijksbijdrage BUIG")


# 3. ---------------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("kind", KINDS)
def test_the_shares_of_each_taak_are_checked_against_their_totaal(files, kind, capsys):
    code, data = audited(files[kind]["toedeling"], capsys)
    assert (code, data["verdict"], data["findings"], data["not_verified"]) == (0, "clean", [], 0)
    block_a = data["tables"][0]
    across = [r for r in block_a["relations"] if r["axis"] == "column" and r["total"] == "Totaal"]
    assert len(across) == 1 and across[0]["parts"] == list(CATEGORIES)
    assert (across[0]["figures_checked"], across[0]["figures_failing"]) == (4, 0)
    # never down: a taak's shares are no part of the taak under it
    assert not [r for r in block_a["relations"] if r["axis"] == "row"]


@pytest.mark.parametrize("kind", KINDS)
def test_a_share_altered_to_make_101_percent_is_found(files, kind, capsys):
    code, data = audited(files[kind]["toedeling_sub"], capsys)
    got = [(f["row_label"], f["column"], f["expected"], f["found"], f["kind"], f["within_rounding"])
           for f in data["findings"]]
    assert code == 1 and data["not_verified"] == 0
    # (a workbook holds the share as typed, 1,01 for 101%; its print shows 101,00%)
    expected, found = ("1.0100", "1") if kind == "xlsx" else ("101.00", "100.00")
    assert got == [("Waterkwaliteit en ecologie", "Totaal", expected, found, "sum", False)]
    assert data["findings"][0]["cell"] == ("F9" if kind == "xlsx" else "page 1, line 8")


@pytest.mark.parametrize("kind", KINDS)
def test_rates_with_an_averaged_totaal_are_no_sum(files, kind, capsys):
    code, data = audited(files[kind]["bezetting"], capsys)
    # (nothing else in it adds up: nothing checked, exit 2, never 'clean')
    assert (code, data["verdict"], data["findings"], data["not_verified"]) == (2, "nothing checked", [], 0)
    assert not [r for t in data["tables"] for r in t["relations"]]


# a column of short codes: one rule (model.short_codes) for the grid (tables._code_columns) and a PDF (pdf._code_column)
def test_short_codes_is_one_rule_for_a_column_of_codes():
    from pyengine.audit.model import short_code, short_codes, wordy

    assert short_codes(["I", "S", "S", " I "]) and short_codes(["inc", "str"]) and short_codes(["V", "N."])
    assert short_codes(["S", "s.", "I", "V", "N"])          # 'S' and 's.' one code: four different ones
    assert not short_codes(["A", "B", "C", "D", "E"])        # five different ones: lettering, names
    assert not short_codes(["S"])                            # one line is no column
    assert not short_codes(["I", "S/I"]) and not short_code("I/S")   # a title of codes, not a line's code
    assert not short_codes(["S", "6.71"]) and not short_code("+") and not short_code("Wmo-")
    assert not short_codes(["I", "Jeugd"])                   # a word of five letters is no code
    assert wordy("Jeugdzorg") and not wordy("Wmo 2") and not wordy("inc") and not wordy("6.71")
