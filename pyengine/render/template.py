"""Workbook templates: real .xlsx files a finance officer restyles in Excel.

A template is read once, through the one xlsx reader (inputs/xlsx_reader.py), and gives:
- anchors: defined names such as ``bw_tabel`` that say where a block starts (move the named cell in
  Excel and the block moves with it);
- styles: the sheet "Opmaak" holds a table named ``stijlen`` (key | example cell): each generated
  cell takes the formatting of its example (font, fill, border, number format);
- texts: a table named ``teksten`` (key | text) for headings such as "Bijgestelde begroting";
- everything else on the other sheets (a header text, a logo-less letterhead, column widths, row
  heights, merged cells, the page orientation, the page header and footer) is kept as it is.
  What a block writes must not land on the officer's own text or under a merged range of the template
  (template_collisions refuses it, naming the cells), and the officer's own formulas are refused (pyengine
  cannot store their value). The "Opmaak" sheet itself is left out of the output.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from importlib.resources import files
from pathlib import Path

from ..errors import InputError, TemplateError
from ..i18n import _
from ..inputs.xlsx_reader import Cell as ReadCell
from ..inputs.xlsx_reader import Workbook, number_formats
from .formula import cell_name, quoted_sheet
from .xlsx import Book, Sheet

STYLE_SHEET = "Opmaak"
# xlsx_models/ in the repository, installed as the data package pyengine.templates (see pyproject.toml)
TEMPLATES_DIR = Path(str(files("pyengine.templates")))


@dataclass
class RawDrawing:
    """A sheet's pictures (a logo) as they are in the template: the drawing part and the media files, copied
    into the output unchanged, and the drawing's relationships, which the writer writes anew for the copies."""

    xml: bytes
    links: tuple[tuple[str, str, str], ...]  # (relationship id, type, file name in media) of each picture
    media: dict[str, bytes]  # file name in xl/media -> bytes


@dataclass
class StaticSheet:
    name: str
    cells: dict[tuple[int, int], tuple[object, int]] = field(default_factory=dict)
    widths: dict[int, float] = field(default_factory=dict)
    heights: dict[int, float] = field(default_factory=dict)
    merges: list[tuple[int, int, int, int]] = field(default_factory=list)
    drawing: RawDrawing | None = None
    orientation: str | None = None  # the officer's page orientation (Page Layout), where the sheet has one
    header_footer: dict[str, str] = field(default_factory=dict)  # the officer's page header and footer
    header_footer_flags: dict[str, str] = field(default_factory=dict)


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
        book.template_file = self.path.name
        for static in self.sheets:
            sheet: Sheet = book.sheet(static.name)
            for (row, col), (value, style) in static.cells.items():
                sheet.put(row, col, value, style=style)
            sheet.widths.update(static.widths)
            sheet.heights.update(static.heights)
            sheet.merges.extend(static.merges)
            sheet.raw_drawing = static.drawing
            book.template_cells[static.name] = dict(sheet.cells)
            book.template_merges[static.name] = list(static.merges)
            sheet.orientation = static.orientation
            sheet.header_footer = dict(static.header_footer)
            sheet.header_footer_flags = dict(static.header_footer_flags)
        return book


