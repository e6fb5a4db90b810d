"""Why the fault bench's alarms and misses happen: `python bench/faults_diag.py [--corpus news]`.

Runs the Bible (or news) fault bench in this process, `--apart` style (each round and the
clean passages a corpus of their own), and compares each version's own beads against the
pivot with the true ones (segments joined when they share a verse; an inserted verse is a
0-1, an omitted one a 1-0). Prints, per language:
- how often each true bead shape occurs and how often the aligner got it exactly;
- every false alarm (missing or extra, minor or worse, on an untouched cell) with the true
  shape of the beads at that place and what the aligner made of them;
- every missed omission or insertion likewise.
A tool for finding the largest cause, not a benchmark: bench/faults.py keeps the figures.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.faults import KINDS, build_case, write_folder  # noqa: E402
from bench.faults_data import PIVOT, TRUE_DIFFERENCES, read_all, read_news  # noqa: E402
from bench.faults_score import ALERT, CHECK_FOR, GroupScore, score_group, verses_of  # noqa: E402
from reviewer.core import align_evidence, align_search, aligning, group_alignment  # noqa: E402
from reviewer.core.session import open_corpus  # noqa: E402

CAPTURED: dict[str, dict] = {}


PAIRS: list = []
SET_OPTIONS: list = []  # the --set options, for the sessions' own alignment too


def _capture():
    merge = group_alignment._merge
    refine = group_alignment._refine

    def spy(segments, pivot, langs, per_lang, sure):
        key = tuple(sorted((lang, len(s)) for lang, s in segments.items()))
        CAPTURED[key] = {lang: list(b) for lang, b in per_lang.items()}
        CAPTURED[key]["_pairs"] = dict(zip([x for x in per_lang], list(PAIRS), strict=False))
        PAIRS.clear()
        return merge(segments, pivot, langs, per_lang, sure)

    def refine_spy(pair, *args, **kwargs):
        PAIRS.append(pair)
        return refine(pair, *args, **kwargs)

    group_alignment._merge = spy
    group_alignment._refine = refine_spy


def true_beads(pivot_spans, lang_spans, pdoc, ldoc) -> set:
    """Beads of segments that share verses (inserted verses alone, omitted ones alone)."""
    pv = [verses_of(s, pdoc) for s in pivot_spans]
    lv = [verses_of(s, ldoc) for s in lang_spans]
    parent = {}

    def find(x):
        while parent.setdefault(x, x) != x:
            x = parent[x]
        return x

    by_verse = defaultdict(list)
    for i, vs in enumerate(pv):
        find(("p", i))
        for v in vs:
            by_verse[v].append(("p", i))
    for j, vs in enumerate(lv):
        find(("l", j))
        for v in vs:
            by_verse[v].append(("l", j))
    for nodes in by_verse.values():
        for a in nodes[1:]:
            parent[find(a)] = find(nodes[0])
    comps = defaultdict(lambda: ([], []))
    for node in list(parent):
        side, k = node
        comps[find(node)][0 if side == "p" else 1].append(k)
    return {(tuple(sorted(s)), tuple(sorted(t))) for s, t in comps.values()}


def scored_groups(folder: Path, cases: dict, options=None):
    """Each group of `cases` (written to `folder`) as the pipeline aligns and checks it, with
    its documents, segment spans per language and score: (group, docs, aligned, spans,
    score)."""
    groups = write_folder(folder, cases)
    languages = {p.name: p.name.split(".")[-2] for p in folder.glob("*.txt")}
    corpus = open_corpus([folder], languages=languages, grouping_file=groups)
    if options is not None:
        corpus.align_options = options
    for group in corpus.groups:
        docs = cases[group.id]
        aligned = corpus.aligned(group)
        spans = {lang: [(s.start, s.end) for s in segs] for lang, segs in aligned.segments.items()}
        result = {
            "segments": spans,
            "rows": [dict(row.cells) for row in aligned.rows],
            "findings": [
                [{"check": f.check, "lang": f.lang, "severity": f.severity} for f in row]
                for row in aligned.findings
            ],
        }
        yield group, docs, aligned, spans, score_group(PIVOT, docs, result, TRUE_DIFFERENCES)


def shape(b) -> str:
    return f"{len(b[0])}-{len(b[1])}"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--corpus", choices=("bible", "news"), default="bible")
    parser.add_argument("--kinds", default=",".join(KINDS))
    parser.add_argument("--rounds", type=int, default=4)
    parser.add_argument("--seed", type=int, default=15)
    parser.add_argument("--verbose", action="store_true", help="list every alarm and miss")
    parser.add_argument("--set", action="append", default=[], help="AlignOptions field=value")
    parser.add_argument("--features", type=Path, help="write 1-0/0-1 bead features (JSONL)")
    parser.add_argument("--brief", action="store_true", help="only the summary figures")
    parser.add_argument(
        "--embed-cache",
        type=Path,
        default=os.environ.get("REVIEWER_BENCH_EMBED_CACHE") or None,
        help="a file of sentence vectors kept between runs (--set semantic=true): read before,"
        " written after (also $REVIEWER_BENCH_EMBED_CACHE)",
    )
    parser.add_argument(
        "--referee", action="append", default=[], help="semantic.Referee field=value (JSON)"
    )
    args = parser.parse_args()
    if args.referee:
        from reviewer.core import semantic

        knobs = dataclasses.replace(
            semantic.DEFAULT,
            **{k: json.loads(v) for k, v in (x.split("=", 1) for x in args.referee)},
        )
        semantic.referee.__kwdefaults__["knobs"] = knobs
    if args.embed_cache:
        _load_embeddings(Path(args.embed_cache))
    if args.set:
        changes = {k: json.loads(v) for k, v in (x.split("=", 1) for x in args.set)}
        for k, v in changes.items():
            if isinstance(v, list):
                changes[k] = tuple(tuple(x) for x in v)
        options = dataclasses.replace(aligning.DEFAULT_OPTIONS, **changes)
        group_alignment.align_group.__kwdefaults__["options"] = options
        group_alignment.learn_lexicons.__kwdefaults__["options"] = options
        SET_OPTIONS.append(options)
    kinds = tuple(k for k in args.kinds.split(",") if k)
    _capture()
    texts = read_news() if args.corpus == "news" else read_all()
    passages = list(texts[PIVOT])
    corpora = {
        f"round{r}": {
            f"{pid}-r{r}": build_case(texts, pid, f"{pid}-r{r}", args.seed, kinds)
            for pid in passages
        }
        for r in range(args.rounds)
    }
    corpora["clean"] = {
        f"{pid}-clean": build_case(texts, pid, pid, args.seed, ()) for pid in passages
    }
    features: list = []
    totals = {name: GroupScore() for name in ("faulted", "clean")}
    shapes = Counter()  # (lang, true shape, exact?)
    alarms = Counter()  # (lang, check, cause)
    misses = Counter()
    lines = []
    with tempfile.TemporaryDirectory(prefix="faults-diag-") as tmp:
        for name, cases in corpora.items():
            for group, docs, aligned, spans, score in scored_groups(
                Path(tmp) / name, cases, SET_OPTIONS[0] if SET_OPTIONS else None
            ):
                key = tuple(sorted((lang, len(s)) for lang, s in aligned.segments.items()))
                beads = dict(CAPTURED[key])
                pairs = beads.pop("_pairs")
                totals["clean" if name == "clean" else "faulted"].merge(score)
                for lang, got in beads.items():
                    truth = true_beads(spans[PIVOT], spans[lang], docs[PIVOT], docs[lang])
                    gotset = set(got)
                    if args.features:
                        _features(features, lang, got, truth, pairs[lang], docs[lang], spans)
                    for b in truth:
                        shapes[(lang, shape(b), b in gotset)] += 1
                    # where each segment lies in the truth and in the aligner's beads
                    t_of_p = {p: b for b in truth for p in b[0]}
                    t_of_l = {j: b for b in truth for j in b[1]}
                    g_of_p = {p: b for b in got for p in b[0]}
                    g_of_l = {j: b for b in got for j in b[1]}
                    for r, row in enumerate(aligned.rows):
                        for f in aligned.findings[r]:
                            if f.lang != lang or f.severity not in ALERT:
                                continue
                            if f.check not in ("missing", "extra"):
                                continue
                            cell = row.cells.get(lang, ())
                            pcell = row.cells.get(PIVOT, ())
                            touched = any(
                                _touch(fault, pcell, cell, spans, docs)
                                for fault in docs[lang].faults
                            )
                            if args.features:
                                lacking = row.unmatched.get(lang) or pcell
                                extra = row.inserted.get(lang) or cell
                                what = lacking if f.check == "missing" else extra
                                side = PIVOT if f.check == "missing" else lang
                                features.append(
                                    {
                                        "kind": "finding:" + f.check,
                                        "lang": lang,
                                        "true": touched,
                                        "how": "in-row" if (pcell and cell) else "alone",
                                        "chars": sum(
                                            len(aligned.segments[side][k].text) for k in what
                                        ),
                                        "words": sum(
                                            len(aligned.segments[side][k].text.split())
                                            for k in what
                                        ),
                                    }
                                )
                            if touched:
                                continue
                            where = pcell if f.check == "missing" else cell
                            side = g_of_p if f.check == "missing" else g_of_l
                            tside = t_of_p if f.check == "missing" else t_of_l
                            if f.check == "missing" and row.unmatched.get(lang):
                                where = row.unmatched[lang]
                            if f.check == "extra" and row.inserted.get(lang):
                                where = row.inserted[lang]
                            gs = {shape(side[k]) for k in where if k in side}
                            ts = {shape(tside[k]) for k in where if k in tside}
                            how = "empty" if f.check == "missing" and not cell else "in-row"
                            if f.check == "extra":
                                how = "own-row" if not pcell else "inside"
                            cause = f"{how}; true {'/'.join(sorted(ts))} got {'/'.join(sorted(gs))}"
                            alarms[(lang, f.check, cause)] += 1
                            if args.verbose:
                                lines.append(
                                    f"FA {group.id} {lang} {f.check} row {r} {cause}: "
                                    f"{[aligned.segments[PIVOT][k].text[:50] for k in pcell]} | "
                                    f"{[aligned.segments[lang][k].text[:50] for k in cell]}"
                                )
                for o in score.outcomes:
                    if o.found or o.fault.kind == "number":
                        continue
                    lang = o.fault.lang
                    got = beads[lang]
                    if o.fault.kind == "omission":
                        ps = [
                            i
                            for i, s in enumerate(spans[PIVOT])
                            if o.fault.ref in verses_of(s, docs[PIVOT])
                        ]
                        gs = {shape(b) for b in got for p in ps if p in b[0]}
                    else:
                        ls = [
                            j
                            for j, s in enumerate(spans[lang])
                            if s[0] < o.fault.span[1] and o.fault.span[0] < s[1]
                        ]
                        gs = {shape(b) for b in got for j in ls if j in b[1]}
                    misses[(lang, o.fault.kind, f"{o.why}; got {'/'.join(sorted(gs))}")] += 1
                    if args.verbose:
                        at = (
                            ps
                            if o.fault.kind == "omission"
                            else [b[0][0] for b in got for j in ls if j in b[1] and b[0]] or [0]
                        )
                        lines.append(f"MISS {group.id} {lang} {o.fault.kind} {o.fault.ref} {o.why}")
                        lines += _around(got, at, aligned.segments, PIVOT, lang)
    _summary(totals)
    if args.embed_cache:
        _save_embeddings(Path(args.embed_cache))
    if args.features:
        args.features.write_text("\n".join(json.dumps(f) for f in features))
    if args.brief:
        return 0
    langs = sorted({k[0] for k in shapes})
    print("True bead shapes per language: count (aligner exact)")
    for lang in langs:
        per = Counter()
        ok = Counter()
        for (lg, s, exact), n in shapes.items():
            if lg == lang:
                per[s] += n
                ok[s] += n if exact else 0
        print(f"  {lang}: " + ", ".join(f"{s} {n} ({ok[s]})" for s, n in per.most_common()))
    print("\nFalse alarms (missing/extra) by language, check, cause:")
    for (lang, check, cause), n in sorted(alarms.items(), key=lambda x: -x[1]):
        print(f"  {n:3d} {lang} {check}: {cause}")
    print(f"  total {sum(alarms.values())}")
    print("\nMissed omissions/insertions by language, kind, what happened:")
    for (lang, kind, why), n in sorted(misses.items(), key=lambda x: -x[1]):
        print(f"  {n:3d} {lang} {kind}: {why}")
    print(f"  total {sum(misses.values())}")
    if lines:
        print("\n" + "\n".join(lines))
    return 0


def _features(out, lang, got, truth, pair, doc, spans) -> None:
    """Per 1-0 and 0-1 bead: lengths, the neighbours' length surplus, lexical support."""
    import numpy as np

    src, tgt, ratio = pair.src, pair.tgt, pair.ratio
    ev = align_evidence.pair_evidence(src, tgt, pair.options.max_df)
    a, b, v = ev.pairs
    shared = {}
    for i, j, w in zip(a.tolist(), b.tolist(), v.tolist(), strict=True):
        shared[(i, j)] = shared.get((i, j), 0.0) + w
    true_lone_src = {i for s, t in truth if not t for i in s}
    inserted = {
        j
        for j, sp in enumerate(spans[lang])
        if any(r.startswith("+") and sp[0] < e and st < sp[1] for r, st, e in doc.units)
    }
    variance = pair.options.variance
    # every sentence's lonely words (`aligning._lonely`), inserted or omitted or not
    for kind, side, other, lone in (("tgt", tgt, src, inserted), ("src", src, tgt, true_lone_src)):
        lonely = aligning._lonely(side, other, pair.options.max_df)
        own = ev.tgt_mass if kind == "tgt" else ev.src_mass
        out.extend(
            {
                "lang": lang,
                "kind": "sent:" + kind,
                "true": k in lone,
                "lonely": float(lonely[k]),
                "own": float(own[k]),
            }
            for k in range(side.size)
            if not side.kinds[k]
        )
    for k, (s, t) in enumerate(got):
        if s and t and (len(s) > 1 or len(t) > 1):
            ls, lt = float(src.lengths[list(s)].sum()), float(tgt.lengths[list(t)].sum())
            with_all = float(align_search.length_cost(ls, np.array([lt]), ratio, variance)[0])
            if len(s) > 1:
                for i in s:
                    if src.kinds[i]:
                        continue
                    without = float(
                        align_search.length_cost(
                            ls - src.lengths[i], np.array([lt]), ratio, variance
                        )[0]
                    )
                    sup = sum(shared.get((i, j), 0.0) for j in t)
                    out.append(
                        {
                            "lang": lang,
                            "kind": f"{len(s)}-{len(t)}:src",
                            "true": i in true_lone_src,
                            "delta": with_all - without,
                            "rel": lt / ratio / ls,
                            "len": float(src.lengths[i]) / ls,
                            "support": sup,
                            "own": float(ev.src_mass[i]),
                        }
                    )
            if len(t) > 1:
                for j in t:
                    if tgt.kinds[j]:
                        continue
                    without = float(
                        align_search.length_cost(
                            ls, np.array([lt - tgt.lengths[j]]), ratio, variance
                        )[0]
                    )
                    sup = sum(shared.get((i, j), 0.0) for i in s)
                    out.append(
                        {
                            "lang": lang,
                            "kind": f"{len(s)}-{len(t)}:tgt",
                            "true": j in inserted,
                            "delta": with_all - without,
                            "rel": ls * ratio / lt,
                            "len": float(tgt.lengths[j]) / lt,
                            "support": sup,
                            "own": float(ev.tgt_mass[j]),
                        }
                    )
        if (len(s), len(t)) not in ((1, 0), (0, 1)):
            continue
        near = [got[x] for x in (k - 1, k + 1) if 0 <= x < len(got) and got[x][0] and got[x][1]]
        if s:
            i = s[0]
            if src.kinds[i]:
                continue
            own = float(ev.src_mass[i])
            sup = [sum(shared.get((i, j), 0.0) for j in nt) for _, nt in near]
            surplus = [
                float(tgt.lengths[list(nt)].sum() / ratio - src.lengths[list(ns)].sum())
                for ns, nt in near
            ]
            rel = [
                float(tgt.lengths[list(nt)].sum() / ratio / max(src.lengths[list(ns)].sum(), 1))
                for ns, nt in near
            ]
            out.append(
                {
                    "lang": lang,
                    "kind": "1-0",
                    "true": i in true_lone_src,
                    "len": float(src.lengths[i]),
                    "own": own,
                    "support": max(sup, default=0),
                    "surplus": max(surplus, default=0),
                    "rel": max(rel, default=0),
                }
            )
        else:
            j = t[0]
            if tgt.kinds[j]:
                continue
            own = float(ev.tgt_mass[j])
            sup = [sum(shared.get((i, j), 0.0) for i in ns) for ns, _ in near]
            surplus = [
                float(src.lengths[list(ns)].sum() - tgt.lengths[list(nt)].sum() / ratio)
                for ns, nt in near
            ]
            rel = [
                float(src.lengths[list(ns)].sum() / max(tgt.lengths[list(nt)].sum() / ratio, 1))
                for ns, nt in near
            ]
            out.append(
                {
                    "lang": lang,
                    "kind": "0-1",
                    "true": j in inserted,
                    "len": float(tgt.lengths[j] / ratio),
                    "own": own,
                    "support": max(sup, default=0),
                    "surplus": max(surplus, default=0),
                    "rel": max(rel, default=0),
                }
            )


