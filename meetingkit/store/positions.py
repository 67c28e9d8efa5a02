"""Order as position keys: moving one record writes one key, and concurrent moves and inserts all survive.

Siblings (a day's sessions, a session's notes, the photos...) sort by (position key, id). Keys are fractional
indices (strings that sort between any two others). When the local code reorders siblings, only the records
that really moved get new keys: the longest run of siblings already in key order keeps its keys.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Mapping, Sequence


def _longest_increasing(keys: Sequence[str]) -> set[int]:
    """Indexes of one longest strictly increasing subsequence (patience sorting, O(n log n))."""
    tails: list[str] = []
    tail_index: list[int] = []
    previous = [-1] * len(keys)
    for i, key in enumerate(keys):
        at = bisect_left(tails, key)
        if at == len(tails):
            tails.append(key)
            tail_index.append(i)
        else:
            tails[at] = key
            tail_index[at] = i
        previous[i] = tail_index[at - 1] if at else -1
    kept: set[int] = set()
    i = tail_index[-1] if tail_index else -1
    while i >= 0:
        kept.add(i)
        i = previous[i]
    return kept


def repair(order: Sequence[str], keys: Mapping[str, str]) -> dict[str, str]:
    """New keys for the records of `order` (the wanted order) whose current key does not fit it."""
    # Imported by the writes that need keys, not at every open (with `decimal` under it, ~2 ms).
    from fractional_indexing import generate_n_keys_between

    # Strictly increasing keys: two siblings with one key (concurrent inserts) are never both kept, so
    # there is always room for new keys between the kept ones.
    present = [i for i, rid in enumerate(order) if rid in keys]
    kept = {present[j] for j in _longest_increasing([keys[order[i]] for i in present])}
    changes: dict[str, str] = {}
    i = 0
    while i < len(order):
        if i in kept:
            i += 1
            continue
        start = i
        while i < len(order) and i not in kept:
            i += 1
        before = keys[order[start - 1]] if start > 0 else None
        after = keys[order[i]] if i < len(order) else None
        for rid, key in zip(order[start:i], generate_n_keys_between(before, after, i - start), strict=True):
            changes[rid] = key
    return changes


def initial(count: int) -> list[str]:
    """Keys for `count` records in order, the same on every machine (used for files that had no keys)."""
    from fractional_indexing import generate_n_keys_between

    return list(generate_n_keys_between(None, None, count)) if count else []
