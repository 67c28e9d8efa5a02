"""The screen tells the truth: the inspector follows the selection on every page, "Saved" is on the notes' clock."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from meetingkit.core.model import Day, Session
from meetingkit.store import EventStore
from meetingkit.ui.app import AppController
from meetingkit.ui.main_window import MainWindow
from meetingkit.ui.settings import Settings
from meetingkit.ui.views.actions_view import ActionsView
from meetingkit.ui.widgets.session_header import session_clock


@pytest.fixture
def full_window(qtbot: QtBot, qapp: QApplication, event_path: Path) -> Iterator[MainWindow]:
    controller = AppController.start(qapp, ask=lambda *_args: True, settings=None)  # every page installed
    window = controller.open_path(event_path)
    assert window is not None
    qtbot.waitExposed(window)
    yield window
    window.close()
    controller.setParent(None)
    controller.deleteLater()


def _inspected_text(window: MainWindow) -> str:
    return window.inspector.form.text.toPlainText()


def test_the_inspector_follows_the_selection_on_every_page(qtbot: QtBot, full_window: MainWindow) -> None:
    window = full_window
    store = window.document.store
    opening = next(s for s in store.sessions() if s.title == "Opening plenary")
    window.open_session(opening.id)
    view = window.session_view
    welcome = store.items(opening.id)[0]
    view.select_item(welcome.id)
    assert _inspected_text(window) == "Welcome by the hosts"

    actions = window.show_view("actions")
    assert isinstance(actions, ActionsView)
    assert _inspected_text(window) == ""  # nothing selected in the register yet
    assert window.inspector.caption.text() == "Select a note to see its fields."
    actions.table.selectRow(0)
    assert _inspected_text(window) == "Circulate the peer-learning calendar"
    actions.table.selectionModel().clearSelection()
    assert _inspected_text(window) == ""
    actions.table.selectionModel().select(
        actions.proxy.index(0, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )

    window.show_view("participants")
    assert _inspected_text(window) == ""
    window.show_view("sessions")
    assert _inspected_text(window) == "Welcome by the hosts"
    window.show_view("actions")
    assert _inspected_text(window) == "Circulate the peer-learning calendar"


def test_saved_is_on_the_meetings_clock(qtbot: QtBot, full_window: MainWindow, event_path: Path) -> None:
    window = full_window
    store = window.document.store
    store.update_event(timezone="Pacific/Kiritimati")  # UTC+14: never the test machine's clock
    window.document.event_changed.emit()
    session = store.sessions()[1]
    window.open_session(session.id, focus_capture=True)
    qtbot.keyClicks(window.session_view.capture, "A note")
    before = dt.datetime.now(dt.UTC)
    window.session_view.capture.returnPressed.emit()
    after = dt.datetime.now(dt.UTC)
    note = store.items(session.id)[-1]
    zone = dt.timezone(dt.timedelta(hours=14))
    shown = {f"Saved {m.astimezone(zone):%H:%M:%S}" for m in (before, after)}
    assert window.save_status.text() in shown
    with EventStore.open(event_path, read_only=True) as other:
        assert other.items(session.id)[-1].id == note.id


def test_the_first_start_asks_who_is_taking_notes(qtbot: QtBot, qapp: QApplication, event_path: Path) -> None:
    asked: list[object] = []

    def ask_name(parent: object) -> str:
        asked.append(parent)
        return "Ana Pérez"

    settings = Settings()
    controller = AppController.start(
        qapp, ask_name=ask_name, settings=settings, install_pages=lambda _w: None
    )
    try:
        window = controller.open_path(event_path)
        assert window is not None
        session = window.document.store.sessions()[1]
        window.open_session(session.id, focus_capture=True)
        qtbot.keyClicks(window.session_view.capture, "Noted by a person, not an account")
        window.session_view.capture.returnPressed.emit()
        assert window.document.store.items(session.id)[-1].author == "Ana Pérez"
        assert settings.author_name == "Ana Pérez"
        window.close()
        assert controller.open_path(event_path) is not None
        assert len(asked) == 1  # remembered: never asked again
    finally:
        for open_window in list(controller.windows):
            open_window.close()
        controller.setParent(None)
        controller.deleteLater()


@pytest.mark.parametrize(
    ("now", "shown"),
    [
        (dt.datetime(2017, 9, 12, 9, 10), "09:10 · starts in 20 min"),
        (dt.datetime(2017, 9, 12, 9, 42), "09:42 · 12 min in · 48 min left"),
        (dt.datetime(2017, 9, 12, 10, 35), "10:35 · ended 5 min ago"),
        (dt.datetime(2017, 9, 13, 9, 42), "09:42"),  # another day: only the time
    ],
)
def test_the_session_clock(now: dt.datetime, shown: str) -> None:
    day = Day(id="d", index=1, date=dt.date(2017, 9, 12))
    session = Session(id="s", day_id="d", order=0, title="Opening", start=dt.time(9, 30), end=dt.time(10, 30))
    assert session_clock(now, session, day) == shown


def test_the_header_clock_runs_on_the_meetings_time(qtbot: QtBot, full_window: MainWindow) -> None:
    window = full_window
    store = window.document.store
    store.update_event(timezone="Europe/Madrid")
    window.document.event_changed.emit()
    opening = next(s for s in store.sessions() if s.title == "Opening plenary")
    header = window.session_view.header
    header._now = lambda: dt.datetime(2017, 9, 12, 7, 45, tzinfo=dt.UTC)  # 09:45 in Barcelona
    window.open_session(opening.id)
    header.update_clock()  # what the next tick shows
    assert header.clock.text() == "09:45 · 15 min in · 45 min left"


def test_the_inspector_follows_the_roadmap_and_synergies_pages(qtbot: QtBot, full_window: MainWindow) -> None:
    window = full_window
    store = window.document.store
    action = next(i for i in store.items() if i.action is not None)
    synergy = next(i for i in store.items() if i.synergy is not None)
    board = window.show_view("roadmap")
    assert _inspected_text(window) == ""
    board.select(action.id)
    assert _inspected_text(window) == action.text
    view = window.show_view("synergies")
    assert _inspected_text(window) == ""
    model = view.tree.model()
    party = model.index(0, 0)
    leaf = model.index(0, 0, party)
    view.tree.setCurrentIndex(leaf)
    assert _inspected_text(window) == synergy.text
