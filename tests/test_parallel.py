"""`reviewer check` gives the same bytes whatever the number of workers and the hash seed, and
its streamed JSON is the contract's JSON."""

import dataclasses
import functools
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import event, given, settings
from hypothesis import strategies as st

from bench.corpus import write_corpus
from reviewer.cli import main
from reviewer.core import aligning, group_alignment, parallel, report
from reviewer.core.session import open_corpus

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def corpus_folder(tmp_path_factory):
    folder = tmp_path_factory.mktemp("corpus")
    write_corpus(folder, 90, seed=11)
    return folder


def _check(capsysbinary, *args: str) -> bytes:
    capsysbinary.readouterr()
    assert main(["check", *args]) == 0
    return capsysbinary.readouterr().out


def test_imap_keeps_input_order_in_workers():
    squares = parallel.run(lambda i: (i * i, os.getpid()), range(200), jobs=2)
    assert [value for value, _ in squares] == [i * i for i in range(200)]
    assert os.getpid() not in {pid for _, pid in squares}  # computed in the workers


@pytest.mark.parametrize("fmt", ["json", "jsonl", "text"])
def test_one_process_and_two_workers_write_the_same_bytes(
    corpus_folder, capsysbinary, monkeypatch, fmt
):
    monkeypatch.setattr(parallel, "MIN_ITEMS", 2)  # groups are forked too, not only documents
    one = _check(capsysbinary, str(corpus_folder), "--format", fmt, "--jobs", "1")
    two = _check(capsysbinary, str(corpus_folder), "--format", fmt, "--jobs", "2")
    assert one == two
    assert one.count(b"g-") > 10


def test_streamed_json_is_the_indented_dump(corpus_folder, seeds):
    for folder in (corpus_folder, seeds):
        corpus = open_corpus([folder], jobs=1)
        aligned = corpus.aligned_all()
        parts: list[str] = []
        report.write_json(corpus, iter(aligned), parts.append)
        whole = json.dumps(report.to_json(corpus, aligned), ensure_ascii=False, indent=2)
        assert "".join(parts) == whole + "\n"
        assert len(parts) == len(aligned) + 2  # head, one part per group, tail


def test_streamed_json_without_groups(tmp_path):
    (tmp_path / "a.txt").write_text("Une seule phrase ici.\n", encoding="utf-8")
    corpus = open_corpus([tmp_path], jobs=1)
    parts: list[str] = []
    report.write_json(corpus, iter([]), parts.append)
    expected = json.dumps(report.to_json(corpus, []), ensure_ascii=False, indent=2) + "\n"
    assert "".join(parts) == expected
    assert json.loads(expected)["groups"] == []


def test_jsonl_carries_what_the_json_does(corpus_folder, capsysbinary):
    (corpus_folder / "broken.txt").write_bytes(b"\x00\x01binary")
    try:
        whole = json.loads(_check(capsysbinary, str(corpus_folder), "--format", "json"))
        lines = _check(capsysbinary, str(corpus_folder), "--format", "jsonl").splitlines()
    finally:
        (corpus_folder / "broken.txt").unlink()
    objects = [json.loads(line) for line in lines]
    assert objects[0] == {"schema": whole["schema"]}
    kinds = [next(iter(o)) for o in objects[1:]]
    assert kinds == sorted(kinds, key=["group", "document", "problem"].index)  # groups first
    assert [o["group"] for o in objects if "group" in o] == whole["groups"]
    assert [o["document"] for o in objects if "document" in o] == whole["documents"]
    assert [o["problem"] for o in objects if "problem" in o] == whole["problems"]
    assert whole["problems"]


def test_output_does_not_depend_on_the_hash_seed(corpus_folder):
    code = (
        "import sys\n"
        "from reviewer.core import parallel\n"
        "parallel.MIN_ITEMS = 2\n"
        "from reviewer.cli import main\n"
        "sys.exit(main(sys.argv[1:]))\n"
    )
    outputs = []
    for seed in ("1", "2"):
        done = subprocess.run(
            [sys.executable, "-c", code, "check", str(corpus_folder), "--format", "json"],
            cwd=ROOT,
            env=dict(os.environ, PYTHONHASHSEED=seed),
            capture_output=True,
            check=True,
        )
        outputs.append(done.stdout)
    assert outputs[0] == outputs[1]
    assert b'"findings"' in outputs[0]


