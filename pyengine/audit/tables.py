"""Find tables on a grid of cells and check the additive relations they are meant to satisfy (pure: no files).

A grid is what a reader (xlsx or PDF) made of one sheet or one document: cells by (row, column), each
with its text and, where it is a figure, its exact value. Nothing here knows a layout: tables are
runs of rows separated by empty rows (a run without titles of its own continues the one above); a
table's lines (rows, and, transposed, its columns) are folded by the rules of rules.py (their list,
RULES, and the resolver choosing among their candidates); the questions asked after the walk ('breakdown',
'unexplained', 'balance': rules.Ask) are answered through the same resolver (rules.answer); what was chosen
becomes relations and findings.

Where to look: rules.py (the relations), _audit_run (one table: headers, units, findings), _find_plugs
(Afronding lines), _workbook_facts (hidden, typed, text), _check_years, _balance_sheet.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Mapping
from decimal import Decimal

from ..i18n import _, ngettext
from ..i18n import number as number_text
from ..core.cells import column_index
from ..render.formula import column_letter
from .model import (MARKED as _MARKED, MARKERS, SHORT_CODE, Candidate, Cell, Finding, Grid, Line, Relation, Table,
                    beside_the_names, line_key, normal, read_dutch_number, rounding_allowance, short_codes, wordy)
from .blame import blame
from .changes import changes_between
from .running import running_totals
from .rules import (MAX_PARTS, RULES, TITLE_UNITS, title_unit, WAARVAN_WORDS, Ask, _compare, _expected, _heads, _names, amended, gross_lines,
                    amended_column, answer, balance_first, best_reading, breakdowns, formula_parts, is_balance,
                    is_change, is_labelled, label_formulas, names_a_movement, result_label, said_saldo, stand_chain_starts, sub_lines,
                    totalish)
from .rules import misread, nested_years

__all__ = ["MARKERS", "RULES", "Cell", "Finding", "Grid", "Line", "Relation", "Table", "audit_grid", "normal",
           "read_dutch_number", "totalish"]

ZERO = Decimal(0)
YEAR_MIN, YEAR_MAX = 1900, 2100
# A column whose own title starts so is a part of the column before it (not 'inclusief': 'Inclusief btw' after
# 'Exclusief btw' and 'Btw' is their total)
PART_OF_THE_COLUMN_BEFORE = tuple(word for word in WAARVAN_WORDS if word != "inclusief")
# Labels that head the column of line labels: beside years, the row is the table's header, never a line.
HEADER_LABELS = ("regel", "regels", "omschrijving", "post", "posten", "jaar", "boekjaar", "programma", "taakveld",
                 "product", "onderdeel", "gemeente", "gemeenten", "deelnemer", "deelnemers", "lasten en baten")
PLUG_WORDS = ("afronding", "afrondingsverschil", "afrondingen", "afrondingsverschillen", "afgerond verschil")
WEAK_PLUG_WORDS = ("verschil", "correctie", "aansluiting", "sluitpost", "overig", "diversen", "restant", "rest")
# Column headers naming figures that do not add up down a table (ranks, distances, rates, corrections), nor
# across it: an exact (unrounded) share printed beside the rounded one is its check, not a part of a sum.
NON_ADDITIVE = ("afstand", "afwijking", "rang", "rest", "correctie", "telfout", "tarief", "prijs", "index",
                "quotum", "schaalfactor", "per uur", "uurtarief", "weken", "nr", "nummer", "gemiddeld", "gemiddelde",
                "ratio", "kengetal", "per inwoner",
                "per huishouden", "per hoofd", "procentuele", "exact", "exacte", "onafgerond", "onafgeronde",
                # costs per unit of what is served ('Kosten per v.e. (€)': a waterschap's per vervuilingseenheid)
                "per v e", "per i e", "per vervuilingseenheid", "per inwonerequivalent", "per eenheid", "per woning",
                "per aansluiting", "per leerling", "per fte")


# Words of a change: a column of them given in '%' is no sum
GROWTH_WORDS = ("mutatie", "verschil", "wijziging", "ontwikkeling", "afwijking", "groei", "stijging", "toename",
                "afname", "daling")


def _not_additive(header: str) -> bool:
    """'Uurtarief', 'Rang van de rest': a word of NON_ADDITIVE (or a phrase of it) in the header; 'Groei %',
    'Mutatie %', 'Verschil in %': a change given as a percentage. (A change in amounts adds up: a staat van reserves'
    'Toename' and 'Afname' columns, their totals and each reserve's stand chain, are checked.)"""
    text = normal(header)
    words = text.split()
    if "%" in text and any(w in words for w in GROWTH_WORDS):
        return True
    return _names_one_of(text, NON_ADDITIVE)


def _names_one_of(text: str, phrases) -> bool:
    """A word of `phrases` among the words of the (normalised) title, or a phrase of several words in it."""
    words = text.split()
    return any((w in words) if " " not in w else (w in text) for w in phrases)


# Words of a column title that make its figures no amounts, though a line's label may use them ('looptijd' in 'Vaste
# schulden met een rentetypische looptijd van een jaar of langer'): a staat van leningen's term and rate columns.
NON_ADDITIVE_COLUMNS = ("looptijd", "rentepercentage", "rentevoet", "rente %", "rente in %", "interest")


def _not_additive_column(header: str, figures: list[Decimal]) -> bool:
    """A column title of NON_ADDITIVE or NON_ADDITIVE_COLUMNS ('Looptijd (jaren)', 'Rentepercentage'), or one naming
    a year ('Jaar van afsluiting') over figures that are all years: no sum of its lines."""
    if _not_additive(header):
        return True
    text = normal(header)
    if _names_one_of(text, NON_ADDITIVE_COLUMNS):
        return True
    words = text.split()
    # a number or code that names the line ('Projectnr.', 'Volgnummer', 'Kredietcode'): no amount
    if any(w.endswith(("nr", "nummer", "code")) for w in words):
        return True
    # years on every line under a title naming a year or a date ('Jaar besluit', 'Raadsbesluit', 'Jaar gereed',
    # 'Ingangsdatum'): the year of a besluit or of an end, never an amount
    return bool(figures) and (_names_one_of(text, ("jaar", "jaartal", "year"))
                              or any(stem in w for w in words for stem in YEAR_TITLE_STEMS)) and \
        all(is_year(f) for f in figures)


# Stems of a column title that, over years on every line, say the column holds the years of events
YEAR_TITLE_STEMS = ("jaar", "besluit", "datum", "gereed", "oplevering", "afsluiting", "ingang", "einde", "aanvang",
                    "start")


# Words that say a column holds percentages: shares ('Aandeel'), ratios ('Realisatie in procenten'), never amounts
PERCENT_WORDS = ("procent", "procenten", "procentueel", "procentuele", "percentage", "percentages", "pct")
EURO_WORDS = {"euro", "eur", "(euro)", "(eur)", "bedrag", "bedragen"}


# A rate written in a column title, a number of one or two digits with its '%' ('Assurantiebelasting 21%', 'BTW 9 %',
# 'Opslag 2,5%'); never a year's '2026 %'
RATE_IN_TITLE = re.compile(r"(?<![\d.,])\d{1,2}(?:[.,]\d+)?\s?%")


def _rate_of_amounts(header: str, numbers: list[Cell]) -> bool:
    """A column of amounts computed at a rate its title names ('Assurantiebelasting 21%': the tax in euros): every
    '%' of the title follows such a rate, no figure carries a '%' and one lies beyond 100, which no share or ratio of
    a line would. Its '%' is the rate's, not the unit of its figures: the column adds up like any amount."""
    rates = RATE_IN_TITLE.findall(header)
    return (bool(rates) and len(rates) == header.count("%") and not any(cell.unit == "%" for cell in numbers)
            and any(abs(cell.number) > 100 for cell in numbers))


def _percentage_column(header: str, figures: list[Cell]) -> bool:
    """A column of percentages, which no rule sums (shares within the line above, ratios: their total is not
    their sum; shares that add up to 100 prove nothing of the amounts): by its header, a '%' or a word of
    PERCENT_WORDS in it ('% van totaal', 'Realisatie in %', 'Verschil in procenten'), or 'aandeel' over figures
    no larger than 100 and no euro named ('Aandeel' 12,5; not 'Aandeel gemeente' in euros, nor 'Aandeel (euro)');
    or by its figures, two at least and every one not 0 formatted as percent in the workbook or printed with '%'
    (a PDF)."""
    words = normal(header).split()
    numbers = [cell for cell in figures if cell.number is not None and cell.number != 0]
    if _rate_of_amounts(header, numbers):
        return False
    if "%" in normal(header) or any(w in PERCENT_WORDS for w in words):
        return True
    euro = "€" in header or bool(EURO_WORDS & set(words))
    if "aandeel" in words and not euro and numbers and all(abs(cell.number) <= 100 for cell in numbers):
        return True
    return len(numbers) >= 2 and all(cell.unit == "%" for cell in numbers)


def _sections(rows, by_row, heading_rows, header_rows, data_rows) -> dict[int, str]:
    """The section ('lasten', 'baten' or '') each line of the table stands in, by the titles above it: a heading or
    a title under the column titles naming the lasten or the baten opens one; a heading naming neither (or both)
    closes it."""
    section_of: dict[int, str] = {}
    current = ""
    headings_at, lines_at = set(heading_rows), set(data_rows)   # (sets: a table of 20,000 lines)
    titles = headings_at | set(header_rows)
    for r in rows:
        if r in titles:  # (a section title may stand under the column titles)
            words = set(normal(" ".join(cell.text for cell in by_row.get(r, {}).values())).split())
            current = "" if {"lasten", "baten"} <= words else "lasten" if "lasten" in words else \
                "baten" if "baten" in words else current if r not in headings_at else ""
        elif r in lines_at:
            section_of[r] = current
    return section_of


def _printed_or_marked(marked: dict[tuple[int, int], tuple[Cell, Decimal]], cells, numeric_cols: list[int],
                       headers: dict[int, str], data_rows: list[int], section_of: dict[int, str]) -> dict[int, str]:
    """How to read each verschil column whose figures have a V/N beside them (`marked`: the figure read with the V/N
    as its sign, voordeel positive, and its value as printed), right after a begroting and a realisatie column:
    'printed' where the figures as printed make it realisatie - begroting (or begroting - realisatie) on every line
    alike, the V/N only repeating their direction (a lasten's overschrijding printed 155 N, a baten's 455 V);
    'marked' where their size with the V/N as the sign makes it the voordeel (the lasten's begroting - realisatie,
    the baten's realisatie - begroting; one way on every line where the table has no lasten and baten sections);
    'neither' where neither reading holds on most lines. The reading holding on more lines is taken, the printed
    one on a tie (the figures then read as printed: a finding's expected figure has the sign the table prints)."""
    readings: dict[int, str] = {}
    for c in sorted({q for (__, q) in marked}):
        k = numeric_cols.index(c) if c in numeric_cols else -1
        if k < 2 or not normal(headers.get(c, "")).startswith(("verschil", "afwijking")) or \
                not normal(headers[numeric_cols[k - 1]]).startswith(("realisatie", "rekening", "werkelijk")):
            continue
        begroting, realisatie = numeric_cols[k - 2], numeric_cols[k - 1]
        printed_of = {r: printed for (r, q), (cell, printed) in marked.items() if q == c and cells.get((r, q)) is cell}
        lines = []   # (section, begroting, realisatie, as printed, with the V/N as sign)
        for r in data_rows:
            figures = [cells[(r, q)].number if (r, q) in cells else None for q in (begroting, realisatie, c)]
            if None not in figures:
                lines.append((section_of.get(r, ""), figures[0], figures[1], printed_of.get(r, figures[2]), figures[2]))
        sectioned = [line for line in lines if line[0]]
        if sectioned:
            lines = sectioned
            as_marked = sum(1 for section, b, real, __, v in lines
                            if v == (b - real if section == "lasten" else real - b))
        else:
            as_marked = max(sum(1 for __, b, real, __, v in lines if v == sign * (real - b)) for sign in (1, -1))
        if len(lines) < 2:
            continue
        as_printed = max(sum(1 for __, b, real, p, __ in lines if p == sign * (real - b)) for sign in (1, -1))
        if as_printed >= as_marked and 2 * as_printed > len(lines):
            readings[c] = "printed"
        elif as_marked > as_printed and 2 * as_marked > len(lines):
            readings[c] = "marked"
        else:
            readings[c] = "neither"
    return readings
def _shares_across(numeric_cols: list[int], percent_cols: set[int], headers: dict[int, str], data_rows: list[int],
                   numbers, units) -> set[int]:
    """Columns of percentages that split each line over its categories, and the column of their total: a percent
    column titled as a total (`totalish`: 'Totaal') right after two percent columns or more (the run of percent
    columns before it), none of their figures negative, the total 100% on every line (100, or 1 in a workbook's
    percent cell), or the run's figures making the total on every line but one (two at least). Shares of a whole,
    each line's: the total is their sum. Never a ratio: a %-change or an Aandeel % beside amounts is one percent column
    alone, not titled as a total; a total of averaged rates is no sum of its line's parts. The run and its total, or
    nothing."""
    found: set[int] = set()
    for k, total in enumerate(numeric_cols):
        if total not in percent_cols or not totalish(normal(headers[total])):
            continue
        run = []
        for c in reversed(numeric_cols[:k]):
            if c not in percent_cols or totalish(normal(headers[c])):
                break
            run.insert(0, c)
        rows = [r for r in data_rows if total in numbers(r)]
        if len(run) < 2 or len(rows) < 2 or any(numbers(r).get(c, 0) < 0 for r in rows for c in run):
            continue
        whole = all(numbers(r)[total] == 100 or numbers(r)[total] == 1 and units(r).get(total) == "%" for r in rows)
        made = sum(1 for r in rows if sum(numbers(r).get(c, Decimal(0)) for c in run) == numbers(r)[total])
        if whole or (made >= 2 and made >= len(rows) - 1):
            found |= {*run, total}
    return found


def _difference_of_two_before(c: int, numeric_cols: list[int], data_rows: list[int], numbers, reach: int = 2,
                              between: int = 0, least: int = 2, telling: bool = False) -> bool:
    """The column's figures are the difference of two of the `reach` columns just before it with `between` columns
    or more between them, either way round, in `least` rows at least and in three quarters of the rows that show
    all three (not all 0). The two just before it (reach 2, side by side, two rows): an 'Afwijking' after
    'Begroting na wijziging' and 'Realisatie' is that verschil (one figure altered in it leaves the others to say
    so), not a check column of deviations ('Afwijking b+w-bijgesteld', the absolute miss of a rounding, which is no
    such difference). Two of the four before it apart (reach 4, a column between them, three rows): an 'Afwijking'
    after 'Begroot saldo' | Opbrengsten | Lasten | 'Saldo' is Saldo - Begroot saldo, the realisatie's lines between
    them. Of the columns of its own year (`_difference_of_its_year`: those given, any two, three rows; `telling`:
    the `least` rows counted only where no figure of the three is 0, as x - 0 = x and x - x = 0 hold of any columns)."""
    k = numeric_cols.index(c)
    before = numeric_cols[max(0, k - reach):k]
    for i, first in enumerate(before):
        for second in before[i + 1 + between:]:
            # (rows of 0 in all three prove nothing either way)
            rows = [(f[first] - f[second], f[c], f[first] and f[second] and f[c]) for r in data_rows
                    if first in (f := numbers(r)) and second in f and c in f and (f[first] or f[second] or f[c])]
            for sign in (1, -1):
                holding = sum(1 for difference, value, __ in rows if sign * difference == value)
                told = sum(1 for difference, value, none_0 in rows if sign * difference == value and none_0)
                if (told if telling else holding) >= least and holding * 4 >= len(rows) * 3:
                    return True
    return False


def _difference_of_its_year(c: int, numeric_cols: list[int], data_rows: list[int], numbers,
                            titles: Mapping[int, str]) -> bool:
    """The column's figures are the difference of two columns before it whose titles name its year, wherever they
    stand (`_difference_of_two_before` over those, three rows): 'Nog in te vullen 2029' = 'Taakstelling 2029' -
    'Ingevuld 2029' with Ingevuld 2026-2028 between them; a 'Restant 2025', 'Nog te besteden 2025', 'Beschikbaar
    2025. of a budget and its besteed part (the last year a title names is its year)."""
    year = year_in(titles[c])
    k = numeric_cols.index(c)
    same = [b for b in numeric_cols[:k] if year is not None and year_in(titles[b]) == year]
    return len(same) >= 2 and _difference_of_two_before(c, [*same, c], data_rows, numbers, reach=len(same),
                                                        least=3, telling=True)


def _signed_combination_of_those_before(c: int, numeric_cols: list[int], data_rows: list[int],
                                        numbers, plain: bool = False) -> tuple[tuple[int, int], ...] | None:
    """The column's figures are a signed combination, signs mixed, of the three or four columns just before it, in
    three rows at least and in every row that shows them all (not all 0) but one: a 'Verwacht resultaat' after
    'Boekwaarde 31-12', 'Nog te maken kosten' and 'Nog te realiseren opbrengsten' is opbrengsten - kosten -
    boekwaarde (one figure altered leaves the other rows to say so). Strict: a coincidence holds in few rows.
    With `plain` (a column whose title calls it no total), also the plain sum of the two columns just before it, as
    strictly: 'Kapitaallasten 2026' after 'Afschrijving 2026' and 'Rente 2026' (a column called a total is asked as
    one by the walk). Returns those columns with their signs, or None."""
    k = numeric_cols.index(c)
    if plain and k >= 2:
        before = numeric_cols[k - 2:k]
        rows = [(f[before[0]] + f[before[1]], f[c]) for r in data_rows
                if all(b in (f := numbers(r)) for b in before) and c in f and (any(f[b] for b in before) or f[c])]
        if len(rows) >= 4 and sum(1 for made, value in rows if made == value) >= len(rows) - 1:
            return ((before[0], 1), (before[1], 1))
    for width in (3, 4):
        if k < width:
            return None
        before = numeric_cols[k - width:k]
        rows = [([f[b] for b in before], f[c]) for r in data_rows
                if all(b in (f := numbers(r)) for b in before) and c in f and (any(f[b] for b in before) or f[c])]
        if len(rows) < 4:
            return None
        for signs in itertools.product((1, -1), repeat=width):
            if len(set(signs)) < 2:
                continue   # (a plain sum is a total, asked as one)
            if any(signs[i] > 0 > signs[j] and all(figures[i] == figures[j] for figures, __ in rows)
                   for i in range(width) for j in range(width)):
                continue   # (x - x adds nothing: flat years, 2028 = 2025 + 2026 - 2027, are no combination)
            holding = sum(1 for figures, value in rows if sum(s * v for s, v in zip(signs, figures)) == value)
            if holding >= 3 and holding >= len(rows) - 1:
                return tuple(zip(before, signs))
    return None


# Words of a column title naming figures that are no amounts, though they stand among amounts: a rate, a term, a
# count, a progress; over figures whose totals are no sums (`_averaged_columns`) the column is left unchecked
RATE_TITLE_WORDS = ("rente", "rentepercentage", "looptijd", "aantal", "fte", "voortgang", "gereed", "realisatiegraad",
                    "score", "dekkingsgraad", "bezettingsgraad")


def _averaged_columns(cols: list[int], data_rows: list[int], numbers, is_total) -> dict[int, dict[int, list[int]]]:
    """Columns among amounts whose totals are no sums of their lines: a total's lines all with a figure from 0 to 100
    (a rate, a share, a count), two different ones at least, and the total's figure between the smallest and the
    largest of them and short of their sum (a sum of two positive figures or more exceeds each: an average rate, the
    share done of the whole). A total's lines: the last lines before it (since the total before it) that a column
    of larger amounts sums exactly on the same total line, or all the lines above it; all those where no column does
    (a line deleted); each of them with a figure above 100 in a column of larger amounts. Returns each such column
    with its total rows, each with its lines."""
    found: dict[int, dict[int, list[int]]] = {}
    large = [c for c in cols if any(abs(numbers(r).get(c, 0)) > 100 for r in data_rows)]
    totals_at = [k for k, r in enumerate(data_rows) if is_total(r)]
    for c in cols:
        if c in large or not [q for q in large if q != c] or not totals_at:
            continue
        figures = [(v, is_total(r)) for r in data_rows if (v := numbers(r).get(c)) is not None]
        if not figures or not all(0 <= v <= 100 for v, __ in figures):
            continue
        rows: dict[int, list[int]] = {}
        for n, k in enumerate(totals_at):
            at = numbers(data_rows[k])
            value = at.get(c)
            if value is None:
                continue
            since = data_rows[totals_at[n - 1] + 1:k] if n else data_rows[:k]
            above = [r for r in data_rows[:k] if not is_total(r)]
            lines = None
            for q in (q for q in large if q != c and q in at):
                running = Decimal(0)
                for j in range(len(since) - 1, -1, -1):
                    running += numbers(since[j]).get(q, Decimal(0))
                    if running == at[q] and len(since) - j >= 2:
                        lines = since[j:]
                        break
                if lines is None and sum(numbers(r).get(q, Decimal(0)) for r in above) == at[q]:
                    lines = above
                if lines is not None:
                    break
            parts = [numbers(r)[c] for r in lines or above if c in numbers(r)]
            # (beside larger amounts on every one of its lines: figures of another kind)
            if any(max((abs(v) for q, v in numbers(r).items() if q in large), default=0) <= 100
                   for r in lines or above) or len(set(parts)) < 2 or not 0 < value <= max(parts) or not min(parts) <= value < sum(parts):
                rows = {}
                break
            rows[data_rows[k]] = lines or above
        if rows:
            found[c] = rows
    return found


# Words of a column title naming a count (of staff, of things): its total is their sum, as an amount's is; and words
# that make it a rate or an average of one ('Gem. aantal', 'Kosten per fte')
COUNT_TITLE_WORDS = ("aantal", "fte", "formatie")
AVERAGE_TITLE_WORDS = ("gem", "gemiddeld", "gemiddelde", "gemiddelden")


def _decimals(value: Decimal) -> int:
    return max(0, -value.normalize().as_tuple().exponent)


def _a_mean_of(value: Decimal, c: int, lines: list[int], numbers) -> bool:
    """The total's figure `value` is the average of its lines' figures in column c, plain or weighted by another
    column (a figure above 0 on each of those lines), to less than the figure's last printed digit (rounded or cut
    off): what an average's total prints ('Gem. schaal' 9,4 over fte-weighted scales 8 to 11)."""
    rows = [numbers(r) for r in lines if c in numbers(r)]
    if not rows:
        return False
    digit = Decimal(1).scaleb(-_decimals(value))
    means = [sum(f[c] for f in rows) / len(rows)]
    for q in set.intersection(*(set(f) for f in rows)) - {c}:
        weights = [f[q] for f in rows]
        if all(w > 0 for w in weights):
            means.append(sum(f[c] * f[q] for f in rows) / sum(weights))
    return any(abs(mean - value) < digit for mean in means)


def _a_count_that_sums(title: str, c: int, totals: dict[int, list[int]], numbers) -> bool:
    """A column of `_averaged_columns` that is a count after all, its total a sum gone wrong (a Totaal fte of 2,5 for
    12,5): its title names a count ('Aantal', 'Aantal fte', 'Formatie (fte)'), no rate, term or average of one
    ('Gem. aantal', 'Kosten per fte'), and each total among its lines is no average of them (`_a_mean_of`), printed
    as they are (no more decimals), over counts (none negative, two decimals at most: people or fte). A total that is
    an average, or a title that says nothing, leaves the column unchecked or NOT verified (never a finding)."""
    words = set(re.findall(r"[a-z]+", normal(title)))
    rates = [w for w in RATE_TITLE_WORDS if w not in COUNT_TITLE_WORDS]
    if not words & set(COUNT_TITLE_WORDS) or words & {*AVERAGE_TITLE_WORDS, "per"} or \
            _names_one_of(normal(title), rates):
        return False
    for r, lines in totals.items():
        value = numbers(r)[c]
        parts = [numbers(q)[c] for q in lines if c in numbers(q)]
        decimals = max(_decimals(v) for v in parts)
        if any(v < 0 for v in parts) or decimals > 2 or _decimals(value) > decimals or \
                _a_mean_of(value, c, lines, numbers):
            return False
    return True


def is_year(value: Decimal | None) -> bool:
    return value is not None and value == value.to_integral_value() and YEAR_MIN <= value <= YEAR_MAX


def _under_a_year_title(cells: Mapping[tuple[int, int], Cell], col: int) -> bool:
    """A title naming the year ('Jaar', 'Jaartal') heads the column, or the labels' left of it, on a line above its
    figures that shows no figure but years: the column's figures are the years of its lines."""
    first = min((r for (r, c), cell in cells.items() if c == col and cell.number is not None), default=0)
    titles = [cell for (r, c), cell in cells.items() if r < first and c <= col and cell.number is None
              and not any(other.number is not None and not is_year(other.number)
                          for (q, _c), other in cells.items() if q == r)]
    return any(_names_one_of(normal(cell.text), ("jaar", "jaartal", "year")) for cell in titles)


def _year_run(years: list[Decimal]) -> bool:
    """Years that head columns: at least two different ones, spanning no more than twice their number
    (2025 2026 2028 2027, or 2026 2026 2026 2027 2027 2027 in groups), not a row of weights."""
    distinct = set(years)
    return len(distinct) >= 2 and max(distinct) - min(distinct) <= 2 * len(distinct)


YEAR = re.compile(r"(?<!\d)(19\d\d|20\d\d|2100)(?!\d)")


def years_in(text: str) -> list[int]:
    """Every year a text names, in order ('Schooljaar 2024/2025': 2024, 2025)."""
    return [int(year) for year in YEAR.findall(text or "")]


def year_in(text: str) -> int | None:
    found = years_in(text)
    return found[-1] if found else None


def plugish(label: str) -> bool:
    return any(word in label for word in PLUG_WORDS)


_rounding_allowance = rounding_allowance


def find_tables(grid: Grid) -> list[tuple[int, int]]:
    """(first row, last row) of every run of non-empty rows."""
    rows = sorted({r for r, __ in grid.cells})
    runs, start, previous = [], None, None
    for r in rows:
        if start is None:
            start = r
        elif r != previous + 1:
            runs.append((start, previous))
            start = r
        previous = r
    if start is not None:
        runs.append((start, previous))
    return runs


def audit_grid(grid: Grid, first_table_number: int = 1) -> list[Table]:
    tables = []
    scale = ""
    rows = _cells_by_row(grid)
    for first, last, gaps in _join_runs(grid, find_tables(grid), rows):
        run = _cells_of(rows, first, last)
        text = " ".join(c.text for c in run.values() if c.number is None)
        plain = text.lower().replace(" ", "").replace("\u00a0", "")
        if re.search(r"x(€|eur|euro)1(\.000\.000|mln|miljoen)", plain):
            scale = "x EUR 1.000.000"
        elif re.search(r"x(€|eur|euro)1\.?000(?![\d.])", plain):
            scale = "x EUR 1.000"
        placed, run = _labels_read_left(grid, run)
        table = _audit_run(placed, first, last, first_table_number + len(tables), scale, gaps, run)
        if table is not None:
            tables.append(_unlabelled(placed, table, run))
    return _balance_sheet(grid, tables)


def _labels_right(run: Mapping[tuple[int, int], Cell]) -> tuple[int, int] | None:
    """(the column of the lines' labels, the first column of figures) when the labels stand LAST, right of the
    figures ('Begroting 2025 | Realisatie 2025 | Verschil | Omschrijving'): no line holds text left of its figures or
    between them, every line its text in that one column right of them, and the first column of figures is no
    numbering (its figures rising line by line: a Nr. column, a grootboeknummer, is the lines' code). None
    otherwise: the labels stand left, as a table prints them."""
    lines: dict[int, dict[int, Cell]] = {}
    for (r, c), cell in run.items():
        lines.setdefault(r, {})[c] = cell
    lines = {r: row for r, row in lines.items() if any(cell.number is not None for cell in row.values())}
    if len(lines) < 2:
        return None
    figures = {c for row in lines.values() for c, cell in row.items() if cell.number is not None}
    texts = {c for row in lines.values() for c, cell in row.items()
             if cell.number is None and cell.text.strip() and cell.text.strip() not in DASHES}
    if len(texts) != 1 or min(texts) < max(figures):
        return None
    labels, first = min(texts), min(figures)
    if not all(labels in row and row[labels].number is None for row in lines.values()):
        return None
    down = [row[first].number for r, row in sorted(lines.items()) if first in row and row[first].number is not None]
    if len(down) >= 2 and all(a < b for a, b in zip(down, down[1:])):
        return None
    return labels, first


def _labels_read_left(grid: Grid, run: dict[tuple[int, int], Cell]) -> tuple[Grid, dict[tuple[int, int], Cell]]:
    """The run read with its labels left of its figures when it prints them last (`_labels_right`): the label
    column placed before the first column, each cell keeping its own place on the sheet ('D5'). A title over no
    figures left of the first column of figures, that column untitled, is its title (a PDF sets the first title,
    'Begroting 2025', right-aligned over its figures, in the margin the labels would take)."""
    found = _labels_right(run)
    if found is None:
        return grid, run
    labels, first = found
    figure_rows = {r for (r, __), cell in run.items() if cell.number is not None}
    above = min(figure_rows)
    moved = dict(run)
    for (r, c), cell in run.items():
        if r < above and c < first and (r, first) not in run and \
                not any((q, c) in run for q in figure_rows) and cell.text.strip():
            moved[(r, first)] = moved.pop((r, c))
    to = min(c for __, c in moved) - 1
    for (r, c) in [at for at in moved if at[1] == labels]:
        moved[(r, to)] = moved.pop((r, c))
    cells = {at: cell for at, cell in grid.cells.items() if at not in run}
    cells.update(moved)
    merged = {m for m in grid.merged if labels not in range(m[1], m[3] + 1)}
    return dataclasses.replace(grid, cells=cells, merged=merged), moved


# A printed table with this many lines of figures and no line labels, and nothing checked in it, is NOT verified.
UNLABELLED_LINES = 3


def _unlabelled(grid: Grid, table: Table, run: dict[tuple[int, int], Cell]) -> Table:
    """A PDF's table with lines of figures but no labels (the columns of a wide table printed on the next page,
    without its label column): no total of it can be told, so nothing in it was checked, and the verdict must
    not say it adds up: it is listed as NOT verified (axis 'table'), with its page and its lines of figures."""
    if not grid.is_pdf or table.relations or table.unverified:
        return table
    figures: dict[int, bool] = {}
    leftmost: dict[int, int] = {}
    for (r, c), cell in run.items():
        leftmost[r] = min(c, leftmost.get(r, c))
    for (r, c), cell in run.items():
        if c == 1 and cell.number is None and cell.text.strip():
            figures[r] = False  # a label
        elif c == leftmost[r] and re.fullmatch(r"(19|20)\d\d", cell.text.strip()):
            figures[r] = False  # a year heading its line (Invoer: 2026 | -21.076,44 | ...)
        elif cell.number is not None and not cell.header:
            figures.setdefault(r, True)
    count = sum(1 for unlabelled in figures.values() if unlabelled)
    if count < UNLABELLED_LINES or count * 2 < len(figures):
        return table
    # (where: the place of its first such line, as a finding's: 'page 2, line 2')
    where = grid.place(min(r for r, unlabelled in figures.items() if unlabelled), 2)
    reason = _("{count} lines of figures without labels (columns continued from the previous page?): "
               "not checked").format(count=number_text(count))
    return dataclasses.replace(table, unverified=(*table.unverified, (where, "table", reason)))


BALANCE_SIDES = ("totaal activa", "totaal passiva")


def _balance_sheet(grid: Grid, tables: list[Table]) -> list[Table]:
    """A balans balances: the 'balance' question, asked of 'Totaal passiva' beside 'Totaal activa' (in one table
    or in two on the same sheet or PDF) and answered through the one resolver by the rule 'balans': equal in
    every column both show. The tables, the one with 'Totaal passiva' replaced by a new record that adds the
    relation (and its findings)."""
    activa = next((t.sides["totaal activa"] for t in tables if "totaal activa" in t.sides), None)
    at = next((i for i, t in enumerate(tables) if "totaal passiva" in t.sides), None)
    if activa is None or at is None:
        return tables
    table = tables[at]
    (a_label, a_figures), (p_label, p_figures) = activa, table.sides["totaal passiva"]
    shared = [h for h in p_figures if h in a_figures]
    if not shared:
        return tables
    # both totals by the passiva's columns (the activa may stand in another table, in other columns)
    row = p_figures[shared[0]][1]
    header_of = {p_figures[h][2]: h for h in shared}
    passiva = Line(row, p_label, {p_figures[h][2]: p_figures[h][0] for h in shared})
    other = Line(a_figures[shared[0]][1], a_label, {p_figures[h][2]: a_figures[h][0] for h in shared})
    candidate = answer(Ask("balance", passiva, (other,)))
    if candidate is None:
        return tables
    # (a side that fails its own lines there is the figure wrong: 'Totaal activa' transposed is found at it, and
    # 'Totaal passiva', which its lines make, is not blamed for it)
    a_table = next(t for t in tables if "totaal activa" in t.sides)
    a_row = a_figures[shared[0]][1]
    a_wrong = {(f.row, f.col) for f in a_table.findings if f.kind == "sum"}
    p_wrong = {(f.row, f.col) for f in table.findings if f.kind == "sum"}
    own_error = {p_figures[h][2] for h in shared
                 if (a_row, a_figures[h][2]) in a_wrong and (row, p_figures[h][2]) not in p_wrong}
    findings = [Finding(grid.name, table.number, grid.place(row, q), p_label, header_of[q],
                        _("{total} = {other} (the balance sheet does not balance)").format(total=p_label,
                                                                                         other=a_label),
                        "sum", candidate.expected(q), passiva.values[q], passiva.values[q] - candidate.expected(q),
                        row, q) for q in candidate.failed if q not in own_error]
    return [*tables[:at], dataclasses.replace(table, relations=(*table.relations, candidate.relation("row")),
                                              findings=(*table.findings, *findings)), *tables[at + 1:]]


def _cells_by_row(grid: Grid) -> dict[int, dict[tuple[int, int], Cell]]:
    """The grid's cells row by row: a table's cells are then gathered without a pass over the whole grid."""
    rows: dict[int, dict[tuple[int, int], Cell]] = {}
    for (r, c), cell in grid.cells.items():
        rows.setdefault(r, {})[(r, c)] = cell
    return rows


def _cells_of(rows: dict[int, dict[tuple[int, int], Cell]], first: int, last: int) -> dict[tuple[int, int], Cell]:
    run: dict[tuple[int, int], Cell] = {}
    for r in range(first, last + 1):
        run.update(rows.get(r, {}))
    return run


def _join_runs(grid: Grid, runs: list[tuple[int, int]], rows: dict | None = None) -> list[tuple[int, int, set[int]]]:
    """A run after one or two empty rows that has no column titles of its own and figures only in the
    columns of the run before it continues that table ('Totaal baten', an empty row, then 'Saldo van
    baten en lasten'): (first, last, the empty rows inside)."""
    joined: list[tuple[int, int, set[int]]] = []
    previous_figures: set[int] = set()
    header: set[int] = set()   # the columns the run before titles, when it is only a header row (no figures)
    titled: set[int] = set()   # the columns the table's header rows title (a column of dashes above: no figures)
    rows = _cells_by_row(grid) if rows is None else rows
    for first, last in runs:
        run = _cells_of(rows, first, last)
        # (a year alone on its row heads a block of lines: '2027' over a staat van reserves' second year, printed
        # under the first year's block with the same columns; neither a figure nor a column title, wherever it
        # stands: a PDF shows a year typed as a number right-aligned, over the first column of figures)
        per_row: dict[int, list[Cell]] = {}
        for (r, __), cell in run.items():
            per_row.setdefault(r, []).append(cell)
        year_rows = {r for r, row in per_row.items() if len(row) == 1 and (
            is_year(row[0].number) or re.fullmatch(r"(19|20)\d\d", row[0].text.strip()))}
        figures = {c for (r, c), cell in run.items() if cell.number is not None and r not in year_rows}
        # (a dash printed for nothing, '-', titles no column)
        # (nor does a check's outcome, TRUE or FALSE: a line 'Sluitend' under the saldo it judges)
        # (nor does a section's number, '1' or '6.7' beside its name on a heading row of a list of taakvelden:
        # it stands in the column of the lines' codes, under the table's titles, and titles no column)
        # (nor does text on a line's row, beside its figures (a Toelichting), or a word alone on its row under the
        # run's first figures: a line's wrapped word a PDF shows apart, 'dienstverlening' of '1 Bestuur en
        # dienstverlening' in a Programma column too narrow for it, printed into a column of figures; a row of
        # column titles has two texts or more and no figure but a year)
        first_figures = min((r for (r, __), cell in run.items() if cell.number is not None and r not in year_rows),
                            default=last + 1)
        wrapped = {r for r, row in per_row.items() if (r > first_figures and len(row) == 1) or any(
            cell.number is not None and not is_year(cell.number) for cell in row)}
        # (nor does a line answered in words, 'Gaat u effecten verkopen (ja/nee)?' 'nee' 'nee' 'nee' in the columns
        # of figures: a line of the table, as a figure would be, no row of column titles)
        wrapped |= {r for r in per_row if _answered_in_words(rows[r])}
        titles = {c for (r, c), cell in run.items() if cell.number is None and cell.text.strip()
                  and cell.text.strip() not in DASHES + CHECK_VALUES and r not in year_rows
                  and not _SECTION_CODE.fullmatch(cell.text.strip()) and r not in wrapped}
        first_row = [cell.number for (r, __), cell in run.items() if r == first and cell.number is not None]
        years_first = len(first_row) >= 2 and all(is_year(v) for v in first_row)
        # figures in the columns of the run before, or in a column its header titles where it printed only dashes
        # (a staat van reserves: 'Vermindering ter dekking van afschrijvingen' '-' for the algemene reserves, a
        # figure for a bestemmingsreserve after the empty row)
        continues = joined and figures and figures & previous_figures and figures <= previous_figures | titled \
            and not titles & (previous_figures | titled) and first - joined[-1][1] <= 3 and not years_first
        # a header row of column titles, one or two empty rows (as a printed table's PDF shows one gap), then the
        # lines whose figures all stand under those titles ('Programma | Begroting 2024 | Realisatie 2024 |
        # Verschil', an empty row, 'Lasten', ...): one table; three empty rows or more: separate, as before
        header_before = header if joined and header and figures and figures <= header \
            and first - joined[-1][1] <= 3 and not years_first else set()
        continues = continues or bool(header_before) or _closing_totals(run, figures, previous_figures,
                                                                          bool(joined))
        header = _header_columns(run) if not figures else set()
        if continues:
            start, __, gaps = joined[-1]
            joined[-1] = (start, last, gaps | set(range(joined[-1][1] + 1, first)))
        else:
            joined.append((first, last, set()))
            previous_figures, titled = set(), set()
        previous_figures |= figures
        # (the column of the lines' labels is titled too, 'Nr. | Omschrijving | 2024 | ...' with a column of codes
        # left of it: the labels of the next block, after an empty row, stand under that title as its lines do)
        # (and so after a header run of its own: 'Nr. | Omschrijving | Begroting 2026 | ...' merged down over an
        # empty second header row, an empty row under it to a PDF or a sheet's reader, then the first block: the
        # column its lines label is no titled column of figures, and the next block's heading in it, after an empty
        # row, is no new header)
        labels = _label_columns(run)
        titled = (titled | _titled_columns(run) - figures) - labels
    return joined


def _closing_totals(run: dict[tuple[int, int], Cell], figures: set[int], previous_figures: set[int],
                    after_a_table: bool) -> bool:
    """A run of total lines only (each labelled a total: 'Totaal baten'), figures only in the columns of the table
    above: they close that table, however many empty rows lie between. The shorter side of a T-account (Baten beside
    a longer Lasten) prints its total on the row of the other side's, several empty rows under its own lines."""
    # (only under lines of figures in those columns: a 'Totaal' of zeros under an input form's empty lines, its
    # header's columns titled but not filled in, is no table's total)
    if not after_a_table or not figures or not figures <= previous_figures:
        return False
    labels: dict[int, list[str]] = {}
    for (r, __), cell in run.items():
        if cell.number is None and cell.text.strip():
            labels.setdefault(r, []).append(cell.text.strip())
    return bool(labels) and len(labels) == len({r for r, __ in run}) and \
        all(totalish(line_key(" ".join(texts))) for texts in labels.values())


def _titled_above(cells: Mapping[tuple[int, int], Cell], header_rows: list[int], r: int, c: int) -> bool:
    """Column c has a title of its own in a header row above row r."""
    return any((h, c) in cells and cells[(h, c)].text.strip() for h in header_rows if h < r)


DASHES = ("-", "\u2013", "\u2014")
# a header cell's line ending in a dash right after a letter ('Watersysteem-' over 'beheer') or a year ('Verschil 2025-'
# over '2024'): a word or a range of years broken at its dash, joined without a space
_BROKEN_AFTER_DASH = re.compile(r"(?<=[^\W\d_])-[ \t]*\r?\n\s*(?=[^\W\d_])"
                                r"|(?<=(?<!\d)(?:19|20)\d\d)-[ \t]*\r?\n\s*(?=(?:19|20)\d\d(?!\d))")
# 'p.m.' (pro memorie: an amount not yet known) written as the Dutch write it ('P.M.', 'pm')
PRO_MEMORIE = frozenset(("pm", "p.m.", "p.m"))
# The short words a line's figure cells may hold instead of a figure: an answer ('ja', 'nee'), 'n.v.t.' (not applicable),
# 'p.m.', 'nihil'
ANSWER_WORDS = frozenset(("ja", "nee", "nvt", "n.v.t", "n.v.t.", "nihil", "geen", *PRO_MEMORIE, "nb",
                          "n.b.", "n.b", "n/a", "x"))


def _code_columns(label_cols: list[int], figure_rows: list[int], by_row: Mapping[int, Mapping[int, Cell]]) -> set[int]:
    """The columns among the label columns that hold only short codes from a small set on the lines with figures
    (`model.short_codes`), right of a column of labels (words, `model.wordy`): an I/S (incidenteel or structureel) or
    V/N column is a column of its own, not part of the label. Not a column of codes left of the labels (a Ref. or Nr.,
    'A', 'B' lettering the lines: part of the label), nor of signs ('+', '-/-': `model.label_sign` reads them from
    the label's end), nor of numbers or codes with digits ('6.71')."""
    found: set[int] = set()
    for k, c in enumerate(label_cols):
        # (a row of years over the columns is the header: its 'I/S' titles the column)
        texts = [by_row[r][c].text.strip() for r in figure_rows if c in by_row.get(r, {}) and by_row[r][c].text.strip()
                 and not all(is_year(cell.number) for cell in by_row[r].values() if cell.number is not None)]
        words_left = any(b in by_row.get(r, {}) and wordy(by_row[r][b].text)
                         for b in label_cols[:k] for r in figure_rows)
        if words_left and short_codes(texts):
            found.add(c)
    return found


# the signs a column of signs between the labels and the figures holds: added, taken off, the result of the lines above
SIGN_MARKS = frozenset(("+", "-", "\u2212", "\u2013", "=", "-/-", "+/+", "+/-", "-/+"))


def _sign_columns(label_cols: list[int], figure_rows: list[int], by_row: Mapping[int, Mapping[int, Cell]]) -> set[int]:
    """The columns among the label columns right of a column of labels (words, `model.wordy`) that hold only signs
    ('+', '-', '=', '-/-') on the lines with figures, on two lines or more: a column of signs between the labels and
    the figures. Its sign is read with the label (`model.label_sign` reads it from the label's end) but is no part of
    the line's name: a finding names 'Schoonmaak', not 'Schoonmaak -'."""
    found: set[int] = set()
    for k, c in enumerate(label_cols):
        texts = [by_row[r][c].text.strip() for r in figure_rows if c in by_row.get(r, {}) and by_row[r][c].text.strip()]
        words_left = any(b in by_row.get(r, {}) and wordy(by_row[r][b].text)
                         for b in label_cols[:k] for r in figure_rows)
        if words_left and len(texts) >= 2 and all(text.replace(" ", "") in SIGN_MARKS for text in texts):
            found.add(c)
    return found


def _group_columns(label_cols: list[int], figure_rows: list[int], by_row: Mapping[int, Mapping[int, Cell]]) -> set[int]:
    """The columns among the label columns, left of a column of names (words, `model.wordy`), whose words on the
    lines with figures repeat one value down each group of lines: two groups or more, each of two lines or more, each
    value in one group only (a flat export's 'Regio' beside its 'Gemeente', repeated on every line of the regio;
    the group's total, 'Totaal Rivierenland', may leave it empty). The group's name, no part of each line's."""
    found: set[int] = set()
    for k, c in enumerate(label_cols[:-1]):
        named = [r for r in figure_rows if c in by_row.get(r, {}) and by_row[r][c].text.strip()]
        if not named or not all(any(b in by_row[r] and wordy(by_row[r][b].text) for b in label_cols[k + 1:])
                                for r in named):
            continue
        values = [normal(by_row[r][c].text) for r in named]
        runs = [(value, len(list(group))) for value, group in itertools.groupby(values)]
        if len(runs) >= 2 and len({value for value, __ in runs}) == len(runs) and \
                all(n >= 2 and wordy(value) for value, n in runs):
            found.add(c)
    return found


# a sign printed at a label's end, a space before it ('Schoonmaak -', 'Exploitatieresultaat =')
_SIGN_AT_END = re.compile(r"(?<=\S)\s+(?:[-+=\u2212\u2013]|[-+]\s*/\s*[-+])$")


def _signs_at_ends(labels: list[str]) -> bool:
    """Every line's label ends in a sign ('+', '-', '=', '-/-'), three lines or more: a column of signs printed
    beside the labels that a PDF's line reads as the label's last word (`_sign_columns` where it is a column)."""
    return len(labels) >= 3 and all(_SIGN_AT_END.search(text) for text in labels)


def _side_columns(label_cols: list[int], figure_rows: list[int], by_row: Mapping[int, Mapping[int, Cell]],
                  code_cols: set[int]) -> set[int]:
    """The columns among the label columns right of the lines' names that are no part of their labels
    (`model.beside_the_names`: a Nr. column right of the label, a 'Doel' or 'Toelichting' of long text): each line's
    name is what the label columns left of it give (a code left of the name, 'Nr. | Omschrijving', stays part of it).
    A total's name typed in that column, the columns left of it empty on its row ('Subtotaal Centrum' in a 'Type'
    column of 'AC 22 kW', 'snellader'), is that row's label, no text beside a name: the column is judged by the
    other lines."""
    found: set[int] = set()
    rows = [r for r in figure_rows
            if not all(is_year(cell.number) for cell in by_row.get(r, {}).values() if cell.number is not None)]
    for k, c in enumerate(label_cols):
        if not k:
            continue
        lines = []
        for r in rows:
            row_cells = by_row.get(r, {})
            if c in row_cells and row_cells[c].text.strip():
                name = " ".join(row_cells[b].text.strip() for b in label_cols[:k] if b in row_cells
                                and b not in found and b not in code_cols).strip()
                if not name and totalish(line_key(row_cells[c].text)):
                    continue
                lines.append((name, row_cells[c].text))
        if beside_the_names(lines):
            found.add(c)
    return found


def _spacing(gaps: set[int], data_rows: list[int], heading_rows: list[int]) -> set[int]:
    """The empty rows of a table printed with an empty row under every line (double spacing, a half-height row
    after each): wherever two lines of figures follow each other with no heading between them, an empty row stands
    between them, on two such pairs at least. Then an empty row alone is spacing, no end of a block: a group's
    lines, and its total under them, stay one block (its one line left, the total after it is still theirs). Two
    empty rows or more together still end a block, as a heading does."""
    if not gaps:
        return set()
    headings = set(heading_rows)
    pairs = [(a, b) for a, b in zip(data_rows, data_rows[1:]) if not any(h in headings for h in range(a + 1, b))]
    if len(pairs) < 2 or not all(any(g in gaps for g in range(a + 1, b)) for a, b in pairs):
        return set()
    return {g for g in gaps if g - 1 not in gaps and g + 1 not in gaps}


def _years_beside_the_names(year_cols: list[int], label_cols: list[int], figure_rows: list[int],
                            by_row: Mapping[int, Mapping[int, Cell]]) -> set[int]:
    """The columns of years that are no amounts (each line's year, all different: `_audit_run` reads them among the
    label columns) standing right of the lines' names: on every line where the column shows a year, a name of words
    left of it, each line's its own (a Bouwjaar beside 'Veegmachine Schmidt (VZ-441-T)'). A column of facts about
    the line, no word of its name: a finding names the vehicle, not 'Veegmachine Schmidt (VZ-441-T) 2018'. Years
    with no name left of them (a table of years down its first column) stay the lines' labels."""
    found: set[int] = set()
    for c in year_cols:
        names = []
        for r in figure_rows:
            row_cells = by_row.get(r, {})
            if c in row_cells and row_cells[c].number is not None:
                names.append(" ".join(row_cells[b].text.strip() for b in label_cols if b < c and b in row_cells
                                      and b not in found and row_cells[b].text.strip()))
        if len(names) >= 2 and len(set(names)) == len(names) and all(wordy(name) for name in names):
            found.add(c)
    return found


# Words of a column title naming what is short or left over, a result of the columns before it
SHORTFALL_WORDS = ("tekort", "overschot")


def _names_a_shortfall(title: str) -> bool:
    """A word of the (normalised) title is, or ends with, a tekort or overschot: 'Exploitatie-tekort',
    'Exploitatietekort', 'Overschot'."""
    return any(w.endswith(SHORTFALL_WORDS) for w in title.split())


def _categories(label_cols: list[int], figure_rows: list[int], by_row: Mapping[int, Mapping[int, Cell]]
                ) -> dict[int, str]:
    """The lines' categories, by a column of categories right of the lines' names (a 'Doelgroep' of Jeugd |
    Volwassenen, an 'Onderwijssoort'): a column among the label columns, not the first, whose texts on the lines with
    figures are words (no codes), four lines or more, two kinds to six, each on two lines or more, at most half as
    many kinds as lines: {row: its category, normalised}. Empty where no column is such (the first found)."""
    for c in label_cols[1:]:
        texts = {r: by_row[r][c].text.strip() for r in figure_rows if c in by_row.get(r, {})
                 and by_row[r][c].number is None and by_row[r][c].text.strip()}
        kinds: dict[str, int] = {}
        for text in texts.values():
            kinds[normal(text)] = kinds.get(normal(text), 0) + 1
        if len(texts) >= 4 and 2 <= len(kinds) <= 6 and 2 * len(kinds) <= len(texts) and \
                all(n >= 2 for n in kinds.values()) and all(wordy(text) for text in texts.values()) and \
                all(any(b in by_row[r] and by_row[r][b].text.strip() for b in label_cols if b < c) or
                    any(b in by_row.get(q, {}) and by_row[q][b].text.strip() for q in figure_rows if q < r
                        for b in label_cols if b < c) for r in texts):
            return {r: normal(text) for r, text in texts.items()}
    return {}


def _named_categories(lines: list[Line], unchecked: list[Line]) -> dict[int, str]:
    """The lines' categories where their labels carry them: what the totals left unexplained name after their total's
    word ('Totaal jeugd': 'jeugd'), each the whole label ('Jeugd', a PDF printing a vestiging's name merged over its
    two lines between them, on a line of its own) or the end of the label ('Gemeente Aa Basisonderwijs', the name and
    the category column printed as one text) of two lines or more, two such categories at least, and those lines
    two thirds or more of the lines above the last such total that are not called a total: {row: its category}."""
    kinds = {total.key.split(" ", 1)[1] for total in unchecked if totalish(total.key) and " " in total.key}
    kinds = {kind for kind in kinds if wordy(kind)}
    if len(kinds) < 2:
        return {}
    last = max(total.index for total in unchecked)
    plain = [line for line in lines if line.index < last and line.key and not is_labelled(line.key, False)]
    found: dict[int, str] = {}
    for line in plain:
        named = [kind for kind in kinds if line.key == kind or line.key.endswith(f" {kind}")]
        if len(named) == 1:
            found[line.index] = named[0]
    counts: dict[str, int] = {}
    for kind in found.values():
        counts[kind] = counts.get(kind, 0) + 1
    if sum(1 for n in counts.values() if n >= 2) < 2 or 3 * len(found) < 2 * len(plain):
        return {}
    return found


def _lines_of_its_category(total: Line, lines: list[Line], categories: Mapping[int, str]) -> tuple[Line, ...]:
    """The lines above a total (called a total, with no category of its own) whose label names one category of the
    table's column of categories and no other ('Totaal jeugd': 'jeugd'), that have that category, after the last line
    above naming it the same way (an earlier 'Totaal jeugd' closes the earlier ones); two or more, else none."""
    if not categories or total.index in categories or not totalish(total.key):
        return ()
    words = f" {total.key} "
    named = [kind for kind in set(categories.values()) if f" {kind} " in words]
    if len(named) != 1:
        return ()
    kind = named[0]
    above = [line for line in lines if line.index < total.index]
    start = max((line.index for line in above if line.index not in categories and f" {kind} " in f" {line.key} "
                 and totalish(line.key)), default=-1)
    parts = tuple(line for line in above if line.index > start and categories.get(line.index) == kind)
    return parts if len(parts) >= 2 else ()


def _answered_in_words(row: Mapping[tuple[int, int], Cell]) -> bool:
    """A row with a label (and its code: '11a') and, right of it, only short words that stand for a figure
    (ANSWER_WORDS), figures or dashes, a word at least: 'Gaat u effecten verkopen (ja/nee)?' | nee | nee | nee is a line
    of the table. One answer throughout ('nee' in every year): a row titling columns 'Ja' and 'Nee' is a header."""
    cells = [cell for __, cell in sorted(row.items(), key=lambda item: item[0][1])]
    first = next((k for k, cell in enumerate(cells) if cell.number is None and _answer(cell.text) in ANSWER_WORDS), None)
    if not first or not any(cell.number is None and re.search(r"[^\W\d_]{2}", cell.text) for cell in cells[:first]):
        return False
    if len({_answer(cell.text) for cell in cells[first:] if _answer(cell.text) in ANSWER_WORDS}) > 1:
        return False
    return all(cell.number is not None or _answer(cell.text) in ANSWER_WORDS or cell.text.strip() in DASHES
               for cell in cells[first:])


def _answer(text: str) -> str:
    """A short word as ANSWER_WORDS has it: ' N.v.t. ' -> 'n.v.t.'."""
    return text.strip().lower().replace(" ", "")
_SECTION_CODE = re.compile(r"\d{1,2}(\.\d{1,2})*\.?")
CHECK_VALUES = ("TRUE", "FALSE")  # a boolean cell as xlsx.py reads it


def _sheet_column(cell: Cell, c: int) -> int:
    """The column a cell stands in on its sheet: its reference's ('D5': 4), else where it is read."""
    letters = re.match(r"[A-Z]+", cell.ref)
    return column_index(letters.group()) if letters else c


def _label_columns(run: dict[tuple[int, int], Cell]) -> set[int]:
    """The columns of text on lines with figures: the lines' labels, their codes, a toelichting (not a column of
    figures, nor a dash printed for nothing where no figure is)."""
    by_row: dict[int, list[Decimal]] = {}
    for (r, __), cell in run.items():
        if cell.number is not None:
            by_row.setdefault(r, []).append(cell.number)
    # (a row whose only figures are years is a header row: 'Regel | 2021 | 2022 | Jaar 5', as `_titled_columns`)
    with_figures = {r for r, values in by_row.items() if len(values) < 2 or not all(is_year(v) for v in values)}
    figures = {c for (r, c), cell in run.items() if cell.number is not None and r in with_figures}
    return {c for (r, c), cell in run.items() if r in with_figures and c not in figures and cell.number is None
            and cell.text.strip() and cell.text.strip() not in DASHES + CHECK_VALUES}


def _titled_columns(run: dict[tuple[int, int], Cell]) -> set[int]:
    """The columns rows without figures title with two texts or more (a header row), right of the first. A row
    whose only figures are years is a header row too ('Regel | 2021 | 2022 | Jaar 5': the last year's column not
    yet named, hidden, still titled)."""
    by_row: dict[int, set[int]] = {}
    figures: dict[int, list[Decimal]] = {}
    for (r, __), cell in run.items():
        if cell.number is not None:
            figures.setdefault(r, []).append(cell.number)
    figure_rows = {r for r, values in figures.items() if len(values) < 2 or not all(is_year(v) for v in values)}
    for (r, c), cell in run.items():
        if r not in figure_rows and cell.text.strip():
            by_row.setdefault(r, set()).add(c)
    return {c for columns in by_row.values() if len(columns) >= 2 for c in columns if c > min(columns)}


def _header_columns(run: dict[tuple[int, int], Cell]) -> set[int]:
    """The columns a run without figures titles: its last row with two titles or more (the label column's own,
    'Programma', may be empty), under which at most one row follows, holding one text (a section title,
    'Lasten'); empty otherwise (a title, a line of text; an input form's lines not yet filled in)."""
    by_row: dict[int, set[int]] = {}
    for (r, c), cell in run.items():
        if cell.text.strip():
            by_row.setdefault(r, set()).add(c)
    header = max((r for r, titled in by_row.items() if len(titled) >= 2), default=None)
    if header is None:
        return set()
    under = [r for r in by_row if r > header]
    if len(under) > 1 or any(len(by_row[r]) > 1 for r in under):
        return set()
    return by_row[header]


def _staggered(numeric_cols: list[int], header_rows: list[int], data_rows: list[int],
               cells: dict[tuple[int, int], Cell]) -> dict[int, list[int]]:
    """Staggered columns: a column with a title (a year merged over two columns, '2025' over B:C), then the columns
    right of it that no header row titles, no line showing figures in two of them: the lines' figures in the titled
    column, each total in a column right of its lines (a kasstroomoverzicht's 'Totaal kasstroom uit ...', a balans's
    'Totaal vaste activa', a staat's subtotals): {titled column: the columns it heads}."""
    def titled(c: int) -> bool:
        return any((r, c) in cells and cells[(r, c)].text.strip() for r in header_rows)

    groups: dict[int, list[int]] = {}
    for k, c in enumerate(numeric_cols):
        group = list(itertools.takewhile(lambda q: not titled(q), numeric_cols[k + 1:]))
        if not titled(c) or not group:
            continue
        shown = [r for q in (c, *group) for r in data_rows if (r, q) in cells and cells[(r, q)].number is not None]
        if len(set(shown)) == len(shown):  # (a line with figures in two of them: they are separate columns)
            groups[c] = group
    return groups


def _audit_run(grid: Grid, first: int, last: int, number: int, scale: str, gaps: set[int] = frozenset(),
               run: dict[tuple[int, int], Cell] | None = None) -> Table | None:
    cells = dict(run) if run is not None else {(r, c): cell for (r, c), cell in grid.cells.items()
                                               if first <= r <= last}
    # Signs printed as voordeel/nadeel beside the figure: voordeel counts positive, nadeel negative. (`marked`: each
    # such figure's value as printed, its own sign kept: a verschil printed signed, realisatie - begroting, beside a
    # V/N column that only repeats its direction, is read as printed when its figures say so: `_printed_or_marked`)
    marked: dict[tuple[int, int], tuple[Cell, Decimal]] = {}
    for (r, c), cell in list(cells.items()):
        if cell.number is not None:
            glued = _MARKED.fullmatch(cell.text.strip())   # ('(324) V' in one cell, as a PDF prints it)
            printed = read_dutch_number(glued.group(1)) if glued else None
            if printed is not None:
                marked[(r, c)] = (cell, printed[0])
            continue
        if len(cell.text) > 9:
            continue
        marker = normal(cell.text)
        figure = cells.get((r, c - 1))
        if marker in MARKERS and figure is not None and figure.number is not None:
            cells[(r, c - 1)] = Cell(f"{figure.text} {cell.text}", abs(figure.number) * MARKERS[marker], figure.ref,
                                     figure.formula, figure.as_text, figure.unit)
            marked[(r, c - 1)] = (cells[(r, c - 1)], figure.number)
    cols = sorted({c for __, c in cells})
    left = cols[0]
    numeric_cols = sorted({c for (r, c), cell in cells.items() if c > left and cell.number is not None})
    if not numeric_cols:
        return None
    # years down the first column (a PDF shows them as figures) are labels, not amounts; so is one year alone
    # under a title 'Jaar' (a one-year bijdrageoverzicht's line, '2026' '1.344.854,05' ...: its title prints over
    # the labels' place, the year right-aligned under it)
    year_cols: list[int] = []
    while numeric_cols:
        values = [cell.number for (r, c), cell in cells.items() if c == numeric_cols[0] and cell.number is not None]
        rest = [c for c in numeric_cols[1:]]
        if (len(values) >= 2 or _under_a_year_title(cells, numeric_cols[0])) and rest and \
                all(is_year(v) for v in values) and len(set(values)) == len(values) and \
                any(cell.number is not None and not is_year(cell.number)
                    for (r, c), cell in cells.items() if c in rest):
            year_cols.append(numeric_cols[0])
            numeric_cols = rest
            continue
        break
    first_numeric = numeric_cols[0]
    # a dash typed in a column of figures is nil, a figure of 0 (as a PDF's dash is, and a number format's '-'):
    # 'Baten | - | -' is a line of the product's saldo, not a heading that ends its block
    # (so is 'p.m.', pro memorie: an amount not yet known, counted as nil in the sums it is printed in)
    in_columns = set(numeric_cols)
    for (r, c), cell in list(cells.items()):
        if c in in_columns and cell.number is None and (cell.text.strip() in DASHES or
                                                        _answer(cell.text) in PRO_MEMORIE):
            cells[(r, c)] = Cell(cell.text, Decimal(0), cell.ref, cell.formula)
    label_cols = [c for c in cols if c < first_numeric]
    rows = sorted({r for r, __ in cells})

    by_row: dict[int, dict[int, Cell]] = {}
    for (r, c), cell in cells.items():
        by_row.setdefault(r, {})[c] = cell
    number_cache: dict[int, dict[int, Decimal]] = {}
    label_cache: dict[tuple[int, bool], str] = {}

    def numbers(r: int) -> dict[int, Decimal]:
        if r not in number_cache:
            row_cells = by_row.get(r, {})
            number_cache[r] = {c: row_cells[c].number for c in numeric_cols
                               if c in row_cells and row_cells[c].number is not None}
        return number_cache[r]

    unit_cache: dict[int, dict[int, str]] = {}

    def units(r: int) -> dict[int, str]:
        if r not in unit_cache:
            row_cells = by_row.get(r, {})
            unit_cache[r] = {c: row_cells[c].unit for c in numeric_cols if c in row_cells and row_cells[c].unit}
        return unit_cache[r]

    # a column of short codes right of the labels (I or S, incidenteel or structureel) is a column of its own, no
    # word of the line's label: 'Jeugdzorg hogere volumes', not 'Jeugdzorg hogere volumes S'
    figure_rows = [r for r in rows if numbers(r)]
    code_cols = _code_columns(label_cols, figure_rows, by_row)
    # so is a column of text right of the lines' names (a Nr. column, a 'Doel' of long text): 'Voorziening groot
    # onderhoud kazernes', not that name followed by the voorziening's purpose (on a row where it is the only text, a
    # line of it wrapped onto a row of its own, it is that row's text)
    side_cols = _side_columns(label_cols, figure_rows, by_row, code_cols)
    # (and a column of years right of them, each line's own: a Bouwjaar beside the vehicle's name, no word of it)
    side_cols |= _years_beside_the_names(year_cols, label_cols, figure_rows, by_row)

    # and a column of signs between the labels and the figures ('+', '-', '='): read with the label, for its sign,
    # but no part of the line's name shown in a finding ('Schoonmaak', not 'Schoonmaak -')
    sign_cols = _sign_columns(label_cols, figure_rows, by_row)
    # (so is a column naming the group of each line left of the lines' names, its value repeated down the group: a
    # flat export's 'Regio | Gemeente', 'Culemborg' of the group 'Rivierenland' (its 'Totaal Rivierenland' names it))
    apart = sign_cols | _group_columns(label_cols, figure_rows, by_row)

    def label(r: int, signed: bool = True) -> str:
        """The line's label as read (`signed`: with its column of signs and of groups; else as a finding names it)."""
        if (r, signed) not in label_cache:
            row_cells = by_row.get(r, {})
            texts = [(c, row_cells[c].text.strip()) for c in label_cols if c in row_cells and row_cells[c].text.strip()
                     and not (c in code_cols and SHORT_CODE.fullmatch(row_cells[c].text.strip()))
                     and (signed or c not in apart)]
            label_cache[(r, signed)] = " ".join(text for c, text in texts if c not in side_cols or texts[0][0] == c)
        return label_cache[(r, signed)]

    data_rows, header_rows, heading_rows = [], [], []

    def dated(figures) -> bool:
        # every one of these columns has its year in a title above ('Begroting 2025'): a labelled line whose
        # figures look like years (Post 1.1: 1900, 1901) is a line, not a second row of years
        return bool(header_rows) and all(any((h, c) in cells and year_in(cells[(h, c)].text) is not None
                                             for h in header_rows) for c in figures)

    for r in rows:
        figures = numbers(r)
        if not figures:
            (heading_rows if data_rows else header_rows).append(r)
        elif not data_rows and all(is_year(v) for v in figures.values()) and (
                (len(figures) >= 2 and (not label(r) or (_year_run(list(figures.values())) and not dated(figures))))
                or all(cells[(r, c)].as_text or cells[(r, c)].header for c in figures)
                or normal(label(r)) in HEADER_LABELS):
            # a row of years heads the columns: without a label of its own, or beside one ('Gemeente'
            # 2025 2026 2027) when the years form a run (one out of order or repeated is still a run), or one
            # year beside a label that heads a column of labels ('Regel' 2025 in a one-year input workbook)
            header_rows.append(r)
        else:
            data_rows.append(r)
    if not data_rows:
        return None
    # an empty row under every line is the print's spacing, no end of a block (`_spacing`)
    gaps = set(gaps) - _spacing(gaps, data_rows, heading_rows)
    # the cells of a figure column, on a line of the table, that are not a figure that can be read (`_not_read`: a
    # figure glued to a word, or words): (its text, what it shows); a total over one is NOT verified (`read_where`)
    unread = {(r, c): (cell.text.strip(), shows) for r in data_rows for c, cell in by_row.get(r, {}).items()
              if c in in_columns and (shows := _not_read(cell))}
    # a year alone on the last header row, under the column titles, heads the first block of lines (a staat van
    # reserves per year; a PDF prints a year typed as a number over the first column of figures): no column title
    if len(header_rows) >= 2 and len(by_row.get(header_rows[-1], {})) == 1 and \
            re.fullmatch(r"(19|20)\d\d", next(iter(by_row[header_rows[-1]].values())).text.strip()):
        heading_rows.insert(0, header_rows.pop())
    # a row of unit words under the column titles ('aantal' under one column, 'x € 1.000' merged over the others) is
    # no title level: each unit holds for its own columns only, never spread onto the next ('Verschil aantal')
    units_row, row_units = _units_row(header_rows, numeric_cols, label_cols, cells, grid.merged)
    if units_row is not None:
        header_rows.remove(units_row)
    # A run whose figures all sit in one row beside a label is a list of facts, not a table; unless titles head
    # three columns or more of it (a one-year statement: Jaar | Begroting | Wijziging | Bijgestelde begroting)
    titled = [c for c in numeric_cols if any((r, c) in cells and cells[(r, c)].number is None and
                                             cells[(r, c)].text.strip() for r in header_rows)]
    if len(data_rows) < 2 and not (header_rows and len(titled) >= 3 and len(titled) == len(numeric_cols)):
        return None
    numeric_cols = [c for c in numeric_cols if any((r, c) in cells and cells[(r, c)].number is not None
                                                   for r in data_rows)]
    # staggered columns (a year merged over two columns, the lines' figures in its left one, their totals in the
    # right one): one column under that title, each figure keeping its own cell
    stood_in: dict[tuple[int, int], int] = {}   # (row, column read) -> the column the figure stands in
    for into, others in _staggered(numeric_cols, header_rows, data_rows, cells).items():
        for c in others:
            for r in data_rows:
                if (r, c) in cells:
                    cells[(r, into)] = cells.pop((r, c))
                    stood_in[(r, into)] = c
        numeric_cols = [c for c in numeric_cols if c not in others]
    if stood_in:
        by_row.clear()
        for (r, c), cell in cells.items():
            by_row.setdefault(r, {})[c] = cell
        # (the grid read: a finding at a total names the cell it stands in, 'C15', not the lines' column)
        moved = dict(grid.cells)
        for (r, into), c in stood_in.items():
            moved[(r, into)] = moved.pop((r, c))
        grid = dataclasses.replace(grid, cells=moved)
    number_cache.clear()
    unit_cache.clear()
    # a note of the amounts' unit over the last column ('Bedragen in €', 'x € 1.000'), printed right above the column
    # titles with no empty row between, titles no column (it is no 'Bedragen in € Baten Begroting na wijziging')
    for r in header_rows[:-1]:
        for c in numeric_cols:
            if (r, c) in cells and SCALE_NOTE.fullmatch(cells[(r, c)].text.strip().lower()):
                del cells[(r, c)]
    # (so is one printed right of the last column's title, in a cell of its own that a PDF's line joins to the title:
    # '2029 x € 1.000' is the column '2029')
    for r in header_rows:
        for c in numeric_cols[-1:]:
            cell = cells.get((r, c))
            found = _GLUED_SCALE.search(cell.text) if cell is not None and cell.number is None else None
            if found is not None and found.start() > 0:
                cells[(r, c)] = dataclasses.replace(cell, text=cell.text[:found.start()].rstrip(),
                                                    number=read_dutch_number(cell.text[:found.start()])[0]
                                                    if read_dutch_number(cell.text[:found.start()]) else None)
    # a title over several columns (a merged 'Begroting' above 2026 2027 2028) is on its first column
    # only: in a header row above the last one it also heads the empty cells to its right; a title merged over some
    # columns heads those only ('Mutaties 2025' merged over Toevoeging | Onttrekking, not the 'Stand 31-12-2025' after
    # them, whose title stands in the row below), and a title merged down its own column heads no other
    merged_to = {(r0, c0): c1 for r0, c0, _r1, c1 in grid.merged}
    # a title merged over a column of signs and the figures right of it ('Kwijtgescholden bedrag' over a column of
    # '€' and the amounts) heads those figures: the column it is typed in holds no figure, only a sign or unit
    for r0, c0, _r1, c1 in grid.merged:
        cell = cells.get((r0, c0))
        under = [c for c in numeric_cols if c0 < c <= c1]
        if r0 in header_rows and c0 > left and c0 not in numeric_cols and under and cell is not None \
                and cell.number is None and cell.text.strip() and not any((r0, c) in cells for c in under) \
                and all(cells[(r, c0)].number is None and len(cells[(r, c0)].text.strip()) <= 3
                        for r in data_rows if (r, c0) in cells):
            cells[(r0, under[0])] = cells.pop((r0, c0))
            merged_to[(r0, under[0])] = c1
    # a title typed over two lines of its cell is one title, as the print reads it: 'Watersysteem-' over 'beheer' is
    # 'Watersysteem-beheer' (a word broken with a hyphen at the line's end is joined whole; so is a range of years
    # broken after its dash, 'Verschil 2025-' over '2024': 'Verschil 2025-2024'), other lines a space apart (also
    # after a dash that is a word of its own: 'Veer Brakel -' over 'Herwijnen' is 'Veer Brakel - Herwijnen')
    for r in header_rows:
        for c in numeric_cols:
            cell = cells.get((r, c))
            if cell is not None and "\n" in cell.text:
                text = _BROKEN_AFTER_DASH.sub("-", cell.text.strip())
                cells[(r, c)] = dataclasses.replace(cell, text=" ".join(text.split()))
    spanned: dict[tuple[int, int], str] = {}
    # the header cells a title merged over two columns or more covers (a PDF's title centred over its columns too)
    merged_over = {(r, c) for r0, c0, r1, c1 in grid.merged if c1 > c0 for r in range(r0, r1 + 1)
                   for c in range(c0, c1 + 1)}
    # the header cells under a title merged down over them (a single-level title over both header rows, 'Opwek
    # (GWh/jaar)' beside the group 'Vermogen (MW)' over Zon | Wind | Totaal): that title's, no empty cell a sub-title
    # left of it spans onto (it is no 'Opwek (GWh/jaar) Totaal'; '31-12-2025' beside 'Vrijval' under 'Mutaties 2025' is
    # no '31-12-2025 Vrijval')
    merged_down = {(r, c) for r0, c0, r1, c1 in grid.merged if r1 > r0 for r in range(r0 + 1, r1 + 1)
                   for c in range(c0, c1 + 1)}
    for r in header_rows[:-1]:
        title, end = None, None
        titled = [(c, cells[(r, c)].text.strip()) for c in numeric_cols if (r, c) in cells and cells[(r, c)].text.strip()]
        for c in numeric_cols:
            cell = cells.get((r, c))
            if (r, c) in merged_down and (cell is None or not cell.text.strip()):
                title, end = None, None
            elif (cell is None or not cell.text.strip()) and _titled_above(cells, header_rows, r, c):
                # (a column titled in a row above, nothing under its title ('Totaal' beside the groups '0-4 jaar' and
                # '4-18 jaar' over their contacts) is no column of the title left of it in this row: a title
                # spans no further than the titles above it)
                title, end = None, None
            elif cell is not None and cell.text.strip():
                title, end = cell.text.strip(), merged_to.get((r, c))
            elif title is not None and (end is None or c <= end) and \
                    not any(c < later and text == title for later, text in titled):
                # (not between a title and the same title again: 'Saldo' over '1 januari' and 'Saldo' over
                # '31 december' head those two columns, not the movements between them)
                spanned[(r, c)] = title
    headers = {c: " ".join(cells[(r, c)].text.strip() if (r, c) in cells else spanned[(r, c)]
                           for r in header_rows if (r, c) in cells or (r, c) in spanned).strip()
               for c in numeric_cols}
    # a column's own title (the last header row) says what it is: a 'Totaal' beside (or under) a group title ('Taak'
    # merged over the taken, spanned onto the column beside them; a PDF's centred title spanned from the middle)
    # is the total across that group, 'Totaal Taak', not a 'Taak Totaal' that no word calls a total (never checked);
    # so is a 'Verschil' under the empty cell beside 'Realisatie' over '2025': 'Verschil Realisatie', a verschil
    # (its own title: the lowest header row's title over it; a section title 'Kosten' under the header is none)
    # (the name shown stays the group's and then its own where the groups repeat their titles, 'Lasten' and 'Baten'
    # each over Begroting | Rekening | Verschil: that 'Verschil' is the Lasten's own, 'Lasten Verschil', as printed)
    shown = dict(headers)
    in_groups = _repeated_groups(numeric_cols, header_rows, cells, spanned)
    own_titles: dict[int, str] = {}
    for c in numeric_cols:
        own = next((cells[(r, c)] for r in reversed(header_rows) if (r, c) in cells), None)
        own_titles[c] = normal(own.text) if own is not None else ""
        # (so is a 'Begroting na wijziging' under 'Lasten': 'Begroting na wijziging Lasten', its group's begroting +
        # wijziging; that name is read, the printed one shown)
        printed = headers[c]
        if own is not None and ((totalish(own_titles[c]) and not is_balance(own_titles[c])
                                 and not totalish(normal(headers[c])))
                                or (is_balance(own_titles[c]) and not is_balance(normal(headers[c])))) \
                and headers[c].endswith(own.text.strip()):
            headers[c] = " ".join([own.text.strip(), headers[c][:-len(own.text.strip())].strip()]).strip()
        # (a title merged over the column heads it as printed: 'Leges (€)' over Begroot | Gerealiseerd | Verschil shows
        # 'Leges (€) Verschil', read as 'Verschil Leges (€)')
        if c not in in_groups:
            shown[c] = printed if amended(own_titles[c]) or any(
                (r, c) in merged_over for r in header_rows) else headers[c]
    # a verschil column with a V/N column beside it (or its figures glued to a 'V' or 'N'): the figures as printed,
    # or their size with the V/N as their sign, whichever makes it the difference of the begroting and the
    # realisatie before it on more lines; on most lines at least, else NOT verified (never a sign guessed)
    vn_unverified: dict[int, str] = {}
    for c, reading in _printed_or_marked(marked, cells, numeric_cols, headers, data_rows, _sections(
            rows, by_row, sorted(set(heading_rows) | set(gaps)), header_rows, data_rows)).items():
        if reading == "printed":
            for (r, q), (cell, printed) in marked.items():
                if q == c and cells.get((r, q)) is cell:
                    cells[(r, q)] = by_row[r][q] = dataclasses.replace(cell, number=printed)
            number_cache.clear()
        elif reading == "neither":
            k = numeric_cols.index(c)
            vn_unverified[c] = _(
                "neither its figures as printed nor their size with the V/N beside it as their sign make it the "
                "difference of '{begroting}' and '{realisatie}' on most lines").format(
                begroting=shown[numeric_cols[k - 2]], realisatie=shown[numeric_cols[k - 1]])
    # (an 'Afwijking' whose figures are the difference of the two columns before it is a verschil: it adds up)
    skip_cols = {c for c in numeric_cols if _not_additive_column(headers[c], [v for r in data_rows
                                                                             if (v := numbers(r).get(c)) is not None])
                 and not (is_balance(normal(headers[c])) and (
                     _difference_of_two_before(c, numeric_cols, data_rows, numbers)
                     or _difference_of_two_before(c, numeric_cols, data_rows, numbers, 4, 1, 3)))}
    # (by their titles alone: where a total line has a figure in one, the summary says it was not checked)
    titled_no_sum = frozenset(skip_cols)
    # a column titled '%' alone (its own title: 'Realisatie' may span onto it) right after a verschil is that verschil
    # as a share of the begroting: 'Verschil | %' is 'Verschil in %', no sum ('Totaal' -0,4% over lines of -3,8%)
    skip_cols |= {c for k, c in enumerate(numeric_cols) if k and set(own_titles[c].split()) in ({"%"}, {"in", "%"})
                  and is_balance(normal(headers[numeric_cols[k - 1]]))}
    def _shares_of_a_whole(c: int) -> bool:
        """Percentages of one whole, a verdeelsleutel's shares: the column closes with a total of exactly 100 and its
        other figures, none negative, add up to no more than 101. Those must add up (100,1% under 100,0% is a
        finding; a deleted member's share too); shares within the line above and ratios add up to more."""
        rows_with = [r for r in data_rows if c in numbers(r)]
        if len(rows_with) < 3 or not totalish(line_key(label(rows_with[-1]))):
            return False
        # (100 as printed, or 1 in a workbook's cell formatted as percent: 100%)
        whole = numbers(rows_with[-1])[c]
        if not (whole == 100 or whole == 1 and units(rows_with[-1]).get(c) == "%"):
            return False
        parts = [numbers(r)[c] for r in rows_with[:-1]]
        # (short of it by a deleted line, never over it: shares within the line above and ratios add up to more)
        return all(v >= 0 for v in parts) and sum(parts) <= whole * Decimal("1.01")

    # a column of percentages (shares, ratios; by its header or its figures' '%') is summed by no rule
    # (by the titles over the column itself: a note spanned over many columns, 'Berekening Aandeel = vast bedrag +
    # basis', says nothing of the 'Begroting (euro)' under it)
    percent_cols = {c for c in numeric_cols if _percentage_column(
        " ".join([cells[(r, c)].text for r in header_rows if (r, c) in cells] + [row_units.get(c, "")]),
        [cells[(r, c)] for r in data_rows if (r, c) in cells])}
    skip_cols |= {c for c in percent_cols if not _shares_of_a_whole(c)}
    skip_cols |= set(vn_unverified)
    # percentages that split each line over its categories, with a Totaal column of their sum (a kostentoedeling's
    # Ingezetenen | Gebouwd | Ongebouwd | Natuur | Totaal, each line 100,00%): the Totaal column adds them up, checked
    # across (never down: a line of shares is no part of the line under it)
    row_shares = _shares_across(numeric_cols, percent_cols, headers, data_rows, numbers, units)
    # a column whose totals lie between its lines' figures (an average rate, a share of the whole done) beside amounts
    # that add up: no sum; left unchecked where its title says what it holds ('Rente', 'Voortgang'), NOT verified
    # where it does not (never a finding guessed, never 'holds')
    # (never a column titled as amounts of a year or a total, 'Uitgaven 2025', 'Totaal': a total of 2 over lines of 1
    # and 2 there is a figure wrong)
    averaged = _averaged_columns([c for c in numeric_cols if c not in skip_cols and not year_in(headers[c])
                                  and not totalish(normal(headers[c]))], data_rows, numbers,
                                 lambda r: totalish(line_key(label(r))))
    # (a count whose total lies among its lines but is no average of them is a sum gone wrong: checked as a sum)
    averaged = {c: totals for c, totals in averaged.items() if not _a_count_that_sums(headers[c], c, totals, numbers)}
    skip_cols |= set(averaged)
    # running totals ('Opbrengsten | Per jaar | Cumulatief'): each line the one above plus its own period figure,
    # checked line by line after the walk, never summed down (`running.running_totals`)
    running = running_totals(numeric_cols, shown, [r for r in data_rows if not totalish(line_key(label(r)))],
                             {r: label(r) for r in data_rows}, lambda r, c: numbers(r).get(c))
    skip_cols |= {chain.column for chain in running}
    # the rounding unit of the figures that add up (a column of distances to the exact value has more decimals;
    # shares of a whole checked beside the amounts say nothing of the amounts' unit)
    # (nor does a line of a ratio or rate, 'Ratio weerstandsvermogen' 3,2 under amounts in whole euros: it is no amount)
    amount_rows = [r for r in data_rows if not _not_additive(label(r))] or data_rows
    decimals = [max(0, -cells[(r, c)].number.as_tuple().exponent)
                for r in amount_rows for c in numeric_cols if c not in skip_cols and c not in percent_cols
                if (r, c) in cells and cells[(r, c)].number is not None and cells[(r, c)].number != 0]
    # (a table of shares only: the shares' own unit, as printed with their '%'; a workbook's percent cell holds its
    # share exactly, 0,3568 for 35,68%, and rounds nothing)
    decimals = decimals or [max(0, -cells[(r, c)].number.as_tuple().exponent) for r in data_rows for c in row_shares
                            if (r, c) in cells and cells[(r, c)].number and "%" in cells[(r, c)].text]
    unit = Decimal(1).scaleb(-max(decimals, default=0))
    # what the audit finds is collected here; the Table is built once, complete, at the end
    place_col = label_cols[0] if label_cols else first_numeric
    head = (number, grid.name, grid.place(data_rows[0], place_col), grid.place(data_rows[-1], place_col),
            len(data_rows), [shown[c] or column_letter(c) for c in numeric_cols], unit, scale, (first, last))
    findings: list[Finding] = []
    sides: dict[str, tuple[str, dict[str, tuple[Decimal, int, int]]]] = {}
    unverified: list[tuple[str, str, str]] = []
    parts_elsewhere: list[tuple[str, str, str]] = []
    unverified.extend((shown[c] or column_letter(c), "column", reason) for c, reason in vn_unverified.items())
    for c, total_rows in averaged.items():
        # (a title naming an average, 'Gem. schaal', over totals that are their lines' averages says what it holds)
        if not _names_one_of(normal(headers[c]), RATE_TITLE_WORDS) and not (
                _names_one_of(normal(headers[c]), AVERAGE_TITLE_WORDS)
                and all(_a_mean_of(numbers(r)[c], c, lines, numbers) for r, lines in total_rows.items())):
            unverified.extend((label(r), "row", _(
                "its figure in '{column}' lies between those of its lines (an average or a share, no sum), and the "
                "column's title does not say what it holds").format(column=shown[c] or column_letter(c)))
                for r in total_rows)

    # Figures shown rounded can miss their total by rounding (an afrondingsverschil): in a display unit
    # ('x € 1.000'), in figures with decimals (computed: shares, rates), beside shares ('%') that amounts are
    # divided by, or where the table says it rounds ('afgerond', an 'Afronding' line, a column of the exact values).
    # Whole euros typed as they are hold exactly: a miss of 1 there is an error, not an afrondingsverschil.
    # (a share printed with its '%'; a workbook's percent format, its stored 0,125 read as it is, rounds nothing)
    rounded = any(cell.unit == "%" and "%" in cell.text for cell in cells.values()) or any(
        w in normal(cell.text) for cell in cells.values() if cell.number is None
        for w in ("afgerond", "afronding", "exact"))
    # (the table's display unit rounds its amounts, not a column its units row counts in: 'aantal' beside 'x € 1.000')
    scaled = {c for c in numeric_cols if scale and row_units.get(c, "€") == "€"}

    def add(r, c, check, kind, expected=None, found=None, column=None, parts=0, note="", after=()):
        difference = found - expected if expected is not None and found is not None else None
        within = kind in ("sum", "follows") and difference is not None and \
            abs(difference) <= column_units.get(c, unit) * _rounding_allowance(parts) and \
            (rounded or c in scaled or column_units.get(c, unit) < 1)
        findings.append(Finding(grid.name, number, grid.place(r, c), label(r), shown.get(c, "") if column is None
                                else column, check, kind, expected, found, difference, r, c, within, note, after))

    # each column's own rounding unit: a column of key shares (0,3127) beside whole euros
    column_units = {c: Decimal(1).scaleb(-max((max(0, -cells[(r, c)].number.as_tuple().exponent)
                                                for r in data_rows if (r, c) in cells and cells[(r, c)].number),
                                               default=0)) for c in numeric_cols}

    # Year headers: per column, from its header text; in groups when the titles repeat.
    _check_years(numeric_cols, headers, header_rows, cells, add)
    # Years down the label column (a statement per year); a Totaal line below them may close the run.
    # (not years beside a name of the line's own, to the left of them: 'Woningcorporatie Wonen Plus | 2003' in a
    # staat van garanties or investeringskredieten is the year of its besluit, one per line in no order)
    def named_beside(r: int, year_col: int) -> bool:
        return any(c < year_col and (r, c) in cells and cells[(r, c)].number is None
                   and any(ch.isalpha() for ch in cells[(r, c)].text) for c in label_cols)

    for year_col in label_cols:
        year_rows = [(r, int(cells[(r, year_col)].number)) for r in data_rows
                     if (r, year_col) in cells and is_year(cells[(r, year_col)].number)]
        if len(year_rows) >= 2 and sum(named_beside(r, year_col) for r, __ in year_rows) * 2 > len(year_rows):
            continue
        if len(year_rows) >= 2 and len(year_rows) >= len(data_rows) - 1:
            skipped = _year_gaps([year for __, year in year_rows])
            if skipped is not None:
                # (years running by one with a year left out: its line is missing, said once, at the line after the
                # gap, naming the year; never every later year 'out of sequence' at lines whose totals hold)
                for i, missing in skipped:
                    r, year = year_rows[i]
                    add(r, year_col, ngettext(
                        "no line for {years}: the years run from {before} to {after}, so a line is missing",
                        "no lines for {years}: the years run from {before} to {after}, so lines are missing",
                        len(missing)).format(years=", ".join(map(str, missing)), before=year_rows[i - 1][1],
                                             after=year), "year", Decimal(missing[0]), Decimal(year), column="")
                break
            for i, (r, year) in enumerate(year_rows):
                if year != year_rows[0][1] + i:
                    add(r, year_col, _("year out of sequence"), "year",
                        Decimal(year_rows[0][1] + i), Decimal(year), column="")
            break

    # Rows: fold from top to bottom. An empty row inside a joined run ends a block as a heading does.
    heading_rows = sorted(set(heading_rows) | set(gaps))
    breaks: dict[int, str] = {}   # first line of a block -> its heading, normalised ('' after an empty row)
    for h in heading_rows:
        following = [r for r in data_rows if r > h]
        if following:
            breaks[following[0]] = line_key(label(h)) if h not in gaps else ""
    # a section title under the column titles ('Algemene reserves' under 'Saldo 1-1-2024 | Toevoegingen | ...')
    # heads the first block as a heading row heads the later ones
    if len(header_rows) >= 2 and data_rows and data_rows[0] not in breaks and label(header_rows[-1]) and \
            all(c in label_cols for (r, c) in cells if r == header_rows[-1]):
        breaks[data_rows[0]] = line_key(label(header_rows[-1]))

    closing = set()
    for i, r in enumerate(data_rows):
        nxt = data_rows[i + 1] if i + 1 < len(data_rows) else None
        if nxt is None or any(r < h < nxt for h in heading_rows):
            closing.add(r)
    row_lines = [Line(r, label(r), numbers(r), units(r)) for r in data_rows]
    # totals printed above their lines are read first: the walk sees each in place of its lines
    # (a line another rule read so, as a total or as one of its lines, is no block's heading carrying its total)
    above: list[Candidate] = []
    taken: set[int] = set()
    for rule in RULES:
        if rule.first is None:
            continue
        for c in rule.first(row_lines, numeric_cols, breaks, skip_cols, unit):
            own = {id(c.total)} | {id(p) for p, __ in c.parts}
            # (nor is a line a period subtotal took, or one of its lines, a group sum or a subtotal inside its block)
            if rule.name in ("block total in its heading", "group sums before their total",
                             "subtotal inside its block") and own & taken:
                continue
            above.append(c)
            taken |= own
    under = {id(p) for c in above for p, __ in c.parts}
    walked = [line for line in row_lines if id(line) not in under]
    if above:  # a block's last line gone under its total: the total closes the block
        closing = {line.index for i, line in enumerate(walked)
                   if i + 1 == len(walked) or any(line.index < h < walked[i + 1].index for h in heading_rows)}
    row_results, row_relations, row_unchecked = best_reading(walked, numeric_cols, breaks, closing, "row", unit,
                                                             skip_cols, cross=True)
    row_results = list(above) + row_results
    row_relations = [c.relation("row") for c in above] + row_relations
    row_unchecked = [u for u in row_unchecked if all(c.total.index != u.index for c in above)]
    # a line with its breakdown under it ('waarvan' lines) is held to it too, beside what it is the total of
    for line, below in breakdowns(row_lines, breaks):
        candidate = answer(Ask("breakdown", line, below, tuple(numeric_cols), frozenset(skip_cols), unit))
        if candidate is not None:
            row_results.append(candidate)
            row_relations.append(candidate.relation("row"))
            row_unchecked = [u for u in row_unchecked if u.index != candidate.total.index]
    # a total naming one category of a column of categories beside the names ('Totaal jeugd', the lines alternating
    # Jeugd | Volwassenen per vestiging in a 'Doelgroep' column) that the walk left unexplained: the lines of that
    # category above it (after an earlier total naming it), every other line ('lines of its category')
    categories = _categories(label_cols, data_rows, by_row) or _named_categories(row_lines, row_unchecked)
    for total in list(row_unchecked):
        parts = _lines_of_its_category(total, row_lines, categories)
        if not parts:
            continue
        candidate = answer(Ask("category", total, parts, tuple(numeric_cols), frozenset(skip_cols), unit))
        if candidate is not None:
            row_results.append(candidate)
            row_relations.append(candidate.relation("row"))
            row_unchecked = [u for u in row_unchecked if u.index != total.index]
    # A column where most of the meant totals fail is not additive (ranks, rates): not checked.
    # Only where the same relations hold in the other columns: then the lines are the totals' parts and this
    # column's figures do not add up; without that (one column, or the totals failing in most columns: two wrong
    # totals in a one-year table) the totals are wrong, and they are findings, never 'holds'.
    fails_by_col: dict[int, int] = {}
    holds_by_col: dict[int, int] = {}
    confirmed_by_col: dict[int, int] = {}
    failing = {(line.index, c) for line, __, failed in row_results for c in failed}

    def holds_at(line: Line, signed, failed, c: int) -> bool:
        return c not in failed and (line.values[c] != 0 or any(p.values.get(c) for p, __ in signed))

    for candidate in row_results:
        line, signed, failed = candidate
        for c in numeric_cols:
            if c in skip_cols or c not in line.values:
                continue
            if c in failed:
                if candidate.rule == "formula in the label":
                    continue  # (the label says the line adds up so: failing, it is wrong, the column is not)
                # a total that fails only because a failing subtotal feeds it is one error, not two
                if not any((p.index, c) in failing for p, __ in signed):
                    fails_by_col[c] = fails_by_col.get(c, 0) + 1
                    others = [q for q in line.values if q != c and q not in skip_cols]
                    held = sum(1 for q in others if holds_at(line, signed, failed, q))
                    if held and held > len(others) - held:
                        confirmed_by_col[c] = confirmed_by_col.get(c, 0) + 1
            elif holds_at(line, signed, failed, c):
                holds_by_col[c] = holds_by_col.get(c, 0) + 1
    not_additive = {c for c, n in fails_by_col.items()
                    if n >= 2 and n > holds_by_col.get(c, 0) and 2 * confirmed_by_col.get(c, 0) >= n}
    # Columns: the same folding, transposed (begroting + wijziging = bijgesteld; members to a total column).
    # a column whose title names a unit ('Asfaltverharding m²') carries it in each figure without one of its own, when
    # every figure column's title names one: a 'Totaal €' is then made of the € columns only, not the m² between them
    named = {c: title_unit(headers[c]) for c in numeric_cols}
    named = named if all(named.values()) else {}
    column_lines = [Line(c, headers[c], {r: v for r in data_rows if (v := numbers(r).get(c)) is not None},
                         {r: u for r in data_rows if (u := units(r).get(c) or named.get(c))})
                    for c in numeric_cols if c not in skip_cols or c in row_shares]
    # the last column closes the table when its header says it is a total ('Totaal'); otherwise a column
    # total must say so and hold in most rows, or hold exactly
    # a Totaal column printed first (Project | Totaal | Rijk | Provincie | Gemeenten) closes the columns
    # read from right to left
    if len(column_lines) >= 3 and column_lines[0].key.startswith(("totaal", "total")) and \
            not any(totalish(c.key) or balance_first(c.key) for c in column_lines[1:]):
        column_lines = column_lines[::-1]
    last = column_lines[-1] if column_lines else None
    col_closing = {last.index} if last is not None and totalish(last.key) else set()
    # a line of ratios or rates ('Ratio weerstandsvermogen' 2,5 | 3,4 | 1,1) is no amount a total column adds up
    rate_rows = {r for r in data_rows if _not_additive(label(r))}
    # the last column, when its figures are the difference of the two before it, is a verschil whatever its title
    # ('Voordeel / nadeel', 'Over-/onderschrijding' after 'Begroting na wijziging' and 'Realisatie'): asked as one,
    # so a figure altered in it is found there, not blamed on the Totaal under it (only the last: in the middle of
    # a table a begroting equal to last year's is the difference of last year's bijgestelde and wijziging)
    order = [line.index for line in column_lines]
    differences = frozenset(line.index for line in column_lines[-1:] if line.index == max(order)
                            and not is_labelled(line.key, False)
                            and _difference_of_two_before(line.index, order, data_rows, numbers))
    # so is a column titled as a tekort or overschot ('Exploitatie-tekort', 'Overschot'), wherever it stands: a result
    # of the columns before it, as a 'Saldo' column is by its word (not asked in the middle of the table otherwise)
    differences |= frozenset(line.index for line in column_lines if _names_a_shortfall(line.key)
                             and not is_labelled(line.key, False))
    # so is a column that is the difference of two before it titled by its year, wherever they stand, on most lines
    # ('Nog in te vullen 2029' = 'Taakstelling 2029' - 'Ingevuld 2029', Ingevuld 2026-2028 between them): asked as a
    # verschil, its operands found by their year (rule "two columns apart"); never a begroting after its change or
    # a change (begroting + wijziging, asked as one: a 'Getoond bijgesteld 2029' after its begroting and a wijziging
    # of 0 on most lines is no difference)
    differences |= frozenset(line.index for line in column_lines if not is_labelled(line.key, False)
                             and amended_column(line.key) not in ("after", "change") and _difference_of_its_year(
                                 line.index, order, data_rows, numbers, {x.index: x.key for x in column_lines}))
    # so is a last column derived from three or four before it, signs mixed, in every row but one at most ('Verwacht
    # resultaat' = opbrengsten - kosten - boekwaarde 31-12): checked per line with those signs, as a stand chain is
    # (only under titles: figures alone, in a table that has no header, say nothing of what a column is)
    titled = all(line.key for line in column_lines[-5:])
    derived = {line.index: found for line in column_lines[-1:] if titled and line.index == max(order) and
               line.index not in differences and
               (found := _signed_combination_of_those_before(line.index, order, data_rows, numbers,
                                                             plain=not is_labelled(line.key, False)))}
    # (a first column that the years after it add up to, 'Krediet' = 2026 + 2027 + 2028 + 2029, is that sum: the
    # last year is then no figure derived from the others, and a figure altered in a year is blamed on the Krediet
    # it does not add up to, as on the year's Totaal, not on the last year; a 'Restant krediet' after 'Besteed t/m
    # 2024' and 'Besteed 2025' is what is left of the Krediet: derived, as found)
    for c, found in list(derived.items()):
        years = [year_in(line.key) for line in column_lines[1:]]
        if len(found) + 1 == len(column_lines) and found[0][1] == 1 and all(s == -1 for _b, s in found[1:]) and \
                None not in years and len(set(years)) == len(years) and year_in(column_lines[0].key) is None:
            del derived[c]
            column_lines = column_lines[::-1]
            derived[column_lines[-1].index] = tuple((line.index, 1) for line in column_lines[:-1])
    differences |= frozenset(derived)
    # a 'waarvan' column ('Totaal meldingen | waarvan proces-verbaal') is a part of the column before it, inside it as
    # a 'waarvan' line is inside the line above it: no term of any column's sum, nor a total of the columns before it
    inside = {c for c in numeric_cols if own_titles[c].startswith(PART_OF_THE_COLUMN_BEFORE)}
    # the years of each column's group title: no column is the total of columns under a later year's title
    eras = _group_years(numeric_cols, header_rows, cells, spanned)
    walked_columns = [line for line in column_lines if line.index not in inside]
    col_results, col_relations, col_unchecked = best_reading(walked_columns, data_rows, {}, col_closing, "column", unit,
                                                             rate_rows, differences=differences, derived=derived,
                                                             eras=eras)
    # a total column alone under its year's group title ('Schooljaar 2023/2024' over 'Totaal meldingen' beside this
    # year's columns) is last year's figure given for comparison, no total of this table's columns: nothing to check
    col_unchecked = [u for u in col_unchecked if u.index not in _alone_in_its_year(eras)]
    # the first column called a saldo or stand ('Saldo 1-1-2024') is the opening balance of a stand chain: no total;
    # so it is after columns that do not add up: by their header, or left blank by every total the rows were found
    # to have where their lines show figures (a 'Rente %'; a PDF's leningnummers read as figures): no part of it
    summed = {c for line, __, __ in row_results for c in line.values}
    unsummed = {c for line, signed, __ in row_results for p, __ in signed for c in p.values} - summed
    opening = next((c for c in numeric_cols if c not in skip_cols and c not in unsummed), None)
    if opening is not None and balance_first(normal(headers[opening])):
        col_unchecked = [u for u in col_unchecked if u.index != opening]
    # so is a column naming the start of a stand whose end a later column names ('Saldo 1 januari 2025' ... 'Saldo
    # 31 december 2025'), whatever columns before it add up (a staat van leningen's 'Oorspronkelijk bedrag')
    starts = stand_chain_starts(column_lines)
    col_unchecked = [u for u in col_unchecked if u.index not in starts]
    # so is a saldo column alone in its group ('Begroting 2025 na wijz.' over only its 'Saldo', beside 'Rekening 2025'
    # over Lasten | Baten | Saldo): a figure given, as the begroting has it, no total of the columns before it
    given = _saldi_alone(numeric_cols, header_rows, cells, spanned, own_titles, headers)
    col_unchecked = [u for u in col_unchecked if u.index not in given]
    # a verschil of voordeel and nadeel: lasten begroting - realisatie, baten realisatie - begroting ('section')
    differences = any(line.key.startswith(("verschil", "afwijking")) for line in column_lines)
    # (only a verschil column asks for the rows' sections)
    section_of = _sections(rows, by_row, heading_rows, header_rows, data_rows) if differences else {}
    for k, total in enumerate(column_lines):
        if k < 2 or not total.key.startswith(("verschil", "afwijking")):
            continue
        begroting, realisatie = column_lines[k - 2], column_lines[k - 1]
        if not realisatie.key.startswith(("realisatie", "rekening", "werkelijk")):
            continue
        answers = []
        for section, parts in (("lasten", (begroting, realisatie)), ("baten", (realisatie, begroting))):
            rows_of = tuple(r for r in total.values if section_of.get(r) == section)
            answers.append(answer(Ask("section", total, parts, rows_of, frozenset(), unit)) if rows_of else None)
        if None in answers:
            continue
        # the two sections, each its own way, in place of whatever the walk took for this column
        kept = [j for j, c in enumerate(col_results) if c.total.index != total.index]
        col_results = [col_results[j] for j in kept] + answers
        col_relations = [col_relations[j] for j in kept] + [a.relation("column") for a in answers]
        col_unchecked = [u for u in col_unchecked if u.index != total.index]
        # in such a column every voordeel counts positive: a saldo's verschil is the lasten's plus the baten's
        for j, (line, parts, failing) in enumerate(row_results):
            if total.index in failing and line.values.get(total.index) == sum(
                    (p.values.get(total.index, ZERO) for p, __ in parts), ZERO):
                row_results[j] = Candidate(line, parts, row_results[j].rule, row_results[j].checked,
                                           tuple(q for q in failing if q != total.index))
                row_relations[j] = dataclasses.replace(row_relations[j], failed=len(row_results[j].failed))
    # columns in groups that repeat their own titles (Begroting 2025 | Wijziging | Begroting na wijziging, each over
    # Lasten | Baten | Saldo): each group's saldo of its two other columns, and the amended group's columns as the
    # begroting's + the wijziging's, in place of whatever the walk took for them (its columns are not in one run)
    by_index = {line.index: line for line in column_lines}
    grouped = {}
    for total, parts, whole in _group_questions(numeric_cols, header_rows, cells, spanned, in_groups, own_titles):
        if total in by_index and all(p in by_index for p in parts):
            found = answer(Ask("groups", by_index[total], tuple(by_index[p] for p in parts),
                               tuple(r for r in data_rows if r not in rate_rows), frozenset(), unit, whole=whole,
                               axis="column"))
            if found is not None:
                grouped[total] = found
            elif whole and not any(c.total.index == total for c in col_results) and \
                    all(u.index != total for u in col_unchecked):
                # a group's saldo that is neither baten - lasten nor lasten - baten: NOT verified, never a sign guessed
                col_unchecked.append(by_index[total])
    # a begroting after its change, its columns side by side ('Primitief | Wijziging | Na wijziging', under 'Lasten'
    # and again under 'Baten', or under no group title): that begroting + the change, on every line; where the
    # figures do not make it so (in more than a quarter of the lines), NOT verified unless the walk read it (as it
    # reads it: what the walk took is never undone for a reading the figures do not admit)
    for total, parts in _amended_questions(numeric_cols, header_rows, cells, spanned, headers):
        if total in grouped or total not in by_index or not all(p in by_index for p in parts):
            continue
        walked_to = next((c for c in col_results if c.total.index == total), None)
        found = answer(Ask("groups", by_index[total], tuple(by_index[p] for p in parts),
                           tuple(r for r in data_rows if r not in rate_rows), frozenset(), unit, axis="column"))
        if found is not None and not (walked_to is not None and not walked_to.failed and found.failed):
            grouped[total] = found
        elif found is None and walked_to is None and all(u.index != total for u in col_unchecked):
            # (the words say begroting + change, the figures do not, by more than rounding: never a finding guessed,
            # never 'holds'; misses within rounding, a table of figures shown rounded, leave it as it was)
            line, signed = by_index[total], [(by_index[p], 1) for p in parts]
            __, failing = _compare(line, [p for p, __ in signed], [1] * len(signed), data_rows, rate_rows)
            if any(abs(line.values[r] - _expected(line, signed, r)) > unit * rounding_allowance(len(signed))
                   for r in failing):
                unverified.append((line.label, "column", _(
                    "{parts} do not make it in more than a quarter of the lines, though its title says they "
                    "do").format(parts=_parts_text(signed, " + "))))
    if grouped:
        kept = [j for j, c in enumerate(col_results) if c.total.index not in grouped]
        col_results = [col_results[j] for j in kept] + list(grouped.values())
        col_relations = [col_relations[j] for j in kept] + [c.relation("column") for c in grouped.values()]
        col_unchecked = [u for u in col_unchecked if u.index not in grouped]
    # a relation of columns failing beyond rounding in nearly every line is the columns misread (`rules.misread`): NOT
    # verified, with that reason, never a finding on every line (a wrong figure fails in its own line)
    for i in reversed(range(len(col_results))):
        line, signed, failed = col_results[i]
        if misread(col_results[i], column_units.get(line.index, unit)):
            unverified.append((line.label, "column", _(
                "{parts} miss it by more than rounding in {failed} of the {checked} lines compared: no wrong figure "
                "does that, so these columns are no sum of each other as read").format(
                parts=_parts_text(signed, " + "), failed=len(failed), checked=col_results[i].checked)))
            del col_results[i], col_relations[i]
    # a saldo the walk left unexplained whose figures stand under one group of columns only ('Saldo baten minus
    # lasten' in the Baten columns, the Lasten's blank): the total above it, its baten less its lasten of the same own
    # titles ('saldo of the groups'); the lasten's figures moved under the baten's columns (`moved`: where each stands)
    moved: dict[int, dict[int, int]] = {}
    for saldo, parts, match in _saldo_group_questions(
            row_lines, row_unchecked, {c.total.index for c in row_results},
            _group_runs(numeric_cols, header_rows, cells, spanned, in_groups), own_titles, skip_cols | not_additive):
        found = answer(Ask("across groups", saldo, parts, tuple(numeric_cols), frozenset(skip_cols | not_additive),
                           unit))
        if found is not None:
            moved[id(parts[1])] = match
            row_results.append(found)
            row_relations.append(found.relation("row"))
            row_unchecked = [u for u in row_unchecked if u.index != saldo.index]
    # a failing total is blamed where it is itself wrong: not where it holds with the true values of the failing
    # totals among its parts, on either axis (a wrong 'Totaal lasten' does not make its bijgestelde column fail)
    verdicts = _blamed(row_results, col_results, not_additive, moved)
    blamed_rows, blamed_cols = [], []   # (candidate, the positions where it is reported)

    def read_where(total: Line, signed, axis: str, positions, holds: bool = False) -> list[int]:
        """The positions where every part's cell was read (a figure, a dash or nothing); at one where a part's cell
        is not a figure that can be read (`unread`), the total is NOT verified, with that cell and its text named,
        on either axis: such a cell is never checked as if it were nil. Only where the total `holds` with it as nil
        are words taken so ('n.v.t.', a note: no figure in them); a figure glued to a word is shown, never nil."""
        kept = []
        for q in positions:
            at = next((cell for cell in (((p.index, q) if axis == "row" else (q, p.index)) for p, __ in signed)
                       if cell in unread and not (holds and unread[cell][1] == "words")), None)
            if at is None:
                kept.append(q)
                continue
            reason = _("the cell of {line} in '{column}' ({place}) shows {text!r}, not a figure that can be "
                       "read").format(line=repr(label(at[0]) or grid.place(*at)),
                                      column=shown.get(at[1], "") or column_letter(at[1]), place=grid.place(*at),
                                      text=unread[at][0])
            if (total.label, axis, reason) not in unverified:
                unverified.append((total.label, axis, reason))
        return kept

    for i, (line, signed, failed) in enumerate(row_results):
        reported, follows = verdicts["row", i]
        read_where(line, signed, "row", [c for c in line.values if c not in failed], holds=True)
        reported = read_where(line, signed, "row", reported)
        following = read_where(line, signed, "row", list(follows))
        if not any(id(p) in moved for p, __ in signed):  # (a figure moved is not where its part's line shows it)
            blamed_rows.append((row_results[i], reported))
        for c in reported:
            add(line.index, c, _sum_text(line, signed), "sum", _expected(line, signed, c), line.values[c],
                parts=len(signed))
        # a position that fails as printed only through a failing total among its parts: a finding of its own kind
        # at the total, with its lines' sum as printed, naming the total it follows from (never 'holds')
        for c in following:
            add(line.index, c, _sum_text(line, signed), "follows", _expected(line, signed, c), line.values[c],
                parts=len(signed), note=_follows_note(follows[c], grid, label, shown),
                after=follows[c])
        # a figure of the total over lines that are all empty there (zeros printed as empty cells; a line deleted
        # left 'Subtotaal onderhoudsvoorzieningen' 170.729 over nothing): the lines make 0, never 'not compared';
        # also over its one line (a group of one reserve under its heading, its other line deleted: 'Totaal
        # algemene dekkingsmiddelen' 455.077 toevoegingen over the one reserve's empty cell)
        over_nothing = read_where(line, signed, "row", [
            c for c, v in line.values.items() if v and c not in skip_cols and c not in not_additive
            and c not in failed and not any(c in p.values for p, __ in signed)])
        # (over a line showing words there the figure is unread, not nothing, as `read_where` says: a PDF prints a
        # figure against the text beside it, '-1.791Laatste 14 kavels'; NOT verified, never 'expected 0')
        if over_nothing and signed:
            for c in over_nothing:
                add(line.index, c, _sum_text(line, signed), "sum", ZERO, line.values[c], parts=len(signed))
            row_relations[i] = dataclasses.replace(row_relations[i], checked=row_relations[i].checked +
                                                   len(over_nothing))
            reported = reported + over_nothing
        if len(reported) + len(following) != len(failed) or following:  # 'fails in N of M' says what the findings say
            row_relations[i] = dataclasses.replace(row_relations[i], failed=len(reported) + len(following),
                                                   **_through(follows, following, label))
    for i, (line, signed, failed) in enumerate(col_results):
        reported, follows = verdicts["column", i]
        read_where(line, signed, "column", [r for r in line.values if r not in failed], holds=True)
        reported = read_where(line, signed, "column", reported)
        following = read_where(line, signed, "column", list(follows))
        blamed_cols.append((col_results[i], reported))
        for r in reported:
            expected = _expected(line, signed, r)
            add(r, line.index, f"{line.label or _('(total)')} = {_parts_text(signed, ' + ')}", "sum",
                expected, line.values[r], parts=len(signed))
        for r in following:
            add(r, line.index, f"{line.label or _('(total)')} = {_parts_text(signed, ' + ')}", "follows",
                _expected(line, signed, r), line.values[r], parts=len(signed),
                note=_follows_note(follows[r], grid, label, shown), after=follows[r])
        if len(reported) + len(following) != len(failed) or following:
            col_relations[i] = dataclasses.replace(col_relations[i], failed=len(reported) + len(following),
                                                   **_through(follows, following, label))
    relations = row_relations + col_relations
    for line in row_lines:
        side = next((s for s in BALANCE_SIDES if line.key.startswith(s)), None)
        if side is not None and side not in sides:
            # (by the column each figure stands in: a staggered balans's 'Totaal passiva' is found at its own cell)
            sides[side] = (line.label, {headers[c] or column_letter(c): (v, line.index,
                                                                         stood_in.get((line.index, c), c))
                                        for c, v in line.values.items() if c not in skip_cols})
    not_checked = [u.label for u in row_unchecked + col_unchecked]
    # the signed combinations found (a saldo = -lasten + baten): a saldo nothing explains may be read like them
    saldi = {axis: tuple(c for c in results if c.rule == "signed combination" and not c.failed)
             for axis, results in (("row", row_results), ("column", col_results))}
    for axis, lines, unchecked, starts in (("row", row_lines, row_unchecked, breaks),
                                           ("column", column_lines, col_unchecked, {})):
        reasons = []
        at = {line.index: i for i, line in enumerate(lines)}
        skip = skip_cols if axis == "row" else set()
        # (the lines the walk read: a line numbered under a total printed above its lines is no line of its own)
        codes, formulas = label_formulas(walked if axis == "row" else lines)
        # (a bruto line the netto line below it makes: the total of the lines above it in its block)
        gross = gross_lines(lines, starts, skip) if axis == "row" else frozenset()
        for total_line in unchecked:
            where = at.get(total_line.index)
            if total_line.index in formulas:
                # its label states its formula, and a number in it names no line above it (or two): its parts
                # cannot be read, and no other reading of it is taken (`rules.formula_in_the_label`)
                __, problem = formula_parts(total_line, formulas[total_line.index], codes)
                unverified.append((total_line.label, axis, problem or _("its label's formula names lines that are "
                                                                        "not in the table")))
                continue
            if where is not None:
                reasons.append((where, _why_unverified(lines, where, starts, skip, axis, gross)))
        # lines that are a part of a relation found (a total of 0 that claims its block is held to the others)
        # (by the total's place: a line is a part of a total above the one asked about, not of one further down)
        covered = {id(p): c.total.index for c in (row_results if axis == "row" else col_results) for p, __ in c.parts}
        balanced = {id(c.total): [p for p, __ in c.parts] for c in (row_results if axis == "row" else col_results)
                    if c.rule == "balances its block"}
        # a table listing lines called 'Totaal ...' whose parts are elsewhere (an input list) has more of them
        items = sum(1 for __, reason in reasons if not reason[0])
        part_of = {id(p): c for c in (row_results if axis == "row" else col_results) for p, __ in c.parts}
        for where, (verifiable, reason, own, claims) in reasons:
            total_label = lines[where].label
            if verifiable and _opens_the_next_total(lines, where, starts, part_of.get(id(lines[where]))):
                continue
            if verifiable and _a_line_beside_its_lines(lines[where], own, part_of.get(id(lines[where]))):
                continue
            if verifiable and items >= 2 and not claims:
                verifiable, reason = False, _("its parts are not in the table, as with {count} other lines called a "
                                              "total in it (a list of lines)").format(count=items)
            total = lines[where]
            if verifiable and claims:
                # a saldo or grand total: the lines of its block not already a part of a total found (a Saldo under
                # the saldo van baten en lasten alone, an amendment without reserves; the saldo van baten en lasten
                # and the reserves' total of 0 above a Saldo of 0)
                own = [line for line in own if covered.get(id(line), total.index) >= total.index]
                # a total found to balance its block is that block's counterpart, not its sum: the saldo counts
                # it with its lines (a wijziging's 'Totaal gemeentelijke bijdrage' -27.000 under costs of 25.000
                # and 2.000 typed with empty input lines between them, then 'Saldo na reserves' 0)
                own = [p for line in own for p in (*balanced.get(id(line), ()), line)
                       if p is line or covered.get(id(p)) == line.index]
            if verifiable and not claims:
                # a subtotal inside its block found among its lines stands for its own lines ('Eigen vermogen' over
                # the reserves, inside 'Totaal vaste passiva'): they are not counted again beside it
                inside = {id(line) for line in own}
                counted = {id(p) for c in (row_results if axis == "row" else col_results) if id(c.total) in inside
                           and c.rule == "subtotal inside its block" for p, __ in c.parts}
                own = [line for line in own if id(line) not in counted]
            if verifiable and all(q in skip for q in total.values):
                # (a page of a wide sheet printed over pages across: only its corrections and distances)
                verifiable, reason = False, _("its figures stand only in columns that do not add up (corrections, "
                                              "distances, ranks)")
            # the table rules answering for a total nothing explains: the lines just above it make it in every
            # figure, zeros all ('own lines'), or fall short of it as a deleted line makes them
            answered = answer(Ask("unexplained", total, tuple(own), (), frozenset(skip), unit, whole=claims,
                                  axis=axis, saldi=saldi[axis], named=_named_after_its_heading(lines, where, starts),
                                  across=tuple(c for c in (col_results if axis == "row" else row_results)
                                               if not c.failed))) \
                if verifiable else None
            if answered is None:
                (unverified if verifiable else parts_elsewhere).append((total_label, axis, reason))
                continue
            covered.update((id(p), total.index) for p, __ in answered.parts)
            read_where(total, answered.parts, axis, [q for q in total.values if q not in answered.failed], holds=True)
            for q in read_where(total, answered.parts, axis, answered.failed):
                # (a line deleted: a finding at the total, with its lines' sum)
                r, c = (total.index, q) if axis == "row" else (q, total.index)
                check = _sum_text(total, answered.parts) if axis == "row" else \
                    f"{total.label or _('(total)')} = {_parts_text(answered.parts, ' + ')}"
                add(r, c, check, "sum", answered.expected(q), total.values[q], parts=len(answered.parts))
            relations.append(answered.relation(axis))

    _find_plugs(row_lines, row_results, column_units, add, col_results)
    # a column left out by its title ('Correctie', 'Tarief', 'Gemiddeld') with a figure on a line read as a total:
    # that figure was not checked, and the summary says so (never 'every total adds up' over it)
    total_rows = {c.total.index for c in row_results}
    in_relations = {line.index for c in col_results for line in (c.total, *(p for p, __ in c.parts))}
    unsummed = [shown[c] or column_letter(c) for c in sorted(titled_no_sum - in_relations)
                if any(c in numbers(r) for r in total_rows)]
    # a change printed between the two figures it compares ('2024 | Mutatie | 2025'), where no relation found has it
    for change in changes_between(numeric_cols, shown, data_rows, lambda r, c: numbers(r).get(c)):
        if change.column in in_relations:
            continue
        total, left, right = (shown[q] or column_letter(q) for q in (change.column, change.left, change.right))
        minuend, subtrahend = (right, left) if change.sign > 0 else (left, right)
        for r, expected, found in change.failed:
            add(r, change.column, _("{total} = {minuend} - {subtrahend}").format(
                total=total, minuend=minuend, subtrahend=subtrahend), "sum", expected, found, parts=2)
        relations.append(Relation("column", total, (minuend, f"-{subtrahend}"), len(change.compared),
                                  len(change.failed), True, rule="change between its neighbours"))
    for chain in running:
        total, period = shown[chain.column] or column_letter(chain.column), shown[chain.period] or column_letter(
            chain.period)
        above_of = dict(chain.following)
        for r, expected, found in chain.failed:
            check = _("{total} = {period} (the first line)") if r == chain.first else \
                _("{total} = {total} of the line above + {period}")
            if r in above_of:
                above = above_of[r]
                add(r, chain.column, check.format(total=total, period=period), "follows", expected, found, parts=2,
                    note=_follows_note([(above, chain.column)], grid, label, shown), after=((above, chain.column),))
                continue
            add(r, chain.column, check.format(total=total, period=period), "sum", expected, found, parts=2)
        relations.append(Relation("column", total, (_("{total} of the line above").format(total=total), period),
                                  len(chain.compared), len(chain.failed), True, rule="running total",
                                  follows=len(chain.following),
                                  through=tuple(label(above) for __, above in chain.following)))
    _workbook_facts(cells, data_rows, numeric_cols, row_results, col_results, skip_cols | not_additive,
                    grid, numbers, add, {c for c in numeric_cols if YEARS_HEADER.search(normal(headers[c]))})
    findings.sort(key=lambda f: (f.row, f.col, f.kind))
    _dedupe(findings)
    blamed_over_follows(findings)
    findings = _shared_figures(findings, blamed_rows, blamed_cols, grid)
    findings = _short_everywhere(findings, blamed_rows)
    # (each line named without its column of signs, typed in a column of its own or printed at the label's end)
    glued = _signs_at_ends([label(r) for r in data_rows if label(r)])
    if apart or glued:
        findings, relations, not_checked, unverified, sides = _named_apart(
            {label(r): _SIGN_AT_END.sub("", label(r)) if glued else label(r, signed=False) for r in data_rows},
            findings, relations, not_checked, unverified, sides)
    # (the run's rows and columns as read, header rows included: a workbook's grid is placed as its sheet is)
    # (a label column read left of the figures keeps its own place: 'A3:D18', its labels in D)
    placed = sorted(_sheet_column(cell, c) for (r, c), cell in cells.items())
    extent = "" if grid.is_pdf else f"{column_letter(placed[0])}{rows[0]}:{column_letter(placed[-1])}{rows[-1]}"
    return Table(*head, relations, findings, not_checked, unverified, parts_elsewhere, sides, extent,
                 tuple(unsummed))


def _named_apart(names: Mapping[str, str], findings, relations, not_checked, unverified, sides):
    """The table's findings, relations, totals not checked or NOT verified and balans sides with each line named as
    `names` names its label: without its column of signs (`_sign_columns`) or of groups (`_group_columns`), the name
    a reader of the table sees."""
    def name(label: str) -> str:
        return "-" + names.get(label[1:], label[1:]) if label.startswith("-") and label not in names \
            else names.get(label, label)

    findings = [dataclasses.replace(f, row_label=name(f.row_label)) for f in findings]
    relations = [dataclasses.replace(r, total=name(r.total), parts=tuple(map(name, r.parts)),
                                     through=tuple(map(name, r.through))) for r in relations]
    return (findings, relations, [name(label) for label in not_checked],
            [(name(label), *rest) for label, *rest in unverified],
            {side: (name(label), figures) for side, (label, figures) in sides.items()})


def _shared_figures(findings: list[Finding], blamed_rows, blamed_cols, grid: Grid) -> list[Finding]:
    """Two findings, a row's total and a column's, that fail by the same amount and are both made with one figure
    (a reserve's toevoegingen: a part of its row's stand begin + toevoegingen - onttrekkingen = eind and of the
    column's total): both totals fail as printed, but one altered figure makes both. Each finding gets a note naming
    that figure and the other finding; the findings themselves (place, expected, found) stay as they are."""
    by_cell = {(f.row, f.col): f for f in findings if f.kind == "sum" and not f.within_rounding}
    notes: dict[tuple[int, int], list[str]] = {}
    for row_total, columns in blamed_rows:
        part_rows = {p.index for p, __ in row_total.parts}
        for col_total, rows in blamed_cols:
            part_cols = {p.index for p, __ in col_total.parts}
            for c in columns:
                for r in rows:
                    if r not in part_rows or c not in part_cols or \
                            abs(row_total.miss(c)) != abs(col_total.miss(r)) or not row_total.miss(c):
                        continue
                    at_row, at_col = (row_total.total.index, c), (r, col_total.total.index)
                    if at_row not in by_cell or at_col not in by_cell:
                        continue  # (a miss within rounding: no figure need be altered)
                    # the figure: its cell, or on a PDF its line and its column's header
                    cell = grid.place(r, c) if not grid.is_pdf else f"{grid.place(r, c)} [{by_cell[at_row].column}]"
                    for here, there in ((at_row, at_col), (at_col, at_row)):
                        other = by_cell[there]
                        notes.setdefault(here, []).append(
                            _("{other} fails by the same amount and both are made with {cell}: likely the altered "
                              "figure").format(other=other.place if not grid.is_pdf else
                                               f"{other.place} [{other.column}]", cell=cell))
    if not notes:
        return findings
    return [dataclasses.replace(f, note="; ".join(notes[(f.row, f.col)]))
            if f.kind == "sum" and (f.row, f.col) in notes else f for f in findings]


def _short_everywhere(findings: list[Finding], blamed_rows) -> list[Finding]:
    """A row's total blamed in every column it was checked in (two or more), each beyond rounding: one wrong figure
    makes a total fail in its own column only, a line deleted from its parts (or the total copied from another line)
    in all of them. Each of its findings gets a note saying so; the finding itself (place, expected, found) stays:
    the audit cannot tell which line is gone, only that the differences stand where a missing line's figures would."""
    by_cell = {(f.row, f.col): f for f in findings if f.kind == "sum" and not f.within_rounding}
    everywhere: set[tuple[int, int]] = set()
    for candidate, reported in blamed_rows:
        cells = [(candidate.total.index, c) for c in reported]
        if candidate.checked >= 2 and len(reported) == len(candidate.failed) == candidate.checked and \
                all(cell in by_cell for cell in cells):
            everywhere.update(cells)
    if not everywhere:
        return findings
    note = _("this total fails in every column it is checked in: a line of its parts may be missing")
    return [dataclasses.replace(f, note=f"{f.note}; {note}" if f.note else note)
            if f.kind == "sum" and (f.row, f.col) in everywhere else f for f in findings]


GRAND_TOTALS = ("totaal", "total", "totalen", "eindtotaal", "generaal totaal", "totaal generaal")


def _blamed(row_results, col_results, not_additive: set[int], moved: dict[int, dict[int, int]]
            ) -> dict[tuple[str, int], tuple[list[int], dict[int, tuple[tuple[int, int], ...]]]]:
    """Per relation found, by axis and index: (blamed, follows), the positions where it fails and its total is itself
    wrong, and those where it fails only through failing totals among its parts (with their cells), on either axis,
    as `blame.blame` decides over every failing position of every relation: a subtotal printed wrong makes its grand
    total, its saldo and its bijgestelde begroting miss by as much, and those add up to what the subtotal should have
    been. Such a position still fails as printed (a finding of its own kind, never 'holds'). A part in another unit
    than the total's ('%' beside '€') is no part of its sum. Neither in a column found not to add up (`not_additive`,
    but for a total whose label gives its formula). (`moved`: for a part whose figures were moved under other columns,
    by id, the column each figure stands in: a saldo of the groups' Totaal Lasten under the Baten's.)"""
    checks, at = [], []
    for axis, results in (("row", row_results), ("column", col_results)):
        for i, candidate in enumerate(results):
            total, signed, failed = candidate
            for q in failed:
                unit = total.units.get(q, "")
                parts = [(_cell(axis, p.index, moved.get(id(p), {}).get(q, q) if axis == "row" else q), s,
                          p.values.get(q, ZERO)) for p, s in signed if p.units.get(q, "") == unit]
                checks.append((_cell(axis, total.index, q), parts, candidate.expected(q), total.values.get(q, ZERO)))
                at.append((axis, i, q))
    verdicts = {(axis, i): ([], {}) for axis, results in (("row", row_results), ("column", col_results))
                for i in range(len(results))}
    for (axis, i, q), through in zip(at, blame(checks)):
        if axis == "row" and q in not_additive and row_results[i].rule != "formula in the label":
            continue
        blamed, follows = verdicts[axis, i]
        if through:
            follows[q] = through
        else:
            blamed.append(q)
    return verdicts


def _cell(axis: str, index: int, position: int) -> tuple[int, int]:
    """(row, column) of a line's figure at a position: a row's at a column, a column's at a row."""
    return (index, position) if axis == "row" else (position, index)


def _through(follows, following, label) -> dict:
    """A relation's 'follows' count and the labels of the failing totals those positions follow from."""
    labels = dict.fromkeys(label(at[0]) or _("(line)") for q in following for at in follows[q])
    return {"follows": len(following), "through": tuple(labels)}


def _follows_note(through, grid: Grid, label, shown) -> str:
    """"follows from 'Totaal baten' [2025] (B12): with that figure as its own lines make it, this total holds; the
    figure printed here is not wrong itself": each failing total by its line's label, its column and its place."""
    named = ", ".join(f"{(label(r) or _('(line)'))!r} [{shown.get(c, '') or column_letter(c)}] ({grid.place(r, c)})"
                      for r, c in through)
    return follows_text(named, len(through))


def follows_text(totals: str, count: int) -> str:
    """A 'follows' finding's note over the failing totals it follows from, named (also the amendment rules')."""
    return ngettext("follows from {totals}: with that figure as its own lines make it, this total holds; the figure "
                    "printed here is not wrong itself",
                    "follows from {totals}: with those figures as their own lines make them, this total holds; the "
                    "figure printed here is not wrong itself", count).format(totals=totals)


# a figure (its sign, digits, points, commas, a closing bracket) and the text after it
_FIGURE_LEAD = re.compile(r"([-\u2013\u2212+(€]?\s?\d[\d.,]*\)?)\s*\S")


def _not_read(cell: Cell) -> str:
    """What a cell of a figure column shows when it is not a figure that can be read: 'figure' for a figure glued to a
    word ('610.840nee', '610.840 nee', a PDF's '-1.791Laatste 14 kavels'), 'words' for words where a figure stands
    ('zie toelichting'; a note of another format, '-27,003.17 in centen'); '' for a cell that is read: a figure, a
    dash (nil), nothing, or a 0 glued to a word ('0naar gewicht te verdelen': as nil it counts what it says)."""
    if cell.number is not None:
        return ""
    text = cell.text.strip()
    if text in ("", *DASHES):
        return ""
    lead = _FIGURE_LEAD.match(text)
    figure = read_dutch_number(lead.group(1)) if lead else None
    return "words" if figure is None else "figure" if figure[0] != 0 else ""


def _opens_the_next_total(lines: list[Line], where: int, headings: dict[int, str], within) -> bool:
    """A line named a saldo or netto only ('Netto vlottende schulden < 1 jaar'), right under a line called a total
    (no lines of its own), that is a part of the next total ('Totaal vlottende passiva', called a total, no saldo)
    holding in every figure: the first line of that total's block, no total of the lines above it."""
    line = lines[where]
    return where > 0 and line.index not in headings and not totalish(line.key) and \
        totalish(lines[where - 1].key) and within is not None and not within.failed and \
        within.total.index > line.index and totalish(within.total.key) and not said_saldo(within.total.key) and \
        len(within.parts) >= 2


def _a_line_beside_its_lines(line: Line, own: list[Line], within) -> bool:
    """A line named a saldo (`said_saldo`: 'Saldo financieringsfunctie', 'Saldo treasury', 'Saldo grondexploitaties')
    that nothing explains, a part of a total further down (`within`) together with every line that could be its
    parts (`own`), that total holding in more figures than it fails and in one at least where those lines are not
    0: a total counting it beside those lines counts them once, so it is no saldo of them but a line of its own, a
    net amount printed as one figure (an overzicht algemene dekkingsmiddelen: 'Totaal algemene dekkingsmiddelen' =
    lokale heffingen + algemene uitkering + dividend + saldo financieringsfunctie + onvoorzien). A saldo of its
    lines with one of them deleted stays NOT verified: the total under it takes the saldo in place of its lines
    (Resultaat = Saldo + reserves), never beside them."""
    if within is None or within.total.index <= line.index or not said_saldo(line.key) or not own or \
            within.checked - len(within.failed) <= len(within.failed):
        return False
    parts = {id(p) for p, __ in within.parts}
    holding = [q for q in within.total.values if q not in within.failed]
    return all(id(p) in parts for p in own) and any(p.values.get(q) for p in own for q in holding)


def _named_after_its_heading(lines: list[Line], where: int, headings: dict[int, str]) -> bool:
    """The line is named after the heading of its block ('Totaal mutaties meicirculaire 2026' under 'Mutaties
    meicirculaire 2026', `rules._heads`): that block's lines are its lines, whatever their signs."""
    total = lines[where]
    for line in reversed(lines[max(0, where - MAX_PARTS):where + 1]):
        if line.index in headings:
            return bool(headings[line.index]) and _heads(headings[line.index], total.key)
    return False


def _why_unverified(lines: list[Line], where: int, headings: dict[int, str],
                    skip: set[int] = frozenset(), axis: str = "row",
                    gross: frozenset[int] = frozenset()) -> tuple[bool, str, list[Line], bool]:
    """Why a line called a total was not checked: (True, reason) when lines before it could be its parts and
    none add up to it (a line deleted, a total typed wrong: the table is NOT verified); (False, reason) when
    its parts are simply not in the table: nothing before it in its block; only totals of other things
    before it (seed 000 prints 'Totaal personeelskosten', 'Totaal kapitaallasten' as lines of the lasten);
    it names only one line of the table ('Som gewichten' beside one member's 'Gewicht', columns); or it has the
    opposite sign to every line before it (an input list's 'Totaal gemeentelijke bijdrage' under costs).
    A saldo, verschil or resultaat, a bare 'Totaal' and a total named after its block's heading always
    have their parts in the table (an empty row just above a saldo does not make it a block of its own), as
    has a bruto line that the netto line below it makes (`rules.gross_lines`): its block's lines above it."""
    total = lines[where]
    in_block, plain = [], []
    heading = ""
    # an empty row just above a saldo or a bare 'Totaal' sets it apart; it does not start a block of its own
    # (and so a line closing as what is left to pay or cover: 'Gemeentelijke bijdrage' after an empty row)
    set_apart = total.key in GRAND_TOTALS or said_saldo(total.key) or \
        result_label(total.key) or names_a_movement(total.key)
    subs = sub_lines(lines[max(0, where - MAX_PARTS):where + 1], headings)
    for line in reversed(lines[max(0, where - MAX_PARTS):where + 1]):
        if line is not total and line.index not in subs:
            in_block.append(line)
        if line.index in headings:
            if line is total and set_apart and not headings[line.index]:
                continue
            heading = headings[line.index]
            break
    for line in in_block:
        if totalish(line.key) or balance_first(line.key):
            break
        plain.append(line)
    in_block.reverse()
    plain.reverse()
    # (a mutatie left unexplained stood right after the totals of two blocks or more: `rules.names_a_movement`)
    claims_block = total.key in GRAND_TOTALS or said_saldo(total.key) or \
        bool(heading and _heads(heading, total.key)) or result_label(total.key) or names_a_movement(total.key) or \
        total.index in gross
    if not in_block:
        return False, _("its parts are not in the table (nothing comes before it in its block)"), plain, claims_block
    if not plain and not claims_block:
        return False, _("its parts are not in the table (only totals of other things come before it)"), plain, \
            claims_block
    if not any(v for q, v in total.values.items() if q not in skip):
        # 0 wherever its figures add up: held to what could make it (`_zero_total_lines`), never passed unread
        return True, _("it is 0 in every figure and the lines before it that could be its parts do not add up to "
                       "0 ({count} line(s))").format(count=len(in_block)), in_block if claims_block else plain, \
            claims_block
    named = [line for line in in_block if line.key and _names(total.key, line.key)]
    # (a column beside one member's: a row under its lines names them ('Totaal programma's' or 'Subtotaal
    # programma's' over 'Programma B', Programma A deleted): it totals the lines above it, short of one)
    if axis == "column" and not claims_block and len(named) == 1 and plain and named[0] is plain[-1] and all(
            abs(total.values.get(q, ZERO)) >= abs(v) for q, v in named[0].values.items()):
        return False, _("its parts are not in the table: it names one line of it ({line}), not the lines it "
                        "adds up").format(line=named[0].label), plain, claims_block
    # a total of the opposite sign to every line before it, wherever both are shown, is no sum of them
    # (an input list: 'Totaal gemeentelijke bijdrage' -3.794.000 under overhead lines of 208.000 and 558.000)
    opposed = [all(v * total.values[q] < 0 for line in in_block if (v := line.values.get(q))) for q in total.values
               if total.values[q] and any(line.values.get(q) for line in in_block)]
    if not claims_block and opposed and all(opposed):
        return False, _("its parts are not in the table: it has the opposite sign to every line before it"), plain, \
            claims_block
    if axis == "column" and _made_on_no_line(total, in_block):
        return False, _("its parts are not in the table: no columns before it make its figure on any line"), plain, \
            claims_block
    return True, _("no lines before it add up to it ({count} line(s) could be its parts)").format(
        count=len(in_block)), in_block if claims_block else plain, claims_block


# how many columns before a column `_made_on_no_line` combines (3 ** 6 ways on each line)
MAX_COMBINED = 6


def _made_on_no_line(total: Line, before: list[Line]) -> bool:
    """A column whose figure no signed combination of the columns before it (each added, taken off or left out, to
    within one unit) makes on any of its lines, three lines at least where it is not 0 beside them: a figure given
    beside them (a grondexploitatie's 'Verwacht resultaat (NCW)', a forecast to completion), not their total; one
    line it holds on makes it a total that failed elsewhere (NOT verified)."""
    if not before or len(before) > MAX_COMBINED:
        return False
    rows = [r for r, v in total.values.items() if v and any(r in line.values for line in before)]
    if len(rows) < 3:
        return False
    for r in rows:
        made = {ZERO}
        for line in before:
            figure = line.values.get(r, ZERO)
            made = {m + k * figure for m in made for k in (-1, 0, 1)}
        value = total.values[r]
        near = Decimal(1).scaleb(min(0, value.as_tuple().exponent))
        if any(abs(value - m) <= near for m in made):
            return False
    return True


def _category(key: str) -> bool:
    """'overige baten', 'overige lasten': a budget's own category (BBV), however small this year; 'overig',
    'overige verschillen' or 'restant' alone still read as a possible rounding line."""
    words = key.split()
    return len(words) > 1 and words[0].startswith("overig") and \
        not any(word.startswith(WEAK_PLUG_WORDS) for word in words[1:])


def _derived_columns(col_results) -> dict[int, frozenset[int]]:
    """The columns another relation of columns makes (Saldo = Baten - Lasten, a verschil of two saldi), each with the
    lines it holds on: there a line's figure follows from the line's other figures."""
    return {c.total.index: frozenset(r for r in c.total.values if r not in c.failed) for c in col_results}


def _unit_word(text: str) -> str:
    """The unit a header cell names and nothing else ('aantal', '(x € 1.000)', 'in €', 'fte', '%'), or ''."""
    word = " ".join(text.strip().strip("()[]").lower().split())
    return "€" if SCALE_NOTE.fullmatch(word) else TITLE_UNITS.get(word, "")


def _units_row(header_rows: list[int], numeric_cols: list[int], label_cols: list[int], cells, merged):
    """The header row of unit words only, under titles that already name every column of figures in a cell of its
    own (so the units tell no columns apart: '€' | '%' under one 'Verschil' merged over both are those columns' own
    titles), and each column's unit: the unit over it, in its own cell or merged over it ('x € 1.000' over C:I).
    (None, {}) where there is none."""
    def text(r: int, c: int) -> str:
        return cells[(r, c)].text.strip() if (r, c) in cells and cells[(r, c)].number is None else ""

    for k, r in enumerate(header_rows[1:], start=1):
        words = {c: _unit_word(text(r, c)) for c in numeric_cols if text(r, c)}
        if not words or not all(words.values()) or any(text(r, c) for c in label_cols):
            continue
        if not all(any(text(h, c) for h in header_rows[:k]) for c in numeric_cols):
            continue
        spans = {c0: c1 for r0, c0, __, c1 in merged if r0 == r}
        return r, {q: unit for c, unit in words.items() for q in numeric_cols if c <= q <= spans.get(c, c)}
    return None, {}


def _find_plugs(row_lines: list[Line], row_results, units: dict[int, Decimal], add, col_results=()) -> None:
    """Rounding plugs: a line called Afronding (or the like), or a small unnamed line whose only role is
    to make its block reach the total. Not in a column made of other columns where that relation holds on the
    line (its Saldo is its Baten - Lasten: no plug of its own)."""
    derived = _derived_columns(col_results)
    for line in row_lines:
        if plugish(line.key):
            # the most rounding can explain: half a unit for each line of the sum it closes, and its total
            lines = max((len(signed) for __, signed, __ in row_results if any(p is line for p, __ in signed)), default=2)
            for c, v in line.values.items():
                if v and line.index not in derived.get(c, ()):
                    # (in a derived column the rounding of each column it is made of adds up: no limit of its own)
                    limit = units[c] * (lines + 1) / 2
                    beyond = _("; more than rounding explains (at most {limit})").format(
                        limit=number_text(limit.normalize())) if abs(v) > limit and c not in derived else ""
                    add(line.index, c, _("rounding line {label!r}: closes the sum with {value}{beyond}").format(
                        label=line.label, value=number_text(v), beyond=beyond), "plug", None, v)
    for total, signed, failed in row_results:
        if failed or len(signed) < 3:
            continue
        parts = [p for p, __ in signed]
        # per column the two smallest sizes among the parts: a plug is far smaller than every other part
        smallest: dict[int, list[tuple[Decimal, int]]] = {}
        for c in total.values:
            sizes = sorted((abs(p.values.get(c, ZERO)), i) for i, p in enumerate(parts))
            smallest[c] = sizes[:2]
        for i, part in enumerate(parts):
            # a line named like a member is a member, however small; a plug has no name or a plug's name
            if plugish(part.key) or totalish(part.key) or (part.key and not part.key.startswith(WEAK_PLUG_WORDS)) \
                    or _category(part.key):
                continue
            figures = {c: v for c, v in part.values.items() if v and c in smallest
                       and part.index not in derived.get(c, ())}
            if not figures:
                continue
            tiny = all(abs(v) <= units[c] * (len(parts) - 1) and abs(v) * 100 < abs(total.values.get(c, ZERO))
                       for c, v in figures.items())
            peers_large = all(next(size for size, j in smallest[c] if j != i) > abs(v) * 10
                              for c, v in figures.items())
            if tiny and peers_large:
                for c, v in figures.items():
                    add(part.index, c, _("line {label!r} looks like a rounding line: only needed to make {total} "
                                         "add up ({value})").format(label=part.label,
                                                                    total=total.label or _("the total"),
                                                                    value=number_text(v)), "plug", None, v)


# a scale note after a column's title: '2029 x € 1.000', 'Verschil (bedragen x € 1.000)'
_GLUED_SCALE = re.compile(r"\s+\(?(bedragen )?x ?(€|eur|euro)\s?1\.?000(\.000)?\)?\s*$", re.IGNORECASE)
SCALE_NOTE = re.compile(r"\(?(bedragen )?(in|x) ?(€|eur|euro|euro's)( ?x)?( ?1\.?000(\.000)?| ?mln| ?miljoen)?\)?")
YEARS_HEADER = re.compile(r"\bja(ar|ren)\b|\byears?\b")


def _workbook_facts(cells, data_rows, numeric_cols, row_results, col_results, not_summed, grid: Grid, numbers,
                    add, year_cols: set[int]) -> None:
    """Hidden rows and columns holding figures, totals typed in among formulas, figures stored as text."""
    total_lines = [[(line.index, c) for c in line.values if c not in not_summed]
                   for line, __, __ in row_results] + [[(r, line.index) for r in line.values]
                                                     for line, __, __ in col_results]
    # the same total line a formula elsewhere, or (for lines called a total) the table's other totals formulas
    labelled_cells = [rc for (line, __, __), total_cells in zip(row_results, total_lines) if totalish(line.key)
                      for rc in total_cells]
    formulas = sum(1 for rc in labelled_cells if rc in cells and cells[rc].formula)
    typed = {rc for rc in labelled_cells if rc in cells and not cells[rc].formula and cells[rc].number is not None}
    if formulas < 2 * len(typed):
        typed = set()  # a table of typed totals with a formula here and there is not held to formulas
    for total_cells in total_lines:
        present = [cells[rc] for rc in total_cells if rc in cells]
        if any(cell.formula for cell in present):
            typed |= {rc for rc in total_cells if rc in cells and not cells[rc].formula
                      and cells[rc].number is not None}
    for rc in sorted(typed):
        add(rc[0], rc[1], _("total typed in where the other totals are formulas"),
            "typed total", None, cells[rc].number)
    summed = _summed_cells(row_results, col_results, not_summed)
    for r in data_rows:
        for c in numeric_cols:
            cell = cells.get((r, c))
            # a year typed as text under a header about years ('Alleen in jaren': 2018) is a label, not an amount
            if cell is not None and cell.as_text and not (c in year_cols and is_year(cell.number)) and \
                    (r, c) in summed and not all(cells[(q, c)].as_text for q in data_rows
                                                 if (q, c) in cells and cells[(q, c)].number is not None):
                add(r, c, _("number stored as text: {text!r}").format(text=cell.text), "text number",
                    None, cell.number)
    # (a hidden figure of 0 hides nothing: an input workbook's unused year column 'Jaar 5', its saldo 0)
    for r in data_rows:
        if r in grid.hidden_rows and any(numbers(r).values()):
            add(r, numeric_cols[0], _("hidden row holding figures"), "hidden")
    for c in numeric_cols:
        # (a hidden column of numbers typed as text that no total adds, a 'Grootboek' of account numbers, holds codes)
        if c in grid.hidden_cols and not all(cells[(r, c)].as_text and (r, c) not in summed for r in data_rows
                                             if (r, c) in cells and cells[(r, c)].number is not None):
            first_figure = next((r for r in data_rows if numbers(r).get(c)), None)
            if first_figure is not None:
                add(first_figure, c, _("hidden column holding figures"), "hidden")


def _summed_cells(row_results, col_results, not_summed) -> set[tuple[int, int]]:
    """The cells (row, column) a checked total adds up: a number stored as text matters only there (SUM skips it); a
    code typed as text ('Schaal' 11, a ratio '3,2' under the amounts) that no total line adds is no finding."""
    summed = set()
    for total, signed, __ in row_results:
        summed |= {(part.index, c) for part, __ in signed for c in total.values if c not in not_summed}
    for total, signed, __ in col_results:
        summed |= {(r, part.index) for part, __ in signed for r in total.values}
    return summed


def blamed_over_follows(findings: list[Finding]) -> None:
    """A figure blamed on one axis ('sum': its row's parts do not make it) that on the other axis fails only through
    a wrong total among its parts is reported once, as blamed: its 'follows' finding is left out (one finding per
    cell and column; 'holds with that figure' beside a finding that it is wrong itself would only confuse). Its
    relation still counts it in 'fails in N ... as printed, of which K only through ...', which stays true: the
    relation fails there as printed, and a finding stands at that cell."""
    blamed = {(f.row, f.col) for f in findings if f.kind == "sum"}
    findings[:] = [f for f in findings if f.kind != "follows" or (f.row, f.col) not in blamed]
    # a 'follows' whose wrong figure is no finding (that total was not verified: a part's cell not read) cannot say
    # it follows from it: it is reported as what it is as printed, a total its lines do not make (a crash before:
    # "a 'follows' finding without the finding it follows from")
    reported = {(f.row, f.col) for f in findings if f.kind != "follows"}
    findings[:] = [dataclasses.replace(f, kind="sum", note="", follows_from=())
                   if f.kind == "follows" and not any(tuple(at) in reported for at in f.follows_from) else f
                   for f in findings]


def _dedupe(findings: list[Finding]) -> None:
    seen = set()
    keep = []
    for f in findings:
        key = (f.row, f.col, f.kind, f.expected, f.found)
        if key not in seen:
            seen.add(key)
            keep.append(f)
    findings[:] = keep


def _sum_text(total: Line, signed) -> str:
    """'Totaal lasten = sum of Personeel + Huisvesting' (Dutch: 'som van')."""
    return _("{total} = sum of {parts}").format(total=total.label or _("(total)"), parts=_parts_text(signed))


def _parts_text(signed, joiner=" + ") -> str:
    """'Krediet - Besteed t/m 2024 - Besteed 2025'; '6 regels (Personeel ... Huur)' for a long sum."""
    names = [(s, p.label or _("(line)")) for p, s in signed]
    if len(names) > 4:
        return _("{count} lines ({first} ... {last})").format(count=len(names), first=names[0][1], last=names[-1][1])
    text = ("-" if names[0][0] < 0 else "") + names[0][1]
    for sign, name in names[1:]:
        text += (" - " if sign < 0 else joiner) + name
    return text



def _group_questions(numeric_cols, header_rows, cells, spanned, in_groups, own_titles):
    """The relations asked of columns in groups that repeat their own titles (`_repeated_groups`), as (total column,
    its part columns, asked as a saldo): in each group of three whose own titles name one saldo, that saldo of the
    two others; in a group titled as amended ('Begroting na wijziging') after a group of changes ('Wijziging') and
    one before that with the same own titles, each column not a saldo as the same columns of those two added."""
    runs = _group_runs(numeric_cols, header_rows, cells, spanned, in_groups)
    for k, (title, columns) in enumerate(runs):
        saldi = [c for c in columns if is_balance(own_titles[c])]
        if len(columns) == 3 and len(saldi) == 1:
            yield saldi[0], tuple(c for c in columns if c not in saldi), True
        if k >= 2 and amended(normal(title)) and is_change(normal(runs[k - 1][0])):
            before, changes = runs[k - 2][1], runs[k - 1][1]
            if [own_titles[c] for c in before] == [own_titles[c] for c in changes] == \
                    [own_titles[c] for c in columns]:
                for c, b, w in zip(columns, before, changes):
                    if c not in saldi:
                        yield c, (b, w), False
        # a group titled as a total ('Totaal uren' over Begroot | Realisatie) right after two groups or more of the
        # same own titles (Basistaken, Plustaken, each over Begroot | Realisatie; their parts not side by side): each
        # of its columns the sum of the same columns of those groups
        # (by a total's own word, 'Totaal': a 'Begroting na wijziging' is the begroting + wijziging, asked above)
        if k >= 2 and normal(title).startswith(("totaal", "total", "subtotaal", "eindtotaal")) and \
                not is_balance(normal(title)) and not amended(normal(title)):
            titles = [own_titles[c] for c in columns]
            before = []
            for other, others in reversed(runs[:k]):
                if [own_titles[c] for c in others] != titles or is_labelled(normal(other), False):
                    break
                before.insert(0, others)
            if len(before) >= 2 and all(titles):
                for i, c in enumerate(columns):
                    yield c, tuple(group[i] for group in before), False
        # a group titled as a saldo after two groups with the same own titles (Lasten | Baten | Saldo, each over
        # Primitief | Wijziging | Na wijziging): each of its columns the saldo of the same columns of those two
        if k >= 2 and is_balance(normal(title)) and not any(is_balance(normal(runs[j][0])) for j in (k - 2, k - 1)):
            first, second = runs[k - 2][1], runs[k - 1][1]
            if len(first) == len(second) == len(columns) and \
                    [own_titles[c] for c in first] == [own_titles[c] for c in second] == \
                    [own_titles[c] for c in columns]:
                for c, a, b in zip(columns, first, second):
                    if c not in saldi:
                        yield c, (a, b), True


def _group_runs(numeric_cols, header_rows, cells, spanned, in_groups) -> list[tuple[str, list[int]]]:
    """The groups of columns that repeat their own titles (`_repeated_groups`), as (title, columns), by the first
    header row above the last that has two of them or more (Lasten | Baten); none where no row has."""
    for r in header_rows[:-1]:
        runs: list[tuple[str, list[int]]] = []
        for c in numeric_cols:
            if c not in in_groups:
                continue
            title = cells[(r, c)].text.strip() if (r, c) in cells else spanned.get((r, c), "")
            if runs and title and runs[-1][0] == title and runs[-1][1][-1] == numeric_cols[numeric_cols.index(c) - 1]:
                runs[-1][1].append(c)
            elif title:
                runs.append((title, [c]))
        if len(runs) >= 2:
            return runs
    return []


def _saldo_group_questions(lines: list[Line], unchecked: list[Line], totals: set[int], runs, own_titles, skip):
    """The 'across groups' questions (`rules.saldo_of_the_groups`): a saldo left unexplained (`unchecked`) whose
    figures, two or more, stand under one group's columns only, with one other group of the same own titles, right
    under a line called or found a total (`totals`) that has figures under both groups' columns where the saldo
    has them. As (the saldo, (the total's figures under its group, the other group's moved under the same columns),
    {column: the other group's column of the same own title})."""
    at = {line.index: i for i, line in enumerate(lines)}
    for saldo in unchecked:
        where = at.get(saldo.index)
        figures = [c for c in saldo.values if c not in skip]
        if not where or len(figures) < 2 or not is_balance(saldo.key):
            continue
        group = next(((title, columns) for title, columns in runs if set(figures) <= set(columns)), None)
        if group is None:
            continue
        titles = [own_titles[c] for c in group[1]]
        others = [(title, columns) for title, columns in runs
                  if columns is not group[1] and [own_titles[c] for c in columns] == titles]
        total = lines[where - 1]
        if len(others) != 1 or not (totalish(total.key) or total.index in totals):
            continue
        match = dict(zip(group[1], others[0][1]))
        if not all(c in total.values and match[c] in total.values for c in figures):
            continue
        own = Line(total.index, f"{total.label} ({group[0]})", {c: total.values[c] for c in figures},
                   {c: total.units[c] for c in figures if c in total.units})
        other = Line(total.index, f"{total.label} ({others[0][0]})", {c: total.values[match[c]] for c in figures},
                     {c: total.units[match[c]] for c in figures if match[c] in total.units})
        yield saldo, (own, other), {c: match[c] for c in figures}


def _amended_questions(numeric_cols, header_rows, cells, spanned, headers):
    """The begroting after its change asked of its columns ('Primitief | Wijziging | Na wijziging', under 'Lasten' and
    again under 'Baten', or under no group title): a column titled as the begroting after a change (`amended_column`),
    right after one column of changes or more, right after a begroting (before the change, or after an earlier one),
    is that begroting + those changes, as (total column, its part columns). Only inside one group title: a column under
    another title merged over several columns (a group) is no part of it. By the column's own title (the lowest
    header row's), else its whole header; never where the words do not say (a 'Begroting 2026' after a 'Wijziging')."""
    def group(c):
        """The titles merged (or spanned) over this column and the one beside it, per header row above the last."""
        keys = []
        for r in header_rows[:-1]:
            title = cells[(r, c)].text.strip() if (r, c) in cells else spanned.get((r, c), "")
            k = numeric_cols.index(c)
            beside = [numeric_cols[j] for j in (k - 1, k + 1) if 0 <= j < len(numeric_cols)]
            wide = any((cells[(r, b)].text.strip() if (r, b) in cells else spanned.get((r, b), "")) == title
                       for b in beside)
            keys.append(title if title and wide else "")
        return tuple(keys)

    def kind(c):
        """(what the column is, whether its own title says so); by its whole header only where its own title has no
        words ('Begroting' over '2025' in two rows): a group title ('Begroting 2026' over Lasten | Baten) says
        nothing of a column whose own title is 'Lasten'."""
        own = next((cells[(r, c)] for r in reversed(header_rows) if (r, c) in cells), None)
        found = amended_column(normal(own.text), own.text) if own is not None else None
        if found is not None:
            return found, True
        if own is None or not re.search(r"[^\W\d_]", normal(own.text)):
            return amended_column(normal(headers[c])), False
        return None, False

    kinds = {c: kind(c) for c in numeric_cols}
    groups = {c: group(c) for c in numeric_cols}

    def apart(a, b):
        """Under two different titles merged over columns (a column read by its whole header never joins another
        group's; columns that each say what they are by their own titles do, as a PDF may lose a group's span)."""
        if kinds[a][1] and kinds[b][1]:
            return False
        return any(x and y and x != y for x, y in zip(groups[a], groups[b]))

    for k, c in enumerate(numeric_cols):
        if kinds[c][0] != "after":
            continue
        j = k - 1
        while j >= 0 and kinds[numeric_cols[j]][0] == "change" and not apart(numeric_cols[j], c):
            j -= 1
        if j == k - 1 or j < 0:
            continue
        before = numeric_cols[j]
        if kinds[before][0] in ("before", "after") and not apart(before, c) and \
                not any(apart(before, numeric_cols[i]) for i in range(j + 1, k)):
            yield c, tuple(numeric_cols[j:k])


def _group_years(numeric_cols, header_rows, cells, spanned) -> dict[int, tuple[int, int]]:
    """The years (first, last) the titles over each column's own title name ('Schooljaar 2024/2025' merged over its
    six columns: 2024, 2025), for the columns whose group titles name a year. Why: a column under another year's
    title is no total of this year's columns (`rules.of_a_later_year`). A year in a column's own title ('Stand
    1-1-2026' after 'Stand 1-1-2025' and the year's mutaties) is what the column holds, not its group's."""
    eras = {}
    for c in numeric_cols:
        own = next((r for r in reversed(header_rows) if (r, c) in cells and cells[(r, c)].text.strip()), None)
        over = " ".join(cells[(r, c)].text if (r, c) in cells else spanned.get((r, c), "")
                        for r in header_rows if own is not None and r < own)
        years = years_in(over)
        if years:
            eras[c] = (min(years), max(years))
    return eras


def _alone_in_its_year(eras: Mapping[int, tuple[int, int]]) -> set[int]:
    """The columns under a group title whose years no other column's group title shares, beside columns under a later
    year's (`rules.of_a_later_year`): last year's total beside this year's columns."""
    return {c for c, years in eras.items()
            if all(b == c or not nested_years(years, other) for b, other in eras.items())
            and any(years[1] < other[1] for other in eras.values())}


def _saldi_alone(numeric_cols, header_rows, cells, spanned, own_titles, headers) -> set[int]:
    """The columns whose own title is a saldo and whose group title (the nearest header row above with a title over it)
    heads no lasten or baten column beside it: only saldi or verschillen (a PDF spans 'Begroting 2025 na wijz.' onto the
    'Verschil' after it). Why: such a saldo is given as its begroting has it, not the saldo of columns in its group.
    Not after a column of changes: a saldo after its wijziging is the begroting's saldo + the change (asked so)."""
    alone = set()
    if len(header_rows) < 2:
        return alone
    for k, c in enumerate(numeric_cols):
        if "saldo" not in own_titles[c].split() or any(is_change(normal(headers[b])) for b in numeric_cols[:k]):
            continue
        for r in reversed(header_rows[:-1]):
            title = cells[(r, c)].text.strip() if (r, c) in cells else spanned.get((r, c), "")
            if not title:
                continue
            group = [b for b in numeric_cols if (cells[(r, b)].text.strip() if (r, b) in cells
                                                 else spanned.get((r, b), "")) == title]
            # (the group: the run of columns under that title, through this one)
            run = [c]
            for step in (-1, 1):
                j = k + step
                while 0 <= j < len(numeric_cols) and numeric_cols[j] in group:
                    run.append(numeric_cols[j])
                    j += step
            if all(own_titles[b] and is_balance(own_titles[b]) for b in run):
                alone.add(c)
            break
    return alone


def _repeated_groups(numeric_cols, header_rows, cells, spanned) -> set[int]:
    """The columns of groups that repeat their own titles under titles over several columns (Lasten | Baten, each over
    Primitieve begroting | Begroting na wijziging | Rekening 2025 | Verschil): in a header row above the last, runs of
    columns under one title, two or more alike in their own titles (the last header row's)."""
    if len(header_rows) < 2:
        return set()
    own = {c: normal(cells[(header_rows[-1], c)].text) if (header_rows[-1], c) in cells else "" for c in numeric_cols}
    found: set[int] = set()
    for r in header_rows[:-1]:
        runs: list[tuple[str, list[int]]] = []
        for c in numeric_cols:
            title = cells[(r, c)].text.strip() if (r, c) in cells else spanned.get((r, c), "")
            if runs and title and runs[-1][0] == title and runs[-1][1][-1] == numeric_cols[numeric_cols.index(c) - 1]:
                runs[-1][1].append(c)
            else:
                runs.append((title, [c]))
        sequences = [tuple(own[c] for c in columns) for title, columns in runs if title and len(columns) >= 2]
        for title, columns in runs:
            sequence = tuple(own[c] for c in columns)
            if title and len(columns) >= 2 and all(sequence) and sequences.count(sequence) >= 2:
                found.update(columns)
    return found


def _year_gaps(years: list[int]) -> list[tuple[int, list[int]]] | None:
    """Years down the lines that run by one, up or down, with a year left out here and there (2019, 2020, 2022, 2023:
    the line of 2021 deleted): each gap as (the index of the year after it, the years missing there). [] where none
    is missing (a series by a step of its own, peiljaren 2015, 2020, 2025, too). None where they run otherwise: out
    of order, a year repeated, more steps over a gap than by one, or a gap of more years than there are lines (2024,
    2052: a year typed wrong, not 27 lines gone): each line out of sequence is then said as it is."""
    steps = [b - a for a, b in zip(years, years[1:])]
    direction = 1 if sum(1 for d in steps if d > 0) * 2 > len(steps) else -1
    if any(d * direction <= 0 for d in steps):
        return None
    gaps = [(i + 1, [years[i] + direction * k for k in range(1, abs(d))]) for i, d in enumerate(steps) if abs(d) > 1]
    ones = sum(1 for d in steps if abs(d) == 1)
    if not gaps or not ones and len(set(steps)) == 1:
        return []
    if ones <= len(gaps) or sum(len(missing) for __, missing in gaps) >= len(years):
        return None
    return gaps


def _check_years(numeric_cols, headers, header_rows, cells, add) -> None:
    """Year headers out of sequence. In groups when the titles repeat in groups (Begroting | Wijziging |
    Bijgestelde begroting per year): the groups' years run on, up or down. One kind of column (its title without the year):
    its years run up or down. Kinds side by side: a column after one of its own kind is the year after it, up
    or down as the table's years go (Raming 2026 | Raming 2027 | Raming 2029: 2028 expected); a column of another
    kind may start where it likes (a begroting prints Rekening t-2 beside Begroting t). Not the same columns
    again for another side (Lasten | Baten whose merged titles a PDF lost: 'Rekening 2025' twice): those repeat
    their years."""
    years = {c: year_in(headers[c]) for c in numeric_cols}
    cols = [c for c in numeric_cols if years[c] is not None]
    if len(cols) < 2:
        return
    titles = [normal(re.sub(r"\d{4}", "", headers[c])) for c in cols]
    period = next((p for p in range(1, len(cols) // 2 + 1)
                   if len(set(titles[:p])) == p and all(titles[i] == titles[i % p] for i in range(len(cols)))
                   and len(cols) % p == 0), None)
    year_row = next((r for r in header_rows if sum(1 for c in cols if (r, c) in cells and
                                                   year_in(cells[(r, c)].text) is not None) >= 2), None)

    def out_of_sequence(c: int, expected: int) -> None:
        r = year_row if year_row is not None else header_rows[-1]
        add(r, c, _("year header out of sequence"), "year", Decimal(expected), Decimal(years[c]), column=headers[c])

    if period is not None and period > 1:
        # a group may be cut at the table's left edge: align the groups where most years agree; the groups' years
        # run up or down (a jaarstuk prints the current year first: Begroting 2026 | Begroting 2025, each over
        # Bedrag | %), whichever most years keep (up where both keep as many)
        first = years[cols[0]]
        candidates = [[first + way * ((i + offset) // period - offset // period) for i in range(len(cols))]
                      for way in (1, -1) for offset in range(period)]
        expected = max(candidates, key=lambda e: sum(1 for c, y in zip(cols, e) if years[c] == y))
        for c, e in zip(cols, expected):
            if years[c] != e:
                out_of_sequence(c, e)
        return
    every = [normal(re.sub(r"\d{4}", "", headers[c])) for c in numeric_cols]
    n = len(numeric_cols)
    if any(n % p == 0 and len(set(every[:p])) == p and all(
            every[i] == every[i % p] and years[numeric_cols[i]] == years[numeric_cols[i % p]] for i in range(n))
           for p in range(2, n // 2 + 1)):
        return  # the same columns, years and all, for another side
    if len(set(titles)) == 1:
        # one kind: a run up (2025 2026 2027) or down (a balans: 31-12-2025 beside 31-12-2024), whichever most
        # years keep
        first = years[cols[0]]
        up = [first + i for i in range(len(cols))]
        down = [first - i for i in range(len(cols))]
        expected = max((up, down), key=lambda e: sum(1 for c, y in zip(cols, e) if years[c] == y))
        if sum(1 for c, e in zip(cols, expected) if years[c] == e) * 2 < len(cols):
            return  # not a run of consecutive years: nothing to hold it to
        for c, e in zip(cols, expected):
            if years[c] != e:
                out_of_sequence(c, e)
        return
    if len({years[c] for c in cols}) == 1:
        return  # kinds of one year (Correctie ... 2026 | Getoond ... 2026, a title read twice in a print): no sequence
    # kinds side by side: each column after one of its own kind is the year after it (as the table's years go,
    # up or down); a column of another kind may start where it likes (Rekening 2024 | Begroting 2026)
    steps = [years[b] - years[a] for a, b in zip(cols, cols[1:])]
    way = -1 if sum(1 for d in steps if d < 0) > sum(1 for d in steps if d > 0) else 1
    expected = years[cols[0]]
    for i, c in enumerate(cols):
        if i and titles[i] == titles[i - 1]:
            expected += way
            if years[c] != expected:
                out_of_sequence(c, expected)
        else:
            expected = years[c]
