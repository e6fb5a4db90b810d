"""Reading what a program writes to a pseudo-terminal, for the tests that check those bytes."""

from __future__ import annotations

import os
import select
import time


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
