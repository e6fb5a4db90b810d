"""The sanitiser: nothing unsafe reaches the terminal, and everything else is left alone."""

from hypothesis import given
from hypothesis import strategies as st

from reviewer.core.sanitize import (
    UNSAFE_RANGES,
    is_unsafe,
    placeholder,
    sanitize,
    sanitize_with_offsets,
)

UNSAFE_POINTS = [code for low, high, _ in UNSAFE_RANGES for code in (low, high)]


def _has_unsafe(text: str) -> bool:
    return any(low <= ord(c) <= high for c in text for low, high, _ in UNSAFE_RANGES)


any_text = st.text(
    alphabet=st.one_of(
        st.characters(codec=None),
        st.sampled_from([chr(c) for c in UNSAFE_POINTS] + ["\x1b", "\u202e", "\u200b"]),
    )
)


@given(any_text)
def test_output_holds_no_unsafe_code_point(text):
    assert not _has_unsafe(sanitize(text))


@given(any_text)
def test_offsets_map_every_character_to_its_placeholder(text):
    shown, offsets = sanitize_with_offsets(text)
    assert shown == sanitize(text)
    assert len(offsets) == len(text) + 1
    assert offsets[-1] == len(shown)
    for i, char in enumerate(text):
        piece = shown[offsets[i] : offsets[i + 1]]
        assert piece == (placeholder(char) if is_unsafe(char) else char)


@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cc", "Cf", "Cs"))))
def test_ordinary_text_is_unchanged(text):
    if not _has_unsafe(text):
        assert sanitize(text) is text


def test_escape_sequence_becomes_visible():
    text = "Kazakhstan \x1b[2J\x1b]0;pwned\x07 Nga"
    assert sanitize(text) == "Kazakhstan ␛[2J␛]0;pwned␇ Nga"


def test_bidi_override_and_zero_width_are_named():
    assert sanitize("abc\u202edef\u200bg") == "abc⟨U+202E⟩def⟨U+200B⟩g"
    assert sanitize("\x9b31m") == "⟨U+009B⟩31m"


def test_vietnamese_and_cjk_pass_through():
    text = "Tổng thống Kazakhstan 哈萨克斯坦总统"
    assert sanitize(text) == text
