"""What of a document survives translation, whatever its genre and script.

Two kinds of evidence. *Features* name things a translation repeats: numbers (read by
`number_reader.numbers`, so `25 000`, `25000` and `25,000` are one, and so are `4.1亿` and
`410 миллионов`), URLs, and names reduced to a
phonetic skeleton of their transliteration (Tokayev, Tokaïev, Tokajew and Токаев all become
`tkb`). News is full of them; a novel, a law or a Bible chapter has few. *Shape* is what every
translation keeps even without them: how many paragraphs, where each ends as a fraction of the
text (a translation is longer or shorter as a whole, not paragraph by paragraph), how many
sentences each holds, how much text there is, and a profile of questions, exclamations,
quotes, brackets, colons, list items and headings.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from itertools import chain

from reviewer.core import pattern_cache
from reviewer.core.evidence import phonetic_key
from reviewer.core.model import Segment
from reviewer.core.number_reader import numbers
from reviewer.core.transliteration import anyascii

_NAME = pattern_cache.compile(r"\b\p{Lu}[\p{L}\p{M}'’-]{2,}")
_CASELESS_LATIN = pattern_cache.compile(
    r"\b[A-Za-z][A-Za-z-]{2,}"
)  # Latin words inside caseless scripts
_CASED_SCRIPT = pattern_cache.compile(r"[\p{Latin}\p{Cyrillic}\p{Greek}\p{Armenian}]")
_URL = pattern_cache.compile_re(r"https?://[^\s<>\"'»“”]+|www\.[^\s<>\"'»“”]+", re.IGNORECASE)
_LETTER_OR_DIGIT = pattern_cache.compile(r"[\p{L}\p{N}]")
# a line that may hold a figure (\d: every script)
_FIGURE = pattern_cache.compile_re(r"[\d十百千万萬亿億兆]")
# Profile of marks translators keep, one count per kind (see `marks`).
_MARKS = ("?¿？", "!¡！", '"“”„«»‹›「」『』', "()[]（）【】", ":：", ";；")
_LIST_ITEM = pattern_cache.compile_re(r"^\s*(?:[-*•·–—▪◦]|\d{1,3}[.)]|[a-z][.)])\s")
SHAPE_PARAGRAPHS = 5  # fewer paragraphs than this are too little shape to tell documents apart
_SENTENCE_END = ".!?。！？…।॥։።܀۔"
# Question marks: the closing one (`¿` would count Spanish twice), `?` not followed by a Latin
# letter (Kabyle text in the Bible corpus has `?` for a lost `Ɣ` at the start of words); Armenian
# puts its own over a vowel inside the word.
_QUESTION = pattern_cache.compile(r"\?(?![\p{Latin}\d])|[？؟՞]")
_QUOTE = '"“”„«»‹›「」『』'
_QUOTE_MARK = pattern_cache.compile_re("[" + re.escape(_QUOTE) + "]")
_QUESTION_MARKS = "?？؟՞"  # every character `_QUESTION` matches
# Every character of `_MARKS`, `_QUOTE` and `_QUESTION_MARKS`: what `_mark_counts` scans for.
_ANY_MARK = pattern_cache.compile_re(
    "[" + re.escape("".join(dict.fromkeys("".join((*_MARKS, _QUOTE, _QUESTION_MARKS))))) + "]+"
)
# Punctuation inside a sentence: every mark of any script (Armenian `՝`, Gujarati `,`, Ojibwe
# `᙮`...), less a hyphen or apostrophe inside a word and the marks that end the sentence.
_PUNCTUATION = pattern_cache.compile(r"\p{P}")
_IN_WORD = pattern_cache.compile(r"(?<=\p{L})['’\-](?=\p{L})")
_TRAILING = pattern_cache.compile(r"[\p{P}\s]+$")
PUNCTUATION_ROWS = 4  # fewer aligned rows than this are too few to correlate
NAME_KEY_LETTERS = 3  # shorter name skeletons are met by chance across languages
RECURRING_PLACES = 3  # places a paragraph is cut in, for the words that recur (see below)
_WORD = pattern_cache.compile(r"\p{L}[\p{L}\p{M}]*")
# Scripts written without spaces: a run of letters there is a clause, not a word.
_UNSPACED = pattern_cache.compile(
    r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}\p{Tibetan}]"
)


@dataclass(frozen=True)
class Fingerprint:
    """Features and shape of one document (see the module docstring)."""

    features: frozenset[str]
    paragraphs: int  # text paragraphs (boilerplate lines left out)
    source_urls: tuple[str, ...]  # URLs on lines marked as source/credit: what it cites
    boundaries: tuple[float, ...] = ()  # where each paragraph but the last ends, in (0, 1)
    sentences: tuple[int, ...] = ()  # sentences per paragraph
    chars: int = 0  # characters of text, without white space
    marks: tuple[int, ...] = ()  # _MARKS counts, then list items and headings
    # per paragraph, where each sentence but the last ends, as a fraction of the paragraph
    sentence_ends: tuple[tuple[float, ...], ...] = ()
    questions: tuple[int, ...] = ()  # question marks per paragraph; () when there are none
    quotes: tuple[int, ...] = ()  # quotation marks per paragraph; () when there are none
    katakana: frozenset[str] = frozenset()  # `katakana_keys` of a Japanese text's katakana


def _normalise_url(url: str) -> str:
    url = url.lower().rstrip(".,;:)]}")
    url = re.sub(r"^https?://", "", url)
    return url.removeprefix("www.").rstrip("/")


def number_keys(text: str, lang: str) -> set[str]:
    """Numbers of `text` as comparable keys, read by `number_reader.numbers` (the product's one
    number reader: `25 000` = `25000` = `25,000`, `4.1亿` = `410 миллионов` = 410000000,
    `6万` = `60,000`, digits of every script): `n:25000`; dates as `n:d14.3` (`14 March` =
    `3月14日`); values from 1900 to 2099 as years (`y:2024`).

    Whole numbers up to 12 are left out, and so are months and numbers in words: often
    spelt out in one language and not in another (`tháng 11` is `novembre`), and often
    shared by chance. Only lines with a digit or a CJK unit are read: reading the others
    cost four times as much and found nothing here.
    """
    keys: set[str] = set()
    text = "\n".join(line for line in text.splitlines() if _FIGURE.search(line))
    for mention in numbers(text, lang, words=False):
        kind, key = mention.kind, mention.key
        if kind == "date":
            keys.add("n:d" + key.removeprefix("d:"))
            # and its day alone: a range is read as a day and a date in one language (29 and
            # 30 October) and as a date and a day in another (10月29日和30日)
            day = key.removeprefix("d:").partition(".")[0]
            if day.isdigit() and int(day) > 12:
                keys.add("n:" + day)
        elif kind not in ("number", "percent", "year"):
            continue
        elif len(key) == 4 and key[:2] in ("19", "20") and key.isdigit():
            # A year, shared by chance by every article of its time; 1,900 too, since a
            # language without separators writes that count as 1900.
            keys.add("y:" + key)
        elif "." in key or (key.isdigit() and int(key) > 12):
            keys.add("n:" + key)
    return keys


def name_keys(words: Iterable[str], cache: dict[str, str], lang: str | None = None) -> set[str]:
    """`k:` phonetic skeletons of `words` (names in `lang`; `cache`: word -> skeleton,
    shared)."""
    keys: set[str] = set()
    for word in words:
        key = _cached_skeleton(word, lang, cache)
        if len(key) >= 2:
            keys.add("k:" + key)
    return keys


# A Latin c before e, i or y (and ç) is said s in most languages that write it so (Marcel,
# Vincent, Lucía, François): Марсель and マルセル say s too. Not in these: Turkish c is j and
# ç is ch (Cin, Cinping: Jin, Jinping; Çin: China), Italian ci is chi (Cesare, Чезаре),
# Vietnamese c is k, Indonesian c is ch (Cina).
_SOFT_C = pattern_cache.compile_re("[cC](?=[eiyéèêëíìîïýEIY])|[çÇ]")
_HARD_C = frozenset({"tr", "it", "vi", "id"})


def skeleton(word: str, lang: str | None = None) -> str:
    """A name's phonetic skeleton for grouping: `evidence.phonetic_key` of its name part
    (`name_part`), a soft c read as s unless `lang` reads it otherwise (Marcel `nrsl` as
    Марсель, not `nrkl`; Turkish Cin `kn`)."""
    part = name_part(word)
    return phonetic_key(part if lang in _HARD_C else _SOFT_C.sub("s", part))


def _cached_skeleton(word: str, lang: str | None, cache: dict[str, str]) -> str:
    """`skeleton`, memoised in `cache` (a word of a hard-c language under the word and a tab,
    a character no word holds)."""
    entry = word + "\t" if lang in _HARD_C else word
    key = cache.get(entry)
    if key is None:
        key = cache[entry] = skeleton(word, lang)
    return key


_FIRST_LETTER = pattern_cache.compile(r"\p{L}")
_LATIN_LETTER = pattern_cache.compile(r"\p{Latin}")
# The supported languages written in the Latin script.
LATIN_SCRIPT = frozenset({"de", "en", "es", "fr", "id", "it", "nl", "pl", "pt", "tr", "vi"})
_APOSTROPHE = pattern_cache.compile_re("['’]")


def name_part(word: str) -> str:
    """The name in a word with an apostrophe: after a short elision (l'Europe, d'Italia), before
    a suffix or a possessive (Turkish Correr'de, Venedik'teki, Ocak'a; Rossi's), so that the
    forms of one name get one phonetic key."""
    found = _APOSTROPHE.search(word)
    if found is None:
        return word
    before, after = word[: found.start()], word[found.end() :]
    return after if len(before) <= 2 and after else before


def sentence_names(texts: Iterable[str], lang: str) -> set[str]:
    """The capitalised words of `texts` (sentences in `lang`) that are names: those written
    capitalised inside a sentence at least once (Elena Rossi). A word capitalised only at a
    sentence's start is a common word there (La mostra, Sergi, Bilet, İlk): counted as names
    such words swamped the real ones, and a Turkish version with one changed figure shared
    too few names to join its group. A Latin word in text of another script is a name
    wherever it stands (Safegosa запустила, Zelopire ने)."""
    names: set[str] = set()
    foreign = lang not in LATIN_SCRIPT
    for text in texts:
        first = _FIRST_LETTER.search(text)
        for match in _NAME.finditer(text):
            if first is None or match.start() != first.start():
                names.add(match.group())
            elif foreign and _LATIN_LETTER.match(match.group()):
                names.add(match.group())
    return names


# Katakana: Japanese writes foreign names (クレール, マルセル) and loanwords (コーヒー, カップ) in
# it, without capitals; a run of it is a name candidate. `ー` lengthens a vowel and `ッ`
# doubles the next consonant: neither is a sound of the key.
_KATAKANA_RUN = pattern_cache.compile_re("[\u30a1-\u30fa\u30fc]{2,}")
_KATAKANA_SILENT = str.maketrans("", "", "\u30c3\u30fc")
# The classes of `evidence.phonetic_key`, with l and r one letter: Japanese has one for both.
_KANA_CLASSES = str.maketrans("bpfvwckqgxszdtmnl", "bbbbbkkkkkssttnnr")
_KANA_VOWELS = str.maketrans("", "", "aeiouyjh")
_DOUBLED = pattern_cache.compile_re(r"(.)\1+")
KATAKANA_KEY_LETTERS = 3  # shorter katakana keys (アンナ an, カップ kb) meet names by chance
KATAKANA_MATCHES = 3  # a key that meets more name skeletons than this says nothing


def katakana_keys(text: str) -> frozenset[str]:
    """The keys of the katakana runs of a Japanese text, to be met with the name skeletons
    of the other documents (`katakana_names`): the run transliterated, its letters in the
    classes of `evidence.phonetic_key`, doubled letters once, vowels dropped but the first
    letter kept, and l and r one letter, since Japanese transliteration has one sound for
    both and puts a vowel after every consonant (クレール kureru, Claire -> `krr`; マルセル
    maruseru, Marcel, Марсель -> `nrsr`), and a first vowel `a` (イーロン, Elon). Nothing in
    the key says a run is a name: a loanword (テレビ `trb`) counts only where some document
    has a name of that key."""
    keys = (
        _sound_key(anyascii(run.translate(_KATAKANA_SILENT))) for run in _KATAKANA_RUN.findall(text)
    )
    return frozenset(key for key in keys if len(key) >= KATAKANA_KEY_LETTERS)


def _sound_key(written: str) -> str:
    """A transliterated run's key (`katakana_keys`): its letters in the classes of
    `evidence.phonetic_key`, doubled letters once, vowels dropped but the first letter kept,
    a first vowel `a`, five letters at most."""
    letters = _DOUBLED.sub(
        r"\1", "".join(c for c in written.lower() if "a" <= c <= "z").translate(_KANA_CLASSES)
    )
    return _kana_head(letters[:1] + letters[1:].translate(_KANA_VOWELS))[:5]


_HANGUL_WORD = pattern_cache.compile_re("[\uac00-\ud7a3]{2,}")
# Particles a Korean word ends with (다나카 씨를, 파리에, 간토는): taken off before the key.
_HANGUL_PARTICLES = (
    "에서는", "에서", "에게", "으로", "씨는", "씨를", "씨가", "씨의", "까지", "부터", "이다",
    "입니다", "은", "는", "이", "가", "을", "를", "의", "에", "로", "와", "과", "도", "씨",
)  # fmt: skip


def hangul_keys(text: str) -> frozenset[str]:
    """`katakana_keys` for the words of a Korean text: Korean writes a foreign name by sound
    in Hangul (다나카 Tanaka, 간토 Kanto, 파리 Paris), among its own words, which no key tells
    apart; only a key that some document has a name of counts (`katakana_names`). A Korean
    interview whose one figure was changed, its names all in Hangul, had nothing in common
    with its six versions but the year (stop 38)."""
    keys = set()
    for word in _HANGUL_WORD.findall(text):
        for particle in _HANGUL_PARTICLES:
            if word.endswith(particle) and len(word) - len(particle) >= 2:
                word = word[: -len(particle)]
                break
        key = _sound_key(anyascii(word).lower().replace("eu", ""))
        if len(key) >= KATAKANA_KEY_LETTERS:
            keys.add(key)
    return frozenset(keys)


def _kana_head(key: str) -> str:
    """`key` with an initial vowel as `a`: transliterations start a name with other vowels
    (Elon `eln`, イーロン iron)."""
    return "a" + key[1:] if key[:1] in ("a", "e", "i", "o", "u", "y") else key


def katakana_names(
    prints: Sequence[Fingerprint], weights: Mapping[str, float] | None = None
) -> list[Fingerprint]:
    """`prints` with each Japanese text's katakana runs (`katakana_keys`) as the name
    skeletons (`k:`) of the other documents that they meet (l and r one letter): a run that
    meets no name (most loanwords) or more than KATAKANA_MATCHES gives nothing, and a rare
    name met (`_heard_by_chance`) gives nothing unless a document that writes it shares
    something else rare with the text. `weights`: the features' idf (grouping_candidates.
    idf_weights), where already computed."""
    if not any(p.katakana for p in prints):
        return list(prints)
    skeletons: dict[str, set[str]] = {}
    for feature in frozenset().union(*(p.features for p in prints)):  # the distinct ones, in C
        if feature.startswith("k:"):
            skeletons.setdefault(_kana_head(feature[2:].replace("l", "r")), set()).add(feature)
    heard: list[dict[str, set[str]]] = []  # per document: each name met, by which keys
    for p in prints:
        met: dict[str, set[str]] = {}
        for key in p.katakana:
            if len(matches := skeletons.get(key, set())) <= KATAKANA_MATCHES:
                for feature in matches - p.features:
                    met.setdefault(feature, set()).add(key)
        heard.append(met)
    chance = _heard_by_chance(prints, heard, weights)
    found = []
    for p, met, lost in zip(prints, heard, chance, strict=True):
        kept = met.keys() - lost
        found.append(replace(p, features=p.features | kept) if kept else p)
    return found


# A rare name (written in this many documents or fewer) that a text's sounds meet counts only
# where a document that writes it shares another rare feature with the text.
HEARD_POSTINGS = 50


def _heard_by_chance(
    prints: Sequence[Fingerprint],
    heard: Sequence[Mapping[str, set[str]]],
    weights: Mapping[str, float] | None,
) -> list[set[str]]:
    """Per document, the names among those it `heard` (`katakana_names`: each name with the
    keys that met it) that it meets by chance: written in HEARD_POSTINGS documents or
    fewer, none of which shares with it another feature of HEARD_POSTINGS documents or
    fewer: one of its own, or a name that another of its keys met (one key meets Blbst and
    Brbst alike). A document with no such feature of its own (a story without figures) has
    nothing to tell them by and keeps what it heard: among 40 short texts a Japanese
    story's loanwords (タクシー) met names by chance that kept it out of a notice's group.
    Every Hangul word of two syllables is a key (`hangul_keys`), and the more
    documents a folder has, the more names such keys meet: in the planted stories put in
    one folder (1,088 documents) a Korean recall notice heard 18 names of other stories,
    none of its versions', which halved its score with each of them; in its own folder its
    keys meet only its story's names. A name a translation hears is written in its
    versions, which share its figures or its other names."""
    wanted = set().union(*heard)
    if not wanted:
        return [set() for _ in prints]
    if weights is None:
        weights = {
            f: math.log(1 + len(prints) / n)
            for f, n in Counter(chain.from_iterable(p.features for p in prints)).items()
        }
    rare_weight = math.log(1 + len(prints) / HEARD_POSTINGS)  # (the idf's: 50 documents)
    holders: dict[str, list[int]] = {}
    for index, p in enumerate(prints):
        for feature in p.features & wanted:
            holders.setdefault(feature, []).append(index)
    lost: list[set[str]] = []
    for p, met in zip(prints, heard, strict=True):
        own = {f for f in p.features if weights.get(f, 0.0) >= rare_weight} if met else None
        if not own:  # nothing heard, or nothing else to share: what it heard is all it has
            lost.append(set())
            continue
        chance = set()
        rare = {g: by for g, by in met.items() if len(holders[g]) <= HEARD_POSTINGS}
        for name, keys in rare.items():
            evidence = own.union(g for g, by in rare.items() if by - keys)
            if evidence.isdisjoint(chain.from_iterable(prints[d].features for d in holders[name])):
                chance.add(name)
        lost.append(chance)
    return lost


def paragraph_names(
    segments: Sequence[Segment], cache: dict[str, str], lang: str | None = None
) -> tuple[frozenset[str], ...]:
    """Per text paragraph (as `Fingerprint.paragraphs` counts them), the phonetic skeletons
    of its capitalised words, three letters or more; () where the script has no capitals
    (Syriac, Gujarati, Coptic, Cherokee here): there a name looks like any word."""
    texts: dict[int, list[str]] = {}
    for segment in segments:
        if segment.boilerplate is None:
            texts.setdefault(segment.paragraph, []).append(_URL.sub(" ", segment.text))
    paragraphs = [t for _, parts in sorted(texts.items()) if (t := " ".join(parts).strip())]
    if not _CASED_SCRIPT.search("".join(paragraphs)):
        return ()
    found = []
    for text in paragraphs:
        keys = set()
        for word in _NAME.findall(text):
            key = _cached_skeleton(word, lang, cache)
            if len(key) >= NAME_KEY_LETTERS:
                keys.add(key)
        found.append(frozenset(keys))
    return tuple(found)


def recurring_words(segments: Sequence[Segment]) -> tuple[int, frozenset[int]]:
    """The paragraph count and the patterns of the words that recur: each paragraph is cut
    in RECURRING_PLACES places (thirds of its characters), and for each word (case folded,
    any script) met in two places or more but not in all, the set of its places is a bit
    mask. A name or a key term recurs in the same places of every version, whatever its
    script and whether it has capitals (a translation keeps the order of a paragraph's
    verses and roughly their lengths), so a translation shares patterns that an unrelated
    text of the same shape does not. Scripts written without spaces (Chinese, Japanese,
    Thai...) have no words to read here: none."""
    texts: dict[int, list[str]] = {}
    for segment in segments:
        if segment.boilerplate is None:
            texts.setdefault(segment.paragraph, []).append(segment.text)
    paragraphs = [t for _, parts in sorted(texts.items()) if (t := " ".join(parts).strip())]
    where: dict[str, int] = {}
    for number, text in enumerate(paragraphs):
        size = len(text)
        for match in _WORD.finditer(text.casefold()):
            word = match.group()
            if not _UNSPACED.search(word):
                third = RECURRING_PLACES * (match.start() + match.end()) // (2 * size)
                place = number * RECURRING_PLACES + min(RECURRING_PLACES - 1, third)
                where[word] = where.get(word, 0) | 1 << place
    places = len(paragraphs) * RECURRING_PLACES
    return len(paragraphs), frozenset(m for m in where.values() if 2 <= m.bit_count() < places)


def recurring_agreement(
    a: tuple[int, frozenset[int]], b: tuple[int, frozenset[int]]
) -> float | None:
    """How many more word patterns (`recurring_words`) two documents share than chance, as a
    z ((shared - expected) / sqrt(expected + 1)); expected: for each pattern of `a` with k
    places, the share of `b`'s patterns with k places among all C(n, k) such patterns. None
    where the paragraph counts differ or are under SHAPE_PARAGRAPHS, or a side has no
    pattern (nothing recurs: nothing to tell).

    On the Bible tune books (seeds 0-2, pairs verified on shape that pass), translations
    median 2.4 to 2.6, others 0.4 to 0.6 (with whole paragraphs as places: 1.3 against 0.3 to
    0.5); the area under the curve of the verified score among those pairs goes from
    0.87-0.93 to 0.93-0.96 with it."""
    count, these = a
    those = b[1]
    if count != b[0] or count < SHAPE_PARAGRAPHS or not these or not those:
        return None
    places = count * RECURRING_PLACES
    sizes: dict[int, int] = {}
    for mask in those:
        sizes[mask.bit_count()] = sizes.get(mask.bit_count(), 0) + 1
    expected = sum(sizes.get(k := m.bit_count(), 0) / math.comb(places, k) for m in these)
    shared = len(these & those)
    return (shared - expected) / math.sqrt(expected + 1)


def names_elsewhere(
    newcomer: Sequence[frozenset[str]], members: Sequence[Sequence[frozenset[str]]]
) -> float | None:
    """Whether a newcomer to a group has the names the group places in a paragraph in that
    paragraph, as a sign test's z ((in place - elsewhere) / sqrt(both)); None where nothing
    can be told (fewer than two members with names and as many paragraphs, or none of the
    names they agree on in the newcomer).

    A name that two versions in different languages put in the same paragraph is in that
    paragraph of the text; a translation has it there too (or spells it otherwise), while a
    neighbouring part of the same book names the same people in other paragraphs."""
    count = len(newcomer)
    alike = [m for m in members if len(m) == count]
    if not count or len(alike) < 2:
        return None
    placed: dict[tuple[int, str], int] = {}
    for member in alike:
        for place, keys in enumerate(member):
            for key in keys:
                placed[(place, key)] = placed.get((place, key), 0) + 1
    anywhere = frozenset().union(*newcomer)
    here = there = 0
    for (place, key), seen in placed.items():
        if seen >= 2 and key in anywhere:
            if key in newcomer[place]:
                here += 1
            else:
                there += 1
    if not here + there:
        return None
    return (here - there) / math.sqrt(here + there)


def names_in_place(
    a: Sequence[frozenset[str]], b: Sequence[frozenset[str]], weight: Mapping[str, float]
) -> float | None:
    """Whether two documents name the same rare names in the same paragraphs: the weight
    (`weight`: a name key's idf over the corpus, 0 for one met everywhere) of the names both
    have in a common paragraph, less that of the names both have but in other paragraphs.
    None where a side has no names or the paragraph counts differ.

    A name that few documents of the corpus have is strong evidence where two documents put it
    in the same paragraph; the book's main characters, named in every part, weigh little. On
    the Bible tune books (seeds 3-5, pairs verified on shape) 34 % of the translations and 2 %
    of the others with a verified score that passes reach 3 (about two rare names)."""
    if not a or not b or len(a) != len(b):
        return None
    shared = frozenset().union(*a) & frozenset().union(*b)
    total = 0.0
    for key in shared:
        value = weight.get(key, 0.0)
        total += value if any(key in x and key in y for x, y in zip(a, b, strict=True)) else -value
    return total


def _mark_counts(
    paragraph_texts: Sequence[str], whole: str
) -> tuple[tuple[int, ...], tuple[int, ...], tuple[int, ...]]:
    """The mark profile (`Fingerprint.marks`: counts of questions, exclamations, quotes,
    brackets, colons, semicolons, list items and headings, a heading being a one-line
    paragraph without a sentence end), and the question and quotation marks per paragraph
    (`Fingerprint.questions`, `.quotes`), from one scan of `whole` (the paragraphs joined by
    newlines) for every such mark: most documents have few, so the counts are taken from that
    short list and the paragraphs are read one by one only for a kind that occurs."""
    found = "".join(_ANY_MARK.findall(whole))
    counts = [sum(found.count(c) for c in chars) for chars in _MARKS]
    counts.append(sum(1 for p in paragraph_texts if _LIST_ITEM.match(p)))
    counts.append(
        sum(1 for p in paragraph_texts if p and len(p) < 80 and p.rstrip()[-1] not in _SENTENCE_END)
    )
    none = (0,) * len(paragraph_texts)
    questions = (
        tuple(len(_QUESTION.findall(t)) for t in paragraph_texts)
        if any(c in found for c in _QUESTION_MARKS)
        else none
    )
    quotes = (
        tuple(len(_QUOTE_MARK.findall(t)) for t in paragraph_texts)
        if any(c in found for c in _QUOTE)
        else none
    )
    return tuple(counts), questions, quotes


def fingerprint(
    segments: Sequence[Segment], lang: str, *, cache: dict[str, str] | None = None
) -> Fingerprint:
    """Features and shape of one document's segments in `lang` (whose conventions the
    numbers are read by); boilerplate lines give URLs only."""
    cache = {} if cache is None else cache
    features: set[str] = set()
    sources: list[str] = []
    texts: dict[int, list[str]] = {}
    for segment in segments:
        text = segment.text
        if "http" in text or "www." in text:
            for url in _URL.findall(text):
                normalised = _normalise_url(url)
                features.add("u:" + normalised)
                if segment.boilerplate in ("source", "credit"):
                    sources.append(normalised)
            text = _URL.sub(" ", text)
        if segment.boilerplate is not None or not _LETTER_OR_DIGIT.search(segment.text):
            continue  # boilerplate, or marks alone (* * *, a code fence): no shape
        texts.setdefault(segment.paragraph, []).append(text)
    # A paragraph that was a URL alone is blank once the URL is taken out: it has no shape.
    paragraph_texts = [t for _, parts in sorted(texts.items()) if (t := " ".join(parts).strip())]
    whole = "\n".join(paragraph_texts)
    features |= number_keys("\n".join(t for parts in texts.values() for t in parts), lang)
    # Names: the capitalised words (`sentence_names`), or in a caseless script its Latin words.
    if _CASED_SCRIPT.search(whole):
        names = sentence_names([t for _, parts in sorted(texts.items()) for t in parts], lang)
    else:
        names = _CASELESS_LATIN.findall(whole)
    features |= name_keys(names, cache, lang)
    katakana = (
        katakana_keys(whole)
        if lang == "ja"
        else hangul_keys(whole)
        if lang == "ko"
        else frozenset()
    )
    # Characters without white space, per sentence: a paragraph's are the sum of its own.
    sizes = [[len("".join(t.split())) for t in parts] for _, parts in sorted(texts.items())]
    lengths = [total for part_sizes in sizes if (total := sum(part_sizes))]
    sentence_ends = []
    for part_sizes in sizes:
        size, running, ends = sum(part_sizes) or 1, 0, []
        for length in part_sizes[:-1]:
            running += length
            ends.append(running / size)
        sentence_ends.append(tuple(ends))
    profile, questions, quotes = _mark_counts(paragraph_texts, whole)
    total = sum(lengths)
    boundaries: list[float] = []
    running = 0
    for length in lengths[:-1]:
        running += length
        boundaries.append(running / total if total else 0.0)
    return Fingerprint(
        frozenset(features),
        len(paragraph_texts),
        tuple(sources),
        tuple(boundaries),
        tuple(len(part_sizes) for part_sizes in sizes),
        total,
        profile,
        tuple(sentence_ends),
        questions if any(questions) else (),
        quotes if any(quotes) else (),
        katakana,
    )


def shares(p: Fingerprint) -> list[float]:
    """Each paragraph's share of the text."""
    ends = (0.0, *p.boundaries, 1.0)
    return [ends[i + 1] - ends[i] for i in range(len(ends) - 1)]


