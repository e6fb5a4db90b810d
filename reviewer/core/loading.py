"""Files and folders -> decoded, normalised text, with a clear problem for every bad file.

Every text returned here is the *final* text of the document: BOM removed, CRLF and lone CR
turned into LF, and NFC-normalised (decomposed Vietnamese is common). All character offsets
downstream (segments, findings, annotation spans) refer to this normalised text, so nothing
else may normalise it again.

Bad input never raises: a file that cannot be used (binary, empty, too large, not a regular
file, a symlink out of its folder, unreadable, undecodable) or a missing path becomes a
`Problem` naming it and the reason, and every other file still loads.
"""

from __future__ import annotations

import codecs
import os
import stat
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from reviewer.core import html_remnants, pattern_cache, subtitles
from reviewer.core.model import Problem

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
SUFFIX = ".txt"
# What a folder is read for: text, subtitles, and web pages saved as they were served (a
# folder of scraped .html pages beside .txt ones was read for the .txt alone, silently: stop
# 40); html_remnants.py keeps a page's text.
SUFFIXES = (SUFFIX, ".html", ".htm", *subtitles.SUFFIXES)
# The kinds of problem of a file that is read all the same (`LoadedFile.notes`).
NOTE_KINDS = (subtitles.NOTE_KIND,)

# Byte-order marks, longest first: the UTF-32-LE mark begins with the UTF-16-LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_WIDE = ("utf-16", "utf-32")  # codec name prefixes for which NUL bytes are expected

# When charset-normalizer finds several legacy encodings equally plausible (short texts often
# decode without a single odd character in cp1250, cp1252 and cp1257 alike), take the one
# most used for the languages we review, in this order.
_PREFERRED_LEGACY = (
    "cp1252",
    "cp1258",
    "cp1251",
    "cp1250",
    "cp1254",
    "cp1253",
    "cp1256",
    "cp1255",
    "cp874",
    "cp1257",
    "latin_1",
)
# How much more chaos (charset-normalizer's mess ratio) a more coherent guess may have.
_CHAOS_MARGIN = 0.01
# A guessed legacy decoding with more control characters than this is binary after all.
_MAX_CONTROL_RATIO = 0.01
_ALLOWED_CONTROLS = frozenset("\t\n\r\f\v")

# `name.LANG.txt`: LANG an ISO 639-1 code, or a 639-2/3 code we can map to one.
_LANG_IN_NAME = pattern_cache.compile(
    r"^.+\.([A-Za-z]{2,3})\.(?:txt|srt|vtt|html?)$", pattern_cache.IGNORECASE
)
_ISO639_1 = frozenset(
    """aa ab ae af ak am an ar as av ay az ba be bg bi bm bn bo br bs ca ce ch co cr cs cu cv cy
    da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu
    hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb
    lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om
    or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw
    ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu
    """.split()
)
_ISO639_3_TO_1 = {
    "ara": "ar",
    "chi": "zh",
    "cmn": "zh",
    "deu": "de",
    "dut": "nl",
    "ell": "el",
    "eng": "en",
    "fra": "fr",
    "fre": "fr",
    "ger": "de",
    "gre": "el",
    "heb": "he",
    "hin": "hi",
    "ind": "id",
    "ita": "it",
    "jpn": "ja",
    "kor": "ko",
    "may": "ms",
    "msa": "ms",
    "nld": "nl",
    "pol": "pl",
    "por": "pt",
    "rus": "ru",
    "spa": "es",
    "tha": "th",
    "tur": "tr",
    "ukr": "uk",
    "vie": "vi",
    "zho": "zh",
}


