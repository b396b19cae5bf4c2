"""Reading an xlsx workbook's cells safely: defined names, stored values of formulas, typed values.

Shared by the input-workbook reader (workbook_spec) and the produced-workbook reader (produced_spec).
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from pathlib import Path

from ..core.allocation import method_named
from ..errors import InputError
from ..i18n import N_, _
from ..i18n import number as number_text
from .numbers import NumberError, parse_number
from .schema import NO_WORDS, UNITS, UNITS_TEXT, YES_WORDS

MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
          "november", "december")


class Locator(dict):
    """Document path (tuple) -> its cell or range in the officer's words ("Begroting!D7").

    ``where(path)`` names the place with the file, as every spec locator does ("invoer.xlsx,
    Begroting!D7"); a path without a place of its own takes its nearest enclosing one. ``labels``
    holds the label beside a field's cell ("Titel" for ("algemeen", "titel"))."""

    def __init__(self, file_name: str = "") -> None:
        super().__init__()
        self.file_name = file_name
        self.labels: dict[tuple, str] = {}
        self.bad: set[str] = set()  # the places ("invoer.xlsx, Begroting!B5") of cells that could not be read
        # A cell that cannot be read: refuse(place, problem) raises its problem (the default), or the reader of
        # the file keeps it and reads on (workbook_spec._Reader does), so that one run names every such cell.
        self.refuse = _refuse_at_once


    def cell(self, path: tuple) -> str:
        for end in range(len(path), 0, -1):
            if tuple(path[:end]) in self:
                return self[tuple(path[:end])]
        return ""

    def where(self, path: tuple) -> str:
        place = self.cell(tuple(path))
        return f"{self.file_name}, {place}" if place else self.file_name


# the sheet a defined name's formula text points to: 'Bijdrage gemeenten'!$A$6:$F$405 or Wijziging!$B$5
_SHEET_OF_RANGE = re.compile(r"(?:'((?:[^']|'')+)'|([^'!#][^'!]*))!")


def _refuse_at_once(place: str, problem: str) -> None:
    raise InputError(problem)


def a1(sheet: str, coordinate: str) -> str:
    quoted = sheet if re.fullmatch(r"[A-Za-z_][A-Za-z0-9_.]*", sheet) else "'" + sheet.replace("'", "''") + "'"
    return f"{quoted}!{coordinate.replace('$', '')}"


# --- reading -------------------------------------------------------------------------------------

class CellBook:
    """One input or produced workbook read by inputs/xlsx_reader.py: defined names, and each cell's stored
    value (a formula's too), refusing what a reader would otherwise misread."""

    def __init__(self, path: Path) -> None:
        from .xlsx_reader import Workbook

        self.path = path
        self.name = path.name
        _check_path(path)
        with Workbook(path) as book:
            self.defined_names = dict(book.defined_names)
            self.sheetnames = list(book.sheetnames)
            self._book = book
            self._sheets = {}
            for name in list(self.defined_names):
                destination = self._destination(name)
                if destination is not None and destination[0] not in self._sheets:
                    self._sheets[destination[0]] = book.sheet(destination[0])

    def _destination(self, name: str):
        try:
            return self._book.destination(name)
        except KeyError:
            return None

    def has(self, name: str) -> bool:
        return name in self.defined_names

    def missing_sheets(self, made_on: dict[str, str]) -> list[str]:
        """The sheets that these defined names need and the workbook lacks (deleted), in the order of ``made_on``
        (defined name -> the sheet it was made on). A name on a deleted sheet keeps that sheet's name (LibreOffice,
        openpyxl) or becomes #REF! (Excel): then its sheet counts as missing only when no sheet has that name and
        no other name made on it still points to a sheet (a renamed sheet is not missing)."""
        resolving = {sheet for name, sheet in made_on.items() if self.has(name) and self._destination(name)}
        missing: list[str] = []
        for name, sheet in made_on.items():
            if not self.has(name) or self._destination(name) is not None:
                continue
            text = self.defined_names[name]
            named = _SHEET_OF_RANGE.match(text)
            if named:
                gone = (named.group(1) or "").replace("''", "'") or named.group(2)
            elif text.upper().startswith("#REF!") and sheet not in resolving:
                gone = sheet
            else:
                continue
            if gone not in self.sheetnames and gone not in missing:
                missing.append(gone)
        return missing

    def cells(self, name: str) -> tuple[str, list[list[str]]]:
        """The sheet and the coordinates (rows of cells) of a workbook-scoped defined name."""
        from ..core.cells import column_letter

        if name not in self.defined_names:
            raise InputError(_("{file}: the defined name '{name}' is missing (Formulas > Name Manager); start from "
                               "pyengine new or xlsx_models/ and copy your figures in").format(file=self.name, name=name))
        destination = self._destination(name)
        if destination is None:
            raise InputError(_("{file}: the defined name '{name}' does not point to one range ({text}); restore it "
                               "in Formulas > Name Manager").format(file=self.name, name=name,
                                                                   text=self.defined_names[name]))
        sheet, (min_row, min_col, max_row, max_col) = destination
        return sheet, [[f"{column_letter(c)}{r}" for c in range(min_col, max_col + 1)]
                       for r in range(min_row, max_row + 1)]

    def cell(self, sheet: str, coordinate: str):
        """The reader's Cell (or None for an empty cell)."""
        return self._sheets[sheet].at(coordinate)

    def hidden(self, sheet: str, coordinate: str) -> str | None:
        """'row 7' or 'column D' when the cell's row or column is hidden, else None."""
        from ..core.cells import column_letter
        from .xlsx_reader import split_ref

        row, col = split_ref(coordinate)
        found = self._sheets[sheet]
        if row in found.hidden_rows:
            return _("row {row}").format(row=row)
        if col in found.hidden_cols:
            return _("column {column}").format(column=column_letter(col))
        return None

    def number_format(self, sheet: str, coordinate: str) -> str:
        cell = self.cell(sheet, coordinate)
        return cell.number_format if cell is not None else "General"

    def merged_over(self, sheet: str, coordinate: str) -> str | None:
        """The merged range (A1 text) that covers a cell without starting at it, or None."""
        from ..core.cells import column_letter
        from .xlsx_reader import split_ref

        row, col = split_ref(coordinate)
        found = self._sheets[sheet].merged_over(row, col)
        if found is None or (found[0], found[1]) == (row, col):
            return None
        return f"{column_letter(found[1])}{found[0]}:{column_letter(found[3])}{found[2]}"

    def value(self, sheet: str, coordinate: str) -> object:
        cell = self.cell(sheet, coordinate)
        merged = self.merged_over(sheet, coordinate)
        if merged is not None:
            raise InputError(_("{place}: the cell is part of the merged cells {range}, so what is typed there is "
                               "not read; unmerge them (Home > Merge & Center) and type each figure in its own cell")
                             .format(place=a1(sheet, coordinate), range=merged))
        if cell is None:
            return None
        raw = cell.value
        if cell.formula is not None:
            if raw is None:
                raise InputError(_('{value}: holds a formula ({formula}) without a stored value; type the figure, or open and save the workbook in Excel or LibreOffice first').format(value=a1(sheet, coordinate), formula=cell.formula))
        if cell.error is not None or (isinstance(raw, str) and raw.strip() in (
                "#DIV/0!", "#N/A", "#NAME?", "#NULL!", "#NUM!", "#REF!", "#VALUE!")):
            raise InputError(_('{value}: holds the error value {raw}').format(value=a1(sheet, coordinate), raw=raw))
        if isinstance(raw, str) and not raw.strip():
            return None
        return raw


def _check_path(path: Path) -> None:
    if not path.is_file():
        raise InputError(_('{path}: file not found').format(path=path))
    if path.suffix.lower() != ".xlsx":
        raise InputError(_('{file}: an input workbook must be an .xlsx file').format(file=path.name))


def _shown(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return repr(value) if isinstance(value, str) else str(value)


def convert(value: object, kind: str, choices: tuple = ()) -> object:
    """A cell value as the document holds it, or ValueError with what was expected."""
    if isinstance(value, (dt.datetime, dt.date, dt.time)) and kind != "date_text":
        raise ValueError(_('expected {value}, got a date ({value2:%Y-%m-%d}); Excel turned what was typed into a date: format the cell as Text and type it again').format(value=_(EXPECTED[kind]), value2=value)
                         if not isinstance(value, dt.time) else _('expected {value}, got a time').format(value=_(EXPECTED[kind])))
    if isinstance(value, bool) and kind not in ("bool",):
        raise ValueError(_('expected {value}, got {value2}').format(value=_(EXPECTED[kind]), value2=value))
    if kind in ("text", "kind"):
        if isinstance(value, float):
            return _shown(value) if value.is_integer() else repr(value)
        return str(value).strip()
    if kind == "date_text":
        if isinstance(value, (dt.datetime, dt.date)):
            return f"{value.day} {MONTHS[value.month - 1]} {value.year}"
        return _shown(value).strip() if not isinstance(value, str) else value.strip()
    if kind in ("amount", "weight", "fte"):
        number = _number(value, kind)
        if kind == "weight" and number < 0:
            raise ValueError(_('a weight cannot be negative, got {value}').format(value=_shown(value)))
        return number
    if kind in ("int", "unit", "decimals", "year"):
        number = _number(value, kind)
        if number != number.to_integral_value():
            raise ValueError(_('expected {value}, got {value2}').format(value=_(EXPECTED[kind]), value2=_shown(value)))
        whole = int(number)
        if kind == "unit" and whole not in UNITS:
            raise ValueError(_('expected {value}, got {whole}').format(value=_(EXPECTED[kind]), whole=whole))
        if kind == "decimals" and whole not in (0, 1, 2):
            raise ValueError(_('expected {value}, got {whole}').format(value=_(EXPECTED[kind]), whole=whole))
        if kind == "year" and not 1900 <= whole <= 2200:
            raise ValueError(_('expected {value}, got {whole}').format(value=_(EXPECTED[kind]), whole=whole))
        return whole
    if kind == "bool":
        if isinstance(value, bool):
            return value
        text = str(value).strip().lower()
        if text in YES_WORDS:
            return True
        if text in NO_WORDS:
            return False
        raise ValueError(_('expected ja or nee, got {value}').format(value=_shown(value)))
    if kind == "closing":  # ja: the change in gemeentelijke bijdrage is derived (bijdrage = "sluitend")
        return "sluitend" if convert(value, "bool") else "ingevoerd"
    if kind == "method":
        try:
            return method_named(str(value))
        except InputError:
            raise ValueError(_('expected one of {names}, got {value}').format(names=', '.join(choices), value=_shown(value))) from None
    if kind == "year_list":
        if isinstance(value, (int, float)):
            return [convert(value, "year")]
        parts = [p for p in re.split(r"[,;\s]+", str(value).strip()) if p]
        if not parts:
            raise ValueError(_('expected years such as 2018 or 2018, 2019'))
        try:
            return [convert(p, "year") for p in parts]
        except ValueError:
            raise ValueError(_('expected years such as 2018 or 2018, 2019, got {value}').format(value=_shown(value))) from None
    raise AssertionError(kind)


EXPECTED = {"text": N_("text"), "kind": N_("text"), "date_text": N_("a date or text"), "amount": N_("an amount"),
            "fte": N_("an amount"),  # an amount, but its text '1.777' reads two ways (see _two_way_weight)
            "weight": N_("a weight (a number)"), "int": N_("a whole number"), "unit": UNITS_TEXT,
            "decimals": N_("0, 1 or 2"), "year": N_("a year such as 2025"), "bool": N_("ja or nee"), "closing": N_("ja or nee"),
            "method": N_("a method"), "year_list": N_("years")}


# A weight typed as text with one group of three digits after a dot or a comma reads as two different numbers:
# '5.952' is 5952 the Dutch way and 5.952 the English way; '51,950' is 51.95 and 51950. A weight may have three
# decimals (a share), so neither reading is safe: refused with its cell (a key CSV refuses the same mix). An amount
# has at most two decimals, so '2.000' as an amount can only be 2000; more groups ('1.234.567') or both signs
# ('1.010,5') read one way only.
_TWO_WAY_DOT = re.compile(r"^-?([1-9]\d{0,2})\.(\d{3})$")
_TWO_WAY_COMMA = re.compile(r"^-?([1-9]\d{0,2}),(\d{3})$")


def _two_way_weight(text: str, kind: str = "weight") -> str | None:
    """Why a weight (or an fte: ``kind``) typed as ``text`` cannot be read one way (None when it can)."""
    dot, comma = _TWO_WAY_DOT.match(text), _TWO_WAY_COMMA.match(text)
    sign = "-" if text.startswith("-") else ""
    if kind == "fte" and (dot or comma):  # 1,777 fte or 1777? an fte has three decimals as often as a weight
        found = dot or comma
        return _("typed as text it reads two ways: {whole} or {decimal}; type the fte as a number (cell format "
                 "Number, not Text), such as {decimal}").format(
            whole=sign + found.group(1) + found.group(2),
            decimal=number_text(Decimal(f"{sign}{found.group(1)}.{found.group(2)}"), grouping=False))
    if dot:
        return _("typed as text it reads two ways: {whole} (a dot between thousands, as in Dutch) or "
                 "{integer}.{fraction} (a decimal point, as in English); type the weight as a number (cell format "
                 "Number, not Text)").format(whole=sign + dot.group(1) + dot.group(2), integer=sign + dot.group(1),
                                             fraction=dot.group(2))
    if comma:
        return _("typed as text it reads two ways: {integer}.{fraction} (a decimal comma, as in Dutch) or {whole} "
                 "(a comma between thousands, as in English); type the weight as a number (cell format Number, "
                 "not Text)").format(whole=sign + comma.group(1) + comma.group(2), integer=sign + comma.group(1),
                                     fraction=comma.group(2))
    return None


def _number(value: object, kind: str) -> Decimal:
    """A cell's number: a number cell exactly, text by the key files' Dutch convention (1.234,5), except a weight
    that reads as two numbers (see _TWO_WAY_DOT)."""
    try:
        if kind in ("weight", "fte") and isinstance(value, str):
            two_way = _two_way_weight(value.strip(), kind)
            if two_way:
                raise NumberError(two_way)
        return parse_number(value, "nl" if isinstance(value, str) else "cell")
    except NumberError as error:
        reason = str(error)
        if "Dutch convention" in reason or "Nederlandse schrijfwijze" in reason:
            reason = _("typed as text, write it the Dutch way: dot between thousands, comma for decimals "
                       "(5.952 or 1.010,5)")
        detail = f" ({reason})" if isinstance(value, str) and re.search(r"\d", value) else ""
        raise ValueError(_('expected {value}, got {value2}{detail}').format(value=_(EXPECTED[kind]), value2=_shown(value), detail=detail)) from None
