"""Thai: the space between `เดือน` ("month") and a month's name or abbreviation ends no
sentence (stop 36; UD_Thai-TUD dev `เมื่อเดือน ธ.ค. 2541`), while `เดือน` ending a clause of
duration still may (`… เป็นเวลาสามเดือน | นักวิจัย…`)."""

from __future__ import annotations

import pytest

from reviewer.core.segmenting import segment

MONTH_AFTER_MONTH = [
    "ทารกคลอดที่เมืองฮุสตันเมื่อเดือน ธ.ค. 2541 เป็นทารกคลอดก่อนกำหนด",
    "การประชุมจัดขึ้นในเดือน มีนาคม ของทุกปี",
    "ราคาน้ำมันงวดส่งมอบเดือน ก.พ. ลดลง 70 เซ็นต์",
]

DURATION_THEN_SENTENCE = [
    ("เขาป่วยหนักมาเป็นเวลาสามเดือน", "นักวิจัยกำลังศึกษาโรคนี้อยู่"),
    ("ฉันเรียนภาษาไทยมาหกเดือน", "แม้เรียนยากแต่ฉันชอบมาก"),
]


@pytest.mark.parametrize("text", MONTH_AFTER_MONTH)
def test_a_month_name_after_month_is_no_boundary(text: str) -> None:
    assert [s.text for s in segment(text, "th")] == [text]


@pytest.mark.parametrize("pair", DURATION_THEN_SENTENCE)
def test_month_before_another_word_is_still_weighed(pair: tuple[str, str]) -> None:
    assert [s.text for s in segment(" ".join(pair), "th")] == list(pair)
