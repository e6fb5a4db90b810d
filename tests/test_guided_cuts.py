"""Thai sentences cut where a group's other versions end theirs (reviewer/core/guided_cuts.py).

The biography (tests/data/planted/vieira_da_silva, README there) has a Thai version whose
segmenter left three sentences in one segment twice: every row of those paragraphs then held
three sentences in all eleven languages.
"""

import time
from pathlib import Path

from bench.faults import write_folder
from bench.faults_data import PIVOT, read_all, read_news
from bench.faults_inject import write_document
from reviewer.core import guided_cuts, segmenting
from reviewer.core.model import Document, Group
from reviewer.core.session import open_corpus

BIOGRAPHY = Path(__file__).parent / "data" / "planted" / "vieira_da_silva"
LEAFLET = Path(__file__).parent / "data" / "planted" / "tablet_dosage"


def _group(texts: dict[str, str]) -> tuple[list[Document], list[tuple], list[Group]]:
    documents = [
        Document(f"{lang}.txt", Path(f"{lang}.txt"), t, lang, "") for lang, t in texts.items()
    ]
    segments = [segmenting.segment(d.text, d.lang) for d in documents]
    members = {d.lang: i for i, d in enumerate(documents)}
    return documents, segments, [Group("g", "en", members)]


def _thai(segments: tuple) -> list[str]:
    return [s.text for s in segments]


WITNESSES = {
    "en": "The bridge opened in 1998. It cost 40 million euros. Some 12,000 cars cross it daily.",
    "de": "Die Brücke wurde 1998 eröffnet. Sie kostete 40 Millionen Euro. Täglich fahren rund"
    " 12.000 Autos darüber.",
    "fr": "Le pont a ouvert en 1998. Il a coûté 40 millions d'euros. Quelque 12 000 voitures le"
    " traversent chaque jour.",
}
THAI = "สะพานเปิดใช้ในปี 1998 ใช้งบประมาณ 40 ล้านยูโร มีรถยนต์ราว 12,000 คันข้ามสะพานทุกวัน"


def test_a_thai_paragraph_is_cut_where_every_other_version_ends_a_sentence():
    documents, segments, groups = _group({**WITNESSES, "th": THAI})
    assert len(segments[3]) < 3  # the segmenter alone leaves sentences together
    out = guided_cuts.guided_segments(documents, segments, groups)
    _assert_last_cut(
        out,
        segments,
        THAI,
        ["สะพานเปิดใช้ในปี 1998", "ใช้งบประมาณ 40 ล้านยูโร", "มีรถยนต์ราว 12,000 คันข้ามสะพานทุกวัน"],
    )


def test_a_sentence_kept_in_another_script_is_cut_where_its_script_begins():
    # A made-up leaflet (stop 36, tests/data/planted/tablet_dosage): th kept en's last
    # sentence of a paragraph in English after its own, and the cut fell after "Do not",
    # where the lengths pulled it; "Do" was then a name.
    corpus = open_corpus([LEAFLET])
    (group,) = corpus.groups
    kept = "Do not take it for more than 3 days without talking to a doctor."
    aligned = corpus.aligned(group)
    cells = [[s.text for s in aligned.cell(r, "th")] for r in range(len(aligned.rows))]
    assert [kept] in cells


def _assert_last_cut(out, segments, text: str, pieces: list[str]) -> None:
    """The last document of the group is cut into `pieces` of its `text`, numbered anew; the
    other versions are untouched."""
    assert _thai(out[-1]) == pieces
    assert [s.ordinal for s in out[-1]] == list(range(len(pieces)))
    assert all(text[s.start : s.end] == s.text for s in out[-1])
    assert out[:-1] == segments[:-1]


def test_no_cut_fills_the_place_of_a_sentence_the_thai_version_lacks():
    # The Thai version leaves out the cost: it is cut into the two sentences it has, and no
    # piece of it stands for the cost.
    without_cost = "สะพานเปิดใช้ในปี 1998 มีรถยนต์ราว 12,000 คันข้ามสะพานทุกวัน"
    documents, segments, groups = _group({**WITNESSES, "th": without_cost})
    assert len(segments[3]) == 1
    out = guided_cuts.guided_segments(documents, segments, groups)
    assert _thai(out[3]) == ["สะพานเปิดใช้ในปี 1998", "มีรถยนต์ราว 12,000 คันข้ามสะพานทุกวัน"]


