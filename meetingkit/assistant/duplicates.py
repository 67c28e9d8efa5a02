"""The same point made by several notes (two rapporteurs, or one twice): found so it is said once."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence

# Share of words two notes must have in common to make the same point: high enough that "study visits
# work with a concrete question" and "study visits fail without follow-up" stay two points.
JACCARD = 0.6
# A short note wholly inside a longer one ("peer reviews teach both sides" in a longer note) is the same point.
CONTAINED = 0.85
MIN_CONTAINED_WORDS = 4
# What both tests ask at least: the smaller set shares this share of its words (Jaccard >= t gives
# common >= t * |union| >= t * |smaller|).
MIN_SHARE = min(JACCARD, CONTAINED)


def same_point(a: set[str], b: set[str]) -> bool:
    if not a or not b:
        return False
    common = len(a & b)
    if common / len(a | b) >= JACCARD:
        return True
    smaller = min(len(a), len(b))
    return smaller >= MIN_CONTAINED_WORDS and common / smaller >= CONTAINED


def groups(word_sets: Sequence[set[str]]) -> list[list[int]]:
    """Indexes grouped by point (transitively), each group in index order, groups by their first index.

    Both tests of `same_point` need the smaller set to share at least MIN_SHARE of its words with the other,
    so, with every set's words ordered rarest first, a pair can only qualify if the smaller set's first
    few words (its prefix) meet the other set: only those candidates are compared. A session of 1,000 notes
    compares a few thousand pairs, not half a million (prefix filtering, as in set-similarity joins).
    """
    count = len(word_sets)
    parent = list(range(count))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    frequency = Counter(word for words in word_sets for word in words)
    holders: dict[str, list[int]] = defaultdict(list)  # every set, under every one of its words
    for i, words in enumerate(word_sets):
        for word in words:
            holders[word].append(i)
    for i, words in enumerate(word_sets):
        if not words:
            continue
        size = len(words)
        # Counted with the division `same_point` uses, so rounding can never shorten the prefix too much.
        needed = next(k for k in range(1, size + 1) if k / size >= MIN_SHARE)
        prefix = sorted(words, key=lambda w: (frequency[w], w))[: size - needed + 1]
        candidates: set[int] = set()
        for word in prefix:
            candidates.update(holders[word])
        for j in candidates:
            # Each pair is tried from its smaller set (both, when they are the same size).
            if j == i or len(word_sets[j]) < size:
                continue
            if same_point(words, word_sets[j]):
                ri, rj = root(i), root(j)
                if ri != rj:
                    parent[max(ri, rj)] = min(ri, rj)
    found: dict[int, list[int]] = {}
    for i in range(count):
        found.setdefault(root(i), []).append(i)
    return sorted(found.values(), key=lambda g: g[0])
