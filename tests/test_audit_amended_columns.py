"""pyengine audit on the columns of an amended begroting (a begrotingswijziging of a provincie, gemeente or waterschap):
per line the begroting before the change, the change and the begroting after it, in words that vary ('Primitief |
Wijziging | Na wijziging' under 'Lasten' and again under 'Baten', with a 'Code' column before the labels and a
'Toelichting' right of the figures; 'Vastgestelde begroting | BW 2025-3 | Nieuwe begroting' under no group title;
'Actuele begroting | +/- | Gewijzigde begroting' under Lasten | Baten | Saldo). On every line the after column is the
before column + the change: a +1 typed in a line's Primitief, two digits swapped in a line's Wijziging, are found on
that line under the column name the table shows ('Lasten Na wijziging'), beside the subtotal they make fail. Words
that do not say so ('Begroting 2025 | Wijziging | Begroting 2026') are never held to it; figures that do not make it
so on most lines leave the column NOT verified (exit 1), never a finding guessed. As xlsx (openpyxl, typed values)
and as PDF printed by LibreOffice (one call for the module)."""

from pathlib import Path

import pytest
from openpyxl.styles import Alignment

from published_tables import audited, print_named, widths_of, workbook

# --- layout A: a provincie's wijziging, Code | Omschrijving | Lasten (3) | Baten (3) | Toelichting -------------
A_LINES = [  # (code, label, lasten primitief, wijziging, baten primitief, wijziging, toelichting)
    (None, "Programma 1 Ruimte en wonen"),
    ("1.1", "Ruimtelijke ontwikkeling", 54877358, 0, 0, 292922, None),
    ("1.2", "Wonen", 29539133, 0, 15095, -167590, "Overheveling uit 2024"),
    ("1.3", "Bodem en ondergrond", 33940562, 1150938, 10675145, 0, None),
    (None, "Subtotaal programma 1"),
    (None, None),
    (None, "Programma 2 Mobiliteit"),
    ("2.1", "Wegen en vaarwegen", 54342471, 538600, 5601084, 0, "Rijksbijdrage SPUK"),
    ("2.2", "Openbaar vervoer", 22487869, 0, 0, 0, "Indexatie loonkosten"),
    ("2.3", "Verkeersveiligheid", 41378648, 1124183, 278758, 513530, None),
    ("2.4", "Fiets", 31153976, 1422977, 0, -272689, "Bijstelling raming"),
    (None, "Subtotaal programma 2"),
    (None, None),
    (None, "Totaal programma's"),
]


def a_rows(edit=None, drop=None):
    """The lines with their figures: each after = before + change, subtotals of their lines; `edit` (label, index,
    value) alters one typed figure afterwards (the after column and the subtotals stay as printed)."""
    rows, block, totals = [], [], []
    for line in A_LINES:
        if line[1] is None or line[1].startswith("Programma"):
            rows.append(list(line[:2]) + [None] * 7)
            continue
        if line[1] == drop:
            continue
        if line[1].startswith("Subtotaal") or line[1].startswith("Totaal"):
            parts = block if line[1].startswith("Subtotaal") else totals
            sums = [sum(r[k] for r in parts) for k in range(2, 8)]
            row = [None, line[1], *sums, None]
            if line[1].startswith("Subtotaal"):
                totals.append(row)
            rows.append(row)
            block = []
            continue
        code, label, lp, lw, bp, bw, note = line
        row = [code, label, lp, lw, lp + lw, bp, bw, bp + bw, note]
        rows.append(row)
        block.append(row)
    if drop is not None:  # the subtotals as they were printed before the line was deleted
        whole = a_rows()
        for row, printed in zip([r for r in rows if r[1] and r[1].startswith(("Subtotaal", "Totaal"))],
                                [r for r in whole if r[1] and r[1].startswith(("Subtotaal", "Totaal"))]):
            row[2:8] = printed[2:8]
    if edit is not None:
        label, k, value = edit
        next(r for r in rows if r[1] == label)[k] = value
    return rows


