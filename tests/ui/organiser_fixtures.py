"""Fixtures for the organiser views' tests: a document over the small test event, settings in the test home."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from meetingkit.attach import attach_bytes
from meetingkit.store import EventStore
from meetingkit.ui.document import EventDocument
from meetingkit.ui.settings import Settings
from meetingkit.ui.translations import install_translators

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


def jpeg_bytes(width: int, height: int, colour: tuple[int, int, int]) -> bytes:
    """A small real JPEG made here (test images are generated, never committed)."""
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (width, height), colour).save(out, "JPEG", quality=80)
    return out.getvalue()


@pytest.fixture
def photos(store: EventStore) -> list[str]:
    """Three photos of the opening session, none selected yet; returns their ids in order."""
    opening = store.sessions()[0].id
    ids = []
    for n, colour in enumerate([(200, 40, 40), (40, 160, 60), (40, 60, 200)], start=1):
        attachment = attach_bytes(
            store, jpeg_bytes(1200, 800, colour), f"IMG_{n:04d}.JPG", session_id=opening, caption=f"Photo {n}"
        )
        ids.append(attachment.id)
    return ids


@pytest.fixture(autouse=True)
def english(qapp: QApplication) -> Iterator[None]:
    """The app always loads the English catalogue (it holds the plural forms: "1 action", "2 actions")."""
    translators = install_translators(qapp, "en")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)
