"""The notes stream of one session: a list model over store.items(session), and its tag/text filter."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from meetingkit.core.model import ActionStatus, Horizon, Item, Tag
from meetingkit.core.zones import wall_clock
from meetingkit.ui.commands import EditItem
from meetingkit.ui.document import EventDocument
from meetingkit.ui.formatting import clock, day_month_year, moment
from meetingkit.ui.models.sync import read_item, sync_rows
from meetingkit.ui.qt_types import QT_TRANSLATE_NOOP

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1  # the Item record
ITEM_ID_ROLE = Qt.ItemDataRole.UserRole + 2
TAGS_ROLE = Qt.ItemDataRole.UserRole + 3  # tuple of tag names
TIME_ROLE = Qt.ItemDataRole.UserRole + 4  # "HH:MM" in the laptop's time zone
DETAILS_ROLE = Qt.ItemDataRole.UserRole + 5  # the action/synergy/quote line shown under the text
FILTER_TEXT_ROLE = Qt.ItemDataRole.UserRole + 6  # everything a filter may match, folded
SIZE_KEY_ROLE = Qt.ItemDataRole.UserRole + 7  # (text, tags, details): what a row's height depends on

# A session opens on its newest notes, more than a tall screen shows; a longer one's older notes are put
# above them once the view has painted (read_older): a congress session has 1,000, ~5 ms of reading
# before the first paint.
OPENING_NOTES = 200

Index = QModelIndex | QPersistentModelIndex

_ALL_ROLES = [
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.EditRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.AccessibleTextRole,
    ITEM_ROLE,
    TAGS_ROLE,
    TIME_ROLE,
    DETAILS_ROLE,
    FILTER_TEXT_ROLE,
]

# Marked for lupdate in the "Notes" context; tag_label() translates (chips, tooltips, screen readers).
TAG_LABELS: dict[str, str] = {
    Tag.ACTION: QT_TRANSLATE_NOOP("Notes", "action"),
    Tag.SYNERGY: QT_TRANSLATE_NOOP("Notes", "synergy"),
    Tag.DECISION: QT_TRANSLATE_NOOP("Notes", "decision"),
    Tag.QUESTION: QT_TRANSLATE_NOOP("Notes", "question"),
    Tag.KEY_POINT: QT_TRANSLATE_NOOP("Notes", "key point"),
    Tag.QUOTE: QT_TRANSLATE_NOOP("Notes", "quote"),
}
TAG_FILTERS: dict[str, str] = {
    Tag.ACTION: QT_TRANSLATE_NOOP("Notes", "Actions"),
    Tag.SYNERGY: QT_TRANSLATE_NOOP("Notes", "Synergies"),
    Tag.DECISION: QT_TRANSLATE_NOOP("Notes", "Decisions"),
    Tag.QUESTION: QT_TRANSLATE_NOOP("Notes", "Questions"),
    Tag.KEY_POINT: QT_TRANSLATE_NOOP("Notes", "Key points"),
    Tag.QUOTE: QT_TRANSLATE_NOOP("Notes", "Quotes"),
}

HORIZON_LABELS: dict[Horizon, str] = {
    Horizon.SHORT: QT_TRANSLATE_NOOP("Notes", "short term"),
    Horizon.MEDIUM: QT_TRANSLATE_NOOP("Notes", "medium term"),
    Horizon.LONG: QT_TRANSLATE_NOOP("Notes", "long term"),
}
STATUS_LABELS: dict[ActionStatus, str] = {
    ActionStatus.OPEN: QT_TRANSLATE_NOOP("Notes", "open"),
    ActionStatus.DONE: QT_TRANSLATE_NOOP("Notes", "done"),
    ActionStatus.DROPPED: QT_TRANSLATE_NOOP("Notes", "dropped"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("Notes", text)


def tag_label(tag: str) -> str:
    """A built-in tag's name in the interface language; a free tag as written, with its #."""
    return _tr(TAG_LABELS[tag]) if tag in TAG_LABELS else "#" + tag


def local_time(moment: dt.datetime, zone_name: str = "") -> str:
    """The time a note was captured, on the meeting's clock."""
    return clock(wall_clock(moment, zone_name))


