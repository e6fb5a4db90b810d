"""Which translation groups need a reviewer first: a summary per group, sorted by risk.

A corpus of 10,000 documents makes about 2,400 groups; the reviewer cannot open them all to
find where the problems are. Each group is summed up by what is still to do in it: findings
by severity in rows nobody has reviewed, and rows the aligner was unsure of (`confidence`,
when the alignment carries it). Dismissed findings do not count.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from reviewer.core.model import SEVERITIES

DOUBTFUL_BELOW = 0.5  # a cell whose alignment confidence is below this makes its row doubtful
# What one item left to review weighs in the risk: a major finding first, then doubtful rows.
RISK_WEIGHTS = {"major": 10, "minor": 3, "info": 1, "doubtful": 2}


@dataclass(frozen=True)
class GroupSummary:
    """What is in one group and what is left to review in it."""

    group: str
    languages: tuple[str, ...]
    rows: int
    reviewed: int  # rows with a status
    findings: Mapping[str, int]  # severity -> findings (dismissed ones left out)
    left: Mapping[str, int]  # severity -> findings in rows not reviewed yet
    doubtful: int  # rows with a cell the aligner was unsure of (0 when it says nothing)
    doubtful_left: int  # of those, not reviewed yet

    @property
    def findings_left(self) -> int:
        return sum(self.left.values())

    @property
    def reviewed_share(self) -> float:
        return self.reviewed / self.rows if self.rows else 1.0

    @property
    def risk(self) -> int:
        """Weighted count of what is left: major findings weigh most (RISK_WEIGHTS)."""
        return (
            sum(RISK_WEIGHTS[severity] * count for severity, count in self.left.items())
            + RISK_WEIGHTS["doubtful"] * self.doubtful_left
        )


def row_confidence(row) -> float | None:
    """The lowest alignment confidence of a row's cells, None when the aligner gave none.

    Rows may carry `confidence` as one number or as language -> number (docs/alignment.md)."""
    value = getattr(row, "confidence", None)
    if isinstance(value, Mapping):
        numbers = [v for v in value.values() if isinstance(v, int | float)]
        return min(numbers) if numbers else None
    return value if isinstance(value, int | float) else None


def summarize(
    aligned,
    reviewed: Iterable[int] = (),
    dismissed: Mapping[int, set[tuple[str, str]]] | None = None,
) -> GroupSummary:
    """The summary of `aligned` (an AlignedGroup) given the rows reviewed and, per row, the
    (language, check) pairs dismissed."""
    done = set(reviewed)
    dismissed = dismissed or {}
    findings = dict.fromkeys(SEVERITIES, 0)
    left = dict.fromkeys(SEVERITIES, 0)
    for row, row_findings in enumerate(aligned.findings):
        gone = dismissed.get(row, ())
        for finding in row_findings:
            if (finding.lang, finding.check) in gone:
                continue
            severity = finding.severity if finding.severity in findings else "info"
            findings[severity] += 1
            if row not in done:
                left[severity] += 1
    doubtful = doubtful_left = 0
    for index, row in enumerate(aligned.rows):
        confidence = row_confidence(row)
        if confidence is not None and confidence < DOUBTFUL_BELOW:
            doubtful += 1
            doubtful_left += index not in done
    return GroupSummary(
        aligned.group.id,
        tuple(aligned.languages),
        len(aligned.rows),
        len(done),
        findings,
        left,
        doubtful,
        doubtful_left,
    )


def by_risk(summaries: Iterable[GroupSummary]) -> list[GroupSummary]:
    """Most to do first: risk, then rows not reviewed, then the group id (stable order)."""
    return sorted(summaries, key=lambda s: (-s.risk, -(s.rows - s.reviewed), s.group))
