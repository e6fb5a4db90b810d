"""End to end on made-up news with planted faults (tests/data/planted/README.md): the whole
pipeline finds each planted fault where it is, and nothing else of severity minor or worse."""

from pathlib import Path

import pytest

from reviewer.core.session import open_corpus

PLANTED = Path(__file__).parent / "data" / "planted"


def _findings(folder: str) -> tuple[object, set[tuple[str, str, str]]]:
    corpus = open_corpus([PLANTED / folder])
    (group,) = corpus.groups
    aligned = corpus.aligned(group)
    found = set()
    for row, findings in enumerate(aligned.findings):
        pivot_text = " ".join(s.text for s in aligned.cell(row, aligned.group.pivot))
        for finding in findings:
            if finding.severity in ("major", "minor"):
                found.add((finding.check, finding.lang, pivot_text[:24]))
    return aligned, found


@pytest.mark.parametrize(
    ("folder", "members", "expected"),
    [
        (
            "chile_quake",
            {"ar", "en", "fr", "hi", "ja", "ko"},
            {
                ("number-mismatch", "ko", "وقُتل ثلاثة أشخاص على ال"),
                ("missing", "ja", "وانقطعت الكهرباء عن أكثر"),
                ("extra", "hi", ""),
            },
        ),
        (
            "porto_tram",
            {"de", "en", "es", "ru", "zh"},
            {
                ("number-mismatch", "de", "The line will be 14 kilo"),
                ("missing", "es", "Construction is expected"),
            },
        ),
        (
            "murano",
            {"el", "he", "hi", "it", "nl", "tr"},
            {
                ("number-mismatch", "tr", "מוצגים בה 230 חפצים שנוצ"),
                ("untranslated", "he", "The first rooms show gob"),
                ("missing", "nl", "The first rooms show gob"),
                ("extra", "el", ""),
            },
        ),
        (
            "coral_study",
            {"ar", "en", "fr", "id", "ja", "pt", "vi"},
            {
                ("number-mismatch", "id", "The team led by marine b"),
                ("extra", "ja", ""),
                ("missing", "pt", "Rising sea temperatures "),
            },
        ),
        # No fault planted: "1至11月" (January to November) is no count of 1 (was three
        # false number-mismatch findings against "the first eleven months").
        ("stats_november", {"en", "ja", "ko", "ru", "zh"}, set()),
    ],
)
def test_every_planted_fault_is_found_where_it_is_and_nothing_else(folder, members, expected):
    aligned, found = _findings(folder)
    assert set(aligned.group.members) == members
    assert found == expected
