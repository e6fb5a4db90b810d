"""HTML left in scraped text is turned back into text (reviewer/core/html_remnants.py)."""

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from reviewer.core.html_remnants import clean
from reviewer.core.loading import load_paths
from reviewer.core.number_reader import numbers


def test_references_are_decoded_and_tags_removed() -> None:
    text = "<p>Around 9,000 cyclists use the city&#39;s 12&nbsp;km path, &euro;18.5 million.</p>"
    cleaned, warnings = clean(text)
    assert cleaned == "\nAround 9,000 cyclists use the city's 12\u00a0km path, €18.5 million.\n"
    assert warnings == ("2 HTML tags removed", "3 HTML character references decoded")
    # &#39; was the number 39 in every row with an apostrophe, 9&nbsp;000 was 9 and 000
    assert [m.key for m in numbers(cleaned, "en")] == ["9000", "12", "18500000"]
    assert [m.key for m in numbers(clean("Environ 9&nbsp;000 cyclistes&nbsp;!")[0], "fr")] == [
        "9000"
    ]


def test_a_page_on_one_line_keeps_its_paragraphs() -> None:
    cleaned, _ = clean("<div><p>First paragraph.</p><p>Second <b>bold</b> one.</p></div>")
    assert [line for line in cleaned.split("\n") if line] == [
        "First paragraph.",
        "Second bold one.",
    ]


def test_what_is_not_surely_markup_stays() -> None:
    for text in (
        "R&D spending at AT&T rose; Procter & Gamble did not.",  # no reference
        "If a <b> is less than c, then a < c.",  # one tag-like thing: prose
        "Only one &amp; here.",  # one reference: left as written
        "Escapes &#27;[31m and &#0; stay &#x7; as they are.",  # control characters
    ):
        assert clean(text) == (text, ())


@given(st.lists(st.sampled_from(list("ab <>/p&;#3x9\x1b") + ["&#27;", "<p>", "&nbsp;"])))
def test_cleaning_brings_no_control_character_in(parts: list[str]) -> None:
    text = "".join(parts)
    # a reference to ESC (&#27;) decoded would reach the terminal: it stays as written
    cleaned, _ = clean(text)
    assert cleaned.count("\x1b") == text.count("\x1b")
    if "&" not in text and "<" not in text:
        assert cleaned == text


def test_loading_cleans_and_says_so(tmp_path) -> None:
    (tmp_path / "page.txt").write_text(
        "<p>La ville a inauguré une piste de 12&nbsp;km.</p>\n<p>Elle a coûté 18,5&nbsp;M€.</p>\n",
        encoding="utf-8",
    )
    (file,) = load_paths([tmp_path]).files
    assert "<p>" not in file.text and "&nbsp;" not in file.text
    assert file.warnings == ("4 HTML tags removed", "2 HTML character references decoded")


def test_a_table_s_cells_stay_apart() -> None:
    # removed with nothing between, "<td>2023</td><td>45</td>" was the number 202345 (review30)
    cleaned, _ = clean("<table><tr><th>Year</th><th>Riders</th></tr><tr><td>2023</td><td>45</td>")
    assert [m.key for m in numbers(cleaned, "en")] == ["2023", "45"]
    assert "Year Riders" in " ".join(cleaned.split())


def test_a_loaded_text_is_nfc_after_its_references_are_decoded(tmp_path) -> None:
    # e&#769; decoded after the NFC normalisation was "é" in two code points in the text that
    # everything else reads as NFC (review30)
    (tmp_path / "menu.txt").write_text("<p>Cafe&#769; du port.</p>\n<p>Re&#769;sume&#769;.</p>\n")
    (file,) = load_paths([tmp_path]).files
    assert file.text == unicodedata.normalize("NFC", file.text)
    assert "Café du port." in file.text


def test_a_text_quoting_page_tags_is_no_page() -> None:
    # only a text that opens as a page loses its head and scripts (stop 40); a tutorial that
    # quotes <head> and <script> keeps them as it keeps any other remnant
    text = "Put the title inside <head>: <head><title>My page</title></head>. Then <p>text</p>."
    cleaned, warnings = clean(text)
    assert "My page" in cleaned and not any("whole HTML page" in w for w in warnings)
    page = "\ufeff\n<!-- saved -->\n<!doctype html><html><head><title>T</title></head><p>Body.</p>"
    cleaned, warnings = clean(page.lstrip("\ufeff"))
    assert cleaned.split() == ["Body."] and any("whole HTML page" in w for w in warnings)
