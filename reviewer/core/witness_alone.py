"""A pivot sentence that every other version of the group leaves alone (N-way witnesses).

In a group's second pass each version is judged against the others as well as the pivot
(`group_alignment._second_passes`). Where the pivot holds a sentence that no other version
translates, each of their first passes leaves it alone (a 1-0 bead); a version whose own
first pass paired it with something is then the odd one out, and more likely paired a
neighbour (or text it moved) with it than kept a sentence nobody else has. Leaving such a
sentence alone costs this version `ALONE_CREDIT` less, and no paragraph balance
(`aligning._refine`).

The metro report of tests/data/planted/metro_line aligned through its Thai version (stop 38,
branch thai38): th adds the service hours at the end of the second paragraph, and fr gives
its last paragraph (six years of works, buses) before the one above it. en, id, ja, ko and
vi all left the Thai sentence alone; fr paired its two moved sentences with it (one 1-2
bead: nothing of theirs is in the Thai sentence, nor anything of the Thai sentence's in fr),
so the row of a sentence only Thai has showed French text, and the move went unseen. With the
credit the two French sentences are rows of their own, each a minor "moved" naming the Thai
row it translates, and the Thai sentence's row is empty in every version.

Among many versions a few may pair it with something of theirs: water_conference through id
(stop 43), whose own sentence on an award es paired with its own added sentence beside it and
th with a clause of the sentence before; fr then merged it into its sentence before.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from reviewer.core.align_options import Bead
    from reviewer.core.aligning import _Pair

# Cost units taken off leaving such a sentence alone: about the 1-0 bead's prior (-log 0.005
# is 5.3) less the skip's fixed part (-2). At 2 the metro report's fr bead stayed.
ALONE_CREDIT = 4.0
# Other versions with text that must all leave the sentence alone: with two, one version's
# own omission beside another's mistake would be enough.
ALONE_VOTERS = 3
# ... or, where they are ALONE_MANY at least, ALONE_SHARE of them (two of eleven pairing it).
ALONE_MANY = 6
ALONE_SHARE = 0.8


def pivot_alone(
    lang: str,
    first: Mapping[str, tuple[list[Bead], list[float]]],
    pairs: Mapping[str, _Pair | None],
) -> None:
    """Mark on `pairs[lang].src.alone_credit` the pivot sentences of content that the other
    versions' first passes (`first`) leave alone (`left_alone`; left None where none is)."""
    alone = left_alone(lang, first, pairs)
    if alone is not None:
        pairs[lang].src.alone_credit = np.where(alone, ALONE_CREDIT, 0.0)


def left_alone(
    lang: str,
    passes: Mapping[str, tuple[list[Bead], list[float]]],
    pairs: Mapping[str, _Pair | None],
) -> np.ndarray | None:
    """Per pivot sentence, whether it is content that at least `ALONE_VOTERS` other versions'
    beads (`passes`) all leave alone, or `ALONE_SHARE` of `ALONE_MANY` or more; None where
    none is."""
    pair = pairs[lang]
    if pair is None:
        return None
    n = pair.src.size
    holding = np.zeros(n, dtype=int)
    voters = 0
    for other, (beads, _) in passes.items():
        if other == lang or pairs.get(other) is None:
            continue
        voters += 1
        # (each bead's rows set one by one took 2.4 s for the 40 versions of a group of
        # 3,000 rows, each judged against the 39 others, final38)
        held = np.zeros(n, dtype=bool)
        held[[i for s, t in beads if t for i in s]] = True
        holding += held
    if voters < ALONE_VOTERS:
        return None
    dissent = int((1 - ALONE_SHARE) * voters + 1e-9) if voters >= ALONE_MANY else 0
    alone = (holding <= dissent) & (pair.src.kinds == 0)
    return alone if alone.any() else None
