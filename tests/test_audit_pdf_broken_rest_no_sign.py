"""A column title broken in its narrow cell whose rest is an 'n' ('Toevoeginge' over 'n'), printed on the line of
titles beside the year that ends the title before it ('Saldo 1-1-' over '2025'), is the rest of that title, not the
year's V/N sign (issue 18, tests/pdf_fonts.md class C: a staat van reserves set in Carlito, Calibri's metric twin,
whose narrower columns break 'Toevoegingen' so; read as '2025 N' the year took the 'n', 'Toevoegingen' was lost and
every line's 'Saldo 31-12-' was checked against the wrong columns: 7 false findings on a clean staat). A V/N letter
is a sign of an amount: a line of column titles, whose only figures are years, has none. The words are the ones the
Carlito print has, placed by hand, so the test needs no Carlito."""

from pyengine.audit.pdf import _grids, _lines
from pyengine.audit.tables import audit_grid

TITLE_TOPS = (98.2, 106.8)
TITLES = [("Saldo", 230.8, 250.1, 0), ("1-1-", 252.0, 265.8, 0), ("Toevoeginge", 273.1, 317.7, 0),
          ("Onttrekking", 321.5, 363.2, 0), ("Saldo", 414.5, 433.8, 0), ("31-12-", 435.6, 458.1, 0),
          ("Omschrijving", 54.7, 100.8, 1), ("2025", 239.8, 257.0, 1), ("n", 293.1, 297.6, 1), ("en", 338.0, 346.8, 1),
          ("Vrijval", 378.0, 400.5, 1), ("2025", 427.8, 445.0, 1)]
# the figures' right edges, per column (Saldo 1-1, Toevoegingen, Onttrekkingen, Vrijval, Saldo 31-12)
EDGES = (271.0, 318.0, 365.0, 412.0, 459.0)
LINES = [("Algemene reserve", (28685, 752, 2476, 0, 26961)),
         ("Reserve sociaal domein", (1530, 1128, 1408, 0, 1250)),
         ("Reserve egalisatie afval", (412, 90, 162, 0, 340)),
         ("Totaal reserves", (30627, 1970, 4046, 0, 28551))]


def _word(text: str, x0: float, x1: float, top: float) -> dict:
    return {"text": text, "x0": x0, "x1": x1, "top": top, "size": 8.5}


def _figure(value: int) -> str:
    return f"{value:,}".replace(",", ".") if value else "-"


def _page() -> list[dict]:
    words = [_word(text, x0, x1, TITLE_TOPS[line]) for text, x0, x1, line in TITLES]
    for k, (label, figures) in enumerate(LINES):
        top = 129.9 + 11.5 * k
        words.append(_word(label, 55.0, 55.0 + 4.2 * len(label), top))
        for edge, value in zip(EDGES, figures):
            text = _figure(value)
            words.append(_word(text, edge - 4.2 * len(text), edge, top))
    return words


def test_the_rest_of_a_broken_title_beside_a_year_is_no_sign_of_the_year():
    lines = _lines(_page())
    assert [c[2] for c in lines[1][1]] == ["Omschrijving", "2025", "n", "en", "Vrijval", "2025"], lines[1][1]


def test_the_staat_is_read_with_its_whole_titles_and_adds_up():
    grid, = _grids("staat.pdf", [_lines(_page())])
    table, = audit_grid(grid)
    assert table.columns == ("Saldo 1-1-2025", "Toevoegingen", "Onttrekkingen", "Vrijval", "Saldo 31-12-2025"), \
        table.columns
    assert table.findings == (), table.findings
    # every line's stand chain is checked with its own columns, and holds; the total over the reserves too
    chain = next(r for r in table.relations if r.axis == "column" and r.total == "Saldo 31-12-2025")
    assert chain.parts[:3] == ("Saldo 1-1-2025", "Toevoegingen", "-Onttrekkingen") and \
        chain.checked == len(LINES) and chain.failed == 0, chain
    assert all(r.failed == 0 for r in table.relations), table.relations
