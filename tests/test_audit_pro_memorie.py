"""pyengine audit on 'p.m.' in figure cells (issue 18, e51; class H of tests/corpora/trial31/MECHANISMS.md): a
meerjarenraming whose Tolkkosten are 'p.m.' (pro memorie: an amount not yet known) in 2028 and 2029, counted as nil in
'Totaal lasten'. The cell was read as words where a figure stands: a total failing over it (a line deleted, the total
left as printed) was NOT verified in those years, never reported. 'p.m.' is nil, as a dash is."""

import pytest

from published_tables import audited, print_named, workbook

YEARS = ("2026", "2027", "2028", "2029")
LINES = [("Brede intake en persoonlijk plan", (217700, 215200, 217000, 226400)),
         ("Leerroute B1", (180400, 189000, 194000, 194700)),
         ("Onderwijsroute", (273600, 274700, 274200, 283000)),
         ("Tolkkosten", (355800, 362200, "p.m.", "P.M.")),
         ("Uitvoeringskosten klantmanagers", (252700, 241800, 229900, 230000))]


def raming(path, leave_out: str | None = None):
    """The lasten, 'Totaal lasten' their sum with 'p.m.' as nil; the line `leave_out` deleted, the total as before."""
    rows: list[list] = [["Wet inburgering: meerjarenraming (bedragen in €)"], [],
                        ["Onderdeel", *[f"Raming {y}" for y in YEARS]]]
    for label, figures in LINES:
        if label != leave_out:
            rows.append([label, *figures])
    rows.append(["Totaal lasten", *[sum(f[k] for _label, f in LINES if isinstance(f[k], int)) for k in range(4)]])
    return workbook(path, rows, widths={"A": 36, "B": 13, "C": 13, "D": 13, "E": 13}, bold=[3, len(rows)],
                    orientation="portrait")


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    folder = tmp_path_factory.mktemp("pro-memorie")
    books = {"clean": raming(folder / "clean.xlsx"), "del": raming(folder / "del.xlsx", "Leerroute B1")}
    return {"xlsx": books, "pdf": print_named(books, folder)}


@pytest.mark.parametrize("kind", ["xlsx", "pdf"])
def test_the_total_over_p_m_cells_is_checked_with_them_as_nil(files, kind, capsys):
    code, report = audited(files[kind]["clean"], capsys)
    assert report["findings"] == [] and report["not_verified"] == 0 and code == 0
    (table,) = report["tables"]
    (total,) = table["relations"]
    assert total["total"] == "Totaal lasten" and total["figures_checked"] == 4 and total["figures_failing"] == 0


@pytest.mark.parametrize("kind", ["xlsx", "pdf"])
def test_a_line_deleted_is_found_in_the_years_with_p_m_too(files, kind, capsys):
    code, report = audited(files[kind]["del"], capsys)
    assert code == 1 and report["not_verified"] == 0
    found = [(f["row_label"], f["column"], f["difference"]) for f in report["findings"]]
    assert found == [("Totaal lasten", f"Raming {y}", d) for y, d in
                     zip(YEARS, ("180400", "189000", "194000", "194700"))], found