def layout_a(path: Path, rows) -> Path:
    """'Lasten' and 'Baten' merged and centred over their three columns (row 4), the titles (row 5), the lines, an
    empty row and a footnote; the notes set left, indented."""
    def align(cell):
        if cell.row == 4:
            cell.alignment = Alignment(horizontal="center")
        elif cell.row == 5:
            cell.alignment = Alignment(horizontal="right") if 3 <= cell.column <= 8 else \
                Alignment(horizontal="left", indent=1 if cell.column == 9 else 0)
        elif cell.column == 9 and not isinstance(cell.value, int):
            cell.alignment = Alignment(horizontal="left", indent=1)

    titles = ["Code", "Omschrijving"] + ["Primitief", "Wijziging", "Na wijziging"] * 2 + ["Toelichting"]
    return workbook(path, [["Provincie Noordermeer"], ["Begrotingswijziging 2025-3 (bedragen in euro's)"], [],
                           [None, None, "Lasten", None, None, "Baten"], titles, *rows, [],
                           ["Een negatieve wijziging is een verlaging van de raming."]],
                    title="Wijziging 2025-3", number_format="#,##0", figures=lambda r, c, value: r >= 6
                    and isinstance(value, int), merges=["C4:E4", "F4:H4"], each=align,
                    widths={**widths_of(6, 13, "CDEFGH"), "B": 34, "I": 24})


# --- layout B: a gemeente's wijziging, no group titles ----------------------------------------------------------
B_TITLES = ["Taakveld", "Vastgestelde begroting 2025", "BW 2025-3", "Nieuwe begroting", "Toelichting"]
B_LINES = [["0.1 Bestuur", 2140500, 35000, None], ["0.2 Burgerzaken", 812300, -12500, "Minder reisdocumenten"],
           ["1.1 Crisisbeheersing en brandweer", 3310200, 0, None], ["2.1 Verkeer en vervoer", 4025800, 150000, None],
           ["4.2 Onderwijshuisvesting", 2698400, 220400, "Nieuwbouw IKC"],
           ["5.7 Openbaar groen", 3542100, -48000, None]]


def b_rows(edit=None):
    rows = [[label, before, change, before + change, note] for label, before, change, note in B_LINES]
    rows.append(["Totaal lasten"] + [sum(r[k] for r in rows) for k in (1, 2, 3)] + [None])
    if edit is not None:
        label, k, value = edit
        next(r for r in rows if r[0] == label)[k] = value
    return rows


def layout_b(path: Path, rows, titles=B_TITLES) -> Path:
    """The titles wrapped (row 4, the figures' set right), the lines: every typed cell in the number format."""
    def align(cell):
        if cell.row == 4:
            cell.alignment = Alignment(horizontal="right" if 2 <= cell.column < len(titles) else None, wrap_text=True)

    return workbook(path, [["Gemeente Oosterwolde"], ["Derde begrotingswijziging 2025, lasten per taakveld"], [],
                           titles, *rows], title="BW 2025-3", number_format="#,##0",
                    figures=lambda r, c, value: r >= 5, each=align,
                    widths={**widths_of(34, 16, len(titles) - 2), len(titles): 26})


# --- layout C: a waterschap's wijziging, Lasten | Baten | Saldo each over three columns ----------------------------
C_SUB = ["Actuele begroting", "+/-", "Gewijzigde begroting"]
C_LINES = [["Watersysteembeheer", 48210, 1250, 12040, 300], ["Zuiveringsbeheer", 61480, -820, 3150, 0],
           ["Wegbeheer", 9870, 410, 1120, 95], ["Bestuur en organisatie", 14390, 660, 420, 0]]


def c_rows(edit=None):
    rows = []
    for label, lasten, dl, baten, db in C_LINES:
        rows.append([label, lasten, dl, lasten + dl, baten, db, baten + db,
                     baten - lasten, db - dl, baten + db - lasten - dl])
    rows.append(["Totaal"] + [sum(r[k] for r in rows) for k in range(1, 10)])
    if edit is not None:
        label, k, value = edit
        next(r for r in rows if r[0] == label)[k] = value
    return rows


def layout_c(path: Path, rows) -> Path:
    """'Lasten', 'Baten' and 'Saldo' merged and centred over their three columns (row 4), the titles set right
    (row 5), the lines."""
    def align(cell):
        if cell.row == 4:
            cell.alignment = Alignment(horizontal="center")
        elif cell.row == 5:
            cell.alignment = Alignment(horizontal="right" if cell.column > 1 else None)

    return workbook(path, [["Waterschap De Dommel en Aa"], ["Tweede begrotingswijziging 2025 (x € 1.000)"], [],
                           [None, "Lasten", None, None, "Baten", None, None, "Saldo"], ["Programma"] + C_SUB * 3,
                           *rows], title="Wijziging", number_format="#,##0;-#,##0",
                    figures=lambda r, c, value: r >= 6, merges=["B4:D4", "E4:G4", "H4:J4"], each=align,
                    widths=widths_of(24, 19, "BCDEFGHIJ"))


