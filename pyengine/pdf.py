"""pyengine pdf: the document sheets of produced workbooks printed to PDF for the council.

LibreOffice (headless) prints them, with a profile of its own for each run whose locale is nl-NL, so the
figures read the Dutch way (1.845, -27, 2026) whatever the machine's locale. What a council reads is
printed: every document sheet (the begrotingswijziging, bijdrageoverzicht, kostenverdeling, afrekening's
Overzicht and Verdeling, a letter, a meerjarenraming and its Per gemeente, a chart), followed by Controles
and Herkomst (what was checked, where it came from); a letter to a member is the letter alone. The
working sheets (Berekening, Invoer) are hidden in the copy LibreOffice prints: they are read in the
workbook. LibreOffice prints the values stored in the workbook (it does not recalculate on load), the
values `pyengine verify` proves.

The PDF is written beside its workbook with the safety of `generate` (pyengine/outfolder.py): under the
folder's lock, through a temporary file, and recorded in the folder's manifest (section ``pdf``: the PDF's
SHA-256 and the workbook's it was printed from). An existing PDF is replaced when pyengine wrote it (its
content is recorded) and otherwise kept: ``--force`` replaces it after keeping a copy beside it.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import sys
import zipfile
from dataclasses import dataclass
from pathlib import Path

from . import outfolder
from .errors import InputError
from .i18n import _
from .render.sheets import LETTER_SHEETS  # a workbook that opens with one of these is a letter
from .inputs.xlsx_reader import Workbook
from .verify import LibreOfficeMissing, find_soffice, libreoffice_workdir

# nl-NL for number formats and dates, whatever LANG says; no recalculation on load: print what is stored
PROFILE = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" \
xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>nl-NL</value></prop></item>
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooLocale" oor:op="fuse"><value>nl-NL</value></prop></item>
<item oor:path="/org.openoffice.Office.Linguistic/General"><prop oor:name="DefaultLocale" oor:op="fuse"><value>nl-NL</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>1</value></prop></item>
</oor:items>
"""
PDF_SECTION = outfolder.PDF_SECTION
WRITTEN, UPDATED, UNCHANGED, FAILED = "written", "updated", "unchanged", "failed"


@dataclass
class Printed:
    source: Path
    path: Path | None
    status: str
    note: str = ""


WORKING_SHEETS = frozenset({"Berekening", "Invoer"})  # read in the workbook, not on paper
APPENDIX_SHEETS = frozenset({"Controles", "Herkomst"})  # printed after the document, not with a letter


def printed_sheets(names: list[str]) -> list[int]:
    """Positions (0-based) of the sheets to print, from the workbook's sheet names in order (see the module)."""
    letter = bool(names) and names[0] in LETTER_SHEETS
    skip = WORKING_SHEETS | (APPENDIX_SHEETS if letter else frozenset())
    return [i for i, name in enumerate(names) if name not in skip]


def _print_copy(source: Path, target: Path) -> None:
    """A copy of ``source`` in which every sheet but the document sheets is hidden (LibreOffice then prints
    only those); every other part is copied unchanged. The sheets and parts are read through the one xlsx
    reader; only the state of a <sheet> entry of xl/workbook.xml is written, entry by entry in the order the
    reader found them (a workbook.xml whose entries cannot be matched one to one is refused, never guessed)."""
    with Workbook(source) as workbook:
        names = workbook.sheetnames
        keep = set(printed_sheets(names))
        hide = [i not in keep and workbook.sheet_states[name] == "visible" for i, name in enumerate(names)]
        workbook_xml = workbook.part("xl/workbook.xml") or b""
        entries = list(re.finditer(rb"<sheet\b[^>]*/>", workbook_xml))
        if len(entries) != len(names):
            raise InputError(_("{file}: the sheets in xl/workbook.xml cannot be told apart; open and save the "
                               "workbook in Excel, then print it again").format(file=source.name))
        edited, last = [], 0
        for entry, hidden in zip(entries, hide):
            edited.append(workbook_xml[last:entry.start()])
            tag = entry.group(0)
            if hidden:  # a state="visible" written out is replaced, any other state was kept by the reader
                tag = b'<sheet state="hidden"' + re.sub(rb'\sstate="[^"]*"', b"", tag)[len(b"<sheet"):]
            edited.append(tag)
            last = entry.end()
        edited.append(workbook_xml[last:])
        with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as copy:
            for name in workbook.part_names():
                copy.writestr(name, b"".join(edited) if name == "xl/workbook.xml" else workbook.part(name) or b"")