def details_line(item: Item) -> str:
    """What an action, synergy or quote adds to the text, in one line."""
    parts: list[str] = []
    if item.action is not None:
        a = item.action
        fields = [
            QCoreApplication.translate("Notes", "owner {0}").format(a.owner)
            if a.owner
            else QCoreApplication.translate("Notes", "no owner")
        ]
        if a.due:
            fields.append(QCoreApplication.translate("Notes", "due {0}").format(day_month_year(a.due)))
        if a.horizon:
            fields.append(_tr(HORIZON_LABELS[a.horizon]))
        fields.append(_tr(STATUS_LABELS[a.status]))
        if a.focus_area:
            fields.append(QCoreApplication.translate("Notes", "focus: {0}").format(a.focus_area))
        parts.append(QCoreApplication.translate("Notes", "Action: {0}").format(" · ".join(fields)))
    if item.synergy is not None:
        s = item.synergy
        parties = (
            " ⇄ ".join(s.parties) if s.parties else QCoreApplication.translate("Notes", "no parties yet")
        )
        parts.append(
            QCoreApplication.translate("Notes", "Synergy: {0}").format(
                parties + (f" · {s.theme}" if s.theme else "")
            )
        )
    if item.has(Tag.QUOTE) and item.speaker:
        parts.append(f"— {item.speaker}")
    return "   ".join(parts)


def spoken_description(item: Item, zone_name: str = "") -> str:
    """The row as a screen reader says it."""
    tags = ", ".join(tag_label(t) for t in item.tags)
    parts = [local_time(item.captured_at, zone_name), item.text]
    if tags:
        parts.append(QCoreApplication.translate("Notes", "tags: {0}").format(tags))
    details = details_line(item)
    if details:
        parts.append(details)
    return "; ".join(parts)