@dataclass(frozen=True)
class LoadedFile:
    """A decoded file before language identification.

    `text` is final (no BOM, LF newlines, NFC): offsets computed on it are the offsets everyone
    uses. `sha256` is of the raw bytes, to notice a change on disk. `warnings` tell the user
    what was guessed (a legacy encoding, UTF-16 without a BOM).
    """

    path: str  # relative to the folder argument it was found under; a file argument: its name
    source: Path
    text: str
    encoding: str  # Python codec name: utf-8, utf-8-sig, utf-16-le, cp1252, cp1258 ...
    sha256: str
    lang_hint: str | None = None  # ISO 639-1, from a `name.LANG.txt` file name
    warnings: tuple[str, ...] = ()
    # What is wrong in a file read all the same (a malformed subtitle cue, subtitles.py):
    # `gather` makes each a problem of the file, beside the unreadable files.
    notes: tuple[str, ...] = ()
    subtitles: bool = False  # read as subtitles: paragraphs at its pauses (session.py)


@dataclass(frozen=True)
class LoadResult:
    files: tuple[LoadedFile, ...]
    problems: tuple[Problem, ...]


# Problems of one kind beyond this many are summarised: 50,000 empty files are one line on
# standard error (the JSON of `check` still lists every one).
SUMMARY_AFTER = 5
SUMMARY_NAMES = 3


_PROBLEM_END = pattern_cache.compile(r"[(:;]")


def problem_kind(message: str) -> str:
    """What a problem message says without its particulars: `too large (12,345 bytes; ...)`
    and `too large (over ...)` are one kind, `too large`."""
    return _PROBLEM_END.split(message, maxsplit=1)[0].strip() or message


def summarise_problems(problems: Sequence[Problem]) -> list[str]:
    """One line per problem (`PATH: message`), except for kinds met more than SUMMARY_AFTER
    times: one line with their count, the first few names and where to find them all."""
    kinds: dict[str, list[Problem]] = {}
    for problem in problems:
        kinds.setdefault(problem_kind(problem.message), []).append(problem)
    lines = []
    for kind, members in kinds.items():
        if len(members) <= SUMMARY_AFTER:
            lines.extend(str(p) for p in members)
            continue
        paths = list(dict.fromkeys(p.path for p in members))  # (notes: several of one file)
        names = ", ".join(paths[:SUMMARY_NAMES])
        more = f" and {len(paths) - SUMMARY_NAMES:,} more" if len(paths) > SUMMARY_NAMES else ""
        count = (
            f"{len(members):,} files"
            if len(paths) == len(members)
            else (f"{len(members):,} problems in {_count(len(paths), 'file')}")
        )
        lines.append(
            f"{count}: {kind} ({names}{more}; `reviewer check --format json` lists them all)"
        )
    return lines


def problem_lines(problems: Sequence[Problem]) -> list[str]:
    """`summarise_problems`, each line saying what became of the file: `skipped PATH: why`;
    a file read all the same (its notes, `LoadedFile.notes`) is not said to be skipped, and
    each of a few such files has its first notes written out."""
    notes: dict[str, list[Problem]] = {}
    skipped = []
    for problem in problems:
        if problem_kind(problem.message) in NOTE_KINDS:
            notes.setdefault(problem.path, []).append(problem)
        else:
            skipped.append(problem)
    lines = [f"skipped {line}" for line in summarise_problems(skipped)]
    if len(notes) > SUMMARY_AFTER:
        return lines + summarise_problems([p for each in notes.values() for p in each])
    for path, each in notes.items():
        lines.extend(map(str, each[:SUMMARY_AFTER]))
        if len(each) > SUMMARY_AFTER:
            lines.append(
                f"{path}: {_count(len(each) - SUMMARY_AFTER, 'more problem')} "
                "(`reviewer check --format json` lists them all)"
            )
    return lines


def problem_counts(problems: Sequence[Problem]) -> str:
    """`3 files skipped`, `1 file read with problems`, or both, for a status line."""
    noted = {p.path for p in problems if problem_kind(p.message) in NOTE_KINDS}
    skipped = sum(problem_kind(p.message) not in NOTE_KINDS for p in problems)
    said = [f"{_count(skipped, 'file')} skipped"] * bool(skipped)
    return ", ".join(said + [f"{_count(len(noted), 'file')} read with problems"] * bool(noted))


def _count(number: int, noun: str) -> str:
    return f"{number:,} {noun}" if number == 1 else f"{number:,} {noun}s"


class _Refused(Exception):
    """A file we will not load; its message is shown to the user."""


