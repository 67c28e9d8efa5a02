"""The same point made by several notes (two rapporteurs, or one twice): found so it is said once."""

from __future__ import annotations

from collections.abc import Sequence

# Share of words two notes must have in common to make the same point: high enough that "study visits
# work with a concrete question" and "study visits fail without follow-up" stay two points.
JACCARD = 0.6
# A short note wholly inside a longer one ("peer reviews teach both sides" in a longer note) is the same point.
CONTAINED = 0.85
MIN_CONTAINED_WORDS = 4


def same_point(a: set[str], b: set[str]) -> bool:
    if not a or not b:
        return False
    common = len(a & b)
    if common / len(a | b) >= JACCARD:
        return True
    smaller = min(len(a), len(b))
    return smaller >= MIN_CONTAINED_WORDS and common / smaller >= CONTAINED


def groups(word_sets: Sequence[set[str]]) -> list[list[int]]:
    """Indexes grouped by point (transitively), each group in index order, groups by their first index."""
    parent = list(range(len(word_sets)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in range(len(word_sets)):
        for j in range(i + 1, len(word_sets)):
            if same_point(word_sets[i], word_sets[j]):
                ri, rj = root(i), root(j)
                if ri != rj:
                    parent[max(ri, rj)] = min(ri, rj)
    found: dict[int, list[int]] = {}
    for i in range(len(word_sets)):
        found.setdefault(root(i), []).append(i)
    return sorted(found.values(), key=lambda g: g[0])
