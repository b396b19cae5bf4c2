"""Opening untrusted .xlsx packages within bounds, before anything is unpacked.

A zip's central directory declares every entry's size; Python's zipfile never returns more than the
declared size (a lying entry ends in a CRC error), so checking the declarations bounds memory and
time. Used by the one xlsx reader (inputs/xlsx_reader.py), which every reader of .xlsx goes through: one
clear InputError line per refusal. A file that is no zip is told apart: a password-protected workbook (Excel encrypts it
into an OLE compound file), an old .xls, or anything else.
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

from ..errors import InputError
from ..i18n import _
from ..i18n import number as number_text

MAX_ENTRIES = 10_000
MAX_ENTRY_BYTES = 200 * 1024 * 1024
MAX_TOTAL_BYTES = 400 * 1024 * 1024
MAX_RATIO = 100  # uncompressed / compressed, for entries over 1 MB (our own sheets compress ~10:1)
MAX_SHEETS = 1_000
MAX_DECLARED_CELLS = 10_000_000  # a sheet's <dimension ref="A1:..."> (A1:XFD1048576 is 17 billion)
MAX_CELLS = 2_000_000  # cells actually present, all sheets together

_REF = re.compile(r"^\$?([A-Z]{1,3})\$?(\d{1,7})(?::\$?([A-Z]{1,3})\$?(\d{1,7}))?$")


def check_archive(archive: zipfile.ZipFile, name: str) -> None:
    """Refuse a package whose declared entries are too many, too large or too compressed."""
    entries = archive.infolist()
    if len(entries) > MAX_ENTRIES:
        raise InputError(_('{name}: refused: {count} parts in the package (at most {max_entries})').format(name=name, count=number_text(len(entries)), max_entries=number_text(MAX_ENTRIES)))
    total = 0
    for entry in entries:
        total += entry.file_size
        if entry.file_size > MAX_ENTRY_BYTES:
            raise InputError(_('{name}: refused: part {filename} unpacks to {file_size} bytes (at most {max_entry_bytes})').format(name=name, filename=entry.filename, file_size=number_text(entry.file_size), max_entry_bytes=number_text(MAX_ENTRY_BYTES)))
        ratio = entry.file_size // max(entry.compress_size, 1)
        if entry.file_size > 1024 * 1024 and ratio > MAX_RATIO:
            raise InputError(_('{name}: refused: part {filename} is compressed {ratio}:1 (looks like a zip bomb)').format(name=name, filename=entry.filename, ratio=number_text(ratio)))
    if total > MAX_TOTAL_BYTES:
        raise InputError(_('{name}: refused: the package unpacks to {total} bytes (at most {max_total_bytes})').format(name=name, total=number_text(total), max_total_bytes=number_text(MAX_TOTAL_BYTES)))


_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # an OLE compound file: .xls, or an encrypted .xlsx
_ENCRYPTED_MARKS = ("EncryptionInfo".encode("utf-16-le"), "EncryptedPackage".encode("utf-16-le"))


def refuse_non_zip(path: Path) -> None:
    """Raise the InputError that says what a file that is not a zip package is (called when opening fails)."""
    try:
        with open(path, "rb") as stream:
            head = stream.read(8)
            if head == _OLE_MAGIC:
                stream.seek(0)
                sample = stream.read(4 * 1024 * 1024)  # the directory naming the streams sits near the start
                if any(mark in sample for mark in _ENCRYPTED_MARKS):
                    raise InputError(_("{file}: the workbook is protected with a password: save it without one "
                                       "(File > Info > Protect Workbook > Encrypt with Password: empty)")
                                     .format(file=path.name))
                raise InputError(_("{file}: an old Excel 97-2003 (.xls) file; save it as .xlsx").format(file=path.name))
    except OSError as error:
        raise InputError(_("{file}: cannot be read ({reason})").format(file=path.name, reason=error.strerror)) from None
    raise InputError(_("{file}: not an .xlsx workbook (the file is not a zip package)").format(file=path.name))


def open_package_bytes(data: bytes, name: str) -> zipfile.ZipFile:
    """The checked zip of an .xlsx held in memory (named ``name`` in messages); InputError when it is not one."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise InputError(_("{file}: not an .xlsx workbook (the file is not a zip package)").format(file=name)) from None
    try:
        check_archive(archive, name)
    except BaseException:
        archive.close()
        raise
    return archive


def open_package(path: Path) -> zipfile.ZipFile:
    """The checked zip of an .xlsx file; InputError (one line) when it is not one or is out of bounds."""
    try:
        archive = zipfile.ZipFile(path)
    except zipfile.BadZipFile:
        refuse_non_zip(path)
        raise AssertionError("unreachable")  # refuse_non_zip always raises
    except OSError as error:
        raise InputError(_("{file}: cannot be read ({reason})").format(file=path.name, reason=error.strerror)) from None
    try:
        check_archive(archive, path.name)
    except BaseException:
        archive.close()
        raise
    return archive


def check_sheets(sheets: list[tuple[str, str]], name: str) -> None:
    """Refuse too many sheets, or several sheets sharing one part (each would be read again)."""
    if len(sheets) > MAX_SHEETS:
        raise InputError(_('{name}: refused: {count} sheets (at most {max_sheets})').format(name=name, count=number_text(len(sheets)), max_sheets=number_text(MAX_SHEETS)))
    seen: dict[str, str] = {}
    for sheet, part in sheets:
        if part in seen:
            raise InputError(_('{name}: refused: sheets {value} and {sheet} point at the same part {part}').format(name=name, value=repr(seen[part]), sheet=repr(sheet), part=part))
        seen[part] = sheet


def declared_cells(ref: str) -> int:
    """Cells in a range like 'A1:XFD1048576' (0 when it cannot be read)."""
    match = _REF.match(ref.strip().upper())
    if not match:
        return 0
    first_col, first_row, last_col, last_row = match.groups()
    if last_col is None:
        return 1

    def number(letters: str) -> int:
        value = 0
        for letter in letters:
            value = value * 26 + ord(letter) - 64
        return value

    return (abs(number(last_col) - number(first_col)) + 1) * (abs(int(last_row) - int(first_row)) + 1)


class CellBudget:
    """Counts cells across a package's sheets and refuses past the limits, while streaming."""

    def __init__(self, name: str, limit: int | None = None) -> None:
        self.name, self.limit, self.used = name, MAX_CELLS if limit is None else limit, 0

    def take(self, sheet: str) -> None:
        """Count one cell of ``sheet``; refuse past the limit (called while streaming)."""
        self.used += 1
        if self.used > self.limit:
            raise InputError(_("{file}: refused: more than {limit} cells (sheet '{sheet}')")
                             .format(file=self.name, limit=number_text(self.limit), sheet=sheet))

    def check_count(self, sheet: str, cells: int) -> None:
        """Refuse, before it is parsed, a sheet whose ``cells`` would pass the limit."""
        if self.used + cells > self.limit:
            raise InputError(_("{file}: refused: more than {limit} cells (sheet '{sheet}')")
                             .format(file=self.name, limit=number_text(self.limit), sheet=sheet))

    def check_dimension(self, sheet: str, ref: str) -> None:
        cells = declared_cells(ref)
        if cells > MAX_DECLARED_CELLS:
            raise InputError(_("{file}: refused: sheet '{sheet}' declares {ref} ({cells} cells; at most {limit})")
                             .format(file=self.name, sheet=sheet, ref=ref, cells=number_text(cells),
                                     limit=number_text(MAX_DECLARED_CELLS)))
