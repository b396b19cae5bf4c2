"""Tables whose rows are set taller than a line of text, their codes and labels at the top of the row and their figures
at the foot, printed to PDF by LibreOffice (issue 18, e31; the trial23 and trial24 corpora, mechanisms M1 and M4): each
row prints as two lines a full text line apart, the code and label, then a line of figures without a label. Read so,
every line of figures was an unlabelled total of the lines above it (false findings on clean tables). A line of text
(after its code, or a (sub)total's label set left of the lines') right above a line of figures that has no label of its
own, a text line apart, is that line's label. A label wrapped over more lines than its row holds runs over the next
row's label; the next row's code, at the height of its own label, belongs to that row. A header whose year range wraps
('Verschil 2026-' over '2025') is a header: its '2026-' is no figure -2026, its years no line of figures. The xlsx
reads right as it is (the same checks, for comparison)."""

import pytest
from openpyxl.styles import Alignment, Font

from published_tables import audited, print_named, workbook

# --- A: bijdragen deelnemers per taakpakket, a Nr. column, rows 26 pt, Tahoma 9 -----------------------------------
A_TITLES = ["Nr.", "Deelnemer", "Basistaken", "Plustaken", "Projecten", "Totaal bijdrage"]
A_TOWNS = [("01", "Gemeente Berkelland", 411888, 80574, 62698), ("02", "Gemeente Bronckhorst", 781297, 306988, 6664),
           ("03", "Gemeente Doetinchem", 258594, 63960, 36477), ("04", "Gemeente Hof van Twente", 731049, 262965, 66555),
           ("05", "Gemeente Lochem", 641520, 139207, 48769)]
A_PROVINCE = [("06", "Provincie Gelderland (VTH-taken bedrijven en natuurbescherming)", 2248839, 1325685, 7486),
              ("07", "Provincie Gelderland (Wet natuurbescherming)", 2417795, 936434, 0)]


def a_rows(plus: str | None = None) -> list[list]:
    """The lines (Totaal bijdrage = the three taakpakketten), a Subtotaal per block and the Totaal of both; `plus`:
    the line whose Plustaken is printed one too high (its Totaal bijdrage and the totals as they were)."""
    def line(code, label, basis, plus_, projects):
        return [code, label, basis, plus_ + (label == plus), projects, basis + plus_ + projects]

    def total(label, lines):
        return [None, label] + [sum(row[k] for row in lines) for k in range(2, 6)]

    towns = [line(*t) for t in A_TOWNS]
    province = [line(*p) for p in A_PROVINCE]
    clean_towns = [[c, lab, b, p, j, b + p + j] for c, lab, b, p, j in A_TOWNS]
    clean_province = [[c, lab, b, p, j, b + p + j] for c, lab, b, p, j in A_PROVINCE]
    st, sp = total("Subtotaal gemeenten", clean_towns), total("Subtotaal provincie", clean_province)
    return [[None, "Gemeenten"], *towns, st, [None, "Provincie"], *province, sp,
            total("Totaal bijdragen deelnemers", [st, sp])]


def split_rows(header_row: int, size: int, font: str, wrap: bool = True):
    """Every typed cell in `font` at `size` pt (the titles bold); under the header, the codes and labels set at the top
    of their cells (the lines' labels indented, their (sub)totals' not), the figures left at the foot."""
    def each(cell):
        cell.font = Font(name=font, size=size, bold=cell.row == header_row)
        if cell.row > header_row and not isinstance(cell.value, int):
            label = cell.column == 2 and not str(cell.value).startswith(("Subtotaal", "Totaal", "Gemeenten", "Provincie"))
            cell.alignment = Alignment(vertical="top", wrap_text=wrap, indent=1 if label else 0)
        elif cell.row == header_row:
            cell.alignment = Alignment(horizontal="right" if cell.column > 2 else "left", wrap_text=True)
    return each


def layout_a(path, rows):
    def style(sheet):
        for r in range(5, 5 + len(rows)):
            sheet.row_dimensions[r].height = 26
    return workbook(path, [["Bijdragen deelnemers 2026"], ["Begroting 2026, bedragen in euro's"], [], A_TITLES, *rows],
                    title="Bijdragen", each=split_rows(4, 9, "Tahoma"), style=style,
                    widths={"A": 6, "B": 34, "C": 14, "D": 14, "E": 14, "F": 16})


