"""The fault benchmark's own logic: planting faults, and scoring findings against them.

Golden cases on a tiny extract (tests/data/faults, Revelation 21:12-17 in en, zh and ru): a
fault the checks report on the right row is found, one reported a row away or absorbed is
not, and a finding on an untouched cell is a false alarm. The product's figures are not
tested here; `bench/faults.py` measures them.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from bench.faults import (
    build_case,
    grouping_report,
    in_pairs,
    run_checkout,
    score_run,
    write_folder,
)
from bench.faults_data import Verse, read_all
from bench.faults_inject import (
    INSERTED,
    Fault,
    change_number_word,
    change_numeral,
    plant,
    write_document,
)
from bench.faults_score import confidence_auc, score_group

TINY = Path(__file__).parent / "data" / "faults"
ROOT = Path(__file__).resolve().parent.parent


def tiny():
    return {lang: passages["rev21"] for lang, passages in read_all(TINY).items()}


def result_for(docs, rows, findings):
    """A runner result with one segment per verse, as faults_run.py would report it."""
    return {
        "segments": {lang: [[s, e] for _, s, e in doc.units] for lang, doc in docs.items()},
        "rows": rows,
        "findings": findings,
    }


def omitted_case():
    """en 21:12-17; zh without 21:14 (verse index 2)."""
    verses = tiny()
    zh = write_document("zh", [v for i, v in enumerate(verses["zh"]) if i != 2], {})
    zh.faults.append(Fault("omission", "zh", "21:14"))
    return {"en": write_document("en", verses["en"], {}), "zh": zh}


def aligned_rows(absorbed: bool = False):
    """Rows 1-1 except that en 21:14 has no zh (or, absorbed, shares zh's 21:15)."""
    zh_cells = [[0], [1], [], [2], [3], [4]]
    if absorbed:
        zh_cells = [[0], [1], [2], [], [3], [4]]
    return [{"en": [i], "zh": cell} for i, cell in enumerate(zh_cells)]


def missing(lang="zh", severity="major"):
    return {"check": "missing", "lang": lang, "severity": severity}


def test_an_omission_reported_on_its_row_is_found_and_the_finding_matched():
    docs = omitted_case()
    findings = [[], [], [missing()], [], [], []]
    score = score_group("en", docs, result_for(docs, aligned_rows(), findings))
    assert [o.found for o in score.outcomes] == [True]
    assert score.findings == {("missing", "zh", True): 1}
    assert score.cells[("zh", "untouched")] == 5
    assert score.cells[("zh", "alarm")] == 0


def test_an_omission_reported_a_row_away_is_missed_and_its_finding_is_a_false_alarm():
    docs = omitted_case()
    findings = [[], [missing()], [], [], [], []]
    score = score_group("en", docs, result_for(docs, aligned_rows(), findings))
    (outcome,) = score.outcomes
    assert not outcome.found
    assert outcome.why == "missing on a row nearby"
    assert score.findings == {("missing", "zh", False): 1}
    assert score.cells[("zh", "alarm")] == 1


def test_an_omission_absorbed_into_a_neighbour_row_is_missed_and_said_so():
    docs = omitted_case()
    score = score_group("en", docs, result_for(docs, aligned_rows(absorbed=True), [[]] * 6))
    (outcome,) = score.outcomes
    assert not outcome.found
    assert outcome.why == "absorbed: the row has text of this language"


def test_row_confidence_is_paired_with_whether_the_cell_holds_a_fault():
    docs = omitted_case()
    result = result_for(docs, aligned_rows(), [[]] * 6)
    result["confidence"] = [{"zh": 0.9}, {"zh": 0.8}, {"zh": 0.2}, {"zh": 0.7}, {}, {"zh": 0.9}]
    score = score_group("en", docs, result)
    assert (
        sorted(score.confidence) == [(0.2, True), (0.7, False), (0.8, False)] + [(0.9, False)] * 2
    )
    assert confidence_auc(score.confidence) == 1.0


def test_confidence_auc_is_the_chance_a_faulted_cell_ranks_below_an_untouched_one():
    assert confidence_auc([(0.9, True), (0.1, False)]) == 0.0
    assert confidence_auc([(0.5, True), (0.5, False)]) == 0.5
    assert confidence_auc([(0.2, True), (0.4, False), (0.1, False)]) == 0.5
    assert confidence_auc([(0.2, False)]) is None


def test_info_findings_neither_find_faults_nor_count_as_false_alarms():
    docs = omitted_case()
    findings = [[missing(severity="info")], [], [missing(severity="info")], [], [], []]
    score = score_group("en", docs, result_for(docs, aligned_rows(), findings))
    assert not score.outcomes[0].found
    assert score.outcomes[0].why == "reported as info only"
    assert score.cells[("zh", "alarm")] == 0


def test_a_finding_on_the_never_faulted_pivot_is_a_false_alarm():
    docs = omitted_case()
    outvoted = {"check": "number-mismatch", "lang": "en", "severity": "major"}
    findings = [[outvoted], [], [missing()], [], [], []]
    score = score_group("en", docs, result_for(docs, aligned_rows(), findings))
    assert score.cells[("en", "alarm")] == 1 and score.alarms[("en", "number-mismatch")] == 1
    assert score.cells[("en", "untouched")] == 0  # the pivot's cells are not counted
    assert score.cells[("zh", "alarm")] == 0


def test_an_insertion_is_found_only_by_extra_on_the_row_holding_the_inserted_text():
    verses = tiny()
    inserted = verses["zh"][5]
    zh = write_document("zh", verses["zh"][:5], {"21:13": inserted})
    zh.faults.append(Fault("insertion", "zh", "21:13", zh_span(zh, INSERTED + "21:17")))
    docs = {"en": write_document("en", verses["en"][:5], {}), "zh": zh}
    # zh units: 21:12, 21:13, +21:17, 21:14, 21:15, 21:16 -> the inserted one has its own row.
    rows = [{"en": [0], "zh": [0]}, {"en": [1], "zh": [1]}, {"en": [], "zh": [2]}]
    rows += [{"en": [i], "zh": [i + 1]} for i in (2, 3, 4)]
    extra = {"check": "extra", "lang": "zh", "severity": "major"}
    found = score_group("en", docs, result_for(docs, rows, [[], [], [extra], [], [], []]))
    assert found.outcomes[0].found
    wrong = score_group("en", docs, result_for(docs, rows, [[], [], [], [extra], [], []]))
    assert not wrong.outcomes[0].found
    assert wrong.findings == {("extra", "zh", False): 1}


def zh_span(doc, ref):
    return next((start, end) for r, start, end in doc.units if r == ref)


def test_a_changed_number_is_found_on_its_row_and_a_true_difference_is_no_false_alarm():
    verses = tiny()
    start, end, new = change_numeral(verses["zh"][5].text)  # 一百四十四 -> 一百四十五
    changed = verses["zh"][5].text[:start] + new + verses["zh"][5].text[end:]
    zh_verses = verses["zh"][:5] + [Verse("21:17", changed)]
    zh = write_document("zh", zh_verses, {})
    base = zh_span(zh, "21:17")[0]
    zh.faults.append(Fault("number", "zh", "21:17", (base + start, base + start + len(new))))
    docs = {"en": write_document("en", verses["en"], {}), "zh": zh}
    rows = [{"en": [i], "zh": [i]} for i in range(6)]
    number = {"check": "number-mismatch", "lang": "zh", "severity": "major"}
    findings = [[], [], [], [], [number], [number]]  # 21:16 really differs: 四千里 vs 12,000
    differences = {"zh": {"21:16": frozenset({"number-mismatch"})}}
    score = score_group("en", docs, result_for(docs, rows, findings), differences)
    assert score.outcomes[0].found
    assert score.findings == {("number-mismatch", "zh", True): 1}
    assert score.cells[("zh", "alarm")] == 0
    plain = score_group("en", docs, result_for(docs, rows, findings))
    assert plain.cells[("zh", "alarm")] == 1


def test_numbers_change_in_their_own_script_and_words_that_only_look_like_numbers_do_not():
    assert change_numeral("for 42 months") == (4, 6, "43")
    assert change_numeral("เวลา ๔๒ เดือน") == (5, 7, "๔๓")
    assert change_numeral("四十二个月") == (0, 3, "四十三")
    assert change_numeral("千年の間") == (0, 1, "二千")
    assert change_numeral("万物の支配者") is None
    assert change_numeral("千万不可") is None
    assert change_numeral("no number here") is None
    assert change_number_word("сорок два месяца", "ru") == (0, 9, "сорок три")
    assert change_number_word("Ba-by-lôn lớn kia", "vi") is None


@settings(max_examples=40, deadline=None)
@given(st.integers(min_value=0, max_value=10_000))
def test_planted_documents_hold_exactly_what_their_truth_says(seed):
    verses = read_all()["ru"]["rev21"]  # a whole chapter: room for three faults apart
    elsewhere = [Verse("99:1", "Посторонний стих о другом.")]
    doc = plant("ru", verses, elsewhere, random.Random(seed))
    kinds = sorted(f.kind for f in doc.faults)
    assert kinds == ["insertion", "number", "omission"]
    truth = {f.kind: f for f in doc.faults}
    original = {v.ref: v.text for v in verses}
    assert truth["omission"].ref not in {ref for ref, _, _ in doc.units}
    start, end = truth["insertion"].span
    assert doc.text[start:end] == elsewhere[0].text
    start, end = truth["number"].span
    assert doc.text[start:end] == truth["number"].detail.split(" -> ")[1]
    for ref, start, end in doc.units:
        if ref in original and ref != truth["number"].ref:
            assert doc.text[start:end] == original[ref]
    again = plant("ru", verses, elsewhere, random.Random(seed))
    assert again.text == doc.text and again.faults == doc.faults


def test_the_real_pipeline_runs_on_a_planted_corpus_and_every_fault_gets_an_outcome(tmp_path):
    texts = read_all(TINY)
    cases = {"rev21-t": build_case(texts, "rev21", "rev21-t", seed=3)}
    groups = write_folder(tmp_path / "corpus", cases)
    result = run_checkout(ROOT, tmp_path / "corpus", groups, python=sys.executable)
    score = score_run(result, cases)
    planted = [f for doc in cases["rev21-t"].values() for f in doc.faults]
    assert len(score.outcomes) == len(planted) > 0
    rows = len(result["groups"][0]["rows"])
    for lang in ("zh", "ru"):
        touched = rows - score.cells[(lang, "untouched")]
        assert 0 < touched <= rows


def test_grouping_report_tells_joined_from_ungrouped_from_a_group_not_exactly_theirs():
    cases = {"a": {"en": None, "zh": None}, "b": {"en": None, "zh": None}}
    result = {
        "documents": [
            {"path": "a.en.txt", "group": "g1"},
            {"path": "a.zh.txt", "group": "g1"},
            {"path": "b.en.txt", "group": "g2"},
            {"path": "b.zh.txt", "group": None},
        ]
    }
    report = grouping_report(result, cases)
    assert report["joined"] == ["a.en.txt", "a.zh.txt"]
    assert report["ungrouped"] == ["b.zh.txt"]
    assert report["wrong"] == ["b.en.txt"]


def test_pairs_put_each_translation_with_the_pivot_and_nothing_else():
    cases = {"rev21-t": build_case(read_all(TINY), "rev21", "rev21-t", seed=3)}
    pairs = in_pairs(cases)
    assert sorted(pairs) == ["rev21-t+ru", "rev21-t+zh"]
    assert all(sorted(docs) == ["en", name[-2:]] for name, docs in pairs.items())
    assert pairs["rev21-t+zh"]["zh"] is cases["rev21-t"]["zh"]


def test_a_number_changed_in_one_version_is_changed_elsewhere_in_the_next():
    """Slips are independent: versions of one group changing the same number alike would
    outvote the pivot (docs/checks.md), a fault the benchmark does not mean to plant."""
    verses = tiny()["ru"]
    first = plant("ru", verses, [], random.Random(5), ("number",))
    (taken,) = [f.ref for f in first.faults]
    again = plant("ru", verses, [], random.Random(5), ("number",), numbered_elsewhere={taken: 1})
    (other,) = [f.ref for f in again.faults]
    assert other != taken
    once = {v.ref: 1 for v in verses}  # every verse taken once: one is taken again
    assert plant("ru", verses, [], random.Random(5), ("number",), numbered_elsewhere=once).faults
    twice = {v.ref: 2 for v in verses}  # never a third time: no changed number at all
    assert not plant(
        "ru", verses, [], random.Random(5), ("number",), numbered_elsewhere=twice
    ).faults


def test_no_verse_of_a_group_has_its_number_changed_in_more_than_two_versions():
    texts = read_all(TINY)
    for seed in range(6):
        docs = build_case(texts, "rev21", "rev21-t", seed=seed, kinds=("number",))
        refs = [f.ref for doc in docs.values() for f in doc.faults]
        assert all(refs.count(ref) <= 2 for ref in refs)
