"""The checks: golden expectations on the seed article, then cases that must and must not fire."""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from reviewer.core import checks, checks_names, language, punctuation
from reviewer.core.checks import REGISTRY, get_check, run_checks
from reviewer.core.evidence import counterpart, name_key, names, similar_names, words
from reviewer.core.model import SEVERITIES, Finding, Row, Segment, cell_text
from reviewer.core.number_reader import numbers

# --------------------------------------------------------------------------------- helpers


def build(
    columns: dict[str, list[str | None | tuple[str, str]]],
) -> tuple[list[Row], dict[str, tuple[Segment, ...]]]:
    """Rows by index from per-language columns: a string is a sentence, None an empty cell,
    (text, kind) a boilerplate segment."""
    segments: dict[str, list[Segment]] = {lang: [] for lang in columns}
    rows: list[Row] = []
    length = len(next(iter(columns.values())))
    for i in range(length):
        cells = {}
        for lang, column in columns.items():
            item = column[i]
            if item is None:
                cells[lang] = ()
                continue
            text, kind = item if isinstance(item, tuple) else (item, None)
            ordinal = len(segments[lang])
            segments[lang].append(Segment(ordinal, ordinal, 0, len(text), text, kind))
            cells[lang] = (ordinal,)
        rows.append(Row(cells))
    return rows, {lang: tuple(s) for lang, s in segments.items()}


def findings(columns, *, pivot: str, check: str, **options) -> list[tuple[int, Finding]]:
    rows, segments = build(columns)
    result = run_checks(rows, segments, pivot, checks=[get_check(check, **options)])
    return [(i, f) for i, row in enumerate(result) for f in row]


def span_texts(columns, row: int, finding: Finding) -> list[str]:
    rows, segments = build(columns)
    text = cell_text([segments[finding.lang][i] for i in rows[row].cells[finding.lang]])
    return [text[a:b] for a, b in finding.spans]


# ------------------------------------------------------------------------- seed golden cases
# A hand-built alignment of the seed article (000 vi pivot; 001 id, 002 fr, 003 de) while the
# real aligner is built: one segment per non-empty line (the seeds are one paragraph per line),
# boilerplate marked by hand as the boilerplate stage would.

SEEDS = Path(__file__).resolve().parent.parent / "reviewer" / "seeds"
FILES = {
    "vi": "000_459abd048ae6a802.txt",
    "id": "001_a42808516d93aaf7.txt",
    "fr": "002_9a23daeefc982262.txt",
    "de": "003_b86073aea52a80e9.txt",
}
# Boilerplate by line index (non-empty lines) per language.
BOILERPLATE = {
    "vi": {11: "byline"},
    "id": {8: "caption", 12: "byline", 13: "ad", 14: "source", 15: "comments"},
    "fr": {8: "caption", 12: "byline", 13: "source", 14: "comments"},
    "de": {8: "caption", 12: "byline", 13: "source", 14: "comments"},
}


def seed_segments(lang: str) -> tuple[Segment, ...]:
    text = (SEEDS / FILES[lang]).read_text(encoding="utf-8")
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return tuple(
        Segment(i, i, 0, len(line), line, BOILERPLATE[lang].get(i)) for i, line in enumerate(lines)
    )


def seed_group() -> tuple[list[Row], dict[str, tuple[Segment, ...]]]:
    """Rows of the seed article: vi line i <-> line i (i < 8); the photo caption (id/fr/de line 8)
    alone; vi line i <-> line i + 1 after it; then the ad, source and comment lines alone."""
    segments = {lang: seed_segments(lang) for lang in FILES}
    rows = [Row({lang: (i,) for lang in FILES}) for i in range(8)]
    rows.append(Row({"vi": (), "id": (8,), "fr": (8,), "de": (8,)}))
    rows += [
        Row({"vi": (i,), "id": (i + 1,), "fr": (i + 1,), "de": (i + 1,)}) for i in range(8, 12)
    ]
    rows.append(Row({"vi": (), "id": (13,), "fr": (), "de": ()}))
    rows.append(Row({"vi": (), "id": (14,), "fr": (13,), "de": (13,)}))
    rows.append(Row({"vi": (), "id": (15,), "fr": (14,), "de": (14,)}))
    return rows, segments


UNGA_ROW = 10  # vi line 10 "Vào tháng 12 năm 2004, SCO … (UNGA)", after the caption row


@pytest.fixture(scope="module")
def seed_findings() -> list[tuple[Finding, ...]]:
    rows, segments = seed_group()
    return run_checks(rows, segments, "vi")


def test_seed_one_tuple_per_row(seed_findings) -> None:
    rows, _ = seed_group()
    assert len(seed_findings) == len(rows)


def test_seed_french_dropped_unga_is_found(seed_findings) -> None:
    found = [f for f in seed_findings[UNGA_ROW] if f.check == "name-mismatch"]
    assert [f.lang for f in found] == ["fr"]
    assert found[0].severity == "major"
    assert "UNGA" in found[0].message


def test_seed_no_missing_or_extra(seed_findings) -> None:
    # Every sentence is in all four versions; the caption, ad, source and comment lines are
    # boilerplate-only cells, which raise nothing.
    assert not [f for row in seed_findings for f in row if f.check in ("missing", "extra")]


def test_seed_numbers_agree(seed_findings) -> None:
    # 20/5 vs 20 Mei / 20 mai / 20. Mai, tháng 7/2023 vs Juli 2023, 27 tỷ USD vs $27 miliar,
    # 6 quốc gia vs enam / six / sechs: none of these fire.
    assert not [f for row in seed_findings for f in row if f.check == "number-mismatch"]


def test_seed_acronym_localisation_is_accepted(seed_findings) -> None:
    # French writes OCS for SCO throughout: never reported.
    messages = " ".join(f.message for row in seed_findings for f in row)
    assert "SCO" not in messages and "OCS" not in messages


def test_seed_only_unga_is_major(seed_findings) -> None:
    majors = {
        (i, f.check, f.lang)
        for i, row in enumerate(seed_findings)
        for f in row
        if f.severity == "major"
    }
    assert majors == {(UNGA_ROW, "name-mismatch", "fr")}


def test_seed_spans_inside_cells(seed_findings) -> None:
    rows, segments = seed_group()
    for i, row in enumerate(seed_findings):
        for f in row:
            text = cell_text([segments[f.lang][j] for j in rows[i].cells[f.lang]])
            assert all(0 <= a < b <= len(text) for a, b in f.spans)


def test_seed_missing_when_a_sentence_is_dropped() -> None:
    rows, segments = seed_group()
    rows[5] = Row({**rows[5].cells, "de": ()})
    found = run_checks(rows, segments, "vi")
    assert [(f.check, f.lang, f.severity) for f in found[5]] == [("missing", "de", "major")]


# ------------------------------------------------------------------------------ registry


def test_required_checks_are_registered() -> None:
    required = {"missing", "extra", "number-mismatch", "name-mismatch", "length-ratio"}
    assert required | {"untranslated"} <= set(REGISTRY)
    for check_id, cls in REGISTRY.items():
        assert cls.id == check_id
        assert cls.severity in SEVERITIES
        assert cls.description


def test_unknown_check_and_option() -> None:
    with pytest.raises(KeyError, match="no check"):
        get_check("spelling")
    with pytest.raises(TypeError, match="unknown option"):
        get_check("length-ratio", ratio=2)
    assert get_check("length-ratio", k=5).options["k"] == 5


def test_selected_checks_only() -> None:
    columns = {"vi": ["Có 27 tỷ USD.", "Câu hai."], "fr": [None, "Il y a 28 milliards."]}
    rows, segments = build(columns)
    only = run_checks(rows, segments, "vi", checks=["missing"])
    assert [[f.check for f in row] for row in only] == [["missing"], []]


def test_findings_ordered_worst_first() -> None:
    columns = {
        "vi": ["Hợp đồng 27 tỷ USD đã ký với Tokayev. " * 3] + ["Một câu bình thường ở đây."] * 6,
        "fr": ["Contrat de 28 milliards signé. " * 12] + ["Une phrase normale ici."] * 6,
    }
    rows, segments = build(columns)
    row = run_checks(rows, segments, "vi")[0]
    assert {f.check for f in row} >= {"number-mismatch", "length-ratio"}
    ranks = [SEVERITIES.index(f.severity) for f in row]
    assert ranks == sorted(ranks)


# ----------------------------------------------------------------------- missing and extra


def test_missing_fires_and_not() -> None:
    columns = {
        "vi": ["Câu một.", "Câu hai.", ("Nguồn: Reuters", "source"), "Câu bốn."],
        "id": [None, ("[iklan_1]", "ad"), None, "Kalimat empat."],
    }
    found = findings(columns, pivot="vi", check="missing")
    assert [(i, f.lang, f.severity) for i, f in found] == [(0, "id", "major"), (1, "id", "major")]
    assert "Câu một" in found[0][1].message  # says what is missing


def test_missing_is_silent_on_a_pivot_line_without_a_word() -> None:
    # Text+Berg's French has scan debris on lines of their own ("....." and "- _-"): no
    # German counterpart is no omission.
    columns = {"fr": [".....", "- _-", "â", ",r", "Lhotsé ( 8501 m )", "Oui."], "de": [None] * 6}
    found = findings(columns, pivot="fr", check="missing")
    assert [(row, f.lang) for row, f in found] == [(4, "de"), (5, "de")]
    # One Han character is a word, and may be a whole utterance (MAC-Dev: “不……”, "No…").
    columns = {"zh": ["不……", "……"], "en": [None, None]}
    assert [row for row, _ in findings(columns, pivot="zh", check="missing")] == [0]


def test_missing_in_a_merged_row_is_info_for_a_short_sentence() -> None:
    """A row over two pivot sentences (another version joined them); fr's own alignment left
    one of them alone. A long one is a major `missing`; a short one ("Amen.") beside a
    sentence fr has is often folded into it by a translator: info only."""
    pivot = [
        "The grace of the Lord Jesus be with all the saints.",
        "Amen.",
        "And the city has no need of the sun or the moon to shine on it.",
        "For the glory of God illuminates the city, and the Lamb is its lamp.",
    ]
    french = ["Que la grâce du Seigneur Jésus soit avec tous.", "La ville n'a besoin ni du soleil."]
    segments = {
        "en": tuple(Segment(k, k, 0, len(t), t) for k, t in enumerate(pivot)),
        "fr": tuple(Segment(k, k, 0, len(t), t) for k, t in enumerate(french)),
    }
    rows = [
        Row({"en": (0, 1), "fr": (0,)}, unmatched={"fr": (1,)}),
        Row({"en": (2, 3), "fr": (1,)}, unmatched={"fr": (3,)}),
    ]
    found = run_checks(rows, segments, "en", checks=["missing"])
    assert [(f.lang, f.severity) for f in found[0]] == [("fr", "info")]
    assert "Amen." in found[0][0].message and "short" in found[0][0].message
    assert [(f.lang, f.severity) for f in found[1]] == [("fr", "major")]
    assert "glory of God" in found[1][0].message
    strict = get_check("missing", short_units=0)
    assert run_checks(rows, segments, "en", checks=[strict])[0][0].severity == "major"


def test_a_roman_numeral_is_no_acronym_a_version_must_keep() -> None:
    # Text+Berg's "II nous est parvenu" (a scan of "Il") was "fr names II; de has no
    # counterpart here, though de uses it elsewhere", major; so was World War II in German.
    columns = {
        "en": ["After World War II the city grew.", "Pope John Paul II came in 1979."],
        "de": ["Nach dem Zweiten Weltkrieg wuchs die Stadt.", "Papst Johannes Paul II. kam 1979."],
        "fr": [
            "Après la Seconde Guerre mondiale, la ville a grandi.",
            "Jean-Paul II vint en 1979.",
        ],
    }
    assert findings(columns, pivot="en", check="name-mismatch") == []
    columns["fr"][1] = "Jean-Paul II vint en 1979."  # acronyms are still compared
    columns["en"][1] = "Pope John Paul II came in 1979 with the WHO."
    columns["de"][1] = "Papst Johannes Paul II. kam 1979 mit der WHO."
    found = findings(columns, pivot="en", check="name-mismatch")
    assert [(row, f.lang) for row, f in found] == [(1, "fr")] and "WHO" in found[0][1].message


def test_a_german_noun_is_not_a_name_the_pivot_uses_elsewhere_by_a_near_spelling() -> None:
    # Text+Berg de-fr: "de names Jahren, Bergen, Mittel, which this fr sentence does not (fr
    # uses it elsewhere)": fuzzily, Jahren ~ Siachen, Bergen ~ Bern, Mittel ~ Mittellegi.
    columns = {
        "fr": [
            "Le glacier du Siachen est long.",
            "L'arête de la Mittellegi part de Berne.",
            "Depuis des années, on mesure les montagnes.",
            "L'Everest a été mesuré.",
            "L'Everest est haut.",
        ],
        "de": [
            "Der Siachen-Gletscher ist lang.",
            "Der Mittellegi-Grat beginnt in Bern.",
            "Seit Jahren misst man die Bergen und ihr Mittel.",
            "Der Everest wurde gemessen.",
            "Der Everest ist hoch.",
        ],
    }
    assert findings(columns, pivot="fr", check="name-mismatch") == []
    columns["fr"][3] = "Il a été mesuré."  # the same name, added: still said
    [(row, f)] = findings(columns, pivot="fr", check="name-mismatch")
    assert row == 3 and "de names Everest" in f.message
    # The other way round: a German pivot's nouns are no names the French version must keep.
    columns["fr"][3] = "L'Everest a été mesuré."
    assert findings(columns, pivot="de", check="name-mismatch") == []


def test_name_in_an_unmatched_pivot_sentence_is_left_to_missing() -> None:
    """A pivot sentence that this version's alignment left alone is reported by `missing`;
    its names (and a title the version uses elsewhere) are not reported again."""
    pivot = [
        "The summit of the SCO opened in Astana on 3 July.",
        "Kazakh President Kassym-Jomart Tokayev welcomed the leaders.",
        "Russian President Vladimir Putin held talks.",
    ]
    russian = [
        "Саммит ШОС открылся в Астане 3 июля.",
        "Президент России Владимир Путин провёл переговоры.",
    ]
    segments = {
        "en": tuple(Segment(k, k, 0, len(t), t) for k, t in enumerate(pivot)),
        "ru": tuple(Segment(k, k, 0, len(t), t) for k, t in enumerate(russian)),
    }
    rows = [Row({"en": (0, 1), "ru": (0,)}, unmatched={"ru": (1,)}), Row({"en": (2,), "ru": (1,)})]
    found = run_checks(rows, segments, "en", checks=["missing", "name-mismatch"])
    assert [(f.check, f.severity) for f in found[0]] == [("missing", "major")]
    assert "Tokayev" in found[0][0].message
    rows[0] = Row({"en": (0, 1), "ru": (0,)})  # without the alignment's word: names are judged
    found = run_checks(rows, segments, "en", checks=["name-mismatch"])
    assert any("Tokayev" in f.message or "President" in f.message for f in found[0])


def test_figures_of_a_sentence_said_missing_or_extra_are_not_a_number_mismatch() -> None:
    """A pivot sentence that this version's alignment left alone is `missing`'s finding, and
    its date goes with it; one the version added inside the row is `extra`'s, with its
    figure. A figure changed in the sentence both have is still a number-mismatch, and so is
    one of a short sentence left alone (`missing` is only info there)."""
    pivot = [
        "If your child has an allergy, please tell the teacher before 7 May.",
        "Mobile phones stay at home.",
        "The bus leaves at 8 o'clock from the school gate.",
    ]
    greek = ["Τα κινητά τηλέφωνα μένουν στο σπίτι.", "Το λεωφορείο φεύγει στις 8 από την πύλη."]
    spanish = [
        "Si su hijo tiene una alergia, avise al profesor antes del 7 de mayo.",
        "Los móviles se quedan en casa.",
        "El autobús sale a las 8 desde la puerta del colegio.",
        "El año pasado vinieron 20.000 familias.",
    ]
    segments = {
        "en": tuple(Segment(k, k, 0, len(t), t) for k, t in enumerate(pivot)),
        "el": tuple(Segment(k, k, 0, len(t), t) for k, t in enumerate(greek)),
        "es": tuple(Segment(k, k, 0, len(t), t) for k, t in enumerate(spanish)),
    }
    rows = [
        Row({"en": (0, 1), "el": (0,), "es": (0, 1)}, unmatched={"el": (0,)}),
        Row({"en": (2,), "el": (1,), "es": (2,)}),
    ]
    kinds = ["missing", "extra", "number-mismatch"]
    found = run_checks(rows, segments, "en", checks=kinds)
    assert [(f.check, f.lang, f.severity) for f in found[0]] == [("missing", "el", "major")]
    assert found[1] == ()
    # the row without the alignment's word: the date is what el lacks
    plain = [Row({"en": (0, 1), "el": (0,), "es": (0, 1)}), rows[1]]
    found = run_checks(plain, segments, "en", checks=kinds)
    assert [(f.check, f.lang) for f in found[0]] == [("number-mismatch", "el")]
    # a figure changed beside the sentence left alone is still found
    changed = dict(segments, el=(segments["el"][0], Segment(1, 1, 0, 5, "Στις 9 από την πύλη.")))
    found = run_checks(rows, changed, "en", checks=kinds)
    assert ("number-mismatch", "el") in [(f.check, f.lang) for f in found[1]]
    # a short sentence left alone is info for `missing`: its figure is the number check's
    short = dict(segments, en=(Segment(0, 0, 0, 9, "By 7 May."), *segments["en"][1:]))
    found = run_checks(rows, short, "en", checks=kinds)
    assert [(f.check, f.severity) for f in found[0]] == [
        ("number-mismatch", "major"),
        ("missing", "info"),
    ]
    # es's sentence the alignment found added inside the row: `extra`, its 20.000 with it
    cells = {"en": (0, 1), "el": (0,), "es": (0, 1, 3)}
    rows[0] = Row(cells, unmatched={"el": (0,)})
    found = run_checks(rows, segments, "en", checks=kinds)
    assert ("number-mismatch", "es") in [(f.check, f.lang) for f in found[0]]
    rows[0] = Row(cells, unmatched={"el": (0,)}, inserted={"es": (3,)})
    found = run_checks(rows, segments, "en", checks=kinds)
    assert sorted((f.check, f.lang) for f in found[0]) == [("extra", "es"), ("missing", "el")]


def test_extra_fires_and_not() -> None:
    columns = {
        "vi": [None, None, "Câu ba.", None],
        "de": ["Ein Satz.", ("Foto: Kremlin.ru", "caption"), "Satz drei.", None],
    }
    found = findings(columns, pivot="vi", check="extra")
    assert [(i, f.lang) for i, f in found] == [(0, "de")]
    assert span_texts(columns, 0, found[0][1]) == ["Ein Satz."]
    assert "Ein Satz" in found[0][1].message  # says what was added


def test_extra_spans_skip_boilerplate_in_the_same_cell() -> None:
    rows = [Row({"vi": (), "de": (0, 1)})]
    segments = {
        "vi": (),
        "de": (
            Segment(0, 0, 0, 10, "Foto: Tass", "caption"),
            Segment(1, 1, 11, 20, "Ein Satz."),
        ),
    }
    (row,) = run_checks(rows, segments, "vi", checks=["extra"])
    assert row[0].spans == ((11, 20),)  # offsets into "Foto: Tass Ein Satz."


# ------------------------------------------------------------------------ number-mismatch


def test_number_mismatch_changed_amount() -> None:
    columns = {"vi": ["đạt 27 tỷ USD vào năm 2023."], "id": ["mencapai $28 miliar pada 2023."]}
    (found,) = findings(columns, pivot="vi", check="number-mismatch")
    assert found[1].severity == "major"
    assert span_texts(columns, 0, found[1]) == ["$28 miliar"]
    assert "27 tỷ" in found[1].message and "$28 miliar" in found[1].message


@pytest.mark.parametrize(
    ("pivot", "target", "lang"),
    [
        ("hôm 20/5 để dự họp ngày 21/5", "le 20 mai pour la réunion du 21 mai", "fr"),
        ("từ tháng 7/2023 đến tháng 7/2024", "von Juli 2023 bis Juli 2024", "de"),
        ("bởi 6 quốc gia", "oleh enam negara", "id"),
        ("với 9 thành viên, 3 quan sát viên", "neun Mitglieder, drei Beobachter", "de"),
        ("đạt 27 tỷ USD", "27 milliards de dollars", "fr"),
        ("tăng 46,2%", "a augmenté de 46,2 %", "fr"),
        ("hai nước", "les deux pays", "fr"),
        ("giữa hai nước", "kedua negara", "id"),  # spelt numbers never fire alone
    ],
)
def test_number_mismatch_accepts_equivalent_writing(pivot: str, target: str, lang: str) -> None:
    assert findings({"vi": [pivot], lang: [target]}, pivot="vi", check="number-mismatch") == []


_DEPARTURES = {
    "en": ["The first ferry will leave at 8 a.m. instead of 7:30 a.m."],
    "ja": ["始発便は午前7時30分から8時に繰り下げられる。"],
    "uk": ["Перший пором відправлятиметься о 8:00 замість 7:30."],
    "id": ["Kapal pertama akan berangkat pukul 08.00, bukan lagi pukul 07.30."],
}


def test_a_changed_clock_time_whose_minutes_are_said_elsewhere_is_found() -> None:
    # ru moves the first ferry to 8:30: no number the pivot lacks (its 30 is also 7:30's)
    columns = {**_DEPARTURES, "ru": ["Первый паром будет отправляться в 8:30 вместо 7:30."]}
    found = findings(columns, pivot="en", check="number-mismatch")
    assert [(row, f.lang, f.severity) for row, f in found] == [(0, "ru", "major")]
    assert found[0][1].message == "ru has 30 twice, en once: a clock time changed?"
    assert span_texts(columns, 0, found[0][1]) == ["30"]


def test_minutes_said_twice_by_most_versions_are_no_changed_clock_time() -> None:
    # the pivot says 8 a.m. where every other version writes 8:30: the pivot is what differs
    # (or speaks loosely); one version is not blamed against the others' agreement
    columns = {lang: ["Ferry from 8:30 to 9:30."] for lang in ("de", "fr", "nl")}
    columns["en"] = ["Ferry from 8 to 9:30."]
    found = findings(columns, pivot="en", check="number-mismatch")
    assert [f.message for _, f in found if "clock" in f.message] == []
    columns["fr"] = ["Ferry de 8 h à 9 h 30."]  # as the pivot: each of de and nl is alone
    found = findings(columns, pivot="en", check="number-mismatch")
    assert [f.message for _, f in found if "clock" in f.message] == []
    columns["nl"] = columns["fr"]  # now de alone writes 8:30
    found = findings(columns, pivot="en", check="number-mismatch")
    assert [f.lang for _, f in found if "clock" in f.message] == ["de"]


def test_minutes_said_twice_in_a_pair_are_no_changed_clock_time() -> None:
    # review34: two versions, no others to weigh: en's "half past ten" is read as ten alone,
    # and de's 10:30 was "de has 30 twice, en once: a clock time changed?", a false major
    columns = {
        "en": ["Breakfast is served from 7:30 until half past ten."],
        "de": ["Frühstück gibt es von 7:30 bis 10:30 Uhr."],
    }
    found = findings(columns, pivot="en", check="number-mismatch")
    assert [f.message for _, f in found if "clock" in f.message] == []


def test_number_mismatch_reads_a_12_hour_clock_as_the_24_hour_one() -> None:
    pivot = "Die Wasserversorgung wird von 8:00 bis 16:00 Uhr unterbrochen."
    same = "수돗물 공급이 오전 8시부터 오후 4시까지 중단된다."
    later = "수돗물 공급이 오전 8시부터 오후 5시까지 중단된다."
    assert findings({"de": [pivot], "ko": [same]}, pivot="de", check="number-mismatch") == []
    (found,) = findings({"de": [pivot], "ko": [later]}, pivot="de", check="number-mismatch")
    assert found[1].severity == "major" and "16" in found[1].message


@pytest.mark.parametrize(
    ("target", "lang", "fires"),
    [
        ("Presenta 230 oggetti creati tra il Quattrocento e oggi.", "it", False),
        ("Er zijn 230 voorwerpen uit de vijftiende eeuw tot nu.", "nl", False),
        ("Elle présente 230 objets du XVe siècle à nos jours.", "fr", False),
        ("Elle présente 230 objets du XVIe siècle à nos jours.", "fr", True),
    ],
)
def test_number_mismatch_compares_centuries_however_written(target, lang, fires) -> None:
    pivot = "It shows 230 objects made between the 15th century and today."
    found = findings({"en": [pivot], lang: [target]}, pivot="en", check="number-mismatch")
    assert bool(found) == fires


@pytest.mark.parametrize(
    ("target", "lang", "severity"),
    [
        ("і вісімнадцятий раз вийшов до фіналу.", "uk", "info"),  # an ordinal in words
        ("і в 19-й раз вийшов до фіналу.", "uk", "major"),  # another ordinal in digits
        ("第十八次闯入决赛。", "zh", None),  # read: 十八 is 18
    ],
)
def test_number_mismatch_ordinal_in_digits_against_words(target, lang, severity) -> None:
    pivot = "They reached the final for the 18th time."
    found = findings({"en": [pivot], lang: [target]}, pivot="en", check="number-mismatch")
    assert [f.severity for _, f in found] == ([severity] if severity else [])


def test_number_mismatch_dropped_number_names_it() -> None:
    columns = {"vi": ["bởi 6 quốc gia năm 2001"], "fr": ["par sept pays en 2001"]}
    (found,) = findings(columns, pivot="vi", check="number-mismatch")
    assert "6" in found[1].message and found[1].spans == ()


def test_number_mismatch_digit_against_a_count_in_words_names_the_words() -> None:
    """The pivot says the count in words, the translation has another number in digits: the
    message gives both, so that the reviewer need not search the pivot for it."""
    columns = {"en": ["He welcomed the leaders of nine member states."], "ko": ["가맹 8개국 정상"]}
    (found,) = findings(columns, pivot="en", check="number-mismatch")
    assert found[1].lang == "ko" and found[1].severity == "major"
    assert "ko has 8" in found[1].message and "en says nine" in found[1].message


_YEN = "The yen traded at around 153 per dollar on Tuesday."
_YEN_VI = "Đồng yen giao dịch quanh mức 153 yen đổi 1 USD hôm thứ Ba."


@pytest.mark.parametrize(
    ("ja", "vi", "severity"),
    [
        (
            "円相場は火曜日、2ドル=153円前後で推移した。",
            _YEN_VI,
            "minor",
        ),  # vi says 1: ja's 2 is new
        # both say the implicit 1 ("per dollar"): a lone one is no finding (stop 41; an info
        # before)
        ("円相場は火曜日、1ドル=153円前後で推移した。", _YEN_VI, None),
        ("円相場は火曜日、2ドル=153円前後で推移した。", "Đồng yen ở mức 153 yen.", "info"),
        ("円相場は火曜日、2ドル=153円前後で推移した。", _YEN_VI.replace("1 USD", "2 USD"), "info"),
    ],
)
def test_number_mismatch_small_count_no_other_version_has(
    ja: str, vi: str, severity: str | None
) -> None:
    """A small count on one side only is info (the pivot may say it in words the reader does
    not know), unless another version says a different count there and none says this one."""
    columns = {"en": [_YEN], "ja": [ja], "vi": [vi]}
    found = [f for _, f in findings(columns, pivot="en", check="number-mismatch") if f.lang == "ja"]
    assert [f.severity for f in found] == ([severity] if severity else [])
    if severity == "minor":
        assert "ja has 2" in found[0].message and "vi has 1" in found[0].message


def test_number_mismatch_small_count_a_row_away_stays_info() -> None:
    """A count another version has in the next row was cut into a neighbouring sentence."""
    columns = {
        "en": ["Operators expect 25,000 passengers a day.", "The line has 12 stations."],
        "th": ["คาดว่าจะมีผู้โดยสาร 25,000 คนต่อวัน เส้นทางมีสถานี 12 แห่ง", None],
        "ja": ["1日2万5000人の利用を見込む。", "駅は12カ所。"],
    }
    found = [f for _, f in findings(columns, pivot="en", check="number-mismatch") if f.lang == "th"]
    assert all(f.severity == "info" for f in found)


def test_number_mismatch_does_not_point_at_a_one_in_words() -> None:
    """MAC-Dev: "en has Forty-Two, not in zh; zh says 一", where 一个 is "a"."""
    columns = {"zh": ["他拿出一个包，里面有书。"], "en": ["He took out a bag with 42 books."]}
    (found,) = findings(columns, pivot="zh", check="number-mismatch")
    assert "en has 42" in found[1].message and "says" not in found[1].message


def test_number_mismatch_wrong_date() -> None:
    columns = {"vi": ["hôm 20/5"], "id": ["pada 21 Mei"]}
    (found,) = findings(columns, pivot="vi", check="number-mismatch")
    assert span_texts(columns, 0, found[1]) == ["21 Mei"]


def test_a_date_the_pivot_gives_another_month_is_no_day_without_a_month() -> None:
    """en dates the ruling 14 March, de 14. April: a plain changed date, not one "en gives no
    month to its day" (a made-up court ruling, stop 43, said so though en names March)."""
    columns = {
        "en": ["On 14 March 2025 the court revoked the licence."],
        "de": ["Am 14. April 2025 hob das Gericht die Erlaubnis auf."],
        "fr": ["Le 14 mars 2025, le tribunal a révoqué la licence."],
        "es": ["El 14 de marzo de 2025 el tribunal revocó la licencia."],
        "it": ["Il 14 marzo 2025 il tribunale ha revocato la licenza."],
    }
    found = findings(columns, pivot="en", check="number-mismatch")
    assert [(f.lang, f.severity) for _, f in found] == [("de", "major")]
    assert "14. April" in found[0][1].message and "gives no month" not in found[0][1].message


def test_a_version_that_says_the_pivots_other_figure_in_words_is_outvoting_too() -> None:
    """de, the pivot, dates the ruling 14 April where the others write 14 March; ru and uk say
    its "2." court in words (второй, другий): one finding on the pivot, not one more on each
    of them (a made-up court ruling through de, stop 43: five majors beside the pivot's)."""
    columns = {
        "de": ["Das 2. Verwaltungsgericht entschied am 14. April 2025."],
        "en": ["The 2nd Administrative Court ruled on 14 March 2025."],
        "fr": ["Le 2e tribunal administratif a statué le 14 mars 2025."],
        "ru": ["Второй административный суд вынес решение 14 марта 2025 года."],
        "uk": ["Другий адміністративний суд ухвалив рішення 14 березня 2025 року."],
    }
    found = findings(columns, pivot="de", check="number-mismatch")
    assert [(f.lang, f.severity) for _, f in found] == [("de", "major")]
    assert "the pivot differs" in found[0][1].message


