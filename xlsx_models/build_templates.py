"""Builds the first version of the workbook templates in this folder.

After that the .xlsx files are the finance officer's: restyle them in Excel (fonts, colours, column
widths, texts on the sheet "Opmaak", move the named anchor cells). Re-running this script overwrites
those edits, so only run it to start afresh:  python xlsx_models/build_templates.py
"""

from __future__ import annotations

import sys
from pathlib import Path

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.workbook.defined_name import DefinedName

HERE = Path(__file__).parent
AMOUNT = "#,##0;-#,##0;0"
EURO = "#,##0.00;-#,##0.00;0.00"
INPUT_FILL = PatternFill("solid", fgColor="FFF2CC")  # FAST: inputs in a light yellow
CHECK_FILL = PatternFill("solid", fgColor="E2EFDA")
HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
THIN = Side(style="thin", color="808080")

STYLES = {
    "titel": dict(font=Font(name="Arial", size=14, bold=True)),
    "ondertitel": dict(font=Font(name="Arial", size=11, bold=True)),
    "tekst": dict(font=Font(name="Arial", size=10), alignment=Alignment(wrap_text=False, vertical="top")),
    "bron": dict(font=Font(name="Arial", size=9, italic=True, color="595959")),
    "kop": dict(font=Font(name="Arial", size=10, bold=True), fill=HEADER_FILL,
                alignment=Alignment(horizontal="center", wrap_text=True), border=Border(bottom=THIN)),
    "jaar": dict(font=Font(name="Arial", size=10, bold=True), fill=HEADER_FILL, alignment=Alignment(horizontal="center")),
    "sectie": dict(font=Font(name="Arial", size=10, bold=True)),
    "label": dict(font=Font(name="Arial", size=10)),
    "label_totaal": dict(font=Font(name="Arial", size=10, bold=True), border=Border(top=THIN)),
    "bedrag": dict(font=Font(name="Arial", size=10), number_format=AMOUNT),
    "bedrag_totaal": dict(font=Font(name="Arial", size=10, bold=True), number_format=AMOUNT, border=Border(top=THIN)),
    "euro": dict(font=Font(name="Arial", size=10), number_format=EURO),
    "euro_totaal": dict(font=Font(name="Arial", size=10, bold=True), number_format=EURO, border=Border(top=THIN)),
    "getal": dict(font=Font(name="Arial", size=10), number_format="#,##0"),
    "invoer_tekst": dict(font=Font(name="Arial", size=10, color="1F3864"), fill=INPUT_FILL),
    "invoer_bedrag": dict(font=Font(name="Arial", size=10, color="1F3864"), fill=INPUT_FILL, number_format=EURO),
    "invoer_getal": dict(font=Font(name="Arial", size=10, color="1F3864"), fill=INPUT_FILL, number_format="General"),
    "correctie": dict(font=Font(name="Arial", size=10, color="C00000"), number_format="+0;-0;0"),
    "controle": dict(font=Font(name="Arial", size=10, bold=True), fill=CHECK_FILL, alignment=Alignment(horizontal="center")),
    "factor": dict(font=Font(name="Arial", size=10), number_format="0.000000"),
    "procent": dict(font=Font(name="Arial", size=10), number_format="0.0000%"),
}

COMMON_TEXTS = {
    "algemeen": "ALGEMEEN",
    "begroting": "Begroting",
    "wijziging": "Wijziging",
    "bijgesteld": "Bijgestelde begroting",
    "eenheid": "Bedragen x €",
    "invoer_uitleg": "Alle invoer van dit werkboek. Gele cellen zijn invoer; de kolom Bron zegt waar elk gegeven vandaan komt.",
    "controles_uitleg": "Elke controle is een formule die WAAR moet geven. De hoofdcontrole is WAAR als alle controles WAAR zijn.",
    "herkomst_titel": "Herkomst",
    "hoofdcontrole": "Hoofdcontrole: alle controles kloppen",
}

