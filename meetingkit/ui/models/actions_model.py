"""The actions register as a Qt table model: every action of the event, edited in place through undo commands."""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QFont

from meetingkit.core.model import ActionFields, ActionStatus, Horizon, Item, Tag
from meetingkit.ui.commands import EditItem, SetActionFields
from meetingkit.ui.document import EventDocument
from meetingkit.ui.formatting import day_month_year
from meetingkit.ui.models.sync import read_item, sync_rows
from meetingkit.ui.theme import warning_colour
from meetingkit.ui.views.common import from_qdate, horizon_label, status_label, to_qdate

COL_SESSION, COL_TEXT, COL_OWNER, COL_DUE, COL_HORIZON, COL_STATUS, COL_FOCUS = range(7)
COLUMN_COUNT = 7

ItemIdRole = Qt.ItemDataRole.UserRole + 1
SessionIdRole = Qt.ItemDataRole.UserRole + 2
OverdueRole = Qt.ItemDataRole.UserRole + 3
SortRole = Qt.ItemDataRole.UserRole + 4
StatusRole = Qt.ItemDataRole.UserRole + 5
HorizonRole = Qt.ItemDataRole.UserRole + 6

HORIZON_ORDER = {None: 0, Horizon.SHORT: 1, Horizon.MEDIUM: 2, Horizon.LONG: 3}
STATUS_ORDER = {ActionStatus.OPEN: 0, ActionStatus.DONE: 1, ActionStatus.DROPPED: 2}
EDITABLE = frozenset({COL_TEXT, COL_OWNER, COL_DUE, COL_HORIZON, COL_STATUS, COL_FOCUS})

Index = QModelIndex | QPersistentModelIndex


def headers() -> list[str]:
    return [
        QCoreApplication.translate("ActionsModel", "Session"),
        QCoreApplication.translate("ActionsModel", "Action"),
        QCoreApplication.translate("ActionsModel", "Owner"),
        QCoreApplication.translate("ActionsModel", "Due"),
        QCoreApplication.translate("ActionsModel", "Horizon"),
        QCoreApplication.translate("ActionsModel", "Status"),
        QCoreApplication.translate("ActionsModel", "Focus area"),
    ]


@dataclass(slots=True)
class _Row:
    """One action of the register, with its session and its place in the programme."""

    item: Item
    session: str
    rank: int  # programme order: the session's place in the programme, then the note's place in it

    @property
    def fields(self) -> ActionFields:
        return self.item.action or ActionFields()


