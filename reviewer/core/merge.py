"""Putting annotation files together: two versions of one file, or several reviewers' files.

`merge_versions` resolves a save conflict (the file changed on disk while the app had it
open): a three-way merge against the version both started from, which never loses an edit.
`combine` puts several reviewers' files for one group side by side: one combined file, the
rows where they disagree, and Cohen's kappa on status for every pair of reviewers.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from itertools import combinations
from pathlib import Path

from reviewer.core import persistence
from reviewer.core.dismissals import Dismissal
from reviewer.core.model import (
    STATUSES,
    AlignmentRecord,
    Annotation,
    BoilerplateOverride,
    ErrorNote,
)
from reviewer.core.persistence import AnnotationFile
from reviewer.core.sanitize import sanitize

# --- two versions of one file -----------------------------------------------------------------


def _keyed(items: Iterable, key) -> dict[tuple[str, int], object]:
    """Items by (key, n-th occurrence), so duplicates (orphans of one row) stay apart."""
    seen: Counter = Counter()
    keyed = {}
    for item in items:
        k = key(item)
        keyed[(k, seen[k])] = item
        seen[k] += 1
    return keyed


def _three_way(base: dict, mine: dict, theirs: dict, newer) -> list:
    merged = []
    for key in [
        *mine,
        *(k for k in theirs if k not in mine),
        *(k for k in base if k not in mine and k not in theirs),
    ]:
        b, o, t = base.get(key), mine.get(key), theirs.get(key)
        if o == t:
            chosen = [o]
        elif o == b:
            chosen = [t]  # only they changed it (or deleted it)
        elif t == b:
            chosen = [o]  # only we changed it (or deleted it)
        elif o is None or t is None:
            chosen = [o if t is None else t]  # one side deleted, the other edited: keep the edit
        else:
            # Both edited: the newer first; the other is kept too (it will show as an orphan,
            # for the reviewer to adopt or discard), never dropped silently.
            first, second = (o, t) if newer(o, t) else (t, o)
            chosen = [first, second]
        merged.extend(item for item in chosen if item is not None)
    return merged


def merge_versions(
    base: AnnotationFile | None, mine: AnnotationFile, theirs: AnnotationFile
) -> AnnotationFile:
    """Three-way merge of one group's file: `base` is what both sides started from (None for
    a file that did not exist). A change on one side wins over no change; where both sides
    changed one annotation, the newer comes first and the older is kept after it."""

    def section(name: str, key, newer) -> list:
        """One section of the file merged three ways, its entries known by `key`."""
        return _three_way(
            _keyed(getattr(base, name) if base else (), key),
            _keyed(getattr(mine, name), key),
            _keyed(getattr(theirs, name), key),
            newer=newer,
        )

    def newer_first(a, b) -> bool:
        return a.updated >= b.updated

    annotations = section("annotations", lambda a: a.anchor, newer_first)
    overrides = section("boilerplate", lambda b: b.anchor, lambda a, b: True)
    # [[alignment]]: one entry per fixed row, known by its sentences
    rows = section("alignment", _cells_key, newer_first)
    dismissed = section("dismissed", lambda d: d.key, lambda a, b: True)
    unique = {}  # both sides dismissed one finding: one dismissal
    for dismissal in dismissed:
        unique.setdefault(dismissal.key, dismissal)
    return replace(
        mine,
        annotations=tuple(annotations),
        boilerplate=tuple(overrides),
        alignment=tuple(rows),
        dismissed=tuple(unique.values()),
    )


def _cells_key(record) -> tuple:
    return tuple(sorted((lang, tuple(anchors)) for lang, anchors in record.cells.items()))


# --- several reviewers ------------------------------------------------------------------------

_WORST = {status: rank for rank, status in enumerate(STATUSES)}  # ok < issue < reject


@dataclass(frozen=True)
class Disagreement:
    """One row the reviewers judged differently: its status or its errors (language, category,
    severity) differ. `row` is its number in the app (1-based), None until `number_rows`."""

    anchor: str
    text: str
    statuses: dict[str, str | None]
    errors: dict[str, tuple[str, ...]] = field(default_factory=dict)  # rater -> "fr cat sev"
    row: int | None = None

    @property
    def on(self) -> tuple[str, ...]:
        """What differs: ("status",), ("errors",) or both."""
        judged = [r for r, s in self.statuses.items() if s is not None]
        kinds = []
        if len({self.statuses[r] for r in judged}) > 1:
            kinds.append("status")
        if len({frozenset(self.errors.get(r, ())) for r in judged}) > 1:
            kinds.append("errors")
        return tuple(kinds)


@dataclass(frozen=True)
class Combined:
    """The result of `combine`: the merged file, the disagreements, kappa per pair."""

    file: AnnotationFile
    raters: tuple[str, ...]
    disagreements: tuple[Disagreement, ...]
    kappa: dict[tuple[str, str], float | None]
    shared: dict[tuple[str, str], int]  # rows both of a pair judged


def rater_name(file: AnnotationFile, fallback: str) -> str:
    """The reviewer who wrote most of a file's annotations, else `fallback` (its file name)."""
    names = Counter(a.reviewer for a in file.annotations if a.reviewer)
    return names.most_common(1)[0][0] if names else fallback


