"""Suggestions while capturing, never silent changes: untagged notes that read like an action, a decision or
a question, offered a tag that Enter (or double-click) applies as an undoable edit; and the same point
captured by two rapporteurs, flagged. Nothing here changes a note by itself."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from meetingkit.core.model import Tag
from meetingkit.core.text import one_line
from meetingkit.ui.commands import ToggleTag
from meetingkit.ui.document import EventDocument

if TYPE_CHECKING:
    from meetingkit.ui.views.session_view import SessionView

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1  # the note's id (tag suggestions)
TAG_ROLE = Qt.ItemDataRole.UserRole + 2  # the suggested tag's value
NOTES_ROLE = Qt.ItemDataRole.UserRole + 3  # note ids of a same-point group


class _SuggestionList(QListWidget):
    def __init__(self, panel: SuggestionsPanel) -> None:
        super().__init__(panel)
        self._panel = panel

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._panel.apply_current()
            return
        super().keyPressEvent(event)


class SuggestionsPanel(QWidget):
    """The Suggestions tab of the session page."""

    def __init__(self, document: EventDocument, view: SessionView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("suggestions_panel")
        self._document = document
        self._view = view
        self._session_id: str | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.list = _SuggestionList(self)
        self.list.setObjectName("suggestions")
        self.list.setAccessibleName(self.tr("Suggestions"))
        self.list.setWordWrap(True)
        layout.addWidget(self.list, 1)
        self.apply_button = QPushButton(self.tr("Apply the suggested tag (Enter)"), self)
        self.apply_button.setMinimumWidth(40)
        layout.addWidget(self.apply_button)
        self.apply_button.clicked.connect(self.apply_current)
        self.list.itemDoubleClicked.connect(lambda _item: self.apply_current())
        self.list.currentItemChanged.connect(lambda current, _previous: self._on_current(current))
        view.session_shown.connect(self.set_session)
        self._stale = False
        for signal in (document.item_added, document.item_changed, document.item_removed):
            signal.connect(lambda _item_id: self._changed())
        document.reloaded.connect(self._changed)
        self.set_session(view.session_id)

    def _question(self, tag: str) -> str:
        return {
            str(Tag.ACTION): self.tr("Tag as an action?"),
            str(Tag.DECISION): self.tr("Tag as a decision?"),
            str(Tag.QUESTION): self.tr("Tag as a question?"),
        }[tag]

    def set_session(self, session_id: str | None) -> None:
        self._session_id = session_id
        # Comparing a session's notes pairwise for the same point takes seconds at 1,000 notes: behind
        # another tab, opening a session does not wait for it.
        self._changed()

    def _changed(self) -> None:
        # Behind another tab, the list waits until it is shown: Enter stays as cheap as the note.
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        # Imported when the tab is first shown (a refresh waits for that): not a cost of every launch.
        from meetingkit.assistant.suggestions import same_points, suggested_tag

        self._stale = False
        self.list.clear()
        if self._session_id is None or self._document.closed:
            self.status.clear()
            self.apply_button.setEnabled(False)
            return
        stream = self._view.model  # the session's notes, already read and kept in step by the stream
        items = (
            stream.items()
            if stream.session_id == self._session_id
            else self._document.store.items(self._session_id)
        )
        texts = {i.id: i.text for i in items}
        count = 0
        for item in items:
            tag = suggested_tag(item)
            if tag is None:
                continue
            row = QListWidgetItem(f"{self._question(str(tag))} — {one_line(item.text, 120)}", self.list)
            row.setData(ITEM_ROLE, item.id)
            row.setData(TAG_ROLE, str(tag))
            count += 1
        for point in same_points(items):
            names = ", ".join(point.authors)
            text = one_line(texts.get(point.notes[0], ""), 120)
            row = QListWidgetItem(
                self.tr("Same point noted by %1 — %2").replace("%1", names).replace("%2", text), self.list
            )
            row.setData(NOTES_ROLE, point.notes)
            count += 1
        self.status.setText(
            self.tr("%n suggestion(s). Nothing changes until you apply one.", "", count)
            if count
            else self.tr(
                "No suggestions: untagged notes that read like an action, a decision or a question show here."
            )
        )
        self.apply_button.setEnabled(False)

    def _on_current(self, row: QListWidgetItem | None) -> None:
        editable = not self._document.read_only
        self.apply_button.setEnabled(bool(row is not None and row.data(TAG_ROLE) and editable))
        if row is None:
            return
        target = row.data(ITEM_ROLE) or (row.data(NOTES_ROLE) or [None])[0]
        if target:
            self._view.select_item(target)

    def apply_current(self) -> None:
        row = self.list.currentItem()
        if row is None or not row.data(TAG_ROLE) or self._document.read_only:
            return
        current = self.list.currentRow()
        self._document.push(ToggleTag(self._document, row.data(ITEM_ROLE), row.data(TAG_ROLE)))
        # The list was rebuilt by item_changed: stay near where the rapporteur was.
        if self.list.count():
            self.list.setCurrentRow(min(current, self.list.count() - 1))
            self.list.setFocus()
