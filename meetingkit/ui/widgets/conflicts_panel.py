"""The Conflicts panel: every open conflict side by side (record, field, each value with author and time).

"Keep this" takes one value, "Edit…" types a new one; both go through EventStore.resolve, which writes
the resolution as an edit that replicates. The panel re-reads the conflicts after each resolution.
Listing them reads every register entry of the file (2.4 s on a 10,000-note event), so it runs on a worker
with a read-only connection of its own and never holds up the window.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt, QThreadPool, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from meetingkit.core.errors import UserError
from meetingkit.store import EventStore, hlc
from meetingkit.store.conflicts import shown
from meetingkit.store.register_conflicts import Candidate, Conflict
from meetingkit.store.registers import DELETED
from meetingkit.store.replica import TEXTS
from meetingkit.ui.document import EventDocument
from meetingkit.ui.formatting import moment
from meetingkit.ui.workers import Reporter, Task, run_task

# The orphaned-notes conflict of a deleted session (store/replica.py names its field so).
NOTES = "notes"

# (parent, title, label, initial text) -> the typed value, or None when the user cancelled.
AskValue = Callable[[QWidget, str, str, str], str | None]


def ask_value(parent: QWidget, title: str, label: str, initial: str) -> str | None:
    text, ok = QInputDialog.getText(parent, title, label, text=initial)
    return text if ok else None


def when(stamp: str, zone_name: str = "") -> str:
    """A candidate's time on the meeting's clock; '' for the shared base every file starts from."""
    if stamp == hlc.ZERO:
        return ""
    try:
        iso = hlc.to_iso(stamp)
    except ValueError:  # orphaned notes carry the note's updated_at, already a timestamp
        iso = stamp
    try:
        instant = dt.datetime.fromisoformat(iso.replace("Z", "+00:00"))
    except ValueError:
        return ""
    return moment(instant, zone_name)


class ConflictsPanel(QWidget):
    """One card per conflict; emits resolved(conflict id) after the store took the resolution."""

    resolved = Signal(str)
    count_changed = Signal(int)
    refreshed = Signal()  # the cards show what the file holds now

    def __init__(
        self,
        document: EventDocument,
        parent: QWidget | None = None,
        *,
        ask: AskValue = ask_value,
        pool: QThreadPool | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("conflicts_panel")
        self.document = document
        self.ask = ask
        self.conflicts: list[Conflict] = []
        self.pool = pool if pool is not None else QThreadPool(self)
        self._reading: Task | None = None
        self._read_again = False
        self.message = QLabel(self)
        self.message.setObjectName("conflicts_message")
        self.message.setWordWrap(True)
        self.message.hide()
        self.empty = QLabel(self.tr("No conflicts: every field has one value."), self)
        self.empty.setObjectName("conflicts_empty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.cards = QWidget(self)
        self._cards_layout = QVBoxLayout(self.cards)
        self._cards_layout.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.cards)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.empty)
        layout.addWidget(scroll, 1)
        self.setAccessibleName(self.tr("Conflicts"))
        # Not after every save: the reading holds a read lock on the file for its whole scan, and with a
        # rollback journal that makes the next commit wait. A field in conflict edited where it usually
        # lives is settled by that edit; the card goes at the next refresh (showing the panel, a merge,
        # a resolution, another process's change), and "Keep this" on it says so and refreshes.
        document.reloaded.connect(self.refresh)

    def refresh(self) -> None:
        """Re-read the open conflicts on a worker; the cards are rebuilt when they arrive."""
        if self.document.closed:
            return
        if self._reading is not None:
            self._read_again = True  # what is being read may predate the latest commit
            return
        path = self.document.store.path

        def job(_reporter: Reporter) -> list[Conflict]:
            with EventStore.open(path, read_only=True) as store:
                return store.conflicts()

        self._reading = run_task(
            self.pool,
            job,
            name=self.tr("Reading the conflicts"),
            succeeded=self._show,
            failed=self._say,
            finished=self._read,
        )

    def _read(self) -> None:
        self._reading = None
        if self._read_again:
            self._read_again = False
            self.refresh()

    def _show(self, conflicts: object) -> None:
        """Rebuild the cards (a few dozen at most, after a merge)."""
        if self.document.closed or self._read_again:
            return  # closed meanwhile, or a newer reading follows
        assert isinstance(conflicts, list)
        before = len(self.conflicts)
        self.conflicts = conflicts
        while self._cards_layout.count():
            taken = self._cards_layout.takeAt(0)
            widget = taken.widget() if taken is not None else None
            if widget is not None:
                # Deleted later: the click that settled a conflict may still be running in this card.
                widget.hide()
                widget.setObjectName("")
                widget.deleteLater()
        zone = self.document.store.event().timezone
        for conflict in self.conflicts:
            self._cards_layout.addWidget(self._card(conflict, zone))
        self._cards_layout.addStretch(1)
        self.empty.setVisible(not self.conflicts)
        if len(self.conflicts) != before:
            self.count_changed.emit(len(self.conflicts))
        self.refreshed.emit()

    def card_for(self, conflict_id: str) -> QFrame | None:
        return self.cards.findChild(QFrame, f"conflict_{conflict_id}")

    def _field_label(self, conflict: Conflict) -> str:
        if conflict.field == DELETED:
            return self.tr("deleted on one laptop, edited on another")
        if conflict.field == NOTES:
            return self.tr("deleted while notes were added to it")
        return conflict.field.replace("_", " ")

    def _card(self, conflict: Conflict, zone: str) -> QFrame:
        card = QFrame(self.cards)
        card.setObjectName(f"conflict_{conflict.id}")
        card.setFrameShape(QFrame.Shape.StyledPanel)
        record = self.document.store.describe(conflict)
        heading = QLabel(f"<b>{_escape(record)}</b> · {_escape(self._field_label(conflict))}", card)
        heading.setObjectName("conflict_heading")
        heading.setWordWrap(True)
        sides = QHBoxLayout()
        for number, candidate in enumerate(conflict.candidates, start=1):
            sides.addWidget(self._side(card, conflict, number, candidate, zone), 1)
        layout = QVBoxLayout(card)
        layout.addWidget(heading)
        layout.addLayout(sides)
        if conflict.field != DELETED and not self.document.read_only:
            edit = QPushButton(
                self.tr("Move the notes to…") if conflict.field == NOTES else self.tr("Edit…"), card
            )
            edit.setObjectName("edit_value")
            edit.clicked.connect(lambda _checked=False, c=conflict: self.edit(c))
            row = QHBoxLayout()
            row.addStretch(1)
            row.addWidget(edit)
            layout.addLayout(row)
        card.setAccessibleName(self.tr("Conflict: {0}, {1}").format(record, self._field_label(conflict)))
        return card

    def _side(
        self, card: QWidget, conflict: Conflict, number: int, candidate: Candidate, zone: str
    ) -> QFrame:
        side = QFrame(card)
        side.setObjectName(f"candidate_{number}")
        side.setFrameShape(QFrame.Shape.Panel)
        side.setFrameShadow(QFrame.Shadow.Sunken)
        plain = conflict.field in (DELETED, NOTES)
        value = QLabel(str(candidate.value) if plain else shown(candidate.value), side)
        value.setObjectName("candidate_value")
        value.setWordWrap(True)
        value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        written = when(candidate.stamp, zone)
        author = candidate.author or self.tr("someone")
        meta = QLabel(self.tr("{0}, {1}").format(author, written) if written else author, side)
        meta.setObjectName("candidate_meta")
        meta.setEnabled(False)  # greyed: who and when matter less than the value
        keep = QPushButton(self.tr("Keep this"), side)
        keep.setObjectName("keep")
        keep.setEnabled(not self.document.read_only)
        keep.setAccessibleName(self.tr("Keep {0}").format(value.text()))
        keep.clicked.connect(lambda _checked=False, c=conflict, n=number: self.keep(c, n))
        layout = QVBoxLayout(side)
        layout.addWidget(value)
        layout.addWidget(meta)
        layout.addStretch(1)
        layout.addWidget(keep, 0, Qt.AlignmentFlag.AlignLeft)
        return side

    # ---------------------------------------------------------------- resolving

    def keep(self, conflict: Conflict, number: int) -> bool:
        return self._resolve(conflict, take=number)

    def edit(self, conflict: Conflict) -> bool:
        if conflict.field == NOTES:
            label = self.tr("The session to move the notes to (its title or the start of it):")
            initial = ""
        else:
            label = self.tr("The value of {0}:").format(conflict.field.replace("_", " "))
            first = conflict.candidates[0].value
            initial = first if isinstance(first, str) else "" if first is None else str(first)
            if conflict.field in TEXTS.get(conflict.table, ()):
                initial = " ".join(initial.split())
        typed = self.ask(self, self.document.store.describe(conflict), label, initial)
        if typed is None:
            return False
        return self._resolve(conflict, value=typed)

    def _resolve(self, conflict: Conflict, *, take: int | None = None, value: str | None = None) -> bool:
        try:
            self.document.store.resolve(conflict.id, take=take, value=value)
        except UserError as error:
            self._say(str(error))
            self.refresh()  # e.g. settled meanwhile by an edit of the field itself
            return False
        self._say("")
        self.document.refresh_all()  # every view re-reads, this panel too
        self.resolved.emit(conflict.id)
        return True

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
