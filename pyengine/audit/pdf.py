"""Read the tables of a PDF with a text layer into grids for the audit (pdfplumber: words and positions).

Figures in a printed table are right-aligned, so a column is the set of figures sharing a right edge;
headers and years are put in the column they overlap, everything left of the first column is the
label. Lines follow each other across pages, so a table that continues on the next page stays one
table; page numbers, and header rows repeated at the top of a page, are dropped. Tables printed side
by side (a second label column after figures, past a gutter) are cut into blocks, each read as a grid
of its own, so the lasten beside the baten are two tables. Each row keeps its place as 'page N, line M'.
"""

from __future__ import annotations

import bisect
from decimal import Decimal
from collections.abc import Mapping, Sequence, Set
import re
from pathlib import Path

from ..errors import InputError
from ..i18n import _
from ..i18n import number as number_text
from .model import (MARKERS, SHORT_CODE, Cell, Grid, beside_the_names, line_key, normal, read_dutch_number,
                    short_code, short_codes, wordy)
from .rules import ADDED, TAKEN_OFF, is_change
from .tables import DASHES, is_year, totalish

MAX_PAGES = 500
MAX_CHARS = 3_000_000
PAGE_NUMBER = re.compile(r"^(page|pagina|blad)\s*\d+(\s*(of|van|/)\s*\d+)?$|^\d+\s*(/|van|of)\s*\d+$", re.I)
# a page's number named as such ('Pagina 1 van 2', 'Blad 2', 'Page 3 of 4'), one text of a page header or footer
NAMED_PAGE = re.compile(r"(page|pagina|blad)\s*\d+(\s*(of|van|/)\s*\d+)?", re.I)
# a date as a page header or footer prints it ('12/06/2026', '6-12-2026', '6 december 2026')
PRINTED_DATE = re.compile(r"\d{1,2}([-/.])\d{1,2}\1(\d{4}|\d{2})|\d{1,2}\s+(januari|februari|maart|april|mei|juni|juli|"
                          r"augustus|september|oktober|november|december)\s+\d{4}", re.I)


def _english(tokens: list[str]) -> bool:
    """True when the document writes 3,416 / 0.75 (LibreOffice in an English locale), not 3.416 / 0,75:
    thousands groups and decimal parts of two digits vote; a tie reads Dutch."""
    english = dutch = 0
    for token in tokens:
        figure = token.strip("()-€ %")
        if re.fullmatch(r"\d{1,3}(,\d{3})+(\.\d+)?|\d+\.\d{1,2}", figure):
            english += 1
        elif re.fullmatch(r"\d{1,3}(\.\d{3})+(,\d+)?|\d+,\d{1,2}", figure):
            dutch += 1
    return english > dutch


def _figure(text: str, english: bool):
    # (figures apart by a space are one figure only as thousands: '12 345'; two years at the foot of a wrapped title,
    # '2026 2027', are no figure 20262027)
    if any(re.search(r"\s", run) and not re.fullmatch(r"\d{1,3}(\s\d{3})+", run)
           for run in re.findall(r"\d[\d\s]*\d", text)):
        return None
    # (nor is a year and a dash, the first line of a year range wrapped in a column's title: 'Verschil 2026-' over
    # '2025'; a ledger's trailing minus follows a figure with its thousands point, '2.026-')
    if re.fullmatch(r"(19|20)\d\d[-\u2013]", text.strip()):
        return None
    if english:
        text = text.replace(",", "\0").replace(".", ",").replace("\0", ".")
    return read_dutch_number(text)


def read_pdf(path: Path) -> list[Grid]:
    import pdfplumber
    from pdfminer.pdfparser import PDFSyntaxError

    try:
        document = pdfplumber.open(path)
    except (PDFSyntaxError, Exception) as error:  # noqa: BLE001 - untrusted input: one clear line
        raise InputError(_("{file}: cannot be read as a PDF ({reason})")
                         .format(file=path.name, reason=type(error).__name__)) from None
    with document:
        if len(document.pages) > MAX_PAGES:
            raise InputError(_("{file}: refused: {pages} pages (at most {limit})")
                             .format(file=path.name, pages=number_text(len(document.pages)), limit=number_text(MAX_PAGES)))
        pages = []
        borders: list[list[float]] = []   # per page: where its drawn borders start (`_border_lefts`)
        chars = 0
        try:
            for page in document.pages:
                chars += len(page.chars)
                if chars > MAX_CHARS:
                    raise InputError(_("{file}: refused: more than {limit} characters of text")
                                     .format(file=path.name, limit=number_text(MAX_CHARS)))
                drawn = _drawing_text(page)
                shown = page.filter(lambda obj: id(obj) not in drawn) if drawn else page  # a chart's labels are no cells
                rotated = [c for c in shown.chars if not c.get("upright", True)]
                if rotated:
                    shown = shown.filter(lambda obj: obj.get("object_type") != "char" or obj.get("upright", True))
                words = shown.extract_words(x_tolerance=1.5, y_tolerance=2, extra_attrs=["size"], return_chars=True)
                if rotated:
                    _rules_under(words, page)
                pages.append(_lines(_without_currency_signs(_without_leaders(_unglued(_apart(words)))) + _rotated_words(rotated)))
                borders.append(_border_lefts(page))
                page.close()  # its parsed layout is freed: memory stays that of one page, not of all (issue 24: 500 MB)
        except InputError:
            raise
        except Exception as error:  # noqa: BLE001 - a damaged page: one clear line
            raise InputError(_("{file}: cannot be read as a PDF ({reason})")
                             .format(file=path.name, reason=type(error).__name__)) from None
    if chars == 0:
        raise InputError(_("{file}: the PDF has no text layer (a scan?); audit needs a PDF with text, or the .xlsx "
                           "it was made from").format(file=path.name))
    return _grids(path.name, _without_running_lines(pages), borders)


def _border_lefts(page) -> list[float]:
    """Where the page's drawn borders start across: the left end of a horizontal rule, the place of a vertical one,
    each a cell's left edge. Why: the cells of the first column of figures start where the label column ends, and
    nothing printed shows where that is (labels set left end where they end): a border drawn over the figure columns
    (above a subtotal, under the titles) does. See `_broken_word`."""
    edges = set()
    for o in list(page.lines) + list(page.rects):
        if o["bottom"] - o["top"] <= 1.5 and o["x1"] - o["x0"] >= 10:
            edges.add(round(o["x0"], 1))
        elif o["x1"] - o["x0"] <= 1.5 and o["bottom"] - o["top"] >= 10:
            edges.add(round((o["x0"] + o["x1"]) / 2, 1))
    return sorted(edges)


def _rotated_words(chars: list[dict]) -> list[dict]:
    """The texts printed turned a quarter (a column's title rotated 90° in a tall header row, reading upwards or
    downwards), each line of one as one word lying where its foot is. Why: pdfplumber reads a rotated line as letters
    stacked in one narrow column, not in their order ('W' 'O' 'Z' '-' 'bo' 'j'), each a word of its own: the date of a
    title 'In behandeling 31-12' became the figures '13' and '21' on lines of their own, and the columns under the
    rotated titles had none. A line of rotated text is the rotated letters sharing one place across (within a point),
    following each other down the page with gaps of less than their size; it is read in its direction (the letters'
    matrix: upwards when it turns the text left) and laid down as a word as wide as the line is thick, its top a size
    above the line's foot (the place where the titles of one header row, bottom-aligned, end), so it stands among the
    row's other titles, over the figures of its column. The lines of one title wrapped (side by side, touching) are
    one word, the first line first."""
    lines: list[list[dict]] = []
    for char in sorted(chars, key=lambda c: (round(c["x0"]), c["top"])):
        if not char["text"].strip() and not lines:
            continue
        last = lines[-1] if lines else None
        if last and abs(char["x0"] - last[-1]["x0"]) <= 1 and \
                char["top"] - max(c["bottom"] for c in last) < max(char["size"], 1):
            last.append(char)
        else:
            lines.append([char])
    words = []
    for line in lines:
        upwards = (line[0].get("matrix") or (0, 1))[1] > 0
        ordered = sorted(line, key=lambda c: -c["bottom"] if upwards else c["top"])
        text = " ".join("".join(c["text"] for c in ordered).split())
        if not text:
            continue
        size = max(c["size"] for c in line)
        x0, x1 = min(c["x0"] for c in line), max(c["x1"] for c in line)
        top, bottom = min(c["top"] for c in line), max(c["bottom"] for c in line)
        foot = bottom if upwards else top + size   # (downwards, a line's foot is its top)
        word = {"text": text, "x0": x0, "x1": x1, "top": foot - size, "bottom": foot, "size": size,
                "upright": False, "span": (top, bottom)}
        previous = words[-1] if words else None
        if previous and 0 <= x0 - previous["x1"] <= size * 0.6 and \
                previous["span"][0] < bottom and top < previous["span"][1]:
            first, second = (previous, word) if upwards else (word, previous)
            previous.update(text=first["text"] + " " + second["text"], x1=x1, size=max(size, previous["size"]))
            continue
        words.append(word)
    for word in words:
        del word["span"]
    return words


class _Ruled(str):
    """A title's text with the rule drawn under it (`rule`: its left and right edge): the border under a title merged
    over several columns."""
    rule: tuple[float, float]


def _rules_under(words: list[dict], page) -> None:
    """Marks the words with a rule drawn right under them, wider than the word by half its width at least (the border
    under a title merged over a group of columns: 'Afgehandeld' over five of ten columns), with `rule` (its left and
    right edge). Read on pages with rotated titles only: their narrow columns, figures centred, leave a centred group
    title's columns to its rule (see `_title_spans`)."""
    rules = [(o["x0"], o["x1"], o["top"]) for o in list(page.lines) + list(page.rects)
             if o["bottom"] - o["top"] <= 1.5 and o["x1"] - o["x0"] >= 10]
    for word in words:
        size = float(word.get("size") or 10)
        width = word["x1"] - word["x0"]
        under = [(x0, x1) for x0, x1, top in rules if word["bottom"] - 1 <= top <= word["bottom"] + 0.8 * size and
                 x0 <= word["x0"] + 1 and x1 >= word["x1"] - 1 and x1 - x0 >= 1.5 * width]
        if under:
            word["rule"] = min(under, key=lambda r: r[1] - r[0])


def _running_lines(pages) -> set[tuple[int, int]]:
    """(page, line) of the lines a printer repeats on every page, not the table's: the last line of each page at the
    same height with the same text but for its digits (a footer 'Jaarrekening 2025  12/06/2026'), holding no figure
    but years and the page's own number; or the first, when it prints a date (a page header). Why: a footer read as a line breaks the table
    where a page ends, and as a title names the next page's columns after it."""
    if len(pages) < 2 or not all(pages):
        return set()

    def shape(line) -> str:
        return re.sub(r"\d+", "#", " ".join(c[2] for c in line[1]))

    def plain(line, number: int) -> bool:
        # (but for the page's own number beside a text: 'Jaarverslag 2025, bijlage 7   2' on the second page)
        figures = [c for c in line[1] if _FIGURE_LIKE.fullmatch(c[2]) and not is_year_text(c[2])]
        return not figures or len(figures) == 1 and len(line[1]) >= 2 and figures[0][2].strip() == str(number + 1)

    running = set()
    for at, needs_date in ((-1, False), (0, True)):
        ends = [page[at] for page in pages]
        if len({shape(line) for line in ends}) == 1 and max(line[0] for line in ends) - min(line[0] for line in ends) \
                <= 2 and all(plain(line, number) for number, line in enumerate(ends)) and \
                (not needs_date or any(PRINTED_DATE.fullmatch(c[2].strip()) for c in ends[0][1])):
            running |= {(number, at % len(page)) for number, page in enumerate(pages)}
    return running


def _without_running_lines(pages):
    running = _running_lines(pages)
    return [[line for index, line in enumerate(page) if (number, index) not in running]
            for number, page in enumerate(pages)]


# A drawing (a chart) is a filled shape at least this big, in points.
DRAWING_WIDTH, DRAWING_HEIGHT = 60, 40


def _drawing_text(page) -> set[int]:
    """The ids of the characters a drawing carries (a chart's title, legend and axis labels), as a set.

    A spreadsheet printer (LibreOffice, Excel) paints the cells first, their text included, and the drawing
    layer after them: a chart starts with its filled background. So a filled shape of chart size that comes
    after text in the page's content stream opens a drawing, and the characters painted after it inside its
    area belong to it, not to a cell. But LibreOffice paints the page's footer first, and a shaded range of
    cells (a column of years, 'te betalen'; a repeated title column is painted apart, before the other cells)
    has its fill painted before its text: that text stands on the lines of the cells beside it. So a shape
    whose every character stands on a line of text outside every such shape opens none; a chart's title,
    axis and legend do not all fall on the lines of the table beside it. Nor does a shape whose next text painted
    stands outside it: a chart paints its own text right after its background, a shaded range of cells is
    followed by the cells in reading order (a shaded header row whose titles stand on no other line, under the
    sheet's title: the Invoer sheet of a D'Hondt statement). (LibreOffice may paint cells after a chart: a
    chart 10.000 pt tall on the Grafiek sheet of 400 members, the cells beside it after its text.)"""
    from pdfminer.layout import LTChar, LTContainer, LTCurve

    chars = page.chars
    painted: list[tuple[float, float, float, float]] = []   # per character, in painting order: x0, x1, y0, y1
    regions: list[tuple[int, tuple[float, float, float, float]]] = []   # (opened after, bbox in pdfminer's y up)

    def walk(container) -> None:
        for item in container:
            if isinstance(item, LTChar):
                painted.append((item.x0, item.x1, item.y0, item.y1))
            elif isinstance(item, LTCurve):   # LTRect and LTLine are curves too
                if painted and item.fill and item.width >= DRAWING_WIDTH and item.height >= DRAWING_HEIGHT:
                    regions.append((len(painted), item.bbox))
            elif isinstance(item, LTContainer):
                walk(item)

    walk(page.layout)
    if not regions:
        return set()
    painted = painted[:len(chars)]
    within = [[x0 - 1 <= a0 and a1 <= x1 + 1 and y0 - 1 <= b0 and b1 <= y1 + 1 for a0, a1, b0, b1 in painted]
              for _opened, (x0, y0, x1, y1) in regions]
    # the lines of text outside every shape (a baseline, to a point)
    lines = sorted(b0 for (_a0, _a1, b0, _b1), *held in zip(painted, *within) if not any(held))
    drawn: set[int] = set()
    for (opened, _bbox), held in zip(regions, within):
        if opened < len(painted) and not held[opened]:
            continue  # the next text painted is outside it: a cell range's fill (a chart paints its own text first)
        inside = [i for i in range(opened, len(painted)) if held[i]]
        if all(bisect.bisect_right(lines, painted[i][2] + 1) > bisect.bisect_left(lines, painted[i][2] - 1)
               for i in inside):
            continue  # no text, or all of it on the lines of the cells beside it: a shaded range of cells
        drawn.update(id(chars[i]) for i in inside)
    return drawn


def _starting_at(starts: list[float], x: float) -> int:
    """How many of the sorted `starts` lie within a point of `x`: the words of one kind starting at one place, a
    column's (of V/N markers, reference letters, a text, a trailing minus)."""
    return bisect.bisect_right(starts, x + 1) - bisect.bisect_left(starts, x - 1)


def _apart(words: list[dict]) -> list[dict]:
    """The words, a word made of the letters of two lines printed over each other taken apart: a cell's wrapped title
    running over the row above it (a header row too low for it, its text set at the foot: 'resterende' over the
    '2025' of the row above, a point and a half lower) reads 'res2te0r2e5nde' when the letters of both lines, on one
    line within the tolerance, are put in order from left to right. Letters that overlap each other, at different
    heights, are of two lines: that word's letters are read again line by line (a line's letters stand at one
    height)."""
    from pdfplumber.utils.text import WordExtractor

    out = []
    for word in words:
        chars = word.get("chars") or []
        mixed = any(b["x0"] < a["x1"] - 0.5 * min(a["x1"] - a["x0"], b["x1"] - b["x0"]) and abs(b["top"] - a["top"]) > 0.3
                    for a, b in zip(chars, chars[1:]))
        if not mixed:
            out.append(word)
            continue
        out.extend(WordExtractor(x_tolerance=1.5, y_tolerance=0.3, extra_attrs=["size"]).extract_words(chars, return_chars=True))
    return out


def _without_currency_signs(words: list[dict]) -> list[dict]:
    """The words without a lone '€' printed before a figure of its line: Excel's accounting format sets the sign at
    its cell's left edge, the figure at its right, a column's width apart. The sign belongs to the figure (a '-' for
    nil too, '€ -'); read as a word, every line's label took the signs of its figure columns ('Vogelwijk € € € €').
    A sign one space before its figure is text's: the unit of a table's amounts, 'Bedragen x € 1.000', a note's 'vanaf
    € 12,-'."""
    def figure_after(word: dict) -> bool:
        following = min((w for w in words if w is not word and abs(w["top"] - word["top"]) <= 2 and
                         w["x0"] >= word["x1"]), key=lambda w: w["x0"], default=None)
        # (set apart from it, more than a character's height: in running text one space parts them, 'vanaf € 12,-'
        # in a Toelichting column, and the sign stays the text's)
        apart = following is not None and following["x0"] - word["x1"] > (word["bottom"] - word["top"])
        return apart and (_FIGURE_LIKE.fullmatch(following["text"]) is not None
                          or following["text"].strip() in DASHES)
    return [w for w in words if not (w["text"].strip() == "€" and figure_after(w))]


# a dotted leader: three dots or more at a word's end (or a word of them alone)
_LEADER = re.compile(r"\.{3,}$")


def _without_leaders(words: list[dict]) -> list[dict]:
    """The words without the dotted leaders a text format fills its cell with ('@*.': 'Havo..........' up to the
    figures): a run of three dots or more at a word's end is no text of the label (the workbook's cell holds 'Havo'),
    and the word ends where its last letter does; a word of such dots alone is left out."""
    out = []
    for word in words:
        leader = _LEADER.search(word["text"])
        if leader is None:
            out.append(word)
            continue
        text = word["text"][:leader.start()]
        chars = (word.get("chars") or [])[:len(text)]
        if text and len(chars) == len(text):
            out.append({**word, "text": text, "x1": chars[-1]["x1"], "chars": chars})
        elif text:
            out.append({**word, "text": text})
    return out


_FIGURE_LIKE = re.compile(r"[-(€]*\d[\d.,]*\)?%?")
# a figure (or a '-' for nothing) with a text glued to it that starts as a word does, with a capital
_GLUED = re.compile(r"([-\u2013(]?\d[\d.,]*\)?%?|[-\u2013])(?=[^\W\d_][^\W\d_])")
# a figure with one capital glued to it, the word's end: the letter of a narrow column of references set tight right of
# a column of figures ('-1.862C', a 'Toel.' column beside 'Afwijking')
_GLUED_LETTER = re.compile(r"([-\u2013(]?\d[\d.,]*\)?)(?=[A-Z]\.?$)")


