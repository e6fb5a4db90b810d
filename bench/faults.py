"""Fault-injection benchmark on real parallel text: `python bench/faults.py [--checkout PATH]`.

Builds translation groups from Revelation 13–14 and 20–22 in nine translations (en as
pivot; zh, ja, th, ar, ru, vi, de, es), plants omissions, insertions and changed numbers in
the translations (`faults_inject.py`), runs the pipeline of the checkout at PATH on them
with the groups given by a grouping file (`faults_run.py`, in its own process), and scores
the findings (`faults_score.py`): recall and precision per check, false alarms per 100
untouched cells, per language. It also runs the same passages without faults (false alarms
on clean text) and, with automatic grouping, tells whether the versions join their groups.
Seeded: the same arguments give the same corpus and, on the same checkout, the same figures.
Not a test; docs/faults.md explains the rules and keeps the figures.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.faults_data import PIVOT, TRUE_DIFFERENCES, Verse, read_all, read_news  # noqa: E402
from bench.faults_inject import (  # noqa: E402
    Document,
    number_change,
    plant,
    whole_sentences,
    write_document,
)  # noqa: E402
from bench.faults_score import CHECK_FOR, GroupScore, confidence_auc, score_group  # noqa: E402

KINDS = ("omission", "insertion", "number")


def build_case(texts, pid: str, case: str, seed: int, kinds=KINDS) -> dict[str, Document]:
    """One group: the pivot clean, every translation with `kinds` planted (seeded per doc)."""
    docs = {}
    numbered: Counter[str] = Counter()  # verse -> versions of this group with its number changed
    for lang, passages in texts.items():
        verses = passages[pid]
        if lang == PIVOT or not kinds:
            docs[lang] = write_document(lang, verses, {})
            continue
        elsewhere = [
            vs[i]
            for other, vs in passages.items()
            if other != pid
            for i in sorted(whole_sentences(vs, lang))
        ]
        rng = random.Random(f"{seed}:{case}:{lang}")
        docs[lang] = plant(lang, verses, elsewhere, rng, kinds, texts[PIVOT][pid], dict(numbered))
        numbered.update(f.ref for f in docs[lang].faults if f.kind == "number")
    return docs


def every_number_changed(texts, pid: str) -> dict[str, Document]:
    """Translations with the first number of every verse that has one changed (grouping test)."""
    docs = {}
    for lang, passages in texts.items():
        verses = list(passages[pid])
        if lang != PIVOT:
            for i, verse in enumerate(verses):
                change = number_change(verse.text, lang)
                if change:
                    start, end, new, _ = change
                    verses[i] = Verse(verse.ref, verse.text[:start] + new + verse.text[end:])
        docs[lang] = write_document(lang, verses, {})
    return docs


def write_folder(folder: Path, cases: dict[str, dict[str, Document]]) -> Path:
    """Write each case's documents as CASE.LANG.txt and a grouping file for them."""
    folder.mkdir(parents=True, exist_ok=True)
    lines = []
    for case, docs in cases.items():
        names = []
        for lang, doc in docs.items():
            name = f"{case}.{lang}.txt"
            (folder / name).write_text(doc.text, encoding="utf-8")
            names.append(name)
        members = ", ".join(json.dumps(n) for n in names)
        lines += ["[[group]]", f'id = "{case}"', f'pivot = "{PIVOT}"', f"members = [{members}]", ""]
    groups = folder.parent / f"{folder.name}-groups.toml"
    groups.write_text("\n".join(lines), encoding="utf-8")
    return groups


RUN_OPTIONS: list[str] = []  # passed on to faults_run.py (--semantic)