def cohen_kappa(pairs: Sequence[tuple[Hashable, Hashable]]) -> float | None:
    """Cohen's kappa of two raters' labels on the same items: (p_o - p_e) / (1 - p_e).

    None when it is undefined: no items, or chance agreement 1 (both used one same label).
    """
    n = len(pairs)
    if n == 0:
        return None
    observed = sum(a == b for a, b in pairs) / n
    first, second = Counter(a for a, _ in pairs), Counter(b for _, b in pairs)
    expected = sum(first[label] * second[label] for label in first) / (n * n)
    if expected >= 1.0:
        return None
    return (observed - expected) / (1.0 - expected)


def combine(files: Sequence[AnnotationFile], names: Sequence[str]) -> Combined:
    """Several reviewers' files for one group (ValueError if the groups differ).

    Rows are matched by anchor, else by identical text snapshot (files made with different
    pivots). The combined annotation of a row has the worst status (reject > issue > ok), the
    union of the errors, every reviewer's name and the latest time.
    """
    if not files:
        raise ValueError("nothing to combine")
    groups = {f.group for f in files}
    if len(groups) > 1:
        raise ValueError(f"the files are for different groups: {', '.join(sorted(groups))}")
    raters = _unique(names)
    rows: dict[str, dict[str, Annotation]] = {}  # key -> rater -> annotation
    by_text: dict[tuple, str] = {}
    for file, rater in zip(files, raters, strict=True):
        for annotation in file.annotations:
            snapshot = tuple(sorted(annotation.text.items()))
            key = annotation.anchor
            if key not in rows and snapshot in by_text:
                key = by_text[snapshot]
            rows.setdefault(key, {}).setdefault(rater, annotation)
            by_text.setdefault(snapshot, key)
    combined, disagreements = [], []
    for key, judged in rows.items():
        annotations = list(judged.values())
        statuses = {rater: (judged[rater].status if rater in judged else None) for rater in raters}
        said = {rater: _error_labels(a) for rater, a in judged.items()}
        found = Disagreement(key, "", statuses, said)
        if found.on:
            first = annotations[0]
            disagreements.append(
                replace(found, text=first.text.get(files[0].pivot, _first_text(first)))
            )
        errors: list[ErrorNote] = []
        for rater, annotation in judged.items():
            for error in annotation.errors:
                who = error.reviewer or annotation.reviewer or rater
                same = next((i for i, e in enumerate(errors) if _same_error(e, error)), None)
                if same is None:
                    errors.append(replace(error, reviewer=who))
                elif who not in errors[same].reviewer.split(", "):
                    errors[same] = replace(errors[same], reviewer=f"{errors[same].reviewer}, {who}")
        combined.append(
            replace(
                annotations[0],
                status=max((a.status for a in annotations), key=lambda s: _WORST.get(s, 0)),
                reviewer=", ".join(sorted({a.reviewer for a in annotations if a.reviewer})),
                updated=max(a.updated for a in annotations),
                errors=tuple(errors),
            )
        )
    kappa, shared = {}, {}
    for a, b in combinations(raters, 2):
        pairs = [
            (judged[a].status, judged[b].status)
            for judged in rows.values()
            if a in judged and b in judged
        ]
        kappa[(a, b)] = cohen_kappa(pairs)
        shared[(a, b)] = len(pairs)
    overrides: dict[str, BoilerplateOverride] = {}
    dismissed: dict[tuple, Dismissal] = {}
    for file in files:
        for override in file.boilerplate:
            overrides.setdefault(override.anchor, override)
        for dismissal in file.dismissed:
            dismissed.setdefault(dismissal.key, dismissal)
    merged = replace(
        files[0],
        annotations=tuple(combined),
        boilerplate=tuple(overrides.values()),
        alignment=_combined_alignment(files),
        dismissed=tuple(dismissed.values()),
    )
    return Combined(merged, raters, tuple(disagreements), kappa, shared)


