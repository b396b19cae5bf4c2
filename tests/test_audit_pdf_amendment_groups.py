"""pyengine audit on the PDF of a begrotingswijziging with a header of two levels: a group title merged over three
columns each ('Lasten' over Raming | Wijziging | Na wijziging, 'Baten' likewise, and 'Saldo'), a code column
before the labels or none, and a 'Toelichting' text column right of the figures whose notes print tight against
the last figure ('-152.495Overheveling', a '-' for nothing as '-Indexatie') or apart from it. The PDF printed by
LibreOffice must give the findings the workbook gives: each figure in its column, the note no figure and no label,
the leaves named with their group ('Baten Na wijziging'), the blocks of programmes one table."""

import random
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from openpyxl.styles import Alignment, Font

from published_tables import finish, print_named
from pyengine.audit import audit, main as audit_main
from pyengine.audit.pdf import _unglued

D = Decimal
DASH_FORMAT = '[$-413]#,##0;-#,##0;"-"'   # a nil printed as '-'
# the spreadsheet's accounting format: the minus at the left of the cell, the figure at its right, '-' for nil
ACCOUNTING_FORMAT = '[$-413]_-* #,##0_-;-* #,##0_-;_-* "-"_-;_-@_-'
PROGRAMMES = [("1", "Veiligheid", ["Brandweer", "Rampenbestrijding", "Handhaving"]),
              ("2", "Economie", ["Bedrijventerreinen", "Toerisme", "Arbeidsmarkt", "Innovatie"]),
              ("3", "Cultuur", ["Musea", "Bibliotheken"]),
              ("4", "Financien", ["Treasury", "Belastingen", "Algemene uitkering"])]
NOTES = ["Indexatie salarissen", "Overheveling uit vorig jaar", "Bijdrage van het Rijk", "", "", "Nieuw beleid"]


def amendment_lines(seed: int, groups: int) -> list[dict]:
    """The lines of the amendment: per programme a heading, its lines (code, label, raming and wijziging per group of
    lasten and baten, a note), a subtotal; a total at the end. Some changes are nil (printed '-'), and some lines with
    a note have nothing in the last column, so a '-' is glued to the note."""
    rng = random.Random(seed)
    lines = []
    for number, name, labels in PROGRAMMES:
        lines.append({"kind": "heading", "label": f"Programma {number} {name}"})
        for k, label in enumerate(labels, start=1):
            lasten = [rng.randrange(500_000, 40_000_000), rng.choice([0, rng.randrange(-400_000, 900_000)])]
            baten = [rng.choice([0, rng.randrange(10_000, 9_000_000)]), rng.choice([0, 0, rng.randrange(-90_000, 500_000)])]
            note = NOTES[(k + int(number)) % len(NOTES)]
            if note and k == 2 and groups == 2:
                baten = [0, 0]   # '-' in the last figure column, the note tight against it
            lines.append({"kind": "line", "code": f"{number}.{k}", "label": label, "lasten": lasten, "baten": baten,
                          "note": note})
        lines.append({"kind": "total", "label": f"Subtotaal programma {number}", "programme": number})
        lines.append({"kind": "blank"})
    lines.append({"kind": "grand", "label": "Totaal begroting"})
    return lines


def figures(line: dict, groups: int) -> list[int]:
    lasten, baten = line["lasten"], line["baten"]
    values = [lasten[0], lasten[1], lasten[0] + lasten[1], baten[0], baten[1], baten[0] + baten[1]]
    if groups == 3:
        values += [b - a for a, b in zip(values[:3], values[3:])]
    return values


def with_totals(lines: list[dict], groups: int) -> list[dict]:
    """Each line with its figures; subtotals and the total summed as printed (before any alteration)."""
    out, block, subtotals = [], [], []
    for line in lines:
        line = dict(line)
        if line["kind"] == "line":
            line["figures"] = figures(line, groups)
            block.append(line["figures"])
        elif line["kind"] == "total":
            line["figures"] = [sum(column) for column in zip(*block)]
            subtotals.append(line["figures"])
            block = []
        elif line["kind"] == "grand":
            line["figures"] = [sum(column) for column in zip(*subtotals)]
        out.append(line)
    return out


