"""Compare language identifiers on held-out Tatoeba sentences (bench/data/lid-tatoeba/).

Not a test: it needs the candidates installed beside the project (lingua-language-detector,
langdetect), which the project does not depend on. Usage:

    python bench/language_eval.py [--per-lang 200] [--only NAME ...]

Prints, per candidate: sentence accuracy, document accuracy (10 consecutive sentences joined),
the languages it gets wrong most, and the mean time per sentence. Malay (`ms.txt`) is scored
separately: an identifier restricted to our languages should call it `id`, never anything else.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reviewer.core import language  # noqa: E402

DATA = ROOT / "bench" / "data" / "lid-tatoeba"
SHORT = 25  # characters: a headline, a caption, a one-clause sentence


def candidates() -> dict[str, Callable[[str], str]]:
    found: dict[str, Callable[[str], str]] = {}
    found["reviewer.identify"] = lambda text: language.identify(text)[0]

    import py3langid
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    full = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    found["py3langid-all97"] = lambda text: full.classify(text)[0]
    del py3langid

    try:
        from lingua import IsoCode639_1, LanguageDetectorBuilder

        ours = [IsoCode639_1.from_str(code) for code in language.SUPPORTED]
        high = LanguageDetectorBuilder.from_iso_codes_639_1(*ours).build()
        low = LanguageDetectorBuilder.from_iso_codes_639_1(*ours).with_low_accuracy_mode().build()
        every = LanguageDetectorBuilder.from_all_languages().build()

        def lingua_code(detector):
            def run(text: str) -> str:
                found_lang = detector.detect_language_of(text)
                return found_lang.iso_code_639_1.name.lower() if found_lang else "und"

            return run

        found["lingua-ours-high"] = lingua_code(high)
        found["lingua-ours-low"] = lingua_code(low)
        found["lingua-all75-high"] = lingua_code(every)
    except ImportError:
        pass

    try:
        from langdetect import DetectorFactory, LangDetectException, detect

        DetectorFactory.seed = 0  # langdetect is random unless seeded

        def run_langdetect(text: str) -> str:
            try:
                code = detect(text)
            except LangDetectException:
                return "und"
            return {"zh-cn": "zh", "zh-tw": "zh"}.get(code, code)

        found["langdetect-all55"] = run_langdetect
    except ImportError:
        pass
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-lang", type=int, default=200)
    parser.add_argument("--only", nargs="*")
    args = parser.parse_args()

    data = {
        path.stem: path.read_text(encoding="utf-8").splitlines()[: args.per_lang]
        for path in sorted(DATA.glob("*.txt"))
    }
    malay = data.pop("ms", [])
    for name, run in candidates().items():
        if args.only and name not in args.only:
            continue
        run("warm up the model")
        wrong: Counter[str] = Counter()
        confusions: Counter[tuple[str, str]] = Counter()
        total = right = short = short_right = 0
        started = time.perf_counter()
        for lang, sentences in data.items():
            for sentence in sentences:
                got = run(sentence)
                total += 1
                if len(sentence) <= SHORT:
                    short += 1
                    short_right += got == lang
                if got == lang:
                    right += 1
                else:
                    wrong[lang] += 1
                    confusions[lang, got] += 1
        elapsed = time.perf_counter() - started
        docs_right = docs = 0
        for lang, sentences in data.items():
            for i in range(0, len(sentences) - 9, 10):
                docs += 1
                docs_right += run(" ".join(sentences[i : i + 10])) == lang
        malay_as = Counter(run(sentence) for sentence in malay)
        print(f"## {name}")
        print(
            f"sentences {right}/{total} = {right / total:.1%}   "
            f"short (<= {SHORT} chars) {short_right / short:.1%} of {short}   "
            f"documents {docs_right}/{docs} = {docs_right / docs:.1%}   "
            f"{elapsed / total * 1e3:.2f} ms/sentence"
        )
        print("errors by language:", ", ".join(f"{k} {v}" for k, v in wrong.most_common()))
        print(
            "top confusions:",
            ", ".join(f"{a}->{b} {n}" for (a, b), n in confusions.most_common(10)),
        )
        print("Malay sentences called:", ", ".join(f"{k} {v}" for k, v in malay_as.most_common(5)))
        print()


if __name__ == "__main__":
    main()
