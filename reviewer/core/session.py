"""One facade over the pipeline, for the command line and the app.

`open_corpus` runs the stages that look at every document (load, identify, segment, mark
boilerplate, group); `Corpus.aligned` aligns and checks one group on demand and caches it, so
the app opens on the first group without aligning them all.
"""

from __future__ import annotations

import multiprocessing
import os
import time
from collections.abc import Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from reviewer.core import aligning, boilerplate, checks, grouping, language, loading, segmenting
from reviewer.core.model import Document, Finding, Group, Problem, Row, Segment


@dataclass(frozen=True)
class AlignedGroup:
    """A group aligned through its pivot and checked: what the app shows and `check` prints."""

    group: Group
    documents: dict[str, Document] = field(hash=False)  # by language
    segments: dict[str, tuple[Segment, ...]] = field(hash=False)  # by language
    rows: tuple[Row, ...]
    findings: tuple[tuple[Finding, ...], ...]  # per row

    @property
    def languages(self) -> tuple[str, ...]:
        return self.group.languages

    def cell(self, row: int, lang: str) -> tuple[Segment, ...]:
        """The segments of one language in one row."""
        return tuple(self.segments[lang][i] for i in self.rows[row].cells.get(lang, ()))


@dataclass
class Corpus:
    """Every document read, its segments, the groups found, and the problems met on the way."""

    documents: list[Document]
    segments: list[tuple[Segment, ...]]
    groups: list[Group]
    problems: list[Problem]
    # Seconds each stage took (load, language, ...), for `REVIEWER_TIMINGS=1` and bench/.
    timings: dict[str, float] = field(default_factory=dict, repr=False)
    _aligned: dict[tuple[str, str], AlignedGroup] = field(default_factory=dict, repr=False)

    def group_of(self, document_index: int) -> Group | None:
        for group in self.groups:
            if document_index in group.members.values():
                return group
        return None

    def aligned(self, group: Group, pivot: str | None = None) -> AlignedGroup:
        """Align and check `group` through `pivot` (default: the group's own), cached."""
        if pivot and pivot != group.pivot:
            group = Group(group.id, pivot, group.members)
        key = (group.id, group.pivot)
        if key not in self._aligned:
            self._store(group, *_align_and_check(self, group))
        return self._aligned[key]

    def aligned_all(self, *, workers: int | None = None) -> list[AlignedGroup]:
        """Every group aligned and checked, in parallel where it pays (headless runs).

        Alignment and checks are most of `reviewer check`'s time on a large corpus and each
        group is independent, so they run in forked worker processes (one per core), which
        inherit the corpus and send back only rows and findings.
        """
        start = time.perf_counter()
        workers = workers or os.cpu_count() or 1
        todo = [g for g in self.groups if (g.id, g.pivot) not in self._aligned]
        fork = "fork" in multiprocessing.get_all_start_methods()
        if workers > 1 and fork and len(todo) >= PARALLEL_MIN_GROUPS:
            global _FORKED
            _FORKED = (self, todo)
            try:
                context = multiprocessing.get_context("fork")
                with ProcessPoolExecutor(workers, mp_context=context) as pool:
                    chunk = max(1, len(todo) // (workers * 8))
                    results = pool.map(_align_in_worker, range(len(todo)), chunksize=chunk)
                    for group, (rows, findings) in zip(todo, results, strict=True):
                        self._store(group, rows, findings)
            finally:
                _FORKED = None
        result = [self.aligned(group) for group in self.groups]
        self.timings["align+check"] = time.perf_counter() - start
        return result

    def _store(self, group: Group, rows, findings) -> None:
        documents = {lang: self.documents[group.members[lang]] for lang in group.languages}
        segments = {lang: self.segments[group.members[lang]] for lang in group.languages}
        self._aligned[(group.id, group.pivot)] = AlignedGroup(
            group, documents, segments, tuple(rows), tuple(findings)
        )


PARALLEL_MIN_GROUPS = 64  # below this, starting workers costs more than it saves
# What forked workers align: the corpus and its groups to do (set only around the pool).
_FORKED: tuple[Corpus, list[Group]] | None = None


def _align_and_check(corpus: Corpus, group: Group):
    """Rows and findings of `group` through its pivot (languages in `Group.languages` order)."""
    ordered = {lang: corpus.segments[group.members[lang]] for lang in group.languages}
    rows = aligning.align_group(ordered, group.pivot)
    return tuple(rows), tuple(checks.run_checks(rows, ordered, group.pivot))


def with_rows(
    aligned: AlignedGroup, rows: Sequence[Row], *, previous: AlignedGroup | None = None
) -> AlignedGroup:
    """`aligned` with the reviewer's rows (corrections.py): the findings of a row that is also
    in `previous` (default: `aligned`) are kept, those of new rows are computed on those rows
    alone, so a correction costs milliseconds, not a check of the whole group."""
    previous = previous or aligned
    # Rows are matched by identity first (corrections keep the objects of rows they did not
    # touch), then by their cells among the rows not matched so.
    by_id = {id(row): r for r, row in enumerate(previous.rows)}
    found: list[tuple[Finding, ...] | None] = []
    for row in rows:
        r = by_id.get(id(row))
        found.append(None if r is None or previous.rows[r] is not row else previous.findings[r])
    if None in found:
        used = {by_id[id(row)] for row, f in zip(rows, found, strict=True) if f is not None}
        known = {
            _row_key(row): previous.findings[r]
            for r, row in enumerate(previous.rows)
            if r not in used
        }
        for r, row in enumerate(rows):
            if found[r] is None:
                found[r] = known.get(_row_key(row))
    todo = [r for r, f in enumerate(found) if f is None]
    if todo:
        ordered = {lang: aligned.segments[lang] for lang in aligned.languages}
        fresh = checks.run_checks([rows[r] for r in todo], ordered, aligned.group.pivot)
        for r, findings in zip(todo, fresh, strict=True):
            found[r] = findings
    return AlignedGroup(
        aligned.group, aligned.documents, aligned.segments, tuple(rows), tuple(found)
    )


def _row_key(row: Row) -> tuple:
    return tuple(sorted((lang, tuple(cell)) for lang, cell in row.cells.items() if cell))


def _align_in_worker(index: int):
    corpus, todo = _FORKED
    return _align_and_check(corpus, todo[index])


def open_corpus(
    paths: Sequence[str | Path],
    *,
    encoding: str | None = None,
    languages: Mapping[str, str] | None = None,
    grouping_file: Path | None = None,
    pivot: str | None = None,
) -> Corpus:
    """Read, identify, segment, mark and group every document under `paths`.

    `languages` maps a document path (as reported) to a language that overrides the
    identified one; `grouping_file` replaces automatic grouping (see grouping.py); `pivot`
    makes that language the pivot of every group that has it.
    Raises GroupingFileError for a grouping file that cannot be used.
    """
    timings: dict[str, float] = {}
    clock = time.perf_counter()

    def lap(stage: str) -> None:
        nonlocal clock
        now = time.perf_counter()
        timings[stage] = now - clock
        clock = now

    loaded = loading.load_paths(paths, encoding=encoding)
    lap("load")
    overrides = dict(languages or {})
    documents: list[Document] = []
    for file in loaded.files:
        forced = overrides.get(file.path) or file.lang_hint
        lang, confidence = (forced, 1.0) if forced else language.identify(file.text)
        documents.append(
            Document(
                file.path,
                file.source,
                file.text,
                lang,
                file.sha256,
                file.encoding,
                confidence,
                file.warnings,
            )
        )
    lap("language")
    raw = [segmenting.segment(doc.text, doc.lang) for doc in documents]
    lap("segment")
    segments = boilerplate.mark_corpus(
        raw, [doc.lang for doc in documents], texts=[doc.text for doc in documents]
    )
    lap("boilerplate")
    if grouping_file is not None:
        groups = grouping.read_grouping_file(grouping_file, documents, segments)
    else:
        groups = grouping.find_groups(documents, segments)
    if pivot:
        groups = [Group(g.id, pivot, g.members) if pivot in g.members else g for g in groups]
    lap("grouping")
    return Corpus(documents, segments, groups, list(loaded.problems), timings)
