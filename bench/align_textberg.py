"""Evaluate `align_pair` on the Text+Berg de-fr gold alignments (Sennrich & Volk 2010).

The data is Bleualign's dev/test set as copied in the vecalign repository (folder
`bleualign_data`: `dev.de`, `dev.fr`, `dev.defr`, `test0..6.{de,fr,defr}`; GPL-2, so it is not
committed here). Get it and run:

    git clone --depth 1 https://github.com/thompsonb/vecalign /tmp/vecalign
    python bench/align_textberg.py /tmp/vecalign/bleualign_data            # dev and test
    python bench/align_textberg.py DATA --part dev --set lexical_weight=3  # tuning, dev only

Scores come from shared/tools/score_align.py beside the checkout (strict and lax P/R/F1,
vecalign's handling of null links), or from `--scorer PATH`.
"""

from __future__ import annotations

import argparse
import ast
import dataclasses
import importlib.util
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reviewer.core.aligning import DEFAULT_OPTIONS, align_pair  # noqa: E402

PARTS = {"dev": ["dev"], "test": [f"test{k}" for k in range(7)]}
DEFAULT_SCORER = ROOT.parent / "shared" / "tools" / "score_align.py"  # beside the checkout


def load_scorer(path: Path):
    spec = importlib.util.spec_from_file_location("score_align", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def read_lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


def evaluate(data: Path, names: list[str], options, scorer) -> tuple[dict, float]:
    gold, pred = [], []
    elapsed = 0.0
    for name in names:
        src, tgt = read_lines(data / f"{name}.de"), read_lines(data / f"{name}.fr")
        start = time.perf_counter()
        beads = align_pair(src, tgt, src_lang="de", tgt_lang="fr", options=options)
        elapsed += time.perf_counter() - start
        pred.append(beads)
        gold.append(scorer.read_alignment_file(str(data / f"{name}.defr")))
    return scorer.score(gold, pred, "vecalign"), elapsed


def parse_settings(pairs: list[str]):
    changes = {}
    fields = {f.name: f for f in dataclasses.fields(DEFAULT_OPTIONS)}
    for pair in pairs:
        key, _, value = pair.partition("=")
        current = getattr(DEFAULT_OPTIONS, key)
        if isinstance(current, tuple):  # e.g. cross_priors="((1,1,0.7),(1,2,0.2))"
            changes[key] = tuple(ast.literal_eval(value))
        else:
            changes[key] = type(current)(value == "True" if isinstance(current, bool) else value)
        assert key in fields
    return dataclasses.replace(DEFAULT_OPTIONS, **changes)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data", type=Path, help="folder with dev.de, dev.fr, dev.defr, test*")
    parser.add_argument("--part", choices=("dev", "test", "both"), default="both")
    parser.add_argument("--set", nargs="*", default=[], metavar="OPTION=VALUE")
    parser.add_argument("--scorer", type=Path, default=DEFAULT_SCORER)
    args = parser.parse_args(argv)
    scorer = load_scorer(args.scorer)
    options = parse_settings(args.set)
    parts = ["dev", "test"] if args.part == "both" else [args.part]
    for part in parts:
        result, elapsed = evaluate(args.data, PARTS[part], options, scorer)
        print(
            f"{part:5} strict P/R/F1 {result['precision_strict']:.3f} "
            f"{result['recall_strict']:.3f} {result['f1_strict']:.3f}   "
            f"lax P/R/F1 {result['precision_lax']:.3f} {result['recall_lax']:.3f} "
            f"{result['f1_lax']:.3f}   ({elapsed:.2f} s)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
