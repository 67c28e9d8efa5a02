"""What the relay and the live client need from the event file, as one small interface.

The CLI calls the store directly (StoreEndpoint). The app's store lives on the UI thread, so the app hands the
relay and the client an endpoint that runs these calls there (ui/venue.py).
"""

from __future__ import annotations

from typing import Protocol

from meetingkit.store import live
from meetingkit.store.eventstore import EventStore


class Endpoint(Protocol):
    def state(self) -> bytes: ...
    def update_since(self, remote_state: bytes | None) -> bytes: ...
    def receive(self, update: bytes) -> int: ...
    def waiting(self, remote_state: bytes) -> int: ...
    def changed_elsewhere(self) -> bool: ...


class StoreEndpoint:
    """The event file, called from the thread that opened it."""

    def __init__(self, store: EventStore) -> None:
        self.store = store
        self._data_version = self._version()

    def _version(self) -> int:
        return live.data_version(self.store)

    def state(self) -> bytes:
        return live.state(self.store)

    def update_since(self, remote_state: bytes | None) -> bytes:
        return live.update_since(self.store, remote_state)

    def receive(self, update: bytes) -> int:
        touched = live.receive(self.store, update)
        self._data_version = self._version()
        return touched

    def waiting(self, remote_state: bytes) -> int:
        return live.entries_in(live.update_since(self.store, remote_state))

    def changed_elsewhere(self) -> bool:
        """True once after another process (a `meetingkit add`) committed to the file; reloads the document."""
        version = self._version()
        if version == self._data_version:
            return False
        self._data_version = version
        live.reload(self.store)
        return True
