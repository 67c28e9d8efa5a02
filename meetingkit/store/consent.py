"""Photo consent as three states (migration 4), and how a yes/no written by an older meetingkit reads today.

Up to schema 3 consent was a yes/no that defaulted to yes, so a "yes" nobody ever looked at cannot be told
from a real agreement by its value. The registers can tell: a record's creation entry holds the defaults,
and any later entry that wrote ``consent`` is a person's choice. So an old "yes" becomes "agreed" only when
its current value came from such an edit, and "not asked" otherwise; an old "no" was always a choice
(the default was yes) and becomes "refused".
"""

from __future__ import annotations

import sqlite3

from meetingkit.core.model import Consent
from meetingkit.store.registers import Entry, heads
from meetingkit.store.schema import run_script

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

FIELD = "consent"

_ADD_COLUMN = """
ALTER TABLE attachment RENAME COLUMN consent TO consent_v3;
ALTER TABLE attachment ADD COLUMN consent TEXT NOT NULL DEFAULT 'unknown'
    CHECK (consent IN ('unknown', 'agreed', 'refused'));
"""


def from_legacy(value: Any, *, chosen: bool) -> Consent:
    """An old yes/no: `chosen` when a person (not a default) wrote it."""
    if isinstance(value, str) and value in {c.value for c in Consent}:
        return Consent(value)
    if not value:
        return Consent.REFUSED
    return Consent.AGREED if chosen else Consent.UNKNOWN


def register_value(value: Any) -> Any:
    """A register's consent as a row holds it: an old replica's yes/no (not migrated yet) reads as not asked."""
    if isinstance(value, (bool, int)):
        return from_legacy(value, chosen=False).value
    return value


def migrate(conn: sqlite3.Connection) -> None:
    """Schema 3 -> 4: the column becomes three-state, and each changed value is written to its register.

    Deterministic: the new entries derive from the rows and registers alone (ids, stamps, update bytes), so
    two copies of one file migrate to the same entries and merging them later shows no conflict.
    """
    from meetingkit.store import replica  # replica reads old registers through this module

    run_script(conn, _ADD_COLUMN)
    written: list[Entry] = []
    for row in conn.execute("SELECT id, consent_v3 FROM attachment ORDER BY id").fetchall():
        record = str(row[0])
        entries = [
            Entry.from_json(r[0], r[1])
            for r in conn.execute("SELECT id, body FROM reg_entry WHERE record = ?", (record,))
        ]
        shown = heads(entries, FIELD)
        value = from_legacy(row[1], chosen=any(not e.created for e in shown))
        conn.execute("UPDATE attachment SET consent = ? WHERE id = ?", (value.value, record))
        if not entries:
            continue
        newest = max(entries, key=lambda e: (e.stamp, e.id))
        import hashlib  # per record, not at import: every open runs this on an empty schema (trust.py)

        digest = hashlib.sha256(f"{record}\n{value.value}\n{[e.id for e in shown]}".encode()).hexdigest()[:16]
        written.append(
            Entry(
                # Same stamp and author as the record's newest entry: upgrading is nobody's edit and leaves
                # "updated" and "by" as they were.
                id=f"{newest.stamp}@v4{digest}",
                record=record,
                table="attachment",
                stamp=newest.stamp,
                author=newest.author,
                values={FIELD: value.value},
                supersedes={FIELD: [e.id for e in shown]},
            )
        )
    run_script(conn, "ALTER TABLE attachment DROP COLUMN consent_v3;")
    if written:
        conn.execute("INSERT INTO replica_update(data) VALUES (?)", (replica.base_update(written),))
        conn.executemany(
            "INSERT OR IGNORE INTO reg_entry(id, record, body) VALUES (?,?,?)",
            [(e.id, e.record, e.to_json()) for e in written],
        )
    conn.execute("DELETE FROM replica_change")  # upgrading is not a local edit for the next flush to record
