"""What two sentences in different languages can share, whatever the languages.

The aligner (aligning.py) needs no dictionary: it compares sentences by the numbers they hold
(read by `number_reader.numbers`, the one number reader of the product), names and cognates
compared after transliteration, URLs, quotes and brackets, and a word-translation table learnt
from the documents themselves. This module computes those keys, the lexical tokens the table is
learnt from, and sentence lengths in comparable units across scripts.

Scripts written without spaces (Han, kana, Thai, Lao, Khmer, Myanmar) are never transliterated
as words: anyascii turns a whole Han clause into one long pinyin "word" whose phonetic key
collides with Latin names. Han text gives pinyin keys of two and three characters instead (a
Chinese name is two or three characters, its English rendering one or two capitalised words).
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections import Counter, defaultdict
from functools import lru_cache
from itertools import chain
from typing import TYPE_CHECKING

import numpy as np

from reviewer.core import pattern_cache, thai_words
from reviewer.core.evidence import phonetic_key, stopwords
from reviewer.core.number_reader import numbers
from reviewer.core.transliteration import anyascii

if TYPE_CHECKING:  # `regex` is imported only where a pattern is compiled (pattern_cache)
    import regex

# Letters of the scripts written without spaces between words.
_UNSPACED = r"\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}"
_UNSPACED_RUN = pattern_cache.compile(rf"[{_UNSPACED}]+")
_HAN_RUN = pattern_cache.compile(r"\p{Han}+")
# Thai is written without spaces between words, but its characters are letters, not the
# morphemes a Han character is: a Thai letter or letter pair is no token of meaning (สัตว์ร้าย,
# "beast", shares them with half the chapter). Its lexical tokens are its words and pairs of
# words, found by maximal matching (thai_words.py; docs/alignment.md, branches thai11 and
# thai12); letter trigrams before, which every clause shared a few of with its verse (Bible
# fault bench, three seeds, with a Thai clause an orphan only with its whole side, the
# witnesses' cuts and the table at a fifth: Thai misses 78 -> 62, false alarms 17 -> 13).
_THAI_FIRST, _THAI_LAST = "\u0e00", "\u0e7f"
# Arabic words are read without their harakat and tatweel: short vowels and case endings,
# which one edition writes and another leaves out (مَلاكٌ, مَلاكاً, ملاك), turned a word's
# romanised first six letters into several tokens (Bible fault bench, three seeds: Arabic
# misses 48 -> 34, false alarms 20 -> 16). Taking off the conjunction, preposition and
# article a word carries too (وَالْمَلاكُ, "and the angel") gave no more (35, 13).
_HARAKAT = pattern_cache.compile(r"[\u064b-\u065f\u0670\u0640]")
_KANA = pattern_cache.compile(r"[\p{Hiragana}\p{Katakana}]")
_FIRST_UNSPACED = "\u0e00"  # Thai; Han, kana, Hangul and the others come after it

# Length units: how many Latin letters one character carries, as a prior (the ratio of each
# document pair is learnt, see `length_ratio`). A Han character carries about three Latin
# letters (MAC-Dev: 3.1 English letters per Chinese character); kana about 1.5, a Hangul
# syllable block about 2.5; Thai, Lao, Khmer and Myanmar are alphabetic, about 1.
_WEIGHTS = (
    (pattern_cache.compile(r"\p{Han}"), 3.0),
    (pattern_cache.compile(r"[\p{Hiragana}\p{Katakana}]"), 1.5),
    (pattern_cache.compile(r"\p{Hangul}"), 2.5),
)


# Every character of the three weighted scripts is a Hangul jamo or comes from U+2E80 on
# (tests/test_lexical.py checks every code point): other text (German quotes „“ are past
# U+0E00) takes no `regex` scan.
_PAST_U2E7F = pattern_cache.compile_re("[^\x00-\u2e7f]")
_JAMO = pattern_cache.compile_re("[\u1100-\u11ff]")
# Whether a text has a character from U+0E00 (`_FIRST_UNSPACED`) on: `max(text) >=` builds an
# object per character, `re` tests a range.
_PAST_U0DFF = pattern_cache.compile_re("[^\x00-\u0dff]")
# The same test less the blocks past U+0DFF that hold no letter of those scripts (nor Hangul):
# Latin and Greek Extended (Vietnamese), general punctuation (dashes, curly quotes) and the
# currency signs (tests/test_number_reader.py checks every code point). A Vietnamese sentence,
# or one with a dash, took three `regex` scans for runs it cannot hold (a quarter of its
# features).
_MAY_BE_UNSPACED = pattern_cache.compile_re("[^\x00-\u0dff\u1e00-\u206f\u20a0-\u20cf]")


# White space other than the plain space: where a text has none, its characters without white
# space are its length less its spaces (no list of words made to count them)
_OTHER_SPACE = pattern_cache.compile_re(r"[^\S ]")


def length_units(text: str) -> float:
    """Characters without white space, a Han character counting as three Latin letters."""
    if _OTHER_SPACE.search(text):
        units = float(sum(map(len, text.split())))
    else:
        units = float(len(text) - text.count(" "))
    if not _PAST_U0DFF.search(text):
        return units
    if not _PAST_U2E7F.search(text) and not _JAMO.search(text):
        return units
    for pattern, weight in _WEIGHTS:
        found = len(pattern.findall(text))
        if found:
            units += (weight - 1.0) * found
    return units


def script_class(texts: list[str]) -> str:
    """`han`, `kana`, `hangul`, `thai` or `alpha`: the writing system most letters are in."""
    return _script_class(tuple(texts[:200]))


@lru_cache(maxsize=64)
def _script_class(texts: tuple[str, ...]) -> str:
    # Cached by the sentences: a pair asks it of both sides twice (romanised names, features),
    # and a group's pivot once per pair; each asking scanned the whole document.
    sample = "".join(texts)
    if not _MAY_BE_UNSPACED.search(sample) or not _OTHER_CLASS.search(sample):
        return "alpha"  # no letter of the other classes: what `_script_of` would say, at once
    return _script_of(sample)


# A letter of a class other than `alpha` (one scan, where `_script_of` makes five: a Latin
# text with a curly quote is past U+0E00).
_OTHER_CLASS = pattern_cache.compile(
    r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}]"
)


@lru_cache(maxsize=64)
def _script_of(sample: str) -> str:
    # Cached: a group's pivot is measured again for every other version (a few entries: a
    # sample is a whole document).
    counts = Counter()
    counts["han"] = len(_HAN_RUN.findall(sample))
    counts["kana"] = len(_KANA.findall(sample)) * 3
    counts["hangul"] = len(pattern_cache.findall(r"\p{Hangul}+", sample))
    counts["thai"] = len(pattern_cache.findall(r"[\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}]+", sample))
    counts["alpha"] = len(
        pattern_cache.findall(r"[\p{Latin}\p{Cyrillic}\p{Greek}\p{Arabic}]+", sample)
    )
    if counts["kana"] and counts["han"]:
        return "kana"
    best, n = counts.most_common(1)[0]
    return best if n else "alpha"


_GUESS_LANG = {"han": "zh", "kana": "ja", "hangul": "ko", "thai": "th"}


def number_lang(lang: str | None, texts: list[str]) -> str:
    """The language whose number conventions `number_reader.numbers` should use."""
    return lang or _GUESS_LANG.get(script_class(texts), "en")


# Web and mail addresses (a README's added "write to us at soporte@example.com" is a sentence
# no other version has: its address, nowhere in them, makes it cheaper to leave alone)
_URL = pattern_cache.compile(
    r"(?:https?://|www\.)\S+|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+",
    pattern_cache.IGNORECASE,
)
# Marks that translators keep: quotes of any style, brackets, question and exclamation marks.
_MARKS = (
    ("quote", '"“”„«»‹›「」『』'),
    ("paren", "()[]（）"),
    ("question", "?¿？"),
    ("exclaim", "!¡！"),
)
# The maximal runs of letters and digits, after transliteration: those holding a letter are
# words (taken with `str.isdigit`, not a look-ahead `re` tries again at each position).
_ASCII_WORD = pattern_cache.compile_re(r"[A-Za-z0-9]+")
_MARK_OF = {c: "m:" + name for name, chars in _MARKS for c in chars}
_MARK_CHARS = frozenset(_MARK_OF)
# The maximal runs of ASCII letters and digits of an ASCII text (`_ASCII_WORD.findall`): every
# other byte made a space, then split; bytes.translate is a table look-up per byte in C.
_ASCII_ALNUM = bytes(c if chr(c).isascii() and chr(c).isalnum() else 32 for c in range(256))


def _ascii_runs(ascii_text: str) -> list[str]:
    return ascii_text.encode("ascii").translate(_ASCII_ALNUM).decode("ascii").split()


_SINGLE_QUOTE = pattern_cache.compile(r"(?:^|\s)['‘]\p{L}")
_NUMERAL = pattern_cache.compile(r"[\p{Nd}〇零一二三四五六七八九十百千万萬亿億兩两]")
_DIGITS = pattern_cache.compile_re(r"(?<![0-9])[0-9]{2,}(?![0-9])")
# Below U+0660 the only characters `_NUMERAL` takes are 0-9 (tests/test_number_reader.py checks
# every code point): `re` finds them several times faster than `regex` scans the class.
_PAST_U065F = pattern_cache.compile_re("[^\x00-\u065f]")
_ASCII_DIGIT = pattern_cache.compile_re("[0-9]")


def _has_numeral(text: str) -> bool:
    if not _PAST_U065F.search(text):
        return _ASCII_DIGIT.search(text) is not None
    return _NUMERAL.search(text) is not None


# (a month's key is `m:3` already: "voted on in late March" and "fin mars" share it, where a
# sentence has no other figure to tell it by)
_NUMBER_KINDS = {"number": "n:", "percent": "n:", "year": "n:", "date": "", "month": ""}
_VALUE_KINDS = frozenset({"number", "word", "year"})


def _telling(mention) -> bool:
    """A number, in words or figures, whose value tells sentences apart: not 1 or 2 ("one",
    "the second" are everywhere)."""
    if mention.kind not in _VALUE_KINDS:
        return False
    try:
        return float(mention.key) >= 3
    except ValueError:
        return False


# A list item's number opening a sentence ("3. Fit the back panel", "3. 背板を…"): the step's
# place, which matches the same step's number in another version, not a quantity (棚板3枚,
# three shelves: a Thai leaflet that left out step 2 had its step 3 paired with it). Keyed
# `i:`: `l:` is the learnt word table's, whose keys the other document lacks are words left
# untranslated (`aligning._lonely`, review35).
# Before a capital or a letter of a script without case, as segmenting's `_LIST_ITEM`: a
# small letter after it is a date's month or an ordinal's noun (17. toukokuuta, 3. května,
# 1. mai, 10. madde: the 17 of a Finnish date was a list's place, review35). Or before a
# number that is no date's next part ("12. 3개월마다 …", "4. 250 g Mehl"; not "12. 3. 2024"):
# a Korean step 12 on three months was a count, and its list looked one item short. The
# figure may be a decimal ("3. 0.5 l Wasser einfüllen", review37), not a date's month and year.
# Not before a noun an ordinal names a thing with (issue 15, review37): German and Turkish
# write "2. Bundesliga", "3. Liga", "1. FC Köln", "2. Weltkrieg", "2. Dünya Savaşı", "1. Lig"
# with the noun's capital, and a sentence opening so was a list's step 2.
_ORDINAL_NAMES = (
    "Bundesliga Liga Lig Klasse Runde Halbzeit Mannschaft Platz Weltkrieg Staffel Spieltag"
    " Etappe Division Jahrhundert Jahrtausend Mal Advent Stock Etage Obergeschoss Reihe Satz"
    " Hälfte Quartal Halbjahr Rang Stufe Sinfonie Symphonie Mose Korinther Könige Chronik"
    " Petrus Johannes Timotheus Thessalonicher Samuel FC FSV SV FFC Vorsitzende Vorsitzender"
    " Bürgermeister Bürgermeisterin Auflage Semester Schuljahr Lesung Dünya Ordu Kolordu Tümen"
).split()
_ITEM_NUMBER = pattern_cache.compile(
    r"^\s*(\d{1,2})[.)]\s+(?!(?:"
    + pattern_cache.alternation(_ORDINAL_NAMES)
    + r")(?:s|es|n|en)?(?!\p{L}))(?=\p{Lu}|\p{Lo}|\d++(?:\.\d{1,3}(?!\d))?(?![.\d]))"
)


# Weekday names, per language (`k:1` Monday .. `k:7` Sunday): news dates an event by its
# weekday as often as by its date ("on Friday", "el viernes", "周五", "يوم الجمعة"), and a
# sentence with no number or name has nothing else that all its translations keep. Each
# pattern's groups are the days in order, seven per alternative. Where a word alone means
# something else, the pattern asks for more: a capital in Greek (τρίτη, "third") and
# Vietnamese (thứ hai, "the second"), Indonesian Minggu not first in a sentence (minggu,
# "week"), Russian среда only as "в среду" (среда, "environment"), Turkish pazar only before
# gün (pazar, "market"), Polish czwart-/piąt- only as the day's forms (czwarty, "fourth").
_WEEKDAY_SOURCES = {
    "en": r"(?i)\b(?:(mon)|(tues)|(wednes)|(thurs)|(fri)|(satur)|(sun))days?\b",
    "de": r"(?i)\b(?:(montag)|(dienstag)|(mittwoch)|(donnerstag)|(freitag)|(samstag|sonnabend)"
    r"|(sonntag))",
    "fr": r"(?i)\b(?:(lundi)|(mardi)|(mercredi)|(jeudi)|(vendredi)|(samedi)|(dimanche))s?\b",
    "es": r"(?i)\b(?:(lunes)|(martes)|(mi[eé]rcoles)|(jueves)|(viernes)|(s[aá]bado)|(domingo))s?\b",
    "it": r"(?i)\b(?:(luned[iì])|(marted[iì])|(mercoled[iì])|(gioved[iì])|(venerd[iì])|(sabato)"
    r"|(domenica))\b",
    "pt": r"(?i)\b(?:(segunda)|(ter[cç]a)|(quarta)|(quinta)|(sexta))(?:-|\s)feira\b"
    r"|\b(?:(s[aá]bado)|(domingo))\b",
    "nl": r"(?i)\b(?:(maandag)|(dinsdag)|(woensdag)|(donderdag)|(vrijdag)|(zaterdag)|(zondag))",
    "pl": r"(?i)\b(?:(poniedzia[lł]\w*)|(wtor(?:ek|ku|kow\w*))|(środ(?:a|ę|y|zie)\b)"
    r"|(czwart(?:ek|ku|kow\w*))|(piąt(?:ek|ku|kow\w*))|(sobot\w*|sobocie)|(niedziel\w*))",
    "ru": r"(?i)\b(?:(понедельник\w*)|(вторник\w*)|(?<=\bв\s)(среду)\b|(четверг\w*)"
    r"|(пятниц\w*)|(суббот\w*)|(воскресень\w*))",
    "uk": r"(?i)(?<!\w)(?:(понеділ\w*)|(вівтор\w*)|(серед[уаи])\b|(четвер(?:\b|г\w*))"
    r"|(п[\'’ʼ]?ятниц\w*)|(субот\w*)|(неділ\w*))",
    "el": r"(?<!\w)(?:(Δευτέρα)|(Τρίτη)|(Τετάρτη)|(Πέμπτη)|(Παρασκευή)|(Σάββατο|Σαββάτου)"
    r"|(Κυριακή))",
    "tr": r"(?i)\b(?:(pazartesi)|(salı)|(çarşamba)|(perşembe)|(cuma)(?!rtesi)|(cumartesi)"
    r"|(pazar)(?=\s+gün))",
    "vi": r"(?:[Tt]hứ\s+(?:(Hai)|(Ba)|(Tư)|(Năm)|(Sáu)|(Bảy))|([Cc]hủ\s+[Nn]hật))\b",
    "id": r"\b(?:(Senin)|(Selasa)|(Rabu)|(Kamis)|(Jum\'?at)|(Sabtu)|(?<=\S\s)(Minggu))\b",
    "hi": r"(?:(सोमवार)|(मंगलवार)|(बुधवार)|(गुरुवार|बृहस्पतिवार)|(शुक्रवार)|(शनिवार)|(रविवार|इतवार))",
    "he": r"יום\s+(?:(שני)|(שלישי)|(רביעי)|(חמישי)|(שישי)|(שבת)|(ראשון))",  # ראשון: Sunday
    "ar": r"(?<![\u0621-\u064a])[وبلف]{0,2}(?:ال|لل)(?:(ا?[اإ]ثنين)|(ثلاثاء)|([أا]ربعاء)|(خميس)"
    r"|(جمعة)|(سبت)|([أا]حد))(?![\u0621-\u064a])",
    "zh": r"(?:星期|礼拜|禮拜)(?:(一)|(二)|(三)|(四)|(五)|(六)|(日|天))"
    r"|周(?:(一)|(二)|(三)|(四)|(五)|(六)|(日))",
    "ja": r"(?:(月)|(火)|(水)|(木)|(金)|(土)|(日))曜",
    "ko": r"(?:(월)|(화)|(수)|(목)|(금)|(토)|(일))요일",
    "th": r"วัน(?:(จันทร์)|(อังคาร)|(พุธ)|(พฤหัส(?:บดี)?)|(ศุกร์)|(เสาร์)|(อาทิตย์))",
}


# Per language, the lexical tokens (`sentence_keys`'s third part: a romanised word's first six
# letters, Han characters and pairs, Thai words and pairs of words) of its weekday names'
# forms, one of which a sentence must hold for the pattern to be run on it: most sentences
# name no weekday, and the pattern cost about 40,000 instructions a sentence of Text+Berg
# (tests/test_aligning_short.py reads the tokens of every form the patterns know).
_NONE: frozenset[str] = frozenset()
_WEEKDAY_TOKENS = {
    lang: frozenset(tokens.split())
    for lang, tokens in {
        "en": "friday monday saturd sunday thursd tuesda wednes",
        "de": "dienst donner freita mittwo montag samsta sonnab sonnta",
        "fr": "dimanc jeudi lundi mardi mercre samedi vendre",
        "es": "doming jueves lunes martes mierco sabado vierne",
        "it": "domeni gioved lunedi marted mercol sabato venerd",
        "pt": "doming feira quarta quinta sabado segund sexta terca",
        "nl": "dinsda donder maanda vrijda woensd zaterd zondag",
        "pl": "czwart niedzi piatek piatko piatku ponied soboci sobota sobote sobotn soboty "
        "sroda srode srody srodzi wtorek wtorko wtorku",
        "ru": "chetve ponede pyatni sredu subbot voskre vtorni",
        "uk": "chetve nedily ponedi pyatni sereda seredi seredu subota suboti subotu vivtor yatnit",
        "el": "deyter kyriak parask pempti savvat tetart triti tritis",
        "tr": "carsam cuma cumart pazar pazart persem sali",
        "vi": "chu thu",
        "id": "jum jumat kamis minggu rabu sabtu selasa senin",
        "hi": "brhspt budhva guruva itvar mmglva rvivar snivar somvar sukrva",
        "he": "hyvm lyvm myvm vyvm yvm",
        "ar": "bl blhd bljm blkhmy blrb blsbt blthlt blthny fl flhd fljm flkhmy flrb flsbt "
        "flthlt flthny hd lhd ljm lkhmys ll llhd lljm llkhmy llrb llsbt llthlt llthny lrb "
        "lsbt lthlth lthnyn rb thnyn wbl wblhd wbljm wblkhm wblrb wblsbt wblthl wblthn wl "
        "wlhd wljm wlkhmy wlrb wlsbt wlthlt wlthny",
        "zh": "周 星期 礼拜 禮拜",
        "ja": "曜",
        "ko": "geumyo hwayoi ilyoil mogyoi suyoil toyoil wolyoi",
        "th": "วัน",
    }.items()
}


@lru_cache(maxsize=32)
def _weekday_pattern(lang: str) -> regex.Pattern[str] | None:
    source = _WEEKDAY_SOURCES.get(lang)
    return pattern_cache.compile(source) if source is not None else None


def weekday_keys(text: str, lang: str) -> set[str]:
    """`k:1` .. `k:7` for the weekdays `text` names (Monday .. Sunday), in `lang`'s words."""
    pattern = _weekday_pattern(lang)
    if pattern is None:
        return set()
    # the groups are the days in order, seven per alternative (Portuguese and Chinese have two)
    return {f"k:{(m.lastindex - 1) % 7 + 1}" for m in pattern.finditer(text) if m.lastindex}


