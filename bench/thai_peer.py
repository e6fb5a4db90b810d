"""Thai sentence segmentation: ours against PyThaiNLP's on the same cases (issue 15, stop 40).

PyThaiNLP (https://github.com/PyThaiNLP/pythainlp, Apache 2.0) is not a dependency of the
project: a peer to compare with (`pip install pythainlp python-crfsuite`). Its engines that need
no download and no torch: `crfcut` (a CRF over newmm words, trained on TED transcripts, the
default), `thaisum` (rules), `whitespace` (every space; the floor). `--engine tltk` needs the
tltk package (scikit-learn 1.2, gensim, pandas). `ours&crfcut` cuts where both cut, `ours|crfcut`
where either does.

Suites, as `bench/segmentation_eval.py` scores them (a case passes when the sentences come back
exactly; cuts scored on the treebank and ORCHID cases):
- `train`: UD_Thai-TUD's train file, three consecutive sentences of one document, 200 chunks
  spread over it (our weights were counted on this file, so our figure there flatters us);
- `dev`: th.json's dev part (UD_Thai-TUD dev, Tatoeba dev pairs);
- `orchid`: ORCHID, as th.json's part `other` (built on the fly from vistec-AI/crfcut's copy;
  crfcut's authors trained one of their models on it);
- `test`: th.json's test part, held out: report it once, never tune on it.

Usage:
    python bench/thai_peer.py [--suites train dev orchid] [--engine ours crfcut thaisum ...]
        [--tud DIR] [--orchid FILE.gz]
    python bench/thai_peer.py --suites test
    python bench/thai_peer.py --cost    # import time, time per 1,000 sentences, offline check

`--tud`: the git directory of UD_Thai-TUD (`fetch` leaves it at
/work/.mirror/UniversalDependencies+UD_Thai-TUD/repo); `--orchid`: vistec-AI/crfcut's
`data/orchid_corpus/orchid97.crp.utf.gz`, read from its git directory by default.
"""

from __future__ import annotations

import argparse
import gzip
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import segmentation_eval as se  # noqa: E402

from reviewer.core import segmenting  # noqa: E402

MIRROR = Path("/work/.mirror")
TUD = MIRROR / "UniversalDependencies+UD_Thai-TUD" / "repo"
CRFCUT = MIRROR / "vistec-AI+crfcut" / "repo"
ORCHID_GZ = "data/orchid_corpus/orchid97.crp.utf.gz"


def _ours(text: str) -> list[str]:
    return [s.text for s in segmenting.segment(text, "th")]


def _combined(text: str, a, b, both: bool) -> list[str]:
    """The paragraph cut where both splitters cut (`both`) or where either does."""
    cuts_a, cuts_b = cut_positions(a(text)), cut_positions(b(text))
    cuts = cuts_a & cuts_b if both else cuts_a | cuts_b
    pieces, start, seen = [], 0, 0
    for n, char in enumerate(text):
        if not char.isspace():
            seen += 1
            if seen in cuts:
                pieces.append(text[start : n + 1])
                start = n + 1
    return [*pieces, text[start:]]


def splitter(engine: str):
    """A function from a paragraph to its sentences; `ours&X`, `ours|X`: cut where both cut,
    where either cuts."""
    if engine == "ours":
        return _ours
    for mark, both in (("&", True), ("|", False)):
        if mark in engine:
            a, b = (splitter(e) for e in engine.split(mark))
            return lambda text: _combined(text, a, b, both)
    from pythainlp.tokenize import sent_tokenize

    return lambda text: sent_tokenize(text, engine=engine)


def train_cases(tud: Path, limit: int = se.PER_PART["test"]) -> list[dict]:
    runs = se._ud_documents(se._git_show(tud, "th_tud-ud-train.conllu"))
    chunks = se._chunks(runs, se.CHUNK, limit, "th")
    return [{"source": "UD_Thai-TUD train", "expected": c, "text": " ".join(c)} for c in chunks]


def orchid_cases(crfcut: Path, gz: str) -> list[dict]:
    raw = subprocess.run(
        ["git", "-C", str(crfcut), "show", f"HEAD:{gz}"], check=True, capture_output=True
    ).stdout
    with tempfile.NamedTemporaryFile(suffix=".utf") as tmp:
        tmp.write(gzip.decompress(raw))
        tmp.flush()
        cases = se.orchid_cases(Path(tmp.name))
    return [{**c, "text": " ".join(c["expected"])} for c in cases]


