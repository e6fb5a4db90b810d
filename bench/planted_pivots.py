"""False alarms of the checks through every pivot a user may pick, on the planted items.

`tests/test_planted.py` checks each made-up item of `tests/data/planted/` through the pivot the
product picks itself; a reviewer may pick any other (`reviewer check FOLDER --pivot LANG`, or
the app). This runs every item through every pivot that is not a faulted version and prints
each finding of severity minor or worse whose (check, language) is none of the item's planted
faults: each is a false alarm seen through that pivot. A faulted version as pivot is skipped,
its fault being seen from the other side. Usage:

    python bench/planted_pivots.py [--counts] [ITEM ...]

Prints one line per finding (item, pivot, row, severity, check, language, message), then the
count per check. With ITEM, only those items.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PLANTED = ROOT / "tests" / "data" / "planted"

# Faults planted in an item but not in its expected list, because the item's own pivot sees
# them as info at most (tests/test_planted.py says so beside each item): (check, language).
UNLISTED = {
    "transfer": {("name-mismatch", "uk")},  # uk's Новака for Kowalczyk, found through en
    "ferry_winter": {("extra", "hi")},  # hi's rain warning, merged
    "yogurt_cake": {("extra", "ja")},  # ja's tip (lime for lemon), merged
    "lighthouse_story": {("missing", "de")},  # de leaves out "The boat stopped."
    "seagrass_heat": {("extra", "ar")},  # ar's EU funding, opening a paragraph, merged (xfail)
    "ebike_comparison": {("name-mismatch", "ar")},  # ar's Sharma for Mehta, unseen (xfail)
}
# One fault seen from either side: a version's omission is its `missing` through another
# pivot and the others' `extra` through its own (apple_cake's de, the pivot, lacks an
# ingredient: `extra` listed, `missing` through en).
SIDES = {"missing": "extra", "extra": "missing"}


def planted_cases() -> dict[str, set[tuple[str, str]]]:
    """Item -> its planted (check, language) pairs, read from the parametrisation of
    `tests/test_planted.py`'s end-to-end test, plus `UNLISTED`."""
    sys.path.insert(0, str(ROOT / "tests"))
    import test_planted

    test = test_planted.test_every_planted_fault_is_found_where_it_is_and_nothing_else
    cases = {}
    for mark in test.pytestmark:
        if mark.name == "parametrize":
            for folder, _members, expected in mark.args[1]:
                planted = {(check, lang) for check, lang, _ in expected}
                planted |= {(SIDES[c], lang) for c, lang in planted if c in SIDES}
                cases[folder] = planted | UNLISTED.get(folder, set())
    return cases


def false_alarms(folder: str, planted: set[tuple[str, str]]) -> Iterator[tuple]:
    """(pivot, row, severity, check, language, message) of each minor+ finding outside
    `planted`, through every pivot that is no faulted version."""
    from reviewer.core.session import open_corpus

    faulty = {lang for _, lang in planted}
    corpus = open_corpus([PLANTED / folder])
    (group,) = corpus.groups
    for pivot in sorted(group.members):
        if pivot in faulty:
            continue
        aligned = corpus.aligned(dataclasses.replace(group, pivot=pivot))
        for row, findings in enumerate(aligned.findings):
            for f in findings:
                if f.severity in ("major", "minor") and (f.check, f.lang) not in planted:
                    yield pivot, row, f.severity, f.check, f.lang, f.message


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("items", nargs="*", help="only these items")
    parser.add_argument("--counts", action="store_true", help="only the counts per check")
    args = parser.parse_args()
    counts: Counter[str] = Counter()
    for folder, planted in sorted(planted_cases().items()):
        if args.items and folder not in args.items:
            continue
        for pivot, row, severity, check, lang, message in false_alarms(folder, planted):
            counts[check] += 1
            if not args.counts:
                print(folder, pivot, row, severity, check, lang, message[:140].replace("\n", " "))
    print(f"total {sum(counts.values())}:", ", ".join(f"{c} {n}" for c, n in counts.most_common()))


if __name__ == "__main__":
    main()
