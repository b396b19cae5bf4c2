"""The one table of pyengine's Excel functions: English and Dutch names, argument names and help texts.

Both runtimes read this table (classic xlwings through ``udfs``, xlwings Lite through the generated
main.py), and so do `pyengine lite`, the demo workbook's Uitleg sheet and the tests. Each row is
exposed twice: under its English name with English argument names and help, and under its Dutch
name with Dutch argument names and help; a call by the Dutch name answers in Dutch.

To add a function: write its implementation in ``udfs/functions.py`` (English parameter names; read
cells with ``udfs.cells``; raise ``InputError`` for bad input) and add a row below:
``function("ENGLISH DUTCH", implementation, help, hulp, *arguments)``, each argument
``argument("english dutch", help, hulp)``. An argument with a default in the implementation is optional
in Excel, and its help starts with "Optional." / "Optioneel." by itself. Everything else (both runtimes,
main.py, the checks on names and help lengths) follows from the row.
"""

from __future__ import annotations

from dataclasses import dataclass

from pyengine.errors import InputError
from pyengine.i18n import _

from . import cells, functions
from .excel import names_shown, outcome


@dataclass(frozen=True)
class Argument:
    name: str  # English argument name (the implementation's parameter name)
    naam: str  # Dutch argument name, as Excel's function wizard shows it
    help: str  # English help (at most 255 characters: Excel's limit)
    hulp: str  # Dutch help
    range: bool = False  # read as a 2-D range (a column, row or block of cells)
    item: str = ""  # for a range: one of its cells in a message, English ("weight 3") and Dutch ("gewicht 3")
    onderdeel: str = ""


@dataclass(frozen=True)
class Function:
    name: str  # English Excel name
    naam: str  # Dutch Excel name
    help: str
    hulp: str
    implementation: object
    arguments: tuple[Argument, ...]
    spills: bool = False  # returns a range (a 2-D list of numbers)


def argument(names: str, help: str, hulp: str, *, range: bool = False, cells: str = "") -> Argument:
    """``names`` "english dutch"; ``cells`` "weight gewicht": a range whose cells messages name one by one."""
    name, naam = names.split()
    item, onderdeel = cells.split() if cells else ("", "")
    return Argument(name, naam, help, hulp, range or bool(cells), item, onderdeel)


def function(names: str, implementation, help: str, hulp: str, *arguments: Argument, spills: bool = False) -> Function:
    """``names`` "ENGLISH DUTCH"; the arguments in the implementation's order."""
    name, naam = names.split()
    required = len(arguments) - len(implementation.__defaults__ or ())
    arguments = tuple(a if i < required else Argument(a.name, a.naam, f"Optional. {a.help}", f"Optioneel. {a.hulp}",
                                                      a.range, a.item, a.onderdeel)
                      for i, a in enumerate(arguments))
    return Function(name, naam, help, hulp, implementation, arguments, spills)


# Arguments that several functions share.
HOURS_PER_WEEK = argument("hours_per_week uren_per_week", "Hours per week, e.g. 7 (at most 168).",
                          "Uren per week, bijvoorbeeld 7 (hoogstens 168).")
AMOUNT = "amount bedrag"
KEY = "weight gewicht"

