"""The reviewer's corrections of an alignment, and realignment around them.

An `Alignment` is a group's rows with a state each: `auto` (the aligner's), `confirmed` (the
reviewer agreed) or `corrected` (the reviewer changed it). Confirmed and corrected rows are
fixed anchors: realignment never moves them. A correction (shift, merge, split, gap, confirm)
is a pure function from one `Alignment` to the next. The rows shown are always
`Corrector.arrange` of the aligner's rows and the fixed ones: the aligner's rows cut around the
fixed rows, and the unfixed rows near the pieces that leaves realigned by calling the aligner
on their sentences alone, so a key press costs milliseconds whatever the size of the group
(bench/bench_corrections.py), and a file reopened shows what was saved.

Every function keeps the invariant of a row list (DESIGN.md, "JSON"): every segment of every
language in exactly one row, in document order.

On disk a fixed row is an `AlignmentRecord` (DESIGN.md, "Annotation files", schema 2): segment
anchors per language plus a text snapshot. `place` turns the records of a file back into an
`Alignment` over the aligner's rows; a record whose sentences are gone is an orphan, kept.
"""

from __future__ import annotations

import bisect
import dataclasses
import math
from collections import OrderedDict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

import numpy as np

from reviewer.core import aligning, group_alignment
from reviewer.core.model import AlignmentRecord, Row, Segment, cell_text

AUTO, CONFIRMED, CORRECTED = "auto", "confirmed", "corrected"
ALIGNMENT_STATES = (AUTO, CONFIRMED, CORRECTED)
# Unfixed rows realigned either side of a change (fewer when an anchor is nearer). Enough for a
# shift to run its course through the neighbouring rows; the aligner's time on 2 x 20 rows of
# 4 versions is about 15 ms (beyond the window the previous rows are kept as they were).
WINDOW = 20
DOUBTFUL = 0.5  # a row this doubtful or more is listed by the palette's "doubtful rows"
CACHE_SIZE = 512  # stretches whose realignment is remembered, per group

Aligner = Callable[[Mapping[str, Sequence[Segment]], str], tuple[Row, ...]]


class CorrectionError(ValueError):
    """A correction that cannot be made here; `str()` says why, for the reviewer."""


@dataclass(frozen=True)
class Fix:
    """Why a row is fixed: confirmed or corrected, by whom and when."""

    state: str  # CONFIRMED or CORRECTED
    reviewer: str
    updated: datetime


@dataclass(frozen=True)
class Alignment:
    """Rows in order, and for each the reviewer's `Fix` (None: the aligner's row)."""

    rows: tuple[Row, ...]
    fixes: tuple[Fix | None, ...]

    @classmethod
    def auto(cls, rows: Sequence[Row]) -> Alignment:
        return cls(tuple(rows), (None,) * len(rows))

    def state(self, row: int) -> str:
        fix = self.fixes[row]
        return fix.state if fix else AUTO

    def fixed(self, row: int) -> bool:
        return self.fixes[row] is not None


@dataclass(frozen=True)
class Result:
    """A correction's outcome: the new alignment and where the cursor goes (a row index)."""

    alignment: Alignment
    cursor: int


# --- the corrections --------------------------------------------------------------------------


def _need_row(alignment: Alignment, row: int) -> None:
    if not 0 <= row < len(alignment.rows):
        raise CorrectionError(f"no row {row + 1}")


def _need_text(alignment: Alignment, row: int, lang: str) -> tuple[int, ...]:
    _need_row(alignment, row)
    cell = tuple(alignment.rows[row].cells.get(lang, ()))
    if not cell:
        raise CorrectionError(f"row {row + 1} has no {lang} text")
    return cell


