""" "Probably the same session": two sessions of one day with the same title (two rapporteurs each created the
session they covered) folded into one, as one undo step. Offered after a merge brings such a pair in, and
from the navigator's context menu.

The fold itself is EventStore.merge_sessions (notes after the kept session's own, in their order and with
their ids, capture times and register history; photos, people and roles; the details the kept one lacks;
both summaries). Undo brings the other session back with its notes, photos and people where they were, and
the kept one as it was.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt

from meetingkit.core.model import Session
from meetingkit.ui.actions import ActionId
from meetingkit.ui.commands import DocumentCommand, _session_fields
from meetingkit.ui.document import EventDocument

if TYPE_CHECKING:
    from meetingkit.ui.main_window import MainWindow


class MergeSessions(DocumentCommand):
    """Fold session `other_id` into `keep_id`; undo restores both sessions and the notes where they were."""

    def __init__(
        self, document: EventDocument, keep_id: str, other_id: str, parent: DocumentCommand | None = None
    ) -> None:
        super().__init__(document, "Merge sessions", parent)
        self.keep_id = keep_id
        self.other_id = other_id
        self.before: dict[str, Any] | None = None
        self.notes: list[str] = []
        self.photos: list[str] = []

    def forward(self) -> None:
        if self.before is None:
            self.before = _session_fields(self.store.session(self.keep_id))
            self.notes = [item.id for item in self.store.items(self.other_id)]
            self.photos = [a.id for a in self.store.attachments() if a.session_id == self.other_id]
        self.store.merge_sessions(self.keep_id, self.other_id)
        self.document.session_removed.emit(self.other_id)
        self.document.session_changed.emit(self.keep_id)

    def backward(self) -> None:
        assert self.before is not None
        self.store.restore_session(self.other_id)
        for index, note in enumerate(self.notes):
            self.store.move_item(note, index, self.other_id)
        for photo in self.photos:
            self.store.update_attachment(photo, session_id=self.other_id)
        self.store.update_session(self.keep_id, **self.before)
        self.document.session_added.emit(self.other_id)
        self.document.session_changed.emit(self.keep_id)


class SessionMerger(QObject):
    """Owned by the window's Replication: the offer after a merge and the navigator's context-menu entry."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.document = window.document
        self.declined: set[frozenset[str]] = set()  # pairs the user chose to keep apart, this window
        action = window.action_of[ActionId.MERGE_SESSIONS]
        action.triggered.connect(self.merge_current)
        action.setEnabled(not self.document.read_only)
        # The navigator's own entries (rename, move, delete) join this one in its context menu.
        window.navigator.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        window.navigator.addAction(action)

    def _pairs(self) -> list[tuple[Session, Session]]:
        return [
            (a, b)
            for a, b in self.document.store.probable_duplicates()
            if frozenset((a.id, b.id)) not in self.declined
        ]

    def _day_number(self, day_id: str) -> int:
        return next((day.index for day in self.document.store.days() if day.id == day_id), 0)

    def offer(self) -> bool:
        """After a merge: ask about the first pair not declined yet; True if a question is shown."""
        if self.document.read_only:
            return False
        pairs = self._pairs()
        if not pairs:
            return False
        keep, other = pairs[0]
        key = frozenset((keep.id, other.id))
        self.window.session_view.banner.show_message(
            self.tr(
                '"{0}" is there twice on day {1}: probably the same session, created by two rapporteurs.'
                " Merge them? The notes, photos and people of both are kept (Undo takes it back)."
            ).format(keep.title, self._day_number(keep.day_id)),
            (
                (self.tr("&Merge them"), lambda: self._merge_and_go_on(keep.id, other.id)),
                (self.tr("&Keep both"), lambda: self._decline(key)),
            ),
        )
        return True

    def _decline(self, key: frozenset[str]) -> None:
        self.declined.add(key)
        self.offer()

    def _merge_and_go_on(self, keep_id: str, other_id: str) -> None:
        self.merge(keep_id, other_id)
        self.offer()

    def merge(self, keep_id: str, other_id: str) -> bool:
        title = self.document.store.session(keep_id).title
        if not self.document.push(MergeSessions(self.document, keep_id, other_id)):
            return False
        self.window.open_session(keep_id)
        self.window.statusBar().showMessage(
            self.tr('Merged the two "{0}" sessions into one.').format(title), 10_000
        )
        return True

    def merge_current(self) -> bool:
        """The navigator's entry: fold the other session of the same title into the selected one."""
        current = self.window.navigator.current_session_id()
        for a, b in self.document.store.probable_duplicates():
            if current in (a.id, b.id):
                other = b.id if current == a.id else a.id
                return self.merge(current, other)
        self.window.statusBar().showMessage(
            self.tr("No other session of that day has the same title."), 10_000
        )
        return False
