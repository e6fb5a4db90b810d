"""Make untrusted document text safe to put on a terminal, visibly.

Document text is data, never instructions: an escape sequence could move the cursor or change
the title, a bidi override could make a sentence read differently from what it holds, and a
zero-width character could hide a difference between two versions. Every such code point is
replaced by a visible placeholder (`␛`, `⟨U+202E⟩`) so the reviewer sees that it is there.

This runs at the edge, just before text is drawn; spans computed on the original text are
carried over with `sanitize_with_offsets`. Pure functions, no terminal library.
"""

from __future__ import annotations

import re

from reviewer.core import pattern_cache

# Code points that are replaced, as inclusive ranges, each with why.
UNSAFE_RANGES: tuple[tuple[int, int, str], ...] = (
    (0x0000, 0x001F, "C0 controls, ESC (0x1B) starts terminal escape sequences"),
    (0x007F, 0x009F, "DEL and C1 controls (0x9B is a one-byte CSI on some terminals)"),
    (0x00AD, 0x00AD, "soft hyphen: invisible, width differs between terminals"),
    (0x061C, 0x061C, "Arabic letter mark (bidi)"),
    (0x115F, 0x1160, "Hangul fillers: invisible"),
    (0x180E, 0x180E, "Mongolian vowel separator: zero width"),
    (0x200B, 0x200F, "zero-width space, non-joiner, joiner; LRM, RLM (bidi)"),
    (0x2028, 0x2029, "line and paragraph separators"),
    (0x202A, 0x202E, "bidi embeddings and overrides"),
    (0x2060, 0x2064, "word joiner and invisible operators"),
    (0x2066, 0x206F, "bidi isolates and deprecated format characters"),
    (0xD800, 0xDFFF, "lone surrogates: cannot be encoded for the terminal"),
    (0xFE00, 0xFE0F, "variation selectors: zero width"),
    (0xFEFF, 0xFEFF, "zero-width no-break space (BOM)"),
    (0xFFF9, 0xFFFB, "interlinear annotation controls"),
    (0xE0000, 0xE007F, "tag characters: invisible"),
)

_CLASS = "".join(
    f"\\U{low:08x}" if low == high else f"\\U{low:08x}-\\U{high:08x}"
    for low, high, _ in UNSAFE_RANGES
)
_UNSAFE = pattern_cache.compile_re(f"[{_CLASS}]")


def is_unsafe(char: str) -> bool:
    """True when `char` (one code point) would be replaced."""
    return _UNSAFE.match(char) is not None


def placeholder(char: str) -> str:
    """The visible stand-in for one unsafe code point."""
    code = ord(char)
    if code < 0x20:
        return chr(0x2400 + code)  # Control Pictures block: ␀ … ␛ … ␟
    if code == 0x7F:
        return "␡"
    return f"⟨U+{code:04X}⟩"


def sanitize(text: str) -> str:
    """`text` with every unsafe code point replaced by its placeholder."""
    if _UNSAFE.search(text) is None:
        return text
    return _UNSAFE.sub(lambda match: placeholder(match.group()), text)


def sanitize_with_offsets(text: str) -> tuple[str, list[int]]:
    """The sanitised text and where each input offset lands in it.

    `offsets[i]` is the output offset of input character `i`; `offsets[len(text)]` is the
    output's length, so a span `(a, b)` of the input becomes `(offsets[a], offsets[b])`.
    """
    if _UNSAFE.search(text) is None:
        return text, list(range(len(text) + 1))
    parts: list[str] = []
    offsets: list[int] = []
    position = 0
    for char in text:
        offsets.append(position)
        shown = placeholder(char) if _UNSAFE.match(char) else char
        parts.append(shown)
        position += len(shown)
    offsets.append(position)
    return "".join(parts), offsets


# --- the same code points in machine-readable output ---------------------------------------
#
# JSON, TOML and XML can write any character as an escape that reads back to the same string,
# so in those formats the unsafe code points above are written escaped: lossless, and a
# terminal that shows the file (`reviewer export` to standard output, `cat`) receives no
# control. Tab and newline stay: outside strings they are the formats' own layout, and inside
# strings the serialisers escape them already. Lone surrogates are left to the writers (JSON
# escapes them, TOML and XML cannot hold them and replace them first).

_ESCAPED = pattern_cache.compile_re(
    "["
    + "".join(
        f"\\U{low:08x}" if low == high else f"\\U{low:08x}-\\U{high:08x}"
        for low, high in (
            (0x00, 0x08),
            (0x0B, 0x1F),
            *((low, high) for low, high, _ in UNSAFE_RANGES[1:] if low != 0xD800),
        )
    )
    + "]"
)


def escape_unsafe(text: str, style: str) -> str:
    """`text` (a whole JSON, TOML or XML document) with every unsafe code point but tab and
    newline written as the format's escape: `\\u009b` (style "json", "toml"; beyond U+FFFF a
    JSON surrogate pair, a TOML `\\UXXXXXXXX`) or `&#x9B;` ("xml"). Only valid where these
    code points can occur inside strings, which is everywhere in a serialiser's output."""

    def one(match: re.Match) -> str:
        code = ord(match.group())
        if style == "xml":
            return f"&#x{code:X};"
        if code <= 0xFFFF:
            return f"\\u{code:04x}"
        if style == "toml":
            return f"\\U{code:08x}"
        code -= 0x10000
        return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"

    return _ESCAPED.sub(one, text)


_TSV_CONTROLS = pattern_cache.compile_re("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]")


def escape_controls(text: str) -> str:
    """Controls but tab and newline (C0, DEL, C1, U+2028/U+2029) as `\\uXXXX`, for formats with
    no escapes of their own (TSV): such a character only comes from a hostile document."""
    return _TSV_CONTROLS.sub(lambda match: f"\\u{ord(match.group()):04x}", text)