def test_a_changed_number_still_stands_in_its_sentences_place():
    # The Thai version writes 45 million for 40, or 15,000 cars for 12,000 (a fault the
    # checks must show on its row): the piece lacks its counterpart's figure, but its own is
    # in none of the others' sentences, so it is no other sentence cut to fill a gap.
    for changed in ("ใช้งบประมาณ 45 ล้านยูโร", "มีรถยนต์ราว 15,000 คัน"):
        old = "ใช้งบประมาณ 40 ล้านยูโร" if "45" in changed else "มีรถยนต์ราว 12,000 คัน"
        thai = THAI.replace(old, changed)
        documents, segments, groups = _group({**WITNESSES, "th": thai})
        assert len(segments[3]) == 2
        out = guided_cuts.guided_segments(documents, segments, groups)
        assert len(out[3]) == 3
        assert _thai(out[3])[0] == "สะพานเปิดใช้ในปี 1998"


def test_a_thai_version_without_a_sentence_is_missing_it_on_its_row_alone(tmp_path):
    # The news fault benchmark's railway article in twelve languages, its second sentence
    # left out of the Thai version, whose segmenter then kept the other three of that
    # paragraph as one segment (spaces beside digits). Cut as if no sentence were lacking,
    # nothing fitted, and the segment's row got `missing` on the two sentences it holds.
    texts = read_news()
    documents = {
        lang: write_document(
            lang, [v for v in p["rail"] if not (lang == "th" and v.ref == "0:2")], {}
        )
        for lang, p in texts.items()
    }
    groups = write_folder(tmp_path / "rail", {"rail": documents})
    languages = {p.name: p.name.split(".")[-2] for p in (tmp_path / "rail").glob("*.txt")}
    corpus = open_corpus([tmp_path / "rail"], languages=languages, grouping_file=groups)
    (group,) = corpus.groups
    aligned = corpus.aligned(group)
    thai = [
        (r, f.check)
        for r, findings in enumerate(aligned.findings)
        for f in findings
        if f.lang == "th" and f.check in ("missing", "extra")
    ]
    assert thai == [(1, "missing")]
    assert not aligned.cell(1, "th")
    assert all(len(aligned.cell(r, "th")) == 1 for r in range(len(aligned.rows)) if r != 1)


def test_nothing_changes_without_agreeing_witnesses_or_with_enough_sentences():
    documents, segments, groups = _group({"en": WITNESSES["en"], "th": THAI})
    assert guided_cuts.guided_segments(documents, segments, groups)[1] == segments[1]
    # once cut, a version with as many sentences as the others is left as it is
    documents, segments, groups = _group({**WITNESSES, "th": THAI})
    once = guided_cuts.guided_segments(documents, segments, groups)
    assert guided_cuts.guided_segments(documents, once, groups) == once


def test_a_huge_thai_paragraph_is_left_alone_quickly():
    long_thai = " ".join(["สะพานเปิดใช้"] * 20_000)
    documents, segments, groups = _group({**WITNESSES, "th": long_thai})
    start = time.perf_counter()
    out = guided_cuts.guided_segments(documents, segments, groups)
    assert time.perf_counter() - start < 5
    assert out[3] == segments[3]


def test_the_biography_has_a_row_per_sentence_whichever_version_is_the_pivot():
    seen = set()
    for pivot in (None, "pt", "th"):
        corpus = open_corpus([BIOGRAPHY], pivot=pivot)
        (group,) = [g for g in corpus.groups if len(g.members) > 2]
        thai = corpus.segments[group.members["th"]]
        seen.add(tuple(s.text for s in thai))
        aligned = corpus.aligned(group)
        assert len(aligned.rows) == 9
        assert all(len(row.cells.get("th", ())) == 1 for row in aligned.rows)
    assert len(seen) == 1  # the cuts do not depend on the pivot


def test_the_biography_findings():
    corpus = open_corpus([BIOGRAPHY], pivot="pt")
    (group,) = [g for g in corpus.groups if len(g.members) > 2]
    aligned = corpus.aligned(group)
    found = {
        (f.check, f.lang, " ".join(s.text for s in aligned.cell(row, "pt"))[:20])
        for row, findings in enumerate(aligned.findings)
        for f in findings
        if f.severity != "info"
    }
    assert found == {
        ("missing", "ru", "Durante a Segunda Gu"),
        ("number-mismatch", "ja", "Regressaram a Paris "),
        ("untranslated", "hi", "Recebeu o Grande Prê"),
        ("number-mismatch", "th", "Morreu em Paris em 6"),
    }


