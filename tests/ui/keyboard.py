"""Typing as a user does: each key goes where the window system would send it (the completion popup when open)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot


def receiver(widget: QWidget) -> QWidget:
    """An open popup takes the keyboard (Qt routes real key events to it, and it hands them on)."""
    return QApplication.activePopupWidget() or widget


def type_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    for char in text:
        target = receiver(widget)
        if char.isascii():
            qtbot.keyClicks(target, char)
        else:
            # QTest only knows ASCII keys; a keyboard layout or input method delivers é or 🎉 as text.
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(target, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def press(
    qtbot: QtBot,
    widget: QWidget,
    key: Qt.Key,
    modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> None:
    qtbot.keyClick(receiver(widget), key, modifiers)
