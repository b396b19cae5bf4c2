"""Bulk generation: many workbooks in one call, safely.

Safety rules
- Every spec is read and computed before anything is written. Without ``keep_going`` one bad spec
  means nothing is written at all; with it, the bad spec is reported and the others still run.
- Each file is written to a temporary file in the target folder and then moved into place, so a
  crash or Ctrl-C never leaves a truncated .xlsx; files get the user's umask mode. A file whose
  recorded input hash (inputs + template + engine version, on its Herkomst sheet) equals the new one
  is reported as unchanged and left alone. A file pyengine wrote that nobody changed since (its
  content is one the manifest or journal records) is written again when its input changed, and
  reported as updated. Any other existing file (edited by a person, or with no record) is never
  overwritten without ``force``, and then only after a copy of it is kept beside it.
  Every output's fate is decided before any file of its spec is written: a spec with one refused
  file writes none of its files.
- One run writes into a folder at a time (outfolder.FolderLock), and a manifest records what the
  last runs wrote (content SHA-256). A file changed after pyengine wrote it is never replaced
  without a copy kept beside it, even with ``force``. Statements of members no longer in the key
  are kept and reported (removed only with ``remove_stale``). See outfolder.py for the names.
- Output names come from the data but are sanitised; two members whose names sanitise alike get
  distinct names (-2, -3 ... in key order).
"""

from __future__ import annotations

import atexit
import contextvars
import errno
import gc
import hashlib
import itertools
import os
import pickle
import re
import signal
import sys
import threading
import unicodedata
from concurrent.futures import Future, ProcessPoolExecutor, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable, Iterable

from . import outfolder
from .errors import InputError, TemplateError, UsageError
from .i18n import N_, _, ngettext, use_language
from .i18n import language as i18n_language
from .outfolder import write_atomically  # noqa: F401  (part of this module's interface)

WRITTEN, UPDATED, UNCHANGED, FAILED = "written", "updated", "unchanged", "failed"
# about the folder rather than one planned file: a stale statement (kept or removed) and notes
STALE, REMOVED, NOTE = "stale", "removed", "note"
PDF = "pdf"  # the kind of a folder's news about a PDF `pyengine pdf` printed beside a workbook
RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(1, 10)), *(f"lpt{i}" for i in range(1, 10))}


@dataclass(frozen=True)
class Output:
    """One planned or produced workbook."""

    path: Path
    status: str = ""  # written, updated, unchanged or failed; for the folder: stale, removed or note
    error: str = ""
    spec: Path | None = None
    kind: str = ""  # begrotingswijziging, kostenverdeling, bijdrageoverzicht
    member: str = ""
    note: str = ""  # something the user should know (--key added members; a copy kept of an edited file)
    sha256: str = ""  # content of the file as written or found unchanged
    held: bool = False  # failed only because another file of its spec was refused (a spec writes all or none)


@dataclass
class Job:
    """Everything a worker needs to produce a group of outputs from one spec (picklable)."""

    spec: Path
    kind: str
    outputs: list[Output]
    key: Path | None = None
    force: bool = False
    template_dir: Path | None = None
    folder: Path | None = None  # the output folder (manifest, journal); None: no bookkeeping
    known: dict[Path, frozenset[str]] | None = None  # per output, the contents pyengine wrote there
    settled: dict[Path, Output] = field(default_factory=dict)  # outputs found unchanged before writing
    # the validated, computed model (kind, result): carried to the worker with the job, so that no worker
    # reads the spec and its key again (a spawned worker, the default on Windows and macOS, inherits nothing)
    computed: Computed | tuple[str, object] | None = None
    # the templates this process has read for the job's outputs, for a worker that starts empty (spawn)
    templates: dict | None = None
    # the run's language (--lang, PYENGINE_LANG, the system's): a spawned worker starts in the default one, so the
    # job tells it in which language to write its notes and errors
    language: str = field(default_factory=i18n_language)

    def __post_init__(self) -> None:
        if isinstance(self.computed, tuple):
            self.computed = Computed(*self.computed)


class Computed:
    """A spec's validated, computed model (kind, result), as its jobs carry it to the workers. A job is cut
    into chunks that all carry the same model: it is pickled once in this process, however many chunks carry
    it, and unpickled once per worker process (``_received``). What its outputs share (a begrotingswijziging's
    split per year, split_facts) travels with it when the validation made it already (the capability check
    explains every split), else it is made once per process."""

    def __init__(self, kind: str, result: object, token: str = "", shared: object = None) -> None:
        self.kind, self.result = kind, result
        self.token = token or f"{os.getpid()}-{next(_TOKENS)}"
        self._pickled: bytes | None = None
        self._shared: object = shared

    def __iter__(self):  # kind, result = computed
        return iter((self.kind, self.result))

    def shared(self, make: Callable[[object], object]) -> object:
        if self._shared is None:
            self._shared = make(self.result)
        return self._shared

    def __reduce__(self):
        if self._pickled is None:
            self._pickled = pickle.dumps((self.kind, self.result, self._shared), protocol=pickle.HIGHEST_PROTOCOL)
        return _received, (self.token, self._pickled)


_TOKENS = itertools.count(1)
# In a worker: the models received so far, by token, so that the chunks of one job share one copy (a cache: each
# chunk still carries its model). A pool lives for one run; a few entries cover the specs in flight.
_RECEIVED: dict[str, Computed] = {}


def _received(token: str, pickled: bytes) -> Computed:
    found = _RECEIVED.get(token)
    if found is None:
        while len(_RECEIVED) >= 8:
            del _RECEIVED[next(iter(_RECEIVED))]
        kind, result, shared = pickle.loads(pickled)
        found = _RECEIVED[token] = Computed(kind, result, token=token, shared=shared)
    return found


def slug(text: str, limit: int = 80) -> str:
    """A safe file-name part: ASCII letters, digits and hyphens; never empty, '..' or a reserved name."""
    normal = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    cleaned = re.sub(r"[^A-Za-z0-9]+", "-", normal).strip("-").lower()[:limit].strip("-")
    if not cleaned or cleaned in RESERVED:
        cleaned = f"x-{cleaned}" if cleaned else "naamloos"
    return cleaned


def unique_names(names: Iterable[str]) -> list[str]:
    """Slugs made unique in order: 'a', 'a-2', 'a-3' ..."""
    seen: dict[str, int] = {}
    taken: set[str] = set()
    out = []
    for name in names:
        base = slug(name)
        candidate = base
        while candidate in taken:
            seen[base] = seen.get(base, 1) + 1
            candidate = f"{base}-{seen[base]}"
        taken.add(candidate)
        out.append(candidate)
    return out


