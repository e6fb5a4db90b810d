"""Foreign names written by sound in scripts without Latin letters (里韦拉 and リベラ for
Ribera, ホルム for Holm, ג'קרטה and جاكرتا for Jakarta, Илон Маск for Elon Musk, 노바크 for
Novak).

The name checks compare names by their Latin transliteration, which fails where a script
writes a foreign name by its sounds in its own way: Chinese with characters chosen from a
small set, Japanese in katakana (no l), Hebrew and Arabic without their vowels, Russian with
its own (Маск). Every Chinese version got "zh may translate it" for each name of a row. Such
a name keeps the consonants of the original, in classes these scripts cannot tell apart (l
and r, b p f v w, d t, g k j q, s z c x and the hissing digraphs, m n): `consonants` gives
that skeleton for a Latin (or transliterated) name, and `written_in` tells whether a text has
it: in a run of Chinese sound characters or katakana, in one to three Thai words
(`thai_words`), at the start of a Korean word, or in a word of another script (a one-letter
prefix, "in", "and", the article, taken off in Hebrew and Arabic; vav and waw, often vowels,
also left out there).
The Chinese characters are the common ones of the standard transliteration tables (Xinhua's
name handbooks), from the maintainers' knowledge; a name of one consonant class (Ana, Rui) is
too short to tell and never matches.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from reviewer.core import pattern_cache, thai_words
from reviewer.core.transliteration import anyascii

if TYPE_CHECKING:
    import regex

_SOUND_CHARACTERS = (
    "阿埃艾爱安昂奥澳巴芭白拜班邦保鲍贝本比彼毕宾滨波伯博布查察柴昌彻楚茨达戴丹道德登邓迪蒂帝"
    "丁东杜敦顿多厄恩尔法凡范菲费芬丰冯夫弗伏福富盖甘冈高戈哥格根贡古瓜圭果哈海汉罕豪赫亨洪胡华"
    "怀惠霍基吉加迦佳贾杰捷金津居喀卡凯坎康考柯科克肯孔库夸奎昆拉腊莱赖兰朗劳勒雷蕾黎里利莉丽连"
    "列林琳玲留柳龙隆卢鲁路伦罗洛吕马玛迈麦曼芒毛梅门蒙孟米密明缪摩莫默姆穆纳娜乃奈南楠瑙内尼妮"
    "宁纽农努诺欧帕派潘庞佩彭皮珀普齐奇恰乔切钦琴丘屈让热瑞若萨塞赛桑森沙莎珊尚绍舍申圣施什史舒"
    "斯松苏索塔泰坦汤唐陶特提廷通图托瓦万旺威韦维温文翁沃乌伍武西希锡席夏谢辛欣休许雅亚扬耶叶伊"
    "依因英尤于约扎詹泽兹佐铁娅琪黛茜丝姬莲柏鹿瑟堡"
)
_RUNS = {
    "zh": pattern_cache.compile(f"[{_SOUND_CHARACTERS}]{{2,}}"),
    "ja": pattern_cache.compile(r"[\p{Katakana}ー]{2,}"),
    "th": pattern_cache.compile(r"\p{Thai}{2,}"),  # no spaces between words: `_THAI_WORDS`
}
# Thai is taken in pieces of whole words (`thai_words`), one to this many in a row: a name is
# a word of the list (ลอนดอน) or letters outside it (จาการ์ + ตา, ส + มิ + ธ). Any stretch of
# letters met most names in a sentence that had none (London, Robert, Kyiv in a weather notice).
_THAI_WORDS = 3
# ... or more, while they are short together: the word list cuts a foreign name into pieces
# that are words of its own (รอ + ต + เท + อร์ดัม, Rotterdam, four pieces of 11 letters: "th
# has no counterpart" in a storm-barrier story, stop 41).
_THAI_LETTERS = 12
_THAI_MOST_WORDS = 5
_THAI_LEADING_VOWELS = "\u0e40\u0e41\u0e42\u0e43\u0e44"  # เ แ โ ใ ไ, written before their consonant
# Words of scripts that write a foreign name as one word of their own letters, and the
# letters that may be written onto it in front (Hebrew ב ה ו כ ל מ ש, Arabic ب ف ك ل و and
# the article ال).
_WORDS = {
    "he": (pattern_cache.compile(r"[\p{Hebrew}'׳]{2,}"), ("ב", "ה", "ו", "כ", "ל", "מ", "ש")),
    "ar": (
        pattern_cache.compile(r"\p{Arabic}{2,}"),
        ("ال", "بال", "وال", "لل", "ب", "ف", "ك", "ل", "و"),
    ),
    "hi": (pattern_cache.compile(r"\p{Devanagari}{2,}"), ()),
    "ru": (pattern_cache.compile(r"\p{Cyrillic}{2,}"), ()),
    "uk": (pattern_cache.compile(r"[\p{Cyrillic}'’]{2,}"), ()),
    "el": (pattern_cache.compile(r"\p{Greek}{2,}"), ()),
}
_HYPHENED = {
    lang: pattern_cache.compile(rf"{_WORDS[lang][0].pattern}(?:-{_WORDS[lang][0].pattern})+")
    for lang in ("el", "ru", "uk", "hi")
}
# Korean writes a foreign name in Hangul syllables, one word with what follows it written on
# (드라바강을, "the Drava river" as object; 오시예크의, "of Osijek"): the name is a beginning of
# two syllables or more of a word.
_HANGUL_WORD = pattern_cache.compile(r"\p{Hangul}{2,}")
_FINAL_NG = 21  # a Hangul syllable's final consonant ㅇ, in the order of Unicode's syllables
# ... and the vowels before it that write a French nasal, in that order: ㅏ ㅐ ㅑ ㅔ ㅗ ㅙ ㅛ
_NASAL_VOWELS = frozenset((0, 1, 2, 5, 8, 10, 12))
_NASAL_N = pattern_cache.compile_re(r"[aeiouy]n(?![aeiouyn])")
LANGUAGES = frozenset(_RUNS) | frozenset(_WORDS) | {"ko"}
# Consonant classes a name needs to be looked for: scripts that write no vowels meet a name of
# two in common words (Hebrew מחר, "tomorrow", is m-h-r: Maria, Müller).
_FEWEST = {"he": 3, "ar": 3}
ABJADS = frozenset(_FEWEST)
# ... but Hebrew spells a foreign word with a doubled vav or yod (the consonants v and y) or a
# geresh (ג'): such a word may be a name of two (איוון, Ivan; אוסייק, Osijek).
_FOREIGN_SPELLING = {"he": pattern_cache.compile(r"וו|יי|['׳]")}
# Abjads whose vav and waw (anyascii v, w) are as often a vowel as a consonant: taken both ways.
# Elsewhere v is a consonant (Greek β in βόρειες, "northern", met Lisa with it left out).
_VOWEL_LETTERS = frozenset({"he", "ar"})
# ... the letters themselves, not anyascii's v and w: Hebrew bet without its dot is a v too
# (ברגלונד, vrglvnd, lost its b with the vav: Berglund was "he may translate it", stop 43).
_VAV = str.maketrans("", "", "וو")


def _without_vav(word: str) -> str:
    return anyascii(word.translate(_VAV)).lower()


_LONGEST = 8  # characters: a name part longer than this is taken in pieces of at most this

# Pinyin initials and Latin consonants, by the class Chinese transcription keeps.
_CLASS = {
    **dict.fromkeys("bpfvw", "B"),
    **dict.fromkeys("dt", "D"),
    **dict.fromkeys("gkjq", "G"),
    **dict.fromkeys("szcx", "S"),
    **dict.fromkeys("lr", "L"),
    **dict.fromkeys("mn", "N"),
}
_R_BEFORE_CONSONANT = pattern_cache.compile_re(r"r(?![aeiouy])")
_BURG = pattern_cache.compile_re(r"b(?:e|u|ou)rg(?:h)?$")
_INITIALS = ("zh", "ch", "sh", "ts", *"bpmfdtnlgkhjqxrzcsywv")  # pinyin's, and kana's ts and v


def _collapse(classes: list[str]) -> str:
    return "".join(c for i, c in enumerate(classes) if i == 0 or c != classes[i - 1])


@lru_cache(maxsize=4096)
def consonants(name: str) -> str:
    """The consonant classes of a name written in Latin letters (or transliterated to them),
    repeats collapsed: Ribera and Rivera give LBL, Manuel NL, Galán GLN."""
    word = anyascii(name).lower()
    out: list[str] = []
    i = 0
    while i < len(word):
        pair = word[i : i + 2]
        if pair in ("ch", "sh", "zh", "ts"):
            out.append("S")
            i += 2
            continue
        if pair in ("ph", "th", "qu", "gu"):
            out.append({"ph": "B", "th": "D", "qu": "G", "gu": "G"}[pair])
            i += 2
            continue
        c = word[i]
        if c == "c":
            out.append("S" if word[i + 1 : i + 2] in ("e", "i", "y") else "G")
        elif c in _CLASS:
            out.append(_CLASS[c])
        i += 1
    return _collapse(out)


@lru_cache(maxsize=8192)
def _syllable(character: str) -> tuple[str, ...]:
    """The classes one sound character or kana gives: its initial's, and N for a final n or
    ng (兰 lan: L N); 尔 and 儿 (er) write a final l or r; ッ only doubles the next."""
    pinyin = anyascii(character).lower()
    if pinyin == "er":
        return ("L",)
    if character in "ッっ":
        return ()
    if character == "จ":  # Thai writes j with it (จาการ์ตา, Jakarta), anyascii ch
        return ("G",)
    initial = next((p for p in _INITIALS if pinyin.startswith(p)), "")
    classes = []
    if initial in ("zh", "ch", "sh", "ts"):
        classes.append("S")
    elif initial and initial in _CLASS:
        classes.append(_CLASS[initial])
    if pinyin.endswith(("n", "ng")) and len(pinyin) > len(initial) + 1:
        classes.append("N")
    return tuple(classes)


def _skeletons(run: str) -> set[str]:
    """The skeletons of every piece of a run of sound characters (a name may stand beside
    sound characters that are words: 在, 以 are not in the set, 大, 美 are)."""
    found = set()
    for start in range(len(run)):
        classes: list[str] = []
        y = _opens_with_y(run[start : start + 2])
        for end in range(start, min(len(run), start + _LONGEST)):
            classes.extend(_syllable(run[end]))
            if end > start:
                skeleton = _collapse(classes)
                found.add(skeleton)
                if y:
                    found.add("Y" + skeleton)
    return found


def _thai_skeletons(run: str) -> set[str]:
    """The skeletons of every piece of one to `_THAI_WORDS` words of a run of Thai letters,
    or up to `_THAI_MOST_WORDS` of `_THAI_LETTERS` letters at most."""
    found = set()
    words = thai_words.words(run)
    for start in range(len(words)):
        classes: list[str] = []
        letters = 0
        y = _opens_with_y(words[start].lstrip(_THAI_LEADING_VOWELS))
        for count, word in enumerate(words[start : start + _THAI_MOST_WORDS], 1):
            letters += len(word)
            if count > _THAI_WORDS and letters > _THAI_LETTERS:
                break
            classes.extend(c for character in word for c in _syllable(character))
            skeleton = _collapse(classes)
            found.add(skeleton)
            if y:
                found.add("Y" + skeleton)
    return found


def _opens_with_y(letters: str) -> bool:
    """Whether letters of any script begin with the sound y (Я, ย, ي, י, 얀, ヤ, 扬), or an i
    before a vowel that writes it (イェ, Иерусалим, Ιερουσαλήμ): the one place a name's j
    heard as a y may be (`_spoken_forms`)."""
    first = _latin(letters[:1])
    if first[:1] != "i":
        return first[:1] == "y"
    return (first[1:] or _latin(letters[1:2]))[:1] in ("a", "e", "o", "u")


@lru_cache(maxsize=8192)
def _latin(character: str) -> str:
    """One character in Latin letters, lower case (asked at every start of a long run)."""
    return anyascii(character).lower()


@lru_cache(maxsize=2048)
def _text_skeletons(text: str, lang: str) -> frozenset[str]:
    if lang == "th":
        return frozenset(s for run in _RUNS[lang].findall(text) for s in _thai_skeletons(run))
    if lang in _RUNS:
        return frozenset(s for run in _RUNS[lang].findall(text) for s in _skeletons(run))
    if lang == "ko":
        # the nasal readings marked "~": only a name with a nasal vowel may take them
        return frozenset(
            mark + y + consonants("".join(form[:end]))
            for word in _HANGUL_WORD.findall(text)
            for mark, form in (("", word), ("~", _nasal(word)))
            for y in ("", "Y")[: 1 + _opens_with_y(word)]
            for end in range(2, min(len(word), _LONGEST) + 1)
        )
    pattern, prefixes = _WORDS[lang]
    foreign = _FOREIGN_SPELLING.get(lang)
    found = set()
    # and the words a hyphen joins, whole (Σου-τζιν for Su-jin: Σου alone is one class)
    joined = (
        [w.replace("-", "") for w in _HYPHENED[lang].findall(text)] if lang in _HYPHENED else []
    )
    for word in pattern.findall(text) + joined:
        mark = "+" if foreign is not None and foreign.search(word) else ""
        for form in (word, *(word[len(p) :] for p in prefixes if word.startswith(p))):
            letters = anyascii(form).lower()
            for y in ("", "Y")[: 1 + _opens_with_y(letters)]:
                found.add(mark + y + consonants(letters))
                if lang in _VOWEL_LETTERS:
                    found.add(mark + y + consonants(_without_vav(form)))
            if lang == "el":
                found.add(mark + consonants(_GREEK_STOPS.sub(_greek_stop, letters)))
                found.add(mark + consonants(_GREEK_OPENING.sub(_greek_stop, letters)))
    return frozenset(found)


def _nasal(word: str) -> tuple[str, ...]:
    """A Hangul word's syllables in Latin letters, a final ㅇ (ng) written n: Korean writes a
    French nasal vowel so (발몽 for Valmont, 몽펠리에 for Montpellier), where the ng's g
    stood for nothing of the name. Only after the vowels that write one (옹 on, 앙 an, 앵 in,
    뇽 gnon, 엥 ien): 가능성 (possibility) and 정부 (government) were Johnson and Jensen."""
    return tuple(
        anyascii(syllable)[:-1] if _nasal_final(syllable) else syllable for syllable in word
    )


def _nasal_final(syllable: str) -> bool:
    """Whether a Hangul syllable ends in ㅇ after a vowel Korean writes French nasals with."""
    at = ord(syllable) - 0xAC00
    return 0 <= at < 11172 and at % 28 == _FINAL_NG and at // 28 % 21 in _NASAL_VOWELS


def _nasal_name(word: str) -> bool:
    """Whether a name (in Latin letters, lower case) has a vowel and n before a consonant or
    its end, as a French nasal vowel (Valmont, Lyon, Chopin; not Danone, Bonn)."""
    return _NASAL_N.search(word) is not None


# Greek writes the foreign d, b and g with two letters (Ντεμίρ for Demir, Μπάιντεν for Biden,
# Γκρέτα for Greta), which transliterate as nt, mp and gk: a name was "not kept" there. Within
# a word they are also nd, mb and ng (Μπραντ for Brandt: only the first is b), γγ is ng
# (Αγγελα, Angela) and τζ the j of Johnson and George (Τζόνσον, Τζορτζ; review35).
_GREEK_STOPS = pattern_cache.compile(r"nt|mp|gk|gg|tz")
_GREEK_OPENING = pattern_cache.compile(r"^(?:nt|mp|gk)|gg|tz")
_GREEK_SOUNDS = {"nt": "d", "mp": "b", "gk": "g", "gg": "ng", "tz": "j"}


def _greek_stop(match: regex.Match[str]) -> str:
    return _GREEK_SOUNDS[match.group()]


def written_in(name: str, text: str, lang: str = "zh", *, fewest: int | None = None) -> bool:
    """Whether `text` (in `lang`, one of `LANGUAGES`) writes the Latin (or transliterated)
    `name` by sound: in an abjad, a name of `fewest` classes or more (default three: two meet
    common words there; a caller with other evidence that the name is kept may ask for two).
    A final d, t, s, x or z may be silent and unwritten (Marchand: 马尔尚) where three classes
    remain; an English th may be written as an s (Marathon: マラソン,
    马拉松); Chinese also leaves out an r before a consonant (Rotterdam: 鹿特丹, Jakarta:
    雅加达)."""
    if lang not in LANGUAGES:
        return False
    found = _text_skeletons(text, lang)
    fewest = _FEWEST.get(lang, 2) if fewest is None else fewest
    if any(_spoken_in(form, found, lang, fewest) for form in _spoken_forms(name, lang)):
        return True
    # A name of two capitalised parts written as one word (SpaceLink, PayPal) is two words in
    # a script without capitals (ar سبيس لينك): each part heard (an Arabic version kept
    # SpaceLink and was told "ar may translate it" in every row, stop 43).
    parts = _CAMEL_PARTS.findall(name) if _CAMEL.search(name) else ()
    return len(parts) > 1 and all(
        any(_spoken_in(form, found, lang, fewest) for form in _spoken_forms(part, lang))
        for part in parts
    )


_CAMEL = pattern_cache.compile(r"\p{Ll}\p{Lu}")
_CAMEL_PARTS = pattern_cache.compile(r"\p{Lu}\p{Ll}+")


def one_class_in(name: str, text: str, lang: str) -> bool:
    """Whether `text` (in `lang`) holds a word of the one consonant class of `name` (Abe: b,
    as el Άμπε; Li: l, as ru Ли), which `written_in` does not test: two classes are the
    fewest that tell names apart, but one tells Άμπε from Κισίντα."""
    if lang not in LANGUAGES:
        return False
    skeleton = consonants(anyascii(name).lower())
    if len(skeleton) != 1:
        return False
    return any(found.lstrip("+~") == skeleton for found in _text_skeletons(text, lang))


# Polish spellings of sounds that other alphabets write with one letter (Rząsa: Жонса,
# Szczęsny: Щенсны, Wałęsa: Валенса); anyascii reads rz as r and z, ą as a.
_POLISH = {"rz": "zh", "sz": "sh", "cz": "ch", "ch": "h", "ą": "on", "ę": "en", "ł": "l"}
_POLISH_HINT = pattern_cache.compile_re("rz|sz|cz|[ąęł]")
_POLISH_SOUND = pattern_cache.compile_re("|".join(_POLISH))
_VOWELS = frozenset("aeiouy")


def _spoken_forms(name: str, lang: str) -> tuple[str, ...]:
    """The name's Latin letters, and as the other scripts may hear them (see `written_in`)."""
    word = anyascii(name).lower()
    forms = {word, word.replace("th", "s")}
    lowered = name.lower()
    if "х" in lowered:  # Cyrillic kh, heard as an h: Охрид オフリド, 奥赫里德 (stop 40)
        forms.add(anyascii(lowered.replace("х", "h")))
    if _POLISH_HINT.search(lowered):
        forms.add(anyascii(_POLISH_SOUND.sub(lambda m: _POLISH[m.group()], lowered)))
    if word[:1] == "j" and word[1:2] in _VOWELS and len(consonants(word[1:])) >= 3:
        # the j of Dutch, German, Nordic and Polish names is a y (Jansen: ยันเซน, 얀선; stop 41);
        # three classes left at least (Joseph's "oseph", two, met テスファエ's スファ). "Y"
        # marks it: heard only where a word opens with a y, as Spanish and French j, Jorge's
        # and Jean's, are none (heard anywhere, the NSN left of Jansen, Johnson, Jensen met
        # ar الإنسان, "man", he ניסיון, "attempt", ru нанесённый, "inflicted": review41).
        forms.add("Y" + word[1:])
    if lang in ("zh", "ja"):  # katakana too: Carter カーター, Winther ヴィンター (stop 39)
        forms |= {_R_BEFORE_CONSONANT.sub("", form) for form in forms}
    if lang == "zh":
        # Chinese writes a final -burg, -berg, -bourg with one character, 堡 (bao): 汉堡
        # Hamburg, 斯特拉斯堡 Strasbourg, 范登堡 Vandenberg ("zh may translate it", stop 43)
        forms |= {_BURG.sub("b", form) for form in forms}
    return tuple(sorted(forms))


