"""Which documents are translations of one another, and which of them is the original.

File names carry no hint (scraped corpora name files by hash), so a group is found from
evidence that survives translation whatever the script: numbers, URLs, and names reduced to a
phonetic skeleton of their transliteration (Tokayev, Tokaïev, Tokajew and Токаев all become
`tkb`). Each document becomes a set of such features; an inverted index proposes candidate
pairs (documents that share rare features), so a corpus is never compared pair by pair; the
candidates are scored with an idf-weighted Jaccard similarity; a pair is linked only when each
is the other's best match in its language; links are merged strongest first, never putting two
documents of one language in a group.
"""

from __future__ import annotations

import hashlib
import math
import re
import tomllib
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import regex

from reviewer.core.evidence import phonetic_key
from reviewer.core.model import Document, Group, Segment

MIN_SCORE = 0.35  # below this, two documents are not taken as translations of each other
NUMBERS_AGREE = 0.5  # translations share most figures; below this, the score is scaled down
MAX_POSTINGS = 300  # a feature shared by more documents than this is too common to propose pairs
CANDIDATES_PER_DOCUMENT = 40

_NAME = regex.compile(r"\b\p{Lu}[\p{L}\p{M}'’-]{2,}")
_CASELESS_LATIN = regex.compile(r"\b[A-Za-z][A-Za-z-]{2,}")  # Latin words inside caseless scripts
_NUMBER = re.compile(r"\d+")
_URL = re.compile(r"https?://[^\s<>\"'»“”]+|www\.[^\s<>\"'»“”]+", re.IGNORECASE)
_CASED_SCRIPT = regex.compile(r"[\p{Latin}\p{Cyrillic}\p{Greek}\p{Armenian}]")

# Country-code top-level domains that say which language a cited source was written in.
SOURCE_TLD_LANGUAGE: Mapping[str, str] = {
    "vn": "vi", "id": "id", "fr": "fr", "de": "de", "at": "de", "es": "es", "ru": "ru",
    "br": "pt", "pt": "pt", "it": "it", "nl": "nl", "pl": "pl", "tr": "tr", "cn": "zh",
    "tw": "zh", "jp": "ja", "kr": "ko", "th": "th", "in": "hi", "gr": "el", "ua": "uk",
    "il": "he", "sa": "ar", "eg": "ar", "uk": "en", "us": "en", "au": "en",
}  # fmt: skip


@dataclass(frozen=True)
class Fingerprint:
    """What of a document survives translation: features, and its count of text paragraphs."""

    features: frozenset[str]
    paragraphs: int
    source_urls: tuple[str, ...]  # URLs on lines marked as source/credit: what it cites


def _normalise_url(url: str) -> str:
    url = url.lower().rstrip(".,;:)]}")
    url = re.sub(r"^https?://", "", url)
    return url.removeprefix("www.").rstrip("/")


def fingerprint(segments: Sequence[Segment]) -> Fingerprint:
    """The features of one document: numbers, URLs and name skeletons of its article text."""
    features: set[str] = set()
    sources: list[str] = []
    paragraphs: set[int] = set()
    for segment in segments:
        text = segment.text
        for url in _URL.findall(text):
            normalised = _normalise_url(url)
            features.add("u:" + normalised)
            if segment.boilerplate in ("source", "credit"):
                sources.append(normalised)
        if segment.boilerplate is not None:
            continue
        paragraphs.add(segment.paragraph)
        text = _URL.sub(" ", text)
        for number in _NUMBER.findall(text):
            if len(number.lstrip("0")) > 1:  # 1-digit numbers: often spelled out, often by chance
                features.add("n:" + number.lstrip("0"))
        names = _NAME if _CASED_SCRIPT.search(text) else _CASELESS_LATIN
        for name in names.findall(text):
            key = phonetic_key(name)
            if len(key) >= 2:
                features.add("k:" + key)
    return Fingerprint(frozenset(features), len(paragraphs), tuple(sources))


def _weights(prints: Sequence[Fingerprint]) -> dict[str, float]:
    """Smoothed idf of every feature: rare features count more."""
    frequency = Counter(f for p in prints for f in p.features)
    total = len(prints)
    return {f: math.log(1 + total / df) for f, df in frequency.items()}


# Numbers weigh most: an article on the same topic shares the names but not the figures.
FEATURE_WEIGHTS: Mapping[str, float] = {"n": 0.7, "k": 0.15, "u": 0.15}  # numbers, names, URLs


