"""Running a program in a pseudo-terminal and reading what it writes, for the tests that check
the bytes a real terminal receives."""

from __future__ import annotations

import fcntl
import os
import pty
import select
import struct
import subprocess
import sys
import termios
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def spawn_in_pty(
    args: list[str], *, rows: int, columns: int, new_session: bool = False
) -> tuple[subprocess.Popen, int]:
    """Start `python ARGS` on a new pseudo-terminal of that size; return it and the master fd."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))
    process = subprocess.Popen(
        [sys.executable, *args],
        stdin=slave,
        stdout=slave,
        stderr=slave,
        env={**os.environ, "TERM": "xterm-256color", "PYTHONPATH": str(ROOT)},
        cwd=ROOT,
        close_fds=True,
        start_new_session=new_session,
    )
    os.close(slave)
    return process, master


def read_pty(fd: int, *, until: bytes = b"", quiet: float = 0.25, limit: float = 30.0) -> bytes:
    """Bytes from `fd` until `until` was seen (if given) and nothing came for `quiet` s."""
    out = b""
    deadline = time.monotonic() + limit
    last = time.monotonic()
    while time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.05)
        if ready:
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                break
            if not chunk:
                break
            out += chunk
            last = time.monotonic()
        elif (not until or until in out) and time.monotonic() - last > quiet:
            break
    return out


def quit_app(process, fd: int, *, key: bytes = b"q", limit: float = 60.0) -> bytes:
    """Press `key` until the app in `process` exits, reading `fd` meanwhile; what it wrote.

    The terminal is drained while the app closes (a full pty buffer would block its last
    writes), and the key is pressed again every few seconds: on a loaded machine the first
    press can come before the app reads keys (a 10 s wait failed at load 17, stop 42)."""
    out = b""
    deadline = time.monotonic() + limit
    while process.poll() is None and time.monotonic() < deadline:
        os.write(fd, key)
        out += read_pty(fd, quiet=5.0, limit=5.0)
    if process.poll() is None:
        raise TimeoutError(f"the app did not quit within {limit} s")
    return out + read_pty(fd, quiet=0.2, limit=5.0)
