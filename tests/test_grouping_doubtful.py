"""A doubtful join (a newcomer whose feature linkage falls just under the bar) confirmed by
alignment (`grouping._confirmed_by_alignment`; issue 12, stop 41)."""

from __future__ import annotations

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
# (42 documents: no small folder) it stays out, as on main ab6983a: by count it agrees as well
# as a generated news distractor that shares two of its four figures (0.5; 20,000 documents).
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


def test_figures_that_agree_by_count_only_are_not_enough(tmp_path, monkeypatch):
    """The check is reached (de's 7 sentences align 1-1 with each version's) and refused on
    the figures' agreement by idf weight; the other items are grouped as before."""
    answers = _spied(monkeypatch)
    found = _groups(_folder(tmp_path, (*BESIDE_FERRY, "ferry_strike")))
    assert found["ferry_strike"] == {"el", "en", "fr", "he", "it", "ru", "tr"}
    for item in BESIDE_FERRY:
        assert found[item] == {path.stem for path in (PLANTED / item).glob("*.txt")}, item
    assert answers == [False]


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
    corpus = open_corpus([PLANTED / "emerald_temple"], jobs=1)
    documents, segments = corpus.documents, list(corpus.segments)
    prints = grouping.fingerprints(documents, segments)
    _, scorer = grouping._score_candidates(documents, prints, segments)
    ko = next(i for i, d in enumerate(documents) if d.lang == "ko")
    others = [i for i in range(len(documents)) if i != ko]
    assert grouping._confirmed_by_alignment(scorer, segments, ko, others)
    segments[ko] = segments[ko][: grouping.DOUBT_ROWS - 1]
    assert not grouping._confirmed_by_alignment(scorer, segments, ko, others)
