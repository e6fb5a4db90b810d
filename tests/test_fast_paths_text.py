"""Shortcuts taken for speed in the text scans and the name look-ups give the plain results."""

from __future__ import annotations

import re
import sys

import regex
from hypothesis import example, given
from hypothesis import strategies as st

from reviewer.core import (
    boilerplate,
    checks,
    checks_names,
    checks_numbers,
    evidence,
    number_reader,
    punctuation,
    segmenting,
)
from reviewer.core.model import Row, Segment

_CODE_POINTS = [chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF]


def test_regex_white_space_is_str_white_space_less_four_controls():
    # boilerplate._line relies on it to use str.split in place of `regex`'s \s+.
    spaces = regex.compile(r"\s")
    differ = {c for c in _CODE_POINTS if bool(spaces.match(c)) != c.isspace()}
    assert differ == {"\x1c", "\x1d", "\x1e", "\x1f"}
    assert all(boilerplate._NOT_REGEX_SPACE.match(c) for c in differ)


def test_no_han_or_hangul_letter_before_u1100_and_every_thai_letter_in_its_block():
    # number_reader._numbers and segmenting.thai_gaps test these cheap ranges before `regex` scans.
    for c in _CODE_POINTS:
        if number_reader._HAN_OR_HANGUL.match(c):
            assert number_reader._PAST_U1100.match(c), hex(ord(c))
        if number_reader._THAI.match(c):
            assert number_reader._THAI_BLOCK.match(c), hex(ord(c))
            assert segmenting._THAI_BLOCK.match(c), hex(ord(c))
        if segmenting._THAI_LETTER.match(c):
            assert segmenting._THAI_BLOCK.match(c), hex(ord(c))


_SPACY = st.text(
    alphabet=st.sampled_from(list("ab:：= .\t\n\u3000\u00a0\x1c\x1fFfOoTt=€1")), max_size=40
)


@given(_SPACY)
def test_line_clean_up_and_word_count_are_the_regex_ones(text):
    line = boilerplate._SPACES.sub(" ", text).strip()
    assert boilerplate._line(text) == line
    assert boilerplate._key(text) == boilerplate._DIGITS.sub("0", line.casefold())
    if line:
        assert boilerplate._tail_words(line) == boilerplate.words_after_colon(line)


_KEYS = st.text(alphabet=st.sampled_from(list("abcdeiknorstu")), max_size=9)


@given(st.lists(st.tuples(_KEYS, st.booleans()), max_size=12), _KEYS, st.sampled_from([80, 60]))
@example([("baaaab", False)], "aaaaaaaa", 60)  # an "inflection" that changed the initial
def test_name_index_answers_as_the_pairwise_tests(items, key, cutoff):
    index = evidence.NameIndex(items)
    keys = [(k, cap) for k, cap in items if k]
    assert index.similar(key, cutoff=cutoff) == any(
        evidence.similar_names(key, k, cutoff=cutoff) for k, _ in keys
    )
    assert index.counterpart(key, cutoff=cutoff) == any(
        evidence.counterpart(key, k, capitalised=cap, cutoff=cutoff) for k, cap in keys
    )


def _plain_own_stopwords(text: str, lang: str) -> bool:
    lists = evidence.stopwords()
    if lang not in lists:
        return False
    lowered = [w.lower() for w, _, _ in evidence.words(text)]
    hits = {code: sum(w in words for w in lowered) for code, words in lists.items()}
    own = hits.pop(lang)
    return own >= 2 and own > max(hits.values(), default=0)


_FUNCTION_WORDS = sorted({w for words in evidence.stopwords().values() for w in words})


@given(
    st.lists(st.sampled_from([*_FUNCTION_WORDS, "Tokayev", "xyz"]), max_size=8),
    st.sampled_from(sorted(evidence.stopwords()) + ["xx"]),
)
def test_own_stopwords_counts_as_the_plain_sums(words, lang):
    text = " ".join(words)
    assert checks._own_stopwords(text, lang) == _plain_own_stopwords(text, lang)


_MARKED = st.text(
    alphabet=st.sampled_from(list(' \t\u00a0\u202fab1.,;:?!،。，！？、«»“”"()[]「」')), max_size=30
)


@given(_MARKED, st.sampled_from(["en", "fr", "zh"]))
def test_punctuation_prefilters_change_no_finding(text, lang):
    found = punctuation.problems(text, lang)
    everything = re.compile("")  # a test that always passes: every scan runs
    saved = punctuation._SPACE_MARK, punctuation._TWICE, punctuation._ANY_PAIRED
    try:
        punctuation._SPACE_MARK = punctuation._TWICE = punctuation._ANY_PAIRED = everything
        assert punctuation.problems(text, lang) == found
    finally:
        punctuation._SPACE_MARK, punctuation._TWICE, punctuation._ANY_PAIRED = saved


