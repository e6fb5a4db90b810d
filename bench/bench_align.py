"""Speed and memory of `align_group`: one group of 4 versions x N sentences (not a test).

Each size runs in a fresh process so that its peak RSS is its own:

    python bench/bench_align.py                  # N = 500, 1000, 2000, 5000
    python bench/bench_align.py --sizes 2000 --repeat 5
    python bench/bench_align.py --repeated         # identical lines vs distinct (issue 14.10)
    python bench/bench_align.py --pair SRC TGT     # `reviewer align SRC TGT`, whole process
    python bench/bench_align.py --mac-dev DIR      # the same on the long zh-en pair below

The long zh-en pair of issue 15 (4,875 x 6,610 sentences) is MAC-Dev's chapters (DIR is
bertalign's `eval/mac/dev/intertext`, not the reserved test set) repeated until that size, one
sentence a line, written to the temporary folder.

The versions are synthetic: a pivot of random sentences with names and numbers, and three
"translations" that re-spell names, re-format numbers, change every other word, and split,
merge, drop or insert a sentence now and then -- what the aligner meets in news articles.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

NAMES = ["Tokayev", "Lavrov", "Putin", "Astana", "Shanghai", "Kazinform", "Minh Duc", "Pakistan"]
SPELLINGS = {"Tokayev": "Tokajew", "Lavrov": "Lawrow", "Putin": "Poutine", "Minh Duc": "Minh Đức"}
WORDS = [w * k for w in ("ka", "lo", "mi", "tre", "sun", "dor", "vel", "pa") for k in (1, 2, 3)]


from bench.memory import peak_mb  # noqa: E402


def pivot_sentences(n: int, rng: random.Random) -> list[str]:
    out = []
    for _ in range(n):
        words = [rng.choice(WORDS) for _ in range(rng.randint(6, 30))]
        if rng.random() < 0.5:
            words.insert(rng.randrange(len(words)), rng.choice(NAMES))
        if rng.random() < 0.4:
            words.insert(rng.randrange(len(words)), f"{rng.randint(1, 9)}.{rng.randint(100, 999)}")
        out.append(" ".join(words).capitalize() + ".")
    return out


def translate(pivot: list[str], rng: random.Random) -> list[str]:
    out: list[str] = []
    for sentence in pivot:
        words = sentence.split()
        words = [
            SPELLINGS.get(w, w.replace(".", ",") if w[0].isdigit() else w)
            if rng.random() < 0.5
            else rng.choice(WORDS)
            for w in words
        ]
        text = " ".join(words)
        roll = rng.random()
        if roll < 0.02:
            continue  # dropped
        if roll < 0.05 and len(words) > 8:
            half = len(words) // 2
            out += [" ".join(words[:half]) + ".", " ".join(words[half:])]
        elif roll < 0.08 and out:
            out[-1] += " " + text
        else:
            out.append(text)
        if rng.random() < 0.02:
            out.append("Photo: " + rng.choice(NAMES))  # a caption only this version has
    return out


LANGUAGES = ("vi", "id", "fr", "de", "en", "es")  # pivot first


def run_one(n: int, repeat: int, versions: int = 4) -> dict:
    from reviewer.core.group_alignment import align_group
    from reviewer.core.lexical import sentence_keys
    from reviewer.core.model import Segment

    rng = random.Random(n)
    pivot = pivot_sentences(n, rng)
    texts = {"vi": pivot, **{lang: translate(pivot, rng) for lang in LANGUAGES[1:versions]}}
    segments = {
        lang: tuple(Segment(k, k // 5, 0, len(t), t) for k, t in enumerate(sentences))
        for lang, sentences in texts.items()
    }
    times, cpu = [], []
    for _ in range(repeat):
        sentence_keys.cache_clear()  # time a cold start: no features from the previous run
        start, start_cpu = time.perf_counter(), time.process_time()
        align_group(segments, "vi")
        times.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    return {
        "sentences": n,
        "versions": versions,
        "best_s": min(times),
        "cpu_s": min(cpu),
        "peak_rss_mb": peak_mb(),
    }


def run_repeated(n: int, identical: bool) -> dict:
    """`align_pair` on N lines that are all the same against 7N/8 (or N lines all different):
    time must stay linear (issue 14, item 10)."""
    from reviewer.core.aligning import align_pair

    if identical:  # unequal counts: the band around the diagonal cannot hold the path
        src, tgt = ["The same line again."] * n, ["La même ligne encore."] * (n * 7 // 8)
    else:
        src = [f"Line number {i} here." for i in range(n)]
        tgt = [f"Ligne numéro {i} ici." for i in range(n)]
    start, start_cpu = time.perf_counter(), time.process_time()
    align_pair(src, tgt, src_lang="en", tgt_lang="fr")
    return {
        "best_s": time.perf_counter() - start,
        "cpu_s": time.process_time() - start_cpu,
        "peak_rss_mb": peak_mb(),
    }


def run_pair(src: Path, tgt: Path) -> dict:
    """`reviewer align SRC TGT` as a user runs it: wall and CPU seconds of the whole process
    (imports, reading, language guess, features, both passes) and its peak RSS."""
    import resource

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "reviewer", "align", str(src), str(tgt)],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        check=True,
    )
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return {
        "wall_s": round(time.perf_counter() - start, 2),
        "cpu_s": round(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime, 2),
        "peak_rss_mb": round(after.ru_maxrss / 1024),  # the largest child so far: this one
    }


def mac_dev_pair(folder: Path) -> tuple[Path, Path]:
    """The long zh-en pair (see the module's docstring) as two files."""
    import tempfile

    from bench.align_mac import chapters, read_sentences

    zh: list[str] = []
    en: list[str] = []

    def document(chapter: str, lang: str) -> Path:  # not the links file, *.001_zh.001_en.xml
        return min(folder.glob(f"*.{chapter}_{lang}.xml"), key=lambda p: len(p.name))

    while len(zh) < 4875:
        for chapter in chapters(folder):
            zh += read_sentences(document(chapter, "zh"))[0]
            en += read_sentences(document(chapter, "en"))[0]
    out = Path(tempfile.gettempdir())
    src, tgt = out / "reviewer-bench-zh-4875.txt", out / "reviewer-bench-en-6610.txt"
    src.write_text("\n".join(zh[:4875]) + "\n", encoding="utf-8")
    tgt.write_text("\n".join(en[:6610]) + "\n", encoding="utf-8")
    return src, tgt


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[500, 1000, 2000, 5000])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--versions", type=int, default=4, help="languages in the group (2-6)")
    parser.add_argument("--repeated", action="store_true", help="identical vs distinct lines")
    parser.add_argument("--pair", nargs=2, type=Path, metavar=("SRC", "TGT"))
    parser.add_argument("--mac-dev", type=Path, metavar="DIR", help="MAC-Dev's intertext folder")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--kind", default="group", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.one:
        if args.kind == "group":
            print(json.dumps(run_one(args.one, args.repeat, args.versions)))
        else:
            print(json.dumps(run_repeated(args.one, args.kind == "identical")))
        return 0
    if args.pair or args.mac_dev:
        pair = args.pair or mac_dev_pair(args.mac_dev)
        for _ in range(args.repeat):
            print(json.dumps(run_pair(*pair)))
        return 0
    if args.repeated:
        for kind in ("identical", "distinct"):
            for n in (1000, 2000, 4000, 8000):
                command = [sys.executable, __file__, "--one", str(n), "--kind", kind]
                out = subprocess.run(command, capture_output=True, text=True, check=True)
                r = json.loads(out.stdout)
                print(
                    f"{kind:9} N = {n:5}   {r['best_s']:.2f} s wall   {r['cpu_s']:.2f} s CPU   "
                    f"peak RSS {r['peak_rss_mb']:.0f} MB"
                )
        return 0
    print(f"{args.versions} versions x N sentences   best of", args.repeat)
    for n in args.sizes:
        out = subprocess.run(
            [
                sys.executable,
                __file__,
                "--one",
                str(n),
                "--repeat",
                str(args.repeat),
                "--versions",
                str(args.versions),
            ],
            capture_output=True,
            text=True,
            check=True,
        )
        r = json.loads(out.stdout)
        print(
            f"N = {n:5}   {r['best_s']:.3f} s wall   {r['cpu_s']:.3f} s CPU   "
            f"peak RSS {r['peak_rss_mb']:.0f} MB"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
