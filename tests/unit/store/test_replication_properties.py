"""Random rapporteurs, random edits, skewed clocks, partial exchanges in random order: they all converge.

A model keeps, for two structured fields (a session's room, an action's owner), every write with what its
writer had seen. After everyone has everyone's updates, each field must show exactly the model's heads: one
value, or a listed conflict between exactly the concurrent values. Nothing else is allowed to disappear.
"""

from __future__ import annotations

import contextlib
import itertools
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, precondition, rule
from support.replicas import assert_search_is_a_rebuild, canonical, skew

from meetingkit.core.model import ActionFields
from meetingkit.store import EventStore

DAY_MS = 24 * 3600 * 1000
# What a rapporteur types (control characters are refused by validation, which is not what this tests).
NOTE_TEXT = st.text(st.characters(categories=["L", "N", "P", "Zs"]), min_size=1, max_size=30).filter(
    str.strip
)


class _GivenUp(Exception):
    pass


@dataclass(frozen=True)
class Write:
    record: str
    field: str
    value: str
    seen: frozenset[int]


class Rapporteurs(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="replicas-"))
        self.stores: list[EventStore] = []
        self.knows: list[set[int]] = []
        self.writes: dict[int, Write] = {}
        self.counter = itertools.count()

    @initialize(count=st.integers(2, 6))
    def laptops(self, count: int) -> None:
        original = self.folder / "event.meeting"
        with EventStore.create(
            original, title="Congress", start="2024-05-01", end="2024-05-02", author="Org"
        ) as s:
            for title in ("Plenary", "Workshop"):
                session = s.add_session(s.day(1).id, title, room="Main hall")
                s.add_entry(session.id, f"! Follow up on the {title.lower()}")
        for n in range(count):
            path = self.folder / f"r{n}.meeting"
            shutil.copyfile(original, path)
            self.stores.append(EventStore.open(path, author=f"R{n}"))
            self.knows.append(set())

    def teardown(self) -> None:
        try:
            if self.stores:
                self.everyone_has_everything()
        finally:
            self._close()

    def _close(self) -> None:
        for store in self.stores:
            store.close()
        shutil.rmtree(self.folder, ignore_errors=True)

    # ------------------------------------------------------------------ edits

    def _record_write(self, r: int, record: str, field: str, value: str) -> None:
        wid = next(self.counter)
        self.writes[wid] = Write(record, field, value, frozenset(self.knows[r]))
        self.knows[r].add(wid)

    @rule(data=st.data())
    def edit_room(self, data: st.DataObject) -> None:
        r = data.draw(st.integers(0, len(self.stores) - 1))
        sessions = self.stores[r].sessions()
        if not sessions:
            return
        session = sessions[data.draw(st.integers(0, 99)) % len(sessions)]
        value = f"Room {next(self.counter)}"
        self.stores[r].update_session(session.id, room=value)
        self._record_write(r, session.id, "room", value)

    @rule(data=st.data())
    def edit_owner(self, data: st.DataObject) -> None:
        r = data.draw(st.integers(0, len(self.stores) - 1))
        actions = [i for i in self.stores[r].items() if i.action is not None]
        if not actions:
            return
        item = actions[data.draw(st.integers(0, 99)) % len(actions)]
        value = f"Owner {next(self.counter)}"
        assert item.action is not None
        self.stores[r].update_item(item.id, action=ActionFields(value, item.action.due, item.action.horizon))
        self._record_write(r, item.id, "owner", value)

    @rule(data=st.data(), text=NOTE_TEXT)
    def add_note(self, data: st.DataObject, text: str) -> None:
        r = data.draw(st.integers(0, len(self.stores) - 1))
        sessions = self.stores[r].sessions()
        if sessions:
            self.stores[r].add_item(sessions[data.draw(st.integers(0, 99)) % len(sessions)].id, text)

    @rule(data=st.data(), text=NOTE_TEXT)
    def edit_note_text(self, data: st.DataObject, text: str) -> None:
        r = data.draw(st.integers(0, len(self.stores) - 1))
        items = self.stores[r].items()
        if items:
            self.stores[r].update_item(items[data.draw(st.integers(0, 99)) % len(items)].id, text=text)

    @rule(data=st.data(), text=NOTE_TEXT)
    def edit_given_up(self, data: st.DataObject, text: str) -> None:
        """A change rolled back halfway (an error inside a batch): the replica must not reuse its ids."""
        r = data.draw(st.integers(0, len(self.stores) - 1))
        store = self.stores[r]
        sessions = store.sessions()
        if not sessions:
            return
        with contextlib.suppress(_GivenUp), store.batch():
            store.add_item(sessions[0].id, text)
            raise _GivenUp

    @rule(data=st.data())
    def reopen(self, data: st.DataObject) -> None:
        """The rapporteur closes the laptop: the next open writes with a fresh replica, history unloaded."""
        r = data.draw(st.integers(0, len(self.stores) - 1))
        store = self.stores[r]
        store.close()
        self.stores[r] = EventStore.open(store.path, author=f"R{r}")

    @rule(data=st.data())
    def move_note(self, data: st.DataObject) -> None:
        r = data.draw(st.integers(0, len(self.stores) - 1))
        items = self.stores[r].items()
        if items:
            self.stores[r].move_item(
                items[data.draw(st.integers(0, 99)) % len(items)].id, data.draw(st.integers(0, 5))
            )

    @rule(data=st.data())
    def delete_note(self, data: st.DataObject) -> None:
        r = data.draw(st.integers(0, len(self.stores) - 1))
        items = [i for i in self.stores[r].items() if i.action is None]
        if items:
            self.stores[r].delete_item(items[data.draw(st.integers(0, 99)) % len(items)].id)

    @rule(data=st.data(), title=st.sampled_from(["Panel", "Side event", "Closing"]))
    def add_session(self, data: st.DataObject, title: str) -> None:
        r = data.draw(st.integers(0, len(self.stores) - 1))
        store = self.stores[r]
        store.add_session(store.day(data.draw(st.integers(1, 2))).id, title)

    @rule(data=st.data(), name=st.sampled_from(["stage.png", "crowd.png"]))
    def attach(self, data: st.DataObject, name: str) -> None:
        r = data.draw(st.integers(0, len(self.stores) - 1))
        store = self.stores[r]
        store.add_attachment(name.encode() * 3, filename=name, kind="photo", media_type="image/png")

    @rule(data=st.data(), offset=st.integers(-DAY_MS, DAY_MS))
    def clock_jumps(self, data: st.DataObject, offset: int) -> None:
        skew(self.stores[data.draw(st.integers(0, len(self.stores) - 1))], offset)

    @precondition(lambda self: len(self.stores) > 1)
    @rule(data=st.data())
    def hand_over(self, data: st.DataObject) -> None:
        """One rapporteur merges some others' files, in the order drawn."""
        r = data.draw(st.integers(0, len(self.stores) - 1))
        others = data.draw(
            st.lists(
                st.sampled_from([n for n in range(len(self.stores)) if n != r]),
                min_size=1,
                max_size=3,
                unique=True,
            )
        )
        self.stores[r].merge([self.stores[o].path for o in others])
        for o in others:
            self.knows[r] |= self.knows[o]

    # ------------------------------------------------------------------ the end: everyone has everything

    @rule()
    def everyone_has_everything(self) -> None:
        """After a full exchange: one content everywhere, nothing concurrent lost, merging again is a no-op."""
        for _ in range(2):
            for r, store in enumerate(self.stores):
                store.merge([s.path for s in self.stores if s is not store])
                self.knows[r] = set().union(*self.knows)
        first = canonical(self.stores[0])
        for store in self.stores[1:]:
            assert canonical(store) == first
        again = self.stores[0].merge([s.path for s in self.stores[1:]])
        assert all((rep.added, rep.changed, rep.conflicts) == (0, 0, ()) for rep in again)
        self._matches_model(self.stores[0])
        assert_search_is_a_rebuild(self.stores[0])

    def _matches_model(self, store: EventStore) -> None:
        listed = {(c.record, c.field): {x.value for x in c.candidates} for c in store.conflicts()}
        by_field: dict[tuple[str, str], set[int]] = {}
        for wid, write in self.writes.items():
            by_field.setdefault((write.record, write.field), set()).add(wid)
        for (record, field), wids in by_field.items():
            superseded = {seen for wid in wids for seen in self.writes[wid].seen}
            heads = {self.writes[wid].value for wid in wids - superseded}
            column = "room" if field == "room" else "owner"
            table = "session" if field == "room" else "item"
            shown = store.query(f"SELECT {column} FROM {table} WHERE id = ?", (record,))[0][0]
            assert shown in heads
            if len(heads) == 1:
                assert (record, field) not in listed
            else:
                assert listed.get((record, field)) == heads


Rapporteurs.TestCase.settings = settings(
    max_examples=12,
    stateful_step_count=14,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
test_rapporteurs_converge = Rapporteurs.TestCase
