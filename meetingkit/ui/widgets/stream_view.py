"""The notes stream list: rows sized to their text, inline editing on F2 or double-click, follows new notes."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget

from meetingkit.ui.widgets.stream_delegate import StreamDelegate


class StreamView(QListView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setItemDelegate(StreamDelegate(self))
        self.setWordWrap(True)
        self.setUniformItemSizes(False)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)  # delete or tag several
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.setAccessibleName(self.tr("Notes stream"))
        self.setAccessibleDescription(self.tr("The notes of this session, oldest first"))
        self._follow = True
        self._bottom_when_shown = False

    def scroll_to_newest(self) -> None:
        """Bring the last note into sight; before the view is first shown, once it is.

        Scrolling lays out every row: done before the window is shown, it measures a session's notes at
        a width the window is about to change, a whole pass of text measuring thrown away at launch.
        """
        if self.isVisible():
            self.scrollToBottom()
        else:
            self._bottom_when_shown = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._bottom_when_shown:
            self._bottom_when_shown = False
            self.scrollToBottom()  # the pending resize was delivered: rows are measured at this width

    def resizeEvent(self, event: QResizeEvent) -> None:
        bar = self.verticalScrollBar()
        at_bottom = bar.value() >= bar.maximum() - 4
        super().resizeEvent(event)
        # Row heights depend on the width (wrapped text): recompute them.
        self.scheduleDelayedItemsLayout()
        if at_bottom and event.size().height() < event.oldSize().height():
            # A warning or the multi-line box took room under the notes: the newest stays in sight.
            self.executeDelayedItemsLayout()
            self.scrollToBottom()

    def rowsInserted(self, parent: QModelIndex | QPersistentModelIndex, start: int, end: int) -> None:
        bar = self.verticalScrollBar()
        self._follow = bar.value() >= bar.maximum() - 4
        super().rowsInserted(parent, start, end)
        if self._follow:
            # Live capture: the newest note stays in sight unless the user scrolled back to read.
            self.scrollToBottom()
