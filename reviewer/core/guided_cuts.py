"""Sentence cuts that a group's other versions ask for, where a script marks no sentence end.

Thai writes no sentence punctuation: a space ends a sentence or only a clause, and the
segmenter keeps a space it is unsure of (`segmenting.thai_cuts`). A row must hold whole
segments, so one Thai segment that covers three sentences of every other version made one
row of three sentences in every language (a biography in eleven languages had 6 rows for 9
sentences, and a sentence added to the Arabic version inside such a row was seen by
nothing). Where the other versions agree that a paragraph has more sentences than the Thai
version's, the Thai paragraph is cut at the spaces that best fit where their sentences end:
by share of the paragraph's length, by which side of the cut their figures fall on, and by
the segmenter's own weight of each space. A paragraph that left one of their sentences out is
cut around its place (the sentence lacking gets no piece); one that no set of spaces fits
(a sentence written elsewhere) is left as it was. A Thai paragraph with as many segments
as they have sentences, or more, whose cuts leave a figure on the other side of one of their
sentence ends than most of them write it (the date of the first sentence in one segment with
the figures of the second) has its cuts fitted anew, its own among the places that may be
dropped (`_refit`); it is kept when no fit puts every figure on its side.

Other scripts mark their sentence ends, but a translation may join with a semicolon what
the others write as two sentences (`_cut_at_marks`): where most versions have more sentences in
a paragraph than it has, it is cut after a semicolon (`;`, `；`, `؛`) where most of them end
one (`_fill`), as many times as it lacks sentences at most.

The cuts depend on the group's members only, never on its pivot, so a document's segments
stay the same whichever version the reviewer takes for the original.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache, partial
from itertools import accumulate
from typing import TYPE_CHECKING

from reviewer.core import mention, number_reader, pattern_cache, segmenting
from reviewer.core import quick_statistics as statistics  # (its median alone)
from reviewer.core.model import Document, Group, Segment

if TYPE_CHECKING:
    import regex

# Languages whose sentences the witnesses may cut: those whose script marks no sentence end.
GUIDED = frozenset({"th"})
# How far (share of the paragraph's length) a cut may lie from where the other versions'
# sentence ends; on the made-up biography Thai's ends lay 0.03-0.07 from the others' median.
REACH = 0.1
# The spread of those shares, in the cost of a cut ((distance / SPREAD)^2).
SPREAD = 0.05
# Weight of each figure (digits) that lands on the other side of a cut than the other
# versions put it, and of the segmenter's log-odds for the space.
FIGURE_COST = 2.0
SPACE_WEIGHT = 1.0
# A space the segmenter's model finds this unlikely as a boundary is never cut (inside a
# name, after a clause of two letters).
LEAST_SCORE = -4.0
# A space inside a Thai segment is cut where most witnesses end a sentence this near (share of
# the paragraph's length) and no own cut is as near (`_fill`): a Thai clause that holds the end
# of one of their sentences and the start of the next (Revelation 20:12, `…พระเจ้า และหนังสือ…`,
# "before God. And books…") could lie in neither sentence's row.
NEAR = 0.02
# A paragraph with more places to cut than this is left alone: the search weighs every pair
# of places for every sentence end (a 100,000-character line must not take minutes).
MOST_PLACES = 300
# A paragraph that no cuts fit is fitted again once per sentence it may lack, when it has at
# most this many (news paragraphs have two to five; each fit weighs every pair of places).
MOST_REFITS = 12

_SPACE = pattern_cache.compile(r"\s+")
# A space with no Thai letter beside it lies inside words of another script: a sentence a Thai
# version kept in English ("…ยานี้ Do not take it for more than 3 days…") was cut after "Do
# not", its "Do" then taken for a name, and Thai's model of a space's weight knows nothing of
# English words (a made-up leaflet, stop 36).
_THAI = pattern_cache.compile(r"\p{Thai}")
# ... but between a name in Latin letters that ends a list and one that opens the next sentence
# (`… และ Nimbus Lite Volta City 2 มีราคา …`: three bikes, then the first's price) a Thai
# sentence may end: a cut there was never tried, the first row held "Volta City 2" and the
# second's name was "th has no counterpart" (a false major, a made-up comparison, stop 43).
# ... and after a Thai abbreviation's full stop, before a sentence in Latin letters
# (`… 5 กก. A full charge takes …`, "5 kg.", then a sentence left in English: the cut fell
# before กก., and the sentence was not seen as untranslated).
_LATIN_AFTER_THAI = pattern_cache.compile(r"\p{Thai}\.\s+\p{Lu}")
_NAME_AFTER_NAME = pattern_cache.compile(
    r"[\p{Latin}\d]\s+\p{Lu}\p{Ll}+(?:\s+[\p{Latin}\d]+)*\s+\p{Thai}"
)
# ... only where an agreeing version ends a sentence on the word before the space and holds the
# word after it in its next (`_name_ends`): the lengths cut inside a name too ("… สามสัปดาห์
# Samsung | Galaxy S24 ราคา …", where every version ends its sentence before "Samsung";
# review43).
_LATIN_WORD = pattern_cache.compile(r"[\p{Latin}\d]+")
# read from the end (`(?r)`): searched forwards, every start in a long run of Latin letters
# that does not end the sentence scanned the rest of the run (quadratic; review44)
_LAST_LATIN_WORD = pattern_cache.compile(r"(?r)([\p{Latin}\d]+)[^\p{L}\p{N}]*$")
_LATIN_WORD_BEFORE = pattern_cache.compile(r"[\p{Latin}\d]+$")


def _name_ends(agreeing: list[tuple[str, list[Segment]]]) -> frozenset[tuple[str, str]]:
    """(the Latin word that ends a sentence of an agreeing version, each Latin word of its next
    sentence): the two names a Thai sentence may be cut between (`_NAME_AFTER_NAME`)."""
    out: set[tuple[str, str]] = set()
    for _, sentences in agreeing:
        for before, after in zip(sentences, sentences[1:], strict=False):
            last = _LAST_LATIN_WORD.search(before.text)
            if last is not None:
                out.update((last.group(1), word) for word in _LATIN_WORD.findall(after.text))
    return frozenset(out)


def _between_names(para: str, a: int, b: int, names: frozenset[tuple[str, str]]) -> bool:
    """Whether the space `para[a:b]` lies between two Latin names where a Thai sentence may
    end (`_NAME_AFTER_NAME`, `_name_ends`). The pair of names first: the pattern reads on to
    the end of the Latin run, at each of its spaces (review44: quadratic in a long one)."""
    if not names:
        return False
    before = _LATIN_WORD_BEFORE.search(para, max(0, a - 60), a)
    after = _LATIN_WORD.match(para, b)
    if before is None or after is None or (before.group(), after.group()) not in names:
        return False
    return _NAME_AFTER_NAME.match(para, a - 1) is not None


def guided_segments(
    documents: Sequence[Document],
    segments: Sequence[tuple[Segment, ...]],
    groups: Sequence[Group],
) -> list[tuple[Segment, ...]]:
    """`segments` with the guided cuts made in each group's GUIDED members, and its other
    members' clause-mark cuts (a new list; the documents without a cut keep their tuple)."""
    out = list(segments)
    for group in groups:
        paragraphs: dict[int, list[list[Segment]]] = {}  # each member's, made once
        for lang, index in group.members.items():
            text = documents[index].text
            if (
                lang not in GUIDED
                and not _CLAUSE_MARKS.intersection(text)
                # (a substring test first: a regex over every segment of every document
                # cost 0.05 ms a document)
                and not any(". " in s.text and _INNER_STOP.search(s.text) for s in segments[index])
            ):
                continue  # (most documents: no mark to cut at)
            witnesses = []
            for other, i in group.members.items():
                if other != lang:
                    if i not in paragraphs:
                        paragraphs[i] = _paragraphs(segments[i])
                    witnesses.append((other, paragraphs[i]))
            if lang in GUIDED:
                cut = _cut(text, lang, segments[index], witnesses)
            else:
                cut = _cut_at_marks(text, lang, segments[index], witnesses)
            if cut is not None:
                out[index] = cut
    return out


