"""A version's bead over two pivot sentences that writes a figure neither of them has.

`group_alignment._merge` cuts the rows of a bead whose text shares nothing with one of its
pivot sentences that has a figure of its own (an omission absorbed into a 2-1 bead), unless
the text writes a figure of its own (`_own_figure`): then that sentence's figure was perhaps
changed, not lost (the news fault bench's railway article in Thai).
"""

from __future__ import annotations

from reviewer.core.group_alignment import _merge
from reviewer.core.model import Segment

EN = [
    "The new high-speed railway between Chongqing and Xi'an opened on December 26, 2024.",
    "Construction cost 58.5 billion yuan and took four years.",
    "The journey now takes 1.5 hours instead of more than five hours.",
    "A second-class ticket costs 263 yuan.",
]
DE = [
    "Die neue Schnellfahrstrecke zwischen Chongqing und Xi'an wurde am 26. Dezember 2024 eröffnet.",
    "Der Bau kostete 58,5 Milliarden Yuan und dauerte vier Jahre.",
    "Die Fahrt dauert jetzt 1,5 Stunden statt mehr als fünf Stunden.",
    "Eine Fahrkarte der zweiten Klasse kostet 263 Yuan.",
]
TH_FIRST = "รถไฟความเร็วสูงสายใหม่ระหว่างฉงชิ่งและซีอานเปิดให้บริการเมื่อวันที่ 26 ธันวาคม 2567"
TH_JOURNEY = "ระยะเวลาเดินทางลดลงจากกว่า 5 ชั่วโมงเหลือ 1.5 ชั่วโมง"
TH_LAST = "ตั๋วชั้นสองราคา 263 หยวน"


def _rows(thai_second: str):
    texts = {"en": EN, "de": DE, "th": [TH_FIRST, thai_second, TH_LAST]}
    segments = {
        lang: tuple(Segment(k, 0, 0, len(t), t) for k, t in enumerate(sentences))
        for lang, sentences in texts.items()
    }
    one = [((i,), (i,)) for i in range(4)]
    joined = [((0,), (0,)), ((1, 2), (1,)), ((3,), (2,))]
    per_lang = {"de": one, "th": joined}
    sure = {lang: [0.8] * len(beads) for lang, beads in per_lang.items()}
    return [row.cells for row in _merge(segments, "en", ["en", "de", "th"], per_lang, sure)]


def test_a_changed_figure_in_a_joined_sentence_keeps_the_row_whole():
    # Thai joins sentences 1 and 2, and writes 59,500 (million) for 58.5 billion: its text
    # shares only 1.5 with the pivot, but the figure it writes is no pivot sentence's of the
    # bead; the row stays whole, so the changed number is a finding there, not `missing`
    changed = "การก่อสร้างใช้งบประมาณ 59,500 ล้านหยวน และใช้เวลาสี่ปี " + TH_JOURNEY
    assert {"en": (1, 2), "de": (1, 2), "th": (1,)} in _rows(changed)


def test_a_figure_written_in_words_by_the_pivot_is_no_figure_of_its_own():
    # the Thai text lacks sentence 1 (58.5 billion) and writes 5 (hours) in digits where the
    # pivot writes "five": that is sentence 2's figure, so sentence 1 still gets an empty cell
    rows = _rows(TH_JOURNEY)
    assert {"en": (1,), "de": (1,), "th": ()} in rows
    assert {"en": (2,), "de": (2,), "th": (1,)} in rows
