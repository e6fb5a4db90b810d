"""Whether a verse left out of one version of a Revelation chapter is found, with or without
some versions in the group: `python bench/thai_arabic_gap.py [--drop ar:14:17] [--without th]`.

Stop 34 (docs/segmentation.md): with the Thai rules, Revelation 14:17 left out of the Arabic
version is no longer found (tests/test_omissions.py). This prints the rows around the verse
(each version's verses in the row) and the findings there, for the group as the test builds it
(segments of the segmenter alone, tables learnt over the five chapters) or without the versions
named, to tell the segmenter's part from the aligner's.

`--lengths` prints, for the pivot sentences of those verses, the witness lengths the dropped
version's second pass reads (`group_alignment._witness_lengths`: the pivot's own length and the
other versions' 1-1 counterparts, in pivot units) and their median; `--set INDEX=LENGTH` puts
LENGTH in place of that median for pivot sentence INDEX (stop 35: with the Thai rules the
Arabic gap at 14:17 is found from 198.5 up at sentence 24, 14:18, and lost at 198.4 and
below: a tie, which the plain median, 198.45 with Thai's 1-1, fell on the wrong side of).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.faults_data import PIVOT, read_all  # noqa: E402
from bench.faults_inject import write_document  # noqa: E402
from reviewer.core import group_alignment  # noqa: E402
from reviewer.core.checks import run_checks  # noqa: E402
from reviewer.core.group_alignment import align_group, learn_lexicons  # noqa: E402
from reviewer.core.segmenting import segment  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--drop", default="ar:14:17", help="LANG:VERSE left out")
    parser.add_argument("--without", default="", help="versions left out of the group (a,b)")
    parser.add_argument("--no-tables", action="store_true", help="align without corpus tables")
    parser.add_argument("--lengths", action="store_true", help="print the witness lengths")
    parser.add_argument("--set", default="", help="INDEX=LENGTH: the median of a pivot sentence")
    args = parser.parse_args()
    lang, verse = args.drop.split(":", 1)
    passage = f"rev{verse.split(':')[0]}"
    texts = read_all()
    tables = None
    if not args.no_tables:
        tables = learn_lexicons(
            [
                ({x: segment(write_document(x, texts[x][p], {}).text, x) for x in texts}, PIVOT)
                for p in texts[PIVOT]
            ]
        )
    without = set(filter(None, args.without.split(",")))
    documents = {
        x: write_document(x, [v for v in texts[x][passage] if (x, v.ref) != (lang, verse)], {})
        for x in texts
        if x not in without
    }
    segments = {x: segment(d.text, x) for x, d in documents.items()}
    chapter, number = verse.split(":")
    near = {f"{chapter}:{int(number) + k}" for k in range(-1, 2)}
    if args.lengths or args.set:
        spans = [(a, b) for r, a, b in documents[PIVOT].units if r in near]
        shown = [
            i
            for i, s in enumerate(segments[PIVOT])
            if any(a < s.end and s.start < b for a, b in spans)
        ]
        _watch(lang, shown if args.lengths else [], args.set)
    rows = align_group(segments, PIVOT, lexicons=tables)
    findings = run_checks(rows, segments, PIVOT, checks=["missing", "extra"])

    def verses(x: str, cells) -> str:
        refs = []
        for o in cells:
            s = segments[x][o]
            refs += [r for r, a, b in documents[x].units if a < s.end and s.start < b]
        return ",".join(dict.fromkeys(r.split(":")[1] for r in refs)) or "-"

    for n, (row, found) in enumerate(zip(rows, findings, strict=True)):
        pivot = verses(PIVOT, row.cells[PIVOT]).split(",")
        if not near & {f"{chapter}:{p}" for p in pivot}:
            continue
        cells = " ".join(f"{x}:{verses(x, c)}" for x, c in row.cells.items())
        alarms = [(f.check, f.lang) for f in found if f.severity != "info"]
        print(n, cells, alarms)


def _watch(lang: str, shown: list[int], setting: str) -> None:
    """Print the witness lengths of `lang`'s second pass for the pivot sentences `shown`, and
    put a length in place of one median (`--set INDEX=LENGTH`)."""
    plain = group_alignment._witness_lengths
    index, _, value = setting.partition("=")

    def watched(version, first, pairs):
        medians = plain(version, first, pairs)
        if version != lang or medians is None:
            return medians
        pair = pairs[version]
        for i in shown:
            seen = [("pivot", float(pair.src.lengths[i]))]
            for k, witness, j in group_alignment._one_to_one(version, first, pairs):
                if k == i:
                    other = next(x for x, p in pairs.items() if p is witness)
                    seen.append((other, float(witness.tgt.lengths[j]) / witness.ratio))
            listed = " ".join(f"{x} {n:.1f}" for x, n in seen)
            print(f"pivot sentence {i}: median {medians[i]:.2f} of {listed}")
        if setting:
            medians[int(index)] = float(value)
        return medians

    group_alignment._witness_lengths = watched


if __name__ == "__main__":
    main()
