"""Language identification of documents and sentences.

PROVISIONAL: the foundation issue replaces this with a measured model.
"""

from __future__ import annotations

import py3langid


def identify(text: str) -> tuple[str, float]:
    """The most likely ISO 639-1 code of `text` and a confidence in [0, 1]."""
    lang, score = py3langid.classify(text)
    return lang, float(score)