def _load_embeddings(path: Path) -> None:
    """The semantic referee's vectors from earlier runs, keyed by the normalised text it
    embeds (`semantic.embed`'s own cache, made to outlive the process): a rerun costs only
    the alignment (seed 3's figures from the file were those of the cold run)."""
    from reviewer.core import semantic

    semantic.CACHE_SIZE = 10**9
    if not path.exists():
        return
    import numpy as np

    with np.load(path, allow_pickle=False) as data:
        texts, vectors = data["texts"].tolist(), data["vectors"]
    semantic._CACHE.update(zip(texts, vectors, strict=True))


def _save_embeddings(path: Path) -> None:
    from reviewer.core import semantic

    if not semantic._CACHE:
        return
    import numpy as np

    kept = dict(semantic._CACHE)
    if path.exists():  # another run's new vectors since this one started
        with np.load(path, allow_pickle=False) as data:
            for text, vector in zip(data["texts"].tolist(), data["vectors"], strict=True):
                kept.setdefault(text, vector)
    texts = list(kept)
    vectors = np.stack([kept[t] for t in texts])
    part = path.with_name(path.name + ".part.npz")
    np.savez(part, texts=np.array(texts, dtype=str), vectors=vectors)
    part.replace(path)
    print(f"embeddings: {semantic.EMBEDDED[0]} new, {len(texts)} in {path}", file=sys.stderr)


