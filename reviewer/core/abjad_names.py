"""Names across an abjad and a cased alphabet: Bosphorus and البوسفور, Poznań and בפוזנן.

Arabic and Hebrew write foreign names with their consonants and few vowels, and with no
capitals, so a name there has no `s:` key (lexical.sentence_keys) and its romanisation
(`bwsfwr`) is too far from the Latin one for the cognate finder. Its consonant skeleton is
not: both sides reduce to classes of the sounds transliterations trade (b/p/f/v/w, k/g/q,
s/z/sh, t/d, m/n, l, r) without vowels, and Bosphorus and البوسفور both read `bsbr`.

A skeleton of three or four classes meets a common word of the other side by chance (a
document has hundreds of distinct words), so a link needs more than the skeleton: the name
and the word must recur in as many sentences on each side, each near the same place in its
document. On a made-up news item with an added Arabic sentence, one linked name (Bosphorus)
was enough to keep the added sentence out of its neighbour's row (tests/test_abjad_names.py).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from functools import lru_cache

from reviewer.core import pattern_cache
from reviewer.core.lexical import transliterate

# Letters -> sound class; vowels and the letters that stand for them (or for h, ʿ, ʾ) drop.
_LATIN_CLASSES = {
    **dict.fromkeys("bpfvw", "b"),
    **dict.fromkeys("ckqgx", "k"),
    **dict.fromkeys("sz", "s"),
    **dict.fromkeys("dt", "t"),
    **dict.fromkeys("mn", "n"),
    "l": "l",
    "r": "r",
}
_ARABIC_CLASSES = {
    **dict.fromkeys("بپفڤ", "b"),
    **dict.fromkeys("كقخغگچجکڪ", "k"),  # Persian and Urdu write k as keheh (ک)
    **dict.fromkeys("سصشزظژ", "s"),
    **dict.fromkeys("تطدضذثٹڈ", "t"),  # Urdu's retroflex t and d
    **dict.fromkeys("من", "n"),
    "ل": "l",
    **dict.fromkeys("رڑ", "r"),
}
_HEBREW_CLASSES = {
    **dict.fromkeys("בפף", "b"),
    **dict.fromkeys("גכךקח", "k"),
    **dict.fromkeys("זסצץש", "s"),
    **dict.fromkeys("דטת", "t"),
    **dict.fromkeys("מםנן", "n"),
    "ל": "l",
    "ר": "r",
}
_SHORTEST = 3  # classes; Kuba (kb) and Sinai (sn) meet too many words to tell
_LONGEST = 4  # classes compared: endings differ (Bosphorus, Bosporus, بوسفور)
_NEAR = 0.1  # how far apart, as shares of their documents, two mentions of one name may be

_MARKS = pattern_cache.compile(r"[\p{M}\u0640]")  # vowel marks (harakat, niqqud), tatweel
_ABJAD_WORD = pattern_cache.compile(r"(?:[\p{Arabic}\p{Hebrew}]\p{M}*){3,}")  # vowel marks inside
_ARABIC_ARTICLE = pattern_cache.compile(r"^(?:[وف]?[بكل]?ال|[وف]?لل)(?=..)")
_HEBREW_PREFIX = "הובלמשכ"
# A capitalised word of a cased script, not all capitals (an acronym is no sound).
_CAPITALISED = pattern_cache.compile(r"(?<![\p{L}\p{M}])\p{Lu}\p{Ll}[\p{L}\p{M}]*")
_OPENERS = " \t\n\"'“”„«»‘’‚‹›([{-–—…*•"
_QUOTING = '"“„«‘‚‹—–'  # a capital after these opens a quotation


def _opens(text: str, start: int) -> bool:
    """Whether the word at `start` opens a sentence, a quotation or a clause after a colon."""
    before = text[:start].rstrip(_OPENERS)
    if not before or before[-1] in ":;.!?":
        return True
    return any(c in _QUOTING for c in text[len(before) : start])


def _classes(letters: str, table: dict[str, str]) -> str:
    """The skeleton: each letter's class, runs of one class as one, the first `_LONGEST`."""
    out: list[str] = []
    for letter in letters:
        sound = table.get(letter)
        if sound and (not out or out[-1] != sound):
            out.append(sound)
            if len(out) == _LONGEST:
                break
    return "".join(out)


@lru_cache(maxsize=65536)
def abjad_skeletons(word: str) -> frozenset[str]:
    """The skeletons an Arabic or Hebrew word may stand for: itself and without the article
    and the one-letter prefixes (and, in, to, the) that the language writes onto a name.
    Cached, as `cased_skeleton`: a long document repeats its words (a third of a 2,000-sentence
    ar-en pair's alignment time went to reading them again, review42)."""
    word = _MARKS.sub("", word)
    if "\u0590" <= word[0] <= "\u05ff":
        forms = {word}
        for cut in (1, 2):
            if len(word) - cut >= 3 and all(c in _HEBREW_PREFIX for c in word[:cut]):
                forms.add(word[cut:])
        table = _HEBREW_CLASSES
    else:
        stripped = _ARABIC_ARTICLE.sub("", word)
        forms = {stripped}
        if word[len(word) - len(stripped) - 3 : len(word) - len(stripped) - 2] in ("ب", "ك", "ف"):
            forms.add(word)  # بال, كال, فال also begin Bali, California, Falcon, Valencia
        if stripped == word and len(word) >= 4 and word[0] in "وفبل":
            forms.add(word[1:])
        table = _ARABIC_CLASSES
    return frozenset(s for s in (_classes(f, table) for f in forms) if len(s) >= _SHORTEST)


