"""Repairs of a version's beads after its second pass in a group (group_alignment.py).

A trade: a version with an inserted sentence pairs it 1-1 with a pivot sentence whose real
translation the search has put into the bead beside it (a 2-1 or 3-1 of the version's
neighbouring sentence). Two 1-1 beads of modest evidence earn more of the search's lexical
reward than one many-to-one bead and a sentence left alone, so the search prefers the trade;
what tells it is that the neighbour's version text translates words of the pivot sentence
that the neighbour's own pivot sentences do not have, while the sentence paired with it
translates few of them (docs/alignment.md, Planted faults, branch `gap30`).
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from itertools import chain, repeat
from typing import TYPE_CHECKING

from reviewer.core.align_evidence import fresh_side, pair_evidence

if TYPE_CHECKING:
    from collections.abc import Callable, Collection, Mapping

    import numpy as np

    from reviewer.core.align_options import Bead
    from reviewer.core.aligning import _Pair

# A pivot sentence is traded when the neighbouring bead's version text shares at least
# TRADE_NOVEL units of its evidence that the neighbour's pivot sentences lack, more than
# TRADE_RATIO times what it shares with its own partner, and that partner shares at most
# TRADE_OWN of its own evidence with it (tuned on the Bible fault bench, seeds 15, 3, 7; 0.8
# and 0.5 undid faithful beads when one verse was inserted into an untouched chapter).
# TRADE_NOVEL 1.0 -> 0.7 with TRADE_SURE (branch omit38, seventeen dev seeds < 100 with
# `--apart`): 2 more insertions found, no alarm more (docs/alignment.md, branch omit38).
TRADE_NOVEL = 0.7
# Below TRADE_SURE units, the neighbour's text must also be long enough to hold the pivot
# sentence (`untrade`): a Russian verse whose learnt table read "night" into its neighbour
# (tests/test_omissions.py, Russian without 21:14) was a faithful 1-1 bead.
TRADE_SURE = 1.0
TRADE_RATIO = 2.0
TRADE_OWN = 0.4
# Scripts whose versions are left as they are: their segments are clauses (Thai) or cut finer
# than the pivot's sentences (Japanese, Chinese), where a neighbour's text often holds words of
# the next pivot sentence without any trade (a Japanese sentence of Revelation 20:3 on seed 15).
_CLAUSES = frozenset({"thai", "han", "kana"})
# Keys a translation keeps: a pivot sentence sharing one with its partner is no trade.
_STRONG = ("n:", "d:", "s:", "u:", "k:")


def untrade(pair: _Pair, beads: list[Bead], costs: list[float]) -> tuple[list[Bead], list[float]]:
    """The beads with each trade undone: the pivot sentence joins the neighbouring bead whose
    version text translates it, and the version's sentence paired with it is left alone (a
    0-1 bead, so that the `extra` check sees it). Costs follow their beads (the sentence left
    alone keeps the cost of the bead it leaves)."""
    src, tgt = pair.src, pair.tgt
    if tgt.script in _CLAUSES or src.script in _CLAUSES or tgt.insert_share < 1:
        return beads, costs
    weight = _weights(pair)
    if not weight:
        return beads, costs

    def mass(keys) -> float:  # exactly rounded, so the same bits in any order (hash seed)
        return math.fsum(map(weight.get, keys, repeat(0.0)))

    def longer(bead: Bead, p: int) -> bool:
        # the neighbour's text fits its pivot sentences' lengths (the witnesses' where the
        # second pass had them) better with p than without: it holds a sentence more
        have = max(float(tgt.lengths[list(bead[1])].sum()) / pair.ratio, 1.0)
        alone = max(float(src.lengths[list(bead[0])].sum()), 1.0)
        return abs(math.log(have / (alone + float(src.lengths[p])))) < abs(math.log(have / alone))

    def plain(bead: Bead) -> bool:
        return bool(bead[0]) and bool(bead[1]) and not any(tgt.kinds[j] for j in bead[1])

    def traded(out: list[Bead], k: int) -> int | None:
        (p,), (v,) = out[k]
        both = src.keys[p] & tgt.keys[v]
        own = mass(both)
        if own > TRADE_OWN * mass(tgt.keys[v]) or any(key[:2] in _STRONG for key in both):
            return None
        best = None
        for nb in (k - 1, k + 1):
            if not 0 <= nb < len(out) or not plain(out[nb]):
                continue
            theirs = set().union(*(tgt.keys[j] for j in out[nb][1]))
            known = set().union(*(src.keys[i] for i in out[nb][0]))
            shared = (src.keys[p] & theirs) - known
            novel = mass(shared)
            if novel < TRADE_NOVEL or novel <= TRADE_RATIO * own or (best and novel <= best[0]):
                continue
            # one key alone must fit the lengths too: en "Please" (opening its sentence) and
            # fr "Palais" have one sound (s:bls), and a faithful bead was undone (stop 39)
            if (novel < TRADE_SURE or len(shared) == 1) and not longer(out[nb], p):
                continue
            best = (novel, nb)
        return None if best is None else best[1]

    return _undo_trades(pair, beads, costs, traded)


def _undo_trades(
    pair: _Pair,
    beads: list[Bead],
    values: list[float],
    traded: Callable[[list[Bead], int], int | None],
) -> tuple[list[Bead], list[float]]:
    """The beads with each trade undone (`_undo_trade`): every 1-1 bead of text, in order, is
    asked `traded(beads so far, its index)`, which names the neighbouring bead that holds its
    pivot sentence's translation, or None. Values (costs, confidences) follow their beads."""
    src, tgt = pair.src, pair.tgt
    out, out_values = list(beads), list(values)
    k = 0
    while k < len(out):
        s, t = out[k]
        if len(s) != 1 or len(t) != 1 or src.kinds[s[0]] or tgt.kinds[t[0]]:
            k += 1
            continue
        nb = traded(out, k)
        if nb is None:
            k += 1
            continue
        _undo_trade(out, out_values, k, nb)
        k += 2
    return out, out_values


