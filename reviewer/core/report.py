"""The result of `reviewer check`: the JSON of DESIGN.md, and a short text report for people.

Both are written group by group as the groups are checked (`write_json`, `write_jsonl`), so a
corpus of any size never becomes one string in memory; `to_json` is the same JSON as a dict.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable

from reviewer.core.loading import problem_lines
from reviewer.core.model import SEVERITIES, cell_text
from reviewer.core.sanitize import sanitize
from reviewer.core.session import AlignedGroup, Corpus

SCHEMA = 1


def to_json(corpus: Corpus, aligned: list[AlignedGroup]) -> dict:
    """The contract's JSON document (DESIGN.md, "JSON of reviewer check")."""
    return {
        "schema": SCHEMA,
        "documents": _documents_json(corpus),
        "problems": _problems_json(corpus),
        "groups": [_group_json(a) for a in aligned],
    }


def write_json(corpus: Corpus, aligned: Iterable[AlignedGroup], write: Callable[[str], object]):
    """`to_json` as `json.dumps(..., ensure_ascii=False, indent=2)` writes it, plus a newline,
    the same bytes, but handed to `write` group by group as `aligned` yields them."""
    head = {
        "schema": SCHEMA,
        "documents": _documents_json(corpus),
        "problems": _problems_json(corpus),
    }
    text = _dumps(head, indent=2)
    write(text[: text.rindex("\n")] + ',\n  "groups": [')
    first = True
    for a in aligned:
        # A nested object is its own dump shifted right; json escapes every newline inside a
        # string, so each line break in the dump is one of its layout.
        body = _dumps(_group_json(a), indent=2).replace("\n", "\n    ")
        write(("\n    " if first else ",\n    ") + body)
        first = False
    write("]\n}\n" if first else "\n  ]\n}\n")


def write_jsonl(corpus: Corpus, aligned: Iterable[AlignedGroup], write: Callable[[str], object]):
    """JSON Lines: `{"schema": 1}`, then `{"group": ...}` per group as soon as it is checked,
    then `{"document": ...}` per document and `{"problem": ...}` per unreadable file; the
    objects are those of `to_json`, one per line."""
    write(_dumps({"schema": SCHEMA}) + "\n")
    for a in aligned:
        write(_dumps({"group": _group_json(a)}) + "\n")
    for document in _documents_json(corpus):
        write(_dumps({"document": document}) + "\n")
    for problem in _problems_json(corpus):
        write(_dumps({"problem": problem}) + "\n")


def _dumps(value, indent: int | None = None) -> str:
    separators = None if indent else (",", ":")
    return json.dumps(value, ensure_ascii=False, indent=indent, separators=separators)


def _documents_json(corpus: Corpus) -> list[dict]:
    group_of = {index: group.id for group in corpus.groups for index in group.members.values()}
    documents = []
    for index, doc in enumerate(corpus.documents):
        entry = {
            "path": doc.path,
            "lang": doc.lang,
            "group": group_of.get(index),
            "warnings": list(doc.warnings),
        }
        if (twin := corpus.second_versions.get(index)) is not None:
            # ungrouped, since that group has the language already (an additive key)
            entry["second_version_of"] = corpus.documents[twin].path
        documents.append(entry)
    return documents


def _problems_json(corpus: Corpus) -> list[dict]:
    return [{"path": p.path, "message": p.message} for p in corpus.problems]


