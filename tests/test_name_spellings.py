"""One name transliterated two ways, or two names (reviewer/core/name_spellings.py)."""

import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reviewer.core.name_spellings import heard_in, one_name, readings, words_apart


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Tchaikovsky", "Tschaikowski"),
        ("Tchaikovsky", "Czajkowski"),
        ("Zelensky", "Selenskyj"),
        ("Schomart", "Jomart"),  # Kassym-Jomart, de Kassym-Schomart
        ("Khrushchev", "Chruschtschow"),
        ("Khrushchev", "Hruščov"),  # a caron, and the kh heard as an h
        ("Khrushchev", "Khrouchtchev"),
        ("Tokayev", "Tokajew"),
        ("Tokayev", "Tokaïev"),
        ("Gaddafi", "Kadhafi"),
        ("Medvedev", "Miedwiediew"),
        ("Yanukovych", "Janukowytsch"),
        ("Tkachenko", "Tkaczenko"),
        ("Wiśniewska", "Vishnevskaya"),
        ("Dvořák", "Dvorak"),
        ("Herzog", "Hercog"),  # the Slavic c
        ("Sara", "Sarah"),  # a silent h
        ("Marike", "Marieke"),  # vowels
        ("Friedman", "Φρίντμαν"),  # Greek writes d as ντ
    ],
)
def test_transliterations_are_one_name(a: str, b: str) -> None:
    assert one_name(a, b)
    assert one_name(b, a)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Feldman", "Friedman"),  # l for r: no transliteration trades them
        ("Bergmund", "Berglund"),
        ("Kowalska", "Wiśniewska"),
        ("Macron", "Marcon"),  # consonants in another order
        ("Jaiyen", "Jaidee"),
    ],
)
def test_other_names_are_not(a: str, b: str) -> None:
    assert not one_name(a, b)


def test_words_apart_compares_capitalised_words_in_order() -> None:
    assert words_apart("Noa Feldman", "Noa Friedman") == [("Feldman", "Friedman")]
    assert words_apart("Kassym-Schomart Tokajew", "Kassym-Jomart Tokayev") == []
    # particles are no name (de den, en der: the planted museum_hours stays an info)
    assert words_apart("Marike van den Berg", "Marieke van der Berg") == []
    assert words_apart("Dr Siti Nurhaliza", "Siti Nurhaliza") == []  # not as many words


@pytest.mark.parametrize(
    "text",
    [
        "«Это исторический день», — сказала Ноа Фридман.",
        "אמרה נועה פרידמן",
        "قالت نوا فريدمان",
        "नोआ फ़्रीडमैन ने कहा",
        "Το είπε η Νόα Φρίντμαν.",
        "сказала Ноа Фридман.",
    ],
)
def test_a_name_is_heard_in_scripts_that_tell_l_from_r(text: str) -> None:
    assert heard_in("Friedman", text)
    assert not heard_in("Feldman", text)


def test_scripts_without_spaces_or_with_one_letter_for_l_and_r_hear_nothing() -> None:
    assert not heard_in("Friedman", "首席执行官诺亚·弗里德曼说")  # zh: l and r alike
    assert not heard_in("Friedman", "ノア・フリードマンCEOは述べた")
    # Latin letters: compared as names, not heard
    assert not heard_in("Friedman", "The chief executive Noa Friedman said")


def test_a_word_of_one_or_two_classes_is_not_looked_for() -> None:
    # Jaiyen (n) and Jaidee (t, or j-d): inside most words of any sentence
    assert not heard_in("Jaiyen", "Директор храма Сомчай Джайди сказал")
    assert not heard_in("Jaidee", "Директор храма Сомчай Джайди сказал")


def test_a_vav_may_be_a_vowel() -> None:
    assert heard_in("Berglund", "إنغريد برغلوند")
    assert heard_in("Berglund", "אינגריד ברגלונד")


@given(st.text(max_size=30), st.text(max_size=30))
def test_any_two_words_give_an_answer_both_ways(a: str, b: str) -> None:
    assert one_name(a, b) == one_name(b, a)
    assert isinstance(readings(a), frozenset)


def test_readings_of_a_long_run_of_two_way_letters_are_bounded() -> None:
    # review43: Arabic laughter (ههههه, anyascii "hhhhh") is a run of h, each sounded or
    # silent: every choice was tried while the readings stayed two (K, none), 2**n of them
    # (20 letters 5 s, 30 an hour); `heard_in` reads every word of a version's cell
    started = time.perf_counter()
    assert readings("ه" * 40) == {"K", ""}
    assert not heard_in("Friedman", "قال " + "ه" * 40 + " شيئا")
    assert time.perf_counter() - started < 1.0
