"""Lines of code and commands, which every translation keeps as they are.

Software documentation puts commands between its sentences (`pip install --upgrade
tessera==2.4.1`). Such a line is neither boilerplate (a version number changed in one
translation must be seen) nor untranslated, and its length says nothing of the language
pair's. A line is code when it does not end like a sentence, is mostly ASCII, and shows one
sure sign of code (a shell prompt, `name==version`, a call `f(x)`, a URL scheme, braces, a
command-line tool first: pip, git, docker ...) or
two weaker ones (a `--flag` or `-f`, a path, a dotted name, `key=value`, `snake_case`).
"""

from __future__ import annotations

from functools import lru_cache

from reviewer.core import pattern_cache

_SURE = pattern_cache.compile_re(
    # (a call and a URL scheme are looked for from the start of a run of name characters only,
    # once each: tried from every start, a line of 100,000 such characters took 26-77 s)
    # (a root prompt "# " before what a command starts with: "# Installation" heads Markdown)
    r"^\s*(?:\$|>>>|PS>)\s+\S|^\s*#\s+[a-z./~]|\w==\S|\{[^{}]*\}"
    # (a call's name holds a lower-case letter or an underscore: WHO(2024), GDP(2023) are an
    # acronym and a year in prose)
    r"|(?<![\w.])(?=[\w.]*+\([^()]*\))(?=[A-Z0-9.]*+[a-z_])(?:[A-Za-z_]|[\w.]*?\.[A-Za-z_])"
    r"|(?<![a-z+.-])[+.-]*+[a-z][a-z+.-]*+://\S"
    # a command-line tool no sentence opens with, and its arguments
    r"|^\s*(?:pip3?|npm|npx|yarn|git|docker|kubectl|sudo|apt(?:-get)?|brew|conda|python3?|node"
    r"|cargo|curl|wget|chmod|mkdir|ssh)\s+\S"
)
_WEAK = (
    pattern_cache.compile_re(r"(?:^|\s)--?[A-Za-z][\w-]*"),
    pattern_cache.compile_re(r"(?:^|\s)\.{0,2}/\w[\w.-]*/|\w/\w[\w.-]*\.\w+"),
    pattern_cache.compile_re(r"\b[a-z_]\w*\.[a-z_]\w*\.[a-z_]\w*"),
    pattern_cache.compile_re(r"\b\w+=\S"),
    pattern_cache.compile_re(r"\b[a-z]+_[a-z_]+\b"),
)
_SENTENCE_END = (".", "!", "?", "。", "！", "？", "…", "।")
ASCII_SHARE = 0.8  # of the line's characters other than spaces


@lru_cache(maxsize=4096)
def is_code(text: str) -> bool:
    """Whether `text` (one line or segment) is a line of code or a command."""
    line = text.strip()
    if not line or line.endswith(_SENTENCE_END):
        return False
    visible = [c for c in line if not c.isspace()]
    if sum(c.isascii() for c in visible) < ASCII_SHARE * len(visible):
        return False
    if _SURE.search(line):
        return True
    return sum(1 for weak in _WEAK if weak.search(line)) >= 2
