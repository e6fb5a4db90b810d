"""Scoring: which planted faults the checks found on the right row, and what else they said.

The rules (docs/faults.md says them in words):

- A segment belongs to every verse whose text it overlaps; a row's pivot verses are those of
  its pivot segments.
- An omitted verse v of language L is *found* when a `missing` finding for L, of severity
  minor or major, is on a row whose pivot verses include v.
- An inserted verse is found when an `extra` finding for L is on a row whose L cell holds a
  segment overlapping the inserted text; a changed number when a `number-mismatch` finding
  for L is on a row whose L cell holds a segment overlapping the changed number.
- A finding of one of those three checks, minor or major, on a translation is *matched* when
  it finds a fault by these rules; precision is matched findings over all such findings.
- A cell (row × translation) is *touched* when a fault of that language is located in it by
  the same rules, whatever the findings; any other cell is *untouched*, and it is a *false
  alarm* when it carries a missing, extra or number-mismatch finding of severity minor or
  major. A finding that a verse of the row really differs from the pivot in that way
  (`faults_data.TRUE_DIFFERENCES`: converted units, a clause the pivot has elsewhere) is right:
  it is no false alarm and is left out of precision too.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field

from bench.faults_inject import Document, Fault

ALERT = ("major", "minor")
CHECK_FOR = {"omission": "missing", "insertion": "extra", "number": "number-mismatch"}
ALARM_CHECKS = tuple(CHECK_FOR.values())
NEAR = 2  # rows either side searched to tell "off-row" from "absorbed" for a missed fault


@dataclass
class Outcome:
    fault: Fault
    found: bool
    why: str = ""  # for a missed fault: what happened instead


@dataclass
class GroupScore:
    """Everything counted on one group; `merge` adds groups up."""

    outcomes: list[Outcome] = field(default_factory=list)
    findings: Counter = field(default_factory=Counter)  # (check, lang, matched) -> n
    cells: Counter = field(default_factory=Counter)  # (lang, "untouched"|"alarm") -> n
    alarms: Counter = field(default_factory=Counter)  # (lang, check) -> n on untouched cells
    confidence: list = field(default_factory=list)  # (aligner's confidence, cell touched?)

    def merge(self, other: GroupScore) -> None:
        self.outcomes += other.outcomes
        self.findings.update(other.findings)
        self.cells.update(other.cells)
        self.alarms.update(other.alarms)
        self.confidence += other.confidence


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def verses_of(span: tuple[int, int], doc: Document) -> set[str]:
    """The refs of the verses (inserted ones included, with their `+` ref) `span` overlaps."""
    return {ref for ref, start, end in doc.units if _overlaps(span, (start, end))}


def _located(fault: Fault, pivot_refs: set[str], spans: list[tuple[int, int]]) -> bool:
    if fault.kind == "omission":
        return fault.ref in pivot_refs
    return any(_overlaps(span, fault.span) for span in spans)


def score_group(
    pivot: str,
    docs: dict[str, Document],
    result: dict,
    true_differences: dict[str, dict[str, frozenset[str]]] | None = None,
) -> GroupScore:
    """Score one group of the runner's output (`faults_run.py`) against its documents' truth."""
    true_differences = true_differences or {}
    score = GroupScore()
    segments = {lang: [tuple(s) for s in spans] for lang, spans in result["segments"].items()}
    rows, findings = result["rows"], result["findings"]
    confidence = result.get("confidence") or [{} for _ in rows]
    langs = [lang for lang in docs if lang != pivot and lang in segments]
    pivot_refs = [
        set().union(*(verses_of(segments[pivot][o], docs[pivot]) for o in row.get(pivot, [])))
        for row in rows
    ]
    where: dict[int, list[int]] = {}  # id(fault) -> rows it is located in
    for r, row in enumerate(rows):
        # The pivot is never faulted here: a finding on it (the other versions outvoting it)
        # is always a false alarm. It is counted, though the pivot's cells are not.
        for f in findings[r]:
            if f["lang"] == pivot and f["check"] in ALARM_CHECKS and f["severity"] in ALERT:
                score.cells[(pivot, "alarm")] += 1
                score.alarms[(pivot, f["check"])] += 1
        for lang in langs:
            spans = [segments[lang][o] for o in row.get(lang, [])]
            here = [f for f in docs[lang].faults if _located(f, pivot_refs[r], spans)]
            for fault in here:
                where.setdefault(id(fault), []).append(r)
            if lang in confidence[r]:
                score.confidence.append((confidence[r][lang], bool(here)))
            refs = pivot_refs[r].union(*(verses_of(span, docs[lang]) for span in spans))
            differs = true_differences.get(lang, {})
            right = set().union(*(differs.get(ref, frozenset()) for ref in refs))
            alarms = [
                f
                for f in findings[r]
                if f["lang"] == lang
                and f["check"] in ALARM_CHECKS
                and f["severity"] in ALERT
                and f["check"] not in right
            ]
            for finding in alarms:
                matched = any(CHECK_FOR[f.kind] == finding["check"] for f in here)
                score.findings[(finding["check"], lang, matched)] += 1
            if not here:
                score.cells[(lang, "untouched")] += 1
                if alarms:
                    score.cells[(lang, "alarm")] += 1
                    for finding in alarms:
                        score.alarms[(lang, finding["check"])] += 1
    for lang in langs:
        for fault in docs[lang].faults:
            score.outcomes.append(_outcome(fault, where.get(id(fault), []), rows, findings, pivot))
    return score


def _has(findings: list[dict], lang: str, check: str, severities=ALERT) -> bool:
    return any(
        f["lang"] == lang and f["check"] == check and f["severity"] in severities for f in findings
    )


def _outcome(fault: Fault, located: list[int], rows, findings, pivot: str) -> Outcome:
    check, lang = CHECK_FOR[fault.kind], fault.lang
    if any(_has(findings[r], lang, check) for r in located):
        return Outcome(fault, True)
    if not located:
        return Outcome(fault, False, "no row holds it")
    if any(_has(findings[r], lang, check, ("info",)) for r in located):
        return Outcome(fault, False, "reported as info only")
    near = {r + d for r in located for d in range(-NEAR, NEAR + 1)} - set(located)
    if any(0 <= r < len(rows) and _has(findings[r], lang, check) for r in near):
        return Outcome(fault, False, f"{check} on a row nearby")
    if fault.kind == "omission":
        if any(rows[r].get(lang) for r in located):
            return Outcome(fault, False, "absorbed: the row has text of this language")
        return Outcome(fault, False, "empty cell, no finding")
    if fault.kind == "insertion":
        if any(rows[r].get(pivot) for r in located):
            return Outcome(fault, False, "merged into a row with pivot text")
        return Outcome(fault, False, "own row, no finding")
    return Outcome(fault, False, "not flagged")


def confidence_auc(pairs: list[tuple[float, bool]]) -> float | None:
    """How well low confidence points at touched cells: the chance that a touched cell has a
    lower confidence than an untouched one (ties count half); 0.5 is no better than chance."""
    touched = sorted(c for c, t in pairs if t)
    untouched = sorted(c for c, t in pairs if not t)
    if not touched or not untouched:
        return None
    wins = 0.0
    for c in touched:
        lower = bisect_left(untouched, c)
        equal = bisect_right(untouched, c) - lower
        wins += len(untouched) - lower - equal + equal / 2
    return wins / (len(touched) * len(untouched))
