"""Cell comments (notes): the comments part and the legacy VML drawing that Excel needs to show them.

A sheet with comments gets xl/commentsN.xml (the texts) and xl/drawings/vmlDrawingN.vml (one hidden
note shape per comment, anchored beside its cell); the sheet points at the drawing with
<legacyDrawing>. Excel, LibreOffice and openpyxl all read notes this way.
"""

from __future__ import annotations

from dataclasses import dataclass

from .formula import cell_name
from .xml_text import NS_MAIN, xml_text

COMMENTS_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"
VML_TYPE = "application/vnd.openxmlformats-officedocument.vmlDrawing"
AUTHOR = "pyengine"


@dataclass(frozen=True)
class Comment:
    row: int
    col: int
    text: str
    width: int = 3  # columns the note spans when shown
    height: int = 5  # rows


def comments_xml(comments: list[Comment]) -> bytes:
    items = "".join(f'<comment ref="{cell_name(c.row, c.col)}" authorId="0"><text><t xml:space="preserve">'
                    f"{xml_text(c.text)}</t></text></comment>" for c in comments)
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            f'<comments xmlns="{NS_MAIN}"><authors><author>{AUTHOR}</author></authors>'
            f"<commentList>{items}</commentList></comments>").encode()


def vml_xml(comments: list[Comment], drawing: int) -> bytes:
    """The note shapes; ``drawing`` numbers the sheet's shapes apart from other sheets' (idmap)."""
    shapes = []
    for number, c in enumerate(comments, start=1):
        anchor = f"{c.col}, 15, {max(0, c.row - 2)}, 10, {c.col + c.width}, 15, {max(0, c.row - 2) + c.height}, 4"
        shapes.append(
            f'<v:shape id="_x0000_s{1024 * drawing + number}" type="#_x0000_t202" '
            'style="position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:108pt;height:59.25pt;'
            f'z-index:{number};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">'
            '<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/>'
            '<v:path o:connecttype="none"/><v:textbox style="mso-direction-alt:auto">'
            '<div style="text-align:left"></div></v:textbox>'
            '<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/>'
            f"<x:Anchor>{anchor}</x:Anchor><x:AutoFill>False</x:AutoFill>"
            f"<x:Row>{c.row - 1}</x:Row><x:Column>{c.col - 1}</x:Column></x:ClientData></v:shape>")
    return ('<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:x="urn:schemas-microsoft-com:office:excel">'
            f'<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="{drawing}"/></o:shapelayout>'
            '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
            '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
            + "".join(shapes) + "</xml>").encode()
