"""A provincie's begrotingswijziging per programma (issue 18, trial16 t08): Lasten and Baten each 'Oorspronkelijke
begroting | Wijziging | Gewijzigde begroting' (merged group titles), a 'Saldo gewijzigde begroting' column, the
programmes numbered 1..11 in a column of their own, then after an empty row 'Saldo van baten en lasten' (the sum of
the programmes in every column), the mutaties reserves and 'Geraamd resultaat'.
Clean: no findings, exit 0. One programme deleted: 'Saldo van baten en lasten' is found short of it in every column,
with the sum of the programmes left as its expected figure; never a mix of signs of two lines failing everywhere
('10 Overhead - 11 Onvoorzien': a line called a total is the sum of its lines, not a guess of signs)."""

import pytest
from openpyxl.styles import Alignment, Font

from published_tables import audited, print_named, workbook

FORMAT = "[$-413]#,##0;[$-413]-#,##0;\"-\""
PROGRAMMES = [("1", "Ruimte en wonen", 123326, 5028, 4373, -8),
              ("2", "Mobiliteit", 77351, 0, 5147, 0),
              ("3", "Natuur en landelijk gebied", 92031, 578, 40092, 205),
              ("4", "Water en bodem", 117288, 3123, 7055, 0),
              ("5", "Economie en vrijetijdseconomie", 145126, 0, 42359, 485),
              ("6", "Energietransitie en klimaat", 136596, 1917, 48415, 2142),
              ("7", "Cultuur en erfgoed", 137196, 1539, 11627, 547),
              ("8", "Bestuur en samenwerking", 25890, 3205, 10036, 0),
              ("9", "Algemene dekkingsmiddelen", 262, 2110, 740442, -790),
              ("10", "Overhead", 104106, 4066, 22497, 0),
              ("11", "Onvoorzien", 1000, 2579, 0, 918)]
TOTALS = ("Saldo van baten en lasten", "Totaal mutaties reserves", "Geraamd resultaat")
COLUMNS = ["Lasten Oorspronkelijke begroting", "Lasten Wijziging", "Lasten Gewijzigde begroting",
           "Baten Oorspronkelijke begroting", "Baten Wijziging", "Baten Gewijzigde begroting",
           "Saldo gewijzigde begroting"]


def figures(lo, lw, bo, bw):
    return [lo, lw, lo + lw, bo, bw, bo + bw, (bo + bw) - (lo + lw)]


def programme_rows(deleted=None):
    return [[code, name, *figures(lo, lw, bo, bw)] for code, name, lo, lw, bo, bw in PROGRAMMES if code != deleted]


def build(path, deleted=None):
    """The table as the provincie prints it; `deleted`: a programme's line removed, its totals kept as printed."""
    lines = programme_rows(deleted)
    saldo = [sum(r[i] for r in programme_rows()) for i in range(2, 9)]
    reserves = [[None, "Toevoegingen aan reserves", 26179, 158, 26337, "-", "-", 0, -26337],
                [None, "Onttrekkingen aan reserves", "-", "-", 0, 54308, 20844, 75152, 75152]]
    mutaties = [sum(r[i] for r in reserves if r[i] != "-") for i in range(2, 9)]
    result = [a + b for a, b in zip(saldo, mutaties)]
    rows = [["Provincie Noord-Veluwe"], ["3e begrotingswijziging 2025 (Najaarsnota) - overzicht per programma"],
            ["bedragen x € 1.000; saldo: negatief = nadeel"], [],
            ["Progr.", "Omschrijving", "Lasten", None, None, "Baten", None, None, "Saldo gewijzigde begroting"],
            [None, None, "Oorspronkelijke begroting", "Wijziging", "Gewijzigde begroting",
             "Oorspronkelijke begroting", "Wijziging", "Gewijzigde begroting"],
            *lines, [], [None, "Saldo van baten en lasten", *saldo], [], [None, "Mutaties reserves"], *reserves,
            [None, "Totaal mutaties reserves", *mutaties], [], [None, "Geraamd resultaat", *result]]

    def align(cell):
        bold = cell.row in (5, 6) or (cell.row > 6 and rows[cell.row - 1][1] in TOTALS)
        cell.font = Font(size=8, bold=bold)
        if cell.row in (5, 6):
            cell.alignment = Alignment(horizontal="center", wrap_text=True)
        elif cell.column > 2:
            cell.alignment = Alignment(horizontal="right")

    return workbook(path, rows, title="Begrotingswijziging", number_format=FORMAT,
                    figures=lambda r, c, value: isinstance(value, int) and r > 6,
                    merges=["A5:A6", "B5:B6", "C5:E5", "F5:H5", "I5:I6"], each=align,
                    widths={"A": 6, "B": 34, **{c: 12 for c in "CDEFGHI"}})


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    folder = tmp_path_factory.mktemp("begrotingswijziging")
    sources = {"clean": build(folder / "clean.xlsx"), "deleted": build(folder / "deleted.xlsx", deleted="7")}
    pdfs = print_named(sources, tmp_path_factory.mktemp("begrotingswijziging-pdf"))
    return {**{f"{k}.xlsx": v for k, v in sources.items()}, **{f"{k}.pdf": v for k, v in pdfs.items()}}


@pytest.mark.parametrize("kind", ["xlsx", "pdf"])
def test_clean_adds_up(files, kind, capsys):
    code, report = audited(files[f"clean.{kind}"], capsys)
    assert (code, report["verdict"], report["findings"]) == (0, "clean", [])


@pytest.mark.parametrize("kind", ["xlsx", "pdf"])
def test_deleted_programme_found_at_the_saldo_with_the_sum_of_the_programmes_left(files, kind, capsys):
    code, report = audited(files[f"deleted.{kind}"], capsys)
    assert code == 1
    left = [sum(r[i] for r in programme_rows("7")) for i in range(2, 9)]
    printed = [sum(r[i] for r in programme_rows()) for i in range(2, 9)]
    found = [(f["row_label"], int(f["expected"]), int(f["found"])) for f in report["findings"]]
    assert found == [("Saldo van baten en lasten", expected, value) for expected, value in zip(left, printed)]
    if kind == "xlsx":  # (a PDF names some columns by their own titles only)
        assert [f["column"] for f in report["findings"]] == COLUMNS
