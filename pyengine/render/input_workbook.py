"""Spec documents -> input workbooks: what `pyengine new` and xlsx_models/build_input_workbooks.py write.

Written by the project's own writer (xlsx.py, with xlsx_styles, xlsx_validation, xlsx_conditional and
xlsx_comments for the parts an input workbook needs), like every other workbook: every formula carries
the value it shows, and the same document always gives the same bytes. The layout is workbook_form's
(the reader, inputs/workbook_spec, follows the same declaration).

Besides the yellow input cells, the workbook checks itself as the officer types: a Controles sheet
(and a row under Begroting and Wijziging) with live formulas, green when TRUE and red when FALSE:
the begroting and the wijziging close (saldo after the reserves 0) and the members' bijdragen add up
to the gemeentelijke bijdrage.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Callable

from ..core.amendment import BATEN_CODES, LINE_CODES
from ..core.money import to_decimal
from ..errors import InputError
from ..i18n import _
from ..inputs.schema import method_label, yes_no
from ..inputs.workbook_form import (EXPECTED_NL, FORMS, MAX_YEARS, PREFIX, Field, Fields, Lines, Table, line_label,
                                    line_name)
from .formula import ABS, AND, COUNTA, EQ, IF, LT, SUM, Area, Expr, Ref, column_letter
from .xlsx import Book, Sheet
from .sheets import lay_out_pages
from .xlsx_comments import Comment
from .xlsx_conditional import ConditionalFormat, Rule
from .xlsx_styles import Differential, Font, Style, Stylesheet
from .xlsx_validation import DataValidation, list_formula

TITLE = Style(Font(size=14, bold=True))
SUBTITLE = Style(Font(size=11, bold=True))
INTRO = Style(Font(size=9, italic=True, color="595959"))
LABEL = Style(Font())
HEADER = Style(Font(bold=True), fill="DDEBF7", horizontal="center", wrap=True)
YEAR_HEADER = Style(Font(bold=True), fill="DDEBF7", number_format="0", horizontal="center")
CHECK = Style(Font(bold=True), horizontal="center")
SALDO = Style(Font(italic=True), number_format="#,##0.00;-#,##0.00;0")
INPUT_FORMATS = {"text": "@", "kind": "@", "date_text": "@", "year_list": "@", "amount": "#,##0.00##;-#,##0.00##;0",
                 "year": "0"}
PASSED = Differential(font_color="006100", fill="C6EFCE")
FAILED = Differential(font_color="9C0006", fill="FFC7CE")
MONEY_TOLERANCE = Decimal("0.005")


def number_cell(value: object) -> object:
    """A number as the workbook stores it: int, or Decimal when that keeps every digit (15 significant,
    what Excel holds); else Dutch text, which the reader takes exactly."""
    number = value if isinstance(value, Decimal) else to_decimal(
        value.replace("_", "").strip() if isinstance(value, str) else value, "value")
    if number == number.to_integral_value() and abs(number) < 10 ** 15:
        return int(number)
    if len(number.normalize().as_tuple().digits) <= 15:
        return number.normalize()
    sign = "-" if number < 0 else ""
    whole, _dot, fraction = f"{abs(number):f}".partition(".")
    grouped = f"{int(whole):,}".replace(",", ".")
    return f"{sign}{grouped},{fraction}" if fraction else f"{sign}{grouped},0"


def write_workbook(doc: dict, rebase: Callable[[str], str] | None = None, where: str = "spec") -> bytes:
    """An input workbook holding ``doc`` (a spec document); ``rebase`` maps key/rates file paths."""
    kind = doc.get("soort")
    if kind not in FORMS:
        raise InputError(_("{place}: field 'soort' must be begrotingswijziging or kostenverdeling, got {kind}").format(place=where, kind=repr(kind)))
    writer = _Writer(doc, rebase or (lambda p: p), where)
    for block in FORMS[kind]:
        writer.block(block)
    writer.check_unused()
    writer.checks()
    return writer.to_bytes()


@dataclass(eq=False, slots=True)
class _BlankAsText(Ref):
    """A reference compared with "": an empty cell is "" there (Excel's rule), not 0."""

    def evaluate(self, book) -> object:
        value = book.value_at(self.sheet, self.row, self.col)
        return "" if value is None else value


KNOWN = {
    "begrotingswijziging": {"": {"soort", "algemeen", "verdeelsleutel", "begroting", "wijziging", "bijdrage_gemeente",
                                 "toelichting", "vaststelling"},
                            "algemeen": {"nummer", "titel", "organisatie", "kenmerk", "programma", "onderdeel",
                                         "taakveld", "jaren", "eenheid", "baten_negatief", "verdeelmethode",
                                         "centrumgemeente", "bijdrage", "saldo_toegestaan"},
                            "vaststelling": {"door", "op"}, "toelichting": {"tekst"}},
    "kostenverdeling": {"": {"soort", "algemeen", "tarieven", "formatie", "bedrag", "onvoorzien", "capaciteit",
                             "verdeelsleutel"},
                        "algemeen": {"titel", "organisatie", "jaren", "decimalen", "bron"},
                        "tarieven": {"bestand", "tarieven"}, "onvoorzien": {"omschrijving", "percentage", "bedrag", "toelichting"}},
}


class _Writer:
    def __init__(self, doc: dict, rebase, where: str) -> None:
        self.doc, self.rebase, self.where = doc, rebase, where
        self.kind = doc["soort"]
        self.styles = Stylesheet()
        self.book = Book(b"", None)
        self.next_row: dict[str, int] = {}
        self.years_cells: list[tuple[int, int]] = []  # (row, col) on Algemeen of each year
        self.field_cells: dict[tuple[str, ...], tuple[str, int, int]] = {}  # document path -> its cell
        self.line_rows: dict[str, tuple[str, int]] = {}  # "begroting"/"wijziging" -> (sheet, first line row)
        self.table_areas: dict[str, tuple[str, int, int]] = {}  # table name -> (sheet, first row, last row)
        self.years = list(doc.get("algemeen", {}).get("jaren", []) or [])
        for section, fields in KNOWN[self.kind].items():
            table = doc if not section else doc.get(section, {})
            if isinstance(table, dict):
                unknown = sorted(set(table) - fields)
                if unknown:
                    raise InputError(_('{place} [{value}]: field(s) {names} have no place in the input workbook').format(place=where, value=section or 'top', names=', '.join(unknown)))

    def to_bytes(self) -> bytes:
        self.book.styles_xml = self.styles.to_xml()
        lay_out_pages(self.book)
        return self.book.to_bytes()

    # sheets and cells
    def sheet(self, title: str) -> Sheet:
        if title not in self.next_row:
            sheet = self.book.sheet(title)
            sheet.widths[1] = 30
            self.next_row[title] = 1
        return self.book.sheet(title)

    def width(self, ws: Sheet, col: int, width: float) -> None:
        ws.widths[col] = max(ws.widths.get(col, 0), width)

    def put(self, ws: Sheet, row: int, col: int, value: object, style: Style, formula: Expr | None = None) -> None:
        ws.put(row, col, value, style=self.styles.style(style), formula=formula)

    def heading(self, ws: Sheet, title: str, intro: str, big: bool) -> int:
        row = self.next_row[ws.name]
        self.put(ws, row, 1, title, TITLE if big else SUBTITLE)
        self.put(ws, row + 1, 1, intro, INTRO)
        return row + 3 if big else row + 2

    def input_cell(self, ws: Sheet, row: int, col: int, value: object, kind: str, comment: str | None,
                   grey: bool = False) -> None:
        style = Style(Font(color="1F3864"), fill="EDEDED" if grey else "FFF2CC",
                      number_format=INPUT_FORMATS.get(kind, "General"))
        if isinstance(value, float):
            value = Decimal(repr(value))
        elif isinstance(value, int) and not isinstance(value, bool):
            value = Decimal(value)  # the formulas' arithmetic (SUM over an area) counts Decimal numbers
        self.put(ws, row, col, value, style)
        if comment:
            ws.comments.append(Comment(row, col, comment))

    def define(self, name: str, ws: Sheet, first: tuple[int, int], last: tuple[int, int] | None = None) -> None:
        self.book.define(name, ws.name, first[0], first[1], last)

    def validation(self, ws: Sheet, kind: str, ref: str, choices: tuple = ()) -> None:
        if kind in ("bool", "closing", "method", "unit", "decimals"):
            rule = DataValidation(ref, "list", list_formula(choices))
        elif kind == "amount":
            rule = DataValidation(ref, "decimal", "-1000000000000", "1000000000000", "between")
        elif kind == "weight":
            rule = DataValidation(ref, "decimal", "0", operator="greaterThanOrEqual")
        elif kind in ("years", "year"):
            rule = DataValidation(ref, "whole", "1900", "2200", "between")
        elif kind == "int":
            rule = DataValidation(ref, "whole", "0", "100", "between")
        else:
            return
        ws.validations.append(DataValidation(rule.sqref, rule.kind, rule.formula1, rule.formula2, rule.operator,
                                             error=f"Verwacht: {EXPECTED_NL.get(kind, 'een getal')}",
                                             error_title="Ongeldige invoer"))

    def year_label(self, index: int) -> tuple[object, Expr | None]:
        """'Jaar 2', or a formula that shows Algemeen's second year once it is typed there."""
        value = f"Jaar {index + 1}"
        if not self.years_cells:
            return value, None
        row, col = self.years_cells[index]
        formula = IF(EQ(_BlankAsText("Algemeen", row, col, True), ""), value, Ref("Algemeen", row, col, True))
        return None, formula  # its value is evaluated from the formula when the workbook is written

    def year_header(self, ws: Sheet, row: int, col: int, index: int) -> None:
        value, formula = self.year_label(index)
        self.put(ws, row, col, value, YEAR_HEADER, formula)

    def header(self, ws: Sheet, row: int, col: int, text: str, comment: str = "") -> None:
        self.put(ws, row, col, text, HEADER)
        if comment:
            ws.comments.append(Comment(row, col, comment, height=4))

    def hide_unused_years(self, ws: Sheet, first_col: int) -> None:
        """Year columns beyond the years in use are hidden (no 'Jaar 5' when 4 years are used); with no
        years typed yet every column stays visible."""
        if self.years:
            ws.hidden_cols.update(first_col + i for i in range(len(self.years), MAX_YEARS))

    # blocks
    def block(self, block) -> None:
        if isinstance(block, Fields):
            self.fields(block)
        elif isinstance(block, Lines):
            self.lines(block)
        else:
            self.table(block)

    def fields(self, block: Fields) -> None:
        ws = self.sheet(block.sheet)
        self.width(ws, 2, 44)
        row = self.heading(ws, block.title, block.intro, True)
        for field in block.fields:
            self.put(ws, row, 1, field.label, LABEL)
            if field.kind == "years":
                for i in range(MAX_YEARS):
                    value = self.years[i] if i < len(self.years) else None
                    self.input_cell(ws, row, 2 + i, value, "year", field.comment if i == 0 else None)
                    self.width(ws, 2 + i, 12)
                self.define(field.name, ws, (row, 2), (row, 1 + MAX_YEARS))
                self.validation(ws, "years", f"B{row}:{column_letter(1 + MAX_YEARS)}{row}")
                self.years_cells = [(row, 2 + i) for i in range(MAX_YEARS)]
                self.hide_unused_years(ws, 2)  # the first year's column holds every other field too: never hidden
            else:
                self.input_cell(ws, row, 2, self._field_value(field), field.kind, field.comment,
                                grey=field.kind == "kind")  # grey: not to be changed
                self.define(field.name, ws, (row, 2))
                self.validation(ws, field.kind, f"B{row}", field.choices)
            self.field_cells[field.path] = (ws.name, row, 2)
            row += 1
        self.next_row[ws.name] = row + 1

    def _field_value(self, field: Field) -> object:
        if field.path == ("soort",):
            return self.kind
        section = self.doc.get(field.path[0], {})
        value = section.get(field.path[1]) if isinstance(section, dict) else None
        if value is None:
            return None
        if field.kind == "bool":
            return yes_no(bool(value))
        if field.kind == "closing":
            return yes_no(value == "sluitend")
        if field.kind == "method":  # the officer's word for it; the reader maps it back
            return method_label(str(value))
        if field.kind == "amount":
            return number_cell(value)
        if field.path == ("tarieven", "bestand"):
            return self.rebase(str(value))
        return value if field.kind in ("unit", "decimals") else str(value)

    def lines(self, block: Lines) -> None:
        ws = self.sheet(block.sheet)
        row = self.heading(ws, block.title, block.intro, True)
        self.header(ws, row, 1, "Regel")
        for i in range(MAX_YEARS):
            self.year_header(ws, row, 2 + i, i)
            ws.widths[2 + i] = 14
        section = self.doc.get(block.section, {})
        unknown = sorted(set(section) - set(LINE_CODES))
        if unknown:
            raise InputError(_('{place} [{section}]: unknown line(s) {names}').format(place=self.where, section=block.section, names=', '.join(unknown)))
        first = row + 1
        for code in LINE_CODES:
            row += 1
            self.put(ws, row, 1, line_label(code), LABEL)
            values = self._per_year(section.get(code), f"[{block.section}] {code}")
            for i in range(MAX_YEARS):
                self.input_cell(ws, row, 2 + i, values[i] if values and i < len(values) else None, "amount",
                                f"{line_label(code)}: bedrag in euro per jaar." if i == 0 else None)
            self.define(line_name(block.section, code), ws, (row, 2), (row, 1 + MAX_YEARS))
        self.validation(ws, "amount", f"B{first}:{column_letter(1 + MAX_YEARS)}{row}")
        ws.freeze = (first, 2)
        self.hide_unused_years(ws, 2)
        self.line_rows[block.section] = (ws.name, first)
        self.next_row[ws.name] = row + 2
        self.closing_rows(ws, block.section)

    def closing_rows(self, ws: Sheet, section: str) -> None:
        """Under the lines: the saldo after the reserves per year (a live formula), and whether it is 0,
        green or red as the officer types."""
        row = self.next_row[ws.name]
        self.put(ws, row, 1, "Saldo na reserves (moet 0 zijn)", LABEL)
        self.put(ws, row + 1, 1, "Sluitend", Style(Font(bold=True)))
        for i in range(MAX_YEARS):
            self.put(ws, row, 2 + i, None, SALDO, self.saldo(section, 2 + i))
            self.put(ws, row + 1, 2 + i, None, CHECK, self.closes(section, LT(ABS(Ref(ws.name, row, 2 + i)),
                                                                             MONEY_TOLERANCE)))
        self.colour_checks(ws, f"B{row + 1}:{column_letter(1 + MAX_YEARS)}{row + 1}")
        self.next_row[ws.name] = row + 3

    def saldo(self, section: str, col: int) -> Expr:
        """Lasten + reserves + baten of one year column: 0 for a closing begroting. Baten typed positive
        ('Baten negatief' nee) count negative."""
        sheet, first = self.line_rows[section]
        rows = {code: first + i for i, code in enumerate(LINE_CODES)}
        baten = [rows[c] for c in BATEN_CODES]
        others = [rows[c] for c in LINE_CODES if c not in BATEN_CODES]
        areas = _areas(sheet, others, col)
        flag_sheet, flag_row, flag_col = self.field_cells[("algemeen", "baten_negatief")]
        sign = IF(EQ(Ref(flag_sheet, flag_row, flag_col, True), "nee"), -1, 1)
        return SUM(*areas) + sign * SUM(*_areas(sheet, baten, col))

    def closes(self, section: str, check: Expr) -> Expr:
        """A wijziging closes by itself when 'Bijdrage sluitend maken' is ja: pyengine derives the change in
        gemeentelijke bijdrage that closes it."""
        if section != "wijziging" or ("algemeen", "bijdrage") not in self.field_cells:
            return check
        sheet, row, col = self.field_cells[("algemeen", "bijdrage")]
        return IF(EQ(Ref(sheet, row, col, True), "ja"), True, check)

    def colour_checks(self, ws: Sheet, ref: str) -> None:
        ws.conditional.append(ConditionalFormat(ref, (
            Rule("equal", "TRUE", self.styles.differential(PASSED)),
            Rule("equal", "FALSE", self.styles.differential(FAILED)))))

    def checks(self) -> None:
        """The Controles sheet: every check of the workbook per year, and one master check."""
        if self.kind != "begrotingswijziging":
            return
        ws = self.sheet("Controles")
        row = self.heading(ws, "Controles", "Groen: in orde. Rood: nog niet in orde; pyengine generate zegt dan "
                           "waar het niet klopt. De controles rekenen mee terwijl u typt.", True)
        ws.widths[1] = 58
        self.header(ws, row, 1, "Controle")
        for i in range(MAX_YEARS):
            self.year_header(ws, row, 2 + i, i)
            ws.widths[2 + i] = 12
        self.hide_unused_years(ws, 2)
        names_sheet, first, last = self.table_areas[PREFIX + "bijdrage_gemeente"]
        gb_sheet, gb_first = self.line_rows["begroting"]
        gb_row = gb_first + LINE_CODES.index("gemeentelijke_bijdrage")
        checks = (
            ("Begroting sluitend (saldo na reserves 0)", lambda col: LT(ABS(self.saldo("begroting", col)),
                                                                      MONEY_TOLERANCE)),
            ("Wijziging sluitend (saldo na reserves 0)", lambda col: self.closes("wijziging", LT(
                ABS(self.saldo("wijziging", col)), MONEY_TOLERANCE))),
            ("Bijdragen gemeenten tellen op tot de gemeentelijke bijdrage (begroting)",
             lambda col: IF(EQ(COUNTA(Area(names_sheet, first, 1, last, 1)), 0), True,
                            LT(ABS(SUM(Area(names_sheet, first, col, last, col)) - Ref(gb_sheet, gb_row, col)),
                               MONEY_TOLERANCE))),
        )
        top = row + 1
        for label, check in checks:
            row += 1
            self.put(ws, row, 1, label, LABEL)
            for i in range(MAX_YEARS):
                self.put(ws, row, 2 + i, None, CHECK, check(2 + i))
        self.put(ws, row + 2, 1, "Alle controles", Style(Font(bold=True)))
        self.put(ws, row + 2, 2, None, CHECK, AND(Area(ws.name, top, 2, row, 1 + MAX_YEARS)))
        self.colour_checks(ws, f"B{top}:{column_letter(1 + MAX_YEARS)}{row} B{row + 2}")
        self.define(PREFIX + "controles", ws, (row + 2, 2))

    def _per_year(self, value: object, where: str) -> list | None:
        if value is None or value == []:  # [] : a row for the officer to fill in
            return None
        if isinstance(value, list):
            if self.years and len(value) != len(self.years):
                raise InputError(_('{place} {place2}: {count} figure(s) for {count2} year(s)').format(place=self.where, place2=where, count=len(value), count2=len(self.years)))
            return [number_cell(v) for v in value]
        return [number_cell(value)] * max(1, len(self.years))

    def table(self, table: Table) -> None:
        ws = self.sheet(table.sheet)
        row = self.heading(ws, table.title, table.intro, ws.name not in ("Algemeen", "Verdeelsleutel")
                           or self.next_row[ws.name] == 1)
        for col, column in enumerate(table.columns, start=1):
            if column.key.startswith("jaar") and column.key[4:].isdigit():
                self.year_header(ws, row, col, int(column.key[4:]) - 1)
            else:
                self.header(ws, row, col, column.label, column.comment)
            self.width(ws, col, column.width)
        first = row + 1
        records = self._records(table)
        if len(records) > table.rows:
            raise InputError(_('{place}: {count} rows for {title}; the workbook has room for {rows}').format(place=self.where, count=len(records), title=table.title, rows=table.rows))
        for r in range(table.rows):
            record = records[r] if r < len(records) else {}
            for col, column in enumerate(table.columns, start=1):
                if column.kind == "label":
                    if r == 0:
                        self.put(ws, first, col, "Alle jaren", LABEL)
                    else:
                        value, formula = self.year_label(r - 1)
                        self.put(ws, first + r, col, value, LABEL, formula)
                    continue
                self.input_cell(ws, first + r, col, record.get(column.key), column.kind, None)
        last = first + table.rows - 1
        year_columns = [col for col, column in enumerate(table.columns, start=1)
                        if column.key.startswith("jaar") and column.key[4:].isdigit()]
        if year_columns:
            self.hide_unused_years(ws, year_columns[0])
        if any(column.kind == "label" for column in table.columns) and self.years:
            ws.hidden_rows.update(first + r for r in range(1 + len(self.years), table.rows))  # after 'Alle jaren'
        self.define(table.name, ws, (first, 1), (last, len(table.columns)))
        self.table_areas[table.name] = (ws.name, first, last)
        for col, column in enumerate(table.columns, start=1):
            letter = column_letter(col)
            self.validation(ws, column.kind, f"{letter}{first}:{letter}{last}")
        self.next_row[ws.name] = last + 3

    def _records(self, table: Table) -> list[dict]:
        name = table.name[len(PREFIX):]
        doc = self.doc
        if name == "tarieven":
            rates = doc.get("tarieven", {}).get("tarieven", {})
            odd = [scale for scale in rates if not str(scale).strip().isdigit()]
            if odd:
                raise InputError(_('{place} [tarieven.tarieven]: a salary scale must be a whole number, got {value}').format(place=self.where, value=repr(odd[0])))
            return [{"schaal": int(scale), "kosten_per_fte": number_cell(cost)} for scale, cost in rates.items()]
        if name == "toelichting":
            texts = doc.get("toelichting", {}).get("tekst", [])
            return [{"tekst": str(t)} for t in ([texts] if isinstance(texts, str) else texts)]
        if name in ("formatie", "bedrag", "capaciteit"):
            records = []
            for number, item in enumerate(doc.get(name, []), start=1):
                known = {c.key for c in table.columns}
                unknown = sorted(set(item) - known)
                if unknown:
                    raise InputError(_('{place} [[{name}]] #{number}: field(s) {names} have no place in the input workbook').format(place=self.where, name=name, number=number, names=', '.join(unknown)))
                record = {}
                for column in table.columns:
                    value = item.get(column.key)
                    if value is None:
                        continue
                    if column.kind == "amount":
                        value = number_cell(value)
                    elif column.kind == "year_list":
                        value = ", ".join(str(y) for y in (value if isinstance(value, list) else [value]))
                    record[column.key] = value
                records.append(record)
            return records
        if name == "bijdrage_gemeente":
            return [{"naam": str(member), **{f"jaar{i + 1}": v for i, v in enumerate(
                self._per_year(values, f"[bijdrage_gemeente] {member!r}") or [])}}
                for member, values in doc.get(name, {}).items()]
        key = doc.get("verdeelsleutel", {})
        file_fields = ("bestand", "kolom", "blad", "periode", "vast_per_gemeente")

        def file_record(entry: dict) -> dict:
            record = {f: entry[f] for f in file_fields if f in entry}
            if "bestand" in record:
                record["bestand"] = self.rebase(str(record["bestand"]))
            if "vast_per_gemeente" in record:
                record["vast_per_gemeente"] = number_cell(record["vast_per_gemeente"])
            return {k: (str(v) if k not in ("vast_per_gemeente",) else v) for k, v in record.items()}

        per_year = {k: v for k, v in key.items() if isinstance(v, dict) and k not in ("gewichten", "groepen")}
        allowed = set(file_fields) | {"gewichten", "groepen", "bron"} | set(per_year)
        unknown = sorted(set(key) - allowed)
        if unknown:
            raise InputError(_('{place} [verdeelsleutel]: field(s) {names} have no place in the input workbook').format(place=self.where, names=', '.join(unknown)))
        for year in per_year:
            if self.kind == "kostenverdeling" or not year.isdigit() or int(year) not in self.years:
                raise InputError(_('{place} [verdeelsleutel.{year}]: not one of the years in jaren').format(place=self.where, year=year))
        if name == "verdeelsleutel_bestand":
            return [file_record(key)]
        if name == "verdeelsleutel_bestanden":
            return [file_record(key)] + [file_record(per_year.get(str(y), {})) for y in self.years]
        if name == "verdeelsleutel_gewichten":
            columns: list[tuple[str, dict]] = []
            if isinstance(key.get("gewichten"), dict):
                columns.append(("alle" if self.kind == "begrotingswijziging" else "gewicht", key["gewichten"]))
            for i, year in enumerate(self.years):
                entry = per_year.get(str(year), {})
                if isinstance(entry.get("gewichten"), dict):
                    columns.append((f"jaar{i + 1}", entry["gewichten"]))
            names: list[str] = []
            for _name, weights in columns:
                names += [str(n) for n in weights if str(n) not in names]
            return [{"naam": n, **{c: number_cell(w[n]) for c, w in columns if n in w}} for n in names]
        if name == "verdeelsleutel_groepen":
            return [{"groep": str(group), "gemeente": str(member)}
                    for group, members in key.get("groepen", {}).items() for member in members]
        raise AssertionError(name)

    def check_unused(self) -> None:
        if self.kind == "begrotingswijziging" and "groepen" in self.doc.get("verdeelsleutel", {}):
            raise InputError(_('{place} [verdeelsleutel]: groepen have no place in a begrotingswijziging workbook').format(place=self.where))


def _areas(sheet: str, rows: list[int], col: int) -> list[Area]:
    """Consecutive rows of one column as few areas as possible (the line codes are in blocks)."""
    areas: list[Area] = []
    for row in sorted(rows):
        if areas and areas[-1].bottom == row - 1:
            areas[-1] = Area(sheet, areas[-1].top, col, row, col)
        else:
            areas.append(Area(sheet, row, col, row, col))
    return areas