class StreamModel(QAbstractListModel):
    def __init__(self, document: EventDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self._zone = ""
        self._session_id: str | None = None
        self._items: list[Item] = []
        self._older = 0  # how many older notes of the session are still to be read (set_session's newest)
        # Each note's SIZE_KEY_ROLE, worked out once per version of the note: the view asks every row
        # for it at each relayout (a new note), and the details line is the costly part.
        self._size_keys: dict[str, tuple[Item, tuple[str, tuple[str, ...], str]]] = {}
        document.item_added.connect(self._on_item_event)
        document.item_changed.connect(self._on_item_event)
        document.item_removed.connect(self._on_item_removed)
        document.reloaded.connect(self.refresh)
        document.event_changed.connect(self._on_event_changed)

    def _on_event_changed(self) -> None:
        if self._document.closed:
            return
        zone_name = self._document.store.event().timezone
        if zone_name != self._zone and self._items:
            self._zone = zone_name
            self.dataChanged.emit(self.index(0), self.index(len(self._items) - 1), [TIME_ROLE])
        self._zone = zone_name

    @property
    def session_id(self) -> str | None:
        return self._session_id

    def set_session(self, session_id: str | None, *, newest_first: bool = False) -> None:
        """Show the session's notes; `newest_first`: only its newest OPENING_NOTES until read_older."""
        self.beginResetModel()
        # Read with the session: the event's time zone changes only through event settings.
        store = self._document.store
        self._zone = store.event().timezone if not self._document.closed else ""
        self._session_id = session_id
        self._older = 0
        if not session_id:
            self._items = []
        elif newest_first:
            self._items, total = store.newest_items(session_id, OPENING_NOTES)
            self._older = total - len(self._items)
        else:
            self._items = store.items(session_id)
        self._size_keys.clear()
        self.endResetModel()

    @property
    def note_count(self) -> int:
        """The session's notes, the older ones still to be read included."""
        return len(self._items) + self._older

    def read_older(self) -> None:
        """Put the session's older notes above its newest, in one insertion (set_session read only those)."""
        if not self._older:
            return
        self._older = 0
        if self._document.closed or self._session_id is None:
            return
        items = self._document.store.items(self._session_id)
        loaded = {item.id for item in self._items}
        above = next((n for n, item in enumerate(items) if item.id in loaded), len(items))
        if above:
            self.beginInsertRows(QModelIndex(), 0, above - 1)
            self._items[:0] = items[:above]
            self.endInsertRows()
        self._sync(items)  # and whatever changed meanwhile (another window, a merge): rarely anything

    def refresh(self) -> None:
        if self._document.closed:
            return
        if self._older:
            self.read_older()  # reads the session whole too, and inserts the older notes in one go
            return
        self._sync(self._document.store.items(self._session_id) if self._session_id else [])

    def _sync(self, items: list[Item]) -> None:
        sync_rows(
            self,
            QModelIndex(),
            self._items,
            items,
            row_key=lambda i: i.id,
            record_key=lambda i: i.id,
            make=lambda i: i,
            update=lambda _old, _new: False,
            changed_roles=_ALL_ROLES,
        )
        # Items are immutable records: replace changed ones and say which rows changed.
        for row, item in enumerate(items):
            if self._items[row] != item:
                self._items[row] = item
                index = self.index(row)
                self.dataChanged.emit(index, index, _ALL_ROLES)

    def _on_item_event(self, item_id: str) -> None:
        """Apply one note's change from that note alone; a move or an insertion between notes
        renumbers its neighbours, so then the session is read again."""
        if self._session_id is None or self._document.closed:
            return
        item = read_item(self._document.store, item_id)
        row = self._loaded_row(item_id)  # an older note not read yet is read with the others
        if item is None or item.session_id != self._session_id:
            if row >= 0:
                self.refresh()
            return
        if row >= 0:
            if self._items[row].order != item.order:
                self.refresh()
            elif self._items[row] != item:
                self._items[row] = item
                index = self.index(row)
                self.dataChanged.emit(index, index, _ALL_ROLES)
            return
        if self._items and self._items[-1].order >= item.order:
            self.refresh()
            return
        end = len(self._items)
        self.beginInsertRows(QModelIndex(), end, end)
        self._items.append(item)
        self.endInsertRows()

    def _on_item_removed(self, item_id: str) -> None:
        if self._loaded_row(item_id) >= 0:
            self.refresh()

    def row_of(self, item_id: str) -> int:
        row = self._loaded_row(item_id)
        if row < 0 and self._older:
            self.read_older()  # asked for a note before the older ones came: they come now
            return self._loaded_row(item_id)
        return row

    def _loaded_row(self, item_id: str) -> int:
        return next((row for row, item in enumerate(self._items) if item.id == item_id), -1)

    def items(self) -> list[Item]:
        """The session's notes in order, as shown (a copy: the model keeps its own list)."""
        self.read_older()
        return list(self._items)

    def item_at(self, row: int) -> Item:
        return self._items[row]

    # ---------------------------------------------------------------- QAbstractListModel

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
        if not self._document.read_only:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role == SIZE_KEY_ROLE:
            known = self._size_keys.get(item.id)
            if known is None or known[0] is not item:
                known = self._size_keys[item.id] = (item, (item.text, item.tags, details_line(item)))
            return known[1]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return item.text
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return spoken_description(item, self._zone)
        if role == Qt.ItemDataRole.ToolTipRole:
            captured = moment(item.captured_at)
            if item.author:
                return QCoreApplication.translate("Notes", "Captured {0} by {1}").format(
                    captured, item.author
                )
            return QCoreApplication.translate("Notes", "Captured {0}").format(captured)
        if role == ITEM_ROLE:
            return item
        if role == ITEM_ID_ROLE:
            return item.id
        if role == TAGS_ROLE:
            return item.tags
        if role == TIME_ROLE:
            return local_time(item.captured_at, self._zone)
        if role == DETAILS_ROLE:
            return details_line(item)
        if role == FILTER_TEXT_ROLE:
            return " ".join([item.text, *item.tags, details_line(item)]).casefold()
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        item = self._items[index.row()]
        text = str(value)
        if text == item.text:
            return False
        return self._document.push(EditItem(self._document, item.id, text=text))


class StreamFilter(QSortFilterProxyModel):
    """Shows the notes that carry the chosen tag and contain every word typed in the filter box."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tag: str | None = None
        self._words: list[str] = []

    @property
    def tag(self) -> str | None:
        return self._tag

    def set_tag(self, tag: str | None) -> None:
        self._begin_change()
        self._tag = tag
        self._end_change()

    def set_text(self, text: str) -> None:
        self._begin_change()
        self._words = text.casefold().split()
        self._end_change()

    # Qt 6.10 replaced invalidateRowsFilter() with begin/endFilterChange(); we support 6.6 up.
    def _begin_change(self) -> None:
        if hasattr(self, "beginFilterChange"):
            self.beginFilterChange()

    def _end_change(self) -> None:
        if hasattr(self, "endFilterChange"):
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.invalidateRowsFilter()

    def is_filtering(self) -> bool:
        return bool(self._tag or self._words)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self.is_filtering():  # every session shown: no row's text to gather (1,000 at a congress)
            return True
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        if self._tag and self._tag not in (model.data(index, TAGS_ROLE) or ()):
            return False
        haystack = model.data(index, FILTER_TEXT_ROLE) or ""
        return all(word in haystack for word in self._words)
