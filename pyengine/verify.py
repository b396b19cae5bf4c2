"""pyengine verify: prove workbooks in LibreOffice, a program we did not write.

LibreOffice shows the values stored in an .xlsx and does not recalculate on load by default. We give
it a temporary profile with OOXMLRecalcMode = 0 ("always recalculate"), let one headless instance
convert the whole batch to .xlsx, and compare every formula cell's recomputed value with the value
stored in the original: money to the cent, text and booleans exactly; an error value (#REF!,
#NAME?, #VALUE! ...) in either is a failure. A workbook pyengine produced must also have its master
check (the defined name Hoofdcontrole) TRUE after recalculation; a workbook without formulas has
nothing to verify and is not reported as verified.

Files are untrusted: a package's declared sizes, compression ratios, sheet count, declared
dimensions and cell count are bounded (safezip.py) before LibreOffice sees it. For files in an
output folder of ours, the folder's manifest says whether it is complete, incomplete or mixed.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

from . import outfolder
from .errors import InputError
from .i18n import _, ngettext, number
from .core.cells import column_letter
from .inputs.xlsx_reader import Cell, Workbook

MONEY_TOLERANCE = Decimal("0.005")
BATCH = 400  # files per LibreOffice instance (it converts them one after another)
PROFILE = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" \
xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
"""


class LibreOfficeMissing(RuntimeError):
    pass


@dataclass
class Mismatch:
    sheet: str
    cell: str
    stored: object
    recomputed: object

    def __str__(self) -> str:
        return _("{place}: stored {stored}, LibreOffice computes {recomputed}").format(
            place=f"{self.sheet}!{self.cell}", stored=_shown(self.stored), recomputed=_shown(self.recomputed))


@dataclass
class Verdict:
    path: Path
    formulas: int = 0
    mismatches: list[Mismatch] = field(default_factory=list)
    error: str = ""
    master: tuple[str, str] | None = None  # (sheet, cell) of Hoofdcontrole: a workbook pyengine produced
    master_value: object = None  # its value as LibreOffice recomputed it

    @property
    def ok(self) -> bool:
        return not self.error and not self.mismatches and (self.master is None or self.master_value is True)

    def checked(self) -> str:
        """What was checked, for the 'ok' line."""
        done = _("{count} formulas recomputed by LibreOffice, all equal to the stored values").format(
            count=number(self.formulas))
        if self.master is None:
            return done + "; " + _("no Hoofdcontrole, so not a workbook pyengine produced: only its formulas were "
                                   "checked")
        return done + "; " + _("Hoofdcontrole ({cell}) TRUE").format(cell=f"{self.master[0]}!{self.master[1]}")


def _installed_soffice() -> list[Path]:
    """Where LibreOffice's installers put soffice when it is not on PATH (Windows never puts it there)."""
    places = []
    for variable in ("ProgramFiles", "ProgramFiles(x86)", "ProgramW6432", "LOCALAPPDATA"):
        base = os.environ.get(variable)
        if base:
            places += [Path(base) / "LibreOffice" / "program" / "soffice.exe",
                       Path(base) / "Programs" / "LibreOffice" / "program" / "soffice.exe",
                       Path(base) / "LibreOfficePortable" / "App" / "libreoffice" / "program" / "soffice.exe"]
    places.append(Path("/Applications/LibreOffice.app/Contents/MacOS/soffice"))
    return places


def find_soffice() -> str:
    """PYENGINE_SOFFICE (the full path of soffice), else soffice on PATH, else the installers' folders."""
    chosen = os.environ.get("PYENGINE_SOFFICE")
    if chosen:
        if Path(chosen).is_file():
            return chosen
        raise LibreOfficeMissing(_("PYENGINE_SOFFICE names {path}, which is not a file").format(path=chosen))
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    for place in _installed_soffice():
        if place.is_file():
            return str(place)
    raise LibreOfficeMissing(_("LibreOffice is not installed (no 'soffice' on PATH, nor in the usual folders). "
                               "Install it from libreoffice.org (on Debian/Ubuntu: apt-get install "
                               "libreoffice-calc-nogui), or set PYENGINE_SOFFICE to the full path of soffice"))


_DEFINED_CELL = re.compile(r"(?:'((?:[^']|'')+)'|([^'!]+))!\$?([A-Z]{1,3})\$?(\d+)")


def master_check_cell(path: Path) -> tuple[str, str] | None:
    """(sheet, cell) of the workbook-wide defined name Hoofdcontrole, which every workbook pyengine
    produces carries (the AND of its Controles); None when there is none. A Hoofdcontrole that points at
    no single cell (#REF!, a range) is an InputError: a master check that cannot be read is not skipped."""
    with Workbook(path) as book:
        text = book.defined_names.get("Hoofdcontrole")
    if text is None:
        return None
    match = _DEFINED_CELL.fullmatch(text)
    if not match:
        raise InputError(_("{file}: the defined name Hoofdcontrole points at {target}, not at one cell")
                         .format(file=path.name, target=repr(text)))
    quoted, plain, column, row = match.groups()
    return (quoted.replace("''", "'") if quoted is not None else plain), f"{column}{row}"


