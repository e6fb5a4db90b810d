"""Which documents are translations of one another, and which is the original.

PROVISIONAL: one group of all documents with distinct languages; replaced next.
"""

from __future__ import annotations

from collections.abc import Sequence

from reviewer.core.model import Document, Group, Segment


def find_groups(
    documents: Sequence[Document], segments: Sequence[tuple[Segment, ...]]
) -> list[Group]:
    members: dict[str, int] = {}
    for index, document in enumerate(documents):
        members.setdefault(document.lang, index)
    if len(members) < 2:
        return []
    first = min(members.values())
    return [Group(f"g-{Path_stem(documents[first].path)}", documents[first].lang, members)]


def Path_stem(path: str) -> str:
    return path.rsplit("/", 1)[-1].removesuffix(".txt")
