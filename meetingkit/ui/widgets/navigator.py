"""The navigator: the event's days and sessions as a tree; choosing a session opens it."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QTreeView, QWidget

from meetingkit.ui.actions import ActionId, ActionRegistry
from meetingkit.ui.commands import AddSession, DeleteSession, MoveSession
from meetingkit.ui.document import EventDocument
from meetingkit.ui.models.navigator_model import DAY_ID_ROLE, KIND_ROLE, RECORD_ID_ROLE, NavigatorModel
from meetingkit.ui.widgets.in_place_edit import InPlaceDelegate


class Navigator(QTreeView):
    session_selected = Signal(str)
    session_entered = Signal(str)  # Enter on a session: go and type

    def __init__(
        self, document: EventDocument, actions: ActionRegistry, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.nav_model = NavigatorModel(document, self)
        self.setModel(self.nav_model)
        self.setObjectName("navigator")
        self.setHeaderHidden(True)
        self.setAccessibleName(self.tr("Days and sessions"))
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setItemDelegate(InPlaceDelegate(self))
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDropIndicatorShown(True)
        # The event and its days open, their sessions in sight: expandAll would also visit each session
        # (~2 ms of a congress's launch) to find it has nothing to open.
        event = self.nav_model.index(0, 0)
        self.expand(event)
        for day in range(self.nav_model.rowCount(event)):
            self.expand(self.nav_model.index(day, 0, event))
        self.nav_model.rowsInserted.connect(lambda parent, *_: self.expand(parent))
        self.selectionModel().currentChanged.connect(self._on_current)
        for action_id in (
            ActionId.RENAME_SESSION,
            ActionId.MOVE_SESSION_UP,
            ActionId.MOVE_SESSION_DOWN,
            ActionId.DELETE_SESSION,
        ):
            self.addAction(actions[action_id])

    # ---------------------------------------------------------------- selection

    def current_session_id(self) -> str | None:
        index = self.currentIndex()
        if index.isValid() and index.data(KIND_ROLE) == "session":
            return str(index.data(RECORD_ID_ROLE))
        return None

    def select_record(self, record_id: str) -> None:
        index = self.nav_model.index_of(record_id)
        if index.isValid():
            self.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            self.scrollTo(index)

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and current.data(KIND_ROLE) == "session":
            self.session_selected.emit(str(current.data(RECORD_ID_ROLE)))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        session_id = self.current_session_id()
        if (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and session_id
            and self.state() != self.State.EditingState
        ):
            self.session_entered.emit(session_id)
            return
        super().keyPressEvent(event)

    # ---------------------------------------------------------------- editing the programme

    def _target_day(self) -> tuple[str, int | None] | None:
        """The day a new session goes to, and where: after the selected session, or at the end of a day."""
        index = self.currentIndex()
        if not index.isValid():
            days = self.document.store.days()
            return (days[0].id, None) if days else None
        kind = index.data(KIND_ROLE)
        if kind == "session":
            return str(index.data(DAY_ID_ROLE)), index.row() + 1
        if kind == "day":
            return str(index.data(RECORD_ID_ROLE)), None
        days = self.document.store.days()
        return (days[0].id, None) if days else None

    def add_session(self) -> str | None:
        """Add self.tr("New session") where the selection is and start renaming it."""
        target = self._target_day()
        if target is None:
            return None
        day_id, position = target
        command = AddSession(self.document, day_id, self.tr("New session"), index=position)
        if not self.document.push(command) or command.session_id is None:
            return None
        self.select_record(command.session_id)
        self.setFocus()
        self.edit(self.currentIndex())
        return command.session_id

    def rename_current(self) -> None:
        index = self.currentIndex()
        if index.isValid():
            self.edit(index)

    def move_current(self, delta: int) -> bool:
        """Move the selected session up or down; past the first or last of a day it changes day."""
        session_id = self.current_session_id()
        if session_id is None:
            return False
        index = self.currentIndex()
        day_index = index.parent()
        target_row = index.row() + delta
        day_id = str(day_index.data(RECORD_ID_ROLE))
        if not 0 <= target_row < self.nav_model.rowCount(day_index):
            neighbour = day_index.siblingAtRow(day_index.row() + delta)
            if not neighbour.isValid():
                return False
            day_id = str(neighbour.data(RECORD_ID_ROLE))
            target_row = 0 if delta > 0 else self.nav_model.rowCount(neighbour)
        done = self.document.push(MoveSession(self.document, session_id, day_id, target_row))
        if done:
            self.select_record(session_id)
        return done

    def delete_current(self) -> bool:
        session_id = self.current_session_id()
        if session_id is None:
            return False
        index = self.currentIndex()
        ids = self.nav_model.session_ids()
        position = ids.index(session_id)
        done = self.document.push(DeleteSession(self.document, session_id))
        if done:
            remaining = [s for s in ids if s != session_id]
            if remaining:
                self.select_record(remaining[min(position, len(remaining) - 1)])
            elif index.parent().isValid():
                self.select_record(str(index.parent().data(RECORD_ID_ROLE)))
        return done
