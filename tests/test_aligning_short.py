"""A short news page with no number and no name: what the aligner has to go on is lengths,
weekdays and what the group's versions share (docs/alignment.md, branch gap10).

The page (Arabic, English, Spanish, Russian, Chinese, written for these tests) has eight
sentences; two name a weekday, none holds a number or a name that a transliteration would
match across the scripts.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from reviewer.core.aligning import DEFAULT_OPTIONS, AlignOptions, _for_scripts
from reviewer.core.checks import run_checks
from reviewer.core.group_alignment import align_group
from reviewer.core.lexical import sentence_keys, weekday_keys
from reviewer.core.model import Segment
from tests.test_aligning import assert_rows_cover

PAGE = {
    "ar": [
        "وافق مجلس المدينة على خط الترام الجديد يوم الثلاثاء بعد نقاش طويل.",
        "سيربط الخط الميناء القديم بحي الجامعة.",
        "ومن المتوقع أن تبدأ أعمال البناء في الربيع المقبل.",
        "ويقول المنتقدون إن المشروع مكلف للغاية بالنسبة لمدينة بهذا الحجم.",
        "ودافعت رئيسة البلدية عن الخطة في مؤتمر صحفي يوم الجمعة.",
        "وقالت إن الترام سيقلل من حركة المرور والتلوث في وسط المدينة.",
        "ورحب سكان حي الميناء بالقرار.",
        "لكن أصحاب المتاجر يخشون أشهرا من الاضطرابات خلال الأعمال.",
    ],
    "en": [
        "The city council approved the new tram line on Tuesday after a long debate.",
        "The line will connect the old port with the university district.",
        "Construction is expected to begin next spring.",
        "Critics say the project is too expensive for a city of this size.",
        "The mayor defended the plan at a press conference on Friday.",
        "She said the tram would reduce traffic and pollution in the centre.",
        "Residents of the port district welcomed the decision.",
        "Shop owners, however, fear months of disruption during the works.",
    ],
    "es": [
        "El ayuntamiento aprobó la nueva línea de tranvía el martes tras un largo debate.",
        "La línea conectará el puerto viejo con el barrio universitario.",
        "Se espera que las obras comiencen la próxima primavera.",
        "Los críticos dicen que el proyecto es demasiado caro para una ciudad de este tamaño.",
        "La alcaldesa defendió el plan en una rueda de prensa el viernes.",
        "Dijo que el tranvía reduciría el tráfico y la contaminación en el centro.",
        "Los vecinos del barrio del puerto celebraron la decisión.",
        "Sin embargo, los comerciantes temen meses de molestias durante las obras.",
    ],
    "ru": [
        "Городской совет во вторник после долгих дебатов одобрил новую трамвайную линию.",
        "Линия соединит старый порт с университетским районом.",
        "Строительство должно начаться следующей весной.",
        "Критики считают проект слишком дорогим для города такого размера.",
        "Мэр защищала план на пресс-конференции в пятницу.",
        "По её словам, трамвай уменьшит пробки и загрязнение воздуха в центре.",
        "Жители портового района приветствовали это решение.",
        "Однако владельцы магазинов опасаются многомесячных неудобств во время работ.",
    ],
    "zh": [
        "市议会周二经过长时间辩论后批准了新的有轨电车线路。",
        "该线路将连接老港口和大学区。",
        "预计明年春天开工。",
        "批评者认为，对于这样规模的城市来说，这个项目过于昂贵。",
        "市长周五在新闻发布会上为该计划辩护。",
        "她说，有轨电车将减少市中心的交通拥堵和污染。",
        "港口区的居民对这一决定表示欢迎。",
        "然而，店主们担心施工期间会有数月的不便。",
    ],
}

# The Tuesday sentence as it would read without its weekday, in every version.
NO_TUESDAY = {
    "ar": "وافق مجلس المدينة على خط الترام الجديد بعد نقاش طويل.",
    "en": "The city council approved the new tram line after a long debate.",
    "es": "El ayuntamiento aprobó la nueva línea de tranvía tras un largo debate.",
    "ru": "Городской совет после долгих дебатов одобрил новую трамвайную линию.",
    "zh": "市议会经过长时间辩论后批准了新的有轨电车线路。",
}


def _missing_rows(
    lang: str, drop: int, page=None, options: AlignOptions = DEFAULT_OPTIONS, pivot: str = "ar"
) -> list[tuple[int, ...]]:
    """The pivot cells of the rows where `lang`, without its sentence `drop`, gets `missing`
    or `extra` (minor or worse), with the check's name."""
    page = page or PAGE
    texts = {other: list(sentences) for other, sentences in page.items()}
    del texts[lang][drop]
    segments = {
        other: tuple(Segment(k, 0, 0, len(t), t) for k, t in enumerate(sentences))
        for other, sentences in texts.items()
    }
    rows = align_group(segments, pivot, options=options)
    assert_rows_cover(rows, segments)
    findings = run_checks(rows, segments, pivot, checks=["missing", "extra"])
    return [
        (f.check, row.cells[pivot])
        for row, found in zip(rows, findings, strict=True)
        for f in found
        if f.lang == lang and f.severity != "info"
    ]


