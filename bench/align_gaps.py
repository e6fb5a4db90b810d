"""Omissions and insertions in real translations: does `align_pair` give them beads of their own?

Takes gold-aligned documents (Text+Berg de-fr, MAC-Dev zh-en), and for each trial deletes one
target sentence that is a gold 1-1 partner (an omission: the source sentence should come out
as `[i]:[]`), or inserts a sentence taken from another part of the target (an insertion: it
should come out as `[]:[j]`). Reports the share of trials where the bead is exactly right,
and where the neighbouring 1-1 beads stay right.

    python bench/align_gaps.py --textberg /tmp/vecalign/bleualign_data --part dev
    python bench/align_gaps.py --mac /tmp/mac/dev/intertext
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.align_mac import chapters, read_links, read_sentences  # noqa: E402
from bench.align_textberg import PARTS, parse_settings  # noqa: E402
from reviewer.core.aligning import align_pair  # noqa: E402


def textberg_docs(folder: Path, part: str):
    from bench.align_textberg import DEFAULT_SCORER, load_scorer

    scorer = load_scorer(DEFAULT_SCORER)
    for name in PARTS[part]:
        src = (folder / f"{name}.de").read_text(encoding="utf-8").splitlines()
        tgt = (folder / f"{name}.fr").read_text(encoding="utf-8").splitlines()
        yield src, tgt, scorer.read_alignment_file(str(folder / f"{name}.defr")), ("de", "fr")


def mac_docs(folder: Path):
    if "test" in folder.resolve().parts:
        raise SystemExit("MAC-Test is reserved for independent evaluation; use the dev folder")
    for name in chapters(folder):
        zi, zh, _ = read_sentences(folder / f"dev-anno.{name}_zh.xml")
        ei, en, _ = read_sentences(folder / f"dev-anno.{name}_en.xml")
        yield zh, en, read_links(folder / f"dev-anno.{name}_zh.{name}_en.xml", zi, ei), ("zh", "en")


def trials(docs, count: int, options, seed: int = 1):
    rng = random.Random(seed)
    omitted = inserted = kept = total = 0
    for src, tgt, gold, (sl, tl) in docs:
        ones = [(s[0], t[0]) for s, t in gold if len(s) == 1 and len(t) == 1]
        for _ in range(count):
            i, j = rng.choice(ones)
            # omission: drop target j
            tgt2 = tgt[:j] + tgt[j + 1 :]
            beads = align_pair(src, tgt2, src_lang=sl, tgt_lang=tl, options=options)
            omitted += ((i,), ()) in beads
            # insertion: a target sentence from far away, put before j
            far = rng.choice([k for k in range(len(tgt)) if abs(k - j) > 20] or [0])
            tgt3 = tgt[:j] + [tgt[far]] + tgt[j:]
            beads = align_pair(src, tgt3, src_lang=sl, tgt_lang=tl, options=options)
            inserted += ((), (j,)) in beads
            kept += ((i,), (j + 1,)) in beads
            total += 1
    return omitted / total, inserted / total, kept / total, total


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--textberg", type=Path)
    parser.add_argument("--part", choices=("dev", "test"), default="dev")
    parser.add_argument("--mac", type=Path)
    parser.add_argument("--trials", type=int, default=20, help="per document")
    parser.add_argument("--set", nargs="*", default=[], metavar="OPTION=VALUE")
    args = parser.parse_args(argv)
    options = parse_settings(args.set)
    sets = []
    if args.textberg:
        sets.append((f"Text+Berg {args.part}", textberg_docs(args.textberg, args.part)))
    if args.mac:
        sets.append(("MAC-Dev", mac_docs(args.mac)))
    for label, docs in sets:
        o, i, k, n = trials(docs, args.trials, options)
        print(
            f"{label:14} omission exact {o:.2f}   insertion exact {i:.2f}   "
            f"sentence after the insertion right {k:.2f}   ({n} trials each)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
