"""False alarms and planted number changes on a small multilingual news corpus.

The corpus (tests/data/checks_corpus/, written for this purpose, sentence-parallel: line i of
every `LANG.txt` of an article says the same) holds news in twelve languages and eight scripts,
with the habits that fooled the checks: months as words in one language and digits in another,
Chinese and Korean myriad units (2.5万, 585억), Thai Buddhist-era years, decimal commas, grouped
thousands, pronouns for names, localised acronyms. Rows are the hand alignment (line i <-> line
i), so this measures the checks alone, not the aligner. Usage:

    python bench/checks_corpus.py [--show] [--native-digits]

Prints false alarms (missing, extra, number-mismatch of severity minor or worse) per 100
untouched cells (row x translation), with every language in turn as the pivot, the other
checks' findings per 100 cells, and the recall of number changes planted in each language.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reviewer.core import number_reader  # noqa: E402
from reviewer.core.checks import get_check, run_checks  # noqa: E402
from reviewer.core.model import Row, Segment  # noqa: E402

CORPUS = ROOT / "tests" / "data" / "checks_corpus"
ALARMS = ("missing", "extra", "number-mismatch")


def load(folder: Path = CORPUS) -> dict[str, dict[str, list[str]]]:
    """article -> language -> sentences."""
    articles = {}
    for article in sorted(p for p in folder.iterdir() if p.is_dir()):
        articles[article.name] = {
            path.stem: path.read_text(encoding="utf-8").splitlines()
            for path in sorted(article.glob("*.txt"))
        }
    return articles


def group(columns: dict[str, list[str]]) -> tuple[list[Row], dict[str, tuple[Segment, ...]]]:
    """One row per line, every language's line i in row i."""
    segments = {
        lang: tuple(Segment(i, i, 0, len(t), t) for i, t in enumerate(lines))
        for lang, lines in columns.items()
    }
    n = len(next(iter(columns.values())))
    return [Row({lang: (i,) for lang in columns}) for i in range(n)], segments


def false_alarms(articles) -> tuple[int, list[tuple[str, str, int, object]], Counter]:
    """(cells judged, alarms as (article, pivot, row, finding), every finding by check and
    severity), every language of every article in turn the pivot."""
    cells = 0
    alarms = []
    kinds: Counter = Counter()
    for name, columns in articles.items():
        rows, segments = group(columns)
        for pivot in columns:
            result = run_checks(rows, segments, pivot)
            cells += len(rows) * (len(columns) - 1)
            for i, found in enumerate(result):
                for f in found:
                    kinds[f.check, f.severity] += 1
                    if f.check in ALARMS and f.severity in ("major", "minor"):
                        alarms.append((name, pivot, i, f))
    return cells, alarms, kinds


# The corpus writes ASCII digits; these versions write their own script's digits instead.
NATIVE_DIGITS = {"ar": (0x0660, "٫"), "th": (0x0E50, None), "ja": (0xFF10, "．")}


def with_native_digits(articles):
    """The articles with Arabic-Indic, Thai and full-width digits (and decimal signs) in the
    ar, th and ja versions."""

    def convert(text: str, zero: int, decimal: str | None) -> str:
        out = re.sub(r"\d", lambda m: chr(zero + int(m.group())), text)
        if decimal:
            digit = f"[{chr(zero)}-{chr(zero + 9)}]"
            out = re.sub(rf"(?<={digit})\.(?={digit})", decimal, out)
        return out

    return {
        name: {
            lang: [convert(t, *NATIVE_DIGITS[lang]) for t in lines]
            if lang in NATIVE_DIGITS
            else lines
            for lang, lines in columns.items()
        }
        for name, columns in articles.items()
    }


def plant(text: str, lang: str) -> str | None:
    """`text` with the last digit of its first number (not a spelt one) changed, or None."""
    for m in number_reader.numbers(text, lang):
        if m.kind == "word":
            continue
        digits = [i for i in range(m.start, m.end) if text[i].isdigit()]
        if digits:
            i = digits[-1]
            value = int(text[i])  # any script's digit
            new = str((value + 1) % 10)
            base = ord(text[i]) - value  # the script's zero
            return text[:i] + chr(base + int(new)) + text[i + 1 :]
    return None


def planted_recall(articles, *, severities=("major", "minor")) -> dict[str, tuple[int, int]]:
    """Per language: (changes found by a number-mismatch of one of `severities`, changes
    planted), one change per row, against the English pivot (Chinese for the English version
    itself)."""
    check = get_check("number-mismatch")
    result: dict[str, list[int]] = {}
    for columns in articles.values():
        for lang in columns:
            pivot = "zh" if lang == "en" else "en"
            for i, text in enumerate(columns[lang]):
                changed = plant(text, lang)
                if changed is None:
                    continue
                faulty = {**columns, lang: [*columns[lang][:i], changed, *columns[lang][i + 1 :]]}
                rows, segments = group({pivot: faulty[pivot], lang: faulty[lang]})
                found = run_checks(rows, segments, pivot, checks=[check])[i]
                hit = any(f.lang == lang and f.severity in severities for f in found)
                counts = result.setdefault(lang, [0, 0])
                counts[0] += hit
                counts[1] += 1
    return {lang: (a, b) for lang, (a, b) in sorted(result.items())}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="print every false alarm")
    parser.add_argument(
        "--native-digits",
        action="store_true",
        help="ar, th and ja versions in their own digits (٠١٢, ๐๑๒, ０１２)",
    )
    args = parser.parse_args()
    articles = load()
    if args.native_digits:
        articles = with_native_digits(articles)
    cells, alarms, kinds = false_alarms(articles)
    print(f"{len(articles)} articles, {cells} cells (row x translation, every pivot)")
    print(
        f"false alarms (missing, extra, number-mismatch; minor or worse): {len(alarms)}, "
        f"{100 * len(alarms) / cells:.2f} per 100 cells"
    )
    for (check, severity), n in sorted(kinds.items()):
        print(f"  {check:16} {severity:6} {n:5}  {100 * n / cells:6.2f} per 100 cells")
    if args.show:
        for name, pivot, row, f in alarms:
            print(f"  {name} pivot {pivot} row {row} {f.lang} {f.check} {f.severity}: {f.message}")
    recall = planted_recall(articles)
    found = sum(a for a, _ in recall.values())
    total = sum(b for _, b in recall.values())
    loose = planted_recall(articles, severities=("major", "minor", "info"))
    print(f"planted number changes found (minor or worse): {found}/{total} = {found / total:.3f}")
    for lang, (a, b) in recall.items():
        print(f"  {lang}: {a}/{b} (any severity: {loose[lang][0]}/{b})")


if __name__ == "__main__":
    main()
