"""Annotations and reviewed text out of the app: TOML, TMX 1.4, TSV, JSON Lines.

Every format is built from the same rows (`export_rows`), filtered the same way, so a row is
in all of them or in none. TMX follows the TMX 1.4b specification (LISA OSCAR,
http://www.ttt.org/oscarStandards/tmx/tmx14-20041007.htm): a `<header>` with its seven
required attributes, one `<tu>` per row with `<note>`/`<prop>` before one `<tuv xml:lang>` per
language, each holding one `<seg>`. XML 1.0 cannot hold some characters at all; they become
U+FFFD.

Document text is untrusted: in every format, control characters (C0, DEL, C1, U+2028/2029)
never reach the output raw, so an export printed to a terminal cannot act on it. JSON, TOML
and XML write them (and bidi and invisible format characters) as their own escapes, which read
back exactly; TSV has no escapes, see `to_tsv`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from reviewer import __version__
from reviewer.core.annotations import AnnotationStore
from reviewer.core.attaching import load_folder_file, row_anchor, row_texts
from reviewer.core.dismissals import is_dismissed
from reviewer.core.model import STATUSES, Annotation, ErrorNote, Finding
from reviewer.core.persistence import SCHEMA, clean_text, dumps_checked, to_dict
from reviewer.core.sanitize import escape_controls, escape_unsafe
from reviewer.core.session import Corpus

FORMATS = ("toml", "tmx", "tsv", "jsonl")
ALIGNMENTS = ("all", "confirmed")  # --alignment: every row, or those the reviewer fixed
UNREVIEWED = "none"  # the --status value for rows without an annotation
STATUS_ALIASES = {"unreviewed": UNREVIEWED}


def parse_statuses(text: str | None) -> frozenset[str] | None:
    """`ok,issue` -> {"ok", "issue"}; `none`/`unreviewed` select unannotated rows. None: all."""
    if text is None:
        return None
    values = set()
    for part in text.split(","):
        value = STATUS_ALIASES.get(part.strip().lower(), part.strip().lower())
        if value not in (*STATUSES, UNREVIEWED):
            raise ValueError(
                f"unknown status {part.strip()!r}; use {', '.join((*STATUSES, UNREVIEWED))}"
            )
        values.add(value)
    return frozenset(values)


@dataclass(frozen=True)
class ExportRow:
    """One row as every format sees it."""

    group: str
    pivot: str
    row: int
    anchor: str
    languages: tuple[str, ...]  # the group's, pivot first
    texts: dict[str, str]  # languages with text in this row
    annotation: Annotation | None
    findings: tuple[Finding, ...]
    boilerplate: bool

    @property
    def status(self) -> str | None:
        return self.annotation.status if self.annotation else None

    @property
    def errors(self) -> tuple[ErrorNote, ...]:
        return self.annotation.errors if self.annotation else ()


def export_rows(
    stores: Iterable[AnnotationStore],
    *,
    statuses: frozenset[str] | None = None,
    include_boilerplate: bool = False,
    alignment: str = "all",
) -> Iterator[ExportRow]:
    """Rows of every store in order (the reviewer's corrected alignment), filtered by status,
    by alignment (`confirmed`: only rows the reviewer confirmed or corrected) and (unless
    asked) without boilerplate rows (every segment boilerplate after the overrides)."""
    for store in stores:
        aligned = store.aligned
        for r in range(len(aligned.rows)):
            if alignment == "confirmed" and store.alignment_state(r) == "auto":
                continue
            annotation = store.annotation(r)
            status = annotation.status if annotation else UNREVIEWED
            if statuses is not None and status not in statuses:
                continue
            boilerplate = store.is_boilerplate_row(r)
            if boilerplate and not include_boilerplate:
                continue
            yield ExportRow(
                aligned.group.id,
                aligned.group.pivot,
                r,
                row_anchor(aligned, r),
                aligned.languages,
                row_texts(aligned, r),
                annotation,
                live_findings(store, r),
                boilerplate,
            )


def live_findings(store: AnnotationStore, row: int) -> tuple[Finding, ...]:
    """The row's findings less those the reviewer dismissed (dismissals.py)."""
    findings = store.aligned.findings
    if row >= len(findings):
        return ()
    dismissed = store.dismissed(row)
    return tuple(f for f in findings[row] if not is_dismissed(f, dismissed))


def export(
    stores: Sequence[AnnotationStore],
    fmt: str,
    *,
    statuses: frozenset[str] | None = None,
    with_findings: bool = False,
    include_boilerplate: bool = False,
    alignment: str = "all",
) -> str:
    """The whole export as text, in `fmt` (one of FORMATS); `alignment` one of ALIGNMENTS
    (the TOML export holds the annotation files, corrections included, whatever it says)."""
    if alignment not in ALIGNMENTS:
        raise ValueError(f"unknown alignment {alignment!r}; use {', '.join(ALIGNMENTS)}")
    if fmt == "toml":
        return to_toml(stores, statuses=statuses, with_findings=with_findings)
    rows = list(
        export_rows(
            stores,
            statuses=statuses,
            include_boilerplate=include_boilerplate,
            alignment=alignment,
        )
    )
    if fmt == "tmx":
        return to_tmx(rows, with_findings=with_findings)
    if fmt == "tsv":
        # Columns from the groups, not from the rows kept: the header stays the same whatever
        # --status selects (an empty selection used to lose every language column).
        langs = list(dict.fromkeys(lang for s in stores for lang in s.aligned.languages))
        return to_tsv(rows, with_findings=with_findings, languages=langs)
    if fmt == "jsonl":
        return to_jsonl(rows, with_findings=with_findings)
    raise ValueError(f"unknown format {fmt!r}; use {', '.join(FORMATS)}")


def open_stores(corpus: Corpus, folder: Path) -> tuple[list[AnnotationStore], list[str]]:
    """Every group of `corpus` with its annotations from `folder`, read-only (no lock, nothing
    on disk touched), aligned through the pivot the annotations were made with; plus notices
    (orphans, changed documents, invalid files) to show."""
    stores, notices = [], []
    for group in corpus.groups:
        file = load_folder_file(folder, group.id)
        pivot = file.pivot if file is not None and file.pivot in group.members else group.pivot
        store = AnnotationStore.open(corpus.aligned(group, pivot), folder, reviewer="", lock=False)
        stores.append(store)
        notices.extend(store.notices)
    return stores, notices


# --- TOML -------------------------------------------------------------------------------------


def to_toml(
    stores: Sequence[AnnotationStore],
    *,
    statuses: frozenset[str] | None = None,
    with_findings: bool = False,
) -> str:
    """Every group's annotations in one file: `[[group]]` tables shaped like annotation files,
    each annotation with its `row`; orphans with `orphan = true`; with findings, a
    `[[group.finding]]` per finding of the rows the status filter keeps."""
    groups = []
    for store in stores:
        file = store.to_file()
        data = to_dict(file)
        data.pop("schema")
        annotations = []
        attached = store.annotated_rows()
        for r, item in zip(attached, data.get("annotation", []), strict=False):
            if statuses is None or item["status"] in statuses:
                annotations.append({"row": r, **item})
        for item in data.get("annotation", [])[len(attached) :]:
            if statuses is None or item["status"] in statuses:
                annotations.append({"orphan": True, **item})
        data["annotation"] = annotations
        if not annotations:
            del data["annotation"]
        if with_findings:
            findings = []
            for r in range(len(store.aligned.findings)):
                status = store.status(r) or UNREVIEWED
                if statuses is not None and status not in statuses:
                    continue
                for finding in live_findings(store, r):
                    findings.append(
                        {
                            "row": r,
                            "anchor": row_anchor(store.aligned, r),
                            "check": finding.check,
                            "lang": finding.lang,
                            "severity": finding.severity,
                            "message": clean_text(finding.message),
                            "spans": [[a, b] for a, b in finding.spans],
                        }
                    )
            if findings:
                data["finding"] = findings
        groups.append(data)
    document: dict = {"schema": SCHEMA}
    if groups:
        document["group"] = groups
    return dumps_checked(document).decode("utf-8")


# --- TMX 1.4 ----------------------------------------------------------------------------------

# XML 1.0 Char production: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]
_NOT_XML = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_text(text: str, *, attribute: bool = False) -> str:
    """Escaped for XML 1.0 content (or a double-quoted attribute); illegal characters become
    U+FFFD; CR (and, in attributes, tab and newline) as character references so a parser's
    newline and attribute normalisation gives them back."""
    text = _NOT_XML.sub("\ufffd", text)
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = escape_unsafe(text.replace("\r", "&#13;"), "xml")  # C1, bidi ... as &#x9B;
    if attribute:
        text = text.replace('"', "&quot;").replace("\t", "&#9;").replace("\n", "&#10;")
    return text


def _tmx_date(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")  # TMX 1.4 date format


def _error_line(error: ErrorNote) -> str:
    span = f" [{error.span[0]}, {error.span[1]}]" if error.span else ""
    note = f": {error.note}" if error.note else ""
    return f"{error.lang} {error.category} {error.severity}{span}{note}"


def to_tmx(rows: Sequence[ExportRow], *, with_findings: bool = False) -> str:
    # The header's srclang must be the language of a <tuv> in every <tu> that does not say
    # otherwise: the common pivot when every row has pivot text, else "*all*" (TMX 1.4b,
    # <header>).
    pivots = {row.pivot for row in rows}
    srclang = "*all*"
    if len(pivots) == 1 and all(row.pivot in row.texts for row in rows):
        srclang = pivots.pop()
    attrs = {
        "creationtool": "reviewer",
        "creationtoolversion": __version__,
        "segtype": "sentence",
        "o-tmf": "reviewer-annotations",
        "adminlang": "en",
        "srclang": srclang,
        "datatype": "plaintext",
        "creationdate": _tmx_date(datetime.now(UTC)),
    }
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<tmx version="1.4">']
    out.append(
        "  <header "
        + " ".join(f'{k}="{xml_text(v, attribute=True)}"' for k, v in attrs.items())
        + "/>"
    )
    out.append("  <body>")
    for row in rows:
        tu = {"tuid": f"{row.group}:{row.row}"}
        if row.pivot in row.texts:
            tu["srclang"] = row.pivot  # must be the language of one of the <tuv>s
        if row.annotation:
            tu["changedate"] = _tmx_date(row.annotation.updated)
            if row.annotation.reviewer:
                tu["changeid"] = row.annotation.reviewer
        out.append(
            "    <tu "
            + " ".join(f'{k}="{xml_text(v, attribute=True)}"' for k, v in tu.items())
            + ">"
        )
        notes = [_error_line(e) for e in row.errors]
        if with_findings:
            notes += [f"finding {f.lang} {f.check} {f.severity}: {f.message}" for f in row.findings]
        for note in notes:
            out.append(f"      <note>{xml_text(note)}</note>")
        props = [("x-group", row.group), ("x-row", str(row.row)), ("x-anchor", row.anchor)]
        props.append(("x-status", row.status or UNREVIEWED))
        if row.boilerplate:
            props.append(("x-boilerplate", "yes"))
        for kind, value in props:
            out.append(f'      <prop type="{kind}">{xml_text(value)}</prop>')
        for lang in row.languages:
            if lang in row.texts:
                out.append(f'      <tuv xml:lang="{xml_text(lang, attribute=True)}">')
                out.append(f"        <seg>{xml_text(row.texts[lang])}</seg>")
                out.append("      </tuv>")
        out.append("    </tu>")
    out.append("  </body>")
    out.append("</tmx>")
    return "\n".join(out) + "\n"


# --- TSV and JSON Lines -----------------------------------------------------------------------


def tsv_field(text: str) -> str:
    """One TSV field in the dialect of `to_tsv`: quoted when it holds a tab, newline or `"`."""
    text = escape_controls(clean_text(text))
    if "\t" in text or "\n" in text or '"' in text:
        return '"' + text.replace('"', '""') + '"'
    return text


def _all_languages(rows: Sequence[ExportRow]) -> list[str]:
    langs: list[str] = []
    for row in rows:
        langs.extend(lang for lang in row.languages if lang not in langs)
    return langs


def to_tsv(
    rows: Sequence[ExportRow],
    *,
    with_findings: bool = False,
    languages: Sequence[str] | None = None,
) -> str:
    """A header line, then one record per row: group, row, anchor, status, reviewer, updated,
    errors (`; `-separated), [findings], then one column per language (`languages`, or those
    of the rows).

    The dialect is the one spreadsheet programs, Python's `csv` (`excel-tab`) and pandas
    (`read_csv(sep="\t")`) read by default: fields separated by tabs, records ended by LF, a
    field that holds a tab, a newline or `"` enclosed in `"` with each `"` doubled (RFC 4180's
    quoting). Text is UTF-8 and otherwise written as it is, except the control characters
    other than tab and newline, which only a hostile document holds and which must not reach
    a terminal: they are written `\u001b` (this is the one place where reading back differs).
    """
    langs = list(languages) if languages is not None else _all_languages(rows)
    langs += [lang for lang in _all_languages(rows) if lang not in langs]
    header = ["group", "row", "anchor", "status", "reviewer", "updated", "errors"]
    if with_findings:
        header.append("findings")
    lines = ["\t".join(tsv_field(name) for name in header + langs)]
    for row in rows:
        a = row.annotation
        fields = [
            row.group,
            str(row.row),
            row.anchor,
            row.status or UNREVIEWED,
            a.reviewer if a else "",
            a.updated.isoformat() if a else "",
            "; ".join(_error_line(e) for e in row.errors),
        ]
        if with_findings:
            fields.append(
                "; ".join(f"{f.lang} {f.check} {f.severity}: {f.message}" for f in row.findings)
            )
        fields += [row.texts.get(lang, "") for lang in langs]
        lines.append("\t".join(tsv_field(f) for f in fields))
    return "\n".join(lines) + "\n"


def to_jsonl(rows: Sequence[ExportRow], *, with_findings: bool = False) -> str:
    """One JSON object per line: group, row, anchor, languages, texts, status, reviewer,
    updated, errors, boilerplate [, findings]."""
    lines = []
    for row in rows:
        a = row.annotation
        item: dict = {
            "group": row.group,
            "row": row.row,
            "anchor": row.anchor,
            "languages": [lang for lang in row.languages if lang in row.texts],
            "texts": {
                lang: clean_text(row.texts[lang]) for lang in row.languages if lang in row.texts
            },
            "status": row.status,
            "reviewer": a.reviewer if a else None,
            "updated": a.updated.isoformat() if a else None,
            "errors": [
                {
                    "lang": e.lang,
                    "category": e.category,
                    "severity": e.severity,
                    "note": clean_text(e.note),
                    "span": list(e.span) if e.span else None,
                }
                for e in row.errors
            ],
            "boilerplate": row.boilerplate,
        }
        if with_findings:
            item["findings"] = [
                {
                    "check": f.check,
                    "lang": f.lang,
                    "severity": f.severity,
                    "message": clean_text(f.message),
                    "spans": [list(s) for s in f.spans],
                }
                for f in row.findings
            ]
        lines.append(escape_unsafe(json.dumps(item, ensure_ascii=False), "json"))
    return "".join(line + "\n" for line in lines)