def _spoken_in(word: str, found: frozenset[str], lang: str, fewest: int) -> bool:
    skeleton = consonants(word)
    if len(skeleton) < 2:
        return False
    y = "Y" * word.startswith("Y")  # a j heard as a y (`_spoken_forms`): no class to count
    if len(skeleton) < fewest:
        return "+" + y + skeleton in found  # only a word spelled as foreign ones are
    if y + skeleton in found or "+" + y + skeleton in found:
        return True
    # (a French final, silent; not a Dutch, German or Nordic one, whose j is a y: the GNS of
    # Jenkins's "Yenkins" met ar يمكن, "may", a verb's y and three letters, review41)
    silent = not y and word.endswith(("d", "t", "s", "x", "z"))
    if silent and len(skeleton) > 3 and skeleton[:-1] in found:
        return True
    # a Korean nasal reading, for a name with a nasal vowel, of three classes or more (two met
    # most words: 대통령, "president", was Dayton, 사용, "use", Simon)
    if lang != "ko" or len(skeleton) < 3 or not _nasal_name(word):
        return False
    shorter = silent and len(skeleton) > 3 and "~" + skeleton[:-1] in found
    return "~" + y + skeleton in found or shorter


# The parts of a full foreign name as these scripts write them: each part a word of the
# script's letters (in Chinese, of its sound characters), and between two parts a middle dot
# (Chinese, Japanese: 安娜·科瓦尔斯卡, アンナ・コヴァルスカ) or a space (안나 코발스카,
# آنا كوفالسكا).
_PART = {
    # (not the title after a name, 博士 "doctor", 夫人 "Mrs", whose first is a sound character)
    "zh": pattern_cache.compile(f"(?:(?!博士|夫人)[{_SOUND_CHARACTERS}]){{2,}}"),
    "ja": _RUNS["ja"],
    "th": _RUNS["th"],
    "ko": _HANGUL_WORD,
    **{lang: pattern for lang, (pattern, _) in _WORDS.items() if lang in ("he", "ar", "hi")},
}
_PART_GAP = {
    "zh": pattern_cache.compile(r"[·・‧•]"),
    "ja": pattern_cache.compile(r"[·・‧•＝=\u3000 ]"),
}
_SPACE = pattern_cache.compile(r" ")
PARTED = frozenset(_PART)


