"""Where the event's glossary of acronyms is kept: the file's meta table (no schema change)."""

from __future__ import annotations

import sqlite3

from meetingkit.store.base import StoreBase

ACRONYMS_KEY = "acronyms"


def acronyms_text(conn: sqlite3.Connection) -> str:
    """The glossary as typed ("" when none), one `ABBR = Expansion` a line."""
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (ACRONYMS_KEY,)).fetchone()
    return "" if row is None else str(row[0])


def acronyms(store: StoreBase) -> str:
    """The store's glossary as typed ("" when none)."""
    with store._read() as conn:
        return acronyms_text(conn)


def set_acronyms(store: StoreBase, text: str) -> None:
    with store.transaction() as conn:
        conn.execute(
            "INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (ACRONYMS_KEY, text.strip()),
        )