def test_a_thai_segment_across_a_sentence_end_of_the_others_is_cut_there():
    # Revelation 20 in the fault benchmark's nine versions: the Thai segmenter kept the end of
    # 20:14 and the start of 20:15 in one segment (`…ครั้งที่สอง และผู้ใดที่ไม่มีชื่อ…`, "…the
    # second death. And if anyone whose name…": `และ`, "and", after a space weighs against a
    # cut); most other versions end a sentence there, and the segment could lie in neither
    # sentence's row.
    texts = read_all()
    documents = [
        Document(
            f"{lang}.txt", Path(f"{lang}.txt"), write_document(lang, p["rev20"], {}).text, lang, ""
        )
        for lang, p in texts.items()
    ]
    segments = [segmenting.segment(d.text, d.lang) for d in documents]
    group = Group("rev20", PIVOT, {d.lang: i for i, d in enumerate(documents)})
    thai = group.members["th"]
    across = "นี่แหละเป็นความตายครั้งที่สอง และผู้ใดที่ไม่มีชื่อจดไว้ในหนังสือแห่งชีวิต"
    assert across in _thai(segments[thai])
    out = guided_cuts.guided_segments(documents, segments, [group])
    got = _thai(out[thai])
    assert across not in got
    assert "นี่แหละเป็นความตายครั้งที่สอง" in got
    assert "และผู้ใดที่ไม่มีชื่อจดไว้ในหนังสือแห่งชีวิต" in got
    assert [s.ordinal for s in out[thai]] == list(range(len(out[thai])))
    assert all(documents[thai].text[s.start : s.end] == s.text for s in out[thai])
    # a cut only splits a segment, at a space: no segment is joined or moved
    for piece in out[thai]:
        assert any(s.start <= piece.start and piece.end <= s.end for s in segments[thai])
    assert [x for i, x in enumerate(out) if i != thai] == [
        x for i, x in enumerate(segments) if i != thai
    ]


# --- Other scripts: a semicolon where most versions end a sentence (`_cut_at_marks`) ------

CLAUSE_WITNESSES = {
    "en": "The gates stay open all day, for there is no night there. The glory of the nations"
    " will be brought into it. Nothing unclean will ever enter it.",
    "de": "Ihre Tore bleiben den ganzen Tag offen, denn dort ist keine Nacht. Man wird die"
    " Herrlichkeit der Völker in sie bringen. Nichts Unreines wird je in sie eingehen.",
    "es": "Sus puertas quedan abiertas todo el día, porque allí no hay noche. Llevarán a ella la"
    " gloria de las naciones. Nada impuro entrará jamás en ella.",
}
# the Vietnamese version joins the second and third sentences with a semicolon
VI = (
    "Cửa thành mở suốt ngày, vì ở đó không có ban đêm. Người ta sẽ đem vinh hiển của các dân"
    " đến đó; chẳng có gì ô uế được vào thành."
)


def test_a_semicolon_where_the_others_end_a_sentence_is_cut():
    documents, segments, groups = _group({**CLAUSE_WITNESSES, "vi": VI})
    assert len(segments[3]) == 2  # the segmenter keeps the semicolon's clauses together
    out = guided_cuts.guided_segments(documents, segments, groups)
    pieces = [
        "Cửa thành mở suốt ngày, vì ở đó không có ban đêm.",
        "Người ta sẽ đem vinh hiển của các dân đến đó;",
        "chẳng có gì ô uế được vào thành.",
    ]
    _assert_last_cut(out, segments, VI, pieces)


def test_a_version_with_as_many_sentences_keeps_its_semicolons():
    # The same number of sentences as the others: a semicolon inside one of them is no joint.
    vi = (
        "Cửa thành mở suốt ngày; ở đó không có ban đêm. Người ta sẽ đem vinh hiển của các dân"
        " đến đó. Chẳng có gì ô uế được vào thành."
    )
    documents, segments, groups = _group({**CLAUSE_WITNESSES, "vi": vi})
    out = guided_cuts.guided_segments(documents, segments, groups)
    assert out[3] == segments[3]


