"""Sentences read back from subtitles: Text+Berg's gold beads cut into cues as a subtitler does.

Each side of each gold bead gets one time slot (the two sides share it, as translations of one
film share timings), and its text is cut into cues of at most two lines of 42 characters, a
cue ending where a line would overflow, or at a sentence's end once it holds 30 characters.
Most long sentences so run over two cues or more. The files are read by
`reviewer/core/subtitles.py` and segmented; the plain text of the same beads (one line a bead)
is segmented too, and the bench counts the sentences that the subtitles give back exactly as
the plain text gives them. `--align` scores the alignment of the two versions' segments
against the gold beads instead.
`--policy` compares the ways of making paragraphs of cues (these files have no pause):

    python bench/subtitles_textberg.py /tmp/align-tb/bleualign_data --part dev
"""

from __future__ import annotations

import argparse
import ast
import html
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reviewer.core import subtitles  # noqa: E402
from reviewer.core.segmenting import segment  # noqa: E402

LINE = 42
ROUTES = ("plain", "subtitles")
ENOUGH = 30  # characters after which a sentence's end also ends the cue


def beads(folder: Path, part: str) -> tuple[list[str], list[str], list[tuple[list, list]]]:
    de = (folder / f"{part}.de").read_text(encoding="utf-8").splitlines()
    fr = (folder / f"{part}.fr").read_text(encoding="utf-8").splitlines()
    pairs = []
    for line in (folder / f"{part}.defr").read_text(encoding="utf-8").splitlines():
        left, right = line.split(":")
        pairs.append((ast.literal_eval(left), ast.literal_eval(right)))
    return de, fr, pairs


def cues_of(sentences: list[str]) -> list[str]:
    """The text of one bead's side cut into cues (lines joined by "\\n")."""
    cues: list[str] = []
    words: list[str] = []
    for sentence in sentences:
        for word in sentence.split():
            if words and len(" ".join([*words, word])) > 2 * LINE:
                cues.append(_lines(words))
                words = []
            words.append(word)
        if len(" ".join(words)) >= ENOUGH:
            cues.append(_lines(words))
            words = []
    if words:
        cues.append(_lines(words))
    return cues


def _lines(words: list[str]) -> str:
    text = " ".join(words)
    if len(text) <= LINE:
        return text
    # the space nearest the middle
    middle = len(text) // 2
    spaces = [i for i, c in enumerate(text) if c == " "]
    cut = min(spaces, key=lambda i: abs(i - middle))
    return text[:cut] + "\n" + text[cut + 1 :]


def srt(side: list[list[str]]) -> str:
    """A SubRip file of the beads' sides, each side in its bead's slot of 10 seconds."""
    blocks = []
    for b, sentences in enumerate(side):
        cues = cues_of(sentences)
        for k, cue in enumerate(cues):
            start = b * 10 + 10 * k / len(cues)
            end = b * 10 + 10 * (k + 1) / len(cues) - 0.05
            blocks.append(f"{len(blocks) + 1}\n{_time(start)} --> {_time(end)}\n{cue}\n")
    return "\n".join(blocks)


def _time(seconds: float) -> str:
    ms = round(seconds * 1000)
    return f"{ms // 3600000:02d}:{ms // 60000 % 60:02d}:{ms // 1000 % 60:02d},{ms % 1000:03d}"


def compare(sentences_side: list[list[str]], lang: str) -> Counter:
    """How many of the sentences of the plain text the subtitles give back. The plain text
    is the beads' text with a line break after each bead that ends a sentence with a mark
    (`_marked`): Text+Berg's beads also end at a colon, a semicolon or a heading, which no
    reader of running text (nor of subtitles) can see."""
    kept = [" ".join(" ".join(s).split()) for s in sentences_side if s]
    plain = "".join(text + ("\n" if _marked(text) else " ") for text in kept)
    # (compared without their spaces: the text is tokenised, `Pugh , 1954`, and a cue that
    # opens with a comma goes on the one before unspaced)
    expected = ["".join(s.text.split()) for s in segment(plain, lang)]
    read = subtitles.read(srt([s for s in sentences_side if s]), "SubRip")
    got = ["".join(s.text.split()) for s in segment(read.text, lang)]
    found = Counter(got)
    same = sum(min(n, found[t]) for t, n in Counter(expected).items())
    return Counter(
        expected=len(expected),
        got=len(got),
        same=same,
        cues=len(read.cues),
        paragraphs=read.text.count("\n\n") + 1,
    )


