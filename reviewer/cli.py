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


class _Parser(argparse.ArgumentParser):
    """argparse, with usage errors said in one line (exit 2), without the usage block."""

    def error(self, message: str):
        self.exit(EXIT_USAGE, f"{self.prog}: {message} (see {self.prog} --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="reviewer",
        description="Review parallel texts side by side, sentence by sentence.",
    )
    parser.add_argument("--version", action="version", version=f"reviewer {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    check = commands.add_parser("check", help="run the whole pipeline headless and print it")
    check.add_argument("paths", nargs="+", metavar="PATH", help="files and folders (.txt)")
    check.add_argument("--format", choices=("text", "json"), default="text")
    check.add_argument(
        "--fail-on", choices=("major", "minor"), help="exit 1 on a finding this severe or worse"
    )
    add_corpus_options(check)

    align = commands.add_parser(
        "align", help="align two files of one sentence per line; print vecalign-style beads"
    )
    align.add_argument("src", metavar="SRC")
    align.add_argument("tgt", metavar="TGT")
    return parser


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


def corpus_from_args(args: argparse.Namespace):
    """Open the corpus the shared options describe; None (and a message) on a usage error."""
    from reviewer.core.grouping import GroupingFileError
    from reviewer.core.session import open_corpus

    from reviewer.core.loading import check_encoding

    if args.encoding:
        try:
            check_encoding(args.encoding)
        except LookupError as error:
            print(f"reviewer: --encoding: {error}", file=sys.stderr)
            return None
    languages = {}
    for item in args.lang:
        name, sep, lang = item.rpartition("=")
        if not sep or not name or not lang:
            print(f"reviewer: --lang {item}: expected FILE=LANG", file=sys.stderr)
            return None
        languages[name] = lang
    missing = [p for p in args.paths if not (Path(p).exists() or Path(p).is_symlink())]
    for path in missing:
        print(f"reviewer: {path}: no such file or folder", file=sys.stderr)
    if missing:
        return None
    try:
        corpus = open_corpus(
            args.paths,
            encoding=args.encoding,
            languages=languages,
            grouping_file=args.groups,
            pivot=args.pivot,
        )
    except (GroupingFileError, LookupError) as error:
        print(f"reviewer: {error}", file=sys.stderr)
        return None
    for problem in corpus.problems:
        print(f"reviewer: skipped {problem}", file=sys.stderr)
    if not corpus.documents:
        print("reviewer: no document could be read", file=sys.stderr)
        return None
    return corpus


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

    corpus = corpus_from_args(args)
    if corpus is None:
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


def _open_app(paths: list[str]) -> int:
    print("reviewer: the review app is not built yet; try `reviewer check seeds`", file=sys.stderr)
    return EXIT_USAGE
