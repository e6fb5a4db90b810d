"""What two sentences in different languages can share, whatever the languages.

The aligner (aligning.py) needs no dictionary: it compares sentences by the numbers they hold
(read by `evidence.numbers`, the one number reader of the product), names and cognates
compared after transliteration, URLs, quotes and brackets, and a word-translation table learnt
from the documents themselves. This module computes those keys, the lexical tokens the table is
learnt from, and sentence lengths in comparable units across scripts.

Scripts written without spaces (Han, kana, Thai, Lao, Khmer, Myanmar) are never transliterated
as words: anyascii turns a whole Han clause into one long pinyin "word" whose phonetic key
collides with Latin names. Han text gives pinyin keys of two and three characters instead (a
Chinese name is two or three characters, its English rendering one or two capitalised words).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from functools import lru_cache

import regex
from anyascii import anyascii

from reviewer.core.evidence import numbers, phonetic_key

# Letters of the scripts written without spaces between words.
_UNSPACED = r"\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}"
_UNSPACED_RUN = regex.compile(rf"[{_UNSPACED}]+")
_HAN_RUN = regex.compile(r"\p{Han}+")
_KANA = regex.compile(r"[\p{Hiragana}\p{Katakana}]")
_FIRST_UNSPACED = "\u0e00"  # Thai; Han, kana, Hangul and the others come after it

# Length units: how many Latin letters one character carries, as a prior (the ratio of each
# document pair is learnt, see `length_ratio`). A Han character carries about three Latin
# letters (MAC-Dev: 3.1 English letters per Chinese character); kana about 1.5, a Hangul
# syllable block about 2.5; Thai, Lao, Khmer and Myanmar are alphabetic, about 1.
_WEIGHTS = (
    (regex.compile(r"\p{Han}"), 3.0),
    (regex.compile(r"[\p{Hiragana}\p{Katakana}]"), 1.5),
    (regex.compile(r"\p{Hangul}"), 2.5),
)


def length_units(text: str) -> float:
    """Characters without white space, a Han character counting as three Latin letters."""
    units = float(sum(map(len, text.split())))
    if not text or max(text) < _FIRST_UNSPACED:
        return units
    for pattern, weight in _WEIGHTS:
        found = len(pattern.findall(text))
        if found:
            units += (weight - 1.0) * found
    return units


def script_class(texts: list[str]) -> str:
    """`han`, `kana`, `hangul`, `thai` or `alpha`: the writing system most letters are in."""
    sample = "".join(texts[:200])
    counts = Counter()
    counts["han"] = len(_HAN_RUN.findall(sample))
    counts["kana"] = len(_KANA.findall(sample)) * 3
    counts["hangul"] = len(regex.findall(r"\p{Hangul}+", sample))
    counts["thai"] = len(regex.findall(r"[\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}]+", sample))
    counts["alpha"] = len(regex.findall(r"[\p{Latin}\p{Cyrillic}\p{Greek}\p{Arabic}]+", sample))
    if counts["kana"] and counts["han"]:
        return "kana"
    best, n = counts.most_common(1)[0]
    return best if n else "alpha"


_GUESS_LANG = {"han": "zh", "kana": "ja", "hangul": "ko", "thai": "th"}


def number_lang(lang: str | None, texts: list[str]) -> str:
    """The language whose number conventions `evidence.numbers` should use."""
    return lang or _GUESS_LANG.get(script_class(texts), "en")


_URL = regex.compile(r"(?:https?://|www\.)\S+", regex.IGNORECASE)
# Marks that translators keep: quotes of any style, brackets, question and exclamation marks.
_MARKS = (
    ("quote", '"“”„«»‹›「」『』'),
    ("paren", "()[]（）"),
    ("question", "?¿？"),
    ("exclaim", "!¡！"),
)
# A maximal run of letters and digits holding a letter, after transliteration. Tried only where
# a run starts, or a long run of digits alone costs quadratic time (20,000 digits took 4 s).
_ASCII_WORD = re.compile(r"(?<![A-Za-z0-9])(?=[A-Za-z0-9]*[A-Za-z])[A-Za-z0-9]+")
_MARK_OF = {c: "m:" + name for name, chars in _MARKS for c in chars}
_MARK_CHARS = frozenset(_MARK_OF)
_SINGLE_QUOTE = regex.compile(r"(?:^|\s)['‘]\p{L}")
_NUMERAL = regex.compile(r"[\p{Nd}〇零一二三四五六七八九十百千万萬亿億兩两]")
_DIGITS = re.compile(r"(?<![0-9])[0-9]{2,}(?![0-9])")
_NUMBER_KINDS = {"number": "n:", "percent": "n:", "year": "n:", "date": ""}


@lru_cache(maxsize=65536)
def sentence_keys(
    text: str, lang: str = "en"
) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(evidence keys, folded words, lexical tokens) of one sentence; cached.

    Keys: `n:` numbers and `d:`/`m:` dates by value, `u:` URLs, `m:` marks, `w:` the first six
    letters of a word of four letters or more, `s:` the phonetic key of a capitalised word,
    `p:` a name-like romanisation (pinyin of two or three Han characters; one or two
    capitalised Latin words). Words feed the cognate finder; tokens the learnt lexicon.
    """
    has_url = "://" in text or "www." in text.lower()
    without_urls = _URL.sub(" ", text) if has_url else text
    keys: set[str] = set()
    # Only text with a digit or a CJK numeral can hold a number the aligner uses (spelt
    # numbers are left out: "two" is too common to tell sentences apart).
    if _NUMERAL.search(without_urls):
        read = bytearray(len(without_urls))
        for mention in numbers(without_urls, lang):
            prefix = _NUMBER_KINDS.get(mention.kind)
            if prefix is not None:
                keys.add(prefix + mention.key)
                read[mention.start : mention.end] = b"\x01" * (mention.end - mention.start)
        # Digits the number reader does not take for quantities (S.298, Nr.212, G20) still
        # match as the same digit string, also against a number the reader took (p. 298).
        for match in _DIGITS.finditer(without_urls):
            if not any(read[match.start() : match.end()]):
                keys.add("n:" + (match.group().lstrip("0") or "0"))
    for url in _URL.findall(text) if has_url else ():
        keys.add("u:" + url.rstrip(".,;)").lower().split("//")[-1].removeprefix("www."))
    keys.update(_MARK_OF[c] for c in _MARK_CHARS.intersection(text))
    if ("'" in text or "‘" in text) and _SINGLE_QUOTE.search(text):
        keys.add("m:quote")  # English dialogue in single quotes: 'Why not try me?'
    tokens: set[str] = set()
    unspaced = bool(without_urls) and max(without_urls) >= _FIRST_UNSPACED
    for run in _UNSPACED_RUN.findall(without_urls) if unspaced else ():
        tokens.update(run)
        tokens.update(run[k : k + 2] for k in range(len(run) - 1))
    if unspaced and lang != "ja":  # anyascii reads kanji as Chinese, not Japanese names
        for run in _HAN_RUN.findall(without_urls):
            syllables = [anyascii(c).lower() for c in run]
            for size in (2, 3):
                for k in range(len(run) - size + 1):
                    keys.add("p:" + "".join(syllables[k : k + size]))
    # Transliterate the rest once; anyascii keeps case, so capitals still mark names.
    spaced = _UNSPACED_RUN.sub(" ", without_urls) if unspaced else without_urls
    raws = _ASCII_WORD.findall(anyascii(spaced))
    folded = [raw.lower() for raw in raws]
    words = set(folded)
    tokens.update([f[:6] for f in folded])
    keys.update(
        [
            "w:" + f[:6]
            for raw, f in zip(raws, folded, strict=True)
            if len(f) >= 4 or len(raw) >= 2 and raw.isupper()
        ]
    )
    keys.update(["s:" + _phonetic(raw) for raw in raws if len(raw) >= 4 and raw[0].isupper()])
    # one or two capitalised words (not all capitals) as a romanised name: Chen Qingyang
    previous = ""
    for raw, f in zip(raws, folded, strict=True):
        if raw[0].isupper() and not raw.isupper():
            if len(f) >= 4:
                keys.add("p:" + f)
                if previous:
                    keys.add("p:" + previous + f)
            previous = f
        else:
            previous = ""
    return frozenset(keys), frozenset(words), frozenset(tokens)


