"""Run one function over many items on all cores, or on a cluster, results in input order.

The pipeline's per-document stages (language, segmentation, boilerplate) and its per-group
ones (alignment, checks) each look at one item at a time, so they run in forked worker
processes: a fork inherits the items already in memory, so only an item's index goes to a
worker and only its result comes back (pickled). Each item is computed by the same function
as in one process and results are put back in input order, so the output does not depend on
the number of workers. Without `fork` (Windows, macOS's default) or with one job, the items
run here, one after the other.

With a `dask.distributed` client (the optional `reviewer[cluster]` extra) the items are sent
to the cluster's workers in batches instead; the function and the items must then pickle.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import os
from collections.abc import Callable, Iterator, Sequence
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")

# Below this many items, starting workers costs more than it saves.
MIN_ITEMS = 64
# Items per task sent to a cluster: enough to amortise a task's overhead (about 1 ms).
CLUSTER_BATCH = 64
# What forked workers compute: set only while a pool runs (a fork inherits it).
_WORK: tuple[Callable, Sequence] | None = None


def default_jobs() -> int:
    """The cores this process may use (its affinity mask, not the machine's count)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def imap(
    function: Callable[[T], R],
    items: Sequence[T],
    *,
    jobs: int | None = None,
    cluster=None,
    send: bool = False,
    forget: Callable[[], None] | None = None,
) -> Iterator[R]:
    """`function(item)` for each of `items`, yielded in their order as they are done.

    It runs on `cluster` (a dask.distributed Client) when one is given, else in `jobs` forked
    processes (default: every core) when there are enough items. `function` must be a pure
    function of its item and of what the process held when the pool started. Not reentrant.

    `send`: the items go to the workers pickled (`function` must then pickle too) instead of
    being read where the fork left them. A worker that reads inherited objects writes their
    reference counts, and so copies every page it touches: reading the segments of every
    group, each worker ends up with its own copy of them. Small items are cheaper sent.
    `forget` is called in a forked worker after each item: to empty caches that only that
    item could use (each worker would otherwise fill them to their size).
    """
    if cluster is not None:
        yield from _on_cluster(function, items, cluster)
        return
    jobs = default_jobs() if jobs is None else jobs
    count = len(items)
    if jobs <= 1 or count < MIN_ITEMS or not _can_fork():
        yield from _here(function, items)
        return
    # Imported only here: a small corpus never starts a pool (0.01 s of every start).
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    global _WORK
    if _WORK is not None:
        raise RuntimeError("parallel.imap is already running")
    task = functools.partial(_then, function, forget) if forget else function
    _WORK = (task, items)
    # The workers' garbage collector would write into every object they inherit, and so copy
    # every page of the corpus into each worker: frozen objects are left alone (the pages a
    # worker only reads stay shared with this process).
    gc.freeze()
    try:
        context = multiprocessing.get_context("fork")
        # The workers collect as usual, even while this process's collector is paused.
        with ProcessPoolExecutor(
            min(jobs, count), mp_context=context, initializer=gc.enable
        ) as pool:
            # Chunks small enough to balance the load, large enough to keep pickling cheap.
            chunk = max(1, min(64, count // (jobs * 8)))
            if send:
                yield from pool.map(task, items, chunksize=chunk)
            else:
                yield from pool.map(_call, range(count), chunksize=chunk)
    finally:
        _WORK = None
        gc.unfreeze()


def _here(function: Callable[[T], R], items: Sequence[T]) -> Iterator[R]:
    """The items in this process. What the process held before is frozen meanwhile (as before
    a fork): the collector's full passes, which the items' many small objects set off, then
    skip the corpus instead of walking all of it each time (the collector took 7 % of
    `check --jobs 1` on 1,000 documents)."""
    if len(items) < MIN_ITEMS or gc.get_freeze_count():
        yield from (function(item) for item in items)
        return
    gc.freeze()
    try:
        yield from (function(item) for item in items)
    finally:
        gc.unfreeze()


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """This process's cyclic garbage collector off meanwhile, and what was made meanwhile
    moved to its oldest generation after, without a pass over it.

    The stages that read a whole corpus (session.open_corpus) make millions of objects that
    live to the end and almost no cyclic garbage; the collector's passes over them grew with
    the corpus and took 22 of the 90 CPU seconds of this process at 100,000 documents
    (BENCHMARKS.md). Results do not change: the collector only frees unreachable cycles.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if not gc.get_freeze_count():
            # freeze + unfreeze move every young object to the oldest generation (two list
            # splices): the next young pass does not walk the whole corpus once more.
            gc.freeze()
            gc.unfreeze()
        if enabled:
            gc.enable()


def _can_fork() -> bool:
    import multiprocessing

    return "fork" in multiprocessing.get_all_start_methods()


def run(function: Callable[[T], R], items: Sequence[T], **options) -> list[R]:
    """Every result of `imap` (with the same keyword options), as a list."""
    return list(imap(function, items, **options))


def _call(index: int):
    function, items = _WORK
    return function(items[index])


def _then(function: Callable, forget: Callable[[], None], item):
    try:
        return function(item)
    finally:
        forget()


def _batch(function: Callable, items: list) -> list:
    return [function(item) for item in items]


def _on_cluster(function: Callable, items: Sequence, client) -> Iterator:
    batches = [list(items[i : i + CLUSTER_BATCH]) for i in range(0, len(items), CLUSTER_BATCH)]
    # pure=False: identical batches are still separate tasks (no key collision).
    futures = client.map(_batch, [function] * len(batches), batches, pure=False)
    try:
        for future in futures:
            yield from future.result()
            future.release()  # its results are no longer needed on the cluster
    finally:
        client.cancel(futures)


def connect(address: str | None, *, jobs: int | None = None):
    """A dask.distributed client: of the scheduler at `address`, or of a local cluster of
    `jobs` single-threaded worker processes (default: one per core) when address is None.
    Raises ImportError without the `reviewer[cluster]` extra."""
    from distributed import Client, LocalCluster

    if address:
        return Client(address)
    cluster = LocalCluster(
        n_workers=jobs or default_jobs(),
        threads_per_worker=1,  # the stages hold the GIL: processes, not threads
        processes=True,
        dashboard_address=None,
    )
    return Client(cluster)


def close(client) -> None:
    """Close a client from `connect` and, if it started one, its local cluster."""
    cluster = client.cluster  # None for a client of a scheduler's address
    client.close()
    if cluster is not None:
        cluster.close()
