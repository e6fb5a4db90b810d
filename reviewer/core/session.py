"""One facade over the pipeline, for the command line and the app.

`open_corpus` runs the stages that look at every document (load, identify, segment, mark
boilerplate, group); `Corpus.aligned` aligns and checks one group on demand and caches it, so
the app opens on the first group without aligning them all.
"""

from __future__ import annotations

import pickle
import threading
import time
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from reviewer.core import (
    align_evidence,
    aligning,
    boilerplate,
    checks,
    group_alignment,
    grouping,
    guided_cuts,
    language,
    lexical,
    loading,
    number_reader,
    parallel,
    second_versions,
    segmenting,
    sentence_memo,
    subtitles,
    verse,
)
from reviewer.core.model import Document, Finding, Group, Problem, Row, Segment


@dataclass(frozen=True)
class AlignedGroup:
    """A group aligned through its pivot and checked: what the app shows and `check` prints."""

    group: Group
    documents: dict[str, Document] = field(hash=False)  # by language
    segments: dict[str, tuple[Segment, ...]] = field(hash=False)  # by language
    rows: tuple[Row, ...]
    findings: tuple[tuple[Finding, ...], ...]  # per row
    # Set when aligning or checking this group failed (an error of ours on this text): its
    # rows are then its segments side by side in order (`positional_rows`) or unchecked.
    error: str | None = None

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
    jobs: int | None = None  # worker processes (None: every core; 1: none), see parallel.py
    cluster: object = field(default=None, repr=False)  # a dask.distributed Client, or None
    # The aligner's options for the groups (`reviewer check --semantic` sets `semantic`).
    align_options: aligning.AlignOptions = aligning.DEFAULT_OPTIONS
    # An ungrouped document -> the member of a group in its language whose text it nearly is
    # (second_versions.py): a group holds one document per language.
    second_versions: dict[int, int] = field(default_factory=dict, repr=False)
    _aligned: dict[tuple[str, str], AlignedGroup] = field(default_factory=dict, repr=False)
    _rows: dict[tuple[str, str], tuple[Row, ...]] = field(default_factory=dict, repr=False)
    # One lock per group and pivot: the app aligns in worker threads, and two threads asking
    # for one group compute it once, while other groups go on.
    _locks: dict[tuple[str, ...], threading.Lock] = field(default_factory=dict, repr=False)
    _lexicons: group_alignment.Lexicons | None = field(default=None, repr=False)
    _errors: dict[tuple[str, str], str] = field(default_factory=dict, repr=False)  # rows' only
    # The beads and costs of the first passes `learn_lexicons` made, by (group id, pivot,
    # language), until the group's alignment uses them (the same search, not made twice).
    _firsts: dict[tuple[str, str, str], tuple[list, list[float]]] = field(
        default_factory=dict, repr=False
    )
    # The numbers the word tables' workers read of each group's sentences, pickled
    # (sentence_memo.read_numbers), by `id` of its pivot's segments, until the group is checked.
    _numbers_read: dict[int, bytes] = field(default_factory=dict, repr=False)

    def group_of(self, document_index: int) -> Group | None:
        for group in self.groups:
            if document_index in group.members.values():
                return group
        return None

    def aligned(self, group: Group, pivot: str | None = None) -> AlignedGroup:
        """Align and check `group` through `pivot` (default: the group's own), cached."""
        group = _through(group, pivot)
        key = (group.id, group.pivot)
        if key not in self._aligned:
            with self._lock(key):
                if key not in self._aligned:
                    aligned = self.aligned_rows(group)
                    ordered = _ordered(self, group)
                    findings, error = _check_safely(
                        aligned.rows, aligned.error, ordered, group.pivot
                    )
                    self._store(group, aligned.rows, findings, error)
                    self._rows.pop(key, None)
        return self._aligned[key]

    def is_aligned(self, group: Group, pivot: str | None = None) -> bool:
        """Whether `aligned` answers at once (aligned and checked already)."""
        group = _through(group, pivot)
        return (group.id, group.pivot) in self._aligned

    def aligned_rows(self, group: Group, pivot: str | None = None) -> AlignedGroup:
        """`group` aligned but not checked yet (no findings, unless checked already): the app
        shows these rows while the checks run. Cached until `aligned` checks them."""
        group = _through(group, pivot)
        key = (group.id, group.pivot)
        done = self._aligned.get(key)
        if done is not None:
            return done
        rows = self._rows.get(key)
        if rows is None:
            with self._lock(key, "rows"):
                rows = self._rows.get(key)
                if rows is None:
                    rows, error = _align_safely(
                        _ordered(self, group),
                        group.pivot,
                        lexicons=self.lexicons(),
                        firsts=self._take_firsts(group),
                        options=self.align_options,
                    )
                    if error is not None:
                        self._errors[key] = error
                    self._rows[key] = rows
        return self._make(group, rows, ((),) * len(rows), self._errors.get(key))

    def adopt(self, group: Group, pivot: str | None, rows, findings=None, error=None) -> None:
        """Keep rows (and findings and `AlignedGroup.error`, once checked) computed in another
        process with this corpus's own `aligned_rows` and `aligned` (the app's,
        tui/computing.py), as if computed here."""
        group = _through(group, pivot)
        key = (group.id, group.pivot)
        if findings is None:
            self._rows.setdefault(key, tuple(rows))
        elif key not in self._aligned:
            self._store(group, rows, findings, error)
            self._rows.pop(key, None)

    def pending(
        self, group: Group, pivot: str | None = None, *, limit: int | None = None
    ) -> AlignedGroup:
        """`group` before alignment: one row per pivot sentence (the first `limit` of them),
        the other languages empty, no findings. What the app shows at once while it aligns a
        large group."""
        group = _through(group, pivot)
        count = len(self.segments[group.members[group.pivot]])
        count = count if limit is None else min(count, limit)
        rows = tuple(Row({group.pivot: (i,)}) for i in range(count))
        return self._make(group, rows, ((),) * count)

    def lexicons(self, *, workers: int | None = 1) -> group_alignment.Lexicons:
        """Word-translation tables learnt over every group of the corpus (computed once):
        one article alone teaches the aligner few word pairs (docs/alignment.md).

        Their first passes run in `workers` processes (None: `jobs`; the default 1 keeps
        them in this process, as the app's threads need) and are kept for the groups'
        alignment (`_take_firsts`)."""
        if self._lexicons is None:
            with self._lock(("", ""), "lexicons"):
                if self._lexicons is None:
                    start = time.perf_counter()
                    jobs = workers or self.jobs

                    def run(function, items):
                        elsewhere = not parallel.runs_here(
                            len(items), jobs=jobs, cluster=self.cluster
                        )
                        found = parallel.run(
                            partial(_and_numbers, function) if elsewhere else function,
                            items,
                            jobs=jobs,
                            cluster=self.cluster,
                            send=True,
                            forget=_forget_sentences,
                        )
                        if not elsewhere:
                            return found
                        # each group's numbers, by its pivot's segments (the corpus's tuple)
                        for (segments, pivot, *_), (_, read) in zip(items, found, strict=True):
                            self._numbers_read[id(segments[pivot])] = read
                        return [result for result, _ in found]

                    keep: dict[tuple[int, str], tuple[list, list[float]]] = {}
                    lexicons = group_alignment.learn_lexicons(
                        [(_ordered(self, g), g.pivot) for g in self.groups], run=run, keep=keep
                    )
                    for (g, lang), first in keep.items():
                        group = self.groups[g]
                        self._firsts[(group.id, group.pivot, lang)] = first
                    self._lexicons = lexicons
                    self.timings["lexicons"] = time.perf_counter() - start
        return self._lexicons

    def _take_firsts(self, group: Group) -> dict[str, tuple[list, list[float]]]:
        """The kept first passes of `group`'s versions, taken out (needed once)."""
        out = {}
        for lang in group.languages:
            first = self._firsts.pop((group.id, group.pivot, lang), None)
            if first is not None:
                out[lang] = first
        return out

    def _lock(self, key: tuple[str, ...], phase: str = "checks") -> threading.Lock:
        return self._locks.setdefault((*key, phase), threading.Lock())

    def aligned_all(self, *, workers: int | None = None) -> list[AlignedGroup]:
        """Every group aligned and checked, in parallel where it pays, and cached."""
        todo = [g for g in self.groups if (g.id, g.pivot) not in self._aligned]
        for group, (rows, findings, error) in zip(todo, self._checked(todo, workers), strict=True):
            self._store(group, rows, findings, error)
        return [self.aligned(group) for group in self.groups]

    def iter_aligned(self, *, workers: int | None = None) -> Iterator[AlignedGroup]:
        """Every group aligned and checked, in group order as soon as it is done, not cached:
        `reviewer check` streams a corpus of any size through this."""
        for group, (rows, findings, error) in zip(
            self.groups, self._checked(self.groups, workers), strict=True
        ):
            cached = self._aligned.get((group.id, group.pivot))
            yield cached or self._make(group, rows, findings, error)

    def _checked(self, groups: list[Group], workers: int | None):
        """Rows and findings of each of `groups`, computed in worker processes.

        Alignment and checks are most of `reviewer check`'s time on a large corpus and each
        group is independent; forked workers inherit the corpus and send back only rows and
        findings (parallel.py).
        """
        global _LEXICONS
        start = time.perf_counter()
        lexicons = self.lexicons(workers=workers)
        # Forked workers inherit the tables (_LEXICONS) and are sent each group's segments
        # (parallel.imap's `send`: they would copy the pages of every segment they read);
        # a cluster's workers inherit nothing, and are sent the tables each group needs.
        items = [
            (
                {lang: self.segments[g.members[lang]] for lang in g.languages},
                g.pivot,
                lexicons.only(g.pivot, g.languages) if self.cluster is not None else None,
                self._take_firsts(g),
                self.align_options,
                self._numbers_read.pop(id(self.segments[g.members[g.pivot]]), None),
            )
            for g in groups
        ]
        _LEXICONS = lexicons
        try:
            yield from parallel.imap(
                _align_and_check_item,
                items,
                jobs=workers or self.jobs,
                cluster=self.cluster,
                send=True,
                forget=_forget_sentences,
            )
        finally:
            _LEXICONS = None
            self.timings["align+check"] = time.perf_counter() - start

    def _store(self, group: Group, rows, findings, error: str | None = None) -> None:
        self._aligned[(group.id, group.pivot)] = self._make(group, rows, findings, error)

    def _make(self, group: Group, rows, findings, error: str | None = None) -> AlignedGroup:
        documents = {lang: self.documents[group.members[lang]] for lang in group.languages}
        segments = {lang: self.segments[group.members[lang]] for lang in group.languages}
        return AlignedGroup(group, documents, segments, tuple(rows), tuple(findings), error)


