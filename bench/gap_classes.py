"""Why one language's injected omissions and insertions are missed, by class.

`python bench/gap_classes.py --lang th --seed 15 [--seed 3 ...]` runs the Bible fault bench
(`--apart`, as `bench/faults_diag.py`) and sorts every omission and insertion of that language
into:

- `cut`: the language's segments leave no boundary where the fault is (an omission's two
  neighbours meet inside one segment; an inserted verse starts or ends inside one) — the
  segmentation is too coarse for any row to show it;
- `row away`: the right finding, but on a row nearby;
- `absorbed`: a boundary was there, and the neighbours' segments took the place (an omitted
  verse's pivot sentence got a clause of a neighbour; an inserted verse joined a row with
  pivot text);
- `found`.

`--lang all` counts every language's (and prints the misses per language); every run prints
the false alarms per language (untouched cells of the faulted groups). `--set FIELD=VALUE`
tries `AlignOptions` values; `--oracle faults` cuts the language's segments at every planted
fault's edges, `--oracle verses` at every verse start, `--oracle only-verses` joins them up
to the verse starts (the truth, not a segmenter: what better cuts could gain at most).

Dev seeds only (< 100). A tool for finding the largest class, not a benchmark.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.faults import KINDS, build_case  # noqa: E402
from bench.faults_data import PIVOT, read_all  # noqa: E402
from bench.faults_diag import scored_groups  # noqa: E402
from reviewer.core import aligning, group_alignment, guided_cuts  # noqa: E402

FALSE_ALARMS: list = []  # per run, false alarms per language (faulted groups)
ORACLE: list = []  # --oracle
OPTIONS: list = []  # the --set options
TRUTH: dict[str, object] = {}  # document text -> its planted Document (for --oracle)


def _oracle(original):
    """guided_segments, then the language's segments cut or joined as `--oracle` says."""

    def wrapped(documents, segments, groups):
        out = original(documents, segments, groups)
        for index, document in enumerate(documents):
            doc = TRUTH.get(document.text)
            if doc is None:
                continue
            edges = set()
            if ORACLE == ["verses"]:
                edges.update(start for _, start, _ in doc.units)
            for fault in doc.faults if ORACLE == ["faults"] else ():
                if fault.kind == "insertion":
                    edges.update(fault.span)
                elif fault.kind == "omission":
                    units = doc.units
                    edges.update(
                        units[k + 1][1]
                        for k in range(len(units) - 1)
                        if _between(units[k][0], fault.ref, units[k + 1][0])
                    )
            if ORACLE == ["only-verses"]:
                # every segment joined with the next unless a verse starts between them
                starts = {start for _, start, _ in doc.units}
                joined = {}
                segs = out[index]
                k = 0
                while k < len(segs):
                    end = k
                    while (
                        end + 1 < len(segs)
                        and segs[end + 1].paragraph == segs[k].paragraph
                        and not any(segs[end].end <= st <= segs[end + 1].start for st in starts)
                    ):
                        end += 1
                    if end > k:
                        joined[segs[k].ordinal] = segs[end].end
                    k = end + 1
                cut = guided_cuts._split(document.text, segs, {}, joined)
                if cut is not None:
                    out[index] = cut
                continue
            added = {
                s.ordinal: [e for e in edges if s.start < e < s.end]
                for s in out[index]
                if any(s.start < e < s.end for e in edges)
            }
            cut = guided_cuts._split(document.text, out[index], added)
            if cut is not None:
                out[index] = cut
        return out

    return wrapped


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(s < pos < e for s, e in spans)


def _fault_cut(fault, doc, spans) -> bool:
    """Whether the language's segments have a boundary at the fault's edges."""
    if fault.kind == "insertion":
        start, end = fault.span
        return not _inside(start, spans) and not _inside(end, spans)
    units = doc.units
    # the omitted verse sat between two units of the document
    return not any(
        _inside(units[k + 1][1], spans) or _inside(units[k][2], spans)
        for k in range(len(units) - 1)
        if _between(units[k][0], fault.ref, units[k + 1][0])
    )


def _key(ref: str) -> tuple[int, int]:
    ref = ref.lstrip("+")
    chapter, verse = ref.split(":")
    return int(chapter), int(verse)


def _between(a: str, ref: str, b: str) -> bool:
    if a.startswith("+") or b.startswith("+"):
        return False
    return _key(a) < _key(ref) < _key(b)


def run(seed: int, lang: str, rounds: int, verbose: bool) -> Counter:
    texts = read_all()
    passages = list(texts[PIVOT])
    classes: Counter = Counter()
    alarms: Counter = Counter()
    FALSE_ALARMS.append(alarms)
    for r in range(rounds):
        cases = {
            f"{pid}-r{r}": build_case(texts, pid, f"{pid}-r{r}", seed, KINDS) for pid in passages
        }
        for docs in cases.values():
            for doc in docs.values():
                if lang in ("all", doc.lang):
                    TRUTH[doc.text] = doc
        with tempfile.TemporaryDirectory(prefix="gap-classes-") as tmp:
            options = OPTIONS[0] if OPTIONS else None
            for group, docs, _, spans, score in scored_groups(Path(tmp) / "round", cases, options):
                for (lg, what), n in score.cells.items():
                    if what == "alarm":
                        alarms[lg] += n
                for o in score.outcomes:
                    if o.fault.kind == "number" or lang not in ("all", o.fault.lang):
                        continue
                    fl = o.fault.lang
                    cut = _fault_cut(o.fault, docs[fl], spans[fl])
                    if o.found:
                        what = "found" + ("" if cut else " (no cut)")
                    elif not cut:
                        what = "cut"
                    elif "nearby" in o.why:
                        what = "row away"
                    else:
                        what = "absorbed"
                    classes[(o.fault.kind, what)] += 1
                    if not o.found:
                        classes[(fl, "missed " + o.fault.kind)] += 1
                    if verbose and not o.found:
                        print(f"  seed {seed} {group.id} {o.fault.kind} {o.fault.ref}: {what}")
    return classes


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", default="th")
    parser.add_argument("--seed", type=int, action="append")
    parser.add_argument("--rounds", type=int, default=4)
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--set", action="append", default=[], help="AlignOptions field=value")
    parser.add_argument(
        "--oracle",
        choices=("faults", "verses", "only-verses"),
        help="the language's segments cut at every fault's edges, or at every verse's start"
        " too, or joined up to the verse starts (the truth, not a segmenter)",
    )
    args = parser.parse_args()
    if args.set:
        changes = {k: json.loads(v) for k, v in (x.split("=", 1) for x in args.set)}
        options = dataclasses.replace(aligning.DEFAULT_OPTIONS, **changes)
        group_alignment.align_group.__kwdefaults__["options"] = options
        group_alignment.learn_lexicons.__kwdefaults__["options"] = options
        OPTIONS.append(options)
    if args.oracle:
        ORACLE.append(args.oracle)
        guided_cuts.guided_segments = _oracle(guided_cuts.guided_segments)
    total: Counter = Counter()
    for seed in args.seed or [15]:
        if seed >= 100:
            raise SystemExit("seeds of 100 and above are the lead's blind seeds")
        got = run(seed, args.lang, args.rounds, args.verbose)
        print(f"seed {seed}: " + ", ".join(f"{k} {w} {n}" for (k, w), n in sorted(got.items())))
        alarms = FALSE_ALARMS.pop()
        print(f"  false alarms: {dict(sorted(alarms.items()))}")
        total.update(got)
    print("all: " + ", ".join(f"{k} {w} {n}" for (k, w), n in sorted(total.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
