"""Where what a reviewer recorded belongs, in a group aligned anew.

Annotations and alignment records name their rows by anchors (language, ordinal, hash of the
segment's normalised text) and keep a snapshot of the row's text. After a realignment, another
pivot or an edited document, `attach` finds each annotation's row again and `apply_corrections`
puts the `[[alignment]]` records back on the aligner's rows; what finds no place is an orphan,
kept and written back unchanged (docs/annotations.md, "Re-attachment").
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path

from rapidfuzz import fuzz, process

from reviewer.core import corrections, persistence
from reviewer.core.corrections import Alignment, Corrector
from reviewer.core.model import AlignmentRecord, Annotation, BoilerplateOverride, cell_text
from reviewer.core.persistence import AnnotationFile
from reviewer.core.session import AlignedGroup, with_rows

# Rows either side of each row a file's corrections changed, checked with it when the file is
# applied (`session.CHECK_CONTEXT` for one correction in the app).
REOPEN_CONTEXT = 4

# A row whose text scores at least this (rapidfuzz ratio, 0-100, averaged over the snapshot's
# languages weighted by their length) takes an annotation whose anchor no longer matches.
# On the seeds, two different rows never score above 47, and 56 of 58 rows with one word
# changed in one language still score 85 or more (docs/annotations.md, "Re-attachment").
ATTACH_THRESHOLD = 85.0
_CANDIDATES = 5  # rows per language the fuzzy search over the whole group scores in full
_WINDOW = 50  # rows either side of the anchor's old place, searched first
# Searches of the whole group per attach (each costs a few ms on 5,000 rows). Beyond it, an
# annotation not found near its old place is an orphan: kept, and tried again on the next open.
# Only a file that matches almost nothing (a replaced document) reaches it.
_FULL_SCANS = 300

_SPACE = re.compile(r"\s+")


# --- anchors ----------------------------------------------------------------------------------


def normalise(text: str) -> str:
    """The text an anchor hashes: NFC, runs of white space as one space, stripped."""
    return _SPACE.sub(" ", unicodedata.normalize("NFC", text)).strip()


@lru_cache(maxsize=1 << 16)  # every open and realign hashes every segment again
def segment_hash(text: str) -> str:
    """HASH8 of an anchor: the first 8 hex digits of the sha256 of the normalised text."""
    data = normalise(text).encode("utf-8", "surrogatepass")
    return hashlib.sha256(data).hexdigest()[:8]


def make_anchor(lang: str, ordinal: int, text: str) -> str:
    return f"{lang}:{ordinal}:{segment_hash(text)}"


def parse_anchor(anchor: str) -> tuple[str, int, str] | None:
    """(lang, ordinal, hash8), or None for an anchor that does not have that shape."""
    parts = anchor.rsplit(":", 2)
    if len(parts) != 3 or not parts[0] or not parts[1].isdigit():
        return None
    return parts[0], int(parts[1]), parts[2]


def row_anchor(aligned: AlignedGroup, row: int) -> str:
    """The anchor of a row: its first pivot segment, else the first segment of the first
    language (pivot first, then the others in order) that has text in the row."""
    for lang in aligned.languages:
        segments = aligned.cell(row, lang)
        if segments:
            return make_anchor(lang, segments[0].ordinal, segments[0].text)
    raise ValueError(f"row {row} has no segment in any language")


def row_texts(aligned: AlignedGroup, row: int) -> dict[str, str]:
    """Language -> the row's text in it (`cell_text`), for every language with text."""
    texts = {}
    for lang in aligned.languages:
        segments = aligned.cell(row, lang)
        if segments:
            texts[lang] = cell_text(segments)
    return texts


# --- re-attachment ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Attachment:
    """Where annotations found their rows (`rows`), how (`how`: anchor, moved, text), and
    which could not (`orphans`, in file order)."""

    rows: dict[int, Annotation]
    how: dict[int, str]
    orphans: tuple[Annotation, ...]


