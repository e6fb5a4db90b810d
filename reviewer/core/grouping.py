"""Which documents are translations of one another, and which of them is the original.

File names carry no hint (scraped corpora name files by hash), so a group is found from what
survives translation whatever the genre and script (grouping_features): numbers, URLs and
name skeletons where the text has them, and always its shape (paragraph shares and length;
sentences per paragraph and marks are measured too, see SHAPE_WEIGHTS). Blocking
(grouping_candidates) proposes a few partners per document, so a corpus is never compared
pair by pair. Each candidate pair gets a score; a pair is linked only when each is the
other's best match in its language; a link that the features alone do not make sure of is
verified by what a translation keeps beyond the shape (the alignment gain, the sentence ends,
the paragraphs that hold the questions and quotes, the punctuation inside the aligned
sentences, the rare names both put in the same paragraphs, the words of any script that
recur in the same paragraphs; a shape of few paragraphs needs more of it); links are merged
strongest first, never putting two documents of one language in a group, and a document
joins only where it resembles the group itself (its own average score; where it rests on
shape, the names the group's versions agree on are in the same paragraphs of it); once
the groups are found, a member that rests weakly on shape leaves where its topic, read
against the other groups in its own language, does not follow the group's. In a small
corpus, or in each block of few documents of a large one (grouping_candidates.blocks), the
short texts that are left are grouped on their sentences (grouping_short).
"""

from __future__ import annotations

import dataclasses
import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import NamedTuple

import numpy as np

from reviewer.core import (
    aligning,
    evidence,
    language,
    parallel,
    pattern_cache,
    unit_conversions,
    verse,
)
from reviewer.core import quick_statistics as statistics  # (its median alone)
from reviewer.core.grouping_blocks import beyond_blocks, in_blocks, near_partners
from reviewer.core.grouping_candidates import (
    CANDIDATES_PER_DOCUMENT,
    SMALL_CORPUS,
    blocks,
    candidates,
    each_pair,
    idf_weights,
    seam_pairs,
)
from reviewer.core.grouping_features import (
    SHAPE_PARAGRAPHS,
    Fingerprint,
    correlation,
    cosine,
    fingerprint,
    katakana_names,
    length_agreement,
    marks_similarity,
    names_elsewhere,
    names_in_place,
    number_keys,
    paragraph_names,
    placement_agreement,
    punctuation_agreement,
    recurring_agreement,
    recurring_words,
    sentence_ends_agreement,
    sentence_similarity,
    shape_similarity,
    shares,
    topic_vectors,
    word_counts,
)
from reviewer.core.grouping_meaning import Slots, paragraph_terms, place_agreement
from reviewer.core.grouping_short import (
    SHORT_FIGURES,
    SHORT_SENTENCES,
    prefix_joins,
    resegmented,
    short_groups,
)
from reviewer.core.model import Document, Group, Segment

__all__ = ["CANDIDATES_PER_DOCUMENT", "Fingerprint", "fingerprint", "find_groups"]

MIN_SCORE = 0.45  # below this, two documents are not taken as translations of each other
SHAPE_MIN = 0.65  # a shape score below this does not make two documents translations
# Weights of paragraph lengths, length for the languages, sentences per paragraph, marks.
SHAPE_WEIGHTS = (0.8, 0.2, 0.0, 0.0)
SURE = 0.6  # a feature score this high needs no verification by alignment
FEW_FEATURES = 2  # fewer shared features than this say nothing where the shape may speak
NAMES_AGREE = 0.3  # below this share of names in common, the score is scaled down (to half)
NUMBERS_AGREE = 0.5  # translations share most figures; below this, the score is scaled down
FIGURES_AGREE = 0.8  # figures agreeing this well ...
FIGURES_MANY = 5  # ... and this many shared are no chance: names that disagree do not count
PAIR_ALONE = 0.8  # a group of two on shape alone needs this verified score (see find_groups)
PAIR_CROWD = 5  # ... where either language has this many documents
SHAPE_CANDIDATE = 0.55  # an unsure pair with less shape agreement is not verified
SHAPE_VERIFIED = 0.72  # a shape link verified by alignment needs this (the gain added)
ENDS_WEIGHT = 0.3  # shape units per unit of sentence-end agreement
GAIN_WEIGHT = 0.2  # shape units per unit of alignment gain (cost per sentence, first pass)
QUESTIONS_WEIGHT = 0.3  # shape units per unit of agreement in where the questions are
QUOTES_WEIGHT = 0.1  # ... and where the quotes are (a side without quotes says nothing)
PUNCTUATION_WEIGHT = 0.15  # ... per unit of inner punctuation agreement above ...
PUNCTUATION_CHANCE = 0.1  # ... what unrelated aligned sentences reach (median, tune books)
ROW_CONFIDENCE = 0.5  # aligned 1-1 rows at least this sure carry the punctuation evidence
ASKING = 0.2  # a language asks questions when this share of its documents has one ...
ASKING_SEEN = 3  # ... and at least this many do
NAMES_PLACED_WEIGHT = 0.2  # shape units for rare names in the same paragraphs, at most ...
NAMES_PLACED_FULL = 6.0  # ... reached at this idf weight (two or three rare names)
NAMES_ELSEWHERE = -2.0  # a newcomer whose names fall elsewhere this surely is no version
RECURRING_WEIGHT = 0.1  # shape units per unit of recurring-word agreement (z) above ...
RECURRING_CHANCE = 1.5  # ... what unrelated parts of a similar shape reach (tune books)
RECURRING_SPAN = (0.0, 4.0)  # ... the z taken within these bounds
TOPIC_SUSPECT = 0.65  # a member on shape whose mean score over its group is below this ...
TOPIC_MIN = 0.0  # ... leaves it where its topic follows the group's less than this ...
TOPIC_SLOPE = 1.0  # ... plus this much per unit of its mean score under TOPIC_SUSPECT ...
TOPIC_CONCEPTS = 5  # ... over at least this many other groups in its and a member's languages
MEANING_SUSPECT = 0.65  # a member on shape whose mean score is below this is read ...
MEANING_MIN = -0.002  # ... and leaves where its paragraphs mean what the group's do less than this
MEANING_GROUPS = 3  # ... read where this many other groups have its language ...
MEANING_READ = 2  # ... against this many members or more (as many paragraphs, known language)
MEANING_SLOTS = 200  # paragraphs of groups the space needs (a small folder has too few)
LATE_JOIN = 0.65  # a document left alone links to a group whose members it averages this with
LATE_GROUPS = 3  # ... among the groups whose shape it agrees with best, this many
MOVE_MARGIN = 0.1  # a member moves to a group it averages this much better with (`_moved`)
FIGURES_ADOPT = 2  # figures a document left alone shares with a group to join it (`_adopted`)
THIN_PARAGRAPHS = 6  # a pair of fewer paragraphs than this has little to verify ...
THIN_EXTRA = 0.05  # ... so its verified shape needs this much more
DOUBT_MARGIN = 0.1  # a newcomer whose feature linkage falls this little under MIN_SCORE ...
DOUBT_ROWS = 6  # ... joins where this many of its sentences align 1-1 and surely ...
DOUBT_SHARE = 0.75  # ... and this share of them (see `_confirmed_by_alignment`)
CHANGED_ROWS = 1  # ... and its figures, where they agree less than NUMBERS_AGREE, differ in ...
AGREED_ROWS = 2  # ... this many aligned rows at most, and agree in this many or more
LENGTH_SPREAD = 0.15  # spread of a translation's log length around its languages' ratio
# In a small corpus (SMALL_CORPUS), the alignment gain alone may confirm a pair whose
# paragraphs were merged or split: a gain of GAIN_SURE becomes MIN_SCORE, GAIN_SURE +
# GAIN_SPAN the top of the scale (MAC-Dev zh/en chapters: translations 0.85 to 1.8,
# other chapters -0.3 to 0.45, once 1.1).
GAIN_SURE = 0.7
GAIN_SPAN = 0.5
GAIN_SENTENCES = 100  # ... where both sides have this many sentences
GAIN_STEADY = 2.8  # ... and its paragraphs gain this steadily (see `steadiness`)

# Source-language hints: country-code top-level domains that say which language a cited
# source was written in.
SOURCE_TLD_LANGUAGE: Mapping[str, str] = {
    "vn": "vi", "id": "id", "fr": "fr", "de": "de", "at": "de", "es": "es", "ru": "ru",
    "br": "pt", "pt": "pt", "it": "it", "nl": "nl", "pl": "pl", "tr": "tr", "cn": "zh",
    "tw": "zh", "jp": "ja", "kr": "ko", "th": "th", "in": "hi", "gr": "el", "ua": "uk",
    "il": "he", "sa": "ar", "eg": "ar", "uk": "en", "us": "en", "au": "en",
}  # fmt: skip

# Numbers weigh most: an article on the same topic shares the names but not the figures.
# Years weigh little: every article of a period has them.
FEATURE_WEIGHTS: Mapping[str, float] = {"n": 0.6, "y": 0.1, "k": 0.15, "u": 0.15}


def fingerprints(
    documents: Sequence[Document], segments: Sequence[tuple[Segment, ...]]
) -> list[Fingerprint]:
    """Each document's fingerprint, its numbers read by its language's conventions."""
    cache: dict[str, str] = {}  # name -> skeleton, shared: names repeat across documents
    return [fingerprint(s, d.lang, cache=cache) for d, s in zip(documents, segments, strict=True)]


def _converted(
    segments: Sequence[tuple[Segment, ...]], prints: Sequence[Fingerprint]
) -> list[Fingerprint]:
    """`prints` with each figure in customary units standing for the figures of other
    documents it converts to (unit_conversions.converted_figures: 350 °F for 180 °C)."""
    converted = unit_conversions.converted_figures(
        ["\n".join(x.text for x in s) for s in segments], [p.features for p in prints]
    )
    return [
        dataclasses.replace(p, features=p.features | keys) if keys else p
        for p, keys in zip(prints, converted, strict=True)
    ]


def _names_met_abroad(
    documents: Sequence[Document], prints: Sequence[Fingerprint]
) -> dict[str, frozenset[str]]:
    """Per language that capitalises its nouns (German), its name keys that a document of
    another language has too. Only those are names to it: every German noun is capitalised
    (Stadtrat, Flughafen), and counted as names they swamp the real ones, so that a German
    translation whose one changed figure already costs it shares too few names to join."""
    nouns = evidence.CAPITALISED_NOUNS & {d.lang for d in documents}
    if not nouns:
        return {}
    names: dict[str, set[str]] = defaultdict(set)  # each language's name keys
    for d, p in zip(documents, prints, strict=True):
        names[d.lang].update(f for f in p.features if f[0] == "k")
    return {
        lang: frozenset().union(*(keys for other, keys in names.items() if other != lang))
        for lang in nouns
    }


