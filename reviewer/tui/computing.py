"""Large groups aligned and checked in a process of the app's own, so that the UI thread
keeps the keys (issue 13).

Computed in a worker thread, a 4 x 5,000-sentence group held the interpreter lock for
seconds: a key press waited for the lock, and for a core again each time the lock came back
(`bench/bench_app_open.py` splits each key's wait). The process is forked when the app is
made, before Textual starts a thread, so it has the corpus as it was read (copy on write)
and is sent only which group to compute. It computes with the corpus's own `aligned_rows`
and `aligned` (the results are those of this process), measures the rows for the view
(`heights_ahead`, 0.3 CPU s at 4 x 5,000) and sends rows, heights and findings back in
pieces of PIECE over a pipe, at a lower priority than the app (NICENESS). The app reads the
pipe from its event loop without ever blocking and unpickles one piece per turn of the loop
(1-3 ms), so a key press waits for one piece at most and no thread of the app competes with
it for the lock.

Where no process can be forked (no `os.fork`, IN_PROCESS off) or it died, `request` answers
None or the computation fails, and the app computes in a worker thread as before.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import os
import pickle
import select
import signal
import struct
import threading

from reviewer.core.model import Group
from reviewer.core.session import AlignedGroup, Corpus, _forget_sentences
from reviewer.tui.review_state import ReviewState
from reviewer.tui.widgets.review_view import heights_ahead

IN_PROCESS = True  # False: the app computes large groups in worker threads (as before)
NICENESS = 10  # the process's priority below the app's: on a busy machine the keys go first
PIECE = 500  # rows or findings per message (each unpickled in 1-3 ms)
_HEADER = struct.Struct("!I")  # a message's length, before its pickled bytes


def _write(fd: int, message: tuple) -> None:
    data = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    view = memoryview(_HEADER.pack(len(data)) + data)
    while view:
        view = view[os.write(fd, view) :]


def _read_exactly(fd: int, size: int) -> bytes:
    data = bytearray()
    while len(data) < size:
        chunk = os.read(fd, size - len(data))
        if not chunk:
            raise EOFError
        data += chunk
    return bytes(data)


def _read(fd: int) -> tuple:
    (size,) = _HEADER.unpack(_read_exactly(fd, _HEADER.size))
    return pickle.loads(_read_exactly(fd, size))


# ---- in the process -----------------------------------------------------------------------


def _serve(corpus: Corpus, requests: int, replies: int) -> None:
    """The process's loop: compute each group asked for, until the app closes the pipe."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # ctrl+c is the app's to handle
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _behind_the_keys()
    gc.freeze()  # the corpus as forked: never scanned, so its pages stay shared
    with contextlib.suppress(EOFError, OSError):
        while True:
            message = _read(requests)
            if message[0] == "compute":
                _compute(corpus, *message[1:], requests=requests, replies=replies)


def _behind_the_keys() -> None:
    """Lower priority (NICENESS): with the machine's cores busy, a key press woken up takes
    the core from this process. Measured on the shared 2-core machine at load 4-6.5, 4 runs
    each (bench/bench_app_open.py, docs/app.md): at nice 0 the keys' p95 was 36-52 ms; at
    nice 10, 18-25 ms (39 in a run whose control, nothing computed, was 33); `SCHED_IDLE`
    kept the keys the same (22-24 ms) but starves the group on a busy machine (computed in
    17-45 s, against 13-21 s at nice 10)."""
    with contextlib.suppress(OSError):
        os.nice(NICENESS)


def _compute(
    corpus: Corpus, group: Group, pivot: str, measuring, *, requests: int, replies: int
) -> None:
    key = (group.id, pivot)
    gc.disable()  # aligning and checking make no cycles; collections only cost time
    try:
        rows = corpus.aligned_rows(group, pivot)
        _send_pieces(replies, "rows", key, rows.rows)
        measuring = _measuring_meanwhile(requests, key, measuring)
        heights = None
        if measuring is not None:
            measured = heights_ahead(rows, ReviewState.in_memory(rows), measuring)
            heights = [height for _, height in measured.values()]  # in row order
        _write(replies, ("aligned", key, measuring, heights))
        done = corpus.aligned(group, pivot)
        _send_pieces(replies, "findings", key, done.findings)
        _write(replies, ("checked", key, done.error))
        # The per-sentence caches serve no other group (as in `check`'s workers): about
        # 150 MB at 4 x 5,000 that this process would otherwise keep for the session.
        _forget_sentences()
    except (EOFError, OSError):
        raise
    except Exception as error:  # noqa: BLE001 - told to the app, which computes it itself
        _write(replies, ("failed", key, f"{type(error).__name__}: {error}"))
    finally:
        gc.enable()


