"""`reviewer align` starts without `regex`'s pure-Python compiler (issue 13: within 3 times
hunalign's wall time as a whole process): the patterns come from the store, run by regex's C
engine loaded alone (pattern_cache.py), and the flags, `escape`, `findall` and `fullmatch`
the modules need are pattern_cache's own."""

import os
import pickle
import subprocess
import sys

import pytest
import regex

from reviewer import cli
from reviewer.core import pattern_cache

_PROBE = """
import contextlib, io, sys
from reviewer.cli import main
with contextlib.redirect_stdout(io.StringIO()) as out:
    main(['align', {src!r}, {tgt!r}])
assert out.getvalue().count('\\n') == 3, out.getvalue()
print(','.join(sorted(sys.modules)))
"""


def test_align_with_its_patterns_kept_imports_no_regex_compiler(tmp_path):
    src, tgt = tmp_path / "a.de", tmp_path / "a.fr"
    src.write_text(
        "Der Bericht kam am 12. März 2024.\nZürich zahlte 1.500 Franken.\n"
        "Im 19. Jahrhundert stieg er auf zwölf Gipfel.\n"
    )
    tgt.write_text(
        "Le rapport est arrivé le 12 mars 2024.\nZurich a payé 1500 francs.\n"
        "Au XIXe siècle, il gravit douze sommets.\n"
    )
    env = {**os.environ, "REVIEWER_CACHE_DIR": str(tmp_path / "cache")}
    code = _PROBE.format(src=str(src), tgt=str(tgt))
    runs = []
    for _ in range(2):  # the first run compiles and keeps the patterns; the second reads them
        result = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
        )
        runs.append(set(result.stdout.strip().split(",")))
    first, second = runs
    assert "regex" in first  # the probe sees the compiler where patterns had to be compiled
    assert "regex._regex" in second and "reviewer.core.aligning" in second
    heavy = {"regex", "regex._main", "regex._regex_core", "textual", "rich", "argparse"}
    assert second & heavy == set()


def test_regex_imported_after_the_engine_uses_the_same_engine(tmp_path):
    """A start that read its patterns with the engine alone and then needs `regex` (a pattern
    not kept yet): one engine, whose patterns the package compiles, pickles and knows."""
    env = {**os.environ, "REVIEWER_CACHE_DIR": str(tmp_path / "cache")}
    warm = "from reviewer.core import number_reader"
    subprocess.run([sys.executable, "-c", warm], check=True, env=env)
    code = (
        "import pickle, sys\n"
        "from reviewer.core import number_reader, pattern_cache\n"
        "assert 'regex' not in sys.modules and 'regex._regex' in sys.modules\n"
        "import regex\n"
        "kept = number_reader._NUMBER\n"
        "assert isinstance(kept, regex.Pattern) and type(kept) is type(regex.compile('a'))\n"
        "assert pattern_cache.regex._regex is sys.modules['regex._regex']\n"
        "again = pickle.loads(pickle.dumps(kept))\n"
        "assert again.pattern == kept.pattern\n"
        "text = 'Zürich zahlte 1.500 Franken und 12 Euro.'\n"
        "print([m.group(1) for m in kept.finditer(text)])\n"
        "print(regex.sub(r'(\\w+) (\\w+)', r'\\2 \\1', 'hello world'))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
    )
    assert result.stdout.split("\n")[:2] == ["['1.500', '12']", "world hello"]


def test_escape_is_regex_escape_for_every_code_point():
    every = "".join(map(chr, range(0x110000)))
    for start in range(0, len(every), 65536):
        chunk = every[start : start + 65536]
        assert pattern_cache.escape(chunk) == regex.escape(chunk)
    for word in ("nghìn tỷ", "quatre-vingt", "S. 3 (a)", "x|y", "1/2", "а.е.м.", ""):
        assert pattern_cache.escape(word) == regex.escape(word)