def formula_values(path: Path) -> dict[tuple[str, str], object]:
    """(sheet name, cell) -> stored value of every formula cell ('#ERR' strings for error values), read
    within the safe-zip bounds (InputError, one line, for a hostile or huge package)."""
    values: dict[tuple[str, str], object] = {}
    with Workbook(path) as book:
        for sheet_name in book.sheetnames:
            for (row, col), cell in book.sheet(sheet_name).cells.items():
                if cell.formula is not None:
                    values[(sheet_name, f"{column_letter(col)}{row}")] = _typed(cell)
    return values


def _typed(cell: Cell) -> object:
    """A formula cell's stored value as compared: a number as its exact stored digits (Decimal)."""
    if cell.error is not None:
        return f"#ERR {cell.error}"
    if cell.text is not None:  # a number (also one formatted as a date): its digits as stored
        try:
            return Decimal(cell.text)
        except InvalidOperation:
            return cell.text
    return cell.value


def _same(stored: object, recomputed: object) -> bool:
    if isinstance(stored, str) and stored.startswith("#ERR") or isinstance(recomputed, str) and str(recomputed).startswith("#ERR"):
        return False
    if isinstance(stored, bool) or isinstance(recomputed, bool):
        return stored is recomputed
    if isinstance(stored, Decimal) and isinstance(recomputed, Decimal):
        return abs(stored - recomputed) < MONEY_TOLERANCE
    if stored in (None, "") and recomputed in (None, ""):
        return True
    return stored == recomputed


def libreoffice_workdir(prefix: str, profile: str) -> Path:
    """A temporary folder with a LibreOffice user profile of our own (``profile``: its registry settings), and
    the folders in/ and out/ for the files it converts. The caller removes it."""
    work = Path(tempfile.mkdtemp(prefix=prefix))
    (work / "profile" / "user").mkdir(parents=True)
    (work / "profile" / "user" / "registrymodifications.xcu").write_text(profile, encoding="utf-8")
    (work / "in").mkdir()
    (work / "out").mkdir()
    return work


def verify(paths: list[Path]) -> list[Verdict]:
    soffice = find_soffice()
    verdicts = [Verdict(Path(p)) for p in paths]
    work = libreoffice_workdir("pyengine-verify-", PROFILE)
    try:
        staged = []
        for index, verdict in enumerate(verdicts):
            if not verdict.path.is_file():
                verdict.error = (_("file not found") if not verdict.path.exists() else _("is a folder, not a file")
                                 if verdict.path.is_dir() else _("not a regular file (a named pipe, device or socket)"))
                continue
            try:
                verdict_values = formula_values(verdict.path)
                verdict.master = master_check_cell(verdict.path)
            except InputError as error:
                verdict.error = str(error).removeprefix(f"{verdict.path.name}: ")
                continue
            if not verdict_values:
                verdict.error = _("nothing to verify: {file} has no formulas (verify recomputes formulas in "
                                  "LibreOffice and compares them with the values stored in the file)").format(
                    file=verdict.path.name)
                continue
            copy = work / "in" / f"f{index:05d}.xlsx"  # unique names: two inputs may share a name
            shutil.copyfile(verdict.path, copy)
            staged.append((verdict, copy, verdict_values))
        for start in range(0, len(staged), BATCH):
            chunk = staged[start:start + BATCH]
            command = [soffice, f"-env:UserInstallation={(work / 'profile').as_uri()}", "--headless", "--norestore",
                       "--convert-to", "xlsx", "--outdir", str(work / "out")] + [str(c[1]) for c in chunk]
            subprocess.run(command, capture_output=True, timeout=120 + 30 * len(chunk), check=False)
            for verdict, copy, stored in chunk:
                converted = work / "out" / copy.name
                if not converted.is_file():
                    verdict.error = _("LibreOffice could not open or convert it")
                    continue
                try:
                    recomputed = formula_values(converted)
                except InputError as error:
                    verdict.error = _("LibreOffice's recomputed copy cannot be read ({error})").format(error=error)
                    continue
                verdict.formulas = len(stored)
                for key, value in stored.items():
                    again = recomputed.get(key, "#ERR missing")
                    if not _same(value, again):
                        verdict.mismatches.append(Mismatch(key[0], key[1], value, again))
                if verdict.master is not None:
                    verdict.master_value = recomputed.get(verdict.master, "#ERR missing")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return verdicts


