"""A staat van reserves en voorzieningen printed to PDF by LibreOffice reads as its workbook does (issue 18).

Columns 'Saldo 1-1-2025 | Toevoegingen | Onttrekkingen | (Vrijval) | Saldo 31-12-2025 | (Toelichting)', the
headers wrapped in narrow columns (mid-word without a hyphen: 'Saldo 1-1-' / '2025', 'Onttrekkinge' / 'n',
'Toevoegi' / 'ngen'), '-' printed for nothing, blocks Reserves / Bestemmingsreserves / Voorzieningen with their
totals. A note in the Toelichting column is printed tight against the figure before it: pdfplumber reads
'26.961Weerstandsvermogen' (and a dash for nothing, '-Opgeheven') as one word, so the line lost its Saldo 31-12 (the
clean table gave 2 false findings at the totals, a +1 or two digits swapped in that line's saldo went unreported).
Each layout's findings on the PDF equal those on its workbook."""

import re
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from openpyxl.styles import Alignment, Border, Font, Side

from published_tables import finish, print_named
from pyengine.audit import audit, main as audit_main

D = Decimal
BEGIN, END = "Saldo 1-1-2025", "Saldo 31-12-2025"

# label, saldo begin, toevoegingen, onttrekkingen, vrijval, toelichting
RESERVES = [("Algemene reserve", 28685, 752, 2476, 0, "Weerstandsvermogen")]
BESTEMMING = [("Reserve investeringsprogramma infrastructuur", 16007, 0, 2821, 0, "Conform PS-besluit"),
              ("Reserve cofinanciering", 1530, 1128, 2590, 0, "Conform PS-besluit"),
              ("Reserve energietransitie", 3691, 2450, 0, 0, ""),
              ("Reserve groot onderhoud", 13694, 0, 0, 0, ""),
              ("Reserve stikstof", 21839, 2154, 3105, 0, "Looptijd t/m 2028"),
              ("Reserve frictiekosten", 412, 0, 412, 0, "Opgeheven")]   # its saldo printed '-', the note after it
VOORZIENINGEN = [("Voorziening pensioenen gedeputeerden", 25650, 2210, 3983, 0, ""),
                 ("Voorziening groot onderhoud wegen", 28882, 2819, 0, 171, "Beheerplan 2024"),
                 ("Voorziening bodemsanering", 6933, 0, 0, 0, ""),
                 ("Voorziening dubieuze debiteuren", 17698, 52, 1373, 0, "")]

LAYOUTS = {
    # narrow figures, portrait: every header wraps, 'Onttrekkingen' mid-word, the notes printed tight (one word)
    "smal, staand, vrijval, toelichting": dict(vrijval=True, notes=28, figure=9, label=42, portrait=True, tight=True),
    # fitted to a landscape page by shrinking: the notes printed tight as well
    "zonder vrijval, liggend": dict(vrijval=False, notes=40, figure=13, label=46, tight=True),
    "zonder toelichting, smal": dict(vrijval=True, notes=0, figure=10, label=40),
    # not shrunk: a note on every line, a space's width after its figure (a word of its own)
    "toelichting op elke regel, ruim": dict(vrijval=True, notes=28, figure=11, label=44, every=True),
}