def _through(group: Group, pivot: str | None) -> Group:
    """`group` with `pivot` as its pivot (None: its own)."""
    if pivot and pivot != group.pivot:
        return Group(group.id, pivot, group.members)
    return group


def _ordered(corpus: Corpus, group: Group) -> dict[str, tuple[Segment, ...]]:
    """The segments of `group`'s documents, languages in `Group.languages` order."""
    return {lang: corpus.segments[group.members[lang]] for lang in group.languages}


# The corpus's word tables while `Corpus._checked` runs (forked workers inherit them).
_LEXICONS: group_alignment.Lexicons | None = None


def _align_and_check_item(
    item: tuple[
        dict[str, tuple[Segment, ...]],
        str,
        group_alignment.Lexicons | None,
        dict[str, tuple[list, list[float]]],
        aligning.AlignOptions,
        bytes | None,
    ],
):
    ordered, pivot, lexicons, firsts, options, numbers_read = item
    sentence_memo.lend_numbers(numbers_read)
    lexicons = lexicons if lexicons is not None else _LEXICONS
    rows, error = _align_safely(ordered, pivot, lexicons=lexicons, firsts=firsts, options=options)
    return rows, *_check_safely(rows, error, ordered, pivot)


# A failure on one group is ours, not the user's: the group keeps its text, marked with the
# error, and every other group is aligned and checked (a crawl is not lost to one document).
def _align_safely(ordered, pivot: str, **settings) -> tuple[tuple[Row, ...], str | None]:
    """The group's rows, or its `positional_rows` and why the aligner failed."""
    try:
        return tuple(group_alignment.align_group(ordered, pivot, **settings)), None
    except Exception as error:  # noqa: BLE001 - reported with the group (AlignedGroup.error)
        return positional_rows(ordered), _failure("aligned", error)