def shape_similarity(a: Fingerprint, b: Fingerprint) -> float | None:
    """How alike the paragraph lengths of two documents are, in [0, 1]; None when either has
    fewer than SHAPE_PARAGRAPHS paragraphs (too little shape to tell).

    With as many paragraphs on both sides: the correlation of the logarithms of their shares
    (a long paragraph stays long in translation, whatever the language's length), and their
    L1 distance (on the Bible dev set, translations are within 0.2, other parts of the same
    book mostly beyond). Otherwise the paragraph ends are matched, each scoring by its
    distance to the nearest end of the other, so that a split or dropped paragraph costs only
    its own end, and the score is lowered by 0.2 for the difference in count.
    """
    if a.paragraphs < SHAPE_PARAGRAPHS or b.paragraphs < SHAPE_PARAGRAPHS:
        return None
    if a.paragraphs != b.paragraphs:
        ends = 0.5 * (
            _nearest(a.boundaries, b.boundaries, 0.06) + _nearest(b.boundaries, a.boundaries, 0.06)
        )
        if abs(a.paragraphs - b.paragraphs) == 1:
            ends = max(ends, _one_paragraph_more(shares(a), shares(b)))
        return max(0.0, ends - 0.2)
    return _shares_similarity(shares(a), shares(b))


