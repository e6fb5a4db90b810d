"""A sentence a translation moved is one move, not a `missing` and an `extra` (moves.py)."""

import shutil
import time
from pathlib import Path

from reviewer.core.checks import run_checks
from reviewer.core.session import open_corpus
from tests.test_checks import build

EN = [
    "The city opened a cycle path on Monday.",
    "It cost 18 million euros.",
    "About 9,000 cyclists will use it every day.",
    "Schools in the province will stay closed until Thursday.",
    "The mayor Grégory Doucet opened it.",
]


def _run(columns: dict[str, list[str | None]]):
    rows, segments = build(columns)
    found = run_checks(rows, segments, "en")
    return [
        (row, f.check, f.severity, f.message)
        for row, findings in enumerate(found)
        for f in findings
        if f.check in ("missing", "extra")
    ]


def _columns(last: str) -> dict[str, list[str | None]]:
    """en, and fr without its second sentence and with `last` after its fifth."""
    fr = [
        "La ville a ouvert lundi une piste cyclable.",
        None,
        "Environ 9 000 cyclistes l'emprunteront chaque jour.",
        "Les écoles de la province resteront fermées jusqu'à jeudi.",
        "Le maire Grégory Doucet l'a inaugurée.",
        last,
    ]
    return {"en": [*EN, None], "fr": fr}


def test_a_moved_sentence_is_two_minor_findings_naming_each_others_row() -> None:
    # fr placed the figures sentence last: aligned in the pivot's order, it was a `missing`
    # where en has it and an `extra` where fr has it, both major
    columns = _columns("Elle a coûté 18 millions d'euros.")
    moved_from = "moved: this translates the en sentence of row 2: “It cost 18 million euros.”"
    moved_to = "moved: fr gives this sentence at row 6: “Elle a coûté 18 millions d'euros.”"
    assert _run(columns) == [(1, "missing", "minor", moved_to), (5, "extra", "minor", moved_from)]


def test_an_unrelated_insertion_and_an_omission_stay_what_they_are() -> None:
    columns = _columns("Le musée rouvrira en 2027 après 4 ans de travaux.")
    found = _run(columns)
    assert [(row, check, severity) for row, check, severity, _ in found] == [
        (1, "missing", "major"),
        (5, "extra", "major"),
    ]


def test_a_paragraph_placed_last_is_told_as_moved_end_to_end(tmp_path) -> None:
    # tests/data/planted/manisa_quake with fr's third paragraph (schools, aid) placed last:
    # four major findings (two missing, two extra) before; now two moves of two sentences
    folder = tmp_path / "quake"
    shutil.copytree(Path(__file__).parent / "data" / "planted" / "manisa_quake", folder)
    paragraphs = (folder / "fr.txt").read_text(encoding="utf-8").strip().split("\n\n")
    paragraphs.append(paragraphs.pop(3))
    (folder / "fr.txt").write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    corpus = open_corpus([folder], jobs=1)
    (group,) = corpus.groups
    aligned = corpus.aligned(group)
    told = [
        (f.check, f.severity, f.message.split(":")[0])
        for row in aligned.findings
        for f in row
        if f.lang == "fr" and f.check in ("missing", "extra")
    ]
    assert sorted(told) == [("extra", "minor", "moved")] * 2 + [("missing", "minor", "moved")] * 2


def test_many_rows_missing_and_extra_are_paired_in_time() -> None:
    # every pair of a missing and an extra row was scored: 2,000 of each took 9 s, 1,500
    # 5.5 s (review30); now only the pairs that share a key that scores (same pairs taken)
    n = 1500
    en = [f"Report {i} says the council spent {i * 7 + 3} euros on roads." for i in range(n)]
    fr = [f"Le rapport {i} dit que le conseil a dépensé {i * 7 + 3} euros." for i in range(n)]
    start = time.process_time()
    found = _run({"en": [*en, *[None] * n], "fr": [*[None] * n, *fr]})
    assert time.process_time() - start < 2.5
    moved = [(row, message) for row, check, _, message in found if check == "missing"]
    assert len(moved) == n and all("moved" in message for _, message in moved[:10])
    assert moved[0][1].startswith(f"moved: fr gives this sentence at row {n + 1}:")


