"""pyengine audit: totals that do not add up, rounding plugs and years out of order in any table.

Any table an auditor receives (.xlsx or a PDF with a text layer), whether we produced it or a person
typed it.

The file is untrusted: an .xlsx (a macro-enabled .xlsm is read, never run) has its zip entries' declared
sizes and ratios checked before anything is unpacked, and sheet count, declared dimensions and cells are
bounded; a PDF has its pages and characters bounded. Reading is in xlsx / pdf, the inference in tables
(pure, over the records of model), the begrotingswijziging layout's cross-section rules in begroting.
"""

from __future__ import annotations

import dataclasses
import json
import re
import sys
from collections.abc import Mapping
from decimal import Decimal
from pathlib import Path
from typing import NamedTuple

from ..errors import InputError
from ..i18n import N_, _, ngettext, number
from .begroting import amendment_rules, looks_like_amendment
from .model import EMPTY, Finding, FrozenDict, Grid, Table
from .tables import audit_grid

MAX_CELLS = 300_000  # a budget workbook has a few thousand; this many audit in well under a minute


class _Summary(NamedTuple):
    sheet: str                 # the sheets (or the PDF) audited, comma-separated
    findings: tuple[Finding, ...]
    notes: tuple[str, ...]
    rows_checked: int


class Report(_Summary):
    """(sheet, findings, notes, rows checked), as callers unpack it, with the tables in .tables, the
    figures compared with a total in .figures_checked (plus the begrotingswijziging rules' rows in
    .layout_rows_checked) and, per sheet, formula cells that carry no stored value in .uncalculated."""

    tables: tuple[Table, ...] = ()
    figures_checked: int = 0
    layout_rows_checked: int = 0
    uncalculated: Mapping[str, int] = EMPTY
    input_workbook: str = ""   # the title of a pyengine input workbook ('Kostenverdeling: invoer'), see input_workbook()

    @property
    def inputs_only(self) -> bool:
        """An input workbook in which no line is labelled or inferred as a total: its figures are inputs, there is
        nothing to add up (any total in it is checked as in any file, and then this is False)."""
        return bool(self.input_workbook) and not any(t.relations or t.findings or t.unverified or t.parts_elsewhere
                                                     for t in self.tables)

    @property
    def unchecked_formulas(self) -> int:
        return sum(self.uncalculated.values())

    @property
    def nothing_checked(self) -> bool:
        return not self.figures_checked and not self.layout_rows_checked

    @property
    def zeros_only(self) -> bool:
        """Totals were found and hold, but every figure in them is 0 (a workbook not filled in yet, as `pyengine new`
        writes one): each total was compared with its lines, 0 with 0; no figure says more."""
        return self.nothing_checked and any(t.relations for t in self.tables) and not self.findings and \
            not self.unverified

    @property
    def unverified(self) -> tuple[tuple[str, str, str], ...]:
        """Lines called a total that lines before them could make, yet none do: (label, axis, reason)."""
        return tuple(item for t in self.tables for item in t.unverified)

    @property
    def verdict(self) -> str:
        """'findings', 'not verified' (a line called a total was not checked), 'incomplete' (formulas without
        values were not checked), 'nothing checked' or 'clean'."""
        if self.findings:
            return "findings"
        if self.unverified:
            return "not verified"
        if self.unchecked_formulas:
            return "incomplete"
        return "nothing checked" if self.nothing_checked and not (self.inputs_only or self.zeros_only) else "clean"


def read_grids(path: Path, sheet: str | None) -> tuple[list[Grid], list[str]]:
    if path.suffix.lower() == ".pdf":
        if not path.is_file():
            raise InputError(_("{path}: file not found").format(path=path))
        from ..inputs.pdf_bounds import check_pdf_bounds
        from .pdf import MAX_CHARS, MAX_PAGES, read_pdf

        # pages and characters counted by PDFium before pdfplumber reads the layout: a 450-page file is
        # refused in seconds, not after minutes and gigabytes
        check_pdf_bounds(path, max_pages=MAX_PAGES, max_chars=MAX_CHARS)
        return read_pdf(path), []
    from .xlsx import read_workbook

    return read_workbook(path, sheet, MAX_CELLS)


# an input workbook's title line: '<Soort>: invoer' ('Kostenverdeling: invoer', 'Afrekening 2025: invoer')
INPUT_TITLE = re.compile(r"[^:\n]{2,100}:\s*invoer", re.IGNORECASE)
INPUT_INSTRUCTION = "pyengine generate"


