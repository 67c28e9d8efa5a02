"""The event file's schema and the forward migrations that lead to it (user_version counts them)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

# "MKIT" — lets `file`-like tools and our own open() recognise an event file.
APPLICATION_ID = 0x4D4B4954
SCHEMA_VERSION = 4

_STAMP = """
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    author TEXT NOT NULL DEFAULT '',
    deleted_at TEXT
"""

# Attachment bytes, shared by event files and update files (store/updates.py) so both copy them alike.
BLOB_TABLES = """CREATE TABLE blob (
    sha256 TEXT PRIMARY KEY,
    size INTEGER NOT NULL,
    chunks INTEGER NOT NULL
) STRICT;
CREATE TABLE blob_chunk (
    sha256 TEXT NOT NULL REFERENCES blob(sha256),
    seq INTEGER NOT NULL,
    data BLOB NOT NULL,
    PRIMARY KEY (sha256, seq)
) STRICT, WITHOUT ROWID;
"""

SCHEMA_V1 = f"""
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;

CREATE TABLE event (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    subtitle TEXT NOT NULL DEFAULT '',
    venue TEXT NOT NULL DEFAULT '',
    city TEXT NOT NULL DEFAULT '',
    start_date TEXT NOT NULL,
    end_date TEXT NOT NULL,
    organisers TEXT NOT NULL DEFAULT '[]',
    languages TEXT NOT NULL DEFAULT '["en"]',
    description TEXT NOT NULL DEFAULT '',
    conclusions TEXT NOT NULL DEFAULT '',
    logo_attachment_id TEXT,
    timezone TEXT NOT NULL DEFAULT '',
    {_STAMP}
) STRICT;

CREATE TABLE day (
    id TEXT PRIMARY KEY,
    idx INTEGER NOT NULL,
    date TEXT NOT NULL,
    theme TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    {_STAMP}
) STRICT;

CREATE TABLE session (
    id TEXT PRIMARY KEY,
    day_id TEXT NOT NULL REFERENCES day(id),
    ord INTEGER NOT NULL,
    title TEXT NOT NULL,
    start_time TEXT,
    end_time TEXT,
    room TEXT NOT NULL DEFAULT '',
    format TEXT NOT NULL DEFAULT '',
    questions TEXT NOT NULL DEFAULT '[]',
    summary TEXT NOT NULL DEFAULT '',
    {_STAMP}
) STRICT;
CREATE INDEX session_day ON session(day_id, ord);

CREATE TABLE organisation (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT '',
    country TEXT NOT NULL DEFAULT '',
    {_STAMP}
) STRICT;

CREATE TABLE person (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    organisation TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    {_STAMP}
) STRICT;

CREATE TABLE session_person (
    id TEXT PRIMARY KEY,
    session_id TEXT NOT NULL REFERENCES session(id),
    person_id TEXT NOT NULL REFERENCES person(id),
    role TEXT NOT NULL CHECK (role IN ('moderator', 'speaker', 'rapporteur')),
    ord INTEGER NOT NULL,
    {_STAMP}
) STRICT;
CREATE INDEX session_person_session ON session_person(session_id, ord);

CREATE TABLE item (
    id TEXT PRIMARY KEY,
    session_id TEXT NOT NULL REFERENCES session(id),
    ord INTEGER NOT NULL,
    text TEXT NOT NULL,
    captured_at TEXT NOT NULL,
    tags TEXT NOT NULL DEFAULT '[]',
    owner TEXT NOT NULL DEFAULT '',
    due TEXT,
    horizon TEXT CHECK (horizon IN ('short', 'medium', 'long')),
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'dropped')),
    focus_area TEXT NOT NULL DEFAULT '',
    parties TEXT NOT NULL DEFAULT '[]',
    theme TEXT NOT NULL DEFAULT '',
    speaker TEXT NOT NULL DEFAULT '',
    {_STAMP}
) STRICT;
CREATE INDEX item_session ON item(session_id, ord);

CREATE TABLE focus_area (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    ord INTEGER NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    {_STAMP}
) STRICT;

-- Attachment bytes, content-addressed and split in chunks: SQLite caps one value at 1 GB
-- and a chunked blob can be streamed in and out without holding the file in memory.
{BLOB_TABLES}
CREATE TABLE attachment (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('photo', 'presentation', 'document')),
    filename TEXT NOT NULL,
    media_type TEXT NOT NULL,
    size INTEGER NOT NULL,
    sha256 TEXT NOT NULL REFERENCES blob(sha256),
    session_id TEXT REFERENCES session(id),
    caption TEXT NOT NULL DEFAULT '',
    credit TEXT NOT NULL DEFAULT '',
    ord INTEGER NOT NULL DEFAULT 0,
    selected INTEGER NOT NULL DEFAULT 0,
    consent INTEGER NOT NULL DEFAULT 1,
    width INTEGER,
    height INTEGER,
    taken_at TEXT,
    {_STAMP}
) STRICT;

-- The line being typed, per session: written within a second, offered back after a crash.
CREATE TABLE draft (
    session_id TEXT PRIMARY KEY REFERENCES session(id),
    text TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    author TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE VIRTUAL TABLE search USING fts5(
    kind UNINDEXED, ref UNINDEXED, session_id UNINDEXED, body,
    tokenize = 'unicode61 remove_diacritics 2'
);
"""

Migration = Callable[[sqlite3.Connection], None]


def run_script(conn: sqlite3.Connection, script: str) -> None:
    """Execute statements one by one: executescript() would COMMIT the caller's open transaction."""
    buffer = ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            conn.execute(buffer)
            buffer = ""
    if buffer.strip():
        raise ValueError("incomplete SQL statement at the end of a migration script")


def _create_v1(conn: sqlite3.Connection) -> None:
    run_script(conn, SCHEMA_V1)


# Version 2: the summary assistant's drafts, kept apart from the human summaries (session.summary,
# event.conclusions) so that regenerating a draft can never overwrite what a person wrote or accepted.
SCHEMA_V2 = """
CREATE TABLE summary_draft (
    id TEXT PRIMARY KEY,  -- derived from (scope, ref): one draft per scope everywhere (replica.py)
    scope TEXT NOT NULL CHECK (scope IN ('session', 'day', 'event')),
    ref TEXT NOT NULL,
    generated TEXT NOT NULL,
    generated_at TEXT NOT NULL,
    accepted TEXT,
    accepted_at TEXT,
    author TEXT NOT NULL DEFAULT '',
    UNIQUE (scope, ref)
) STRICT;
"""


def _add_summary_drafts(conn: sqlite3.Connection) -> None:
    run_script(conn, SCHEMA_V2)


def _add_replica(conn: sqlite3.Connection) -> None:
    """Replication (store/replica.py): its tables and triggers, and the base every copy of these rows shares."""
    from meetingkit.store import replica

    run_script(conn, replica.SCHEMA)
    replica.install_base(conn)


def _three_state_consent(conn: sqlite3.Connection) -> None:
    """Photo consent: not asked / agreed / refused instead of a yes that defaulted to yes (store/consent.py)."""
    from meetingkit.store import consent

    consent.migrate(conn)


# MIGRATIONS[n] takes a file from user_version n to n + 1. Version 0 is an empty database.
MIGRATIONS: dict[int, Migration] = {
    0: _create_v1,
    1: _add_summary_drafts,
    2: _add_replica,
    3: _three_state_consent,
}
