"""The stylesheet part (xl/styles.xml) of a workbook written without a template.

Workbooks made from a template take its stylesheet as it is (template.py). A workbook with no template
(the input workbooks) declares its cell styles here: each distinct combination of font, fill, number
format and alignment becomes one cell format (``xf``), numbered in the order first asked for, and each
differential format (``dxf``, the look conditional formatting gives a cell) likewise. The same calls
give the same bytes.
"""

from __future__ import annotations

from dataclasses import dataclass

from .xml_text import NS_MAIN, xml_attr

# Excel's built-in number formats that need no declaration (ECMA-376 part 1, 18.8.30)
BUILTIN_FORMATS = {"General": 0, "0": 1, "0.00": 2, "#,##0": 3, "#,##0.00": 4, "@": 49}
FIRST_CUSTOM_FORMAT = 164


@dataclass(frozen=True)
class Font:
    name: str = "Arial"
    size: float = 10
    bold: bool = False
    italic: bool = False
    color: str = ""  # RRGGBB

    def xml(self) -> str:
        return ("<font>" + ("<b/>" if self.bold else "") + ("<i/>" if self.italic else "")
                + f'<sz val="{self.size:g}"/>' + (f'<color rgb="FF{self.color}"/>' if self.color else "")
                + f'<name val="{xml_attr(self.name)}"/><family val="2"/></font>')


@dataclass(frozen=True)
class Style:
    """One look of a cell."""

    font: Font = Font()
    fill: str = ""  # solid fill colour RRGGBB; empty: none
    number_format: str = "General"
    horizontal: str = ""  # left, center, right
    wrap: bool = False


@dataclass(frozen=True)
class Differential:
    """What conditional formatting changes: font colour and fill."""

    font_color: str
    fill: str
    bold: bool = True


class Stylesheet:
    def __init__(self) -> None:
        self._styles: list[Style] = [Style(Font(name="Calibri", size=11))]  # xf 0: the default look
        self._differentials: list[Differential] = []

    def style(self, style: Style) -> int:
        """The cell-format index of ``style`` (the ``s`` attribute of a cell)."""
        if style not in self._styles:
            self._styles.append(style)
        return self._styles.index(style)

    def differential(self, differential: Differential) -> int:
        if differential not in self._differentials:
            self._differentials.append(differential)
        return self._differentials.index(differential)

    def to_xml(self) -> bytes:
        formats: dict[str, int] = {}
        for style in self._styles:
            if style.number_format not in BUILTIN_FORMATS and style.number_format not in formats:
                formats[style.number_format] = FIRST_CUSTOM_FORMAT + len(formats)
        fonts = list(dict.fromkeys(style.font for style in self._styles))
        fills = list(dict.fromkeys(style.fill for style in self._styles if style.fill))
        out = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>', f'<styleSheet xmlns="{NS_MAIN}">']
        if formats:
            out.append(f'<numFmts count="{len(formats)}">')
            out += [f'<numFmt numFmtId="{number}" formatCode="{xml_attr(code)}"/>' for code, number in formats.items()]
            out.append("</numFmts>")
        out.append(f'<fonts count="{len(fonts)}">' + "".join(font.xml() for font in fonts) + "</fonts>")
        # fills 0 and 1 are reserved by the format (none, gray125)
        out.append(f'<fills count="{len(fills) + 2}"><fill><patternFill patternType="none"/></fill>'
                   '<fill><patternFill patternType="gray125"/></fill>'
                   + "".join(f'<fill><patternFill patternType="solid"><fgColor rgb="FF{colour}"/>'
                             f'<bgColor indexed="64"/></patternFill></fill>' for colour in fills) + "</fills>")
        out.append('<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>')
        out.append('<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>')
        out.append(f'<cellXfs count="{len(self._styles)}">')
        for style in self._styles:
            number = BUILTIN_FORMATS.get(style.number_format, formats.get(style.number_format))
            fill = fills.index(style.fill) + 2 if style.fill else 0
            attributes = (f'numFmtId="{number}" fontId="{fonts.index(style.font)}" fillId="{fill}" borderId="0" '
                          f'xfId="0"' + (' applyNumberFormat="1"' if number else "") + ' applyFont="1"'
                          + (' applyFill="1"' if fill else ""))
            if style.horizontal or style.wrap:
                alignment = "<alignment" + (f' horizontal="{style.horizontal}"' if style.horizontal else "") + \
                    (' wrapText="1"' if style.wrap else "") + "/>"
                out.append(f'<xf {attributes} applyAlignment="1">{alignment}</xf>')
            else:
                out.append(f"<xf {attributes}/>")
        out.append("</cellXfs>")
        out.append('<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>')
        out.append(f'<dxfs count="{len(self._differentials)}">')
        for item in self._differentials:
            out.append("<dxf><font>" + ("<b/>" if item.bold else "") + f'<color rgb="FF{item.font_color}"/></font>'
                       f'<fill><patternFill patternType="solid"><bgColor rgb="FF{item.fill}"/></patternFill></fill>'
                       "</dxf>")
        out.append("</dxfs>")
        out.append('<tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>')
        out.append("</styleSheet>")
        return "".join(out).encode()
