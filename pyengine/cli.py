"""The pyengine command line: demo, generate, verify and audit.

Heavy libraries (pdfplumber and PDFium, to read PDFs) are imported only by the commands that need them, so that
`pyengine --help` answers at once.
"""

from __future__ import annotations

import argparse
import os
import sys
from importlib.resources import files
from pathlib import Path

from .core.amendment import KINDS
from .errors import InputError, UsageError
from .i18n import N_, _, amount, detect_language, ngettext, number, set_language

# examples/ in the repository, installed as the data package pyengine.examples (see pyproject.toml)
EXAMPLES = Path(str(files("pyengine.examples")))
# An error of ours, not of the input: its own code, so that a script never takes it for findings or bad input
# (1) or a wrong command line (2); pytest's "internal error" is 3 too.
EXIT_UNEXPECTED = 3

DESCRIPTION = N_("""\
Exact cost allocation and budget-amendment workbooks (begrotingswijzigingen) for Dutch
inter-municipal cooperations. Every total adds up, every number shows how it was made.

commands:
  demo       the three seed examples -> workbooks in out/ (what `make demo` runs)
  new        an input workbook to fill in (begrotingswijziging, kostenverdeling, afrekening, meerjarenraming or
             sleutelvergelijking), or one from a .toml spec or a produced workbook
  generate   one workbook per input (.toml spec, input workbook or produced workbook), optionally one statement per member
  verify     recompute workbooks in LibreOffice and compare with their stored values
  pdf        print the document sheets of workbooks to PDF for the council
  audit      check any table (xlsx or PDF, ours or typed by hand) for totals that do not add up
  lite       main.py + requirements.txt: =ALLOCATE and the other functions in xlwings Lite (any Excel)

examples:
  pyengine new begrotingswijziging --key inwoners.csv --years 2025-2028 --out invoer.xlsx
  pyengine generate invoer.xlsx --out out
  pyengine demo --out out
  pyengine generate examples/invoer --out out --jobs 2
  pyengine generate begrotingswijziging.toml --per-member --key inwoners.csv --out out
  pyengine verify out
  pyengine pdf out
  pyengine audit oude-begrotingswijziging.xlsx --json
  pyengine lite --out lite
  pyengine --lang nl generate invoer.xlsx --out out     (messages in Dutch; also PYENGINE_LANG=nl)
""")


def main(argv: list[str] | None = None) -> int:
    """Every command ends quietly on Ctrl-C and on a closed pipe (`pyengine verify ... | head`)."""
    try:
        return _main(argv)
    except KeyboardInterrupt:
        _quietly(sys.stderr, "\n" + _("stopped (Ctrl-C); no half-written files are left behind") + "\n")
        return 130
    except BrokenPipeError:
        # The reader went away: say nothing more, and let Python's exit flush go to nowhere.
        try:
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        except (OSError, ValueError):
            pass
        return 141


def _quietly(stream, text: str) -> None:
    try:
        stream.write(text)
        stream.flush()
    except (OSError, ValueError):
        pass


def _language_from(argv: list[str]) -> str:
    """--lang (anywhere on the command line), else PYENGINE_LANG, else the system's language: known before
    the parser is built, so that --help and argparse's own errors are in that language too."""
    early = argparse.ArgumentParser(add_help=False)
    early.add_argument("--lang")
    known, _rest = early.parse_known_args([a for a in argv if a not in ("-h", "--help")])
    return detect_language(known.lang)