def write_amendment(path: Path, lines: list[dict], code: bool, groups: tuple[str, ...], leaves: tuple[str, str, str],
                    notes_apart: bool, number_format: str = DASH_FORMAT) -> Path:
    """The amendment as a finance officer lays it out: titles, a header of two rows (the groups merged and centred
    over their three columns, the leaves centred), figures in whole euros with '-' for nil, a Toelichting column
    set left (tight against the figures) or indented (apart), landscape, fitted to the page's width."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Wijziging"
    sheet["A1"] = "Gemeenschappelijke regeling Zuiderdal"
    sheet["A1"].font = Font(bold=True, size=13)
    sheet["A2"] = "Tweede begrotingswijziging 2026 (bedragen in euro's)"
    first = 3 if code else 2          # the first figure column
    label = 2 if code else 1
    width = 3 * len(groups)
    bold = Font(bold=True)
    for g, group in enumerate(groups):
        column = first + 3 * g
        cell = sheet.cell(4, column, group)
        cell.font, cell.alignment = bold, Alignment(horizontal="center")
        sheet.merge_cells(start_row=4, start_column=column, end_row=4, end_column=column + 2)
        for k, leaf in enumerate(leaves):
            cell = sheet.cell(5, column + k, leaf)
            cell.font, cell.alignment = bold, Alignment(horizontal="center", wrap_text=True)
    if code:
        sheet.cell(5, 1, "Code").font = bold
    cell = sheet.cell(5, label, "Omschrijving")
    cell.font, cell.alignment = bold, Alignment(horizontal="center")
    sheet.cell(5, first + width, "Toelichting").font = bold
    row = 6
    for line in lines:
        if line["kind"] != "blank":
            if code and line.get("code"):
                sheet.cell(row, 1, line["code"])
            sheet.cell(row, label, line["label"]).font = Font(bold=line["kind"] != "line")
            for k, value in enumerate(line.get("figures", [])):
                cell = sheet.cell(row, first + k, value)
                cell.number_format = number_format
                cell.font = Font(bold=line["kind"] != "line")
            if line.get("note"):
                cell = sheet.cell(row, first + width, line["note"])
                cell.alignment = Alignment(horizontal="left", indent=2) if notes_apart else Alignment(horizontal="left")
        row += 1
    return finish(sheet, path, widths={**({1: 7} if code else {}), label: 34,
                                       **{first + k: 13 for k in range(width)}, first + width: 32})


# (code column, groups, leaves, notes apart, seed); the saldo layout in the accounting format
LAYOUTS = {
    "code-tight": (True, ("Lasten", "Baten"), ("Primitief", "Wijziging", "Na wijziging"), False, 7),
    "saldo-apart": (False, ("Lasten", "Baten", "Saldo"), ("Raming", "Mutatie", "Nieuwe raming"), True, 11),
    "nocode-tight": (False, ("Lasten", "Baten"), ("Begroting", "Wijziging", "Na wijziging"), False, 5),
}
FORMATS = {"saldo-apart": ACCOUNTING_FORMAT}


def variants(name: str):
    """The clean amendment, one with a +1 in a part (a baten change of programma 2's first line: its subtotal's
    column fails), and one with programma 3's second line deleted (its subtotal fails in every column it filled)."""
    code, groups, leaves, apart, seed = LAYOUTS[name]
    lines = with_totals(amendment_lines(seed, len(groups)), len(groups))
    plus = [dict(line) for line in lines]
    target = next(i for i, line in enumerate(plus) if line.get("code") == "2.1")
    plus[target]["figures"] = list(plus[target]["figures"])
    plus[target]["figures"][4] += 1    # Baten, the middle leaf (the change)
    deleted = [line for line in lines if line.get("code") != "3.2"]
    return {"clean": lines, "plus": plus, "deleted": deleted}


@pytest.fixture(scope="module")
def printed(tmp_path_factory):
    """Every variant of every layout as a workbook, all printed to PDF by LibreOffice in one call."""
    folder = tmp_path_factory.mktemp("wijziging")
    sources, settings = {}, {}
    for name, (code, groups, leaves, apart, _seed) in LAYOUTS.items():
        for variant, lines in variants(name).items():
            sources[(name, variant)] = write_amendment(folder / f"{name}-{variant}.xlsx", lines, code, groups, leaves,
                                                      apart, FORMATS.get(name, DASH_FORMAT))
            settings[(name, variant)] = lines
    pdfs = print_named(sources)
    return {key: (sources[key], pdfs[key], settings[key]) for key in sources}


def key(finding):
    return (finding.row_label, finding.column, finding.expected, finding.found)


def shape(report):
    """What a reader of the report sees of each table: its columns, the totals checked and how, the totals left
    NOT verified."""
    return [(t.columns, sorted((r.total, r.parts, r.failed) for r in t.relations), sorted(t.unverified))
            for t in report.tables]