AMENDMENT_TEXTS = {
    **COMMON_TEXTS,
    "titel": "Begrotingswijziging",
    "kenmerk": "Kenmerk",
    "programma": "Programma",
    "onderdeel": "Onderdeel",
    "taakveld": "Taakveld",
    "lasten": "LASTEN *",
    "baten": "BATEN",
    "totaal": "TOTAAL",
    "reserves": "RESERVE(S)",
    "bijdrage_gemeente": "BIJDRAGE GEMEENTE **",
    "bijdragen_totaal": "Totaal bijdragen",
    "toelichting": "TOELICHTING",
    "vastgesteld": "Vastgesteld door",
    "op": "op",
    "secretaris": "De secretaris,",
    "voorzitter": "De voorzitter,",
    "personeelskosten": "Personeelskosten",
    "kapitaallasten": "Kapitaallasten",
    "materiele_kosten": "Materiële kosten",
    "overhead_primair_proces": "Overhead-primair proces",
    "overhead_regio": "Overhead-Regio",
    "totaal_overhead": "Totaal overhead",
    "dotatie_voorzieningen": "Dotatie aan voorzieningen",
    "totaal_lasten": "Totaal lasten",
    "gemeentelijke_bijdrage": "Gemeentelijke bijdrage",
    "centrumgemeente_bijdrage": "Bijdrage centrumgemeente",
    "rijksbijdrage": "Rijksbijdrage",
    "bijdragen_derden": "Bijdragen derden",
    "overige_baten": "Overige baten",
    "onttrekking_voorziening": "Onttrekking uit voorziening",
    "totaal_baten": "Totaal baten",
    "saldo_baten_lasten": "Saldo van baten en lasten",
    "dotatie_reserves": "Dotatie bestemmingsreserve(s)",
    "onttrekking_reserves": "Onttrekking bestemmingsreserve(s)",
    "totaal_reserves": "Totaal mutatie reserves",
    "saldo": "Saldo",
    "grafiek_titel": "Bijdrage per gemeente (bijgestelde begroting, euro)",
}

STATEMENT_TEXTS = {
    **COMMON_TEXTS,
    "titel": "Bijdrageoverzicht",
    "gemeente": "Gemeente",
    "bijdrage": "Bijdrage",
    "aandeel": "Aandeel in de verdeelsleutel",
    "totaal_regio": "Totaal alle gemeenten",
    "gewicht": "Gewicht",
    "uitleg": "Uw bijdrage is de wijziging van de gemeentelijke bijdrage, verdeeld naar de verdeelsleutel "
              "(grootste overschot). Bedragen in euro; baten zijn negatief.",
}

COST_TEXTS = {
    **COMMON_TEXTS,
    "titel": "Kostenverdeling",
    "omschrijving": "Omschrijving",
    "schaal": "Schaal",
    "fte": "Fte",
    "tarief": "Tarief per fte",
    "uren": "Uren per week",
    "uurtarief": "Uurtarief",
    "weken": "Weken",
    "bedrag": "Bedrag",
    "totaal": "Totaal",
    "onvoorzien": "Onvoorzien",
    "gemeente": "Gemeente",
    "sleutel": "Verdeelsleutel",
    "capaciteit": "CAPACITEIT",
    "kosten": "KOSTEN",
    "verdeling": "VERDELING PER GEMEENTE",
}

SETTLEMENT_TEXTS = {
    **COMMON_TEXTS,
    "titel": "Afrekening",
    "overzicht_uitleg": "Per regel de bijgestelde begroting, de realisatie van het jaar en het verschil "
                        "(realisatie - begroting). Het resultaat na bestemming wordt met de deelnemers verrekend.",
    "verdeling_titel": "Verdeling over de deelnemers",
    "verdeling_uitleg": "De netto kosten (werkelijke lasten - werkelijke baten + toevoeging aan reserve) zijn in "
                        "centen verdeeld naar de verdeelsleutel. Verrekening = voorschot - definitieve bijdrage: "
                        "positief wordt aan de deelnemer terugbetaald, negatief moet de deelnemer bijbetalen. "
                        "Bedragen in euro.",
    "lasten": "LASTEN",
    "baten": "BATEN (exclusief bijdragen deelnemers)",
    "resultaat": "RESULTAAT EN BESTEMMING",
    "begroting": "Begroting",
    "realisatie": "Realisatie",
    "verschil": "Verschil",
    "toelichting": "TOELICHTING",
}

