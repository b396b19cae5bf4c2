"""The errors a user can see. Every message names the place and what is wrong."""

from __future__ import annotations


class InputError(ValueError):
    """Bad input: the message names the argument or place (file, sheet, cell, row, field)."""


class RoundingInfeasible(ValueError):
    """A table admits no presentation rounding in which every total equals the sum of its parts."""


class TemplateError(ValueError):
    """A workbook template cannot be used (missing defined name, macro-enabled, unreadable)."""