def test_a_semicolon_far_from_the_others_sentence_ends_is_not_cut():
    # The version lacks a sentence (the glory of the nations) and has a semicolon early in the
    # first one, where no witness ends a sentence: no piece is made to stand for the lack.
    vi = "Cửa thành mở suốt ngày; vì ở đó không có ban đêm. Chẳng có gì ô uế được vào thành."
    documents, segments, groups = _group({**CLAUSE_WITNESSES, "vi": vi})
    out = guided_cuts.guided_segments(documents, segments, groups)
    assert out[3] == segments[3]


def test_clause_cuts_do_not_depend_on_the_pivot():
    documents, segments, groups = _group({**CLAUSE_WITNESSES, "vi": VI})
    as_en = guided_cuts.guided_segments(documents, segments, groups)
    as_de = guided_cuts.guided_segments(documents, segments, [Group("g", "de", groups[0].members)])
    assert as_en == as_de


# --- Thai cuts that put a sentence's figures on the wrong side (`_refit`) -----------------

MUSEUM = {
    "en": "The museum will close its halls in Porto, Braga and Faro on Monday, June 3, from 9 a.m."
    " to 5 p.m. The repairs will cost 4.5 million euros, the first since 1975.",
    "de": "Das Museum schließt seine Säle in Porto, Braga und Faro am Montag, dem 3. Juni, von 9"
    " bis 17 Uhr. Die Reparaturen kosten 4,5 Millionen Euro, die ersten seit 1975.",
    "fr": "Le musée fermera ses salles de Porto, Braga et Faro le lundi 3 juin, de 9 h à 17 h."
    " Les travaux coûteront 4,5 millions d'euros, les premiers depuis 1975.",
}
# the segmenter cuts at the list's spaces and before the date, and keeps the hours (first
# sentence) with the cost (second) in one segment
MUSEUM_TH = (
    "พิพิธภัณฑ์จะปิดห้องจัดแสดงในเมืองปอร์โต บรากา และฟาโร ในวันจันทร์ที่ 3 มิถุนายน"
    " ตั้งแต่เวลา 09.00 ถึง 17.00 น. การซ่อมแซมครั้งนี้จะใช้เงิน 4.5 ล้านยูโร"
    " เป็นครั้งแรกนับตั้งแต่ปี 1975"
)


def test_thai_cuts_that_split_the_figures_of_the_others_sentences_are_fitted_anew():
    documents, segments, groups = _group({**MUSEUM, "th": MUSEUM_TH})
    assert any("17.00" in s.text and "4.5" in s.text for s in segments[3])
    assert len(segments[3]) > 2  # as many segments as the others' sentences, or more
    out = guided_cuts.guided_segments(documents, segments, groups)
    pieces = [
        "พิพิธภัณฑ์จะปิดห้องจัดแสดงในเมืองปอร์โต บรากา และฟาโร ในวันจันทร์ที่ 3 มิถุนายน"
        " ตั้งแต่เวลา 09.00 ถึง 17.00 น.",
        "การซ่อมแซมครั้งนี้จะใช้เงิน 4.5 ล้านยูโร เป็นครั้งแรกนับตั้งแต่ปี 1975",
    ]
    _assert_last_cut(out, segments, MUSEUM_TH, pieces)
    assert all(s.paragraph == segments[3][0].paragraph for s in out[3])
    # fitted once, it is left as it is; and the cuts do not depend on the pivot
    assert guided_cuts.guided_segments(documents, out, groups) == out
    as_de = guided_cuts.guided_segments(documents, segments, [Group("g", "de", groups[0].members)])
    assert as_de == out


def test_thai_cuts_that_keep_each_sentences_figures_on_its_side_are_kept():
    # More segments than the others have sentences (a relative clause cut off), but a cut of its
    # own lies between the hours and the cost: nothing to refit.
    thai = (
        "พิพิธภัณฑ์จะปิดห้องจัดแสดงในเมืองปอร์โต บรากา และฟาโร ในวันจันทร์ที่ 3 มิถุนายน"
        " เวลา 09.00 ถึง 17.00 น. ซึ่งเป็นวันหยุด การซ่อมแซมครั้งนี้จะใช้เงิน 4.5 ล้านยูโร"
        " เป็นครั้งแรกนับตั้งแต่ปี 1975"
    )
    before, after = _museum(thai)
    assert len(before) > 2
    assert after == before