def _unglued(words: list[dict]) -> list[dict]:
    """The page's words, a figure printed tight against a note right of it taken apart: a 'Toelichting' column set
    against the last figure column prints its note with no space after the figure ('-152.495Overheveling', and a
    '-' for nothing as '-Indexatie'), one word to the reader. Such a word, whose figure part ends where other
    figures of the page end (a column's right edge) and whose rest starts with a capital, is two words: the figure
    and the note (marked `glued`: it starts a cell of its own). A label written so ('-Bijdrage') ends at no
    column's edge and stays whole. A note that starts in lower case or with a digit ('1.250zie toelichting',
    '3402024 vrijval') is cut off by `_low_glued_cut`."""
    figure_edges = sorted(w["x1"] for w in words if _FIGURE_LIKE.fullmatch(w["text"]))
    column_edges = sorted(w["x1"] for w in words if _DUTCH_FIGURE.fullmatch(w["text"]))
    alone_edges = None
    # where words start, a word glued to a figure too ('-1.791Laatste': where its letters start)
    word_starts = sorted([w["x0"] for w in words] + [
        b["x0"] for w in words for a, b in zip(w.get("chars") or [], (w.get("chars") or [])[1:])
        if a["text"][-1:].isdigit() and b["text"][:1].isalpha()])
    out = []
    for word in words:
        chars = word.pop("chars", None) or []
        whole = "".join(c["text"] for c in chars) == word["text"]
        # a '-' for no note set tight after a figure ('1.906-'): the figure ends where the column's figures standing
        # alone end, the '-' starts where the next column's words start on other lines (a ledger's trailing minus
        # starts no column of words)
        if whole and len(chars) >= 2 and re.fullmatch(r"[-\u2013(]?\d[\d.,]*[-\u2013]", word["text"]):
            if alone_edges is None:
                alone_edges = _alone_edges(words, set())
            dash = chars[-1]
            starts = _starting_at(word_starts, dash["x0"])
            if starts >= COLUMN_EDGE_FIGURES and any(abs(chars[-2]["x1"] - e) <= 1 for e in alone_edges) and \
                    dash["x0"] > chars[-2]["x1"] + 1:
                out.append({**word, "text": word["text"][:-1], "x1": chars[-2]["x1"]})
                out.append({**word, "text": word["text"][-1], "x0": dash["x0"], "glued": True})
                continue
        match = _GLUED.match(word["text"])
        if match is None and not word["text"][-1:].lower() in MARKERS:
            match = _GLUED_LETTER.match(word["text"])
        # (a character may print several letters, a ligature: 'ff' in 'Effect' is one character of the word's text
        # 'Effect', so the cut is found by counting the characters' letters, not their number)
        at_char = _char_at(chars, match.end()) if match and whole else None
        if at_char is not None and word["text"][match.end()].isupper():
            cut = match.end()
            x1 = chars[at_char - 1]["x1"]
            at = bisect.bisect_left(figure_edges, x1 - 2.5)
            if at < len(figure_edges) and figure_edges[at] <= x1 + 2.5:
                out.append({**word, "text": word["text"][:cut], "x1": x1})
                out.append({**word, "text": word["text"][cut:], "x0": chars[at_char]["x0"], "glued": True})
                continue
        cut = _low_glued_cut(word, chars, column_edges, words) if whole else None
        if cut is not None:
            at_char = _char_at(chars, cut)
            out.append({**word, "text": word["text"][:cut], "x1": chars[at_char - 1]["x1"]})
            out.append({**word, "text": word["text"][cut:], "x0": chars[at_char]["x0"], "glued": True})
            continue
        out.append(word)
    return out


# a figure as a Dutch table prints it: digits in groups of three split by '.' (or none), ',' and decimals, a minus
# or parentheses; or a '-' for nothing
_DUTCH_FIGURE = re.compile(r"[-\u2013]?\(?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?\)?|[-\u2013]")
# a figure without decimals (a cut after it is no cut inside them)
_WHOLE_FIGURE = re.compile(r"[-\u2013]?\(?(\d{1,3}(\.\d{3})+|\d+)")
# how many figures of the page (besides the word itself) end at an edge for it to be a column's right edge
COLUMN_EDGE_FIGURES = 2


def _low_glued_cut(word: dict, chars: list[dict], edges: list[float], words: list[dict]) -> int | None:
    """Where a note that starts in lower case (a word of two letters at least) or with a digit is cut off the figure
    it is printed tight against ('1.250zie', '3402024' for 1.250 and '2024 vrijval', '12.0001e tranche'), or None.
    The word's first letters are a figure in the Dutch format ending at the right edge of a column of figures (at
    least COLUMN_EDGE_FIGURES other figures of the page end there, right-aligned), the word runs on past that edge,
    and a figure of another column stands left of it on its line (a line of the table). A note starting with a digit
    starts as a number does ('2024', '1e', never a '0'), after a whole figure (not inside its decimals), and is a word
    or is followed by one a space away ('2024 vrijval'): a page's 'Pagina 11 van 21', a year over a column, a figure
    of another format ('8,168.12') are never cut. A figure right-aligned in its column ends at its edge as a whole,
    never past it: a real figure ('3.402.024', '3402024' in a column without thousands points) is never cut; nor is
    a word that as a whole ends where as many figures end (the same note '2024 vrijval' glued on several lines ends
    at one place too, but at fewer than the column's figures: its totals are printed without a note); of several
    cuts the nearest to its edge is taken."""
    text = word["text"]
    if not text[:1].isdigit() and not (text[:1] in "-\u2013(" and len(text) > 1):
        return None
    # (no column edge inside the word: nothing to cut, the common case, a figure on its own)
    if bisect.bisect_left(edges, word["x0"]) == bisect.bisect_left(edges, word["x1"] - 0.5):
        return None
    own = word["x1"] if _DUTCH_FIGURE.fullmatch(text) else None

    def at_edge(x: float) -> tuple[int, float]:
        """How many other figures end at the column edge nearest to x (within 2.5 pt, to half a point), and how far."""
        lo, hi = bisect.bisect_left(edges, x - 2.5), bisect.bisect_right(edges, x + 2.5)
        best = (0, 0.0)
        for e in edges[lo:hi]:
            support = sum(1 for f in edges[lo:hi] if abs(f - e) <= 0.5) - (own is not None and abs(own - e) <= 0.5)
            if support > best[0] or support == best[0] and abs(e - x) < best[1]:
                best = (support, abs(e - x))
        return best

    whole = at_edge(word["x1"])[0]
    best = None
    for cut in range(1, len(text)):
        rest, figure = text[cut:], text[:cut]
        if rest[0].isdigit():
            if not re.fullmatch(r"[1-9]\d*[^\W\d_]*", rest) or \
                    not (_WHOLE_FIGURE.fullmatch(figure) or figure.endswith(")")):
                continue
        elif not (rest[0].islower() and len(rest) > 1 and rest[:2].isalpha()):
            continue
        if not _DUTCH_FIGURE.fullmatch(figure):
            continue
        at_char = _char_at(chars, cut)
        if at_char is None:
            continue
        support, distance = at_edge(chars[at_char - 1]["x1"])
        if support >= max(COLUMN_EDGE_FIGURES, whole + 1) and (best is None or distance < best[0]):
            best = (distance, cut)
    if best is None:
        return None
    line = [w for w in words if w is not word and abs(w["top"] - word["top"]) <= 2]
    if not any(w["x1"] <= word["x0"] and _DUTCH_FIGURE.fullmatch(w["text"]) for w in line):
        return None
    size = float(word.get("size") or 10)
    if text[-1].isdigit() and not any(0 <= w["x0"] - word["x1"] <= 0.6 * size and w["text"][:1].isalpha()
                                      for w in line):
        return None   # a note of digits only ('2024'), followed by no word: no note
    return best[1]


def _char_at(chars: list[dict], cut: int) -> int | None:
    """The index of the character that starts at letter `cut` of the word the characters spell, or None when `cut`
    falls inside a character (a ligature) or past the end."""
    letters = 0
    for index, char in enumerate(chars):
        if letters == cut:
            return index
        letters += len(char["text"])
    return None


def _going_on_labels(words: list[dict]) -> set[int]:
    """The ids of the words that follow a word of text on their line closer than a space and a half ('programma'
    '1'): a number there goes on a label."""
    found = set()
    ordered = sorted(words, key=lambda w: (round(w["top"]), w["x0"]))
    for before, word in zip(ordered, ordered[1:]):
        if abs(before["top"] - word["top"]) <= 2 and 0 <= word["x0"] - before["x1"] < 0.45 * float(
                word.get("size") or 10) and re.search(r"[^\W\d_]{2}", before["text"]):
            found.add(id(word))
    return found


def _same_line(first: dict, word: dict) -> float:
    """How far apart two words' tops may be on one line: 2 pt, but a quarter of the type size below 8 pt (at
    5 pt a header row drawn 1.6 pt below the title above it is its own line, not part of the title)."""
    size = min(float(first.get("size") or 10), float(word.get("size") or 10))
    return min(2.0, 0.25 * size)


# a line's code: a few letters, then a digit ('G01', 'P-12', '7013', '6.1')
_LINE_CODE = re.compile(r"[^\W\d_]{0,3}[-.]?\d[\w./-]{0,7}")


def _code_set_lower(word: dict, row: list[dict]) -> bool:
    """A line's code printed a little lower than its label and figures (its cell aligned otherwise than the
    label's, 'G01' 2.5 pt under 'Molenakker fase 2'): a code alone, left of every word of the line of figures just
    above it, less than half its height under that line's top, belongs to that line, not to a line of its own
    (there it would be a heading, splitting the blocks)."""
    size = float(word.get("size") or 10)
    return _LINE_CODE.fullmatch(word["text"]) is not None and 0 < word["top"] - row[0]["top"] < 0.5 * size and \
        all(word["x1"] < w["x0"] for w in row) and any(_FIGURE_LIKE.fullmatch(w["text"]) for w in row)


# a line's reference letter, as a 'Ref.' column left of the labels prints it: 'A', 'H', 'Q'
_REF_LETTER = re.compile(r"[A-Z]")


def _line_codes_set_higher(rows: list[list[dict]]) -> list[list[dict]]:
    """The rows, a line's code printed a little higher than its label and figures joined to that line: a code column
    left of the labels, its cells top-aligned while the labels and figures sit at the foot of their row, prints
    'NL07_0021' a quarter of a line above 'Schipbeek, beekherstel en retentie  356,3 ...' (as `_code_set_lower` has it
    for a code printed lower), a Ref. column its letter 'H' above 'Totaal kosten taakveld (A t/m G)'. Such a row holds
    one code alone (`_LINE_CODE`, or a capital letter, `_REF_LETTER`), stands less than half its type's
    height above the next row, a row with figures, and is left of every word of it. Read apart, each code was a line
    of text of its own between the lines of figures, and the blocks were cut there."""
    out: list[list[dict]] = []
    for k, row in enumerate(rows):
        below = rows[k + 1] if k + 1 < len(rows) else None
        if below is not None and len(row) == 1 and (_LINE_CODE.fullmatch(row[0]["text"]) is not None or
                                                    _REF_LETTER.fullmatch(row[0]["text"]) is not None) and \
                0 < below[0]["top"] - row[0]["top"] < 0.5 * float(row[0].get("size") or 10) and \
                all(row[0]["x1"] < w["x0"] for w in below) and \
                any(_FIGURE_LIKE.fullmatch(w["text"]) for w in below):
            below.append({**row[0], "top": below[0]["top"]})
            continue
        out.append(row)
    return out


# a reference to a note, as a Ref. column prints it: '6.1.1', '4.2', 'B.3'
_REFERENCE = re.compile(r"[^\W\d_]?\d{0,3}(\.\d{1,3}){1,3}\.?")


def _codes_set_higher(rows: list[list[dict]]) -> list[list[dict]]:
    """The rows, a row of references printed a little higher than the line they belong to joined to that line: a
    Ref. column between the labels and the figures, its cells top-aligned while the labels and figures sit at the
    foot of their (taller) row, prints '6.1.1' on a line of its own just above 'Immateriële vaste activa  412  538'.
    Such a row holds only references (`_REFERENCE`), stands less than its type's height above the next row (their
    letters overlap in height: a line of its own stands a line's height away), each reference right of that row's
    first word and left of a figure of it, overlapping none of its words. Read apart, the references were a header
    row of their own, naming the figure column under them ('Ref. 6.1.1')."""
    out: list[list[dict]] = []
    for k, row in enumerate(rows):
        below = rows[k + 1] if k + 1 < len(rows) else None
        if below is not None and all(_REFERENCE.fullmatch(w["text"]) for w in row) and \
                0 < below[0]["top"] - row[0]["top"] < 0.9 * float(row[0].get("size") or 10) and \
                all(min(w["x0"] for w in below) < word["x0"] and
                    any(_FIGURE_LIKE.fullmatch(w["text"]) and w["x0"] > word["x1"] for w in below) and
                    not any(min(w["x1"], word["x1"]) > max(w["x0"], word["x0"]) for w in below) for word in row):
            below.extend({**word, "top": below[0]["top"]} for word in row)
            continue
        out.append(row)
    return out


def _overprinted(rows: list[list[dict]]) -> list[list[dict]]:
    """Rows of words, the rows of a text printed over another row regrouped by height: a label wrapped over more
    lines than its row holds runs on over the next row ('afvalwater)', the third line of 'Rwzi Franeker (incl.'
    'voorbehandeling industrieel', half a point above 'Rwzi Harlingen'), and its words, standing over that row's, split
    the line where they fall ('N04' 'Rwzi' | 'afvalwater)' | 'Harlingen'). Rows a point or two apart, split so, are
    regrouped by their words' heights: the words at one height (to a third of a point) are one row ('N04' 'Rwzi
    Harlingen'), the text run over it another."""
    out: list[list[dict]] = []
    i = 0
    while i < len(rows):
        j = i + 1
        while j < len(rows) and abs(rows[j][0]["top"] - rows[i][0]["top"]) <= 2:
            j += 1
        if j - i < 2:
            out.append(rows[i])
            i += 1
            continue
        groups: list[list[dict]] = []
        for word in sorted((w for row in rows[i:j] for w in row), key=lambda w: (w["top"], w["x0"])):
            if groups and abs(word["top"] - groups[-1][0]["top"]) <= 0.3:
                groups[-1].append(word)
            else:
                groups.append([word])
        out.extend(sorted(group, key=lambda w: w["x0"]) for group in groups)
        i = j
    return out


def _banded(rows: list[list[dict]], labelled: set[int]) -> list[list[dict]]:
    """Rows of words merged where a row of a table printed its label and its figures at different heights: a label
    set at the top of a row taller than its text, its figures (and a code or I/S cell beside them) left at the
    bottom, print a few points under the label's baseline. Two text lines whose boxes overlap by more than a quarter
    of their height are no two rows of a table (rows stand a line or more apart): such a line of text only and such a
    line of figures (with at most a code or I/S cell), figures right of where the text starts, whose words stand
    beside the text's (none over another: a code left of the label, an I/S cell right of it, a note right of the
    figures), are one row, the band between the row's borders. A line further off is left as it is (the joining of a
    wrapped label to its figures, in the grid, decides about it)."""
    def figure(word: dict) -> bool:
        text = word["text"].strip()
        return text in DASHES or _FIGURE_LIKE.fullmatch(text) is not None and id(word) not in labelled \
            and not is_year_text(text)

    def one_band(label: list[dict], figures: list[dict]) -> bool:
        # (beside its figures a line may hold a code, an I/S or an answer, no text: 'bedragen x € 1.000' set right
        # of a title in a larger type is no line of figures)
        if any(figure(w) for w in label) or not any(figure(w) for w in figures) or any(
                not figure(w) and not _LINE_CODE.fullmatch(w["text"]) and (
                    not re.fullmatch(r"[^\W\d_]{1,3}", w["text"]) or w["text"].lower() == "x") for w in figures):
            return False
        size = min(float(w.get("size") or 10) for w in label + figures)
        if abs(figures[0]["top"] - label[0]["top"]) >= 0.75 * size:
            return False
        start = min(w["x0"] for w in label)
        return any(figure(w) and w["x0"] > start for w in figures) and not any(
            min(a["x1"], b["x1"]) - max(a["x0"], b["x0"]) > -1 for a in label for b in figures)

    banded: list[list[dict]] = []
    for row in rows:
        if banded and (one_band(banded[-1], row) or one_band(row, banded[-1])):
            banded[-1] = banded[-1] + row
        else:
            banded.append(row)
    return banded


def _alone_edges(words: list[dict], labelled: set[int]) -> list[float]:
    """The right edges (to the point) that COLUMN_EDGE_FIGURES figures or more share with nothing set tight after
    them on their line (no word within half a character): a column's edge as its subtotals and totals give it."""
    ordered = sorted(words, key=lambda w: (round(w["top"]), w["x0"]))
    ends = []
    for word in ordered:
        if not _FIGURE_LIKE.fullmatch(word["text"]) or id(word) in labelled:
            continue
        size = float(word.get("size") or 10)
        if any(abs(w["top"] - word["top"]) <= 2 and 0 <= w["x0"] - word["x1"] < 0.45 * size for w in ordered):
            continue
        ends.append(word["x1"])
    ends.sort()
    return [e for e in ends if sum(1 for f in ends if abs(f - e) <= 1) >= COLUMN_EDGE_FIGURES]


def _units_between(rows: list[list[dict]]) -> set[int]:
    """The words of a page that are a figure's unit, set by its number format ('#,##0" ton"': '1.595' 'ton'), in a
    column with figure columns after it: one word of letters, the same on three lines or more, at one place on three
    of them, and wherever the page has it, set tight after a figure (no line's first word) with a figure next after it
    on its line (a column of text between the figures,
    'per persoon per nacht' | 'forfaitair per standplaats', goes on with other words, differs from line to line and
    stands on lines without a figure before it). Returns the words' ids."""
    places: dict[str, list] = {}
    for row in rows:
        ordered = sorted(row, key=lambda w: w["x0"])
        for k, word in enumerate(ordered):
            text = word["text"].strip().lower()
            if not re.fullmatch(r"[^\W\d_]+\.?", text) or text in MARKERS:
                continue
            before = ordered[k - 1] if k else None
            after = ordered[k + 1] if k + 1 < len(ordered) else None
            unit = k >= 2 and after is not None and _FIGURE_LIKE.fullmatch(before["text"]) is not None \
                and _FIGURE_LIKE.fullmatch(after["text"]) is not None and \
                word["x0"] - before["x1"] < 0.45 * float(word.get("size") or 10)
            places.setdefault(text, []).append((word, unit))
    # (and at one place on three lines of them at least, a column's: a label's '< 1 jaar' before its figures, wrapped
    # or not, goes on where its words happen to end)
    return {id(word) for found in places.values() if len(found) >= 3 and all(unit for _w, unit in found) and
            max(sum(1 for other, _u in found if abs(other["x0"] - w["x0"]) <= 1) for w, _u in found) >= 3
            for word, _unit in found}


