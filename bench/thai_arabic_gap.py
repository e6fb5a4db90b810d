"""Whether a verse left out of one version of a Revelation chapter is found, with or without
some versions in the group: `python bench/thai_arabic_gap.py [--drop ar:14:17] [--without th]`.

Stop 34 (docs/segmentation.md): with the Thai rules, Revelation 14:17 left out of the Arabic
version is no longer found (tests/test_omissions.py). This prints the rows around the verse
(each version's verses in the row) and the findings there, for the group as the test builds it
(segments of the segmenter alone, tables learnt over the five chapters) or without the versions
named, to tell the segmenter's part from the aligner's.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.faults_data import PIVOT, read_all  # noqa: E402
from bench.faults_inject import write_document  # noqa: E402
from reviewer.core.checks import run_checks  # noqa: E402
from reviewer.core.group_alignment import align_group, learn_lexicons  # noqa: E402
from reviewer.core.segmenting import segment  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--drop", default="ar:14:17", help="LANG:VERSE left out")
    parser.add_argument("--without", default="", help="versions left out of the group (a,b)")
    parser.add_argument("--no-tables", action="store_true", help="align without corpus tables")
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
    rows = align_group(segments, PIVOT, lexicons=tables)
    findings = run_checks(rows, segments, PIVOT, checks=["missing", "extra"])
    chapter, number = verse.split(":")
    near = {f"{chapter}:{int(number) + k}" for k in range(-1, 2)}

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


if __name__ == "__main__":
    main()