def template_collisions(book: Book) -> None:
    """Refuse a workbook in which a merged range of the template hides what a block wrote: Excel shows only a
    merged range's first cell, so a heading or a figure written under the rest of it would silently vanish
    (a heading 'Begroting' merged over the next two columns hides 'Wijziging' and 'Bijgestelde begroting');
    and one in which a block wrote over a text of the template's (the officer's note where the table comes)."""
    for sheet_name, merges in book.template_merges.items():
        sheet = book.sheet(sheet_name)
        placed = book.template_cells.get(sheet_name, {})
        for top, left, bottom, right in merges:
            if (bottom - top + 1) * (right - left + 1) <= len(sheet.cells):
                places = ((r, c) for r in range(top, bottom + 1) for c in range(left, right + 1))
            else:
                places = (p for p in sorted(sheet.cells) if top <= p[0] <= bottom and left <= p[1] <= right)
            hidden = [cell_name(r, c) for r, c in places if (r, c) != (top, left) and (r, c) in sheet.cells
                      and sheet.cells[(r, c)] is not placed.get((r, c))]
            if hidden:
                shown = ", ".join(hidden[:5]) + (" ..." if len(hidden) > 5 else "")
                raise TemplateError(_("{file}: sheet {sheet}: the merged cells {range} hide what pyengine writes in "
                                      "{cells}; unmerge them in the template (Home > Merge & Center) or move them "
                                      "clear of the block").format(
                    file=book.template_file, sheet=repr(sheet_name),
                    range=f"{cell_name(top, left)}:{cell_name(bottom, right)}", cells=shown))
    for sheet_name, placed in book.template_cells.items():
        sheet = book.sheet(sheet_name)
        covered = [place for place, cell in placed.items() if cell.value not in (None, "")
                   and sheet.cells.get(place) is not cell]
        if covered:
            shown = ", ".join(cell_name(r, c) for r, c in sorted(covered)[:5]) + (" ..." if len(covered) > 5 else "")
            raise TemplateError(_("{file}: sheet {sheet}: pyengine writes over your text in {cells}; move it clear of "
                                  "the blocks (a block writes down and to the right of its named cell)").format(
                file=book.template_file, sheet=repr(sheet_name), cells=shown))


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


def template_for(given: "str | Path | Template | None", default: Path, required: tuple[str, ...],
                 styles: tuple[str, ...] = ()) -> "Template":
    """The template a renderer works from: one already read (a bulk run reads it once per job, not once per
    member's file: reading and hashing it was a tenth of a statement's time), or the one read from the path
    ``given`` (None: ``default``)."""
    if isinstance(given, Template):
        return given
    return load_template(given or default, required, styles)


# The templates this process has read, by (path, content SHA-256, names asked for). A bulk run hands them to
# its spawned workers (loaded_templates / hand_over), so that a worker never reads them again; an edited
# template has another SHA-256 and is read afresh.
_LOADED: dict[tuple, "Template"] = {}


def loaded_templates() -> dict[tuple, "Template"]:
    return dict(_LOADED)


def hand_over(templates: dict[tuple, "Template"]) -> None:
    _LOADED.update(templates)


@lru_cache(maxsize=16)
def _load(path_text: str, digest: str, required: tuple[str, ...], style_keys: tuple[str, ...],
          text_keys: tuple[str, ...]) -> Template:
    path = Path(path_text)
    if path.suffix.lower() in (".xlsm", ".xltm", ".xlsb", ".xls"):
        raise TemplateError(_('{file}: templates must be .xlsx without macros (got {suffix})').format(file=path.name, suffix=path.suffix))
    try:
        with Workbook(path) as workbook:
            if workbook.has_macros:
                raise TemplateError(_('{file}: the template contains macros; save it as .xlsx without macros').format(file=path.name))
            return _read(path, digest, workbook, required, style_keys, text_keys)
    except InputError as error:  # the reader's one line (unreadable, out of bounds) names the file already
        raise TemplateError(str(error)) from None


