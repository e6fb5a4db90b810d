"""A generator of realistic corpora for the benchmarks: translation groups, distractors, noise.

Each group is one of the hand-checked multi-way stories (the seeds' four versions, and the nine
versions of each story in tests/data/grouping_corpus.toml) with every number replaced, the same
way in all its versions, by fresh random numbers: versions of one group still share their
figures, different groups do not, as with real news. One document in ten is a distractor: a
version of a story with other figures, in no group.
"""

from __future__ import annotations

import random
import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "reviewer" / "seeds"
STORIES = ROOT / "tests" / "data" / "grouping_corpus.toml"
_NUMBER = re.compile(r"\d+")


def stories() -> list[dict[str, str]]:
    """Every multi-way story as {lang: text}."""
    seeds = sorted(SEEDS.glob("*.txt"))
    result = [
        {
            lang: path.read_text(encoding="utf-8")
            for lang, path in zip(("vi", "id", "fr", "de"), seeds[:4], strict=True)
        }
    ]
    by_story: dict[str, dict[str, str]] = {}
    for doc in tomllib.loads(STORIES.read_text(encoding="utf-8"))["doc"]:
        if doc["story"]:
            by_story.setdefault(doc["story"], {})[doc["lang"]] = doc["text"]
    result.extend(by_story.values())
    return result


def _renumber(text: str, mapping: dict[str, str], rng: random.Random) -> str:
    def replace(match: re.Match[str]) -> str:
        number = match.group(0)
        if number not in mapping:
            mapping[number] = str(rng.randrange(10 ** (len(number) - 1), 10 ** len(number)))
        return mapping[number]

    return _NUMBER.sub(replace, text)


def write_corpus(folder: Path, documents: int, *, seed: int = 0) -> dict[str, list[str]]:
    """Write about `documents` files under `folder`; return the true groups (id -> paths)."""
    rng = random.Random(seed)
    pool = stories()
    folder.mkdir(parents=True, exist_ok=True)
    truth: dict[str, list[str]] = {}
    written = 0
    group = 0
    while written < documents:
        story = pool[group % len(pool)]
        langs = sorted(story)
        rng.shuffle(langs)
        take = langs[: rng.randint(2, min(len(langs), 6))]
        mapping: dict[str, str] = {}
        names = []
        for lang in take:
            name = f"{rng.getrandbits(64):016x}.txt"
            (folder / name).write_text(_renumber(story[lang], mapping, rng), encoding="utf-8")
            names.append(name)
        truth[f"group{group}"] = names
        written += len(take)
        if rng.random() < 0.4:  # a distractor: same story, other figures
            lang = rng.choice(sorted(story))
            name = f"{rng.getrandbits(64):016x}.txt"
            (folder / name).write_text(_renumber(story[lang], {}, rng), encoding="utf-8")
            written += 1
        group += 1
    return truth