class _Scorer:
    """Scores of candidate pairs, from features and shape."""

    def __init__(
        self,
        documents: Sequence[Document],
        prints: Sequence[Fingerprint],
        weights: Mapping[str, float] | None = None,
    ) -> None:
        self.documents = documents
        self.prints = prints
        self.weights = idf_weights(prints) if weights is None else weights
        # Per document and kind: the features that weigh something, and their total weight.
        self.kinds: list[dict[str, frozenset[str]]] = []
        self.totals: list[dict[str, float]] = []
        foreign = _names_met_abroad(documents, prints)
        for d, p in zip(documents, prints, strict=True):
            by_kind: dict[str, set[str]] = defaultdict(set)
            nouns = d.lang in evidence.CAPITALISED_NOUNS
            for f in p.features:
                if self.weights[f] and not (nouns and f[0] == "k" and f not in foreign[d.lang]):
                    by_kind[f[0]].add(f)
            self.kinds.append({k: frozenset(v) for k, v in by_kind.items()})
            self.totals.append({k: sum(self.weights[f] for f in v) for k, v in by_kind.items()})
        self.ratio: dict[str, float] = {}
        # Blocks of few documents, each treated as a small folder (grouping_candidates.blocks):
        # every pair with a shape in one is a candidate. Set by `_score_candidates`.
        self.blocks: list[list[int]] = [list(range(len(documents)))]
        self.block: list[int | None] = [0] * len(documents)  # each document's, or None
        # Pairs that a cut where no gap was put in two blocks (grouping_candidates.seam_pairs):
        # treated as if in one block.
        self.seams: set[tuple[int, int]] = set()
        self.gains: dict[tuple[int, int], float] = {}  # alignment gain of the verified pairs
        # How many documents of each language have each feature, counted where first needed
        # (`_lone_feature_elsewhere`).
        self.per_language: Counter[tuple[str, str]] | None = None
        # Idf of each name skeleton (0 for the names met everywhere), and each document's
        # names per paragraph, read when a pair is verified.
        self.name_weight = {f[2:]: w for f, w in self.weights.items() if f.startswith("k:")}
        self.names: dict[int, tuple[frozenset[str], ...]] = {}
        self.skeletons: dict[str, str] = {}
        self.words: dict[int, tuple[int, frozenset[int]]] = {}
        # Languages known to write question marks: where one has none, none were asked.
        asking: Counter[str] = Counter(
            d.lang for d, p in zip(documents, prints, strict=True) if p.questions
        )
        count = Counter(d.lang for d in documents)
        self.asks = {
            lang for lang, n in asking.items() if n >= ASKING_SEEN and n >= ASKING * count[lang]
        }

    def questions(self, a: int, b: int) -> float:
        """Whether the two documents ask their questions in the same paragraphs (see
        `placement_agreement`): a side without any speaks where its language asks some."""
        pa, pb = self.prints[a], self.prints[b]
        if pa.paragraphs != pb.paragraphs:
            return 0.0
        none = (0,) * pa.paragraphs
        return placement_agreement(
            pa.questions or none,
            pb.questions or none,
            self.documents[a].lang in self.asks,
            self.documents[b].lang in self.asks,
        )

    def paragraph_names(
        self, index: int, segments: Sequence[tuple[Segment, ...]]
    ) -> tuple[frozenset[str], ...]:
        """A document's name skeletons per paragraph (see `paragraph_names`), memoised."""
        if index not in self.names:
            self.names[index] = paragraph_names(
                segments[index], self.skeletons, self.documents[index].lang
            )
        return self.names[index]

    def names_placed(self, a: int, b: int, segments: Sequence[tuple[Segment, ...]]) -> float:
        """Rare names the two documents put in the same paragraphs (`names_in_place`), in
        [0, 1]: only for them, since a translation often spells a name otherwise."""
        value = names_in_place(
            self.paragraph_names(a, segments), self.paragraph_names(b, segments), self.name_weight
        )
        return 0.0 if value is None else max(0.0, min(1.0, value / NAMES_PLACED_FULL))

    def recurring(self, a: int, b: int, segments: Sequence[tuple[Segment, ...]]) -> float:
        """Words recurring in the same paragraphs (`recurring_agreement`) in shape units
        above chance, 0 where it cannot tell."""
        for index in (a, b):
            if index not in self.words:
                self.words[index] = recurring_words(segments[index])
        value = recurring_agreement(self.words[a], self.words[b])
        if value is None:
            return 0.0
        low, high = RECURRING_SPAN
        return RECURRING_WEIGHT * (max(low, min(high, value)) - RECURRING_CHANCE)

    def quotes(self, a: int, b: int) -> float:
        """Whether the two documents quote in the same paragraphs; a side without quotes says
        nothing (translations differ in marking speech at all)."""
        pa, pb = self.prints[a], self.prints[b]
        if pa.paragraphs != pb.paragraphs or not (pa.quotes and pb.quotes):
            return 0.0
        return placement_agreement(pa.quotes, pb.quotes)

    def by_gain(self, a: int, b: int) -> bool:
        """Whether the alignment gain alone may confirm this pair: in one block (a small
        folder, see grouping_candidates.blocks) or across a seam of two (`seam_pairs`), where
        both sides have a shape (SHAPE_PARAGRAPHS paragraphs) and GAIN_SENTENCES sentences (a
        short text's gain rests on too few: Bible parts of 30 sentences that are no
        translations gain up to 1.5, Text+Berg parts of 80 up to 0.9)."""
        pa, pb = self.prints[a], self.prints[b]
        return (
            (self.block[a] is not None and self.block[a] == self.block[b] or (a, b) in self.seams)
            and min(pa.paragraphs, pb.paragraphs) >= SHAPE_PARAGRAPHS
            and min(sum(pa.sentences), sum(pb.sentences)) >= GAIN_SENTENCES
        )

    def figures(self, index: int) -> int:
        """How many numbers of a document weigh something."""
        return len(self.kinds[index].get("n", ()))

    def features(self, a: int, b: int) -> tuple[float | None, float, int]:
        """Per kind of feature, an idf-weighted Ochiai coefficient (shared weight over the
        geometric mean of both sides' weights), which a language that capitalises every noun
        (German) lowers less than Jaccard would; the kinds present on both sides are averaged
        by FEATURE_WEIGHTS (None when no kind is present on both sides); how far the
        figures agree (their Ochiai coefficient, 1 when a side has none); and how many
        features that weigh something the two share."""
        ka, kb = self.kinds[a], self.kinds[b]
        ta, tb = self.totals[a], self.totals[b]
        weights = self.weights
        mass = ochiai = 0.0
        numbers = names = counted = 1.0
        count = figures = 0
        for kind, weight in FEATURE_WEIGHTS.items():
            sa, sb = ka.get(kind), kb.get(kind)
            if sa and sb:
                mass += weight
                common = sa & sb
                count += len(common)
                shared = sum(map(weights.__getitem__, common))  # (the same sum, in C)
                value = shared / math.sqrt(ta[kind] * tb[kind])
                ochiai += weight * value
                if kind == "n":
                    numbers, figures = value, len(common)
                    # by count: a changed figure is a rare feature, whose weight alone took
                    # a programme's 6 of 7 figures in common below FIGURES_AGREE
                    counted = figures / math.sqrt(len(sa) * len(sb))
                    if figures >= FIGURES_MANY:
                        # an abridged version: its figures all kept, among the other's many
                        counted = max(counted, figures / min(len(sa), len(sb)))
                elif kind == "k" and len(sa) >= 2 and len(sb) >= 2:
                    names = value
        if not mass:
            return None, numbers, 0
        # Same names, other figures: another article on the topic. Agreement by weight or by
        # count: in a small folder the figures every version keeps weigh next to nothing,
        # and one changed date (19. Juni for 12 June) outweighed de's 24, 6, 8 % and 300 in
        # common, and a German strike notice was left alone (stop 35).
        agree = max(numbers, counted)
        if agree < NUMBERS_AGREE:
            ochiai *= agree / NUMBERS_AGREE
        # Figures shared by chance by articles on other people and things; not where most
        # figures agree and there are several: a translation's names are often spelt apart
        # (Trung Quốc, China), or few and common words once those that only start a
        # sentence are left out (grouping_features.sentence_names).
        chance = max(numbers, counted) < FIGURES_AGREE or figures < FIGURES_MANY
        if names < NAMES_AGREE and chance:
            ochiai *= 0.5 + 0.5 * names / NAMES_AGREE
        return ochiai / mass, numbers, count

    def shape(self, a: int, b: int) -> float | None:
        """Shape agreement in [0, 1]: paragraph ends first, then length for the languages,
        sentences per paragraph and marks. None when the documents are too short to tell."""
        pa, pb = self.prints[a], self.prints[b]
        ends = shape_similarity(pa, pb)
        if ends is None:
            return None
        la, lb = self.documents[a].lang, self.documents[b].lang
        expected = self.ratio.get(lb, 0.0) - self.ratio.get(la, 0.0)
        w_ends, w_length, w_sentences, w_marks = SHAPE_WEIGHTS
        parts = [(w_ends, ends), (w_length, length_agreement(pa, pb, expected, LENGTH_SPREAD))]
        for weight, value in (
            (w_sentences, sentence_similarity(pa, pb)),
            (w_marks, marks_similarity(pa, pb)),
        ):
            parts.append((weight, ends if value is None else value))
        return sum(w * v for w, v in parts)

    def learn_ratios(self, pairs: Sequence[tuple[int, int]]) -> None:
        """Each language's log length factor, from pairs whose shape agrees well: the text of
        one content is longer in some languages than in others (fitted by averaging)."""
        logs = [
            (self.documents[a].lang, self.documents[b].lang,
             math.log(self.prints[b].chars / self.prints[a].chars))
            for a, b in pairs
            if self.prints[a].chars and self.prints[b].chars
        ]  # fmt: skip
        factor: dict[str, float] = defaultdict(float)
        for _ in range(20):
            sums: dict[str, list[float]] = defaultdict(list)
            for la, lb, value in logs:
                sums[lb].append(factor[la] + value)
                sums[la].append(factor[lb] - value)
            factor = defaultdict(float, {lang: sum(v) / len(v) for lang, v in sums.items()})
            mean = sum(factor.values()) / len(factor) if factor else 0.0
            factor = defaultdict(float, {lang: v - mean for lang, v in factor.items()})
        self.ratio = dict(factor)


def score_pairs(
    documents: Sequence[Document], prints: Sequence[Fingerprint]
) -> dict[tuple[int, int], float]:
    """Similarity in [0, 1] of candidate pairs of documents in different languages (before
    any verification by alignment)."""
    scored, _ = _score_candidates(documents, prints)
    return {pair: value.score for pair, value in scored.items()}