# --- B: lasten per product 2022-2026 with a wrapped 'Verschil 2026-2025', rows 32 pt, Cambria 11 ------------------
B_LINES = [("P11", "Beschut werk binnen", 9312, 10204, 10218, 9611, 9205),
           ("P12", "Groenvoorziening en schoonmaak (detachering)", 25703, 24411, 23120, 23804, 22512),
           ("P13", "Loonkosten Wsw-medewerkers", 7514, 7903, 7822, 8308, 8611),
           ("P14", "Management en staf", 10520, 10233, 10041, 10017, 10228)]


def b_rows(plus: str | None = None) -> list[list]:
    """The lines (Verschil = 2026 - 2025) and their Totaal; `plus`: the line whose 2024 is printed one too high (the
    Totaal as it was)."""
    rows = [[code, label, a, b, c + (code == plus), d, e, e - d] for code, label, a, b, c, d, e in B_LINES]
    clean = [[code, label, a, b, c, d, e, e - d] for code, label, a, b, c, d, e in B_LINES]
    return rows + [[None, "Totaal lasten werkbedrijf"] + [sum(r[k] for r in clean) for k in range(2, 8)]]


def layout_b(path, rows):
    def style(sheet):
        sheet.row_dimensions[5].height = 42
        for r in range(6, 6 + len(rows)):
            sheet.row_dimensions[r].height = 32
    header = ["Product", "Omschrijving", 2022, 2023, 2024, 2025, 2026, "Verschil 2026-2025"]
    return workbook(path, [["Werkbedrijf: lasten per product"], ["Realisatie 2022-2025 en begroting 2026 (x € 1.000)"],
                           [], [None, None, "Lasten"], header, *rows], title="Lasten",
                    figures=lambda r, c, value: isinstance(value, int) and r > 5,
                    merges=["C4:G4"], each=split_rows(5, 11, "Cambria"), style=style,
                    widths={"A": 5, "B": 30, "C": 9, "D": 9, "E": 9, "F": 9, "G": 9, "H": 9})


# --- C: kosten per zuivering, a label wrapped over three lines in a row of two, Tahoma 10 ---------------------------
C_LINES = [("N01", "Rwzi Ameland", 609, 288, 1749), ("N02", "Rwzi Dokkum", 1166, 292, 1493),
           ("N03", "Rwzi Franeker (incl. voorbehandeling industrieel afvalwater)", 923, 183, 2228),
           ("N04", "Rwzi Harlingen", 152, 53, 278), ("N05", "Rwzi Leeuwarden", 890, 176, 1844)]


def c_rows(plus: str | None = None) -> list[list]:
    """The lines (Totaal = the three kosten) and their Subtotaal; `plus`: the line whose Energie is printed one too
    high (its Totaal and the Subtotaal as they were)."""
    rows = [[code, label, a + (code == plus), b, c, a + b + c] for code, label, a, b, c in C_LINES]
    clean = [[code, label, a, b, c, a + b + c] for code, label, a, b, c in C_LINES]
    return [[None, "Cluster Noord"], *rows, [None, "Subtotaal cluster noord"] + [sum(r[k] for r in clean)
                                                                                for k in range(2, 6)]]


def layout_c(path, rows):
    def style(sheet):
        for r in range(5, 5 + len(rows)):   # (two lines of the label and half a point: a third runs over the next)
            sheet.row_dimensions[r].height = 24
    return workbook(path, [["Zuiveringsbeheer: kosten per rioolwaterzuivering"], ["Jaarverslag 2025 (x € 1.000)"], [],
                           ["Rwzi", "Zuivering", "Energie", "Chemicaliën", "Kapitaallasten", "Totaal"], *rows],
                    title="Zuivering", each=split_rows(4, 10, "Tahoma"), style=style,
                    widths={"A": 6, "B": 26, "C": 13, "D": 13, "E": 13, "F": 13})


