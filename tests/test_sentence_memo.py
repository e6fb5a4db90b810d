"""The features kept for recurring sentences are the features computed afresh, and a corpus
checked with them gives the same rows and findings as without them; so do the per-text caches
that serve recurring sentences and paragraphs (checks, segmentation, boilerplate)."""

import pickle

import pytest

from bench.corpus import write_corpus
from reviewer.core import evidence, lexical, number_reader, parallel, sentence_memo, session
from reviewer.core.session import open_corpus


@pytest.fixture(scope="module")
def corpus_folder(tmp_path_factory):
    folder = tmp_path_factory.mktemp("corpus")
    write_corpus(folder, 60, seed=3)
    return folder


@pytest.fixture(autouse=True)
def _empty_memo():
    sentence_memo.clear()
    yield
    sentence_memo.clear()


def test_keeps_what_recurs_and_only_that():
    sentences = [
        ("Der Präsident sagte am 12. Mai, 144.000 Menschen seien gekommen.", "de"),
        ("The minister said 3 of 7 bridges were closed.", "en"),
        ("Der Präsident sagte am 12. Mai, 144.000 Menschen seien gekommen.", "de"),
        ("The minister said 3 of 7 bridges were closed.", "fr"),  # another language: apart
        ("陈清扬把我拽住，以伟大友谊的名义叫我留下来。", "zh"),
        ("陈清扬把我拽住，以伟大友谊的名义叫我留下来。", "zh"),
    ]
    assert sentence_memo.keep(sentences) == 2
    assert set(sentence_memo._KEYS) == {sentences[0], sentences[4]}
    for text, lang in sentences:
        fresh_keys = lexical.sentence_keys.__wrapped__(text, lang)
        fresh_numbers = number_reader._numbers.__wrapped__(text, lang, True)
        assert sentence_memo.sentence_keys(text, lang) == fresh_keys
        assert sentence_memo.numbers(text, lang) == list(fresh_numbers)
        assert sentence_memo.numbers(text, lang, words=False) == number_reader.numbers(
            text, lang, words=False
        )
    assert isinstance(sentence_memo.numbers(*sentences[0]), list)  # a copy, as evidence's


def test_keep_replaces_and_is_bounded(monkeypatch):
    sentence_memo.keep([("Eins zwei drei vier.", "de")] * 2)
    monkeypatch.setattr(sentence_memo, "LIMIT", 1)
    kept = sentence_memo.keep([("a b c", "en")] * 2 + [("d e f", "en")] * 3)
    assert kept == 1
    assert set(sentence_memo._KEYS) == {("d e f", "en")}  # the most frequent


def _rows_and_findings(corpus):
    out = []
    for group in corpus.groups:
        aligned = corpus.aligned(group)
        out.append((aligned.rows, aligned.findings))
        session._forget_sentences()  # as a worker does between groups
    return out


def test_one_group_keeps_nothing(seeds):
    corpus = open_corpus([seeds], jobs=1)  # a sentence recurs across groups, not in one
    assert len(corpus.groups) == 1
    assert sentence_memo._KEYS == {}


def test_a_corpus_checks_the_same_with_and_without_the_kept_sentences(corpus_folder):
    corpus = open_corpus([corpus_folder], jobs=1)
    assert len(sentence_memo._KEYS) > 20  # the generated stories recur across groups
    kept = _rows_and_findings(corpus)
    again = open_corpus([corpus_folder], jobs=1)
    sentence_memo.clear()
    for cached in (lexical.sentence_keys, number_reader._numbers, evidence._words):
        cached.cache_clear()
    fresh = _rows_and_findings(again)
    assert fresh == kept
    assert sum(len(rows) for rows, _ in kept) > 100


CELLS = [
    ("Präsident Tokajew traf Wladimir Putin in Moskau.", "de"),
    ("Le président Tokaïev a rencontré Vladimir Poutine à Moscou.", "fr"),
    ("Президент Токаев встретился с Владимиром Путиным в Москве.", "ru"),
    ("托卡耶夫总统在莫斯科会见了普京。", "zh"),
]


def test_the_checks_per_text_caches_answer_as_fresh_indexes():
    from reviewer.core import checks

    for text, lang in CELLS:
        fresh = evidence.NameIndex(
            (evidence.name_key(w), w[0].isupper()) for w, _, _ in evidence.words(text)
        )
        for key in ("tokayev", "putin", "moskau", "moscow", "wladimir", "x", ""):
            for cutoff in (80.0, 90.0):
                assert checks._counterpart(text, key, cutoff) == fresh.counterpart(
                    key, cutoff=cutoff
                )
        assert checks._stopword_leader(text) == checks._stopword_leader.__wrapped__(text)
        leads = checks._stopword_leader.__wrapped__(text) == lang
        assert checks._own_stopwords(text, lang) == (lang in evidence.stopwords() and leads)


