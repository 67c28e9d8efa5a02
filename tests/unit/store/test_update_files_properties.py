"""Any sequence of sends and merges of update files among 2-4 copies ends where whole-file merges would.

Each copy edits at random, writes update files in every way `meetingkit send` can (for a given copy, from an
update that copy sent, since its last send to a folder, everything), and merges random sets of the files
written so far in random order. A file the receiver cannot use yet must be refused and change nothing. At the
end everyone receives an update for their own copy from everyone: all copies hold the same content, and
merging the whole files on top brings nothing more.
"""

from __future__ import annotations

import itertools
import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, precondition, rule
from support.replicas import assert_search_is_a_rebuild, canonical

from meetingkit.store import EventStore, updates
from meetingkit.store.errors import StoreUserError


class UpdateFiles(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="updates-"))
        self.stores: list[EventStore] = []
        self.sent: list[tuple[int, Path]] = []  # (sender, file)
        self.counter = itertools.count()

    @initialize(count=st.integers(2, 4))
    def laptops(self, count: int) -> None:
        original = self.folder / "event.meeting"
        with EventStore.create(
            original, title="Congress", start="2024-05-01", end="2024-05-02", author="Org"
        ) as s:
            session = s.add_session(s.day(1).id, "Plenary", room="Main hall")
            s.add_entry(session.id, "! Follow up on the plenary")
        for n in range(count):
            path = self.folder / f"r{n}.meeting"
            shutil.copyfile(original, path)
            self.stores.append(EventStore.open(path, author=f"R{n}"))
            (self.folder / f"out{n}").mkdir()

    def teardown(self) -> None:
        try:
            if self.stores:
                self.everyone_has_everything()
        finally:
            for store in self.stores:
                store.close()
            shutil.rmtree(self.folder, ignore_errors=True)

    def _pick(self, data: st.DataObject) -> int:
        return data.draw(st.integers(0, len(self.stores) - 1))

    # ------------------------------------------------------------------ edits

    @rule(data=st.data(), text=st.text(min_size=1, max_size=20).filter(str.strip))
    def add_note(self, data: st.DataObject, text: str) -> None:
        store = self.stores[self._pick(data)]
        sessions = store.sessions()
        store.add_item(sessions[data.draw(st.integers(0, 99)) % len(sessions)].id, text)

    @rule(data=st.data())
    def edit_room(self, data: st.DataObject) -> None:
        store = self.stores[self._pick(data)]
        sessions = store.sessions()
        store.update_session(
            sessions[data.draw(st.integers(0, 99)) % len(sessions)].id, room=f"Room {next(self.counter)}"
        )

    @rule(data=st.data(), name=st.sampled_from(["stage.png", "crowd.png"]))
    def attach(self, data: st.DataObject, name: str) -> None:
        store = self.stores[self._pick(data)]
        store.add_attachment(name.encode() * 50, filename=name, kind="photo", media_type="image/png")

    @rule(data=st.data())
    def delete_note(self, data: st.DataObject) -> None:
        store = self.stores[self._pick(data)]
        items = store.items()
        if items:
            store.delete_item(items[data.draw(st.integers(0, 99)) % len(items)].id)

    # ------------------------------------------------------------------ sending and merging

    @rule(data=st.data(), how=st.sampled_from(["folder", "for-copy", "for-update", "all"]))
    def send(self, data: st.DataObject, how: str) -> None:
        r = self._pick(data)
        store = self.stores[r]
        event_id = store.event().id
        outbox = self.folder / f"out{r}"
        if how == "for-copy":
            baseline = updates.baseline_of(self.stores[self._pick(data)].path, event_id)
        elif how == "for-update" and any(s != r for s, _ in self.sent):
            theirs = data.draw(st.sampled_from([p for s, p in self.sent if s != r]))
            baseline = updates.baseline_of(theirs, event_id)
        elif how == "all":
            baseline = updates.Baseline()
        else:
            baseline = updates.baseline_in_folder(outbox, event_id, store.author)
        target = outbox / f"{next(self.counter)}{updates.SUFFIX}"
        updates.write(store.path, target, author=store.author, baseline=baseline)
        self.sent.append((r, target))

    @precondition(lambda self: bool(self.sent))
    @rule(data=st.data())
    def receive(self, data: st.DataObject) -> None:
        r = self._pick(data)
        files = [p for s, p in self.sent if s != r]
        if not files:
            return
        chosen = data.draw(st.lists(st.sampled_from(files), min_size=1, max_size=3, unique=True))
        before = canonical(self.stores[r])
        try:
            self.stores[r].merge(chosen)
        except StoreUserError as refused:
            assert "builds on changes" in str(refused)
            assert canonical(self.stores[r]) == before

    # ------------------------------------------------------------------ the end

    @rule()
    def everyone_has_everything(self) -> None:
        for _ in range(2):
            for r, store in enumerate(self.stores):
                for o, other in enumerate(self.stores):
                    if o == r:
                        continue
                    target = self.folder / f"out{o}" / f"final-{next(self.counter)}{updates.SUFFIX}"
                    baseline = updates.baseline_of(store.path, store.event().id)
                    updates.write(other.path, target, author=other.author, baseline=baseline)
                    store.merge([target])
        first = canonical(self.stores[0])
        for store in self.stores[1:]:
            assert canonical(store) == first
        for store in self.stores:
            whole = store.merge([s.path for s in self.stores if s is not store])
            assert all((rep.added, rep.changed, rep.conflicts) == (0, 0, ()) for rep in whole)
        assert canonical(self.stores[0]) == first
        assert_search_is_a_rebuild(self.stores[0])


UpdateFiles.TestCase.settings = settings(
    max_examples=8,
    stateful_step_count=12,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
test_update_files_converge_like_whole_files = UpdateFiles.TestCase
