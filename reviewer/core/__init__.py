"""The headless core: every stage from files to checked alignments (no textual, no rich)."""

from reviewer.core import dataclass_code as _dataclass_code

_dataclass_code.install()  # before any module of ours makes a dataclass