def _one_paragraph_more(these: list[float], those: list[float]) -> float:
    """The best `_shares_similarity` of two documents once one paragraph of the one with a
    paragraph more is left out (its share of the rest renormalised): a version that added a
    paragraph, or left one out, keeps the others' lengths, while every end after it moves
    by its share, which `_nearest` then misses (a poem of a title and four stanzas against
    its French version with a stanza more: 0.05-0.12 by the ends)."""
    longer, shorter = (these, those) if len(these) > len(those) else (those, these)
    best = 0.0
    for skip in range(len(longer)):
        rest = longer[:skip] + longer[skip + 1 :]
        total = sum(rest)
        if total > 0:
            best = max(best, _shares_similarity([v / total for v in rest], shorter))
    return best


def _shares_similarity(a: list[float], b: list[float]) -> float:
    """The correlation of the logarithms of two equal lists of paragraph shares and their L1
    distance, in [0, 1] (see `shape_similarity`)."""
    x = [math.log(max(v, 1e-4)) for v in a]
    y = [math.log(max(v, 1e-4)) for v in b]
    mx, my = sum(x) / len(x), sum(y) / len(y)
    sxy = sum((u - mx) * (v - my) for u, v in zip(x, y, strict=True))
    sx = math.sqrt(sum((u - mx) ** 2 for u in x))
    sy = math.sqrt(sum((v - my) ** 2 for v in y))
    correlation = sxy / (sx * sy) if sx and sy else 0.0
    distance = 0.5 * sum(abs(u - v) for u, v in zip(a, b, strict=True))
    return 0.6 * max(0.0, correlation) + 0.4 * max(0.0, 1.0 - distance / 0.2)


