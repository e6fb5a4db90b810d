"""Text written in lines, cut line by line for a whole group (reviewer/core/verse.py)."""

import textwrap

from reviewer.core import segmenting, verse
from reviewer.core.model import Document, Group

POEM_EN = """The Orchard

The apples fall in early May
when nobody is there to see,
the wind will carry them away
and leave the branches of the tree.

The farmer counts them one by one
and puts the best ones in a crate;
he works until the day is done
and eats his supper very late.
"""

# Every line ends with punctuation: alone, the segmenter reads each line as a paragraph.
POEM_DE = """Der Obstgarten

Die Äpfel fallen früh im Mai.
Und niemand ist da, der es sieht.
Der Wind trägt sie davon, vorbei.
Der Baum bleibt leer, das Laub verblüht.

Der Bauer zählt sie, Stück für Stück.
Die besten legt er in die Kiste.
Er arbeitet, bis der Tag zurück.
Dann isst er spät, nach seiner Liste.
"""

POEM_ES = """El huerto

Las manzanas caen a principios de mayo
cuando no hay nadie para verlo,
el viento se las lleva lejos
y deja las ramas del árbol.

El granjero las cuenta una a una
y pone las mejores en una caja;
trabaja hasta que acaba el día
y cena muy tarde.
"""

PROSE = (
    "The council met on Monday to discuss the new budget for the coming year, which"
    " includes funds for roads, schools and the renovation of the old library in the"
    " centre of town. Members argued for several hours about the cost of the library"
    " project and whether it should be delayed until the economy recovers."
)
PROSE_FR = (
    "Le conseil s'est réuni lundi pour discuter du nouveau budget de l'année à venir, qui"
    " prévoit des fonds pour les routes, les écoles et la rénovation de la vieille"
    " bibliothèque du centre-ville. Les membres ont débattu pendant plusieurs heures du coût"
    " du projet et de l'opportunité de le reporter jusqu'à la reprise de l'économie."
)


def _wrapped(text: str, width: int, paragraphs: int = 3) -> str:
    return "\n\n".join(textwrap.fill(text, width) for _ in range(paragraphs)) + "\n"


def _group(*texts: tuple[str, str]):
    documents = [Document(f"{lang}.txt", None, text, lang, "", "utf-8") for lang, text in texts]
    segments = [segmenting.segment(d.text, d.lang) for d in documents]
    group = Group("g", texts[0][0], {lang: i for i, (lang, _) in enumerate(texts)})
    return documents, segments, [group]


def test_a_poem_is_cut_line_by_line_in_every_version_its_stanzas_paragraphs() -> None:
    documents, segments, groups = _group(("en", POEM_EN), ("de", POEM_DE), ("es", POEM_ES))
    # Alone, en and es are read as wrapped (a stanza one segment), de line by line.
    assert len(segments[0]) == 3 and len(segments[2]) == 3
    assert max(s.paragraph for s in segments[1]) == 8
    cut = verse.verse_segments(documents, segments, groups)
    for document, segs in zip(documents, cut, strict=True):
        lines = [line.strip() for line in document.text.splitlines() if line.strip()]
        assert [s.text for s in segs] == lines
        assert [s.paragraph for s in segs] == [0] + [1] * 4 + [2] * 4  # title, two stanzas
        assert [s.ordinal for s in segs] == list(range(len(segs)))
        assert all(document.text[s.start : s.end] == s.text for s in segs)


def test_a_version_that_left_a_line_out_is_cut_alike() -> None:
    short = POEM_ES.replace("cuando no hay nadie para verlo,\n", "")
    documents, segments, groups = _group(("en", POEM_EN), ("de", POEM_DE), ("es", short))
    cut = verse.verse_segments(documents, segments, groups)
    assert len(cut[2]) == 8 and all("\n" not in s.text for s in cut[2])


