"""Small builders shared by the annotation tests: hand-made alignments and seed corpora."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

from reviewer.core.model import Document, Group, Row, Segment
from reviewer.core.session import AlignedGroup, open_corpus

SEEDS = Path(__file__).resolve().parent.parent / "reviewer" / "seeds"


def make_aligned(
    texts: dict[str, list[str]],
    rows: list[dict[str, tuple[int, ...]]] | None = None,
    *,
    pivot: str | None = None,
    group_id: str = "g-test",
    boilerplate: dict[tuple[str, int], str] | None = None,
) -> AlignedGroup:
    """An AlignedGroup over one sentence per segment; rows default to 1-1 by position."""
    pivot = pivot or next(iter(texts))
    boilerplate = boilerplate or {}
    documents, segments = {}, {}
    for lang, sentences in texts.items():
        body = "\n".join(sentences)
        documents[lang] = Document(
            f"{lang}.txt",
            Path(f"{lang}.txt"),
            body,
            lang,
            hashlib.sha256(body.encode("utf-8", "surrogatepass")).hexdigest(),
        )
        offset, segs = 0, []
        for i, sentence in enumerate(sentences):
            segs.append(
                Segment(i, i, offset, offset + len(sentence), sentence, boilerplate.get((lang, i)))
            )
            offset += len(sentence) + 1
        segments[lang] = tuple(segs)
    group = Group(group_id, pivot, {lang: i for i, lang in enumerate(texts)})
    ordered = {lang: segments[lang] for lang in group.languages}
    if rows is None:
        length = max(len(s) for s in texts.values())
        rows = [
            {lang: ((i,) if i < len(texts[lang]) else ()) for lang in texts} for i in range(length)
        ]
    row_objects = tuple(Row(dict(r)) for r in rows)
    return AlignedGroup(
        group,
        {lang: documents[lang] for lang in group.languages},
        ordered,
        row_objects,
        tuple(() for _ in row_objects),
    )


def seed_corpus(tmp_path: Path):
    """The seeds copied into tmp_path/corpus (so annotation folders land in tmp_path)."""
    folder = tmp_path / "corpus"
    shutil.copytree(SEEDS, folder)
    return folder, open_corpus([folder])
