"""Window geometry, dock and splitter layout, remembered between runs (QSettings in the config folder).

Kept apart from preferences (ui/settings.py): this is how the window was left, not a choice the user made.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QMainWindow, QSplitter, QWidget

from meetingkit.core.paths import config_dir, ensure

STATE_FILE = "window-state.ini"
STATE_VERSION = 1  # bump when docks or toolbars change, so an old layout is not restored onto a new window


def _settings() -> QSettings:
    return QSettings(str(ensure(config_dir()) / STATE_FILE), QSettings.Format.IniFormat)


def save_window(window: QMainWindow, group: str) -> None:
    settings = _settings()
    settings.beginGroup(group)
    settings.setValue("geometry", window.saveGeometry())
    settings.setValue("state", window.saveState(STATE_VERSION))
    for splitter in window.findChildren(QSplitter):
        if splitter.objectName():
            settings.setValue(f"splitter/{splitter.objectName()}", splitter.saveState())
    settings.endGroup()
    settings.sync()


def restore_window(window: QMainWindow, group: str) -> bool:
    """Put the window back as it was left; False when there is nothing remembered yet."""
    settings = _settings()
    settings.beginGroup(group)
    geometry = settings.value("geometry")
    restored = False
    if isinstance(geometry, QByteArray) and not geometry.isEmpty():
        restored = window.restoreGeometry(geometry)
    state = settings.value("state")
    if isinstance(state, QByteArray) and not state.isEmpty():
        window.restoreState(state, STATE_VERSION)
    settings.beginGroup("splitter")
    saved = {name: settings.value(name) for name in settings.childKeys()}
    settings.endGroup()
    for name, value in saved.items():
        # Looked up by name: listing every splitter makes PySide6 wrap each widget of the window on the
        # way (~1.5 ms at launch), finding one by name does not.
        splitter = window.findChild(QSplitter, name)
        if splitter is not None and isinstance(value, QByteArray) and not value.isEmpty():
            splitter.restoreState(value)
    settings.endGroup()
    return restored


def save_value(group: str, key: str, value: object) -> None:
    settings = _settings()
    settings.setValue(f"{group}/{key}", value)
    settings.sync()


def load_flag(group: str, key: str, default: bool) -> bool:
    value = _settings().value(f"{group}/{key}", default)
    if isinstance(value, str):
        return value.lower() in ("true", "1")
    return bool(value)


def load_int(group: str, key: str, default: int) -> int:
    value = _settings().value(f"{group}/{key}", default)
    if not isinstance(value, int | float | str):
        return default
    try:
        return int(value)
    except ValueError:
        return default


def load_text(group: str, key: str) -> str | None:
    """A remembered text; None when nothing was remembered (an empty text is a value)."""
    value = _settings().value(f"{group}/{key}")
    if value is None:
        return None
    # QSettings' ini format reads an empty list back for an empty string.
    return value if isinstance(value, str) else ""


def center_on_screen(widget: QWidget) -> None:
    screen = widget.screen()
    if screen is not None:
        frame = widget.frameGeometry()
        frame.moveCenter(screen.availableGeometry().center())
        widget.move(frame.topLeft())
