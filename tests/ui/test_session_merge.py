""" "Probably the same session": offered after a merge and from the navigator; one undo step takes it back."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from meetingkit.store import EventStore
from meetingkit.ui.actions import ActionId
from meetingkit.ui.main_window import MainWindow


@pytest.fixture
def two_copies(event_path: Path, tmp_path: Path) -> list[Path]:
    """Ana and Ben each created the "Side event" of day 1 on their own laptop and took a note there."""
    made = []
    for name in ("Ana", "Ben"):
        copy = tmp_path / f"{name}.meeting"
        shutil.copy(event_path, copy)
        with EventStore.open(copy, author=name) as store:
            session = store.add_session(store.day(1).id, "Side event", room=f"Room of {name}")
            store.add_entry(session.id, f"{name}'s note from the side event")
        made.append(copy)
    return made


def _side_events(window: MainWindow) -> list[tuple[str, list[str]]]:
    store = window.document.store
    return sorted(
        (s.id, sorted(i.text for i in store.items(s.id))) for s in store.sessions() if s.title == "Side event"
    )


def _merge_files(qtbot: QtBot, window: MainWindow, copies: list[Path]) -> None:
    dialog = window.replication.merge_files()
    assert dialog.load(copies)
    with qtbot.waitSignal(dialog.merged):
        dialog.merge_button.setFocus()
        qtbot.keyClick(dialog.merge_button, Qt.Key.Key_Space)


def _undo(qtbot: QtBot, window: MainWindow) -> None:
    window.navigator.setFocus()
    qtbot.keyClick(window.navigator, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def test_after_a_merge_the_app_offers_to_merge_the_same_session_and_undo_takes_it_back(
    qtbot: QtBot, two_copies: list[Path], window: MainWindow
) -> None:
    _merge_files(qtbot, window, two_copies)
    before = _side_events(window)
    assert sorted(notes for _id, notes in before) == [  # session ids are random: order by what they hold
        ["Ana's note from the side event"],
        ["Ben's note from the side event"],
    ]
    captured = {i.id: i.captured_at for i in window.document.store.items()}
    banner = window.session_view.banner
    assert '"Side event" is there twice on day 1: probably the same session' in banner.text

    merge_button = next(b for b in banner.findChildren(QPushButton) if b.text() == "&Merge them")
    qtbot.keyClick(merge_button, Qt.Key.Key_Space)

    after = _side_events(window)
    assert len(after) == 1
    assert after[0][1] == ["Ana's note from the side event", "Ben's note from the side event"]
    assert {
        i.id: i.captured_at for i in window.document.store.items()
    } == captured  # the same notes, same times
    assert not banner.isVisibleTo(window)
    assert window.navigator.current_session_id() == after[0][0]

    _undo(qtbot, window)
    assert _side_events(window) == before  # both sessions, each with its note
    rooms = sorted(s.room for s in window.document.store.sessions() if s.title == "Side event")
    assert rooms == ["Room of Ana", "Room of Ben"]

    # The navigator's context menu: the same fold for the session selected there, and Undo again.
    kept = before[1][0]
    window.navigator.select_record(kept)
    action = window.action_of[ActionId.MERGE_SESSIONS]
    assert action in window.navigator.actions()
    assert window.navigator.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
    action.trigger()
    assert [session_id for session_id, _notes in _side_events(window)] == [kept]
    _undo(qtbot, window)
    assert _side_events(window) == before


def test_keep_both_leaves_the_two_sessions_and_is_not_asked_again(
    qtbot: QtBot, two_copies: list[Path], window: MainWindow
) -> None:
    _merge_files(qtbot, window, two_copies)
    banner = window.session_view.banner
    keep_both = next(b for b in banner.findChildren(QPushButton) if b.text() == "&Keep both")
    qtbot.keyClick(keep_both, Qt.Key.Key_Space)
    assert len(_side_events(window)) == 2
    assert not banner.isVisibleTo(window)
    assert not window.replication.session_merger.offer()