def test_a_version_writing_in_digits_what_the_outvoted_pivot_says_in_words_outvotes_too() -> None:
    """es, the pivot, writes 13 songs where the others write 11; ja writes es's "tres días" as
    3日間: one finding on the pivot, none on ja (a made-up interview through es, stop 44: ja's
    3 was taken for a slip of its own). A version with a figure of its own keeps its finding."""
    columns = {
        "es": ["Hicimos 13 canciones en tres días."],
        "en": ["We did 11 songs in three days."],
        "fr": ["Nous avons fait 11 chansons en trois jours."],
        "ja": ["3日間で11曲を録りました。"],
        "uk": ["Ми записали 11 пісень за три дні."],
    }
    found = findings(columns, pivot="es", check="number-mismatch")
    assert [(f.lang, f.severity) for _, f in found] == [("es", "major")]
    assert "the pivot differs" in found[0][1].message
    columns["ja"] = ["4日間で11曲を録りました。"]
    found = findings(columns, pivot="es", check="number-mismatch")
    assert [f.lang for _, f in found] == ["es", "ja"]


def test_a_bare_day_matches_a_date_on_that_day_beside_months_of_years() -> None:
    """ja's 12日 gives no month; its 8月 and 7月 belong to 2024 and 2025, not to the day: the
    versions' 12 November is the same date (it was "ja has 12 where 6 of 7 other versions
    have 12 November: the pivot differs", and a major on every version). A version whose date
    on that day names another month than all the others, three at least, changed it."""
    columns = {
        "ja": [
            "研究所が12日（水）に発表したデータによると、2024年8月から2025年7月までに31％減少した。"
        ],
        "en": ["Data of Wednesday (12 November) show 31% less from August 2024 to July 2025."],
        "de": ["Daten vom Mittwoch (12. November): von August 2024 bis Juli 2025 31 % weniger."],
        "es": ["Datos del miércoles (12/11): un 31 % menos de agosto de 2024 a julio de 2025."],
        "ar": ["بيانات يوم الأربعاء 12 أكتوبر تظهر تراجعا بنسبة 31% بين أغسطس 2024 ويوليو 2025."],
    }
    found = findings(columns, pivot="ja", check="number-mismatch")
    assert [(f.lang, f.severity) for _, f in found] == [("ar", "major")]
    assert "ja gives no month" in found[0][1].message and "12 November" in found[0][1].message
    assert span_texts(columns, 0, found[0][1]) == ["12 أكتوبر"]
    # two others are not enough to tell which month the day is in
    assert (
        findings(
            {k: v for k, v in columns.items() if k != "es"}, pivot="ja", check="number-mismatch"
        )
        == []
    )
    # a version with the others' month is silent
    columns["ar"] = [
        "بيانات يوم الأربعاء 12 نوفمبر تظهر تراجعا بنسبة 31% بين أغسطس 2024 ويوليو 2025."
    ]
    assert findings(columns, pivot="ja", check="number-mismatch") == []
    # in a pair: a month of a year leaves the day's open; one beside the day is its month
    pair = {
        "ja": ["2025年10月までの数字を12日に発表した。"],
        "en": ["Figures to October 2025 were released on 12 November."],
    }
    assert findings(pair, pivot="ja", check="number-mismatch") == []
    pair["ja"] = ["2025年の数字を10月の12日に発表した。"]
    pair["en"] = ["Figures for 2025 were released on 12 November."]
    found = findings(pair, pivot="ja", check="number-mismatch")
    assert [(f.lang, f.message) for _, f in found] == [("en", "en has 12 November, not in ja")]


def test_number_mismatch_ignores_boilerplate() -> None:
    columns = {"vi": ["Có 3 người."], "de": [("Drei Menschen. Foto: 2023", "caption")]}
    assert findings(columns, pivot="vi", check="number-mismatch") == []


# A count said in words changed into another in words, per script (the fault benchmark's
# changes): (lang, a translation of the pivot, the word in it, the word it is changed to).
SEVEN_ANGELS = "Then one of the seven angels with the seven bowls full of the seven final plagues"
THREE_GATES = "There were three gates on the east, three on the north, three on the south."
TWELFTH = "the ninth topaz, the tenth chrysoprase, the eleventh jacinth, the twelfth amethyst."
WORD_CHANGES = [
    ("ru", "пришел один из семи Ангелов, у которых было семь чаш", "семи", "восьми"),
    ("de", "Von Osten drei Tore, von Norden drei Tore, von Süden drei Tore.", "drei", "vier"),
    ("es", "Al oriente tres puertas; al norte tres puertas; al mediodía tres puertas.", "tres",
     "cuatro"),
    ("ar", "وَجَاءَ أَحَدُ الْمَلائِكَةِ السَّبْعَةِ الَّذِينَ أَفْرَغُوا كُؤُوسَ بَلايَاهُمُ السَّبْعِ",
     "السَّبْعَةِ", "الثَّمَانِيَةِ"),
    ("th", "ทูตสวรรค์องค์หนึ่งในบรรดาทูตสวรรค์เจ็ดองค์ที่ถือขันเจ็ดใบ อันเต็มด้วยภัยพิบัติทั้งเจ็ดประการ",
     "เจ็ด", "แปด"),
    ("vi", "Một vị trong bảy thiên sứ đã cầm bảy bát đựng đầy bảy tai nạn cuối cùng", "bảy", "tám"),
    ("ja", "第九は黄玉、第十は緑玉髄、第十一は青玉、第十二は紫水晶であった。", "十一", "十二"),
    ("zh", "第九是红璧玺；第十是翡翠；第十一是紫玛瑙；第十二是紫晶。", "十一", "十二"),
]  # fmt: skip
WORD_PIVOTS = {"ru": SEVEN_ANGELS, "de": THREE_GATES, "es": THREE_GATES, "ar": SEVEN_ANGELS,
               "th": SEVEN_ANGELS, "vi": SEVEN_ANGELS, "ja": TWELFTH, "zh": TWELFTH}  # fmt: skip


@pytest.mark.parametrize(("lang", "kept", "old", "new"), WORD_CHANGES)
def test_number_mismatch_count_in_words_changed(lang: str, kept: str, old: str, new: str) -> None:
    pivot, changed = WORD_PIVOTS[lang], kept.replace(old, new, 1)
    (found,) = findings({"en": [pivot], lang: [changed]}, pivot="en", check="number-mismatch")
    assert found[1].severity in ("minor", "major")
    assert new in found[1].message
    assert findings({"en": [pivot], lang: [kept]}, pivot="en", check="number-mismatch") == []


@pytest.mark.parametrize(
    ("pivot", "target", "lang"),
    [
        # Said once more or once less is no change (the twelve names of the twelve apostles).
        ("twelve foundations bearing the names of the twelve apostles",
         "doce fundamentos, y en ellos los doce nombres de los doce apóstoles", "es"),
        # Ordinals read on one side only: the sides read apart, no swap to report.
        ("the second sapphire, the third chalcedony, the fourth emerald, the fifth sardonyx",
         "nền thứ nhì, bằng đá lam bửu; nền thứ ba, nền thứ tư, nền thứ năm, nền thứ sáu", "vi"),
        # One is an article or a pronoun as often as a count.
        ("one of them said", "zwei von ihnen sagten, einer", "de"),
        # A date range: the day before the month is a day of that month on the other side.
        ("on 29 and 30 October", "10月29日和30日", "zh"),
    ],
)  # fmt: skip
def test_number_mismatch_words_that_agree(pivot: str, target: str, lang: str) -> None:
    assert findings({"en": [pivot], lang: [target]}, pivot="en", check="number-mismatch") == []


@pytest.mark.parametrize(
    "idiom", ["ويزن كل واحد من البوابات 3 أطنان", "وتغلق البوابات الـ3 في آن واحد"]
)
def test_number_mismatch_arabic_one_of_an_idiom_hides_no_change(idiom: str) -> None:
    # review41: "each one of the gates", "at once" said no 1 metre, changed to مترين (two)
    columns = {
        "en": ["The water may rise by 1 metre, and each of the 3 gates weighs 3 tonnes."],
        "ar": [f"قد ترتفع المياه مترين، {idiom}."],
    }
    found = findings(columns, pivot="en", check="number-mismatch")
    assert [f.severity for _, f in found] == ["major"] and "has 1" in found[0][1].message


def test_number_mismatch_change_is_not_info_beside_a_pronoun() -> None:
    # "one" left over in the pivot is no part of a number in words: trece is a change.
    columns = {
        "en": ["one of the angels, with twelve gates and twelve angels"],
        "es": ["uno de los ángeles, con trece puertas y doce ángeles"],
    }
    (found,) = findings(columns, pivot="en", check="number-mismatch")
    assert found[1].severity == "major"


def test_number_mismatch_thousand_said_once_less_is_a_change() -> None:
    # "a thousand" three times against тысяча twice and две тысячи once: the pivot's third
    # thousand is what was changed, not a part of a number in words.
    columns = {
        "en": ["until the thousand years were complete; the second death; reign for a thousand"
               " years; when the thousand years are complete, in the four corners"],
        "ru": ["доколе не окончится тысяча лет; смерть вторая; царствовать две тысячи лет; когда"
               " окончится тысяча лет, на четырех углах"],
    }  # fmt: skip
    (found,) = findings(columns, pivot="en", check="number-mismatch")
    assert found[1].severity == "major" and "две тысячи" in found[1].message


# Thai cut in two at a space, the second part on a row of its own (the pivot's cell empty).
SPLIT_THAI = {
    "en": ["Interior Minister Ali Yerlikaya said 42 buildings had collapsed.", None],
    "th": ["อาลี เยร์ลิกายา รัฐมนตรีว่าการกระทรวงมหาดไทย", "กล่าวว่ามีอาคารถล่ม 42 หลัง"],
}


def test_number_mismatch_sentence_cut_in_two_rows() -> None:
    found = findings(SPLIT_THAI, pivot="en", check="number-mismatch")
    assert all(f.severity == "info" for _, f in found)
    changed = {**SPLIT_THAI, "th": [SPLIT_THAI["th"][0], "กล่าวว่ามีอาคารถล่ม 43 หลัง"]}
    alerts = [(r, f) for r, f in findings(changed, pivot="en", check="number-mismatch")
              if f.severity != "info"]  # fmt: skip
    assert [r for r, _ in alerts] == [1]
    assert span_texts(changed, 1, alerts[0][1]) == ["43"]


def test_number_mismatch_one_changed_in_a_sentence_cut_in_two_rows() -> None:
    # review41: a pivot's 1 is a change where the cut part beside has 3 (as 42 -> 43 above);
    # only a whole sentence beside, its end written, says its one in words ("une fois")
    columns = {
        "en": ["Interior Minister Ali Yerlikaya said 1 building had collapsed.", None],
        "th": [SPLIT_THAI["th"][0], "กล่าวว่ามีอาคารถล่ม 3 หลัง"],
    }
    alerts = [(r, f) for r, f in findings(columns, pivot="en", check="number-mismatch")
              if f.severity != "info"]  # fmt: skip
    assert [r for r, _ in alerts] == [1] and span_texts(columns, 1, alerts[0][1]) == ["3"]
    columns = {
        "en": ["The barrier is closed 1 time every 10 years.", None],
        "fr": ["La barrière est fermée une fois tous les 10 ans.", "Elle protège 20 000 maisons."],
    }
    found = findings(columns, pivot="en", check="number-mismatch")
    assert found and all(f.severity == "info" for _, f in found)


def test_number_mismatch_count_in_words_cut_in_two_rows() -> None:
    columns = {
        "en": [None, "Then one of the seven angels with the seven bowls full of seven plagues"],
        "th": ["ทูตสวรรค์องค์หนึ่งในบรรดาทูตสวรรค์แปดองค์ที่ถือขันเจ็ดใบ", "อันเต็มด้วยภัยพิบัติทั้งเจ็ดประการ"],
    }
    [(row, f)] = findings(columns, pivot="en", check="number-mismatch")
    assert (row, f.severity) == (0, "minor") and span_texts(columns, 0, f) == ["แปด"]
    columns["th"][0] = columns["th"][0].replace("แปด", "เจ็ด")
    assert findings(columns, pivot="en", check="number-mismatch") == []


def test_a_number_word_that_is_another_word_needs_another_version_to_say_it() -> None:
    """it "sei" is "six" and "you are", fr "neuf" "nine" and "new": read as numbers only where
    another version of the row has the number (a story's "stanotte sei mio ospite" was "it has
    sei in the row beside, fr has neuf here instead", beside fr's added sentence)."""
    columns = {
        "it": ["Marta rispose: «Sì, e stanotte sei mio ospite».", None],
        "fr": ["Marta répondit : « Oui, et cette nuit tu es mon invité. »", "Théo avait neuf ans."],
        "en": ["Marta said: “Yes, and tonight you are my guest.”", None],
    }
    assert findings(columns, pivot="it", check="number-mismatch") == []
    # "sei" that another version says: a count, and a changed one is found
    columns = {
        "it": ["Comprò sei mele al mercato."],
        "fr": ["Il acheta sept pommes au marché."],
        "en": ["He bought six apples at the market."],
    }
    [(_, f)] = findings(columns, pivot="it", check="number-mismatch")
    assert (f.lang, f.severity, f.message) == ("fr", "minor", "it has sei, fr has sept instead")
    # (the cost: in a pair, the changed count beside "sei" has no witness)
    del columns["en"]
    assert findings(columns, pivot="it", check="number-mismatch") == []
    # and an ordinary number word is read as before
    columns["it"] = ["Comprò cinque mele al mercato."]
    assert [f.lang for _, f in findings(columns, pivot="it", check="number-mismatch")] == ["fr"]


def test_number_mismatch_number_a_row_away_is_no_alarm() -> None:
    # The alignment put the translation's 42 a row late: no changed number to report.
    columns = {
        "en": ["It was allowed to act for 42 months.", "It opened its mouth.", "It made war."],
        "zh": ["它张口。", "又有权柄赐给它，可以任意而行四十二个月。", "它争战。"],
    }
    found = findings(columns, pivot="en", check="number-mismatch")
    assert all(f.severity == "info" for _, f in found)
    assert found  # the shift is still said, as info


def test_number_mismatch_changed_number_a_row_away_is_reported_once() -> None:
    # A changed number that the alignment put a row late: reported where the change is.
    columns = {
        "en": ["with Him 144,000 who had His name.", "They sang a song.", "They follow."],
        "ru": ["Они поют песнь.", "и с Ним сто сорок пять тысяч, у которых имя.", "Они следуют."],
    }  # fmt: skip
    found = [(row, f) for row, f in findings(columns, pivot="en", check="number-mismatch")]
    alerts = [(row, f) for row, f in found if f.severity != "info"]
    assert [row for row, _ in alerts] == [1]
    assert span_texts(columns, 1, alerts[0][1]) == ["сто сорок пять тысяч"]


# A made-up manual (stop 26): the Korean version names the XR-220 where every other version
# has the XR-200. The number reader reads no number glued to letters, so codes are compared
# as they are written.
CODE_VERSIONS = {
    "de": "Bedienungsanleitung für den Luftreiniger XR-200.",
    "en": "Operating instructions for the XR-200 air purifier.",
    "zh": "XR-200空气净化器使用说明。",
    "ru": "Инструкция по эксплуатации очистителя воздуха XR-200.",
}


def test_list_item_numbers_are_no_counts() -> None:
    """A version that dropped a list item numbers the rest anew (a made-up manual, zh): its
    `3.` beside the pivot's `4.` is no changed figure; a count at a sentence start still is."""
    columns = {
        "de": ["4. Wählen Sie eine der drei Stufen.", "3 Eier verquirlen."],
        "zh": ["3. 选择三个档位中的一个。", "将4个鸡蛋打散。"],
    }
    [(row, f)] = findings(columns, pivot="de", check="number-mismatch")
    assert row == 1 and "zh has 4" in f.message


def test_an_ordinal_before_a_lower_case_word_is_no_list_number() -> None:
    # tr "7. grup" is the 7th group (a school letter, stop 34): its 7 was dropped as a list
    # item's, and de's "Gruppe 7" was "not found in tr"
    columns = {
        "de": ["Am 14. Mai fährt die Gruppe 7 nach Arnheim."],
        "tr": ["7. grup 14 Mayıs'ta Arnhem'e gidiyor."],
    }
    assert findings(columns, pivot="de", check="number-mismatch") == []
    columns["tr"] = ["6. grup 14 Mayıs'ta Arnhem'e gidiyor."]
    [(_, f)] = findings(columns, pivot="de", check="number-mismatch")
    assert "tr has 6" in f.message


def test_a_list_number_before_a_parenthesis_is_one_before_a_lower_case_word_too() -> None:
    # review34: pl's lower-case list items ("1) osoby fizyczne") kept their numbers, "pl has
    # 1, not in de" on every item of a list de opens in capitals
    columns = {
        "de": ["1) Natürliche Personen, die ein Gewerbe betreiben;", "2) Stiftungen und Vereine."],
        "pl": ["1) osoby fizyczne prowadzące działalność;", "2) fundacje i stowarzyszenia."],
    }
    assert findings(columns, pivot="de", check="number-mismatch") == []


def test_a_changed_product_code_is_a_major_number_mismatch() -> None:
    columns = {lang: [text] for lang, text in CODE_VERSIONS.items()}
    columns["ko"] = ["XR-220 공기청정기 사용 설명서."]
    [(_, f)] = findings(columns, pivot="de", check="number-mismatch")
    assert (f.lang, f.severity) == ("ko", "major")
    assert f.message == "de has XR-200, not found in ko; ko has XR-220, not in de"
    assert span_texts(columns, 0, f) == ["XR-220"]


def test_a_pivot_code_every_other_version_changes_is_the_pivot_s() -> None:
    columns = {lang: [text] for lang, text in CODE_VERSIONS.items()}
    columns["de"] = ["Bedienungsanleitung für den Luftreiniger XR-220."]
    [(_, f)] = findings(columns, pivot="de", check="number-mismatch")
    assert f.lang == "de" and f.message.endswith("have XR-200 (en, zh, ru): the pivot differs")


_TRACKER = {
    "en": "Report bugs at https://github.com/example/tidyfeed/issues.",
    "es": "Informa de los errores en https://github.com/example/tidyfeed/issues.",
    "ja": "バグは https://github.com/example/tidyfeed/issues に報告してください。",
    "ru": "Сообщайте об ошибках на https://github.com/example/tidyfeed/issues.",
    "ko": "버그는 https://github.com/example/tidyfeed/issues에서 신고하세요.",  # a particle on it
}


@pytest.mark.parametrize(
    ("address", "said"),
    [
        ("https://github.com/example/tidyfeed/issue", True),  # a slip: one letter
        ("help@example.org", False),  # another host
        ("https://github.com/example/tidyfeed/pulls", False),  # another page
    ],
)
def test_an_address_a_slip_away_from_the_pivots_is_a_changed_code(address, said) -> None:
    columns = {lang: [text] for lang, text in _TRACKER.items()}
    columns["de"] = [f"Fehler bitte unter {address} melden."]
    found = findings(columns, pivot="en", check="number-mismatch")
    if not said:
        assert found == []
        return
    [(_, f)] = found
    assert (f.lang, f.severity) == ("de", "major")
    assert f.message == (
        "en has https://github.com/example/tidyfeed/issues, not found in de;"
        " de has https://github.com/example/tidyfeed/issue, not in en"
    )
    assert span_texts(columns, 0, f) == ["https://github.com/example/tidyfeed/issue"]


_DOCS = "https://example.com/docs/guide"


@pytest.mark.parametrize(
    ("pivot", "address"),
    [
        (_DOCS, "http://example.com/docs/guide"),  # the scheme
        (_DOCS, "https://example.com/docs/guide/"),  # a closing slash
        (_DOCS, "https://example.com/de/docs/guide"),  # a language the pivot's lacks
        (_DOCS + "#installation", _DOCS + "#instalación"),  # a localised heading's anchor
    ],
)
def test_the_same_page_written_another_way_is_no_changed_address(pivot, address) -> None:
    columns = {
        "en": [f"Read {pivot} first."],
        "fr": [f"Lisez d'abord {pivot}."],
        "ru": [f"Сначала прочитайте {pivot}."],
        "ja": [f"まず {pivot} を読んでください。"],
        "es": [f"Lea primero {address}."],
    }
    assert findings(columns, pivot="en", check="number-mismatch") == []


@pytest.mark.parametrize(
    ("lang", "template"),
    [
        ("ja", "バグは「{}」に報告してください。"),
        ("zh", "请在【{}】报告错误。"),
        ("ko", "버그는 {}（영어）에서 신고하세요."),
    ],
)
def test_an_address_in_full_width_brackets_ends_before_them(lang, template) -> None:
    # 「https://…」 was read with its 」 and was a changed address (major) in ja
    columns = {key: [text] for key, text in _TRACKER.items() if key != "ko"}
    columns[lang] = [template.format("https://github.com/example/tidyfeed/issues")]
    assert findings(columns, pivot="en", check="number-mismatch") == []
    columns[lang] = [template.format("https://github.com/example/tidyfeed/issue")]
    [(_, f)] = findings(columns, pivot="en", check="number-mismatch")
    assert f.lang == lang and span_texts(columns, 0, f) == [
        "https://github.com/example/tidyfeed/issue"
    ]


def test_the_same_page_in_another_language_is_no_changed_address() -> None:
    columns = {
        "en": ["Read the rules at https://example.com/en/rules and write to help@example.com."],
        "fr": [
            "Lisez le règlement sur https://example.com/fr/rules et écrivez à help@example.com."
        ],
        "pt": ["Leia as regras em https://example.com/pt-br/rules e escreva a help@example.com."],
    }
    assert findings(columns, pivot="en", check="number-mismatch") == []


@pytest.mark.parametrize(
    "korean",
    [
        ["XR-200 공기청정기 사용 설명서."],  # the same code
        ["공기청정기 사용 설명서."],  # none: nothing to compare with
        ["Covid-19 이후 공기청정기 XR-200 설명서."],  # another family, and the code kept
        ["공기청정기 설명서.", "모델 XR-200."],  # the code a row away: moved, not changed
    ],
)
def test_codes_kept_missing_or_moved_are_silent(korean: list[str]) -> None:
    columns = {lang: [text, None] for lang, text in CODE_VERSIONS.items()}
    columns["ko"] = korean + [None] * (2 - len(korean))
    assert findings(columns, pivot="de", check="number-mismatch") == []


# -------------------------------------------------------------------------- name-mismatch

SCO_COLUMNS = {
    "vi": [
        "Tổ chức Hợp tác Thượng Hải (SCO) họp tại Astana.",
        "Kazakhstan giữ chức Chủ tịch SCO.",
        "SCO có 9 thành viên.",
    ],
    "fr": [
        "L'Organisation de coopération de Shanghai (OCS) se réunit à Astana.",
        "Le Kazakhstan préside l'OCS.",
        "L'OCS compte neuf membres.",
    ],
}


def test_consistent_acronym_localisation_does_not_fire() -> None:
    assert findings(SCO_COLUMNS, pivot="vi", check="name-mismatch") == []


def test_localised_acronym_dropped_in_one_row_fires() -> None:
    columns = {
        "vi": [*SCO_COLUMNS["vi"], "SCO mở rộng."],
        "fr": [*SCO_COLUMNS["fr"], "Elle grandit."],
    }
    found = findings(columns, pivot="vi", check="name-mismatch")
    assert [(i, f.severity) for i, f in found] == [(3, "major")]
    assert "SCO" in found[0][1].message


def test_acronym_kept_by_other_translations_is_required() -> None:
    columns = {
        "vi": ["SCO có tư cách quan sát viên tại Đại hội đồng Liên hợp quốc (UNGA)."],
        "id": ["SCO memperoleh status di Majelis Umum (UNGA)."],
        "de": ["Die SCO erhielt den Status bei der Generalversammlung (UNGA)."],
        "fr": ["L'OCS a obtenu le statut auprès de l'Assemblée générale des Nations Unies."],
    }
    found = findings(columns, pivot="vi", check="name-mismatch")
    assert [(f.lang, f.severity) for _, f in found] == [("fr", "major")]
    assert "UNGA" in found[0][1].message


def test_an_acronym_said_in_full_in_a_caseless_script_is_only_info() -> None:
    # Japanese says "confidence interval" where the others keep CI (or their own KI, IC): a
    # way of translating it. French dropping (UNGA) beside its expansion stays major (above).
    columns = {
        "en": ["Systolic pressure fell by 7.4 mmHg (95% CI, 5.1 to 9.7) with walking."],
        "hi": ["पैदल चलने से सिस्टोलिक दबाव 7.4 mmHg (95% CI, 5.1 से 9.7) कम हुआ।"],
        "ko": ["수축기 혈압은 걷기로 7.4 mmHg(95% CI, 5.1~9.7) 감소하였다."],
        "ja": ["収縮期血圧は歩行で7.4 mmHg（95％信頼区間5.1～9.7）低下した。"],
    }
    found = findings(columns, pivot="en", check="name-mismatch")
    assert [(f.lang, f.severity) for _, f in found] == [("ja", "info")]
    assert "CI" in found[0][1].message


def test_names_chinese_writes_by_sound_are_counterparts() -> None:
    # 曼努埃尔·奥尔特加 is Manuel Ortega: no "zh may translate it" (every Chinese version had one
    # for each name of a row); a Chinese cell without the names still gets it.
    columns = {
        "en": ["Coach Manuel Ortega said the team had played well."],
        "es": ["El entrenador Manuel Ortega dijo que el equipo había jugado bien."],
        "de": ["Trainer Manuel Ortega sagte, die Mannschaft habe gut gespielt."],
        "zh": ["主教练曼努埃尔·奥尔特加表示，球队踢得很好。"],
    }
    assert findings(columns, pivot="en", check="name-mismatch") == []
    columns["zh"] = ["主教练表示，球队踢得很好。"]
    found = findings(columns, pivot="en", check="name-mismatch")
    assert [(f.lang, f.severity) for _, f in found] == [("zh", "info")]


def test_names_arabic_keeps_by_sound_are_counterparts() -> None:
    # ar كوبا is the stork Kuba (two consonant classes: too few alone, enough beside every
    # other version's Kuba) and سبيس لينك the company SpaceLink (one name, two words there):
    # no "ar may translate it" (stop 43). A cell without them still gets the info.
    columns = {
        "en": ["The fastest, a male named Kuba, flew with the SpaceLink tracker."],
        "de": ["Der schnellste, ein Männchen namens Kuba, flog mit dem SpaceLink-Sender."],
        "ru": ["Самый быстрый, самец по имени Куба, летел с передатчиком SpaceLink."],
        "ar": ["أسرعها، ذكر يُدعى كوبا، طار مع جهاز تتبع سبيس لينك."],
    }
    assert findings(columns, pivot="en", check="name-mismatch") == []
    columns["ar"] = ["أسرعها، ذكر صغير، طار مع جهاز تتبع جديد."]
    found = findings(columns, pivot="en", check="name-mismatch")
    assert [(f.lang, f.severity) for _, f in found] == [("ar", "info")]
    assert "Kuba, SpaceLink" in found[0][1].message


def test_a_german_noun_kept_in_lower_case_elsewhere_is_no_name_to_lose() -> None:
    # A German pivot capitalises its nouns: en "baker's" for "Bäckers" translated a noun, so
    # French "boulanger" lost no name. Marta, capitalised in en, stays a name fr may translate.
    columns = {
        "de": ["Die Katze des Bäckers schlief jeden Morgen.", "Die alte Marta stieg hinauf."],
        "en": ["The baker's cat slept every morning.", "Old Marta climbed up."],
        "fr": ["Le chat du boulanger dormait chaque matin.", "La vieille dame montait."],
    }
    found = findings(columns, pivot="de", check="name-mismatch")
    assert [(row, f.lang, f.severity) for row, f in found] == [(1, "fr", "info")]
    assert "Marta" in found[0][1].message


_COORDINATOR = {
    "en": "“The river is not a rubbish dump,” said coordinator Mariana Alves.",
    "es": "“El río no es un vertedero”, dijo la coordinadora Mariana Alves.",
    "pt": "“O rio não é um depósito de lixo”, disse a coordenadora Mariana Alves.",
    "uk": "«Річка — не звалище», — сказала координаторка Маріана Алвес.",
    "it": "“Il fiume non è una discarica”, ha detto la coordinatrice Mariana Santos.",
}


def test_a_changed_part_of_a_full_name_is_a_major_name_mismatch() -> None:
    # a made-up river clean-up (stop 34): it wrote Mariana Santos for Mariana Alves, which
    # es, pt and uk keep; nothing was said
    columns = {lang: [text] for lang, text in _COORDINATOR.items()}
    found = findings(columns, pivot="en", check="name-mismatch")
    assert [(f.lang, f.severity) for _, f in found] == [("it", "major")]
    assert found[0][1].message.endswith("it writes Mariana Santos for Mariana Alves")
    assert span_texts(columns, 0, found[0][1]) == ["Santos"]


def test_a_changed_surname_beside_a_kept_given_name_is_told_in_another_script() -> None:
    # a made-up pool's opening (stop 39): uk wrote Селін Айдин for Selin Aydoğan, which the
    # others keep; its kept Селін stood for the whole name (silent). Aydın is Aydoğan less one
    # consonant, as a language's own form of a name may be (Jelzin, Yeltsin; `_renamed`):
    # an info, not a changed name
    columns = {
        "tr": ["Havuz müdürü Selin Aydoğan konuştu."],
        "en": ["Pool manager Selin Aydoğan spoke."],
        "nl": ["Zwembadmanager Selin Aydoğan sprak."],
        "pt": ["A diretora Selin Aydoğan falou."],
        "el": ["Η διευθύντρια Σελίν Αϊντογάν μίλησε."],
        "uk": ["Керівниця басейну Селін Айдин розповіла."],
    }
    found = findings(columns, pivot="tr", check="name-mismatch")
    assert [(f.lang, f.severity) for _, f in found] == [("uk", "info")]
    assert "names Aydoğan" in found[0][1].message
    # written as the others write it, by sound, it is no finding
    columns["uk"] = ["Керівниця басейну Селін Айдоган розповіла."]
    assert findings(columns, pivot="tr", check="name-mismatch") == []