def _paragraphs(segments: Sequence[Segment]) -> list[list[Segment]]:
    """The article (not boilerplate) segments of each paragraph that has any, in order."""
    paragraphs: dict[int, list[Segment]] = {}
    for segment in segments:
        if segment.boilerplate is None:
            paragraphs.setdefault(segment.paragraph, []).append(segment)
    return list(paragraphs.values())


def _cut(
    text: str,
    lang: str,
    segments: tuple[Segment, ...],
    witnesses: list[tuple[str, list[list[Segment]]]],
) -> tuple[Segment, ...] | None:
    """The document's segments cut where its witnesses ask, or None (no change)."""
    own = _paragraphs(segments)
    alike = _alike(own, witnesses)
    if alike is None:
        return None
    added: dict[int, list[int]] = {}  # segment ordinal -> offsets to cut it at
    joined: dict[int, int] = {}  # ordinal of a paragraph's first segment -> the paragraph's end
    for p, paragraph in enumerate(own):
        count, agreed = _agreed_count([len(w[p]) for _, w in alike])
        agreeing = [(other, w[p]) for other, w in alike if len(w[p]) == count]
        cuts: list[tuple[int, int]] = []
        if count > len(paragraph) and agreed:
            cuts = _fit(text, lang, paragraph, agreeing)
        if not cuts:
            cuts = _fill(text, paragraph, [w[p] for _, w in alike])
        if agreed and 2 <= count <= len(paragraph):
            refit = _refit(text, lang, paragraph, agreeing, [offset for _, offset in cuts])
            if refit is not None:
                first = paragraph[0].ordinal
                joined[first] = paragraph[-1].end
                cuts = [(first, offset) for offset in refit]
        for ordinal, offset in cuts:
            added.setdefault(ordinal, []).append(offset)
    return _split(text, segments, added, joined)


