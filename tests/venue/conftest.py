"""An event with one session, and its copies on rapporteurs' laptops."""

from __future__ import annotations

from pathlib import Path

import pytest

from meetingkit.store import EventStore


@pytest.fixture
def event(tmp_path: Path) -> tuple[Path, str]:
    """The organiser's file (the relay serves it) and the id of its session."""
    path = tmp_path / "relay.meeting"
    with EventStore.create(
        path, title="Live congress", start="2026-03-02", end="2026-03-03", author="org"
    ) as s:
        session = s.add_session(s.days()[0].id, "Opening plenary")
    return path, session.id
