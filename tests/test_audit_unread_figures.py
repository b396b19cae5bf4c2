"""Figures that cannot be read, and text set tight after a column's figures (issue 18, e10).

A staat van lopende investeringskredieten whose last column 'Afsluiten' holds 'ja' / 'nee': LibreOffice prints it
tight against the 'Restant krediet' figure on every line ('610.840' 'nee'), so only the subtotals and the total end
clean at the column's edge. Read as one cell, '610.840 nee' is no figure; taken as nil, it gave 'Subtotaal ... expected
0, found 5.387.859' (false). The word is parted from the figure where the figures standing alone (the totals) end,
and a cell of a figure column that starts as a figure and is none is UNREAD: a total over it is NOT verified, naming
it, never checked against 0.

A staat van grondexploitaties (Boekwaarde 1-1 + Lasten - Baten = Boekwaarde 31-12, Verwacht resultaat (NCW), a
Toelichting): the notes, and a '-' for no note, stand tight against the Verwacht resultaat; and that column, called a
resultaat, is made by no combination of the columns before it on any line: a forecast given, not their total.
"""

from pathlib import Path

import pytest
from openpyxl.styles import Alignment

from published_tables import audited, print_to_pdf, workbook

TITLES = ["Nr.", "Omschrijving investering", "Jaar besluit", "Krediet", "Uitgaven t/m 2024", "Uitgaven 2025",
          "Restant krediet", "Afsluiten"]
GROUPS = [("Verkeer, vervoer en waterstaat",
           [(7013, "Reconstructie Dorpsstraat", 2025, 755000, 0, 144160, "nee"),
            (7026, "Rotonde N241/Westerweg", 2023, 1635000, 323288, 58329, "nee"),
            (7039, "Vervanging openbare verlichting LED", 2022, 2560000, 620404, 773850, "nee"),
            (7065, "Herinrichting stationsomgeving", 2023, 4015000, 552599, 1837068, "nee")]),
          ("Onderwijs",
           [(7078, "Nieuwbouw IKC De Zandloper", 2022, 4420000, 1996596, 1469303, "nee"),
            (7091, "Uitbreiding OBS Anna Paulowna", 2025, 4440000, 0, 1478351, "nee"),
            (7104, "Tijdelijke huisvesting Wieringerwerf", 2025, 2745000, 0, 2748631, "ja")])]


def kredieten(path: Path, text_at: str | None = None) -> Path:
    """The staat; `text_at`: the line whose Restant krediet is typed as text glued to its 'nee' ('610.840nee')."""
    rows = [["Gemeente Hollands Kroon-West"], ["Jaarrekening 2025 - Staat van lopende investeringskredieten"],
            ["bedragen in euro's"], [], TITLES]
    subtotals = []
    for name, lines in GROUPS:
        rows.append([None, name])
        sums = [0, 0, 0, 0]
        for nr, label, year, credit, before, now, close in lines:
            rest = credit - before - now
            figures = [credit, before or "-", now, rest]
            if label == text_at:
                figures[3] = f"{rest:,}".replace(",", ".") + close
            rows.append([nr, label, year, *figures, close])
            sums = [s + v for s, v in zip(sums, [credit, before, now, rest])]
        rows.append([None, f"Subtotaal {name}", None, *sums])
        subtotals.append(sums)
    rows.append([None, "Totaal investeringskredieten", None, *[sum(c) for c in zip(*subtotals)]])
    return workbook(path, rows, title="Kredieten", figures=lambda r, c, v: isinstance(v, int) and c > 3,
                    widths={"A": 7, "B": 34, "C": 8, "D": 12, "E": 12, "F": 12, "G": 12, "H": 9})


GREX = [("Woningbouwlocaties", [("G01", "Molenakker fase 2", 8912, 279, 56, -1791, "Laatste 14 kavels in verkoop."),
                                ("G02", "De Hoge Dijk", 137, 691, 136, 680, "Bouwrijp maken fase 1 gereed."),
                                ("G03", "Centrumplan Maasstraat", 5661, 1531, 2303, -1184, "Vertraging door bezwaar."),
                                ("G05", "Oude Veiling", 4978, 2475, 971, 1906, "-")]),
        ("Bedrijventerreinen", [("G07", "Bedrijvenpark De Kroon II", 270, 1766, 1461, -1335, "Uitgifte 2,1 ha."),
                                ("G08", "Maasoever Zuid", 4687, 1049, 2367, 1080, "Grondprijzen herzien."),
                                ("G09", "Havenkwartier", 7845, 787, 2248, -1962, "Sanering bodem afgerond.")])]
DELETED = "Maasoever Zuid"


def grex(path: Path, deleted: bool = False) -> Path:
    """The staat van grondexploitaties; `deleted`: the line DELETED left out, its subtotal as printed before."""
    rows = [["Gemeente Bergen-Maasland"], ["Staat van in exploitatie genomen gronden 2025"], ["bedragen x € 1.000"],
            [], ["Nr.", "Complex", "Boekwaarde 1-1-2025", "Lasten 2025", "Baten 2025", "Boekwaarde 31-12-2025",
                 "Verwacht resultaat (NCW)", "Toelichting"]]
    subtotals = []
    for name, lines in GREX:
        rows.append([None, name])
        sums = [0] * 5
        for code, label, begin, costs, revenue, result, note in lines:
            figures = [begin, costs, revenue, begin + costs - revenue, result]
            sums = [s + v for s, v in zip(sums, figures)]
            if not (deleted and label == DELETED):
                rows.append([code, label, *figures, note])
        rows.append([None, f"Subtotaal {name.lower()}", *sums])
        rows.append([])
        subtotals.append(sums)
    rows.append([None, "Totaal grondexploitaties", *[sum(c) for c in zip(*subtotals)]])

    def header(cell) -> None:   # (the titles wrapped in a header row of two lines, as the staat prints them)
        if cell.row == 5:
            cell.alignment = Alignment(wrap_text=True, horizontal="center" if cell.column > 2 else "left")
        elif cell.column > 1:   # (labels and figures set at the top of their rows, the codes at the foot: lower)
            cell.alignment = Alignment(wrap_text=cell.column == 2, vertical="top",
                                       horizontal="right" if isinstance(cell.value, int) else None)

    def tall(sheet) -> None:
        sheet.row_dimensions[5].height = 30
        for r in range(6, len(rows) + 1):
            sheet.row_dimensions[r].height = 19

    return workbook(path, rows, title="Grondexploitaties", figures=lambda r, c, v: isinstance(v, int) and c > 2,
                    widths={"A": 6, "B": 28, "C": 11, "D": 10, "E": 10, "F": 11, "G": 11, "H": 40},
                    each=header, style=tall)