@lru_cache(maxsize=65536)
def cased_skeleton(word: str) -> str:
    """The skeleton of a name written in a cased script (Latin, Cyrillic, Greek)."""
    return _classes(transliterate(word).lower(), _LATIN_CLASSES)


def _abjad_mentions(texts: Sequence[str]) -> dict[str, list[int]]:
    where: dict[str, list[int]] = defaultdict(list)
    for i, text in enumerate(texts):
        for word in set(_ABJAD_WORD.findall(text)):
            for skeleton in abjad_skeletons(word):
                if not where[skeleton] or where[skeleton][-1] != i:
                    where[skeleton].append(i)
    return where


def _cased_mentions(texts: Sequence[str]) -> dict[str, list[int]]:
    """Skeletons of capitalised words, but for the first word of a sentence, a quotation or a
    clause after a colon unless the document also capitalises it elsewhere (The, Each, “Fear
    God”)."""
    inside: set[str] = set()
    found: list[list[tuple[str, bool]]] = []
    for text in texts:
        words = [(m.group(), _opens(text, m.start())) for m in _CAPITALISED.finditer(text)]
        inside.update(word for word, first in words if not first)
        found.append(words)
    where: dict[str, list[int]] = defaultdict(list)
    for i, words in enumerate(found):
        for word, first in words:
            if first and word not in inside:
                continue
            skeleton = cased_skeleton(word)
            if len(skeleton) >= _SHORTEST and (not where[skeleton] or where[skeleton][-1] != i):
                where[skeleton].append(i)
    return where


def abjad_name_links(
    abjad: Sequence[str], cased: Sequence[str]
) -> list[tuple[str, list[int], list[int]]]:
    """(skeleton, abjad sentences, cased sentences) of each name both documents write: the
    same skeleton in as many sentences on each side, each pair of mentions near one place."""
    if not abjad or not cased:
        return []
    there = _abjad_mentions(abjad)
    links = []
    for skeleton, mine in sorted(_cased_mentions(cased).items()):
        theirs = there.get(skeleton)
        if not theirs or len(theirs) != len(mine):
            continue
        if all(
            abs(a / len(abjad) - c / len(cased)) <= _NEAR for a, c in zip(theirs, mine, strict=True)
        ):
            links.append((skeleton, theirs, mine))
    return links


ABJAD_LANGUAGES = frozenset({"ar", "he", "fa", "ur", "yi"})
_NOUNS_CAPITALISED = frozenset({"de", "lb"})
_ABJAD_LETTER = pattern_cache.compile(r"[\p{Arabic}\p{Hebrew}]")
_CASED_LETTER = pattern_cache.compile(r"[\p{Latin}\p{Cyrillic}\p{Greek}]")


def writing(texts: Sequence[str], lang: str | None) -> str | None:
    """`abjad`, `cased` or None (Han, Thai, ...: nothing here to compare) for a document:
    by its language where known, else by the letters of its first sentences."""
    if lang in ABJAD_LANGUAGES:
        return "abjad"
    if lang in _NOUNS_CAPITALISED:
        return None  # every noun a capital: hundreds of "names" to meet Arabic words by chance
    sample = " ".join(texts[:20])
    cased = len(_CASED_LETTER.findall(sample))
    if lang is None and len(_ABJAD_LETTER.findall(sample)) > cased:
        return "abjad"
    return "cased" if cased > len(sample) / 3 else None


def _loose_skeletons(word: str) -> set[str]:
    """A word's skeletons in any script, l and r as one (kana writes both as r: ファルコン)."""
    if _ABJAD_LETTER.match(word):
        word = _MARKS.sub("", word)
        table = _HEBREW_CLASSES if "\u0590" <= word[0] <= "\u05ff" else _ARABIC_CLASSES
        found = abjad_skeletons(word) | {_classes(word, table)}  # فالكون is no فـ + الـ + كون
    else:
        found = {cased_skeleton(word)}
    # (l and r as one, then runs of one class as one again: Polaris's b-l-r-s is ポラリス's
    # b-r-s, stop 43)
    return {_collapse(s.replace("l", "r")) for s in found}


def _collapse(classes: str) -> str:
    return "".join(c for i, c in enumerate(classes) if i == 0 or c != classes[i - 1])


def same_name(word: str, name: str) -> bool:
    """Whether `word` may write `name` in another script or spelling (Falcon, فالكون, פלקון,
    ファルコン, फाल्कन): the same word, or of two sound classes or more and one skeleton. In
    a script without spaces the run of letters is a phrase; its ends are compared (ファルコン
    of とともにファルコン, โอไรออน of ชื่อโอไรออน)."""
    if word.casefold() == name.casefold():
        return True
    mine = _end_skeletons(word)
    return any(mine & _end_skeletons(name))


def _end_skeletons(word: str) -> set[str]:
    if _SPACED.match(word[-1]):
        ends = [word]
    else:
        ends = [word[-k:] for k in range(2, min(len(word), 12) + 1)]
    return {s for end in ends for s in _loose_skeletons(end) if len(s) >= 2}


# Scripts that put spaces between words: a run of their letters is one word.
_SPACED = pattern_cache.compile(
    r"[\p{Latin}\p{Cyrillic}\p{Greek}\p{Arabic}\p{Hebrew}\p{Devanagari}\p{Hangul}]"
)
