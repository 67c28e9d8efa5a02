"""The event's own words (names and tags), read off the window's thread for completion and spell checking."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import NamedTuple

from meetingkit.core.errors import UserError
from meetingkit.store import EventStore


# A NamedTuple, not a dataclass: made at every launch, where a dataclass costs ~0.7 ms to create.
class EventWords(NamedTuple):
    """Every known name (people, organisations, owners, parties, speakers) and tag, most used tags first."""

    names: list[str]
    tags: list[str]


def read_event_words(path: Path) -> EventWords:
    """The event's words through a connection of this thread's own (none if the file cannot be read)."""
    try:
        with EventStore.open(path, read_only=True) as store:
            return EventWords(store.known_names(), store.known_tags())
    except (UserError, OSError, sqlite3.Error):
        # Completion then reads them itself when first needed; the spell checker underlines names.
        return EventWords([], [])