def test_a_local_cluster_writes_what_one_process_writes(corpus_folder):
    pytest.importorskip("distributed", reason="the reviewer[cluster] extra is not installed")
    # One hash seed for every process, so this compares only the cluster with one process
    # (the seed's own effect is the test above): dask's nanny starts its workers with 6640
    # (distributed/nanny.py) where the seed is unset or 0.
    env = dict(os.environ, PYTHONHASHSEED="6640")
    command = [sys.executable, "-m", "reviewer", "check", str(corpus_folder), "--format", "jsonl"]
    alone, spread = (
        subprocess.run(
            [*command, *extra], cwd=ROOT, env=env, capture_output=True, check=True
        ).stdout
        for extra in (["--jobs", "1"], ["--cluster", "--jobs", "2"])
    )
    assert alone == spread
    assert alone.count(b'{"group"') > 10


def test_cluster_without_the_extra_and_bad_jobs_are_usage_errors(
    corpus_folder, capsys, monkeypatch
):
    def no_dask(address, *, jobs=None):
        raise ImportError("No module named 'distributed'")

    monkeypatch.setattr(parallel, "connect", no_dask)
    assert main(["check", str(corpus_folder), "--cluster"]) == 2
    assert "pip install 'reviewer[cluster]'" in capsys.readouterr().err
    assert main(["check", str(corpus_folder), "--jobs", "0"]) == 2
    assert "--jobs 0" in capsys.readouterr().err


def test_first_passes_kept_by_the_lexicons_align_as_searched_again(corpus_folder):
    """`learn_lexicons` keeps the first passes it made (in workers here) and `align_group`
    uses them instead of searching again: the rows are those of a fresh alignment."""
    corpus = open_corpus([corpus_folder], jobs=1)
    groups = [
        ({lg: corpus.segments[g.members[lg]] for lg in g.languages}, g.pivot) for g in corpus.groups
    ]
    kept: dict = {}

    def in_workers(function, items):
        return parallel.run(function, items, jobs=2)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(parallel, "MIN_ITEMS", 2)
        lexicons = group_alignment.learn_lexicons(groups, run=in_workers, keep=kept)
    assert lexicons == group_alignment.learn_lexicons(groups)  # the same tables as in one process
    used = 0
    for g, (segments, pivot) in enumerate(groups):
        firsts = {lang: first for (h, lang), first in kept.items() if h == g}
        used += len(firsts)
        fresh = group_alignment.align_group(segments, pivot, lexicons=lexicons)
        assert (
            group_alignment.align_group(segments, pivot, lexicons=lexicons, firsts=firsts) == fresh
        )
    assert used == len(kept) > 10


@pytest.fixture(scope="module")
def kept_passes(corpus_folder):
    corpus = open_corpus([corpus_folder], jobs=1)
    groups = [
        ({lg: corpus.segments[g.members[lg]] for lg in g.languages}, g.pivot) for g in corpus.groups
    ]
    kept: dict = {}
    lexicons = group_alignment.learn_lexicons(groups, keep=kept)
    return groups, kept, lexicons


@settings(max_examples=40, deadline=None)
@given(st.data(), st.sampled_from([0.5, 1.0, 2.0, 4.0, 50.0]))
def test_a_group_with_kept_passes_aligns_as_computed_in_full(kept_passes, data, doubtful):
    """`align_group` makes the pair of a version with a kept first pass only where it is read
    (`_Later`), and gathers no witnesses for a version whose first pass it keeps
    (`_left_as_it_is`): the rows are those of the whole computation, whichever versions have
    a kept pass and wherever doubt begins."""
    groups, kept, lexicons = kept_passes
    g = data.draw(st.sampled_from(sorted({h for h, _ in kept})))
    segments, pivot = groups[g]
    mine = {lang: first for (h, lang), first in kept.items() if h == g}
    firsts = {lang: mine[lang] for lang in mine if data.draw(st.integers(0, 4), label=lang)}
    options = dataclasses.replace(aligning.DEFAULT_OPTIONS, doubtful=doubtful)
    made = []
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(group_alignment, "_prepare", _counting(group_alignment._prepare, made))
        fast = group_alignment.align_group(
            segments, pivot, lexicons=lexicons, firsts=firsts, options=options
        )
        skipped = len(segments) - 1 - len(made)
        patch.setattr(group_alignment, "_Later", lambda make: make())  # every pair made at once
        whole = group_alignment.align_group(
            segments, pivot, lexicons=lexicons, firsts=firsts, options=options
        )
        patch.setattr(group_alignment, "_left_as_it_is", lambda *args: False)  # and every witness
        slow = group_alignment.align_group(
            segments, pivot, lexicons=lexicons, firsts=firsts, options=options
        )
    assert fast == whole == slow
    event(f"pairs never made: {min(skipped, 2)}")


def _counting(function, calls: list):
    @functools.wraps(function)
    def counted(*args, **kwargs):
        calls.append(args)
        return function(*args, **kwargs)

    return counted


