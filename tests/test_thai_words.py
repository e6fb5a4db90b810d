"""Thai words by maximal matching (reviewer/core/thai_words.py) and the aligner's Thai tokens."""

from __future__ import annotations

from pathlib import Path

import regex

from reviewer.core import thai_words
from reviewer.core.lexical import learn_lexicon, sentence_keys

FAULTS = Path(__file__).resolve().parent.parent / "bench" / "data" / "faults"
# following vowels, vowels above and below, tone marks: no syllable starts with one
_NO_START = "".join(map(chr, [*range(0xE30, 0xE34), *range(0xE34, 0xE3B), *range(0xE47, 0xE4D)]))
_LEADING = "\u0e40\u0e41\u0e42\u0e43\u0e44"


def _verses(lang: str) -> dict[str, str]:
    lines = (FAULTS / f"{lang}.tsv").read_text(encoding="utf-8").splitlines()
    return dict(line.split("\t", 1) for line in lines if line)


def test_a_clause_is_cut_into_its_words():
    # Revelation 13:2, "the beast that I saw": beast is two words, animal and fierce
    got = thai_words.words("สัตว์ร้ายที่ข้าพเจ้าได้เห็นนั้น")
    assert got == ("สัตว์", "ร้าย", "ที่", "ข้าพเจ้า", "ได้", "เห็น", "นั้น")


def test_letters_outside_the_list_stay_one_piece():
    # a name the treebank does not have, between two words it has
    got = thai_words.words("เมืองบาบิโลนใหญ่")
    assert got == ("เมือง", "บาบิโลน", "ใหญ่")


def test_the_repetition_mark_is_no_word():
    assert thai_words.words("หัวๆหนึ่ง") == ("หัว", "หนึ่ง")


def test_no_piece_cuts_a_syllable_and_nothing_is_lost():
    for text in _verses("th").values():
        for run in regex.findall(r"\p{Thai}+", text):
            pieces = thai_words.words(run)
            assert "".join(pieces) == run.replace("ๆ", "")
            for piece in pieces:
                assert piece[0] not in _NO_START, (run, pieces)
                assert piece[-1] not in _LEADING, (run, pieces)


def test_tokens_hold_the_words_and_each_two_in_a_row():
    got = thai_words.tokens("ทูตสวรรค์องค์หนึ่ง")
    assert {"ทูต", "สวรรค์", "ทูตสวรรค์", "สวรรค์องค์"} <= got
    assert "ทูตสวรรค์องค์" not in got  # three in a row are no token


def test_the_bible_verses_teach_the_thai_for_beast_and_angel():
    # the corpus table's learning on the fault bench's five chapters (verse pairs as beads):
    # with letter trigrams, beast and angel had no Thai entry (issue 15)
    en, th = _verses("en"), _verses("th")
    pairs = [(sentence_keys(en[k], "en")[2], sentence_keys(th[k], "th")[2]) for k in en if k in th]
    table = learn_lexicon(pairs, beyond_chance=True, max_share=0.2)
    assert "สัตว์ร้าย" in table["beast"]
    assert "ทูตสวรรค์" in table["angel"] or "ทูต" in table["angel"]
    assert table["dragon"] == {"พญานาค"}