def _cut_at_marks(
    text: str,
    lang: str,
    segments: tuple[Segment, ...],
    witnesses: list[tuple[str, list[list[Segment]]]],
) -> tuple[Segment, ...] | None:
    """The document's segments cut after a clause mark (`;`, `；`, `؛`) or an abbreviation's
    full stop (`_clause_and_stop_gaps`) where most witnesses end a sentence (`_fill`), or None
    (no change).

    A translation joins with a semicolon what the others write as two sentences (the
    Vietnamese Bible's "…của các dân đến đó; kẻ ô uế…", Revelation 21:26-27): one segment
    then holds two of the pivot's sentences, and a sentence this version left out beside it
    hides in their row. The places are compared as shares of the paragraph's characters, so
    a Chinese `；` is cut less often than a Vietnamese `;`: its share falls within NEAR of the
    alphabetic witnesses' only where the sentences' lengths happen to agree (a made-up
    two-sentence paragraph against English, German and Spanish was left as it was)."""
    own = _paragraphs(segments)
    alike = _alike(own, witnesses)
    if alike is None:
        return None
    added: dict[int, list[int]] = {}
    for p, paragraph in enumerate(own):
        count, agreed = _agreed_count([len(w[p]) for _, w in alike])
        if count <= len(paragraph) or not agreed:
            continue  # as many sentences as most witnesses, or more: nothing joined
        rules = segmenting.rules_for(lang)
        gaps = partial(_clause_and_stop_gaps, titles=rules.titles, list_enders=rules.list_enders)
        cuts = _fill(text, paragraph, [w[p] for _, w in alike], gaps=gaps, weigh=None)
        if len(cuts) > count - len(paragraph):
            continue  # more places than sentences lacking: no telling which
        for ordinal, offset in cuts:
            added.setdefault(ordinal, []).append(offset)
    return _split(text, segments, added)