def _score_candidates(
    documents: Sequence[Document],
    prints: Sequence[Fingerprint],
    segments: Sequence[tuple[Segment, ...]] | None = None,
    *,
    jobs: int | None = 1,
) -> tuple[dict[tuple[int, int], _PairScore], _Scorer]:
    """Each candidate pair's score: the better of the feature score (scaled by how alike the
    paragraph counts are) and the shape score; `sure` unless the shape score is the higher
    and the features alone do not pass SURE: only then is an alignment needed to believe
    it. With `segments`, the recurring words propose candidates too. `jobs`: worker processes
    that score the pairs (grouping_candidates.each_pair)."""
    rank = _ranks(documents)
    langs = [d.lang for d in documents]
    # A Japanese text's katakana as the names it meets; the idf stays that of the documents
    # that write them (a name met in katakana is no new occurrence: counted, it moved the
    # weights of every pair that has the name, and the news fault bench's faulted French
    # summit article, at 0.452 with its Turkish version, fell under MIN_SCORE).
    weights = idf_weights(prints)
    prints = katakana_names(prints, weights)
    scorer = _Scorer(documents, prints, weights)
    # The recurring words of the documents whose shape may speak (few figures): read once,
    # for the candidates and for the verification.
    for index, p in enumerate(prints):
        if segments is not None and p.paragraphs >= SHAPE_PARAGRAPHS and scorer.figures(index) < 2:
            scorer.words[index] = recurring_words(segments[index])
    # beyond SMALL_CORPUS, the documents with figures are left to the features (no block)
    few = [i for i in range(len(prints)) if scorer.figures(i) < SHORT_FIGURES]
    scorer.blocks = blocks(langs, rank, prints, few)
    scorer.block = [None] * len(documents)
    for number, block in enumerate(scorer.blocks):
        for index in block:
            scorer.block[index] = number
    scorer.seams = seam_pairs(langs, rank, prints, scorer.blocks)
    pairs = candidates(
        langs, rank, prints, scorer.weights, scorer.words, scorer.blocks, scorer.seams
    )
    ends = {pair: _shape_ends(scorer, *pair) for pair in pairs}
    scorer.learn_ratios([pair for pair, value in ends.items() if value and value >= 0.8])
    order = list(ends)  # (the pairs' own order, as before)
    scored = each_pair(lambda a, b: _score_pair(scorer, a, b, ends[a, b]), order, jobs=jobs)
    return dict(zip(order, scored, strict=True)), scorer


class _PairScore(NamedTuple):
    """A candidate pair's score, whether it needs verifying, and what verifying starts from."""

    score: float
    sure: bool  # the features decided: no alignment needed to believe it
    by_features: float
    shape: float  # shape agreement scaled by the figures' agreement (0 where shape may not speak)


def _on_scale(shape: float, threshold: float) -> float:
    """A shape value on one scale with the feature score: `threshold` becomes MIN_SCORE."""
    return MIN_SCORE + (shape - threshold) * (1 - MIN_SCORE) / (1 - threshold)


def _score_pair(scorer: _Scorer, a: int, b: int, ends: float | None) -> _PairScore:
    """Score of one pair; `ends` its shape similarity, None where shape may not speak."""
    prints = scorer.prints
    feature, numbers, shared = scorer.features(a, b)
    by_features = 0.0
    if shared < FEW_FEATURES and ends is not None:
        # One figure or name in common is met by chance among a thousand parts of one book;
        # where the shape may speak, it decides (and alignment verifies it), not that feature.
        # (Among short notices too, German Brot and French Vert have one skeleton; but there
        # nothing else speaks, and one-paragraph stories in eight languages whose pairs
        # share one name lost their groups: tests/data/grouping/notices.toml, docs.)
        feature = None
    if feature is not None and shared == 1 and _lone_feature_elsewhere(scorer, a, b):
        feature = None
    if feature is not None:
        pa, pb = prints[a], prints[b]
        longer = max(pa.paragraphs, pb.paragraphs)
        alike = min(pa.paragraphs, pb.paragraphs) / longer if longer else 0.0
        by_features = feature * (0.5 + 0.5 * alike)
    shape = scorer.shape(a, b) if ends is not None else 0.0
    # The same shape with other figures: another article; but one figure each, changed, with
    # names in common, is what a reviewer must see, not another text (a Korean interview's
    # 500 a day for 800, its names in Hangul met by sound: left out of its group of seven,
    # stop 38), and the alignment verifies the shape. (A Korean bakery's interview of the same
    # layout, its one figure other and no name in common, stays apart.)
    shape = shape or 0.0
    if shape and not _one_figure_apart(scorer, a, b):  # (0 stays 0: most news pairs)
        shape *= numbers
    by_shape = _on_scale(shape, SHAPE_MIN)
    score = max(by_features, by_shape, 0.0)
    # Sure: the features decided, or are strong enough alone; else verified by alignment.
    sure = by_features >= by_shape or by_features >= SURE
    # Rounded: ties (duplicate documents) must stay ties for the path order to settle them.
    return _PairScore(round(score, 9), sure, by_features, shape)


def _lone_feature_elsewhere(scorer: _Scorer, a: int, b: int) -> bool:
    """Whether the one feature the pair shares is also another document's of either side's
    language: then it is in two texts at least (a version has one document per language),
    and tells nothing of this pair. In the planted stories put in one folder (1,088
    documents), a short Chinese story's one figure, 100, met in 42 documents, made it a
    member of a walking guide's group at 0.46 with each of its nine versions; a folder of one
    text has each language once, and nothing changes there."""
    ka, kb = scorer.kinds[a], scorer.kinds[b]
    (feature,) = (
        f for kind in FEATURE_WEIGHTS if kind in ka and kind in kb for f in ka[kind] & kb[kind]
    )
    if scorer.per_language is None:
        scorer.per_language = Counter(
            (d.lang, f)
            for d, kinds in zip(scorer.documents, scorer.kinds, strict=True)
            for values in kinds.values()
            for f in values
        )
    documents = scorer.documents
    return (
        scorer.per_language[(documents[a].lang, feature)] > 1
        or scorer.per_language[(documents[b].lang, feature)] > 1
    )


ONE_FIGURE_NAMES = 2  # names in common that let a changed lone figure leave the shape whole


def _one_figure_apart(scorer: _Scorer, a: int, b: int) -> bool:
    """Whether each document has one figure at most, and the two share ONE_FIGURE_NAMES names."""
    if max(scorer.figures(a), scorer.figures(b)) > 1:
        return False
    names_a, names_b = scorer.kinds[a].get("k"), scorer.kinds[b].get("k")
    return bool(names_a and names_b) and len(names_a & names_b) >= ONE_FIGURE_NAMES


def _shape_ends(scorer: _Scorer, a: int, b: int) -> float | None:
    """Shape similarity of a pair where shape may speak: where figures are too few to (text
    full of figures that disagree is another article of the same layout: a news story told
    again with new numbers)."""
    if min(scorer.figures(a), scorer.figures(b)) >= 2:
        return None
    return shape_similarity(scorer.prints[a], scorer.prints[b])


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


def _text_segments(segments: Sequence[Segment]) -> list[Segment]:
    return [s for s in segments if s.boilerplate is None]


def _alignment(
    a: Sequence[Segment],
    b: Sequence[Segment],
    lang_a: str | None,
    lang_b: str | None,
    options: aligning.AlignOptions,
) -> tuple[list[aligning.Bead], list[float]]:
    """The aligner's best path through two documents' sentences, and each bead's cost."""
    return aligning.align_pair_costs(
        [s.text for s in a],
        [s.text for s in b],
        src_paragraphs=[s.paragraph for s in a],
        tgt_paragraphs=[s.paragraph for s in b],
        src_lang=lang_a,
        tgt_lang=lang_b,
        options=options,
    )


# The aligner's options for verifying a pair: its first pass only, without the word table a
# second pass learns from that pass's own beads. Learnt from the few beads of one short pair,
# the table confirms whatever the first pass paired, in either order: for unrelated parts of a
# similar shape it made the gain against the reversed order swing both ways (Bible report
# books, seeds 2, 6, 7: a spread of -1.3 to 1.4 per sentence, against -0.25 to 0.35 without
# it) and paired a Cherokee and a Quichua distractor (gain 0.96 with the table, 0.16 without);
# translations gain half as much without it, and the gain weighs twice as much (GAIN_WEIGHT).
_VERIFY_OPTIONS = dataclasses.replace(aligning.DEFAULT_OPTIONS, bootstrap=False)
# The gain alone (`by_gain`: a small corpus, 100 sentences a side) keeps the table: learnt
# from a hundred beads it is the pair's words, and GAIN_SURE was measured with it (MAC-Dev).
_GAIN_OPTIONS = aligning.DEFAULT_OPTIONS


def _reversed_in_paragraphs(segments: Sequence[Segment]) -> list[Segment]:
    by_paragraph: dict[int, list[Segment]] = {}
    for s in segments:
        by_paragraph.setdefault(s.paragraph, []).append(s)
    return [s for paragraph in by_paragraph.values() for s in reversed(paragraph)]


class _Alignment(NamedTuple):
    """What verifying a pair reads from aligning it."""

    gain: float  # see alignment_gain
    rows: list[tuple[str, str]]  # sentences the real order aligns 1-1 with confidence
    steady: float = 0.0  # how steadily the paragraphs gain (see `steadiness`)


def _aligned(
    a: Sequence[Segment],
    b: Sequence[Segment],
    lang_a: str | None,
    lang_b: str | None,
    options: aligning.AlignOptions = _VERIFY_OPTIONS,
) -> _Alignment:
    """The alignment gain (see `alignment_gain`) and the sure 1-1 rows of the real order,
    aligned with `options`."""
    a, b = _text_segments(a), _text_segments(b)
    if not a or not b:
        return _Alignment(0.0, [])
    per_a = len(a) / len({s.paragraph for s in a})
    per_b = len(b) / len({s.paragraph for s in b})
    beads, costs = _alignment(a, b, lang_a, lang_b, options)
    rows = [
        (a[x[0]].text, b[y[0]].text)
        for (x, y), cost in zip(beads, costs, strict=True)
        if len(x) == 1 and len(y) == 1 and aligning.confidence(cost) >= ROW_CONFIDENCE
    ]
    if per_b >= per_a:
        null_beads, null = _alignment(a, _reversed_in_paragraphs(b), lang_a, lang_b, options)
        kept, side = 0, a
    else:
        null_beads, null = _alignment(_reversed_in_paragraphs(a), b, lang_a, lang_b, options)
        kept, side = 1, b
    steady = steadiness(
        _paragraph_costs(beads, costs, kept, side), _paragraph_costs(null_beads, null, kept, side)
    )
    return _Alignment((sum(null) - sum(costs)) / (len(a) + len(b)), rows, steady)


def _paragraph_costs(
    beads: Sequence[tuple[Sequence[int], Sequence[int]]],
    costs: Sequence[float],
    kept: int,
    side: Sequence[Segment],
) -> dict[int, float]:
    """Alignment cost per paragraph of the side kept in order (`kept`: 0 or 1 in a bead)."""
    totals: dict[int, float] = defaultdict(float)
    for bead, cost in zip(beads, costs, strict=True):
        if bead[kept]:
            totals[side[bead[kept][0]].paragraph] += cost
    return totals