@lru_cache(maxsize=1024)
def name_parts(text: str, lang: str) -> tuple[tuple[tuple[int, int], ...], dict[str, list[int]]]:
    """The spans of the words of `text` that may be parts of a full foreign name in `lang`
    (one of `PARTED`), in their order, and each whole skeleton -> the parts that have it
    (`parts_heard_as` asks of each name of a row: a list of 200 names, each asked of every
    part, took 0.7 s)."""
    spans = tuple(m.span() for m in _PART[lang].finditer(text))
    index: dict[str, list[int]] = {}
    for i, (start, end) in enumerate(spans):
        for skeleton in _whole_skeletons(text[start:end], lang):
            index.setdefault(skeleton, []).append(i)
    return spans, index


def parts_heard_as(name: str, text: str, lang: str) -> list[int]:
    """The parts of `text` (`name_parts`) that write `name` whole, less a Korean particle or a
    Thai title: `written_in` tests any piece of a text, and a partner heard in a piece of a
    word met ko 위원장은 ("the chairman") for Van. A name of one consonant class, too short
    to hear (Anna, Eva), needs near letters too (안나 AnNa, آنا an; not ماريا, Maria); one of
    two in Arabic, a word without the article, which a foreign name is written without
    (البحيرة, "the lake", is b-l as Blue is: ar "the blue lake" for the Blue Lagoon)."""
    spans, index = name_parts(text, lang)
    heard = sorted({i for form in _name_skeletons(name, lang) for i in index.get(form, ())})
    classes = len(consonants(name))
    if classes >= _NEAR_PART:
        # a long name heard with one class lost or changed, its beginning kept (zh 奎斯特 for
        # qvist's k-v-s-t has no v: 林德奎斯特 is Lindqvist)
        forms = _name_skeletons(name, lang)
        heard = sorted(
            {
                i
                for skeleton, found in index.items()
                if any(
                    skeleton[:2] == f[:2] and Levenshtein.distance(skeleton, f) <= 1 for f in forms
                )
                for i in found
            }
        )
    if classes >= _FEWEST.get(lang, 2):
        return heard
    if classes == 2:
        return [i for i in heard if lang != "ar" or not _ARTICLE.match(text, spans[i][0])]
    latin = anyascii(name).lower()
    return [i for i in heard if fuzz.ratio(anyascii(text[slice(*spans[i])]).lower(), latin) >= 60]