def score_pairs(
    documents: Sequence[Document], prints: Sequence[Fingerprint]
) -> dict[tuple[int, int], float]:
    """Similarity in [0, 1] of candidate pairs of documents in different languages.

    Per kind of feature, an idf-weighted Ochiai coefficient (shared weight over the geometric
    mean of both sides' weights), which a language that capitalises every noun (German) or
    spells months as words lowers less than Jaccard would; the kinds present on both sides
    are averaged by FEATURE_WEIGHTS, then scaled by how alike the paragraph counts are.
    Candidates come from an inverted index: a feature shared by more than MAX_POSTINGS
    documents proposes nothing and weighs nothing, so cost grows with the corpus, not with
    its square.
    """
    weights = _weights(prints)
    postings: dict[str, list[int]] = defaultdict(list)
    for index, p in enumerate(prints):
        for feature in p.features:
            postings[feature].append(index)
    kinds = list(FEATURE_WEIGHTS)
    slot = {kind: i for i, kind in enumerate(kinds)}
    # Per document: (posting list, weight, kind slot) of each usable feature, and totals by kind.
    usable: list[list[tuple[list[int], float, int]]] = []
    totals: list[list[float]] = []
    for p in prints:
        entries = [
            (postings[f], weights[f], slot[f[0]])
            for f in p.features
            if len(postings[f]) <= MAX_POSTINGS
        ]
        total = [0.0] * len(kinds)
        for _, weight, kind in entries:
            total[kind] += weight
        usable.append(entries)
        totals.append(total)
    langs = [d.lang for d in documents]
    rank = _ranks(documents)
    scores: dict[tuple[int, int], float] = {}
    for a in range(len(prints)):
        shared: dict[int, list[float]] = {}
        for docs, weight, kind in usable[a]:
            for b in docs:
                if langs[b] != langs[a]:
                    overlap = shared.get(b)
                    if overlap is None:
                        overlap = shared[b] = [0.0] * len(kinds)
                    overlap[kind] += weight
        ranked = sorted(shared.items(), key=lambda item: (-sum(item[1]), rank[item[0]]))
        for b, overlap in ranked[:CANDIDATES_PER_DOCUMENT]:
            key = (a, b) if a < b else (b, a)
            if key not in scores:
                scores[key] = _similarity(overlap, totals[a], totals[b], prints[a], prints[b])
    return scores


def _ranks(documents: Sequence[Document]) -> list[int]:
    """Each document's place in path order: ties (duplicate documents score alike) are settled
    by it, so the groups and their ids do not depend on the order of the arguments."""
    order = sorted(
        range(len(documents)), key=lambda i: (documents[i].path, str(documents[i].source))
    )
    rank = [0] * len(documents)
    for place, index in enumerate(order):
        rank[index] = place
    return rank


def _similarity(
    overlap: list[float], ta: list[float], tb: list[float], pa: Fingerprint, pb: Fingerprint
) -> float:
    mass = ochiai = 0.0
    for kind, weight in enumerate(FEATURE_WEIGHTS.values()):
        if ta[kind] and tb[kind]:
            mass += weight
            ochiai += weight * overlap[kind] / math.sqrt(ta[kind] * tb[kind])
    if not mass:
        return 0.0
    numbers = overlap[0] / math.sqrt(ta[0] * tb[0]) if ta[0] and tb[0] else 1.0
    if numbers < NUMBERS_AGREE:  # same names, other figures: another article on the topic
        ochiai *= numbers / NUMBERS_AGREE
    longer = max(pa.paragraphs, pb.paragraphs)
    shape = min(pa.paragraphs, pb.paragraphs) / longer if longer else 0.0
    # Rounded: the same pair summed from either side can differ in the last bits, and ties
    # (duplicate documents) must stay ties for the path order to settle them.
    return round(ochiai / mass * (0.5 + 0.5 * shape), 9)


def find_groups(
    documents: Sequence[Document],
    segments: Sequence[tuple[Segment, ...]],
    *,
    min_score: float = MIN_SCORE,
) -> list[Group]:
    """Translation groups of two or more documents, at most one per language, in path order."""
    prints = [fingerprint(s) for s in segments]
    scores = score_pairs(documents, prints)
    rank = _ranks(documents)
    best: dict[tuple[int, str], tuple[float, int, int]] = {}
    for (a, b), score in scores.items():
        for this, other in ((a, b), (b, a)):
            key = (this, documents[other].lang)
            if (score, -rank[other]) > best.get(key, (-1.0, 0, -1))[:2]:
                best[key] = (score, -rank[other], other)
    links = sorted(
        (
            (score, a, b)
            for (a, b), score in scores.items()
            if score >= min_score
            and best[(a, documents[b].lang)][2] == b
            and best[(b, documents[a].lang)][2] == a
        ),
        key=lambda link: (-link[0], *sorted((rank[link[1]], rank[link[2]]))),
    )
    cluster = list(range(len(documents)))
    langs: dict[int, set[str]] = {i: {d.lang} for i, d in enumerate(documents)}
    joined: dict[int, list[int]] = {i: [i] for i in range(len(documents))}

    def root(i: int) -> int:
        while cluster[i] != i:
            cluster[i] = cluster[cluster[i]]
            i = cluster[i]
        return i

    for _, a, b in links:
        ra, rb = root(a), root(b)
        if ra == rb or langs[ra] & langs[rb]:
            continue
        # Average linkage: the newcomer must resemble the group as a whole, not one member.
        pairs = [(min(x, y), max(x, y)) for x in joined[ra] for y in joined[rb]]
        cross = [scores[pair] for pair in pairs if pair in scores]
        if sum(cross) / len(cross) < min_score:
            continue
        cluster[rb] = ra
        langs[ra] |= langs.pop(rb)
        joined[ra] += joined.pop(rb)
    groups = [
        make_group(documents, prints, indices) for indices in joined.values() if len(indices) > 1
    ]
    return sorted(groups, key=lambda g: g.id)


