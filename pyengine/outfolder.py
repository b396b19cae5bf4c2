"""The output folder's safety: atomic ordinary files, one run at a time, a manifest of the last runs.

Names in an output folder (all documented in README, "Safety rules"):
- ``.pyengine.lock``: the lock a run holds while it writes (an OS lock: released when the process
  ends, also on a crash). A second run into the folder waits for it and says so.
- ``.pyengine-manifest.json``: per spec, the files of its last run with their content SHA-256, the
  spec, key and engine version; written last, atomically. While a run writes, it carries a
  ``running`` mark, so a run that never finished is visible afterwards.
- ``.pyengine-journal``: one line per file a running run is about to place (SHA-256 and name), so
  that after a crash later runs still know which contents pyengine wrote. At the end of a run only
  the lines of files still holding a content the manifest does not record are kept.
- ``.<name>.<8 hex>.pyengine-tmp``: a file being written; removed at the start of the next run.
- ``<name>.bewerkt-YYYYMMDD-HHMMSS.xlsx``: the copy kept of a file someone changed after pyengine
  wrote it, made before --force replaces it.
"""

from __future__ import annotations

import datetime
import hashlib
import json
import os
import re
import secrets
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable
from .i18n import N_, _

LOCK_NAME = ".pyengine.lock"
MANIFEST_NAME = ".pyengine-manifest.json"
JOURNAL_NAME = ".pyengine-journal"
TEMP_SUFFIX = ".pyengine-tmp"
BACKUP_TAG = "bewerkt"
MANIFEST_FORMAT = "pyengine-manifest 1"
# the manifest's section of the PDFs `pyengine pdf` printed: per PDF its SHA-256, its workbook and the workbook's
# SHA-256 it was printed from (a PDF whose workbook now holds another content is outdated)
PDF_SECTION = "pdf"
# ours: .<name>.<8 hex>.pyengine-tmp; and what versions before 0.1.1 left: .<name>.xlsx.<8 mkstemp chars>.tmp
_TEMPORARY = re.compile(r"^\..+\.(?:[0-9a-f]{8}\.pyengine-tmp|xlsx\.[a-z0-9_]{8}\.tmp)$")
_BACKUP = re.compile(rf"\.{BACKUP_TAG}-\d{{8}}-\d{{6}}(?:-\d+)?\.xlsx$")


def now() -> str:
    return datetime.datetime.now().astimezone().isoformat(timespec="seconds")


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def is_backup(path: Path) -> bool:
    return bool(_BACKUP.search(path.name))


# --- writing one file -------------------------------------------------------------------------

def _create_temporary(path: Path) -> tuple[int, Path]:
    """A new temporary file beside ``path``. Mode 0o666 lets the OS apply the user's umask, so the
    result is an ordinary file (0644 under umask 022), unlike mkstemp's 0600."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    while True:
        temporary = path.parent / f".{path.name}.{secrets.token_hex(4)}{TEMP_SUFFIX}"
        try:
            return os.open(temporary, flags, 0o666), temporary
        except FileExistsError:
            continue


def _place_new(temporary: Path, path: Path) -> None:
    """Move ``temporary`` to ``path`` only if ``path`` does not exist (FileExistsError otherwise)."""
    try:
        os.link(temporary, path)  # atomic and refuses an existing target
    except FileExistsError:
        raise
    except (AttributeError, NotImplementedError, OSError):
        # No hard links here (FAT/exFAT, some network shares). Windows' rename refuses an existing
        # target by itself; elsewhere the folder lock keeps other pyengine runs out of the gap.
        if os.name != "nt" and os.path.lexists(path):
            raise FileExistsError(f"{path} exists") from None
        os.rename(temporary, path)
        return
    os.unlink(temporary)


def write_atomically(path: Path, data: bytes, force: bool) -> None:
    """Write via a temporary file in the same folder; never replace an existing file unless ``force``.
    Readers never see a partial file: the name appears only once all bytes are on disk."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = _create_temporary(path)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        if force:
            os.replace(temporary, path)
        else:
            _place_new(temporary, path)
    except BaseException:
        if os.path.exists(temporary):
            os.unlink(temporary)
        raise


COPIES_PER_SECOND = 9_999  # copies of one file within one second before keep_copy gives up


class TooManyCopies(OSError):
    """keep_copy found every name it may use taken. Not a FileExistsError: that one means another process
    wrote the output itself meanwhile, and the caller says so."""


