"""Order as position keys: moving one record writes one key, and concurrent moves and inserts all survive.

Siblings (a day's sessions, a session's notes, the photos...) sort by (position key, id). Keys are fractional
indices (strings that sort between any two others). When the local code reorders siblings, only the records
that really moved get new keys: the longest run of siblings already in key order keeps its keys.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Collection, Mapping, Sequence
from itertools import pairwise


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
    order = [row[0] for row in sorted(new, key=lambda row: (row[1], row[0]))]
    return dict(zip(order, keys_after(before, count), strict=True))


# fractional_indexing's digits: a key is a head letter, that many integer digits, then a fraction.
_DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
_NEXT_DIGIT = dict(pairwise(_DIGITS))


def keys_after(key: str | None, count: int) -> list[str]:
    """`count` keys after `key` (None: the first keys of a group), in order: what fractional_indexing's
    `generate_n_keys_between(key, None, count)` gives.

    A capture appends one note; importing fractional_indexing (which imports `typing` at its top) cost each
    `add` ~3 ms, a tenth of what it paid above a bare insert. The usual key (a lowercase head, its integer
    digits not all the last digit) is incremented here as the library does; any other key goes to the
    library, which gives its keys and errors (a property test holds the two to the same answers).
    """
    keys: list[str] = []
    for _ in range(count):
        key = _key_after(key)
        keys.append(key)
    return keys


def _key_after(key: str | None) -> str:
    if key is None:
        return "a0"
    head = key[:1]
    length = ord(head) - ord("a") + 2 if "a" <= head <= "y" else 0
    integer = key[1:length]
    if length and len(key) >= length and not key[length:].endswith("0"):
        at = len(integer)
        while at and integer[at - 1] == "z":
            at -= 1
        if at and all(digit in _NEXT_DIGIT or digit == "z" for digit in integer):
            return head + integer[: at - 1] + _NEXT_DIGIT[integer[at - 1]] + "0" * (len(integer) - at)
    from fractional_indexing import generate_key_between

    after: str = generate_key_between(key, None)
    return after


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