def _nearest(these: Sequence[float], those: Sequence[float], tolerance: float) -> float:
    """Mean over `these` of 1 - d / tolerance (at least 0), d the distance to the nearest of
    `those` (both sorted)."""
    total = 0.0
    j = 0
    n = len(those)
    for x in these:
        while j + 1 < n and those[j + 1] <= x:
            j += 1
        d = min(abs(x - those[j]), abs(those[j + 1] - x) if j + 1 < n else 1.0)
        total += max(0.0, 1.0 - d / tolerance)
    return total / len(these) if these else 1.0


def sentence_similarity(a: Fingerprint, b: Fingerprint) -> float | None:
    """Agreement of sentences per paragraph (same paragraph count only): 1 - relative L1."""
    if a.paragraphs != b.paragraphs or a.paragraphs < SHAPE_PARAGRAPHS:
        return None
    diff = sum(abs(x - y) for x, y in zip(a.sentences, b.sentences, strict=True))
    return 1.0 - diff / (sum(a.sentences) + sum(b.sentences))


def sentence_ends_agreement(a: Fingerprint, b: Fingerprint, tolerance: float = 0.08) -> float:
    """How much more often than by chance the sentence ends inside paragraphs coincide
    (paragraph by paragraph, as fractions of the paragraph), per sentence end of the side
    with fewer: a translation mostly keeps its sentences, unrelated text of the same
    paragraph shape does not (on the Bible dev set, median 0.18 against 0.0). 0 where the
    paragraph counts differ or neither side splits its paragraphs: nothing to go on."""
    if a.paragraphs != b.paragraphs:
        return 0.0
    hits = expected = 0.0
    count = 0
    for these, those in zip(a.sentence_ends, b.sentence_ends, strict=True):
        small, large = (these, those) if len(these) <= len(those) else (those, these)
        for x in small:
            count += 1
            hits += any(abs(x - y) <= tolerance for y in large)
            expected += min(1.0, 2 * tolerance * len(large))
    return (hits - expected) / count if count else 0.0


