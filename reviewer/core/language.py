"""Language identification of documents and sentences.

The model is py3langid's (langid.py's naive Bayes over byte n-grams), which ships inside its
wheel: nothing downloads at run time and the answer for a text never changes. We keep our own
instance restricted to `SUPPORTED`, so a language we do not review cannot win (Malay, the classic
confusion of Indonesian, is not in the set, so Indonesian text comes out `id`), and the shared
module-level identifier of py3langid is left untouched for other callers. The candidates we
measured and why this one won: docs/language-identification.md.
"""

from __future__ import annotations

import threading

import regex

# ISO 639-1 codes, sorted. Extend with care: every extra language is one more way to be wrong
# (cs/sk, ms/id, sr/hr/bs); see docs/language-identification.md.
SUPPORTED: tuple[str, ...] = (
    "ar",
    "de",
    "el",
    "en",
    "es",
    "fr",
    "he",
    "hi",
    "id",
    "it",
    "ja",
    "ko",
    "nl",
    "pl",
    "pt",
    "ru",
    "th",
    "tr",
    "uk",
    "vi",
    "zh",
)
UNDETERMINED = "und"  # ISO 639-2 "undetermined": no letter to judge by

_LETTER = regex.compile(r"\p{L}")
_NO_EVIDENCE = 1.0 / len(SUPPORTED) + 1e-6
_lock = threading.Lock()
_identifier = None


def _model():
    """Our own restricted identifier, loaded once (the model takes ~0.3 s to unpack)."""
    global _identifier
    with _lock:
        if _identifier is None:
            from py3langid.langid import MODEL_FILE, LanguageIdentifier

            model = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
            model.set_languages(SUPPORTED)
            _identifier = model
    return _identifier


def identify(text: str) -> tuple[str, float]:
    """The most likely language of `text` (ISO 639-1, one of `SUPPORTED`) and a confidence.

    Works on a sentence or a whole document; the confidence is a probability in [0, 1] over
    `SUPPORTED` (short texts get lower values). Text without a letter (empty, digits,
    punctuation, a date) or with nothing the model knows gives `("und", 0.0)`.
    """
    if not _LETTER.search(text):
        return UNDETERMINED, 0.0
    lang, confidence = _model().classify(text)
    if confidence <= _NO_EVIDENCE:
        # A uniform distribution: the model knew none of the text's n-grams ("OK", "Tom").
        return UNDETERMINED, 0.0
    return lang, min(1.0, float(confidence))
