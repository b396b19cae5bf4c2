"""pyengine new: write an input workbook to fill in (pre-filled from a key and years, or converted from a spec)."""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

from .errors import InputError


def parse_years(text: str) -> list[int]:
    """'2025-2028' or '2025,2026' -> [2025, ...]; 1 to 5 increasing years."""
    text = text.strip()
    match = re.fullmatch(r"(\d{4})\s*-\s*(\d{4})", text)
    if match:
        years = list(range(int(match[1]), int(match[2]) + 1))
    elif re.fullmatch(r"\d{4}(\s*,\s*\d{4})*", text):
        years = [int(y) for y in text.split(",")]
    else:
        raise InputError(f"--years: expected years such as 2025-2028 or 2025,2026, got {text!r}")
    if not 1 <= len(years) <= 5 or any(b <= a for a, b in zip(years, years[1:])):
        raise InputError(f"--years: give 1 to 5 increasing years, got {text!r}")
    return years


def relative_path(target: Path, start: Path) -> str:
    """``target`` as seen from folder ``start`` with forward slashes (works on Windows too);
    absolute when no relative path exists (another drive)."""
    try:
        return Path(os.path.relpath(target.resolve(), start.resolve())).as_posix()
    except ValueError:
        return str(target.resolve())


def document_from_key(kind: str, key_path: Path | None, years: list[int], out: Path, column: str | None = None,
                      period: str | None = None) -> dict:
    """A blank spec document with the years and, from the key, its file and its members."""
    doc: dict = {"soort": kind, "algemeen": {"jaren": years}}
    if kind == "begrotingswijziging":
        doc["algemeen"].update({"eenheid": 1000, "baten_negatief": True, "verdeelmethode": "largest_remainder"})
    else:
        doc["algemeen"]["decimalen"] = 2
    if key_path is not None:
        from .inputs.spec import read_key

        try:
            key = read_key(key_path, column=column, period=period)
        except InputError as error:  # the key reader speaks of spec fields; here they are options
            raise InputError(str(error).replace("(kolom = ...)", "(--kolom)").replace("(periode = ...)", "(--periode)"))
        doc["verdeelsleutel"] = {"bestand": relative_path(key_path, out.parent),
                                 "kolom": key.source.rsplit(", kolom ", 1)[-1]}
        if period:
            doc["verdeelsleutel"]["periode"] = period
        if kind == "begrotingswijziging":
            doc["bijdrage_gemeente"] = {name: [] for name in key.names}  # the officer types the figures
    return doc


def document_from_spec(kind: str, spec_path: Path, out: Path) -> tuple[dict, callable]:
    """The spec's document, after the very checks generate makes (a spec generate refuses is refused here)."""
    from .inputs.spec import amendment_from_spec, costs_from_spec, read_spec

    if not spec_path.is_file():
        raise InputError(f"{spec_path}: file not found")
    spec = read_spec(spec_path)
    if spec.kind != kind:
        raise InputError(f"{spec_path.name}: is a {spec.kind!r} spec; use pyengine new {spec.kind}")
    (amendment_from_spec if kind == "begrotingswijziging" else costs_from_spec)(spec)
    return spec.data, lambda name: relative_path(spec_path.parent / name, out.parent)


def new_workbook(kind: str, out: Path, *, spec: Path | None = None, key: Path | None = None,
                 years: str | None = None, column: str | None = None, period: str | None = None) -> bytes:
    """The bytes of a new input workbook; InputError for bad arguments or a spec the workbook cannot hold."""
    from .inputs.workbook_writer import write_workbook

    if spec is not None:
        doc, rebase = document_from_spec(kind, spec, out)
        return write_workbook(doc, rebase, spec.name)
    doc = document_from_key(kind, key, parse_years(years) if years else [], out, column, period)
    return write_workbook(doc, None, "pyengine new")


def main(args) -> int:
    from .bulk import write_atomically

    out = Path(args.out)
    if out.suffix.lower() != ".xlsx":
        print(f"--out: the input workbook must end in .xlsx, got {out.name}", file=sys.stderr)
        return 2
    if args.spec and (args.key or args.years or args.kolom or args.periode):
        print("--from converts a spec as it is; give --key, --years, --kolom and --periode only without --from",
              file=sys.stderr)
        return 2
    if (args.kolom or args.periode) and not args.key:
        print("--kolom and --periode go with --key", file=sys.stderr)
        return 2
    if out.exists():
        print(f"{out}: exists; not overwritten (choose another --out or remove it first)")
        return 1
    try:
        data = new_workbook(args.kind, out, spec=Path(args.spec) if args.spec else None,
                            key=Path(args.key) if args.key else None, years=args.years,
                            column=args.kolom, period=args.periode)
        write_atomically(out, data, force=False)
    except FileExistsError:
        print(f"{out}: exists; not overwritten (choose another --out or remove it first)")
        return 1
    except (InputError, OSError) as error:
        print(str(error))
        return 1
    print(f"written: {out}")
    print(f"next: fill in the yellow cells, then: pyengine generate {out} --out uitvoer/")
    return 0
