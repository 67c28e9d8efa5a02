"""Files as an older meetingkit wrote them: a current file with what later migrations added taken out."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from meetingkit.store.schema import MIGRATIONS


def _objects(conn: sqlite3.Connection) -> set[tuple[str, str]]:
    return {
        (str(kind), str(name))
        for kind, name in conn.execute("SELECT type, name FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%'")
    }


def as_version(path: Path, version: int) -> None:
    """Turn the closed event file at `path` into a file of schema `version` (its rows kept)."""
    reference = sqlite3.connect(":memory:")
    for step in range(version):
        MIGRATIONS[step](reference)
    keep = _objects(reference)
    reference.close()
    conn = sqlite3.connect(path, isolation_level=None)
    extra = _objects(conn) - keep
    for kind in ("trigger", "view", "index", "table"):
        for object_kind, name in sorted(extra):
            if object_kind == kind and (kind, name) in _objects(conn):  # an index goes with its table
                conn.execute(f'DROP {kind.upper()} "{name}"')
    conn.execute(f"PRAGMA user_version = {version}")
    conn.execute("VACUUM")
    conn.close()