def _undo_trade(out: list[Bead], values: list[float], k: int, nb: int) -> None:
    """In place: the pivot sentence of 1-1 bead k joins bead nb beside it, and its version
    sentence is left alone (a 0-1 bead); each keeps the value (cost, confidence) of its bead."""
    (p,), t = out[k]
    ns, nt = out[nb]
    if nb < k:
        out[nb : k + 1] = [((*ns, p), nt), ((), t)]
        values[nb : k + 1] = [values[nb], values[k]]
    else:
        out[k : nb + 1] = [((), t), ((p, *ns), nt)]
        values[k : nb + 1] = [values[k], values[nb]]


def _weights(pair: _Pair) -> dict[str, float]:
    """Each key both sides hold, weighted as `align_evidence.pair_evidence` weighs it (1 / its
    document frequency; keys in more than `max_df` sentences dropped)."""
    df_src = Counter(chain.from_iterable(pair.src.keys))
    df_tgt = Counter(chain.from_iterable(pair.tgt.keys))
    most = pair.options.max_df
    return {
        key: 1.0 / max(n, df_tgt[key])
        for key, n in df_src.items()
        if key in df_tgt and n <= most and df_tgt[key] <= most
    }


# An absorbed omission (`unabsorb`): a pivot sentence at either end of a version's bead over
# several pivot sentences is taken for one the version lacks where at least ABSORB_APART of
# the other versions keep it apart from its neighbour in the bead; the version's text is at
# least ABSORB_SHORT (log units, about a fifth) shorter than the witnesses' lengths of the
# bead's pivot sentences and fits them better without it; it shares at most ABSORB_OWN of
# evidence with the version's text; and the bead's other pivot sentences share at least
# ABSORB_REST times as much (and ABSORB_REST units at least). Tuned on the Bible fault bench,
# seeds 15, 27, 3, 7 (docs/alignment.md, branch miss35).
ABSORB_APART = 0.7
ABSORB_SHORT = 0.2
ABSORB_OWN = 0.8
ABSORB_REST = 3.0
# ... or, whatever the lengths say, a short pivot sentence (at most ABSORB_CLEAR_SHARE of the
# bead's witnessed length), which changes the bead's length by less than ABSORB_SHORT, where
# the evidence is clear: it shares at most ABSORB_CLEAR_OWN with the version's text and the
# rest of the bead at least ABSORB_CLEAR_REST units. German without Revelation 20:14 ("Then
# Death and Hades were thrown into the lake of fire. This is the second death—the lake of
# fire.") held its second sentence in the bead of 20:15 (0.2 units against 4.4) and its
# first in 20:13's (stop 44, branch omit44). Only with a table learnt over a corpus: a
# group's own knows too few words (a planted news item's Chinese "Viele von ihnen hatten…",
# the untouched Arabic 14:12 of a chapter aligned alone were false `missing`), and a longer
# sentence is left to the lengths.
ABSORB_CLEAR_SHARE = 1 / 3
ABSORB_CLEAR_OWN = 0.25
ABSORB_CLEAR_REST = 4.0


