"""transliteration.py reads anyascii's tables itself: the same answer as anyascii's own."""

from __future__ import annotations

from anyascii import anyascii as theirs

from reviewer.core import transliteration


def test_every_code_point_is_transliterated_as_anyascii_does():
    assert transliteration.anyascii is transliteration._anyascii  # the tables were found
    for block in range(0x1100):  # all 17 planes, a block of 256 code points at a time
        text = "".join(chr(c) for c in range(block << 8, (block + 1) << 8))
        assert transliteration.anyascii(text) == theirs(text), hex(block << 8)


def test_mixed_text_and_ascii_come_back_as_anyascii_gives_them():
    for text in ("", "plain ASCII", "Zürich „Grüße“ — ½ œuvre", "北京 Москва Αθήνα 😀 ﬁ"):
        assert transliteration.anyascii(text) == theirs(text)
