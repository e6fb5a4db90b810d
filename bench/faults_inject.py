"""Faults planted in translations, with the ground truth to score against.

A translation of a passage becomes a document of paragraphs (verse numbers dropped, four
verses a paragraph, the same verses in every language). Into it go, each at most once:
an omission (one verse deleted), an insertion (a verse of another passage of the same
translation, placed inside a paragraph) and a changed number (one number in one verse,
written as the text writes it: digits of any script, CJK numerals, or a number word). The
random choices come from a seeded generator, so a run can be repeated exactly.
"""

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field

from bench.faults_data import NO_SPACE_JOIN, NOT_ONE_TO_ONE, NUMBER_WORDS, TRUE_DIFFERENCES, Verse

VERSES_PER_PARAGRAPH = 4
INSERTED = "+"  # prefix of the ref of an inserted verse: "+21:7" is 21:7 placed elsewhere

# CJK numerals: digits, and the multipliers that make a run a number on its own (千年).
CJK_DIGITS = "〇一二三四五六七八九"
CJK_MULTIPLIERS = "十百千万萬亿億"
_CJK_RUN = re.compile(f"[{CJK_DIGITS}{CJK_MULTIPLIERS}两兩]+")
# Words made of numeral characters that are no numbers: 千万不可 "by no means", 万物 "all
# things", 万民/万国 "all peoples/nations", 百姓 "the people", 十字架 "cross".
_CJK_NOT_NUMBERS = ("千万不可", "万物", "万民", "万国", "万王", "万主", "百姓", "十字")
_DIGITS = re.compile(r"\d+")


@dataclass(frozen=True)
class Fault:
    """One planted fault in one translation.

    `ref` is the pivot verse it concerns (omitted, or whose number changed; for an insertion
    the verse it follows). `span` is where it lies in the translation's document text: the
    inserted verse, or the changed number (None for an omission, which left no text).
    """

    kind: str  # "omission" | "insertion" | "number"
    lang: str
    ref: str
    span: tuple[int, int] | None = None
    detail: str = ""
    number_class: str = ""  # for "number": "numeral" (digits, CJK) or "word"


@dataclass
class Document:
    """A translation written out as a document, and where each verse ended up in it."""

    lang: str
    text: str
    units: list[tuple[str, int, int]]  # (ref, start, end); inserted verses have INSERTED refs
    faults: list[Fault] = field(default_factory=list)


def change_numeral(text: str) -> tuple[int, int, str] | None:
    """Change one number written with digits (any script) or CJK numerals, keeping its script.

    Returns (start, end, new) for the span of the original number, or None if the text has
    none. The last digit of the first number is raised by one (9 becomes 8), so the value
    always changes and stays a well-formed number in the same script.
    """
    for match in _DIGITS.finditer(text):
        digits = match.group()
        last = digits[-1]
        value = unicodedata.digit(last)
        new_value = value + 1 if value < 9 else value - 1
        new = digits[:-1] + chr(ord(last) - value + new_value)
        return match.start(), match.end(), new
    for match in _CJK_RUN.finditer(text):
        run = match.group()
        around = text[max(0, match.start() - 2) : match.end() + 2]
        if any(word in around for word in _CJK_NOT_NUMBERS if set(word) & set(run)):
            continue
        if len(run) < 2 and not (
            run in CJK_MULTIPLIERS and text[match.end() : match.end() + 1] == "年"
        ):
            continue  # a lone 一, 三 or 万 is too often a word ("a", 一切, 万物); 千年 is a number
        digits = [i for i, ch in enumerate(run) if ch in CJK_DIGITS[1:]]
        if digits:
            i = digits[-1]
            value = CJK_DIGITS.index(run[i])
            new_digit = CJK_DIGITS[value + 1 if value < 9 else value - 1]
            new = run[:i] + new_digit + run[i + 1 :]
        else:
            new = "二" + run  # 千年 -> 二千年, 十 -> 二十
        return match.start(), match.end(), new
    return None


def change_number_word(text: str, lang: str) -> tuple[int, int, str] | None:
    """Change one number word from `NUMBER_WORDS[lang]` (whole words; Thai has no spaces)."""
    for found, replacement in NUMBER_WORDS.get(lang, ()):
        if lang == "th":
            start = text.find(found)
            if start >= 0:
                return start, start + len(found), replacement
            continue
        # Whole words: not inside another word, nor a hyphenated name (Ba-by-lôn).
        match = re.search(rf"(?<![\w-]){re.escape(found)}(?![\w-])", text, flags=re.IGNORECASE)
        if match:
            new = replacement
            if match.group()[0].isupper():
                new = new[0].upper() + new[1:]
            return match.start(), match.end(), new
    return None


def number_change(text: str, lang: str) -> tuple[int, int, str, str] | None:
    """(start, end, new, class) of the number to change in `text`, numerals preferred."""
    numeral = change_numeral(text)
    if numeral:
        return (*numeral, "numeral")
    word = change_number_word(text, lang)
    return (*word, "word") if word else None


# What ends a sentence, after closing quotes and brackets. Thai marks none: a space between
# sentences is all it has, so every Thai verse end counts as one.
_SENTENCE_END = re.compile(r"[.!?。！？؟]['\"’”»」』）)]*\s*$")


def closes_sentence(text: str, lang: str) -> bool:
    return lang == "th" or bool(_SENTENCE_END.search(text))