def input_workbook(grids: list[Grid]) -> str:
    """The title of a pyengine input workbook ('Kostenverdeling: invoer'), '' for any other file. A workbook
    declares itself one by its first sheet's title '<Soort>: invoer' together with the defined names its form
    carries (xlsx.INPUT_NAMES); its PDF printed by LibreOffice, which keeps no names, by that title as its first
    line with the form's instruction naming `pyengine generate` on one of the two lines under it."""
    if not grids:
        return ""
    first = grids[0]
    if not first.is_pdf:
        title = getattr(first, "input_title", "")
        return title if INPUT_TITLE.fullmatch(title) else ""
    top = sorted({r for r, __ in first.cells})[:3]
    lines = {r: [cell.text.strip() for (at, __), cell in sorted(first.cells.items()) if at == r] for r in top}
    if len(top) < 2 or len(lines[top[0]]) != 1 or not INPUT_TITLE.fullmatch(lines[top[0]][0]):
        return ""
    instructed = any(INPUT_INSTRUCTION in text for r in top[1:] for text in lines[r])
    return lines[top[0]][0] if instructed else ""


def audit(path: str | Path, sheet: str | None = None) -> Report:
    path = Path(path)
    grids, notes = read_grids(path, sheet)
    tables: list[Table] = []
    rows_checked = layout_rows = 0
    for grid in grids:
        found = audit_grid(grid, len(tables) + 1)
        # the seed-000 layout's cross-section rules, on a workbook's sheet or a PDF's printed table
        if looks_like_amendment(grid):
            extra, extra_notes, checked = amendment_rules(grid)
            notes.extend(extra_notes)
            if checked:
                where = (_("the PDF {name}") if grid.is_pdf else _("sheet {name}")).format(name=repr(grid.name))
                notes.append(_("{where} is laid out as a begrotingswijziging: its cross-section rules were checked "
                               "too (bijgesteld = begroting + wijziging, gemeentelijke bijdrage = the members, totaal "
                               "bijdragen = members + centrumgemeente, saldo = saldo baten en lasten + reserves)")
                             .format(where=where))
            found = _merge(found, extra)
            layout_rows += checked
        tables.extend(found)
        rows_checked += sum(t.rows for t in found)
    # formula cells without a stored value (saved by openpyxl or another program that does not calculate)
    uncalculated = {g.name: n for g in grids if (n := getattr(g, "formulas_without_value", 0))}
    figures_checked = sum(r.checked for t in tables for r in t.relations)
    if uncalculated and not figures_checked and not layout_rows:
        raise InputError(_("{file}: not audited: its formulas carry no stored values ({per_sheet}), so no total can "
                           "be read; it was saved by a program that does not calculate: open and save it in Excel or "
                           "LibreOffice, or audit its PDF").format(file=path.name, per_sheet=_per_sheet(uncalculated)))
    title = input_workbook(grids)
    if not tables and not title:  # (an input workbook not yet filled in has none: nothing to add up)
        raise InputError(_("{file}: no table with figures found").format(file=path.name))
    if uncalculated:
        notes.append(_("{per_sheet}: the file was saved by a program that does not calculate, so those figures were "
                       "NOT checked; open and save it in Excel or LibreOffice, or audit its PDF, to check them")
                     .format(per_sheet=_per_sheet(uncalculated)))
    findings = tuple(f for t in tables for f in t.findings)
    # a 'follows' finding is never alone: the wrong figure it follows from is a finding of its table too (so it
    # adds no finding to a file that would otherwise have none, and the exit code is as before)
    blamed = {(f.sheet, f.row, f.col) for f in findings if f.kind != "follows"}
    assert all(blamed.intersection((f.sheet, *at) for at in f.follows_from) for f in findings if f.kind == "follows"), \
        "a 'follows' finding without the finding it follows from"
    names = ", ".join(dict.fromkeys(t.sheet for t in tables))
    report = Report(names, findings, tuple(notes), rows_checked)
    report.tables = tuple(tables)
    report.figures_checked = figures_checked
    report.layout_rows_checked = layout_rows
    report.uncalculated = FrozenDict(uncalculated)
    report.input_workbook = title
    return report


