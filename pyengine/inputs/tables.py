"""Reading a table (header row, then rows) from an xlsx sheet: shared by the spec and rates readers."""

from __future__ import annotations

from pathlib import Path

from ..errors import InputError


def read_table_xlsx(path: Path, sheet: str | None = None) -> list[dict[str, object]]:
    """Rows of the first (or named) sheet as dicts keyed by the header row."""
    import openpyxl

    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as error:  # noqa: BLE001
        raise InputError(f"{path.name}: not a readable .xlsx file ({type(error).__name__})") from None
    try:
        if sheet is not None and sheet not in workbook.sheetnames:
            raise InputError(f"{path.name}: no sheet {sheet!r} (sheets: {', '.join(workbook.sheetnames)})")
        worksheet = workbook[sheet] if sheet else workbook.worksheets[0]
        rows = list(worksheet.iter_rows(values_only=True))
    finally:
        workbook.close()
    if not rows:
        raise InputError(f"{path.name}: the sheet is empty")
    header = [str(h).strip() if h is not None else "" for h in rows[0]]
    return [dict(zip(header, row)) for row in rows[1:]]
