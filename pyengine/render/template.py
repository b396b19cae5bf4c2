"""Workbook templates: real .xlsx files a finance officer restyles in Excel.

A template is read once (openpyxl) and gives:
- anchors: defined names such as ``bw_tabel`` that say where a block starts (move the named cell in
  Excel and the block moves with it);
- styles: the sheet "Opmaak" holds a table named ``stijlen`` (key | example cell): each generated
  cell takes the formatting of its example (font, fill, border, number format);
- texts: a table named ``teksten`` (key | text) for headings such as "Bijgestelde begroting";
- everything else on the other sheets (a header text, a logo-less letterhead, column widths, row
  heights, merged cells) is kept as it is. The "Opmaak" sheet itself is left out of the output.
"""

from __future__ import annotations

import hashlib
import zipfile
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from importlib.resources import files
from pathlib import Path

from ..errors import TemplateError
from .package import relationships, rels_part, sheet_parts
from .xlsx import Book, Sheet
from ..i18n import _

STYLE_SHEET = "Opmaak"
# xlsx_models/ in the repository, installed as the data package pyengine.templates (see pyproject.toml)
TEMPLATES_DIR = Path(str(files("pyengine.templates")))


@dataclass
class RawDrawing:
    """A sheet's pictures (a logo) as they are in the template: drawing part, its relationships
    and the media files, copied into the output unchanged."""

    xml: bytes
    rels: bytes
    media: dict[str, bytes]  # file name in xl/media -> bytes


@dataclass
class StaticSheet:
    name: str
    cells: dict[tuple[int, int], tuple[object, int]] = field(default_factory=dict)
    widths: dict[int, float] = field(default_factory=dict)
    heights: dict[int, float] = field(default_factory=dict)
    merges: list[tuple[int, int, int, int]] = field(default_factory=list)
    drawing: RawDrawing | None = None


@dataclass
class Template:
    path: Path
    sha256: str
    anchors: dict[str, tuple[str, int, int]]
    styles: dict[str, int]
    texts: dict[str, str]
    sheets: list[StaticSheet]
    styles_xml: bytes
    theme_xml: bytes | None

    def anchor(self, name: str) -> tuple[str, int, int]:
        return self.anchors[name]

    def style(self, key: str) -> int:
        if key not in self.styles:
            raise TemplateError(_("{name}: the table 'stijlen' on sheet {style_sheet} has no row {key}").format(name=self.path.name, style_sheet=STYLE_SHEET, key=repr(key)))
        return self.styles[key]

    def text(self, key: str) -> str:
        if key not in self.texts:
            raise TemplateError(_("{name}: the table 'teksten' on sheet {style_sheet} has no row {key}").format(name=self.path.name, style_sheet=STYLE_SHEET, key=repr(key)))
        return self.texts[key]

    def width(self, sheet: str, col: int, default: float) -> float:
        for static in self.sheets:
            if static.name == sheet:
                return static.widths.get(col, default)
        return default

    def new_book(self, created: str) -> Book:
        book = Book(self.styles_xml, self.theme_xml, created=created)
        for static in self.sheets:
            sheet: Sheet = book.sheet(static.name)
            for (row, col), (value, style) in static.cells.items():
                sheet.put(row, col, value, style=style)
            sheet.widths.update(static.widths)
            sheet.heights.update(static.heights)
            sheet.merges.extend(static.merges)
            sheet.raw_drawing = static.drawing
        return book


def load_template(path: str | Path, required: tuple[str, ...], styles: tuple[str, ...] = (),
                  texts: tuple[str, ...] = ()) -> Template:
    path = Path(path)
    if not path.is_file():
        raise TemplateError(_('template not found: {path}').format(path=path))
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    key = (str(path), digest, required, styles, texts)
    template = _LOADED.get(key)
    if template is None:
        template = _LOADED[key] = _load(*key)
    return template


# The templates this process has read, by (path, content SHA-256, names asked for). A bulk run hands them to
# its spawned workers (loaded_templates / hand_over), so that a worker never imports openpyxl to read them
# again; an edited template has another SHA-256 and is read afresh.
_LOADED: dict[tuple, "Template"] = {}


def loaded_templates() -> dict[tuple, "Template"]:
    return dict(_LOADED)


def hand_over(templates: dict[tuple, "Template"]) -> None:
    _LOADED.update(templates)