def test_kept_passes_left_as_they_are_need_no_features(kept_passes):
    """Where doubt begins at once every pair is made; where only a merge or a gap is in
    doubt, some groups (every version kept and 1-1) make none."""
    groups, kept, lexicons = kept_passes
    made_all, made_none = [], []
    for g, (segments, pivot) in enumerate(groups):
        firsts = {lang: first for (h, lang), first in kept.items() if h == g}
        if len(firsts) != len(segments) - 1 or not firsts:
            continue
        for doubtful in (-1e9, 1e9):  # bead costs can be negative
            options = dataclasses.replace(aligning.DEFAULT_OPTIONS, doubtful=doubtful)
            made: list = []
            with pytest.MonkeyPatch.context() as patch:
                patch.setattr(
                    group_alignment, "_prepare", _counting(group_alignment._prepare, made)
                )
                group_alignment.align_group(
                    segments, pivot, lexicons=lexicons, firsts=firsts, options=options
                )
            if doubtful < 0:
                made_all.append(len(made) == len(firsts))
            else:
                made_none.append(not made)
    assert made_all and all(made_all)
    assert any(made_none)


def test_a_corpus_uses_up_its_kept_first_passes(corpus_folder):
    corpus = open_corpus([corpus_folder], jobs=1)
    corpus.lexicons()
    assert corpus._firsts  # kept for the groups' alignment
    by_check = [(a.rows, a.findings) for a in corpus.iter_aligned(workers=1)]
    assert not corpus._firsts  # each used once, then let go
    again = open_corpus([corpus_folder], jobs=1)
    again.lexicons()
    again._firsts.clear()  # every group searched again from scratch
    assert [(a.rows, a.findings) for a in again.iter_aligned(workers=1)] == by_check


def _note_pid(path: str) -> None:
    with open(path, "a") as out:
        out.write(f"{os.getpid()}\n")


def _square(i: int) -> int:
    return i * i


def test_items_sent_to_workers_and_forgetting_after_each(tmp_path, monkeypatch):
    monkeypatch.setattr(parallel, "MIN_ITEMS", 2)
    noted = tmp_path / "forgot.txt"
    forget = functools.partial(_note_pid, str(noted))  # sent to the workers: it must pickle
    squares = parallel.run(_square, list(range(100)), jobs=2, send=True, forget=forget)
    assert squares == [i * i for i in range(100)]
    pids = noted.read_text().split()
    assert len(pids) == 100  # once after every item
    assert str(os.getpid()) not in pids  # in the workers, never here
    noted.unlink()
    parallel.run(_square, list(range(100)), jobs=1, forget=forget)
    assert not noted.exists()  # one process: its caches serve the next items


class _Node:
    """A tracked object that can sit in a reference cycle."""

    def __init__(self) -> None:
        self.other = self


def _collects(_: int) -> bool:
    import gc

    # a pool's workers collect, their young generation seldom (parallel._collect_seldom)
    return gc.isenabled() and gc.get_threshold()[0] == parallel.YOUNG_COLLECTION_EVERY


def test_collector_paused_then_restored_without_losing_cycles():
    import gc
    import weakref

    assert gc.isenabled()
    with parallel.collector_paused():
        assert not gc.isenabled()
        made = _Node()
        # The workers of a pool started meanwhile collect (less often).
        assert all(parallel.run(_collects, range(100), jobs=2))
    assert gc.isenabled()
    # What was made meanwhile went to the oldest generation, not back to the young one.
    assert any(obj is made for obj in gc.get_objects(generation=2))
    assert not any(obj is made for obj in gc.get_objects(generation=0))
    gone = weakref.ref(made)
    del made
    gc.collect()
    assert gone() is None  # an unreachable cycle made meanwhile is still freed later
    gc.disable()
    try:
        with parallel.collector_paused():
            pass
        assert not gc.isenabled()  # left off when it was off
    finally:
        gc.enable()


def test_a_corpus_opened_with_the_collector_running_is_the_same(corpus_folder, monkeypatch):
    import contextlib

    paused = open_corpus([corpus_folder], jobs=2)
    monkeypatch.setattr(parallel, "collector_paused", contextlib.nullcontext)
    running = open_corpus([corpus_folder], jobs=2)
    assert paused.documents == running.documents
    assert paused.segments == running.segments
    assert paused.groups == running.groups
    assert len(paused.groups) > 10


# What a `parallel.Workers` process keeps between maps (module state, as session._KEPT).
_KEPT_HERE: dict[int, int] = {}
_ADDED = 0


