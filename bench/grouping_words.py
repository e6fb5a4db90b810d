"""Words as evidence of meaning for a group's members: `python bench/grouping_words.py
[--books ...] [--seeds 0 1 ...]` (issue 12, item 2; stop 37).

Groups the long parts of the Bible dev set (bench/grouping_dev.py) as `bench_grouping.py dev`
does, then, for each member of each group of three or more found, asks whether its words
mean what the other members' words mean. Every pair of members of every group found is
aligned (the aligner's first pass, as the verification aligns), and per pair of languages
the word pairs that keep meeting in those beads beyond chance make a table (Dice over the
beads, less the meetings chance gives, as `lexical.learn_lexicon(beyond_chance=True)`),
learnt leaving the member's own group out. A member's evidence with another member is then
how many of its words have a translation in the sentence the alignment pairs it with, less
how many have one in the neighbouring sentences of that paragraph (a null that keeps the
paragraph's words: a part of the same book shares those as much), as a z. Prints, per
member (true member, distractor, version of another part), its mean verified score over the
members, its mean z and the number of members its words could be read against.
Tune on dev seeds under 100 only.
"""

from __future__ import annotations

import argparse
import math
import sys
from collections import Counter, defaultdict
from itertools import combinations
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.bench_grouping import prepare  # noqa: E402
from bench.grouping_dev import REPORT_BOOKS, build  # noqa: E402
from reviewer.core import grouping, lexical, pattern_cache, verse  # noqa: E402

_WORD = pattern_cache.compile(r"\p{L}[\p{L}\p{M}'’-]*")
LETTERS = 5
MIN_COUNT = 2
MIN_DICE = 0.3
SPAN = 3  # beads of up to this many sentences a side teach and are read
NEAR = 3  # the null: sentences of the other side within this many beads, same paragraph


def tokens(text: str) -> frozenset[str]:
    return frozenset(w.lower()[:LETTERS] for w in _WORD.findall(text))


class PairCounts:
    """Per group, the beads of a language pair: co-occurrence counts, left out by group."""

    def __init__(self) -> None:
        self.beads: dict[int, list[tuple[frozenset[str], frozenset[str]]]] = defaultdict(list)

    def model(self, leave_out: int):
        """IBM model 1 (lexical.TranslationModel) over the other groups' beads."""
        beads = [b for g, bs in self.beads.items() if g != leave_out for b in bs]
        if len(beads) < 10:
            return None
        return lexical.TranslationModel([(tuple(sorted(s)), tuple(sorted(t))) for s, t in beads])

    def table(self, leave_out: int) -> dict[str, set[str]]:
        """Dice beyond chance over the other groups' beads (`lexical.learn_lexicon`, every
        token of a bead, no cap but a fifth of the beads)."""
        beads = [b for g, bs in self.beads.items() if g != leave_out for b in bs]
        if len(beads) < 10:
            return {}
        return lexical.learn_lexicon(
            beads,
            min_count=MIN_COUNT,
            min_dice=MIN_DICE,
            max_share=0.2,
            max_df=1 << 30,
            per_pair=1 << 30,
            beyond_chance=True,
        )


def beads_of(segs_a, segs_b, lang_a, lang_b, reverse=False):
    """The first pass's beads of two documents: (sentences of a, of b, paragraph of a); with
    `reverse`, b's sentences reversed in each paragraph (the gain's null order)."""
    a, b = grouping._text_segments(segs_a), grouping._text_segments(segs_b)
    if reverse:
        b = grouping._reversed_in_paragraphs(b)
    if not a or not b:
        return []
    beads, _ = grouping._alignment(a, b, lang_a, lang_b, grouping._VERIFY_OPTIONS)
    out = []
    for x, y in beads:
        if 1 <= len(x) <= SPAN and 1 <= len(y) <= SPAN:
            out.append(
                (
                    frozenset().union(*(tokens(a[i].text) for i in x)),
                    frozenset().union(*(tokens(b[j].text) for j in y)),
                    a[x[0]].paragraph,
                )
            )
    return out


def covered(rows, model) -> tuple[float, float]:
    """The model's cover of the rows' sides by each other, and their mass."""
    if model is None or not rows:
        return 0.0, 0.0
    src = [tuple(sorted(s)) for s, _, _ in rows]
    tgt = [tuple(sorted(t)) for _, t, _ in rows]
    index = np.arange(len(rows))
    cover, src_mass, tgt_mass = model.cover(src, tgt, index, index)
    return float(cover.sum()), float((src_mass.sum() + tgt_mass.sum()) / 2)


def hits_of(rows, table) -> float:
    return sum(sum(1 for a in s if a in table and not table[a].isdisjoint(t)) for s, t, _ in rows)


def evidence(rows, table: dict[str, set[str]]) -> tuple[float, float, int] | None:
    """Hits in the aligned sentence, the null's expected hits, and the words read."""
    if not table:
        return None
    real = null = 0.0
    read = 0
    for r, (s, _, paragraph) in enumerate(rows):
        known = [a for a in s if a in table]
        if not known:
            continue
        read += len(known)

        def hits(t: frozenset[str], known=known) -> int:
            return sum(1 for a in known if not table[a].isdisjoint(t))

        real += hits(rows[r][1])
        others = [
            rows[q][1]
            for q in range(max(0, r - NEAR), min(len(rows), r + NEAR + 1))
            if q != r and rows[q][2] == paragraph
        ]
        if not others:
            others = [rows[q][1] for q in (r - 1, r + 1) if 0 <= q < len(rows)]
        if others:
            null += sum(hits(t) for t in others) / len(others)
        else:
            null += real
    if not read:
        return None
    return real, null, read