def unabsorb(
    pair: _Pair,
    beads: list[Bead],
    sure: list[float],
    lengths: np.ndarray,
    apart: np.ndarray,
    support: Mapping[tuple[int, int], float] | None = None,
    alone: np.ndarray | None = None,
    clear: bool = False,
) -> tuple[list[Bead], list[float]]:
    """The beads with each absorbed omission left alone: the version's bead keeps its other
    pivot sentences, and the pivot sentence it lacks becomes a 1-0 bead beside it (so that
    the `missing` check sees it; it keeps the bead's confidence, `sure`).

    `lengths`: per pivot sentence, the witnesses' median length in pivot units
    (`group_alignment._witness_lengths` over the second passes); `apart`: per pivot
    position i + 1, the share of the other versions whose beads keep sentence i apart from
    the one before it (`group_alignment._kept_apart`); `support`: the evidence each (pivot
    sentence, version sentence) shares, as the search weighs it (computed here when not given).

    `alone`: per pivot sentence, whether the other versions leave it alone
    (`witness_alone.left_alone` over their second passes): the pivot's own sentence, which a
    version's bead holds only by its evidence (ABSORB_OWN), whatever the lengths and the rest
    of the bead say
    (stork_migration through de, whose own "Last year seven birds had died" zh joined to its
    young storks' sentence; the zh sentence shares nothing with either, stop 43).

    `clear`: the pair's evidence comes from a word table learnt over a corpus, so a short
    pivot sentence that shares almost nothing with the bead (`ABSORB_CLEAR_*`) is lacking
    whatever the lengths say; a group's own table knows too few words for that.
    """
    src, tgt = pair.src, pair.tgt
    if "thai" in (src.script, tgt.script):  # clauses, whose beads over several pivot
        return beads, sure  # sentences are many and their lengths loose
    out, out_sure = [], []
    for (s, t), value in zip(beads, sure, strict=True):
        if len(s) < 2 or not t or any(src.kinds[i] for i in s) or any(tgt.kinds[j] for j in t):
            out.append((s, t))
            out_sure.append(value)
            continue
        have = float(tgt.lengths[list(t)].sum()) / pair.ratio
        whole = float(lengths[list(s)].sum())
        found = None
        for i, boundary, rest in ((s[0], s[1] + 1, s[1:]), (s[-1], s[-1] + 1, s[:-1])):
            if alone is not None and alone[i]:
                if support is None:
                    support = _support(pair)
                if math.fsum(support.get((i, j), 0.0) for j in t) <= ABSORB_OWN:
                    found = (i, rest)
                    break
            if apart[boundary] < ABSORB_APART:
                continue
            if support is None:
                support = _support(pair)
            own = math.fsum(support.get((i, j), 0.0) for j in t)
            theirs = math.fsum(support.get((p, j), 0.0) for p in rest for j in t)
            sure_of = clear and own <= ABSORB_CLEAR_OWN and theirs >= ABSORB_CLEAR_REST
            if sure_of and float(lengths[i]) <= ABSORB_CLEAR_SHARE * whole:
                found = (i, rest)
                break
            short = math.log(have / max(whole, 1.0))
            without = math.log(have / max(whole - float(lengths[i]), 1.0))
            if short > -ABSORB_SHORT or abs(without) >= abs(short):
                continue
            if own <= ABSORB_OWN and theirs >= ABSORB_REST * max(own, 1.0):
                found = (i, rest)
                break
        if found is None:
            out.append((s, t))
            out_sure.append(value)
            continue
        i, rest = found
        if i == s[0]:
            out += [((i,), ()), (rest, t)]
        else:
            out += [(rest, t), ((i,), ())]
        out_sure += [value, value]
    return out, out_sure