def test_thai_sentences_in_another_order_than_the_others_are_not_joined():
    # The cost before the closure: no cuts put every figure where the others have it, and no
    # segment of the segmenter's is joined to another.
    thai = (
        "การซ่อมแซมครั้งนี้จะใช้เงิน 4.5 ล้านยูโร เป็นครั้งแรกนับตั้งแต่ปี 1975"
        " พิพิธภัณฑ์จะปิดห้องจัดแสดงในเมืองปอร์โต บรากา และฟาโร ในวันจันทร์ที่ 3 มิถุนายน"
        " ตั้งแต่เวลา 09.00 ถึง 17.00 น."
    )
    before, after = _museum(thai)
    for piece in after:
        assert any(s.start <= piece.start and piece.end <= s.end for s in before)


def _museum(thai: str) -> tuple[tuple, tuple]:
    """The Thai version's segments beside MUSEUM's, before and after the guided cuts."""
    documents, segments, groups = _group({**MUSEUM, "th": thai})
    return segments[3], guided_cuts.guided_segments(documents, segments, groups)[3]


def test_the_water_cut_date_lies_in_the_row_of_its_sentence():
    # tests/data/planted/water_cut: the Thai segmenter cut `…อัลวาลาดี | อาเรย์รู และเบนฟีกา |
    # ในวันเสาร์ที่ 14 มีนาคม … 16.00 น. งานนี้จะ… 1968`; the date and hours went to the row of
    # the pipes' sentence and two findings said the figures lay a row away.
    corpus = open_corpus([BIOGRAPHY.parent / "water_cut"])
    (group,) = corpus.groups
    aligned = corpus.aligned(group)
    rows = {
        " ".join(s.text for s in aligned.cell(r, "en")): " ".join(
            s.text for s in aligned.cell(r, "th")
        )
        for r in range(len(aligned.rows))
    }
    first = next(th for en, th in rows.items() if en.startswith("EPAL will cut"))
    second = next(th for en, th in rows.items() if en.startswith("The works will replace"))
    assert "14 มีนาคม" in first and "16.00" in first and "1968" not in first
    assert "2.3" in second and "1968" in second and "14 มีนาคม" not in second
    assert not [
        f
        for findings in aligned.findings
        for f in findings
        if f.lang == "th" and f.check == "number-mismatch"
    ]


def test_one_own_cut_does_not_stand_for_two_sentence_ends_of_the_others():
    # tests/data/planted/kettle_recall, third paragraph: the segmenter keeps "Customers should
    # unplug … | The purchase price of 49.99 …" in one segment and cuts the price's sentence
    # before "even without a receipt". Its first cut is right for both sentence ends of the
    # others around "Customers should …" (14 before, 49.99 after), but only one of them can
    # have it: the price's sentence end has none, and the paragraph is fitted anew (the joined
    # segment made one row of the two sentences in every language, a changed price and an
    # added sentence reported on it).
    kettle = BIOGRAPHY.parent / "kettle_recall"
    witnesses = {
        lang: (kettle / f"{lang}.txt").read_text(encoding="utf-8").split("\n\n")[2].strip()
        for lang in ("en", "de", "nl")
    }
    thai = (
        "จนถึงขณะนี้มีรายงาน 14 กรณีโดยในสองกรณีลูกค้าได้รับบาดแผลไฟไหม้เล็กน้อย"
        " ลูกค้าควรถอดปลั๊กเครื่องทันทีและหยุดใช้งาน บริษัทจะคืนเงินค่าสินค้า 49.99 ยูโรเต็มจำนวน"
        " แม้ไม่มีใบเสร็จ"
    )
    documents, segments, groups = _group({**witnesses, "th": thai})
    assert _thai(segments[3])[1].endswith("49.99 ยูโรเต็มจำนวน")
    out = guided_cuts.guided_segments(documents, segments, groups)
    assert _thai(out[3]) == [
        "จนถึงขณะนี้มีรายงาน 14 กรณีโดยในสองกรณีลูกค้าได้รับบาดแผลไฟไหม้เล็กน้อย",
        "ลูกค้าควรถอดปลั๊กเครื่องทันทีและหยุดใช้งาน",
        "บริษัทจะคืนเงินค่าสินค้า 49.99 ยูโรเต็มจำนวน แม้ไม่มีใบเสร็จ",
    ]


