"""A grouping dev set of short non-news texts in small folders: Bible passages of 1 to 4
paragraphs (5 to 25 verses, verse numbers removed) in 24 languages and 7 scripts.

Source: the same Bible corpus and commit as bench/grouping_dev.py (Christodoulopoulos &
Steedman 2015, github.com/christos-c/bible-corpus, CC0 1.0). The books are split as there:
tune on TUNE_BOOKS, report on REPORT_BOOKS.

Each folder holds 10 to 40 documents: translation groups of 3 to 8 languages (one passage
each, the same cut in every language) and distractors, passages of the same book with no
translation in the folder (a neighbour of a group's passage where there is one), some in the
groups' languages. Short texts have no shape to speak of (fewer paragraphs than
grouping_features.SHAPE_PARAGRAPHS); what groups them is `grouping._short_cliques`.

`python bench/grouping_short.py [--books ...] [--seed N] [--folders N]` builds the folders,
groups each one and prints the pair precision, recall and F1 over all of them, the
distractors grouped and the grouping seconds.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.grouping_dev import LANGUAGES, REPORT_BOOKS, TUNE_BOOKS, verses  # noqa: E402

FOLDER_SIZE = (10, 40)
GROUP_SIZE = (3, 8)
VERSES = (5, 25)
PARAGRAPHS = (1, 4)
DISTRACTORS = 0.25  # share of a folder's documents that belong to no group (about)


@dataclass(frozen=True)
class ShortDocument:
    name: str
    lang: str
    text: str
    group: str | None  # the passage, None for a distractor


def passages(
    texts: dict[str, dict[str, str]], book: str, rng: random.Random
) -> list[tuple[str, list[list[str]], list[str]]]:
    """The book cut into passages: (label, paragraphs of verse ids, languages that have
    every paragraph), in the book's order."""
    chapters: dict[int, list[str]] = {}
    for vid in texts["uk"]:
        _, b, chapter, _ = vid.split(".")
        if b == book:
            chapters.setdefault(int(chapter), []).append(vid)
    found = []
    for chapter, ids in sorted(chapters.items()):
        start, number = 0, 0
        while len(ids) - start >= VERSES[0]:
            count = min(rng.randint(*VERSES), len(ids) - start)
            paragraphs = min(rng.randint(*PARAGRAPHS), count)
            cuts = sorted(rng.sample(range(1, count), paragraphs - 1))
            bounds = [0, *cuts, count]
            cut = [ids[start + x : start + y] for x, y in zip(bounds, bounds[1:], strict=False)]
            start += count
            have = [lang for lang, t in texts.items() if all(any(t.get(v) for v in p) for p in cut)]
            found.append((f"{book}.{chapter}.{number}", cut, have))
            number += 1
    return found


def text_of(verse_text: dict[str, str], paragraphs: list[list[str]]) -> str:
    return (
        "\n\n".join(" ".join(verse_text[v] for v in p if verse_text.get(v)) for p in paragraphs)
        + "\n"
    )


def build(books: tuple[str, ...], *, seed: int = 0, folders: int = 10) -> list[list[ShortDocument]]:
    """`folders` small folders of short documents from `books`."""
    rng = random.Random(seed)
    texts = {lang: verses(stem) for stem, lang in LANGUAGES.items()}
    pool = {book: passages(texts, book, rng) for book in books}
    built = []
    for _ in range(folders):
        book = rng.choice(books)
        cut = [p for p in pool[book] if len(p[2]) >= GROUP_SIZE[1]]
        size = rng.randint(*FOLDER_SIZE)
        used: set[int] = set()
        documents: list[ShortDocument] = []

        def add(
            index: int, langs: list[str], group: str | None, cut=cut, used=used, documents=documents
        ) -> None:
            _, paragraphs, _ = cut[index]
            used.add(index)
            for lang in langs:
                name = f"{rng.getrandbits(48):012x}.txt"
                documents.append(ShortDocument(name, lang, text_of(texts[lang], paragraphs), group))

        while len(documents) < size:
            free = [i for i in range(len(cut)) if i not in used]
            if not free:
                break
            if documents and rng.random() < DISTRACTORS:
                # a neighbour of a passage used, in a language met in the folder or not
                near = [i for i in free if i - 1 in used or i + 1 in used] or free
                index = rng.choice(near)
                langs = cut[index][2]
                met = [lang for lang in langs if lang in {d.lang for d in documents}]
                lang = rng.choice(met if met and rng.random() < 0.6 else langs)
                add(index, [lang], None)
            else:
                index = rng.choice(free)
                count = min(rng.randint(*GROUP_SIZE), size - len(documents))
                if count < GROUP_SIZE[0]:
                    count = GROUP_SIZE[0]
                add(index, rng.sample(cut[index][2], count), cut[index][0])
        rng.shuffle(documents)
        built.append(documents)
    return built


def pairs_of(labels: list[str | None]) -> set[tuple[int, int]]:
    by_label: dict[str, list[int]] = {}
    for index, label in enumerate(labels):
        if label is not None:
            by_label.setdefault(label, []).append(index)
    return {pair for docs in by_label.values() for pair in combinations(sorted(docs), 2)}


def evaluate(books: tuple[str, ...], seed: int, folders: int) -> dict[str, float]:
    from bench.bench_grouping import prepare
    from reviewer.core import grouping

    found_total = true_total = hits = distractors = exact = groups = documents_total = 0
    seconds = 0.0
    for folder in build(books, seed=seed, folders=folders):
        documents, segments = prepare([(d.name, d.lang, d.text) for d in folder])
        start = time.process_time()
        found = grouping.find_groups(documents, segments)
        seconds += time.process_time() - start
        labels = [d.group for d in folder]
        true = pairs_of(labels)
        got = {
            (min(a, b), max(a, b)) for g in found for a, b in combinations(g.members.values(), 2)
        }
        found_total += len(got)
        true_total += len(true)
        hits += len(got & true)
        grouped = {i for g in found for i in g.members.values()}
        distractors += sum(1 for i in grouped if labels[i] is None)
        truth = {}
        for index, label in enumerate(labels):
            if label is not None:
                truth.setdefault(label, []).append(index)
        groups += len(truth)
        exact += len(
            {tuple(sorted(v)) for v in truth.values()}
            & {tuple(sorted(g.members.values())) for g in found}
        )
        documents_total += len(folder)
    precision = hits / found_total if found_total else 1.0
    recall = hits / true_total if true_total else 1.0
    f1 = 2 * precision * recall / (precision + recall) if hits else 0.0
    return {
        "folders": folders,
        "documents": documents_total,
        "true pairs": true_total,
        "found pairs": found_total,
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "distractors grouped": distractors,
        "groups": groups,
        "groups exact": exact,
        "cpu_seconds": seconds,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--books", nargs="+", help="default: the report books")
    parser.add_argument("--tune", action="store_true", help="the tune books")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--folders", type=int, default=10)
    args = parser.parse_args()
    if args.seed >= 100:
        parser.error("seeds 100 and over are kept for blind evaluation")
    books = tuple(args.books or (TUNE_BOOKS if args.tune else REPORT_BOOKS))
    result = evaluate(books, args.seed, args.folders)
    print(
        " ".join(f"{k}={v:.3f}" if isinstance(v, float) else f"{k}={v}" for k, v in result.items())
    )


if __name__ == "__main__":
    main()
