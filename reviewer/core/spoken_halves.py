"""Half hours said in words: a clock's "half past ten" and a duration's "an hour and a half".

A version on a clock writes 10時半, 10시 반 or 10:30, and one counting minutes 1時間半 or 1시간
30분; the number reader reads those as 10 and 30, 1 and 30. Where another version says it in
words, the hour was a different figure or nothing: German and Dutch name the half before the
next hour (halb elf, half elf: 10:30, read 11), Russian, Ukrainian and Polish with the next
hour's ordinal (в половине одиннадцатого, пів на одинадцяту, wpół do jedenastej), and "an hour
and a half", anderthalb Stunden, полтора часа hold no count at all. A subtitled dialogue read
at stop 35 gave seventeen false majors "ja has 10, 半, not found".

`read` puts each right, in place: the hour of a clock (N - 1 where the next hour is named) and
its 30 minutes, or the 1 and 30 of an hour and a half. What it adds is soft (a word), as the
hours said in words around it are.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reviewer.core import korean_counts, pattern_cache
from reviewer.core.mention import Mention

if TYPE_CHECKING:  # `regex` is imported only where a pattern is compiled (pattern_cache)
    import regex

_NOT_AFTER = r"(?<!\p{L})"
_NOT_BEFORE = r"(?!\p{L})"
# Korean 반 also opens words (반드시 "without fail", 반대 "against"): as number_reader's half.
_KO_HALF = r"반(?!드시|대|면|납|영|복|응|발|환|품|려|경|출|입|박|찬|칙|론|성)"

# An hour and a half with no count before it: group `one` stands for the hour, `half` for
# its 30 minutes (a count of hours with a half, "four and a half hours", is number_reader's).
_HOUR_AND_A_HALF = {
    "en": rf"{_NOT_AFTER}(?P<one>an?|one)\s+hour\s+and\s+(?P<half>a\s+half){_NOT_BEFORE}",
    "de": rf"{_NOT_AFTER}(?P<one>anderthalb|eineinhalb)\s+(?P<half>Stunden?){_NOT_BEFORE}",
    "nl": rf"{_NOT_AFTER}(?P<one>anderhalf)\s+(?P<half>uur){_NOT_BEFORE}",
    "fr": rf"{_NOT_AFTER}(?P<one>une)\s+heure\s+et\s+(?P<half>demie){_NOT_BEFORE}",
    "es": rf"{_NOT_AFTER}(?P<one>una)\s+hora\s+y\s+(?P<half>media){_NOT_BEFORE}",
    "pt": rf"{_NOT_AFTER}(?P<one>uma)\s+hora\s+e\s+(?P<half>meia){_NOT_BEFORE}",
    "it": rf"{_NOT_AFTER}(?P<one>un)['’]\s?ora\s+e\s+(?P<half>mezz[ao]){_NOT_BEFORE}",
    "ru": rf"{_NOT_AFTER}(?P<one>полтора)\s+(?P<half>час(?:а|ов)?){_NOT_BEFORE}",
    "uk": rf"{_NOT_AFTER}(?P<one>півтори)\s+(?P<half>годин[иі]?){_NOT_BEFORE}",
    "pl": rf"{_NOT_AFTER}(?P<one>półtorej)\s+(?P<half>godziny|godz\.)",
    "tr": rf"{_NOT_AFTER}(?P<one>bir)\s+(?P<half>buçuk)\s+saat",
    "el": rf"{_NOT_AFTER}(?P<one>μιάμιση)\s+(?P<half>ώρα|ώρες){_NOT_BEFORE}",
    "he": rf"{_NOT_AFTER}(?P<one>שעה)\s+(?P<half>וחצי){_NOT_BEFORE}",
    "ar": rf"{_NOT_AFTER}(?P<one>ساعة)\s+(?P<half>و(?:ال)?نصف){_NOT_BEFORE}",
    "vi": rf"{_NOT_AFTER}(?P<one>một)\s+(?:tiếng|giờ)\s+(?P<half>rưỡi){_NOT_BEFORE}",
    # (not after a count: สองชั่วโมงครึ่ง, "two hours and a half", is number_reader's)
    "th": r"(?<!\d\s?|หนึ่ง|สอง|สาม|สี่|ห้า|หก|เจ็ด|แปด|เก้า|สิบ)(?P<one>ชั่วโมง)(?P<half>ครึ่ง)",
    "ko": rf"{_NOT_AFTER}(?P<one>한)\s?시간\s?(?P<half>{_KO_HALF})",
    # (一 alone is read as no count: 一時間半 was nothing, review35)
    "ja": r"(?<![\p{Han}\d])(?P<one>一)時間(?P<half>半)",
}
# A count of hours and a half in one word, German and Dutch: zweieinhalb Stunden, drieënhalf
# uur (2 and 30, 3 and 30, as "two and a half hours" reads; they were nothing, review35).
_COUNT_AND_A_HALF = {
    "de": (
        rf"{_NOT_AFTER}(?P<count>{{}})einhalb\s+(?P<half>Stunden){_NOT_BEFORE}",
        "zwei drei vier fünf sechs sieben acht neun zehn elf zwölf",
    ),
    "nl": (
        rf"{_NOT_AFTER}(?P<count>{{}})[eë]nhalf\s+(?P<half>uur){_NOT_BEFORE}",
        "twee drie vier vijf zes zeven acht negen tien elf twaalf",
    ),
}
# A clock's half after its hour, said in words: what stands before the hour, and after it
# the half (group `half`). Spanish, Portuguese, Italian and Greek name the hour with an
# article (a las diez y media, às dez e meia, alle dieci e mezza, στις δέκα και μισή), English
# and Arabic before or after it (half past ten, العاشرة والنصف), Turkish with a suffix (on
# buçukta).
_HALF_PAST = {
    # (British "at half ten" is 10:30 too: it was 10 alone, review35)
    "en": (
        r"(?<!\p{L})(?:(?P<half>half)\s+past|(?:at|until|till|by|from|after|before|around)"
        r"\s+(?P<half>half))\s+$",
        None,
    ),
    "es": (r"(?<!\p{L})(?:las?|a\s+la)\s+$", rf"\s+y\s+(?P<half>media){_NOT_BEFORE}"),
    "pt": (r"(?<!\p{L})(?:às|as|a)\s+$", rf"\s+e\s+(?P<half>meia){_NOT_BEFORE}"),
    "it": (r"(?<!\p{L})(?:alle|le|l['’])\s*$", rf"\s+e\s+(?P<half>mezz[ao]){_NOT_BEFORE}"),
    "el": (r"(?<!\p{L})(?:στις|τις)\s+$", rf"\s+και\s+(?P<half>μισή){_NOT_BEFORE}"),
    # (Arabic and Turkish say any "and a half" so, خمسة ونصف كيلو, yedi buçuk kilo: 7.5 kg
    # was 7 and 30, review35. A clock's hour is an ordinal, العاشرة, or after الساعة; in
    # Turkish after saat, or the half takes the case of a time, buçukta, buçuğa.)
    "ar": (None, r"(?:(?<=ال\p{L}+)|(?<=الساعة\s+\S+))\s+(?P<half>و(?:ال)?نصف)"),
    "tr": (
        None,
        r"(?<=saat\s+\S+)\s+(?P<half>buçuk)"
        r"|\s+(?P<half>buçuk(?=t[ae](?!\p{L}))|buçuğ(?=[ae](?!\p{L})))",
    ),
}
# One o'clock, whose "one" is the article the number reader does not read as a count: la una
# y media, l'una e mezza, à uma e meia (1:30; they were nothing, review35).
_ONE_THIRTY = {
    "es": r"(?<!\p{L})la\s+(?P<hour>una)\s+y\s+(?P<half>media)(?!\p{L})",
    "it": r"(?<!\p{L})(?:al)?l['’]\s?(?P<hour>una)\s+e\s+(?P<half>mezz[ao])(?!\p{L})",
    "pt": r"(?<!\p{L})(?:à|é)\s+(?P<hour>uma)\s+e\s+(?P<half>meia)(?!\p{L})",
}
# Half past twelve said with a word no count reads: midi et demi (12:30), Dutch "om half een"
# (12:30, the half before one; review35).
_TWELVE_THIRTY = {
    "fr": r"(?<!\p{L})(?P<hour>midi|minuit)\s+et\s+(?P<half>demie?)(?!\p{L})",
    "nl": r"(?<!\p{L})(?:om|tot|tegen|rond|na|vanaf|voor)\s+(?P<half>half)\s+(?P<hour>één|een)"
    r"(?!\p{L})(?!\s+(?:uur|keer|week|jaar|dag)(?!\p{L}))",
}
# Korean says hours in its native numerals (열 시 반, 10:30; 두 시간 반, two hours and a half),
# which no count reads: they were nothing against 10:30 and 2.5 hours (review35). 한 시간 반
# is above; a clock's afternoon (오후, 저녁, and 밤 from six) is after 12.
_KO_HOURS = pattern_cache.compile(
    r"(?:(?P<part>오후|저녁|밤)\s?)?(?<!\p{L})(?P<count>"
    + "|".join(sorted(korean_counts.NATIVE, key=len, reverse=True))
    + rf")\s?시(?P<long>간)?\s?(?P<half>{_KO_HALF})"
)
# The half before the next hour, the hour that follows it as a number: halb elf, half elf,
# pukul setengah sebelas (10:30).
_HALF_BEFORE = {
    "de": r"(?<!\p{L})(?P<half>halb)\s+$",
    "nl": r"(?<!\p{L})(?P<half>half)\s+$",
    "id": r"(?<!\p{L})(?:pukul|jam)\s+(?P<half>setengah)\s+$",
}
# A clock's hours in Polish, one to twenty, as the feminine ordinal the hour takes after a
# preposition (wpół do jedenastej, o dziewiętnastej; clock_words reads them too).
PL_HOURS = (
    "pierwszej drugiej trzeciej czwartej piątej szóstej siódmej ósmej dziewiątej dziesiątej "
    "jedenastej dwunastej trzynastej czternastej piętnastej szesnastej siedemnastej "
    "osiemnastej dziewiętnastej dwudziestej"
).split()
# ... or as an ordinal of the next hour, one to twelve in order (a "|" between spellings).
_ORDINALS = {
    "ru": (
        # (not before a noun it agrees with: половина пятого этажа, "half of the fifth floor",
        # в половине первого тайма, "in the first half's half", were 4 and 12 o'clock and 30,
        # review35; a masculine or neuter noun's genitive ends in а or я, as утра and вечера,
        # which a clock names; a verb's past, пришла, and она do too)
        r"(?<!\p{L})(?:в\s+)?(?P<half>половин[аеуы])\s+(?P<hour>{})(?!\p{L})"
        r"(?!\s+(?!(?:утра|вечера|часа|дня)(?!\p{L}))\p{L}*[^\s\p{P}лн][ая](?!\p{L}))",
        "первого второго третьего четвёртого|четвертого пятого шестого седьмого восьмого "
        "девятого десятого одиннадцатого двенадцатого",
    ),
    "uk": (
        r"(?<!\p{L})(?P<half>пів)\s+на\s+(?P<hour>{})(?!\p{L})",
        "першу другу третю четверту п'яту|п’яту шосту сьому восьму дев'яту|дев’яту десяту "
        "одинадцяту дванадцяту",
    ),
    "pl": (r"(?<!\p{L})(?P<half>wpół)\s+do\s+(?P<hour>{})(?!\p{L})", " ".join(PL_HOURS[:12])),
}
# The afternoon or evening said after a half hour's clock: halb neun abends, las ocho y media
# de la tarde, half negen 's avonds (20:30; they were 8 against the pivot's 20:30, a false
# major in each, a made-up museum notice, stop 36). Night words also name the small hours: not
# before six.
_LATER_SAID = {
    # (and the evening of the day one writes in: this evening, heute Abend, vanavond, esta
    # noche, stasera; della sera, por la tarde, à noite; they were 8 against 20, review36)
    "en": r"\s+(?:(?:in\s+the|this)\s+(?P<day>evening|afternoon)|(?P<day>p\.?\s?m)(?!\p{L})"
    r"|(?P<night>tonight|at\s+night))",
    "de": r"\s+(?:Uhr\s+)?(?:(?P<day>abends|nachmittags)|(?:am|heute)\s+(?P<day>Abend|Nachmittag)"
    r"|(?P<night>nachts)|in\s+der\s+(?P<night>Nacht))",
    "nl": r"\s+(?:uur\s+)?(?:['’]s\s+(?P<day>avonds|middags)|['’]s\s+(?P<night>nachts)"
    r"|(?P<day>vanavond|vanmiddag)|(?P<night>vannacht))",
    "fr": r"\s+(?:(?:du|ce)\s+(?P<day>soir)|(?:de\s+l['’]|cet\s+)(?P<day>après-midi)"
    r"|(?:de\s+la|cette)\s+(?P<night>nuit))",
    "es": r"\s+(?:(?:de|por|en)\s+la|esta)\s+(?:(?P<day>tarde)|(?P<night>noche))",
    "pt": r"\s+(?:da|à|pela|de|esta|hoje\s+à)\s+(?:(?P<day>tarde)|(?P<night>noite))",
    "it": r"\s+(?:(?:di|della)\s+(?P<day>sera)|(?:di|del)\s+(?P<day>pomeriggio)|(?P<day>stasera)"
    r"|(?:di|della)\s+(?P<night>notte)|(?P<night>stanotte))",
    "el": r"\s+(?:το\s+)?(?P<day>απόγευμα|βράδυ)",
    "ru": r"\s+(?P<day>вечера|дня)",
    "uk": r"\s+(?P<day>вечора|дня)",
    "pl": r"\s+(?P<day>wieczorem|po\s+południu)",
    "id": r"\s+(?:(?P<day>sore)|(?P<night>malam))",
    "ar": r"\s+(?:(?P<day>مساء|عصرا|عصر)|(?P<night>ليلا|ليل))",
}
# French says a clock's half after the word for hours: huit heures et demie (du soir), read
# 8 and 30 by number_reader; the evening after it was left unsaid (review36).
_FR_HALF = pattern_cache.compile(r"\s+heures?\s+et\s+demie(?!\p{L})", pattern_cache.IGNORECASE)
# What every match holds, lower-cased (looked for with `in`: most sentences have none)
HINTS = {
    "en": ("half",), "de": ("halb",), "nl": ("half",),
    "fr": ("demi",), "es": ("media",), "pt": ("meia",), "it": ("mezz",),
    "ru": ("полтора", "половин"), "uk": ("півтори", "пів"), "pl": ("półtorej", "wpół"),
    "tr": ("buçu",), "el": ("μιάμιση", "μισή"), "he": ("וחצי",), "ar": ("نصف",),
    "vi": ("rưỡi",), "th": ("ครึ่ง",), "ko": ("반",), "id": ("setengah",),
    "hi": ("घंट", "बजे"), "ja": ("時間半",),
}  # fmt: skip
# Hindi says one and a half and two and a half in one word (डेढ़, ढाई), read as 1.5 and 2.5:
# before the word for hours, its hours and 30 minutes; before बजे, "o'clock", a clock's
# (डेढ़ बजे is 1:30, as साढ़े दस बजे is 10:30: it stayed 1.5, review35).
_HI_HOURS = pattern_cache.compile(r"\s*(?P<half>घंट[ेाों]?|बजे)")

_ONE_AND_HALF = {
    lang: pattern_cache.compile(p, pattern_cache.IGNORECASE) for lang, p in _HOUR_AND_A_HALF.items()
}
_PAST = {
    lang: tuple(pattern_cache.compile(p, pattern_cache.IGNORECASE) if p else None for p in pair)
    for lang, pair in _HALF_PAST.items()
}
_BEFORE = {
    lang: pattern_cache.compile(p, pattern_cache.IGNORECASE) for lang, p in _HALF_BEFORE.items()
}
_ORDINAL_HOURS = {
    lang: (
        pattern_cache.compile(
            pattern.replace("{}", words.replace(" ", "|")), pattern_cache.IGNORECASE
        ),
        {said: hour for hour, w in enumerate(words.split(), 1) for said in w.split("|")},
    )
    for lang, (pattern, words) in _ORDINALS.items()
}
_COUNTS = {
    lang: (
        pattern_cache.compile(
            pattern.replace("{}", "|".join(words.split())), pattern_cache.IGNORECASE
        ),
        {word: count for count, word in enumerate(words.split(), 2)},
    )
    for lang, (pattern, words) in _COUNT_AND_A_HALF.items()
}
_ONE = {lang: pattern_cache.compile(p, pattern_cache.IGNORECASE) for lang, p in _ONE_THIRTY.items()}
_TWELVE = {
    lang: pattern_cache.compile(p, pattern_cache.IGNORECASE) for lang, p in _TWELVE_THIRTY.items()
}
_TWELVE_HOURS = {"midi": "12", "minuit": "0", "een": "1", "één": "1"}
_CLOCK_HOURS = frozenset(float(h) for h in range(1, 13))
_LATER = {
    lang: pattern_cache.compile(p + r"(?!\p{L})", pattern_cache.IGNORECASE)
    for lang, p in _LATER_SAID.items()
}


def _digits(text: str) -> int:
    """The value of a clock hour written in one or two digits, else 0."""
    return int(text) if text.isascii() and text.isdigit() and len(text) <= 2 else 0


def later(lang: str, text: str, at: int, hour: int) -> int:
    """`hour` on a 24-hour clock where `text` names the afternoon or evening at `at`."""
    pattern = _LATER.get(lang)
    said = pattern.match(text, at) if pattern is not None and 1 <= hour <= 11 else None
    if said is None:
        return hour
    night = "night" in pattern.groupindex and said.group("night")
    return hour + 12 if not night or hour >= 6 else hour


def read(text: str, source: str, lang: str, found: list[Mention]) -> None:
    """Read the half hours of `text` (lower-cased as number_reader reads it; `source` as
    written) in `lang` into `found`, in place."""
    taken = {(m.start, m.end) for m in found}

    def add(key: str, start: int, end: int) -> None:
        if (start, end) not in taken:
            taken.add((start, end))
            found.append(Mention("word", key, start, end, source[start:end], float(key)))

    def add_half(match: regex.Match[str], hour: str, group: str) -> None:
        """The hour (or count) a match's `group` says, then the 30 of its `half`."""
        add(hour, *match.span(group))
        add("30", *match.span("half"))

    if lang == "hi":
        for m in [m for m in found if m.value in (1.5, 2.5)]:
            if unit := _HI_HOURS.match(text, m.end):
                found[found.index(m)] = m._replace(key=str(int(m.value)), value=float(int(m.value)))
                add("30", *unit.span("half"))
    pattern = _ONE_AND_HALF.get(lang)
    for match in pattern.finditer(text) if pattern is not None else ():
        add_half(match, "1", "one")
    if lang in _COUNTS:
        counts_re, count_of = _COUNTS[lang]
        for match in counts_re.finditer(text):  # zweieinhalb Stunden: 2 and 30
            add_half(match, str(count_of[match.group("count").lower()]), "count")
    for match in _KO_HOURS.finditer(text) if lang == "ko" else ():
        hour = korean_counts.NATIVE.index(match.group("count")) + 1
        if match.group("long") and hour == 1:
            continue  # 한 시간 반: above
        part = match.group("part")
        if not match.group("long") and part and hour < 12 and (part != "밤" or hour >= 6):
            hour += 12
        add_half(match, str(hour), "count")
    pattern = _TWELVE.get(lang)
    for match in pattern.finditer(text) if pattern is not None else ():
        # (Dutch "een" is one: the half before it, below, makes it 12)
        add_half(match, _TWELVE_HOURS[match.group("hour").lower()], "hour")
    pattern = _ONE.get(lang)
    for match in pattern.finditer(text) if pattern is not None else ():
        add_half(match, "1", "hour")
    # (with their places in `found`: asking `found.index` of each was quadratic in a long
    # text of clocks, 16,000 of them four seconds, review36)
    hours = [(at, m) for at, m in enumerate(found) if m.value in _CLOCK_HOURS]
    # ... and the afternoon's digits, which number_reader put on the 24-hour clock: halb 9
    # Uhr abends was 21 and no half, half past 8 pm 20 and no half (review36)
    evening = [
        (at, m)
        for at, m in enumerate(found)
        if m.kind == "number" and m.value == _digits(m.text) + 12
    ]
    before_re, after_re = _PAST.get(lang, (None, None))
    for at, m in [*hours, *evening] if before_re is not None or after_re is not None else ():
        ahead = before_re.search(text, max(0, m.start - 16), m.start) if before_re else None
        if before_re is not None and ahead is None:
            continue
        if after_re is None:  # half past ten: the half before the hour
            add("30", *ahead.span("half"))
            end = m.end
        elif behind := after_re.match(text, m.end):
            add("30", *behind.span("half"))
            end = behind.end()
        else:
            continue
        if m.value <= 12 and (hour := later(lang, text, end, int(m.value))) != m.value:
            found[at] = m._replace(key=str(hour), value=float(hour))
    before_re = _BEFORE.get(lang)
    for at, m in [*hours, *evening] if before_re is not None else ():
        ahead = before_re.search(text, max(0, m.start - 16), m.start)
        if ahead is not None and m.value > 12:  # halb 9 Uhr abends: 20:30
            found[at] = m._replace(key=str(int(m.value) - 1), value=m.value - 1)
            add("30", *ahead.span("half"))
        elif ahead is not None:  # halb elf: 10:30
            hour = later(lang, text, m.end, int(m.value) - 1 or 12)
            found[at] = m._replace(key=str(hour), value=float(hour))
            add("30", *ahead.span("half"))
    for at, m in hours if lang == "fr" else ():
        if (half := _FR_HALF.match(text, m.end)) is not None:
            if (hour := later(lang, text, half.end(), int(m.value))) != m.value:
                found[at] = m._replace(key=str(hour), value=float(hour))
    if lang in _ORDINAL_HOURS:
        ordinal_re, hour_of = _ORDINAL_HOURS[lang]
        matches = list(ordinal_re.finditer(text))
        # (the ordinal alone, read as a count by the word table, is the clock's hour here;
        # dropped once for all the clocks, not the list rebuilt for each)
        spans = {match.span("hour") for match in matches}
        if spans & taken:
            found[:] = [m for m in found if (m.start, m.end) not in spans]
            taken -= spans
        for match in matches:  # в половине одиннадцатого: 10:30
            hour = hour_of.get(match.group("hour").lower(), 1) - 1 or 12
            add_half(match, str(later(lang, text, match.end(), hour)), "hour")
