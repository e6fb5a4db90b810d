"""Compiled patterns kept between runs (pattern_cache.py): the same patterns back, whatever
happened to the file."""

from __future__ import annotations

import hashlib
import os
import pickle

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
    digest = hashlib.sha256(payload).hexdigest().encode()
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
