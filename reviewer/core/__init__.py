"""The headless core: every stage from files to checked alignments. Never imports textual or rich."""
