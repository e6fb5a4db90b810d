"""Punctuation faults in one text, by the conventions of its language.

Machine translation and careless editing leave a space before a comma, a doubled full stop, a
bracket or quotation mark never closed. What counts as a fault depends on the locale: French
puts a (narrow) no-break space before `; : ? !` and inside « » (Imprimerie nationale, "Lexique
des règles typographiques"), most other languages put none before any mark; Chinese and Japanese
use full-width marks without spaces. `problems` lists what it finds; the `punctuation` check
(checks.py) reports a problem only where the pivot does not share it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from reviewer.core import pattern_cache

if TYPE_CHECKING:
    import regex


@dataclass(frozen=True)
class Problem:
    """One punctuation fault: `kind` (a short id: space-before, no-space-before, doubled,
    unbalanced), what was seen (`seen`, the marks themselves), and where."""

    kind: str
    seen: str
    start: int
    end: int


# Languages that put a space before these marks (French; its regional variants use the same).
_SPACE_BEFORE = {"fr": ";:?!"}
# Scripts written without spaces between words: no rule about spaces applies.
_UNSPACED = frozenset({"zh", "ja", "th"})
_MARKS = ".,;:?!،؛؟"
# Whitespace, then a mark, then the end, a space or a closing quote or bracket (German closes
# with “ and ‘: „Kommst du morgen ?“): "word ," - but not an ellipsis, a decimal (" .5") or a
# name that starts with a dot (" .NET").
_SPACE_THEN_MARK = pattern_cache.compile(
    r"(?<=\S)([ \t\u00a0\u202f\u2009]+)([.,;:?!،؛؟])(?![.\p{L}\p{N}])(?=\s|$|[\"'”’“‘»›)\]}])"
)
_MARK_WITHOUT_SPACE = pattern_cache.compile(r"(?<=[\p{L}\p{N}\"”»)\]])([;:?!])(?=\s|$)")
_GUILLEMET_WITHOUT_SPACE = pattern_cache.compile(r"«(?=[^\s\u00a0\u202f])|(?<=[^\s\u00a0\u202f])»")
# Two of the same mark where one is meant: ",,", ";;", "::", "..", "。。", "!!" (not "..." or
# "?!").
_DOUBLED = pattern_cache.compile(
    r"(?<![.。])([,;:，；：、])\1+|(?<![.])\.\.(?![.])|。。+|([!?！？])\2+"
)
_SPACED_DOTS = pattern_cache.compile(r"\.(?:[ \u00a0\u202f]\.){2,}")
_URL_OR_DIGIT_END = pattern_cache.compile(r"https?$|\d$")
_PAIRS = {"(": ")", "[": "]", "{": "}", "（": "）", "【": "】", "「": "」", "『": "』"}
_QUOTES = "“”„«»‹›"
_GUILLEMETS = ("«»", "‹›")
# (plain characters: `re` lists them several times faster than `regex`)
_PAIRED = pattern_cache.compile_re(
    "[" + re.escape("".join(_PAIRS) + "".join(_PAIRS.values()) + _QUOTES + '"') + "]"
)
# What each pattern above needs at the least, as plain characters, which `re` finds several
# times faster than `regex`: a space before a mark, a mark twice, a bracket or quote. Most
# sentences have none, and skip the scans.
_SPACE_MARK = pattern_cache.compile_re("[ \t\u00a0\u202f\u2009][.,;:?!،؛؟]")
_TWICE = pattern_cache.compile_re("([,;:，；：、.。!?！？])\\1")
_ANY_PAIRED = pattern_cache.compile_re(
    "[" + re.escape("".join(_PAIRS) + "".join(_PAIRS.values()) + _QUOTES + '"') + "]"
)


def problems(text: str, lang: str, *, balance: bool = True) -> list[Problem]:
    """Every punctuation fault in `text` by `lang`'s conventions, in text order. Without
    `balance`, brackets and quotes left open are not looked for (a caller that holds more of
    the text, where a quotation runs over several sentences, asks `unbalanced` on all of it)."""
    found: list[Problem] = []
    if lang not in _UNSPACED:
        expected = _SPACE_BEFORE.get(lang, "")
        for match in _SPACE_THEN_MARK.finditer(text) if _SPACE_MARK.search(text) else ():
            if match.group(2) not in expected and not _spaced_ellipsis(text, match):
                found.append(Problem("space-before", match.group(), *match.span()))
        if expected:
            for match in _MARK_WITHOUT_SPACE.finditer(text):
                if match.group(1) in expected and not _in_url_or_time(text, match.start()):
                    found.append(Problem("no-space-before", match.group(1), *match.span(1)))
            for match in _GUILLEMET_WITHOUT_SPACE.finditer(text):
                found.append(Problem("no-space-before", match.group(), *match.span()))
    for match in _DOUBLED.finditer(text) if _TWICE.search(text) else ():
        found.append(Problem("doubled", match.group(), *match.span()))
    if lang == "es" and ("?" in text or "!" in text or "¿" in text or "¡" in text):
        found.extend(_inverted(text))
    if balance:
        found.extend(unbalanced(text))
    return sorted(found, key=lambda p: (p.start, p.end, p.kind))


# Spanish opens a question with ¿ and an exclamation with ¡ (Real Academia Española,
# Ortografía 2010, 3.4.3): "Es seguro el viejo puente para los coches?" lacks its ¿. A mark in
# a URL (?q=) is no question.
_INVERTED = {"?": "¿", "!": "¡"}
_QUESTION_OR_EXCLAMATION = pattern_cache.compile(r"(?<!https?://\S*)[?!¿¡]")


def _inverted(text: str) -> list[Problem]:
    """Spanish question and exclamation marks without their opening mark, and openings
    never closed."""
    found = []
    for closer, opener in _INVERTED.items():
        opened: list[int] = []
        for match in _QUESTION_OR_EXCLAMATION.finditer(text):
            mark = match.group()
            if mark == opener:
                opened.append(match.start())
            elif mark == closer:
                if opened:
                    opened.pop()
                elif not (closer == "!" and text[match.start() - 1 : match.start()] == "?"):
                    found.append(Problem("unopened", closer, match.start(), match.end()))
        found.extend(Problem("unbalanced", opener, at, at + 1) for at in opened)
    return found


def _spaced_ellipsis(text: str, match: regex.Match) -> bool:
    """Whether the full stop of `match` is one of a spaced ellipsis (". . .", the style of
    many printed books: MAC-Dev's English novels write "headache . . . and")."""
    if match.group(2) != ".":
        return False
    dot = match.start(2)
    return any(
        run.start() <= dot < run.end()
        for run in _SPACED_DOTS.finditer(text, max(0, dot - 8), dot + 9)
    )


def _in_url_or_time(text: str, at: int) -> bool:
    return bool(_URL_OR_DIGIT_END.search(text[max(0, at - 5) : at]))


def _gershayim(text: str, at: int) -> bool:
    """Whether the straight quote at `at` stands between two Hebrew letters: Hebrew's
    gershayim, which marks an abbreviation (ד"ר, doctor; צה"ל) and is typed as `"`, not a
    quotation mark (a made-up hospital news item, stop 32: ד"ר was an unbalanced quote)."""
    return (
        0 < at < len(text) - 1
        and "\u05d0" <= text[at - 1] <= "\u05ea"
        and "\u05d0" <= text[at + 1] <= "\u05ea"
    )


def _unpaired_curly(
    text: str, curly: list[int], continues: Callable[[int, int], bool] | None = None
) -> list[int]:
    """The places of curly quotation marks with no partner, each paired with the next one
    that can close it and one left open found where it is: a German dialogue's unclosed „Der
    Bus ist … gekommen. was reported on the last line of the story, six rows on (stop 37).
    „ and “ open; “ closes a „ (German „…“) unless a ” follows it (an English title quoted
    in a German or Polish text: „The “Great” Gatsby“); ” closes the last one open, or opens
    where none is (Swedish ”…”), so that a German text quoting “Yes We Can”, or an English
    one nesting “…“…”…”, is no fault (review37: both were reported twice). A text that writes
    no ” closes “ with “ too (“Hallo“, typed so). A mark that opens where `continues(open,
    here)` says a quotation goes on in a new paragraph takes the place of the one open."""
    out: list[int] = []
    english = any(text[i] == "”" for i in curly)
    for at, i in enumerate(curly):
        mark = text[i]
        if out and mark in "„“”" and continues is not None and continues(out[-1], i):
            out[-1] = i  # „… (a new paragraph) „…“: one quotation, reopened
        elif mark == "„" or (mark == "“" and not out):
            out.append(i)
        elif mark == "“":
            after = text[curly[at + 1]] if at + 1 < len(curly) else ""
            if (text[out[-1]] == "„" and after != "”") or not english:
                out.pop()
            else:
                out.append(i)
        elif out:
            out.pop()
        else:
            out.append(i)
    return out


def unbalanced(text: str, continues: Callable[[int, int], bool] | None = None) -> list[Problem]:
    """Brackets opened and never closed (or closed and never opened), and an odd number of
    quotation marks (any convention: “…”, „…“, «…», »…«, "…"). `continues(open, here)`, where
    given, says whether an opening quotation mark at `here` goes on with the quotation opened
    at `open` and left open: many languages' style opens each new paragraph of a quotation
    again and closes only the last (issue 15, review37: a German version that wrote a speech
    over two paragraphs so was told its first „ had no partner)."""
    found = []
    if not _ANY_PAIRED.search(text):
        return found
    marks = [(m.start(), m.group()) for m in _PAIRED.finditer(text)]
    if not marks:
        return found
    present = {ch for _, ch in marks}
    for opener, closer in _PAIRS.items():
        if opener not in present and closer not in present:
            continue  # (most texts: quotation marks only)
        stack: list[int] = []
        for i, ch in marks:
            if ch == opener:
                stack.append(i)
            elif ch == closer:
                if stack:
                    stack.pop()
                else:
                    found.append(Problem("unbalanced", ch, i, i + 1))
        found.extend(Problem("unbalanced", opener, i, i + 1) for i in stack)
    for pair in _GUILLEMETS:
        # Guillemets point the way they go, in either convention («…» or »…«): the first one
        # says which; an unpaired one is then found where it is (the closing mark of an
        # inserted quotation, not the last mark of the text).
        seen = [(i, ch) for i, ch in marks if ch in pair]
        if not seen:
            continue
        opener = seen[0][1]
        if all(ch == opener for _, ch in seen):
            # one mark both ways (Swedish and Finnish »…»): each one was unbalanced (review37)
            if len(seen) % 2:
                found.append(Problem("unbalanced", opener, seen[-1][0], seen[-1][0] + 1))
            continue
        stack = []
        for i, ch in seen:
            if ch == opener and stack and continues is not None and continues(stack[-1], i):
                stack[-1] = i
            elif ch == opener:
                stack.append(i)
            elif stack:
                stack.pop()
            else:
                found.append(Problem("unbalanced", ch, i, i + 1))
        found.extend(Problem("unbalanced", opener, i, i + 1) for i in stack)
    curly = [i for i, ch in marks if ch in _QUOTES and not any(ch in p for p in _GUILLEMETS)]
    found.extend(
        Problem("unbalanced", text[i], i, i + 1) for i in _unpaired_curly(text, curly, continues)
    )
    straight = [i for i, ch in marks if ch == '"' and not _gershayim(text, i)]
    if len(straight) % 2:
        found.append(Problem("unbalanced", '"', straight[-1], straight[-1] + 1))
    return found
