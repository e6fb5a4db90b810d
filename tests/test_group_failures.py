"""A failure of ours on one group (the aligner or a check raising on its text) is reported with
that group and the rest of the work goes on: `check` writes every other group as it would
have, the failed one side by side in order with its error, and the app says why."""

from __future__ import annotations

import asyncio
import json
import shutil

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reviewer import cli
from reviewer.core import checks, group_alignment
from reviewer.core.model import Segment
from reviewer.core.session import open_corpus, positional_rows
from tests.conftest import SEEDS

TRIGGER = "Kazakhstan"  # in the Vietnamese original's group only, not in the lone article


# A second group beside the seeds' one (Turkish upper case: what first failed this way).
PAIR = {
    "tr.txt": "İSTANBUL, 5 KASIM 2024 — Cumhurbaşkanı bugün Ankara'da yaptığı konuşmada "
    "ekonomik reformların süreceğini söyledi.\n\nBakanlık, enflasyonun yıl sonuna kadar "
    "yüzde 40'a düşmesini beklediğini açıkladı.\n",
    "en.txt": "ISTANBUL, November 5, 2024 — The President said in a speech in Ankara today "
    "that economic reforms will continue.\n\nThe ministry said it expects inflation to "
    "fall to 40 percent by the end of the year.\n",
}


@pytest.fixture
def seeds(tmp_path):
    folder = tmp_path / "seeds"
    shutil.copytree(SEEDS, folder, ignore=shutil.ignore_patterns("annotations"))
    for name, text in PAIR.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _raising_on_trigger(real):
    def align_group(ordered, pivot, **settings):
        if any(TRIGGER in s.text for s in ordered[pivot]):
            raise KeyError("kasim")
        return real(ordered, pivot, **settings)

    return align_group


@pytest.fixture
def failing_aligner(monkeypatch):
    monkeypatch.setattr(
        group_alignment, "align_group", _raising_on_trigger(group_alignment.align_group)
    )


def _by_id(aligned):
    return {a.group.id: a for a in aligned}


def test_a_group_the_aligner_fails_on_is_kept_side_by_side_and_the_others_go_on(seeds, monkeypatch):
    good = _by_id(open_corpus([seeds]).aligned_all(workers=1))
    monkeypatch.setattr(
        group_alignment, "align_group", _raising_on_trigger(group_alignment.align_group)
    )
    got = _by_id(open_corpus([seeds]).aligned_all(workers=1))
    failed = [g for g in got.values() if g.error]
    assert len(failed) == 1 and len(got) == len(good) >= 2
    bad = failed[0]
    assert "could not be aligned (KeyError: 'kasim')" in bad.error
    assert bad.rows == positional_rows(bad.segments)
    for group_id, aligned in got.items():
        if aligned is not bad:  # untouched: the same rows and findings as without the failure
            assert (aligned.rows, aligned.findings, aligned.error) == (
                good[group_id].rows,
                good[group_id].findings,
                None,
            )


def test_a_failing_check_keeps_the_rows_and_says_the_group_is_unchecked(seeds, monkeypatch):
    good = _by_id(open_corpus([seeds]).aligned_all(workers=1))
    real = checks.run_checks

    def run_checks(rows, ordered, pivot):
        if any(TRIGGER in s.text for s in ordered[pivot]):
            raise ValueError("bad row")
        return real(rows, ordered, pivot)

    monkeypatch.setattr(checks, "run_checks", run_checks)
    corpus = open_corpus([seeds])
    for group in corpus.groups:  # the app's path: one group at a time, on demand
        aligned = corpus.aligned(group)
        if aligned.error:
            assert "could not be checked (ValueError: bad row)" in aligned.error
            assert aligned.rows == good[group.id].rows
            assert aligned.findings == ((),) * len(aligned.rows)
        else:
            assert aligned.findings == good[group.id].findings
    assert sum(bool(corpus.aligned(g).error) for g in corpus.groups) == 1