def test_script_class_skips_the_counts_only_where_they_say_alpha():
    latin = ["It’s “quoted” — and long. " * 40]  # past U+0E00, no letter of another class
    assert lexical.script_class(latin) == lexical._script_of("".join(latin)) == "alpha"
    for texts in (["托卡耶夫总统。"], ["ทดสอบ ภาษาไทย"], ["한국어 문장"], ["カタカナと漢字"]):
        assert lexical.script_class(texts) == lexical._script_of("".join(texts)) != "alpha"


def test_segments_and_marks_with_the_per_paragraph_caches_are_the_uncached_ones(corpus_folder):
    from reviewer.core import boilerplate, segmenting

    corpus = open_corpus([corpus_folder], jobs=1)
    for document in corpus.documents[:40]:
        text, lang = document.text, document.lang
        rules = segmenting.rules_for(lang)
        plain = []
        for p, (a, b) in enumerate(segmenting.paragraphs(text)):
            for s, e in segmenting.sentences(text, a, b, rules):
                plain.append(segmenting.Segment(len(plain), p, s, e, text[s:e]))
        assert segmenting.segment(text, lang) == tuple(plain)
        for segment in plain:
            assert boilerplate.classify(segment.text, lang) == boilerplate.classify.__wrapped__(
                segment.text, lang
            )


def test_items_run_here_with_the_heap_frozen_meanwhile_and_thawed_after():
    import gc

    from reviewer.core import parallel

    seen = parallel.run(lambda i: (i, gc.get_freeze_count() > 0), range(100), jobs=1)
    assert seen == [(i, True) for i in range(100)]
    assert gc.get_freeze_count() == 0
    few = parallel.run(lambda i: gc.get_freeze_count(), range(3), jobs=1)
    assert few == [0, 0, 0]  # below MIN_ITEMS: left alone


def test_carried_numbers_are_the_numbers_read_again(corpus_folder):
    """What the word tables' workers carry of a group's sentences (read_numbers) is what
    `number_reader.numbers` reads of them afresh, for every content sentence not kept; lent to
    the reader, it is what the reader answers, and lending again replaces it."""
    corpus = open_corpus([corpus_folder], jobs=1)
    group = max(corpus.groups, key=lambda g: len(g.members))
    ordered = session._ordered(corpus, group)
    carried = pickle.loads(sentence_memo.read_numbers(ordered))
    content = {
        (s.text, lang)
        for lang, column in ordered.items()
        for s in column
        if s.boilerplate is None and (s.text, lang) not in sentence_memo._NUMBERS
    }
    assert set(carried) == content and content
    for (text, lang), read in carried.items():
        assert read == number_reader._numbers.__wrapped__(text, lang, True)
    try:
        number_reader.lend({("Er kam am 3. Mai.", "de"): ()})  # (not what it reads: lent)
        assert number_reader.numbers("Er kam am 3. Mai.", "de") == []
        assert number_reader.numbers("Er kam am 3. Mai.", "de", words=False) != []
        sentence_memo.lend_numbers(None)
        assert number_reader.numbers("Er kam am 3. Mai.", "de") != []
    finally:
        sentence_memo.lend_numbers(None)


def test_a_corpus_checks_the_same_with_the_numbers_carried(corpus_folder, monkeypatch):
    """The word tables' stage as in workers (each item computed, then the caches emptied, its
    numbers carried to the group's checks) gives the rows and findings of the stage run here."""
    here = [(a.rows, a.findings) for a in open_corpus([corpus_folder], jobs=1).aligned_all()]
    corpus = open_corpus([corpus_folder], jobs=1)

    def in_workers(function, items, *, forget, **_):
        return [parallel._then(function, forget, item) for item in items]

    lent = []
    lend = number_reader.lend
    monkeypatch.setattr(parallel, "runs_here", lambda count, **_: False)
    monkeypatch.setattr(parallel, "run", in_workers)
    monkeypatch.setattr(number_reader, "lend", lambda read: (lent.append(len(read)), lend(read)))
    try:
        corpus.lexicons()
        monkeypatch.undo()  # the groups' alignment and checks: here, as before
        monkeypatch.setattr(number_reader, "lend", lambda r: (lent.append(len(r)), lend(r)))
        carried = [(a.rows, a.findings) for a in corpus.aligned_all()]
    finally:
        sentence_memo.lend_numbers(None)
    assert sum(map(bool, lent)) >= 5, "too few groups checked with carried numbers"
    assert carried == here
