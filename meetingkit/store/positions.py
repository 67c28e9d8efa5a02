"""Order as position keys: moving one record writes one key, and concurrent moves and inserts all survive.

Siblings (a day's sessions, a session's notes, the photos...) sort by (position key, id). Keys are fractional
indices (strings that sort between any two others). When the local code reorders siblings, only the records
that really moved get new keys: the longest run of siblings already in key order keeps its keys.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Collection, Mapping, Sequence


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


def appended(tail: Sequence[tuple[str, int, str | None]], added: Collection[str]) -> dict[str, str] | None:
    """Keys for `added`, records new to a group (no key yet) placed after all its others, read from the
    group's last rows only: `tail` is (id, order, key) by order, last first, len(added) + 2 rows (fewer when the
    group has fewer). A note captured at the end of a 1,000-note session then reads 3 rows, not 1,000.

    The keys are those `repair` gives for the whole group when its other records' keys follow their order,
    which every write and every merge leaves them in (a flush repairs what it reorders; applying a colleague's
    update renumbers the order from the keys). None when the tail does not show the added records strictly
    after a keyed last record: the caller repairs the whole group.
    """
    count = len(added)
    new, rest = tail[:count], tail[count:]
    if not count or {row[0] for row in new} != set(added) or any(row[2] is not None for row in new):
        return None
    before = None
    if rest:
        last = rest[0]
        # Strictly after it, and it strictly after the one before: ties sort by key and id in `repair`.
        if last[2] is None or last[1] >= min(row[1] for row in new):
            return None
        if len(rest) > 1 and rest[1][1] >= last[1]:
            return None
        before = last[2]
    from fractional_indexing import generate_n_keys_between

    order = [row[0] for row in sorted(new, key=lambda row: (row[1], row[0]))]
    return dict(zip(order, generate_n_keys_between(before, None, count), strict=True))


def in_order(key: str | None, tied: bool, before: Sequence[str | None], after: Sequence[str | None]) -> bool:
    """Whether a record that changed without joining its group (an edit, not a capture) keeps its key, read
    from its neighbours only: it is alone at its order, and its key falls strictly between every key at the
    order just before it (`before`) and every key at the order just after it (`after`).

    With the group's other records in their keys' order (every write and merge leaves them so), that is
    when `repair` of the whole group leaves every key as it is: editing a note of a 1,000-note session then
    reads its neighbours, not the session. False sends the caller to the whole group.
    """
    if key is None or tied or None in before or None in after:
        return False
    return all(k < key for k in before if k is not None) and all(key < k for k in after if k is not None)
