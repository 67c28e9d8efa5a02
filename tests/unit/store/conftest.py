"""Fixtures of the store tests: a fresh three-day event file with one session."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from meetingkit.core.model import Session
from meetingkit.store import EventStore


@pytest.fixture
def event_path(tmp_path: Path) -> Path:
    return tmp_path / "barcelona.meeting"


@pytest.fixture
def store(event_path: Path) -> Iterator[EventStore]:
    opened = EventStore.create(
        event_path,
        title="Learning Meeting",
        start="2017-09-12",
        end="2017-09-14",
        venue="Barcelona",
        organisers=["UCLG", "Metropolis"],
        author="ana",
    )
    yield opened
    opened.close()


@pytest.fixture
def session(store: EventStore) -> Session:
    return store.add_session(store.day(1).id, "Guiding questions", start="09:30", end="11:00", room="Sala 1")
