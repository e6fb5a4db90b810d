"""The command line (DESIGN.md, "Command line"). Imports the app lazily, only to open it."""

from __future__ import annotations

import atexit
import errno
import gc
import os
import stat
import sys
import time
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from types import SimpleNamespace
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # argparse is imported where a command line is parsed by it (`_parser_class`)
    import argparse

from reviewer import __version__

EXIT_OK, EXIT_FAILED_ON, EXIT_USAGE = 0, 1, 2
EXIT_CLOSED_PIPE = 141  # as a Unix tool that SIGPIPE ends: 128 + 13
EXIT_CANNOT_WRITE = 74  # sysexits.h's EX_IOERR: the output could not be written
# Where writing the output fails for want of room or a working device.
_FULL = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EIO})
SEVERITY_RANK = {"info": 0, "minor": 1, "major": 2}


def seeds_folder() -> Path:
    """The sample articles shipped inside the package."""
    from importlib import resources

    return Path(str(resources.files("reviewer") / "seeds"))


@cache
def _parser_class() -> type[argparse.ArgumentParser]:
    """argparse's parser, with usage errors said in one line (exit 2), without the usage
    block; made at the first parse (`reviewer align SRC TGT` needs none: `_plain_align`)."""
    import argparse

    class _Parser(argparse.ArgumentParser):
        def error(self, message: str):
            self.exit(EXIT_USAGE, f"{self.prog}: {message} (see {self.prog} --help)\n")

    return _Parser


def _say(message: str) -> None:
    """One line on standard error. Messages quote file names and document text, which are
    data: escapes, controls and bidi marks in them are shown as placeholders (sanitize.py)."""
    from reviewer.core.sanitize import sanitize

    print(sanitize(message), file=sys.stderr)


