"""What would tell a misplaced gap after the repairs: `python bench/gap_place_probe.py --seed N`.

Runs the Bible fault bench (`--apart`, as `bench/faults_diag.py`; dev seeds < 100 only),
captures every refined version's final beads (after `align_repair`'s repairs) and writes one
JSON line per candidate repair whose truth is one of its two configurations (`label`):

- `swap`: a 1-0 bead beside a 1-1 bead, which would trade pivot sentences (an omission found
  a row away). `ev_now` / `ev_swap`: the evidence the version's sentence shares with its
  pivot sentence and with the one left alone; `fit_now` / `fit_swap`: its length against
  theirs (the witnesses' median lengths over the second passes, log units); `keys_now` /
  `keys_swap`: the keys it shares with each; `witnesses`: what the other versions' sentences
  of the two say (`_witness_votes`).
- `trade`: a 1-1 bead beside a bead with text, whose version sentence would be left alone and
  its pivot sentence join the neighbour (`align_repair.unlonely`'s candidates): `lonely` (the
  sentence's lonely words, `aligning._lonely`), `fit_with` / `fit_without` (the neighbour's
  text against the sum of its pivot sentences' witnessed lengths with and without this one;
  `unlonely` also reads a run the witnesses join by their own length), `own` (evidence shared).
- `split`: a bead of two version sentences or more whose end sentence would be left alone.

Prints, per kind, how many true and faithful candidates `unlonely`'s rule (or its mirror for
`split`) takes. Branch repair41 chose `LONELY_TRADE` and `LONELY_FIT` with it
(docs/alignment.md). A tool for choosing a rule, not a benchmark.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import faults_diag  # noqa: E402
from bench.faults import KINDS, build_case  # noqa: E402
from bench.faults_data import PIVOT, read_all  # noqa: E402
from reviewer.core import aligning, group_alignment  # noqa: E402
from reviewer.core.align_repair import LONELY_FIT, LONELY_TRADE, _weights  # noqa: E402


def _witness_votes(lang, j, p, q, pairs, beads):
    """What the witnesses say of version sentence j beside pivot p (now) or q (swapped): the
    keys it shares without a table (numbers, names, Han pairs, marks; not `l:` or `p:`), each
    weighted 1 / its document frequency, with each witness's 1-1 sentence of p and of q
    (summed), and how many witnesses share more with p and with q. Zero where the versions
    share nothing but table keys: on the Bible bench, every true swap of seeds 15, 3, 7."""

    def plain(side, k):
        return {x for x in side.base_keys[k] if x[:2] not in ("l:", "p:")}

    def frequencies(side):
        return Counter(x for k in range(side.size) for x in plain(side, k))

    me = pairs[lang].tgt
    df_me, mine = frequencies(me), plain(me, j)
    now = swap = 0.0
    votes = [0, 0]
    for other, witness_beads in beads.items():
        if other == lang or pairs.get(other) is None:
            continue
        w = pairs[other].tgt
        one = {
            s[0]: t[0]
            for s, t in witness_beads
            if len(s) == 1 and len(t) == 1 and not w.kinds[t[0]]
        }
        if p not in one or q not in one:
            continue
        df_w = frequencies(w)
        a, b = (sum(1.0 / max(df_me[x], df_w[x]) for x in mine & plain(w, one[i])) for i in (p, q))
        now += a
        swap += b
        votes[0] += a > b
        votes[1] += b > a
    return round(now, 2), round(swap, 2), votes


def _candidates(got, truth, pair, lengths, lonely, lang=None, pairs=None, beads=None):
    """Every candidate repair of one version's beads whose truth is known, as dicts."""
    src, tgt = pair.src, pair.tgt
    weight = _weights(pair)

    def ev(p, j):
        return round(math.fsum(weight.get(k, 0.0) for k in src.keys[p] & tgt.keys[j]), 2)

    def fit(t, s):
        have = max(float(tgt.lengths[list(t)].sum()) / pair.ratio, 1.0)
        return round(math.log(have / max(float(lengths[list(s)].sum()), 1.0)), 2)

    def plain(s, t):
        return not any(src.kinds[i] for i in s) and not any(tgt.kinds[j] for j in t)

    for k, (s, t) in enumerate(got):
        for nb in (k - 1, k + 1):
            if not 0 <= nb < len(got) or not plain(s, t) or not plain(*got[nb]):
                continue
            ns, nt = got[nb]
            if len(s) == 1 and not t and len(ns) == 1 and len(nt) == 1:
                (q,), (p,), (j,) = s, ns, nt
                now, swapped = {(s, t), (ns, nt)}, {((p,), ()), ((q,), nt)}
                if abs(p - q) == 1 and (now <= truth or swapped <= truth):
                    yield {
                        "kind": "swap",
                        "label": "true" if swapped <= truth else "faithful",
                        "ev_now": ev(p, j),
                        "ev_swap": ev(q, j),
                        "fit_now": fit(nt, ns),
                        "fit_swap": fit(nt, s),
                        "witnesses": _witness_votes(lang, j, p, q, pairs, beads),
                        "keys_now": sorted(k for k in src.keys[p] & tgt.keys[j] if k in weight),
                        "keys_swap": sorted(k for k in src.keys[q] & tgt.keys[j] if k in weight),
                        "j": j,
                    }
            if len(s) == 1 and len(t) == 1 and ns and nt:
                traded = {((), t), (tuple(sorted((*ns, *s))), nt)}
                if traded <= truth or {(s, t), (ns, nt)} <= truth:
                    yield {
                        "kind": "trade",
                        "label": "true" if traded <= truth else "faithful",
                        "lonely": round(float(lonely[t[0]]), 2),
                        "fit_with": fit(nt, tuple(sorted((*ns, *s)))),
                        "fit_without": fit(nt, ns),
                        "own": ev(s[0], t[0]),
                        "j": t[0],
                    }
        if s and len(t) >= 2 and plain(s, t):
            for end, rest in ((t[0], t[1:]), (t[-1], t[:-1])):
                split = {((), (end,)), (s, rest)}
                if split <= truth or (s, t) in truth:
                    yield {
                        "kind": "split",
                        "label": "true" if split <= truth else "faithful",
                        "lonely": round(float(lonely[end]), 2),
                        "fit_with": fit(t, s),
                        "fit_without": fit(rest, s),
                        "own": math.fsum(ev(i, end) for i in s),
                        "j": end,
                    }


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, default=15)
    parser.add_argument("--out", type=Path, help="write the candidates here (JSONL)")
    args = parser.parse_args()
    if args.seed >= 100:
        parser.error("dev seeds only (< 100)")
    faults_diag._capture()
    unabsorbed = group_alignment._unabsorbed
    last: dict = {}

    def spy(pairs, per_lang, sure, refined):
        last["pairs"] = pairs
        return unabsorbed(pairs, per_lang, sure, refined)

    group_alignment._unabsorbed = spy
    texts = read_all()
    passages = list(texts[PIVOT])
    corpora = {
        f"round{r}": {
            f"{pid}-r{r}": build_case(texts, pid, f"{pid}-r{r}", args.seed, KINDS)
            for pid in passages
        }
        for r in range(4)
    }
    corpora["clean"] = {
        f"{pid}-clean": build_case(texts, pid, pid, args.seed, ()) for pid in passages
    }
    found: list[dict] = []
    with tempfile.TemporaryDirectory() as tmp:
        for name, cases in corpora.items():
            for group, docs, aligned, spans, _ in faults_diag.scored_groups(
                Path(tmp) / name, cases
            ):
                key = tuple(sorted((lang, len(s)) for lang, s in aligned.segments.items()))
                beads = dict(faults_diag.CAPTURED[key])
                beads.pop("_pairs")
                pairs = last["pairs"]
                passes = {lang: (b, None) for lang, b in beads.items()}
                for lang, got in beads.items():
                    pair = pairs.get(lang)
                    if pair is None:
                        continue
                    truth = faults_diag.true_beads(
                        spans[PIVOT], spans[lang], docs[PIVOT], docs[lang]
                    )
                    lengths = group_alignment._witness_lengths(lang, passes, pairs)
                    lonely = aligning._lonely(pair.tgt, pair.src, pair.options.max_df)
                    for row in _candidates(got, truth, pair, lengths, lonely, lang, pairs, beads):
                        text = aligned.segments[lang][row.pop("j")].text[:40]
                        found.append({"group": group.id, "lang": lang, **row, "text": text})
    if args.out:
        args.out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in found))
    for kind in ("swap", "trade", "split"):
        rows = [r for r in found if r["kind"] == kind]
        print(f"{kind}: {dict(Counter(r['label'] for r in rows))}")
    for kind, bigger, smaller in (
        ("trade", "fit_without", "fit_with"),
        ("split", "fit_with", "fit_without"),
    ):
        taken = Counter(
            r["label"]
            for r in found
            if r["kind"] == kind
            and r["lang"] not in ("th", "ja")
            and r["lonely"] >= LONELY_TRADE
            and abs(r[smaller]) + LONELY_FIT <= abs(r[bigger])
        )
        print(f"{kind} taken at lonely >= {LONELY_TRADE}, fit >= {LONELY_FIT}: {dict(taken)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
