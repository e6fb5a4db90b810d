"""Shares said in words, as percentages: "a quarter of the budget" is the 25 % another version
writes. The number reader keeps fractions as their denominators (a third is 3, to meet 三分之一
and 3分の1), so a percentage that a version says as a share was a changed figure: "fr has
25 %, not in en" (a false major). `number-mismatch` asks `said` whether the other side says a
percentage in words before it reports it.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from reviewer.core import data_files, language, pattern_cache

if TYPE_CHECKING:
    import regex

# percentage points between a percentage and the share that says it (33 % is a third, 51 %
# no half)
NEAR = 0.7


@cache
def _rules(lang: str) -> tuple[regex.Pattern[str], dict[str, float]] | None:
    table = data_files.load("shares.toml").get(lang)
    if not table:
        return None
    shares = {word: float(value) for word, value in table["shares"].items()}
    start = "" if lang in language.UNSPACED else r"(?<![\p{L}\p{M}])"
    pattern = pattern_cache.compile(
        rf"{start}({pattern_cache.alternation(shares)})", pattern_cache.IGNORECASE
    )
    # keyed by case folding, as the pattern matches: it finds "tierſ" (long s) and "μιςές"
    # (a final sigma inside), which lower() leaves apart from "tiers" and "μισές"
    return pattern, {word.casefold(): value for word, value in shares.items()}


def said(text: str, lang: str) -> list[float]:
    """The percentages `text` says as shares in words, in text order."""
    rules = _rules(lang)
    if rules is None:
        return []
    pattern, shares = rules
    lowered = text.lower()
    return [shares[m.group(1).casefold()] for m in pattern.finditer(lowered)]


def says(value: float, text: str, lang: str) -> bool:
    """Whether `text` says the percentage `value` as a share in words."""
    return any(abs(value - share) <= NEAR for share in said(text, lang))