def _lonely_words(pair: _Pair) -> np.ndarray:
    """`aligning._lonely` of the pair's version against its pivot (imported here: `aligning`
    imports this module)."""
    from reviewer.core.aligning import _lonely

    return _lonely(pair.tgt, pair.src, pair.options.max_df)


def _support(pair: _Pair, *, learnt: bool = True) -> dict[tuple[int, int], float]:
    """The evidence each pivot sentence shares with each of the version's sentences, as the
    search weighs it (`align_evidence.pair_evidence`), exactly rounded (the same bits in any
    order of the keys). With `learnt` False, of the sentences' own keys alone (`fresh_side`:
    none that the pair learnt or the witnesses lent)."""
    src, tgt = (pair.src, pair.tgt) if learnt else (fresh_side(pair.src), fresh_side(pair.tgt))
    a, b, value = pair_evidence(src, tgt, pair.options.max_df).pairs
    parts: dict[tuple[int, int], list[float]] = defaultdict(list)
    for i, j, w in zip(a.tolist(), b.tolist(), value.tolist(), strict=True):
        parts[(i, j)].append(w)
    return {key: math.fsum(values) for key, values in parts.items()}


# A shift across an omission (`unshift`): of two neighbouring beads of one pivot sentence each,
# p and p + 1, the version's text of one translates the other pivot sentence: it shares at
# least SHIFT_MIN units of evidence with it and SHIFT_RATIO times what it shares with its own,
# and the two texts together fit that other sentence's witnessed length better than its own
# text alone does. A version cut finer than the pivot (Japanese clauses) that lacks sentence
# p hands a clause of p + 1's to it (or one of p - 1's), as a 1-1 bead costs less than a gap
# and a 1-4 bead. Only where ABSORB_APART of the other versions keep p and p + 1 apart (two
# sentences of one verse that translations join are cut anywhere), and not beside a pivot
# sentence the version already leaves alone (the version is one off there already, and the
# shift moved the gap). Tuned on the Bible fault bench, seeds 15, 3, 7, 21 (branch extra37):
# SHIFT_MIN 1.5 and SHIFT_RATIO 1.2 found the same.
SHIFT_MIN = 1.0
SHIFT_RATIO = 1.5