def collect_specs(paths: Iterable[str | Path] | str | Path, exclude: Path | None = None) -> list[Path]:
    """The spec files named, folders searched for *.toml. A missing path, or a folder without specs, is an error.
    A folder's files inside ``exclude`` (the output folder, when it lies in a scanned folder) are left out:
    `generate . --out out` twice does not read its own outputs."""
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]  # one path, not its characters
    elif not isinstance(paths, Iterable) or isinstance(paths, (bytes, dict)):
        raise InputError(_("specs must be a spec path (a .toml file, an input workbook or a folder) or a list of "
                           "them, got {kind} {value}").format(kind=type(paths).__name__, value=repr(paths)[:60]))
    specs: list[Path] = []
    for item in paths:
        if not isinstance(item, (str, os.PathLike)):
            raise InputError(_('a spec must be a file or folder path, got {name} {item}').format(name=type(item).__name__, item=repr(item)))
        path = Path(item)
        if path.is_dir():
            from .inputs.workbook_spec import is_spec_workbook

            if exclude is not None and _same_folder(path, exclude):  # its outputs would be read as its inputs
                raise InputError(_("{path}: the output folder is the folder scanned for specs, so its outputs would be "
                                   "read as specs; refused: give an output folder of its own, such as --out {suggestion}")
                                 .format(path=path, suggestion=path / "out"))

            # an .xlsx counts only when its defined names mark it as an input (or produced) workbook:
            # key files beside it are left alone
            found = sorted(p for p in path.rglob("*") if p.is_file() and (exclude is None or not _inside(p, exclude))
                           and (p.suffix.lower() == ".toml" or (p.suffix.lower() == ".xlsx" and is_spec_workbook(p))))
            if not found:
                raise InputError(_('{path}: no specs (.toml files or input workbooks) in this folder').format(path=path))
            specs.extend(found)
        elif path.is_file():
            specs.append(path)
        elif path.is_symlink() and not path.exists():
            raise InputError(_('{path}: a symbolic link that leads nowhere (or to itself)').format(path=path))
        elif path.exists():  # a named pipe, a device or a socket: reading it could block or never end
            raise InputError(_('{path}: not a regular file (a named pipe, device or socket); give a .toml spec, an input workbook or a folder').format(path=path))
        else:
            raise InputError(_('{path}: no such file or folder').format(path=path))
    if not specs:
        raise InputError(_('no spec given'))
    return list(dict.fromkeys(specs))


def check_output_folder(out: Path) -> None:
    """Refuse, before anything is read or written, an output path that is a file or cannot be written."""
    probe = out
    while not probe.exists():
        if probe.is_symlink():
            raise InputError(_('output folder {out}: {probe} is a symbolic link that leads nowhere').format(out=out, probe=probe))
        if probe.parent == probe:
            break
        probe = probe.parent
    if probe.exists() and not probe.is_dir():
        if probe == out:
            raise InputError(_("output folder {out} is a file, not a folder").format(out=out))
        raise InputError(_("output folder {out} cannot be made: {probe} is a file, not a folder").format(
            out=out, probe=probe))
    if probe.exists() and not os.access(probe, os.W_OK | os.X_OK):
        where = "" if probe == out else _(" (it would be made in {folder})").format(folder=probe)
        raise InputError(_('output folder {out} is not writable{place}').format(out=out, place=where))
    problem = outfolder.bookkeeping_problem(out)  # a folder where the manifest should be would be misread
    if problem:
        raise InputError(problem)


def _same_folder(one: Path, other: Path) -> bool:
    try:
        return one.resolve() == other.resolve()
    except OSError:
        return False


def _inside(path: Path, folder: Path) -> bool:
    """True when ``path`` lies in ``folder`` (both resolved: 'out' and './out/x.xlsx' are one place)."""
    try:
        path.resolve().relative_to(folder.resolve())
    except (ValueError, OSError):
        return False
    return True


def check_template_folder(template_dir: Path) -> None:
    """--templates names an existing folder (a typo is a usage error, found before any spec is read)."""
    if template_dir.is_dir():
        return
    if template_dir.exists():
        raise UsageError(_('--templates {template_dir}: is a file, not a folder; give the folder that holds your templates').format(template_dir=template_dir))
    raise UsageError(_('--templates {template_dir}: no such folder').format(template_dir=template_dir))


def check_jobs(jobs: object) -> int:
    """1 .. the processor count: more workers than processors only add overhead."""
    if isinstance(jobs, bool) or not isinstance(jobs, int):
        raise InputError(_('jobs must be a whole number, got {jobs}').format(jobs=repr(jobs)))
    if jobs < 1:
        raise InputError(_('jobs must be at least 1, got {jobs}').format(jobs=jobs))
    return min(jobs, cpu_count())


def key_change_note(spec_members: Iterable[str], key_members: Iterable[str], key_name: str) -> str:
    """What --key changed in the members, said once (empty when the members are the same)."""
    before, after = list(spec_members), list(key_members)
    added = [m for m in after if m not in before]
    dropped = [m for m in before if m not in after]
    if not added and not dropped:
        return ""

    def listed(names: list[str]) -> str:
        return ", ".join(names[:10]) + (_(" and {count} more").format(count=len(names) - 10) if len(names) > 10 else "")

    parts = [_("added {count} member(s) ({names})").format(count=len(added), names=listed(added)) if added else "",
             _("dropped {count} member(s) ({names})").format(count=len(dropped), names=listed(dropped)) if dropped
             else ""]
    return _("--key {key}: {changes} compared with [bijdrage_gemeente]; every member's begroting is split again by "
             "the new key").format(key=key_name, changes="; ".join(p for p in parts if p))


# --- reading and planning (no writing) ---------------------------------------------------------

def single_workbook_kinds() -> dict[str, tuple[Callable, object]]:
    """Kinds that make one workbook per spec (no --key, no --per-member): kind -> (compute, its render
    module). A render module has TEMPLATE, ANCHORS, STYLE_KEYS, name_parts(result) (title, years), check(result),
    input_hash_of(result, template_sha) and render(result, template_path)."""
    from .core.comparison import compute_comparison
    from .core.forecast import compute_forecast

    computes = {"meerjarenraming": compute_forecast, "sleutelvergelijking": compute_comparison}
    return {kind: (computes[kind], render_module(kind)) for kind in SINGLE_WORKBOOK}


SINGLE_WORKBOOK = ("meerjarenraming", "sleutelvergelijking")  # the kinds of single_workbook_kinds()


def load(spec_path: Path, key_path: Path | None = None):
    """Read, validate and compute one spec: (kind, result). Raises InputError."""
    kind, result, _members = load_with_members(spec_path, key_path)
    return kind, result


def load_with_members(spec_path: Path, key_path: Path | None = None):
    """(kind, result, the spec's own members) from a .toml spec, an input workbook or a produced
    workbook; the members are those before --key replaced the key (for its note)."""
    from .inputs.workbook_spec import load_any_spec

    kind, model = load_any_spec(spec_path)  # a .toml spec or an input workbook
    single = single_workbook_kinds().get(kind)
    if single is not None:
        if key_path is not None:
            raise UsageError(_("{spec}: --key applies to begrotingswijziging specs only; this is a {kind}")
                             .format(spec=spec_path.name, kind=kind))
        return kind, single[0](model), ()
    if kind not in COMPUTE:  # a kind whose workbook is not here yet
        raise InputError(_("{spec}: specs of kind {kind} cannot be generated yet").format(spec=spec_path.name, kind=kind))
    result, members = COMPUTE[kind](spec_path, model, key_path)
    return kind, result, members


