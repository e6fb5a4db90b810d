"""The pairwise aligner's knobs and bead type, shared by its modules (aligning.py)."""

from __future__ import annotations

from dataclasses import MISSING, dataclass, fields

Bead = tuple[tuple[int, ...], tuple[int, ...]]


# A frozen dataclass whose __init__, __repr__, __eq__ and __hash__ are the generic ones below,
# not the ones `dataclass` writes out for these fifty fields and compiles at every start (14 M
# instructions, 1 % of `reviewer align` on one document). They do what those do, from
# `fields` (tests/test_align_startup.py compares them with the generated ones).
@dataclass(frozen=True, init=False, repr=False, eq=False)
class AlignOptions:
    """The knobs of the pairwise aligner; defaults tuned on the Text+Berg dev set only."""

    # Bead shapes and their prior probabilities (Gale & Church 1993 table, with the rarer
    # many-to-many shapes added; 0-1 and 1-0 share the "insertion/deletion" mass).
    priors: tuple[tuple[int, int, float], ...] = (
        (1, 1, 0.89),
        (1, 0, 0.005),
        (0, 1, 0.005),
        (2, 1, 0.0445),
        (1, 2, 0.0445),
        (2, 2, 0.011),
        (3, 1, 0.005),
        (1, 3, 0.005),
    )
    # Between a script written without spaces (kana, Thai) and an alphabetic one a sentence
    # is often split: priors between literary zh-en (below) and news (mostly 1-1). The
    # unspaced side is the source here; the shapes are mirrored when it is the target.
    cross_priors: tuple[tuple[int, int, float], ...] = (
        (1, 1, 0.74),
        (1, 0, 0.005),
        (0, 1, 0.005),
        (2, 1, 0.04),
        (1, 2, 0.13),
        (2, 2, 0.012),
        (3, 1, 0.003),
        (1, 3, 0.04),
        (1, 4, 0.012),
        (2, 3, 0.006),
    )
    # Han against an alphabetic script: zh-en literary text (MAC-Dev gold, 1,327 beads) is 62 %
    # 1-1, 21 % 1-2, 6 % 1-3, 5 % 2-1, 2.5 % 1-4, 1.6 % 2-2, 1 % 2-3 and 1 % with no
    # counterpart. These are those shares, with 2-2 and 2-3 lower (a 2-2 bead fits lengths
    # better than the two 1-1 beads it replaces). On Bible verses they raised Thai's false
    # alarms (11 -> 16 per 100 cells) and Japanese's did not improve, so they are Han's only.
    han_priors: tuple[tuple[int, int, float], ...] = (
        (1, 1, 0.62),
        (1, 0, 0.005),
        (0, 1, 0.005),
        (2, 1, 0.05),
        (1, 2, 0.21),
        (2, 2, 0.005),
        (3, 1, 0.003),
        (1, 3, 0.06),
        (1, 4, 0.025),
        (2, 3, 0.003),
    )
    variance: float = 6.8  # Gale & Church's s^2 for character lengths
    cross_variance: float = 10.0  # the same across scripts, in length units
    lexical_weight: float = 12.0  # cost units per unit of shared evidence
    paragraph_penalty: float = 6.0  # for merging sentences across a paragraph boundary
    skip: float = -2.0  # extra cost of a sentence left without counterpart (on top of its prior)
    skip_per_unit: float = 0.02  # and per length unit of that sentence
    unmatched_discount: float = 1.5  # off the skip cost per number nowhere on the other side
    orphan: float = 2.0  # a sentence in a bead that shares none of its evidence (see _step_costs)
    # ... times its own evidence, counted up to this many units: between two documents one
    # unit (Text+Berg test 0.863 -> 0.860 at three); in a group's second pass, where the
    # witnesses' keys and the corpus tables give a sentence more evidence to go by, three
    # (`group_orphan_mass`: a verse that shares none of four units with its partner is no
    # translation of it; Bible fault bench, docs/alignment.md)
    orphan_mass: float = 1.0
    group_orphan_mass: float = 3.0
    # In a group's second pass, leaving a sentence alone costs `lonely_skip` (a pivot
    # sentence: `lonely_skip_src`) less per unit of its word-table keys that the other document
    # nowhere has, beyond `lonely_free` units and up to `lonely_cap` more (`_lonely_credit`):
    # a verse of another chapter shares a word or two with its neighbours, but most of its
    # words have no translation anywhere in the other version (Bible fault bench, inserted
    # verses: a median of 2.3 units, against none for three translated sentences in four).
    lonely_skip: float = 1.5
    lonely_skip_src: float = 0.5
    lonely_free: float = 1.0
    # ... but a Thai version's clauses are short and its table's noise is low (over dev seeds
    # 15, 3, 7, 9, 11 its translated clauses have at most 1.0 unit in 95 of 100, an inserted
    # verse's clauses 1.0 at the median): the free units a whole sentence needs swallowed
    # half of an inserted clause's evidence (docs/alignment.md, stop 44, branch extra44)
    thai_lonely_free: float = 0.5
    lonely_cap: float = 3.0
    # ... and a version's sentence with at least `lonely_unbalanced` units of them (0: never)
    # pays no paragraph balance for being left alone, unless the version is cut finer into
    # sentences than the pivot: the balance counts one event a paragraph, and an inserted
    # verse in a paragraph that also lost one looked like text the paragraph needs
    # (`_lonely_credit`; Bible fault bench, docs/alignment.md, branch gap31).
    lonely_unbalanced: float = 2.0
    # ... and a version's sentence pays `lonely_skip` less per unit of its words that the
    # pivot sentences of its paired paragraph do not hold (`aligning._lonely_credit`; not in a
    # version cut finer than the pivot): an inserted verse of another chapter shares a few
    # words with the pivot's chapter, fewer with its paragraph (Bible fault bench, stop 41)
    paragraph_lonely: bool = True
    boilerplate_skip: float = 1.0  # a boilerplate line left on its own
    boilerplate_match: float = 0.2  # two boilerplate lines of one kind in one bead
    # The second pass's priors are learnt from the first pass's beads (`_shape_priors`):
    # the defaults count as this many beads, and these shapes join them.
    prior_weight: float = 20.0
    # fewer (a short article) say nothing of the pair's habits: the learnt priors, and across
    # scripts the literary ones (`_for_scripts`), give way to the defaults
    prior_min_beads: int = 12
    # With them, a run of two or three pivot sentences left alone is one bead, dearer than one
    # sentence left alone but cheaper than two or three: an omitted verse or paragraph is one
    # event, not one per sentence (Bible fault bench, docs/alignment.md).
    learnt_shapes: tuple[tuple[int, int, float], ...] = (
        (4, 1, 0.001),
        (1, 4, 0.001),
        (2, 0, 0.0003),
        (3, 0, 0.0001),
    )
    band: int = 10  # half-width of the first search band, in sentences
    doubtful: float = 2.0  # a 1-1 bead dearer than this calls for the second pass
    refine_band: int = 5  # the same for the second pass, around the first pass's path
    bootstrap: bool = True  # second pass with a lexicon learnt from the first (see docs)
    witnesses: bool = True  # in a group, judge each version against the others too
    witness_merge: float = 2.0  # merging pivot sentences the other versions keep apart
    # versions whose sentences beside a pivot sentence must share a word key (`w:`) for it to
    # be a witness key of the pivot sentence (0: no word keys from the witnesses)
    witness_words: int = 2
    # ... counting two keys whose words begin with this many letters alike as one (products,
    # produk: w:produc, w:produk), as the corpus tables' tokens do (`corpus_token_letters`)
    witness_stem: int = 5
    lexicon_span: int = 3  # the largest beads the lexicon learns from (sentences a side)
    # A document pair's own table needs this many beads to learn from: in a short article
    # two words that each occur twice, in the same two beads of the first pass, get a Dice of
    # 1, and where that pass paired the article one off the table learns the shift and the
    # second pass confirms it (a made-up eight-sentence page, `docs/alignment.md`). The
    # corpus tables (`known`) are not concerned.
    lexicon_min_beads: int = 12
    # How often two words must meet in the groups' second passes for the corpus table learnt
    # once more from them (`group_alignment._learnt_in_groups`, corpora of fewer than 10
    # groups a pair of languages). 3 drops the pairs a shifted bead confirms by chance (en
    # "month" / de "zur": once in 13:5 paired with 13:6 around a lost verse, once in 22:2),
    # and with them pairs that translate: Bible fault bench, stop 40 (docs/alignment.md)
    relearn_min_count: int = 2
    # The corpus tables (`group_alignment.learn_lexicons`) take a word's first five letters
    # for its token, not six: "angel" and "angels", "ангела" and "ангелы" are one (Bible
    # fault bench, `docs/alignment.md`); one document's own table keeps six (Text+Berg test:
    # 0.863 with six, 0.860 with five).
    corpus_token_letters: int = 5
    ratio_prior_chars: float = 1000.0  # pseudo-count of characters at ratio 1
    max_df: int = 25  # evidence shared by more sentences than this is too common to tell
    # The second pass's translation model (IBM model 1, see `learn_model`): the mass of its
    # evidence per sentence, 0 for off. Between alphabetic scripts it costs Text+Berg 0.013
    # strict F1 (cognates and the Dice table already say what it says), and it did not help
    # Thai or Japanese Bible verses, so only between Han and an alphabetic script.
    model1_weight: float = 0.0
    cross_model1_weight: float = 0.2
    model1_min_pairs: int = 100  # beads it needs to learn from (Bible passages: fewer, noise)
    model1_scale: float = 0.1  # a pair's model Dice this far above its neighbours' is sure
    # In a group only (`_refine`; a pair of documents has no witnesses to keep these from
    # hiding or inventing gaps):
    # - a bead that pairs a pivot sentence with a sentence outside the version's paragraph
    #   that the pivot's paragraph pairs with (`paragraph_pairs`) costs this much more (also
    #   between two documents alone that have as many paragraphs, `_same_paragraphs`);
    paragraph_cross: float = 3.0
    #   Where every version of the group has as many paragraphs as the pivot (three at
    #   least), they all witness that paragraphs pair one by one, and such a bead costs this
    #   many times as much (`group_alignment._witness_paragraphs`).
    paragraph_cross_witnessed: float = 2.0
    # - leaving a sentence alone costs what it does to its paragraph pair's length fit, times
    #   this: at most `balance_limit` more, and for a pivot sentence at most `balance_credit`
    #   less where the version is short in that paragraph and not long (by this many standard
    #   deviations) in the paragraphs beside it (`balance_paragraphs`).
    paragraph_balance: float = 2.0
    balance_limit: float = 4.0
    balance_credit: float = 3.0
    balance_neighbour: float = 0.5
    # - the length variance is learnt from the first pass's 1-1 beads (`_learnt_variance`),
    #   the script pair's default counting as this many beads (0: the default stays), and
    #   kept at least this share of the default (below it, a Vietnamese or Russian sentence
    #   that runs a little long became `extra`, one joined with its neighbour `missing`).
    variance_prior_beads: float = 20.0
    variance_floor: float = 0.7
    # Meaning re-decides the doubtful beads (semantic.py; needs the `semantic` extra): off by
    # default, `reviewer check --semantic` and `reviewer align --semantic` turn it on.
    semantic: bool = False

    def __init__(self, **values: object) -> None:
        for f in fields(self):
            if f.name in values:
                value = values.pop(f.name)
            elif f.default is not MISSING:
                value = f.default
            else:  # pragma: no cover - every knob has a default (or a default factory)
                value = f.default_factory()
            object.__setattr__(self, f.name, value)  # (frozen: as dataclass's __init__ sets)
        if values:
            name = next(iter(values))
            raise TypeError(f"AlignOptions.__init__() got an unexpected keyword argument {name!r}")

    def _values(self) -> tuple:
        return tuple(getattr(self, f.name) for f in fields(self))

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._values() == other._values()

    def __hash__(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        shown = ", ".join(f"{f.name}={getattr(self, f.name)!r}" for f in fields(self) if f.repr)
        return f"{self.__class__.__qualname__}({shown})"


DEFAULT_OPTIONS = AlignOptions()
