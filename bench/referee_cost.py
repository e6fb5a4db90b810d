"""The semantic referee's cost on the fault bench, from a warm vector file:
`python bench/referee_cost.py [faults_diag.py arguments]`.

Runs bench/faults_diag.py in this process and counts the distinct texts the referee asks
the model for (`semantic.embed`), whether or not `--embed-cache` already holds their
vectors: the figure a cold run would embed in one process (bench/faults.py, one process
per corpus, counts a text again in each corpus, so its figure is higher). With a warm
`--embed-cache`, comparing the referee's variants (`--referee field=value`) costs minutes.
"""

from __future__ import annotations

import runpy
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reviewer.core import semantic  # noqa: E402

ASKED: set[str] = set()


def main() -> int:
    embed = semantic.embed

    def counted(texts):
        ASKED.update(semantic.normalise(t) for t in texts)
        return embed(texts)

    semantic.embed = counted
    sys.argv = [str(ROOT / "bench" / "faults_diag.py"), *sys.argv[1:]]
    try:
        runpy.run_path(sys.argv[0], run_name="__main__")
    except SystemExit:
        pass
    print(f"texts asked of the model: {len(ASKED)} (new this run: {semantic.EMBEDDED[0]})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
