"""bench/segmentation_sentences.py: a treebank read sentence by sentence (stop 40)."""

from __future__ import annotations


def test_reads_cuts_inside_misses_between_and_the_treebanks_own_ends() -> None:
    from bench.segmentation_sentences import read

    docs = [
        [
            "It rained in Paris. Then it stopped.",  # one "sentence" we cut: after `Aa`
            "We saw Dr.",  # a title never ends: the next sentence is missed
            "Smith came home.",
            "The end came.",
        ]
    ]
    found = read(docs, "en")
    assert {label: len(v) for label, v in found["inner"].items()} == {"Aa": 1}
    assert {label: len(v) for label, v in found["missed"].items()} == {"abbr": 1}
    # The treebank's ends by shape, and its full stops kept inside before a capital.
    assert found["ends"]["a"] == 1 and found["ends"]["abbr"] == 1
    assert found["kept"]["Aa"] == 1
