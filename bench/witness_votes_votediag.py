"""Scratch: how right are the witnesses' votes, against L's own 1-1 beads?"""

import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.faults import KINDS, build_case, write_folder
from bench.faults_data import PIVOT, read_all
from bench.faults_diag import true_beads
from reviewer.core import witness_votes
from reviewer.core.session import open_corpus

seed = int(sys.argv[1]) if len(sys.argv) > 1 else 15
STASH = {}
orig_vote = witness_votes._vote
VOTES = []


def vote(lang, other, segments, pairs, second, options):
    before = [set(k) for k in pairs[lang].tgt.keys]
    n = orig_vote(lang, other, segments, pairs, second, options)
    # recover the links: x:other:b on tgt j; pivot k holding the same key
    for j, keys in enumerate(pairs[lang].tgt.keys):
        for key in keys - before[j]:
            ks = [k for k, pk in enumerate(pairs[lang].src.keys) if key in pk]
            VOTES.append((lang, other, j, tuple(ks)))
    return n


witness_votes._vote = vote
orig_revise = witness_votes.revise


def revise(segments, pivot, pairs, second, options):
    VOTES.clear()
    out = orig_revise(segments, pivot, pairs, second, options)
    STASH["x"] = (dict(second), list(VOTES), out)
    return out


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
            if "x" not in STASH:
                continue
            second, votes, out = STASH["x"]
            spans = {l: [(s.start, s.end) for s in segs] for l, segs in aligned.segments.items()}
            for lang in second:
                truth = true_beads(spans[PIVOT], spans[lang], docs[PIVOT], docs[lang])
                t_of_l = {j: set(b[0]) for b in truth for j in b[1]}
                for s, t in second[lang][0]:
                    if len(s) == 1 and len(t) == 1:
                        stats[(lang, "own11", s[0] in t_of_l.get(t[0], ()))] += 1
                for s, t in out[lang][0]:
                    if len(s) == 1 and len(t) == 1:
                        stats[(lang, "new11", s[0] in t_of_l.get(t[0], ()))] += 1
                own = {t[0]: s[0] for s, t in second[lang][0] if len(s) == 1 and len(t) == 1}
                byj = {}
                for l2, other, j, ks in votes:
                    if l2 == lang and len(ks) == 1:
                        byj.setdefault(j, Counter())[ks[0]] += 1
                for j, c in byj.items():
                    k, n = c.most_common(1)[0]
                    ok = k in t_of_l.get(j, set())
                    stats[(lang, f"cons{min(n, 3)}", ok)] += 1
                    if j in own and own[j] not in t_of_l.get(j, set()):
                        stats[(lang, f"ownwrong_cons{min(n, 3)}", ok)] += 1
                    if j in own and own[j] in t_of_l.get(j, set()) and k != own[j]:
                        stats[(lang, f"ownright_consdiffer{min(n, 3)}", ok)] += 1
                for l2, other, j, ks in votes:
                    if l2 == lang:
                        ok = bool(set(ks) & t_of_l.get(j, set()))
                        stats[(lang, "vote", ok)] += 1
                        stats[(lang, "vote:" + other, ok)] += 1
langs = sorted({k[0] for k in stats})
for lang in langs:
    parts = []
    for what in ["own11", "new11", "vote"] + sorted(
        {k[1] for k in stats if k[0] == lang and ("cons" in k[1])}
    ):
        a, b = stats[(lang, what, True)], stats[(lang, what, False)]
        if a + b:
            parts.append(f"{what} {a}/{a + b} wrong={b}")
    print(lang, "; ".join(parts))
