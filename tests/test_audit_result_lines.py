"""Lines closing their block as what is left to pay or cover (issue 18, e1): a gemeenschappelijke regeling's
'Gemeentelijke bijdrage' = Totaal lasten - Bijdragen derden - Mutatie reserves; a heffing's 'Te dekken door
belastingopbrengsten' = Netto kosten - Onttrekking egalisatiereserve. No 'Totaal' or 'Saldo' in their labels: the
words RESULT_WORDS say they are a signed combination of the lines above them. Clean: exit 0 and the line checked;
a figure altered in a part (a digit swap) or in the line itself: a finding at the line with the right sums; a part
deleted: NOT verified, exit 1 (never exit 0 with the line unchecked)."""

import copy

import pytest

from published_tables import audited, print_named, widths_of, workbook

YEARS3 = ["Rekening 2024", "Begroting 2025", "Begroting 2026"]


def gr_rows():
    costs = [("Personeelslasten", 2410, 2530, 2610), ("Huisvesting", 312, 320, 335), ("ICT", 205, 214, 230),
             ("Overige bedrijfsvoering", 148, 151, 160)]
    rows = [["Lasten"]] + [[n, *v] for n, *v in costs]
    lasten = [sum(c[i] for c in costs) for i in (1, 2, 3)]
    derden, reserves = [184, 190, 205], [45, -20, 30]
    rows += [["Totaal lasten", *lasten], [None], ["Bijdragen derden", *derden], ["Mutatie reserves", *reserves],
             [None], ["Gemeentelijke bijdrage", *[t - b - m for t, b, m in zip(lasten, derden, reserves)]]]
    return rows   # 7: Bijdragen derden, 8: Mutatie reserves, 10: Gemeentelijke bijdrage


def heffing_rows():
    rows = [["Kosten"], ["Inzameling restafval", 1840, 1910], ["Inzameling GFT", 620, 655],
            ["Kwijtschelding", 95, 102], ["Overhead", 310, 322], ["Totale kosten", 2865, 2989], ["Opbrengsten"],
            ["Verkoop oud papier", 140, 150], ["Vergoeding verpakkingen", 210, 205], ["Totale opbrengsten", 350, 355],
            ["Netto kosten", 2515, 2634], ["Onttrekking egalisatiereserve", 120, 80],
            ["Te dekken door belastingopbrengsten", 2395, 2554]]
    return rows   # 11: Onttrekking, 12: Te dekken


def build(path, title, years, rows, alter=None, delete=None):
    rows = copy.deepcopy(rows)
    if alter:
        r, c, v = alter
        rows[r][c] = v
    if delete is not None:
        del rows[delete]
    # the title, an empty row, the years (plain), an empty row, the lines
    return workbook(path, [[title], [], [None, *years], [], *rows], number_format="#,##0;-#,##0",
                    figures=lambda r, c, value: isinstance(value, int) and r >= 5, widths=widths_of(44, 16, "BCD"),
                    orientation=None, fit=False)


GR = ("Begroting 2026 Veiligheidsregio", YEARS3, gr_rows())
HEFFING = ("Kostendekkendheid afvalstoffenheffing", YEARS3[1:], heffing_rows())


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    folder = tmp_path_factory.mktemp("resultaat")
    sources = {"gr": build(folder / "gr.xlsx", *GR),
               "gr_swap": build(folder / "gr_swap.xlsx", *GR, alter=(7, 2, 109)),      # derden 190 -> 109
               "gr_line": build(folder / "gr_line.xlsx", *GR, alter=(10, 3, 3101)),    # the bijdrage itself +1
               "gr_deleted": build(folder / "gr_deleted.xlsx", *GR, delete=8),         # Mutatie reserves gone
               "heffing": build(folder / "heffing.xlsx", *HEFFING),
               "heffing_plus1": build(folder / "heffing_plus1.xlsx", *HEFFING, alter=(11, 1, 121)),
               "heffing_deleted": build(folder / "heffing_deleted.xlsx", *HEFFING, delete=11)}
    return sources, print_named(sources)



def findings(data):
    return sorted((f["row_label"], f["column"], f["expected"], f["found"]) for f in data["findings"])


def relation(data, total):
    found = [r for t in data["tables"] for r in t["relations"] if r["total"] == total]
    return (found[0]["parts"], found[0]["figures_failing"]) if found else None


@pytest.mark.parametrize("kind", ["xlsx", "pdf"])
def test_clean_result_lines_are_checked(files, kind, capsys):
    code, data = audited(files[kind == "pdf"]["gr"], capsys)
    assert (code, data["findings"], data["not_verified"]) == (0, [], 0)
    assert relation(data, "Gemeentelijke bijdrage") == (["Totaal lasten", "-Bijdragen derden", "-Mutatie reserves"], 0)
    code, data = audited(files[kind == "pdf"]["heffing"], capsys)
    assert (code, data["findings"], data["not_verified"]) == (0, [], 0)
    assert relation(data, "Te dekken door belastingopbrengsten") == (
        ["Netto kosten", "-Onttrekking egalisatiereserve"], 0)


@pytest.mark.parametrize("kind", ["xlsx", "pdf"])
def test_digit_swap_in_a_part_found_on_the_result_line(files, kind, capsys):
    code, data = audited(files[kind == "pdf"]["gr_swap"], capsys)
    assert code == 1
    assert findings(data) == [("Gemeentelijke bijdrage", "Begroting 2025", "3126", "3045")]
    code, data = audited(files[kind == "pdf"]["gr_line"], capsys)
    assert findings(data) == [("Gemeentelijke bijdrage", "Begroting 2026", "3100", "3101")]
    code, data = audited(files[kind == "pdf"]["heffing_plus1"], capsys)
    assert code == 1
    assert findings(data) == [("Te dekken door belastingopbrengsten", "Begroting 2025", "2394", "2395")]


@pytest.mark.parametrize("kind", ["xlsx", "pdf"])
@pytest.mark.parametrize("name", ["gr_deleted", "heffing_deleted"])
def test_deleted_part_leaves_the_result_line_not_verified(files, name, kind, capsys):
    code, data = audited(files[kind == "pdf"][name], capsys)
    assert code == 1
    assert (data["not_verified"], data["findings"]) == (1, [])