def _alike(
    own: list[list[Segment]], witnesses: list[tuple[str, list[list[Segment]]]]
) -> list[tuple[str, list[list[Segment]]]] | None:
    """The witnesses with as many paragraphs as the document, or None unless two at least,
    and half of the witnesses, have."""
    alike = [(other, w) for other, w in witnesses if len(w) == len(own)]
    if len(alike) < 2 or 2 * len(alike) < len(witnesses):
        return None
    return alike


def _agreed_count(counts: list[int]) -> tuple[int, bool]:
    """The sentence count most witnesses give a paragraph (`counts`, one a witness), and
    whether two at least, and more than half of them, give it."""
    count, support = Counter(counts).most_common(1)[0]
    return count, support >= 2 and 2 * support > len(counts)


# A clause mark that may stand where another version ends a sentence, and the space after it.
_CLAUSE_MARKS = frozenset(";；؛")
_CLAUSE_MARK = pattern_cache.compile(r"[;；؛]\s*")


def _clause_gaps(para: str) -> list[regex.Match[str]]:
    """The places after a clause mark (the mark kept with the clause before it)."""
    return [m for m in _CLAUSE_MARK.finditer(para) if m.end() < len(para)]


# A full stop inside a segment, after a word and before a capital or a letter of a script
# without capitals: the segmenter took it for an abbreviation's, which also ends sentences
# (pl `wydając zezwolenie w czerwcu 2023 r. Pomiary …`, the year's r.): two sentences were
# one segment, and every version's row held both (a made-up court ruling, stop 43). A title's
# stop (Dr. Meyer) never ends one; nor does an abbreviation before what it qualifies (de `u. a.
# Nachtmessungen`, `z. B. Lärm`, `ca. Mitternacht`: German capitalises its nouns, and a German
# sentence that joined two was cut inside, review43): only one after a figure (`2023 r.`,
# `11 p.m.`, `5 kg.`) or a list's end (`etc.`, `usw.`) may.
_INNER_STOP = pattern_cache.compile(
    r"(?<=\p{L}\.)\s+(?=\p{Lu}|[^\P{L}\p{Latin}\p{Cyrillic}\p{Greek}])"
)
_STOPPED_WORD = pattern_cache.compile(r"[\p{L}.]+$")
_AFTER_FIGURE = pattern_cache.compile(r"\p{N}\s?$")


def _clause_and_stop_gaps(
    para: str, *, titles: frozenset[str], list_enders: frozenset[str]
) -> list[regex.Match[str]]:
    """`_clause_gaps` and the places after an inner full stop (`_INNER_STOP`) whose word
    follows a figure or ends a list, and is no title, in text order."""
    stops = [
        m
        for m in _INNER_STOP.finditer(para)
        if (word := _STOPPED_WORD.search(para, max(0, m.start() - 12), m.start()))
        and (key := word.group().rstrip(".").lower()) not in titles
        and (
            key in list_enders
            or _AFTER_FIGURE.search(para, max(0, word.start() - 2), word.start()) is not None
        )
    ]
    return sorted(_clause_gaps(para) + stops, key=lambda m: m.start())


def _split(
    text: str,
    segments: tuple[Segment, ...],
    added: dict[int, list[int]],
    joined: dict[int, int] | None = None,
) -> tuple[Segment, ...] | None:
    """`segments` with those in `added` (ordinal -> offsets) cut there, and those in `joined`
    (ordinal -> an end) stretched to that end, the segments they then cover dropped; None when
    nothing changes."""
    joined = joined or {}
    if not added and not joined:
        return None
    out: list[Segment] = []
    reach = -1  # the end of the last stretched segment
    for segment in segments:
        if segment.end <= reach:
            continue
        end = joined.get(segment.ordinal, segment.end)
        reach = max(reach, end) if segment.ordinal in joined else reach
        bounds = [segment.start, *sorted(added.get(segment.ordinal, ())), end]
        for a, b in zip(bounds, bounds[1:], strict=False):
            piece = text[a:b]
            a += len(piece) - len(piece.lstrip())
            b -= len(piece) - len(piece.rstrip())
            out.append(replace(segment, ordinal=len(out), start=a, end=b, text=text[a:b]))
    return tuple(out)