LETTER_TEXTS = {
    **COMMON_TEXTS,
    "titel": "Afrekening",
    "aanhef": "Geacht college,",
    "slot": "Met vriendelijke groet,",
}

FORECAST_TEXTS = {**COMMON_TEXTS, "titel": "Meerjarenraming"}

COMPARISON_TEXTS = {**COMMON_TEXTS, "titel": "Sleutelvergelijking",
                    "grafiek_titel": "Ingroeipad: bijdrage per gemeente per jaar (euro)"}


def style(cell, key: str) -> None:
    for attribute, value in STYLES[key].items():
        setattr(cell, attribute, value)


def add_style_sheet(workbook: openpyxl.Workbook, texts: dict[str, str]) -> None:
    sheet = workbook.create_sheet("Opmaak")
    sheet["A1"] = "Opmaak en teksten van de werkboeken. Wijzig een voorbeeldcel (lettertype, kleur, getalnotatie) " \
                  "of een tekst; de generator neemt het over. Dit blad komt niet in de gegenereerde werkboeken."
    sheet["A2"], sheet["B2"], sheet["D2"], sheet["E2"] = "Stijl", "Voorbeeld", "Sleutel", "Tekst"
    for cell in ("A2", "B2", "D2", "E2"):
        sheet[cell].font = Font(bold=True)
    for row, key in enumerate(STYLES, start=3):
        sheet.cell(row, 1, key)
        example = sheet.cell(row, 2, 1234.5 if key not in ("titel", "ondertitel", "tekst", "bron", "kop", "jaar",
                                                           "sectie", "label", "label_totaal", "invoer_tekst") else "Voorbeeld")
        style(example, key)
    for row, (key, text) in enumerate(texts.items(), start=3):
        sheet.cell(row, 4, key)
        sheet.cell(row, 5, text)
    sheet.column_dimensions["A"].width = 18
    sheet.column_dimensions["B"].width = 22
    sheet.column_dimensions["D"].width = 24
    sheet.column_dimensions["E"].width = 70
    workbook.defined_names["stijlen"] = DefinedName("stijlen", attr_text=f"Opmaak!$A$3:$B${2 + len(STYLES)}")
    workbook.defined_names["teksten"] = DefinedName("teksten", attr_text=f"Opmaak!$D$3:$E${2 + len(texts)}")


def name(workbook: openpyxl.Workbook, defined: str, sheet: str, cell: str) -> None:
    column = "".join(c for c in cell if c.isalpha())
    row = "".join(c for c in cell if c.isdigit())
    workbook.defined_names[defined] = DefinedName(defined, attr_text=f"'{sheet}'!${column}${row}")


def build(filename: str, main_sheet: str, anchors: dict[str, tuple[str, str]], other_sheets: tuple[str, ...],
          texts: dict[str, str], widths: dict[str, float]) -> None:
    """One template: the main sheet (column widths), the other sheets, the named anchors, Opmaak."""
    workbook = openpyxl.Workbook()
    main = workbook.active
    main.title = main_sheet
    for letter in "ABCDEFGHIJKLMNOP":
        main.column_dimensions[letter].width = widths.get(letter, widths["*"])
    for title in other_sheets:
        workbook.create_sheet(title).column_dimensions["A"].width = 40
    for defined, (sheet, cell) in anchors.items():
        name(workbook, defined, sheet, cell)
    add_style_sheet(workbook, texts)
    workbook.save(HERE / filename)


