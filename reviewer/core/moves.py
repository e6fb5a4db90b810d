"""A sentence a translation moved: its `missing` and its `extra` told as one move.

The aligner keeps every version in the pivot's order, so a paragraph a translator placed
elsewhere came out as `missing` rows where the pivot has it and `extra` rows where the
translation has it: four major findings for a paragraph of two sentences that is all there
(a made-up earthquake report, `tests/data/planted/manisa_quake` with fr's third paragraph
last). Here a `missing` and an `extra` of one language whose sentences share what every
translation keeps (figures, dates, weekdays, names, URLs, cognates, Han words; those of few
of the pivot's rows) and each is the other's best match become a pair of minor findings that
name each other's row.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable
from dataclasses import replace

from reviewer.core.lexical import sentence_keys
from reviewer.core.model import Finding

# What a translation keeps whatever its words: figures (n:, v:), dates (d:), weekdays (k:),
# months (m: and a digit), URLs (u:), names (p:); then sounds (s:), cognates (w:), Han words (h:).
# A capitalised word's sound (s:) is weaker: German capitalises its nouns, and every language
# the first word of a sentence (Bible fault bench: de Tier and en Then were a "move").
_STRONG = ("n:", "v:", "d:", "k:", "u:", "p:")
LEAST = 3.0  # the score of a move: 2 a shared strong key, 1 a sound or a cognate, 0.5 a Han word


RARE = 2  # rows of the pivot a key may stand in and still tell a sentence apart


def _weight(key: str) -> float:
    if key.startswith(_STRONG) or (key.startswith("m:") and key[2:].isdigit()):
        return 2.0
    if key.startswith(("w:", "s:")):
        return 1.0
    if key.startswith("h:"):
        return 0.5
    return 0.0


def _scores(
    theirs: dict[int, frozenset[str]], ours: dict[int, frozenset[str]], common: set[str]
) -> dict[tuple[int, int], float]:
    """The score of each (missing, extra) pair that shares a key that scores (the others
    score 0, below `LEAST`). Through an index of the missing rows' keys: a key is in `RARE`
    of them at most, so this is linear in the keys, where every pair was quadratic in the
    rows (a group of two unrelated texts, 2,000 rows missing and 2,000 extra: 9 s)."""
    rows_of: dict[str, list[int]] = {}
    for m, keys in theirs.items():
        for key in keys - common:
            if _weight(key):
                rows_of.setdefault(key, []).append(m)
    scores: dict[tuple[int, int], float] = {}
    for e, keys in ours.items():
        for key in keys:
            for m in rows_of.get(key, ()):
                scores[m, e] = scores.get((m, e), 0.0) + _weight(key)
    return scores


def _best(scores: dict[tuple[int, int], float], side: int) -> dict[int, tuple[float, int, int]]:
    """Each row of one side (0: the missing rows, 1: the extra rows) -> (score, -distance,
    its best match on the other side), among the pairs that score: in row order, the nearest
    first among equals (as over every row, since a pair taken scores `LEAST` at least)."""
    best: dict[int, tuple[float, int, int]] = {}
    for pair, score in sorted(scores.items(), key=lambda item: (item[0][side], item[0][1 - side])):
        row, other = pair[side], pair[1 - side]
        rank = (score, -abs(pair[0] - pair[1]))
        if row not in best or rank > best[row][:2]:
            best[row] = (*rank, other)
    return best


def link(group, found: list[list[Finding]], quote: Callable[[str], str]) -> None:
    """Rewrite, in place, each `missing` and `extra` of one language that tell one moved
    sentence (see the module docstring) into two minor findings naming each other's row and
    quoting (`quote`) the other's text."""
    pivot = group.pivot
    common: set[str] | None = None
    for lang in group.targets:
        missing = [r for r, fs in enumerate(found) if _one(fs, "missing", lang)]
        extra = [r for r, fs in enumerate(found) if _one(fs, "extra", lang)]
        if not missing or not extra:
            continue
        if common is None:
            common = _common(group)
        theirs = {r: sentence_keys(group.cell(r, pivot).content_text, pivot)[0] for r in missing}
        ours = {r: sentence_keys(group.cell(r, lang).content_text, lang)[0] for r in extra}
        scores = _scores(theirs, ours, common)
        best_extra, best_missing = _best(scores, 0), _best(scores, 1)
        pairs = []
        for m in missing:
            if m not in best_extra:
                continue
            score, _, e = best_extra[m]
            if best_missing[e][2] != m or score < LEAST:
                continue
            pairs.append((m, e))
        linked = {row for pair in pairs for row in pair}
        pairs += _moved_block(
            group,
            lang,
            [m for m in missing if m not in linked],
            [e for e in extra if e not in linked],
        )
        for m, e in pairs:
            said = quote(group.cell(e, lang).content_text)
            _rewrite(
                found[m],
                "missing",
                lang,
                f"moved: {lang} gives this sentence at row {e + 1}: {said}",
            )
            said = quote(group.cell(m, pivot).content_text)
            _rewrite(
                found[e],
                "extra",
                lang,
                f"moved: this translates the {pivot} sentence of row {m + 1}: {said}",
            )