def _per_sheet(counts: dict[str, int]) -> str:
    """'sheet 'Tabel': 4 formula cells without a value, sheet 'Data': 1 ...'."""
    return ", ".join(ngettext("sheet {sheet}: {count} formula cell without a value",
                              "sheet {sheet}: {count} formula cells without a value", n)
                     .format(sheet=repr(name), count=number(n)) for name, n in counts.items())


def _merge(tables: list[Table], extra: list[Finding]) -> list[Table]:
    """The tables with the layout rules' findings added to the table they fall in (a new record), unless the
    generic audit already has them."""
    tables = list(tables)
    for finding in extra:
        at = next((i for i, t in enumerate(tables) if t.span[0] <= finding.row <= t.span[1]), 0 if tables else None)
        if at is None:
            continue
        table = tables[at]
        if any(f.row == finding.row and f.col == finding.col and f.expected == finding.expected
               and f.found == finding.found for f in table.findings):
            continue
        # a layout rule's miss of one unit of the table (bijgesteld = begroting + wijziging, 1 off) is rounding-sized
        within = finding.within_rounding or (finding.kind == "sum" and finding.difference is not None
                                             and abs(finding.difference) <= table.unit)
        finding = dataclasses.replace(finding, table=table.number, within_rounding=within)
        tables[at] = dataclasses.replace(table, findings=sorted([*table.findings, finding],
                                                                key=lambda f: (f.row, f.col, f.kind)))
    return tables


def _amount(value: Decimal | None) -> str:
    """A figure as the report's language writes it (Dutch 1.234,5; English 1,234.5), as exact as found."""
    return "" if value is None else number(value)


# the axis of a relation or total, as the report names it (the model and --json keep 'row' / 'column')
AXES = {"row": N_("row"), "column": N_("column")}
PDF_PLACE = re.compile(r"page (\d+), line (\d+)")


def _scale(scale: str) -> str:
    """A table's scale as the report writes its figures: 'x EUR 1,000' beside English 120,235, 'x € 1.000' beside
    Dutch 120.235 (the model and --json keep 'x EUR 1.000', as a line above the table says it)."""
    return _("x EUR {unit}").format(unit=number(1000 if scale == "x EUR 1.000" else 1000000))


def _axis(axis: str) -> str:
    return _(AXES[axis]) if axis in AXES else axis


def _place(place: str) -> str:
    """A finding's place in the report's language: a PDF's 'page 2, line 14' (as --json keeps it) in Dutch."""
    match = PDF_PLACE.fullmatch(place)
    return _("page {page}, line {line}").format(page=match[1], line=match[2]) if match else place


def to_json(path: str, report: Report) -> str:
    def exact(value: Decimal | None):
        return None if value is None else str(value)

    return json.dumps({
        "file": str(path), "sheets": report.sheet, "verdict": report.verdict, "rows_checked": report.rows_checked,
        "figures_checked": report.figures_checked, "formulas_without_value": report.uncalculated,
        "not_verified": len(report.unverified), "input_workbook": report.input_workbook or None,
        "notes": report.notes,
        "tables": [{"table": t.number, "sheet": t.sheet, "from": t.first, "to": t.last, "rows": t.rows,
                    "columns": t.columns, "rounding_unit": str(t.unit), "scale": t.scale,
                    "relations": [{"axis": r.axis, "total": r.total, "parts": r.parts, "rule": r.rule,
                                   "figures_checked": r.checked,
                                   "figures_failing": r.failed, "text": r.describe()} for r in t.relations],
                    "not_checked": t.unchecked,
                    "not_verified": [{"total": label, "axis": axis, "reason": reason}
                                     for label, axis, reason in t.unverified],
                    "parts_not_in_table": [{"total": label, "axis": axis, "reason": reason}
                                           for label, axis, reason in t.parts_elsewhere],
                    "columns_not_added_up": t.unsummed,
                    "findings": len(t.findings)} for t in report.tables],
        "findings": [{"table": f.table, "sheet": f.sheet, "cell": f.place, "row_label": f.row_label,
                      "column": f.column, "kind": f.kind, "check": f.check, "expected": exact(f.expected),
                      "found": exact(f.found), "difference": exact(f.difference),
                      "within_rounding": f.within_rounding, "note": f.note} for f in report.findings],
    }, indent=2, ensure_ascii=False)