@pytest.mark.parametrize(
    ("lang", "text", "day"),
    [
        ("en", "The mayor spoke on Friday.", 5),
        ("de", "Der Bürgermeister sprach am Freitagabend.", 5),
        ("fr", "Le maire a parlé vendredi.", 5),
        ("es", "El alcalde habló el miércoles.", 3),
        ("it", "Il sindaco ha parlato venerdì.", 5),
        ("pt", "O prefeito falou na sexta-feira.", 5),
        ("nl", "De burgemeester sprak vrijdag.", 5),
        ("pl", "Burmistrz przemawiał w środę.", 3),
        ("ru", "Мэр выступил в пятницу.", 5),
        ("uk", "Мер виступив у четвер.", 4),
        ("el", "Ο δήμαρχος μίλησε την Παρασκευή.", 5),
        ("tr", "Belediye başkanı cuma günü konuştu.", 5),
        ("vi", "Thị trưởng phát biểu hôm thứ Sáu.", 5),
        ("id", "Wali kota berbicara pada hari Jumat.", 5),
        ("hi", "महापौर ने शुक्रवार को बात की।", 5),
        ("he", "ראש העיר דיבר ביום שישי.", 5),
        ("ar", "تحدث رئيس البلدية يوم الجمعة.", 5),
        ("zh", "市长周五发表讲话。", 5),
        ("ja", "市長は金曜日に話した。", 5),
        ("ko", "시장은 금요일에 연설했다.", 5),
        ("th", "นายกเทศมนตรีกล่าวเมื่อวันศุกร์", 5),
        ("he", "ראש העיר דיבר ביום ראשון.", 7),  # the first day is Sunday
        ("zh", "市长星期天发表讲话。", 7),
    ],
)
def test_a_weekday_is_a_key_in_every_supported_language(lang, text, day):
    assert weekday_keys(text, lang) == {f"k:{day}"}
    assert f"k:{day}" in sentence_keys(text, lang)[0]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Today the mayor spoke."),
        ("ru", "Защита окружающей среды важна."),  # среда: environment
        ("pl", "To był czwarty i piąty raz."),  # fourth, fifth
        ("tr", "Şirketin pazar payı arttı."),  # pazar: market
        ("vi", "Đây là lần thứ hai ông phát biểu."),  # thứ hai: the second
        ("id", "Minggu lalu wali kota berbicara."),  # minggu: week
        ("el", "Ήταν η τρίτη φορά."),  # τρίτη: third
        ("pt", "Foi a segunda vez."),  # segunda: second
        ("zh", "一周后市长发表讲话。"),  # 一周: one week
    ],
)
def test_words_that_only_look_like_weekdays_are_no_keys(lang, text):
    assert weekday_keys(text, lang) == set()


def test_an_omission_beside_nothing_but_a_weekday_is_found_on_its_row():
    """Spanish without the Tuesday sentence: the weekday, which every other version writes in
    its own words, tells which sentence is gone; without it in any version and without the
    words the other versions share beside a pivot sentence (`witness_words`: en's and ru's
    "university" and "plan" hold es's sentences 1 and 4 in place) the gap lands two rows
    away."""
    assert _missing_rows("es", 0) == [("missing", (0,))]
    without = {lang: [NO_TUESDAY[lang], *PAGE[lang][1:]] for lang in PAGE}
    no_words = replace(DEFAULT_OPTIONS, witness_words=0)
    assert _missing_rows("es", 0, without, no_words) == [("missing", (2,))]
    assert _missing_rows("es", 0, without) == [("missing", (0,))]


@pytest.mark.parametrize("lang", ["es", "zh"])
def test_a_short_page_does_not_learn_its_own_shift(lang):
    """Spanish or Chinese without the Friday sentence. The first pass pairs the page one off
    around it; a table learnt from that pass's eight beads links two words that each occur
    twice, in the same two beads (يوم "day" in the Tuesday and Friday sentences, with words
    of the sentences the first pass paired them with), and the second pass confirms the
    shift. Under `lexicon_min_beads` beads the page learns no table of its own."""
    assert _missing_rows(lang, 4) == [("missing", (4,))]
    learning = replace(DEFAULT_OPTIONS, lexicon_min_beads=0)
    assert _missing_rows(lang, 4, options=learning) == [("missing", (5,))]