def test_a_sentence_end_inside_a_line_still_cuts() -> None:
    text = POEM_EN.replace("one by one\n", "one by one. He sings\n")
    documents, segments, groups = _group(("en", text), ("es", POEM_ES))
    cut = verse.verse_segments(documents, segments, groups)
    assert "The farmer counts them one by one." in [s.text for s in cut[0]]
    assert "He sings" in [s.text for s in cut[0]]


def test_prose_wrapped_at_a_width_stays_whole_though_its_line_counts_agree() -> None:
    # Wrapped at widths that give both versions as many lines per paragraph: a greedy wrap
    # leaves no room for the next word, so the lines are no translator's.
    en, fr = _wrapped(PROSE, 72), _wrapped(PROSE_FR, 76)
    assert [len(b) for b in verse.block_lines(en)] == [len(b) for b in verse.block_lines(fr)]
    documents, segments, groups = _group(("en", en), ("fr", fr))
    assert verse.looks_in_lines(en, segments[0]) == set()
    assert verse.verse_segments(documents, segments, groups) == segments


def test_lines_that_disagree_from_version_to_version_are_no_verse() -> None:
    # Ragged lines (a hand-wrapped letter), but each version breaks them elsewhere.
    en = "Dear Anna,\n\nthank you for\nthe letter and the photos.\n\nWe are well,\nall of us.\n"
    fr = "Chère Anna,\n\nmerci pour la lettre\net les photos.\n\nNous allons bien,\ntous.\nOui.\n"
    es = "Querida Anna,\n\ngracias por\nla carta y\nlas fotos.\n\nEstamos bien,\ntodos.\n"
    documents, segments, groups = _group(("en", en), ("fr", fr), ("es", es))
    assert verse.verse_segments(documents, segments, groups) == segments


def test_a_document_alone_looks_in_lines_when_ragged_and_short() -> None:
    assert verse.looks_in_lines(POEM_EN, segmenting.segment(POEM_EN, "en")) == {1, 2}
    # Its lines are paragraphs already: no segment holds a line break.
    assert verse.looks_in_lines(POEM_DE, segmenting.segment(POEM_DE, "de")) == set()
    long_lines = POEM_EN.replace("early May", "early May " + "and " * 30)
    assert verse.looks_in_lines(long_lines, segmenting.segment(long_lines, "en")) == set()
    # A recipe's list is, its paragraphs wrapped at 72 columns are not.
    assert verse.looks_in_lines(RECIPE_EN, segmenting.segment(RECIPE_EN, "en")) == {2}


def _recipe(title: str, intro: str, items: list[str], method: str) -> str:
    """A recipe whose paragraphs are wrapped at 72 columns around a list of ingredients."""
    wrap = textwrap.fill
    return f"{title}\n\n{wrap(intro, 72)}\n\n" + "\n".join(items) + f"\n\n{wrap(method, 72)}\n"


RECIPE_EN = _recipe(
    "Apple Cake",
    "This is the cake my grandmother baked every autumn, when the apples from the old tree"
    " behind the house were ripe. It keeps for three days.",
    ["Ingredients", "250 g flour", "150 g sugar", "3 eggs", "4 apples"],
    "Beat the butter with the sugar, add the eggs one by one, then fold in the flour."
    " Slice the apples and lay them on the batter.",
)
RECIPE_FR = _recipe(
    "Gâteau aux pommes",
    "C'est le gâteau que ma grand-mère faisait chaque automne, quand les pommes du vieil"
    " arbre derrière la maison étaient mûres. Il se garde trois jours.",
    ["Ingrédients", "250 g de farine", "150 g de sucre", "3 œufs", "4 pommes"],
    "Battre le beurre avec le sucre, ajouter les œufs un par un, puis incorporer la farine."
    " Couper les pommes et les poser sur la pâte.",
)
RECIPE_DE = _recipe(
    "Apfelkuchen",
    "Das ist der Kuchen, den meine Großmutter jeden Herbst gebacken hat, wenn die Äpfel vom"
    " alten Baum hinter dem Haus reif waren. Er hält sich drei Tage.",
    ["Zutaten", "250 g Mehl", "150 g Zucker", "3 Eier"],
    "Die Butter mit dem Zucker schlagen, die Eier einzeln dazugeben, dann das Mehl"
    " unterheben. Die Äpfel schneiden und auf den Teig legen.",
)


