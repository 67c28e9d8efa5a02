"""Icons: the desktop theme's icon when it has one, else our SVGs from resources/icons tinted to the palette."""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QIconEngine, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from meetingkit.ui.theme import APP_ICON_INK

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

# Our icon names -> freedesktop theme names (the Linux desktop's own look when it is installed).
THEME_NAMES: dict[str, str] = {
    "add": "list-add",
    "close": "window-close",
    "delete": "edit-delete",
    "fullscreen": "view-fullscreen",
    "help": "help-contents",
    "info": "help-about",
    "move-down": "go-down",
    "move-up": "go-up",
    "new": "document-new",
    "open": "document-open",
    "quit": "application-exit",
    "redo": "edit-redo",
    "rename": "edit-rename",
    "search": "edit-find",
    "undo": "edit-undo",
}

DISABLED_OPACITY = 0.4


class TintedSvgEngine(QIconEngine):
    """Renders icon `name` in `colour` at exactly the size asked for, reading its SVG when first painted:
    most icons sit in menus that are not open at launch (crisp at any scale, nothing up front)."""

    def __init__(self, name: str, colour: str) -> None:
        super().__init__()
        self._name = name
        self._colour = colour
        self._data: QByteArray | None = None
        self._pixmaps: dict[tuple[int, int, bool], QPixmap] = {}

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        disabled = mode == QIcon.Mode.Disabled
        key = (size.width(), size.height(), disabled)
        found = self._pixmaps.get(key)
        if found is None:
            if self._data is None:
                tinted = svg_text(self._name).replace("currentColor", self._colour)
                self._data = QByteArray(tinted.encode("utf-8"))
            found = QPixmap(size)
            found.fill(Qt.GlobalColor.transparent)
            painter = QPainter(found)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            if disabled:
                painter.setOpacity(DISABLED_OPACITY)
            QSvgRenderer(self._data).render(painter, QRectF(0, 0, size.width(), size.height()))
            painter.end()
            self._pixmaps[key] = found
        return found

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        scale = painter.device().devicePixelRatioF() if painter.device() else 1.0
        pixmap = self.pixmap(QSize(round(rect.width() * scale), round(rect.height() * scale)), mode, state)
        painter.drawPixmap(rect, pixmap)

    def clone(self) -> QIconEngine:
        return TintedSvgEngine(self._name, self._colour)


@cache
def _icons_folder() -> Traversable:
    return resources.files("meetingkit.resources") / "icons"


@cache
def svg_text(name: str) -> str:
    """The bundled SVG source of icon `name` (found in a checkout, a wheel and a frozen bundle alike)."""
    return (_icons_folder() / f"{name}.svg").read_text(encoding="utf-8")


@cache
def _bundled(name: str, colour: str) -> QIcon:
    return QIcon(TintedSvgEngine(name, colour))


def icon(name: str, colour: QColor | None = None) -> QIcon:
    """Icon `name`; `colour` tints our line icons (the palette's text colour by default)."""
    theme_name = THEME_NAMES.get(name)
    if theme_name and QIcon.hasThemeIcon(theme_name):
        return QIcon.fromTheme(theme_name)
    if colour is None:
        from PySide6.QtWidgets import QApplication

        colour = QApplication.palette().windowText().color()
    return _bundled(name, colour.name())


def app_icon() -> QIcon:
    return _bundled("meetingkit", APP_ICON_INK)