def unshift(
    pair: _Pair,
    witnessed: tuple[np.ndarray, np.ndarray],
    beads: list[Bead],
    sure: list[float],
    support: Mapping[tuple[int, int], float] | None = None,
) -> tuple[list[Bead], list[float]]:
    """The beads with each shift across an omission undone: the version's text of the pivot
    sentence it lacks joins the bead of the sentence it translates, and the lacking one is a
    1-0 bead (so that `missing` sees it). Each keeps the confidence of its bead (`sure`).

    `witnessed`: the `lengths` and `apart` of `unabsorb`; `support` as there."""
    lengths, apart = witnessed
    src, tgt = pair.src, pair.tgt
    if "thai" in (src.script, tgt.script):  # clauses, which the other rules leave alone too
        return beads, sure
    out = list(beads)

    def single(bead: Bead) -> bool:
        s, t = bead
        return len(s) == 1 and bool(t) and not src.kinds[s[0]] and not any(tgt.kinds[j] for j in t)

    def gap(k: int) -> bool:
        return 0 <= k < len(out) and bool(out[k][0]) and not out[k][1]

    def misfit(t: tuple[int, ...], p: int) -> float:
        have = float(tgt.lengths[list(t)].sum()) / pair.ratio
        return abs(math.log(max(have, 1.0) / max(float(lengths[p]), 1.0)))

    def shares(i: int, t: tuple[int, ...]) -> float:
        return math.fsum(support.get((i, j), 0.0) for j in t)

    k = 0
    while k + 1 < len(out):
        (s1, t1), (s2, t2) = out[k], out[k + 1]
        if (
            not single(out[k])
            or not single(out[k + 1])
            or s2[0] != s1[0] + 1
            or apart[s2[0] + 1] < ABSORB_APART
            or gap(k - 1)
            or gap(k + 2)
        ):
            k += 1
            continue
        p, q = s1[0], s2[0]
        joined = t1 + t2
        forward = misfit(joined, q) < misfit(t2, q)  # p lacks its text: t1 translates q
        backward = misfit(joined, p) < misfit(t1, p)  # q lacks its text: t2 translates p
        if (forward or backward) and support is None:
            support = _support(pair)
        if forward and shares(q, t1) >= max(SHIFT_MIN, SHIFT_RATIO * shares(p, t1)):
            out[k : k + 2] = [((p,), ()), ((q,), joined)]
            k += 2
        elif backward and shares(p, t2) >= max(SHIFT_MIN, SHIFT_RATIO * shares(q, t2)):
            out[k : k + 2] = [((p,), joined), ((q,), ())]
            k += 2
        else:
            k += 1
    return out, list(sure)


# A trade told by the words and lengths (`unlonely`): a version's sentence paired 1-1 with a
# pivot sentence holds at least LONELY_TRADE units of lonely words (`aligning._lonely`: its
# word-table keys that the pivot's document nowhere has), and the bead beside it holds a
# version text that fits its pivot sentences' witnessed lengths at least LONELY_FIT log units
# better with that pivot sentence than without (it holds the translation of a sentence more).
# Every script but Thai (clauses, whose lengths are loose). Tuned on the Bible fault bench,
# seeds 15, 3, 7, 9 (every 1-1 bead beside a bead with text, about 2,000 a seed, 10 of them
# trades): at 1.0 and 0.15, 5 trades and 1 faithful bead; at a fit of 0.1, 5 and 3 (a
# Vietnamese 21:18 whose neighbour is long in the untouched chapter too); docs/alignment.md,
# branch repair41.
LONELY_TRADE = 1.5
LONELY_FIT = 0.15


def unlonely(
    pair: _Pair,
    lengths: np.ndarray,
    beads: list[Bead],
    sure: list[float],
    lonely: np.ndarray | None = None,
    joined: Mapping[tuple[int, ...], float] | None = None,
) -> tuple[list[Bead], list[float]]:
    """The beads with each trade told by lonely words and lengths undone, as `untrade` undoes
    one told by the evidence: the pivot sentence joins the neighbouring bead, and the version's
    sentence paired with it is left alone (a 0-1 bead, for `extra`). Each keeps the confidence
    of its bead (`sure`). `lengths`: per pivot sentence, the witnesses' median length in pivot
    units (`group_alignment._witness_lengths` over the second passes); `lonely`: per version
    sentence, its lonely words' units (computed here when not given); `joined`: per run of
    pivot sentences that other versions join into one bead, their median length there
    (`group_alignment._witness_joined`), which a joined translation is measured against
    rather than the sum of the sentences' lengths (most versions write Revelation 13:11–12
    as one sentence, shorter than the two pivot sentences' 1-1 counterparts).

    An added verse of another chapter often stands 1-1 beside a pivot sentence whose real
    translation the version joins to its next sentence (Chinese and Russian 13:11–12, "Then I
    saw another beast rising out of the earth. This beast had two horns…", one sentence in
    most translations): the search pays less for two 1-1 beads than for a 0-1 and a 2-1. That
    the added sentence's words have no counterpart anywhere in the pivot's text, and that the
    joined sentence is as long as both pivot sentences, tell it."""
    src, tgt = pair.src, pair.tgt
    if {"thai", "kana"} & {src.script, tgt.script} or tgt.insert_share < 1:
        return beads, sure
    if lonely is None:
        lonely = _lonely_words(pair)
    if not (lonely >= LONELY_TRADE).any():
        return beads, sure

    def fit(t: tuple[int, ...], s: tuple[int, ...]) -> float:
        have = max(float(tgt.lengths[list(t)].sum()) / pair.ratio, 1.0)
        want = joined.get(s) if joined and len(s) > 1 else None
        if want is None:
            want = float(lengths[list(s)].sum())
        return abs(math.log(have / max(want, 1.0)))

    def traded(out: list[Bead], k: int) -> int | None:
        (p,), (v,) = out[k]
        if lonely[v] < LONELY_TRADE:
            return None
        best = None
        for nb in (k - 1, k + 1):
            if not 0 <= nb < len(out):
                continue
            ns, nt = out[nb]
            if not ns or not nt or any(src.kinds[i] for i in ns) or any(tgt.kinds[j] for j in nt):
                continue
            gain = fit(nt, ns) - fit(nt, tuple(sorted((*ns, p))))
            if gain >= LONELY_FIT and (best is None or gain > best[0]):
                best = (gain, nb)
        return None if best is None else best[1]

    return _undo_trades(pair, beads, sure, traded)


