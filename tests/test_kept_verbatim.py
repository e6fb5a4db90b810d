"""`group_alignment._mostly_other_scripts`, which tells a witness written in another script
for `_kept_verbatim`: fewer than half of the text's letters Latin, counted by runs instead of
a list of every letter; the same answer as counting each letter."""

import pytest
import regex

from reviewer.core import group_alignment


def _by_letter(text: str) -> bool:
    """The count it replaced: every Latin letter, every letter, one by one."""
    return len(regex.findall(r"\p{Latin}", text)) * 2 < len(regex.findall(r"\p{L}", text))


@pytest.mark.parametrize(
    "text",
    [
        "Erfahrung mit Cloud-Plattformen wie AWS oder Azure.",  # ASCII-free Latin: no
        "Kinh nghiệm với các nền tảng đám mây như AWS hoặc Azure.",  # Vietnamese: Latin
        "خبرة في منصات السحابة مثل AWS أو Azure.",  # Arabic with Latin names: yes
        "Опыт работы с облачными платформами, такими как AWS или Azure.",
        "AWSやAzureなどのクラウド経験。",
        "AWS Azure Ж",  # Latin outnumbers: no
        "AB ЖЖ",  # two against two: not fewer than half
        "AB ЖЖЖ",  # two against three: yes
        "ⅠⅡ ЖЖ 12 — ¿?",  # Roman numerals are Latin script but no letters
        "",
        "12 345 — …",
        "Plain ASCII text, with 3 numbers 4 and 5.",
    ],
)
def test_the_same_answer_as_counting_each_letter(text):
    assert group_alignment._mostly_other_scripts(text) == _by_letter(text)


def test_other_scripts_fire_and_latin_does_not():
    assert group_alignment._mostly_other_scripts("خبرة في منصات السحابة مثل AWS أو Azure.")
    assert group_alignment._mostly_other_scripts("AB ЖЖЖ")
    assert not group_alignment._mostly_other_scripts("AB ЖЖ")
    assert not group_alignment._mostly_other_scripts("Kinh nghiệm với các nền tảng đám mây")
    assert not group_alignment._mostly_other_scripts("Plain ASCII text.")