def test_a_changed_surname_is_found_through_a_greek_pivot_whose_given_name_has_ou() -> None:
    # a made-up interview through el (stop 44): fr wrote Rui Martins for Rui Matos; el's Ρούι
    # had the key roi (anyascii writes Greek ου as oy), so fr's kept Rui was no partner of it
    columns = {
        "el": ["Ηχογραφήσαμε με τον Ρούι Μάτος στην κλασική κιθάρα."],
        "en": ["We recorded with Rui Matos on the classical guitar."],
        "es": ["Grabamos con Rui Matos a la guitarra clásica."],
        "nl": ["We namen op met Rui Matos op de klassieke gitaar."],
        "fr": ["Nous avons enregistré avec Rui Martins à la guitare classique."],
    }
    found = findings(columns, pivot="el", check="name-mismatch")
    assert [(f.lang, f.severity) for _, f in found] == [("fr", "major")]
    assert found[0][1].message.endswith("fr writes Rui Martins for Ρούι Μάτος")
    columns["fr"] = ["Nous avons enregistré avec Rui Matos à la guitare classique."]
    assert findings(columns, pivot="el", check="name-mismatch") == []


_GUITARIST = {
    "fr": "Nous avons enregistré avec Rui Martins à la guitare classique.",
    "en": "We recorded with Rui Matos on the classical guitar.",
    "es": "Grabamos con Rui Matos a la guitarra clásica.",
    "nl": "We namen op met Rui Matos op de klassieke gitaar.",
    "pt": "Gravámos com o Rui Matos na viola.",
}


def test_a_surname_the_pivot_changed_is_one_finding_on_the_pivot() -> None:
    # a made-up interview through fr (stop 44): fr wrote Rui Martins for Rui Matos, which every
    # other version keeps; nothing was said
    columns = {lang: [text] for lang, text in _GUITARIST.items()}
    found = findings(columns, pivot="fr", check="name-mismatch")
    assert [(f.lang, f.severity) for _, f in found] == [("fr", "major")]
    assert found[0][1].message == (
        "fr writes Rui Martins for Rui Matos, as en and most others write it: the pivot differs"
    )
    assert span_texts(columns, 0, found[0][1]) == ["Martins"]
    # the pivot's name as most others write it, one version's change is that version's
    columns["fr"] = [_GUITARIST["fr"].replace("Martins", "Matos")]
    columns["nl"] = [_GUITARIST["nl"].replace("Matos", "Ferreira")]
    found = findings(columns, pivot="fr", check="name-mismatch")
    assert [(f.lang, f.severity) for _, f in found] == [("nl", "major")]
    # two versions against two tell nothing of the pivot
    columns = {lang: [text] for lang, text in _GUITARIST.items()}
    columns["es"] = [_GUITARIST["es"].replace("Matos", "Martins")]
    found = findings(columns, pivot="fr", check="name-mismatch")
    assert [f.lang for _, f in found if f.lang == "fr"] == []


def test_a_changed_korean_surname_of_two_letters_in_greek_is_found() -> None:
    # a made-up museum label (stop 44): el wrote Λι Σου-τζιν (Lee) for Kim Su-jin. Kim's k-m
    # was heard in τζιν (jin), Λι was too short to be a name put for another, and ko and zh,
    # which write the name in their own characters, counted as versions that do not keep Kim
    columns = {
        "en": ["Curator Kim Su-jin leads a tour every Saturday."],
        "fr": ["La conservatrice Kim Su-jin propose une visite chaque samedi."],
        "hi": ["क्यूरेटर किम सू-जिन हर शनिवार भ्रमण कराती हैं।"],
        "ja": ["学芸員のキム・スジンが毎週土曜日に解説を行う。"],
        "ko": ["김수진 학예연구사가 매주 토요일에 해설을 진행한다."],
        "zh": ["策展人金秀珍每周六带领导览。"],
        "el": ["Η επιμελήτρια Λι Σου-τζιν ξεναγεί κάθε Σάββατο."],
    }
    found = findings(columns, pivot="en", check="name-mismatch")
    assert [(f.lang, f.severity) for _, f in found if f.severity != "info"] == [("el", "major")]
    said = next(f for _, f in found if f.lang == "el").message
    assert said.endswith("el writes Λι Σου-τζιν for Kim Su-jin")
    # written as the others write it, it is no finding
    columns["el"] = ["Η επιμελήτρια Κιμ Σου-τζιν ξεναγεί κάθε Σάββατο."]
    assert [
        f for _, f in findings(columns, pivot="en", check="name-mismatch") if f.lang == "el"
    ] == []


def test_a_changed_korean_surname_before_a_kept_given_name_is_found() -> None:
    # a made-up fare rise (stop 39): vi wrote Park Tae-ho for Kim Tae-ho; a part before the
    # kept one was never asked (a title, as in "Presiden Biden"), but a Korean surname comes
    # first, before a given name romanised with a hyphen
    columns = {
        "en": ["Kim Tae-ho, president of Seoul Metro, spoke."],
        "es": ["Habló Kim Tae-ho, presidente de Seoul Metro."],
        "id": ["Kim Tae-ho, presiden Seoul Metro, berbicara."],
        "ru": ["Выступил президент Seoul Metro Ким Тхэ Хо."],
        "vi": ["Ông Park Tae-ho, Chủ tịch Seoul Metro, phát biểu."],
    }
    found = findings(columns, pivot="en", check="name-mismatch")
    assert [(f.lang, f.severity) for _, f in found] == [("vi", "major")]
    assert found[0][1].message.endswith("vi writes Park Tae-ho for Kim Tae-ho")
    # a title before a kept surname is still no changed name
    columns["vi"] = ["Chủ tịch Kim Tae-ho của Seoul Metro phát biểu."]
    assert findings(columns, pivot="en", check="name-mismatch") == []


def test_a_name_a_version_spells_out_before_it_in_brackets_is_carried_by_that_full_name() -> None:
    # a made-up deforestation report (stop 39): the title says "Inpe"; ar, ja and zh say the
    # institute's full name there, as they write it before "(Inpe)" in the next sentence:
    # three false majors "en names Inpe; ar has no counterpart here"
    columns = {
        "en": ["Deforestation falls, says Inpe", "Data came from the institute (Inpe)."],
        "ar": [
            "تراجع إزالة الغابات وفق المعهد الوطني لأبحاث الفضاء",
            "جاءت البيانات من المعهد الوطني لأبحاث الفضاء (Inpe).",
        ],
        "ja": [
            "森林破壊が減少　国立宇宙研究所",
            "データはブラジル国立宇宙研究所（Inpe）が発表した。",
        ],
        "zh": ["巴西国家空间研究院：森林砍伐下降", "数据来自巴西国家空间研究院（Inpe）。"],
        "de": ["Die Abholzung sinkt", "Die Daten stammen vom Institut (Inpe)."],
        "es": ["La deforestación cae, según el Inpe", "Los datos son del instituto (Inpe)."],
        "it": ["La deforestazione cala, secondo l'Inpe", "I dati sono dell'istituto (Inpe)."],
        "pt": ["Desmatamento cai, diz Inpe", "Os dados são do instituto (Inpe)."],
    }
    found = findings(columns, pivot="en", check="name-mismatch")
    # de's title lacks the source: still told
    assert [(row, f.lang) for row, f in found if f.severity == "major"] == [(0, "de")]


def test_a_description_before_a_name_in_brackets_carries_no_changed_name() -> None:
    # review39: de "das Unternehmen (Tesla)" in one row made "das Unternehmen" carry Tesla in
    # another, where de wrote Nissan for it (silent); in a cased script only capitalised words
    # before the bracket are a full name
    columns = {
        "en": ["In March the company (Tesla) opened a plant.",
               "Tesla said sales rose, the company added."],
        "de": ["Im März eröffnete das Unternehmen (Tesla) ein Werk.",
               "Nissan sagte, der Absatz sei gestiegen, fügte das Unternehmen hinzu."],
        "fr": ["En mars, l'entreprise (Tesla) a ouvert une usine.",
               "Tesla a dit que les ventes avaient augmenté, a ajouté l'entreprise."],
        "es": ["En marzo la empresa (Tesla) abrió una planta.",
               "Tesla dijo que las ventas subieron, añadió la empresa."],
    }  # fmt: skip
    found = findings(columns, pivot="en", check="name-mismatch")
    assert [(row, f.lang, f.severity) for row, f in found] == [(1, "de", "major")]


def test_a_surname_a_japanese_version_changes_beside_the_kept_given_name_is_told() -> None:
    # ja マリナ・サントス for Marina Silva: the given name written by sound stood for the
    # whole name (silent, stop 39); a name of three consonant classes is tested on its own
    columns = {
        "en": ["Minister Marina Silva spoke."],
        "es": ["Habló la ministra Marina Silva."],
        "it": ["Ha parlato la ministra Marina Silva."],
        "ja": ["マリナ・サントス環境相が述べた。"],
    }
    found = findings(columns, pivot="en", check="name-mismatch")
    assert [(f.lang, f.severity) for _, f in found] == [("ja", "info")]
    assert "Silva" in found[0][1].message
    columns["ja"] = ["マリナ・シルバ環境相が述べた。"]
    assert findings(columns, pivot="en", check="name-mismatch") == []


def test_names_and_figures_the_others_keep_tell_no_language() -> None:
    # a made-up transfer (stop 39): the English title, names and an amount but for "sell",
    # "to" and "for", looked Polish (0.99): a false major "untranslated"
    columns = {
        "de": ["Lech Posen verkauft Kowalczyk für 12,5 Millionen Euro an Sevilla"],
        "en": ["Lech Poznań sell Kowalczyk to Sevilla for €12.5m"],
        "pl": ["Lech Poznań sprzedaje Kowalczyka do Sevilli za 12,5 mln euro"],
        "es": ["El Lech Poznań vende a Kowalczyk al Sevilla por 12,5 millones de euros"],
    }
    assert findings(columns, pivot="de", check="untranslated") == []
    # an English sentence kept in the Spanish version is still told, its names aside
    columns["es"] = ["Lech Poznań have agreed a deal with Sevilla for midfielder Kowalczyk."]
    found = findings(columns, pivot="de", check="untranslated")
    assert [(f.lang, f.severity) for _, f in found] == [("es", "major")]


def test_a_short_name_with_a_case_ending_is_its_counterpart() -> None:
    # de "Lechs Sportdirektor" (the genitive): en, es, it, pl, ru, uk "named Lech, which this
    # de sentence does not" (six false minors, stop 39)
    columns = {
        "de": ["Der Klub Lech gewann.", "„Gut“, sagte Lechs Sportdirektor Tomasz Rząsa."],
        "en": ["The club Lech won.", '"Good," said Lech\'s sporting director Tomasz Rząsa.'],
        "pl": ["Klub Lech wygrał.", "– Dobrze – powiedział dyrektor Lecha Tomasz Rząsa."],
        "it": ["Il club Lech ha vinto.", "«Bene», ha detto il direttore del Lech Tomasz Rząsa."],
    }
    assert findings(columns, pivot="de", check="name-mismatch") == []


def test_two_spellings_another_version_also_tells_apart_are_the_texts_own() -> None:
    # en writes Sevilla for the club and Seville for the city, as pl writes Sevilla and
    # Sewilla: "one name spelled two ways" was a false minor (stop 39)
    columns = {
        "de": ["Er wechselt zu Sevilla.", "Sevilla zahlt viel.", "Der Test ist in Sevilla."],
        "en": ["He joins Sevilla.", "Sevilla pay a lot.", "The medical is in Seville."],
        "pl": ["Przechodzi do Sevilli.", "Sevilla płaci dużo.", "Testy są w Sewilli."],
        "it": ["Passa al Siviglia.", "Il Siviglia paga molto.", "Le visite sono a Siviglia."],
    }
    assert findings(columns, pivot="de", check="name-consistency") == []
    # where no other version tells them apart, it is one name spelled two ways
    columns["pl"][2] = "Testy są w Sevilli."
    found = findings(columns, pivot="de", check="name-consistency")
    assert [(f.lang, f.severity) for _, f in found] == [("en", "minor")]


@pytest.mark.parametrize(
    ("pivot", "target"),
    [
        ("Press Ctrl+Shift+E to export.", "Pulsa Ctrl+Mayús+E para exportar."),  # keys
        ("The Ethiopian Haile won.", "El etíope Haile ganó."),  # a word in lower case
        ("Ethiopian Haile Tesfaye won.", "L'Éthiopien Haile Tesfaye a gagné."),  # a cognate
        # a title kept for a dropped given name (review34: "id writes Presiden Biden for Joe
        # Biden", a false major)
        ("They met President Joe Biden.", "Mereka bertemu Presiden Biden."),
        ("They met Prime Minister Fumio Kishida.", "Onlar Başbakan Kishida ile görüştü."),
    ],
)
def test_a_translated_word_beside_a_name_is_no_changed_name(pivot: str, target: str) -> None:
    columns = {"en": [pivot], "es": [target], "fr": [target], "pt": [pivot], "it": [pivot]}
    found = findings(columns, pivot="en", check="name-mismatch")
    assert [f.message for _, f in found if "writes" in f.message] == []


def test_a_german_noun_another_version_writes_only_opening_a_sentence_is_no_name() -> None:
    # de Kind (child) against en's "Kind regards," closing a letter: en "uses it elsewhere"
    # was an info on every row with Kind (a school letter, stop 34)
    columns = {
        "de": ["Die Kosten betragen 35 € pro Kind.", "Mit freundlichen Grüßen"],
        "en": ["The cost is €35 per child.", "Kind regards"],
        "nl": ["De kosten bedragen € 35 per kind.", "Met vriendelijke groet"],
        "fr": ["Le coût est de 35 € par enfant.", "Cordialement"],
    }
    assert findings(columns, pivot="de", check="name-mismatch") == []
    # and the other way: an English pivot's "Kind" opening its last line is no name de lacks
    # (a group too small to say that most versions translate it: at most an info)
    found = findings(columns, pivot="en", check="name-mismatch")
    assert [(f.lang, f.severity) for _, f in found] == [("de", "info")]
    assert found[0][1].message.endswith("en writes it only opening sentences")


def test_a_name_other_versions_write_only_opening_sentences_is_used_elsewhere() -> None:
    # review34: en and fr write Kishida only as a sentence's first word elsewhere, and the
    # Kishida both dropped from the German pivot's first sentence was no longer found
    columns = {
        "de": [
            "Am Montag traf Premierminister Kishida den Präsidenten in Washington.",
            "Kishida sagte, das Treffen sei gut verlaufen.",
        ],
        "en": [
            "On Monday the prime minister met the president in Washington.",
            "Kishida said the meeting had gone well.",
        ],
        "fr": [
            "Lundi, le Premier ministre a rencontré le président à Washington.",
            "Kishida a déclaré que la réunion s'était bien passée.",
        ],
    }
    found = findings(columns, pivot="de", check="name-mismatch")
    assert [(row, f.lang, f.severity) for row, f in found] == [
        (0, "en", "major"),
        (0, "fr", "major"),
    ]


@pytest.mark.parametrize(
    ("en", "fr", "changed"),
    [
        ("Preheat the oven to 350°F (180°C).", "Préchauffez le four à 180 °C.", False),
        ("Use a 9 x 5 inch loaf pan.", "Utilisez un moule de 23 x 13 cm.", False),
        ("The trail is 6 miles long.", "Le sentier fait 10 km.", False),
        ("It weighs 22 lb.", "Il pèse 10 kg.", False),
        # the same, in brackets after the figure it converts: no figure of its own
        ("A 6.7-inch screen.", "Un écran de 6,7 pouces (17 cm).", None),  # pouces, 17 cm
        ('A 6.7" OLED screen.', "Un écran OLED de 6,7 pouces (17 cm).", None),  # 6.7" inches
        ("A 50 MP main camera.", "Un appareil photo principal de 5000万像素.", False),
        # a changed figure stays one, in whatever unit
        ("The trail is 6 miles long.", "Le sentier fait 6,5 km.", True),
        ("It weighs 22 lb.", "Il pèse 12 kg.", True),
    ],
)
def test_a_quantity_the_translator_converted_is_no_changed_figure(en, fr, changed) -> None:
    found = findings({"en": [en], "fr": [fr]}, pivot="en", check="number-mismatch")
    expected = {True: ["major"], False: ["info"], None: []}[changed]
    assert [f.severity for _, f in found] == expected
    if changed is False:
        assert "the same in other units" in found[0][1].message


@pytest.mark.parametrize(
    ("en", "fr", "said"),
    [
        ('The label reads "Size 12"; the shelf is 30 cm.', "L'étagère fait 30 cm.", "en has 12,"),
        (
            'A 5" tray, a label "Size 12", "Model 4" and a 30 cm shelf.',
            "Un plateau de 13 cm, « Taille 13 », « Modèle 4 » et une étagère de 30 cm.",
            "en has 12, not found in fr; fr has 13, not in en",
        ),
    ],
)
def test_a_quote_closing_after_a_figure_is_no_inch_mark(en, fr, said) -> None:
    # 12" read as 30.5 cm made fr's 30 cm its conversion: a dropped 12 was "the same in other
    # units", a changed one "en has 12 more often"
    (found,) = findings({"en": [en], "fr": [fr]}, pivot="en", check="number-mismatch")
    assert said in found[1].message and "other units" not in found[1].message


_FIFTY_MP = ("zh", "主摄像头为5000万像素。")


@pytest.mark.parametrize(
    ("pivot", "lang", "text"),
    [
        (_FIFTY_MP, "en", "The main camera has 50 megapixels."),
        (_FIFTY_MP, "fr", "La caméra principale fait 50 Mpx."),
        (_FIFTY_MP, "fr", "Capteur principal de 50 mégapixels."),
        (_FIFTY_MP, "de", "Die Hauptkamera hat 50 Megapixel."),
        (_FIFTY_MP, "es", "La cámara principal es de 50 megapíxeles."),
        (_FIFTY_MP, "ru", "Основная камера на 50 Мп."),
        (_FIFTY_MP, "ru", "Основная камера на 50 мегапикселей."),
        (("en", "The main camera has 50 MP."), "ko", "메인 카메라는 5000만 화소입니다."),
    ],
)
def test_megapixels_in_words_are_the_same_as_ten_thousands_of_pixels(pivot, lang, text) -> None:
    # only "MP" converted: fr "50 Mpx", de "50 Megapixel", ko "5000만 화소" were false majors
    # against a phone's zh 5000万像素 (or en 50 MP)
    columns = {pivot[0]: [pivot[1]], lang: [text]}
    found = findings(columns, pivot=pivot[0], check="number-mismatch")
    assert [f.severity for _, f in found] == ["info"]
    assert "the same in other units" in found[0][1].message


def test_acronym_with_no_evidence_is_only_info() -> None:
    columns = {"en": ["The UNGA voted."], "fr": ["L'Assemblée générale a voté."]}
    found = findings(columns, pivot="en", check="name-mismatch")
    assert [(f.lang, f.severity) for _, f in found] == [("fr", "info")]


def test_transliterated_names_match() -> None:
    columns = {
        "vi": ["Tokayev gặp Sergey Lavrov và Vladimir Putin."],
        "fr": ["Tokaïev a rencontré Sergueï Lavrov et Vladimir Poutine."],
        "de": ["Tokajew traf Sergej Lawrow und Wladimir Putin."],
    }
    assert findings(columns, pivot="vi", check="name-mismatch") == []


def test_name_the_translation_uses_elsewhere_is_required() -> None:
    columns = {
        "vi": ["Ông Tokayev cho biết.", "Tokayev nói thêm về Putin."],
        "de": ["Tokajew sagte.", "Er fügte hinzu."],
    }
    found = findings(columns, pivot="vi", check="name-mismatch")
    assert [(i, f.severity) for i, f in found] == [(1, "major")]
    assert "Tokayev" in found[0][1].message and "Putin" not in found[0][1].message


def test_translated_names_are_not_reported() -> None:
    # Nga = Russie = Russland: no evidence that the translation keeps "Nga".
    columns = {
        "vi": ["Nga là đối tác.", "Nga và Kazakhstan."],
        "fr": ["La Russie est un partenaire.", "La Russie et le Kazakhstan."],
        "de": ["Russland ist ein Partner.", "Russland und Kasachstan."],
    }
    assert findings(columns, pivot="vi", check="name-mismatch") == []


def test_added_name_is_minor_with_span() -> None:
    columns = {
        "vi": ["Tokayev cho biết.", "Ông nói thêm."],
        "fr": ["Tokaïev a déclaré.", "Tokaïev a ajouté."],
    }
    ((row, finding),) = findings(columns, pivot="vi", check="name-mismatch")
    assert (row, finding.severity) == (1, "minor")
    assert span_texts(columns, 1, finding) == ["Tokaïev"]


def test_a_sentences_first_word_near_a_name_is_not_an_added_name() -> None:
    # en "Many" (key mani) is near de's Manisa (manis): "en names Many, which this de
    # sentence does not (de uses it elsewhere, as Manisa)" was a false minor finding.
    columns = {
        "de": ["Die Bewohner von Manisa schliefen im Freien.", "Viele Opfer waren alt."],
        "en": ["Residents of Manisa slept outdoors.", "Many victims were elderly."],
    }
    assert findings(columns, pivot="de", check="name-mismatch") == []
    # Inside a sentence the near spelling is still an added name.
    columns["en"][1] = "The victims of Manisas were elderly."
    ((row, finding),) = findings(columns, pivot="de", check="name-mismatch")
    assert row == 1 and "as Manisa" in finding.message


def test_a_pivot_sentences_first_word_near_a_name_is_no_major_missing_name() -> None:
    # the same the other way: en "Many" opening a sentence, against de's Manisa elsewhere, was
    # "en names Many; de has no counterpart here, though de writes Manisa elsewhere", a major
    # (review30); now info, said why
    columns = {
        "en": ["Many people fled their homes after the quake.", "The quake hit at night."],
        "de": ["Viele Menschen flohen aus ihren Häusern.", "Das Beben traf Manisa nachts."],
    }
    # (stop 36: "Many" opening a sentence is no name at all, as "Do", "Keep")
    assert findings(columns, pivot="en", check="name-mismatch") == []
    columns["en"][0] = "Manse people fled their homes after the quake."
    ((row, finding),) = findings(columns, pivot="en", check="name-mismatch")
    assert (row, finding.severity) == (0, "info") and "opens the sentence" in finding.message
    # inside a sentence the near spelling is still a major
    columns["en"][0] = "People of Manisas fled their homes after the quake."
    ((row, finding),) = findings(columns, pivot="en", check="name-mismatch")
    assert (row, finding.severity) == (0, "major") and "writes Manisa" in finding.message


def test_derived_adjective_counts_as_the_name() -> None:
    columns = {
        "vi": ["Kazakhstan đối thoại.", "quan hệ Nga-Kazakhstan."],
        "fr": ["Le Kazakhstan dialogue.", "les relations russo-kazakhes."],
    }
    assert findings(columns, pivot="vi", check="name-mismatch") == []


# --------------------------------------------------------------------------- length-ratio


def _ratio_columns(outlier: str) -> dict[str, list[str]]:
    pivot = [f"Câu số {i} có độ dài bình thường ở đây." for i in range(8)]
    target = [f"Satz Nummer {i} hat eine normale Länge hier." for i in range(8)]
    target[5] = outlier
    return {"vi": pivot, "de": target}


def test_length_ratio_flags_the_outlier_only() -> None:
    columns = _ratio_columns("Satz fünf. " * 12)
    found = findings(columns, pivot="vi", check="length-ratio")
    assert [(i, f.severity) for i, f in found] == [(5, "minor")]
    assert "longer" in found[0][1].message


def test_length_ratio_flags_a_short_cell() -> None:
    columns = _ratio_columns("Satz fünf ist kurz hier.")
    columns["vi"][5] = "Câu số 5 có độ dài bình thường ở đây, và còn một mệnh đề dài nữa."
    found = findings(columns, pivot="vi", check="length-ratio")
    assert [i for i, _ in found] == [5]
    assert "shorter" in found[0][1].message


def test_length_ratio_leaves_a_sentence_a_few_characters_short() -> None:
    # 24 characters where 43 are usual: 0.56x, but 19 characters are a sentence said in fewer
    # words (tr "Aylık aidat 310 avro." for "Monthly service charges are 310 euros."), not one
    # left out
    columns = _ratio_columns("Satz fünf ist kurz hier.")
    assert findings(columns, pivot="vi", check="length-ratio") == []
    # counted on the sparser side's scale: 16 Han signs short against a Chinese pivot are 51
    # English characters, a clause left out
    columns = {
        "zh": [
            f"第{i}句话在这里的长度是完全正常的，没有任何问题，也不需要修改。" for i in range(8)
        ],
        "en": [
            f"Sentence number {i} has a perfectly normal length here, with no problem at all,"
            " and needs no change."
            for i in range(8)
        ],
    }
    columns["en"][5] = "Sentence number 5 has a length that is shorter."
    assert [i for i, _ in findings(columns, pivot="zh", check="length-ratio")] == [5]


def test_length_ratio_needs_enough_rows() -> None:
    columns = _ratio_columns("Satz fünf. " * 12)
    columns = {lang: column[3:6] for lang, column in columns.items()}
    assert findings(columns, pivot="vi", check="length-ratio") == []


def test_a_version_in_a_language_we_do_not_review_is_asked_only_for_the_pivots() -> None:
    # The identifier knows only the supported languages: Swedish "looks like" de, nl or tr.
    columns = {
        "en": [
            "The city council approved a budget for the new central library on Monday.",
            "Council member Anna Berg said the library would be open seven days a week.",
        ],
        "sv": [
            "Kommunfullmäktige godkände på måndagen en budget för det nya stadsbiblioteket.",
            "A council member said that the library would stay open on every day of the week.",
        ],
    }
    found = findings(columns, pivot="en", check="untranslated")
    assert [(row, f.lang, f.severity) for row, f in found] == [(1, "sv", "major")]


def test_sizes_of_data_are_units_not_names() -> None:
    # French writes gigabytes in octets: "2 Go" for "2 GB" was a major name-mismatch.
    columns = {
        "en": ["Tessera fixes a crash when importing files larger than 2 GB on a 3 GHz CPU."],
        "fr": ["Tessera corrige un plantage à l'import de fichiers de plus de 2 Go sur un CPU."],
        "ru": ["Tessera исправляет сбой при импорте файлов размером более 2 ГБ на CPU."],
    }
    assert findings(columns, pivot="en", check="name-mismatch") == []


def test_a_figure_written_alike_but_read_as_a_date_by_one_locale_is_kept() -> None:
    # German "ist jetzt 3.10." may be the 3rd of October: the same "3.10" as the English
    # version number is no mismatch; another figure still is.
    columns = {
        "en": ["The minimum supported Python version is now 3.10.", "It shipped on 4.10."],
        "de": ["Die minimal unterstützte Python-Version ist jetzt 3.10.", "Sie kam am 5.10."],
    }
    found = findings(columns, pivot="en", check="number-mismatch")
    assert [(row, f.lang) for row, f in found] == [(1, "de")]


def test_a_given_name_goes_with_its_surname_written_by_sound() -> None:
    # ハイレ・テスファイェ is Haile Tesfaye: Haile (one consonant class) cannot be tested by
    # sound, and the Japanese results list writes "Haile" in Latin letters elsewhere.
    columns = {
        "en": ["Ethiopian Haile Tesfaye came second.", "2. Haile Tesfaye (ETH)"],
        "de": ["Haile Tesfaye wurde mit 18 Sekunden Rückstand Zweiter.", "2. Haile Tesfaye (ETH)"],
        "ja": ["エチオピアのハイレ・テスファイェが2位に入った。", "2. Haile Tesfaye (ETH)"],
    }
    assert findings(columns, pivot="en", check="name-mismatch") == []
    columns["ja"][0] = "エチオピアの選手が2位に入った。"  # no name at all: still told
    found = findings(columns, pivot="en", check="name-mismatch")
    assert [(row, f.lang, f.severity) for row, f in found] == [(0, "ja", "major")]


def test_names_and_figures_every_version_keeps_are_not_untranslated() -> None:
    columns = {
        "en": ["The men's results are below.", "1. David Kiprono (KEN) 2:04:37"],
        "de": ["Die Ergebnisse der Männer folgen.", "1. David Kiprono (KEN) 2:04:37"],
        "fr": ["Les résultats des hommes suivent.", "1. David Kiprono (KEN) 2:04:73"],
    }
    assert findings(columns, pivot="en", check="untranslated") == []
    columns["fr"][1] = "1. David Kiprono (Kenya) 2:04:37"  # translated here: the others kept it
    found = findings(columns, pivot="en", check="untranslated")
    assert [(row, f.lang, f.severity) for row, f in found] == [(1, "de", "info")]


def test_a_name_spelled_two_ways_in_a_language_without_name_endings() -> None:
    # fr wrote Margareta once and Margarethe elsewhere; in German the other ending may be a
    # case ending, and an English s a possessive.
    assert checks_names.spelled_two_ways("Margarethe", "Margareta", "fr")
    assert not checks_names.spelled_two_ways("Margarethe", "Margareta", "de")
    assert not checks_names.spelled_two_ways("Lindqvist", "Lindqvists", "en")
    assert not checks_names.spelled_two_ways("Margarethe", "Margareta")  # language unknown
    # one doubled last letter is a spelling too (fr Zelensky, then Zelenskyy), an added ending
    # is another name (Tokayeva, his wife)
    assert checks_names.spelled_two_ways("Zelensky", "Zelenskyy", "fr")
    assert not checks_names.spelled_two_ways("Tokayev", "Tokayeva", "en")


def test_a_name_closing_a_german_compound_with_its_case_ending_is_there() -> None:
    # "des Lichterfestivals" holds the Festival that en, es, fr name.
    columns = {
        "de": [
            "Die Leiterin des Lichterfestivals in Bergen tritt zurück.",
            "Das Festival zog 240.000 Besucher an.",
        ],
        "en": [
            "The director of the Bergen Light Festival steps down.",
            "The festival drew 240,000 visitors.",
        ],
    }
    assert findings(columns, pivot="de", check="name-mismatch") == []


def test_a_pivot_name_in_its_own_letters_meets_a_latin_spelling_by_its_consonants() -> None:
    # el Κλίτσκο and en Klitschko: keys klitsko and klihko differ, the consonants do not.
    columns = {
        "el": ["Ο δήμαρχος Βιτάλι Κλίτσκο δήλωσε ότι άνοιξαν δύο σταθμοί."],
        "en": ["Mayor Vitali Klitschko said that two stations opened."],
        "pl": ["Mer Witalij Kliczko powiedział, że otwarto dwie stacje."],
    }
    assert findings(columns, pivot="el", check="name-mismatch") == []
    columns["en"] = ["The mayor said that two stations opened."]  # no name: still told
    found = findings(columns, pivot="el", check="name-mismatch")
    assert [(f.lang, f.severity) for _, f in found] == [("en", "info")]


