"""The data that crosses module boundaries: frozen, plain, and cheap to compare.

Every stage of the pipeline (see DESIGN.md) takes these and returns new ones; nothing here
knows how it was computed. Text is held once, in `Document.text`; segments refer to it by
character offsets and keep a copy of their own (stripped) text only for convenience.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

BOILERPLATE_KINDS = (
    "ad",
    "source",
    "comments",
    "caption",
    "byline",
    "related",
    "credit",
    "metadata",
)
SEVERITIES = ("major", "minor", "info")  # worst first
STATUSES = ("ok", "issue", "reject")
ERROR_SEVERITIES = ("minor", "major", "critical")


@dataclass(frozen=True)
class Problem:
    """Something wrong with one input file, said so that a person can act on it."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


@dataclass(frozen=True)
class Document:
    """One text file in one language, decoded and NFC-normalised.

    `path` is relative to the folder argument it was found under (the name the user knows);
    `source` is where it was read from.
    """

    path: str
    source: Path
    text: str
    lang: str
    sha256: str  # of the raw bytes, to notice a file changed on disk
    encoding: str = "utf-8"
    lang_confidence: float = 1.0
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Segment:
    """A sentence or a boilerplate line of one document.

    `start`/`end` are offsets into `Document.text`; `text == document.text[start:end]`.
    `ordinal` is the segment's index in its document, `paragraph` its paragraph's index.
    """

    ordinal: int
    paragraph: int
    start: int
    end: int
    text: str
    boilerplate: str | None = None  # None, or one of BOILERPLATE_KINDS


@dataclass(frozen=True)
class Group:
    """Documents that are versions of one text, at most one per language.

    `members` maps a language code to the document's index in the corpus' document list.
    """

    id: str
    pivot: str
    members: dict[str, int] = field(hash=False)
    # True where nothing in the texts said which version is the original (`choose_pivot`
    # fell back to the alphabet): shown as a guess, for the reviewer to change.
    pivot_guessed: bool = field(default=False, compare=False)

    @property
    def languages(self) -> tuple[str, ...]:
        """The pivot first, then the other languages in a stable order."""
        return (self.pivot, *sorted(lang for lang in self.members if lang != self.pivot))


@dataclass(frozen=True)
class Row:
    """One alignment unit: for each language, the ordinals of zero or more consecutive segments.

    `confidence` says per language how sure the aligner is that those segments belong here
    (0 to 1, docs/alignment.md); empty when the row was not made by the aligner.

    `unmatched` names, per language, the pivot ordinals of this row that the language's own
    alignment with the pivot left without a counterpart. A row spans several pivot sentences
    when any version merges them, so a version that lacks one of them still has text here;
    `unmatched` keeps its omission visible to the `missing` check. `inserted` is the converse:
    per language, its own ordinals in this row that its alignment gave no pivot counterpart
    (text added inside a run of pivot sentences), for the `extra` check.
    """

    cells: dict[str, tuple[int, ...]] = field(hash=False)
    confidence: dict[str, float] = field(default_factory=dict, hash=False, compare=False)
    unmatched: dict[str, tuple[int, ...]] = field(default_factory=dict, hash=False, compare=False)
    inserted: dict[str, tuple[int, ...]] = field(default_factory=dict, hash=False, compare=False)


@dataclass(frozen=True)
class Finding:
    """What one check says of one language in one row.

    `spans` are offsets into that language's cell text (its segments joined by one space).
    """

    check: str
    lang: str
    severity: str  # one of SEVERITIES
    message: str
    spans: tuple[tuple[int, int], ...] = ()


def cell_text(segments: tuple[Segment, ...] | list[Segment]) -> str:
    """The text of a cell as findings and annotations see it: segments joined by one space."""
    return " ".join(segment.text for segment in segments)


# Annotations (DESIGN.md, "Annotation files"). MQM-style error categories, as written in files.
ERROR_CATEGORIES = (
    "accuracy/mistranslation",
    "accuracy/omission",
    "accuracy/addition",
    "accuracy/untranslated",
    "fluency/grammar",
    "fluency/spelling",
    "fluency/punctuation",
    "terminology",
    "style",
    "locale/number",
    "locale/date",
    "locale/name",
    "other",
)


@dataclass(frozen=True)
class ErrorNote:
    """One error a reviewer found in one language of a row.

    `span` is a pair of offsets into that language's row text (`cell_text`), or None.
    """

    lang: str
    category: str  # one of ERROR_CATEGORIES (files from elsewhere may hold others; kept as is)
    severity: str  # one of ERROR_SEVERITIES
    note: str = ""
    span: tuple[int, int] | None = None
    reviewer: str = ""  # who found it, in a file that combines reviewers (`reviewer merge`)


@dataclass(frozen=True)
class Annotation:
    """What a reviewer recorded about one row.

    `anchor` is "LANG:ORDINAL:HASH8" of the row's first pivot segment; `text` is the row as it
    was annotated (language -> row text), so the annotation can find its row again after a
    realignment.
    """

    anchor: str
    status: str  # one of STATUSES
    reviewer: str
    updated: datetime
    text: dict[str, str] = field(hash=False, default_factory=dict)
    errors: tuple[ErrorNote, ...] = ()


@dataclass(frozen=True)
class BoilerplateOverride:
    """A reviewer's correction of one segment's automatic boilerplate mark ("none" unmarks)."""

    anchor: str
    kind: str  # one of BOILERPLATE_KINDS, or "none"


@dataclass(frozen=True)
class AlignmentRecord:
    """A row the reviewer confirmed or corrected, as the annotation file keeps it (schema 2).

    `cells` maps each language to the anchors of its segments in the row (empty: an empty
    cell); `text` is the row as it was fixed, language -> row text (docs/annotations.md).
    """

    cells: dict[str, tuple[str, ...]] = field(hash=False)
    state: str  # "confirmed" | "corrected"
    reviewer: str
    updated: datetime
    text: dict[str, str] = field(hash=False, default_factory=dict)