_SCRIPTS = st.text(
    alphabet=st.sampled_from(list("ab 12\u0e2a\u0e32\u0e21一二十万월3월 ’")), max_size=30
)


@given(_SCRIPTS, st.sampled_from(["en", "th", "zh", "ko"]))
def test_number_and_thai_gap_prefilters_change_nothing(text, lang):
    numbers = number_reader._numbers.__wrapped__(text, lang, True)
    gaps = [m.span() for m in segmenting.thai_gaps(text)]
    everything = re.compile("")
    saved = number_reader._PAST_U1100, number_reader._THAI_BLOCK, segmenting._THAI_BLOCK
    try:
        number_reader._PAST_U1100 = number_reader._THAI_BLOCK = segmenting._THAI_BLOCK = everything
        assert number_reader._numbers.__wrapped__(text, lang, True) == numbers
        assert [m.span() for m in segmenting.thai_gaps(text)] == gaps
    finally:
        number_reader._PAST_U1100, number_reader._THAI_BLOCK, segmenting._THAI_BLOCK = saved


_WORDY = st.text(alphabet=st.sampled_from(list("aLdl's’ -.SCOqu\u00e9Кк")), max_size=30)


@given(_WORDY)
def test_words_without_an_apostrophe_are_the_cleaned_words(text):
    # evidence._words skips `_clean_word` where the text has no apostrophe.
    plain = []
    for match in evidence._WORD.finditer(text):
        word, cut = evidence._clean_word(match.group())
        if word:
            plain.append((word, match.start() + cut, match.start() + cut + len(word)))
    assert evidence._words.__wrapped__(text) == tuple(plain)


_OPENERS = ["Kazakhstan", "Der", "Astana", "Tokayev", "La", "Mai", "SCO"]
_SENTENCE = st.lists(
    st.sampled_from([*_OPENERS, "der", "astana", "tokayev", "la", "in", "the"]),
    min_size=1,
    max_size=6,
)


@given(st.lists(_SENTENCE, min_size=1, max_size=5), st.lists(st.booleans(), max_size=5))
def test_group_view_name_tables_answer_as_the_whole_document_ones(sentences, boilerplate):
    # GroupView makes a document's vocabulary and capitalised words only where a word of
    # the text may be among them.
    texts = [" ".join(words) + "." for words in sentences]
    kinds = [*boilerplate, *[False] * len(texts)]
    segments = tuple(
        Segment(i, i, 0, len(t), t, "ad" if kinds[i] else None) for i, t in enumerate(texts)
    )
    content = [s.text for s in segments if s.boilerplate is None]
    vocabulary = evidence.lowercase_vocabulary(content)
    inside = evidence.capitalised_inside(content)
    short = checks._SCAN_BEFORE_TABLE
    try:  # a short document searched first; a long one (limit 0 here) tabled at once
        for limit in (short, 0):
            checks._SCAN_BEFORE_TABLE = limit
            view = checks.GroupView([], {"de": segments}, "de")
            for text in content:
                for word, start, _ in evidence.words(text):
                    assert view._in_vocabulary("de", word.lower()) == (word.lower() in vocabulary)
                    if evidence.sentence_initial(text, start):
                        assert view._written_inside("de", word) == (word in inside)
    finally:
        checks._SCAN_BEFORE_TABLE = short


_CAPTIONISH = st.lists(
    st.sampled_from([*"ab .:：=(（)）摄", "Foto", "fot.", "Photo", "Ảnh", "写真", " Reuters"]),
    max_size=12,
).map("".join)


@given(_CAPTIONISH, st.sampled_from(["en", "zh", "pl"]))
def test_rules_searched_first_for_what_follows_their_lazy_start_match_as_before(line, lang):
    # Rule.matches searches a caption rule's credit before matching the whole line.
    for rule in boilerplate._rules_for(lang):
        assert rule.matches(line, 0) == (rule.pattern.fullmatch(line) is not None)
    assert any(r.needed is not None for r in boilerplate._rules_for(lang))


def test_no_letter_or_digit_is_white_space():
    # checks._normalised joins the runs of letters and digits, as a replacement of every
    # other character by a space and str.split would give
    word = regex.compile(r"[\p{L}\p{N}]")
    assert not [hex(ord(c)) for c in _CODE_POINTS if c.isspace() and word.match(c)]


@given(st.text(alphabet=st.sampled_from(list("aZ1١ßİ ,.\t\n\u3000\u00a0\x1cé́中ﬁ-'")), max_size=40))
def test_normalised_text_is_the_replaced_and_split_one(text):
    plain = " ".join(regex.sub(r"[^\p{L}\p{N}]+", " ", text.casefold()).split())
    assert checks._normalised(text) == plain