def print_pdfs(paths: list[Path], *, force: bool = False, on_wait=None) -> list[Printed]:
    """Print each workbook's document sheets to a PDF beside it (see the module's text)."""
    soffice = find_soffice()
    results: list[Printed] = []
    sources: list[Path] = []
    for path in paths:
        if not path.is_file() or path.suffix.lower() != ".xlsx":
            results.append(Printed(path, None, FAILED, _("not an .xlsx workbook") if path.is_file()
                                   else _("file not found")))
        elif _printed_already(path):
            results.append(Printed(path, path.with_suffix(".pdf"), UNCHANGED))
        else:
            sources.append(path)
    if not sources:
        return _in_order(results, paths)
    work = libreoffice_workdir("pyengine-pdf-", PROFILE)
    try:
        staged: list[tuple[Path, Path]] = []
        for index, source in enumerate(sources):
            copy = work / "in" / f"f{index:05d}.xlsx"
            try:
                _print_copy(source, copy)
            except (InputError, zipfile.BadZipFile, KeyError, OSError) as error:
                results.append(Printed(source, None, FAILED, _("not a readable .xlsx workbook ({error})").format(
                    error=error)))
                continue
            staged.append((source, copy))
        if staged:
            command = [soffice, f"-env:UserInstallation={(work / 'profile').as_uri()}", "--headless", "--norestore",
                       "--convert-to", "pdf:calc_pdf_Export", "--outdir", str(work / "out")]
            env = {**os.environ, "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"}  # the profile's nl-NL decides
            subprocess.run(command + [str(c) for _s, c in staged], capture_output=True, env=env,
                           timeout=120 + 30 * len(staged), check=False)
        for source, copy in staged:
            printed = work / "out" / (copy.stem + ".pdf")
            if not printed.is_file():
                results.append(Printed(source, None, FAILED, _("LibreOffice could not print it")))
                continue
            results.append(_place(source, printed.read_bytes(), force, on_wait))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return _in_order(results, paths)


def _in_order(results: list[Printed], paths: list[Path]) -> list[Printed]:
    order = {path: i for i, path in enumerate(paths)}
    return sorted(results, key=lambda r: order.get(r.source, len(order)))


def _printed_already(source: Path) -> bool:
    """The PDF beside ``source`` is the one pyengine printed from this very workbook (both as the manifest
    records them): printing again would give the same pages (LibreOffice's PDF differs only in its timestamp)."""
    target = source.with_suffix(".pdf")
    folder = outfolder.manifest_folder(source)
    if folder is None or not target.is_file():
        return False
    record = outfolder.read_manifest(folder).get(PDF_SECTION, {}).get(outfolder.relative(target, folder), {})
    return bool(record) and record.get("sha256") == outfolder.sha256_file(target) \
        and record.get("workbook_sha256") == outfolder.sha256_file(source)


def _place(source: Path, data: bytes, force: bool, on_wait) -> Printed:
    """Write the PDF beside its workbook: locked, atomic, recorded in the manifest."""
    target = source.with_suffix(".pdf")
    folder = outfolder.manifest_folder(source) or source.parent
    with outfolder.FolderLock(folder, on_wait):
        manifest = outfolder.read_manifest(folder)
        records = manifest.setdefault(PDF_SECTION, {})
        name = outfolder.relative(target, folder)
        known = {records.get(name, {}).get("sha256")} | outfolder.known_contents(folder, manifest).get(name, set())
        new_sha = hashlib.sha256(data).hexdigest()
        note = ""
        status = WRITTEN
        if target.exists():
            old_sha = outfolder.sha256_file(target)
            if old_sha == new_sha:
                return Printed(source, target, UNCHANGED)
            if old_sha not in known:
                if not force:
                    return Printed(source, target, FAILED, _(
                        "{name} exists and pyengine did not write it (or it was changed since); use --force to "
                        "replace it (a copy is kept beside it)").format(name=target.name))
                try:
                    kept = outfolder.keep_copy(target)
                except outfolder.TooManyCopies as error:
                    return Printed(source, target, FAILED, str(error))
                note = _("the existing PDF is kept as {name}").format(name=kept.name)
                # said at once, on stderr, as generate does: a run interrupted now (Ctrl-C) still tells where it is
                print(_("copy kept: {copy} ({name} as it was, before --force replaces it)").format(
                    copy=kept, name=target.name), file=sys.stderr, flush=True)
            status = UPDATED
        outfolder.journal(folder, new_sha, target)
        outfolder.write_atomically(target, data, force=target.exists())
        records[name] = {"sha256": new_sha, "workbook": outfolder.relative(source, folder),
                         "workbook_sha256": outfolder.sha256_file(source)}
        if (folder / outfolder.MANIFEST_NAME).exists() or manifest.get("runs"):
            outfolder.write_manifest(folder, manifest)
            outfolder.prune_journal(folder, manifest)
        else:  # not an output folder of ours: no manifest to keep, and no journal left behind
            outfolder.remove_journal(folder)
        return Printed(source, target, status, note)


def main(files: list[str], force: bool = False) -> int:
    from .verify import collect_workbooks

    try:
        paths = [p for p in collect_workbooks(files) if p.suffix.lower() == ".xlsx"]
        results = print_pdfs(paths, force=force, on_wait=lambda line: print(line, file=sys.stderr))
    except LibreOfficeMissing as error:
        print(f"pyengine pdf: {error}", file=sys.stderr)
        return 2
    labels = {WRITTEN: _("written"), UPDATED: _("updated"), UNCHANGED: _("unchanged"), FAILED: _("failed")}
    for result in results:
        shown = result.path or result.source
        line = f"{labels[result.status]}: {shown}"
        if result.note:
            line += f" ({result.note})"
        print(line, file=sys.stderr if result.status == FAILED else sys.stdout)
    return 1 if any(r.status == FAILED for r in results) else 0