def _read(path: Path, digest: str, workbook: Workbook, required: tuple[str, ...], style_keys: tuple[str, ...],
          text_keys: tuple[str, ...]) -> Template:
    """The template's parts, read through the one xlsx reader: styles are the indices its cells have into its
    own styles part, which goes into every output unchanged (with its theme)."""
    for title in workbook.sheetnames:
        problem = sheet_name_problem(title)
        if problem:
            raise TemplateError(_('{file}: sheet name {title} {problem}; rename the sheet').format(file=path.name, title=repr(title), problem=problem))
    anchors: dict[str, tuple[str, int, int]] = {}
    areas: dict[str, tuple[str, int, int, int, int]] = {}
    for name in workbook.defined_names:
        destination = workbook.destination(name)
        if destination is None:
            continue  # points at a deleted sheet (#REF!) or at several areas: a required one is reported broken
        sheet_name, (top, left, bottom, right) = destination
        anchors[name] = (sheet_name, top, left)
        areas[name] = (sheet_name, top, left, bottom, right)
    needed = required + ("stijlen", "teksten")
    broken = [name for name in needed if name not in anchors and name in workbook.defined_names]
    if broken:  # the cell or sheet it named was deleted (#REF!), or it names several areas or a constant
        raise TemplateError(_("{file}: the defined name(s) {names} point at no cell ({text}): the cell or sheet it "
                              "named was deleted; point it at the cell where its block starts again (Formulas > Name "
                              "Manager > Edit)").format(
            file=path.name, names=", ".join(broken), text=workbook.defined_names[broken[0]] or "''"))
    missing = [name for name in needed if name not in anchors]
    if missing:
        raise TemplateError(_("{file}: required defined name(s) missing: {names}; add each for the cell where its "
                              "block starts (Formulas > Name Manager > New), or start again from pyengine's own "
                              "template").format(file=path.name, names=', '.join(missing)))

    def table(name: str) -> list[tuple[str, ReadCell | None]]:
        sheet_name, top, left, bottom, right = areas[name]
        sheet = workbook.sheet(sheet_name)
        rows = []
        for row in range(top, bottom + 1):
            key = sheet.cell(row, left)
            if key is not None and key.value not in (None, ""):
                rows.append((str(key.value).strip(), sheet.cell(row, left + 1)))
        return rows

    styles = {key: cell.style if cell is not None else 0 for key, cell in table("stijlen")}
    texts = {key: "" if cell is None or cell.value is None else str(cell.value) for key, cell in table("teksten")}
    missing_styles = [k for k in style_keys if k not in styles]
    missing_texts = [k for k in text_keys if k not in texts]
    if missing_styles or missing_texts:
        raise TemplateError(_('{file}: sheet {style_sheet} lacks {missing}').format(
            file=path.name, style_sheet=STYLE_SHEET, missing="; ".join(filter(None, [
                missing_styles and _("style(s) {names}").format(names=", ".join(missing_styles)),
                missing_texts and _("text(s) {names}").format(names=", ".join(missing_texts))]))))
    sheets = []
    formulas: list[str] = []  # the officer's own formulas: pyengine could not give them a value (see below)
    style_sheets = {areas["stijlen"][0], areas["teksten"][0]}  # left out of the output, whatever their name
    for title in workbook.sheetnames:
        if title in style_sheets or not workbook.is_worksheet(title):
            continue  # a chart sheet is not carried
        read = workbook.sheet(title)
        static = StaticSheet(title)
        for (row, col), cell in sorted(read.cells.items()):
            value = cell.value
            if cell.formula is not None:
                formulas.append(f"{quoted_sheet(title)}!{cell_name(row, col)}")
                continue
            if value is None and not cell.style:
                continue
            if isinstance(value, float):
                value = Decimal(repr(value))
            elif value is not None and not isinstance(value, (str, int, Decimal, bool)):
                value = str(value)
            static.cells[(row, col)] = (value, cell.style)
        static.widths.update(read.widths)
        static.heights.update(read.heights)
        static.merges.extend(read.merged)
        static.drawing = _picture_drawing(workbook, title)
        static.orientation = read.orientation
        static.header_footer = dict(read.header_footer)
        static.header_footer_flags = dict(read.header_footer_flags)
        sheets.append(static)
    if formulas:  # the file would carry them without a value, and its PDF (printed as stored) would show nothing
        raise TemplateError(_("{file}: formulas of your own cannot be carried into the output (pyengine cannot give "
                              "them a value for the file and its PDF): {cells}; type the text or the figure "
                              "instead, or leave the cell empty").format(
            file=path.name, cells=", ".join(formulas[:5]) + (" ..." if len(formulas) > 5 else "")))
    styles_part = workbook.related_part("xl/workbook.xml", "styles")
    styles_xml = with_declaration((workbook.part(styles_part) if styles_part else None) or MINIMAL_STYLES)
    if "percentage" not in styles and "euro" in styles:
        styles["percentage"], styles_xml = _percentage_style(styles["euro"], styles_xml)
    theme_part = workbook.related_part("xl/workbook.xml", "theme")
    theme_xml = workbook.part(theme_part) if theme_part else None
    return Template(path, digest, anchors, styles, texts, sheets, styles_xml, theme_xml)


