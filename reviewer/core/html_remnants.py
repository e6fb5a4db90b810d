"""HTML left in scraped text: character references and tags, turned back into text.

Scrapers often keep some of the page's markup: `12&nbsp;km`, `the city&#39;s`, `&euro;18.5
million`, `<p>…</p>` around each paragraph. Read as text, `&#39;` was the number 39 (a false
major `number-mismatch` in every row that held an apostrophe), `9&nbsp;000` was 9 and 000, a
sentence after `<p>` was no sentence start (its first word a name), and a French version full
of them was left out of its group. Only what is surely markup is changed: references with
their semicolon (`&amp;`, `&#39;`, `&#x2019;`; `R&D`, `AT&T` stay), and the tags of HTML's
text elements (`<p>`, `<br/>`, `</div>`, `<a href=…>`; `<3`, `a <b> c` in an equation with no
closing tag would stay where fewer than two are found). Tags that end a block become a line
break, so that a page on one line keeps its paragraphs. The document's warnings say what was
changed; its sha256 stays that of the file's bytes.
"""

from __future__ import annotations

import unicodedata
from typing import TYPE_CHECKING

from reviewer.core import pattern_cache

if TYPE_CHECKING:
    import regex

# A character reference with its semicolon: named (&nbsp;), decimal (&#39;), hexadecimal.
_REFERENCE = pattern_cache.compile(
    r"&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});"
)
_BLOCK = (
    "p|div|br|li|ul|ol|dl|dt|dd|h[1-6]|tr|table|thead|tbody|blockquote|section|article|header"
    "|footer|nav|aside|figure|figcaption|main|hr|pre"
)
_INLINE = "a|b|i|u|s|em|strong|span|small|sup|sub|font|img|abbr|cite|code|mark|q|time"
# A table's cells are apart on the page: removed with nothing between, "<td>2023</td><td>45"
# was the number 202345 (review30).
_CELL = "td|th"
_TAG = pattern_cache.compile(
    rf"</?(?:({_BLOCK})|({_CELL})|(?:{_INLINE}))(?:\s[^<>]{{0,500}})?/?>", pattern_cache.IGNORECASE
)
LEAST = 2  # markup found fewer times than this is left as it is (one "<b>" may be prose)


# A whole page saved as it was served (`reviewer check page.html`): its head (title, metadata),
# scripts, styles and comments are no text of the article, and the page's own tags (html, body,
# meta, link) none of HTML's text elements. Before, each was a row of its own: "<script>
# window.dataLayer…" was an `extra` in three versions (stop 40).
# A page opens with its doctype or html tag (after an XML declaration or comments): a text that
# only quotes "<head>" (a tutorial) is no page.
_PAGE = pattern_cache.compile(
    r"(?s)\A\s*(?:<\?xml[^>]{0,200}>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b",
    pattern_cache.IGNORECASE,
)
# What is no text of a page, each removed whole: a comment; an element with its content
# (script, style, ...); the doctype; the page's own tags (html, head, body, meta, ...).
# Read by `_without_page_parts` rather than as one pattern with `.*?`, which read the rest of
# the page again at each opening tag that is never closed (quadratic: 40,000 unclosed
# `<script>` in 800 kB took 31 s, stop 40's final read).
_NOT_TEXT_START = pattern_cache.compile(
    r"<(?:!--|!doctype|/?(?:html|head|body|meta|link|base|title)\b"
    r"|(?:script|style|noscript|template|svg|iframe)\b)",
    pattern_cache.IGNORECASE,
)
_ELEMENT = pattern_cache.compile(
    r"<(script|style|noscript|template|svg|head|iframe)\b", pattern_cache.IGNORECASE
)
_DOCTYPE = pattern_cache.compile(r"<!doctype", pattern_cache.IGNORECASE)
_PAGE_TAG = pattern_cache.compile(
    r"</?(?:html|head|body|meta|link|base|title)\b[^>]{0,2000}>", pattern_cache.IGNORECASE
)