def suite(name: str, args) -> list[dict]:
    if name == "train":
        return train_cases(args.tud)
    if name == "orchid":
        return orchid_cases(args.crfcut, ORCHID_GZ)
    return se.load("th")[name]


def cut_positions(pieces: list[str]) -> set[int]:
    """Where each piece but the last ends, counted in non-space characters (an engine may
    change the spaces it cuts at: thaisum does)."""
    cuts, pos = set(), 0
    for piece in pieces:
        pos += len("".join(piece.split()))
        cuts.add(pos)
    return cuts - {pos}


def score(cases: list[dict], split) -> tuple[dict[str, list[int]], tuple[int, int, int]]:
    """Exact cases per source, and (found, wrong, missed) cuts over the non-Tatoeba cases."""
    exact: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    found = wrong = missed = 0
    for case in cases:
        got = [s.strip() for s in split(case["text"]) if s.strip()]
        want = [s.strip() for s in case["expected"]]
        row = exact[case["source"]]
        row[0] += got == want
        row[1] += 1
        if case["source"] == "tatoeba":
            continue
        gold = cut_positions(want)
        cuts = cut_positions(got)
        found, wrong, missed = (
            found + len(gold & cuts),
            wrong + len(cuts - gold),
            missed + len(gold - cuts),
        )
    return exact, (found, wrong, missed)


def report(name: str, engine: str, cases: list[dict]) -> None:
    exact, (found, wrong, missed) = score(cases, splitter(engine))
    total = sum(v[0] for v in exact.values()), sum(v[1] for v in exact.values())
    precision, recall = found / max(1, found + wrong), found / max(1, found + missed)
    parts = "  ".join(f"{k} {v[0]}/{v[1]}" for k, v in sorted(exact.items()))
    print(
        f"{name:7} {engine:8} exact {total[0]:3}/{total[1]:3} = {total[0] / total[1]:.3f}  "
        f"cuts P {precision:.2f} R {recall:.2f}  ({parts})",
        flush=True,
    )


PROBE = """
import socket, sys, time
def refuse(*a, **k):
    raise OSError("network used")
socket.socket.connect = refuse
socket.create_connection = refuse
socket.getaddrinfo = refuse
t = time.perf_counter()
from pythainlp.tokenize import sent_tokenize
sent_tokenize("ฉันไปประชุม เมื่อวันที่ 11 มีนาคม", engine="ENGINE")
print(f"{time.perf_counter() - t:.3f}")
"""


def cost(args, engines: list[str]) -> None:
    """Import and first-call time in a fresh process with the network refused (so a download
    at run time fails loudly), and time per 1,000 sentences on TUD's train sentences."""
    sentences = [s for c in train_cases(args.tud, 400) for s in c["expected"]]
    paragraphs = [" ".join(sentences[i : i + 3]) for i in range(0, 999, 3)]
    for engine in engines:
        if engine != "ours":
            with tempfile.TemporaryDirectory() as home:
                runs = []
                for _ in range(3):
                    out = subprocess.run(
                        [sys.executable, "-c", PROBE.replace("ENGINE", engine)],
                        capture_output=True,
                        text=True,
                        env={"HOME": home, "PATH": "/usr/bin:/bin"},
                    )
                    if out.returncode:
                        print(engine, "probe failed:", out.stderr.strip().splitlines()[-1])
                        break
                    runs.append(float(out.stdout))
                left = sorted(str(p.relative_to(home)) for p in Path(home).rglob("*"))
            print(f"{engine}: import + first call {runs} s offline; left in HOME: {left}")
        split = splitter(engine)
        split(paragraphs[0])
        start = time.perf_counter()
        for paragraph in paragraphs:
            split(paragraph)
        print(f"{engine}: {time.perf_counter() - start:.2f} s per 1,000 sentences", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--suites", nargs="*", default=["train", "dev", "orchid"])
    parser.add_argument("--engine", nargs="*", default=["ours", "crfcut", "thaisum", "whitespace"])
    parser.add_argument("--tud", type=Path, default=TUD)
    parser.add_argument("--crfcut", type=Path, default=CRFCUT)
    parser.add_argument("--cost", action="store_true")
    args = parser.parse_args()
    if args.cost:
        cost(args, args.engine)
        return
    for name in args.suites:
        cases = suite(name, args)
        for engine in args.engine:
            report(name, engine, cases)


if __name__ == "__main__":
    main()
