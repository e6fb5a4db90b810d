"""Loading: every encoding we promise to read, every kind of bad file refused by name while the
rest loads, and the normalisation that all offsets downstream rely on."""

from __future__ import annotations

import codecs
import hashlib
import os
import socket
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reviewer.core.loading import LoadedFile, check_encoding, lang_hint, load_paths

FR = "Le président a déclaré à la presse qu'il était très satisfait de la qualité du dialogue.\n"
VI = "Bộ trưởng Ngoại giao Nga đã đến thủ đô Astana của Kazakhstan hôm 20/5 để dự cuộc họp.\n"
RU = "Министр иностранных дел прибыл сегодня утром в столицу Казахстана.\n"


def one(tmp_path: Path, name: str, data: bytes, **options) -> LoadedFile:
    (tmp_path / name).write_bytes(data)
    result = load_paths([tmp_path / name], **options)
    assert result.problems == ()
    (file,) = result.files
    return file


def refused(tmp_path: Path, name: str, **options) -> str:
    """Load `name` beside a good file: the good file loads, `name` gives exactly one problem."""
    (tmp_path / "good.txt").write_text(FR, encoding="utf-8")
    result = load_paths([tmp_path], **options)
    assert [f.path for f in result.files] == ["good.txt"]
    (problem,) = result.problems
    assert problem.path == name
    return problem.message


def to_cp1258(text: str) -> bytes:
    """Vietnamese as windows-1258 writes it: a base letter (â, ơ, ư ...) plus a combining tone
    mark where the code page has no precomposed letter."""
    out = []
    for char in text:
        try:
            out.append(char.encode("cp1258"))
            continue
        except UnicodeEncodeError:
            pass
        base, *marks = unicodedata.normalize("NFD", char)
        for i, mark in enumerate(marks):
            head = unicodedata.normalize("NFC", base + mark)
            rest = "".join(marks[:i] + marks[i + 1 :])
            try:
                out.append((head + rest).encode("cp1258"))
                break
            except UnicodeEncodeError:
                continue
        else:
            out.append((base + "".join(marks)).encode("cp1258"))  # a, then its combining mark
    return b"".join(out)


# --- folders and paths ---------------------------------------------------------------------


def test_folder_recursive_sorted_relative_and_file_argument_by_name(tmp_path):
    corpus = tmp_path / "corpus"
    (corpus / "b" / "deep").mkdir(parents=True)
    (corpus / "z.txt").write_text("z text", encoding="utf-8")
    (corpus / "b" / "deep" / "a.txt").write_text("a text", encoding="utf-8")
    (corpus / "b" / "notes.md").write_text("not a txt", encoding="utf-8")
    (corpus / "a.TXT").write_text("upper-case suffix", encoding="utf-8")
    (corpus / ".hidden.txt").write_text("hidden", encoding="utf-8")
    single = tmp_path / "elsewhere" / "single.txt"
    single.parent.mkdir()
    single.write_text("single", encoding="utf-8")
    result = load_paths([corpus, single])
    assert result.problems == ()
    assert [f.path for f in result.files] == ["a.TXT", "b/deep/a.txt", "z.txt", "single.txt"]
    assert result.files[1].source == corpus / "b" / "deep" / "a.txt"
    assert result.files[1].text == "a text"


def test_a_folder_without_txt_files_says_what_it_holds_instead(tmp_path):
    # a folder of README.*.md was "no document could be read", with no word of why
    docs = tmp_path / "docs"
    docs.mkdir()
    for name in ("README.md", "README.de.md", "README.ja.md", "README.zh-CN.md", ".hidden.txt"):
        (docs / name).write_text("# tidyfeed", encoding="utf-8")
    empty = tmp_path / "empty"
    empty.mkdir()
    result = load_paths([docs, empty])
    assert result.files == ()
    assert [(p.path, p.message) for p in result.problems] == [
        (
            str(docs),
            "no .txt or .html file in this folder, only 4 other files (README.de.md,"
            " README.ja.md, README.md, …): folders are read for .txt, .html, .srt and .vtt"
            " files; name other files to read them",
        ),
        (str(empty), "no .txt or .html file in this folder (it is empty)"),
    ]
    # named one by one, they are read
    assert len(load_paths(sorted(docs.glob("README*"))).files) == 4