_phonetic = lru_cache(maxsize=65536)(phonetic_key)  # names recur in every version


def learn_lexicon(
    pairs: list[tuple[frozenset[str], frozenset[str]]],
    *,
    min_count: int = 2,
    min_dice: float = 0.5,
    max_share: float = 0.1,
    max_df: int = 50,
    per_pair: int = 1000,
) -> dict[str, set[str]]:
    """Token pairs that keep meeting in aligned sentence pairs (Dice), source -> targets.

    This is hunalign's bootstrap (Varga et al. 2005): the first pass's confident 1-1 beads
    teach which words translate each other in these documents. Tokens found in more than
    `max_share` of the pairs (or `max_df`) are too common to tell and take no part; each
    pair contributes its `per_pair` rarest tokens a side.
    """
    if not pairs:
        return {}
    limit = max(min_count, min(max_share * len(pairs), max_df))
    df_src = Counter(t for s, _ in pairs for t in s)
    df_tgt = Counter(t for _, t in pairs for t in t)
    together: Counter[tuple[str, str]] = Counter()
    for s, t in pairs:
        # the rarest tokens of each side: time stays linear, and rare words tell most
        ks = sorted((a for a in s if min_count <= df_src[a] <= limit), key=df_src.__getitem__)
        kt = sorted((b for b in t if min_count <= df_tgt[b] <= limit), key=df_tgt.__getitem__)
        together.update((a, b) for a in ks[:per_pair] for b in kt[:per_pair])
    best: dict[str, tuple[float, set[str]]] = {}
    for (a, b), n in together.items():
        if n < min_count:
            continue
        dice = 2 * n / (df_src[a] + df_tgt[b])
        if dice < min_dice:
            continue
        score, targets = best.get(a, (0.0, set()))
        if dice > score + 1e-9:
            best[a] = (dice, {b})
        elif abs(dice - score) <= 1e-9:
            targets.add(b)
    lexicon: dict[str, set[str]] = defaultdict(set)
    for a, (_, targets) in best.items():
        lexicon[a] |= targets
    return dict(lexicon)
