"""The app's pure parts: wrapping, cells (spans carried through the sanitiser), review state."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st
from rich.cells import cell_len

from reviewer.core.model import Finding, Segment
from reviewer.core.sanitize import sanitize
from reviewer.tui.cells import EMPTY_MARK, build_cell
from reviewer.tui.wrapping import RowLayout, cell_width, is_narrow, wrap

words = st.text(alphabet=st.sampled_from("abcdé ố 中文カ  xyz"), min_size=0, max_size=120)


@given(words, st.integers(min_value=1, max_value=60))
def test_wrap_keeps_every_visible_character_in_order_within_the_width(text, width):
    lines = wrap(text, width)
    pieces = [text[a:b] for a, b in lines]
    assert "".join(pieces).replace(" ", "") == text.replace(" ", "")
    assert all(a <= b for a, b in lines)
    assert all(b <= lines[i + 1][0] for i, (_, b) in enumerate(lines[:-1]))
    for piece in pieces:  # a lone wide character may exceed a width of one
        assert cell_len(piece) <= max(width, 2)


@given(st.text(alphabet=st.sampled_from("abc déf ốư"), max_size=200), st.integers(1, 50))
@example(" aa", 2)  # the CJK cut-back (no number split) once reached narrow lines
def test_fast_and_wide_paths_agree_on_narrow_text(text, width):
    assert is_narrow(text)
    assert wrap(text, width, narrow=True) == wrap(text, width, narrow=False)


def test_wide_characters_take_two_cells():
    text = "哈萨克斯坦总统"
    assert cell_width(text) == 14 and not is_narrow(text)
    assert [text[a:b] for a, b in wrap(text, 5)] == ["哈萨", "克斯", "坦总", "统"]


def test_row_layout_finds_the_row_of_a_line():
    layout = RowLayout([3, 1, 4])
    assert layout.starts == [0, 3, 4, 8] and layout.total == 8
    assert [layout.row_at(line) for line in range(8)] == [0, 0, 0, 1, 2, 2, 2, 2]
    assert layout.row_at(99) == 2


def seg(ordinal: int, text: str, kind: str | None = None) -> Segment:
    return Segment(ordinal, 0, 0, len(text), text, kind)


def test_finding_spans_follow_their_text_through_placeholders_and_labels():
    segments = (seg(0, "Foto: AP", "caption"), seg(1, "Giá \x1b[2J 120 USD"))
    text = " ".join(s.text for s in segments)
    start = text.index("120")
    cell = build_cell(
        segments, [Finding("number-mismatch", "vi", "major", "m", ((start, start + 3),))]
    )
    assert cell.text == "‹caption› Foto: AP Giá ␛[2J 120 USD"
    ((a, b, kind),) = [s for s in cell.spans if s[2].startswith("finding")]
    assert cell.text[a:b] == "120" and kind == "finding:number-mismatch"
    assert cell.text[slice(*[s for s in cell.spans if s[2] == "label"][0][:2])] == "‹caption›"
    assert not cell.boilerplate_only


def test_override_marks_and_unmarks_boilerplate():
    marked = build_cell((seg(0, "Text"),), override="caption")
    assert marked.boilerplate_only and marked.text.startswith("‹caption›")
    unmarked = build_cell((seg(0, "Ảnh: Reuters", "caption"),), override="none")
    assert unmarked.text == "Ảnh: Reuters" and not unmarked.boilerplate_only


def test_empty_cell_shows_a_mark_and_its_finding():
    cell = build_cell((), [Finding("missing", "id", "major", "nothing here")])
    assert cell.text == EMPTY_MARK
    assert "finding:missing" in {kind for _, _, kind in cell.spans}


@given(st.lists(st.text(max_size=30), min_size=1, max_size=4))
def test_cell_text_is_always_safe(texts):
    cell = build_cell(tuple(seg(i, t) for i, t in enumerate(texts)))
    assert sanitize(cell.text) == cell.text


# --- breaking lines where a reader expects (issue 11) ---------------------------------------


def test_lines_break_after_a_hyphen_inside_a_word():
    text = "die russisch-kasachischen Beziehungen"
    assert [text[a:b] for a, b in wrap(text, 17)] == [
        "die russisch-",
        "kasachischen",
        "Beziehungen",
    ]
    assert wrap("a -5 b", 3) == [(0, 1), (2, 4), (5, 6)]  # a minus sign is not a hyphen


@given(
    st.lists(
        st.sampled_from(["mit", "und", "Euro", "1 240", "6 000", "12 000 000", "3"]),
        min_size=1,
        max_size=30,
    ),
    st.integers(min_value=11, max_value=40),
)
def test_grouped_numbers_never_break(words, width):
    text = " ".join(words)
    for narrow in (True, False):
        lines = [text[a:b] for a, b in wrap(text, width, narrow=narrow)]
        for number in ("1 240", "6 000", "12 000 000"):
            expected = text.count(number)
            assert sum(line.count(number) for line in lines) == expected


def test_a_number_keeps_its_unit_sign_on_its_line() -> None:
    # A made-up leaflet (stop 27): "25" ended one line and "°C," began the next.
    text = "Conserver à une température ne dépassant pas 25 °C, hors de la portée des enfants."
    for narrow in (True, False):
        lines = [text[a:b] for a, b in wrap(text, 47, narrow=narrow)]
        assert lines[0] == "Conserver à une température ne dépassant pas"
        assert lines[1].startswith("25 °C,")
    text = "hausse de 12 % du trafic"
    assert [text[a:b] for a, b in wrap(text, 12)] == [
        "hausse de",
        "12 % du",
        "trafic",
    ]


def test_chinese_after_a_list_number_fills_the_line() -> None:
    """A made-up manual (stop 26): `1.` stood alone on its line, the Chinese sentence after it
    on the next ones, as if the sentence were one word; CJK breaks between any two characters."""
    text = "1. 将设备放置在平整的表面上，距离墙壁至少30厘米。"
    lines = [text[a:b] for a, b in wrap(text, 36)]
    assert lines == ["1. 将设备放置在平整的表面上，距离墙", "壁至少30厘米。"]
    text = "总投资 585亿元，新线全长292公里。"
    assert [text[a:b] for a, b in wrap(text, 17)] == ["总投资 585亿元，", "新线全长292公里。"]


def test_a_word_longer_than_the_column_is_cut_and_said_so():
    from reviewer.tui.wrapping import is_cut

    text = "der Generalversammlung der"
    lines = wrap(text, 10)
    assert [text[a:b] for a, b in lines] == ["der", "Generalver", "sammlung", "der"]
    assert [is_cut(text, b) for _, b in lines] == [False, True, False, False]
    assert not is_cut("哈萨克斯坦", 2)  # wide text has no spaces: no mark on every line


# --- wide text: numbers, words and punctuation stay whole (issue 15, looked at by hand) -------


def test_a_number_inside_chinese_text_is_never_split_across_lines():
    # Seen in the app at 80 columns: 每平方米4↩ / 91升, a reviewer read 4 and 91 for 491.
    text = "在奇瓦镇，8小时内降雨量高达每平方米491升。"
    lines = [text[a:b] for a, b in wrap(text, 36)]
    assert lines == ["在奇瓦镇，8小时内降雨量高达每平方米", "491升。"]
    text = "政府于12月11日批准了总额10600亿欧元的援助计划，增长12.5%。"
    for width in range(6, 40):
        lines = [text[a:b] for a, b in wrap(text, width)]
        for number in ("12", "11", "10600", "12.5%"):
            assert sum(line.count(number) for line in lines) == text.count(number), (width, lines)


def test_chinese_and_japanese_lines_never_start_with_closing_punctuation():
    text = "全线设12座车站，其中新建车站4座。加盟国間の貿易額は昨年増え、270億ドルに達した。"
    for width in range(4, 30):
        lines = [text[a:b] for a, b in wrap(text, width)]
        assert not any(line[:1] in "，。、" for line in lines), (width, lines)
        assert "".join(lines) == text


def test_a_thai_word_cut_after_a_tone_mark_is_marked_like_any_cut():
    from reviewer.tui.wrapping import is_cut

    text = "ทางการสเปนระบุว่า น้ำท่วมฉับพลันในแคว้นบาเลนเซีย"
    lines = wrap(text, 14)
    assert text[: lines[0][1]] == "ทางการสเปนระบุว่"  # ends on a mark: the word goes on
    assert all(is_cut(text, b) for _, b in lines[:1])
    assert [is_cut(text, b) for _, b in lines[2:-1]] == [True] * len(lines[2:-1])
