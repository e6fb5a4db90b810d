"""Segmentation errors counted by class, without their text: `python
bench/segmentation_classes.py --lang id --part test`.

Issue 15 asks that the held-out part be looked at only through its error classes (tuning rule by
rule on held-out cases would make it dev data). For each case of `bench/segmentation_eval.py`
that fails, every boundary where our segments and the expected sentences disagree is described
by shapes only: whether we cut where the suite does not (`extra`) or missed its cut
(`missed`), the mark (`.`, `?!`, `."` a full stop closed by a quote, …), the shape of the word
before it and of the word after it:

- `9` a number, `I` a roman numeral, `A` one letter, `AA` an acronym (capitals only, two or
  more), `A.B` inner dots, `abbr` a word of the language's abbreviation lists, `Aa` a
  capitalised word, `a` a lower-case word (`Aa4`, `a4`: of four letters or fewer and never
  written without a full stop after it in the language's suite), `(` / `"` a bracket or quote
  around it, `-` a dash,
  `?` anything else; the word after is `Aa*` when it is one of the language's starters.

A failing case whose every wrong boundary is a cut at a sentence mark after a plain word (no
abbreviation or initial) before a capitalised word is counted apart: the suite keeps there,
inside one "sentence", what a reader would cut. The shape cannot tell an abbreviation missing
from our lists (`Pres.`) from a word: the count is also given without the `Aa4` and `a4` ones.

Only the counts are printed for the `test` part; `--part dev --show N` also prints N examples
of each class (dev text is tuned on and may be read).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from segmentation_eval import NO_SPACE, load  # noqa: E402

from reviewer.core import segmenting  # noqa: E402

_ROMAN = regex.compile(r"^[IVXLCDM]{1,6}$")
_MARK = regex.compile(r"[.!?…。！？;:]+[\"'”’»)\]]*$")


def bare_words(lang: str) -> frozenset[str]:
    """Words that the language's suite (every part) writes somewhere with no full stop after
    them: a short word among them is a word, not an abbreviation missing from our lists."""
    seen = set()
    for cases in load(lang).values():
        for case in cases:
            seen.update(regex.findall(r"(\p{L}+)(?=[\s,;:)\]]|$)", case["text"]))
    return frozenset(seen)


def shape(
    word: str, rules: segmenting._Rules, after: bool = False, bare: frozenset[str] = frozenset()
) -> str:
    """A word's shape (module docstring), brackets and quotes around it kept as marks."""
    if not word:
        return "∅"
    lead = word[0] if word[0] in "([\"'“„«‘" else ""
    core = word.strip("()[]\"'“”„«»‘’.,;:!?")
    if word[0] in "-–—":
        return "-"
    if not core:
        return lead or "?"
    key = core.lower()
    if core.replace(".", "").replace(",", "").isdigit():
        kind = "9"
    elif _ROMAN.match(core):
        kind = "I"
    elif len(core) == 1 and core.isalpha():
        kind = "A" if core.isupper() else "a1"
    elif not after and key in rules.titles | rules.general | rules.name_enders:
        kind = "abbr"
    elif "." in core:
        kind = "A.B"
    elif core.isupper() and len(core) > 1:
        kind = "AA"
    elif core[0].isupper():
        kind = "Aa*" if after and key in rules.starters else "Aa"
    elif core[0].islower():
        kind = "a"
    else:
        kind = "?"
    if kind in ("Aa", "a") and not after and len(core) <= 4 and core not in bare:
        kind += "4"  # short: a word or an abbreviation missing from our lists (`Pres.`)
    return lead + kind


def _cuts(sentences: list[str], glue: str) -> set[int]:
    cuts, pos = set(), 0
    for sentence in sentences[:-1]:
        pos += len(sentence)
        cuts.add(pos)
        pos += len(glue)
    return cuts


def _ends(text: str, segments) -> set[int]:
    return {s.end for s in segments} - {len(text.rstrip())}


# A cut at a sentence mark after a plain word (a word, acronym, number or roman numeral, maybe
# in brackets or quotes: no abbreviation, no initial) before a capitalised word: where a reader
# ends a sentence. A suite that keeps such a boundary inside one "sentence" has its own
# convention there (UD_Indonesian-GSD; docs/segmentation.md).
_READER_END = regex.compile(
    r"extra [.!?…]+\S* after [(\"]?(?:Aa4?|a4?|AA|9|I) before [(\"]?(?:Aa\*?|AA)$"
)


def classes(lang: str, part: str, cases: list[str] | None = None) -> dict[str, list[str]]:
    """Each failing boundary's class, with a short context (read only for the dev part);
    `cases`, when given, gets one line per failing case: its classes joined by `; `."""
    rules = segmenting.rules_for(lang)
    seen = bare_words(lang)
    glue = "" if lang in NO_SPACE else " "
    found: dict[str, list[str]] = defaultdict(list)
    for case in load(lang).get(part, ()):
        text = case["text"]
        expected = [s.strip() for s in case["expected"]]
        got = segmenting.segment(text, lang)
        if [s.text for s in got] == expected:
            continue
        if "text" in case and glue.join(expected) != text:
            found["(case text is not its sentences joined)"].append(text[:80])
            continue
        gold, ours = _cuts(expected, glue), _ends(text, got)
        labels = []
        for kind, positions in (("extra", ours - gold), ("missed", gold - ours)):
            for pos in sorted(positions):
                before = text[:pos].split()
                after = text[pos:].split()
                word = before[-1] if before else ""
                mark = _MARK.search(word)
                mark_text = mark.group() if mark else "none"
                bare = word[: mark.start()] if mark else word
                label = (
                    f"{kind} {mark_text} after {shape(bare, rules, bare=seen)}"
                    f" before {shape(after[0] if after else '', rules, after=True)}"
                )
                found[label].append(f"{text[max(0, pos - 40) : pos]} | {text[pos : pos + 30]}")
                labels.append(label)
        if cases is not None:
            cases.append("; ".join(labels))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", nargs="+", default=["id"])
    parser.add_argument("--part", choices=["dev", "test", "other"], default="test")
    parser.add_argument("--show", type=int, default=0, help="examples per class (dev, other)")
    args = parser.parse_args()
    if args.part == "test" and args.show:
        parser.error("the held-out part is reported by class only")
    for lang in args.lang:
        failing: list[str] = []
        found = classes(lang, args.part, failing)
        counts = Counter({label: len(examples) for label, examples in found.items()})
        reader = [all(_READER_END.match(x) for x in case.split("; ")) for case in failing]
        long_words = [
            ok and not any(x.split(" after ")[1].split()[0].endswith("4") for x in case.split("; "))
            for ok, case in zip(reader, failing, strict=True)
        ]
        print(
            f"== {lang} {args.part}: {len(failing)} cases fail, {sum(counts.values())} boundaries"
            f" wrong; {sum(reader)} cases fail only by cuts where a reader ends a sentence"
            f" (a mark after a plain word, before a capital), {sum(long_words)} of them with no"
            " short word before the mark that the suite never writes without one"
        )
        for label, n in counts.most_common():
            print(f"{n:4d}  {label}")
            for example in found[label][: args.show]:
                print("        ", example)


if __name__ == "__main__":
    main()