def test_a_clause_cut_far_from_the_others_sentence_end_does_not_stand_for_it():
    # The same paragraph as the segmenter cuts it with its space after "14 cases": the cut
    # there puts no figure on the wrong side of the others' first sentence end, but lies a fifth
    # of the paragraph before it; the clause `โดยในสองกรณี …` ("in two of which …") went to the
    # row of "Customers should unplug …" and the first half of the price's sentence to the
    # price's row.
    kettle = BIOGRAPHY.parent / "kettle_recall"
    witnesses = {
        lang: (kettle / f"{lang}.txt").read_text(encoding="utf-8").split("\n\n")[2].strip()
        for lang in ("en", "de", "nl")
    }
    thai = (kettle / "th.txt").read_text(encoding="utf-8").split("\n\n")[2].strip()
    documents, segments, groups = _group({**witnesses, "th": thai})
    # cut as main's segmenter cuts it, whatever the segmenter does now
    whole = guided_cuts._split(thai, segments[3], {}, {0: len(thai)}) or segments[3]
    cuts = [thai.index(w) for w in ("โดยในสองกรณี", "ลูกค้าควร", "แม้ไม่มี")]
    segments[3] = guided_cuts._split(thai, whole, {0: cuts})
    assert _thai(segments[3])[0] == "จนถึงขณะนี้มีรายงาน 14 กรณี"
    out = guided_cuts.guided_segments(documents, segments, groups)
    assert _thai(out[3]) == [
        "จนถึงขณะนี้มีรายงาน 14 กรณี โดยในสองกรณีลูกค้าได้รับบาดแผลไฟไหม้เล็กน้อย",
        "ลูกค้าควรถอดปลั๊กเครื่องทันทีและหยุดใช้งาน",
        "บริษัทจะคืนเงินค่าสินค้า 49.99 ยูโรเต็มจำนวน แม้ไม่มีใบเสร็จ",
    ]


def test_each_sentence_end_is_given_its_own_cut_in_order():
    early, late = frozenset({"14"}), frozenset({"49.99"})
    figures = [(10, "14"), (50, "49.99")]
    sides = [(early, late), (early, late)]
    assert not guided_cuts._each_end_has_a_cut([30], sides, figures)
    assert guided_cuts._each_end_has_a_cut([20, 40], sides, figures)
    # a cut that leaves a figure on the wrong side is passed over, not used
    assert not guided_cuts._each_end_has_a_cut([20, 60], sides, figures)
    assert guided_cuts._each_end_has_a_cut([5, 20, 40], sides, figures)
    assert guided_cuts._each_end_has_a_cut([], [], figures)
    # a cut too far from an end is passed over as well
    near = [[False, True, True], [False, True, True]]
    assert guided_cuts._each_end_has_a_cut([5, 20, 40], sides, figures, near)
    assert not guided_cuts._each_end_has_a_cut(
        [20, 40], sides, figures, [[True, True], [True, False]]
    )


RULING = Path(__file__).parent / "data" / "planted" / "noise_ruling"
COMPARISON = Path(__file__).parent / "data" / "planted" / "ebike_comparison"
RULING_WITNESSES = {
    "en": "The court ruled that the licence, granted in June 2023, broke the rules. Night"
    " measurements showed 68 decibels.",
    "de": "Das Gericht befand, die im Juni 2023 erteilte Erlaubnis verstoße gegen die Regeln."
    " Nachts wurden 68 Dezibel gemessen.",
    "it": "Il tribunale ha stabilito che la licenza, rilasciata nel giugno 2023, violava le"
    " regole. Di notte sono stati misurati 68 decibel.",
}


def test_an_abbreviations_stop_where_the_others_end_a_sentence_is_cut():
    # pl "w czerwcu 2023 r. Pomiary …": the year's r. (rok) before a capital was read as an
    # abbreviation inside a sentence; every version's row then held both sentences (stop 43)
    pl = "Sąd orzekł, że wydane w czerwcu 2023 r. zezwolenie narusza przepisy od 2023 r."
    pl += " Pomiary nocne wykazały 68 decybeli."
    documents, segments, groups = _group({**RULING_WITNESSES, "pl": pl})
    assert len(segments[3]) == 1
    out = guided_cuts.guided_segments(documents, segments, groups)
    first, _, second = pl.rpartition(" Pomiary")
    _assert_last_cut(out, segments, pl, [first, "Pomiary" + second])


