"""The name reader: the capitalised names and acronyms in a sentence, and the words around them.

Translations rewrite words but keep proper names, so the checks compare them across languages
and the aligner and grouping use them as anchors. Each `Mention` carries a `key` that is equal
across scripts for the same name (`Лавров` and `Lawrow` give the same name skeleton);
`NameIndex` finds a name's counterpart in another version. Word lists live in
`data/names.toml`; numbers are read by `number_reader`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import cache, lru_cache
from itertools import compress
from operator import itemgetter
from typing import NamedTuple

from rapidfuzz import fuzz, process

from reviewer.core import data_files, language, pattern_cache
from reviewer.core.mention import NEW, Mention
from reviewer.core.number_reader import month_and_scale_words, month_words
from reviewer.core.transliteration import anyascii

_NOT_A_Z = pattern_cache.compile(r"[^a-z]")
# Greek ου is a u (Ρούι Rui, Πούτιν Putin), which anyascii writes oy (keys roi, poitin)
_GREEK_OU = pattern_cache.compile(r"(?i)ο[υύ]")
_NOT_ACRONYM = pattern_cache.compile(r"[^A-Z0-9]")


class _NameRules(NamedTuple):
    elisions: tuple[str, ...]
    possessives: tuple[str, ...]
    skeleton: tuple[tuple[str, str], ...]
    final_vowels: tuple[str, ...]
    stopwords: dict[str, frozenset[str]]
    openers: dict[str, frozenset[str]]  # no names where they open a sentence
    units: frozenset[str]
    sizes: frozenset[str]  # units after a number only
    anaphors: dict[str, frozenset[str]]


@cache
def _name_rules() -> _NameRules:
    data = data_files.load("names.toml")
    return _NameRules(
        elisions=tuple(sorted(data["elisions"], key=len, reverse=True)),
        possessives=tuple(sorted(data["possessives"], key=len, reverse=True)),
        skeleton=tuple((a, b) for a, b in data["skeleton"]),
        final_vowels=tuple(data["final_vowels"]),
        stopwords={lang: frozenset(words) for lang, words in data["stopwords"].items()},
        openers={lang: frozenset(words) for lang, words in data["openers"].items()},
        units=frozenset(data["units"]["acronyms"]),
        sizes=frozenset(data["units"]["sizes"]),
        anaphors={lang: frozenset(w) for lang, w in data["anaphors"].items()},
    )


# A word: letters and combining marks, with inner apostrophes (l'OCS, Putin's). Hyphens split
# words (Kassym-Jomart -> Kassym, Jomart; US-Dollar -> US, Dollar).
# A script change ends a word too: "SCOは" (Japanese) and "SCO는" (Korean) hold the acronym SCO.
_CASED = r"\p{Latin}\p{Cyrillic}\p{Greek}\p{Armenian}"
_WORD = pattern_cache.compile(
    rf"[{_CASED}][{_CASED}\p{{M}}]*(?:['’][{_CASED}\p{{M}}]+)*['’]?"
    rf"|[^\P{{L}}{_CASED}](?:[^\P{{L}}{_CASED}]|\p{{M}})*"
)
# What may stand between a sentence start and its first word: spaces, quotes, brackets, dashes.
_OPENERS = " \t\n\"'“”„«»‘’‚‹›([{-–—…*•"
_ENDERS = ".!?:;…"


@lru_cache(maxsize=65536)
def name_key(word: str) -> str:
    """The comparison form of a name: ASCII, lower case, common transliteration variants merged.

    Tokaïev, Tokajew and Tokayev share one key; so do Lawrow/Lavrov and Лавров.
    """
    if not word.isascii() and _GREEK_OU.search(word):
        word = _GREEK_OU.sub("u", word)
    key = _NOT_A_Z.sub("", anyascii(word).lower())
    rules = _name_rules()
    for old, new in rules.skeleton:
        key = key.replace(old, new)
    if len(key) >= 4 and key.endswith(rules.final_vowels):
        key = key[:-1]
    return key


# Soundex-like classes: letters that transliterations of one name swap for one another.
# (w/v/b/p/f: Lawrow/Lavrov, بوتين -> bwtyn / Putin; c/k/q/g/x; s/z; d/t; m/n.)
_PHONETIC_CLASSES = str.maketrans("bpfvwckqgxszdtmn", "bbbbbkkkkkssttnn")
_PHONETIC_DROP = "aeiouyjh"  # vowels, and letters transliterations add or drop
_PHONETIC_BYTES = bytes.maketrans(b"bpfvwckqgxszdtmn", b"bbbbbkkkkkssttnn")
_DROP_BYTES = _PHONETIC_DROP.encode()
_ONLY_A_Z = str.maketrans("", "", "".join(chr(c) for c in range(128) if not 97 <= c <= 122))


@lru_cache(maxsize=65536)
def phonetic_key(word: str) -> str:
    """A coarse phonetic key of a name, the same for most of its transliterations.

    Coarser than `name_key` (Putin, Poutine, Путин, पुतिन and بوتين -> `btn`): for proposing
    matches (grouping, alignment evidence), not for saying two names are one.
    """
    # anyascii's output is ASCII: a table over the 128 ASCII characters keeps a-z (most
    # words are a-z already); the rest as bytes, whose tables are C arrays
    lowered = anyascii(word).lower()
    letters = lowered if lowered.isalpha() else lowered.translate(_ONLY_A_Z)
    if not letters:
        return ""
    raw = letters.encode()
    head = raw[:1]
    body = raw[1:].translate(_PHONETIC_BYTES, _DROP_BYTES)  # vowels and the like dropped
    key = (head if head in _DROP_BYTES else head.translate(_PHONETIC_BYTES)) + body
    runs = bytearray(key[:1])  # runs of one letter as one, the first five
    for letter in key[1:]:
        if letter != runs[-1]:
            runs.append(letter)
            if len(runs) == 5:
                break
    return runs.decode()


def acronym_key(word: str) -> str:
    return _NOT_ACRONYM.sub("", anyascii(word).upper())


def similar_names(a: str, b: str, *, cutoff: float = 80.0) -> bool:
    """Whether two name keys may be one name: equal, close (rapidfuzz ratio), or one a stem of
    the other (kazakh/kazakhstan, kasachisch/kasachstan: a shared start of five letters and half
    the shorter key). Short keys (under four letters) must be equal."""
    if a == b:
        return True
    shorter = min(len(a), len(b))
    if shorter < 4:
        return False
    if fuzz.ratio(a, b, score_cutoff=cutoff):
        return True
    prefix = _common_prefix(a, b)
    return prefix >= 5 and prefix >= 0.5 * shorter


_COMPOUND_TAIL = 6  # shortest name key looked for at the end of a compound word


def counterpart(name: str, word: str, *, capitalised: bool, cutoff: float = 80.0) -> bool:
    """Whether `word` (a key) in a translation may stand for the name key `name`: looser than
    `similar_names`, since it only ever silences a finding. Also accepts an inflected form
    (presiden/prasidenten: the longer key cut to the shorter's length + 1), a name fused into
    a compound (Jesus/Jesucristo: the shorter key less its ending starts the longer), a name
    that closes a compound (Minister/Innenminister) and, for
    a lower-case word, a derived adjective sharing the first three letters and 60 % of the
    shorter key (rusia/russe). Capitalised words keep the strict test, so Iran and Irak stay
    apart."""
    if similar_names(name, word, cutoff=cutoff):
        return True
    if len(name) >= _COMPOUND_TAIL and len(word) > len(name) and _closes(word, name):
        return True  # the name closes a compound: Minister / Innenminister
    return _looser(name, word, capitalised, cutoff)


# What a German compound may carry after the name it closes: its case and plural endings
# (des Lichterfestivals, den Innenministern).
_COMPOUND_ENDINGS = ("", "s", "es", "n", "en", "e", "er")


def _closes(word: str, name: str) -> bool:
    """Whether `word` ends with `name`, or with `name` and a case or plural ending."""
    return any(
        word.endswith(name + ending) and len(word) > len(name) + len(ending)
        for ending in _COMPOUND_ENDINGS
    )


def _looser(name: str, word: str, capitalised: bool, cutoff: float) -> bool:
    """`counterpart`'s last three rules: an inflected form, a fused compound, an adjective."""
    short, long = (name, word) if len(word) >= len(name) else (word, name)
    if len(short) == 3 and len(long) == 4 and long.startswith(short) and long[3] == "s":
        # a short name and its genitive s (de Lechs: Lech; stop 39); a key drops its vowels'
        # endings (ru Леха, Lech: leh), and other letters make another name (id Tang Wei for
        # Tan Wei, Yoon Tae-ho for Yoo Tae-ho: silent, review39)
        return True
    # An inflection changes a name's ending, never its initial (`NameIndex` looks only among
    # the keys of the same initial: baaaab against aaaaaaaa passed here, and not there).
    if (
        len(short) >= 5
        and short[0] == long[0]
        and fuzz.ratio(short, long[: len(short) + 1], score_cutoff=cutoff)
    ):
        return True
    if len(short) >= 5 and len(long) > len(short) and long.startswith(short[:-1]):
        return True  # a name fused into a compound: Jesus / Jesucristo, Jesuschristus
    if capitalised:
        return False
    prefix = _common_prefix(name, word)
    return prefix >= 3 and prefix >= 0.6 * len(short)


class NameIndex:
    """Name keys of a cell or a document, ready for many fuzzy look-ups.

    Equality is a set look-up, the ratio test one C-speed scan (rapidfuzz `process.extractOne`),
    and the stem rules run only over keys that can pass them: the same first five letters
    (`similar_names`), the same first letter (`counterpart`).
    """

    def __init__(self, items: Iterable[tuple[str, bool]]) -> None:
        self._pairs = dict.fromkeys(items)
        self._exact = {key for key, _ in self._pairs if key}
        # Built at the first look-up that needs them (a third of the cells' indexes never do):
        self._long: list[str] | None = None  # the distinct keys of four letters or more
        self._by_stem: dict[str, list[str]] | None = None  # those of five or more by them
        self._by_initial: dict[str, list[tuple[str, bool]]] | None = None
        self._joined: str | None = None  # the keys of four letters or more, joined

    def __contains__(self, key: str) -> bool:
        """`key` itself is here (the first test of `match`, `similar` and `counterpart`)."""
        return key in self._exact

    def _keys_of_four(self) -> list[str]:
        if self._long is None:
            self._long = list(dict.fromkeys(k for k, _ in self._pairs if len(k) >= 4))
        return self._long

    def similar(self, key: str, *, cutoff: float = 80.0) -> bool:
        """Some key here passes `similar_names` with `key`."""
        return self.match(key, cutoff=cutoff) is not None

    def match(self, key: str, *, cutoff: float = 80.0) -> str | None:
        """A key here that passes `similar_names` with `key` (itself first), else None: a
        message can then say which spelling the document uses."""
        if key in self._exact:
            return key
        if len(key) < 4 or not key:
            return None
        found = process.extractOne(
            key, self._keys_of_four(), scorer=fuzz.ratio, score_cutoff=cutoff
        )
        if found:
            return found[0]
        # What is left of `similar_names`: every key of four letters or more failed the
        # ratio, shorter ones need equality, so only the stem rule (a shared start of five).
        if len(key) < 5:
            return None
        if self._by_stem is None:
            self._by_stem = {}
            for other in self._keys_of_four():
                if len(other) >= 5:
                    self._by_stem.setdefault(other[:5], []).append(other)
        return next(
            (
                other
                for other in self._by_stem.get(key[:5], ())
                if _common_prefix(key, other) >= 0.5 * min(len(key), len(other))
            ),
            None,
        )

    def _closes_longer(self, key: str) -> bool:
        """Some key of four letters or more here is longer than `key` and ends with it (or with
        it and a case ending, `_closes`): `str.find` over the keys joined by newlines (a key
        that holds none), where a loop over them cost a Python step each (every look-up of a
        name no cell has)."""
        if self._joined is None:
            keys = self._keys_of_four()
            self._joined = "\n" + "\n".join(keys) + "\n" if all("\n" not in k for k in keys) else ""
        if not self._joined:
            return any(len(o) > len(key) and _closes(o, key) for o in self._keys_of_four())
        for ending in _COMPOUND_ENDINGS:
            needle = key + ending + "\n"
            at = self._joined.find(needle, 1)
            while at > 0:
                if self._joined[at - 1] != "\n":  # the match starts inside a longer key
                    return True
                at = self._joined.find(needle, at + 1)
        return False

    def counterpart(self, key: str, *, cutoff: float = 80.0) -> bool:
        """Some key here passes `counterpart` for the name `key`."""
        if self.similar(key, cutoff=cutoff):
            return True
        if len(key) >= _COMPOUND_TAIL and self._closes_longer(key):
            return True  # `counterpart`'s compound tail, whatever the compound's initial
        if not key:
            return False
        if self._by_initial is None:
            self._by_initial = {}
            for pair in self._pairs:
                if pair[0]:
                    self._by_initial.setdefault(pair[0][0], []).append(pair)
        # `counterpart`'s first two rules failed for every key here (just above): its last.
        return any(
            _looser(key, other, capitalised, cutoff)
            for other, capitalised in self._by_initial.get(key[0], ())
        )


def _common_prefix(a: str, b: str) -> int:
    prefix = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        prefix += 1
    return prefix


@lru_cache(maxsize=65536)
def _clean_word(word: str) -> tuple[str, int]:
    """`word` without a leading elision (l', d') or a trailing possessive ('s), and how many
    characters were cut from its start."""
    rules = _name_rules()
    normal = word.replace("’", "'")
    cut = 0
    lower = normal.lower()
    for elision in rules.elisions:
        if lower.startswith(elision) and len(normal) > len(elision):
            cut = len(elision)
            word, normal = word[cut:], normal[cut:]
            break
    for possessive in rules.possessives:
        if normal.endswith(possessive):
            word, normal = word[: -len(possessive)], normal[: -len(possessive)]
            break
    return word, cut


@cache
def _clean_needs_apostrophe() -> bool:
    """Whether `_clean_word` cuts only words with an apostrophe (true of data/names.toml)."""
    rules = _name_rules()
    return all("'" in affix for affix in (*rules.elisions, *rules.possessives))


def words(text: str) -> list[tuple[str, int, int]]:
    """Every word of `text` as (word, start, end), elisions and possessives stripped."""
    return list(_words(text))


@lru_cache(maxsize=4096)
def _words(text: str) -> tuple[tuple[str, int, int], ...]:
    # Cached: a cell is read for its vocabulary, its names and its counterparts.
    if "'" not in text and "’" not in text and _clean_needs_apostrophe():
        # Every elision and possessive has an apostrophe: without one no word is cut (most
        # sentences; a quarter of name-mismatch's time went to cleaning words that need none).
        # (`concurrent=False`: `regex` otherwise lets the lock go and takes it again around
        # each match of a `str`, a sixth of this loop's time)
        matches = _WORD.finditer(text, concurrent=False)
        return tuple((m.group(), m.start(), m.end()) for m in matches)
    found = []
    for match in _WORD.finditer(text, concurrent=False):
        word, cut = _clean_word(match.group())
        start = match.start() + cut
        if word:
            found.append((word, start, start + len(word)))
    return tuple(found)


def lowercase_vocabulary(texts: Iterable[str]) -> frozenset[str]:
    """The words seen in lower case somewhere in `texts`: a capitalised sentence opener that is in
    here is a common word, not a name."""
    return frozenset(w for text in texts for w, _, _ in _words(text) if w[0].islower())


def sentence_initial(text: str, start: int) -> bool:
    """Whether the word at `start` opens a sentence (only quotes, brackets, dashes before it)."""
    return _sentence_initial(text, start)


def _sentence_initial(text: str, start: int) -> bool:
    i = start - 1
    while i >= 0 and text[i] in _OPENERS:
        i -= 1
    return i < 0 or text[i] in _ENDERS


def _last_before(text: str, start: int) -> int:
    """The index of the last character before `start` that is no space (-1: none): looked
    at backwards, not on a copy of all before it (a text of 20,000 capitalised months took
    3 s)."""
    i = start - 1
    while i >= 0 and text[i].isspace():
        i -= 1
    return i


def _after_number(text: str, start: int) -> bool:
    """Whether a digit or a vulgar fraction (2 ½ TL) comes before `start`, spaces between
    ("8 Марта")."""
    i = _last_before(text, start)
    return i >= 0 and (text[i].isdigit() or text[i] in _FRACTIONS)


_FRACTIONS = frozenset("¼½¾⅐⅑⅒⅓⅔⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞")


# What may stand between a day's number and its month: "4 de Diciembre", "4 di Dicembre".
_DATE_LINKS = frozenset({"de", "del", "di", "do", "da"})


def _day_before(text: str, start: int) -> bool:
    """Whether a day's number comes before the month word at `start`, directly ("8 Марта")
    or through a link word ("4 de Diciembre": Spanish capitalises a month now and then)."""
    if _after_number(text, start):
        return True
    i = j = _last_before(text, start)
    while j >= 0 and text[j].isalpha():
        j -= 1
    return text[j + 1 : i + 1] in _DATE_LINKS and _after_number(text, j + 1)


def stopwords() -> dict[str, frozenset[str]]:
    """Function words per language (data/names.toml), lower case."""
    return _name_rules().stopwords


def anaphor(text: str, lang: str) -> str | None:
    """A pronoun or generic description in `text` that may stand for a name (sa, son, elle,
    örgüt, 该组织), or None: the evidence that a name left out was not lost."""
    found = _name_rules().anaphors.get(lang, frozenset())
    if lang in language.UNSPACED:
        return next((a for a in sorted(found) if a in text), None)
    return next((w for w, _, _ in _words(text) if w.lower() in found), None)


def capitalised_inside(texts: Iterable[str]) -> frozenset[str]:
    """The words seen capitalised somewhere other than at a sentence start in `texts`: a
    sentence opener that is never among them (Губернатор, Der) is more likely a common word
    than a name."""
    found: set[str] = set()
    for text in texts:
        found_words = _words(text)
        # the capitalised words picked in C (most words are not), then their places tested
        capitalised = map(str.isupper, map(itemgetter(0), map(itemgetter(0), found_words)))
        found.update(
            w
            for w, start, _ in compress(found_words, capitalised)
            if not _sentence_initial(text, start)
        )
    return frozenset(found)


# Languages whose common nouns are capitalised: a capitalised word is no sign of a name there.
CAPITALISED_NOUNS = frozenset({"de", "lb"})


# Languages that write a proper name's case ending after an apostrophe (Turkish: Ankara'da,
# PhotoSort'un, PNG'ye): the key is the name's ("ankarad" met "Ankara" only by chance, and an
# acronym with an ending was no acronym).
_SUFFIX_AFTER_APOSTROPHE = frozenset({"tr"})
_APOSTROPHE = pattern_cache.compile("['’]")


def _in_capitals(word: str) -> bool:
    """Two letters or more, all capitals: an acronym, or a word of a shout."""
    letters = list(filter(str.isalpha, word))  # (in C: no Python step a character)
    return len(letters) >= 2 and all(map(str.isupper, letters))


def _capitals_beside(written: Sequence[tuple[str, int, int]], index: int) -> bool:
    """Whether a word next to `written[index]` is in capitals too."""
    return any(
        0 <= other < len(written) and _in_capitals(written[other][0])
        for other in (index - 1, index + 1)
    )


# Languages that write their months in lower case: there a capitalised month word inside a
# sentence, not after a day's number ("8 Марта", the holiday), is a name (ru "старая Марта",
# old Marta, was read as "of March" and the name lost in every row that wrote it; es Julio).
LOWERCASE_MONTHS = frozenset({"es", "fr", "it", "nl", "pl", "pt", "ru", "uk"})


def names(text: str, lang: str, *, vocabulary: frozenset[str] | None = None) -> list[Mention]:
    """Capitalised name words and acronyms in `text`, keyed for fuzzy comparison across scripts.

    `vocabulary` holds the words seen in lower case in the whole document (see
    `lowercase_vocabulary`); without it, `text` itself is used. A sentence-initial word that is
    in it, or in the language's stopwords, is not a name.
    """
    rules = _name_rules()
    stop = rules.stopwords.get(lang, frozenset())
    openers = rules.openers.get(lang, frozenset())
    # "Mai", "November" are dates and "Milliarden" a scale word, not names.
    number_words = month_and_scale_words(lang)
    lowercase_months = month_words(lang) if lang in LOWERCASE_MONTHS else frozenset()
    if vocabulary is None:
        vocabulary = lowercase_vocabulary([text])
    found: list[Mention] = []
    suffixed = lang in _SUFFIX_AFTER_APOSTROPHE
    shouted: bool | None = None  # whether the whole text is in capitals: asked once, if ever
    written = _words(text)
    for index, (word, start, end) in enumerate(written):
        if len(word) < 2 or not word[0].isupper():
            continue
        if suffixed and ("'" in word or "’" in word):
            word = _APOSTROPHE.split(word, 1)[0]  # Ankara'da, PNG'ye: the name, not its case
            end = start + len(word)
        lower = word.lower()
        if lower in number_words and not (
            lower in lowercase_months
            and not _sentence_initial(text, start)
            and not _day_before(text, start)
        ):
            continue
        if word in rules.units or (word in rules.sizes and _after_number(text, start)):
            continue  # USD; 2 GB, 3 GHz, 2 Go
        second = word[1:2]  # a letter in lower case there (most names) makes no acronym
        if not (second.isalpha() and not second.isupper()) and _in_capitals(word):
            # An acronym that spells a function word (fr CE, the European mark, is "ce"; en
            # US, IT) is one, unless the whole text is in capitals (a shouted headline) or a
            # word beside it is ("THE PRESIDENT IS IN TOWN. More follows.").
            if lower in stop:
                if shouted is None:
                    shouted = text.upper() == text
                if shouted or _capitals_beside(written, index):
                    continue
            found.append(NEW(Mention, ("acronym", acronym_key(word), start, end, word, None)))
            continue
        if lower in stop:
            continue
        if (lower in vocabulary or lower in openers) and _sentence_initial(text, start):
            continue
        key = name_key(word)
        if key:
            found.append(NEW(Mention, ("name", key, start, end, word, None)))
    return found
