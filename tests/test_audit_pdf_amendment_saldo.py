"""pyengine audit on the PDF of a begrotingswijziging: 'Begroting | Wijziging | Begroting na wijziging' for the lasten
and the baten, as row sections (Lasten, Totaal lasten, Baten, Totaal baten, Saldo van baten en lasten, the reserve
mutaties, Geraamd resultaat) or as column groups (Lasten | Baten, or Lasten | Baten | Saldo), with a 'Toelichting'
column of notes or none, printed by LibreOffice landscape or portrait. The PDF must give the findings its workbook
gives. A note printed tight against the last figure whose first word holds a ligature ('Effect': 'ff' is one
character of the PDF, two letters of the word) still parts from the figure: otherwise the line's 'Begroting na
wijziging' is no figure, its total fails falsely and the line's own check (begroting + wijziging) is lost."""

from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from openpyxl.styles import Alignment, Font

from published_tables import finish, print_named
from pyengine.audit import audit, main as audit_main
from pyengine.audit.pdf import _unglued

D = Decimal
# (label, begroting, wijziging, note): notes whose first word prints with a ligature ('Effect', 'Officiële', 'Afloop')
LASTEN = [("Bestuur", 4984973, 360280, ""), ("Veiligheid", 30338849, 868967, "Hogere bijdrage Veiligheidsregio"),
          ("Verkeer en vervoer", 10150973, 0, ""), ("Economie", 31589309, -56928, "Afloop subsidie 2025"),
          ("Onderwijs", 13260584, 665500, "Vertraging nieuwbouw IKC"), ("Sociaal domein", 23882279, -192408, "")]
BATEN = [("Bestuur", 1463457, 0, ""), ("Onderwijs", 2711669, 1159289, "Officiële financiering Rijk"),
         ("Algemene uitkering", 71087773, 1142456, "Effect meicirculaire 2026"),
         ("Lokale heffingen", 51732766, 0, "")]
RESERVES = [("Toevoeging aan reserves", 1814050, 0, ""), ("Onttrekking aan reserves", 2287608, 703811,
                                                             "Dekking uit reserve sociaal domein")]
TARGET = "Algemene uitkering"   # the line altered: a baten line whose note prints 'Effect' tight against its figure


def three(begroting: int, wijziging: int) -> list[int]:
    return [begroting, wijziging, begroting + wijziging]


def column_sums(lines) -> list[int]:
    return [sum(column) for column in zip(*lines)] if lines else [0, 0, 0]


def values(line) -> list[int]:
    """A line's three printed figures: begroting, wijziging, begroting na wijziging (or as altered)."""
    _label, begroting, wijziging, _note = line
    return list(begroting) if isinstance(begroting, list) else three(begroting, wijziging)


def rows_table(lasten, baten, notes: bool, header_rows: int, clean_baten) -> list[list]:
    """The amendment with Lasten and Baten as sections of rows, its saldo, the reserve mutaties and the result; the
    totals those of the clean lines (`clean_baten`), the lines as printed (`baten`, maybe altered)."""
    if header_rows == 2:
        header = [["Omschrijving", "Begroting 2026", "Wijziging", "Begroting na wijziging"] + (["Toelichting"] * notes),
                  [None, "(primitief)", "2026-07"]]
    else:
        header = [["Omschrijving", "Begroting 2026", "Wijziging 2026-07", "Begroting na wijziging"]
                  + (["Toelichting"] * notes)]
    rows = [["Gemeente Neder-Betuwe (fictief)"], ["Begrotingswijziging 2026-07 (Voorjaarsnota 2026)"],
            ["bedragen in euro's"], []] + header

    def section(title, lines, clean, total_label):
        rows.append([title])
        for line in lines:
            rows.append([line[0], *values(line)] + ([line[3] or None] * notes))
        figures = [values(line) for line in clean]
        if total_label:
            rows.append([total_label, *column_sums(figures)])
            rows.append([])
        return figures

    lasten_total = column_sums(section("Lasten", lasten, lasten, "Totaal lasten"))
    baten_total = column_sums(section("Baten", baten, clean_baten, "Totaal baten"))
    saldo = [b - a for a, b in zip(lasten_total, baten_total)]
    rows += [["Saldo van baten en lasten", *saldo], []]
    reserves = section("Mutaties reserves", RESERVES, RESERVES, None)
    rows += [[], ["Geraamd resultaat", *[s - t + o for s, t, o in zip(saldo, *reserves)]], [],
             ["Vastgesteld bij raadsbesluit van 9 juli 2026."]]
    return rows


