"""The rapporteur's summary: a Markdown editor with a live, safe preview; edits become undoable commands."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QSplitter, QVBoxLayout, QWidget

from meetingkit.core.errors import UserError
from meetingkit.ui.commands import SetSessionSummary
from meetingkit.ui.document import EventDocument
from meetingkit.ui.widgets.markdown_preview import SafePreview

SAVE_DELAY_MS = 700
PREVIEW_DELAY_MS = 200


class _SummaryText(QPlainTextEdit):
    def __init__(self, owner: SummaryEditor) -> None:
        super().__init__(owner)
        self._owner = owner

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self._owner.save_now()
        super().focusOutEvent(event)


class SummaryEditor(QWidget):
    def __init__(self, document: EventDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self._session_id: str | None = None
        self._loading = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        label = QLabel(self.tr("Rapporteur's summary (Markdown)"), self)
        layout.addWidget(label)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("summary_splitter")
        self.editor = _SummaryText(self)
        self.editor.setObjectName("summary_editor")
        self.editor.setAccessibleName(self.tr("Rapporteur's summary"))
        self.editor.setPlaceholderText(
            self.tr("Summarise the session: **bold**, *italic*, - lists, [links](https://…)")
        )
        self.editor.setTabChangesFocus(True)
        label.setBuddy(self.editor)
        self.preview = SafePreview(self)
        self.splitter.addWidget(self.editor)
        self.splitter.addWidget(self.preview)
        layout.addWidget(self.splitter, 1)
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save_now)
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self._render)
        self.editor.textChanged.connect(self._on_changed)
        document.session_changed.connect(self._on_session_changed)
        document.reloaded.connect(lambda: self._on_session_changed(self._session_id or ""))

    def set_preview_visible(self, visible: bool) -> None:
        self.preview.setVisible(visible)
        if visible:
            self._render()

    def set_session(self, session_id: str | None) -> None:
        self.save_now()
        self._session_id = session_id
        text = self._document.store.session(session_id).summary if session_id else ""
        self._load(text)
        self.editor.setReadOnly(session_id is None or self._document.read_only)

    def _load(self, text: str) -> None:
        self._loading = True
        self.editor.setPlainText(text)
        self._loading = False
        # Rendered just after: opening a session shows its notes first, the preview a moment later
        # (and never the previous session's summary meanwhile).
        self.preview.clear()
        self._preview_timer.start()

    def _on_changed(self) -> None:
        if self._loading:
            return
        self._save_timer.start()
        self._preview_timer.start()

    def _render(self) -> None:
        if not self.preview.isVisible():
            return
        screen_window = self.window().windowHandle()
        if screen_window is not None and not screen_window.isExposed():
            # At launch the window is not on screen yet: the notes paint first, and the Markdown
            # pipeline (a tenth of the launch to import) is loaded a moment after.
            self._preview_timer.start()
            return
        self.preview.show_markdown(self.editor.toPlainText())

    def save_now(self) -> None:
        """Store the summary if it differs from the file's (debounced while typing; at once on leaving)."""
        self._save_timer.stop()
        if self._session_id is None or self._document.closed or self._document.read_only:
            return
        text = self.editor.toPlainText()
        try:
            stored = self._document.store.session(self._session_id).summary
        except UserError:  # the session was just deleted (its summary stays in the file with it)
            return
        if text != stored:
            self._document.push(SetSessionSummary(self._document, self._session_id, text))

    def _on_session_changed(self, session_id: str) -> None:
        # An undo, a redo or another process changed the summary: show it unless the user is mid-edit.
        if session_id != self._session_id or self._save_timer.isActive() or self._document.closed:
            return
        try:
            text = self._document.store.session(session_id).summary
        except UserError:  # the session was deleted; the page switches away
            return
        if text != self.editor.toPlainText():
            cursor = self.editor.textCursor().position()
            self._load(text)
            new_cursor = self.editor.textCursor()
            new_cursor.setPosition(min(cursor, len(text)))
            self.editor.setTextCursor(new_cursor)
