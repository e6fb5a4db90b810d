"""Word keys the other versions of a group agree on by their first letters
(`group_alignment._witness_keys`, `AlignOptions.witness_stem`): a Japanese pivot's sentence
whose only word in common across the versions is a cognate (products, produk, produtos), and
the version's own word of that stem, tell its translation from a sentence the version added
beside it (tests/data/planted/noodle_recall)."""

from dataclasses import replace
from pathlib import Path

from reviewer.core import group_alignment
from reviewer.core.model import Segment
from reviewer.core.session import open_corpus

PLANTED = Path(__file__).parent / "data" / "planted"


def _corpus(**changes):
    corpus = open_corpus([PLANTED / "noodle_recall"])
    if changes:
        corpus.align_options = replace(group_alignment.DEFAULT_OPTIONS, **changes)
    (group,) = corpus.groups
    return corpus.aligned(group)


def _alerts(aligned) -> list[tuple[str, str, str, str]]:
    """(check, lang, pivot text, version text) of each minor or major finding."""
    out = []
    for row, findings in enumerate(aligned.findings):
        for f in findings:
            if f.severity in ("major", "minor"):
                pivot = " ".join(s.text for s in aligned.cell(row, aligned.group.pivot))
                text = " ".join(s.text for s in aligned.cell(row, f.lang))
                out.append((f.check, f.lang, pivot, text))
    return out


def test_the_added_sentence_is_the_extra_and_nothing_else_is_found():
    # ja pivot: pl's "produkty" and ru's "продукция" (w:produk) stand beside "対象製品は…",
    # pt's translation of it says "produtos" (w:produt); its added apology is the extra
    aligned = _corpus()
    assert aligned.group.pivot == "ja"
    assert set(aligned.group.members) == {"ja", "ko", "pl", "pt", "ru"}
    ((check, lang, pivot, text),) = _alerts(aligned)
    assert (check, lang, pivot) == ("extra", "pt", "")
    assert text.startswith("A empresa pede desculpa")


def test_with_six_letters_alike_the_translation_is_taken_for_the_addition():
    # the control: with whole keys (six letters) no word stands beside the pivot sentence,
    # and pt's translation, not its apology, is left alone
    ((check, lang, pivot, text),) = _alerts(_corpus(witness_stem=6))
    assert (check, lang, pivot) == ("extra", "pt", "")
    assert text.startswith("Os produtos abrangidos")


def _segments(texts: list[str]) -> tuple[Segment, ...]:
    return tuple(Segment(k, 0, 0, len(t), t) for k, t in enumerate(texts))


def _witness_keys(segments, lang, options=group_alignment.DEFAULT_OPTIONS):
    pairs = group_alignment._group_pairs(segments, "ja", options, later={})
    first = {
        other: group_alignment._search(p.src, p.tgt, p.ratio, p.options)
        for other, p in pairs.items()
        if p is not None
    }
    return group_alignment._witness_keys(lang, first, pairs, options)


def test_a_stem_two_witnesses_hold_is_a_witness_key_and_one_witness_s_is_not():
    # en's "products" and id's "produk" agree on produ-, and es's own "productos" joins them;
    # de's "Geräte" stands alone; without id, en's word stands alone too
    segments = {
        "ja": _segments(["対象製品は無償で新品と交換する。", "受付時間は9時から17時まで。"]),
        "en": _segments(["Affected products will be replaced free of charge.", "Open 9 to 17."]),
        "id": _segments(["Produk yang terdampak akan diganti secara gratis.", "Buka 9-17."]),
        "de": _segments(["Betroffene Geräte werden kostenlos ausgetauscht.", "Geöffnet 9-17."]),
        "es": _segments(["Los productos afectados se cambiarán gratis.", "Abierto de 9 a 17."]),
    }
    keys = _witness_keys(segments, "es")
    assert {"w:produc", "w:produk"} <= keys[0]
    assert not any(k.startswith("w:gerat") for k in keys[0])
    del segments["id"]
    keys = _witness_keys(segments, "es")
    assert not any(k.startswith("w:produ") for k in keys.get(0, ()))


def test_with_stems_of_six_letters_the_keys_are_the_whole_keys_two_witnesses_share():
    # the old rule: en's w:produc and id's w:produk are two keys, each one witness's
    segments = {
        "ja": _segments(["対象製品は無償で新品と交換する。"]),
        "en": _segments(["Affected products will be replaced free of charge."]),
        "id": _segments(["Produk yang terdampak akan diganti secara gratis."]),
        "fr": _segments(["Les produits concernés seront remplacés gratuitement."]),
        "es": _segments(["Los productos afectados se cambiarán gratis."]),
    }
    six = replace(group_alignment.DEFAULT_OPTIONS, witness_stem=6)
    assert not any(k.startswith("w:produ") for k in _witness_keys(segments, "es", six)[0])
    # five letters: en, id and fr agree on produ-, es's own word joins them
    assert {"w:produc", "w:produk", "w:produi"} <= _witness_keys(segments, "es")[0]
