"""A part's cell that is not a figure that can be read (issue 18, e19): words where a figure stands ('zie
toelichting') or a figure glued to a word ('150 zie noot'). One predicate (tables._not_read) and one NOT-verified
reason naming the cell and its text, on either axis: a total over such a cell is never checked as if the cell were
nil (no 'expected 220, found 370'), nor over lines that show only words there ('expected 0')."""

from decimal import Decimal

import pytest

from published_tables import audited, workbook

TITLES = ["Omschrijving", "Rijk", "Provincie", "Totaal"]
LINES = [("Subsidie cultuur", 100, 200), ("Subsidie sport", 150, 250), ("Subsidie jeugd", 120, 80)]


def subsidies(path, typed: dict[tuple[str, str], str] | None = None):
    """A staat of subsidies: each line's Totaal = Rijk + Provincie (a total column), 'Totaal subsidies' their sum (a
    total line); `typed`: (line, column) -> the text typed there in place of its figure (the totals stay as printed)."""
    typed = typed or {}
    rows = [["Subsidies 2026"], [], TITLES]
    for label, rijk, provincie in LINES:
        figures = {"Rijk": rijk, "Provincie": provincie}
        rows.append([label, *[typed.get((label, name), figures[name]) for name in ("Rijk", "Provincie")],
                     rijk + provincie])
    rows.append(["Totaal subsidies", *[sum(line[k] for line in LINES) for k in (1, 2)],
                 sum(line[1] + line[2] for line in LINES)])
    return workbook(path, rows, title="Subsidies", widths={"A": 24, "B": 12, "C": 12, "D": 12})


def reasons(report):
    return sorted((u["total"], u["axis"], u["reason"]) for t in report["tables"] for u in t["not_verified"])


def test_the_staat_typed_with_figures_is_clean(tmp_path, capsys):
    code, report = audited(subsidies(tmp_path / "cijfers.xlsx"), capsys)
    assert (code, report["verdict"], report["findings"]) == (0, "clean", []), report


@pytest.mark.parametrize("text", ["zie toelichting", "150 zie noot"])
def test_a_cell_not_a_figure_leaves_its_row_total_and_its_column_total_not_verified(tmp_path, capsys, text):
    """'Subsidie sport' in 'Rijk' (B5) typed as words, or as its figure glued to a word: 'Totaal subsidies' in Rijk
    (row axis) and the line's Totaal (column axis) are NOT verified, each naming B5 and its text; no finding."""
    code, report = audited(subsidies(tmp_path / "tekst.xlsx", {("Subsidie sport", "Rijk"): text}), capsys)
    assert (code, report["verdict"], report["findings"]) == (1, "not verified", []), report
    reason = f"the cell of 'Subsidie sport' in 'Rijk' (B5) shows {text!r}, not a figure that can be read"
    assert reasons(report) == [("Totaal", "column", reason), ("Totaal subsidies", "row", reason)]


@pytest.mark.parametrize("text", ["n.t.b.", "1.234 n.t.b."])
def test_lines_that_show_only_words_under_a_total_leave_it_not_verified_never_expected_0(tmp_path, capsys, text):
    """Every line's Provincie typed as text: 'Totaal subsidies' 530 stands over lines that show no figure there. The
    first line's cell is named (C4), on both axes; never 'expected 0, found 530'."""
    typed = {(label, "Provincie"): text for label, __, __ in LINES}
    code, report = audited(subsidies(tmp_path / "woorden.xlsx", typed), capsys)
    assert report["findings"] == [] and code == 1, report
    reason = f"the cell of 'Subsidie cultuur' in 'Provincie' (C4) shows {text!r}, not a figure that can be read"
    assert ("Totaal subsidies", "row", reason) in reasons(report), reasons(report)


@pytest.mark.parametrize("text, shows", [  # (and those of tests/test_audit_unread_figures.py)
    ("zie toelichting", "words"), ("n.t.b.", "words"), ("TRUE", "words"), ("-27,003.17 in centen", "words"),
    ("150 zie noot", "figure"), ("610.840nee", "figure"), ("0naar gewicht te verdelen", ""),
    ("", ""), ("  ", ""), ("-", ""), ("\u2013", "")])
def test_which_cells_are_not_a_figure_that_can_be_read(text, shows):
    from pyengine.audit.model import Cell
    from pyengine.audit.tables import _not_read

    assert _not_read(Cell(text)) == shows
    assert _not_read(Cell(text, Decimal(5))) == ""   # a cell read as a figure is one, whatever it shows


def test_words_are_taken_as_nil_where_the_total_holds_with_them_a_figure_glued_to_a_word_never(tmp_path, capsys):
    """'n.v.t.' in Subsidie sport's Rijk, and the totals printed as if it were nil (Rijk 220, the line's Totaal 250):
    they hold, and are checked; '150 zie noot' there with the same totals leaves them NOT verified (a figure shown)."""
    def staat(path, text):
        rows = [["Subsidies 2026"], [], TITLES, ["Subsidie cultuur", 100, 200, 300], ["Subsidie sport", text, 250, 250],
                ["Subsidie jeugd", 120, 80, 200], ["Totaal subsidies", 220, 530, 750]]
        return workbook(path, rows, title="Subsidies", widths={"A": 24, "B": 12, "C": 12, "D": 12})

    code, report = audited(staat(tmp_path / "nvt.xlsx", "n.v.t."), capsys)
    assert (code, report["verdict"], report["findings"], reasons(report)) == (0, "clean", [], []), report
    code, report = audited(staat(tmp_path / "noot.xlsx", "150 zie noot"), capsys)
    reason = "the cell of 'Subsidie sport' in 'Rijk' (B5) shows '150 zie noot', not a figure that can be read"
    assert (code, report["findings"], reasons(report)) == (
        1, [], [("Totaal", "column", reason), ("Totaal subsidies", "row", reason)]), report
