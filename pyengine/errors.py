"""The errors a user can see. Every message names the place and what is wrong."""

from __future__ import annotations


class InputError(ValueError):
    """Bad input: the message names the argument or place (file, sheet, cell, row, field).

    Errors about one item of a list also carry ``argument``, ``index`` (0-based), ``problem`` and
    ``value``, so that the Excel layer can say "weight 3 is negative (-2)" in its own 1-based terms.
    """

    def __init__(self, message: str, *, argument: str | None = None, index: int | None = None,
                 problem: str | None = None, value: object = None) -> None:
        super().__init__(message)
        self.argument, self.index, self.problem, self.value = argument, index, problem, value

    @classmethod
    def at(cls, argument: str, index: int, problem: str, value: object) -> "InputError":
        return cls(f"{argument}[{index}] {problem}: {value}", argument=argument, index=index, problem=problem,
                   value=value)


class UsageError(InputError):
    """The command was used wrongly: an option or argument that does not fit (the CLI exits 2, not 1).

    A subclass of InputError, so the Python API's callers catch it as before."""


class RoundingInfeasible(ValueError):
    """A table admits no presentation rounding in which every total equals the sum of its parts."""


class TemplateError(ValueError):
    """A workbook template cannot be used (missing defined name, macro-enabled, unreadable)."""