def test_an_abbreviations_stop_far_from_the_others_ends_or_a_titles_is_not_cut():
    # the same version with "r." early (no witness ends a sentence there), and one whose stop
    # is a title's (dr.): nothing is cut
    early = "W 2023 r. Sąd orzekł, że wydane zezwolenie naruszało przepisy i nocne pomiary"
    early += " wykazały aż 68 decybeli przy dozwolonych 55."
    title = "Sąd orzekł, że zezwolenie naruszało przepisy, co ocenił biegły dr. Nowak i pomiary"
    title += " nocne, które wykazały 68 decybeli."
    for pl in (early, title):
        documents, segments, groups = _group({**RULING_WITNESSES, "pl": pl})
        out = guided_cuts.guided_segments(documents, segments, groups)
        assert out[3] == segments[3], pl


def test_the_ruling_has_a_row_per_sentence_in_every_version():
    # noise_ruling: pl's "2023 r. Pomiary" and hi's sentence kept in English before a Hindi one
    # (`… after 11 p.m. मोहल्ला …`) were one segment each: 6 rows of en for its 8 sentences
    corpus = open_corpus([RULING])
    (group,) = corpus.groups
    aligned = corpus.aligned(group)
    pivot_rows = [r for r in range(len(aligned.rows)) if aligned.cell(r, "en")]
    assert len(pivot_rows) == 8
    assert all(len(aligned.cell(r, "en")) == 1 for r in pivot_rows)


def test_a_thai_sentence_that_opens_on_a_latin_name_after_a_list_of_names_is_cut_there():
    # ebike_comparison: th "… และ Nimbus Lite Volta City 2 มีราคา …" (three bikes, then the
    # first's price): the cut fell after "Volta City 2", whose row then lacked the name (a
    # false major "en names Volta, City; th has no counterpart"); and "… 5 กก. A full charge
    # takes 6 to 7 hours." (kg., then a sentence kept in English) was cut before กก., unseen
    # as untranslated
    corpus = open_corpus([COMPARISON])
    (group,) = corpus.groups
    aligned = corpus.aligned(group)
    cells = [" ".join(s.text for s in aligned.cell(r, "th")) for r in range(len(aligned.rows))]
    assert any(c.startswith("Volta City 2 มีราคา") for c in cells)
    assert "A full charge takes 6 to 7 hours." in cells


PHONE_WITNESSES = {
    "en": "We tested the new phones of 2024 in our lab for three weeks. Samsung Galaxy S24 costs"
    " 899 euros and its battery lasted 31 hours.",
    "de": "Wir haben die neuen Handys von 2024 drei Wochen lang im Labor getestet. Samsung Galaxy"
    " S24 kostet 899 Euro, und sein Akku hielt 31 Stunden.",
    "fr": "Nous avons testé les nouveaux téléphones de 2024 pendant trois semaines. Samsung Galaxy"
    " S24 coûte 899 euros et sa batterie a tenu 31 heures.",
}


def test_a_thai_sentence_is_not_cut_inside_a_latin_name_that_opens_the_next():
    # review43: the place between two Latin names (`… Nimbus Lite Volta City 2 มีราคา …`) let
    # the lengths cut inside one name too: "… สามสัปดาห์ Samsung | Galaxy S24 ราคา …", where no
    # witness ends a sentence on "Samsung"; the cut belongs before the name
    th = "เราทดสอบโทรศัพท์ใหม่ปี 2024 ในห้องแล็บสามสัปดาห์ Samsung Galaxy S24 ราคา 899 ยูโร"
    th += " และแบตเตอรี่ใช้ได้ 31 ชั่วโมง"
    documents, segments, groups = _group({**PHONE_WITNESSES, "th": th})
    assert len(segments[-1]) == 1
    out = guided_cuts.guided_segments(documents, segments, groups)
    first, _, second = th.partition(" Samsung")
    _assert_last_cut(out, segments, th, [first, "Samsung" + second])
    # ... while the witnesses' list of names, its last name ending their sentence, still
    # lets a Thai sentence be cut between two names
    listed = {
        "en": "We tested two phones: the Pixel 8 and the Honor Magic. The Samsung Galaxy S24"
        " costs 899 euros and its battery lasted 31 hours.",
        "de": "Wir testeten zwei Handys: das Pixel 8 und das Honor Magic. Das Samsung Galaxy S24"
        " kostet 899 Euro, und sein Akku hielt 31 Stunden.",
        "fr": "Nous avons testé deux téléphones : le Pixel 8 et le Honor Magic. Le Samsung Galaxy"
        " S24 coûte 899 euros et sa batterie a tenu 31 heures.",
    }
    th = "เราทดสอบโทรศัพท์สองรุ่น ได้แก่ Pixel 8 และ Honor Magic Samsung Galaxy S24 ราคา 899"
    th += " ยูโร และแบตเตอรี่ใช้ได้ 31 ชั่วโมง"
    documents, segments, groups = _group({**listed, "th": th})
    out = guided_cuts.guided_segments(documents, segments, groups)
    first, _, second = th.partition(" Samsung")
    _assert_last_cut(out, segments, th, [first, "Samsung" + second])


