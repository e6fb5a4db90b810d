"""Names across Arabic or Hebrew and a cased alphabet (reviewer/core/abjad_names.py)."""

import pytest

from reviewer.core.abjad_names import abjad_name_links, abjad_skeletons, cased_skeleton, writing


@pytest.mark.parametrize(
    ("name", "abjad"),
    [
        ("Bosphorus", "البوسفور"),  # the article
        ("Israel", "إسرائيل"),  # a hamza seat for the first vowel
        ("Poznań", "بوزنان"),
        ("Wiśniewska", "فيشنيفسكا"),  # w written f, sh one letter
        ("Ostrów", "أوستروف"),
        ("Spain", "وإسبانيا"),  # "and Spain": the conjunction written onto the name
        ("Sudan", "السودان"),
        ("Israel", "ישראל"),
        ("Poznań", "בפוזנן"),  # "in Poznań"
        ("Лондон", "لندن"),  # Cyrillic is cased too
        # a name whose first letters read as a preposition and the article (review42)
        ("California", "كاليفورنيا"),
        ("Palermo", "باليرمو"),
        ("Baltimore", "بالتيمور"),
        ("Falcon", "فالكون"),
        # Persian and Urdu letters: keheh, the retroflex t and r, zhe
        ("California", "کالیفرنیا"),
        ("Pakistan", "پاکستان"),
        ("Toronto", "ٹورنٹو"),
    ],
)
def test_a_name_and_its_abjad_spelling_share_a_skeleton(name: str, abjad: str) -> None:
    assert cased_skeleton(name) in abjad_skeletons(abjad)


@pytest.mark.parametrize(
    ("name", "abjad"),
    [
        ("Bosphorus", "الرياح"),  # the wind
        ("Israel", "الأسبوع"),  # the week
        ("Turkey", "إسبانيا"),
    ],
)
def test_other_words_do_not(name: str, abjad: str) -> None:
    assert cased_skeleton(name) not in abjad_skeletons(abjad)


def test_short_skeletons_are_no_evidence() -> None:
    # Kuba (kb) and Sinai (sn): two classes meet too many words of the other side
    assert abjad_skeletons("كوبا") == set()
    assert abjad_skeletons("سيناء") == set()


EN = [
    "Scientists in Poznań tracked storks.",
    "They flew over the Bosphorus to Israel.",
    "The birds rested for a week.",
    "Four of them died.",
]
AR = [
    "تتبع علماء في بوزنان اللقالق.",
    "حلقت فوق البوسفور إلى إسرائيل.",
    "استراحت الطيور أسبوعًا.",
    "نفق أربعة منها.",
]


def test_names_are_linked_where_both_documents_write_them() -> None:
    links = {skeleton: (a, c) for skeleton, a, c in abjad_name_links(AR, EN)}
    assert links == {"bsn": ([0], [0]), "bsbr": ([1], [1]), "srl": ([1], [1])}


def test_a_skeleton_far_from_its_place_is_no_link() -> None:
    # the Arabic document names Poznań only at its end: a word that sounds alike, not the name
    far = [AR[1], AR[2], AR[3]] + [f"جملة رقم {k}." for k in range(6)] + [AR[0]]
    assert "bsn" not in {skeleton for skeleton, _, _ in abjad_name_links(far, EN)}


def test_a_skeleton_in_more_sentences_on_one_side_is_no_link() -> None:
    twice = [*AR[:3], "عاد إلى بوزنان."]
    assert "bsn" not in {skeleton for skeleton, _, _ in abjad_name_links(twice, EN)}


def test_a_capital_that_only_opens_a_sentence_is_no_name() -> None:
    # "Tarsen" (trsn) opens the sentence and is nowhere else capitalised
    en = ["Tarsen study birds.", "Birds fly."]
    ar = ["يدرس تارسن الطيور.", "تطير الطيور."]
    assert abjad_name_links(ar, en) == []
    en = ["Tarsen study birds.", "They met the Tarsen club."]
    ar = ["يدرس تارسن الطيور.", "قابلوا نادي تارسن."]
    assert abjad_name_links(ar, en) == [("trsn", [0, 1], [0, 1])]


def test_writing_by_language_or_letters() -> None:
    assert writing(AR, "ar") == "abjad"
    assert writing(AR, None) == "abjad"
    assert writing(EN, "en") == "cased"
    assert writing(["他们飞越了博斯普鲁斯海峡。"], "zh") is None