def test_a_row_missing_a_sentence_is_not_also_told_as_short() -> None:
    # A river clean-up's row held two English sentences against one Italian (stop 35): the
    # `missing` of the first says why the cell is short; a `length-ratio` only repeated it.
    said = {
        "en": "The volunteers of group {} cleared the banks of the river all morning.",
        "de": "Die Freiwilligen der Gruppe {} räumten den ganzen Morgen die Flussufer.",
        "fr": "Les bénévoles du groupe {} ont nettoyé les berges toute la matinée.",
        "it": "I volontari del gruppo {} hanno ripulito le rive del fiume tutta la mattina.",
    }
    added = {
        "en": "They also found tyres, old furniture and even a fridge in the water.",
        "de": "Sie fanden auch Reifen, alte Möbel und sogar einen Kühlschrank im Wasser.",
        "fr": "Ils ont aussi trouvé des pneus, de vieux meubles et même un frigo.",
    }
    texts = {lang: [line.format(i) for i in range(8)] for lang, line in said.items()}
    for lang, sentence in added.items():
        texts[lang].insert(5, sentence)
    segments = {
        lang: tuple(Segment(k, k, 0, len(t), t, None) for k, t in enumerate(column))
        for lang, column in texts.items()
    }
    rows = []
    for i in range(8):
        cells = {lang: ((4, 5) if i == 4 else (i if i < 4 else i + 1,)) for lang in added}
        rows.append(Row({**cells, "it": (i,)}))
    result = run_checks(rows, segments, "en", checks=["missing", "length-ratio"])
    told = {(i, f.lang, f.check) for i, row in enumerate(result) for f in row}
    assert (4, "it", "missing") in told and (4, "it", "length-ratio") not in told
    alone = run_checks(rows, segments, "en", checks=["length-ratio"])
    assert [(f.lang, f.check) for f in alone[4]] == [("it", "length-ratio")]


def test_an_untranslated_cell_is_not_also_a_number_mismatch() -> None:
    # zh kept a Vietnamese sentence: read by Chinese rules its "10 triệu" is 10 (stop 35)
    sentence = "Nếu gây tai nạn, mức phạt tăng lên từ 10 triệu đến 14 triệu đồng."
    rows, segments = build({"vi": [sentence], "zh": [sentence]})
    result = run_checks(rows, segments, "vi", checks=["number-mismatch", "untranslated"])
    assert [(f.lang, f.check) for f in result[0]] == [("zh", "untranslated")]
    alone = run_checks(rows, segments, "vi", checks=["number-mismatch"])
    assert [f.check for f in alone[0]] == ["number-mismatch"]


def test_one_sentence_of_a_cell_kept_in_another_language_is_told() -> None:
    # A made-up lease (stop 36): en added a German sentence beside its last one; the cell, read
    # whole, was English, and only an info "perhaps added" said anything.
    def run(second: str) -> list[Finding]:
        texts = {
            "de": ["Die Kaution wird zurückgezahlt.", "Der Mieter kann kündigen."],
            "en": ["The deposit will be repaid.", second, "The tenant may terminate the contract."],
        }
        segments = {
            lang: tuple(Segment(i, i, 0, len(t), t) for i, t in enumerate(column))
            for lang, column in texts.items()
        }
        rows = [Row({"de": (0,), "en": (0, 1)}), Row({"de": (1,), "en": (2,)})]
        return [f for row in run_checks(rows, segments, "de", checks=["untranslated"]) for f in row]

    kept = "Die Kaution wird nicht verzinst und nicht vor dem Auszug verrechnet."
    (finding,) = run(kept)
    assert finding.lang == "en" and "looks like de" in finding.message
    assert kept[:20] in finding.message
    assert run("It bears no interest and is not set off against the last rent.") == []


def test_an_untranslated_cell_is_not_also_told_for_its_names() -> None:
    # A made-up museum notice (stop 36): ja kept the Dutch curator's sentence, and beside
    # `untranslated` came "ja may translate it" for the curator's name, which the kept
    # sentence holds in Dutch spelling.
    columns = {
        "el": [
            "Το μουσείο ανοίγει το Σάββατο.",
            "Η επιμελήτρια Άννα ντε Φρις: ο Μοντριάν ζωγράφιζε μύλους.",
        ],
        "en": ["The museum opens on Saturday.", "Curator Anna de Vries: Mondrian painted mills."],
        "ja": [
            "美術館は土曜日に開館する。",
            "Conservator Anna de Vries: Mondriaan schilderde molens.",
        ],
        "de": ["Das Museum öffnet am Samstag.", "Kuratorin Anna de Vries: Mondrian malte Mühlen."],
        "fr": [
            "Le musée ouvre samedi.",
            "La conservatrice Anna de Vries : Mondrian peignait des moulins.",
        ],
    }
    rows, segments = build(columns)
    checks = ["name-mismatch", "untranslated"]
    result = run_checks(rows, segments, "el", checks=checks)
    assert [(f.lang, f.check) for f in result[1]] == [("ja", "untranslated")]
    alone = run_checks(rows, segments, "el", checks=["name-mismatch"])
    assert ("ja", "name-mismatch") in [(f.lang, f.check) for f in alone[1]]


def test_an_unsure_untranslated_cell_still_is_told_for_its_names() -> None:
    """A translated cell heavy with English words read as en, unsure (a minor, an info):
    that hid the major of the two speakers it dropped, and the name it left out (review36).
    Since stop 39 the names and words two other versions keep (Apple, Cloud Summit, Seattle)
    are not read for the language: the first row's German words left are too few to tell."""
    columns = {
        "en": [
            "Apple CEO Tim Cook met Satya Nadella at the Cloud Summit in Seattle.",
            "Keynote: Jensen Huang (Nvidia) and Lisa Su (AMD) on AI hardware.",
        ],
        "de": [
            "Apple-CEO Tim Cook traf beim Cloud Summit in Seattle.",
            "Keynote: Jensen Huang (Nvidia) on AI hardware, mit Live-Demo.",
        ],
        "fr": [
            "Le PDG d'Apple Tim Cook a rencontré Satya Nadella au Cloud Summit à Seattle.",
            "Conférence : Jensen Huang (Nvidia) et Lisa Su (AMD) sur le matériel d'IA.",
        ],
        "es": [
            "El CEO de Apple, Tim Cook, se reunió con Satya Nadella en el Cloud Summit de Seattle.",
            "Conferencia: Jensen Huang (Nvidia) y Lisa Su (AMD) sobre hardware de IA.",
        ],
    }
    rows, segments = build(columns)
    result = run_checks(rows, segments, "en", checks=["name-mismatch", "untranslated"])
    for row, unsure in zip(result, (None, "minor"), strict=True):
        told = {f.check: f.severity for f in row if f.lang == "de"}
        assert told.get("untranslated") == unsure  # "on AI hardware": not a major
        assert "name-mismatch" in told
    assert {f.severity for f in result[1] if f.check == "name-mismatch"} == {"major"}


def test_an_untranslated_cell_is_not_also_told_as_long() -> None:
    # A Japanese leaflet left one English sentence untranslated: `untranslated` says why the
    # cell is as long as the pivot's; a `length-ratio` beside it only repeated it.
    pivot = [
        f"Sentence number {i} says what the leaflet says here, in many more words than Japanese."
        for i in range(8)
    ]
    target = [
        f"この文は添付文書の{i}番目の文で、ここで添付文書が言うことを言います。" for i in range(8)
    ]
    target[5] = pivot[5]
    target[2] = target[2] * 4  # long, and in Japanese
    rows, segments = build({"en": pivot, "ja": target})
    result = run_checks(rows, segments, "en", checks=["length-ratio", "untranslated"])
    told = {(i, f.check) for i, row in enumerate(result) for f in row}
    assert (5, "untranslated") in told and (5, "length-ratio") not in told
    assert (2, "length-ratio") in told
    alone = run_checks(rows, segments, "en", checks=["length-ratio"])
    assert [f.check for f in alone[5]] == ["length-ratio"]


def test_length_ratio_uses_the_pairs_typical_ratio() -> None:
    # A target twice as long everywhere is normal for this pair.
    columns = {
        "vi": [f"Câu số {i} ngắn." for i in range(8)],
        "de": [f"Satz Nummer {i} ist doppelt so lang wie hier." for i in range(8)],
    }
    assert findings(columns, pivot="vi", check="length-ratio") == []


def test_length_ratio_blames_no_version_for_a_wordy_pivot_sentence() -> None:
    # The pivot says row 5 at twice its usual length; every version is short against it, and
    # of its usual length against the others: no finding (a made-up notice, stop 27: es was
    # "0.87x the ar length, against 1.45x typically" where ar was wordy).
    columns = {
        "vi": [f"Câu số {i} có độ dài bình thường ở đây." for i in range(8)],
        "de": [f"Satz Nummer {i} hat eine normale Länge hier." for i in range(8)],
        "fr": [f"La phrase numéro {i} a une longueur normale." for i in range(8)],
        "es": [f"La frase número {i} tiene una longitud normal." for i in range(8)],
    }
    columns["vi"][5] = "Câu số năm dài gấp đôi bình thường, vì nó nói mọi điều hai lần ở đây."
    assert findings(columns, pivot="vi", check="length-ratio") == []
    # A version short against the pivot and the others alike is still told.
    columns["vi"][5] = "Câu số năm có độ dài bình thường ở đây."
    columns["de"][5] = "Satz fünf ist sehr kurz."
    found = findings(columns, pivot="vi", check="length-ratio")
    assert [(i, f.lang) for i, f in found] == [(5, "de")]


# --------------------------------------------------------------------------- untranslated


def test_copied_pivot_text_is_major() -> None:
    sentence = "Kazakhstan đang đối thoại với Nga dựa trên tính chất chiến lược."
    found = findings({"vi": [sentence], "fr": [sentence]}, pivot="vi", check="untranslated")
    assert [(f.lang, f.severity) for _, f in found] == [("fr", "major")]


def test_copied_short_names_are_info() -> None:
    found = findings(
        {"vi": ["TASS, Kazinform"], "fr": ["TASS, Kazinform"]}, pivot="vi", check="untranslated"
    )
    assert [f.severity for _, f in found] == ["info"]


def test_a_copied_sentence_of_a_script_without_spaces_is_no_short_name() -> None:
    # ar kept zh's "lights must be on at night" (stop 34): one run of letters, 1 "word", it
    # was an info "short: names or numbers may need no translation"
    sentence = "夜间骑行时必须开启车灯。"
    found = findings({"zh": [sentence], "ar": [sentence]}, pivot="zh", check="untranslated")
    assert [(f.lang, f.severity) for _, f in found] == [("ar", "major")]
    name = "杭州交通局"  # a name of five characters stays short
    found = findings({"zh": [name], "ar": [name]}, pivot="zh", check="untranslated")
    assert [f.severity for _, f in found] == ["info"]
    # nor does an address of many signs that ja keeps as zh writes it (review34: a major)
    address = "北京市朝阳区建国路八十八号国际展览中心"
    found = findings({"zh": [address], "ja": [address]}, pivot="zh", check="untranslated")
    assert [f.severity for _, f in found] == ["info"]


def test_a_copied_hindi_sentence_is_no_short_name() -> None:
    # ru kept hi's "parking will be available near the eastern gate" (stop 35): Devanagari's
    # vowel signs broke its words into letters, and it was "short" (an info)
    sentence = "पार्किंग की सुविधा मैदान के पूर्वी द्वार के पास उपलब्ध होगी।"
    found = findings({"hi": [sentence], "ru": [sentence]}, pivot="hi", check="untranslated")
    assert [(f.lang, f.severity) for _, f in found] == [("ru", "major")]


def test_a_sentence_copied_from_a_version_other_than_the_pivot_is_major() -> None:
    # A French version kept the English version's last sentence, with Greek the pivot: too
    # short for the identifier alone (it reads de 0.49), plain beside the English cell.
    columns = {
        "el": ["Τα παιδιά κάτω των 12 ετών μπαίνουν δωρεάν."],
        "en": ["Children under 12 enter free."],
        "fr": ["Children under 12 enter free."],
        "it": ["I bambini sotto i 12 anni entrano gratis."],
        "de": ["Kinder unter 12 Jahren haben freien Eintritt."],
    }
    found = findings(columns, pivot="el", check="untranslated")
    assert [(f.lang, f.severity) for _, f in found] == [("fr", "major")]
    assert "same text as the en version" in found[0][1].message
    columns["fr"] = ["Les enfants de moins de 12 ans entrent gratuitement."]
    assert findings(columns, pivot="el", check="untranslated") == []


def test_a_text_most_versions_share_or_that_reads_as_neither_is_not_copied() -> None:
    # Names every Latin version keeps alike, and a line of names two versions share whose
    # language the identifier cannot tell apart: nothing to report.
    kept = "Ingrid Solberg and Céu Aberto, Oslo"
    columns = {
        "el": ["Η Ingrid Solberg και οι Céu Aberto από το Όσλο"],
        "en": [kept],
        "fr": [kept],
        "de": [kept],
    }
    assert findings(columns, pivot="el", check="untranslated") == []
    shared = "Marta Sousa Daniel Okafor Lisboa Porto"
    columns = {
        "el": ["Μάρτα Σόουζα, Ντάνιελ Οκαφόρ, Λισαβόνα, Πόρτο"],
        "en": [shared],
        "fr": [shared],
        "ja": ["マルタ・ソウザ、ダニエル・オカフォー、リスボン、ポルト"],
        "ko": ["마르타 소우자, 대니얼 오카포, 리스본, 포르투"],
    }
    assert findings(columns, pivot="el", check="untranslated") == []


# A row where the pivot (ja) and two other versions are in scripts of their own, so that
# nothing but the two versions under test can keep a Latin or Cyrillic text alike.
_OTHERS = {
    "ja": ["12歳未満の子供は無料です。"],
    "ko": ["12세 미만 어린이는 무료입니다."],
    "th": ["เด็กอายุต่ำกว่า 12 ปีเข้าฟรี"],
}


@pytest.mark.parametrize(
    ("text", "pair", "language"),
    [
        ("Los niños menores de doce años entran gratis.", ("fr", "de"), "es"),
        ("Os menores de doze anos entram de graça no parque.", ("en", "fr"), "pt"),
        ("Ett barn under tolv år går in gratis i parken.", ("en", "fr"), "de"),
    ],
)
def test_a_text_two_versions_share_in_a_third_language_is_no_copy_of_either(
    text: str, pair: tuple[str, str], language: str
) -> None:
    # Neither version's language: that one reads 0.00 (or 0.21) and the other 0.00 (or
    # 0.01) is no sign which copied which (stop 33's review: "the same text as the fr version,
    # and it reads as fr (0.00 against 0.00 for de)" took the place of "looks like es").
    columns = {**_OTHERS, pair[0]: [text], pair[1]: [text]}
    found = findings(columns, pivot="ja", check="untranslated")
    assert found, "a sentence in a third language is reported, each version on its own"
    for _, finding in found:
        assert "same text as" not in finding.message
        assert finding.message.startswith(f"looks like {language} (")


@pytest.mark.parametrize(
    "names",
    [
        "Berlin Hamburg München Köln Frankfurt",
        "São Paulo, Belo Horizonte, Porto Alegre",
        "Frequently Asked Questions (FAQ)",
        "Nguyễn Văn An, Trần Thị Bình, Hà Nội",
    ],
)
def test_a_short_line_of_names_two_versions_keep_alike_is_no_copy(names: str) -> None:
    # Under the identifier's 40 characters, and read surely as de, pt or vi; but a line of
    # names and places (or a heading in capitals) has next to no word to translate.
    for pair in [("en", "de"), ("es", "pt"), ("en", "vi")]:
        columns = {**_OTHERS, pair[0]: [names], pair[1]: [names]}
        assert findings(columns, pivot="ja", check="untranslated") == [], (names, pair)


def test_a_heading_with_words_to_translate_is_a_copy() -> None:
    heading = "Terms and Conditions of Use"
    columns = {**_OTHERS, "en": [heading], "de": [heading]}
    found = findings(columns, pivot="ja", check="untranslated")
    assert [(f.lang, f.severity) for _, f in found] == [("de", "major")]
    assert found[0][1].message.startswith("the same text as the en version, and it reads as en")


@pytest.mark.parametrize(
    ("text", "source", "copy"),
    [
        ("O evento começa às dez horas na praça central.", "pt", "es"),
        ("El evento empieza a las diez en la plaza central.", "es", "pt"),
        ("Захід розпочнеться о десятій годині на центральній площі.", "uk", "ru"),
        ("Мероприятие начнётся в десять часов на центральной площади.", "ru", "uk"),
    ],
)
def test_a_copy_between_neighbouring_languages_names_the_right_version(
    text: str, source: str, copy: str
) -> None:
    # Close languages, which the identifier tells apart on a sentence: the version the text
    # is not in is the copy, whichever of the two that is.
    columns = {**_OTHERS, source: [text], copy: [text]}
    found = findings(columns, pivot="ja", check="untranslated")
    assert [(f.lang, f.severity) for _, f in found] == [(copy, "major")]
    assert f"the same text as the {source} version" in found[0][1].message


@pytest.mark.parametrize(
    ("text", "unknown", "known"),
    [
        ("Deti do dvanástich rokov majú vstup zdarma do parku.", "sk", "pl"),
        ("Barnen under tolv år kommer in gratis i parken på söndagar.", "sv", "de"),
        ("Дзеці да дванаццаці гадоў уваходзяць у парк бясплатна.", "be", "uk"),
    ],
)
def test_a_version_in_a_language_the_identifier_does_not_know_is_no_copy(
    text: str, unknown: str, known: str
) -> None:
    # Its own sentence, shared with a version of a neighbouring language that kept it: the
    # identifier reads it as the known language (pl 0.78, de 0.90, uk 1.00) and 0 as the
    # other, which is no sign that the other copied.
    columns = {**_OTHERS, unknown: [text], known: [text]}
    found = findings(columns, pivot="ja", check="untranslated")
    assert [f for _, f in found if f.lang == unknown] == []


def test_a_copy_between_related_languages_is_not_reported() -> None:
    text = "Acara akan dimulai pukul sepuluh di alun-alun kota."
    assert findings({**_OTHERS, "id": [text], "ms": [text]}, pivot="ja", check="untranslated") == []


def test_a_sentence_three_versions_share_names_each_language_it_may_be_in() -> None:
    # The identifier reads "Children under 12 enter free." de 0.49, en 0.42: the French
    # version is surely a copy, and the message must not call the German one the source.
    text = "Children under 12 enter free."
    columns = {
        "el": ["Τα παιδιά κάτω των 12 ετών μπαίνουν δωρεάν."],
        "en": [text],
        "fr": [text],
        "de": [text],
        "it": ["I bambini sotto i 12 anni entrano gratis."],
        "pl": ["Dzieci poniżej 12 lat wchodzą za darmo."],
        "es": ["Los niños menores de 12 años entran gratis."],
    }
    found = findings(columns, pivot="el", check="untranslated")
    assert [(f.lang, f.severity) for _, f in found] == [("fr", "major")]
    assert found[0][1].message.startswith("the same text as the de and en versions")
    # Three of five versions alike are taken for a text kept on purpose (a known miss).
    del columns["pl"], columns["es"]
    assert findings(columns, pivot="el", check="untranslated") == []


def test_a_copy_names_every_version_whose_language_the_text_may_be_in(monkeypatch) -> None:
    # Given odds, not the identifier's: three versions read alike (none ten times another),
    # and two read ten times less likely than the best of them.
    odds = {"de": 0.30, "en": 0.28, "nl": 0.20, "fr": 0.02, "pl": 0.001}
    monkeypatch.setattr(
        language, "probabilities", lambda text, langs: {x: odds.get(x, 0.0) for x in langs}
    )
    text = "Children under 12 enter free."
    columns = {lang: [text] for lang in odds}
    columns |= {lang: [f"{lang} {n}"] for n, lang in enumerate(["el", "it", "ja", "ko", "th"])}
    found = findings(columns, pivot="el", check="untranslated")
    assert [f.lang for _, f in found] == ["fr", "pl"]
    assert found[0][1].message == (
        "the same text as the de, en and nl versions, and it reads as de, en or nl"
        " (0.30, 0.28, 0.20 against 0.02 for fr): left untranslated?"
    )


def test_a_copy_in_a_group_of_four_is_reported() -> None:
    # Two of four documents alike (the pivot counts): before, two of the three versions
    # besides the pivot were "most versions", and no group of four or fewer was ever asked.
    text = "Children under 12 enter free."
    columns = {
        "el": ["Τα παιδιά κάτω των 12 ετών μπαίνουν δωρεάν."],
        "en": [text],
        "fr": [text],
        "it": ["I bambini sotto i 12 anni entrano gratis."],
    }
    found = findings(columns, pivot="el", check="untranslated")
    assert [(f.lang, f.severity) for _, f in found] == [("fr", "major")]
    del columns["it"]  # two of three: most of the group keeps it (names would be alike too)
    assert findings(columns, pivot="el", check="untranslated") == []


@pytest.mark.parametrize("marks", ["* * *", "```", "—", "***"])
def test_a_line_of_marks_alone_is_not_untranslated(marks: str) -> None:
    # a scene break or a code fence, article text since a recurring one is no ad (stop 32):
    # in a pair it was "same text as the en pivot"
    columns = {
        "en": ["The storm reached the coast on Tuesday.", "* * *", "Schools stay closed."],
        "fr": ["La tempête a atteint la côte mardi.", marks, "Les écoles restent fermées."],
    }
    assert not findings(columns, pivot="en", check="untranslated")


def test_a_line_of_marks_a_version_adds_is_no_extra_text() -> None:
    # pl's scene break and tr's rule in a holiday flat's rules were "text with no counterpart
    # in de", two majors: layout, with nothing to translate (an added sentence still is one)
    columns = {
        "en": ["The storm reached the coast on Tuesday.", None, None, "Schools stay closed."],
        "fr": ["La tempête a atteint la côte mardi.", "* * *", None, "Les écoles restent fermées."],
        "de": ["Der Sturm erreichte die Küste.", "---", "Es war laut.", "Die Schulen bleiben zu."],
    }
    found = findings(columns, pivot="en", check="extra")
    assert [(row, f.lang) for row, f in found] == [(2, "de")]


def test_text_in_pivot_language(monkeypatch) -> None:
    monkeypatch.setattr(language, "identify", lambda text: ("vi", 0.99))
    columns = {
        "vi": ["Một câu dài bằng tiếng Việt ở đây."],
        "de": ["Noch ganz anderer Satz, lang genug hier, sehr lang."],  # no German stop-words
    }
    found = findings(columns, pivot="vi", check="untranslated")
    assert [(f.lang, f.severity) for _, f in found] == [("de", "major")]
    monkeypatch.setattr(language, "identify", lambda text: ("vi", 0.6))
    assert [f.severity for _, f in findings(columns, pivot="vi", check="untranslated")] == ["minor"]
    # barely preferred (a line of figures and technical words, "Display: 6,7-Zoll-OLED, 2400
    # x 1080 Pixel, 120 Hz" at 0.13): the identifier is guessing
    monkeypatch.setattr(language, "identify", lambda text: ("vi", 0.13))
    assert [f.severity for _, f in findings(columns, pivot="vi", check="untranslated")] == ["info"]


def test_related_language_is_accepted(monkeypatch) -> None:
    monkeypatch.setattr(language, "identify", lambda text: ("ms", 0.99))
    columns = {"vi": ["Một câu."], "id": ["Kalimat yang cukup panjang untuk diperiksa di sini."]}
    assert findings(columns, pivot="vi", check="untranslated") == []


def test_other_language_is_major_when_sure_else_info(monkeypatch) -> None:
    columns = {"vi": ["Một câu."], "fr": ["Ein deutscher Satz, der lang genug ist für das Modell."]}
    monkeypatch.setattr(language, "identify", lambda text: ("de", 0.99))
    assert [f.severity for _, f in findings(columns, pivot="vi", check="untranslated")] == ["major"]
    monkeypatch.setattr(language, "identify", lambda text: ("de", -120.0))  # uncalibrated
    assert [f.severity for _, f in findings(columns, pivot="vi", check="untranslated")] == ["info"]


def test_untranslated_real_identifier_on_seeds() -> None:
    rows, segments = seed_group()
    found = run_checks(rows, segments, "vi", checks=["untranslated"])
    assert not [f for row in found for f in row]
    assert checks.language is language  # the check goes through the shared module


# --------------------------------------------------------------------------- invariants

_TEXT = st.text(alphabet="abc ABC SCO 0123456789,.%/đé", min_size=0, max_size=40)


@given(st.lists(st.tuples(st.one_of(st.none(), _TEXT), st.one_of(st.none(), _TEXT)), max_size=8))
def test_every_finding_is_well_formed(pairs) -> None:
    columns = {
        "vi": [p if p else None for p, _ in pairs],
        "fr": [t if t else None for _, t in pairs],
    }
    rows, segments = build(columns)
    result = run_checks(rows, segments, "vi")
    assert len(result) == len(rows)
    for i, row in enumerate(result):
        for f in row:
            assert f.lang == "fr" and f.severity in SEVERITIES and f.check in REGISTRY
            assert f.message
            text = cell_text([segments["fr"][j] for j in rows[i].cells["fr"]])
            assert all(0 <= a < b <= len(text) for a, b in f.spans)


@pytest.mark.parametrize("pivot", ["id", "fr", "de"])
def test_seed_other_pivots_major_only_on_the_unga_row(pivot: str) -> None:
    # Realigning through another pivot (the `pivot.set` key) must not flood the group with
    # major findings: names are translated (Nga/Rusia/Russie/Russland), titles inflected.
    rows, segments = seed_group()
    found = run_checks(rows, segments, pivot)
    majors = {i for i, row in enumerate(found) for f in row if f.severity == "major"}
    assert majors <= {UNGA_ROW}
    # The German version spells Kassym-Jomart two ways (its caption: Kassym-Schomart), whatever
    # the pivot.
    names_only = ("name-mismatch", "name-consistency")
    assert not [f for row in found for f in row if f.check not in names_only]


def test_other_translations_count_their_localised_acronyms() -> None:
    # German never writes SCO; French writes OCS for it and Indonesian SCO, so both carry it and
    # the German omission is major (without the French localisation it would only be info).
    columns = {
        "vi": ["SCO họp tại Astana.", "SCO có 9 thành viên."],
        "fr": ["L'OCS se réunit à Astana.", "L'OCS a neuf membres."],
        "id": ["SCO bertemu di Astana.", "SCO memiliki sembilan anggota."],
        "de": ["Die Organisation tagt in Astana.", "Sie hat neun Mitglieder."],
    }
    found = findings(columns, pivot="vi", check="name-mismatch")
    assert [(i, f.lang, f.severity) for i, f in found] == [(0, "de", "major"), (1, "de", "major")]


def test_an_acronym_other_versions_write_as_their_own_is_kept_there() -> None:
    # fr, es and it write OMS for en WHO: a pl that dropped it is told, though most versions
    # lack "WHO" itself (that silence is for an acronym most render otherwise: de WLAN)
    sentences = (
        "en The WHO warned about the heat.",
        "fr L'OMS a mis en garde contre la chaleur.",
        "es La OMS advirtió sobre el calor.",
        "it L'OMS ha messo in guardia dal caldo.",
        "de Die WHO warnte vor der Hitze.",
        "nl De Wereldgezondheidsorganisatie waarschuwde voor de hitte.",
        "pl Ostrzeżono przed upałem.",
    )
    columns = {line[:2]: [line[3:]] for line in sentences}
    found = findings(columns, pivot="en", check="name-mismatch")
    assert ("pl", "info") in {(f.lang, f.severity) for _, f in found}


def test_no_rows_and_absent_languages() -> None:
    assert run_checks([], {"vi": (), "fr": ()}, "vi") == []
    # A row that names no cell for a language is an empty cell for it.
    segments = {"vi": (Segment(0, 0, 0, 8, "Câu một."),), "fr": ()}
    (row,) = run_checks([Row({"vi": (0,)})], segments, "vi")
    assert [(f.check, f.lang) for f in row] == [("missing", "fr")]


_SENTENCE = st.lists(
    st.sampled_from(
        [
            "Tokayev",
            "SCO",
            "Astana",
            "ông",
            "nói",
            "20/5",
            "27.000",
            "6",
            "2023",
            "46,2%",
            "và",
            ".",
        ]
    ),
    min_size=1,
    max_size=12,
).map(" ".join)


@given(st.lists(_SENTENCE, min_size=1, max_size=6))
def test_a_copy_differs_only_in_being_untranslated(sentences) -> None:
    # The same text on both sides has the same numbers and names: only `untranslated` may fire.
    # (Tokens read alike in both languages; "27 tỷ" is a scale only in Vietnamese.)
    rows, segments = build({"vi": list(sentences), "fr": list(sentences)})
    result = run_checks(rows, segments, "vi")
    assert {f.check for row in result for f in row} <= {"untranslated"}


# ------------------------------------------------------------- injected errors on the seeds


def _replace_cell(segments, lang: str, ordinal: int, text: str):
    column = list(segments[lang])
    old = column[ordinal]
    column[ordinal] = Segment(old.ordinal, old.paragraph, old.start, old.start + len(text), text)
    return {**segments, lang: tuple(column)}


def _seed_number_mutations():
    """Every digit number of every translated seed sentence, changed by one."""
    rows, segments = seed_group()
    for row_index, row in enumerate(rows):
        for lang in ("id", "fr", "de"):
            if not row.cells[lang] or not row.cells["vi"]:
                continue
            (ordinal,) = row.cells[lang]
            segment = segments[lang][ordinal]
            if segment.boilerplate:
                continue
            for mention in numbers(segment.text, lang):
                digits = re.search(r"\d+", mention.text)
                if digits is None:  # a month name or a spelt number
                    continue
                at = mention.start + digits.start()
                changed = str(int(digits.group()) + 1)
                text = segment.text[:at] + changed + segment.text[at + len(digits.group()) :]
                yield pytest.param(row_index, lang, ordinal, text, id=f"{row_index}-{lang}-{at}")


@pytest.mark.parametrize(("row_index", "lang", "ordinal", "text"), list(_seed_number_mutations()))
def test_seed_changed_number_is_found(row_index: int, lang: str, ordinal: int, text: str) -> None:
    rows, segments = seed_group()
    segments = _replace_cell(segments, lang, ordinal, text)
    found = run_checks(rows, segments, "vi", checks=["number-mismatch"])
    assert [(f.lang, f.severity) for f in found[row_index]] == [(lang, "major")]
    assert found[row_index][0].spans  # points at the changed number


def _still_spelled_out(segments, lang: str, ordinal: int, text: str) -> bool:
    """Whether the text keeps a run of capitalised words that the version writes in another
    sentence too (its full name for the acronym deleted)."""
    elsewhere = set().union(
        *(
            checks_names.capitalised_runs(other.text)
            for other in segments[lang]
            if other.ordinal != ordinal and not other.boilerplate
        )
    )
    return not elsewhere.isdisjoint(checks_names.capitalised_runs(text))