def clean(text: str) -> tuple[str, tuple[str, ...]]:
    """`text` with its HTML character references decoded and its tags removed, and a warning
    for each kind changed."""
    if "&" not in text and "<" not in text:
        return text, ()
    warnings = []
    if "<" in text and _PAGE.match(text):
        text = _without_page_parts(text)
        warnings.append("a whole HTML page: its head, scripts, styles and comments removed")
    tags = list(_TAG.finditer(text)) if "<" in text else []
    if len(tags) >= LEAST:
        parts, at = [], 0
        for tag in tags:
            parts.append(text[at : tag.start()])
            parts.append("\n" if tag.group(1) else " " if tag.group(2) else "")
            at = tag.end()
        parts.append(text[at:])
        text = "".join(parts)
        warnings.append(f"{len(tags)} HTML tags removed")
    if "&" in text:
        decoded = 0

        def decode(match: regex.Match[str]) -> str:
            nonlocal decoded
            value = _decoded(match.group())
            decoded += value != match.group()
            return value

        replaced = _REFERENCE.sub(decode, text)  # each reference decoded once
        if decoded >= LEAST:
            text = replaced
            warnings.append(f"{decoded} HTML character references decoded")
    return text, tuple(warnings)


def _without_page_parts(text: str) -> str:
    """`text` with each of a page's parts that are no text (see `_NOT_TEXT_START`) put as a
    line break, the first that fits at each place: a comment to its first `-->`, an element
    to its first closing tag, the doctype to its first `>`, a page tag of 2,000 characters at
    most. A closing mark looked for and not found after one place is not found after a later
    one: it is looked for once."""
    parts: list[str] = []
    at = pos = 0
    missing: dict[str, int] = {}  # closing mark -> where it was looked for from, in vain
    next_gt = [-1, -1]  # where a `>` was looked for from, and where the first one stands

    def find(mark: str, start: int, search) -> int:
        """Where `search(start)` finds `mark` (-1: nowhere), asking it once after a miss."""
        if start >= missing.get(mark, len(text) + 1):
            return -1
        found = search(start)
        if found < 0:
            missing[mark] = start
        return found

    def gt(start: int) -> int:
        if next_gt[0] <= start <= next_gt[1]:
            return next_gt[1]
        found = find(">", start, lambda s: text.find(">", s))
        if found >= 0:
            next_gt[:] = [start, found]
        return found

    while (candidate := _NOT_TEXT_START.search(text, pos)) is not None:
        start = end = candidate.start()
        if text.startswith("<!--", start):
            close = find("-->", start + 4, lambda s: text.find("-->", s))
            end = close + 3 if close >= 0 else start
        elif (element := _ELEMENT.match(text, start)) is not None and (
            (opened := gt(element.end())) >= 0
        ):
            name = element.group(1)
            closing = pattern_cache.compile(
                r"</" + pattern_cache.escape(name) + r"\s*>", pattern_cache.IGNORECASE
            )

            def search(s: int, closing=closing) -> int:
                found = closing.search(text, s)
                return -1 if found is None else found.start()

            close = find("</" + name.casefold(), opened + 1, search)
            end = closing.match(text, close).end() if close >= 0 else start
        if end == start and (doctype := _DOCTYPE.match(text, start)) is not None:
            close = gt(doctype.end())
            end = close + 1 if close >= 0 else start
        if end == start and (tag := _PAGE_TAG.match(text, start)) is not None:
            end = tag.end()
        if end == start:
            pos = start + 1
            continue
        parts += (text[at:start], "\n")
        at = pos = end
    parts.append(text[at:])
    return "".join(parts)


def _decoded(reference: str) -> str:
    """The character(s) a reference stands for; the reference itself where that would be a
    control character (`&#27;` is ESC: decoded, it would reach the terminal) or nothing."""
    import html  # (only for a text with a reference: its entity table is 2 ms of every start)

    value = html.unescape(reference)
    if value == reference or not value:
        return reference
    if any(
        unicodedata.category(c) in ("Cc", "Cf", "Cs", "Co", "Cn") and c not in "\t\n" for c in value
    ):
        return reference
    return value