def lines(layout: dict, change: tuple = ()) -> list[tuple]:
    """The table's lines (label, figures, note) with its totals as printed; `change` = (label, how) alters one
    printed Saldo 31-12 ('plus': one too high, 'swap': two digits swapped) or deletes the line ('delete')."""
    vrijval = layout["vrijval"]

    def line(label, begin, add, take, free, note):
        if not vrijval:
            begin, free = begin - free, 0
        if layout.get("every") and not note:
            note = "Zie nota reserves"
        figures = [begin, add, take] + ([free] if vrijval else []) + [begin + add - take - free]
        return label, figures, note if layout["notes"] else ""

    def total(label, parts):
        return label, [sum(f) for f in zip(*(p[1] for p in parts))], ""

    def block(rows):
        out = [line(*row) for row in rows]
        printed = list(out)
        for i, (label, figures, note) in enumerate(out):
            if change and change[0] == label:
                end = figures[-1]
                if change[1] == "plus":
                    printed[i] = (label, figures[:-1] + [end + 1], note)
                elif change[1] == "swap":
                    digits = str(end)
                    printed[i] = (label, figures[:-1] + [int(digits[:-2] + digits[-1] + digits[-2])], note)
        return out, [p for p in printed if not (change and change[1] == "delete" and p[0] == change[0])]

    general, general_printed = block(RESERVES)
    earmarked, earmarked_printed = block(BESTEMMING)
    provisions, provisions_printed = block(VOORZIENINGEN)
    tbr = total("Totaal bestemmingsreserves", earmarked)
    tr = total("Totaal reserves", general + [tbr])
    tv = total("Totaal voorzieningen", provisions)
    return [("Reserves",), *general_printed, ("Bestemmingsreserves",), *earmarked_printed, tbr, tr, (),
            ("Voorzieningen",), *provisions_printed, tv, (), total("Totaal reserves en voorzieningen", [tr, tv])]


def columns(layout: dict) -> list[str]:
    return [BEGIN, "Toevoegingen", "Onttrekkingen"] + (["Vrijval"] if layout["vrijval"] else []) + [END]