BLOCK = 2  # sentences a moved run needs, at least, to be told by its lengths alone
_FITS = 1.5  # each sentence's length ratio against the version's usual one, at most this far


def _moved_block(group, lang: str, missing: list[int], extra: list[int]) -> list[tuple[int, int]]:
    """A run of rows the version lacks and a run of as many rows it adds elsewhere, each
    sentence as long as its counterpart (against the version's usual length ratio): a
    paragraph it placed elsewhere, told by its shape where its sentences share no key (a
    French metro report's last paragraph before the one above it: "Les travaux devraient
    durer six ans.", four majors, stop 37). One run of each only, of `BLOCK` rows or more: a
    lone sentence as long as another is chance."""
    if len(missing) != len(extra) or len(missing) < BLOCK:
        return []
    if missing[-1] - missing[0] != len(missing) - 1 or extra[-1] - extra[0] != len(extra) - 1:
        return []
    if extra[0] == missing[-1] + 1 or missing[0] == extra[-1] + 1:
        return []  # other sentences in the lost ones' place: replaced, not moved (review37)
    both = [
        r
        for r in range(len(group.rows))
        if group.cell(r, lang).has_content and group.cell(r, group.pivot).has_content
    ]
    if len(both) < 3:
        return []
    usual = group.usual_ratio(lang, both)
    for m, e in zip(missing, extra, strict=True):
        ratio = group.units(e, lang) / group.units(m, group.pivot)
        if abs(math.log(ratio / usual)) > math.log(_FITS):
            return []
        # a figure, date or address of the lost sentence that the added one lacks: another
        # sentence (review37: "It will cost 2.1 billion euros." against "Le maire a été réélu
        # en 2020." was a move)
        kept = _kept(group.cell(m, group.pivot).content_text, group.pivot)
        if kept - _kept(group.cell(e, lang).content_text, lang):
            return []
    return list(zip(missing, extra, strict=True))


_KEPT = ("n:", "v:", "d:", "k:", "u:")  # what a translation keeps, whatever its script


def _kept(text: str, lang: str) -> set[str]:
    return {k for k in sentence_keys(text, lang)[0] if k.startswith(_KEPT)}


def _common(group) -> set[str]:
    """The keys of more than `RARE` of the pivot's rows: they tell no sentence apart (a name
    the whole text is about, a figure it repeats)."""
    counts: Counter[str] = Counter()
    for row in range(len(group.rows)):
        counts.update(sentence_keys(group.cell(row, group.pivot).content_text, group.pivot)[0])
    return {key for key, count in counts.items() if count > RARE}


def _one(findings: list[Finding], check: str, lang: str) -> bool:
    return any(f.check == check and f.lang == lang and f.severity != "info" for f in findings)


def _rewrite(findings: list[Finding], check: str, lang: str, message: str) -> None:
    for index, f in enumerate(findings):
        if f.check == check and f.lang == lang and f.severity != "info":
            findings[index] = replace(f, severity="minor", message=message)
