"""Segmentation time per character on adversarial repetitions: `python bench/segmentation_scale.py`.

Issue 14 item 9: when two documents shared one long paragraph, a cache keyed on the paragraph's
text compared the whole paragraph at each candidate boundary (1 M characters: 0.99 s alone,
11.3 s as a duplicate). Each size is segmented alone, then as the second of two documents that
share the paragraph (equal text, distinct string objects); the time per character should stay
flat across sizes and the duplicate cost no more than the original. Not a test: timings depend
on the machine.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reviewer.core import segmenting  # noqa: E402

SENTENCE = (
    "In der 4. Klasse lernte Dr. A. Muster 3.5 Stunden bei Georg III. Der Tag war lang.Ende "
    "im 1. -3. Jahrhundert. Warum? 《标题。》好。"
)


def paragraph(size: int) -> str:
    """One line of about `size` characters (no line break: a single paragraph)."""
    return (SENTENCE + " ") * (size // (len(SENTENCE) + 1) + 1)


def seconds(text: str) -> float:
    start = time.perf_counter()
    segmenting.segment(text, "de")
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[10_000, 100_000, 1_000_000])
    args = parser.parse_args()
    print(f"{'chars':>10} {'alone s':>9} {'dup s':>9} {'alone µs/char':>14} {'dup µs/char':>12}")
    for size in args.sizes:
        first = paragraph(size)
        second = "".join(list(first))  # equal text, another object: what a second file gives
        alone = seconds(first)
        duplicate = seconds(second)
        n = len(first)
        print(
            f"{n:>10} {alone:>9.3f} {duplicate:>9.3f} {1e6 * alone / n:>14.2f}"
            f" {1e6 * duplicate / n:>12.2f}"
        )


if __name__ == "__main__":
    main()
