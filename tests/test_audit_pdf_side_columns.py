"""pyengine audit on PDFs: a narrow text column beside the figures read as its own column, as the workbook has it
(issue 18, e29; a tester's trial: 39 false findings and two clean balance sheets NOT verified, from three layouts).
The tables are typed as published (no formulas, Dutch thousands, cells of text top-aligned while labels and figures
keep Excel's default bottom alignment) and printed by LibreOffice:

- a V/N column, narrow and left-aligned, right against a Verschil column, the V or N printed on the detail lines
  only: in the PDF's text each detail figure runs into its letter ('92' 'V' a point and a half apart), and read as one
  ('92 V' ending in the V/N column) the Verschil column kept only its totals: 0 was expected for every one of them;
- a Ref. column of references ('6.1.1') between the labels and the figures, top-aligned: each reference prints on a
  line of its own just above its line, and was read as a header row naming the first figure column 'Ref. 6.1.1' (the
  clean balans NOT verified, its findings under that name);
- a wrapped text column ('Bestedingsdoel') between the labels and the figures, its notes on lines of their own: its
  title took the first figure column's place in the header, and a failing total in 'Stand 1-1-2025' was reported
  under 'Bestedingsdoel'."""

from pathlib import Path

import pytest
from openpyxl.styles import Alignment, Border, Font, Side

from published_tables import audited, print_named, workbook as typed

NUMBER = '[$-413]#,##0;-#,##0;"-"'
TOP = Alignment(horizontal="left", vertical="top")
THIN = Side(style="thin")


def sheet_of(path: Path, rows: list[list], *, size: float, widths: dict[int, float], text_columns: set[int],
             header_rows: int = 1, bold: set[int] = frozenset(), wrapped: set[int] = frozenset(),
             text_size: dict[int, float] | None = None, heights: dict[int, float] | None = None,
             portrait: bool = True) -> Path:
    """A title, 'Bedragen x € 1.000', an empty row, the header (`header_rows` rows, each title merged down over them),
    then the lines; the cells of `text_columns` top-aligned and left (`wrapped` ones wrapped), the rest bottom-aligned
    (Excel's default); `size` the font's size (`text_size` per text column), `bold` the sheet rows in bold."""
    first = 4   # the header's first row
    last = first + header_rows - 1

    def each(cell):
        r, c = cell.row, cell.column
        cell.font = Font(name="Arial", size=(text_size or {}).get(c, size) if r > last else size,
                         bold=r in bold or first <= r <= last)
        if first <= r <= last:
            cell.alignment = Alignment(horizontal="left" if c == 1 or c in text_columns else "center",
                                       vertical="bottom", wrap_text=True)
            cell.border = Border(bottom=THIN)
        elif r > last and c in text_columns:
            cell.alignment = Alignment(horizontal="left", vertical="top", wrap_text=c in wrapped)

    def style(sheet):
        for r, height in (heights or {}).items():
            sheet.row_dimensions[r].height = height

    header, lines = rows[:1], rows[1:]
    padded = header + [[None] * len(rows[0])] * (header_rows - 1) + lines
    merges = [(first, c, last, c) for c in range(1, len(rows[0]) + 1)] if header_rows > 1 else []
    return typed(path, [["Jaarrekening 2025"], ["Bedragen x € 1.000"], [], *padded], number_format=NUMBER,
                 widths=widths, merges=merges, orientation="portrait" if portrait else "landscape", each=each,
                 style=style)


# --- a Verschil with a V/N column right against it ------------------------------------------------------------------
# Product | Begroting | Realisatie | Verschil (begroting - realisatie) | V/N, the V/N on the product lines only.
PRODUCTS = [("Jeugdgezondheidszorg", [("Consultatiebureaus", 1567, 1475), ("JGZ 4-18 jaar", 5229, 5322),
                                      ("Rijksvaccinatieprogramma", 1043, 1151), ("Stevig Ouderschap", 5848, 6068)]),
            ("Algemene gezondheidszorg", [("Infectieziektebestrijding", 5439, 5281), ("Tuberculosebestrijding", 4130, 4003),
                                          ("Medische milieukunde", 6145, 6393), ("Epidemiologie", 6204, 6193)])]


def products(deleted: str | None = None) -> tuple[list[list], set[int]]:
    """The rows (header first) and the sheet rows of the totals (bold); a `deleted` product line left out, its block's
    total left as printed."""
    rows = [["Product", "Begroting 2025", "Realisatie 2025", "Verschil", "V/N"]]
    bold: set[int] = set()
    totals = []
    for block, items in PRODUCTS:
        rows.append([block])
        for label, begroting, realisatie in items:
            if label != deleted:
                verschil = begroting - realisatie
                rows.append([label, begroting, realisatie, verschil, "V" if verschil > 0 else "N"])
        total = [sum(x[k] for x in items) for k in (1, 2)]
        totals.append(total)
        rows.append([f"Totaal {block.lower()}", *total, total[0] - total[1]])
        bold.add(3 + len(rows))
        rows.append([])
    begroting, realisatie = (sum(t[k] for t in totals) for k in (0, 1))
    rows.append(["Totaal lasten", begroting, realisatie, begroting - realisatie])
    bold.add(3 + len(rows))
    return rows, bold