def _computed_amendment(spec_path: Path, amendment, key_path: Path | None):
    from .core.amendment import compute, with_key
    from .inputs.spec import Source, read_key_once

    members = tuple(amendment.member_begroting)
    if key_path is not None:
        try:
            key, sha = read_key_once(key_path, name="verdeelsleutel (--key)")
        except InputError as error:
            raise InputError("\n".join(f"--key {line}" for line in str(error).splitlines())) from None
        amendment = with_key(amendment, key, Source(f"verdeelsleutel (--key, {key.source})", key_path.name, sha))
    return compute(amendment), members


def _computed_costs(spec_path: Path, model, key_path: Path | None):
    from .core.costs import compute_costs

    if key_path is not None:
        raise UsageError(_('{file}: --key applies to begrotingswijziging specs only; this is a kostenverdeling').format(file=spec_path.name))
    return compute_costs(model), ()


def _computed_settlement(spec_path: Path, model, key_path: Path | None):
    from .core.settlement import compute

    if key_path is not None:
        raise UsageError(_("{spec}: --key applies to begrotingswijziging specs only; an afrekening settles by the key "
                           "of its year, given in its [verdeelsleutel]").format(spec=spec_path.name))
    return compute(model), ()


# Per kind of spec with files per member: how its model becomes a result (one row per kind; the kinds with
# one workbook per spec are in single_workbook_kinds).
COMPUTE = {"begrotingswijziging": _computed_amendment, "kostenverdeling": _computed_costs,
           "afrekening": _computed_settlement}


def gemeente_notes(spec_path: Path, kind: str, result) -> str:
    """The members checked against the Dutch gemeenten of their key's year (inputs.gemeenten): a likely
    typo of a gemeente is refused (InputError naming the spec), a merged gemeente or a member that is no
    gemeente gives a note. meerjarenraming and sleutelvergelijking check while reading (their spec says
    herindeling = "samenvoegen" or "melden"); here their notes are passed on."""
    from .inputs.gemeenten import checked_members

    keys_of = {"begrotingswijziging": lambda r: zip(r.amendment.years, r.amendment.keys),
               "kostenverdeling": lambda r: [(r.distribution.years[0], r.distribution.key)],
               "afrekening": lambda r: [(r.settlement.year, r.settlement.key)]}  # its typos: refused at their cell
    if kind not in keys_of:
        model = getattr(result, "forecast", None) or getattr(result, "comparison", None)
        return "; ".join(getattr(model, "member_notes", ()))
    notes: list[str] = []
    for y, (year, key) in enumerate(keys_of[kind](result)):
        try:
            _key, found = checked_members(key, year, "melden", f"[verdeelsleutel] {year}")
        except InputError as error:
            raise InputError(f"{spec_path.name} {error}") from None
        if not y:  # every year is checked; the notes of the first year say it once
            notes.extend(found)
    return "; ".join(notes)


def check_renderable(spec_path: Path, kind: str, result) -> object:
    """The workbook writers' capability check, in the validation phase: what they would refuse is
    refused here, naming the spec and its field, before the first byte of any output is written.
    Returns what the check explained that the writers use again (a begrotingswijziging's splits), or None."""
    from .render.capabilities import check_renderable as check

    try:
        return check(kind, result)
    except InputError as error:
        raise InputError(f"{spec_path.name} {error}") from None


def plan(spec_path: Path, kind: str, result, out_dir: Path, per_member: bool) -> list[Output]:
    single = single_workbook_kinds().get(kind)
    if single is not None:
        if per_member:
            raise UsageError(_("{spec}: --per-member makes a bijdrageoverzicht per member of a begrotingswijziging; "
                               "this is a {kind}, whose workbook already holds a statement per member (run it "
                               "without --per-member)").format(spec=spec_path.name, kind=kind))
        title, years = single[1].name_parts(result)
        stem = "-".join(part for part in (slug(title) if title else "", kind, years) if part)  # untitled: kind-years
        return [Output(out_dir / f"{stem}.xlsx", spec=spec_path, kind=kind)]
    return PLAN[kind](spec_path, kind, result, out_dir, per_member)


def _planned_amendment(spec_path: Path, kind: str, result, out_dir: Path, per_member: bool) -> list[Output]:
    a = result.amendment
    stem = f"{slug(a.title)}-begrotingswijziging-{slug(a.number)}"
    outputs = [Output(out_dir / f"{stem}.xlsx", spec=spec_path, kind=kind)]
    if per_member:
        members = list(a.member_begroting)
        if not members:
            raise InputError(_('{file}: --per-member needs [bijdrage_gemeente] and a verdeelsleutel').format(file=spec_path.name))
        for member, name in zip(members, unique_names(members)):
            outputs.append(Output(out_dir / stem / f"bijdrageoverzicht-{name}.xlsx", spec=spec_path,
                                  kind="bijdrageoverzicht", member=member))
    return outputs


def _planned_costs(spec_path: Path, kind: str, result, out_dir: Path, per_member: bool) -> list[Output]:
    if per_member:
        raise UsageError(_("{file}: --per-member makes a bijdrageoverzicht per member of a begrotingswijziging; this is a kostenverdeling, whose workbook already shows every member's share (run it without --per-member)").format(file=spec_path.name))
    d = result.distribution
    years = f"{d.years[0]}" if len(d.years) == 1 else f"{d.years[0]}-{d.years[-1]}"
    return [Output(out_dir / f"{slug(d.title)}-kostenverdeling-{years}.xlsx", spec=spec_path, kind=kind)]


def _planned_settlement(spec_path: Path, kind: str, result, out_dir: Path, per_member: bool) -> list[Output]:
    s = result.settlement
    stem = f"{slug(s.organisation or s.title)}-afrekening-{s.year}"
    outputs = [Output(out_dir / f"{stem}.xlsx", spec=spec_path, kind=kind)]
    if per_member:  # a letter per deelnemer
        for member, name in zip(s.members, unique_names(s.members)):
            outputs.append(Output(out_dir / stem / f"{LETTER_PREFIX}{name}.xlsx", spec=spec_path,
                                  kind=LETTER, member=member))
    return outputs


# Per kind of spec (besides single_workbook_kinds): the files it makes (one row per kind).
PLAN = {"begrotingswijziging": _planned_amendment, "kostenverdeling": _planned_costs,
        "afrekening": _planned_settlement}
LETTER = "afrekeningsbrief"
LETTER_PREFIX = "brief-"
# The files made per member (--per-member), by kind: the start of their names (a member no longer in the key
# leaves a stale one behind, reported or removed).
PER_MEMBER = {"bijdrageoverzicht": "bijdrageoverzicht-", LETTER: LETTER_PREFIX}