def _fit(
    text: str, lang: str, paragraph: list[Segment], agreeing: list[tuple[str, list[Segment]]]
) -> list[tuple[int, int]]:
    """The new cuts, as (segment ordinal, offset), that make `paragraph` (fewer sentences than
    the agreeing versions have) end its sentences where they end theirs: its own cuts kept,
    spaces cut. Nothing when some cut would lie beyond REACH of where they end theirs, or a
    piece would lack every figure of its counterpart sentence.

    When no cut fits every sentence end, and the paragraph is short of more than one, the
    version may lack one of their sentences (a translator left it out): the ends are then
    fitted as if each sentence in turn were missing from every agreeing version (its length
    taken out of theirs), and the best fit is taken. The sentence left out gets no piece, so
    the aligner shows it `missing` beside whole neighbours."""
    spans = [_spans(sentences) for _, sentences in agreeing]
    keys = [[_figures(s.text, other) for s in sentences] for other, sentences in agreeing]
    names = _name_ends(agreeing)
    found = _fit_ends(text, lang, paragraph, spans, keys, names=names)
    count = len(spans[0])
    if found is None and len(paragraph) < count - 1 and count <= MOST_REFITS:
        fits = [
            _fit_ends(
                text,
                lang,
                paragraph,
                [s[:j] + s[j + 1 :] for s in spans],
                [k[:j] + k[j + 1 :] for k in keys],
                names=names,
            )
            for j in range(count)
        ]
        found = min((f for f in fits if f is not None), default=None)
    return [] if found is None else found[1]


def _refit(
    text: str,
    lang: str,
    paragraph: list[Segment],
    agreeing: list[tuple[str, list[Segment]]],
    cuts: list[int],
) -> list[int] | None:
    """Cuts for the whole paragraph (as many sentences as it has segments, or fewer), its own
    cuts among the places that may be dropped, where its own cuts and `cuts` (those `_fill`
    adds) put a figure on the other side of an agreeing versions' sentence end than most of
    them do (`_figure_sides`); None when they put none so, or no fit puts every figure on its
    side (the old segments are kept).

    The segmenter may cut a Thai paragraph at the spaces of a list (`อัลวาลาดี | อาเรย์รู`) and
    leave the end of a sentence between two figures: the date and hours of the first sentence
    and the figures of the second then lie in one segment, a row away from the first sentence
    of every other version, whatever the aligner does."""
    if paragraph[-1].ordinal - paragraph[0].ordinal != len(paragraph) - 1:
        return None  # boilerplate between its segments: they are not one span
    keys = [[_figures(s.text, other) for s in sentences] for other, sentences in agreeing]
    sides = [_figure_sides(keys, j) for j in range(len(keys[0]) - 1)]
    if not any(early or late for early, late in sides):
        return None  # (most paragraphs: no figure that most of them agree on)
    start, end = paragraph[0].start, paragraph[-1].end
    figures = [(start + m.start, m.key) for m in _mentions(text[start:end], lang)]
    present = {f for _, f in figures}
    if not any((early | late) & present for early, late in sides):
        return None
    old = sorted([s.start for s in paragraph[1:]] + cuts)
    spans = [_spans(s) for _, s in agreeing]
    near = [[abs((c - start) / (end - start) - t) <= REACH for c in old] for t in _targets(spans)]
    if _each_end_has_a_cut(old, sides, figures, near):
        return None  # each sentence end of theirs has a cut of its own that fits it
    found = _fit_ends(text, lang, paragraph, spans, keys, free=True, names=_name_ends(agreeing))
    if found is None:
        return None
    new = [offset for _, offset in found[1]]
    if any(_wrong(c, side, figures) for c, side in zip(new, sides, strict=True)):
        return None
    return new


