"""What the workbook writers can render, checked in the validation phase (before anything is written)."""

from __future__ import annotations

from ..errors import InputError
from .splits import SplitRefused


def check_renderable(kind: str, result) -> None:
    """Raise InputError, naming the spec section and field, for a computed result that a workbook of
    ``kind`` (begrotingswijziging with its bijdrageoverzichten, kostenverdeling, afrekening) would refuse.
    It explains the splits exactly as the writers will, so nothing is refused later while writing."""
    check = CHECKS.get(kind)
    if check is not None:
        check(result)


def _amendment(result) -> None:
    from . import amendment_workbook

    for y, year in enumerate(result.amendment.years if result.amendment.has_members else ()):
        try:
            amendment_workbook.split_facts_for_year(result, y)
        except SplitRefused as refused:
            raise InputError(_where(f"[verdeelsleutel] ({year})", refused)) from None


def _costs(result) -> None:
    from . import cost_workbook

    try:
        cost_workbook.split_facts(result)
    except SplitRefused as refused:
        raise InputError(_where("[verdeelsleutel]", refused)) from None


def _settlement(result) -> None:
    from . import settlement_workbook

    try:
        settlement_workbook.split_facts(result)
    except SplitRefused as refused:
        raise InputError(_where("[verdeelsleutel]", refused)) from None


# Per kind: the check of what its writers can render (one row per kind; new kinds add theirs).
CHECKS = {"begrotingswijziging": _amendment, "kostenverdeling": _costs, "afrekening": _settlement}


def _where(section: str, refused: SplitRefused) -> str:
    field = f" {refused.field}" if refused.field else ""
    return f"{section}{field}: {refused}"
