"""`reviewer align` on many pairs in one process: a list file, or two folders."""

from reviewer.cli import main

EN = "The council met on Monday.\nIt approved 12 new schools.\nThe vote was close.\n"
FR = "Le conseil s'est réuni lundi.\nIl a approuvé 12 nouvelles écoles.\nLe vote fut serré.\n"
DE = "Der Rat tagte am Montag.\nEr billigte 12 neue Schulen und den Haushalt.\n"


def _write(folder, name, text):
    folder.mkdir(exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")


def _beads(capsys, *args):
    assert main(["align", *args]) == 0
    return capsys.readouterr().out


def test_two_folders_align_files_of_the_same_name(tmp_path, capsys):
    _write(tmp_path / "src", "a.txt", EN)
    _write(tmp_path / "tgt", "a.txt", FR)
    _write(tmp_path / "src", "b.txt", EN)
    _write(tmp_path / "tgt", "b.txt", DE)
    _write(tmp_path / "src", "only-here.txt", EN)
    one_a = _beads(capsys, str(tmp_path / "src/a.txt"), str(tmp_path / "tgt/a.txt"))
    one_b = _beads(capsys, str(tmp_path / "src/b.txt"), str(tmp_path / "tgt/b.txt"))
    many = _beads(capsys, str(tmp_path / "src"), str(tmp_path / "tgt"))
    assert many == (
        f"# {tmp_path / 'src/a.txt'}\t{tmp_path / 'tgt/a.txt'}\n{one_a}"
        f"# {tmp_path / 'src/b.txt'}\t{tmp_path / 'tgt/b.txt'}\n{one_b}"
    )
    assert one_a != one_b


def test_a_pairs_file_names_paths_from_its_folder(tmp_path, capsys):
    _write(tmp_path, "en.txt", EN)
    _write(tmp_path, "fr.txt", FR)
    _write(tmp_path, "de.txt", DE)
    (tmp_path / "pairs.txt").write_text("en.txt\tfr.txt\n\n# a comment\nen.txt de.txt\n")
    out = _beads(capsys, "--pairs", str(tmp_path / "pairs.txt"))
    heads = [line for line in out.splitlines() if line.startswith("#")]
    assert heads == [
        f"# {tmp_path / 'en.txt'}\t{tmp_path / 'fr.txt'}",
        f"# {tmp_path / 'en.txt'}\t{tmp_path / 'de.txt'}",
    ]
    assert (
        out.split(heads[1])[1].strip()
        == _beads(capsys, str(tmp_path / "en.txt"), str(tmp_path / "de.txt")).strip()
    )


def test_an_unreadable_pair_is_named_and_the_others_aligned(tmp_path, capsys):
    _write(tmp_path, "en.txt", EN)
    _write(tmp_path, "fr.txt", FR)
    (tmp_path / "pairs.txt").write_text("en.txt missing.txt\nen.txt fr.txt\n")
    assert main(["align", "--pairs", str(tmp_path / "pairs.txt")]) == 2
    captured = capsys.readouterr()
    assert "missing.txt" in captured.err
    assert captured.out.count("[2]:[2]") == 1


def test_a_malformed_pairs_file_is_a_usage_error(tmp_path, capsys):
    (tmp_path / "pairs.txt").write_text("one two three\n")
    assert main(["align", "--pairs", str(tmp_path / "pairs.txt")]) == 2
    assert "line 1" in capsys.readouterr().err
    assert main(["align", str(tmp_path)]) == 2
    assert "SRC TGT" in capsys.readouterr().err


def test_the_process_ends_at_once_with_its_output_and_its_exit_handlers(tmp_path, capsys):
    """`python -m reviewer align` skips the interpreter's teardown (cli.run): the beads are
    all written, the exit status kept, and the exit handlers still run (the pattern store is
    written into a new cache folder)."""
    import os
    import subprocess
    import sys

    _write(tmp_path, "en.txt", EN)
    _write(tmp_path, "fr.txt", FR)
    pair = [str(tmp_path / "en.txt"), str(tmp_path / "fr.txt")]
    expected = _beads(capsys, "--costs", *pair)
    cache = tmp_path / "cache"
    env = dict(os.environ, REVIEWER_CACHE_DIR=str(cache))
    done = subprocess.run(
        [sys.executable, "-m", "reviewer", "align", "--costs", *pair],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert (done.returncode, done.stdout, done.stderr) == (0, expected, "")
    assert list(cache.glob("patterns-*.pickle"))
    missing = subprocess.run(
        [sys.executable, "-m", "reviewer", "align", pair[0], str(tmp_path / "absent.txt")],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert missing.returncode == 2 and "absent.txt: no such file" in missing.stderr


def test_the_aligner_makes_no_reference_cycles(tmp_path):
    """`reviewer align` turns the cyclic collector off (cli._align_command): what it aligns
    must leave no cycles behind, however many pairs it is given."""
    import gc

    from reviewer.core.aligning import align_pair_costs

    src = [line for line in (EN * 3).splitlines() if line]
    tgt = [line for line in (FR * 3).splitlines() if line][:-1]
    gc.collect()
    gc.disable()
    try:
        align_pair_costs(src, tgt, src_lang="en", tgt_lang="fr")
        align_pair_costs(tgt, src)
        assert gc.collect() == 0
    finally:
        gc.enable()