def whole_sentences(verses: list[Verse], lang: str) -> set[int]:
    """Indices of verses that are whole sentences: they end one and the verse before did too.

    Only such a verse can go missing, or be inserted, as whole sentences, which is what the
    checks work on; deleting half a sentence is a different fault (a shorter sentence).
    """
    ends = [closes_sentence(v.text, lang) for v in verses]
    return {i for i in range(len(verses)) if ends[i] and (i == 0 or ends[i - 1])}


def paragraph_of(index: int) -> int:
    return index // VERSES_PER_PARAGRAPH


def write_document(lang: str, verses: list[Verse], inserted_after: dict[str, Verse]) -> Document:
    """Lay out `verses` as paragraphs; record where every verse lands.

    Paragraphs follow the verse numbers (so an omitted verse leaves its paragraph shorter);
    `inserted_after[ref]` goes right after the verse `ref`, inside its paragraph.
    """
    joiner = "" if lang in NO_SPACE_JOIN else " "
    text, units = "", []
    paragraph = None
    for verse in verses:
        index = int(verse.ref.split(":")[1]) - 1
        if paragraph is not None and paragraph_of(index) != paragraph:
            text += "\n\n"
        elif paragraph is not None:
            text += joiner
        paragraph = paragraph_of(index)
        units.append((verse.ref, len(text), len(text) + len(verse.text)))
        text += verse.text
        extra = inserted_after.get(verse.ref)
        if extra is not None:
            text += joiner
            units.append((INSERTED + extra.ref, len(text), len(text) + len(extra.text)))
            text += extra.text
    return Document(lang, text + "\n", units)


def plant(
    lang: str,
    verses: list[Verse],
    elsewhere: list[Verse],
    rng: random.Random,
    kinds: tuple[str, ...] = ("omission", "insertion", "number"),
    pivot: list[Verse] | None = None,
    numbered_elsewhere: Mapping[str, int] | None = None,
) -> Document:
    """The translation `verses` with one fault of each of `kinds` planted, and the truth.

    Faults keep apart (at least two verses between them) so that each has its own rows; the
    first and last verse are never omitted nor followed by an insertion (a fault at the edge
    of a document is another benchmark); a number may change anywhere. An omitted verse is
    whole sentences in the translation and in `pivot` (the pivot's verses of the passage); an
    insertion goes where both end a sentence. `elsewhere` are verses of other passages of the
    same translation, whole sentences, to insert from. `numbered_elsewhere` counts, per verse,
    the other versions of the group that already had its number changed: a verse taken once is
    taken again only when no other verse has a number, one taken twice never (this version then
    gets no changed number). Slips are independent: one number changed alike in three versions
    or more can outvote the pivot (docs/checks.md), a fault this benchmark does not plant.
    """
    n = len(verses)
    banned = NOT_ONE_TO_ONE.get(lang, frozenset())
    usable = [i for i in range(1, n - 1) if verses[i].ref not in banned]
    rng.shuffle(usable)
    pivot = pivot or verses
    whole = whole_sentences(verses, lang) & whole_sentences(pivot, "")
    ends = [
        closes_sentence(v.text, lang) and closes_sentence(p.text, "")
        for v, p in zip(verses, pivot, strict=True)
    ]
    taken: list[int] = []

    def pick(candidates: list[int]) -> int | None:
        for i in candidates:
            if all(abs(i - t) > 2 for t in taken):
                taken.append(i)
                return i
        return None

    changed: dict[int, Verse] = {}
    omitted: int | None = None
    inserted_after: dict[str, Verse] = {}
    number_fault: tuple[int, int, int, str, str] | None = None
    if "number" in kinds:
        differ = TRUE_DIFFERENCES.get(lang, {})  # a change there would be excused
        anywhere = [i for i in range(n) if verses[i].ref not in banned]
        rng.shuffle(anywhere)
        taken_by = numbered_elsewhere or {}
        with_numbers = [
            i
            for i in anywhere
            if verses[i].ref not in differ
            and taken_by.get(verses[i].ref, 0) < 2
            and number_change(verses[i].text, lang)
        ]
        # Verses no other version had changed first; then numerals, what the target is about.
        with_numbers.sort(
            key=lambda i: (
                taken_by.get(verses[i].ref, 0),
                number_change(verses[i].text, lang)[3] != "numeral",
            )
        )
        i = pick(with_numbers)
        if i is not None:
            start, end, new, cls = number_change(verses[i].text, lang)
            old = verses[i].text
            changed[i] = Verse(verses[i].ref, old[:start] + new + old[end:])
            number_fault = (i, start, start + len(new), f"{old[start:end]} -> {new}", cls)
    if "omission" in kinds:
        omitted = pick([i for i in usable if i in whole])
    if "insertion" in kinds and elsewhere:
        i = pick([i for i in usable if ends[i]])
        if i is not None:
            inserted_after[verses[i].ref] = rng.choice(elsewhere)
    kept = [changed.get(i, v) for i, v in enumerate(verses) if i != omitted]
    doc = write_document(lang, kept, inserted_after)
    starts = {ref: (start, end) for ref, start, end in doc.units}
    if omitted is not None:
        doc.faults.append(Fault("omission", lang, verses[omitted].ref, None, verses[omitted].text))
    for ref, extra in inserted_after.items():
        span = starts[INSERTED + extra.ref]
        doc.faults.append(Fault("insertion", lang, ref, span, extra.ref))
    if number_fault is not None:
        i, start, end, detail, cls = number_fault
        base = starts[verses[i].ref][0]
        doc.faults.append(
            Fault("number", lang, verses[i].ref, (base + start, base + end), detail, cls)
        )
    return doc