def _each_end_has_a_cut(
    cuts: list[int],
    sides: list[tuple[frozenset[str], frozenset[str]]],
    figures,
    near: list[list[bool]] | None = None,
) -> bool:
    """Whether each sentence end of the agreeing versions (its figures' `sides`, in order) can
    be given a cut of its own, in order, that puts no figure on the wrong side and, with `near`
    (per end, per cut), lies within REACH of where they end it. The earliest cut that fits is
    taken for each end (the latest ends keep the most room). One cut cannot serve two ends: a
    Thai paragraph cut `14 กรณี … เล็กน้อย | … หยุดใช้งาน บริษัท … 49.99 ยูโร | แม้ไม่มีใบเสร็จ`
    has its first cut right for both ends around the sentence "Customers should unplug …", and
    the second sentence end of the others, before the price, has none. Nor is a clause's cut
    far from an end its cut because the figures allow it (`… 14 กรณี | โดยในสองกรณี …`, a fifth
    of the paragraph before the others end their first sentence)."""
    taken = 0
    for j, side in enumerate(sides):
        while taken < len(cuts) and (
            _wrong(cuts[taken], side, figures) or (near is not None and not near[j][taken])
        ):
            taken += 1
        if taken == len(cuts):
            return False
        taken += 1
    return True


def _wrong(offset: int, side: tuple[frozenset[str], frozenset[str]], figures) -> int:
    """How many `figures` (offset, key) a cut at `offset` puts on the other side than `side`
    (the figures before and after a sentence end of the agreeing versions) says."""
    early, late = side
    return sum(
        1 for at, f in figures if (at < offset and f in late) or (at >= offset and f in early)
    )


def _spans(sentences: Sequence[Segment]) -> list[int]:
    """Each sentence's length with the space before it (the first's from the paragraph's start)."""
    ends = [s.end for s in sentences]
    return [b - a for a, b in zip([sentences[0].start, *ends], ends, strict=False)]


def _fit_ends(
    text: str,
    lang: str,
    paragraph: list[Segment],
    spans: list[list[int]],
    keys: list[list[frozenset[str]]],
    *,
    free: bool = False,
    names: frozenset[tuple[str, str]] = frozenset(),
) -> tuple[float, list[tuple[int, int]]] | None:
    """`_fit` for the agreeing versions' sentences as lengths (`spans`) and figures (`keys`):
    the cost and cuts of the best fit, or None. `free`: the paragraph's own cuts are places
    like its spaces (weighed alike, and may be dropped), and every cut is returned. `names`:
    `_name_ends` of the agreeing versions."""
    start, end = paragraph[0].start, paragraph[-1].end
    length = end - start
    targets = _targets(spans)
    sides = [_figure_sides(keys, j) for j in range(len(targets))]
    mentions = _mentions(text[start:end], lang)
    figures = [(start + m.start, m.key) for m in mentions]
    # a refit cuts neither inside a figure nor right before one (`9.15 | ล้านล้านเยน`,
    # `สถานีใหม่ | 4 แห่ง`, "four of them new"): where the lengths pull a cut there, the figure
    # stays with the words it counts
    held = [(start + m.start, start + m.end) for m in mentions] if free else []
    # (offset, share, must, ordinal of the segment a new cut splits (-1: an own cut), cost)
    places: list[tuple[int, float, bool, int, float]] = []
    para = text[start:end]
    for before, segment in zip(paragraph, paragraph[1:], strict=False):
        cost = 0.0
        a, b = before.end - start, segment.start - start
        if free and para[a:b].isspace():
            cost = -SPACE_WEIGHT * segmenting.thai_space_score(para, a, b, before.start - start)
        places.append((segment.start, b / length, not free, -1, cost))
    for segment in paragraph:
        for space in _SPACE.finditer(text, segment.start, segment.end):
            a, b = space.start() - start, space.end() - start
            if any(at <= space.end() < until for at, until in held):
                continue
            if not _THAI.match(para, a - 1) and not _THAI.match(para, b):
                if not _between_names(para, a, b, names) and not _LATIN_AFTER_THAI.match(
                    para, max(0, a - 2)
                ):
                    continue  # inside words of another script (an English sentence kept)
                score = 0.0  # (the Thai model knows nothing of Latin words)
            else:
                score = segmenting.thai_space_score(para, a, b, segment.start - start)
            if score >= LEAST_SCORE:
                places.append(
                    (space.end(), b / length, False, segment.ordinal, -SPACE_WEIGHT * score)
                )
    if len(places) > MOST_PLACES:
        return None
    places.sort()
    best = _best(places, targets, sides, figures)
    if best is None or not _figures_kept(
        text, lang, start, end, [places[i][0] for i in best[1]], keys
    ):
        return None
    return best[0], [(places[i][3], places[i][0]) for i in best[1] if free or not places[i][2]]