def steadiness(real: Mapping[int, float], null: Mapping[int, float]) -> float:
    """How many more paragraphs align more cheaply in their real order than in the null
    order than chance would give, as a sign test's z ((gaining - losing) / sqrt(paragraphs);
    costs per paragraph). A translation's gain is spread over its paragraphs; two unrelated
    chapters gain by chance in a few: on MAC-Dev zh/en in five cuts, translations 3.2 to 6.3,
    other chapters at most 2.5 (one of them, with a gain of 1.1 per sentence, 2.2)."""
    paragraphs = set(real) | set(null)
    if not paragraphs:
        return 0.0
    gaining = sum(null.get(p, 0.0) > real.get(p, 0.0) for p in paragraphs)
    return (2 * gaining - len(paragraphs)) / math.sqrt(len(paragraphs))


def alignment_gain(
    a: Sequence[Segment],
    b: Sequence[Segment],
    lang_a: str | None = None,
    lang_b: str | None = None,
) -> float:
    """How much better two documents align in their own order than with the sentences of
    each paragraph of one of them reversed, in cost units per sentence.

    Reversing keeps everything the shape score saw (paragraph lengths, sentence counts) and
    breaks only what a translation adds: sentence lengths that follow each other and names or
    cognates in the same sentence. Unrelated text of a similar shape aligns about as well
    either way (about 0 on the Bible dev set; translations mostly 0.2 to 2). The side with
    more sentences per paragraph is reversed; where neither has two sentences in a paragraph
    the gain is 0: nothing beyond the shape to go on.
    """
    return _aligned(a, b, lang_a, lang_b).gain


def _verify(
    scorer: _Scorer,
    segments: Sequence[tuple[Segment, ...]],
    pair: tuple[int, int],
    value: _PairScore,
) -> float:
    """A pair's score verified by what a translation keeps beyond the shape: the alignment
    gain, the sentence ends, the paragraphs that hold the questions and the quotes, the
    punctuation inside the sentences that the alignment pairs, the rare names that both
    put in the same paragraphs, and the words that recur in the same paragraphs. A pair of
    fewer than THIN_PARAGRAPHS paragraphs needs THIN_EXTRA more: it has less of each."""
    a, b = pair
    documents, prints = scorer.documents, scorer.prints
    aligned = _aligned(segments[a], segments[b], documents[a].lang, documents[b].lang)
    by_gain = None
    if scorer.by_gain(a, b):  # the gain alone, with the table learnt from a hundred beads
        by_gain = _aligned(
            segments[a], segments[b], documents[a].lang, documents[b].lang, _GAIN_OPTIONS
        )
    scorer.gains[pair] = by_gain.gain if by_gain and by_gain.steady >= GAIN_STEADY else 0.0
    punctuation = punctuation_agreement(aligned.rows)
    shape = (
        value.shape
        + GAIN_WEIGHT * aligned.gain
        + ENDS_WEIGHT * sentence_ends_agreement(prints[a], prints[b])
        + QUESTIONS_WEIGHT * scorer.questions(a, b)
        + QUOTES_WEIGHT * scorer.quotes(a, b)
        + NAMES_PLACED_WEIGHT * scorer.names_placed(a, b, segments)
        + scorer.recurring(a, b, segments)
        + (0.0 if punctuation is None else PUNCTUATION_WEIGHT * (punctuation - PUNCTUATION_CHANCE))
    )
    bar = SHAPE_VERIFIED
    if min(prints[a].paragraphs, prints[b].paragraphs) < THIN_PARAGRAPHS:
        bar += THIN_EXTRA
    verified = max(value.by_features, min(1.0, _on_scale(shape, bar)))
    if by_gain is not None and by_gain.steady >= GAIN_STEADY:
        verified = max(verified, _gain_score(by_gain.gain))
    return round(verified, 9)


def _gain_score(gain: float) -> float:
    """The alignment gain alone on the score scale (GAIN_SURE becomes MIN_SCORE), for a small
    corpus: there every pair with a shape is verified, whatever its paragraph counts. A
    translation that merged or split paragraphs has a shape that the paragraph shares do not
    see, but its sentences still follow each other (MAC-Dev: gain 0.85 to 1.8)."""
    return max(0.0, min(1.0, MIN_SCORE + (gain - GAIN_SURE) * (1 - MIN_SCORE) / GAIN_SPAN))


def verified_scores(
    documents: Sequence[Document], segments: Sequence[tuple[Segment, ...]]
) -> dict[tuple[int, int], float]:
    """Each candidate pair's score as `find_groups` links and merges by: verified where it
    rests on shape (every pair is verified here; `find_groups` verifies only those it
    needs)."""
    prints = fingerprints(documents, segments)
    scored, scorer = _score_candidates(documents, prints, segments)
    return {
        pair: value.score if value.sure else _verify(scorer, segments, pair, value)
        for pair, value in scored.items()
    }


def _pair_stands(shape: float, verified: float, crowded: int) -> bool:
    """Whether a group of two that rests on shape is kept (see `pair_stands` in find_groups):
    among PAIR_CROWD documents of a language or more, its verified score must reach
    PAIR_ALONE and its shape alone (before the gain, sentence ends, questions and quotes)
    SHAPE_VERIFIED. Verification confirms a shape and does not make one: with no third
    version, a pair whose paragraphs agree less than a verified link needs was, on the tune
    books, two distractors whose questions and sentence ends agreed by chance."""
    if crowded < PAIR_CROWD:
        return True
    return verified >= PAIR_ALONE and shape >= SHAPE_VERIFIED


def _linkage(scores: Sequence[float], by_features: bool) -> float:
    """How much a newcomer (or a set of them) resembles a group: the mean of the pairs'
    scores, or their median where the features decided every pair (news) and there are
    three or more. A translation with changed figures or a dropped sentence scores low with
    the one member whose own omission took the figures they still share: one such pair
    pulled a German version with one changed figure (or an English one with two) out of a
    five-language group; a distractor scores low with most members. On the Bible dev set
    pairs rest on shape and keep the mean (and its distractors)."""
    if by_features and len(scores) >= 3:
        return statistics.median(scores)
    return sum(scores) / len(scores)


def find_groups(
    documents: Sequence[Document],
    segments: Sequence[tuple[Segment, ...]],
    *,
    min_score: float = MIN_SCORE,
    prints: Sequence[Fingerprint] | None = None,
    jobs: int | None = 1,
) -> list[Group]:
    """Translation groups of two or more documents, at most one per language, in path order.
    `prints`: their `fingerprints`, where already computed (session.py: by the workers);
    `jobs`: worker processes that score the candidate pairs (the groups are the same).

    The cyclic collector is paused meanwhile (`parallel.collector_paused`, as session.py
    does around the whole front): the fingerprints and the scored pairs are millions of
    objects that live to the end, and the collector's full passes over the corpus took 9 of
    the 82 CPU s of 100,000 generated news documents (stop 44, gspeed44)."""
    with parallel.collector_paused():
        return _find_groups(documents, segments, min_score, prints, jobs)