# --- D: leerlingenvervoer, a ratio column 'euro per inwoner 2025' wrapped over three lines beside two groups, Calibri
# (its title's lines 'euro per' and 'inwoner' over its '2025', on the line of the columns' titles; the page's number,
# '1' centred in the page's foot beside the footer's text, stands under that title, right of where 'euro per' starts
# and left of its '2025': it is no column's figures, and the title is one, not a title over nothing beside a third
# '2025' summed as a column of amounts)
D_LINES = [("Aangepast taxivervoer", 412, 398, 1288450, -61200, -25000),
           ("Openbaar vervoer (abonnementen)", 233, 251, 301200, 0, -12500),
           ("Eigen vervoer (kilometervergoeding)", 118, 124, 163905, -8400, 0), ("Fietsvergoeding", 61, 57, 21033, 0, 0),
           ("Begeleid reizen", 35, 41, 98110, -4120, -3000)]
D_PER = {"Aangepast taxivervoer": 26.7, "Openbaar vervoer (abonnementen)": 6.2,
         "Eigen vervoer (kilometervergoeding)": 3.2, "Fietsvergoeding": 0.4, "Begeleid reizen": 2.0,
         "Totaal leerlingenvervoer": 38.6}   # (the total's own ratio, rounded: not the sum of the lines' rounded ones)
D_GROUPS = [None, "Aantal leerlingen", None, None, "Kosten 2025 (€)"]
D_TITLES = ["Vervoersvorm", 2024, 2025, "euro per inwoner 2025", "Contract", "Eigen bijdrage", "Rijksbijdrage",
            "Netto kosten"]


def d_rows(plus: str | None = None) -> list[list]:
    """The lines (Netto kosten = Contract + Eigen bijdrage + Rijksbijdrage) and their Totaal; `plus`: the line whose
    Contract is printed one too high (its Netto kosten and the Totaal as they were)."""
    rows = [[label, a, b, D_PER[label], c + (label == plus), e, r, c + e + r] for label, a, b, c, e, r in D_LINES]
    total = ["Totaal leerlingenvervoer", *(sum(line[k] for line in D_LINES) for k in (1, 2)),
             D_PER["Totaal leerlingenvervoer"], *(sum(line[k] for line in D_LINES) for k in (3, 4, 5)),
             sum(c + e + r for _l, _a, _b, c, e, r in D_LINES)]
    return [["Vervoer van en naar school"], *rows, total]


def layout_d(path, rows):
    def each(cell):
        cell.font = Font(name="Calibri", size=10, bold=cell.row in (4, 5) or cell.row == 5 + len(rows))
        if cell.row == 4:
            cell.alignment = Alignment(horizontal="center")
        elif cell.row == 5:
            cell.alignment = Alignment(horizontal="left" if cell.column == 1 else "right", vertical="bottom",
                                       wrap_text=True)
        elif isinstance(cell.value, float):
            cell.number_format = "[$-413]#,##0.0"

    def style(sheet):
        sheet.row_dimensions[5].height = 30
        sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
        sheet.page_margins.left = sheet.page_margins.right = 0.5
        sheet.oddFooter.left.text = "Gemeente Heuvelrand - Jaarverslag 2025"
        sheet.oddFooter.center.text = "&P"
    return workbook(path, [["Leerlingenvervoer per vervoersvorm 2025"], ["Gemeente Heuvelrand - Jaarverslag 2025"], [],
                           D_GROUPS, D_TITLES, *rows], title="Vervoer", orientation="portrait",
                    figures=lambda r, c, value: isinstance(value, int) and r > 5,
                    merges=["B4:C4", "E4:H4"], each=each, style=style,
                    widths={"A": 34, "B": 10, "C": 10, "D": 11, "E": 13, "F": 13, "G": 13, "H": 13})


SOURCES = {"a": (layout_a, a_rows()), "a_plus": (layout_a, a_rows("Gemeente Doetinchem")),
           "b": (layout_b, b_rows()), "b_plus": (layout_b, b_rows("P13")),
           "c": (layout_c, c_rows()), "c_plus": (layout_c, c_rows("N04")),
           "d": (layout_d, d_rows()), "d_plus": (layout_d, d_rows("Fietsvergoeding"))}


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    folder = tmp_path_factory.mktemp("gesplitst")
    sources = {name: make(folder / f"{name}.xlsx", rows) for name, (make, rows) in SOURCES.items()}
    return {"xlsx": sources, "pdf": print_named(sources)}