def _shown(value: object) -> str:
    """A cell value as a person reads it in the message's language: WAAR/ONWAAR (TRUE/FALSE), 2.026,5, 'text',
    empty; never Python's repr (None, Decimal('2026'))."""
    if value is True or value is False:
        return (_("TRUE") if value else _("FALSE"))
    if value is None or value == "":
        return _("empty")
    if value == "#ERR missing":
        return _("missing")
    if isinstance(value, (int, float, Decimal)):
        return number(value, grouping=False)
    return repr(value) if isinstance(value, str) else str(value)


def collect_workbooks(items: list[str | Path]) -> list[Path]:
    """The files named, and every workbook in the folders named, searched recursively (the statements
    sit in a folder beside their begrotingswijziging). Left out of a folder: the copies kept of edited
    files (``.bewerkt-...``), Excel's lock files (``~$...``) and hidden files. A folder with no
    workbook is an error (InputError): verifying nothing is never reported as passing."""
    paths: list[Path] = []
    for item in items:
        path = Path(item)
        if not path.is_dir():
            paths.append(path)  # missing or unreadable files fail with their reason, one line each
            continue
        found = sorted((p for p in path.rglob("*.xlsx") if p.is_file() and not outfolder.is_backup(p)
                        and not p.name.startswith(("~$", "."))), key=lambda p: (p.parent, p.name))
        if not found:
            raise InputError(_("{folder}: no workbooks (.xlsx) in this folder or the folders in it").format(
                folder=path))
        paths += found
    return list(dict.fromkeys(paths))


def _unchecked_in_folder(folder: Path, checked: set[Path]) -> list[str]:
    """Files the folder's manifest records that this run did not recompute."""
    manifest = outfolder.read_manifest(folder)
    recorded = {name for run in manifest.get("runs", {}).values() for name in run.get("files", {})}
    return sorted(name for name in recorded if (folder / name).resolve() not in checked)


def main(files: list[str]) -> int:
    try:
        paths = collect_workbooks(files)
        verdicts = verify(paths)
    except LibreOfficeMissing as error:
        print(_('pyengine verify: {error}').format(error=error), file=sys.stderr)
        return 2
    except InputError as error:
        print(_('pyengine verify: {error}').format(error=error), file=sys.stderr)
        return 2
    failed = 0
    for verdict in verdicts:
        if verdict.ok:
            print(_("ok    {path} ({checked})").format(path=verdict.path, checked=verdict.checked()))
            continue
        failed += 1
        problems = [verdict.error] if verdict.error else []
        if verdict.mismatches:
            problems.append(ngettext("{count} difference", "{count} differences", len(verdict.mismatches)).format(
                count=len(verdict.mismatches)))
        if not verdict.error and verdict.master is not None and verdict.master_value is not True:
            sheet, cell = verdict.master
            problems.append(_('Hoofdcontrole ({sheet}!{cell}) is {value} after recalculation, not {true}: a check on its Controles sheet fails').format(sheet=sheet, cell=cell, value=_shown(verdict.master_value), true=_shown(True)))
        print(_('FAIL  {path}: {names}').format(path=verdict.path, names='; '.join(problems)))
        for mismatch in verdict.mismatches[:20]:
            print(f"        {mismatch}")
        if len(verdict.mismatches) > 20:
            print(_('        ... and {value} more').format(value=len(verdict.mismatches) - 20))
    folders_ok = True
    stale_pdfs = 0  # PDFs in the folders that no longer show their workbook: not good, whatever the workbooks say
    checked = {v.path.resolve() for v in verdicts}
    # a manifest replaced by a folder is no "folder without a manifest": its state cannot be told
    for folder in dict.fromkeys(f for v in verdicts for f in (v.path.parent, v.path.parent.parent)):
        problem = outfolder.bookkeeping_problem(folder)
        if problem:
            folders_ok = False
            print(problem)
    for folder in dict.fromkeys(f for v in verdicts if (f := outfolder.manifest_folder(v.path)) is not None):
        state = outfolder.folder_state(folder)
        if state is None:
            continue
        folders_ok &= state.consistent
        stale_pdfs += len(state.outdated_pdfs) + len(state.orphan_pdfs)
        for line in state.lines():
            print(line)
        unchecked = _unchecked_in_folder(folder, checked)
        if unchecked:  # the folder's state compares contents; only the files named were recomputed
            print("  " + _("{unchecked} of its {recorded} file(s) were not recomputed in this run, such as {example}; "
                           "pyengine verify {folder} recomputes them all").format(
                unchecked=len(unchecked), recorded=state.recorded, example=unchecked[0], folder=folder))
    summary = _("{checked} file(s) checked: {passed} passed, {failed} failed").format(
        checked=len(verdicts), passed=len(verdicts) - failed, failed=failed)
    if stale_pdfs:
        summary += "; " + ngettext("{count} PDF no longer matches its workbook (named above)",
                                   "{count} PDFs no longer match their workbook (named above)",
                                   stale_pdfs).format(count=stale_pdfs)
    print(summary)
    return 1 if failed or not folders_ok else 0