def grouped(books, seed: int):
    """The dev set's documents, their marked segments, the groups `find_groups` finds
    without `_off_meaning` (the groups as they were without it), and the pairs it verified
    with their scores."""
    docs = build(tuple(books), seed=seed)
    documents, segments = prepare([(d.name, d.lang, d.text) for d in docs])
    checked: dict[tuple[int, int], float] = {}
    verify, meaning = grouping._verify, grouping._off_meaning

    def watched(scorer, segs, pair, value):  # type: ignore[no-untyped-def]
        checked[pair] = result = verify(scorer, segs, pair, value)
        return result

    grouping._verify = watched
    grouping._off_meaning = lambda *args: set()
    try:
        groups = grouping.find_groups(documents, segments)
    finally:
        grouping._verify, grouping._off_meaning = verify, meaning
    return docs, documents, segments, groups, checked


def kind_of(docs, group, x: int) -> str:  # type: ignore[no-untyped-def]
    """A member's truth: a distractor, a version of another part than most members', or
    true."""
    main = Counter(docs[i].part for i in group).most_common(1)[0][0]
    if docs[x].group is None:
        return "distractor"
    return "other" if docs[x].part != main else "true"


def run(books, seed: int, out) -> None:
    docs, documents, segments, groups, checked = grouped(books, seed)
    segs = verse.for_grouping(documents, segments)
    members = [sorted(g.members.values()) for g in groups]
    # every pair of members of every group: beads, and per language pair per group
    counts: dict[tuple[str, str], PairCounts] = defaultdict(PairCounts)
    rows: dict[tuple[int, int], list] = {}
    reversed_rows: dict[tuple[int, int], list] = {}
    for g, group in enumerate(members):
        for x, y in combinations(group, 2):
            lx, ly = documents[x].lang, documents[y].lang
            bx = beads_of(segs[x], segs[y], lx, ly)
            rows[(x, y)] = bx
            rows[(y, x)] = [(t, s, None) for s, t, _ in bx]
            counts[(lx, ly)].beads[g].extend((s, t) for s, t, _ in bx)
            counts[(ly, lx)].beads[g].extend((t, s) for s, t, _ in bx)
    # (y, x)'s null needs x's... keep y's paragraphs: recompute with y as the first side
    for group in members:
        if len(group) < 3:
            continue
        for x, y in combinations(group, 2):
            lx, ly = documents[x].lang, documents[y].lang
            rows[(y, x)] = beads_of(segs[y], segs[x], ly, lx)
            reversed_rows[(x, y)] = beads_of(segs[x], segs[y], lx, ly, True)
            reversed_rows[(y, x)] = beads_of(segs[y], segs[x], ly, lx, True)
    models: dict = {}
    for g, group in enumerate(members):
        if len(group) < 3:
            continue
        for x in group:
            kind = kind_of(docs, group, x)
            zs, verified, raw, m1 = [], [], [], []
            for y in group:
                if y == x:
                    continue
                pair = (min(x, y), max(x, y))
                verified.append(checked.get(pair, 1.0))
                lx, ly = documents[x].lang, documents[y].lang
                table = counts[(lx, ly)].table(g)
                found = evidence(rows[(x, y)], table)
                if found is None:
                    continue
                real, null, read = found
                rev = hits_of(reversed_rows[(x, y)], table)
                model = models.get((lx, ly, g), False)
                if model is False:
                    model = models[(lx, ly, g)] = counts[(lx, ly)].model(g)
                c_real, mass = covered(rows[(x, y)], model)
                c_rev, _ = covered(reversed_rows[(x, y)], model)
                m1.append((c_real - c_rev) / mass if mass else float("nan"))
                zs.append((real - null) / math.sqrt(null + 1.0))
                raw.append(
                    f"{documents[y].lang}:{real:.0f}/{null:.1f}/{rev:.0f}/{read}/{len(table)}"
                )
            mean_v = sum(verified) / len(verified)
            mean_z = sum(zs) / len(zs) if zs else float("nan")
            pos = sum(1 for z in zs if z > 1.0)
            print(
                f"{seed} {kind} {documents[x].lang} {docs[x].part} size={len(group)} "
                f"verified={mean_v:.3f} z={mean_z:.2f} read={len(zs)} pos={pos} "
                f"m1={np.nanmean(m1) if m1 else float('nan'):.3f} "
                f"raw={','.join(raw)} v={','.join(f'{v:.2f}' for v in verified)} "
                f"m1s={','.join(f'{v:.3f}' for v in m1)}",
                file=out,
                flush=True,
            )


def cli(doc: str, run) -> None:  # type: ignore[no-untyped-def]
    """`--books`, `--seeds` (under 100: the others are kept for blind evaluation)."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("--books", nargs="+", default=list(REPORT_BOOKS))
    parser.add_argument("--seeds", nargs="+", type=int, default=[0])
    args = parser.parse_args()
    if any(s >= 100 for s in args.seeds):
        parser.error("seeds 100 and over are kept for blind evaluation")
    for seed in args.seeds:
        run(args.books, seed, sys.stdout)


if __name__ == "__main__":
    cli(__doc__, run)
