"""A column of text beside the lines' labels (issue 18, e25; trial18 t07 and t02):

1. A staat van voorzieningen with a 'Doel' column of long text, wrapped in its cells in a small type, between the
   voorziening's name and the figures. The Doel was joined to the label ('Voorziening groot onderhoud kazernes Egalisatie
   van de kosten ...'; in the PDF its first printed line only, the rest a row of its own): a finding carried a label
   that is not the line's. The Doel is a column of its own, in the workbook and in its print.
2. A list of subsidieregelingen with a Nr. column ('1.1', '1.2') right of the label: the label is the regeling's name,
   not the name followed by its number.
3. What stays one label: a code left of the name ('Programma 1' | 'Veiligheid': both columns name the line), and a
   name over two columns whose right one is no longer text than the left (a short note beside the name).

Typed as a person types them (openpyxl: Dutch formats, wrapped cells), printed by LibreOffice in one call."""

from pathlib import Path

import pytest
from openpyxl.styles import Alignment, Font

from pyengine.audit.model import beside_the_names
from published_tables import audited, print_to_pdf, relation, workbook

NL = '[$-413]#,##0;-#,##0;"-"'

# ------------------------------------------------------------------------------------------------- 1. Doel column
VOORZIENINGEN = [
    ("Voorzieningen voor verplichtingen en risico's", "Subtotaal verplichtingen en risico's", [
        ("Voorziening wachtgelden bestuurders", "Dekking van de wachtgeldverplichtingen van voormalige leden van het "
         "dagelijks bestuur; jaarlijks geactualiseerd op basis van de verwachte duur van de uitkeringen.",
         (312480, 48000, 96214, 0)),
        ("Voorziening arbeidsgeschillen", "Afwikkeling van lopende arbeidsrechtelijke geschillen en daaruit "
         "voortvloeiende vergoedingen.", (85000, 0, 41250, 43750)),
        ("Voorziening persoonlijk levensfasebudget", "Opgebouwde maar nog niet opgenomen PLB-uren van medewerkers, "
         "gewaardeerd tegen het actuele uurloon.", (221560, 37840, 29115, 0)),
    ]),
    ("Onderhoudsegalisatievoorzieningen", "Subtotaal onderhoudsegalisatievoorzieningen", [
        ("Voorziening groot onderhoud kazernes", "Egalisatie van de kosten van groot onderhoud aan de kazernes op basis "
         "van het meerjarig onderhoudsplan 2024-2033, vastgesteld door het algemeen bestuur.",
         (1934250, 612000, 455870, 0)),
        ("Voorziening onderhoud oefencentrum", "Gelijkmatige verdeling van de onderhoudslasten van het oefencentrum "
         "over de looptijd van het beheerplan.", (377400, 95000, 131620, 0)),
    ]),
]
COLUMNS = ("Stand 1-1-2025", "Toevoeging", "Aanwending", "Vrijval", "Stand 31-12-2025")
KAZERNES = "Voorziening groot onderhoud kazernes"


def stand(figures) -> int:
    begin, toevoeging, aanwending, vrijval = figures
    return begin + toevoeging - aanwending - vrijval


def voorzieningen_book(path: Path, changed: tuple[str, int, int] | None = None) -> Path:
    """Voorziening | Doel | Stand 1-1 | Toevoeging | Aanwending | Vrijval | Stand 31-12 (= the four before it), a
    subtotal per category, a Totaal; the Doel in 7 pt, wrapped, the rows tall; `changed`: (a voorziening, a column
    among the first four, an amount added to it as printed), its Stand 31-12 and the totals left as they were."""
    rows = [["Veiligheidsregio Noord-Maasland"], ["Jaarstukken 2025, staat van voorzieningen"], ["Bedragen in euro's"],
            [], ["Voorziening", "Doel", *COLUMNS]]
    subtotals = []
    for heading, subtotal, lines in VOORZIENINGEN:
        rows.append([heading])
        for name, doel, figures in lines:
            shown = [f + (changed[2] if changed and changed[:2] == (name, k) else 0) for k, f in enumerate(figures)]
            rows.append([name, doel, *shown, stand(figures)])
        sums = [sum(line[2][k] for line in lines) for k in range(4)]
        subtotals.append(sums)
        rows += [[subtotal, None, *sums, stand(sums)], []]
    sums = [sum(s[k] for s in subtotals) for k in range(4)]
    rows.append(["Totaal voorzieningen", None, *sums, stand(sums)])

    def style(sheet):
        for row in sheet.iter_rows(min_row=5):
            for cell in row:
                if cell.column == 2:
                    cell.font = Font(name="Arial", size=7)
                    cell.alignment = Alignment(wrap_text=True, vertical="top")
                else:
                    cell.font = Font(name="Arial", size=9, bold=cell.row == 5 or str(row[0].value).startswith(
                        ("Subtotaal", "Totaal")))
                    cell.alignment = Alignment(vertical="top", wrap_text=cell.row == 5)
            if row[1].value and row[0].row > 5:
                sheet.row_dimensions[row[0].row].height = 30

    return workbook(path, rows, number_format=NL, style=style,
                    widths={"A": 36, "B": 46, "C": 14, "D": 13, "E": 13, "F": 12, "G": 15})


