"""Text inside the XML of an xlsx package: escaped, with the characters XML cannot hold removed.

Shared by the writer (xlsx.py) and the modules of its parts (xlsx_styles, xlsx_comments, ...).
"""

from __future__ import annotations

import re
from functools import lru_cache

_INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_NEEDS_WORK = re.compile("[&<>\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")  # what escaping would change
MAX_CELL_TEXT = 32767
NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def escape(text: str) -> str:
    """&, < and > as entities: what xml.sax.saxutils.escape does, without the import of urllib, http and ssl
    that it brings (a spawned bulk worker imports this module)."""
    return text.replace("&", "&amp;").replace(">", "&gt;").replace("<", "&lt;")


def xml_text(text: str) -> str:
    """Text safe inside an XML element: escaped, XML-invalid control characters removed."""
    return _short_xml_text(text) if len(text) <= 400 else _xml_text(text)


def _xml_text(text: str) -> str:
    if len(text) <= MAX_CELL_TEXT and _NEEDS_WORK.search(text) is None:  # most texts: nothing to change
        return text
    return escape(_INVALID_XML.sub("", text)[:MAX_CELL_TEXT])


# the same labels and formulas in every workbook of a run (short ones only: the cache stays small)
_short_xml_text = lru_cache(maxsize=16_384)(_xml_text)


def xml_attr(text: str) -> str:
    return escape(_INVALID_XML.sub("", text)).replace('"', "&quot;")
