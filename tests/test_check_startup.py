"""`reviewer check seeds` starts without what it does not use (issue 13: under 0.3 s): with its
caches warm it imports neither `regex`'s pure-Python compiler (the patterns come from the
store), nor tomllib (the data files' tables are kept; annotation and grouping files are read
only where there are some), nor OpenSSL's hashlib (the digests are CPython's own SHA-256),
nor py3langid's module with its logging and temporary files (language.py scores with the
model's arrays itself); and what it writes is the same with the caches cold or warm."""

import os
import subprocess
import sys

import pytest

from reviewer import cli

_PROBE = """
import contextlib, io, sys
from reviewer.cli import main
with contextlib.redirect_stdout(io.StringIO()) as out:
    main(['check', {seeds!r}, '--format', 'json'])
sys.stderr.write(out.getvalue())
print(','.join(sorted(sys.modules)))
"""


def test_a_warm_check_of_the_seeds_imports_no_compiler_no_toml_no_openssl(seeds, tmp_path):
    env = {
        **os.environ,
        "REVIEWER_CACHE_DIR": str(tmp_path / "cache"),
        "REVIEWER_DATA_DIR": str(tmp_path / "data"),
    }
    code = _PROBE.format(seeds=str(seeds))
    runs = []
    for _ in range(2):  # the first run fills the caches; the second reads them
        result = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
        )
        runs.append((set(result.stdout.strip().split(",")), result.stderr))
    (first, cold), (second, warm) = runs
    assert "regex" in first  # the probe sees the compiler where patterns had to be compiled
    assert warm == cold and '"groups"' in warm
    assert "reviewer.core.checks" in second and "regex._regex" in second
    heavy = {"regex", "regex._main", "regex._regex_core", "tomllib", "hashlib", "_hashlib"}
    heavy |= {"py3langid.langid", "logging", "tempfile"}  # language.py scores by itself
    assert second & heavy == set()


@pytest.mark.parametrize(
    "argv",
    [
        ["check", "seeds"],
        ["check", "seeds", "--format", "json"],
        ["check", "--format", "jsonl", "a", "b c", ""],
        ["check", "--jobs", "2", "a", "b", "--format", "text"],
        ["check", "--jobs", "0", "ünïcode.txt"],
        ["check", "a", "--format", "json", "--jobs", "17"],
    ],
)
def test_a_plain_check_command_line_reads_as_argparse_reads_it(argv):
    plain = cli._plain_check(argv)
    parsed, extra = cli.build_parser("check").parse_known_args(argv)
    assert extra == []
    assert list(vars(plain).items()) == list(vars(parsed).items())


@pytest.mark.parametrize(
    "argv",
    [
        ["check"],
        ["check", "--format", "json"],  # no PATH: argparse says so
        ["check", "a", "--format", "xml"],
        ["check", "a", "--jobs", "2", "b"],  # PATHs apart: argparse's error
        ["check", "a", "--format"],
        ["check", "a", "--format", "json", "--format", "text"],  # argparse keeps the last
        ["check", "a", "--format=json"],
        ["check", "a", "--form", "json"],  # an abbreviation: argparse's to expand
        ["check", "a", "--jobs", "-1"],
        ["check", "a", "--jobs", "٣"],  # int() reads Arabic-Indic digits; argparse's to say
        ["check", "a", "--jobs", "two"],
        ["check", "a", "--fail-on", "major"],
        ["check", "a", "--semantic"],
        ["check", "--", "a"],
        ["check", "-x.txt"],
        ["check", "a", "--help"],
        ["align", "a", "b"],
        [],
    ],
)
def test_any_other_check_command_line_is_left_to_argparse(argv):
    assert cli._plain_check(argv) is None