# Quotation marks that open and close, whatever the convention: a sentence that opens a
# quotation matches one that opens it in the translation, and a sentence in the middle of a long
# quotation (no mark) is not taken for one that holds a whole one.
_OPENING = pattern_cache.compile(r"[“‘«「『‹„]|(?:^|(?<=[\s(\[—–-]))['\"](?=\S)")
_CLOSING = pattern_cache.compile(
    r"[”»」』›]|(?<=[\p{L}\p{N}.,!?;:…—–-])['’\"](?=[\s)\]—–.,;:!?]|$)"
)


_QUOTE_CHARS = frozenset("“‘«「『‹„'\"”»」』›’")  # each match of the two holds one of these
# Any mark of `_MARKS` or quotation mark: most sentences have none, and one `re` scan says so
_MARKED = pattern_cache.compile_re(
    "[" + re.escape("".join(sorted(_MARK_CHARS | _QUOTE_CHARS))) + "]"
)


def quote_ends(text: str) -> set[str]:
    """`m:qopen` when the sentence opens a quotation, `m:qclose` when it closes one."""
    if _QUOTE_CHARS.isdisjoint(text):
        return set()  # most sentences: no quotation mark, no `regex` scan
    return _quote_ends(text)


def _quote_ends(text: str) -> set[str]:
    """`quote_ends` of a text known to hold a quotation mark."""
    out = set()
    low = "„" in text  # German: „ opens and “ closes
    opening = [m.group() for m in _OPENING.finditer(text)]
    if any(c != "“" or not low for c in opening):
        out.add("m:qopen")
    if _CLOSING.search(text) or (low and "“" in text):
        out.add("m:qclose")
    return out