def _find_groups(
    documents: Sequence[Document],
    segments: Sequence[tuple[Segment, ...]],
    min_score: float,
    prints: Sequence[Fingerprint] | None,
    jobs: int | None,
) -> list[Group]:
    """`find_groups`, the collector paused."""
    prints = fingerprints(documents, segments) if prints is None else prints
    prints = _converted(segments, prints)
    # Text written in lines is compared line by line (verse.for_grouping); the fingerprints
    # stay those of the segmenter's paragraphs and sentences.
    segments = verse.for_grouping(documents, segments)
    scored, scorer = _score_candidates(documents, prints, segments, jobs=jobs)
    rank = _ranks(documents)
    checked: dict[tuple[int, int], float] = {}

    def verified(pair: tuple[int, int]) -> float:
        """The pair's score, verified by alignment where it rests on shape alone."""
        value = scored.get(pair)
        if value is None:  # a pair no index proposed, met when two groups would merge
            value = scored[pair] = _score_pair(scorer, *pair, _shape_ends(scorer, *pair))
        if value.sure and not (value.score < min_score and scorer.by_gain(*pair)):
            return value.score  # (in a small corpus, a pair the features reject is aligned)
        if pair not in checked:
            checked[pair] = _verify(scorer, segments, pair, value)
        return checked[pair]

    # Links: pairs that are each other's best match in the other's language, by their
    # verified scores: a pair whose shape is near enough (SHAPE_CANDIDATE) is verified first,
    # since alignment may show a translation whose shape an omission has changed.
    ranked: dict[tuple[int, str], list[tuple[float, int, int]]] = defaultdict(list)
    for (a, b), value in scored.items():
        if not value.sure and value.shape < SHAPE_CANDIDATE and not scorer.by_gain(a, b):
            continue
        score = verified((a, b))
        if score >= min_score:
            ranked[(a, documents[b].lang)].append((score, -rank[b], b))
            ranked[(b, documents[a].lang)].append((score, -rank[a], a))
    best = {key: max(options)[2] for key, options in ranked.items()}
    mutual = [
        (a, b) for (a, lang), b in best.items() if a < b and best.get((b, documents[a].lang)) == a
    ]
    links = [(verified(pair), *pair) for pair in mutual]

    per_language = Counter(d.lang for d in documents)

    def pair_stands(a: int, b: int) -> bool:
        """A group of two that rests on shape alone, with no third version to confirm it, is
        kept only when its verified score is high, where either language has PAIR_CROWD
        documents or more: among many documents two unrelated ones of a similar shape are
        each other's best match by chance (on the Bible dev set most distractors that were
        grouped were such pairs); among a few they hardly can be."""
        crowded = max(per_language[documents[a].lang], per_language[documents[b].lang])
        value = scored[(a, b)]
        if scorer.by_gain(a, b) and scorer.gains.get((a, b), 0.0) >= GAIN_SURE:
            return True  # aligned as a translation does, among a few documents
        return value.sure or _pair_stands(value.shape, verified((a, b)), crowded)

    links.sort(key=lambda link: (-link[0], *sorted((rank[link[1]], rank[link[2]]))))
    owner = list(range(len(documents)))  # each document's group (the index of a member)
    langs: dict[int, set[str]] = {i: {d.lang} for i, d in enumerate(documents)}
    joined: dict[int, list[int]] = {i: [i] for i in range(len(documents))}

    def paragraph_names_of(i: int) -> tuple[frozenset[str], ...]:
        return scorer.paragraph_names(i, segments)

    turned_away: dict[int, set[int]] = defaultdict(set)  # members of groups that kept it out

    def fits(x: int, group: Sequence[int], alone: bool) -> bool:
        """Whether document `x` resembles `group` as a whole, not only the member it was
        linked to (see find_groups): its own average score passes `min_score` (where it
        comes with others: alone, the merge's average is its own), and where it rests on
        shape, the names the group's versions agree on, paragraph by paragraph, are not
        found in other paragraphs of `x`; and it was not kept out of this group before (a
        later link of its own to one member does not undo what the group said)."""
        if not turned_away[x].isdisjoint(group):
            return False  # that group turned it away before: it does not come back alone
        pairs = [(min(x, y), max(x, y)) for y in group]
        if not any(pair in checked for pair in pairs):
            return True  # the features decided (news): their average linkage is enough
        if not alone and sum(verified(pair) for pair in pairs) / len(pairs) < min_score:
            return False
        placed = names_elsewhere(paragraph_names_of(x), [paragraph_names_of(y) for y in group])
        return placed is None or placed > NAMES_ELSEWHERE

    confirmed: dict[tuple[int, tuple[int, ...]], bool] = {}

    def aligned_in(linkage: float, rb: int, ra: int) -> bool:
        """Whether a newcomer alone whose feature linkage with a group falls just under
        `min_score` (DOUBT_MARGIN) is confirmed by aligning it with the members
        (`_confirmed_by_alignment`); memoised, since a link is merged again later."""
        if len(joined[rb]) != 1 or linkage < min_score - DOUBT_MARGIN:
            return False
        key = (joined[rb][0], tuple(sorted(joined[ra])))
        if key not in confirmed:
            confirmed[key] = _confirmed_by_alignment(scorer, segments, *key)
        return confirmed[key]

    def merge(a: int, b: int) -> None:
        """Merge the groups of a link's two documents where the average linkage and each
        newcomer's own fit allow (see find_groups)."""
        ra, rb = owner[a], owner[b]
        if ra == rb or langs[ra] & langs[rb]:
            return
        # Average linkage: the newcomer must resemble the group as a whole, not one member;
        # pairs that rest on shape count with their verified score (`_linkage`).
        pairs = [(min(x, y), max(x, y)) for x in joined[ra] for y in joined[rb]]
        cross = [verified(pair) for pair in pairs]
        if len(joined[ra]) < len(joined[rb]):
            ra, rb = rb, ra
        by_features = not any(pair in checked for pair in pairs)
        linkage = _linkage(cross, by_features)
        if linkage < min_score and not (by_features and aligned_in(linkage, rb, ra)):
            x = _split_pair(joined[rb], joined[ra], verified, checked, min_score)
            if x is None or not fits(x, joined[ra], True):
                return
            # x leaves the pair on shape that kept it out, and joins alone (`_split_pair`)
            rest = next(y for y in joined[rb] if y != x)
            joined[rest], langs[rest], owner[rest] = [rest], {documents[rest].lang}, rest
            if rb != rest:
                del joined[rb], langs[rb]
            owner[x] = ra
            joined[ra].append(x)
            langs[ra].add(documents[x].lang)
            return
        # ... and so must each document of the smaller side: those that do not stay out.
        alone = len(joined[rb]) == 1
        out = {x for x in joined[rb] if not fits(x, joined[ra], alone)}
        for x in out:
            turned_away[x].update(joined[ra])
        if len(out) == len(joined[rb]):
            return
        for x in joined.pop(rb):
            if x in out:
                owner[x], joined[x], langs[x] = x, [x], {documents[x].lang}
            else:
                owner[x] = ra
                joined[ra].append(x)
                langs[ra].add(documents[x].lang)
        if rb not in out:
            del langs[rb]

    for _, a, b in links:
        merge(a, b)

    def stands(indices: Sequence[int]) -> bool:
        return len(indices) > 2 or (len(indices) == 2 and pair_stands(*sorted(indices)))

    def on_shape(pair: tuple[int, int]) -> bool:
        """Verified on shape, or scored under `min_score` by features that said nothing
        (a figure or a name shared by chance: `sure` only since the shape said even less)."""
        return pair in checked or (scored[pair].sure and scored[pair].score < min_score)

    def checked_out(kept: list[list[int]], asked: set[int] | None = None) -> set[int]:
        """The members `_off_topic` and `_off_meaning` take out of `kept` (in place), of
        those `asked` (by default all); each is turned away by the members of the group it
        leaves."""
        before = list(kept)
        off = _off_topic(documents, segments, kept, verified, on_shape)
        if asked is not None:
            off &= asked
        if off:  # (a group left with two members is a pair again: see pair_stands)
            kept[:] = [rest for g in kept if stands(rest := [i for i in g if i not in off])]
        weakly = _weak_on_shape(kept, verified, on_shape, MEANING_SUSPECT)
        suspects = [(x, g) for x, g, _ in weakly if asked is None or x in asked]
        meaningless = _off_meaning(documents, segments, kept, suspects)
        if meaningless:
            off |= meaningless
            kept[:] = [rest for g in kept if stands(rest := [i for i in g if i not in off])]
        for indices in before:
            for x in off.intersection(indices):
                turned_away[x].update(i for i in indices if i not in off)
        return off

    kept = [indices for indices in joined.values() if stands(indices)]
    off = checked_out(kept)
    grouped = {i for indices in kept for i in indices}
    free = {i for i in range(len(documents)) if i not in grouped}
    late_links = _late_links(scorer, scored, kept, free, verified)
    if off or late_links:
        # Again for the documents now alone: a member that came into a wrong group (two
        # groups merged on chance links, or a link of its own at 1.0 by chance) and left it
        # off topic, with its true versions linked to it and grouped apart, joins them now;
        # and so does a document that no index proposed to its versions (`_late_links`).
        owner = list(range(len(documents)))
        joined = {i: [i] for i in free}
        langs = {i: {documents[i].lang} for i in free}
        for indices in kept:
            for i in indices:
                owner[i] = indices[0]
            joined[indices[0]] = list(indices)
            langs[indices[0]] = {documents[i].lang for i in indices}
        late = sorted(
            links + late_links,
            key=lambda link: (-link[0], *sorted((rank[link[1]], rank[link[2]]))),
        )
        for _, a, b in late:
            if a in free or b in free:
                merge(a, b)
        again = [indices for indices in joined.values() if stands(indices)]
        newcomers = {i for indices in again for i in indices if i in free}
        if newcomers:
            off |= checked_out(again, newcomers)
        kept = again

    # A member that resembles another group better than its own moves there (`_moved`).
    def known(x: int, y: int) -> float | None:
        """A pair's score where already known (verified, or decided by the features)."""
        pair = (min(x, y), max(x, y))
        value = scored.get(pair)
        if pair in checked or value is None:
            return checked.get(pair)
        return value.score if value.sure and not scorer.by_gain(*pair) else None

    def still_stands(indices: Sequence[int]) -> bool:
        if len(indices) == 2:
            verified((min(indices), max(indices)))  # (a pair no index proposed is scored)
        return stands(indices)

    partners: dict[int, list[int]] = defaultdict(list)
    for a, b in scored:
        if (value := known(a, b)) is not None and value >= min_score:
            partners[a].append(b)
            partners[b].append(a)
    kept = _moved(
        kept,
        [d.lang for d in documents],
        partners,
        known,
        lambda x, y: verified((min(x, y), max(x, y))),
        lambda x, group: any((min(x, y), max(x, y)) in checked for y in group),
        lambda x, group: fits(x, group, True),
        still_stands,
    )
    refused = {x for x, g in turned_away.items() if g} | off
    kept = in_blocks(
        scorer.blocks,
        kept,
        lambda view, local: _small_folder(
            documents, segments, prints, rank, scorer, view, local, refused
        ),
    )
    if len(documents) > SMALL_CORPUS:  # short texts of one shape too many for the blocks
        kept = beyond_blocks(
            [
                i
                for i, b in enumerate(scorer.block)
                if b is None and scorer.figures(i) < SHORT_FIGURES
            ],
            kept,
            lambda view: near_partners([d.lang for d in documents], prints, segments, view, rank),
            lambda view, local, near: _small_folder(
                documents, segments, prints, rank, scorer, view, local, refused, near
            ),
        )
    groups = [make_group(documents, prints, indices) for indices in kept]
    return sorted(groups, key=lambda g: g.id)


def _moved(
    groups: Sequence[Sequence[int]],
    langs: Sequence[str],
    partners: Mapping[int, Sequence[int]],
    known: Callable[[int, int], float | None],
    score: Callable[[int, int], float],
    on_shape: Callable[[int, Sequence[int]], bool],
    fits: Callable[[int, Sequence[int]], bool],
    stands: Callable[[Sequence[int]], bool],
) -> list[list[int]]:
    """`groups` with each member that resembles another group better than its own moved
    there: its mean score over that group (which lacks its language and holds a `partners`
    of it, a document it scores `MIN_SCORE` or more with) reaches LATE_JOIN and passes its
    mean over its own group's other members by MOVE_MARGIN, and it `fits` that group. Only
    a member whose pairs with its own group rest on shape (`on_shape`: where the features
    decided, as in news, nothing moves). Links merge strongest first, so a version that had
    joined another part on a chance link of its own stayed there while its versions were
    grouped without it: on the Bible dev cuts (report seed 7) a Uma part of John 9 sat in
    Romans 8's group (mean 0.68) and verified at 1.0 with each of its three versions. The
    best move first, one at a time (a group a member left may then lose another); a group
    left with one member is gone, and one left with two must stand as a pair (`stands`).
    A group whose mean cannot reach the bar even with its unknown pairs at 1 (`known`) is
    not scored."""
    groups = [list(g) for g in groups]
    for _ in range(sum(map(len, groups))):
        owner = {i: k for k, g in enumerate(groups) for i in g}
        best: tuple[float, int, int, int] | None = None
        for k, group in enumerate(groups):
            for x in group:
                others = [y for y in group if y != x]
                if not on_shape(x, others):
                    continue
                here = sum(score(x, y) for y in others) / len(others)
                bar = max(LATE_JOIN, here + MOVE_MARGIN, here + (best[0] if best else 0.0))
                for h in sorted({owner[y] for y in partners.get(x, ()) if owner.get(y, k) != k}):
                    there_group = groups[h]
                    if langs[x] in {langs[y] for y in there_group}:
                        continue
                    bound = [known(x, y) for y in there_group]
                    if sum(1.0 if v is None else v for v in bound) < bar * len(there_group):
                        continue
                    there = sum(score(x, y) for y in there_group) / len(there_group)
                    if there >= bar and (best is None or there - here > best[0]):
                        if fits(x, there_group):
                            best = (there - here, x, k, h)
                            bar = max(bar, there)
        if best is None:
            break
        _, x, k, h = best
        groups[k].remove(x)
        groups[h].append(x)
        groups = [g for g in groups if stands(g)]
    return groups


