"""How long does one correction of the alignment take? A group of 4 versions x 2,000 sentences.

Writes the group's four documents (the seeds' vi/id/fr/de story, repeated with fresh figures
until each version has at least 2,000 sentences) to a temporary folder, reads them back with
`open_corpus` (a grouping file makes them one group), aligns them, then makes corrections at
random rows through the annotation store, as the app's keys do: shift up, shift down, merge,
split, gap, ungap, confirm. Each timing is the whole step the app waits for: the correction,
the realignment of the unfixed rows around it, the findings of the new rows, the annotations
moved to their rows. Also times reopening the saved corrections (file -> rows).

    python bench/bench_corrections.py [--corrections 200]
"""

from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.corpus import _renumber, stories  # noqa: E402
from reviewer.core.annotations import AnnotationStore  # noqa: E402
from reviewer.core.corrections import CorrectionError  # noqa: E402
from reviewer.core.session import open_corpus  # noqa: E402

SENTENCES = 2000
ACTIONS = ("shift_up", "shift_down", "merge", "split", "gap", "ungap", "confirm")


def write_group(folder: Path, seed: int = 0) -> list[Path]:
    """Four versions of one long text, at least SENTENCES sentences each, and a grouping file."""
    rng = random.Random(seed)
    story = stories()[0]
    parts: dict[str, list[str]] = {lang: [] for lang in story}
    while min(sum(t.count(".") for t in texts) for texts in parts.values()) < SENTENCES * 1.2:
        mapping: dict[int, int] = {}
        shift = rng.randint(-15, 2)  # the years of one copy move together, as in bench/corpus.py
        for lang, text in story.items():
            parts[lang].append(_renumber(text, mapping, rng, shift))
    paths = []
    for lang, texts in parts.items():
        path = folder / f"{lang}.txt"
        path.write_text("\n\n".join(texts), encoding="utf-8")
        paths.append(path)
    members = ", ".join(f'"{p.name}"' for p in paths)
    (folder / "groups.toml").write_text(
        f'[[group]]\nid = "long"\npivot = "vi"\nmembers = [{members}]\n', encoding="utf-8"
    )
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corrections", type=int, default=200)
    args = parser.parse_args()
    rng = random.Random(1)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        paths = write_group(folder)
        start = time.perf_counter()
        corpus = open_corpus(paths, grouping_file=folder / "groups.toml")
        aligned = corpus.aligned(corpus.groups[0])
        opened = time.perf_counter() - start
        sizes = {lang: len(aligned.segments[lang]) for lang in aligned.languages}
        store = AnnotationStore(aligned, folder / "long.toml", reviewer="bench")
        for row in range(0, len(aligned.rows), 4):  # a reviewed group: one row in 4 annotated
            store.set_status(row, "ok")
        times: dict[str, list[float]] = {action: [] for action in ACTIONS}
        cpu: list[float] = []
        refused = 0
        for _ in range(args.corrections):
            action = rng.choice(ACTIONS)
            row = rng.randrange(len(store.aligned.rows))
            lang = rng.choice(aligned.languages)
            start, start_cpu = time.perf_counter(), time.process_time()
            try:
                store.correct(action, row, lang)
            except CorrectionError:
                refused += 1
                continue
            times[action].append(time.perf_counter() - start)
            cpu.append(time.process_time() - start_cpu)
        store.save()
        fixed = sum(store.alignment_state(r) != "auto" for r in range(len(store.aligned.rows)))
        start = time.perf_counter()
        reopened = AnnotationStore.open(aligned, folder, reviewer="bench", lock=False)
        reopen = time.perf_counter() - start
        assert reopened.aligned.rows == store.aligned.rows, "reopened rows differ"
    every = [t for values in times.values() for t in values]
    print(
        f"group: {', '.join(f'{k} {v}' for k, v in sizes.items())} sentences, "
        f"{len(aligned.rows)} rows; read, segmented and aligned in {opened:.1f} s"
    )
    print(f"{len(every)} corrections ({refused} refused: no row above, no text ...)")
    print("| correction | n | median ms | 95th pct ms | max ms |")
    print("|---|---:|---:|---:|---:|")
    for action, values in [*times.items(), ("all", every)]:
        if values:
            ms = sorted(v * 1000 for v in values)
            p95 = ms[min(len(ms) - 1, int(len(ms) * 0.95))]
            print(
                f"| {action} | {len(ms)} | {statistics.median(ms):.0f} | {p95:.0f} | {ms[-1]:.0f} |"
            )
    cpu_ms = sorted(c * 1000 for c in cpu)
    print(
        f"CPU time (this process only, whatever else the machine runs): median "
        f"{statistics.median(cpu_ms):.0f} ms, 95th pct {cpu_ms[int(len(cpu_ms) * 0.95)]:.0f} ms"
    )
    print(f"reopening {fixed} fixed rows from the file: {reopen * 1000:.0f} ms")
    keys = asyncio.run(in_the_app(corpus, rng))
    print(
        f"in the app at 160x45, {len(keys)} alignment keys: handler (correction, realignment, "
        f"view reloaded) median {statistics.median(keys):.0f} ms, max {max(keys):.0f} ms"
    )


async def in_the_app(corpus, rng: random.Random) -> list[float]:
    """Alignment keys pressed in the app (through the screen's dispatcher, as a key does):
    the time from the handler's start to its end, when the rows shown are the new ones."""
    from reviewer.tui.app import ReviewerApp
    from reviewer.tui.widgets.review_view import ReviewView

    app = ReviewerApp(corpus)
    times = []
    async with app.run_test(size=(160, 45)) as pilot:
        await pilot.pause()
        view = app.screen.query_one(ReviewView)
        for _ in range(40):
            view.move_to_row(rng.randrange(len(view.aligned.rows)))
            view.focus_lang = rng.randrange(len(view.languages))
            action = "align." + rng.choice(("shift_up", "shift_down", "merge", "gap", "confirm"))
            start = time.perf_counter()
            app.screen.action_review(action)
            times.append((time.perf_counter() - start) * 1000)
            await pilot.pause()
    return times


if __name__ == "__main__":
    main()
