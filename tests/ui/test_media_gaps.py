"""Media library: "This session" follows the session opened in the navigator, and files dropped attach there."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from pytestqt.qtbot import QtBot
from ui.organiser_fixtures import *  # noqa: F403  (fixtures: document, settings, pool, photos)
from ui.organiser_fixtures import jpeg_bytes

from meetingkit.store import EventStore
from meetingkit.ui.document import EventDocument
from meetingkit.ui.main_window import MainWindow
from meetingkit.ui.settings import Settings
from meetingkit.ui.views import install
from meetingkit.ui.views.media_view import THIS_SESSION, MediaView

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

JOB_TIMEOUT_MS = 60_000  # a ceiling for slow CI machines, not a measured duration


@pytest.fixture
def window(qtbot: QtBot, document: EventDocument, settings: Settings) -> Iterator[MainWindow]:
    made = MainWindow(document, settings=settings)
    qtbot.addWidget(made)
    install(made)
    made.show()
    qtbot.waitExposed(made)
    yield made
    media = made.view("media")
    assert isinstance(media, MediaView)
    media.shutdown()


def _media(window: MainWindow) -> MediaView:
    media = window.view("media")
    assert isinstance(media, MediaView)
    return media


def test_this_session_follows_the_session_chosen_in_the_navigator(
    qtbot: QtBot, window: MainWindow, store: EventStore, photos: list[str]
) -> None:
    opening, workshop, _roadmap = (s.id for s in store.sessions())
    media = _media(window)
    window.navigator.select_record(opening)
    window.show_view("media")
    media.scope.setCurrentIndex(media.scope.findData(THIS_SESSION))
    assert media.scope.currentText() == "This session: Day 1 · 09:30 · Opening plenary"
    assert media.session_id == opening and media.model.rowCount() == 3

    window.navigator.select_record(workshop)  # what a click in the navigator does
    assert media.scope.currentText() == "This session: Day 1 · 11:00 · Peer learning workshop"
    assert media.session_id == workshop and media.model.rowCount() == 0

    # A session picked by name stays put while the navigator moves on.
    media.set_session(opening)
    window.navigator.select_record(workshop)
    window.navigator.select_record(opening)
    window.navigator.select_record(workshop)
    assert media.session_id == opening and media.model.rowCount() == 3


def test_files_dropped_under_this_session_attach_to_the_open_session(
    qtbot: QtBot, window: MainWindow, store: EventStore, tmp_path: Path
) -> None:
    workshop = store.sessions()[1].id
    window.navigator.select_record(workshop)
    media = _media(window)
    media.scope.setCurrentIndex(media.scope.findData(THIS_SESSION))
    photo = tmp_path / "workshop.jpg"
    photo.write_bytes(jpeg_bytes(640, 480, (10, 120, 200)))
    with qtbot.waitSignal(media.attach_finished, timeout=JOB_TIMEOUT_MS) as done:
        media.attach_files([photo])
    (added,), errors = done.args
    assert errors == []
    assert store.attachment(added).session_id == workshop
    assert media.model.rowCount() == 1


def test_nothing_open_shows_the_whole_event(
    qtbot: QtBot, document: EventDocument, settings: Settings, pool: QThreadPool, photos: list[str]
) -> None:
    media = MediaView(document, settings, pool=pool)
    qtbot.addWidget(media)
    media.scope.setCurrentIndex(media.scope.findData(THIS_SESSION))
    assert media.scope.currentText() == "This session (none open)"
    assert media.session_id is None and media.model.rowCount() == 3
    media.shutdown()
