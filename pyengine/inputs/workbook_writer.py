"""Spec documents -> input workbooks: what `pyengine new` and xlsx_models/build_input_workbooks.py write.

The layout is workbook_form's (the reader, workbook_spec, follows the same declaration). The same
document always gives the same bytes (fixed zip times and document dates).
"""

from __future__ import annotations

import io
import re
import zipfile
from decimal import Decimal
from typing import Callable

from ..core.amendment import LINE_CODES
from ..core.money import to_decimal
from ..errors import InputError
from .schema import METHOD_LABELS
from .workbook_form import EXPECTED_NL, FORMS, MAX_YEARS, PREFIX, Field, Fields, Lines, Table, line_label, line_name
from ..i18n import _


def number_cell(value: object) -> object:
    """A number as Excel stores it: int, or float when that keeps every digit; else Dutch text."""
    number = value if isinstance(value, Decimal) else to_decimal(
        value.replace("_", "").strip() if isinstance(value, str) else value, "value")
    if number == number.to_integral_value() and abs(number) < 10 ** 15:
        return int(number)
    if len(number.normalize().as_tuple().digits) <= 15 and Decimal(repr(float(number))) == number:
        return float(number)
    sign = "-" if number < 0 else ""
    whole, _dot, fraction = f"{abs(number):f}".partition(".")
    grouped = f"{int(whole):,}".replace(",", ".")
    return f"{sign}{grouped},{fraction}" if fraction else f"{sign}{grouped},0"


def write_workbook(doc: dict, rebase: Callable[[str], str] | None = None, where: str = "spec") -> bytes:
    """An input workbook holding ``doc`` (a spec document); ``rebase`` maps key/rates file paths."""
    import openpyxl

    kind = doc.get("soort")
    if kind not in FORMS:
        raise InputError(_("{place}: field 'soort' must be begrotingswijziging or kostenverdeling, got {kind}").format(place=where, kind=repr(kind)))
    rebase = rebase or (lambda p: p)
    book = openpyxl.Workbook()
    book.remove(book.active)
    writer = _Writer(book, doc, rebase, where)
    for block in FORMS[kind]:
        writer.block(block)
    writer.check_unused()
    book.properties.creator = "pyengine"
    book.calculation.fullCalcOnLoad = True
    stream = io.BytesIO()
    book.save(stream)
    cached = {f"xl/worksheets/sheet{book.worksheets.index(book[title]) + 1}.xml": cells
              for title, cells in writer.cached.items()}
    return _fixed_dates(_with_cached_values(stream.getvalue(), cached))