def _lines(words: list[dict]) -> list[tuple[float, list[tuple[float, float, str]], float]]:
    """A page's words as lines (top, chunks, font size); a chunk is words closer than half a character
    height."""
    # the right edges that figures share (a printed column): a title right-aligned over one column is not
    # glued to the title of the next one ('Onttrekkingen' 'december 2025' are two columns' titles; so are 'Saldo per 1'
    # and 'Aanwendinge' set tight against it: a title ending in a number is no figure)
    # (a number that goes on a label, 'Programma 1', 'Subtotaal programma 3', a space after its word, is no figure:
    # its edge is no column's, and 'Programma 1' 'Ruimte en wonen' is one label)
    labelled = _going_on_labels(words)
    figure_edges = sorted(round(w["x1"]) for w in words if _FIGURE_LIKE.fullmatch(w["text"]) and id(w) not in labelled)
    edges = [e for i, e in enumerate(figure_edges) if i and e - figure_edges[i - 1] <= 2]

    columns = [e for i, e in enumerate(edges) if not i or e - edges[i - 1] > 3]
    steps = sorted(b - a for a, b in zip(columns, columns[1:]))
    spacing = steps[len(steps) // 2] if steps else 0   # a usual column's width

    def at_edge(x1: float, x0: float) -> bool:
        return any(abs(x1 - e) <= 2.5 and x0 > e + 1 for e in edges)

    # the right edges that figures standing alone share (nothing set tight after them on their line: a column's
    # subtotals and total, printed without the note or the 'ja' / 'nee' its lines carry beside them)
    alone_edges = _alone_edges(words, labelled)

    def past_alone_edge(x1: float, x0: float) -> bool:
        return any(abs(x1 - e) <= 2.5 and x0 > e + 1 for e in alone_edges)

    # where the V/N letters of the page start: a narrow V/N column set left against a Verschil column starts them at
    # one place on every line
    marker_starts = sorted(w["x0"] for w in words if w["text"].strip().lower() in MARKERS)

    def in_marker_column(word: dict) -> bool:
        x0 = word["x0"]
        return _starting_at(marker_starts, x0) > COLUMN_EDGE_FIGURES

    # where the letters of a column of references start ('Zie toel.': 'a', 'b', 'c' set left in a narrow column right of
    # a figure column, one letter a line, each at one place): three of them at least
    letter_starts = sorted(w["x0"] for w in words if re.fullmatch(r"[a-z]", w["text"].strip())
                           and w["text"].strip() not in MARKERS)

    def in_letter_column(word: dict) -> bool:
        x0 = word["x0"]
        return re.fullmatch(r"[a-z]", word["text"].strip()) is not None and word["text"].strip() not in MARKERS and \
            _starting_at(letter_starts, x0) >= 3

    # where the page's words that start with letters start: a column of text between the figure columns, left-aligned
    # in its cells ('Heffingsgrondslag': 'per persoon per nacht'), starts its words at one place on every line
    text_starts = sorted(w["x0"] for w in words if re.match(r"[^\W\d_]{2}", w["text"]))

    def in_text_column(word: dict) -> bool:
        x0 = word["x0"]
        return _starting_at(text_starts, x0) > COLUMN_EDGE_FIGURES

    rows: list[list[dict]] = []
    for word in sorted(words, key=lambda w: (round(w["top"]), w["x0"])):
        # (a word standing over another of the row, at another height, is on a line printed over it: a wrapped title
        # running over the row above it)
        if rows and abs(rows[-1][0]["top"] - word["top"]) <= _same_line(rows[-1][0], word) and not any(
                min(w["x1"], word["x1"]) - max(w["x0"], word["x0"]) > 1 and abs(w["top"] - word["top"]) > 0.3
                for w in rows[-1]):
            rows[-1].append(word)
        elif rows and _code_set_lower(word, rows[-1]):
            rows[-1].append(word)
        else:
            rows.append([word])
    rows = _overprinted(rows)
    rows = _line_codes_set_higher(rows)
    rows = _codes_set_higher(rows)
    rows = _banded(rows, labelled)
    units = _units_between(rows)
    lines = []
    for row in rows:
        row.sort(key=lambda w: w["x0"])
        chunks: list[list] = []
        for word in row:
            gap = word["x0"] - chunks[-1][1] if chunks else None
            # a reference to a note in a column of its own set tight after a figure ('12.832' 'a': 'Zie toel.'), no
            # part of the figure, which it made unreadable ('12.832 a'), nor of the label: left out, as a note is
            if chunks and in_letter_column(word) and at_edge(chunks[-1][1], word["x0"]) and \
                    _FIGURE_LIKE.fullmatch(chunks[-1][2].split()[-1]):
                continue
            # a unit set after every figure of a column by its number format ('1.595 ton', '#,##0" ton"'), a figure
            # column standing after it: the figure's unit, left out as the letter is (read as the first word of a
            # column of text between the figures, 'ton' was a text column, the total line's 'ton' set elsewhere under
            # centred figures was not, and the total line's figures went one column to the left)
            if chunks and id(word) in units and _FIGURE_LIKE.fullmatch(chunks[-1][2]) and gap is not None and \
                    gap < 0.45 * float(word.get("size") or 10):
                continue
            # a footnote's mark set tight after a figure ('478.378 *', a voorlopig cijfer: the number format's '" *"'):
            # no part of the figure, which it made unreadable; the figure ends where its cell does, as its column's
            # figures without a mark do
            if chunks and re.fullmatch(r"\*{1,3}\)?", word["text"].strip()) and \
                    _FIGURE_LIKE.fullmatch(chunks[-1][2]) and gap is not None and \
                    gap < 0.45 * float(word.get("size") or 10):
                chunks[-1][1] = word["x1"]
                continue
            # a column title set tight against a year before it ('2028' 'Totaal 2025-2028') starts its own chunk
            # (a title goes on in lower case: 'Begroting 2026 na wijziging' is one title)
            after_year = chunks and re.fullmatch(r"(19|20)\d\d", chunks[-1][2].split()[-1]) \
                and word["text"][:1].isupper()
            # a text set tight after a figure that ends at a column's edge, on a line with a label before it, starts a
            # cell of its own when it starts as a sentence does, with a capital: a note in a 'Toelichting' column right
            # of the figures ('11.000' 'Aanvulling conform ...'); a form's figure goes on with its unit in lower case
            # ('2.500.000,00' 'in euro's'); a V or N beside its figure is joined to it below
            note = len(chunks) >= 2 and word["text"][:1].isupper() and word["text"].strip().lower() not in MARKERS \
                and at_edge(chunks[-1][1], word["x0"])
            # so does any word or dash set tight after a figure ending where figures standing alone end (the column's
            # edge its totals give), when no figure follows it on the line: the cell of a column of notes or flags
            # right of the figures ('610.840' 'nee' in an 'Afsluiten' column, a '-' for no note), never a part of
            # the figure (read so, the line's figure was lost); a form's figure with its unit ('2,500,000.00' 'in
            # euro's', then '2,500,000') stays one
            note = note or len(chunks) >= 2 and word["text"].strip().lower() not in MARKERS and \
                re.match(r"[^\W\d_]|[-\u2013]$", word["text"]) is not None and \
                not re.search(r"[^\W\d_]", chunks[-1][2]) and past_alone_edge(chunks[-1][1], word["x0"]) and \
                not any(w["x0"] > word["x0"] and _FIGURE_LIKE.fullmatch(w["text"]) for w in row)
            # (a sentence running over the columns, a note under the table wider than two columns, goes on past a
            # column's edge where one of its words happens to end: 'ten laste' 'van het begrotingssaldo.' is one text,
            # not a text and a column's title)
            running = spacing and chunks and chunks[-1][1] - chunks[-1][0] > 2 * spacing and \
                re.search(r"[^\W\d_]", chunks[-1][2]) is not None and not _FIGURE_LIKE.fullmatch(word["text"])
            # a V or N set tight after a figure that ends at a column's edge, starting where the V/N letters of the
            # page's other lines start (a narrow, left-aligned V/N column against a Verschil column: '92' 'V'), is the
            # cell of that column: joined to the figure below, which keeps its own edge (read as one, '92 V' ended in
            # the V/N column and the Verschil column lost every figure but its totals')
            marker = chunks and word["text"].strip().lower() in MARKERS and at_edge(chunks[-1][1], word["x0"]) and \
                in_marker_column(word)
            # a word set tight after a figure that ends at a column's edge, starting where words of other lines start
            # (a column of text, left-aligned), with figures after it on the line and two before it: the first word of
            # a text column's cell standing between the figure columns ('23.133' '24.916' 'per persoon per nacht'
            # under 'Heffingsgrondslag'), no unit of the figure (read as one, the figure left its column and the table
            # was cut in two there); a form's figure with its unit after its label ('2026: te verdelen (euro)'
            # '-2,363.83 in centen' '236,383') stays one
            between = len(chunks) >= 2 and re.match(r"[^\W\d_]{2}", word["text"]) is not None and \
                sum(1 for c in chunks if _FIGURE_LIKE.fullmatch(c[2])) >= 2 and \
                word["text"].strip().lower() not in MARKERS and at_edge(chunks[-1][1], word["x0"]) and \
                in_text_column(word) and any(w["x0"] > word["x1"] and _FIGURE_LIKE.fullmatch(w["text"]) for w in row)
            note = note or between
            if chunks and gap is not None and not word.get("glued") and gap < 0.45 * float(word.get("size") or 10) and not after_year \
                    and not marker \
                    and ((_FIGURE_LIKE.fullmatch(chunks[-1][2].split()[-1]) and not re.search(r"[^\W\d_]", chunks[-1][2])
                          and not note)
                         or running or not at_edge(chunks[-1][1], word["x0"])):
                chunks[-1][1] = word["x1"]
                chunks[-1][2] += " " + word["text"]
            else:
                chunks.append([word["x0"], word["x1"], word["text"]])
        # a minus printed at the left of its cell, the figure at the right (a spreadsheet's accounting format,
        # '-* #,##0': '-      280.461'), is that figure's sign: a '-' at no column's edge, followed by an unsigned
        # figure that ends at one, less than a column's width from it (a '-' for nothing set left in the cell before
        # is a column's width further off)
        # (so is a '+' printed so, in a narrow column of signs of its own left of each column of unsigned figures:
        # '+   874.000' is 874.000, its '+' no part of the line's label)
        for i in range(len(chunks) - 2, -1, -1):
            after = chunks[i + 1][2]
            if (chunks[i][2] in ("-", "\u2013") or chunks[i][2] == "+" and i) and re.fullmatch(r"\d[\d.,]*", after) and \
                    spacing and \
                    not any(abs(chunks[i][1] - e) <= 3 for e in edges) and \
                    any(abs(chunks[i + 1][1] - e) <= 2.5 for e in edges) and \
                    chunks[i + 1][1] - chunks[i][0] < spacing:
                # (the figure keeps its place)
                chunks[i] = [chunks[i + 1][0], chunks[i + 1][1], after if chunks[i][2] == "+" else "-" + after]
                del chunks[i + 1]
        # a sign printed as V or N in its own column beside a figure ('62   N') belongs to that figure; the
        # figure keeps its own right edge, so that its column is still found by it
        # (not on a line of column titles, whose only figures are years: an 'n' there is the rest of a title broken
        # in its narrow cell, 'Toevoeginge' over 'n', beside the year ending the title before it, '2025', no sign)
        titles = all(is_year_text(c[2]) for c in chunks if read_dutch_number(c[2]) is not None)
        for i in range(len(chunks) - 1, 0, -1):
            if not titles and chunks[i][2].strip().lower() in MARKERS and read_dutch_number(chunks[i - 1][2]) is not None \
                    and read_dutch_number(chunks[i - 1][2] + " " + chunks[i][2]) is not None \
                    and chunks[i][0] - chunks[i - 1][1] < 12 * float(row[0].get("size") or 10):
                chunks[i - 1][2] += " " + chunks[i][2].strip()
                del chunks[i]
        text = " ".join(c[2] for c in chunks).strip()
        if PAGE_NUMBER.match(text):
            continue
        # a line naming its page ('Jaarrekening 2025' ... 'Pagina 1 van 2') is the page's header or footer, not a line
        # of the table nor its columns' titles, when it holds no figure
        if any(NAMED_PAGE.fullmatch(c[2].strip()) for c in chunks) and \
                not any(_FIGURE_LIKE.fullmatch(c[2]) and not is_year_text(c[2]) for c in chunks):
            continue
        for chunk in chunks:
            ruled = [w["rule"] for w in row if "rule" in w and chunk[0] - 0.1 <= w["x0"] and w["x1"] <= chunk[1] + 0.1]
            if ruled and len(ruled) == sum(1 for w in row if chunk[0] - 0.1 <= w["x0"] and w["x1"] <= chunk[1] + 0.1):
                chunk[2] = _Ruled(chunk[2])
                chunk[2].rule = (min(r[0] for r in ruled), max(r[1] for r in ruled))
        lines.append((row[0]["top"], [tuple(c) for c in chunks], max(float(w.get("size") or 10) for w in row)))
    return lines


def _grids(name: str, pages, borders: Sequence[Sequence[float]] = ()) -> list[Grid]:
    """One grid per stream of column blocks: the leftmost block of every page is the main stream (a table
    continuing on the next page stays one table); a block printed beside it continues the stream of the
    previous page's block that starts at the same place, or starts a stream of its own. (`borders`: per page, where
    its drawn borders start, `_border_lefts`.)"""
    # (a line's first text is its label or its code, '1.01', '4.05', '0.10': codes do not vote on the notation, or a
    # table in thousands whose subtotals alone reach 1.854 is read as English, its '1.854' as 1,854)
    english = _english([chunk[2] for lines in pages for _top, chunks, _index in lines for chunk in chunks[1:]])
    streams: list[list] = [[]]          # per stream: (page number, lines as (top, chunks, line number))
    starts: dict[tuple[int, int], float] = {}  # (page, line number): the top of a title wrapped onto that line
    sizes: dict[tuple[int, int], float] = {}   # (page, line number): the line's type size
    # (page, line number): whether the line follows the one before it as a cell's next line does, as printed (before
    # lines were joined)
    tight: dict[tuple[int, int], bool] = {}
    previous: list[tuple[float, int]] = []   # the previous page's blocks: (left edge, stream)
    for number, page in enumerate(pages, start=1):
        wrapped: dict[int, float] = {}
        lines = _join_wrapped([(top, chunks, index, size) for index, (top, chunks, size) in enumerate(page, start=1)],
                              english, wrapped, borders[number - 1] if number <= len(borders) else ())
        starts.update({(number, index): top for index, top in wrapped.items()})
        tight.update({(number, index): top - above <= CELL_LINE * max(size, size_above) for index, ((above, _c, size_above),
                      (top, _chunks, size)) in enumerate(zip(page, page[1:]), start=2)})
        sizes.update({(number, index): size for _top, _chunks, index, size in lines})
        splits = _splits(lines, english, [edge for edge, _width in previous[1:]])
        blocks: list[list] = [[] for _split in range(len(splits) + 1)]
        for top, chunks, index, _size in lines:
            parts: list[list] = [[] for _block in blocks]
            for chunk in chunks:
                parts[bisect.bisect(splits, chunk[0])].append(chunk)
            for block, part in zip(blocks, parts):
                if part:
                    block.append((top, part, index))
        current = []
        for b, (left, block) in enumerate(zip([0.0] + splits, blocks)):
            stream = 0 if b == 0 else next((s for edge, s in previous if s and abs(edge - left) <= 15), None)
            if stream is None:
                streams.append([])
                stream = len(streams) - 1
            if block:
                streams[stream].append((number, block))
            current.append((left, stream))
        previous = current
    return [_grid(name, stream, english, starts, sizes, tight) for stream in streams if stream]


def _join_wrapped(lines: list[tuple], english: bool, starts: dict[int, float] | None = None,
                  borders: Sequence[float] = ()) -> list[tuple]:
    """A column title wrapped in its cell ('Bijgestelde' above 'begroting') as one title on the lower line:
    two lines of text only, a line apart, the upper text aligned with a title below it (left, right or
    centre). A title over several columns is centred between them and stays where it is. Lines keep
    their numbers and tops; a line left empty is dropped, and its top goes into `starts` under the number of the
    line it was joined to (where the titles' cells start: the row above them is one row up, not two). `borders`: where
    the page's drawn borders start (cells' left edges, for `_broken_word`)."""
    def text_only(chunks, tight: bool) -> bool:
        # (a year ending a wrapped title, 'Saldo 1 januari' above '2025', is text there, beside other titles)
        # ('Boekwaarde 1-' above '1': a short number among titles too); lines set tight, closer than rows are
        # (a cell's lines: 1.15 times the type size, rows at least 1.4), are one cell's: there the years may
        # outnumber the titles ('Afstand tot exact' 'Telfout totaal' above '2024' '2024')
        figures = [c for c in chunks if _figure(c[2], english) is not None]
        return all(re.fullmatch(r"(19|20)\d\d|\d{1,2}", c[2].strip()) for c in figures) and \
            (tight or len(figures) < len(chunks) - len(figures) + (len(figures) == 1))

    lines = [list(line) for line in lines]
    _straddling_titles(lines, english)
    lines = [line for line in lines if line[1]]
    # the right edges of the page's figures (not years): where the columns' cells end
    figure_edges = sorted({round(c[1], 1) for _top, chunks, _index, _size in lines for c in chunks
                           if _figure(c[2], english) is not None and not re.fullmatch(r"(19|20)\d\d", c[2].strip())})
    # the right edges of the page's columns of figures: an edge two figures or more share (a point apart at most), not a
    # figure alone at its place, a page's number in its foot ('1' centred under a column's title, a ratio's 'kg per'
    # 'inwoner' over '2025')
    edges = [c[1] for _top, chunks, _index, _size in lines for c in chunks
             if _figure(c[2], english) is not None and not re.fullmatch(r"(19|20)\d\d", c[2].strip())]
    column_edges = [edge for edge in figure_edges if sum(1 for other in edges if abs(other - edge) <= 1) >= 2]
    # where the page's text starts: a line of a form starts there; a line of column titles (over a table whose
    # label column is empty in its header rows) starts well right of it
    margin = min((chunks[0][0] for _top, chunks, _index, _size in lines if chunks), default=0.0)
    # where the page's figures start, and its first line of figures: below it, a line with a text left of every
    # figure holds a line's label or a heading, no column's titles ('Cluster Midden' over 'M01' 'Rwzi Akkrum',
    # centred alike by chance, is a heading over a tall row's label; 'Overhead' '50' over 'Onvoorzien' '10' are lines)
    page_figures = [(k, c[0]) for k, (_top, chunks, _index, _size) in enumerate(lines) for c in chunks
                    if _figure(c[2], english) is not None and not re.fullmatch(r"(19|20)\d\d|\d{1,2}", c[2].strip())]
    first_figures = min((k for k, _x0 in page_figures), default=len(lines))
    figures_start = min((x0 for _k, x0 in page_figures), default=float("inf"))
    for number, (upper, lower) in enumerate(zip(lines, lines[1:]), start=1):
        after = lines[number + 1] if number + 1 < len(lines) else None
        if after is not None and (after[2] != lower[2] + 1 or after[0] - lower[0] > 1.6 * lower[3]):
            after = None
        tight = lower[0] - upper[0] <= 1.3 * upper[3]
        if not upper[1] or lower[2] != upper[2] + 1 or lower[0] - upper[0] > 1.6 * upper[3] or \
                not text_only(upper[1], tight) or not text_only(lower[1], tight):
            continue
        below = [next((i for i, b in enumerate(lower[1]) if abs(a[0] - b[0]) <= 1.5 or abs(a[1] - b[1]) <= 1.5
                       or abs(a[0] + a[1] - b[0] - b[1]) <= 3), None) for a in upper[1]]
        # a title over several titles below it (centred over Lasten, Baten, Saldo) heads them all: not wrapped
        over_several = [sum(1 for b in lower[1] if min(a[1], b[1]) - max(a[0], b[0]) > 2) >= 2 for a in upper[1]]
        below = [None if i is not None and several else i for i, several in zip(below, over_several)]
        # so does a title between two such titles, centred over its own titles as they are over theirs (a merged
        # 'Begroting 2025' over Lasten | Baten | Saldo, as wide as the middle one's cell): a line of group titles;
        # and a title so centred a row above the titles, not a cell's line above them, that meets the title under it
        # at its right edge only ('Rekening 2025' alone over Lasten | Baten | Saldo, as wide as the cell of 'Baten'
        # and so set right where 'Baten' is; a title wrapped in a cell set left or centred meets its second line there)
        # (a title centred on the middle one of the titles under it, a row above them, heads them all when the line
        # has no title over the others of the run: 'Lasten' over Primitief | Wijziging | Na wijziging, each centred in
        # its cell; a header of two rows, 'Begroting' over '2025', has a title over each column; a title set left or
        # right as the one under it is a line of it, 'Bijgestelde' over 'begroting')
        if any(over_several) or not tight:
            below = [None if i is not None and ((any(over_several) or (
                abs(a[0] - lower[1][i][0]) > 1.5 and abs(a[0] + a[1] - lower[1][i][0] - lower[1][i][1]) > 3))
                and _centred_over_group(a, lower[1]) or not tight and abs(a[0] - lower[1][i][0]) > 1.5 and abs(
                    a[1] - lower[1][i][1]) > 1.5 and _centred_over_group(a, lower[1], [c for c in upper[1] if c is not a]))
                else i for a, i in zip(upper[1], below)]
        # (titles each centred on the middle one of a run of three titles under them, runs of the same titles, are
        # group titles over those runs however close the lines: 'Lasten' | 'Baten' | 'Saldo' each over Raming |
        # Mutatie | Nieuwe raming, the third wrapped into the line of the groups; read as lines of the titles under
        # them, the columns of one group would share their names with the others')
        for a in _repeated_groups(upper[1], lower[1]):
            below = [None if c is a else i for c, i in zip(upper[1], below)]
        # a title wraps inside its cell: one reaching past the right edge of the figures of the column the title under
        # it stands in ('Boekjaar 2025' merged over the columns, its left edge where 'Rente-' starts) is no line of it
        below = [None if i is not None and any(lower[1][i][1] - 3 <= edge < a[1] - 4 for edge in figure_edges)
                 else i for a, i in zip(upper[1], below)]
        # nor one reaching left past the right edge of the figures of the column before it ('Kosten 2025 (x € 1.000)'
        # centred over five columns, its right edge where 'Onderhoud' ends in the fourth by chance)
        below = [None if i is not None and any(a[0] + 4 < edge <= lower[1][i][0] for edge in column_edges)
                 else i for a, i in zip(upper[1], below)]
        # a cell's lines are set alike: a title whose next line below shares its right edge only (set right,
        # 'Wijziging' over '2026-07') or its left edge only has no line above it set otherwise ('Baten', merged and
        # centred over three columns, starting where 'Wijziging' starts, is a row's title above it)
        below = [None if i is not None and after is not None and not _set_alike(a, lower[1][i], after[1]) else i
                 for a, i in zip(upper[1], below)]
        if number - 1 > first_figures and any(a[1] < figures_start for a in upper[1]):
            continue
        # a line of a table's row starts with its code, left of its label ('3.1' 'Een goed onderhouden ...'); a column's
        # title does not: a text over it is a heading ('Lasten'), not the title's first line
        # (a code left of the figures: 'Boekwaarde 1-' over '1' is a title wrapped over the figures)
        if len(lower[1]) >= 2 and not is_year_text(lower[1][0][2]) and lower[1][0][1] < figures_start and (
                _code(lower[1][0][2]) or _LINE_CODE.fullmatch(lower[1][0][2].strip())):
            continue
        matched = [i for i in below if i is not None]
        # only some titles wrap; lines of a form (Kenmerk ... / Programma ...) align everywhere, labels too,
        # on their left edges; titles set right (or centred) over their figures may all wrap (a centred
        # 'Afwijking b+w-' over 'bijgesteld 2022' is as wide as it, give or take a point: when the lower line
        # starts right of the page's margin, it is no line of a form)
        left = any(i is not None and abs(a[0] - lower[1][i][0]) <= 1.5 and abs(a[1] - lower[1][i][1]) > 1.5
                   for a, i in zip(upper[1], below))
        at_margin = lower[1][0][0] <= margin + 1.5
        if not matched or len(set(matched)) < len(matched) or \
                ((len(matched) >= len(lower[1]) or 0 in matched) and (left or 0 in matched and at_margin and lower[1][0][
                    0] <= min(c[0] for c in upper[1]) + 1.5)):
            continue
        for a, i in zip(upper[1], below):
            if i is not None:
                b = lower[1][i]
                # ('Watersysteem-' above 'beheer' is one word, 'Boekwaarde 1-' above '1' is '1-1'; so is a word
                # broken by the print where it did not fit its cell, 'Aanwendinge' above 'n')
                # (the title's last line when nothing stands under it on the next line of the cell; a figure under it,
                # not a year, is the first line of figures right under the header row, no line of the title)
                last = after is None or not any(min(b[1], c[1]) - max(b[0], c[0]) > 0 for c in after[1] if (
                    _figure(c[2], english) is None or re.fullmatch(r"(19|20)\d\d", c[2].strip())))
                joined = f"{a[2]}{b[2]}" if _hyphenated(a[2]) or _broken_word(a, b, figure_edges, last, borders) \
                    else f"{a[2]} {b[2]}"
                lower[1][i] = (min(a[0], b[0]), max(a[1], b[1]), joined)
        upper[1] = [a for a, i in zip(upper[1], below) if i is None]
        if not upper[1] and starts is not None:
            starts[lower[2]] = starts.get(upper[2], upper[0])
    return [tuple(line) for line in lines if line[1]]


def _set_alike(a, b, after) -> bool:
    """Whether `a` may be the line above `b` in one cell, by the line under `b` that overlaps it (in `after`): set
    right (their right edges shared, not their left), `a` must share `b`'s right edge; set left, its left edge."""
    under = [c for c in after if min(b[1], c[1]) - max(b[0], c[0]) > 0]
    if len(under) != 1:
        return True
    c = under[0]
    right, left = abs(b[1] - c[1]) <= 1.5, abs(b[0] - c[0]) <= 1.5
    if right and not left:
        return abs(a[1] - b[1]) <= 1.5
    if left and not right:
        return abs(a[0] - b[0]) <= 1.5
    return True


def _straddling_titles(lines: list[list], english: bool) -> None:
    """A title wrapped over two lines in a cell set in the middle of its row, the titles beside it on one line: its
    lines print above and below theirs ('Watersysteem-' above, 'beheer' below the line of 'Zuiverings-beheer' and
    'Taakveld'). Such a title, each of its lines text alone, a cell's line apart (closer than two rows) and clear of
    every text of the line between, is joined (a word broken with a hyphen at the line's end joined whole:
    'Watersysteem-beheer') onto the line between, among the titles beside it. In place."""
    def overlap(a, b) -> bool:
        return min(a[1], b[1]) - max(a[0], b[0]) > 0

    for k in range(len(lines) - 2):
        upper, middle, lower = lines[k], lines[k + 1], lines[k + 2]
        if not upper[1] or not middle[1] or not lower[1] or lower[2] != upper[2] + 2 or \
                lower[0] - upper[0] > 1.6 * upper[3] or \
                any(_figure(c[2], english) is not None for c in upper[1] + lower[1]):
            continue
        pairs = []
        for a in upper[1]:
            under = [b for b in lower[1] if overlap(a, b)]
            if len(under) == 1 and not any(overlap(a, m) or overlap(under[0], m) for m in middle[1]) and \
                    abs((a[0] + a[1]) - (under[0][0] + under[0][1])) <= 6:   # (centred on each other)
                pairs.append((a, under[0]))
        if not pairs:
            continue
        for a, b in pairs:
            text = f"{a[2]}{b[2]}" if _hyphenated(a[2]) and b[2][:1].islower() else f"{a[2]} {b[2]}"
            middle[1].append((min(a[0], b[0]), max(a[1], b[1]), text))
        middle[1].sort(key=lambda c: c[0])
        upper[1] = [a for a in upper[1] if all(a is not p for p, _b in pairs)]
        lower[1] = [b for b in lower[1] if all(b is not q for _p, q in pairs)]


def _centred_over_group(title, titles, alone=None) -> bool:
    """The title's centre is the centre of the cells of an odd run of three titles or more below it (cells as wide as
    each other: the titles set right, left or centred in them), whose outer titles it does not reach: as a merged
    group title over Lasten | Baten | Saldo is, though it may be no wider than the middle cell. With `alone` (the
    other titles of its line), only a run that none of them stands over counts, and titles centred in their cells
    (the centre between the outer titles' centres) count too."""
    middle = (title[0] + title[1]) / 2
    for k in range(1, len(titles) - 1):
        for n in (1, 2):
            if k - n < 0 or k + n >= len(titles):
                break
            left, right = titles[k - n], titles[k + n]
            if not (left[1] < title[0] and right[0] > title[1]):
                continue
            if alone is not None and any(min(c[1], right[1]) - max(c[0], left[0]) > 0 for c in alone):
                continue
            width = (right[1] - left[1]) / (2 * n)
            centres = ((left[1] - width + right[1]) / 2, (left[0] + right[0] + width) / 2,
                       (left[0] + right[1]) / 2)
            if alone is not None:
                centres = ((left[0] + left[1] + right[0] + right[1]) / 4,)
            if any(abs(centre - middle) <= 4 for centre in centres):
                return True
    return False


def _repeated_groups(upper, lower) -> list:
    """The titles of the upper line that are group titles by repetition: two or more, each centred (between the
    centres of the outer titles) on a run of three titles of the lower line that it does not reach past, the runs
    apart from each other and of the same titles, the group titles each other's unlike (a title's first line repeated
    over the same titles in each group, 'Nieuwe' over 'raming', is no group's)."""
    runs = []
    texts = [normal(c[2]) for c in upper]
    for a in upper:
        if texts.count(normal(a[2])) > 1:
            continue
        middle = (a[0] + a[1]) / 2
        for k in range(1, len(lower) - 1):
            left, right = lower[k - 1], lower[k + 1]
            if left[1] < a[0] and right[0] > a[1] and \
                    abs((left[0] + left[1] + right[0] + right[1]) / 4 - middle) <= 3:
                runs.append((a, k))
                break
    if len(runs) < 2:
        return []
    names = {tuple(normal(c[2]) for c in lower[k - 1:k + 2]) for _a, k in runs}
    ks = [k for _a, k in runs]
    if len(names) != 1 or any(b - a < 3 for a, b in zip(ks, ks[1:])):
        return []
    return [a for a, _k in runs]


# Short words a title's second line may start with ('Begroting' above 'na wijziging'): no rest of a broken word, but
# on the title's last line, alone (no title ends in 'en': 'Toevoeging' above 'en' is 'Toevoegingen' broken).
SHORT_WORDS = frozenset("na en in op te of om de per van tot uit aan het der ter bij met".split())


def _movement(word: str) -> bool:
    """A movement's title as a staat prints it, whole ('Toevoegingen', 'Onttrekking', 'Vermeerderingen'): a rest
    longer than three letters ('Toevoegi' above 'ngen', 'Onttrekki' above 'ngen') is a broken word's when the two make
    one such word and the upper alone is none."""
    word = word.lower()
    return any(word in (stem, stem + "en", stem + "s") for stem in TAKEN_OFF + ADDED)


def _hyphenated(text: str) -> bool:
    """A title's line ending in a word broken at its hyphen ('Watersysteem-' above 'beheer', '1-' above '1'), not in
    a dash standing as a word of its own ('Verschil begroting -' above 'realisatie': 'begroting - realisatie')."""
    return text.endswith("-") and not text.endswith(" -") and text != "-"


def _broken_word(upper, lower, figure_edges: list[float], last: bool = False, borders: Sequence[float] = ()) -> bool:
    """A title's word broken by the print ('Aanwendinge' above 'n'): one word that fills its cell (from the previous
    column's figures to its own, less than a letter's width and the cell's margins to spare), and under it only its
    rest, of one to three letters in lower case, no word of its own. (A word wrapped whole may fill its cell as
    well, 'Bijgestelde' above 'begroting' in a column as wide as it: only a rest that short tells them apart; a short
    word, 'en', is a rest only alone on the title's `last` line.) A longer rest in lower case is one when the two
    make a movement's title and the upper alone is none ('Toevoegi' above 'ngen', see _movement). The cell may start
    at a drawn border (`borders`, cells' left edges) right of the previous figures: the first column of figures has the
    label column left of it, whose labels end anywhere short of its edge ('Kiesgerechtigd' above 'en')."""
    words = upper[2].split()
    rest = lower[2].strip()
    if len(words) != 1 or not words[0][-1:].islower() or not (re.fullmatch(r"[a-z]{1,3}", rest) or (
            re.fullmatch(r"[a-z]+", rest) and _movement(words[0] + rest) and not _movement(words[0]))) or \
            (rest in SHORT_WORDS and not last):
        return False
    before = [edge for edge in [*figure_edges, *borders] if edge < upper[0] - 0.5]
    after = [edge for edge in figure_edges if edge >= upper[1] - 2.5]
    if not before or not after:
        return False
    letter = (upper[1] - upper[0]) / len(words[0])
    return (upper[0] - max(before)) + (min(after) - upper[1]) < letter + 7


def _splits(lines, english: bool, split_before: list[float]) -> list[float]:
    """Where a second table starts beside the first on a page: left edges of a label column that
    follows a label and figures on the same line and is followed by figures (Lasten ... | Baten ...).
    A line's candidate is a text of two letters or more, or a year (a per-year table beside a
    per-member one); a column of them on at least two lines, with at least one text, splits the page,
    and so does one line where the previous page was split (the last line of a table continued)."""
    candidates = []   # (right edge of the figures before it, its left edge, year or None, line, text)
    for i, (_top, chunks, _index, _size) in enumerate(lines):
        figure = [_figure(c[2], english) for c in chunks]
        for k in range(2, len(chunks) - 1):
            text = chunks[k][2]
            year = figure[k][0] if figure[k] is not None and is_year(figure[k][0]) else None
            if figure[k] is not None and year is None:
                continue
            if year is None and (len(re.findall(r"[^\W\d_]", text)) < 2 or normal(text) in MARKERS):
                continue
            before = [c for c, f in zip(chunks[:k], figure[:k]) if f is not None]
            # the line starts with a label (a year, in a per-year table) and has figures before and after it
            starts_labelled = figure[0] is None or (is_year(figure[0][0]) and len(before) >= 2)
            if not starts_labelled or not before or all(f is None for f in figure[k + 1:]):
                continue
            if year is not None and all(f is not None and is_year(f[0]) for f in figure if f is not None):
                continue  # a header line of years
            candidates.append((max(c[1] for c in before), chunks[k][0], year, i, text))
    groups: list[list] = []
    for candidate in sorted(candidates, key=lambda c: c[1]):
        if groups:
            low = max(c[0] for c in groups[-1])
            high = min(c[1] for c in groups[-1])
            if max(low, candidate[0]) < min(high, candidate[1]):
                groups[-1].append(candidate)
                continue
        groups.append([candidate])
    splits = []
    for group in groups:
        lines_in = {c[3] for c in group}
        texts = sum(1 for c in group if c[2] is None)
        years = [c[2] for c in sorted(group, key=lambda c: c[3]) if c[2] is not None]
        consecutive = len(years) >= 2 and all(b == a + 1 for a, b in zip(years, years[1:]))
        low, high = max(c[0] for c in group), min(c[1] for c in group)
        # a table beside another leaves a gutter (an empty column); a text column inside one table (a
        # remark beside its figure) that sits close to the figures splits only when it holds a total's label
        apart = high - low >= 12 or any(c[2] is None and totalish(line_key(c[4])) for c in group)
        continued = texts >= 1 and any(low - 15 <= edge <= high + 15 for edge in split_before)
        if ((len(lines_in) >= 2 and (texts >= 2 or (texts >= 1 and consecutive))) or continued) and apart:
            splits.append(float(low + high) / 2)
    return sorted(splits)


def _grid(name: str, pages, english: bool, starts: Mapping[tuple[int, int], float] = {},
          sizes: Mapping[tuple[int, int], float] = {}, tight: Mapping[tuple[int, int], bool] = {}) -> Grid:
    """The grid of one stream of blocks: (page number, lines) per page."""

    def is_figure(text: str) -> bool:
        return _figure(text, english) is not None

    def page_columns(lines):
        """Columns of one page: right edges of figures on lines with a label and figures (or several figures)."""
        edges = []
        # a line's number or code left of the labels ('4' before 'Investeringen ...') is part of its label
        text_left = _label_text_left(lines, is_figure)
        for _top, chunks, _index in lines:
            figures = [c for c in chunks if is_figure(c[2])]
            if _all_years(figures, english):
                continue  # a header of years: centred, not aligned with the figures below
            # (so is one starting where the labels' text starts, a word after it: a hoofdtaakveld's '2' before 'Totaal
            # Verkeer ...' in a code column whose taakvelden print joined to their names, '2.1 Verkeer en vervoer')
            if figures and figures[0] is chunks[0] and _code(chunks[0][2]) and (
                    chunks[0][1] < text_left or len(chunks) > 1 and not is_figure(chunks[1][2])
                    and abs(chunks[0][0] - text_left) <= 2):
                chunks, figures = chunks[1:], figures[1:]
            if figures and not is_figure(chunks[0][2]) or len(figures) >= 2:
                edges.extend(round(c[1], 0) for c in figures)
        # a column printing '-' for nil on every line (a Vrijval of nothing) is a column too: its dashes, aligned
        # on two lines or more right of the labels, would else be read into the labels and the columns after it
        # named after the one before
        first_left = min((c[0] for _top, chunks, _index in lines for c in chunks if is_figure(c[2])), default=None)
        dashes = sorted(round(c[1], 0) for _top, chunks, _index in lines
                        if any(is_figure(x[2]) for x in chunks) for c in chunks[1:]
                        if c[2].strip() in DASHES and first_left is not None and c[0] >= first_left - 3)
        # (not a column of signs beside the labels, '+' on some lines and '-' on others: the EMU-saldo's '+/-')
        signs = [c for _top, chunks, _index in lines for c in chunks[1:] if _sign_token(c[2])]
        for i, edge in enumerate(dashes):
            aligned = sum(1 for other in dashes if abs(other - edge) <= 2) >= 2
            among_signs = any(s[0] - 3 <= edge <= s[1] + 3 for s in signs)
            if aligned and not among_signs and not any(abs(edge - e) <= 3 for e in edges):
                edges.append(edge)
        columns: list[list[float]] = []   # [lowest right edge, highest right edge, left edge]
        for edge in sorted(edges):
            if columns and edge - columns[-1][1] <= 3:
                columns[-1][1] = edge
            else:
                columns.append([edge, edge, edge])
        for column in columns:
            column[2] = min((c[0] for _top, chunks, _index in lines for c in chunks
                             if is_figure(c[2]) and column[0] - 3 <= c[1] <= column[1] + 3), default=column[0])
        columns = _centred_columns(columns, lines, is_figure)
        return _left_set(columns, lines, is_figure)

    def column_of(chunk, columns, label_right: float, header: bool = True) -> int | None:
        x0, x1, text = chunk
        if is_figure(text):
            for i, (low, high, _kind) in enumerate(columns):
                if low - 3 <= x1 <= high + 3:
                    return i
            if not header:
                return None  # a figure off every column's right edge (a line number) is part of the label
        # a header left-aligned in its cell: between the previous column's right edge and this one's (a column of
        # figures set left in their cells ends further right: `_place_ends`)
        ends = page_ends if len(page_ends) == len(columns) else [c[1] for c in columns]
        for i, (low, high, left) in enumerate(columns):
            previous = ends[i - 1] if i else label_right
            if x0 >= previous - 4 and x1 <= ends[i] + 3:
                return i
        best, overlap = None, 0.0
        for i, (low, high, left) in enumerate(columns):
            shared = min(x1, ends[i]) - max(x0, left)
            if shared > overlap:
                best, overlap = i, shared
        if best is None and header and x0 > label_left + 1 and x1 > label_right and not is_figure(text) \
                and not any(abs(x0 - start) <= 3 for start in label_starts) \
                and not _centred_on_labels(chunk, columns, label_text):
            # a title left-aligned in a wide cell, ending before its figures start ('31-12-2025' over a
            # column whose labels run long): the first column to its right, when no column lies between
            best = next((i for i, (low, high, left) in enumerate(columns)
                         if ends[i] >= x1 and (i == 0 or x0 >= ends[i - 1] - 4)), None)
        return best

    page_ends: list[float] = []   # the page's columns' places, where each ends (`_place_ends`)

    pages, moved = _join_across(pages, is_figure)
    # a column of short codes between the labels and the figures (I or S: incidenteel or structureel) is a column of
    # its own, as the workbook has it: its cells stand in column 2, the figures' columns after it
    code_column = _code_column(pages, is_figure)
    # so is a column of text right of the lines' names (a Nr. column, a 'Doel' of long text wrapped in its cells): its
    # cells stand in column 2 (the codes' then in 3), as the workbook has it, none of it part of a label
    side_column = _side_column(pages, code_column, is_figure)
    side_col = 2 if side_column is not None else None
    code_col = 3 if side_column is not None else 2
    first_col = 2 + (code_column is not None) + (side_column is not None)
    cells: dict[tuple[int, int], Cell] = {}
    places: dict[int, str] = {}
    merged: set[tuple[int, int, int, int]] = set()   # the titles over several columns: the columns each heads
    row = 0
    # the texts of the stream's previous page: a header row repeated on a page stood on the page before it too
    # (a title seen pages earlier, 'B. VERDELING ...' atop the next pages across, opens another table)
    page_texts: set[str] = set()
    # (and the titles of its lines without figures, one by one: a header row printed again on every page (print
    # titles) is read on the first page with the heading under it, 'Afdeling / soort inhuur' 'Directie Ruimte'
    # 'Begroting 2025' ..., and on the next without it; read as a header of its own, it cut the table in two at the
    # page break, and a block starting on one page and ending on the next lost its lines of the first)
    page_titles: set[str] = set()
    previous_columns: list[list[float]] = []
    for position, (number, lines) in enumerate(pages):
        continued = position > 0  # not the stream's first page
        seen_texts, page_texts = page_texts, set()
        seen_titles, page_titles = page_titles, set()

        def repeated(chunks) -> bool:
            """A line the previous page printed too: the same text, or a line of two titles or more, no figure among
            them, each a title of a line of the previous page."""
            return " ".join(c[2] for c in chunks) in seen_texts or len(chunks) >= 2 and all(
                not is_figure(c[2]) and c[2] in seen_titles for c in chunks)
        lines, codes = _without_codes(lines, code_column, is_figure)
        # a column of text right of the figures ('Toelichting'): its notes are neither labels nor column titles
        lines, notes, note_bottoms = _text_column(lines, page_columns(lines), is_figure)
        # (and a column of text between the figure columns: its texts stand right of all figure columns in the grid)
        lines, between = _between_texts(lines, page_columns(lines), is_figure)
        spacing = sorted(b[0] - a[0] for a, b in zip(lines, lines[1:]))
        usual = spacing[len(spacing) // 2] if spacing else 0
        # (the lines of a text right of the names wrapped in its cell count in the usual spacing, as a label's do)
        lines, sides, side_bottoms = _without_side_texts(lines, side_column, is_figure,
                                                         {index for (page_number, index), close in tight.items()
                                                          if close and page_number == number})
        lines, label_tops, label_bottoms = _join_wrapped_labels(lines, is_figure, continued)
        # a row set at its top in a table of tall rows (its label wrapped onto lines under its figures: a risk
        # register's long descriptions) keeps the room under its text: a row whose text takes fewer lines than its row
        # was made for ('R09 Loonkostenstijging ...' on one line in a row of two) ends a wrapped line's step further
        # down than the next row starts, and is no empty row apart (read so, a block lost its first line after a
        # deletion and that line went into the grand total); an empty row still stands a whole row apart
        tops_of = {index: top for top, _chunks, index in lines}
        wrapped_step = min((bottom - tops_of[index] for index, bottom in label_bottoms.items()
                            if index in tops_of and bottom > tops_of[index]), default=None)
        apart = 1.6 * usual
        # (a line to spare and no more, a point and a half's leeway, never half way to an empty row nor as far as 1.8
        # rows: where a wrapped line's step is nearly a row's, a line to spare cannot be told from an empty row; and
        # a table whose usual step is a tall row's, an empty row of the default height under a line is 30 points
        # where the usual step and a wrapped line's make 28: an empty row, as it was)
        if wrapped_step is not None and usual and wrapped_step < usual:
            apart = max(apart, min(usual + wrapped_step + 1.5, usual + wrapped_step + (usual - wrapped_step) / 2,
                                   1.8 * usual))
        label_bottoms = {**side_bottoms, **note_bottoms, **label_bottoms}
        started = False
        previous_top = None
        previous_titles = False
        previous_figures = False
        # a page opening with a text of its own (not a header row repeated from the page before: 'C. AFRONDING
        # ...' under block B's pages) starts another table: its columns are its own
        opening = next(((" ".join(c[2] for c in chunks), chunks) for _top, chunks, _index in lines
                        if not repeated(chunks)), None)
        carries_on = continued and opening is not None and (
            any(is_figure(c[2]) for c in opening[1][1:]) or (len(opening[1]) > 1 and is_figure(opening[1][0][2])))
        columns = _continued_columns(page_columns(lines), previous_columns if carries_on else [])
        # a page whose columns stand elsewhere than the previous page's is another table (a second sheet printed
        # after the first, its figures in columns of other widths): its rows start three empty rows below, as a
        # table apart does, whatever columns its figures take in the grid. A page opening with lines of figures is
        # judged by those lines' columns: they carry the table on, and a table of its own further down the page,
        # its columns elsewhere, does not cut it off at the page break (its last line there read as closing it)
        judged = (page_columns(_opening_run(lines, is_figure, repeated)) if carries_on else []) or columns
        elsewhere = continued and bool(judged) and bool(previous_columns) and not all(
            any(low - 3 <= c[1] and c[0] <= high + 3 for low, high, _left in previous_columns) for c in judged)
        previous_columns = columns
        page_ends[:] = _place_ends(columns, lines, is_figure)
        # where labels start: the first chunk of lines that hold figures; a header line's first chunk
        # that starts well right of it is a column title, not a label
        label_chunks = [chunks[0] for _top, chunks, _index in lines if len(chunks) > 1 and not is_figure(chunks[0][2])
                        and any(is_figure(c[2]) for c in chunks[1:])]
        # (a table without labels, its lines opening with a figure, a year: '2021' '163.000,00' ..., starts where its
        # lines start: a letter's paragraph above it, from the page's margin, is no title over its columns)
        label_left = min((c[0] for c in label_chunks), default=min(
            (chunks[0][0] for _top, chunks, _index in lines if any(is_figure(c[2]) for c in chunks)), default=0.0))
        label_text = max(label_left, min(_label_text_left(lines, is_figure), label_left + 200))  # (after a code)
        # where text starts on lines with figures: a title there heads a label column ('Nr', 'Post')
        label_starts = {c[0] for _top, chunks, _index in lines if any(is_figure(x[2]) for x in chunks)
                        for c in chunks if not is_figure(c[2])}
        # labels may take two columns (a taakveld code, then its name): they end where the last text
        # before a line's first figure ends (a line's number before its label, '1' 'Exploitatiesaldo ...', is no
        # figure that ends it; a header line's years are no figures after a label: 'met raming' '2026' are two
        # columns' titles)
        label_right = max((c[1] for _top, chunks, _index in lines for c in _before_first_figure(
            chunks[1:] if len(chunks) > 2 and _code(chunks[0][2]) and not is_figure(chunks[1][2]) else chunks,
            is_figure) if not all(is_year_text(x[2]) for x in chunks if is_figure(x[2]))), default=-1e9)
        # the column titles wrapped in their cells, each over as many lines as it takes, set at the top, middle or
        # foot of the header row: one title per column, on one line
        lines, header_bottoms = _stacked_titles(lines, columns, label_left, label_right, is_figure, english,
                                                {index: sizes.get((number, index), 10.0) for _t, _c, index in lines},
                                                {index: starts[(number, index)] for _t, _c, index in lines
                                                 if (number, index) in starts},
                                                {index for (page_number, index), close in tight.items()
                                                 if close and page_number == number}, page_ends)
        label_bottoms.update(header_bottoms)
        # the header lines above the first line of figures (years count as header); all but the last may
        # hold titles over several columns (a merged 'Bijgestelde begroting 2021' centred over Lasten, Baten,
        # Saldo): such a title heads every column whose place it overlaps
        first_figures = next((i for i, (_top, chunks, _index) in enumerate(lines)
                              if any(is_figure(c[2]) for c in chunks) and not _all_years(
                                  [c for c in chunks if is_figure(c[2])], english)), len(lines))
        # (a section heading alone at the margin, '1 Veiligheid', may stand between the column titles and the first
        # line of figures: the titles above it are still the header)
        # (or, after a 'Code' column, a heading at the labels' own margin that ends before the figures: 'Programma 1
        # Ruimte en wonen' over '1.1 Ruimtelijke ontwikkeling')
        header_end = first_figures
        figures_left = min((c[2] for c in columns), default=0.0)

        def label_heading(chunks) -> bool:
            """One phrase, no figure, starting where labels start and ending before the figures: a heading."""
            return bool(chunks) and any(abs(chunks[0][0] - x) <= 1 for x in label_starts) and \
                not any(is_figure(c[2]) for c in chunks) and chunks[-1][1] < figures_left and \
                all(b[0] - a[1] <= 6 for a, b in zip(chunks, chunks[1:]))

        # (so may two or three, a heading over a heading: 'ACTIVA' over 'Vaste activa')
        end = header_end
        while end >= 2 and end > first_figures - 3 and (_margin_heading(lines[end - 1][1], label_left) or
                                                        label_heading(lines[end - 1][1])):
            end -= 1
        if end < header_end and len(lines[end - 1][1]) >= 2 and not _margin_heading(lines[end - 1][1], label_left) and \
                not any(is_figure(c[2]) and not is_year_text(c[2]) for c in lines[end - 1][1]):
            header_end = end
        header_from = header_end
        while header_from > 0 and (header_from == header_end or header_from > header_end - 4):
            _top, chunks, _index = lines[header_from - 1]
            figures = [c for c in chunks if is_figure(c[2])]
            if figures and not _all_years(figures, english) or _margin_heading(chunks, label_left):
                break
            header_from -= 1
        upper_lines = set(range(header_from, header_end - 1))
        # the columns each title over several columns heads, by its span (a line of such titles at a time)
        own_titles = {}
        own_lefts: dict[int, float] = {}
        if upper_lines:
            for chunk in lines[header_end - 1][1]:
                col = column_of(chunk, columns, label_right) if chunk[0] > label_left + 20 else None
                if col is not None:
                    own_titles[col] = chunk[2]
                    own_lefts[col] = chunk[0]
        column_places = _column_places(columns, own_lefts)
        group_spans: dict[int, list[int]] = {}
        for line_number in sorted(upper_lines):
            top, chunks, index = lines[line_number]
            chunks, rejoined = _rejoined_titles(chunks, columns, sizes.get((number, index), 10.0), is_figure,
                                                  column_places)
            lines[line_number] = (top, chunks, index)
            group_spans.update(_group_spans([c for c in lines[line_number][1] if c[0] > label_left + 20 and
                                             (not is_figure(c[2]) or is_year_text(c[2]))], columns, own_titles,
                                            column_places))
            for key, span in rejoined.items():
                group_spans.setdefault(key, span)
        page_rows: list[tuple[int, bool]] = []   # the page's rows: (row, whether a header line)
        titled_apart = False   # the page opens with a title line of its own, above any header repeated
        for line_number, (top, chunks, index) in enumerate(lines):
            text = " ".join(c[2] for c in chunks)
            page_texts.add(text)
            if not any(is_figure(c[2]) for c in chunks):
                page_titles.update(c[2] for c in chunks)
            has_figures = any(is_figure(c[2]) for c in chunks[1:]) or (len(chunks) > 1 and is_figure(chunks[0][2]))
            if continued and not started and not has_figures and repeated(chunks) and not titled_apart:
                continue  # a header row repeated on a continuation page
            # (not under a title of the page's own at the margin: 'Exploitatie per stalling (vervolg)' over a second
            # sheet printed after the first, its header repeated: that page's table is another, and the header titles
            # its columns; a column's title the page did not repeat word for word is no such title)
            titled_apart = titled_apart or (continued and not started and not has_figures and line_number == 0
                                            and not repeated(chunks) and chunks[0][0] <= label_left + 20)
            # (so is one whose figures are years, beside the columns' titles: 'Taak- veld' 'Regeling' '2021' ...
            # 'Mutatie 2025-2024')
            if continued and not started and has_figures and text in seen_texts and \
                    _all_years([c for c in chunks if is_figure(c[2])], english):
                continue
            if previous_top is None:
                row += 4 if elsewhere else 1 if (continued and has_figures) else 2
            else:
                # (a title wrapped in two lines is measured from its first when the line above holds column titles
                # too: 'Saldo' over '31 december' '2024' stays the header row right above it, with no empty row
                # between; a table's title at the margin above, 'Bedragen x € 1.000', stays a row apart)
                start = label_tops.get(index, starts.get((number, index), top) if previous_titles else top)
                # (a line of titles over several columns heads the titles under it, however tall their row: 'Lasten'
                # over four columns whose titles wrap in a row set tall, printed at its foot)
                under_group = previous_titles and line_number - 1 in upper_lines and line_number < header_end
                limit = apart if previous_figures else 1.6 * usual
                row += 2 if usual and start - previous_top > limit and not under_group else 1
            previous_top = label_bottoms.get(index, top)
            previous_figures = has_figures and not _all_years([c for c in chunks if is_figure(c[2])], english)
            # (a line of years over the columns is a line of column titles too: '2025' over 'Begroting na wijziging')
            previous_titles = (not has_figures or _all_years([c for c in chunks if is_figure(c[2])], english)) and \
                all(c[0] > label_left + 20 for c in chunks)
            started = started or has_figures
            # (a line of figures with no text on the first page of a table printed across: the place of its first
            # figure, on its own page)
            places[row] = next((moved[id(c)] for c in chunks[:1] if id(c) in moved), f"page {number}, line {index}")
            page_rows.append((row, line_number < header_end))
            label_parts = []
            placed: dict[int, tuple] = {}
            header_line = _all_years([c for c in chunks if is_figure(c[2])], english)
            texts = []
            for position, chunk in enumerate(chunks):
                parsed = _figure(chunk[2], english)
                if parsed is None and position and chunk[2].strip() in DASHES and any(
                        low - 3 <= chunk[1] <= high + 3 for low, high, _left in columns):
                    parsed = (Decimal(0), "")  # a dash in a column of figures is nil, as the workbook's 0 it prints
                # a figure alone on its line counts when it stands in a column (an unlabelled total line)
                col = column_of(chunk, columns, label_right, header_line) \
                    if parsed is not None and (position or len(chunks) > 1
                                               or column_of(chunk, columns, label_right, False) is not None) else None
                spans = group_spans.get(id(chunk), []) if parsed is not None else []
                if spans and not any(c in placed for c in spans):
                    for c in spans:  # a year over several columns ('2025' over Lasten | Baten | Saldo) heads them all
                        placed[c] = (chunk, parsed)
                        merged.add((row, c + first_col, row, spans[-1] + first_col))
                elif col is not None and col not in placed:
                    placed[col] = (chunk, parsed)
                elif position == 0 or parsed is None:
                    texts.append((position, chunk))
                else:
                    label_parts.append(chunk[2])
            # (two titles of a line that both fall in one column's place, left of its right edge: the one standing
            # over its figures is its title; the other, far left of them, is the title of a text column printed
            # apart ('Bestedingsdoel' left of 'Stand 1-1-2025', its wrapped notes on lines of their own), part of the
            # label column's title, not the figures' (read so, 'Stand 1-1-2025' went into the label's title and a
            # finding in that column was reported under 'Bestedingsdoel'))
            over_figures = {}
            for position, chunk in texts:
                if (position or chunk[0] > label_left + 20) and not label_heading(chunks):
                    col = column_of(chunk, columns, label_right)
                    if col is not None and chunk[1] >= columns[col][2] - 3 and chunk[0] <= columns[col][1] + 3:
                        over_figures.setdefault(col, chunk)
            for position, chunk in texts:
                spanned = group_spans.get(id(chunk)) or (_spanned(chunk, columns, label_right, chunks) if line_number
                                                         in upper_lines and chunk[0] > label_left + 20 else [])
                if len(spanned) >= 2 and not any(c in placed for c in spanned):
                    for c in spanned:  # (and no more: as a title merged over those columns in the workbook)
                        placed[c] = (chunk, None)
                        merged.add((row, c + first_col, row, spanned[-1] + first_col))
                    continue
                col = column_of(chunk, columns, label_right) if (position or chunk[0] > label_left + 20) and \
                    not label_heading(chunks) else None
                if col is not None and over_figures.get(col, chunk) is not chunk:
                    col = None
                if col is None or col in placed:
                    label_parts.append(chunk[2])
                else:
                    placed[col] = (chunk, None)
                    if line_number in upper_lines and col not in own_titles:
                        # a title over a column with no title of its own under it is that column's own title, set
                        # high in its cell ('Krediet' beside 'Uitgaven' over 't/m 2024'): it heads no column beside
                        merged.add((row, col + first_col, row, col + first_col))
            for col, (chunk, parsed) in placed.items():
                cells[(row, col + first_col)] = Cell(chunk[2], parsed[0] if parsed else None, ref=moved.get(id(chunk), ""),
                                             unit=parsed[1] if parsed else "",
                                             header=header_line)
            if label_parts:
                cells[(row, 1)] = Cell(" ".join(label_parts))
            if index in codes:
                cells[(row, code_col)] = Cell(codes[index])
            if index in sides:
                cells[(row, side_col)] = Cell(sides[index])
            if index in notes:  # (the text column's cell, as the workbook has it: right of every figure column)
                cells[(row, len(columns) + first_col)] = Cell(notes[index])
            if index in between:  # (a text column between the figures': right of every figure column, and of the notes)
                cells[(row, len(columns) + first_col + bool(notes))] = Cell(between[index])
        # a staircase's title set over its outer column: the title of the pair, as the workbook has it
        _staircase_titles(cells, merged, [r for r, header in page_rows if header],
                          [r for r, header in page_rows if not header], range(first_col, first_col + len(columns)))
    return Grid(name, cells, places=places, is_pdf=True, merged=frozenset(merged))


def _staircase_titles(cells: dict[tuple[int, int], Cell], merged: set[tuple[int, int, int, int]],
                      header_rows: list[int], data_rows: list[int], figure_cols: range) -> None:
    """Staircase ('trapsgewijze') columns: a title over two sheet columns, the lines' figures in its inner (left)
    column, the subtotals and the total in the outer one right of it. The workbook has the title in the pair's first
    cell, merged over both (`tables._staggered` reads the pair as one column); a PDF prints it where its alignment
    puts it: set right, over the outer column only, the lines' column untitled ('Lasten 2025' over the subtotals, its
    lines under no title: read so, the subtotals stood in a column of their own, checked against nothing, and a
    Netto lasten = lasten - bijdragen took the pairs' columns for others). A column is a pair's outer column when the
    column left of it has no title (or the same title, spanned over both) and figures of lines, and every figure of
    its own stands on a total's line that has no figure in that left column: the title goes to the left column,
    merged over both, as in the workbook. Right to left, so a third column (the grand total right of the subtotals)
    joins too."""
    def title(c: int) -> tuple[str, ...]:
        return tuple(cells[(r, c)].text.strip() if (r, c) in cells else "" for r in header_rows)

    def figure_rows(c: int) -> set[int]:
        return {r for r in data_rows if (r, c) in cells and cells[(r, c)].number is not None}

    if not header_rows:
        return
    for c in reversed(figure_cols[1:]):
        own, left = title(c), title(c - 1)
        if not any(own) or any(left) and left != own:
            continue
        outer, inner = figure_rows(c), figure_rows(c - 1)
        if not outer or len(inner) < 2 or outer & inner or any(
                not ((r, 1) in cells and totalish(line_key(cells[(r, 1)].text))) for r in outer):
            continue
        for r in header_rows:
            if (r, c) in cells:
                cells[(r, c - 1)] = cells.pop((r, c))
                end = next((c1 for r0, c0, r1, c1 in merged if (r0, c0) == (r, c) and r1 == r), c)
                merged.difference_update({m for m in merged if m[:2] in ((r, c), (r, c - 1)) and m[2] == r})
                merged.add((r, c - 1, r, end))


def _code_column(pages, is_figure) -> tuple[float, float] | None:
    """Where a column of short codes stands between the labels and the figures ('Jeugdzorg hogere volumes' 'S'
    '612.500' ...): the text right before the first figure of lines with figures, after a label of words
    (`model.wordy`), aligned (left, right or centred) with others that together make a column of short codes
    (`model.short_codes`, as tables._code_columns has it on the grid). As (left, right) of those codes; None where
    there is none."""
    found: list[tuple[float, float, str]] = []
    for _number, lines in pages:
        for _top, chunks, _index in lines:
            first = next((k for k, c in enumerate(chunks) if k and (is_figure(c[2]) or c[2].strip() in DASHES)), None)
            if first is None or first < 2 or is_year_text(chunks[first][2]):
                continue
            code = chunks[first - 1]
            if short_code(code[2]) and any(wordy(c[2]) for c in chunks[:first - 1]):
                found.append(code)
    best = None
    for code in found:
        centre = (code[0] + code[1]) / 2
        aligned = [c for c in found if abs((c[0] + c[1]) / 2 - centre) <= 3 or abs(c[0] - code[0]) <= 2
                   or abs(c[1] - code[1]) <= 2]
        if short_codes([c[2] for c in aligned]) and (best is None or len(aligned) > len(best)):
            best = aligned
    if best is None:
        return None
    return min(c[0] for c in best), max(c[1] for c in best)


def _side_column(pages, code_column, is_figure) -> tuple[float, float] | None:
    """Where a column of text right of the lines' names stands (`model.beside_the_names`: a Nr. column right of the
    label, a 'Doel' of long text): the last text before the first figure of lines with figures, after a label of its
    own, aligned (left, right or centred) on two lines or more. As (left, right) of those texts; None where there is
    none. (Not the column of short codes, `_code_column`, taken off before.)"""
    found: list[tuple[tuple, str]] = []
    for _number, lines in pages:
        for _top, chunks, _index in _without_codes(lines, code_column, is_figure)[0]:
            first = next((k for k, c in enumerate(chunks) if k and (is_figure(c[2]) or c[2].strip() in DASHES)), None)
            if first is None or first < 2 or is_year_text(chunks[first][2]) or \
                    any(is_figure(c[2]) for c in chunks[:first]):
                continue
            found.append((chunks[first - 1], " ".join(c[2] for c in chunks[:first - 1])))
    best = None
    for text, _name in found:
        centre = (text[0] + text[1]) / 2
        aligned = [(c, name) for c, name in found if abs(c[0] - text[0]) <= 2 or abs(c[1] - text[1]) <= 2
                   or abs((c[0] + c[1]) / 2 - centre) <= 3]
        if len(aligned) > (len(best) if best else 1) and beside_the_names([(name, c[2]) for c, name in aligned]):
            best = aligned
    if best is None:
        return None
    return min(c[0] for c, _name in best), max(c[1] for c, _name in best)


def _without_side_texts(lines, side_column, is_figure,
                        tight: Set[int]) -> tuple[list, dict[int, str], dict[int, float]]:
    """The lines without the texts of the column right of the names (`_side_column`), and those texts by line: on a
    line with figures, the texts starting in the column's place before its first figure; on a line of text under it
    (printed as a cell's next line, `tight`), what starts there too: its text wrapped in its cell, which goes on that
    line's text; on a line of column titles above the first figures, its title. Also, for a line whose text went on
    over lines that held nothing else, the top of the last of them (its row ends there)."""
    if side_column is None:
        return lines, {}, {}
    left = side_column[0] - 3
    kept, texts, bottoms = [], {}, {}
    owner = None   # the line whose text in the column the next line may go on with
    seen_figures = False
    for top, chunks, index in lines:
        figures = [k for k, c in enumerate(chunks) if k and (is_figure(c[2]) or c[2].strip() in DASHES)]
        years = bool(figures) and all(is_year_text(chunks[k][2]) for k in figures)   # (a header line of years)
        if figures and not years:
            seen_figures = True
            side = [c for c in chunks[1:figures[0]] if c[0] >= left and not is_figure(c[2])]
            owner = index if side else None
        elif not figures and owner is not None and index in tight:
            side = [c for c in chunks if c[0] >= left]
        elif (not figures or years) and not seen_figures and len(chunks) >= 2:
            side = [c for c in chunks[1:] if abs(c[0] - side_column[0]) <= 3 and not is_figure(c[2])]
        else:
            side, owner = [], None
        if not side:
            kept.append((top, chunks, index))
            owner = None if not figures else owner
            continue
        text = " ".join(c[2] for c in side)
        rest = [c for c in chunks if c not in side]
        if (figures and not years) or not seen_figures:
            texts[index] = text
            kept.append((top, rest, index))
            continue
        texts[owner] = texts[owner] + " " + text
        if rest:
            kept.append((top, rest, index))
        else:
            bottoms[owner] = top
    return kept, texts, bottoms


def _without_codes(lines, code_column, is_figure) -> tuple[list, dict[int, str]]:
    """The lines without the chunks of the column of codes (`_code_column`), and those codes by line: on a line with
    figures, a code within the column's place right before its first figure; on a line without, a short title over it
    ('I/S')."""
    if code_column is None:
        return lines, {}
    left, right = code_column
    centre = (left + right) / 2
    kept, codes = [], {}
    for top, chunks, index in lines:
        figures = any(is_figure(c[2]) and not is_year_text(c[2]) for c in chunks)
        at = None
        for k, c in enumerate(chunks):
            if not k or is_figure(c[2]) or not SHORT_CODE.fullmatch(c[2].strip()):
                continue
            if (figures and c[0] >= left - 3 and c[1] <= right + 3 and "/" not in c[2]) or \
                    (not figures and abs((c[0] + c[1]) / 2 - centre) <= 12 and c[1] - c[0] < 30):
                at = k
                break
        if at is None:
            kept.append((top, chunks, index))
            continue
        codes[index] = chunks[at][2].strip()
        kept.append((top, chunks[:at] + chunks[at + 1:], index))
    return kept, codes


def _centred_on_labels(chunk, columns, label_left: float) -> bool:
    """A title centred in the label column's cell ('Omschrijving' over labels shorter than it): from where the labels
    start to where the first column's cell starts (a usual column's width before its figures' right edge)."""
    highs = [c[1] for c in columns]
    widths = sorted(b - a for a, b in zip(highs, highs[1:]))
    if not widths:
        return False
    start = highs[0] - widths[len(widths) // 2]
    return chunk[1] < start and abs((chunk[0] + chunk[1]) / 2 - (label_left + start) / 2) <= 4


def _text_column(lines, columns, is_figure) -> tuple[list, dict[int, str], dict[int, float]]:
    """A column of free text right of the figures (a 'Toelichting' beside a staat van reserves): the texts that start
    right of the last figure column's right edge, on any line (its title too), are taken off the lines: they are no
    part of a line's label ('Algemene reserve Aanvulling conform ...') and no column title of the figures (its title
    'Toelichting' is no name of the '31-12-2025' under which the workbook has its figures). Returns the lines, the
    text taken off each (by line number) and, for the line above each line that held nothing else (a note wrapped in
    its cell over more lines than its row's label), the top of that line: the row goes on there (no empty row)."""
    if not columns:
        return lines, {}, {}
    edge = columns[-1][1] + 1
    kept, notes, bottoms = [], {}, {}
    for top, chunks, index in lines:
        # (a note glued to the last column's figure, '-152.495Overheveling', starts at that figure's right edge; so
        # may the column's title, set in its cell as the notes are)
        text = [c for k, c in enumerate(chunks) if not is_figure(c[2]) and c[2].strip() not in DASHES and (
            c[0] > edge or (k and c[0] >= columns[-1][0] - 1 and c[0] >= chunks[k - 1][1] - 0.5))]
        if not text:
            kept.append((top, chunks, index))
            continue
        notes[index] = " ".join(c[2] for c in text)
        rest = [c for c in chunks if c not in text]
        if rest:
            kept.append((top, rest, index))
        elif kept:
            bottoms[kept[-1][2]] = top
    return kept, notes, bottoms


def _centred_columns(columns: list[list[float]], lines, is_figure) -> list[list[float]]:
    """Figures centred in their cells (a winter service's report, every figure centred): a total wider than the
    column's lines ('1.546.100' over '146.597') ends further right than they do, a narrower line ('877' under '2.071')
    less far, and each would stand in a column of its own (the column's total checked against some of its lines or
    none). Columns next to each other whose figures all share one place (each overlapping every other) with one
    middle (the middles of their figures within two points) are one column."""
    def figures_in(column):
        return [c for _top, chunks, _index in lines for c in chunks
                if is_figure(c[2]) and column[0] - 3 <= c[1] <= column[1] + 3]

    def middle(figures):
        middles = sorted((c[0] + c[1]) / 2 for c in figures)
        return middles[len(middles) // 2]

    merged: list[list[float]] = []
    for column in columns:
        if merged:
            before, here = figures_in(merged[-1]), figures_in(column)
            if before and here and abs(middle(before) - middle(here)) <= 2 and \
                    max(c[0] for c in before + here) < min(c[1] for c in before + here):
                merged[-1] = [merged[-1][0], column[1], min(merged[-1][2], column[2])]
                continue
        merged.append(list(column))
    return merged


def _between_texts(lines, columns, is_figure) -> tuple[list, dict[int, str]]:
    """A column of text standing between the figure columns, left-aligned in its cells ('Heffingsgrondslag' between
    'Overnachtingen 2025' and 'Tarief': 'per persoon per nacht', 'forfaitair per standplaats'): on lines with figures,
    the texts after the line's label that start right of the first figure column's right edge with a figure column
    still to come, standing in no figure column's place (a 'n.v.t.' in a column of figures is that column's), at one
    place on two lines or more; and the title over them (a header text above the first figures standing over their
    place and over no figure column's). They are taken off the lines: no part of a line's label ('Hotels binnenstad
    per persoon per nacht') and no title of a figure column, as the workbook has them in a column of their own.
    Returns the lines and the texts taken off each (by line number)."""
    if len(columns) < 2:
        return lines, {}
    first_edge, last_left = columns[0][1], columns[-1][2]
    found: list[tuple[int, tuple]] = []   # (line number, chunk)
    for top, chunks, index in lines:
        figures = [c for c in chunks if is_figure(c[2])]
        if not figures or all(is_year_text(c[2]) for c in figures):
            continue
        for k, c in enumerate(chunks):
            # (after the line's label: a Geldgever's name after its number, '1001' 'BNG Bank', is the label itself)
            if k and not is_figure(c[2]) and c[2].strip() not in DASHES and c[2].strip().lower() not in MARKERS and \
                    any(not is_figure(x[2]) for x in chunks[:k]) and \
                    len(re.findall(r"[^\W\d_]", c[2])) >= 2 and c[0] > first_edge + 1 and c[1] < last_left and \
                    any(is_figure(x[2]) for x in chunks[k + 1:]) and \
                    not any(c[0] < high + 1 and c[1] > left - 1 for _low, high, left in columns):
                found.append((index, c))
    best: list[tuple[int, tuple]] = []
    for _index, chunk in found:
        aligned = [(i, c) for i, c in found if abs(c[0] - chunk[0]) <= 2]
        if len({i for i, _c in aligned}) >= 2 and len(aligned) > len(best):
            best = aligned
    if not best:
        return lines, {}
    left, right = min(c[0] for _i, c in best), max(c[1] for _i, c in best)
    taken = {id(c) for _i, c in best}
    first_figures = next((i for i, (_top, chunks, _index) in enumerate(lines)
                          if any(id(c) in taken for c in chunks)), 0)
    for _top, chunks, _index in lines[:first_figures]:
        for c in chunks:
            if not is_figure(c[2]) and min(c[1], right) - max(c[0], left) > 0 and \
                    not any(min(c[1], high) - max(c[0], left) > 0 for _low, high, left in columns):
                taken.add(id(c))
    kept, texts = [], {}
    for top, chunks, index in lines:
        text = [c for c in chunks if id(c) in taken]
        if not text:
            kept.append((top, chunks, index))
            continue
        texts[index] = " ".join(c[2] for c in text)
        rest = [c for c in chunks if id(c) not in taken]
        if rest:
            kept.append((top, rest, index))
    return kept, texts


# Lines of one cell follow each other at about 1.15 to 1.2 times the type size; rows (a cell's margins added) at 1.27
# or more (LibreOffice's default row, Excel's for Arial 10 and for Calibri 11).
CELL_LINE = 1.23


def _stacked_titles(lines, columns, label_left: float, label_right: float, is_figure, english: bool,
                    sizes: Mapping[int, float], starts: Mapping[int, float],
                    tight: Set[int] = frozenset(), ends: Sequence[float] = ()) -> tuple[list, dict[int, float]]:
    """The header row's lines above the first line of figures, each column's title joined from the lines it wraps
    over: titles wrapped in their cells over different numbers of lines, set at the top, in the middle or at the
    foot of the row, print as lines of pieces of titles ('Saldo 1 januari' beside 'Saldo 31 december', under them
    'Toevoegingen' beside 'Vrijval' half a line lower, then '2025' and '2025'). Lines that follow each other as a
    cell's lines do (closer than rows are) are one row; in it, the pieces that stand in one column's place (from
    the previous column's right edge to its own) are that column's title, top to bottom, and the row is one line
    (at the top of its first; its last's top is returned by line number, where the row ends). A piece over several
    columns' places (a title merged over them) stays as it is. (A line holding titles joined from the line above it
    starts where that line did: `starts`, by line number. Titles of neighbouring cells set at different heights print
    their lines between each other, half a line apart, and lines of one title may have been joined before: two lines
    are of one row too when every line printed from the one to the other followed the line before it as a cell's
    next line does, `tight`, by line number.)"""
    if not columns:
        return lines, {}

    def real_figures(chunks) -> bool:
        figures = [c for c in chunks if is_figure(c[2])]
        return bool(figures) and not _all_years(figures, english)

    first = next((k for k, (_top, chunks, _index) in enumerate(lines) if real_figures(chunks)), None)
    if first is None:
        return lines, {}
    start = first
    while start > 0 and first - start < 12 and not real_figures(lines[start - 1][1]):
        start -= 1
    highs = [c[1] for c in columns]
    edges = sorted(highs)
    ends = list(ends) if len(ends) == len(columns) else highs

    def place(chunk) -> int | None:
        x0, x1, _text = chunk
        if x0 <= label_left + 20:
            return None
        for i, end in enumerate(ends):
            left = ends[i - 1] if i else label_right
            if x0 >= left - 4 and x1 <= end + 3:
                return i
        return None

    def other_cells(upper, lower) -> bool:
        """Pieces of two lines in one column's place that share no edge and no centre: no lines of one cell (a
        cell's lines are set left, right or centred alike), but titles of two rows ('Lasten' merged and centred over
        three columns, a row above 'Wijziging' wrapped in its cell over '2026-07')."""
        return any(place(a) is not None and place(a) == place(b) and abs(a[0] - b[0]) > 1.5 and
                   abs(a[1] - b[1]) > 1.5 and abs(a[0] + a[1] - b[0] - b[1]) > 3 for a in upper for b in lower)

    def label_titles(chunks) -> bool:
        """A line of the label columns' titles alone, ending before the first column's place ('Taakveld' and
        'Omschrijving' merged over both header rows, set in their middle): it ties no two lines of column titles into
        one row (the group titles above it and the columns' own titles below it are a row apart)."""
        return all(place(c) is None and c[1] <= label_right + 3 for c in chunks)

    def group_titles(chunks) -> bool:
        """A line of titles each over several columns' places alone ('Realisatie' merged and centred over five
        years, beside no other title)."""
        return bool(chunks) and all(place(c) is None and c[0] > label_left + 20 and sum(
            1 for i, end in enumerate(ends) if min(c[1], end) - max(c[0], ends[i - 1] if i else label_right) > 2) >= 2
            for c in chunks)

    def over_titles(upper, lower) -> bool:
        """A piece of `upper` over two pieces of `lower` or more, each in a column's place of its own: a title over
        the columns' titles, a row above them (no cell's line above its next)."""
        return any(len({place(b) for b in lower if place(b) is not None and min(a[1], b[1]) - max(a[0], b[0]) > 2})
                   >= 2 for a in upper)

    rows: list[list[int]] = []
    for k in range(start, first):
        # (a line of group titles alone is a row of its own, however close the titles beside it, wrapped in cells
        # merged over both header rows and set in their middle: 'Realisatie' over the years, 'Mutatie' a few points
        # under it beside them; not when the next line goes on under it, a group title wrapped over lines, nor when
        # the line took a title wrapped from above it, its row's first line: 'Volgens begroting en meerjarenraming'
        # beside 'Volgens realisatie' 'tot en met' 'september')
        group = lines[rows[-1][0]] if rows else None
        if group is not None and len(rows[-1]) == 1 and group_titles(group[1]) and \
                starts.get(group[2], group[0]) >= group[0] - 0.5 and not any(
                min(a[1], b[1]) - max(a[0], b[0]) > 0 for a in lines[rows[-1][0]][1] for b in lines[k][1]):
            rows.append([k])
            continue
        # (a line of column titles is measured from the row's last line of column titles, not from a line of the
        # label columns' titles printed between)
        above = k - 1
        if rows and not label_titles(lines[k][1]):
            above = next((j for j in reversed(rows[-1]) if not label_titles(lines[j][1])), k - 1)
        size = max(sizes.get(lines[k][2], 10.0), sizes.get(lines[above][2], 10.0)) if k > start else 0
        # (a line whose own top is a row below, tied to the line above only by a title wrapped up to it or by lines
        # printed between, is a row of its own under a title over two of its titles: 'Aantal toekenningen' centred
        # over '2025' '2024', beside 'Verschil 2025-' '2024 (€)' merged down over both header rows, set at its foot)
        if rows and lines[k][0] - lines[above][0] > CELL_LINE * size and over_titles(lines[above][1], lines[k][1]):
            rows.append([k])
            continue
        if rows and (starts.get(lines[k][2], lines[k][0]) - lines[above][0] <= CELL_LINE * size or above == k - 1 and all(
                j in tight for j in range(lines[k - 1][2] + 1, lines[k][2] + 1))) and \
                not other_cells(lines[above][1], lines[k][1]):
            rows[-1].append(k)
        else:
            rows.append([k])
    joined = list(lines)
    bottoms: dict[int, float] = {}
    for row in reversed(rows):
        if len(row) < 2:
            continue
        pieces: dict[int, list] = {}
        others = []
        for k in row:
            for chunk in lines[k][1]:
                i = place(chunk)
                if i is None:
                    others.append(chunk)
                else:
                    pieces.setdefault(i, []).append(chunk)
        # (a title merged over several columns' places counts when a line of the row was printed above it: a row of
        # group titles, 'Volgens realisatie tot en met september' wrapped over three lines beside 'Volgens begroting en
        # meerjarenraming' merged over two columns, set in the middle; on the row's first line it is a row of its own,
        # 'Mutaties 2025' over Toevoeging | Onttrekking, the stands' titles beside them wrapped up to it)
        first_top = starts.get(lines[row[0]][2], lines[row[0]][0])

        def wide(k, chunk) -> bool:
            return place(chunk) is None and chunk[0] > label_left + 20 and lines[k][0] > first_top + 0.5

        widths = any(wide(k, c) for k in row for c in lines[k][1])
        # (a line of the label columns' titles alone beside one line of column titles, a cell's line from it, is of
        # that line's row: 'Balanspost' merged over both header rows, set in their middle, beside the group title
        # 'Geprognosticeerde balans per' above the year-ends)
        beside = len(row) == 2 and sum(1 for k in row if label_titles(lines[k][1])) == 1
        if not beside and (len(pieces) + widths < 2 or len({k for k in row if any(place(c) is not None or wide(k, c)
                                                                                  for c in lines[k][1])}) < 2):
            continue  # no titles over two columns or more, over two lines or more
        titles = []
        for i, found in sorted(pieces.items()):
            text = found[0][2]
            for a, b in zip(found, found[1:]):
                text = f"{text}{b[2]}" if _hyphenated(text) or _broken_word(
                    a, b, edges, b is found[-1]) \
                    else f"{text} {b[2]}"
            titles.append((min(c[0] for c in found), max(c[1] for c in found), text))
        chunks = sorted(others + titles, key=lambda c: c[0])
        top, _chunks, index = lines[row[0]]
        joined[row[0]:row[-1] + 1] = [(top, chunks, index)]
        bottoms[index] = lines[row[-1]][0]
    return joined, bottoms


def _join_across(pages, is_figure):
    """A table wider than the page, printed as LibreOffice prints it by default: the labels and the first columns
    on the stream's first page, the other columns on the next page(s) without the label column. Such a page (lines
    of figures, three or more, none with a label or a year before its figures), whose every line stands at the
    height of a line of the first page, and as many lines of figures as the first page has, is joined to the first
    page: its chunks are put on the first page's lines, right of them, so its columns are read (and checked) with
    the first page's rows. Returns the pages and, for each moved chunk (by id), its own place ('page 2, line 9'),
    which its cell reports. Any doubt: the page stays as it is (and, not checked, is listed as NOT verified)."""
    if len(pages) < 2:
        return pages, {}

    def figure_lines(lines):
        return [line for line in lines if any(is_figure(c[2]) for c in line[1])]

    def unlabelled(lines) -> bool:
        # (a line's first figure is a year label when every line opens with a year: '2051' atop a column of amounts,
        # the only column on the last page across, is an amount)
        # (a line may open with a dash, a nil in the first column: '-' '55,000' '347,100')
        with_figures = figure_lines(lines)
        return len(with_figures) >= 3 and all(is_figure(chunks[0][2]) or chunks[0][2].strip() in DASHES
                                              for _top, chunks, _index in with_figures) and \
            not all(re.fullmatch(r"(19|20)\d\d", chunks[0][2]) for _top, chunks, _index in with_figures)

    first_number, first = pages[0]
    first_figures = figure_lines(first)
    if not first_figures or unlabelled(first) or not any(not is_figure(chunks[0][2]) for _t, chunks, _i in first_figures):
        return pages, {}
    joined = [list(chunks) for _top, chunks, _index in first]
    moved: dict[int, str] = {}
    taken = 1
    # (the body: a line of the first page between its first and last line of figures; a line there with a label and
    # no figures, 'Nieuw beleid' whose amounts start in a later year, takes the figures printed at its height; a line
    # of figures in the body at a height where the first page printed nothing, its label left empty, is a line of its
    # own, placed by its own page and line)
    body = range(first.index(first_figures[0]), first.index(first_figures[-1]) + 1)
    body_tops = (first[body.start][0], first[body.stop - 1][0])
    added: list[tuple[float, list, int]] = []   # those lines of their own: top, chunks, a line number of their own
    margin = min(c[0] for _top, chunks, _index in first for c in chunks)   # where the pages' cells start
    # the previous page's titles (by the first page's line) and where its figures end, for a title merged over
    # columns on both sides of a page edge (its `twins` below)
    titles = {i: list(chunks) for i, chunks in enumerate(joined) if first[i] not in first_figures}
    figures_end = max(c[1] for _top, chunks, _index in first_figures for c in chunks if is_figure(c[2]))
    def first_lines_at(top: float) -> list[int]:
        """The first page's lines printed at that height (as many as stand within a point and a half)."""
        return [i for i, (first_top, _chunks, _index) in enumerate(first) if abs(first_top - top) <= 1.5]

    for number, lines in pages[1:]:
        lines = _labels_repeated_off(first, lines, is_figure)
        if not unlabelled(lines):
            break
        right = max(c[1] for chunks in [*joined, *(chunks for _t, chunks, _i in added)] for c in chunks)
        shift = right + 40 - min(c[0] for _top, chunks, _index in lines for c in chunks)
        # (a title merged over columns on both sides of the page edge, Lasten over 2025-2028 with two years on each
        # page, is printed on both pages, each time centred over the whole merged range as if the page went on: past
        # the first page's last column, before the next page's first. Set 40 points apart, the two were read as two
        # titles, each over its own page's columns: '2025' untitled, 'Lasten 2025' for Baten's first year. The two
        # are one point of the sheet: the page across is put where that makes them one, and the copy goes)
        twins = [(twin, (x0 + x1) / 2) for top, chunks, _index in lines for x0, x1, text in chunks
                 for at in [first_lines_at(top)]
                 if len(at) == 1 and at[0] in titles
                 for twin in titles[at[0]] if twin[2] == text and not is_figure(text)]
        twins = [(twin, middle) for twin, middle in twins
                 if (twin[0] + twin[1]) / 2 >= figures_end - 5 or middle < margin - 2]
        if twins:
            shift = (twins[0][0][0] + twins[0][0][1]) / 2 - twins[0][1]
        copies = {id(twin) for twin, _middle in twins}
        targets = []
        for top, chunks, index in lines:
            at = first_lines_at(top)
            figures_here = any(is_figure(c[2]) for c in chunks)
            if not at and figures_here and body_tops[0] < top < body_tops[1]:
                targets.append((None, top, chunks, index))
                continue
            fits = len(at) == 1 and (first[at[0]] not in first_figures if not figures_here else
                                     first[at[0]] in first_figures or at[0] in body)
            if not fits:
                targets = None
                break
            targets.append((at[0], top, chunks, index))
        if targets is None:
            break
        for at, top, chunks, index in targets:
            if at is None:
                line = next((line for line in added if abs(line[0] - top) <= 1.5), None)
                if line is None:
                    line = (top, [], 10_000 + len(added))
                    added.append(line)
                into = line[1]
            else:
                into = joined[at]
            page_titles = []
            for x0, x1, text in chunks:
                chunk = (x0 + shift, x1 + shift, text)
                if at is not None and at in titles:
                    page_titles.append(chunk)
                    if any(id(twin) in copies and twin[2] == text and abs(twin[0] - chunk[0]) <= 3
                           for twin in titles[at]):
                        continue   # the merged title's copy on the page across
                into.append(chunk)
                moved[id(chunk)] = f"page {number}, line {index}"
            if at is not None and at in titles:
                titles[at] = page_titles
        figures_end = max(c[1] + shift for _top, chunks, _index in lines for c in chunks if is_figure(c[2]))
        taken += 1
    if taken == 1:
        return pages, {}
    page = sorted([*((top, chunks, index) for (top, _old, index), chunks in zip(first, joined)),
                   *((top, chunks, index) for top, chunks, index in added)], key=lambda line: line[0])
    return [(first_number, page), *pages[taken:]], moved


def _labels_repeated_off(first, lines, is_figure):
    """A page across that repeats the first page's label column (its print titles: column A on every page, the
    labels and the table's title where the first page prints them): its lines without those copies (a text printed
    at the height and the left edge where the first page prints the same text), so that its columns join the first
    page's as a page printed without labels does (`_join_across`). Only when every line of figures on it that opens
    with a text opens with such a copy, and one does; the page as it is otherwise (a table continued down the next
    page names lines of its own)."""
    def copied(top: float, chunk) -> bool:
        return not is_figure(chunk[2]) and any(abs(first_top - top) <= 1.5 and any(
            abs(c[0] - chunk[0]) <= 2 and c[2] == chunk[2] for c in chunks) for first_top, chunks, _index in first)

    labelled = [(top, chunks) for top, chunks, _index in lines
                if any(is_figure(c[2]) for c in chunks) and not is_figure(chunks[0][2])]
    if not labelled or not all(copied(top, chunks[0]) for top, chunks in labelled):
        return lines
    kept = [(top, [c for c in chunks if not copied(top, c)], index) for top, chunks, index in lines]
    return [line for line in kept if line[1]]


def _label_text_left(lines, is_figure) -> float:
    """Where the labels' text starts on lines with figures: the left edge of the first text before a figure (a
    number or code printed left of it, '4' before 'Investeringen ...', is no figure column)."""
    # (a header line of years is no line with figures: its label column's title, 'Progr.' over the codes, may start
    # right of where the codes start and end before they do)
    # (so is a code of a digit and a letter, '5a' before 'op de exploitatie verantwoord', when a text follows it)
    def label(chunks) -> list:
        before = _before_first_figure(chunks[1:] if _code(chunks[0][2]) else chunks, is_figure)
        return before[1:] if len(before) > 1 and _LINE_CODE.fullmatch(before[0][2].strip()) else before

    lefts = [c[0] for _top, chunks, _index in lines
             if any(is_figure(x[2]) and not is_year_text(x[2]) for x in chunks) for c in label(chunks)[:1]]
    return min(lefts, default=float("inf"))


def is_year_text(text: str) -> bool:
    return re.fullmatch(r"(19|20)\d\d", text.strip()) is not None


def _code(text: str) -> bool:
    """A line's number or programme code: a whole number of one to three digits (a year is no code), or a taakveld's
    code of numbers joined by points ('0.1', '6.81', '7.4.1')."""
    return re.fullmatch(r"\d{1,3}|\d{1,2}(\.\d{1,2}){1,2}", text.strip()) is not None


def _sign_token(text: str) -> bool:
    """A sign printed in a column of its own beside the labels ('+', '+/-', '(+)', '(+/-)'): never a figure; a '-'
    beside it in that column is a sign too, not a nil."""
    return re.fullmatch(r"\(?\s*\+\s*(/\s*[-+]\s*)?\)?", text.strip()) is not None


_LABEL_SIGN_ALONE = re.compile(r"\(\s*(\+|-|-\s*/\s*-|\+\s*/\s*-|-\s*/\s*\+|\+\s*/\s*\+)\s*\)")


def _goes_on(text: str) -> bool:
    """A wrapped label's next line goes on with the text above it: in lower case ('de exploitatie worden ...'), also
    after a bracket ('(im)materiële vaste activa ...'), or the label's sign wrapped onto a line of its own ('(+)',
    '(-/-)': the EMU-saldo's model ends its labels with them)."""
    text = text.strip()
    return _LABEL_SIGN_ALONE.match(text) is not None and _LABEL_SIGN_ALONE.fullmatch(text.split()[0]) is not None \
        or text.lstrip("(")[:1].islower()


def _join_wrapped_labels(lines, is_figure, continued: bool = False) -> tuple[list, dict[int, float], dict[int, float]]:
    """A label printed on the lines above its figures, as a cell with wrapped text prints it: the line of figures
    with no label of its own (at most its number: '4' and its figures below 'Investeringen in (im)materiële vaste
    activa ... (-/-)'), or whose label goes on where a full line of text above it stopped ('Lasten ivm ... ten laste
    van de' above 'reserves worden gebracht (-/-)'), takes the text lines above it: one line of text just above it
    (a tall row's label set at its top), and above that only lines as full as wrapped text is. A short text above a
    labelled line is a heading ('Lasten'); so is a full line above a label that starts with a capital, which no
    wrapped text goes on with ('Product 3 Advies en specialistische taken' above 'Lasten': a product's heading, not
    the first line of its Lasten label). Returns the lines and, for each line that took lines above it, the top of
    the first (where its row starts), and for each that took lines under it, the top of the last (where it ends)."""
    text_left = _label_text_left(lines, is_figure)
    if text_left == float("inf"):
        # (no line prints its label beside its figures, every row split in two, 'Omvang dienstverband (als
        # deeltijdfactor in fte)' over '1,00' '0,89' '1,00': the labels start where the lines of text right above
        # lines of figures alone start, when two or more do so)
        starts = [upper[1][0][0] for upper, lower in zip(lines, lines[1:]) if upper[1] and lower[1] and
                  not any(is_figure(c[2]) or c[2].strip() in DASHES for c in upper[1]) and
                  (is_figure(lower[1][0][2]) or lower[1][0][2].strip() in DASHES)]
        if len(starts) < 2:
            return lines, {}, {}
        text_left = min(starts)

    def text_only(line, left: float | None = None) -> bool:
        chunks = line[1]
        return bool(chunks) and not any(is_figure(c[2]) or c[2].strip() in DASHES for c in chunks) and \
            abs(chunks[0][0] - (text_left if left is None else left)) <= 2

    # a line of text reaching three quarters of the way to the figures wrapped there (a heading, 'BIJDRAGE
    # GEMEENTE', stops well short of them)
    figures_left = min((c[0] for _top, chunks, _index in lines for k, c in enumerate(chunks)
                        if is_figure(c[2]) and not (k == 0 and _code(c[2]))), default=text_left)
    full = text_left + 0.75 * (figures_left - text_left)
    # where the label column ends: a usual column's width before the first figure column's right edge
    edges: list[float] = []
    for edge in sorted(c[1] for _top, chunks, _index in lines for k, c in enumerate(chunks)
                       if is_figure(c[2]) and not (k == 0 and _code(c[2]))):
        if not edges or edge - edges[-1] > 3:
            edges.append(edge)
    widths = sorted(b - a for a, b in zip(edges, edges[1:]))
    label_end = edges[0] - widths[len(widths) // 2] if widths else figures_left
    # a column of signs between the labels and the figures ('+', '-' beside each label) takes that room: the labels'
    # cells end where the furthest label text before it ends
    signs_left = min((c[0] for _top, chunks, _index in lines if any(is_figure(x[2]) for x in chunks)
                      for c in chunks[1:] if _sign_token(c[2]) and c[0] > text_left), default=None)
    if signs_left is not None:
        label_end = min(label_end, max((c[1] for _top, chunks, _index in lines for c in chunks
                                        if abs(c[0] - text_left) <= 2 and c[1] < signs_left), default=label_end))

    def wrapped(line, after) -> bool:
        """The line of text stops where a line of wrapped text stops: three quarters of the way to the figures, or
        (the text under it going on in lower case) where the next word, 'beweegbare' under 'Voorziening onderhoud
        vaarwegen, sluizen en', would not have fit before the label column ends."""
        end = line[1][-1][1]
        if end >= full:
            return True
        word = after[2].split()[0] if after[2].split() else ""
        # (a word in brackets goes on with the label before it, 'Loonkostensubsidie' over '(Participatiewet)')
        if not _goes_on(word) and not re.match(r"\([^\W\d_]{2,}", word):
            return False
        # (a space is about half as wide as a letter: counted as a letter, it made a wide word seem to fit)
        spaces = after[2].count(" ")
        char = (after[1] - after[0]) / max(len(after[2]) - spaces + 0.55 * spaces, 1)
        return end + char * (len(word) + 0.55) > label_end
    # only lines below the first line of figures (not years) join: the titles and column titles above stay
    # (a line's code left of the labels' text, '01' before 'Gemeente Berkelland', is no figure)
    first_data = next((k for k, (_top, chunks, _index) in enumerate(lines)
                       if any(is_figure(c[2]) and not is_year_text(c[2]) and not (n == 0 and len(chunks) > 1 and _code(
                           c[2]) and c[1] < text_left) for n, c in enumerate(chunks))), len(lines))
    # the first line of figures takes the text lines above it only up to the line of the columns' titles (the last
    # line before it with text over the figures): a first row's label set at the top of its row prints between
    # that line and its figures; with no such line, titles and labels cannot be told apart, and nothing joins
    # (on a page a table goes on to, with no header repeated, the lines above its first figures are its rows: a label
    # at the top of the page's first row, '14 Provincie Gelderland (Wet' over 'natuurbescherming)' and its figures)
    header_end = max((k for k in range(first_data) if any(c[1] > figures_left for c in lines[k][1])),
                     default=-1 if continued else None)
    spacing = sorted(b[0] - a[0] for a, b in zip(lines, lines[1:]))
    usual = spacing[len(spacing) // 2] if spacing else 0

    def label_at_top(line) -> tuple[list, list] | None:
        """The code and the text chunks of a line of text only, a code left of the labels' text before its text,
        that text starting where the labels' text starts or left of it (after a code, anywhere: the page's labels
        with figures on their line may be its subtotals', set left of the lines'); None for any other line."""
        chunks = line[1]
        lead = chunks[:1] if len(chunks) > 1 and chunks[0][1] < text_left and (
            _code(chunks[0][2]) or _LINE_CODE.fullmatch(chunks[0][2].strip())) else []
        rest = chunks[len(lead):]
        if not rest or any(is_figure(c[2]) or c[2].strip() in DASHES for c in rest) or \
                not lead and rest[0][0] > text_left + 2:
            return None
        return lead, rest

    joined = list(lines)
    tops: dict[int, float] = {}
    i = len(joined) - 1
    while i >= first_data:
        bound = first_data if i > first_data else header_end
        if bound is None:
            break
        top, chunks, index = joined[i]
        figures = [k for k, c in enumerate(chunks) if is_figure(c[2]) or c[2].strip() in DASHES]
        first_figure = next((k for k in figures if not (k == 0 and _code(chunks[0][2]) and chunks[0][1] < text_left)),
                            None)
        if first_figure is None:
            i -= 1
            continue
        # (a line's code left of the labels' text, '11b', is no label of its own either)
        codes = [c for c in chunks[:first_figure]
                 if is_figure(c[2]) or c[1] < text_left and _LINE_CODE.fullmatch(c[2].strip())]
        # (a text in a column of figures, 'n.v.t.' where the first column has no figure, is no label of the line)
        own = [c for c in chunks[:first_figure] if not any(c is code for code in codes) and c[0] < label_end]
        cells = [c for c in chunks[:first_figure] if not any(c is code for code in codes) and c[0] >= label_end]
        above = []
        lead: list = []   # the code of the row, printed on its label's line
        j = i - 1
        # (a tall row's label set at its top, its figures at the foot a line under it, may have its code before it
        # on its line, '01' 'Gemeente Berkelland' or '13' 'Provincie Gelderland (VTH-taken' over 'bedrijven)' and
        # the figures; a (sub)total's label set left of the lines' labels, 'Subtotaal gemeenten' over its figures,
        # when the line of figures has no label of its own and stands a line under it)
        row_label = label_at_top(joined[j]) if j > bound and not text_only(joined[j]) else None
        if row_label is not None and not row_label[0] and (own or top - joined[j][0] > 1.6 * usual):
            row_label = None
        if j > bound and (text_only(joined[j]) or row_label is not None) and \
                joined[j][1][-1][1] < chunks[first_figure][0] and (
                not own or (abs(own[0][0] - (row_label[1][0][0] if row_label else text_left)) <= 2
                            and wrapped(joined[j], own[0]) and not own[0][2][:1].isupper())):
            if row_label is not None:
                lead = row_label[0]
                above.append((joined[j][0], row_label[1], joined[j][2]))
            else:
                above.append(joined[j])
            j -= 1
            while j > bound and text_only(joined[j]) and wrapped(joined[j], above[-1][1][0]) and \
                    joined[j][1][-1][1] < chunks[first_figure][0]:
                above.append(joined[j])
                j -= 1
        if above:
            above.reverse()
            texts = [c for line in above for c in line[1]] + own
            label = (texts[0][0], max(c[1] for c in texts), " ".join(c[2] for c in texts))
            joined[j + 1:i + 1] = [(top, lead + codes + [label] + cells + chunks[first_figure:], index)]
            tops[index] = above[0][0]
            i = j + 1
        i -= 1
    # a label going on under its figures, as a wrapped cell set at its top prints it ('Taak 2 Algemene gezondheidszorg
    # en' beside its figures, 'infectieziektebestrijding' on the line under them): the lines of text under it that go
    # on in lower case where its text stopped as wrapped text stops take part in its label (a heading starts with a
    # capital), each a line under the one before (no empty row between); the row ends at the last of them
    bottoms: dict[int, float] = {}
    i = first_data
    while i < len(joined) - 1:
        top, chunks, index = joined[i]
        first_figure = next((k for k, c in enumerate(chunks) if (is_figure(c[2]) or c[2].strip() in DASHES)
                             and not (k == 0 and _code(c[2]) and c[1] < text_left)), None)
        own = [c for c in chunks[:first_figure] if not is_figure(c[2])] if first_figure else []
        # (after the line's code: 'N03' 'Rwzi Franeker (incl. voorbehandeling industrieel' over 'afvalwater)')
        lead = own[:1] if len(own) > 1 and own[0][1] < text_left and _LINE_CODE.fullmatch(own[0][2].strip()) else []
        own = own[len(lead):]
        below = []
        # (after a code, the label's text may start elsewhere than the page's labels with figures: its next lines
        # start where it does)
        start = own[0][0] if own and lead else text_left
        if own and abs(own[0][0] - start) <= 2:
            last, last_top = own, top
            j = i + 1
            while j < len(joined) and text_only(joined[j], start) and _goes_on(joined[j][1][0][2]) and \
                    joined[j][0] - last_top <= 1.6 * usual and wrapped((None, last), joined[j][1][0]) and \
                    joined[j][1][-1][1] < chunks[first_figure][0]:
                below.append(joined[j])
                last, last_top = joined[j][1], joined[j][0]
                j += 1
        if below:
            codes = [c for c in chunks[:first_figure] if is_figure(c[2])]
            texts = own + [c for line in below for c in line[1]]
            label = (texts[0][0], max(c[1] for c in texts), " ".join(c[2] for c in texts))
            joined[i:i + 1 + len(below)] = [(top, lead + codes + [label] + chunks[first_figure:], index)]
            bottoms[index] = below[-1][0]
        i += 1
    return joined, tops, bottoms


def _left_set(columns: list[list[float]], lines, is_figure) -> list[list[float]]:
    """Neighbouring columns that are one column of figures set left in their cells (codes typed as text, 'Schaal' 8
    | 14): the figures of both start at one left edge, and no line has a figure in both."""
    def figures(column) -> list[tuple[int, tuple]]:
        return [(k, c) for k, (_top, chunks, _index) in enumerate(lines) for c in chunks
                if is_figure(c[2]) and column[0] - 3 <= c[1] <= column[1] + 3]

    merged: list[list[float]] = []
    for column in columns:
        if merged:
            before, here = figures(merged[-1]), figures(column)
            starts = [c[0] for _k, c in before + here]
            if before and here and max(starts) - min(starts) <= 1 and \
                    not {k for k, _c in before} & {k for k, _c in here}:
                merged[-1] = [merged[-1][0], column[1], min(merged[-1][2], column[2])]
                continue
        merged.append(column)
    return merged


def _place_ends(columns: list[list[float]], lines, is_figure) -> list[float]:
    """Where each column's place ends (the next one's starts), for its title: at its figures' right edge, as figures
    are set right in their cells; but a column of figures set left (codes typed as text, 'Schaal' 14 | 8 | 11: their
    left edges agree, their right edges do not) has its cell, and its title, right of them: its place ends halfway
    to the next column's figures."""
    ends = [high for _low, high, _left in columns]
    for i, (low, high, _left) in enumerate(columns[:-1]):
        figures = [c for _top, chunks, _index in lines for c in chunks
                   if is_figure(c[2]) and low - 3 <= c[1] <= high + 3]
        if len(figures) >= 2 and max(c[0] for c in figures) - min(c[0] for c in figures) <= 1 and \
                max(c[1] for c in figures) - min(c[1] for c in figures) >= 2:
            ends[i] = (high + columns[i + 1][2]) / 2
    return ends


def _opening_run(lines, is_figure, repeated) -> list:
    """The lines a page opens with, each holding a figure, after any header row `repeated` from the page before:
    where a table carried on from the page before goes on."""
    run = []
    for line in lines:
        if not run and repeated(line[1]):
            continue
        if not any(is_figure(c[2]) for c in line[1]):
            break
        run.append(line)
    return run


def _continued_columns(columns: list[list[float]], previous: list[list[float]]) -> list[list[float]]:
    """A page's columns, or the previous page's when the page continues its table without some of them (a
    column filled only on total lines, 'Telfout totaal', has no figure on a page of members): every column of
    this page stands where one of the previous page's stood, so each figure keeps its column's number."""
    if not columns or len(columns) >= len(previous):
        return columns
    if all(any(low - 3 <= c[1] and c[0] <= high + 3 for low, high, _left in previous) for c in columns):
        return previous
    return columns


def _margin_heading(chunks, label_left: float) -> bool:
    """A line of one text at the labels' margin: a title, or a section heading ('1 Veiligheid')."""
    return len(chunks) == 1 and chunks[0][0] <= label_left + 1


def _rejoined_titles(chunks, columns, size: float, is_figure, places=None) -> tuple[list, dict[int, list[int]]]:
    """A header line's titles above the columns' own titles, two texts a word's space apart joined into one when
    together they stand centred over a run of columns, the first ending at the edge of a column inside it (where the
    line was cut into texts) and the second at no column's edge: a title centred over several columns ('Aantal
    huishoudens (gemiddeld)' over Totaal | Buren | Culemborg | Tiel | West Betuwe) whose word happens to end where a
    column's figures end was read as two texts there ('Aantal' 'huishoudens (gemiddeld)'), each heading the columns
    it stands over ('Aantal Buren', 'huishoudens (gemiddeld) Culemborg') and none the others. Also the columns each
    joined title heads (by chunk id): the smallest run it is centred over (`_title_spans`)."""
    out = list(chunks)
    spans: dict[int, list[int]] = {}
    k = 0
    while k + 1 < len(out):
        a, b = out[k], out[k + 1]
        joined = (a[0], b[1], a[2] + " " + b[2])
        # (cut where the first ends at a column's edge, inside the run, the second set right over no column: a title
        # set right in its cell ends where the column's figures do, to a point; a word of a title centred over six
        # columns may end a point or two short of one by chance, 'Schooljaar 2024/2025' over Luxe ... waarvan
        # proces-verbaal, its '2024/2025' 2,4 points left of the edge of the fourth)
        edge = next((n for n, c in enumerate(columns) if abs(a[1] - c[1]) <= 2.5), None)
        runs = [(i, j) for i, j in _title_spans(joined, columns, places, centred=True)
                if j > i and edge is not None and i <= edge < j]
        if not is_figure(a[2]) and not is_figure(b[2]) and 0 <= b[0] - a[1] < 0.45 * size and runs and \
                not any(abs(b[1] - c[1]) <= 1 for c in columns):
            out[k:k + 2] = [joined]
            i, j = runs[0]
            spans[id(joined)] = list(range(i, j + 1))
        else:
            k += 1
    return out, spans


def _column_places(columns, own_lefts: Mapping[int, float]) -> list[float | None]:
    """Per column where its place starts when that is not the previous column's right edge, else None: for the first
    column, and for one after a blank column (a spacer between two groups: nothing printed between the previous
    column's figures and its own title and figures, a gap twice the usual one or more), a usual gap before the first
    thing printed in it (its title or its widest figure)."""
    if not columns:
        return []
    firsts = [min(c[2], own_lefts.get(i, c[2])) for i, c in enumerate(columns)]
    gaps = [firsts[i] - columns[i - 1][1] for i in range(1, len(columns))]
    usual = sorted(gaps)[len(gaps) // 2] if gaps else None
    places: list[float | None] = [None] * len(columns)
    if usual is None or usual <= 0:
        return places
    places[0] = firsts[0] - usual
    for i in range(1, len(columns)):
        if gaps[i - 1] >= 2 * usual and gaps[i - 1] - usual >= 8:
            places[i] = firsts[i] - usual
    return places


def _title_spans(chunk, columns, places=None, centred: bool = False) -> list[tuple[int, int]]:
    """The runs of columns (first, last) a title in a header row above the columns' own titles may be merged over,
    smallest first: runs whose place (from the previous column's right edge to the last one's) holds the title,
    which it is centred in, or set against its left or right edge and reaching into the place of the column at the
    other end. (The first column's place starts a usual
    column's width before its right edge: where the labels end is not known for sure, a '-' in the first column
    stands before the line's first figure.) A title that stands so over no run is centred over the run it is
    centred over when the first column's place starts where `places` (`_column_places`) has it: a usual gap before
    what is printed in it, for the first column and one after a blank spacer column ('2025' centred over Leden |
    Uitleningen | Fysieke bezoeken, a narrow empty column between them and the 2024 group: measured from the 2024
    group's last figures, it stood over none, and the 2024 group's title was given to the 2025 Leden column too).
    `centred`: only the runs it is centred over."""
    x0, x1, _text = chunk
    highs = [c[1] for c in columns]
    if not highs:
        return []
    widths = sorted(b - a for a, b in zip(highs, highs[1:]))
    width = widths[len(widths) // 2] if widths else highs[0] - columns[0][2] + 10

    def runs(lefts, centred_only: bool) -> list[tuple[int, int]]:
        found = []
        for i in range(len(columns)):
            for j in range(i, len(columns)):
                left, right = lefts[i], highs[j]
                if x0 < left - 3 or x1 > right + 3:
                    continue
                centred = abs((x0 + x1) / 2 - (left + right) / 2) <= 4
                # (set against an edge, it reaches into the place of the column at its other end: a title
                # left-aligned in its own cell, 'Saldo' over '1 januari', heads no columns further right)
                against_left = -1 <= x0 - left <= 6 and x1 > lefts[j] and not centred_only
                against_right = abs(x1 - right) <= 2 and x0 < highs[i] and not centred_only
                if centred or against_left or against_right:
                    found.append((i, j))
        return sorted(found, key=lambda span: (span[1] - span[0], span[0]))

    lefts = [highs[0] - width] + highs[:-1]
    found = runs(lefts, centred)
    if not found:
        # (figures centred in their cells, narrow columns under titles rotated upright: a column's place is not
        # from the previous one's right edge to its own, its middle is its figures'; 'Afgehandeld' centred over five
        # of ten such columns is centred between the middles of the first and the last of them. Measured from
        # right edges it stood over none, and fell back on all ten)
        # (centred over several such runs, it heads the columns its rule, the border under it, is drawn over)
        middles = [(c[2] + c[1]) / 2 for c in columns]
        found = [(i, j) for i in range(len(columns)) for j in range(i + 1, len(columns))
                 if abs((x0 + x1) / 2 - (middles[i] + middles[j]) / 2) <= 4 and middles[i] <= x0 and x1 <= middles[j]]
        rule = getattr(_text, "rule", None)
        if rule and found:
            found = [(i, j) for i, j in found if rule[0] <= middles[i] and middles[j] <= rule[1] and
                     (i == 0 or middles[i - 1] < rule[0]) and (j == len(columns) - 1 or middles[j + 1] > rule[1])]
        found.sort(key=lambda span: (span[1] - span[0], span[0]))
    if not found and places and any(p is not None for p in places):
        found = runs([left if place is None else place for left, place in zip(lefts, places)], True)
    return found


def _group_spans(chunks, columns, own_titles: Mapping[int, str], places=None) -> dict[int, list[int]]:
    """For the titles of one header line above the columns' own titles (by chunk id), the columns each heads: a
    title merged over several columns heads them all. Its place alone leaves a choice where columns are as wide as
    each other (centred 'Lasten' is as much over the middle two of four as over all four): the titles then head the
    runs that give no two columns the same name with their own titles, whose own titles repeat from group to group
    (Lasten | Baten each over Primitieve begroting, Begroting na wijziging, Rekening, Verschil), that leave no column
    between them without a title, else the smallest. A title over one column only is left out (its column is found
    as any title's)."""
    if not columns or len(chunks) > 8:
        return {}
    options = [(chunk, _title_spans(chunk, columns, places)[:6]) for chunk in chunks]
    options = [(chunk, spans) for chunk, spans in options if spans]
    if not any(j > i for _chunk, spans in options for i, j in spans):
        return {}
    best, best_score = None, None

    def walk(k: int, chosen: list[tuple[int, int]]) -> None:
        nonlocal best, best_score
        if k == len(options):
            names = {}
            for (chunk, _spans), (i, j) in zip(options, chosen):
                for c in range(i, j + 1):
                    names[c] = chunk[2]
            named = [f"{names.get(c, '')} {own_titles[c]}" for c in own_titles]
            groups = {tuple(own_titles.get(c, "") for c in range(i, j + 1)) for i, j in chosen}
            between = range(min(i for i, _j in chosen), max(j for _i, j in chosen) + 1) if chosen else range(0)
            score = (len(named) - len(set(named)), len(groups), sum(1 for c in between if c not in names),
                     sum(1 for c, title in names.items() if c in own_titles and _stand_under_movements(title, own_titles[c])),
                     -sum(j - i for i, j in chosen))
            if best_score is None or score < best_score:
                best, best_score = list(chosen), score
            return
        for i, j in options[k][1]:
            if all(j < a or i > b for a, b in chosen):
                walk(k + 1, chosen + [(i, j)])

    walk(0, [])
    if best is None:
        return {}
    return {id(chunk): list(range(i, j + 1)) for (chunk, _spans), (i, j) in zip(options, best) if j > i}


_DAY = re.compile(r"\b\d{1,2}[-/.]\d{1,2}([-/.]\d{2,4})?\b|\b\d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|"
                  r"september|oktober|november|december)\b", re.I)


def _stand_under_movements(group: str, own: str) -> bool:
    """A group title of the movements ('Mutaties 2025', 'Wijzigingen') over a stand on a day ('Stand 1-1-2025',
    'Saldo 31 december 2025', 'Boekwaarde'): a stand is no movement. Such a title, merged and centred over
    Toevoeging | Onttrekking, is as centred over the stands on either side of them: those it does not head (the
    workbook's titles have them beside it). A title of the whole year, 'Boekjaar 2025', may head the stands too."""
    return is_change(normal(group)) and (bool(_DAY.search(own)) or normal(own).startswith(("stand", "boekwaarde")))


def _spanned(chunk, columns, label_right: float, others=()) -> list[int]:
    """The columns whose place (from the previous column's right edge to its own) a title overlaps by more
    than a few points, but for a column whose place another title of the line (`others`) overlaps more: that title
    stands over it, this one only juts into it ('Jaar besluit', wider than its narrow cell, a few points into the
    place of the 'Krediet' beside it); two titles side by side never head one column."""
    x0, x1, _text = chunk

    def overlap(title, start: float, high: float) -> float:
        return min(title[1], high + 2) - max(title[0], start)

    found = []
    for i, (low, high, left) in enumerate(columns):
        start = columns[i - 1][1] if i else max(label_right, left - 20)
        mine = overlap(chunk, start, high)
        if mine > 4 and not any(other is not chunk and overlap(other, start, high) > mine for other in others):
            found.append(i)
    return found


def _all_years(chunks, english: bool) -> bool:
    values = [_figure(c[2], english) for c in chunks]
    return all(v is not None and 1900 <= v[0] <= 2100 and v[0] == int(v[0]) for v in values)


def _before_first_figure(chunks, is_figure) -> list:
    """The text chunks of a line with figures that come before its first figure (its label). A chunk after
    the first that starts with a figure is a figure with a text set tight against it ('-629.085,43' 'in
    centen' in a form row): the label ends before it. (Figures set tight against figures, '-1 0 -1' in a table
    printed small, are no such text.) A line without a figure has no label to end: a title such as '31 december
    2024' among column titles is no figure with a text set tight against it. A dash after the label is a nil figure
    left-aligned or centred in its cell (Excel's default for a '-' typed as text): the label ends before it, or it
    would be read into the label and take the column's title with it ('2024 Taak')."""
    if not any(is_figure(chunk[2]) for chunk in chunks):
        return []
    before = []
    for position, chunk in enumerate(chunks):
        words = chunk[2].split()
        if is_figure(chunk[2]) or (position and chunk[2].strip() in DASHES) or \
                (position and is_figure(words[0]) and any(w[:1].isalpha() for w in words[1:])):
            return before
        before.append(chunk)
    return []