class Corrector:
    """Corrections of one group's alignment: its segments, pivot, the aligner's rows (`base`),
    and who corrects. Keeps the aligner's answers for the stretches it realigned, so that
    settling after a correction calls the aligner only where the stretches changed."""

    def __init__(
        self,
        segments: Mapping[str, Sequence[Segment]],
        pivot: str,
        base: Sequence[Row],
        *,
        reviewer: str = "",
        clock: Callable[[], datetime],
        aligner: Aligner | None = None,
        window: int = WINDOW,
    ) -> None:
        self.segments = segments
        self.pivot = pivot
        self.base = tuple(base)
        self.languages = list(segments)
        self.reviewer = reviewer
        self.clock = clock
        self.aligner = aligner or _stretch_aligner()
        self.window = window
        self._cache: OrderedDict[tuple, list[Row]] = OrderedDict()
        self._owner: dict[str, dict[int, int]] = {lang: {} for lang in self.languages}
        for r, row in enumerate(self.base):
            for lang, ordinals in row.cells.items():
                for o in ordinals:
                    self._owner.setdefault(lang, {})[o] = r
        self._starts = _row_starts(self.base, self.languages, segments)
        # Each aligner's row's first and last ordinal per language (-1: none), for arrange.
        self._firsts = np.full((len(self.base), len(self.languages)), -1, dtype=np.int64)
        self._lasts = np.full((len(self.base), len(self.languages)), -1, dtype=np.int64)
        for r, row in enumerate(self.base):
            for j, lang in enumerate(self.languages):
                cell = row.cells.get(lang)
                if cell:
                    self._firsts[r, j], self._lasts[r, j] = cell[0], cell[-1]

    def _fix(self, state: str = CORRECTED) -> Fix:
        return Fix(state, self.reviewer, self.clock())

    def _finish(self, rows: list[Row], fixes: list[Fix | None], cursor: int) -> Result:
        """Settle the edited rows: keep the fixed ones, realign the rest around them (`arrange`),
        and find the row that now holds the cursor row's first sentence."""
        focus = next(
            (
                found
                for r in [*range(cursor, len(rows)), *range(cursor - 1, -1, -1)]
                if (found := _first_segment(rows[r], self.languages))
            ),
            None,
        )
        fixed = [
            (row.cells, fix)
            for row, fix in zip(rows, fixes, strict=True)
            if fix is not None and any(row.cells.values())
        ]
        alignment, _ = self.arrange(fixed)
        return Result(alignment, _row_of(alignment, focus) if focus else 0)

    def _row(self, row: Row, **cells: tuple[int, ...]) -> Row:
        """`row` with some languages' cells replaced (every language present)."""
        return Row(
            {lang: tuple(cells.get(lang, row.cells.get(lang, ()))) for lang in self.languages}
        )

    def shift_up(self, alignment: Alignment, row: int, lang: str) -> Result:
        """Move `lang`'s first sentence of `row` to the end of the row above."""
        cell = _need_text(alignment, row, lang)
        if row == 0:
            raise CorrectionError("the first row has no row above")
        rows, fixes = list(alignment.rows), list(alignment.fixes)
        above = tuple(rows[row - 1].cells.get(lang, ()))
        rows[row - 1] = self._row(rows[row - 1], **{lang: above + cell[:1]})
        rows[row] = self._row(rows[row], **{lang: cell[1:]})
        fixes[row - 1] = fixes[row] = self._fix()
        return self._finish(rows, fixes, row)

    def shift_down(self, alignment: Alignment, row: int, lang: str) -> Result:
        """Move `lang`'s last sentence of `row` to the start of the row below."""
        cell = _need_text(alignment, row, lang)
        if row == len(alignment.rows) - 1:
            raise CorrectionError("the last row has no row below")
        rows, fixes = list(alignment.rows), list(alignment.fixes)
        below = tuple(rows[row + 1].cells.get(lang, ()))
        rows[row + 1] = self._row(rows[row + 1], **{lang: cell[-1:] + below})
        rows[row] = self._row(rows[row], **{lang: cell[:-1]})
        fixes[row] = fixes[row + 1] = self._fix()
        return self._finish(rows, fixes, row)

    def merge(self, alignment: Alignment, row: int) -> Result:
        """Make `row` and the row below one row."""
        _need_row(alignment, row)
        if row == len(alignment.rows) - 1:
            raise CorrectionError("the last row has no row below to merge with")
        rows, fixes = list(alignment.rows), list(alignment.fixes)
        top, bottom = rows[row].cells, rows[row + 1].cells
        merged = {
            lang: tuple(top.get(lang, ())) + tuple(bottom.get(lang, ())) for lang in self.languages
        }
        rows[row : row + 2] = [Row(merged)]
        fixes[row : row + 2] = [self._fix()]
        return self._finish(rows, fixes, row)

    def split(self, alignment: Alignment, row: int, lang: str, after: int) -> Result:
        """Split `row` after its `after`-th sentence (0-based) in `lang`. The other languages'
        sentences go where the aligner puts them against the two halves."""
        cell = _need_text(alignment, row, lang)
        if not 0 <= after < len(cell) - 1:
            raise CorrectionError(f"row {row + 1} has no {lang} sentence to split after")
        first, second = cell[: after + 1], cell[after + 1 :]
        rows, fixes = list(alignment.rows), list(alignment.fixes)
        top = {lang: first}
        bottom = {lang: second}
        for other in self.languages:
            if other == lang:
                continue
            theirs = tuple(rows[row].cells.get(other, ()))
            cut = self._cut(lang, first, second, other, theirs)
            top[other], bottom[other] = theirs[:cut], theirs[cut:]
        rows[row : row + 1] = [Row(top), Row(bottom)]
        fixes[row : row + 1] = [self._fix(), self._fix()]
        return self._finish(rows, fixes, row)

    def _cut(
        self,
        lang: str,
        first: tuple[int, ...],
        second: tuple[int, ...],
        other: str,
        cell: tuple[int, ...],
    ) -> int:
        """How many of `other`'s sentences go with the first half: the aligner's answer for the
        two halves against them, else the cut closest to the halves' length ratio."""
        if len(cell) < 2:
            halves = [
                len(cell_text([self.segments[lang][i] for i in part])) for part in (first, second)
            ]
            return len(cell) if halves[0] >= halves[1] else 0
        src = [cell_text([self.segments[lang][i] for i in part]) for part in (first, second)]
        tgt = [self.segments[other][i].text for i in cell]
        beads = aligning.align_pair(src, tgt)
        with_first = [t for s, t in beads if s == (0,) for t in t]
        if all(0 not in s or s == (0,) for s, _ in beads):
            return len(with_first) if with_first == list(range(len(with_first))) else 0
        share = len(src[0]) / max(1, len(src[0]) + len(src[1]))
        total = sum(len(t) for t in tgt)
        sums = [sum(len(t) for t in tgt[:k]) for k in range(len(tgt) + 1)]
        return min(range(len(tgt) + 1), key=lambda k: abs(sums[k] - share * total))

    def gap(self, alignment: Alignment, row: int, lang: str) -> Result:
        """Give `lang` an empty cell in `row`, pushing its text down one row (an omission the
        aligner missed). The text the row below had in `lang` is realigned."""
        cell = _need_text(alignment, row, lang)
        rows, fixes = list(alignment.rows), list(alignment.fixes)
        rows[row] = self._row(rows[row], **{lang: ()})
        fixes[row] = self._fix()
        alone = self._row(Row({}), **{lang: cell})
        if row + 1 < len(rows):
            pushed = tuple(rows[row + 1].cells.get(lang, ()))
            rows[row + 1] = self._row(rows[row + 1], **{lang: cell})
            fixes[row + 1] = self._fix()
            if pushed:
                rows.insert(row + 2, self._row(Row({}), **{lang: pushed}))
                fixes.insert(row + 2, None)
        else:
            rows.append(alone)
            fixes.append(self._fix())
        return self._finish(rows, fixes, row)

    def ungap(self, alignment: Alignment, row: int, lang: str) -> Result:
        """The reverse of `gap`: pull `lang`'s text of the row below up into `row`; what is
        left of the row below is realigned."""
        _need_row(alignment, row)
        if row == len(alignment.rows) - 1 or not alignment.rows[row + 1].cells.get(lang):
            raise CorrectionError(f"the row below has no {lang} text to pull up")
        rows, fixes = list(alignment.rows), list(alignment.fixes)
        pulled = tuple(rows[row].cells.get(lang, ())) + tuple(rows[row + 1].cells[lang])
        rows[row] = self._row(rows[row], **{lang: pulled})
        rows[row + 1] = self._row(rows[row + 1], **{lang: ()})
        fixes[row] = self._fix()
        if fixes[row + 1] is not None:
            fixes[row + 1] = self._fix()
        return self._finish(rows, fixes, row)

    def confirm(self, alignment: Alignment, row: int) -> Result:
        """Confirm an unfixed row; unfix a confirmed or corrected one (the aligner then
        realigns it with its neighbours)."""
        _need_row(alignment, row)
        fixes = list(alignment.fixes)
        fixes[row] = None if fixes[row] else self._fix(CONFIRMED)
        return self._finish(list(alignment.rows), fixes, row)

    # --- realignment ----------------------------------------------------------------------

    def arrange(
        self, fixed: Sequence[tuple[Mapping[str, tuple[int, ...]], Fix]]
    ) -> tuple[Alignment, list[int]]:
        """The alignment with these rows fixed, and the indices of those that could not be.

        The aligner's rows are cut around the fixed rows; where that leaves pieces of its rows
        (sentences a fixed row took from them, or pushed out), the unfixed rows within
        `window` rows of each piece are realigned on their own sentences; the aligner's whole
        rows elsewhere still pair what it paired. The result depends only on the aligner's
        rows and the fixed rows, so a file reopened shows what was saved. `fixed` is in row
        order (files are written so);
        a row is refused when it overlaps or comes before one placed before it. Where a fixed
        row has no text in a language, its empty cell stands where the aligner's rows had
        that language at the row's other sentences, moved only as far as the neighbouring
        fixed rows require.
        """
        langs = self.languages
        placed = []
        for index, (cells, fix) in enumerate(fixed):
            cells = {lang: tuple(cells.get(lang, ())) for lang in langs}
            reference = next((lang for lang in langs if cells[lang]), None)
            base_row = (
                self._owner.get(reference, {}).get(cells[reference][0]) if reference else None
            )
            if base_row is None:
                continue
            guess = self._starts[base_row] if base_row < len(self._starts) else {}
            placed.append((index, cells, fix, guess))
        rejected = [i for i in range(len(fixed)) if i not in {p[0] for p in placed}]
        accepted = []
        running = dict.fromkeys(langs, 0)
        for index, cells, fix, guess in placed:
            if any(cells[lang] and cells[lang][0] < running[lang] for lang in langs):
                rejected.append(index)
                continue
            for lang in langs:
                if cells[lang]:
                    running[lang] = cells[lang][-1] + 1
            accepted.append((cells, fix, guess))
        # Empty cells: the aligner's place, clamped between the neighbouring fixed rows.
        bounds = []
        running = dict.fromkeys(langs, 0)
        following = {lang: [len(self.segments[lang])] * (len(accepted) + 1) for lang in langs}
        for lang in langs:
            for k in range(len(accepted) - 1, -1, -1):
                cell = accepted[k][0][lang]
                following[lang][k] = cell[0] if cell else following[lang][k + 1]
        for k, (cells, _, guess) in enumerate(accepted):
            lo, hi = {}, {}
            for lang in langs:
                if cells[lang]:
                    lo[lang], hi[lang] = cells[lang][0], cells[lang][-1] + 1
                else:
                    at = min(max(guess.get(lang, 0), running[lang]), following[lang][k + 1])
                    lo[lang] = hi[lang] = at
                running[lang] = hi[lang]
            bounds.append((lo, hi))
        # Cut the aligner's rows into the stretches between fixed rows (slot 2k: before
        # fixed row k, 2k + 1: fixed row k), keeping their order, in one pass.
        cuts = {lang: [x for lo, hi in bounds for x in (lo[lang], hi[lang])] for lang in langs}
        stretches: list[list[Row]] = [[] for _ in range(len(accepted) + 1)]
        pieces: set[int] = set()  # rows made of what fixed rows left of an aligner's row
        whole, slot_of = self._whole_rows(cuts)
        r, count = 0, len(self.base)
        while r < count:
            if whole[r]:  # a run of whole rows in one stretch: kept as they are
                end = r + 1
                while end < count and whole[end] and slot_of[end] == slot_of[r]:
                    end += 1
                stretches[slot_of[r] // 2].extend(self.base[r:end])
                r = end
                continue
            parts: dict[int, dict[str, tuple[int, ...]]] = {}
            for lang, ordinals in self.base[r].cells.items():
                for o in ordinals:
                    slot = bisect.bisect_right(cuts[lang], o)
                    if slot % 2 == 0:
                        part = parts.setdefault(slot // 2, dict.fromkeys(langs, ()))
                        part[lang] += (o,)
            for k, cells in sorted(parts.items()):
                piece = Row(cells)
                pieces.add(id(piece))
                stretches[k].append(piece)
            r += 1
        rows: list[Row] = []
        fixes: list[Fix | None] = []
        for k, (cells, fix, _) in enumerate(accepted):
            rows.extend(stretches[k])
            fixes.extend([None] * len(stretches[k]))
            rows.append(Row(cells))
            fixes.append(fix)
        rows.extend(stretches[-1])
        fixes.extend([None] * len(stretches[-1]))
        touched = [r for r, row in enumerate(rows) if fixes[r] is None and id(row) in pieces]
        return self._realign(Alignment(tuple(rows), tuple(fixes)), touched), sorted(rejected)

    def _whole_rows(self, cuts: Mapping[str, list[int]]) -> tuple[list[bool], list[int]]:
        """For each of the aligner's rows: does it lie wholly in one stretch, and which slot
        (2k: the stretch before fixed row k). Vectorised: this runs on every key press."""
        count = len(self.base)
        low = np.full(count, np.iinfo(np.int64).max)
        high = np.full(count, -1)
        for j, lang in enumerate(self.languages):
            has = self._firsts[:, j] >= 0
            marks = np.asarray(cuts[lang], dtype=np.int64)
            first = np.searchsorted(marks, self._firsts[has, j], side="right")
            last = np.searchsorted(marks, self._lasts[has, j], side="right")
            low[has] = np.minimum(low[has], first)
            high[has] = np.maximum(high[has], last)
        whole = (low == high) & (high % 2 == 0)
        return whole.tolist(), high.tolist()

    def _realign(self, alignment: Alignment, touched: Sequence[int]) -> Alignment:
        """Realign the unfixed rows within `window` rows of each touched row (not across a
        fixed row), itself included, on their own sentences; every other row is kept."""
        count = len(alignment.rows)
        todo: set[int] = set()
        for t in touched:
            todo.add(t)
            for step in (-1, 1):
                for r in range(t + step, t + step * (self.window + 1), step):
                    if not 0 <= r < count or alignment.fixed(r):
                        break
                    todo.add(r)
        if not todo:
            return alignment
        rows: list[Row] = []
        fixes: list[Fix | None] = []
        done = 0
        ordered = sorted(todo)
        k = 0
        while k < len(ordered):
            start = end = ordered[k]
            while k < len(ordered) and ordered[k] == end:
                end += 1
                k += 1
            rows.extend(alignment.rows[done:start])
            fixes.extend(alignment.fixes[done:start])
            new = self._align_run(alignment.rows[start:end])
            rows.extend(new)
            fixes.extend([None] * len(new))
            done = end
        rows.extend(alignment.rows[done:])
        fixes.extend(alignment.fixes[done:])
        return Alignment(tuple(rows), tuple(fixes))

    def _align_run(self, run: Sequence[Row]) -> list[Row]:
        """The aligner's rows for the sentences of consecutive rows `run` (remembered)."""
        spans: dict[str, tuple[int, int]] = {}
        for lang in self.languages:
            ordinals = [o for row in run for o in row.cells.get(lang, ())]
            spans[lang] = (ordinals[0], ordinals[-1] + 1) if ordinals else (0, 0)
        if sum(1 for lo, hi in spans.values() if hi > lo) < 2:
            return list(run)  # one language only: nothing to align
        key = tuple(spans.items())
        found = self._cache.get(key)
        if found is not None:
            self._cache.move_to_end(key)
            return found
        sub = {lang: self.segments[lang][lo:hi] for lang, (lo, hi) in spans.items()}
        found = [  # replace(): whatever else the aligner's rows carry (confidence) is kept
            dataclasses.replace(
                row,
                cells={
                    lang: tuple(spans[lang][0] + o for o in row.cells.get(lang, ()))
                    for lang in self.languages
                },
            )
            for row in self.aligner(sub, self.pivot)
        ]
        self._cache[key] = found
        if len(self._cache) > CACHE_SIZE:
            self._cache.popitem(last=False)
        return found


def _stretch_aligner() -> Aligner:
    """The aligner, for a stretch of a few rows: its length ratio learnt from the stretch
    alone. The default pulls the ratio towards 1 with a pseudo-count of characters, which on
    a stretch of a few short sentences outweighs them (zh-en: 1.2 instead of 4), and pairs a
    short sentence with the shortest neighbour."""
    options = aligning.DEFAULT_OPTIONS
    if hasattr(options, "ratio_prior_chars"):
        options = dataclasses.replace(options, ratio_prior_chars=1.0)
    return lambda segments, pivot: group_alignment.align_group(segments, pivot, options=options)


def _first_segment(row: Row, langs: Sequence[str]) -> tuple[str, int] | None:
    for lang in langs:
        if row.cells.get(lang):
            return lang, row.cells[lang][0]
    return None


def _row_of(alignment: Alignment, segment: tuple[str, int]) -> int:
    lang, ordinal = segment
    for r, row in enumerate(alignment.rows):
        if ordinal in row.cells.get(lang, ()):
            return r
    return 0


# --- doubt: which rows to look at first -------------------------------------------------------


def doubt(
    rows: Sequence[Row], segments: Mapping[str, Sequence[Segment]], pivot: str
) -> list[float]:
    """How doubtful each row's alignment is, from 0 (sure) to 1 (look first).

    Uses the aligner's `confidence` where a row carries one (1 - its lowest value); for
    other rows (all of them until the aligner gives one; pieces that corrections made) a
    stand-in for the bead cost: the Gale-Church length term (how far each version's length in
    the row is from the pivot's times the documents' length ratio, in standard deviations, the
    worst version), plus one for every version with no text where others have some; a cost c
    becomes 1 - exp(-c / 2).
    """
    lengths = {lang: [len(s.text) for s in segs] for lang, segs in segments.items()}
    totals = {lang: max(1, sum(values)) for lang, values in lengths.items()}
    result = []
    for row in rows:
        confidence = getattr(row, "confidence", None)
        if confidence is not None and (not isinstance(confidence, Mapping) or confidence):
            result.append(1.0 - _lowest(confidence))
            continue
        base = sum(lengths[pivot][o] for o in row.cells.get(pivot, ())) if pivot in lengths else 0
        score = 0.0
        for lang, values in lengths.items():
            if lang == pivot:
                continue
            size = sum(values[o] for o in row.cells.get(lang, ()))
            if (size == 0) != (base == 0):
                score += 1.0
                continue
            ratio = totals[lang] / totals.get(pivot, 1)
            expected = base * ratio
            score = max(score, abs(size - expected) / math.sqrt(6.8 * max(1.0, expected)))
        result.append(1.0 - math.exp(-score / 2))
    return result


def _lowest(confidence: object) -> float:
    """The lowest of a row's confidence: one number, or one per language."""
    if isinstance(confidence, Mapping):
        return min(float(v) for v in confidence.values())
    return float(confidence)  # type: ignore[arg-type]


def doubtful_order(
    alignment: Alignment, scores: Sequence[float], *, at_least: float = 0.0
) -> list[int]:
    """Unfixed rows whose doubt is at least `at_least`, most doubtful first (ties in order)."""
    return sorted(
        (r for r in range(len(alignment.rows)) if not alignment.fixed(r) and scores[r] >= at_least),
        key=lambda r: (-scores[r], r),
    )


# --- records on disk ---------------------------------------------------------------------------


def to_records(
    alignment: Alignment,
    segments: Mapping[str, Sequence[Segment]],
    anchor: Callable[[str, int, str], str],
    clean: Callable[[str], str] = lambda text: text,
) -> list[AlignmentRecord]:
    """One record per fixed row, in row order."""
    records = []
    for row, fix in zip(alignment.rows, alignment.fixes, strict=True):
        if fix is None:
            continue
        cells = {
            lang: tuple(anchor(lang, o, segments[lang][o].text) for o in ordinals)
            for lang, ordinals in row.cells.items()
        }
        text = {
            lang: clean(cell_text([segments[lang][o] for o in ordinals]))
            for lang, ordinals in row.cells.items()
            if ordinals
        }
        records.append(AlignmentRecord(cells, fix.state, clean(fix.reviewer), fix.updated, text))
    return records


@dataclass(frozen=True)
class Placed:
    """Records of a file put back on an alignment: the alignment, and those that could not."""

    alignment: Alignment
    orphans: tuple[AlignmentRecord, ...]


def place(
    corrector: Corrector,
    records: Sequence[AlignmentRecord],
    find: Callable[[str], tuple[str, int] | None],
) -> Placed:
    """Fix the rows `records` describe on the aligner's rows (`Corrector.arrange`).

    `find` turns a segment anchor into (lang, ordinal), or None when that sentence is gone
    (changed or deleted). A record is an orphan when one of its sentences is gone, its
    sentences of one language are not consecutive, or it overlaps or crosses a record placed
    before it.
    """
    found, orphans = [], []
    for record in records:
        cells = _found_cells(record, corrector.languages, find)
        if cells is None:
            orphans.append(record)
        else:
            found.append((record, cells))
    alignment, rejected = corrector.arrange(
        [(cells, Fix(r.state, r.reviewer, r.updated)) for r, cells in found]
    )
    orphans.extend(found[i][0] for i in rejected)
    return Placed(alignment, tuple(orphans))


def _row_starts(
    rows: Sequence[Row], langs: Sequence[str], segments: Mapping[str, Sequence[Segment]]
) -> list[dict[str, int]]:
    """For each row, where each language stands at its start (its first ordinal, or the
    first ordinal of a later row when the row has none)."""
    starts: list[dict[str, int]] = [{} for _ in rows]
    following = {lang: len(segments[lang]) for lang in langs}
    for r in range(len(rows) - 1, -1, -1):
        for lang in langs:
            cell = rows[r].cells.get(lang, ())
            if cell:
                following[lang] = cell[0]
            starts[r][lang] = following[lang]
    return starts


def _found_cells(
    record: AlignmentRecord, langs: Sequence[str], find: Callable[[str], tuple[str, int] | None]
) -> dict[str, tuple[int, ...]] | None:
    """The record's cells as ordinals; None when a sentence is gone or a cell has a hole."""
    cells = dict.fromkeys(langs, ())
    for lang, anchors in record.cells.items():
        if lang not in cells:
            if anchors:
                return None  # a language this group no longer has
            continue
        ordinals = []
        for anchor in anchors:
            found = find(anchor)
            if found is None or found[0] != lang:
                return None
            ordinals.append(found[1])
        if ordinals and ordinals != list(range(ordinals[0], ordinals[0] + len(ordinals))):
            return None
        cells[lang] = tuple(ordinals)
    return cells if any(cells.values()) else None


def check_partition(alignment: Alignment, counts: Mapping[str, int]) -> None:
    """AssertionError unless every segment is in exactly one row, in document order."""
    for lang, count in counts.items():
        seen = [o for row in alignment.rows for o in row.cells.get(lang, ())]
        assert seen == list(range(count)), f"{lang}: {seen} is not 0..{count - 1}"


__all__ = [
    "ALIGNMENT_STATES",
    "AUTO",
    "Alignment",
    "CONFIRMED",
    "CORRECTED",
    "CorrectionError",
    "Corrector",
    "Fix",
    "Placed",
    "Result",
    "WINDOW",
    "doubt",
    "doubtful_order",
    "place",
    "to_records",
]
