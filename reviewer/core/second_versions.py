"""Documents left out of a group because the group already has their language.

A group holds one document per language, so a page scraped twice, or an en-US edition beside
an en-GB one, leaves one of the two ungrouped, and the report said only "ungrouped". This
finds, for each ungrouped document, the group member in its language whose text it nearly is
and whose figures and names it shares (the same story with other figures is another report), so
that the report can say "a second en version of en.txt (group g-…)" and the reviewer can
choose which to review (a grouping file, README "Grouping file").
"""

from __future__ import annotations

import bisect
import math
from collections import defaultdict
from collections.abc import Sequence

from rapidfuzz import fuzz

from reviewer.core.grouping_features import Fingerprint
from reviewer.core.model import Document, Group

SAME_TEXT = 85.0  # rapidfuzz ratio (0-100) of the two texts' openings: one text, edited
OPENING = 4000  # characters compared: enough to tell one article from another
LENGTH_SHARE = 0.85  # the shorter text's share of the longer one's characters, at least
NEAREST = 20  # candidates nearest in length that are compared, at most


SAME_FACTS = 0.9  # the share of their numbers, names and URLs that the two have in common


def _same_facts(a: frozenset[str], b: frozenset[str]) -> bool:
    return not (a or b) or len(a & b) >= SAME_FACTS * len(a | b)


def second_versions(
    documents: Sequence[Document], prints: Sequence[Fingerprint], groups: Sequence[Group]
) -> dict[int, int]:
    """Ungrouped document -> the group member of its language whose text it nearly is."""
    grouped = {i for group in groups for i in group.members.values()}
    # A document's candidates are the members of its language that may share its facts: those
    # that hold one of its rarest features (one that shares 90 % of its features holds one of
    # any tenth of them and one more), or, for a text with none, the featureless members
    # nearest in length. The `NEAREST` members nearest in length alone missed an en-US edition
    # with one sentence more among 3,000 English members (review30); `NEAREST` of the
    # candidates, nearest in length, are compared.
    holders: dict[tuple[str, str], list[int]] = defaultdict(list)
    bare: dict[str, list[tuple[int, int]]] = defaultdict(list)  # (chars, index), sorted
    for index in sorted(grouped):
        lang, features = documents[index].lang, prints[index].features
        for feature in features:
            holders[lang, feature].append(index)
        if not features:
            bare[lang].append((prints[index].chars, index))
    for members in bare.values():
        members.sort()
    found: dict[int, int] = {}
    for index, document in enumerate(documents):
        if index in grouped:
            continue
        lang, features, chars = document.lang, prints[index].features, prints[index].chars
        if features:
            rarest = sorted(features, key=lambda f: (len(holders.get((lang, f), ())), f))
            share = len(features) - math.ceil(SAME_FACTS * len(features) - 1e-9) + 1
            members = sorted(
                {
                    (prints[other].chars, other)
                    for f in rarest[:share]
                    for other in holders.get((lang, f), ())
                }
            )
        else:
            members = bare.get(lang, [])
        # at most `NEAREST` of them, the nearest in length (a feature every text has)
        at = bisect.bisect_left(members, (chars, -1))
        near = [other for _, other in members[max(0, at - NEAREST // 2) : at + NEAREST // 2]]
        opening = document.text[:OPENING]
        best, best_score = None, SAME_TEXT
        for other in near:
            size = prints[other].chars
            if min(size, chars) < LENGTH_SHARE * max(size, chars, 1):
                continue
            if not _same_facts(features, prints[other].features):
                continue  # the same story with other figures: another report
            score = fuzz.ratio(opening, documents[other].text[:OPENING], score_cutoff=best_score)
            if score and (best is None or score > best_score):
                best, best_score = other, score
        if best is not None:
            found[index] = best
    return found
