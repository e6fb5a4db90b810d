"""Synthetic aligned groups for the app's tests and benchmarks, built without the pipeline.

Rows line up one to one; every few rows carry a finding with spans, a boilerplate caption,
an empty cell with a `missing` finding, wide (CJK) text, or hostile control characters, so
that every way of drawing a row is exercised. Deterministic: no randomness.
"""

from __future__ import annotations

from pathlib import Path

from reviewer.core.model import Document, Finding, Group, Row, Segment
from reviewer.core.session import AlignedGroup, Corpus

WORDS = {
    "vi": "Tổng thống Kazakhstan cho biết trong cuộc gặp với Ngoại trưởng Nga hôm thứ Hai",
    "de": "Der kasachische Präsident sagte bei dem Treffen mit dem russischen Außenminister",
    "fr": "Le président kazakh a déclaré lors de la rencontre avec le ministre russe lundi",
    "id": "Presiden Kazakhstan mengatakan dalam pertemuan dengan Menteri Luar Negeri Rusia",
    "en": "The president of Kazakhstan said at the meeting with the Russian foreign minister",
    "ru": "Президент Казахстана заявил на встрече с министром иностранных дел России",
    "es": "El presidente de Kazajistán dijo en la reunión con el ministro ruso de exteriores",
    "zh": "哈萨克斯坦总统在与俄罗斯外交部长会谈时表示，两国关系具有战略性质。",
    "ja": "カザフスタン大統領はロシア外相との会談で両国関係は戦略的だと述べた。",
}
HOSTILE = "Astana \x1b]0;PWNED\x07 \x1b[31mred\x1b[0m \u202eevil\u202c zero\u200bwidth \x9b2J"


def sentence(lang: str, row: int) -> str:
    """A sentence of varying length for `row`, with a number (so findings have something)."""
    words = WORDS.get(lang, WORDS["en"])
    if lang in ("zh", "ja"):
        return f"{row}年" + words[: 10 + row % 25]
    parts = words.split()
    length = 4 + (row * 7) % (len(parts) * 2)
    return " ".join(parts[i % len(parts)] for i in range(length)) + f" {row * 3}."


def synthetic_corpus(
    rows: int, languages: tuple[str, ...] = ("vi", "de", "fr", "id"), *, hostile: bool = False
) -> tuple[Corpus, AlignedGroup]:
    """A corpus of one group of `rows` rows in `languages` (pivot first), already aligned."""
    documents: list[Document] = []
    all_segments: list[tuple[Segment, ...]] = []
    for lang in languages:
        segments: list[Segment] = []
        offset = 0
        for row in range(rows):
            if lang == languages[-1] and row % 13 == 5 and len(languages) > 1:
                continue  # this language has nothing in the row: a `missing` finding
            text = sentence(lang, row)
            kind = None
            if row % 11 == 3:
                text, kind = f"Foto: Reuters {row}", "caption"
            if hostile and row == 1:
                text = HOSTILE
            segments.append(Segment(len(segments), row, offset, offset + len(text), text, kind))
            offset += len(text) + 1
        all_segments.append(tuple(segments))
        body = "\n".join(segment.text for segment in segments)
        documents.append(
            Document(f"synthetic_{lang}.txt", Path(f"synthetic_{lang}.txt"), body, lang, "0" * 64)
        )
    members = {lang: i for i, lang in enumerate(languages)}
    group = Group("g-synthetic", languages[0], members)
    ordinals = {lang: iter(range(len(all_segments[i]))) for i, lang in enumerate(languages)}
    table: list[Row] = []
    findings: list[tuple[Finding, ...]] = []
    for row in range(rows):
        cells = {}
        found: list[Finding] = []
        for lang in languages:
            if lang == languages[-1] and row % 13 == 5 and len(languages) > 1:
                cells[lang] = ()
                found.append(Finding("missing", lang, "major", f"{lang} has nothing for this row"))
            else:
                cells[lang] = (next(ordinals[lang]),)
        if row % 7 == 2 and len(languages) > 1 and cells[languages[1]]:
            lang = languages[1]
            text = all_segments[1][cells[lang][0]].text
            found.append(
                Finding(
                    "number-mismatch",
                    lang,
                    "major",
                    f"{row * 3} is not in the pivot",
                    ((max(0, len(text) - 5), len(text) - 1),),
                )
            )
            found.append(
                Finding(
                    "length-ratio", languages[0], "minor", "much longer than the others", ((0, 6),)
                )
            )
        table.append(Row(cells))
        findings.append(tuple(found))
    segments_by_lang = {lang: all_segments[i] for i, lang in enumerate(languages)}
    documents_by_lang = {lang: documents[i] for i, lang in enumerate(languages)}
    aligned = AlignedGroup(
        group, documents_by_lang, segments_by_lang, tuple(table), tuple(findings)
    )
    corpus = Corpus(documents, all_segments, [group], [])
    corpus._aligned[(group.id, group.pivot)] = aligned  # served as if the pipeline had aligned it
    return corpus, aligned
