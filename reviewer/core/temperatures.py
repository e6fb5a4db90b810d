"""Temperatures below zero: the sign of a number that a degree follows.

The number reader keys a figure by its digits alone, so a translation that turned −12 °C into
12 °C (a frost into a mild day) said nothing, and zh 零下12度 ("below zero, 12 degrees") gave a
count of 0 besides. A figure followed by a degree (a sign: ° º ℃ ℉, or a word: degrees, Grad,
градусов, 도) is a temperature; it is below zero where a minus sign or word stands right before
it (−12, minus 12, 영하 12, マイナス12) or a "below zero" phrase before it or after its degree
(12 grados bajo cero, sıfırın altında 12 derece, 12 градусов мороза). Then its key is the
signed one (`-12`), which every version writes in its own way and all read alike. Other
negative figures (−0.5 % growth, "fell 0.5 %") keep their digits alone: a verb says their sign
as often as a minus does.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, NamedTuple

from reviewer.core import data_files, language, pattern_cache
from reviewer.core.mention import Mention

if TYPE_CHECKING:  # `regex` is imported only where a pattern is compiled (pattern_cache)
    import regex

_SIGNS = "°º℃℉"
_MINUS_SIGNS = "-−–"  # hyphen-minus, minus, en dash (typeset as a minus in many texts)
_PREFIXED = ("ar", "he")  # languages that write articles and prepositions on the word
_REACH = 24  # characters before a figure where its minus word or "below zero" may stand
# What stands between the two figures of a range whose degree follows the second only: a dash
# or a slash, or one short word (to, bis, à, a, до, 至, から), and the second's own minus sign
# ("−5 to −10 °C" against "−5 °C bis −10 °C": the −5 was 5, a false major).
_RANGE = pattern_cache.compile(r"\s?(?:[-−–—/~〜～]|\p{L}{1,6})?\s?[-−–]?")
_WORD = pattern_cache.compile(r"\s[\p{L}\p{M}]+")  # a word a figure with no degree counts


class _Rules(NamedTuple):
    hints: tuple[str, ...]  # a text holding none of these has no temperature
    degree_re: regex.Pattern[str]  # at the figure's end: its degree
    before_re: regex.Pattern[str]  # searched in the characters before the figure
    after_re: regex.Pattern[str] | None  # at the degree's end: "below zero"
    minus_re: regex.Pattern[str]  # searched in the characters before the figure: minus words
    idiom_re: regex.Pattern[str] | None  # likewise: a minus word's idiom (al menos, at least)
    than_re: regex.Pattern[str] | None  # after the figure or its degree: "less than" (do que)
    compared_re: regex.Pattern[str]  # after "than": another minus word (rispetto ai meno 2)
    context_re: regex.Pattern[str]  # searched in a sentence about temperatures (lower case)


@cache
def _rules(lang: str) -> _Rules | None:
    table = data_files.load("temperatures.toml").get(lang)
    if table is None:
        return None
    words, minus, below = table["degrees"], table["minus"], table["below"]
    # A word ends at a letter's end, except in the scripts that write no spaces (12度, 12도)
    end = r"(?![\p{L}\p{M}])" if lang not in language.UNSPACED else ""
    # ... and begins at one (it almeno, "at least", is no "meno", minus)
    begin = r"(?<![\p{L}\p{M}])" if lang not in language.UNSPACED else ""
    idioms = table.get("idioms", ())
    elided = rf"(?:(?<=['’])|{end})" if end else ""  # fr qu'hier: the word ends at its apostrophe
    # a word of a sentence about temperatures opens a word (en "lows", not "cash flows"), but
    # where articles and prepositions are written on (ar بالحرارة, he בטמפרטורה)
    opens = "" if lang in _PREFIXED else begin
    context = rf"{opens}(?:{pattern_cache.alternation(table['context'])})"
    degree_end = r"\p{L}*" if table.get("suffixed") else end  # tr dereceye, derecede
    degree = rf"\s?(?:[{_SIGNS}]\s?[CFcf]?|(?:{pattern_cache.alternation(words)}){degree_end})"
    degree += r"(?:\s?(?:Celsius|C\b))?"
    before = [*minus, *below]
    return _Rules(
        hints=(*_SIGNS, *words, *table["context"]),
        degree_re=pattern_cache.compile(degree, pattern_cache.IGNORECASE),
        before_re=pattern_cache.compile(
            rf"{begin}(?:{pattern_cache.alternation(before)})\s?$", pattern_cache.IGNORECASE
        ),
        after_re=pattern_cache.compile(
            rf"\s?(?:{pattern_cache.alternation(below)}){end}", pattern_cache.IGNORECASE
        )
        if below
        else None,
        minus_re=pattern_cache.compile(
            rf"{begin}(?:{pattern_cache.alternation(table.get('minus_alone', minus))})\s?$",
            pattern_cache.IGNORECASE,
        ),
        idiom_re=pattern_cache.compile(
            rf"{begin}(?:{pattern_cache.alternation(idioms)})\s?$", pattern_cache.IGNORECASE
        )
        if idioms
        else None,
        than_re=pattern_cache.compile(
            rf"\s?(?:{pattern_cache.alternation(table['than'])}){elided}",
            pattern_cache.IGNORECASE,
        )
        if "than" in table
        else None,
        compared_re=pattern_cache.compile(
            rf"(?:\s?[\p{{L}}\p{{M}}'’]+){{0,2}}\s?{begin}(?:{pattern_cache.alternation(minus)}){end}",
            pattern_cache.IGNORECASE,
        ),
        context_re=pattern_cache.compile(context),
    )


def signed(text: str, source: str, lowered: str, lang: str, found: list[Mention]) -> None:
    """Turn the figures of `found` that are temperatures below zero into signed ones, in
    place: `Mention.key` `-12`, its value negative, its span and text widened to what says
    the sign (−12, minus 12, 12 grados bajo cero), so that a finding shows it. `text` is what
    the number reader read (`source` with its digits made ASCII), `lowered` its lower case."""
    rules = _rules(lang)
    if rules is None or not any(hint in lowered for hint in rules.hints):
        return
    order = sorted(
        (m.start, index) for index, m in enumerate(found) if m.kind in ("number", "word")
    )
    following = {index: order[at + 1][1] for at, (_, index) in enumerate(order[:-1])}
    about = None  # whether the text is about temperatures: searched once, where first asked
    for index, m in enumerate(found):
        if m.kind not in ("number", "word") or not m.value or m.value < 0:
            continue
        degree = rules.degree_re.match(text, m.end)
        borrowed = False
        if degree is None and (after := following.get(index)) is not None:
            # the first figure of a range whose unit follows the second (−5 to −10 °C)
            other = found[after]
            gap = other.start  # less the second's minus word (minus 5 to minus 10 degrees)
            if word := rules.before_re.search(text, max(m.end, gap - _REACH), gap):
                gap = word.start()
            if _RANGE.fullmatch(text, m.end, gap):
                degree = rules.degree_re.match(text, other.end)
                borrowed = degree is not None
        if degree is None:
            # a minus word before a figure in a sentence about temperatures ("lows around
            # minus 5"): a temperature with its degree left unsaid
            word = _sign_word(rules, rules.minus_re, text, m.start)
            if word is not None and _less_than(rules, text, m.end, counted=True):
                word = None
            if word is not None and about is None:
                about = rules.context_re.search(lowered) is not None
            if word is not None and about:
                found[index] = m._replace(
                    key=f"-{m.key}",
                    value=-m.value,
                    start=word.start(),
                    text=source[word.start() : m.end],
                )
            continue
        start, end = m.start, m.end
        if m.start and text[m.start - 1] in _MINUS_SIGNS:
            if m.start > 1 and text[m.start - 2].isalnum():
                continue  # a range (10-12 °C) or a code
            start -= 1
        elif word := _sign_word(rules, rules.before_re, text, m.start):
            if _less_than(rules, text, degree.end()):
                continue
            start = word.start()
        elif rules.after_re is not None and (phrase := rules.after_re.match(text, degree.end())):
            end = end if borrowed else phrase.end()
        else:
            continue
        found[index] = m._replace(
            key=f"-{m.key}", value=-m.value, start=start, end=end, text=source[start:end]
        )


def _less_than(rules: _Rules, text: str, at: int, *, counted: bool = False) -> bool:
    """Whether "than" follows a figure (or its degree) at `at`: its minus word was "less" (pt
    "menos cinco do que na semana passada", five less than last week), not a sign. A figure
    with no degree may have `counted` what it counts first, in a few words (pt "menos 4 dias
    de geada do que no ano passado", four fewer days of frost, was −4)."""
    if rules.than_re is None:
        return False
    for _ in range(4 if counted else 1):
        if (than := rules.than_re.match(text, at)) is not None:
            # ... but not where another minus word follows: two temperatures compared (it
            # "scese a meno 5 gradi rispetto ai meno 2 di ieri" was 5, review36)
            return rules.compared_re.match(text, than.end()) is None
        if (word := _WORD.match(text, at)) is None:
            return False
        at = word.end()
    return False


def _sign_word(
    rules: _Rules, pattern: regex.Pattern[str], text: str, at: int
) -> regex.Match[str] | None:
    """`pattern`'s match in the characters before `at` (the figure's start), unless there
    it ends an idiom that is no minus: es "al menos 5 personas" (at least), it "più o meno 20
    gradi" (about), pl "plus minus 20 stopni" (give or take)."""
    word = pattern.search(text, max(0, at - _REACH), at)
    if word is None or (rules.idiom_re and rules.idiom_re.search(text, max(0, at - _REACH), at)):
        return None
    return word