def run_checkout(checkout: Path, folder: Path, groups: Path | None, python: str | None) -> dict:
    """The runner's JSON for `folder`, computed by `checkout`'s code in a child process."""
    python = python or _python_of(checkout)
    languages = folder.parent / f"{folder.name}-languages.json"
    languages.write_text(
        json.dumps({p.name: p.name.split(".")[-2] for p in folder.glob("*.txt")}), encoding="utf-8"
    )
    command = [python, str(ROOT / "bench" / "faults_run.py"), "--checkout", str(checkout)]
    command += ["--folder", str(folder), "--languages", str(languages)]
    if groups is not None:
        command += ["--groups", str(groups)]
    command += RUN_OPTIONS
    done = subprocess.run(command, capture_output=True, text=True, cwd=checkout, check=False)
    if done.returncode != 0:
        sys.exit(f"faults: the pipeline of {checkout} failed:\n{done.stderr[-4000:]}")
    return json.loads(done.stdout)


def run_corpora(
    checkout: Path, base: Path, corpora: dict[str, dict[str, dict[str, Document]]], python
) -> dict:
    """One pipeline run per corpus (a folder of its own under `base`), the groups put together."""
    result: dict = {"groups": []}
    for name, cases in corpora.items():
        if cases:
            groups = write_folder(base / name, cases)
            ran = run_checkout(checkout, base / name, groups, python)
            result = {
                **ran,
                "groups": result["groups"] + ran["groups"],
                "embedded": result.get("embedded", 0) + ran.get("embedded", 0),
                "sentences": result.get("sentences", 0) + ran.get("sentences", 0),
            }
    return result


def _python_of(checkout: Path) -> str:
    venv = checkout / ".venv" / "bin" / "python"
    return str(venv) if venv.exists() else sys.executable


def score_run(result: dict, cases: dict[str, dict[str, Document]]) -> GroupScore:
    total = GroupScore()
    by_id = {g["id"]: g for g in result["groups"]}
    for case, docs in cases.items():
        total.merge(score_group(PIVOT, docs, by_id[case], TRUE_DIFFERENCES))
    return total


def fault_list(result: dict, cases: dict[str, dict[str, Document]]) -> list[dict]:
    """Every planted fault and its outcome, for --json: where to look when a figure moves."""
    by_id = {g["id"]: g for g in result["groups"]}
    listed = []
    for case, docs in cases.items():
        for o in score_group(PIVOT, docs, by_id[case], TRUE_DIFFERENCES).outcomes:
            f = o.fault
            listed.append(
                {"group": case, "lang": f.lang, "kind": f.kind, "verse": f.ref,
                 "detail": f.detail, "found": o.found, "why": o.why}
            )  # fmt: skip
    return listed


def grouping_report(result: dict, cases: dict[str, dict[str, Document]]) -> dict:
    """Per document: did automatic grouping put it with exactly the other versions of its case.

    `wrong` holds documents in a group that is not exactly theirs (too few or other members).
    """
    groups: dict[str | None, set[str]] = {}
    for doc in result["documents"]:
        groups.setdefault(doc["group"], set()).add(doc["path"])
    joined, alone, wrong = [], [], []
    for doc in result["documents"]:
        case = doc["path"].split(".")[0]
        expected = {f"{case}.{lang}.txt" for lang in cases[case]}
        got = groups.get(doc["group"], set()) if doc["group"] else {doc["path"]}
        (joined if got == expected else alone if doc["group"] is None else wrong).append(
            doc["path"]
        )
    return {
        "documents": len(result["documents"]),
        "joined": joined,
        "ungrouped": alone,
        "wrong": wrong,
    }


def pivot_has_digits(texts, fault) -> bool:
    for verses in texts[PIVOT].values():
        for verse in verses:
            if verse.ref == fault.ref:
                return bool(re.search(r"\d", verse.text))
    return False


def in_pairs(cases: dict[str, dict[str, Document]]) -> dict[str, dict[str, Document]]:
    """Every translation of every case in a group of its own with (a copy of) the pivot."""
    return {
        f"{case}+{lang}": {PIVOT: docs[PIVOT], lang: doc}
        for case, docs in cases.items()
        for lang, doc in docs.items()
        if lang != PIVOT
    }


