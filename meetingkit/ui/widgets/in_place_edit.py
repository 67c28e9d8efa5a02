"""The line a list's or table's text is edited in, in place (F2, a double-click, typing in a table cell).

Qt's own line editor passes Ctrl+Home and Ctrl+End to the view around it, which moves to its first or last
row and closes the editor: what was typed next went nowhere in the notes, and in the Actions table (where
typing starts an edit) it replaced the last action's cell. Here they move in the text, as in any text field.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QStyledItemDelegate, QStyleOptionViewItem, QWidget


class InPlaceLineEdit(QLineEdit):
    """A line editor whose Ctrl+Home and Ctrl+End stay in its text (Shift selects, as usual)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        from PySide6.QtWidgets import QStyle  # named at the first edit: its class costs a launch ~9 ms

        super().__init__(parent)
        # As Qt's own editor for text: framed only where the style frames a view's editors.
        self.setFrame(
            bool(self.style().styleHint(QStyle.StyleHint.SH_ItemView_DrawDelegateFrame, None, self))
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if (
            key in (Qt.Key.Key_Home, Qt.Key.Key_End)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            mark = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            if key == Qt.Key.Key_Home:
                self.home(mark)
            else:
                self.end(mark)
            event.accept()
            return
        super().keyPressEvent(event)


class InPlaceDelegate(QStyledItemDelegate):
    """Text cells edited in an InPlaceLineEdit; anything else in Qt's own editor for its type."""

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QWidget:
        value = index.data(Qt.ItemDataRole.EditRole)
        if value is None or isinstance(value, str):
            return InPlaceLineEdit(parent)
        return super().createEditor(parent, option, index)
