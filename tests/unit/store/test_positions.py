"""Position keys: reordering gives keys in the wanted order and re-keys as few records as possible."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from meetingkit.store import EventStore
from meetingkit.store.positions import _longest_increasing, appended, initial, repair


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


@st.composite
def groups(draw: st.DrawFn) -> tuple[list[tuple[str, int, str | None]], list[str]]:
    """A group as every write leaves it (its keyed records' keys follow their distinct orders), plus records
    just added: usually after the others, sometimes among them or level with one."""
    count = draw(st.integers(0, 12))
    ords = sorted(draw(st.lists(st.integers(0, 60), min_size=count, max_size=count, unique=True)))
    keys = initial(count)
    rows: list[tuple[str, int, str | None]] = [(f"k{n:02d}", o, keys[n]) for n, o in enumerate(ords)]
    added = [f"n{n}" for n in range(draw(st.integers(1, 3)))]
    top = max(ords, default=0)
    for rid in added:
        place = draw(st.one_of(st.integers(top + 1, top + 5), st.integers(0, top + 1)))
        rows.append((rid, place, None))
    return rows, added


@given(groups())
def test_keys_from_the_last_rows_are_those_of_the_whole_group_repaired(
    case: tuple[list[tuple[str, int, str | None]], list[str]],
) -> None:
    rows, added = case
    wanted = [r[0] for r in sorted(rows, key=lambda r: (r[1], r[2] is None, r[2] or "", r[0]))]
    whole = repair(wanted, {r[0]: r[2] for r in rows if r[2] is not None})
    # The group's last rows by order, last first, as SQLite gives them (ties in any order).
    tail = sorted(rows, key=lambda r: r[1], reverse=True)[: len(added) + 2]
    fast = appended(tail, added)
    if fast is not None:
        assert fast == whole
    # A capture (every added record after every other) takes the short way.
    keyed = [r[1] for r in rows if r[2] is not None]
    if all(r[1] > max(keyed, default=-1) for r in rows if r[2] is None):
        assert fast is not None


def test_a_note_captured_after_300_reads_the_last_rows_of_its_session_not_all(tmp_path: Path) -> None:
    with EventStore.create(
        tmp_path / "e.meeting", title="Congress", start="2024-05-01", end="2024-05-01"
    ) as store:
        session = store.add_session(store.day(1).id, "Plenary").id
        with store.batch():
            for n in range(300):
                store.add_entry(session, f"Note {n}")
        statements: list[str] = []
        store._conn.set_trace_callback(statements.append)
        last = store.add_entry(session, "Captured at the end")
        store._conn.set_trace_callback(None)
        placing = [s for s in statements if "LEFT JOIN reg_pos" in s]
        assert placing and all("LIMIT" in s for s in placing), placing
        keys = dict(store._conn.execute("SELECT record, pos FROM reg_pos"))
        notes = store.items(session)
        assert notes[-1].id == last.id
        assert [keys[n.id] for n in notes] == sorted(keys[n.id] for n in notes)
        # Moved to the top, then another captured: the whole session is repaired, and the order holds.
        store.move_item(last.id, 0)
        store.add_entry(session, "And one more")
        keys = dict(store._conn.execute("SELECT record, pos FROM reg_pos"))
        notes = store.items(session)
        assert [n.text for n in notes][:2] == ["Captured at the end", "Note 0"]
        assert notes[-1].text == "And one more"
        assert [keys[n.id] for n in notes] == sorted(keys[n.id] for n in notes)