def aligned(folder: Path, part: str, scorer_path: Path) -> None:
    """Text+Berg's gold beads against the rows `align_group` makes of the plain text's
    segments (one line a bead ending a sentence, as `compare`) and of the subtitles'; each
    segment stands for the gold sentences its characters come from."""
    import importlib.util

    from reviewer.core.group_alignment import align_group

    spec = importlib.util.spec_from_file_location("score_align", scorer_path)
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    de, fr, pairs = beads(folder, part)
    # (the reader decodes `&amp;` and `&gt;`: so does this, the characters to count the same)
    de, fr = ([html.unescape(line) for line in side] for side in (de, fr))
    gold = scorer.read_alignment_file(str(folder / f"{part}.defr"))
    for route in ROUTES:
        segments, owners = {}, {}
        for lang, lines, index in (("de", de, 0), ("fr", fr, 1)):
            side = [[lines[i] for i in pair[index]] for pair in pairs if pair[index]]
            if route == "plain":
                kept = [" ".join(" ".join(s).split()) for s in side]
                text = "".join(t + ("\n" if _marked(t) else " ") for t in kept)
                segments[lang] = segment(text, lang)
            else:
                text = subtitles.read(srt(side), "SubRip").text
                segments[lang] = subtitles.paragraphs_at_pauses(segment(text, lang), text)
            owners[lang] = _owners(segments[lang], [i for p in pairs for i in p[index]], lines)
        rows = align_group(segments, "de")
        pred = [
            (
                sorted({g for i in row.cells.get("de", ()) for g in owners["de"][i]}),
                sorted({g for i in row.cells.get("fr", ()) for g in owners["fr"][i]}),
            )
            for row in rows
        ]
        result = scorer.score([gold], [pred], "vecalign")
        print(
            f"{route:9} strict P/R/F1 {result['precision_strict']:.3f} "
            f"{result['recall_strict']:.3f} {result['f1_strict']:.3f}   lax P/R/F1 "
            f"{result['precision_lax']:.3f} {result['recall_lax']:.3f} {result['f1_lax']:.3f}"
        )


def _owners(segments, order: list[int], lines: list[str]) -> list[set[int]]:
    """For each segment, the gold sentences (line numbers) its non-space characters are of."""
    owner_of_char = [i for i in order for c in lines[i] if not c.isspace()]
    owners, at = [], 0
    for seg in segments:
        n = sum(1 for c in seg.text if not c.isspace())
        owners.append(set(owner_of_char[at : at + n]))
        at += n
    return owners


def _marked(sentence: str) -> bool:
    return sentence.rstrip(" \"'»«)").endswith((".", "?", "!", "…"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--part", default="dev")
    parser.add_argument("--policy", choices=("pause", "sentence", "cue"), default="pause")
    parser.add_argument("--align", action="store_true", help="score alignment, not sentences")
    parser.add_argument("--scorer", type=Path, default=ROOT.parent / "shared/tools/score_align.py")
    args = parser.parse_args()
    if args.policy == "cue":  # every cue its own paragraph: no sentence goes on over cues
        subtitles._separator = lambda *_: "\n\n"
    elif args.policy == "sentence":  # a paragraph at every cue that ends a sentence
        subtitles.PAUSE = 0.0
    if args.align:
        aligned(args.folder, args.part, args.scorer)
        return
    de, fr, pairs = beads(args.folder, args.part)
    for lang, lines, index in (("de", de, 0), ("fr", fr, 1)):
        side = [[lines[i] for i in pair[index]] for pair in pairs]
        counts = compare(side, lang)
        print(
            f"{lang}: {counts['same']}/{counts['expected']} sentences as in the plain text "
            f"({counts['same'] / counts['expected']:.1%}); {counts['got']} segments, "
            f"{counts['cues']} cues, {counts['paragraphs']} blocks"
        )


if __name__ == "__main__":
    main()