def test_check_reports_the_failed_group_on_stderr_and_in_json_and_goes_on(
    seeds, failing_aligner, capsys
):
    assert cli.main(["check", str(seeds), "--format", "json", "--jobs", "1"]) == cli.EXIT_OK
    out, err = capsys.readouterr()
    groups = json.loads(out)["groups"]
    failed = [g for g in groups if "error" in g]
    assert len(failed) == 1 and len(groups) >= 2
    assert "could not be aligned" in failed[0]["error"]
    members = failed[0]["members"].values()
    assert f"group {failed[0]['id']}" in err and all(path in err for path in members)
    # every segment of the failed group is still written, once each
    texts = [c["text"] for row in failed[0]["rows"] for cell in row["cells"].values() for c in cell]
    assert len(texts) == len(set(texts)) > 20


def test_fail_on_fails_when_a_group_could_not_be_checked(seeds, failing_aligner, capsys):
    # the lone article alone has no finding at all; the failed group's findings are unknown
    code = cli.main(["check", str(seeds), "--fail-on", "major", "--jobs", "1"])
    assert code == cli.EXIT_FAILED_ON
    out = capsys.readouterr().out
    assert "error: this group could not be aligned" in out


def test_the_app_says_why_a_group_is_shown_unaligned(seeds, failing_aligner):
    from reviewer.tui.app import ReviewerApp

    async def main() -> None:
        app = ReviewerApp(open_corpus([seeds]))
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.pause()
            notices = "\n".join(str(n.message) for n in app._notifications)
            assert "could not be aligned" in notices and "shown unaligned" in notices

    asyncio.run(main())


@given(st.dictionaries(st.sampled_from(["vi", "fr", "de", "zh"]), st.integers(0, 12), min_size=1))
def test_positional_rows_hold_every_segment_once_in_order(sizes) -> None:
    ordered = {
        lang: tuple(Segment(i, 0, 0, 1, f"{lang}{i}") for i in range(n))
        for lang, n in sizes.items()
    }
    rows = positional_rows(ordered)
    for lang, segments in ordered.items():
        assert [i for row in rows for i in row.cells[lang]] == list(range(len(segments)))
    assert all(any(row.cells.values()) for row in rows)


@pytest.mark.parametrize("jobs", [1, 2, "cluster"])
@pytest.mark.parametrize(
    ("module", "function", "stage"),
    [
        ("segmenting", "segment", "identified and segmented"),  # pass one of the front
        ("grouping", "fingerprint", "marked for boilerplate and fingerprinted"),  # pass two
    ],
)
def test_a_document_a_stage_fails_on_is_skipped_and_named_and_the_rest_go_on(
    seeds, monkeypatch, jobs, module, function, stage
):
    import importlib

    good = open_corpus([seeds], jobs=1)
    owner = importlib.import_module(f"reviewer.core.{module}")
    real = getattr(owner, function)

    def failing(first, *args, **kwargs):
        if "enflasyonun" in str(first):  # the Turkish document's text or segments only
            raise IndexError("ours")
        return real(first, *args, **kwargs)

    monkeypatch.setattr(owner, function, failing)
    if jobs == "cluster":  # dask's own path; threads of this process, so the patch holds
        distributed = pytest.importorskip("distributed")
        cluster = distributed.LocalCluster(
            n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None
        )
        with cluster, distributed.Client(cluster) as client:
            corpus = open_corpus([seeds], cluster=client)
            corpus.cluster = None  # the group below is aligned here
    else:
        corpus = open_corpus([seeds], jobs=jobs)
    assert [str(p) for p in corpus.problems] == [
        f"tr.txt: could not be {stage} (IndexError: ours): a bug in reviewer"
    ]
    kept = [i for i, d in enumerate(good.documents) if d.path != "tr.txt"]
    assert [d.path for d in corpus.documents] == [good.documents[i].path for i in kept]
    assert corpus.segments == [good.segments[i] for i in kept]
    seeds_group = next(g for g in good.groups if "vi" in g.members)
    assert corpus.aligned(seeds_group).rows == good.aligned(seeds_group).rows
