"""`boilerplate._recurs`, the shortcut `mark` takes, answers as the plain key lookup does."""

from __future__ import annotations

import sys

import regex
from hypothesis import given
from hypothesis import strategies as st

from reviewer.core.boilerplate import _key, _recurs

# Letters that case folding lengthens (ß, ŉ, ΐ, ﬃ), digits of two scripts, white space of
# both kinds (the four controls `regex` does not count as space) and ordinary letters.
_ALPHABET = st.sampled_from(list("aAbBsSßŉΐﬃİДд中 \t\n\u00a0\x1c\x1f0٣9:()[]_"))
_LINE = st.text(_ALPHABET, max_size=14)


def test_case_folding_makes_no_space_and_no_digit():
    space_or_digit = regex.compile(r"[\s\d]")
    for point in range(sys.maxunicode + 1):
        char = chr(point)
        if 0xD800 <= point < 0xE000 or char.isspace() or space_or_digit.match(char):
            continue
        folded = char.casefold()
        assert len(folded) <= 3, char
        assert not space_or_digit.search(folded), char
        assert not any(c.isspace() for c in folded), char


@given(_LINE, st.lists(_LINE, max_size=5), st.lists(_LINE, max_size=5))
def test_recurs_is_the_key_lookup(line, keyed, raw):
    # Recurring keys as the corpus makes them (of other lines), and raw strings besides.
    recurring = frozenset([*map(_key, keyed), *raw])
    assert _recurs(line, recurring) == (_key(line) in recurring)
    assert _recurs(line, frozenset([_key(line)]))