class _PlainNameMismatch(checks_names.NameMismatch):
    """name-mismatch with its look-ups made afresh each time: no memo, no index kept."""

    def _in_cell(self, group, row, lang, key):
        text = group.cell(row, lang).content_text
        return checks._word_index.__wrapped__(text).counterpart(key, cutoff=self.options["cutoff"])

    def _used(self, group, doc_names, doc_index, lang, key, *, by):
        if by in evidence.CAPITALISED_NOUNS:
            return key if key in doc_names[lang] else None
        fresh = evidence.NameIndex((k, True) for k in doc_names[lang])
        return fresh.match(key, cutoff=self.options["cutoff"])

    def _all_carry(self, group, row, langs, m, localised):
        return all(self._carried(group, row, o, m, localised[o]) for o in langs)

    @staticmethod
    def _partner_keys(group, row, lang):
        return None  # every partner's order and given names read, as before the test


# near spellings on either side of the two cutoffs, a lower-case adjective and a compound
# (found in a cell, not in a document's names), acronyms
_NAMES = ["Tokayev", "Tokajew", "Marina", "Marion", "Russia", "russe", "Astanakreis", "SCO", "OCS"]
_CELL = st.lists(st.sampled_from([*_NAMES, "the", "Astana", "hier", "Mais"]), max_size=5)


@given(
    st.lists(st.tuples(_CELL, _CELL, _CELL), min_size=1, max_size=5),
    st.sampled_from(["en", "de"]),
)
def test_name_mismatch_memos_and_look_up_order_give_the_plain_findings(rows, pivot):
    # The counterpart and document look-ups are memoised per group (keyed by the cutoff, as
    # two instances with their own cutoffs share one view) and asked in the cheaper order.
    _assert_plain_name_mismatch(rows, [pivot, "fr", "id"])


# full names, one part changed in some (a swapped part: Mariana Alves for Mariana Santos)
_FULL_CELL = st.lists(
    st.sampled_from(["Mariana Santos", "Mariana Alves", "Anna Nowak", "Anna Kowalska", "Santos"]),
    max_size=3,
)


@given(
    st.lists(st.tuples(*[st.one_of(_CELL, _FULL_CELL)] * 5), min_size=1, max_size=4),
    st.sampled_from(["en", "de"]),
)
@example([(["Mariana Santos"], ["Mariana Alves"], *[["Mariana Santos"]] * 3)], "en")
def test_name_mismatch_with_the_lacking_kept_gives_the_plain_findings(rows, pivot):
    # With three targets and more, a version found lacking a pivot name answers for the
    # others (`_all_carry`), and a swapped part is looked for only beside a kept name.
    _assert_plain_name_mismatch(rows, [pivot, "fr", "id", "es", "it"])


def test_a_swapped_part_is_found_beside_a_kept_name():
    # the example above: fr keeps Mariana and writes Alves where the others keep Santos
    [(_, finding)] = _assert_plain_name_mismatch(
        [(["Mariana Santos"], ["Mariana Alves"], *[["Mariana Santos"]] * 3)],
        ["en", "fr", "id", "es", "it"],
    )
    assert (finding.lang, finding.severity) == ("fr", "major")
    assert "fr writes Mariana Alves for Mariana Santos" in finding.message


def _assert_plain_name_mismatch(rows, langs):
    pivot = langs[0]
    columns = {
        lang: [("Sie sagten: " + " ".join(cells[k]) + ".") if cells[k] else None for cells in rows]
        for k, lang in enumerate(langs)
    }
    segments = {lang: [] for lang in langs}
    row_cells = []
    for i in range(len(rows)):
        cells = {}
        for lang in langs:
            text = columns[lang][i]
            if text is not None:
                ordinal = len(segments[lang])
                segments[lang].append(Segment(ordinal, ordinal, 0, len(text), text, None))
                cells[lang] = (ordinal,)
            else:
                cells[lang] = ()
        row_cells.append(Row(cells))
    segments = {lang: tuple(s) for lang, s in segments.items()}
    shared = checks.GroupView(row_cells, segments, pivot)
    for cutoff in (80.0, 60.0, 80.0):
        fast = list(checks_names.NameMismatch(cutoff=cutoff).run(shared))
        plain = checks.GroupView(row_cells, segments, pivot)
        assert fast == list(_PlainNameMismatch(cutoff=cutoff).run(plain))
    return fast