def _main(argv: list[str] | None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    try:
        set_language(_language_from(argv))
    except ValueError as error:  # --lang de, PYENGINE_LANG=fr: say so in both languages, as argparse would exit
        print(f"pyengine: {error} (de taal is nl of en)", file=sys.stderr)
        return 2
    _translate_argparse()
    # --lang is accepted before and after the command: pyengine --lang nl verify ..., pyengine verify --lang nl ...
    language = argparse.ArgumentParser(add_help=False)
    language.add_argument("--lang", choices=("nl", "en"), default=argparse.SUPPRESS,
                          help=_("the language of messages and help: nl or en (default: PYENGINE_LANG, "
                                 "else the system's language)"))
    parser = argparse.ArgumentParser(prog="pyengine", description=_(DESCRIPTION), parents=[language],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="store_true", help=_("print the version and stop"))
    commands = parser.add_subparsers(dest="command", metavar=_("COMMAND"))

    def add_command(name: str, **kwargs) -> argparse.ArgumentParser:
        return commands.add_parser(name, parents=[language], **kwargs)

    demo = add_command("demo", help=_("generate the seed examples"), description=_(
        "Generate the three seed examples (Regionaal Leerhuis, Midden-Limburg West, Holland Rijnland) and the "
        "bijdrageoverzicht per member of the Leerhuis amendment."))
    demo.add_argument("--out", default="out", help=_("output folder (default: out)"))
    demo.add_argument("--force", action="store_true", help=_("overwrite existing files whose input changed"))

    gen = add_command("generate", help=_("generate workbooks from input files"), description=_(
        "Generate one workbook per spec (an input workbook .xlsx or a .toml file, or a folder of them). "
        "Nothing is written when any spec is invalid, unless --keep-going."))
    gen.add_argument("specs", nargs="+", metavar="SPEC",
                     help=_("an input workbook (.xlsx), a .toml spec or a folder with them"))
    gen.add_argument("--out", required=True, help=_("output folder"))
    gen.add_argument("--jobs", type=_jobs, default=1, help=_(
        "worker processes, 1 to this machine's {count} processors (default 1)").format(count=os.cpu_count() or 1))
    gen.add_argument("--per-member", action="store_true", help=_("also one bijdrageoverzicht per member"))
    gen.add_argument("--key", help=_("replace the spec's verdeelsleutel: CSV/xlsx with 'gemeente' and a weight "
                                     "column, or a CBS StatLine CSV export"))
    gen.add_argument("--force", action="store_true", help=_(
        "overwrite existing files whose input changed (a file edited after pyengine wrote it is first kept as a "
        "copy beside it)"))
    gen.add_argument("--remove-stale", action="store_true", help=_(
        "remove statements of members no longer in the key (only those still exactly as pyengine wrote them)"))
    gen.add_argument("--keep-going", action="store_true", help=_("report bad specs and still produce the others"))
    gen.add_argument("--templates", help=_("folder with your own (restyled) templates"))
    gen.add_argument("--pdf", action="store_true", help=_(
        "also print each workbook's document sheets to a PDF beside it (LibreOffice, Dutch number format)"))

    new = add_command("new", help=_("write an input workbook to fill in"), description=_(
        "Write an input workbook (Excel) to fill in: pre-filled with the members of a key and the years, or "
        "converted from an existing .toml spec. Never overwrites a file."))
    new.add_argument("kind", choices=KINDS)
    new.add_argument("--out", required=True, help=_("the new workbook (.xlsx)"))
    new.add_argument("--key", help=_(
        "a key file (CSV/xlsx with 'gemeente' and a weight column): its members are filled in"))
    new.add_argument("--kolom", help=_("the key's weight column, when it has several"))
    new.add_argument("--periode", help=_("the period in a CBS export with several periods, such as 2024"))
    new.add_argument("--years", help=_("the years, such as 2025-2028 or 2025,2026"))
    new.add_argument("--year", type=_year, help=_(
        "afrekening: the year it settles, such as 2025 (with --key; with --from a begrotingswijziging of several "
        "years, which of them)"))
    new.add_argument("--from", dest="spec", metavar="SPEC", help=_("convert this .toml spec or produced workbook into an input workbook"))

    pdf = add_command("pdf", help=_("print the document sheets of workbooks to PDF for the council"), description=_(
        "Print the document sheets (the begrotingswijziging, bijdrageoverzicht or kostenverdeling, and the chart) of "
        "each workbook to a PDF beside it, through LibreOffice (headless), with Dutch number formatting "
        "(1.845, -27, 2026) whatever this machine's language. A PDF that pyengine did not write is kept unless "
        "--force (then a copy is kept beside it)."))
    pdf.add_argument("files", nargs="+", metavar="FILE", help=_(
        "a workbook, or a folder: every workbook in it and in the folders in it"))
    pdf.add_argument("--force", action="store_true", help=_("replace a PDF that pyengine did not write (keeping a copy)"))

    verify = add_command("verify", help=_("prove workbooks in LibreOffice"), description=_(
        "Open each workbook in LibreOffice (headless), recalculate every formula and compare with the values "
        "stored in the file."))
    verify.add_argument("files", nargs="+", metavar="FILE", help=_(
        "a workbook, or a folder: every workbook in it and in the folders in it"))

    audit = add_command("audit", help=_(
        "find totals that do not add up, rounding plugs and years out of order, in an .xlsx or a PDF"),
        description=_(
            "Find the tables in a workbook or a PDF with a text layer, infer which lines and columns are totals, "
            "subtotals and saldi, and report every one that does not add up, every rounding plug (Afronding) and "
            "every year header out of order. Exit 0 when figures were checked and all add up; 1 on findings, or "
            "when formulas without stored values left figures unchecked; 2 when the file cannot be read or "
            "nothing in it could be checked."))
    audit.add_argument("file", metavar="FILE")
    audit.add_argument("--json", action="store_true", help=_("print the tables, relations and findings as JSON"))
    audit.add_argument("--sheet", help=_("audit only this sheet of a workbook (default: every visible sheet)"))

    lite = add_command("lite", help=_("the Excel functions for xlwings Lite (main.py, requirements.txt)"),
                       description=_(
                           "Write main.py and requirements.txt to paste into the xlwings Lite editor: =ALLOCATE, "
                           "=VERDEEL and the other functions in any Excel (Windows, Mac, the web) without "
                           "installing Python. main.py is generated; never edit it."))
    lite.add_argument("--out", required=True, help=_("output folder"))
    lite.add_argument("--force", action="store_true", help=_(
        "overwrite a main.py or requirements.txt changed by hand"))

    args = parser.parse_args(argv)
    if args.version:
        from .version import __version__

        print(f"pyengine {__version__}")
        return 0
    if args.command is None:
        parser.print_help()
        return 2
    try:
        if args.command == "demo":
            return _demo(args)
        if args.command == "generate":
            return _generate(args)
        if args.command == "new":
            from .new import main as new_main

            return new_main(args)
        if args.command == "pdf":
            from .pdf import main as pdf_main

            return pdf_main(args.files, force=args.force)
        if args.command == "verify":
            from .verify import main as verify_main

            return verify_main(args.files)
        if args.command == "lite":
            return _lite(args)
        if args.command == "audit":
            from .audit import main as audit_main

            return audit_main(args.file, as_json=args.json, sheet=args.sheet)
    except UsageError as error:  # a wrong command line, found before anything was written: exit 2, as argparse does
        for line in str(error).splitlines():
            print(f"pyengine {args.command}: {line}", file=sys.stderr)
        return 2
    except InputError as error:  # misuse found before anything was written: one line per problem
        for line in str(error).splitlines():
            print(f"pyengine {args.command}: {line}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        raise  # the reader went away: main() ends quietly
    except Exception as error:  # noqa: BLE001  (never a traceback for the user; say what to report)
        print(f"pyengine {args.command}: " + _(
            "unexpected error ({error}); nothing more was written; please report this with the input").format(
                error=f"{type(error).__name__}: {error}"), file=sys.stderr)
        return EXIT_UNEXPECTED
    return 2


# argparse's own texts (usage:, options:, its errors), shown in the user's language too. argparse looks them
# up through its module's `_` and `ngettext` at call time; the msgids are argparse's (Python 3.11-3.13).
ARGPARSE_MESSAGES = (
    N_("usage: "), N_("positional arguments"), N_("options"), N_("show this help message and exit"),
    N_("the following arguments are required: %s"), N_("unrecognized arguments: %s"),
    N_("%(prog)s: error: %(message)s\n"), N_("argument %(argument_name)s: %(message)s"),
    N_("invalid choice: %(value)r (choose from %(choices)s)"), N_("expected one argument"),
    N_("invalid %(type)s value: %(value)r"), N_("ambiguous option: %(option)s could match %(matches)s"),
    N_("expected at least one argument"), N_("ignored explicit argument %r"),
    N_("not allowed with argument %s"), N_("one of the arguments %s is required"),
    N_("expected at most one argument"), N_("unknown parser %(parser_name)r (choices: %(choices)s)"),
)


def _translate_argparse() -> None:
    argparse._ = _  # type: ignore[attr-defined]
    argparse.ngettext = ngettext  # type: ignore[attr-defined]


def _year(text: str) -> int:
    """--year: one year such as 2025."""
    from .inputs.schema import FIRST_YEAR, LAST_YEAR

    if not text.strip().isdigit() or not FIRST_YEAR <= int(text) <= LAST_YEAR:
        raise argparse.ArgumentTypeError(_("expected a year such as 2025, got {value}").format(value=repr(text)))
    return int(text)


def _jobs(text: str) -> int:
    """--jobs: a whole number from 1; more than the processors is lowered to their count (said once)."""
    try:
        jobs = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(_("must be a whole number, got {value}").format(value=repr(text))) from None
    if jobs < 1:
        raise argparse.ArgumentTypeError(_("must be at least 1, got {value}").format(value=jobs))
    cpus = os.cpu_count() or 1
    if jobs > cpus:
        print(_("--jobs {jobs}: this machine has {cpus} processor(s); using {cpus}").format(jobs=jobs, cpus=cpus),
              file=sys.stderr)
        jobs = cpus
    return jobs


class Progress:
    """A one-line progress bar on a terminal; silent when output goes to a file or a pipe."""

    def __init__(self, stream=None) -> None:
        self.stream = sys.stderr if stream is None else stream  # the stream of now, not of when cli was imported
        self.active = self.stream.isatty() and os.environ.get("TERM") != "dumb"

    def __call__(self, done: int, total: int) -> None:
        if not self.active or not total:
            return
        width = 30
        filled = width * done // total
        self.stream.write(f"\r[{'#' * filled}{'.' * (width - filled)}] " + _("{done}/{total} workbooks").format(
            done=done, total=total))
        if done == total:
            self.stream.write("\n")
        self.stream.flush()


# How each status of a result is shown (the status itself stays English: it is a value, not a text).
STATUS_WORDS = {"written": N_("written"), "updated": N_("updated"), "unchanged": N_("unchanged"), "failed": N_("failed"),
                "stale": N_("stale"), "removed": N_("removed"), "note": N_("note")}


def _named_once(path, line: str) -> str:
    """'path: problem', the file named once: a problem that opens with the file's own name (an input's problems
    do: 'spec.toml: TOML syntax error ...', 'invoer.xlsx, Begroting!B5: ...') goes on from the path instead."""
    name = Path(str(path)).name
    if name and line.startswith(name) and line[len(name):len(name) + 1] in (":", ",", " "):
        return f"{path}{line[len(name):]}"
    return f"{path}: {line}"


def _report(results) -> int:
    from .bulk import FAILED, NOTE, REMOVED, STALE, UNCHANGED, UPDATED, WRITTEN

    counts = {status: sum(1 for r in results if r.status == status)
              for status in (WRITTEN, UPDATED, UNCHANGED, FAILED, STALE, REMOVED)}
    # files held back only because another file of their spec was refused: counted and listed apart, once per spec
    held: dict[tuple, int] = {}
    for result in results:
        if result.status == FAILED and getattr(result, "held", False):
            held[(result.spec, result.error)] = held.get((result.spec, result.error), 0) + 1
    failed = counts[FAILED] - sum(held.values())
    extra = _(", {count} not written").format(count=sum(held.values())) if held else ""
    extra += "".join(f", {counts[s]} {_(STATUS_WORDS[s])}" for s in (STALE, REMOVED) if counts[s])
    if counts[UPDATED]:  # files pyengine wrote, untouched since, written again because their input changed
        summary = _("{written} written, {updated} updated, {unchanged} unchanged, {failed} failed").format(
            written=counts[WRITTEN], updated=counts[UPDATED], unchanged=counts[UNCHANGED], failed=failed)
    else:
        summary = _("{written} written, {unchanged} unchanged, {failed} failed").format(
            written=counts[WRITTEN], unchanged=counts[UNCHANGED], failed=failed)
    print(summary + extra)
    for result in results:
        if result.status == NOTE:
            print(f"  {_(STATUS_WORDS[NOTE])}: {result.note}")
        elif result.status in (STALE, REMOVED):
            print(f"  {_(STATUS_WORDS[result.status])}: {result.path}: {result.note}")
        elif result.note:
            print(f"  {_(STATUS_WORDS[NOTE])}: {result.path}: {result.note}")
    for result in results:
        if result.status == FAILED and not getattr(result, "held", False):
            for line in result.error.splitlines() or [""]:  # one line per problem
                print(f"  {_(STATUS_WORDS[FAILED])}: {_named_once(result.path, line)}")
    for (spec, error), count in held.items():
        print("  " + _("{spec}: {count} file(s) {error}").format(spec=spec, count=count, error=error))
    return 1 if counts[FAILED] else 0


def _generate(args) -> int:
    from .bulk import generate

    results = generate(args.specs, args.out, jobs=args.jobs, per_member=args.per_member, key=args.key,
                       force=args.force, keep_going=args.keep_going, template_dir=args.templates, progress=Progress(),
                       remove_stale=args.remove_stale)
    workbooks = [str(r.path) for r in results
                 if r.status in ("written", "updated", "unchanged") and r.path and r.path.suffix == ".xlsx"]
    if args.pdf:  # the outdated PDFs of the workbooks printed below need no word; those of other workbooks do
        results = _without_reprinted_pdfs(results, {Path(w).with_suffix(".pdf") for w in workbooks})
    code = _report(results)
    if args.pdf:
        from .pdf import main as pdf_main

        if workbooks:
            code = max(code, pdf_main(workbooks, force=args.force))
    return code


def _without_reprinted_pdfs(results, reprinted: set) -> list:
    """The results without the notes on outdated PDFs that this run prints again (generate --pdf); the advice
    on how to refresh them goes too when no such note is left."""
    from .bulk import NOTE, PDF

    kept = [r for r in results if not (r.status == NOTE and r.kind == PDF and r.path in reprinted)]
    if not any(r.status == NOTE and r.kind == PDF and r.path.suffix == ".pdf" for r in kept):
        kept = [r for r in kept if not (r.status == NOTE and r.kind == PDF)]
    return kept


def _lite(args) -> int:
    from .errors import InputError, UsageError
    from .lite import write_lite_project

    try:
        written = write_lite_project(args.out, force=args.force)
    except (InputError, OSError) as error:
        print(f"pyengine lite: {error}", file=sys.stderr)
        return 1
    for path in written:
        print(path)
    return 0


def _demo(args) -> int:
    from .bulk import generate

    out = Path(args.out)
    leerhuis = EXAMPLES / "regionaal-leerhuis" / "begrotingswijziging-2021-03.toml"
    others = [EXAMPLES / "midden-limburg-west", EXAMPLES / "holland-rijnland"]
    _print_seed_figures()
    results = generate([leerhuis], out, per_member=True, force=args.force, progress=Progress())
    results += generate(others, out, force=args.force, progress=Progress())
    code = _report(results)
    print("\n" + _("Workbooks in {folder}:").format(folder=out.resolve()))
    for result in results:
        if result.status in ("written", "updated", "unchanged") and result.kind != "bijdrageoverzicht":
            print(f"  {result.path}")
    statements = [r for r in results if r.kind == "bijdrageoverzicht"]
    if statements:
        print(f"  {statements[0].path.parent}/ (" + ngettext(
            "{count} bijdrageoverzicht, one per member", "{count} bijdrageoverzichten, one per member",
            len(statements)).format(count=len(statements)) + ")")
    return code


def _print_seed_figures() -> None:
    """The seed computations as readable tables: what the workbooks contain, in brief. Names are
    printed whole (the columns are as wide as the longest), amounts the way the language writes them."""
    from .core.amendment import compute
    from .core.costs import compute_costs
    from .inputs.spec import amendment_from_spec, costs_from_spec, read_spec

    leerhuis = compute(amendment_from_spec(read_spec(EXAMPLES / "regionaal-leerhuis" / "begrotingswijziging-2021-03.toml")))
    first = leerhuis.years[0]
    total = -first.exact["gemeentelijke_bijdrage"][1]
    print(_("Regionaal Leerhuis (seed 000): {amount} a year split by inhabitants").format(amount=amount(total, 0)))
    total_label = _("total")
    rows = [(name, -first.exact[f"lid:{name}"][1], -first.rounded.shown[f"lid:{name}"][1])
            for name in leerhuis.amendment.member_begroting]
    rows.append((total_label, total, -first.rounded.shown["gemeentelijke_bijdrage"][1]))
    name_width = max(len(name) for name, _euros, _shown in rows)
    euro_width = max(len(number(euros, 2)) for _name, euros, _shown in rows)
    for name, euros, thousands in rows:
        line = f"  {name:<{name_width}}  EUR {number(euros, 2):>{euro_width}}   x 1.000: {number(thousands):>3}"
        if name == total_label:
            line += "   " + _("(the seed printed 26 under 27)")
        print(line)
    for path in (EXAMPLES / "midden-limburg-west" / "kostenverdeling-2018-2022.toml",
                 EXAMPLES / "holland-rijnland" / "projectbegroting-jeugd-2018.toml"):
        result = compute_costs(costs_from_spec(read_spec(path)))
        d = result.distribution
        table = [(total_label, list(result.total))] + [(member, [s[member] for s in result.shares])
                                                      for member in d.key.names]
        name_width = max(len(name) for name, _figures in table)
        width = max([len(number(f, 2)) for _name, figures in table for f in figures] + [4])
        print(f"\n{d.title}")
        print("  " + " " * name_width + "".join(f"  {y:>{width}}" for y in d.years))
        for name, figures in table:
            print(f"  {name:<{name_width}}" + "".join(f"  {number(f, 2):>{width}}" for f in figures))
        if result.capacity_costs:
            print("  " + _("capacity (hours x rate x weeks): {amount}").format(amount=amount(sum(result.capacity_costs))))
    print()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
