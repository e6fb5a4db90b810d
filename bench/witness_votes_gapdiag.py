"""Scratch: do direct alignments with other versions see L's gaps where L's own does not?"""

import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.faults import KINDS, build_case, write_folder
from bench.faults_data import PIVOT, read_all
from bench.faults_diag import true_beads
from reviewer.core import aligning, witness_votes
from reviewer.core.session import open_corpus

seed = int(sys.argv[1]) if len(sys.argv) > 1 else 15
K = int(sys.argv[2]) if len(sys.argv) > 2 else 3
STASH = {}


def revise(segments, pivot, pairs, second, options):
    cands = [l for l, p in pairs.items() if p is not None]
    gaps = {}
    for lang in cands:
        voters = witness_votes._witnesses(lang, cands, pairs, second, K)
        pg, lg = Counter(), Counter()
        for other in voters:
            ws, own = segments[other], segments[lang]
            d = aligning._prepare(
                [s.text for s in ws],
                [s.text for s in own],
                src_paragraphs=[s.paragraph for s in ws],
                tgt_paragraphs=[s.paragraph for s in own],
                src_kinds=[s.boilerplate for s in ws],
                tgt_kinds=[s.boilerplate for s in own],
                src_lang=other,
                tgt_lang=lang,
                options=options,
            )
            b, c = aligning._search(d.src, d.tgt, d.ratio, d.options)
            b, c = aligning._refine(d, b, c)
            m2p = {t[0]: s[0] for s, t in second[other][0] if len(s) == 1 and len(t) == 1}
            for ms, ls in b:
                if not ls:
                    for m in ms:
                        if m in m2p:
                            pg[m2p[m]] += 1
                if not ms:
                    for j in ls:
                        lg[j] += 1
        gaps[lang] = (pg, lg)
    STASH["x"] = (dict(second), gaps)
    return second


witness_votes.revise = revise

texts = read_all()
passages = list(texts[PIVOT])
stats = Counter()
for r in range(2):
    cases = {f"{pid}-r{r}": build_case(texts, pid, f"{pid}-r{r}", seed, KINDS) for pid in passages}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "x"
        groups = write_folder(folder, cases)
        languages = {p.name: p.name.split(".")[-2] for p in folder.glob("*.txt")}
        corpus = open_corpus([folder], languages=languages, grouping_file=groups)
        for group in corpus.groups:
            STASH.clear()
            docs = cases[group.id]
            aligned = corpus.aligned(group)
            second, gaps = STASH["x"]
            spans = {l: [(s.start, s.end) for s in segs] for l, segs in aligned.segments.items()}
            for lang, (pg, lg) in gaps.items():
                truth = true_beads(spans[PIVOT], spans[lang], docs[PIVOT], docs[lang])
                lone_p = {k for s, t in truth if not t for k in s}
                lone_l = {j for s, t in truth if not s for j in t}
                own_p = {k for s, t in second[lang][0] if not t for k in s}
                own_l = {j for s, t in second[lang][0] if not s for j in t}
                for k in range(len(spans[PIVOT])):
                    n = min(pg[k], 3)
                    stats[(lang, "p", k in lone_p, k in own_p, n)] += 1
                for j in range(len(spans[lang])):
                    n = min(lg[j], 3)
                    stats[(lang, "l", j in lone_l, j in own_l, n)] += 1
for side in "pl":
    print("side", side, "(true gap?, own says gap?) -> counts by votes 0/1/2/3")
    for tg in (True, False):
        for og in (True, False):
            row = [
                sum(
                    v
                    for k, v in stats.items()
                    if k[1] == side and k[2] == tg and k[3] == og and k[4] == n
                )
                for n in range(4)
            ]
            print(f"  true={tg!s:5} own={og!s:5}", row)