PARAGRAPHS_EN = [
    "Construction of the line will begin on 15 March.",
    "The line will be 11 km long with ten stations.",
    "Construction is expected to take six years.",
    "Residents are encouraged to use buses while traffic is diverted.",
    "The mayor said site clearance was 98% complete.",
    "About 600 households have received compensation.",
]
PARAGRAPHS_FR = [
    "Les travaux de la ligne débuteront le 15 mars.",
    "La ligne mesurera 11 km et comptera dix stations.",
    "Le maire a indiqué que la libération des emprises est achevée à 98 %.",
    "Environ 600 ménages ont été indemnisés.",
    "Les travaux devraient durer six ans.",
    "Les habitants sont invités à prendre le bus pendant les déviations.",
]


def test_a_moved_paragraph_without_shared_keys_is_told_by_its_shape() -> None:
    # fr placed the second paragraph last; its sentences share no figure or name with en's
    # (stop 37: four majors). Aligned in en's order: rows 2-3 missing, rows 6-7 extra.
    fr = PARAGRAPHS_FR
    columns = {"en": [*PARAGRAPHS_EN, None, None], "fr": [fr[0], fr[1], None, None, *fr[2:]]}
    found = _run(columns)
    assert [(row, check, severity) for row, check, severity, _ in found] == [
        (2, "missing", "minor"),
        (3, "missing", "minor"),
        (6, "extra", "minor"),
        (7, "extra", "minor"),
    ]
    assert "row 7" in found[0][3] and "row 3" in found[2][3]


def test_a_lone_sentence_of_like_length_is_no_move_nor_a_run_of_other_lengths() -> None:
    fr = PARAGRAPHS_FR
    en = [PARAGRAPHS_EN[0], PARAGRAPHS_EN[1], PARAGRAPHS_EN[2], PARAGRAPHS_EN[4], None]
    columns = {"en": en, "fr": [fr[0], fr[1], None, fr[2], fr[4]]}  # one sentence each way
    assert {severity for _, _, severity, _ in _run(columns)} == {"major"}
    # two sentences lost and two added, one of them far longer than its counterpart
    long = "Les habitants, les commerçants et les écoles du quartier sont invités à prendre le bus."
    columns = {
        "en": [
            *PARAGRAPHS_EN[:2],
            PARAGRAPHS_EN[2],
            PARAGRAPHS_EN[3],
            *PARAGRAPHS_EN[4:],
            None,
            None,
        ],
        "fr": [fr[0], fr[1], None, None, fr[2], fr[3], fr[4], long + " " + long],
    }
    assert {severity for _, _, severity, _ in _run(columns)} == {"major"}


def test_a_paragraph_replaced_or_lost_for_another_is_no_move() -> None:
    # review37: told by lengths alone, two sentences lost and two others added were a move
    fr = PARAGRAPHS_FR
    # ... where the other two stand in the lost ones' place (a paragraph replaced: no move)
    en = [
        *PARAGRAPHS_EN[:2],
        "Residents are encouraged to use buses while traffic is diverted.",
        "The project was debated for many years.",
    ]
    added = [
        "Les commerçants du quartier craignent une baisse de leurs ventes.",
        "Une réunion publique aura lieu à la mairie.",
    ]
    columns = {
        "en": [*en, None, None, *PARAGRAPHS_EN[4:]],
        "fr": [*fr[:2], None, None, *added, *fr[2:4]],
    }
    assert {severity for _, _, severity, _ in _run(columns)} == {"major"}
    # ... or where the lost sentences' figures are nowhere in the added ones
    en = [*PARAGRAPHS_EN[:2], "It will cost 2.1 billion euros.", "Work starts in 2026.", None]
    columns = {
        "en": [*en[:4], *PARAGRAPHS_EN[4:], None, None],
        "fr": [
            fr[0],
            fr[1],
            None,
            None,
            fr[2],
            fr[3],
            "Le maire a été réélu en 2020.",
            "Il est âgé de 54 ans.",
        ],
    }
    assert {severity for _, _, severity, _ in _run(columns)} == {"major"}
