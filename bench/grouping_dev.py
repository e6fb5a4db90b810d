"""A grouping dev set of non-news text: Bible chapters in 24 languages and 7 scripts.

Source: the Bible corpus of Christodoulopoulos & Steedman (2015), github.com/christos-c/
bible-corpus, CC0 1.0 (public domain dedication), commit 44e5fca1bfb369a5da2ee23ebc6f421c88489c5c.
Only the New Testament translations of that snapshot are used (its full Bibles are too large
to be stored here). Verse numbers live in XML attributes, so the text carries none.

Each chapter is cut into parts of 5 to 12 paragraphs of 1 to 4 verses (the same cut in every
language: translations keep their paragraphs). Most parts become a translation group of 3 to 6
languages; the others are distractors: one language only, a neighbour of the groups' parts in
the same book, with the same names and style, and no translation present.

`python bench/grouping_dev.py --books MAT MRK` builds a set and prints its size; the grouping
benchmark (`bench/bench_grouping.py dev`) evaluates on it.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

MIRROR = Path("/work/.mirror/christos-c+bible-corpus/repo")
COMMIT = "44e5fca1bfb369a5da2ee23ebc6f421c88489c5c"
CACHE = Path("/tmp/grouping-bible")

# File stem -> language code (ISO 639-1 where there is one, else 639-3). Seven scripts: Latin,
# Cyrillic, Armenian, Coptic, Cherokee, Gujarati, Syriac.
LANGUAGES = {
    "Ukranian-NT": "uk",
    "Latvian-NT": "lv",
    "Estonian-PART": "et",
    "Basque-NT": "eu",
    "Swahili-NT": "sw",
    "Zulu-NT": "zu",
    "Wolof-NT": "wo",
    "Ewe-NT": "ee",
    "Kabyle-NT": "kab",
    "Tachelhit-NT": "shi",
    "Romani-NT": "rom",
    "Armenian-PART": "hy",
    "Coptic-NT": "cop",
    "Cherokee-NT": "chr",
    "Gujarati-NT": "gu",
    "Syriac-NT": "syc",
    "Dinka-NT": "din",
    "Quichua-NT": "qu",
    "Nahuatl-NT": "nah",
    "Cakchiquel-NT": "cak",
    "Galela-NT": "gbi",
    "Uma-NT": "ppk",
    "Wolaytta-NT": "wal",
    "Ojibwa-NT": "oj",
}
TUNE_BOOKS = (  # tuned on these
    "MAT", "MAR", "1CO", "HEB", "REV", "2CO", "EPH", "GAL", "1TI", "JAM", "1PE", "1JO", "PHI",
    "COL", "1TH", "2TI",
)  # fmt: skip
REPORT_BOOKS = ("LUK", "JOH", "ACT", "ROM")  # reported on these, never tuned on


@dataclass(frozen=True)
class DevDocument:
    name: str
    lang: str
    text: str
    part: str  # book.chapter.part: equal for the versions of one group
    group: str | None  # None for a distractor


def verses(stem: str) -> dict[str, str]:
    """verse id (b.MAT.1.1) -> text of one translation, cached under CACHE."""
    cached = CACHE / f"{stem}.json"
    if cached.exists():
        return json.loads(cached.read_text(encoding="utf-8"))
    xml = subprocess.run(
        ["git", "-C", str(MIRROR), "show", f"{COMMIT}:bibles/{stem}.xml"],
        capture_output=True,
        check=True,
    ).stdout
    root = ET.fromstring(xml)
    found = {
        seg.get("id", ""): " ".join((seg.text or "").split())
        for seg in root.iter("seg")
        if seg.get("type") == "verse"
    }
    CACHE.mkdir(parents=True, exist_ok=True)
    cached.write_text(json.dumps(found, ensure_ascii=False), encoding="utf-8")
    return found


def build(
    books: tuple[str, ...],
    *,
    seed: int = 0,
    distractors: float = 0.3,
    part_paragraphs: tuple[int, int] = (5, 12),
    per_paragraph: tuple[int, int] = (1, 4),
) -> list[DevDocument]:
    """Documents of the dev set for `books`: groups of 3-6 languages and distractors, each
    part of `part_paragraphs` paragraphs (fewer at a chapter's end: such a part under 5 is left
    out) of `per_paragraph` verses each."""
    rng = random.Random(seed)
    texts = {lang: verses(stem) for stem, lang in LANGUAGES.items()}
    documents: list[DevDocument] = []
    for book in books:
        chapters: dict[int, list[str]] = {}
        for vid in texts["uk"]:
            _, b, chapter, _ = vid.split(".")
            if b == book:
                chapters.setdefault(int(chapter), []).append(vid)
        for chapter, ids in sorted(chapters.items()):
            start, number = 0, 0
            while start < len(ids):
                paragraphs = []
                for _ in range(rng.randint(*part_paragraphs)):
                    size = rng.randint(*per_paragraph)
                    if start >= len(ids):
                        break
                    paragraphs.append(ids[start : start + size])
                    start += size
                part = f"{book}.{chapter}.{number}"
                number += 1
                if len(paragraphs) < 5:
                    continue
                # Languages that have every paragraph of this part (a verse may be empty where
                # a translation merged it into its neighbour; a paragraph may not).
                have = [
                    lang
                    for lang, t in texts.items()
                    if all(any(t.get(v) for v in p) for p in paragraphs)
                ]
                if len(have) < 6:
                    continue
                group = rng.random() >= distractors
                take = rng.sample(have, rng.randint(3, 6) if group else 1)
                for lang in take:
                    text = "\n\n".join(
                        " ".join(texts[lang][v] for v in p if texts[lang].get(v))
                        for p in paragraphs
                    )
                    name = f"{rng.getrandbits(48):012x}.txt"
                    documents.append(
                        DevDocument(name, lang, text + "\n", part, part if group else None)
                    )
    rng.shuffle(documents)
    return documents


def chapters(
    lang: str, book: str, numbers: range, *, verses_per_paragraph: int = 3, merge_every: int = 0
) -> str:
    """Chapters of one translation as one text of paragraphs of `verses_per_paragraph`
    verses; with `merge_every` n, every n-th paragraph is joined to the one before it (a
    version that merged paragraphs: its paragraph count differs from the others')."""
    stem = next(s for s, code in LANGUAGES.items() if code == lang)
    text = verses(stem)
    ids = [v for v in text if v.split(".")[1] == book and int(v.split(".")[2]) in numbers]
    paragraphs: list[str] = []
    for start in range(0, len(ids), verses_per_paragraph):
        paragraph = " ".join(text[v] for v in ids[start : start + verses_per_paragraph] if text[v])
        count = start // verses_per_paragraph + 1
        if paragraphs and merge_every and count % merge_every == 0:
            paragraphs[-1] += " " + paragraph
        elif paragraph:
            paragraphs.append(paragraph)
    return "\n\n".join(paragraphs) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--books", nargs="+", default=list(TUNE_BOOKS))
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--write", type=Path, help="also write the documents to this folder")
    args = parser.parse_args()
    documents = build(tuple(args.books), seed=args.seed)
    groups = {d.group for d in documents if d.group}
    print(
        f"{len(documents)} documents, {len(groups)} groups, "
        f"{sum(d.group is None for d in documents)} distractors, "
        f"{len({d.lang for d in documents})} languages"
    )
    if args.write:
        args.write.mkdir(parents=True, exist_ok=True)
        for d in documents:
            (args.write / d.name).write_text(d.text, encoding="utf-8")


if __name__ == "__main__":
    main()
