"""`python -m reviewer` runs the same command line as the `reviewer` script."""

from reviewer.cli import run

raise SystemExit(run())
