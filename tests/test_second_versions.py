"""A document left out of a group whose language it shares is named as a second version."""

import random
import shutil
from pathlib import Path

from reviewer.core import report
from reviewer.core.grouping_features import Fingerprint
from reviewer.core.model import Document, Group
from reviewer.core.second_versions import second_versions
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


def test_a_second_version_is_found_among_many_members_of_its_language() -> None:
    # only the 20 members nearest in length were compared: among 400 English members, an
    # edition with three sentences more was not one of them (review30)
    rng = random.Random(7)
    words = "the council said that a new road would open in the city next year after talks"
    words = words.split()
    documents, prints, groups = [], [], []
    for i in range(400):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(400, 800)))
        documents.append(Document(f"d{i}.txt", Path(f"d{i}.txt"), text, "en", "0"))
        features = frozenset({f"n:{i}", f"p:name{i}", "n:2024"})
        prints.append(Fingerprint(features, 1, (), chars=len(text.replace(" ", ""))))
        groups.append(Group(f"g-d{i}", "en", {"en": i}))
    text = documents[200].text + " More aftershocks are likely." * 3
    documents.append(Document("twin.txt", Path("twin.txt"), text, "en", "0"))
    prints.append(Fingerprint(prints[200].features, 1, (), chars=len(text.replace(" ", ""))))
    # and an unrelated text of that length with the common feature only: no second version
    documents.append(Document("other.txt", Path("other.txt"), text[::-1], "en", "0"))
    prints.append(Fingerprint(frozenset({"n:2024"}), 1, (), chars=prints[-1].chars))
    assert second_versions(documents, prints, groups) == {400: 200}
