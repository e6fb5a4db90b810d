"""A treebank file read whole, sentence by sentence: `python bench/segmentation_sentences.py
--repo /work/.mirror/UniversalDependencies+UD_Indonesian-GSD/repo --part dev --lang id`.

`bench/segmentation_eval.py` scores chunks of three sentences, at most 150 a file; this reads
every `# text` of a treebank file (its git directory, from the fetch tool's mirror) to tell a
treebank's conventions from our errors with more data (issue 15, stop 40):

- each sentence alone: every cut we make inside it, by the shape of the word before the mark
  (`bench/segmentation_classes.py`'s shapes: `Aa` a capitalised word, `Aa4` one of four
  letters or fewer, `AA` an acronym, `I` a roman numeral, `9` a number, `abbr` a listed
  abbreviation, `(a` a word opened by a bracket, `closed` a quote or bracket after it …);
- each pair of consecutive sentences of one document whose first ends with a sentence mark
  and whose second opens on no lower-case letter: whether we cut between them;
- the treebank's own habits: how often a sentence ends with a full stop after each shape, and
  how often that shape's full stop stands inside a sentence before a capital. A treebank that
  keeps most full stops after acronyms inside its sentences (UD_Indonesian-GSD) split its text
  with a convention of its own there, not where a reader does.

`--show N` prints N examples of each class; refused for test files (held out: counts only).
`--dump FILE` writes the segments of every sentence and pair, a JSON line each, and
`--segmenter DIR` reads another checkout's segmenter (DIR holds its `reviewer` package, e.g.
`git archive main reviewer | tar -x -C DIR`): `diff` of two dumps lists the texts a change
moves (stop 40: 2 of the 12,163 of six languages' dev files).
"""

from __future__ import annotations

import argparse
import itertools
import json
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parent.parent
if "--segmenter" in sys.argv:  # imported first, so the bench modules below reuse it
    sys.path.insert(0, sys.argv[sys.argv.index("--segmenter") + 1])
    import reviewer.core.segmenting  # noqa: F401
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from segmentation_classes import shape  # noqa: E402
from segmentation_eval import _ud_documents  # noqa: E402

from reviewer.core import segmenting  # noqa: E402

_END = regex.compile(r"[.!?…]+[\"'”’»)\]]*$")
_INNER_STOP = regex.compile(r"(\S+)\.[\"'”’»)\]]* (?=[\"“«(]?\p{Lu})")


def documents(repo: Path, part: str) -> list[list[str]]:
    """The `# text` lines of the repository's `*-ud-PART.conllu`, by document or paragraph."""
    names = subprocess.run(
        ["git", "-C", str(repo), "ls-tree", "--name-only", "HEAD"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.split()
    name = next(n for n in names if n.endswith(f"-ud-{part}.conllu"))
    conllu = subprocess.run(
        ["git", "-C", str(repo), "show", f"HEAD:{name}"], check=True, capture_output=True, text=True
    ).stdout
    return _ud_documents(conllu)


def _before(text: str, rules) -> str:
    word = text.split()[-1]
    core = _END.sub("", word) or word
    return shape(core, rules) + ("" if core == word.rstrip(".") else " closed")


def read(docs: list[list[str]], lang: str) -> dict[str, Counter | dict[str, list[str]]]:
    """Our cuts inside sentences, the boundaries we miss, and the treebank's habits."""
    rules = segmenting.rules_for(lang)
    inner: dict[str, list[str]] = defaultdict(list)
    missed: dict[str, list[str]] = defaultdict(list)
    ends, kept = Counter(), Counter()
    for doc in docs:
        for sentence in doc:
            for segment in segmenting.segment(sentence, lang)[:-1]:
                inner[_before(segment.text, rules)].append(segment.text[-50:])
            if sentence.endswith("."):
                ends[_before(sentence, rules)] += 1
            for match in _INNER_STOP.finditer(sentence):
                kept[shape(match.group(1), rules)] += 1
        for first, second in itertools.pairwise(doc):
            if not _END.search(first) or regex.match(r"\P{L}*\p{Ll}", second):
                continue
            text = f"{first} {second}"
            if len(first) not in {s.end for s in segmenting.segment(text, lang)}:
                missed[_before(first, rules)].append(f"{first[-50:]} | {second[:30]}")
    return {"inner": inner, "missed": missed, "ends": ends, "kept": kept}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repo", type=Path, required=True, help="a UD treebank's git directory")
    parser.add_argument("--part", choices=["train", "dev", "test"], default="dev")
    parser.add_argument("--lang", required=True)
    parser.add_argument("--show", type=int, default=0, help="examples per class (not test)")
    parser.add_argument("--dump", type=Path, help="write every text's segments here (JSON lines)")
    parser.add_argument("--segmenter", type=Path, help="a directory holding another `reviewer`")
    args = parser.parse_args()
    if args.part == "test" and (args.show or args.dump):
        parser.error("a test file is held out: counts only")
    docs = documents(args.repo, args.part)
    if args.dump:
        pairs = [f"{a} {b}" for d in docs for a, b in itertools.pairwise(d)]
        texts = [s for d in docs for s in d] + pairs
        with open(args.dump, "w", encoding="utf-8") as out:
            for text in texts:
                got = [s.text for s in segmenting.segment(text, args.lang)]
                out.write(json.dumps(got, ensure_ascii=False) + "\n")
        return
    found = read(docs, args.lang)
    total = sum(len(d) for d in docs)
    for key, title in (("inner", "cuts inside a sentence"), ("missed", "boundaries missed")):
        classes = found[key]
        print(f"== {sum(map(len, classes.values()))} {title} ({total} sentences), by word before")
        for label, examples in sorted(classes.items(), key=lambda kv: -len(kv[1])):
            print(f"{len(examples):5d}  {label}")
            for example in examples[: args.show]:
                print("         ", example)
    print("== full stops after each shape: sentence ends / inside a sentence before a capital")
    ends, kept = found["ends"], found["kept"]
    for label in sorted(ends.keys() | kept.keys(), key=lambda k: -ends[k]):
        print(f"{ends[label]:5d} / {kept[label]:<5d} {label}")


if __name__ == "__main__":
    main()