# -------------------------------------------------------------------------------------- 2. Nr. right of the label
REGELINGEN = [("Innovatievouchers MKB", "1.1", 1500000, 1284000), ("Regionale arbeidsmarktprojecten", "1.2", 2250000,
                                                                   1962750),
              ("Vrijetijdseconomie en toerisme", "1.3", 850000, 612430), ("Fietsinfrastructuur", "2.1", 4200000,
                                                                          3915300),
              ("Kleine infrastructurele maatregelen", "2.2", 1300000, 1299870)]


def regelingen_book(path: Path, changed: tuple[str, int] | None = None) -> Path:
    """Regeling | Nr. | Plafond | Verleend | Restant (= Plafond - Verleend), a Totaal; `changed`: a regeling's Verleend
    + an amount, its Restant and the Totaal left as they were."""
    rows = [["Subsidieplafonds 2026"], [], ["Regeling", "Nr.", "Plafond", "Verleend", "Restant"]]
    for name, nr, plafond, verleend in REGELINGEN:
        shown = verleend + (changed[1] if changed and changed[0] == name else 0)
        rows.append([name, nr, plafond, shown, plafond - verleend])
    plafond, verleend = sum(r[2] for r in REGELINGEN), sum(r[3] for r in REGELINGEN)
    rows.append(["Totaal", None, plafond, verleend, plafond - verleend])
    return workbook(path, rows, widths={"A": 38, "B": 8, "C": 14, "D": 14, "E": 14}, bold=[3, len(rows)],
                    orientation="portrait")


# ----------------------------------------------------------------------------------- 3. a label over two columns
PROGRAMMA = [("Programma 1", "Veiligheid", 4815000, 5012000), ("Programma 2", "Verkeer en vervoer", 7140000, 6998500),
             ("Programma 3", "Economie", 1203000, 1311000), ("Programma 4", "Onderwijs", 9870000, 9902000)]


def programma_book(path: Path, changed: tuple[str, int] | None = None) -> Path:
    """Programma | naam | Begroting | Realisatie, a Totaal; `changed`: a programma's Realisatie + an amount, the Totaal
    left as it was."""
    rows = [["Lasten per programma"], [], ["Programma", None, "Begroting 2025", "Realisatie 2025"]]
    for code, name, begroting, realisatie in PROGRAMMA:
        rows.append([code, name, begroting, realisatie + (changed[1] if changed and changed[0] == code else 0)])
    rows.append(["Totaal lasten", None, sum(p[2] for p in PROGRAMMA), sum(p[3] for p in PROGRAMMA)])
    return workbook(path, rows, widths={"A": 14, "B": 30, "C": 16, "D": 16}, bold=[3, len(rows)],
                    orientation="portrait")


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    folder = tmp_path_factory.mktemp("text_columns")
    books = {"voorzieningen": voorzieningen_book(folder / "voorzieningen.xlsx"),
             "voorzieningen_p1": voorzieningen_book(folder / "voorzieningen_p1.xlsx", (KAZERNES, 2, 1)),
             "regelingen": regelingen_book(folder / "regelingen.xlsx"),
             "regelingen_p1": regelingen_book(folder / "regelingen_p1.xlsx", ("Fietsinfrastructuur", 1000)),
             "programma_p1": programma_book(folder / "programma_p1.xlsx", ("Programma 3", 1000))}
    pdfs = dict(zip(books, print_to_pdf(books.values())))
    return {"xlsx": books, "pdf": pdfs}


KINDS = ["xlsx", "pdf"]