class ActionsModel(QAbstractTableModel):
    """One row per action, in programme order; setData pushes an undoable edit, the row follows the signal.

    A note's signal reads that note alone and inserts, updates or removes its row; changes to sessions,
    focus areas or the whole file re-read the event, at once when the page is shown (`is_shown`),
    else when it is next shown (`refresh_if_stale`).
    """

    def __init__(
        self,
        document: EventDocument,
        session_labels: Callable[[], dict[str, str]],
        today: Callable[[], dt.date] = dt.date.today,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self._session_labels = session_labels
        self._today = today
        self._rows: list[_Row] = []
        self._ids: set[str] = set()  # the rows' item ids: most notes are not actions, and say so in O(1)
        self._overdue: int | None = None  # kept in step with each row change; None: count again
        self._sessions: dict[str, tuple[int, str]] = {}  # id -> (place in the programme, label)
        self._headers = headers()
        self._stale = False
        self.is_shown: Callable[[], bool] = lambda: True
        self.refresh()
        document.item_added.connect(self._item_touched)
        document.item_changed.connect(self._item_touched)
        document.item_removed.connect(self._item_removed)
        document.session_added.connect(self._everything_touched)
        document.session_changed.connect(self._everything_touched)
        document.session_removed.connect(self._everything_touched)
        document.focus_areas_changed.connect(self._everything_touched)
        document.reloaded.connect(self._everything_touched)

    # ---------------------------------------------------------------- keeping in step with the store

    def refresh(self, *_: object) -> None:
        """Re-read every action of the event (opening the page, or after a change to the programme)."""
        self._stale = False
        if self.document.closed:
            return
        store = self.document.store
        self._sessions = {sid: (n, label) for n, (sid, label) in enumerate(self._session_labels().items())}
        records = [self._make(i) for i in store.items_tagged(Tag.ACTION)]

        def update(row: _Row, record: _Row) -> bool:
            changed = row.item != record.item or row.session != record.session
            row.item, row.session, row.rank = record.item, record.session, record.rank
            return changed

        sync_rows(
            self,
            QModelIndex(),
            self._rows,
            records,
            row_key=lambda r: r.item.id,
            record_key=lambda r: r.item.id,
            make=lambda r: r,
            update=update,
            changed_roles=(),  # every role may change with the item
            last_column=COLUMN_COUNT - 1,
        )
        self._ids = {r.item.id for r in self._rows}
        self._overdue = None

    def refresh_if_stale(self) -> None:
        if self._stale:
            self.refresh()

    def _everything_touched(self, *_: object) -> None:
        if self.is_shown():
            self.refresh()
        else:
            self._stale = True

    def _make(self, item: Item) -> _Row:
        place, label = self._sessions.get(item.session_id, (len(self._sessions), ""))
        return _Row(item, label, (place << 32) + item.order)

    def _item_touched(self, item_id: str) -> None:
        if self._stale or self.document.closed:
            return
        item = read_item(self.document.store, item_id)
        position = self.row_of(item_id)
        if item is None or not item.has(Tag.ACTION):
            if position >= 0:
                self._remove(position)
            return
        record = self._make(item)
        if position >= 0:
            row = self._rows[position]
            if row.rank != record.rank:  # moved: its neighbours were renumbered too
                self._everything_touched()
            elif row.item != item:
                was_overdue = self.is_overdue(row)
                row.item = item
                self._count_overdue(row, was_overdue)
                self.dataChanged.emit(self.index(position, 0), self.index(position, COLUMN_COUNT - 1))
            return
        # The rows are in programme order, so a new row's place is found by bisection; a note put
        # between others (a split, an undone delete) renumbered the ones after it: re-read then.
        position = bisect.bisect_left(self._rows, record.rank, key=lambda r: r.rank)
        after = self._rows[position] if position < len(self._rows) else None
        if after is not None and after.item.session_id == item.session_id:
            self._everything_touched()
            return
        self.beginInsertRows(QModelIndex(), position, position)
        self._rows.insert(position, record)
        self._ids.add(item_id)
        self._count_overdue(record, False)
        self.endInsertRows()

    def _item_removed(self, item_id: str) -> None:
        position = self.row_of(item_id)
        if position >= 0 and not self._stale:
            self._remove(position)

    def _remove(self, position: int) -> None:
        self.beginRemoveRows(QModelIndex(), position, position)
        row = self._rows.pop(position)
        self._ids.discard(row.item.id)
        if self._overdue is not None:
            self._overdue -= self.is_overdue(row)
        self.endRemoveRows()

    def _count_overdue(self, row: _Row, was_overdue: bool) -> None:
        if self._overdue is not None:
            self._overdue += self.is_overdue(row) - was_overdue

    # ---------------------------------------------------------------- reading

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section] if 0 <= section < COLUMN_COUNT else None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
        if index.column() in EDITABLE and not self.document.read_only:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def item_at(self, row: int) -> Item:
        return self._rows[row].item

    def row_of(self, item_id: str) -> int:
        if item_id not in self._ids:
            return -1
        return next((n for n, r in enumerate(self._rows) if r.item.id == item_id), -1)

    def is_overdue(self, row: _Row) -> bool:
        fields = row.fields
        return fields.status is ActionStatus.OPEN and fields.due is not None and fields.due < self._today()

    def overdue_count(self) -> int:
        if self._overdue is None:
            self._overdue = sum(1 for r in self._rows if self.is_overdue(r))
        return self._overdue

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        fields = row.fields
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_value(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == COL_DUE and self.is_overdue(row):
                return QCoreApplication.translate("ActionsModel", "Overdue: still open after its due date")
            if column in (COL_TEXT, COL_SESSION):
                return self._display(row, column)
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            return (
                QBrush(warning_colour()) if self.is_overdue(row) and column in (COL_TEXT, COL_DUE) else None
            )
        if role == Qt.ItemDataRole.FontRole:
            if self.is_overdue(row) and column == COL_DUE:
                font = QFont()
                font.setBold(True)
                return font
            return None
        if role == Qt.ItemDataRole.AccessibleTextRole:
            text = self._display(row, column)
            if column == COL_DUE and self.is_overdue(row):
                overdue = QCoreApplication.translate("ActionsModel", "overdue")
                return text + ", " + overdue
            return text
        if role == ItemIdRole:
            return row.item.id
        if role == SessionIdRole:
            return row.item.session_id
        if role == OverdueRole:
            return self.is_overdue(row)
        if role == StatusRole:
            return fields.status.value
        if role == HorizonRole:
            return fields.horizon.value if fields.horizon else ""
        if role == SortRole:
            return self._sort_key(row, column)
        return None

    def _display(self, row: _Row, column: int) -> str:
        fields = row.fields
        if column == COL_SESSION:
            return row.session
        if column == COL_TEXT:
            return row.item.text
        if column == COL_OWNER:
            return fields.owner
        if column == COL_DUE:
            return day_month_year(fields.due) if fields.due else ""
        if column == COL_HORIZON:
            return horizon_label(fields.horizon) if fields.horizon else ""
        if column == COL_STATUS:
            return status_label(fields.status)
        if column == COL_FOCUS:
            return fields.focus_area
        return ""

    def _edit_value(self, row: _Row, column: int) -> Any:
        fields = row.fields
        if column == COL_DUE:
            return to_qdate(fields.due)
        if column == COL_HORIZON:
            return fields.horizon.value if fields.horizon else ""
        if column == COL_STATUS:
            return fields.status.value
        return self._display(row, column)

    def _sort_key(self, row: _Row, column: int) -> Any:
        fields = row.fields
        if column == COL_SESSION:
            return row.rank  # programme order, not alphabetical
        if column == COL_DUE:
            return fields.due.isoformat() if fields.due else "9999-99-99"
        if column == COL_HORIZON:
            return HORIZON_ORDER[fields.horizon]
        if column == COL_STATUS:
            return STATUS_ORDER[fields.status]
        return self._display(row, column).casefold()

    # ---------------------------------------------------------------- editing

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() not in EDITABLE:
            return False
        row = self._rows[index.row()]
        if self._edit_value(row, index.column()) == value:
            return False
        item_id = row.item.id
        column = index.column()
        document = self.document
        if column == COL_TEXT:
            return document.push(EditItem(document, item_id, text=str(value)))
        if column == COL_OWNER:
            return document.push(SetActionFields(document, item_id, owner=str(value).strip()))
        if column == COL_DUE:
            due = from_qdate(value) if isinstance(value, QDate) else _parse_date(value)
            return document.push(SetActionFields(document, item_id, due=due))
        if column == COL_HORIZON:
            return document.push(
                SetActionFields(document, item_id, horizon=Horizon(value) if value else None)
            )
        if column == COL_STATUS:
            return document.push(SetActionFields(document, item_id, status=ActionStatus(value)))
        if column == COL_FOCUS:
            return document.push(SetActionFields(document, item_id, focus_area=str(value).strip()))
        return False


def _parse_date(value: Any) -> dt.date | None:
    text = str(value or "").strip()
    return dt.date.fromisoformat(text) if text else None


class ActionsFilter(QSortFilterProxyModel):
    """Text search over every column, plus status (with 'overdue') and horizon filters."""

    STATUS_ALL = ""
    STATUS_OVERDUE = "overdue"

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._status = self.STATUS_ALL
        self._horizon: str | None = None  # None: any; "": not placed; else a Horizon value
        self.setSortRole(SortRole)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        # The model keeps its rows in programme order: sorting by session, as the page opens, is the
        # source's own order, with no comparisons (Qt asked each row's key n log n times: seconds at 100k).
        if column == COL_SESSION and order == Qt.SortOrder.AscendingOrder:
            super().sort(-1)
        else:
            super().sort(column, order)

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._text = text.casefold().strip()
        self.endFilterChange()

    def set_status(self, status: str) -> None:
        self.beginFilterChange()
        self._status = status
        self.endFilterChange()

    def set_horizon(self, horizon: str | None) -> None:
        self.beginFilterChange()
        self._horizon = horizon
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        first = model.index(source_row, 0, source_parent)
        if self._status == self.STATUS_OVERDUE:
            if not model.data(first, OverdueRole):
                return False
        elif self._status and model.data(first, StatusRole) != self._status:
            return False
        if self._horizon is not None and model.data(first, HorizonRole) != self._horizon:
            return False
        if not self._text:
            return True
        words = self._text.split()
        haystack = " ".join(
            str(model.data(model.index(source_row, column, source_parent)) or "")
            for column in range(COLUMN_COUNT)
        ).casefold()
        return all(word in haystack for word in words)