def to_text(path: str, report: Report) -> str:
    # (what is counted is what was compared: a total's figure in each column against the lines it sums; a total's 0
    # over lines of 0 proves nothing and is not counted)
    lines = [_("Audit of {file}: {tables}, {rows}, {totals}").format(
        file=path,
        tables=ngettext("{count} table", "{count} tables", len(report.tables)).format(count=number(len(report.tables))),
        # (lines that hold figures: a table's title, header and empty lines are not counted)
        rows=ngettext("{count} line of figures", "{count} lines of figures", report.rows_checked).format(
            count=number(report.rows_checked)),
        totals=ngettext("{count} figure of a total checked against its lines",
                        "{count} figures of totals checked against their lines", report.figures_checked).format(
            count=number(report.figures_checked)))]
    lines += ["  " + _("note: {note}").format(note=note) for note in report.notes]
    for t in report.tables:
        # (the cells it covers, 'A3:E9'; a PDF's table from its first line of figures to its last)
        lines.append(_("table {number}: {sheet} {cells}, {rows} in {columns}").format(
            number=t.number, sheet=t.sheet, cells=t.extent or f"{_place(t.first)}..{_place(t.last)}",
            rows=ngettext("{count} line of figures", "{count} lines of figures", t.rows).format(count=number(t.rows)),
            columns=ngettext("{count} column", "{count} columns", len(t.columns)).format(count=number(len(t.columns))))
            + (f", {_scale(t.scale)}" if t.scale else ""))
        for relation in t.relations:
            lines.append("    " + _("checked: {relation}").format(relation=relation.describe()))
        for label, axis, reason in t.unverified:
            if axis == "table":  # figures without line labels (tables._unlabelled)
                lines.append("    " + _("NOT verified: from {place}: {reason}").format(place=_place(label),
                                                                                    reason=reason))
                continue
            lines.append("    " + _("NOT verified: {axis} {label!r} is called a total, but {reason}").format(
                axis=_axis(axis), label=label, reason=reason))
        # per reason: 'its parts are not in the table (...)', 'it is 0 in every figure, so ...'
        by_reason: dict[str, list[str]] = {}
        for label, _on, why in t.parts_elsewhere:
            by_reason.setdefault(why, []).append(repr(label))
        for why, labels in by_reason.items():
            lines.append("    " + _("not checked here ({reason}): {labels}").format(reason=why, labels=", ".join(labels)))
        if t.unsummed:
            lines.append("    " + _("not added up (their titles name figures that are no sum: corrections, rates, "
                                      "averages), so their figures on the total lines were not checked: {columns}").format(
                columns=", ".join(map(repr, t.unsummed))))
        if not t.relations and not any(axis == "table" for __, axis, __why in t.unverified):
            lines.append("    " + _("no totals found: nothing to check in this table"))
        for f in t.findings:
            where = f"{f.sheet}!{f.place}" if not f.place.startswith("page") else f"{f.sheet} {_place(f.place)}"
            # (the line's label, then its column: 'Blad1!E9 'Totaal baten' [Begroting 2026]')
            where += f" {f.row_label!r}" if f.row_label else ""
            column = f" [{f.column}]" if f.column else ""
            if f.kind == "year":
                lines.append(f"  {where}{column}  {f.check}: " + _("expected {expected}, found {found}").format(
                    expected=_year(f.expected), found=_year(f.found)))
            elif f.expected is not None:
                difference = ("+" if f.difference > 0 else "") + _amount(f.difference)
                compared = _("expected {expected}, found {found} (difference {difference}: an afrondingsverschil, "
                             "within what rounding each shown figure explains)") if f.within_rounding else \
                    _("expected {expected}, found {found} (difference {difference})")
                # a total that fails as printed only through another finding's wrong figure: a consequence, its
                # lines' sum as printed beside its own figure (never 'expected': its figure is not the wrong one)
                if f.kind == "follows":
                    compared = _("as printed its lines make {expected}, here {found} (difference {difference})")
                check = _("as a consequence: {check}").format(check=f.check) if f.kind == "follows" else f.check
                lines.append(f"  {where}{column}  {check}: " + compared.format(
                    expected=_amount(f.expected), found=_amount(f.found), difference=difference))
            elif f.found is not None:
                lines.append(f"  {where}{column}  {f.check}: {_amount(f.found)}")
            else:
                lines.append(f"  {where}{column}  {f.check}")
            if f.note:  # (a PDF's places in it in the report's language, as the finding's own)
                note = re.sub(r"page \d+, line \d+", lambda m: _place(m.group(0)), f.note)
                lines.append("      " + _("note: {note}").format(note=note))
    lines.append(_conclusion(report))
    return "\n".join(lines)


