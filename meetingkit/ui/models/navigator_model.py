"""The navigator's tree: the event, its days (with their themes) and each day's sessions, over the store."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from meetingkit.core.model import Day, Event, Session
from meetingkit.ui.commands import EditDay, EditEvent, MoveSession, RenameSession
from meetingkit.ui.document import EventDocument
from meetingkit.ui.formatting import clock, clock_span, day_month_year, full_date, short_day
from meetingkit.ui.icons import icon
from meetingkit.ui.models.sync import sync_rows

KIND_ROLE = Qt.ItemDataRole.UserRole + 1  # "event", "day" or "session"
RECORD_ID_ROLE = Qt.ItemDataRole.UserRole + 2
DAY_ID_ROLE = Qt.ItemDataRole.UserRole + 3  # the day a day or session row belongs to
IS_CURRENT_ROLE = Qt.ItemDataRole.UserRole + 4  # the session open in the session page
RECORD_ROLE = Qt.ItemDataRole.UserRole + 5  # the Event, Day or Session record

SESSION_MIME = "application/x-meetingkit-session"

Index = QModelIndex | QPersistentModelIndex

_SHOWN_ROLES = [
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.EditRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.AccessibleTextRole,
    RECORD_ROLE,
    DAY_ID_ROLE,
]


class Node:
    """One row of the tree; the model's indexes point at these, so they live as long as their row."""

    __slots__ = ("children", "kind", "parent", "record")

    def __init__(self, kind: str, record: Event | Day | Session | None, parent: Node | None) -> None:
        self.kind = kind
        self.record = record
        self.parent = parent
        self.children: list[Node] = []

    @property
    def id(self) -> str:
        return self.record.id if self.record is not None else ""

    def row(self) -> int:
        return self.parent.children.index(self) if self.parent else 0


def session_label(session: Session) -> str:
    if session.start:
        return f"{clock_span(session.start, session.end)}  {session.title}"
    return session.title


def day_label(day: Day) -> str:
    label = QCoreApplication.translate("Navigator", "Day {0} · {1}").format(day.index, short_day(day.date))
    return f"{label} — {day.theme}" if day.theme else label


