"""Build reviewer/core/data/thai_words.toml, the Thai word list of `reviewer.core.thai_words`.

    python bench/thai_words.py --conllu DIR/th_tud-ud-train.conllu

DIR: `git -C /work/.mirror/UniversalDependencies+UD_Thai-TUD/repo archive HEAD | tar -x -C DIR`
(UD_Thai-TUD, CC BY-SA 4.0). Only the train file: dev and test stay unseen. Every word form
of Thai letters only, once, sorted.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.thai_boundaries import read_conllu  # noqa: E402

OUT = ROOT / "reviewer" / "core" / "data" / "thai_words.toml"
_THAI_WORD = regex.compile(r"\p{Thai}+")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--conllu", type=Path, required=True)
    args = parser.parse_args()
    words = sorted(
        {t for _, tokens in read_conllu(args.conllu) for t in tokens if _THAI_WORD.fullmatch(t)}
    )
    lines = [" ".join(words[k : k + 12]) for k in range(0, len(words), 12)]
    OUT.write_text(
        "# Thai words for reviewer/core/thai_words.py (maximal matching): every word form of\n"
        "# Thai letters in UD_Thai-TUD's th_tud-ud-train.conllu (commit 58c2058b),\n"
        "# https://github.com/UniversalDependencies/UD_Thai-TUD, CC BY-SA 4.0\n"
        "# (Sriwirote et al., 2024); this list is a derived work under the same licence.\n"
        "# Built by bench/thai_words.py; separated by spaces and line ends.\n"
        f"# {len(words)} words.\n"
        'words = """\n' + "\n".join(lines) + '\n"""\n',
        encoding="utf-8",
    )
    print(f"{len(words)} words -> {OUT}")


if __name__ == "__main__":
    main()
