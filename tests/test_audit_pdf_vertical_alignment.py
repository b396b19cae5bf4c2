"""Tables whose labels are set at the top of their rows (Alignment(vertical="top")) and whose figures are left at the
default, the bottom, in rows taller than their text (9 pt type in rows of the default height; a wrapped label's rows
taller still), printed to PDF by LibreOffice (issue 18, e30): the figures print a few points under their label's
baseline, a wrapped label's last line well above its figures, a code or I/S cell (bottom-aligned as the figures are)
beside the figures, not the label. Read line by line, the figures were rows of their own without a label, summed as
totals (false findings on clean tables), the first labels went into the column titles and the code became the label.
A row of a table is the band between its borders: a label line and a figure line whose text boxes overlap are one
line; a wrapped label's lines above a line of figures without a label of its own are its label, the first row's too
when they stand under the columns' titles. The xlsx reads right as it is (the same checks, for comparison)."""

import pytest
from openpyxl.styles import Alignment, Font

from published_tables import audited, print_named, widths_of, workbook

# --- A: a staat van reserves en voorzieningen, Arial 9 -------------------------------------------------------------
A_TITLES = ["Omschrijving", "Saldo 1-1-2025", "Toevoeging", "Onttrekking", "Saldo 31-12-2025"]
A_RESERVES = [("Algemene reserve", 6097882, 0, 0), ("Reserve weerstandsvermogen", 6152978, 227111, 466881),
              ("Reserve grondexploitatie", 7212688, 391725, 794526)]
A_PROVISIONS = [("Voorziening groot onderhoud gebouwen", 3757145, 761091, 727036),
                ("Voorziening wethouderspensioenen", 1521294, 0, 0),
                ("Voorziening riolering (egalisatie)", 851853, 637472, 668728)]


def a_rows(plus: str | None = None) -> list[list]:
    """The lines (Saldo 31-12 = Saldo 1-1 + Toevoeging - Onttrekking), the totals of each block and of both; `plus`:
    the line whose Toevoeging is printed one too high (its Saldo 31-12 and the totals as they were)."""
    def line(label, begin, add, take):
        return [label, begin, add + (label == plus), take, begin + add - take]

    def total(label, lines):
        return [label] + [sum(row[k] for row in lines) for k in range(1, 5)]

    reserves = [line(*r) for r in A_RESERVES]
    provisions = [line(*p) for p in A_PROVISIONS]
    clean = [[label, begin, add, take, begin + add - take] for label, begin, add, take in A_RESERVES + A_PROVISIONS]
    tr, tv = total("Totaal reserves", clean[:3]), total("Totaal voorzieningen", clean[3:])
    return [["Reserves"], *reserves, tr, [], ["Voorzieningen"], *provisions, tv, [],
            total("Totaal reserves en voorzieningen", [tr, tv])]


def top_labels(label_column: int, text_columns: int, size: int, font: str, wrap: bool = False):
    """Every typed cell in `font` at `size` pt (the titles bold); the labels (in `label_column`, under the header)
    set at the top of their cells, the figures and the other cells (a code, an I/S) left at the bottom; the titles of
    the first `text_columns` columns set left, the figures' right."""
    def each(cell):
        cell.font = Font(name=font, size=size, bold=cell.row <= 4 and cell.row != 2)
        if cell.row > 4 and cell.column == label_column and not isinstance(cell.value, int):
            cell.alignment = Alignment(vertical="top", wrap_text=wrap)
        elif cell.row == 4:
            cell.alignment = Alignment(horizontal="right" if cell.column > text_columns else "left", wrap_text=wrap)
    return each


def layout_a(path, rows):
    return workbook(path, [["Staat van reserves en voorzieningen"], ["Jaarstukken 2025, bedragen in euro"], [],
                           A_TITLES, *rows], title="Staat R&V", each=top_labels(1, 1, 9, "Arial"),
                    widths=widths_of(40, 15, 4))


# --- B: lasten and baten per taakveld, the code column bottom-aligned, Verdana 8 ----------------------------------
B_LINES = [("0.1", "Bestuur", 4035752, 1675768), ("0.2", "Burgerzaken", 5095681, 1408689),
           ("0.3", "Beheer overige gebouwen en gronden", 7555934, 0), ("0.61", "OZB woningen", 244683, 41947400),
           ("0.62", "OZB niet-woningen", 292361, 6478455), ("1.1", "Crisisbeheersing en brandweer", 6221910, 85000)]


