"""A PDF's lines that name their page or end every page are read without error whatever they hold (a new user's
reserves table printed over two pages without fit-to-page: 'unexpected error (AttributeError: 'str' object has no
attribute 'to_integral_value')', exit 1 like a finding). Two checks passed a text where a figure was meant: the
last lines of the pages holding figures, and a line naming its page beside a figure."""

from pyengine.audit.pdf import _lines, _running_lines


def word(text: str, x0: float, top: float = 100.0, size: float = 9.0) -> dict:
    return {"text": text, "x0": x0, "x1": x0 + 5.0 * len(text), "top": top, "bottom": top + size, "size": size}


def test_pages_ending_alike_on_a_line_of_figures_are_no_running_footer():
    """Both pages end on a line of the same shape at the same height: a line of the table (figures in it), not a
    footer the printer repeats."""
    last = [(700.0, [(50.0, 120.0, "Totaal reserves"), (300.0, 340.0, "18,450")], 9.0)]
    other = [(700.0, [(50.0, 120.0, "Totaal reserves"), (300.0, 340.0, "17,400")], 9.0)]
    top = [(60.0, [(50.0, 120.0, "Staat van reserves")], 9.0)]
    assert _running_lines([top + last, top + other]) == set()


def test_pages_ending_on_a_footer_with_a_year_is_a_running_footer():
    footer = [(800.0, [(50.0, 140.0, "Jaarrekening 2025")], 8.0)]
    body = [(100.0, [(50.0, 120.0, "Reserve"), (300.0, 340.0, "1.200")], 9.0)]
    assert _running_lines([body + footer, body + footer]) == {(0, 1), (1, 1)}


def test_a_line_naming_its_page_beside_a_figure_stays_a_line():
    lines = _lines([word("Blad", 50.0), word("2", 72.0), word("1.234", 300.0), word("567", 400.0)])
    assert [[chunk[2] for chunk in chunks] for __, chunks, __ in lines] == [["Blad 2", "1.234", "567"]]
