"""A doubtful join (a newcomer whose feature linkage falls just under the bar) confirmed by
alignment (`grouping._confirmed_by_alignment`; issue 12, stop 41)."""

from __future__ import annotations

import dataclasses
import shutil
from collections import Counter
from pathlib import Path

from reviewer.core import grouping
from reviewer.core.session import open_corpus

PLANTED = Path(__file__).parent / "data" / "planted"
# Eight planted items beside the temple's rules: 82 documents, too many for a small folder.
# Their Hangul words meet chance names of these items (the lead's folder of 175, stop 40,
# cut to the items it takes for the Korean version to stay out on main ab6983a).
BESIDE = (
    "heatwave",
    "metro_line1",
    "notebox",
    "screen_sleep",
    "songkran_roads",
    "transfer",
    "typhoon_yagi",
    "tyre_change",
)


# ferry_strike's de dates the strike 19 June for 12: one of its four figures (24, 300, 8 % and
# the date) is another, 0.43 with each version by idf weight, 0.58 by count. Beside four items
# (42 documents: no small folder) its linkage is doubtful; by count it agrees as well as a
# generated news distractor that shares two of its four figures (0.5; 20,000 documents), but
# row by row its figures differ in one aligned sentence (the date) and agree in two.
BESIDE_FERRY = ("wagashi_interview", "walking_trial", "ward_visits", "waste_sorting")


def _folder(tmp_path: Path, items=(*BESIDE, "emerald_temple")) -> Path:
    for item in items:
        for path in (PLANTED / item).glob("*.txt"):
            shutil.copy(path, tmp_path / f"{item}_{path.name}")
    return tmp_path


def _groups(folder: Path) -> dict[str, set[str]]:
    """Each item's group found (the item most of its members come from): its languages."""
    corpus = open_corpus([folder], jobs=1)
    found: dict[str, set[str]] = {}
    for group in corpus.groups:
        names = [Path(corpus.documents[i].path).name for i in group.members.values()]
        item = Counter(name.rsplit("_", 1)[0] for name in names).most_common(1)[0][0]
        found[item] = {name.rsplit("_", 1)[1].removesuffix(".txt") for name in names}
    return found


def _spied(monkeypatch) -> list[bool]:
    answers: list[bool] = []
    original = grouping._confirmed_by_alignment

    def spy(*args):
        answers.append(original(*args))
        return answers[-1]

    monkeypatch.setattr(grouping, "_confirmed_by_alignment", spy)
    return answers


def _one_item(item: str, lang: str):
    """A planted item alone: its scorer, its segments (a list, to change), the index of its
    `lang` version and the others'."""
    corpus = open_corpus([PLANTED / item], jobs=1)
    documents, segments = corpus.documents, list(corpus.segments)
    prints = grouping.fingerprints(documents, segments)
    _, scorer = grouping._score_candidates(documents, prints, segments)
    x = next(i for i, d in enumerate(documents) if d.lang == lang)
    return scorer, segments, x, [i for i in range(len(documents)) if i != x]


def test_a_version_with_a_changed_figure_joins_when_its_sentences_align(tmp_path, monkeypatch):
    """ko gives one figure of five otherwise and writes its names in Hangul, which meet
    chance names of the other items: a median of 0.44 with its seven versions. Its sentences
    align 1-1 with theirs, so it joins; every other item is grouped as before."""
    answers = _spied(monkeypatch)
    found = _groups(_folder(tmp_path))
    assert found["emerald_temple"] == {"de", "en", "fr", "ja", "ko", "ru", "th", "zh"}
    for item in BESIDE:
        expected = {path.stem for path in (PLANTED / item).glob("*.txt")}
        assert found[item] == expected, item
    assert answers and all(answers)


def test_a_changed_date_differs_in_one_aligned_row_and_joins(tmp_path, monkeypatch):
    """The check is reached (de's 7 sentences align 1-1 with each version's); its figures
    agree under NUMBERS_AGREE by idf weight, but differ in one row and agree in two
    (`figures_apart`): de joins, and the other items are grouped as before."""
    answers = _spied(monkeypatch)
    found = _groups(_folder(tmp_path, (*BESIDE_FERRY, "ferry_strike")))
    assert found["ferry_strike"] == {"de", "el", "en", "fr", "he", "it", "ru", "tr"}
    for item in BESIDE_FERRY:
        assert found[item] == {path.stem for path in (PLANTED / item).glob("*.txt")}, item
    assert answers == [True]


def test_figures_changed_in_two_rows_are_not_confirmed():
    """The same German version with its 300 seafarers made 350 too: its figures now differ in
    two aligned rows, another issue of the notice rather than a changed figure."""
    scorer, segments, de, others = _one_item("ferry_strike", "de")
    assert grouping._confirmed_by_alignment(scorer, segments, de, others)
    segments[de] = tuple(
        dataclasses.replace(s, text=s.text.replace("300", "350")) for s in segments[de]
    )
    assert not grouping._confirmed_by_alignment(scorer, segments, de, others)


def test_figures_apart_counts_rows_that_agree_and_differ():
    rows = [
        ("Streik am Donnerstag, den 19. Juni, 24 Stunden.", "A 24-hour strike on 12 June."),
        ("Sie fordern 300 Seeleute.", "They demand 300 seafarers."),
        ("Keine Zahl hier.", "No figure here."),
        ("Im Jahr 2019 gab es 45 Streiks.", "In 2019 there were 45 strikes."),
    ]
    assert grouping.figures_apart(rows, "de", "en") == (2, 1)
    assert grouping._one_row_changed([(2, 1), (2, 1), (1, 2)])
    assert not grouping._one_row_changed([(2, 2), (3, 2), (2, 1)])  # two rows differ
    assert not grouping._one_row_changed([(1, 1), (1, 0), (1, 1)])  # one row agrees
    assert not grouping._one_row_changed([None])


def test_without_the_alignment_check_the_version_stays_out(tmp_path, monkeypatch):
    monkeypatch.setattr(grouping, "DOUBT_MARGIN", 0.0)
    found = _groups(_folder(tmp_path))
    assert "ko" not in found["emerald_temple"]
    assert len(found["emerald_temple"]) == 7


def test_the_same_figures_in_another_order_do_not_align_and_stay_out(tmp_path, monkeypatch):
    """The Korean text's paragraphs in reverse order: the same features (linkage in the
    doubtful band, figures that agree), but its sentences no longer follow the versions'."""
    answers = _spied(monkeypatch)
    folder = _folder(tmp_path)
    ko = folder / "emerald_temple_ko.txt"
    title, *paragraphs = ko.read_text(encoding="utf-8").strip().split("\n\n")
    ko.write_text("\n\n".join([title, *reversed(paragraphs)]) + "\n", encoding="utf-8")
    found = _groups(folder)
    assert "ko" not in found["emerald_temple"]
    assert answers and not any(answers)


def test_a_text_of_few_sentences_is_not_confirmed():
    """Few sentences align as well with any text of their length: under DOUBT_ROWS (or under
    DOUBT_SHARE of them in sure rows) the check says no (the generated news' distractors
    have three sentences and align two of them)."""
    scorer, segments, ko, others = _one_item("emerald_temple", "ko")
    assert grouping._confirmed_by_alignment(scorer, segments, ko, others)
    segments[ko] = segments[ko][: grouping.DOUBT_ROWS - 1]
    assert not grouping._confirmed_by_alignment(scorer, segments, ko, others)
