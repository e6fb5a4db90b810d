"""Omissions and insertions on a short news page with no number and no name (issue 15).

The page of tests/test_aligning_short.py (Arabic, English, Spanish, Russian, Chinese; eight
sentences, two of them naming a weekday) is aligned as one group with each language in turn as
the pivot, while each other version in turn loses one of its sentences or gains a weather line
before one of them (340 trials). A trial is right when that version's only `missing` or
`extra` (minor or worse) is on the row of the lost sentence, or the inserted line's own row.

    python bench/align_page.py [--set FIELD=VALUE ...] [--show]
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reviewer.core.aligning import DEFAULT_OPTIONS  # noqa: E402
from reviewer.core.checks import run_checks  # noqa: E402
from reviewer.core.group_alignment import align_group  # noqa: E402
from reviewer.core.model import Segment  # noqa: E402
from tests.test_aligning_short import PAGE  # noqa: E402

WEATHER = {
    "ar": "تتوقع دائرة الأرصاد هطول أمطار غزيرة خلال عطلة نهاية الأسبوع.",
    "en": "The weather service expects heavy rain over the weekend.",
    "es": "El servicio meteorológico prevé fuertes lluvias durante el fin de semana.",
    "ru": "Синоптики ожидают сильных дождей в выходные.",
    "zh": "气象部门预计周末将有大雨。",
}


def trial(pivot: str, lang: str, kind: str, k: int, options) -> tuple[bool, list]:
    texts = {other: list(sentences) for other, sentences in PAGE.items()}
    if kind == "omission":
        del texts[lang][k]
        want = [("missing", (k,), ())]
    else:
        texts[lang].insert(k, WEATHER[lang])
        want = [("extra", (), (k,))]
    segments = {
        other: tuple(Segment(n, 0, 0, len(t), t) for n, t in enumerate(sentences))
        for other, sentences in texts.items()
    }
    rows = align_group(segments, pivot, options=options)
    findings = run_checks(rows, segments, pivot, checks=["missing", "extra"])
    got = [
        (f.check, row.cells[pivot], row.cells[lang])
        for row, found in zip(rows, findings, strict=True)
        for f in found
        if f.lang == lang and f.severity != "info"
    ]
    return got == want, got


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--set", action="append", default=[], help="AlignOptions field=value")
    parser.add_argument("--show", action="store_true", help="print every wrong trial")
    args = parser.parse_args()
    changes = {k: json.loads(v) for k, v in (x.split("=", 1) for x in args.set)}
    options = dataclasses.replace(DEFAULT_OPTIONS, **changes)
    total = right = 0
    for pivot in PAGE:
        per = {"omission": [0, 0], "insertion": [0, 0]}
        for lang in PAGE:
            if lang == pivot:
                continue
            n = len(PAGE[lang])
            for kind, places in (("omission", range(n)), ("insertion", range(n + 1))):
                for k in places:
                    ok, got = trial(pivot, lang, kind, k, options)
                    per[kind][0] += ok
                    per[kind][1] += 1
                    if args.show and not ok:
                        print(f"  {pivot} pivot, {lang} {kind} at {k}: {got}")
        right += sum(a for a, _ in per.values())
        total += sum(b for _, b in per.values())
        print(
            f"{pivot} pivot: omissions {per['omission'][0]}/{per['omission'][1]}, "
            f"insertions {per['insertion'][0]}/{per['insertion'][1]}"
        )
    print(f"right {right}/{total}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