def _targets(spans: list[list[int]]) -> list[float]:
    """Where the agreeing versions end each sentence but the last: the median over them of the
    share of their paragraph's length (`spans`: each version's sentences' lengths)."""
    shares = ([e / sum(s) for e in list(accumulate(s))[:-1]] for s in spans)
    return [statistics.median(at) for at in zip(*shares, strict=True)]


def _figures_kept(
    text: str, lang: str, start: int, end: int, cuts: list[int], keys: list[list[frozenset[str]]]
) -> bool:
    """Whether each piece the cuts make holds a figure of its counterpart sentence, where the
    agreeing versions' sentence has one: a piece without any is part of another sentence,
    cut to fill the place of a sentence this version lacks. A piece whose figures most of them
    write in none of their sentences stands in its place too: a number changed in this version
    (`ราว 26,000 คน` for "about 25,000 passengers", the news fault bench's railway article;
    left whole, that sentence and the next shared one Thai segment, and the row of one of
    them showed Thai empty and `missing`)."""
    bounds = [start, *cuts, end]
    wanted = []
    for j in range(len(bounds) - 1):
        counts = Counter(key for sentences in keys for key in sentences[j])
        wanted.append({key for key, n in counts.items() if 2 * n > len(keys)})
    anywhere = set().union(*wanted)
    for j, (a, b) in enumerate(zip(bounds, bounds[1:], strict=False)):
        own = _figures(text[a:b], lang)
        if wanted[j] and not wanted[j] & own and not (own and not own & anywhere):
            return False
    return True


def _figure_sides(
    keys: list[list[frozenset[str]]], j: int
) -> tuple[frozenset[str], frozenset[str]]:
    """The figures that most agreeing versions write up to their sentence j, and those they
    write after it (`keys`: each version's figures, sentence by sentence)."""
    before: Counter[str] = Counter()
    after: Counter[str] = Counter()
    for sentences in keys:
        before.update(set().union(*sentences[: j + 1]))
        after.update(set().union(*sentences[j + 1 :]))
    half = len(keys) / 2
    early = {f for f, n in before.items() if n > half and after[f] <= half}
    late = {f for f, n in after.items() if n > half and before[f] <= half}
    return frozenset(early), frozenset(late)


def _mentions(text: str, lang: str) -> list[mention.Mention]:
    """The figures of `text` (quantities, years, dates; not numbers in words)."""
    return number_reader.numbers(text, lang, words=False)


@lru_cache(maxsize=4096)
def _figures(text: str, lang: str) -> frozenset[str]:
    """The keys of `text`'s figures, alike across languages (58.5 billion, 585亿, 58,500 ล้าน)."""
    return frozenset(m.key for m in _mentions(text, lang))


