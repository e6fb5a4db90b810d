"""Hand-built alignment of the seed article (000 vi pivot; 001 id, 002 fr, 003 de), for the
checks' golden tests while the real aligner is built. One segment per non-empty line (the seeds
are one paragraph per line); boilerplate marked by hand as the boilerplate stage would."""

from __future__ import annotations

from pathlib import Path

from reviewer.core.model import Row, Segment

SEEDS = Path(__file__).resolve().parent.parent / "reviewer" / "seeds"
FILES = {
    "vi": "000_459abd048ae6a802.txt",
    "id": "001_a42808516d93aaf7.txt",
    "fr": "002_9a23daeefc982262.txt",
    "de": "003_b86073aea52a80e9.txt",
}
# Boilerplate by line index (non-empty lines) per language.
BOILERPLATE = {
    "vi": {11: "byline"},
    "id": {8: "caption", 12: "byline", 13: "ad", 14: "source", 15: "comments"},
    "fr": {8: "caption", 12: "byline", 13: "source", 14: "comments"},
    "de": {8: "caption", 12: "byline", 13: "source", 14: "comments"},
}


def seed_segments(lang: str) -> tuple[Segment, ...]:
    text = (SEEDS / FILES[lang]).read_text(encoding="utf-8")
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return tuple(
        Segment(i, i, 0, len(line), line, BOILERPLATE[lang].get(i)) for i, line in enumerate(lines)
    )


def seed_group() -> tuple[list[Row], dict[str, tuple[Segment, ...]]]:
    """Rows of the seed article: vi line i <-> line i (i < 8); the photo caption (id/fr/de line 8)
    alone; vi line i <-> line i + 1 after it; then the ad, source and comment lines alone."""
    segments = {lang: seed_segments(lang) for lang in FILES}
    rows = [Row({lang: (i,) for lang in FILES}) for i in range(8)]
    rows.append(Row({"vi": (), "id": (8,), "fr": (8,), "de": (8,)}))
    rows += [
        Row({"vi": (i,), "id": (i + 1,), "fr": (i + 1,), "de": (i + 1,)}) for i in range(8, 12)
    ]
    rows.append(Row({"vi": (), "id": (13,), "fr": (), "de": ()}))
    rows.append(Row({"vi": (), "id": (14,), "fr": (13,), "de": (13,)}))
    rows.append(Row({"vi": (), "id": (15,), "fr": (14,), "de": (14,)}))
    return rows, segments