def check_encoding(name: str) -> str:
    """The canonical codec name for `name`, or LookupError with a message fit for the user."""
    try:
        return codecs.lookup(name).name
    except LookupError:
        raise LookupError(
            f"unknown encoding {name!r} (use a Python codec name such as utf-8, utf-16, "
            "cp1252, windows-1258, cp1251, shift_jis)"
        ) from None


def load_paths(
    paths: Sequence[str | Path],
    *,
    encoding: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> LoadResult:
    """Load every file argument and every `*.txt` (and `.html`, `.htm` pages, and `.srt`,
    `.vtt` subtitles, read by subtitles.py) under every folder argument (recursively,
    sorted, hidden files and folders skipped), each file once.

    `encoding` forces one codec for every file (an unknown name gives one problem and no file);
    otherwise each file's encoding is detected: BOM, UTF-16 without BOM, strict UTF-8, and only
    then a legacy 8-bit guess, recorded in the file's warnings.
    """
    planned = plan(paths, encoding=encoding, max_bytes=max_bytes)
    jobs = [item for item in planned if isinstance(item, LoadJob)]
    return gather(planned, [load(job) for job in jobs])[0]


@dataclass(frozen=True)
class LoadJob:
    """One file to read (`load`), as `plan` found it."""

    rel: str
    source: Path
    root: Path | None  # the folder argument it was found under
    real_root: str | None  # that folder, resolved
    encoding: str | None
    max_bytes: int


def plan(
    paths: Sequence[str | Path],
    *,
    encoding: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> list[Problem | LoadJob]:
    """What `load_paths` finds, in its order, before any file is read: a problem, or a file
    to `load`. The files can then be read anywhere (session.py reads them in its workers) and
    `gather`ed back into what `load_paths` returns."""
    if encoding is not None:
        try:
            encoding = check_encoding(encoding)
        except LookupError as error:
            return [Problem("--encoding", str(error))]
    planned: list[Problem | LoadJob] = []
    real_roots: dict[Path, str] = {}  # resolved once per folder argument, not once per file
    for arg in paths:
        for rel, source, root, problem in _candidates(Path(arg)):
            if problem is not None:
                planned.append(Problem(rel, problem))
                continue
            if root is not None and root not in real_roots:
                real_roots[root] = os.path.realpath(root)
            real_root = real_roots.get(root) if root is not None else None
            planned.append(LoadJob(rel, source, root, real_root, encoding, max_bytes))
    return _qualify_clashes(planned, paths)


def _qualify_clashes(
    planned: list[Problem | LoadJob], paths: Sequence[str | Path]
) -> list[Problem | LoadJob]:
    """Two files of one relative path under two arguments (`quake_a/de.txt`, `quake_b/de.txt`)
    are named with their argument in front: as `de.txt` both, their groups had one id and so
    one annotation file, and a reader could not tell them apart. The same file found twice
    (a path given twice, a link) is one file and keeps its name (`gather` keeps it once)."""
    jobs: dict[str, list[int]] = {}
    for index, item in enumerate(planned):
        if isinstance(item, LoadJob):
            jobs.setdefault(item.rel, []).append(index)
    if len(jobs) == sum(map(len, jobs.values())) or len(paths) < 2:
        return planned  # no relative path twice: nothing resolved
    for indices in jobs.values():
        if len({os.path.realpath(planned[i].source) for i in indices}) < 2:
            continue
        # each by its folder's own name (quake_a/de.txt), or, where two have one name (a/x,
        # b/x), by the argument as given, so that an absolute argument does not put the whole
        # path in the name and the group's id
        wheres = [_folder_of(planned[i]) for i in indices]
        names = [Path(where).name or where for where in wheres]
        if len(set(names)) < len(names):
            names = [os.path.normpath(where).replace(os.sep, "/") for where in wheres]
        for i, name in zip(indices, names, strict=True):
            planned[i] = replace(planned[i], rel=f"{name}/{planned[i].rel}")
    return planned


def _folder_of(job: LoadJob) -> str:
    """The folder argument a job was found under, or a file argument's folder."""
    return str(job.root if job.root is not None else job.source.parent)


def load(job: LoadJob) -> tuple[str, LoadedFile | Problem]:
    """The file's resolved path (to read each file once) and the file, or why it is not read."""
    real = os.path.realpath(job.source)
    try:
        return real, _load_one(
            job.rel, job.source, job.root, real, job.real_root, job.encoding, job.max_bytes
        )
    except _Refused as refused:
        return real, Problem(job.rel, str(refused))


def gather(
    planned: Sequence[Problem | LoadJob], loaded: Sequence[tuple[str, LoadedFile | Problem]]
) -> tuple[LoadResult, list[int]]:
    """`load_paths`'s result from `plan`'s and `load`'s (one for each job, in order), and the
    index in `loaded` of each file kept: a file found twice (a link, a path given twice) is
    kept once, where it was first found, and nothing of its second reading is."""
    files: list[LoadedFile] = []
    kept: list[int] = []
    problems: list[Problem] = []
    seen: set[str] = set()
    outcomes = iter(enumerate(loaded))
    for item in planned:
        if isinstance(item, Problem):
            problems.append(item)
            continue
        index, (real, outcome) = next(outcomes)
        if real in seen:
            continue
        seen.add(real)
        if isinstance(outcome, Problem):
            problems.append(outcome)
        else:
            files.append(outcome)
            kept.append(index)
            problems.extend(Problem(outcome.path, note) for note in outcome.notes)
    return LoadResult(tuple(files), tuple(problems)), kept


def _candidates(arg: Path) -> Iterator[tuple[str, Path, Path | None, str | None]]:
    """(relative path, source, folder argument or None, problem) for one command-line path."""
    try:
        info = os.stat(arg)
    except FileNotFoundError:
        kind = "a broken symlink" if os.path.islink(arg) else "no such file or folder"
        yield str(arg), arg, None, kind
        return
    except (OSError, ValueError) as error:  # ValueError: a NUL character in the path
        yield str(arg), arg, None, f"cannot read: {getattr(error, 'strerror', None) or error}"
        return
    if not stat.S_ISDIR(info.st_mode):
        yield arg.name or str(arg), arg, None, None
        return
    found: list[tuple[str, Path]] = []
    others: list[str] = []  # files not read, named when the folder has no `.txt` at all
    unreadable: list[tuple[str, str]] = []

    def on_error(error: OSError) -> None:
        where = os.path.relpath(error.filename, arg) if error.filename else str(arg)
        unreadable.append((where, f"cannot read folder: {error.strerror or error}"))

    for folder, dirs, names in os.walk(arg, onerror=on_error):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in names:
            if name.startswith("."):
                continue
            source = Path(folder, name)
            if not name.lower().endswith(SUFFIXES):
                others.append(source.relative_to(arg).as_posix())
                continue
            found.append((source.relative_to(arg).as_posix(), source))
    for where, message in unreadable:
        yield where, arg, None, message
    if not found and not unreadable:
        yield str(arg), arg, None, _nothing_to_read(sorted(others))
    for rel, source in sorted(found):
        yield rel, source, arg, None


def _nothing_to_read(others: list[str]) -> str:
    """What a folder argument without a `.txt` file says (a folder of README.*.md was "no
    document could be read", with no word of why)."""
    if not others:
        return f"no {SUFFIX} or .html file in this folder (it is empty)"
    named = ", ".join(others[:3]) + (", …" if len(others) > 3 else "")
    files = "file" if len(others) == 1 else "files"
    return (
        f"no {SUFFIX} or .html file in this folder, only {len(others)} other {files} ({named}):"
        " folders are read for .txt, .html, .srt and .vtt files; name other files to read them"
    )


def _load_one(
    rel: str,
    source: Path,
    root: Path | None,
    real: str,
    real_root: str | None,
    encoding: str | None,
    max_bytes: int,
) -> LoadedFile:
    """One file; `real` is its resolved path, `real_root` that of `root`, the folder argument
    it was found in (None for a file argument)."""
    if root is not None:
        # A symlink (of the file, or of a folder on its way) must stay inside the folder the
        # user named: a corpus folder is no licence to read the rest of the disk.
        if os.path.commonpath([real_root, real]) != real_root:
            raise _Refused(f"symlink leads outside the folder {root} (to {real}); not read")
    data = _read_regular(source, max_bytes)
    text, used, warnings = _decode(data, encoding)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    notes: tuple[str, ...] = ()
    if (kind := subtitles.format_of(text, source.name)) is not None:
        read = subtitles.read(text, kind)  # the cues' text only (NFC), its offsets final
        if not read.text.strip():
            raise _Refused(f"{kind} subtitles with no text in any cue ({len(read.cues)} cues)")
        text, cleaned, notes = read.text, read.warnings, read.notes
    else:
        # (NFC after the references are decoded: e&#769; is é in two code points until then)
        text, cleaned = html_remnants.clean(text)
        if subtitles.named_as_subtitles(source.name):
            cleaned = (*cleaned, "named as subtitles, but holds no cue timing: read as plain text")
    text = unicodedata.normalize("NFC", text)
    warnings = (*warnings, *cleaned)
    if not text.strip():
        raise _Refused("empty file" if not text else "only whitespace")
    return LoadedFile(
        path=rel,
        source=source,
        text=text,
        encoding=used,
        sha256=pattern_cache.sha256(data).hexdigest(),
        lang_hint=lang_hint(source.name),
        warnings=warnings,
        notes=notes,
        subtitles=kind is not None,
    )


def _kind(mode: int) -> str | None:
    """What a non-regular file is, in words; None for a regular file."""
    for test, words in (
        (stat.S_ISREG, None),
        (stat.S_ISFIFO, "a named pipe (FIFO)"),
        (stat.S_ISSOCK, "a socket"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
        (stat.S_ISDIR, "a folder"),
    ):
        if test(mode):
            return words
    return "not a regular file"


def _read_regular(source: Path, max_bytes: int) -> bytes:
    """The bytes of a regular file, checked with stat before it is opened (a FIFO or device
    would block or never end), and again on the open descriptor in case it was swapped."""
    try:
        info = os.stat(source)
    except FileNotFoundError:
        raise _Refused("a broken symlink" if os.path.islink(source) else "vanished") from None
    except OSError as error:
        raise _Refused(f"cannot read: {error.strerror or error}") from None
    kind = _kind(info.st_mode)
    if kind is not None:
        raise _Refused(f"{kind}, not a text file; not read")
    if info.st_size > max_bytes:
        raise _Refused(f"too large ({info.st_size:,} bytes; the limit is {max_bytes:,})")
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(source, flags)
    except OSError as error:
        raise _Refused(f"cannot read: {error.strerror or error}") from None
    try:
        if _kind(os.fstat(fd).st_mode) is not None:
            raise _Refused("not a regular file; not read")
        with os.fdopen(fd, "rb", closefd=False) as handle:
            data = handle.read(max_bytes + 1)
    except OSError as error:
        raise _Refused(f"cannot read: {error.strerror or error}") from None
    finally:
        os.close(fd)
    if len(data) > max_bytes:
        raise _Refused(f"too large (over the limit of {max_bytes:,} bytes)")
    return data


def _decode(data: bytes, encoding: str | None) -> tuple[str, str, tuple[str, ...]]:
    """(text, codec used, warnings). Raises _Refused for binary or undecodable bytes."""
    if encoding is not None:
        if b"\x00" in data and not encoding.startswith(_WIDE):
            raise _Refused(f"binary (NUL bytes), not {encoding} text")
        codec = "utf-8-sig" if encoding == "utf-8" else encoding
        try:
            return data.decode(codec), encoding, ()
        except UnicodeDecodeError as error:
            raise _Refused(f"not valid {encoding}: {_where(error)}") from None
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(codec), codec, ()
            except UnicodeDecodeError:
                continue  # e.g. UTF-16-LE text that begins with U+0000 looks like UTF-32-LE
    if b"\x00" in data:
        codec = _utf16_without_bom(data)
        if codec is None:
            raise _Refused("binary (NUL bytes and not UTF-16/32 text)")
        return (
            data.decode(codec),
            codec,
            (f"no byte-order mark: read as {codec.upper()} from its pattern of NUL bytes",),
        )
    try:
        return data.decode("utf-8"), "utf-8", ()
    except UnicodeDecodeError as error:
        utf8_error = _where(error)
    _refuse_damaged_utf8(data, utf8_error)
    return _legacy(data, utf8_error)


def _refuse_damaged_utf8(data: bytes, utf8_error: str) -> None:
    """UTF-8 text with a few bad bytes is damaged UTF-8, not a legacy encoding: guessing one
    would turn every accented letter into mojibake (`prÃ©sident`). Legacy 8-bit text almost
    never forms valid multi-byte UTF-8 sequences, so more of those than bad bytes decides."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = sum(1 for char in text if char > "\x7f") - bad
    if good > bad:
        raise _Refused(
            f"damaged UTF-8: {bad} invalid byte sequence(s), the first {utf8_error}; "
            "fix the file, or give its encoding with --encoding"
        )


def _where(error: UnicodeDecodeError) -> str:
    return f"byte 0x{error.object[error.start]:02x} at offset {error.start}"


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16-LE or -BE when NUL bytes sit on one side of each byte pair, as they do for text
    that is mostly ASCII or Latin-1 (the high byte of most characters is 0); else None."""
    if len(data) % 2:
        return None
    pairs = len(data) // 2
    even_nul = data[0::2].count(0)
    odd_nul = data[1::2].count(0)
    for nul, other, codec in ((odd_nul, even_nul, "utf-16-le"), (even_nul, odd_nul, "utf-16-be")):
        if nul >= 0.3 * pairs and other <= 0.02 * pairs:
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                continue
            if "\x00" not in text and not _mostly_controls(text):
                return codec
    return None


def _mostly_controls(text: str) -> bool:
    controls = sum(
        1 for char in text if unicodedata.category(char) == "Cc" and char not in _ALLOWED_CONTROLS
    )
    return controls > _MAX_CONTROL_RATIO * len(text)


def _legacy(data: bytes, utf8_error: str) -> tuple[str, str, tuple[str, ...]]:
    """A legacy 8-bit (or other) encoding guessed by charset-normalizer, for bytes that are not
    UTF-8. Equally plausible guesses are settled by `_PREFERRED_LEGACY`."""
    import charset_normalizer

    results = charset_normalizer.from_bytes(data)
    best = results.best()
    if best is None:
        raise _Refused(
            f"undecodable: not UTF-8 ({utf8_error}) and no other encoding fits; "
            "if you know it, give it with --encoding"
        )
    plausible = {best.encoding, *best.could_be_from_charset}
    # charset-normalizer ranks by chaos first: a short cp1252 French text came out as
    # mac_latin2 (chaos 0.020, coherence 0.57) over cp1252 (0.026, 0.68), and every é became
    # ť. A guess hardly more chaotic but at least as coherent is as plausible as the best.
    plausible.update(
        name
        for match in results
        if match.chaos <= best.chaos + _CHAOS_MARGIN and match.coherence >= best.coherence
        for name in (match.encoding, *match.could_be_from_charset)
    )
    codec = next((name for name in _PREFERRED_LEGACY if name in plausible), best.encoding)
    try:
        text = data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        codec = best.encoding
        text = str(best)
    if "\x00" in text or _mostly_controls(text):
        raise _Refused("binary (control characters), not text")
    return (
        text,
        codec,
        (
            f"not UTF-8 ({utf8_error}): decoded as {codec}, a guess; check accented letters, "
            "or give the right one with --encoding",
        ),
    )


def lang_hint(name: str) -> str | None:
    """The ISO 639-1 code in a `name.LANG.txt` file name (`article.fr.txt`, `bai.vie.txt`)."""
    match = _LANG_IN_NAME.match(name)
    if match is None:
        return None
    code = match.group(1).lower()
    if len(code) == 2:
        return code if code in _ISO639_1 else None
    return _ISO639_3_TO_1.get(code)