class _Index:
    """Where each segment is: its row, its hash, and the ordinals of each hash, per language."""

    def __init__(self, aligned: AlignedGroup) -> None:
        self.row_of = {
            lang: {
                ordinal: r
                for r, row in enumerate(aligned.rows)
                for ordinal in row.cells.get(lang, ())
            }
            for lang in aligned.languages
        }
        self.hashes = {
            lang: [segment_hash(s.text) for s in aligned.segments[lang]]
            for lang in aligned.languages
        }
        self.by_hash: dict[str, dict[str, list[int]]] = {}
        for lang, hashes in self.hashes.items():
            ordinals: dict[str, list[int]] = {}
            for i, digest in enumerate(hashes):
                ordinals.setdefault(digest, []).append(i)
            self.by_hash[lang] = ordinals

    def near(self, anchor: str) -> int | None:
        """The row that holds the anchor's ordinal (or the last one before it), if any."""
        parsed = parse_anchor(anchor)
        if parsed is None or parsed[0] not in self.row_of or not self.row_of[parsed[0]]:
            return None
        rows = self.row_of[parsed[0]]
        return rows.get(min(parsed[1], len(self.hashes[parsed[0]]) - 1))

    def find(self, anchor: str) -> tuple[str, int, str] | None:
        """(lang, ordinal, how) of the segment an anchor names: exactly ("anchor"), else the
        same text at the nearest other ordinal ("moved", the document was edited)."""
        parsed = parse_anchor(anchor)
        if parsed is None or parsed[0] not in self.hashes:
            return None
        lang, ordinal, digest = parsed
        hashes = self.hashes[lang]
        if ordinal < len(hashes) and hashes[ordinal] == digest:
            return lang, ordinal, "anchor"
        moved = self.by_hash[lang].get(digest)
        if moved:
            return lang, min(moved, key=lambda i: abs(i - ordinal)), "moved"
        return None


def attach(
    aligned: AlignedGroup,
    annotations: Sequence[Annotation],
    *,
    threshold: float = ATTACH_THRESHOLD,
) -> Attachment:
    """Give each annotation a row of `aligned`: by anchor, by the anchor's text elsewhere in its
    document, else by text snapshot; at most one annotation per row (the first in file order
    wins; a later one for the same row is an orphan, never merged silently). Attached
    annotations get the anchor of their new row."""
    index = _Index(aligned)
    rows: dict[int, Annotation] = {}
    how: dict[int, str] = {}
    pending: list[int] = []
    for i, annotation in enumerate(annotations):
        found = index.find(annotation.anchor)
        row = index.row_of[found[0]].get(found[1]) if found else None
        if row is not None and row not in rows:
            rows[row] = annotation
            how[row] = found[2]
        else:
            pending.append(i)
    leftover: list[int] = []
    if pending:
        texts = [row_texts(aligned, r) for r in range(len(aligned.rows))]
        choices = {lang: [t.get(lang, "") for t in texts] for lang in aligned.languages}
        shift = 0  # how far the last annotation found by text was from its old place
        budget = [_FULL_SCANS]
        for i in pending:
            near = index.near(annotations[i].anchor)
            guess = None if near is None else min(max(near + shift, 0), len(texts) - 1)
            row = _by_text(annotations[i].text, texts, choices, rows, threshold, guess, budget)
            if row is None:
                leftover.append(i)
            else:
                rows[row] = annotations[i]
                how[row] = "text"
                if near is not None:
                    shift = row - near
    rows = {r: replace(a, anchor=row_anchor(aligned, r)) for r, a in sorted(rows.items())}
    return Attachment(rows, how, tuple(annotations[i] for i in leftover))


def _by_text(
    snapshot: Mapping[str, str],
    texts: Sequence[Mapping[str, str]],
    choices: Mapping[str, list[str]],
    taken: Mapping[int, Annotation],
    threshold: float,
    near: int | None,
    budget: list[int],
) -> int | None:
    """The free row whose text scores best against the snapshot, if it reaches `threshold`.

    First the rows within _WINDOW of `near` (where the anchor's segment would be: realignments
    mostly keep the order), scored in full; then, if none reaches the threshold, candidates from
    the whole group (per language, the closest rows to that language's snapshot text), scored
    in full on all the snapshot's languages."""
    langs = [lang for lang, text in snapshot.items() if text and lang in choices]
    if not langs:
        return None
    if near is not None:
        window = range(max(0, near - _WINDOW), min(len(texts), near + _WINDOW + 1))
        found = _best_row(snapshot, langs, texts, [r for r in window if r not in taken], threshold)
        if found is not None:
            return found
    if budget[0] <= 0:
        return None
    budget[0] -= 1
    candidates: set[int] = set()
    for lang in langs:
        found_rows = process.extract(
            snapshot[lang],
            choices[lang],
            scorer=fuzz.ratio,
            limit=_CANDIDATES * 4,
            score_cutoff=threshold / 2,
        )
        free = [r for _, _, r in found_rows if r not in taken]
        candidates.update(free[:_CANDIDATES])
    return _best_row(snapshot, langs, texts, sorted(candidates), threshold)