def _late_links(
    scorer: _Scorer,
    scored: dict[tuple[int, int], _PairScore],
    groups: Sequence[Sequence[int]],
    free: set[int],
    verified: Callable[[tuple[int, int]], float],
) -> list[tuple[float, int, int]]:
    """Links of the documents left alone (`free`) to the groups found that no index
    proposed: a document with as many paragraphs as every member, whose shape
    with the members averages SHAPE_CANDIDATE, and whose verified scores with them average
    LATE_JOIN, is linked (that mean, it, its best member) to each such group. The shape
    keys propose a document's SHAPE_CANDIDATES best partners, and among many parts of one
    book of the same paragraph count a translation's versions may be none of them (on the
    dev cuts a Quichua part verified at 1.0 with each of its five versions, never proposed).
    Only the groups whose shape with the document can reach SHAPE_CANDIDATE
    (`_LateShapes.reach`: an upper bound of every member's shape score, for all members of
    a paragraph count at once) are scored pair by pair: a folder of one shape met every
    group for every document left alone (1,000 Bible parts of six paragraphs, stop 38)."""
    prints = scorer.prints
    langs = [d.lang for d in scorer.documents]
    by_count: dict[int, list[tuple[int, Sequence[int]]]] = defaultdict(list)
    for order, group in enumerate(groups):
        counts = {prints[i].paragraphs for i in group}
        if len(counts) == 1:
            by_count[counts.pop()].append((order, group))
    asked = [
        x
        for x in sorted(free)
        # (a text with figures is left to the features, as in the blocks)
        if prints[x].paragraphs >= SHAPE_PARAGRAPHS and scorer.figures(x) < SHORT_FIGURES
    ]
    if not asked:
        return []
    bounds = _LateShapes(scorer, scored, by_count, asked)
    out = []
    for x in asked:
        near: list[tuple[float, int, Sequence[int]]] = []  # (mean shape, order, group)
        rows = by_count.get(prints[x].paragraphs, ())
        for k in bounds.reach(x):
            order, group = rows[k]
            if any(langs[i] == langs[x] for i in group):
                continue
            pairs = [(min(x, y), max(x, y)) for y in group]
            values = []
            for pair in pairs:
                value = scored.get(pair)
                if value is None:
                    ends = _shape_ends(scorer, *pair)
                    if ends is None:
                        break
                    value = scored[pair] = _score_pair(scorer, *pair, ends)
                values.append(value)
            if len(values) < len(pairs):
                continue
            shape = sum(v.shape for v in values) / len(values)
            if shape >= SHAPE_CANDIDATE:
                near.append((-shape, order, group))
        for _, _, group in sorted(near)[:LATE_GROUPS]:
            pairs = [(min(x, y), max(x, y)) for y in group]
            scores = [verified(pair) for pair in pairs]
            if sum(scores) >= LATE_JOIN * len(scores):
                best = max(zip(scores, group, strict=True), key=lambda sy: sy[0])[1]
                out.append((sum(scores) / len(scores), x, best))
    return out


LATE_SLACK = 1e-9  # what the bound of `_LateShapes` allows for rounding (scores are in [0, 1])


class _LateShapes:
    """For `_late_links`: which groups of a document's paragraph count its shape may reach
    SHAPE_CANDIDATE with on average, read for all of them at once (numpy) instead of pair by
    pair. A pair's shape score (`_Scorer.shape`, scaled by the figures' agreement, at most
    1) is SHAPE_WEIGHTS of the paragraph shares' similarity (`_shares_similarity`: as many
    paragraphs), the length agreement, and the sentences' and marks' (at most 1 each, taken
    as 1 here); a pair already scored counts its own score. So a group whose bound stays
    under SHAPE_CANDIDATE has a mean under it, and the groups kept are those the pair by
    pair reading kept (with their scores, in their order)."""

    def __init__(
        self,
        scorer: _Scorer,
        scored: Mapping[tuple[int, int], _PairScore],
        by_count: Mapping[int, Sequence[tuple[int, Sequence[int]]]],
        asked: Sequence[int],
    ) -> None:
        self.scorer = scorer
        self.scored = scored
        self.rows: dict[int, tuple[np.ndarray, ...]] = {}
        self.place: dict[int, tuple[int, int]] = {}  # a member's count and row among them
        for count, entries in by_count.items():
            members = [i for _, group in entries for i in group]
            self.place.update((i, (count, k)) for k, i in enumerate(members))
            owner = np.array([k for k, (_, group) in enumerate(entries) for _ in group])
            self.rows[count] = (np.array(members), owner, *self._sides(members))
        # the pairs already scored of each document asked (their own score counts)
        self.known: dict[int, list[int]] = defaultdict(list)
        wanted = set(asked)
        for a, b in scored:
            if a in wanted:
                self.known[a].append(b)
            if b in wanted:
                self.known[b].append(a)

    def _sides(self, indices: Sequence[int]) -> tuple[np.ndarray, ...]:
        """Per document: its log shares centred and scaled to length 1 (their correlation is
        a dot product; a row of zeros where they do not vary), whether they vary, its shares,
        its log length (0 where it has none), whether it has one, and its language's log
        length factor."""
        prints = self.scorer.prints
        shares_ = np.array([shares(prints[i]) for i in indices], dtype=float)
        logs = np.log(np.maximum(shares_, 1e-4))
        logs -= logs.mean(axis=1, keepdims=True)
        norms = np.sqrt((logs * logs).sum(axis=1))
        varies = norms > 1e-6  # (under it the pair by pair correlation may be anything: 1)
        logs[varies] /= norms[varies, None]
        logs[~varies] = 0.0
        chars = np.array([prints[i].chars for i in indices], dtype=float)
        sized = chars > 0
        lengths = np.log(np.where(sized, chars, 1.0))
        ratio = self.scorer.ratio
        factors = np.array([ratio.get(self.scorer.documents[i].lang, 0.0) for i in indices])
        return logs, varies, shares_, lengths, sized, factors

    def reach(self, x: int) -> list[int]:
        """The places (in `by_count[x's count]`) of the groups whose mean shape with `x` may
        reach SHAPE_CANDIDATE, in increasing order."""
        count = self.scorer.prints[x].paragraphs
        if count not in self.rows:
            return []
        members, owner, logs, varies, shares_, lengths, sized, factors = self.rows[count]
        own = self._sides([x])
        correlation_ = np.where(varies & own[1][0], logs @ own[0][0], 1.0)
        distance = 0.5 * np.abs(shares_ - own[2][0]).sum(axis=1)
        ends = 0.6 * np.maximum(0.0, correlation_) + 0.4 * np.maximum(0.0, 1.0 - distance / 0.2)
        deviation = (lengths - own[3][0] - (factors - own[5][0])) / LENGTH_SPREAD
        length = np.where(sized & own[4][0], np.exp(-0.5 * deviation * deviation), 0.0)
        w_ends, w_length, w_sentences, w_marks = SHAPE_WEIGHTS
        bound = w_ends * ends + w_length * length + w_sentences + w_marks
        for y in self.known.get(x, ()):
            at = self.place.get(y)
            if at is not None and at[0] == count:
                bound[at[1]] = self.scored[(min(x, y), max(x, y))].shape
        sums = np.bincount(owner, weights=bound)
        sizes = np.bincount(owner)
        reach = sums + LATE_SLACK * sizes >= SHAPE_CANDIDATE * sizes
        return np.flatnonzero(reach).tolist()


def _small_folder(
    documents: Sequence[Document],
    segments: Sequence[tuple[Segment, ...]],
    prints: Sequence[Fingerprint],
    rank: Sequence[int],
    scorer: _Scorer,
    indices: Sequence[int],
    kept: list[list[int]],
    refused: set[int],
    near: dict[int, list[int]] | None = None,
) -> list[list[int]]:
    """The groups of one block's documents (`indices`; `kept` numbered by their place in
    it, grouping_blocks.in_blocks) grown as in a small folder: short texts grouped on their
    sentences (grouping_short.short_groups), a document with most of a group's figures
    adopted (`_adopted`), a version cut short joined (`prefix_joins`). `refused`: the
    documents (numbered as in the folder) a group turned away or that left one off topic."""
    documents = [documents[i] for i in indices]
    segments = [segments[i] for i in indices]
    prints = [prints[i] for i in indices]
    refused = {k for k, i in enumerate(indices) if i in refused}
    # a text the segmenter left in too few sentences is cut at any script's sentence
    # marks for the short texts' evidence (grouping_short.resegmented)
    again = {
        i: resegmented(segments[i])
        for i, p in enumerate(prints)
        if 0 < p.paragraphs < SHAPE_PARAGRAPHS and sum(p.sentences) < SHORT_SENTENCES
    }
    short_segments = [again.get(i, s) for i, s in enumerate(segments)]
    short_prints = [
        fingerprint(again[i], documents[i].lang) if i in again else p for i, p in enumerate(prints)
    ]
    gain = _short_gain(documents, short_segments)
    kept = short_groups(
        documents,
        short_segments,
        short_prints,
        kept,
        [rank[i] for i in indices],
        gain,
        lambda a: scorer.figures(indices[a]),
        lambda a, b: scorer.features(indices[a], indices[b])[1],
        near,
    )
    if near is not None:  # beyond the blocks (grouping_blocks.beyond_blocks): short texts only
        return kept
    kept = _adopted(documents, [scorer.kinds[i] for i in indices], kept, refused)
    return prefix_joins(
        documents,
        segments,
        prints,
        kept,
        lambda s, lang: fingerprint(s, lang),
        _prefix_gain,
        refused,
    )


def _short_gain(
    documents: Sequence[Document], segments: Sequence[tuple[Segment, ...]]
) -> Callable[[int, int], float]:
    """The alignment gain of a pair of short texts (`grouping_short.short_groups`)."""

    def gain(a: int, b: int) -> float:
        return _aligned(segments[a], segments[b], documents[a].lang, documents[b].lang).gain

    return gain


def _prefix_gain(a: Sequence[Segment], b: Sequence[Segment], lang_a: str, lang_b: str) -> float:
    """The alignment gain of a text and a member's first paragraphs (`prefix_joins`)."""
    return _aligned(a, b, lang_a, lang_b).gain


def _adopted(
    documents: Sequence[Document],
    kinds: Sequence[Mapping[str, frozenset[str]]],
    groups: Sequence[Sequence[int]],
    refused: set[int],
) -> list[list[int]]:
    """`groups` with the documents left alone that most surely belong to one: in a small
    corpus (a folder of one article's versions), a document whose figures are most of its
    own and most of those the members of one group agree on (half of them or more, two at
    least) joins that group, where no other group and no other document left alone shares
    FIGURES_ADOPT of its figures, no other document of its language would join, and its
    names, where both sides have some, meet the group's. A translation with one of three
    figures changed scores under MIN_SCORE with every member (the changed figure weighs as a
    rare one); a text of few paragraphs has no shape to carry it. Documents a group turned
    away (`refused`) are left alone. Years count as figures where a number is shared too (an
    interview's Italian version, 14 apprentices for 40, kept 16, 1996 and 2020: its numbers
    alone were 14 and 16, one shared)."""
    found = [list(g) for g in groups]
    grouped = {i for g in found for i in g}
    alone = [i for i in range(len(documents)) if i not in grouped]
    numbers = [kinds[i].get("n", frozenset()) for i in range(len(documents))]
    figures = [numbers[i] | kinds[i].get("y", frozenset()) for i in range(len(documents))]
    names = [kinds[i].get("k", frozenset()) for i in range(len(documents))]

    def agreed(group: Sequence[int], kind: list[frozenset[str]]) -> set[str]:
        counts = Counter(f for i in group for f in kind[i])
        return {f for f, n in counts.items() if n >= 2 and 2 * n >= len(group)}

    joins: dict[tuple[int, str], list[int]] = defaultdict(list)  # (group, language): documents
    for x in alone:
        own = _one_per_date(figures[x])
        if x in refused or len(own) < FIGURES_ADOPT:
            continue
        lang = documents[x].lang
        if any(len(own & figures[y]) >= FIGURES_ADOPT for y in alone if documents[y].lang != lang):
            continue  # another document left alone may be its version
        fits = []
        for index, group in enumerate(found):
            figures_of = _one_per_date(agreed(group, figures))
            shared = len(own & figures_of) if figures_of else 0
            if shared >= FIGURES_ADOPT and lang not in {documents[i].lang for i in group}:
                fits.append((index, shared, figures_of))
            elif len(own & set().union(*(figures[i] for i in group))) >= FIGURES_ADOPT:
                fits.append((index, 0, set()))  # shares figures with a group it cannot join
        if len(fits) != 1:
            continue
        index, shared, figures_of = fits[0]
        their_names = agreed(found[index], names)
        if (
            not numbers[x] & figures_of
            or 2 * shared <= len(own)
            or 2 * shared <= len(figures_of)
            or (len(names[x]) >= 2 and len(their_names) >= 2 and not names[x] & their_names)
        ):
            continue
        joins[(index, lang)].append(x)
    for (index, _), members in sorted(joins.items()):
        if len(members) == 1:
            found[index].append(members[0])
    return found