def _check_safely(
    rows, failed: str | None, ordered, pivot: str
) -> tuple[tuple[tuple[Finding, ...], ...], str | None]:
    """The rows' findings, or none and why: `failed`, the aligner's failure (its rows side by
    side: findings on them would be noise), or the checks' own."""
    if failed is not None:
        return ((),) * len(rows), failed
    try:
        return tuple(checks.run_checks(rows, ordered, pivot)), None
    except Exception as error:  # noqa: BLE001 - reported with the group (AlignedGroup.error)
        return ((),) * len(rows), _failure("checked", error)


def _and_numbers(function, item):
    """`function(item)` (a group's first passes, `item[0]` its segments by language) and the
    numbers it read of the group's sentences, to carry to the worker that checks the group
    (sentence_memo.read_numbers): read once, not again after the caches are emptied."""
    return function(item), sentence_memo.read_numbers(item[0])


def _failure(stage: str, error: Exception) -> str:
    return f"could not be {stage} ({type(error).__name__}: {error}): a bug in reviewer"


def positional_rows(ordered: Mapping[str, Sequence[Segment]]) -> tuple[Row, ...]:
    """Segment i of every version in row i: how a group is shown when it could not be
    aligned (each segment once, in order; no confidence, since no aligner placed it)."""
    longest = max((len(segments) for segments in ordered.values()), default=0)
    return tuple(
        Row({lang: (i,) if i < len(segments) else () for lang, segments in ordered.items()})
        for i in range(longest)
    )


