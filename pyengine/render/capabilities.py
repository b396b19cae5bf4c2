"""What the workbook writers can render, checked in the validation phase (before anything is written)."""

from __future__ import annotations

from ..errors import InputError
from .splits import SplitRefused
from ..i18n import _


def check_renderable(kind: str, result) -> object:
    """Raise InputError, naming the spec section and field, for a computed result that a workbook of
    ``kind`` (begrotingswijziging with its bijdrageoverzichten, or kostenverdeling) would refuse.
    It explains the splits exactly as the writers will, so nothing is refused later while writing; a
    begrotingswijziging's explained splits are returned (amendment_workbook.split_facts: the writers of its
    workbook and statements take them instead of explaining them again), None for the other kinds."""
    from . import amendment_workbook, comparison_workbook, cost_workbook, forecast_workbook, settlement_workbook

    checks = {"meerjarenraming": (forecast_workbook.check, "[verdeelsleutel]"),
              "sleutelvergelijking": (comparison_workbook.check, "[sleutel_a] / [sleutel_b]"),
              "afrekening": (settlement_workbook.split_facts, "[verdeelsleutel]")}
    if kind in checks:
        check, section = checks[kind]
        try:
            check(result)
        except SplitRefused as refused:
            raise InputError(_where(section, refused)) from None
    elif kind == "begrotingswijziging":
        facts = []
        for y, year in enumerate(result.amendment.years if result.amendment.has_members else ()):
            try:
                facts.append(amendment_workbook.split_facts_for_year(result, y))
            except SplitRefused as refused:
                raise InputError(_where(f"[verdeelsleutel] ({year})", refused)) from None
        return tuple(facts)
    elif kind == "kostenverdeling":
        try:
            cost_workbook.split_facts(result)
        except SplitRefused as refused:
            raise InputError(_where("[verdeelsleutel]", refused)) from None


def _where(section: str, refused: SplitRefused) -> str:
    field = f" {refused.field}" if refused.field else ""
    return f"{section}{field}: {refused}"
