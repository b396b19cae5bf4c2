"""The layout of the input workbooks (invoer-begrotingswijziging, invoer-kostenverdeling), declared once.

The reader (workbook_spec.read_document) and the writer (render/input_workbook.write_workbook) both follow
this declaration. Every input is reached through a workbook-scoped defined name (``invoer_...``), so
a restyled workbook, a renamed sheet or moved block still reads. A *field* is one cell; a *table*
is a named range whose first row is the first data row; a *lines* block is one named row per line
of the begroting with one column per year.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..core.amendment import LABELS, LINE_CODES
from .schema import DECIMALS, METHOD_LABELS, UNITS, UNITS_TEXT, YES_NO

PREFIX = "invoer_"
KIND_NAME = PREFIX + "soort"  # the cell holding 'begrotingswijziging' or 'kostenverdeling': marks an input workbook
MAX_YEARS = 5
MAX_MEMBERS = 400
MAX_LINES = 100
MAX_TEXTS = 20

# cell kinds: text, int, amount, bool, method, year_list (years of one line), date_text, closing (ja/nee for
# algemeen.bijdrage: ja is "sluitend", nee "ingevoerd")
METHOD_CHOICES = tuple(METHOD_LABELS.values())  # the drop-down list, in Dutch; the reader maps them back
# What a cell of each kind expects, in the words of the workbook (Dutch, as all its labels): the
# message of its data validation.
EXPECTED_NL = {"text": "tekst", "kind": "tekst", "date_text": "een datum of tekst", "amount": "een bedrag",
               "weight": "een gewicht (een getal, 0 of meer)", "int": "een heel getal",
               "unit": UNITS_TEXT, "decimals": "0, 1 of 2", "year": "een jaartal zoals 2025",
               "years": "een jaartal zoals 2025", "bool": "ja of nee", "closing": "ja of nee", "method": ", ".join(METHOD_CHOICES),
               "year_list": "jaartallen zoals 2018 of 2018, 2019"}


@dataclass(frozen=True)
class Field:
    """One input cell: document path, defined name, label, cell kind and the comment that explains it."""

    path: tuple[str, ...]
    label: str
    kind: str
    comment: str
    choices: tuple = ()

    @property
    def name(self) -> str:
        return PREFIX + "_".join(self.path[-1:] if self.path[0] == "algemeen" else self.path)


@dataclass(frozen=True)
class Column:
    key: str
    label: str
    kind: str
    comment: str
    width: int = 14


@dataclass(frozen=True)
class Table:
    """Rows of records (one per data row) under a header row; the named range covers the data rows."""

    name: str
    sheet: str
    title: str
    intro: str
    columns: tuple[Column, ...]
    rows: int
    year_columns: bool = False  # the columns after the first are year 1 .. year 5


@dataclass(frozen=True)
class Lines:
    """One named row per line code, one column per year (Begroting, Wijziging)."""

    section: str
    sheet: str
    title: str
    intro: str


@dataclass(frozen=True)
class Fields:
    sheet: str
    title: str
    intro: str
    fields: tuple[Field, ...]


YEARS_FIELD = Field(("algemeen", "jaren"), "Jaren", "years",
                    "De jaren van de begroting: 1 tot 5 oplopende jaren, vanaf de eerste cel, zonder gaten. "
                    "Elk ander blad heeft per jaar een kolom in deze volgorde.")


def _year_columns(first: Column) -> tuple[Column, ...]:
    return (first,) + tuple(Column(f"jaar{i}", f"Jaar {i}", "amount", "Bedrag in euro voor dit jaar (zie Algemeen).")
                            for i in range(1, MAX_YEARS + 1))


AMENDMENT = (
    Fields("Algemeen", "Begrotingswijziging: invoer",
           "Vul de gele cellen in. Deze werkmap is invoer voor: pyengine generate <dit bestand> --out uitvoer/",
           (
               Field(("soort",), "Soort", "kind", "Zegt welke werkmap pyengine maakt. Niet wijzigen."),
               Field(("algemeen", "nummer"), "Nummer", "text", "Nummer van de begrotingswijziging, zoals 2021-03 (als tekst)."),
               Field(("algemeen", "titel"), "Titel", "text", "Titel, meestal het programma of de regeling."),
               Field(("algemeen", "organisatie"), "Organisatie", "text", "De organisatie die de wijziging vaststelt."),
               Field(("algemeen", "kenmerk"), "Kenmerk", "text", "Kenmerk (zaaknummer); mag leeg blijven."),
               Field(("algemeen", "programma"), "Programma", "text", "Programma; mag leeg blijven."),
               Field(("algemeen", "onderdeel"), "Onderdeel", "text", "Onderdeel; mag leeg blijven."),
               Field(("algemeen", "taakveld"), "Taakveld", "text", "Taakveld; mag leeg blijven."),
               Field(("algemeen", "centrumgemeente"), "Centrumgemeente", "text",
                     "Naam van de centrumgemeente zoals op de regel 'centrumgemeente bijdrage'; mag leeg blijven."),
               Field(("algemeen", "eenheid"), "Eenheid (bedragen x)", "unit",
                     "De tabel toont bedragen in deze eenheid: 1000 = x EUR 1.000. Leeg: 1000.", UNITS),
               Field(("algemeen", "baten_negatief"), "Baten negatief", "bool",
                     "ja: baten (bijdragen) worden negatief ingevuld en getoond, zoals -3.794.000. "
                     "nee: baten positief. Leeg: ja.", YES_NO),
               Field(("algemeen", "verdeelmethode"), "Verdeelmethode", "method",
                     "Hoe de eenheden die na afronding overblijven worden verdeeld: grootste overschot (Hamilton), "
                     "Sainte-Laguë of D'Hondt. Leeg: grootste overschot.", METHOD_CHOICES),
               YEARS_FIELD,
               Field(("verdeelsleutel", "bron"), "Bron verdeelsleutel", "text",
                     "Waar de gewichten op blad Verdeelsleutel vandaan komen, zoals inwoners.csv, kolom inwoners "
                     "(pyengine new --key vult dit in). Staat op het blad Herkomst; mag leeg blijven."),
               Field(("algemeen", "bijdrage"), "Bijdrage sluitend maken", "closing",
                     "ja: pyengine berekent de wijziging van de gemeentelijke bijdrage zelf, precies wat elk jaar "
                     "sluitend maakt, en verdeelt die over de gemeenten naar de verdeelsleutel; laat die regel op "
                     "Wijziging dan leeg. nee: de wijziging zoals getypt op Wijziging. Leeg: nee.", YES_NO),
               Field(("algemeen", "saldo_toegestaan"), "Saldo toegestaan", "bool",
                     "ja: een bewust niet-sluitende wijziging wordt gemaakt en toont haar saldo. nee of leeg: een "
                     "wijziging die niet sluit wordt geweigerd, met de jaren en bedragen.", YES_NO),
               Field(("vaststelling", "door"), "Vastgesteld door", "text", "Wie de wijziging vaststelt; mag leeg blijven."),
               Field(("vaststelling", "op"), "Vastgesteld op", "date_text", "Datum van vaststelling; mag leeg blijven."),
           )),
    Table(PREFIX + "toelichting", "Algemeen", "Toelichting", "Eén regel per voetnoot of alinea, van boven naar beneden.",
          (Column("tekst", "Toelichting", "text", "Tekst onder de tabel, één regel per cel.", 100),), MAX_TEXTS),
    Lines("begroting", "Begroting", "Begroting (voor de wijziging)",
          "Bedragen in hele euro's of centen, per jaar. Baten negatief als 'Baten negatief' ja is. Lege cel: 0."),
    Lines("wijziging", "Wijziging", "Wijziging",
          "De wijziging per regel en jaar, in euro's. De wijziging van de gemeentelijke bijdrage wordt over de "
          "gemeenten verdeeld naar de verdeelsleutel. Lege cel: 0."),
    Table(PREFIX + "bijdrage_gemeente", "Bijdrage gemeenten", "Bijdrage gemeenten (begroting)",
          "Per gemeente de begrote bijdrage per jaar; samen gelijk aan de gemeentelijke bijdrage op Begroting. "
          "Laat dit blad leeg als de wijziging niet over gemeenten wordt verdeeld.",
          _year_columns(Column("naam", "Gemeente", "text", "Naam van de gemeente, precies zoals in de verdeelsleutel.", 28)),
          MAX_MEMBERS, year_columns=True),
    Table(PREFIX + "verdeelsleutel_bestanden", "Verdeelsleutel", "Verdeelsleutel uit een bestand",
          "Een CSV- of xlsx-bestand met een kolom 'gemeente' en een kolom gewichten (of een CBS-export). Eerste rij: "
          "voor alle jaren; of één rij per jaar. Of vul hieronder de gewichten in.",
          (Column("voor", "Voor", "label", "Voor welk jaar deze rij geldt.", 12),
           Column("bestand", "Bestand", "text", "Pad naar het sleutelbestand, vanaf de map van deze werkmap.", 36),
           Column("kolom", "Kolom", "text", "De kolom met de gewichten; leeg als er maar één is.", 18),
           Column("blad", "Blad", "text", "Het blad in een xlsx-sleutel; leeg: het eerste.", 14),
           Column("periode", "Periode", "text", "De periode in een CBS-export met meerdere perioden, zoals 2024.", 12),
           Column("vast_per_gemeente", "Vast per gemeente", "amount",
                  "Vaste voet: elk lid betaalt dit bedrag, de rest gaat naar gewicht. Mag leeg blijven.", 16)),
          1 + MAX_YEARS),
    Table(PREFIX + "verdeelsleutel_gewichten", "Verdeelsleutel", "Verdeelsleutel: gewichten",
          "Of: de gewichten zelf (inwoners, aandeel in %). Kolom 'Alle jaren', of één kolom per jaar.",
          (Column("naam", "Gemeente", "text", "Naam van de gemeente, zoals op 'Bijdrage gemeenten'.", 28),
           Column("alle", "Alle jaren", "weight", "Gewicht voor alle jaren.", 14))
          + tuple(Column(f"jaar{i}", f"Jaar {i}", "weight", "Gewicht voor dit jaar (zie Algemeen).")
                  for i in range(1, MAX_YEARS + 1)),
          MAX_MEMBERS),
)

COSTS = (
    Fields("Algemeen", "Kostenverdeling: invoer",
           "Vul de gele cellen in. Deze werkmap is invoer voor: pyengine generate <dit bestand> --out uitvoer/",
           (
               Field(("soort",), "Soort", "kind", "Zegt welke werkmap pyengine maakt. Niet wijzigen."),
               Field(("algemeen", "titel"), "Titel", "text", "Titel van de kostenverdeling."),
               Field(("algemeen", "organisatie"), "Organisatie", "text", "De samenwerking of organisatie."),
               YEARS_FIELD,
               Field(("algemeen", "decimalen"), "Decimalen bijdragen", "decimals",
                     "De bijdragen per gemeente in hele euro's (0) of centen (2). Leeg: 2.", DECIMALS),
               Field(("algemeen", "bron"), "Bron", "text", "Het document waar de cijfers vandaan komen; mag leeg blijven."),
               Field(("verdeelsleutel", "bron"), "Bron verdeelsleutel", "text",
                     "Waar de gewichten op blad Verdeelsleutel vandaan komen, zoals inwoners.csv, kolom inwoners "
                     "(pyengine new --key vult dit in). Staat op het blad Herkomst; mag leeg blijven."),
               Field(("onvoorzien", "omschrijving"), "Onvoorzien: omschrijving", "text", "Leeg: Onvoorzien."),
               Field(("onvoorzien", "percentage"), "Onvoorzien: percentage", "amount",
                     "Percentage van de overige regels, zoals 5. Leeg: 5."),
               Field(("onvoorzien", "bedrag"), "Onvoorzien: vast bedrag", "amount",
                     "Een vastgesteld bedrag in plaats van het percentage; mag leeg blijven."),
               Field(("onvoorzien", "toelichting"), "Onvoorzien: toelichting", "text", "Waarom dit bedrag; mag leeg blijven."),
           )),
    Fields("Tarieven", "Schaaltarieven", "Kosten per fte per salarisschaal: een bestand, of de tabel hieronder. "
           "Allebei leeg: de standaardtabel (convenant Midden-Limburg West 2018).",
           (Field(("tarieven", "bestand"), "Bestand", "text",
                  "CSV/xlsx met kolommen schaal en kosten_per_fte (en eventueel jaar), vanaf de map van deze werkmap."),)),
    Table(PREFIX + "tarieven", "Tarieven", "Of: de tarieven zelf", "Eén rij per schaal.",
          (Column("schaal", "Schaal", "int", "Salarisschaal, zoals 10.", 10),
           Column("kosten_per_fte", "Kosten per fte", "amount", "Integrale kosten per fte per jaar, in euro.", 16)),
          40),
    Table(PREFIX + "formatie", "Formatie", "Formatie", "Eén rij per functie: fte x het tarief van de schaal.",
          (Column("functie", "Functie", "text", "Naam van de functie.", 28),
           Column("soort", "Soort", "text", "Groep, zoals 'Bestaande basisformatie'; mag leeg blijven.", 26),
           Column("schaal", "Schaal", "int", "Salarisschaal; moet in de tarieventabel staan.", 8),
           Column("fte", "Fte", "amount", "Aantal fte, zoals 0,5.", 8),
           Column("jaren", "Alleen in jaren", "year_list", "Leeg: elk jaar. Of jaren zoals 2018 of 2018, 2019.", 16)),
          MAX_LINES),
    Table(PREFIX + "bedrag", "Bedragen", "Bedragen", "Eén rij per vast bedrag per jaar.",
          (Column("omschrijving", "Omschrijving", "text", "Omschrijving van het bedrag.", 32),
           Column("soort", "Soort", "text", "Groep; mag leeg blijven.", 26),
           Column("bedrag", "Bedrag", "amount", "Bedrag in euro per jaar.", 14),
           Column("jaren", "Alleen in jaren", "year_list", "Leeg: elk jaar. Of jaren zoals 2018 of 2018, 2019.", 16)),
          MAX_LINES),
    Table(PREFIX + "capaciteit", "Capaciteit", "Capaciteit", "Uren per week x uurtarief x weken, per gemeente of groep.",
          (Column("naam", "Naam", "text", "Gemeente of groep van gemeenten.", 32),
           Column("uren_per_week", "Uren per week", "amount", "Uren per week.", 14),
           Column("uurtarief", "Uurtarief", "amount", "Tarief per uur in euro.", 12),
           Column("weken", "Weken", "amount", "Weken per jaar; leeg: 45.", 10)),
          MAX_LINES),
    Table(PREFIX + "verdeelsleutel_bestand", "Verdeelsleutel", "Verdeelsleutel uit een bestand",
          "Een CSV- of xlsx-bestand met een kolom 'gemeente' en een kolom gewichten. Of vul hieronder de gewichten in.",
          (Column("bestand", "Bestand", "text", "Pad naar het sleutelbestand, vanaf de map van deze werkmap.", 36),
           Column("kolom", "Kolom", "text", "De kolom met de gewichten; leeg als er maar één is.", 18),
           Column("blad", "Blad", "text", "Het blad in een xlsx-sleutel; leeg: het eerste.", 14),
           Column("periode", "Periode", "text", "De periode in een CBS-export met meerdere perioden.", 12)),
          1),
    Table(PREFIX + "verdeelsleutel_gewichten", "Verdeelsleutel", "Verdeelsleutel: gewichten",
          "Of: de gewichten zelf (inwoners, aandeel in %).",
          (Column("naam", "Gemeente", "text", "Naam van de gemeente.", 28),
           Column("gewicht", "Gewicht", "weight", "Gewicht van de gemeente.", 14)),
          MAX_MEMBERS),
    Table(PREFIX + "verdeelsleutel_groepen", "Groepen", "Groepen in de verdeelsleutel",
          "Gemeenten die samen één rij vormen (zoals 'Hillegom, Lisse, Teylingen'): één rij per gemeente.",
          (Column("groep", "Groep", "text", "Naam van de groep.", 32),
           Column("gemeente", "Gemeente", "text", "Een gemeente uit de verdeelsleutel.", 28)),
          MAX_MEMBERS),
)

FORMS = {"begrotingswijziging": AMENDMENT, "kostenverdeling": COSTS}


def sheets_of(kind: str) -> dict[str, str]:
    """Each defined name of a form -> the sheet the form puts it on (to name a sheet that was deleted)."""
    made_on: dict[str, str] = {}
    for block in FORMS[kind]:
        if isinstance(block, Fields):
            made_on.update((field.name, block.sheet) for field in block.fields)
        elif isinstance(block, Lines):
            made_on.update((line_name(block.section, code), block.sheet) for code in LINE_CODES)
        else:
            made_on[block.name] = block.sheet
    return made_on


def line_name(section: str, code: str) -> str:
    return f"{PREFIX}{section}_{code}"


def line_label(code: str) -> str:
    return LABELS[code]


__all__ = ["AMENDMENT", "COSTS", "FORMS", "Field", "Fields", "Lines", "Table", "Column", "LINE_CODES", "KIND_NAME",
           "MAX_YEARS", "line_name", "line_label", "sheets_of"]
