"""A group title centred over six columns printed to PDF (tests/corpora/trial33/MECHANISMS.md class G): 'Schooljaar
2024/2025', merged over Luxe verzuim ... waarvan proces-verbaal, prints over the middle two of them only. The line was
cut into its words where a word ended at a column's edge, and the second word ended near the next column's edge as
well, so the words were not joined again: one column was named 'Schooljaar Absoluut verzuim', three others
'2024/2025 ...'. A title whose words stand together, a space apart, centred over a run of columns (the edges they end
at inside it) is one title over the run."""

from openpyxl.styles import Alignment, Font

from published_tables import audited, print_named, workbook

SUBTITLES = ["Luxe verzuim", "Relatief verzuim", "Absoluut verzuim", "Signaal-verzuim", "Totaal meldingen",
             "waarvan proces-verbaal"]
LINES = [("Openbaar basisonderwijs", 37, 152, 1, 51, 24), ("Christelijk basisonderwijs", 28, 146, 8, 20, 17),
         ("Katholiek basisonderwijs", 0, 27, 5, 39, 4), ("Speciaal basisonderwijs", 8, 74, 9, 2, 7)]


def truancy(path, plus: int = 0):
    rows: list[list] = [["Verzuimmeldingen naar soort verzuim en schoolsoort (aantallen)"], [],
                        [None, "Schooljaar 2024/2025"], ["Schoolsoort", *SUBTITLES]]
    for k, (label, luxe, relative, absolute, signal, summons) in enumerate(LINES):
        total = luxe + relative + absolute + signal + (plus if k == 1 else 0)
        rows.append([label, luxe, relative, absolute, signal, total, summons])
    rows.append(["Totaal", *(sum(row[c] for row in rows[4:]) for c in range(1, 7))])

    def header(cell) -> None:
        if cell.row in (3, 4) and cell.column > 1:
            cell.alignment = Alignment(horizontal="center" if cell.row == 3 else "right", vertical="bottom",
                                       wrap_text=True)
        cell.font = Font(name="Georgia", size=9, bold=cell.row in (3, 4, len(rows)))

    def style(sheet) -> None:
        sheet.row_dimensions[3].height = sheet.row_dimensions[4].height = 28
        sheet.print_area = f"A1:H{len(rows)}"   # (an empty column H printed: the page as wide as trial33's t08)

    return workbook(path, rows, each=header, style=style, merges=["B3:G3"], orientation="portrait",
                    widths={"A": 36, "B": 9, "C": 9, "D": 9, "E": 9, "F": 9, "G": 10, "H": 10})


def test_a_group_title_centred_over_six_columns_heads_them_all(tmp_path, capsys):
    pdfs = print_named({"clean": truancy(tmp_path / "clean.xlsx"), "wrong": truancy(tmp_path / "wrong.xlsx", 1)},
                       tmp_path)
    code, clean = audited(pdfs["clean"], capsys)
    assert clean["tables"][0]["columns"] == [f"Schooljaar 2024/2025 {title}" for title in SUBTITLES]
    assert code == 0 and clean["verdict"] == "clean"
    code, wrong = audited(pdfs["wrong"], capsys)
    assert code == 1
    assert ("Christelijk basisonderwijs", "Schooljaar 2024/2025 Totaal meldingen", "202", "203") in \
        [(f["row_label"], f["column"], f["expected"], f["found"]) for f in wrong["findings"]]


def test_the_words_of_a_centred_title_are_joined_over_the_run():
    """Geometry of trial33's t08 print: 'Schooljaar' ends at the edge of the third column, '2024/2025' near the
    fourth's; together they are centred over the six columns. Two titles each set right over a column of its own
    stay apart."""
    from pyengine.audit.pdf import _group_spans, _rejoined_titles

    columns = [[273.7, 273.7, 266.1], [315.9, 315.9, 304.5], [358.1, 358.1, 354.3], [400.3, 400.3, 392.7],
               [442.5, 442.5, 431.1], [489.4, 489.4, 481.8], [536.3, 536.3, 524.9]]
    chunks = [(324.2, 360.0, "Schooljaar"), (362.2, 397.9, "2024/2025"), (500.3, 536.2, "Schooljaar 2023/2024")]
    joined, spans = _rejoined_titles(chunks, columns, 9.0, lambda text: text.isdigit())
    assert [c[2] for c in joined] == ["Schooljaar 2024/2025", "Schooljaar 2023/2024"]
    assert spans[id(joined[0])] == [2, 3]   # the smallest run it is centred over; among them `_group_spans` chooses
    own = {c: title for c, title in enumerate([*SUBTITLES, "Totaal meldingen"])}
    assert _group_spans(joined, columns, own)[id(joined[0])] == [0, 1, 2, 3, 4, 5]
    apart = [(320.0, 358.0, "Onttrekkingen"), (360.5, 400.2, "december 2025")]
    assert [c[2] for c in _rejoined_titles(apart, columns, 9.0, lambda text: text.isdigit())[0]] == \
        ["Onttrekkingen", "december 2025"]
