"""The core is headless: importing it must not load textual or rich."""

import os
import subprocess
import sys


def test_core_imports_neither_textual_nor_rich():
    code = (
        "import sys, pkgutil, importlib, reviewer.core\n"
        "for m in pkgutil.iter_modules(reviewer.core.__path__):\n"
        "    importlib.import_module('reviewer.core.' + m.name)\n"
        "import reviewer.cli\n"
        "bad = sorted(n for n in sys.modules if n.split('.')[0] in {'textual', 'rich'})\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""


# What a small `reviewer` command must not pay for before it needs it (issue 13: start-up).
HEAVY = ("numpy", "textual", "rich", "rapidfuzz", "regex", "tomli_w", "multiprocessing")


def _loaded_after(code: str) -> set[str]:
    probe = (
        f"import sys\n{code}\n"
        f"print(','.join(sorted({{n.split('.')[0] for n in sys.modules}} & set({HEAVY!r}))))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    )
    return set(filter(None, result.stdout.strip().split(",")))


def test_importing_the_command_line_loads_nothing_heavy():
    assert _loaded_after("import reviewer.cli") == set()


def test_help_and_version_load_nothing_heavy():
    for flag in ("--help", "--version", "check --help", "align --help"):
        code = (
            "import contextlib, io\n"
            "from reviewer.cli import main\n"
            "with contextlib.redirect_stdout(io.StringIO()):\n"
            "    try:\n"
            f"        main({flag.split()!r})\n"
            "    except SystemExit:\n"
            "        pass"
        )
        assert _loaded_after(code) == set(), flag


def test_a_small_check_starts_no_process_pool(seeds):
    code = (
        "import contextlib, io\n"
        "from reviewer.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    main(['check', {str(seeds)!r}])"
    )
    loaded = _loaded_after(code)
    assert "multiprocessing" not in loaded and "textual" not in loaded
    assert "numpy" in loaded  # the probe sees what a check imports


def test_align_on_one_pair_loads_only_what_aligning_needs(tmp_path):
    """`reviewer align SRC TGT` (issue 13: within 3 times hunalign's time as a whole process)
    loads no module the aligner does not use: not the app's, not the checks', not the worker
    pool, not OpenSSL (the caches' digests are CPython's own SHA-256), not anyascii through
    importlib.resources (transliteration.py reads its tables), not json."""
    src, tgt = tmp_path / "a.de", tmp_path / "a.fr"
    src.write_text("Der Bericht kam am 12. März 2024.\nZürich zahlte 1.500 Franken.\n")
    tgt.write_text("Le rapport est arrivé le 12 mars 2024.\nZurich a payé 1500 francs.\n")
    code = (
        "import contextlib, io, sys\n"
        "from reviewer.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()) as out:\n"
        f"    main(['align', {str(src)!r}, {str(tgt)!r}])\n"
        "assert out.getvalue().count('\\n') == 2, out.getvalue()\n"
        "print(','.join(sorted(sys.modules)))\n"
    )
    env = {**os.environ, "REVIEWER_CACHE_DIR": str(tmp_path / "cache")}
    for _ in range(2):  # the first run fills the caches (patterns, data files, the model)
        result = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
        )
    loaded = set(result.stdout.strip().split(","))
    assert {"numpy", "rapidfuzz", "reviewer.core.aligning"} <= loaded  # the probe sees them
    unneeded = {
        "textual", "rich", "tomli_w", "multiprocessing", "concurrent", "reviewer.core.checks",
        "reviewer.core.session", "reviewer.core.semantic", "_hashlib", "hashlib", "anyascii",
        "importlib.resources", "json", "tomllib",
    }  # fmt: skip
    assert {name for name in loaded if name.split(".")[0] in unneeded or name in unneeded} == set()