# 1. ---------------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("kind", KINDS)
def test_the_doel_column_is_no_part_of_the_labels(files, kind, capsys):
    code, data = audited(files[kind]["voorzieningen"], capsys)
    assert (code, data["verdict"], data["findings"], data["not_verified"]) == (0, "clean", [], 0)
    assert len(data["tables"]) == 1
    # (the onderhoudsegalisatie's Vrijval is nil throughout: no figure to check)
    for (__, subtotal, lines), checked in zip(VOORZIENINGEN, (5, 4)):
        found = relation(data, subtotal)
        assert found["parts"] == [name for name, __, __ in lines]
        assert (found["figures_checked"], found["figures_failing"]) == (checked, 0)
    assert relation(data, "Totaal voorzieningen")["parts"] == [subtotal for __, subtotal, __ in VOORZIENINGEN]


@pytest.mark.parametrize("kind", KINDS)
def test_a_finding_beside_a_doel_carries_the_voorzienings_own_name(files, kind, capsys):
    code, data = audited(files[kind]["voorzieningen_p1"], capsys)
    got = sorted((f["row_label"], f["column"], f["expected"], f["found"], f["cell"]) for f in data["findings"])
    assert code == 1 and data["not_verified"] == 0
    # the Aanwending of the kazernes printed 455.871: its Stand 31-12 and the category's Aanwending fail, by 1
    line, subtotal = ("G13", "E15") if kind == "xlsx" else ("page 1, line 13", "page 1, line 17")
    assert got == [("Subtotaal onderhoudsegalisatievoorzieningen", "Aanwending", "587491", "587490", subtotal),
                   (KAZERNES, "Stand 31-12-2025", "2090379", "2090380", line)]


# 2. ---------------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("kind", KINDS)
def test_a_nr_column_right_of_the_label_is_no_part_of_it(files, kind, capsys):
    code, data = audited(files[kind]["regelingen"], capsys)
    assert (code, data["verdict"], data["findings"], data["not_verified"]) == (0, "clean", [], 0)
    found = relation(data, "Totaal")
    assert found["parts"] == [r[0] for r in REGELINGEN] and found["figures_failing"] == 0


@pytest.mark.parametrize("kind", KINDS)
def test_a_finding_on_a_numbered_regeling_carries_its_name(files, kind, capsys):
    code, data = audited(files[kind]["regelingen_p1"], capsys)
    got = sorted((f["row_label"], f["column"], f["expected"], f["found"]) for f in data["findings"])
    assert code == 1 and data["not_verified"] == 0
    assert got == [("Fietsinfrastructuur", "Restant", "283700", "284700"),
                   ("Totaal", "Verleend", "9075350", "9074350")]


# 3. ---------------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("kind", KINDS)
def test_a_programmas_code_and_name_stay_one_label(files, kind, capsys):
    code, data = audited(files[kind]["programma_p1"], capsys)
    assert relation(data, "Totaal lasten")["parts"] == [f"{c} {n}" for c, n, __, __ in PROGRAMMA]
    got = [(f["row_label"], f["column"], f["expected"], f["found"]) for f in data["findings"]]
    assert code == 1 and got == [("Totaal lasten", "Realisatie 2025", "23224500", "23223500")]


def test_beside_the_names():
    doel = "Egalisatie van de kosten van groot onderhoud aan de kazernes"
    assert beside_the_names([("Voorziening kazernes", doel), ("Voorziening oefencentrum", doel + " en het terrein")])
    assert beside_the_names([("Innovatievouchers MKB", "1.1"), ("Fietsinfrastructuur", "2.1")])
    # a code left of the name; a name repeated down a column of groups; one line; a code twice; a short note
    assert not beside_the_names([("Programma 1", "Veiligheid en handhaving in de openbare ruimte"),
                                 ("Programma 2", "Verkeer, vervoer en waterstaat in stad en regio")])
    assert not beside_the_names([("Sociaal domein", doel), ("Sociaal domein", doel + " en het terrein")])
    assert not beside_the_names([("Voorziening kazernes", doel)])
    assert not beside_the_names([("Innovatievouchers MKB", "1.1"), ("Fietsinfrastructuur", "1.1")])
    assert not beside_the_names([("Renovatie sporthal", "2022"), ("Aanleg fietspad", "2023")])   # years, numbers
    assert not beside_the_names([("Voorziening groot onderhoud kazernes", "conform plan"),
                                 ("Voorziening onderhoud oefencentrum", "conform plan")])
