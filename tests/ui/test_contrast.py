"""WCAG AA contrast of every colour the interface shows, in the light and the dark theme.

4.5:1 for text, 3:1 for icons and borders. The colours come from meetingkit.ui.theme, where the code keeps
all of them; the last test fails when a colour is written anywhere else in the interface.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from meetingkit.core.model import Tag
from meetingkit.ui import theme

Role = QPalette.ColorRole
Group = QPalette.ColorGroup
TEXT = 4.5
GRAPHIC = 3.0


def _channel(value: float) -> float:
    return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4


def luminance(colour: QColor) -> float:
    r, g, b = (_channel(c) for c in (colour.redF(), colour.greenF(), colour.blueF()))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def over(top: QColor, bottom: QColor) -> QColor:
    """`top` (with its alpha) painted on the opaque `bottom`."""
    alpha = top.alphaF()
    return QColor.fromRgbF(
        *(t * alpha + b * (1 - alpha) for t, b in zip(top.getRgbF()[:3], bottom.getRgbF()[:3], strict=True))
    )


def contrast(colour: QColor, background: QColor) -> float:
    """The WCAG ratio of `colour` as drawn (a translucent colour blends in) on the opaque `background`."""
    high, low = sorted((luminance(over(colour, background)), luminance(background)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.fixture(params=[Qt.ColorScheme.Light, Qt.ColorScheme.Dark], ids=["light", "dark"])
def palette(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[QPalette]:
    watcher = theme.ThemeWatcher(qapp, request.param)
    try:
        yield QPalette(qapp.palette())
    finally:
        watcher.deleteLater()
        theme.ThemeWatcher(qapp, Qt.ColorScheme.Light).deleteLater()


TEXT_ON = [
    (Role.WindowText, Role.Window),
    (Role.Text, Role.Base),
    (Role.Text, Role.AlternateBase),
    (Role.ButtonText, Role.Button),
    (Role.PlaceholderText, Role.Base),  # placeholders, the notes' times and details in the stream
    (Role.PlaceholderText, Role.AlternateBase),
    (Role.PlaceholderText, Role.Window),
    (Role.HighlightedText, Role.Highlight),
    (Role.ToolTipText, Role.ToolTipBase),
    (Role.Link, Role.Base),
    (Role.Link, Role.Window),
]
# Dimmed labels use the disabled look: help texts (on the window), a roadmap card's details (on the card's
# base, or alternate base when done), a photo's file line.
DIMMED_ON = [
    (Role.WindowText, Role.Window),
    (Role.WindowText, Role.Base),
    (Role.WindowText, Role.AlternateBase),
    (Role.Text, Role.Base),
    (Role.ButtonText, Role.Button),
]


@pytest.mark.parametrize(("text", "background"), TEXT_ON, ids=lambda r: r.name)
def test_palette_text_roles(palette: QPalette, text: Role, background: Role) -> None:
    assert contrast(palette.color(text), palette.color(background)) >= TEXT


@pytest.mark.parametrize(("text", "background"), DIMMED_ON, ids=lambda r: r.name)
def test_dimmed_text_is_still_readable(palette: QPalette, text: Role, background: Role) -> None:
    assert contrast(palette.color(Group.Disabled, text), palette.color(background)) >= TEXT


def test_icons_and_borders(palette: QPalette) -> None:
    ink = palette.color(Role.WindowText)  # our line icons are tinted with it (icons.py)
    for background in (Role.Window, Role.Button, Role.Base):
        assert contrast(ink, palette.color(background)) >= GRAPHIC
    focus = palette.color(Role.Highlight)  # the selected roadmap card's and focused row's border
    assert contrast(focus, palette.color(Role.Base)) >= GRAPHIC
    bad_date = theme.warning_colour(palette)  # the border of a date that does not read
    assert contrast(bad_date, palette.color(Role.Base)) >= GRAPHIC


def test_tag_chips(palette: QPalette) -> None:
    for tag in (*Tag, "free"):
        chip = theme.chip_colours(str(tag), palette)
        assert contrast(chip.text, chip.background) >= TEXT, tag


def test_warning_text(palette: QPalette) -> None:
    """Overdue actions and refused photos, in tables with alternating rows."""
    red = theme.warning_colour(palette)
    for background in (Role.Base, Role.AlternateBase, Role.Window):
        assert contrast(red, palette.color(background)) >= TEXT, background.name


@pytest.mark.parametrize("strength", [0.0, 0.25, 0.5, 0.75, 1.0])
def test_synergy_matrix_counts_on_their_tint(palette: QPalette, strength: float) -> None:
    for tint in (theme.synergy_heat(strength), theme.rgba(theme.NEUTRAL_TINT)):
        for background in (Role.Base, Role.AlternateBase):
            cell = over(tint, palette.color(background))
            assert contrast(palette.color(Role.Text), cell) >= TEXT


def test_roadmap_cells(palette: QPalette) -> None:
    cell = over(theme.rgba(theme.ROADMAP_CELL_TINT), palette.color(Role.Window))
    assert contrast(palette.color(Role.WindowText), cell) >= TEXT
    assert contrast(palette.color(Group.Disabled, Role.WindowText), cell) >= TEXT  # the empty cell's hint


COLOUR_LITERAL = re.compile(
    r"""QColor\(\s*["'\d]|["'\s:(]#[0-9a-fA-F]{6}(?:[0-9a-fA-F]{2})?\b|["'\s:(]#[0-9a-fA-F]{3}\b|\brgba?\(\s*\d""",
)


def test_every_colour_is_set_in_the_theme() -> None:
    """A colour written elsewhere in the interface would escape the tests above."""
    ui = Path(theme.__file__).parent
    found = [
        f"{path.relative_to(ui)}:{number}: {line.strip()}"
        for path in sorted(ui.rglob("*.py"))
        if path.name != "theme.py"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if COLOUR_LITERAL.search(line) and not line.lstrip().startswith("#")
    ]
    assert found == []
