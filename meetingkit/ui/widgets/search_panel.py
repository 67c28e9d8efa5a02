"""Search across the event: a query box and a results table (session, where, text); Enter jumps to the hit."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from meetingkit.ui.document import EventDocument
from meetingkit.ui.models.search_model import (
    HIT_KIND_ROLE,
    HIT_REF_ROLE,
    HIT_SESSION_ROLE,
    SearchResultsModel,
)

SEARCH_DELAY_MS = 150  # FTS answers in milliseconds; this only spares work between keystrokes


class _QueryBox(QLineEdit):
    """Down arrow moves into the results, so the keyboard never has to leave the panel."""

    def __init__(self, panel: SearchPanel) -> None:
        super().__init__(panel)
        self._panel = panel

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down:
            self._panel.focus_results()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._panel.run_now()
            self._panel.focus_results()
            return
        super().keyPressEvent(event)


class _Results(QTreeView):
    activated_hit = Signal(QModelIndex)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.activated_hit.emit(self.currentIndex())
            return
        super().keyPressEvent(event)


class SearchPanel(QWidget):
    """Emits `jump_requested(kind, ref, session_id)` when the user opens a result."""

    jump_requested = Signal(str, str, str)

    def __init__(self, document: EventDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = SearchResultsModel(document, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.query = _QueryBox(self)
        self.query.setPlaceholderText(self.tr("Search notes, summaries and captions of the whole event"))
        self.query.setAccessibleName(self.tr("Search the event"))
        self.query.setClearButtonEnabled(True)
        layout.addWidget(self.query)
        self.count = QLabel(self)
        self.count.setAccessibleName(self.tr("Number of results"))
        layout.addWidget(self.count)
        self.results = _Results(self)
        self.results.setModel(self.model)
        self.results.setRootIsDecorated(False)
        self.results.setUniformRowHeights(True)
        self.results.setAlternatingRowColors(True)
        self.results.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.setAccessibleName(self.tr("Search results"))
        header = self.results.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 220)
        header.resizeSection(1, 120)
        layout.addWidget(self.results, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_now)
        self.query.textChanged.connect(lambda _t: self._timer.start())
        self.results.activated_hit.connect(self._open)
        self.results.doubleClicked.connect(self._open)
        document.reloaded.connect(self.run_now)

    def start(self, text: str = "") -> None:
        """Focus the query box (Ctrl+Shift+F), keeping or replacing what it holds."""
        if text:
            self.query.setText(text)
        self.query.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.query.selectAll()

    def run_now(self) -> None:
        self._timer.stop()
        text = self.query.text()
        if not text.strip():
            self.model.clear()
            self.count.setText("")
            return
        found = self.model.run(text)
        if not found:
            self.count.setText(self.tr("No results"))
        else:
            self.count.setText(self.tr("1 result") if found == 1 else self.tr("{0} results").format(found))
        if found:
            self.results.setCurrentIndex(self.model.index(0, 0))

    def focus_results(self) -> None:
        if self.model.rowCount():
            if not self.results.currentIndex().isValid():
                self.results.setCurrentIndex(self.model.index(0, 0))
            self.results.setFocus(Qt.FocusReason.OtherFocusReason)

    def _open(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        kind = str(index.data(HIT_KIND_ROLE))
        ref = str(index.data(HIT_REF_ROLE))
        session_id = index.data(HIT_SESSION_ROLE) or ""
        self.jump_requested.emit(kind, ref, str(session_id))
