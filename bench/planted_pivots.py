"""False alarms of the checks through every pivot a user may pick, on the planted items.

`tests/test_planted.py` checks each made-up item of `tests/data/planted/` through the pivot the
product picks itself; a reviewer may pick any other (`reviewer check FOLDER --pivot LANG`, or
the app). This runs every item through every pivot that is not a faulted version and prints
each finding of severity minor or worse whose (check, language) is none of the item's planted
faults: each is a false alarm seen through that pivot. A faulted version as pivot is skipped,
its fault being seen from the other side, unless `--faulted`: the product's own guess of the
original can be a faulted version (stork_migration's de, satellite_launch's de). Through a
faulted pivot the expected findings are the other versions' planted faults, and the pivot's own
fault said once per planted fault on the pivot itself ("ar, de, … have a sentence here that es
lacks", "no other version has this id sentence", "vi has 15 tháng 5 where 11 of 11 other
versions have 14"); its fault said again, or in the other versions' cells, is beyond. Usage:

    python bench/planted_pivots.py [--counts] [--faulted] [ITEM ...]

Prints one line per finding beyond expectation (item, pivot, row, severity, check, language,
message), then the count per check; with `--faulted` also a line per faulted pivot (item,
pivot, findings beyond, the other versions' faults it does not tell, all its minor-or-worse
findings, the item's planted faults). With ITEM, only those items.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
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
    "library_faq": {("extra", "zh")},  # zh's "closed at weekends", merged
    "lighthouse_story": {("missing", "de")},  # de leaves out "The boat stopped."
    "seagrass_heat": {("extra", "ar")},  # ar's EU funding, opening a paragraph, merged (xfail)
    "ebike_comparison": {("name-mismatch", "ar")},  # ar's Sharma for Mehta, unseen (xfail)
    "powerbank_recall": {("extra", "zh")},  # zh's factory, at a paragraph's end, merged (xfail)
}
# One fault seen from either side: a version's omission is its `missing` through another
# pivot and the others' `extra` through its own (apple_cake's de, the pivot, lacks an
# ingredient: `extra` listed, `missing` through en).
SIDES = {"missing": "extra", "extra": "missing"}


def planted_faults() -> dict[str, list[tuple[str, str]]]:
    """Item -> its planted faults as (check, language), one per expected finding of the
    parametrisation of `tests/test_planted.py`'s end-to-end test, plus `UNLISTED`."""
    sys.path.insert(0, str(ROOT / "tests"))
    import test_planted

    test = test_planted.test_every_planted_fault_is_found_where_it_is_and_nothing_else
    faults = {}
    for mark in test.pytestmark:
        if mark.name == "parametrize":
            for folder, _members, expected in mark.args[1]:
                listed = sorted((check, lang) for check, lang, _ in expected)
                faults[folder] = listed + sorted(UNLISTED.get(folder, ()))
    return faults


def planted_cases() -> dict[str, set[tuple[str, str]]]:
    """Item -> its planted (check, language) pairs (`planted_faults`), an omission or an
    addition from either side (`SIDES`)."""
    cases = {}
    for folder, faults in planted_faults().items():
        planted = set(faults)
        cases[folder] = planted | {(SIDES[c], lang) for c, lang in planted if c in SIDES}
    return cases


def beyond(
    found: Iterable[tuple[str, str]], planted: set[tuple[str, str]], pivot: str, own: int
) -> Iterator[int]:
    """The indices of the findings `found` ((check, language), in row order) beyond what is
    expected through `pivot`: another version's finding outside its planted faults, and a
    finding on the pivot beyond the first `own` that its planted faults explain (each fault of
    the pivot said once, on the pivot). Where the pivot has no fault, `own` is 0 and this is
    the plain false-alarm count."""
    for i, (check, lang) in enumerate(found):
        if (check, lang) not in planted:
            yield i
        elif lang == pivot:
            if own:
                own -= 1
            else:
                yield i


def unfound(
    found: Iterable[tuple[str, str]], faults: Iterable[tuple[str, str]], pivot: str
) -> list[tuple[str, str]]:
    """The other versions' `faults` that no finding in `found` ((check, language)) tells,
    from either side (an omission may be said as `extra` where the row is the pivot's)."""
    said = set(found)
    return [
        (check, lang)
        for check, lang in faults
        if lang != pivot and (check, lang) not in said and (SIDES.get(check), lang) not in said
    ]


def through_pivots(
    folder: str, faults: list[tuple[str, str]], *, faulted: bool = False
) -> Iterator[tuple[str, int, list[tuple], list[tuple[str, str]]]]:
    """(pivot, its minor+ findings, those beyond expectation as (row, severity, check, language,
    message), the other versions' listed faults it does not tell) through every pivot that is
    no faulted version, and the faulted ones too with `faulted`."""
    from reviewer.core.session import open_corpus

    planted = set(faults) | {(SIDES[c], lang) for c, lang in faults if c in SIDES}
    corpus = open_corpus([PLANTED / folder])
    (group,) = corpus.groups
    for pivot in sorted(group.members):
        own = sum(lang == pivot for _, lang in faults)
        if own and not faulted:
            continue
        aligned = corpus.aligned(dataclasses.replace(group, pivot=pivot))
        found = [
            (row, f.severity, f.check, f.lang, f.message)
            for row, findings in enumerate(aligned.findings)
            for f in findings
            if f.severity in ("major", "minor")
        ]
        pairs = [(check, lang) for _, _, check, lang, _ in found]
        listed = [fault for fault in faults if fault not in UNLISTED.get(folder, ())]
        over = [found[i] for i in beyond(pairs, planted, pivot, own)]
        yield pivot, len(found), over, unfound(pairs, listed, pivot)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("items", nargs="*", help="only these items")
    parser.add_argument("--counts", action="store_true", help="only the counts per check")
    parser.add_argument(
        "--faulted",
        action="store_true",
        help="also through faulted pivots (their own fault expected once, on the pivot)",
    )
    args = parser.parse_args()
    counts: dict[bool, Counter[str]] = {False: Counter(), True: Counter()}
    table = []
    for folder, faults in sorted(planted_faults().items()):
        if args.items and folder not in args.items:
            continue
        for pivot, total, over, missed in through_pivots(folder, faults, faulted=args.faulted):
            own = sum(lang == pivot for _, lang in faults)
            if own:
                table.append((folder, pivot, len(over), len(missed), total, len(faults)))
            for row, severity, check, lang, message in over:
                counts[bool(own)][check] += 1
                if not args.counts:
                    said = message[:140].replace("\n", " ")
                    print(folder, pivot, row, severity, check, lang, said)
    if args.faulted:
        print("faulted pivots: item pivot beyond unfound found planted")
        for row in table:
            print(" ", *row)
    for label, counted in (("", counts[False]), ("faulted pivots ", counts[True])):
        if label == "" or args.faulted:
            summary = ", ".join(f"{c} {n}" for c, n in counted.most_common())
            print(f"{label}total {sum(counted.values())}:", summary)


if __name__ == "__main__":
    main()