def _summary(totals) -> None:
    faulted = totals["faulted"]
    parts = []
    for kind, check in CHECK_FOR.items():
        outcomes = [o for o in faulted.outcomes if o.fault.kind == kind]
        found = sum(o.found for o in outcomes)
        n = sum(v for (c, _, _), v in faulted.findings.items() if c == check)
        m = sum(v for (c, _, ok), v in faulted.findings.items() if c == check and ok)
        parts.append(f"{check} {found / max(len(outcomes), 1):.2f}/{m / max(n, 1):.2f}")
    for name, score in totals.items():
        alarm = sum(v for (lang, what), v in score.cells.items() if what == "alarm")
        cells = sum(v for (lang, what), v in score.cells.items() if what == "untouched")
        parts.append(f"FA {name} {100 * alarm / max(cells, 1):.1f}")
    print("SUMMARY " + "  ".join(parts))


def _around(got, at, segments, pivot, lang, reach=2):
    """The beads around pivot positions `at`, with their texts."""
    out = []
    idx = [k for k, b in enumerate(got) if set(b[0]) & set(at)] or [0]
    for k in range(max(0, min(idx) - reach), min(len(got), max(idx) + reach + 1)):
        s, t = got[k]
        out.append(
            f"    {list(s)}:{list(t)} "
            + " / ".join(segments[pivot][i].text[:60] for i in s)
            + " || "
            + " / ".join(segments[lang][j].text[:40] for j in t)
        )
    return out


def _touch(fault, pcell, cell, spans, docs) -> bool:
    if fault.kind == "omission":
        refs = set().union(*(verses_of(spans[PIVOT][k], docs[PIVOT]) for k in pcell))
        return fault.ref in refs
    lspans = [spans[fault.lang][k] for k in cell]
    return any(s[0] < fault.span[1] and fault.span[0] < s[1] for s in lspans)


if __name__ == "__main__":
    sys.exit(main())
