"""What a user expects of a desktop app: named controls, shortcuts for everything, a theme that follows the system."""

from __future__ import annotations

import os
import subprocess
import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

import meetingkit
from meetingkit.core.model import Tag
from meetingkit.ui.actions import SPECS, TAG_ACTIONS, ActionId
from meetingkit.ui.main_window import MainWindow
from meetingkit.ui.theme import ThemeWatcher, chip_colours, is_dark

CONTROLS = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractItemView,
    QPlainTextEdit,
    QTextEdit,
    QAbstractSpinBox,
)


def _described(widget: QWidget, buddies: set[int]) -> bool:
    if widget.accessibleName() or id(widget) in buddies:
        return True
    if isinstance(widget, QAbstractButton) and (
        widget.text() or (widget.defaultAction() if hasattr(widget, "defaultAction") else None)
    ):
        return True
    parent = widget.parentWidget()  # editors inside a combo box or spin box are named by their owner
    return isinstance(parent, (QComboBox, QAbstractSpinBox)) and bool(parent.accessibleName())


def test_every_control_has_an_accessible_name(window: MainWindow) -> None:
    buddies = {id(label.buddy()) for label in window.findChildren(QLabel) if label.buddy() is not None}
    unnamed = [
        f"{type(w).__name__} {w.objectName()!r} in {type(w.parentWidget()).__name__}"
        for w in window.findChildren(QWidget)
        if isinstance(w, CONTROLS)
        and w.isVisibleTo(window)
        and not _described(w, buddies)
        # scroll bars' and headers' internal buttons are Qt's own and named by Qt
        and "qt_" not in w.objectName()
    ]
    assert unnamed == []


def test_every_action_has_a_status_tip_and_dialog_labels_end_with_an_ellipsis(window: MainWindow) -> None:
    for action_id, action in window.action_of.items():
        assert action.statusTip(), action_id
        # "…" promises more input before anything happens: a dialog, or a search box to type in.
        asks_more = action_id in {
            ActionId.FIND_IN_SESSION,
            ActionId.FIND_IN_EVENT,
            ActionId.NEW_EVENT,
            ActionId.OPEN_EVENT,
            ActionId.PREFERENCES,
            ActionId.SESSION_DETAILS,
            ActionId.SHORTCUTS,
            ActionId.ABOUT,
            ActionId.ABOUT_QT,
            ActionId.MERGE_FILES,
            ActionId.INBOX_FOLDER,
            ActionId.RESTORE_BACKUP,
            ActionId.SEND_NOTES,
            ActionId.CONNECT_VENUE,
            ActionId.SHARE_VENUE,
        }
        assert action.text().endswith("…") == asks_more, action_id


def test_standard_keys_and_roles(window: MainWindow) -> None:
    actions = window.action_of
    assert QKeySequence(QKeySequence.StandardKey.Undo) in actions[ActionId.UNDO].shortcuts()
    assert QKeySequence("Ctrl+Shift+Z") in actions[ActionId.REDO].shortcuts()
    assert QKeySequence("Ctrl+/") in actions[ActionId.SHORTCUTS].shortcuts()
    assert actions[ActionId.QUIT].menuRole() == QAction.MenuRole.QuitRole
    assert actions[ActionId.ABOUT].menuRole() == QAction.MenuRole.AboutRole
    assert actions[ActionId.PREFERENCES].menuRole() == QAction.MenuRole.PreferencesRole
    assert [actions[a].shortcut().toString() for a in TAG_ACTIONS] == [f"Ctrl+{n}" for n in range(1, 7)]
    assert list(TAG_ACTIONS.values()) == list(Tag)
    bound = [s.toString() for _id, a in actions.items() for s in a.shortcuts()]
    # Keys bound twice are only those whose actions live in different widgets (navigator vs stream).
    twice = {k for k in bound if bound.count(k) > 1}
    assert twice <= {"F2", "Alt+Up", "Alt+Down", "Del"}


