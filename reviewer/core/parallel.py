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
import pickle
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
    if runs_here(count, jobs=jobs):
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
        # The workers collect, even while this process's collector is paused (less often).
        with ProcessPoolExecutor(
            min(jobs, count), mp_context=context, initializer=_collect_seldom
        ) as pool:
            # Chunks small enough to balance the load, large enough to keep pickling cheap.
            # At most 16: the align-and-check stage's items take 10 ms each (up to 160 ms),
            # and with 64 a chunk one worker was left alone with the last for 0.2-0.3 s of
            # the 10,000 documents' run (their 2,451 groups' times, replayed: 16 leave 0.03).
            chunk = max(1, min(16, count // (jobs * 8)))
            if send:
                yield from pool.map(task, items, chunksize=chunk)
            else:
                yield from pool.map(_call, range(count), chunksize=chunk)
    finally:
        _WORK = None
        gc.unfreeze()


def runs_here(count: int, *, jobs: int | None = None, cluster=None) -> bool:
    """Whether `imap` with these options computes `count` items in this process, one after
    the other (not in forked workers, not on a cluster)."""
    if cluster is not None:
        return False
    jobs = default_jobs() if jobs is None else jobs
    return jobs <= 1 or count < MIN_ITEMS or not _can_fork()


# Allocations between two collections of the youngest generation in a pool's workers
# (Python's default: 700).
YOUNG_COLLECTION_EVERY = 50_000


def _collect_seldom() -> None:
    """A pool worker's cyclic collector: on, its youngest generation collected every
    `YOUNG_COLLECTION_EVERY` allocations instead of 700. A group's alignment and checks make
    millions of short-lived objects and little cyclic garbage; the default's passes (and
    the older generations' passes they set off, over the per-text caches) were 1.5 % of the
    stage's instructions (callgrind, 150 groups of 10,000 documents), and 50,000 young
    objects are a few MB. Results do not change: the collector only frees unreachable
    cycles."""
    gc.enable()
    gc.set_threshold(YOUNG_COLLECTION_EVERY, *gc.get_threshold()[1:])


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


class Workers:
    """Worker processes forked once and kept for several passes over the same items, each
    worker keeping what it computed for its items between passes (module globals it sets).

    The corpus's front (`session.open_corpus`) forks them before it reads a file: they share
    only the language model with this process, so this process writing its growing corpus
    copies no page a worker shares (`imap`'s pools fork a process that holds the corpus; at
    100,000 documents the copies were most of this process's time in those stages), and a
    document's paragraphs stay in the worker that made them instead of going to this process
    and back. Without workers (`jobs` 1, fewer than `MIN_ITEMS` items, no `fork`) every call
    runs here, by the same functions, so the results are the same.

    `map(function, items, on=...)` yields `function(item)` in input order (`batch`:
    `function` takes a list of items, a chunk of them, and returns their results); `placed`
    says which worker computed each item of the last `map`, and `on` sends each item to the
    worker named (to find what that worker kept). `broadcast(function, argument)` calls
    `function(argument)` once in every worker (here, once). Functions and items are pickled.
    """

    def __init__(self, jobs: int | None, count: int) -> None:
        jobs = default_jobs() if jobs is None else jobs
        self._processes: list = []
        self._tasks: list = []
        self._results = None
        self._mapping = False
        self.placed: list[int] = []
        if jobs <= 1 or count < MIN_ITEMS or not _can_fork():
            return
        import multiprocessing

        context = multiprocessing.get_context("fork")
        self._results = context.Queue()
        for worker in range(min(jobs, count)):
            tasks = context.Queue()
            process = context.Process(
                target=_serve, args=(worker, tasks, self._results, os.getpid()), daemon=True
            )
            process.start()
            self._processes.append(process)
            self._tasks.append(tasks)

    def __enter__(self) -> Workers:
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

    @property
    def count(self) -> int:
        """Worker processes (0: everything runs here)."""
        return len(self._processes)

    def map(
        self,
        function: Callable,
        items: Sequence[T],
        *,
        on: Sequence[int] | None = None,
        batch: bool = False,
    ) -> Iterator:
        count = len(items)
        if self._mapping:
            raise RuntimeError("Workers.map: the previous map was not read to its end")
        if not self._processes:
            self.placed = [0] * count
            yield from _apply(function, list(items), batch)
            return
        workers = len(self._processes)
        chunk = max(1, min(64, count // (workers * 8)))
        # Chunks waiting for a worker: one queue for any worker, or one per worker (`on`).
        if on is None:
            waiting = [list(range(0, count, chunk))]
        else:
            waiting = [[] for _ in range(workers)]
            for worker in range(workers):
                mine = [i for i in range(count) if on[i] == worker]
                waiting[worker] = [mine[i : i + chunk] for i in range(0, len(mine), chunk)]
        waiting = [list(reversed(queue)) for queue in waiting]  # popped from the end
        self.placed = [0] * count
        done: dict[int, R] = {}
        busy = [0] * workers  # chunks sent to each worker and not yet back
        sent = 0

        def feed(worker: int) -> None:
            nonlocal sent
            queue = waiting[0] if on is None else waiting[worker]
            # Two chunks each: a worker never waits for this process to send the next one.
            while busy[worker] < 2 and queue:
                part = queue.pop()
                indices = range(part, min(part + chunk, count)) if on is None else part
                chunk_items = [items[i] for i in indices]
                self._tasks[worker].put((function, batch, list(indices), chunk_items))
                busy[worker] += 1
                sent += 1

        self._mapping = True
        for worker in range(workers):
            feed(worker)
        received = 0
        next_out = 0
        while received < sent:
            worker, indices, ok, payload = self._receive()
            received += 1
            busy[worker] -= 1
            if not ok:
                raise RuntimeError(f"a worker process failed:\n{payload}")
            for index, result in zip(indices, pickle.loads(payload), strict=True):
                done[index] = result
                self.placed[index] = worker
            feed(worker)
            while next_out in done:
                yield done.pop(next_out)
                next_out += 1
        if next_out != count:
            raise RuntimeError("parallel.Workers lost items")
        self._mapping = False

    def broadcast(self, function: Callable[[T], object], argument: T) -> None:
        if not self._processes:
            function(argument)
            return
        for tasks in self._tasks:
            tasks.put((_call_with, False, [None], [(function, argument)]))
        for _ in self._tasks:
            worker, _, ok, payload = self._receive()
            if not ok:
                raise RuntimeError(f"a worker process failed:\n{payload}")

    def _receive(self):
        import queue

        while True:
            try:
                return self._results.get(timeout=1.0)
            except queue.Empty:
                if not all(process.is_alive() for process in self._processes):
                    raise RuntimeError("a worker process ended unexpectedly") from None

    def close(self) -> None:
        """Stop the workers (they exit when told; any still running after 5 s are killed)."""
        processes, self._processes = self._processes, []
        for tasks, process in zip(self._tasks, processes, strict=True):
            if process.is_alive():
                tasks.put(None)
        for process in processes:
            process.join(5)
            if process.is_alive():
                process.kill()
                process.join()
        for tasks in self._tasks:
            tasks.close()
        self._tasks = []
        if self._results is not None:
            self._results.close()
            self._results = None


def _apply(function: Callable, items: list, batch: bool) -> list:
    """`function` of each item, or of them all at once (`batch`), one result per item."""
    if not batch:
        return [function(item) for item in items]
    results = function(items)
    if len(results) != len(items):
        raise RuntimeError("a batch function did not give one result per item")
    return results


def _call_with(pair: tuple[Callable, object]):
    function, argument = pair
    return function(argument)


def _serve(worker: int, tasks, results, parent: int) -> None:
    """A `Workers` process: computes the chunks it is sent until told to stop (None)."""
    import signal
    import traceback

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    # The collector stays as the parent left it: paused while `session.open_corpus` runs,
    # whose workers keep what they make until the next pass, as the parent would in one
    # process (with it running, its passes over the kept paragraphs were 18 % of a worker's
    # time at 20,000 documents).
    import queue

    while True:
        try:
            task = tasks.get(timeout=5)
        except queue.Empty:
            if os.getppid() != parent:  # the parent is gone (killed): nobody reads results
                results.cancel_join_thread()
                return
            continue
        if task is None:
            break
        function, batch, indices, items = task
        try:
            payload = pickle.dumps(_apply(function, items, batch), protocol=pickle.HIGHEST_PROTOCOL)
        except BaseException:  # noqa: BLE001 - reported to the parent, which raises
            results.put((worker, indices, False, traceback.format_exc()))
        else:
            results.put((worker, indices, True, payload))
    results.close()
    results.join_thread()


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
