"""How far a Thai version's lengths stray from the pivot's: the residuals its length variance
is learnt from (`aligning._learnt_variance`).

Thai marks no sentence end, and its segmenter cuts at the spaces between clauses as well as
between sentences (`segmenting.thai_cuts`): a Bible verse is two to four Thai segments, and
28 of the 406 true beads of the Thai Revelation against English on the fault bench are 1-1
(seed 15, `bench/faults_diag.py`). The first pass's 1-1 beads against Thai, which the
variance was learnt from, are then few and mostly a clause beside a whole verse, and the
variance came out at 5 to 38 (`_learnt_variance`), where the Thai verses' own lengths scatter
about a fifth around the English ones (a variance of about 5 to 8): a verse paired with a
clause of its neighbour cost little more than with its own clauses. Every bead with text on
both sides says how far the version's lengths stray (1-2, 1-3, 2-3 alike), and the median
over them is not moved by the few wrong ones: 4.4 to 12.4 on the five chapters of seed 15's
first round, before the default's pull.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reviewer.core.align_evidence import Side
    from reviewer.core.align_options import Bead


def squared_residuals(src: Side, tgt: Side, beads: list[Bead], ratio: float) -> list[float]:
    """Per bead of text on both sides (no boilerplate), its squared length residual over its
    mean length (Gale-Church's z squared, before the variance divides it)."""
    out = []
    for s, t in beads:
        if not s or not t or src.kinds[list(s)].any() or tgt.kinds[list(t)].any():
            continue
        expected = float(src.lengths[list(s)].sum()) * ratio
        length = float(tgt.lengths[list(t)].sum())
        out.append((length - expected) ** 2 / max((expected + length) / 2, 1.0))
    return out
