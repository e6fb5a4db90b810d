"""The command line (DESIGN.md, "Command line"). Imports the app lazily, only to open it."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from importlib import resources
from pathlib import Path

from reviewer import __version__

EXIT_OK, EXIT_FAILED_ON, EXIT_USAGE = 0, 1, 2
SEVERITY_RANK = {"info": 0, "minor": 1, "major": 2}


def seeds_folder() -> Path:
    """The sample articles shipped inside the package."""
    return Path(str(resources.files("reviewer") / "seeds"))


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="reviewer",
        description="Review parallel texts side by side, sentence by sentence.",
        epilog="Without a command, `reviewer [PATH ...] [--keys FILE] [--annotations DIR] "
        "[--reviewer NAME]` opens the review app (no PATH: the sample seeds).",
    )
    parser.add_argument("--version", action="version", version=f"reviewer {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    check = commands.add_parser("check", help="run the whole pipeline headless and print it")
    check.add_argument("paths", nargs="+", metavar="PATH", help="files and folders (.txt)")
    check.add_argument("--format", choices=("text", "json"), default="text")
    check.add_argument(
        "--fail-on", choices=("major", "minor"), help="exit 1 on a finding this severe or worse"
    )
    check.add_argument("--encoding", help="decode every file with this encoding")

    align = commands.add_parser(
        "align", help="align two files of one sentence per line; print vecalign-style beads"
    )
    align.add_argument("src", metavar="SRC")
    align.add_argument("tgt", metavar="TGT")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    if not args_list or args_list[0] not in {"check", "align", "-h", "--help", "--version"}:
        return _open_app(args_list)
    args = parser.parse_args(args_list)
    if args.command == "check":
        return _check(args)
    if args.command == "align":
        return _align(args)
    parser.print_help()
    return EXIT_USAGE


def _check(args: argparse.Namespace) -> int:
    from reviewer.core import report
    from reviewer.core.session import open_corpus

    missing = [p for p in args.paths if not Path(p).exists()]
    for path in missing:
        print(f"reviewer: {path}: no such file or folder", file=sys.stderr)
    corpus = open_corpus([p for p in args.paths if p not in missing], encoding=args.encoding)
    for problem in corpus.problems:
        print(f"reviewer: skipped {problem}", file=sys.stderr)
    if not corpus.documents:
        print("reviewer: no document could be read", file=sys.stderr)
        return EXIT_USAGE
    aligned = [corpus.aligned(group) for group in corpus.groups]
    if args.format == "json":
        json.dump(report.to_json(corpus, aligned), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(report.to_text(corpus, aligned))
    if args.fail_on:
        threshold = SEVERITY_RANK[args.fail_on]
        if any(
            SEVERITY_RANK.get(f.severity, 0) >= threshold
            for a in aligned
            for row in a.findings
            for f in row
        ):
            return EXIT_FAILED_ON
    return EXIT_OK


def _align(args: argparse.Namespace) -> int:
    from reviewer.core.aligning import align_pair, format_bead

    sides = []
    for path in (args.src, args.tgt):
        try:
            sides.append(Path(path).read_text(encoding="utf-8").splitlines())
        except (OSError, UnicodeDecodeError) as error:
            print(f"reviewer: {path}: {error}", file=sys.stderr)
            return EXIT_USAGE
    for bead in align_pair(sides[0], sides[1]):
        print(format_bead(bead))
    return EXIT_OK


def _open_app(args_list: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="reviewer", description="Open the review app.")
    parser.add_argument("paths", nargs="*", metavar="PATH", help="files and folders (.txt)")
    parser.add_argument("--keys", metavar="FILE", help="keybindings.toml overriding the keys")
    parser.add_argument("--annotations", metavar="DIR", help="folder of the annotation files")
    parser.add_argument("--reviewer", default="", help="name recorded with each annotation")
    parser.add_argument("--encoding", help="decode every file with this encoding")
    args = parser.parse_args(args_list)
    from reviewer.core.keymap import KeymapError, load_user_keymap
    from reviewer.core.session import open_corpus

    try:
        keymap = load_user_keymap(args.keys)
    except KeymapError as error:
        print(f"reviewer: {error}", file=sys.stderr)
        return EXIT_USAGE
    paths = args.paths or [str(seeds_folder())]
    missing = [p for p in paths if not Path(p).exists()]
    for path in missing:
        print(f"reviewer: {path}: no such file or folder", file=sys.stderr)
    corpus = open_corpus([p for p in paths if p not in missing], encoding=args.encoding)
    if not corpus.documents:
        print("reviewer: no document could be read", file=sys.stderr)
        return EXIT_USAGE
    from reviewer.tui.app import ReviewerApp  # lazily: `check` and `align` never load textual

    ReviewerApp(corpus, keymap=keymap, reviewer=args.reviewer).run()
    for problem in corpus.problems:
        print(f"reviewer: skipped {problem}", file=sys.stderr)
    return EXIT_OK
