"""Run one function over many items on all cores, results in input order.

The pipeline's per-document stages (language, segmentation, boilerplate) and its per-group
ones (alignment, checks) each look at one item at a time, so they run in forked worker
processes: a fork inherits the corpus already in memory, so only an item's index goes to a
worker and only its result comes back (pickled). Each item is computed by the same code as
in one process and results are put back in input order, so the output does not depend on
the number of workers. Without `fork` (Windows, macOS's default) or with one job, the items
run here, one after the other.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from typing import TypeVar

T = TypeVar("T")

# Below this many items, starting workers costs more than it saves.
MIN_ITEMS = 64
# What forked workers compute: set only while a pool runs (a fork inherits it).
_WORK: Callable[[int], object] | None = None


def default_jobs() -> int:
    """The cores this process may use (its affinity mask, not the machine's count)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def imap(work: Callable[[int], T], count: int, *, jobs: int | None = None) -> Iterator[T]:
    """`work(0)`, `work(1)`, ... `work(count - 1)`, yielded in that order as they are done.

    `work` runs in `jobs` forked processes (default: every core) when there are enough items;
    it must be a pure function of its index and of what the process held when the pool
    started. Not reentrant: one pool at a time.
    """
    jobs = default_jobs() if jobs is None else jobs
    if jobs <= 1 or count < MIN_ITEMS or "fork" not in multiprocessing.get_all_start_methods():
        yield from (work(i) for i in range(count))
        return
    global _WORK
    if _WORK is not None:
        raise RuntimeError("parallel.imap is already running")
    _WORK = work
    try:
        context = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(min(jobs, count), mp_context=context) as pool:
            # Chunks small enough to balance the load, large enough to keep pickling cheap.
            chunk = max(1, min(64, count // (jobs * 8)))
            yield from pool.map(_call, range(count), chunksize=chunk)
    finally:
        _WORK = None


def run(work: Callable[[int], T], count: int, *, jobs: int | None = None) -> list[T]:
    """Every result of `imap`, as a list."""
    return list(imap(work, count, jobs=jobs))


def _call(index: int):
    return _WORK(index)