@lru_cache(maxsize=16)
def _load(path_text: str, digest: str, required: tuple[str, ...], style_keys: tuple[str, ...],
          text_keys: tuple[str, ...]) -> Template:
    import openpyxl
    from openpyxl.styles.stylesheet import write_stylesheet
    from openpyxl.xml.functions import tostring

    path = Path(path_text)
    if path.suffix.lower() in (".xlsm", ".xltm", ".xlsb", ".xls"):
        raise TemplateError(_('{file}: templates must be .xlsx without macros (got {suffix})').format(file=path.name, suffix=path.suffix))
    try:
        with zipfile.ZipFile(path) as archive:
            if any(name.lower().endswith("vbaproject.bin") for name in archive.namelist()):
                raise TemplateError(_('{file}: the template contains macros; save it as .xlsx without macros').format(file=path.name))
        workbook = openpyxl.load_workbook(path)
    except TemplateError:
        raise
    except Exception as error:  # noqa: BLE001 - any unreadable file gets one clear line
        raise TemplateError(_('{file}: not a readable .xlsx workbook ({name})').format(file=path.name, name=type(error).__name__)) from None

    for title in workbook.sheetnames:
        problem = sheet_name_problem(title)
        if problem:
            raise TemplateError(_('{file}: sheet name {title} {problem}; rename the sheet').format(file=path.name, title=repr(title), problem=problem))
    anchors: dict[str, tuple[str, int, int]] = {}
    areas: dict[str, tuple[str, int, int, int, int]] = {}
    for name, defined in workbook.defined_names.items():
        destinations = list(defined.destinations)
        if len(destinations) != 1:
            continue
        sheet_name, ref = destinations[0]
        sheet_name = sheet_name.replace("''", "'")  # openpyxl leaves 'Controle''s' escaped
        if sheet_name not in workbook.sheetnames:
            continue  # points at a deleted sheet (#REF!): a required name is then reported missing
        from openpyxl.utils.cell import range_boundaries

        left, top, right, bottom = range_boundaries(ref.replace("$", ""))
        anchors[name] = (sheet_name, top, left)
        areas[name] = (sheet_name, top, left, bottom, right)
    missing = [name for name in required + ("stijlen", "teksten") if name not in anchors]
    if missing:
        raise TemplateError(_('{file}: required defined name(s) missing: {names}').format(file=path.name, names=', '.join(missing)))

    def table(name: str) -> list[tuple[str, object]]:
        sheet_name, top, left, bottom, right = areas[name]
        sheet = workbook[sheet_name]
        rows = []
        for row in range(top, bottom + 1):
            key = sheet.cell(row, left).value
            if key not in (None, ""):
                rows.append((str(key).strip(), sheet.cell(row, left + 1)))
        return rows

    styles = {key: workbook._cell_styles.add(cell._style) for key, cell in table("stijlen")}
    texts = {key: "" if cell.value is None else str(cell.value) for key, cell in table("teksten")}
    missing_styles = [k for k in style_keys if k not in styles]
    missing_texts = [k for k in text_keys if k not in texts]
    if missing_styles or missing_texts:
        raise TemplateError(_('{file}: sheet {style_sheet} lacks {missing}').format(
            file=path.name, style_sheet=STYLE_SHEET, missing="; ".join(filter(None, [
                missing_styles and _("style(s) {names}").format(names=", ".join(missing_styles)),
                missing_texts and _("text(s) {names}").format(names=", ".join(missing_texts))]))))
    sheets = []
    style_sheets = {areas["stijlen"][0], areas["teksten"][0]}  # left out of the output, whatever their name
    for worksheet in workbook.worksheets:
        if worksheet.title in style_sheets:
            continue
        static = StaticSheet(worksheet.title)
        for row in worksheet.iter_rows():
            for cell in row:
                if cell.value is None and not cell.has_style:
                    continue
                value = cell.value
                if isinstance(value, float):
                    value = Decimal(repr(value))
                elif isinstance(value, str) and value.startswith("="):
                    value = None  # a template formula would not know its value: leave the cell empty
                elif value is not None and not isinstance(value, (str, int, Decimal, bool)):
                    value = str(value)
                static.cells[(cell.row, cell.column)] = (value, workbook._cell_styles.add(cell._style))
        from openpyxl.utils.cell import column_index_from_string

        for letter, dimension in worksheet.column_dimensions.items():
            if dimension.width:
                static.widths[column_index_from_string(letter)] = float(dimension.width)
        for number, dimension in worksheet.row_dimensions.items():
            if dimension.height:
                static.heights[number] = float(dimension.height)
        for merged in worksheet.merged_cells.ranges:
            static.merges.append((merged.min_row, merged.min_col, merged.max_row, merged.max_col))
        sheets.append(static)
    drawings = _picture_drawings(path)
    for static in sheets:
        static.drawing = drawings.get(static.name)
    styles_xml = b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' + tostring(write_stylesheet(workbook))
    theme = workbook.loaded_theme
    return Template(path, digest, anchors, styles, texts, sheets, styles_xml,
                    theme if isinstance(theme, bytes) else None)


def sheet_name_problem(name: str) -> str:
    """Why Excel would not accept ``name`` as a sheet name ('' when it would)."""
    if not name.strip():
        return "is empty"
    if len(name) > 31:
        return "is longer than 31 characters"
    bad = sorted(set(name) & set("[]:*?/\\"))
    if bad:
        return "contains " + " ".join(bad)
    if name.startswith("'") or name.endswith("'"):
        return "starts or ends with an apostrophe"
    return ""


def _picture_drawings(path: Path) -> dict[str, RawDrawing]:
    """Per sheet name, the drawing that holds only pictures (charts in a template are not carried)."""
    found: dict[str, RawDrawing] = {}
    with zipfile.ZipFile(path) as archive:
        for sheet_name, part in sheet_parts(archive):
            for _rel, kind, drawing in relationships(archive, part):
                if not kind.endswith("/drawing"):
                    continue
                links = relationships(archive, drawing)
                if not links or any(not k.endswith("/image") for _, k, _ in links):
                    continue  # a chart or something else: not carried
                media = {target.rsplit("/", 1)[-1]: archive.read(target) for _, _, target in links}
                found[sheet_name] = RawDrawing(archive.read(drawing), archive.read(rels_part(drawing)), media)
    return found