_NEAR_PART = 5  # consonant classes of a name heard as a part with one class lost or changed
_ARTICLE = pattern_cache.compile(r"(?:[وفبكل]?ال|[وف]?لل)")


def parts_joined(text: str, end: int, start: int, lang: str) -> bool:
    """Whether the text between two name parts (`end` of one, `start` of the next) is what
    joins two parts of one full name in `lang`."""
    return _PART_GAP.get(lang, _SPACE).fullmatch(text, end, start) is not None


def _part_skeletons(word: str, lang: str) -> set[str]:
    """The consonant classes of a whole name part (not of its pieces, as `_text_skeletons`),
    also without the letters an abjad writes onto a name in front."""
    if lang in ("zh", "ja", "th"):
        return {_collapse([c for character in word for c in _syllable(character)])}
    forms = [word]
    if lang in _WORDS:
        forms += [word[len(p) :] for p in _WORDS[lang][1] if word.startswith(p)]
    found = set()
    for form in forms:
        letters = anyascii(form).lower()
        found.add(consonants(letters))
        if lang in _VOWEL_LETTERS:
            found.add(consonants(_without_vav(form)))
    return found


# Korean particles written onto a name (안나는, 코발스카의), and Thai titles written before one
# (นายจอห์น, ดร.อันนา's ดร. is apart): taken off a name part before it is heard whole.
_KOREAN_PARTICLES = tuple("에서 에게 께서 으로 은 는 이 가 을 를 의 에 와 과 도 로".split())
_THAI_TITLES = ("นางสาว", "นาย", "นาง")