@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_the_clean_amendment_reads_on_its_pdf_as_in_its_workbook(printed, layout):
    workbook, pdf, _lines = printed[(layout, "clean")]
    from_workbook, from_pdf = audit(workbook), audit(pdf)
    assert from_pdf.findings == () == from_workbook.findings
    # one table, its leaves named with their groups, every subtotal and the total checked, as in the workbook
    assert shape(from_pdf) == shape(from_workbook)
    (table,) = from_pdf.tables
    _code, groups, leaves, _apart, _seed = LAYOUTS[layout]
    assert table.columns[:3 * len(groups)] == tuple(f"{group} {leaf}" for group in groups for leaf in leaves)
    assert {"Subtotaal programma 1", "Subtotaal programma 4", "Totaal begroting"} <= {r.total for r in table.relations}
    if "Saldo" not in groups:  # (a saldo of baten and lasten is no sum of the columns before it: NOT verified)
        assert from_pdf.verdict == "clean" and audit_main(str(pdf)) == 0


def test_a_minus_printed_apart_from_its_figure_is_its_sign(printed):
    """The accounting format prints a negative figure as '-' at the left of its cell and the figure at its right: one
    negative figure, in its column (not a '-' for nothing, nor a part of the label)."""
    import pdfplumber

    workbook, pdf, lines = printed[("saldo-apart", "clean")]
    with pdfplumber.open(pdf) as document:
        words = document.pages[0].extract_words(x_tolerance=1.5, y_tolerance=2)
    line = next(line for line in lines if line["kind"] == "line" and line["lasten"][1] < 0)
    minus = next(w for w in words if w["text"] == f"{-line['lasten'][1]:,}".replace(",", "."))
    assert any(w["text"] == "-" and abs(w["top"] - minus["top"]) < 2 and minus["x0"] - w["x1"] > 10 for w in words)
    report = audit(pdf)
    assert sum(r.failed for t in report.tables for r in t.relations) == 0
    assert ("Subtotaal programma 1" in {r.total for t in report.tables for r in t.relations})


def test_the_tight_layouts_do_print_notes_glued_to_the_figures(printed):
    """The test's premise: LibreOffice prints a note tight against a figure as one word ('-Indexatie ...'), and the
    reading takes it apart (else the tests above would not test the glued notes)."""
    import pdfplumber

    for layout in ("code-tight", "nocode-tight"):
        with pdfplumber.open(printed[(layout, "clean")][1]) as document:
            words = document.pages[0].extract_words(x_tolerance=1.5, y_tolerance=2, extra_attrs=["size"],
                                                    return_chars=True)
        glued = [w["text"] for w in words if w["text"][:1] in "-0123456789" and any(ch.isupper() for ch in w["text"])]
        assert any(text.startswith("-") and text[1:2].isupper() for text in glued), (layout, glued)
        apart = [w["text"] for w in _unglued(words)]
        assert not [t for t in apart if t[:1] in "-0123456789" and any(ch.isupper() for ch in t)], layout
        assert "-" in apart


@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_a_plus_one_in_a_part_is_found_on_its_subtotal_under_its_full_column_name(printed, layout):
    workbook, pdf, lines = printed[(layout, "plus")]
    leaves = LAYOUTS[layout][2]
    subtotal = next(line for line in lines if line.get("label") == "Subtotaal programma 2")
    parts = [line["figures"][4] for line in lines if line.get("code", "").startswith("2.")]
    expected = (f"Subtotaal programma 2", f"Baten {leaves[1]}", D(sum(parts)), D(subtotal["figures"][4]))
    assert expected[2] == expected[3] + 1
    from_workbook = {key(f) for f in audit(workbook).findings}
    from_pdf = {key(f) for f in audit(pdf).findings}
    assert expected in from_workbook
    assert from_pdf == from_workbook
    assert audit_main(str(pdf)) == 1


@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_a_deleted_line_is_found_in_every_column_it_filled(printed, layout):
    workbook, pdf, lines = printed[(layout, "deleted")]
    _code, groups, leaves, _apart, _seed = LAYOUTS[layout]
    clean = printed[(layout, "clean")][2]
    gone = next(line for line in clean if line.get("code") == "3.2")
    subtotal = next(line for line in lines if line.get("label") == "Subtotaal programma 3")
    names = [f"{group} {leaf}" for group in groups for leaf in leaves]
    expected = {("Subtotaal programma 3", name, D(printed_total - value), D(printed_total))
                for name, value, printed_total in zip(names, gone["figures"], subtotal["figures"]) if value}
    from_pdf = {key(f) for f in audit(pdf).findings}
    assert expected and expected <= from_pdf
    assert from_pdf == {key(f) for f in audit(workbook).findings}
