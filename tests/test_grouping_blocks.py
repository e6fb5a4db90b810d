"""Blocks: a folder of more than SMALL_CORPUS documents is cut by a key that translations
keep (grouping_candidates.blocks), and each block is treated as a small folder
(grouping_blocks.in_blocks), so that grouping does not change at SMALL_CORPUS + 1 documents."""

import random
import tomllib
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from reviewer.core import boilerplate, grouping, grouping_short, segmenting, unit_conversions
from reviewer.core.grouping_blocks import NEAR_PARTNERS, beyond_blocks, in_blocks, near_partners
from reviewer.core.grouping_candidates import (
    BLOCK_SPREAD,
    FORCED_MEMBERS,
    LENGTH_FACTORS,
    SEAM_PARTNERS,
    SMALL_CORPUS,
    block_key,
    blocks,
    seam_pairs,
)
from reviewer.core.grouping_features import SHAPE_PARAGRAPHS, Fingerprint
from reviewer.core.model import Document

DATA = Path(__file__).parent / "data" / "grouping"


def shaped(paragraphs: int, sentences: int, chars: int) -> Fingerprint:
    per = [sentences // paragraphs] * paragraphs
    per[0] += sentences - sum(per)
    return Fingerprint(frozenset(), paragraphs, (), sentences=tuple(per), chars=chars)


def test_a_translation_keeps_the_block_key_and_another_text_does_not():
    # an English text of 10 paragraphs and its Chinese and Japanese versions (a paragraph
    # split in one, two merged in the other; Han and kana carry more per character; the
    # sentences do not count: a segmenter may not know a script's sentence ends)
    en = block_key("en", shaped(10, 12, 460))
    near = [block_key("zh", shaped(11, 12, 170)), block_key("ja", shaped(9, 9, 215))]
    for other in near:
        assert all(abs(x - y) < s for x, y, s in zip(en, other, BLOCK_SPREAD, strict=True))
    # a text of 4 paragraphs, or of the same count and a third of the length, is apart
    for far in (block_key("en", shaped(4, 12, 460)), block_key("de", shaped(10, 12, 150))):
        assert any(abs(x - y) >= s for x, y, s in zip(en, far, BLOCK_SPREAD, strict=True))


documents_strategy = st.lists(
    st.tuples(
        st.sampled_from(["en", "fr", "zh", "ja", "de"]),
        st.integers(1, 30),
        st.integers(1, 60),
        st.integers(20, 5000),
    ),
    min_size=1,
    max_size=200,
)


@settings(max_examples=60, deadline=None)
@given(documents_strategy, st.randoms(use_true_random=False))
def test_blocks_cut_every_folder_into_small_blocks_whatever_the_order(items, rng):
    langs = [lang for lang, *_ in items]
    prints = [shaped(p, max(p, s), c) for _, p, s, c in items]
    found = blocks(langs, range(len(items)), prints)
    placed = sorted(i for block in found for i in block)
    if len(items) <= FORCED_MEMBERS and min(p for _, p, *_ in items) >= SHAPE_PARAGRAPHS:
        assert placed == list(range(len(items)))
    else:  # pieces of one shape with no gap, of many texts or of short ones, are left out of
        # the blocks (to the features, the short texts to beyond_blocks): disjoint blocks only
        assert len(set(placed)) == len(placed) and set(placed) <= set(range(len(items)))
    assert all(0 < len(block) <= SMALL_CORPUS for block in found)
    if len(items) <= SMALL_CORPUS:
        assert found == [list(range(len(items)))]
    # the same documents in another order (their path order with them) make the same blocks
    order = list(range(len(items)))
    rng.shuffle(order)
    again = blocks([langs[i] for i in order], order, [prints[i] for i in order])
    assert sorted(sorted(order[k] for k in block) for block in again) == sorted(found)


@settings(max_examples=40, deadline=None)
@given(st.integers(3, 14), st.integers(0, 5), st.lists(st.integers(5, 12), min_size=14))
def test_texts_apart_from_each_other_by_a_spread_are_never_cut(groups, start, paragraphs):
    # groups of five translations (each language's length by its factor), each group's
    # length three times the last's: however many documents, no group is cut
    langs, prints, label = [], [], []
    for number in range(groups):
        for lang in ("en", "fr", "de", "zh", "ja"):
            chars = 50 * 3 ** (start + number) / LENGTH_FACTORS.get(lang, 1.0)
            langs.append(lang)
            prints.append(shaped(paragraphs[number], paragraphs[number], round(chars)))
            label.append(number)
    found = blocks(langs, range(len(prints)), prints)
    home = {i: n for n, block in enumerate(found) for i in block}
    for number in range(groups):
        assert len({home[i] for i, x in enumerate(label) if x == number}) == 1


def test_a_group_beyond_a_block_stays_and_each_block_is_treated_on_its_own():
    seen = []

    def treat(indices, local):
        seen.append((list(indices), [list(g) for g in local]))
        return [*local, [0, 1]] if len(indices) >= 2 else local

    result = in_blocks([[0, 1, 2, 3], [4, 5, 6]], [[1, 2], [3, 7]], treat)
    # [3, 7] reaches beyond the blocks (7 is in none: a group of the features): kept, its
    # documents left out of the views; [1, 2] is numbered in its block's view (1 and 2 of
    # 0, 1, 2)
    assert seen == [([0, 1, 2], [[1, 2]]), ([4, 5, 6], [])]
    assert result == [[3, 7], [1, 2], [0, 1], [4, 5]]


def test_a_group_across_two_blocks_is_treated_in_the_block_of_most_of_its_members():
    seen = []

    def treat(indices, local):
        seen.append((list(indices), [list(g) for g in local]))
        return local

    # [2, 3, 5] lies across a seam (grouping_candidates.seam_pairs): treated with block 0,
    # which has two of its members, and 5 in that view, not in its own block's
    result = in_blocks([[0, 1, 2, 3], [4, 5, 6]], [[2, 3, 5]], treat)
    assert seen == [([0, 1, 2, 3, 5], [[2, 3, 4]]), ([4, 6], [])]
    assert result == [[2, 3, 5]]


def items_of(name: str) -> list[tuple[str, str, str]]:
    entries = tomllib.loads((DATA / name).read_text(encoding="utf-8"))["doc"]
    return [
        (f"{name[:-5]}-{e.get('name', k)}-{e['lang']}", e["lang"], e["text"])
        for k, e in enumerate(entries)
    ]


GULL_LANGS = dict(
    zip(
        [f"k{n}" for n in range(1, 9)] + ["b1", "b2", "b3"],
        ["en", "de", "fr", "es", "it", "ru", "zh", "ja", "en", "de", "fr"],
        strict=True,
    )
)


def groups_of(items: list[tuple[str, str, str]]) -> list[list[str]]:
    documents = [Document(name, Path(name), text, lang, "") for name, lang, text in items]
    raw = [segmenting.segment(d.text, d.lang) for d in documents]
    segments = boilerplate.mark_corpus(
        raw, [d.lang for d in documents], texts=[d.text for d in documents]
    )
    found = grouping.find_groups(documents, segments)
    return sorted(sorted(items[i][0] for i in g.members.values()) for g in found)


def test_a_folder_of_41_groups_as_its_40_do():
    # short texts that only a small folder groups (their sentences: grouping_short): the gull
    # rock story in eight languages, a story with katakana names in eight, a dialogue's
    # subtitles in eleven, a notice in three, with their distractors: 40 documents, then one
    # more notice of another shop. Before the blocks, the 41st document took the small
    # folder's treatment away from all of them, and the stories were left alone.
    gull = [
        (f"gull-{path.stem}", GULL_LANGS[path.stem], path.read_text(encoding="utf-8"))
        for path in sorted((DATA / "gull_rock").glob("*.txt"))
    ]
    forty = gull + items_of("night_train.toml") + items_of("story_ja.toml")
    notices = items_of("notices.toml")
    taken = SMALL_CORPUS - len(forty)
    forty += notices[:taken]
    assert len(forty) == SMALL_CORPUS
    found = groups_of(forty)
    for story, members in (("gull-k", 8), ("story_ja-", 8), ("night_train-", 11)):
        assert any(len(g) == members and all(n.startswith(story) for n in g) for g in found)
    one_more = notices[taken]  # an English notice of a rye loaf
    assert one_more[0] == "notices-en_rye-en"
    assert groups_of([*forty, one_more]) == found


def test_many_short_texts_of_one_shape_are_cut_only_up_to_a_bound():
    # texts of one shape, no gap between them: up to FORCED_MEMBERS they are cut between
    # quartiles into blocks (a folder of 80 passages: F1 0.03 -> 0.94); beyond, the cuts broke
    # true groups and their pieces made false ones (583 passages: 18 distractors grouped), so
    # they are left to the features (stop 37)
    for count, placed in ((FORCED_MEMBERS, FORCED_MEMBERS), (FORCED_MEMBERS + 1, 0)):
        langs = ["en", "fr", "de", "es"] * (count // 4 + 1)
        prints = [shaped(5, 10, 600 + (i % 7)) for i in range(count)]
        found = blocks(langs[:count], range(count), prints)
        assert sum(map(len, found)) == placed


def test_short_texts_of_one_shape_are_never_cut_where_no_gap_is():
    # short texts (under SHAPE_PARAGRAPHS) of one shape, no gap: cut between quartiles, a
    # folder of 134 short passages kept 0.883 F1; left out of the blocks, they are grouped
    # with their candidate partners (beyond_blocks: 0.928, bench/grouping_blocks.py --tune)
    langs = ["en", "fr", "de", "es"] * 20
    prints = [shaped(3, 6, 600 + (i % 7)) for i in range(80)]
    assert blocks(langs, range(80), prints) == []
    # ... and texts with a shape still are, up to FORCED_MEMBERS
    prints = [shaped(6, 12, 600 + (i % 7)) for i in range(80)]
    assert sum(map(len, blocks(langs, range(80), prints))) == 80


def test_the_texts_beyond_the_blocks_are_one_view_with_their_partners():
    seen = []

    def near(indices):
        return {i: [j for j in indices if j != i] for i in indices}

    def treat(indices, local, partners):
        seen.append((list(indices), [list(g) for g in local], partners))
        return [*local, [0, 2]]

    # [7, 8] reaches beyond the rest: kept as it is; [3, 5] lies in it: numbered in its view
    result = beyond_blocks([3, 5, 6, 7, 9], [[3, 5], [7, 8]], near, treat)
    assert seen == [
        ([3, 5, 6, 9], [[0, 1]], {0: [1, 2, 3], 1: [0, 2, 3], 2: [0, 1, 3], 3: [0, 1, 2]})
    ]
    assert result == [[7, 8], [3, 5], [3, 6]]
    assert beyond_blocks([4], [[1, 2]], near, treat) == [[1, 2]]


def _passage(words: list[str], paragraphs: int) -> str:
    per = len(words) // paragraphs
    return "\n\n".join(" ".join(words[k * per : (k + 1) * per]) + "." for k in range(paragraphs))


def test_near_partners_are_few_mutual_and_of_other_languages_and_counts_that_may_be_versions():
    rng = random.Random(5)
    vocabulary = [f"w{n}" for n in range(300)]
    texts, langs, counts = [], [], []
    for k in range(90):
        count = 1 + k % 4
        words = [rng.choice(vocabulary) for _ in range(20 + rng.randrange(200))]
        texts.append(_passage(words, count))
        langs.append(("en", "fr", "de")[k % 3])
        counts.append(count)
    documents = [
        Document(f"{k}.txt", Path("."), t, lang, "")
        for k, (t, lang) in enumerate(zip(texts, langs, strict=True))
    ]
    segments = [segmenting.segment(d.text, d.lang) for d in documents]
    prints = grouping.fingerprints(documents, segments)
    found = near_partners(langs, prints, segments, list(range(90)), list(range(90)))
    for i, partners in found.items():
        for j in partners:
            assert langs[j] != langs[i] and i in found[j]
            a, b = sorted((prints[i].paragraphs, prints[j].paragraphs))
            assert a == b or (b == a + 1 and a >= grouping_short.ONE_MORE)
    # each keeps its NEAR_PARTNERS best; others may name it too
    assert max(len(p) for p in found.values()) <= 3 * NEAR_PARTNERS
    assert any(len(p) >= NEAR_PARTNERS for p in found.values())


def test_a_view_of_many_texts_asks_more_of_a_group_than_a_small_folder():
    small = {i: [] for i in range(grouping_short.LARGE_VIEW)}
    large = {i: [] for i in range(grouping_short.LARGE_VIEW + 1)}
    assert grouping_short._link(None) == grouping_short._link(small) == grouping_short.SHORT_LINK
    assert grouping_short._link(large) == grouping_short.LARGE_LINK > grouping_short.SHORT_LINK


def test_a_recipe_in_us_units_joins_its_versions_in_metric_ones():
    # tests/data/grouping/recipe_units.toml: a banana bread in en and es with 350 °F, 9 oz and
    # 1 cup, in de, fr and it with 180 °C, 250 g and 240 ml; other recipes beside it. The
    # US-unit versions shared no figure over 12 but 15 and 55 with the others: two groups
    entries = tomllib.loads((DATA / "recipe_units.toml").read_text(encoding="utf-8"))["doc"]
    found = groups_of(items_of("recipe_units.toml"))
    bread = sorted(
        f"recipe_units-{k}-{e['lang']}" for k, e in enumerate(entries) if e["story"] == "bread"
    )
    assert found == [bread]
    # converted, the figures are the metric versions' keys; nothing where none converts
    texts = [e["text"] for e in entries]
    prints = [
        grouping.fingerprints(
            [Document("x", Path("."), t, e["lang"], "")], [segmenting.segment(t, e["lang"])]
        )[0]
        for t, e in zip(texts, entries, strict=True)
    ]
    keys = unit_conversions.converted_figures(texts, [p.features for p in prints])
    assert {"n:180", "n:250", "n:240"} <= keys[0] and {"n:180", "n:250", "n:240"} <= keys[1]
    assert keys[2] == keys[3] == keys[4] == set()


def test_a_cut_where_no_gap_was_is_bridged_by_seam_pairs_and_a_gap_is_not():
    # 60 texts of 9 and 10 paragraphs, no gap between them: cut in two blocks between the
    # counts, which puts a version of 9 paragraphs (a paragraph merged) apart from its
    # versions of 10; and 8 texts of 20 paragraphs, past a gap
    langs = ["en", "fr", "de", "es", "it", "pl"] * 10 + ["en", "fr"] * 4
    prints = [shaped(9 + i % 2, 30, 600 + i) for i in range(60)]
    prints += [shaped(20, 60, 600 + i) for i in range(8)]
    rank = list(range(len(prints)))
    cut = blocks(langs, rank, prints)
    block_of = {i: n for n, block in enumerate(cut) for i in block}
    assert len({block_of[i] for i in range(60)}) >= 2
    pairs = seam_pairs(langs, rank, prints, cut)
    assert pairs
    for a, b in pairs:
        assert a < b and block_of[a] != block_of[b] and langs[a] != langs[b]
        assert b < 60  # never across the gap to the texts of 20 paragraphs
    partners = {i: sum(i in pair for pair in pairs) for i in range(60)}
    across = [i for i in range(60) if any(block_of[j] != block_of[i] for j in range(60))]
    assert all(partners[i] >= 1 for i in across if prints[i].paragraphs == 9)
    # each document chose SEAM_PARTNERS at most (more where others chose it)
    assert len(pairs) <= SEAM_PARTNERS * 60
    # one block: no seam
    assert seam_pairs(langs[:40], rank[:40], prints[:40], [list(range(40))]) == set()