def _forget_sentences() -> None:
    """Empty the per-sentence caches (features, numbers, lengths) in a worker between groups:
    few other groups have these sentences (those that recur across the corpus are kept apart,
    sentence_memo.py), and full they hold about 150 MB (lexical.py). The words of a sentence
    (`evidence._words`, a few MB full) are kept: the checks read the recurring ones again."""
    for cached in (
        lexical.sentence_keys,
        lexical.name_keys,
        number_reader._numbers,
        align_evidence._units,
        aligning._spelt,
        lexical.model_tokens,
    ):
        cached.cache_clear()


# Rows either side of a changed row that its checks see (a usual length ratio, a version's
# sentence counts elsewhere): checked on its own, a row the reviewer gave a version's added
# sentence kept no finding at all (stop 38).
CHECK_CONTEXT = 20


def with_rows(
    aligned: AlignedGroup,
    rows: Sequence[Row],
    *,
    previous: AlignedGroup | None = None,
    context: int | None = CHECK_CONTEXT,
) -> AlignedGroup:
    """`aligned` with the reviewer's rows (corrections.py): the findings of a row that is also
    in `previous` (default: `aligned`) are kept, those of new rows are computed among the
    `context` rows either side of them, so a correction costs milliseconds, not a check of the
    whole group. `context` None: among all the rows of the group."""
    previous = previous or aligned
    if context is None:
        context = len(rows)
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
        for start, end in _windows(todo, context, len(rows)):
            fresh = checks.run_checks(list(rows[start:end]), ordered, aligned.group.pivot)
            for r in todo:
                if start <= r < end:
                    found[r] = fresh[r - start]
    return AlignedGroup(
        aligned.group, aligned.documents, aligned.segments, tuple(rows), tuple(found)
    )


