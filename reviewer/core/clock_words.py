"""Whole hours said in words with the part of the day: "seven in the evening", 晚上七点, o
dziewiętnastej.

A version on a 24-hour clock writes 19 Uhr, dix-neuf heures, 十九時; another says the same
hour in words on a 12-hour clock with the evening after it ("at seven in the evening", las
siete de la tarde) or before it (晚上七点, 午後七時), and Polish says a clock's hour as a
feminine ordinal (o dziewiętnastej, "at the nineteenth"). number_reader puts the digits of
the afternoon on the 24-hour clock (`_afternoon_hours`) and spoken_halves a half hour's words;
a whole hour in words stayed 7, or nothing: a made-up story's "neunzehn Uhr" was a false major
against en, zh and pl (stop 37).

`read` puts each right, in place. What it adds or changes is soft (a word), as the hours
said in words around it are.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reviewer.core import pattern_cache, spoken_halves
from reviewer.core.mention import Mention

if TYPE_CHECKING:
    import regex

# The word for hours between a spelt hour and the part of the day after it, per language.
_HOUR_WORD = {
    "en": r"\s+o['’]clock",
    "de": r"\s+Uhr",
    "nl": r"\s+uur",
    "fr": r"\s+heures?",
    "es": r"\s+horas?",
    "pt": r"\s+horas?",
    "ru": r"\s+час(?:а|ов)?",
    "uk": r"\s+годин[иі]?",
    "el": r"\s+η\s+ώρα",
}
# Matched after the spaces before it (`_hour_word_end`): as one pattern, `\s+` and then a
# word, `regex` looked for the word's letters in the whole rest of the text at each hour (8,000
# "seven in the evening" took half a second; the word never starts with a space, so the split
# matches the same).
_HOUR_WORDS = {
    lang: pattern_cache.compile(p.removeprefix(r"\s+"), pattern_cache.IGNORECASE)
    for lang, p in _HOUR_WORD.items()
}
_SPACE_RUN = pattern_cache.compile(r"\s+")


def _hour_word_end(lang: str, text: str, end: int) -> int:
    """Where the word for hours after `end` (`_HOUR_WORD`) ends, or `end` where none is."""
    word = _HOUR_WORDS.get(lang)
    spaces = _SPACE_RUN.match(text, end) if word is not None else None
    said = word.match(text, spaces.end()) if spaces is not None else None
    return said.end() if said is not None else end


# A count before the part of the day is no hour (she sold five in the evening, ils étaient
# trois ce soir-là, compró tres por la tarde, ne ho venduti tre stasera: each was read as 15
# to 17, review37): without the word for hours, the hour comes after a preposition or, where
# the language says hours with one, the article (a las siete, alle sette, às sete, στις
# επτά). French says heures always. Russian and Ukrainian дня and вечера after a number are
# also "days" and "evenings" (два дня, два вечера подряд; он управился в три дня, "in three
# days"): дня only after the word for hours, as number_reader asks of digits, вечера after a
# preposition too (в семь вечера).
_BEFORE_HOUR = {
    "en": r"(?:at|until|till|til|by|from|to|after|before|around|about|past|since|between|and"
    r"|or|is|was|it['’]s)",
    "de": r"(?:um|bis|ab|gegen|nach|vor|von|seit|zwischen|und|oder|ist|war|etwa|circa|ca\.)",
    "nl": r"(?:om|tot|vanaf|rond|voor|na|tegen|van|tussen|en|of|is|was|omstreeks)",
    "fr": r"(?!)",
    "es": r"(?:las|la)",
    "pt": r"(?:a|à|às|as|da|das|pela|pelas)",
    "it": r"(?:le|alle|dalle|delle|sulle|nelle|verso\s+le|l['’]|all['’]|dall['’]|sull['’])",
    "el": r"(?:τις|στις|στη|στην|τη|την|η|ως|μέχρι)",
    "ru": r"(?:в|во|до|к|с|со|после|около|от)",
    "uk": r"(?:о|об|в|до|к|з|після|близько|від)",
}
_BEFORE_HOURS = {
    lang: pattern_cache.compile(r"(?<!\p{L})" + p + r"\s*$", pattern_cache.IGNORECASE)
    for lang, p in _BEFORE_HOUR.items()
}
# Spanish and Portuguese say a clock's hour with its article, horas or not (a las siete horas
# de la tarde, às sete horas da tarde, review37: 7); siete horas alone is a duration.
_ARTICLE_ALWAYS = ("es", "pt")
_DAYS = pattern_cache.compile(r"\s+(?:дня)(?!\p{L})", pattern_cache.IGNORECASE)

# Chinese and Japanese name the part of the day before the hour: 下午三点, 晚上七点, 午後七時.
# Night and evening words also name the small hours (夜一時): from six (夜) or four (夕方) on.
_HAN_LATER = pattern_cache.compile(
    r"(?P<part>下午|晚上|傍晚|午後|夜|夕方)(?P<hour>[一二两兩三四五六七八九十]{1,2})(?=[点點时時](?!間))"
)
_HAN_FIRST = {"夜": 6, "夕方": 4}
_HAN_RANGE_END = pattern_cache.compile(
    r"[点點时時](?:钟|鐘)?\s?(?:到|至|から|[-–~〜～])\s?(?P<hour>[一二两兩三四五六七八九十]{1,2})(?=[点點时時](?!間))"
)

# Polish names a clock's hour by its feminine ordinal after a preposition: o siódmej (at
# seven), od ósmej do szesnastej. Not before a noun the ordinal agrees with (po drugiej
# stronie, "on the other side"; do dwudziestej rocznicy, "to the twentieth anniversary"):
# only before a mark, the end, the part of the day or a small word.
_PL_ORDINALS = spoken_halves.PL_HOURS
_PL_HOURS = {word: hour for hour, word in enumerate(_PL_ORDINALS, 1)}
_PL_ORDINAL = (
    r"(?:dwudziestej\s+(?:pierwszej|drugiej|trzeciej|czwartej)(?!\p{L})|"
    + "|".join(_PL_ORDINALS)
    + r")(?!\p{L})"
)
# What may follow a clock's hour: the part of the day, a day, a small word, its minutes (o
# dziewiętnastej trzydzieści, 19:30: the hour was left out, review37), or a second hour
# of a range or a choice (od ósmej do szesnastej, o siódmej lub ósmej) that is one itself: od
# pierwszej do ostatniej strony ("from the first to the last page"), od drugiej do piątej
# klasy, po pierwszej i drugiej wojnie, po pierwszej w historii wizycie were hours (review37).
_PL_AFTER_HOUR = (
    r"(?:rano|wieczorem|jak|czasu|po\s+południu|w\s+nocy|we?\s+(?:poniedziałek|wtorek|środę"
    r"|czwartek|piątek|sobotę|niedzielę)|zero|pięć|dziesięć|piętnaście|dwadzieścia|trzydzieści"
    r"|czterdzieści|pięćdziesiąt)(?!\p{L})"
)
_PL_CLOCK = pattern_cache.compile(
    r"(?<!\p{L})(?P<prep>o|od|do|przed|po|około|koło)\s+(?P<noun>godz(?:inie|\.)\s*)?"
    r"(?P<hour>" + _PL_ORDINAL + r")(?!\s+(?!" + _PL_AFTER_HOUR + r"|(?:i|a|lub|albo|oraz|do"
    r"|od)\s+(?:\d|" + _PL_ORDINAL + r"(?!\s+(?!" + _PL_AFTER_HOUR + r")\p{Ll})))\p{Ll})",
    pattern_cache.IGNORECASE,
)
# After do, po and od, the first three ordinals followed by a mark are a clock's hour only
# where the text says it tells the time: do pierwszej. ("until one") is also "to the first"
# (league, class, version: awansowali do pierwszej., porównaj drugą do pierwszej., review37),
# po drugiej. "after the second", and these night hours are mostly said with w nocy. What
# tells it: its minutes or the part of the day after it (the pattern's `_PL_AFTER_HOUR`), or
# in the text a second hour (od ósmej do pierwszej, od 8 do pierwszej), a clock in figures,
# the word for hour, or a part of the day. (po siódmej, "after seven", stays an hour.)
_PL_UNSURE = frozenset(("do", "po", "od"))
_PL_UNSURE_HOURS = frozenset(_PL_ORDINALS[:3])
_PL_TIME_TOLD = pattern_cache.compile(
    r"(?i)(?<!\p{L})(?:godz\w*|rano|rana|wieczor\w*|nocą|w\s+nocy|po\s+południu|popołudni\w*"
    r"|południ\w*|północ\w*)(?!\p{L})|\d{1,2}[:.]\d{2}(?!\d)|(?<!\p{L})(?:od|do)\s+\d{1,2}(?![\d.,]\d)"
)
_PL_HOUR_AFTER = pattern_cache.compile(r"\s+" + _PL_AFTER_HOUR, pattern_cache.IGNORECASE)

# Ukrainian says a clock's hour as a feminine ordinal too: о сьомій (at seven), з восьмої до
# шістнадцятої, о дев'ятнадцятій (a Ukrainian notice's hours were read as nothing against
# 19:00, review37). The same guard as Polish: not before a noun the ordinal agrees with (до
# сьомої серії, "to the seventh episode"), but before години, the hour's own noun.
_UK_STEMS = (
    "перш друг трет четверт п[’'ʼ]?ят шост сьом восьм дев[’'ʼ]?ят десят одинадцят дванадцят "
    "тринадцят чотирнадцят п[’'ʼ]?ятнадцят шістнадцят сімнадцят вісімнадцят "
    "дев[’'ʼ]?ятнадцят двадцят"
).split()
_UK_ORDINAL = (
    r"(?:двадцять\s+(?:перш|друг|трет|четверт)(?:ій|ої|ьої)(?!\p{L})|(?:"
    + "|".join(_UK_STEMS)
    + r")(?:ій|ої|ьої))(?!\p{L})"
)
_UK_AFTER_HOUR = (
    r"(?:ранку|вечора|дня|ночі|години|годині|годин|за|тридцять|п[’'ʼ]?ятнадцять|десять"
    r"|двадцять|сорок|п[’'ʼ]?ятдесят)(?!\p{L})"
)
_UK_CLOCK = pattern_cache.compile(
    r"(?<!\p{L})(?:о|об|до|після|з|від|близько|по)\s+(?P<hour>"
    + _UK_ORDINAL
    + r")(?!\s+(?!"
    + _UK_AFTER_HOUR
    + r"|(?:і|й|та|або|чи|до)\s+(?:\d|"
    + _UK_ORDINAL
    + r"(?!\s+(?!"
    + _UK_AFTER_HOUR
    + r")\p{Ll})))\p{Ll})",
    pattern_cache.IGNORECASE,
)


_UK_WORDS = [pattern_cache.compile(stem + r"(?:ій|ої|ьої)") for stem in _UK_STEMS]


def _uk_hour(said: str) -> int:
    """The hour of a Ukrainian ordinal as `_UK_CLOCK` found it: сьомій 7, двадцять першій 21."""
    words = said.lower().split()
    base = 20 if len(words) == 2 else 0
    word = words[-1]
    for hour, stem in enumerate(_UK_WORDS, 1):
        if stem.fullmatch(word):
            return base + hour
    return 0


# Thai names the afternoon's hours by บ่าย and a count of โมง: บ่ายโมง (one in the afternoon:
# 13:00), บ่ายสองโมง (14:00) to บ่ายห้าโมง; a figure (บ่าย 2 โมง) is number_reader's.
_THAI_AFTERNOON = pattern_cache.compile(r"บ่าย\s?(?P<count>สอง|สาม|สี่|ห้า)?\s?โมง")
_THAI_COUNTS = {None: 1, "สอง": 2, "สาม": 3, "สี่": 4, "ห้า": 5}

# What every match holds, lower-cased (looked for with `in`: most sentences have none). Not
# Arabic, whose hours are ordinals after الساعة (number_reader: حلّ في المرتبة الخامسة مساء
# الأحد is fifth place), nor Indonesian, whose malam also counts nights (tujuh malam).
HINTS = {
    "en": ("evening", "afternoon", "night"), "de": ("abend", "nachmittag", "nacht"),
    "nl": ("avond", "middag", "nacht"), "fr": ("soir", "après-midi", "nuit"),
    "es": ("tarde", "noche"), "pt": ("tarde", "noite"), "it": ("sera", "pomeriggio", "notte"),
    "el": ("απόγευμα", "βράδυ"), "ru": ("вечера", "дня"), "uk": ("вечора", "дня", "ій", "ої"),
    "zh": ("下午", "晚上", "傍晚"), "ja": ("午後", "夜", "夕方"), "pl": ("ej",),
    "th": ("บ่าย",),
}  # fmt: skip


def read(text: str, source: str, lang: str, found: list[Mention]) -> None:
    """Put the whole hours said in words in `text` (lower-cased as number_reader reads it;
    `source` as written) on the 24-hour clock, in `found`, in place."""
    later: list[Mention] = []  # the hours put later
    if lang in ("pl", "uk"):
        _ordinals(text, source, lang, found, later)
    if lang == "th":
        _thai(text, source, found)
    elif lang in ("zh", "ja"):
        _han(text, found)
    elif lang != "pl":
        _after(text, lang, found, later)
    if later:
        ends: dict[int, list[int]] = {}
        for at, p in enumerate(found):
            ends.setdefault(p.end, []).append(at)
        for m in later:
            _range_start(text, found, m, ends)


# Between the first hour of a range and the second, whose part of the day says both: "from
# five to seven in the evening", de las cinco a las siete de la tarde, od piątej do siódmej
# wieczorem, с пяти до семи вечера, 下午三点到五点 (the first stayed 5 against another
# version's 17, review37; number_reader does the same for digits, `_RANGE_START`).
_RANGE_BETWEEN = pattern_cache.compile(
    r"\s*(?:[-–—~〜～]|到|至|から|(?:to|till|until|and|bis|und|à|et|a|y|e|ed|alle|às|tot|en"
    r"|до|и|і|έως|ως|do|i)(?!\p{L}))\s*(?:(?:las|la|le|as|às|τις)\s+)?",
    pattern_cache.IGNORECASE,
)


# More letters than `_RANGE_BETWEEN` ever holds (a word of five and an article of three)
_BETWEEN_LETTERS = 16


def _range_start(text: str, found: list[Mention], m: Mention, ends: dict[int, list[int]]) -> None:
    """Put the first hour of a range on the 24-hour clock with `m`, its second, where the
    first is a word hour before it, earlier in the morning's count (not nine to five in the
    afternoon: nine in the morning). `ends`: the places in `found` of the mentions ending at
    each offset; only those ending within `_BETWEEN_LETTERS` letters of `m` can be a range's
    first hour (each hour scanned every mention: 4,000 hours in a text took 4 s)."""
    assert m.value is not None
    first = m.value - 12
    lo, letters = m.start, 0
    while lo > 0 and letters <= _BETWEEN_LETTERS:
        lo -= 1
        letters += not text[lo].isspace()
    for at in sorted(at for end in range(lo, m.start + 1) for at in ends.get(end, ())):
        p = found[at]
        if p.kind != "word" or p.value is None or p.value % 1 or not 1 <= p.value < first:
            continue
        if p.end <= m.start and _RANGE_BETWEEN.fullmatch(text, p.end, m.start):
            found[at] = p._replace(key=str(int(p.value) + 12), value=p.value + 12)


# Mentions by where they start, each with its place in `found` (`_past_minutes`)
_Starts = dict[int, list[tuple[int, Mention]]]
_SPACES = pattern_cache.compile_re(r"\s*")  # as str.strip takes them


def _starts(found: list[Mention]) -> _Starts:
    """`found` indexed by start. Made once per pass: the passes replace a mention by its hour
    (same span, and a value that is a minute's still) or add one before the minutes they
    look for, so the index answers as `found` would."""
    out: _Starts = {}
    for at, m in enumerate(found):
        out.setdefault(m.start, []).append((at, m))
    return out


def _past_minutes(text: str, starts: _Starts, end: int) -> int:
    """`end`, or the end of the minutes said right after it: seven thirty in the evening, o
    siódmej trzydzieści wieczorem, в семь тридцать вечера (each stayed 7, review37). The
    first in `found` of the mentions that start after `end` with only spaces between (each
    hour scanned every mention and sliced the text to each: 4,000 "from five to seven in the
    evening" took 70 s)."""
    stop = _SPACES.match(text, end).end()
    near = sorted(m for start in range(end + 1, stop + 1) for m in starts.get(start, ()))
    for _, m in near:
        if m.value is not None and 1 <= m.value <= 59 and not m.value % 1 and m.end > m.start:
            return m.end
    return end


def _after(text: str, lang: str, found: list[Mention], later: list[Mention]) -> None:
    """A spelt hour with the afternoon or evening after it: seven in the evening (19)."""
    starts = _starts(found)
    for at, m in enumerate(found):
        if m.kind != "word" or m.value is None or not 1 <= m.value <= 11 or m.value % 1:
            continue
        end = _hour_word_end(lang, text, m.end)
        said = end != m.end  # the word for hours after it
        if (not said or lang in _ARTICLE_ALWAYS) and (
            lang in _BEFORE_HOURS
            and not _BEFORE_HOURS[lang].search(text, max(0, m.start - 24), m.start)
        ):
            continue
        minutes = _past_minutes(text, starts, end)
        if not said and lang in ("ru", "uk") and _DAYS.match(text, minutes):
            continue
        hour = spoken_halves.later(lang, text, minutes, int(m.value))
        if hour != m.value:
            found[at] = m._replace(key=str(hour), value=float(hour))
            later.append(found[at])


def _han(text: str, found: list[Mention]) -> None:
    """A Han hour with the afternoon or evening before it: 晚上七点 (19)."""
    at = {(m.start, m.end): i for i, m in enumerate(found)}
    for match in _HAN_LATER.finditer(text):
        index = at.get(match.span("hour"))
        if index is None:
            continue
        m = found[index]
        if m.value is None or not _HAN_FIRST.get(match.group("part"), 1) <= m.value <= 11:
            continue
        hour = int(m.value) + 12
        found[index] = m._replace(key=str(hour), value=float(hour))
        # ... and the second hour of a range the part of the day opens: 下午三点到五点 (15 to 17)
        after = _HAN_RANGE_END.match(text, match.end("hour"))
        second = at.get(after.span("hour")) if after is not None else None
        if second is not None and m.value < (found[second].value or 0) <= 11:
            o = found[second]
            found[second] = o._replace(key=str(int(o.value) + 12), value=o.value + 12)


def _ordinals(
    text: str, source: str, lang: str, found: list[Mention], later: list[Mention]
) -> None:
    """A clock's hour as an ordinal after a preposition: o dziewiętnastej, о дев'ятнадцятій
    (19), o siódmej wieczorem, о сьомій вечора (19)."""
    taken = {(m.start, m.end) for m in found}
    starts = _starts(found)
    added: list[Mention] = []
    # (the characters of the Ukrainian hours read: the mentions starting there are dropped
    # once at the end, not by copying `found` at each hour, which was quadratic)
    hours = bytearray(len(text) + 1)
    matches = list((_PL_CLOCK if lang == "pl" else _UK_CLOCK).finditer(text))
    for match in matches:
        if lang == "pl" and not _pl_told(text, match, len(matches)):
            continue
        if lang == "pl":
            said = " ".join(match.group("hour").lower().split())
            first, _, second = said.partition(" ")
            hour = _PL_HOURS[first] + (_PL_HOURS[second] if second else 0)
        else:
            hour = _uk_hour(match.group("hour"))
        start, end = match.span("hour")
        if (start, end) in taken or not hour:
            continue
        if lang == "uk":  # (двадцять першій: not 20 and 21; о сьомій годині вечора)
            hours[start:end] = b"\x01" * (end - start)
            end_said = _hour_word_end("uk", text, end)
        else:
            end_said = end
        minutes = _past_minutes(text, starts, end_said)
        said_hour = spoken_halves.later(lang, text, minutes, hour)
        added.append(
            Mention("word", str(said_hour), start, end, source[start:end], float(said_hour))
        )
        if said_hour != hour:
            later.append(added[-1])
    if added:
        found[:] = [m for m in found if not hours[m.start]] + added


def _pl_told(text: str, match: regex.Match[str], hours: int) -> bool:
    """Whether a Polish ordinal `_PL_CLOCK` found is a clock's hour (see `_PL_UNSURE`);
    `hours` is how many the text holds."""
    if match.group("prep").lower() not in _PL_UNSURE or match.group("noun") or hours > 1:
        return True
    if match.group("hour").lower() not in _PL_UNSURE_HOURS:
        return True
    return bool(_PL_HOUR_AFTER.match(text, match.end()) or _PL_TIME_TOLD.search(text))


def _thai(text: str, source: str, found: list[Mention]) -> None:
    """An afternoon hour in Thai words: บ่ายโมง (13), บ่ายสามโมง (15)."""
    covered = bytearray(len(text) + 1)  # the characters inside a mention found before
    empty = set()  # ... and where an empty one stands
    for m in found:
        covered[m.start : m.end] = b"\x01" * (m.end - m.start)
        if m.start == m.end:
            empty.add(m.start)
    for match in _THAI_AFTERNOON.finditer(text):
        hour = 12 + _THAI_COUNTS[match.group("count")]
        start, end = match.span()
        # (one scan per match: asking every mention was quadratic, 8,000 hours took 3 s)
        if covered.find(1, start, end) < 0 and not any(start < a < end for a in empty):
            found.append(Mention("word", str(hour), start, end, source[start:end], float(hour)))
