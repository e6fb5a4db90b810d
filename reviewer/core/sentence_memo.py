"""The features of sentences that recur across a corpus, computed once for all its groups.

A corpus of news holds the same sentence in many documents (a story syndicated or translated
again, agency lines, quotes): in the 10,000 generated documents of bench/, 1,343 distinct
sentences are 59 % of the 67,449 content sentences. The per-sentence caches (lexical.py,
number_reader.py) hold them within one group, but the worker processes empty those caches after
each group (session.py: full, they hold about 7 KB a sentence), so every group computed them
again. `keep` computes the features of the recurring ones in the parent process before the
workers fork: every worker inherits them (a few MB), and `sentence_keys` and `numbers` here
answer from them before asking the caches. They are the same functions' results for the same
arguments, so nothing downstream can tell (tests/test_sentence_memo.py).
"""

from __future__ import annotations

import pickle
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

from reviewer.core import lexical, number_reader
from reviewer.core.mention import Mention

if TYPE_CHECKING:
    from reviewer.core.model import Segment

# At most this many sentences are kept, the most frequent first: about 8 KB each, so at most
# about 130 MB (the 10,000 generated documents keep 1,343: 11 MB).
LIMIT = 16_384

_KEYS: dict[tuple[str, str], tuple[frozenset[str], frozenset[str], frozenset[str]]] = {}
_NUMBERS: dict[tuple[str, str], tuple[Mention, ...]] = {}


def sentence_keys(
    text: str, lang: str = "en"
) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """`lexical.sentence_keys`, from the kept sentences where it can."""
    found = _KEYS.get((text, lang))
    return found if found is not None else lexical.sentence_keys(text, lang)


def numbers(text: str, lang: str, *, words: bool = True) -> list[Mention]:
    """`number_reader.numbers`, from the kept sentences where it can."""
    found = _NUMBERS.get((text, lang)) if words else None
    return list(found) if found is not None else number_reader.numbers(text, lang, words=words)


def keep(sentences: Iterable[tuple[str, str]], *, least: int = 2) -> int:
    """Compute and keep the features of every (text, language) that occurs `least` times or
    more in `sentences` (the content sentences of a corpus with their documents' languages,
    as the aligner and the checks ask for them). Replaces what was kept; returns how many."""
    counts = Counter(sentences)
    chosen = [key for key, n in counts.most_common(LIMIT) if n >= least]
    clear()
    for text, lang in chosen:
        _KEYS[text, lang] = lexical.sentence_keys(text, lang)
        _NUMBERS[text, lang] = tuple(number_reader.numbers(text, lang))
    return len(chosen)


def clear() -> None:
    _KEYS.clear()
    _NUMBERS.clear()


# The numbers of a group's sentences, carried from one worker process to another. The word
# tables' stage reads every content sentence of the groups it samples (their first passes:
# the evidence keys hold the sentences' numbers); the workers then empty their caches, and the
# group's alignment and checks ran in another worker, which read them all again (3.7 % of a
# `check` of 10,000 generated documents). Pickled once where they are read, they travel as
# bytes through the parent process (which never unpickles them) to the worker that aligns
# and checks the group, which reads them from here (`number_reader.lend`).


def read_numbers(segments: Mapping[str, Sequence[Segment]]) -> bytes:
    """`number_reader.numbers(text, lang)` of every content sentence of these versions (by
    language) that is not kept above, by (text, lang), pickled. Called where the first passes
    have just read them: most are in the reader's cache still."""
    read = {}
    for lang, column in segments.items():
        for segment in column:
            key = (segment.text, lang)
            if segment.boilerplate is None and key not in _NUMBERS and key not in read:
                read[key] = tuple(number_reader.numbers(*key))
    return pickle.dumps(read, pickle.HIGHEST_PROTOCOL)


def lend_numbers(packed: bytes | None) -> None:
    """Let `number_reader.numbers` answer from what `read_numbers` packed (None: nothing),
    instead of what was lent for the group before."""
    number_reader.lend(pickle.loads(packed) if packed is not None else {})
