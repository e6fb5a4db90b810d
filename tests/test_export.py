"""Exports: TMX 1.4 validity, TSV/JSONL shape, TOML, filters, and the `export` command."""

from __future__ import annotations

import csv
import io
import json
import re
import tomllib
import xml.etree.ElementTree as ET
from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st
from test_annotations_helpers import make_aligned, seed_corpus

from reviewer.cli import main
from reviewer.core import export
from reviewer.core.annotations import AnnotationStore
from reviewer.core.model import Finding

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
NASTY = "a & b <c> \"q\" 'p' \x00\x0b\x1f \ufffe tab\there \r\n end 😀"
FR = ["Le chat dort.", NASTY, "Fin.", "Photo : AFP"]
DE = ["Die Katze schläft.", "Es regnet.", "Ende.", "Foto: AFP"]


def stores(tmp_path):
    aligned = make_aligned(
        {"fr": FR, "de": DE}, boilerplate={("fr", 3): "caption", ("de", 3): "caption"}
    )
    aligned = replace(
        aligned,
        findings=(
            (),
            (Finding("number-mismatch", "de", "major", "3 ≠ drei", ((0, 2),)),),
            (),
            (),
        ),
    )
    store = AnnotationStore.open(aligned, tmp_path, reviewer="ana", lock=False)
    store.set_status(0, "ok")
    store.add_error(1, "fr", "fluency/punctuation", "minor", "note with <xml> & \x01", span=(0, 3))
    return [store]


def check_tmx_14(text: str) -> ET.Element:
    """Assert the TMX 1.4b rules that a reader relies on; return the root."""
    assert text.startswith('<?xml version="1.0" encoding="UTF-8"?>')
    root = ET.fromstring(text.encode("utf-8"))
    assert root.tag == "tmx" and root.get("version") == "1.4"
    assert [child.tag for child in root] == ["header", "body"]
    header = root.find("header")
    for attribute in (
        "creationtool",
        "creationtoolversion",
        "segtype",
        "o-tmf",
        "adminlang",
        "srclang",
        "datatype",
    ):
        assert header.get(attribute), attribute
    assert header.get("segtype") in {"block", "paragraph", "sentence", "phrase"}
    date = re.compile(r"^\d{8}T\d{6}Z$")
    assert date.match(header.get("creationdate"))
    tuids = set()
    for tu in root.find("body"):
        assert tu.tag == "tu"
        tags = [child.tag for child in tu]
        first_tuv = tags.index("tuv")
        assert set(tags[:first_tuv]) <= {"note", "prop"}  # notes and props before the tuvs
        assert set(tags[first_tuv:]) == {"tuv"}
        langs = []
        for tuv in tu.findall("tuv"):
            assert tuv.get(XML_LANG)
            langs.append(tuv.get(XML_LANG))
            assert [c.tag for c in tuv] == ["seg"]
        assert len(langs) == len(set(langs))
        if tu.get("srclang"):
            assert tu.get("srclang") in langs
        for prop in tu.findall("prop"):
            assert prop.get("type")
        if tu.get("changedate"):
            assert date.match(tu.get("changedate"))
        assert tu.get("tuid") not in tuids
        tuids.add(tu.get("tuid"))
    if header.get("srclang") != "*all*":  # then every <tu> has a <tuv> in that language
        assert all(
            header.get("srclang") in [t.get(XML_LANG) for t in tu.findall("tuv")]
            for tu in root.find("body")
        )
    return root


def test_tmx_is_valid_1_4_and_keeps_the_text(tmp_path):
    text = export.export(stores(tmp_path), "tmx", with_findings=True)
    root = check_tmx_14(text)
    units = root.find("body").findall("tu")
    assert len(units) == 3  # the caption row is left out
    nasty = units[1].find("tuv[@{http://www.w3.org/XML/1998/namespace}lang='fr']/seg").text
    # XML 1.0 cannot hold NUL, VT, US or U+FFFE: they become U+FFFD; everything else is kept.
    expected = re.sub("[\x00\x0b\x1f\ufffe]", "\ufffd", NASTY)
    assert nasty == expected
    props = {p.get("type"): p.text for p in units[1].findall("prop")}
    assert props["x-status"] == "issue" and props["x-row"] == "1"
    notes = [n.text for n in units[1].findall("note")]
    assert any("fluency/punctuation minor [0, 3]" in n and "<xml> &" in n for n in notes)
    assert any("number-mismatch" in n for n in notes)
    assert {p.text for u in units for p in u.findall("prop[@type='x-status']")} == {
        "ok",
        "issue",
        "none",
    }