def with_vn(path: Path, deleted: str | None = None) -> Path:
    rows, bold = products(deleted)
    return sheet_of(path, rows, size=10, widths={1: 34, 2: 11, 3: 11, 4: 9, 5: 4}, text_columns={5}, bold=bold)


# --- a balans with a Ref. column -------------------------------------------------------------------------------------
BALANS = [("ACTIVA", None, None, None),
          ("Immateriële vaste activa", "6.1.1", 412, 538), ("Materiële vaste activa", "6.1.2", 184926, 179311),
          ("Financiële vaste activa", "6.1.3", 9844, 10127), ("Totaal vaste activa", None, 195182, 189976),
          ("Voorraden", "6.1.4", 21583, 24906), ("Liquide middelen", "6.1.5", 1308, 2716),
          ("Overlopende activa", "6.1.6", 8447, 7962), ("Totaal vlottende activa", None, 31338, 35584),
          ("Totaal activa", None, 226520, 225560)]


def with_refs(path: Path, plus: str | None = None) -> Path:
    """Omschrijving | Ref. | 31-12-2025 | 31-12-2024 under a header of two rows (each title merged over both), the
    references top-aligned; the line `plus` one too high in 31-12-2025."""
    rows: list[list] = [["Omschrijving", "Ref.", "31-12-2025", "31-12-2024"]]
    bold = set()
    for label, ref, now, before in BALANS:
        if now is None:
            rows.append([label])
        else:
            rows.append([label, ref, now + (label == plus), before])
        if label.startswith("Totaal") or now is None:
            bold.add(4 + len(rows))
    return sheet_of(path, rows, size=8, widths={1: 44, 2: 6, 3: 14, 4: 14}, text_columns={2}, header_rows=2,
                    bold=bold)


# --- a staat van reserves with a wrapped Bestedingsdoel --------------------------------------------------------------
RESERVES = [("Algemene reserves", [
    ("Algemene reserve watersysteem", "Buffer voor het opvangen van financiële risico's van de taak watersysteembeheer; "
     "bandbreedte 5-10% van de bruto lasten.", 4419, 280, 0, 1479),
    ("Algemene reserve zuivering", "Buffer voor financiële risico's van het zuiveringsbeheer; overschrijding boven "
     "de bovengrens valt vrij ten gunste van de tarieven.", 2686, 286, 84, 700)]),
    ("Tariefegalisatiereserves", [
        ("Egalisatiereserve watersysteemheffing", "Geleidelijke tariefontwikkeling van de watersysteemheffing over "
         "de planperiode.", 482, 395, 0, 203),
        ("Egalisatiereserve zuiveringsheffing", "Dempen van tariefschommelingen in de zuiveringsheffing door "
         "investeringspieken in rwzi's.", 7626, 0, 815, 874),
        ("Egalisatiereserve verontreinigingsheffing", "Opvangen van wisselende opbrengsten uit lozingen op "
         "oppervlaktewater.", 1356, 264, 0, 291)])]


def with_purposes(path: Path, deleted: str | None = None) -> Path:
    """Reserve | Bestedingsdoel (7 pt, wrapped, top-aligned) | Stand 1-1-2025 | Resultaatbestemming | Toevoegingen |
    Onttrekkingen | Stand 31-12-2025 under a header of two rows; a `deleted` line left out, its subtotal as printed."""
    rows: list[list] = [["Reserve", "Bestedingsdoel", "Stand 1-1-2025", "Resultaat-bestemming 2024", "Toevoegingen",
                         "Onttrekkingen", "Stand 31-12-2025"]]
    bold, heights = set(), {}
    subtotals = []
    for block, items in RESERVES:
        rows.append([block])
        bold.add(4 + len(rows))
        for label, purpose, *figures in items:
            if label != deleted:
                rows.append([label, purpose, *figures, figures[0] + figures[1] + figures[2] - figures[3]])
                # (the row as tall as the purpose's lines, 9.5 pt each, as a person sets it: its last line then
                # prints above the label's foot, every line of it on a line of its own)
                heights[4 + len(rows)] = max(12, (int(len(purpose) * 1.15 / (44 * 11 / 7)) + 1) * 9.5)
        subtotal = [sum(x[k] for x in items) for k in (2, 3, 4, 5)]
        subtotal.append(subtotal[0] + subtotal[1] + subtotal[2] - subtotal[3])
        subtotals.append(subtotal)
        rows.append([f"Subtotaal {block.lower()}", None, *subtotal])
        bold.add(4 + len(rows))
        rows.append([])
    rows.append(["Totaal reserves", None, *(sum(s[k] for s in subtotals) for k in range(5))])
    bold.add(4 + len(rows))
    return sheet_of(path, rows, size=8, widths={1: 32, 2: 44, 3: 11, 4: 12, 5: 11, 6: 11, 7: 11}, text_columns={2},
                    header_rows=2, bold=bold, wrapped={2}, text_size={2: 7}, heights=heights, portrait=False)


