"""Results of a search across the event (notes, summaries, captions), one row per hit with its session."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from meetingkit.core.errors import UserError
from meetingkit.store.search import SearchHit
from meetingkit.ui.document import EventDocument
from meetingkit.ui.qt_types import QT_TRANSLATE_NOOP

HIT_KIND_ROLE = Qt.ItemDataRole.UserRole + 1  # "item", "session" or "attachment"
HIT_REF_ROLE = Qt.ItemDataRole.UserRole + 2  # the id of the item, session or attachment
HIT_SESSION_ROLE = Qt.ItemDataRole.UserRole + 3  # the session it belongs to, or None (event attachment)

Index = QModelIndex | QPersistentModelIndex

COLUMNS = (
    QT_TRANSLATE_NOOP("Search", "Session"),
    QT_TRANSLATE_NOOP("Search", "Found in"),
    QT_TRANSLATE_NOOP("Search", "Text"),
)
_KIND_LABELS = {
    "item": QT_TRANSLATE_NOOP("Search", "Note"),
    "session": QT_TRANSLATE_NOOP("Search", "Session summary"),
    "attachment": QT_TRANSLATE_NOOP("Search", "Caption"),
}


def _kind(kind: str) -> str:
    return QCoreApplication.translate("Search", _KIND_LABELS.get(kind, kind))


@dataclass(frozen=True, slots=True)
class Result:
    """One search hit as the list shows it: its session's title and the text around the match."""

    hit: SearchHit
    session_title: str
    text: str


def _snippet(snippet: str) -> str:
    """FTS marks matches with [ ]; the table shows plain text, one line."""
    return " ".join(snippet.replace("[", "").replace("]", "").split())


class SearchResultsModel(QAbstractTableModel):
    def __init__(self, document: EventDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self._results: list[Result] = []
        self._query = ""

    @property
    def query(self) -> str:
        return self._query

    def run(self, text: str, session_id: str | None = None) -> int:
        """Search now (FTS answers in milliseconds); returns the number of results."""
        store = self._document.store
        self.beginResetModel()
        self._query = text
        try:
            hits = store.search(text, session_id=session_id)
            titles = {s.id: s.title for s in store.sessions()}
            self._results = [
                Result(hit, titles.get(hit.session_id or "", self.tr("Event")), self._text(hit))
                for hit in hits
                if hit.session_id is None or hit.session_id in titles
            ]
        except UserError as error:
            self._results = []
            self._document.report_error(error)
        self.endResetModel()
        return len(self._results)

    def _text(self, hit: SearchHit) -> str:
        # A note is shown whole (its index entry also holds tags and names); others by their snippet.
        if hit.kind == "item":
            return " ".join(self._document.store.item(hit.ref).text.split())
        return _snippet(hit.snippet)

    def clear(self) -> None:
        self.beginResetModel()
        self._results = []
        self._query = ""
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._results)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("Search", COLUMNS[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._results):
            return None
        result = self._results[index.row()]
        if role == HIT_KIND_ROLE:
            return result.hit.kind
        if role == HIT_REF_ROLE:
            return result.hit.ref
        if role == HIT_SESSION_ROLE:
            return result.hit.session_id
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (result.session_title, _kind(result.hit.kind), result.text)[column]
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return QCoreApplication.translate("Search", "{0} in {1}: {2}").format(
                _kind(result.hit.kind), result.session_title, result.text
            )
        return None
