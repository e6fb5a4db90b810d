"""A generator of realistic corpora for the benchmarks: translation groups, distractors, noise.

Each group is one of the hand-checked multi-way stories (the seeds' four versions, and the nine
versions of each story in tests/data/grouping_corpus.toml) with every figure replaced, the same
way in all its versions, by fresh random figures (see `_new_value`): versions of one group
still share their figures, different groups do not, as with real news; the names that all
versions write in Latin letters (SpaceX, BMKG, TASS) are made up afresh for each group. 4
groups in 10 come with a distractor: a version of the same story, with the same names and
other figures, in no group.
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


# A figure as written: digit groups of three after one separator (36,000, 36 000), or digits.
_FIGURE = re.compile(r"(?<!\d)\d{1,3}(?:([ ,.\u00a0\u202f])\d{3}(?!\d))(?:\1\d{3}(?!\d))*|\d+")


def _new_value(value: int, rng: random.Random, year_shift: int) -> int:
    """A fresh figure for `value`, as news would have it.

    Years move together by the group's `year_shift` (all news is of recent years: they
    collide as in real news); numbers up to 12 stay (months, small counts: shared by chance
    in real news too); others get a random value of the same number of digits, drawn over the
    whole range: with only a few stories to vary, rounding them (36,000 -> 47,000) would make
    unrelated groups share figures far more often than different real articles do.
    """
    if 1900 <= value <= 2099:
        return value + year_shift
    if value <= 12:
        return value
    digits = len(str(value))
    return rng.randrange(max(13, 10 ** (digits - 1)), 10**digits)


def _renumber(text: str, mapping: dict[int, int], rng: random.Random, year_shift: int) -> str:
    """`text` with every figure replaced, the same value by the same value in every version
    (`36,000`, `36 000` and `36000` are one value), in the version's own format."""

    def replace(match: re.Match[str]) -> str:
        token = match.group(0)
        separator = match.group(1)
        value = int(re.sub(r"\D", "", token))
        if value not in mapping:
            mapping[value] = _new_value(value, rng, year_shift)
        new = str(mapping[value])
        if separator and len(new) > 3:
            head = len(new) % 3 or 3
            new = separator.join([new[:head]] + [new[i : i + 3] for i in range(head, len(new), 3)])
        return new

    return _FIGURE.sub(replace, text)


_LATIN_NAME = re.compile(r"(?<![A-Za-z])[A-Z][A-Za-z]{2,}(?![A-Za-z])")
_SYLLABLES = [c + v for c in "bdfgklmnprstvz" for v in "aeiou"]


def _shared_names(story: dict[str, str]) -> list[str]:
    """Names every version writes in Latin letters (SpaceX, Starlink, BMKG, TASS)."""
    sets = [set(_LATIN_NAME.findall(text)) for text in story.values()]
    return sorted(set.intersection(*sets), key=lambda name: (-len(name), name))  # no hash order


def _rename(text: str, names: dict[str, str]) -> str:
    for old, new in names.items():
        text = re.sub(rf"(?<![A-Za-z]){re.escape(old)}(?![A-Za-z])", new, text)
    return text


def _new_names(story: dict[str, str], rng: random.Random) -> dict[str, str]:
    """A made-up name for each name the story's versions all write in Latin letters: an article
    has entities of its own (a company, a product, an agency), so two groups of one story are
    two articles on different things rather than the same article twice."""
    return {
        old: "".join(rng.choice(_SYLLABLES) for _ in range(4)).capitalize()
        for old in _shared_names(story)
    }


def generate(
    documents: int, *, seed: int = 0
) -> tuple[list[tuple[str, str, str]], dict[str, list[str]]]:
    """About `documents` documents as (file name, language, text), and the true groups
    (id -> file names)."""
    rng = random.Random(seed)
    pool = stories()
    items: list[tuple[str, str, str]] = []
    truth: dict[str, list[str]] = {}
    group = 0
    while len(items) < documents:
        story = pool[group % len(pool)]
        langs = sorted(story)
        rng.shuffle(langs)
        take = langs[: rng.randint(2, min(len(langs), 6))]
        mapping: dict[int, int] = {}
        shift = rng.randint(-15, 2)
        entities = _new_names(story, rng)
        names = []
        for lang in take:
            name = f"{rng.getrandbits(64):016x}.txt"
            text = _renumber(_rename(story[lang], entities), mapping, rng, shift)
            items.append((name, lang, text))
            names.append(name)
        truth[f"group{group}"] = names
        if rng.random() < 0.4:  # a distractor: same story and entities, other figures
            lang = rng.choice(sorted(story))
            name = f"{rng.getrandbits(64):016x}.txt"
            text = _renumber(_rename(story[lang], entities), {}, rng, rng.randint(-15, 2))
            items.append((name, lang, text))
        group += 1
    return items, truth


def write_corpus(folder: Path, documents: int, *, seed: int = 0) -> dict[str, list[str]]:
    """Write about `documents` files under `folder`; return the true groups (id -> paths)."""
    folder.mkdir(parents=True, exist_ok=True)
    items, truth = generate(documents, seed=seed)
    for name, _, text in items:
        (folder / name).write_text(text, encoding="utf-8")
    return truth
