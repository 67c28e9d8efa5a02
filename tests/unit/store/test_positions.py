"""Position keys: reordering gives keys in the wanted order and re-keys as few records as possible."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from meetingkit.store import EventStore, replica
from meetingkit.store.positions import _longest_increasing, appended, in_order, initial, keys_after, repair


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


@st.composite
def edits(draw: st.DrawFn) -> tuple[list[tuple[str, int, str | None]], dict[str, str]]:
    """A keyed group as every write leaves it (keys follow the order; ties allowed), then one or two of its
    records changed: edited where they stand, moved to another order, or deleted (gone from the rows)."""
    count = draw(st.integers(1, 12))
    ords = sorted(draw(st.lists(st.integers(0, 30), min_size=count, max_size=count)))
    keys = initial(count)
    rows = [(f"k{n:02d}", o, keys[n]) for n, o in enumerate(ords)]
    changed = {
        rid: draw(st.sampled_from(["edit", "move", "delete"]))
        for rid in draw(st.lists(st.sampled_from([r[0] for r in rows]), min_size=1, max_size=2, unique=True))
    }
    for rid, what in changed.items():
        index = next(i for i, r in enumerate(rows) if r[0] == rid)
        if what == "move":
            rows[index] = (rid, draw(st.integers(0, 31)), rows[index][2])
        elif what == "delete":
            del rows[index]
    return rows, changed


def _neighbours(rows: list[tuple[str, int, str | None]], rid: str) -> bool:
    """in_order as the store reads it for `rid` (replica._in_order): a record deleted has nothing to check."""
    mine = [r for r in rows if r[0] == rid]
    if not mine:
        return True
    _, order, key = mine[0]
    tied = any(r[1] == order and r[0] != rid for r in rows)
    lower = [r[1] for r in rows if r[1] < order]
    upper = [r[1] for r in rows if r[1] > order]
    before = [r[2] for r in rows if lower and r[1] == max(lower)]
    after = [r[2] for r in rows if upper and r[1] == min(upper)]
    return in_order(key, tied, before, after)


@given(edits())
def test_records_edited_where_they_stand_keep_their_keys_as_the_whole_group_repaired_would(
    case: tuple[list[tuple[str, int, str | None]], dict[str, str]],
) -> None:
    rows, changed = case
    wanted = [r[0] for r in sorted(rows, key=lambda r: (r[1], r[2] is None, r[2] or "", r[0]))]
    whole = repair(wanted, {r[0]: r[2] for r in rows if r[2] is not None})
    short = all(_neighbours(rows, rid) for rid in changed)
    if short:
        assert whole == {}
    # Edits and deletions (nothing moved) of records alone at their order take the short way.
    orders = [r[1] for r in rows]
    alone = all(orders.count(r[1]) == 1 for r in rows if r[0] in changed)
    if "move" not in changed.values() and alone:
        assert short


def test_editing_a_note_reads_its_neighbours_not_its_session(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with EventStore.create(
        tmp_path / "e.meeting", title="Congress", start="2024-05-01", end="2024-05-01"
    ) as store:
        session = store.add_session(store.day(1).id, "Plenary").id
        with store.batch():
            notes = [store.add_entry(session, f"Note {n}") for n in range(300)]
        whole_reads: list[str] = []
        siblings = replica._siblings
        monkeypatch.setattr(
            replica,
            "_siblings",
            lambda conn, table, parent: whole_reads.append(table) or siblings(conn, table, parent),
        )
        keys_before = dict(store._conn.execute("SELECT record, pos FROM reg_pos"))
        store.update_item(notes[150].id, text="Note 150, corrected")
        store.update_item(notes[0].id, text="Note 0, corrected")
        assert whole_reads == []
        assert dict(store._conn.execute("SELECT record, pos FROM reg_pos")) == keys_before
        store.move_item(notes[299].id, 10)  # a move: the whole session, as before
        assert whole_reads == ["item"]
        shown = store.items(session)
        assert [n.text for n in shown][:2] == ["Note 0, corrected", "Note 1"]
        assert shown[10].id == notes[299].id and shown[151].text == "Note 150, corrected"
        keys = dict(store._conn.execute("SELECT record, pos FROM reg_pos"))
        assert [keys[n.id] for n in shown] == sorted(keys[n.id] for n in shown)


_KEY_CHARS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-"


@st.composite
def keys(draw: st.DrawFn) -> str | None:
    """A key the library made (after a run of appends from any start), or any short string at all."""
    from fractional_indexing import generate_key_between

    if draw(st.booleans()):
        return draw(st.one_of(st.none(), st.text(_KEY_CHARS, max_size=8)))
    head = draw(st.sampled_from("abcdxyzAYZ"))
    length = ord(head) - ord("a") + 2 if head.islower() else ord("Z") - ord(head) + 2
    integer = draw(st.text("0123456789Zyz", min_size=length - 1, max_size=length - 1))
    fraction = draw(st.text("0Vz", max_size=3))
    key = head + integer + fraction
    try:
        for _ in range(draw(st.integers(0, 3))):
            key = generate_key_between(key, None)
    except Exception:  # the library's FIError or ValueError: an invalid start stays as drawn
        pass
    return key


@given(keys(), st.integers(0, 4))
def test_keys_after_a_key_are_the_librarys(key: str | None, count: int) -> None:
    from fractional_indexing import generate_n_keys_between

    try:
        expected: list[str] | type[Exception] = generate_n_keys_between(key, None, count)
    except Exception as exc:  # the library's error for a key it cannot follow
        expected = type(exc)
    if isinstance(expected, list):
        assert keys_after(key, count) == expected
    else:
        with pytest.raises(expected):
            keys_after(key, count)


def test_a_note_after_the_last_digit_key_carries_as_the_library_does() -> None:
    assert keys_after("az", 2) == ["b00", "b01"]
    assert keys_after("b0z", 1) == ["b10"]
    assert keys_after(None, 3) == ["a0", "a1", "a2"]
    assert keys_after("a5V", 1) == ["a6"]
