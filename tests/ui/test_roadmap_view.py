"""The roadmap board: cards move between horizons and focus areas by keyboard and by drop, with undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QDropEvent
from pytestqt.qtbot import QtBot
from ui.organiser_fixtures import *  # noqa: F403  (fixtures: document, settings)

from meetingkit.core.model import Horizon, Tag
from meetingkit.store import EventStore
from meetingkit.ui.document import EventDocument
from meetingkit.ui.settings import Settings
from meetingkit.ui.views.roadmap_view import MIME_TYPE, Place, RoadmapBoard

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def _board(qtbot: QtBot, document: EventDocument, settings: Settings) -> RoadmapBoard:
    board = RoadmapBoard(document, settings)
    qtbot.addWidget(board)
    board.resize(1200, 700)
    board.show()
    qtbot.waitExposed(board)
    return board


def _action_id(store: EventStore) -> str:
    return next(i.id for i in store.items() if i.has(Tag.ACTION))


def test_keyboard_moves_a_card_to_the_next_horizon_and_focus_area(
    qtbot: QtBot, document: EventDocument, settings: Settings, store: EventStore
) -> None:
    store.add_focus_area("Facilitate peer learning")
    document.focus_areas_changed.emit()
    board = _board(qtbot, document, settings)
    item_id = _action_id(store)
    assert board.place_of(item_id) == Place(Horizon.SHORT, "")
    assert board.rows == ["Facilitate peer learning", ""]

    qtbot.mouseClick(board.cards[item_id], Qt.MouseButton.LeftButton)
    assert board.selected == item_id
    with qtbot.waitSignal(board.moved):
        qtbot.keyClick(board.cards[item_id], Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert store.item(item_id).action.horizon is Horizon.MEDIUM  # type: ignore[union-attr]
    card = board.cards[item_id]
    assert card.parent() is board.cells[Place(Horizon.MEDIUM, "")]
    assert board.selected == item_id

    with qtbot.waitSignal(board.moved):
        qtbot.keyClick(board.cards[item_id], Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert store.item(item_id).action.focus_area == "Facilitate peer learning"  # type: ignore[union-attr]
    assert board.cards[item_id].parent() is board.cells[Place(Horizon.MEDIUM, "Facilitate peer learning")]

    document.undo_stack.undo()
    document.undo_stack.undo()
    assert board.place_of(item_id) == Place(Horizon.SHORT, "")
    assert store.item(item_id).action.horizon is Horizon.SHORT  # type: ignore[union-attr]


def test_dropping_a_card_on_a_cell_moves_it_there(
    qtbot: QtBot, document: EventDocument, settings: Settings, store: EventStore
) -> None:
    board = _board(qtbot, document, settings)
    assert board.add_focus_area("Knowledge management")
    item_id = _action_id(store)
    target = board.cells[Place(Horizon.LONG, "Knowledge management")]
    mime = QMimeData()
    mime.setData(MIME_TYPE, item_id.encode())
    drop = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.MoveAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    with qtbot.waitSignal(board.moved):
        target.dropEvent(drop)
    action = store.item(item_id).action
    assert action is not None
    assert (action.horizon, action.focus_area) == (Horizon.LONG, "Knowledge management")
    assert board.cards[item_id].parent() is board.cells[Place(Horizon.LONG, "Knowledge management")]


def test_a_card_shows_its_provenance_and_jumps_to_the_note(
    qtbot: QtBot, document: EventDocument, settings: Settings, store: EventStore
) -> None:
    board = _board(qtbot, document, settings)
    item_id = _action_id(store)
    card = board.cards[item_id]
    assert "Day 1 · 09:30 · Opening plenary" in card.source.text()
    with qtbot.waitSignal(board.jump_requested) as jump:
        card.source.linkActivated.emit("#")
    assert jump.args == [item_id]
    card.setFocus()
    with qtbot.waitSignal(board.jump_requested) as jump:
        qtbot.keyClick(card, Qt.Key.Key_Return)
    assert jump.args == [item_id]
