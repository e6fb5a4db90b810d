"""Each block of a folder treated as a small folder of its own (see
grouping_candidates.blocks): what find_groups does only among few documents (short texts
grouped on their sentences, a document with most of a group's figures adopted, a version cut
short joined) is done within each block, on a view of the block's documents alone."""

from __future__ import annotations

from collections.abc import Callable, Sequence


def in_blocks(
    blocks: Sequence[Sequence[int]],
    groups: Sequence[Sequence[int]],
    treat: Callable[[Sequence[int], list[list[int]]], list[list[int]]],
) -> list[list[int]]:
    """`groups` with each block treated (`treat(indices, groups)`): `indices` are the block's
    documents in increasing order less those of a group that reaches beyond the block (a group
    of the features: it stays as it is), and `groups` those wholly inside it, both in the
    view's numbering (a document's place in `indices`); `treat` returns the view's groups.
    A folder that is one block is treated as a whole, its groups in their order."""
    block_of = {i: number for number, block in enumerate(blocks) for i in block}
    inside: dict[int, list[list[int]]] = {number: [] for number in range(len(blocks))}
    result: list[list[int]] = []
    for group in groups:
        homes = {block_of.get(i) for i in group}
        home = homes.pop() if len(homes) == 1 else None
        if home is None:
            result.append(list(group))
        else:
            inside[home].append(list(group))
    beyond = {i for group in result for i in group}
    for number, block in enumerate(blocks):
        indices = sorted(i for i in block if i not in beyond)
        place = {i: k for k, i in enumerate(indices)}
        local = [[place[i] for i in group] for group in inside[number]]
        result.extend([indices[k] for k in group] for group in treat(indices, local))
    return result