def test_flags_version_and_module_functions_are_regex_own():
    assert pattern_cache.IGNORECASE == regex.IGNORECASE == regex.I
    assert pattern_cache.VERSION1 == regex.VERSION1 == regex.V1
    assert pattern_cache._regex_version() == regex.__version__
    text = "Zwölf Gipfel, TWELVE peaks; douze sommets."
    for source, flags in ((r"\p{L}+", 0), (r"twelve|zwölf", regex.I), (r"(\d)?\w+", 0)):
        assert pattern_cache.findall(source, text, flags) == regex.findall(source, text, flags)
    assert bool(pattern_cache.fullmatch("kasım", "KASIM", pattern_cache.IGNORECASE)) == bool(
        regex.fullmatch("kasım", "KASIM", regex.I)
    )


def test_kept_patterns_are_recognised_without_regex():
    pattern = regex.compile(r"\p{Han}+", regex.V1)
    assert pattern_cache._is_pattern(pattern)
    assert pattern_cache._is_pattern(pickle.loads(pickle.dumps(pattern)))
    assert not pattern_cache._is_pattern(r"\p{Han}+")
    assert not pattern_cache._is_pattern(regex.compile("a").match("a"))


@pytest.mark.parametrize(
    "argv",
    [
        ["align", "a.de", "a.fr"],
        ["align", "--costs", "a.de", "a.fr"],
        ["align", "a.de", "a.fr", "--costs"],
        ["align", "--semantic", "a.de", "a.fr", "--costs", "--costs"],
        ["align", "", "dir/b.fr"],
        ["align", "a b.de", "ünïcode.fr", "--semantic"],
    ],
)
def test_a_plain_align_command_line_reads_as_argparse_reads_it(argv):
    plain = cli._plain_align(argv)
    parsed, extra = cli.build_parser("align").parse_known_args(argv)
    assert extra == []
    assert list(vars(plain).items()) == list(vars(parsed).items())


@pytest.mark.parametrize(
    "argv",
    [
        ["align"],
        ["align", "a.de"],
        ["align", "a.de", "a.fr", "b.de"],
        ["align", "a.de", "--costs", "a.fr"],  # argparse: SRC alone, then an extra argument
        ["align", "--pairs", "list.txt"],
        ["align", "--cost", "a.de", "a.fr"],  # an abbreviation: argparse's to expand
        ["align", "--", "a.de", "a.fr"],
        ["align", "-x.de", "a.fr"],
        ["align", "a.de", "a.fr", "--help"],
        ["check", "a.de", "a.fr"],
        [],
    ],
)
def test_any_other_command_line_is_left_to_argparse(argv):
    assert cli._plain_align(argv) is None


def _generated_options_class():
    """AlignOptions as `dataclass` writes it out (the same fields, defaults and name)."""
    import dataclasses

    from reviewer.core.align_options import AlignOptions

    spec = [
        (f.name, f.type, dataclasses.field(default=f.default))
        for f in dataclasses.fields(AlignOptions)
    ]
    return dataclasses.make_dataclass("AlignOptions", spec, frozen=True)


@pytest.mark.parametrize(
    "changes", [{}, {"semantic": True}, {"variance": 7.5, "priors": ((1, 1, 1.0),), "band": 3}]
)
def test_align_options_behave_as_the_generated_dataclass(changes):
    import dataclasses

    from reviewer.core.align_options import AlignOptions

    generated, mine = _generated_options_class()(**changes), AlignOptions(**changes)
    assert repr(mine) == repr(generated)
    assert hash(mine) == hash(generated)
    assert dataclasses.asdict(mine) == dataclasses.asdict(generated)
    assert mine == AlignOptions(**changes) and mine != generated  # another class: not equal
    other = dataclasses.replace(mine, band=mine.band + 1)
    assert isinstance(other, AlignOptions) and other != mine
    assert dataclasses.replace(other, band=mine.band) == mine
    assert pickle.loads(pickle.dumps(mine)) == mine
    with pytest.raises(dataclasses.FrozenInstanceError):
        mine.band = 4
    for cls in (AlignOptions, _generated_options_class()):
        with pytest.raises(TypeError, match="unexpected keyword argument 'bogus'"):
            cls(bogus=1)