# A version sentence left alone beside the bead that holds the rest of its translation
# (`_join_alone`), in two shapes. The second pass leaves alone a piece of a sentence that the
# version writes as two where the pivot has one (`rejoin`), and a Thai clause that holds the end
# of one pivot sentence and the start of the next (`unstraddle`): `extra` then reports text the
# version does translate. Both are joined back where the sentence shares evidence with the
# pivot sentence of the bead beside it and none of its words is lonely (`aligning._lonely`: a
# word-table key that the pivot's document nowhere has), which an added sentence of another
# passage has.
#
# `rejoin`: a version sentence the first pass paired with one pivot sentence together with its
# neighbours (a 1-n bead), left alone by the second pass beside that pivot sentence's bead of the
# rest, joins it again where it shares at least REJOIN_SHARE units of evidence with it and
# another version writes that pivot sentence as two sentences or more too. Bible fault bench,
# dev seeds 15, 3, 7, 9, 11 (docs/alignment.md, branch shift43).
REJOIN_SHARE = 0.3
# `unstraddle`: Thai is cut into clauses, and a clause may hold the end of one pivot sentence and
# the start of the next ("ยืนอยู่จำเพาะพระพักตร์พระเจ้า และหนังสือต่างๆก็เปิดออก", "standing before
# God, and the books were opened", across "…standing before the throne." | "And there were open
# books…" of Revelation 20:12), which no bead of the version's can take: left alone inside the
# row, it was a false `extra` (7 of 18 Thai alarm cells, Bible fault bench, dev seeds 15, 3, 7,
# 9, 11). Such a clause joins the bead of the pivot sentence beside it that it shares at least
# STRADDLE_SHARE units of evidence with; without the lonely words' condition, Thai insertions
# found 58 -> 51 of 80 (seeds 15, 3, 7, 9). Five dev seeds: alarm cells 84 -> 79 (Thai 18 ->
# 13), every fault found the same (branch omit43).
STRADDLE_SHARE = 0.2


