"""Light and dark looks that follow the system colour scheme, and the colours of tag chips."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from meetingkit.core.model import Tag


# A NamedTuple, not a dataclass: made at every launch, where a frozen dataclass costs ~0.5 ms to create.
class ChipColours(NamedTuple):
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


# Every colour the interface sets lives in this module, so tests/ui/test_contrast.py can measure each one
# against what it is drawn on (WCAG AA: 4.5:1 for text, 3:1 for large text, icons and borders).
DARK_ROLES: dict[QPalette.ColorRole, str] = {
    QPalette.ColorRole.Window: "#1f2329",
    QPalette.ColorRole.WindowText: "#e6e9ee",
    QPalette.ColorRole.Base: "#17191d",
    QPalette.ColorRole.AlternateBase: "#22262c",
    QPalette.ColorRole.ToolTipBase: "#2b3038",
    QPalette.ColorRole.ToolTipText: "#e6e9ee",
    QPalette.ColorRole.PlaceholderText: "#9aa1ab",
    QPalette.ColorRole.Text: "#e6e9ee",
    QPalette.ColorRole.Button: "#2a2f36",
    QPalette.ColorRole.ButtonText: "#e6e9ee",
    QPalette.ColorRole.BrightText: "#ff6b6b",
    QPalette.ColorRole.Highlight: "#2a63c2",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.Link: "#79b0ff",
    QPalette.ColorRole.LinkVisited: "#c29bff",
    QPalette.ColorRole.Mid: "#3a4049",
    QPalette.ColorRole.Dark: "#121417",
    QPalette.ColorRole.Light: "#3c434d",
}
# Fusion's light palette, except where it falls short: its selection (white on #308cc6 is 3.7:1) and its
# placeholder (about 4:1, the notes' times and details).
LIGHT_ROLES: dict[QPalette.ColorRole, str] = {
    QPalette.ColorRole.PlaceholderText: "#5f6368",
    QPalette.ColorRole.Highlight: "#1f66b3",
    QPalette.ColorRole.HighlightedText: "#ffffff",
}
# Dimmed text: a disabled widget, and the labels that use the disabled look for secondary details (help
# texts, a card's owner and due date, a photo's file line). Fusion's light grey was 1.6:1: these are read.
DISABLED_TEXT = {"light": "#666666", "dark": "#9aa1ab"}
# Overdue actions, refused photos, a date that does not read: red that is still text on each background.
WARNING_TEXT = {"light": "#b3261e", "dark": "#ff8a80"}
# Tints drawn under text (r, g, b, alpha): the synergy matrix's cells and the roadmap's empty cells.
SYNERGY_HEAT = (30, 110, 220)
SYNERGY_ALPHA = (40, 190)  # weakest and strongest pair
NEUTRAL_TINT = (128, 128, 128, 40)
ROADMAP_CELL_TINT = (127, 127, 127, 20)
THUMBNAIL_PLACEHOLDER = (128, 128, 128, 60)  # a grey box while a thumbnail is made: no text on it
APP_ICON_INK = "#000000"  # the application's own icon, shown by the desktop on its own background

_TEXT_ROLES = (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText)


def _scheme(palette: QPalette | None) -> str:
    return "dark" if is_dark(palette) else "light"


def warning_colour(palette: QPalette | None = None) -> QColor:
    return QColor(WARNING_TEXT[_scheme(palette)])


def synergy_heat(strength: float) -> QColor:
    """The matrix cell's tint for a pair with `strength` (0..1) of the strongest pair's synergies."""
    low, high = SYNERGY_ALPHA
    return QColor(*SYNERGY_HEAT, int(low + (high - low) * max(0.0, min(1.0, strength))))


def rgba(tint: tuple[int, int, int, int]) -> QColor:
    return QColor(*tint)


def css_rgba(tint: tuple[int, int, int, int]) -> str:
    return f"rgba({tint[0]}, {tint[1]}, {tint[2]}, {tint[3] / 255:.3f})"


def _with_roles(palette: QPalette, roles: dict[QPalette.ColorRole, str], scheme: str) -> QPalette:
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    for role in _TEXT_ROLES:
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(DISABLED_TEXT[scheme]))
    return palette


def dark_palette() -> QPalette:
    return _with_roles(QPalette(), DARK_ROLES, "dark")


def light_palette(base: QPalette) -> QPalette:
    """Fusion's standard light palette (`base`) with the roles above."""
    return _with_roles(QPalette(base), LIGHT_ROLES, "light")


# Fusion draws the same on every OS and honours our palette, which native styles partly ignore. The app
# names it as its QApplication is made: set afterwards, it goes through Python's QStyle class, which, with
# its 17 enums, costs every launch ~9 ms to create.
_FUSION_PALETTE = "meetingkit_fusion_palette"


def fusion_application(program: str) -> QApplication:
    """The QApplication `meetingkit` runs in: drawn with Fusion from the start."""
    app = QApplication([program, "-style", "Fusion"])
    # Nothing has set a palette yet: this one is Fusion's standard palette, which the light look starts from.
    app.setProperty(_FUSION_PALETTE, QPalette(app.palette()))
    return app


class ThemeWatcher(QObject):
    """Applies the light or dark look now and whenever the system switches; emits changed() after."""

    changed = Signal()

    def __init__(self, app: QApplication, scheme: Qt.ColorScheme | None = None) -> None:
        super().__init__(app)
        self._app = app
        self._forced = scheme
        standard = app.property(_FUSION_PALETTE)
        if not isinstance(standard, QPalette):  # an application made elsewhere (tests, a host program)
            style = QStyleFactory.create("Fusion")
            if style is not None:
                app.setStyle(style)
            standard = app.style().standardPalette()
        self._light = light_palette(standard)
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
