"""Bounds on an untrusted PDF, checked before its layout is read: pages and characters of text.

Reading a PDF's layout (pdfplumber/pdfminer, what the audit reads tables with) costs seconds and
megabytes per page, so a limit checked after extraction lets a 450-page file run for minutes and
gigabytes before it is refused. PDFium (pypdfium2, installed with pdfplumber) counts pages and
characters in C, page by page, and stops at the first limit passed: refused within seconds. The audit
calls :func:`check_pdf_bounds` before it opens the file for its tables.
"""

from __future__ import annotations

from pathlib import Path

from ..errors import InputError
from ..i18n import _
from ..i18n import number as number_text

MAX_PAGES = 500
MAX_CHARS = 3_000_000
MAX_BYTES = 200 * 1024 * 1024


def check_pdf_bounds(path: Path, max_pages: int = MAX_PAGES, max_chars: int = MAX_CHARS) -> int:
    """The number of characters of text in the PDF; InputError (one line) past a limit or when unreadable."""
    import pypdfium2

    size = path.stat().st_size
    if size > MAX_BYTES:
        raise InputError(_("{file}: refused: {size} bytes (at most {limit})").format(
            file=path.name, size=number_text(size), limit=number_text(MAX_BYTES)))
    try:
        document = pypdfium2.PdfDocument(str(path))
    except pypdfium2.PdfiumError as error:
        raise InputError(_("{file}: cannot be read as a PDF ({reason})").format(file=path.name, reason=error)) from None
    try:
        pages = len(document)
        if pages > max_pages:
            raise InputError(_("{file}: refused: {pages} pages (at most {limit})").format(
                file=path.name, pages=number_text(pages), limit=number_text(max_pages)))
        chars = 0
        for index in range(pages):
            page = document[index]
            text = page.get_textpage()
            chars += text.count_chars()
            text.close()
            page.close()
            if chars > max_chars:
                raise InputError(_("{file}: refused: more than {limit} characters of text (reached on page {page} "
                                   "of {pages})").format(file=path.name, limit=number_text(max_chars), page=index + 1,
                                                         pages=pages))
        return chars
    finally:
        document.close()