# 16,384 sentences: a group's versions (the pivot is read again for every other version) and
# the app's large groups fit; more only held sentences of groups already done, at about 7 KB
# a sentence (three sets of strings): up to 450 MB in every worker process at 65,536.
@lru_cache(maxsize=16384)
def sentence_keys(
    text: str, lang: str = "en"
) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(evidence keys, folded words, lexical tokens) of one sentence; cached.

    Keys: `n:` numbers and `d:`/`m:` dates by value, `v:` any number of 3 or more by value,
    in words too ("twelve" = 十二 = двенадцать = 12: Bible verses count gates, angels and
    years in words, and Chinese and Japanese in CJK numerals), `u:` URLs, `m:` marks, `w:`
    the first six letters of a word of four letters or more, `s:` the phonetic key of a
    capitalised word, `h:` Han bigrams (`p:` keys: `name_keys`). Words feed the cognate
    finder; tokens the learnt lexicon.
    """
    has_url, without_urls = _without_urls(text)
    keys: set[str] = set()
    # `n:` keys come from digits and CJK numerals only (numbers in words are left out of
    # them: "two" is too common to tell sentences apart, and `n:` makes anchors); `v:` keys
    # from any number of 3 or more, spelt too.
    if not _has_numeral(without_urls):
        spelt = numbers(without_urls, lang)  # most sentences: none
        if spelt:
            keys.update("v:" + m.key for m in spelt if _telling(m))
            keys.update(m.key for m in spelt if m.kind == "month")
    else:
        read = bytearray(len(without_urls))
        item = _ITEM_NUMBER.match(without_urls)
        item_span = item.span(1) if item else None
        for mention in numbers(without_urls, lang):
            if item_span == (mention.start, mention.end):
                keys.add("i:" + mention.key)
                read[mention.start : mention.end] = b"\x01" * (mention.end - mention.start)
                continue
            if _telling(mention):
                keys.add("v:" + mention.key)
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
    marked = _MARKED.findall(text)  # the marks and quotation marks, in text order
    if marked:
        # as `_MARK_CHARS.intersection(text)` would (same set, same order), without a Python
        # object per character of the text
        keys.update([_MARK_OF[c] for c in set(filter(_MARK_CHARS.__contains__, marked))])
        if ("'" in marked or "‘" in marked) and _SINGLE_QUOTE.search(text):
            keys.add("m:quote")  # English dialogue in single quotes: 'Why not try me?'
        if not _QUOTE_CHARS.isdisjoint(marked):
            keys.update(_quote_ends(text))
    tokens: set[str] = set()
    unspaced = _MAY_BE_UNSPACED.search(without_urls) is not None
    for run in _UNSPACED_RUN.findall(without_urls) if unspaced else ():
        if _THAI_FIRST <= run[0] <= _THAI_LAST:  # letters, not morphemes: words
            tokens.update(thai_words.tokens(run))
            continue
        if _KANA.search(run):
            tokens.update(_kana_tokens(run))
            continue
        tokens.update(run)
        tokens.update(run[k : k + 2] for k in range(len(run) - 1))
    if unspaced:  # Han words, which Chinese and Japanese share (天使, 地上), as `h:` keys
        for run in _HAN_RUN.findall(without_urls):
            keys.update("h:" + run[k : k + 2] for k in range(len(run) - 1))
    # every run of ASCII letters and digits; digit-only ones are no words (their entry is None)
    plain = _HARAKAT.sub("", without_urls) if lang == "ar" else without_urls
    if lang in ("ar", "he"):  # وSQL, בGoogle: the prefix is a word of its own
        plain = _GLUED_PREFIX.sub(" ", plain)
    runs = _ascii_runs(_romanised(plain, unspaced))
    if len(_WORDS) > _WORDS_LIMIT:
        _WORDS.clear()
    found = list(filter(None, map(_WORDS.__getitem__, runs)))
    words: set[str] = set()
    if found:
        folded, prefixes, word_keys, name_keys = zip(*found, strict=True)
        words.update(folded)
        tokens.update(prefixes)
        keys.update(filter(None, word_keys))
        keys.update(filter(None, name_keys))
        # A function word is capitalised only because it opens the sentence: no name's sound
        # (en "When" was s:bn, the German noun "Baum" in another sentence too).
        if name_keys[0] and folded[0] in stopwords().get(lang, _NONE):
            if name_keys.count(name_keys[0]) == 1:
                keys.discard(name_keys[0])
    if not _WEEKDAY_TOKENS.get(lang, _NONE).isdisjoint(tokens):
        keys.update(weekday_keys(plain, lang))
    if found and lang == "vi":
        tokens.difference_update(prefixes)
        tokens.update(vietnamese_tokens(plain))
    return frozenset(keys), frozenset(words), frozenset(tokens)


# A Vietnamese word is one syllable or several, each written apart, and its tone marks tell
# syllables apart that transliteration makes one: thành (city), thánh (holy) and thanh
# (sound) were all the token `thanh`, sự, sứ and sử all `su`, and a word table tied each such
# token to the English words of every syllable it stood for (a Vietnamese sentence then shared
# table keys with the wrong verse). Bible fault bench, dev seeds 15, 3, 7, 9, 11: Vietnamese
# omissions found 89 -> 96 of 100, insertions 94 -> 98 (docs/alignment.md, stop 43).
_LATIN_SYLLABLE = pattern_cache.compile(r"[\p{Latin}\p{M}]+")
# The tone of an open oa, oe or uy (not after q, whose u is a consonant's) sits on either vowel:
# the old way, hòa, khỏe, thúy, or the new, hoà, khoẻ, thuý (peace, well, a name), one word
# written two ways, and two tokens that split its evidence in a word table (review43). Tokens
# take the old way. Source: the two conventions of Vietnamese orthography for these rhymes.
_TONE = "[\u0300\u0301\u0303\u0309\u0323]"  # (decomposed) grave, acute, tilde, hook, dot
_NEW_WAY_TONE = pattern_cache.compile(rf"(?<!q)(o[ae]|uy)({_TONE})$")
_NEW_WAY_ENDS = frozenset("àáãảạèéẽẻẹỳýỹỷỵ")  # what such a syllable ends with, composed


def _old_way(match: regex.Match[str]) -> str:
    rhyme, tone = match.groups()
    return rhyme[0] + tone + rhyme[1]


def vietnamese_tokens(text: str) -> set[str]:
    """The word-table tokens of a Vietnamese text: its syllables as written, tone marks kept
    (lower case, composed: `unicodedata` NFC; an open oa, oe or uy's tone on its first vowel,
    `_NEW_WAY_TONE`); a syllable of plain ASCII letters (a foreign name, `con`) cut to six
    letters as every other Latin word's token is."""
    out = set()
    for run in _LATIN_SYLLABLE.findall(text):
        syllable = unicodedata.normalize("NFC", run).lower()
        if syllable.isascii():
            out.add(syllable[:6])
            continue
        if syllable[-1] in _NEW_WAY_ENDS:
            moved = _NEW_WAY_TONE.sub(_old_way, unicodedata.normalize("NFD", syllable))
            syllable = unicodedata.normalize("NFC", moved)
        out.add(syllable)
    return out