def groups_table(lasten, baten, notes: bool, saldo: bool, clean_lasten, clean_baten) -> list[list]:
    """The amendment with the programmes as lines and Lasten | Baten (| Saldo) as groups of three columns; the total
    that of the clean lines, the lines as printed (maybe altered)."""
    rows = [["Gemeenschappelijke regeling Zuiderdal"], ["Begrotingswijziging 2026-07 (bedragen in euro's)"], [],
            [None, "Lasten", None, None, "Baten", None, None] + (["Saldo", None, None] if saldo else []),
            ["Programma"] + ["Begroting", "Wijziging", "Begroting na wijziging"] * (3 if saldo else 2)
            + (["Toelichting"] * notes)]
    def figures(a, b) -> list[int]:
        both = values(a) + values(b)
        return both + ([y - x for x, y in zip(both[:3], both[3:])] if saldo else [])

    for a, b in zip(lasten, baten):
        rows.append([a[0], *figures(a, b)] + ([b[3] or a[3] or None] * notes))
    rows.append(["Totaal", *column_sums([figures(a, b) for a, b in zip(clean_lasten, clean_baten)])])
    return rows


def swapped(lines):
    """Two digits of the target's begroting swapped (as typed over): its own line and the column's total fail."""
    out = []
    for label, b, w, note in lines:
        if label == TARGET:
            text = str(b)
            b = [int(text[1] + text[0] + text[2:]), w, b + w]
        out.append((label, b, w, note))
    return out


def write(path: Path, rows: list[list], landscape: bool, notes: bool) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "BW 2026-07"
    header_end = next(r for r, row in enumerate(rows, start=1) if any(isinstance(v, int) for v in row)) - 1
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row, start=1):
            if value is None:
                continue
            cell = sheet.cell(r, c, value)
            if isinstance(value, int):
                cell.number_format = "[$-413]#,##0"
            elif 4 <= r <= header_end and c > 1 and value != "Toelichting":   # a figure column's title
                cell.font = Font(bold=True)
                cell.alignment = Alignment(horizontal="center", wrap_text=True)
    for r, row in enumerate(rows, start=1):   # a group title merged over its three columns
        if row[:1] == [None] and any(v in ("Lasten", "Baten", "Saldo") for v in row):
            for c, value in enumerate(row, start=1):
                if value in ("Lasten", "Baten", "Saldo"):
                    sheet.merge_cells(start_row=r, start_column=c, end_row=r, end_column=c + 2)
    width = max(len(row) for row in rows)
    widths = {"A": 30, **{c: 14 for c in range(2, width + 1)}}
    if notes:
        widths[width] = 44
        for r in range(header_end + 1, len(rows) + 1):   # the notes set left, a space in, wrapped, at the top
            sheet.cell(r, width).alignment = Alignment(vertical="top", wrap_text=True, indent=1)
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    if width <= 5:   # a wide table fitted to the page's width; a narrow one printed at 75 %
        sheet.page_setup.scale = 75
    return finish(sheet, path, widths=widths, orientation="landscape" if landscape else "portrait", fit=width > 5)


def with_plus_one(lines):
    """The target's wijziging a euro higher, its 'Begroting na wijziging' as printed before (begroting + old wijziging)."""
    out = []
    for label, b, w, note in lines:
        if label == TARGET:
            b = [b, w + 1, b + w]
        out.append((label, b, w, note))
    return out


def deleted(lines):
    return [line for line in lines if line[0] != "Onderwijs"]


# name: (kind, landscape, toelichting, header rows or saldo group)
LAYOUTS = {
    "rows-landscape-notes": ("rows", True, True, 2),
    "rows-portrait-plain": ("rows", False, False, 1),
    "groups-landscape-notes": ("groups", True, True, False),
    "groups-portrait-saldo": ("groups", False, False, True),
}
VARIANTS = {"clean": lambda lines: lines, "plus": with_plus_one, "swap": swapped, "deleted": deleted}


def table(layout: str, variant: str) -> list[list]:
    kind, _landscape, notes, extra = LAYOUTS[layout]
    alter = VARIANTS[variant]
    if kind == "rows":
        return rows_table(LASTEN, alter(BATEN), notes, extra, BATEN)
    # the groups: the lasten and the baten of the same programmes (the first ones of LASTEN), the baten altered
    count = len(BATEN)
    lasten, baten = LASTEN[:count], alter(BATEN)
    if variant == "deleted":   # the programme in the deleted baten line's place, lasten and baten
        gone = [label for label, *_rest in BATEN].index("Onderwijs")
        lasten = lasten[:gone] + lasten[gone + 1:]
    return groups_table(lasten, baten, notes, extra, LASTEN[:count], BATEN)


