"""Thai words by dictionary maximal matching: Thai is written without spaces between words.

`words(run)` cuts a run of Thai letters into the words of a list (data/thai_words.toml, every
word form of UD_Thai-TUD's train file) with the fewest letters left outside any word, then the
fewest words (maximal matching, as in Thai word segmentation since Sornlertlamvanich 1993).
Letters outside every word are kept together, one piece per stretch (names such as บาบิโลน,
"Babylon", are mostly not in the list). A word boundary never falls before a following vowel
or a tone mark, nor after a leading vowel: no Thai syllable is cut so.
"""

from __future__ import annotations

from functools import cache, lru_cache

from reviewer.core import data_files

# Characters that never start a piece (following vowels, above and below marks, tone marks)
# and that never end one (leading vowels).
_NO_START = frozenset("\u0e30\u0e31\u0e32\u0e33") | frozenset(map(chr, range(0xE34, 0xE3B)))
_NO_START |= frozenset(map(chr, range(0xE45, 0xE4F)))
_NO_END = frozenset("\u0e40\u0e41\u0e42\u0e43\u0e44")


@cache
def _dictionary() -> tuple[frozenset[str], int]:
    listed = frozenset(data_files.load("thai_words.toml")["words"].split())
    return listed, max(map(len, listed))


@lru_cache(maxsize=65536)
def words(run: str) -> tuple[str, ...]:
    """The words of `run` (Thai letters only), in order; stretches of letters outside the list
    are one piece each. The repetition mark ๆ (หัวๆ, "heads") ends a word and is no word."""
    if "\u0e46" in run:
        return tuple(w for part in run.split("\u0e46") if part for w in words(part))
    listed, longest = _dictionary()
    n = len(run)
    # where a piece may start or end
    cuts = [
        k
        for k in range(n + 1)
        if k == 0 or k == n or (run[k] not in _NO_START and run[k - 1] not in _NO_END)
    ]
    # best[k]: (letters outside words, pieces) of the best reading of run[:k], and where its
    # last piece starts and whether that piece is a listed word
    best: list[tuple[int, int, int, bool] | None] = [None] * (n + 1)
    best[0] = (0, 0, 0, True)
    first = 0  # the first cut within `longest` letters of `end`, or the one before it
    for c in range(1, len(cuts)):
        end = cuts[c]
        while first < c - 1 and end - cuts[first] > longest:
            first += 1
        choice = (n + 1, 0, 0, False)
        for start in cuts[first:c]:
            before = best[start]
            assert before is not None
            piece = run[start:end]
            if piece in listed:
                score = (before[0], before[1] + 1, start, True)
            else:
                score = (before[0] + end - start, before[1] + 1, start, False)
            if score[:2] < choice[:2]:
                choice = score
        best[end] = choice
    pieces: list[tuple[str, bool]] = []
    end = n
    while end > 0:
        entry = best[end]
        assert entry is not None
        pieces.append((run[entry[2] : end], entry[3]))
        end = entry[2]
    pieces.reverse()
    out: list[str] = []
    unknown = ""
    for piece, listed_word in pieces:
        if listed_word:
            if unknown:
                out.append(unknown)
                unknown = ""
            out.append(piece)
        else:
            unknown += piece
    if unknown:
        out.append(unknown)
    return tuple(out)


@lru_cache(maxsize=65536)
def tokens(run: str) -> frozenset[str]:
    """The lexical tokens of a run of Thai letters (`lexical.sentence_keys`): its words and
    each two words in a row as written (สัตว์ร้าย, "beast": สัตว์ "animal" and ร้าย "fierce"), which
    a Thai compound is more often than not."""
    found = words(run)
    return frozenset(found).union(map(str.__add__, found, found[1:]))