def test_tmx_source_language_is_all_when_a_row_lacks_the_pivot(tmp_path):
    aligned = make_aligned({"fr": FR[:2], "de": DE})
    store = AnnotationStore.open(aligned, tmp_path, reviewer="ana", lock=False)
    root = check_tmx_14(export.export([store], "tmx"))
    assert root.find("header").get("srclang") == "*all*"
    assert [tu.get("srclang") for tu in root.find("body")] == ["fr", "fr", None, None]
    full = check_tmx_14(export.export(stores(tmp_path / "b"), "tmx"))
    assert full.find("header").get("srclang") == "fr"


def test_tmx_with_boilerplate_and_status_filter(tmp_path):
    text = export.export(stores(tmp_path), "tmx", include_boilerplate=True)
    units = check_tmx_14(text).find("body").findall("tu")
    assert len(units) == 4
    boiler = [u for u in units if u.find("prop[@type='x-boilerplate']") is not None]
    assert len(boiler) == 1
    only_ok = export.export(stores(tmp_path), "tmx", statuses=frozenset({"ok"}))
    assert [u.get("tuid") for u in check_tmx_14(only_ok).find("body")] == ["g-test:0"]


@pytest.mark.parametrize(
    ("status", "rows"),
    [("ok", [0]), ("issue", [1]), ("none", [2]), ("unreviewed", [2]), ("ok,none", [0, 2])],
)
def test_status_filter(tmp_path, status, rows):
    selected = export.export_rows(stores(tmp_path), statuses=export.parse_statuses(status))
    assert [row.row for row in selected] == rows


def test_unknown_status_is_refused():
    with pytest.raises(ValueError, match="unknown status"):
        export.parse_statuses("ok,good")


def tsv_expected(text: str) -> str:
    """What the TSV dialect keeps of `text`: controls but tab and newline as `\\uXXXX`."""
    return "".join(
        f"\\u{ord(c):04x}" if (ord(c) < 32 and c not in "\t\n") or 0x7F <= ord(c) <= 0x9F else c
        for c in text
    )


def test_tsv_reads_back_exactly_with_pythons_csv(tmp_path):
    """Cells starting with `"` opened a quoted field: csv and pandas read 16 rows of 20."""
    text = export.export(stores(tmp_path), "tsv", with_findings=True)
    records = list(csv.reader(io.StringIO(text, newline=""), dialect="excel-tab"))
    header = records[0]
    assert header[:8] == [
        "group",
        "row",
        "anchor",
        "status",
        "reviewer",
        "updated",
        "errors",
        "findings",
    ]
    assert header[8:] == ["fr", "de"]
    assert len(records) == 1 + 3
    assert all(len(record) == len(header) for record in records)
    assert records[2][8] == tsv_expected(NASTY)  # quotes, tab and newline exactly as they were
    assert "\x1b" not in text and "\x00" not in text and "\r" not in text


@given(
    cells=st.lists(
        st.text(st.characters(exclude_categories=("Cs",)), max_size=12), min_size=1, max_size=6
    )
)
def test_tsv_field_round_trips_through_csv(cells):
    line = "\t".join(export.tsv_field(cell) for cell in ["g", *cells]) + "\n"
    (record,) = csv.reader(io.StringIO(line, newline=""), dialect="excel-tab")
    assert record == ["g", *(tsv_expected(cell) for cell in cells)]


def test_tsv_reads_back_exactly_with_pandas(tmp_path):
    pandas = pytest.importorskip("pandas")
    text = export.export(stores(tmp_path), "tsv", include_boilerplate=True)
    frame = pandas.read_csv(io.StringIO(text), sep="\t", dtype=str, keep_default_na=False)
    assert len(frame) == 4
    assert frame["fr"][1] == tsv_expected(NASTY)
    assert len(pandas.read_csv(io.StringIO(text), sep="\t")) == 4  # with every default