def _seed_name_deletions():
    """Every pivot name or acronym that a translated seed sentence carries and the translation
    uses in another row too, deleted from that sentence (every counterpart word of it)."""
    rows, segments = seed_group()
    for row_index, row in enumerate(rows):
        if not row.cells["vi"]:
            continue
        (pivot_ordinal,) = row.cells["vi"]
        for lang in ("id", "fr", "de"):
            (ordinal,) = row.cells[lang]
            segment = segments[lang][ordinal]
            if segment.boilerplate:
                continue
            elsewhere = {
                m.key
                for other in segments[lang]
                if other.ordinal != ordinal and not other.boilerplate
                for m in names(other.text, lang)
            }
            pivot_names = names(segments["vi"][pivot_ordinal].text, "vi")
            for name in {m.key: m for m in pivot_names}.values():
                doomed = [
                    (start, end)
                    for word, start, end in words(segment.text)
                    if (word.isupper() and word == name.key)
                    or (
                        name.kind == "name"
                        and counterpart(name.key, name_key(word), capitalised=True)
                    )
                ]
                used = any(
                    (name.kind == "acronym" and k == name.key) or similar_names(name.key, k)
                    for k in elsewhere
                )
                if not doomed or not used:
                    continue
                text = segment.text
                for start, end in reversed(doomed):
                    text = text[:start] + text[end:]
                if name.kind == "acronym" and _still_spelled_out(segments, lang, ordinal, text):
                    continue  # de's "(SCO)" gone, "Shanghaier Organisation …" kept: no deletion
                yield pytest.param(
                    row_index, lang, ordinal, text, name.text, id=f"{row_index}-{lang}-{name.text}"
                )


@pytest.mark.parametrize(
    ("row_index", "lang", "ordinal", "text", "name"), list(_seed_name_deletions())
)
def test_seed_deleted_name_is_found(
    row_index: int, lang: str, ordinal: int, text: str, name: str
) -> None:
    rows, segments = seed_group()
    segments = _replace_cell(segments, lang, ordinal, text)
    found = run_checks(rows, segments, "vi", checks=["name-mismatch"])
    assert [f for f in found[row_index] if f.lang == lang and f.severity == "major"]
    assert any(name in f.message for f in found[row_index] if f.lang == lang)


def test_a_near_spelling_in_the_cell_itself_is_no_finding() -> None:
    """A made-up quarterly report (stop 36): "fr names Pologne; tr has no counterpart here,
    though tr writes Polonya elsewhere" where the only Polonya was in that very cell."""
    columns = {
        "fr": ["La division a progressé de 9 %, portée par la demande en Allemagne et en Pologne."],
        "tr": ["Bölüm, Almanya ve Polonya'daki talebin etkisiyle yüzde 9 büyüdü."],
        "en": ["The division grew by 9%, driven by demand in Germany and Poland."],
        "de": [
            "Die Sparte wuchs um 9 Prozent, getragen von der Nachfrage in Deutschland und Polen."
        ],
        "es": ["La división creció un 9 %, impulsada por la demanda en Alemania y Polonia."],
    }
    assert findings(columns, pivot="fr", check="name-mismatch") == []
    # ... while the same spelling in another row still is named
    columns = {lang: [*cells, cells[0]] for lang, cells in columns.items()}
    columns["tr"][0] = "Bölüm, Almanya'daki talebin etkisiyle yüzde 9 büyüdü."
    [(row, f)] = findings(columns, pivot="fr", check="name-mismatch")
    assert row == 0 and "tr writes Polonya elsewhere" in f.message


def test_a_near_spelling_in_the_cell_that_is_another_name_there_is_still_a_finding() -> None:
    """en names Austria and Australia, tr only Avustralya'da: Austria was dropped, and its
    near spelling in the cell was taken for it (silent, review36)."""
    columns = {
        "en": ["Floods hit Austria and Australia on Monday, the agency said.", "Vienna asked."],
        "de": [
            "Überschwemmungen trafen am Montag Österreich und Australien, teilte die Behörde mit.",
            "Wien bat.",
        ],
        "fr": [
            "Des inondations ont frappé l'Autriche et l'Australie lundi, selon l'agence.",
            "Vienne a demandé.",
        ],
        "it": [
            "Le alluvioni hanno colpito l'Austria e l'Australia lunedì, ha detto l'agenzia.",
            "Vienna ha chiesto.",
        ],
        "tr": ["Ajansa göre pazartesi günü Avustralya'da sel oldu.", "Viyana istedi."],
    }
    told = findings(columns, pivot="en", check="name-mismatch")
    [f] = [f for row, f in told if f.lang == "tr" and row == 0]
    assert f.severity == "major" and "Austria" in f.message and "Australia" in f.message
    # ... while both written there is no finding
    columns["tr"][0] = "Ajansa göre pazartesi günü Avusturya'da ve Avustralya'da sel oldu."
    told = findings(columns, pivot="en", check="name-mismatch")
    assert not [f for row, f in told if f.lang == "tr" and row == 0]


def test_name_mismatch_names_the_near_spelling_the_version_uses_elsewhere() -> None:
    """ "though fr uses it elsewhere" where fr writes only a near spelling hid what was matched
    (Text+Berg: fr Géant against de Grant); the message now names it."""
    columns = {
        "en": ["Hartmann reached the summit.", "Hartmann came down."],
        "fr": ["Il a atteint le sommet.", "Hartman est redescendu."],
    }
    [(row, f)] = findings(columns, pivot="en", check="name-mismatch")
    assert row == 0 and "fr writes Hartman elsewhere" in f.message
    columns["fr"][1] = "Hartmann est redescendu."
    [(row, f)] = findings(columns, pivot="en", check="name-mismatch")
    assert row == 0 and "fr uses it elsewhere" in f.message


def test_name_mismatch_another_part_of_one_full_name_is_the_same_person() -> None:
    """Vietnamese says the given name (bà Lan) where English says the family name (Nguyễn):
    both write Nguyễn Thị Lan elsewhere, so the row names the same person."""
    columns = {
        "en": ["The team of Nguyễn Thị Lan examined 892 species.", "“It is bad,” Nguyễn said."],
        "vi": ["Nhóm của Nguyễn Thị Lan khảo sát 892 loài.", "“Thật tệ”, bà Lan nói."],
    }
    assert findings(columns, pivot="en", check="name-mismatch") == []
    columns["vi"][1] = "“Thật tệ”, bà Hoa nói, như Hoa đã nói."  # another person
    columns["en"][0] += " Hoa helped."
    columns["vi"][0] += " Hoa giúp đỡ."
    [(row, f)] = findings(columns, pivot="en", check="name-mismatch")
    assert row == 1 and f.severity == "major" and "Nguyễn" in f.message


# ------------------------------------------------------ number-mismatch across scripts

MONTH_AS_WORD_OR_DIGIT = [
    # (pivot lang, pivot, target lang, target): the same date, one side with a month word.
    ("en", "It opened on December 26, 2024.", "zh", "2024年12月26日开通。"),
    ("zh", "2024年12月26日开通。", "ar", "افتتح في 26 ديسمبر/كانون الأول 2024."),
    ("ko", "2024년 12월 26일 개통됐다.", "th", "เปิดเมื่อวันที่ 26 ธันวาคม 2567"),
    ("ru", "открылась 26 декабря 2024 года.", "vi", "khai trương ngày 26/12/2024."),
    ("tr", "21 Ekim'de deprem oldu.", "ja", "10月21日に地震があった。"),
    ("de", "Am 21. Oktober bebte die Erde.", "ko", "10월 21일 지진이 발생했다."),
    # A month word the reader does not know still leaves the day, which is enough.
    ("en", "It opened on December 26.", "id", "Dibuka pada 26 Desember."),
]


@pytest.mark.parametrize(("pl", "pivot", "tl", "target"), MONTH_AS_WORD_OR_DIGIT)
def test_month_words_and_digits_do_not_fire(pl: str, pivot: str, tl: str, target: str) -> None:
    assert findings({pl: [pivot], tl: [target]}, pivot=pl, check="number-mismatch") == []


def test_changed_day_or_month_still_fires() -> None:
    for target in ("2024年12月27日开通。", "2024年11月26日开通。"):
        found = findings(
            {"en": ["It opened on December 26, 2024."], "zh": [target]},
            pivot="en",
            check="number-mismatch",
        )
        assert [f.severity for _, f in found] == ["major"], target


def test_small_number_on_one_side_is_only_info() -> None:
    # "3" against nothing: perhaps a number written in words on the other side.
    columns = {"en": ["25,000 passengers came in waves."], "ja": ["3回で2万5000人が来た。"]}
    [(_, f)] = findings(columns, pivot="en", check="number-mismatch")
    assert f.severity == "info" and "3" in f.message
    # "1" against "at once": a one alone is no finding (an info until stop 41's end)
    columns = {"en": ["25,000 passengers came at once."], "ja": ["1回で2万5000人が来た。"]}
    assert findings(columns, pivot="en", check="number-mismatch") == []
    # ja "1日約" (about … a day, per day) is no count at all (stop 37)
    columns = {"en": ["25,000 passengers a day."], "ja": ["1日約2万5000人。"]}
    assert findings(columns, pivot="en", check="number-mismatch") == []


def test_small_number_changed_against_a_spelt_one_is_major() -> None:
    columns = {"en": ["more than five hours"], "zh": ["6个多小时"]}
    [(_, f)] = findings(columns, pivot="en", check="number-mismatch")
    assert f.severity == "major"


def test_changed_small_number_is_major() -> None:
    columns = {"en": ["It has 4 stations."], "zh": ["设5座车站。"]}
    [(_, f)] = findings(columns, pivot="en", check="number-mismatch")
    assert f.severity == "major" and "4" in f.message and "5" in f.message


# ------------------------------------------------- the multilingual corpus (bench/checks_corpus)


@pytest.fixture(scope="module")
def corpus():
    from bench import checks_corpus

    return checks_corpus, checks_corpus.load()


def test_corpus_false_alarms_at_most_two_per_hundred_cells(corpus) -> None:
    module, articles = corpus
    assert len(articles) >= 3 and all(len(a) >= 8 for a in articles.values())
    cells, alarms, _ = module.false_alarms(articles)
    assert len(alarms) <= 0.02 * cells, alarms[:5]


def test_corpus_planted_numbers_found_in_every_script(corpus) -> None:
    module, articles = corpus
    recall = module.planted_recall(articles)
    assert {"zh", "ja", "ko", "th", "ar", "ru", "tr"} <= set(recall)
    found = sum(a for a, _ in recall.values())
    total = sum(b for _, b in recall.values())
    assert found >= 0.98 * total
    # Every change is at least reported (info where a small number meets "a day", "per").
    loose = module.planted_recall(articles, severities=("major", "minor", "info"))
    assert all(a == b for a, b in loose.values()), loose
    assert all(a >= 0.9 * b for a, b in recall.values()), recall


# ------------------------------------------------------------- name-mismatch a reviewer believes

PRONOUN_COLUMNS = {
    "vi": [
        "Tổ chức Hợp tác Thượng Hải (SCO) họp tại Astana.",
        "Khi thành lập SCO, các nước đặt mục tiêu an ninh.",
    ],
    "fr": [
        "L'Organisation de coopération de Shanghai (OCS) se réunit à Astana.",
        "Lors de sa création, les pays ont fixé un objectif de sécurité.",
    ],
}


def test_pronoun_for_a_localised_acronym_is_info_and_says_what_it_saw() -> None:
    [(row, f)] = findings(PRONOUN_COLUMNS, pivot="vi", check="name-mismatch")
    assert (row, f.severity) == (1, "info")
    assert "writes OCS" in f.message and "“sa”" in f.message
    assert "uses it elsewhere" not in f.message  # fr never writes SCO


def test_dropped_name_without_pronoun_stays_major() -> None:
    columns = {**PRONOUN_COLUMNS, "fr": [PRONOUN_COLUMNS["fr"][0], "Les pays ont fixé un but."]}
    [(row, f)] = findings(columns, pivot="vi", check="name-mismatch")
    assert (row, f.severity) == (1, "major")


def test_pronoun_does_not_excuse_a_name_the_version_never_introduced() -> None:
    columns = {
        "vi": ["Ông nói tại Liên hợp quốc (UNGA)."],
        "fr": ["Il a parlé devant son Assemblée générale."],
        "de": ["Er sprach vor der Generalversammlung (UNGA)."],
    }
    [(_, f)] = findings(columns, pivot="vi", check="name-mismatch")
    assert f.lang == "fr" and f.severity == "major"


def test_acronym_glued_to_cjk_is_read() -> None:
    assert [m.text for m in names("SCOは2001年の設立以来", "ja")] == ["SCO"]
    assert [m.text for m in names("SCO는 2001년 창설", "ko")] == ["SCO"]


def test_acronym_transliterated_into_arabic_counts() -> None:
    columns = {
        "en": ["The agency AFAD said 14 died."],
        "ar": ["وقالت هيئة الكوارث (آفاد) إن 14 لقوا حتفهم."],
        "fr": ["L'agence AFAD a fait état de 14 morts."],
    }
    assert findings(columns, pivot="en", check="name-mismatch") == []


def test_sentence_initial_common_noun_is_no_name() -> None:
    # Губернатор opens a sentence, never appears inside one, and no other version names it.
    columns = {
        "en": ["The governor visited Malatya.", "He met the rescuers."],
        "ru": ["Губернатор посетил Малатью.", "Он встретился со спасателями."],
    }
    assert findings(columns, pivot="en", check="name-mismatch") == []
    assert findings(columns, pivot="ru", check="name-mismatch") == []
    rows, segments = build(columns)
    view = checks.GroupView(rows, segments, "ru")
    assert [m.text for m in view.names(0, "ru")] == ["Малатью"]


def test_whole_sentence_in_a_third_language_is_major() -> None:
    columns = {
        "vi": ["Tổng thống Kazakhstan đã chào đón lãnh đạo của chín quốc gia thành viên."],
        "fr": ["The Kazakh president welcomed the leaders of the nine member states today."],
    }
    [(_, f)] = findings(columns, pivot="vi", check="untranslated")
    assert f.severity == "major" and "en" in f.message


def test_cell_in_its_own_script_skips_the_identifier(monkeypatch) -> None:
    def refuse(text: str):
        raise AssertionError(f"identifier called on {text!r}")

    monkeypatch.setattr(language, "identify", refuse)
    columns = {
        "en": ["The line is 292 kilometres long and trains run at up to 350 kph."],
        "th": ["เส้นทางมีความยาว 292 กิโลเมตร และรถไฟวิ่งด้วยความเร็วสูงสุด 350 กิโลเมตรต่อชั่วโมง"],
        "ko": ["노선 길이는 292킬로미터이며 열차는 최고 시속 350킬로미터로 달린다."],
        "ja": ["路線の全長は292キロで、列車は最高時速350キロで走行する。"],
    }
    assert findings(columns, pivot="en", check="untranslated") == []


# ------------------------------------------------------------------------------ punctuation

PUNCTUATION_FIRES = [
    # (lang, text, kind, mark)
    ("id", "SCO juga memiliki tiga pengamat, yaitu Belarus, dan Mongolia .", "space-before", "."),
    ("de", "die eurasische politische , wirtschaftliche Organisation", "space-before", ","),
    ("en", "He asked why ?", "space-before", "?"),
    ("fr", "Le trajet dure 1,5 heure , pas plus.", "space-before", ","),
    ("ar", "قال ، نعم", "space-before", "،"),
    ("fr", "Il a demandé pourquoi?", "no-space-before", "?"),
    ("fr", "Il a dit: oui.", "no-space-before", ":"),
    ("fr", "Il a dit «oui ».", "no-space-before", "«"),
    ("en", "It was over.. for now.", "doubled", ".."),
    ("vi", "Ông nói,, rồi đi.", "doubled", ",,"),
    ("zh", "他说，，好。", "doubled", "，，"),
    ("en", "Really!!", "doubled", "!!"),
    ("en", "The agency (AFAD said so.", "unbalanced", "("),
    ("de", "Er sagte: „Ja, sicher.", "unbalanced", "„"),
    ("ja", "「地震があった。", "unbalanced", "「"),
    ("he", 'דובר צה"ל אמר: "הכול בסדר.', "unbalanced", '"'),  # a quote left open beside ״
    ("en", "It was over . Then . . . on", "space-before", "."),  # the ellipsis is no fault
]
PUNCTUATION_SILENT = [
    ("fr", "Il a dit : « oui » ! Vraiment ?"),
    ("fr", "Il a dit\u202f: «\u202foui\u202f»\u202f!"),
    ("en", "Wait... what?! See http://x.org: ok. At 3:40 it began."),
    ("de", "Er sagte: „Ja.“ Dann (kurz) ging er."),
    ("de", "Er sagte: »Ja.« Dann ging er."),
    ("en", "The .NET runtime, 0.5 mm, and the “quote”."),
    ("zh", "他说：“好。”然后（短暂地）离开了。"),
    ("th", "เขากล่าวว่า ใช่ ."),  # Thai spacing is not ours to judge
    ("fr", "Le trajet dure 1,5 heure."),
    ("en", "I've got a headache . . . and I'm so tired. 'Oh . . . nothing.' The book . . ."),
    ("de", "Er rief: »Ja!« Sie: »Nein.« Dann ‹kurz› Stille."),  # guillemets pointing inwards
    # Hebrew's gershayim typed as a straight quote inside an abbreviation (ד"ר, doctor; צה"ל)
    ("he", 'מנהל בית החולים, ד"ר סאמי אל-עתיבי, אמר כי האגף ישרת כ-40 אלף ילדים בשנה.'),
    ("he", 'דובר צה"ל אמר: "הכול בסדר".'),
]


@pytest.mark.parametrize(("lang", "text", "kind", "mark"), PUNCTUATION_FIRES)
def test_punctuation_problem_found(lang: str, text: str, kind: str, mark: str) -> None:
    found = punctuation.problems(text, lang)
    assert [(p.kind, p.seen.strip()) for p in found] == [(kind, mark)]
    [p] = found
    assert text[p.start : p.end] == p.seen


@pytest.mark.parametrize(("lang", "text"), PUNCTUATION_SILENT)
def test_punctuation_silent_on_good_typography(lang: str, text: str) -> None:
    assert punctuation.problems(text, lang) == []


def test_punctuation_check_names_both_languages_and_spans_the_mark() -> None:
    columns = {
        "vi": ["Tổ chức này có 3 quan sát viên, gồm Belarus và Mông Cổ."],
        "id": ["SCO memiliki tiga pengamat, yaitu Belarus dan Mongolia ."],
        "fr": ["L'OCS compte trois observateurs : le Bélarus et la Mongolie."],
    }
    [(row, f)] = findings(columns, pivot="vi", check="punctuation")
    assert (row, f.lang, f.severity) == (0, "id", "minor")
    assert "“.”" in f.message and "vi" in f.message and "Mongolia ." in f.message
    assert span_texts(columns, 0, f) == [" ."]


def test_punctuation_shared_with_the_pivot_is_not_reported() -> None:
    # A quotation that opens in this sentence and closes in a later one, in both versions.
    columns = {
        "en": ["“We will rebuild, he said."],
        "de": ["„Wir bauen wieder auf, sagte er."],
        "fr": ["« Nous reconstruirons, a-t-il dit."],
    }
    assert findings(columns, pivot="en", check="punctuation") == []
    columns["es"] = ["Reconstruiremos, dijo (sin más."]
    [(_, f)] = findings(columns, pivot="en", check="punctuation")
    assert f.lang == "es" and "“(”" in f.message


def test_punctuation_of_the_pivot_itself_where_no_other_version_has_it() -> None:
    """A made-up story (stop 26): the German pivot (chosen by the alphabet) wrote a space
    before its question mark, inside „…“; no other version did, and nothing said so."""
    columns = {
        "de": ["„Kommst du morgen ?“, fragte Claire."],
        "en": ['"Are you coming tomorrow?" Claire asked.'],
        "fr": ["« Tu viens demain ? » demanda Claire."],  # French puts the space: no fault
        "es": ["—¿Vienes mañana? —preguntó Claire."],
    }
    [(row, f)] = findings(columns, pivot="de", check="punctuation")
    assert (row, f.lang, f.severity) == (0, "de", "minor")
    assert "no other version has such a fault here" in f.message
    assert span_texts(columns, 0, f) == [" ?"]
    # another version with the same fault: neither's own (a space copied from the source)
    columns["es"] = ["¿Vienes mañana ? preguntó Claire."]
    assert findings(columns, pivot="de", check="punctuation") == []


def test_punctuation_the_pivot_writes_on_many_rows_is_the_corpus_form() -> None:
    """Text+Berg is tokenized on both sides: a version's ` ,` where the pivot's row has no
    comma is the corpus's form when the pivot writes ` ,` on other rows."""
    fr = ["Il monte , puis descend .", "Le vent , la neige .", "Nous voyons , enfin .", "Fin ."]
    de = ["Er steigt auf und ab .", "Wind und Schnee .", "Wir sehen endlich .", "Ende , gut ."]
    assert findings({"fr": fr, "de": de}, pivot="fr", check="punctuation") == []
    # Twice only is no habit: the row's own comparison holds.
    fr[2] = "Nous voyons enfin ."
    [(row, f)] = findings({"fr": fr, "de": de}, pivot="fr", check="punctuation")
    assert (row, f.lang) == (3, "de")


def test_punctuation_habit_of_a_version_is_minor_once_then_info() -> None:
    en = ["We climbed: the wall held.", "He said it.", "They ran.", "It fell."]
    de = ["Wir stiegen : die Wand hielt.", "Er sagte : ja.", "Sie liefen : weg.", "Es fiel."]
    found = findings({"en": en, "de": de}, pivot="en", check="punctuation")
    assert [(row, f.severity) for row, f in found] == [(0, "minor"), (1, "info"), (2, "info")]
    assert "a habit of this version: 3 rows" in found[0][1].message


def test_quotation_over_two_rows_is_no_fault() -> None:
    # The rows cut the Japanese quotation where the English one has closed: the document's
    # quotes are balanced, so neither row has a fault. One never closed is one.
    columns = {
        "en": ["He said, “Write this.”", "“Blessed are the dead.” Then I looked."],
        "ja": [
            "彼は言った。「書きしるせ。",
            "今から後、主にあって死ぬ死者は幸いである。」また私は見た。",
        ],
    }
    assert findings(columns, pivot="en", check="punctuation") == []
    columns["ja"][1] = "今から後、主にあって死ぬ死者は幸いである。また私は見た。"
    [(row, f)] = findings(columns, pivot="en", check="punctuation")
    assert (row, f.lang) == (0, "ja") and "「" in f.message


def test_an_unpaired_guillemet_is_found_where_it_is_not_at_the_last_mark() -> None:
    # Revelation 13 in Arabic with 22:11 planted after verse 10: the planted verse ends with
    # the closing mark of a quotation opened in 22:10. The count of marks was odd, and the
    # finding went to the last mark of the text, in verse 18's balanced «…», rows away.
    columns = {
        "en": ["Who is like the beast?", "He who is unjust, let him be unjust.", "It is 666."],
        "ar": [
            "وَهُمْ يَقُولُونَ: «مَنْ مِثْلُ هَذَا الْوَحْشِ؟»",
            "فَمَنْ كَانَ ظَالِماً، فَلْيُمْعِنْ فِي الظُّلْمِ!»",
            "وَهُوَ الرَّقْمُ «سِتُّ مِئَةٍ وَسِتَّةٌ وَسِتُّونَ».",
        ],
    }
    [(row, f)] = findings(columns, pivot="en", check="punctuation")
    assert row == 1 and "“»”" in f.message
    assert span_texts(columns, row, f) == ["»"]
    columns["ar"][1] = "فَمَنْ كَانَ ظَالِماً، فَلْيُمْعِنْ فِي الظُّلْمِ!"
    assert findings(columns, pivot="en", check="punctuation") == []


def test_an_excerpt_never_starts_or_ends_inside_a_letter() -> None:
    # The unpaired-mark message quoted “ٌ وَسِتُّونَ».”: cut after a letter, before its vowel sign.
    from reviewer.core.checks import _context, _quote

    text = "إِنَّهُ عَدَدٌ لإِنْسَانٍ، وَهُوَ الرَّقْمُ «سِتُّ مِئَةٍ وَسِتَّةٌ وَسِتُّونَ» «"
    import unicodedata

    for at in range(len(text)):
        for excerpt in (_context(text, at, at + 1), _quote(text, limit=at + 2)):
            inner = excerpt[1:-1].rstrip("…")
            assert inner and unicodedata.category(inner[0]) != "Mn", excerpt
            after = text.index(inner) + len(inner)
            assert after == len(text) or unicodedata.category(text[after]) != "Mn", excerpt


@given(
    st.lists(
        st.text(alphabet="ab «»“”()「」 .", min_size=1, max_size=12).filter(str.strip),
        min_size=1,
        max_size=5,
    )
)
def test_unbalanced_marks_point_at_a_mark_in_their_row(sentences: list[str]) -> None:
    # Balance is read over the whole text; every reported mark is still one of its row's.
    columns = {"en": ["A sentence."] * len(sentences), "de": sentences}
    rows, segments = build(columns)
    for row, f in findings(columns, pivot="en", check="punctuation"):
        text = cell_text([segments["de"][i] for i in rows[row].cells["de"]])
        for start, end in f.spans:
            assert 0 <= start < end <= len(text)
            assert text[start:end].strip() and set(text[start:end].strip()) <= set("«»“”()「」.")


def test_french_typography_is_only_info() -> None:
    columns = {"en": ["Why?"], "fr": ["Pourquoi?"]}
    [(_, f)] = findings(columns, pivot="en", check="punctuation")
    assert f.severity == "info"


# ------------------------------------------------------------------------- name-consistency

SPELLED_TWO_WAYS = [
    ("Tokayev", "Tokaev", True),
    ("Kassym-Jomart", "Kassym-Schomart", True),
    ("Kassym-Jomart", "Kassym-Zhomart", True),
    ("Austria", "Australia", False),  # two names
    ("Kasachstan", "Kasachstans", False),  # one name inflected
    ("Малатья", "Малатью", False),
    ("Iran", "Irak", False),  # too short to tell
    ("Reichen", "Zeichen", False),  # two words: German capitalises nouns
    ("Gaddafi", "Kaddafi", True),  # the first letter's other spelling
    ("Агнец", "Агнца", False),  # one word inflected, its fleeting vowel dropped
    ("Putin", "Putin", False),
]


@pytest.mark.parametrize(("a", "b", "expected"), SPELLED_TWO_WAYS)
def test_spelled_two_ways(a: str, b: str, expected: bool) -> None:
    assert checks_names.spelled_two_ways(a, b) is expected
    assert checks_names.spelled_two_ways(b, a) is expected


def test_name_spelled_two_ways_inside_a_version_is_minor_once() -> None:
    columns = {
        "vi": ["Ông Tokayev phát biểu.", "Tokayev nói thêm.", "Tokayev kết thúc."],
        "en": ["Mr Tokayev spoke.", "Then Tokayev added more.", "Finally Tokaev closed."],
    }
    [(row, f)] = findings(columns, pivot="vi", check="name-consistency")
    assert (row, f.severity) == (2, "minor")
    assert "Tokaev" in f.message and "Tokayev" in f.message
    assert span_texts(columns, 2, f) == ["Tokaev"]


_EXPEDITION = {
    "en": ["The expedition is led by Ingrid Berglund, said Michał Kowalczyk."],
    "fr": ["L'expédition est dirigée par Ingrid Berglund, a dit Michał Kowalczyk."],
    "es": ["La expedición la dirige Ingrid Berglund, dijo Michał Kowalczyk."],
    # German joins its capitalised nouns to the name: no full name like the others'
    "de": [
        "Geleitet wird die Expedition von der Glaziologin Ingrid Berglund, so Michał Kowalczyk."
    ],
    "ru": ["Экспедицию возглавляет Ингрид Берглунд, сказал Михал Ковальчик."],
    "he": ["את המשלחת מובילה אינגריד ברגלונד, אמר מיכאל קובלצ'יק."],
    "it": ["La spedizione è guidata da Ingrid Bergmund, ha detto Michał Kowalczyk."],
    # a case of the name, not a spelling: "according to Michał Kowalczyk"
    "pl": ["Wyprawą kieruje Ingrid Berglund, według Michała Kowalczyka."],
}


def test_another_name_the_other_scripts_hear_otherwise_is_minor() -> None:
    # it's Bergmund for Berglund: letters a transliteration away, but no transliteration
    # trades an l for an m, and ru, he write the l (an info "spelled two ways" before, or
    # nothing: de's joined nouns vetoed the agreement; stop 43)
    found = findings(_EXPEDITION, pivot="en", check="name-consistency")
    assert [(f.lang, f.severity) for _, f in found] == [("it", "minor")]
    assert found[0][1].message == (
        "it writes Ingrid Bergmund; en, fr, es, pl write Ingrid Berglund, as ru, he hear it:"
        " another name"
    )
    # without versions in scripts that tell the sounds apart: only the info
    columns = {k: v for k, v in _EXPEDITION.items() if k not in ("ru", "he")}
    found = findings(columns, pivot="en", check="name-consistency")
    assert [(f.lang, f.severity) for _, f in found] == [("it", "info")]


def test_two_common_nouns_another_version_writes_apart_are_not_one_name() -> None:
    """en capitalises Minister and Ministry in titles: the same shape as Margarethe and
    Margareta, but fr writes ministre on that row and ministère on the others, two words of
    its own, uncapitalised: two nouns, not one name spelled two ways."""
    columns = {
        "id": [
            "Kementerian Kesehatan memulai vaksinasi campak.",
            "Menurut Peraturan Menteri Kesehatan No. 12, vaksin gratis.",
            "Juru bicara Kementerian mengatakan cakupan 68 persen.",
        ],
        "en": [
            "The Ministry of Health began measles vaccinations.",
            "Under Health Minister Regulation No. 12, the vaccine is free.",
            "Ministry spokeswoman Siti said coverage was 68 percent.",
        ],
        "fr": [
            "Le ministère de la Santé a commencé la vaccination.",
            "Selon le règlement du ministre de la Santé n° 12, le vaccin est gratuit.",
            "La porte-parole du ministère a dit que la couverture était de 68 %.",
        ],
    }
    assert findings(columns, pivot="id", check="name-consistency") == []
    # one word on all three rows says nothing of the two
    columns["fr"][1] = "Selon le règlement du ministère de la Santé n° 12, le vaccin est gratuit."
    [(row, f)] = findings(columns, pivot="id", check="name-consistency")
    assert (row, f.lang, f.severity) == (1, "en", "minor")
    assert "Minister" in f.message and "Ministry" in f.message
    # nor does a version that names it by a name in its own words
    del columns["fr"]
    assert [f.lang for _, f in findings(columns, pivot="id", check="name-consistency")] == ["en"]


