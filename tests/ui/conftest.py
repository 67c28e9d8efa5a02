"""UI test fixtures: a small event built with EventStore.create in tmp_path, a document, the app and a window."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from meetingkit.core.model import Role
from meetingkit.store import EventStore
from meetingkit.ui.app import AppController
from meetingkit.ui.document import EventDocument
from meetingkit.ui.main_window import MainWindow


@pytest.fixture
def event_path(tmp_path: Path) -> Path:
    """Two days, three sessions, a few notes: enough to navigate, capture, search and undo."""
    path = tmp_path / "learning.meeting"
    store = EventStore.create(
        path,
        title="Learning Meeting",
        start=dt.date(2017, 9, 12),
        end=dt.date(2017, 9, 13),
        venue="Palau Macaya",
        city="Barcelona",
        organisers=["UCLG", "Metropolis"],
    )
    with store:
        day1, day2 = store.days()
        store.update_day(day1.id, theme="Learning from each other")
        opening = store.add_session(
            day1.id,
            "Opening plenary",
            start="09:30",
            end="10:30",
            room="Sala Gran",
            format="plenary",
            questions=["What does a learning network need?"],
            people=[("Emilia Saiz", Role.SPEAKER), ("Octavi de la Varga", Role.MODERATOR)],
        )
        store.add_entry(opening.id, "Welcome by the hosts")
        store.add_entry(opening.id, "! Circulate the peer-learning calendar @UCLG due:2017-10-15 ^short")
        store.add_entry(opening.id, "~ @Metropolis and @UCLG align training agendas")
        store.add_session(day1.id, "Peer learning workshop", start="11:00", end="12:30", room="Room 2")
        store.add_session(day2.id, "Roadmap and next steps", start="09:30", room="Sala Gran")
    return path


@pytest.fixture
def store(event_path: Path) -> Iterator[EventStore]:
    opened = EventStore.open(event_path, lock=True)
    yield opened
    opened.close()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # The offscreen platform warns that it cannot size, raise or grab native windows; that is its
    # limit, not our bug, and qt_log_level_fail would otherwise fail every window test on it.
    for item in items:
        if "tests/ui" in str(item.path).replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_ignore("This plugin does not support"))


@pytest.fixture
def answers() -> list[str]:
    """Questions the app asked (e.g. "open read-only?"); the fixture answers yes to each."""
    return []


@pytest.fixture
def controller(qapp: QApplication, answers: list[str]) -> Iterator[AppController]:
    def ask(_parent: object, _title: str, question: str) -> bool:
        answers.append(question)
        return True

    # The organiser pages are tested on their own; these tests drive the Sessions page.
    made = AppController.start(qapp, ask=ask, settings=None, install_pages=lambda _window: None)
    yield made
    for window in list(made.windows):
        window.close()
    if made.welcome is not None:
        made.welcome.close()
    made.setParent(None)
    made.deleteLater()


@pytest.fixture
def window(qtbot: QtBot, controller: AppController, event_path: Path) -> MainWindow:
    opened = controller.open_path(event_path)
    assert opened is not None
    qtbot.waitExposed(opened)
    opened.activateWindow()
    qtbot.waitUntil(opened.isActiveWindow)
    return opened


@pytest.fixture
def document(qapp: QApplication, store: EventStore) -> Iterator[EventDocument]:
    made = EventDocument(store)
    yield made
    made.close()  # stops its poll timer before the store goes
