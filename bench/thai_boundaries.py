"""Build reviewer/core/data/thai_boundaries.toml from UD_Thai-TUD's train file.

Thai writes a space between sentences and also between clauses, with no sentence punctuation.
The segmenter weighs each space between two Thai letters with a naive-Bayes log-odds: the word
before it, the word after it, the length since the last cut and the length of the next clause.
This script counts those features on the train file only (UD_Thai-TUD, CC BY-SA 4.0; its dev
file is bench/data/segmentation's dev part, its test file the held-out part): every space inside
a treebank sentence is a non-boundary, every join of three consecutive sentences (shuffled in the
treebank, so unrelated) a boundary, as bench/segmentation_eval.py builds its cases.

    python bench/thai_boundaries.py --conllu DIR/th_tud-ud-train.conllu

DIR: `git -C /work/.mirror/UniversalDependencies+UD_Thai-TUD/repo archive HEAD | tar -x -C DIR`.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reviewer.core import segmenting  # noqa: E402

OUT = ROOT / "reviewer" / "core" / "data" / "thai_boundaries.toml"
MIN_COUNT = 4  # a word seen fewer times beside a space gets no weight
# Chosen on the dev part of bench/data/segmentation/th.json by the cases passed exactly (UD
# 20/120 and Tatoeba 30/40 at -1.5; 22 and 24 at -0.75). The F0.5 of boundaries (a wrong cut
# weighed twice a missed one) would pick -0.75 (0.53 against 0.46): tried, and dropped, because
# on the news fault benchmark it lost Thai insertions (9 -> 3 of 20) and added false alarms
# while it helped on the Bible text (docs/segmentation.md).
THRESHOLD = -1.5


def read_conllu(path: Path) -> list[tuple[str, list[str]]]:
    """(text, tokens) of each sentence."""
    out, tokens, text = [], [], ""
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# text ="):
            text = line[len("# text =") :].strip()
        elif line and line[0].isdigit():
            cols = line.split("\t")
            if "-" not in cols[0] and "." not in cols[0]:
                tokens.append(cols[1])
        elif not line and tokens:
            out.append((text, tokens))
            tokens = []
    if tokens:
        out.append((text, tokens))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--conllu", type=Path, required=True)
    args = parser.parse_args()
    sentences = read_conllu(args.conllu)
    vocab = Counter(tok for _, toks in sentences for tok in toks)
    # Two passes: the words beside spaces found with the treebank's vocabulary, then counted
    # again with only those words, as the segmenter will match them.
    counts = _count(sentences, {w for w, n in vocab.items() if n >= 2})
    total = counts[True] + counts[False]
    edge = {
        f.split(":", 1)[1]
        for f, n in total.items()
        if n >= MIN_COUNT and f.split(":", 1)[0] in ("before", "after")
    }
    counts = _count(sentences, edge)
    return _write(counts)


def _count(sentences: list[tuple[str, list[str]]], words: set[str]) -> dict[bool, Counter[str]]:
    counts: dict[bool, Counter[str]] = {False: Counter(), True: Counter()}
    longest = max(map(len, words))
    for i in range(0, len(sentences) - 2, 3):
        chunk = [sentences[j][0] for j in range(i, i + 3)]
        text = " ".join(chunk)
        bounds, pos = set(), 0
        for sentence in chunk[:-1]:
            pos += len(sentence)
            bounds.add(pos)
            pos += 1
        last = 0
        for gap in segmenting.thai_gaps(text):
            is_bound = gap.start() in bounds
            features = segmenting.thai_features(text, gap.start(), gap.end(), last, words, longest)
            for feature in features:
                counts[is_bound][feature] += 1
            counts[is_bound][""] += 1
            if is_bound:
                last = gap.end()
    return counts


def _write(counts: dict[bool, Counter[str]]) -> None:
    n_yes, n_no = counts[True][""], counts[False][""]
    weights: dict[str, dict[str, float]] = {}
    for feature in sorted(set(counts[True]) | set(counts[False])):
        if not feature:
            continue
        yes, no = counts[True][feature], counts[False][feature]
        if yes + no < MIN_COUNT:
            continue
        weight = math.log((yes + 0.5) / n_yes) - math.log((no + 0.5) / n_no)
        kind, value = feature.split(":", 1)
        weights.setdefault(kind, {})[value] = round(weight, 2)
    lines = [
        "# Weights of a space between two Thai letters as a sentence boundary",
        "# (reviewer/core/segmenting.py, thai_cuts): natural-log odds, summed with `prior`;",
        "# the space is a boundary when the sum exceeds `threshold`.",
        "# Built by bench/thai_boundaries.py from UD_Thai-TUD (commit 58c2058b),",
        "# th_tud-ud-train.conllu only: https://github.com/UniversalDependencies/UD_Thai-TUD,",
        "# CC BY-SA 4.0",
        "# (Sriwirote et al., 2024); these counts are a derived work under the same licence.",
        "# `threshold` was chosen on the dev part of bench/data/segmentation/th.json",
        "# (bench/thai_boundaries.py says how).",
        f"# {n_yes} boundaries, {n_no} spaces inside a sentence.",
        f"prior = {round(math.log(n_yes / n_no), 2)}",
        f"threshold = {THRESHOLD}",
        "",
    ]
    for kind in ("before_length", "after_length", "quote", "before", "after"):
        lines.append(f"[{kind}]")
        table = weights.get(kind, {})
        keys = sorted(table, key=int) if kind.endswith("length") else sorted(table)
        lines.extend(f"{json.dumps(key, ensure_ascii=False)} = {table[key]}" for key in keys)
        lines.append("")
    OUT.write_text("\n".join(lines), encoding="utf-8")
    print(f"{OUT}: {sum(len(t) for t in weights.values())} weights")


if __name__ == "__main__":
    main()