# Japanese writes a kanji word's ending and its particles in hiragana: a pair across the two,
# or of hiragana (死ん, 開か, の書, てさ, きな), is no word, and the corpus tables learnt dead ->
# 死ん, books -> 開か, judge -> てさ. Pairs are taken inside a stretch of kanji or of katakana
# (Bible fault bench, seeds 15, 3, 7, 1, 2, 4: Japanese omissions found 80 -> 91 of 120,
# insertions 103 -> 109, false alarms 18 -> 8; docs/alignment.md, branch ja29).
_SCRIPT_PIECE = pattern_cache.compile(r"\p{Han}+|[\p{Katakana}ー]+")


def _kana_tokens(run: str) -> set[str]:
    """Tokens of a Japanese run: its characters and the pairs inside a kanji or katakana stretch."""
    out = set(run)
    for piece in _SCRIPT_PIECE.findall(run):
        out.update(piece[k : k + 2] for k in range(len(piece) - 1))
    return out


class _Words(dict):
    """Per distinct word (a run of ASCII letters and digits, after transliteration): its lower
    case, its lexical token (the first six letters), its `w:` key and its `s:` key (None where
    it has none); None for a run of digits. A document repeats most of its words: a sentence's
    are looked up by `map`, where a loop in Python lowered, cut and tested each of them in
    every sentence. Emptied past `_WORDS_LIMIT` words (about 500 bytes a word)."""

    def __missing__(self, run: str) -> tuple[str, str, str | None, str | None] | None:
        if run.isdigit():  # a number, which `numbers` reads
            self[run] = None
            return None
        folded = run.lower()
        telling = len(folded) >= 4 or len(run) >= 2 and run.isupper()
        named = len(run) >= 4 and run[0].isupper()
        value = self[run] = (
            folded,
            folded[:6],
            "w:" + folded[:6] if telling else None,
            "s:" + _phonetic(run) if named else None,
        )
        return value