def render_module(kind: str):
    """The render module in pyengine/render/ of an output kind (TEMPLATE, ANCHORS, STYLE_KEYS; its render
    function is called through PRODUCE). Only that module is imported: a worker imports what it renders (a
    spawned worker's start is mostly its imports; the spec schema and pydantic are not among them)."""
    if kind == "begrotingswijziging":
        from .render import amendment_workbook as module
    elif kind == "bijdrageoverzicht":
        from .render import statement_workbook as module
    elif kind == "kostenverdeling":
        from .render import cost_workbook as module
    elif kind == "afrekening":
        from .render import settlement_workbook as module
    elif kind == LETTER:
        from .render import settlement_letter as module
    elif kind == "meerjarenraming":
        from .render import forecast_workbook as module
    elif kind == "sleutelvergelijking":
        from .render import comparison_workbook as module
    else:
        raise KeyError(kind)
    return module


# Per output kind: (module, result, output, template path, the template as read, shared) -> (input hash, render);
# a file per member is rendered from the template read once for its job, and the split a statement shares with
# the others of its job is computed once (``shared()``).
PRODUCE = {
    "begrotingswijziging": lambda m, result, output, path, template, shared: (
        m.amendment_input_hash(result, template.sha256), lambda: m.render_amendment(result, path, shared())),
    "kostenverdeling": lambda m, result, output, path, template, shared: (
        m.cost_input_hash(result, template.sha256), lambda: m.render_costs(result, path)),
    "bijdrageoverzicht": lambda m, result, output, path, template, shared: (
        m.statement_input_hash(result, output.member, template.sha256),
        lambda: m.render_statement(result, output.member, shared(), template)),
    "afrekening": lambda m, result, output, path, template, shared: (
        m.settlement_input_hash(result, template.sha256), lambda: m.render_settlement(result, path)),
    LETTER: lambda m, result, output, path, template, shared: (
        m.letter_input_hash(result, output.member, template.sha256),
        lambda: m.render_letter(result, output.member, template)),
}


# --- writing ----------------------------------------------------------------------------------

def recorded_input_hash(path: Path) -> str | None:
    """The 'Invoerhash' a workbook we produced carries on its Herkomst sheet, or None (also for a file that
    cannot be read: it is then not ours as written, and is treated as such)."""
    from .inputs.xlsx_reader import Workbook

    try:
        with Workbook(path) as book:
            if "Invoerhash" not in book.defined_names:
                return None
            destination = book.destination("Invoerhash")
            if destination is None or destination[1][:2] != destination[1][2:]:
                return None
            sheet, (row, col, _last_row, _last_col) = destination
            cell = book.sheet(sheet).cell(row, col)
    except InputError:
        return None
    return cell.value if cell is not None and isinstance(cell.value, str) else None


def template_path(job: Job, kind: str) -> Path:
    """The template of an output kind: the one of that name in --templates; else a file there of that name
    saved as another type (begrotingswijziging.xlsm: refused as such when it is read, never passed over for
    ours); else the render module's own (a folder may restyle only some of the templates)."""
    template = render_module(kind).TEMPLATE
    if not job.template_dir:
        return template
    own = job.template_dir / template.name
    if own.is_file():
        return own
    return _same_name_other_type(job.template_dir, template) or template


def _same_name_other_type(folder: Path, template: Path) -> Path | None:
    """A file in ``folder`` named as ``template`` but with another extension or capitals (Excel's Save As
    'Excel Macro-Enabled Workbook' writes begrotingswijziging.xlsm), the first in name order."""
    try:
        found = sorted(p for p in folder.iterdir() if p.is_file() and p.name != template.name
                       and p.stem.lower() == template.stem.lower()
                       and p.suffix.lower() in (".xlsx", ".xlsm", ".xltx", ".xltm", ".xlsb", ".xls"))
    except OSError:
        return None
    return found[0] if found else None


def _producer(job: Job) -> Callable[[Output], tuple[str, Callable[[], bytes]]]:
    """For one job: per output, the input hash it would record and how to render it."""
    from .render import amendment_workbook
    from .render.template import load_template

    computed = job.computed or Computed(*load(job.spec, job.key))
    kind, result = computed
    templates: dict[str, tuple] = {}  # per kind, once per job: (template path, the template as read)

    def shared():  # a begrotingswijziging's split, once for all its statements
        return computed.shared(amendment_workbook.split_facts)

    def producer(output: Output) -> tuple[str, Callable[[], bytes]]:
        module = render_module(output.kind)
        if output.kind not in templates:
            path = template_path(job, output.kind)
            # asked for as the renderer and _check_templates ask: one read of each template per process
            templates[output.kind] = (path, load_template(path, module.ANCHORS, module.STYLE_KEYS))
        path, template = templates[output.kind]
        if output.kind in SINGLE_WORKBOOK:
            return module.input_hash_of(result, template.sha256), lambda: module.render(result, path)
        return PRODUCE[output.kind](module, result, output, path, template, shared)

    return producer


def _fate(job: Job, output: Output, new_hash: str) -> Output | tuple[str, str]:
    """What becomes of an output before anything is written: a settled Output (unchanged, or
    refused), or (status, note) for writing it: WRITTEN for a new file or one --force replaces (the
    note says which copy is kept), UPDATED for a file pyengine wrote that nobody changed since (its
    content is one the manifest or journal records): it is simply written again."""
    if not output.path.exists():
        return WRITTEN, ""
    content = outfolder.sha256_file(output.path)
    known = (job.known or {}).get(output.path)
    edited = known is not None and content not in known
    if recorded_input_hash(output.path) == new_hash and not edited:
        return _with(output, UNCHANGED, sha256=content)
    if known is not None and not edited:  # ours, untouched: its input changed, so it is brought up to date
        return UPDATED, ""
    if not job.force:
        return _with(output, FAILED, _("edited after pyengine wrote it; left as it is (--force regenerates it and "
                                       "keeps the edited file as a copy beside it)") if edited
                     else _("exists, and there is no record that pyengine wrote it; left as it is (--force "
                            "regenerates it and keeps the old file as a copy beside it)"))
    # a person's edits, or a file we have no record of: keep a copy
    return WRITTEN, (_("edited after pyengine wrote it; the edited file is kept as {copy}") if edited else
                     _("no record that pyengine wrote the old file; it is kept as {copy}"))