_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Rain closes {n} roads | Daily</title>
<script>window.dataLayer=[];function gtag(){{dataLayer.push(arguments);}}</script>
<style>p {{ margin: 0 }}</style></head>
<body><nav><a href="/">Home</a> &gt; <a href="/news">News</a></nav><!-- ad slot 3 -->
<article><h1>Rain closes {n} roads</h1><p>Heavy rain closed {n} roads on Monday.</p>
<p>Schools stay open.</p></article><footer>&copy; 2026 Daily</footer></body></html>
"""


def test_a_folder_is_read_for_web_pages_too_and_a_page_keeps_only_its_text(tmp_path):
    # stop 40: a folder of .txt and saved .html pages was read for the .txt alone, silently;
    # a page named on the command line kept its head and scripts as rows of text
    (tmp_path / "de.txt").write_text("Regen sperrt 12 Straßen.", encoding="utf-8")
    (tmp_path / "en.html").write_text(_PAGE.format(n=12), encoding="utf-8")
    (tmp_path / "fr.page.fr.htm").write_text(_PAGE.format(n=12), encoding="utf-8")
    result = load_paths([tmp_path])
    assert [f.path for f in result.files] == ["de.txt", "en.html", "fr.page.fr.htm"]
    text = result.files[1].text
    assert "Heavy rain closed 12 roads on Monday." in text and "Schools stay open." in text
    for gone in ("<", "dataLayer", "margin", "Daily</title>", "ad slot", "charset"):
        assert gone not in text, gone
    assert "Home > News" in text and "© 2026 Daily" in text  # boilerplate's to mark
    assert any("whole HTML page" in w for w in result.files[1].warnings)
    assert lang_hint("fr.page.fr.htm") == "fr"


def test_seeds_load_as_utf8_with_hash_of_raw_bytes(seeds):
    result = load_paths([seeds])
    assert result.problems == ()
    assert len(result.files) == 5
    for file in result.files:
        assert file.encoding == "utf-8"
        assert file.warnings == ()
        assert file.sha256 == hashlib.sha256((seeds / file.path).read_bytes()).hexdigest()
        assert unicodedata.is_normalized("NFC", file.text)


def test_missing_path_is_a_problem_and_the_rest_loads(tmp_path):
    (tmp_path / "good.txt").write_text(FR, encoding="utf-8")
    result = load_paths([tmp_path / "missing.txt", tmp_path / "good.txt"])
    assert [f.path for f in result.files] == ["good.txt"]
    (problem,) = result.problems
    assert "missing.txt" in problem.path and "no such file" in problem.message


def test_impossible_path_is_a_problem_not_an_exception(tmp_path):
    result = load_paths([f"{tmp_path}/bad\x00name.txt"])
    assert result.files == ()
    assert "null" in result.problems[0].message


def test_same_file_twice_loads_once(tmp_path):
    (tmp_path / "good.txt").write_text(FR, encoding="utf-8")
    result = load_paths([tmp_path, tmp_path / "good.txt"])
    assert len(result.files) == 1


def test_one_relative_path_under_two_folders_names_each_with_its_folder(tmp_path):
    # quake_a/de.txt and quake_b/de.txt were both "de.txt": their groups had one id, and so
    # one annotation file
    for folder in ("quake_a", "quake_b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "de.txt").write_text(FR, encoding="utf-8")
        (tmp_path / folder / f"{folder}.txt").write_text(FR, encoding="utf-8")
    a, b = tmp_path / "quake_a", tmp_path / "quake_b"
    result = load_paths([a, b])
    # each by its folder's name, not the whole absolute path as given
    assert [f.path for f in result.files] == [
        "quake_a/de.txt",
        "quake_a.txt",
        "quake_b/de.txt",
        "quake_b.txt",
    ]
    # two folders of one name (x/quake_a, y/quake_a): by the arguments as given
    for parent in ("x", "y"):
        (tmp_path / parent / "quake_a").mkdir(parents=True)
        (tmp_path / parent / "quake_a" / "de.txt").write_text(FR, encoding="utf-8")
    paths = [f.path for f in load_paths([tmp_path / "x/quake_a", tmp_path / "y/quake_a"]).files]
    assert paths == [f"{(tmp_path / p / 'quake_a').as_posix()}/de.txt" for p in ("x", "y")]
    # the same file under two arguments is one file and keeps its name
    assert [f.path for f in load_paths([a, a / "de.txt"]).files] == ["de.txt", "quake_a.txt"]


# --- encodings -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("bom", "codec", "expected"),
    [
        (b"", "utf-8", "utf-8"),
        (codecs.BOM_UTF8, "utf-8", "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16-be"),
        (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32-le"),
        (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32-be"),
    ],
)
@pytest.mark.parametrize("text", [FR, VI, RU])
def test_unicode_with_and_without_bom(tmp_path, bom, codec, expected, text):
    file = one(tmp_path, "a.txt", bom + text.encode(codec))
    assert file.text == text  # no BOM character left
    assert file.encoding == expected
    assert file.warnings == ()


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("text", [FR, VI, "Hello world.\nSecond line.\n"])
def test_utf16_without_bom_is_found_from_its_nul_bytes(tmp_path, codec, text):
    file = one(tmp_path, "a.txt", text.encode(codec))
    assert file.text == text
    assert file.encoding == codec
    assert len(file.warnings) == 1 and "byte-order mark" in file.warnings[0]


def test_cp1252_french_round_trip_with_a_warning(tmp_path):
    file = one(tmp_path, "a.txt", (FR * 3).encode("cp1252"))
    assert file.text == FR * 3
    assert file.encoding == "cp1252"
    (warning,) = file.warnings
    assert "cp1252" in warning and "not UTF-8" in warning


def test_short_cp1252_french_is_not_taken_for_central_european(tmp_path):
    text = "Le président a déclaré à la presse qu’il était satisfait.\n"
    assert one(tmp_path, "a.txt", text.encode("cp1252")).text == text


@pytest.mark.parametrize(
    ("codec", "text"),
    [
        # charset-normalizer's own best guess for this one is mac_latin2 (é -> ť).
        ("cp1252", "Le ministre a déclaré que le café était très chaud aujourd hui à Paris, "
                   "et que l'été serait long.\n"),
        ("cp1250", "Příliš žluťoučký kůň úpěl ďábelské ódy. Vláda dnes oznámila, že v hlavním "
                   "městě otevře nové školy.\n"),
    ],
)  # fmt: skip
def test_short_legacy_texts_keep_their_letters(tmp_path, codec, text):
    assert one(tmp_path, "a.txt", text.encode(codec)).text == text


@pytest.mark.parametrize("seed", ["000_459abd048ae6a802.txt", "004_ebdb859cbc83cbed.txt"])
def test_windows_1258_vietnamese_round_trip_to_nfc(tmp_path, seeds, seed):
    text = (seeds / seed).read_text(encoding="utf-8")
    data = to_cp1258(text)
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    file = one(tmp_path, "a.txt", data)
    assert file.encoding == "cp1258"
    assert file.text == unicodedata.normalize("NFC", text.replace("\r\n", "\n"))
    assert "cp1258" in file.warnings[0]


def test_cp1251_russian(tmp_path):
    file = one(tmp_path, "a.txt", (RU * 3).encode("cp1251"))
    assert (file.text, file.encoding) == (RU * 3, "cp1251")


def test_valid_utf8_is_never_guessed_otherwise(tmp_path):
    # Every byte of this is also valid cp1252; strict UTF-8 must win.
    file = one(tmp_path, "a.txt", "naïve café – “quoted”\n".encode())
    assert (file.text, file.encoding, file.warnings) == ("naïve café – “quoted”\n", "utf-8", ())


def test_encoding_override(tmp_path):
    file = one(tmp_path, "a.txt", FR.encode("latin-1"), encoding="latin-1")
    assert (file.text, file.encoding, file.warnings) == (FR, "iso8859-1", ())
    file = one(tmp_path, "b.txt", codecs.BOM_UTF8 + FR.encode(), encoding="UTF8")
    assert file.text == FR  # the BOM of a UTF-8 file is dropped under --encoding utf-8 too


def test_encoding_override_that_does_not_fit_is_a_problem(tmp_path):
    (tmp_path / "a.txt").write_bytes(FR.encode("cp1252"))
    (problem,) = load_paths([tmp_path / "a.txt"], encoding="utf-8").problems
    assert problem.path == "a.txt" and "not valid utf-8" in problem.message


def test_unknown_encoding_name_is_a_clear_error(tmp_path):
    (tmp_path / "a.txt").write_text(FR, encoding="utf-8")
    result = load_paths([tmp_path], encoding="klingon-8")
    assert result.files == ()
    (problem,) = result.problems
    assert problem.path == "--encoding" and "unknown encoding 'klingon-8'" in problem.message
    with pytest.raises(LookupError, match="klingon"):
        check_encoding("klingon-8")
    assert check_encoding("windows-1258") == "cp1258"


# --- normalisation -------------------------------------------------------------------------


def test_crlf_and_lone_cr_become_lf(tmp_path):
    file = one(tmp_path, "a.txt", b"one\r\ntwo\rthree\n\r\nfour")
    assert file.text == "one\ntwo\nthree\n\nfour"


def test_decomposed_vietnamese_becomes_nfc(tmp_path):
    decomposed = unicodedata.normalize("NFD", VI)
    assert decomposed != VI
    file = one(tmp_path, "a.txt", decomposed.encode())
    assert file.text == VI
    assert len(file.text) < len(decomposed)  # offsets are into this shorter, final text


# --- bad files -----------------------------------------------------------------------------


def test_binary_is_refused(tmp_path):
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    assert "binary" in refused(tmp_path, "image.txt")


@pytest.mark.parametrize(("content", "words"), [(b"", "empty"), (b" \n\t\r\n  ", "whitespace")])
def test_empty_and_whitespace_only_are_refused(tmp_path, content, words):
    (tmp_path / "blank.txt").write_bytes(content)
    assert words in refused(tmp_path, "blank.txt")


def test_bom_only_file_is_empty(tmp_path):
    (tmp_path / "bom.txt").write_bytes(codecs.BOM_UTF8)
    assert "empty" in refused(tmp_path, "bom.txt")


def never_opens(monkeypatch, name: str) -> None:
    """Make `os.open` fail the test if it is called on `name`."""
    real_open = os.open

    def guarded(path, *args, **kwargs):
        assert Path(path).name != name, f"opened {name}, which should be refused from its stat"
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(os, "open", guarded)


def test_too_large_is_refused_without_reading(tmp_path, monkeypatch):
    (tmp_path / "big.txt").write_bytes(b"a" * 2000)
    never_opens(monkeypatch, "big.txt")
    assert "too large" in refused(tmp_path, "big.txt", max_bytes=1000)
    monkeypatch.undo()
    assert len(load_paths([tmp_path / "big.txt"], max_bytes=2000).files) == 1


def test_fifo_is_refused_without_opening(tmp_path, monkeypatch):
    os.mkfifo(tmp_path / "pipe.txt")
    never_opens(monkeypatch, "pipe.txt")
    assert "FIFO" in refused(tmp_path, "pipe.txt")


def test_socket_is_refused(tmp_path):
    server = socket.socket(socket.AF_UNIX)
    try:
        server.bind(str(tmp_path / "sock.txt"))
        assert "socket" in refused(tmp_path, "sock.txt")
    finally:
        server.close()


def test_device_behind_a_symlink_is_refused_without_reading(tmp_path, monkeypatch):
    (tmp_path / "zero.txt").symlink_to("/dev/zero")
    never_opens(monkeypatch, "zero.txt")
    # A file argument (no folder to stay inside) is still refused for being a device.
    result = load_paths([tmp_path / "zero.txt"])
    assert result.files == ()
    (problem,) = result.problems
    assert problem.path == "zero.txt" and "character device" in problem.message


def test_symlink_out_of_the_folder_is_refused(tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text("secret", encoding="utf-8")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "link.txt").symlink_to(outside / "secret.txt")
    message = refused(corpus, "link.txt")
    assert "outside the folder" in message


def test_symlink_inside_the_folder_is_fine(tmp_path):
    (tmp_path / "real.txt").write_text(FR, encoding="utf-8")
    (tmp_path / "alias.txt").symlink_to(tmp_path / "real.txt")
    result = load_paths([tmp_path])
    assert result.problems == ()
    assert len(result.files) == 1  # the same file, once


def test_broken_symlink_is_a_problem(tmp_path):
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "nowhere.txt")
    assert "broken symlink" in refused(tmp_path, "dangling.txt")


def test_unreadable_file_is_refused(tmp_path, monkeypatch):
    # Root reads 0o000 files anyway, so the refusal is simulated at the open call.
    (tmp_path / "locked.txt").write_text(FR, encoding="utf-8")
    (tmp_path / "locked.txt").chmod(0o000)
    real_open = os.open

    def denied(path, *args, **kwargs):
        if Path(path).name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(os, "open", denied)
    assert "Permission denied" in refused(tmp_path, "locked.txt")


@pytest.mark.parametrize("seed", ["000_459abd048ae6a802.txt", "002_9a23daeefc982262.txt"])
def test_damaged_utf8_is_refused_not_turned_into_mojibake(tmp_path, seeds, seed):
    data = (seeds / seed).read_bytes()
    (tmp_path / "damaged.txt").write_bytes(data[:300] + b"\xff" + data[300:])
    message = refused(tmp_path, "damaged.txt")
    assert "damaged UTF-8" in message and "0xff at offset 300" in message


def test_undecodable_bytes_are_refused(tmp_path, monkeypatch):
    import charset_normalizer

    class Nothing:
        def best(self):
            return None

    monkeypatch.setattr(charset_normalizer, "from_bytes", lambda data: Nothing())
    (tmp_path / "bad.txt").write_bytes(b"caf\xe9 \xff\xfe\xfd")
    assert "undecodable" in refused(tmp_path, "bad.txt")


# --- file names ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "hint"),
    [
        ("article.fr.txt", "fr"),
        ("Article.VI.txt", "vi"),
        ("bai-bao.vie.txt", "vi"),
        ("berita.ind.txt", "id"),
        ("article.txt", None),
        ("notes.old.txt", None),  # three letters but no language
        ("report.v2.txt", None),
        ("fr.txt", None),
    ],
)
def test_lang_hint_from_file_name(name, hint):
    assert lang_hint(name) == hint


def test_lang_hint_reaches_the_loaded_file(tmp_path):
    assert one(tmp_path, "article.de.txt", b"Hallo Welt").lang_hint == "de"


# --- property ------------------------------------------------------------------------------


@given(st.binary(max_size=400))
def test_random_bytes_load_or_give_one_problem(tmp_path_factory, data):
    folder = tmp_path_factory.mktemp("random")
    (folder / "x.txt").write_bytes(data)
    result = load_paths([folder])
    assert len(result.files) + len(result.problems) == 1
    for file in result.files:
        assert file.text.strip()
        assert "\r" not in file.text
        assert unicodedata.is_normalized("NFC", file.text)
    for problem in result.problems:
        assert problem.path == "x.txt" and problem.message


# --- issue 14, item 16: many problems of one kind are summarised --------------------------------


def test_many_problems_of_one_kind_are_one_line_and_json_keeps_them_all(tmp_path):
    """50,000 empty files printed 50,000 lines on standard error (here 300: same code)."""
    import json
    import subprocess
    import sys

    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_text("Une phrase.\n", encoding="utf-8")
    for n in range(300):
        (folder / f"empty{n:05}.txt").write_bytes(b"")
    (folder / "big.txt").write_bytes(b"\x00binary")
    command = [sys.executable, "-m", "reviewer", "check", str(folder)]
    text = subprocess.run(command, capture_output=True, text=True)
    err = text.stderr.splitlines()
    assert len(err) == 2, err[:5]
    empty, binary = sorted(err)
    assert empty.startswith("reviewer: skipped 300 files: empty file (empty00000.txt, ")
    assert "and 297 more" in empty and "--format json" in empty
    assert binary.startswith("reviewer: skipped big.txt: binary")  # alone: said as it is
    assert sum("empty" in line for line in text.stdout.splitlines()) == 1  # the report too
    report = json.loads(subprocess.run([*command, "--format", "json"], capture_output=True).stdout)
    assert len([p for p in report["problems"] if p["message"] == "empty file"]) == 300


def test_a_few_problems_of_a_kind_are_each_said():
    from reviewer.core.loading import summarise_problems
    from reviewer.core.model import Problem

    few = [Problem(f"{n}.txt", "empty file") for n in range(5)]
    assert summarise_problems(few) == [f"{n}.txt: empty file" for n in range(5)]
    many = few + [Problem("x.txt", "empty file")]
    assert summarise_problems(many) == [
        "6 files: empty file (0.txt, 1.txt, 2.txt and 3 more; "
        "`reviewer check --format json` lists them all)"
    ]
