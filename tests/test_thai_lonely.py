"""A pivot sentence whose words nothing in its paired Thai paragraph translates
(align_evidence.thai_paragraph_lonely, thai_lonely_credit)."""

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from reviewer.core import align_evidence as ae
from reviewer.core.align_evidence import make_side, thai_lonely_credit, thai_paragraph_lonely

ENGLISH = ["The angel measured the wall.", "The sea gave up its dead.", "I saw a new heaven."]
THAI = ["ทูตสวรรค์วัดกำแพง", "ทะเลก็ส่งคืนคนทั้งหลายที่ตาย", "ข้าพเจ้าเห็นฟ้าสวรรค์ใหม่"]


def _sides(pivot_keys, thai_keys, thai_paragraphs, paired):
    src = make_side(ENGLISH[: len(pivot_keys)], None, [0] * len(pivot_keys), "en")
    tgt = make_side(THAI[: len(thai_keys)], None, thai_paragraphs, "th")
    src.keys = [set(k) for k in pivot_keys]
    tgt.keys = [set(k) for k in thai_keys]
    src.paired_paragraph = np.array(paired, dtype=np.int64)
    return src, tgt


def test_the_words_of_a_verse_missing_from_its_thai_paragraph_count() -> None:
    # pivot 0's words are in Thai paragraph 0; pivot 1's ("sea", "dead") only in paragraph 1,
    # which pivot 1's paragraph does not pair with
    src, tgt = _sides(
        [{"l:wall", "l:angel"}, {"l:sea", "l:dead"}],
        [{"l:wall", "l:angel"}, {"l:sea", "l:dead"}],
        [0, 1],
        [0, 0],
    )
    assert thai_paragraph_lonely(src, tgt, 25).tolist() == [0.0, 2.0]
    thai_lonely_credit(src, tgt, 25)
    credit = ae.THAI_LONELY_WEIGHT * min(2.0 - ae.THAI_LONELY_FREE, ae.THAI_LONELY_CAP)
    assert src.skip_adjust.tolist() == [0.0, -credit]


def test_only_word_table_keys_count_each_by_its_rarity_among_the_pivots_sentences() -> None:
    src, tgt = _sides(
        [{"l:sea", "n:12", "w:thrown"}, {"l:sea", "l:fire"}],
        [{"n:12"}],
        [0],
        [0, 0],
    )
    # l:sea in two pivot sentences (1/2 each), l:fire in one; numbers and words do not count
    assert thai_paragraph_lonely(src, tgt, 25).tolist() == [0.5, 1.5]
    assert thai_paragraph_lonely(src, tgt, 1).tolist() == [0.0, 1.0]  # l:sea too common


def test_nothing_without_a_thai_version_or_paired_paragraphs() -> None:
    src, tgt = _sides([{"l:sea"}], [set()], [0], [0])
    src.paired_paragraph = None
    assert thai_paragraph_lonely(src, tgt, 25) is None
    src, tgt = _sides([{"l:sea"}], [set()], [0], [-1])  # its paragraph pairs with none
    assert thai_paragraph_lonely(src, tgt, 25).tolist() == [0.0]
    src, tgt = _sides([{"l:sea"}], [set()], [0], [0])
    tgt.script = "alpha"
    assert thai_paragraph_lonely(src, tgt, 25) is None
    thai_lonely_credit(src, tgt, 25)
    assert src.skip_adjust is None


@given(
    st.lists(st.sets(st.sampled_from(["l:a", "l:b", "l:c", "l:d"])), min_size=1, max_size=3),
    st.lists(st.sets(st.sampled_from(["l:a", "l:b", "l:c", "l:d"])), min_size=1, max_size=3),
)
def test_the_credit_is_bounded_and_never_a_cost(pivot_keys, thai_keys) -> None:
    src, tgt = _sides(pivot_keys, thai_keys, [0] * len(thai_keys), [0] * len(pivot_keys))
    lonely = thai_paragraph_lonely(src, tgt, 25)
    held = set().union(*thai_keys)
    for i, keys in enumerate(pivot_keys):
        assert (lonely[i] == 0) == (keys <= held)
    thai_lonely_credit(src, tgt, 25)
    adjust = np.asarray(src.skip_adjust)
    assert ((adjust <= 0) & (adjust >= -ae.THAI_LONELY_WEIGHT * ae.THAI_LONELY_CAP)).all()


def test_a_verse_the_thai_version_lost_is_missing_on_its_row(tmp_path, monkeypatch) -> None:
    """Golden, from the Bible fault bench (dev seed 15, round 1, omissions only): Thai lost
    Revelation 14:6, and its English verse was paired with the clauses of 14:5's
    translation, 14:5 left alone: `missing` a row early. The words of 14:6 (angel, gospel,
    nation, tongue...) are nowhere in the Thai paragraph: now it is `missing` on its row."""
    found = _thai_omission_found(tmp_path / "with")
    monkeypatch.setattr(ae, "THAI_LONELY_WEIGHT", 0.0)
    assert found and not _thai_omission_found(tmp_path / "without")


def _thai_omission_found(folder) -> bool:
    from bench.faults import build_case
    from bench.faults_data import PIVOT, read_all
    from bench.faults_diag import scored_groups

    texts = read_all()
    cases = {
        f"{pid}-r1": build_case(texts, pid, f"{pid}-r1", 15, ("omission",)) for pid in texts[PIVOT]
    }
    for group, _, _, _, score in scored_groups(folder, cases):
        if group.id == "rev14-r1":
            (outcome,) = [o for o in score.outcomes if o.fault.lang == "th"]
            assert outcome.fault.ref == "14:6"
            return outcome.found
    raise AssertionError("no rev14-r1 group")