def keep_copy(path: Path) -> Path:
    """Copy ``path`` beside itself as <stem>.bewerkt-YYYYMMDD-HHMMSS.xlsx (never over another file)."""
    stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S")
    for number in range(1, COPIES_PER_SECOND + 1):
        extra = "" if number == 1 else f"-{number}"
        target = path.with_name(f"{path.stem}.{BACKUP_TAG}-{stamp}{extra}{path.suffix}")
        try:
            with open(path, "rb") as source, open(target, "xb") as copy:
                shutil.copyfileobj(source, copy)
                copy.flush()
                os.fsync(copy.fileno())
        except FileExistsError:
            continue
        shutil.copystat(path, target)
        return target
    raise TooManyCopies(_('{file}: too many copies beside it').format(file=path.name))


def remove_temporaries(folders: Iterable[Path]) -> int:
    """Remove our own temporary files left by a crashed run (call with the folder lock held)."""
    removed = 0
    for folder in dict.fromkeys(folders):
        try:
            names = [entry for entry in os.scandir(folder) if entry.is_file(follow_symlinks=False)]
        except OSError:
            continue
        for entry in names:
            if _TEMPORARY.match(entry.name):
                try:
                    os.unlink(entry.path)
                    removed += 1
                except FileNotFoundError:
                    pass
    return removed


def temporaries(folder: Path) -> list[Path]:
    found = []
    for directory, _subfolders, files in os.walk(folder):
        found += [Path(directory) / name for name in files if _TEMPORARY.match(name)]
    return sorted(found)


# --- the lock ---------------------------------------------------------------------------------

class FolderLock:
    """One writing run per folder: an OS lock on ``.pyengine.lock`` (filelock: fcntl on POSIX,
    msvcrt on Windows; released by the OS when the process dies). Waits, and says so once."""

    def __init__(self, folder: Path, on_wait: Callable[[str], None] | None = None) -> None:
        from filelock import FileLock

        self.path = folder / LOCK_NAME
        self.on_wait = on_wait
        try:  # keep the (empty) lock file: removing it on release races with a waiting run
            self._lock = FileLock(str(self.path), preserve_lock_file=True)
        except TypeError:  # filelock 3.x keeps it anyway on POSIX
            self._lock = FileLock(str(self.path))

    def __enter__(self) -> "FolderLock":
        from filelock import Timeout

        try:
            self._lock.acquire(timeout=0)
        except Timeout:
            if self.on_wait:
                self.on_wait(_("waiting: another pyengine run is writing into {folder} (lock {lock}); this run "
                               "continues when it ends").format(folder=self.path.parent, lock=self.path))
            self._lock.acquire()
        return self

    def __exit__(self, *exc) -> None:
        self._lock.release()


# --- manifest and journal ---------------------------------------------------------------------

def relative(path: Path, folder: Path) -> str:
    return Path(os.path.relpath(path, folder)).as_posix()


