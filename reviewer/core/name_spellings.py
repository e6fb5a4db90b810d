"""Whether two Latin spellings of a name are one name transliterated two ways or two names.

Languages write a foreign name each with their own letters for its sounds: Tchaikovsky,
Tschaikowski, Czajkowski; Zelensky, Selenskyj; Kassym-Jomart, Kassym-Schomart; Khrushchev,
Chruschtschow, Hruščov. A version whose spelling differs so from the others' is no error
(`name-consistency` says it as an info at most). A version that writes another name in the
place of the one every other version writes (es Noa Feldman, where en, de, fr write Noa
Friedman and ru, he, ar, hi write the r of Фридман, פרידמן, فريدمان, फ़्रीडमैन) is: the
letters are as near as those of a transliteration, the sounds are not.

So a name's word is read as its consonants in classes that the Latin transliterations trade
(b p f v w ph; k c q g kh h; s z sh ch j zh cz sz rz ts tsch and the letters with a caron or
an acute; t d th dh), while l, r, m and n stay apart: no transliteration between Latin
alphabets turns an r into an l. Vowels and the glides y, i drop. A spelling that reads two
ways (ch: German k, English sh; j: German y, French zh; h: sounded or silent; rz: Polish zh
or r and z) gives each reading; two words are one name when some reading of each is the same.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from itertools import islice, product

from reviewer.core import pattern_cache
from reviewer.core.transliteration import anyascii

# Letters that a caron, an acute or a cedilla makes another sound (Hruščov, Wiśniewska,
# Żelazny, Dvořák, Erdoğan), spelled as the digraphs that write that sound elsewhere; NFKD
# alone would leave č a c, which reads k before an o.
_LETTERS = {
    **dict.fromkeys("šśșş", "sh"),
    **dict.fromkeys("čć", "ch"),
    **dict.fromkeys("žźż", "zh"),
    "ř": "r",  # Dvořák, Dvorak
    "ł": "l",
    "đ": "d",
    "ß": "ss",
    "ı": "i",
}
_LETTER_TABLE = str.maketrans(_LETTERS)

# Spellings, longest first, and the classes each may stand for ("" for none).
_SPELLINGS: dict[str, tuple[str, ...]] = {
    "tsch": ("S",),
    "shch": ("S",),
    "dsch": ("S",),
    "szcz": ("S",),
    "sch": ("S",),
    "tch": ("S",),
    "tsh": ("S",),
    "dzh": ("S",),
    "sh": ("S",),
    "zh": ("S",),
    "cz": ("S",),
    "sz": ("S",),
    "ts": ("S",),
    "tz": ("S",),
    "dz": ("S",),
    "dj": ("S",),
    "ch": ("S", "K"),
    "rz": ("S", "RS"),
    "kh": ("K",),
    "gh": ("K",),
    "ck": ("K",),
    "qu": ("K",),
    "ph": ("B",),
    "th": ("T",),
    "dh": ("T",),
    "x": ("KS",),
    # Greek writes the foreign d and b with two letters (Φρίντμαν, Μπάιντεν)
    "nt": ("NT", "T"),
    "mp": ("MB", "B"),
    "gk": ("K",),
    "h": ("K", ""),
    "j": ("", "S"),
    **dict.fromkeys("bpfvw", ("B",)),
    **dict.fromkeys("kqg", ("K",)),
    **dict.fromkeys("sz", ("S",)),
    **dict.fromkeys("dt", ("T",)),
    "l": ("L",),
    "r": ("R",),
    "m": ("M",),
    "n": ("N",),
}
_LONGEST_SPELLING = 4
_MOST_READINGS = 64  # a word of many two-way spellings: its first readings only
_MOST_CHOICES = 4096


def _letters(word: str) -> str:
    """The word in plain lower-case Latin letters (other scripts through anyascii)."""
    word = word.casefold().translate(_LETTER_TABLE)
    word = "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))
    return "".join(c for c in anyascii(word).lower() if c.isalpha())


@lru_cache(maxsize=8192)
def readings(word: str) -> frozenset[str]:
    """The consonant skeletons a name's word may be read as (Tschaikowski: SKBSK; Feldman:
    BLTMN; Friedman: BRTMN), runs of one class as one."""
    letters = _letters(word)
    parts: list[tuple[str, ...]] = []
    i = 0
    while i < len(letters):
        for size in range(_LONGEST_SPELLING, 0, -1):
            piece = letters[i : i + size]
            if size == 1 and piece == "c":
                # soft before e, i, y; elsewhere k, but ts in the Slavic and Baltic
                # alphabets (Hercog, Herzog)
                soft = letters[i + 1 : i + 2] in ("e", "i", "y")
                parts.append(("S",) if soft else ("K", "S"))
                break
            if piece in _SPELLINGS:
                parts.append(_SPELLINGS[piece])
                break
        else:
            size = 1  # a vowel, a glide: no class
        i += size
    # a run of one part that stands for one class or none (the h of Arabic laughter, ههههه,
    # each sounded or silent) reads as that part once: every choice gave the same two
    # readings, 2**n tries of them (review43); and no word is tried more than _MOST_CHOICES ways
    parts = [
        p
        for k, p in enumerate(parts)
        if k == 0 or p != parts[k - 1] or sum(map(bool, p)) > 1 or max(map(len, p)) > 1
    ]
    found: set[str] = set()
    for choice in islice(product(*parts), _MOST_CHOICES):
        found.add(_collapse("".join(choice)))
        if len(found) >= _MOST_READINGS:
            break
    return frozenset(found)


def _collapse(classes: str) -> str:
    return "".join(c for i, c in enumerate(classes) if i == 0 or c != classes[i - 1])


def one_name(a: str, b: str) -> bool:
    """Whether two spellings of a name's word may be one name transliterated (Selenskyj,
    Zelensky), not two names (Feldman, Friedman)."""
    return not readings(a).isdisjoint(readings(b))


def words_apart(a: str, b: str) -> list[tuple[str, str]]:
    """The pairs of words, in order, of two full names (or hyphenated ones) of as many
    capitalised words that no transliteration makes one (Noa Feldman, Noa Friedman:
    Feldman and Friedman). Particles in lower case (van der, bin) are left out; names of
    different lengths are not judged (none)."""
    parts_a, parts_b = _capitalised(a), _capitalised(b)
    if len(parts_a) != len(parts_b):
        return []
    return [(x, y) for x, y in zip(parts_a, parts_b, strict=True) if not one_name(x, y)]


def heard_in(word: str, text: str) -> bool:
    """Whether `text`, in a spaced script that tells l from r (Cyrillic, Greek, Hebrew,
    Arabic, Devanagari), has a word with a reading of the Latin `word` inside one of its own
    readings (a prefix or a case ending around it: לפרידמן, Фридмана); a word of fewer than
    three classes is never heard (too short to tell)."""
    wanted = [r for r in readings(word) if len(r) >= _FEWEST_HEARD]
    return bool(wanted) and any(
        w in found
        for text_word in _SPACED_WORDS.findall(text)
        for form in {text_word, text_word.translate(_NO_VAV)}
        for found in readings(form)
        for w in wanted
    )


# Classes a reading needs to be looked for inside another script's words: one or two are
# inside most words (Jaiyen's n, Jaidee's t or j-d).
_FEWEST_HEARD = 3
# Hebrew vav and Arabic waw write a vowel (o, u) as often as a consonant: taken both ways
# (ברגלונד, برغلوند: Berglund).
_NO_VAV = str.maketrans("", "", "וو")


# Scripts whose names are heard here: spaced, with one letter for l and another for r (not
# Han, kana, Hangul's ㄹ, Thai without spaces).
_SPACED_WORDS = pattern_cache.compile(
    r"[\p{Cyrillic}\p{Greek}\p{Arabic}\p{Hebrew}\p{Devanagari}\p{Armenian}\p{Georgian}]{2,}"
)


def _capitalised(name: str) -> list[str]:
    return [w for w in name.replace("-", " ").split() if w[:1].isupper()]
