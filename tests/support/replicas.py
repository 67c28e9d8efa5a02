"""Rapporteurs' copies of one event file, and what "the same content" means when comparing them."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

from meetingkit.store import EventStore
from meetingkit.store.replica import TABLES

# Kept per replica: when it wrote last and who wrote last (derived), the local row order number, the search
# index (compared with a rebuild separately).
LOCAL_COLUMNS = {"updated_at", "author", "ord"}


def copies(original: Path, names: list[str]) -> list[Path]:
    """Copies of `original` as each rapporteur's laptop would hold them (closed file copied byte for byte)."""
    paths = []
    for name in names:
        target = original.with_name(f"{name}.meeting")
        shutil.copyfile(original, target)
        paths.append(target)
    return paths


def canonical(store: EventStore) -> dict[str, Any]:
    """Every record's replicated columns, each group's order, and the open conflicts."""
    content: dict[str, Any] = {}
    for table in TABLES:
        rows = store.query(f"SELECT * FROM {table} ORDER BY id")
        content[table] = [{k: r[k] for k in r.keys() if k not in LOCAL_COLUMNS} for r in rows]  # noqa: SIM118 - a Row iterates its values
    content["order"] = {
        "sessions": [
            r[0] for r in store.query("SELECT id FROM session WHERE deleted_at IS NULL ORDER BY day_id, ord")
        ],
        "items": [
            r[0] for r in store.query("SELECT id FROM item WHERE deleted_at IS NULL ORDER BY session_id, ord")
        ],
        "photos": [
            r[0] for r in store.query("SELECT id FROM attachment WHERE deleted_at IS NULL ORDER BY kind, ord")
        ],
        "roles": [
            r[0]
            for r in store.query(
                "SELECT id FROM session_person WHERE deleted_at IS NULL ORDER BY session_id, ord"
            )
        ],
    }
    content["conflicts"] = sorted(
        (c.record, c.field, sorted(repr(x.value) for x in c.candidates)) for c in store.conflicts()
    )
    return content


def search_rows(store: EventStore) -> list[tuple[Any, ...]]:
    return sorted(tuple(r) for r in store.query("SELECT rowid, kind, ref, session_id, body FROM search"))


def assert_search_is_a_rebuild(store: EventStore) -> None:
    before = search_rows(store)
    store.rebuild_search()
    assert search_rows(store) == before


def skew(store: EventStore, offset_ms: int) -> Callable[[], int]:
    """Make this replica's wall clock run `offset_ms` off (negative: behind) from now on."""
    from meetingkit.store import hlc

    def wall() -> int:
        return hlc.system_ms() + offset_ms

    store._replica._wall = wall  # the tests' way in: the app never skews its own clock
    if store._replica._clock is not None:
        store._replica._clock._wall = wall
    return wall
