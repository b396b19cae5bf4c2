"""Labels with dotted leaders printed to PDF (tests/corpora/trial33/MECHANISMS.md class F): the text format '@*.'
fills each label's cell with dots up to the figures ('Havo..........'). The workbook's cell holds the plain label;
the PDF's word kept its dots, so every finding on a detail line named a label that is nowhere in the table. A run of
three dots or more at a label's end is a leader, no text: both formats name the line alike."""

from pyengine.audit import audit

from published_tables import audited, print_named, workbook

LINES = [("Praktijkonderwijs", 12, 30, 42), ("Vmbo gemengd en theoretisch", 21, 53, 74), ("Havo", 17, 40, 57),
         ("Vwo", 9, 22, 31)]


def truancy(path, plus: int = 0):
    rows = [["Verzuimmeldingen naar schoolsoort"], [], ["Schoolsoort", "Luxe verzuim", "Relatief verzuim",
                                                         "Totaal meldingen"]]
    rows += [[label, luxe, relative, total + (plus if label == "Havo" else 0)]
             for label, luxe, relative, total in LINES]
    rows.append(["Totaal", *(sum(line[i] for line in LINES) for i in (1, 2, 3))])

    def leaders(cell) -> None:
        if cell.column == 1 and 4 <= cell.row <= 3 + len(LINES):
            cell.number_format = "@*."

    return workbook(path, rows, each=leaders, bold=[3, 4 + len(LINES)], widths={"A": 40, "B": 18, "C": 18, "D": 18},
                    orientation=None)


def test_dotted_leaders_are_no_part_of_the_labels(tmp_path, capsys):
    books = {"clean": truancy(tmp_path / "clean.xlsx"), "wrong": truancy(tmp_path / "wrong.xlsx", 1)}
    pdfs = print_named(books, tmp_path)
    code, clean = audited(pdfs["clean"], capsys)
    assert code == 0 and clean["verdict"] == "clean"
    code, wrong = audited(pdfs["wrong"], capsys)
    assert code == 1
    found = [(f["row_label"], f["column"], f["expected"], f["found"]) for f in wrong["findings"]]
    assert ("Havo", "Totaal meldingen", "57", "58") in found
    assert all("..." not in label for label, _column, _expected, _found in found)
    # the workbook's findings name the same lines
    assert sorted((f.row_label, f.column) for f in audit(books["wrong"]).findings) == \
        sorted((label, column) for label, column, _expected, _found in found)


def test_a_leader_ends_the_word_where_its_last_letter_does():
    from pyengine.audit.pdf import _without_leaders

    chars = [{"x1": 10.0 + k} for k in range(12)]
    words = [{"text": "Havo........", "x0": 9.0, "x1": 21.0, "chars": chars},
             {"text": ".....", "x0": 22.0, "x1": 30.0, "chars": chars[:5]},
             {"text": "1.234", "x0": 40.0, "x1": 50.0, "chars": chars[:5]},
             {"text": "e.d.", "x0": 9.0, "x1": 13.0, "chars": chars[:4]}]
    assert [(w["text"], w["x1"]) for w in _without_leaders(words)] == [("Havo", 13.0), ("1.234", 50.0), ("e.d.", 13.0)]
