"""Changing an event file behind meetingkit's back, as another program (or an attacker) would."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def run_sql(path: Path, *statements: str, writable_schema: bool = False) -> None:
    """Run `statements` on the file with a plain sqlite3 connection, each committed as it runs."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        if writable_schema:
            conn.execute("PRAGMA writable_schema = ON")
        for statement in statements:
            conn.execute(statement)
    finally:
        conn.close()