def test_a_recipes_list_is_cut_line_by_line_and_its_wrapped_paragraphs_stay_whole() -> None:
    # Every block has as many lines in en and fr, the list's too (de lacks an item): the
    # list's line breaks leave room for the next word, the paragraphs' (wrapped at 72) none.
    documents, segments, groups = _group(("en", RECIPE_EN), ("fr", RECIPE_FR), ("de", RECIPE_DE))
    cut = verse.verse_segments(documents, segments, groups)
    for segs, items in zip(cut, (5, 5, 4), strict=True):
        list_block = [s.text for s in segs if s.paragraph == 2]
        assert len(list_block) == items and "\n" not in "".join(list_block)
        wrapped = [s.text for s in segs if s.paragraph in (1, 3)]
        assert sum("\n" in text for text in wrapped) >= 2  # sentences across a line break
        assert len(wrapped) == 4


def test_the_stanza_a_version_added_is_cut_as_the_others() -> None:
    added = POEM_ES.replace(
        "El granjero",
        "Canta el gallo por la tarde\ny el perro duerme al sol,\n"
        "la vaca mira el camino\ny nadie dice nada.\n\nEl granjero",
    )
    documents, segments, groups = _group(("en", POEM_EN), ("de", POEM_DE), ("es", added))
    cut = verse.verse_segments(documents, segments, groups)
    assert [s.paragraph for s in cut[2]] == [0] + [1] * 4 + [2] * 4 + [3] * 4


def test_thai_sentences_a_line_with_no_mark_are_cut_as_the_other_versions_lines() -> None:
    # One sentence a line, no blank line: the Thai lines end in no sentence mark, so alone
    # they read as one wrapped paragraph (a 500-document news corpus had five false
    # `missing` rows so); the English lines are paragraphs of their own.
    en = (
        "The rocket took off on 3 May 2014.\nIt carried 42 Povolufu satellites.\n"
        "The booster landed after 8 minutes.\n"
    )
    th = "จรวดขึ้นบินเมื่อวันที่ 3 พฤษภาคม 2014\nบรรทุกดาวเทียม Povolufu 42\nบูสเตอร์ลงจอดหลัง 8\n"
    documents, segments, groups = _group(("en", en), ("th", th))
    assert any("\n" in s.text for s in segments[1])
    cut = verse.verse_segments(documents, segments, groups)
    assert [s.text for s in cut[1]] == th.split("\n")[:3]
    assert [s.paragraph for s in cut[0]] == [s.paragraph for s in cut[1]] == [0, 0, 0]


def test_a_group_without_a_line_break_in_its_segments_is_left_as_it_is() -> None:
    # `verse_segments` skips such a group before reading its blocks: `lines_to_cut` finds
    # nothing to cut in it (no segment holds a line break), whatever its blocks' shapes
    documents, segments, groups = _group(
        ("en", _wrapped(PROSE, 2000)), ("fr", _wrapped(PROSE_FR, 2000))
    )
    assert not any("\n" in s.text for segs in segments for s in segs)
    assert verse.lines_to_cut([d.text for d in documents], segments) is None
    out = verse.verse_segments(documents, segments, groups)
    assert all(a is b for a, b in zip(out, segments, strict=True))
    # and a poem's group, whose segments hold its line breaks, is still cut
    documents, segments, groups = _group(("en", POEM_EN), ("es", POEM_ES))
    assert any("\n" in s.text for segs in segments for s in segs)
    out = verse.verse_segments(documents, segments, groups)
    assert any(a is not b for a, b in zip(out, segments, strict=True))