def _windows(todo: Sequence[int], context: int, total: int) -> list[tuple[int, int]]:
    """The stretches of rows (start, end) that hold each row of `todo` with `context` rows
    either side, overlapping stretches joined."""
    spans: list[tuple[int, int]] = []
    for r in todo:
        start, end = max(0, r - context), min(total, r + context + 1)
        if spans and start <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(spans[-1][1], end))
        else:
            spans.append((start, end))
    return spans


def _row_key(row: Row) -> tuple:
    return tuple(sorted((lang, tuple(cell)) for lang, cell in row.cells.items() if cell))


def open_corpus(
    paths: Sequence[str | Path],
    *,
    encoding: str | None = None,
    languages: Mapping[str, str] | None = None,
    grouping_file: Path | None = None,
    pivot: str | None = None,
    jobs: int | None = None,
    cluster=None,
) -> Corpus:
    """Read, identify, segment, mark and group every document under `paths`.

    `languages` maps a document path (as reported) to a language that overrides the
    identified one; `grouping_file` replaces automatic grouping (see grouping.py); `pivot`
    makes that language the pivot of every group that has it. `jobs`: worker processes for
    the per-document stages and for `Corpus.aligned_all` (default: every core; 1: none);
    `cluster`: a dask.distributed Client to run them on instead (parallel.connect).
    Raises GroupingFileError for a grouping file that cannot be used.
    """
    # The stages make millions of objects that all live on: the collector's passes over
    # them would grow with the corpus (parallel.collector_paused).
    with parallel.collector_paused():
        return _open_corpus(paths, encoding, languages, grouping_file, pivot, jobs, cluster)


def _open_corpus(paths, encoding, languages, grouping_file, pivot, jobs, cluster) -> Corpus:
    timings: dict[str, float] = {}
    clock = time.perf_counter()

    def lap(stage: str) -> None:
        nonlocal clock
        now = time.perf_counter()
        timings[stage] = now - clock
        clock = now

    overrides = dict(languages or {})
    if cluster is None:
        files, problems, first, segments, packed = _front(paths, encoding, overrides, jobs, lap)
    else:
        files, problems, first, segments, packed = _front_on_cluster(
            paths, encoding, overrides, cluster, lap
        )
    documents = [
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
        for file, (lang, confidence, *_) in zip(files, first, strict=True)
    ]
    del first
    # Unpacked only now, after every segment: read back beside the segments, the short-lived
    # fingerprints left holes among them that forked workers then filled, copying those pages
    # (+110 MB peak at 10,000 documents).
    prints = [pickle.loads(fingerprint) for fingerprint in packed]
    del packed
    if grouping_file is not None:
        groups = grouping.read_grouping_file(grouping_file, documents, segments, prints)
    else:
        groups = grouping.find_groups(
            documents, segments, prints=prints, jobs=jobs if cluster is None else 1
        )
    versions = second_versions.second_versions(documents, prints, groups)
    del prints
    if pivot:
        groups = [Group(g.id, pivot, g.members) if pivot in g.members else g for g in groups]
    # Groups written in lines (poems, lyrics) cut at every line break (verse.py); Thai
    # paragraphs cut where the group's other versions end their sentences (guided_cuts).
    segments = verse.verse_segments(documents, segments, groups)
    segments = guided_cuts.guided_segments(documents, segments, groups)
    # Subtitles: grouped by their paragraphs of cues, aligned by paragraphs of the film's pauses
    if any(file.subtitles for file in files):
        segments = subtitles.timed_paragraphs(files, segments)
    lap("grouping")
    if cluster is None:  # a cluster's workers inherit nothing: they compute them anyway
        _keep_recurring(documents, segments, groups)
        lap("recurring")
    corpus = Corpus(documents, segments, groups, list(problems), timings, jobs, cluster)
    corpus.second_versions = versions
    return corpus