FUNCTIONS: tuple[Function, ...] = (
    function("ALLOCATE VERDEEL", functions.allocate_cells,
             "Splits a total over weights; the shares add up exactly to the total rounded to 'decimals'. "
             "Spills one share per weight, in the shape of the weights range.",
             "Verdeelt een totaal naar gewichten; de aandelen tellen precies op tot het totaal, afgerond op "
             "'decimalen'. Geeft één aandeel per gewicht, in de vorm van het bereik.",
             argument("total totaal",
                      "The amount to split, e.g. 27000. Negative amounts (baten) give negative shares.",
                      "Het te verdelen bedrag, bijvoorbeeld 27000. Een negatief bedrag (baten) geeft negatieve "
                      "aandelen."),
             argument("weights gewichten",
                      "The verdeelsleutel: a column or row of non-negative weights (inhabitants, percentages). "
                      "Blank cells count as 0.",
                      "De verdeelsleutel: een kolom of rij niet-negatieve gewichten (inwoners, percentages). "
                      "Lege cellen tellen als 0.", cells=KEY),
             argument("decimals decimalen",
                      "Rounding like ROUND: 2 = cents, 0 = euros (default), -3 = whole thousands.",
                      "Afronden als AFRONDEN: 2 = centen, 0 = euro's (standaard), -3 = hele duizenden."),
             argument("method methode",
                      "largest_remainder (default, Hamilton), sainte_lague (Webster) or dhondt (Jefferson).",
                      "largest_remainder (standaard, grootste overschot), sainte_lague of dhondt."),
             spills=True),
    function("FTE_COST LOONKOSTEN", functions.fte_cost_cells,
             "Annual cost of a position: FTE x the integral cost per FTE of its salary scale, to the cent.",
             "Jaarkosten van een functie: fte x de integrale kosten per fte van de salarisschaal, op de cent.",
             argument("fte fte", "Full-time equivalents, e.g. 0.4 (use the unrounded figure, e.g. 0.132, not 0.13).",
                      "Aantal fte, bijvoorbeeld 0,4 (gebruik het onafgeronde getal, bijvoorbeeld 0,132, niet 0,13)."),
             argument("scale schaal", "Salary scale (schaal), e.g. 10.", "Salarisschaal, bijvoorbeeld 10."),
             argument("rates tarieven",
                      "Two columns: schaal | cost per FTE. Default: the table of the Midden-Limburg West convenant "
                      "2018 (8: 65000, 10: 80000, 11: 90000, 12: 100000).",
                      "Twee kolommen: schaal | kosten per fte. Standaard: de tabel van het convenant Midden-Limburg "
                      "West 2018 (8: 65000, 10: 80000, 11: 90000, 12: 100000).", range=True)),
    function("HOURS_COST UURKOSTEN", functions.hours_cost_cells,
             "Annual cost of hours per week: hours x hourly rate x weeks a year, to the cent (7 x 85 x 45 = 26775).",
             "Jaarkosten van uren per week: uren x uurtarief x weken per jaar, op de cent (7 x 85 x 45 = 26775).",
             HOURS_PER_WEEK,
             argument("rate uurtarief", "Hourly rate (inhuurtarief) in euros, e.g. 85.",
                      "Uurtarief (inhuurtarief) in euro's, bijvoorbeeld 85."),
             argument("weeks weken", "Working weeks a year; default 45 (at most 53).",
                      "Werkweken per jaar; standaard 45 (hoogstens 53).")),
    function("FTE FTE_UIT_UREN", functions.fte_cells,
             "Hours per week as FTE of a full working week (default 36 hours, CAO Gemeenten).",
             "Uren per week als fte van een volledige werkweek (standaard 36 uur, CAO Gemeenten).",
             HOURS_PER_WEEK,
             argument("fulltime_hours voltijd_uren", "Hours of a full-time week; default 36.",
                      "Uren van een voltijdse werkweek; standaard 36.")),
    function("CONTINGENCY ONVOORZIEN", functions.contingency_cells,
             "Onvoorzien: a percentage (default 5%) of an amount, to the cent.",
             "Onvoorzien: een percentage (standaard 5%) van een bedrag, op de cent.",
             argument(AMOUNT, "The sum of the other budget lines.", "De som van de andere begrotingsregels."),
             argument("rate percentage", "The rate as a fraction: 0.05 = 5% (default).",
                      "Het percentage als fractie: 0,05 = 5% (standaard).")),
    function("PRORATE NAAR_RATO", functions.prorate_cells,
             "The part of an annual amount that falls in a year for a position starting on a date: "
             "amount x months remaining / 12.",
             "Het deel van een jaarbedrag dat in een jaar valt voor een functie die op een datum begint: "
             "bedrag x resterende maanden / 12.",
             argument(AMOUNT, "The annual amount, e.g. 90000.", "Het jaarbedrag, bijvoorbeeld 90000."),
             argument("start_date startdatum",
                      "The start date, e.g. 1-9-2018 (a start after the 1st counts from the next month).",
                      "De begindatum, bijvoorbeeld 1-9-2018 (een start na de 1e telt vanaf de volgende maand)."),
             argument("year jaar", "The budget year, e.g. 2018.", "Het begrotingsjaar, bijvoorbeeld 2018.")),
    function("INDEX_AMOUNT INDEXEER", functions.index_amount_cells,
             "An amount of the base year at the price level of a later year: amount x the product of (1 + index/100) "
             "over the years after the base year, rounded once to whole euros.",
             "Een bedrag van het basisjaar in prijzen van een later jaar: bedrag x het product van (1 + index/100) "
             "over de jaren na het basisjaar, één keer afgerond op hele euro's.",
             argument(AMOUNT, "The amount at the price level of the base year, e.g. 1850000.",
                      "Het bedrag in prijzen van het basisjaar, bijvoorbeeld 1850000."),
             argument("base_year basisjaar", "The base year, e.g. 2026.", "Het basisjaar, bijvoorbeeld 2026."),
             argument("year jaar", "The year to raise the amount to, e.g. 2029.",
                      "Het jaar waarnaar het bedrag wordt geïndexeerd, bijvoorbeeld 2029."),
             argument("indices indices",
                      "Two columns: year | index in percent (3.1 = 3.1%), one row per year after the base year.",
                      "Twee kolommen: jaar | index in procenten (3,1 = 3,1%), één rij per jaar na het basisjaar.",
                      range=True)),
    function("PHASE_IN INGROEI", functions.phase_in_cells,
             "Step k of an ingroeipad from key A to key B: the exact split of share A + (share B - share A) x k / N "
             "in whole euros; adds up to the total; step N is key B. Spills one share per weight.",
             "Stap k van een ingroeipad van sleutel A naar sleutel B: de exacte verdeling van aandeel A + (aandeel B "
             "- aandeel A) x k / N in hele euro's; telt op tot het totaal; stap N is sleutel B.",
             argument("total totaal", "The amount to split in this year, e.g. 2500000.",
                      "Het te verdelen bedrag van dit jaar, bijvoorbeeld 2500000."),
             argument("key_a sleutel_a", "The current key: a column or row of non-negative weights.",
                      "De huidige sleutel: een kolom of rij niet-negatieve gewichten.", cells=KEY),
             argument("key_b sleutel_b", "The new key: weights of the same members, in the same shape.",
                      "De nieuwe sleutel: gewichten van dezelfde deelnemers, in dezelfde vorm.", cells=KEY),
             argument("step stap", "The step k of the path, 0 (key A) to N (key B).",
                      "De stap k van het pad, 0 (sleutel A) tot N (sleutel B)."),
             argument("steps stappen", "The number of steps N of the path (ingroei in years); 0 = key B at once.",
                      "Het aantal stappen N van het pad (ingroei in jaren); 0 = sleutel B meteen."),
             spills=True),
)