def _keep(i: int) -> tuple[int, int]:
    _KEPT_HERE[i] = i * i
    return i, os.getpid()


def _add(amount: int) -> None:
    global _ADDED
    _ADDED = amount


def _take(i: int) -> tuple[int, int]:
    return _KEPT_HERE.pop(i) + _ADDED, os.getpid()


def _fail(i: int) -> int:
    if i == 77:
        raise ValueError("item 77")
    return i


@pytest.mark.parametrize("jobs", [1, 2])
def test_workers_keep_their_items_between_maps(jobs):
    items = list(range(300))
    with parallel.Workers(jobs, len(items)) as workers:
        assert workers.count == (0 if jobs == 1 else 2)
        first = list(workers.map(_keep, items))
        assert [i for i, _ in first] == items  # input order
        owners = workers.placed
        pids = [pid for _, pid in first]
        if jobs == 2:
            assert os.getpid() not in pids and len(set(pids)) == 2
            assert len(set(owners)) == 2
        workers.broadcast(_add, 5)
        # Each item goes back to the worker that kept it, in a new order.
        again = items[::-1]
        second = list(workers.map(_take, again, on=[owners[i] for i in again]))
    assert [value for value, _ in second] == [i * i + 5 for i in again]
    pid_of = dict(zip(items, pids, strict=True))
    assert [pid for _, pid in second] == [pid_of[i] for i in again]
    if jobs == 1:
        assert not _KEPT_HERE  # ran here: every kept item taken
    _add(0)


def test_a_failing_item_fails_the_map_with_the_workers_traceback():
    with parallel.Workers(2, 200) as workers:
        with pytest.raises(RuntimeError, match="item 77"):
            list(workers.map(_fail, list(range(200))))
    with parallel.Workers(1, 200) as workers, pytest.raises(ValueError, match="item 77"):
        list(workers.map(_fail, list(range(200))))


def test_a_corpus_with_problems_and_a_file_found_twice_is_the_same_in_workers(
    corpus_folder, tmp_path, monkeypatch
):
    # Documents, problems, duplicates (a link to a file and a file given twice) and a
    # forced language, read in forked workers and in one process.
    folder = tmp_path / "mixed"
    folder.mkdir()
    names = sorted(p.name for p in corpus_folder.iterdir())[:80]
    for name in names:
        (folder / name).write_bytes((corpus_folder / name).read_bytes())
    (folder / "empty.txt").write_text("")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02" * 50)
    (folder / "alias.txt").symlink_to(folder / names[3])
    (folder / "zz-dangling.txt").symlink_to(folder / "nowhere.txt")
    monkeypatch.setattr(parallel, "MIN_ITEMS", 2)
    forced = {names[5]: "de"}
    paths = [folder, folder / names[0]]
    one = open_corpus(paths, jobs=1, languages=forced)
    two = open_corpus(paths, jobs=2, languages=forced)
    assert one.documents == two.documents
    assert one.segments == two.segments
    assert one.groups == two.groups
    assert one.problems == two.problems
    assert len(one.documents) == 80  # the link and the second naming read once
    assert {p.path for p in one.problems} == {"empty.txt", "binary.txt", "zz-dangling.txt"}
    assert next(d for d in one.documents if d.path == names[5]).lang == "de"


def _squares_of(items: list[int]) -> list[int]:
    return [i * i for i in items]


def _one_short(items: list[int]) -> list[int]:
    return [i * i for i in items][1:]


@pytest.mark.parametrize("jobs", [1, 2])
def test_workers_map_a_batch_function_over_chunks(jobs):
    with parallel.Workers(jobs, 500) as workers:
        assert list(workers.map(_squares_of, list(range(500)), batch=True)) == [
            i * i for i in range(500)
        ]
        failing = workers.map(_one_short, list(range(500)), batch=True)
        with pytest.raises(RuntimeError, match="one result per item"):
            list(failing)


def test_front_workers_end_when_their_parent_is_killed(tmp_path):
    # A parent killed while its workers wait: they notice and exit instead of lingering.
    code = (
        "import os, sys, time\n"
        "from reviewer.core import parallel\n"
        "workers = parallel.Workers(2, 100)\n"
        "print(' '.join(str(p.pid) for p in workers._processes), flush=True)\n"
        "os.kill(os.getpid(), 9)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    pids = [int(pid) for pid in done.stdout.split()]
    assert len(pids) == 2
    import time

    deadline = time.monotonic() + 20
    alive = pids
    while alive and time.monotonic() < deadline:
        time.sleep(0.5)
        alive = [pid for pid in pids if _running(pid)]
    assert not alive


def _running(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as handle:
            return handle.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False
