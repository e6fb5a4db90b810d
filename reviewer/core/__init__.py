"""The headless core: every stage from files to checked alignments (no textual, no rich)."""
