"""Open conflicts, told in words, and their resolution (itself an edit that replicates like any other)."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from typing import Any

from meetingkit.core.errors import NotFoundError
from meetingkit.core.text import one_line
from meetingkit.store import hlc
from meetingkit.store.errors import StoreUserError
from meetingkit.store.register_conflicts import Conflict
from meetingkit.store.registers import DELETED, Entry
from meetingkit.store.replica import TEXTS, Replica

_LABEL_COLUMN = {
    "event": "title",
    "day": "date",
    "session": "title",
    "organisation": "name",
    "person": "name",
    "focus_area": "name",
    "item": "text",
    "attachment": "filename",
}


def describe(conn: sqlite3.Connection, table: str, record: str) -> str:
    """'session "Opening plenary"', 'note "Circulate the calendar…"': what a user recognises."""
    kind = "note" if table == "item" else table.replace("_", " ")
    column = _LABEL_COLUMN.get(table)
    if column is None:
        return kind
    row = conn.execute(f"SELECT {column} FROM {table} WHERE id = ?", (record,)).fetchone()
    if row is None or not row[0]:
        return kind
    return f'{kind} "{one_line(str(row[0]), 58)}"'


def shown(value: Any) -> str:
    if value is None:
        return "(empty)"
    if isinstance(value, str):
        return f'"{one_line(value, 78)}"'
    return json.dumps(value, ensure_ascii=False)


def as_json(conflict: Conflict) -> dict[str, Any]:
    return {
        "id": conflict.id,
        "record": conflict.record,
        "kind": conflict.table,
        "field": conflict.field,
        "values": [
            {"value": c.value, "author": c.author, "at": hlc.to_iso(c.stamp) if c.stamp != hlc.ZERO else None}
            for c in conflict.candidates
        ],
    }


@dataclass(frozen=True)
class Resolution:
    """A conflict settled: which one, and the value chosen, in words."""

    conflict: Conflict
    chosen: str  # in words, for the confirmation line


def find(conflicts: list[Conflict], conflict_id: str) -> Conflict:
    matches = (
        [c for c in conflicts if c.id.startswith(conflict_id.strip().lower())] if conflict_id.strip() else []
    )
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise NotFoundError(
            f"No open conflict with id {conflict_id}; `meetingkit conflicts FILE` lists them."
        )
    raise StoreUserError(f"{conflict_id} matches {len(matches)} conflicts; give more of the id.")


def resolve(
    conn: sqlite3.Connection, replica: Replica, conflict: Conflict, *, take: int | None, value: str | None
) -> Resolution:
    """Settle `conflict` with candidate number `take` (1-based) or a new `value`; projects the result."""
    entries = replica.entries_of(conn, conflict.record)
    if take is not None and not 1 <= take <= len(conflict.candidates):
        raise StoreUserError(f"--take must be 1 to {len(conflict.candidates)} for conflict {conflict.id}.")
    if conflict.field == "notes":
        chosen = _resolve_notes(conn, replica, conflict, entries, take, value)
    elif conflict.field == DELETED:
        keep_deleted = take == 1 if take is not None else _yes_no(value)
        if keep_deleted:
            replica.write(
                conn, conflict.table, conflict.record, {DELETED: True}, seen=[e.id for e in entries]
            )
        else:
            replica.write(conn, conflict.table, conflict.record, {DELETED: None})
        chosen = "deleted" if keep_deleted else "kept"
    else:
        if take is not None:
            candidate = conflict.candidates[take - 1]
            raw = next(e for e in entries if e.id == candidate.entry).values[conflict.field]
            chosen = shown(candidate.value)
        else:
            assert value is not None
            raw = _typed(conn, conflict, value)
            chosen = shown(value)
        replica.write(conn, conflict.table, conflict.record, {conflict.field: raw})
    replica.project(conn, [(conflict.table, conflict.record)])
    return Resolution(conflict, chosen)


def _resolve_notes(
    conn: sqlite3.Connection,
    replica: Replica,
    conflict: Conflict,
    entries: list[Entry],
    take: int | None,
    value: str | None,
) -> str:
    """A deleted session holding notes added elsewhere: keep it deleted (1), restore it (2), or move them."""
    if take == 2:
        replica.write(conn, "session", conflict.record, {DELETED: None})
        return "session restored"
    live = [
        r[0]
        for r in conn.execute(
            "SELECT id FROM item WHERE session_id = ? AND deleted_at IS NULL", (conflict.record,)
        )
    ]
    if take == 1:
        # The notes stay in the file with the deleted session: restoring the session brings them back.
        replica.write(
            conn, "session", conflict.record, {DELETED: True}, seen=[e.id for e in entries], children=live
        )
        return "session stays deleted with its notes"
    assert value is not None
    target = conn.execute(
        "SELECT id, title FROM session WHERE deleted_at IS NULL AND (id = ? OR title LIKE ? || '%') ORDER BY ord LIMIT 2",
        (value, value),
    ).fetchall()
    if len(target) != 1:
        raise StoreUserError(
            f"--value must name one live session (its id or the start of its title), not '{value}'."
        )
    for note in live:
        replica.write(conn, "item", note, {"session_id": target[0][0]})
        replica.project(conn, [("item", note)])
    return f'notes moved to "{target[0][1]}"'


def _yes_no(value: str | None) -> bool:
    answer = (value or "").strip().casefold()
    if answer in {"deleted", "delete", "yes", "true", "1"}:
        return True
    if answer in {"kept", "keep", "restore", "no", "false", "0"}:
        return False
    raise StoreUserError("--value for a deleted record is 'delete' or 'keep'.")


def _typed(conn: sqlite3.Connection, conflict: Conflict, value: str) -> Any:
    """A typed value in the column's own format (numbers, lists, nothing for an empty date)."""
    if conflict.field in TEXTS.get(conflict.table, ()):
        return {"text": value}
    current = conn.execute(
        f"SELECT {conflict.field} FROM {conflict.table} WHERE id = ?", (conflict.record,)
    ).fetchone()
    sample = current[0] if current else None
    if isinstance(sample, int):
        lowered = value.strip().casefold()
        if lowered in {"yes", "true"}:
            return 1
        if lowered in {"no", "false"}:
            return 0
        try:
            return int(value)
        except ValueError:
            raise StoreUserError(f"--value for {conflict.field} is a whole number, not '{value}'.") from None
    if isinstance(sample, str) and sample.startswith("["):
        try:
            parsed = (
                json.loads(value)
                if value.strip().startswith("[")
                else [p.strip() for p in value.split(",") if p.strip()]
            )
        except json.JSONDecodeError:
            raise StoreUserError(f"--value for {conflict.field} is a list: a, b, c.") from None
        return json.dumps(parsed, ensure_ascii=False, separators=(",", ":"))
    if not value.strip() and sample is None:
        return None
    return value
