"""The small store changes the app needed: `revision`, realign waiting for a running save."""

from __future__ import annotations

import threading
import time

from reviewer.core.annotations import AnnotationStore
from reviewer.core.session import open_corpus
from tests.conftest import SEEDS


def test_revision_grows_with_each_change_and_not_without(tmp_path):
    corpus = open_corpus([SEEDS])
    with AnnotationStore.open(corpus.aligned(corpus.groups[0]), tmp_path, reviewer="a") as store:
        start = store.revision
        store.set_status(0, "ok")
        store.set_boilerplate(0, "vi", None)  # already automatic: no change
        assert store.revision == start + 1
        store.undo()
        assert store.revision == start + 2


def test_realign_waits_for_a_save_in_another_thread(tmp_path):
    corpus = open_corpus([SEEDS])
    group = corpus.groups[0]
    with AnnotationStore.open(corpus.aligned(group), tmp_path, reviewer="a") as store:
        store.set_status(3, "ok")
        held, release = threading.Event(), threading.Event()

        def saving() -> None:  # a save in progress holds the save lock
            with store._save_lock:
                held.set()
                release.wait(5)

        worker = threading.Thread(target=saving)
        worker.start()
        held.wait(5)
        done = threading.Event()
        realign = threading.Thread(
            target=lambda: (store.realign(corpus.aligned(group, pivot="fr")), done.set())
        )
        realign.start()
        time.sleep(0.05)
        assert not done.is_set() and store.aligned.group.pivot == "vi"
        release.set()
        realign.join(5)
        worker.join(5)
        assert done.is_set() and store.aligned.group.pivot == "fr"
        assert [store.status(r) for r in store.annotated_rows()] == ["ok"]
