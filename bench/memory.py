"""Peak memory of the current process, measured so that a child's figure is its own.

On Linux `ru_maxrss` is kept across fork and exec, so a benchmark child started from a large
parent reports the parent's peak; the kernel's VmHWM (high-water mark of this address space)
starts afresh at exec.
"""

from __future__ import annotations

import resource
from pathlib import Path


def peak_mb() -> float:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