def b_rows(plus: str | None = None) -> list[list]:
    rows = [[code, label, lasten + (label == plus), baten, baten - lasten] for code, label, lasten, baten in B_LINES]
    clean = [[code, label, lasten, baten, baten - lasten] for code, label, lasten, baten in B_LINES]
    return rows + [[None, "Totaal taakvelden"] + [sum(r[k] for r in clean) for k in (2, 3, 4)]]


def layout_b(path, rows):
    return workbook(path, [["Baten en lasten per taakveld"], ["Begroting 2026, bedragen in euro"], [],
                           ["Taakveld", "Omschrijving", "Lasten", "Baten", "Saldo"], *rows], title="Taakvelden",
                    number_format="[$-413]#,##0;-#,##0", each=top_labels(2, 2, 8, "Verdana"),
                    widths={"A": 9, "B": 40, "C": 15, "D": 15, "E": 15})


# --- C: wrapped labels (the first row's too) with a Nr. column, Calibri 10 ---------------------------------------
C_LINES = [("1", "Exploitatiesaldo vóór toevoeging aan c.q. onttrekking uit reserves (zie BBV, art. 17c)", 1234, 412),
           ("2", "Afschrijvingen ten laste van de exploitatie", 5307, 1493),
           ("3", "Bruto dotaties aan de post voorzieningen ten laste van de exploitatie", 4424, 4345),
           ("4", "Baten uit bijdragen van andere overheden en overigen, die niet op de exploitatie worden "
                 "verantwoord, maar direct worden toegerekend aan de investeringen in vaste activa", 8214, 746),
           ("5a", "Boekwinst op de verkoop van effecten, voor zover niet op de exploitatie verantwoord", 350, 0),
           ("6", "Betalingen ten laste van de voorzieningen", 6962, 2902)]


def c_rows(plus: str | None = None) -> list[list]:
    rows = [[code, label, a + (code == plus), b] for code, label, a, b in C_LINES]
    return rows + [[None, "Totaal", sum(a for *_l, a, _b in C_LINES), sum(b for *_l, b in C_LINES)]]


