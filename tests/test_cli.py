"""The command line as scripts use it: exit codes, the JSON contract, one-line usage errors."""

import json
import os
import stat
import subprocess
import sys

import pytest

from reviewer.cli import main


def run(*args, cwd=None):
    return subprocess.run(
        [sys.executable, "-m", "reviewer", *args], capture_output=True, text=True, cwd=cwd
    )


@pytest.fixture(scope="module")
def seeds_json():
    from tests.conftest import SEEDS

    result = run("check", str(SEEDS), "--format", "json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_check_json_lists_documents_languages_and_the_group(seeds_json):
    docs = seeds_json["documents"]
    assert seeds_json["schema"] == 1
    assert [d["path"] for d in docs] == [
        "000_459abd048ae6a802.txt",
        "001_a42808516d93aaf7.txt",
        "002_9a23daeefc982262.txt",
        "003_b86073aea52a80e9.txt",
        "004_ebdb859cbc83cbed.txt",
    ]
    assert [d["lang"] for d in docs] == ["vi", "id", "fr", "de", "vi"]
    assert [d["group"] for d in docs] == ["g-000_459abd048ae6a802"] * 4 + [None]
    [group] = seeds_json["groups"]
    assert group["id"] == "g-000_459abd048ae6a802"
    assert group["members"] == {
        "vi": "000_459abd048ae6a802.txt",
        "de": "003_b86073aea52a80e9.txt",
        "fr": "002_9a23daeefc982262.txt",
        "id": "001_a42808516d93aaf7.txt",
    }


def test_every_segment_lands_in_exactly_one_cell_in_order(seeds_json):
    from reviewer.core.session import open_corpus
    from tests.conftest import SEEDS

    corpus = open_corpus([SEEDS])
    [group] = seeds_json["groups"]
    for lang, path in group["members"].items():
        index = next(i for i, d in enumerate(corpus.documents) if d.path == path)
        expected = [s.text for s in corpus.segments[index]]
        for row in group["rows"]:
            assert set(row["cells"]) == set(group["members"])
        got = [seg["text"] for row in group["rows"] for seg in row["cells"][lang]]
        assert got == expected


def test_findings_follow_the_contract(seeds_json):
    for group in seeds_json["groups"]:
        for row in group["rows"]:
            for cell in row["cells"].values():
                for seg in cell:
                    assert seg["boilerplate"] in (
                        None, "ad", "source", "comments", "caption", "byline", "related",
                        "credit", "metadata",
                    )  # fmt: skip
            for finding in row["findings"]:
                assert finding["severity"] in ("major", "minor", "info")
                assert finding["lang"] in group["members"]
                text = " ".join(s["text"] for s in row["cells"][finding["lang"]])
                for start, end in finding["spans"]:
                    assert 0 <= start < end <= len(text)


def test_the_group_id_is_stable_across_runs_and_pivots(seeds_json):
    from tests.conftest import SEEDS

    again = json.loads(run("check", str(SEEDS), "--format", "json", "--pivot", "fr").stdout)
    assert again["groups"][0]["id"] == seeds_json["groups"][0]["id"]
    assert again["groups"][0]["pivot"] == "fr"


def test_text_report_names_the_group_and_the_ungrouped_document(seeds, capsys):
    assert main(["check", str(seeds)]) == 0
    out = capsys.readouterr().out
    assert "g-000_459abd048ae6a802" in out
    assert "ungrouped: 004_ebdb859cbc83cbed.txt (vi)" in out
    assert out.startswith("5 documents, 1 group, 1 ungrouped\n")


def test_text_report_says_when_the_pivot_is_a_guess(seeds, capsys):
    """The seeds' sources name the original (vi); a made-up notice (tests/data/planted) has no
    source, and its counts tie: the pivot is the alphabet's, and the report says so."""
    from pathlib import Path

    assert main(["check", str(seeds)]) == 0
    assert "(* = pivot)\n" in capsys.readouterr().out
    planted = Path(__file__).parent / "data" / "planted" / "museum_hours"
    assert main(["check", str(planted)]) == 0
    out = capsys.readouterr().out
    assert "(* = pivot, a guess: nothing in the texts says which version is the original)" in out


def test_unreadable_files_are_reported_and_skipped(tmp_path, seeds, capsys):
    for name in ("000_459abd048ae6a802.txt", "002_9a23daeefc982262.txt"):
        (tmp_path / name).write_bytes((seeds / name).read_bytes())
    (tmp_path / "broken.txt").write_bytes(b"\x00\x01\x02binary\x00")
    assert main(["check", str(tmp_path), "--format", "json"]) == 0
    captured = capsys.readouterr()
    assert "broken.txt" in captured.err
    data = json.loads(captured.out)
    paths = [d["path"] for d in data["documents"]]
    assert "broken.txt" not in paths and len(paths) == 2
    assert [p["path"] for p in data["problems"]] == ["broken.txt"]  # README: the extra key


def test_no_readable_document_exits_2(tmp_path, capsys):
    (tmp_path / "empty.txt").write_bytes(b"")
    assert main(["check", str(tmp_path)]) == 2
    assert "no document could be read" in capsys.readouterr().err


@pytest.mark.parametrize(
    "args",
    [
        ["check"],
        ["check", "seeds", "--format", "xml"],
        ["check", "no/such/folder"],
        ["check", "seeds", "--fail-on", "fatal"],
        ["check", "seeds", "--lang", "no-equals-sign"],
        ["align", "only-one-file"],
        ["check", "seeds", "--bogus"],
        ["check", "seeds", "--encoding", "no-such-codec"],
    ],
)
def test_usage_errors_exit_2_with_one_line_and_no_traceback(args):
    from tests.conftest import ROOT

    result = run(*args, cwd=ROOT)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr


def test_fail_on_exits_1_only_when_a_finding_is_that_severe(tmp_path, seeds, monkeypatch):
    from reviewer.core import checks
    from reviewer.core.model import Finding

    def one_minor(rows, segments, pivot, **_):
        return [(Finding("length-ratio", pivot, "minor", "x"),)] + [() for _ in rows[1:]]

    monkeypatch.setattr(checks, "run_checks", one_minor)
    assert main(["check", str(seeds), "--fail-on", "minor"]) == 1
    assert main(["check", str(seeds), "--fail-on", "major"]) == 0
    assert main(["check", str(seeds)]) == 0


def test_check_ends_the_process_at_once_with_its_report_status_and_exit_handlers(
    tmp_path, seeds, capsys
):
    """`python -m reviewer check` skips the interpreter's teardown (cli.run), as `align`
    does: the whole report is written, the exit status is kept (--fail-on) and the exit
    handlers still run (the pattern store is written into a new cache folder)."""
    assert main(["check", str(seeds), "--format", "json", "--fail-on", "info"]) == 1
    expected = capsys.readouterr().out
    env = dict(os.environ, REVIEWER_CACHE_DIR=str(tmp_path / "cache"))
    done = subprocess.run(
        [sys.executable, "-m", "reviewer", "check", str(seeds), "--format", "json"]
        + ["--fail-on", "info"],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert (done.returncode, done.stdout, done.stderr) == (1, expected, "")
    assert list((tmp_path / "cache").glob("patterns-*.pickle"))


def test_version_and_help():
    assert run("--version").stdout.startswith("reviewer ")
    for command in ([], ["check"], ["align"], ["export"], ["merge"]):
        result = run(*command, "--help")
        assert result.returncode == 0 and "usage:" in result.stdout


def test_align_prints_beads_covering_both_files(tmp_path):
    src = tmp_path / "src.txt"
    tgt = tmp_path / "tgt.txt"
    src.write_text("Eins.\nZwei.\nDrei.\n", encoding="utf-8")
    tgt.write_text("Un.\nDeux.\n", encoding="utf-8")
    result = run("align", str(src), str(tgt))
    assert result.returncode == 0
    beads = [
        tuple(json.loads(side) for side in line.split(":")) for line in result.stdout.splitlines()
    ]
    assert [i for s, _ in beads for i in s] == [0, 1, 2]
    assert [i for _, t in beads for i in t] == [0, 1]


def test_export_output_that_cannot_be_written_says_why_not_the_apps_words(tmp_path, seeds, capsys):
    # Export holds nothing in memory: the app's "your annotations are still in memory" misleads.
    if os.geteuid() == 0:
        pytest.skip("root writes into a read-only folder")
    (tmp_path / "ro").mkdir()
    (tmp_path / "ro").chmod(0o500)
    target = tmp_path / "ro" / "out.tsv"
    try:
        code = main(["export", str(seeds), "--format", "tsv", "--output", str(target)])
    finally:
        (tmp_path / "ro").chmod(0o700)
    assert code == 2
    err = capsys.readouterr().err
    assert err.startswith(f"reviewer: --output {target}: could not write")
    assert "in memory" not in err and len(err.strip().splitlines()) == 1


# --- issue 14: --output and --annotations ---------------------------------------------------


def test_export_output_to_a_special_file_writes_to_it_never_replaces_it(tmp_path, seeds):
    """A device node became a regular file (as root, `--output /dev/null` replaced it)."""
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    reader = subprocess.Popen(["cat", str(fifo)], stdout=subprocess.PIPE)
    assert main(["export", str(seeds), "--format", "jsonl", "--output", str(fifo)]) == 0
    out, _ = reader.communicate(timeout=30)
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)  # still a FIFO
    assert all(json.loads(line)["group"] for line in out.decode().splitlines())
    assert main(["export", str(seeds), "--format", "tsv", "--output", os.devnull]) == 0
    assert stat.S_ISCHR(os.stat(os.devnull).st_mode)


def test_export_output_dev_stdout_is_standard_output(tmp_path, seeds):
    result = run("export", str(seeds), "--format", "tsv", "--output", "/dev/stdout")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("group\trow\t")
    with open(tmp_path / "log", "w") as log:  # appended to, never rewritten from its start
        log.write("before\n")
        log.flush()
        with open(tmp_path / "log", "a") as appending:
            subprocess.run(
                [sys.executable, "-m", "reviewer", "export", str(seeds), "--output", "-"],
                stdout=appending,
                check=True,
            )
    assert (tmp_path / "log").read_text(encoding="utf-8").startswith("before\nschema = ")


def test_export_output_in_a_missing_folder_is_an_error(tmp_path, seeds, capsys):
    target = tmp_path / "no" / "such" / "out.tsv"
    assert main(["export", str(seeds), "--format", "tsv", "--output", str(target)]) == 2
    err = capsys.readouterr().err
    assert "does not exist" in err and len(err.strip().splitlines()) == 1
    assert not (tmp_path / "no").exists()
    assert main(["export", str(seeds), "--output", str(tmp_path)]) == 2
    assert "is a folder" in capsys.readouterr().err


def test_export_annotations_folder_missing_is_an_error_and_empty_a_warning(tmp_path, seeds, capsys):
    missing = tmp_path / "typo"
    assert main(["export", str(seeds), "--annotations", str(missing)]) == 2
    assert "no such folder" in capsys.readouterr().err
    empty = tmp_path / "empty"
    empty.mkdir()
    assert main(["export", str(seeds), "--format", "tsv", "--annotations", str(empty)]) == 0
    captured = capsys.readouterr()
    assert "warning" in captured.err and "holds no annotation files" in captured.err
    assert captured.out.startswith("group\t")


# --- issue 14, item 15: the command line -----------------------------------------------------


@pytest.mark.parametrize("command", ["check", "export"])
def test_an_unknown_option_of_a_command_points_to_that_commands_help(seeds, command):
    result = run(command, "--bogus", str(seeds))
    assert result.returncode == 2
    assert result.stderr == (
        f"reviewer {command}: unrecognized arguments: --bogus (see reviewer {command} --help)\n"
    )


def test_a_mistyped_command_is_suggested_before_it_is_tried_as_a_path(
    tmp_path, seeds, monkeypatch, capsys
):
    result = run("chekc", str(seeds), cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.strip() == (
        "reviewer: chekc: no such command or file; did you mean `reviewer check`?"
    )
    monkeypatch.chdir(tmp_path)
    (tmp_path / "chekc").mkdir()  # a folder by that name is a path after all
    (tmp_path / "chekc" / "a.txt").write_text("Une phrase.\n", encoding="utf-8")
    opened = []
    monkeypatch.setattr("reviewer.tui.app.ReviewerApp.run", lambda self: opened.append(self))
    assert main(["chekc", "--annotations", str(tmp_path / "notes")]) == 0
    assert len(opened) == 1 and "did you mean" not in capsys.readouterr().err


def test_top_level_help_shows_the_apps_options():
    result = run("--help")
    assert result.returncode == 0
    for option in ("--keys FILE", "--annotations DIR", "--reviewer NAME", "--encoding"):
        assert option in result.stdout


def test_align_reports_a_missing_file_in_one_line(tmp_path):
    other = tmp_path / "b.txt"
    other.write_text("x\n", encoding="utf-8")
    result = run("align", str(tmp_path / "a.txt"), str(other))
    assert result.returncode == 2
    assert result.stderr == f"reviewer: {tmp_path / 'a.txt'}: no such file or folder\n"


def test_fail_on_info_fails_on_any_finding_and_critical_says_why_not(seeds, capsys):
    assert main(["check", str(seeds), "--fail-on", "info"]) == 1  # the seeds have findings
    capsys.readouterr()
    with pytest.raises(SystemExit) as caught:
        main(["check", str(seeds), "--fail-on", "critical"])
    assert caught.value.code == 2
    err = capsys.readouterr().err
    assert "never critical" in err and "use --fail-on major" in err


@pytest.mark.parametrize("command", [["check"], ["export", "--format", "tsv"]])
def test_a_reader_that_goes_away_ends_the_command_quietly(command):
    # `reviewer check DIR | head -1`: the pipe closes before the report is written.
    from tests.conftest import SEEDS

    process = subprocess.Popen(
        [sys.executable, "-m", "reviewer", command[0], str(SEEDS), *command[1:]],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    process.stdout.close()  # before it writes anything: its first write finds no reader
    stderr = process.stderr.read().decode()
    assert process.wait() == 141
    assert stderr == ""


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs Linux's /dev/full")
@pytest.mark.parametrize("command", [["check"], ["check", "--format", "json"], ["align"]])
def test_a_full_disk_under_the_output_is_one_line_not_a_traceback(command, tmp_path):
    """`reviewer check DIR > report.json` on a full disk ended in a traceback (fuzz32)."""
    from tests.conftest import SEEDS

    if command[0] == "align":
        src, tgt = tmp_path / "a.txt", tmp_path / "b.txt"
        src.write_text("One.\nTwo.\n", encoding="utf-8")
        tgt.write_text("Un.\nDeux.\n", encoding="utf-8")
        args = ["align", str(src), str(tgt)]
    else:
        args = [command[0], str(SEEDS), *command[1:]]
    with open("/dev/full", "wb") as full:
        result = subprocess.run(
            [sys.executable, "-m", "reviewer", *args], stdout=full, stderr=subprocess.PIPE
        )
    stderr = result.stderr.decode()
    assert result.returncode == 74
    assert "Traceback" not in stderr
    assert stderr.strip() == "reviewer: cannot write the output: No space left on device"


def test_every_command_that_reads_folders_names_every_kind_of_file_they_are_read_for() -> None:
    # folders are read for .html pages since stop 40; the help still said .txt, .srt, .vtt
    from reviewer.cli import build_parser
    from reviewer.core.loading import SUFFIXES

    parser = build_parser()
    helps = [
        action.help
        for sub in parser.subcommands.values()
        for action in sub._actions
        if action.dest == "paths"
    ]
    assert len(helps) >= 3
    for text in helps:
        for suffix in (s for s in SUFFIXES if s != ".htm"):
            assert suffix in text, (suffix, text)
