"""Long documents and long paragraphs take linear time (stop 39's final read).

Each input below took seconds with a test asked again on every row or at every sentence end,
reading all the rows of the name it asks about or the rest of the paragraph (quadratic); the
bounds are loose for a slow machine, while the quadratic reading still fails them. Timings
belong in bench/; this guards a complexity class.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from reviewer.core import checks, checks_names
from reviewer.core.checks import get_check, run_checks
from reviewer.core.segmenting import segment
from tests.test_checks import build
from tests.test_hostile_scale import _seconds


def test_a_name_spelled_two_ways_on_many_rows_is_checked_in_linear_time() -> None:
    # pl writes Tokarcuk on every third row, Tokarczuk on the others, and fr its own two
    # spellings on the same rows: the text's own two spellings (`_told_apart_elsewhere`), no
    # finding. Asked once per row, each asking read all the rows: 6,000 rows took 9 s.
    n = 6_000
    columns = {
        "en": [f"On day {k} Tokarczuk spoke." for k in range(n)],
        "pl": [f"W dniu {k} {'Tokarcuk' if k % 3 == 0 else 'Tokarczuk'} mówiła." for k in range(n)],
        "fr": [
            f"Le jour {k} {'Tokarczouk' if k % 3 == 0 else 'Tokarczuk'} a parlé." for k in range(n)
        ],
    }
    rows, segments = build(columns)
    check = get_check("name-consistency")
    found: list = []
    elapsed = _seconds(lambda: found.append(run_checks(rows, segments, "en", checks=[check])))
    assert not any(found[0]), "the two spellings are the text's own"
    assert elapsed < 3.0, f"{elapsed:.1f} s for {n:,} rows"


def _bracketed(n: int) -> dict[str, list[str]]:
    """n rows where ar writes an institute's words before its name in brackets, and n where
    en names it and ar does not, half of them with those words (`_spelled_before_brackets`)."""
    en = [f"The institute Inpe said word{k} today." for k in range(n)]
    ar = [f"قال المعهد الوطني رقم{k} كلمة{k} (Inpe) اليوم." for k in range(n)]
    en += [f"Inpe reported word{k}." for k in range(n)]
    ar += [f"أفاد رقم{k} كلمة{k}." if k % 2 else f"أفاد المعهد كلمة{k}." for k in range(n)]
    return {"en": en, "ar": ar}


def test_a_name_in_brackets_after_other_words_on_each_row_is_checked_in_linear_time() -> None:
    # Each row without the name looked for every row's words before the bracket: 10,000 rows
    # of each took 6.4 s, 1.5 s with a look-up of the cell's substrings.
    n = 10_000
    rows, segments = build(_bracketed(n))
    check = get_check("name-mismatch")
    found: list = []
    elapsed = _seconds(lambda: found.append(run_checks(rows, segments, "en", checks=[check])))
    majors = [i for i, row in enumerate(found[0]) for f in row if f.severity == "major"]
    # the rows without those words, and those alone
    assert majors == [n + k for k in range(0, n, 2)]
    assert elapsed < 4.0, f"{elapsed:.1f} s for {2 * n:,} rows"


def test_a_long_cell_of_names_in_brackets_is_read_in_linear_time() -> None:
    # The text before each name in brackets was copied and split: a cell of 8,000 took 3.6 s.
    n = 8_000
    columns = {
        "en": ["The institute Inpe said it. " * 3, "Inpe reported today."],
        "ar": [" ".join(f"المعهد رقم{k} (Inpe)" for k in range(n)), "أفاد المعهد اليوم."],
        "fr": ["L'institut Inpe l'a dit. " * 3, "Inpe a rapporté aujourd'hui."],
    }
    rows, segments = build(columns)
    check = get_check("name-mismatch")
    assert _seconds(lambda: run_checks(rows, segments, "en", checks=[check])) < 1.5


@given(st.text(alphabet="ab \t\n\u3000(", max_size=30), st.integers(0, 3))
def test_the_last_words_are_those_split_gives(text: str, count: int) -> None:
    for end in range(len(text) + 1):
        expected = text[:end].split()[-count:] if count else []
        assert checks_names._last_words(text, end, count) == expected


def test_a_long_paragraph_of_short_sentences_is_cut_in_linear_time() -> None:
    # Each full stop asked whether the next word closes a bracket, and `regex` looked for the
    # bracket in the rest of the paragraph: 400,000 characters took 2.0 s, 100,000 0.2 s.
    unit = "Le chat dort. "

    def fresh(size: int):  # another text each run: a paragraph cut once is kept
        texts = iter([f"{k}. " + unit * (size // len(unit)) for k in range(3)])
        return lambda: segment(next(texts), "fr")

    small, large = _seconds(fresh(100_000)), _seconds(fresh(400_000))
    assert large < 6.0 * small + 0.2, f"{large:.2f} s against {small:.2f} s"
    # the bracket that the next word closes still holds no sentence end
    text = unit * 1000 + "Il vit à Pekanbaru (SSK. II) depuis 2010."
    assert segment(text, "fr")[-1].text == "Il vit à Pekanbaru (SSK. II) depuis 2010."


def test_a_long_cell_of_names_the_others_lack_is_identified_in_linear_time() -> None:
    # A German cell left in English, each sentence opened by a name no other version writes:
    # each name was searched for in the whole of every other cell (`_without_kept_names`),
    # 8,000 sentences took 7.7 s.
    n = 8_000
    columns = {
        "en": [" ".join(f"Alpha{k} met the man." for k in range(n))],
        "fr": [" ".join(f"Beta{k} a vu l'homme." for k in range(n))],
        "es": [" ".join(f"Gamma{k} vio al hombre." for k in range(n))],
        "de": [" ".join(f"Delta{k} met the man." for k in range(n))],
    }
    rows, segments = build(columns)
    check = get_check("untranslated")
    assert _seconds(lambda: run_checks(rows, segments, "en", checks=[check])) < 2.0


@given(
    st.lists(st.text("ab", min_size=1, max_size=4), max_size=12),
    st.lists(st.text("ab ", max_size=24), max_size=3),
)
def test_the_words_held_are_counted_as_by_searching_each(words: list[str], texts: list[str]):
    searched = {word: sum(word in text for text in texts) for word in words}
    assert checks._held_by(words, texts) == searched
    kept = checks._SEARCHED
    checks._SEARCHED = 0  # the look-up among the texts' substrings
    try:
        assert checks._held_by(words, texts) == searched
    finally:
        checks._SEARCHED = kept


def test_a_recurring_cell_is_identified_once(monkeypatch) -> None:
    # `_identified` lost its cache to `_without_kept_names` (a decorator left above the
    # function put before it): each of 3,000 rows of 20 recurring cells was identified again.
    from reviewer.core import language

    asked: list[str] = []
    identify = language.identify

    def counted(text: str):
        asked.append(text)
        return identify(text)

    monkeypatch.setattr(language, "identify", counted)
    n = 3_000
    columns = {
        "en": [f"The weather report number {k % 20} says rain in the north." for k in range(n)],
        "fr": [f"Le bulletin numéro {k % 20} annonce de la pluie dans le nord." for k in range(n)],
        "de": [f"The weather report number {k % 20} says rain in the south." for k in range(n)],
    }
    rows, segments = build(columns)
    found = run_checks(rows, segments, "en", checks=[get_check("untranslated")])
    assert sum(map(len, found)) == n  # every German cell is English
    assert len(asked) == len(set(asked)) <= 2 * 20


def test_a_long_cell_of_acronyms_written_together_is_checked_in_linear_time() -> None:
    # de writes USA and UK together, fr the full names (`_written_together`): each of a long
    # cell's mentions was asked about again, reading the whole cell; 800 sentences took 9.5 s.
    n = 800
    columns = {
        "de": ["Die USA und das UK reden. " * n, "Die USA reden.", "Das UK und die USA reden."]
        + ["Die USA und das UK reden."] * 2,
        "fr": [
            "Les États-Unis et le Royaume-Uni parlent. " * n,
            "Les États-Unis parlent.",
            "Le Royaume-Uni et les États-Unis parlent.",
        ]
        + ["Les États-Unis et le Royaume-Uni parlent."] * 2,
    }
    rows, segments = build(columns)
    check = get_check("name-mismatch")
    found: list = []
    elapsed = _seconds(lambda: found.append(run_checks(rows, segments, "de", checks=[check])))
    assert not any(found[0])
    assert elapsed < 1.0, f"{elapsed:.1f} s for {n:,} sentences"


def test_many_sums_said_in_parts_are_joined_in_linear_time() -> None:
    # "1 млн 800 тыс." read as two numbers and joined (`_sums_in_parts`): each joined part
    # was deleted from the list of the text's numbers: 200,000 of them took 12 s.
    from reviewer.core.mention import Mention
    from reviewer.core.number_reader import _sums_in_parts

    unit, n = "1 млн 800 тыс. ", 200_000
    text = unit * n
    parts = []
    for k in range(n):
        at = k * len(unit)
        parts.append(Mention("number", "1000000", at, at + 5, "1 млн", 1e6))
        parts.append(Mention("number", "800000", at + 6, at + 14, "800 тыс.", 8e5))
    joined: list = []

    def join() -> None:
        found = list(parts)
        _sums_in_parts(text, found)
        joined.append(found)

    elapsed = _seconds(join)
    assert len(joined[0]) == n and joined[0][-1].value == 1_800_000
    assert elapsed < 3.0, f"{elapsed:.1f} s for {n:,} sums"


def _long_row_of_names(n: int) -> dict[str, list[str]]:
    """One row where seven cased versions list the same n people, each version changing one
    surname in ten, and zh writes none of them in letters (`_swaps_without_capitals`)."""
    import random

    draw = random.Random(7)
    syllables = ["ko", "va", "len", "mar", "tin", "ska", "ber", "lo", "ni", "ra", "del", "vic"]

    def word() -> str:
        return "".join(draw.choice(syllables) for _ in range(draw.randint(2, 3))).capitalize()

    given = [word() for _ in range(60)]
    people = [f"{draw.choice(given)} {word()}" for _ in range(n)]
    columns = {"zh": ["他们说" + "、".join("某人" for _ in people) + "。"]}
    for lang in ("en", "de", "fr", "es", "it", "pl", "tr"):
        own = [p if draw.random() > 0.1 else p.split()[0] + " " + word() for p in people]
        columns[lang] = [f"Yesterday {own[0]} met " + ", ".join(own) + "."]
    return columns


def test_a_long_row_of_names_through_a_caseless_pivot_is_checked_in_linear_time() -> None:
    # Each name a version changed was asked of every name of the row, and each pair of
    # names beside each other of every pair of the cell's names: 1,600 names took 6.5 s.
    # (on main, where _side_by_side read every pair of the cell's names, 200 names took 11 s)
    check = get_check("name-mismatch")
    rows, segments = build(_long_row_of_names(200))
    assert any(run_checks(rows, segments, "zh", checks=[check])), "the changed names are found"
    rows, segments = build(_long_row_of_names(1_600))
    elapsed = _seconds(lambda: run_checks(rows, segments, "zh", checks=[check]))
    assert elapsed < 4.0, f"{elapsed:.1f} s"


def test_a_page_of_tags_never_closed_is_read_in_linear_time() -> None:
    # Each `<script>` or `<!--` never closed read the rest of the page for its end: 10,000
    # of each in 360 kB took 6 s (40,000, 1.4 MB: 97 s).
    from reviewer.core import html_remnants

    n = 10_000
    page = (
        "<!DOCTYPE html><html><head><title>x</title></head><body>"
        + "<p>a <script> b</p>\n" * n
        + "<p>c <!-- d</p>\n" * n
    )
    cleaned: list = []
    elapsed = _seconds(lambda: cleaned.append(html_remnants.clean(page)[0]))
    assert cleaned[0].count("<script>") == n and cleaned[0].count("<!--") == n
    assert "<head>" not in cleaned[0] and "<p>" not in cleaned[0]
    assert elapsed < 1.0, f"{elapsed:.1f} s"


def test_a_listing_of_many_floors_is_read_in_linear_time() -> None:
    # Each number was asked of every floor word of the text (`_without_floors`): 10,000
    # flats took 8 s.
    from reviewer.core.number_reader import numbers

    n = 10_000
    found: list = []
    # (a new text each run: `numbers` keeps what it read)
    elapsed = _seconds(
        lambda: found.append(
            numbers(f"{len(found)} " + "Wohnung im 2. OG, Preis 300 Euro. " * n, "de")
        )
    )
    assert [m.key for m in found[0][1:]] == ["300"] * n, "the floors are not compared"
    assert elapsed < 1.5, f"{elapsed:.1f} s"


def test_a_case_of_a_name_is_found_among_many_names_in_linear_time() -> None:
    # The form a pl name is a case of was looked for among all the document's names, at each
    # name asked (`_base_form`): 1,000 asked of 100,000 names took seconds.
    from reviewer.core.mention import Mention

    names = {f"nazwisko{k:06d}": f"Nazwisko{k:06d}" for k in range(100_000)}
    names["mondrian"] = "Mondrian"
    asked = [f"nazwisko{k:06d}owi" for k in range(0, 100_000, 100)] + ["mondrianowi", "mondriana"]
    found: list = []

    def ask() -> None:
        found[:] = [
            checks_names._base_form(Mention("name", key, 0, len(key), key), names, "pl")
            for key in asked
        ]

    elapsed = _seconds(ask)
    assert found[-2:] == ["Mondrian", "Mondrian"] and found[0] == "Nazwisko000000"
    assert elapsed < 0.5, f"{elapsed:.2f} s"