XML_DECLARATION = b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'


def with_declaration(part: bytes) -> bytes:
    """A part as Excel writes it, with its XML declaration (openpyxl leaves it out; without one and without a
    byte-order mark a part is UTF-8, so the declaration says only what is so)."""
    return part if part.lstrip().startswith(b"<?xml") or part.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")) \
        else XML_DECLARATION + part


# The styles part of a template that has none (a package written by a minimal tool): one font, fill, border, style
MINIMAL_STYLES = (b'<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                  b'<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
                  b'<fills count="2"><fill><patternFill patternType="none"/></fill>'
                  b'<fill><patternFill patternType="gray125"/></fill></fills>'
                  b'<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
                  b'<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
                  b'<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>'
                  b'<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
                  b'</styleSheet>')


CURRENCY = re.compile(r"€|\[\$|EUR|\$")
_CELL_XFS = re.compile(rb"(<cellXfs\b[^>]*>)(.*?)(</cellXfs>)", re.S)
_XF = re.compile(rb"<xf\b[^>]*?/>|<xf\b[^>]*>.*?</xf>", re.S)


def _percentage_style(euro: int, styles_xml: bytes) -> tuple[int, bytes]:
    """The style of a column of percentages (Aandeel (%): 12,34) in a template whose table stijlen has no row
    'percentage': the style of 'euro' when its number format shows no currency (as ours), else a copy of it
    with the number format #,##0.00, added to the styles part (an officer who puts a euro sign on 'euro' does
    not want it on a percentage)."""
    code = number_formats(styles_xml).get(euro, "General")
    found = _CELL_XFS.search(styles_xml)
    if not CURRENCY.search(code) or found is None:
        return euro, styles_xml
    xfs = _XF.findall(found.group(2))
    if euro >= len(xfs):
        return euro, styles_xml
    copy = re.sub(rb'\s(numFmtId|applyNumberFormat)="[^"]*"', b"", xfs[euro])
    copy = copy.replace(b"<xf", b'<xf numFmtId="4" applyNumberFormat="1"', 1)
    head = re.sub(rb'count="\d+"', f'count="{len(xfs) + 1}"'.encode(), found.group(1))
    edited = styles_xml[:found.start()] + head + found.group(2) + copy + found.group(3) + styles_xml[found.end():]
    return len(xfs), edited


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


def _picture_drawing(workbook: Workbook, sheet_name: str) -> RawDrawing | None:
    """The sheet's drawing when it holds only pictures (charts in a template are not carried)."""
    part = workbook.sheet_part(sheet_name)
    if part is None:
        return None
    names = set(workbook.part_names())
    for _rel, kind, drawing in workbook.relationships(part):
        if not kind.endswith("/drawing"):
            continue
        links = workbook.relationships(drawing, external=True)
        if not links or any(not k.endswith("/image") or target not in names for _, k, target in links):
            continue  # a chart, a picture linked to a file outside the workbook, something else: not carried
        media = {target: target.rsplit("/", 1)[-1] for _, _, target in links}
        if len(set(media.values())) != len(media):
            continue  # two pictures of one name in different folders: not carried rather than mixed up
        return RawDrawing(workbook.part(drawing) or b"",
                          tuple((rid, kind, media[target]) for rid, kind, target in links),
                          {name: workbook.part(target) or b"" for target, name in media.items()})
    return None
