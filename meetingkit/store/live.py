"""The event file as a live replica: its Yjs state, what another replica lacks, and updates from a relay.

An incoming update goes through the same path as a merge (replica.py: mirrored, projected into the rows and the
search index in one transaction), so a relay or a live client is just another replica of the event.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from meetingkit.store.replica import new_doc

if TYPE_CHECKING:
    from meetingkit.store.eventstore import EventStore


def state(store: EventStore) -> bytes:
    """The state vector of the file's document: what this replica has seen."""
    return store._replica.state()


def update_since(store: EventStore, remote_state: bytes | None = None) -> bytes:
    """One Yjs update holding everything this file has that a replica with `remote_state` lacks."""
    doc = store._replica.doc()
    return bytes(doc.get_update(remote_state) if remote_state else doc.get_update())


def receive(store: EventStore, update: bytes) -> int:
    """Apply another replica's update to the file in one transaction; returns the records it touched."""
    with store.transaction() as conn:
        applied = store._replica.apply(conn, update)
    return len(applied.records)


def reload(store: EventStore) -> None:
    """Forget the in-memory document: another process (a `meetingkit add`) may have committed to the file."""
    store._replica.forget()


def entries_in(update: bytes) -> int:
    """How many register entries (field writes) an update holds: "N changes" as the status bar says it."""
    doc = new_doc()
    doc.apply_update(update)
    return len(doc["entries"])


def local_value(store: EventStore, key: str) -> str | None:
    """A value this file keeps for itself (never replicated): the relay's secret and certificate."""
    row = store._conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return None if row is None else str(row[0])


def set_local_value(store: EventStore, key: str, value: str) -> None:
    with store.transaction() as conn:
        conn.execute(
            "INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, value),
        )


def data_version(store: EventStore) -> int:
    """Changes whenever another connection (another process) commits to the file."""
    return int(store._conn.execute("PRAGMA data_version").fetchone()[0])