# incidental lasten and baten by programme, a code column ('Progr.', centred over codes typed as text) before the labels,
# years as the figure columns' titles, the saldo of the two totals under them
INCIDENTAL = [("Incidentele lasten", [("Programma 1 Bestuur", [("1", "Verkiezingen gemeenteraad", [1960, 1717, 851, 842]),
                                                             ("1", "Implementatie Woo", [270, 1792, 1853, 1888])]),
                                      ("Programma 6 Sociaal domein", [("6", "Transformatiefonds jeugd", [1687, 1378, 0, 0]),
                                                                      ("6", "Pilot schuldhulp", [1081, 1870, 0, 0])])]),
              ("Incidentele baten", [("Programma 6 Sociaal domein", [("6", "Rijksbijdrage opvang", [258, 0, 0, 0])]),
                                     ("Algemene dekkingsmiddelen", [("0", "Onttrekking reserve", [1003, 2923, 0, 0])]),
                                     ("Programma 8 Ruimte", [("8", "Verkoop grond De Hoven", [1167, 147, 824, 972])])])]


def write_incidental(path: Path, deleted: str | None) -> Path:
    """The table as t02-like staten print it: portrait, fitted to the page's width, '-' for nil; `deleted` a line
    left out (its section's total as before)."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Incidenteel"
    sheet["A1"], sheet["A2"], sheet["A3"] = "Gemeente Rhenen (fictief)", "Incidentele baten en lasten", "bedragen x € 1.000"
    for c, title in enumerate(["Progr.", "Omschrijving", "2026", "2027", "2028", "2029"], start=1):
        cell = sheet.cell(5, c, title)
        cell.font = Font(bold=True)
        cell.alignment = Alignment(horizontal="left" if c == 2 else "center")
    row, totals = 6, []
    for section, programmes in INCIDENTAL:
        sheet.cell(row, 2, section).font = Font(bold=True)
        row += 1
        total = [0, 0, 0, 0]
        for programme, lines in programmes:
            sheet.cell(row, 2, programme).font = Font(bold=True)
            row += 1
            for code, label, figures in lines:
                total = [a + b for a, b in zip(total, figures)]
                if label == deleted:
                    continue
                sheet.cell(row, 1, code)
                sheet.cell(row, 2, label)
                for c, value in enumerate(figures, start=3):
                    sheet.cell(row, c, value).number_format = '[$-413]#,##0;-#,##0;"-"'
                row += 1
        sheet.cell(row, 2, "Totaal " + section.lower()).font = Font(bold=True)
        for c, value in enumerate(total, start=3):
            sheet.cell(row, c, value).number_format = '[$-413]#,##0;-#,##0;"-"'
        totals.append(total)
        row += 2
    sheet.cell(row, 2, "Saldo incidentele baten en lasten").font = Font(bold=True)
    for c, value in enumerate([b - a for a, b in zip(*totals)], start=3):
        sheet.cell(row, c, value).number_format = '[$-413]#,##0;-#,##0;"-"'
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    return finish(sheet, path, widths=dict(zip("ABCDEF", (7, 48, 11, 11, 11, 11))), orientation="portrait")


@pytest.fixture(scope="module")
def printed(tmp_path_factory):
    """Every variant of every layout as a workbook, all printed to PDF by LibreOffice in one call."""
    folder = tmp_path_factory.mktemp("saldo")
    sources = {}
    for layout, (_kind, landscape, notes, _extra) in LAYOUTS.items():
        for variant in VARIANTS:
            sources[(layout, variant)] = write(folder / f"{layout}-{variant}.xlsx", table(layout, variant),
                                               landscape, notes)
    for variant, deleted in (("clean", None), ("deleted", "Onttrekking reserve")):
        sources[("codes", variant)] = write_incidental(folder / f"codes-{variant}.xlsx", deleted)
    pdfs = print_named(sources)
    return {key: (sources[key], pdfs[key]) for key in sources}


def key(finding):
    return (finding.row_label, finding.expected, finding.found)


def relations(report):
    """The totals checked (a line's total by its label and parts; a column made of others by how many it has: a
    header of two rows names 'Begroting na wijziging' otherwise on the PDF than in the workbook, see the report)."""
    return [sorted((r.total, r.parts, r.failed) if r.axis == "row" else ("column", len(r.parts), r.failed)
                   for r in t.relations) for t in report.tables]


def test_a_ligature_in_a_note_glued_to_its_figure_does_not_keep_them_one_word():
    """'72.230.229Effect': 15 characters of the PDF ('ff' one of them) for 16 letters: two words, the figure and the
    note, cut where the letters say, at the figure's right edge (that of the figures above it)."""
    def word(text, x0, letters):
        chars, x = [], x0
        for letter in letters:
            chars.append({"text": letter, "x0": x, "x1": x + 5, "top": 100})
            x += 5
        return {"text": text, "x0": x0, "x1": x, "top": 100, "bottom": 110, "chars": chars}
    letters = list("72.230.229") + ["E", "ff", "e", "c", "t"]
    above = word("5.345.253", 5, list("5.345.253"))   # its right edge is the glued figure's
    words = _unglued([above, word("72.230.229Effect", 0, letters)])
    assert [w["text"] for w in words] == ["5.345.253", "72.230.229", "Effect"]
    assert words[1]["x1"] == 50 and words[2]["x0"] == 50 and words[2].get("glued")