def recall_precision(score: GroupScore, kind: str) -> tuple[float | None, float | None]:
    outcomes = [o for o in score.outcomes if o.fault.kind == kind]
    check = CHECK_FOR[kind]
    findings = sum(n for (c, _, _), n in score.findings.items() if c == check)
    matched = sum(n for (c, _, m), n in score.findings.items() if c == check and m)
    recall = sum(o.found for o in outcomes) / len(outcomes) if outcomes else None
    return recall, (matched / findings if findings else None)


def report(
    texts, faulted: GroupScore, clean: GroupScore, auto: dict, meta: dict, pairs=None
) -> dict:
    """The figures, as a dict (for --json) and printed as Markdown tables."""
    langs = [lang for lang in texts if lang != PIVOT]
    out: dict = {"meta": meta, "kinds": {}, "languages": {}, "missed": {}, "grouping": auto}
    lines = [
        f"Fault benchmark ({meta.get('corpus', 'bible')}): {meta['groups']} groups"
        f" × {len(langs)} translations, {meta['checkout']}",
        "",
    ]
    if meta.get("semantic"):
        lines += [
            f"Semantic referee on: {meta['embedded']} texts embedded for"
            f" {meta['sentences']} sentences; {meta['cpu_seconds']} CPU s in the runs.",
            "",
        ]
    lines += [
        "| check | faults | found | recall | findings | matched | precision |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for kind, check in CHECK_FOR.items():
        outcomes = [o for o in faulted.outcomes if o.fault.kind == kind]
        found = sum(o.found for o in outcomes)
        n_findings = sum(n for (c, _, _), n in faulted.findings.items() if c == check)
        matched = sum(n for (c, _, m), n in faulted.findings.items() if c == check and m)
        row = {
            "faults": len(outcomes),
            "found": found,
            "recall": found / len(outcomes) if outcomes else None,
            "findings": n_findings,
            "matched": matched,
            "precision": matched / n_findings if n_findings else None,
        }
        out["kinds"][kind] = row
        lines.append(
            f"| {check} ({kind}) | {row['faults']} | {found} | {_f(row['recall'])} "
            f"| {n_findings} | {matched} | {_f(row['precision'])} |"
        )
    numbers = [o for o in faulted.outcomes if o.fault.kind == "number"]
    lines += ["", "| changed numbers | faults | found | recall |", "|---|---:|---:|---:|"]
    for label, test in (
        (
            "numerals, pivot verse has digits",
            lambda o: o.fault.number_class == "numeral" and pivot_has_digits(texts, o.fault),
        ),
        (
            "numerals, pivot verse in words",
            lambda o: o.fault.number_class == "numeral" and not pivot_has_digits(texts, o.fault),
        ),
        ("number words", lambda o: o.fault.number_class == "word"),
    ):
        subset = [o for o in numbers if test(o)]
        found = sum(o.found for o in subset)
        out["kinds"][f"number: {label}"] = {"faults": len(subset), "found": found}
        lines.append(
            f"| {label} | {len(subset)} | {found} | {_f(found / len(subset) if subset else None)} |"
        )
    lines += [
        "",
        "| lang | omissions | insertions | numbers (numerals) | numbers (words)"
        " | false alarms /100 untouched | /100 clean |",
    ]
    lines += ["|---|---:|---:|---:|---:|---:|---:|"]
    total_fa = {"faulted": [0, 0], "clean": [0, 0]}
    for lang in langs:
        cells = []
        per = {}
        for kind, cls in (
            ("omission", ""),
            ("insertion", ""),
            ("number", "numeral"),
            ("number", "word"),
        ):
            subset = [
                o
                for o in faulted.outcomes
                if o.fault.lang == lang and o.fault.kind == kind and o.fault.number_class == cls
            ]
            found = sum(o.found for o in subset)
            per[f"{kind} {cls}".strip()] = [found, len(subset)]
            cells.append(f"{found}/{len(subset)}" if subset else "–")
        for name, score in (("faulted", faulted), ("clean", clean)):
            untouched, alarm = score.cells[(lang, "untouched")], score.cells[(lang, "alarm")]
            total_fa[name][0] += alarm
            total_fa[name][1] += untouched
            per[f"false alarms {name}"] = [alarm, untouched]
            cells.append(
                f"{100 * alarm / untouched:.1f} ({alarm}/{untouched})" if untouched else "–"
            )
        out["languages"][lang] = per
        lines.append(f"| {lang} | " + " | ".join(cells) + " |")
    for name, score in (("faulted", faulted), ("clean", clean)):
        total_fa[name][0] += score.cells[(PIVOT, "alarm")]  # false: the pivot is never faulted
    for name, (alarm, untouched) in total_fa.items():
        out[f"false_alarms_{name}"] = {
            "alarms": alarm,
            "cells": untouched,
            "per_100": 100 * alarm / untouched if untouched else None,
        }
    lines.append(f"| all | | | | | {_p(*total_fa['faulted'])} | {_p(*total_fa['clean'])} |")
    alarm_kinds = Counter()
    for score in (faulted, clean):
        alarm_kinds.update(score.alarms)
    out["alarms_by_check"] = {f"{lang} {check}": n for (lang, check), n in alarm_kinds.items()}
    lines += ["", "False alarms (faulted and clean runs) by language and check:"]
    for lang in [*langs, PIVOT]:
        said = [
            f"{c} {alarm_kinds[(lang, c)]}" for c in CHECK_FOR.values() if alarm_kinds[(lang, c)]
        ]
        lines.append(f"- {lang}: {', '.join(said) or 'none'}")
    auc = confidence_auc(faulted.confidence)
    out["confidence_auc"] = auc
    if auc is not None:
        lines += [
            "",
            f"Row confidence: a cell holding a fault has a lower confidence than an untouched one"
            f" with probability {auc:.2f} (0.5 = chance; {len(faulted.confidence)} cells)",
        ]
    missed = Counter((o.fault.kind, o.why) for o in faulted.outcomes if not o.found)
    out["missed"] = {f"{k}: {why}": n for (k, why), n in missed.most_common()}
    lines += ["", "Missed faults, what happened instead:"]
    lines += [f"- {k}: {why} — {n}" for (k, why), n in missed.most_common()]
    if auto:
        lines += ["", "Automatic grouping (documents that joined exactly their group):"]
        for name, g in auto.items():
            lines.append(
                f"- {name}: {len(g['joined'])}/{g['documents']} joined;"
                f" ungrouped {len(g['ungrouped'])}, in a group not exactly theirs {len(g['wrong'])}"
            )
    if pairs is not None:
        lines += [
            "",
            "The same documents, each translation alone with the pivot (recall / precision):",
            "",
            f"| check | in groups of {len(langs) + 1} | in pairs |",
            "|---|---|---|",
        ]
        out["pairs"] = {}
        for kind, check in CHECK_FOR.items():
            group, pair = recall_precision(faulted, kind), recall_precision(pairs, kind)
            out["pairs"][kind] = {"recall": pair[0], "precision": pair[1]}
            lines.append(
                f"| {check} | {_f(group[0])} / {_f(group[1])} | {_f(pair[0])} / {_f(pair[1])} |"
            )
    lines += ["", f"Pipeline time: {meta['seconds']:.1f} s"]
    print("\n".join(lines))
    return out


def _f(x) -> str:
    return "–" if x is None else f"{x:.2f}"


def _p(alarm: int, cells: int) -> str:
    return f"{100 * alarm / cells:.1f} ({alarm}/{cells})" if cells else "–"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--checkout", type=Path, default=ROOT, help="the reviewer checkout to measure"
    )
    parser.add_argument("--groups", type=int, help="run only the first N faulted groups (quick)")
    parser.add_argument("--rounds", type=int, default=4, help="fault draws per passage (default 4)")
    parser.add_argument("--seed", type=int, default=15)
    parser.add_argument("--no-auto", action="store_true", help="skip the automatic-grouping runs")
    parser.add_argument(
        "--no-pairs", action="store_true", help="skip the run with each translation alone"
    )
    parser.add_argument("--python", help="interpreter for the checkout (default: its .venv)")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument("--keep", type=Path, help="write the corpora here instead of a temp folder")
    parser.add_argument(
        "--corpus",
        choices=("bible", "news"),
        default="bible",
        help="bible: Revelation in nine translations (default); news: the checks corpus,"
        " five articles in twelve languages (tests/data/checks_corpus)",
    )
    parser.add_argument(
        "--kinds",
        default=",".join(KINDS),
        help="faults to plant, comma-separated (default: all three; the news articles have"
        " 5-7 sentences, room for one or two faults a document)",
    )
    parser.add_argument(
        "--apart",
        action="store_true",
        help="run each round, and the clean passages, as a corpus of its own: whatever the"
        " pipeline learns from the whole corpus (a word table) never sees a passage twice",
    )
    parser.add_argument(
        "--semantic",
        action="store_true",
        help="the aligner's semantic referee on (reviewer check --semantic; needs the extra)",
    )
    args = parser.parse_args(argv)
    RUN_OPTIONS[:] = ["--semantic"] if args.semantic else []
    kinds = tuple(k for k in args.kinds.split(",") if k)
    if not kinds or set(kinds) - set(KINDS):
        parser.error(f"--kinds: choose from {', '.join(KINDS)}")
    checkout = args.checkout.resolve()
    texts = read_news() if args.corpus == "news" else read_all()
    passages = list(texts[PIVOT])
    names = [(pid, f"{pid}-r{r}") for r in range(args.rounds) for pid in passages]
    names = names[: args.groups] if args.groups else names
    faulted = {case: build_case(texts, pid, case, args.seed, kinds) for pid, case in names}
    clean = {f"{pid}-clean": build_case(texts, pid, pid, args.seed, ()) for pid in passages}
    with tempfile.TemporaryDirectory(prefix="faults-") as tmp:
        base = args.keep or Path(tmp)
        start = time.perf_counter()
        if args.apart:
            corpora = {f"round{r}": {c: faulted[c] for _, c in names if c.endswith(f"-r{r}")}
                       for r in range(args.rounds)}  # fmt: skip
            corpora["clean"] = clean
        else:
            corpora = {"given": {**faulted, **clean}}
        result = run_corpora(checkout, base, corpora, args.python)
        seconds = time.perf_counter() - start
        auto = {}
        if not args.no_auto:
            once = {
                f"{pid}-r0": build_case(texts, pid, f"{pid}-r0", args.seed, kinds)
                for pid in passages
            }
            numbers = {f"{pid}-num": every_number_changed(texts, pid) for pid in passages}
            for name, cases in (
                ("clean", clean),
                ("faulted (round 0)", once),
                ("every number changed", numbers),
            ):
                folder = base / re.sub(r"\W+", "-", name).strip("-")
                write_folder(folder, cases)
                auto[name] = grouping_report(
                    run_checkout(checkout, folder, None, args.python), cases
                )
        meta = {
            "checkout": str(checkout),
            "reviewer": result["reviewer"],
            "groups": len(faulted),
            "rounds": args.rounds,
            "seed": args.seed,
            "corpus": args.corpus,
            "apart": args.apart,
            "seconds": seconds,
            "semantic": args.semantic,
            "sentences": result.get("sentences", 0),
            "embedded": result.get("embedded", 0),
            "cpu_seconds": round(sum(resource.getrusage(resource.RUSAGE_CHILDREN)[:2]), 1),
        }
        pairs = None
        if not args.no_pairs:
            if args.apart:  # each round's pairs a corpus of their own, as above
                paired = {f"pairs-{n}": in_pairs(c) for n, c in corpora.items() if n != "clean"}
            else:
                paired = {"pairs": in_pairs(faulted)}
            cases = {case: docs for each in paired.values() for case, docs in each.items()}
            pairs = score_run(run_corpora(checkout, base, paired, args.python), cases)
        faulted_score, clean_score = score_run(result, faulted), score_run(result, clean)
        figures = report(texts, faulted_score, clean_score, auto, meta, pairs)
        figures["faults"] = fault_list(result, faulted)
    if args.json:
        args.json.write_text(json.dumps(figures, indent=1, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
