"""Icons: the desktop theme's icon when it has one, else our SVGs from resources/icons tinted to the palette."""

from __future__ import annotations

from functools import cache
from importlib import resources

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

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

# Rendered sizes: small/large toolbar icons at 1x and 2x, so high-DPI screens get crisp pixmaps.
SIZES = (16, 20, 24, 32, 40, 48, 64, 96)


@cache
def svg_text(name: str) -> str:
    """The bundled SVG source of icon `name` (found in a checkout, a wheel and a frozen bundle alike)."""
    return (resources.files("meetingkit.resources") / "icons" / f"{name}.svg").read_text(encoding="utf-8")


@cache
def _bundled(name: str, colour: str) -> QIcon:
    data = QByteArray(svg_text(name).replace("currentColor", colour).encode("utf-8"))
    renderer = QSvgRenderer(data)
    icon = QIcon()
    for size in SIZES:
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        icon.addPixmap(pixmap)
    return icon


def icon(name: str, colour: QColor | None = None) -> QIcon:
    """Icon `name`; `colour` tints our line icons (the palette's text colour by default)."""
    if colour is None:
        from PySide6.QtWidgets import QApplication

        colour = QApplication.palette().windowText().color()
    fallback = _bundled(name, colour.name())
    theme_name = THEME_NAMES.get(name)
    if theme_name and QIcon.hasThemeIcon(theme_name):
        return QIcon.fromTheme(theme_name, fallback)
    return fallback


def app_icon() -> QIcon:
    return _bundled("meetingkit", "#000000")
