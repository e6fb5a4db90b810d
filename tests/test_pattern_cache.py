"""Compiled patterns kept between runs (pattern_cache.py): the same patterns back, whatever
happened to the file."""

from __future__ import annotations

import os
import pickle
import re

import pytest
import regex

from reviewer.core import pattern_cache
from reviewer.core.pattern_cache import compile_all

PATTERNS = [
    (r"(?:quelle|source|nguồn|sumber)\s*[:：]\s*\S.{0,60}", regex.VERSION1 | regex.IGNORECASE),
    (r"\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,4}", regex.VERSION1),
    (r"straße|STRASSE", regex.VERSION1 | regex.IGNORECASE),  # full case folding kept
]
LINES = ["Quelle: dpa", "NGUỒN: TTXVN", "Nguyễn Văn An", "plain text.", "STRASSE", "Straße", ""]


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("REVIEWER_CACHE_DIR", str(tmp_path))
    return tmp_path


def _same(patterns: list[regex.Pattern[str]]) -> None:
    fresh = [regex.compile(source, flags) for source, flags in PATTERNS]
    assert [pickle.dumps(p) for p in patterns] == [pickle.dumps(p) for p in fresh]
    for line in LINES:
        for mine, theirs in zip(patterns, fresh, strict=True):
            assert bool(mine.fullmatch(line)) == bool(theirs.fullmatch(line)), (line, mine)


def test_compiled_once_then_read_back(cache, monkeypatch):
    _same(compile_all("test", PATTERNS))
    (written,) = cache.glob("test-*.pickle")

    def no_compile(*args, **kwargs):
        raise AssertionError("compiled again instead of read from the cache")

    monkeypatch.setattr(pattern_cache.regex, "compile", no_compile)
    read = compile_all("test", PATTERNS)
    monkeypatch.undo()
    _same(read)
    assert list(cache.glob("test-*.pickle")) == [written]


def test_damaged_or_foreign_cache_is_compiled_again(cache):
    compile_all("test", PATTERNS)
    (path,) = cache.glob("test-*.pickle")
    data = bytearray(path.read_bytes())
    data[-5] ^= 0xFF  # one flipped byte: the checksum no longer holds
    path.write_bytes(bytes(data))
    _same(compile_all("test", PATTERNS))
    # A well-formed file that would call anything but regex's compile is refused unrun.
    marker = cache / "ran"

    class Planted:
        def __reduce__(self):
            return (os.mkdir, (str(marker),))

    payload = pickle.dumps([Planted()])
    digest = pattern_cache.checksum(payload).encode()
    path.write_bytes(pattern_cache._MAGIC + digest + payload)
    _same(compile_all("test", PATTERNS))
    assert not marker.exists()
    path.write_bytes(b"")
    _same(compile_all("test", PATTERNS))
    assert pattern_cache._read(path) is not None  # rewritten sound


def test_other_patterns_get_their_own_file_and_replace_the_old_one(cache):
    compile_all("test", PATTERNS)
    (first,) = cache.glob("test-*.pickle")
    changed = [*PATTERNS[:2], (r"strasse", regex.VERSION1)]
    assert [p.pattern for p in compile_all("test", changed)] == [s for s, _ in changed]
    (second,) = cache.glob("test-*.pickle")
    assert second != first


def test_an_unwritable_cache_only_costs_the_compile(tmp_path, monkeypatch):
    blocked = tmp_path / "a-file"
    blocked.write_text("")
    monkeypatch.setenv("REVIEWER_CACHE_DIR", str(blocked / "below"))
    _same(compile_all("test", PATTERNS))


@pytest.fixture
def fresh_store(cache, monkeypatch):
    """`pattern_cache.compile`'s store as at the start of a process, kept in `cache`."""
    for store in ("_store", "_re_store"):
        monkeypatch.setattr(pattern_cache, store, None)
        monkeypatch.setattr(pattern_cache, f"{store}_grew", False)
    monkeypatch.setattr(pattern_cache.atexit, "register", lambda function: None)
    return cache


def test_the_store_keeps_what_another_process_added(fresh_store, monkeypatch):
    pattern_cache.compile(*PATTERNS[0])
    pattern_cache._save_store()
    monkeypatch.setattr(pattern_cache, "_store", None)  # another process, another pattern
    pattern_cache.compile(*PATTERNS[1])
    pattern_cache._save_store()
    kept = pattern_cache._read_store(pattern_cache._store_path())
    assert set(kept) == {PATTERNS[0], PATTERNS[1]}


# `re` patterns of the kinds the core's modules use: wide classes, named and numbered groups,
# look-arounds, possessive repeats, flags given and flags set inline.
RE_PATTERNS = [
    ("[^\x00-\u2e7f]", 0),
    ("[^\x00-\u0dff\u1e00-\u206f\u20a0-\u20cf]", 0),
    (r"(?<![0-9])[0-9]{2,}(?![0-9])", 0),
    (r"(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(\d{4})?", 0),
    ("[A-Za-zªµºÀ-ÖØ-öø-ɏ]++(?:['’][A-Za-zªµºÀ-ÖØ-öø-ɏ]++)*+", 0),
    (r"(?i)straße\b", 0),
    (r"^\s*(\w+)\s*$", re.MULTILINE | re.IGNORECASE),
]
RE_LINES = ["1234 and 56", "20.5.2024", "Straße STRASSE straße", "  word  \nnext", "中文", "é’a"]