def test_caption_spelling_counts_and_the_common_form_is_the_reference() -> None:
    columns = {
        "vi": ["Tổng thống Kassym-Jomart Tokayev phát biểu.", None],
        "en": ["President Kassym-Jomart Tokayev spoke.", None],
        "de": [
            "Präsident Kassym-Jomart Tokajew sprach.",
            ("Präsident Kassym-Schomart Tokajew in Astana. Foto: Kremlin.ru", "caption"),
        ],
    }
    [(row, f)] = findings(columns, pivot="vi", check="name-consistency")
    assert (row, f.lang, f.severity) == (1, "de", "minor")
    assert "Kassym-Schomart" in f.message and "Kassym-Jomart" in f.message


@pytest.mark.parametrize(
    ("second", "reported"),
    [
        ("Karte", False),  # two German nouns (map, edge): no other version writes either
        ("Tokaev", True),  # a name: fr writes Tokayev too
    ],
)
def test_german_nouns_are_not_one_name_spelled_two_ways(second: str, reported: bool) -> None:
    """Text+Berg: de Karte / Kante, Aufstieg / Abstieg were "one name spelled two ways"."""
    first = "Kante" if second == "Karte" else "Tokayev"
    columns = {
        "fr": ["Il a regardé l'arête avec Tokayev.", "Puis la carte de Tokayev.", "Tokayev."],
        "de": [f"Er sah die {first} an.", f"Dann die {first} von ihm.", f"Die {second} blieb."],
    }
    found = findings(columns, pivot="fr", check="name-consistency")
    assert bool(found) is reported, found


@pytest.mark.parametrize(
    ("item", "reported"),
    [
        ("12 h 30 – Clôture", False),  # the word opens a programme's item: capitalised so
        ("12 h 30 – Fin avec Tokaev", True),  # a name inside the item still counts
    ],
)
def test_a_word_opening_a_labelled_item_is_no_name_spelled_otherwise(item, reported) -> None:
    """A made-up programme (stop 32): fr "12 h 30 – Clôture" against "ministre de la Culture"
    was one name spelled two ways (a false minor)."""
    columns = {
        "pt": ["Abertura com Tokayev e a ministra da Cultura.", "Tokayev fala.", "12:30 – Fim"],
        "en": ["Opening with Tokayev and the Minister of Culture.", "He talks.", "12:30 – End"],
        "fr": ["Ouverture avec Tokayev et la ministre de la Culture.", "Tokayev parle.", item],
    }
    found = findings(columns, pivot="pt", check="name-consistency")
    assert bool(found) is reported, found


def test_added_text_is_not_compared_for_spelling() -> None:
    """A sentence a version added (no pivot text in its row) may come from another article:
    its Chiva is a town, not a misspelt China."""
    columns = {
        "en": ["The summit opened in China.", None, "The next one is in China."],
        "de": [
            "Der Gipfel wurde in China eröffnet.",
            "In der Stadt Chiva fielen 491 Liter Regen.",
            "Der nächste findet in China statt.",
        ],
    }
    assert findings(columns, pivot="en", check="name-consistency") == []


def test_hyphenated_name_against_every_other_version_is_info() -> None:
    columns = {
        "en": ["President Kassym-Jomart Tokayev spoke."],
        "fr": ["Le président Kassym-Jomart Tokaïev a parlé."],
        "vi": ["Tổng thống Kassym-Jomart Tokayev phát biểu."],
        "de": ["Präsident Kassym-Schomart Tokajew sprach."],
    }
    [(_, f)] = findings(columns, pivot="en", check="name-consistency")
    assert (f.lang, f.severity) == ("de", "info")
    assert "de writes Kassym-Schomart" in f.message and "write Kassym-Jomart" in f.message


def test_full_name_against_every_other_version_is_info_on_the_pivot_too() -> None:
    """A made-up notice (nl original): the German pivot wrote Marike van den Berg where every
    other Latin version writes Marieke van der Berg. The titles before the name (Director,
    Directeur) are no part of it, and the Greek version, another alphabet, has no vote."""
    columns = {
        "de": ["Direktorin Marike van den Berg sagt, die Änderung gebe Raum."],
        "en": ["Director Marieke van der Berg says the change gives space."],
        "nl": ["Directeur Marieke van der Berg zegt dat de wijziging ruimte geeft."],
        "fr": ["La directrice Marieke van der Berg explique ce changement."],
        "el": ["Η διευθύντρια Μαρίκε φαν ντερ Μπεργκ λέει ότι η αλλαγή δίνει χώρο."],
    }
    [(_, f)] = findings(columns, pivot="de", check="name-consistency")
    assert (f.lang, f.severity) == ("de", "info")
    assert f.message == "de writes Marike van den Berg; en, nl, fr write Marieke van der Berg"
    assert span_texts(columns, 0, f) == ["Marike van den Berg"]


def test_full_names_are_read_only_where_two_other_versions_write_names_in_letters(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Against one other version in Latin letters (el has none) there is no "every other
    # version" to compare with: the rows' full names are not even read (a quarter of the rows
    # with names at 10,000 generated documents); with a second one they are, and compared.
    columns = {
        "de": ["Direktorin Marike van den Berg sagt, die Änderung gebe Raum."],
        "en": ["Director Marieke van der Berg says the change gives space."],
        "el": ["Η διευθύντρια Μαρίκε φαν ντερ Μπεργκ λέει ότι η αλλαγή δίνει χώρο."],
    }
    read: list[str] = []
    full_names = checks_names._full_names
    monkeypatch.setattr(checks_names, "_full_names", lambda *a: read.append(a[2]) or full_names(*a))
    assert findings(columns, pivot="de", check="name-consistency") == []
    assert read == []
    columns["nl"] = ["Directeur Marieke van der Berg zegt dat de wijziging ruimte geeft."]
    [(_, f)] = findings(columns, pivot="de", check="name-consistency")
    assert f.message == "de writes Marike van den Berg; en, nl write Marieke van der Berg"
    assert sorted(set(read)) == ["de", "en", "nl"]


@pytest.mark.parametrize(
    "spanish",
    [
        "La directora, Ingrid Halvorsen, dijo que salió bien.",  # the same spelling
        "La directora, Ingrid Larsen, dijo que salió bien.",  # another person
        "Halvorson dijo que salió bien.",  # a surname alone: maybe the language's own form
    ],
)
def test_full_names_spelled_alike_or_not_alike_are_silent(spanish: str) -> None:
    columns = {
        "en": ["Project manager Ingrid Halvorsen said it went well."],
        "fr": ["La cheffe de projet Ingrid Halvorsen a dit que tout s'est bien passé."],
        "it": ["La responsabile Ingrid Halvorsen ha detto che è andato bene."],
        "es": [spanish],
    }
    assert findings(columns, pivot="en", check="name-consistency") == []


def test_a_full_name_transliterated_the_language_s_way_is_silent() -> None:
    columns = {
        "en": ["President Vladimir Putin met Kassym-Jomart Tokayev."],
        "fr": ["Le président Vladimir Putin a rencontré Kassym-Jomart Tokaïev."],
        "it": ["Il presidente Vladimir Putin ha incontrato Kassym-Jomart Tokayev."],
        "de": ["Präsident Wladimir Putin traf Kassym-Jomart Tokajew."],
    }
    assert findings(columns, pivot="en", check="name-consistency") == []


def test_one_version_off_breaks_the_agreement() -> None:
    """Only a spelling every other version shares is a reference: with two of four versions
    on each side, neither is reported."""
    columns = {
        "en": ["Project manager Ingrid Halvorsen said it went well."],
        "fr": ["La cheffe de projet Ingrid Halvorsen a dit que tout va bien."],
        "it": ["La responsabile Ingrid Halvorson ha detto che è andato bene."],
        "es": ["La directora, Ingrid Halvorson, dijo que salió bien."],
    }
    assert findings(columns, pivot="en", check="name-consistency") == []


def test_exonyms_and_other_scripts_are_not_name_inconsistencies() -> None:
    columns = {
        "en": ["Putin visited Kazakhstan."],
        "fr": ["Poutine s'est rendu au Kazakhstan."],
        "de": ["Putin besuchte Kasachstan."],
        "ru": ["Путин посетил Казахстан."],
    }
    assert findings(columns, pivot="en", check="name-consistency") == []


def test_two_names_of_one_sentence_are_not_one_name_spelled_two_ways() -> None:
    # es kept a German clause of rental terms: its Mieter and Mietdauer, both capitalised in
    # mid-sentence, were "es writes Mieter here and Mietdauer in row 2" (a false minor)
    columns = {
        "de": ["§ 2 Mietdauer und Rückgabe", "Der Mieter haftet während der Mietdauer."],
        "en": ["Section 2 Rental period and return", "The renter is liable during the period."],
        "es": ["Artículo 2 Duración y devolución", "Der Mieter haftet während der Mietdauer."],
    }
    assert findings(columns, pivot="de", check="name-consistency") == []


def test_a_versions_two_spellings_in_one_row_are_one_name_spelled_two_ways() -> None:
    # the pivot writes one name there: en's Tokaev beside Tokayev in one row is the minor it
    # was before two forms of one sentence were taken for two names (review35)
    columns = {
        "vi": ["Ông Tokayev phát biểu.", "Tokayev nói thêm.", "Tokayev kết thúc."],
        "en": ["Mr Tokayev spoke.", "Then Tokayev added more, and Tokaev closed.", "He left."],
    }
    [(row, f)] = findings(columns, pivot="vi", check="name-consistency")
    assert (row, f.lang, f.severity) == (1, "en", "minor")
    assert span_texts(columns, 1, f) == ["Tokaev"]


def test_two_words_of_one_stem_in_a_sentence_are_not_one_name_spelled_two_ways() -> None:
    # tr: Makedonca (the language) and Makedonya (the country) in one sentence (stop 35)
    columns = {
        "en": ["Lake Ohrid (Macedonian: Ohridsko) lies in North Macedonia.", "Macedonia grew."],
        "tr": ["Ohri Gölü (Makedonca: Ohridsko) Kuzey Makedonya'dadır.", "Makedonya büyüdü."],
    }
    assert findings(columns, pivot="en", check="name-consistency") == []


def test_corpus_in_native_digits_reads_the_same(corpus) -> None:
    module, articles = corpus
    native = module.with_native_digits({"rail": articles["rail"]})
    assert "٥٨٫٥" in native["rail"]["ar"][2] and "５８５" in native["rail"]["ja"][2]
    cells, alarms, _ = module.false_alarms(native)
    assert alarms == []
    recall = module.planted_recall(native, severities=("major", "minor", "info"))
    assert all(a == b for a, b in recall.values()), recall


# ----------------------------------------------------------------------------- determinism


def test_check_output_is_identical_whatever_the_hash_seed(tmp_path) -> None:
    # Sets iterate in hash order; nothing in the report may depend on it (issue 13, point 6).
    import os
    import subprocess
    import sys

    root = Path(__file__).resolve().parent.parent
    corpus = root / "tests" / "data" / "checks_corpus"
    outputs = []
    for seed in ("1", "4242"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "reviewer",
                "check",
                str(SEEDS),
                str(corpus),
                "--format",
                "json",
            ],
            capture_output=True,
            env=env,
            cwd=tmp_path,
            check=True,
        )
        outputs.append(done.stdout)
    assert b'"check": "name-mismatch"' in outputs[0] and b'"check": "punctuation"' in outputs[0]
    assert outputs[0] == outputs[1]


def test_a_sentence_two_close_languages_write_alike_is_no_copy() -> None:
    """es and pt write "Mesa redonda sobre bibliotecas escolares" alike: the same text as the
    pt pivot, but it reads as es nearly as well (info, not major). A Portuguese sentence kept
    in the es version reads pt far better and stays a major."""
    columns = {
        "pt": ["12:00 – Mesa-redonda sobre bibliotecas escolares", "Os lugares são limitados."],
        "es": ["12:00 – Mesa redonda sobre bibliotecas escolares", "Os lugares são limitados."],
        "en": ["12:00 – Round table on school libraries", "Places are limited."],
    }
    found = findings(columns, pivot="pt", check="untranslated")
    assert [(row, f.lang, f.severity) for row, f in found] == [
        (0, "es", "info"),
        (1, "es", "major"),
    ]
    assert "reads as es nearly as well" in found[0][1].message
    # through es, pt's cell is as alike, and its second is pt's own (the es pivot copied it)
    found = findings(columns, pivot="es", check="untranslated")
    assert [(row, f.lang, f.severity) for row, f in found] == [(0, "pt", "info"), (1, "pt", "info")]
    # an English sentence left in the German version reads en alone
    columns = {
        "en": ["The library opens at nine every morning.", "Coffee is free."],
        "de": ["The library opens at nine every morning.", "Kaffee ist gratis."],
        "fr": ["La bibliothèque ouvre à neuf heures.", "Le café est gratuit."],
    }
    found = findings(columns, pivot="en", check="untranslated")
    assert [(row, f.lang, f.severity) for row, f in found] == [(0, "de", "major")]


def test_untranslated_pivot_sentence_is_reported_on_the_pivot() -> None:
    columns = {
        "he": ["מסלול התערוכה עוקב אחר הסדר הכרונולוגי.",
               "The first rooms show goblets and bottles from the Renaissance."],
        "it": ["Il percorso segue l'ordine cronologico.",
               "Le prime sale mostrano calici e bottiglie del Rinascimento."],
        "el": ["Η διαδρομή ακολουθεί χρονολογική σειρά.",
               "Οι πρώτες αίθουσες δείχνουν κύπελλα και μπουκάλια της Αναγέννησης."],
    }  # fmt: skip
    found = findings(columns, pivot="he", check="untranslated")
    assert [(row, f.lang, f.severity) for row, f in found] == [(1, "he", "major")]
    assert "looks like en" in found[0][1].message
    # A quotation every version keeps as it is: no slip of the pivot's.
    kept = {lang: [lines[0], columns["he"][1]] for lang, lines in columns.items()}
    assert "he" not in [f.lang for _, f in findings(kept, pivot="he", check="untranslated")]
    # A pivot in a Latin script: another language's function words point the way.
    latin = {"it": columns["it"], "el": columns["el"], "fr": [
        "Le parcours suit l'ordre chronologique.", columns["he"][1]]}  # fmt: skip
    found = findings(latin, pivot="fr", check="untranslated")
    assert [(row, f.lang) for row, f in found] == [(1, "fr")]


def test_the_version_whose_text_the_pivot_copied_is_not_untranslated() -> None:
    # An Arabic pivot (a guess) left one Spanish sentence of the Spanish original as it was:
    # the pivot's cell is reported; the Spanish version, the same text in its own language, is
    # the source of the copy, not a copy of the pivot. A French version with that Spanish text
    # is still one.
    spanish = "El entrenador dijo que el equipo había jugado el mejor partido de la temporada."
    columns = {
        "ar": ["فاز الفريق بالمباراة يوم الأحد أمام جمهوره.", spanish],
        "es": ["El equipo ganó el partido el domingo ante su público.", spanish],
        "en": ["The team won the match on Sunday in front of its fans.",
               "The coach said the team had played the best match of the season."],
        "fr": ["L'équipe a gagné le match dimanche devant son public.", spanish],
    }  # fmt: skip
    found = findings(columns, pivot="ar", check="untranslated")
    assert sorted((row, f.lang) for row, f in found) == [(1, "ar"), (1, "fr")]
    # Without the pivot's slip found, a copy of the pivot is reported as before.
    english = dict(columns, ar=[columns["ar"][0], columns["en"][1]])
    english["es"] = [columns["es"][0], columns["en"][1]]
    found = findings(english, pivot="ar", check="untranslated")
    assert (1, "es") in [(row, f.lang) for row, f in found]


def test_a_short_sentence_in_another_languages_own_script_is_untranslated() -> None:
    # 19 Korean characters (a whole sentence) left in the Ukrainian version of a Korean FAQ:
    # under the 40 characters the identifier needs elsewhere, but Hangul is Korean's alone.
    columns = {
        "en": ["Let us know as soon as possible.", "You may have to pay for the book."],
        "uk": ["Повідомте нам якомога швидше.", "책값을 배상해야 할 수도 있습니다."],
        "es": ["Avísenos lo antes posible.", "Es posible que tenga que pagar el libro."],
    }
    found = findings(columns, pivot="en", check="untranslated")
    assert [(row, f.lang, f.severity) for row, f in found] == [(1, "uk", "major")]
    assert "looks like ko" in found[0][1].message
    # A short Latin-script cell is still left alone (no identifier is sure of 26 letters).
    columns["uk"][1] = "Ви можете заплатити за книгу."
    columns["es"][1] = "You may have to pay for it."
    assert findings(columns, pivot="en", check="untranslated") == []


def test_a_short_han_sentence_in_a_language_without_han_is_untranslated() -> None:
    # A Chinese sentence of 25 signs kept in the Arabic version of a census, seen through a
    # Japanese or English pivot: Han is no language's alone, but Arabic writes none of it.
    columns = {
        "ja": ["過去10年間に、四川省は生息地の保護に約32億元を投じた。", "調査は4年かかった。"],
        "ar": ["过去十年，四川共投入资金约32亿元用于栖息地保护。", "استغرق المسح أربع سنوات."],
        "en": ["Over ten years, Sichuan invested 3.2 billion yuan.", "The survey took 4 years."],
    }
    found = findings(columns, pivot="ja", check="untranslated")
    assert [(row, f.lang, f.severity) for row, f in found] == [(0, "ar", "major")]
    assert "looks like zh" in found[0][1].message
    # Han in a language that writes it is that language's own: the ja cell through en
    found = findings(columns, pivot="en", check="untranslated")
    assert [(row, f.lang) for row, f in found] == [(0, "ar")]
    # and a short Arabic cell with a few Han signs in it (a name) is not "mostly Han"
    columns["ar"][0] = "استثمرت سيتشوان 四川 نحو 3.2 مليار."
    assert findings(columns, pivot="ja", check="untranslated") == []


def test_cell_with_its_own_function_words_skips_the_identifier(monkeypatch) -> None:
    calls = []
    monkeypatch.setattr(language, "identify", lambda text: calls.append(text) or ("vi", 0.99))
    columns = {
        "vi": ["Tổng thống đã chào đón lãnh đạo của chín quốc gia thành viên hôm nay."],
        "de": ["Der Präsident begrüßte die Staatschefs der neun Mitgliedstaaten heute."],
        "fr": ["Staatschefs Mitgliedstaaten begrüßte heute Präsident neun."],
    }
    found = findings(columns, pivot="vi", check="untranslated")
    assert calls == [columns["fr"][0]]  # only the cell without French function words
    assert [f.lang for _, f in found] == ["fr"]


@given(
    st.text(alphabet='ab1 .,;:?!«»“”„"()[]「」，。\u202f\u00a0\n', max_size=40),
    st.sampled_from(["fr", "en", "de", "zh", "ar", "th"]),
)
def test_punctuation_problem_spans_are_exact(text: str, lang: str) -> None:
    found = punctuation.problems(text, lang)
    for p in found:
        assert text[p.start : p.end] == p.seen
    assert found == sorted(found, key=lambda p: (p.start, p.end, p.kind))


def test_large_number_spelt_out_on_the_other_side_matches_its_digits() -> None:
    # Russian writes 42 in words, in the genitive: read whole, it is the same number...
    columns = {"en": ["for 42 months"], "ru": ["в течение сорока двух месяцев"]}
    assert findings(columns, pivot="en", check="number-mismatch") == []
    # ... and changed, a difference.
    columns = {"en": ["for 42 months"], "ru": ["в течение сорока трёх месяцев"]}
    [(_, f)] = findings(columns, pivot="en", check="number-mismatch")
    assert f.severity == "major" and "42" in f.message and "сорока трёх" in f.message


def test_changed_numeral_beside_its_original_is_major() -> None:
    columns = {
        "en": ["144,000 were sealed, and the 144,000 sang."],
        "zh": ["受印的有十四万四千人，那十四万五千人唱歌。"],
    }
    [(_, f)] = findings(columns, pivot="en", check="number-mismatch")
    assert f.severity == "major" and "十四万五千" in f.message


def test_spelt_thousand_changed_to_digits_is_major() -> None:
    columns = {"en": ["They reigned a thousand years."], "zh": ["他们作王二千年。"]}
    [(_, f)] = findings(columns, pivot="en", check="number-mismatch")
    assert f.severity == "major"


# ---------------------------------------------------- the pivot outvoted by the other versions


def _outvoting(pivot_text: str, versions: dict[str, str]) -> list[tuple[int, Finding]]:
    columns = {"ar": [pivot_text, "انتهى البحث."]}
    columns.update({lang: [text, end] for lang, (text, end) in versions.items()})
    return findings(columns, pivot="ar", check="number-mismatch")


_ENDS = {
    "en": ("The government approved the package on 11 November.", "The search ended."),
    "de": ("Die Regierung billigte das Paket am 11. November.", "Die Suche endete."),
    "ru": ("11 ноября правительство одобрило пакет.", "Поиски завершились."),
    "ja": ("政府は11月11日に支援策を承認した。", "捜索は終わった。"),
    "es": ("El Gobierno aprobó el paquete el 11 de noviembre.", "La búsqueda terminó."),
}


def test_a_pivot_number_that_every_other_version_contradicts_is_the_pivots_finding():
    found = _outvoting("ووافقت الحكومة على الحزمة في 12 نوفمبر.", _ENDS)
    assert [(row, f.lang) for row, f in found] == [(0, "ar")]
    (_, finding), *_ = found
    assert finding.severity == "major" and "5 of 5 other versions" in finding.message
    assert "the pivot differs" in finding.message
    assert span_texts({"ar": ["ووافقت الحكومة على الحزمة في 12 نوفمبر."]}, 0, finding) == [
        "12 نوفمبر"
    ]


def test_a_version_with_a_slip_of_its_own_keeps_its_finding_beside_the_pivots():
    versions = dict(_ENDS)
    versions["es"] = ("El Gobierno aprobó el paquete el 13 de noviembre.", "La búsqueda terminó.")
    found = _outvoting("ووافقت الحكومة على الحزمة في 12 نوفمبر.", versions)
    assert sorted(f.lang for _, f in found) == ["ar", "es"]
    assert "4 of 5 other versions" in next(f for _, f in found if f.lang == "ar").message


@pytest.mark.parametrize(
    "versions",
    [
        {lang: _ENDS[lang] for lang in ("en", "de")},  # two versions are no majority
        {  # the versions disagree among themselves: each keeps its own finding
            "en": ("The government approved the package on 11 November.", "The search ended."),
            "de": ("Die Regierung billigte das Paket am 13. November.", "Die Suche endete."),
            "ru": ("14 ноября правительство одобрило пакет.", "Поиски завершились."),
            "es": ("El Gobierno aprobó el paquete el 15 de noviembre.", "La búsqueda terminó."),
        },
    ],
)
def test_the_pivot_is_not_blamed_without_a_clear_majority(versions):
    found = _outvoting("ووافقت الحكومة على الحزمة في 12 نوفمبر.", versions)
    assert {f.lang for _, f in found} == set(versions)
    assert all("the pivot differs" not in f.message for _, f in found)


_EGGS = {
    "en": "Ingredients: 250 g flour, 3 eggs and the zest of 2 lemons.",
    "fr": "Ingrédients : 250 g de farine, 3 œufs et le zeste de 2 citrons.",
    "it": "Ingredienti: 250 g di farina, 3 uova e la scorza di 2 limoni.",
    "ru": "Ингредиенты: 250 г муки, 3 яйца и цедра 2 лимонов.",
}


def test_a_small_count_changed_into_one_the_sentence_already_has_is_a_change():
    # de "2 Eier" for 3 eggs, beside "2 Zitronen": de lacks no number of en's, and en's 3
    # alone could be a count de writes in words; but de says 2 once more than en, so the 3
    # became a 2 (it was info, "perhaps written in words", in all six versions).
    de = "Zutaten: 250 g Mehl, 2 Eier und die Schale von 2 Zitronen."
    found = findings({"de": [de], "en": [_EGGS["en"]]}, pivot="de", check="number-mismatch")
    ((_, finding),) = found
    assert finding.severity == "major"
    assert finding.message == "en has 3, not in de; de has 2 more often"
    # said once on the pivot where the other versions agree on the 3
    columns = {"de": [de], **{lang: [text] for lang, text in _EGGS.items()}}
    found = findings(columns, pivot="de", check="number-mismatch")
    assert [(f.lang, f.severity) for _, f in found] == [("de", "major")]
    assert found[0][1].message.startswith("de has 2 where 4 of 4 other versions have 3")
    # versions that say the majority's count in words vote with those that write it (review31)
    columns = {"de": [de], "en": [_EGGS["en"]], "it": [_EGGS["it"]], "ru": [_EGGS["ru"]]}
    columns["fr"] = ["Ingrédients : 250 g de farine, trois œufs et le zeste de 2 citrons."]
    found = findings(columns, pivot="de", check="number-mismatch")
    assert [(f.lang, f.severity) for _, f in found] == [("de", "major")]
    assert "4 of 4 other versions have 3" in found[0][1].message
    # the same count as often on both sides, one 3 more: still a count said in words maybe
    same = "Zutaten: 250 g Mehl, drei Eier und die Schale von 2 Zitronen."
    found = findings({"de": [same], "en": [_EGGS["en"]]}, pivot="de", check="number-mismatch")
    assert found == []


@pytest.mark.parametrize(
    ("fr", "said"), [("environ 35 degrés", False), ("environ 25 degrés", True)]
)
def test_a_value_within_a_decade_confirms_its_decade_only(fr, said) -> None:
    columns = {"en": ["Temperatures reached the mid-30s."], "fr": [f"Il a fait {fr}."]}
    found = findings(columns, pivot="en", check="number-mismatch")
    assert [f.severity for _, f in found] == (["major"] if said else [])


def test_a_count_in_words_every_other_version_contradicts_is_the_pivots_finding():
    # de "Vier" where the others say three: one minor on the pivot (verse31: a poem gave a
    # minor on each of the four faithful versions); one that says five keeps its own
    columns = {
        "de": ["Vier Leuchtfeuer brennen an der Küste."],
        "en": ["Three beacons burn on the coast."],
        "es": ["Tres faros arden en la costa."],
        "fr": ["Trois phares brûlent sur la côte."],
        "it": ["Cinque fari ardono sulla costa."],
    }
    found = findings(columns, pivot="de", check="number-mismatch")
    assert [(f.lang, f.severity) for _, f in found] == [("de", "minor"), ("it", "minor")]
    assert found[0][1].message.startswith("de has Vier where 3 of 4 other versions say 3")
    columns["es"] = ["Dos faros arden en la costa."]  # two of four agree: no majority
    found = findings(columns, pivot="de", check="number-mismatch")
    assert {f.lang for _, f in found} == {"en", "es", "fr", "it"}


def test_a_count_in_words_outvoted_also_by_digits_is_only_the_pivots_finding():
    # stop 38 (a biography, ar pivot by the alphabet): ar's ثلاث where six versions say four
    # in words and ja, ko write 4: the two digit versions kept a major each beside the pivot's
    # minor; a digit version with another slip of its own keeps its finding
    columns = {
        "ar": ["صدرت من كتابها «النجوم المتغيرة» ثلاث طبعات."],
        "en": ["Her textbook Variable Stars went through four editions."],
        "de": ["Ihr Lehrbuch erlebte vier Auflagen."],
        "fr": ["Son manuel a connu quatre éditions."],
        "ja": ["彼女の教科書『変光星』は4版を重ねた。"],
        "ko": ["그녀의 교과서 『변광성』은 4판까지 출간되었다."],
    }
    found = findings(columns, pivot="ar", check="number-mismatch")
    assert [(f.lang, f.severity) for _, f in found] == [("ar", "minor")]
    assert "where 5 of 5 other versions say 4" in found[0][1].message
    columns["ko"] = ["그녀의 교과서 『변광성』은 1990년까지 4판 출간되었다."]
    found = findings(columns, pivot="ar", check="number-mismatch")
    assert sorted((f.lang, f.severity) for _, f in found) == [("ar", "minor"), ("ko", "major")]


def test_a_count_in_words_outvoted_beside_digits_the_pivot_has_too():
    # review 38: the pivot's vier beside 2 Eier and 2 Zitronen it writes in digits, where the
    # others say three: the count they say instead is 3, not the 2 the pivot has too (it was
    # "where 5 of 5 other versions say 2", and the digit versions kept a major each)
    columns = {
        "de": ["Für vier Personen braucht man 2 Eier und 2 Zitronen."],
        "en": ["For three people you need 2 eggs and 2 lemons."],
        "fr": ["Pour trois personnes, il faut 2 œufs et 2 citrons."],
        "es": ["Para tres personas se necesitan 2 huevos y 2 limones."],
        "it": ["Per tre persone servono 2 uova e 2 limoni."],
        "ja": ["3人分には卵2個とレモン2個が必要です。"],
        "ko": ["3인분에는 달걀 2개와 레몬 2개가 필요하다."],
    }
    found = findings(columns, pivot="de", check="number-mismatch")
    assert [(f.lang, f.severity) for _, f in found] == [("de", "minor")]
    assert "where 6 of 6 other versions say 3" in found[0][1].message
    # ko's lemons 2 -> 3 is a slip of its own, though 3 is the majority's count: it keeps its
    # finding (its numbers are counted, not only seen)
    columns["ko"] = ["3인분에는 달걀 2개와 레몬 3개가 필요하다."]
    found = findings(columns, pivot="de", check="number-mismatch")
    assert sorted((f.lang, f.severity) for _, f in found) == [("de", "minor"), ("ko", "major")]


def test_a_count_in_words_outvoted_keeps_a_word_versions_own_slip():
    # review 38: fr "trois filles et trois fils" for the pivot's "vier Töchter und zwei Söhne"
    # where the others say three daughters and two sons: fr's minor (two sons made three) was
    # dropped with the faithful versions', since it too says three
    columns = {
        "de": ["Sie hatte vier Töchter und zwei Söhne."],
        "en": ["She had three daughters and two sons."],
        "fr": ["Elle avait trois filles et deux fils."],
        "es": ["Tenía tres hijas y dos hijos."],
        "it": ["Aveva tre figlie e due figli."],
        "pt": ["Ela tinha três filhas e dois filhos."],
    }
    found = findings(columns, pivot="de", check="number-mismatch")
    assert [(f.lang, f.severity) for _, f in found] == [("de", "minor")]
    columns["fr"] = ["Elle avait trois filles et trois fils."]
    found = findings(columns, pivot="de", check="number-mismatch")
    assert sorted((f.lang, f.severity) for _, f in found) == [("de", "minor"), ("fr", "minor")]
    assert (
        "where 4 of 5 other versions say 3" in next(f for _, f in found if f.lang == "de").message
    )


