"""Files as an older meetingkit wrote them: a current file with what later migrations added taken out."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from meetingkit.store import replica
from meetingkit.store.registers import Entry
from meetingkit.store.schema import MIGRATIONS

# Columns whose type a later migration changed: (table, column) -> SQL giving the older value from the newer.
_OLDER_VALUES = {("attachment", "consent"): "CASE consent WHEN 'refused' THEN 0 ELSE 1 END"}


def _objects(conn: sqlite3.Connection) -> set[tuple[str, str]]:
    return {
        (str(kind), str(name))
        for kind, name in conn.execute("SELECT type, name FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%'")
    }


def _tables(conn: sqlite3.Connection) -> dict[str, str]:
    return {
        str(n): str(q) for n, q in conn.execute("SELECT name, sql FROM sqlite_schema WHERE type = 'table'")
    }


def _rebuild_changed_tables(conn: sqlite3.Connection, reference: sqlite3.Connection) -> None:
    """Tables a later migration altered get their older definition back, their rows converted."""
    older = _tables(reference)
    for name, sql in _tables(conn).items():
        if name not in older or older[name] == sql or name.startswith("sqlite_"):
            continue
        columns = [str(r[1]) for r in reference.execute(f'PRAGMA table_info("{name}")')]
        attached = [
            str(r[0])
            for r in conn.execute(
                "SELECT sql FROM sqlite_schema WHERE tbl_name = ? AND type IN ('index', 'trigger') AND sql IS NOT NULL",
                (name,),
            )
        ]
        conn.execute(f'CREATE TEMP TABLE kept AS SELECT * FROM "{name}"')
        conn.execute(f'DROP TABLE "{name}"')
        conn.execute(older[name])
        values = ", ".join(_OLDER_VALUES.get((name, c), f'"{c}"') for c in columns)
        conn.execute(f'INSERT INTO "{name}" SELECT {values} FROM temp.kept')
        conn.execute("DROP TABLE temp.kept")
        for statement in attached:
            conn.execute(statement)


def _older_registers(conn: sqlite3.Connection) -> None:
    """Register values as a version-3 replica wrote them: consent a yes/no (1 unless refused)."""
    doc = replica.load_doc(conn, client_id=7)
    entries = doc["entries"]
    for key in list(entries.keys()):
        entry = Entry.from_json(key, entries[key])
        if entry.table != "attachment" or "consent" not in entry.values:
            continue
        values = dict(entry.values)
        values["consent"] = 0 if values["consent"] == "refused" else 1
        older = Entry(
            entry.id,
            entry.record,
            entry.table,
            entry.stamp,
            entry.author,
            values,
            entry.supersedes,
            entry.seen,
            entry.children,
            entry.created,
        )
        body = older.to_json()
        entries[key] = body
        conn.execute("UPDATE reg_entry SET body = ? WHERE id = ?", (body, key))
    replica.compact(conn, doc)


def as_version(path: Path, version: int) -> None:
    """Turn the closed event file at `path` into a file of schema `version` (its rows kept)."""
    reference = sqlite3.connect(":memory:")
    for step in range(version):
        MIGRATIONS[step](reference)
    keep = _objects(reference)
    conn = sqlite3.connect(path, isolation_level=None)
    if version == 3:
        _older_registers(conn)
    _rebuild_changed_tables(conn, reference)
    reference.close()
    extra = _objects(conn) - keep
    for kind in ("trigger", "view", "index", "table"):
        for object_kind, name in sorted(extra):
            if object_kind == kind and (kind, name) in _objects(conn):  # an index goes with its table
                conn.execute(f'DROP {kind.upper()} "{name}"')
    conn.execute(f"PRAGMA user_version = {version}")
    conn.execute("VACUUM")
    conn.close()