def build_outlook_templates() -> None:
    """The templates of the kinds meerjarenraming and sleutelvergelijking."""
    build("meerjarenraming.xlsx", "Meerjarenraming",
          {"mr_titel": ("Meerjarenraming", "A1"), "mr_tabel": ("Meerjarenraming", "A4"),
           "pg_start": ("Per gemeente", "A1"), **WORKINGS},
          ("Per gemeente",) + OTHER_SHEETS, FORECAST_TEXTS, {"A": 40, "*": 14})
    build("sleutelvergelijking.xlsx", "Sleutelvergelijking",
          {"vg_titel": ("Sleutelvergelijking", "A1"), "vg_tabel": ("Sleutelvergelijking", "A4"),
           "pg_start": ("Per gemeente", "A1"), "gr_start": ("Grafiek", "A1"), **WORKINGS},
          ("Per gemeente", "Grafiek") + OTHER_SHEETS, COMPARISON_TEXTS, {"A": 32, "*": 14})


WORKINGS = {"ber_start": ("Berekening", "A1"), "inv_start": ("Invoer", "A1"), "ctl_start": ("Controles", "A1"),
            "hk_start": ("Herkomst", "A1")}
OTHER_SHEETS = ("Berekening", "Invoer", "Controles", "Herkomst")


def build_settlement_templates() -> None:
    """The afrekening workbook and the letter per deelnemer (python -c 'from build_templates import ...')."""
    build("afrekening.xlsx", "Overzicht",
          {"af_titel": ("Overzicht", "A1"), "af_tabel": ("Overzicht", "A5"), "vd_start": ("Verdeling", "A1"),
           **WORKINGS},
          ("Verdeling",) + OTHER_SHEETS, SETTLEMENT_TEXTS, {"A": 46, "*": 16})
    build("afrekening-brief.xlsx", "Brief",
          {"br_start": ("Brief", "A1"), "ber_start": ("Berekening", "A1"), "inv_start": ("Invoer", "A1"),
           "ctl_start": ("Controles", "A1"), "hk_start": ("Herkomst", "A1")},
          OTHER_SHEETS, LETTER_TEXTS, {"A": 52, "*": 18})


def main(only: tuple[str, ...] = ()) -> None:
    """Every template, or only the named ones (python xlsx_models/build_templates.py begrotingswijziging.xlsx)."""
    templates = {
        "begrotingswijziging.xlsx": lambda: build(
            "begrotingswijziging.xlsx", "Begrotingswijziging",
            {"bw_titel": ("Begrotingswijziging", "A1"), "bw_algemeen": ("Begrotingswijziging", "A3"),
             "bw_tabel": ("Begrotingswijziging", "A9"), **WORKINGS, "gr_start": ("Grafiek", "A1")},
            OTHER_SHEETS + ("Grafiek",), AMENDMENT_TEXTS, {"A": 38, "*": 12}),
        "bijdrageoverzicht.xlsx": lambda: build(
            "bijdrageoverzicht.xlsx", "Bijdrageoverzicht",
            {"bo_titel": ("Bijdrageoverzicht", "A1"), "bo_tabel": ("Bijdrageoverzicht", "A4"), **WORKINGS},
            # the letter's columns (statement_workbook.LETTER_COLUMNS: Jaar, Begroting, ..., Aandeel (%))
            OTHER_SHEETS, STATEMENT_TEXTS, {"A": 7, "B": 16, "C": 13, "D": 17, "E": 19, "F": 16, "G": 9, "*": 14}),
        "kostenverdeling.xlsx": lambda: build(
            "kostenverdeling.xlsx", "Kostenverdeling",
            {"kv_titel": ("Kostenverdeling", "A1"), "kv_tabel": ("Kostenverdeling", "A4"), **WORKINGS},
            OTHER_SHEETS, COST_TEXTS, {"A": 34, "B": 26, "*": 14}),
    }
    for filename, write in templates.items():
        if not only or filename in only:
            write()
    if not only:
        build_outlook_templates()
        build_settlement_templates()
    print("templates written to", HERE)


if __name__ == "__main__":
    main(tuple(sys.argv[1:]))
