"""Fixtures for the organiser views' tests: a document over the small test event, settings in the test home."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from pytestqt.qtbot import QtBot

from meetingkit.store import EventStore
from meetingkit.ui.document import EventDocument
from meetingkit.ui.settings import Settings

# The test event's actions are due in 2017: with this "today" the open ones are overdue.
TODAY = dt.date(2017, 11, 1)


@pytest.fixture
def document(qtbot: QtBot, store: EventStore) -> Iterator[EventDocument]:
    doc = EventDocument(store)
    yield doc
    doc.close()


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(tmp_path / "config" / "settings.json")


@pytest.fixture
def pool() -> Iterator[QThreadPool]:
    """A pool of the test's own, drained before the document closes (no worker outlives its test)."""
    own = QThreadPool()
    yield own
    own.clear()
    own.waitForDone()