# Forms of the weekday names the patterns know (with Arabic's and Hebrew's prefixes): each must
# be read through `sentence_keys`, whose lexical tokens must meet `_WEEKDAY_TOKENS` first.
FORMS = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday Fridays",
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonnabend Sonntag Freitagabend",
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "es": "lunes martes miércoles jueves viernes sábado domingo",
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica",
    "pt": "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo",
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
    "pl": "poniedziałek poniedziałku wtorek wtorku środa środę środy środzie czwartek czwartku"
    " piątek piątku piątkowy sobota sobotę soboty sobocie niedziela niedzielę niedzieli",
    "ru": "понедельник вторник четверг пятница пятницу суббота субботу воскресенье",
    "uk": "понеділок вівторок середа середу четвер п’ятниця п'ятницю пʼятниці пятниця субота"
    " суботу неділя неділю",
    "el": "Δευτέρα Τρίτη Τετάρτη Πέμπτη Παρασκευή Σάββατο Κυριακή Τρίτης Σαββάτου Κυριακής",
    "tr": "pazartesi salı çarşamba perşembe cuma cumartesi",
    "hi": "सोमवार मंगलवार बुधवार गुरुवार बृहस्पतिवार शुक्रवार शनिवार रविवार इतवार",
    "ar": "الاثنين الإثنين الثلاثاء الأربعاء الاربعاء الخميس الجمعة السبت الأحد",
    "zh": "星期一 礼拜二 禮拜三 周四 星期天 周日",
    "ja": "月曜日 火曜日 水曜日 木曜日 金曜日 土曜日 日曜日",
    "ko": "월요일 화요일 수요일 목요일 금요일 토요일 일요일",
}
PHRASES = {
    "ru": ["в среду"],
    "vi": [f"thứ {day}" for day in ("Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy")] + ["Chủ nhật"],
    "id": [
        f"hari {day}" for day in ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
    ],
    "tr": ["pazar günü"],
    "he": [f"{p}יום {day}" for p in ("", "ב", "ו") for day in ("שני", "שישי", "ראשון")],
    "ar": [f"{p}{day}" for p in "وبلف" for day in ("الاثنين", "الجمعة", "الأحد", "الخميس")],
    "th": ["วันจันทร์", "วันศุกร์", "วันอาทิตย์"],
}


@pytest.mark.parametrize("lang", sorted(set(FORMS) | set(PHRASES)))
def test_every_form_the_patterns_know_is_read_in_a_sentence(lang):
    texts = FORMS.get(lang, "").split() + PHRASES.get(lang, [])
    for text in texts:
        found = weekday_keys(text, lang)
        assert len(found) == 1, text
        assert found <= sentence_keys(text, lang)[0], text


WEATHER_ZH = "气象部门预计周末将有大雨。"


def _extra_rows(pivot: str, at: int, options: AlignOptions = DEFAULT_OPTIONS) -> list:
    """The rows where Chinese, with a weather line inserted before its sentence `at`, gets
    `extra` or `missing`: (check, pivot cell, Chinese cell)."""
    texts = {lang: list(sentences) for lang, sentences in PAGE.items()}
    texts["zh"].insert(at, WEATHER_ZH)
    segments = {
        lang: tuple(Segment(k, 0, 0, len(t), t) for k, t in enumerate(sentences))
        for lang, sentences in texts.items()
    }
    rows = align_group(segments, pivot, options=options)
    findings = run_checks(rows, segments, pivot, checks=["missing", "extra"])
    return [
        (f.check, row.cells[pivot], row.cells["zh"])
        for row, found in zip(rows, findings, strict=True)
        for f in found
        if f.lang == "zh" and f.severity != "info"
    ]


def test_for_scripts_keeps_one_to_one_priors_for_a_short_article_of_as_many_sentences():
    han = _for_scripts(DEFAULT_OPTIONS, "alpha", "han", 8, 9)
    assert han.priors == DEFAULT_OPTIONS.priors
    assert han.variance == DEFAULT_OPTIONS.cross_variance  # lengths still count as across scripts
    assert _for_scripts(DEFAULT_OPTIONS, "alpha", "han", 8, 10).priors != DEFAULT_OPTIONS.priors
    assert _for_scripts(DEFAULT_OPTIONS, "alpha", "han", 30, 30).priors != DEFAULT_OPTIONS.priors


@pytest.mark.parametrize(("pivot", "at"), [("es", 4), ("ru", 7), ("en", 4)])
def test_an_inserted_line_in_a_short_chinese_version_gets_its_own_row(pivot, at):
    """Literary zh-en joins two English sentences in one Chinese sentence a fifth of the time
    (`han_priors`); in an eight-sentence article with eight or nine sentences a side nothing
    says so, and with those priors the inserted line was merged into its neighbour's row."""
    assert _extra_rows(pivot, at) == [("extra", (), (at,))]
    literary = replace(DEFAULT_OPTIONS, prior_min_beads=0)
    assert _extra_rows(pivot, at, literary) == []
