"""A paragraph break inside a sentence (a clause ending in a comma, then a paragraph that
begins in lower case) is no paragraph boundary for the aligner's merge penalty."""

from __future__ import annotations

import numpy as np

from reviewer.core.align_evidence import _continues, make_side
from reviewer.core.group_alignment import align_group
from reviewer.core.model import Segment

# Four versions of five sentences in four paragraphs; the Vietnamese one writes sentence 3
# over a paragraph break (as the Vietnamese Bible does Revelation 22:4-5): its first clause
# ends the paragraph before with a comma, the rest opens the next in lower case.
EN = [
    ("The river flowed from the throne through the middle of the city.", 0),
    ("On each side of the river stood a tree that bore fruit every month.", 0),
    ("They will see his face, and his name will be on their foreheads.", 1),
    ("There will be no more night in the city, and they will need no lamp or sun.", 2),
    ("The angel told me that these words are faithful and true.", 3),
]
DE = [
    ("Der Fluss floss vom Thron mitten durch die Stadt.", 0),
    ("Zu beiden Seiten des Flusses stand ein Baum, der jeden Monat Frucht trug.", 0),
    ("Sie werden sein Angesicht sehen, und sein Name wird auf ihren Stirnen sein.", 1),
    ("Es wird keine Nacht mehr in der Stadt sein, und sie brauchen weder Lampe noch Sonne.", 2),
    ("Der Engel sagte mir, dass diese Worte treu und wahr sind.", 3),
]
ES = [
    ("El río fluía desde el trono por en medio de la ciudad.", 0),
    ("A cada lado del río había un árbol que daba fruto cada mes.", 0),
    ("Verán su rostro, y su nombre estará en sus frentes.", 1),
    ("No habrá más noche en la ciudad, y no necesitarán lámpara ni sol.", 2),
    ("El ángel me dijo que estas palabras son fieles y verdaderas.", 3),
]
VI = [
    ("Sông chảy từ ngai qua giữa thành.", 0),
    ("Hai bên bờ sông có cây trổ trái mỗi tháng.", 0),
    ("Họ sẽ thấy mặt Ngài, và danh Ngài sẽ ở trên trán họ.", 1),
    ("Đêm không còn có nữa trong thành,", 1),
    ("và họ sẽ không cần đến ánh sáng đèn hay mặt trời.", 2),
    ("Thiên sứ nói với tôi rằng những lời nầy là trung tín và chân thật.", 3),
]


def _segments(items):
    return tuple(Segment(k, p, 0, len(t), t) for k, (t, p) in enumerate(items))


def test_a_sentence_cut_by_a_paragraph_break_shares_its_row():
    segments = {"en": _segments(EN), "de": _segments(DE), "es": _segments(ES), "vi": _segments(VI)}
    rows = align_group(segments, "en")
    night = next(row for row in rows if row.cells.get("en") == (3,))
    # both halves of the Vietnamese sentence beside the pivot's night sentence; before, the
    # first half was merged into the paragraph before (row of en 2)
    assert night.cells["vi"] == (3, 4)
    assert next(row for row in rows if row.cells.get("en") == (2,)).cells["vi"] == (2,)


def test_which_breaks_go_on_with_a_sentence():
    texts = [
        "Đêm không còn có nữa,",  # a comma, then lower case: goes on
        "và họ sẽ không cần đèn.",
        "A whole sentence.",  # a full stop: a real break even before lower case
        "iPhone sales rose.",
        "Then a title",  # no mark, but the next begins in upper case
        "Next paragraph here.",
    ]
    kinds = np.zeros(len(texts), dtype=np.int64)
    paragraphs = np.arange(len(texts))
    assert _continues(texts, kinds, paragraphs).tolist() == [
        False,
        True,
        False,
        False,
        False,
        False,
    ]
    # within one paragraph nothing is a break to go on over
    assert _continues(texts, kinds, np.zeros(len(texts), dtype=np.int64)) is None
    # boilerplate (a caption, a credit) does not go on with the text beside it
    assert _continues(texts, np.array([1, 0, 0, 0, 0, 0]), paragraphs) is None


def test_scripts_without_case_keep_every_break():
    texts = ["天使又指示我，", "生命水的河。", "ข้าพเจ้าได้เห็น", "และหนังสือก็เปิดออก"]
    texts += ["قال لي،", "هذه الكلمات صادقة."]
    side = make_side(texts, None, list(range(len(texts))), None)
    assert side.continues is None


def test_a_break_after_a_closing_quote_is_a_break():
    texts = ["He said: “It is done.”", "and then he left."]
    assert _continues(texts, np.zeros(2, dtype=np.int64), np.array([0, 1])) is None
