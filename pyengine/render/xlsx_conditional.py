"""Conditional formatting (the sheet's <conditionalFormatting>): a look that follows a cell's value.

Used for check cells: green when the live formula gives TRUE, red when FALSE, so that a check turns as
the person types. Each rule points at a differential format of the stylesheet (xlsx_styles).
"""

from __future__ import annotations

from dataclasses import dataclass

from .xml_text import xml_text


@dataclass(frozen=True)
class Rule:
    operator: str  # equal, notEqual, lessThan ... (a cellIs rule)
    formula: str  # what the cell is compared with, e.g. TRUE
    differential: int  # index into the stylesheet's dxfs


@dataclass(frozen=True)
class ConditionalFormat:
    sqref: str
    rules: tuple[Rule, ...]


def conditional_xml(formats: list[ConditionalFormat]) -> str:
    out = []
    priority = 0
    for item in formats:
        rules = []
        for rule in item.rules:
            priority += 1
            rules.append(f'<cfRule type="cellIs" dxfId="{rule.differential}" priority="{priority}" '
                         f'operator="{rule.operator}"><formula>{xml_text(rule.formula)}</formula></cfRule>')
        out.append(f'<conditionalFormatting sqref="{item.sqref}">' + "".join(rules) + "</conditionalFormatting>")
    return "".join(out)