def workbook(path: Path, layout: dict, change: tuple = ()) -> Path:
    """As a provincie publishes it: bold wrapped headers centred, '-' for nothing, notes left-aligned."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Staat R&V"
    heads = ["Omschrijving", *columns(layout)] + (["Toelichting"] if layout["notes"] else [])
    sheet.cell(1, 1, "Provincie Westerkwartier - Jaarstukken 2025").font = Font(bold=True, size=13)
    sheet.cell(2, 1, "Staat van reserves en voorzieningen (bedragen x € 1.000)").font = Font(italic=True)
    for c, title in enumerate(heads, start=1):
        cell = sheet.cell(4, c, title)
        cell.font = Font(bold=True)
        cell.alignment = Alignment(horizontal="center" if c > 1 else "left", wrap_text=True, vertical="bottom")
        cell.border = Border(bottom=Side(style="thin"))
    r = 5
    for row in lines(layout, change):
        if len(row) == 1:
            sheet.cell(r, 1, row[0]).font = Font(bold=True, italic=True)
        elif row:
            label, figures, note = row
            sheet.cell(r, 1, label)
            for c, value in enumerate(figures, start=2):
                cell = sheet.cell(r, c, value)
                cell.number_format = '[$-413]#,##0;-#,##0;"-"'
                if label.startswith("Totaal"):
                    cell.font = Font(bold=True)
            if note:
                sheet.cell(r, len(figures) + 2, note).alignment = Alignment(wrap_text=True, vertical="top")
        r += 1
    sheet.cell(r + 1, 1, "Onttrekkingen en vrijval verlagen het saldo.").font = Font(italic=True, size=8)
    widths = {"A": layout["label"], **{c: layout["figure"] for c in range(2, len(heads) + 1)}}
    if layout["notes"]:
        widths[len(heads)] = layout["notes"]
    return finish(sheet, path, widths=widths, orientation="portrait" if layout.get("portrait") else "landscape")


CHANGES = {"schoon": (), "plus": ("Reserve stikstof", "plus"), "swap": ("Algemene reserve", "swap"),
           "weg": ("Reserve investeringsprogramma infrastructuur", "delete")}


@pytest.fixture(scope="module")
def printed(tmp_path_factory):
    """Every layout and change as a workbook and as its PDF, all printed in one LibreOffice call."""
    folder = tmp_path_factory.mktemp("reserves")
    books = {(name, change): workbook(folder / f"staat{i}{j}.xlsx", layout, CHANGES[change])
             for i, (name, layout) in enumerate(LAYOUTS.items()) for j, change in enumerate(CHANGES)}
    pdfs = print_named(books)
    return {key: (books[key], pdfs[key]) for key in books}


def found(report) -> list[tuple]:
    return sorted((f.row_label, f.column, f.expected, f.found) for f in report.findings)


def figures(layout: dict, label: str, change: tuple = ()) -> list[int]:
    return next(row[1] for row in lines(layout, change) if len(row) == 3 and row[0] == label)


@pytest.mark.parametrize("name", LAYOUTS)
def test_the_layouts_print_their_notes_tight_or_apart_as_they_say(printed, name):
    import pdfplumber

    with pdfplumber.open(printed[(name, "schoon")][1]) as document:
        words = [w["text"] for w in document.pages[0].extract_words(x_tolerance=1.5)]
    glued = [w for w in words if re.fullmatch(r"[\d.]+[A-Z]\w+", w)]
    assert bool(glued) == bool(LAYOUTS[name].get("tight")), glued
    assert ("-Opgeheven" in words) == bool(LAYOUTS[name].get("tight")), words
    assert not LAYOUTS[name]["notes"] or "Weerstandsvermogen" in " ".join(words)


@pytest.mark.parametrize("name", LAYOUTS)
def test_the_printed_staat_is_clean_and_reads_as_its_workbook(printed, name):
    book, pdf = printed[(name, "schoon")]
    report = audit(pdf)
    assert report.findings == () and report.unverified == () and audit_main(str(pdf)) == 0
    assert len(report.tables) == 1 and report.tables[0].columns == tuple(columns(LAYOUTS[name]))
    totals = {r.total: r for r in report.tables[0].relations}
    assert set(totals) >= {"Totaal bestemmingsreserves", "Totaal reserves", "Totaal voorzieningen",
                           "Totaal reserves en voorzieningen", END}
    assert len(totals["Totaal bestemmingsreserves"].parts) == len(BESTEMMING)
    xlsx = audit(book)
    assert report.figures_checked == xlsx.figures_checked  # every line's saldo in its stand chain, notes or not
    assert [(r.total, r.parts, r.checked) for r in report.tables[0].relations] == \
        [(r.total, r.parts, r.checked) for r in xlsx.tables[0].relations]


@pytest.mark.parametrize("name", LAYOUTS)
@pytest.mark.parametrize("change", ["plus", "swap", "weg"])
def test_an_altered_staat_is_found_in_the_pdf_as_in_its_workbook(printed, name, change):
    layout = LAYOUTS[name]
    book, pdf = printed[(name, change)]
    report = audit(pdf)
    assert found(report) == found(audit(book)) and report.findings  # (a finding: exit 1)
    label = CHANGES[change][0]
    if change == "weg":
        left = [sum(f) for f in zip(*(figures(layout, row[0]) for row in BESTEMMING[1:]))]
        total = figures(layout, "Totaal bestemmingsreserves")
        assert found(report) == sorted(("Totaal bestemmingsreserves", column, D(e), D(p))
                                       for column, e, p in zip(columns(layout), left, total) if e != p)
    else:
        right = figures(layout, label)[-1]
        wrong = figures(layout, label, CHANGES[change])[-1]
        assert (label, END, D(right), D(wrong)) in found(report)  # the line's own stand chain


def test_a_number_ending_a_label_is_no_column_edge_that_cuts_another_label():
    """'Reserve fase 1', 'Reserve fase 2': the numbers end where a word of a third label ends; read as a column's
    figures, their edge cut that label in two ('Programma 3 Natuur en' | 'landbouw' in a begrotingswijziging)."""
    from pyengine.audit.pdf import _lines

    def word(text, x0, x1, top):
        return {"text": text, "x0": x0, "x1": x1, "top": top, "size": 9}

    words = [word("Reserve", 50, 80, 100), word("fase", 83, 95, 100), word("1", 97.5, 100, 100),
             word("Reserve", 50, 80, 112), word("fase", 83, 95, 112), word("2", 97.5, 100, 112),
             word("Reserve", 50, 80, 124), word("overig", 83, 98, 124), word("en", 102, 108, 124),
             word("divers", 110.5, 130, 124), word("1.234", 180, 200, 124)]
    assert [[c[2] for c in chunks] for _top, chunks, _size in _lines(words)] == [
        ["Reserve fase 1"], ["Reserve fase 2"], ["Reserve overig en divers", "1.234"]]