def test_a_pivot_sentence_that_no_other_version_has_is_one_finding_on_the_pivot():
    columns = {
        "en": ["The flood hit Valencia.", "Read more on our site today.", "Aid was approved."],
        "de": ["Die Flut traf Valencia.", None, "Hilfe wurde gebilligt."],
        "fr": ["La crue a frappé Valence.", None, "L'aide a été approuvée."],
        "es": ["La riada golpeó Valencia.", None, "Se aprobó la ayuda."],
    }
    found = findings(columns, pivot="en", check="missing")
    assert [(row, f.lang) for row, f in found] == [(1, "en")]
    assert "no other version has this en sentence (3 of 3 lack it)" in found[0][1].message


def test_a_pivot_sentence_one_version_translates_is_missing_in_the_others() -> None:
    # review37: the source gained a sentence and one translation was brought up to date; the
    # four others lack it, but one finding on the pivot said "almost no version has this"
    columns = {
        "en": ["The flood hit Valencia.", "Trains run from 5 to 23 h.", "Aid was approved."],
        "de": [
            "Die Flut traf Valencia.",
            "Züge fahren von 5 bis 23 Uhr.",
            "Hilfe wurde gebilligt.",
        ],
        "fr": ["La crue a frappé Valence.", None, "L'aide a été approuvée."],
        "es": ["La riada golpeó Valencia.", None, "Se aprobó la ayuda."],
        "it": ["L'alluvione ha colpito Valencia.", None, "Gli aiuti sono stati approvati."],
        "nl": ["De overstroming trof Valencia.", None, "De hulp werd goedgekeurd."],
    }
    found = findings(columns, pivot="en", check="missing")
    assert sorted((row, f.lang) for row, f in found) == [(1, "es"), (1, "fr"), (1, "it"), (1, "nl")]


def test_a_pivot_sentence_all_but_one_of_four_versions_lack_is_one_finding_on_the_pivot():
    # a Thai pivot's added sentence: five majors, one per version, where a French version
    # had put a sentence of its own on that row (stop 37)
    columns = {
        "en": ["The flood hit Valencia.", "Trains run from 5 to 23 h.", "Aid was approved."],
        "de": ["Die Flut traf Valencia.", None, "Hilfe wurde gebilligt."],
        "fr": [
            "La crue a frappé Valence.",
            "Les écoles restent fermées.",
            "L'aide a été approuvée.",
        ],
        "es": ["La riada golpeó Valencia.", None, "Se aprobó la ayuda."],
        "it": ["L'alluvione ha colpito Valencia.", None, "Gli aiuti sono stati approvati."],
        "nl": ["De overstroming trof Valencia.", None, "De hulp werd goedgekeurd."],
    }
    found = findings(columns, pivot="en", check="missing")
    assert [(row, f.lang) for row, f in found] == [(1, "en")]
    assert "almost no version has this en sentence (4 of 5 lack it)" in found[0][1].message
    # of three other versions, two lacking it are told each
    for lang in ("it", "nl"):
        del columns[lang]
    found = findings(columns, pivot="en", check="missing")
    assert sorted(f.lang for _, f in found) == ["de", "es"]


def test_a_sentence_the_pivot_lacks_and_most_versions_have_is_one_finding_on_the_pivot():
    columns = {
        "de": ["Die Flut traf Valencia.", None, "Hilfe wurde gebilligt."],
        "en": ["The flood hit Valencia.", "Schools were closed.", "Aid was approved."],
        "fr": ["La crue a frappé Valence.", "Les écoles ont fermé.", "L'aide a été approuvée."],
        "es": ["La riada golpeó Valencia.", "Las escuelas cerraron.", "Se aprobó la ayuda."],
        "it": ["L'alluvione ha colpito Valencia.", None, "Gli aiuti sono stati approvati."],
    }
    found = findings(columns, pivot="de", check="extra")
    assert [(row, f.lang, f.severity) for row, f in found] == [(1, "de", "major")]
    assert found[0][1].message.startswith("en, fr, es have a sentence here that de lacks; it")
    # Two of four are not three in four: each is told as before.
    columns["es"][1] = None
    found = findings(columns, pivot="de", check="extra")
    assert sorted(f.lang for _, f in found) == ["en", "fr"]


def test_additions_of_one_place_with_other_figures_are_each_told_on_their_version():
    # The aligner puts what the versions add in one place in one row whatever it says: three
    # versions with a sentence there are no sentence the pivot lacks unless they agree.
    columns = {
        "de": ["Die Flut traf Valencia.", None, "Hilfe wurde gebilligt."],
        "en": ["The flood hit Valencia.", "The mayor spoke of a tragedy.", "Aid was approved."],
        "fr": [
            "La crue a frappé Valence.",
            "Les trains roulent à nouveau.",
            "L'aide a été approuvée.",
        ],
        "es": [
            "La riada golpeó Valencia.",
            "Más de 200 voluntarios ayudaron.",
            "Se aprobó la ayuda.",
        ],
    }
    found = findings(columns, pivot="de", check="extra")
    assert sorted((row, f.lang) for row, f in found) == [(1, "en"), (1, "es"), (1, "fr")]
    # The same figure in each is one sentence again.
    columns["en"][1] = "More than 200 volunteers helped."
    columns["fr"][1] = "Plus de 200 bénévoles ont aidé."
    found = findings(columns, pivot="de", check="extra")
    assert [(row, f.lang) for row, f in found] == [(1, "de")]


@pytest.mark.parametrize(
    "versions",
    [
        {"de": [None], "fr": [None]},  # two versions: each is told
        {"de": [None], "fr": [None], "es": ["Lea más en nuestra web hoy."]},  # one has it
    ],
)
def test_a_sentence_some_versions_have_is_missing_in_each_of_the_others(versions):
    columns = {"en": ["Read more on our site today."], **versions}
    found = findings(columns, pivot="en", check="missing")
    assert sorted(f.lang for _, f in found) == sorted(
        lang for lang, cells in versions.items() if cells[0] is None
    )


def test_number_a_few_rows_away_names_each_language() -> None:
    # In a group of twelve, "found a few rows away in the other language" named nobody.
    cols = {
        "en": [
            "The line opened on 26 December 2024.",
            "Construction cost 58.5 billion yuan and took four years.",
            "The journey now takes 1.5 hours instead of more than five hours.",
            "Tickets cost 263 yuan.",
        ],
        "de": [
            "Die Strecke wurde am 26. Dezember 2024 eröffnet."
            " Der Bau kostete 58,5 Milliarden Yuan.",
            None,
            "Die Fahrt dauert jetzt 1,5 Stunden.",
            "Tickets kosten 263 Yuan.",
        ],
    }
    ((row, finding),) = findings(cols, pivot="en", check="number-mismatch")
    assert (row, finding.severity) == (0, "info")
    assert finding.message == (
        "de has 58,5 Milliarden here, which en has a few rows away: the rows may be shifted"
    )
    assert span_texts(cols, row, finding) == ["58,5 Milliarden"]


@given(st.text(alphabet=st.sampled_from("Ab-–‐ Éß"), max_size=20))
def test_a_compound_name_needs_a_hyphen_minus(text) -> None:
    # `_name_forms` scans a segment for hyphenated compounds only where it holds "-"
    if "-" not in text:
        assert checks_names._COMPOUND.search(text) is None


def _split_rows(columns: dict[str, list[list[str]]]) -> tuple[list[Row], dict]:
    """Rows from per-language columns whose cells are lists of sentences."""
    segments: dict[str, list[Segment]] = {lang: [] for lang in columns}
    rows = []
    for i in range(len(next(iter(columns.values())))):
        cells = {}
        for lang, column in columns.items():
            ordinals = []
            for text in column[i]:
                ordinals.append(len(segments[lang]))
                segments[lang].append(Segment(ordinals[-1], 0, 0, len(text), text))
            cells[lang] = tuple(ordinals)
        rows.append(Row(cells))
    return rows, {lang: tuple(s) for lang, s in segments.items()}


BRIDGE = {
    "en": ["The bridge opened in 1998.", "It links the two halves of the town.",
           "Some 12,000 cars cross it each day.", "A toll was charged until 2010.",
           "Cyclists have their own lane.", "Repairs are planned for next year."],
    "de": ["Die Brücke wurde 1998 eröffnet.", "Sie verbindet die beiden Stadthälften.",
           "Täglich fahren rund 12.000 Autos darüber.", "Bis 2010 wurde eine Maut erhoben.",
           "Radfahrer haben eine eigene Spur.", "Reparaturen sind für nächstes Jahr geplant."],
    "fr": ["Le pont a ouvert en 1998.", "Il relie les deux moitiés de la ville.",
           "Quelque 12 000 voitures le traversent chaque jour.", "Un péage a existé jusqu'en 2010.",
           "Les cyclistes ont leur propre voie.", "Des travaux sont prévus l'an prochain."],
    "es": ["El puente se inauguró en 1998.", "Une las dos mitades de la ciudad.",
           "Unos 12.000 coches lo cruzan cada día.", "Se cobró un peaje hasta 2010.",
           "Los ciclistas tienen su propio carril.", "Habrá reparaciones el año próximo."],
}  # fmt: skip


def test_a_version_outnumbering_the_pivot_in_one_row_only_is_told_as_info() -> None:
    # es adds "The view is beautiful." after the third sentence; its aligner merged the two.
    columns = {lang: [[s] for s in sentences] for lang, sentences in BRIDGE.items()}
    columns["es"][2] = [BRIDGE["es"][2], "La vista es preciosa."]
    rows, segments = _split_rows(columns)
    found = [(i, f) for i, row in enumerate(run_checks(rows, segments, "en")) for f in row]
    extra = [(i, f) for i, f in found if f.check == "extra"]
    assert [(i, f.lang, f.severity) for i, f in extra] == [(2, "es", "info")]
    text = " ".join(columns["es"][2])
    assert [text[a:b] for a, b in extra[0][1].spans] == ["La vista es preciosa."]
    # Another version with two sentences there too: a sentence the languages split, no finding.
    columns["fr"][2] = ["Quelque 12 000 voitures le traversent.", "Et ce, chaque jour."]
    rows, segments = _split_rows(columns)
    assert not [f for row in run_checks(rows, segments, "en") for f in row if f.check == "extra"]
    # A version that splits sentences in other rows as well: its way of writing, no finding.
    columns["fr"][2] = [BRIDGE["fr"][2]]
    columns["es"][4] = ["Los ciclistas tienen su carril.", "Es propio."]
    rows, segments = _split_rows(columns)
    assert not [f for row in run_checks(rows, segments, "en") for f in row if f.check == "extra"]


def test_a_name_most_versions_translate_here_is_no_major_finding() -> None:
    # Most versions translate the Camino of the Camino de Santiago and keep the Camino
    # Francés; fr's Saint-Jacques (for the Santiago the others keep) is not en's Saint-Jean.
    columns = {
        "en": ["The Camino de Santiago draws pilgrims.",
               "The Camino Francés starts in Saint-Jean-Pied-de-Port.",
               "They reach Santiago de Compostela."],
        "fr": ["Le chemin de Santiago attire des pèlerins.",
               "Le Camino Francés part de Saint-Jean-Pied-de-Port.",
               "Ils arrivent à Saint-Jacques-de-Compostelle."],
        "vi": ["Con đường hành hương Santiago thu hút người hành hương.",
               "Camino Francés bắt đầu từ Saint-Jean-Pied-de-Port.",
               "Họ đến Santiago de Compostela."],
        "de": ["Der Pilgerweg nach Santiago zieht Pilger an.",
               "Der Camino Francés beginnt in Saint-Jean-Pied-de-Port.",
               "Sie erreichen Santiago de Compostela."],
        "es": ["El Camino de Santiago atrae a peregrinos.",
               "El Camino Francés empieza en Saint-Jean-Pied-de-Port.",
               "Llegan a Santiago de Compostela."],
    }  # fmt: skip
    found = findings(columns, pivot="en", check="name-mismatch")
    assert {(row, f.lang, f.severity) for row, f in found} == {
        (0, "fr", "info"),
        (0, "vi", "info"),
        (0, "de", "info"),
        (2, "fr", "major"),  # Saint-Jacques for the Santiago fr writes in row 0
    }
    assert all("most versions translate it here" in f.message for row, f in found if row == 0)
    assert "Saint" not in found[-1][1].message
    # Where most others keep it, a version that uses the name elsewhere is told (major).
    columns["vi"][0] = "Camino de Santiago thu hút người hành hương."
    columns["de"][0] = "Der Camino de Santiago zieht Pilger an."
    found = findings(columns, pivot="en", check="name-mismatch")
    assert [(row, f.lang, f.severity) for row, f in found if row == 0] == [(0, "fr", "major")]


def test_a_spanish_question_without_its_opening_mark_is_a_punctuation_fault() -> None:
    # "Es seguro el viejo puente para los coches?" (a made-up bridge report): no finding
    columns = {
        "en": ["Is the old bridge still safe for cars?", "Why now?"],
        "es": ["Es seguro el viejo puente para los coches?", "¿Por qué ahora?"],
    }
    ((row, finding),) = findings(columns, pivot="en", check="punctuation")
    assert row == 0 and "without its opening mark" in finding.message
    assert span_texts(columns, 0, finding) == ["?"]
    # a URL's query, a closed question and an exclamation after a question stay silent
    for text in ("Visite https://x.es/?q=1 hoy.", "¿Qué?!", "Dijo: «¿Vienes?»"):
        assert punctuation.problems(text, "es") == []


def test_a_percentage_said_as_a_share_in_words_is_no_changed_figure() -> None:
    # "A quarter of the budget" against "25 % du budget" was "fr has 25 %, not in en" (major)
    columns = {
        "en": ["A quarter of the budget goes to schools.", "Two thirds of voters stayed home."],
        "fr": ["25 % du budget va aux écoles.", "67 % des électeurs sont restés chez eux."],
    }
    found = findings(columns, pivot="en", check="number-mismatch")
    assert [(row, f.severity) for row, f in found] == [(0, "info"), (1, "info")]
    assert "share in words" in found[0][1].message
    # another share is still a changed figure, and so is the same share in other scripts
    columns["fr"][0] = "35 % du budget va aux écoles."
    ((row, finding), _) = findings(columns, pivot="en", check="number-mismatch")
    assert (row, finding.severity) == (0, "major")
    # a figure near a share is no share (51 % is not half)
    near = {"en": ["Half of the staff went home."], "fr": ["51 % du personnel est rentré."]}
    ((_, finding),) = findings(near, pivot="en", check="number-mismatch")
    assert finding.severity == "major"
    columns = {"en": ["25% of the budget goes to schools."], "zh": ["预算的四分之一用于学校。"]}
    ((_, finding),) = findings(columns, pivot="en", check="number-mismatch")
    assert finding.severity == "info"


def test_fewer_sentences_with_the_least_rows_of_one_does_not_fail():
    """`fewer_rows=1` from the library: a lone row beside the pivot has no usual ratio to
    compare with (statistics.median of nothing raised; fuzz32)."""
    rows, segments = build(
        {
            "en": ["It rained.", "The river rose."],
            "fr": ["Il a plu et la rivière est montée.", None],  # one sentence for two
            "de": ["Es regnete.", "Der Fluss stieg."],
            "es": ["Llovió.", "El río subió."],
        }
    )
    merged = [Row({lang: rows[0].cells[lang] + rows[1].cells[lang] for lang in segments})]
    check = get_check("missing", fewer_rows=1, short_units=30.0)
    assert run_checks(merged, segments, "en", checks=[check]) == [()]


def test_a_figure_read_as_another_value_says_both() -> None:
    # a Diwali fair's hours (stop 35): "zh has 11, not in hi" against hi's रात 10 बजे, read as
    # 23 and 22; the reviewer saw two figures that were not the ones compared
    columns = {
        "hi": ["मेला रोज़ शाम 4 बजे से रात 10 बजे तक खुला रहेगा।"],
        "zh": ["集市每天下午4点至晚上11点开放。"],
    }
    [(_, f)] = findings(columns, pivot="hi", check="number-mismatch")
    assert "10 (read as 22)" in f.message and "11 (read as 23)" in f.message


def test_missing_beside_a_sentence_as_long_as_both_is_minor_and_says_so() -> None:
    # uk joined "Close the lid." to the next step; the aligner left the short step alone
    columns = {
        "en": [
            "Fill the tank with fresh water up to the line.",
            "Switch the machine on now.",
            "Close the lid.",
            "Place a cup under the spout.",
            "Press the small button for an espresso.",
            "Descale the machine every month.",
        ],
        "uk": [
            "Наповніть резервуар свіжою водою до позначки.",
            "Увімкніть кавоварку зараз.",
            None,
            "Закрийте кришку й поставте чашку під носик.",
            "Натисніть малу кнопку для еспресо.",
            "Видаляйте накип щомісяця з машини.",
        ],
    }
    ((row, finding),) = findings(columns, pivot="en", check="missing")
    assert (row, finding.severity) == (2, "minor")
    assert "perhaps joined to the next one (as long as both)" in finding.message
    # a neighbour of its usual length: the sentence is missing, major
    columns["uk"][3] = "Поставте чашку під носик."
    ((row, finding),) = findings(columns, pivot="en", check="missing")
    assert (row, finding.severity) == (2, "major") and "as long as both" not in finding.message
    # a figure of the lost sentence the neighbour lacks: missing
    columns["en"][2] = "Close the lid within 10 seconds."
    columns["uk"][3] = "Закрийте кришку й поставте чашку під носик."
    ((row, finding),) = findings(columns, pivot="en", check="missing")
    assert finding.severity == "major"
    # a name of the lost sentence the neighbour lacks: missing (review37: a leaflet's "Ask
    # Levi at the desk." dropped beside a step said at length was minor, 'perhaps joined')
    columns["en"][2] = "Ask Mr Levi at the desk."
    columns["uk"][3] = "Поставте чашку під носик, щоб кава не пролилася."
    ((row, finding),) = findings(columns, pivot="en", check="missing")
    assert (row, finding.severity) == (2, "major")
    # ... and joined where the neighbour names it
    columns["uk"][3] = "Спитайте пана Леві на рецепції й поставте чашку під носик."
    ((row, finding),) = findings(columns, pivot="en", check="missing")
    assert (row, finding.severity) == (2, "minor")
    # joined to the first sentence, row 0: minor too (review37: a row of 0 read as none)
    en, uk = columns["en"], columns["uk"]
    columns = {
        "en": [en[0], "Close the lid.", *en[1:2], *en[3:]],
        "uk": [
            "Наповніть резервуар свіжою водою до позначки й закрийте кришку.",
            None,
            *uk[1:2],
            *uk[3:],
        ],
    }
    columns["uk"][3] = "Поставте чашку під носик."
    ((row, finding),) = findings(columns, pivot="en", check="missing")
    assert (row, finding.severity) == (1, "minor") and "previous" in finding.message


@pytest.mark.parametrize(
    ("sentences", "row"),
    [
        # a German dialogue's unclosed „ was reported on the story's last line (stop 37)
        (
            [
                "„Du bist zu spät“, sagte sie.",
                "„Der Bus kam nicht.",
                "„Er kommt nie“, sagte sie.",
                "Draußen regnete es.",
                "„Um sieben Uhr.“",
            ],
            1,
        ),
        (
            [
                "„Znowu się spóźniłeś” – powiedziała.",
                "Wyszedł.",
                "„Autobus nie przyjechał.",
                "„Nigdy” – odpowiedziała.",
            ],
            2,
        ),
        (
            [
                "“You're late,” she said.",
                "“The bus did not come.",
                "“It never does,” she said.",
                "He left.",
            ],
            1,
        ),
        (["She said: It was late.”", "“Fine,” he said."], 0),  # a closer with no opener
    ],
)
def test_an_unclosed_curly_quote_is_found_in_its_own_row(sentences, row) -> None:
    columns = {"en": ["A sentence."] * len(sentences), "de": sentences}
    found = findings(columns, pivot="en", check="punctuation")
    assert [r for r, f in found if f.lang == "de"] == [row]


@pytest.mark.parametrize(
    "sentences",
    [
        # a German text quoting an English slogan with English marks
        ["„Wir schaffen das“, sagte sie.", "Sein Slogan war “Yes We Can”.", "Er ging."],
        # an English title inside a German quotation
        ["„Ich lese “The Great Gatsby” gerade“, sagte er.", "Sie nickte.", "Er ging."],
        # Polish „…” with an English quotation
        ["„Nie wiem” – powiedziała.", "Piosenka “Let It Be” grała.", "Wyszedł."],
        # double marks nested, as many English writers do
        ["“He said “fine” and left,” she said.", "It rained.", "He left."],
        # “ both ways, as typed where no ” is at hand
        ["“Hallo“, sagte sie.", "Er ging.", "“Tschüss“, rief er."],
        # one guillemet both ways, as Swedish and Finnish books write (»…»)
        ["»Kom hit», sa han.", "Det regnade.", "»Nu!» ropade hon."],
    ],
)
def test_quotes_of_two_conventions_in_one_text_are_no_fault(sentences) -> None:
    # review37: pairing „ with the next closer reported an English “…” inside a German or
    # Polish text, and nested “…“…”…”, as two unbalanced marks (an even count, none before)
    columns = {"en": ["A sentence."] * len(sentences), "de": sentences}
    assert not [f for _, f in findings(columns, pivot="en", check="punctuation")]


def test_missing_cells_of_a_long_version_are_judged_in_near_linear_time() -> None:
    """`_joined_into` took the version's usual ratio over every row for each missing cell:
    3,000 rows of which half were missing took 10 s (stop 37's final read)."""
    import time

    words = "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda".split()
    en = [f"The {words[i % 11]} and the {words[i * 7 % 11]} went home today." for i in range(3000)]
    de = [
        f"Das {words[i % 11]} und das {words[i * 3 % 11]} gingen heute heim." if i % 2 else None
        for i in range(3000)
    ]
    started = time.process_time()
    found = findings({"en": en, "de": de}, pivot="en", check="missing")
    assert time.process_time() - started < 5
    assert len(found) == 1500 and {f.severity for _, f in found} == {"major"}


@pytest.mark.parametrize(
    ("text", "acronym", "lang", "spelled"),
    [
        ("He sued in the United States.", "US", "en", True),
        ("It reached the United States of America.", "USA", "en", True),
        ("η Facebook Inc. στις Ηνωμένες Πολιτείες.", "IPA", "el", True),  # ΗΠΑ less its Α
        ("doorgaf aan Facebook Inc. in de Verenigde Staten.", "VS", "nl", True),
        ("He sued in the United Kingdom.", "US", "en", False),
        ("He sued in the States.", "US", "en", False),  # one word is no run
        ("die Unternehmen Siemens und Bosch", "US", "de", False),  # nouns, by chance
        ("in den Vereinigten Staaten von Amerika", "VSA", "de", True),
        ("Соединённые Штаты ввели пошлины.", "SSHA", "ru", True),  # США less its А
        # review 38: all but the last letter is the "of America" a short name leaves out, not
        # any two initials: en's European Commission put for the ECB was silent
        ("The European Commission warned of inflation.", "ECB", "en", False),
        ("The White House warned of the virus.", "WHO", "en", False),
        # in a language that capitalises its nouns an article between two joins two phrases:
        # de's spokesman of Die Linke spelled SPD, the head of Deutsche Umwelthilfe CDU
        ("Der Sprecher der Partei Die Linke kritisierte den Plan.", "SPD", "de", False),
        ("Der Chef der Deutschen Umwelthilfe sagte ab.", "CDU", "de", False),
        ("Die Christlich Demokratische Union Deutschlands siegte.", "CDU", "de", True),
        ("die Bank für Internationalen Zahlungsausgleich", "BIZ", "de", True),
    ],
)
def test_an_acronym_spelled_out_in_capitalised_words(text, acronym, lang, spelled) -> None:
    assert checks_names.spells_out(text, (acronym,), lang) is spelled


def test_a_country_written_in_full_where_others_keep_its_acronym_is_no_finding() -> None:
    # stop 38, a made-up court ruling (de pivot): en, nl and el write their own acronym once and
    # the country in full in another sentence; fr never has an acronym for it (États-Unis
    # wherever de writes USA). Four false majors. A version that drops it is still told.
    columns = {
        "de": ["Der Beschluss billigte den Schild der EU und der USA.", "Er klagte in den USA."],
        "en": ["The decision approved the EU-US Shield.", "He sued in the United States."],
        "fr": [
            "La décision approuvait le bouclier UE-États-Unis.",
            "Il a porté plainte aux États-Unis.",
        ],
        "nl": [
            "Het besluit keurde het schild van de EU en de VS goed.",
            "Hij klaagde in de Verenigde Staten.",
        ],
        "it": ["La decisione approvava lo scudo UE-USA.", "Ha fatto causa negli USA."],
        "pl": ["Decyzja zatwierdzała tarczę UE-USA.", "Pozwał w USA."],
    }
    assert findings(columns, pivot="de", check="name-mismatch") == []
    columns["pl"][1] = "Pozwał w sądzie."
    found = findings(columns, pivot="de", check="name-mismatch")
    assert [(row, f.lang, f.severity) for row, f in found] == [(1, "pl", "major")]


def test_a_documents_tables_kept_across_groups_give_the_same_findings() -> None:
    # stop 38: a document's tables (vocabulary, names) are kept for the next GroupView of the
    # same segments, so that the app's checks of a corrected row need not remake them: the
    # findings of some rows checked alone are those of a first look, and the tables are kept
    # for a tuple of segments only (a list may change under them)
    rows, segments = seed_group()
    segments = {lang: tuple(column) for lang, column in segments.items()}
    checks._DOCUMENT_TABLES.clear()
    cold = [run_checks(rows[r : r + 3], segments, "vi") for r in range(0, len(rows), 3)]
    assert checks._DOCUMENT_TABLES  # made once, kept
    run_checks(rows, segments, "vi")
    warm = [run_checks(rows[r : r + 3], segments, "vi") for r in range(0, len(rows), 3)]
    assert warm == cold and any(any(found) for found in cold)
    checks._DOCUMENT_TABLES.clear()
    run_checks(rows, {lang: list(column) for lang, column in segments.items()}, "vi")
    assert not checks._DOCUMENT_TABLES


def test_a_capitalised_run_is_learnt_for_an_acronym_only_where_it_is_no_other_names() -> None:
    # review 38: en's "President Trump", in every row where de has USA and Präsident Trump,
    # was learnt as en's full name for USA: en dropping "the United States" there was silent
    columns = {
        "de": [
            "Die USA erheben Zölle, sagte Präsident Trump.",
            "Die USA drohen den Partnern, so Präsident Trump.",
            "Die USA verlassen das Abkommen, so Präsident Trump.",
            "Kanada reagierte gelassen.",
        ],
        "en": [
            "The United States will impose tariffs, said President Trump.",
            "The United States threatens its partners, said President Trump.",
            "President Trump said the deal is over.",
            "Canada reacted calmly.",
        ],
        "fr": [
            "Les USA imposeront des droits, a dit le président Trump.",
            "Les USA menacent leurs partenaires, selon le président Trump.",
            "Les USA quittent l'accord, selon le président Trump.",
            "Le Canada a réagi calmement.",
        ],
        "it": [
            "Gli USA imporranno dazi, ha detto il presidente Trump.",
            "Gli USA minacciano i partner, secondo il presidente Trump.",
            "Gli USA lasciano l'accordo, secondo il presidente Trump.",
            "Il Canada ha reagito con calma.",
        ],
        "pl": [
            "USA nałożą cła, powiedział prezydent Trump.",
            "USA grożą partnerom, według prezydenta Trumpa.",
            "USA wychodzą z umowy, według prezydenta Trumpa.",
            "Kanada zareagowała spokojnie.",
        ],
    }
    found = findings(columns, pivot="de", check="name-mismatch")
    assert [(row, f.lang, f.severity) for row, f in found] == [(2, "en", "major")]
    assert "USA" in found[0][1].message
    columns["en"][2] = "President Trump said the United States is leaving the deal."
    assert findings(columns, pivot="de", check="name-mismatch") == []


def test_a_capitalised_run_going_with_two_acronyms_is_neither_ones_full_name() -> None:
    # review 38: de writes USA and UK in the same rows, fr États-Unis and Royaume-Uni: both
    # runs went with USA, and fr's Royaume-Uni put for USA in the row of its own was silent
    columns = {
        "de": [
            "Die USA und das UK unterzeichneten den Vertrag.",
            "Die USA und das UK einigten sich auf Zölle.",
            "Die USA und das UK planen Manöver.",
            "Danach reiste die Delegation aus den USA ab.",
        ],
        "fr": [
            "Les États-Unis et le Royaume-Uni ont signé le traité.",
            "Les États-Unis et le Royaume-Uni se sont entendus sur les droits de douane.",
            "Les États-Unis et le Royaume-Uni préparent des manœuvres.",
            "Ensuite la délégation du Royaume-Uni est partie.",
        ],
        "en": [
            "The USA and the UK signed the treaty.",
            "The USA and the UK agreed on tariffs.",
            "The USA and the UK plan manoeuvres.",
            "Then the delegation from the USA left.",
        ],
        "it": [
            "Gli USA e il Regno Unito hanno firmato il trattato.",
            "Gli USA e il Regno Unito hanno concordato i dazi.",
            "Gli USA e il Regno Unito pianificano manovre.",
            "Poi la delegazione degli USA è partita.",
        ],
        "pl": [
            "USA i Wielka Brytania podpisały traktat.",
            "USA i Wielka Brytania uzgodniły cła.",
            "USA i Wielka Brytania planują manewry.",
            "Potem delegacja z USA wyjechała.",
        ],
    }
    found = findings(columns, pivot="de", check="name-mismatch")
    assert (3, "fr", "major") in [(row, f.lang, f.severity) for row, f in found]
    # a run going with one acronym alone is still its full name (États-Unis, de USA only)
    for lang in columns:
        columns[lang] = [columns[lang][0], columns[lang][3]]
    columns["de"][0] = "Die USA unterzeichneten den Vertrag."
    columns["fr"][0] = "Les États-Unis ont signé le traité."
    columns["fr"][1] = "Ensuite la délégation des États-Unis est partie."
    columns["en"][0] = "The USA signed the treaty."
    columns["it"][0] = "Gli USA hanno firmato il trattato."
    columns["pl"][0] = "USA podpisały traktat."
    assert findings(columns, pivot="de", check="name-mismatch") == []


