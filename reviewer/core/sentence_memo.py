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

from collections import Counter
from collections.abc import Iterable

from reviewer.core import lexical, number_reader
from reviewer.core.mention import Mention

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
