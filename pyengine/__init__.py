"""pyengine: exact cost allocation, capacity costing and begrotingswijziging workbooks.

Invariants (tested): every allocation adds up exactly to its rounded total; money is Decimal,
never a binary float; single amounts round half away from zero, like Excel's ROUND.
"""

from .core.allocation import METHODS, allocate
from .core.capacity import (
    Budget,
    RatesTable,
    budget_with_contingency,
    contingency,
    fte_cost,
    fte_from_hours,
    hours_cost,
    prorate,
)
from .errors import InputError, RoundingInfeasible, TemplateError
from .core.keys import Key, Member
from .core.money import round_half_away
from .version import __version__

__all__ = [
    "METHODS", "Budget", "InputError", "Key", "Member", "RatesTable", "RoundingInfeasible", "TemplateError",
    "allocate", "budget_with_contingency", "contingency", "fte_cost", "fte_from_hours", "generate",
    "hours_cost", "prorate", "round_half_away", "__version__",
]


def generate(*args, **kwargs):
    """Bulk generation of workbooks; see pyengine.bulk.generate (imported lazily: the commands are heavy)."""
    from .bulk import generate as _generate

    return _generate(*args, **kwargs)
