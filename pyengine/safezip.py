"""The safe-zip bounds, kept under their old name for the commands (the code lives in inputs/safezip.py)."""

from __future__ import annotations

from .inputs.safezip import (MAX_CELLS, MAX_DECLARED_CELLS, MAX_ENTRIES, MAX_ENTRY_BYTES, MAX_RATIO,  # noqa: F401
                             MAX_SHEETS, MAX_TOTAL_BYTES, CellBudget, check_archive, check_sheets, declared_cells,
                             open_package, refuse_non_zip)