@pytest.fixture(scope="module")
def printed(tmp_path_factory):
    folder = tmp_path_factory.mktemp("unread")
    books = [kredieten(folder / "kredieten.xlsx"), grex(folder / "grex.xlsx"),
             grex(folder / "grex-del.xlsx", deleted=True)]
    return dict(zip(("kredieten", "grex", "grex-del"), print_to_pdf(books)))


def test_a_figure_glued_to_a_word_is_unread_and_its_total_not_verified(tmp_path, capsys):
    code, report = audited(kredieten(tmp_path / "tekst.xlsx", text_at="Rotonde N241/Westerweg"), capsys)
    assert code == 1
    assert report["findings"] == []
    reasons = [(u["total"], u["reason"]) for t in report["tables"] for u in t["not_verified"]]
    assert any(label == "Subtotaal Verkeer, vervoer en waterstaat" and "Rotonde N241/Westerweg" in reason
               and "1.253.383nee" in reason for label, reason in reasons), reasons
    # (the same staat typed with figures is clean)
    assert audited(kredieten(tmp_path / "cijfers.xlsx"), capsys)[0] == 0


def test_ja_nee_printed_tight_against_the_restant_is_parted_from_it(printed, capsys):
    code, report = audited(printed["kredieten"], capsys)
    assert report["findings"] == []
    assert code == 0, report


def test_a_verwacht_resultaat_made_by_no_columns_before_it_is_no_total(tmp_path, printed, capsys):
    for path in (grex(tmp_path / "grex.xlsx"), printed["grex"]):
        code, report = audited(path, capsys)
        assert report["findings"] == [] and code == 0, (path.suffix, report)


def test_a_line_deleted_from_the_grex_is_found_at_its_subtotal(printed, capsys):
    code, report = audited(printed["grex-del"], capsys)
    assert code == 1
    found = {(f["row_label"], f["column"], f["expected"], f["found"]) for f in report["findings"]}
    assert ("Subtotaal bedrijventerreinen", "Lasten 2025", "2553", "3602") in found, found


def taakvelden(path: Path) -> Path:
    """Taakvelden under their hoofdtaakveld's total, which carries the hoofdtaakveld's code in the code column ('6' |
    'Totaal Sociaal domein', as the BBV overzicht prints it), and a grand total of those totals."""
    blocks = [("0", "Bestuur en ondersteuning", [("0.1", "Bestuur", 2140, 35), ("0.2", "Burgerzaken", 1310, 480),
                                                ("0.4", "Overhead", 9220, 610)]),
              ("6", "Sociaal domein", [("6.1", "Samenkracht en burgerparticipatie", 3410, 260),
                                      ("6.3", "Inkomensregelingen", 11870, 9050),
                                      ("6.71", "Maatwerkdienstverlening 18+", 6120, 410)]),
              ("7", "Volksgezondheid en milieu", [("7.1", "Volksgezondheid", 2980, 120), ("7.2", "Riolering", 4410, 5120),
                                                  ("7.3", "Afval", 5230, 6010)])]
    rows = [["Overzicht van baten en lasten per taakveld"], ["Bedragen x € 1.000"], [],
            ["Taakveld", "Omschrijving", "Lasten", "Baten", "Saldo"]]
    totals = []
    for code, name, lines in blocks:
        for c, label, costs, revenue in lines:
            rows.append([c, label, costs, revenue, revenue - costs])
        total = [sum(line[k] for line in lines) for k in (2, 3)]
        totals.append([*total, total[1] - total[0]])
        rows.append([code, f"Totaal {name}", *totals[-1]])
        rows.append([])
    rows.append([None, "Totaal taakvelden", *[sum(t[k] for t in totals) for k in range(3)]])
    return workbook(path, rows, title="Taakvelden", figures=lambda r, c, v: isinstance(v, int) and c > 2,
                    widths={"A": 9, "B": 36, "C": 11, "D": 11, "E": 11})


def test_a_total_carrying_its_code_is_still_called_a_total(tmp_path, capsys):
    code, report = audited(taakvelden(tmp_path / "taakvelden.xlsx"), capsys)
    assert report["findings"] == [] and code == 0, report


@pytest.mark.parametrize("text, unread", [
    ("610.840nee", True), ("610.840 nee", True), ("(1.234) zie toelichting", True), ("-1.791Laatste kavels", True),
    ("0naar gewicht te verdelen", False),   # a 0 glued to a note: read as nil, it counts what it says
    ("-27,003.17 in centen", True),         # a figure of another format in a note: text, no figure read
    ("zie toelichting", True), ("2024: te verdelen", True)])
def test_which_cells_are_unread_figures(text, unread):
    from pyengine.audit.model import Cell
    from pyengine.audit.tables import _not_read

    assert bool(_not_read(Cell(text))) is unread
