"""Subtitle files (reviewer/core/subtitles.py): only the cues' text becomes the document's
text; numbers, timecodes, tags and positioning codes never reach a segment; a sentence over
cue lines or cues is one sentence; a malformed cue is a problem naming the file and the cue,
and the rest of the file is read."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from reviewer.cli import main
from reviewer.core import subtitles
from reviewer.core.loading import load_paths
from reviewer.core.segmenting import segment

DATA = Path(__file__).parent / "data" / "subtitles"
# What a timecode or a cue's timing line looks like, anywhere in a text.
TIMECODE = regex.compile(r"\d\d:\d\d:\d\d[,.]\d\d\d|\d\d:\d\d\.\d\d\d|-->")

SRT = (
    "\ufeff1\n"
    "00:00:01,000 --> 00:00:03,500\n"
    "Where were you last night?\n"
    "\n"
    "2\n"
    "00:00:04,000 --> 00:00:07,200\n"
    "At the station. The last train\n"
    "left at half past ten.\n"
    "\n"
    "3\n"
    "00:00:07,800 --> 00:00:09,000\n"
    "{\\an8}<i>So I walked home</i>\n"
    "\n"
    "4\n"
    "00:00:09,100 --> 00:00:11,000\n"
    '<font color="#ffff00">through the rain,</font> <b>all 3 miles.</b>\n'
    "\n"
    "5\n"
    "00:00:11,500 --> 00:00:13,000\n"
    "- In the rain?\n"
    "- In the rain.\n"
)

VTT = (
    "WEBVTT - the film's French subtitles\n"
    "Kind: captions\n"
    "Language: fr\n"
    "\n"
    "NOTE Traduit par Anne.\n"
    "Relu le 3 mars 2024.\n"
    "\n"
    "STYLE\n"
    "::cue { color: yellow }\n"
    "\n"
    "intro\n"
    "00:01.000 --> 00:03.500 align:start position:10% line:0\n"
    "<v Anna>Où étais-tu hier soir ?</v>\n"
    "\n"
    "00:00:04.000 --> 00:00:07.200\n"
    "<c.yellow>À la gare.</c> Le dernier <00:00:05.500>train\n"
    "est parti à 22 h 30.\n"
    "\n"
    "NOTE un commentaire entre deux répliques\n"
    "\n"
    "3\n"
    "00:00:07.800 --> 00:00:09.000\n"
    "<ruby>東京<rt>とうきょう</rt></ruby> &amp; Paris&nbsp;! &lrm;Fin&#33;\n"
)


def test_srt_golden() -> None:
    read = subtitles.read(SRT.lstrip("\ufeff"), "SubRip")
    assert read.text == (
        "Where were you last night?\n\n"
        "At the station. The last train left at half past ten.\n\n"
        "So I walked home through the rain, all 3 miles.\n\n"
        "- In the rain? - In the rain.\n"
    )
    assert read.notes == ()
    assert [(c.label, c.line, c.start, c.end) for c in read.cues] == [
        ("1", 1, 1.0, 3.5),
        ("2", 5, 4.0, 7.2),
        ("3", 10, 7.8, 9.0),
        ("4", 14, 9.1, 11.0),
        ("5", 18, 11.5, 13.0),
    ]
    # each cue's span holds its own text: the tags and codes are gone, not its words
    assert [read.text[slice(*c.span)] for c in read.cues] == [
        "Where were you last night?",
        "At the station. The last train left at half past ten.",
        "So I walked home",
        "through the rain, all 3 miles.",
        "- In the rain? - In the rain.",
    ]
    sentences = [s.text for s in segment(read.text, "en")]
    assert sentences == [
        "Where were you last night?",
        "At the station.",
        "The last train left at half past ten.",  # over two cue lines: one sentence
        "So I walked home through the rain, all 3 miles.",  # over two cues: one sentence
        "- In the rain?",
        "- In the rain.",
    ]


def test_vtt_golden() -> None:
    read = subtitles.read(VTT, "WebVTT")
    assert read.text == (
        "Où étais-tu hier soir ?\n\n"
        "À la gare. Le dernier train est parti à 22 h 30.\n\n"
        "東京 & Paris\u00a0! Fin!\n"
    )
    assert read.notes == ()
    assert [(c.label, c.start, c.end) for c in read.cues] == [
        ("intro", 1.0, 3.5),
        ("", 4.0, 7.2),
        ("3", 7.8, 9.0),
    ]
    assert (
        read.warnings[1] == "left out: 2 NOTE blocks, 1 STYLE block (comments and styles, not text)"
    )
    # the header, the notes, the settings and the speaker's name are nowhere in the text
    for gone in ("Kind", "Anne", "mars", "commentaire", "position", "Anna", "yellow", "とうきょう"):
        assert gone not in read.text


def test_paragraphs_end_at_pauses_sentences_at_cues() -> None:
    text = (
        "1\n00:00:01,000 --> 00:00:02,000\nWhere were you?\n\n"
        "2\n00:00:02,200 --> 00:00:04,000\nAt the station. The train\n\n"
        "3\n00:00:04,100 --> 00:00:05,000\nwas late.\n\n"
        "4\n00:00:09,000 --> 00:00:10,000\nThe next day, Dr.\n\n"  # a pause of 4 s before
        "5\n00:00:10,200 --> 00:00:11,000\nSmith called.\n\n"
        "6\n00:00:11,200 --> 00:00:12,000\nSo did Mr.\n\n"
        "7\n00:00:12,200 --> 00:00:13,000\nNobody answered.\n"
    )
    read = subtitles.read(text, "SubRip")
    segments = subtitles.paragraphs_at_pauses(segment(read.text, "en"), read.text)
    assert [(s.paragraph, s.text) for s in segments] == [
        (0, "Where were you?"),
        (0, "At the station."),
        (0, "The train was late."),
        (1, "The next day, Dr. Smith called."),
        # a title at a cue's end is the segmenter's to judge: it goes on (`Dr.` above)
        (1, "So did Mr. Nobody answered."),
    ]
    assert all(read.text[s.start : s.end] == s.text for s in segments)


def test_recognised_by_content_and_name(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(SRT, encoding="utf-8")  # a .txt holding cues
    (tmp_path / "b.vtt").write_text(VTT, encoding="utf-8")
    (tmp_path / "c.srt").write_text("Just a note about the film.\nNo cue here.\n", encoding="utf-8")
    (tmp_path / "d.txt").write_text("At 10:30 the meeting opened.\n12:00 --> lunch.\n")
    (tmp_path / "e.md").write_text(SRT, encoding="utf-8")  # not read from a folder
    files = {f.path: f for f in load_paths([tmp_path]).files}
    assert sorted(files) == ["a.txt", "b.vtt", "c.srt", "d.txt"]
    assert files["a.txt"].warnings[0].startswith("read as SubRip subtitles: 5 cues")
    assert "00:00" not in files["a.txt"].text
    assert files["b.vtt"].warnings[0].startswith("read as WebVTT subtitles: 3 cues")
    assert files["c.srt"].text == "Just a note about the film.\nNo cue here.\n"
    assert files["c.srt"].warnings == (
        "named as subtitles, but holds no cue timing: read as plain text",
    )
    assert files["d.txt"].text.startswith("At 10:30") and files["d.txt"].warnings == ()


def test_the_seeds_are_no_subtitles() -> None:
    for path in sorted(Path(__file__).parents[1].joinpath("seeds").glob("*.txt")):
        assert subtitles.format_of(path.read_text(encoding="utf-8"), path.name) is None


def test_language_from_a_subtitle_file_name() -> None:
    from reviewer.core.loading import lang_hint

    assert lang_hint("film.fr.srt") == "fr" and lang_hint("film.deu.vtt") == "de"
    assert lang_hint("fr.srt") is None


MALFORMED = (
    "1\n"
    "00:00:01,000 --> 00:00:03,000\n"
    "First line.\n"
    "\n"
    "2\n"
    "00:00:03,500 -> 00:00:05,000\n"  # an arrow of one dash
    "Second line.\n"
    "\n"
    "3\n"
    "00:00:05,500 --> 00:00:07,000\n"
    "Third line.\n"
    "4\n"  # no blank line before cue 4
    "00:00:07,500 --> 00:00:09,000\n"
    "Fourth line.\n"
    "\n"
    "a stray line after a blank inside cue 4.\n"
    "\n"
    "5\n"
    "\n"
    "6\n"
    "00:00:12,000 --> 00:00:10,000\n"
    "Sixth line.\n"
    "\n"
    "7\n"
    "Seventh line, its timing lost.\n"
)


def test_malformed_cues_are_named_and_the_rest_read(tmp_path: Path) -> None:
    (tmp_path / "bad.srt").write_text(MALFORMED, encoding="utf-8")
    result = load_paths([tmp_path])
    (file,) = result.files
    # (a cue without times, or ending before it starts, is as good as after a pause)
    assert file.text == (
        "First line.\n\n\nSecond line.\n\n\nThird line.\n\nFourth line.\n\n\n"
        "a stray line after a blank inside cue 4.\n\n\nSixth line.\n\n\n"
        "Seventh line, its timing lost.\n"
    )
    assert not TIMECODE.search(file.text)
    assert [(p.path, p.message) for p in result.problems] == [
        ("bad.srt", f"malformed subtitles: {message}")
        for message in (
            "cue 2 (line 5): timing line '00:00:03,500 -> 00:00:05,000' does not parse; left "
            "out, the cue's text is read",
            "cue 4 (line 12): no blank line before it; read as a cue of its own",
            "line 16: text with no timing line (after cue 4); read as text",
            "cue 5 (line 18): a cue number alone, with no timing and no text; left out",
            "cue 6 (line 20): ends before it starts '00:00:12,000 --> 00:00:10,000'; its text "
            "is read",
            "cue 7 (line 24): text with no timing line (after cue 6); read as text",
        )
    ]


def test_many_malformed_cues_are_summed_up() -> None:
    text = "".join(f"{n}\n00:00:0{n},000 -> 00:00:0{n},500\nLine {n}.\n\n" for n in range(1, 10))
    read = subtitles.read(text, "SubRip")
    assert len(read.notes) == 6
    assert read.notes[-1] == "malformed subtitles: 4 more like the above (timing)"
    assert read.text.count("Line") == 9


def test_hostile_cue_text_stays_data(tmp_path: Path, capsys) -> None:
    hostile = (
        "1\n00:00:01,000 --> 00:00:02,000\nThe \x1b[2J\x1b]0;owned\x07 door opens.\n\n"
        "2\n00:00:02,500 --> 00:00:04,000\n<i>&#27;[31m red &#x202e;text</i>\n\n"
        "3\n00:00:04,500 -> 00:00:05\x1b[8m\nhidden?\n"
    )
    read = subtitles.read(hostile, "SubRip")
    # references to control and format characters are not decoded; the text keeps what the
    # file has (it is data), and the outputs show it harmlessly
    assert "&#27;" in read.text and "&#x202e;" in read.text
    (tmp_path / "x.srt").write_text(hostile, encoding="utf-8")
    assert main(["check", str(tmp_path)]) == 0
    out, err = capsys.readouterr()
    assert "\x1b" not in out and "\x1b" not in err and "\x07" not in err
    assert "x.srt: malformed subtitles: cue 3 (line 9)" in err


SAFE_TEXT = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Zl", "Zp")),
    min_size=1,
    max_size=30,
).filter(lambda t: t.strip() and "-->" not in t)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.lists(SAFE_TEXT, min_size=1, max_size=3), min_size=1, max_size=8))
def test_every_cue_is_read_whole_and_in_its_span(cues: list[list[str]]) -> None:
    lines = []
    for n, cue in enumerate(cues, 1):
        lines += [str(n), f"00:00:{n:02d},000 --> 00:00:{n:02d},900", *cue, ""]
    read = subtitles.read("\n".join(lines), "SubRip")
    assert len(read.cues) == len(cues)
    for cue, texts in zip(read.cues, cues, strict=True):
        assert cue.label == str(cue.ordinal) and cue.start == cue.ordinal
        # (a byte-order mark inside a file, where two files were joined, is dropped)
        texts = [t.replace("\ufeff", "") for t in texts]
        expected = " ".join(filter(None, map(subtitles.clean_line, texts)))
        if cue.span is None:
            assert not expected.strip()
            continue
        import unicodedata

        assert read.text[slice(*cue.span)] == unicodedata.normalize("NFC", expected)
    # no cue number or timing line is text
    assert not TIMECODE.search(read.text.replace("".join(t for c in cues for t in c), ""))


def test_check_finds_the_planted_faults_and_no_timecode(tmp_path: Path, capsys) -> None:
    """fr omits cue 15, says 500 euros for 300, is re-timed 120 ms later and renumbered
    after the omission: as plain text these were false number mismatches in every row."""
    folder = tmp_path / "film"
    shutil.copytree(DATA, folder)
    assert main(["check", str(folder), "--format", "json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["problems"] == []
    (group,) = report["groups"]
    assert group["members"] == {"en": "en.srt", "fr": "fr.srt"}
    findings = [
        (f["check"], f["lang"], " ".join(s["text"] for s in row["cells"]["en"]))
        for row in group["rows"]
        for f in row["findings"]
        if f["severity"] == "major"
    ]
    assert findings == [
        ("number-mismatch", "fr", "We need 300 euros for the tickets."),
        ("missing", "fr", "I will ask the bank tomorrow morning."),
    ]
    texts = [s["text"] for row in group["rows"] for cell in row["cells"].values() for s in cell]
    assert not any(TIMECODE.search(text) for text in texts)
    assert not any(regex.fullmatch(r"\d+", text) for text in texts)
    # the sentence over two cues is one segment, in one row with its translation
    rows = [
        {lang: " ".join(s["text"] for s in c) for lang, c in row["cells"].items()}
        for row in group["rows"]
    ]
    assert {
        "en": "She wants us at the farm by Sunday because the harvest starts early this year.",
        "fr": "Elle veut qu'on soit à la ferme avant dimanche parce que la récolte commence tôt "
        "cette année.",
    } in rows
    assert main(["check", str(folder)]) == 0
    text = capsys.readouterr().out
    assert "2 major" in text and "-->" not in text


def test_a_file_read_with_problems_is_not_said_to_be_skipped() -> None:
    from reviewer.core.loading import problem_counts, problem_lines
    from reviewer.core.model import Problem

    notes = [Problem("bad.srt", f"malformed subtitles: cue {n} (line {4 * n})") for n in range(7)]
    problems = [Problem("x.txt", "empty file"), *notes]
    assert problem_lines(problems) == [
        "skipped x.txt: empty file",
        *(str(p) for p in notes[:5]),
        "bad.srt: 2 more problems (`reviewer check --format json` lists them all)",
    ]
    assert problem_counts(problems) == "1 file skipped, 1 file read with problems"
    # many files with notes: one line, each file named once
    many = [Problem(f"{n}.srt", "malformed subtitles: cue 1 (line 1)") for n in range(6)] * 2
    assert problem_lines(many) == [
        "12 problems in 6 files: malformed subtitles (0.srt, 1.srt, 2.srt and 3 more; "
        "`reviewer check --format json` lists them all)"
    ]


def test_exports_hold_the_cues_text_only(tmp_path: Path, capsys) -> None:
    folder = tmp_path / "film"
    shutil.copytree(DATA, folder)
    for fmt in ("tsv", "tmx"):
        out = tmp_path / f"out.{fmt}"
        assert main(["export", str(folder), "--format", fmt, "--output", str(out)]) == 0
        written = out.read_text(encoding="utf-8")
        assert "I will ask the bank tomorrow morning." in written
        assert not TIMECODE.search(written) and "{\\an8}" not in written and "<i>" not in written


# A long run of odd text in each place the reader looks (its first line, a timing line, a
# cue's text): linear, well under a second at 200,000 characters; quadratic would be minutes.
ODD_RUNS = {
    "times on a first line": "1:23 " * 40_000 + "\n00:00:01,000 --> 00:00:02,000\nx\n",
    "times after a number": "1\n" + "0:00:0" * 40_000 + "\nx\n",
    "arrows": "1\n00:00:01,000 --> 00:00:02,000\n" + "-->1:23" * 30_000 + "\n",
    "open ruby": "WEBVTT\n\n00:01.000 --> 00:02.000\n" + "<rt>a" * 40_000 + "\n",
    "open tags": "WEBVTT\n\n00:01.000 --> 00:02.000\n" + "<i a" * 50_000 + "\n",
    "open codes": "1\n00:00:01,000 --> 00:00:02,000\n" + "{\\a" * 60_000 + "\n",
    "blank start": " \n\t" * 70_000 + "WEBVTX",
}


def test_odd_runs_take_linear_time() -> None:
    import time

    started = time.perf_counter()
    for text in ODD_RUNS.values():
        fmt = subtitles.format_of(text, "odd.srt")
        if fmt is not None:
            subtitles.read(text, fmt)
    assert time.perf_counter() - started < 8.0


def _paragraphs(*cues: str) -> list[str]:
    lines = []
    for n, cue in enumerate(cues, 1):
        lines += [str(n), f"00:00:{n:02d},000 --> 00:00:{n:02d},900", *cue.split("|"), ""]
    return subtitles.read("\n".join(lines), "SubRip").text.strip("\n").split("\n\n")


def test_which_cues_go_on() -> None:
    assert _paragraphs(
        "The summit (8848 m)",  # a bracket inside a sentence: it goes on
        "was reached at dawn.",
        "[door slams]",  # a sound stands alone
        "♪ Over the hills ♪",  # so does a song's line
        "She said that she would",
        ", if asked, come back.",  # a cue cannot open with a comma
        "Wait...",
        "...for me.",  # an ellipsis picked up
        "I don't know...",
        "Who does?",  # an ellipsis trailing off
        "We left at",
        "- Really?|- Yes.",  # a new speaker's dash
    ) == [
        "The summit (8848 m) was reached at dawn.",
        "[door slams]",
        "♪ Over the hills ♪",
        "She said that she would, if asked, come back.",
        "Wait... ...for me.",
        "I don't know...",
        "Who does?",
        "We left at",
        "- Really? - Yes.",
    ]


def test_a_file_that_marks_no_ends_keeps_its_cues_apart() -> None:
    # Chinese subtitles often end no cue with a mark: each cue is then its own paragraph
    # (joined, the whole film was one paragraph and one segment)
    cues = ["我们明天去北京", "火车八点出发", "别迟到", "好的。"]
    assert _paragraphs(*cues) == cues
    # a cased script without marks, as well
    assert len(_paragraphs(*[f"line {n} goes on" for n in range(40)])) == 40


def test_the_app_shows_the_cues_text_and_says_the_file_was_read(tmp_path: Path) -> None:
    import asyncio

    from reviewer.core.session import open_corpus
    from reviewer.tui.app import ReviewerApp
    from reviewer.tui.widgets.review_view import ReviewView

    folder = tmp_path / "film"
    shutil.copytree(DATA, folder)
    (folder / "fr.srt").write_text(
        (DATA / "fr.srt").read_text(encoding="utf-8").replace(" --> ", " -> ", 1),
        encoding="utf-8",
    )
    app = ReviewerApp(open_corpus([folder], jobs=1))

    async def main() -> None:
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.pause()
            view = app.screen.query_one(ReviewView)
            cells = {lang: [s.text for s in view.aligned.cell(0, lang)] for lang in ("en", "fr")}
            assert cells == {
                "en": ["Where were you last night?"],
                "fr": ["Où étais-tu hier soir ?"],
            }
            notices = "\n".join(str(n.message) for n in app._notifications)
            assert "1 file read with problems, listed when you quit: fr.srt: malformed" in notices
            assert "skipped" not in notices

    asyncio.run(main())


def test_open_corpus_numbers_a_subtitle_file_in_paragraphs_at_its_pauses(tmp_path: Path) -> None:
    from reviewer.core.session import open_corpus

    folder = tmp_path / "film"
    shutil.copytree(DATA, folder)
    for name in ("en.srt", "fr.srt"):  # a pause of 5 s before cue 9, in both versions
        text = (folder / name).read_text(encoding="utf-8-sig")
        later = regex.sub(
            r"00:00:(\d\d),(\d\d\d)",
            lambda m: (
                m.group()
                if int(m.group(1)) < 21
                else f"00:00:{int(m.group(1)) + 5:02d},{m.group(2)}"
            ),
            text,
        )
        (folder / name).write_text(later, encoding="utf-8")
    corpus = open_corpus([folder], jobs=1)
    starts = {
        document.path: [
            s.text
            for s in segments
            if s.ordinal == 0 or s.paragraph != segments[s.ordinal - 1].paragraph
        ]
        for document, segments in zip(corpus.documents, corpus.segments, strict=True)
    }
    # (fr's dropped cue left a pause of 3 s of its own)
    assert starts == {
        "en.srt": ["Where were you last night?", "Your mother called three times."],
        "fr.srt": [
            "Où étais-tu hier soir ?",
            "Ta mère a appelé trois fois.",
            "Alors va te coucher.",
        ],
    }
    # the text keeps a blank line at every cue that ends a sentence: the segments are cut
    # there, the paragraphs are not
    assert [d.text.count("\n\n\n") for d in corpus.documents] == [1, 2]


def test_a_webvtt_cue_right_under_its_header_is_read() -> None:
    read = subtitles.read(
        "WEBVTT\nKind: captions\n00:01.000 --> 00:02.000\nHello there.\n\n"
        "00:03.000 --> 00:04.000\nBye.\n",
        "WebVTT",
    )
    assert read.text == "Hello there.\n\nBye.\n"
    assert read.notes == ("malformed subtitles: line 3: no blank line after the header",)
    # named .vtt, but without its header: read all the same, and said
    read = subtitles.read("00:01.000 --> 00:02.000\nHello.\n", "WebVTT")
    assert read.text == "Hello.\n"
    assert read.notes == (
        "malformed subtitles: line 1: no WEBVTT header; read as WebVTT from its name",
    )


def test_any_encoding_and_newline_reads_the_same(tmp_path: Path) -> None:
    text = (DATA / "fr.srt").read_text(encoding="utf-8")
    (tmp_path / "a.srt").write_text(text, encoding="utf-8")
    (tmp_path / "b.srt").write_bytes(text.replace("\n", "\r\n").encode("utf-16"))  # BOM, CRLF
    (tmp_path / "c.srt").write_bytes(text.replace("\n", "\r").encode("cp1252"))  # old Mac
    files = load_paths([tmp_path]).files
    assert [f.encoding for f in files] == ["utf-8", "utf-16-le", "cp1252"]
    assert len({f.text for f in files}) == 1
    assert all(f.subtitles and not TIMECODE.search(f.text) for f in files)