@pytest.fixture(scope="module")
def printed(tmp_path_factory):
    folder = tmp_path_factory.mktemp("zijkolommen")
    return print_named({
        "vn": with_vn(folder / "vn.xlsx"),
        "vn deleted": with_vn(folder / "vn-weg.xlsx", deleted="Rijksvaccinatieprogramma"),
        "refs": with_refs(folder / "ref.xlsx"),
        "refs plus": with_refs(folder / "ref-plus.xlsx", plus="Liquide middelen"),
        "purposes": with_purposes(folder / "doel.xlsx"),
        "purposes deleted": with_purposes(folder / "doel-weg.xlsx", deleted="Egalisatiereserve zuiveringsheffing"),
    })


def findings(data: dict) -> list[tuple]:
    return sorted((f["row_label"], f["column"], f["expected"], f["found"]) for f in data["findings"])


def columns(data: dict) -> list[list[str]]:
    return [t["columns"] for t in data["tables"]]


@pytest.mark.parametrize("name", ["vn", "refs", "purposes"])
def test_the_clean_table_reads_clean_with_the_workbooks_columns(printed, name, capsys):
    """Before: 'Totaal jeugdgezondheidszorg' [Verschil] expected 0 found -508 in every (sub)total; the balans NOT
    verified, its first figure column named 'Ref. 6.1.1'; the reserves' 'Stand 1-1-2025' named 'Bestedingsdoel'."""
    code, data = audited(printed[name], capsys)
    assert (code, data["verdict"], findings(data)) == (0, "clean", [])
    _code, from_workbook = audited(printed[name].with_suffix(".xlsx"), capsys)
    assert columns(data) == columns(from_workbook)


def test_the_verschil_figures_glued_to_their_v_or_n_are_read(printed, capsys):
    """Every figure of the Verschil column is read, each line's checked against its begroting and realisatie (8
    product lines, 2 totals and the Totaal lasten; before: its 3 totals only)."""
    _code, data = audited(printed["vn"], capsys)
    assert columns(data) == [["Begroting 2025", "Realisatie 2025", "Verschil"]]
    verschil = [r for t in data["tables"] for r in t["relations"] if r["axis"] == "column" and r["total"] == "Verschil"]
    assert [(r["figures_checked"], r["figures_failing"]) for r in verschil] == [(11, 0)]


def test_a_deleted_line_is_found_in_every_column_of_its_total(printed, capsys):
    code, data = audited(printed["vn deleted"], capsys)
    assert code == 1
    assert findings(data) == findings(audited(printed["vn deleted"].with_suffix(".xlsx"), capsys)[1]) == [
        ("Totaal jeugdgezondheidszorg", "Begroting 2025", "12644", "13687"),
        ("Totaal jeugdgezondheidszorg", "Realisatie 2025", "12865", "14016"),
        ("Totaal jeugdgezondheidszorg", "Verschil", "-221", "-329")]


def test_a_balans_line_one_too_high_is_found_under_its_column(printed, capsys):
    """Before: '' / 'Ref. 6.1.1' expected ... found ...: the finding under the reference's name."""
    code, data = audited(printed["refs plus"], capsys)
    assert code == 1
    assert columns(data) == [["31-12-2025", "31-12-2024"]]
    assert findings(data) == findings(audited(printed["refs plus"].with_suffix(".xlsx"), capsys)[1]) == [
        ("Totaal vlottende activa", "31-12-2025", "31339", "31338")]


def test_a_deleted_reserve_is_found_under_the_stand_not_the_text_columns_title(printed, capsys):
    """Before: 'Subtotaal tariefegalisatiereserves' / 'Bestedingsdoel' expected 1838 found 9464."""
    code, data = audited(printed["purposes deleted"], capsys)
    assert code == 1
    assert columns(data) == [["Stand 1-1-2025", "Resultaat-bestemming 2024", "Toevoegingen", "Onttrekkingen",
                              "Stand 31-12-2025"]]
    assert findings(data) == findings(audited(printed["purposes deleted"].with_suffix(".xlsx"), capsys)[1]) == [
        ("Subtotaal tariefegalisatiereserves", "Onttrekkingen", "494", "1368"),
        ("Subtotaal tariefegalisatiereserves", "Stand 1-1-2025", "1838", "9464"),
        ("Subtotaal tariefegalisatiereserves", "Stand 31-12-2025", "2003", "9570"),
        ("Subtotaal tariefegalisatiereserves", "Toevoegingen", "0", "815")]