def placement_agreement(
    a: tuple[int, ...], b: tuple[int, ...], absent_a: bool = False, absent_b: bool = False
) -> float:
    """Whether two documents' marks of one kind (questions, quotes; counts per paragraph,
    the same number of paragraphs) fall in the same paragraphs, in [-1, 1]: the histogram
    intersection of the two distributions, 0 to 1, stretched to -1 to 1. A translation keeps a
    question a question in its paragraph; an unrelated part of the same shape puts its own
    elsewhere. A side without any such mark speaks (as 0) only where `absent_*` says its
    language is known to write them, scaled down below four marks on the other side. Where
    both sides have some, scaled down below two on the side with fewer: a translator's
    choice weighs as much as one mark, and one question placed among the other side's four
    is one placement (met by chance in the longest paragraph), not four. 0 where neither
    side has any."""
    ta, tb = sum(a), sum(b)
    if not (ta or tb):
        return 0.0
    if not ta or not tb:
        if not (absent_a if not ta else absent_b):
            return 0.0
        return -min(1.0, (ta + tb) / 4)
    overlap = sum(min(x / ta, y / tb) for x, y in zip(a, b, strict=True))
    return min(1.0, min(ta, tb) / 2) * (2 * overlap - 1)


def marks_similarity(a: Fingerprint, b: Fingerprint) -> float | None:
    """1 - Bray-Curtis distance of the mark profiles; None when neither has any mark."""
    total = sum(a.marks) + sum(b.marks)
    if total < 4:
        return None
    return 1.0 - sum(abs(x - y) for x, y in zip(a.marks, b.marks, strict=True)) / total