def test_a_counterpart_in_the_cell_silences_a_name_the_others_keep():
    # name-mismatch asks the cell last (after the document and the other versions): a name
    # every other version keeps, written here as a lower-case adjective, is still no finding.
    texts = {"en": "Talks with Russia.", "fr": "Des pourparlers russes.", "id": "Dengan Rusia."}
    segments = {lang: (Segment(0, 0, 0, len(t), t, None),) for lang, t in texts.items()}
    view = checks.GroupView([Row({lang: (0,) for lang in texts})], segments, "en")
    assert list(checks_names.NameMismatch().run(view)) == []
    segments["fr"] = (Segment(0, 0, 0, 17, "Des pourparlers.", None),)
    view = checks.GroupView([Row({lang: (0,) for lang in texts})], segments, "en")
    [(row, finding)] = checks_names.NameMismatch().run(view)
    assert (row, finding.lang, finding.severity) == (0, "fr", "info")
    assert "id keeps it" in finding.message


# Letters of every own script, marks, digits, Latin, spaces and punctuation.
_SCRIPTED = st.text(
    alphabet=st.sampled_from(list("aZé ,.1ไทย한국αβשלहिंعربかなカナ中\u0301\u0e31")), max_size=30
)


@given(_SCRIPTED, st.sampled_from(sorted(checks._OWN_SCRIPTS)))
def test_own_script_counted_by_runs_as_by_characters(text, lang):
    # checks._in_own_script sums the lengths of runs of the script's (and of all) letters
    own = len(checks._OWN_SCRIPTS[lang].findall(text))
    letters = len(regex.findall(r"\p{L}", text))
    plain = own >= 3 if lang == "ja" else own * 2 > letters
    assert checks._in_own_script.__wrapped__(text, lang) == plain


@given(st.text(alphabet=st.sampled_from(list('a .()[]{}（）【】「」『』“”«»"')), max_size=30))
def test_unbalanced_marks_as_with_every_pair_scanned(text):
    # punctuation.unbalanced skips the pairs whose marks the text lacks: with every pair
    # closed after the text, each is scanned, and the text's faults are the same
    every_pair = "".join(opener + closer for opener, closer in punctuation._PAIRS.items())
    assert punctuation.unbalanced(text) == punctuation.unbalanced(text + every_pair)


@given(
    st.text(alphabet=st.sampled_from(list(' "„«(‘ab.')), max_size=12),
    st.sets(st.integers(0, 12), max_size=3),
    st.integers(0, 12),
)
def test_sentence_opener_found_as_by_stripping_what_is_before(text, openers, start):
    # checks_names._opens walks back over the opening marks once, where a slice of the text
    # before the name was stripped for each sentence start
    start = min(start, len(text))
    openers = {min(at, len(text)) for at in openers}
    plain = any(at <= start and not text[at:start].strip(checks_names._OPENING) for at in openers)
    assert checks_names._opens(text, openers, start) == plain


_FORMS = st.text(alphabet=st.sampled_from(list("aeiosvwyjTtKkaй е-н ")), min_size=4, max_size=10)


@given(_FORMS, _FORMS, st.sampled_from([None, "en", "de", "ru"]))
def test_spelled_two_ways_is_symmetric(a, b, lang):
    # checks_names._variants judges each pair of forms once for both orders
    assert checks_names.spelled_two_ways(a, b, lang) == checks_names.spelled_two_ways(b, a, lang)


def test_a_lower_case_letter_second_makes_no_acronym():
    # evidence.names tests a word's second character before `_in_capitals` reads every letter
    for c in _CODE_POINTS:
        if c.isalpha() and not c.isupper():
            assert not evidence._in_capitals("A" + c + "BC"), hex(ord(c))


@given(
    st.sampled_from(["name", "acronym", "number", "year", "word"]),
    st.text(max_size=8),
    st.integers(0, 10_000),
    st.integers(0, 100),
    st.text(max_size=12),
    st.none() | st.floats(allow_nan=False),
)
def test_a_mention_made_in_c_is_the_mention_its_fields_make(kind, key, start, length, text, value):
    # `mention.NEW(Mention, fields)` where the checks and readers make many
    from reviewer.core.mention import NEW, Mention

    fields = (kind, key, start, start + length, text, value)
    made = NEW(Mention, fields)
    assert type(made) is Mention
    assert made == Mention(*fields) and hash(made) == hash(Mention(*fields))
    assert repr(made) == repr(Mention(*fields))
    assert (made.kind, made.key, made.span, made.text, made.value) == (
        kind, key, (start, start + length), text, value,
    )  # fmt: skip


@given(st.text(max_size=40))
@example("Orion-1")
@example("Orion²")  # a superscript digit: str.isdigit, not 0-9
@example("مهمة ٣")  # Arabic-Indic
@example("ＧＰ１")  # full-width
@example("no figure at all")
@example("")
def test_has_digit_is_any_character_a_digit(text):
    assert checks_numbers._has_digit(text) == any(c.isdigit() for c in text)