@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_the_clean_amendment_has_on_its_pdf_no_finding_as_in_its_workbook(printed, layout):
    workbook, pdf = printed[(layout, "clean")]
    from_workbook, from_pdf = audit(workbook), audit(pdf)
    assert from_pdf.findings == () == from_workbook.findings
    assert len(from_pdf.tables) == 1
    assert relations(from_pdf) == relations(from_workbook)
    if LAYOUTS[layout][3] is not True:   # (a Saldo group is no sum of the columns before it: NOT verified)
        assert from_pdf.verdict == "clean" and audit_main(str(pdf)) == 0


@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_a_plus_one_in_a_wijziging_is_found_on_its_total_and_on_its_line(printed, layout):
    workbook, pdf = printed[(layout, "plus")]
    from_workbook = audit(workbook).findings
    from_pdf = audit(pdf).findings
    kind = LAYOUTS[layout][0]
    total = "Totaal baten" if kind == "rows" else "Totaal"
    wijziging = sum(w for _label, _b, w, _note in BATEN)
    on_total = [f for f in from_pdf if f.row_label == total and f.expected == wijziging + 1 and f.found == wijziging]
    assert on_total and "Wijziging" in on_total[0].column and (kind == "groups") == on_total[0].column.startswith(
        "Baten")
    # the line's own check: begroting + wijziging is not its 'Begroting na wijziging'
    begroting, change = next((b, w) for label, b, w, _note in BATEN if label == TARGET)
    line = [f for f in from_pdf if f.expected == begroting + change + 1 and f.found == begroting + change]
    assert line and "na wijziging" in line[0].column
    assert sorted(map(key, from_pdf)) == sorted(map(key, from_workbook))
    assert sorted(f.column for f in from_pdf) == sorted(f.column for f in from_workbook) or kind == "rows"


@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_a_digit_swap_and_a_deleted_line_are_found_as_in_the_workbook(printed, layout):
    for variant in ("swap", "deleted"):
        workbook, pdf = printed[(layout, variant)]
        from_workbook, from_pdf = audit(workbook).findings, audit(pdf).findings
        assert from_pdf, (layout, variant)
        assert sorted(map(key, from_pdf)) == sorted(map(key, from_workbook)), (layout, variant)
    begroting, change = next((b, w) for label, b, w, _note in BATEN if label == TARGET)
    text = str(begroting)
    typed = int(text[1] + text[0] + text[2:])
    swap = audit(printed[(layout, "swap")][1]).findings
    assert any(f.expected == typed + change and f.found == begroting + change for f in swap)   # on its own line
    # the deleted line ('Onderwijs', of the baten; in the groups its lasten too) is missing from its total's every column
    gone = audit(printed[(layout, "deleted")][1]).findings
    onderwijs = next(values(line) for line in BATEN if line[0] == "Onderwijs")
    baten = [(f.column, f.found - f.expected) for f in gone if f.row_label in ("Totaal baten", "Totaal")
             and (LAYOUTS[layout][0] == "rows" or f.column.startswith("Baten"))]
    assert sorted(difference for _column, difference in baten) == sorted(onderwijs)


def test_a_code_column_titled_over_its_codes_is_part_of_the_labels_and_the_saldo_is_checked(printed):
    """'Progr.' centred over codes set left ('1', '6'): a title of the header line of years, starting right of where the
    codes start; the codes are no figure column (else the section headings under the years' titles read as a header,
    the table breaks in two and the saldo of the two totals is NOT verified)."""
    workbook, pdf = printed[("codes", "clean")]
    from_workbook, from_pdf = audit(workbook), audit(pdf)
    assert from_pdf.findings == () == from_workbook.findings
    (table,) = from_pdf.tables
    assert table.columns == ("2026", "2027", "2028", "2029")
    assert relations(from_pdf) == relations(from_workbook)
    assert "Saldo incidentele baten en lasten" in {r.total for r in table.relations}
    assert from_pdf.verdict == "clean" and audit_main(str(pdf)) == 0
    workbook, pdf = printed[("codes", "deleted")]
    found = sorted((f.row_label, f.column, f.expected, f.found) for f in audit(pdf).findings)
    assert found == [("Totaal incidentele baten", "2026", D(1425), D(2428)),
                     ("Totaal incidentele baten", "2027", D(147), D(3070))]
    assert found == sorted((f.row_label, f.column, f.expected, f.found) for f in audit(workbook).findings)