def settle(job: Job) -> list[Output]:
    """Decide every output's fate for one spec before any of its files is written. When one of
    them is refused, none of the spec's files is written: the refused ones say why, the others
    that they were not written because of it. Returns the settled Outputs (empty: nothing refused);
    the job keeps the unchanged ones so that its run does not look at them again."""
    producer = _producer(job)
    settled: dict[Path, Output] = {}
    for output in job.outputs:
        try:
            fate = _fate(job, output, producer(output)[0])
        except (InputError, TemplateError, OSError) as error:
            fate = _with(output, FAILED, str(error))
        if isinstance(fate, Output):
            settled[output.path] = fate
    if job.template_dir and not any(o.status == FAILED for o in settled.values()):
        settled.update(_trial_render(job, producer, settled))
    refused = [o for o in settled.values() if o.status == FAILED]
    if not refused:
        job.settled = settled
        return []
    names = ", ".join(o.path.name for o in refused[:3]) + (
        _(" and {count} more").format(count=len(refused) - 3) if len(refused) > 3 else "")
    because = ngettext("not written: {names} of the same spec {spec} was refused, so none of its files is written",
                       "not written: {names} of the same spec {spec} were refused, so none of its files is written",
                       len(refused)).format(names=names, spec=job.spec.name)
    return [settled.get(o.path) or replace(_with(o, FAILED, because), held=True) for o in job.outputs]


def _trial_render(job: Job, producer, settled: dict[Path, Output]) -> dict[Path, Output]:
    """With the officer's own templates: the first output of each kind rendered once before anything is
    written, so that a template whose merged cells or texts lie where a block writes (which only rendering
    shows) refuses the spec whole rather than after its other files are written. Only with --templates: ours
    are known to fit. A collision that depends on the member (a letter's text is longer for a longer name)
    can still show later, for that member's file alone."""
    tried: set[str] = set()
    for output in job.outputs:
        if output.kind in tried or output.path in settled \
                or template_path(job, output.kind) == render_module(output.kind).TEMPLATE:
            continue  # a file found unchanged is not rendered
        tried.add(output.kind)
        try:
            producer(output)[1]()
        except TemplateError as error:
            return {output.path: _with(output, FAILED, str(error))}
    return {}


def run_job(job: Job) -> list[Output]:
    """Produce one spec's outputs (in a worker process or in this one), its notes and errors in the run's
    language (a spawned worker, as on Windows, does not inherit the language this process chose)."""
    with use_language(job.language):
        return _run_job(job)


def _run_job(job: Job) -> list[Output]:
    """One spec's outputs. While one file waits for the disk (its fsync), the next one is rendered: one file
    at a time is being written, and its outcome is known before the next write starts (a full disk stops the
    run at the first refusal, as before)."""
    if job.templates:
        from .render.template import hand_over

        hand_over(job.templates)
    producer = _producer(job)
    done: list[Output | None] = [None] * len(job.outputs)
    full = False
    writing: tuple[int, Output, str, str, Future] | None = None  # the file on its way to the disk

    def finish() -> None:
        nonlocal writing, full
        if writing is None:
            return
        number, output, status, sha, future = writing
        writing = None
        try:
            done[number] = _with(output, status, sha256=sha, note=future.result())
        except FileExistsError:
            done[number] = _with(output, FAILED, _('another process created it meanwhile; not overwritten'))
        except OSError as error:
            full = error.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC))
            done[number] = _with(output, FAILED, _(DISK_FULL) if full else str(error))

    in_language = contextvars.copy_context().run  # the disk's thread writes its messages in the run's language too
    with _collector_paused(), ThreadPoolExecutor(max_workers=1) as disk:
        for number, output in enumerate(job.outputs):
            if full:  # the disk is full: trying the next file would only fail the same way, half-written
                done[number] = _with(output, FAILED, _(DISK_FULL))
                continue
            try:
                if output.path in job.settled:
                    done[number] = job.settled[output.path]
                    continue
                new_hash, produce = producer(output)
                fate = _fate(job, output, new_hash)
                if isinstance(fate, Output):
                    done[number] = fate
                    continue
                status, note = fate
                data = produce()
                sha = hashlib.sha256(data).hexdigest()
                finish()  # the file before this one is on disk (or refused) before this one is written
                if full:
                    done[number] = _with(output, FAILED, _(DISK_FULL))
                    continue
                future = disk.submit(in_language, _write, job, output, status, note, data, sha)
                writing = (number, output, status, sha, future)
            except FileExistsError:
                done[number] = _with(output, FAILED, _('another process created it meanwhile; not overwritten'))
            except OSError as error:
                full = error.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC))
                done[number] = _with(output, FAILED, _(DISK_FULL) if full else str(error))
            except (InputError, TemplateError) as error:
                done[number] = _with(output, FAILED, str(error))
        finish()
    return done


@contextmanager
def _collector_paused():
    """Python's cyclic garbage collector paused while a job's workbooks are built: a workbook makes no reference
    cycles (reference counting frees it), and a collection every few hundred new objects scanned the growing
    workbook again and again (a quarter of an amendment's time: 44,000 cells and their formulas)."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _write(job: Job, output: Output, status: str, note: str, data: bytes, sha: str) -> str:
    """One file onto the disk: a copy of the file it replaces first (when the note says so), its line in
    the journal, then the file itself (atomically, synced). Returns the note with the copy's name."""
    if note:  # copied only once the new content exists
        copy = outfolder.keep_copy(output.path)
        note = note.format(copy=copy.name)
        # said at once, on stderr: a run interrupted after this point (Ctrl-C) still tells where the edits are
        print(_("copy kept: {copy} ({name} as it was, before --force replaces it)").format(
            copy=copy, name=output.path.name), file=sys.stderr, flush=True)
    if job.folder is not None:
        outfolder.journal(job.folder, sha, output.path)
    write_atomically(output.path, data, job.force or status == UPDATED)
    return note


DISK_FULL = N_("not written: the disk is full")


def _disk_full_note(out: Path, results: list[Output]) -> list[Output]:
    """After a run stopped by a full disk: which files it left (complete, and recorded so), which not."""
    if not any(r.status == FAILED and r.error in (DISK_FULL, _(DISK_FULL)) for r in results):
        return []
    written = [r for r in results if r.status in (WRITTEN, UPDATED)]
    missing = [r for r in results if r.status == FAILED and r.error in (DISK_FULL, _(DISK_FULL))]
    names = ", ".join(outfolder.relative(r.path, out) for r in written[:5]) + (
        _(" and {count} more").format(count=len(written) - 5) if len(written) > 5 else "")
    return [Output(out, NOTE, note=_("the disk filled up during this run: {written} file(s) were written complete "
                                     "before it ({names}) and are recorded as complete in the manifest; {missing} "
                                     "file(s) were not written; free some space and run again (the complete ones "
                                     "are then left as they are)").format(written=len(written), names=names or "-",
                                                                          missing=len(missing)))]


def _with(output: Output, status: str, error: str = "", sha256: str = "", note: str = "") -> Output:
    notes = "; ".join(n for n in (output.note, note) if n)  # the plan's note (--key) and the run's
    return replace(output, status=status, error=error, sha256=sha256, note=notes)




