"""Cross-language latent semantics from the groups found: `python bench/grouping_lsi.py
[--books ...] [--seeds 0 1 ...]` (issue 12; stop 37: what `grouping._off_meaning` reads).

Groups the long parts of the Bible dev set as `bench_grouping.py dev` does, without the rule
(`_off_meaning` off), and prints for every member of each group of three or more found (true
member, distractor, version of another part) its mean verified score over the members and
its mean `grouping_meaning.place_agreement` with them (`d...`, and `z...`: the same over the
standard deviation of the other places' cosines), in three spaces: its group's slots left
out of the SVD (300 dimensions, `r300`; `r300-1` without the first dimension), and the space
of all the slots with its group's slots left out of the words' coordinates (`once`, what the
rule uses). An SVD per group: slow (minutes a seed). Tune on dev seeds under 100 only.
"""

from __future__ import annotations

import sys
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.grouping_words import cli, grouped, kind_of  # noqa: E402
from reviewer.core import grouping, pattern_cache  # noqa: E402
from reviewer.core.grouping_meaning import Slots  # noqa: E402

_WORD = pattern_cache.compile(r"\p{L}[\p{L}\p{M}'’-]*")
LETTERS = 5
RANKS = (300,)


def paragraphs(segments, lang: str) -> list[Counter]:
    by: dict[int, Counter] = defaultdict(Counter)
    for s in grouping._text_segments(segments):
        by[s.paragraph].update((lang, w.lower()[:LETTERS]) for w in _WORD.findall(s.text))
    return [by[p] for p in sorted(by)]


def diagonal(a: list[np.ndarray], b: list[np.ndarray]) -> tuple[float, float] | None:
    """Mean cosine in the same place less in other places, and that over the other places'
    standard deviation."""
    if len(a) != len(b) or len(a) < 2:
        return None
    m = np.array(a) @ np.array(b).T
    n = len(a)
    diag = float(np.trace(m)) / n
    off = m[~np.eye(n, dtype=bool)]
    sd = float(off.std()) or 1e-9
    return diag - float(off.mean()), (diag - float(off.mean())) / sd


def run(books, seed: int, out) -> None:
    docs, documents, segments, groups, checked = grouped(books, seed)
    members = [sorted(g.members.values()) for g in groups]
    paras = {i: paragraphs(segments[i], documents[i].lang) for m in members for i in m}
    # slots: per group, per paragraph, the words of the members with the usual count
    group_slots: list[list[Counter]] = []
    for m in members:
        count = Counter(len(paras[i]) for i in m).most_common(1)[0][0]
        slots = [Counter() for _ in range(count)]
        for i in m:
            if len(paras[i]) == count:
                for p, c in enumerate(paras[i]):
                    slots[p].update(c)
        group_slots.append(slots)
    matrix = Slots([slot for found in group_slots for slot in found])
    first = np.cumsum([0] + [len(found) for found in group_slots])
    whole = matrix.whole()
    for g, m in enumerate(members):
        if len(m) < 3:
            continue
        variants = {}
        for rank in RANKS:
            space = matrix.space(range(first[g], first[g + 1]), rank=rank)
            vecs = {i: [space.vector(c) for c in paras[i]] for i in m}
            variants[f"r{rank}"] = vecs
            variants[f"r{rank}-1"] = {i: [v[1:] for v in vs] for i, vs in vecs.items()}
        once = whole.without(range(first[g], first[g + 1]))
        variants["once"] = {i: [once.vector(c) for c in paras[i]] for i in m}
        for x in m:
            kind = kind_of(docs, m, x)
            verified = [checked.get((min(x, y), max(x, y)), 1.0) for y in m if y != x]
            fields = []
            for name, vs in variants.items():
                ds = [d for y in m if y != x and (d := diagonal(vs[x], vs[y])) is not None]
                if ds:
                    fields.append(f"d{name}={sum(d for d, _ in ds) / len(ds):.4f}")
                    fields.append(f"z{name}={sum(z for _, z in ds) / len(ds):.3f}")
                else:
                    fields.append(f"d{name}=nan z{name}=nan")
            mean_v = sum(verified) / len(verified)
            print(
                f"{seed} {kind} {documents[x].lang} {docs[x].part} size={len(m)} "
                f"verified={mean_v:.3f} {' '.join(fields)} "
                f"v={','.join(f'{v:.2f}' for v in verified)}",
                file=out,
                flush=True,
            )


if __name__ == "__main__":
    cli(__doc__, run)