def group_id(documents: Sequence[Document], indices: Sequence[int]) -> str:
    """`g-` and the first member's path without `.txt`: stable while the membership is.

    When the path has to be changed to fit (spaces, accents, `/`), a short hash of it is
    added: otherwise `a b.txt` and `a_b.txt`, or two Vietnamese names that differ only in
    accents, gave two groups one id, and so one annotation file."""
    first = min(documents[i].path for i in indices)
    stem = first.removesuffix(".txt")
    safe = re.sub(r"[^A-Za-z0-9._-]+", "_", stem)
    if safe != stem:
        digest = hashlib.sha256(first.encode("utf-8", "surrogateescape")).hexdigest()
        safe = f"{safe}-{digest[:8]}"
    return "g-" + safe


def make_group(
    documents: Sequence[Document],
    prints: Sequence[Fingerprint],
    indices: Sequence[int],
    *,
    pivot: str | None = None,
    id: str | None = None,
) -> Group:
    members = {documents[i].lang: i for i in sorted(indices, key=lambda i: documents[i].path)}
    chosen = pivot if pivot in members else choose_pivot(documents, prints, members)
    return Group(id or group_id(documents, indices), chosen, members)


def choose_pivot(
    documents: Sequence[Document], prints: Sequence[Fingerprint], members: Mapping[str, int]
) -> str:
    """The group's original, from what the versions say of their source.

    1. A language the members' source lines point to (`Sumber: https://….vn/…` -> vi).
    2. Otherwise the only member without a source line when the others have one.
    3. Otherwise the member with the most article paragraphs (translations drop more than
       they add), then the first language in alphabetical order.
    """
    votes: Counter[str] = Counter()
    for lang, index in members.items():
        for url in prints[index].source_urls:
            host = url.split("/", 1)[0]
            cited = SOURCE_TLD_LANGUAGE.get(host.rsplit(".", 1)[-1])
            if cited in members and cited != lang:
                votes[cited] += 1
    if votes:
        return min(votes, key=lambda lang: (-votes[lang], lang))
    without_source = [lang for lang, i in members.items() if not prints[i].source_urls]
    if len(without_source) == 1 and len(members) > 1:
        return without_source[0]
    return min(members, key=lambda lang: (-prints[members[lang]].paragraphs, lang))


class GroupingFileError(ValueError):
    """A grouping file that cannot be used, with the file and the reason."""


def read_grouping_file(
    path: Path, documents: Sequence[Document], segments: Sequence[tuple[Segment, ...]]
) -> list[Group]:
    """Groups a user wrote down (see README, "Grouping file"), instead of finding them.

    ```toml
    [[group]]
    members = ["000_459abd048ae6a802.txt", "001_a42808516d93aaf7.txt"]
    pivot = "vi"          # optional: chosen automatically when left out
    id = "kazakhstan"     # optional: g-<first member> when left out
    ```
    """
    if path.exists() and not path.is_file():  # a FIFO would block the read for ever
        raise GroupingFileError(f"{path}: not a regular file")
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise GroupingFileError(f"{path}: {error}") from error
    by_path = {doc.path: i for i, doc in enumerate(documents)}
    prints = [fingerprint(s) for s in segments]
    groups: list[Group] = []
    seen: set[int] = set()
    entries = data.get("group", [])
    if not isinstance(entries, list):
        raise GroupingFileError(f"{path}: `group` must be an array of tables (write [[group]])")
    for number, entry in enumerate(entries, start=1):
        where = f"{path}: group {number}"
        if not isinstance(entry, dict):
            raise GroupingFileError(f"{where}: not a table (write [[group]])")
        for key in ("id", "pivot"):
            if not isinstance(entry.get(key, ""), str) or entry.get(key) == "":
                raise GroupingFileError(f"{where}: `{key}` must be a non-empty string")
        names = entry.get("members")
        if (
            not isinstance(names, list)
            or len(names) < 2
            or not all(isinstance(n, str) for n in names)
        ):
            raise GroupingFileError(f"{where}: `members` must list two or more file paths")
        unknown = [n for n in names if n not in by_path]
        if unknown:
            raise GroupingFileError(f"{where}: no such document: {', '.join(map(str, unknown))}")
        indices = [by_path[n] for n in names]
        langs = [documents[i].lang for i in indices]
        doubled = sorted({lang for lang in langs if langs.count(lang) > 1})
        if doubled:
            raise GroupingFileError(f"{where}: two documents in {', '.join(doubled)}")
        if seen & set(indices):
            raise GroupingFileError(f"{where}: a document is already in another group")
        seen |= set(indices)
        group = make_group(documents, prints, indices, pivot=entry.get("pivot"), id=entry.get("id"))
        if any(g.id == group.id for g in groups):  # one id, one annotation file: never share
            raise GroupingFileError(f"{where}: id {group.id!r} is already another group's")
        groups.append(group)
    return groups
