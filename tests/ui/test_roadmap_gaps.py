"""Roadmap rows: a focus area is renamed in place (F2, context menu) and deleted after asking, with undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from ui.organiser_fixtures import *  # noqa: F403  (fixtures: document, settings)

from meetingkit.core.model import ActionFields, Horizon, Tag
from meetingkit.store import EventStore
from meetingkit.ui.document import EventDocument
from meetingkit.ui.settings import Settings
from meetingkit.ui.views.roadmap_view import Place, RoadmapBoard

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

AREA = "Facilitate peer learning"


@pytest.fixture
def filed(store: EventStore) -> str:
    """The test event's action, filed under a stored focus area; returns its id."""
    store.add_focus_area(AREA)
    item = next(i for i in store.items() if i.has(Tag.ACTION))
    store.update_item(item.id, action=ActionFields(owner="UCLG", horizon=Horizon.SHORT, focus_area=AREA))
    return item.id


def _board(qtbot: QtBot, document: EventDocument, settings: Settings) -> RoadmapBoard:
    board = RoadmapBoard(document, settings)
    qtbot.addWidget(board)
    board.resize(1200, 700)
    board.show()
    qtbot.waitExposed(board)
    board.activateWindow()  # keyboard focus (and hasFocus) needs the active window
    qtbot.waitUntil(board.isActiveWindow)
    return board


def test_f2_renames_a_focus_area_in_place_with_its_actions_and_undo_restores_both(
    qtbot: QtBot, document: EventDocument, settings: Settings, store: EventStore, filed: str
) -> None:
    board = _board(qtbot, document, settings)
    assert board.rows == [AREA, ""]
    header = board.headers[AREA]
    header.setFocus()
    qtbot.keyClick(header, Qt.Key.Key_F2)
    assert header.renaming and header.editor.selectedText() == AREA

    qtbot.keyClicks(header.editor, "Peer exchanges")  # typing replaces the selected name
    qtbot.keyClick(header.editor, Qt.Key.Key_Return)

    assert board.rows == ["Peer exchanges", ""]
    assert [a.name for a in store.focus_areas()] == ["Peer exchanges"]
    assert store.item(filed).action.focus_area == "Peer exchanges"  # type: ignore[union-attr]
    assert board.place_of(filed) == Place(Horizon.SHORT, "Peer exchanges")
    assert board.headers["Peer exchanges"].hasFocus()  # the keyboard stays on the renamed row

    document.undo_stack.undo()
    assert board.rows == [AREA, ""]
    assert store.item(filed).action.focus_area == AREA  # type: ignore[union-attr]


def test_escape_keeps_the_name_and_a_taken_name_is_refused(
    qtbot: QtBot, document: EventDocument, settings: Settings, store: EventStore, filed: str
) -> None:
    store.add_focus_area("Share data")
    document.focus_areas_changed.emit()
    board = _board(qtbot, document, settings)
    header = board.headers[AREA]
    header.setFocus()
    qtbot.keyClick(header, Qt.Key.Key_F2)
    qtbot.keyClicks(header.editor, "Something else")
    qtbot.keyClick(header.editor, Qt.Key.Key_Escape)
    assert not header.renaming and header.label.text() == AREA
    assert [a.name for a in store.focus_areas()] == [AREA, "Share data"]

    assert not board.rename_focus_area(AREA, "share DATA")
    assert [a.name for a in store.focus_areas()] == [AREA, "Share data"]
    assert document.undo_stack.count() == 0
    box = board.findChild(QMessageBox)
    assert box is not None and "Share data" in box.text()


def test_context_menu_offers_rename_and_delete_on_named_rows_only(
    qtbot: QtBot, document: EventDocument, settings: Settings, filed: str
) -> None:
    board = _board(qtbot, document, settings)
    header = board.headers[AREA]
    assert header.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
    assert [a.text() for a in header.actions()] == ["Rename…", "Delete…"]
    assert board.headers[""].actions() == []  # "No focus area" can be neither renamed nor deleted

    header.rename_action.trigger()
    assert header.renaming and header.editor.hasFocus()


def test_delete_asks_first_and_moves_the_actions_to_no_focus_area_in_one_undo_step(
    qtbot: QtBot, document: EventDocument, settings: Settings, store: EventStore, filed: str
) -> None:
    board = _board(qtbot, document, settings)
    header = board.headers[AREA]
    header.setFocus()

    qtbot.keyClick(header, Qt.Key.Key_Delete)
    box = board.confirmation
    assert box is not None and box.isVisible()
    assert AREA in box.text() and "1 action will move" in box.text()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert [a.name for a in store.focus_areas()] == [AREA]
    assert board.confirmation is None

    qtbot.keyClick(board.headers[AREA], Qt.Key.Key_Delete)
    box = board.confirmation
    assert box is not None
    delete = next(b for b in box.buttons() if b.text() == "Delete")
    qtbot.mouseClick(delete, Qt.MouseButton.LeftButton)

    assert store.focus_areas() == []
    assert store.item(filed).action.focus_area == ""  # type: ignore[union-attr]
    assert board.rows == [""]
    assert board.place_of(filed) == Place(Horizon.SHORT, "")
    assert document.undo_stack.count() == 1

    document.undo_stack.undo()
    assert [a.name for a in store.focus_areas()] == [AREA]
    assert store.item(filed).action.focus_area == AREA  # type: ignore[union-attr]
    assert board.place_of(filed) == Place(Horizon.SHORT, AREA)


def test_a_row_named_only_by_actions_is_renamed_through_them(
    qtbot: QtBot, document: EventDocument, settings: Settings, store: EventStore
) -> None:
    item = next(i for i in store.items() if i.has(Tag.ACTION))
    store.update_item(item.id, action=ActionFields(horizon=Horizon.LONG, focus_area="Data"))
    board = _board(qtbot, document, settings)
    assert board.rows == ["Data", ""]
    assert board.rename_focus_area("Data", "Open data")
    assert store.item(item.id).action.focus_area == "Open data"  # type: ignore[union-attr]
    assert board.place_of(item.id) == Place(Horizon.LONG, "Open data")
    assert store.focus_areas() == []