def findings(data: dict) -> list[tuple]:
    return sorted((f["row_label"], f["column"], f["expected"], f["found"]) for f in data["findings"])


def relations(data: dict) -> dict:
    return {(r["axis"], r["total"]): r["parts"] for t in data["tables"] for r in t["relations"]}


CHECKED = {
    "a": {("row", "Subtotaal gemeenten"): [f"{code} {label}" for code, label, *_f in A_TOWNS],
          ("row", "Subtotaal provincie"): [f"{code} {label}" for code, label, *_f in A_PROVINCE],
          ("row", "Totaal bijdragen deelnemers"): ["Subtotaal gemeenten", "Subtotaal provincie"]},
    "b": {("row", "Totaal lasten werkbedrijf"): [f"{code} {label}" for code, label, *_f in B_LINES]},
    "c": {("row", "Subtotaal cluster noord"): [f"{code} {label}" for code, label, *_f in C_LINES],
          ("column", "Totaal"): ["Energie", "Chemicaliën", "Kapitaallasten"]},
}


@pytest.mark.parametrize("kind", ["xlsx", "pdf"])
@pytest.mark.parametrize("name", ["a", "b", "c"])
def test_a_clean_table_of_split_rows_is_clean_and_checked(files, kind, name, capsys):
    code, data = audited(files[kind][name], capsys)
    assert (code, data["verdict"], data["findings"], data["not_verified"]) == (0, "clean", [], 0)
    checked = relations(data)
    for total, parts in CHECKED[name].items():
        assert checked.get(total) == parts, (total, checked)


@pytest.mark.parametrize("kind", ["xlsx", "pdf"])
def test_a_plus_one_in_a_split_row_is_found_on_its_line_and_at_its_subtotal(files, kind, capsys):
    code, data = audited(files[kind]["a_plus"], capsys)
    assert code == 1
    assert findings(data) == [("03 Gemeente Doetinchem", "Totaal bijdrage", "359032", "359031"),
                              ("Subtotaal gemeenten", "Plustaken", "853695", "853694")]


@pytest.mark.parametrize("kind", ["xlsx", "pdf"])
def test_a_plus_one_under_a_wrapped_year_range_is_found_at_its_total_only(files, kind, capsys):
    code, data = audited(files[kind]["b_plus"], capsys)
    assert code == 1
    assert findings(data) == [("Totaal lasten werkbedrijf", "Lasten 2024", "51202", "51201")]


@pytest.mark.parametrize("kind", ["xlsx", "pdf"])
def test_a_plus_one_on_the_line_under_an_overrunning_label_is_found_under_its_own_code(files, kind, capsys):
    code, data = audited(files[kind]["c_plus"], capsys)
    assert code == 1
    assert findings(data) == [("N04 Rwzi Harlingen", "Totaal", "484", "483"),
                              ("Subtotaal cluster noord", "Energie", "3741", "3740")]


@pytest.mark.parametrize("kind", ["xlsx", "pdf"])
def test_a_ratio_titled_over_three_lines_above_its_year_is_one_column_not_a_year(files, kind, capsys):
    code, data = audited(files[kind]["d"], capsys)
    assert (code, data["verdict"], data["findings"], data["not_verified"]) == (0, "clean", [], 0)
    assert relations(data) == {
        ("row", "Totaal leerlingenvervoer"): [line[0] for line in D_LINES],
        ("column", "Netto kosten Kosten 2025 (€)"): [f"Kosten 2025 (€) {title}" for title in D_TITLES[4:7]]}
    assert [c for t in data["tables"] for c in t["columns"] if "per" in c] == ["euro per inwoner 2025"]


@pytest.mark.parametrize("kind", ["xlsx", "pdf"])
def test_a_plus_one_beside_a_ratio_titled_over_three_lines_is_found_on_its_line_and_at_its_total(files, kind,
                                                                                                  capsys):
    code, data = audited(files[kind]["d_plus"], capsys)
    assert code == 1
    assert findings(data) == [("Fietsvergoeding", "Kosten 2025 (€) Netto kosten", "21034", "21033"),
                              ("Totaal leerlingenvervoer", "Kosten 2025 (€) Contract", "1872699", "1872698")]