def _chunks(job: Job, parts: int) -> list[Job]:
    """Split a job for ``parts`` workers: the main workbook on its own (it is the largest), the
    statements in small chunks so that the workers stay evenly busy."""
    if parts <= 1 or len(job.outputs) < 2 * parts:
        return [job]
    main, rest = job.outputs[:1], job.outputs[1:]
    size = max(1, -(-len(rest) // (4 * parts)))
    pieces = [main] + [rest[i:i + size] for i in range(0, len(rest), size)]
    return [replace(job, outputs=piece) for piece in pieces]


def generate(specs: Iterable[str | Path] | str | Path, out_dir: str | Path, *, jobs: int = 1, per_member: bool = False,
             key: str | Path | None = None, force: bool = False, keep_going: bool = False,
             template_dir: str | Path | None = None,
             progress: Callable[[int, int], None] | None = None, remove_stale: bool = False,
             on_wait: Callable[[str], None] | None = None) -> list[Output]:
    """Generate one workbook per spec (and with ``per_member`` one bijdrageoverzicht per member).

    Returns one Output per planned file, with status written, unchanged or failed (and the reason),
    and after them the folder's news: statements of members no longer in the key (stale, or removed
    with ``remove_stale``) and notes (an earlier run that did not finish). Specs that fail
    validation come back as failed Outputs named after the spec; without ``keep_going`` nothing is
    written when any spec fails. ``specs`` may be one path (str or Path).
    Misuse raises InputError before anything is read or written: a missing path, a folder without
    specs, ``jobs`` below 1 (above the processor count it is lowered to it), an output folder that
    is a file or not writable, a ``key`` that is not a readable file. A wrong combination of options
    raises UsageError (an InputError; the CLI exits 2) before anything is written, also with
    ``keep_going``: a ``template_dir`` that is not a folder, ``per_member`` or ``key`` with a
    kostenverdeling (every such spec named, one line each). When another run holds the
    folder's lock, this one waits and tells ``on_wait`` (default: a line on stderr)."""
    for name, value in (("out_dir", out_dir), ("key", key), ("template_dir", template_dir)):
        if value is not None and not isinstance(value, (str, os.PathLike)):
            raise InputError(_("{name} must be a folder or file path, got {kind} {value}")
                             .format(name=name, kind=type(value).__name__, value=repr(value)[:60]))
    out = Path(out_dir)
    jobs = check_jobs(jobs)
    key_path = Path(key) if key else None
    spec_paths = collect_specs(specs, exclude=out)  # a scanned folder's outputs are never its input
    check_output_folder(out)
    if template_dir is not None:
        check_template_folder(Path(template_dir))
    if key_path is not None:
        from .inputs.tables import check_file

        try:
            check_file(key_path, _("file"))
        except InputError as error:
            raise InputError(_('--key {key_path}: {value}').format(key_path=key_path, value=str(error).split(': ', 1)[-1])) from None
    workers = Workers(jobs)
    try:
        return _generate(spec_paths, out, key_path, workers, per_member, force, keep_going, template_dir, progress,
                         remove_stale, on_wait)
    finally:
        workers.close()


def _clash(spec_path: Path, other: Path, name: str) -> str:
    """Two specs make one output: both named from the folder they share ('out/x.xlsx' shows a workbook in an
    earlier output folder), and a workbook pyengine produced earlier (its folder holds the manifest) said so."""
    base = os.path.commonpath([spec_path.parent.absolute(), other.parent.absolute()])
    shown = {p: os.path.relpath(p.absolute(), base) for p in (spec_path, other)}
    text = _('{file}: output {name} is also produced by {name2}; give the specs different titles or numbers').format(
        file=shown[spec_path], name=name, name2=shown[other])
    earlier = next((p for p in (spec_path, other) if outfolder.manifest_folder(p) is not None), None)
    if earlier is not None:
        text += "; " + _("{path} is a workbook pyengine produced earlier, in an output folder inside the scanned "
                         "folder: move that folder out, or name the specs to generate").format(path=shown[earlier])
    return text


def _generate(spec_paths: list[Path], out: Path, key_path: Path | None, workers: Workers, per_member: bool,
              force: bool, keep_going: bool, template_dir: str | Path | None,
              progress: Callable[[int, int], None] | None, remove_stale: bool,
              on_wait: Callable[[str], None] | None) -> list[Output]:
    planned: list[Job] = []
    failures: list[Output] = []
    claimed: dict[Path, Path] = {}
    misuse: list[str] = []
    for spec_path in spec_paths:
        try:
            kind, result, members = load_with_members(spec_path, key_path)
            explained = check_renderable(spec_path, kind, result)
            outputs = plan(spec_path, kind, result, out, per_member)
            if key_path is not None and kind == "begrotingswijziging":
                note = key_change_note(members, result.amendment.member_begroting, key_path.name)
                outputs[0] = replace(outputs[0], note=note)
            notes = gemeente_notes(spec_path, kind, result)
            if notes:
                outputs[0] = replace(outputs[0], note="; ".join(n for n in (outputs[0].note, notes) if n))
            clash = next((o for o in outputs if o.path in claimed), None)
            if clash:
                raise InputError(_clash(spec_path, claimed[clash.path], clash.path.name))
            claimed.update({o.path: spec_path for o in outputs})
            planned.append(Job(spec_path, kind, outputs, key_path, force, Path(template_dir) if template_dir else None,
                               computed=Computed(kind, result, shared=explained)))
        except UsageError as error:  # the command, not the spec, is wrong: refused whole, --keep-going or not
            misuse.append(str(error))
        except (InputError, TemplateError) as error:
            failures.append(Output(spec_path, FAILED, str(error), spec_path))
    if misuse:
        raise UsageError("\n".join(misuse))
    failures += _check_templates(planned)
    folder_failures, notes = _template_folder(planned)
    failures += folder_failures
    if failures and not keep_going:
        return failures
    failures += notes
    try:
        return failures + _write_run(planned, out, workers, progress, remove_stale,
                                     on_wait or _say_on_stderr)
    except OSError as error:  # the folder itself: not creatable, not writable, disk full
        return failures + [Output(out, FAILED, _('cannot write into this folder: {value}').format(value=error.strerror or error))]


def cpu_count() -> int:
    """CPUs this process may use (its affinity where the OS tells, as on Linux)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def _say_on_stderr(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def _write_run(planned: list[Job], out: Path, workers: Workers, progress: Callable[[int, int], None] | None,
               remove_stale: bool, on_wait: Callable[[str], None]) -> list[Output]:
    """Everything that writes: under the folder's lock, with the manifest marked running until the end."""
    from .version import __version__

    if not planned:
        return []
    out.mkdir(parents=True, exist_ok=True)
    with outfolder.FolderLock(out, on_wait):
        outfolder.remove_temporaries([out, *(o.path.parent for job in planned for o in job.outputs)])
        manifest = outfolder.read_manifest(out)
        news: list[Output] = []
        if manifest.get("running"):
            news.append(Output(out, NOTE, note=_('the run started {value} into {out} did not finish; every file it may have written is checked again now').format(value=manifest['running'].get('started', '?'), out=out)))
        known = outfolder.known_contents(out, manifest)
        for job in planned:
            job.folder = out
            job.known = {o.path: frozenset(known[name]) for o in job.outputs
                         if (name := outfolder.relative(o.path, out)) in known}
        # every output's fate before any file is written: a spec with a refused file writes none
        refused: list[Output] = []
        writing: list[Job] = []
        for job in planned:
            settled = settle(job)
            refused += settled
            if not settled:
                writing.append(job)
        manifest["running"] = {"started": outfolder.now(), "pid": os.getpid(),
                               "specs": [str(job.spec) for job in writing]}
        outfolder.write_manifest(out, manifest)
        results = _produce(writing, workers, progress)
        by_path = {r.path: r for r in results}
        for job in writing:  # a refused spec's earlier run still describes its files
            news += _record_run(manifest, job, by_path, out, known, remove_stale, __version__)
        order = {o.path: number for number, o in enumerate(o for job in planned for o in job.outputs)}
        results = sorted(refused + results, key=lambda r: order.get(r.path, len(order)))
        manifest.pop("running", None)
        news = _disk_full_note(out, results) + news
        try:
            outfolder.write_manifest(out, manifest)
        except OSError as error:  # the disk is full: what was written is still on disk, complete
            outfolder.remove_temporaries([out])
            try:
                outfolder.write_manifest(out, manifest)
            except OSError:
                done = [r for r in results if r.status in (WRITTEN, UPDATED)]
                raise OSError(error.errno, _("{reason}; {count} file(s) were written complete, but the manifest "
                                             "could not be updated: {names}").format(
                    reason=error.strerror, count=len(done),
                    names=", ".join(outfolder.relative(r.path, out) for r in done[:10]) or "-")) from None
        outfolder.prune_journal(out, manifest)
        state = outfolder.folder_state(out)
        if state is not None and not state.files_consistent:  # e.g. another spec's files missing or edited
            news += [Output(out, NOTE, note=line.strip()) for line in state.lines(stale=False, pdfs=False)]
        if state is not None:
            news += _pdf_news(state, out, {n.path for n in news})
    return results + news


def _pdf_news(state: outfolder.FolderState, out: Path, reported: set[Path]) -> list[Output]:
    """The PDFs in the folder that no longer show their workbook (``pyengine pdf`` printed them from an earlier
    content, or their workbook is gone), one note each (kind "pdf", the PDF's path), and how to refresh them."""
    pdf_lines = state.pdf_lines(lambda name: out / name)
    names = state.outdated_pdfs + state.orphan_pdfs
    news = [Output(out / name, NOTE, kind=PDF, note=line) for name, line in zip(names, pdf_lines)
            if out / name not in reported]
    if not news:
        return []
    outdated = any(n.path in {out / name for name in state.outdated_pdfs} for n in news)
    orphans = any(n.path in {out / name for name in state.orphan_pdfs} for n in news)
    return news + [Output(out, NOTE, kind=PDF, note=line) for line in outfolder.pdf_advice(out, outdated, orphans)]


def _record_run(manifest: dict, job: Job, by_path: dict[Path, Output], out: Path, known: dict[str, set[str]],
                remove_stale: bool, version: str) -> list[Output]:
    """Put ``job``'s run into the manifest; report (or remove) statements no longer planned."""
    from .inputs.spec import sha256_of, sha256_once

    runs = manifest.setdefault("runs", {})
    name = outfolder.relative(job.outputs[0].path, out)
    previous = runs.get(name, {})
    files, failed = {}, False
    for output in job.outputs:
        result = by_path.get(output.path)
        relative = outfolder.relative(output.path, out)
        if result is not None and result.status in (WRITTEN, UPDATED, UNCHANGED) and result.sha256:
            files[relative] = {"sha256": result.sha256, "kind": output.kind, "member": output.member}
            continue
        failed = True
        if relative in previous.get("files", {}):  # an edited file left alone stays recognisable as edited
            files[relative] = previous["files"][relative]
    stale_records = dict(previous.get("stale", {}))
    planned_statements = [o for o in job.outputs if o.kind in PER_MEMBER]
    for relative, record in previous.get("files", {}).items():
        if relative not in files:
            if planned_statements or record.get("kind") not in PER_MEMBER:
                stale_records[relative] = record
            else:  # this run made no statements: those of the earlier run stay as they were
                files[relative] = record
    news = []
    if planned_statements:
        folder = planned_statements[0].path.parent
        statement_kind = planned_statements[0].kind
        found = {outfolder.relative(p, out) for p in folder.glob(f"{PER_MEMBER[statement_kind]}*.xlsx")
                 if not outfolder.is_backup(p)}
        for relative in sorted((found | set(stale_records)) - set(files)):
            path = out / relative
            if not path.is_file():
                stale_records.pop(relative, None)
                continue
            content = outfolder.sha256_file(path)
            # listed as stale; a file we have no record of gets no content hash (never taken for ours)
            stale_records.setdefault(relative, {"sha256": "", "kind": statement_kind, "member": ""})
            ours = content in known.get(relative, ())
            if remove_stale and ours:
                os.unlink(path)
                stale_records.pop(relative)
                news.append(Output(path, REMOVED, spec=job.spec, kind=statement_kind,
                                   note=_('statement of a member no longer in the key; removed (--remove-stale)')))
            elif remove_stale:
                news.append(Output(path, STALE, spec=job.spec, kind=statement_kind,
                                   note=_('statement of a member no longer in the key; NOT removed: it is not as pyengine wrote it (edited, or no record), remove it yourself')))
            else:
                news.append(Output(path, STALE, spec=job.spec, kind=statement_kind,
                                   note=_('statement of a member no longer in the key; kept (--remove-stale removes it)')))
        news += _statement_pdfs(manifest, folder, statement_kind, set(files), out, known, remove_stale, job.spec)
    key = job.key
    runs[name] = {
        "spec": str(job.spec), "spec_sha256": sha256_of(job.spec),
        "key": str(key) if key else None, "key_sha256": sha256_once(key) if key else None,
        "engine": f"pyengine {version}", "finished": outfolder.now(), "complete": not failed,
        "files": files, "stale": stale_records,
    }
    return news


def _statement_pdfs(manifest: dict, folder: Path, statement_kind: str, planned: set[str], out: Path,
                    known: dict[str, set[str]], remove_stale: bool, spec: Path) -> list[Output]:
    """The PDFs `pyengine pdf` printed (the manifest's PDF section) of statements in ``folder`` that this run no
    longer makes and whose workbook is gone (removed by --remove-stale, now or earlier): with ``remove_stale``
    removed when still as pyengine printed them, else kept and reported. A PDF without a record is left alone
    (and reported by the folder's state only when it has one)."""
    records = manifest.get(outfolder.PDF_SECTION, {})
    news = []
    for name in sorted(records):
        path = out / name
        workbook = path.with_suffix(".xlsx")
        if (path.parent != folder or not path.name.startswith(PER_MEMBER[statement_kind])
                or outfolder.relative(workbook, out) in planned or workbook.is_file()):
            continue
        if not path.is_file():  # removed by a person: nothing left to record
            records.pop(name)
            continue
        content = outfolder.sha256_file(path)
        ours = content == records[name].get("sha256") or content in known.get(name, ())
        if remove_stale and ours:
            try:
                os.unlink(path)
            except OSError as error:  # on Windows: open in a PDF reader
                news.append(Output(path, STALE, spec=spec, kind=PDF, note=_(
                    "PDF of a statement of a member no longer in the key; NOT removed: {reason} (is it open in a PDF "
                    "reader?); close it and run again with --remove-stale").format(reason=error.strerror or error)))
                continue
            records.pop(name)
            news.append(Output(path, REMOVED, spec=spec, kind=PDF, note=_(
                "PDF of a statement of a member no longer in the key, whose workbook is gone; removed (--remove-stale)")))
        elif remove_stale:
            news.append(Output(path, STALE, spec=spec, kind=PDF, note=_(
                "PDF of a statement of a member no longer in the key; NOT removed: it is not as pyengine printed it "
                "(edited), remove it yourself")))
        else:
            news.append(Output(path, STALE, spec=spec, kind=PDF, note=_(
                "PDF of a statement of a member no longer in the key, whose workbook is gone; kept (--remove-stale "
                "removes it)")))
    return news


def _template_folder(planned: list[Job]) -> tuple[list[Output], list[Output]]:
    """(failures, notes) for --templates: a folder that holds none of the templates the run needs is refused
    (the wrong folder, most likely); one that holds some gets a note per template it does not hold, for
    which pyengine's own is used."""
    needed: dict[Path, dict[Path, bool]] = {}  # folder -> pyengine's template -> the folder holds its own
    for job in planned:
        if job.template_dir:
            for kind in {o.kind for o in job.outputs}:
                ours = render_module(kind).TEMPLATE
                needed.setdefault(job.template_dir, {})[ours] = template_path(job, kind) != ours
    failures, notes = [], []
    for folder, held in needed.items():
        if not any(held.values()):
            failures.append(Output(folder, FAILED, _("template not found: {folder} holds none of the templates "
                                                     "this run needs ({names})").format(
                folder=folder, names=", ".join(sorted(path.name for path in held)))))
            continue
        notes += [Output(folder, NOTE, note=_("{folder} holds no {name}: pyengine's own template of that name is "
                                              "used").format(folder=folder, name=path.name))
                  for path in sorted(held) if not held[path]]
    return failures, notes


def _check_templates(planned: list[Job]) -> list[Output]:
    """Load every template the jobs need (with its required names) before anything is written."""
    from .render.template import load_template

    failures = []
    checked: set[Path] = set()
    for job in planned:
        for kind in {o.kind for o in job.outputs}:
            module = render_module(kind)
            path = template_path(job, kind)
            if path in checked:
                continue
            checked.add(path)
            try:
                load_template(path, module.ANCHORS, module.STYLE_KEYS)
            except TemplateError as error:
                failures.append(Output(path, FAILED, str(error), job.spec, kind))
    return failures


def _produce(planned: list[Job], workers: Workers, progress: Callable[[int, int], None] | None) -> list[Output]:
    jobs = workers.jobs
    work = [part for job in planned for part in _chunks(job, max(1, jobs))]
    total = sum(len(job.outputs) for job in work)
    results: list[Output] = []
    if progress:
        progress(0, total)
    if jobs <= 1 or len(work) <= 1:
        for job in work:
            results.extend(run_job(job))
            if progress:
                progress(len(results), total)
        return results
    if workers.method != "fork":  # a spawned worker starts empty: it gets the templates this process has read
        from .render.template import loaded_templates

        loaded = loaded_templates()
        for job in work:
            paths = {str(template_path(job, kind)) for kind in {o.kind for o in job.outputs}}
            job.templates = {name: template for name, template in loaded.items() if name[0] in paths}
    pool = workers.pool()
    try:
        for done in pool.map(run_job, work):
            results.extend(done)
            if progress:
                progress(len(results), total)
    except BaseException:  # Ctrl-C: let the workers finish the file in hand, start nothing new
        workers.close(cancel=True)
        raise
    return results


class Workers:
    """The worker processes of one run (``jobs`` above 1). Where a worker starts as a fresh interpreter (spawn,
    as on Windows and macOS) they are started at once, so that they import pyengine while this process reads
    and computes the specs; a forked worker inherits what this process has imported by then, so it is started
    when the work is known."""

    def __init__(self, jobs: int) -> None:
        self.jobs, self.method = jobs, start_method()
        self._pool: ProcessPoolExecutor | None = None
        if jobs > 1 and self.method != "fork":
            pool = self.pool()
            for _ in range(jobs):  # one task each: every worker starts now
                pool.submit(_warm_up)

    def pool(self) -> ProcessPoolExecutor:
        if self._pool is None:
            import multiprocessing

            self._pool = ProcessPoolExecutor(max_workers=self.jobs, mp_context=multiprocessing.get_context(self.method),
                                             initializer=_worker_start)
        return self._pool

    def close(self, cancel: bool = False) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=cancel)
            self._pool = None


def _warm_up() -> None:
    """A worker's first task, while the parent still reads the specs: import what the workbook writers share and
    the writers of the usual bulk run (a begrotingswijziging with its bijdrageoverzichten); none needs pydantic."""
    from .render import amendment_workbook, sheets, statement_workbook  # noqa: F401


def start_method() -> str:
    """How workers start: fork on Linux, spawn elsewhere (Windows, macOS); PYENGINE_START_METHOD=spawn
    tries the Windows way on Linux (the tests and ``make bench`` run both)."""
    chosen = os.environ.get("PYENGINE_START_METHOD", "").strip().lower()
    if chosen in ("fork", "spawn", "forkserver"):
        return chosen
    return "fork" if sys.platform.startswith("linux") else "spawn"


def _worker_start(templates: dict | None = None) -> None:
    """In a worker: Ctrl-C is the parent's to handle (no traceback per worker), and a worker whose
    parent was killed stops at once instead of writing on into a folder it no longer owns. ``templates``:
    those the parent has read, so that a spawned worker does not import openpyxl to read them again."""
    import multiprocessing

    if templates:
        from .render.template import hand_over

        hand_over(templates)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    parent = multiprocessing.parent_process()  # its sentinel works on POSIX and Windows alike
    if parent is None:
        return

    def watch() -> None:
        parent.join()
        os._exit(1)

    threading.Thread(target=watch, daemon=True).start()
    atexit.register(_end_at_once)


def _end_at_once() -> None:
    """A worker's last step, once the pool has told it to end and it has sent every result: the process ends
    without freeing its objects one by one (the model, the caches: ~0.1 s at the end of every run, with the
    parent waiting); the OS takes its memory back at once. Its files are on disk (each written and synced)."""
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (AttributeError, OSError, ValueError):
            pass
    os._exit(0)
