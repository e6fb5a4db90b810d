"""The package's data files read through the cache (data_files.py): exactly what tomllib
gives, whatever happened to the cache."""

from __future__ import annotations

import tomllib

import pytest

from reviewer.core import data_files

NAMES = sorted(p.name for p in data_files.DATA.glob("*.toml"))


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("REVIEWER_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache"


@pytest.mark.parametrize("name", NAMES)
def test_each_data_file_reads_back_as_tomllib_parses_it(cache, name, monkeypatch):
    expected = tomllib.loads((data_files.DATA / name).read_text(encoding="utf-8"))
    assert data_files.load(name) == expected  # parsed, then kept

    def no_parse(*args, **kwargs):
        raise AssertionError("parsed again instead of read from the cache")

    monkeypatch.setattr(tomllib, "loads", no_parse)
    assert data_files.load(name) == expected


def test_an_edited_file_is_parsed_afresh_and_replaces_the_old_copy(cache, tmp_path, monkeypatch):
    data = tmp_path / "data"
    data.mkdir()
    monkeypatch.setattr(data_files, "DATA", data)
    (data / "x.toml").write_text('words = ["one"]\n', encoding="utf-8")
    assert data_files.load("x.toml") == {"words": ["one"]}
    (data / "x.toml").write_text('words = ["one", "two"]\n', encoding="utf-8")
    assert data_files.load("x.toml") == {"words": ["one", "two"]}
    assert len(list(cache.glob("data-x-*.pickle"))) == 1


def test_the_json_copy_kept_before_is_removed_when_the_tables_are_kept(cache):
    cache.mkdir()
    (cache / "data-numbers-0123456789abcdef.json").write_text("{}", encoding="utf-8")
    (cache / "data-numbersx-0123456789abcdef.json").write_text("{}", encoding="utf-8")
    data_files.load("numbers.toml")
    assert [p.name for p in cache.glob("*.json")] == ["data-numbersx-0123456789abcdef.json"]


def test_a_damaged_cache_or_one_that_cannot_be_written_costs_only_the_parse(
    cache, tmp_path, monkeypatch
):
    data = tmp_path / "data"
    data.mkdir()
    monkeypatch.setattr(data_files, "DATA", data)
    (data / "x.toml").write_text("n = 1\nwhen = 2024-01-02\n", encoding="utf-8")
    assert data_files.load("x.toml") == tomllib.loads((data / "x.toml").read_text())
    assert not list(cache.glob("data-x-*"))  # a date would come back a string: not kept
    (data / "x.toml").write_text("n = 1\n", encoding="utf-8")
    data_files.load("x.toml")
    (kept,) = cache.glob("data-x-*.pickle")
    kept.write_text('{"toml": "', encoding="utf-8")  # cut short
    assert data_files.load("x.toml") == {"n": 1}
    blocked = tmp_path / "a-file"
    blocked.write_text("")
    monkeypatch.setenv("REVIEWER_CACHE_DIR", str(blocked / "below"))
    assert data_files.load("x.toml") == {"n": 1}


def test_a_kept_array_is_computed_once_then_read_back(cache):
    import numpy as np

    calls = []

    def compute():
        calls.append(1)
        return np.random.default_rng(7).standard_normal((7, 4))

    first = data_files.kept_array("test-array", compute)
    again = data_files.kept_array("test-array", compute)
    assert len(calls) == 1 and again.tobytes() == first.tobytes()
    (kept,) = cache.glob("test-array.npy")
    kept.write_bytes(kept.read_bytes()[:20])  # cut short
    assert data_files.kept_array("test-array", compute).tobytes() == first.tobytes()
    assert len(calls) == 2


def test_derived_values_are_kept_until_the_file_or_the_code_changes(cache, tmp_path, monkeypatch):
    data = tmp_path / "data"
    data.mkdir()
    monkeypatch.setattr(data_files, "DATA", data)
    code = tmp_path / "code.py"
    code.write_text("# version 1\n", encoding="utf-8")
    (data / "x.toml").write_text('words = ["one", "two"]\n', encoding="utf-8")
    calls = []

    def upper(tables):
        calls.append(tables)
        return {"words": tuple(w.upper() for w in tables["words"]), "none": None}

    expected = {"words": ("ONE", "TWO"), "none": None}
    assert data_files.derived("x.toml", "upper", upper, [str(code)]) == expected
    assert data_files.derived("x.toml", "upper", upper, [str(code)]) == expected
    assert len(calls) == 1  # the second came from the cache, tuples and None as they were
    code.write_text("# version 2\n", encoding="utf-8")
    assert data_files.derived("x.toml", "upper", upper, [str(code)]) == expected
    (data / "x.toml").write_text('words = ["three"]\n', encoding="utf-8")
    assert data_files.derived("x.toml", "upper", upper, [str(code)])["words"] == ("THREE",)
    assert len(calls) == 3
    assert len(list(cache.glob("derived-x-upper-*.pickle"))) == 1  # the old ones removed
    # a source that cannot be read: computed each time, nothing kept for it
    assert data_files.derived("x.toml", "upper", upper, [str(tmp_path / "gone.py")])
    assert len(calls) == 4


def test_the_boilerplate_rules_read_back_are_the_rules_expanded_afresh(cache):
    from reviewer.core import boilerplate

    fresh = boilerplate._specs(data_files.load("boilerplate.toml"))
    boilerplate._kept_specs.cache_clear()
    assert boilerplate._kept_specs() == fresh  # computed and kept
    boilerplate._kept_specs.cache_clear()
    assert boilerplate._kept_specs() == fresh  # read back
    assert list(cache.glob("derived-boilerplate-rules-*.pickle"))
