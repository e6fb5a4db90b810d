"""Grouping's speed paths choose what the plain code chose (speed36)."""

from __future__ import annotations

import heapq
from collections import defaultdict
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from reviewer.core import grouping, grouping_candidates
from reviewer.core.model import Document


def _plain_best(a, lang, langs, rank, keys, limit):
    """`_best` as it was written before its shortcuts: every partner keyed and rounded."""
    shared: dict[int, float] = defaultdict(float)
    for docs, weight in keys:
        for b in docs:
            if langs[b] != lang:
                shared[b] += weight
    if len(shared) <= limit:
        return list(shared)
    keyed = [(-round(weight, 9), rank[b], b) for b, weight in shared.items()]
    return [b for *_, b in heapq.nsmallest(limit, keyed)]


# Weights of a few values, so that many partners tie (and tie only after rounding: 0.1 + 0.2
# against 0.3), and sums of many small ones.
_WEIGHTS = st.sampled_from([0.1, 0.2, 0.3, 1 / 3, 2 / 3, 1.0, 1e-10, 3e-10, 2.5, 7.123456789])


@given(
    langs=st.lists(st.sampled_from("abc"), min_size=2, max_size=40),
    postings=st.lists(
        st.tuples(st.lists(st.integers(0, 39), min_size=1, max_size=12), _WEIGHTS), max_size=25
    ),
    limit=st.integers(1, 12),
    seed=st.randoms(use_true_random=False),
)
def test_best_partners_are_the_plain_codes(langs, postings, limit, seed):
    n = len(langs)
    rank = list(range(n))
    seed.shuffle(rank)  # distinct ranks, as `_ranks` gives
    keys = [([b % n for b in docs], weight) for docs, weight in postings]
    for a in range(n):
        assert grouping_candidates._best(a, langs[a], langs, rank, keys, limit) == _plain_best(
            a, langs[a], langs, rank, keys, limit
        )


def test_best_keeps_a_partner_that_ties_only_after_rounding():
    # 0.1 + 0.2 is 0.30000000000000004, above 0.3: unrounded, b=1 would win on weight; rounded
    # they tie and the rank decides (b=2, rank 0)
    langs = ["x", "y", "y", "y"]
    rank = [3, 2, 0, 1]
    keys = [([1], 0.1), ([1], 0.2), ([2], 0.3), ([3], 0.05)]
    assert grouping_candidates._best(0, "x", langs, rank, keys, 1) == [2]
    assert _plain_best(0, "x", langs, rank, keys, 1) == [2]


def _copied_source_plain(documents, members, candidates):
    """`_copied_source` with its tests in their first order (letters before holders)."""
    from collections import Counter

    from reviewer.core import language

    texts = {lang: documents[i].text for lang, i in members.items()}
    reach = max(1, (len(members) - 1) // 3)
    votes: Counter[str] = Counter()
    for lang in candidates:
        for sentence in grouping._SENTENCE_CUT.split(texts[lang]):
            letters = sum(c.isalpha() for c in sentence)
            wide = grouping._WIDE.search(sentence) is not None
            if (
                letters < (grouping._COPIED_SIGNS if wide else grouping._COPIED_LETTERS)
                or not (wide or len(sentence.split()) >= grouping._COPIED_WORDS)
                or "/" in sentence
                or grouping._QUOTED.match(sentence)
                or not grouping._in_script(sentence, lang)
            ):
                continue
            holders = [o for o, text in texts.items() if o != lang and sentence in text]
            if not 1 <= len(holders) <= reach:
                continue
            odds = language.probabilities(sentence, [lang, *holders])
            if all(
                odds[lang] > odds[other] or not grouping._in_script(sentence, other)
                for other in holders
            ):
                votes[lang] += 1
    if not votes:
        return None
    return min(votes, key=lambda lang: (-votes[lang], lang))


def _doc(path: str, lang: str, text: str) -> Document:
    return Document(path, Path(path), text, lang, "0" * 64)


def test_copied_source_votes_as_the_plain_code():
    zh = "这份通知说明了新的开放时间安排。所有居民都应该提前了解这些变化！"
    en = "This notice explains the new opening hours for everyone. Residents should read it."
    fr = "Cet avis explique les nouveaux horaires d'ouverture. Les habitants doivent le lire."
    ar = "هذا الإشعار يشرح المواعيد الجديدة. "
    cases = [
        {"zh": zh, "ar": ar + zh.split("。")[0] + "。", "en": en},
        {"en": en, "fr": fr + " " + en.split(". ")[0] + ".", "de": "Kurz. Ja."},
        {"en": en, "fr": fr, "it": "Un avviso. " + fr},
        {"en": "", "fr": "", "es": ""},
    ]
    for texts in cases:
        documents = [_doc(f"{lang}.txt", lang, text) for lang, text in texts.items()]
        members = {d.lang: i for i, d in enumerate(documents)}
        for candidates in (list(members), sorted(members)[:2]):
            assert grouping._copied_source(documents, members, candidates) == _copied_source_plain(
                documents, members, candidates
            )