def length_agreement(a: Fingerprint, b: Fingerprint, expected: float, spread: float) -> float:
    """How well the two texts' length ratio fits what their languages' ratio predicts
    (`expected`, a log ratio b/a), as a Gaussian of the deviation in units of `spread`."""
    if not a.chars or not b.chars:
        return 0.0
    deviation = (math.log(b.chars / a.chars) - expected) / spread
    return math.exp(-0.5 * deviation * deviation)


def inner_punctuation(sentence: str) -> int:
    """Marks inside a sentence (commas, semicolons, colons, dashes, brackets, quotes in any
    script): a translation mostly keeps a verse's clauses, so these follow each other."""
    text = _TRAILING.sub("", _IN_WORD.sub("", sentence))
    return len(_PUNCTUATION.findall(text))


def punctuation_agreement(rows: Sequence[tuple[str, str]]) -> float | None:
    """Correlation of the density of inner punctuation (marks per character) over aligned
    sentence pairs, -1 to 1: translations keep the clause structure of a sentence; unrelated
    sentences that an aligner paired by their lengths do not. Densities, not counts: a longer
    sentence has more commas in any text, and the aligner pairs sentences by their length.
    None (abstain) under PUNCTUATION_ROWS rows or where a side writes no inner marks at all
    (Syriac and Coptic in the Bible corpus)."""
    if len(rows) < PUNCTUATION_ROWS:
        return None
    x = [inner_punctuation(a) / max(1, len(a)) for a, _ in rows]
    y = [inner_punctuation(b) / max(1, len(b)) for _, b in rows]
    if not any(x) or not any(y):
        return None
    return correlation(x, y)


