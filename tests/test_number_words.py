"""Shortcuts of the number-word reader (number_words.py) that must not change what it reads."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reviewer.core import number_words


def _compound_tables():
    return [
        (lang, table)
        for lang in number_words._data()
        if (table := number_words._table(lang)) is not None and table.compound_re is not None
    ]


def test_compound_languages_have_heads():
    tables = _compound_tables()
    assert any(lang == "de" for lang, _ in tables)
    assert all(table.compound_heads and table.compound_head_size for _, table in tables)


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_a_word_whose_head_is_no_compound_head_is_no_compound(data):
    """The first-two-letters test only skips words the compound pattern would refuse."""
    lang, table = data.draw(st.sampled_from(_compound_tables()))
    parts = sorted({*table.values, *table.multipliers, *table.big, *table.connectors})
    pieces = st.sampled_from(parts) | st.text("abcdefghijklmnopqrstuvwxyzäöüé", max_size=3)
    word = "".join(data.draw(st.lists(pieces, max_size=4)))
    if word[: table.compound_head_size] not in table.compound_heads:
        assert table.compound_re.fullmatch(word) is None
    assert number_words._read(lang, word) == (
        number_words._norm(word),
        number_words._parts(lang, word),
    )
