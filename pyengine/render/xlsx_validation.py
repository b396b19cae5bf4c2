"""Data validation (the sheet's <dataValidations>): what a cell accepts, and the message when it does not.

Excel checks a typed value against the rule and shows ``error`` under ``error_title``; LibreOffice
does the same. A list rule offers its values as a drop-down.
"""

from __future__ import annotations

from dataclasses import dataclass

from .xml_text import xml_attr, xml_text


@dataclass(frozen=True)
class DataValidation:
    sqref: str  # the cells: "B13" or "B16:F16" (several ranges separated by spaces)
    kind: str  # list, decimal, whole
    formula1: str  # a list rule: '"ja,nee"'; otherwise the bound
    formula2: str = ""
    operator: str = ""  # between, greaterThanOrEqual ... (not for lists)
    error: str = ""
    error_title: str = ""

    def xml(self) -> str:
        attributes = f'type="{self.kind}"' + (f' operator="{self.operator}"' if self.operator else "") + \
            ' allowBlank="1" showInputMessage="1" showErrorMessage="1"'
        if self.error_title:
            attributes += f' errorTitle="{xml_attr(self.error_title)}"'
        if self.error:
            attributes += f' error="{xml_attr(self.error)}"'
        body = f"<formula1>{xml_text(self.formula1)}</formula1>"
        if self.formula2:
            body += f"<formula2>{xml_text(self.formula2)}</formula2>"
        return f'<dataValidation {attributes} sqref="{self.sqref}">{body}</dataValidation>'


def list_formula(choices: tuple) -> str:
    """A list rule's values, as Excel writes them inline: "a,b,c" (at most 255 characters)."""
    text = ",".join(str(choice) for choice in choices)
    if len(text) > 255 or any('"' in str(choice) or "," in str(choice) for choice in choices):
        raise ValueError(f"a data-validation list holds at most 255 characters, no quotes or commas: {text!r}")
    return f'"{text}"'


def validations_xml(validations: list[DataValidation]) -> str:
    if not validations:
        return ""
    return (f'<dataValidations count="{len(validations)}">' + "".join(v.xml() for v in validations)
            + "</dataValidations>")