def test_shortcuts_help_lists_the_capture_keys(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClick(window.session_view.capture, Qt.Key.Key_F1)
    dialog = next(
        w for w in QApplication.topLevelWidgets() if w.windowTitle() == "Keyboard shortcuts" and w.isVisible()
    )
    texts = [dialog.tree.topLevelItem(i).text(0) for i in range(dialog.tree.topLevelItemCount())]
    assert {"File", "Edit", "Tags", "Search", "Capture line"} <= set(texts)
    tags = next(
        dialog.tree.topLevelItem(i)
        for i in range(dialog.tree.topLevelItemCount())
        if dialog.tree.topLevelItem(i).text(0) == "Tags"
    )
    assert (tags.child(0).text(0), tags.child(0).text(1)) == ("Action", "Ctrl+1")
    dialog.close()


def test_about_names_the_version(window: MainWindow) -> None:
    box = window.show_about()
    assert f"meetingkit {meetingkit.__version__}" in box.text()
    assert SPECS[ActionId.ABOUT].label == "&About meetingkit…"
    box.close()


def test_dark_scheme_gives_a_dark_palette_and_readable_chips(qapp: QApplication) -> None:
    watcher = ThemeWatcher(qapp, Qt.ColorScheme.Dark)
    try:
        palette = qapp.palette()
        assert is_dark(palette)
        for tag in (*Tag, "free"):
            chip = chip_colours(str(tag), palette)
            assert chip.background.lightness() < chip.text.lightness()
        text = palette.color(QPalette.ColorRole.Text)
        base = palette.color(QPalette.ColorRole.Base)
        assert text.lightness() - base.lightness() > 150
    finally:
        watcher.deleteLater()
        ThemeWatcher(qapp, Qt.ColorScheme.Light).deleteLater()
    assert not is_dark(qapp.palette())
    assert chip_colours("action").background.lightness() > chip_colours("action").text.lightness()


# `meetingkit`'s own application, in a process of its own (one QApplication per process).
FUSION_APP = """
import PySide6.QtWidgets
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from meetingkit.ui.theme import ThemeWatcher, fusion_application, light_palette
app = fusion_application("meetingkit")
watcher = ThemeWatcher(app, Qt.ColorScheme.Light)
named = "QStyle" in vars(PySide6.QtWidgets)
from PySide6.QtWidgets import QStyleFactory
expected = light_palette(QStyleFactory.create("Fusion").standardPalette())
groups = (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive, QPalette.ColorGroup.Disabled)
roles = [role for role in QPalette.ColorRole if role != QPalette.ColorRole.NColorRoles]
differ = [(g.name, r.name) for g in groups for r in roles if app.palette().color(g, r) != expected.color(g, r)]
print(app.style().name(), named, differ)
"""


def test_the_app_is_drawn_with_fusion_and_its_light_look_from_the_start() -> None:
    """Made with Fusion (`-style Fusion`), the app looks as when Fusion was set afterwards, minus the ~9 ms
    Python's QStyle class costs to make."""
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", FUSION_APP], capture_output=True, text=True, env=environment, timeout=120
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == ["fusion", "False", "[]"]


def test_dates_follow_the_interface_language(qapp: QApplication) -> None:
    import datetime as dt

    from PySide6.QtCore import QLocale

    from meetingkit.core.model import Day
    from meetingkit.ui.models.navigator_model import day_label

    day = Day(id="d", index=1, date=dt.date(2017, 9, 12), theme="Apprendre")
    previous = QLocale()
    try:
        QLocale.setDefault(QLocale(QLocale.Language.Spanish, QLocale.Country.Spain))
        assert "12 sept" in day_label(day) and day_label(day).endswith("— Apprendre")
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        assert day_label(day) == "Day 1 · Tue 12 Sep — Apprendre"
    finally:
        QLocale.setDefault(previous)


def test_no_two_actions_share_a_shortcut(qapp: QApplication) -> None:
    """Two actions on one key make Qt fire neither ("ambiguous shortcut"): a merge of features once did it."""
    # The navigator's session actions and the stream's note actions share keys on purpose: each acts only
    # where the focus is (its widget's own shortcut context).
    per_pane = {
        frozenset({"MOVE_SESSION_DOWN", "MOVE_ITEM_DOWN"}),
        frozenset({"MOVE_SESSION_UP", "MOVE_ITEM_UP"}),
        frozenset({"DELETE_SESSION", "DELETE_ITEM"}),
        frozenset({"RENAME_SESSION", "EDIT_ITEM"}),
    }
    owners: dict[str, set[str]] = {}
    for action_id, spec in SPECS.items():
        for key in spec.keys:
            for sequence in (
                QKeySequence.keyBindings(key) if not isinstance(key, str) else [QKeySequence(key)]
            ):
                owners.setdefault(sequence.toString(), set()).add(action_id.name)
    shared = {
        key: names for key, names in owners.items() if len(names) > 1 and frozenset(names) not in per_pane
    }
    assert shared == {}


def test_a_selected_note_is_drawn_on_the_selection_colour(qtbot: QtBot, window: MainWindow) -> None:
    window.show()
    qtbot.waitExposed(window)
    stream = window.session_view.stream
    proxy = window.session_view.proxy
    assert proxy.rowCount() >= 2
    chosen, other = proxy.index(0, 0), proxy.index(1, 0)
    stream.scrollTo(chosen)
    qtbot.mouseClick(stream.viewport(), Qt.MouseButton.LeftButton, pos=stream.visualRect(chosen).center())
    qtbot.waitUntil(lambda: stream.currentIndex().row() == 0)
    image = stream.viewport().grab().toImage()

    def colour_beside(index_row: int) -> str:
        rect = stream.visualRect(proxy.index(index_row, 0))
        return image.pixelColor(rect.left() + 2, rect.center().y()).name()  # in the margin, off any text

    palette = stream.palette()
    group = QPalette.ColorGroup.Active if stream.isActiveWindow() else QPalette.ColorGroup.Inactive
    assert colour_beside(chosen.row()) == palette.color(group, QPalette.ColorRole.Highlight).name()
    assert colour_beside(other.row()) == palette.color(group, QPalette.ColorRole.Base).name()
