"""Tables laid out as they are published, for the audit's tests: a workbook typed the way a person types one (Dutch
thousands, merged titles, column widths, bold totals, landscape and one page wide) and LibreOffice's print of it.

    workbook(path, rows, merges=["B4:D4"], widths={"A": 40, "B": 14}, bold=[10])   # the table, saved
    finish(sheet, path, widths=...)                 # the page setup and save of a table laid out by hand
    print_to_pdf([a, b, c])                         # their PDFs, printed in one soffice call
    audited(pdf, capsys)                            # the audit's exit code and JSON report of a file
"""

from __future__ import annotations

import json
import subprocess
import tempfile
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path

import openpyxl
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

DUTCH = "[$-413]#,##0"  # thousands with a dot, as a Dutch table prints them


def is_figure(row: int, column: int, value) -> bool:
    """A whole number is a figure (the default of `workbook`'s `figures`)."""
    return isinstance(value, int)


def workbook(path: Path, rows: list[list], *, title: str = "Tabel",
             number_format: str | None = DUTCH, figures: Callable[[int, int, object], bool] = is_figure,
             merges: Iterable[str | tuple[int, int, int, int]] = (), widths: Mapping[str | int, float] | None = None,
             bold: Iterable[int] = (), orientation: str | None = "landscape", fit: bool = True,
             each: Callable[[object], None] | None = None, style: Callable[[object], None] | None = None) -> Path:
    """`rows` typed into one sheet `title` from cell A1 (None: an empty cell); a cell whose
    figures(row, column, value) holds gets `number_format` (None: none); `merges`: ranges ("B4:D4" or
    (row, column, end row, end column)); `widths`: per column (letter or number); `bold`: the rows (sheet row
    numbers) whose typed cells are bold; `each(cell)`: what each typed cell sets further (an alignment, say);
    `style(sheet)`: what else the table sets (before the merges; `finish` then saves it)."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = title
    bold = set(bold)
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row, start=1):
            if value is None:
                continue
            cell = sheet.cell(r, c, value)
            if number_format is not None and figures(r, c, value):
                cell.number_format = number_format
            if r in bold:
                cell.font = Font(bold=True)
            if each is not None:
                each(cell)
    if style is not None:
        style(sheet)
    for span in merges:
        if isinstance(span, str):
            sheet.merge_cells(span)
        else:
            sheet.merge_cells(start_row=span[0], start_column=span[1], end_row=span[2], end_column=span[3])
    return finish(sheet, path, widths=widths, orientation=orientation, fit=fit)


def finish(sheet, path: Path, *, widths: Mapping[str | int, float] | None = None,
           orientation: str | None = "landscape", fit: bool = True) -> Path:
    """The sheet's column `widths` set, its page's `orientation` (None: left unset) and `fit` one page wide (as
    long as it needs), its book saved at `path`."""
    for column, width in (widths or {}).items():
        sheet.column_dimensions[column if isinstance(column, str) else get_column_letter(column)].width = width
    if orientation is not None:
        sheet.page_setup.orientation = orientation
    if fit:
        sheet.sheet_properties.pageSetUpPr.fitToPage = True
        sheet.page_setup.fitToWidth = 1
        sheet.page_setup.fitToHeight = 0
    sheet.parent.save(path)
    return path


def widths_of(first: float, rest: float, columns: str | int) -> dict[str | int, float]:
    """Column A `first` wide, then `columns` (letters, or how many after A) each `rest` wide."""
    letters = columns if isinstance(columns, str) else [get_column_letter(c) for c in range(2, 2 + columns)]
    return {"A": first, **{letter: rest for letter in letters}}


def audited(path: Path, capsys) -> tuple[int, dict]:
    """`pyengine audit --json` of the file: its exit code and its report (read from pytest's `capsys`)."""
    from pyengine.audit import main as audit_main

    code = audit_main(str(path), as_json=True)
    return code, json.loads(capsys.readouterr().out)


def relation(data: dict, total: str) -> dict:
    """The one relation of the report whose total is `total` (it fails, listing the totals, where there is not one)."""
    found = [r for t in data["tables"] for r in t["relations"] if r["total"] == total]
    assert len(found) == 1, [r["total"] for t in data["tables"] for r in t["relations"]]
    return found[0]


def print_to_pdf(paths: Iterable[Path], folder: Path | None = None, sources: Mapping | None = None) -> list[Path]:
    """The files printed by LibreOffice in ONE soffice call (a profile of its own, thrown away after) into `folder`
    (default: the first file's folder): their PDFs, in the same order, each by its file's name. (The older call
    print_to_pdf(tmp_path_factory, folder, {name: file}) -> {name: PDF} still works, for tests written before.)"""
    from test_audit_tables import soffice

    if sources is not None:
        return print_named(sources, folder)
    paths = [Path(p) for p in paths]
    folder = folder or paths[0].parent
    assert len({p.stem for p in paths}) == len(paths), "two files of one name would print to one PDF"
    with tempfile.TemporaryDirectory(prefix="soffice-profiel-", ignore_cleanup_errors=True) as profile:
        subprocess.run([soffice(), f"-env:UserInstallation={Path(profile).as_uri()}", "--headless", "--convert-to",
                        "pdf", "--outdir", str(folder), *map(str, paths)], capture_output=True, timeout=600,
                       check=True)
    return [folder / (p.stem + ".pdf") for p in paths]


def print_named(sources: Mapping, folder: Path | None = None) -> dict:
    """`print_to_pdf` of a mapping of names to files: the PDFs by the same names."""
    return dict(zip(sources, print_to_pdf(sources.values(), folder)))
