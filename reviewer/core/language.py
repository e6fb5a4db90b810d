"""Language identification of documents and sentences.

The model is py3langid's (langid.py's naive Bayes over byte n-grams), which ships inside its
wheel: nothing downloads at run time and the answer for a text never changes. We keep our own
instance restricted to `SUPPORTED`, so a language we do not review cannot win (Malay, the classic
confusion of Indonesian, is not in the set, so Indonesian text comes out `id`), and the shared
module-level identifier of py3langid is left untouched for other callers. The candidates we
measured and why this one won: docs/language-identification.md.
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections import Counter
from collections.abc import Iterable
from functools import cache
from typing import TYPE_CHECKING

from reviewer.core import pattern_cache

if TYPE_CHECKING:  # `regex` is imported only where a pattern is compiled (pattern_cache)
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
# The supported languages written without spaces between words: a word boundary means nothing
# there (12度, 12도, 四分之一).
UNSPACED: tuple[str, ...] = ("zh", "ja", "ko", "th")

_LETTER = pattern_cache.compile(r"\p{L}")
_NO_EVIDENCE = 1.0 / len(SUPPORTED) + 1e-6
_lock = threading.Lock()
_identifier = None
_CACHE_VERSION = 4  # bump when the cached layout or its name changes (2: the automaton's depth,
# 3: float32, 4: named by `pattern_cache.checksum`)


_ENDS = 1 << 16  # bytes read at each end of py3langid's model file (see `_cache_path`)
_OLD_LAYOUT = pattern_cache.compile_re(r"langid-[0-9a-z.]+-[0-9a-f]+-v(\d+)(?:-mapped|\.npz)?")


def _cache_path(languages: tuple[str, ...] | None = SUPPORTED):
    """Where the unpacked model, restricted to `languages` (None: all of py3langid's), is kept
    between runs (None: no usable folder).

    py3langid ships its model LZMA-compressed; unpacking it costs about 0.4 s and 76 MB of
    reads on every start, more than everything else `reviewer check` does on a small corpus.
    The unpacked arrays restricted to `SUPPORTED` are kept as a folder of plain .npy files that
    are mapped into memory, not read: a start pays for the pages a text visits, not for 45 MB
    (and forked workers share those pages). The name carries a digest of py3langid's model
    file and our language set, so an upgrade or a change of `SUPPORTED` never reads a stale
    model, while every venv with the same model shares one copy. The digest covers the file's
    size, its first and its last 64 KB: an .xz file ends with a check of everything it holds
    (CRC-64 of the uncompressed data, then its index), so another model ends otherwise.
    Hashing the whole 4.5 MB took 4-7 ms of every start; asking for the package's version 25.
    """
    try:
        with open(_shipped_model(), "rb") as shipped:
            digest = pattern_cache.checksum(shipped.read(_ENDS))
            size = shipped.seek(0, os.SEEK_END)
            shipped.seek(max(0, size - _ENDS))
            digest = pattern_cache.checksum(shipped.read() + str(size).encode(), digest)
    except OSError:  # pragma: no cover - py3langid ships its model
        return None
    model_version = digest
    root = os.environ.get("REVIEWER_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"),
        "reviewer",
    )
    key = pattern_cache.sha256(",".join(languages or ("*",)).encode()).hexdigest()[:12]
    return os.path.join(root, f"langid-{model_version}-{key}-v{_CACHE_VERSION}-mapped")


def _shipped_model() -> str:
    """py3langid's model file: `py3langid.langid`'s MODEL_DIR / MODEL_FILE where that module
    is loaded, else where it says the file is, found without importing it (`_identifier_class`
    says why). Where it is not there, `_cache_path`'s open fails and the model is unpacked
    as py3langid finds it (`_unpack`)."""
    import sys

    langid = sys.modules.get("py3langid.langid")
    if langid is not None:
        return str(langid.MODEL_DIR / langid.MODEL_FILE)
    import importlib.util

    spec = importlib.util.find_spec("py3langid")  # found, not run
    folders = list(spec.submodule_search_locations or ()) if spec else []
    if not folders:  # pragma: no cover - py3langid is a dependency
        raise OSError("py3langid not found")
    return os.path.join(folders[0], "data", "model.npz.xz")


def _unpack(languages: tuple[str, ...] | None = SUPPORTED):
    """The model's arrays restricted to `languages` (None: all), from py3langid's compressed
    file."""
    import numpy as np
    from py3langid.langid import MODEL_DIR, MODEL_FILE
    from py3langid.modelio import load_model

    ptc, pc, classes, nextmove, row, output = load_model(MODEL_DIR / MODEL_FILE)
    keep = [i for i, lang in enumerate(classes) if languages is None or lang in languages]
    nextmove = np.frombuffer(nextmove, dtype=f"u{nextmove.itemsize}")
    row = np.frombuffer(row, dtype=f"u{row.itemsize}")
    return {
        # float32 rather than the shipped float16 (exact): a score reads the mapped rows as
        # they are, with no conversion of the whole table at every start (5 ms)
        "ptc": np.ascontiguousarray(np.asarray(ptc)[:, keep], dtype=np.float32),
        "pc": np.asarray(pc)[keep],
        "classes": np.array([classes[i] for i in keep]),
        "nextmove": nextmove,
        "nextmove_row": row,
        "out_feat": np.asarray(output, dtype=np.int32),
        "depth": np.array(_depth(nextmove, row)),
    }


def _read_mapped(folder: str):
    """The arrays of a `_write_mapped` folder, mapped read-only (an error if one is missing
    or damaged)."""
    import numpy as np

    with open(os.path.join(folder, "arrays.txt"), encoding="utf-8") as index:
        names = index.read().split()
    return {n: np.load(os.path.join(folder, f"{n}.npy"), mmap_mode="r") for n in names}


def _write_mapped(folder: str, arrays) -> None:
    """Each array as `folder/NAME.npy` and their names in `arrays.txt`, the folder put in
    place whole (a reader sees all of it or nothing; a damaged one is replaced)."""
    import shutil
    import tempfile

    import numpy as np

    parent = os.path.dirname(folder)
    os.makedirs(parent, exist_ok=True)
    temporary = tempfile.mkdtemp(dir=parent, prefix=".langid-", suffix=".tmp")
    try:
        for name, values in arrays.items():
            np.save(os.path.join(temporary, f"{name}.npy"), values, allow_pickle=False)
        with open(os.path.join(temporary, "arrays.txt"), "w", encoding="utf-8") as index:
            index.write("\n".join(arrays))
        if os.path.isdir(folder):
            shutil.rmtree(folder, ignore_errors=True)
        elif os.path.lexists(folder):
            os.unlink(folder)
        os.rename(temporary, folder)
    except BaseException:
        shutil.rmtree(temporary, ignore_errors=True)
        raise
    # Caches of earlier layouts (45 MB each, `langid-...-v<version>...`) are of no more use;
    # another install of an older version would unpack its model again (0.4 s, once).
    for old in os.listdir(parent):
        found = _OLD_LAYOUT.fullmatch(old)
        if found and int(found.group(1)) < _CACHE_VERSION:
            path = os.path.join(parent, old)
            if os.path.isdir(path) and not os.path.islink(path):
                shutil.rmtree(path, ignore_errors=True)
            else:
                with contextlib.suppress(OSError):
                    os.unlink(path)


def _load_arrays(languages: tuple[str, ...] | None = SUPPORTED):
    """The arrays restricted to `languages` (None: all): from the cache when it is there and
    sound, else unpacked (and cached for the next run when the cache folder is writable; a
    failure to write is ignored, it only costs the next run the same 0.4 s)."""
    path = _cache_path(languages)
    if path is not None:
        try:
            return _read_mapped(path)
        except (OSError, ValueError, KeyError, EOFError):
            pass  # absent or damaged: rebuild it below
    arrays = _unpack(languages)
    if path is not None:
        try:
            _write_mapped(path, arrays)
        except OSError:
            pass
    return arrays


# Below this many bytes py3langid's own byte loop is cheaper than `_Walker`'s array set-up
# (about 60 µs; measured on the generated news, sentences and documents, the crossing is at
# 250-300 bytes).
_SHORT_BYTES = 300


# A feature's first position in `_Walker.features` before it is met: after every position.
_NOWHERE = 2**62


class _Walker:
    """py3langid's automaton walk over a whole text at once, with numpy.

    The automaton (Aho-Corasick over byte n-grams) is in the state of the longest suffix of
    the bytes read so far that starts a feature; no state is deeper than `depth` bytes, so
    the state after byte i depends only on bytes i-depth+1 .. i. Walking those windows from
    the start state for every position at once, `depth` array steps replace one Python step
    per byte (half the time on a 1 KB document). The features come out in the order
    they are first met, with their counts, as py3langid's `Counter` has them, so the scores are
    the same floating-point sums, bit for bit (tests/test_language.py compares them).
    """

    def __init__(self, nextmove, row, output, depth: int) -> None:
        import numpy as np

        self.nextmove = nextmove  # shared with py3langid's loop (see `_model`), not copied
        self.rowbase = row.astype(np.int64) << 8
        self.output = np.asarray(output, dtype=np.int32)
        self.depth = depth
        # The state after one byte, and after two, read from the start state: the first two
        # steps of every window are one look-up in a 256 KB table (that stays in the cache)
        # instead of two in the automaton (40 MB): -17 % of the walk on the 10,000 generated
        # documents.
        self._one = nextmove[self.rowbase[0] + np.arange(256)].astype(np.int64)
        self._two = nextmove[(self.rowbase[self._one][:, None] + np.arange(256)).ravel()]
        self._size = int(self.output.max()) + 1  # feature numbers are below this
        self._local = threading.local()

    def features(self, data: bytes):
        """py3langid's `visit_counts(...)` of `data` as two arrays: the features in the order
        first met and their counts (None: no feature), what the score reads, without a
        Counter of every visit (building it was half the walk's time)."""
        # The text walked last in this thread, again: a document in a language with twins
        # (id, hi, ar) is walked for the restricted model and then, whole (it is shorter than
        # FULL_MODEL_SAMPLE), for the full one, which shares this automaton. The arrays
        # returned are only read.
        last = getattr(self._local, "last", None)
        if last is not None and last[0] == data:
            return last[1]
        found = self._features(data)
        if type(data) is bytes:  # (kept only where the caller cannot change it after)
            self._local.last = (data, found)
        return found

    def _features(self, data: bytes):
        import numpy as np

        letters = np.frombuffer(data, dtype=np.uint8).astype(np.int64)
        count = len(letters)
        states = np.zeros(count, dtype=self.nextmove.dtype)
        deepest = min(self.depth, count) - 1
        if deepest >= 1:
            # Position i reads bytes i-deepest and the next from the start state (`_two`),
            # and position deepest-1, which starts one step later, byte 0 (`_one`).
            pairs = (letters[: count - deepest] << 8) + letters[1 : count - deepest + 1]
            states[deepest:] = self._two[pairs]
            states[deepest - 1] = self._one[letters[0]]
            deepest -= 2
        for back in range(deepest, -1, -1):
            # Position i reads byte i-back; the first `back` positions have not started yet.
            ahead = states[back:]
            states[back:] = self.nextmove[self.rowbase[ahead] + letters[: count - back]]
        found = self.output[states]
        found = found[found >= 0]
        if not len(found):
            return None
        # The first position of each feature, in a table of every feature (this thread's;
        # the entries read are set first, so what an interrupted call left there is never
        # read): the features read where they first occur are in the Counter's order,
        # without sorting the visits (`np.unique` and an argsort were 60 % of this).
        where = self._scratch()
        positions = np.arange(len(found))
        where[found] = _NOWHERE
        np.minimum.at(where, found, positions)
        features = found[where[found] == positions]
        where[features] = np.arange(len(features))  # each feature's rank, for its count
        counts = np.bincount(where[found], minlength=len(features))
        return features, counts

    def _scratch(self):
        """A table with an entry for every feature, one per thread."""
        table = getattr(self._local, "table", None)
        if table is None:
            import numpy as np

            table = self._local.table = np.empty(self._size, dtype=np.int64)
        return table


def _depth(nextmove, row) -> int:
    """The length of the automaton's longest state string: breadth-first from the start state
    (half a second; kept in the cached model)."""
    import numpy as np

    rowbase = row.astype(np.int64) << 8
    seen = np.zeros(len(rowbase), dtype=bool)
    seen[0] = True
    frontier, depth = np.array([0]), 0
    while len(frontier):
        found = []
        for k in range(0, len(frontier), 4096):  # a slice at a time: memory stays small
            starts = rowbase[frontier[k : k + 4096]][:, None]
            found.append(np.unique(nextmove[(starts + np.arange(256)).ravel()]))
        targets = np.unique(np.concatenate(found))
        frontier = targets[~seen[targets]]
        seen[frontier] = True
        depth += 1
    return depth - 1


# Short texts go through `_Walker` too until this many have: py3langid's byte loop is faster
# on them (30 against 50-90 µs) but its tables take 6-8 ms to build, which a small job that
# identifies a few sentences would never earn back.
_TABLES_AFTER = 100


def _identifier_class():
    """py3langid's LanguageIdentifier as we use it (normalised probabilities, no confidence
    floor), scoring long texts with `_Walker` and short ones, after the first
    `_TABLES_AFTER`, with a byte loop as py3langid's. Our own rather than a subclass of
    theirs: importing `py3langid.langid` imports `logging` and, for its model file, `lzma`,
    `shutil` and `tempfile` (29 M instructions of every `reviewer check`); its scores are
    the same floating-point operations in the same order, so the answers are theirs bit
    for bit (tests/test_language.py compares them on every kind of text)."""
    import math
    import unicodedata
    from collections import Counter

    import numpy as np

    class Identifier:
        __slots__ = (
            "nb_ptc",
            "nb_pc",
            "nb_classes",
            "tk_nextmove",
            "tk_output",
            "_rowbase",
            "_norm_probs",
            "_alias_pairs",
            "walker",
            "short_texts",
        )

        def __init__(self, nb_ptc, nb_pc, nb_classes, tk_nextmove) -> None:
            self.nb_ptc, self.nb_pc, self.nb_classes = nb_ptc, nb_pc, nb_classes
            self.tk_nextmove = tk_nextmove
            # the byte loop's tables: built at the first short text (`byte_tables`)
            self._rowbase: list[int] = []
            self.tk_output: list[int] = []
            self._norm_probs = True  # (read by py3langid's methods, which tests run on us)
            first: dict[str, int] = {}
            self._alias_pairs = []  # (first, again) columns of a label given twice
            for i, label in enumerate(nb_classes):
                if label in first:
                    self._alias_pairs.append((first[label], i))
                else:
                    first[label] = i
            self.short_texts = 0

        def byte_tables(self) -> tuple[list[int], list[int]]:
            """The automaton's row offsets and outputs as lists, which the byte loop indexes
            fastest (memoryviews: 2.5 times slower). Built when first needed, not at load."""
            if not self._rowbase:  # outputs first: another thread may be reading
                self.tk_output = self.walker.output.tolist()
                self._rowbase = self.walker.rowbase.tolist()
            return self._rowbase, self.tk_output

        @staticmethod
        def _encode(text: str) -> bytes:
            if text.isupper():
                text = text.lower()
            return unicodedata.normalize("NFC", text).encode("utf8", errors="surrogatepass")

        def _sparse_score(self, visits: Counter, table):
            """The naive Bayes scores of the features `visits` counts (py3langid's sums)."""
            features = np.fromiter(visits.keys(), dtype=np.intp, count=len(visits))
            counts = np.fromiter(visits.values(), dtype=np.float32, count=len(visits))
            return np.log1p(counts) @ table[features] + self.nb_pc

        def _raw_score(self, text: bytes):
            self.short_texts += len(text) < _SHORT_BYTES
            if len(text) < _SHORT_BYTES and self.short_texts > _TABLES_AFTER:
                nextmove = self.tk_nextmove
                rowbase, output = self.byte_tables()
                state, found = 0, []
                for byte in text:
                    state = nextmove[rowbase[state] + byte]
                    if output[state] >= 0:
                        found.append(output[state])
                if not found:
                    return np.full(len(self.nb_classes), 0.0, dtype=np.float32)
                return self._sparse_score(Counter(found), self.nb_ptc)
            found = self.walker.features(text)
            if found is None:  # no feature: every language alike
                return np.full(len(self.nb_classes), 0.0, dtype=np.float32)
            # `_sparse_score` on the same arrays (the counts as float32, the features' rows):
            # the same sums, bit for bit (tests/test_language.py).
            features, counts = found
            return np.log1p(counts.astype(np.float32)) @ self.nb_ptc[features] + self.nb_pc

        def _decide(self, text: str):
            """Each language's probability: the scores at a temperature of the square root
            of the text's bytes, normalised, a label given twice summed in its first."""
            data = self._encode(text)
            scores = self._raw_score(data)
            scores *= 1.0 / math.sqrt(len(data) or 1)
            np.exp(scores - scores.max(), out=scores)
            scores /= scores.sum()
            for first, again in self._alias_pairs:
                scores[first] += scores[again]
                scores[again] = 0.0
            return scores

        def classify(self, text: str) -> tuple[str, float]:
            """The most likely language of `text` and its probability."""
            scores = self._decide(text)
            best = int(scores.argmax())
            return self.nb_classes[best], float(scores[best])

        def rank(self, text: str) -> list[tuple[str, float]]:
            """Every language with its probability, the likeliest first."""
            merged: dict[str, float] = {}
            for lang, score in zip(self.nb_classes, self._decide(text).tolist(), strict=True):
                merged.setdefault(lang, score)  # (a label given twice: its first column)
            return sorted(merged.items(), key=lambda item: item[1], reverse=True)

    return Identifier


def _model():
    """Our own restricted identifier, loaded once per process (see `_cache_path`)."""
    global _identifier
    with _lock:
        if _identifier is None:
            _identifier = _built(_load_arrays())
    return _identifier


def _built(arrays, automaton=None):
    """An identifier over cached arrays (`_load_arrays`); with `automaton`, another
    identifier whose automaton it shares (the same for every set of languages: only the
    scores' rows differ)."""
    import numpy as np

    if automaton is not None:
        nextmove, walker = automaton.tk_nextmove, automaton.walker
    else:
        # One copy of the automaton (40 MB): py3langid's loop reads it through a memoryview,
        # which indexes as fast as the array.array it expects.
        table = np.ascontiguousarray(arrays["nextmove"])
        row = np.ascontiguousarray(arrays["nextmove_row"])
        nextmove = memoryview(table)
        walker = _Walker(table, row, arrays["out_feat"], int(arrays["depth"]))
    identifier = _identifier_class()(
        np.asarray(arrays["ptc"]),  # a plain view: results are not memmaps
        arrays["pc"],
        arrays["classes"].tolist(),
        nextmove,
    )
    identifier.walker = walker
    return identifier


# A whole document in a language outside SUPPORTED is forced onto a near supported one by the
# restricted model. Its doubt shows three ways, each cheap to ask:
# - a confidence under DOCUMENT_DOUBT: Swedish came out de 0.63, Czech pt 0.48, Romanian fr
#   0.43, Finnish id 0.42, where documents in supported languages get 1.0 (none of the 716
#   documents of 200 characters or more in the tests' data and a generated corpus fell under
#   0.9, nor any of 180 Bible passages in nine supported languages);
# - none of the script the answer is written in: Cherokee and Syriac came out ko, Coptic zh;
# - next to none of the answer's function words where we list them (evidence.stopwords):
#   Swahili, Zulu and Uma came out id with 0.98-1.0, sharing none of its function words,
#   which are 9 % (Vietnamese) to 39 % (German) of the words of a Bible passage.
# Then py3langid's full model decides: a language it is sure of (FOREIGN_SURE) outside
# SUPPORTED is the answer ("sv", not "de"); text in a script no supported language writes is
# "und" if it is not sure; else the restricted answer stands (Malay, whose Indonesian twin
# the full model gives 0.36, stays "id", unless the full model is sure of it: `_TWINS`).
DOCUMENT_DOUBT = 0.9
# A supported language's unsupported twins, written in its script and sharing much of its
# vocabulary, which the doubt tests cannot see: a Malaysian version of an Indonesian notice
# was "id", and Marathi and Nepali versions of a Hindi one "hi", an Urdu one "ar"; as second
# documents of a language they were left out of their group, or made one of their own (stop
# 36). The full model is asked of every document read as one of these languages.
_TWINS = {"id": ("ms",), "hi": ("mr", "ne"), "ar": ("ur", "fa")}
FOREIGN_SURE = 0.9
DOCUMENT_CHARS = 200  # a shorter text's confidence is low in any language
FUNCTION_WORDS_LEAST = 0.02  # of a document's first words
FUNCTION_WORDS_SAMPLE = 1000  # characters looked at for the script
FUNCTION_WORDS_SAMPLE_WORDS = 400  # ... and for the function words (about 60 words)
# ... and asked of the full model: py3langid flattens its probabilities as a text grows (a
# temperature of the square root of its bytes), so that a Swedish document of 780,000
# characters got sv 0.76 and stayed "de"; its first 10,000 get 0.99.
FULL_MODEL_SAMPLE = 10_000
# The script of each supported language not written in Latin letters (checks.py reads the
# ones no other supported language shares).
_SCRIPT_OF = {
    "ar": r"\p{Arabic}",
    "el": r"\p{Greek}",
    "he": r"\p{Hebrew}",
    "hi": r"\p{Devanagari}",
    "ja": r"[\p{Hiragana}\p{Katakana}]",
    "ko": r"\p{Hangul}",
    "ru": r"\p{Cyrillic}",
    "th": r"\p{Thai}",
    "uk": r"\p{Cyrillic}",
    "zh": r"\p{Han}",
}
SCRIPTS = {lang: pattern_cache.compile(pattern) for lang, pattern in _SCRIPT_OF.items()}
_LATIN = pattern_cache.compile(r"\p{Latin}")
_SUPPORTED_SCRIPT = pattern_cache.compile(
    r"[\p{Latin}\p{Cyrillic}\p{Greek}\p{Hebrew}\p{Arabic}\p{Devanagari}\p{Thai}\p{Han}"
    r"\p{Hiragana}\p{Katakana}\p{Hangul}]"
)
_WORD = pattern_cache.compile(r"\p{L}+")
_full = None


def _full_model():
    """py3langid's identifier over all its languages, loaded the first time a document is in
    doubt or in a language with a twin (`_TWINS`), from the same cache as the restricted one
    (unpacking py3langid's file took 0.4 s and 100 MB of every run that read an Indonesian,
    Hindi or Arabic document: `reviewer check seeds` twice as long)."""
    global _full
    if _full is None:
        restricted = _model()  # (it takes the lock itself)
        with _lock:
            if _full is None:
                _full = _built(_load_arrays(None), automaton=restricted)
    return _full


def _doubtful(text: str, lang: str, confidence: float) -> bool:
    """Whether the restricted model's answer for a document may be a supported language
    standing in for another (see DOCUMENT_DOUBT)."""
    if confidence < DOCUMENT_DOUBT:
        return True
    sample = text[:FUNCTION_WORDS_SAMPLE]
    if not (SCRIPTS.get(lang) or _LATIN).search(sample):
        return True
    from reviewer.core.evidence import stopwords  # evidence imports this module's callers

    listed = stopwords().get(lang)
    if listed is None:
        return False
    words = _WORD.findall(sample[:FUNCTION_WORDS_SAMPLE_WORDS].lower())
    return bool(words) and sum(map(listed.__contains__, words)) < FUNCTION_WORDS_LEAST * len(words)


def identify_document(text: str) -> tuple[str, float]:
    """`identify` for a whole document, which may be in a language outside `SUPPORTED`: then
    its ISO 639 code (sv, cs, ro) with the full model's confidence, or "und" in a script no
    supported language writes. Such a document is grouped, aligned and checked like any
    other, without the rules and word lists each supported language has (numbers in words,
    stopwords, boilerplate labels)."""
    lang, confidence = identify(text)
    if lang != UNDETERMINED and _mostly_other_script(text, lang):
        lang, confidence = _by_lines(text)
    if lang == UNDETERMINED or len(text) < DOCUMENT_CHARS:
        return lang, confidence
    if not _doubtful(text, lang, confidence):
        twin = _TWINS.get(lang)
        if twin is not None:
            # (Malay shares Indonesian's function words, so no doubt shows; the full model
            # tells them apart, and says ms of no Indonesian document of the tests' data)
            other, sure = _full_model().classify(text[:FULL_MODEL_SAMPLE])
            if other in twin and sure >= FOREIGN_SURE:
                return other, float(sure)
        return lang, confidence
    other, sure = _full_model().classify(text[:FULL_MODEL_SAMPLE])
    if other not in SUPPORTED and sure >= FOREIGN_SURE:
        return other, float(sure)
    letters = _LETTER.findall(text[:FUNCTION_WORDS_SAMPLE])
    supported = _SUPPORTED_SCRIPT.findall(text[:FUNCTION_WORDS_SAMPLE])
    if 2 * len(supported) < len(letters):
        return UNDETERMINED, 0.0
    return lang, confidence


# A document mostly in one script with a paragraph in another (a Chinese version that kept one
# Ukrainian sentence of its original) was read whole as the other's language: the model sums
# its n-grams, and a line of Cyrillic holds more of them than five lines of Han, where a sign
# says as much as a word. Where the language found writes under half the document's letters,
# Han, kana and Hangul counting two each, the lines vote instead, by those letters (stop 35:
# zh.txt read as uk split a group of eight in two).
_WIDE_LETTER = pattern_cache.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")
_OWN_SCRIPT = {**_SCRIPT_OF, "ja": r"[\p{Han}\p{Hiragana}\p{Katakana}]"}
_WIDE_LANGUAGES = frozenset({"zh", "ja", "ko"})
# (a sample: the first letters tell, and counting every letter of every document cost 6 CPU s
# at 10,000 documents)
_SCRIPT_SAMPLE = 2_000


@cache
def _script_patterns(lang: str) -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    """The letters of `lang`'s script, and a letter of any other."""
    own = _OWN_SCRIPT.get(lang, r"\p{Latin}")
    return pattern_cache.compile(own), pattern_cache.compile(rf"(?!{own})\p{{L}}")


def _weighted_letters(text: str) -> int:
    return len(_LETTER.findall(text)) + len(_WIDE_LETTER.findall(text))


class _ForeignLetters(dict):
    """Character -> whether it is a letter of another script than `lang`'s (the `foreign`
    pattern of `_script_patterns`, which tests one character), filled as characters are met."""

    __slots__ = ("foreign",)

    def __init__(self, foreign: regex.Pattern[str]) -> None:
        super().__init__()
        self.foreign = foreign

    def __missing__(self, char: str) -> bool:
        if len(self) >= _FOREIGN_LIMIT:  # (hostile text: as many characters as Unicode has)
            self.clear()
        found = self[char] = self.foreign.fullmatch(char) is not None
        return found


_FOREIGN_LIMIT = 65_536


@cache
def _foreign_letters(lang: str) -> _ForeignLetters:
    return _ForeignLetters(_script_patterns(lang)[1])


class _LetterWeights(dict):
    """Character -> (its weight among `lang`'s own letters, its weight among all letters), as
    `_mostly_other_script` counts them (each of the patterns matches one character), filled
    as characters are met."""

    __slots__ = ("own", "wide")

    def __init__(self, lang: str) -> None:
        super().__init__()
        self.own = _script_patterns(lang)[0]
        self.wide = 2 if lang in _WIDE_LANGUAGES else 1

    def __missing__(self, char: str) -> tuple[int, int]:
        if len(self) >= _FOREIGN_LIMIT:  # (hostile text: as many characters as Unicode has)
            self.clear()
        found = self[char] = (
            self.wide if self.own.fullmatch(char) else 0,
            _weighted_letters(char),
        )
        return found


@cache
def _letter_weights(lang: str) -> _LetterWeights:
    return _LetterWeights(lang)


def _mostly_other_script(text: str, lang: str) -> bool:
    sample = text[:_SCRIPT_SAMPLE]
    # `foreign.search(sample)`, asked of the sample's distinct characters (a few dozen, each
    # looked up once per process) instead of the pattern at each of its 2,000: a third of
    # the time, the same answer (the pattern reads one character where it matches).
    if not any(map(_foreign_letters(lang).__getitem__, set(sample))):
        return False  # (most documents: every letter in the language's own script)
    # `len(own.findall(sample))` (doubled for a wide script) against `_weighted_letters`,
    # summed over the sample's distinct characters, each weighed once per process: three
    # `regex` scans of 2,000 characters were two thirds of this (tests/test_language.py)
    weights = _letter_weights(lang)
    mine = letters = 0
    for char, count in Counter(sample).items():
        own_weight, weight = weights[char]
        mine += own_weight * count
        letters += weight * count
    return 2 * mine < letters


def _by_lines(text: str) -> tuple[str, float]:
    """The language most of a document's letters are in, line by line (see above)."""
    votes: dict[str, int] = {}
    for line in text[:FULL_MODEL_SAMPLE].splitlines():
        if (weight := _weighted_letters(line)) and (said := identify(line)[0]) != UNDETERMINED:
            votes[said] = votes.get(said, 0) + weight
    if not votes:
        return UNDETERMINED, 0.0
    best = max(sorted(votes), key=votes.__getitem__)
    return best, votes[best] / sum(votes.values())


def load_model() -> None:
    """Load the model now (before forking workers, which then share its pages)."""
    _model()


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


def probabilities(text: str, langs: Iterable[str]) -> dict[str, float]:
    """The identifier's probability for each of `langs` (supported ones; others get 0.0):
    which of two versions a sentence they share is written in, where the best answer over
    every language is a third one ("Children under 12 enter free." reads de 0.49, en 0.42)."""
    wanted = set(langs)
    if not _LETTER.search(text):
        return dict.fromkeys(wanted, 0.0)
    scores = dict(_model().rank(text))
    return {lang: float(scores.get(lang, 0.0)) for lang in wanted}
