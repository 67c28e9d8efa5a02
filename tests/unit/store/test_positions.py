"""Position keys: reordering gives keys in the wanted order and re-keys as few records as possible."""

from __future__ import annotations

from itertools import pairwise

from hypothesis import given
from hypothesis import strategies as st

from meetingkit.store.positions import _longest_increasing, initial, repair


@st.composite
def orders(draw: st.DrawFn) -> tuple[list[str], dict[str, str]]:
    """A wanted order of records, some with keys (in any order), some new (no key yet)."""
    count = draw(st.integers(0, 40))
    ids = [f"r{n:02d}" for n in range(count)]
    keyed = draw(st.lists(st.sampled_from(ids), unique=True)) if ids else []
    pool = initial(len(keyed))
    shuffled = draw(st.permutations(pool))
    keys = dict(zip(keyed, shuffled, strict=True))
    return draw(st.permutations(ids)), keys


@given(orders())
def test_repaired_keys_follow_the_wanted_order(case: tuple[list[str], dict[str, str]]) -> None:
    order, keys = case
    changes = repair(order, keys)
    final = [changes.get(rid, keys.get(rid)) for rid in order]
    assert None not in final
    assert all(a < b for a, b in pairwise(final))


@given(orders())
def test_only_records_out_of_order_get_new_keys(case: tuple[list[str], dict[str, str]]) -> None:
    order, keys = case
    present = [keys[rid] for rid in order if rid in keys]
    changes = repair(order, keys)
    # The unkeyed records, and the fewest keyed ones that break the order (one longest run keeps its keys).
    assert len(changes) == len(order) - len(_longest_increasing(present))
    if all(a < b for a, b in pairwise(present)):
        assert set(changes) == {rid for rid in order if rid not in keys}


def test_a_note_appended_after_ordered_ones_is_the_only_record_keyed() -> None:
    order = ["a", "b", "c", "new"]
    keys = dict(zip("abc", initial(3), strict=True))
    changes = repair(order, keys)
    assert list(changes) == ["new"]
    assert changes["new"] > keys["c"]