def _fail_on(value: str) -> str:
    """A --fail-on severity. `critical` is a severity reviewers give their errors, not one a
    check gives a finding: refused with that reason rather than never failing."""
    import argparse

    if value == "critical":
        raise argparse.ArgumentTypeError(
            "checks report major, minor or info, never critical (critical is for reviewers' "
            "errors); use --fail-on major"
        )
    if value not in SEVERITY_RANK:
        raise argparse.ArgumentTypeError(f"{value!r}: choose major, minor or info")
    return value


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The whole command line; with `command`, only that subcommand's parser under the top
    level (what parsing `reviewer COMMAND ...` uses: the same parse, the same messages, a
    fifth of the work; argparse sets up a help formatter for every argument it adds)."""
    parser = _parser_class()(
        prog="reviewer",
        description="Review parallel texts side by side, sentence by sentence.",
        epilog="Without a command, `reviewer [PATH ...] [--keys FILE] [--annotations DIR] "
        "[--reviewer NAME]` opens the review app (no PATH: the sample seeds).",
    )
    parser.add_argument("--version", action="version", version=f"reviewer {__version__}")
    app = parser.add_argument_group("the review app: reviewer [PATH ...] [OPTIONS]")
    add_app_options(app)
    add_corpus_options(app)
    commands = parser.add_subparsers(
        dest="command", metavar="COMMAND", parser_class=_parser_class()
    )

    for name, add in _SUBCOMMANDS.items():
        if command is None or name == command:
            add(commands)
    parser.subcommands = commands.choices  # for errors said by the subcommand's parser
    return parser


def _add_check(commands) -> None:
    check = commands.add_parser("check", help="run the whole pipeline headless and print it")
    check.add_argument(
        "paths", nargs="+", metavar="PATH", help="files and folders (.txt, .html, .srt, .vtt)"
    )
    check.add_argument(
        "--format",
        choices=("text", "json", "jsonl"),
        default="text",
        help="jsonl: one group per line as soon as it is checked (for large corpora)",
    )
    check.add_argument(
        "--jobs",
        type=int,
        metavar="N",
        help="worker processes (default: one per core; 1: all in this process)",
    )
    check.add_argument(
        "--cluster",
        nargs="?",
        const="",
        metavar="ADDRESS",
        help="run on the dask.distributed scheduler at ADDRESS (no ADDRESS: a local cluster "
        "of --jobs processes); needs pip install 'reviewer[cluster]'",
    )
    check.add_argument(
        "--fail-on",
        type=_fail_on,
        metavar="{major,minor,info}",
        help="exit 1 on a finding this severe or worse (info: on any finding)",
    )
    check.add_argument(
        "--annotations",
        metavar="DIR",
        help="apply the alignment corrections and leave out the findings dismissed there "
        "(default: PATH/.reviewer/annotations)",
    )
    check.add_argument("--semantic", action="store_true", help=_SEMANTIC_HELP)
    add_corpus_options(check)


def _add_align(commands) -> None:
    align = commands.add_parser(
        "align", help="align two files of one sentence per line; print vecalign-style beads"
    )
    align.add_argument("src", metavar="SRC", nargs="?", help="a file, or a folder of them")
    align.add_argument("tgt", metavar="TGT", nargs="?", help="a file, or a folder of them")
    align.add_argument(
        "--costs", action="store_true", help="end each bead with :COST (lower is surer)"
    )
    align.add_argument(
        "--pairs",
        metavar="FILE",
        help="align every `SRC TGT` line of FILE (tab-separated, or one space) in one process",
    )
    align.add_argument("--semantic", action="store_true", help=_SEMANTIC_HELP)


def _add_export(commands) -> None:
    export = commands.add_parser(
        "export", help="write annotations (toml) or the reviewed text (tmx, tsv, jsonl)"
    )
    export.add_argument(
        "paths", nargs="+", metavar="PATH", help="files and folders (.txt, .html, .srt, .vtt)"
    )
    export.add_argument("--format", choices=("toml", "tmx", "tsv", "jsonl"), default="toml")
    export.add_argument("--output", metavar="FILE", help="write here (default: standard output)")
    export.add_argument(
        "--status", help="only rows with these statuses: ok,issue,reject,none (none: unreviewed)"
    )
    export.add_argument(
        "--annotations",
        metavar="DIR",
        help="annotation folder (default: PATH/.reviewer/annotations)",
    )
    export.add_argument(
        "--alignment",
        choices=("all", "confirmed"),
        default="all",
        help="confirmed: only rows whose alignment the reviewer confirmed or corrected",
    )
    export.add_argument("--with-findings", action="store_true", help="add the automatic findings")
    export.add_argument(
        "--include-boilerplate", action="store_true", help="keep rows that are all boilerplate"
    )
    add_corpus_options(export)


def _add_serve(commands) -> None:
    serve = commands.add_parser(
        "serve", help="open the review app in a browser (needs: pip install 'reviewer[web]')"
    )
    serve.add_argument(
        "paths", nargs="*", metavar="PATH", help="files and folders (.txt, .html, .srt, .vtt)"
    )
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on")
    serve.add_argument("--port", type=int, default=8000, help="port to listen on")
    add_app_options(serve)
    add_corpus_options(serve)


def _add_merge(commands) -> None:
    merge = commands.add_parser(
        "merge", help="combine reviewers' annotation files of one group; agreement (kappa)"
    )
    merge.add_argument("files", nargs="+", metavar="FILE", help="annotation files (.toml)")
    merge.add_argument("--output", metavar="FILE", help="also write the combined file here")
    merge.add_argument(
        "--corpus",
        action="append",
        metavar="PATH",
        help="the corpus the files annotate, to name rows by their number in the app "
        "(default: the folder holding .reviewer/annotations/, when the files are there)",
    )


_SUBCOMMANDS = {
    "check": _add_check,
    "align": _add_align,
    "export": _add_export,
    "serve": _add_serve,
    "merge": _add_merge,
}  # in the order --help lists them


def add_app_options(parser) -> None:
    """The options of the review app (besides the corpus options)."""
    parser.add_argument("--keys", metavar="FILE", help="keybindings.toml overriding the keys")
    parser.add_argument("--annotations", metavar="DIR", help="folder of the annotation files")
    parser.add_argument(
        "--reviewer", default="", metavar="NAME", help="name recorded with each annotation"
    )
    parser.add_argument("--semantic", action="store_true", help=_SEMANTIC_HELP)


def add_corpus_options(parser: argparse.ArgumentParser) -> None:
    """Options every command that reads a corpus shares."""
    parser.add_argument("--encoding", help="decode every file with this encoding")
    parser.add_argument(
        "--lang",
        action="append",
        default=[],
        metavar="FILE=LANG",
        help="set a document's language (FILE as reported, e.g. 001_x.txt=id); repeatable",
    )
    parser.add_argument(
        "--groups", type=Path, metavar="FILE", help="use these translation groups (TOML)"
    )
    parser.add_argument("--pivot", metavar="LANG", help="align every group through LANG")


_SEMANTIC_HELP = (
    "re-decide the aligner's doubtful beads by sentence meaning (slower); "
    "needs pip install 'reviewer[semantic]'"
)


def _semantic_ready(args: argparse.Namespace) -> bool:
    """False (and a message) when --semantic is asked for without the extra installed."""
    if not getattr(args, "semantic", False):
        return True
    from reviewer.core import semantic

    if semantic.available():
        return True
    _say(f"reviewer: --semantic: {semantic.INSTALL_HINT}")
    return False


def corpus_from_args(args: argparse.Namespace, *, report_problems: bool = True):
    """Open the corpus the shared options describe; None (and a message) on a usage error."""
    from reviewer.core.grouping import GroupingFileError
    from reviewer.core.loading import check_encoding
    from reviewer.core.session import open_corpus

    if args.encoding:
        try:
            check_encoding(args.encoding)
        except LookupError as error:
            _say(f"reviewer: --encoding: {error}")
            return None
    languages = {}
    for item in args.lang:
        name, sep, lang = item.rpartition("=")
        if not sep or not name or not lang:
            _say(f"reviewer: --lang {item}: expected FILE=LANG")
            return None
        languages[name] = lang
    missing = [p for p in args.paths if not (Path(p).exists() or Path(p).is_symlink())]
    for path in missing:
        _say(f"reviewer: {path}: no such file or folder")
    if missing:
        return None
    try:
        corpus = open_corpus(
            args.paths,
            encoding=args.encoding,
            languages=languages,
            grouping_file=args.groups,
            pivot=args.pivot,
            jobs=getattr(args, "jobs", None),
            cluster=getattr(args, "client", None),
        )
    except GroupingFileError as error:  # (--encoding was checked above)
        _say(f"reviewer: {error}")
        return None
    from reviewer.core.loading import problem_lines

    if report_problems or not corpus.documents:
        for line in problem_lines(corpus.problems):
            _say(f"reviewer: {line}")
    if not corpus.documents:
        _say("reviewer: no document could be read")
        return None
    # A misspelt --lang FILE would otherwise change nothing, silently.
    known = {doc.path for doc in corpus.documents} | {p.path for p in corpus.problems}
    for name in languages:
        if name not in known:
            example = corpus.documents[0].path
            _say(f"reviewer: --lang {name}: no such document (name it as reported: {example})")
            return None
    if args.pivot and not any(args.pivot in g.members for g in corpus.groups):
        _say(f"reviewer: --pivot {args.pivot}: no group has this language; pivots unchanged")
    if getattr(args, "semantic", False):  # check's and the app's (ready: _semantic_ready)
        from reviewer.core.aligning import AlignOptions

        corpus.align_options = AlignOptions(semantic=True)
    return corpus


def main(argv: Sequence[str] | None = None) -> int:
    # numpy's OpenBLAS starts a thread per core when it is imported (0.04 CPU s of a 0.3 s
    # `check` here, more with more cores); our matrix products are tiny and our parallelism
    # is worker processes (parallel.py), so one thread does, unless the user says otherwise.
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    args_list = list(sys.argv[1:] if argv is None else argv)
    commands = {
        "check": _check,
        "align": _align_command,
        "export": _export,
        "merge": _merge,
        "serve": _serve,
    }
    if not args_list or args_list[0] not in {*commands, "-h", "--help", "--version"}:
        import difflib

        first = args_list[0] if args_list else ""
        close = difflib.get_close_matches(first, commands, n=1, cutoff=0.6)
        if close and not (Path(first).exists() or Path(first).is_symlink()):
            _say(f"reviewer: {first}: no such command or file; did you mean `reviewer {close[0]}`?")
            return EXIT_USAGE
        return _open_app(args_list)
    plain = _plain_align(args_list)
    if plain is not None:
        return _align_command(plain)
    plain = _plain_check(args_list)
    if plain is not None:
        return _check(plain)
    parser = build_parser(args_list[0] if args_list[0] in commands else None)  # None: --help
    args, extra = parser.parse_known_args(args_list)
    if extra:  # said by the subcommand's parser, whose --help lists what it takes
        parser.subcommands[args.command].error(f"unrecognized arguments: {' '.join(extra)}")
    return commands[args.command](args)


_ALIGN_FLAGS = ("--costs", "--semantic")


def _plain_align(args_list: list[str]) -> SimpleNamespace | None:
    """`reviewer align [FLAGS] SRC TGT [FLAGS]` (FLAGS: --costs, --semantic, spelt out) as
    argparse reads it, the same attributes with the same values (tests/test_align_startup.py
    compares them), without argparse: its import and a parser of the command's options cost
    1 % of the instructions of aligning one document. None for any other command line, which
    argparse reads (--pairs, abbreviations, `--`, a path that begins with `-`, --help, errors)."""
    if args_list[:1] != ["align"]:
        return None
    rest = args_list[1:]
    paths = [k for k, token in enumerate(rest) if token not in _ALIGN_FLAGS]
    if len(paths) != 2 or paths[1] != paths[0] + 1:  # (argparse reads `SRC --costs TGT` apart)
        return None
    src, tgt = rest[paths[0]], rest[paths[1]]
    if src.startswith("-") or tgt.startswith("-"):
        return None
    return SimpleNamespace(
        **_top_level_defaults(semantic="--semantic" in rest),
        command="align",
        src=src,
        tgt=tgt,
        costs="--costs" in rest,
        pairs=None,
    )


def _top_level_defaults(*, semantic: bool) -> dict:
    """The top level's options as argparse sets them where none is given (`build_parser`:
    add_app_options, add_corpus_options), in its order."""
    return {
        "keys": None,
        "annotations": None,
        "reviewer": "",
        "semantic": semantic,
        "encoding": None,
        "lang": [],
        "groups": None,
        "pivot": None,
    }


_CHECK_FORMATS = ("text", "json", "jsonl")


def _plain_check(args_list: list[str]) -> SimpleNamespace | None:
    """`reviewer check PATH ... [--format FORMAT] [--jobs N]` (spelt out, each option once, its
    value as the next word) as argparse reads it, the same attributes in the same order with
    the same values (tests/test_check_startup.py compares them), without argparse: its
    import, its translations looked up for every message it may say, and a parser of the
    command's options cost 2 % of the instructions of checking the seeds. None for any other
    command line, which argparse reads (errors and --help included)."""
    if args_list[:1] != ["check"]:
        return None
    paths: list[str] = []
    options: dict[str, str] = {}
    options_before_paths = 0
    rest = iter(args_list[1:])
    for token in rest:
        if token in ("--format", "--jobs") and token not in options:
            options[token] = next(rest, "")
        elif token.startswith("-") or (paths and len(options) > options_before_paths):
            return None  # (argparse reads PATHs apart, `a --jobs 2 b`, as an error)
        else:
            if not paths:
                options_before_paths = len(options)
            paths.append(token)
    form, jobs = options.get("--format", "text"), options.get("--jobs", "0")
    if not paths or form not in _CHECK_FORMATS or not (jobs.isascii() and jobs.isdigit()):
        return None
    return SimpleNamespace(
        **_top_level_defaults(semantic=False),
        command="check",
        paths=paths,
        format=form,
        jobs=int(jobs) if "--jobs" in options else None,
        cluster=None,
        fail_on=None,
    )


def run() -> int:
    """The `reviewer` script and `python -m reviewer`: `main`, then, after `align` or `check`,
    the end of the process without the interpreter's teardown, which frees every object one
    by one (the aligner's caches hold a few hundred thousand: 3 % of the instructions of one
    `align`, 6 % of `check seeds`; a checked corpus's documents and segments more). Output is
    flushed and the exit handlers run first (the pattern store is written as at any end, and
    multiprocessing's handler joins its children); where a flush fails (a closed pipe) the
    ordinary exit says so, as before.

    A reader that goes away (`reviewer check DIR | head`) ends the command quietly, with
    EXIT_CLOSED_PIPE, instead of a traceback: what it had not read is not wanted."""
    try:
        status = main()
    except BrokenPipeError:
        # Later writes (the flush at exit) would fail again: they go nowhere now.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_CLOSED_PIPE
    except OSError as error:
        if error.errno not in _FULL:
            raise
        # A full disk or a failing device under the output: said in one line, not a traceback
        # (`reviewer check DIR > report.json` on a full disk); the report is incomplete.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        _say(f"reviewer: cannot write the output: {error.strerror or error}")
        return EXIT_CANNOT_WRITE
    if sys.argv[1:2] in (["align"], ["check"]):
        try:
            sys.stdout.flush()
            sys.stderr.flush()
        except (OSError, ValueError):
            return status
        atexit._run_exitfuncs()
        os._exit(status)
    return status


def _check(args: argparse.Namespace) -> int:
    if args.jobs is not None and args.jobs < 1:
        _say(f"reviewer: --jobs {args.jobs}: expected a number of processes, 1 or more")
        return EXIT_USAGE
    if not _semantic_ready(args):
        return EXIT_USAGE
    args.client = None
    if args.cluster is not None:
        from reviewer.core import parallel

        try:
            args.client = parallel.connect(args.cluster or None, jobs=args.jobs)
        except ImportError:
            _say("reviewer: --cluster needs the cluster extra: pip install 'reviewer[cluster]'")
            return EXIT_USAGE
        except (OSError, TimeoutError, ValueError) as error:
            _say(f"reviewer: --cluster {args.cluster}: cannot connect: {error}")
            return EXIT_USAGE
        try:
            return _check_corpus(args)
        finally:
            parallel.close(args.client)
    return _check_corpus(args)


def _check_corpus(args: argparse.Namespace) -> int:
    from reviewer.core import parallel

    # The pipeline's modules (numpy, regex, rapidfuzz and ours: half of `check seeds`'s
    # instructions) make tens of thousands of objects that live to the end and no garbage:
    # the collector's passes over them were 4 % of those imports (callgrind).
    with parallel.collector_paused():
        from reviewer.core import dismissals, persistence, report

    corpus = corpus_from_args(args)
    if corpus is None:
        return EXIT_USAGE
    folder = Path(args.annotations) if args.annotations else persistence.default_folder(args.paths)
    # Groups are written as they are checked, never held all at once (report.py).
    worst = [-1]
    # Looked at once, as `_corrected` does: a path and a stat per group were 0.3 s of the
    # parent's time at 10,000 documents, for a folder that most corpora do not have.
    annotated = folder.is_dir()

    def checked():
        for group in _corrected(corpus.iter_aligned(), args):
            if group.error:  # its findings are unknown: --fail-on fails, whatever the level
                paths = ", ".join(group.documents[lang].path for lang in group.languages)
                _say(f"reviewer: group {group.group.id} ({paths}) {group.error}; the rest go on")
                worst[0] = max(SEVERITY_RANK.values())
            if annotated:  # findings judged false alarms: out
                group = dismissals.apply_folder([group], folder)[0]
            for row in group.findings:
                for f in row:
                    worst[0] = max(worst[0], SEVERITY_RANK.get(f.severity, 0))
            yield group

    start = time.perf_counter()
    if args.format == "text":
        write = _writer(encoding=None)
        for part in report.text_parts(corpus, checked()):
            write(part)
    else:
        from reviewer.core.sanitize import escape_unsafe

        stream = report.write_json if args.format == "json" else report.write_jsonl
        write = _writer(encoding="utf-8")
        # Controls as \u009b: nothing raw to a terminal (one code point at a time, so escaping
        # each part is escaping the whole).
        stream(corpus, checked(), lambda part: write(escape_unsafe(part, "json")))
    sys.stdout.flush()
    corpus.timings["report"] = time.perf_counter() - start - corpus.timings.get("align+check", 0)
    if os.environ.get("REVIEWER_TIMINGS"):  # bench/check_scale.py reads these
        for stage, seconds in corpus.timings.items():
            print(f"timing {stage} {seconds:.3f}", file=sys.stderr)
    if args.fail_on and worst[0] >= SEVERITY_RANK[args.fail_on]:
        return EXIT_FAILED_ON
    return EXIT_OK


def _corrected(aligned, args: argparse.Namespace):
    """Each group with the reviewer's alignment corrections from the annotation folder."""
    from reviewer.core import persistence

    folder = Path(args.annotations) if args.annotations else persistence.default_folder(args.paths)
    if not folder.is_dir():
        yield from aligned
        return
    from reviewer.core import attaching  # only here: its imports cost a check 0.07 s

    for group in aligned:
        try:
            group, notices = attaching.apply_folder(group, folder)
        except persistence.AnnotationFileError as error:  # a newer schema: left alone
            notices = [str(error)]
        for notice in notices:
            _say(f"reviewer: {notice}")
        yield group


def _writer(*, encoding: str | None):
    """A function writing text to standard output in `encoding` (None: the terminal's own),
    whatever it holds. What the encoding cannot carry becomes a backslash escape, never a
    traceback: for JSON (always UTF-8) that is only the lone surrogates of a file name that is
    not UTF-8, and `\\udcff` is the JSON escape that reads back to the same string."""
    stream = getattr(sys.stdout, "buffer", None)
    if stream is None:
        return sys.stdout.write
    sys.stdout.flush()
    codec = encoding or sys.stdout.encoding or "utf-8"
    return lambda text: stream.write(text.encode(codec, "backslashreplace"))


def _arrays_in_the_heap() -> None:
    """glibc gives a freed block of 128 KiB or more back to the system at once (mmap), and
    the aligner's search allocates and frees such arrays by the thousand: 7,000 of the 18,000
    page faults of aligning one Text+Berg document, and a sixth of its time in the kernel.
    With higher thresholds they stay in the heap and are reused (a short-lived command: the
    memory goes back when it ends). Where the C library has no `mallopt` (not glibc), nothing
    changes."""
    try:
        import ctypes

        mallopt = ctypes.CDLL(None).mallopt
    except (ImportError, OSError, AttributeError):
        return
    mallopt(-3, 64 << 20)  # M_MMAP_THRESHOLD: blocks up to 64 MiB come from the heap
    mallopt(-1, 128 << 20)  # M_TRIM_THRESHOLD: keep up to 128 MiB freed at its top


def _align_command(args: argparse.Namespace) -> int:
    """One pair, or many (--pairs FILE, or two folders) in one process: a `# SRC<TAB>TGT`
    line, then that pair's beads, for each pair in turn.

    The cyclic garbage collector is off meanwhile: the imports and the aligner's hundred
    thousand small sets and tuples set it off again and again (2 % of one pair's
    instructions), and the aligner makes no reference cycles for it to find
    (tests/test_align_many.py)."""
    collecting = gc.isenabled()
    gc.disable()
    _arrays_in_the_heap()
    try:
        return _align_pairs(args)
    finally:
        if collecting:
            gc.enable()


def _align_pairs(args: argparse.Namespace) -> int:
    if args.pairs and (args.src or args.tgt):
        _say("reviewer: align: give SRC TGT or --pairs FILE, not both")
        return EXIT_USAGE
    if not args.pairs and not (args.src and args.tgt):
        _say("reviewer: align: expected SRC TGT (two files or two folders) or --pairs FILE")
        return EXIT_USAGE
    if not _semantic_ready(args):
        return EXIT_USAGE
    if not args.pairs and not (Path(args.src).is_dir() or Path(args.tgt).is_dir()):
        return _align(args)
    try:
        pairs = _pairs_file(Path(args.pairs)) if args.pairs else _folder_pairs(args.src, args.tgt)
    except (OSError, UnicodeDecodeError, ValueError) as error:
        _say(f"reviewer: {args.pairs or args.src}: {error}")
        return EXIT_USAGE
    status = EXIT_OK
    for src, tgt in pairs:
        sys.stdout.write(f"# {_sanitized(src)}\t{_sanitized(tgt)}\n")
        one = type(args)(**{**vars(args), "src": src, "tgt": tgt, "pairs": None})
        status = max(status, _align(one))  # a pair that cannot be read is said and skipped
    return status


def _sanitized(text: str) -> str:
    from reviewer.core.sanitize import sanitize

    return sanitize(text)


def _pairs_file(path: Path) -> list[tuple[str, str]]:
    """The `SRC TGT` lines of a list file (relative paths are taken from its folder)."""
    pairs = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t") if "\t" in line else line.split(" ")
        if len(parts) != 2 or not all(parts):
            raise ValueError(f"line {number}: expected SRC and TGT separated by a tab or a space")
        pairs.append(tuple(str(path.parent / part) for part in parts))
    return pairs


def _folder_pairs(src: str, tgt: str) -> list[tuple[str, str]]:
    """The files of the same name in two folders, in name order."""
    for folder in (src, tgt):
        if not Path(folder).is_dir():
            raise ValueError(f"{folder} is not a folder (give two folders or two files)")
    names = sorted(p.name for p in Path(src).iterdir() if p.is_file())
    pairs = [(str(Path(src) / n), str(Path(tgt) / n)) for n in names if (Path(tgt) / n).is_file()]
    if not pairs:
        raise ValueError(f"no file has the same name in {src} and {tgt}")
    return pairs


def _align(args: argparse.Namespace) -> int:
    from reviewer.core import language
    from reviewer.core.aligning import AlignOptions, align_pair_costs, format_bead

    sides = []
    for path in (args.src, args.tgt):
        try:
            sides.append(_sentence_lines(Path(path)))
        except (OSError, UnicodeDecodeError, ValueError) as error:
            reason = (
                "no such file or folder"
                if isinstance(error, FileNotFoundError)
                else f"cannot read: {error.strerror or error}"
                if isinstance(error, OSError)
                else error
            )
            _say(f"reviewer: {path}: {reason}")
            return EXIT_USAGE
    # The languages only choose number conventions (decimal comma or point), so a sample does.
    langs = [language.identify_document("\n".join(side)[:5000])[0] for side in sides]
    langs = [None if lang == language.UNDETERMINED else lang for lang in langs]
    options = AlignOptions(semantic=getattr(args, "semantic", False))
    beads, costs = align_pair_costs(
        sides[0], sides[1], src_lang=langs[0], tgt_lang=langs[1], options=options
    )
    # one write for the pair (a `print` a bead was a write call each, two unbuffered)
    ends = (f":{cost:.4f}\n" for cost in costs) if args.costs else ("\n" for _ in costs)
    sys.stdout.write("".join(map(str.__add__, map(format_bead, beads), ends)))
    return EXIT_OK


def _sentence_lines(path: Path) -> list[str]:
    """The lines of an `align` input: a regular UTF-8 text file. A FIFO or device is refused
    before it is opened (reading one blocks for ever), and NUL bytes mean binary."""
    import stat

    if not stat.S_ISREG(path.stat().st_mode):
        raise ValueError("not a regular file")
    data = path.read_bytes()
    if b"\x00" in data:
        raise ValueError("binary (NUL bytes), not text")
    # Lines end at LF (CRLF) only, as other tools count them: str.splitlines would also cut at
    # U+0085, U+2028, form feed ..., and the bead numbers would no longer be line numbers.
    lines = data.decode("utf-8-sig").split("\n")
    if lines[-1] == "":
        lines.pop()
    return [line.removesuffix("\r") for line in lines]


def _export(args: argparse.Namespace) -> int:
    from reviewer.core import export, persistence

    try:
        statuses = export.parse_statuses(args.status)
    except ValueError as error:
        _say(f"reviewer: --status: {error}")
        return EXIT_USAGE
    corpus = corpus_from_args(args)
    if corpus is None:
        return EXIT_USAGE
    folder = Path(args.annotations) if args.annotations else persistence.default_folder(args.paths)
    if args.annotations:  # a mistyped folder would export every row as unreviewed, silently
        if not folder.is_dir():
            what = "is not a folder" if folder.exists() else "no such folder"
            _say(f"reviewer: --annotations {args.annotations}: {what}")
            return EXIT_USAGE
        if not any(folder.glob("*.toml")):
            _say(
                f"reviewer: warning: --annotations {args.annotations} holds no annotation "
                "files; every row is exported as unreviewed"
            )
    try:
        stores, notices = export.open_stores(corpus, folder)
        text = export.export(
            stores,
            args.format,
            statuses=statuses,
            with_findings=args.with_findings,
            include_boilerplate=args.include_boilerplate,
            alignment=args.alignment,
        )
    except (persistence.AnnotationFileError, OSError) as error:  # OSError: --annotations FILE
        _say(f"reviewer: {error}")
        return EXIT_USAGE
    for notice in notices:
        _say(f"reviewer: {notice}")
    return _write_output(text, args.output)


def _merge(args: argparse.Namespace) -> int:
    from reviewer.core import merge, persistence

    try:
        result = merge.combine_paths([Path(f) for f in args.files])
    except (OSError, ValueError, persistence.AnnotationFileError) as error:
        _say(f"reviewer: {error}")
        return EXIT_USAGE
    aligned = _merged_group(result.file, [Path(f) for f in args.files], args.corpus)
    if aligned is not None:
        result = merge.number_rows(result, aligned)
    sys.stdout.write(merge.format_report(result))
    if args.output:
        return _write_output(persistence.dumps(result.file).decode("utf-8"), args.output)
    return EXIT_OK


def _merged_group(file, paths: list[Path], corpus_paths: list[str] | None):
    """The group of a merged file aligned as the app aligns it, to number its rows: from
    --corpus, else from the corpus folder above a default `.reviewer/annotations/` folder.
    None (rows then named by anchor) when there is no corpus or it lacks the group."""
    from reviewer.core.session import open_corpus

    if not corpus_paths:
        folder = paths[0].resolve().parent
        if folder.name != "annotations" or folder.parent.name != ".reviewer":
            return None
        corpus_paths = [str(folder.parent.parent)]
    try:
        corpus = open_corpus(corpus_paths)
    except (OSError, ValueError, LookupError) as error:
        _say(f"reviewer: --corpus: {error}")
        return None
    group = next((g for g in corpus.groups if g.id == file.group), None)
    if group is None:
        _say(f"reviewer: --corpus: no group {file.group} there; rows are named by anchor")
        return None
    return corpus.aligned(group, file.pivot if file.pivot in group.members else group.pivot)


_STANDARD_STREAMS = {"-": 1, "/dev/stdout": 1, "/dev/fd/1": 1, "/dev/stderr": 2, "/dev/fd/2": 2}


def _write_output(text: str, output: str | None) -> int:
    """To FILE atomically, or to standard output as UTF-8 whatever the locale says.

    `--output` names a file to replace, in a folder that exists (a mistyped folder is an
    error, not created). Anything else that exists there (a device such as /dev/null, a FIFO,
    a terminal) is opened and written to, never replaced; `-` and /dev/stdout are standard
    output itself (opening /dev/stdout anew would write from the start of a file that `>>`
    appends to)."""
    from reviewer.core import persistence

    data = text.encode("utf-8")
    stream_fd = _STANDARD_STREAMS.get(output or "-")
    if stream_fd is not None:
        stream = sys.stdout if stream_fd == 1 else sys.stderr
        stream.flush()
        raw = getattr(stream, "buffer", None)
        if raw is not None:
            raw.write(data)
            raw.flush()
        else:
            stream.write(text)
        return EXIT_OK
    path = Path(output)
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        mode = None
    except OSError as error:
        _say(f"reviewer: --output {output}: cannot write: {error.strerror or error}")
        return EXIT_USAGE
    if mode is not None and stat.S_ISDIR(mode):
        _say(f"reviewer: --output {output}: is a folder; name a file")
        return EXIT_USAGE
    if mode is not None and not stat.S_ISREG(mode):
        try:  # a device, FIFO or terminal: write to it as it is
            with open(path, "wb") as handle:
                handle.write(data)
        except OSError as error:
            _say(f"reviewer: --output {output}: cannot write: {error.strerror or error}")
            return EXIT_USAGE
        return EXIT_OK
    if not os.path.isdir(os.path.dirname(os.path.realpath(path))):
        _say(f"reviewer: --output {output}: the folder {path.parent} does not exist")
        return EXIT_USAGE
    try:
        persistence.write_atomic(path, data)
    except persistence.SaveError as error:  # nothing was held in memory: say only why
        _say(f"reviewer: --output {output}: could not write: {error.reason}")
        return EXIT_USAGE
    return EXIT_OK


def _open_app(args_list: list[str]) -> int:
    parser = _parser_class()(prog="reviewer", description="Open the review app.")
    parser.add_argument(
        "paths", nargs="*", metavar="PATH", help="files and folders (.txt, .html, .srt, .vtt)"
    )
    add_app_options(parser)
    add_corpus_options(parser)
    args = parser.parse_args(args_list)
    from reviewer.core.annotations import reviewer_name
    from reviewer.core.config import ConfigError, config_reviewer_name
    from reviewer.core.keymap import KeymapError, load_user_keymap

    if not _semantic_ready(args):
        return EXIT_USAGE
    try:  # the user's files first: a mistake in them is said before the corpus loads
        keymap = load_user_keymap(args.keys)
        name = reviewer_name(args.reviewer, config_reviewer_name())
    except (KeymapError, ConfigError) as error:
        _say(f"reviewer: {error}")
        return EXIT_USAGE
    args.paths = args.paths or [str(seeds_folder())]
    corpus = corpus_from_args(args, report_problems=False)
    if corpus is None:
        return EXIT_USAGE
    from reviewer.core.persistence import default_folder
    from reviewer.tui.app import ReviewerApp  # lazily: `check` and `align` never load textual

    folder = Path(args.annotations) if args.annotations else default_folder(args.paths)
    app = ReviewerApp(corpus, keymap=keymap, reviewer=name, annotations=folder)
    try:
        app.run()
    finally:
        for problem in app.last_chance_save():  # unsaved only if the app did not quit normally
            _say(f"reviewer: {problem}")
        app.close_stores()
    from reviewer.core.loading import problem_lines

    for line in problem_lines(corpus.problems):  # after the app: on screen they vanish
        _say(f"reviewer: {line}")
    return EXIT_OK


def _serve(args: argparse.Namespace) -> int:
    """The same app through textual-serve: each browser tab runs `reviewer PATH ...` on this
    machine; the app's export becomes a download in the browser."""
    try:
        from textual_serve.server import Server
    except ImportError:
        _say("reviewer serve needs textual-serve: pip install 'reviewer[web]'")
        return EXIT_USAGE
    import shlex

    forwarded = [str(Path(p).resolve()) for p in args.paths]
    for option in ("keys", "annotations", "encoding", "groups", "pivot"):
        value = getattr(args, option)
        if value:
            forwarded += [
                f"--{option}",
                str(Path(value).resolve())
                if option in ("keys", "annotations", "groups")
                else str(value),
            ]
    for lang in args.lang:
        forwarded += ["--lang", lang]
    if args.reviewer:
        forwarded += ["--reviewer", args.reviewer]
    if args.semantic:
        forwarded.append("--semantic")
    command = shlex.join([sys.executable, "-m", "reviewer", *forwarded])
    print(f"reviewer: serving on http://{args.host}:{args.port} (ctrl+c stops)", file=sys.stderr)
    Server(command, host=args.host, port=args.port, title="reviewer").serve()
    return EXIT_OK