# the alterations (each: one typed figure changed, as an error in the published table makes it)
A_PLUS1 = ("Openbaar vervoer", 2, 22487870)          # +1 typed in the line's Lasten Primitief
A_SWAP = ("Verkeersveiligheid", 6, 515330)           # 513530: two digits swapped in its Baten Wijziging
B_PLUS1 = ("2.1 Verkeer en vervoer", 1, 4025801)      # +1 typed in the line's Vastgestelde begroting
C_SWAP = ("Zuiveringsbeheer", 4, 3510)                 # 3150 -> 3510 typed in its Baten Actuele begroting
# words that do not say begroting + change: 'Begroting 2026' after a 'Wijziging' (no sum of the two before it)
D_TITLES = ["Taakveld", "Begroting 2025", "Wijziging", "Begroting 2026", "Toelichting"]
D_ROWS = [r[:3] + [r[3] + 1000 * i] + r[4:] for i, r in enumerate(b_rows()[:-1])]
D_ROWS.append(["Totaal lasten"] + [sum(r[k] for r in D_ROWS) for k in (1, 2, 3)] + [None])
# the words say so, the figures do not (the after column a year further, on most lines): NOT verified
E_ROWS = [[r[0], r[1], r[2], r[3] + (0 if i in (0, 5) else 17500 * (i + 1)), r[4]] for i, r in enumerate(b_rows()[:-1])]
E_ROWS.append(["Totaal lasten"] + [sum(r[k] for r in E_ROWS) for k in (1, 2, 3)] + [None])

# two columns of changes between the begroting and the begroting after them
F_TITLES = ["Taakveld", "Oorspronkelijke begroting", "Eerdere wijzigingen", "Deze wijziging", "Stand na wijziging",
            "Toelichting"]
F_ROWS = [[r[0], r[1], 1000 * (i % 3), r[2], r[3] + 1000 * (i % 3), r[4]] for i, r in enumerate(b_rows()[:-1])]
F_ROWS.append(["Totaal lasten"] + [sum(r[k] for r in F_ROWS) for k in (1, 2, 3, 4)] + [None])
F_SWAP = [list(r) for r in F_ROWS]
F_SWAP[4][3] = 202400  # 4.2 Onderwijshuisvesting's Deze wijziging 220.400 typed 202.400

SOURCES = {
    "a": (layout_a, a_rows()), "a_plus1": (layout_a, a_rows(A_PLUS1)), "a_swap": (layout_a, a_rows(A_SWAP)),
    "a_del": (layout_a, a_rows(drop="Wonen")),
    "b": (layout_b, b_rows()), "b_plus1": (layout_b, b_rows(B_PLUS1)),
    "c": (layout_c, c_rows()), "c_swap": (layout_c, c_rows(C_SWAP)),
    "d": (lambda path, rows: layout_b(path, rows, D_TITLES), D_ROWS),
    "e": (layout_b, E_ROWS),
    "f": (lambda path, rows: layout_b(path, rows, F_TITLES), F_ROWS),
    "f_swap": (lambda path, rows: layout_b(path, rows, F_TITLES), F_SWAP),
}


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    folder = tmp_path_factory.mktemp("gewijzigd")
    sources = {name: make(folder / f"{name}.xlsx", rows) for name, (make, rows) in SOURCES.items()}
    return {"xlsx": sources, "pdf": print_named(sources)}



def findings(data: dict) -> list[tuple]:
    return sorted((f["row_label"], f["column"], f["expected"], f["found"]) for f in data["findings"])


def column_relations(data: dict) -> dict:
    return {r["total"]: (r["parts"], r["figures_failing"]) for t in data["tables"] for r in t["relations"]
            if r["axis"] == "column"}


@pytest.mark.parametrize("kind", ["xlsx", "pdf"])
@pytest.mark.parametrize("name, checked", [
    ("a", {"Lasten Na wijziging": ["Lasten Primitief", "Lasten Wijziging"],
           "Baten Na wijziging": ["Baten Primitief", "Baten Wijziging"]}),
    ("b", {"Nieuwe begroting": ["Vastgestelde begroting 2025", "BW 2025-3"]}),
    # (a column whose own title says it is a total is read as 'Gewijzigde begroting Lasten', shown as printed)
    ("c", {"Gewijzigde begroting Lasten": ["Actuele begroting Lasten", "Lasten +/-"],
           "Gewijzigde begroting Baten": ["Actuele begroting Baten", "Baten +/-"],
           "Saldo +/-": [{"-Lasten +/-", "Baten +/-"}, {"Lasten +/-", "-Baten +/-"}]})])