def _front_on_cluster(paths, encoding, overrides, cluster, lap):
    """`_front` on a dask cluster: files read here, each document's stages on the cluster's
    workers (which inherit nothing: each is sent its text, then its paragraphs)."""
    loaded = loading.load_paths(paths, encoding=encoding)
    lap("load")
    files, problems = list(loaded.files), loaded.problems
    items = [(file.text, overrides.get(file.path) or file.lang_hint) for file in files]
    first = parallel.run(_read_document_or_failure, items, cluster=cluster)
    del items
    problems, (files, first) = _without_failures(problems, files, first)
    lap("language+segment")
    recurring = boilerplate.recurring_keys([keys for *_, keys in first])
    items = [(paras, lang, recurring) for lang, _, paras, _ in first]
    marked = parallel.run(_mark_document_or_failure, items, cluster=cluster)
    del items
    problems, (files, first, marked) = _without_failures(problems, files, first, marked)
    segments = [segs for segs, _ in marked]
    packed = [fingerprint for _, fingerprint in marked]
    lap("boilerplate")
    return (
        files,
        problems,
        [(lang, confidence) for lang, confidence, *_ in first],
        segments,
        packed,
    )


def _front(paths, encoding, overrides, jobs, lap):
    """Files, problems, (language, confidence) and segments of each file, and its grouping
    fingerprint (pickled), in worker processes forked before any file is read
    (`parallel.Workers`), in two passes around the one step that needs every document: which
    lines recur across the corpus (boilerplate.py).

    Pass one reads a file, identifies its language and segments it; its paragraphs stay in
    the worker (`_KEPT`), and only their recurrence keys come here. Pass two sends each
    document to the worker that kept its paragraphs, which marks boilerplate against the
    recurring lines and computes the fingerprint."""
    planned = loading.plan(paths, encoding=encoding)
    todo = [item for item in planned if isinstance(item, loading.LoadJob)]
    lap("walk")
    if todo:
        language.load_model()  # here, once: the workers share its pages
    try:
        with parallel.Workers(jobs, len(todo)) as workers:
            read = list(
                workers.map(
                    _load_and_read,
                    [(i, job, overrides.get(job.rel)) for i, job in enumerate(todo)],
                    batch=True,
                )
            )
            owners = workers.placed
            loaded, kept = loading.gather(planned, [(real, outcome) for real, outcome, _ in read])
            first = [read[i][2] for i in kept]
            del read
            lap("read+language+segment")
            recurring = boilerplate.recurring_keys([keys for *_, keys in first])
            workers.broadcast(_keep_recurring_lines, recurring)
            marked = list(
                workers.map(
                    _mark_kept,
                    [(i, lang) for i, (lang, *_) in zip(kept, first, strict=True)],
                    on=[owners[i] for i in kept],
                )
            )
    finally:
        _forget_front()
    problems, (files, first, marked) = _without_failures(
        loaded.problems, list(loaded.files), first, marked
    )
    segments = [segs for segs, _ in marked]
    packed = [fingerprint for _, fingerprint in marked]
    del marked
    lap("boilerplate")
    first = [(lang, confidence) for lang, confidence, _ in first]
    return files, problems, first, segments, packed


def _keep_recurring(
    documents: list[Document], segments: list[tuple[Segment, ...]], groups: list[Group]
) -> None:
    """The features of the content sentences that several grouped documents share, computed
    here once before the workers fork (sentence_memo.py), instead of once per group. Counted
    once per document: a group's own repeats are served by the caches while it is aligned
    (and a corpus of one group, as the app opens, keeps nothing)."""
    sentence_memo.keep(
        pair
        for group in groups
        if len(group.members) > 1
        for d in group.members.values()
        if documents[d].lang not in ("", "und")
        for pair in dict.fromkeys(
            (segment.text, documents[d].lang)
            for segment in segments[d]
            if segment.boilerplate is None
        )
    )


# A per-document stage that fails on a document (an error of ours, not the file's): the
# document is skipped and named as a problem, like an unreadable file, and the rest go on.
@dataclass(frozen=True)
class _Failed:
    message: str