def read_manifest(folder: Path) -> dict:
    try:
        data = json.loads((folder / MANIFEST_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) and data.get("format") == MANIFEST_FORMAT else {}


def write_manifest(folder: Path, manifest: dict) -> None:
    manifest["format"] = MANIFEST_FORMAT
    data = json.dumps(manifest, indent=1, sort_keys=True, ensure_ascii=False).encode("utf-8")
    write_atomically(folder / MANIFEST_NAME, data, force=True)


def journal(folder: Path, sha256: str, path: Path) -> None:
    """Note, before placing it, that pyengine writes ``path`` with this content (one short append)."""
    line = f"{sha256} {relative(path, folder)}\n".encode("utf-8")
    handle = os.open(folder / JOURNAL_NAME, os.O_WRONLY | os.O_CREAT | os.O_APPEND | getattr(os, "O_BINARY", 0), 0o666)
    try:
        os.write(handle, line)
    finally:
        os.close(handle)


def read_journal(folder: Path) -> dict[str, set[str]]:
    known: dict[str, set[str]] = {}
    try:
        text = (folder / JOURNAL_NAME).read_text(encoding="utf-8", errors="replace")
    except OSError:
        return known
    for line in text.splitlines():
        sha, _space, name = line.partition(" ")
        if len(sha) == 64 and name:
            known.setdefault(name, set()).add(sha)
    return known


def known_contents(folder: Path, manifest: dict | None = None) -> dict[str, set[str]]:
    """Per file (relative name), every content SHA-256 pyengine is known to have written there."""
    manifest = read_manifest(folder) if manifest is None else manifest
    known = read_journal(folder)
    for run in manifest.get("runs", {}).values():
        for name, record in {**run.get("stale", {}), **run.get("files", {})}.items():
            if record.get("sha256"):
                known.setdefault(name, set()).add(record["sha256"])
    return known


def prune_journal(folder: Path, manifest: dict) -> None:
    """At the end of a run: drop what the manifest now records, and what is no longer in the folder.
    A file an interrupted run wrote that this run left alone (refused, or not planned) keeps its
    line, so that a later run never takes pyengine's own file for a person's edit."""
    recorded: dict[str, set[str]] = {}
    for run in manifest.get("runs", {}).values():
        for name, record in {**run.get("stale", {}), **run.get("files", {})}.items():
            if record.get("sha256"):
                recorded.setdefault(name, set()).add(record["sha256"])
    keep = []
    for name, shas in sorted(read_journal(folder).items()):
        if shas <= recorded.get(name, set()):
            continue  # whatever the file holds, the manifest records it (the usual end of a run: no file read)
        path = folder / name
        try:
            content = sha256_file(path) if path.is_file() else ""
        except OSError:
            continue
        if content in shas and content not in recorded.get(name, ()):
            keep.append(f"{content} {name}\n")
    if keep:
        write_atomically(folder / JOURNAL_NAME, "".join(keep).encode("utf-8"), force=True)
    else:
        remove_journal(folder)


def remove_journal(folder: Path) -> None:
    try:
        os.unlink(folder / JOURNAL_NAME)
    except FileNotFoundError:
        pass


# --- the state of a folder --------------------------------------------------------------------

@dataclass
class FolderState:
    """What the manifest says about a folder, checked against the files in it."""

    folder: Path
    recorded: int = 0
    unfinished: str = ""  # when a run started that never finished
    incomplete: list[str] = field(default_factory=list)  # runs with failed files
    missing: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)  # content differs from what pyengine wrote
    unfinished_files: list[str] = field(default_factory=list)  # written by the run that never finished
    stale: list[str] = field(default_factory=list)  # statements of members no longer in the key
    unknown: list[str] = field(default_factory=list)  # .xlsx no recorded run wrote
    temporaries: list[str] = field(default_factory=list)
    outdated_pdfs: list[str] = field(default_factory=list)  # printed from another content of their workbook
    orphan_pdfs: list[str] = field(default_factory=list)  # printed from a workbook no longer in the folder

    @property
    def files_consistent(self) -> bool:
        """The workbooks (and the runs) as pyengine wrote them, whatever the PDFs beside them."""
        return not (self.unfinished or self.incomplete or self.missing or self.changed or self.unfinished_files
                    or self.temporaries)

    @property
    def consistent(self) -> bool:
        return self.files_consistent and not (self.outdated_pdfs or self.orphan_pdfs)

    def pdf_lines(self, shown: Callable[[str], object] = str) -> list[str]:
        """One line per PDF that no longer shows its workbook (outdated, or its workbook gone); ``shown`` turns
        its name in the folder into what the line shows."""
        return ([_("PDF printed from an earlier version of its workbook (outdated): {name}").format(name=shown(name))
                 for name in self.outdated_pdfs]
                + [_("PDF whose workbook is no longer in the folder: {name}").format(name=shown(name))
                   for name in self.orphan_pdfs])

    def lines(self, stale: bool = True, pdfs: bool = True) -> list[str]:
        """One line per finding, file names included; the first says complete, incomplete or mixed.
        ``pdfs``: also the PDFs that no longer show their workbook (a run of generate reports them itself)."""
        folder = self.folder
        if self.consistent if pdfs else self.files_consistent:
            head = _("folder {folder}: complete ({count} file(s) of the last runs, as pyengine wrote them)").format(
                folder=folder, count=self.recorded)
        elif self.unfinished or self.missing or self.incomplete or self.temporaries:
            head = _("folder {folder}: INCOMPLETE").format(folder=folder)
        else:
            head = _("folder {folder}: MIXED (files that are not what the last run wrote)").format(folder=folder)
        lines = [head]
        if self.unfinished:
            lines.append("  " + _("the run started {started} did not finish (interrupted, or still running)").format(
                started=self.unfinished))

        def each(text: str, names) -> list[str]:
            return ["  " + _(text).format(name=name) for name in names]

        lines += each(N_("the last run of {name} did not complete: some of its files failed"), self.incomplete)
        lines += each(N_("missing: {name}"), self.missing)
        lines += each(N_("written by the run that did not finish: {name}"), self.unfinished_files)
        lines += each(N_("changed after pyengine wrote it: {name}"), self.changed)
        lines += each(N_("temporary file of an interrupted run: {name}"), self.temporaries)
        lines += each(N_("statement of a member no longer in the key (kept; --remove-stale removes it): {name}"),
                      self.stale if stale else ())
        lines += each(N_("not written by a recorded run: {name}"), self.unknown)
        if pdfs:
            lines += ["  " + line for line in self.pdf_lines()]
            lines += ["  " + line for line in pdf_advice(folder, bool(self.outdated_pdfs), bool(self.orphan_pdfs))]
        return lines