def _with_cached_values(package: bytes, cached: dict[str, dict[str, object]]) -> bytes:
    """Give the year-header formulas the value they show (openpyxl writes none), so that a previewer, an
    auditor's tool or `pyengine audit` sees 2021 (or 'Jaar 1') and not an empty cell."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(package)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for entry in source.infolist():
            data = source.read(entry)
            for ref, value in cached.get(entry.filename, {}).items():
                pattern = re.compile(rb'(<c r="' + ref.encode() + rb'"[^>]*?)>(<f>[^<]*</f>)<v\s*/>')
                if isinstance(value, str):
                    text = value.replace("&", "&amp;").replace("<", "&lt;").encode()
                    data = pattern.sub(lambda m: m.group(1) + b' t="str">' + m.group(2) + b"<v>" + text + b"</v>", data)
                else:
                    data = pattern.sub(lambda m: m.group(1) + b">" + m.group(2) + b"<v>" + str(value).encode()
                                       + b"</v>", data)
            target.writestr(entry, data)
    return out.getvalue()


def _fixed_dates(package: bytes) -> bytes:
    """The same document gives the same bytes: fixed zip entry times and document dates."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(package)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for entry in source.infolist():
            data = source.read(entry)
            if entry.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*", rb"\g<1>2000-01-01T00:00:00Z", data)
            target.writestr(zipfile.ZipInfo(entry.filename, date_time=(2000, 1, 1, 0, 0, 0)), data,
                            compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


KNOWN = {
    "begrotingswijziging": {"": {"soort", "algemeen", "verdeelsleutel", "begroting", "wijziging", "bijdrage_gemeente",
                                 "toelichting", "vaststelling"},
                            "algemeen": {"nummer", "titel", "organisatie", "kenmerk", "programma", "onderdeel",
                                         "taakveld", "jaren", "eenheid", "baten_negatief", "verdeelmethode",
                                         "centrumgemeente"},
                            "vaststelling": {"door", "op"}, "toelichting": {"tekst"}},
    "kostenverdeling": {"": {"soort", "algemeen", "tarieven", "formatie", "bedrag", "onvoorzien", "capaciteit",
                             "verdeelsleutel"},
                        "algemeen": {"titel", "organisatie", "jaren", "decimalen", "bron"},
                        "tarieven": {"bestand", "tarieven"}, "onvoorzien": {"omschrijving", "percentage", "bedrag", "toelichting"}},
}


class _Writer:
    def __init__(self, book, doc: dict, rebase, where: str) -> None:
        self.book, self.doc, self.rebase, self.where = book, doc, rebase, where
        self.kind = doc["soort"]
        self.next_row: dict[str, int] = {}
        self.years_cells: list[tuple[str, int]] = []
        self.cached: dict[str, dict[str, object]] = {}  # sheet title -> formula cell -> the value it shows
        self.years = list(doc.get("algemeen", {}).get("jaren", []) or [])
        for section, fields in KNOWN[self.kind].items():
            table = doc if not section else doc.get(section, {})
            if isinstance(table, dict):
                unknown = sorted(set(table) - fields)
                if unknown:
                    raise InputError(_('{place} [{value}]: field(s) {names} have no place in the input workbook').format(place=where, value=section or 'top', names=', '.join(unknown)))

    # sheets and styles
    def sheet(self, title: str):
        if title not in self.book.sheetnames:
            ws = self.book.create_sheet(title)
            ws.column_dimensions["A"].width = 30
            self.next_row[title] = 1
        return self.book[title]

    def heading(self, ws, title: str, intro: str, big: bool) -> int:
        from openpyxl.styles import Font

        row = self.next_row[ws.title]
        ws.cell(row, 1, title).font = Font(name="Arial", size=14 if big else 11, bold=True)
        ws.cell(row + 1, 1, intro).font = Font(name="Arial", size=9, italic=True, color="595959")
        return row + 3 if big else row + 2

    def input_cell(self, ws, row: int, col: int, value: object, kind: str, comment: str | None):
        from openpyxl.comments import Comment
        from openpyxl.styles import Font, PatternFill

        cell = ws.cell(row, col)
        if value is not None:
            cell.value = value
        cell.fill = PatternFill("solid", fgColor="FFF2CC")
        cell.font = Font(name="Arial", size=10, color="1F3864")
        cell.number_format = "@" if kind in ("text", "kind", "date_text", "year_list") else \
            "#,##0.00##;-#,##0.00##;0" if kind == "amount" else "0" if kind == "year" else "General"
        if comment:
            cell.comment = Comment(comment, "pyengine", width=300, height=110)
        return cell

    def define(self, name: str, ws, first: str, last: str | None = None) -> None:
        from openpyxl.workbook.defined_name import DefinedName

        quoted = "'" + ws.title.replace("'", "''") + "'"
        ref = "$" + re.sub(r"(\d+)", r"$\1", first) + (":$" + re.sub(r"(\d+)", r"$\1", last) if last else "")
        self.book.defined_names[name] = DefinedName(name, attr_text=f"{quoted}!{ref}")

    def validation(self, ws, kind: str, ref: str, choices: tuple = ()) -> None:
        from openpyxl.worksheet.datavalidation import DataValidation

        if kind in ("bool", "method", "unit", "decimals"):
            dv = DataValidation(type="list", formula1='"' + ",".join(map(str, choices)) + '"', allow_blank=True)
        elif kind in ("amount",):
            dv = DataValidation(type="decimal", operator="between", formula1="-1000000000000", formula2="1000000000000",
                                allow_blank=True)
        elif kind == "weight":
            dv = DataValidation(type="decimal", operator="greaterThanOrEqual", formula1="0", allow_blank=True)
        elif kind in ("years", "year"):
            dv = DataValidation(type="whole", operator="between", formula1="1900", formula2="2200", allow_blank=True)
        elif kind == "int":
            dv = DataValidation(type="whole", operator="between", formula1="0", formula2="100", allow_blank=True)
        else:
            return
        dv.error = f"Verwacht: {EXPECTED_NL.get(kind, 'een getal')}"
        dv.errorTitle = "Ongeldige invoer"
        dv.showErrorMessage = True
        ws.add_data_validation(dv)
        dv.add(ref)

    def year_label(self, index: int, ws=None, ref: str = "") -> str:
        """'Jaar 2', or a formula that shows Algemeen's second year once it is typed there (on ``ws`` at
        ``ref``, where the value it shows now is kept, to be written beside the formula)."""
        value = f"Jaar {index + 1}"
        if self.years_cells:
            column, year_row = self.years_cells[index]
            if ws is not None:
                shown = self.years[index] if index < len(self.years) else value
                self.cached.setdefault(ws.title, {})[ref] = shown
            value = f'=IF(Algemeen!${column}${year_row}="","{value}",Algemeen!${column}${year_row})'
        return value

    def year_header(self, ws, row: int, col: int, index: int) -> None:
        from openpyxl.styles import Alignment, Font, PatternFill
        from openpyxl.utils import get_column_letter

        cell = ws.cell(row, col, self.year_label(index, ws, f"{get_column_letter(col)}{row}"))
        cell.font = Font(name="Arial", size=10, bold=True)
        cell.fill = PatternFill("solid", fgColor="DDEBF7")
        cell.alignment = Alignment(horizontal="center")

    def header(self, ws, row: int, col: int, text: str, comment: str = "") -> None:
        from openpyxl.comments import Comment
        from openpyxl.styles import Alignment, Font, PatternFill

        cell = ws.cell(row, col, text)
        cell.font = Font(name="Arial", size=10, bold=True)
        cell.fill = PatternFill("solid", fgColor="DDEBF7")
        cell.alignment = Alignment(horizontal="center", wrap_text=True)
        if comment:
            cell.comment = Comment(comment, "pyengine", width=300, height=90)

    def hide_unused_years(self, ws, first_col: int) -> None:
        """Year columns beyond the years in use are hidden (no 'Jaar 5' when 4 years are used); with no
        years typed yet every column stays visible."""
        from openpyxl.utils import get_column_letter

        if not self.years:
            return
        for i in range(len(self.years), MAX_YEARS):
            ws.column_dimensions[get_column_letter(first_col + i)].hidden = True

    # blocks
    def block(self, block) -> None:
        if isinstance(block, Fields):
            self.fields(block)
        elif isinstance(block, Lines):
            self.lines(block)
        else:
            self.table(block)

    def fields(self, block: Fields) -> None:
        from openpyxl.styles import Font
        from openpyxl.utils import get_column_letter

        ws = self.sheet(block.sheet)
        ws.column_dimensions["B"].width = 44
        row = self.heading(ws, block.title, block.intro, True)
        for field in block.fields:
            ws.cell(row, 1, field.label).font = Font(name="Arial", size=10)
            if field.kind == "years":
                for i in range(MAX_YEARS):
                    value = self.years[i] if i < len(self.years) else None
                    self.input_cell(ws, row, 2 + i, value, "year", field.comment if i == 0 else None)
                    ws.column_dimensions[get_column_letter(2 + i)].width = max(
                        ws.column_dimensions[get_column_letter(2 + i)].width or 0, 12)
                self.define(field.name, ws, f"B{row}", f"{get_column_letter(1 + MAX_YEARS)}{row}")
                self.validation(ws, "years", f"B{row}:{get_column_letter(1 + MAX_YEARS)}{row}")
                self.years_cells = [(get_column_letter(2 + i), row) for i in range(MAX_YEARS)]
                if self.years:  # the first year's column holds every other field too: only the rest hide
                    self.hide_unused_years(ws, 2)
            else:
                value = self._field_value(field)
                cell = self.input_cell(ws, row, 2, value, field.kind, field.comment)
                if field.kind == "kind":
                    from openpyxl.styles import PatternFill

                    cell.fill = PatternFill("solid", fgColor="EDEDED")  # grey: not to be changed
                self.define(field.name, ws, f"B{row}")
                self.validation(ws, field.kind, f"B{row}", field.choices)
            row += 1
        self.next_row[ws.title] = row + 1

    def _field_value(self, field: Field) -> object:
        if field.path == ("soort",):
            return self.kind
        section = self.doc.get(field.path[0], {})
        value = section.get(field.path[1]) if isinstance(section, dict) else None
        if value is None:
            return None
        if field.kind == "bool":
            return "ja" if value else "nee"
        if field.kind == "method":  # the officer's word for it; the reader maps it back
            from ..core.allocation import method_named

            try:
                return METHOD_LABELS[method_named(str(value))]
            except InputError:
                return str(value)  # refused where it is read, with its cell
        if field.kind == "amount":
            return number_cell(value)
        if field.path == ("tarieven", "bestand"):
            return self.rebase(str(value))
        return value if field.kind in ("unit", "decimals") else str(value)

    def lines(self, block: Lines) -> None:
        from openpyxl.styles import Font
        from openpyxl.utils import get_column_letter

        ws = self.sheet(block.sheet)
        row = self.heading(ws, block.title, block.intro, True)
        self.header(ws, row, 1, "Regel")
        for i in range(MAX_YEARS):
            self.year_header(ws, row, 2 + i, i)
            ws.column_dimensions[get_column_letter(2 + i)].width = 14
        section = self.doc.get(block.section, {})
        unknown = sorted(set(section) - set(LINE_CODES))
        if unknown:
            raise InputError(_('{place} [{section}]: unknown line(s) {names}').format(place=self.where, section=block.section, names=', '.join(unknown)))
        for code in LINE_CODES:
            row += 1
            ws.cell(row, 1, line_label(code)).font = Font(name="Arial", size=10)
            values = self._per_year(section.get(code), f"[{block.section}] {code}")
            for i in range(MAX_YEARS):
                self.input_cell(ws, row, 2 + i, values[i] if values and i < len(values) else None, "amount",
                                f"{line_label(code)}: bedrag in euro per jaar." if i == 0 else None)
            self.define(line_name(block.section, code), ws, f"B{row}", f"{get_column_letter(1 + MAX_YEARS)}{row}")
        self.validation(ws, "amount", f"B{row - len(LINE_CODES) + 1}:{get_column_letter(1 + MAX_YEARS)}{row}")
        ws.freeze_panes = ws.cell(row - len(LINE_CODES) + 1, 2)
        self.hide_unused_years(ws, 2)
        self.next_row[ws.title] = row + 2

    def _per_year(self, value: object, where: str) -> list | None:
        if value is None or value == []:  # [] : a row for the officer to fill in
            return None
        if isinstance(value, list):
            if self.years and len(value) != len(self.years):
                raise InputError(_('{place} {place2}: {count} figure(s) for {count2} year(s)').format(place=self.where, place2=where, count=len(value), count2=len(self.years)))
            return [number_cell(v) for v in value]
        return [number_cell(value)] * max(1, len(self.years))

    def table(self, table: Table) -> None:
        from openpyxl.utils import get_column_letter

        ws = self.sheet(table.sheet)
        row = self.heading(ws, table.title, table.intro, ws.title not in ("Algemeen", "Verdeelsleutel")
                           or self.next_row[ws.title] == 1)
        for col, column in enumerate(table.columns, start=1):
            if column.key.startswith("jaar") and column.key[4:].isdigit():
                self.year_header(ws, row, col, int(column.key[4:]) - 1)
            else:
                self.header(ws, row, col, column.label, column.comment)
            letter = get_column_letter(col)
            ws.column_dimensions[letter].width = max(ws.column_dimensions[letter].width or 0, column.width)
        first = row + 1
        records = self._records(table)
        if len(records) > table.rows:
            raise InputError(_('{place}: {count} rows for {title}; the workbook has room for {rows}').format(place=self.where, count=len(records), title=table.title, rows=table.rows))
        for r in range(table.rows):
            record = records[r] if r < len(records) else {}
            for col, column in enumerate(table.columns, start=1):
                if column.kind == "label":
                    ws.cell(first + r, col, "Alle jaren" if r == 0
                            else self.year_label(r - 1, ws, f"{get_column_letter(col)}{first + r}"))
                    continue
                self.input_cell(ws, first + r, col, record.get(column.key), column.kind, None)
        last = first + table.rows - 1
        year_columns = [col for col, column in enumerate(table.columns, start=1)
                        if column.key.startswith("jaar") and column.key[4:].isdigit()]
        if year_columns:
            self.hide_unused_years(ws, year_columns[0])
        if any(column.kind == "label" for column in table.columns) and self.years:
            for r in range(1 + len(self.years), table.rows):  # one row per year after 'Alle jaren'
                ws.row_dimensions[first + r].hidden = True
        self.define(table.name, ws, f"A{first}", f"{get_column_letter(len(table.columns))}{last}")
        for col, column in enumerate(table.columns, start=1):
            letter = get_column_letter(col)
            self.validation(ws, column.kind, f"{letter}{first}:{letter}{last}")
        self.next_row[ws.title] = last + 3

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
