"""Builds functions_demo.xlsx: the three seed systems laid out with the pyengine Excel functions.

Every formula stores the value our functions return, so the file shows its numbers before the
add-in is set up; once it is, Excel recomputes them live. Run: python xlsx_models/examples/build_functions_demo.py
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import udfs
from pyengine.lite import REQUIREMENTS, build_main_py, workbook_with_code
from udfs.registry import FUNCTIONS
from pyengine.render.formula import Expr, cell_name
from pyengine.render.template import load_template

HERE = Path(__file__).parent
TEMPLATE = HERE.parent / "begrotingswijziging.xlsx"


@dataclass(frozen=True, eq=False)
class ExcelCall(Expr):
    """A call of one of our Excel functions, with the value it returns stored beside it."""

    text: str
    result: object
    array_ref: str | None = None

    def excel(self, here: str) -> str:
        return self.text

    def evaluate(self, book) -> object:
        return self.result


def number(value: float) -> Decimal:
    return Decimal(repr(value))


WIZARD_INDENT = "      "  # an argument's help under its function


def wizard_lines(row) -> list[str]:
    """One function as Excel's function wizard shows it: =VERDEEL(totaal; gewichten; [decimalen]; [methode])
    with its description, then each argument with its help."""
    required = len(row.arguments) - len(row.implementation.__defaults__ or ())
    arguments = "; ".join(a.naam if i < required else f"[{a.naam}]" for i, a in enumerate(row.arguments))
    return [f"={row.naam}({arguments})  ({row.name}): {row.hulp}"] + [
        f"{WIZARD_INDENT}{a.naam}: {a.hulp}" for a in row.arguments]


def build() -> bytes:
    template = load_template(TEMPLATE, ())
    book = template.new_book(created="2000-01-01T00:00:00Z")
    for static in list(book.sheets):  # start from the template's styles only
        book.sheets.remove(static)
        book._by_name.pop(static.name)
    book.title = "pyengine: de Excel-functies bij de drie voorbeelden"
    book.recalculate_on_open = False  # show the stored values until the add-in is there
    style = template.style

    def put(sheet, ref_row, col, value, key=""):
        book.sheet(sheet).put(ref_row, col, value, style=style(key) if key else 0)

    def call(sheet, row, col, text, result, key="euro", array_ref=None):
        book.sheet(sheet).put(row, col, None, style=style(key), formula=ExcelCall(text, result, array_ref))

    def spill(sheet, top, col, text, results, key="euro"):
        """ALLOCATE as an array formula over the cells it fills (works in every Excel version)."""
        ref = f"{cell_name(top, col)}:{cell_name(top + len(results) - 1, col)}"
        call(sheet, top, col, text, number(results[0][0]), key, array_ref=ref)
        for i, row in enumerate(results[1:], start=1):
            put(sheet, top + i, col, number(row[0]), key)

    # --- Uitleg
    s = "Uitleg"
    put(s, 1, 1, "pyengine: Excel-functies", "titel")
    lines = [
        "Deze map laat de drie voorbeeldsystemen zien met de functies van pyengine (Excel + xlwings of xlwings Lite).",
        "Installeer eerst de functies: zie README.md, 'Excel functions'. Zonder Python: functions_demo_lite.xlsx.",
        "De opgeslagen uitkomsten zijn door pyengine berekend; met de add-in rekent Excel ze live opnieuw uit.",
        "",
        "Zo toont Excel de functies in het venster Functie invoegen (Nederlandse naam, argumenten, uitleg; "
        "[ ] = optioneel; Engelse naam erachter):",
    ]
    lines += [line for row in FUNCTIONS for line in wizard_lines(row)]
    lines += [
        "",
        "Een fout (bijvoorbeeld een negatief gewicht) geeft #WAARDE!: ALS.FOUT vangt die, SOM erover geeft ook een fout.",
        "De melding: in xlwings Lite bij het foutsymbool van de cel; overal met =WAAROM(\"VERDEEL\"; B3; B6:B13).",
        "Een lege cel, \"\" of 0 betekent de standaardwaarde bij decimalen, methode, tarieven, weken en voltijd_uren.",
        "Waar 0 kan (totaal, gewicht, fte, uren, bedrag, stap) telt een lege cel als 0, zoals in Excel zelf; "
        "waar 0 niet kan (schaal, jaar, startdatum) geven een lege cel en 0 dezelfde melding (leeg of 0).",
    ]
    for i, text in enumerate(lines, start=3):
        put(s, i, 1, text, "tekst")
    book.sheet(s).widths[1] = 160

    # --- Regionaal Leerhuis (seed 000)
    s = "Regionaal Leerhuis"
    members = {"Blaricum": 1010, "Eemnes": 932, "Gooise Meren": 5952, "Hilversum": 9220, "Huizen": 4343,
               "Laren": 1150, "Weesp": 1950, "Wijdemeren": 2443}
    put(s, 1, 1, "Regionaal Leerhuis: EUR 27.000 per jaar naar inwonertal (seed 000)", "titel")
    put(s, 3, 1, "Totaal per jaar", "label")
    put(s, 3, 2, Decimal(27000), "invoer_bedrag")
    for c, text in enumerate(("Gemeente", "Sleutel (bijdrage 2020)", "=ALLOCATE (euro)", "=VERDEEL x 1.000"), start=1):
        put(s, 5, c, text, "kop")
    weights = [[float(w)] for w in members.values()]
    for i, (name, weight) in enumerate(members.items()):
        put(s, 6 + i, 1, name, "label")
        put(s, 6 + i, 2, Decimal(weight), "invoer_getal")
    last = 5 + len(members)
    spill(s, 6, 3, f"ALLOCATE($B$3,B6:B{last})", udfs.ALLOCATE(27000.0, weights))
    spill(s, 6, 4, f"VERDEEL($B$3/1000,B6:B{last})", udfs.VERDEEL(27.0, weights), "getal")
    put(s, last + 1, 1, "Totaal", "label_totaal")
    call(s, last + 1, 3, f"SUM(C6:C{last})", Decimal(27000), "euro_totaal")
    call(s, last + 1, 4, f"SUM(D6:D{last})", Decimal(27), "bedrag_totaal")
    put(s, last + 3, 1, "Gewoon afronden (ROUND per gemeente) geeft 26 onder een totaal van 27; VERDEEL geeft 27.", "bron")
    book.sheet(s).widths.update({1: 30, 2: 22, 3: 18, 4: 18})

    # --- Midden-Limburg West (seed 003)
    s = "Midden-Limburg West"
    put(s, 1, 1, "Midden-Limburg West: formatie x schaaltarief, onvoorzien en verdeling (seed 003)", "titel")
    for c, text in enumerate(("Functie", "Schaal", "Fte", "=FTE_COST", "=LOONKOSTEN (eigen tabel)"), start=1):
        put(s, 3, c, text, "kop")
    formatie = [("Beleid jeugd", 12, 1.0), ("Beleid Wmo", 12, 1.0), ("Contractmanager", 11, 1.66),
                ("Business control", 10, 0.9), ("Ondersteuner", 8, 0.864), ("Beleidsondersteuner", 11, 0.33),
                ("Informatie analist", 10, 0.4), ("Communicatie", 11, 0.132), ("Inkoop uitvoering", 10, 0.4),
                ("MOBW", 11, 0.39)]
    rates = [["schaal", "kosten per fte"], [8.0, 65000.0], [10.0, 80000.0], [11.0, 90000.0], [12.0, 100000.0]]
    for i, row in enumerate(rates):
        for c, value in enumerate(row):
            put(s, 3 + i, 8 + c, value if isinstance(value, str) else number(value), "kop" if i == 0 else "invoer_getal")
    total = Decimal(0)
    for i, (name, scale, fte) in enumerate(formatie):
        r = 4 + i
        put(s, r, 1, name, "label")
        put(s, r, 2, Decimal(scale), "invoer_getal")
        put(s, r, 3, number(fte), "invoer_getal")
        value = udfs.FTE_COST(fte, float(scale))
        call(s, r, 4, f"FTE_COST(C{r},B{r})", number(value))
        call(s, r, 5, f"LOONKOSTEN(C{r},B{r},$H$3:$I$7)", number(udfs.LOONKOSTEN(fte, float(scale), rates)))
        total += number(value)
    r = 4 + len(formatie)
    put(s, r, 1, "Additionele expertise", "label")
    put(s, r, 4, Decimal(50000), "invoer_bedrag")
    total += 50000
    put(s, r + 1, 1, "Subtotaal", "label_totaal")
    call(s, r + 1, 4, f"SUM(D4:D{r})", total, "euro_totaal")
    put(s, r + 2, 1, "Onvoorzien 5% (=ONVOORZIEN)", "label")
    contingency = number(udfs.ONVOORZIEN(float(total), 0.05))
    call(s, r + 2, 4, f"ONVOORZIEN(D{r + 1},0.05)", contingency)
    put(s, r + 3, 1, "Totaal per jaar", "label_totaal")
    call(s, r + 3, 4, f"D{r + 1}+D{r + 2}", total + contingency, "euro_totaal")
    put(s, r + 4, 1, "Het convenant drukt EUR 36.500 af als onvoorzien; 5% van deze regels is EUR 33.412.", "bron")
    split_top = r + 6
    for c, text in enumerate(("Gemeente", "Aandeel %", "=ALLOCATE (centen)"), start=1):
        put(s, split_top, c, text, "kop")
    shares = {"Leudal": 36, "Nederweert": 16, "Weert": 48}
    for i, (name, pct) in enumerate(shares.items()):
        put(s, split_top + 1 + i, 1, name, "label")
        put(s, split_top + 1 + i, 2, Decimal(pct), "invoer_getal")
    spill(s, split_top + 1, 3, f"ALLOCATE(D{r + 3},B{split_top + 1}:B{split_top + 3},2)",
          udfs.ALLOCATE(float(total + contingency), [[36.0], [16.0], [48.0]], 2.0))
    put(s, split_top + 5, 1, "Uitbreiding vanaf 1-9-2018 (=PRORATE)", "label")
    call(s, split_top + 5, 4, "PRORATE(90000,DATE(2018,9,1),2018)",
         number(udfs.PRORATE(90000.0, dt.datetime(2018, 9, 1), 2018.0)))
    book.sheet(s).widths.update({1: 36, 2: 12, 3: 18, 4: 18, 5: 24, 8: 10, 9: 16})

    # --- Holland Rijnland (seed 004)
    s = "Holland Rijnland"
    put(s, 1, 1, "Holland Rijnland: capaciteit en projectbegroting (seed 004)", "titel")
    put(s, 3, 1, "Uurtarief", "label")
    put(s, 3, 2, Decimal(85), "invoer_bedrag")
    put(s, 4, 1, "Weken per jaar", "label")
    put(s, 4, 2, Decimal(45), "invoer_getal")
    for c, text in enumerate(("Gemeente", "Uren per week", "=HOURS_COST", "=FTE"), start=1):
        put(s, 6, c, text, "kop")
    hours = [("Alphen aan den Rijn", 7), ("Hillegom, Lisse, Teylingen", 29), ("Kaag en Braassem", 1), ("Katwijk", 24),
             ("Leiden", 47), ("Leiderdorp", 10), ("Nieuwkoop", 8), ("Noordwijk en Noordwijkerhout", 14),
             ("Oegstgeest", 7), ("Zoeterwoude", 3)]
    total_hours = Decimal(0)
    for i, (name, h) in enumerate(hours):
        r = 7 + i
        put(s, r, 1, name, "label")
        put(s, r, 2, Decimal(h), "invoer_getal")
        value = number(udfs.HOURS_COST(float(h), 85.0, 45.0))
        call(s, r, 3, f"HOURS_COST(B{r},$B$3,$B$4)", value)
        call(s, r, 4, f"FTE(B{r})", number(round(udfs.FTE(float(h)), 10)), "euro")
        total_hours += value
    r = 7 + len(hours)
    put(s, r, 1, "Totaal", "label_totaal")
    call(s, r, 3, f"SUM(C7:C{r - 1})", total_hours, "euro_totaal")
    budget_top = r + 2
    for c, text in enumerate(("Projectbegroting", "Bedrag"), start=1):
        put(s, budget_top, c, text, "kop")
    lines = [("Algemeen werkbudget", 80000), ("Projectondersteuning", 10000), ("Communicatie", 10000)]
    for i, (name, amount) in enumerate(lines):
        put(s, budget_top + 1 + i, 1, name, "label")
        put(s, budget_top + 1 + i, 2, Decimal(amount), "invoer_bedrag")
    o = budget_top + 4
    put(s, o, 1, "Onvoorzien 5% (=CONTINGENCY)", "label")
    call(s, o, 2, f"CONTINGENCY(SUM(B{budget_top + 1}:B{budget_top + 3}))", number(udfs.CONTINGENCY(100000.0)))
    put(s, o + 1, 1, "Totale kosten", "label_totaal")
    call(s, o + 1, 2, f"SUM(B{budget_top + 1}:B{o})", Decimal(105000), "euro_totaal")
    split_top = o + 3
    for c, text in enumerate(("Gemeente", "Inbreng %", "=ALLOCATE (euro)"), start=1):
        put(s, split_top, c, text, "kop")
    pct = [("Alphen aan den Rijn", 4.7), ("Hillegom", 5.3), ("Kaag en Braassem", 0.8), ("Katwijk", 15.9),
           ("Leiden", 31.9), ("Leiderdorp", 6.4), ("Lisse", 5.0), ("Nieuwkoop", 5.6), ("Noordwijk", 5.0),
           ("Noordwijkerhout", 3.8), ("Oegstgeest", 4.8), ("Teylingen", 9.1), ("Zoeterwoude", 1.8)]
    for i, (name, p) in enumerate(pct):
        put(s, split_top + 1 + i, 1, name, "label")
        put(s, split_top + 1 + i, 2, number(p), "invoer_getal")
    first, last = split_top + 1, split_top + len(pct)
    spill(s, first, 3, f"ALLOCATE(B{o + 1},B{first}:B{last})", udfs.ALLOCATE(105000.0, [[p] for _, p in pct]), "getal")
    put(s, last + 1, 1, "Totaal (de percentages tellen op tot 100,1%)", "label_totaal")
    call(s, last + 1, 3, f"SUM(C{first}:C{last})", Decimal(105000), "bedrag_totaal")
    book.sheet(s).widths.update({1: 34, 2: 16, 3: 18, 4: 12})
    return book.to_bytes()


READY = HERE.parent.parent / "examples" / "excel"  # shipped: for an officer without Python


def ready_files(demo: bytes) -> dict[str, bytes]:
    """The ready-made files for xlwings Lite: main.py, requirements.txt, and the demo with both inside."""
    main_text = build_main_py()
    return {"main.py": main_text.encode("utf-8"), "requirements.txt": REQUIREMENTS.encode("utf-8"),
            "functions_demo_lite.xlsx": workbook_with_code(demo, main_text, REQUIREMENTS)}


if __name__ == "__main__":
    demo = build()
    (HERE / "functions_demo.xlsx").write_bytes(demo)
    print("written", HERE / "functions_demo.xlsx")
    READY.mkdir(parents=True, exist_ok=True)
    for name, data in ready_files(demo).items():
        (READY / name).write_bytes(data)
        print("written", READY / name)