def _best_row(
    snapshot: Mapping[str, str],
    langs: Sequence[str],
    texts: Sequence[Mapping[str, str]],
    rows: Sequence[int],
    threshold: float,
) -> int | None:
    """The row (first of equals) with the best length-weighted ratio, at least `threshold`."""
    total = sum(len(snapshot[lang]) for lang in langs)
    best, best_score = None, threshold
    for r in rows:
        score = (
            sum(
                len(snapshot[lang]) * fuzz.ratio(snapshot[lang], texts[r].get(lang, ""))
                for lang in langs
            )
            / total
        )
        if score >= best_score and (best is None or score > best_score):
            best, best_score = r, score
    return best


def attach_overrides(
    aligned: AlignedGroup, overrides: Sequence[BoilerplateOverride]
) -> tuple[dict[tuple[str, int], str], tuple[BoilerplateOverride, ...]]:
    """Overrides to (lang, ordinal) by anchor or moved text; the rest are orphans."""
    placed: dict[tuple[str, int], str] = {}
    orphans = []
    index = _Index(aligned) if overrides else None
    for override in overrides:
        found = index.find(override.anchor) if index else None
        if found is None or (found[0], found[1]) in placed:
            orphans.append(override)
        else:
            placed[(found[0], found[1])] = override.kind
    return placed, tuple(orphans)


# --- corrections of the alignment -------------------------------------------------------------


def corrector(
    aligned: AlignedGroup, reviewer: str = "", clock: Callable[[], datetime] | None = None
) -> Corrector:
    """The corrections of one aligned group (corrections.py), made by `reviewer`."""
    return Corrector(
        {lang: aligned.segments[lang] for lang in aligned.languages},
        aligned.group.pivot,
        aligned.rows,
        reviewer=reviewer,
        clock=clock or (lambda: datetime.now(UTC).replace(microsecond=0)),
    )


@dataclass(frozen=True)
class Corrected:
    """The aligner's rows with a file's corrections applied (`aligned`, findings of changed
    rows recomputed), the rows' states (`alignment`), and records that found no sentences."""

    aligned: AlignedGroup
    alignment: Alignment
    orphans: tuple[AlignmentRecord, ...]


def apply_corrections(
    aligned: AlignedGroup,
    records: Sequence[AlignmentRecord],
    *,
    reviewer: str = "",
    clock: Callable[[], datetime] | None = None,
    fixer: Corrector | None = None,
) -> Corrected:
    """Put the `[[alignment]]` records of a file on the aligner's rows and realign around them
    (what the app, `check` and `export` all show). Sentences are found by anchor, or by the
    same text elsewhere in the document; a record one of whose sentences is gone is an orphan."""
    if not records:
        return Corrected(aligned, Alignment.auto(aligned.rows), ())
    index = _Index(aligned)

    def find(anchor: str) -> tuple[str, int] | None:
        found = index.find(anchor)
        return None if found is None else (found[0], found[1])

    fixer = fixer or corrector(aligned, reviewer, clock)
    placed = corrections.place(fixer, records, find)
    # (a few rows of context only: a file of many corrections would check most of the group)
    rows = with_rows(aligned, placed.alignment.rows, context=REOPEN_CONTEXT)
    return Corrected(rows, placed.alignment, placed.orphans)


def apply_folder(aligned: AlignedGroup, folder: Path) -> tuple[AlignedGroup, list[str]]:
    """`aligned` with the corrections of its annotation file in `folder` (read-only), and
    sentences about what could not be applied; unchanged when there is no usable file."""
    file = load_folder_file(folder, aligned.group.id)
    if file is None or not file.alignment:
        return aligned, []
    done = apply_corrections(aligned, file.alignment)
    notices = []
    if done.orphans:
        notices.append(
            f"{aligned.group.id}: {len(done.orphans)} alignment correction(s) match sentences "
            "that changed; they are kept in the file, not applied"
        )
    return done.aligned, notices


def load_folder_file(folder: Path, group_id: str) -> AnnotationFile | None:
    """The annotation file of a group, read-only (None when missing or not valid)."""
    return persistence.read(
        Path(folder) / persistence.file_name(group_id), set_aside_corrupt=False
    ).file