def rejoin(
    pair: _Pair,
    first: list[Bead],
    beads: list[Bead],
    sure: list[float],
    split: Collection[int] = (),
) -> tuple[list[Bead], list[float]]:
    """The beads with each piece of a version's own split that the second pass left alone
    joined again to its pivot sentence (`_join_alone`); the joined bead keeps the lower
    confidence of the two.

    A version that writes one pivot sentence as two (Vietnamese Revelation 21:19, "Những nền
    tường thành thì trang sức đủ thứ ngọc." before the list of stones; Japanese 22:13, three
    sentences) is paired 1-2 by its first pass; the second pass, with the word table, the
    witnesses' lengths and the lonely credit, left the shorter piece alone by a few hundredths
    of a unit, and `extra` reported a sentence the version does translate. An added sentence
    that the first pass merged into a neighbour's bead is told apart by its words: some have
    no counterpart anywhere in the pivot's text (`aligning._lonely`), or it shares little with
    the pivot sentence; a sentence the pivot lacks, which every version that has it adds
    beside the same pivot sentence, by the other versions, none of which splits that pivot
    sentence (`split`: the pivot sentences another version pairs with two sentences or more;
    `tests/data/planted/library_opening` through de, whose French top floor shares étage with
    the sentence before it); and a sentence the version writes twice by its evidence: the copy
    shares nothing with the pivot sentence that the rest of the bead lacks (review43: Japanese
    21:12 written twice was rejoined, and no `extra` said so; the piece of a real split
    translates words of its own, Vietnamese 21:19's "trang sức", adorned)."""
    home = {
        j: (s[0], t) for s, t in first if len(s) == 1 and len(t) > 1 and s[0] in split for j in t
    }
    if not home or not any(not s and len(t) == 1 and t[0] in home for s, t in beads):
        return beads, sure

    src, tgt = pair.src, pair.tgt
    weight: dict[str, float] = {}

    def beside(out: list[Bead], k: int) -> list[tuple[int, int]]:
        # the bead of the rest of the first pass's bead, right beside the piece
        (j,) = out[k][1]
        if j not in home:
            return []
        i, whole = home[j]
        rest = tuple(x for x in whole if x != j)
        near = [(n, i) for n in (k - 1, k + 1) if 0 <= n < len(out) and out[n] == ((i,), rest)]
        if not near:
            return []
        if not weight:
            weight.update(_weights(pair))
        # ... where the piece shares evidence with the pivot sentence that the rest lacks
        theirs = set().union(*(tgt.keys[r] for r in rest))
        return near if any(key in weight for key in (src.keys[i] & tgt.keys[j]) - theirs) else []

    return _join_alone(pair, beads, sure, beside, REJOIN_SHARE, min)


def unstraddle(
    pair: _Pair,
    beads: list[Bead],
    sure: list[float],
    lonely: np.ndarray | None = None,
    support: Mapping[tuple[int, int], float] | None = None,
) -> tuple[list[Bead], list[float]]:
    """Thai: the beads with each clause left alone between the beads of two adjacent pivot
    sentences joined to the one it translates words of (`_join_alone`, `STRADDLE_SHARE`). The
    joined bead keeps its confidence. `lonely` and `support` (as in `unabsorb`) are computed
    here when not given."""
    if "thai" not in (pair.src.script, pair.tgt.script):
        return beads, sure

    def beside(out: list[Bead], k: int) -> list[tuple[int, int]]:
        # the beads of text of two adjacent pivot sentences, one on each side
        if not 0 < k < len(out) - 1:
            return []
        (s0, t0), (s1, t1) = out[k - 1], out[k + 1]
        if not (s0 and t0 and s1 and t1) or s1[0] != s0[-1] + 1:
            return []
        return [(k - 1, s0[-1]), (k + 1, s1[0])]

    return _join_alone(
        pair, beads, sure, beside, STRADDLE_SHARE, lambda _, theirs: theirs, lonely, support
    )