def pdf_advice(folder: Path, outdated: bool, orphans: bool) -> list[str]:
    """How to bring the PDFs of ``folder`` back in line with their workbooks."""
    advice = []
    if outdated:
        advice.append(_("pyengine pdf {folder} prints the outdated PDFs again (or generate ... --pdf)").format(
            folder=folder))
    if orphans:
        advice.append(_("a PDF whose workbook is gone is removed by generate --per-member --remove-stale when it is "
                        "a statement's; otherwise remove it yourself"))
    return advice


def pdf_findings(folder: Path, manifest: dict) -> tuple[list[str], list[str]]:
    """(outdated, orphans): the PDFs the manifest records that are in the folder, printed from a workbook that now
    holds another content, or whose workbook is gone. A PDF the manifest records that is no longer there is no
    finding (a person removed it)."""
    outdated, orphans = [], []
    for name, record in sorted(manifest.get(PDF_SECTION, {}).items()):
        if not isinstance(record, dict) or not (folder / name).is_file():
            continue
        workbook = folder / record.get("workbook", "")
        if not record.get("workbook") or not workbook.is_file():
            orphans.append(name)
        elif sha256_file(workbook) != record.get("workbook_sha256"):
            outdated.append(name)
    return outdated, orphans


def folder_state(folder: Path) -> FolderState | None:
    """None when the folder has no manifest (never written by this version)."""
    manifest = read_manifest(folder)
    if not manifest:
        return None
    state = FolderState(folder)
    running = manifest.get("running")
    if running:
        state.unfinished = running.get("started", "?")
    journaled = read_journal(folder)
    listed: set[str] = set()
    statement_folders: set[str] = set()
    for run_name, run in sorted(manifest.get("runs", {}).items()):
        if not run.get("complete", False):
            state.incomplete.append(run_name)
        for name, record in sorted(run.get("files", {}).items()):
            listed.add(name)
            state.recorded += 1
            if "/" in name:
                statement_folders.add(name.rsplit("/", 1)[0])
            path = folder / name
            if not path.is_file():
                state.missing.append(name)
                continue
            content = sha256_file(path)
            if content == record["sha256"]:
                continue
            if content in journaled.get(name, ()):
                state.unfinished_files.append(name)
            else:
                state.changed.append(name)
        for name in sorted(run.get("stale", {})):
            listed.add(name)
            if (folder / name).is_file():
                state.stale.append(name)
    for directory in ["", *sorted(statement_folders)]:
        base = folder / directory if directory else folder
        for path in sorted(base.glob("*.xlsx")):
            name = relative(path, folder)
            if name in listed or is_backup(path):
                continue
            if name in journaled:
                state.unfinished_files.append(name)
            else:
                state.unknown.append(name)
    state.temporaries = [relative(p, folder) for p in temporaries(folder)]
    state.outdated_pdfs, state.orphan_pdfs = pdf_findings(folder, manifest)
    return state


def manifest_folder(path: Path) -> Path | None:
    """The output folder whose manifest covers ``path`` (its folder, or the one above for statements)."""
    for folder in (path.parent, path.parent.parent):
        if (folder / MANIFEST_NAME).is_file():
            return folder
    return None


def bookkeeping_problem(folder: Path) -> str | None:
    """What is wrong with pyengine's own bookkeeping files in ``folder``: a folder (or link, pipe) where the
    lock, manifest or journal should be would be misread as "no manifest". None when all is well."""
    for name in (LOCK_NAME, MANIFEST_NAME, JOURNAL_NAME):
        book = folder / name
        if (book.exists() or book.is_symlink()) and (book.is_symlink() or not book.is_file()):
            return _("output folder {out}: {name} is {what}, not the file pyengine keeps there; remove it (pyengine "
                     "makes the file again)").format(
                out=folder, name=name, what=_("a folder") if book.is_dir() else _("a link or special file"))
    return None