def _read_document_or_failure(item: tuple[str, str | None]):
    try:
        return _read_document(item)
    except Exception as error:  # noqa: BLE001 - see _Failed
        return _Failed(_failure("identified and segmented", error))


def _mark_document_or_failure(item: tuple[boilerplate.Paragraphs, str, frozenset[str] | None]):
    try:
        return _mark_document(item)
    except Exception as error:  # noqa: BLE001 - see _Failed
        return _Failed(_failure("marked for boilerplate and fingerprinted", error))


def _without_failures(problems, files, *results):
    """`problems` with one for each file whose last result (`results[-1]`) is `_Failed`, and
    `files` and every list of `results` without those files."""
    failed = {j for j, result in enumerate(results[-1]) if isinstance(result, _Failed)}
    problems = tuple(problems) + tuple(
        Problem(files[j].path, results[-1][j].message) for j in sorted(failed)
    )
    kept = [[x for j, x in enumerate(values) if j not in failed] for values in (files, *results)]
    return problems, kept


def _read_document(item: tuple[str, str | None]):
    """Language, confidence, paragraphs and their recurrence keys of one file's text (and its
    forced language, if any)."""
    text, forced = item
    lang, confidence = (forced, 1.0) if forced else language.identify_document(text)
    paras = boilerplate.prepare(segmenting.segment(text, lang), text)
    return lang, confidence, paras, boilerplate.paragraph_keys(paras)


# What a front worker keeps between `_front`'s passes (in one process: this one): each
# document's paragraphs by its index, and the lines recurring across the corpus.
_KEPT: dict[int, boilerplate.Paragraphs] = {}
_RECURRING: frozenset[str] | None = None


def _load_and_read(items: list[tuple[int, loading.LoadJob, str | None]]):
    """Pass one of `_front` for some files: each one's resolved path, the file (or why it was
    not read) and, for a file read, its language, confidence and paragraphs' recurrence keys;
    the paragraphs are kept here for pass two. The files are all read first: reading one
    between two identifications made those 20 % slower (the system calls cost the walk over
    the language model's tables its cached pages)."""
    loaded = [(index, forced, *loading.load(job)) for index, job, forced in items]
    out = []
    for index, forced, real, file in loaded:
        if isinstance(file, Problem):
            out.append((real, file, None))
            continue
        read = _read_document_or_failure((file.text, forced or file.lang_hint))
        if isinstance(read, _Failed):
            out.append((real, Problem(file.path, read.message), None))
            continue
        lang, confidence, paras, keys = read
        _KEPT[index] = paras
        out.append((real, file, (lang, confidence, keys)))
    return out


def _keep_recurring_lines(recurring: frozenset[str]) -> None:
    global _RECURRING
    _RECURRING = recurring


def _mark_kept(item: tuple[int, str]):
    """Pass two of `_front`: `_mark_document` of the paragraphs kept in pass one."""
    index, lang = item
    return _mark_document_or_failure((_KEPT.pop(index), lang, None))


def _forget_front(_=None) -> None:
    global _RECURRING
    _KEPT.clear()
    _RECURRING = None
    _SKELETONS.clear()


# Name -> phonetic skeleton while the workers mark documents (`grouping.fingerprints` shares
# one such cache across documents: names repeat).
_SKELETONS: dict[str, str] = {}


def _mark_document(item: tuple[boilerplate.Paragraphs, str, frozenset[str] | None]):
    """A document's segments, boilerplate marked, and its grouping fingerprint (pickled; see
    `_open_corpus`): computed here in the workers rather than by `find_groups` in one process
    (it was 70 % of grouping)."""
    paras, lang, recurring = item
    recurring = recurring if recurring is not None else _RECURRING
    segments = boilerplate.mark(paras, lang, recurring, whole=True)
    fingerprint = grouping.fingerprint(segments, lang, cache=_SKELETONS)
    return segments, pickle.dumps(fingerprint, protocol=pickle.HIGHEST_PROTOCOL)