def _join_alone(
    pair: _Pair,
    beads: list[Bead],
    values: list[float],
    beside: Callable[[list[Bead], int], list[tuple[int, int]]],
    least: float,
    value: Callable[[float, float], float],
    lonely: np.ndarray | None = None,
    support: Mapping[tuple[int, int], float] | None = None,
) -> tuple[list[Bead], list[float]]:
    """The beads with each version sentence left alone (a 0-1 bead of text) joined to a bead
    beside it: `beside(beads so far, its index)` names the beads it may join, each with the
    pivot sentence it must share evidence with there; the one it shares the most with (the
    first on a tie) takes it, where that is at least `least` units and none of its words is
    lonely. The joined bead's value (confidence) is `value(the sentence's, the bead's)`: a
    rejoined piece the lower of the two, a Thai clause the bead's: each the better for its case
    (row-confidence AUC, Bible fault bench, dev seeds 15, 3, 7, 9, 11: 0.8879 / 0.8752 /
    0.8845 / 0.8833 / 0.8690; a Thai clause the lower, 0.8871 / 0.8746 / 0.8841 / 0.8830 /
    0.8688; a piece the bead's, 0.8864 / 0.8734 / 0.8826 / 0.8822 / 0.8652; every finding the
    same). `lonely` and `support` (as in `unabsorb`) are computed when first needed."""
    tgt = pair.tgt
    out, kept = list(beads), list(values)
    k = 0
    while k < len(out):
        s, t = out[k]
        near = [] if s or len(t) != 1 or tgt.kinds[t[0]] else beside(out, k)
        if not near:
            k += 1
            continue
        if support is None:
            support = _support(pair)
        if lonely is None:
            lonely = _lonely_words(pair)
        (j,) = t
        nb, i = near[0]
        share = support.get((i, j), 0.0)
        for n, i in near[1:]:
            if (theirs := support.get((i, j), 0.0)) > share:
                share, nb = theirs, n
        if share < least or float(lonely[j]) > 0:
            k += 1
            continue
        ns, nt = out[nb]
        lo = min(k, nb)
        out[lo : lo + 2] = [(ns, (*nt, j) if nb < k else (j, *nt))]
        kept[lo : lo + 2] = [value(kept[k], kept[nb])]
        k = lo + 1
    return out, kept


# A crossing (`uncross`): a translation that writes two sentences in the other order than the
# pivot (Chinese Revelation 20:5, "这是头一次的复活。（其余的死人还没有复活，直等那一千年完了。）"
# against "The rest of the dead did not come back to life until… This is the first
# resurrection.") can be no pair of monotone 1-1 beads; where the search made one 1-1 bead of
# the pair it could and left the other two alone, on either side of it, that was a false
# `missing` and a false `extra` for one reordering. The three become one 2-2 bead where the
# two left alone share at least CROSS_SHARE units of evidence, more than each shares with the
# middle bead's other sentence, and the version's has no lonely words (`aligning._lonely`: an
# added sentence of another chapter has some). Bible fault bench, dev seeds 15, 3, 7, 9, 11, 1,
# 2: alarm cells 111 -> 105, every fault found the same (docs/alignment.md, branch extra44).
CROSS_SHARE = 0.5


def uncross(pair: _Pair, beads: list[Bead], sure: list[float]) -> tuple[list[Bead], list[float]]:
    """The beads with each crossing joined into one 2-2 bead (`CROSS_SHARE`), which keeps the
    lowest confidence of the three."""
    src, tgt = pair.src, pair.tgt
    support: dict[tuple[int, int], float] | None = None
    lonely: np.ndarray | None = None
    out, kept = list(beads), list(sure)
    k = 0
    while k + 2 < len(out):
        (s0, t0), (s, t), (s1, t1) = out[k : k + 3]
        if len(s) != 1 or len(t) != 1:
            k += 1
            continue
        if len(s0) == 1 and not t0 and not s1 and len(t1) == 1:
            i, j = s0[0], t1[0]
        elif not s0 and len(t0) == 1 and len(s1) == 1 and not t1:
            i, j = s1[0], t0[0]
        else:
            k += 1
            continue
        if src.kinds[i] or tgt.kinds[j]:
            k += 1
            continue
        if support is None or lonely is None:
            support, lonely = _support(pair), _lonely_words(pair)
        shared = support.get((i, j), 0.0)
        if (
            shared < CROSS_SHARE
            or shared <= support.get((i, t[0]), 0.0)
            or shared <= support.get((s[0], j), 0.0)
            or float(lonely[j]) > 0
        ):
            k += 1
            continue
        out[k : k + 3] = [(tuple(sorted((i, s[0]))), tuple(sorted((j, t[0]))))]
        kept[k : k + 3] = [min(kept[k : k + 3])]
        k += 1
    return out, kept