def test_the_parts_of_a_long_run_of_capitalised_words_are_few() -> None:
    # review 38: every part of a run of n capitalised words is n²/2 strings of up to n words;
    # a line of 800 in title case held 600 MB. Parts of eight words at most are kept.
    words = [f"Word{chr(65 + i % 26)}{chr(65 + i // 26 % 26)}" for i in range(800)]
    runs = checks_names.capitalised_runs(" ".join(words))
    assert len(runs) <= 7 * len(words)
    assert " ".join(words[10:18]).lower() in runs
    assert " ".join(words[10:19]).lower() not in runs
    assert "états-unis" in checks_names.capitalised_runs("le bouclier UE-États-Unis")


def test_a_long_word_of_capitals_is_read_for_runs_in_linear_time() -> None:
    # final38: a run was tried from each capital of a long word and its letters given back
    # one by one: 20,000 capitals in a row took 6 s in capitalised_runs and in spells_out
    started = time.process_time()
    for text in ("A" * 100_000, "Ab" * 50_000, "A" + "a" * 100_000, "漢字のA" * 25_000):
        assert checks_names.capitalised_runs(text) == set()
        assert not checks_names.spells_out(text, ("UNO",), "de")
        assert not checks_names.spells_out(text, ("UN",), "en")
    assert time.process_time() - started < 2
    assert checks_names.capitalised_runs("xAAB Cd") == {"aab cd"}  # from its first capital


_OLD_RUN = regex.compile(r"\p{Lu}[\p{L}\p{M}]*(?:(?:-|\s+(?:\p{Ll}{1,3}\s+)?)\p{Lu}[\p{L}\p{M}]*)+")
_OLD_NOUN_RUN = regex.compile(
    r"\p{Lu}[\p{L}\p{M}]*(?:(?:-|\s+(?:(?:für|von)\s+)?)\p{Lu}[\p{L}\p{M}]*)+"
)


@given(
    st.lists(
        st.sampled_from(["A", "a", "É", "\u0301", "-", " ", "\n", "für", "of", "abcd", "1", "漢"])
    )
)
def test_capitalised_runs_are_the_plain_patterns_runs(parts: list[str]) -> None:
    # final38: the runs start at the first capital of their word and take its letters whole;
    # what they find is what the plain patterns found
    text = "".join(parts)
    for plain, quick in (
        (_OLD_RUN, checks_names._CAPITALISED_RUN),
        (_OLD_NOUN_RUN, checks_names._NOUN_RUN),
    ):
        assert [m.span() for m in quick.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_a_capitalised_run_beside_the_versions_own_acronym_is_no_full_name_of_it() -> None:
    # review 38: en's "Prime Minister" is in every row where fr has UK, en writing UK itself in
    # two of them: it was learnt as en's full name for UK, and en dropping the UK was silent
    columns = {
        "fr": [
            "Le Premier ministre Johnson a quitté l'UE au nom du UK.",
            "Selon le Premier ministre, le UK paiera.",
            "Le UK négociera seul, a ajouté le Premier ministre.",
            "Bruxelles a pris acte.",
        ],
        "en": [
            "Prime Minister Johnson took the UK out of the EU.",
            "According to the Prime Minister, the UK will pay.",
            "The Prime Minister added that it will negotiate alone.",
            "Brussels took note.",
        ],
        "de": [
            "Premierminister Johnson führte das UK aus der EU.",
            "Laut dem Premierminister wird das UK zahlen.",
            "Das UK wird allein verhandeln, fügte der Premierminister hinzu.",
            "Brüssel nahm es zur Kenntnis.",
        ],
        "it": [
            "Il primo ministro Johnson ha portato il UK fuori dall'UE.",
            "Secondo il primo ministro, il UK pagherà.",
            "Il UK negozierà da solo, ha aggiunto il primo ministro.",
            "Bruxelles ne ha preso atto.",
        ],
        "pl": [
            "Premier Johnson wyprowadził UK z UE.",
            "Według premiera UK zapłaci.",
            "UK będzie negocjować samo, dodał premier.",
            "Bruksela przyjęła to do wiadomości.",
        ],
    }
    found = findings(columns, pivot="fr", check="name-mismatch")
    assert [(row, f.lang, f.severity) for row, f in found] == [(2, "en", "major")]
    columns["en"][2] = "The UK will negotiate alone, the Prime Minister added."
    assert findings(columns, pivot="fr", check="name-mismatch") == []


def test_a_sentence_most_versions_add_is_one_only_where_their_dates_agree() -> None:
    # review 38: extra rows most versions share agree on values spelt in words too (sechs
    # Monate, 6 mois); a date has no value, and it's 5 aprile was the same as de's 3. März
    columns = {
        "en": ["The town opened a new bridge.", None, "Traffic is now faster."],
        "de": [
            "Die Stadt eröffnete eine neue Brücke.",
            "Die Feier fand am 3. März statt.",
            "Der Verkehr ist jetzt schneller.",
        ],
        "fr": [
            "La ville a ouvert un nouveau pont.",
            "La cérémonie a eu lieu le 3 mars.",
            "La circulation est plus rapide.",
        ],
        "es": [
            "La ciudad abrió un puente nuevo.",
            "La ceremonia tuvo lugar el 3 de marzo.",
            "El tráfico es más rápido.",
        ],
        "it": [
            "La città ha aperto un nuovo ponte.",
            "La cerimonia si è svolta il 3 marzo.",
            "Il traffico è più veloce.",
        ],
    }
    found = findings(columns, pivot="en", check="extra")
    assert [(row, f.lang) for row, f in found] == [(1, "en")]
    columns["it"][1] = "La cerimonia si è svolta il 5 aprile."
    found = findings(columns, pivot="en", check="extra")
    assert [(row, f.lang) for row, f in found] == [(1, "de"), (1, "fr"), (1, "es"), (1, "it")]
    columns["de"][1] = "Der Bau dauerte sechs Monate."
    columns["fr"][1] = "Les travaux ont duré 6 mois."
    columns["es"][1] = "La obra duró seis meses."
    columns["it"][1] = "I lavori sono durati sei mesi."
    found = findings(columns, pivot="en", check="extra")
    assert [(row, f.lang) for row, f in found] == [(1, "en")]


def test_a_capitalised_run_opened_by_a_common_word_is_no_full_name() -> None:
    # review 38: de's "Die Regierung" (an article capitalised as the sentence's first word) in
    # three rows where en has "the US government" was learnt as de's full name for US: de
    # dropping it ("Die Regierung will mehr") was silent. "Regierung in Washington" still is.
    columns = {
        "en": [
            "The US government raised tariffs.",
            "The US government also cut taxes.",
            "The US government wants more.",
            "Markets fell.",
        ],
        "de": [
            "Die Regierung in Washington erhöhte die Zölle.",
            "Die Regierung in Washington senkte auch die Steuern.",
            "Die Regierung will mehr.",
            "Die Märkte fielen.",
        ],
        "it": [
            "Il governo USA ha alzato i dazi.",
            "Il governo USA ha anche tagliato le tasse.",
            "Il governo USA vuole di più.",
            "I mercati sono scesi.",
        ],
        "pl": [
            "Rząd USA podniósł cła.",
            "Rząd USA obniżył też podatki.",
            "Rząd USA chce więcej.",
            "Rynki spadły.",
        ],
        "es": [
            "El Gobierno de EE. UU. subió los aranceles.",
            "El Gobierno de EE. UU. también bajó los impuestos.",
            "El Gobierno de EE. UU. quiere más.",
            "Los mercados cayeron.",
        ],
    }
    found = findings(columns, pivot="en", check="name-mismatch")
    assert [(row, f.lang) for row, f in found if f.lang == "de"] == [(2, "de")]
    columns["de"][2] = "Die Regierung in Washington will mehr."
    found = findings(columns, pivot="en", check="name-mismatch")
    assert [(row, f.lang) for row, f in found if f.lang == "de"] == []


@pytest.mark.parametrize(
    ("pivot", "version", "lang"),
    [
        # a speech over two paragraphs: each opens the quotation again, the last closes it
        (
            ["“We worked hard. We won.”", "“Now we want to stay,” he said."],
            ["„Wir haben hart gearbeitet. Wir haben gewonnen.", "„Jetzt bleiben wir“, sagte er."],
            "de",
        ),
        (
            ["„Wir haben hart gearbeitet. Wir haben gewonnen.“", "„Jetzt bleiben wir“, sagte er."],
            ["« Nous avons travaillé dur. Nous avons gagné.", "« Nous restons », a-t-il dit."],
            "fr",
        ),
        (  # the pivot quotes the whole speech in one row, the version over two paragraphs
            ["“We worked hard. We won. Now we want to stay,” he said.", "He left."],
            ["„Ciężko pracowaliśmy. Wygraliśmy.", "„Teraz chcemy zostać” – powiedział. Wyszedł."],
            "pl",
        ),
    ],
)
def test_a_quotation_reopened_in_its_next_paragraph_is_no_fault(pivot, version, lang) -> None:
    # review37: a German version that wrote a speech over two paragraphs in its language's
    # style was told its first „ had no partner, unless the pivot left the same quote open
    assert findings({"en": pivot, lang: version}, pivot="en", check="punctuation") == []


def test_a_quote_reopened_inside_its_paragraph_or_with_no_quotation_beside_is_a_fault() -> None:
    sentences = [
        "„Wir haben hart gearbeitet. Wir haben gewonnen.",
        "„Jetzt bleiben wir“, sagte er.",
    ]
    # the pivot quotes nothing there
    found = findings({"en": ["We worked.", "He stayed."], "de": sentences}, pivot="en",
                     check="punctuation")  # fmt: skip
    assert [(row, f.lang) for row, f in found] == [(0, "de")]
    # one paragraph: the quotation was never closed before the next one opened
    en = ["“We worked hard. We won.”", "“Now we stay,” he said."]
    rows, segments = build({"en": en, "de": sentences})
    segments["de"] = tuple(
        Segment(s.ordinal, 0, s.start, s.end, s.text, s.boilerplate) for s in segments["de"]
    )
    result = run_checks(rows, segments, "en", checks=[get_check("punctuation")])
    assert [(row, f.lang) for row, fs in enumerate(result) for f in fs] == [(0, "de")]
    # a dialogue's line of one sentence left open before the reply (planted bakery_dialogue)
    de = ["„Der Bus ist nicht gekommen.", "„Er kommt nie“, antwortete sie."]
    en = ["“The bus didn't come.”", "“It never comes,” she replied."]
    found = findings({"en": en, "de": de}, pivot="en", check="punctuation")
    assert [(row, f.lang) for row, f in found] == [(0, "de")]
    # a quotation opened rows later, after a paragraph of narration, continues none
    de = ["„Der Bus kam nicht. Ich wartete.", "Er ging.", "„Wann schließen Sie?“"]
    en = ["“The bus didn't come. I waited.”", "He left.", "“When do you close?”"]
    found = findings({"en": en, "de": de}, pivot="en", check="punctuation")
    assert [(row, f.lang) for row, f in found] == [(0, "de")]


def test_a_pivot_that_reopens_its_quotation_in_the_next_paragraph_has_no_fault() -> None:
    de = ["„Wir haben hart gearbeitet. Wir haben gewonnen.", "„Wir bleiben“, sagte er.", "Er ging."]
    versions = {
        "en": ["“We worked hard. We won.”", "“We stay,” he said.", "He left."],
        "fr": [
            "« Nous avons travaillé dur. Nous avons gagné. »",
            "« Nous restons », dit-il.",
            "Il partit.",
        ],
    }
    assert findings({"de": de, **versions}, pivot="de", check="punctuation") == []
    # with no version quoting there, the pivot's line left open is its own fault
    versions = {"en": ["We worked.", "He stayed.", "He left."], "fr": ["Nous.", "Il.", "Il."]}
    found = findings({"de": de, **versions}, pivot="de", check="punctuation")
    assert [(row, f.lang) for row, f in found] == [(0, "de")]


@pytest.mark.parametrize(
    ("ru", "found"),
    [
        ("Информация по телефону 800 246 246.", False),
        ("Информация по телефону 800 246 247.", True),  # a changed digit is still one
    ],
)
def test_a_telephone_number_one_version_names_is_the_figure_another_writes(ru, found) -> None:
    # storm_warning (stop 38): ru's "по телефону 800 246 246" is a number to dial, the
    # other versions' 800 246 246 a figure, when no word there says what it is
    columns = {"pt": ["Mais informações no número 800 246 246."], "ru": [ru]}
    result = findings(columns, pivot="pt", check="number-mismatch")
    assert bool([f for _, f in result if f.severity != "info"]) == found


def test_a_long_run_of_rows_the_pivot_lacks_is_judged_in_near_linear_time() -> None:
    # review 38: the versions with text of their own in a pivot gap were found by walking the
    # gap from each of its rows: a pivot lacking 3,000 sentences that six versions have took
    # about 17 s (0.6 s counted once per gap)
    import time

    rows = 3000
    columns = {"en": ["The report starts here.", *([None] * rows)]}
    for lang, word in (("de", "Satz"), ("fr", "Phrase"), ("es", "Frase"), ("nl", "Zin")):
        columns[lang] = [f"{word} eins.", *(f"{word} {i}." for i in range(rows))]
    columns["it"] = ["Frase uno.", *(f"Frase {i}." if i % 2 else None for i in range(rows))]
    started = time.process_time()
    found = findings(columns, pivot="en", check="extra")
    assert time.process_time() - started < 5
    assert len(found) == rows and {f.lang for _, f in found} == {"en"}
    assert "it has text of its own beside it" in found[0][1].message
    assert "own" not in found[1][1].message  # it has this one


def test_a_name_kept_foreign_in_a_long_version_is_checked_in_time() -> None:
    # final38: `_kept_foreign` was asked for each row of nl's Berlijn, each time looking for
    # "Berlijn Hauptbahnhof" in every row's text for each row of Berlin: 1,500 rows took 47 s
    # (900 rows of this test 10 s). The station kept as it is stays no finding; the city in
    # Dutch neither.
    columns: dict[str, list[str]] = {"en": [], "de": [], "fr": [], "nl": []}
    for k in range(1200):
        if k % 3 == 0:
            columns["en"].append(f"Visitor number {k} arrived in Berlin by train.")
            columns["de"].append(f"Besucher Nummer {k} kam mit dem Zug in Berlin an.")
            columns["fr"].append(f"Le visiteur numéro {k} est arrivé à Berlin en train.")
            columns["nl"].append(f"Bezoeker nummer {k} kwam met de trein aan in Berlijn.")
        else:
            columns["en"].append(f"Passenger {k} left from Berlin Hauptbahnhof at noon.")
            columns["de"].append(f"Fahrgast {k} fuhr mittags vom Berlin Hauptbahnhof ab.")
            columns["fr"].append(f"Le passager {k} est parti de Berlin Hauptbahnhof à midi.")
            columns["nl"].append(f"Passagier {k} vertrok om twaalf uur van Berlin Hauptbahnhof.")
    started = time.process_time()
    found = findings(columns, pivot="en", check="name-consistency")
    assert time.process_time() - started < 8
    assert not [f for _, f in found if "Berlijn" in f.message]


def test_a_table_row_of_names_and_figures_copied_is_no_major_untranslated() -> None:
    # a made-up phone test (stop 40): es "Nova 8 | 349 euros | 128 GB | 5.000 mAh", as en writes
    # it, was a major "same text as the en pivot": two words to translate, counted without
    # the names and figures two other versions keep
    row = "Nova 8 | 349 euros | 128 GB | 5,000 mAh"
    kept = "The Pulse 5 Lite lasted 26 hours and is the best buy."
    columns = {
        "en": [row, kept],
        "es": [row.replace("5,000", "5.000"), kept],
        "de": ["Nova 8 | 349 Euro | 128 GB | 5.000 mAh", "Das Pulse 5 Lite hielt 26 Stunden."],
        "fr": ["Nova 8 | 349 euros | 128 Go | 5 000 mAh", "Le Pulse 5 Lite a tenu 26 heures."],
    }
    found = [
        (r, f.lang, f.severity) for r, f in findings(columns, pivot="en", check="untranslated")
    ]
    assert (0, "es", "info") in found and (1, "es", "major") in found
    assert (0, "es", "major") not in found


def _summit(fr_last: str) -> tuple[list[Row], dict[str, tuple[Segment, ...]]]:
    """Five rows, the last one en's two sentences merged; de and nl lack the first of them
    (their own alignments left it alone), and fr's cell is `fr_last` alone."""
    talks = {
        "en": "President Putin and President Xi held talks on the sidelines of the summit.",
        "es": "El presidente Putin y el presidente Xi conversaron al margen de la cumbre.",
        "it": "Il presidente Putin e il presidente Xi hanno parlato a margine del vertice.",
        "pt": "O presidente Putin e o presidente Xi conversaram à margem da cimeira.",
    }
    nxt = {
        "en": "The next summit is in China in 2025.",
        "de": "Der nächste Gipfel findet 2025 in China statt.",
        "es": "La próxima cumbre será en China en 2025.",
        "it": "Il prossimo vertice sarà in Cina nel 2025.",
        "nl": "De volgende top is in 2025 in China.",
        "pt": "A próxima cimeira será na China em 2025.",
    }
    opening = {
        "en": ["The summit opened in Astana on Monday.", "Leaders of nine states came.",
               "Trade grew by 12.5% last year.", "The group was founded in 2001."],
        "fr": ["Le sommet s'est ouvert lundi à Astana.", "Les dirigeants de neuf États sont venus.",
               "Le commerce a progressé de 12,5 % l'an dernier.", "Le groupe a été fondé en 2001."],
        "de": ["Der Gipfel wurde am Montag in Astana eröffnet.", "Neun Staatschefs kamen.",
               "Der Handel wuchs im Vorjahr um 12,5 %.", "Die Gruppe wurde 2001 gegründet."],
        "es": ["La cumbre se abrió el lunes en Astana.", "Vinieron líderes de nueve estados.",
               "El comercio creció un 12,5 % el año pasado.", "El grupo se fundó en 2001."],
        "it": ["Il vertice si è aperto lunedì ad Astana.", "Sono venuti i leader di nove stati.",
               "Il commercio è cresciuto del 12,5% l'anno scorso.", "Il gruppo nacque nel 2001."],
        "nl": ["De top opende maandag in Astana.", "Leiders van negen staten kwamen.",
               "De handel groeide vorig jaar met 12,5%.", "De groep werd in 2001 opgericht."],
        "pt": ["A cimeira abriu na segunda-feira em Astana.", "Vieram líderes de nove estados.",
               "O comércio cresceu 12,5% no ano passado.", "O grupo foi fundado em 2001."],
    }  # fmt: skip
    columns = {
        lang: [*first, talks.get(lang), nxt.get(lang, fr_last)] for lang, first in opening.items()
    }
    rows, segments = build(columns)
    merged = {lang: rows[4].cells[lang] + rows[5].cells[lang] for lang in segments}
    lacking = {"de": rows[4].cells["en"], "nl": rows[4].cells["en"]}
    return [*rows[:4], Row(merged, unmatched=lacking)], segments


def test_a_sentence_others_lack_too_is_still_found_left_out_beside_its_figures() -> None:
    # news bench (stop 41): vi lacked the Putin sentence, merged into the next summit's row;
    # de and ja lacked it too (each its own `missing`) and outvoted the pivot's count, and vi's
    # long "next summit" sentence left the rest 1.7 times its usual ratio: silent
    fr = "Le prochain sommet se tiendra en Chine en 2025, a-t-on annoncé à la clôture."
    rows, segments = _summit(fr)
    found = run_checks(rows, segments, "en", checks=[get_check("missing")])[4]
    said = {f.lang: f for f in found}
    assert said["fr"].severity == "minor" and "Putin" in said["fr"].message
    assert set(said) == {"de", "fr", "nl"}  # de and nl from their own alignments
    # versions that hold one sentence there with no omission of their own found are a way of
    # writing the row: they still outvote the pivot's count
    rows, segments = _summit(fr)
    rows[4] = Row(rows[4].cells)
    assert run_checks(rows, segments, "en", checks=[get_check("missing")])[4] == ()


def _merged_row(
    en: list[str], fr: list[str], unmatched=(), inserted=()
) -> tuple[list[Row], dict[str, tuple[Segment, ...]]]:
    """One row of en's and fr's sentences (de and es translate en's one to one), with fr's
    own alignment's unmatched pivot ordinals and inserted ordinals of its own."""
    de = [
        "Die Strecke ist 292 Kilometer lang, Züge fahren bis zu 350 km/h.",
        "Der Bau kostete 58,5 Milliarden Yuan.",
    ]
    es = [
        "La línea tiene 292 kilómetros y los trenes van a 350 km/h.",
        "La obra costó 58.500 millones de yuanes.",
    ]
    keep = slice(2 - len(en), None)  # the last len(en) of en's two sentences
    columns = {"en": en, "fr": fr, "de": de[keep], "es": es[keep]}
    segments = {
        lang: tuple(Segment(i, 0, 0, len(t), t, None) for i, t in enumerate(texts))
        for lang, texts in columns.items()
    }
    cells = {lang: tuple(range(len(texts))) for lang, texts in columns.items()}
    row = Row(cells, unmatched={"fr": tuple(unmatched)}, inserted={"fr": tuple(inserted)})
    return [row], segments  # fmt: skip


def test_figures_of_a_sentence_said_missing_or_extra_are_no_changed_number() -> None:
    # news bench (stop 41): a version lacking "The line is 292 kilometres long ..." inside a
    # merged row was told `missing` and also "en has 292, 350, not found" (major)
    en = ["The line is 292 kilometres long and trains run at up to 350 km/h.",
          "Construction cost 58.5 billion yuan."]  # fmt: skip
    fr = ["La construction a coûté 58,5 milliards de yuans."]
    rows, segments = _merged_row(en, fr, unmatched=(0,))
    said = run_checks(
        rows, segments, "en", checks=[get_check("missing"), get_check("number-mismatch")]
    )
    assert [(f.check, f.lang) for f in said[0]] == [("missing", "fr")]
    # the sentence's own alignment found nothing: the figures are all the reviewer is told
    rows, segments = _merged_row(en, fr)
    said = run_checks(rows, segments, "en", checks=[get_check("number-mismatch")])
    assert [(f.check, f.lang, f.severity) for f in said[0]] == [("number-mismatch", "fr", "major")]
    # a short sentence left alone is only an info `missing`: its figure stays a finding
    rows, segments = _merged_row(["It cost 950 yuan.", *en[1:]], fr, unmatched=(0,))
    said = run_checks(
        rows, segments, "en", checks=[get_check("missing"), get_check("number-mismatch")]
    )
    assert {(f.check, f.severity) for f in said[0] if f.lang == "fr"} == {
        ("missing", "info"),
        ("number-mismatch", "major"),
    }
    # an added sentence inside the row: `extra` says it, not its figures
    added = "Des inondations ont fait 95 morts les 29 et 30 octobre."
    rows, segments = _merged_row(en[1:], [fr[0], added], inserted=(1,))
    said = run_checks(
        rows, segments, "en", checks=[get_check("extra"), get_check("number-mismatch")]
    )
    assert [(f.check, f.lang) for f in said[0]] == [("extra", "fr")]


FALCON = ("de", "Eine Falcon-9-Rakete brachte 20 Satelliten.")


@pytest.mark.parametrize(
    ("pivot", "version", "fires"),
    [
        # the version writes the name the pivot glues its figure to: no number of its own
        (FALCON, ("en", "A Falcon 9 rocket took 20."), False),
        (FALCON, ("ar", "حملها صاروخ فالكون 9 مع 20."), False),
        (FALCON, ("he", "טיל פלקון 9 נשא 20."), False),
        (FALCON, ("ja", "ファルコン9ロケットで20基。"), False),
        (("en", "Orion-1 weighs 180 kg."), ("hi", "ओरियन 1 का वजन 180 किलो है।"), False),
        # the figure stands elsewhere in the version: a changed quantity (stop 42 hid these)
        (("en", "Route A1 is closed for 1 week."), ("de", "Die A1 ist 2 Wochen gesperrt."), True),
        (("en", "Orion-1 launched in week 1."), ("he", "אוריון-1 שוגר בשבוע 2."), True),
        (("en", "The G20 met 19 times."), ("ru", "G20 собиралась 20 раз."), True),
    ],
)
def test_a_figure_glued_to_a_name_hides_only_that_names_figure(pivot, version, fires) -> None:
    found = findings(
        {pivot[0]: [pivot[1]], version[0]: [version[1]]}, pivot=pivot[0], check="number-mismatch"
    )
    assert bool([f for _, f in found if f.severity != "info"]) == fires, found


def test_a_figure_the_reader_reads_after_letters_is_no_names() -> None:
    # id's ordinal "menit ke-12" (the 12th minute) is read as 12: no name's figure, in its own
    # cell or another's (the row's names hid it through id at first, stop 43)
    columns = {
        "id": ["Morata mencetak gol pada menit ke-12."],
        "en": ["Morata scored in the 12th minute."],
        "it": ["Morata ha segnato al 18° minuto."],
    }
    found = findings(columns, pivot="id", check="number-mismatch")
    assert [(f.lang, f.severity) for _, f in found] == [("it", "major")]
    assert found[0][1].message.startswith("id has 12, not found in it")


@pytest.mark.parametrize(
    ("ja", "fires"),
    [
        ("オリオン7は地中海に通信を届ける。", False),  # the satellite's name, its figure glued
        ("オリオン8は地中海に通信を届ける。", True),  # the name's figure changed
        ("レベル7は地中海に通信を届ける。", True),  # a word no version writes with the figure
    ],
)
def test_a_figure_another_version_glues_to_the_name_is_the_names(ja: str, fires: bool) -> None:
    # ja glues Orion-7's figure to オリオン, read as a count; zh names the satellite by its
    # meaning (猎户座-7), so only the other versions' Orion-7 tells it is the name's: "ja has
    # 1, not in zh" through zh and through ja for planted satellite_launch's Orion-1 (stop 43)
    columns = {
        "zh": ["猎户座-7将为地中海提供通信。"],
        "en": ["Orion-7 will bring communications to the Mediterranean."],
        "de": ["Orion-7 soll das Mittelmeer mit Kommunikation versorgen."],
        "ja": [ja],
    }
    for pivot in ("zh", "ja"):
        found = findings(columns, pivot=pivot, check="number-mismatch")
        assert bool(found) == fires, (pivot, found)


def test_a_sentence_most_versions_add_inside_a_row_is_said_once_on_the_pivot() -> None:
    # stork_migration through uk, which leaves out the researchers' warning mid-paragraph: ten
    # versions joined it to the sentence before, ten major `extra` findings until stop 42 (that
    # item now gives the sentence a row of its own, stop 43: these rows stand for it)
    texts = {
        "en": ["Four birds died on the way.", "The young ones took a longer route."],
        "de": [
            "Vier Vögel starben.",
            "Die Forscher warnten den Versorger.",
            "Junge nahmen eine längere Route.",
        ],
        "fr": [
            "Quatre oiseaux sont morts.",
            "Les chercheurs ont prévenu.",
            "Les jeunes ont pris une route plus longue.",
        ],
        "es": [
            "Cuatro aves murieron.",
            "Los investigadores avisaron.",
            "Los jóvenes tomaron una ruta más larga.",
        ],
        "it": ["Quattro uccelli sono morti.", "I giovani hanno preso una via più lunga."],
    }
    segments = {
        lang: tuple(Segment(k, k, 0, len(t), t) for k, t in enumerate(sentences))
        for lang, sentences in texts.items()
    }
    added = {"de": (1,), "fr": (1,), "es": (1,)}
    cells = {"en": (0, 1), "de": (0, 1, 2), "fr": (0, 1, 2), "es": (0, 1, 2), "it": (0, 1)}
    found = run_checks([Row(cells, inserted=added)], segments, "en", checks=["extra"])
    (said,) = found[0]
    assert said.lang == "en"
    assert said.message.startswith("de, fr, es have a sentence inside this row that en lacks;")
    # two of four versions are not most of them: each says its own
    found = run_checks(
        [Row(cells, inserted={"de": (1,), "fr": (1,)})], segments, "en", checks=["extra"]
    )
    assert sorted(f.lang for f in found[0]) == ["de", "fr"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # review43: "other" and "friend" are words for "the second" too (hi दूसरे देशों, other
        # countries; he הצד השני, the other side; uk свого друга, his friend's): read as a soft
        # 2, they hid a version's 3 for the others' 2 (a major, then an info)
        ("hi", "कंपनी ने पिछले साल दूसरे देशों में 3 संयंत्र बंद किए।"),
        ("he", "החנות בצד השני של הרחוב מכרה 3 אופניים."),
        ("uk", "Він прожив 3 тижні у будинку свого друга."),
    ],
)
def test_other_or_friend_is_no_second_that_hides_a_changed_two(lang: str, text: str) -> None:
    columns = {
        "en": ["Last year the shop near his friend's house on the other side sold 2 bikes."],
        "de": ["Letztes Jahr verkaufte der Laden nahe dem Haus seines Freundes 2 Fahrräder."],
        "fr": ["L'an dernier, le magasin près de chez son ami a vendu 2 vélos."],
        lang: [text],
    }
    found = findings(columns, pivot="en", check="number-mismatch")
    assert [(f.lang, f.severity) for _, f in found] == [(lang, "major")]


def test_a_names_figure_a_version_leaves_out_is_told_though_another_glues_it() -> None:
    # review43: fr writes "la mission Apollo" without en's 11; de glues it (Apollo-11-Mission),
    # ru too (Аполлона-11): fr's comparison with en was silent, as if de's glue were fr's
    columns = {
        "en": ["The Apollo 11 crew returned after 8 days."],
        "de": ["Die Besatzung der Apollo-11-Mission kehrte nach 8 Tagen zurück."],
        "ru": ["Экипаж Аполлона-11 вернулся через 8 дней."],
        "fr": ["L'équipage de la mission Apollo est revenu après 8 jours."],
    }
    found = findings(columns, pivot="en", check="number-mismatch")
    assert [(f.lang, f.message[:26]) for _, f in found] == [("fr", "en has 11, not found in fr")]


def test_a_second_that_may_be_the_other_outvotes_with_the_others() -> None:
    """he השני and hi दूसरे ("the second", also "the other") are no soft 2 for the reader, but
    beside de, the pivot, outvoted on its 14. April, they say its "2." court: one finding on
    the pivot, none on them (noise_ruling through de, review43)."""
    columns = {
        "de": ["Das 2. Verwaltungsgericht entschied am 14. April 2025."],
        "en": ["The 2nd Administrative Court ruled on 14 March 2025."],
        "fr": ["Le 2e tribunal administratif a statué le 14 mars 2025."],
        "he": ["בית המשפט המנהלי השני פסק ב-14 במרץ 2025."],
        "hi": ["दूसरे प्रशासनिक न्यायालय ने 14 मार्च 2025 को फ़ैसला सुनाया।"],
    }
    found = findings(columns, pivot="de", check="number-mismatch")
    assert [(f.lang, f.severity) for _, f in found] == [("de", "major")]
