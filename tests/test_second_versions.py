"""A document left out of a group whose language it shares is named as a second version."""

import shutil
from pathlib import Path

from reviewer.core import report
from reviewer.core.session import open_corpus
from reviewer.tui.app import ReviewerApp

PLANTED = Path(__file__).parent / "data" / "planted"


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "quake"
    shutil.copytree(PLANTED / "manisa_quake", folder)
    # an en-US edition of en.txt, edited: one more sentence, American spelling
    text = (folder / "en.txt").read_text(encoding="utf-8")
    text = text.replace("10 kilometres.", "10 kilometers. More aftershocks are likely.")
    (folder / "en_us.txt").write_text(text, encoding="utf-8")
    # and an unrelated English report, ungrouped too
    shutil.copy(PLANTED / "manisa_other" / "en.txt", folder / "other_en.txt")
    return folder


def test_a_second_edition_in_a_grouped_language_is_named(tmp_path: Path) -> None:
    corpus = open_corpus([_folder(tmp_path)], jobs=1)
    paths = [d.path for d in corpus.documents]
    (group,) = corpus.groups
    en = corpus.documents[group.members["en"]].path
    twin = "en_us.txt" if en == "en.txt" else "en.txt"
    assert corpus.second_versions == {paths.index(twin): paths.index(en)}
    text = report.to_text(corpus, [])
    assert f"ungrouped: {twin} (en): a second en version of {en} (group {group.id})" in text
    assert "ungrouped: other_en.txt (en)\n" in text  # another article: no such line
    documents = {d["path"]: d for d in report.to_json(corpus, [])["documents"]}
    assert documents[twin]["second_version_of"] == en
    assert "second_version_of" not in documents["other_en.txt"]


def test_the_apps_group_list_names_a_second_version(tmp_path: Path) -> None:
    corpus = open_corpus([_folder(tmp_path)], jobs=1)
    labels = ReviewerApp(corpus).unit_labels()
    (twin,) = [label for label in labels if "a second version of" in label]
    assert twin.startswith("alone ")
    assert not any("other_en.txt" in label and "second" in label for label in labels)