class NavigatorModel(QAbstractItemModel):
    def __init__(self, document: EventDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self._root = Node("root", None, None)
        self._event = Node("event", document.store.event(), self._root)
        self._root.children.append(self._event)
        self._current: str | None = None
        self.refresh()
        for signal in (
            document.session_added,
            document.session_changed,
            document.session_removed,
            document.day_changed,
        ):
            signal.connect(self.refresh)
        document.event_changed.connect(self.refresh)
        document.reloaded.connect(self.refresh)

    # ---------------------------------------------------------------- keeping in step with the store

    def refresh(self) -> None:
        store = self._document.store
        if self._document.closed:
            return
        event = store.event()
        if event != self._event.record:
            self._event.record = event
            index = self.createIndex(0, 0, self._event)
            self.dataChanged.emit(index, index, _SHOWN_ROLES)
        days = store.days()
        sessions = store.sessions()
        event_index = self.createIndex(0, 0, self._event)
        sync_rows(
            self,
            event_index,
            self._event.children,
            days,
            row_key=lambda n: n.id,
            record_key=lambda d: d.id,
            make=lambda d: Node("day", d, self._event),
            update=_update,
            changed_roles=_SHOWN_ROLES,
        )
        for day_node in self._event.children:
            day_sessions = [s for s in sessions if s.day_id == day_node.id]
            sync_rows(
                self,
                self.createIndex(day_node.row(), 0, day_node),
                day_node.children,
                day_sessions,
                row_key=lambda n: n.id,
                record_key=lambda s: s.id,
                make=lambda s, parent=day_node: Node("session", s, parent),  # type: ignore[misc]
                update=_update,
                changed_roles=_SHOWN_ROLES,
            )

    def set_current_session(self, session_id: str | None) -> None:
        """Mark the session open in the session page (shown bold)."""
        previous, self._current = self._current, session_id
        for sid in (previous, session_id):
            index = self.index_of(sid) if sid else QModelIndex()
            if index.isValid():
                self.dataChanged.emit(index, index, [Qt.ItemDataRole.FontRole, IS_CURRENT_ROLE])

    # ---------------------------------------------------------------- lookups

    def index_of(self, record_id: str) -> QModelIndex:
        """The index of the event, day or session with this id (invalid if none)."""
        if self._event.id == record_id:
            return self.createIndex(0, 0, self._event)
        for day_row, day_node in enumerate(self._event.children):
            if day_node.id == record_id:
                return self.createIndex(day_row, 0, day_node)
            for row, node in enumerate(day_node.children):
                if node.id == record_id:
                    return self.createIndex(row, 0, node)
        return QModelIndex()

    def session_ids(self) -> list[str]:
        """Every session in programme order (previous/next session)."""
        return [node.id for day in self._event.children for node in day.children]

    # ---------------------------------------------------------------- QAbstractItemModel

    def _node(self, index: Index) -> Node:
        if not index.isValid():
            return self._root
        node = index.internalPointer()
        assert isinstance(node, Node)
        return node

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column != 0 or row < 0:
            return QModelIndex()
        node = self._node(parent)
        if row >= len(node.children):
            return QModelIndex()
        return self.createIndex(row, 0, node.children[row])

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        parent = self._node(index).parent
        if parent is None or parent is self._root:
            return QModelIndex()
        return self.createIndex(parent.row(), 0, parent)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.column() > 0:
            return 0
        return len(self._node(parent).children)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 1

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return self.rowCount(parent) > 0

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled if not self._document.read_only else Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self._document.read_only:
            return flags
        kind = self._node(index).kind
        flags |= Qt.ItemFlag.ItemIsEditable
        if kind == "session":
            flags |= Qt.ItemFlag.ItemIsDragEnabled
        if kind == "day":
            flags |= Qt.ItemFlag.ItemIsDropEnabled
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node = self._node(index)
        record = node.record
        if role == KIND_ROLE:
            return node.kind
        if role == RECORD_ID_ROLE:
            return node.id
        if role == RECORD_ROLE:
            return record
        if role == IS_CURRENT_ROLE:
            return node.kind == "session" and node.id == self._current
        if isinstance(record, Event):
            return self._event_data(record, role)
        if isinstance(record, Day):
            return self._day_data(record, role)
        if isinstance(record, Session):
            return self._session_data(record, role)
        return None

    def _event_data(self, event: Event, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return event.title
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            place = ", ".join(p for p in (event.venue, event.city) if p)
            dates = QCoreApplication.translate("Navigator", "{0} to {1}").format(
                day_month_year(event.start), day_month_year(event.end)
            )
            return f"{event.title}: {dates}" + (f", {place}" if place else "")
        if role == Qt.ItemDataRole.DecorationRole:
            return icon("event")
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _day_data(self, day: Day, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return day_label(day)
        if role == Qt.ItemDataRole.EditRole:
            return day.theme
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            label = QCoreApplication.translate("Navigator", "Day {0}, {1}").format(
                day.index, full_date(day.date)
            )
            return label + (f": {day.theme}" if day.theme else "")
        if role == Qt.ItemDataRole.DecorationRole:
            return icon("day")
        if role == DAY_ID_ROLE:
            return day.id
        return None

    def _session_data(self, session: Session, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return session_label(session)
        if role == Qt.ItemDataRole.EditRole:
            return session.title
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            parts = [session.title]
            if session.start:
                if session.end:
                    parts.append(
                        QCoreApplication.translate("Navigator", "{0} to {1}").format(
                            clock(session.start), clock(session.end)
                        )
                    )
                else:
                    parts.append(clock(session.start))
            if session.room:
                parts.append(session.room)
            if session.id == self._current:
                parts.append(QCoreApplication.translate("Navigator", "open"))
            return ", ".join(parts)
        if role == Qt.ItemDataRole.DecorationRole:
            return icon("session")
        if role == Qt.ItemDataRole.FontRole and session.id == self._current:
            font = QFont()
            font.setBold(True)
            return font
        if role == DAY_ID_ROLE:
            return session.day_id
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        node = self._node(index)
        text = str(value)
        if isinstance(node.record, Session):
            if text.strip() == node.record.title:
                return False
            return self._document.push(RenameSession(self._document, node.id, text))
        if isinstance(node.record, Day):
            if text.strip() == node.record.theme:
                return False
            return self._document.push(EditDay(self._document, node.id, theme=text))
        if isinstance(node.record, Event):
            if text.strip() == node.record.title:
                return False
            return self._document.push(EditEvent(self._document, label="Rename event", title=text))
        return False

    # ---------------------------------------------------------------- drag a session to another place

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [SESSION_MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # type: ignore[override]
        mime = QMimeData()
        ids = [self._node(i).id for i in indexes if i.isValid() and self._node(i).kind == "session"]
        if ids:
            mime.setData(SESSION_MIME, QByteArray(ids[0].encode("utf-8")))
        return mime

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        if not data.hasFormat(SESSION_MIME) or action != Qt.DropAction.MoveAction:
            return False
        return parent.isValid() and self._node(parent).kind in ("day", "session")

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        session_id = bytes(data.data(SESSION_MIME).data()).decode("utf-8")
        target = self._node(parent)
        if target.kind == "session":  # dropped onto a session: take its place
            row, target = target.row(), target.parent or self._root
        day_ids = [n.id for n in target.children]
        if row < 0:
            row = len(day_ids)
        # The store counts positions without the moved session; Qt counts them with it.
        if session_id in day_ids and day_ids.index(session_id) < row:
            row -= 1
        return self._document.push(MoveSession(self._document, session_id, target.id, row))


def _update(node: Node, record: Any) -> bool:
    changed: bool = node.record != record
    node.record = record
    return changed