def _part_forms(word: str, lang: str) -> set[str]:
    """The name part and the part without what the language writes onto a name."""
    forms = {word}
    if lang == "ko":
        forms |= {
            word[: -len(p)]
            for p in _KOREAN_PARTICLES
            if word.endswith(p) and len(word) > len(p) + 1
        }
    elif lang == "th":
        forms |= {
            word[len(t) :] for t in _THAI_TITLES if word.startswith(t) and len(word) > len(t) + 1
        }
    return forms


def part_heard(name: str, word: str, lang: str) -> bool:
    """Whether the name part `word` writes `name` by sound, whole (`parts_heard_as`)."""
    return parts_heard_as(name, word, lang) == [0] and name_parts(word, lang)[0] == (
        (0, len(word)),
    )


@lru_cache(maxsize=8192)
def _whole_skeletons(word: str, lang: str) -> frozenset[str]:
    return frozenset(s for form in _part_forms(word, lang) for s in _part_skeletons(form, lang))


@lru_cache(maxsize=4096)
def _name_skeletons(name: str, lang: str) -> frozenset[str]:
    """The skeletons of a name in Latin letters as the language may hear it (`_spoken_forms`)."""
    return frozenset(consonants(form.lstrip("Y")) for form in _spoken_forms(name, lang))