def _same_re(patterns: list[re.Pattern[str]]) -> None:
    for pattern, (source, flags) in zip(patterns, RE_PATTERNS, strict=True):
        fresh = re.compile(source, flags)
        assert pattern == fresh  # same source, flags and compiled code
        assert (pattern.groups, pattern.groupindex) == (fresh.groups, fresh.groupindex)
        for line in RE_LINES:
            found = [(m.span(), m.groups()) for m in pattern.finditer(line)]
            assert found == [(m.span(), m.groups()) for m in fresh.finditer(line)], (line, source)


ENGINES = {
    "regex": (pattern_cache.compile, "_store", PATTERNS, _same),
    "re": (pattern_cache.compile_re, "_re_store", RE_PATTERNS, _same_re),
}


@pytest.mark.parametrize("engine", ENGINES)
def test_one_pattern_is_compiled_once_per_machine(fresh_store, monkeypatch, engine):
    compile, store, patterns, same = ENGINES[engine]
    same([compile(source, flags) for source, flags in patterns])
    assert getattr(pattern_cache, f"{store}_grew")  # written when the process ends
    getattr(pattern_cache, f"_save{store}")()
    monkeypatch.setattr(pattern_cache, store, None)

    def no_compile(*args, **kwargs):
        raise AssertionError("compiled again instead of read from the store")

    monkeypatch.setattr(getattr(pattern_cache, engine), "compile", no_compile)
    read = [compile(source, flags) for source, flags in patterns]
    monkeypatch.undo()
    same(read)


@pytest.mark.parametrize("engine", ENGINES)
def test_a_damaged_store_is_compiled_again(fresh_store, monkeypatch, engine):
    compile, store, patterns, same = ENGINES[engine]
    compile(*patterns[-1])
    getattr(pattern_cache, f"_save{store}")()
    path = getattr(pattern_cache, f"{store}_path")()
    path.write_bytes(path.read_bytes()[:-7])  # cut short
    monkeypatch.setattr(pattern_cache, store, None)
    same([compile(source, flags) for source, flags in patterns])


def test_re_code_the_engine_refuses_is_compiled_again(fresh_store):
    """A well-formed store of code `_sre` rejects: the pattern is compiled as usual."""
    source, flags = RE_PATTERNS[2]
    pattern_cache.compile_re(source, flags)
    pattern_cache._re_store[source, flags] = (flags, [1, 2, 3], 0, {}, (None,))
    _same_re([pattern_cache.compile_re(source, flags) for source, flags in RE_PATTERNS])


def test_kept_patterns_are_built_one_by_one_as_asked_for(cache, monkeypatch):
    mapping = pattern_cache.kept_patterns("lazy", PATTERNS)  # compiled, then kept
    _same([mapping[key] for key in PATTERNS])
    (written,) = cache.glob("lazy-*.pickle")

    def no_compile(*args, **kwargs):
        raise AssertionError("compiled again instead of read from the cache")

    monkeypatch.setattr(pattern_cache.regex, "compile", no_compile)
    read = pattern_cache.kept_patterns("lazy", PATTERNS)
    assert read._built == [None] * len(PATTERNS)  # nothing built before it is asked for
    first = read[PATTERNS[0]]
    assert read[PATTERNS[0]] is first and read._built[1:] == [None] * (len(PATTERNS) - 1)
    monkeypatch.undo()
    _same([read[key] for key in PATTERNS])
    assert list(cache.glob("lazy-*.pickle")) == [written] and PATTERNS[2] in read


def test_a_damaged_or_foreign_kept_pattern_is_compiled_again(cache):
    pattern_cache.kept_patterns("lazy", PATTERNS)
    (path,) = cache.glob("lazy-*.pickle")
    marker = cache / "ran"

    class Planted:
        def __reduce__(self):
            return (os.mkdir, (str(marker),))

    other = pickle.dumps(regex.compile("other"))
    # sound files whose entries would run something else, or build another pattern
    codes = [pickle.dumps(Planted()), other, b"not a pickle"]
    payload = pickle.dumps(codes)
    path.write_bytes(pattern_cache._MAGIC + pattern_cache.checksum(payload).encode() + payload)
    read = pattern_cache.kept_patterns("lazy", PATTERNS)
    _same([read[key] for key in PATTERNS])
    assert not marker.exists()
    path.write_bytes(b"")  # damaged as a whole: compiled and written again
    _same([pattern_cache.kept_patterns("lazy", PATTERNS)[key] for key in PATTERNS])
    assert pattern_cache.read_kept(path) is not None
