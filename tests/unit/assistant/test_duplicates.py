"""Notes making the same point are found by comparing only likely pairs: the groups must be exactly those
that comparing every pair gives."""

from __future__ import annotations

from collections.abc import Sequence

from hypothesis import example, given, settings
from hypothesis import strategies as st

from meetingkit.assistant.duplicates import groups, same_point


def every_pair(word_sets: Sequence[set[str]]) -> list[list[int]]:
    parent = list(range(len(word_sets)))

    def root(i: int) -> int:
        while parent[i] != i:
            i = parent[i]
        return i

    for i in range(len(word_sets)):
        for j in range(i + 1, len(word_sets)):
            if same_point(word_sets[i], word_sets[j]):
                parent[max(root(i), root(j))] = min(root(i), root(j))
    found: dict[int, list[int]] = {}
    for i in range(len(word_sets)):
        found.setdefault(root(i), []).append(i)
    return sorted(found.values(), key=lambda g: g[0])


# A small vocabulary, so that notes share words often and near-misses are common.
NOTE = st.sets(st.sampled_from([f"w{n}" for n in range(12)]), max_size=9)


@settings(max_examples=300, deadline=None)
@given(st.lists(NOTE, max_size=30))
@example(
    [{"a", "b", "c", "d", "e"}, {"a", "b", "c", "x", "y"}]
)  # 3 of 5: Jaccard 3/7, contained 3/5: two points
@example([{"a", "b", "c", "d"}, {"a", "b", "c", "d", "e", "f", "g"}])  # a short note inside a longer one
@example([{"a", "b", "c", "d", "e"}, {"a", "b", "c", "d", "e", "f"}, {"f", "g"}, set()])
def test_groups_are_those_of_every_pair(word_sets: list[set[str]]) -> None:
    assert groups(word_sets) == every_pair(word_sets)


def test_a_long_session_compares_few_pairs() -> None:
    """1,000 notes over a 40-word vocabulary: still grouped, without comparing every pair."""
    import random

    rng = random.Random(7)
    vocabulary = [f"word{n}" for n in range(40)]
    notes = [set(rng.sample(vocabulary, rng.randrange(4, 12))) for _ in range(1000)]
    notes.append(set(notes[10]))  # said twice
    found = groups(notes)
    assert [10, 1000] in found