def _one_per_date(figures: set[str] | frozenset[str]) -> set[str]:
    """`figures` with a date's day alone left out beside the date (`n:19` beside `n:d19.6`):
    one changed date counted twice against a version's figures in common (a German strike
    notice with 19 June for 12 June had half its figures shared, not more, and stayed
    alone; stop 35)."""
    dates = {f[3:].partition(".")[0] for f in figures if f.startswith("n:d")}
    return {f for f in figures if not (f.startswith("n:") and f[2:] in dates)}


def _confirmed_by_alignment(
    scorer: _Scorer, segments: Sequence[tuple[Segment, ...]], x: int, group: Sequence[int]
) -> bool:
    """Whether document `x` is a version of `group` although its features fall just under
    the bar (a doubtful join, see `find_groups`): its figures agree with the members'
    (median `NUMBERS_AGREE` by idf weight: a changed figure, not another issue of the same
    text with other figures; by count, a generated news distractor sharing two of its four
    figures agreed as well as true versions whose changed date outweighed what they keep),
    and aligned
    with each member (the aligner's first pass) a median of DOUBT_ROWS of its sentences or
    more, and DOUBT_SHARE of them, fall in 1-1 rows of confidence ROW_CONFIDENCE.
    A Korean version of a temple's rules with one figure of five changed and its Hangul
    names met by chance elsewhere scored a median of 0.44 with its seven versions in a folder
    of 175 documents (`tests/test_grouping_doubtful.py`); its sentences align 1-1, 10 of 11
    on the median. A text of few sentences aligns as well with any text of its length
    (the generated news' distractors, three sentences, aligned two of three rows)."""
    mine = _text_segments(segments[x])
    if len(mine) < DOUBT_ROWS or scorer.figures(x) < SHORT_FIGURES:
        return False
    pairs = [(min(x, y), max(x, y)) for y in group]
    # (by idf weight: a template's figures, met everywhere, weigh little)
    agree = statistics.median([scorer.features(*pair)[1] for pair in pairs]) >= NUMBERS_AGREE
    lang = scorer.documents[x].lang
    rows, apart = [], []
    for y in group:
        theirs = _text_segments(segments[y])
        if not theirs:
            rows.append(0)
            apart.append(None)
            continue
        lang_y = scorer.documents[y].lang
        beads, costs = _alignment(mine, theirs, lang, lang_y, _VERIFY_OPTIONS)
        sure_rows = [
            (mine[a[0]].text, theirs[b[0]].text)
            for (a, b), cost in zip(beads, costs, strict=True)
            if len(a) == 1 and len(b) == 1 and aligning.confidence(cost) >= ROW_CONFIDENCE
        ]
        rows.append(len(sure_rows))
        apart.append(None if agree else figures_apart(sure_rows, lang, lang_y))
    sure = statistics.median(rows)
    if sure < DOUBT_ROWS or sure < DOUBT_SHARE * len(mine):
        return False
    return agree or _one_row_changed(apart)


def figures_apart(rows: Sequence[tuple[str, str]], lang_a: str, lang_b: str) -> tuple[int, int]:
    """Of aligned rows (a sentence of each side), how many have the same figures on both sides
    (some), and how many other figures: a version with a changed figure differs in one
    row, another issue of the same text in each row its new figures fall in."""
    same = other = 0
    for a, b in rows:
        here, there = _one_per_date(number_keys(a, lang_a)), _one_per_date(number_keys(b, lang_b))
        if here == there:
            same += bool(here)
        else:
            other += 1
    return same, other


def _one_row_changed(apart: Sequence[tuple[int, int] | None]) -> bool:
    """Whether, on the median over the members, the aligned rows' figures differ in
    CHANGED_ROWS row at most and agree in AGREED_ROWS or more (`figures_apart`): a changed
    figure, where the document's figures agree under NUMBERS_AGREE by idf weight (a changed
    date outweighs what a version keeps in a small group: ferry_strike's de, 19 June for 12,
    0.46 with its versions)."""
    counted = [value for value in apart if value is not None]
    if not counted:
        return False
    same = statistics.median([value[0] for value in counted])
    other = statistics.median([value[1] for value in counted])
    return other <= CHANGED_ROWS and same >= AGREED_ROWS


def _split_pair(
    pair: Sequence[int],
    group: Sequence[int],
    score: Callable[[tuple[int, int]], float],
    checked: Mapping[tuple[int, int], float],
    min_score: float,
) -> int | None:
    """The one document of a group of two that rests on shape which resembles `group` by
    itself (its own mean score passes `min_score`) where the other does not: two unrelated
    documents of a similar shape may be each other's best match by chance, and that link
    must not keep one of them out of its true group. None otherwise."""
    if len(pair) != 2 or len(group) < 3 or (min(pair), max(pair)) not in checked:
        return None
    fit = [
        x
        for x in pair
        if sum(score((min(x, y), max(x, y))) for y in group) >= min_score * len(group)
    ]
    return fit[0] if len(fit) == 1 else None


def _weak_on_shape(
    groups: Sequence[Sequence[int]],
    score: Callable[[tuple[int, int]], float],
    on_shape: Callable[[tuple[int, int]], bool],
    bar: float,
) -> list[tuple[int, int, float]]:
    """(member, its group's index, its mean score over the other members) for the members of
    groups of three or more whose pairs with the others all rest on shape (`on_shape`) and
    average under `bar`."""
    out = []
    for g, group in enumerate(groups):
        if len(group) < 3:
            continue
        for x in group:
            pairs = [(min(x, y), max(x, y)) for y in group if y != x]
            mean = sum(map(score, pairs)) / len(pairs)
            if all(map(on_shape, pairs)) and mean < bar:
                out.append((x, g, mean))
    return out


def _off_topic(
    documents: Sequence[Document],
    segments: Sequence[tuple[Segment, ...]],
    groups: Sequence[Sequence[int]],
    score: Callable[[tuple[int, int]], float],
    on_shape: Callable[[tuple[int, int]], bool],
) -> set[int]:
    """Members of groups of three or more that resemble their group by shape only, and
    weakly (a mean verified score under TOPIC_SUSPECT over the other members), and whose
    topic does not follow the group's. The other groups found are the concepts: a
    document's likeness to one is the cosine of its words with that group's version in its
    own language (`topic_vectors`, no dictionary needed), and a member's likenesses must
    correlate (TOPIC_MIN) with the other members' mean likenesses, each in its own language,
    over TOPIC_CONCEPTS concepts or more, and by TOPIC_SLOPE more per unit its mean score
    falls under TOPIC_SUSPECT (the less the shape says, the more the topic must). A pair
    counts as on shape where `on_shape` says so. A version of a part of Matthew 12 is, in every
    language, most like the other parts of Matthew; a part of Hebrews of the same shape
    that joined on questions and paragraph shares agreeing by chance is like other parts.
    A member on shape whose mean falls under MIN_SCORE leaves without being asked."""
    weakly = _weak_on_shape(groups, score, on_shape, TOPIC_SUSPECT)
    suspects = [(x, groups[g]) for x, g, _ in weakly]
    mean = {x: value for x, _, value in weakly}
    # A member that averages under MIN_SCORE over its grown group leaves whatever its topic:
    # it passed when it joined a few of the versions (on report seed 0 a Tachelhit part of
    # Acts paired with the Wolof version of John 19 by chance, then averaged 0.52 over two
    # members; over the five versions of the final group, 0.44).
    weak = {x for x, _ in suspects if mean[x] < MIN_SCORE}
    suspects = [(x, group) for x, group in suspects if x not in weak]
    if not suspects:
        return weak
    langs = {documents[i].lang for _, group in suspects for i in group}
    by_lang: dict[str, list[int]] = defaultdict(list)
    for group in groups:
        for i in group:
            if documents[i].lang in langs:
                by_lang[documents[i].lang].append(i)
    vectors: dict[int, dict[str, float]] = {}
    for indices in by_lang.values():
        found = topic_vectors([word_counts(segments[i]) for i in indices])
        vectors.update(zip(indices, found, strict=True))
    off = set()
    for x, group in suspects:
        lang = documents[x].lang
        others = [y for y in group if y != x]
        own: list[float] = []
        theirs: list[float] = []
        for concept in groups:
            if concept is group:
                continue
            version = {documents[i].lang: i for i in concept}
            if lang not in version:
                continue
            alike = [
                cosine(vectors[y], vectors[version[documents[y].lang]])
                for y in others
                if documents[y].lang in version
            ]
            if alike:
                own.append(cosine(vectors[x], vectors[version[lang]]))
                theirs.append(sum(alike) / len(alike))
        value = correlation(own, theirs) if len(own) >= TOPIC_CONCEPTS else None
        if value is not None and value < TOPIC_MIN + TOPIC_SLOPE * (TOPIC_SUSPECT - mean[x]):
            off.add(x)
    return off | weak