def names() -> list[str]:
    """Every Excel name, English and Dutch, in table order."""
    return [name for function in FUNCTIONS for name in (function.name, function.naam)]


# WHY / WAAROM: the one-line message of a call, in a cell, for both runtimes. A failed call shows
# #VALUE!; in xlwings Lite its message also shows on the cell's error flag, but classic Excel has no
# place for it, so =WAAROM("VERDEEL"; B2; C2:C9) gives it (empty text when the call succeeds). The
# named function's language decides the message's language.
def explain_cells(function, argument1=None, argument2=None, argument3=None, argument4=None, argument5=None):
    name = cells.text(function, cells.label("function"), "").upper()
    for row in FUNCTIONS:
        if name in (row.name, row.naam) and row.implementation is not explain_cells:
            break
    else:
        raise InputError(_("{name}: no such function; give the name of one of pyengine's functions, e.g. "
                           "\"VERDEEL\"").format(name=cells.label("function")))
    dutch = name == row.naam
    given = [argument1, argument2, argument3, argument4, argument5][:len(row.arguments)]
    args = [value if argument.range else _single(cells.cells_of(value)) for argument, value in zip(row.arguments, given)]
    _result, message = outcome(name, "nl" if dutch else "en", names_shown(row, dutch), row.implementation, args)
    return message or ""


def _single(value):
    """Every argument of WHY is read as a range; a single cell becomes its value again."""
    if len(value) == 1 and len(value[0]) == 1:
        return value[0][0]
    return value


ORDINALS = (("first", "eerste"), ("second", "tweede"), ("third", "derde"), ("fourth", "vierde"),
            ("fifth", "vijfde"))
FUNCTIONS += (
    function("WHY WAAROM", explain_cells,
             "The message of a call of another pyengine function that gives #VALUE!, e.g. =WHY(\"ALLOCATE\", B2, "
             "C2:C9); empty when the call succeeds.",
             "De melding bij een aanroep van een andere pyengine-functie die #WAARDE! geeft, bijvoorbeeld "
             "=WAAROM(\"VERDEEL\"; B2; C2:C9); leeg als de aanroep lukt.",
             argument("function functie", "The function's name as text, e.g. \"ALLOCATE\".",
                      "De naam van de functie als tekst, bijvoorbeeld \"VERDEEL\"."),
             *(argument(f"argument{n} argument{n}", f"Its {first} argument.", f"Het {eerste} argument.", range=True)
               for n, (first, eerste) in enumerate(ORDINALS, start=1))),
)