def _send_pieces(fd: int, kind: str, key: tuple, items: tuple) -> None:
    for start in range(0, len(items), PIECE):
        _write(fd, (kind, key, items[start : start + PIECE]))


def _measuring_meanwhile(requests: int, key: tuple, measuring):
    """How the screen measures rows, if it said so while the group was aligned (it asks
    once its first frame is drawn; the triage may have asked for the group before)."""
    while select.select([requests], [], [], 0)[0]:
        message = _read(requests)  # each request is written at once (< PIPE_BUF)
        if message[0] == "measure" and message[1] == key:
            measuring = message[2]
    return measuring


# ---- in the app's process -----------------------------------------------------------------


class Computation:
    """One group through one pivot, computed in the process. `aligned` and `checked` are
    futures of the app's event loop (True when done there, False when it failed: the caller
    computes it itself); `done` is set either way (for threads that wait)."""

    def __init__(self, group: Group, pivot: str, measuring, loop) -> None:
        self.group, self.pivot, self.measuring = group, pivot, measuring
        self.key = (group.id, pivot)
        self.sent = False
        self.failed = False
        self.rows: list = []
        self.findings: list = []
        self.heights: dict = {}  # for `ReviewView.remember_heights`
        self.aligned: asyncio.Future = loop.create_future()
        self.checked: asyncio.Future = loop.create_future()
        self.done = threading.Event()

    def _fail(self) -> None:
        self.failed = True
        for future in (self.aligned, self.checked):
            if not future.done():
                future.set_result(False)
        self.done.set()


