"""The multi-line capture box (Shift+Enter in the capture line): a long note, several lines, one note."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QPlainTextEdit, QWidget


class CaptureBox(QPlainTextEdit):
    """Enter sends the whole text as one note, Shift+Enter starts a new line, Escape goes back to the line."""

    submitted = Signal(str)
    collapse_requested = Signal(str)  # Escape: back to the one-line capture with this text

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("capture_box")
        self.setAccessibleName(self.tr("Multi-line note"))
        self.setPlaceholderText(
            self.tr("Shift+Enter starts a new line, Enter adds the note, Escape goes back to one line")
        )
        self.setTabChangesFocus(True)
        self.setMaximumHeight(self.fontMetrics().lineSpacing() * 8)

    def open_with(self, text: str) -> None:
        from PySide6.QtGui import QTextCursor  # its class is made on first use: here, not at launch

        self.setPlainText(text)
        self.moveCursor(QTextCursor.MoveOperation.End)
        self.show()
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                # A plain "\n", not the line separator Qt inserts for Shift+Enter: notes store "\n".
                self.insertPlainText("\n")
            elif self.toPlainText().strip():
                self.submitted.emit(self.toPlainText())
            return
        if event.key() == Qt.Key.Key_Escape and "\n" not in self.toPlainText().strip():
            self.collapse_requested.emit(self.toPlainText())
            return
        super().keyPressEvent(event)