def test_an_abbreviation_before_what_it_qualifies_is_not_cut_where_the_others_end():
    # review43: de joins the ruling's two sentences, and "u. a." (among others) or "z. B."
    # before a noun, capitalised in German, sits where en, it and fr end their first: the cut
    # fell inside the German sentence, after "u. a." (a year's "2023 r." still is cut, above)
    witnesses = {k: v for k, v in RULING_WITNESSES.items() if k != "de"}
    witnesses["fr"] = (
        "Le tribunal a jugé que la licence, accordée en juin 2023, violait les règles. La nuit,"
        " on a mesuré 68 décibels."
    )
    for de in (
        "Das Gericht befand, die im Juni 2023 erteilte Erlaubnis verstoße gegen die Regeln u. a."
        " Nachtmessungen mit 68 Dezibel belegten dies.",
        "Das Gericht befand, die im Juni 2023 erteilte Erlaubnis verstoße gegen Regeln, wie z. B."
        " Nachtmessungen mit 68 Dezibel zeigten.",
    ):
        documents, segments, groups = _group({**witnesses, "de": de})
        out = guided_cuts.guided_segments(documents, segments, groups)
        assert [s.text for s in out[-1]] == [de]


def test_the_names_that_end_a_witness_sentence_are_found_in_linear_time():
    # review44 of 9533857: `_name_ends` searched each witness sentence for its last Latin word
    # with `([\p{Latin}\d]+)[^\p{L}\p{N}]*$` from every start, quadratic in a long run of Latin
    # letters or digits that does not end the sentence (12,000 letters before a Cyrillic one:
    # 18 s); read from the sentence's end it is linear
    from reviewer.core.model import Segment

    def sentences(*texts: str) -> list[Segment]:
        return [Segment(k, 0, 0, len(t), t) for k, t in enumerate(texts)]

    blob = "a" * 12_000 + "ж"
    start = time.perf_counter()
    names = guided_cuts._name_ends([("en", sentences(f"Key {blob} Honor Magic.", "Samsung S24"))])
    assert time.perf_counter() - start < 1
    assert names == {("Magic", "Samsung"), ("Magic", "S24")}
    # a sentence that ends on another script's word ends on no Latin name
    assert not guided_cuts._name_ends([("en", sentences(f"Honor {blob}", "Samsung"))])


def test_a_long_latin_passage_in_a_thai_paragraph_is_cut_quickly():
    # review44 of 9533857: `_between_names` matched `_NAME_AFTER_NAME` at each space between
    # two Latin words first, which reads on to the end of the Latin run: 4,000 words of an
    # English passage kept in a Thai paragraph took 11 s (main 10 s); the witnesses' pairs of
    # names are asked first, the pattern only where one is there
    passage = " ".join(f"Word{i} Ab" for i in range(4000))
    th = f"เราทดสอบโทรศัพท์ใหม่ปี 2024 ในห้องแล็บสามสัปดาห์ {passage} Samsung Galaxy S24 ราคา 899"
    th += " ยูโร และแบตเตอรี่ใช้ได้ 31 ชั่วโมง"
    documents, segments, groups = _group({**PHONE_WITNESSES, "th": th})
    start = time.perf_counter()
    guided_cuts.guided_segments(documents, segments, groups)
    assert time.perf_counter() - start < 3
