"""`reviewer check seeds` starts without what it does not use (issue 13: under 0.3 s): with its
caches warm it imports neither `regex`'s pure-Python compiler (the patterns come from the
store), nor tomllib (the data files' tables are kept; annotation and grouping files are read
only where there are some), nor OpenSSL's hashlib (the digests are CPython's own SHA-256),
nor py3langid's module with its logging and temporary files (language.py scores with the
model's arrays itself); and what it writes is the same with the caches cold or warm."""

import os
import subprocess
import sys

_PROBE = """
import contextlib, io, sys
from reviewer.cli import main
with contextlib.redirect_stdout(io.StringIO()) as out:
    main(['check', {seeds!r}, '--format', 'json'])
sys.stderr.write(out.getvalue())
print(','.join(sorted(sys.modules)))
"""


def test_a_warm_check_of_the_seeds_imports_no_compiler_no_toml_no_openssl(seeds, tmp_path):
    env = {
        **os.environ,
        "REVIEWER_CACHE_DIR": str(tmp_path / "cache"),
        "REVIEWER_DATA_DIR": str(tmp_path / "data"),
    }
    code = _PROBE.format(seeds=str(seeds))
    runs = []
    for _ in range(2):  # the first run fills the caches; the second reads them
        result = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
        )
        runs.append((set(result.stdout.strip().split(",")), result.stderr))
    (first, cold), (second, warm) = runs
    assert "regex" in first  # the probe sees the compiler where patterns had to be compiled
    assert warm == cold and '"groups"' in warm
    assert "reviewer.core.checks" in second and "regex._regex" in second
    heavy = {"regex", "regex._main", "regex._regex_core", "tomllib", "hashlib", "_hashlib"}
    heavy |= {"py3langid.langid", "logging", "tempfile"}  # language.py scores by itself
    assert second & heavy == set()