_WORDS = _Words()
_WORDS_LIMIT = 50_000  # about 25 MB; a document pair has a few thousand words


# "www." in text.lower(), without lowering the text (only W and w lower to w)
_WWW = pattern_cache.compile_re(r"[Ww]{3}\.")


def _without_urls(text: str) -> tuple[bool, str]:
    """Whether `text` holds a URL, and the text with its URLs blanked."""
    has_url = "://" in text or "@" in text or _WWW.search(text) is not None
    return has_url, _URL.sub(" ", text) if has_url else text


# Arabic and Hebrew write a one-letter conjunction or preposition onto the word after it,
# a Latin one too (وSQL, "and SQL"): its key was w:wsql, and SQL no key both versions share.
_GLUED_PREFIX = pattern_cache.compile(r"(?<=[\p{Arabic}\p{Hebrew}])(?=[A-Za-z])")


def _romanised(text: str, unspaced: bool) -> str:
    """`text` without its unspaced runs (Han, kana, Thai), transliterated once; anyascii keeps
    case, so capitals still mark names. Hangul in lower case: anyascii gives each syllable a
    capital (중에, "during": JungE), which is no name's (stop 43)."""
    if unspaced:
        text = _UNSPACED_RUN.sub(" ", text)
    if not text.isascii() and _HANGUL.search(text):
        text = _HANGUL.sub(_lower_romanised, text)
    return transliterate(text)


