"""Texts in short lines (a dialogue's subtitles) in small folders: `python
bench/grouping_lines.py [--seed N] [--folders N] [--tune]`.

Each folder holds one Bible passage of 8 to 14 verses, one verse a line (a paragraph of one
or two sentences, as a subtitle is), in 3 to 6 languages; one more version with a verse left
out or one verse said twice over two lines (a line dropped or added); and 2 to 4 distractors:
the neighbouring passage of the same chapter, of 7 to 15 verses, in other languages. Source:
the corpus of bench/grouping_dev.py (tune books with `--tune`, else the report books). It
prints how often the passage's versions made one group, how often the version with a line
more or fewer joined them (`grouping_short.prefix_joins`: a text of short paragraphs with a
line more or fewer than a group's members), and how many distractors were grouped with the
passage's versions (the distractors are versions of one passage: their own group is no
error)."""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.grouping_dev import LANGUAGES, REPORT_BOOKS, TUNE_BOOKS, verses  # noqa: E402


def folders(books: tuple[str, ...], seed: int, count: int):  # type: ignore[no-untyped-def]
    """`count` folders of (name, lang, text, role): role 'member', 'changed' or None."""
    rng = random.Random(seed)
    texts = {lang: verses(stem) for stem, lang in LANGUAGES.items()}
    chapters: dict[tuple[str, int], list[str]] = {}
    for vid in texts["uk"]:
        _, book, chapter, _ = vid.split(".")
        if book in books:
            chapters.setdefault((book, int(chapter)), []).append(vid)
    usable = [ids for ids in chapters.values() if len(ids) >= 24]
    built = []
    while len(built) < count:
        ids = rng.choice(usable)
        size = rng.randint(8, 14)
        start = rng.randint(0, len(ids) - size - 8)
        passage = ids[start : start + size]
        other = ids[start + size : start + size + rng.randint(7, min(15, len(ids) - start - size))]
        langs = [lang for lang, t in texts.items() if all(t.get(v) for v in passage + other)]
        if len(langs) < 10:
            continue
        rng.shuffle(langs)
        members = langs[: rng.randint(3, 6)]
        changed = langs[len(members)]
        strays = langs[len(members) + 1 : len(members) + 1 + rng.randint(2, 4)]
        folder = []
        for lang in members:
            folder.append((lang, "\n".join(texts[lang][v] for v in passage), "member"))
        lines = [texts[changed][v] for v in passage]
        at = rng.randrange(1, len(lines) - 1)
        if rng.random() < 0.5:
            del lines[at]
        else:  # a verse said over two lines: its words cut in two
            words = lines[at].split()
            cut = max(1, len(words) // 2)
            lines[at : at + 1] = [" ".join(words[:cut]), " ".join(words[cut:]) or words[-1]]
        folder.append((changed, "\n".join(lines), "changed"))
        for lang in strays:
            folder.append((lang, "\n".join(texts[lang][v] for v in other), None))
        named = []
        for lang, text, role in folder:
            named.append((f"{rng.getrandbits(40):010x}.txt", lang, text + "\n", role))
        built.append(named)
    return built


def main() -> None:
    from bench.bench_grouping import prepare
    from reviewer.core import grouping

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tune", action="store_true")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--folders", type=int, default=20)
    args = parser.parse_args()
    if args.seed >= 100:
        parser.error("seeds 100 and over are kept for blind evaluation")
    books = TUNE_BOOKS if args.tune else REPORT_BOOKS
    joined = whole = strays = 0
    for folder in folders(books, args.seed, args.folders):
        documents, segments = prepare([(n, lang, text) for n, lang, text, _ in folder])
        groups = [set(g.members.values()) for g in grouping.find_groups(documents, segments)]
        members = {i for i, f in enumerate(folder) if f[3] == "member"}
        changed = next(i for i, f in enumerate(folder) if f[3] == "changed")
        home = [g for g in groups if g & members]
        whole += len(home) == 1 and members <= home[0]
        joined += any(changed in g and g & members for g in groups)
        strays += sum(1 for g in groups if g & members for i in g if folder[i][3] is None)
    print(f"folders={args.folders} groups_whole={whole} changed_joined={joined} strays={strays}")


if __name__ == "__main__":
    main()