def _off_meaning(
    documents: Sequence[Document],
    segments: Sequence[tuple[Segment, ...]],
    groups: Sequence[Sequence[int]],
    suspects: Sequence[tuple[int, int]],
) -> set[int]:
    """Of the `suspects` (member, its group's index: members of groups of three or more
    that resemble their group by shape only, and weakly, a mean verified score under
    MEANING_SUSPECT: `_weak_on_shape`), those whose paragraphs do not say what
    the other members' paragraphs say in the same place (`grouping_meaning`): the groups'
    paragraphs teach one space for the words of every language (once per corpus), and a
    member's words are placed in it without its own group's paragraphs (its group never
    teaches what its words mean). Its `place_agreement` with the members of its paragraph
    count whose languages MEANING_GROUPS other groups have, averaged over MEANING_READ of
    them or more, must reach MEANING_MIN. Groups of fewer than MEANING_SLOTS paragraphs in
    all teach nothing; where the features decided (news) nothing is asked."""
    if not suspects:
        return set()
    terms = {i: paragraph_terms(segments[i], documents[i].lang) for group in groups for i in group}
    slots: list[list[Counter]] = []  # per group, its paragraphs' terms in every member
    for group in groups:
        count = Counter(len(terms[i]) for i in group).most_common(1)[0][0]
        found: list[Counter] = [Counter() for _ in range(count)]
        for i in group:
            if len(terms[i]) == count:
                for paragraph, held in zip(found, terms[i], strict=True):
                    paragraph.update(held)
        slots.append(found)
    if sum(map(len, slots)) < MEANING_SLOTS:
        return set()
    matrix = Slots([slot for found in slots for slot in found])
    first = np.cumsum([0] + [len(found) for found in slots])  # each group's first slot
    langs = [{documents[i].lang for i in group} for group in groups]
    whole = matrix.whole()
    off = set()
    for g in sorted({g for _, g in suspects}):
        space = whole.without(range(first[g], first[g + 1]))
        known = Counter(lang for h, found in enumerate(langs) if h != g for lang in found)
        place = {i: [space.vector(paragraph) for paragraph in terms[i]] for i in groups[g]}
        for x in (x for x, h in suspects if h == g):
            if known[documents[x].lang] < MEANING_GROUPS:
                continue
            agreements = [
                value
                for y in groups[g]
                if y != x
                and known[documents[y].lang] >= MEANING_GROUPS
                and len(terms[y]) == len(terms[x])
                and (value := place_agreement(place[x], place[y])) is not None
            ]
            if len(agreements) >= MEANING_READ and sum(agreements) / len(agreements) < MEANING_MIN:
                off.add(x)
    return off


def group_id(documents: Sequence[Document], indices: Sequence[int]) -> str:
    """`g-` and the first member's path without `.txt`: stable while the membership is.

    When the path has to be changed to fit (spaces, accents, `/`), a short hash of it is
    added: otherwise `a b.txt` and `a_b.txt`, or two Vietnamese names that differ only in
    accents, gave two groups one id, and so one annotation file."""
    first = min(documents[i].path for i in indices)
    stem = first.removesuffix(".txt")
    safe = re.sub(r"[^A-Za-z0-9._-]+", "_", stem)
    if safe != stem:
        digest = pattern_cache.sha256(first.encode("utf-8", "surrogateescape")).hexdigest()
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
    if pivot in members:
        return Group(id or group_id(documents, indices), pivot, members)
    chosen, guessed = _pivot_choice(documents, prints, members)
    return Group(id or group_id(documents, indices), chosen, members, pivot_guessed=guessed)


def choose_pivot(
    documents: Sequence[Document], prints: Sequence[Fingerprint], members: Mapping[str, int]
) -> str:
    """The group's original (`_pivot_choice`)."""
    return _pivot_choice(documents, prints, members)[0]


def _pivot_choice(
    documents: Sequence[Document], prints: Sequence[Fingerprint], members: Mapping[str, int]
) -> tuple[str, bool]:
    """The group's original, from what the versions say of their source, and whether it is a
    guess (nothing but the alphabet told it from another member).

    1. A language the members' source lines point to (`Sumber: https://….vn/…` -> vi).
    2. Otherwise the only member without a source line when the others have one.
    3. Otherwise the member whose numbers the others share most: the original's figures are
       in every faithful translation, while a translation's own slip (a changed number, a
       dropped paragraph) is in no other version. Numbers read alike in every script, names
       do not, so only they vote.
    4. Then a member whose count of article paragraphs most members have: a version that
       dropped or added a paragraph (or a line nobody marked as boilerplate) is outvoted by
       the others, as a changed figure is in 3; then one whose count of sentences more than
       half the members have (a version that added or dropped a sentence); then the most
       paragraphs
       (translations drop more than they add); then the count of sentences nearest the
       members' median (translators split, join, drop and add sentences both ways around the
       original's count: a short story whose versions had 16 to 19 sentences, two of each,
       had its German version, one sentence short, as its pivot by the alphabet, and five
       versions "added" the sentence it lacked); then the first language in alphabetical
       order.
    """
    votes: Counter[str] = Counter()
    for lang, index in members.items():
        for url in prints[index].source_urls:
            host = url.split("/", 1)[0]
            cited = SOURCE_TLD_LANGUAGE.get(host.rsplit(".", 1)[-1])
            if cited in members and cited != lang:
                votes[cited] += 1
    if votes:
        return min(votes, key=lambda lang: (-votes[lang], lang)), False
    without_source = [lang for lang, i in members.items() if not prints[i].source_urls]
    if len(without_source) == 1 and len(members) > 1:
        return without_source[0], False
    numbers = {
        lang: {key for key in prints[i].features if key.startswith(("n:", "y:"))}
        for lang, i in members.items()
    }

    # A number votes only where most members write it in figures: in a dialogue whose
    # original says "half past ten" and "two minutes" in words, the Japanese version's 10時半
    # and 2分, which the Korean one shares, made ja the original, and not even a guess; one
    # year that all write in figures gave those back their vote (review35).
    held = Counter(key for keys in numbers.values() for key in keys)
    numbers = {
        lang: {k for k in keys if 2 * held[k] > len(members)} for lang, keys in numbers.items()
    }

    def shared(lang: str) -> int:
        return sum(len(numbers[lang] & numbers[other]) for other in members if other != lang)

    counts = Counter(prints[i].paragraphs for i in members.values())
    sentences = {lang: sum(prints[i].sentences) for lang, i in members.items()}
    sentence_counts = Counter(sentences.values())
    # a count of sentences votes only where most members have it: three of seven versions
    # with one sentence less (one dropped it, two joined two) outvoted the original's (a
    # made-up tram line, stop 39: the French version without a sentence was the pivot)
    sentence_counts = Counter({n: k for n, k in sentence_counts.items() if 2 * k > len(members)})

    middle = statistics.median(sentences.values())

    def order(lang: str) -> tuple[int, int, int, int, float, str]:
        paragraphs = prints[members[lang]].paragraphs
        return (
            -shared(lang),
            -counts[paragraphs],
            -sentence_counts[sentences[lang]],
            -paragraphs,
            abs(sentences[lang] - middle),
            lang,
        )

    keys = {lang: order(lang) for lang in members}
    first, *rest = sorted(members, key=keys.__getitem__)
    tied = [lang for lang in members if keys[lang][:-1] == keys[first][:-1]]
    if len(tied) > 1 and (source := _copied_source(documents, members, tied)):
        # still a guess: the version copied from may be a relay (a version translated from
        # the English one, which was translated from the original)
        return source, True
    return first, bool(rest) and keys[rest[0]][:-1] == keys[first][:-1]


# A sentence, for `_copied_source`: up to an end mark, long enough to be no name or title.
_SENTENCE_CUT = pattern_cache.compile_re(r"(?<=[.!?。！？।؟])\s*|\n+")  # (the danda too)
_COPIED_LETTERS = 20  # letters of an alphabet
_COPIED_SIGNS = 10  # or of Han, kana, Hangul, Thai: more said per sign
_COPIED_WORDS = 4  # words at least, elsewhere (split at spaces: Python's \w is no letter of
# Devanagari's vowel signs, and a Hindi sentence a Russian version kept had no "four words")
_WIDE = pattern_cache.compile_re(r"[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
# A sentence opening a quotation: an original quoting an English speaker as they spoke ("This
# city has the best engineers …" in de, translated by fr, es and it) made the English version
# the one others copied from, and en the pivot of a German original (review34)
_QUOTED = pattern_cache.compile_re(r"\s*[\"“”„«»‹›「『‘]")


def _in_script(text: str, lang: str) -> bool:
    """Whether `text` is written in `lang`'s script (Latin where the table names none)."""
    return (language.SCRIPTS.get(lang) or _LATIN_LETTER).search(text) is not None


_LATIN_LETTER = pattern_cache.compile_re(r"[A-Za-z\u00c0-\u024f]")


def _copied_source(
    documents: Sequence[Document], members: Mapping[str, int], candidates: Sequence[str]
) -> str | None:
    """Among `candidates`, the member whose sentences other members hold as they are: a
    translator who left a sentence untranslated left it in the language translated from. A
    made-up notice of stop 34 with a Chinese original, whose Arabic version kept one Chinese
    sentence, had ar as its pivot by the alphabet, and the Chinese original was told it was
    "the same text as the ar pivot". A sentence that more than a third of the other members
    hold is a quotation every version kept, not a copy. Asked only where nothing else told
    the original (a tie), so it costs nothing elsewhere."""
    texts = {lang: documents[i].text for lang, i in members.items()}
    reach = max(1, (len(members) - 1) // 3)
    votes: Counter[str] = Counter()
    for lang in candidates:
        for sentence in _SENTENCE_CUT.split(texts[lang]):
            # which members hold it first: most sentences are held by none, and a substring
            # search costs less than counting the letters (the tests are pure: same votes)
            holders = [other for other, text in texts.items() if other != lang and sentence in text]
            if not 1 <= len(holders) <= reach:
                continue
            letters = sum(c.isalpha() for c in sentence)
            wide = _WIDE.search(sentence) is not None
            if (
                letters < (_COPIED_SIGNS if wide else _COPIED_LETTERS)
                or not (wide or len(sentence.split()) >= _COPIED_WORDS)
                or "/" in sentence  # an address (a source line's, kept by every version)
                or _QUOTED.match(sentence)  # a quotation, in the speaker's language
                or not _in_script(sentence, lang)  # another version's, which this one kept
            ):
                continue
            # In a script two members share, the sentence must read as this one's language
            # (it keeping en's clause 3.1 in English is no Italian sentence that en holds).
            odds = language.probabilities(sentence, [lang, *holders])
            if all(
                odds[lang] > odds[other] or not _in_script(sentence, other) for other in holders
            ):
                votes[lang] += 1
    if not votes:
        return None
    return min(votes, key=lambda lang: (-votes[lang], lang))


class GroupingFileError(ValueError):
    """A grouping file that cannot be used, with the file and the reason."""


def read_grouping_file(
    path: Path,
    documents: Sequence[Document],
    segments: Sequence[tuple[Segment, ...]],
    prints: Sequence[Fingerprint] | None = None,
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
    import tomllib  # only here: the grouping of every other run reads no file

    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise GroupingFileError(f"{path}: {error}") from error
    by_path = {doc.path: i for i, doc in enumerate(documents)}
    prints = fingerprints(documents, segments) if prints is None else prints
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
        pivot = entry.get("pivot")
        if pivot is not None and pivot not in langs:
            name = f"group {entry['id']!r}" if "id" in entry else f"group {number}"
            raise GroupingFileError(
                f"{path}: {name}: pivot {pivot!r} is not a member's language"
                f" (members: {', '.join(sorted(langs))})"
            )
        group = make_group(documents, prints, indices, pivot=entry.get("pivot"), id=entry.get("id"))
        if any(g.id == group.id for g in groups):  # one id, one annotation file: never share
            raise GroupingFileError(f"{where}: id {group.id!r} is already another group's")
        groups.append(group)
    return groups