_HANGUL = pattern_cache.compile(r"\p{Hangul}+")
# ... but a foreign name keeps a capital (메르켈, Merkel; 트럼프, Trump): a sound key that the
# name in the other versions has (review43; before stop 43 their ㄹ was an l, 메르켈 nlkl).
# Korean writes a foreign consonant with no vowel after it as a syllable of ㅡ (르, 스, 트, 크,
# 프, 드, 브, 즈, 츠): a word of three syllables or more with one after its first is taken for
# a foreign word's, unless it ends on a particle or a verb's ending (따르면, "according to";
# 튀르키예에서, "in Türkiye"), whose sound no name in another version has. Source: the Korean
# rules for writing foreign words (외래어 표기법); the endings are the commonest particles and
# verb endings.
_FOREIGN_SYLLABLES = frozenset("르스트크프드브즈츠")
_WORD_ENDINGS = frozenset("는은을를의서면며요다고")


def _lower_romanised(match: regex.Match[str]) -> str:
    word = match.group()
    if len(word) < 3 or word[-1] in _WORD_ENDINGS or _FOREIGN_SYLLABLES.isdisjoint(word[1:]):
        return transliterate(word).lower()
    # ㄹ opening a syllable after a vowel is an r (anyascii writes an l: 메르켈 MeLeuKel, whose
    # sound key nlkl no Merkel has), after a ㄹ an l (베를린, Bereullin)
    out = ""
    for syllable in map(transliterate, word):
        if syllable[:1] == "L" and out[-1:] in _VOWELS:
            syllable = "r" + syllable[1:]
        out += syllable
    return out.capitalize()


_VOWELS = frozenset("aeiou")


def _romanised_words(text: str, unspaced: bool) -> tuple[str, list[str]]:
    """`_romanised(text)` and its words (runs of ASCII letters and digits holding a letter)."""
    romanised = _romanised(text, unspaced)
    return romanised, [run for run in _ASCII_WORD.findall(romanised) if not run.isdigit()]


@lru_cache(maxsize=16384)
def name_keys(text: str, lang: str = "en") -> frozenset[str]:
    """`p:` keys of one sentence, a name-like romanisation: pinyin of two or three Han
    characters; one or two capitalised Latin words; a hyphenated name (Bao-yu); cached.

    Apart from `sentence_keys` because only a pair with Han text on a side reads them
    (`aligning._prepare`): computed and thrown away, they were 4 % of a German-French `align`.
    """
    keys: set[str] = set()
    _, without_urls = _without_urls(text)
    unspaced = _MAY_BE_UNSPACED.search(without_urls) is not None
    if unspaced and lang != "ja":  # anyascii reads kanji as Chinese, not Japanese names
        for run in _HAN_RUN.findall(without_urls):
            syllables = [transliterate(c).lower() for c in run]
            for size in (2, 3):
                for k in range(len(run) - size + 1):
                    keys.add("p:" + "".join(syllables[k : k + size]))
    romanised, raws = _romanised_words(without_urls, unspaced)
    # one or two capitalised words (not all capitals) as a romanised name: Chen Qingyang
    previous = ""
    for raw in raws:
        f = raw.lower()
        if raw[0].isupper() and not raw.isupper():
            if len(f) >= 4:
                keys.add("p:" + f)
                if previous:
                    keys.add("p:" + previous + f)
            previous = f
        else:
            previous = ""
    if "-" in text:  # a hyphenated romanised name (Wade-Giles, Hawkes): Bao-yu, Wang Xi-feng
        for match in _HYPHEN_NAME.finditer(romanised):
            family, given = match.group(1), match.group(2).replace("-", "").lower()
            keys.add("p:" + given)
            if family:
                keys.add("p:" + family.lower() + given)
    return frozenset(keys)


class _Romanised(dict):
    """anyascii of each character, looked up once: anyascii reads a string character by
    character in Python, and transliterates each on its own, so `str.translate` with this
    table gives its result (tests/test_lexical.py)."""

    def __missing__(self, code: int) -> str:
        value = self[code] = anyascii(chr(code))
        return value


_ROMANISED = _Romanised()


def _romanised_run(error: UnicodeEncodeError) -> tuple[str, int]:
    return error.object[error.start : error.end].translate(_ROMANISED), error.end


# ASCII is copied by the encoder; each run of other characters goes through the table
codecs.register_error("reviewer.transliterate", _romanised_run)


def transliterate(text: str) -> str:
    """`anyascii(text)`, faster on text that repeats its characters.

    A text mostly in another script (more than about one character in four past ASCII, by
    its UTF-8 bytes) goes through the table whole: there each run of it between two spaces
    called the error handler, in Python (Russian, Arabic, Vietnamese: about half the time).
    The table maps ASCII to itself, so the result is the same (tests/test_lexical.py)."""
    if text.isascii():
        return text
    if 4 * (len(text.encode("utf-8", "surrogatepass")) - len(text)) > len(text):
        return text.translate(_ROMANISED)
    return text.encode("ascii", "reviewer.transliterate").decode("ascii")


_HYPHEN_NAME = pattern_cache.compile_re(r"(?:\b([A-Z][a-z]+) )?\b([A-Z][a-z]+-[a-z]+)\b")


_phonetic = lru_cache(maxsize=65536)(phonetic_key)  # names recur in every version


