"""The detail pane shows what is selected on the page in front, and nothing when nothing is selected."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from ui.sample_window import *  # noqa: F403  (fixtures: organiser_app, sample)
from ui.sample_window import open_window

from meetingkit.ui.app import AppController
from meetingkit.ui.main_window import MainWindow
from meetingkit.ui.models.actions_model import COL_TEXT, ItemIdRole
from meetingkit.ui.models.stream_model import ITEM_ID_ROLE
from meetingkit.ui.views.actions_view import ActionsView
from meetingkit.ui.views.media_view import MediaView
from meetingkit.ui.views.roadmap_view import RoadmapBoard

EMPTY = "Select a note to see its fields."


def _show_inspector(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F4)
    qtbot.waitUntil(window.inspector_dock.isVisible)


def test_actions_row_fills_the_inspector_and_no_row_empties_it(
    qtbot: QtBot, organiser_app: AppController, sample: Path
) -> None:
    window = open_window(qtbot, organiser_app, sample)
    notes_selected = window.inspector.item_id
    view = window.show_view("actions")
    assert isinstance(view, ActionsView)
    _show_inspector(qtbot, window)
    assert window.inspector.caption.text() == EMPTY  # a note of the Sessions page is not shown here
    table = view.table
    index = view.proxy.index(3, COL_TEXT)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(index).center())
    item = window.document.store.item(str(index.data(ItemIdRole)))
    assert window.inspector.form.text.toPlainText() == item.text
    assert item.action is not None and window.inspector.form.owner.text() == item.action.owner
    assert window.inspector.form.action_box.isVisibleTo(window.inspector)

    # Ctrl+click on the selected row selects nothing: the pane empties.
    qtbot.mouseClick(
        table.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.ControlModifier,
        table.visualRect(index).center(),
    )
    assert window.inspector.caption.text() == EMPTY
    assert window.inspector.form.text.toPlainText() == ""

    # Typing in the pane edits that action.
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(index).center())
    window.inspector.form.owner.setFocus()
    window.inspector.form.owner.selectAll()
    qtbot.keyClicks(window.inspector.form.owner, "Ana Moreno")
    qtbot.keyClick(window.inspector.form.owner, Qt.Key.Key_Return)
    action = window.document.store.item(item.id).action
    assert action is not None and action.owner == "Ana Moreno"

    window.show_view("sessions")
    assert window.inspector.item_id == notes_selected  # back to the note selected on that page


def test_roadmap_card_fills_the_inspector_and_escape_or_a_click_beside_empties_it(
    qtbot: QtBot, organiser_app: AppController, sample: Path
) -> None:
    window = open_window(qtbot, organiser_app, sample)
    board = window.show_view("roadmap")
    assert isinstance(board, RoadmapBoard)
    _show_inspector(qtbot, window)
    item_id, card = next(iter(board.cards.items()))
    qtbot.mouseClick(card, Qt.MouseButton.LeftButton, pos=QPoint(3, 3))
    assert window.inspector.form.text.toPlainText() == window.document.store.item(item_id).text
    qtbot.keyClick(board.cards[item_id], Qt.Key.Key_Escape)
    assert window.inspector.caption.text() == EMPTY

    qtbot.mouseClick(board.cards[item_id], Qt.MouseButton.LeftButton, pos=QPoint(3, 3))
    assert window.inspector.item_id == item_id
    empty_cell = next(cell for cell in board.cells.values() if cell.cards_layout.count() == 0)
    qtbot.mouseClick(empty_cell, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert window.inspector.caption.text() == EMPTY


def test_media_photo_fills_its_pane_and_no_photo_empties_it(
    qtbot: QtBot, organiser_app: AppController, sample: Path
) -> None:
    window = open_window(qtbot, organiser_app, sample)
    media = window.show_view("media")
    assert isinstance(media, MediaView)
    grid = media.grid
    photo = media.model.attachment(1)
    rect = grid.visualRect(media.model.index(1))
    qtbot.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert media.caption.text() == photo.caption
    assert media.caption.isEnabled()
    assert photo.filename in media.file_label.text()
    qtbot.mouseClick(
        grid.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier, rect.center()
    )
    assert media.caption.text() == ""
    assert media.file_label.text() == ""
    assert not media.caption.isEnabled()


def test_the_inspector_says_select_a_note_until_one_is_clicked_then_shows_its_fields(
    qtbot: QtBot, window: MainWindow
) -> None:
    inspector, stream = window.inspector, window.session_view.stream
    assert inspector.caption.text() == EMPTY
    # Nothing but the caption: no field to fill in, no button to press, while no note is selected.
    assert not [
        w for w in inspector.widget().findChildren(QWidget) if w.isVisible() and w is not inspector.caption
    ]
    index = window.session_view.proxy.index(0, 0)
    qtbot.mouseClick(stream.viewport(), Qt.MouseButton.LeftButton, pos=stream.visualRect(index).center())
    item = window.document.store.item(index.data(ITEM_ID_ROLE))
    assert inspector.caption.text().startswith("Note captured")
    assert inspector.form.isVisible() and inspector.form.text.toPlainText() == item.text
    assert inspector.form.text.isEnabled()

    stream.clearSelection()
    stream.setCurrentIndex(QModelIndex())  # nothing selected: the caption alone again
    assert inspector.caption.text() == EMPTY
    assert not inspector.form.isVisible()
