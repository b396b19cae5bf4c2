"""pyengine audit on a PDF whose group titles are centred over columns of unequal widths with an empty spacer column
between the groups: a sportbond's ledentallen, '2024' merged and centred over Leden | Contributie | Subsidie (its first
column narrow) and '2025' over the same three after a narrow empty column. Where the first cell of a group starts is
known only between the previous column's right edge and where its own figures start: each year heads its three
columns, so the columns read '2024 Leden' ... '2025 Subsidie' as in the workbook, and a +1 in one club's 2025 Leden is
a finding under '2025 Leden', not '2024 Leden' (as PDF printed by LibreOffice, and as xlsx)."""

from pathlib import Path

import pytest
from openpyxl.styles import Alignment

from published_tables import audited, print_named, workbook

CLUBS = [  # (club, 2024: leden, contributie, subsidie; 2025: the same)
    ("VV De Zwaluwen", 412, 61800, 8200, 436, 65400, 8400),
    ("HC Rijnstreek", 287, 51660, 5100, 301, 54180, 5300),
    ("TC Het Veld", 198, 23760, 2400, 205, 24600, 2500),
    ("ZV De Golfslag", 356, 42720, 6900, 349, 41880, 7100),
    ("KV Oranje Wit", 174, 19140, 3100, 181, 19910, 3200),
]
COLUMNS = [f"{year} {title}" for year in ("2024", "2025") for title in ("Leden", "Contributie", "Subsidie")]


def rows(edit=None):
    lines = [[club, *figures[:3], None, *figures[3:]] for club, *figures in CLUBS]
    total = ["Totaal", *(None if k == 4 else sum(line[k] for line in lines) for k in range(1, 8))]
    if edit is not None:
        club, k, value = edit
        next(line for line in lines if line[0] == club)[k] = value
    return [*lines, total]


def ledental(path: Path, lines) -> Path:
    def align(cell):
        if cell.row in (3, 4) and cell.column > 1:
            cell.alignment = Alignment(horizontal="center")

    return workbook(path, [["Sportbond Rijnland: leden, contributie en subsidie per club"], [],
                           ["Club", "2024", None, None, None, "2025", None, None],
                           [None, "Leden", "Contributie", "Subsidie", None, "Leden", "Contributie", "Subsidie"],
                           *lines],
                    title="Clubs", number_format="#,##0", each=align, merges=["B3:D3", "F3:H3"],
                    widths={"A": 26, "B": 8, "C": 13, "D": 13, "E": 3, "F": 8, "G": 13, "H": 13},
                    figures=lambda r, c, value: r >= 5 and isinstance(value, int))


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    folder = tmp_path_factory.mktemp("clubs")
    sources = {"clean": ledental(folder / "clubs.xlsx", rows()),
               "plus": ledental(folder / "clubs-plus.xlsx", rows(("TC Het Veld", 5, 206)))}
    return {"xlsx": sources, "pdf": print_named(sources)}


@pytest.mark.parametrize("kind", ["xlsx", pytest.param("pdf", marks=pytest.mark.xfail(strict=True, reason=(
    "columns of unequal widths: the title's centre taken over a range for the run's start (e41) also took the "
    "'Saldo' over '1 januari' of a voorzieningen staat for 'Vrijval' (tests/test_audit_pdf_print.py); left out at "
    "the merge, trial27's spacer layout read as e43 made it (tests/test_audit_pdf_print_titles.py)")))])
def test_each_year_heads_its_three_columns(files, kind, capsys):
    code, data = audited(files[kind]["clean"], capsys)
    assert (code, data["verdict"], data["findings"]) == (0, "clean", [])
    assert [column for t in data["tables"] for column in t["columns"]] == COLUMNS


@pytest.mark.parametrize("kind", ["xlsx", pytest.param("pdf", marks=pytest.mark.xfail(strict=True, reason=(
    "columns of unequal widths: the title's centre taken over a range for the run's start (e41) also took the "
    "'Saldo' over '1 januari' of a voorzieningen staat for 'Vrijval' (tests/test_audit_pdf_print.py); left out at "
    "the merge, trial27's spacer layout read as e43 made it (tests/test_audit_pdf_print_titles.py)")))])
def test_a_figure_of_the_second_year_is_found_under_its_own_year(files, kind, capsys):
    code, data = audited(files[kind]["plus"], capsys)
    assert code == 1
    assert [(f["row_label"], f["column"], f["expected"], f["found"]) for f in data["findings"]] == [
        ("Totaal", "2025 Leden", str(436 + 301 + 206 + 349 + 181), str(436 + 301 + 205 + 349 + 181))]
