"""What `align_repair.untrade` weighs, per 1-1 bead: `python bench/trade_probe.py --seed N`.

Runs the Bible fault bench (`--apart`, as `bench/faults_diag.py`; dev seeds < 100 only),
captures every refined version's final beads (after `align_repair`'s repairs, Thai left out),
and writes per 1-1 bead of text (JSONL, `--out`): the evidence its two sentences share
(`own`, and as a share of the version sentence's), the evidence of the pivot sentence that a
neighbouring bead's version text holds and its own pivot sentences lack (`novel`), whether
they share a telling key (`strong`), how far the version sentence's length is from the
witnesses' length of the pivot sentence (`misfit`, log units) and how much better the
neighbour's text fits its pivot sentences with this one added (`gain`), and whether the
version sentence is truly an inserted one. Prints, for a few thresholds of `novel`, how many
inserted and faithful sentences a trade rule would leave alone. Branch omit38 chose
`TRADE_NOVEL` with it (docs/alignment.md). A tool for choosing a rule, not a benchmark.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.faults import KINDS, build_case  # noqa: E402
from bench.faults_data import PIVOT, read_all  # noqa: E402
from bench.faults_diag import scored_groups, true_beads  # noqa: E402
from reviewer.core import align_repair, group_alignment  # noqa: E402

CAPTURED: dict = {}
LAST: dict = {}


def _capture() -> None:
    unabsorbed = group_alignment._unabsorbed
    merge = group_alignment._merge

    def spy_unabsorbed(pairs, per_lang, sure, refined):
        unabsorbed(pairs, per_lang, sure, refined)
        LAST.update(pairs=pairs, per_lang=per_lang, sure=sure, refined=set(refined))

    def spy_merge(segments, pivot, langs, per_lang, sure):
        key = tuple(sorted((lang, len(s)) for lang, s in segments.items()))
        CAPTURED[key] = dict(LAST) if LAST.get("per_lang") is per_lang else None
        LAST.clear()
        return merge(segments, pivot, langs, per_lang, sure)

    group_alignment._unabsorbed = spy_unabsorbed
    group_alignment._merge = spy_merge


def _trades(pair, beads, inserted, lengths) -> list[dict]:
    src, tgt = pair.src, pair.tgt
    weight = align_repair._weights(pair)

    def mass(keys) -> float:
        return math.fsum(weight.get(k, 0.0) for k in keys)

    def misfit(t, ps, more: float = 0.0) -> float:
        have = float(tgt.lengths[list(t)].sum()) / pair.ratio
        want = float(lengths[list(ps)].sum()) + more
        return abs(math.log(max(have, 1.0) / max(want, 1.0)))

    out = []
    for k, (s, t) in enumerate(beads):
        if len(s) != 1 or len(t) != 1 or src.kinds[s[0]] or tgt.kinds[t[0]]:
            continue
        p, v = s[0], t[0]
        both = src.keys[p] & tgt.keys[v]
        novel, gain = 0.0, None
        for nb in (k - 1, k + 1):
            if not 0 <= nb < len(beads) or not beads[nb][0] or not beads[nb][1]:
                continue
            ns, nt = beads[nb]
            theirs = set().union(*(tgt.keys[j] for j in nt))
            known = set().union(*(src.keys[i] for i in ns))
            novel = max(novel, mass((src.keys[p] & theirs) - known))
            better = misfit(nt, ns) - misfit(nt, ns, float(lengths[p]))
            gain = better if gain is None else max(gain, better)
        out.append(
            {
                "inserted": v in inserted,
                "own": mass(both),
                "own_share": mass(both) / max(mass(tgt.keys[v]), 1e-9),
                "strong": any(key[:2] in align_repair._STRONG for key in both),
                "novel": novel,
                "misfit": misfit((v,), (p,)),
                "gain": gain,
                "script": tgt.script,
            }
        )
    return out


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, action="append", required=True)
    parser.add_argument("--rounds", type=int, default=4)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    if any(s >= 100 for s in args.seed):
        parser.error("dev seeds only (< 100)")
    _capture()
    texts = read_all()
    rows = []
    for seed in args.seed:
        corpora = {
            f"round{r}": {
                f"{pid}-r{r}": build_case(texts, pid, f"{pid}-r{r}", seed, KINDS)
                for pid in texts[PIVOT]
            }
            for r in range(args.rounds)
        }
        corpora["clean"] = {
            f"{pid}-clean": build_case(texts, pid, pid, seed, ()) for pid in texts[PIVOT]
        }
        with tempfile.TemporaryDirectory(prefix="trade-probe-") as tmp:
            for name, cases in corpora.items():
                for group, docs, aligned, spans, _ in scored_groups(Path(tmp) / name, cases):
                    key = tuple(sorted((lang, len(s)) for lang, s in aligned.segments.items()))
                    cap = CAPTURED.get(key)
                    if not cap:
                        continue
                    pairs, per_lang = cap["pairs"], cap["per_lang"]
                    passes = {lang: (b, cap["sure"][lang]) for lang, b in per_lang.items()}
                    for lang in sorted(cap["refined"]):
                        pair = pairs[lang]
                        if pair is None or lang == "th":
                            continue
                        lengths = group_alignment._witness_lengths(lang, passes, pairs)
                        if lengths is None:
                            continue
                        truth = true_beads(spans[PIVOT], spans[lang], docs[PIVOT], docs[lang])
                        inserted = {j for b in truth if not b[0] for j in b[1]}
                        for row in _trades(pair, per_lang[lang], inserted, lengths):
                            rows.append({"seed": seed, "group": group.id, "lang": lang, **row})
        CAPTURED.clear()
    if args.out:
        args.out.write_text("\n".join(json.dumps(r) for r in rows))
    print(f"{len(rows)} beads 1-1, {sum(r['inserted'] for r in rows)} with an inserted sentence")
    own, ratio = align_repair.TRADE_OWN, align_repair.TRADE_RATIO
    for novel in (0.3, 0.5, 0.7, 1.0):
        hit = [
            r["inserted"]
            for r in rows
            if not r["strong"]
            and r["own_share"] <= own
            and r["novel"] >= novel
            and r["novel"] > ratio * r["own"]
        ]
        print(f"novel >= {novel}: inserted {sum(hit)}, faithful {len(hit) - sum(hit)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
