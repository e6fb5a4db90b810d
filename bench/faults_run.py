"""Run one checkout's pipeline on a corpus folder and print what it found, as JSON.

Started by `bench/faults.py` in its own process, with the checkout's Python when it has a
`.venv`, so that the `reviewer` measured is the checkout's and nothing of this one leaks in.
It uses only the session API (`open_corpus`, `Corpus.aligned`), the same path as
`reviewer check`, and reports offsets, which the JSON of `check` does not carry.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--checkout", required=True, type=Path)
    parser.add_argument("--folder", required=True, type=Path)
    parser.add_argument("--groups", type=Path, help="grouping file; automatic grouping if none")
    parser.add_argument("--languages", type=Path, help="JSON {path: lang}")
    parser.add_argument("--semantic", action="store_true", help="the semantic referee on")
    args = parser.parse_args()
    checkout = args.checkout.resolve()
    sys.path.insert(0, str(checkout))
    import reviewer
    from reviewer.core.session import open_corpus

    where = Path(reviewer.__file__).resolve()
    if checkout not in where.parents:
        print(f"reviewer imported from {where}, not from {checkout}", file=sys.stderr)
        return 2
    languages = json.loads(args.languages.read_text()) if args.languages else None
    corpus = open_corpus([args.folder], languages=languages, grouping_file=args.groups)
    if args.semantic:  # the checkout must have it (reviewer check --semantic)
        from reviewer.core import semantic
        from reviewer.core.aligning import AlignOptions

        corpus.align_options = AlignOptions(semantic=True)
    out = {
        "reviewer": str(where.parent),
        "documents": [
            {"path": doc.path, "lang": doc.lang, "group": getattr(corpus.group_of(i), "id", None)}
            for i, doc in enumerate(corpus.documents)
        ],
        "groups": [],
    }
    for group in corpus.groups:
        aligned = corpus.aligned(group)
        out["groups"].append(
            {
                "id": group.id,
                "pivot": group.pivot,
                "members": {lang: corpus.documents[i].path for lang, i in group.members.items()},
                "segments": {
                    lang: [[s.start, s.end] for s in segments]
                    for lang, segments in aligned.segments.items()
                },
                "rows": [
                    {lang: list(ordinals) for lang, ordinals in row.cells.items()}
                    for row in aligned.rows
                ],
                # Per cell, how sure the aligner is (Row.confidence), where the checkout has it.
                "confidence": [dict(getattr(row, "confidence", {}) or {}) for row in aligned.rows],
                "findings": [
                    [{"check": f.check, "lang": f.lang, "severity": f.severity} for f in row]
                    for row in aligned.findings
                ],
            }
        )
    if args.semantic:  # sentences and joined sentences embedded (`corpus.aligned`: in here)
        out["embedded"] = semantic.EMBEDDED[0]
    out["sentences"] = sum(len(segments) for segments in corpus.segments)
    json.dump(out, sys.stdout, ensure_ascii=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