def learn_lexicon(
    pairs: list[tuple[frozenset[str], frozenset[str]]],
    *,
    min_count: int = 2,
    min_dice: float = 0.5,
    max_share: float = 0.1,
    max_df: int = 50,
    per_pair: int = 1000,
    beyond_chance: bool = False,
) -> dict[str, set[str]]:
    """Token pairs that keep meeting in aligned sentence pairs (Dice), source -> targets.

    This is hunalign's bootstrap (Varga et al. 2005): the first pass's confident 1-1 beads
    teach which words translate each other in these documents. Tokens found in more than
    `max_share` of the pairs (or `max_df`) are too common to tell and take no part; each
    pair contributes its `per_pair` rarest tokens a side. With `beyond_chance` the Dice counts
    the meetings beyond those that chance gives two words so common: in a hundred verse
    pairs two words in a tenth of them each meet once by chance, and "a Dice of 0.5" for them
    is noise. The corpus tables (`group_alignment.learn_lexicons`) count so; one document's own
    table does not (on Text+Berg test it cost 0.001 strict F1).
    """
    if not pairs:
        return {}
    limit = max(min_count, min(max_share * len(pairs), max_df))
    df_src = Counter(chain.from_iterable(s for s, _ in pairs))
    df_tgt = Counter(chain.from_iterable(t for _, t in pairs))
    sides: tuple[list[list[str]], list[list[str]]] = ([], [])
    fit_src = {a for a, n in df_src.items() if min_count <= n <= limit}
    fit_tgt = {b for b, n in df_tgt.items() if min_count <= n <= limit}
    for s, t in pairs:
        # the rarest tokens of each side: time stays linear, and rare words tell most
        ks = sorted(filter(fit_src.__contains__, s), key=df_src.__getitem__)
        kt = sorted(filter(fit_tgt.__contains__, t), key=df_tgt.__getitem__)
        sides[0].append(ks[:per_pair])
        sides[1].append(kt[:per_pair])
    words_src, words_tgt, ids_a, ids_b, n = _meetings(*sides, min_count)
    df_a = np.array([df_src[a] for a in words_src], dtype=np.int64)[ids_a]
    df_b = np.array([df_tgt[b] for b in words_tgt], dtype=np.int64)[ids_b]
    # Dice above what chance gives two words this common (df_a * df_b / pairs meetings); as
    # arrays, the same operations on the same (exactly held) integers as on Python numbers
    chance = df_a * df_b / len(pairs) if beyond_chance else 0.0
    dices = 2 * (n - chance) / (df_a + df_b)
    best: dict[str, tuple[float, set[str]]] = {}
    for k in np.flatnonzero(dices >= min_dice).tolist():
        a, b, dice = words_src[ids_a[k]], words_tgt[ids_b[k]], float(dices[k])
        score, targets = best.get(a, (0.0, set()))
        if dice > score + 1e-9:
            best[a] = (dice, {b})
        elif abs(dice - score) <= 1e-9:
            targets.add(b)
    lexicon: dict[str, set[str]] = defaultdict(set)
    for a, (_, targets) in best.items():
        lexicon[a] |= targets
    return dict(lexicon)