def _group_json(aligned: AlignedGroup) -> dict:
    group = aligned.group
    # The languages sorted once, not twice a row (the parent writes this while the workers
    # check: a tenth of its time there at 2,000 documents).
    languages = aligned.languages
    segments = aligned.segments
    # "error" (an additive key, only where it happened): the group could not be aligned or
    # checked; its rows are then its segments side by side in order, or without findings.
    error = {"error": aligned.error} if aligned.error else {}
    return {
        "id": group.id,
        "pivot": group.pivot,
        "members": {lang: aligned.documents[lang].path for lang in languages},
        **error,
        "rows": [
            {
                "cells": {
                    lang: [
                        {"text": s.text, "boilerplate": s.boilerplate}
                        for s in map(segments[lang].__getitem__, row.cells.get(lang, ()))
                    ]
                    for lang in languages
                },
                # Per language, how sure the aligner is that the cell belongs in this row
                # (0 to 1, docs/alignment.md); a cell is a list, so the values sit beside it.
                "confidence": {
                    lang: row.confidence[lang] for lang in languages if lang in row.confidence
                },
                "findings": [
                    {
                        "check": f.check,
                        "lang": f.lang,
                        "severity": f.severity,
                        "message": f.message,
                        "spans": [list(span) for span in f.spans],
                    }
                    for f in aligned.findings[r]
                ],
            }
            for r, row in enumerate(aligned.rows)
        ],
    }


def to_text(corpus: Corpus, aligned: list[AlignedGroup]) -> str:
    """A readable summary: problems, then per group its languages, rows and findings."""
    return "".join(text_parts(corpus, aligned))


def text_parts(corpus: Corpus, aligned: Iterable[AlignedGroup]) -> Iterable[str]:
    """`to_text` in parts: the head, then one part per group as `aligned` yields it."""
    lines: list[str] = []
    lines.extend(problem_lines(corpus.problems))  # repeated kinds summarised
    grouped = {i for g in corpus.groups for i in g.members.values()}
    lines.append(
        f"{_count(len(corpus.documents), 'document')}, {_count(len(corpus.groups), 'group')}, "
        f"{len(corpus.documents) - len(grouped)} ungrouped"
    )
    for index, doc in enumerate(corpus.documents):
        if index not in grouped:
            line = f"  ungrouped: {doc.path} ({doc.lang})"
            if (twin := corpus.second_versions.get(index)) is not None:
                group = corpus.group_of(twin)
                line += (
                    f": a second {doc.lang} version of {corpus.documents[twin].path}"
                    f" (group {group.id if group else '?'}), which holds the language"
                )
            lines.append(line)
    for a in aligned:
        yield _joined(lines)
        lines = [""]
        members = ", ".join(
            f"{lang}{'*' if lang == a.group.pivot else ''} {a.documents[lang].path}"
            for lang in a.languages
        )
        counts = Counter(f.severity for row in a.findings for f in row)
        summary = ", ".join(f"{counts[s]} {s}" for s in SEVERITIES if counts[s]) or "no findings"
        boiler = sum(1 for segs in a.segments.values() for s in segs if s.boilerplate)
        lines.append(f"group {a.group.id}: {members}")
        pivot = "* = pivot"
        if a.group.pivot_guessed:
            pivot += ", a guess: nothing in the texts says which version is the original"
        lines.append(f"  {len(a.rows)} rows, {boiler} boilerplate segments, {summary}  ({pivot})")
        if a.error:
            lines.append(f"  error: this group {a.error}")
        for r, findings in enumerate(a.findings):
            for f in findings:
                pivot_text = cell_text(a.cell(r, a.group.pivot))
                own = cell_text(a.cell(r, f.lang))
                lines.append(f"  row {r + 1} [{f.severity}] {f.check} ({f.lang}): {f.message}")
                lines.append(f"    {a.group.pivot}: {_quote(pivot_text)}")
                if f.lang != a.group.pivot:
                    lines.append(f"    {f.lang}: {_quote(own)}")
    yield _joined(lines)


def _joined(lines: list[str]) -> str:
    # The report goes to a terminal: document text, file names and messages quoting them are
    # data, so escapes, controls and bidi marks in them are shown as placeholders (sanitize.py).
    return "".join(sanitize(line) + "\n" for line in lines)


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


def _quote(text: str, limit: int = 160) -> str:
    text = text if len(text) <= limit else text[: limit - 1] + "…"
    return f"“{text}”" if text else "(nothing)"
