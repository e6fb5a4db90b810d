"""How often `sound_names.written_in` hears a name, on the planted items and the checks corpus.

Every item of `tests/data/planted/` and `tests/data/checks_corpus/` whose `en.txt` and a
version in a script that writes names by sound have as many lines (line i of each says the
same) gives pairs: each capitalised word of an English line (not its first word) asked of the
version's line i (the same row: mostly the name written by sound, or translated) and of its
other lines whose English lacks the word (other rows: a hearing there is chance). Usage:

    python bench/sound_chance.py

Prints per script the same-row hearings and the other-row (chance) hearings, then the totals.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reviewer.core import sound_names  # noqa: E402

FOLDERS = (ROOT / "tests" / "data" / "planted", ROOT / "tests" / "data" / "checks_corpus")
SCRIPTS = ("th", "ko", "ar", "he", "ru", "uk", "zh", "ja", "el", "hi")
_NAME = re.compile(r"\b[A-Z][a-z]{2,}\b")


def counts(lang: str) -> tuple[int, int, int, int]:
    """Same-row hearings, same-row asks, other-row hearings, other-row asks for `lang`."""
    same = asked = chance = other = 0
    for folder in FOLDERS:
        for version in sorted(folder.glob(f"*/{lang}.txt")):
            english = version.with_name("en.txt")
            if not english.exists():
                continue
            lines = english.read_text(encoding="utf-8").splitlines()
            texts = version.read_text(encoding="utf-8").splitlines()
            if len(lines) != len(texts):
                continue
            for i, line in enumerate(lines):
                for name in {w for w in _NAME.findall(line) if not line.startswith(w)}:
                    for j, text in enumerate(texts):
                        if j == i:
                            asked += 1
                            same += sound_names.written_in(name, text, lang)
                        elif name not in lines[j]:
                            other += 1
                            chance += sound_names.written_in(name, text, lang)
    return same, asked, chance, other


def main() -> None:
    totals = [0, 0, 0, 0]
    for lang in SCRIPTS:
        found = counts(lang)
        totals = [a + b for a, b in zip(totals, found, strict=True)]
        print(f"{lang}: same row {found[0]}/{found[1]}, other rows {found[2]}/{found[3]}")
    print(f"all: same row {totals[0]}/{totals[1]}, other rows {totals[2]}/{totals[3]}")


if __name__ == "__main__":
    main()