def _meetings(src: list[list[str]], tgt: list[list[str]], min_count: int):
    """The token pairs that meet in `n >= min_count` of the aligned pairs (every a of a pair's
    `src` with every b of its `tgt`), in the order the pairs first meet: the source and target
    tokens, then per token pair a's index, b's index, and n.

    Counted as integer codes by numpy: a Counter of tuples took a third of a short
    `reviewer align` (70,000 meetings in one Text+Berg document)."""
    ids_src: dict[str, int] = {}
    ids_tgt: dict[str, int] = {}
    flat_src = [ids_src.setdefault(a, len(ids_src)) for ks in src for a in ks]
    flat_tgt = [ids_tgt.setdefault(b, len(ids_tgt)) for kt in tgt for b in kt]
    x = np.array([len(ks) for ks in src], dtype=np.int64)
    y = np.array([len(kt) for kt in tgt], dtype=np.int64)
    sizes = x * y
    words_src, words_tgt = list(ids_src), list(ids_tgt)
    if not sizes.sum():
        none = np.zeros(0, dtype=np.int64)
        return words_src, words_tgt, none, none, none
    # meeting k of pair p: a = its (k // y)-th source token, b = its (k % y)-th target token,
    # the order of `for a in ks for b in kt`
    owner = np.repeat(np.arange(len(src)), sizes)
    rank = np.arange(int(sizes.sum())) - np.repeat(np.cumsum(sizes) - sizes, sizes)
    a = np.array(flat_src, dtype=np.int64)[(np.cumsum(x) - x)[owner] + rank // y[owner]]
    b = np.array(flat_tgt, dtype=np.int64)[(np.cumsum(y) - y)[owner] + rank % y[owner]]
    codes, first, counts = np.unique(a * len(ids_tgt) + b, return_index=True, return_counts=True)
    keep = np.flatnonzero(counts >= min_count)
    keep = keep[np.argsort(first[keep], kind="stable")]
    n_tgt = len(ids_tgt)
    return words_src, words_tgt, codes[keep] // n_tgt, codes[keep] % n_tgt, counts[keep]


# ---------------------------------------------------------------------------------------------
# A translation model learnt from the documents: IBM model 1 (Brown et al. 1993) trained by EM on
# the first pass's beads, as Moore (2002) does after a length-based first pass. Unlike the Dice
# table above it needs no word to recur in a tenth of the pairs: EM shares each word's
# probability among the words it meets, so that frequent names (韦小宝 / Trinket) and content
# words (男孩 / boy, Han characters against English words) are learnt from a few hundred beads.

_TOKEN_LETTER = pattern_cache.compile(r"\p{L}")


@lru_cache(maxsize=65536)
def model_tokens(text: str) -> tuple[str, ...]:
    """The tokens the translation model reads: each letter of a script written without spaces
    (a Han character is about a word), else a word's first six letters, lower-cased."""
    out: set[str] = set()
    if _MAY_BE_UNSPACED.search(text):
        for run in _UNSPACED_RUN.findall(text):
            out.update(c for c in run if _TOKEN_LETTER.match(c))
        text = _UNSPACED_RUN.sub(" ", text)
    out.update(w.lower()[:6] for w in pattern_cache.findall(r"\p{L}[\p{L}\p{M}'’-]*", text))
    return tuple(sorted(out))


class TranslationModel:
    """IBM model 1 both ways over the token pairs of aligned sentence groups.

    `cover(src_sentences, tgt_sentences, pairs)` then says, for candidate sentence pairs, how
    much of each side the other explains, weighted by the tokens' rarity in the documents.
    """

    def __init__(
        self,
        pairs: list[tuple[tuple[str, ...], tuple[str, ...]]],
        *,
        iterations: int = 5,
        floor: float = 0.1,
        max_triples: int = 500_000,
    ):
        df_src = Counter(t for s, _ in pairs for t in s)
        df_tgt = Counter(t for _, t in pairs for t in t)
        # a token seen once teaches nothing; one in most pairs tells nothing
        limit = max(2, len(pairs) // 2)
        self.src_vocab = {
            t: k for k, t in enumerate(t for t, n in df_src.items() if 2 <= n <= limit)
        }
        self.tgt_vocab = {
            t: k for k, t in enumerate(t for t, n in df_tgt.items() if 2 <= n <= limit)
        }
        ids = [(self._ids(s, self.src_vocab), self._ids(t, self.tgt_vocab)) for s, t in pairs]
        size = sum((len(f) + 1) * len(e) for f, e in ids)
        if size > max_triples:  # an even sample keeps time and memory bounded
            ids = ids[:: -(-size // max_triples)]
        forward = _model1(ids, len(self.src_vocab), len(self.tgt_vocab), iterations)
        backward = _model1(
            [(e, f) for f, e in ids], len(self.tgt_vocab), len(self.src_vocab), iterations
        )
        n_src, n_tgt = len(self.src_vocab), len(self.tgt_vocab)
        self.forward = _Table(*forward, floor=floor, n_from=n_src, n_to=n_tgt)
        self.backward = _Table(*backward, floor=floor, n_from=n_tgt, n_to=n_src)

    @staticmethod
    def _ids(tokens: tuple[str, ...], vocab: dict[str, int]) -> np.ndarray:
        return np.array([vocab[t] for t in tokens if t in vocab], dtype=np.int64)

    @property
    def size(self) -> int:
        """How many token pairs the model holds above its floor, both ways."""
        return len(self.forward.prob) + len(self.backward.prob)

    def cover(
        self,
        src: list[tuple[str, ...]],
        tgt: list[tuple[str, ...]],
        pair_src: np.ndarray,
        pair_tgt: np.ndarray,
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Per candidate pair, the weight of its tokens the other side explains (both sides
        together, halved); and per sentence of each side, the weight of its explainable tokens.

        A token's weight is its inverse document frequency among the sentences, so that a
        shared rare word counts more than a shared common one.
        """
        src_ids = [self._ids(s, self.src_vocab) for s in src]
        tgt_ids = [self._ids(t, self.tgt_vocab) for t in tgt]
        w_src = _idf(src_ids, len(self.src_vocab)) * self.backward.known
        w_tgt = _idf(tgt_ids, len(self.tgt_vocab)) * self.forward.known
        to_tgt = self.forward.explain(src_ids, pair_src, tgt_ids, pair_tgt, w_tgt)
        to_src = self.backward.explain(tgt_ids, pair_tgt, src_ids, pair_src, w_src)
        src_mass = np.array([w_src[s].sum() for s in src_ids])
        tgt_mass = np.array([w_tgt[t].sum() for t in tgt_ids])
        return (to_tgt + to_src) / 2, src_mass, tgt_mass


def _idf(sentences: list[np.ndarray], vocab: int) -> np.ndarray:
    df = np.bincount(np.concatenate([*sentences, np.zeros(0, dtype=np.int64)]), minlength=vocab)
    return np.log1p(len(sentences) / np.maximum(df, 1))


def _model1(
    pairs: list[tuple[np.ndarray, np.ndarray]], n_from: int, n_to: int, iterations: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """t(to | from) by EM, with a NULL word (id n_from) on the from side; as sparse triples."""
    ff, ee, gg = [], [], []
    groups = 0
    null = np.array([n_from], dtype=np.int64)
    for f, e in pairs:
        if not len(e):
            continue
        f = np.concatenate((f, null))
        ff.append(np.tile(f, len(e)))
        ee.append(np.repeat(e, len(f)))
        gg.append(np.repeat(np.arange(groups, groups + len(e)), len(f)))
        groups += len(e)
    if not ff:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty, np.zeros(0)
    f_all, e_all, g_all = np.concatenate(ff), np.concatenate(ee), np.concatenate(gg)
    keys, pid = np.unique(f_all * n_to + e_all, return_inverse=True)
    f_of, e_of = keys // n_to, keys % n_to
    t = np.ones(len(keys))
    for _ in range(iterations):
        p = t[pid]
        posterior = p / np.bincount(g_all, p, minlength=groups)[g_all]
        counts = np.bincount(pid, posterior, minlength=len(keys))
        t = counts / np.bincount(f_of, counts, minlength=n_from + 1)[f_of]
    return f_of, e_of, t


def _ranks(counts: np.ndarray) -> np.ndarray:
    """0, 1, .. counts[0]-1, 0, 1, .. counts[1]-1, ...: the position inside each run."""
    return np.arange(int(counts.sum())) - np.repeat(np.cumsum(counts) - counts, counts)


class _Table:
    """One direction of model 1 above a probability floor, indexed by the `from` token."""

    def __init__(self, f_of, e_of, prob, *, floor: float, n_from: int, n_to: int):
        keep = (prob >= floor) & (f_of < n_from)  # not NULL
        order = np.argsort(f_of[keep], kind="stable")
        self.f_of, self.e_of, self.prob = f_of[keep][order], e_of[keep][order], prob[keep][order]
        self.n_to = max(n_to, 1)
        self.known = np.zeros(n_to)  # 1 for a `to` token some `from` token explains
        self.known[self.e_of] = 1.0

    def explain(self, from_ids, pair_from, to_ids, pair_to, weight) -> np.ndarray:
        """Per pair, the weight of the `to` sentence's tokens that the `from` sentence explains
        (each token by the sum of its probabilities given the sentence's tokens, at most 1)."""
        out = np.zeros(len(pair_from))
        if not len(self.prob) or not len(pair_from):
            return out
        # per `from` sentence: the `to` tokens it explains, with how well
        top = int(self.f_of.max())
        lo = np.searchsorted(self.f_of, np.arange(top + 2))
        owner = np.repeat(np.arange(len(from_ids)), [len(ids) for ids in from_ids])
        ids = np.concatenate([*from_ids, np.zeros(0, dtype=np.int64)])
        owner, ids = owner[ids <= top], ids[ids <= top]
        counts = lo[ids + 1] - lo[ids]
        if not counts.sum():
            return out
        idx = np.repeat(lo[ids], counts) + _ranks(counts)
        key = np.repeat(owner, counts) * self.n_to + self.e_of[idx]
        keys, inverse = np.unique(key, return_inverse=True)
        explained = np.minimum(np.bincount(inverse, self.prob[idx]), 1.0)
        # look every token of every pair's `to` sentence up
        sizes = np.array([len(ids) for ids in to_ids], dtype=np.int64)
        flat = np.concatenate([*to_ids, np.zeros(0, dtype=np.int64)])
        lengths = sizes[pair_to]
        owner = np.repeat(np.arange(len(pair_to)), lengths)
        at = np.repeat(np.cumsum(sizes)[pair_to] - lengths, lengths) + _ranks(lengths)
        tokens = flat[at]
        wanted = pair_from[owner] * self.n_to + tokens
        pos = np.minimum(np.searchsorted(keys, wanted), len(keys) - 1)
        hit = keys[pos] == wanted
        gain = np.where(hit, explained[pos], 0.0) * weight[tokens]
        return np.bincount(owner, gain, minlength=len(pair_from))