def test_original_is_clean_and_each_after_column_is_checked_per_line(files, kind, name, checked, capsys):
    code, data = audited(files[kind][name], capsys)
    assert (code, data["verdict"], data["findings"], data["not_verified"]) == (0, "clean", [], 0)
    relations = column_relations(data)
    for total, parts in checked.items():
        assert relations[total] == (parts, 0) or set(relations[total][0]) in parts and relations[total][1] == 0


@pytest.mark.parametrize("kind", ["xlsx", "pdf"])
def test_plus_one_in_a_lines_primitief_is_found_on_that_line(files, kind, capsys):
    code, data = audited(files[kind]["a_plus1"], capsys)
    assert code == 1
    assert findings(data) == [("2.2 Openbaar vervoer", "Lasten Na wijziging", "22487870", "22487869"),
                              ("Subtotaal programma 2", "Lasten Primitief", "149362965", "149362964")]
    if kind == "xlsx":
        assert sorted(f["cell"] for f in data["findings"]) == ["C17", "E14"]


@pytest.mark.parametrize("kind", ["xlsx", "pdf"])
def test_digits_swapped_in_a_lines_wijziging_are_found_on_that_line(files, kind, capsys):
    code, data = audited(files[kind]["a_swap"], capsys)
    assert code == 1
    assert findings(data) == [("2.3 Verkeersveiligheid", "Baten Na wijziging", "794088", "792288"),
                              ("Subtotaal programma 2", "Baten Wijziging", "242641", "240841")]


@pytest.mark.parametrize("kind", ["xlsx", "pdf"])
def test_a_deleted_line_is_found_at_its_subtotal_not_on_a_line(files, kind, capsys):
    code, data = audited(files[kind]["a_del"], capsys)
    assert code == 1
    found = findings(data)
    assert found and {f[0] for f in found} == {"Subtotaal programma 1"}
    assert ("Subtotaal programma 1", "Lasten Primitief", "88817920", "118357053") in found


@pytest.mark.parametrize("kind", ["xlsx", "pdf"])
def test_without_group_titles_a_plus_one_is_found_on_its_line(files, kind, capsys):
    code, data = audited(files[kind]["b_plus1"], capsys)
    assert code == 1
    assert findings(data) == [("2.1 Verkeer en vervoer", "Nieuwe begroting", "4175801", "4175800"),
                              ("Totaal lasten", "Vastgestelde begroting 2025", "16529301", "16529300")]


@pytest.mark.parametrize("kind", ["xlsx", "pdf"])
def test_saldo_group_and_sign_typed_as_plus_minus(files, kind, capsys):
    code, data = audited(files[kind]["c_swap"], capsys)
    assert code == 1
    found = findings(data)
    assert ("Zuiveringsbeheer", "Baten Gewijzigde begroting", "3510", "3150") in found
    assert all(f[0] in ("Zuiveringsbeheer", "Totaal") for f in found)


@pytest.mark.parametrize("kind", ["xlsx", "pdf"])
def test_words_that_do_not_say_before_plus_change_are_not_held_to_it(files, kind, capsys):
    code, data = audited(files[kind]["d"], capsys)
    assert data["findings"] == []
    assert "Begroting 2026" not in column_relations(data)


@pytest.mark.parametrize("kind", ["xlsx", "pdf"])
def test_figures_that_do_not_make_it_leave_the_column_not_verified(files, kind, capsys):
    code, data = audited(files[kind]["e"], capsys)
    assert (code, data["findings"]) == (1, [])
    assert "Nieuwe begroting" in [v["total"] for t in data["tables"] for v in t["not_verified"]]


@pytest.mark.parametrize("kind", ["xlsx", "pdf"])
def test_two_columns_of_changes_are_both_added(files, kind, capsys):
    code, data = audited(files[kind]["f"], capsys)
    assert (code, data["findings"], data["not_verified"]) == (0, [], 0)
    assert column_relations(data)["Stand na wijziging"] == (
        ["Oorspronkelijke begroting", "Eerdere wijzigingen", "Deze wijziging"], 0)
    code, data = audited(files[kind]["f_swap"], capsys)
    assert code == 1
    assert findings(data) == [("4.2 Onderwijshuisvesting", "Stand na wijziging", "2901800", "2919800"),
                              ("Totaal lasten", "Deze wijziging", "326900", "344900")]
