"""Triage: what is left to review per group, and the order groups are offered in."""

from __future__ import annotations

from dataclasses import replace

from reviewer.core.model import Row
from reviewer.core.triage import by_risk, row_confidence, summarize
from reviewer.tui.synthetic import synthetic_corpus


def test_summary_counts_findings_left_and_leaves_dismissed_out():
    _, aligned = synthetic_corpus(40)
    total = {
        s: sum(f.severity == s for row in aligned.findings for f in row) for s in ("major", "minor")
    }
    fresh = summarize(aligned)
    assert fresh.findings["major"] == fresh.left["major"] == total["major"]
    row = next(r for r, f in enumerate(aligned.findings) if f)
    done = summarize(aligned, reviewed=[row])
    assert done.findings_left == fresh.findings_left - len(aligned.findings[row])
    assert done.reviewed == 1 and 0 < done.reviewed_share < 1 and done.risk < fresh.risk
    finding = aligned.findings[row][0]
    gone = summarize(aligned, dismissed={row: {(finding.lang, finding.check)}})
    assert gone.findings[finding.severity] == fresh.findings[finding.severity] - 1


def test_doubtful_rows_come_from_alignment_confidence_when_there_is_one():
    _, aligned = synthetic_corpus(10)
    assert summarize(aligned).doubtful == 0  # no confidence: nothing is doubtful

    class Sure(Row):
        pass

    rows = list(aligned.rows)
    doubtful = Sure(rows[3].cells)
    object.__setattr__(doubtful, "confidence", {"de": 0.9, "fr": 0.2})
    rows[3] = doubtful
    summary = summarize(replace(aligned, rows=tuple(rows)))
    assert row_confidence(doubtful) == 0.2
    assert summary.doubtful == summary.doubtful_left == 1


def test_groups_with_most_left_come_first():
    _, small = synthetic_corpus(10)
    _, large = synthetic_corpus(60)
    large = replace(large, group=replace(large.group, id="g-large"))
    reviewed = summarize(large, reviewed=range(60))
    order = by_risk([summarize(small), summarize(large), reviewed])
    assert [s.group for s in order][:2] == ["g-large", "g-synthetic"]
    assert order[-1].risk == 0
