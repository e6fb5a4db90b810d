"""A copy of this checkout with some modules compiled by Cython, to measure what compiling
gives (BENCHMARKS.md, "speed15"): not a build of the product, which stays pure Python.

    python bench/compile_study.py OUT [MODULE ...]   (default: the hot modules below)

copies `reviewer/` to OUT/reviewer and compiles the named modules of reviewer/core there, in
place, from their unchanged .py files (Cython's `annotation_typing` off: the annotations are
not types Cython may enforce, `x: set[str] = frozenset()` is allowed here). Then run anything
against the copy with `PYTHONPATH=OUT` (`bench/check_scale.py --root OUT`, or a harness). Needs
Cython and a C compiler (`pip install cython`); the copy's .so files shadow its .py files, so
rebuild it after any change to the sources.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# The modules of the align-and-check stage and the front, by their share of the profile.
HOT = (
    "aligning",
    "checks",
    "checks_names",
    "checks_numbers",
    "evidence",
    "number_words",
    "lexical",
    "group_alignment",
    "language",
    "segmenting",
    "boilerplate",
    "grouping_features",
    "grouping",
)

_SETUP = """
import sys
from Cython.Build import cythonize
from setuptools import setup

setup(
    name="compile-study",
    ext_modules=cythonize(
        sys.argv[3:],
        compiler_directives={"language_level": 3, "annotation_typing": False},
        nthreads=2,
        quiet=True,
    ),
    script_args=["build_ext", "--inplace", "-j", "2"],
)
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("modules", nargs="*", default=list(HOT))
    args = parser.parse_args()
    target = args.out / "reviewer"
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(ROOT / "reviewer", target, ignore=shutil.ignore_patterns("__pycache__"))
    (args.out / "setup_study.py").write_text(_SETUP)
    sources = [f"reviewer/core/{name}.py" for name in args.modules]
    subprocess.run(
        [sys.executable, "setup_study.py", "build_ext", "--inplace", *sources],
        cwd=args.out,
        check=True,
    )


if __name__ == "__main__":
    main()