def layout_c(path, rows):
    def style(sheet):   # each row as tall as its label's lines (about 45 characters a line), as a person sets it
        for r, row in enumerate(rows, start=5):
            sheet.row_dimensions[r].height = 14 * max(1, -(-len(row[1]) // 45))
    return workbook(path, [["Berekening EMU-saldo"], ["Begroting 2026 (x € 1.000)"], [],
                           ["Nr.", "Omschrijving", "Begroting 2026", "Raming 2027"], *rows], title="EMU",
                    each=top_labels(2, 2, 10, "Calibri", wrap=True), style=style,
                    widths={"A": 5, "B": 40, "C": 14, "D": 14})


# --- D: a begrotingswijziging with an I/S column right of the labels, Arial Narrow 9 -------------------------------
D_LINES = [("Hogere kosten brandweer (GR VRZ)", "S", 185000, 0), ("Verkiezingen: extra stembureaus", "I", 42500, 0),
           ("Vrijval budget handhaving", "S", -30000, 0), ("Toeristenbelasting hogere opbrengst", "S", 0, 95000),
           ("Subsidie ondernemersfonds", "I", 60000, 15000)]


def d_rows(plus: str | None = None) -> list[list]:
    rows = [[label, kind, lasten + (label == plus), baten, baten - lasten] for label, kind, lasten, baten in D_LINES]
    total = ["Totaal begrotingswijziging", None] + [sum(r[k] for r in [[*x[:2], x[2], x[3], x[3] - x[2]]
                                                                       for x in D_LINES]) for k in (2, 3, 4)]
    return rows + [total]


def layout_d(path, rows):
    return workbook(path, [["Tweede begrotingswijziging 2026"], ["Najaarsnota, bedragen in euro"], [],
                           ["Programma / mutatie", "I/S", "Lasten", "Baten", "Saldo"], *rows], title="Wijziging",
                    number_format="[$-413]#,##0;-#,##0", each=top_labels(1, 2, 9, "Arial Narrow"),
                    widths={"A": 44, "B": 5, "C": 14, "D": 14, "E": 14})


SOURCES = {"a": (layout_a, a_rows()), "a_plus": (layout_a, a_rows("Reserve weerstandsvermogen")),
           "b": (layout_b, b_rows()), "b_plus": (layout_b, b_rows("Burgerzaken")),
           "c": (layout_c, c_rows()), "c_plus": (layout_c, c_rows("3")),
           "d": (layout_d, d_rows()), "d_plus": (layout_d, d_rows("Vrijval budget handhaving"))}


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    folder = tmp_path_factory.mktemp("verticaal")
    sources = {name: make(folder / f"{name}.xlsx", rows) for name, (make, rows) in SOURCES.items()}
    return {"xlsx": sources, "pdf": print_named(sources)}


def findings(data: dict) -> list[tuple]:
    return sorted((f["row_label"], f["column"], f["expected"], f["found"]) for f in data["findings"])


def relations(data: dict) -> dict:
    return {(r["axis"], r["total"]): r["parts"] for t in data["tables"] for r in t["relations"]}


CHECKED = {
    "a": {("row", "Totaal reserves"): ["Algemene reserve", "Reserve weerstandsvermogen", "Reserve grondexploitatie"],
          ("row", "Totaal voorzieningen"): ["Voorziening groot onderhoud gebouwen", "Voorziening wethouderspensioenen",
                                            "Voorziening riolering (egalisatie)"],
          ("row", "Totaal reserves en voorzieningen"): ["Totaal reserves", "Totaal voorzieningen"],
          ("column", "Saldo 31-12-2025"): ["Saldo 1-1-2025", "Toevoeging", "-Onttrekking"]},
    "b": {("row", "Totaal taakvelden"): [f"{code} {label}" for code, label, *_f in B_LINES],
          ("column", "Saldo"): ["-Lasten", "Baten"]},
    "c": {("row", "Totaal"): [f"{code} {label}" for code, label, *_f in C_LINES]},
    "d": {("row", "Totaal begrotingswijziging"): [label for label, *_f in D_LINES],
          ("column", "Saldo"): ["-Lasten", "Baten"]},
}


@pytest.mark.parametrize("kind", ["xlsx", "pdf"])
@pytest.mark.parametrize("name", ["a", "b", "c", "d"])
def test_a_clean_table_with_its_labels_at_the_top_of_its_rows_is_clean_and_checked(files, kind, name, capsys):
    code, data = audited(files[kind][name], capsys)
    assert (code, data["verdict"], data["findings"], data["not_verified"]) == (0, "clean", [], 0)
    checked = relations(data)
    for total, parts in CHECKED[name].items():
        assert checked.get(total) == parts, (total, checked)


@pytest.mark.parametrize("kind", ["xlsx", "pdf"])
def test_a_plus_one_is_found_on_its_line_and_at_its_total(files, kind, capsys):
    code, data = audited(files[kind]["a_plus"], capsys)
    assert code == 1
    assert findings(data) == [("Reserve weerstandsvermogen", "Saldo 31-12-2025", "5913209", "5913208"),
                              ("Totaal reserves", "Toevoeging", "618837", "618836")]


@pytest.mark.parametrize("kind", ["xlsx", "pdf"])
def test_a_plus_one_beside_a_bottom_aligned_code_is_found_under_its_label(files, kind, capsys):
    code, data = audited(files[kind]["b_plus"], capsys)
    assert code == 1
    assert findings(data) == [("0.2 Burgerzaken", "Saldo", "-3686993", "-3686992"),
                              ("Totaal taakvelden", "Lasten", "23446322", "23446321")]


@pytest.mark.parametrize("kind", ["xlsx", "pdf"])
def test_a_plus_one_under_a_wrapped_label_is_found_at_its_total(files, kind, capsys):
    code, data = audited(files[kind]["c_plus"], capsys)
    assert code == 1
    assert findings(data) == [("Totaal", "Begroting 2026", "26492", "26491")]


@pytest.mark.parametrize("kind", ["xlsx", "pdf"])
def test_a_plus_one_beside_a_bottom_aligned_i_s_cell_is_found_under_its_label(files, kind, capsys):
    code, data = audited(files[kind]["d_plus"], capsys)
    assert code == 1
    assert findings(data) == [("Totaal begrotingswijziging", "Lasten", "257501", "257500"),
                              ("Vrijval budget handhaving", "Saldo", "29999", "30000")]