def correlation(x: Sequence[float], y: Sequence[float]) -> float | None:
    """Pearson's correlation of two series of one length; None where either is constant."""
    n = len(x)
    mx, my = sum(x) / n, sum(y) / n
    sx = math.sqrt(sum((u - mx) ** 2 for u in x))
    sy = math.sqrt(sum((v - my) ** 2 for v in y))
    if not sx or not sy:
        return None
    return sum((u - mx) * (v - my) for u, v in zip(x, y, strict=True)) / (sx * sy)


def word_counts(segments: Sequence[Segment]) -> dict[str, int]:
    """How often each word (case folded, any script) occurs in a document's text; none in a
    script written without spaces (a run of letters there is a clause)."""
    counts: dict[str, int] = {}
    for segment in segments:
        if segment.boilerplate is None:
            for word in _WORD.findall(segment.text.casefold()):
                if not _UNSPACED.search(word):
                    counts[word] = counts.get(word, 0) + 1
    return counts


def topic_vectors(counts: Sequence[Mapping[str, int]]) -> list[dict[str, float]]:
    """Tf-idf vectors of unit length of documents in one language, the idf over them: what
    a text is about, as its own language says it (the words of a chapter on a wedding feast
    against one on a shipwreck)."""
    seen: dict[str, int] = {}
    for words in counts:
        for word in words:
            seen[word] = seen.get(word, 0) + 1
    vectors = []
    for words in counts:
        vector = {w: c * math.log(len(counts) / seen[w]) for w, c in words.items()}
        norm = math.sqrt(sum(v * v for v in vector.values())) or 1.0
        vectors.append({w: v / norm for w, v in vector.items() if v})
    return vectors


def cosine(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    """Cosine of two unit-length vectors."""
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(w, 0.0) for w, v in a.items())