def _best(
    places: list[tuple[int, float, bool, int, float]],
    targets: list[float],
    sides: list[tuple[frozenset[str], frozenset[str]]],
    figures: list[tuple[int, str]],
) -> tuple[float, list[int]] | None:
    """The least cost and the indices into `places` of one place per target, in order, every
    `must` place among them; None when a cut would lie beyond REACH of its target."""
    n, k = len(places), len(targets)

    def cost(i: int, j: int) -> float:
        offset, share, must, _, own = places[i]
        wrong = _wrong(offset, sides[j], figures)
        return ((share - targets[j]) / SPREAD) ** 2 + FIGURE_COST * wrong + own

    musts = [i for i, place in enumerate(places) if place[2]]
    inf = math.inf
    # best[j][i]: least cost with target j at place i; back[j][i]: the place of target j - 1.
    best = [[inf] * n for _ in range(k)]
    back = [[-1] * n for _ in range(k)]
    for i in range(n):
        if not any(m < i for m in musts):  # no own cut skipped before the first target
            best[0][i] = cost(i, 0)
    for j in range(1, k):
        for i in range(n):
            for h in range(i):
                if best[j - 1][h] == inf or any(h < m < i for m in musts):
                    continue
                value = best[j - 1][h] + cost(i, j)
                if value < best[j][i]:
                    best[j][i], back[j][i] = value, h
    last = [i for i in range(n) if best[k - 1][i] < inf and not any(m > i for m in musts)]
    if not last:
        return None
    i = min(last, key=lambda i: best[k - 1][i])
    total = best[k - 1][i]
    chosen = []
    for j in range(k - 1, -1, -1):
        chosen.append(i)
        i = back[j][i]
    chosen.reverse()
    if any(abs(places[i][1] - targets[j]) > REACH for j, i in enumerate(chosen)):
        return None
    return total, chosen


def _fill(
    text: str,
    paragraph: list[Segment],
    witnesses: list[list[Segment]],
    *,
    gaps=segmenting.thai_gaps,
    weigh=segmenting.thai_space_score,
) -> list[tuple[int, int]]:
    """Cuts, as (segment ordinal, offset), at the places `gaps` finds (the spaces between Thai
    letters) inside the paragraph's segments where most witnesses end a sentence within NEAR
    (share of the paragraph's length) and no own cut is that near: one per place, the place
    most of them agree on, then the nearest, then the likeliest by `weigh` (the segmenter's
    weight of a Thai space; None: all alike)."""
    start, end = paragraph[0].start, paragraph[-1].end
    length = end - start
    if length <= 0 or len(witnesses) < 2:
        return []
    ends = [
        [
            (s.end - sentences[0].start) / (sentences[-1].end - sentences[0].start)
            for s in sentences[:-1]
        ]
        for sentences in witnesses
    ]
    own = [(s.start - start) / length for s in paragraph[1:]]
    para = text[start:end]
    inside = [(s.start - start, s.end - start, s.ordinal) for s in paragraph]
    best: dict[int, tuple[tuple[int, float, float], int, int]] = {}
    places = gaps(para)
    if len(places) > MOST_PLACES:
        return []
    for gap in places:
        a, b = gap.start(), gap.end()
        where = next((o for s0, e0, o in inside if s0 < a and b < e0), None)
        share = b / length
        if where is None or any(abs(share - o) < NEAR for o in own):
            continue
        near = [min((abs(share - e) for e in at), default=1.0) for at in ends]
        support = sum(d < NEAR for d in near)
        if support < 2 or 2 * support <= len(witnesses):
            continue
        last = max(s0 for s0, _, _ in inside if s0 < a)
        score = 0.0 if weigh is None else weigh(para, a, b, last)
        if score < LEAST_SCORE:
            continue
        value = (support, -statistics.median(sorted(near)[:support]), score)
        place = round(share / NEAR)
        if place not in best or value > best[place][0]:
            best[place] = (value, where, start + b)
    out: list[tuple[int, int]] = []
    for _, ordinal, offset in sorted(best.values(), key=lambda v: v[2]):
        if not out or (offset - out[-1][1]) / length >= NEAR:
            out.append((ordinal, offset))
    return out
