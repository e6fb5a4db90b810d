"""Findings a reviewer judged false alarms, so that they stop coming back.

A dismissal names a row by an anchor (the row's pivot anchor when it was dismissed, see
`attaching.row_anchor`), plus the finding's language and check id. It is kept in the
group's annotation file (`[[dismissed]]`, DESIGN.md "Annotation files"); the app hides the
finding from the row and the counts, and `reviewer check` / `export` leave it out. A dismissal
whose row cannot be found any more is kept and written back unchanged, never dropped.

A row is found by any of its segments (in any language), so a dismissal made through one
pivot still holds after the pivot changes; when ordinals moved (a document was edited), the
segment is found by language and text hash alone if that is unambiguous.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

from reviewer.core.model import Finding


class DismissalShapeError(ValueError):
    """A `[[dismissed]]` table that is not one (missing keys, wrong types)."""


@dataclass(frozen=True)
class Dismissal:
    """One finding judged a false alarm: which row (anchor), which language, which check."""

    anchor: str
    lang: str
    check: str
    reviewer: str = ""
    updated: datetime | None = None

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.anchor, self.lang, self.check)


class RowFinder:
    """Finds the row of an anchor in one alignment (every segment of every row is indexed)."""

    def __init__(self, aligned) -> None:
        from reviewer.core.attaching import make_anchor  # annotations imports this module

        self.exact: dict[str, int] = {}
        by_hash: dict[tuple[str, str], list[int]] = {}
        for index, row in enumerate(aligned.rows):
            for lang, ordinals in row.cells.items():
                for ordinal in ordinals:
                    anchor = make_anchor(lang, ordinal, aligned.segments[lang][ordinal].text)
                    self.exact[anchor] = index
                    by_hash.setdefault((lang, anchor.rsplit(":", 1)[1]), []).append(index)
        self.by_hash = {key: rows[0] for key, rows in by_hash.items() if len(set(rows)) == 1}

    def row_of(self, anchor: str) -> int | None:
        row = self.exact.get(anchor)
        if row is None:
            parts = anchor.rsplit(":", 2)
            if len(parts) == 3:
                row = self.by_hash.get((parts[0], parts[2]))
        return row


def by_row(finder: RowFinder, dismissals: Iterable[Dismissal]) -> dict[int, set[tuple[str, str]]]:
    """Row -> the (language, check) pairs dismissed in it; dismissals of no row are left out."""
    rows: dict[int, set[tuple[str, str]]] = {}
    for dismissal in dismissals:
        row = finder.row_of(dismissal.anchor)
        if row is not None:
            rows.setdefault(row, set()).add((dismissal.lang, dismissal.check))
    return rows


def is_dismissed(finding: Finding, dismissed: set[tuple[str, str]] | None) -> bool:
    return bool(dismissed) and (finding.lang, finding.check) in dismissed


def without_dismissed(aligned, dismissals: Sequence[Dismissal]):
    """`aligned` (an AlignedGroup) with its dismissed findings left out (check, export)."""
    if not dismissals:
        return aligned
    rows = by_row(RowFinder(aligned), dismissals)
    findings = tuple(
        tuple(f for f in row_findings if not is_dismissed(f, rows.get(index)))
        for index, row_findings in enumerate(aligned.findings)
    )
    return replace(aligned, findings=findings)


def apply_folder(aligned_groups: Sequence, folder: Path) -> list:
    """Every group with the dismissals found in the annotation `folder` applied.

    A group whose file is missing or unreadable keeps all its findings (`check` must never fail
    because of an annotation file)."""
    from reviewer.core import persistence

    result = []
    for aligned in aligned_groups:
        path = Path(folder) / persistence.file_name(aligned.group.id)
        file = None
        if path.is_file():
            try:
                file = persistence.read(path, set_aside_corrupt=False).file
            except (OSError, persistence.AnnotationFileError):
                file = None
        result.append(without_dismissed(aligned, file.dismissed) if file else aligned)
    return result


# --- TOML tables -----------------------------------------------------------------------------


def to_dicts(dismissals: Iterable[Dismissal], clean=lambda text: text) -> list[dict]:
    """The `[[dismissed]]` tables; `clean` makes text writable (persistence.clean_text)."""
    tables = []
    for dismissal in dismissals:
        table: dict = {
            "anchor": clean(dismissal.anchor),
            "lang": clean(dismissal.lang),
            "check": clean(dismissal.check),
            "reviewer": clean(dismissal.reviewer),
        }
        if dismissal.updated is not None:
            table["updated"] = dismissal.updated.astimezone(UTC)
        tables.append(table)
    return tables


def from_dicts(items: object) -> tuple[Dismissal, ...]:
    """Validate the parsed `[[dismissed]]` tables; DismissalShapeError says what is wrong."""
    if not isinstance(items, list):
        raise DismissalShapeError("`dismissed` is not an array of tables")
    result = []
    for number, item in enumerate(items, start=1):
        where = f"dismissed #{number}"
        if not isinstance(item, Mapping):
            raise DismissalShapeError(f"{where} is not a table")
        values = {}
        for key in ("anchor", "lang", "check", "reviewer"):
            value = item.get(key, "" if key == "reviewer" else None)
            if not isinstance(value, str) or (key != "reviewer" and not value):
                raise DismissalShapeError(f"{where}: `{key}` is missing or not a string")
            values[key] = value
        updated = item.get("updated")
        if updated is not None:
            if not isinstance(updated, datetime):
                raise DismissalShapeError(f"{where}: `updated` is not a date-time")
            try:
                updated = (
                    updated.replace(tzinfo=UTC)
                    if updated.tzinfo is None
                    else updated.astimezone(UTC)
                )
            except OverflowError:
                raise DismissalShapeError(f"{where}: `updated` is out of range in UTC") from None
        result.append(Dismissal(**values, updated=updated))
    return tuple(result)
