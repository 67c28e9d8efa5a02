"""Light and dark looks that follow the system colour scheme, and the colours of tag chips."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from meetingkit.core.model import Tag


@dataclass(frozen=True, slots=True)
class ChipColours:
    background: QColor
    text: QColor


# Chip colours chosen for contrast (text on background >= 4.5:1) in each scheme.
_LIGHT_TAGS: dict[str, tuple[str, str]] = {
    Tag.ACTION: ("#d7f5dd", "#11602a"),
    Tag.SYNERGY: ("#dbe9ff", "#12408f"),
    Tag.DECISION: ("#efe0ff", "#5b2296"),
    Tag.QUESTION: ("#fff0c2", "#6b4a00"),
    Tag.KEY_POINT: ("#ffe0d6", "#8a2a0a"),
    Tag.QUOTE: ("#e6e6e6", "#333333"),
}
_DARK_TAGS: dict[str, tuple[str, str]] = {
    Tag.ACTION: ("#1d4a2a", "#b9f0c6"),
    Tag.SYNERGY: ("#1c3560", "#c4dbff"),
    Tag.DECISION: ("#3e2463", "#e4d0ff"),
    Tag.QUESTION: ("#52400c", "#ffe7a3"),
    Tag.KEY_POINT: ("#5c2716", "#ffd3c4"),
    Tag.QUOTE: ("#3a3a3a", "#e0e0e0"),
}
_FREE_TAG_LIGHT = ("#eef1f5", "#3b4654")
_FREE_TAG_DARK = ("#2e3640", "#cfd6df")


def is_dark(palette: QPalette | None = None) -> bool:
    palette = palette or QApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def chip_colours(tag: str, palette: QPalette | None = None) -> ChipColours:
    dark = is_dark(palette)
    table = _DARK_TAGS if dark else _LIGHT_TAGS
    background, text = table.get(tag, _FREE_TAG_DARK if dark else _FREE_TAG_LIGHT)
    return ChipColours(QColor(background), QColor(text))


def dark_palette() -> QPalette:
    palette = QPalette()
    colours = {
        QPalette.ColorRole.Window: "#1f2329",
        QPalette.ColorRole.WindowText: "#e6e9ee",
        QPalette.ColorRole.Base: "#17191d",
        QPalette.ColorRole.AlternateBase: "#22262c",
        QPalette.ColorRole.ToolTipBase: "#2b3038",
        QPalette.ColorRole.ToolTipText: "#e6e9ee",
        QPalette.ColorRole.PlaceholderText: "#8b929c",
        QPalette.ColorRole.Text: "#e6e9ee",
        QPalette.ColorRole.Button: "#2a2f36",
        QPalette.ColorRole.ButtonText: "#e6e9ee",
        QPalette.ColorRole.BrightText: "#ff6b6b",
        QPalette.ColorRole.Highlight: "#2f6fd6",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.Link: "#79b0ff",
        QPalette.ColorRole.LinkVisited: "#c29bff",
        QPalette.ColorRole.Mid: "#3a4049",
        QPalette.ColorRole.Dark: "#121417",
        QPalette.ColorRole.Light: "#3c434d",
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#6c737d"))
    return palette


class ThemeWatcher(QObject):
    """Applies the light or dark look now and whenever the system switches; emits changed() after."""

    changed = Signal()

    def __init__(self, app: QApplication, scheme: Qt.ColorScheme | None = None) -> None:
        super().__init__(app)
        self._app = app
        self._forced = scheme
        # Fusion draws the same on every OS and honours our palette, which native styles partly ignore.
        style = QStyleFactory.create("Fusion")
        if style is not None:
            app.setStyle(style)
        self._light = app.style().standardPalette()
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._apply)
        self._apply()

    def scheme(self) -> Qt.ColorScheme:
        if self._forced is not None:
            return self._forced
        return QGuiApplication.styleHints().colorScheme()

    def _apply(self) -> None:
        dark = self.scheme() == Qt.ColorScheme.Dark
        self._app.setPalette(dark_palette() if dark else self._light)
        self.changed.emit()