class Computations:
    """The app's process and the groups asked of it, one at a time (the screen's first)."""

    def __init__(self, corpus: Corpus) -> None:
        self.corpus = corpus
        self._pid: int | None = None
        self._requests = self._replies = -1
        self._loop: asyncio.AbstractEventLoop | None = None
        self._buffer = bytearray()
        self._scheduled = False
        self._jobs: dict[tuple[str, str], Computation] = {}
        self._queue: list[Computation] = []
        self._current: Computation | None = None
        self.stopped = False  # closed by the app (which is quitting)

    @property
    def available(self) -> bool:
        return self._pid is not None

    def start(self) -> bool:
        """Fork the process (before Textual starts its threads: a fork copies only the
        forking thread, and any lock another thread held would stay held in the copy)."""
        if self._pid is not None or not IN_PROCESS or not hasattr(os, "fork"):
            return self._pid is not None
        try:
            to_child, requests = os.pipe()
            replies, to_parent = os.pipe()
            pid = os.fork()
        except OSError:
            return False
        if pid == 0:  # the process: serve, then leave without the app's exit handlers
            try:
                os.close(requests)
                os.close(replies)
                _serve(self.corpus, to_child, to_parent)
            finally:
                os._exit(0)
        os.close(to_child)
        os.close(to_parent)
        os.set_blocking(replies, False)
        self._pid, self._requests, self._replies = pid, requests, replies
        return True

    def attach(self, loop: asyncio.AbstractEventLoop) -> None:
        """Read the process's replies from the app's event loop (once it runs)."""
        if self._pid is not None and self._loop is None:
            self._loop = loop
            loop.add_reader(self._replies, self._readable)

    def request(
        self, group: Group, pivot: str | None = None, measuring=None, *, urgent: bool = False
    ) -> Computation | None:
        """Have `group` through `pivot` computed in the process (None: no process). In the
        event loop's thread. `urgent`: before the groups asked for earlier and not sent yet.
        `measuring` (`ReviewView.measuring`): the rows are measured there for the view."""
        if self._pid is None or self._loop is None:
            return None
        pivot = pivot or group.pivot
        key = (group.id, pivot)
        job = self._jobs.get(key)
        if job is None or job.failed:
            job = self._jobs[key] = Computation(group, pivot, measuring, self._loop)
            self._queue.append(job)
        elif measuring is not None and job.measuring is None:
            job.measuring = measuring
            if job.sent and not job.aligned.done():
                self._tell(("measure", key, measuring))
        if urgent and job in self._queue:
            self._queue.remove(job)
            self._queue.insert(0, job)
        self._send_next()
        return job

    def close(self) -> None:
        """Stop the process now (a group being computed is dropped: quitting must not wait
        seconds for it); the groups asked for fail, and nobody should compute them now."""
        self.stopped = True
        self._end()

    def _end(self) -> None:
        pid, self._pid = self._pid, None
        if pid is None:
            return
        if self._loop is not None:
            with contextlib.suppress(Exception):
                self._loop.remove_reader(self._replies)
        for fd in (self._requests, self._replies):
            with contextlib.suppress(OSError):
                os.close(fd)
        with contextlib.suppress(OSError):
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
        self._fail_all()

    # ---- the pipes ------------------------------------------------------------------------

    def _tell(self, message: tuple) -> None:
        try:
            _write(self._requests, message)  # a few hundred bytes: never waits
        except OSError:
            self._lost()

    def _send_next(self) -> None:
        if self._current is None and self._queue and self._pid is not None:
            job = self._current = self._queue.pop(0)
            job.sent = True
            self._tell(("compute", job.group, job.pivot, job.measuring))

    def _readable(self) -> None:
        try:
            data = os.read(self._replies, 1 << 18)
        except BlockingIOError:
            return
        except OSError:
            data = b""
        if not data:  # the process ended
            self._lost()
            return
        self._buffer += data
        self._schedule()

    def _schedule(self) -> None:
        """Handle the next whole message in a later turn of the loop: one per turn, so the
        keys go between them."""
        if self._scheduled or len(self._buffer) < _HEADER.size:
            return
        (size,) = _HEADER.unpack_from(self._buffer)
        if len(self._buffer) >= _HEADER.size + size:
            self._scheduled = True
            self._loop.call_soon(self._next_message)

    def _next_message(self) -> None:
        self._scheduled = False
        if self._pid is None:
            return
        (size,) = _HEADER.unpack_from(self._buffer)
        data = bytes(self._buffer[_HEADER.size : _HEADER.size + size])
        del self._buffer[: _HEADER.size + size]
        self._handle(pickle.loads(data))
        self._schedule()

    def _handle(self, message: tuple) -> None:
        kind, key = message[0], message[1]
        job = self._current
        if job is None or job.key != key:
            return
        if kind == "rows":
            job.rows.extend(message[2])
        elif kind == "aligned":
            self.corpus.adopt(job.group, job.pivot, job.rows)
            measuring, heights = message[2], message[3]
            if measuring is not None and heights is not None and len(heights) == len(job.rows):
                columns, langs, _ = measuring
                job.heights = {
                    (id(row), columns, langs): (row, height)
                    for row, height in zip(job.rows, heights, strict=True)
                }
            job.aligned.set_result(True)
        elif kind == "findings":
            job.findings.extend(message[2])
        elif kind == "checked":
            rows = self.corpus.aligned_rows(job.group, job.pivot).rows  # those adopted
            self.corpus.adopt(job.group, job.pivot, rows, tuple(job.findings), message[2])
            job.rows, job.findings = [], []
            job.checked.set_result(True)
            job.done.set()
            self._current = None
            self._send_next()
        elif kind == "failed":
            job._fail()
            self._current = None
            self._send_next()

    def _lost(self) -> None:
        """The process died: every group asked of it is left to the app's threads."""
        self._end()

    def _fail_all(self) -> None:
        for job in [*self._queue, *([self._current] if self._current else [])]:
            job._fail()
        self._queue.clear()
        self._current = None

    def aligned_rows(self, job: Computation) -> AlignedGroup:
        """The rows the process sent for `job` (once `job.aligned` is True)."""
        return self.corpus.aligned_rows(job.group, job.pivot)