def test_tsv_header_does_not_depend_on_the_status_filter(tmp_path):
    headers = {
        export.export(stores(tmp_path), "tsv", statuses=frozenset(s)).split("\n")[0]
        for s in ({"ok"}, {"reject"}, {"issue", "none"})
    }
    (header,) = headers  # nothing is `reject`: the empty export keeps its language columns
    assert header.split("\t")[-2:] == ["fr", "de"]


def test_jsonl_one_object_per_row(tmp_path):
    text = export.export(stores(tmp_path), "jsonl", include_boilerplate=True)
    items = [json.loads(line) for line in text.splitlines()]
    assert [item["row"] for item in items] == [0, 1, 2, 3]
    assert items[1]["texts"]["fr"] == NASTY
    assert items[1]["status"] == "issue" and items[2]["status"] is None
    assert items[1]["errors"][0]["span"] == [0, 3]
    assert items[3]["boilerplate"] is True
    assert set(items[0]) >= {"group", "row", "languages", "texts", "status", "errors"}


def test_toml_export_holds_every_group_and_findings(tmp_path):
    data = tomllib.loads(export.export(stores(tmp_path), "toml", with_findings=True))
    assert data["schema"] == 2
    (group,) = data["group"]
    assert [a["row"] for a in group["annotation"]] == [0, 1]
    assert group["annotation"][1]["error"][0]["note"] == "note with <xml> & \x01"
    assert group["finding"][0]["check"] == "number-mismatch" and group["finding"][0]["row"] == 1
    filtered = tomllib.loads(export.export(stores(tmp_path), "toml", statuses=frozenset({"ok"})))
    assert [a["status"] for a in filtered["group"][0]["annotation"]] == ["ok"]


def test_export_command_on_the_seeds(tmp_path, capsys):
    folder, corpus = seed_corpus(tmp_path)
    group = corpus.groups[0]
    annotations = folder / ".reviewer" / "annotations"
    with AnnotationStore.open(corpus.aligned(group), annotations, reviewer="ana") as store:
        store.set_status(0, "ok")
        store.add_error(2, "fr", "accuracy/omission", "major", "date manquante")
        store.save()

    out = tmp_path / "out.tmx"
    assert main(["export", str(folder), "--format", "tmx", "--output", str(out)]) == 0
    root = check_tmx_14(out.read_text(encoding="utf-8"))
    aligned = corpus.aligned(group)
    text_rows = [
        r
        for r in range(len(aligned.rows))
        if any(s.boilerplate is None for lang in aligned.languages for s in aligned.cell(r, lang))
    ]
    assert 0 < len(text_rows) < len(aligned.rows)  # the seeds end in boilerplate-only rows
    assert len(root.find("body")) == len(text_rows)

    assert main(["export", str(folder), "--format", "jsonl", "--status", "issue"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [json.loads(line)["row"] for line in lines] == [2]

    elsewhere = tmp_path / "other"
    elsewhere.mkdir()
    assert main(["export", str(folder), "--annotations", str(elsewhere), "--status", "ok"]) == 0
    assert "annotation" not in capsys.readouterr().out  # nothing annotated in that folder

    assert main(["export", str(folder), "--status", "good"]) == 2
    assert "unknown status" in capsys.readouterr().err


def test_toml_export_keeps_orphans(tmp_path):
    from datetime import UTC, datetime

    from reviewer.core import persistence
    from reviewer.core.model import Annotation

    made = datetime(2026, 1, 1, tzinfo=UTC)
    lost = Annotation("fr:9:00000000", "reject", "bob", made, {"fr": "Une phrase disparue."})
    persistence.write_atomic(
        tmp_path / persistence.file_name("g-test"),
        persistence.dumps(persistence.AnnotationFile("g-test", "fr", annotations=(lost,))),
    )
    (store,) = stores(tmp_path)
    assert store.orphans == (lost,)
    data = tomllib.loads(export.export([store], "toml"))
    entries = data["group"][0]["annotation"]
    assert [(e.get("row"), e.get("orphan")) for e in entries] == [
        (0, None),
        (1, None),
        (None, True),
    ]
    assert entries[2]["anchor"] == lost.anchor and entries[2]["text"] == lost.text