@lru_cache(maxsize=4096)
def another_part(name: str, word: str, lang: str) -> bool:
    """Whether the name part `word` surely writes a name other than `name` (three consonant
    classes or more each): not heard as it, and apart from every form of it (`_apart`). A
    part heard imperfectly stays near: kana and Thai lose letters, a Chinese character
    missing from the tables cuts a run short (维希 of 维希涅夫斯卡, Wiśniewska), a Korean
    particle adds one (코발스카는)."""
    if written_in(name, word, lang):
        return False
    mine = _whole_skeletons(word, lang)  # less a particle too (아우베스는, Alves)
    forms = _name_skeletons(name, lang)
    if max(map(len, forms)) < 3 or max(map(len, mine)) < 3:
        return False
    # no phrase either (ko 도시철도관리위원회, th กล่าวว่า บริษัท...: words run together)
    if min(map(len, mine)) > max(map(len, forms)) + 2:
        return False
    return all(_apart(a, b) for a in mine for b in forms)


def _apart(a: str, b: str) -> bool:
    """Whether two skeletons of name parts are two names: two changes of class apart where
    they begin otherwise (Mercier NLS, Dubois DBS), three where only their second class
    differs; never where their first two agree (a part cut short, a particle written on)."""
    if a[:2] == b[:2]:
        return False
    return Levenshtein.distance(a, b) >= (2 if a[0] != b[0] else 3)