def _combined_alignment(files: Sequence[AnnotationFile]) -> tuple[AlignmentRecord, ...]:
    """Every reviewer's confirmed and corrected rows, one record per row (the newest where
    several fixed the same cells), in row order as the pivot's anchors give it.

    Records of different reviewers that overlap all stay: the first placed is applied, the
    others become orphans that are kept (`corrections.place`), never dropped."""
    from reviewer.core.attaching import parse_anchor

    newest: dict[tuple, AlignmentRecord] = {}
    position: dict[tuple, tuple] = {}
    for f, file in enumerate(files):
        last = -1  # a row without pivot text stays after the pivot row before it in its file
        for index, record in enumerate(file.alignment):
            parsed = [parse_anchor(a) for a in record.cells.get(file.pivot, ())]
            ordinals = [p[1] for p in parsed if p is not None]
            if ordinals:
                last = min(ordinals)
            key = _cells_key(record)
            if key not in newest or record.updated > newest[key].updated:
                newest[key] = record
                newer_first = -record.updated.timestamp()
                position[key] = (last, 0 if ordinals else 1, newer_first, f, index)
    return tuple(newest[key] for key in sorted(newest, key=position.__getitem__))


def _error_labels(annotation: Annotation) -> tuple[str, ...]:
    """A reviewer's errors on a row as compared: language, category, severity (not notes)."""
    return tuple(sorted({f"{e.lang} {e.category} {e.severity}" for e in annotation.errors}))


def _same_error(a: ErrorNote, b: ErrorNote) -> bool:
    return replace(a, reviewer="") == replace(b, reviewer="")


def number_rows(result: Combined, aligned) -> Combined:
    """`result` with each disagreement's row number as the app shows it (1-based), found by
    attaching the combined annotations to `aligned` (the group as the app aligns it)."""
    from reviewer.core.attaching import attach

    attached = attach(aligned, result.file.annotations)
    row_of = {annotation.anchor: row for row, annotation in attached.rows.items()}
    numbered = tuple(
        replace(d, row=row_of[d.anchor] + 1) if d.anchor in row_of else d
        for d in result.disagreements
    )
    return replace(result, disagreements=numbered)


def _first_text(annotation: Annotation) -> str:
    return next(iter(annotation.text.values()), "")


def _unique(names: Sequence[str]) -> tuple[str, ...]:
    """Rater names made distinct (two files by one login name become `name`, `name#2`)."""
    seen: Counter = Counter()
    out = []
    for name in names:
        seen[name] += 1
        out.append(name if seen[name] == 1 else f"{name}#{seen[name]}")
    return tuple(out)


def combine_paths(paths: Sequence[Path]) -> Combined:
    """`combine` of annotation files on disk (read-only); raters named by `rater_name`."""
    files = []
    for path in paths:
        result = persistence.read(path, set_aside_corrupt=False)
        if result.file is None:
            raise ValueError(result.problem or f"{path}: no such file")
        files.append(result.file)
    return combine(files, [rater_name(f, p.stem) for f, p in zip(files, paths, strict=True)])


def format_report(result: Combined) -> str:
    """The text `reviewer merge` prints: disagreements (on status, on errors), then kappa per
    pair of reviewers. Names and texts come from files: shown through `sanitize`."""
    lines = [f"group {result.file.group}: {len(result.file.annotations)} annotated row(s)"]
    lines.append(f"{len(result.disagreements)} row(s) where reviewers disagree:")
    for d in sorted(result.disagreements, key=lambda d: (d.row is None, d.row or 0)):
        where = f"row {d.row}" if d.row is not None else d.anchor
        text = d.text if len(d.text) <= 70 else d.text[:69] + "…"
        lines.append(f"  {where}  ({' and '.join(d.on)})  {text}")
        lines.append("    status: " + ", ".join(f"{r}={s or '-'}" for r, s in d.statuses.items()))
        if "errors" in d.on:
            for rater, status in d.statuses.items():
                if status is not None:
                    said = "; ".join(d.errors.get(rater, ())) or "none"
                    lines.append(f"    errors by {rater}: {said}")
    if any(d.row is None for d in result.disagreements):
        lines.append("  (rows without a number: give the corpus with --corpus PATH)")
    lines.append(
        f"{len(result.file.alignment)} confirmed or corrected row(s),"
        f" {len(result.file.dismissed)} dismissed finding(s), from all files"
    )
    lines.append("Cohen's kappa on status:")
    for (a, b), value in result.kappa.items():
        shown = "n/a" if value is None else f"{value:.3f}"
        lines.append(f"  {a} vs {b}: {shown} ({result.shared[(a, b)]} shared row(s))")
    return "\n".join(sanitize(line) for line in lines) + "\n"