def _year(value: Decimal | None) -> str:
    return "" if value is None else number(value, grouping=False)


def _conclusion(report: Report) -> str:
    unchecked = report.unchecked_formulas
    not_read = ngettext("{count} formula cell had no stored value and was NOT checked",
                        "{count} formula cells had no stored value and were NOT checked", unchecked).format(
        count=number(unchecked))
    unverified = len(report.unverified)
    unlabelled = sum(1 for __, axis, __why in report.unverified if axis == "table")
    not_verified = _("{count} line(s) called a total were NOT verified (listed above), so this file is not shown "
                     "to add up").format(count=unverified) if not unlabelled else \
        _("{tables} table(s) of figures without line labels were NOT checked (listed above), so this file is not "
          "shown to add up").format(tables=unlabelled) if unlabelled == unverified else \
        _("{count} line(s) called a total and {tables} table(s) of figures without line labels were NOT verified "
          "(listed above), so this file is not shown to add up").format(count=unverified - unlabelled,
                                                                         tables=unlabelled)
    if report.findings:
        rounding = sum(1 for f in report.findings if f.within_rounding)
        counted = _("{count} finding(s), of which {rounding} afrondingsverschil(len): the table does not add up as "
                    "shown, by no more than rounding each shown figure explains").format(
            count=len(report.findings), rounding=rounding) if rounding else \
            _("{count} finding(s)").format(count=len(report.findings))
        following = sum(1 for f in report.findings if f.kind == "follows")
        if following:
            counted += "; " + _("{count} of them only as a consequence of a wrong figure found elsewhere (a total that "
                                "fails as printed only through it)").format(count=following)
        return counted + (f"; {not_verified}" if unverified else "") + (f"; {not_read}" if unchecked else "")
    if unverified:
        return _("no findings, but {not_verified}").format(not_verified=not_verified) + \
            (f"; {not_read}" if unchecked else "")
    if unchecked:
        return _("no findings in the figures that could be read, but {not_read}: the audit is incomplete").format(
            not_read=not_read)
    if report.inputs_only:
        return (_("an input workbook ({title}): its figures are inputs, no line in it is a total, so there is nothing "
                  "to add up") if report.tables else
                _("an input workbook ({title}) with no figures filled in yet: no line in it is a total, so there is "
                  "nothing to add up")).format(title=repr(report.input_workbook))
    if report.zeros_only:
        return _("no findings: every total adds up, and every figure in them is 0 (nothing filled in yet)")
    if report.nothing_checked:
        return _("nothing checked: no table has a total that its lines add up to, so this file was NOT verified")
    # the totals not checked here, named by their reasons (their parts not in the table, their figures only in
    # columns that do not add up, ...), as each table lists them
    by_reason: dict[str, list[str]] = {}
    for t in report.tables:
        for label, __, why in t.parts_elsewhere:
            by_reason.setdefault(why, []).append(repr(label))
    # (columns left out by their titles, their figures on total lines not checked: counted, named per table above)
    unsummed = sum(len(t.unsummed) for t in report.tables)
    left_out = "; " + ngettext(
        "the figures on the total lines of {count} column whose title names no sum were not checked",
        "the figures on the total lines of {count} columns whose titles name no sum were not checked",
        unsummed).format(count=unsummed) if unsummed else ""
    if by_reason:
        return _("no findings: every total whose lines are in the table adds up; {count} line(s) called a total were "
                 "not checked here: {reasons}").format(
            count=sum(map(len, by_reason.values())),
            reasons="; ".join(_("{labels}: {reason}").format(labels=", ".join(labels), reason=why)
                              for why, labels in by_reason.items())) + left_out
    if unsummed:
        return _("no findings: every total adds up in the columns that add up") + left_out
    return _("no findings: every total adds up")


def main(file: str, as_json: bool = False, sheet: str | None = None) -> int:
    try:
        report = audit(file, sheet)
    except InputError as error:
        print(_("pyengine audit: {error}").format(error=error), file=sys.stderr)
        return 2
    text = to_json(file, report) if as_json else to_text(file, report)
    print(text)
    sys.stdout.flush()  # a reader gone (`| head`) raises BrokenPipeError here: cli.main ends quietly (141)
    # 0 only when figures were checked and every one was read; nothing checked is not a clean file
    return {"clean": 0, "findings": 1, "not verified": 1, "incomplete": 1, "nothing checked": 2}[report.verdict]
