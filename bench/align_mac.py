"""Evaluate `align_pair` on MAC-Dev, the zh-en literary gold set of Bertalign (Liu & Zhu 2022).

MAC (a manually aligned corpus of six Chinese novels and their English translations) is
public (GPL-3, so it is not committed here). Its development part has six chapters, one per
novel, as InterText XML (`dev/intertext/dev-anno.00K_{zh,en}.xml` and the links
`dev-anno.00K_zh.00K_en.xml`). MAC-Test is reserved for independent evaluation: this script
reads `dev` only and refuses a folder named `test`.

    git clone --depth 1 https://github.com/bfsujason/mac /tmp/mac
    python bench/align_mac.py /tmp/mac/dev/intertext
    python bench/align_mac.py /tmp/mac/dev/intertext --set skip=2 --per-doc
    python bench/align_mac.py /tmp/mac/dev/intertext --show 002   # our wrong beads beside gold

Scores come from shared/tools/score_align.py beside the checkout (strict and lax P/R/F1,
vecalign's handling of null links), as in bench/align_textberg.py.
"""

from __future__ import annotations

import argparse
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.align_textberg import DEFAULT_SCORER, load_scorer, parse_settings  # noqa: E402
from reviewer.core.aligning import align_pair_costs  # noqa: E402
from reviewer.core.sanitize import sanitize  # noqa: E402


def read_sentences(path: Path) -> tuple[list[str], list[str], list[int]]:
    """Sentence ids, texts and paragraph numbers of one InterText document."""
    ids, texts, paragraphs = [], [], []
    for p_number, paragraph in enumerate(ET.parse(path).getroot().iter("p")):
        for s in paragraph.iter("s"):
            ids.append(s.get("id"))
            texts.append((s.text or "").strip())
            paragraphs.append(p_number)
    return ids, texts, paragraphs


def read_links(path: Path, src_ids: list[str], tgt_ids: list[str]) -> list:
    """The gold links as beads of 0-based sentence numbers.

    MAC's `xtargets` name the English sentences first, then the Chinese (`en ids;zh ids`,
    checked against its `tsv` export), although the link group says `fromDoc` is Chinese.
    """
    src_index = {sid: k for k, sid in enumerate(src_ids)}
    tgt_index = {sid: k for k, sid in enumerate(tgt_ids)}
    beads = []
    for link in ET.parse(path).getroot().iter("link"):
        b, _, a = link.get("xtargets").partition(";")
        beads.append(
            (tuple(src_index[x] for x in a.split()), tuple(tgt_index[x] for x in b.split()))
        )
    return beads


def _concatenate(docs):
    zh, en, zh_p, en_p, links = [], [], [], [], []
    for _, z, e, zp, ep, gold in docs:
        links += [(tuple(i + len(zh) for i in a), tuple(j + len(en) for j in b)) for a, b in gold]
        zh_p += [p + (zh_p[-1] + 1 if zh_p else 0) for p in zp]
        en_p += [p + (en_p[-1] + 1 if en_p else 0) for p in ep]
        zh += z
        en += e
    return "all", zh, en, zh_p, en_p, links


def show(zh: list[str], en: list[str], gold: list, beads: list, costs: list[float]) -> None:
    """Each of our beads that is not a gold bead, with its cost, its text and the gold beads it
    overlaps: what a per-chapter diagnosis reads."""
    right = set(gold)
    for (s, t), cost in zip(beads, costs, strict=True):
        if (s, t) in right:
            continue
        near = [g for g in gold if set(g[0]) & set(s) or set(g[1]) & set(t)]
        print(f"ours {list(s)}:{list(t)} cost {cost:.1f}   gold {near}")
        print("   zh:", sanitize(" ".join(zh[i] for i in s))[:100])
        print("   en:", sanitize(" ".join(en[j] for j in t))[:160])


def chapters(folder: Path) -> list[str]:
    return sorted(p.name.split(".")[1].split("_")[0] for p in folder.glob("*_zh.*_en.xml"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path, help="MAC's dev/intertext folder")
    parser.add_argument("--set", nargs="*", default=[], metavar="OPTION=VALUE")
    parser.add_argument("--scorer", type=Path, default=DEFAULT_SCORER)
    parser.add_argument("--per-doc", action="store_true", help="also score each chapter")
    parser.add_argument("--paragraphs", action="store_true", help="pass MAC's paragraphs")
    parser.add_argument(
        "--concat", action="store_true", help="align the six chapters as one long document"
    )
    parser.add_argument("--show", metavar="CHAPTER", help="print our wrong beads beside gold")
    args = parser.parse_args(argv)
    if "test" in args.folder.resolve().parts:
        parser.error("MAC-Test is reserved for independent evaluation; use the dev folder")
    scorer = load_scorer(args.scorer)
    options = parse_settings(args.set)
    gold, pred = [], []
    elapsed = 0.0
    docs = []
    for name in chapters(args.folder):
        prefix = next(args.folder.glob(f"*.{name}_zh.xml")).name.split(".")[0]
        zh_ids, zh, zh_p = read_sentences(args.folder / f"{prefix}.{name}_zh.xml")
        en_ids, en, en_p = read_sentences(args.folder / f"{prefix}.{name}_en.xml")
        links = read_links(args.folder / f"{prefix}.{name}_zh.{name}_en.xml", zh_ids, en_ids)
        docs.append((name, zh, en, zh_p, en_p, links))
    if args.concat:  # one document: the coarse-to-fine search of long inputs is used
        docs = [_concatenate(docs)]
    for name, zh, en, zh_p, en_p, links in docs:
        start = time.perf_counter()
        beads, costs = align_pair_costs(
            zh,
            en,
            src_lang="zh",
            tgt_lang="en",
            src_paragraphs=zh_p if args.paragraphs else None,
            tgt_paragraphs=en_p if args.paragraphs else None,
            options=options,
        )
        elapsed += time.perf_counter() - start
        gold.append(links)
        pred.append(beads)
        if args.show == name:
            show(zh, en, links, beads, costs)
        if args.per_doc:
            r = scorer.score([links], [beads], "vecalign")
            print(f"  {name}  {len(zh):4} zh  {len(en):4} en   strict F1 {r['f1_strict']:.3f}")
    r = scorer.score(gold, pred, "vecalign")
    print(
        f"MAC-Dev strict P/R/F1 {r['precision_strict']:.3f} {r['recall_strict']:.3f} "
        f"{r['f1_strict']:.3f}   lax P/R/F1 {r['precision_lax']:.3f} {r['recall_lax']:.3f} "
        f"{r['f1_lax']:.3f}   ({elapsed:.2f} s)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
